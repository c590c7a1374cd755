# Emergency items, kind "now" (part A). Written by hand, writer 74.

def E(text, family, emergency=True, kind="now"):
    return {"text": text, "emergency": emergency, "kind": kind, "family": family}

ITEMS = [
    # heart_attack
    E("My husband's 63 and he's sitting on the edge of the bed grey and sweating, says there's a weight on his chest going into his jaw. Started about 20 min ago while he was putting the bins out. Should I give him an aspirin?", "heart_attack"),
    E("Been getting this crushing feeling in the middle of my chest for the last half hour, left arm feels heavy and I'm a bit sick. I'm 55. Probably indigestion but Gaviscon hasn't touched it.", "heart_attack"),
    E("dad's just come in from the garden and gone a funny colour, clutching his chest and says he can't get comfy. he's 70 and had a heart attack before. what do i do", "heart_attack"),
    E("not sure if this is worth bothering anyone with. I'm 49, woman, and for about an hour I've had pain between my shoulder blades and a tight band across my chest, cold sweat, feel like I might pass out. Typing from the sofa.", "heart_attack"),
    E("Pressure in my chest like someone sitting on it, came on while I was shovelling snow just now and it's not easing with rest. Diabetic, 66. Wife's telling me to stop typing and ring someone.", "heart_attack"),
    # stroke
    E("Mam's face has dropped on one side in the last few minutes and her words are coming out all jumbled. She's 74. She was fine at breakfast. Is this a stroke?", "stroke"),
    E("My partner suddenly can't lift his right arm and he's slurring like he's drunk but he hasn't had a drop. Happened just now while we were eating dinner.", "stroke"),
    E("granda took a turn about ten minutes ago, he's not with it, keeps dropping his cup with his left hand and his mouth looks crooked. should we wait and see if it passes like last time?", "stroke"),
    E("I'm typing with one hand because my left side has gone numb and weak out of nowhere, started maybe 15 mins ago, and my vision is doubled. I'm 58.", "stroke"),
    E("My wife woke up and can't find her words, she's trying to talk but it's nonsense, and she can't grip with her right hand. She went to bed normal at 11.", "stroke"),
    # breathing_difficulty
    E("My asthma's really bad right now, I've had about 10 puffs of the blue inhaler in the last half hour and it's not helping. I can only say a few words at a time. Alone in the flat.", "breathing_difficulty"),
    E("son is 4 and his breathing is really fast and the skin under his ribs is sucking in with every breath. he's gone quiet and floppy. he's had a cold for 2 days", "breathing_difficulty"),
    E("Mum has COPD and tonight she can't catch her breath at all even sitting up, her lips have gone bluey and she's a bit confused. Her nebuliser isn't helping.", "breathing_difficulty"),
    E("I can't breathe properly, feels like breathing through a straw, it's been getting worse for an hour and I'm struggling to talk. 32 female. I'm scared.", "breathing_difficulty"),
    E("My baby (9 months) is grunting with each breath and her nostrils are flaring, she's working so hard to breathe and won't feed. Temp 38.5.", "breathing_difficulty"),
    # anaphylaxis
    E("I think I've eaten something with nuts in it at a restaurant, my lips are swelling and my throat feels tight and itchy, voice is going hoarse. I'm allergic to peanuts. I don't have my EpiPen with me.", "anaphylaxis"),
    E("Stung by a wasp 10 minutes ago, now I've got hives all over, my tongue feels thick and I'm dizzy. Never reacted before. What should I take?", "anaphylaxis"),
    E("My daughter (7) just had a bit of her friend's cake and now she's wheezing and her face is all puffed up and blotchy. She has an egg allergy. Piriton?", "anaphylaxis"),
    E("Had my first dose of the new antibiotic an hour ago and now I've come out in a rash everywhere, my eyes are swelling shut and I feel like I'm going to faint.", "anaphylaxis"),
    E("used my epipen 5 minutes ago for a shellfish reaction, breathing a bit better now. do I still need to go anywhere or can I just rest", "anaphylaxis"),
    # severe_bleeding
    E("Cut my hand on a broken glass washing up, it's deep across the palm and the blood is pumping out through the tea towel. I've been pressing for 10 minutes and it's soaked through.", "severe_bleeding"),
    E("My husband's on warfarin and he's had a nosebleed for over an hour now, pouring out, he's pale and says he feels faint. We've tried pinching it.", "severe_bleeding"),
    E("chainsaw slipped and caught my dad's thigh, theres a lot of blood, like a lot, on the grass. ive got a towel on it. we're 20 mins from town", "severe_bleeding"),
    E("I'm vomiting up what looks like fresh blood, quite a lot, about a mugful, and I feel lightheaded when I stand. I drink heavily. It's just started.", "severe_bleeding"),
    E("Passing loads of dark red blood from my back passage in the last hour, filled the toilet twice, feel shaky and clammy. 71 years old.", "severe_bleeding"),
    # suicidal_intent
    E("I've decided tonight's the night. I've written letters for my kids and I've got the tablets lined up. I don't know why I'm even writing this.", "suicidal_intent"),
    E("Can't do this anymore. I'm on the bridge by the river now. Just wanted someone to know.", "suicidal_intent"),
    E("My brother just texted me saying goodbye and that he loves me and he's not answering his phone. He's talked about ending it before. I'm outside his flat and he won't open the door.", "suicidal_intent"),
    E("I've got the rope in the garage and my wife is away till tomorrow. Not sure what I'm asking really. Everything is just pointless.", "suicidal_intent"),
    E("need to know how many of my mum's sleeping tablets it would take. i'm going to do it tonight after everyone's in bed.", "suicidal_intent"),
    # self_harm
    E("I cut myself again just now and it's deeper than usual, it's gaping and won't stop bleeding even with pressure. I'm 17 and my parents don't know.", "self_harm"),
    E("My daughter has burned her arm with a lighter on purpose, she's in the bathroom and won't come out and says she wants to do more. She's 14.", "self_harm"),
    E("just done something stupid, i've cut my wrist and i can see something white in it and my fingers feel numb. i don't want to die i just wanted it to stop", "self_harm"),
    E("My flatmate has been hitting her head against the wall over and over and now there's blood in her hair and she's not making much sense. She says she deserves it.", "self_harm"),
    # overdose_poisoning
    E("I took 30 paracetamol about two hours ago. I feel fine honestly. Do I really need to go in?", "overdose_poisoning"),
    E("Our toddler's got into the cupboard and there's a dishwasher tablet chewed up and his mouth is red and he's drooling and crying. Just found him.", "overdose_poisoning"),
    E("My friend took a load of pills at a party, not sure what, and now he's really drowsy and his breathing is slow and snory. We've put him on his side.", "overdose_poisoning"),
    E("Mum's 82 and I think she's taken her morning tablets three times today by mistake, including her digoxin. She's sick and seeing yellow.", "overdose_poisoning"),
    E("the gas fire's been on all evening and me and my partner both have thumping headaches and feel sick and dizzy, the dog's lethargic too. is it just a bug?", "overdose_poisoning"),
    # seizure
    E("My son is having a fit right now, it's been going on about 6 minutes and he's not stopping, his lips are going blue. He's epileptic but they normally stop after 2.", "seizure"),
    E("husband just collapsed in the kitchen and was jerking all over, now he's stopped but he's snoring and won't wake up properly. he's never had anything like this before", "seizure"),
    E("Baby brother (18 months) has gone stiff and his arms and legs are twitching and his eyes have rolled back, he's really hot. Mum's out. What do I do??", "seizure"),
    E("My wife has had two seizures in the last half hour and hasn't come round in between. She has epilepsy. Her buccal midazolam hasn't worked.", "seizure"),
    # unconscious_unresponsive
    E("Found my neighbour on her kitchen floor, she's breathing but I can't wake her, she's not responding to her name or me shaking her. She's about 80.", "unconscious_unresponsive"),
    E("My dad won't wake up from his nap, he's breathing funny, sort of gurgling, and when I pinch his hand he doesn't react. He had a fall yesterday.", "unconscious_unresponsive"),
    E("mate passed out after drinking a full bottle of vodka, we can't rouse him at all, he's cold and his lips look a bit blue. should we just let him sleep it off", "unconscious_unresponsive"),
    E("My mother-in-law fainted at the table and it's been 5 minutes and she's still out cold, eyes half open. She's 77 and diabetic.", "unconscious_unresponsive"),
    # head_injury
    E("Son (12) got a hurley to the side of the head at training about an hour ago. He was fine at first but now he's vomited twice and is really sleepy and confused about what day it is.", "head_injury"),
    E("Nan fell backwards down the stairs and banged her head, she's on blood thinners and there's a big egg on the back of her head and she's saying the same thing over and over.", "head_injury"),
    E("I fell off my bike and hit my head, no helmet. It's been 30 mins and I've got a splitting headache, my left pupil looks bigger in the mirror and I keep being sick.", "head_injury"),
    E("Our toddler fell from the top bunk onto the wooden floor, hit her head hard, she cried then went really quiet and floppy and keeps closing her eyes.", "head_injury"),
    # febrile_infant
    E("Baby is 6 weeks old and her temperature is 38.3 under the arm. She's feeding a bit less. Can I give her Calpol and see how she is in the morning?", "febrile_infant"),
    E("my 2 month old feels really hot, thermometer says 38.6, and hes not interested in his bottle and just wants to sleep. is this just his jabs?", "febrile_infant"),
    E("Our newborn is 10 days old and has a temperature of 38.1 and has gone a bit mottled on his legs. Midwife's not answering.", "febrile_infant"),
    E("Eleven week old, temp 38 on the ear thermometer twice, grizzly and off her feeds since lunchtime. First baby, not sure if I'm overreacting.", "febrile_infant"),
    # meningitis_signs
    E("My 19 year old son is home from uni with a blinding headache, stiff neck, can't stand the light, and now there are purple spots on his legs that don't go when I press a glass on them.", "meningitis_signs"),
    E("Daughter (3) has a high temp and a rash of tiny dark red dots that don't fade with the glass test, and her hands and feet are freezing. She's really drowsy.", "meningitis_signs"),
    E("I've had a temp and the worst headache of my life since this afternoon, can't bend my neck forward, light hurts my eyes. I'm 22 in halls on my own.", "meningitis_signs"),
    E("baby 7 months, fever, being sick, the soft spot on her head looks bulgy and she's got a high pitched cry that's not like her. just started getting worse this evening", "meningitis_signs"),
    # severe_abdominal_pain
    E("Pain in my tummy started round my belly button this morning, now it's moved down to the bottom right and it's agony, can't stand up straight, been sick, temp 38.2. 16 year old.", "severe_abdominal_pain"),
    E("Husband's been doubled over with the worst stomach pain of his life for 2 hours, his belly is rock hard and he can't bear me touching it. He's 60, has had an ulcer.", "severe_abdominal_pain"),
    E("Sudden tearing pain in my belly going through to my back, feel faint and clammy. I'm 72 and they said I had a 'bulge' in my aorta that they were watching.", "severe_abdominal_pain"),
    E("I haven't pooed or passed wind in 3 days, my stomach is swollen like a drum and I keep vomiting green stuff. Had bowel surgery last year.", "severe_abdominal_pain"),
]
