# Hand-written triage items (part 2). Writer 129.

ITEMS = [
    # obstetrics-gynecology
    ("my wife she is pregnant 16 weeks, first baby, she is 27. We just moved to Leeds from Gdańsk. Where she register for the pregnancy checks and scans?",
     "obstetrics-gynecology", "20~29", "female"),
    ("I am 47 and my periods are very heavy with big clots, I change pad every hour on first days. Scan showed fibroids. What are options?",
     "obstetrics-gynecology", "40~49", "female"),
    ("Smear result: HPV positive and CIN2. I'm 34 and they want colposcopy. What is this and will it affect having children?",
     "obstetrics-gynecology", "30~39", "female"),
    ("I'm 58, no periods for 6 years, and now I had some bleeding again, light, twice this month. No pain.",
     "obstetrics-gynecology", "50~59", "female"),

    # ophthalmology
    ("My grandmother is 86, she says everything is foggy and car lights at night have big circles. She can't read her prayer book anymore. Cataract?",
     "ophthalmology", "80+", "female"),
    ("My son 8 failed the eye test at school, one eye is lazy they said. He never complained. What now?",
     "ophthalmology", "0~9", "male"),
    ("Dry burning eyes, red in evening, I work at computer 10 hours. I am 36 years woman. Drops from pharmacy help only short.",
     "ophthalmology", "30~39", "female"),
    ("Glaucoma diagnosed in Poland, I use Xalatan drops every evening. I'm 63 man, need eye clinic here to check pressure, last check one year ago.",
     "ophthalmology", "60~69", "male"),

    # orthopedics
    ("Knee pain on the inside when I go down stairs, 59 year woman, x-ray says arthritis. Injections help only 2 months. Operation?",
     "orthopedics", "50~59", "female"),
    ("Twisted my ankle playing football 6 weeks ago, 22, male. Swelling gone but it keeps giving way on uneven ground.",
     "orthopedics", "20~29", "male"),
    ("Can't lift my arm above my head for 3 months, pain at night when I lie on it. I'm 51, plasterer. Physio didn't fix it.",
     "orthopedics", "50~59", "undisclosed"),
    ("My son 14 has back curved, one shoulder is higher than other, PE teacher noticed. Scoliosis?",
     "orthopedics", "10~19", "male"),

    # otolaryngology
    ("Blocked nose on one side for years and I snore a lot. Doctor in Lviv said deviated septum. I'm 33, man. Can I get operation here?",
     "otolaryngology", "30~39", "male"),
    ("My daughter is 7, she had tonsillitis 7 times this year, every time antibiotics. She misses school a lot. Should tonsils be removed?",
     "otolaryngology", "0~9", "female"),
    ("Hearing is worse in left ear and ringing all the time, for about a year. I am 61, woman. Right ear fine.",
     "otolaryngology", "60~69", "female"),
    ("I'm 45, a teacher, and my voice has been hoarse for 5 weeks, no cold, no cough. Not a smoker.",
     "otolaryngology", "40~49", "undisclosed"),

    # pediatrics
    ("My baby 10 months has cough and runny nose for one week, eat a bit less, fever 38 yesterday but today normal. Playing ok.",
     "pediatrics", "0~9", "undisclosed"),
    ("My son is 4 and poo only every 4-5 days, very hard, he cries and hides. We give more water and fruits. What else?",
     "pediatrics", "0~9", "male"),
    ("Daughter 2 years, since nursery she is sick every two weeks, colds, ear, cough. Is her immune system weak? She eats very picky.",
     "pediatrics", "0~9", "female"),
    ("My girl is 5 and has chickenpox since 3 days, lots of spots, itching, but still playing and eating. What we can put on the spots?",
     "pediatrics", "0~9", "female"),

    # psychiatry
    ("I'm 29, Ukrainian woman, since the war started I have panic attacks and can't sleep, heart pounding, always thinking about my parents in Kharkiv.",
     "psychiatry", "20~29", "female"),
    ("My husband 41 drinks vodka every day since he lost the job at the factory, now angry, sad, doesn't get up. He says he can stop anytime.",
     "psychiatry", "40~49", "male"),
    ("I'm 19 and I think I have ADHD, I can't focus on my studies at all, start 10 things and finish none. How do I get assessed?",
     "psychiatry", "10~19", "undisclosed"),
    ("My mother is 68 and for 6 months she says the neighbours are spying on her through the walls and she hears them talking about her. She was always normal before.",
     "psychiatry", "60~69", "female"),

    # pulmonology
    ("Asthma since I was a kid, now 38 and it's not controlled even with Symbicort twice a day, waking at night coughing twice a week.",
     "pulmonology", "30~39", "undisclosed"),
    ("My father 70, he was miner in Silesia, coughing with phlegm every morning and breathless when walking to the shop. He still smoke. COPD?",
     "pulmonology", "70~79", "male"),
    ("CT scan for something else found a 6 mm nodule in my right lung. I'm 57, ex-smoker woman. They said repeat in one year - is it enough?",
     "pulmonology", "50~59", "female"),
    ("44 year man, cough for 2 months after covid, breathless on the stairs at work, before I was fit.",
     "pulmonology", "40~49", "male"),

    # rehabilitation
    ("My dad is 73, he had stroke in March, now home, left arm weak and he walks with stick. Hospital physio finished. Where to get more physio?",
     "rehabilitation", "70~79", "male"),
    ("Knee replacement 4 weeks ago, I'm 66 woman, still can't bend more than 80 degrees. Which exercises and how often?",
     "rehabilitation", "60~69", "female"),
    ("Broke my wrist falling off my bike, cast came off 2 weeks ago and it's stiff and weak. 25 year old guy. Do I need physio or will it come back on its own?",
     "rehabilitation", "20~29", "male"),
    ("I'm 48, whiplash from car accident 3 months ago, neck still stiff and I can't turn head fully when driving. Want physiotherapy.",
     "rehabilitation", "40~49", "undisclosed"),

    # rheumatology
    ("Joints in my hands swelling, morning stiffness 2 hours, both sides. 44 year woman. Blood test RF positive.",
     "rheumatology", "40~49", "female"),
    ("27 man, lower back pain and stiffness in mornings for a year, gets better with exercise, worse with rest. HLA-B27 positive.",
     "rheumatology", "20~29", "male"),
    ("My mother is 80, pain and stiffness in both shoulders and hips, she can't lift arms to comb hair in morning. ESR 70. No headache.",
     "rheumatology", "80+", "female"),
    ("My daughter 16 has swollen knee for two months without any injury, also the ankle sometimes. ANA positive in the blood test.",
     "rheumatology", "10~19", "female"),

    # urology
    ("I am 65 man, weak stream when I pee, need to go 4 times at night, and feel not empty after.",
     "urology", "60~69", "male"),
    ("Kidney stones three times in two years, I'm 39, man, works in hot bakery. How to stop them coming back?",
     "urology", "30~39", "male"),
    ("One time I saw blood in urine, red, no pain. Next day normal. I'm 70, man, smoked 40 years.",
     "urology", "70~79", "male"),
    ("My son is 3 and only one testicle is in the bag, the other one never came down. Doctor in Bulgaria said wait but he is 3 now.",
     "urology", "0~9", "male"),

    # nutrition
    ("I want diet plan to lose weight, I am 95 kg and 1.65 m, woman 42. I eat a lot of bread and potatoes like in Poland.",
     "nutrition", "40~49", "female"),
    ("My son 15 became vegan suddenly. What he must eat to get enough protein, iron and B12? He's growing.",
     "nutrition", "10~19", "male"),
    ("I'm 60 and diabetic, which food is ok? Bread, potatoes, pierogi? I don't know what to eat now.",
     "nutrition", "60~69", "undisclosed"),
    ("23, non-binary, go to gym 5 times a week. How much protein do I need per day and are whey supplements ok?",
     "nutrition", "20~29", "other"),
]
