# Triage items, part A. Written by hand. Each item: (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("J'ai 58 ans, homme, pis mon coeur part en fou des fois, genre 10 minutes, pis ça arrête tout seul. Ça arrive 2 fois par semaine depuis l'été, pas de douleur. Est-ce que je devrais avoir un Holter?",
     "cardiology", "50~59", "male"),
    ("My mom is 74 and her ankles swell by evening, she gets winded on the stairs. Her last echo said ejection fraction 35%. Her GP says she should be followed by a heart specialist, is that right?",
     "cardiology", "70~79", "female"),
    ("26 year old guy, at my physical the doctor heard a heart murmur and wants an echo. I feel totally fine, I play hockey 3x a week. Should I worry?",
     "cardiology", "20~29", "male"),
    ("I'm 67, got a stent 2 years ago in Sherbrooke, and my cardiologist moved to BC. Who follows me now for my Plavix and statin? Nothing new, just need a follow-up.",
     "cardiology", "60~69", "undisclosed"),

    # dentistry
    ("ma dent de sagesse en bas à droite pousse croche pis ça fait mal quand je mâche, la gencive est enflée un peu. J'ai 19 ans. Dentiste ou chirurgien?",
     "dentistry", "10~19", "undisclosed"),
    ("My 8 year old son chipped his front adult tooth on the monkey bars this afternoon, a small corner, no bleeding, not loose. Does it need to be fixed?",
     "dentistry", "0~9", "male"),
    ("My gums bleed every time I brush and they're puffy. I'm a 45 year old woman in Igloolik and the dental therapist only comes twice a year. What can I do till then?",
     "dentistry", "40~49", "female"),
    ("Grandpa here, 81. My lower denture rubs a sore spot on the gum for 3 weeks now. Do I need a new one?",
     "dentistry", "80+", "male"),

    # dermatology
    ("16 yo girl, acne on my face and back, I tried everything from the pharmacie (benzoyl, the salicylic stuff). Can I get something stronger?",
     "dermatology", "10~19", "female"),
    ("A mole on my husband's back changed colour and got bigger this year, he's 63 and spent his life working outside. Who should look at it?",
     "dermatology", "60~69", "male"),
    ("I'm 30, non-binary, and my psoriasis on the elbows and scalp is getting worse, the cortisone cream doesn't do much anymore. What's next?",
     "dermatology", "30~39", "other"),
    ("Ma mère a 55 ans et elle perd ses cheveux par plaques rondes depuis 2 mois. Elle est gênée de sortir. C'est quoi?",
     "dermatology", "50~59", "female"),

    # endocrinology
    ("Type 1 since I was 12, now 34 (guy), on a pump, and my sugars are all over the place lately, lows at night, highs after lunch. Need my settings reviewed.",
     "endocrinology", "30~39", "male"),
    ("Thyroid nodule of 3 cm found on an ultrasound, I'm a 48 year old woman, TSH normal. They mentioned a biopsy. Who manages this?",
     "endocrinology", "40~49", "female"),
    ("My dad, 72, calcium came back high (2.85) on his bloodwork twice, the doctor suspects the parathyroid. What's the next step?",
     "endocrinology", "70~79", "male"),
    ("I'm 25, always hot, lost 6 kg without trying, my hands shake and my heart is fast. Blood test says TSH very low. Hyperthyroid?",
     "endocrinology", "20~29", "undisclosed"),

    # family-medicine
    ("I'm 40 and haven't seen a doctor in 10 years, no family doctor in Laval. I'd like a general checkup, bloodwork, the usual. Where do I start?",
     "family-medicine", "40~49", "undisclosed"),
    ("Cold for 5 days, runny nose, a bit of sore throat, no fever. 23 year old guy. Do I need antibiotics or just wait it out?",
     "family-medicine", "20~29", "male"),
    ("Je voudrais renouveler mes prescriptions, pression pis cholestérol. J'ai 66 ans, je suis retraitée pis mon médecin a pris sa retraite aussi!",
     "family-medicine", "60~69", "female"),
    ("51 year old man, tired all the time for a couple of months, nothing else really. Sleep ok. Where do I start?",
     "family-medicine", "50~59", "male"),

    # gastroenterology
    ("Heartburn every night for a year, 38, woman. Pepcid doesn't help anymore and I wake up with a sour taste. Do I need a scope?",
     "gastroenterology", "30~39", "female"),
    ("Some blood on the toilet paper on and off for 3 months. I'm 56 and my father had colon cancer at 60. Should I push for a colonoscopy?",
     "gastroenterology", "50~59", "undisclosed"),
    ("My husband is 44, diarrhea for 6 weeks, 4-5 times a day, and he's lost weight. Stool tests were negative for infection.",
     "gastroenterology", "40~49", "male"),
    ("27 year old man, my celiac blood test came back positive. Do I need a biopsy to confirm before I go gluten free?",
     "gastroenterology", "20~29", "male"),

    # general-surgery
    ("Lump in my groin that pops out when I cough and goes back when I lie down. 61 yo man. Not painful. Hernia?",
     "general-surgery", "60~69", "male"),
    ("Gallstones on the ultrasound, pain under the right ribs after fatty meals. I'm a 43 year old woman. They said removal. How long is the wait in Abitibi?",
     "general-surgery", "40~49", "female"),
    ("Pilonidal cyst again at the top of my butt crack, I'm 20 (nonbinary, they/them) and it's the third time. They keep draining it, can it be removed for good?",
     "general-surgery", "20~29", "other"),
    ("Lipoma on my back the size of an egg, 35 year old man, it bugs me with my backpack. I want it removed.",
     "general-surgery", "30~39", "male"),

    # hematology-oncology
    ("Ma femme, 59 ans, vient d'apprendre qu'elle a un lymphome. Le médecin parle de chimio. Qu'est-ce qui s'en vient, combien de temps?",
     "hematology-oncology", "50~59", "female"),
    ("Low platelets on two tests (65, then 70). I'm 33, female, I bruise easily. My GP is referring me but I want to understand.",
     "hematology-oncology", "30~39", "female"),
    ("My father is 77 and was just diagnosed with multiple myeloma after a back fracture. What treatment is usual at his age?",
     "hematology-oncology", "70~79", "male"),
    ("47, guy, my brother and I both have factor V Leiden. I've never had a clot. Do I need blood thinners?",
     "hematology-oncology", "40~49", "male"),
]
