# Triage items part D (written by hand, writer 136)
# (text, department, age_range, gender)
ITEMS = [
    # pulmonology
    (
        "I'm 64 and a former smoker (40 years, stopped 2019). A CT scan for my kidney stones found a 7mm nodule in "
        "my right lung. The report says 'follow-up CT in 6-12 months'. I have a smoker's cough but no weight loss or "
        "blood. Should I be seeing a lung specialist rather than just waiting for a repeat scan?",
        "pulmonology", "60~69", "undisclosed",
    ),
    (
        "Hi. 37F, asthma since childhood. Over the last year it's got much worse — 3 courses of prednisolone, using "
        "my blue inhaler 4-5 times a day despite Fostair 200 two puffs twice daily. Blood eosinophils 0.8. My GP "
        "mentioned 'severe asthma clinic' and biologics. How do I get referred?",
        "pulmonology", "30~39", "female",
    ),
    (
        "Hello,\n\nMy father is 76 and has been getting more breathless over two years. He can walk about 100 metres "
        "now before stopping. Dry cough. The GP heard crackles at the bottom of both lungs and a CT mentioned "
        "'usual interstitial pneumonia pattern'. He worked with asbestos in the shipyards. What is the outlook and "
        "are there treatments?",
        "pulmonology", "70~79", "male",
    ),
    (
        "I snore terribly and wake up with a dry mouth and headache. My partner says I stop breathing for a few "
        "seconds. I'm 50, male, BMI 34. I fall asleep watching TV every evening. Where can I get a sleep study?",
        "pulmonology", "50~59", "male",
    ),
    # rehabilitation
    (
        "My husband had a stroke 8 weeks ago (62 years old). He's home now, walking with a stick but his right arm is "
        "still weak and he can't use it for eating or dressing. His hospital physio finished last week. How do we get "
        "ongoing therapy for his arm? Is there still time for it to improve?",
        "rehabilitation", "60~69", "male",
    ),
    (
        "I'm 27 and tore my ACL skiing in January, had reconstruction in March. I'm 7 months post-op and my quad is "
        "still much smaller on that side. I want to go back to netball next season. Is there a structured return to "
        "sport programme I should be doing?",
        "rehabilitation", "20~29", "female",
    ),
    (
        "Hello.\n\nI'm 45. In May I was in a car crash and broke my pelvis and right femur. Surgery at the trauma "
        "centre, two weeks in hospital, then home. I'm now on crutches and my community physio comes once a fortnight, "
        "which doesn't feel like enough. My walking is slow and my hip is stiff. I work as an electrician and want to "
        "get back. Is there an inpatient rehab or more intensive option?",
        "rehabilitation", "40~49", "undisclosed",
    ),
    (
        "Mum (81) broke her wrist and then had a hip replacement after a fall in the summer. She's home but very "
        "unsteady and scared of falling again. She used to walk to the shops. What kind of rehab or falls programme "
        "can she get?",
        "rehabilitation", "80+", "female",
    ),
    # rheumatology
    (
        "I'm 32, female. For 3 months my hands are swollen and stiff every morning for about 2 hours, both sides, "
        "knuckles and wrists. Ibuprofen helps a bit. Blood test: rheumatoid factor positive, anti-CCP 340, CRP 28. "
        "My GP has referred me. How soon should treatment start?",
        "rheumatology", "30~39", "female",
    ),
    (
        "My 19 year old son has had low back pain and stiffness for over a year, worse in the mornings and at night, "
        "better with exercise. He wakes at 4am with it. His uncle has ankylosing spondylitis. Should he be tested?",
        "rheumatology", "10~19", "male",
    ),
    (
        "Hi,\n\nI'm 71. Over about three weeks I've developed pain and stiffness in both shoulders and hips — I can "
        "barely get out of bed in the morning or lift my arms to brush my hair. My ESR was 62. No headache or jaw "
        "pain, no vision problems. The GP wondered about polymyalgia rheumatica. Is that treated with steroids, and "
        "for how long?",
        "rheumatology", "70~79", "undisclosed",
    ),
    (
        "Been told I have gout after a swollen toe, uric acid 540. I'm 48 and now my ankle and knee have flared too "
        "this year. Allopurinol gave me a rash. What else is there?",
        "rheumatology", "40~49", "undisclosed",
    ),
    # urology
    (
        "I'm 67 and I'm getting up 4 times a night to pee. Weak stream, dribbling after. PSA 2.8. Tamsulosin helped at "
        "first but not now. My GP mentioned a prostate operation. What are the options these days?",
        "urology", "60~69", "male",
    ),
    (
        "Hello. I had a kidney stone in 2021 (passed on its own, 5mm) and another one this spring. A CT showed two "
        "more small stones sitting in my left kidney, 4mm and 6mm. I'm 42 and currently pain free. Should they be "
        "removed before they cause trouble? And how do I stop making them?",
        "urology", "40~49", "undisclosed",
    ),
    (
        "I've seen blood in my urine twice in the last month — pink, no pain. I'm a 59 year old woman and I smoked for "
        "30 years. Urine infection test negative. My GP has referred me to the 'haematuria clinic'. What will they do?",
        "urology", "50~59", "female",
    ),
    (
        "my 24 yo brother has a swelling above his left testicle that feels like a bag of worms, a dull ache after "
        "standing all day. no sudden pain. is it a varicocele and does it need surgery",
        "urology", "20~29", "male",
    ),
    # nutrition
    (
        "I've just been told I have prediabetes (HbA1c 44) and high cholesterol. I'm 52, female. I want to change my "
        "diet rather than take tablets. What kind of eating plan is best? I keep reading conflicting advice about "
        "low carb versus Mediterranean.",
        "nutrition", "50~59", "female",
    ),
    (
        "Hi,\n\nI'm 22 and recently went vegan for ethical reasons. I'm a distance runner (about 60km a week). I'm "
        "worried about getting enough protein, iron and B12. What should a typical day look like, and which "
        "supplements are actually needed?",
        "nutrition", "20~29", "undisclosed",
    ),
    (
        "My son is 9 and very overweight (BMI over the 98th centile). He eats a lot of snacks and won't touch "
        "vegetables. The school nurse sent a letter. We want to help him without making him self-conscious. Is "
        "there dietitian advice for families?",
        "nutrition", "0~9", "male",
    ),
    (
        "My dad is 84 and since my mum died he lives alone and eats mostly toast and tea. He's lost 5kg in 4 months. "
        "What are easy, nourishing meals for an older man who doesn't cook? Should he be on supplement drinks?",
        "nutrition", "80+", "male",
    ),
]
