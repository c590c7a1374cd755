# Hand-written triage items: (text, department, age_range, gender). No emergencies.

TRIAGE = [
    # cardiology
    ("my husband is 62 and gets tightness in his chest when he climbs the stairs to our flat, it goes after he rests for 5 mins. he is diabetic. which heart tests should he ask for?", "cardiology", "60~69", "male"),
    ("I'm a 34 yr old woman and my heart sometimes flutters and skips a beat, esp after coffee, lasts a few seconds. ECG at the clinic was normal. do i need a holter monitor?", "cardiology", "30~39", "female"),
    ("Dad's 78, the echo showed moderate aortic stenosis and they want to 'watch it'. What symptoms mean the valve is getting worse?", "cardiology", "70~79", "male"),
    ("Both my father and uncle had heart attacks before 50. I'm 45, cholesterol 7.1 and BP around 150/95 at home. GP says see a heart specialist for a risk check, what will they do?", "cardiology", "40~49", "undisclosed"),
    # dentistry
    ("My 7 year old daughter's adult front tooth is coming in behind her baby tooth which is still not loose. Should the dentist pull the baby one?", "dentistry", "0~9", "female"),
    ("52 here, gums bleed every time I brush and two lower teeth feel a bit loose. I smoke. Can they be saved?", "dentistry", "50~59", "undisclosed"),
    ("wisdom tooth at the back keeps getting a swollen gum flap over it every few months, bad taste, 23 yr old guy. extract or not?", "dentistry", "20~29", "male"),
    ("Mum is 81 and her dentures don't fit anymore, she has sores on her gums and can't chew meat. Can they be relined or does she need new ones?", "dentistry", "80+", "female"),
    # dermatology
    ("i'm 16 and have acne on my forehead and back, tried benzoyl peroxide for 3 months and it's not better. what's next?", "dermatology", "10~19", "undisclosed"),
    ("Dark brown patches on my cheeks since my second pregnancy, I'm 36. Is it melasma and which creams actually work for brown skin?", "dermatology", "30~39", "female"),
    ("my grandfather is 74 and has a rough scaly spot on his bald head that bleeds sometimes when he scratches. he was a farmer in the sun all his life.", "dermatology", "70~79", "male"),
    ("Itchy scalp with silvery flakes, also thick patches on both elbows. 28 yo man from Chennai. psoriasis? what treatment?", "dermatology", "20~29", "male"),
    # endocrinology
    ("TSH 0.01, free T4 high, lost 6 kg in 2 months, heart racing and hands shaking. 31 F. What are the treatment options for overactive thyroid?", "endocrinology", "30~39", "female"),
    ("I'm 57 and diabetic for 10 years, on metformin and gliclazide, HbA1c still 9. What's the next step, insulin?", "endocrinology", "50~59", "undisclosed"),
    ("My son is 13 and much shorter than all his classmates, both me and his father are tall. The school nurse mentioned growth hormone. Who checks this?", "endocrinology", "10~19", "male"),
    ("Calcium came back 2.8 on routine bloods and PTH is high. I'm a 64 year old lady. They mentioned the parathyroid gland, what does it mean?", "endocrinology", "60~69", "female"),
    # family-medicine
    ("I'm 40, a guy, and I haven't had a check-up in 10 years. Which tests should a man my age get done?", "family-medicine", "40~49", "male"),
    ("Had a cold for 6 days now, runny nose and scratchy throat, no fever. 27 F. anything to speed it up?", "family-medicine", "20~29", "female"),
    ("always tired lately, 48 yo, sleep 7 hours, no other real symptoms. where do I even start?", "family-medicine", "40~49", "undisclosed"),
    ("My mum is 70 and wants to know which vaccines she should get this year, flu, pneumonia, shingles?", "family-medicine", "70~79", "female"),
    # gastroenterology
    ("Bloating and alternating diarrhoea and constipation for 2 yrs, worse with stress, I'm a 33 year old woman. Is this IBS and what helps?", "gastroenterology", "30~39", "female"),
    ("My father, 66, had a colonoscopy and they removed 3 polyps. When should he repeat it?", "gastroenterology", "60~69", "male"),
    ("heartburn every night for months, antacids don't help anymore, 42 male, Cairo. do I need an endoscopy?", "gastroenterology", "40~49", "male"),
    ("Fatty liver grade 2 on ultrasound and ALT 90, I'm a 29 yo man, don't drink. will it get worse?", "gastroenterology", "20~29", "male"),
    # general-surgery
    ("lump in my groin that pops out when I cough and goes back when I lie down. 55 M. does it need an operation?", "general-surgery", "50~59", "male"),
    ("Gallstones found on the scan after I kept getting pain under my right ribs after fatty food. 44 F. Should I get my gallbladder removed?", "general-surgery", "40~49", "female"),
    ("A soft lump on my back, moves under the skin, slowly grown over 5 years. 38 yo. lipoma removal, is it day surgery?", "general-surgery", "30~39", "undisclosed"),
    ("My son is 19 and has a painful swelling at the top of his bum crack that keeps draining pus, it's the third time this year.", "general-surgery", "10~19", "male"),
    # hematology-oncology
    ("Blood test showed white count 48 with high lymphocytes, my husband is 71 and has no symptoms. They said maybe CLL. What happens now?", "hematology-oncology", "70~79", "male"),
    ("I'm 26 and just found out I have beta thalassemia trait, my haemoglobin is always around 10. Do I need iron or not?", "hematology-oncology", "20~29", "undisclosed"),
    ("Mum's 58, just finished chemo for ovarian cancer in March and her CA-125 is rising again. What options are there?", "hematology-oncology", "50~59", "female"),
    ("Platelets 95 on a routine blood test, I'm a 35 year old man, no bruising or bleeding. who should I see?", "hematology-oncology", "30~39", "male"),
    # infectious-diseases
    ("Came back from visiting family in Nigeria 3 weeks ago, now fevers every other day with chills, I'm 39 and didn't take malaria tablets. Can I get tested without a GP?", "infectious-diseases", "30~39", "undisclosed"),
    ("just tested HIV positive, 22, gay man, feeling fine physically. when should I start treatment and where?", "infectious-diseases", "20~29", "male"),
    ("My roommate has TB, I'm a 30 year old woman, my skin test is positive but chest xray clear. Do I need to take pills?", "infectious-diseases", "30~39", "female"),
    ("My mother, 50, in Karachi was diagnosed with typhoid, took antibiotics for 7 days but still fever. Could it be the resistant kind?", "infectious-diseases", "50~59", "female"),
    # nephrology
    ("Creatinine 2.1, eGFR 32, I'm a 67 year old man, diabetic. Will I need dialysis someday?", "nephrology", "60~69", "male"),
    ("Foamy urine and puffy eyes in the morning, 24 F, dipstick showed protein 3+. what could it be?", "nephrology", "20~29", "female"),
    ("My mother's potassium keeps coming back high on her kidney bloods, she's 75 with stage 4 CKD and on ramipril. Could the ramipril be the cause?", "nephrology", "70~79", "female"),
    ("Polycystic kidneys run in my dad's side of the family, I'm 35 and my BP is creeping up. should I get screened?", "nephrology", "30~39", "undisclosed"),
    # neurology
    ("Migraines with aura twice a week, 29 F, topiramate made me foggy. What other preventers are there?", "neurology", "20~29", "female"),
    ("My father is 73 and his hand shakes when it's resting in his lap and he walks with small shuffling steps now. who should we see?", "neurology", "70~79", "male"),
    ("Tingling that comes and goes, once in my leg for a week, and last year blurry vision in one eye that got better. I'm a 32 yr old woman. could this be MS?", "neurology", "30~39", "female"),
    ("My 17 year old son had his first seizure last month, EEG was normal and he's been fine since. Can he learn to drive?", "neurology", "10~19", "male"),
    # obstetrics-gynecology
    ("Periods very heavy with clots, flooding through pads at work, 44 F, fibroids on scan. What are the options besides hysterectomy?", "obstetrics-gynecology", "40~49", "female"),
    ("I'm 28 and we've been trying for a baby for 14 months with no luck. when should I get checked and what tests?", "obstetrics-gynecology", "20~29", "female"),
    ("Pap smear came back HPV positive and ASCUS, I'm 35. what is a colposcopy?", "obstetrics-gynecology", "30~39", "female"),
    ("Postmenopausal since 52, now 58, and I had a bit of spotting last week, just once. Do I need a scan?", "obstetrics-gynecology", "50~59", "female"),
    # ophthalmology
    ("My grandmother, 84, says everything looks cloudy and she gets glare from lights, new glasses didn't help. cataract?", "ophthalmology", "80+", "female"),
    ("I'm 60, diabetic 8 years, never had my eyes checked. should I? what do they look for?", "ophthalmology", "60~69", "undisclosed"),
    ("Red itchy watery eyes every spring, my 12 yo boy keeps rubbing them. Drops?", "ophthalmology", "10~19", "male"),
    ("I've had floaters in my right eye for years, I'm 45 and very short-sighted, nothing new, no flashes. Do I need a routine check?", "ophthalmology", "40~49", "undisclosed"),
    # orthopedics
    ("Knee pain when climbing stairs, 65 F, xray says osteoarthritis. Injections or knee replacement?", "orthopedics", "60~69", "female"),
    ("Twisted my ankle playing football 3 weeks ago, still swollen and it gives way, 24 M. ligament tear?", "orthopedics", "20~29", "male"),
    ("Shoulder pain, can't lift my arm above my head, I'm a 52 yo man, house painter. rotator cuff?", "orthopedics", "50~59", "male"),
    ("My 11 yo daughter's back looks uneven, one shoulder blade sticks out more when she bends forward. scoliosis?", "orthopedics", "10~19", "female"),
    # otolaryngology
    ("Blocked nose on the left side for months, 40 M, lost my sense of smell. polyps?", "otolaryngology", "40~49", "male"),
    ("My 8 year old son has had tonsillitis 6 times this year, missing school. Should his tonsils come out?", "otolaryngology", "0~9", "male"),
    ("Ringing in both ears after 30 years working in a textile factory, 61 man. anything to help?", "otolaryngology", "60~69", "male"),
    ("Hoarse voice for 5 weeks, 57 F, ex-smoker, I'm a teacher. who should look at my throat?", "otolaryngology", "50~59", "female"),
    # pediatrics
    ("my 2 yr old has had a runny nose, cough and low fever 37.9 for 3 days, still eating and playing ok. what can i give?", "pediatrics", "0~9", "undisclosed"),
    ("Baby girl 9 months has had loose stools 4 times a day for 2 days, still wetting nappies and playful. ORS?", "pediatrics", "0~9", "female"),
    ("My son is 4 and still only says single words, not sentences. Is that late? Who assesses this?", "pediatrics", "0~9", "male"),
    ("My 6 year old has small red spots with blisters on his tummy and back, mild fever, goes to school. chickenpox? how long off school?", "pediatrics", "0~9", "male"),
    # psychiatry
    ("I'm 19 and I feel low all the time, can't enjoy anything, sleeping 12 hours a day. not suicidal. counselling or meds?", "psychiatry", "10~19", "undisclosed"),
    ("Mum is 67 and since dad died she checks the doors 20 times a night and washes her hands till they crack. what is this?", "psychiatry", "60~69", "female"),
    ("30 yo man, panic attacks in the metro, heart pounding and I feel like I'm dying, but the cardiologist said my heart is fine. what now?", "psychiatry", "30~39", "male"),
    ("My husband, 45, drinks every day and gets shaky in the mornings. He wants to stop. How can he do it safely?", "psychiatry", "40~49", "male"),
    # pulmonology
    ("Smoked for 40 years, 64 M, breathless walking uphill, spirometry said COPD. which inhalers are best?", "pulmonology", "60~69", "male"),
    ("Asthma since childhood, 27 F, been using my reliever 3 times a day lately and waking at night coughing. Preventer?", "pulmonology", "20~29", "female"),
    ("Dad, 70, CT scan showed an 8mm nodule in his lung. What follow-up does he need?", "pulmonology", "70~79", "male"),
    ("Dry cough for 2 months since covid, 38, no fever, chest xray normal. who do I see?", "pulmonology", "30~39", "undisclosed"),
    # rehabilitation
    ("My mother, 76, had a stroke 2 months ago and her right arm is still weak and stiff. What exercises can we do at home?", "rehabilitation", "70~79", "female"),
    ("Had ACL reconstruction 6 weeks ago, 26 M, when can I start jogging again?", "rehabilitation", "20~29", "male"),
    ("After my hip replacement at 69 I still walk with a limp 3 months later. Would more physio help?", "rehabilitation", "60~69", "undisclosed"),
    ("Broke my wrist in January, cast off now, 58 F, I can't turn my hand to open jars. How long will physio take?", "rehabilitation", "50~59", "female"),
    # rheumatology
    ("Morning stiffness in my hands for 2 hours, knuckles swollen, 42 F. RA factor came back positive. what now?", "rheumatology", "40~49", "female"),
    ("Back stiffness worse in the mornings, better with exercise, 27 man, HLA-B27 positive. ankylosing spondylitis?", "rheumatology", "20~29", "male"),
    ("My grandmother, 80, has pain and stiffness in both shoulders and hips, struggles to get out of bed, ESR 70. what could it be?", "rheumatology", "80+", "female"),
    ("Gout attacks 4 times this year, 50 M, uric acid 9. Do I have to take allopurinol forever?", "rheumatology", "50~59", "male"),
    # urology
    ("Getting up 4 times a night to pee and my stream is weak, 68 M. prostate?", "urology", "60~69", "male"),
    ("CT showed a 6mm stone in my ureter, pain is controlled with tablets, 39 M. Will it pass on its own?", "urology", "30~39", "male"),
    ("I leak urine when I cough or sneeze, 47 F, 3 kids. Is surgery the only option?", "urology", "40~49", "female"),
    ("Blood in my urine once last week, no pain at all, I'm 61 and a smoker. which tests?", "urology", "60~69", "undisclosed"),
    # nutrition
    ("I'm 35 and want to lose 15 kg, what diet should I follow? I work nights and eat at odd hours.", "nutrition", "30~39", "undisclosed"),
    ("My son is 15 and just went vegan, how do we make sure he gets enough protein and B12?", "nutrition", "10~19", "male"),
    ("Newly diagnosed prediabetic at 52, F, what should I eat for breakfast? I love rice and chapati.", "nutrition", "50~59", "female"),
    ("Dad is 79 and losing weight, small appetite. How can we add calories to his meals?", "nutrition", "70~79", "male"),
]
