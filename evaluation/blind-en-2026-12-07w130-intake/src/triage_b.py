# Triage items, part B. Written by hand. Each item: (text, department, age_range, gender)

ITEMS = [
    # infectious-diseases
    ("Came back from Haiti 2 weeks ago, I'm a 31 year old woman, I had fever on and off and a test at the travel clinic found malaria that was treated. Do I need follow-up blood tests?",
     "infectious-diseases", "30~39", "female"),
    ("HIV positive for 15 years, undetectable. I'm 52, male. I want to switch to the injectable every 2 months. Who do I ask?",
     "infectious-diseases", "50~59", "male"),
    ("Positive TB skin test at my pre-employment screen, I'm 24 and starting as a nurse in Iqaluit. Chest X-ray normal. Do I need the 4-month pills?",
     "infectious-diseases", "20~29", "undisclosed"),
    ("Hep C positive, found on a routine test, 45 year old woman. Is the treatment the one with pills only now?",
     "infectious-diseases", "40~49", "female"),

    # nephrology
    ("I'm 70 and diabetic, my eGFR keeps going down, now 28. The doctor started talking about dialysis. What does that mean for me, I live 3 hours from Val-d'Or.",
     "nephrology", "70~79", "undisclosed"),
    ("Ma fille de 35 ans a de la protéine dans l'urine pis le visage enflé le matin. Le médecin parle des reins. Qui on voit?",
     "nephrology", "30~39", "female"),
    ("Polycystic kidney disease runs in my mom's family, I'm 29, male. Should I get an ultrasound even if I feel fine?",
     "nephrology", "20~29", "male"),
    ("I'm 64, woman, on hemodialysis 3 times a week. My potassium is always high on my bloodwork. What am I doing wrong?",
     "nephrology", "60~69", "female"),

    # neurology
    ("Migraines 3 times a week, I'm a 28 year old woman, the triptans barely work. Is there a preventive? I'm missing so much work.",
     "neurology", "20~29", "female"),
    ("Mon mari a 66 ans, sa main droite tremble au repos pis il marche plus lentement, à petits pas. Parkinson?",
     "neurology", "60~69", "male"),
    ("Numbness and tingling in both feet for months, 50, male, not diabetic as far as I know. Getting worse at night.",
     "neurology", "50~59", "male"),
    ("Epilepsy, 19 years old, seizure-free for 2 years on Keppra. Can I get my driver's licence now?",
     "neurology", "10~19", "undisclosed"),

    # obstetrics-gynecology
    ("Enceinte de 10 semaines, 32 ans, nausées du matin jusqu'au soir, je garde l'eau et des craquelins. Le Diclectin marche pas trop. Autre chose?",
     "obstetrics-gynecology", "30~39", "female"),
    ("Heavy periods with big clots, I'm 46 and soak through a super tampon every hour on day 2. Tired all the time. Fibroids?",
     "obstetrics-gynecology", "40~49", "female"),
    ("Menopause hot flashes, 53, waking up soaked 4 times a night. Is hormone therapy safe?",
     "obstetrics-gynecology", "50~59", "female"),
    ("I'm 21 and want an IUD, never been pregnant. Copper or hormonal? Does it hurt to put in?",
     "obstetrics-gynecology", "20~29", "female"),

    # ophthalmology
    ("Floaters in my right eye for months, same as always, no flashes. 60 year old man. Do I need to see an eye doctor or is it age?",
     "ophthalmology", "60~69", "male"),
    ("Ma grand-mère a 84 ans, cataracte, elle voit tout embrouillé pis elle peut plus lire son journal. L'attente pour l'opération c'est combien?",
     "ophthalmology", "80+", "female"),
    ("Eye pressure 26 at the optometrist, I'm 55, she said glaucoma suspect and referred me. What happens at that appointment?",
     "ophthalmology", "50~59", "undisclosed"),
    ("Dry, gritty eyes all day, 37 year old woman, I work on screens. Drops don't last. Is there a treatment?",
     "ophthalmology", "30~39", "female"),

    # orthopedics
    ("Knee arthritis, 68, male. Cortisone shots don't work anymore. I want to talk about a replacement.",
     "orthopedics", "60~69", "male"),
    ("Ma mère de 81 ans a mal à la hanche, la radio montre de l'arthrose avancée, elle marche à peine. Prothèse possible à son âge?",
     "orthopedics", "80+", "female"),
    ("Rotator cuff pain, 52 year old woman, I can't lift my arm above my head to do my hair. Ultrasound shows a partial tear.",
     "orthopedics", "50~59", "female"),
    ("My 15 year old son has back pain and the school nurse thinks his shoulders aren't level, scoliosis? Who do we see?",
     "orthopedics", "10~19", "male"),

    # otolaryngology
    ("Chronic sinusitis, 39, man, always blocked, lost my sense of smell. Sprays don't help. Surgery?",
     "otolaryngology", "30~39", "male"),
    ("Hoarse voice for 2 months, 63 year old woman, smoker. No cold. My GP says see a specialist.",
     "otolaryngology", "60~69", "female"),
    ("I'm 45 and lost hearing in my left ear gradually over the past year, with a buzzing. Right ear fine.",
     "otolaryngology", "40~49", "undisclosed"),
    ("71 yo man, nosebleeds from the same side of my nose 3-4 times a week, they stop with pinching. Cauterize?",
     "otolaryngology", "70~79", "male"),

    # pediatrics
    ("Mon bébé de 6 mois fait 38,3 de fièvre depuis hier, il boit bien, il sourit, il a le nez qui coule. On fait quoi?",
     "pediatrics", "0~9", "male"),
    ("My 4 year old daughter has had a cough and runny nose for 2 weeks, no fever, eating fine. Is this still the same cold?",
     "pediatrics", "0~9", "female"),
    ("7 year old boy, stomach aches every morning before school, fine on weekends. Growth normal. What should we check?",
     "pediatrics", "0~9", "male"),
    ("Toddler, 2, my son got a rash on his tummy on day 7 of amoxicillin, no swelling, he's happy. Allergy or virus?",
     "pediatrics", "0~9", "male"),

    # psychiatry
    ("Anxiety attacks at work, 29, female, heart pounding, can't sleep before shifts. My GP gave me nothing. Can I see someone?",
     "psychiatry", "20~29", "female"),
    ("44 year old man, depressed for months, lost interest in hunting and fishing, no thoughts of hurting myself. Zoloft didn't work.",
     "psychiatry", "40~49", "male"),
    ("Mon gars a 17 ans pis depuis 2 mois il dit qu'il entend des voix pis que les voisins l'espionnent. Il est calme, il veut juste rester dans sa chambre. Qui on consulte?",
     "psychiatry", "10~19", "male"),
    ("ADHD assessment as an adult, I'm 35, always been disorganized, lose my keys, can't finish anything. How do I get tested in Quebec?",
     "psychiatry", "30~39", "undisclosed"),

    # pulmonology
    ("COPD, 72, man, on Spiriva and Ventolin, out of breath walking to the mailbox but not worse than usual. Would pulmonary rehab or oxygen help?",
     "pulmonology", "70~79", "male"),
    ("Asthma getting worse over the past year, I'm a 30 year old woman, using my blue puffer daily now. Need a better plan.",
     "pulmonology", "30~39", "female"),
    ("Nodule of 8 mm on my lung CT, 58, ex-smoker. They want another scan in 3 months. Should it be biopsied now?",
     "pulmonology", "50~59", "undisclosed"),
    ("47, snoring, my wife says I stop breathing at night, I fall asleep at red lights. Sleep study?",
     "pulmonology", "40~49", "male"),
]
