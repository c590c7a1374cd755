# Hand-written triage items. Each tuple: (text, age_range, gender, department)

ITEMS = [
    # cardiology
    ("my heart sometimes flutters and skips for a few seconds when im lying in bed, happens a few times a week. 47 female, otherwise healthy", "40~49", "female", "cardiology"),
    ("Dad is 72 and his ankles are swelling up by evening, he gets out of breath walking to the postbox and has to sleep on three pillows now.", "70~79", "male", "cardiology"),
    ("I'm 38 and my home blood pressure keeps reading around 155/98 even when relaxed. My father had the same. What next?", "30~39", "undisclosed", "cardiology"),
    ("at my check up the nurse said she heard a murmur in my heart, never been told before. im 63, a bit more tired lately. should i see someone", "60~69", "undisclosed", "cardiology"),

    # dentistry
    ("Back tooth on the bottom left aches when I drink anything cold and now it throbs at night. 29 yo guy", "20~29", "male", "dentistry"),
    ("my gums bleed every time i brush and theres a bad taste in my mouth, one of my front teeth feels a tiny bit loose. 52f", "50~59", "female", "dentistry"),
    ("My 7yo has a brown spot on one of his back teeth and he says it hurts when he eats sweets.", "0~9", "male", "dentistry"),
    ("wisdom tooth coming through at the back, gum around it is swollen and sore and I can't open my mouth all the way. I'm 19", "10~19", "undisclosed", "dentistry"),

    # dermatology
    ("I have a mole on my back that my husband says has gotten bigger and has uneven edges, one part is darker. I'm 44.", "40~49", "female", "dermatology"),
    ("red scaly patches on both elbows and knees that flake off like silver dandruff, had them on and off for a year. m 33", "30~39", "male", "dermatology"),
    ("my teenage daughter (16) has painful lumpy spots on her cheeks and jaw that leave marks, shop creams did nothing", "10~19", "female", "dermatology"),
    ("Hair falling out in perfectly round bald patches on my scalp, about coin size, 2 of them so far. 27.", "20~29", "undisclosed", "dermatology"),

    # endocrinology
    ("Always hot, heart racing, lost 6kg without trying, my hands shake and my eyes look a bit staring in photos. I'm 35, female.", "30~39", "female", "endocrinology"),
    ("Im 58 and my blood test showed calcium slightly high twice. also getting kidney stones. what kind of doctor checks the glands for this?", "50~59", "undisclosed", "endocrinology"),
    ("my son is 15 and is much shorter than all his mates, hasnt started puberty at all yet, no voice change, nothing", "10~19", "male", "endocrinology"),
    ("Feeling cold all the time, dry skin, gaining weight and so slow in the mornings, hair thinning. 49 f. thyroid test was borderline last year.", "40~49", "female", "endocrinology"),

    # family-medicine
    ("just want a general check up, I'm 40 and haven't seen a doctor in about 10 years. what tests should a man my age get?", "40~49", "male", "family-medicine"),
    ("Cold for 5 days now, runny nose, bit of a sore throat, mild cough. No fever. How long do these usually last? 31", "30~39", "undisclosed", "family-medicine"),
    ("I just feel run down all the time, no energy, not really sick, sleep ok-ish. I'm a 26 year old woman. Where do I start?", "20~29", "female", "family-medicine"),
    ("need to know which vaccines I need before a trip to Kenya in two months, I'm 65", "60~69", "undisclosed", "family-medicine"),

    # gastroenterology
    ("Burning in my chest and throat after meals and when I lie down, sour taste coming up. Been going on 3 months. 51 m", "50~59", "male", "gastroenterology"),
    ("my bowels have changed the last 2 months, looser and more often, sometimes dark. im 62 and lost a bit of weight", "60~69", "undisclosed", "gastroenterology"),
    ("Bloated and cramping every day, alternating between constipation and diarrhea, worse with stress. 24F", "20~29", "female", "gastroenterology"),
    ("My wife (45) gets pain under her right ribs after fatty meals that lasts a couple of hours, sometimes goes into her back.", "40~49", "female", "gastroenterology"),

    # general-surgery
    ("theres a soft bulge in my groin that pops out when i cough or lift things and goes back in when i lie down. 56 m", "50~59", "male", "general-surgery"),
    ("Lump near my belly button since my second pregnancy, gets bigger when I strain, not painful. 34", "30~39", "female", "general-surgery"),
    ("painful swollen lump right at the top of my bum crack, keeps filling with pus and draining. 21 yo male", "20~29", "male", "general-surgery"),
    ("My father is 70 and has a fatty lump on his shoulder that's grown to the size of an egg, it's soft and moves around. He wants it taken off.", "70~79", "male", "general-surgery"),

    # hematology-oncology
    ("I bruise really easily lately, big purple marks I can't remember getting, and my gums bleed. 38 female", "30~39", "female", "hematology-oncology"),
    ("blood test shows my hemoglobin has been dropping for a year, now 9.8, iron tablets didnt help. im 67", "60~69", "undisclosed", "hematology-oncology"),
    ("Painless swollen glands in my neck and armpit for 6 weeks, night sweats soaking the sheets and I've lost weight. 29M", "20~29", "male", "hematology-oncology"),
    ("Mum (74) was told her white cell count is very high on a routine test and they want her to see a specialist. What does that mean?", "70~79", "female", "hematology-oncology"),

    # infectious-diseases
    ("Back from Ghana 10 days ago, fevers coming and going every couple of days with shaking chills and sweats. 42", "40~49", "undisclosed", "infectious-diseases"),
    ("had unprotected sex with a new partner 3 weeks ago and now I have a rash on my palms and feel flu-ish. 27 m", "20~29", "male", "infectious-diseases"),
    ("I was bitten by a tick on a hike and now there's a red ring spreading around the bite, about 8cm wide. Im 55.", "50~59", "undisclosed", "infectious-diseases"),
    ("Cough for 2 months, weight loss, sweaty at night. My flatmate just got diagnosed with something contagious in the lungs. 23 f", "20~29", "female", "infectious-diseases"),

    # nephrology
    ("My kidney function test came back with eGFR 38 and my GP mentioned stage 3. I'm 66 with diabetes. What happens now?", "60~69", "undisclosed", "nephrology"),
    ("wee has been really foamy for weeks and my ankles and face are puffy in the mornings. 31 male", "30~39", "male", "nephrology"),
    ("Dad's creatinine keeps going up on his blood tests and his potassium was high. He's 78 and on lots of tablets.", "70~79", "male", "nephrology"),
    ("Both my mum and grandad had kidney cysts that ended in dialysis. I'm 29 and my ultrasound showed cysts too.", "20~29", "undisclosed", "nephrology"),

    # neurology
    ("I've been getting tingling and numbness in my hands and feet that comes and goes, and once my vision went blurry in one eye for a week. 32 F", "30~39", "female", "neurology"),
    ("my husband is 69 and his right hand shakes when resting, hes moving slower and his writing got really small", "60~69", "male", "neurology"),
    ("Headaches on one side with flashing zigzags before, about twice a month, need to lie in a dark room. 22", "20~29", "undisclosed", "neurology"),
    ("Mum is 81 and keeps forgetting things she's just been told, got lost driving to the shops she's used for 30 years.", "80+", "female", "neurology"),

    # obstetrics-gynecology
    ("periods are so heavy I flood through my clothes and they last 9 days, very tired. 43 female", "40~49", "female", "obstetrics-gynecology"),
    ("we've been trying to get pregnant for 14 months with no luck, my cycles are irregular, 30 yo", "30~39", "female", "obstetrics-gynecology"),
    ("Hot flushes, night sweats and my periods have gone all over the place. I'm 50. Is there anything that helps?", "50~59", "female", "obstetrics-gynecology"),
    ("12 weeks pregnant with my first at 27, feeling ok, when do I have my first scan and what blood tests should I expect", "20~29", "female", "obstetrics-gynecology"),

    # ophthalmology
    ("my vision has gone gradually cloudy, colours look faded and headlights have a glare at night. i'm 74", "70~79", "undisclosed", "ophthalmology"),
    ("Eyes always dry and gritty, burning by the end of the work day, I stare at screens 10 hours. 36 f", "30~39", "female", "ophthalmology"),
    ("My 4 year old's left eye seems to wander inward when he's tired and he tilts his head to look at things.", "0~9", "male", "ophthalmology"),
    ("Im diabetic 15 years, 57 m, havent had my eyes looked at in a while and straight lines look a bit wavy lately", "50~59", "male", "ophthalmology"),

    # orthopedics
    ("twisted my ankle on a pothole 2 weeks ago, still swollen and it gives way on uneven ground. 28", "20~29", "undisclosed", "orthopedics"),
    ("My knee grinds and aches going up and down stairs and it's stiff first thing in the morning for a few minutes. 64 female.", "60~69", "female", "orthopedics"),
    ("Son 12 fell off his bike onto his wrist yesterday, it's swollen and sore to touch but he can move his fingers.", "10~19", "male", "orthopedics"),
    ("Pain on the outside of my elbow when I grip things or lift my coffee cup, I've been doing a lot of DIY. 45 m", "40~49", "male", "orthopedics"),

    # otolaryngology
    ("my ears feel blocked and theres a constant ringing in the right one for 2 months, hearing is worse on that side. 58", "50~59", "undisclosed", "otolaryngology"),
    ("Stuffy nose all the time, can't smell anything, and my voice sounds like I have a cold permanently. 39 M", "30~39", "male", "otolaryngology"),
    ("I'm a teacher and my voice has been hoarse for 5 weeks now, no cold, just rough and tired by afternoon. 47 f", "40~49", "female", "otolaryngology"),
    ("My daughter is 6 and has had tonsillitis 7 times this year, she snores loudly and stops breathing for a second sometimes at night.", "0~9", "female", "otolaryngology"),

    # pediatrics
    ("my 2 year old has had a runny nose and a cough for a week, eating a bit less but playing. should he see someone?", "0~9", "undisclosed", "pediatrics"),
    ("Daughter is 18 months and still not walking on her own, she cruises along furniture. Is that ok?", "0~9", "female", "pediatrics"),
    ("my 5yo has had a temp around 38 for 2 days and is a bit off his food, no other symptoms", "0~9", "male", "pediatrics"),
    ("4 month old spits up after almost every feed, gaining weight fine according to the health visitor but its constant", "0~9", "undisclosed", "pediatrics"),

    # psychiatry
    ("For months I've had no interest in anything, sleeping 12 hours, can't concentrate at work, crying for no reason. 34 m. No thoughts of harming myself.", "30~39", "male", "psychiatry"),
    ("i get sudden waves of panic in supermarkets, heart pounding and i feel like im going to die so ive stopped going out. 25 f", "20~29", "female", "psychiatry"),
    ("My son (17) barely sleeps for days, talks nonstop, spending money he doesn't have, then crashes and stays in bed for weeks.", "10~19", "male", "psychiatry"),
    ("I wash my hands over 50 times a day and check the locks again and again before leaving, it takes an hour. I'm 41.", "40~49", "undisclosed", "psychiatry"),

    # pulmonology
    ("Coughing up phlegm every morning for years, out of breath walking up hills, smoked 30 years. 61 m", "60~69", "male", "pulmonology"),
    ("Dry cough for 4 months and getting breathless on stairs, my doctor heard crackles at the bottom of my lungs. 68 female", "60~69", "female", "pulmonology"),
    ("my partner says I snore loud and stop breathing in my sleep, I wake up tired with headaches. 46", "40~49", "undisclosed", "pulmonology"),
    ("Wheezy and tight-chested when I exercise or it's cold outside, then fine an hour later. 19 F", "10~19", "female", "pulmonology"),

    # rehabilitation
    ("had a stroke 3 months ago, left leg still drags when i walk, want to get more strength back. 66 m", "60~69", "male", "rehabilitation"),
    ("Had my ACL reconstructed 6 weeks ago, still can't fully straighten my knee. What kind of exercises and how often? 24F", "20~29", "female", "rehabilitation"),
    ("Mum (79) broke her hip in spring and had surgery, now she's scared to walk and uses the frame for everything. How do we get her moving again?", "70~79", "female", "rehabilitation"),
    ("Cast came off my forearm last week after 8 weeks, wrist is stiff and weak, can't turn my hand over properly. 37", "30~39", "undisclosed", "rehabilitation"),

    # rheumatology
    ("both hands swollen and stiff in the mornings for over an hour, the knuckles are puffy, been 3 months. 42 f", "40~49", "female", "rheumatology"),
    ("Sudden hot red swollen big toe joint overnight, can't bear the bedsheet touching it. Had it once before. 53 m", "50~59", "male", "rheumatology"),
    ("I'm 28, lower back stiff every morning for hours, gets better with exercise not rest, waking me at night. male", "20~29", "male", "rheumatology"),
    ("Rash across my cheeks in the sun, aching joints, mouth ulcers and always exhausted. 31, female.", "30~39", "female", "rheumatology"),

    # urology
    ("getting up 4 times a night to wee, weak stream and takes ages to get started. 67 m", "60~69", "male", "urology"),
    ("I saw blood in my urine twice this week but no pain at all. I'm 59 and used to smoke.", "50~59", "undisclosed", "urology"),
    ("Sharp pain in my side that comes in waves and goes to my groin, had it before and passed a stone. 38 m", "30~39", "male", "urology"),
    ("my husband (44) has trouble keeping an erection for the last year, it's affecting us both. he won't ask himself", "40~49", "male", "urology"),

    # nutrition
    ("I want to lose about 15 kg before my wedding next year, what kind of eating plan is realistic? 30 f", "30~39", "female", "nutrition"),
    ("just went vegan, how do I make sure I get enough protein and B12? 21", "20~29", "undisclosed", "nutrition"),
    ("My dad (76) has lost his appetite since mum passed and is getting thin. What easy high-calorie foods could he eat?", "70~79", "male", "nutrition"),
    ("My 10 year old is a very picky eater, only eats pasta and chicken nuggets, how do I get more veg and iron into her?", "10~19", "female", "nutrition"),
]
