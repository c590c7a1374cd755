ITEMS = [
    # unconscious_unresponsive
    {"text": "found my dad on the bathroom floor, hes breathing but wont wake up no matter how much i shake him", "emergency": True, "kind": "now", "family": "unconscious_unresponsive"},
    {"text": "my friend passed out at the party and isnt responding at all, we cant tell if shes breathing", "emergency": True, "kind": "now", "family": "unconscious_unresponsive"},
    {"text": "grandma wont respond to us, eyes half open, just staring, not answering anything, she was fine at lunch", "emergency": True, "kind": "now", "family": "unconscious_unresponsive"},
    {"text": "guy collapsed in front of me at the bus stop and hes not moving, no pulse i think, what do i do", "emergency": True, "kind": "now", "family": "unconscious_unresponsive"},
    {"text": "my wife fainted and its been like 3 minutes and she still hasnt come round, shes pale and sweaty", "emergency": True, "kind": "now", "family": "unconscious_unresponsive"},
    # head_injury
    {"text": "my son fell off the monkey bars and hit his head, hes thrown up 3 times and is really sleepy and not making sense", "emergency": True, "kind": "now", "family": "head_injury"},
    {"text": "dad 79 on blood thinners fell backwards and hit his head on the step, now hes confused and has a bad headache", "emergency": True, "kind": "now", "family": "head_injury"},
    {"text": "got hit in the head with a bat, was knocked out for a bit, now theres clear fluid coming out of my nose and my head is pounding", "emergency": True, "kind": "now", "family": "head_injury"},
    {"text": "baby rolled off the bed onto tile, big soft swelling on the side of her head and shes not crying just really quiet and floppy", "emergency": True, "kind": "now", "family": "head_injury"},
    {"text": "bf crashed his bike no helmet, one pupil looks bigger than the other and hes slurring and keeps asking the same thing", "emergency": True, "kind": "now", "family": "head_injury"},
    # febrile_infant
    {"text": "my baby is 5 weeks old and has a temp of 38.3, shes feeding less than normal", "emergency": True, "kind": "now", "family": "febrile_infant"},
    {"text": "newborn 10 days old feels really hot, thermometer says 38.6, hes sleepy and not waking for feeds", "emergency": True, "kind": "now", "family": "febrile_infant"},
    {"text": "2 month old has a fever of 39 after crying all evening and now shes floppy and wont take the bottle", "emergency": True, "kind": "now", "family": "febrile_infant"},
    {"text": "my 6 week old son is 38.1 under the arm and breathing kinda fast, hes never been sick before", "emergency": True, "kind": "now", "family": "febrile_infant"},
    {"text": "7 wk old baby burning up, 38.9 rectal, mottled legs and a weak cry", "emergency": True, "kind": "now", "family": "febrile_infant"},
    # meningitis_signs
    {"text": "my daughter 15 has high fever, stiff neck, cant stand the light and now theres purple spots that dont fade when i press a glass on them", "emergency": True, "kind": "now", "family": "meningitis_signs"},
    {"text": "roommate has had a bad headache and fever since this morning, now she cant bend her neck and is getting confused", "emergency": True, "kind": "now", "family": "meningitis_signs"},
    {"text": "toddler has a fever and a rash of tiny dark red dots on his legs that dont go away with the glass test, hes very drowsy", "emergency": True, "kind": "now", "family": "meningitis_signs"},
    {"text": "uni student here, fever 39.5, worst headache ever, neck so stiff i cant touch chin to chest and lights hurt, getting worse by the hour", "emergency": True, "kind": "now", "family": "meningitis_signs"},
    {"text": "baby's soft spot is bulging and shes got a fever and a high pitched cry i've never heard before", "emergency": True, "kind": "now", "family": "meningitis_signs"},
    # severe_abdominal_pain
    {"text": "stomach pain started around my belly button and moved to the lower right, its unbearable now, cant walk straight, fever and throwing up", "emergency": True, "kind": "now", "family": "severe_abdominal_pain"},
    {"text": "dad 72 has sudden tearing pain in his belly going to his back and hes pale and sweaty, he has an aneurysm they were watching", "emergency": True, "kind": "now", "family": "severe_abdominal_pain"},
    {"text": "worst pain of my life in my stomach, its rock hard and i cant move without screaming, came on an hour ago", "emergency": True, "kind": "now", "family": "severe_abdominal_pain"},
    {"text": "my belly is super swollen and i havent pooped or farted in 3 days and now im vomiting green stuff and the pain is awful", "emergency": True, "kind": "now", "family": "severe_abdominal_pain"},
    {"text": "son is 3, keeps screaming and pulling his knees up every few minutes and now theres red jelly stuff in his nappy", "emergency": True, "kind": "now", "family": "severe_abdominal_pain"},
    # pregnancy_bleeding_or_pain
    {"text": "32 weeks pregnant and suddenly bleeding a lot, bright red, and my belly is hard and hurts constantly", "emergency": True, "kind": "now", "family": "pregnancy_bleeding_or_pain"},
    {"text": "im 35 wks, terrible headache, seeing flashing lights and pain under my ribs on the right, my face is swelling", "emergency": True, "kind": "now", "family": "pregnancy_bleeding_or_pain"},
    {"text": "wife is 28 weeks and her waters just broke and theres blood, shes having contractions close together", "emergency": True, "kind": "now", "family": "pregnancy_bleeding_or_pain"},
    {"text": "had my baby 4 days ago and now im soaking a pad every 20 min with big clots and feel faint", "emergency": True, "kind": "now", "family": "pregnancy_bleeding_or_pain"},
    {"text": "38 wks and havent felt the baby move at all today and now im having cramps and some bleeding", "emergency": True, "kind": "now", "family": "pregnancy_bleeding_or_pain"},
    # diabetic_emergency
    {"text": "my husband is type 1 and hes sweaty shaky and talking nonsense, i tried juice but he wont swallow, getting more out of it", "emergency": True, "kind": "now", "family": "diabetic_emergency"},
    {"text": "son is 12 with type 1, meter says HI, hes been vomiting all morning, breathing deep and fast and his breath smells fruity", "emergency": True, "kind": "now", "family": "diabetic_emergency"},
    {"text": "mom is diabetic on insulin and i found her passed out and sweaty, sugar reads 1.9", "emergency": True, "kind": "now", "family": "diabetic_emergency"},
    {"text": "my sugar is 32 mmol and i cant stop peeing and throwing up and feel so confused and weak", "emergency": True, "kind": "now", "family": "diabetic_emergency"},
    {"text": "my teen daughter took too much insulin by mistake, shes having a fit now and is not answering", "emergency": True, "kind": "now", "family": "diabetic_emergency"},
    # sepsis_signs
    {"text": "my dad had a uti and now hes shivering uncontrollably, confused, breathing fast and his skin looks blotchy and hes not peed all day", "emergency": True, "kind": "now", "family": "sepsis_signs"},
    {"text": "wound from my surgery is red hot and oozing and now im 40 degrees, heart racing 130 and i feel like im dying", "emergency": True, "kind": "now", "family": "sepsis_signs"},
    {"text": "mum's on chemo and just spiked a fever of 38.7 and is shaking and feels terrible", "emergency": True, "kind": "now", "family": "sepsis_signs"},
    {"text": "wife has pneumonia on antibiotics but tonight shes cold and clammy, lips blueish, super confused and her bp on our machine is 80/40", "emergency": True, "kind": "now", "family": "sepsis_signs"},
    {"text": "leg infection spreading fast, red streaks going up my thigh, fever, feel faint when i stand, and i cant think straight", "emergency": True, "kind": "now", "family": "sepsis_signs"},
    # severe_burn
    {"text": "my toddler pulled a pot of boiling water off the stove onto his chest and arms, skin is peeling off, hes screaming", "emergency": True, "kind": "now", "family": "severe_burn"},
    {"text": "grease fire, my husband's hand and face are burned, white and leathery patches and his eyebrows are singed, coughing", "emergency": True, "kind": "now", "family": "severe_burn"},
    {"text": "got caustic drain cleaner splashed in my face and eye just now, burning like crazy, rinsing it under the tap", "emergency": True, "kind": "now", "family": "severe_burn"},
    {"text": "friend got electrocuted fixing the light, burn mark on his hand and hes confused and his heart feels irregular", "emergency": True, "kind": "now", "family": "severe_burn"},
    {"text": "bonfire accident, my leg from knee to ankle is burned, big blisters and some black bits, doesnt even hurt in places", "emergency": True, "kind": "now", "family": "severe_burn"},
]
