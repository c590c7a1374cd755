# Hand-written triage items (part B). Writer 128.

ITEMS = [
    # hematology-oncology
    ("My platelets came 62 on a routine test, I'm a 30 year old woman, no bleeding, only small bruises on legs. Repeat showed 58. Which specialist?",
     "hematology-oncology", "30~39", "female"),
    ("My father 64 finished chemo for lymphoma 6 months ago. The PET scan is next month. He has night sweats again sometimes. Is it a sign of coming back?",
     "hematology-oncology", "60~69", "male"),
    ("Salam, my wife is 55, breast cancer stage 2, she's on tamoxifen after surgery. She wants to ask if she can fast Ramadan while on it and what about the hot flushes.",
     "hematology-oncology", "50~59", "female"),
    ("My son is 12 and has beta thalassemia major, he gets transfusions every 3 weeks in Baghdad. His ferritin is 3500. Is there a better chelation than Desferal injections?",
     "hematology-oncology", "10~19", "male"),

    # infectious-diseases
    ("I drank raw camel milk in the desert trip 3 weeks ago and now I have fever every evening, sweating at night and back pain. 35 male. The lab says Brucella positive. What treatment and how long?",
     "infectious-diseases", "30~39", "male"),
    ("My colleague was diagnosed with TB and we share an office. I'm 40, woman, no cough. The skin test was positive 15 mm. Do I need treatment if the x-ray is clear?",
     "infectious-diseases", "40~49", "female"),
    ("26M, condom broke with a casual partner 2 days ago, his status unknown. Is it too late for PEP? Where to get it?",
     "infectious-diseases", "20~29", "male"),
    ("Came back from a trip to Nigeria 10 days ago, now fever and chills every other day, headache. I'm 29. Didn't take malaria pills. Should I get tested for malaria?",
     "infectious-diseases", "20~29", "undisclosed"),

    # nephrology
    ("My father is 67, his creatinine rising slowly, now 2.4, eGFR 27. The doctor mentioned dialysis maybe in the future. What can slow it down?",
     "nephrology", "60~69", "male"),
    ("Urine test at the company medical showed protein ++ and some blood. I'm a 30 year old woman, blood pressure a bit high 140/90. What kidney tests do I need?",
     "nephrology", "30~39", "female"),
    ("I'm 55, on hemodialysis 3 times a week for 2 years. I'm always itchy and my phosphorus is high. What can I eat and what medicines help?",
     "nephrology", "50~59", "undisclosed"),
    ("My grandmother, 81, has polycystic kidneys and now her potassium is 6.0 in the last test. She takes Aldactone for her heart too. Is it related?",
     "nephrology", "80+", "female"),

    # neurology
    ("I'm 32 female, migraines 8-10 days a month with flashing zigzags before. Triptans help but I take too many. Preventive options? I want to get pregnant next year.",
     "neurology", "30~39", "female"),
    ("My brother is 19 and has epilepsy, on Depakine. He wants to fast Ramadan and get a driving licence. Is it ok? Last seizure was 8 months ago.",
     "neurology", "10~19", "male"),
    ("Numbness in my left leg that came and went over 2 weeks last year and now tingling in my hands for a month. I'm 27 woman. My cousin has MS. Should I do MRI?",
     "neurology", "20~29", "female"),
    ("My husband 66 has a shake in his right hand at rest and he walks slower, small steps. His handwriting got tiny. Could it be Parkinson?",
     "neurology", "60~69", "male"),

    # obstetrics-gynecology
    ("I'm 26, 9 weeks pregnant with first baby, vomiting 3-4 times a day but keeping water and some food. Is there a safe medicine? Doctor appointment in 2 weeks.",
     "obstetrics-gynecology", "20~29", "female"),
    ("51, periods stopped 8 months ago, hot flushes are destroying my sleep. Is hormone therapy safe for me? No cancer in my family.",
     "obstetrics-gynecology", "50~59", "female"),
    ("My daughter is 17 and her periods come every 2-3 months only, and she has hair on her chin. Could it be PCOS? She's worried about it.",
     "obstetrics-gynecology", "10~19", "female"),
    ("Married 2 years, trying to conceive for 14 months, I'm 35. Cycles regular. My husband's test was normal. What tests for me?",
     "obstetrics-gynecology", "30~39", "female"),

    # ophthalmology
    ("My father is 60 and his eye pressure was 28 at the optician in Amman. They said maybe glaucoma. His brother went blind from glaucoma. What next?",
     "ophthalmology", "60~69", "male"),
    ("My son is 9 and he sits very close to the TV and squints at the board in school. Teacher asked us to check eyes. Does he need glasses?",
     "ophthalmology", "0~9", "male"),
    ("I see floaters like little flies in my right eye for a year, no flashes, no curtain, nothing new. 45 year old woman, short-sighted -6. Is it dangerous?",
     "ophthalmology", "40~49", "female"),
    ("My grandmother is 86 and her vision is cloudy like fog in both eyes. The doctor says cataract but she is afraid of the operation at her age. Is it safe?",
     "ophthalmology", "80+", "female"),

    # orthopedics
    ("Knee pain both sides when climbing stairs and praying (sujood), cracking sound. I'm 55, woman, 90 kg. X-ray shows osteoarthritis. Injection or operation?",
     "orthopedics", "50~59", "female"),
    ("I twisted my ankle playing football a week ago, still swollen and painful on the outside, I can walk but limping. 22 male. Need x-ray?",
     "orthopedics", "20~29", "male"),
    ("Lower back pain going down to my left leg to the foot for 6 weeks, I'm 40, man, driver. MRI shows disc herniation L4-L5. Physio or surgery?",
     "orthopedics", "40~49", "male"),
    ("Shoulder stiff and painful for 4 months, can't put my hand behind my back or comb my hair. I'm 50 female, diabetic. Frozen shoulder? What treatment?",
     "orthopedics", "50~59", "female"),

    # otolaryngology
    ("Blocked nose and pressure in my face for 3 months, green discharge, lost smell a bit. I'm 35 man. Antibiotics twice, comes back. Sinus CT?",
     "otolaryngology", "30~39", "male"),
    ("My dad is 72 and hears badly now, TV very loud, he says people mumble. Hearing aids or is there surgery?",
     "otolaryngology", "70~79", "male"),
    ("I'm 24 and I get tonsillitis 6-7 times a year, every time antibiotics. The doctor said maybe remove tonsils. Is it too old for tonsillectomy? I'm female.",
     "otolaryngology", "20~29", "female"),
    ("I'm a teacher, 44 year old woman, my voice becomes hoarse every week and sometimes disappears. No smoking. It's been 3 months.",
     "otolaryngology", "40~49", "female"),

    # pediatrics
    ("My daughter is 3 years old, she has fever 38.5 and cough since yesterday, runny nose, she is eating less but playing. Can I give Panadol and Brufen together?",
     "pediatrics", "0~9", "female"),
    ("Baby boy 8 months, diarrhea 4-5 times a day for 3 days, still drinking milk and wet diapers. Should I stop formula? What to give him?",
     "pediatrics", "0~9", "male"),
    ("My 6 year old son is the smallest in his class and doesn't gain weight, he is a picky eater. Do we need tests?",
     "pediatrics", "0~9", "male"),
    ("Salam, my girl is 1 year old now, the 12 month vaccines are due. She has a small cold. Can she take the vaccine or wait?",
     "pediatrics", "0~9", "female"),

    # psychiatry
    ("I'm 31, woman, since my baby was born 5 months ago I cry every day and feel nothing for him, I'm not sleeping even when he sleeps. My family says it's normal. Is it?",
     "psychiatry", "30~39", "female"),
    ("27M, I always lose focus at work, forget deadlines, can't sit through meetings, was like this in school too. Could I have ADHD as an adult? How to get assessed?",
     "psychiatry", "20~29", "male"),
    ("My father, 62, has been worrying about everything since he retired. Can't sleep, checks the locks 10 times, stomach upset every day. Doctors found nothing physical.",
     "psychiatry", "60~69", "male"),
    ("I'm 23, non-binary, and I've had panic attacks almost daily for two months: heart pounding, can't breathe, feeling I'll die. All heart tests were normal. I need help managing this.",
     "psychiatry", "20~29", "other"),

    # pulmonology
    ("My grandfather is 78, smoked for 50 years, now he gets breathless walking to the mosque, cough with phlegm every morning. The doctor said COPD. Which inhaler is best?",
     "pulmonology", "70~79", "male"),
    ("I'm 29 female with asthma since childhood, lately I use Ventolin every night and wake up coughing. Symbicort twice a day. Need something stronger?",
     "pulmonology", "20~29", "female"),
    ("Dry cough for 3 months, I'm 50, smoker 30 years, lost 3 kg. Chest x-ray showed 'nodule 8mm right upper lobe'. What next, CT?",
     "pulmonology", "50~59", "undisclosed"),
    ("My husband is 45, snores very loud, stops breathing at night, very sleepy in the day even falls asleep at red lights. Where does he do a sleep study?",
     "pulmonology", "40~49", "male"),
]
