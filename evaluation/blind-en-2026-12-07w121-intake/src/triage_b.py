# Triage items part B. (text, department, age_range, gender). Written by hand.

ITEMS = [
    # obstetrics-gynecology
    ("I'm 28 and 14 weeks pregnant with our first. We raise sheep and lambing starts next month. Is it safe for me to help or should I stay out of the barn",
     "obstetrics-gynecology", "20~29", "female"),
    ("42, periods are so heavy I go through a super tampon and a pad every hour on day 2. Been like this a year. I'm tired all the time. Fibroids?",
     "obstetrics-gynecology", "40~49", "female"),
    ("51, hot flashes all day long, soaking the sheets at night, haven't had a period in 8 months. Is hormone therapy safe, my sister had breast cancer",
     "obstetrics-gynecology", "50~59", "female"),
    ("my pap came back abnormal, HPV positive, and they want a colposcopy. I'm 31. What do they do in that and does it hurt",
     "obstetrics-gynecology", "30~39", "female"),

    # ophthalmology
    ("76 year old man, cataracts in both eyes, the glare from headlights at night is so bad I quit driving after dark. How long do you wait for surgery",
     "ophthalmology", "70~79", "male"),
    ("48, male, been outdoors all my life, theres a fleshy growth coming in from the corner of my eye toward the middle. doesnt hurt. pterygium? Can it be removed",
     "ophthalmology", "40~49", "male"),
    ("Our daughter is 4 and her left eye drifts out when she's tired. The school nurse said lazy eye. Do glasses fix that or patching",
     "ophthalmology", "0~9", "female"),
    ("I'm 63 and my eye pressure was 27 at the optometrist, they said possible glaucoma and referred me on. No symptoms at all. How serious is it",
     "ophthalmology", "60~69", "undisclosed"),

    # orthopedics
    ("57 year old male, right shoulder hurts when I lift over my head and at night lying on it. Can't throw a bale up on the stack anymore. Rotator cuff?",
     "orthopedics", "50~59", "male"),
    ("22 yr old bull rider, my knee buckled on a dismount 2 months ago, MRI says ACL torn. Do I need surgery to keep riding",
     "orthopedics", "20~29", "male"),
    ("I'm 70, a woman, and my right hip aches in the groin when I walk to the mailbox. Xray says arthritis. When is it time for a new hip",
     "orthopedics", "70~79", "female"),
    ("Broke my wrist falling off a horse in May, 45 yo woman. It's August and the xray says it still hasn't fully healed. What now",
     "orthopedics", "40~49", "female"),

    # otolaryngology
    ("60, farmer, hearing has gone downhill for years, wife says I have the tv too loud. Ringing too. Hearing aids or is there something else",
     "otolaryngology", "60~69", "male"),
    ("Sinus infections 5 times this year, I'm 35 and female. Face pressure, stuffed up, antibiotics help then it comes back. Does surgery fix that",
     "otolaryngology", "30~39", "female"),
    ("58 yr old man, smoker, voice has been hoarse for 8 weeks, no cold. wife says I sound like a gravel truck",
     "otolaryngology", "50~59", "male"),
    ("My son is 6 and has had strep throat 7 times this year. His tonsils are huge and he snores. Should they come out",
     "otolaryngology", "0~9", "male"),

    # pediatrics
    ("2 year old daughter, fever 38.5 since yesterday, runny nose, still eating, drinking and playing. Tylenol brings it down. When do we bring her in",
     "pediatrics", "0~9", "female"),
    ("my boy is 10 and still wets the bed most nights. He wont go to hockey camp because of it. Is there something that helps",
     "pediatrics", "10~19", "male"),
    ("baby girl 4 months spits up after every feed, happy and gaining weight. Grandma says switch formula. Should we",
     "pediatrics", "0~9", "female"),
    ("My 5 year old has had a stomach bug for 2 days, threw up once yesterday, now just loose stools. Drinking and peeing fine, playing. How long does it usually last",
     "pediatrics", "0~9", "undisclosed"),

    # psychiatry
    ("48, man, farmer. Bad harvest two years running, bank on my back. I don't enjoy anything anymore, sleep 3 hrs a night, snap at the kids. Not going to do anything stupid, I just want to feel normal",
     "psychiatry", "40~49", "male"),
    ("I'm 23 and a woman, and I get panic attacks at work out of nowhere, heart pounding, feel like I can't breathe, goes away in 15 min. ER checked my heart last year, fine. How do I stop them",
     "psychiatry", "20~29", "female"),
    ("35, guy, rolled a loader 6 months ago, I wasn't hurt bad but I have nightmares every night and can't get in the cab without sweating. Is this PTSD",
     "psychiatry", "30~39", "male"),
    ("I'm 62 and I drink a 26 of rye most days since I retired off the rigs. I'd like to cut back but I get shaky when I try. Where do I start",
     "psychiatry", "60~69", "undisclosed"),

    # pulmonology
    ("COPD, 70, on two puffers. short of breath carrying water pails to the chickens. Is oxygen at home something I should ask for",
     "pulmonology", "70~79", "undisclosed"),
    ("50 year old dairy farmer, every time I fork out the moldy hay I get fever and a cough and short of breath the next day, lasts a couple days. Farmer's lung?",
     "pulmonology", "50~59", "male"),
    ("33 yr old woman, never had asthma, but since we moved on to the farm I wheeze at night and cough every morning. Can you get asthma as an adult",
     "pulmonology", "30~39", "female"),
    ("They found a 6 mm spot on my lung on a CT for my kidney stone. I'm a 65 year old woman, never smoked. Follow up scan in a year, should I push for sooner",
     "pulmonology", "60~69", "female"),

    # rehabilitation
    ("My dad is 74 and had a stroke in the spring, home now. His left arm is weak and he drags his foot. The physio in town comes once a week. What can we do at home",
     "rehabilitation", "70~79", "male"),
    ("30, male, broke my femur in a quad crash, rod in it, 10 weeks out. Still using a cane and my thigh is half the size of the other. How do I get my strength back",
     "rehabilitation", "30~39", "male"),
    ("had my knee replaced 5 weeks ago, 68 yr old woman, I can't get it to bend past 90. Therapist says push harder. It hurts so much",
     "rehabilitation", "60~69", "female"),
    ("41, lost my right arm below the elbow in a PTO accident last year. Stump has healed. I want to get back to farming. What kind of prosthetic and training",
     "rehabilitation", "40~49", "undisclosed"),

    # rheumatology
    ("45 yr old woman, my knuckles and wrists are swollen and stiff for 2 hours every morning, both hands. Rheumatoid factor came back positive",
     "rheumatology", "40~49", "female"),
    ("52, male, gout attacks in my big toe 4 times this year. Colchicine helps but they keep coming. Should I be on something every day",
     "rheumatology", "50~59", "male"),
    ("I'm a 27 year old woman with a rash over my cheeks, sore joints, and I'm exhausted. My ANA came back positive. Lupus?",
     "rheumatology", "20~29", "female"),
    ("Low back stiff every morning for years, better when I move around, worse resting. I'm 31 and nonbinary, they/them. My brother has ankylosing spondylitis. Could I have it",
     "rheumatology", "30~39", "other"),

    # urology
    ("66 yr old man, up 4 times a night to pee, weak stream, dribble after. PSA was 3.1. Do I need a specialist",
     "urology", "60~69", "male"),
    ("40, male, second kidney stone in 2 years. What can I do to stop getting them. Drink more? Cut coffee?",
     "urology", "40~49", "male"),
    ("36, got 4 kids, wife says it's my turn, thinking vasectomy. How long off work, I do heavy lifting at the lumber yard",
     "urology", "30~39", "male"),
    ("58 year old woman, I leak urine when I cough or lift a feed bag. Embarrassing. Are there options besides pads",
     "urology", "50~59", "female"),

    # nutrition
    ("39, male, trucker, 310 lbs. I want to lose weight but I'm on the road 5 days a week. What can I realistically eat from a truck stop",
     "nutrition", "30~39", "male"),
    ("My 15 year old daughter wants to go vegetarian. We raise beef lol. How do I make sure she gets enough iron and protein",
     "nutrition", "10~19", "female"),
    ("Dad is 82, lives alone, and mostly eats toast and tea now. He's lost weight. What are easy meals I can leave in his freezer that are good for him",
     "nutrition", "80+", "male"),
    ("I'm 29 and want to put on muscle doing farm work, should I be taking protein shakes or just eat more meat and eggs",
     "nutrition", "20~29", "undisclosed"),
]
