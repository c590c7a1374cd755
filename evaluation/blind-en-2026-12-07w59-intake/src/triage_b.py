# Writer 59, triage items (part b). Format: (text, department, age_range, gender). Hand written.
ITEMS = [
    # obstetrics-gynecology
    ("I'm 16 weeks pregnant with my first baby, age 23. When should I do the anatomy scan and what vitamins should I be taking? The clinic only gave me fefol.", "obstetrics-gynecology", "20~29", "female"),
    ("My periods are heavy with clots and last 9 days, I change pads every hour on day 2. I'm 41. Scan said fibroids. Options besides removing the womb?", "obstetrics-gynecology", "40~49", "female"),
    ("We have been trying for a baby for 18 months. I'm 34, periods regular. My husband's semen test is normal. What tests should I do?", "obstetrics-gynecology", "30~39", "female"),
    ("i'm 55 and had my last period 4 years ago. now i've had some spotting this week, brownish. is it normal to restart?", "obstetrics-gynecology", "50~59", "female"),
    # ophthalmology
    ("I'm 62 and my vision has become cloudy in both eyes slowly over 2 years, worse at night with headlights glaring. Doctor at the camp said cataract. When is it ripe for surgery?", "ophthalmology", "60~69", "undisclosed"),
    ("my 5 year old son squints at the TV and sits very close. teacher says he can't read the board. should we go for glasses?", "ophthalmology", "0~9", "male"),
    ("My father, 58, has glaucoma in the family (his brother went blind). He has never had his eyes checked. What test should he do?", "ophthalmology", "50~59", "male"),
    ("I'm a welder, 30 years, and my eyes are red, gritty and watery every evening after work. I don't always use the mask. Is my eye damaged?", "ophthalmology", "30~39", "undisclosed"),
    # orthopedics
    ("I'm 35, I play football on weekends. Two months ago I twisted my knee, it swelled, and since then it gives way when I turn and sometimes locks. MRI?", "orthopedics", "30~39", "undisclosed"),
    ("My mother is 67 and her big toe is bent towards the other toes with a big painful bump, she can't wear shoes. Bunion? Is surgery good at her age?", "orthopedics", "60~69", "female"),
    ("Lower back pain for 3 months, I'm a 44 year old man, truck loader. No numbness. Painkillers help a bit. Xray shows 'spondylosis'. What else can be done?", "orthopedics", "40~49", "male"),
    ("My 12 year old daughter's back looks uneven, one shoulder blade sticks out when she bends. Her aunt had scoliosis. Where do we go?", "orthopedics", "10~19", "female"),
    # otolaryngology
    ("I've had a blocked nose on both sides for a year, I can't smell anything, and I snore. I'm 39. Nasal sprays help a little. Polyps?", "otolaryngology", "30~39", "undisclosed"),
    ("My voice has been hoarse for 6 weeks, I'm a 52 year old pastor and I preach a lot. No cold. I also smoked when young.", "otolaryngology", "50~59", "male"),
    ("my daughter is 8 and gets tonsillitis 7 times a year, she misses school a lot, snores. is it time for removal?", "otolaryngology", "0~9", "female"),
    ("I have ringing in both ears and my hearing is going down, I work in a textile mill with loud machines. I'm 46, male.", "otolaryngology", "40~49", "male"),
    # pediatrics
    ("My 3 year old has had fever 38.5, runny nose and cough for 2 days. She is eating less but drinking and playing in between. What can I give?", "pediatrics", "0~9", "female"),
    ("Our baby boy is 10 months and only 7.1 kg. He was 3 kg at birth. Breastfed plus porridge. Is he growing well?", "pediatrics", "0~9", "male"),
    ("My son is 4 and gets diarrhoea every time he drinks cow milk. Otherwise healthy. Should we stop milk completely? What about calcium?", "pediatrics", "0~9", "male"),
    ("Our 7 year old wets the bed almost every night. Daytime is fine. Her younger brother is already dry at night. Is there something wrong?", "pediatrics", "0~9", "female"),
    # psychiatry
    ("I'm 28 and for the past few months I can't enjoy anything, I cry in the bathroom at work, I sleep too much. I don't want to die but I'm just tired of everything. I'm a man, we don't talk about these things here.", "psychiatry", "20~29", "male"),
    ("My brother, 24, stopped sleeping, talks very fast, spends all his money, says he is going to be president. This is the second time. Last time he then became very depressed.", "psychiatry", "20~29", "male"),
    ("I get sudden attacks of fear, heart pounding, can't breathe, feel I'm going to die, they last 10 minutes. ECG normal. 3 times a week now. I'm 33F.", "psychiatry", "30~39", "female"),
    ("I smoke weed every day since I was 15 and I'm 19 now. I want to stop but I get angry and can't sleep when I try. Help.", "psychiatry", "10~19", "undisclosed"),
    # pulmonology
    ("I've been coughing every morning with phlegm for 3 years and I get breathless walking fast. I'm 61, smoked 30 years, stopped 2 years ago. Is it COPD?", "pulmonology", "60~69", "undisclosed"),
    ("I have asthma, 27F, and I use my Ventolin 4-5 times a day now, waking at night wheezing twice a week. Is my asthma uncontrolled?", "pulmonology", "20~29", "female"),
    ("my father, 74, had TB 20 years ago and was cured, but now coughs up some blood-streaked sputum sometimes, CT says bronchiectasis. he's stable. what treatment?", "pulmonology", "70~79", "male"),
    ("I worked in a quarry breaking stones for 15 years. I'm 45 and short of breath now. Xray shows nodules. Silicosis? Which specialist?", "pulmonology", "40~49", "undisclosed"),
    # rehabilitation
    ("My mother had a stroke 2 months ago, she is 66. Her left arm and leg are weak, she can walk with support. The hospital discharged her. How do we do physiotherapy, how often?", "rehabilitation", "60~69", "female"),
    ("I had surgery on my ACL 6 weeks ago, I'm 25 and a footballer. What exercises now and when can I run again?", "rehabilitation", "20~29", "undisclosed"),
    ("My husband broke his hip and had surgery 3 weeks ago, he's 78. He's scared to walk and stays in bed. How do we get him moving?", "rehabilitation", "70~79", "male"),
    ("After a motorbike accident last year I had a spinal injury, I'm 31 and use a wheelchair. I want to be more independent, any rehab centre options?", "rehabilitation", "30~39", "undisclosed"),
    # rheumatology
    ("Both my hands are stiff for over an hour each morning and my knuckles are swollen for 3 months. I'm a 43 year old woman. Tablets from chemist help a little.", "rheumatology", "40~49", "female"),
    ("I'm 26, female, rash on cheeks in the sun, joint pains and hair falling. ANA positive. Lupus?", "rheumatology", "20~29", "female"),
    ("My lower back is stiff in the morning and improves with exercise, for 2 years now. I'm 29M. Painkillers help. Xray of hip joints showed something at the sacroiliac.", "rheumatology", "20~29", "male"),
    ("my uncle's gout keeps flaring every month, his big toe and ankles. he's 57. he takes diclofenac each time. should he be on a long-term medicine?", "rheumatology", "50~59", "male"),
    # urology
    ("I'm 66 and I wake 4 times at night to pass urine, the stream is weak and I feel I haven't finished. PSA 3.2. Which treatment?", "urology", "60~69", "male"),
    ("I have a 9 mm stone in my right kidney on scan, found by chance. No pain now. I'm 38, man. Does it need to be broken?", "urology", "30~39", "male"),
    ("I have had erection problems for a year, I'm 50 and diabetic. My wife is patient but I'm ashamed. Is Viagra safe with my BP tablets?", "urology", "50~59", "male"),
    ("Our son is 2 and one of his testicles was never in the bag, the doctor at birth said wait. It still hasn't come down. What now?", "urology", "0~9", "male"),
    # nutrition
    ("I was just diagnosed with prediabetes, I'm 45, female. What should I eat in a Nigerian diet? Is eba worse than rice? Can I still eat plantain?", "nutrition", "40~49", "female"),
    ("My teenage son, 16, wants to bulk up for the gym, he's drinking protein shakes 3 times a day. Is that too much? What should his diet be?", "nutrition", "10~19", "male"),
    ("I'm vegetarian for religious reasons, 30 years old, and want to know how to get enough protein and iron from Sri Lankan food. I don't take eggs.", "nutrition", "30~39", "undisclosed"),
    ("My mother is 80 and has lost weight since my father died, she eats only tea and bread. What simple foods can we give her to build her up?", "nutrition", "80+", "female"),
]
