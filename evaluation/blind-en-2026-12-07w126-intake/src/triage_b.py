# Hand-written triage items, part B. (text, department, age_range, gender)

ITEMS = [
    # obstetrics-gynecology
    ("im 15 (girl) and my periods last 9 days and are super heavy every month since i was 12, i have to double up pads at school. is that normal",
     "obstetrics-gynecology", "10~19", "female"),
    ("I'm 32 and 10 weeks pregnant with my first. Sick all day long, not just mornings. Can I take anything for the nausea?",
     "obstetrics-gynecology", "30~39", "female"),
    ("18f, want to get an IUD but never had a baby. does it hurt a lot going in? which one is best for acne",
     "obstetrics-gynecology", "10~19", "female"),
    ("51 and the hot flashes at night are wrecking my sleep, periods only every 2-3 months now. Is HRT safe for me? Mum had breast cancer at 70.",
     "obstetrics-gynecology", "50~59", "female"),

    # ophthalmology
    ("im 13 and i have to squint to see the whiteboard even from the front row. my head hurts after school",
     "ophthalmology", "10~19", "undisclosed"),
    ("I am 81 with cataracts in both eyes, the glare from headlights makes night driving impossible. I'm a widower and need to drive. When should they be done?",
     "ophthalmology", "80+", "male"),
    ("My 16 year old son wears contacts and sometimes sleeps in them. Now one eye is red and watery and he says light bothers it. Been 2 days.",
     "ophthalmology", "10~19", "male"),
    ("45, and suddenly I'm holding my phone at arm's length to read it. Is this just age or something wrong with my eyes?",
     "ophthalmology", "40~49", "undisclosed"),

    # orthopedics
    ("rolled my ankle at basketball 3 weeks ago and its still swollen and feels wobbly when i cut. 16m. do i need an xray",
     "orthopedics", "10~19", "male"),
    ("My daughter is 12 and the school nurse says one of her shoulders sits higher than the other and her back looks curved when she bends. Possible scoliosis?",
     "orthopedics", "10~19", "female"),
    ("I'm a 58 year old woman. Knee arthritis, xray says bone on bone, can't walk more than a block. Is it time for a replacement?",
     "orthopedics", "50~59", "female"),
    ("17 yo pitcher, the inside of my elbow hurts when i throw, been 2 months, worse after games. coach says rest but showcase is soon",
     "orthopedics", "10~19", "undisclosed"),

    # otolaryngology
    ("im 14 and i get tonsillitis like 6 times a year, missing so much school. can i get my tonsils out?",
     "otolaryngology", "10~19", "undisclosed"),
    ("60 year old man, ex-smoker (quit 5 years ago). My voice has been hoarse for 2 months and isn't getting better.",
     "otolaryngology", "60~69", "male"),
    ("My 17 year old daughter has had a blocked nose on one side for as long as she can remember and snores. Deviated septum? She plays water polo.",
     "otolaryngology", "10~19", "female"),
    ("23, went to a concert last month and my ears have been ringing ever since, and the left one sounds muffled.",
     "otolaryngology", "20~29", "undisclosed"),

    # pediatrics
    ("My 2 year old has had a runny nose and cough for 5 days, temp 100.2 on and off. Eating less but still playing. When should she be seen?",
     "pediatrics", "0~9", "female"),
    ("Our 6 yo son is such a picky eater and complains of tummy aches a few times a week. Poops are normal. Should the pediatrician check him?",
     "pediatrics", "0~9", "male"),
    ("My 4 year old still wets the bed every single night. He's dry in the day. Is that normal at his age?",
     "pediatrics", "0~9", "male"),
    ("9 year old with chickenpox, itchy spots all over, had a fever of 101 yesterday. How long does she need to stay home from school?",
     "pediatrics", "0~9", "female"),

    # psychiatry
    ("ngl been feeling empty for months, cant get out of bed for school, dont even enjoy basketball anymore. 16m. im not gonna hurt myself or anything i just feel nothing",
     "psychiatry", "10~19", "male"),
    ("My 15 year old daughter washes her hands until they crack and bleed and checks the door locks over and over before bed. It's taking hours.",
     "psychiatry", "10~19", "female"),
    ("I'm 27 and keep getting panic attacks on the subway, pounding heart, feel like I can't breathe. I've had my heart checked and it's fine. Need help.",
     "psychiatry", "20~29", "undisclosed"),
    ("im 19 and a sophomore in college and i think i have adhd, i cant focus in lectures and lose my keys constantly. how do i get tested as an adult",
     "psychiatry", "10~19", "undisclosed"),

    # pulmonology
    ("my asthma is way worse this year, using my albuterol like 4x a day during soccer season. 15f. is my controller inhaler wrong",
     "pulmonology", "10~19", "female"),
    ("63, smoked a pack a day for 40 years. Coughing up phlegm every morning and I get winded on the stairs. COPD?",
     "pulmonology", "60~69", "undisclosed"),
    ("44 year old male. My wife says I stop breathing for a few seconds at night and then gasp. I'm exhausted every day and nod off at my desk.",
     "pulmonology", "40~49", "male"),
    ("My son is 17 and has cystic fibrosis. He's moving to adult care next year. Which specialist should he transfer to?",
     "pulmonology", "10~19", "male"),

    # rehabilitation
    ("im 17, tore my ACL in october and had surgery in november. my quad is still super weak and i limp on stairs. i need a physio plan to get back to soccer",
     "rehabilitation", "10~19", "undisclosed"),
    ("My mother is 76 and had a stroke 6 weeks ago. She's home now but her left side is weak and she needs help to walk. How do we get her therapy?",
     "rehabilitation", "70~79", "female"),
    ("35, broke my ankle skiing 3 months ago, plate and screws in. Bone's healed but I'm still limping and it's stiff. Can I get physiotherapy?",
     "rehabilitation", "30~39", "undisclosed"),
    ("My 14 year old son had a concussion playing football 6 weeks ago and still gets dizzy when he turns his head fast. The doctor mentioned vestibular therapy, how do we set that up?",
     "rehabilitation", "10~19", "male"),

    # rheumatology
    ("im 16 and my fingers and knees are swollen and stiff every morning for like an hour, been 3 months. my doctor said maybe juvenile arthritis",
     "rheumatology", "10~19", "undisclosed"),
    ("29F. Red rash across my cheeks and nose, achy joints, hair falling out, and my ANA came back positive. Lupus?",
     "rheumatology", "20~29", "female"),
    ("54M, lower back stiff every morning for years, eases up once I move around. HLA-B27 positive. Ankylosing spondylitis?",
     "rheumatology", "50~59", "male"),
    ("My 72 year old mum has pain and stiffness in both shoulders and hips, can barely get out of bed in the morning, started suddenly a month ago.",
     "rheumatology", "70~79", "female"),

    # urology
    ("im 15 and one of my balls hangs lower and feels like a bag of worms when i stand up. it aches after gym. doesnt hurt lying down",
     "urology", "10~19", "male"),
    ("I'm a 67 year old man getting up 4 times a night to pee and the stream is weak and dribbly.",
     "urology", "60~69", "male"),
    ("42, passed a kidney stone last year and now the CT shows another one, 6mm, sitting in my right kidney. No pain right now. Do I need it blasted?",
     "urology", "40~49", "undisclosed"),
    ("My son is 13 and his foreskin still won't pull back at all and it balloons up when he pees. He's embarrassed to talk about it.",
     "urology", "10~19", "male"),

    # nutrition
    ("im 16 and going vegan, how do i get enough protein and iron for swim training? i train 2x a day",
     "nutrition", "10~19", "undisclosed"),
    ("45F. What should I eat to bring my cholesterol down? I'd like to try diet changes before starting a statin.",
     "nutrition", "40~49", "female"),
    ("My 14 yo son wants to bulk up for football and drinks 3 protein shakes a day. Is that too much? What should his meals look like instead?",
     "nutrition", "10~19", "male"),
    ("I'm 84 and since my spouse passed I've lost my appetite and mostly eat toast and tea. My daughter is worried about my weight. What easy meals keep me healthy?",
     "nutrition", "80+", "undisclosed"),
]
