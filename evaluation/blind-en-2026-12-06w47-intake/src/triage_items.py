# Triage items: (text, department, age_range, gender). 4 per department, no emergencies.

ITEMS = [
    # cardiology
    ("I'm a 58 year old man and my heart skips and flutters when I lie down at night, for about a minute at a time. "
     "The ECG at my GP in Swindon was normal. Should I be asking for a 24-hour monitor?",
     "cardiology", "50~59", "male"),
    ("My mum is 74. Her ankles are puffy by evening and she gets more out of breath walking up to church than she "
     "did last year. She's had high blood pressure for ages. My sister in Durban thinks it's just age.",
     "cardiology", "70~79", "female"),
    ("33F, the nurse at my work health check heard a heart murmur and the GP wants an echo. I feel completely fine "
     "and run twice a week. What could a murmur mean at my age?",
     "cardiology", "30~39", "female"),
    ("My total cholesterol came back 7.9 and LDL 5.6. My dad died of a heart attack at 52 in Chennai. I'm 41, don't "
     "smoke. Should I see a heart specialist rather than just take a statin?",
     "cardiology", "40~49", "undisclosed"),
    # dentistry
    ("My 7 year old's adult front tooth is coming through behind the baby tooth, which isn't even wobbly. Two rows "
     "of teeth! Does the baby tooth need pulling?",
     "dentistry", "0~9", "undisclosed"),
    ("I'm 26 and the gum over my bottom left wisdom tooth swells up every few months, tastes bad and hurts to "
     "chew. Goes away after a week of salt water rinses.",
     "dentistry", "20~29", "undisclosed"),
    ("45 year old bloke, smoker. My gums bleed every time I brush and my wife says my breath is bad even after "
     "brushing. One tooth feels slightly loose.",
     "dentistry", "40~49", "male"),
    ("Granny is 82 and her dentures have gone loose, she's got sore red spots on her gums and has stopped eating "
     "meat because it hurts to chew.",
     "dentistry", "80+", "female"),
    # dermatology
    ("I'm a 17 year old guy with bad acne on my back and shoulders, some big painful ones leave marks. Tried "
     "benzoyl peroxide wash for 3 months. What next?",
     "dermatology", "10~19", "male"),
    ("Woman, 36, living in Kuala Lumpur. My hair is falling out in round bald patches the size of a coin, two on "
     "the back of my head. Skin underneath looks normal.",
     "dermatology", "30~39", "female"),
    ("I'm 64 and a man, I've had thick scaly silvery patches on my elbows and scalp for years, getting worse this "
     "winter. My nails have little pits too.",
     "dermatology", "60~69", "male"),
    ("I'm nonbinary, 24. I have really itchy little bumps on my wrists and between my fingers, much worse at night, "
     "and my partner's started itching too.",
     "dermatology", "20~29", "other"),
    # endocrinology
    ("I'm a 29 year old woman, I've lost 6 kg without trying, my hands shake, I'm always hot and my heart races. My "
     "aunt in Manila had something with her thyroid.",
     "endocrinology", "20~29", "female"),
    ("Male, 52, type 2 diabetes for 8 years. On metformin and gliclazide but my HbA1c is still 9.1. The clinic in "
     "Lahore says maybe insulin. Are there other options?",
     "endocrinology", "50~59", "male"),
    ("My son is 13 and by far the shortest in his class, his younger brother is taller. No signs of puberty yet. "
     "His dad was a late bloomer. Should he be tested?",
     "endocrinology", "10~19", "male"),
    ("I'm 44, my blood pressure keeps coming up high on three medications and my potassium was low twice. The GP "
     "mentioned an adrenal problem. What tests would confirm that?",
     "endocrinology", "40~49", "undisclosed"),
    # family-medicine
    ("I'm 30 and don't have any health problems but haven't seen a doctor in 6 years. What should a general check-up "
     "include?",
     "family-medicine", "30~39", "undisclosed"),
    ("Dad of three here, 47. Had a cold for five days, runny nose, mild sore throat, bit of a cough, no fever. "
     "Everyone at home has had it. Anything I can take to shift it?",
     "family-medicine", "40~49", "male"),
    ("22 year old female, I just feel tired all the time for the last couple of months. Sleeping 8 hours, eating "
     "okay, no other symptoms really. Where do I start?",
     "family-medicine", "20~29", "female"),
    ("My husband is 71 and we've just moved to Perth. He needs his flu and shingles vaccines and a general review "
     "of his tablets. Who do we see first?",
     "family-medicine", "70~79", "male"),
    # gastroenterology
    ("I'm a 38 year old woman, I get bloated most afternoons and swing between diarrhoea and constipation. It's "
     "worse when I'm stressed at work. Bloods were normal.",
     "gastroenterology", "30~39", "female"),
    ("55 yo male. Heartburn for years, and lately bread and meat feel like they get stuck halfway down. Omeprazole "
     "helps the burning but not the sticking.",
     "gastroenterology", "50~59", "male"),
    ("I'm a 19 year old guy, I've had diarrhoea with mucus and sometimes blood for two months, and I've lost about 4 "
     "kg. My cousin in Nairobi has Crohn's.",
     "gastroenterology", "10~19", "male"),
    ("Had my first colonoscopy at 63 and they removed two small polyps. When should the next one be, and do I "
     "need to change my diet?",
     "gastroenterology", "60~69", "undisclosed"),
    # general-surgery
    ("I'm a 42 year old man, I have a soft lump in my right groin that pops out when I cough or lift and goes "
     "back when I lie down. Doesn't hurt much.",
     "general-surgery", "40~49", "male"),
    ("50 year old woman. Ultrasound showed gallstones after I kept getting pain under my right ribs after fatty "
     "meals. The GP says I should think about having my gallbladder out.",
     "general-surgery", "50~59", "female"),
    ("I'm 27, male, drive a forklift all day. Got a painful swelling at the top of my bum crack that keeps "
     "draining, third time this year.",
     "general-surgery", "20~29", "male"),
    ("My mother is 68 and has a soft rubbery lump on her back that has slowly grown to the size of an egg over "
     "five years. Not painful. Can it be removed?",
     "general-surgery", "60~69", "female"),
    # hematology-oncology
    ("34 year old woman. My platelets came back at 62 on routine bloods and I do bruise easily. Otherwise well. "
     "What could cause that?",
     "hematology-oncology", "30~39", "female"),
    ("My father is 72. He's had painless swollen glands in his neck for two months, and he's sweating through his "
     "pyjamas at night. Antibiotics didn't help.",
     "hematology-oncology", "70~79", "male"),
    ("My daughter is 16 and has sickle cell. She's had three painful crises this year. Her doctor in Accra "
     "mentioned hydroxyurea. Is it safe for teenagers?",
     "hematology-oncology", "10~19", "female"),
    ("I'm 58 and finished chemo for breast cancer in March. How often should I have scans now, and is it normal "
     "that my fingers are still numb?",
     "hematology-oncology", "50~59", "female"),
    # infectious-diseases
    ("I'm a 28 year old gay man and want to start PrEP. What tests do I need first and how often after?",
     "infectious-diseases", "20~29", "male"),
    ("I'm 45, a woman, starting work as a care assistant in Toronto. My TB skin test was positive but my chest "
     "x-ray was clear and I feel well. Do I need treatment?",
     "infectious-diseases", "40~49", "female"),
    ("I'm 37 and nonbinary, HIV positive for 10 years, undetectable on Biktarvy. I'm moving to Singapore. How do I "
     "make sure I don't run out of meds?",
     "infectious-diseases", "30~39", "other"),
    ("My dad is 60 and was licked on an open scratch by a stray dog in Bali four days ago. He's back home in "
     "Adelaide now. Does he need the rabies vaccine course?",
     "infectious-diseases", "60~69", "male"),
    # nephrology
    ("I'm a 61 year old man, my eGFR has dropped from 58 to 42 over two years. I have diabetes and blood "
     "pressure. What can I do to slow it down?",
     "nephrology", "60~69", "male"),
    ("36 year old woman. My eyes are puffy every morning and my urine is frothy. The dipstick showed 3+ protein. "
     "What does that mean?",
     "nephrology", "30~39", "female"),
    ("My mother and her brother both have polycystic kidney disease. I'm 48. Should I be screened, and what "
     "does it involve?",
     "nephrology", "40~49", "undisclosed"),
    ("My mum is 77 and has been on haemodialysis three times a week in Colombo for a year. She's always itchy. Is "
     "that from the dialysis?",
     "nephrology", "70~79", "female"),
    # neurology
    ("I'm a 27 year old woman with migraines three times a week now, with zigzag lines before the headache. "
     "Sumatriptan helps but I'm using it too often.",
     "neurology", "20~29", "female"),
    ("My husband is 66 and his right hand shakes when it's resting on his lap, it stops when he picks up a cup. "
     "He's also walking slower with small steps.",
     "neurology", "60~69", "male"),
    ("I'm 41, female. For a month I've had tingling in both legs on and off, and last year I had blurry vision "
     "in one eye for a few weeks that got better. Should I be worried about MS?",
     "neurology", "40~49", "female"),
    ("Grandad is 84 and his memory has got gradually worse over two years — repeats stories, gets lost driving "
     "to places he knows. The family in Cork and in London disagree on what to do.",
     "neurology", "80+", "male"),
    # obstetrics-gynecology
    ("I'm 31 and we've been trying for a baby for 14 months. My periods come every 35 to 50 days. Should I get "
     "checked?",
     "obstetrics-gynecology", "30~39", "female"),
    ("49 year old woman, hot flushes, night sweats and my periods are all over the place. Is HRT safe for me? My "
     "mum had a blood clot once.",
     "obstetrics-gynecology", "40~49", "female"),
    ("My daughter is 17 and her periods are so painful she misses two days of school a month, even with "
     "ibuprofen. Her grandmother says it'll settle after she has children.",
     "obstetrics-gynecology", "10~19", "female"),
    ("I'm 24 and 10 weeks pregnant with my first. Constant nausea but I can keep water and crackers down. When "
     "should my first scan be?",
     "obstetrics-gynecology", "20~29", "female"),
    # ophthalmology
    ("My mother is 71 and says her vision is like looking through a dirty window, and car headlights at night "
     "have halos. Her optician mentioned cataracts.",
     "ophthalmology", "70~79", "female"),
    ("My son is 12, he's been squinting at the TV and his teacher moved him to the front row. Both his parents "
     "wear glasses.",
     "ophthalmology", "10~19", "male"),
    ("I'm 53 and work on screens all day. My eyes feel gritty and burning by the afternoon and water a lot. "
     "Artificial tears help a bit.",
     "ophthalmology", "50~59", "undisclosed"),
    ("38 year old man, type 1 diabetic since childhood. I haven't had my eyes checked in 4 years. What kind of "
     "eye exam do I need?",
     "ophthalmology", "30~39", "male"),
    # orthopedics
    ("I'm a 56 year old woman with knee pain on stairs and stiffness after sitting. The x-ray says moderate "
     "osteoarthritis. Is it time to talk about replacement?",
     "orthopedics", "50~59", "female"),
    ("I'm 19, male, play football. Twisted my knee in a tackle two months ago and it keeps giving way. MRI showed "
     "an ACL tear. Do I need surgery?",
     "orthopedics", "10~19", "male"),
    ("44 yo male, painter and decorator. My shoulder hurts when I lift my arm above head height and at night when "
     "I lie on it. Three months now.",
     "orthopedics", "40~49", "male"),
    ("I'm 35 and get sharp pain in my heel with the first steps in the morning, eases after walking a bit, then "
     "comes back after standing all day.",
     "orthopedics", "30~39", "undisclosed"),
    # otolaryngology
    ("My daughter is 6 and snores really loudly, sometimes pauses in her breathing while asleep, and her tonsils "
     "look huge. She's tired at school.",
     "otolaryngology", "0~9", "female"),
    ("I'm a 62 year old man. Hearing in my left ear has been getting worse over a year with a constant ringing. "
     "Right ear is fine.",
     "otolaryngology", "60~69", "male"),
    ("29 year old woman, my nose has been blocked for about 6 months, I've lost my sense of smell and I have "
     "thick drip down my throat. Nasal sprays barely help.",
     "otolaryngology", "20~29", "female"),
    ("I'm a teacher, 47, and my voice has been hoarse for 4 weeks. No cold, I don't smoke. It's worse by "
     "Friday.",
     "otolaryngology", "40~49", "undisclosed"),
    # pediatrics
    ("My son is 2 and has had a runny nose and a temperature of 38.3 since yesterday. He's drinking fine, "
     "playing between naps, just eating less.",
     "pediatrics", "0~9", "male"),
    ("My daughter is 8 months old and the clinic in Kisumu says her weight has dropped from the 50th to the 10th "
     "centile. She's breastfed and started porridge.",
     "pediatrics", "0~9", "female"),
    ("Our 5 year old only poos every four or five days and it hurts, so holds it in. We've tried more fruit. What "
     "else?",
     "pediatrics", "0~9", "undisclosed"),
    ("My daughter is 10 and has had one cold after another all winter, plus two ear infections. Her older "
     "brothers don't get sick like this. Is her immune system weak?",
     "pediatrics", "10~19", "female"),
    # psychiatry
    ("I'm a 23 year old man and I've started getting panic attacks on the train to work, heart pounding, feeling "
     "like I can't breathe, then fine after 10 minutes. Checked out physically fine.",
     "psychiatry", "20~29", "male"),
    ("I'm 39 and had my second baby four months ago. I feel flat and cry most days, can't enjoy anything. My mum "
     "says it's just tiredness. I'm safe, just low.",
     "psychiatry", "30~39", "female"),
    ("Our 15 year old, who is nonbinary, has been staying in their room, sleeping till 2pm and dropped all their "
     "friends since the start of term.",
     "psychiatry", "10~19", "other"),
    ("My father retired at 65 and now, at 68, he's drinking a bottle of wine a night and barely leaves the house. "
     "He says he's 'just bored'.",
     "psychiatry", "60~69", "male"),
    # pulmonology
    ("I'm a 59 year old woman, smoked 30 years. I cough up phlegm every morning and get breathless walking fast. "
     "Could this be COPD?",
     "pulmonology", "50~59", "female"),
    ("33M with asthma since childhood. I'm using my blue inhaler every day now and waking at night wheezing. My "
     "brown inhaler doesn't seem to do much.",
     "pulmonology", "30~39", "male"),
    ("My father is 74, ex-smoker. A CT for something else found an 8 mm nodule in his right lung. They want to "
     "repeat the scan in 3 months. Is waiting safe?",
     "pulmonology", "70~79", "male"),
    ("Our grandmother is 86 and was told she has pulmonary fibrosis. She gets breathless dressing herself. Are "
     "there treatments at her age?",
     "pulmonology", "80+", "female"),
    # rehabilitation
    ("My father is 69 and had a stroke two months ago. He's home now but his left arm is weak and he can't button "
     "his shirt. How do we get him more therapy?",
     "rehabilitation", "60~69", "male"),
    ("I'm a 27 year old woman, had my ACL reconstructed six weeks ago. What should my physio programme look like "
     "to get back to netball?",
     "rehabilitation", "20~29", "female"),
    ("I'm 52. It's been six weeks since a car rear-ended me and my neck is still stiff and sore turning to check "
     "blind spots. X-rays were fine.",
     "rehabilitation", "50~59", "undisclosed"),
    ("Mum is 81 and had a hip pinned after a fall in June. She's walking with a frame but is frightened to go "
     "outside. How do we build her confidence and strength?",
     "rehabilitation", "80+", "female"),
    # rheumatology
    ("I'm a 42 year old woman. My hands are stiff for over an hour each morning and my knuckles are swollen on "
     "both sides. Worse over three months.",
     "rheumatology", "40~49", "female"),
    ("28 year old guy, my lower back is really stiff in the mornings and gets better once I move around. It wakes "
     "me at 4am. Painkillers barely help.",
     "rheumatology", "20~29", "male"),
    ("I'm a man of 57. My big toe went red, hot and swollen twice this year, and my uric acid is 0.52. Should I "
     "be on a daily tablet?",
     "rheumatology", "50~59", "male"),
    ("I'm 19, female, I get a red rash across my cheeks in the sun, my joints ache and I'm exhausted. My ANA came "
     "back positive.",
     "rheumatology", "10~19", "female"),
    # urology
    ("I'm a 66 year old man, I get up four times a night to pee and the stream is weak and stop-start. My PSA "
     "was normal last year.",
     "urology", "60~69", "male"),
    ("34M, passed my third kidney stone this year. How do I stop making them? I live in Dubai and work "
     "outdoors.",
     "urology", "30~39", "male"),
    ("I'm a 45 year old woman with three kids and I leak urine when I cough, laugh or jump. Pelvic floor "
     "exercises haven't fixed it.",
     "urology", "40~49", "female"),
    ("Our son is 3 and the doctor said one of his testicles hasn't come down into the scrotum. He's not in any "
     "pain. Will he need an operation?",
     "urology", "0~9", "male"),
    # nutrition
    ("I'm a 30 year old woman who has just gone vegetarian. How do I make sure I get enough protein and iron "
     "without meat?",
     "nutrition", "30~39", "female"),
    ("My son is 16 and plays rugby, training five times a week. What should he be eating to fuel that? He "
     "skips breakfast.",
     "nutrition", "10~19", "male"),
    ("My husband is 73 and has type 2 diabetes. What should a typical day of meals look like for him? He loves "
     "rice and chapati.",
     "nutrition", "70~79", "male"),
    ("I'm 25 and want to lose about 10 kg sensibly, no crash diets. How many calories and what kind of meals?",
     "nutrition", "20~29", "undisclosed"),
]
