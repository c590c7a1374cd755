# Hand-written triage items (part A). Each: (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("I'm a 58 year old man. Every few days I feel my heart flutter for a few seconds, like a fish flapping, then it settles. "
     "GP did an ECG last month and said it looked normal. Should I see a heart specialist for a longer monitor?",
     "cardiology", "50~59", "male"),
    ("My mother is 72. The clinic sister heard a murmur in her heart and said she must see a specialist. She gets tired walking to the "
     "taxi rank and her ankles are a bit puffy by evening but she's fine otherwise. Which doctor does she need?",
     "cardiology", "70~79", "female"),
    ("eish so at my work medical they said my ECG shows a 'bundle branch block'. I'm 35, I feel totally fine, I play soccer on weekends. "
     "My wife is stressing. Is it serious?",
     "cardiology", "30~39", "male"),
    ("I'm 66 and had a stent put in two years ago. I'd like to know how often I should be going for a heart check-up, and if it's "
     "fine to play 18 holes of golf again.",
     "cardiology", "60~69", "undisclosed"),

    # dentistry
    ("My daughter is 7 and her big front tooth is coming out behind the baby tooth, like two rows. The baby tooth is only a bit loose. "
     "Must we pull it or wait?",
     "dentistry", "0~9", "female"),
    ("Hi, I'm a 45 year old woman and my gums bleed every time I brush and my breath is bad even after mouthwash. One tooth feels a bit loose.",
     "dentistry", "40~49", "female"),
    ("Ag my wisdom tooth is half out and the gum flap on top keeps getting swollen and sore, I can't open my mouth wide. He's 22, my "
     "boyfriend, he says its nothing but he can't eat properly.",
     "dentistry", "20~29", "male"),
    ("Gogo is 84 and her top dentures are loose and making sore spots on her gums. She stopped eating meat because of it. "
     "Can they be fixed or must she get new ones?",
     "dentistry", "80+", "female"),

    # dermatology
    ("Since my second baby I have these brown patches on my cheeks and forehead, like a mask. I'm 31. Sunblock every day but it's not fading.",
     "dermatology", "30~39", "female"),
    ("I'm 55, I farm and I'm in the sun the whole day. There's a scaly spot on my ear that keeps coming back and a mole on my back that my "
     "wife says got darker. I want them looked at.",
     "dermatology", "50~59", "male"),
    ("My son is 16 and his acne is bad, on his face and back, leaving marks. We tried Oxy and Epi-max and the pharmacy stuff. "
     "He doesn't want to go to school.",
     "dermatology", "10~19", "male"),
    ("I'm a 27 year old guy and I get painful bumps on my neck and beard area every time I shave. Some leave dark marks. What can I do?",
     "dermatology", "20~29", "male"),

    # endocrinology
    ("I'm 42 (female) and there's a swelling in the front of my neck. I've lost 6kg without trying, my hands shake and I'm always hot. "
     "The clinic did bloods and said thyroid.",
     "endocrinology", "40~49", "female"),
    ("Type 1 diabetic since I was 8, now I'm 19. My sugars go crazy at varsity with the irregular meals. I want to know about insulin pumps "
     "or the sensors.", "endocrinology", "10~19", "undisclosed"),
    ("My husband is 63, type 2 diabetes. He takes metformin and gliclazide and now insulin at night but his HbA1c is still 10. "
     "The GP says he should see a specialist for sugar.",
     "endocrinology", "60~69", "male"),
    ("Routine bloods showed my calcium is high (2.8) and the GP mentioned my parathyroid. I'm 67. I do get kidney stones sometimes.",
     "endocrinology", "60~69", "undisclosed"),

    # family-medicine
    ("Hi, I'm a 30 year old man and I haven't seen a doctor in like 5 years. I want a general check-up - BP, sugar, HIV test, the works. "
     "Where do I start?", "family-medicine", "30~39", "male"),
    ("Blocked nose, sneezing and a scratchy throat for 4 days. No fever. I'm 24, female, breastfeeding. What can I safely take?",
     "family-medicine", "20~29", "female"),
    ("I'm a 38 year old man with flu since Tuesday, body aches and a cough, getting better slowly. My boss wants a sick note. "
     "Can I get one from you?", "family-medicine", "30~39", "male"),
    ("I just turned 50 and my sister said there are tests women should do at my age. Which screening tests do I need?",
     "family-medicine", "50~59", "female"),

    # gastroenterology
    ("Heartburn every single day for about 6 months, I'm 44. Rennies and Gaviscon help only for an hour. Sometimes I taste acid at night. "
     "My wife says see someone.", "gastroenterology", "40~49", "male"),
    ("I'm a 61 year old woman. For two months my bowels are different, more loose then constipated, and a few times there was dark blood "
     "mixed in. My mom had colon cancer. I feel ok otherwise.", "gastroenterology", "60~69", "female"),
    ("Bloating and runny tummy every time I have milk or amasi, since a few years. I'm 28. Is it lactose? How do they test?",
     "gastroenterology", "20~29", "undisclosed"),
    ("They found H. pylori at my scope and I finished the 2 weeks of antibiotics, but the stomach pain is still there. I'm a 52 year old lady. "
     "Do I need another test?", "gastroenterology", "50~59", "female"),

    # general-surgery
    ("There's a bulge in my right groin that pops out when I cough or lift and goes back when I lie down. I'm a 48 year old man, builder. "
     "It aches at the end of the day.", "general-surgery", "40~49", "male"),
    ("Scan shows gallstones. I get pain under the right ribs after fatty food a few times a month. I'm 41 and a mom of 3. "
     "Can I get the operation to remove my gallbladder?", "general-surgery", "40~49", "female"),
    ("I've had a soft lump on my back for years, now it's the size of an egg and catches on my bra strap. The GP says lipoma. "
     "I'm 36. Who removes it?", "general-surgery", "30~39", "female"),
    ("Eish I'm 23 and have a painful spot at the top of my bum crack that drains pus every few months. Doctor said pilonidal sinus. "
     "Do I need an op?", "general-surgery", "20~29", "undisclosed"),

    # hematology-oncology
    ("A blood test for my work medical showed platelets of 78. I'm a 39 year old woman "
     "and I do bruise easily. What does low platelets mean, and who must I see?", "hematology-oncology", "30~39", "female"),
    ("My father is 74 and was diagnosed with multiple myeloma last month. The specialist wants to start treatment. What should we expect "
     "from the chemo tablets and injections?", "hematology-oncology", "70~79", "male"),
    ("I have sickle cell disease, I'm 20, male. I get pain crises about 4 times a year. My doctor mentioned hydroxyurea. "
     "Is it safe long-term?", "hematology-oncology", "20~29", "male"),
    ("Breast cancer survivor, 46, I'm on tamoxifen for 2 years now. The hot flushes and joint pains are bad. "
     "Can I change to another tablet?", "hematology-oncology", "40~49", "female"),

    # infectious-diseases
    ("I tested HIV positive last week, I'm 29. The clinic wants me to start ARVs immediately. I'm scared of the side effects. "
     "What is the treatment like?", "infectious-diseases", "20~29", "undisclosed"),
    ("I'm 34 and going to Malawi and Mozambique for work in March, the lake areas. Which malaria tablets are best and what vaccines?",
     "infectious-diseases", "30~39", "undisclosed"),
    ("I'm a 45 year old man on TB treatment, month 3. My feet are burning and tingling and I'm nauseous after the tablets. "
     "The clinic sister said to ask. Is it the medicine?", "infectious-diseases", "40~49", "male"),
    ("I'm a nurse, 31, female. I had a needlestick from an HIV positive patient 2 weeks ago and I'm on PEP. The nausea is terrible. "
     "Must I finish all 28 days?", "infectious-diseases", "30~39", "female"),

    # nephrology
    ("My kidney function keeps dropping, eGFR was 58 last year and 45 now. I'm a 66 year old diabetic man with high BP. "
     "Should I see a kidney specialist?", "nephrology", "60~69", "male"),
    ("I'm 33 (female), my face and eyes puff up in the mornings and the dipstick at the clinic showed protein +++ twice. "
     "BP is normal. What could it be?", "nephrology", "30~39", "female"),
    ("My husband is 52 and on dialysis 3 times a week at the unit in Pretoria. He is always thirsty and struggles with the fluid limit. "
     "Any tips?", "nephrology", "50~59", "male"),
    ("My dad had polycystic kidneys and was on dialysis. I'm 28 and the scan shows a few cysts on my kidneys too. "
     "What should I be doing now?", "nephrology", "20~29", "undisclosed"),
]
