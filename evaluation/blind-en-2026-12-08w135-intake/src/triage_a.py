# Triage items part A (written by hand, writer 135): 2 per department
ITEMS = [
    # cardiology
    ("I'm a 52 year old man and for the last month my heart sometimes races out of nowhere for a few minutes then stops, usually when I'm sitting watching TV. My watch flagged 'possible AFib' twice. I'm terrified I'll have a stroke. Who should I see?",
     "cardiology", "50~59", "male"),
    ("My mum is 74 and her GP heard a heart murmur at her check-up. She's been more breathless walking to the shops over the last few months and her ankles are puffy by evening. They mentioned the aortic valve. What happens next?",
     "cardiology", "70~79", "female"),
    # dentistry
    ("My back tooth has been aching for about a week, worse with cold drinks, and now there's a little bump on the gum above it. I'm 27 and haven't been to a dentist in years because I'm scared. Could the infection go to my heart??",
     "dentistry", "20~29", "undisclosed"),
    ("I'm 45 (female) and my gums bleed every time I brush and my partner says my breath is bad. I read gum disease is linked to heart attacks and dementia. Is my mouth killing me?",
     "dentistry", "40~49", "female"),
    # dermatology
    ("I have a mole on my shoulder that I think got bigger over summer, it's got a darker bit on one edge. I'm a 38 yo guy, very pale, lots of sunburn as a kid. I've looked at 100 melanoma pictures and it looks like all of them.",
     "dermatology", "30~39", "male"),
    ("My face has been red and flushing with little bumps across my nose and cheeks for months, worse after wine. I'm a 49 year old woman. Is this rosacea or lupus? I read about the butterfly rash and can't stop worrying.",
     "dermatology", "40~49", "female"),
    # endocrinology
    ("Female, 33. I've gained 8kg in a year without changing anything, I'm cold all the time and my hair is thinning. My TSH was 7.2 and my GP said 'borderline'. I feel like no one is taking me seriously.",
     "endocrinology", "30~39", "female"),
    ("I'm 61 and was told I have type 2 diabetes 5 years ago. My A1c keeps creeping up (now 8.9) even on metformin and gliclazide. The GP wants me to see a specialist about insulin. I'm scared of needles.",
     "endocrinology", "60~69", "undisclosed"),
    # family-medicine
    ("Hi, I'm 42 and haven't had a general check-up in about ten years. I feel fine, but everyone my age seems to be getting diagnosed with something. What blood tests should I ask for? I'm a bloke who avoids doctors.",
     "family-medicine", "40~49", "male"),
    ("Cold for 5 days - runny nose, sore throat, a bit of a cough, no fever. I'm 25 and female. Should I get antibiotics? Everyone at work has it.",
     "family-medicine", "20~29", "female"),
    # gastroenterology
    ("I'm 36 and I've had heartburn nearly every day for 6 months, sometimes food feels like it sticks. Gaviscon barely helps. My dad had Barrett's oesophagus. I'm scared it's cancer. Man, if it matters.",
     "gastroenterology", "30~39", "male"),
    ("My stomach has been bloated and crampy for a year with alternating constipation and diarrhoea. I'm a 29 yo woman. My GP says IBS but my coeliac blood test was borderline. Who do I see to be sure?",
     "gastroenterology", "20~29", "female"),
    # general-surgery
    ("I have a bulge in my groin on the right that gets bigger when I cough or lift things and goes away lying down. I'm a 57 year old man. It doesn't hurt much. Hernia? Do I need an operation?",
     "general-surgery", "50~59", "male"),
    ("My gallbladder has stones on the ultrasound and I get attacks of pain under my right ribs after fatty food every few weeks. I'm 44, female. They're saying remove it. What's the surgery like?",
     "general-surgery", "40~49", "female"),
    # hematology-oncology
    ("My blood test showed a high white count (14) and high lymphocytes. I'm 67 and feel fine. The GP said it might be CLL and is referring me. I've been reading survival statistics all night.",
     "hematology-oncology", "60~69", "undisclosed"),
    ("I finished chemo for breast cancer 2 years ago and now every ache makes me think it's back. I'm 51. My back has hurt for a fortnight. Who follows me up, and should I ask for a scan?",
     "hematology-oncology", "50~59", "female"),
    # infectious-diseases
    ("Came back from Ghana 3 weeks ago and I've had fevers on and off, sweats and a headache. I took my malaria tablets most days. I'm 34, male. Could it be malaria this late?",
     "infectious-diseases", "30~39", "male"),
    ("I had unprotected sex 4 weeks ago and I've convinced myself I have HIV. I'm 23, female. I have a sore throat and tired. Where can I get properly tested and talk about PrEP?",
     "infectious-diseases", "20~29", "female"),
    # nephrology
    ("My kidney function is dropping - eGFR went from 62 to 48 over two years. I'm 68, diabetic with high blood pressure. My GP mentioned a kidney specialist. Does this mean dialysis soon?",
     "nephrology", "60~69", "undisclosed"),
    ("I'm a 31 yo woman and my urine dipstick keeps showing protein and a bit of blood, three times now. Blood pressure slightly high. I read about glomerulonephritis. Who deals with this?",
     "nephrology", "30~39", "female"),
    # neurology
    ("I'm 28 and have had migraines with zigzag lights since my teens but now they're 3-4 times a week. Triptans aren't working. I'm a woman and I'm worried it's a tumour because they're changing.",
     "neurology", "20~29", "female"),
    ("My husband is 71 and his right hand has started to shake when it's resting, and his handwriting has got tiny. He walks slower too. Could it be Parkinson's? Who does he need to see?",
     "neurology", "70~79", "male"),
    # obstetrics-gynecology
    ("My periods have become really heavy over the last year, flooding through pads, and I'm always tired. I'm 43. Scan showed a fibroid 5cm. Should I have it removed? Is it cancer?",
     "obstetrics-gynecology", "40~49", "female"),
    ("I'm 12 weeks pregnant with my first and keep reading about everything that can go wrong. I have mild nausea and that's it. When should my first proper antenatal appointment be? I'm 30.",
     "obstetrics-gynecology", "30~39", "female"),
    # ophthalmology
    ("I'm 66 and reading has got harder, straight lines like door frames look wavy in my left eye over the past month. I read that's macular degeneration and I'll go blind. Who do I see?",
     "ophthalmology", "60~69", "undisclosed"),
    ("My eyes are so dry and gritty, especially after work on screens. I'm a 35 year old man. Drops help for an hour. Could it be something worse like glaucoma?",
     "ophthalmology", "30~39", "male"),
    # orthopedics
    ("My knee locks and clicks since I twisted it playing football 3 months ago. It swells after running. I'm 24, male. MRI said meniscus tear. Do I need surgery?",
     "orthopedics", "20~29", "male"),
    ("I'm 58, female, and my hip aches in the groin when I walk, and I can't get my socks on easily anymore. X-ray showed 'moderate osteoarthritis'. Is it time for a hip replacement?",
     "orthopedics", "50~59", "female"),
    # otolaryngology
    ("I've had a blocked nose on one side for 6 months and it bleeds a little sometimes. I'm 47, man. I read about nasal cancer. Sprays aren't helping.",
     "otolaryngology", "40~49", "male"),
    ("My hearing in my left ear has got worse over the last year and there's a constant hiss. I'm 39, female. Could it be an acoustic neuroma? I looked it up.",
     "otolaryngology", "30~39", "female"),
    # pediatrics
    ("My 4 year old daughter has had a runny nose and cough for a week and she's off her food a bit but still playing. Temperature was 37.8 yesterday. Should she be seen?",
     "pediatrics", "0~9", "female"),
    ("My son is 2 and only says about 5 words. Other kids at nursery are talking in sentences. He plays normally and makes eye contact. I've read everything about autism. Who assesses this?",
     "pediatrics", "0~9", "male"),
    # psychiatry
    ("I'm 26 and I check my body for lumps every day, google symptoms for hours and have seen 4 doctors this year. They all say I'm healthy but I can't believe them. I think the anxiety itself is the problem now.",
     "psychiatry", "20~29", "undisclosed"),
    ("My dad is 63 and since retiring he barely leaves the house, has stopped enjoying golf, and sleeps all day. He says he's fine. My mum thinks he's depressed. How do we get him help?",
     "psychiatry", "60~69", "male"),
    # pulmonology
    ("I'm 59 and smoked for 30 years, quit 5 years ago. I get breathless on stairs and cough up phlegm every morning. The GP said COPD maybe and wants breathing tests. Is my lung damage permanent?",
     "pulmonology", "50~59", "undisclosed"),
    ("My asthma used to be well controlled but this year I'm using my blue inhaler daily and waking at night coughing. I'm a 34 year old woman. Do I need a lung specialist?",
     "pulmonology", "30~39", "female"),
    # rehabilitation
    ("My father had a stroke 2 months ago and is home now. His left arm is still weak and he's wobbly walking. The hospital physio stopped. He's 76. How do we get more rehab?",
     "rehabilitation", "70~79", "male"),
    ("I broke my ankle skiing in January, cast is off, but I still limp and can't run. I'm 32 and female. Is it normal for recovery to take this long? Will I ever run again?",
     "rehabilitation", "30~39", "female"),
    # rheumatology
    ("My fingers are swollen and stiff for over an hour every morning and both wrists hurt. I'm a 46 year old woman. Rheumatoid factor was positive. I'm scared my hands will become deformed.",
     "rheumatology", "40~49", "female"),
    ("I'm 53, male, and I woke up with my big toe red, hot and incredibly painful, second time this year. I had a few beers the night before. Gout? Should I be on something long term?",
     "rheumatology", "50~59", "male"),
    # urology
    ("I'm 64 and get up to pee 4 times a night, the stream is weak and dribbles. PSA 3.2. I'm worried about prostate cancer even though the GP says it's just enlargement.",
     "urology", "60~69", "male"),
    ("I've had a kidney stone twice in 3 years. The last one passed but the CT shows another 6mm stone still sitting there. I'm 41, female. Should it be removed before it causes trouble?",
     "urology", "40~49", "female"),
    # nutrition
    ("I'm 19 and want to go fully vegan but my mum says I'll get anaemia and my hair will fall out. What do I need to watch out for? I'm female and I run a lot.",
     "nutrition", "10~19", "female"),
    ("Is intermittent fasting safe at 67? I want to lose 10kg. I take metformin. I read so many conflicting things online and I'm scared of doing harm.",
     "nutrition", "60~69", "undisclosed"),
]
