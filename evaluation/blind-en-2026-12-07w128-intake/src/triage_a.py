# Hand-written triage items (part A). Writer 128.
# Each item: (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("Salam doctor, I am 58 years old man, my heart sometimes beat fast and irregular for few minutes then stop, mostly at night after iftar. ECG in the pharmacy machine said 'possible AF'. I have blood pressure since 10 years. What to do?",
     "cardiology", "50~59", "male"),
    ("My mother is 74, she has heart failure, her legs swell more every evening and she sleeps on 3 pillows now. The cardiologist gave her Lasix 40. Can she take one more tablet when swelling is bad?",
     "cardiology", "70~79", "female"),
    ("I'm 45 and a smoker and my cholesterol LDL is 205. My father had a heart attack at 50. The GP said ask a heart specialist whether I need a stress test or a CT of the heart arteries.",
     "cardiology", "40~49", "undisclosed"),
    ("hi, 33F, I had a heart murmur as a kid that nobody followed. now pregnant planning (not yet pregnant) and my doctor heard it again. Should I get an echo before pregnancy?",
     "cardiology", "30~39", "female"),

    # dentistry
    ("My son is 7 and his new front tooth is coming behind the baby tooth which is not falling. Like shark teeth. Do we need to pull the baby tooth?",
     "dentistry", "0~9", "male"),
    ("Wisdom tooth bottom right hurting on and off for 3 months, gum swollen behind it sometimes. I'm 24, girl. The dentist in Irbid wants to remove all four, is it necessary?",
     "dentistry", "20~29", "female"),
    ("My grandfather 83 has dentures that don't fit anymore, he has sores in the mouth and can't eat meat. Can they be fixed or new ones needed?",
     "dentistry", "80+", "male"),
    ("Gums bleed every time I brush and my breath is bad even after mouthwash. I'm 41. No other problems. Is this gum disease and can it be reversed?",
     "dentistry", "40~49", "undisclosed"),

    # dermatology
    ("My face have dark patches on cheeks and forehead since my second pregnancy, I'm 36 now. I tried lemon and many creams from the pharmacy in Cairo, nothing. What is the real treatment for melasma?",
     "dermatology", "30~39", "female"),
    ("I'm 27 male and my hair is thinning in the crown, my dad went bald at 35. Minoxidil or finasteride? Any side effects for having kids later?",
     "dermatology", "20~29", "male"),
    ("There is a rough scaly spot on the top of my father's bald head, he's 71 and worked in the sun all his life in the farms. It doesn't heal, it scabs and comes back.",
     "dermatology", "70~79", "male"),
    ("16 year old girl, acne on the face and back, painful big ones under the skin, leaving marks. My mum says wait it will go. I'm so embarrassed to go to school.",
     "dermatology", "10~19", "female"),

    # endocrinology
    ("I have a thyroid nodule 2.3 cm found by chance on neck ultrasound, TSH normal. I'm a 44 year old woman. Do I need a needle biopsy?",
     "endocrinology", "40~49", "female"),
    ("Type 1 diabetic, 19, male. My sugars go crazy high in the morning, 250+, even when I go to bed at 120. Lantus 22 units at night. Should it be split?",
     "endocrinology", "10~19", "male"),
    ("My husband is 61, type 2 diabetes for 15 years, HbA1c still 9.5 on three tablets. The doctor said insulin, he refuses. Are there injections that are not insulin?",
     "endocrinology", "60~69", "male"),
    ("CT for my kidney stone found a 1.8 cm lump on the adrenal gland. I'm 52. They said 'incidentaloma'. What blood tests are needed to see if it's working?",
     "endocrinology", "50~59", "undisclosed"),

    # family-medicine
    ("Salam, I'm 40, male, I never did any check-up in my life. What tests should I do for a general check-up? I'm a bit overweight and I smoke shisha on weekends.",
     "family-medicine", "40~49", "male"),
    ("Runny nose, sore throat and sneezing for 3 days, little cough. 25F, no fever. Do I need antibiotics or just rest? I have exams next week.",
     "family-medicine", "20~29", "female"),
    ("I'm 33 and I just feel off. Tired, a bit achy, sleeping bad, no appetite some days. Nothing specific. Where should I start?",
     "family-medicine", "30~39", "undisclosed"),
    ("My mother, 68, wants a yearly check-up and her vaccines updated (flu, pneumonia, shingles). She is healthy, only mild blood pressure. Who can do all that?",
     "family-medicine", "60~69", "female"),

    # gastroenterology
    ("Heartburn every night for 6 months, sour taste in mouth when I lie down, I'm 47, man, a bit of belly. Omeprazole helps but when I stop it comes back. Need endoscopy?",
     "gastroenterology", "40~49", "male"),
    ("I'm a 28 year old woman, bloating and alternating diarrhea and constipation for 2 years, worse with stress. All blood tests normal. Is it IBS and what diet?",
     "gastroenterology", "20~29", "female"),
    ("Ultrasound says fatty liver grade 2 and my liver enzymes ALT 88 AST 60. I'm 48 female, diabetic. Is it reversible? Should I see a liver doctor?",
     "gastroenterology", "40~49", "female"),
    ("My father 76 has difficulty swallowing bread and meat for 2 months, it gets stuck in the chest, and he lost some weight. He can drink fine.",
     "gastroenterology", "70~79", "male"),

    # general-surgery
    ("There is a bulge in my right groin that comes out when I cough or lift heavy boxes and goes back when I lie down. I'm 60 years old man, work in a shop. Hernia? Do I need operation?",
     "general-surgery", "60~69", "male"),
    ("I'm 42F, ultrasound shows multiple gallstones, I had 3 attacks of pain under right ribs after fatty food. They suggest laparoscopic cholecystectomy. How is recovery?",
     "general-surgery", "40~49", "female"),
    ("21 year old guy, a painful swelling at the top of my butt crack that keeps coming back and draining. Doctor called it pilonidal sinus. Surgery options?",
     "general-surgery", "20~29", "male"),
    ("Soft lump under the skin on my back, 5 cm, growing slowly for years, no pain. Doctor says lipoma. I'm 35. Can it be removed at the clinic or need hospital?",
     "general-surgery", "30~39", "undisclosed"),
]
