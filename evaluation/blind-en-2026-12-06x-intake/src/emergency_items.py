# Hand-written emergency items for en25-intake.
# Each entry: (text, emergency, kind, family)
# Every text below was written individually by hand.

NOW = [
    # heart_attack
    (
        "My husband is 58, he's sweating buckets and says his chest feels like someone is sitting on it, "
        "the pain is going into his left arm. Started about 20 minutes ago. He says it's indigestion. "
        "Should we wait and see if the Gaviscon works?",
        True, "now", "heart_attack",
    ),
    (
        "crushing pain in my chest going up into my jaw, feel sick and clammy, im 64 and diabetic. typing "
        "this from the sofa. is this a heart attack or am i being dramatic",
        True, "now", "heart_attack",
    ),
    (
        "Dad just sat down heavily holding his chest, he's gone a grey colour and he's breathing fast. He's "
        "awake and keeps saying don't fuss, give him a minute. He had a stent in 2019.",
        True, "now", "heart_attack",
    ),
    (
        "52F. Pressure in my chest and between my shoulder blades for the last half hour, nauseous, a bit "
        "short of breath. I had something like this last week and it went away on its own. This time it "
        "isn't going.",
        True, "now", "heart_attack",
    ),
    # stroke
    (
        "my mum's face has gone droopy on one side and her words are coming out slurred, started maybe 10 "
        "min ago while we were eating dinner. she says she's just tired",
        True, "now", "stroke",
    ),
    (
        "Husband can't lift his right arm and he's talking nonsense, it just started. He's 70. Do I give "
        "him an aspirin first?",
        True, "now", "stroke",
    ),
    (
        "suddenly cant find words and my left hand is numb and clumsy. typing with one hand. started 15 "
        "min ago. should i lie down",
        True, "now", "stroke",
    ),
    (
        "Grandpa just got up from the table and his left leg gave way. His mouth looks crooked and he's "
        "confused about where he is. Now he wants to go and lie down and sleep it off. Is that ok?",
        True, "now", "stroke",
    ),
    # breathing_difficulty
    (
        "My son (6) is struggling to breathe, his tummy is sucking in under his ribs and he can't finish a "
        "sentence. We've done 10 puffs of the blue inhaler through the spacer and it hasn't helped.",
        True, "now", "breathing_difficulty",
    ),
    (
        "cant catch my breath at all. lips look blueish in the mirror. asthmatic, reliever isnt doing "
        "anything this time",
        True, "now", "breathing_difficulty",
    ),
    (
        "My wife has COPD and right now she's gasping, can't get words out, and she's gone drowsy and "
        "muddled. Her finger oxygen thing says 81%.",
        True, "now", "breathing_difficulty",
    ),
    (
        "Baby is 3 months. Breathing really fast tonight, grunting with each breath, I can see the skin "
        "pulling in between his ribs and he won't take his bottle.",
        True, "now", "breathing_difficulty",
    ),
    # anaphylaxis
    (
        "Ate a cookie at a party that had nuts in it, my throat feels tight and my lips are swelling up, "
        "hives all over my chest. I have an EpiPen with me but is Benadryl enough?",
        True, "now", "anaphylaxis",
    ),
    (
        "my daughter got stung by a bee 5 min ago and now her face is puffy and she's wheezing and says "
        "her throat is itchy inside. she's 8",
        True, "now", "anaphylaxis",
    ),
    (
        "Took the first amoxicillin about an hour ago. Now I'm covered in hives, my tongue feels thick and "
        "I feel faint and dizzy when I stand.",
        True, "now", "anaphylaxis",
    ),
    (
        "Partner's allergic to shellfish and there were prawns in the paella. His lips and eyes are "
        "massive, his voice has gone hoarse. Used his EpiPen 10 min ago and he's still struggling to "
        "breathe. What now??",
        True, "now", "anaphylaxis",
    ),
    # severe_bleeding
    (
        "Cut my thigh with the chainsaw, blood is pumping out, got a towel pressed on it and it's soaked "
        "through already",
        True, "now", "severe_bleeding",
    ),
    (
        "My flatmate put his fist through a window, there's a deep gash on the inside of his wrist and "
        "it's spurting. We're pressing on it with a t-shirt. What else do we do?",
        True, "now", "severe_bleeding",
    ),
    (
        "Dad's on warfarin and he's had a nosebleed for over an hour that won't stop no matter how long "
        "we pinch it. He's pale and lightheaded and swallowing blood.",
        True, "now", "severe_bleeding",
    ),
    # suicidal_intent
    (
        "I've written letters to my kids and I've got the pills counted out. I'm going to take them "
        "tonight once everyone is asleep. I don't even know why I'm typing this here.",
        True, "now", "suicidal_intent",
    ),
    (
        "my best friend just texted me goodbye and said she's on the bridge. she won't pick up. what do i "
        "do what do i do",
        True, "now", "suicidal_intent",
    ),
    (
        "I'm sitting in the car in the garage with the engine running. I just wanted someone to know.",
        True, "now", "suicidal_intent",
    ),
    (
        "can't do this anymore. got everything ready. going to do it after i post this. sorry",
        True, "now", "suicidal_intent",
    ),
    # self_harm
    (
        "I cut my arm deeper than I meant to. It's gaping open and it won't stop bleeding even after 15 "
        "minutes of pressure.",
        True, "now", "self_harm",
    ),
    (
        "my 15yo just showed me her arm. fresh cuts, and one of them is really deep, I can see yellowish "
        "stuff inside it. she's shaking and crying. I don't know what to do first",
        True, "now", "self_harm",
    ),
    (
        "hurt myself again tonight, deeper than usual. feel dizzy and cold and there's blood all over the "
        "bathroom floor",
        True, "now", "self_harm",
    ),
    # overdose_poisoning
    (
        "Toddler got into my handbag and I think he's eaten some of my iron tablets, maybe 6 to 8 of "
        "them. He seems completely fine at the moment. Is it ok to just watch him?",
        True, "now", "overdose_poisoning",
    ),
    (
        "Took about 30 paracetamol around 2 hours ago. I actually feel fine. Did I overdo it or is it "
        "ok since I feel normal?",
        True, "now", "overdose_poisoning",
    ),
    (
        "my friend took a bunch of pills at this party, she's really hard to wake up and her breathing is "
        "slow and kind of snoring. we put her on her side",
        True, "now", "overdose_poisoning",
    ),
    (
        "Husband drank out of a water bottle in the garage that had antifreeze in it, about 20 minutes "
        "ago. He's starting to slur his words and says he feels drunk.",
        True, "now", "overdose_poisoning",
    ),
    # seizure
    (
        "my brother is having a fit on the floor RIGHT NOW and it's been going 6 minutes. he's never had "
        "one before",
        True, "now", "seizure",
    ),
    (
        "Wife has epilepsy. She's had 3 seizures in the last half hour and isn't waking up properly in "
        "between them. Her rescue meds are at her mum's.",
        True, "now", "seizure",
    ),
    (
        "Our 2 yr old was shaking all over with her eyes rolled back. It stopped a few min ago but she's "
        "still floppy and not really responding to me and her lips look a bit blue.",
        True, "now", "seizure",
    ),
    # unconscious_unresponsive
    (
        "Just found my grandma on the kitchen floor. She's breathing but I can't wake her, she's not "
        "responding to her name or to me squeezing her hand at all.",
        True, "now", "unconscious_unresponsive",
    ),
    (
        "Roommate came home wasted and now he's passed out on the couch and I can't wake him up even "
        "shaking him hard. He threw up earlier. Just let him sleep it off?",
        True, "now", "unconscious_unresponsive",
    ),
    (
        "My dad fainted while standing in the queue and hasn't come round, it's been about 2 minutes and "
        "his breathing sounds weird and gaspy.",
        True, "now", "unconscious_unresponsive",
    ),
    # head_injury
    (
        "Son (7) fell off the top bunk and hit his head on the floor. He's thrown up twice since and is "
        "really sleepy and hard to keep awake.",
        True, "now", "head_injury",
    ),
    (
        "My mother is 84, on apixaban, and slipped in the bathroom and hit her head on the bath. There's a "
        "big lump and now she's confused and keeps asking the same questions over and over.",
        True, "now", "head_injury",
    ),
    (
        "Rode into a car door that opened, hit my head hard, no helmet. Headache is getting worse, clear "
        "watery stuff dripping from my nose and I keep forgetting what I was doing.",
        True, "now", "head_injury",
    ),
    # febrile_infant
    (
        "My baby is 5 weeks old and has a temperature of 38.4. He's feeding a bit less. Do I give him "
        "Calpol and see how he is in the morning?",
        True, "now", "febrile_infant",
    ),
    (
        "6 week old, temp 38.1, very sleepy and hard to wake for feeds",
        True, "now", "febrile_infant",
    ),
    (
        "newborn (12 days) feels really hot and is grunting when she breathes. thermometer under the arm "
        "says 38.6. first baby, sorry if this is silly",
        True, "now", "febrile_infant",
    ),
    # meningitis_signs
    (
        "My 19 year old has a terrible headache, stiff neck, can't stand the light, and now there's a "
        "purple rash on his legs that doesn't fade when I press a glass on it.",
        True, "now", "meningitis_signs",
    ),
    (
        "Toddler has a high fever, she's really drowsy, and I've just noticed tiny purple spots on her "
        "tummy that don't go away with the glass test.",
        True, "now", "meningitis_signs",
    ),
    (
        "Flatmate came back from lectures with a fever, says his neck is too stiff to bend forward, he's "
        "vomiting and getting really confused. Came on this afternoon.",
        True, "now", "meningitis_signs",
    ),
    # severe_abdominal_pain
    (
        "Worst pain in my belly I've ever had, my stomach is rigid like a board, I can't move. It started "
        "suddenly an hour ago. I'm 67 and had an ulcer before.",
        True, "now", "severe_abdominal_pain",
    ),
    (
        "husbands stomach pain started around his belly button this morning and now it's sharp in the "
        "lower right, fever, throwing up, can't stand up straight or walk without bending over",
        True, "now", "severe_abdominal_pain",
    ),
    (
        "Sudden tearing pain in my belly going through to my back and I feel like I'm going to pass out. "
        "I'm 72 and they've been watching an aneurysm.",
        True, "now", "severe_abdominal_pain",
    ),
    # pregnancy_bleeding_or_pain
    (
        "34 weeks pregnant and bleeding bright red, soaking a pad in 20 minutes, with cramping.",
        True, "now", "pregnancy_bleeding_or_pain",
    ),
    (
        "I'm 30 weeks. My bump went hard and really painful and it's not easing off, there's some "
        "bleeding and I can't feel baby moving.",
        True, "now", "pregnancy_bleeding_or_pain",
    ),
    (
        "My waters just went at 29 weeks and I'm getting painful tightenings every 5 minutes. My husband "
        "is at work. Is it ok to wait for him to drive me?",
        True, "now", "pregnancy_bleeding_or_pain",
    ),
    # diabetic_emergency
    (
        "My type 1 son (14) is vomiting, breathing really deep and fast, his breath smells like pear "
        "drops and his meter just says HI.",
        True, "now", "diabetic_emergency",
    ),
    (
        "Husband is diabetic on insulin, he's sweaty, confused and getting aggressive, won't eat or drink "
        "anything I give him. Meter says 2.1.",
        True, "now", "diabetic_emergency",
    ),
    (
        "Grandma's sugar was 32 on her meter. She's so drowsy, desperately thirsty and barely making sense "
        "when she talks.",
        True, "now", "diabetic_emergency",
    ),
    # sepsis_signs
    (
        "Mum had a UTI, now she's shivering violently, confused, her skin looks blotchy and her hands are "
        "cold, she hasn't peed all day and her heart is racing.",
        True, "now", "sepsis_signs",
    ),
    (
        "Partner had surgery last week. Wound's gone red, he's now got a fever of 39.8, breathing fast and "
        "he just said he feels like he's going to die. He's never dramatic.",
        True, "now", "sepsis_signs",
    ),
    (
        "Chemo patient here. Temp 38.7 and shaking, 8 days after my last cycle. The chemo ward line isn't "
        "answering. Should I take paracetamol and try them again in the morning?",
        True, "now", "sepsis_signs",
    ),
    # severe_burn
    (
        "A pan of hot oil tipped over my son's arm and chest, the skin is white and peeling off. He's 4.",
        True, "now", "severe_burn",
    ),
    (
        "Chip pan caught fire, my hands and face are burned, skin blistering and my voice is going hoarse "
        "and croaky.",
        True, "now", "severe_burn",
    ),
    (
        "Toddler pulled the kettle off the counter. Burns over her shoulder and down her back, big "
        "blisters already, she's screaming. Running it under the tap now.",
        True, "now", "severe_burn",
    ),
    # choking
    (
        "baby is choking on something, she can't cry or make any sound and her face is going blue",
        True, "now", "choking",
    ),
    (
        "Dad's choking on a bit of steak, can't speak or cough, he's holding his throat and going red.",
        True, "now", "choking",
    ),
    (
        "choking on a grape i think. can breathe a tiny bit but cant talk or cough it up. alone",
        True, "now", "choking",
    ),
    # testicular_torsion
    (
        "14 year old son woke up with sudden severe pain in one testicle, it's swollen and he's been "
        "throwing up. He's too embarrassed to let me look.",
        True, "now", "testicular_torsion",
    ),
    (
        "Sudden agony in my left ball about an hour ago, it looks like it's sitting higher than the other "
        "one and I feel sick. 19M. Can I wait till the GP opens in the morning?",
        True, "now", "testicular_torsion",
    ),
    (
        "My boy (11) got a pain in his groin while playing football, now he says his testicle really "
        "hurts, it's red and he keeps vomiting.",
        True, "now", "testicular_torsion",
    ),
    # ectopic_pregnancy
    (
        "6 weeks pregnant, sharp pain low down on one side, and now a weird pain in the tip of my shoulder. "
        "I feel faint.",
        True, "now", "ectopic_pregnancy",
    ),
    (
        "Positive test last week. Now bad pain on the right side and some spotting, and I nearly passed "
        "out on the toilet just now.",
        True, "now", "ectopic_pregnancy",
    ),
    (
        "my girlfriend thinks she might be pregnant, her period is 3 weeks late, and now she's doubled over "
        "with pain low on one side and she looks grey and sweaty",
        True, "now", "ectopic_pregnancy",
    ),
    # severe_dehydration_child
    (
        "My 1 year old has had diarrhoea and vomiting for 2 days. No wet nappy for 12 hours, sunken eyes "
        "and she's floppy.",
        True, "now", "severe_dehydration_child",
    ),
    (
        "Son (3) can't keep anything down, hasn't peed since yesterday lunchtime, lips cracked, really "
        "sleepy and no tears when he cries.",
        True, "now", "severe_dehydration_child",
    ),
    (
        "baby 8 months vomiting everything we give, the soft spot on his head looks sunken and he's "
        "hardly responding to us",
        True, "now", "severe_dehydration_child",
    ),
    # chest_pain_other
    (
        "Sudden sharp pain on the right side of my chest and I can't take a full breath. I'm 20, tall and "
        "skinny. Came on while I was just sitting watching TV.",
        True, "now", "chest_pain_other",
    ),
    (
        "took coke tonight and now I have really bad chest pain and my heart is going crazy fast. please "
        "dont judge",
        True, "now", "chest_pain_other",
    ),
    (
        "Tearing chest pain that went straight through to my back about 10 minutes ago. 60M, high blood "
        "pressure. Feel like I'm going to pass out.",
        True, "now", "chest_pain_other",
    ),
    # vision_loss_sudden
    (
        "Lost the vision in my right eye completely about 30 minutes ago, like a curtain came down. No pain "
        "at all.",
        True, "now", "vision_loss_sudden",
    ),
    (
        "Suddenly seeing a shower of floaters and flashes in my left eye and now there's a dark shadow "
        "creeping in from the side.",
        True, "now", "vision_loss_sudden",
    ),
    (
        "My mum (77) says she suddenly can't see out of one eye this morning. She's had headaches and "
        "pain in her jaw when chewing for a few weeks.",
        True, "now", "vision_loss_sudden",
    ),
    # blood_clot_PE
    (
        "Long-haul flight yesterday, calf swollen and sore this morning, and now suddenly a sharp pain in "
        "my chest when I breathe in and I'm really short of breath.",
        True, "now", "blood_clot_PE",
    ),
    (
        "On the pill. Suddenly short of breath about an hour ago, heart racing, and I just coughed up some "
        "blood.",
        True, "now", "blood_clot_PE",
    ),
    (
        "2 weeks after knee surgery. Sudden breathlessness and chest pain and I fainted for a few seconds "
        "on the way to the loo.",
        True, "now", "blood_clot_PE",
    ),
    # cauda_equina
    (
        "Back pain got much worse today and now I can't feel my bum when I wipe, and I haven't been able "
        "to pee since this morning.",
        True, "now", "cauda_equina",
    ),
    (
        "Sciatica in both legs now, both legs feel weak, and I've just wet myself without realising.",
        True, "now", "cauda_equina",
    ),
    (
        "Known slipped disc. Since this afternoon numb around my private parts and I've lost control of "
        "my bowels. GP appointment is Thursday.",
        True, "now", "cauda_equina",
    ),
]

