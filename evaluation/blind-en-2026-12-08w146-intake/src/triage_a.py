# Triage items, part A. (text, department, age_range, gender). No emergencies. Written by hand.

ITEMS = [
    # cardiology
    ("I've been on citalopram 40mg for years and my new GP did an ECG and said my QT is 'borderline long'. I feel completely fine. Should I see a heart specialist or just lower the dose? 58F",
     "cardiology", "50~59", "female"),
    ("My heart skips a beat a few times a day, mostly when I'm lying in bed at night. Been going on about 3 months. I've got anxiety anyway so I honestly don't know if I'm imagining it. No pain, never fainted. 27 male.",
     "cardiology", "20~29", "male"),
    ("Dad is 74 and his ankles are swelling up by the evening and he gets puffed out on the stairs, slowly getting worse over a couple of months. He had a heart attack 10 years ago. He's grumpy about it but agreed to see someone.",
     "cardiology", "70~79", "male"),
    ("I'm 35 and an echo showed a leaky mitral valve, 'moderate'. I get tired and a bit breathless on hills. Will I need surgery eventually? What should I be watching for?",
     "cardiology", "30~39", "undisclosed"),

    # dentistry
    ("I grind my teeth so much at night since my anxiety got bad that one of my back teeth has cracked. It hurts when I chew on that side. 31f",
     "dentistry", "30~39", "female"),
    ("After years of bulimia my front teeth are see-through at the edges and really sensitive to cold. I'm two years into recovery now, 26, non-binary. What can actually be done?",
     "dentistry", "20~29", "other"),
    ("my gums bleed every time I brush and my breath is rank, i haven't been to a dentist in like 6 years because of my depression. 34 m. embarrassed to even book",
     "dentistry", "30~39", "male"),
    ("Wisdom tooth coming through at the back, my jaw aches and the gum over it is swollen and sore. I'm 19, female.",
     "dentistry", "10~19", "female"),

    # dermatology
    ("Lithium has given me awful acne on my back and chest. I'm 23, male. My psychiatrist says not to stop the lithium. What can I put on it or take?",
     "dermatology", "20~29", "male"),
    ("A mole on my husband's back has changed shape and got darker over the summer. He's 61 and won't make a fuss, so I'm making it for him.",
     "dermatology", "60~69", "male"),
    ("Round patches of hair are falling out on my scalp, started a few months after my mum died. Is it stress? 42 female.",
     "dermatology", "40~49", "female"),
    ("Psoriasis on my elbows and scalp is flaring and the steroid cream doesn't work any more. I'm 50. It's really getting me down.",
     "dermatology", "50~59", "undisclosed"),

    # endocrinology
    ("My thyroid bloods came back with TSH under 0.01 and high T4. I've lost weight, my hands shake and I feel wired and anxious all the time, but my GP says it's the thyroid not my anxiety. 33 female.",
     "endocrinology", "30~39", "female"),
    ("Type 1 since I was 12 and my HbA1c has crept up to 75 this year because I've been depressed and stopped checking. I'm 24, male. I want to get back on top of it.",
     "endocrinology", "20~29", "male"),
    ("Been on lithium for 15 years and now my calcium is high and they mentioned my parathyroid glands. I'm 56, female. What does that mean?",
     "endocrinology", "50~59", "female"),
    ("They found a 2cm lump on my adrenal gland on a CT scan I had for something else. They want hormone tests. I'm 48, male. Who deals with this?",
     "endocrinology", "40~49", "male"),

    # family-medicine
    ("Just want a general check-up. I'm 40, male, haven't seen a doctor in about 10 years, nothing in particular wrong, maybe a bit tired.",
     "family-medicine", "40~49", "male"),
    ("Cold for 5 days, blocked nose, sore throat, slight temperature. Is there anything I can take alongside my sertraline? I'm 52.",
     "family-medicine", "50~59", "undisclosed"),
    ("I'm 19 and tired all the time, and I mean all the time, for a couple of months. Not sad exactly, just wiped out. Uni student, female.",
     "family-medicine", "10~19", "female"),
    ("Need my blood pressure tablets repeated and a general review. I'm 71, widower, live on my own, no new problems.",
     "family-medicine", "70~79", "male"),

    # gastroenterology
    ("I've had IBS type symptoms for years that get way worse with my anxiety, but lately there's been blood mixed in with my stool sometimes and I've lost about 4kg without trying. I'm 47, male.",
     "gastroenterology", "40~49", "male"),
    ("Heartburn every night for 6 months, the antacids aren't touching it any more. 55F.",
     "gastroenterology", "50~59", "female"),
    ("Diagnosed with Crohn's at 18, now 25, and my flares always come after stressful stretches. This one is 6 loose stools a day for 2 weeks, on azathioprine. Does my treatment need changing?",
     "gastroenterology", "20~29", "undisclosed"),
    ("My liver tests came back high on a routine check (ALT 180). I drink more than I should since the divorce. 38 male.",
     "gastroenterology", "30~39", "male"),

    # general-surgery
    ("Lump in my groin that pops out when I cough and goes back in when I lie down. 63, male, it aches by the end of the day.",
     "general-surgery", "60~69", "male"),
    ("Gallstones on an ultrasound after a few attacks of pain under my right ribs after fatty food. All settled now. Do I need my gallbladder out? 44f",
     "general-surgery", "40~49", "female"),
    ("I have a pilonidal cyst that keeps coming back, third time this year. 21 male. Sick of it.",
     "general-surgery", "20~29", "male"),
    ("Lipoma on my back is getting bigger, about 6cm now, and it rubs on my bra strap. 36 female. I'd like it removed.",
     "general-surgery", "30~39", "female"),

    # hematology-oncology
    ("My platelet count was 85 on routine bloods and my psychiatrist thinks it might be the valproate. I'm 32, male. Do I need a blood specialist?",
     "hematology-oncology", "30~39", "male"),
    ("Lumps in my neck have been there for 6 weeks, not sore, and I've been sweating through the sheets at night and lost weight. 28 male.",
     "hematology-oncology", "20~29", "male"),
    ("My mum is 81 and has just been told she has myeloma. What treatment is usual at her age, and is it worth it?",
     "hematology-oncology", "80+", "female"),
    ("I'm 16 with sickle cell and I keep getting pain crises when exams are on. Mum wants to know if there are any newer treatments.",
     "hematology-oncology", "10~19", "undisclosed"),

    # infectious-diseases
    ("I'm HIV positive, diagnosed last month, 30 male. Still in shock and not sleeping. When should I start treatment and does it interact with antidepressants?",
     "infectious-diseases", "30~39", "male"),
    ("Tick bite while hiking 3 weeks ago and now there's a big round red rash like a target on my thigh. Feel fine otherwise. 44 male.",
     "infectious-diseases", "40~49", "male"),
    ("I have hepatitis C from sharing needles years ago. Clean 5 years now. Is the new treatment really a cure? 51 female.",
     "infectious-diseases", "50~59", "female"),
    ("Latent TB test came back positive after an exposure at work. I'm 35, a nurse, no symptoms. Do I have to take the 6 months of tablets?",
     "infectious-diseases", "30~39", "undisclosed"),

    # nephrology
    ("I've been on lithium for 20 years and my eGFR has dropped to 45. My psychiatrist wants a kidney opinion before deciding whether to stop it. I'm 60, woman.",
     "nephrology", "60~69", "female"),
    ("Protein in my urine on two dipsticks and my ankles are puffy. 29 male, otherwise healthy.",
     "nephrology", "20~29", "male"),
    ("I have polycystic kidney disease like my dad did. 37, female. My blood pressure is creeping up. What should I be doing?",
     "nephrology", "30~39", "female"),
    ("Dad's 82 and on dialysis three times a week. He's become withdrawn and keeps talking about stopping dialysis. Who should we talk to about what stopping would mean?",
     "nephrology", "80+", "male"),

    # neurology
    ("I get migraines with aura about twice a month, worse since starting a new job. Triptans help but I'm worried about taking them with my sertraline. 34, female.",
     "neurology", "30~39", "female"),
    ("Tremor in my right hand when it's resting, and my wife says my face has gone expressionless. I'm 66. I've been more down lately too.",
     "neurology", "60~69", "male"),
    ("I'm 23 and was diagnosed with MS after an episode of blurred vision last year. Should I start a disease modifying drug now while I'm well?",
     "neurology", "20~29", "undisclosed"),
    ("My 15 year old daughter has had two 'blackouts' at school where she shakes but she remembers everything afterwards, and both times she was stressed. Epilepsy or something else?",
     "neurology", "10~19", "female"),
]
