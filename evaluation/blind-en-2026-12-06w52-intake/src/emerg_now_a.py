# Hand-written emergency items: kind "now" (part A). Each: (text, emergency, kind, family)

ITEMS = [
    # heart_attack
    ("My husband is 61, he's sweating buckets and says there's an elephant sitting on his chest, pain going into his jaw. Started 20 min ago while he was mowing. He has diabetes. What do I give him??", True, "now", "heart_attack"),
    ("coworker just sat down at his desk grey as a sheet, clutching his left arm, says his chest is crushing. he's like 55. we're on the 9th floor, what do we do", True, "now", "heart_attack"),
    ("Chest pressure for the last 30 minutes that won't go away with rest, nauseous, cold sweat. I'm 58 with a stent from 2019. Took one nitro, no change. Should I take another or wait for a reply?", True, "now", "heart_attack"),
    ("I'm typing this for my dad, he's 70 and he's on the kitchen floor saying his chest hurts real bad and he can't catch his breath, he threw up once. He had a heart attack before and says it feels the same.", True, "now", "heart_attack"),
    ("wife (52) woke up at 3am with pain between her shoulder blades, sweaty, really short of breath and nauseous, she says she feels like she's going to die. she has high BP. she thinks its indigestion", True, "now", "heart_attack"),
    # stroke
    ("My wife's face is drooping on the right side and she's slurring, can't lift her right arm. Started maybe 15 minutes ago while we were eating. She's 64. Is this a stroke?", True, "now", "stroke"),
    ("our shift lead just started talking gibberish in the middle of a meeting, his words are all mixed up and his left hand won't grip his pen. he's 50ish. happened like 5 minutes ago", True, "now", "stroke"),
    ("Mom is 78 and suddenly can't walk straight, keeps falling to the left, and she says the room is spinning and she's seeing double. This came on about an hour ago. She's on Eliquis for afib.", True, "now", "stroke"),
    ("i woke up and my left arm and leg are numb and heavy and the left side of my mouth won't move right. my husband says my speech sounds weird. 47. is it slept on wrong??", True, "now", "stroke"),
    ("Dad, 69, had the worst headache of his life come on suddenly like a thunderclap 10 minutes ago, now he's confused and vomiting. What should I do first?", True, "now", "stroke"),
    # breathing_difficulty
    ("My husband has COPD and right now he can't get a full sentence out, his lips look bluish and his inhaler isn't helping at all. Oxygen sat on our finger thing says 82.", True, "now", "breathing_difficulty"),
    ("I'm having an asthma attack, used my albuterol 6 times in the last hour and I still can't breathe, my chest is so tight I can barely type this", True, "now", "breathing_difficulty"),
    ("Coworker (she's 40ish, asthmatic) is wheezing and gasping at her desk, can't talk, she's sitting hunched forward. Her inhaler's empty. What do we do right now??", True, "now", "breathing_difficulty"),
    ("My 60 yr old mother with heart failure is sitting up gasping, bubbly pink foam when she coughs, can't lie down at all. Started tonight.", True, "now", "breathing_difficulty"),
    # anaphylaxis
    ("My husband just ate a cookie from the break room, he's allergic to peanuts, his lips and tongue are swelling and he says his throat feels tight. He has an EpiPen. Do I use it now??", True, "now", "anaphylaxis"),
    ("Got stung by a wasp 10 min ago, now hives all over, my face is swelling, and I feel faint and wheezy. I'm 45. Never happened before.", True, "now", "anaphylaxis"),
    ("took my first dose of amoxicillin an hour ago and now my throat is closing up and I'm covered in welts. voice sounds weird. alone at home", True, "now", "anaphylaxis"),
    ("We're at a restaurant, my friend has a shellfish allergy and must have had some, she's wheezing, her eyes are puffing shut and she's throwing up. She used her EpiPen 5 minutes ago and it's not getting better.", True, "now", "anaphylaxis"),
    # severe_bleeding
    ("My coworker just sliced his forearm on the table saw, blood is spurting out with each heartbeat, we have a towel on it and it's soaked through. What do we do?", True, "now", "severe_bleeding"),
    ("I'm on warfarin and I cut my leg on a metal edge 30 minutes ago. Pressing hard the whole time and it's still pouring blood, soaked 3 towels. Feeling lightheaded.", True, "now", "severe_bleeding"),
    ("my dad (74) is vomiting bright red blood, lots of it, like a cupful, and he's pale and sweaty. he takes aspirin and has had ulcers", True, "now", "severe_bleeding"),
    ("Husband had a nosebleed for 45 minutes that won't stop even pinching, blood going down his throat, he's on Xarelto and getting dizzy. What now?", True, "now", "severe_bleeding"),
    # suicidal_intent
    ("I've got the pills counted out on the table in front of me. I've decided tonight is the night. I don't know why I'm writing this. I'm 49 and I'm done.", True, "now", "suicidal_intent"),
    ("My husband just texted me goodbye and said he's sorry, he took his hunting rifle and drove off. He's been so depressed since he lost his job. I'm at work, what do I do", True, "now", "suicidal_intent"),
    ("i'm on the bridge right now. i just wanted someone to know.", True, "now", "suicidal_intent"),
    ("My coworker just told me in the bathroom that she's going to kill herself after her shift, she has a plan and said she wrote letters to her kids. She's back at her desk like nothing happened.", True, "now", "suicidal_intent"),
    ("I'm going to end it today. I have the rope. I've been depressed for years and my meds don't work. Nobody will notice.", True, "now", "suicidal_intent"),
    # self_harm
    ("I cut my wrist a few minutes ago, deeper than I meant to, and the blood won't stop even pressing. I can see something white. I'm scared now.", True, "now", "self_harm"),
    ("My 15 year old daughter locked herself in the bathroom and I can see blood under the door, she's not answering me. She's cut before.", True, "now", "self_harm"),
    ("i burned my arm with a lighter again and this time the skin is all white and leathery and its a big patch. it doesn't even hurt which is weird", True, "now", "self_harm"),
    ("Roommate just came out of her room with her thighs cut up pretty bad, it's a lot of blood and she's getting woozy. She says not to call anyone.", True, "now", "self_harm"),
    # overdose_poisoning
    ("I took about 30 Tylenol extra strength two hours ago because I wanted everything to stop. I feel fine right now. Do I need to do anything?", True, "now", "overdose_poisoning"),
    ("My husband took his insulin twice by accident, he's sweaty and shaky and getting confused, and we just found the empty pen. Sugar 41.", True, "now", "diabetic_emergency"),
    ("My 2 year old got into my mother's pill organizer, at least 4 of her blood pressure pills are gone, maybe her metoprolol. He seems sleepy. This was like 20 min ago.", True, "now", "overdose_poisoning"),
    ("Found my brother passed out with a needle next to him, he's breathing really slow and his lips are blue. I think it's fentanyl. Do we have narcan? no", True, "now", "overdose_poisoning"),
    ("Coworker accidentally drank from a water bottle that had the degreaser in it, she's coughing, throat burning, drooling. Just now.", True, "now", "overdose_poisoning"),
    # seizure
    ("My husband is having a seizure right now, shaking all over, it's been going like 6 minutes, he's never had one before. He's 56. What do I do??", True, "now", "seizure"),
    ("coworker just collapsed and is jerking on the floor, foaming at the mouth. we moved the chairs. it's been 3 minutes, he's not stopping", True, "now", "seizure"),
    ("My wife has epilepsy and she just had two seizures back to back and hasn't woken up between them. She's breathing but not responding.", True, "now", "seizure"),
    ("Our 5 year old is having a seizure with a 104 fever, first time ever, her lips are going blue and it's been about 5 minutes", True, "now", "seizure"),
    # unconscious_unresponsive
    ("My dad won't wake up. He's breathing but snoring weird and I can't get him to respond, I shook him and yelled. He's 80 and has diabetes and heart problems.", True, "now", "unconscious_unresponsive"),
    ("Guy at my work just fell over in the break room and isn't responding and I don't think he's breathing. Someone is getting the AED. How do we do CPR?", True, "now", "unconscious_unresponsive"),
    ("my wife fainted in the shower and hit the floor, she's been out for about 2 minutes, breathing, but won't open her eyes or answer. she's 58", True, "now", "unconscious_unresponsive"),
    ("Grandma (86) is slumped in her chair and only moans when I pinch her hand, she was fine at lunch. Her sugar meter says 112 so it's not that.", True, "now", "unconscious_unresponsive"),
    # head_injury
    ("My husband fell off the ladder cleaning gutters, hit his head on the driveway, he was out for a minute and now he keeps asking the same questions over and over and threw up twice.", True, "now", "head_injury"),
    ("Coworker got hit in the head by a falling pallet, he's awake but there's clear fluid coming out his nose and he's really drowsy. 20 minutes ago.", True, "now", "head_injury"),
    ("My mom (79, on warfarin) slipped on ice this morning and bumped her head, said she was fine, but now she has a terrible headache and is confused and one pupil looks bigger.", True, "now", "head_injury"),
    ("teenage son took a helmet to helmet hit at football an hour ago, now he's slurring, stumbling and can't remember the game. coach said walk it off", True, "now", "head_injury"),
]
