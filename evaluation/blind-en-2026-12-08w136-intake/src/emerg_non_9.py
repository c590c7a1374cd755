# Hard non-emergencies, kind mild_symptom (written by hand, writer 136)
# (text, kind, family)
ITEMS = [
    (
        "Hi,\n\nI'm 49. In 2016 I had a subarachnoid haemorrhage — the worst headache of my life, coiling at the "
        "Walton Centre. I recovered completely. I'm on amlodipine 5mg for blood pressure. My follow-up scans were "
        "clear and I was discharged in 2021.\n\nSince Sunday I've had a mild tension-type headache across my forehead "
        "and neck, 3/10, came on gradually after a long drive. Paracetamol takes the edge off. It's nothing like the "
        "bleed. I just get nervous with any headache now. Is this OK to manage at home?",
        "mild_symptom", "stroke",
    ),
    (
        "My 9 month old bumped her forehead on the coffee table this afternoon while cruising. She cried for a minute "
        "then went straight back to playing. There's a small red mark. She's feeding and babbling normally. Do I need "
        "to do anything?",
        "mild_symptom", "head_injury",
    ),
    (
        "Got a small paper cut type slice on my thumb from a tin lid. Bled a bit then stopped after a couple of "
        "minutes pressure. I'm on aspirin 75mg. It keeps oozing a tiny bit when I bend the thumb. Just a plaster?",
        "mild_symptom", "severe_bleeding",
    ),
    (
        "Dear doctor,\n\nMy son is 4 months old. He had his vaccinations yesterday (including MenB) and we gave the "
        "paracetamol as advised. Today he has a temperature of 37.9, he's a bit more sleepy than usual but waking for "
        "feeds and feeding well, plenty of wet nappies, and he smiled at me this morning. The injection site on his "
        "leg is a bit red and firm.\n\nIs this a normal vaccine reaction?",
        "mild_symptom", "febrile_infant",
    ),
    (
        "Mild stomach ache low on the right since this morning, comes and goes, I'd call it 3/10. I'm 22, female. "
        "Eating fine, no fever, no vomiting. Period is due in 2 days. Could it be ovulation or period pain rather than "
        "appendix?",
        "mild_symptom", "severe_abdominal_pain",
    ),
    (
        "I have a slight stiff neck after sleeping on a new pillow. Painful turning to the left. No fever, no "
        "headache, I feel well otherwise. I'm 35. How long will it take to loosen up?",
        "mild_symptom", "meningitis_signs",
    ),
    (
        "Hello,\n\nI'm 61. I had a heart attack and a stent in 2019 and a second stent in 2021. I've been stable "
        "since, doing cardiac rehab classes weekly. My meds: aspirin, bisoprolol 2.5mg, ramipril 5mg, atorvastatin "
        "80mg, and GTN spray which I've never needed.\n\nToday I noticed a small ache in my left shoulder blade when "
        "I raise my arm above my head — I was painting the ceiling yesterday. It's only on movement and it's sore to "
        "press. No chest pain, no breathlessness. Is this likely muscular from the painting?",
        "mild_symptom", "heart_attack",
    ),
    (
        "I've been a bit wheezy at night this week since the pollen count went up. I have mild asthma (brown "
        "inhaler twice a day). Using the blue one once at bedtime and it sorts it. I'm 30. Should I go up on the "
        "brown inhaler?",
        "mild_symptom", "breathing_difficulty",
    ),
    (
        "My toddler ate a bit of egg at breakfast and came up in a few red blotches around his mouth. That was an "
        "hour ago; they're fading now, he's playing and breathing fine, no swelling. He's 14 months. Could he be "
        "allergic to egg?",
        "mild_symptom", "anaphylaxis",
    ),
    (
        "Hi,\n\nI'm 26 weeks pregnant. With my first pregnancy in 2020 I had a bleed at 30 weeks and spent a week in "
        "hospital. This time has been straightforward. Since yesterday I've had a mild ache in the right side of my "
        "bump when I stand up quickly or turn over in bed — a sharp pull that goes in a second. No bleeding, no "
        "tightenings, baby's moving well.\n\nIs this round ligament pain?",
        "mild_symptom", "pregnancy_bleeding_or_pain",
    ),
    (
        "I'm 31 and my sugar was 11.2 two hours after a big pasta dinner, I have type 2 diabetes on metformin. I feel "
        "fine, bit thirsty. My fasting is usually around 7. Should I worry about one high reading?",
        "mild_symptom", "diabetic_emergency",
    ),
    (
        "Slight ache in my left testicle on and off for a week, worse at the end of the day. No swelling or lump I "
        "can feel, no sudden pain, I'm 26. Could it be from cycling? Do I need a scan?",
        "mild_symptom", "testicular_torsion",
    ),
    (
        "Hello,\n\nI'm 44. I had a pulmonary embolism in 2018 after surgery and was on rivaroxaban for a year. "
        "Today I got a bit breathless going up 3 flights of stairs carrying shopping — but I've also got a stinking "
        "cold with a blocked nose and a tickly cough, and I'm out of shape. My breathing at rest is completely normal, "
        "no chest pain, no leg swelling, oxygen 98%.\n\nAm I right to put this down to the cold?",
        "mild_symptom", "blood_clot_PE",
    ),
    (
        "My lower back has been achy since gardening at the weekend. It's a 4/10 ache, I can walk and drive. My "
        "bladder and bowel are normal, no numbness. I'm 48. Ibuprofen gel any good?",
        "mild_symptom", "cauda_equina",
    ),
    (
        "I have a small burn on my forearm from the oven shelf, about 3cm long. It's blistered slightly. I'm 39. "
        "Should I pop the blister or leave it?",
        "mild_symptom", "severe_burn",
    ),
    (
        "My 3 year old has had a tummy bug since yesterday, sick twice and a couple of runny poos. She's drinking "
        "squash in sips, had 3 wees today, wants to watch TV and is asking for toast. Can I give her toast?",
        "mild_symptom", "severe_dehydration_child",
    ),
    (
        "Hi,\n\nI'm 57, I had a small stroke in 2020 that left me with slight weakness in my left hand, which has "
        "stayed the same since. I'm on clopidogrel and a statin.\n\nFor the past month I've noticed pins and needles "
        "in my right thumb and first two fingers, mostly at night, wakes me up, and shaking my hand helps. My right "
        "side has always been fine otherwise. Could this be carpal tunnel? I use a mouse all day at work.",
        "mild_symptom", "stroke",
    ),
    (
        "Eye has been a bit red and gritty since yesterday with some sticky stuff in the morning. Vision is fine, "
        "not painful. I'm 28, don't wear contacts. Conjunctivitis? Do I need drops?",
        "mild_symptom", "vision_loss_sudden",
    ),
    (
        "I'm 40 and I've had a slight twinge in my chest when I take a really deep breath since I had a cough last "
        "week. It's just a pinch on the right side, I'm not breathless, no fever now. Is it from coughing?",
        "mild_symptom", "chest_pain_other",
    ),
    (
        "Dear doctor,\n\nMy mother is 79. She had sepsis from a kidney infection two years ago and was in intensive "
        "care, so we're all very jumpy. This week she's had a bit of burning when she passes water. Her temperature "
        "is 36.9, she's eating and chatting as normal, not confused, no back pain.\n\nCan she get a urine test at the "
        "pharmacy, or does she need the GP?",
        "mild_symptom", "sepsis_signs",
    ),
    (
        "I felt a bit lightheaded for a few seconds when I stood up quickly after a hot bath. Didn't fall, didn't pass "
        "out, fine straight after. I'm 34. Should I be concerned?",
        "mild_symptom", "unconscious_unresponsive",
    ),
    (
        "My 6 year old has a little cough after eating, like something went down the wrong way, once or twice a "
        "week. She's otherwise fine. Could it be reflux?",
        "mild_symptom", "choking",
    ),
    (
        "Hello,\n\nI'm 32. I had an ectopic pregnancy in 2021 that was treated with surgery (left tube removed). I'm "
        "now 5 weeks pregnant and had an early scan yesterday which showed the pregnancy in the womb. Today I've had "
        "very mild period-like cramps on and off, no bleeding, no shoulder pain, no dizziness.\n\nIs mild cramping "
        "normal this early now they've confirmed it's in the right place?",
        "mild_symptom", "ectopic_pregnancy",
    ),
    (
        "My 12 year old has a slight shake in his hands since starting his ADHD medicine. It's not a fit — he's "
        "fully aware, it's just a fine tremor when he holds his hands out. Should I tell the paediatrician?",
        "mild_symptom", "seizure",
    ),
]
