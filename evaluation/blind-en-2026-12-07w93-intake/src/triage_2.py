ITEMS = [
    # obstetrics-gynecology
    {"text": "Midwife, 34, trying to conceive for 14 months. Day 21 progesterone 12 nmol/L, AMH fine, partner's semen analysis normal. Anovulatory? Letrozole?", "department": "obstetrics-gynecology", "age_range": "30~39", "gender": "female"},
    {"text": "Periods so painful I vomit, 19 years old, pill hasn't helped. Pain with sex too. Could it be endometriosis? How is it diagnosed?", "department": "obstetrics-gynecology", "age_range": "10~19", "gender": "female"},
    {"text": "Prolapse feeling, like a bulge down below, worse at the end of the day. 61, three vaginal births. Pessary or surgery?", "department": "obstetrics-gynecology", "age_range": "60~69", "gender": "female"},
    {"text": "Smear showed HPV positive with high-grade dyskaryosis. 42F. Colposcopy letter came. What will they do on the day?", "department": "obstetrics-gynecology", "age_range": "40~49", "gender": "female"},
    # ophthalmology
    {"text": "Optometrist spotted 'drusen' in both maculas, vision still 6/6. 67M, ex-smoker. Should I be taking AREDS vitamins? Need a referral?", "department": "ophthalmology", "age_range": "60~69", "gender": "male"},
    {"text": "Cataract in my right eye, glare driving at night. I'm 74 and a woman, still drive to see grandchildren. When is surgery worth it?", "department": "ophthalmology", "age_range": "70~79", "gender": "female"},
    {"text": "Diabetic retinopathy screening says 'R2 pre-proliferative'. 49 years old, T2DM. What's the next step, laser?", "department": "ophthalmology", "age_range": "40~49", "gender": "undisclosed"},
    {"text": "Keratoconus diagnosed at 16, now 21, my glasses keep changing. Corneal cross-linking, is it still worth it at my age? (I'm a guy if that matters)", "department": "ophthalmology", "age_range": "20~29", "gender": "male"},
    # orthopedics
    {"text": "Physio student, 22F. Patella keeps slipping out sideways, three dislocations this year. MRI shows trochlear dysplasia. MPFL reconstruction?", "department": "orthopedics", "age_range": "20~29", "gender": "female"},
    {"text": "Hip arthritis, bone on bone on X-ray, 69 year old man, walking 200 m max. Ready for a hip replacement. What's the wait usually?", "department": "orthopedics", "age_range": "60~69", "gender": "male"},
    {"text": "Scaphoid fracture 10 weeks in a cast, CT shows not united. 27M, right-handed builder. Do they operate?", "department": "orthopedics", "age_range": "20~29", "gender": "male"},
    {"text": "Bunion on my left foot getting worse, 2nd toe now crossing over. I'm 53 and a nurse on my feet all day. Surgery options and recovery time?", "department": "orthopedics", "age_range": "50~59", "gender": "undisclosed"},
    # otolaryngology
    {"text": "Snoring and blocked nose on one side for years, 38M, deviated septum on exam. Septoplasty worth it?", "department": "otolaryngology", "age_range": "30~39", "gender": "male"},
    {"text": "Tinnitus in one ear only, and hearing seems worse on that side over a year. 45F. GP said an MRI to rule out acoustic neuroma?", "department": "otolaryngology", "age_range": "40~49", "gender": "female"},
    {"text": "My 5 year old's hearing test shows glue ear both sides, 35 dB loss, 6 months now. Grommets?", "department": "otolaryngology", "age_range": "0~9", "gender": "undisclosed"},
    {"text": "Recurrent nosebleeds from the left nostril, 72 years old gent on aspirin. Cautery done once. Still bleeding weekly. Worth seeing ENT again?", "department": "otolaryngology", "age_range": "70~79", "gender": "male"},
    # pediatrics
    {"text": "Paeds nurse asking as a mum: my 3 year old daughter is always tired and pale, eats lots of cow's milk (1 litre a day), not much else. Iron deficiency? Who checks?", "department": "pediatrics", "age_range": "0~9", "gender": "female"},
    {"text": "Our 9 month old boy has had a cough and runny nose on and off since starting nursery, feeding fine, no fever now. Is this just nursery bugs?", "department": "pediatrics", "age_range": "0~9", "gender": "male"},
    {"text": "My son is 11 and the shortest in his class by far, height on the 0.4th centile, dad and I are average. When do you worry about growth?", "department": "pediatrics", "age_range": "10~19", "gender": "male"},
    {"text": "6 year old with tummy aches every school morning for a month, normal poos, eats well, no weight loss. Might be anxiety. Who should we see first?", "department": "pediatrics", "age_range": "0~9", "gender": "undisclosed"},
    # psychiatry
    {"text": "Junior doctor, 28F. Low mood for 4 months, early waking, lost interest in running. No thoughts of harming myself. Sertraline or therapy first?", "department": "psychiatry", "age_range": "20~29", "gender": "female"},
    {"text": "Adult ADHD assessment: I'm 41, male, always late, lose keys, struggled in school. Is there any point getting diagnosed now?", "department": "psychiatry", "age_range": "40~49", "gender": "male"},
    {"text": "Bipolar 1, stable on lithium for 8 years. 55, woman. Kidney function dropping (eGFR 52). Switch to something else?", "department": "psychiatry", "age_range": "50~59", "gender": "female"},
    {"text": "I'm 16 and I have to check the door locks like 30 times before I can sleep. It takes hours. My parents don't get it. Is this OCD?", "department": "psychiatry", "age_range": "10~19", "gender": "undisclosed"},
    # pulmonology
    {"text": "Chronic cough 6 months, 59F, never smoked, CT shows bronchiectasis in lower lobes. Sputum grows pseudomonas. What's the long term plan?", "department": "pulmonology", "age_range": "50~59", "gender": "female"},
    {"text": "Ex-miner, 78, short of breath on exertion, crackles at both bases. CT says 'UIP pattern'. Pulmonary fibrosis? Antifibrotics?", "department": "pulmonology", "age_range": "70~79", "gender": "male"},
    {"text": "Incidental lung nodule on CT, 7 mm, solid, 52 year old smoker. Follow up scan in 3 months. What are the odds it's cancer?", "department": "pulmonology", "age_range": "50~59", "gender": "undisclosed"},
    {"text": "Asthma getting worse since I started vaping. 24M, using salbutamol 4x a day now. Need a steroid inhaler?", "department": "pulmonology", "age_range": "20~29", "gender": "male"},
    # rehabilitation
    {"text": "Stroke 4 months ago, left arm still weak, can't grip a cup. Community rehab stopped after 6 weeks. I'm 66 and a retired teacher, woman. Any other therapy options?", "department": "rehabilitation", "age_range": "60~69", "gender": "female"},
    {"text": "ACL reconstruction 3 months ago, 19 yo footballer (male). Quad still wasted and I can't hop on that leg. What should my physio programme look like now?", "department": "rehabilitation", "age_range": "10~19", "gender": "male"},
    {"text": "Paramedic, 45M, off work 8 weeks after a lumbar discectomy. Want to get back to lifting stretchers. Graded return plan?", "department": "rehabilitation", "age_range": "40~49", "gender": "male"},
    {"text": "My grandmother (85) broke her hip in spring, had it pinned. She now uses a frame and is scared to walk. Can she still get physiotherapy at home?", "department": "rehabilitation", "age_range": "80+", "gender": "female"},
    # rheumatology
    {"text": "Psoriatic arthritis, 39M, swollen sausage fingers, on methotrexate 20 mg for 6 months without much change. Biologic next?", "department": "rheumatology", "age_range": "30~39", "gender": "male"},
    {"text": "New headaches on one side, jaw pain when chewing, ESR 78. I'm 73. GP started prednisolone 40 mg and referred. Temporal artery biopsy or ultrasound?", "department": "rheumatology", "age_range": "70~79", "gender": "undisclosed"},
    {"text": "Low back pain and stiffness every morning for 2 years, better with exercise, 26M, HLA-B27 positive. Ankylosing spondylitis?", "department": "rheumatology", "age_range": "20~29", "gender": "male"},
    {"text": "Widespread pain, fatigue, poor sleep for 3 years, all bloods normal. 48 year old woman. They mentioned fibromyalgia. Who manages that?", "department": "rheumatology", "age_range": "40~49", "gender": "female"},
    # urology
    {"text": "Getting up 4 times a night to pee, weak stream, 64M. PSA 2.8. Prostate feels enlarged apparently. Tamsulosin or finasteride?", "department": "urology", "age_range": "60~69", "gender": "male"},
    {"text": "Painless blood in my urine once last week, 58, ex-smoker. Dip since then clear. Do I still need a cystoscopy?", "department": "urology", "age_range": "50~59", "gender": "undisclosed"},
    {"text": "Kidney stones 3 times in 2 years, 35 year old bloke. Stone analysis showed calcium oxalate. What can prevent more?", "department": "urology", "age_range": "30~39", "gender": "male"},
    {"text": "Leaking urine when I cough or jump, 47F, after two babies. Pelvic floor exercises done for 6 months. Surgery options now?", "department": "urology", "age_range": "40~49", "gender": "female"},
    # nutrition
    {"text": "Nursing student, 20F, vegan for a year. How do I make sure I get enough B12, iron and omega-3 without supplements? Or do I need them?", "department": "nutrition", "age_range": "20~29", "gender": "female"},
    {"text": "My dad is 81 and has lost his appetite, down 6 kg in a year, eats a sandwich a day. Bloods fine. What can we add to his meals to stop the weight loss?", "department": "nutrition", "age_range": "80+", "gender": "male"},
    {"text": "Training for a marathon, 32, how many carbs should I eat the week before and on race morning? I'm about 70 kg.", "department": "nutrition", "age_range": "30~39", "gender": "undisclosed"},
    {"text": "Prediabetes (HbA1c 43), 57 year old man, want to fix it with food. Low carb or Mediterranean? Sample day of meals?", "department": "nutrition", "age_range": "50~59", "gender": "male"},
]
