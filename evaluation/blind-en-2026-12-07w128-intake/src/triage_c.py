# Hand-written triage items (part C). Writer 128.

ITEMS = [
    # rehabilitation
    ("My father had a stroke 3 months ago, he is 70. His left arm and leg are still weak and he walks with a stick. The hospital physio stopped. Where can he continue rehabilitation?",
     "rehabilitation", "70~79", "male"),
    ("I had total knee replacement 5 weeks ago, I'm 66 woman. I can bend only to 80 degrees and it's stiff. How many physio sessions a week should I do?",
     "rehabilitation", "60~69", "female"),
    ("24 male, ACL reconstruction 2 months ago after football injury. When can I run again and what exercises to rebuild the thigh muscle?",
     "rehabilitation", "20~29", "male"),
    ("Car accident in January, I broke my pelvis, now healed on x-ray but I'm 38 and still can't walk long or climb stairs without pain. My legs feel weak. Who helps me get back to normal?",
     "rehabilitation", "30~39", "undisclosed"),

    # rheumatology
    ("I'm a 45 year old woman, both hands swollen and stiff every morning for more than an hour, the small joints of the fingers. Rheumatoid factor positive. What's the treatment?",
     "rheumatology", "40~49", "female"),
    ("Lower back stiffness worse in the morning and better with exercise, for 2 years, wakes me at night. I'm 33 man. HLA-B27 positive. Ankylosing spondylitis?",
     "rheumatology", "30~39", "male"),
    ("My daughter 22 was diagnosed with Familial Mediterranean Fever, attacks of fever and belly pain every month. She takes colchicine but still attacks. Other options?",
     "rheumatology", "20~29", "female"),
    ("28, female, joint pains in wrists and knees, rash on cheeks in the sun, mouth ulcers, ANA positive 1:640. Lupus? Which doctor manages it?",
     "rheumatology", "20~29", "female"),

    # urology
    ("Salam, I'm 36 man, kidney stone 7mm in the ureter on CT, the pain comes and goes for a week. Doctor said wait to pass it. How long can I wait before laser?",
     "urology", "30~39", "male"),
    ("My father, 67, wakes up 4-5 times at night to pass urine, weak stream, takes long to start. PSA 3.1. Enlarged prostate? Medicine or operation?",
     "urology", "60~69", "male"),
    ("48 male, diabetic, having problems with erection for a year, my wife is upset. Can I use Viagra with my blood pressure pills?",
     "urology", "40~49", "male"),
    ("I'm 62 and I saw blood in my urine twice this month, no pain, I smoked for 40 years. The GP says I need a camera test in the bladder. Is it urgent?",
     "urology", "60~69", "undisclosed"),

    # nutrition
    ("I'm 35, woman, 3 kids, 92 kg and 162 cm. I want a realistic diet plan I can follow with Arabic food, rice and bread every day at home. How many calories?",
     "nutrition", "30~39", "female"),
    ("What should we eat at iftar and suhoor to not gain weight in Ramadan? My family always gains 4-5 kg. I'm 40 and do the cooking for everyone, I'm the mum.",
     "nutrition", "40~49", "female"),
    ("My daughter is 15 and decided to become vegetarian. What does she need to eat to get enough protein and iron for her age? She plays basketball.",
     "nutrition", "10~19", "female"),
    ("I'm 23, male, going to the gym 5 days, want to gain muscle. How much protein per day and is it ok to get it from food only without supplements?",
     "nutrition", "20~29", "male"),
]
