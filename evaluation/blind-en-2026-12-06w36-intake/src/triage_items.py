# Hand-written triage items: (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("my father is 67 and his ankles swell every evening and he gets breathless walking to the mosque which is only 200m, he has to stop twice. he had a heart attack 5 years ago. which doctor should he see again?",
     "cardiology", "60~69", "male"),
    ("I'm 34 female and I keep getting episodes where my heart suddenly races to like 180 for 10 minutes then stops just as suddenly. happens once a week. ECG at the clinic was normal in between",
     "cardiology", "30~39", "female"),
    ("Mum is 72, the doctor heard a murmur and says her aortic valve is narrow. She gets dizzy sometimes when climbing stairs. Who follows this up, and does she need a valve replaced?",
     "cardiology", "70~79", "female"),
    ("hi, 45 y/o man in Karachi, BP on 3 different meds still 160/100, also my cholesterol is high and my father died of heart attack at 50. need a proper heart check, echo, stress test etc",
     "cardiology", "40~49", "male"),

    # dentistry
    ("my son is 11 and his front teeth are growing in very crooked and overlapping, his friends tease him. when is the right time for braces?",
     "dentistry", "10~19", "male"),
    ("Gums bleed every time I brush, and my breath smells bad even after mouthwash. I'm a 38 year old woman, pregnant with my second. Is it the pregnancy?",
     "dentistry", "30~39", "female"),
    ("my grandma (81) has dentures that keep slipping and now she has a sore spot under them and cannot chew meat. can they be adjusted?",
     "dentistry", "80+", "female"),
    ("Wisdom tooth at the back on the right keeps getting swollen gum over it every few months, I'm 23, last time I had Augmentin from pharmacy. should it come out?",
     "dentistry", "20~29", "undisclosed"),

    # dermatology
    ("My 26 yo sister has acne all over her jaw and back, tried every cream from the pharmacy in Lagos for 2 years. She's thinking about Roaccutane. Who prescribes that?",
     "dermatology", "20~29", "female"),
    ("I'm 58, male, worked outdoors on farms all my life in Limpopo. There's a scaly patch on my nose that bleeds sometimes and doesn't heal for months.",
     "dermatology", "50~59", "male"),
    ("Dark patches on my cheeks and forehead since my second baby, I'm 33. Hydroquinone from the market made it worse. What really works for melasma?",
     "dermatology", "30~39", "female"),
    ("My husband (41) has thick silvery plaques on his elbows and scalp, very itchy and flaking on his shirts. The doctor said maybe psoriasis. Which specialist manages that?",
     "dermatology", "40~49", "male"),

    # endocrinology
    ("I'm 29 f, my neck looks swollen in the front, I'm losing weight even though I'm eating a lot, and my hands shake. My mum had thyroid problems. what test do I need?",
     "endocrinology", "20~29", "female"),
    ("My brother is 52 and his sugar is still around 250 even on metformin and gliclazide. GP says he may need insulin now. Should he see a sugar specialist?",
     "endocrinology", "50~59", "male"),
    ("My daughter is 15 and has very irregular periods, hair growing on her chin and she is gaining weight around the tummy. Someone said PCOS. Is it a hormone doctor or a gynae?",
     "endocrinology", "10~19", "female"),
    ("At 63 my calcium level came back high twice and my bones are thin on the scan. The report says maybe parathyroid. Who do I see?",
     "endocrinology", "60~69", "undisclosed"),

    # family-medicine
    ("hey, 31 year old guy, just want a general checkup, haven't seen a doctor in 8 years. blood pressure, sugar, the works. Where do I start?",
     "family-medicine", "30~39", "male"),
    ("Blocked nose, sore throat and slight fever for 3 days, I'm 27, everybody at the office has the same thing. Do I need antibiotics or just rest?",
     "family-medicine", "20~29", "undisclosed"),
    ("My mother is 55 and just always tired, no energy, a bit low, sleeps badly, aches here and there. No big illness known. where should she begin?",
     "family-medicine", "50~59", "female"),
    ("Need a medical certificate for a visa to Saudi. I'm 42, healthy, they want chest x-ray and blood tests. which doctor does this?",
     "family-medicine", "40~49", "undisclosed"),

    # gastroenterology
    ("I'm 36 male, heartburn almost every night for a year, Omeprazole helps only while I take it. Sometimes food feels stuck. Do I need a scope?",
     "gastroenterology", "30~39", "male"),
    ("My aunt is 48 and has had bloating and alternating constipation and diarrhoea for years, worse with stress. Tests at the GP were normal. who looks into IBS?",
     "gastroenterology", "40~49", "female"),
    ("Dad is 61 and his ultrasound showed fatty liver and his liver enzymes are double normal. He drinks a little on weekends. Is this a liver specialist thing?",
     "gastroenterology", "60~69", "male"),
    ("22 yo, I've had loose stools with mucus and sometimes blood for 2 months, lost 4kg, cramps before going. my cousin has ulcerative colitis.",
     "gastroenterology", "20~29", "undisclosed"),

    # general-surgery
    ("my husband (44) has a bulge in his groin that pops out when he coughs or lifts stuff at work and goes back when he lies down. doesn't hurt much. does he need an operation?",
     "general-surgery", "40~49", "male"),
    ("I've had gallstones on ultrasound and get bad pain under the right ribs after oily food maybe once a month. I'm 39 female. Should the gallbladder come out?",
     "general-surgery", "30~39", "female"),
    ("A lump on my dad's back has grown slowly over 10 years, soft, moves under the skin, now the size of an orange. He's 70. Who removes lipomas?",
     "general-surgery", "70~79", "male"),
    ("my 19 yo brother keeps getting a painful swollen abscess at the top of his bum crack, drained twice already. someone said pilonidal sinus",
     "general-surgery", "10~19", "male"),

    # hematology-oncology
    ("My mother, 58, has been told her white cell count is very high on a routine test and they saw strange cells. They mentioned CLL. Which department treats that?",
     "hematology-oncology", "50~59", "female"),
    ("I'm 25 and have sickle cell (SS). I get crises about 4 times a year. I want to know about hydroxyurea, which specialist do I see in Accra?",
     "hematology-oncology", "20~29", "undisclosed"),
    ("My husband is 66 and was just diagnosed with colon cancer after a scope, surgery done, now they say he needs chemo. Who plans that?",
     "hematology-oncology", "60~69", "male"),
    ("My son is 17 and bruises very easily, even from small bumps, and his gums bleed. His platelets were 40 on the test last week. He feels fine otherwise.",
     "hematology-oncology", "10~19", "male"),

    # infectious-diseases
    ("I'm 30 female and just tested HIV positive at a VCT centre in Harare. I feel ok. I don't know where to go next to start treatment.",
     "infectious-diseases", "30~39", "female"),
    ("My brother, 40, works in mining in Zambia and has had fevers on and off for 3 weeks, night sweats, malaria tests negative 3 times. Could it be something unusual?",
     "infectious-diseases", "40~49", "male"),
    ("After a trip to Mozambique I'm getting fever every 2 days with shivering. I'm 35, didn't take prophylaxis. Should I be tested for malaria?",
     "infectious-diseases", "30~39", "undisclosed"),
    ("My father is 73 and had a hip replacement, now the joint is red and a wound keeps draining pus for months despite several antibiotics courses. The ortho wants an infection specialist opinion.",
     "infectious-diseases", "70~79", "male"),

    # nephrology
    ("Mum is 64, diabetic for 20 years, and her creatinine keeps going up, now eGFR 32. Her feet are puffy. Does she need a kidney doctor?",
     "nephrology", "60~69", "female"),
    ("I'm 28 and there is protein in my urine on 3 tests, plus my BP is 150/95. The GP wants me to see a specialist. Which one?",
     "nephrology", "20~29", "undisclosed"),
    ("my uncle (55) is on dialysis three times a week and wants to know about getting on the transplant list in Riyadh. who should he talk to?",
     "nephrology", "50~59", "male"),
    ("Polycystic kidneys run in my husband's family, his dad was on dialysis. He is 37 and the ultrasound shows cysts in both kidneys. What now?",
     "nephrology", "30~39", "male"),

    # neurology
    ("I'm 33 female and for 2 years I get headaches with flashing zigzag lights before them, then vomiting, 3-4 times a month. Painkillers don't help much now.",
     "neurology", "30~39", "female"),
    ("my dad is 69 and his right hand shakes when it's resting, his walking has become slow and shuffling, and his face doesn't show much expression anymore",
     "neurology", "60~69", "male"),
    ("My daughter (24) has had tingling and numbness in both legs that comes and goes, and last year she lost vision in one eye for a few weeks. Could it be MS?",
     "neurology", "20~29", "female"),
    ("My son had 2 seizures this year, he's 16, both in the morning after staying up late gaming. EEG not done yet. Which specialist?",
     "neurology", "10~19", "male"),

    # obstetrics-gynecology
    ("I'm 35, my periods are very heavy with clots for a year, I change pads every hour on day 2. Ultrasound shows fibroids. Who should I see?",
     "obstetrics-gynecology", "30~39", "female"),
    ("my wife is 27 and 10 weeks pregnant with our first, we've only had one scan. she has mild nausea. when should she start antenatal care and where?",
     "obstetrics-gynecology", "20~29", "female"),
    ("Married 2 years, trying for a baby, I'm 31 and my cycles are regular. Husband's tests are fine. Where do I go for fertility checks?",
     "obstetrics-gynecology", "30~39", "female"),
    ("My mother is 56 and has had spotting again after her periods stopped 4 years ago. It is light, no pain.",
     "obstetrics-gynecology", "50~59", "female"),

    # ophthalmology
    ("My grandfather is 86 and everything looks foggy to him, can't read the Quran anymore even with glasses, bright lights give glare at night",
     "ophthalmology", "80+", "male"),
    ("i'm 19 and my eyesight keeps getting worse every year, now -6. someone told me about keratoconus. Can I get tested for it?",
     "ophthalmology", "10~19", "undisclosed"),
    ("My husband is 54 and diabetic for 12 years, never had his eyes checked. Lately he says he sees floaters. Who checks the retina?",
     "ophthalmology", "50~59", "male"),
    ("Itchy, watery, red eyes every spring for my 34 year old sister, antihistamine drops from pharmacy barely help. She wears contact lenses.",
     "ophthalmology", "30~39", "female"),

    # orthopedics
    ("I'm 62, female, my knees crack and hurt going down stairs and after sitting, the x-ray says osteoarthritis. When is a knee replacement worth it?",
     "orthopedics", "60~69", "female"),
    ("twisted my knee playing football 3 weeks ago, 24 male, it locks sometimes and gives way on turns. MRI shows meniscus tear.",
     "orthopedics", "20~29", "male"),
    ("My dad (47) has pain in his shoulder when he lifts his arm above his head, and it wakes him at night. He is a painter and decorator.",
     "orthopedics", "40~49", "male"),
    ("My son is 13 and I noticed one shoulder blade sticks out more and his back looks curved when he bends forward. Scoliosis?",
     "orthopedics", "10~19", "male"),

    # otolaryngology
    ("My 38 year old wife has had a blocked nose on one side for a year, loses her sense of smell, and the doctor saw polyps. who removes them?",
     "otolaryngology", "30~39", "female"),
    ("I'm 57 and my hearing in my left ear is going down slowly with a constant hissing. My right ear is fine.",
     "otolaryngology", "50~59", "undisclosed"),
    ("Hoarse voice for 6 weeks, I'm a 44 year old teacher, I talk all day. no cold, no pain. Should someone look at my vocal cords?",
     "otolaryngology", "40~49", "undisclosed"),
    ("my dad is 71 and snores loudly, sometimes gasps at night, mum says his breathing stops. also his nose is always blocked",
     "otolaryngology", "70~79", "male"),

    # pediatrics
    ("my daughter is 3 and has had a runny nose and cough for a week, low fever on and off, eating less but still playing. Does she need to see a doctor for children?",
     "pediatrics", "0~9", "female"),
    ("My baby boy is 9 months and still not sitting on his own, my other kids sat by 6 months. Should I worry?",
     "pediatrics", "0~9", "male"),
    ("Our 5 year old son is always catching colds and ear infections at kindergarten, like every 3 weeks. Is his immune system weak?",
     "pediatrics", "0~9", "male"),
    ("My niece is 7 and very small for her age, she's the shortest in her class and eats very little. Her growth card has dropped from the 50th line.",
     "pediatrics", "0~9", "female"),

    # psychiatry
    ("My husband is 42 and since losing his job he stays in bed, stopped eating properly, doesn't talk to the kids, for 2 months now. He says he's just tired. He has no thoughts of hurting himself, I asked.",
     "psychiatry", "40~49", "male"),
    ("I'm 20 f and I wash my hands like 50 times a day and check the door lock over and over, I know it's silly but I can't stop. uni is suffering",
     "psychiatry", "20~29", "female"),
    ("My father, 58, drinks every day and gets shaky in the mornings until he has a drink. He says he wants help stopping now. Who helps with alcohol?",
     "psychiatry", "50~59", "male"),
    ("My 17 yo brother says he hears voices talking about him when nobody is there, and he thinks the neighbours are spying on him through the TV. It's been 3 months.",
     "psychiatry", "10~19", "male"),

    # pulmonology
    ("My dad is 66, smoked 40 years, and gets breathless walking even a short distance now, coughs up phlegm every morning. The GP said COPD maybe.",
     "pulmonology", "60~69", "male"),
    ("I'm 29 female, asthma since childhood, but now I'm using my Ventolin 4 times a day and waking at night. My controller inhaler isn't helping.",
     "pulmonology", "20~29", "female"),
    ("My mum is 52 and the chest x-ray showed a small spot on her lung, 8mm. She never smoked but cooked on firewood for years in the village.",
     "pulmonology", "50~59", "female"),
    ("Dry cough for 4 months and getting breathless, I'm 61, worked in a stone quarry for 20 years. Doctors said the x-ray shows scarring.",
     "pulmonology", "60~69", "undisclosed"),

    # rehabilitation
    ("my father is 74 and had a stroke 6 weeks ago, he's home now but his left arm and leg are weak and he needs help to walk. How do we get physiotherapy started?",
     "rehabilitation", "70~79", "male"),
    ("I broke my ankle in a motorbike accident 3 months ago, plate and screws, cast is off, I'm 28 and still limping and my ankle is stiff. who helps get it moving again?",
     "rehabilitation", "20~29", "undisclosed"),
    ("My wife is 51 and had a knee replacement 2 weeks ago, she's scared to bend it. What exercises and how often, and should a physio come to the house?",
     "rehabilitation", "50~59", "female"),
    ("Our son (19) had a spinal cord injury from a diving accident last year and uses a wheelchair now. We want a proper rehab program to make him more independent.",
     "rehabilitation", "10~19", "male"),

    # rheumatology
    ("I'm 42 f, both my hands are stiff for over an hour every morning and my finger joints are swollen, wrists too. Blood test showed positive RF.",
     "rheumatology", "40~49", "female"),
    ("My husband is 35 and has lower back stiffness that is worse in the morning and better with exercise for 2 years now, also his heel hurts. Doctor said maybe ankylosing spondylitis.",
     "rheumatology", "30~39", "male"),
    ("My aunt is 27 with joint pains, hair falling out, mouth ulcers and a rash on her face. ANA positive. Who manages lupus?",
     "rheumatology", "20~29", "female"),
    ("grandpa is 78 and his shoulders and hips are so stiff in the morning he can't get out of bed without help, started 2 months ago, ESR very high",
     "rheumatology", "70~79", "male"),

    # urology
    ("Dad is 68 and gets up 5 times a night to pee, the stream is weak and he dribbles after. Is this his prostate?",
     "urology", "60~69", "male"),
    ("I've had kidney stones twice, I'm 38 male, last one was 6mm and I passed it. CT shows another 9mm one sitting in the kidney. Should it be blasted?",
     "urology", "30~39", "male"),
    ("My husband, 45, noticed a painless lump on one testicle while showering last week. it's firm and hasn't changed.",
     "urology", "40~49", "male"),
    ("I'm 53, female, and I leak urine every time I cough, sneeze or laugh. It's embarrassing at work. Is surgery an option?",
     "urology", "50~59", "female"),

    # nutrition
    ("My son is 14 and wants to go vegetarian. How do I make sure he gets enough protein and iron while he's growing and playing football?",
     "nutrition", "10~19", "male"),
    ("I'm 33, non-binary (they/them), and want to lose 15 kg before my wedding without crash diets. What should a normal day of meals look like with Nigerian food?",
     "nutrition", "30~39", "other"),
    ("My mum is 83 and has lost her appetite since grandad passed, she's getting thin. What foods or drinks can add calories easily for an older person?",
     "nutrition", "80+", "female"),
    ("Gym guy here, 25, how much protein per day should I eat to build muscle, and are protein shakes needed or can I do it with eggs and chicken?",
     "nutrition", "20~29", "male"),
]
