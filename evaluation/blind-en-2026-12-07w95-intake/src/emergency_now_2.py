# emergency items, kind now (part 2), written by hand by writer 95
ITEMS = [
    # seizure
    {"text": "my wife is fitting on the floor and it's been going 6 minutes now, she's never had one before", "emergency": True, "kind": "now", "family": "seizure"},
    {"text": "my son (8) is having a fit, jerking all over, his lips are going blue, it's been 5 minutes", "emergency": True, "kind": "now", "family": "seizure"},
    {"text": "Our jackaroo just collapsed in the yards in this heat, it's 45 degrees, and he's fitting and burning hot to touch", "emergency": True, "kind": "now", "family": "seizure"},
    {"text": "She had one seizure, it stopped, and now she's having another one and she never woke up in between", "emergency": True, "kind": "now", "family": "seizure"},
    {"text": "My brother has epilepsy but the seizure he's having right now has gone over 5 minutes and the midazolam we gave him hasn't stopped it", "emergency": True, "kind": "now", "family": "seizure"},
    # unconscious_unresponsive
    {"text": "found my dad on the kitchen floor, he's breathing but I can't wake him up no matter what I do", "emergency": True, "kind": "now", "family": "unconscious_unresponsive"},
    {"text": "I'm mum's carer. She's slumped in her chair and won't respond to her name or when I squeeze her hand. Her breathing is snory.", "emergency": True, "kind": "now", "family": "unconscious_unresponsive"},
    {"text": "farmhand collapsed out in the sun after fencing all day, he was talking rubbish and now he won't respond at all, skin hot and dry", "emergency": True, "kind": "now", "family": "unconscious_unresponsive"},
    {"text": "my mate passed out after drinking heaps and now I cant wake him, he's vomited and his breathing is really slow", "emergency": True, "kind": "now", "family": "unconscious_unresponsive"},
    {"text": "pulled my little girl out of the river, she's not breathing and she's floppy, i don't know CPR", "emergency": True, "kind": "now", "family": "unconscious_unresponsive"},
    # head_injury
    {"text": "my son came off the quad bike with no helmet and hit his head on a rock. he's vomited three times and keeps asking the same question over and over", "emergency": True, "kind": "now", "family": "head_injury"},
    {"text": "Husband fell off the shed roof, about 3 metres, landed on his head. He was out for a minute, now he's confused and there's clear fluid dripping out his nose.", "emergency": True, "kind": "now", "family": "head_injury"},
    {"text": "horse threw me and I hit my head, now I've got the worst headache of my life and I keep throwing up, it's been 30 min since the fall", "emergency": True, "kind": "now", "family": "head_injury"},
    {"text": "Nan slipped and hit her head on the bath. She's on blood thinners, she's getting drowsier by the minute and one pupil looks bigger than the other.", "emergency": True, "kind": "now", "family": "head_injury"},
    {"text": "baby rolled off the change table onto the tiles, there's a big soft swelling on the side of her head and she's very sleepy and just vomited", "emergency": True, "kind": "now", "family": "head_injury"},
    # febrile_infant
    {"text": "my 5 week old has a temp of 38.4 and isn't feeding properly", "emergency": True, "kind": "now", "family": "febrile_infant"},
    {"text": "bub is 2 months old, 38.6 fever, floppy and hard to wake for feeds", "emergency": True, "kind": "now", "family": "febrile_infant"},
    {"text": "Our 6 week old is burning up, 38.9, crying weakly. We're 2 hrs from the hospital at Charleville. Should we drive or call?", "emergency": True, "kind": "now", "family": "febrile_infant"},
    {"text": "10 day old baby feels hot, thermometer says 38.1, and she's grunting and not interested in the breast", "emergency": True, "kind": "now", "family": "febrile_infant"},
    {"text": "My 7 week old boy has a fever of 38.3 tonight and he's much sleepier than normal, barely fed since lunch.", "emergency": True, "kind": "now", "family": "febrile_infant"},
    # meningitis_signs
    {"text": "my 16 yo son has a fever, stiff neck, says the light hurts his eyes, and now there's little purple spots on his legs that don't fade when I press a glass on them", "emergency": True, "kind": "now", "family": "meningitis_signs"},
    {"text": "Uni roommate has a massive headache, vomiting, her neck is so stiff she can't touch her chin to her chest and she's getting confused", "emergency": True, "kind": "now", "family": "meningitis_signs"},
    {"text": "Toddler has a fever and a rash of dark purple spots spreading on her tummy, she's floppy and just whimpering", "emergency": True, "kind": "now", "family": "meningitis_signs"},
    {"text": "fever 39.5, worst headache ever, can't bend my neck, and im getting really drowsy. im alone in a hostel in Cairns", "emergency": True, "kind": "now", "family": "meningitis_signs"},
    {"text": "Our 9 month old has a fever, the soft spot on his head is bulging, he has a high pitched cry we can't settle and he's really drowsy between cries", "emergency": True, "kind": "now", "family": "meningitis_signs"},
    # severe_abdominal_pain
    {"text": "pain started 3 hours ago round my belly button, now it's low on the right and I can't stand up straight, fever and vomiting", "emergency": True, "kind": "now", "family": "severe_abdominal_pain"},
    {"text": "Dad is 72, sudden terrible pain in his belly going through to his back, pale and sweaty and says he feels faint. They've been watching an aneurysm.", "emergency": True, "kind": "now", "family": "severe_abdominal_pain"},
    {"text": "agonising pain in my stomach came on suddenly, my belly is hard as a board, can't move, vomiting. I have a stomach ulcer.", "emergency": True, "kind": "now", "family": "severe_abdominal_pain"},
    {"text": "my 10 yo son has been curled up with belly pain for 6 hours, now vomiting green stuff and his tummy is swollen", "emergency": True, "kind": "now", "family": "severe_abdominal_pain"},
    {"text": "I've had gallstones before but this is different, pain is unbearable, my eyes have gone yellow and I'm shaking with a fever of 39", "emergency": True, "kind": "now", "family": "severe_abdominal_pain"},
    # pregnancy_bleeding_or_pain
    {"text": "I'm 34 weeks pregnant and bleeding heavily, soaking pads, with a constant tummy pain that won't ease off", "emergency": True, "kind": "now", "family": "pregnancy_bleeding_or_pain"},
    {"text": "30 weeks pregnant, sudden bad headache, seeing flashing lights and pain under my right ribs, my feet and face swelled heaps today", "emergency": True, "kind": "now", "family": "pregnancy_bleeding_or_pain"},
    {"text": "26 weeks and having regular tightenings every 5 minutes and a gush of fluid just came out. we're on the station 3 hours from town", "emergency": True, "kind": "now", "family": "pregnancy_bleeding_or_pain"},
    {"text": "I'm 38 weeks and haven't felt the baby move since last night, and now I'm bleeding", "emergency": True, "kind": "now", "family": "pregnancy_bleeding_or_pain"},
    {"text": "12 weeks pregnant, bleeding through a pad every 30 minutes with big clots and I'm dizzy", "emergency": True, "kind": "now", "family": "pregnancy_bleeding_or_pain"},
    # diabetic_emergency
    {"text": "my husband is type 1 and he's sweaty, confused and getting aggressive, his sugar reads 1.8 and he won't eat anything", "emergency": True, "kind": "now", "family": "diabetic_emergency"},
    {"text": "son is 13 and type 1, vomiting all morning, breathing deep and fast, breath smells like nail polish remover, ketones are high on the meter", "emergency": True, "kind": "now", "family": "diabetic_emergency"},
    {"text": "Mum's diabetic and she's gone really drowsy, I can't get her to swallow any juice, the glucometer just says LO", "emergency": True, "kind": "now", "family": "diabetic_emergency"},
    {"text": "Not diabetic that I know of but I've been weeing heaps and drinking heaps for weeks, now I'm vomiting and breathing funny and dad's meter says HI", "emergency": True, "kind": "now", "family": "diabetic_emergency"},
    {"text": "mate's insulin pump died on the fishing trip yesterday, now he's vomiting, belly pain, confused, sugar 28", "emergency": True, "kind": "now", "family": "diabetic_emergency"},
]
