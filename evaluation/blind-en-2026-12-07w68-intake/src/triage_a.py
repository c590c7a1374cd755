from helpers import T

ITEMS = [
    # cardiology
    T("I am 58 years man. When I walk up the hill to the mosque I get heavy feeling in chest and left arm, after 5 minutes rest it goes away. Happening since two months. Which tests I need?", "cardiology", "50~59", "male"),
    T("Hello, my heart does jumping — like a fish flipping in the chest — few times every day, mostly evening. I'm a woman of 34, no other illness. Holter?", "cardiology", "30~39", "female"),
    T("My father, 81, was told his heart valve is narrow (aortic stenosis) and he gets breathless walking to the market now. Is he too old for the valve through the leg?", "cardiology", "80+", "male"),
    T("I'm 68. Doctor said my heart is enlarged on x-ray and the echo shows EF 35%. I get tired, legs swell at night. What does the EF number mean for me?", "cardiology", "60~69", "undisclosed"),
    # dentistry
    T("my wisdom tooth at the bottom is half out and the gum over it gets swollen and bad taste every few weeks. I'm 22, girl. Need to remove?", "dentistry", "20~29", "female"),
    T("My son is 7 and his new front teeth are coming behind the baby teeth, like shark teeth. The baby teeth are not loose. Should a dentist pull them?", "dentistry", "0~9", "male"),
    T("Cold water makes my teeth shoot pain since I started using whitening strips. I'm 41. Is the enamel damaged?", "dentistry", "40~49", "undisclosed"),
    T("My grandmother's dentures are loose and giving her sores on the gums, she is 77 and cannot eat meat anymore. Can they be fixed or new ones?", "dentistry", "70~79", "female"),
    # dermatology
    T("I'm 16 and my face is full of pimples, some big and painful under the skin. I tried everything from the pharmacy. My mum says it's the chocolate.", "dermatology", "10~19", "undisclosed"),
    T("There are dark patches on my cheeks and forehead since my second pregnancy, like a map. I'm 36, from Colombia, sun is strong here. How to remove?", "dermatology", "30~39", "female"),
    T("Hello, I have white spots on my hands and around mouth, getting bigger for a year. My skin is dark so it is very visible. I'm a 27 year old guy. Vitiligo?", "dermatology", "20~29", "male"),
    T("A rough scaly spot on my bald head that doesn't go away, sometimes bleeds a little when I scratch. I'm 72 and worked outside all my life in the fields.", "dermatology", "70~79", "male"),
    # endocrinology
    T("My TSH is 0.01 and T4 high, heart beating fast, hands shaking, losing weight though eating a lot. I'm a 29 year old woman. What treatment options?", "endocrinology", "20~29", "female"),
    T("I was told I have prediabetes with HbA1c 6.1. I'm 52, man, a bit overweight. Do I need metformin or can I control it other ways?", "endocrinology", "50~59", "male"),
    T("My daughter is 12 and she already got breasts at 8 and period at 10, she's now stopped growing taller. Is this early puberty? Too late to treat?", "endocrinology", "10~19", "female"),
    T("The CT for my kidney stone found by accident a 2 cm lump on the adrenal gland. They said 'incidentaloma'. I'm 64. What does that mean and what do I do?", "endocrinology", "60~69", "undisclosed"),
    # family-medicine
    T("Just a normal cold I think — runny nose, sneezing, little sore throat, 3 days. I'm 31. Do I need anything or just rest?", "family-medicine", "30~39", "undisclosed"),
    T("I am 45 years woman, I want a full general checkup, I never did one. What blood tests and screenings should I ask for at my age?", "family-medicine", "40~49", "female"),
    T("Tired all the time for a few months, no big other symptoms. I'm 24, work long hours at the restaurant. Where do I start?", "family-medicine", "20~29", "male"),
    T("My husband is 67 and needs a medical certificate for his driving licence renewal. He has blood pressure but controlled. Who does this check?", "family-medicine", "60~69", "male"),
    # gastroenterology
    T("I have burning in the chest and sour taste in my throat after meals, especially at night lying down, for more than a year. Omeprazole helps but when I stop it's back. I'm 48.", "gastroenterology", "40~49", "undisclosed"),
    T("Blood in my stool now and then, bright red, and I'm having diarrhea with mucus for 2 months. I'm 26 woman. My uncle had colitis.", "gastroenterology", "20~29", "female"),
    T("I am 50 and never had a colonoscopy. Is it needed even if I have no symptoms? My father had polyps.", "gastroenterology", "50~59", "male"),
    T("My mother is 70 and has trouble swallowing — food sticks in the middle of her chest, now even soup sometimes. She lost weight. What test?", "gastroenterology", "70~79", "female"),
    # general-surgery
    T("There is a soft lump in my groin that comes out when I cough or lift and goes back when I lie down. I'm a 39 year old man, work in a warehouse.", "general-surgery", "30~39", "male"),
    T("I have gallstones, pain attacks after fatty food maybe once a month. The doctor said I can have surgery to remove the gallbladder. Is it keyhole? Recovery time? I'm 44 woman.", "general-surgery", "40~49", "female"),
    T("Lump under the skin on my back, soft and moves, growing slowly for years, now size of an egg. It's a lipoma probably. Can it be removed?", "general-surgery", "50~59", "undisclosed"),
    T("My dad (83) has a bulge at his belly button that is getting bigger. Doctor said umbilical hernia. Is surgery safe at his age?", "general-surgery", "80+", "male"),
    # hematology-oncology
    T("My blood test shows platelets 950 and the doctor said I need to see a blood specialist. I'm 63 and feel fine. What can this be?", "hematology-oncology", "60~69", "undisclosed"),
    T("I finished chemotherapy for colon cancer 6 months ago. How often should I get scans and CEA tests now? I'm 57, man.", "hematology-oncology", "50~59", "male"),
    T("Painless swollen lymph nodes in my neck and armpit for 2 months, also itching and night sweats. I'm 23. The GP wants a referral.", "hematology-oncology", "20~29", "undisclosed"),
    T("My mother is 74 with multiple myeloma. The doctors offer a new treatment, but she is weak. What questions to ask about side effects?", "hematology-oncology", "70~79", "female"),
    # infectious-diseases
    T("I'm going to Ghana for 3 months volunteering. Which vaccines and malaria pills do I need? I'm 21, female.", "infectious-diseases", "20~29", "female"),
    T("I had a fever coming and going for 3 weeks after a trip to the Amazon, now also a rash on my chest. Regular doctor doesn't know. I'm a 35 year old man.", "infectious-diseases", "30~39", "male"),
    T("I'm 44 and HIV positive since 10 years, undetectable. I want to switch to the injection every 2 months. Who do I ask?", "infectious-diseases", "40~49", "undisclosed"),
    T("My skin test for TB was positive but x-ray normal. They want me to take pills for 3 or 4 months. I'm 17. Is this really needed if I'm not sick?", "infectious-diseases", "10~19", "undisclosed"),
    # nephrology
    T("Creatinine going up every test: 1.3, 1.6, now 1.9. I'm 66, diabetic for 20 years. Will I need dialysis?", "nephrology", "60~69", "undisclosed"),
    T("I have polycystic kidneys like my mother. I'm 38 woman and my blood pressure started to be high. Is there medicine to slow it?", "nephrology", "30~39", "female"),
    T("My urine has a lot of protein, 3 grams per day, and my legs are puffy. I'm 19, boy. They talk about kidney biopsy.", "nephrology", "10~19", "male"),
    T("Dad is on hemodialysis for 2 years, 78 years old. He wants to change to doing dialysis at home. Is peritoneal dialysis possible at his age?", "nephrology", "70~79", "male"),
    # neurology
    T("I have migraine since I was teenager but now they are 15 days each month. Painkillers don't work anymore. I'm 32, woman.", "neurology", "30~39", "female"),
    T("Numbness and tingling in both feet going up to ankles, slowly for a year. Not diabetic. I'm 55. What could cause it?", "neurology", "50~59", "undisclosed"),
    T("My hand shakes when I hold a cup or write, but not when resting. My father had the same. I'm 61 man. Is this Parkinson?", "neurology", "60~69", "male"),
    T("My 15 year old daughter has spells where she stares and doesn't answer for 10 seconds, many times a day. Teacher thinks she's daydreaming.", "neurology", "10~19", "female"),
]
