# Hand-written emergency items: situations happening now (emergency=True, kind="now").
# Each entry: (text, emergency, family, kind)

NOW_ITEMS = [
    # heart_attack
    ("my husband is 58 and he's sweating buckets and grey, says it feels like an elephant sitting on his chest and it's going up into his jaw. started about 20 min ago while he was mowing. he keeps saying it's indigestion and won't let me call anyone. what can i give him",
     True, "heart_attack", "now"),
    ("I'm 64, home alone. For the last half hour I've had a crushing pain in the middle of my chest going down my left arm and I feel sick and clammy. Should I take an aspirin and see if it settles?",
     True, "heart_attack", "now"),
    ("Dad just sat down hard on the sofa holding his chest, says it's like a vice and he can't get comfortable. He's breathing but white as a sheet and sweaty. He had a stent in 2019. We're half an hour from the hospital — quicker if I drive him?",
     True, "heart_attack", "now"),

    # stroke
    ("my mums face has gone droopy on the left side and her words are coming out all jumbled, started maybe 15 minutes ago at dinner. she says shes just tired and wants to lie down. should i let her sleep it off",
     True, "stroke", "now"),
    ("cant lift my right arm properly and right leg feels heavy and dead. came on suddenly about 20 mins ago watching tv. typing with my left hand. 49. is this a trapped nerve?",
     True, "stroke", "now"),
    ("The guy at the next desk suddenly started slurring and can't hold his pen, the corner of his mouth is drooping. He's laughing it off and saying he's just had a long night. What do I do??",
     True, "stroke", "now"),

    # breathing_difficulty
    ("inhaler not working. had 10 puffs in half an hour. can only say 2 or 3 words before i need a breath. lips tingling. alone in flat",
     True, "breathing_difficulty", "now"),
    ("My 3 year old is breathing really fast and the skin between his ribs sucks in every time he breathes, and there's a grunting noise. He's too tired to even cry. He's had a cold for 2 days. Can I wait till the GP opens at 8?",
     True, "breathing_difficulty", "now"),
    ("Grandad has COPD and tonight he can't catch his breath at all even with his oxygen turned up, his lips are going a bluish colour and he's not making much sense.",
     True, "breathing_difficulty", "now"),

    # anaphylaxis
    ("Wasp got me on the neck about 10 min ago and now my throat feels tight and my face is swelling up, hives everywhere. I don't have an epipen. Will piriton be enough?",
     True, "anaphylaxis", "now"),
    ("my son (9) ate a cookie at a party, hes allergic to peanuts, started coughing and wheezing and his lips swelled. I gave his epipen 5 minutes ago and he seems a bit better. do we still need to go anywhere or can we go home",
     True, "anaphylaxis", "now"),
    ("took my first amoxicillin about an hour ago and now my tongue feels huge, I'm itchy everywhere and really dizzy like I'm going to pass out",
     True, "anaphylaxis", "now"),

    # severe_bleeding
    ("cut my forearm on a broken window, it's spurting every time my heart beats, ive got a towel on it and its already soaked through. whats the best way to stop it",
     True, "severe_bleeding", "now"),
    ("Dad is 80, on warfarin, and his nose has been pouring blood for 45 minutes. We've pinched it, ice, leaned forward, everything. He's gone pale and says he feels faint.",
     True, "severe_bleeding", "now"),
    ("My partner just slipped with the chainsaw and there's a deep gash in his thigh, blood is pooling on the ground, I'm pressing on it with my jumper. What do I do",
     True, "severe_bleeding", "now"),

    # suicidal_intent
    ("I've got the pills counted out on the table and I've written the letters. I just wanted to say it to someone before I do it tonight. I'm not asking for help, I'm just telling someone.",
     True, "suicidal_intent", "now"),
    ("my best friend just texted me 'goodbye, thank you for everything' and said she's at the bridge. she's not answering her phone. what do i do",
     True, "suicidal_intent", "now"),
    ("Decided tonight's the night. I've got everything ready in the garage. Don't try to talk me out of it. I just want to know if it hurts.",
     True, "suicidal_intent", "now"),

    # self_harm
    ("I cut deeper than I meant to and it won't stop bleeding, it's gaping open and I can see something yellowish inside. I don't want to go to hospital and get looked at like a freak.",
     True, "self_harm", "now"),
    ("My 15yo has been burning her arms with a lighter and now she's locked in the bathroom with a razor blade screaming at us to go away. We can hear her crying. What do we do right now?",
     True, "self_harm", "now"),
    ("Did it again, my thigh this time but it's really deep, there's a lot of blood on the bathroom floor and I feel lightheaded and shaky.",
     True, "self_harm", "now"),

    # overdose_poisoning
    ("my 2 year old got into grandma's handbag and we found an empty blister of her blood pressure tablets (amlodipine) and he's really sleepy now. dont know how many were in it",
     True, "overdose_poisoning", "now"),
    ("Took about 30 paracetamol around 2 hours ago. I feel completely fine now and I've changed my mind. Do I actually need to go to hospital or will it just wear off?",
     True, "overdose_poisoning", "now"),
    ("roommate took something at a party, we think opioids, and now hes barely breathing, lips look blue, I can shake him and he just groans",
     True, "overdose_poisoning", "now"),

    # seizure
    ("my husband is fitting on the floor, its been going about 6 minutes now and it isnt stopping, hes never had one before, hes 40",
     True, "seizure", "now"),
    ("My daughter (4) had a seizure, it stopped, and now a second one has started and she hasn't woken up in between. Her temp was 39.",
     True, "seizure", "now"),
    ("Friend with epilepsy has been seizing for 7 minutes, his buccal midazolam is at home, we're at the park. Should I try to get him in the car?",
     True, "seizure", "now"),

    # unconscious_unresponsive
    ("found my elderly neighbour on her kitchen floor, shes breathing but wont wake up when i shout or shake her shoulder. no idea how long she's been there",
     True, "unconscious_unresponsive", "now"),
    ("Husband fell asleep on the couch and I can't wake him. He's making a strange snoring sound and his breathing is odd. I've been shaking him for a couple of minutes.",
     True, "unconscious_unresponsive", "now"),
    ("coworker just collapsed in the break room and isn't responding to anything, I don't think he's breathing properly, just gasping every now and then",
     True, "unconscious_unresponsive", "now"),

    # head_injury
    ("My son fell off his bike with no helmet half an hour ago. He's thrown up 3 times and is really drowsy and one of his pupils looks bigger than the other. Is this a concussion?",
     True, "head_injury", "now"),
    ("Mum is 85 and on blood thinners, she slipped and hit her head on the kitchen worktop about an hour ago. She's getting more confused and says her headache is getting worse.",
     True, "head_injury", "now"),
    ("got punched at the pub and knocked out for maybe a minute. now there's clear watery fluid dripping from my nose and my head is pounding. my mates say just sleep it off",
     True, "head_injury", "now"),

    # febrile_infant
    ("My 6 week old has a temp of 38.4 rectally and isn't feeding well. She was fine this morning. Do I give Calpol and wait?",
     True, "febrile_infant", "now"),
    ("baby is 2 months, feels hot, thermometer says 38.2, she's really floppy and not interested in her bottle at all",
     True, "febrile_infant", "now"),
    ("Newborn, 11 days old, temperature 38.0 under the arm and he's sleepier than usual and making little grunting sounds. Is under-the-arm accurate?",
     True, "febrile_infant", "now"),

    # meningitis_signs
    ("Uni flatmate (19) has a high fever, stiff neck, can't stand the light and now there's a purple rash on her legs that doesn't fade when I press a glass on it. She's saying she just wants to sleep.",
     True, "meningitis_signs", "now"),
    ("toddler has a fever and these tiny purple-red spots are appearing on her legs and tummy that don't go away with the glass test. shes very drowsy and whimpering",
     True, "meningitis_signs", "now"),
    ("Worst headache of my life, fever 39.8, I can't touch my chin to my chest and I've been sick twice. Lights hurt. Paracetamol did nothing.",
     True, "meningitis_signs", "now"),

    # severe_abdominal_pain
    ("pain started round my belly button last night, now its moved to the bottom right and I can't stand up straight, temp 38.6. every bump in the car was agony on the way home from work",
     True, "severe_abdominal_pain", "now"),
    ("My dad (70) has sudden tearing pain in his belly going through to his back, he's sweating and pale. They were 'keeping an eye on' an aneurysm.",
     True, "severe_abdominal_pain", "now"),
    ("Severe belly pain, tummy hard as a board and swollen, I'm throwing up green stuff and haven't pooped or passed wind in 2 days",
     True, "severe_abdominal_pain", "now"),

    # pregnancy_bleeding_or_pain
    ("I'm 32 weeks pregnant and bleeding bright red, soaked a pad in 20 minutes, and my belly is rock hard and really painful. Partner's at work.",
     True, "pregnancy_bleeding_or_pain", "now"),
    ("34 weeks. suddenly the worst headache, seeing flashing lights and my face and hands have puffed up today. pain under my ribs on the right too. is this just pregnancy stuff",
     True, "pregnancy_bleeding_or_pain", "now"),
    ("26 weeks and I think my waters just broke, there's fluid everywhere and I'm getting cramps every 5 minutes. Is it too early to go in??",
     True, "pregnancy_bleeding_or_pain", "now"),

    # diabetic_emergency
    ("teenage son with type 1 is vomiting, breathing really deep and fast, and his breath smells like nail polish remover. ketones 4.2. he says he'll be fine if he sleeps",
     True, "diabetic_emergency", "now"),
    ("My husband's sugar is 1.9 and he's too confused to drink the juice I'm giving him, he's sweating and pushing me away. What do I do?",
     True, "diabetic_emergency", "now"),
    ("mum's type 2, been drinking loads and peeing constantly for days, now she's barely responding to me and her meter just says HI",
     True, "diabetic_emergency", "now"),

    # sepsis_signs
    ("Dad had a water infection, now he's shaking violently, confused, his skin looks blotchy and mottled on his legs, heart racing and he hasn't peed since this morning.",
     True, "sepsis_signs", "now"),
    ("Surgery 5 days ago, wound red and oozing, now temp 39.5, heart rate 130 on my watch, really breathless and I honestly feel like I'm dying.",
     True, "sepsis_signs", "now"),
    ("My wife is on chemo, her temperature is 38.3 tonight and she's shivering and so weak she can barely stand. The leaflet says something about a hotline but I can't find it.",
     True, "sepsis_signs", "now"),

    # severe_burn
    ("just knocked a pan of boiling oil over my 3 year olds arm and chest, skin is peeling off and its white in some places. running it under cold water now",
     True, "severe_burn", "now"),
    ("Grandad's dressing gown caught fire on the gas hob. Burns over his back and both arms, skin looks leathery and grey in places and he says it doesn't even hurt there.",
     True, "severe_burn", "now"),
    ("drain cleaner splashed up into my face and my left eye, it's burning like crazy and I can't open the eye. rinsed for a minute",
     True, "severe_burn", "now"),

    # choking
    ("baby choking on a grape, no sound, going blue",
     True, "choking", "now"),
    ("Dad is choking on a piece of steak, he can't talk or cough and he's grabbing his throat. I've hit his back a few times and nothing.",
     True, "choking", "now"),
    ("My toddler swallowed something from the floor, maybe a coin, and he's drooling, gagging and struggling to breathe, making a high pitched sound.",
     True, "choking", "now"),

    # testicular_torsion
    ("14 year old son woke up with sudden severe pain in his left testicle, it's swollen and sitting higher than the other one, and he's been sick. Can we wait for the GP at 9?",
     True, "testicular_torsion", "now"),
    ("sudden agonising pain in my right ball about an hour ago, im 17, feels like somethings twisted and my stomach hurts too. too embarrassed to tell my parents",
     True, "testicular_torsion", "now"),
    ("My boy (11) came home from football crying about pain in his privates. Started suddenly 2 hours ago, one side is swollen and red and he can't walk properly.",
     True, "testicular_torsion", "now"),

    # ectopic_pregnancy
    ("positive test last week, about 6 weeks, now sharp stabbing pain low down on one side and a weird pain in my shoulder tip. feel really faint when I stand up",
     True, "ectopic_pregnancy", "now"),
    ("My girlfriend is 7 weeks pregnant, no scan yet, and she's collapsed in the bathroom with terrible pain on her left side. She's really pale and sweaty.",
     True, "ectopic_pregnancy", "now"),
    ("Missed period, bit of spotting, and now really sharp pain on my right side and everything goes grey when I get up. Probably 5 weeks pregnant. Is it just a miscarriage starting?",
     True, "ectopic_pregnancy", "now"),

    # severe_dehydration_child
    ("my 1 year old has had diarrhoea and vomiting for 2 days, no wet nappy since yesterday afternoon, eyes look sunken and she's floppy and sleepy",
     True, "severe_dehydration_child", "now"),
    ("Toddler with a tummy bug can't keep even sips down, hasn't weed in 12 hours, crying with no tears, and when I pinch the skin on his tummy it stays up.",
     True, "severe_dehydration_child", "now"),
    ("8 month old won't drink anything since this morning, the soft spot on his head looks sunken in and he's barely waking up. Had runny poos all week.",
     True, "severe_dehydration_child", "now"),

    # chest_pain_other
    ("Tall skinny 20 yo guy here, sudden sharp pain on the right side of my chest while I was sitting, and I'm getting more and more breathless. Can't take a deep breath at all. Getting worse in the last 30 min.",
     True, "chest_pain_other", "now"),
    ("Sudden ripping pain in my chest going straight through to between my shoulder blades. I'm 67 with high blood pressure. Feel like I'm going to pass out.",
     True, "chest_pain_other", "now"),
    ("My mate took coke about an hour ago and now has crushing chest pain, his heart's pounding and he's drenched in sweat. He's 26. He doesn't want the police involved.",
     True, "chest_pain_other", "now"),

    # vision_loss_sudden
    ("Woke up and I can't see anything out of my left eye, it's just black. No pain. 71, diabetic. Eye clinic opens Monday.",
     True, "vision_loss_sudden", "now"),
    ("A dark curtain came down over the bottom half of my vision in my right eye about 20 min ago, after a shower of new floaters and flashes earlier this evening.",
     True, "vision_loss_sudden", "now"),
    ("Severe pain in my right eye, it's red, everything blurry with rainbow halos round the lights and I've been vomiting. Came on about an hour ago in the cinema.",
     True, "vision_loss_sudden", "now"),

    # blood_clot_PE
    ("flew back from Australia 3 days ago and just now suddenly got breathless with a sharp pain in my chest when I breathe in, coughed a bit of blood, heart racing",
     True, "blood_clot_PE", "now"),
    ("My wife had a c-section 10 days ago and she suddenly can't catch her breath, heart rate 125, and her left calf has been swollen for a couple of days.",
     True, "blood_clot_PE", "now"),
    ("on the pill, calf has been swollen and sore for about a week, now I suddenly got really short of breath walking to the kitchen and I feel faint",
     True, "blood_clot_PE", "now"),

    # cauda_equina
    ("Back pain got way worse today and now I can't feel it when I wipe, it's numb between my legs, and I haven't been able to pee since this morning even though I need to.",
     True, "cauda_equina", "now"),
    ("Known slipped disc. Since last night both legs have gone weak and I wet myself without realising. The area where you'd sit on a saddle is numb.",
     True, "cauda_equina", "now"),
    ("Husband has had sciatica for weeks but today he says he can't feel his bum or privates and he had an accident with his bowels, he didn't even know. He's refusing to go in.",
     True, "cauda_equina", "now"),
]
