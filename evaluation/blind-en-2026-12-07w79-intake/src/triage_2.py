ITEMS = [
    # infectious-diseases
    {"text": "just found out my ex is hiv positive, we broke up 2 months ago, im 26 m, what testing do i need and is there anything i can take", "department": "infectious-diseases", "age_range": "20~29", "gender": "male"},
    {"text": "came back from kenya 10 days ago and getting fevers every other afternoon with chills, im 39, took no malaria pills", "department": "infectious-diseases", "age_range": "30~39", "gender": "undisclosed"},
    {"text": "my 57 yo wife has had lyme disease twice and still has joint pain and fatigue after the antibiotics, she wants to see someone who knows about it", "department": "infectious-diseases", "age_range": "50~59", "gender": "female"},
    {"text": "need travel jabs for india and nepal trip in 6 wks, im 33 f, also want to ask about rabies shots", "department": "infectious-diseases", "age_range": "30~39", "gender": "female"},
    # nephrology
    {"text": "gp says my kidney function egfr is 38 and dropping, im 68 m, diabetic, what does that mean", "department": "nephrology", "age_range": "60~69", "gender": "male"},
    {"text": "29 f with lupus and now there's protein in my urine, rheum wants me to see a kidney doctor too", "department": "nephrology", "age_range": "20~29", "gender": "female"},
    {"text": "my dad is 81 and on dialysis 3x a week, we want to ask about switching to home dialysis", "department": "nephrology", "age_range": "80+", "gender": "male"},
    {"text": "polycystic kidneys run in the family and my scan at 42 showed cysts, creatinine slightly high", "department": "nephrology", "age_range": "40~49", "gender": "undisclosed"},
    # neurology
    {"text": "migraines 3 or 4 times a week now, 35 f, sumatriptan works but im taking it too much", "department": "neurology", "age_range": "30~39", "gender": "female"},
    {"text": "my hand has a tremor when i hold a cup, im 71 and a man, my dad had parkinsons", "department": "neurology", "age_range": "70~79", "gender": "male"},
    {"text": "numbness and pins and needles in both feet for months, 48, not diabetic as far as i know", "department": "neurology", "age_range": "40~49", "gender": "undisclosed"},
    {"text": "i'm 24 and had an episode of blurry vision in one eye last year and now my leg feels weird and tingly for a couple weeks, worried about ms", "department": "neurology", "age_range": "20~29", "gender": "undisclosed"},
    # obstetrics-gynecology
    {"text": "periods super heavy and painful, 34 f, soaking through pads in an hour on day 2, ultrasound mentioned fibroids", "department": "obstetrics-gynecology", "age_range": "30~39", "gender": "female"},
    {"text": "im 9 wks pregnant with my first, when is the first scan and do i need to book it myself, im 28", "department": "obstetrics-gynecology", "age_range": "20~29", "gender": "female"},
    {"text": "52 and periods stopped 8 months ago then i had some spotting this week, is that normal", "department": "obstetrics-gynecology", "age_range": "50~59", "gender": "female"},
    {"text": "smear test came back abnormal hpv positive and they want a colposcopy, im 41 what does that involve", "department": "obstetrics-gynecology", "age_range": "40~49", "gender": "female"},
    # ophthalmology
    {"text": "my vision's gotten cloudy and glare from headlights is awful at night, 69 m, cataracts?", "department": "ophthalmology", "age_range": "60~69", "gender": "male"},
    {"text": "glaucoma in my family and im 45, should i get my eye pressure checked, havent had an eye exam in years", "department": "ophthalmology", "age_range": "40~49", "gender": "undisclosed"},
    {"text": "my granny is 86 with macular degeneration, her injections are due and she's seeing wavy lines a bit more", "department": "ophthalmology", "age_range": "80+", "gender": "female"},
    {"text": "im 17 and my left eye turns inward when im tired, always been like that, want to know if it can be fixed", "department": "ophthalmology", "age_range": "10~19", "gender": "undisclosed"},
    # orthopedics
    {"text": "knee pain for a year, 63 f, xray says bone on bone osteoarthritis, injections stopped working, should i think about a replacement", "department": "orthopedics", "age_range": "60~69", "gender": "female"},
    {"text": "twisted my knee playing football, heard a pop, its unstable when i turn, 22 m, swelling went down", "department": "orthopedics", "age_range": "20~29", "gender": "male"},
    {"text": "my shoulder hurts when i lift my arm over my head, cant sleep on it, 51, painter by trade", "department": "orthopedics", "age_range": "50~59", "gender": "undisclosed"},
    {"text": "13 yr old daughter's school nurse said her spine looks curved, scoliosis?", "department": "orthopedics", "age_range": "10~19", "gender": "female"},
    # otolaryngology
    {"text": "tonsils keep getting infected like 6 times this year, 20 f, want them out", "department": "otolaryngology", "age_range": "20~29", "gender": "female"},
    {"text": "hoarse voice for 2 months now, 59 m, ex smoker, no cold", "department": "otolaryngology", "age_range": "50~59", "gender": "male"},
    {"text": "constantly blocked nose only on one side, cant breathe thru it at night, 37, spray does nothing", "department": "otolaryngology", "age_range": "30~39", "gender": "undisclosed"},
    {"text": "hearing getting worse in my right ear and a constant ringing, im a 66 yr old woman", "department": "otolaryngology", "age_range": "60~69", "gender": "female"},
]
