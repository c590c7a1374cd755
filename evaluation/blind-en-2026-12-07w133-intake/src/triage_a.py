# Hand-written triage items (part 1). Format: (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("58m, palpitations on and off for a month, skipped beats mostly when lying down at night", "cardiology", "50~59", "male"),
    ("My mum is 74. Her ankles swell by the evening and she gets breathless on the stairs, the GP mentioned her heart might be weak. Which specialist should she see?", "cardiology", "70~79", "female"),
    ("34F heart murmur found at my physical, never had one before", "cardiology", "30~39", "female"),
    ("47, smartwatch keeps saying possible AFib a few times a week, feel fine otherwise", "cardiology", "40~49", "undisclosed"),
    # dentistry
    ("tooth pain upper left when i drink cold, 29 f", "dentistry", "20~29", "female"),
    ("my 6 yr old's front tooth is wobbly and the new one is already growing in behind it", "dentistry", "0~9", "undisclosed"),
    ("gums bleed every time i brush, 52 male smoker", "dentistry", "50~59", "male"),
    ("wisdom tooth coming in and my jaw is sore, im 19", "dentistry", "10~19", "undisclosed"),
    # dermatology
    ("itchy red patches on elbows with silvery scales 38m", "dermatology", "30~39", "male"),
    ("teen acne, she's 15, nothing from the pharmacy works", "dermatology", "10~19", "female"),
    ("mole on my back changed shape, 61 woman", "dermatology", "60~69", "female"),
    ("hair falling out in round coin-sized patches, I'm a 24 yo guy", "dermatology", "20~29", "male"),
    # endocrinology
    ("TSH 0.1, losing weight without trying, heart racing at rest, 33F", "endocrinology", "30~39", "female"),
    ("type 2 diabetes 10 years, A1c 9.5 on max metformin, what next? 64 m", "endocrinology", "60~69", "male"),
    ("45 yo woman, ultrasound found a 2cm nodule on my thyroid, what now", "endocrinology", "40~49", "female"),
    ("calcium 11.2 and PTH high on two tests, 68 female", "endocrinology", "60~69", "female"),
    # family-medicine
    ("cold for 5 days, runny nose, sore throat, 27m", "family-medicine", "20~29", "male"),
    ("need a general checkup, haven't had one in years, im 50", "family-medicine", "50~59", "undisclosed"),
    ("tired all the time lately, 41 yo woman, nothing specific", "family-medicine", "40~49", "female"),
    ("need a physical for my new job, 23F", "family-medicine", "20~29", "female"),
    # gastroenterology
    ("45m heartburn every night after dinner, tums not helping", "gastroenterology", "40~49", "male"),
    ("alternating diarrhea and constipation and bloating for months, 32f", "gastroenterology", "30~39", "female"),
    ("62 yo man, never had a colonoscopy, should I get one", "gastroenterology", "60~69", "male"),
    ("My husband is 55 and his blood test showed high liver enzymes. He drinks most nights. Could it be fatty liver, and who checks that?", "gastroenterology", "50~59", "male"),
    # general-surgery
    ("bulge in my groin when I cough, 48 male, hernia?", "general-surgery", "40~49", "male"),
    ("gallstones on ultrasound, 39f, pain after fatty meals, want them out", "general-surgery", "30~39", "female"),
    ("soft lump under the skin on my back, moves when I press, lipoma? 57 woman, want it removed", "general-surgery", "50~59", "female"),
    ("pilonidal cyst keeps coming back, 21 m", "general-surgery", "20~29", "male"),
    # hematology-oncology
    ("platelets 85 on routine bloods, 44f, no bruising", "hematology-oncology", "40~49", "female"),
    ("lymph nodes in my neck enlarged for 2 months, night sweats, 29m", "hematology-oncology", "20~29", "male"),
    ("my dad 72 was just diagnosed with multiple myeloma, what are the treatment options", "hematology-oncology", "70~79", "male"),
    ("iron deficiency anemia not improving with tablets after 4 months, 35 woman, hb 9", "hematology-oncology", "30~39", "female"),
    # infectious-diseases
    ("back from Ghana 10 days, fever on and off, 31 m, could it be malaria", "infectious-diseases", "30~39", "male"),
    ("HIV positive, 40 yo man, want to switch my meds because of side effects", "infectious-diseases", "40~49", "male"),
    ("positive TB skin test for nursing school, 26, woman, no symptoms", "infectious-diseases", "20~29", "female"),
    ("my daughter 17 needs travel vaccines for Peru, yellow fever?", "infectious-diseases", "10~19", "female"),
    # nephrology
    ("eGFR 42, 67 m, diabetic, is my kidney getting worse", "nephrology", "60~69", "male"),
    ("protein in urine on dipstick, 30 yo woman, puffy around the eyes in the morning", "nephrology", "30~39", "female"),
    ("on dialysis 3x a week, 58 f, question about fluid limits in summer", "nephrology", "50~59", "female"),
    ("polycystic kidney disease runs in my family, I'm 36 and the scan showed cysts", "nephrology", "30~39", "undisclosed"),
    # neurology
    ("migraines 3x a week, 28F, triptans not working anymore", "neurology", "20~29", "female"),
    ("numbness and tingling in both feet creeping up, 70 m", "neurology", "70~79", "male"),
    ("my hands shake when I hold a cup, 63 year old woman", "neurology", "60~69", "female"),
    ("My son is 16 and had a first seizure last month at school. He's been completely fine since. The ER said to follow up, what tests will the specialist do?", "neurology", "10~19", "male"),
]
