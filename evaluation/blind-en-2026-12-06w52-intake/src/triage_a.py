# Hand-written triage items, part A. Each: (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("I'm a 58 year old man, had a stent in 2021. Lately my ankles swell by evening and I need 3 pillows to sleep. No chest pain. Should my cardiologist see me sooner than my June appointment?", "cardiology", "50~59", "male"),
    ("My heart does this flip-flop thing a few times a day, then it's fine. 44F, no other issues, coffee maybe 3 cups. Is a heart monitor worth it?", "cardiology", "40~49", "female"),
    ("blood pressure keeps running 155/95 even on 2 meds. 63. my doctor says try a third. should i see a heart specialist instead", "cardiology", "60~69", "undisclosed"),
    ("Dad is 77, they heard a new murmur at his physical and said maybe aortic stenosis. He gets tired walking to the mailbox. What's the next step?", "cardiology", "70~79", "male"),
    # dentistry
    ("Back molar aches when I drink anything cold, been 2 weeks. 36, no dental insurance through my new job yet. Can it wait?", "dentistry", "30~39", "undisclosed"),
    ("My gums bleed every time I brush and my dentist retired. I'm a 52 yr old diabetic woman. Is this gum disease?", "dentistry", "50~59", "female"),
    ("I grind my teeth at night so bad my husband hears it. Jaw sore every morning. 41.", "dentistry", "40~49", "female"),
    ("Chipped my front tooth on a fork (embarrassing). 67 years old, retired mailman. Is a crown the only fix?", "dentistry", "60~69", "male"),
    # dermatology
    ("I have a mole on my back that my wife says got bigger and darker. I'm 55 and spent years roofing in the sun.", "dermatology", "50~59", "male"),
    ("Scalp is flaky and itchy, tried Head & Shoulders, nothing. It's like thick silvery patches near the hairline. 29.", "dermatology", "20~29", "undisclosed"),
    ("adult acne at 34?? along my jaw, every month before my period. what can I use", "dermatology", "30~39", "female"),
    ("My 72 year old mother has a rough scaly spot on her nose that bleeds sometimes and doesn't heal. Skin cancer?", "dermatology", "70~79", "female"),
    # endocrinology
    ("Type 2 for 12 years, now on 3 pills and my A1c is still 9. I'm 49. My family doctor says maybe insulin. Should I see a diabetes specialist?", "endocrinology", "40~49", "undisclosed"),
    ("Lump in the front of my neck, ultrasound found a 2 cm thyroid nodule. 38F. What happens now?", "endocrinology", "30~39", "female"),
    ("I'm 61, male, always cold, gaining weight, hair thinning. TSH came back 11. Do I need a specialist or just pills?", "endocrinology", "60~69", "male"),
    ("My calcium was high on two blood tests (10.9 and 11.1) and the doctor mentioned parathyroid. I'm 57. What kind of doctor handles that?", "endocrinology", "50~59", "undisclosed"),
    # family-medicine
    ("Need a general check-up, haven't seen anyone in like 6 years. 45 yo guy. What should I get tested for?", "family-medicine", "40~49", "male"),
    ("Bad cold for 5 days, stuffy nose, sore throat, little cough. 31. Do I need antibiotics or just wait it out?", "family-medicine", "30~39", "undisclosed"),
    ("I'm 53 and just feel tired all the time. Not sad, not sick, just tired. Where do I start?", "family-medicine", "50~59", "undisclosed"),
    ("I'm a 68 year old woman and need my annual physical and vaccines updated before I visit my grandkids. Can I book here?", "family-medicine", "60~69", "female"),
    # gastroenterology
    ("Heartburn almost every night for a year, Tums aren't cutting it anymore. 47, male. Should I get scoped?", "gastroenterology", "40~49", "male"),
    ("Alternating diarrhea and constipation for months, bloated every afternoon. 27F. Is this IBS?", "gastroenterology", "20~29", "female"),
    ("My liver enzymes are high on routine labs (ALT 92). I'm 56 and don't drink much. What specialist?", "gastroenterology", "50~59", "undisclosed"),
    ("Crohn's since my 20s, I'm 39 now, and the Humira seems to have stopped working. More cramping and loose stools. Who adjusts this?", "gastroenterology", "30~39", "undisclosed"),
    # general-surgery
    ("I have a bulge in my groin that pops out when I lift boxes at work, goes back in when I lie down. 50 year old man. Hernia?", "general-surgery", "50~59", "male"),
    ("Gallstones found on ultrasound, I get pain after fatty meals maybe once a month. 42F. Do they need to take my gallbladder out?", "general-surgery", "40~49", "female"),
    ("Lump under my skin on my shoulder, soft and moves, been growing slowly for 2 years. 60. Lipoma? Can it be removed?", "general-surgery", "60~69", "undisclosed"),
    ("I have a painful bump near my tailbone that keeps draining pus. 22, guy. Doc said pilonidal cyst. Surgery?", "general-surgery", "20~29", "male"),
    # hematology-oncology
    ("My blood work shows platelets at 620. Repeat was 640. 66, no symptoms. Family doctor wants a referral. To who?", "hematology-oncology", "60~69", "undisclosed"),
    ("Finished chemo for colon cancer last year, 54 years old, woman. Who should be doing my follow-up scans, the surgeon or oncologist?", "hematology-oncology", "50~59", "female"),
    ("White count keeps coming back low, 2.9 then 3.1. I'm a 35 year old man and feel fine. Should I see a blood specialist?", "hematology-oncology", "30~39", "male"),
    ("Swollen lymph nodes in my neck and armpit for 6 weeks, night sweats, lost 15 lbs without trying. 48.", "hematology-oncology", "40~49", "undisclosed"),
    # infectious-diseases
    ("Got back from a work trip to Nigeria 2 weeks ago and I've had fevers on and off, no other symptoms. 43M. I took my malaria pills mostly.", "infectious-diseases", "40~49", "male"),
    ("Positive TB skin test at my new hospital job. Chest x-ray normal. 26F. Do I really need 4 months of pills?", "infectious-diseases", "20~29", "female"),
    ("Recurring UTIs that don't clear with antibiotics, 3 courses now, the culture shows a resistant bug. 65, woman. Who deals with resistant infections?", "infectious-diseases", "60~69", "female"),
    ("Newly diagnosed HIV last month. 31. Where do I go to start treatment and who manages it long term?", "infectious-diseases", "30~39", "undisclosed"),
    # nephrology
    ("My kidney function has dropped from eGFR 55 to 41 in a year. 62, diabetic and high BP. Should I see a kidney doctor?", "nephrology", "60~69", "undisclosed"),
    ("Protein in my urine at my checkup, 2 times now. 37 year old woman, no diabetes. What does it mean?", "nephrology", "30~39", "female"),
    ("Polycystic kidney disease runs in my family (dad, aunt). I'm 29 and just had an ultrasound showing cysts. Who follows this?", "nephrology", "20~29", "undisclosed"),
    ("Husband's 74, on dialysis prep talks. His nephrologist retired. We need a new one, how do we get referred?", "nephrology", "70~79", "male"),
    # neurology
    ("Migraines getting more frequent, like 10 a month now, with the zigzag lines before. 33F. Triptans barely work. Preventive options?", "neurology", "30~39", "female"),
    ("Numbness and tingling in both feet creeping up my legs over a few months. Not diabetic. 51, male.", "neurology", "50~59", "male"),
    ("My hand shakes when I'm resting and my handwriting got tiny. 69 years old. Could this be Parkinson's?", "neurology", "60~69", "undisclosed"),
    ("I'm 24 and had 2 episodes where I lost a few minutes and my roommate said I was staring and smacking my lips. Not driving since. Who do I see?", "neurology", "20~29", "undisclosed"),
]
