# Hand-written triage items (part B). Each: (text, department, age_range, gender)

ITEMS = [
    # neurology
    ("I'm a 35 year old woman with migraines about 6 times a month now, with the zigzag lights before. Panado and Grandpa don't touch it. "
     "I want something to prevent them.", "neurology", "30~39", "female"),
    ("My right hand shakes when it's resting, like rolling a pill, and my writing got small. I'm 69, retired teacher, my wife noticed I walk "
     "slower. Parkinson's?", "neurology", "60~69", "male"),
    ("My daughter is 17 and has epilepsy, no seizures for 2 years on Epilim. She wants to get her learner's licence. "
     "Is she allowed and should her meds be checked?", "neurology", "10~19", "female"),
    ("Numbness and pins and needles in both feet going up to my ankles for about 6 months. I'm 47, not diabetic, I don't drink. "
     "Sugar test was normal. What next?", "neurology", "40~49", "undisclosed"),

    # obstetrics-gynecology
    ("Hi I'm 24 and just found out I'm pregnant, about 10 weeks I think. First baby. When must I book at the clinic and what do they check?",
     "obstetrics-gynecology", "20~29", "female"),
    ("Heavy periods with big clots, I soak a pad every 2 hours on the first days. Scan showed fibroids. I'm 42. "
     "What are my options besides removing the womb?", "obstetrics-gynecology", "40~49", "female"),
    ("52 and the night sweats are unbearable, I haven't had a period in 8 months. Is HRT safe? My mom had a stroke at 70.",
     "obstetrics-gynecology", "50~59", "female"),
    ("I'm 19 and I want a contraceptive that I don't have to remember every day. The injection made me gain weight. Is the loop ok "
     "if I've never had a baby?", "obstetrics-gynecology", "10~19", "female"),

    # ophthalmology
    ("My grandpa is 74 and his eyes are getting cloudy, he can't read the Bible anymore and the car lights at night blind him. "
     "Cataracts? Where do we go for the op?", "ophthalmology", "70~79", "male"),
    ("My mom and my uncle both have glaucoma. I'm a 45 year old woman with no problems yet. How often should my eye pressure be checked?",
     "ophthalmology", "40~49", "female"),
    ("I work on computers 10 hours a day, I'm 29 (male), and my eyes burn and feel gritty by the afternoon. Eye drops from Clicks help a bit.",
     "ophthalmology", "20~29", "male"),
    ("My son is 4 and one of his eyes turns inwards when he is tired or looks at something close. The teacher at creche noticed. "
     "Will he outgrow it?", "ophthalmology", "0~9", "male"),

    # orthopedics
    ("I twisted my knee at 5-a-side 3 weeks ago, now it locks sometimes and swells after playing. I'm a 34 year old guy. Meniscus?",
     "orthopedics", "30~39", "male"),
    ("My hip has arthritis, the x-ray shows bone on bone. I'm 71 and I can only walk to the shop with a stick. Am I too old for a new hip? "
     "I'm a widow living alone.", "orthopedics", "70~79", "female"),
    ("My big toe joint has a big bunion and my shoes don't fit, it's sore at the end of the day. I'm a 55 year old woman. "
     "Is the op worth it?", "orthopedics", "50~59", "female"),
    ("Slipped disc at L5 on my MRI. I'm 39, male. Pain down my left leg when I sit long but no problem with my bladder or bowel and no "
     "numbness down there. Do I need surgery or physio?", "orthopedics", "30~39", "male"),

    # otolaryngology
    ("Blocked nose and pressure in my cheeks for months, I've used Iliadin too much. I'm 37 and a mom of two. Is there a permanent fix?",
     "otolaryngology", "30~39", "female"),
    ("Mkhulu is 68 and his hearing is going slowly, he has the TV so loud. Both ears. Does he need a hearing aid, who tests that?",
     "otolaryngology", "60~69", "male"),
    ("I get tonsillitis 5-6 times a year and miss work each time. I'm a 20 year old woman. Can I get my tonsils out at my age?",
     "otolaryngology", "20~29", "female"),
    ("I'm a teacher, 44, and my voice has been hoarse for over a month. No cold. I talk all day. When should I worry?",
     "otolaryngology", "40~49", "undisclosed"),

    # pediatrics
    ("My baby girl is 6 months, runny tummy for 2 days, about 5 nappies a day. She is still drinking the breast well and wetting nappies, "
     "playing. What should I give her?", "pediatrics", "0~9", "female"),
    ("Our son is 2 and a half and he's small, the clinic card shows his weight is falling off the line. He eats but is very picky. "
     "What tests should be done?", "pediatrics", "0~9", "male"),
    ("My 5 year old has chicken pox, spots everywhere and very itchy. He has a slight temperature. What can I put on the spots, "
     "and when can he go back to creche?", "pediatrics", "0~9", "male"),
    ("My daughter is 12 and has had a cough and sore throat for 3 days, mild fever last night. She's eating fine and watching TV. "
     "Does she need antibiotics?", "pediatrics", "10~19", "female"),

    # psychiatry
    ("I'm 27 and I get attacks where my heart races, I feel like I can't breathe and must get out of the taxi. Doctors checked my heart, "
     "it's fine. It happens weekly now. I'm a woman working in retail.", "psychiatry", "20~29", "female"),
    ("My husband is 40 and drinks every day, a bottle of brandy over the weekend. He says he wants to stop but gets the shakes. "
     "Where can he get help to stop safely?", "psychiatry", "40~49", "male"),
    ("Our son is 19 and smokes dagga every day, now he thinks the neighbours are watching him and he stays in his room. "
     "He's calm, not violent. How do we get him to see someone?", "psychiatry", "10~19", "male"),
    ("I'm 23 and nonbinary. I've had low mood for most of this year, no energy, can't enjoy anything, sleeping too much. "
     "No thoughts of hurting myself. I'd like to talk about therapy or medication.", "psychiatry", "20~29", "other"),

    # pulmonology
    ("I'm a 28 year old woman with asthma. I'm using my blue pump almost every day and waking up at night coughing. "
     "I don't have a brown pump. Should I have a better plan?", "pulmonology", "20~29", "female"),
    ("My father is 67 and has COPD from smoking. He gets breathless walking up the hill to church and coughs phlegm every morning. "
     "Are there other inhalers he can try?", "pulmonology", "60~69", "male"),
    ("I finished TB treatment 3 years ago and still get breathless on hills and a cough. The x-ray shows scarring. I'm 45. "
     "Is there any treatment for the damage?", "pulmonology", "40~49", "undisclosed"),
    ("Dry cough for 8 weeks, never smoked, I'm a 55 year old lady. Chest x-ray normal, TB test negative. What else could cause it?",
     "pulmonology", "50~59", "female"),

    # rehabilitation
    ("My dad had a stroke 3 months ago, he's 64. He is home now but his right arm is weak and he drags his leg. "
     "The hospital stopped the physio. Where can he continue therapy?", "rehabilitation", "60~69", "male"),
    ("I had ACL reconstruction 6 weeks ago. I'm a 25 year old netball player (female). My knee still won't straighten fully. "
     "What exercises should I be doing to get back?", "rehabilitation", "20~29", "female"),
    ("I'm a 32 year old man in a wheelchair after a car accident last year injured my spine. I want to get stronger and more independent. "
     "Is there a programme I can join?", "rehabilitation", "30~39", "male"),
    ("Ouma is 81 and had her hip replaced after a fall 5 weeks ago. She's walking with a frame but scared to try the stairs. "
     "How can we help her recovery at home?", "rehabilitation", "80+", "female"),

    # rheumatology
    ("I'm a 30 year old woman diagnosed with lupus last year. I'm on Plaquenil. My joints still hurt in the morning and I'm tired. "
     "Should the treatment be changed?", "rheumatology", "30~39", "female"),
    ("Gout attacks 4 times this year, always the big toe. I'm a 55 year old man. Colchicine works but I want to stop them coming back.",
     "rheumatology", "50~59", "male"),
    ("I'm 48 and have rheumatoid arthritis. On methotrexate 15mg weekly. My fingers still swell. My mother says it's because I'm a woman "
     "who works too much. Can the dose go up?", "rheumatology", "40~49", "female"),
    ("I'm a 26 year old guy with lower back pain and stiffness every morning for over a year, it gets better when I move and worse "
     "when I rest. My uncle has ankylosing spondylitis.", "rheumatology", "20~29", "male"),

    # urology
    ("I'm 67, male. I get up 4 times a night to pee and the stream is weak. PSA was 3.1. Is it the prostate?",
     "urology", "60~69", "male"),
    ("I've had 3 kidney stones in 5 years. I'm a 40 year old man, I drink lots of Coke. What can I do to stop making stones?",
     "urology", "40~49", "male"),
    ("Me and my wife have 3 kids and we're done. I'm 38. How does a vasectomy work and how long is the recovery?",
     "urology", "30~39", "male"),
    ("Blood in my urine once last week, painless, then it cleared. I'm a 58 year old man and I smoked for 30 years. "
     "Should I get checked?", "urology", "50~59", "male"),

    # nutrition
    ("I'm 35 (female), 1.62m and 92kg. I want to lose weight properly without the crazy diets. What should my plate look like?",
     "nutrition", "30~39", "female"),
    ("My husband is 60 and has sugar diabetes. He loves pap, can he still eat it? What is a good diet for him?",
     "nutrition", "60~69", "male"),
    ("My daughter is 15 and just became vegetarian. How does she get enough iron and protein? She's at a boarding school.",
     "nutrition", "10~19", "female"),
    ("Gogo is 85 and barely eats, just tea and bread. She's getting thin. What can we add to her food to make it more nutritious?",
     "nutrition", "80+", "female"),
]
