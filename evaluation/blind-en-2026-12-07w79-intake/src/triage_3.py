ITEMS = [
    # pediatrics
    {"text": "my 2 yr old has had a runny nose and cough for a week and is a bit off her food, no fever, still playing", "department": "pediatrics", "age_range": "0~9", "gender": "female"},
    {"text": "son is 4 and keeps getting ear infections and colds from nursery, is this normal for his age", "department": "pediatrics", "age_range": "0~9", "gender": "male"},
    {"text": "baby is 7 months, when do i start finger foods and is it ok she only has 1 tooth", "department": "pediatrics", "age_range": "0~9", "gender": "female"},
    {"text": "my 6 yr old has had a tummy ache on and off and throws up once today, drinking fine and peeing normal, wants to watch tv", "department": "pediatrics", "age_range": "0~9", "gender": "undisclosed"},
    # psychiatry
    {"text": "27 f, panic attacks like 3 times a week, cant go to the supermarket anymore, therapy waitlist is 6 months", "department": "psychiatry", "age_range": "20~29", "gender": "female"},
    {"text": "been feeling flat and empty for months, no motivation, sleeping 12 hrs, im 44 m, not suicidal just want help", "department": "psychiatry", "age_range": "40~49", "gender": "male"},
    {"text": "im 19 and nonbinary, think i have adhd, cant focus in lectures at all, how do i get assessed", "department": "psychiatry", "age_range": "10~19", "gender": "other"},
    {"text": "my wife is 38 and checks the locks like 30 times before bed, it's taking over her life", "department": "psychiatry", "age_range": "30~39", "gender": "female"},
    # pulmonology
    {"text": "smoker 40 yrs, im 64 m, get breathless walking up a hill and cough every morning, copd?", "department": "pulmonology", "age_range": "60~69", "gender": "male"},
    {"text": "asthma getting worse, using my blue inhaler every day now, 31 f", "department": "pulmonology", "age_range": "30~39", "gender": "female"},
    {"text": "ct scan for something else found a 6mm nodule in my lung, im 56, what now", "department": "pulmonology", "age_range": "50~59", "gender": "undisclosed"},
    {"text": "my grandad is 80 and has pulmonary fibrosis, his oxygen at home needs reviewing", "department": "pulmonology", "age_range": "80+", "gender": "male"},
    # rehabilitation
    {"text": "my dad had a stroke 2 months ago, hes 72, home now but his right arm is weak and he wants more physio", "department": "rehabilitation", "age_range": "70~79", "gender": "male"},
    {"text": "just had my cast off after breaking my ankle, 35 f, walking is stiff and painful, need physio exercises", "department": "rehabilitation", "age_range": "30~39", "gender": "female"},
    {"text": "im 60 and had a knee replacement 3 wks ago, cant bend it past 80 degrees, is my rehab on track", "department": "rehabilitation", "age_range": "60~69", "gender": "undisclosed"},
    {"text": "18 m, tore my acl in march and had surgery in may, want a plan to get back to basketball", "department": "rehabilitation", "age_range": "10~19", "gender": "male"},
    # rheumatology
    {"text": "stiff swollen fingers every morning for over an hour, both hands, 46 f, mum had rheumatoid arthritis", "department": "rheumatology", "age_range": "40~49", "gender": "female"},
    {"text": "low back stiff every morning since my 20s, better with exercise, worse resting, im 29 m, hla b27 positive", "department": "rheumatology", "age_range": "20~29", "gender": "male"},
    {"text": "my mom is 75, her shoulders and hips ache and are stiff every morning, gp said maybe polymyalgia", "department": "rheumatology", "age_range": "70~79", "gender": "female"},
    {"text": "positive ana test, tired, achy joints and rash in the sun, 33, what kind of doctor", "department": "rheumatology", "age_range": "30~39", "gender": "undisclosed"},
    # urology
    {"text": "up 4 times a night to pee, weak stream, 67 m, psa was 5.1", "department": "urology", "age_range": "60~69", "gender": "male"},
    {"text": "had a kidney stone last year, passed it, now theres another one on the scan 7mm, not hurting right now, 41 m", "department": "urology", "age_range": "40~49", "gender": "male"},
    {"text": "i leak pee when i cough or laugh, 57 f, 3 kids, its getting embarrassing", "department": "urology", "age_range": "50~59", "gender": "female"},
    {"text": "husband wants a vasectomy, hes 36, how does it work", "department": "urology", "age_range": "30~39", "gender": "male"},
    # nutrition
    {"text": "im 30 and just went vegan, how do i make sure i get enough protein and b12", "department": "nutrition", "age_range": "30~39", "gender": "undisclosed"},
    {"text": "my 15 yr old son wants to bulk up for rugby, what should he be eating, hes eating a lot of junk", "department": "nutrition", "age_range": "10~19", "gender": "male"},
    {"text": "diagnosed prediabetic at 49, f, need a meal plan that i can actually stick to", "department": "nutrition", "age_range": "40~49", "gender": "female"},
    {"text": "my gran is 84 and barely eats, lost weight, doc said shes fine otherwise, what can we give her to keep her strength up", "department": "nutrition", "age_range": "80+", "gender": "female"},
]
