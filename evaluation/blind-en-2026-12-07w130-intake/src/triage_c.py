# Triage items, part C. Written by hand. Each item: (text, department, age_range, gender)

ITEMS = [
    # rehabilitation
    ("Mon père a fait un AVC il y a 3 mois, il a 69 ans, le bras gauche est encore faible pis il marche avec une marchette. Il est sorti de l'hôpital mais il a pas de physio à la maison. On fait comment?",
     "rehabilitation", "60~69", "male"),
    ("Knee replacement 6 weeks ago, I'm a 73 year old woman, still stiff, can only bend to 85 degrees. Is it too late to get more range with physio?",
     "rehabilitation", "70~79", "female"),
    ("Broke my ankle in January, cast off now, 34, man. Still limping and the ankle swells by the end of the day. What exercises?",
     "rehabilitation", "30~39", "male"),
    ("ACL reconstruction 3 months ago, 22 year old woman, soccer player. When can I start running and cutting? The physio in Rouyn is booked.",
     "rehabilitation", "20~29", "female"),

    # rheumatology
    ("Swollen joints in both hands, same fingers each side, morning stiffness 2 hours. I'm a 41 year old woman. Rheumatoid factor positive.",
     "rheumatology", "40~49", "female"),
    ("Gout attacks 4 times a year now, 57, man. Is it time for a daily pill?",
     "rheumatology", "50~59", "male"),
    ("Lupus diagnosed last month, 26, female, joint pain and rash on my cheeks. On Plaquenil. What should I expect?",
     "rheumatology", "20~29", "female"),
    ("31 yo guy, low back pain for 2 years that's worse in the morning and better when I move, my brother has ankylosing spondylitis. Should I be tested?",
     "rheumatology", "30~39", "male"),

    # urology
    ("Getting up 4 times a night to pee, weak stream, 67 year old man. Prostate?",
     "urology", "60~69", "male"),
    ("Kidney stones again, third one, I'm a 38 year old man. Passed it at home this time. How do I stop making them?",
     "urology", "30~39", "male"),
    ("I'm 74 and saw blood in my urine twice last week, no pain at all. My doctor ordered a cystoscopy. What is that?",
     "urology", "70~79", "undisclosed"),
    ("52, male, erection problems for a year. Viagra works but I want to know why it's happening.",
     "urology", "50~59", "male"),

    # nutrition
    ("Pregnant and vegan, 29, 16 weeks, everything is fine with the baby. Am I getting enough protein and B12? What should I be eating in a day?",
     "nutrition", "20~29", "female"),
    ("I'm 19, guy, first year of university, living alone. I want to learn to plan meals to gain muscle on a student budget. Where do I start?",
     "nutrition", "10~19", "male"),
    ("My cholesterol is a bit high, 60 year old woman, doctor says try diet first for 6 months. What foods should I cut and what should I add?",
     "nutrition", "60~69", "female"),
    ("I'm 55 and diabetic. Is eating country food like seal, char and caribou better for me than store food? What about bannock?",
     "nutrition", "50~59", "undisclosed"),
]
