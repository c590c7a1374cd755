# Hand-written emergency items, kind "now" (part 1). Writer 129.
# Each item: (family, text)

ITEMS = [
    # heart_attack
    ("heart_attack", "My husband he have very strong pain in the chest, like stone pressing, going to left arm and jaw, he is sweating and grey colour. Started 20 minutes ago when he carry the boxes. He is 56. What to do??"),
    ("heart_attack", "please quick my father 70 sitting on sofa holding his chest, says crushing pain, vomited once, cold sweat. He has sugar diabetes. Should I give him aspirin?"),
    ("heart_attack", "I'm at work in the warehouse and for last half hour tight heavy pain in middle of chest, spreading to my back and both arms, feel sick and short of breath. 49 man, smoker. Is it just muscle?"),
    ("heart_attack", "Mum (64) suddenly very unwell, pressure in chest and her left arm feel heavy, she says she feel like she is going to die. Pain not going away with her nitro spray, two puffs already."),
    ("heart_attack", "Chest pain right now 8/10, crushing, started while shovelling snow 15 min ago, sweating like crazy, breathless. Had stent in 2019. Im alone at home"),

    # stroke
    ("stroke", "My mother face is dropping on one side right now, she can't lift her right arm and her words are strange, mixed. Started maybe 10 minutes ago while she was cooking. She is 72."),
    ("stroke", "husband suddenly cannot speak properly, he understand me but words come wrong, and right hand is weak, cant hold cup. Just now at dinner. Is it stroke?"),
    ("stroke", "My colleague at the factory just fell to one side, left side of her body not moving, mouth crooked, she is awake but can't talk clear. What we do? Manager is not here"),
    ("stroke", "I am 61 and since 30 minutes my left arm and leg are numb and heavy, and my vision double, walking like drunk but I didn't drink. Wife says my face looks different."),
    ("stroke", "Dad was watching TV and suddenly says the worst headache of his life, like hit with hammer, then he vomited and now he is confused and his left side is weak. 58 years old."),

    # breathing_difficulty
    ("breathing_difficulty", "My son 8 has asthma attack, blue inhaler 10 puffs already with spacer, still breathing very fast, can't finish a sentence, his lips look a bit blue. What else can I do?"),
    ("breathing_difficulty", "I can't breathe properly, since one hour getting worse, I can only say few words, my chest is tight and whistling. I have COPD but this is much worse than usual, my oxygen machine shows 84."),
    ("breathing_difficulty", "my baby 6 months breathing very fast and the skin between ribs is sucking in with every breath, grunting sound, not wanting milk. Started cold 2 days ago but now much worse tonight."),
    ("breathing_difficulty", "Grandma is gasping for air sitting up in the bed, she says she's drowning, pink frothy spit coming out. She has heart failure. Happening right now."),
    ("breathing_difficulty", "help, my friend she is 25, panic? no, she has asthma and inhaler not working, she is sitting forward fighting for every breath and now she is getting sleepy and quiet"),

    # anaphylaxis
    ("anaphylaxis", "My daughter ate a cookie at party, she is allergic to nuts, now her lips and eyes are swelling, she is coughing and her voice is strange. Her EpiPen is at home!! we are 20 min away"),
    ("anaphylaxis", "Bee sting 10 min ago on my neck, now my whole body itchy with hives, throat feels tight and I feel dizzy and weak. I am working alone on the farm field."),
    ("anaphylaxis", "I took first tablet of the antibiotic (amoxicillin) half hour ago and now my tongue is swelling and it's hard to swallow and breathe. Should I take antihistamine?"),
    ("anaphylaxis", "My husband ate shrimp in restaurant and now his face is huge, he is wheezing and says he will faint. He used his EpiPen 5 minutes ago but still bad."),
    ("anaphylaxis", "son 12 got stung by wasp, now red rash all over, vomiting, very pale and floppy, breathing noisy. We have no adrenaline pen."),

    # severe_bleeding
    ("severe_bleeding", "I cut my arm on the glass in the greenhouse, it's spurting blood, deep cut on the inside of elbow, towel is full already. Pressing hard. What to do??"),
    ("severe_bleeding", "My colleague hand was caught in the meat slicer, two fingers almost off, blood everywhere and he's going white. We are in the factory, what first?"),
    ("severe_bleeding", "Nosebleed for 50 minutes nonstop, pressing the soft part, blood going down throat, filled a bowl. I am on warfarin. Now feel very dizzy."),
    ("severe_bleeding", "My dad is vomiting blood right now, big amounts, dark red, and he's very pale and shaking. He has liver problems from drinking."),
    ("severe_bleeding", "chainsaw slipped, deep cut on my thigh, blood pumping out fast even with belt tied. im at the woodland with my brother, he's holding it"),

    # suicidal_intent
    ("suicidal_intent", "I can't do this anymore. I have all my tablets counted on the table, 60 of them, and I will take them tonight when my wife is asleep. I wrote the letters already. I am writing here because I don't know why."),
    ("suicidal_intent", "My brother just texted me goodbye and that he is on the bridge over the river now. He is not answering phone. I am in other city. What do I do"),
    ("suicidal_intent", "im standing on the balcony 9th floor, i decided to finish it. nobody needs me here, the debts, the job gone. just wanted to tell someone."),
    ("suicidal_intent", "My friend (19) says she bought a rope and she will do it today after everyone leave the house. She told me 10 minutes ago on snap and now she is offline."),
    ("suicidal_intent", "I'm in my car in the garage with the engine running. I don't want to be saved I think, I just want somebody to know."),

    # self_harm
    ("self_harm", "I cut myself again tonight but this time too deep on my wrist, the blood won't stop after 20 min and I can see something white inside. Please don't tell my parents."),
    ("self_harm", "my daughter 15 locked herself in the bathroom with a razor blade, she is screaming she will cut and we hear her crying, she doesn't open. Now there is blood under the door."),
    ("self_harm", "I burned my arm with the iron on purpose an hour ago, it is big now, white and leathery, and I feel shaky and cold. I don't know why I did it."),
    ("self_harm", "My roommate just cut her forearm many times with kitchen knife, deep ones, she's sitting on floor bleeding and not talking to me. What do I do first"),
    ("self_harm", "Patient in our care home (I'm carer on nights) swallowed pieces of broken glass from a cup on purpose few minutes ago, now spitting blood. The nurse is not on site."),

    # overdose_poisoning
    ("overdose_poisoning", "My son 2 years old found my mother's heart pills (bisoprolol) and I think he ate some, 3 or 4 missing, maybe 10 minutes ago. He seems ok now but sleepy?"),
    ("overdose_poisoning", "I took 30 paracetamol 2 hours ago because I was very upset with boyfriend, now I regret, I feel sick. I am 17."),
    ("overdose_poisoning", "husband drank from the bottle in garage thinking it was water, it was antifreeze, about a mouthful, half hour ago. Now he's acting drunk and vomiting."),
    ("overdose_poisoning", "My friend took some pills at the party, we don't know what, now his breathing is very slow like 6 per minute and his pupils are tiny, he won't wake up properly."),
    ("overdose_poisoning", "the whole family has headache and vomiting, the gas heater is old and we closed all the windows because cold. My youngest is very sleepy and confused. We are inside now."),

    # seizure
    ("seizure", "My wife is having a fit right now, shaking all body on the floor, it is already 6 minutes and not stopping, she is blue around lips. She has epilepsy but normally it stops after 1 min."),
    ("seizure", "my colleague at the warehouse collapsed and is jerking his arms and legs, foam in mouth, never happened before. 3 minutes now. What do we do?"),
    ("seizure", "Baby 14 months had fever and now eyes rolled back and stiff and shaking arms, it's been 2 minutes. First time! what to do"),
    ("seizure", "Brother had a seizure 10 minutes ago, stopped, then another one started before he woke up, now again shaking. He is 30, has epilepsy."),
    ("seizure", "I'm at the bus stop, a woman just fell and is convulsing, hit her head on the kerb, there's blood. I'm alone with her."),

    # unconscious_unresponsive
    ("unconscious_unresponsive", "My grandfather is on the floor and not waking up, I shake him and shout and nothing, his breathing is strange, like snoring and then stops. 80 years."),
    ("unconscious_unresponsive", "Found my flatmate in his room not responding, he is breathing but I can't wake him, there's empty vodka bottles. His face is grey."),
    ("unconscious_unresponsive", "my mum collapsed in the kitchen, she is not breathing I think, no movement in chest. what do i do, I'm 14"),
    ("unconscious_unresponsive", "Husband fell asleep in chair and now I can't wake him, he is diabetic on insulin, sweaty and very pale, only groans a little when I pinch."),
    ("unconscious_unresponsive", "A man in the park is lying on the bench not moving, I tapped him, he doesn't respond at all, lips bluish. I'm standing next to him now."),

    # head_injury
    ("head_injury", "My son 9 fell from the trampoline on his head 30 min ago, he vomited 3 times now and is very sleepy, keeps saying the same question again and again."),
    ("head_injury", "I fell from ladder at work on the concrete, hit my head, blacked out for a bit, now huge headache, clear water coming from my nose and I feel very sick."),
    ("head_injury", "my mother 84 on blood thinners (apixaban) fell in bathroom and hit her head on the sink one hour ago, now she is more confused than normal and drowsy."),
    ("head_injury", "Got punched outside the pub and fell back on the pavement, was out for a minute, now one pupil looks bigger than the other my mate says and I can't remember how I got here"),
    ("head_injury", "Baby 5 months rolled off the changing table, fell on tiled floor, there is soft swelling on the side of head and she's not feeding, very quiet, vomited."),

    # febrile_infant
    ("febrile_infant", "My baby is 5 weeks old and his temperature is 38.4 now, he is sleeping more than normal and not interested in feeding. Should I give Calpol?"),
    ("febrile_infant", "newborn 3 weeks, fever 38.1 in armpit, measured twice, she's warm and crying different, weak cry. Nothing else. Is it ok to wait till morning?"),
    ("febrile_infant", "our son is 7 weeks old, had vaccines? no, not yet. He has 38.6 temperature right now and is floppy, not feeding since 4 hours."),
    ("febrile_infant", "Baby girl 2 months old, temperature 38.9, mottled legs and very sleepy, hard to wake for feed. We are at home now."),
]
