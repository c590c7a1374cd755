ITEMS = [
    # cardiology
    {"text": "im 58 m and my heart does this flutter thing a few times a day for a few secs, smartwatch said possible afib twice this week, feel fine otherwise", "department": "cardiology", "age_range": "50~59", "gender": "male"},
    {"text": "my mom is 74 and her heart doc retired, she has a leaky valve and gets more out of breath on stairs over the last few months, who should she see", "department": "cardiology", "age_range": "70~79", "gender": "female"},
    {"text": "32 yr old here, bp keeps coming up 150/100 at the pharmacy machine, no symptoms, my dad had a heart attack at 50", "department": "cardiology", "age_range": "30~39", "gender": "undisclosed"},
    {"text": "hi im a 45 yr old woman, my cardiogram at the checkup showed something called lbbb and they said follow up, what does it mean", "department": "cardiology", "age_range": "40~49", "gender": "female"},
    # dentistry
    {"text": "back tooth on the bottom left hurts when i drink cold stuff and theres a hole i can feel with my tongue, im 27 f", "department": "dentistry", "age_range": "20~29", "gender": "female"},
    {"text": "my gums bleed every time i brush and my breath stinks, 49 yo guy, been years since i saw a dentist", "department": "dentistry", "age_range": "40~49", "gender": "male"},
    {"text": "wisdom teeth coming in and my jaw aches, im 19", "department": "dentistry", "age_range": "10~19", "gender": "undisclosed"},
    {"text": "grandpa is 83 and his dentures dont fit anymore, hes got sore spots on his gums and cant chew meat", "department": "dentistry", "age_range": "80+", "gender": "male"},
    # dermatology
    {"text": "16 yo girl, really bad acne on my chin and back, tried all the face washes, nothing works", "department": "dermatology", "age_range": "10~19", "gender": "female"},
    {"text": "mole on my husbands back changed shape and got kinda 2 colours, hes 61", "department": "dermatology", "age_range": "60~69", "gender": "male"},
    {"text": "scaly silver patches on my elbows and knees for a year, itchy, im 36 and male", "department": "dermatology", "age_range": "30~39", "gender": "male"},
    {"text": "im 42 and my face goes red and flushy with little bumps whenever i drink wine or eat spicy stuff", "department": "dermatology", "age_range": "40~49", "gender": "undisclosed"},
    # endocrinology
    {"text": "23 f, lost 6 kg without trying, heart racing at rest, hands shaky and always hot, thyroid?", "department": "endocrinology", "age_range": "20~29", "gender": "female"},
    {"text": "type 1 since i was a kid, now 34 and my sugars are all over the place even with the pump, want a new specialist", "department": "endocrinology", "age_range": "30~39", "gender": "undisclosed"},
    {"text": "my dad is 66, type 2, on metformin and his a1c is still 9, gp says time for a specialist", "department": "endocrinology", "age_range": "60~69", "gender": "male"},
    {"text": "im a 29 yr old guy and my blood test showed low testosterone, always tired and no sex drive", "department": "endocrinology", "age_range": "20~29", "gender": "male"},
    # family-medicine
    {"text": "need a general check up, 40 m, havent seen a doc in like 8 yrs, no issues just want bloods done", "department": "family-medicine", "age_range": "40~49", "gender": "male"},
    {"text": "runny nose sore throat and a bit of cough for 3 days, no fever, im 25, just want to know if i need anything", "department": "family-medicine", "age_range": "20~29", "gender": "undisclosed"},
    {"text": "im 53 and just feel tired all the time lately, not sleeping great, no other real symptoms, where do i start", "department": "family-medicine", "age_range": "50~59", "gender": "undisclosed"},
    {"text": "my wife is 67 and needs her annual physical and flu shot, also wants her bp meds reviewed", "department": "family-medicine", "age_range": "60~69", "gender": "female"},
    # gastroenterology
    {"text": "heartburn every night for months, tums dont cut it anymore, sometimes food feels stuck, 47 m", "department": "gastroenterology", "age_range": "40~49", "gender": "male"},
    {"text": "im 22 and ive had diarrhea and cramps on and off for half a year, sometimes mucus, lost some weight", "department": "gastroenterology", "age_range": "20~29", "gender": "undisclosed"},
    {"text": "im 50 now, woman, never had a colonoscopy and my brother had polyps, how do i book", "department": "gastroenterology", "age_range": "50~59", "gender": "female"},
    {"text": "my grandma is 78 and her liver tests came back high on routine bloods, she doesnt drink", "department": "gastroenterology", "age_range": "70~79", "gender": "female"},
    # general-surgery
    {"text": "bulge in my groin that pops out when i cough and goes back when i lie down, 55 m, doesnt hurt much", "department": "general-surgery", "age_range": "50~59", "gender": "male"},
    {"text": "had gallstone attacks 3 times this year, ultrasound showed stones, i'm 38 f and want them out", "department": "general-surgery", "age_range": "30~39", "gender": "female"},
    {"text": "lump on my back that's been growing slowly for years, soft, probably a lipoma, im 44, want it removed", "department": "general-surgery", "age_range": "40~49", "gender": "undisclosed"},
    {"text": "my 21 yr old son keeps getting a painful infected cyst near his tailbone, drained twice already", "department": "general-surgery", "age_range": "20~29", "gender": "male"},
    # hematology-oncology
    {"text": "my husband is 64 and his bloods showed high white count and the gp mentioned maybe cll, what happens next", "department": "hematology-oncology", "age_range": "60~69", "gender": "male"},
    {"text": "i'm 31 f and bruise like crazy, big purple patches from nothing, and my periods are super heavy", "department": "hematology-oncology", "age_range": "30~39", "gender": "female"},
    {"text": "mum is 72, just finished chemo for breast cancer, when should she have her next scan", "department": "hematology-oncology", "age_range": "70~79", "gender": "female"},
    {"text": "im 27 and had a painless lump in my neck for 2 months plus night sweats, my gp sent bloods and said see a specialist", "department": "hematology-oncology", "age_range": "20~29", "gender": "undisclosed"},
]
