# Hand-written triage items (part 1). Writer 129.
# Each item: (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("I am 58 years man, from two weeks my heart is jumping, like it miss one beat and then hit strong. Mostly in evening when I lie in bed. No pain in chest. I drink many coffee on night shift in warehouse.",
     "cardiology", "50~59", "male"),
    ("My mother is 76, she have swollen ankles every evening and she is short of breath on the stairs for some months, now she sleep on three pillows. Her heart doctor in Romania said long time ago 'weak heart'. We want she see specialist here.",
     "cardiology", "70~79", "female"),
    ("I'm 43. At the company medical they heard a heart murmur and said I should get an echo. I feel totally fine and play five-a-side every week. Who do I need to see for this?",
     "cardiology", "40~49", "undisclosed"),
    ("my husband is 36 and sometimes when he running his heart go suddenly very fast like 200, then after some minutes stop suddenly like switch. Doctor in Poland saw ECG and said maybe WPW. Now it happens once a month.",
     "cardiology", "30~39", "male"),

    # dentistry
    ("My son is 6 years, his new front tooth is coming behind the baby tooth and the baby one still not falling out. Two rows like shark. Is it a problem?",
     "dentistry", "0~9", "male"),
    ("24 here. Bottom left wisdom tooth, the gum around it swells every few months and I can't open my mouth fully for a couple of days. Right now it's calm. Should it come out?",
     "dentistry", "20~29", "undisclosed"),
    ("My gums bleed when I brush and two teeth are a little bit loose. I am woman 52, smoking. In Ukraine I had dentist every year but here no NHS dentist taking new patients.",
     "dentistry", "50~59", "female"),
    ("Lost a filling yesterday chewing a toffee, there's a hole and it's sensitive to cold drinks. 67 year old man, no pain otherwise.",
     "dentistry", "60~69", "male"),

    # dermatology
    ("I am 31, woman, and I still have acne on chin and jaw like teenager, worse before period. I tried all creams from pharmacy, nothing help.",
     "dermatology", "30~39", "female"),
    ("Mole on my back changed the colour, my wife saw it, now darker and bigger edge. I am 62, I worked all my life outside on building sites.",
     "dermatology", "60~69", "male"),
    ("My daughter 14 have white patches on face and hands, getting bigger this year. Her grandmother had the same. Vitiligo? Can it be treated?",
     "dermatology", "10~19", "female"),
    ("27 year old guy, scalp very itchy with thick silver scales and also on both elbows. My father had psoriasis. Shampoos don't work.",
     "dermatology", "20~29", "male"),

    # endocrinology
    ("In Poland they found on ultrasound a thyroid nodule 1.5 cm, biopsy was benign (Bethesda II). Now I live in UK, who will follow it? I'm 48, woman.",
     "endocrinology", "40~49", "female"),
    ("I'm 29, type 1 diabetic since I was 8. Since moving to Germany my sugars go up and down a lot with shift work. I want to ask about insulin pump or sensor.",
     "endocrinology", "20~29", "undisclosed"),
    ("My husband 55 years has diabetes type 2 for ten years, HbA1c 78 on metformin and gliclazide. Doctor in Bulgaria wanted to start insulin but he is afraid. Who can help here?",
     "endocrinology", "50~59", "male"),
    ("I am 71 year old woman, calcium in my blood was high two times, 2.80 and 2.85, and the GP mentioned parathyroid. I have kidney stone history.",
     "endocrinology", "70~79", "female"),

    # family-medicine
    ("I'm 38 and want just a general check-up. I never had one since I moved to Ireland six years ago. Blood tests, blood pressure, everything. Nothing is wrong, just to be sure.",
     "family-medicine", "30~39", "undisclosed"),
    ("Cold for 5 days, runny nose, sore throat and small cough. I am 26 year old girl, working in cafe. Do I need antibiotic or it goes alone?",
     "family-medicine", "20~29", "female"),
    ("My father is 81, he is tired and not himself last weeks, nothing specific, eating a bit less, sleeping more. He doesn't complain of pain. Who should check him first?",
     "family-medicine", "80+", "male"),
    ("Hello, I'm 47 year old man, I need medical form filled for taxi licence and also want to ask which vaccines before visiting family in Moldova.",
     "family-medicine", "40~49", "male"),

    # gastroenterology
    ("I have pain in the belly from three months, after eating very bloated and then diarrhea, sometimes constipation, changes all the time. I am 34 years woman.",
     "gastroenterology", "30~39", "female"),
    ("My husband, 61, has heartburn every night, Controloc not helping anymore, and now sometimes bread gets stuck in the middle of chest when he swallows.",
     "gastroenterology", "60~69", "male"),
    ("I'm 23. For two months I have blood in my poo, mixed in, with tummy cramps and going 4-5 times a day. Lost 4 kg. Not travelling anywhere.",
     "gastroenterology", "20~29", "undisclosed"),
    ("Work medical showed ALT 120 and GGT high. I am 52 year man, I drink 2 beers a day. Hepatitis tests negative. What next?",
     "gastroenterology", "50~59", "male"),

    # general-surgery
    ("Lump in my groin, it comes out when I cough or lift and goes back when I lie down. 45 year old man, lifting boxes in warehouse all day.",
     "general-surgery", "40~49", "male"),
    ("Ultrasound found gallstones. I have attacks of pain under right ribs after fatty food, three times this year, each few hours. Woman 39. Should I have it removed?",
     "general-surgery", "30~39", "female"),
    ("I have a soft lump on my back like a small ball under the skin, growing slowly for years, not painful. 57 years. Can it be cut out?",
     "general-surgery", "50~59", "undisclosed"),
    ("19M, pilonidal sinus at top of my bum crack keeps coming back with pus every couple months. Drained twice already. I drive a lot for work.",
     "general-surgery", "10~19", "male"),

    # hematology-oncology
    ("My husband is 68, blood test show lymphocytes 25 and doctor said maybe CLL, leukemia, but they want only watch. What is this, why no treatment?",
     "hematology-oncology", "60~69", "male"),
    ("I'm 33, female, platelets 85 on two blood tests a month apart. I bruise easily. GP says refer. To whom?",
     "hematology-oncology", "30~39", "female"),
    ("My mother 74 had breast cancer operation in Poland last year, now she lives with me in Ireland and needs oncologist to continue follow-up and tamoxifen.",
     "hematology-oncology", "70~79", "female"),
    ("My son 17 has lump in neck 3 cm for 6 weeks, not going away after antibiotics, and he sweats at night and lost weight. GP did blood tests.",
     "hematology-oncology", "10~19", "male"),

    # infectious-diseases
    ("I have HIV diagnosed in Ukraine, I take Dolutegravir and tenofovir. I am man 37, now in Dublin. I need clinic to continue treatment and blood tests.",
     "infectious-diseases", "30~39", "male"),
    ("Before my job in care home I did the TB blood test (Quantiferon) and it is positive. X-ray clear, no cough. I am 42 woman from Romania. Do I need tablets?",
     "infectious-diseases", "40~49", "female"),
    ("I'm 27 and non-binary, I want to start PrEP for HIV prevention. Where can I get it and what tests first?",
     "infectious-diseases", "20~29", "other"),
    ("I am 58, woman. In Romania a dog bite me and I got 3 of the 5 rabies vaccines there. Now I am back in England and need to finish the course.",
     "infectious-diseases", "50~59", "female"),

    # nephrology
    ("My kidney function eGFR 38 now, last year 47. Creatinine going up. I'm 64, diabetic man. What can slow it?",
     "nephrology", "60~69", "male"),
    ("I'm 29. Work medical found protein and blood in urine, repeated twice, same. No pain, blood pressure normal. What does it mean for kidneys?",
     "nephrology", "20~29", "undisclosed"),
    ("My mother 72 is on dialysis three times a week, in Ukraine. Now we came to Germany as refugees, she needs dialysis centre from next week.",
     "nephrology", "70~79", "female"),
    ("Polycystic kidney disease in my family (father and aunt). I am 35 woman, ultrasound show cysts both kidneys and my blood pressure going up.",
     "nephrology", "30~39", "female"),

    # neurology
    ("Migraine with aura 3-4 times a month, zigzag lines then headache. Sumatriptan helps but too often. I am 32 woman, office work.",
     "neurology", "30~39", "female"),
    ("My husband 66 has shaking in right hand when resting, and he walks slow with small steps, his face less expression. In Lithuania nobody checked.",
     "neurology", "60~69", "male"),
    ("Numbness and tingling in both feet, slowly going up to ankles for a year. I am 54, no diabetes, don't drink much.",
     "neurology", "50~59", "undisclosed"),
    ("My daughter is 17. Two times teachers noticed she stares and doesn't respond for few seconds, then continues like nothing. She doesn't remember it.",
     "neurology", "10~19", "female"),
]
