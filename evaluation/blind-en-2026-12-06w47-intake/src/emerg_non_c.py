# Hard non-emergencies, part 3: medicine_question, chronic_stable, mild_symptom. (text, kind, family)

ITEMS = [
    # medicine_question
    ("Can I take ibuprofen for a sore knee while I'm on apixaban for my old clot?", "medicine_question",
     "blood_clot_PE"),
    ("Should I carry aspirin in my wallet in case I ever have a heart attack? I'm 50 with no heart problems.",
     "medicine_question", "heart_attack"),
    ("My son's EpiPen expired last month and the pharmacy can't get a new one until next week. Is the old one "
     "still usable if needed?", "medicine_question", "anaphylaxis"),
    ("What's the maximum paracetamol per day for my husband? He's 70 kg and takes it for arthritis.",
     "medicine_question", "overdose_poisoning"),
    ("Can I keep taking levetiracetam for my epilepsy while breastfeeding?", "medicine_question", "seizure"),
    ("I've just started fluoxetine and the leaflet says it can cause suicidal thoughts in young people. I'm 19 "
     "and not having any. Should I be worried about starting it?", "medicine_question", "suicidal_intent"),
    ("My son was just prescribed a glucagon kit for his type 1. How exactly do we use it and when?",
     "medicine_question", "diabetic_emergency"),
    ("Is it safe to stop clopidogrel for a tooth extraction? I had a stroke in 2020.", "medicine_question",
     "stroke"),
    ("What dose of paracetamol can I give my 3 month old after her jabs? She's 6 kg.", "medicine_question",
     "febrile_infant"),
    ("Can I use my Symbicort as a reliever as well as twice daily? My old GP in Dublin said yes, new one isn't "
     "sure.", "medicine_question", "breathing_difficulty"),
    ("My GTN spray gives me a pounding headache every time I use it for my angina. Is that normal?",
     "medicine_question", "chest_pain_other"),
    ("Can turmeric supplements make me bleed more on warfarin?", "medicine_question", "severe_bleeding"),
    ("Mum has been on low-dose trimethoprim every night since her sepsis last year to prevent UTIs. Is that "
     "safe long term?", "medicine_question", "sepsis_signs"),
    ("Does my daughter need the MenACWY booster before starting university in Cardiff?", "medicine_question",
     "meningitis_signs"),
    ("Is labetalol safe for the baby? I'm 24 weeks and my BP has been creeping up.", "medicine_question",
     "pregnancy_bleeding_or_pain"),
    ("After methotrexate for my ectopic, how long do I have to wait before trying again and taking folic "
     "acid?", "medicine_question", "ectopic_pregnancy"),
    ("Our 16 year old's sertraline is being increased. Is there anything about self-harm risk we should watch "
     "for with the higher dose?", "medicine_question", "self_harm"),
    ("Can I give my 7 year old ibuprofen for the bump on his head? The GP checked him and he's fine otherwise.",
     "medicine_question", "head_injury"),
    ("Can my glaucoma eye drops cause headaches and a slow pulse?", "medicine_question", "vision_loss_sudden"),
    ("Is silver sulfadiazine cream okay on a small healed burn on the face, or just for the body?",
     "medicine_question", "severe_burn"),
    ("Does naproxen make it more likely for someone with a history of stomach ulcers to bleed? My dad takes it "
     "for his back.", "medicine_question", "severe_bleeding"),
    # chronic_stable
    ("I've had epilepsy for 15 years, seizure-free for the last five on lamotrigine. Can I go scuba diving?",
     "chronic_stable", "seizure"),
    ("Dad has COPD, stable, uses his inhalers and walks to the shop daily. Should he have the flu and the "
     "pneumonia vaccines this year?", "chronic_stable", "breathing_difficulty"),
    ("Five years after my heart attack I only get angina on steep hills, and GTN settles it. Can I take up "
     "golf?", "chronic_stable", "heart_attack"),
    ("Type 1 diabetic for 20 years, HbA1c 6.8, no hypos that needed help in years. Can I do a half marathon?",
     "chronic_stable", "diabetic_emergency"),
    ("I'm on lifelong warfarin for recurrent DVTs, INR has been stable between 2 and 3 for a year. Can I switch "
     "to a newer tablet?", "chronic_stable", "blood_clot_PE"),
    ("I've had passive suicidal thoughts on and off for years, no plans, I see a psychiatrist and have a safety "
     "plan. How do I cope with them during exam season?", "chronic_stable", "suicidal_intent"),
    ("I've been free of self-harm for 18 months. The urges still come occasionally, mostly when I'm tired. Any "
     "coping skills that work?", "chronic_stable", "self_harm"),
    ("Since my stroke four years ago I've had a weak left hand, stable now. Are there any new therapies worth "
     "trying?", "chronic_stable", "stroke"),
    ("My Crohn's is well controlled on Humira, I just get occasional mild cramps after greasy food. Can I go "
     "backpacking in South East Asia?", "chronic_stable", "severe_abdominal_pain"),
    ("I've had a bee venom allergy all my life and always carry two EpiPens. We're going on safari in Kenya. "
     "Anything extra I should pack?", "chronic_stable", "anaphylaxis"),
    ("Stable angina for six years, predictable, only with heavy lifting. My cardiologist is happy. Can I have "
     "sex without worrying?", "chronic_stable", "chest_pain_other"),
    ("I've been blind in my left eye since birth. What checks should I have to protect my good eye?",
     "chronic_stable", "vision_loss_sudden"),
    ("I've had permanent bladder issues since cauda equina years ago and self-catheterise. How do I cut down on "
     "UTIs?", "chronic_stable", "cauda_equina"),
    ("I had a traumatic brain injury eight years ago. The fatigue and headaches are stable now but I want to "
     "go back to full-time work. Tips?", "chronic_stable", "head_injury"),
    ("My spleen was removed after a car accident so I take penicillin daily. Do I need any extra vaccines "
     "before travelling to Ghana?", "chronic_stable", "sepsis_signs"),
    ("I have von Willebrand disease and my heavy periods are managed with tranexamic acid. Is a Mirena a good "
     "option for me?", "chronic_stable", "severe_bleeding"),
    ("I have vasovagal syncope and faint a few times a year, mostly at blood tests. Any tips to prevent it?",
     "chronic_stable", "unconscious_unresponsive"),
    ("I've been on a stable methadone dose for three years. Can I travel to Thailand with it?",
     "chronic_stable", "overdose_poisoning"),
    ("My son lost his hearing from meningitis as a baby. He's 6 and has hearing aids. Is a cochlear implant "
     "worth considering?", "chronic_stable", "meningitis_signs"),
    ("My asthma is well controlled on Seretide, I haven't needed my reliever in months. Is it okay to start "
     "swimming laps?", "chronic_stable", "breathing_difficulty"),
    # mild_symptom
    ("Bumped my head on the kitchen cupboard door, small tender lump, no other symptoms at all. Anything to "
     "do?", "mild_symptom", "head_injury"),
    ("I'm 16 and sometimes get a sharp pain in my chest for a second when I breathe in deeply, then it's gone. "
     "Otherwise fine.", "mild_symptom", "chest_pain_other"),
    ("Small nick from shaving that kept oozing for about 10 minutes before stopping. I'm not on any blood "
     "thinners. Normal?", "mild_symptom", "severe_bleeding"),
    ("Burned my finger on the oven tray, small red patch, no blister. Cool water done, what next?",
     "mild_symptom", "severe_burn"),
    ("Water went down the wrong way and I coughed a lot, fine now but my throat feels scratchy. Anything to "
     "worry about?", "mild_symptom", "choking"),
    ("Bit wheezy with this cold but my peak flow is normal and my reliever sorts it. Should I up my preventer?",
     "mild_symptom", "breathing_difficulty"),
    ("A few hives on my arms since I switched laundry detergent. No swelling of lips or face. Just wash "
     "everything again?", "mild_symptom", "anaphylaxis"),
    ("My 3 year old has a temperature of 37.9 and a runny nose, eating and playing. Calpol or leave it?",
     "mild_symptom", "febrile_infant"),
    ("My eyelid has been twitching for a week. Is it a kind of seizure?", "mild_symptom", "seizure"),
    ("Pins and needles in my foot after sitting cross-legged at the temple, gone after a few minutes.",
     "mild_symptom", "stroke"),
    ("Mild stomach ache after eating too much biryani at a wedding. Anything I can take?", "mild_symptom",
     "severe_abdominal_pain"),
    ("At 6 weeks pregnant I had a little light brown discharge once yesterday, none since, no pain. Should I "
     "mention it at my booking appointment?", "mild_symptom", "pregnancy_bleeding_or_pain"),
    ("One of my testicles hangs lower than the other. No pain, no lump, always been like that. Normal?",
     "mild_symptom", "testicular_torsion"),
    ("My eyes feel tired and a little blurry at the end of the day after screens, clear by the morning.",
     "mild_symptom", "vision_loss_sudden"),
    ("Both ankles are a bit puffy after the long flight from Singapore but they're going down today. Nothing "
     "else.", "mild_symptom", "blood_clot_PE"),
    ("I get shaky and irritable when I skip lunch. I'm not diabetic. Is that low blood sugar?",
     "mild_symptom", "diabetic_emergency"),
    ("My 5 year old was sick once this morning, now drinking and watching cartoons. Send him to school "
     "tomorrow?", "mild_symptom", "severe_dehydration_child"),
    ("Felt lightheaded when I stood up fast from the couch, didn't faint, fine after a few seconds.",
     "mild_symptom", "unconscious_unresponsive"),
    ("Mild headache and slightly stiff neck after a long drive from Johannesburg to Durban. Posture?",
     "mild_symptom", "meningitis_signs"),
    ("Small pimple on my thigh looks a bit infected, like a whitehead. Leave it alone?", "mild_symptom",
     "sepsis_signs"),
    ("My heart fluttered for a few seconds after my third coffee. Felt fine after. Too much caffeine?",
     "mild_symptom", "heart_attack"),
]
