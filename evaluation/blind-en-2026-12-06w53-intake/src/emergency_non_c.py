# Hand-written hard non-emergencies, part C: medicine_question, chronic_stable, mild_symptom.

def item(text, kind, family):
    return (text, False, kind, family)

ITEMS = [
    # medicine_question
    item("Had a heart attack last year and I'm on clopidogrel and aspirin. Can I take ibuprofen for my bad back or is that a no-no?",
         "medicine_question", "heart_attack"),
    item("I had a stroke in 2021 and I'm on apixaban. Is it safe to take St John's wort for my low mood?",
         "medicine_question", "stroke"),
    item("How many puffs of Ventolin a day is too many? I'm doing about 8 a day with hay fever season.",
         "medicine_question", "breathing_difficulty"),
    item("My son's EpiPen expired last month and the new one hasn't come from the chemist yet. Would the old one still work if he needed it?",
         "medicine_question", "anaphylaxis"),
    item("GP wants me to take tranexamic acid for my heavy periods. Does it increase the risk of blood clots? I'm 44 and a smoker.",
         "medicine_question", "severe_bleeding"),
    item("My son (17) just started sertraline and the leaflet says it can increase suicidal thoughts at first in young people. "
         "What should we watch for? He's fine at the moment.", "medicine_question", "suicidal_intent"),
    item("What's the maximum paracetamol dose per day for an adult? I'm 70 kg and taking it for a toothache along with ibuprofen.",
         "medicine_question", "overdose_poisoning"),
    item("Can I drink alcohol on levetiracetam? It's my cousin's hen do next month and I don't want to have a seizure.",
         "medicine_question", "seizure"),
    item("Is it ok to give my son ibuprofen after a bump on the head? I read somewhere you should only give paracetamol.",
         "medicine_question", "head_injury"),
    item("Can you give Calpol to an 8 week old after the MenB jab? The nurse mentioned it but I forgot the dose.",
         "medicine_question", "febrile_infant"),
    item("Does the meningitis ACWY vaccine for uni students cause side effects? My daughter is off to Otago next month.",
         "medicine_question", "meningitis_signs"),
    item("How should I store my son's glucagon kit? Can it go in the fridge, and what happens if it gets too hot in the car?",
         "medicine_question", "diabetic_emergency"),
    item("I had sepsis from a kidney infection two years ago. Now I've got another UTI and the GP's given me nitrofurantoin. "
         "Should I ask for something stronger just in case?", "medicine_question", "sepsis_signs"),
    item("The burns nurse gave us Flamazine for my daughter's healing scald. Is it safe to use for weeks? She's 4.",
         "medicine_question", "severe_burn"),
    item("Is ibuprofen safe in pregnancy for back pain? I'm 22 weeks and paracetamol isn't touching it.",
         "medicine_question", "pregnancy_bleeding_or_pain"),
    item("After methotrexate for an ectopic, why do I have to avoid folic acid? I thought it was good for pregnancy.",
         "medicine_question", "ectopic_pregnancy"),
    item("Can I take the combined pill if I had a DVT in my leg 5 years ago? My GP said no but the online pharmacy said yes.",
         "medicine_question", "blood_clot_PE"),
    item("Is it safe to use my GTN spray if I've taken Viagra the same day? Asking for my husband who's too embarrassed.",
         "medicine_question", "chest_pain_other"),
    item("Which is better for sciatica, pregabalin or gabapentin? My GP offered both and I've read horror stories.",
         "medicine_question", "cauda_equina"),
    item("What's best for fading old self-harm scars - Bio-Oil, silicone gel or something prescribed? They're white and raised.",
         "medicine_question", "self_harm"),
    # chronic_stable
    item("I've had stable angina for 5 years, I use my GTN spray maybe once a month with exertion and it settles in minutes. Is it ok "
         "to go on a cruise to Norway?", "chronic_stable", "heart_attack"),
    item("I had a stroke 4 years ago and still have some weakness in my right hand but nothing has changed for ages. Should I still be "
         "having physio?", "chronic_stable", "stroke"),
    item("COPD, stable for years on my three inhalers, no flare ups this winter. We've booked a trip to Cusco at high altitude. Is that "
         "mad?", "chronic_stable", "breathing_difficulty"),
    item("Severe nut allergy since childhood, carry two EpiPens, no reactions in 6 years. Travelling to Thailand where they use peanuts a "
         "lot. Any tips?", "chronic_stable", "anaphylaxis"),
    item("Epilepsy has been controlled on lamotrigine for 3 years, no seizures. Husband and I want a baby. Do I need to change anything?",
         "chronic_stable", "seizure"),
    item("I've had on-and-off passive suicidal thoughts for years with my depression. I've no plans, I'm safe, and I see my psychologist "
         "fortnightly. Would DBT be better than CBT for me?", "chronic_stable", "suicidal_intent"),
    item("I've used DBT skills to manage self-harm urges for a year now and I'm doing okay. The urges still come when I'm stressed. "
         "Is that normal this far into recovery?", "chronic_stable", "self_harm"),
    item("Type 1 for 20 years, good hypo awareness, HbA1c 52. I'm thinking of switching from the Libre to a Dexcom. Any real difference?",
         "chronic_stable", "diabetic_emergency"),
    item("On lifelong warfarin after two PEs, INR has been steady at 2.5 for ages. Dentist wants to pull a tooth. Do I stop the warfarin?",
         "chronic_stable", "blood_clot_PE"),
    item("I've got chronic pancreatitis, the pain is the same as it always is and managed with my usual tablets. Can I ever have a glass "
         "of wine at Christmas?", "chronic_stable", "severe_abdominal_pain"),
    item("I have a known placenta praevia at 30 weeks. No bleeding so far, I'm being scanned every two weeks. Is it safe to keep "
         "working at my desk job?", "chronic_stable", "pregnancy_bleeding_or_pain"),
    item("Lost the sight in my left eye years ago after a retinal detachment. The right eye has been stable at every check. Am I allowed "
         "to drive in Ireland?", "chronic_stable", "vision_loss_sudden"),
    item("I've lived with cauda equina syndrome since surgery 5 years ago and I self-catheterise. Flying to Australia for a wedding - "
         "any tips for the long flight?", "chronic_stable", "cauda_equina"),
    item("Costochondritis on and off for two years, same sore spot on my breastbone as always, flares when I lift the kids. Does it ever "
         "fully go?", "chronic_stable", "chest_pain_other"),
    item("I had a brain injury from a fall 8 years ago. Fatigue is the main thing left and it's been the same for years. How do I "
         "explain to a new employer?", "chronic_stable", "head_injury"),
    item("I have vasovagal syncope, I faint maybe twice a year, always with the same triggers (blood, standing too long). Can I give blood "
         "or is that a terrible idea?", "chronic_stable", "unconscious_unresponsive"),
    item("I've had no spleen since a car crash and I take penicillin every day. Going backpacking in South America - what extra do I need?",
         "chronic_stable", "sepsis_signs"),
    item("I've been on methadone for 6 years, stable dose, clean the whole time. Can I get my dose split so I can take the second half at "
         "night?", "chronic_stable", "overdose_poisoning"),
    item("I have haemophilia A and I'm on prophylaxis, haven't had a bleed in ages. Can I take up mountain biking?",
         "chronic_stable", "severe_bleeding"),
    item("Mum has Parkinson's and the speech therapist says she has mild swallowing problems, so we use thickened drinks and it's been "
         "fine for a year. Can she still have soup?", "chronic_stable", "choking"),
    # mild_symptom
    item("27F, I get a little twinge in my chest for a few seconds when I'm stressed, maybe once a week. Otherwise fit and well. "
         "Should I get it checked?", "mild_symptom", "heart_attack"),
    item("My eyelid has been twitching for a week. I googled it and now I'm worried it's the start of a stroke. I'm 33.",
         "mild_symptom", "stroke"),
    item("Since having covid in the spring I get a bit puffed climbing three flights of stairs at work. Used to be fine. 41.",
         "mild_symptom", "breathing_difficulty"),
    item("My lips tingle a bit when I eat a raw apple or a peach, but not when they're cooked. It settles in a few minutes. Is that an allergy?",
         "mild_symptom", "anaphylaxis"),
    item("I'm on aspirin and a paper cut on my finger bled for about five minutes before it stopped. Is that too long?",
         "mild_symptom", "severe_bleeding"),
    item("Toddler bumped her forehead on the coffee table, little bruise and a bit of crying but she's back to playing and chatting. "
         "Arnica?", "mild_symptom", "head_injury"),
    item("Baby is 5 months and her temperature was 37.9 this evening after her jabs today. She's feeding and smiling. Normal?",
         "mild_symptom", "febrile_infant"),
    item("Woke up with a stiff neck from sleeping funny. No fever, no headache, no rash, just can't turn my head to the left properly.",
         "mild_symptom", "meningitis_signs"),
    item("Mild tummy cramps and loose poo after a spicy curry last night. Feeling fine otherwise. Anything to take?",
         "mild_symptom", "severe_abdominal_pain"),
    item("10 weeks pregnant and I had a bit of light pinkish spotting after sex last night, no pain and none since. Is that common?",
         "mild_symptom", "pregnancy_bleeding_or_pain"),
    item("Type 2 on metformin. Sometimes I feel a little shaky before lunch and my meter says 4.3. Is that a hypo?",
         "mild_symptom", "diabetic_emergency"),
    item("Small red sore area round an ingrown toenail, a bit of pus, no fever and I feel well. Salt water soaks enough?",
         "mild_symptom", "sepsis_signs"),
    item("Burnt my finger on the oven tray, it's a small red mark, no blister, stings a bit. Aloe vera?",
         "mild_symptom", "severe_burn"),
    item("I get a feeling of a lump in my throat when I'm anxious, but I can swallow food and drink completely fine. What is it?",
         "mild_symptom", "choking"),
    item("One of my testicles hangs lower than the other and it's a bit bigger. No pain, no change. I'm 17, is that normal?",
         "mild_symptom", "testicular_torsion"),
    item("About 4 weeks pregnant and I've got mild period-like cramps on both sides, no bleeding. Is that just implantation stuff?",
         "mild_symptom", "ectopic_pregnancy"),
    item("Toddler has a cold and is off his food, drinking a bit less than usual but still having plenty of wet nappies and playing.",
         "mild_symptom", "severe_dehydration_child"),
    item("Chest is sore in the middle after a week of coughing with a cold. Hurts more when I cough. 36M.",
         "mild_symptom", "chest_pain_other"),
    item("I noticed one new floater in my right eye this week, just a small squiggle. No flashes, no shadow. Do I need to see the optician?",
         "mild_symptom", "vision_loss_sudden"),
    item("Calf cramp in the night that wakes me up, gone by the morning. Happens a couple of times a week. 62. Magnesium?",
         "mild_symptom", "blood_clot_PE"),
]
