# Writer 62 - triage items, part B
# Each item: (text, department, age_range, gender)

ITEMS = [
    # obstetrics-gynecology
    (
        "Police officer, 33. I'm 16 weeks pregnant with my first and want to know when I should stop doing front line "
        "shifts, and whether wearing the stab vest is ok for the baby.",
        "obstetrics-gynecology", "30~39", "female",
    ),
    (
        "Waitress, 28. My periods are really painful, I miss a day of work every month, and sex hurts deep inside. "
        "My sister has endometriosis.",
        "obstetrics-gynecology", "20~29", "female",
    ),
    (
        "Civil servant, 51. Periods all over the place, hot flushes in meetings, not sleeping. I want to talk about "
        "HRT options properly.",
        "obstetrics-gynecology", "50~59", "female",
    ),
    (
        "smear test came back HPV positive with CIN2 changes, they want a colposcopy. I'm 26 and work in a nursery. "
        "what does the procedure involve",
        "obstetrics-gynecology", "20~29", "female",
    ),
    # ophthalmology
    (
        "Machinist, 57M. Over the last year straight lines look wavy in my right eye and there's a smudge in the middle "
        "of what I see. Optician found something at the back of the eye.",
        "ophthalmology", "50~59", "male",
    ),
    (
        "Graphic designer, 42. My eyes have been red, gritty and the lids crusty in the mornings for months. Warm "
        "compresses help a bit. Contact lens wearer.",
        "ophthalmology", "40~49", "undisclosed",
    ),
    (
        "Retired lorry driver, 78. Vision gone misty in both eyes, glare from headlights terrible, I've stopped driving at "
        "night. Optician said cataracts and to get referred.",
        "ophthalmology", "70~79", "male",
    ),
    (
        "Optician said my eye pressures were 27 and 29 at my check and I should see a specialist about glaucoma. "
        "I'm a 63 year old woman and my mother went blind from glaucoma.",
        "ophthalmology", "60~69", "female",
    ),
    # orthopedics
    (
        "Plasterer, 49 male. Right knee pain for 2 years, worse kneeling and on stairs, swells after a long day. Xray "
        "shows arthritis. Injections didn't last.",
        "orthopedics", "40~49", "male",
    ),
    (
        "Netball player and PE teacher, 27F. Twisted my knee 3 weeks ago, it swelled up straight away and now it gives way "
        "when I turn. Think it might be ACL.",
        "orthopedics", "20~29", "female",
    ),
    (
        "Shelf stacker, 66. Hip pain in the groin going down the front of the thigh, limping by end of shift, can't put "
        "my socks on. Xray says severe wear.",
        "orthopedics", "60~69", "undisclosed",
    ),
    (
        "Carpenter, 38M. Fell off a step ladder 6 weeks ago and broke my wrist, it was in a cast and the xray now shows "
        "the bone hasn't joined. What are the options?",
        "orthopedics", "30~39", "male",
    ),
    # otolaryngology
    (
        "Singer in a band and a part-time teacher, 36F. Hoarse for 2 months, voice cracks and gets tired quickly. "
        "Not a smoker.",
        "otolaryngology", "30~39", "female",
    ),
    (
        "Factory worker, 54M. Hearing getting worse in both ears, can't follow conversation in the canteen, ringing "
        "at night. 30 years of noisy machines.",
        "otolaryngology", "50~59", "male",
    ),
    (
        "Blocked nose on one side for a year, I can't smell anything and I snore. Nasal spray does nothing. Someone said "
        "polyps. I'm a 45 year old baker.",
        "otolaryngology", "40~49", "undisclosed",
    ),
    (
        "Tonsillitis 7 times in the last year, each time antibiotics and a week off work at the supermarket. I'm 21 "
        "and a girl. Can I have my tonsils out?",
        "otolaryngology", "20~29", "female",
    ),
    # pediatrics
    (
        "My son is 3, he's had a runny nose and cough for a week, temp 38 on and off, eating less but drinking and "
        "playing. Nursery keeps sending him home. I work shifts at a factory so need to know if he needs seeing.",
        "pediatrics", "0~9", "male",
    ),
    (
        "Our daughter is 18 months and isn't walking yet, she crawls and pulls up on furniture. Says a few words. "
        "Health visitor says wait but my mum is worried.",
        "pediatrics", "0~9", "female",
    ),
    (
        "I'm a single dad and a bus driver. My 7 year old boy gets tummy aches most school mornings, goes away by "
        "lunch. Poo is normal. School nurse says see someone.",
        "pediatrics", "0~9", "male",
    ),
    (
        "My 11 year old daughter is the shortest in her class by far and hasn't grown in a year according to the "
        "school measurements. Otherwise healthy. Both me and her dad are average height.",
        "pediatrics", "10~19", "female",
    ),
    # psychiatry
    (
        "Paramedic, 40M. Since a bad job with a child last year I keep having flashbacks, nightmares, I avoid certain "
        "streets, drinking more to sleep. Work suggested I get assessed.",
        "psychiatry", "40~49", "male",
    ),
    (
        "I'm 24, work in a warehouse. For weeks I've had no energy, no interest in anything, crying for no reason, "
        "can't concentrate on the scanner. Not suicidal but very low.",
        "psychiatry", "20~29", "undisclosed",
    ),
    (
        "Accountant, 37F. I check the door locks and the oven 20 times before leaving, I'm late for work every day. "
        "I know it makes no sense but if I don't I panic.",
        "psychiatry", "30~39", "female",
    ),
    (
        "My brother, 29, chef, hasn't slept in days, talking really fast, spent his savings on a business idea and says "
        "he's got special powers. He's not aggressive and agreed to see someone tomorrow. Who?",
        "psychiatry", "20~29", "male",
    ),
    # pulmonology
    (
        "Retired miner, 70M. Short of breath walking to the end of the garden, cough with phlegm every morning, "
        "smoked 40 years. Spirometry showed COPD. Inhalers not helping much.",
        "pulmonology", "70~79", "male",
    ),
    (
        "Baker, 34F. Wheezing and chest tight at work, especially when pouring flour, better on holidays. "
        "Peak flow drops on work days.",
        "pulmonology", "30~39", "female",
    ),
    (
        "A CT scan for something else found a 9mm nodule in my lung. I'm 58 and a former smoker, I work in an office. "
        "They say it needs following up.",
        "pulmonology", "50~59", "undisclosed",
    ),
    (
        "Stonemason, 61M. Dry cough and getting short of breath over the last year, my xray showed scarring. "
        "Decades of stone dust. Silicosis?",
        "pulmonology", "60~69", "male",
    ),
    # rehabilitation
    (
        "Had a stroke 2 months ago, I'm 64 and a woman, I was a school secretary. Left arm still weak and I drag my "
        "left foot. Discharged home. I want to get more physio to get back to normal.",
        "rehabilitation", "60~69", "female",
    ),
    (
        "Scaffolder, 33M. Broke my ankle and had plates put in 10 weeks ago, cast is off but I'm limping and my ankle "
        "is stiff. Need to get back to climbing. Physio?",
        "rehabilitation", "30~39", "male",
    ),
    (
        "Knee replacement 6 weeks ago, I'm 71, retired grocer, still can't bend it past 80 degrees and the exercises "
        "sheet isn't enough. I need more structured rehab.",
        "rehabilitation", "70~79", "undisclosed",
    ),
    (
        "My husband, 45, warehouse manager, had a car accident with a head injury in spring. He's out of hospital but "
        "his memory and balance are poor and he can't go back to work yet. What rehab is there?",
        "rehabilitation", "40~49", "male",
    ),
    # rheumatology
    (
        "Care assistant, 42F. Both hands swollen and stiff for 2 hours every morning, knuckles and wrists, can't open "
        "the residents' medicine pots. Blood test showed positive rheumatoid factor.",
        "rheumatology", "40~49", "female",
    ),
    (
        "Gym instructor, 28M. Lower back pain and stiffness for a year, worse in the morning and at night, better with "
        "exercise. My uncle has ankylosing spondylitis.",
        "rheumatology", "20~29", "male",
    ),
    (
        "I'm 31, a nurse, and I have joint pains, a rash across my cheeks in the sun, mouth ulcers and hair falling out. "
        "ANA was positive.",
        "rheumatology", "30~39", "undisclosed",
    ),
    (
        "Retired teacher, 73, woman. Sudden pain and stiffness in both shoulders and hips, can't get out of bed in the "
        "morning without help. ESR 68.",
        "rheumatology", "70~79", "female",
    ),
    # urology
    (
        "Taxi driver, 67M. Getting up 4 times a night to pee, weak stream, dribbling after. PSA 4.9.",
        "urology", "60~69", "male",
    ),
    (
        "Kidney stone 7mm seen on CT still sitting there after 4 weeks. Pain comes and goes. I'm a 39 year old man, "
        "work as an electrician.",
        "urology", "30~39", "male",
    ),
    (
        "Roofer, 26. Painless lump in my right testicle, hard, noticed it in the shower a week ago. Not sore.",
        "urology", "20~29", "male",
    ),
    (
        "I'm a 55 year old woman, work in a shop, I leak urine when I cough, laugh or lift boxes. Pelvic floor "
        "exercises for 6 months didn't help. What's next?",
        "urology", "50~59", "female",
    ),
    # nutrition
    (
        "Night shift nurse, 36F. I eat badly on nights, vending machine snacks, and I've put on 2 stone in 2 years. "
        "What's a sensible eating plan around night shifts?",
        "nutrition", "30~39", "female",
    ),
    (
        "I'm 19, student and part-time at a cafe, just went vegan. What do I need to supplement? B12, iron? "
        "I don't want to get ill.",
        "nutrition", "10~19", "undisclosed",
    ),
    (
        "Delivery rider, 27M, cycling 80km a day. I'm losing weight and hungry all the time, how much protein and "
        "carbs should I actually be eating?",
        "nutrition", "20~29", "male",
    ),
    (
        "My dad is 68, just diagnosed with high cholesterol and prediabetes. Retired chef, loves his cooking. "
        "He wants advice on what to change in his diet before going on tablets.",
        "nutrition", "60~69", "male",
    ),
]
