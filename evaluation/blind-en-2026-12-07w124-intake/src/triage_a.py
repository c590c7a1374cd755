# Hand-written triage items, part A. (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("My dad is 78 and his heart rate keeps dropping to 42 on his watch, he gets dizzy when he stands up. He's on bisoprolol. He's had a couple of near faints this month, both times he came round straight away.",
     "cardiology", "70~79", "male"),
    ("I'm 34 (female) and get random episodes where my heart races at about 180 for 10 minutes then suddenly stops, like a switch. Happened 5 times this year.",
     "cardiology", "30~39", "female"),
    ("Mum, 83, has dementia and atrial fibrillation and keeps pulling off her heart monitor. The care home says her heart failure tablets need reviewing, ankles are up again. Who looks after that?",
     "cardiology", "80+", "female"),
    ("My son is 16 and plays football. The school screening picked up a murmur and an abnormal ECG, they said maybe thickened heart muscle. Who do we see?",
     "cardiology", "10~19", "male"),

    # dentistry
    ("I look after my brother (38, learning disability). He won't let anyone brush his teeth and now his gums bleed and one of his front teeth has gone black.",
     "dentistry", "30~39", "male"),
    ("Mum is 91 and in a care home. Her dentures don't fit anymore since she lost weight and she's got sore spots on her gums, so she won't wear them to eat.",
     "dentistry", "80+", "female"),
    ("24 here. my bottom wisdom tooth keeps getting infected, gum swells up every couple of months and I can barely open my mouth for a few days",
     "dentistry", "20~29", "undisclosed"),
    ("My daughter is 8 and knocked her front adult tooth on the trampoline yesterday. It's chipped and a tiny bit wobbly, no bleeding now.",
     "dentistry", "0~9", "female"),

    # dermatology
    ("Dad is 74, worked outdoors his whole life, and has a scaly crusty lump on the top of his ear that bleeds when his carer dries his hair. It's been growing for months.",
     "dermatology", "70~79", "male"),
    ("My wife (45) has had psoriasis for years, plaques on her elbows and scalp, and they're spreading to her legs now. Creams do nothing anymore.",
     "dermatology", "40~49", "female"),
    ("im a 17 yr old guy with really bad acne on my back and face, its leaving scars. tried everything from the pharmacy",
     "dermatology", "10~19", "male"),
    ("Mum (66) uses a wheelchair because of MS. She's come up in big tense blisters on her arms and tummy, very itchy. The GP mentioned pemphigoid and said she needs a specialist.",
     "dermatology", "60~69", "female"),

    # endocrinology
    ("My sister is 29 and has lost 8kg without trying, her hands shake, she's hot all the time and her eyes look a bit bulgy now.",
     "endocrinology", "20~29", "female"),
    ("Dad is 67, type 2 diabetic, and his HbA1c keeps creeping up to 80 despite 3 different tablets. Should he start insulin? He has mild dementia so someone would need to help him.",
     "endocrinology", "60~69", "male"),
    ("I'm a 52 year old woman, my calcium came back high twice (2.8) and the GP mentioned my parathyroid glands.",
     "endocrinology", "50~59", "female"),
    ("My son is 12 and has Down syndrome. He's put on loads of weight, he's tired all the time and his thyroid blood test came back abnormal.",
     "endocrinology", "10~19", "male"),

    # family-medicine
    ("I'm 41 and haven't had a check up in about 10 years. I'd like a general health MOT - blood pressure, cholesterol, the works.",
     "family-medicine", "40~49", "undisclosed"),
    ("Mum, 72, has had a cold for a week, runny nose and a bit of a cough, no temperature. She's otherwise fit and well. Anything she can take?",
     "family-medicine", "70~79", "female"),
    ("26 year old male, feeling tired all the time for a couple of months, nothing specific, sleeping ok, eating ok.",
     "family-medicine", "20~29", "male"),
    ("I'm the main carer for my husband, 58, who has MS. I've realised he hasn't had a general check-up in years, his neuro team only looks at the MS. Just want to book a general review with bloods and blood pressure.",
     "family-medicine", "50~59", "male"),

    # gastroenterology
    ("Dad, 69, has had heartburn every day for a year and now says food sticks halfway down his chest. He's lost a bit of weight too.",
     "gastroenterology", "60~69", "male"),
    ("I'm 23, female, bloating and diarrhoea on and off for 2 years, worse with stress. Blood tests were normal.",
     "gastroenterology", "20~29", "female"),
    ("My mum (55) has been told her liver enzymes are high and her ultrasound shows a fatty liver. What happens next?",
     "gastroenterology", "50~59", "female"),
    ("My son (15) has Crohn's and his diarrhoea is back, 6 times a day, and he's losing weight again.",
     "gastroenterology", "10~19", "male"),

    # general-surgery
    ("I'm 38 and have a bulge in my groin that gets bigger when I cough and goes away when I lie down. I'm a bloke who lifts heavy stuff at work.",
     "general-surgery", "30~39", "male"),
    ("Mum is 61 and has gallstones. Third attack this year of pain under the right ribs after fatty food, it settles after a few hours. She wants it sorted.",
     "general-surgery", "60~69", "female"),
    ("I'm 44 (woman) and have a painful lump at the top of my bum crack that keeps swelling and discharging. Pilonidal?",
     "general-surgery", "40~49", "female"),
    ("Grandad is 82 and has a bulge at his belly button that's getting bigger. Soft, doesn't hurt much. His carers noticed it when washing him.",
     "general-surgery", "80+", "male"),

    # hematology-oncology
    ("Dad is 71 and his routine blood test showed lymphocytes of 28 and they mentioned CLL. He feels completely fine.",
     "hematology-oncology", "70~79", "male"),
    ("I'm 35 (female) and my platelets have come back low, around 60, on two blood tests. I bruise easily.",
     "hematology-oncology", "30~39", "female"),
    ("My daughter is 6. She's been pale and tired with lots of bruises, and her blood count came back with low haemoglobin and abnormal white cells. The GP has referred us urgently and said leukaemia needs ruling out.",
     "hematology-oncology", "0~9", "female"),
    ("My husband, 64, finished chemo for bowel cancer last year and his CEA is rising on the follow-up bloods.",
     "hematology-oncology", "60~69", "male"),

    # infectious-diseases
    ("I'm 30 and got back from Thailand a month ago. Diarrhoea on and off since, some weight loss, and the stool test showed a parasite.",
     "infectious-diseases", "30~39", "undisclosed"),
    ("I'm a 27 year old man, just diagnosed HIV positive, and want to start treatment as soon as possible.",
     "infectious-diseases", "20~29", "male"),
    ("My mum is 60 and her TB blood test came back positive (latent TB) before she starts a biologic for her arthritis. What treatment does she need?",
     "infectious-diseases", "60~69", "female"),
    ("I'm 45 (woman) and had a tick bite camping 3 weeks ago. Now there's a big bullseye rash spreading on my thigh and my joints ache.",
     "infectious-diseases", "40~49", "female"),

    # nephrology
    ("Dad, 77, his kidney function (eGFR) has dropped from 45 to 28 in a year. He's diabetic. They mentioned dialysis might be an option later on.",
     "nephrology", "70~79", "male"),
    ("I'm a 33 year old woman and my urine has been foamy, my ankles puffy, and the dipstick showed protein 3+.",
     "nephrology", "30~39", "female"),
    ("Mum is 49 and has polycystic kidney disease like her dad did. Her creatinine is creeping up each year.",
     "nephrology", "40~49", "female"),
    ("My brother, 22, has IgA nephropathy. He gets blood in his urine every time he has a cold.",
     "nephrology", "20~29", "male"),

    # neurology
    ("My wife, 62, has had a tremor in her right hand at rest for 6 months and she's got slower walking, shuffling a bit.",
     "neurology", "60~69", "female"),
    ("I'm 28 (male) and get migraines with aura 3-4 times a month. Missing a lot of work.",
     "neurology", "20~29", "male"),
    ("My daughter (14) has episodes of staring blankly for a few seconds many times a day. Her teachers noticed.",
     "neurology", "10~19", "female"),
    ("Mum, 55, has numbness and tingling in both feet creeping up for months and keeps tripping.",
     "neurology", "50~59", "female"),
]