NOT_NOW = [
    # ---------------- past_event ----------------
    (
        "Two years ago I had a heart attack at 49. Is it normal to still get anxious every time I feel a "
        "twinge in my chest?",
        False, "past_event", "heart_attack",
    ),
    (
        "Last month my daughter had a febrile seizure at 18 months, lasted about a minute. What are the "
        "chances she has another one?",
        False, "past_event", "seizure",
    ),
    (
        "In 2019 I took an overdose and was in ICU for 3 days. I'm doing well now, honestly. Could it "
        "have done long-term damage to my liver?",
        False, "past_event", "overdose_poisoning",
    ),
    (
        "I had an anaphylactic reaction to a wasp sting back in the summer. Should I be asking about "
        "venom desensitisation?",
        False, "past_event", "anaphylaxis",
    ),
    (
        "My TIA was 6 months ago, arm went numb for 20 minutes then fully recovered. Can I fly long haul "
        "now?",
        False, "past_event", "stroke",
    ),
    (
        "I choked on a chicken bone at Christmas and my husband did the Heimlich. My ribs still ache a bit "
        "3 weeks later \u2014 could he have cracked one?",
        False, "past_event", "choking",
    ),
    (
        "When I was a teenager I used to self harm. I'm 30 now. The scars on my arms still bother me in "
        "summer. Are there treatments that fade them?",
        False, "past_event", "self_harm",
    ),
    (
        "Had an ectopic last year treated with methotrexate. We want to try again. Is my risk of another "
        "one higher now?",
        False, "past_event", "ectopic_pregnancy",
    ),
    (
        "Fell off a ladder in March and knocked myself out for a few seconds. Been fine since but my "
        "memory feels a bit off. Is it worth a scan this long after?",
        False, "past_event", "head_injury",
    ),
    (
        "Back in April I had a clot on my lung after an operation. Finished 6 months of rivaroxaban. Do I "
        "need to do anything special for my flight next month?",
        False, "past_event", "blood_clot_PE",
    ),
    (
        "I had a bad burn on my hand from a pan 2 years ago. The skin there is tight and shiny now and "
        "pulls when I make a fist. Can anything help?",
        False, "past_event", "severe_burn",
    ),
    (
        "My son had emergency surgery for testicular torsion when he was 13, they saved it. He's 17 now. "
        "Could it affect his fertility?",
        False, "past_event", "testicular_torsion",
    ),
    (
        "I lost a lot of blood after giving birth 4 months ago (they called it a PPH, had a transfusion). "
        "Still tired all the time. Could my iron still be low?",
        False, "past_event", "pregnancy_bleeding_or_pain",
    ),
    (
        "Had sepsis from a kidney infection last winter, 10 days in hospital. Since then I get exhausted "
        "so easily. Is that post-sepsis syndrome?",
        False, "past_event", "sepsis_signs",
    ),
    (
        "my brother had a really bad asthma attack at his wedding 3 years ago and ended up intubated. "
        "he's fine now. does that mean his asthma is the dangerous kind?",
        False, "past_event", "breathing_difficulty",
    ),
    # ---------------- examined_or_treated ----------------
    (
        "Went to A&E last night with chest pain. ECG and troponin both normal, they sent me home saying "
        "it was muscular. Still a bit sore today when I twist. Is that expected?",
        False, "examined_or_treated", "chest_pain_other",
    ),
    (
        "Paramedics came out for my son's seizure this afternoon, checked him over and said he could stay "
        "home since he was back to normal. What should I watch for tonight?",
        False, "examined_or_treated", "seizure",
    ),
    (
        "My daughter hit her head at school yesterday, the GP checked her this morning and found no "
        "concussion signs. Can she do PE this week?",
        False, "examined_or_treated", "head_injury",
    ),
    (
        "Discharged today after a stroke workup \u2014 the MRI showed a small old stroke nobody knew about. "
        "What does that actually mean for me going forward?",
        False, "examined_or_treated", "stroke",
    ),
    (
        "They took my appendix out 5 days ago, I'm home now, belly still sore around the little cuts. "
        "How long does that usually last?",
        False, "examined_or_treated", "severe_abdominal_pain",
    ),
    (
        "Used my EpiPen this morning and went to the ER, they watched me for 6 hours and gave me steroids "
        "for 3 days. Can I go back to work tomorrow?",
        False, "examined_or_treated", "anaphylaxis",
    ),
    (
        "Our 3 week old had a temperature last week, the children's hospital did bloods, urine and a "
        "lumbar puncture and gave IV antibiotics for 48 hours till everything came back clear. She's home "
        "and well. Do we need any follow-up?",
        False, "examined_or_treated", "febrile_infant",
    ),
    (
        "Urologist saw me yesterday for sudden testicle pain, ultrasound showed epididymitis not torsion. "
        "How long until the antibiotics kick in?",
        False, "examined_or_treated", "testicular_torsion",
    ),
    (
        "The ambulance crew checked my grandad after he fainted at lunch, his ECG was fine and they left "
        "him at home. He's back to himself. Should he still see his GP?",
        False, "examined_or_treated", "unconscious_unresponsive",
    ),
    (
        "A&E glued the cut on my hand after I sliced it with a bread knife on Saturday. When can I get it "
        "wet?",
        False, "examined_or_treated", "severe_bleeding",
    ),
    (
        "The crisis team came to see me yesterday after I told my GP about the suicidal thoughts. I have "
        "a safety plan now and feel a lot safer. How long do they usually stay involved?",
        False, "examined_or_treated", "suicidal_intent",
    ),
    (
        "Early pregnancy unit scanned me after some bleeding at 8 weeks. Heartbeat seen, they called it a "
        "threatened miscarriage and the bleeding has stopped. Do I need bed rest?",
        False, "examined_or_treated", "pregnancy_bleeding_or_pain",
    ),
    (
        "Poison control said my toddler's lick of a dishwasher tablet was ok to watch at home. It's been "
        "4 hours and he's playing happily. When can I stop worrying?",
        False, "examined_or_treated", "overdose_poisoning",
    ),
    (
        "They ruled out a PE with a CT scan last night and think it's pleurisy. Ibuprofen is helping. How "
        "long does pleurisy normally hang around?",
        False, "examined_or_treated", "blood_clot_PE",
    ),
    (
        "Eye hospital checked my new floaters yesterday, no tear in the retina. They said to come back if "
        "I get a curtain or shadow. Is it normal the floaters are still there today?",
        False, "examined_or_treated", "vision_loss_sudden",
    ),
    # ---------------- relative_history ----------------
    (
        "My dad and his brother both had heart attacks before 55. I'm 38 and feel fine. What should I be "
        "doing now to not end up the same?",
        False, "relative_history", "heart_attack",
    ),
    (
        "Mum had a stroke at 62. Does that raise my risk, and should I be on aspirin?",
        False, "relative_history", "stroke",
    ),
    (
        "My sister died of an aortic dissection at 41. Should the rest of us be screened for something?",
        False, "relative_history", "chest_pain_other",
    ),
    (
        "Grandma had clots on her lungs twice. I'm 19 and about to start the pill \u2014 is that safe for "
        "me?",
        False, "relative_history", "blood_clot_PE",
    ),
    (
        "My cousin had meningitis as a baby and is deaf now. Should I pay for the MenB vaccine for my "
        "newborn?",
        False, "relative_history", "meningitis_signs",
    ),
    (
        "My brother has epilepsy. Could my kids inherit it?",
        False, "relative_history", "seizure",
    ),
    (
        "My aunt died by suicide when I was little. I've never really talked about it with anyone. Does "
        "it mean I'm at higher risk myself?",
        False, "relative_history", "suicidal_intent",
    ),
    (
        "Both my mum and her sister had ectopic pregnancies. Does that run in families?",
        False, "relative_history", "ectopic_pregnancy",
    ),
    (
        "Dad had surgery for cauda equina last year and I've just been told I have a slipped disc too. "
        "What should I be looking out for?",
        False, "relative_history", "cauda_equina",
    ),
    (
        "My uncle is type 1 and once went into a coma from a low in his sleep. My son has just been "
        "diagnosed. Is that something that happens a lot?",
        False, "relative_history", "diabetic_emergency",
    ),
    (
        "My mother is anaphylactic to penicillin. Do I need to avoid it too?",
        False, "relative_history", "anaphylaxis",
    ),
    (
        "Several people in my family bled a lot after operations \u2014 grandad needed a transfusion after "
        "a tooth out. Should I get tested before my hernia repair?",
        False, "relative_history", "severe_bleeding",
    ),
    (
        "My twin brother had testicular torsion at 15. Does that mean mine is more likely to twist?",
        False, "relative_history", "testicular_torsion",
    ),
    (
        "My father suddenly went blind in one eye at 70, they said a blocked artery. I'm 45. Are there "
        "any tests I should have?",
        False, "relative_history", "vision_loss_sudden",
    ),
    # ---------------- hypothetical_or_general ----------------
    (
        "What's the actual difference between a heart attack and a cardiac arrest? People on TV use them "
        "like they're the same thing.",
        False, "hypothetical_or_general", "heart_attack",
    ),
    (
        "How do you tell if someone is having a stroke? I want to teach my kids the FAST thing properly.",
        False, "hypothetical_or_general", "stroke",
    ),
    (
        "If a baby under 3 months gets a fever, is it always straight to A&E? Due in June, trying to be "
        "prepared.",
        False, "hypothetical_or_general", "febrile_infant",
    ),
    (
        "What would the signs of sepsis look like in an older person? My dad lives alone and I worry I "
        "wouldn't spot it.",
        False, "hypothetical_or_general", "sepsis_signs",
    ),
    (
        "How do you do back blows on a choking baby? Just want to know before my son starts solids next "
        "month.",
        False, "hypothetical_or_general", "choking",
    ),
    (
        "Is it true you're supposed to put something in someone's mouth when they're having a seizure so "
        "they don't swallow their tongue?",
        False, "hypothetical_or_general", "seizure",
    ),
    (
        "What's the glass test for a meningitis rash and does it work on dark skin?",
        False, "hypothetical_or_general", "meningitis_signs",
    ),
    (
        "How many paracetamol is actually an overdose for an adult? Asking because my mum takes them like "
        "sweets for her arthritis.",
        False, "hypothetical_or_general", "overdose_poisoning",
    ),
    (
        "What are the red flags with back pain that mean it's serious? I'm writing a little leaflet for "
        "the clients at our gym.",
        False, "hypothetical_or_general", "cauda_equina",
    ),
    (
        "What should you say if someone tells you they're thinking about ending their life? We're doing "
        "mental health first aid at work and I want to be ready.",
        False, "hypothetical_or_general", "suicidal_intent",
    ),
    (
        "How quickly can a toddler get dehydrated with a tummy bug? What signs should parents look for?",
        False, "hypothetical_or_general", "severe_dehydration_child",
    ),
    (
        "First aid for a burn \u2014 butter, ice, or cold water? My mother-in-law swears by butter.",
        False, "hypothetical_or_general", "severe_burn",
    ),
    (
        "Could an ectopic pregnancy rupture before you even know you're pregnant?",
        False, "hypothetical_or_general", "ectopic_pregnancy",
    ),
    (
        "At what blood sugar level would someone actually pass out? Just curious, my flatmate is diabetic.",
        False, "hypothetical_or_general", "diabetic_emergency",
    ),
    # ---------------- negated ----------------
    (
        "No chest pain, no shortness of breath, nothing like that \u2014 just my heart rate jumps to 115 "
        "when I stand up and I feel a bit woozy. Is that POTS?",
        False, "negated", "chest_pain_other",
    ),
    (
        "My toddler banged her head on the coffee table. No vomiting, not drowsy, cried straight away and "
        "is playing normally now. The bump is huge though \U0001F62C",
        False, "negated", "head_injury",
    ),
    (
        "I'm not suicidal or anything like that, but I feel really empty lately and can't be bothered "
        "seeing friends. Where do I start?",
        False, "negated", "suicidal_intent",
    ),
    (
        "Baby is 4 months, temp 37.6, no rash, feeding well, smiley. Just teething?",
        False, "negated", "febrile_infant",
    ),
    (
        "Headache, but no stiff neck, no rash, no fever, light doesn't bother me. Just a normal tension "
        "headache, right?",
        False, "negated", "meningitis_signs",
    ),
    (
        "Vision totally fine, no pain \u2014 just a bright red patch on the white of my eye after a "
        "coughing fit. Looks horrendous though.",
        False, "negated", "vision_loss_sudden",
    ),
    (
        "Bit of back pain after gardening. No numbness down below, peeing normally, no leg weakness. Just "
        "rest and ibuprofen?",
        False, "negated", "cauda_equina",
    ),
    (
        "Ate a sauce that might have had peanut in it. It's been 3 hours \u2014 no swelling, no itching, "
        "breathing fine. I'm allergic but I think I got away with it?",
        False, "negated", "anaphylaxis",
    ),
    (
        "My son's testicle isn't painful at all and isn't swollen, but one hangs lower than the other. "
        "Normal?",
        False, "negated", "testicular_torsion",
    ),
    (
        "10 weeks pregnant, no bleeding, no pain, I just suddenly feel less sick than last week. Should I "
        "be worried?",
        False, "negated", "pregnancy_bleeding_or_pain",
    ),
    (
        "Cut my finger peeling potatoes. Bleeding stopped after 5 minutes of pressing, edges sit together "
        "nicely. Does it need stitches?",
        False, "negated", "severe_bleeding",
    ),
    (
        "Calf aches after my run. No swelling, not red, not warm, not out of breath. Just a strain?",
        False, "negated", "blood_clot_PE",
    ),
    (
        "I didn't pass out, didn't even fall \u2014 just went lightheaded standing up too fast. Happens a "
        "lot. Should I get bloods done?",
        False, "negated", "unconscious_unresponsive",
    ),
    (
        "Kids had a stomach bug but they're drinking loads and weeing plenty, just a bit tired. When can "
        "they go back to school?",
        False, "negated", "severe_dehydration_child",
    ),
    # ---------------- figure_of_speech ----------------
    (
        "This commute is giving me a heart attack every morning lol. Anyway, any tips for tension "
        "headaches?",
        False, "figure_of_speech", "heart_attack",
    ),
    (
        "My boss is going to have a stroke when he sees I've called in sick again. Anyway \u2014 is it ok "
        "to go to work with conjunctivitis?",
        False, "figure_of_speech", "stroke",
    ),
    (
        "I'm choking on all this insurance paperwork \U0001F644 does anyone know if physio needs a GP "
        "referral?",
        False, "figure_of_speech", "choking",
    ),
    (
        "My bank account is bleeding out after all these private scans. Is there a cheaper way to get an "
        "MRI for my knee?",
        False, "figure_of_speech", "severe_bleeding",
    ),
    (
        "This heat is killing me, I want to die lol. What's the best way to stay cool at 36 weeks pregnant?",
        False, "figure_of_speech", "suicidal_intent",
    ),
    (
        "My kids are going to make me overdose on coffee \u2615 how much caffeine is actually safe while "
        "breastfeeding?",
        False, "figure_of_speech", "overdose_poisoning",
    ),
    (
        "I nearly had a seizure when I saw the bill from the dentist. Is a crown really supposed to cost "
        "that much?",
        False, "figure_of_speech", "seizure",
    ),
    (
        "Literally blacked out when I saw how long the GP waiting list is. Can I self-refer to physio?",
        False, "figure_of_speech", "unconscious_unresponsive",
    ),
    (
        "That hot wing challenge gave me third-degree burns lol. My tongue is still sore 2 days later, is "
        "that normal?",
        False, "figure_of_speech", "severe_burn",
    ),
    (
        "My heart is breaking watching my dad forget things. How do we get a memory assessment for him?",
        False, "figure_of_speech", "heart_attack",
    ),
    (
        "Been banging my head against a brick wall trying to get an appointment. Anyway, what actually "
        "helps plantar fasciitis?",
        False, "figure_of_speech", "head_injury",
    ),
    (
        "I can't breathe when my sister does her impressions \U0001F602 ok real question though, is it "
        "normal for a 10 year old to snore every night?",
        False, "figure_of_speech", "breathing_difficulty",
    ),
    (
        "I'm going to kill myself if I have to eat one more salad lol. Is intermittent fasting actually "
        "better for weight loss?",
        False, "figure_of_speech", "suicidal_intent",
    ),
    (
        "Went blind drunk at my sister's wedding and 2 days later I'm still hungover. Is that normal at 40?",
        False, "figure_of_speech", "vision_loss_sudden",
    ),
    # ---------------- medicine_question ----------------
    (
        "Should I take a baby aspirin every day to prevent a heart attack? I'm 45, no heart problems, my "
        "neighbour swears by it.",
        False, "medicine_question", "heart_attack",
    ),
    (
        "Is it safe to take ibuprofen while I'm on apixaban? I had a DVT last year and my back is killing "
        "me.",
        False, "medicine_question", "blood_clot_PE",
    ),
    (
        "How long is an EpiPen good for once it's been in a hot car? Ours was left in there all day.",
        False, "medicine_question", "anaphylaxis",
    ),
    (
        "Does sertraline increase suicidal thoughts in teenagers? My 16 year old is starting it next week "
        "and the leaflet scared me.",
        False, "medicine_question", "suicidal_intent",
    ),
    (
        "Is it ok to drive on levetiracetam? I've been seizure-free for 2 years.",
        False, "medicine_question", "seizure",
    ),
    (
        "Can glucagon be kept in the car? Worried about the heat for my son's hypo kit over the summer.",
        False, "medicine_question", "diabetic_emergency",
    ),
    (
        "What's the max amount of Calpol for a 3 year old in 24 hours? I want to make sure I don't give "
        "too much.",
        False, "medicine_question", "overdose_poisoning",
    ),
    (
        "Do I need to stop clopidogrel before having a tooth out? Worried about bleeding.",
        False, "medicine_question", "severe_bleeding",
    ),
    (
        "How fast does the clot-busting drug work for a stroke? Just curious after reading about it.",
        False, "medicine_question", "stroke",
    ),
    (
        "Is GTN spray only for angina or does it work for any kind of chest pain? General question, not "
        "having any pain.",
        False, "medicine_question", "chest_pain_other",
    ),
    (
        "Can I get naloxone without a prescription? My brother uses opioids and I want some in the house "
        "just in case.",
        False, "medicine_question", "overdose_poisoning",
    ),
    (
        "Can I take the morning after pill if I've had an ectopic before?",
        False, "medicine_question", "ectopic_pregnancy",
    ),
    (
        "does metformin cause ketoacidosis?? read something scary on a forum",
        False, "medicine_question", "diabetic_emergency",
    ),
    (
        "Which antibiotic is best for UTIs so they don't turn into sepsis? I'm prone to them and my GP "
        "just gives whatever.",
        False, "medicine_question", "sepsis_signs",
    ),
    # ---------------- chronic_stable ----------------
    (
        "I've had stable angina for 5 years \u2014 tightness going up hills that goes with rest or a puff "
        "of GTN, same as always. Can I take up cycling?",
        False, "chronic_stable", "heart_attack",
    ),
    (
        "My epilepsy is well controlled but I still get a seizure about twice a year, always the same "
        "kind. Is that acceptable or should my meds change?",
        False, "chronic_stable", "seizure",
    ),
    (
        "Long-standing asthma, I get a bit wheezy most winters and the blue inhaler sorts it out. Should "
        "I be on a preventer?",
        False, "chronic_stable", "breathing_difficulty",
    ),
    (
        "COPD for 10 years, breathless on the stairs like always. Is pulmonary rehab worth it at this "
        "stage?",
        False, "chronic_stable", "breathing_difficulty",
    ),
    (
        "I've had thoughts on and off for years that everyone would be better off without me. I have a "
        "therapist and a safety plan and I'm safe. How do I bring it up with my new GP without them "
        "panicking?",
        False, "chronic_stable", "suicidal_intent",
    ),
    (
        "Type 1 for 20 years, I get a mild hypo maybe once a week, always catch it with juice. Is that "
        "too often?",
        False, "chronic_stable", "diabetic_emergency",
    ),
    (
        "Chronic back pain with sciatica down my right leg on and off for years. Bladder and bowels "
        "always fine. Any newer treatments?",
        False, "chronic_stable", "cauda_equina",
    ),
    (
        "I have Crohn's and get cramping belly pain most days, same as it's been for years. Is it ok to "
        "keep using codeine for it?",
        False, "chronic_stable", "severe_abdominal_pain",
    ),
    (
        "I've had endometriosis pain with every period for 10 years. Is it true pregnancy makes it better?",
        False, "chronic_stable", "severe_abdominal_pain",
    ),
    (
        "My mum's had heart failure for years, ankles always a bit puffy, stable on her tablets. Can she "
        "fly to Spain for a week?",
        False, "chronic_stable", "heart_attack",
    ),
    (
        "I have von Willebrand, heavy periods every month, known and managed by haematology. Is "
        "tranexamic acid ok long term?",
        False, "chronic_stable", "severe_bleeding",
    ),
    (
        "Haven't cut in 8 months but I still get urges, I use the stuff from therapy and they pass. Is it "
        "normal for the urges to last this long?",
        False, "chronic_stable", "self_harm",
    ),
    (
        "My 10 year old has had migraines with visual aura for 2 years \u2014 zigzags, then a headache, "
        "exactly the same every time. Is there a preventer for kids?",
        False, "chronic_stable", "vision_loss_sudden",
    ),
    (
        "I have a PFO and had a small stroke years ago, on aspirin since, no problems. Do I need the hole "
        "closed?",
        False, "chronic_stable", "stroke",
    ),
    # ---------------- mild_symptom ----------------
    (
        "Bit of a twinge on the left side of my chest when I press on it, goes away when I move. 25, gym "
        "a lot, did bench press yesterday.",
        False, "mild_symptom", "chest_pain_other",
    ),
    (
        "Mild stiff neck after falling asleep on the sofa, no fever, can touch chin to chest fine, just "
        "sore turning left.",
        False, "mild_symptom", "meningitis_signs",
    ),
    (
        "Tiny nosebleed this morning, stopped in 2 minutes. Central heating has been on full blast.",
        False, "mild_symptom", "severe_bleeding",
    ),
    (
        "Baby (7 months) has a slightly warm head and is a bit grizzly, temp 37.5. Teething?",
        False, "mild_symptom", "febrile_infant",
    ),
    (
        "Eyes a bit blurry first thing in the morning but it clears after a few blinks. Normal?",
        False, "mild_symptom", "vision_loss_sudden",
    ),
    (
        "Get a bit out of breath climbing 3 flights of stairs. I'm 30 and very unfit. Should I get "
        "checked or just start exercising?",
        False, "mild_symptom", "breathing_difficulty",
    ),
    (
        "Mild tummy ache and loose poo after a curry last night. Otherwise feeling ok.",
        False, "mild_symptom", "severe_abdominal_pain",
    ),
    (
        "my lips tingle a bit when I eat raw apples, no swelling or anything. allergy?",
        False, "mild_symptom", "anaphylaxis",
    ),
    (
        "Small burn on my finger from the oven tray, red with one little blister. How do I look after it?",
        False, "mild_symptom", "severe_burn",
    ),
    (
        "Occasional dull ache in one testicle after sitting at my desk for hours, goes away. 28.",
        False, "mild_symptom", "testicular_torsion",
    ),
    (
        "Felt dizzy for a second after getting out of a hot bath. Fine now.",
        False, "mild_symptom", "unconscious_unresponsive",
    ),
    (
        "Tiny bit of brown spotting when I wiped, once, at 7 weeks pregnant. No pain. Already had a scan "
        "showing baby in the womb. Normal?",
        False, "mild_symptom", "pregnancy_bleeding_or_pain",
    ),
    (
        "My 2 year old has a runny nose and had one loose nappy today. Still drinking and weeing fine.",
        False, "mild_symptom", "severe_dehydration_child",
    ),
    (
        "Bit of lower back pain after moving house, sore when I bend. Otherwise fine.",
        False, "mild_symptom", "cauda_equina",
    ),
]
