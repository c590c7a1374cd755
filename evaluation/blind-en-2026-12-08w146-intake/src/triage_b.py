# Triage items, part B. (text, department, age_range, gender). No emergencies. Written by hand.

ITEMS = [
    # obstetrics-gynecology
    ("I'm 12 weeks pregnant and on sertraline 100mg for anxiety. My midwife said to ask whether it's safe to carry on with it. I'm 28.",
     "obstetrics-gynecology", "20~29", "female"),
    ("Periods so heavy I flood through a pad every hour on the worst days, and the week before I get so low I can barely get out of bed. I'm 41.",
     "obstetrics-gynecology", "40~49", "female"),
    ("Hot flushes, no period for 8 months, and mood swings and anxiety I've never had before. 51 female. Is HRT an option for me?",
     "obstetrics-gynecology", "50~59", "female"),
    ("We've been trying for a baby for 18 months with no luck. I'm 35 and my cycles are regular. Where do we start?",
     "obstetrics-gynecology", "30~39", "female"),

    # ophthalmology
    ("I'm on quetiapine and the pharmacist said to get my eyes checked for cataracts. I'm 45 and my vision has been a bit cloudy at night for a while. Who should check it?",
     "ophthalmology", "40~49", "undisclosed"),
    ("My eyes are always dry and gritty, worse after a day on screens. Drops help for about 10 minutes. 38 female.",
     "ophthalmology", "30~39", "female"),
    ("My 6 year old squints at the TV and one of her eyes turns in when she's tired. Should she see an eye specialist?",
     "ophthalmology", "0~9", "female"),
    ("Diabetic for 15 years, 62 male, and the eye screening letter says 'background retinopathy'. What does that mean for me?",
     "ophthalmology", "60~69", "male"),

    # orthopedics
    ("My knee gives way when I twist since a skiing fall in February, and it swells up after five-a-side. 24 male.",
     "orthopedics", "20~29", "male"),
    ("Bunions on both feet, really painful in work shoes now. 57 female. Is surgery worth it?",
     "orthopedics", "50~59", "female"),
    ("My 13 year old son has pain in both heels after football. He's had a growth spurt. What is it?",
     "orthopedics", "10~19", "male"),
    ("Arthritis in my hip, I'm 78 and the pain stops me walking to the shops now. Is it time for a replacement?",
     "orthopedics", "70~79", "undisclosed"),

    # otolaryngology
    ("Blocked feeling and muffled hearing in my left ear for 6 weeks, plus a ringing. No cold. 45 male.",
     "otolaryngology", "40~49", "male"),
    ("Tonsillitis 6 times this year, missing loads of school. 17 female. Can I get them taken out?",
     "otolaryngology", "10~19", "female"),
    ("Hoarse voice for 2 months that isn't getting better. I'm a teacher and I smoke. 52.",
     "otolaryngology", "50~59", "undisclosed"),
    ("Our 4 year old has had glue ear for months and his speech seems behind his friends'. The GP mentioned grommets.",
     "otolaryngology", "0~9", "male"),

    # pediatrics
    ("My 18 month old has had loose nappies for 4 days. Still drinking well, wet nappies as normal, playing, just a bit grizzly. Anything I should do?",
     "pediatrics", "0~9", "undisclosed"),
    ("My 5 year old daughter seems to catch every cough and ear infection going all winter. Is her immune system ok?",
     "pediatrics", "0~9", "female"),
    ("Our son is 7 and still wets the bed most nights. It got worse after his dad and I separated. Is there anything that helps?",
     "pediatrics", "0~9", "male"),
    ("My 11 year old gets tummy aches every school morning, the doctor found nothing physical. She skips breakfast. Could it be anxiety?",
     "pediatrics", "10~19", "female"),

    # psychiatry
    ("I think I might be bipolar. Weeks where I barely sleep and start five projects, then weeks in bed. 29, female. How do I get properly assessed?",
     "psychiatry", "20~29", "female"),
    ("My husband (44) has been hearing voices for a few weeks and thinks the neighbours are spying on him. He's calm, not talking about hurting anyone or himself, and he's agreed to see someone. Where do we go?",
     "psychiatry", "40~49", "male"),
    ("I'm 68 and I've been low since I retired, no interest in anything, waking at 4am. The GP's sertraline didn't help after 3 months.",
     "psychiatry", "60~69", "undisclosed"),
    ("My 16 year old son has panic attacks most days and has stopped going to school. Therapy hasn't helped so far. Is medication an option at his age?",
     "psychiatry", "10~19", "male"),

    # pulmonology
    ("Asthma's got worse since I moved flats, using my blue inhaler about 4 times a day now. 31 female.",
     "pulmonology", "30~39", "female"),
    ("Smoker for 40 years, I'm 63, coughing every morning and breathless walking uphill. Is this COPD?",
     "pulmonology", "60~69", "undisclosed"),
    ("Partner says I snore like a train and stop breathing in my sleep. I'm tired all day, 49 male, 120kg.",
     "pulmonology", "40~49", "male"),
    ("Dry cough for 10 weeks after a chest infection, no fever now, non-smoker, 26 male.",
     "pulmonology", "20~29", "male"),

    # rehabilitation
    ("My mum had a stroke 2 months ago. She's 76, her left arm is still weak and she's very low about it. What rehab should she be getting?",
     "rehabilitation", "70~79", "female"),
    ("ACL reconstruction 6 weeks ago, 22 male, I still can't straighten my knee fully. What should my physio plan look like?",
     "rehabilitation", "20~29", "male"),
    ("After my overdose last year I had a brain injury from lack of oxygen and my memory is poor now. 35 female. Is there cognitive rehab for this?",
     "rehabilitation", "30~39", "female"),
    ("Broke my wrist in January, cast has been off 4 weeks but it's stiff and weak. 58, male, I'm a joiner and need it back.",
     "rehabilitation", "50~59", "male"),

    # rheumatology
    ("Swollen painful finger joints in both hands and I'm stiff for an hour every morning. 39 female.",
     "rheumatology", "30~39", "female"),
    ("Lupus diagnosed last year, on hydroxychloroquine, and I flare every time I'm stressed. 27 female.",
     "rheumatology", "20~29", "female"),
    ("Low back pain and stiffness for 2 years, better when I exercise and worse at night. 31 male.",
     "rheumatology", "30~39", "male"),
    ("Fibromyalgia and depression — which came first? Pain everywhere, exhausted, 46f. Who should manage this?",
     "rheumatology", "40~49", "female"),

    # urology
    ("Getting up 4 times a night to pee and the stream is weak. 67 male.",
     "urology", "60~69", "male"),
    ("Erection problems for about a year. I'm 52, male, type 2 diabetic.",
     "urology", "50~59", "male"),
    ("Passed a kidney stone last year and I really don't want another. 41 female. How do I prevent them?",
     "urology", "40~49", "female"),
    ("Saw blood in my urine once last week, no pain at all. I'm 72 and an ex-smoker.",
     "urology", "70~79", "undisclosed"),

    # nutrition
    ("I'm in recovery from anorexia, 19 female, and I need help building a meal plan that doesn't send me into a panic. My team's dietitian left.",
     "nutrition", "10~19", "female"),
    ("Vegan, 24 male, lifting weights 5 days a week. Am I getting enough protein and B12?",
     "nutrition", "20~29", "male"),
    ("I've put on a lot of weight on mirtazapine. 43 female. What kind of diet actually works with it?",
     "nutrition", "40~49", "female"),
    ("My dad's 85 and eating very little since mum died, just tea and biscuits. Any ideas to get some proper nutrition into him?",
     "nutrition", "80+", "male"),
]
