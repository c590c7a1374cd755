# Hand-written emergency items: kind "now" (true emergencies), part A.
# Each item: (text, emergency, kind, family)

def now(text, family):
    return (text, True, "now", family)

ITEMS = [
    # heart_attack
    now("My husband is 61 and he's sat on the sofa grey and sweating, says his chest feels like an elephant is sat on it and his left arm "
        "is heavy. Started about 20 minutes ago. He says it's indigestion and not to fuss. Is it?", "heart_attack"),
    now("crushing pain in my chest going up into my jaw, feel sick and clammy, on my own at home. 55. can i just take an aspirin and wait",
        "heart_attack"),
    now("Dad (78) has had a tight chest for the last half hour, he took his GTN spray twice and it's not easing at all, he's short of breath "
        "and his lips look a bit blue. We're in Cork. What do I do", "heart_attack"),
    now("I'm at work, 48 female, and I've had this awful pressure in my upper back and between my shoulders for 40 mins, I'm sweating "
        "buckets and I threw up. Diabetic. Colleague says it's a pulled muscle?", "heart_attack"),
    now("Mum's just gone really pale, says her chest is squeezing and she can't get comfortable, and the pain's going down both arms. "
        "She had a stent put in 2019. Happening right now.", "heart_attack"),
    now("Heavy chest pain came on while I was mowing the lawn, stopped, sat down, 25 minutes later it's still there and spreading to my "
        "neck. Feel lightheaded. 66, smoker.", "heart_attack"),
    # stroke
    now("my nan's face has dropped on one side just now and her words are coming out all jumbled, she can't lift her right arm. "
        "she was fine at lunch. what do we do", "stroke"),
    now("Husband woke up from a nap 10 minutes ago and can't speak properly, his mouth is lopsided and he keeps dropping his tea. "
        "He's 70. Could it be the tablets?", "stroke"),
    now("Sudden worst headache of my life about 15 min ago, like being hit with a bat, now I'm vomiting and my neck is stiff. 42F.",
        "stroke"),
    now("Father-in-law is slurring and his left leg has gone weak, he can't stand up from the chair. Started about half an hour ago. "
        "He had a bit of wine but not much. Should we let him sleep it off?", "stroke"),
    now("I'm typing with one hand because my left hand and arm went numb and floppy all of a sudden and the left side of my face "
        "feels strange. 57. Started 5 mins ago", "stroke"),
    now("Mam's talking gibberish and can't find her words, and she can't see out of one side. It came on while she was making "
        "the dinner. She's 74 and has AF.", "stroke"),
    # breathing_difficulty
    now("My son is 6 and has asthma, he's had 10 puffs of his blue inhaler through the spacer and he's still struggling, sucking in "
        "between his ribs and can't finish a sentence. What now?", "breathing_difficulty"),
    now("can't breathe properly, it's getting worse, lips feel tingly and I can only say a couple of words at a time. 34. been like this "
        "an hour", "breathing_difficulty"),
    now("Granddad has COPD and today he's really struggling, he's breathing really fast, his lips are blue and he's getting drowsy and "
        "confused. His nebuliser hasn't helped.", "breathing_difficulty"),
    now("Baby is 5 months, got a cold, but now she's grunting with each breath and her tummy is sucking in under her ribs, she won't feed "
        "and she's pale. Is this bronchiolitis?", "breathing_difficulty"),
    now("I'm 28, my chest is so tight I can't get air in, my peak flow is 150 when my best is 480, and the inhaler isn't doing anything.",
        "breathing_difficulty"),
    # anaphylaxis
    now("My daughter (9, peanut allergy) just ate a biscuit at a party, her lips and tongue are swelling up and she's saying her throat "
        "feels tight and scratchy. We have an EpiPen but I've never used it. Do I use it??", "anaphylaxis"),
    now("Stung by a bee 5 min ago and now my face is swelling, hives everywhere and I'm wheezy and dizzy. 40. never reacted before",
        "anaphylaxis"),
    now("husband had a prawn curry and now his throat is closing he says, voice is hoarse and he's all blotchy. he's had an antihistamine "
        "but it's worse. what do i do", "anaphylaxis"),
    now("Just took the first dose of amoxicillin for a chest infection and within 20 mins my tongue feels huge, I've got hives and I "
        "feel like I'm going to pass out.", "anaphylaxis"),
    now("Toddler tried scrambled egg for the first time and is now covered in hives, vomiting, and her breathing sounds noisy and "
        "wheezy. She's floppy.", "anaphylaxis"),
    # severe_bleeding
    now("Cut my hand on a broken glass in the sink, it's spurting, like pumping out with my heartbeat, and a towel is soaked through "
        "already. I'm on my own.", "severe_bleeding"),
    now("My dad's fallen onto the garden shears and there's a deep gash in his thigh, blood is pouring out and won't stop with pressure. "
        "He's going grey.", "severe_bleeding"),
    now("my nose has been pouring blood for 45 minutes, i've pinched it the whole time, I'm on warfarin and now I feel faint and I've "
        "been sick blood", "severe_bleeding"),
    now("Husband's vomiting bright red blood, a lot, about a cup full twice now. He has liver problems from drinking. He's dizzy.",
        "severe_bleeding"),
    now("Chainsaw slipped, my brother's forearm is cut to the bone and bleeding heavily. We're on the farm, 30 min from town. "
        "I've got a belt round it. What else do I do", "severe_bleeding"),
    # suicidal_intent
    now("I've got all of my tablets lined up in front of me and I'm going to take them tonight once everyone's asleep. I just wanted "
        "to tell someone.", "suicidal_intent"),
    now("this is my last message. i'm on the bridge. sorry to whoever reads this", "suicidal_intent"),
    now("My son (19) just rang me saying goodbye and that he's going to kill himself, he's not picking up now. He's in his flat alone. "
        "What do I do?", "suicidal_intent"),
    now("I've written my notes for my kids and I have a rope. I don't want help, I just want to know if it hurts.", "suicidal_intent"),
    now("My partner has locked himself in the garage with the car running and he's saying he wants to die. I can hear the engine.",
        "suicidal_intent"),
    # self_harm
    now("I cut my arm tonight and this time it's deep, I can see yellow stuff and it won't stop bleeding even with a towel pressed on it. "
        "please don't tell my parents", "self_harm"),
    now("My daughter (15) has just burnt herself with a lighter and a hot knife on her thigh, big blistered areas, and she's shaking "
        "and won't let me look properly.", "self_harm"),
    now("I just hurt myself again with a razor on my wrist, it's bleeding a lot more than usual and I'm feeling dizzy and cold.",
        "self_harm"),
    now("Found my flatmate in the bathroom, she's cut her legs and there's blood all over the floor, she's conscious but really woozy.",
        "self_harm"),
    # overdose_poisoning
    now("My 2 year old got into my handbag and has eaten some of my iron tablets, maybe 8 or 10, about 20 minutes ago. "
        "He seems ok so far.", "overdose_poisoning"),
    now("I took 30 paracetamol about an hour ago. I regret it now. I feel fine though. Do I need to do anything?", "overdose_poisoning"),
    now("Mum's accidentally taken her whole week's dosette box at once, all of it, this morning. That includes digoxin and warfarin. "
        "She's 84 and feeling sick and her pulse is slow.", "overdose_poisoning"),
    now("Friend took something at a festival and now he's really hot, sweating, jaw clenching, and talking nonsense, his heart is "
        "going like crazy. We're in the tent.", "overdose_poisoning"),
    now("Toddler has drunk some of the dishwasher liquid from the tablet pouch, she's drooling and crying and coughing. It just happened.",
        "overdose_poisoning"),
    now("Husband's breathing is really slow and snoring-like and I can't wake him properly, his pupils are tiny. He's on oxycodone "
        "and had a few drinks.", "overdose_poisoning"),
    # seizure
    now("My son is having a fit right now, jerking all over, it's been going about 6 minutes. He's never had one before. He's 10.",
        "seizure"),
    now("Wife has epilepsy and she's had two seizures in a row and hasn't woken up between them. Her buccal midazolam is in the car.",
        "seizure"),
    now("A man has collapsed on the train platform and is shaking and foaming at the mouth, I'm with him, it's been a few minutes.",
        "seizure"),
    now("Pregnant 36 weeks and my sister just had a seizure on the kitchen floor, she's never had one. She's had a headache all day.",
        "seizure"),
    now("Baby 8 months having a fit with a high temperature, eyes rolled back, stiff and twitching, going on 5 mins now and not stopping.",
        "seizure"),
    # unconscious_unresponsive
    now("I've just found my grandad on the kitchen floor and he won't wake up, he's breathing but not responding when I shout or shake him.",
        "unconscious_unresponsive"),
    now("my mate passed out after drinking and we can't wake him, he's cold and his breathing is weird and gurgly", "unconscious_unresponsive"),
    now("Mum collapsed in the shower and she's not responding, I can't tell if she's breathing. I'm 14.", "unconscious_unresponsive"),
    now("Elderly lady next door didn't answer so I went round with the key, she's in her chair, eyes half open, won't respond to me at all.",
        "unconscious_unresponsive"),
    # head_injury
    now("My 4 year old fell off the top bunk onto his head about an hour ago and he's been sick three times now and is really sleepy.",
        "head_injury"),
    now("Dad (81) slipped on the ice and cracked his head on the step. He's on apixaban. There's a lump and he's a bit confused, "
        "repeating himself.", "head_injury"),
    now("Got hit in the head during the hurling match, was knocked out for maybe a minute, now I've got a really bad headache and "
        "blurry vision. 24.", "head_injury"),
    now("My teenage daughter fell off a horse, hit her head, she had a helmet but now clear watery fluid is dripping from her nose "
        "and she says she feels weird.", "head_injury"),
    now("Husband fell off a ladder onto concrete, headfirst. He came round but one pupil is bigger than the other and he's getting "
        "drowsier by the minute.", "head_injury"),
    # febrile_infant
    now("Our baby is 6 weeks old and her temp is 38.4 under the arm. She's feeding a bit less than normal. Do we just give Calpol?",
        "febrile_infant"),
    now("newborn (11 days) feels hot, thermometer says 38.2, he's sleepy and not really waking for feeds", "febrile_infant"),
    now("My 2 month old has a fever of 38.6 since this evening and is a bit grizzly. He's had his jabs last week but that was 5 days ago.",
        "febrile_infant"),
    now("Baby is 9 weeks, temperature 38.9 and she's floppy and a bit mottled on her legs. Should I wait till the GP opens?",
        "febrile_infant"),
    now("Hi, my little boy is 4 weeks old and his temp is 37.9 then 38.3 now an hour later, he's crying a high pitched cry and won't "
        "settle.", "febrile_infant"),
    # meningitis_signs
    now("My 3 year old has a high temp and now there are little purple spots on her legs that don't fade when I press a glass on them. "
        "She's very drowsy.", "meningitis_signs"),
    now("Student son rang from uni, says he's got a splitting headache, stiff neck, can't stand the light and he's been vomiting. "
        "His flatmate is with him.", "meningitis_signs"),
    now("Baby's fontanelle is bulging, she's got a fever and won't stop this weird moaning cry. 7 months.", "meningitis_signs"),
    now("I'm 18 and have a fever, neck is so stiff I can't touch my chin to my chest, and there's a blotchy rash appearing on my "
        "arms. Started this afternoon.", "meningitis_signs"),
]
