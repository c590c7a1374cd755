# triage items part A: 11 departments x 4
ITEMS = [
    # cardiology
    dict(text="Hello, I am 63 years old man from Greece. When I climb the stairs to my apartment (4th floor) I have pressure in the chest, go away after 2-3 minutes rest. Since 2 months. I smoke 30 years. Which examination I need?", department="cardiology", age_range="60~69", gender="male"),
    dict(text="palpitations!! 28F, heart skip beat many times a day, especially lying on left side. ECG at pharmacy in Seoul was normal. coffee 3 per day. need holter?", department="cardiology", age_range="20~29", gender="female"),
    dict(text="My blood pressure is always high even with 3 medicines (amlodipine 10, valsartan 160, hydrochlorothiazide 25). Home readings 160/95. I'm 52. What next? resistant hypertension?", department="cardiology", age_range="50~59", gender="undisclosed"),
    dict(text="I'm a 45 year old woman, at my work checkup they hear a heart murmur for the first time. I feel good, I do zumba. Echo appointment is in 2 months. Can I continue zumba until then?", department="cardiology", age_range="40~49", gender="female"),
    # dentistry
    dict(text="wisdom tooth lower right is half out and the gum over it gets swollen every month, bad taste. 23 years. remove it or wait?", department="dentistry", age_range="20~29", gender="undisclosed"),
    dict(text="Hello, I'm a 34-year-old man, I grind my teeth at night (my wife hears it) and now one molar has a crack and my jaw is tired in morning. Night guard from the pharmacy ok or dentist must make it?", department="dentistry", age_range="30~39", gender="male"),
    dict(text="gums bleeding when i brush since i moved to Canada for study, 19 y/o girl. also sensitive to cold drinks. change toothpaste?", department="dentistry", age_range="10~19", gender="female"),
    dict(text="My grandmother is 81 and her dentures are loose, she got sores in the mouth from them and can't eat meat. Need new dentures or some glue is ok?", department="dentistry", age_range="80+", gender="female"),
    # dermatology
    dict(text="I have itchy round patch on my arm, red border, clear centre, growing slowly 3 weeks. I'm 31 and have a cat from the shelter. Ringworm? Which cream?", department="dermatology", age_range="30~39", gender="undisclosed"),
    dict(text="Hair falling a lot since 3 months, in the shower handful. I'm woman 27, I had covid in January and a big diet. Is it telogen? will it come back?", department="dermatology", age_range="20~29", gender="female"),
    dict(text="I am 67 retired farmer from Spain, many years in sun. Now there are rough scaly spots on the forehead and the back of hands, they don't heal. My son said maybe pre-cancer. Can you tell me which treatment?", department="dermatology", age_range="60~69", gender="male"),
    dict(text="nonbinary, 22, they/them. Since starting testosterone my acne on back and jaw is awful, painful cysts. Can I do isotretinoin while on T?", department="dermatology", age_range="20~29", gender="other"),
    # endocrinology
    dict(text="I am 36 years woman, I always feel cold, tired, constipated, gain 6 kg without eating more. My TSH is 8.4 and anti-TPO 560. Doctor say only check again in 6 months. Should I take levothyroxine now?", department="endocrinology", age_range="30~39", gender="female"),
    dict(text="Type 1 diabetic since 12 years, I'm 41 now, thinking about switching to insulin pump from pens. My HbA1c 7.6 and lows at night sometimes. Pros and cons? I live in Dubai.", department="endocrinology", age_range="40~49", gender="undisclosed"),
    dict(text="My son is 15, shaving already, but my husband and me are short. Doctor said maybe early puberty and bone age. He is 1.58 m. Is it late to treat for height?", department="endocrinology", age_range="10~19", gender="male"),
    dict(text="Calcium in blood 11.2 and PTH 98, found by accident at checkup. I'm 58 years old lady. Kidney stone 2 years ago. What is this? Doctor mention parathyroid adenoma.", department="endocrinology", age_range="50~59", gender="female"),
    # family-medicine
    dict(text="Hi, I need a general check-up, I am 40 man, never did any in 10 years because I was working in Gulf. Which blood tests are recommended at 40?", department="family-medicine", age_range="40~49", gender="male"),
    dict(text="cold since 4 days, runny nose, little cough, throat scratchy, no fever. i'm 29 and work from home. just rest or need something?", department="family-medicine", age_range="20~29", gender="undisclosed"),
    dict(text="I'm 55 and I feel tired all the time, not sick exactly, sleep ok but no energy. Appetite normal. No other symptoms really. Where to start? Maybe just age?", department="family-medicine", age_range="50~59", gender="undisclosed"),
    dict(text="Hola, I'm a 72 year old woman, I just moved to Portugal to live with my daughter and I need a new family doctor to renew my regular prescriptions (blood pressure and cholesterol). What documents should I bring to the first visit?", department="family-medicine", age_range="70~79", gender="female"),
    # gastroenterology
    dict(text="heartburn every night for 1 year, I sleep with 3 pillows. Omeprazole helps but when stop it comes back. I'm 47 male, a bit overweight. Need endoscopy?", department="gastroenterology", age_range="40~49", gender="male"),
    dict(text="I have bloating and diarrhea always after pizza and pasta. 24 years old female. Celiac test? I'm Italian so it would be a disaster lol", department="gastroenterology", age_range="20~29", gender="female"),
    dict(text="My father, 71, has had a change in his bowel habits for three months, constipation alternating with loose stools, and lost 4 kg. Never did colonoscopy. Who do we see?", department="gastroenterology", age_range="70~79", gender="male"),
    dict(text="Hepatitis B carrier, 38, viral load 2000 IU/mL and ALT 45. Do I need treatment (tenofovir) or only follow up? In China many people like me.", department="gastroenterology", age_range="30~39", gender="undisclosed"),
    # general-surgery
    dict(text="I have a bulge in the groin right side when I cough or lift heavy, go back when I lie down. 50 years man, construction work. Doctor said hernia. Operation urgent or I can wait until winter?", department="general-surgery", age_range="50~59", gender="male"),
    dict(text="Gallstones found on ultrasound, 2 cm, I had 3 attacks of pain under the ribs after fatty food this year. 44 F. Doctor recommend removing the gallbladder, is life ok without it?", department="general-surgery", age_range="40~49", gender="female"),
    dict(text="Pilonidal cyst again, the third time. It's swollen at top of my butt. I'm 20, sit all day studying. Want definitive surgery, which kind is best?", department="general-surgery", age_range="20~29", gender="undisclosed"),
    dict(text="lipoma on my back, 5 cm, soft, growing slowly since few years. it's annoying with backpack. I am 36. can it be removed under local?", department="general-surgery", age_range="30~39", gender="undisclosed"),
    # hematology-oncology
    dict(text="My blood test shows platelets 620, second test 650. I'm 59 female, no symptoms. Doctor wants JAK2 test. What is this? Is it leukemia?", department="hematology-oncology", age_range="50~59", gender="female"),
    dict(text="I finished chemotherapy for breast cancer 6 months ago and now I'm on tamoxifen, 43 years. Hot flashes terrible and joints ache. Can I switch? Also how often scans?", department="hematology-oncology", age_range="40~49", gender="female"),
    dict(text="Lymph nodes in my neck both sides, 2 cm, not painful, 6 weeks now, plus night sweats and itching. I'm 26 male. ENT sent me to blood doctor. what could be?", department="hematology-oncology", age_range="20~29", gender="male"),
    dict(text="My husband, 68, has multiple myeloma, they propose stem cell transplant. Is he too old? He is fit, plays tennis. We are in Madrid.", department="hematology-oncology", age_range="60~69", gender="male"),
    # infectious-diseases
    dict(text="Came back from Nigeria 10 days ago, no malaria pills taken. Now I have fever every second day with chills and sweat. I'm 33. Malaria test needed right?", department="infectious-diseases", age_range="30~39", gender="undisclosed"),
    dict(text="I am HIV positive since 2019, undetectable, 35 yo gay man. I want to move to Japan for work. Can I bring my medicines? Will they find in visa check?", department="infectious-diseases", age_range="30~39", gender="male"),
    dict(text="Tick bite in Austrian forest 3 weeks ago and now a red ring rash 10 cm around the bite, growing. I'm 47 woman. Lyme? Do I need antibiotic?", department="infectious-diseases", age_range="40~49", gender="female"),
    dict(text="Before I go to Brazil Amazon, which vaccines? I am 62 and had yellow fever vaccine in 1995. Is it still valid at my age?", department="infectious-diseases", age_range="60~69", gender="undisclosed"),
    # nephrology
    dict(text="creatinine 1.8 and eGFR 38, I'm 66 woman with diabetes and blood pressure. Protein in urine also. Doctor says chronic kidney disease stage 3b. Will I need dialysis?", department="nephrology", age_range="60~69", gender="female"),
    dict(text="I'm 32 and at my work medical they found protein and blood in my urine. Blood pressure 145/92 which is high for me. Kidney biopsy? IgA?", department="nephrology", age_range="30~39", gender="undisclosed"),
    dict(text="my father is 74 on dialysis 3 times a week in Cairo. We want him to come visit us in London for 1 month. How to arrange dialysis abroad?", department="nephrology", age_range="70~79", gender="male"),
    dict(text="Polycystic kidney disease runs in my family, my mom had it. Ultrasound shows 4 cysts in each kidney, I'm 29 F. Is tolvaptan an option for me?", department="nephrology", age_range="20~29", gender="female"),
    # neurology
    dict(text="Migraines 10-12 days a month, I'm 38 female. Triptans work but I take too many. I heard about the new injections (CGRP). How can I get?", department="neurology", age_range="30~39", gender="female"),
    dict(text="My hands shake when I hold a cup or write, worse when nervous, better with a glass of wine haha. I'm 61 man, my father had the same. Essential tremor?", department="neurology", age_range="60~69", gender="male"),
    dict(text="Numbness and tingling in both feet slowly going up for months, now at the ankles. I'm 54. Not diabetic. B12 normal. What next?", department="neurology", age_range="50~59", gender="undisclosed"),
    dict(text="I am 24 woman and I had an episode of blurry vision in one eye with pain moving the eye, got better after 4 weeks. Now tingling in the leg. MRI shows some white spots. Is it MS?", department="neurology", age_range="20~29", gender="female"),
]
