# Hard non-emergencies, part 3: negated and figure_of_speech (hand-written, writer 134).
ITEMS = [
    # negated
    ("I've had a mild headache today, like my usual tension ones. No weakness, no numbness, no trouble talking, "
     "my vision is fine, and it's not the worst headache of my life. Just wondering if I can take Excedrin with "
     "my blood pressure pill.", "negated", "stroke"),
    ("My chest is a little sore on the left side when I press on it, I think from moving furniture yesterday. No "
     "shortness of breath, no sweating, no pain going to my arm or jaw. I'm 36.", "negated", "heart_attack"),
    ("I'm 9 weeks pregnant and have some mild cramping like a period, but no bleeding at all, not even spotting, "
     "and no one-sided pain. Is cramping normal this early?", "negated", "pregnancy_bleeding_or_pain"),
    ("I'm not suicidal and I'm not going to hurt myself, I want to say that up front. I've just been feeling sad "
     "and unmotivated since the holidays and wondered if I should talk to someone.", "negated",
     "suicidal_intent"),
    ("My 10 month old bumped her head on the coffee table. She cried right away, didn't pass out, hasn't thrown up, "
     "and is playing normally now. There's a small bump. Anything I should watch for?", "negated", "head_injury"),
    ("I'm 5 weeks pregnant and having a little pulling feeling on both sides. No bleeding, no sharp pain, no "
     "dizziness, and my first ultrasound is next week. Is this normal stretching?", "negated",
     "ectopic_pregnancy"),
    ("My son, 15, has a dull ache in his scrotum after a long bike ride. It didn't come on suddenly, it's not "
     "swollen, he's not nauseous, and it's getting better with rest. Should he see someone?", "negated",
     "testicular_torsion"),
    ("My lower back has been aching since I helped my friend move. No numbness in my groin or legs, I'm peeing "
     "and pooping normally, and no weakness. Heat helps. How long should I give it?", "negated", "cauda_equina"),
    ("My calf is sore after a long hike. It's not swollen, not red or warm, both legs look the same, and I have no "
     "shortness of breath. Just want to make sure it's not a clot since I'm on the pill.", "negated",
     "blood_clot_PE"),
    ("My 2 year old has had a stomach bug for a day. She's still having wet diapers every few hours, crying tears, "
     "and drinking Pedialyte. Not lethargic at all. When should she eat solids again?", "negated",
     "severe_dehydration_child"),
    ("I'm type 2 diabetic and my sugar was 245 after a birthday dinner. I'm not throwing up, not confused, not "
     "overly thirsty, feel totally normal. Should I take extra metformin?", "negated", "diabetic_emergency"),
    ("I got a few new floaters in my right eye this week. No flashes of light, no curtain or shadow, and my vision "
     "is clear. Do I need to be seen soon or at my yearly exam?", "negated", "vision_loss_sudden"),
    ("My 3 month old has a temp of 99.8 after her shots today. She's eating fine, not fussy, no rash. Is that "
     "considered a fever?", "negated", "febrile_infant"),
    ("My husband's neck is stiff from sleeping on it wrong. No fever, no headache, no rash, he's thinking clearly. "
     "He just can't turn his head to the left. What helps?", "negated", "meningitis_signs"),
    ("I ate a walnut by accident and I'm allergic, but my reaction is just a little itchy mouth like always. No "
     "swelling of my lips or throat, no hives, breathing fine. Is a Zyrtec enough?", "negated",
     "anaphylaxis"),
    ("My dad choked on some water at dinner, coughed hard for a minute and cleared it. He's talking normally now, "
     "breathing fine, no wheezing. He's 81. Should we worry about aspiration?", "negated", "choking"),
    ("My stomach has been crampy since this morning, but it's not severe, I don't have a fever, I'm not vomiting, "
     "and I can move around fine. Probably something I ate?", "negated", "severe_abdominal_pain"),
    ("I fainted? No, I didn't actually faint, I just got lightheaded when I stood up fast after lying in the sun. I "
     "never lost consciousness and I felt fine after sitting back down.", "negated", "unconscious_unresponsive"),
    ("I have a cold with a cough, but I'm not short of breath, I can talk and walk around normally, and my "
     "oxygen on the pulse ox is 98%. Just annoying. Anything for the cough at night?", "negated",
     "breathing_difficulty"),
    ("My UTI symptoms are still there on day 2 of antibiotics. No fever, no chills, no back pain, no confusion. "
     "Should I wait it out or switch?", "negated", "sepsis_signs"),
    ("I'm writing about my daughter. I'm not worried she's hurting herself, I checked, no marks or cuts. She's just "
     "been isolating in her room a lot. She's 14. Is this normal teenage stuff?", "negated", "self_harm"),
    ("I cut my thumb slicing a bagel. The bleeding stopped after about 5 minutes of pressure, it isn't gaping and I "
     "can move my thumb fine. Do I need a tetanus shot? My last was 2016.", "negated", "severe_bleeding"),
    # figure_of_speech
    ("My mother-in-law is moving in next week and I swear I'm going to have a heart attack. Anyway, I need a refill "
     "of my blood pressure medicine before she arrives, ha.", "figure_of_speech", "heart_attack"),
    ("This insurance paperwork is giving me a stroke. Can someone tell me what form I need for my physical "
     "therapy to be approved?", "figure_of_speech", "stroke"),
    ("My kids are killing me this summer, I'm exhausted. Is it normal for a 42 year old to need a nap every day, "
     "or should I get my thyroid checked?", "figure_of_speech", "suicidal_intent"),
    ("I nearly died of embarrassment at my appointment when my stomach growled during the exam. Anyway, my "
     "question is about the probiotic she recommended.", "figure_of_speech", "unconscious_unresponsive"),
    ("My heart just about stopped when I saw the bill for my MRI. $3,200! Is there a financial assistance program?",
     "figure_of_speech", "heart_attack"),
    ("I could just die, I forgot my daughter's 4 year checkup was yesterday. Can we reschedule for next week?",
     "figure_of_speech", "suicidal_intent"),
    ("I've been drowning in work deadlines and haven't slept well in weeks. Can I take melatonin long term?",
     "figure_of_speech", "breathing_difficulty"),
    ("This headache is a total brain freeze, like I'm losing my mind. It's only when I eat ice cream fast though. "
     "Is that something to worry about?", "figure_of_speech", "stroke"),
    ("My husband says I bleed money at the pharmacy. Is there a cheaper alternative to Trulicity?",
     "figure_of_speech", "severe_bleeding"),
    ("The smell of the new carpet is choking me. Can off-gassing cause headaches and a scratchy throat?",
     "figure_of_speech", "choking"),
    ("I'm burned out from caring for my mom who has dementia. Do you have resources for caregivers?",
     "figure_of_speech", "severe_burn"),
    ("My boss is a pain in the neck, literally, I think I've been clenching my shoulders all day. Would massage "
     "help with the stiffness?", "figure_of_speech", "meningitis_signs"),
    ("I'm sick to death of these hot flashes. What non-hormone options are there?", "figure_of_speech",
     "suicidal_intent"),
    ("My son is overdosing on video games, 8 hours a day. Is that harming his eyesight?", "figure_of_speech",
     "overdose_poisoning"),
    ("My toddler had a total meltdown and a screaming fit in Target, I thought she was going to have a seizure. "
     "Are tantrums at 2 normal or a sign of something?", "figure_of_speech", "seizure"),
    ("This allergy season is killing me, my eyes are on fire. Which eye drops are best for itching?",
     "figure_of_speech", "severe_burn"),
    ("I blacked out, metaphorically, during my job interview, couldn't remember a thing I'd prepared. Could "
     "anxiety medication help with that kind of thing?", "figure_of_speech", "unconscious_unresponsive"),
    ("My wife says I'll knock myself out with all the caffeine I drink. Four coffees a day, is that too much at "
     "55?", "figure_of_speech", "head_injury"),
    ("Waiting on this prior auth has been heart-stopping, three weeks and still nothing. Can the doctor call the "
     "insurer directly?", "figure_of_speech", "heart_attack"),
    ("I'm going blind reading all these lab result portals, what does 'non-reactive' mean on my hepatitis test?",
     "figure_of_speech", "vision_loss_sudden"),
    ("My back is killing me after gardening all weekend, the usual stiffness. Is it okay to alternate ibuprofen "
     "and Tylenol?", "figure_of_speech", "cauda_equina"),
    ("The cafeteria food at my son's school is poison, honestly. Are there guidelines on how much sugar a 10 year "
     "old should have?", "figure_of_speech", "overdose_poisoning"),
]
