# Writer 62 - hard non-emergency items, part E: mild_symptom (alarming topic, mild presentation)
# Each item: (text, kind, family)

ITEMS = [
    (
        "Every now and then I get a sharp stabbing pain in my chest for a second or two when I breathe in, then it's gone. "
        "I'm 26, fit, work in a gym. Been happening on and off for a month. Heart?",
        "mild_symptom", "chest_pain_other",
    ),
    (
        "Left arm feels a bit achy and heavy after a day of stacking shelves, goes off overnight. No chest pain. I'm 37. "
        "Could it be my heart? My dad says left arm = heart.",
        "mild_symptom", "heart_attack",
    ),
    (
        "Woke up with pins and needles in my hand, went after shaking it. I slept on it funny I think. But I read numbness "
        "can be a stroke sign. I'm 33.",
        "mild_symptom", "stroke",
    ),
    (
        "Bit breathless after a cold that's been going 2 weeks, mostly when I climb the stairs at school, otherwise fine "
        "and can talk and teach normally. Post-viral?",
        "mild_symptom", "breathing_difficulty",
    ),
    (
        "My lip gets a little puffy when I eat kiwi, it goes down in half an hour by itself. No other symptoms ever. Is this "
        "going to turn into anaphylaxis one day?",
        "mild_symptom", "anaphylaxis",
    ),
    (
        "My 10 month old has a temp of 38.1 with a runny nose and a cough, he's still smiling, feeding and has plenty of "
        "wet nappies. Teething too. Just calpol and watch?",
        "mild_symptom", "febrile_infant",
    ),
    (
        "Toddler fell off the sofa (about knee height) onto carpet, cried straight away, had a cuddle and now playing "
        "normally, small red mark. Anything to watch?",
        "mild_symptom", "head_injury",
    ),
    (
        "Mild one sided cramp low down in my tummy, I'm about 5 weeks pregnant. It comes and goes, not strong, no bleeding, "
        "I feel fine otherwise. Scan is booked at 8 weeks. Normal stretching?",
        "mild_symptom", "ectopic_pregnancy",
    ),
    (
        "Light spotting, brownish, at 6 weeks pregnant, only when I wipe, no pain. The EPU said call if it gets heavier. "
        "Is light brown spotting common?",
        "mild_symptom", "pregnancy_bleeding_or_pain",
    ),
    (
        "Stiff neck from sleeping on a new pillow, I can still touch chin to chest, no fever, no headache. Warm compress?",
        "mild_symptom", "meningitis_signs",
    ),
    (
        "A bit shaky and sweaty before lunch at work, goes away when I eat. I'm not diabetic. Could it be low blood sugar?",
        "mild_symptom", "diabetic_emergency",
    ),
    (
        "Sore throat, temp 37.8, a bit achy. I'm a carer and worried because sepsis was in our training. I can still work "
        "and eat. Just a virus?",
        "mild_symptom", "sepsis_signs",
    ),
    (
        "Grazed my knee badly falling off my bike on deliveries, it bled a fair bit but stopped with pressure. Gravel in it. "
        "How do I clean it properly?",
        "mild_symptom", "severe_bleeding",
    ),
    (
        "Small burn on my forearm from the oven door at the bakery, blistered about 2cm, painful. It happened this morning. "
        "Should I cover it or let it breathe?",
        "mild_symptom", "severe_burn",
    ),
    (
        "My 3 year old has had a tummy bug for a day, threw up twice this morning but has kept water down since and has had "
        "2 wet nappies this afternoon. A bit quieter than usual. Just fluids?",
        "mild_symptom", "severe_dehydration_child",
    ),
    (
        "Dull ache in my left testicle after the gym, comes and goes for a week, no swelling, no sudden bad pain. "
        "I'm 24. Pulled something?",
        "mild_symptom", "testicular_torsion",
    ),
    (
        "Upper tummy ache and bloating after meals, mild, for about a week. Stressful time at work. Could it be gastritis? "
        "I'm eating and drinking fine.",
        "mild_symptom", "severe_abdominal_pain",
    ),
    (
        "Vision goes a bit blurry at the end of a long day on the computer and comes back when I rest. I'm 44. Do I need "
        "reading glasses or is it something worse?",
        "mild_symptom", "vision_loss_sudden",
    ),
    (
        "Calf cramp at night, a couple of times a week, gone by the morning. Leg looks normal. I'm on my feet all day at the "
        "supermarket. Is that a clot?",
        "mild_symptom", "blood_clot_PE",
    ),
    (
        "Back ache after a long drive for work, stiff when I get out of the cab. Goes after a walk. No numbness or leg "
        "problems. I'm 45.",
        "mild_symptom", "cauda_equina",
    ),
    (
        "Sometimes my food feels like it goes down the wrong way and I cough, maybe once a week, clears quickly. I'm 70. "
        "Should I get my swallowing checked?",
        "mild_symptom", "choking",
    ),
    (
        "I get a funny jerk as I'm falling asleep, like falling off a step, and it wakes me up. Is that a kind of seizure?",
        "mild_symptom", "seizure",
    ),
    (
        "Felt faint in a hot crowded train on the way to work, went dizzy and grey round the edges, sat down and it passed "
        "in a minute. Didn't actually pass out. Should I get checked?",
        "mild_symptom", "unconscious_unresponsive",
    ),
    (
        "I took two extra ibuprofen by mistake today (so 6 x 200mg in total). I feel fine, just a bit of a stomach ache. "
        "Is that dangerous?",
        "mild_symptom", "overdose_poisoning",
    ),
    (
        "Bit of a tight chest and wheeze in the cold mornings when I'm gritting the roads for the council, settles once I'm "
        "in the truck. Should I get an inhaler?",
        "mild_symptom", "breathing_difficulty",
    ),
    (
        "Had a headache on and off this week, behind my eyes, worse at the screen, gone with paracetamol. Not the worst "
        "ever, nothing sudden. Stress?",
        "mild_symptom", "stroke",
    ),
    (
        "Heart skips a beat now and then when I'm lying in bed, a flutter, then normal. No dizziness or pain. 35, "
        "drink a lot of coffee on shift.",
        "mild_symptom", "chest_pain_other",
    ),
]
