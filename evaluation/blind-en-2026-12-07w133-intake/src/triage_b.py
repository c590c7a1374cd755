# Hand-written triage items (part 2). Format: (text, department, age_range, gender)

ITEMS = [
    # obstetrics-gynecology
    ("periods getting heavier, changing pad every 2h on day 2, 42f", "obstetrics-gynecology", "40~49", "female"),
    ("12 weeks pregnant, 31, nausea still bad, what's safe to take", "obstetrics-gynecology", "30~39", "female"),
    ("pap smear came back ASCUS, I'm 26, what does that mean", "obstetrics-gynecology", "20~29", "female"),
    ("51 and hot flashes all night, is HRT safe for me", "obstetrics-gynecology", "50~59", "female"),
    # ophthalmology
    ("eyes dry and gritty every evening, 55 f, screens all day", "ophthalmology", "50~59", "female"),
    ("a few floaters in my right eye for years, slowly more of them, 60 m", "ophthalmology", "60~69", "male"),
    ("my 4 yo's left eye turns inward when she's tired", "ophthalmology", "0~9", "female"),
    ("can't read the menu anymore at 44, guy, do I just need reading glasses", "ophthalmology", "40~49", "male"),
    # orthopedics
    ("knee pain going down stairs, 50 f, I run 3x a week", "orthopedics", "50~59", "female"),
    ("shoulder clicks and hurts lifting my arm overhead, 36 m", "orthopedics", "30~39", "male"),
    ("broke wrist 3 wks ago, cast on, 12 yo girl, when will it come off", "orthopedics", "10~19", "female"),
    ("hip pain when walking, 72 woman, x-ray showed arthritis, is it time for a replacement", "orthopedics", "70~79", "female"),
    # otolaryngology
    ("ears ringing both sides for 2 months 39m", "otolaryngology", "30~39", "male"),
    ("hoarse voice 6 weeks, 58, female, smoker", "otolaryngology", "50~59", "female"),
    ("my 5 yo snores loud every night and his tonsils look huge", "otolaryngology", "0~9", "male"),
    ("sinus infections 4 times this year, each time antibiotics, 33 woman", "otolaryngology", "30~39", "female"),
    # pediatrics
    ("toddler 2 yrs, runny nose and cough for a week, eating ok", "pediatrics", "0~9", "undisclosed"),
    ("my 8 yo daughter gets tummy aches most mornings before school", "pediatrics", "0~9", "female"),
    ("baby boy 9 months not crawling yet, should I worry", "pediatrics", "0~9", "male"),
    ("My 3 year old son has had loose stools for 2 days. He's drinking well, still peeing, running around like normal. When should it stop, and can he go back to nursery?", "pediatrics", "0~9", "male"),
    # psychiatry
    ("panic attacks at work, 27m, how do i get help", "psychiatry", "20~29", "male"),
    ("can't sleep and feeling low for months, 45 f, no thoughts of hurting myself, just flat", "psychiatry", "40~49", "female"),
    ("adhd assessment as an adult? 32, woman, always losing things", "psychiatry", "30~39", "female"),
    ("my 17 yo son says he hears whispering voices sometimes, he's calm, not aggressive", "psychiatry", "10~19", "male"),
    # pulmonology
    ("asthma getting worse this year, using my reliever 4x a day, 40m", "pulmonology", "40~49", "male"),
    ("COPD, 68 f, a bit more breathless walking than last year", "pulmonology", "60~69", "female"),
    ("dry cough for 3 months, never smoked, 50s male", "pulmonology", "50~59", "male"),
    ("8mm lung nodule found on CT, 61 m, ex-smoker, what now", "pulmonology", "60~69", "male"),
    # rehabilitation
    ("dad 74 had a stroke 2 months ago, right arm still weak, how do we get physio", "rehabilitation", "70~79", "male"),
    ("ACL reconstruction 6 weeks ago, 24 f, when can I start running", "rehabilitation", "20~29", "female"),
    ("car accident last year, I still can't lift my arm all the way, 38m, would physio help", "rehabilitation", "30~39", "male"),
    ("Mum is 81 and had her hip replaced last week. She's home now but scared to walk. How can we help her get moving again, and who arranges the exercises?", "rehabilitation", "80+", "female"),
    # rheumatology
    ("joints swollen in both hands, morning stiffness 2 hours, 43f", "rheumatology", "40~49", "female"),
    ("gout attacks 3 times this year, 55m, should I be on allopurinol", "rheumatology", "50~59", "male"),
    ("lupus diagnosed last year, 29 woman, rash and joint pain back", "rheumatology", "20~29", "female"),
    ("lower back stiff every morning, better after exercise, 26 yo man, HLA-B27 positive", "rheumatology", "20~29", "male"),
    # urology
    ("getting up to pee 4x a night, 66 m, prostate?", "urology", "60~69", "male"),
    ("6mm kidney stone on CT, 41 f, still passing it? dull ache 2 days", "urology", "40~49", "female"),
    ("UTIs nearly every month this year, 34 woman", "urology", "30~39", "female"),
    ("saw blood in my urine once, no pain at all, 70 year old man", "urology", "70~79", "male"),
    # nutrition
    ("what should I eat to lower cholesterol, 49 m", "nutrition", "40~49", "male"),
    ("my 14 yo daughter went vegan, is she getting enough protein and iron", "nutrition", "10~19", "female"),
    ("want to gain muscle, need a meal plan, 21 guy", "nutrition", "20~29", "male"),
    ("just told I'm prediabetic at 60, what diet should I follow", "nutrition", "60~69", "undisclosed"),
]
