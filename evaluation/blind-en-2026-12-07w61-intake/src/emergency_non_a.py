# Writer 61 - emergency items, non-emergencies, file a: past_event, examined_or_treated. (text, kind, family)

ITEMS = [
    # past_event
    (
        "Three years ago I had a heart attack and got two stents. I'm doing great now, walking 5 km a day. Can I "
        "stop the Plavix? My cardiologist retired.",
        "past_event", "heart_attack",
    ),
    (
        "Back in 2015 I tried to kill myself with pills. I'm in a much better place now, married, working. I'm "
        "applying for life insurance and they're asking about it. Does it show on my records forever?",
        "past_event", "suicidal_intent",
    ),
    (
        "When I was 12 I had a seizure with a high fever. I'm 30 now and never had another. Do I have to tell the DMV?",
        "past_event", "seizure",
    ),
    (
        "Last Christmas I choked on a piece of turkey and my brother did the Heimlich, it came out. Since then I'm "
        "scared to eat meat and cut everything tiny. Is this a phobia thing?",
        "past_event", "choking",
    ),
    (
        "I passed out at a concert two summers ago, it was super hot and I hadn't eaten. Woke up right away. "
        "Never happened again. Do I need to mention it at my physical next week?",
        "past_event", "unconscious_unresponsive",
    ),
    (
        "In my twenties I had an ectopic pregnancy and lost my right tube. I'm 34 now and trying to conceive. What are "
        "my chances with one tube?",
        "past_event", "ectopic_pregnancy",
    ),
    (
        "Had a really bad allergic reaction to penicillin as a kid, my throat swelled up. That was 40 years ago. Is it "
        "worth getting allergy testing to see if I still am?",
        "past_event", "anaphylaxis",
    ),
    (
        "Got a concussion playing rugby in university, knocked out for about a minute. That was 8 years ago. Lately "
        "I've been forgetting words. Could the old concussion be related?",
        "past_event", "head_injury",
    ),
    (
        "Burned my hand on a pan in March, it blistered and healed, but the skin is still shiny and pink. Will the "
        "scar fade?",
        "past_event", "severe_burn",
    ),
    (
        "I used to cut myself as a teen, haven't in 6 years. The scars on my thighs bother me now at the beach. Any "
        "creams or lasers that work on old scars?",
        "past_event", "self_harm",
    ),
    (
        "Mini stroke (TIA) in 2021, speech garbled for 10 minutes, fully resolved. They found nothing. I'm on aspirin. "
        "Is it safe to fly to the Philippines for 16 hours?",
        "past_event", "stroke",
    ),
    (
        "My son had torsion of the testicle at 13, they saved it with surgery. He's 17 now. Can it happen on the "
        "other side?",
        "past_event", "testicular_torsion",
    ),
    (
        "I had a blood clot in my lung after my first baby 5 years ago. Took blood thinners for 6 months. Now I'm "
        "pregnant again, 8 weeks. Will they put me on shots?",
        "past_event", "blood_clot_PE",
    ),
    (
        "Two weeks ago I overdosed on my fentanyl and my friend gave me Narcan. I'm in a program now. My lungs still "
        "feel heavy when I breathe deep. Is that from the overdose?",
        "past_event", "overdose_poisoning",
    ),
    (
        "Years ago (2018) I went into DKA and was in the ICU. That's how they found my type 1. Does that history mean "
        "my kidneys are damaged?",
        "past_event", "diabetic_emergency",
    ),
    (
        "I had severe bleeding after my second delivery, needed 4 units of blood. We're thinking of a third. Is it "
        "likely to happen again?",
        "past_event", "pregnancy_bleeding_or_pain",
    ),
    (
        "My daughter had meningitis as a baby (2012), she recovered. Now she's 12 and struggles with hearing in class. "
        "Could that be from the meningitis?",
        "past_event", "meningitis_signs",
    ),
    (
        "Yesterday evening I had a nosebleed for about 15 minutes, stopped with pinching. Fine since. Dry air? 35M.",
        "past_event", "severe_bleeding",
    ),
    (
        "Had a burst appendix at 9 and was in hospital for weeks with an infection. Now 28 and get belly cramps "
        "sometimes. Could adhesions from that cause it?",
        "past_event", "severe_abdominal_pain",
    ),
    (
        "In January I had a sudden loss of vision in one eye for about 5 minutes, came back fully. I didn't tell anyone. "
        "Should I mention it to my doctor at my checkup?",
        "past_event", "vision_loss_sudden",
    ),
    (
        "Two months ago my 10 month old had a fever of 40 and we went in, it was roseola. Now she has a fever of 38 "
        "with a cold, playful and eating. Does the roseola make her prone to high fevers?",
        "past_event", "febrile_infant",
    ),
    (
        "Sepsis from a kidney infection last year, ICU for 5 days. I'm 45 and still tired, hair fell out, memory not "
        "great. Post-sepsis syndrome is real?",
        "past_event", "sepsis_signs",
    ),
    (
        "I had an asthma attack in 2019 so bad I was intubated. Since then well controlled on Symbicort. Can I go "
        "scuba diving?",
        "past_event", "breathing_difficulty",
    ),
    (
        "Had cauda equina surgery 3 years ago, got most function back but still some numbness in the saddle area. "
        "Is it too late to improve?",
        "past_event", "cauda_equina",
    ),
    # examined_or_treated
    (
        "Went to the ER last night with chest pain, they did a troponin twice, ECG, chest x-ray - all normal, said "
        "probably muscle strain. Still a bit sore today when I twist. How long does this last?",
        "examined_or_treated", "chest_pain_other",
    ),
    (
        "My baby (6 weeks) had a fever so we went in, they did blood, urine and a spinal tap, all negative, fever's "
        "gone, she's home. The spot on her back where they did the tap is a bit bruised. Normal?",
        "examined_or_treated", "febrile_infant",
    ),
    (
        "Discharged yesterday after 3 days in hospital for a stroke. Left hand still clumsy. They gave me a list of "
        "pills. Can I drink coffee with them?",
        "examined_or_treated", "stroke",
    ),
    (
        "The paramedics came for my dad's seizure this morning, by the time they got there he was fine and they "
        "checked him and he refused to go. He's back to normal and eating lunch. Should he see his neurologist this "
        "week?",
        "examined_or_treated", "seizure",
    ),
    (
        "I was treated for anaphylaxis at urgent care 2 days ago, they gave epinephrine and steroids. I'm fine now. "
        "They prescribed an EpiPen - how do I know when to use it next time?",
        "examined_or_treated", "anaphylaxis",
    ),
    (
        "Had an ectopic pregnancy treated with methotrexate last week. HCG going down. When can we try again?",
        "examined_or_treated", "ectopic_pregnancy",
    ),
    (
        "Got a CT at the ER after I hit my head skiing, it was clear. Two days later still a mild headache and feel "
        "a bit foggy. When can I go back to work at a screen?",
        "examined_or_treated", "head_injury",
    ),
    (
        "Released from the psychiatric unit after an attempt last month. I have a safety plan and see my counselor "
        "weekly. My question is about the new med, quetiapine, making me so hungry. Will I gain weight?",
        "examined_or_treated", "suicidal_intent",
    ),
    (
        "Emergency surgery for testicular torsion on my son last Friday, they fixed both sides. How long before he can "
        "ride his bike again?",
        "examined_or_treated", "testicular_torsion",
    ),
    (
        "My son was admitted for dehydration from stomach flu, got IV fluids, home now and drinking well. What "
        "should we feed him the next few days?",
        "examined_or_treated", "severe_dehydration_child",
    ),
    (
        "Pulmonary embolism diagnosed in the ER, sent home on Eliquis. Still get a little winded on stairs a week "
        "later. How long until that gets better?",
        "examined_or_treated", "blood_clot_PE",
    ),
    (
        "Poison control told us the amount of Advil our 3 year old ate (2 tablets) was safe to watch at home. It's "
        "been 6 hours and she's fine. When can we stop watching?",
        "examined_or_treated", "overdose_poisoning",
    ),
    (
        "Burn center saw my son's hand burn from the stove, second degree, dressing changes every 2 days. It's itchy "
        "now. Can I put anything on it?",
        "examined_or_treated", "severe_burn",
    ),
    (
        "My husband had his appendix out by laparoscopy 4 days ago. His shoulder hurts, they said from the gas. How long "
        "does that last?",
        "examined_or_treated", "severe_abdominal_pain",
    ),
    (
        "Was bleeding at 9 weeks pregnant, went to the ER, ultrasound showed baby fine with heartbeat, small "
        "subchorionic hematoma. Spotting brown now. Can I go to work?",
        "examined_or_treated", "pregnancy_bleeding_or_pain",
    ),
    (
        "After a bad low (blood sugar 40) the ambulance came and gave me glucose, I'm fine now. They said adjust my "
        "insulin. My endo is away. How much should I lower the night dose?",
        "examined_or_treated", "diabetic_emergency",
    ),
    (
        "The retina doctor lasered a tear in my eye yesterday. Still seeing some floaters. How long should I avoid "
        "the gym?",
        "examined_or_treated", "vision_loss_sudden",
    ),
    (
        "Got stitches in my palm at urgent care 5 days ago after a knife slip. It's healing, no redness. When do they "
        "come out?",
        "examined_or_treated", "severe_bleeding",
    ),
    (
        "My wife was treated for bacterial meningitis and is home now. The doctors gave me and the kids antibiotics "
        "as prevention. How long are we contagious, if at all?",
        "examined_or_treated", "meningitis_signs",
    ),
    (
        "Chest pain last week, cardiologist did a stress test and echo, all normal, he said maybe reflux. Can I "
        "start running again?",
        "examined_or_treated", "heart_attack",
    ),
    (
        "Sent home from the ER with sepsis antibiotics (IV for 2 days, now pills) for a kidney infection. Feeling "
        "much better, temperature normal. Can I stop when I feel 100%?",
        "examined_or_treated", "sepsis_signs",
    ),
    (
        "ER checked my breathing after an asthma flare, gave nebs and prednisone for 5 days. I'm breathing fine now. "
        "Can I go back to soccer tomorrow?",
        "examined_or_treated", "breathing_difficulty",
    ),
    (
        "MRI done at the hospital ruled out cauda equina, they said it's just a bulging disc irritating the sciatic "
        "nerve. Still pain down one leg. What stretches?",
        "examined_or_treated", "cauda_equina",
    ),
    (
        "Our 1 year old choked on a grape at daycare, the staff did back blows and it came out, the paramedics "
        "checked her and she's fine. Should she get an x-ray anyway?",
        "examined_or_treated", "choking",
    ),
]
