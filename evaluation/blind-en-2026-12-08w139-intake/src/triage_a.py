# Triage items, part A: (text, department, age_range, gender). Written by hand. No emergencies.
ITEMS = [
    # cardiology
    ("I'm 63 and my GP started me on amlodipine 5 mg but my blood pressure is still around 155/95 at home after 6 weeks. My ankles have puffed up too. He's now talking about adding a second tablet. Should a heart specialist be looking at this?",
     "cardiology", "60~69", "male"),
    ("My husband is 71 and has atrial fibrillation. He's on apixaban and digoxin. His pulse is irregular and sits around 95 even at rest, and he gets tired walking to the shops. The GP says refer to the heart clinic. What will they do?",
     "cardiology", "70~79", "male"),
    ("Woman, 44. I get fluttering in my chest a few times a week, lasts a few seconds, then stops. Caffeine seems to make it worse. Had an ECG that was normal. Should I get a heart monitor?",
     "cardiology", "40~49", "female"),
    ("I had a stent put in 8 months ago (I'm 57). I'm on ticagrelor and aspirin and bruise like a peach. When can I stop the ticagrelor? My cardiologist appointment isn't until autumn.",
     "cardiology", "50~59", "undisclosed"),

    # dentistry
    ("My bottom back tooth has been sensitive to cold for about 3 weeks, and now it twinges when I bite. No swelling. I'm 29 and a bit scared of dentists. Can I just use Sensodyne?",
     "dentistry", "20~29", "undisclosed"),
    ("I'm on alendronate for osteoporosis (I'm 68, female) and my dentist wants to pull a molar. The leaflet talks about jaw bone problems. Do I need to stop the tablet first?",
     "dentistry", "60~69", "female"),
    ("My gums bleed every time I brush, and my breath is bad even though I brush twice a day. I'm a 35 year old guy, smoker. Is it gum disease?",
     "dentistry", "30~39", "male"),
    ("My son is 8 and one of his adult front teeth came in behind the baby tooth, which still hasn't fallen out. Shark teeth, the kids call it. Does the baby one need pulling?",
     "dentistry", "0~9", "male"),

    # dermatology
    ("I'm 16 and my acne is really bad on my back and jaw. I've tried benzoyl peroxide and the GP gave me lymecycline for 3 months which didn't do much. Can I get Roaccutane?",
     "dermatology", "10~19", "undisclosed"),
    ("I'm a 52 year old man with scaly red patches on my elbows and scalp. The steroid cream the pharmacist sold me helps a bit but it comes back. Someone said psoriasis?",
     "dermatology", "50~59", "male"),
    ("There's a mole on my shoulder that's got darker and slightly bigger over the past year, edges look a bit uneven. I'm 38, female, burn easily. Who should look at it?",
     "dermatology", "30~39", "female"),
    ("My mum is 81 and has a crusty spot on her nose that bleeds a bit now and then, been there maybe 6 months. She says it's nothing. Could it be skin cancer?",
     "dermatology", "80+", "female"),

    # endocrinology
    ("I'm 34 (woman) and have lost 7 kg without trying, my heart races, I'm sweaty all the time and my hands shake. Blood test showed TSH under 0.01 and high T4. GP mentioned an overactive thyroid.",
     "endocrinology", "30~39", "female"),
    ("Type 1 diabetic, 22, male. My A1c has crept up to 9.1 and I keep getting lows overnight on Lantus. I think my basal dose is wrong. Can I get help adjusting it?",
     "endocrinology", "20~29", "male"),
    ("My calcium came back high twice (2.78) and my PTH is also high. I'm 59, female. The GP said it's a parathyroid issue. What happens next?",
     "endocrinology", "50~59", "female"),
    ("I'm 47 and have been on metformin and gliclazide for years but my sugars are still in the teens most mornings. My doctor mentioned starting insulin or an injection like Trulicity and I'm nervous.",
     "endocrinology", "40~49", "undisclosed"),

    # family-medicine
    ("Hi, I'm 41 and haven't had a check-up in about 10 years. No symptoms really, just want to know what blood tests and screening I should ask for. Male, smoke socially.",
     "family-medicine", "40~49", "male"),
    ("Got a cold for 5 days - runny nose, sore throat, a bit of a cough. No fever. I'm 26. Anything worth taking besides paracetamol, or just wait it out?",
     "family-medicine", "20~29", "undisclosed"),
    ("I've been feeling tired all the time for a couple of months, not sleeping great, a bit achy. Nothing specific. Woman, 36, two small kids. Where do I even start?",
     "family-medicine", "30~39", "female"),
    ("I'm 72 and I'd like a general review of all my tablets - I'm on 9 different ones from 3 different doctors and I'm not sure they all still make sense. Retired postman.",
     "family-medicine", "70~79", "male"),

    # gastroenterology
    ("I've had heartburn nearly every day for a year. Omeprazole 20 mg helps but the minute I stop it comes back worse. I'm 55 and male. Should I have a camera test?",
     "gastroenterology", "50~59", "male"),
    ("I'm 24, female, and my stomach swells up like I'm pregnant by the evening, with cramping and alternating diarrhoea and constipation. Coeliac test was negative. IBS?",
     "gastroenterology", "20~29", "female"),
    ("My liver blood tests came back abnormal - ALT 140 - on a routine check. I drink maybe 2 glasses of wine a night. I'm 49. Could it be fatty liver?",
     "gastroenterology", "40~49", "undisclosed"),
    ("My dad has ulcerative colitis, 66, on mesalazine. He's had a flare for 3 weeks with 5-6 loose stools a day, some blood, but eating and drinking normally. His GP wants specialist advice about steroids.",
     "gastroenterology", "60~69", "male"),

    # general-surgery
    ("I've got a bulge in my groin that appears when I cough or lift and disappears when I lie down. No pain really, just an ache by evening. I'm 45, man, builder.",
     "general-surgery", "40~49", "male"),
    ("I'm 33 and had gallstones found on an ultrasound after a couple of painful attacks after fatty meals. They've settled. GP says surgery to remove the gallbladder - is that needed?",
     "general-surgery", "30~39", "undisclosed"),
    ("My grandmother (84) has a lump at her belly button that's been there for years but has got bigger. It's soft and pushes back in. Is she too old for an operation?",
     "general-surgery", "80+", "female"),
    ("Pilonidal cyst at the top of my bum crack, keeps getting infected, I've had 3 courses of flucloxacillin this year. I'm 19, male. Is there a permanent fix?",
     "general-surgery", "10~19", "male"),

    # hematology-oncology
    ("I'm 61 and my routine blood test showed a white count of 28 with lots of lymphocytes. I feel fine. GP said maybe CLL and referred me. What does that mean?",
     "hematology-oncology", "60~69", "undisclosed"),
    ("I was diagnosed with breast cancer last month (I'm 46). I'll be on letrozole after surgery. How bad are the side effects, and can I still take my evening primrose oil?",
     "hematology-oncology", "40~49", "female"),
    ("My platelets are 78 on two separate tests. I'm 28, female, I bruise easily and my periods are heavy. What could cause that?",
     "hematology-oncology", "20~29", "female"),
    ("My husband, 74, is on capecitabine tablets for bowel cancer. The palms of his hands are red and peeling. Should he keep taking the full dose until his next oncology review?",
     "hematology-oncology", "70~79", "male"),

    # infectious-diseases
    ("I got back from Ghana 10 days ago and I've had fevers on and off, headaches and sweats. I took doxycycline but missed a few days. I'm 31, female. Could it be malaria?",
     "infectious-diseases", "30~39", "female"),
    ("I'm HIV positive (diagnosed 2 years ago), 39, male, on Biktarvy. Viral load undetectable. Can I take St John's wort for low mood or does it interact?",
     "infectious-diseases", "30~39", "male"),
    ("My tuberculosis skin test came back positive for my new nursing job. No symptoms, chest X-ray clear. They want me to take isoniazid for 6 months. I'm 27. Is that really needed?",
     "infectious-diseases", "20~29", "undisclosed"),
    ("Had a tick bite while hiking 2 weeks ago and now there's an expanding red ring on my calf, about 8 cm. I'm 58. Lyme disease? What antibiotic do I need?",
     "infectious-diseases", "50~59", "undisclosed"),

    # nephrology
    ("My kidney function (eGFR) has gone from 58 to 41 over two years. I'm 67, diabetic, on ramipril. The GP says stage 3b. Should I be seeing a kidney doctor?",
     "nephrology", "60~69", "undisclosed"),
    ("I'm 25 and there's protein and a bit of blood in my urine on two dipsticks, plus my ankles swell at the end of the day. Woman. My BP is 148/94 which is high for me.",
     "nephrology", "20~29", "female"),
    ("My father is on dialysis three times a week, 76. He's asking whether he can take his usual ibuprofen for his knees and how much fluid he should drink. His potassium was 5.8 last week.",
     "nephrology", "70~79", "male"),
    ("I have polycystic kidney disease like my mother. I'm 43, male. My nephrologist mentioned a drug called tolvaptan. What is it and is it worth the side effects?",
     "nephrology", "40~49", "male"),

    # neurology
    ("I'm 29, female, and I get migraines with aura about 6 times a month. Sumatriptan works but I'm using it too often. Is there a preventer I can take? I'm on the combined pill.",
     "neurology", "20~29", "female"),
    ("My hands have started trembling when I hold a cup, worse when I'm stressed, and a glass of wine makes it better. I'm 64 and my father had the same. Parkinson's?",
     "neurology", "60~69", "undisclosed"),
    ("Numbness and tingling in both feet for about a year, slowly creeping up to the ankles. I'm 53, type 2 diabetic. The GP said neuropathy - can it be stopped?",
     "neurology", "50~59", "undisclosed"),
    ("My epilepsy was well controlled on lamotrigine but I've had two small seizures this month since my pharmacy switched brands. I'm 34, male. Should the dose change?",
     "neurology", "30~39", "male"),
]
