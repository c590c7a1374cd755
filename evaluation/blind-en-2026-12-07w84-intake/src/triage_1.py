# triage items part 1 (hand written, writer 84): 11 departments x 4
ITEMS = [
    # cardiology
    {"text": "I'm 58, a taxi driver, and for two months I get a heavy feeling in the chest when I climb the stairs to my flat, it goes away after a minute of rest. My father died of heart problems at 60. Who should I see?", "department": "cardiology", "age_range": "50~59", "gender": "male"},
    {"text": "my heart skips beats a lot in the evenings, like a flutter then a thump. smartwatch showed irregular rhythm twice. im a 44 yr old woman, otherwise healthy", "department": "cardiology", "age_range": "40~49", "gender": "female"},
    {"text": "Mum is 76 and her ankles swell every day, she gets breathless lying flat and now sleeps on 3 pillows. Her doctor said maybe the heart is weak. What kind of specialist?", "department": "cardiology", "age_range": "70~79", "gender": "female"},
    {"text": "Had a stent put in 2 years ago. Now the cardiologist wants to stop clopidogrel and keep only aspirin. Is that safe? I'm 67, man.", "department": "cardiology", "age_range": "60~69", "gender": "male"},
    # dentistry
    {"text": "bottom back tooth is sensitive to cold and sweet for 2 weeks, a small black spot there. 23 years old guy. filling needed?", "department": "dentistry", "age_range": "20~29", "gender": "male"},
    {"text": "My gums bleed every time I brush and my breath is bad even after mouthwash. I'm 36, woman, pregnant 5 months.", "department": "dentistry", "age_range": "30~39", "gender": "female"},
    {"text": "I grind my teeth at night, my wife hears it, and my jaw is sore in the morning, front teeth getting shorter. 41 years. Night guard?", "department": "dentistry", "age_range": "40~49", "gender": "male"},
    {"text": "My dentures from back home (made in 2010) are loose now and rub a sore spot on the gum. I'm 72, female. Can they be relined or do I need new?", "department": "dentistry", "age_range": "70~79", "gender": "female"},
    # dermatology
    {"text": "I have red scaly patches on elbows and knees that come and go for years, now also in my scalp and it flakes on my black work uniform. 34 year old man.", "department": "dermatology", "age_range": "30~39", "gender": "male"},
    {"text": "a mole on my back changed shape this year and the edge looks blurry, my husband noticed it. im 51", "department": "dermatology", "age_range": "50~59", "gender": "female"},
    {"text": "Adult acne at 27?? I'm a woman, never had spots as a teen, now cysts on my jaw every month. Creams from the pharmacy don't work.", "department": "dermatology", "age_range": "20~29", "gender": "female"},
    {"text": "My hair is falling out in round bald patches, coin size, two on the back of the head. 19 yo. no itching. what is this", "department": "dermatology", "age_range": "10~19", "gender": "undisclosed"},
    # endocrinology
    {"text": "Blood test shows TSH 0.02 and high T4, I lost 6 kg, hands shake, heart fast. GP says overactive thyroid. I'm 32F. Who treats this long term?", "department": "endocrinology", "age_range": "30~39", "gender": "female"},
    {"text": "Type 2 diabetic 12 years, on metformin and gliclazide, HbA1c still 78. They mention insulin. I'm 63 male. need a diabetes specialist?", "department": "endocrinology", "age_range": "60~69", "gender": "male"},
    {"text": "i'm 45, woman, my calcium came back high 2.8 on two tests and I have kidney stones. doctor mentioned parathyroid. which clinic?", "department": "endocrinology", "age_range": "40~49", "gender": "female"},
    {"text": "Our 14 year old son is the shortest in his class by far and has no signs of puberty yet. His father is tall. Could it be hormones?", "department": "endocrinology", "age_range": "10~19", "gender": "male"},
    # family-medicine
    {"text": "I'm 40 and never had a general health check. What tests should a woman my age do? No complaints, just want to be sure.", "department": "family-medicine", "age_range": "40~49", "gender": "female"},
    {"text": "cold for 5 days, runny nose, mild sore throat, little cough, no fever. 29 m. do I need anything or just wait", "department": "family-medicine", "age_range": "20~29", "gender": "male"},
    {"text": "Always tired for a few months, sleep 8 hours but still exhausted. I work in a warehouse on days. 37, male. Where do I start?", "department": "family-medicine", "age_range": "30~39", "gender": "male"},
    {"text": "Need a medical certificate for my new job at a cleaning company, they want a general fitness check. I'm 52.", "department": "family-medicine", "age_range": "50~59", "gender": "undisclosed"},
    # gastroenterology
    {"text": "Heartburn almost every day for a year, omeprazole helps only while I take it. Sometimes food feels stuck low in the chest. I'm a 55 year old man.", "department": "gastroenterology", "age_range": "50~59", "gender": "male"},
    {"text": "Bloating, cramps and diarrhoea alternating with constipation for 2 years, worse with stress. 26F. Colleagues say IBS. Who confirms that?", "department": "gastroenterology", "age_range": "20~29", "gender": "female"},
    {"text": "Blood test showed my liver enzymes high, ALT 120, I don't drink. Ultrasound says fatty liver. 47 man. What next?", "department": "gastroenterology", "age_range": "40~49", "gender": "male"},
    {"text": "My father, 71, got a letter that his bowel screening stool test found blood and he needs a camera test. He has no symptoms. Which specialist does this?", "department": "gastroenterology", "age_range": "70~79", "gender": "male"},
    # general-surgery
    {"text": "I have a bulge in my groin that pops out when I lift boxes at work and goes back when I lie down. 39 male. Hernia? Will I need an operation?", "department": "general-surgery", "age_range": "30~39", "gender": "male"},
    {"text": "Gallstones found on the scan after 3 attacks of pain under the right ribs after fatty meals. 48 female. They say take out the gallbladder. Where do I get referred?", "department": "general-surgery", "age_range": "40~49", "gender": "female"},
    {"text": "There's a painful lump at the top of my bum crack, it swells and leaks sometimes. 21 year old guy, I sit a lot. Pilonidal?", "department": "general-surgery", "age_range": "20~29", "gender": "male"},
    {"text": "A soft lump under the skin on my shoulder, growing slowly over 3 years, now the size of an egg. Not painful. 60, woman. Can it be removed?", "department": "general-surgery", "age_range": "60~69", "gender": "female"},
    # hematology-oncology
    {"text": "my blood test shows platelets 85 and white cells a bit low. I bruise easily. 50 yo man. doctor says see blood specialist. what could it be", "department": "hematology-oncology", "age_range": "50~59", "gender": "male"},
    {"text": "I finished chemo for breast cancer last year. Now the oncology follow up, what should I watch for? 46 female.", "department": "hematology-oncology", "age_range": "40~49", "gender": "female"},
    {"text": "Grandad is 81, his routine blood test showed a very high lymphocyte count, they said maybe CLL. He feels fine. Who looks after this?", "department": "hematology-oncology", "age_range": "80+", "gender": "male"},
    {"text": "Swollen lymph nodes in my neck and armpit for 6 weeks, night sweats, itching. 24, female. Blood tests normal-ish. Scared of lymphoma.", "department": "hematology-oncology", "age_range": "20~29", "gender": "female"},
    # infectious-diseases
    {"text": "Came back from Nigeria 2 weeks ago, now fevers every other day with shivering, then fine in between. 33 male. Malaria?", "department": "infectious-diseases", "age_range": "30~39", "gender": "male"},
    {"text": "Tested positive for hepatitis C at a screening. I used to inject years ago. 42 male. Is there a cure now?", "department": "infectious-diseases", "age_range": "40~49", "gender": "male"},
    {"text": "I was told my HIV test is positive. I'm 28. I don't know where to go or what happens next.", "department": "infectious-diseases", "age_range": "20~29", "gender": "undisclosed"},
    {"text": "positive TB blood test at the work screening (I work in a care home), no symptoms, chest x-ray clear. 38, woman. Latent TB treatment, who gives it?", "department": "infectious-diseases", "age_range": "30~39", "gender": "female"},
    # nephrology
    {"text": "Kidney function getting worse each year, eGFR now 32, I'm 66 with diabetes and high BP. GP wants to refer me. Which kind of doctor?", "department": "nephrology", "age_range": "60~69", "gender": "undisclosed"},
    {"text": "Foamy urine and puffy eyes in the morning, urine test shows lots of protein. 30 year old man. Kidney problem?", "department": "nephrology", "age_range": "30~39", "gender": "male"},
    {"text": "My mother is on dialysis three times a week, 74. She's so tired after. Can she switch to home dialysis?", "department": "nephrology", "age_range": "70~79", "gender": "female"},
    {"text": "Polycystic kidney disease runs in my family, my dad had a transplant. I'm 35, woman, and scans show cysts. Who follows this up?", "department": "nephrology", "age_range": "30~39", "gender": "female"},
    # neurology
    {"text": "Migraines getting more often, now 10 days a month, with flashing zigzags before. 31 female. Triptans help but I'm using too many. specialist?", "department": "neurology", "age_range": "30~39", "gender": "female"},
    {"text": "My hand shakes when I'm still and my writing got tiny, wife says I walk slower. 68 male. Parkinson's?", "department": "neurology", "age_range": "60~69", "gender": "male"},
    {"text": "Numbness that moved from one leg to the other over months and blurry eye last year that went away. 29 yo woman. MS worry.", "department": "neurology", "age_range": "20~29", "gender": "female"},
    {"text": "I had a single fit at 19 two years ago and now I want to get my driving licence. 21 m. Who says if I'm ok?", "department": "neurology", "age_range": "20~29", "gender": "male"},
]
