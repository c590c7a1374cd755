# Triage items, part B: (text, department, age_range, gender). Written by hand. No emergencies.
ITEMS = [
    # obstetrics-gynecology
    ("I'm 31 and 9 weeks pregnant with my first. Can I keep taking my sertraline? I was on 100 mg before I got pregnant and I'm terrified of going off it.",
     "obstetrics-gynecology", "30~39", "female"),
    ("Periods every 2 weeks for the last 4 months, heavy, with clots. I'm 47 - is this the perimenopause or something that needs checking?",
     "obstetrics-gynecology", "40~49", "female"),
    ("I'm 22 and have had PCOS diagnosed, irregular periods and acne. Doctor offered the pill. I want kids one day - does the pill affect that?",
     "obstetrics-gynecology", "20~29", "female"),
    ("My mum is 56 and had some spotting again after her periods stopped 4 years ago. She's on no HRT. She's embarrassed to ask. Who should she see?",
     "obstetrics-gynecology", "50~59", "female"),

    # ophthalmology
    ("I'm 67 and things have got cloudy and glary in my right eye over the past year, especially driving at night with headlights. Optician mentioned cataract.",
     "ophthalmology", "60~69", "undisclosed"),
    ("I'm on latanoprost drops for glaucoma, 72, man. My eyelashes have grown really long and my iris looks darker. Is that the drops? Should I switch?",
     "ophthalmology", "70~79", "male"),
    ("I've been on hydroxychloroquine for lupus for 6 years (I'm 41, female). My rheumatologist says I need yearly eye scans. What are they looking for?",
     "ophthalmology", "40~49", "female"),
    ("I'm 19 and my glasses prescription keeps jumping every year, now -6 with a lot of astigmatism, and things look smeary even with new lenses. The optician said to ask about keratoconus. What does that involve?",
     "ophthalmology", "10~19", "undisclosed"),

    # orthopedics
    ("I twisted my knee playing five-a-side 3 weeks ago. It keeps locking and giving way on stairs. Swelling has gone down. I'm 28, male. Meniscus?",
     "orthopedics", "20~29", "male"),
    ("I'm 74 and my hip pain is now waking me at night; X-ray shows severe arthritis. Paracetamol and naproxen aren't touching it. Is it time for a hip replacement? Female.",
     "orthopedics", "70~79", "female"),
    ("My 13 year old daughter's shoulders look uneven and one side of her back sticks out when she bends forward. The school nurse mentioned scoliosis.",
     "orthopedics", "10~19", "female"),
    ("Numb fingers at night, thumb to ring finger, for months. Shaking my hand helps. I'm 51, a hairdresser. Wrist splints not working. Carpal tunnel surgery?",
     "orthopedics", "50~59", "undisclosed"),

    # otolaryngology
    ("I've had a blocked nose on one side for over a year, no sense of smell, and nasal sprays don't help. I'm 45, male. Could it be polyps?",
     "otolaryngology", "40~49", "male"),
    ("Hoarse voice for 5 weeks, no cold. I'm a 58 year old teacher and smoked until 10 years ago. GP says see a throat specialist - how worried should I be?",
     "otolaryngology", "50~59", "undisclosed"),
    ("I've had repeated tonsillitis - 7 times this year, each time needing penicillin. I'm 20, female, missing uni. Can I get my tonsils out?",
     "otolaryngology", "20~29", "female"),
    ("My hearing has gone down in my left ear over a few months and I hear a hissing in that ear only. I'm 62. The hearing test showed it's only one side.",
     "otolaryngology", "60~69", "undisclosed"),

    # pediatrics
    ("My 3 year old has had a runny nose and cough for a week, temp up to 38.2, eating less but drinking fine and playing. How much Calpol can he have at 14 kg?",
     "pediatrics", "0~9", "male"),
    ("My daughter is 6 and keeps getting tummy aches before school, no vomiting, normal poos, growing well. Could it be something physical?",
     "pediatrics", "0~9", "female"),
    ("Our 11 month old has eczema and his weight has dropped from the 50th to the 25th centile. Health visitor said see a paediatrician. Could it be a milk allergy?",
     "pediatrics", "0~9", "male"),
    ("My 12 year old son gets a lot of colds and ear infections - maybe 8 this year, with antibiotics each time. Is that normal or is something wrong with his immune system?",
     "pediatrics", "10~19", "male"),

    # psychiatry
    ("I'm 26, non-binary (they/them), and have been on fluoxetine 20 mg for a year. My mood is better but I feel flat and can't cry. I want to try something else or come off. How should that be done?",
     "psychiatry", "20~29", "other"),
    ("I'm a 38 year old dad and I've always been disorganised, lose things, can't finish tasks, and my son was just diagnosed with ADHD. Can adults be assessed?",
     "psychiatry", "30~39", "male"),
    ("My wife is 54 and has bipolar disorder, on lithium for 15 years. Her levels have been fine but she's been hearing things again this week while also sleeping 3 hours a night. She says she's fine and feels safe. Her psychiatrist's next slot is in 2 months.",
     "psychiatry", "50~59", "female"),
    ("I'm 17 and I've been making myself sick after eating for about 6 months. Nobody knows. I don't want to die or anything, I just don't know how to stop.",
     "psychiatry", "10~19", "undisclosed"),

    # pulmonology
    ("I'm 66 and a former smoker (40 years). Breathless walking uphill, morning cough with phlegm. Spirometry showed COPD. The Spiriva inhaler helps a bit. What else is there?",
     "pulmonology", "60~69", "undisclosed"),
    ("I have asthma and I'm using my blue inhaler 4 times a day even with my brown preventer. I'm 33, female. No attacks, just wheezy at night. Should my treatment change?",
     "pulmonology", "30~39", "female"),
    ("A CT scan for something else showed a 7 mm nodule in my lung. I'm 59, male, never smoked. They want a repeat in 3 months. Is that safe to wait?",
     "pulmonology", "50~59", "male"),
    ("My dad (80s, 83 to be exact) is on amiodarone for his heart and has developed a dry cough and is more breathless than usual over a couple of months. Could the tablet affect his lungs?",
     "pulmonology", "80+", "male"),

    # rehabilitation
    ("I had a stroke 3 months ago, I'm 69. My left arm is still weak and I can't button shirts. Hospital physio has ended. How do I get more rehab?",
     "rehabilitation", "60~69", "undisclosed"),
    ("Six weeks after my ACL reconstruction (I'm 24, female, netball player). Struggling to get full straightening and my quads are tiny. What should the physio plan look like?",
     "rehabilitation", "20~29", "female"),
    ("My mum broke her hip in January and had surgery; she's 82. She's home now but scared to walk without her frame. Is there rehab that can come to the house?",
     "rehabilitation", "80+", "female"),
    ("Whiplash from a car crash 2 months ago. I'm 44, male. Neck is stiff and I can't turn to reverse the car. Is it too late for physio to help?",
     "rehabilitation", "40~49", "male"),

    # rheumatology
    ("I'm 37, female, and my finger joints and wrists are swollen and stiff for over an hour every morning for 3 months. Blood test showed positive rheumatoid factor.",
     "rheumatology", "30~39", "female"),
    ("I've been on methotrexate 15 mg weekly for rheumatoid arthritis for a year, I'm 62. My mouth ulcers keep coming back. Should the folic acid dose change?",
     "rheumatology", "60~69", "undisclosed"),
    ("Gout again - third attack this year, big toe. I'm 48, male. I've been using colchicine each time. Do I need allopurinol long term?",
     "rheumatology", "40~49", "male"),
    ("I'm 73 and my shoulders and hips are so stiff in the morning I can barely get out of bed, came on over a few weeks. My ESR is 62. Polymyalgia? Female.",
     "rheumatology", "70~79", "female"),

    # urology
    ("I'm 66 and I get up 4 times a night to pee, slow stream, dribbling after. PSA was 3.1. Tamsulosin helped a bit. What next?",
     "urology", "60~69", "male"),
    ("I keep getting kidney stones - my third in 4 years. I'm 41, male. Between attacks I'm fine. Is there something to stop them forming?",
     "urology", "40~49", "male"),
    ("I leak when I cough, laugh or jump, after having 3 kids. I'm 45, woman. Pelvic floor exercises haven't fixed it. What are the options?",
     "urology", "40~49", "female"),
    ("Blood in my pee once last week, painless, bright red, then it cleared. I'm 57, ex-smoker, no infection on the dipstick. GP referred me to urology - what tests will they do?",
     "urology", "50~59", "undisclosed"),

    # nutrition
    ("I'm 19, genderqueer, and just went vegan. What supplements do I actually need? B12 for sure, but what about iron, omega-3 and iodine? I don't want to mess up my health.",
     "nutrition", "10~19", "other"),
    ("I'm 35, male, trying to lose 15 kg. How many calories should I aim for and how much protein? I lift weights 3 times a week.",
     "nutrition", "30~39", "male"),
    ("My husband is 70 and was told to cut his salt and potassium because of his kidneys. What does a normal day's meals look like? He loves bananas and crisps.",
     "nutrition", "70~79", "male"),
    ("I'm 28 and pregnant, and I have a history of anaemia. What foods give me the most iron, and should I avoid tea with meals?",
     "nutrition", "20~29", "female"),
]
