# Hand-written emergency (kind now) items part A. Writer 119.
# Each item: (text, True, "now", family)

F = "now"
ITEMS = [
    # heart_attack
    ("Sorry to bother you, probably indigestion. Had a heavy pressure in the middle of my chest for about 40 minutes now, going into my left arm and jaw, and I'm a bit sweaty. I'm 61. Don't want to waste anyone's time.", "heart_attack"),
    ("my husband is sat on the sofa grey as anything, says his chest feels like an elephant's sitting on it and he's been sick. he's 58 and says give it 10 mins. what do i do", "heart_attack"),
    ("Dad's 74, had a stent in 2018. Crushing chest pain for the last half hour that his GTN spray hasn't touched, 3 puffs. He's clammy and short of breath. Says he'll see how he is in the morning.", "heart_attack"),
    ("I'm 49 and I've had this tight band across my chest since I was shovelling snow 20 minutes ago, it's not easing sitting down and my arm's gone heavy. Bit of a funny turn. Should I ring the GP in the morning?", "heart_attack"),
    ("At work right now, my colleague (about 55) suddenly went pale, clutching his chest saying it's like a vice, sweating buckets and feels sick. He wants to drive himself home.", "heart_attack"),
    # stroke
    ("Mam's face has dropped on one side in the last 10 minutes and her words are coming out jumbled. She says she's grand and just tired. She's 79.", "stroke"),
    ("Husband just got up from his chair and his right arm and leg went from under him, he can't lift his arm and his speech is slurred. It started about 15 min ago. Is it worth waiting to see if it passes?", "stroke"),
    ("Typing this left handed, my right hand has stopped working properly since about 20 minutes ago and my mouth feels numb on that side. I'm 66. Feel otherwise fine weirdly.", "stroke"),
    ("my nan is talking nonsense all of a sudden and can't lift her left arm, her smile is lopsided. happened at dinner half an hour ago. my mum says wait for the GP", "stroke"),
    ("Friend (42) has had the worst headache of her life come on like a thunderclap 10 minutes ago, now being sick and her left side is weak. We're at her house.", "stroke"),
    # breathing_difficulty
    ("My asthma's bad tonight. Used the blue inhaler 10 times in the last hour and I still can't get a full sentence out, lips look a bit blue in the mirror. Is there anything else I can try at home?", "breathing_difficulty"),
    ("My 4 year old is breathing really fast and the skin is sucking in under his ribs and at his neck, he's too breathless to drink. Started an hour ago with a cold.", "breathing_difficulty"),
    ("COPD, usually manage, but right now I can't catch my breath even sitting still, getting confused and drowsy my wife says. Oxygen sats on the finger thing say 82.", "breathing_difficulty"),
    ("baby (7 months) making a grunting noise with every breath and her nostrils are flaring, she's gone a bit grey round the mouth. what's happening", "breathing_difficulty"),
    ("Struggling to breathe since I woke, can only say a few words at a time, feel like I'm drowning. I'm 38, no asthma history. Probably a panic attack but it's not settling after 2 hours.", "breathing_difficulty"),
    # anaphylaxis
    ("Ate a satay at a work do, I'm allergic to peanuts. Throat feels tight and my voice has gone weird, lips swelling. Used my EpiPen 5 minutes ago. Do I still need to go in?", "anaphylaxis"),
    ("Stung by a wasp in the garden 10 mins ago, now I've hives everywhere, my tongue feels thick and I'm wheezy and dizzy. Taken 2 Piriton. Will that be enough?", "anaphylaxis"),
    ("My son (9) just had a bite of a cake with nuts at a party, his face is puffing up, he's coughing and says it's hard to swallow. We don't have an adrenaline pen.", "anaphylaxis"),
    ("Just had my first dose of amoxicillin and within 20 minutes my face and lips have swollen massively, I'm itchy all over and feel faint and my chest is tight.", "anaphylaxis"),
    ("Girlfriend is allergic to shellfish and just realised the sauce had prawn in it. She's wheezing, vomiting and says she feels like something awful is about to happen. She's gone very pale.", "anaphylaxis"),
    # severe_bleeding
    ("Cut my hand with a Stanley knife at work, it's deep into the palm and blood is pumping out, been pressing with a towel for 15 minutes and it's soaked through. Bit lightheaded. Do I need stitches?", "severe_bleeding"),
    ("My dad's on warfarin and his nose has been bleeding heavily for over 40 minutes, he's pinched it, ice, everything. Filled a bowl. He's 81 and looking pale.", "severe_bleeding"),
    ("Fell through the glass door at the back, there's a big gash on my thigh and blood spurting in time with my heartbeat. Neighbour is pressing on it.", "severe_bleeding"),
    ("Throwing up blood, bright red, about a cupful twice in the last half hour. I'm 52 and I do drink. Feel a bit faint standing up.", "severe_bleeding"),
    ("Had my tonsils out 6 days ago and I've just started spitting out mouthfuls of fresh blood, won't stop.", "severe_bleeding"),
    # suicidal_intent
    ("I've got all my tablets lined up in front of me and I've written the notes. I don't know why I'm even typing this. I just want it to stop tonight.", "suicidal_intent"),
    ("my brother just texted me goodbye and says he's on the bridge. im not with him. he's 23. what do i do", "suicidal_intent"),
    ("I'm sitting in the car in the garage with the engine running. I suppose I wanted someone to know.", "suicidal_intent"),
    ("I've decided tonight's the night, I've got the rope sorted and the house is empty. Sorry for wasting your time, I just didn't want my mum to be the one to find me without a note.", "suicidal_intent"),
    ("My flatmate has locked herself in the bathroom saying she's going to kill herself and she has a knife. She won't open the door.", "suicidal_intent"),
    # self_harm
    ("I cut my arm tonight, deeper than usual, it's gaping open and I can see yellowy stuff and it won't stop bleeding through the bandages. Please don't make me go to A&E.", "self_harm"),
    ("My daughter (15) has just burned herself on purpose with a hair straightener, big raw blistered area on her thigh, and she's saying she wants to do more. She's with me now.", "self_harm"),
    ("I swallowed some batteries on purpose about an hour ago, 3 of the small round ones. Stomach hurts a bit. Just wanted to feel something.", "self_harm"),
    ("Just hit my head against the wall over and over till it bled, there's a lot of blood and I feel really woozy and sick now.", "self_harm"),
    ("Boyfriend has just cut his wrists in the bath, there's blood everywhere and he's not really talking. I've got towels on them.", "self_harm"),
    # overdose_poisoning
    ("I took about 30 paracetamol 2 hours ago. I feel fine now actually so maybe it's fine? Bit sick.", "overdose_poisoning"),
    ("My toddler (2) got into the cupboard and has chewed a dishwasher tablet, there's blue stuff round her mouth and she's coughing and crying. Just happened.", "overdose_poisoning"),
    ("Mum's 86 and muddled up her tablets, she's had the whole week's doses from her dosette box this morning, including digoxin and the water tablets. She seems a bit sleepy.", "overdose_poisoning"),
    ("My mate took something at a party and now he's really hot, jaw clenching, heart racing like mad and he's talking rubbish. We're at the house now.", "overdose_poisoning"),
    ("We think my granny has carbon monoxide poisoning, the boiler alarm is going, she's got a thumping headache, she's confused and vomiting. We've opened the windows.", "overdose_poisoning"),
    # seizure
    ("My husband is fitting right now, it's been going about 6 minutes, he's never had one before. I've put him on his side. Should I time it longer?", "seizure"),
    ("Son (14) has epilepsy, he's had 3 seizures in a row in the last hour without waking up properly in between. The rescue med didn't work.", "seizure"),
    ("My 19 month old just went stiff and jerky with her eyes rolled back, it stopped after a couple of mins but she's still floppy and not responding to me properly 10 mins later.", "seizure"),
    ("Colleague just collapsed and is shaking all over on the floor in the office, foaming at the mouth, it's been going on a while. Nobody knows if she's epileptic.", "seizure"),
    ("Dad (70) was watching TV and started jerking on one side and now he's not making sense and can't get his words out. Never had a fit before.", "seizure"),
    # unconscious_unresponsive
    ("Found my flatmate on the floor of her room, breathing but I can't wake her up, shaking her and shouting, nothing. There's an empty vodka bottle.", "unconscious_unresponsive"),
    ("Grandad's slumped in his chair and won't respond to us, his breathing is snoring and he's gone a funny colour. He was fine an hour ago.", "unconscious_unresponsive"),
    ("My wife fainted in the kitchen 5 minutes ago and she still isn't coming round, eyes half open but not answering.", "unconscious_unresponsive"),
    ("Teen son won't wake up this morning, we can't rouse him at all, he's breathing slowly. He was out last night.", "unconscious_unresponsive"),
    ("Just found my neighbour collapsed in her hallway, she's 88, not responding when I talk to her, cold to touch. Not sure she's breathing properly.", "unconscious_unresponsive"),
    # head_injury
    ("Mum (82, on apixaban) tripped on the rug and banged her head on the fireplace about an hour ago, big lump, she's now being sick and seems very sleepy. She says don't fuss.", "head_injury"),
    ("My son fell off the climbing frame onto his head, knocked out for maybe a minute, now he's awake but he's vomited twice and keeps asking the same questions.", "head_injury"),
    ("Hit my head on the dashboard in a crash an hour ago, I was fine at the scene but now the headache is getting worse and worse and my vision is doubling.", "head_injury"),
    ("Husband fell off a ladder, landed on his head, there's clear watery fluid dripping from his nose and bruising appearing round his eyes. He's talking but drowsy.", "head_injury"),
    ("My 7 month old rolled off the bed onto a hard floor 30 mins ago, there's a soft swelling on the side of her head and she's been unusually quiet and drowsy, won't feed.", "head_injury"),
    # febrile_infant
    ("My baby is 6 weeks old and has a temperature of 38.4 tonight. She's feeding a bit less than usual. Midwife said to ring the GP in the morning if worried. Is that ok?", "febrile_infant"),
    ("7 week old boy, temp 38.2 under the arm, bit sleepier than normal. Just had his jabs? No, they're not due till next week. Should I give Calpol and wait?", "febrile_infant"),
    ("newborn (10 days) feels hot, thermometer says 38.0, hes grunting a bit and not interested in the bottle. first baby sorry if silly", "febrile_infant"),
    ("Our 2 month old has been hot since teatime, 38.8 on the ear thermometer. She's not herself, whingey then sleepy. Out of hours line is engaged.", "febrile_infant"),
    ("Baby is 5 weeks, temperature 38.1 and he's very floppy and pale, hardly fed today.", "febrile_infant"),
    # meningitis_signs
    ("My daughter (17) has a high temp, a stiff neck, the light hurts her eyes and she's got a rash of little purple spots that don't fade when I press a glass on them. Came on this afternoon.", "meningitis_signs"),
    ("Toddler's got a fever and a few dark red pinprick spots on his tummy that don't go when I press the glass on them. He's a bit floppy. It's Sunday night.", "meningitis_signs"),
    ("Student son rang from uni, says worst headache ever, can't bend his neck, vomiting, and keeps drifting off on the phone. He's in his room at halls alone.", "meningitis_signs"),
    ("My 3 year old has had a temp today and now she's got blotchy purple marks spreading on her legs and cold hands and feet, really drowsy and crying when I move her neck.", "meningitis_signs"),
    ("I'm 20, I feel like death, fever 39.5, my neck is rigid, can't stand light and there's a rash appearing on my arms that doesn't blanch.", "meningitis_signs"),
]
ITEMS = [(t, True, F, fam) for t, fam in ITEMS]
