# Hand-written triage items: (text, department, age_range, gender)
# age_range and gender describe the patient, not the writer.

TRIAGE = [
    # cardiology
    ("My heart keeps skipping beats when I lie down at night, like a flutter then a big thud. 52, male, no chest pain, no fainting. Been going on a few weeks now. Who should check this?",
     "cardiology", "50~59", "male"),
    ("mum's 74 and her ankles have swollen right up, she gets puffed walking to the corner shop and has to sleep propped on 3 pillows now. GP mentioned her heart 'might be struggling' and said he'd refer. refer to who??",
     "cardiology", "70~79", "female"),
    ("Had an ECG at a work health fair and they printed 'right bundle branch block' and told me to follow up. I feel completely fine?? 29F, I do spin classes 3x a week.",
     "cardiology", "20~29", "female"),
    ("Had a stent put in two years ago. Lately I get tightness in my chest on the stairs at work, goes away within a couple of minutes when I stop. 63, male. Same pattern every time, not getting worse.",
     "cardiology", "60~69", "male"),

    # dentistry
    ("back tooth bottom left throbs whenever i drink anything cold and now hot stuff too. 27. ugh",
     "dentistry", "20~29", "undisclosed"),
    ("My 6 year old's big front tooth is coming in BEHIND the baby tooth, which isn't even wobbly yet. Someone called it shark teeth. Do we need to do anything?",
     "dentistry", "0~9", "undisclosed"),
    ("Gums bleed every time I brush and my husband says my breath is bad \U0001F633 I'm 45 and I haven't been to a dentist in years because I'm scared.",
     "dentistry", "40~49", "female"),
    ("Grandpa's dentures have gone loose and they rub a sore spot on his gum. He's 81 and now he won't eat properly, just soup.",
     "dentistry", "80+", "male"),

    # dermatology
    ("Age: 34\nSex: M\nProblem: scaly silvery patches on both elbows, now on my scalp too, months\nTried: E45, Sudocrem, nothing works\nItchy: sometimes",
     "dermatology", "30~39", "male"),
    ("Wife noticed a mole on my back has changed shape and gone darker on one side. I'm 58, lots of sun when I was young.",
     "dermatology", "50~59", "male"),
    ("hair coming out in clumps in the shower, started about 3 months after I had the baby. I'm 31. will it grow back??",
     "dermatology", "30~39", "female"),
    ("Teenage daughter (16) has acne that's leaving pitted scars on her cheeks, we've tried everything from the chemist. She won't leave the house some days.",
     "dermatology", "10~19", "female"),

    # endocrinology
    ("Thyroid blood test: TSH 0.02, free T4 high. I've lost 6kg without trying, my hands shake and my heart races. 41, woman.",
     "endocrinology", "40~49", "female"),
    ("My husband was diagnosed type 2 at 55 and his sugars are all over the place even on metformin and gliclazide. The GP keeps adding things. Is there a specialist who should be managing this?",
     "endocrinology", "50~59", "male"),
    ("Calcium came back high on a routine blood test (2.78) and the PTH was high as well. Doc mentioned my parathyroid. 62F. What does that mean?",
     "endocrinology", "60~69", "female"),
    ("Our son is 14 and the shortest in his year by a mile, way shorter than me and his dad. No growth spurt yet. His doctor mentioned testing for growth hormone. Where do we go for that?",
     "endocrinology", "10~19", "male"),

    # family-medicine
    ("Just want a general check-up, haven't seen a doctor in 5 years. 44 M, feel fine, bit overweight. What should I ask for?",
     "family-medicine", "40~49", "male"),
    ("cold for a week, runny nose, bit of a cough, no fever. 26. anything to make it go faster",
     "family-medicine", "20~29", "undisclosed"),
    ("I've just felt tired and a bit 'off' for a couple of months. Nothing specific I can point to. Sleeping ok, eating ok. Woman in my 50s.",
     "family-medicine", "50~59", "female"),
    ("Need a sick note for work, I had flu all last week and my manager wants it in writing. How do I get one?",
     "family-medicine", "30~39", "undisclosed"),

    # gastroenterology
    ("Heartburn almost every day for a year, and now food feels like it sticks halfway down when I swallow. 57 M.",
     "gastroenterology", "50~59", "male"),
    ("So this has been going on for ages and I'm sick of it. Some weeks I can't go at all, then suddenly I'm running to the loo three times before work. By the evening my stomach is so bloated I look 6 months pregnant, and it's always worse when work is stressful. I'm 28 and otherwise healthy. My mum says it's IBS and to eat more fibre but honestly that made it worse. Who actually deals with this?",
     "gastroenterology", "20~29", "female"),
    ("My dad's 68 and the doctor says his liver enzymes are up and the scan showed fatty liver. He hardly drinks! What happens next?",
     "gastroenterology", "60~69", "male"),
    ("blood on the toilet paper on and off for months, bright red, no pain. 35 guy. is it piles or should someone look?",
     "gastroenterology", "30~39", "male"),

    # general-surgery
    ("There's a bulge in my groin that pops out when I cough and goes back when I lie down. 47 M. Only aches a bit at the end of the day.",
     "general-surgery", "40~49", "male"),
    ("Gallstones confirmed on ultrasound, this is my third attack of pain after fatty food this year. I want them out. 39 F.",
     "general-surgery", "30~39", "female"),
    ("Lump under the skin on my back, soft, rubbery, moves around when I push it, slowly got bigger over 2 years. Lipoma? Can it be removed?",
     "general-surgery", "40~49", "undisclosed"),
    ("Pilonidal cyst keeps coming back, drained twice already. 22yo guy. Is there a permanent fix?",
     "general-surgery", "20~29", "male"),

    # hematology-oncology
    ("Blood test: platelets 890. Repeated a month later, 870. I'm 66, female. GP says she's referring me \u2014 to which department?",
     "hematology-oncology", "60~69", "female"),
    ("My wife finished chemo and radiotherapy for breast cancer 6 months ago. How often should her follow-up scans be? Nobody has told us.",
     "hematology-oncology", "40~49", "female"),
    ("Swollen lymph nodes in my neck for 6 weeks, not painful, drenching night sweats, lost 5kg. 24 M.",
     "hematology-oncology", "20~29", "male"),
    ("My son (9) has bruises all over his legs he can't explain, and he's pale and tired all the time. Blood test showed low platelets and the GP said we'd get a call.",
     "hematology-oncology", "0~9", "male"),

    # infectious-diseases
    ("Got back from Ghana a month ago and had a couple of days of fever and chills last week that went away on their own. I didn't take the malaria tablets. Should I get tested for anything? 33 M.",
     "infectious-diseases", "30~39", "male"),
    ("newly diagnosed HIV positive. 29, male. scared. how soon do I start treatment and who looks after that",
     "infectious-diseases", "20~29", "male"),
    ("Recurring cellulitis in the same leg, 4th time this year. Antibiotics clear it then it comes back. 55F.",
     "infectious-diseases", "50~59", "female"),
    ("Positive TB skin test on my work screening, chest x-ray clear, no symptoms. I'm a nurse, 36. Do I need treatment?",
     "infectious-diseases", "30~39", "undisclosed"),

    # nephrology
    ("eGFR dropped from 58 to 41 in a year and there's protein in my urine. I'm 61 with diabetes. Is this kidney failure?",
     "nephrology", "60~69", "undisclosed"),
    ("Polycystic kidney disease runs in my family \u2014 my mum and her brother both had it. I'm 25 and want to get checked.",
     "nephrology", "20~29", "undisclosed"),
    ("Potassium keeps coming back high on my blood tests and the doctor says my kidney function is stage 3. 70 M.",
     "nephrology", "70~79", "male"),
    ("Husband is on peritoneal dialysis at home, he's 52. We're confused about how much fluid he's allowed in hot weather.",
     "nephrology", "50~59", "male"),

    # neurology
    ("Migraines with aura 3-4 times a week now, used to be once a month. Tried triptans. 36 F.",
     "neurology", "30~39", "female"),
    ("Hand tremor at rest on my right side, and my handwriting has got really tiny. 67 male. My wife says I don't swing that arm when I walk.",
     "neurology", "60~69", "male"),
    ("Forwarding this from my brother because he hates forums: 'feet tingling and numb for months, now creeping up to my ankles, not diabetic, 49, what sort of doctor do I need'",
     "neurology", "40~49", "undisclosed"),
    ("My teenage son had two episodes in the mornings where his arms jerked and he dropped his cereal bowl. He's 15. No full fits. Should he see someone?",
     "neurology", "10~19", "male"),

    # obstetrics-gynecology
    ("Periods are so heavy I flood through pads every hour on day 1-2. 42 F. Getting worse each year.",
     "obstetrics-gynecology", "40~49", "female"),
    ("We've been trying to conceive for 14 months. I'm 33 and my periods have always been irregular, sometimes 45 days apart. Where do we start?",
     "obstetrics-gynecology", "30~39", "female"),
    ("Pregnant with my first, 12 weeks! What scans and tests should I be booked in for?",
     "obstetrics-gynecology", "30~39", "female"),
    ("Postmenopausal, 58, had a bit of spotting last week. Nothing since my periods stopped 6 years ago.",
     "obstetrics-gynecology", "50~59", "female"),

    # ophthalmology
    ("Vision getting blurrier and the glare from headlights is awful at night. 72. New glasses didn't help.",
     "ophthalmology", "70~79", "undisclosed"),
    ("Optician said my eye pressure is 27 in both eyes and I should be seen. No symptoms at all. What is that about?",
     "ophthalmology", "50~59", "undisclosed"),
    ("My toddler's left eye turns inwards sometimes, especially when she's tired. She's 2.",
     "ophthalmology", "0~9", "female"),
    ("Eyes red, gritty, crusty in the morning for weeks now. Contact lens wearer. 23 M. Drops aren't working.",
     "ophthalmology", "20~29", "male"),

    # orthopedics
    ("Knee gives way when I twist, I heard a pop skiing 2 months ago and it swelled up that night. 30 F.",
     "orthopedics", "30~39", "female"),
    ("I'm writing this for my neighbour who's 65 and doesn't do computers. Hip pain for two years, X-ray shows arthritis, and now it takes her twenty minutes to walk to the shops. She wants to know if it's time for a hip replacement and who she should ask.",
     "orthopedics", "60~69", "female"),
    ("Shoulder hurts lifting my arm above my head for 3 months, and at night when I lie on it. 51 M, painter & decorator.",
     "orthopedics", "50~59", "male"),
    ("Bunion getting huge and I can't fit into any shoes anymore. 44, woman.",
     "orthopedics", "40~49", "female"),

    # otolaryngology
    ("Blocked nose on one side for 6 months, can't smell much anymore. 40 M. Sprays haven't helped.",
     "otolaryngology", "40~49", "male"),
    ("Hoarse voice for 5 weeks, no cold. Smoker. 59.",
     "otolaryngology", "50~59", "undisclosed"),
    ("My 4 year old has had 7 ear infections this year and his hearing seems worse, he turns the TV right up.",
     "otolaryngology", "0~9", "male"),
    ("Dizziness when I roll over in bed, the room spins for about 30 seconds then stops. 61F.",
     "otolaryngology", "60~69", "female"),

    # pediatrics
    ("My 18 month old has had a runny nose and a cough for a week, eating less, no fever now. Should she be seen?",
     "pediatrics", "0~9", "female"),
    ("Son is 3 and still not talking in sentences. He understands everything we say. Nursery says wait and see.",
     "pediatrics", "0~9", "male"),
    ("7 year old with tummy aches and diarrhoea on and off since a stomach bug a month ago. Still eating and playing.",
     "pediatrics", "0~9", "undisclosed"),
    ("baby 5 months, rash in the nappy area that won't clear with Sudocrem, it's bright red in the creases",
     "pediatrics", "0~9", "undisclosed"),

    # psychiatry
    ("I've been feeling low for months, can't enjoy anything, sleeping 12 hours a day. 27 F. Not suicidal, just empty.",
     "psychiatry", "20~29", "female"),
    ("Panic attacks on the train to work every morning, now I'm taking days off. 34 M.",
     "psychiatry", "30~39", "male"),
    ("My husband (45) has been spending thousands online, barely sleeping, talking a mile a minute with big plans. This happened once before about 10 years ago.",
     "psychiatry", "40~49", "male"),
    ("I can't stop checking the locks and the oven, it takes me an hour to leave the house. 19, nonbinary. It's getting worse since I started uni.",
     "psychiatry", "10~19", "other"),

    # pulmonology
    ("ex smoker 64M. breathless uphill, worse over the last year. coughing up phlegm every morning. copd?",
     "pulmonology", "60~69", "male"),
    ("Asthma getting worse despite my brown preventer, I'm using the blue one 4 times a day now. 31 F.",
     "pulmonology", "30~39", "female"),
    ("CT for something else found a 6mm nodule in my lung by accident. I'm 55. What happens next?",
     "pulmonology", "50~59", "undisclosed"),
    ("Dad, 70, dry cough for 3 months, GP noticed finger clubbing and crackles at the bottom of his lungs.",
     "pulmonology", "70~79", "male"),

    # rehabilitation
    ("Dad had a stroke 6 weeks ago, his left arm is still weak. He's home now. How do we get him more physio?",
     "rehabilitation", "70~79", "male"),
    ("Out of the cast after a broken ankle, 8 weeks. Stiff and I can't walk properly. 25 F.",
     "rehabilitation", "20~29", "female"),
    ("Three weeks after my knee replacement I can only bend it to 80 degrees. 68 M. Exercises hurt like hell.",
     "rehabilitation", "60~69", "male"),
    ("Car accident 3 months ago, whiplash. Neck still stiff and I get headaches after an hour at the computer. 36 M.",
     "rehabilitation", "30~39", "male"),

    # rheumatology
    ("Hands stiff in the morning for over an hour, knuckles swollen on both sides. 46 F. RF came back positive.",
     "rheumatology", "40~49", "female"),
    ("Big toe swollen, red and agonising, came on overnight. Second time this year. 50 M.",
     "rheumatology", "50~59", "male"),
    ("Lower back pain and stiffness that's worst in the morning and better when I move about, for over a year. 26 M.",
     "rheumatology", "20~29", "male"),
    ("Rash across my cheeks and nose, sore joints, and my hair's thinning. 29 F. ANA positive.",
     "rheumatology", "20~29", "female"),

    # urology
    ("Getting up 4 times a night to pee, stream is weak and it dribbles. 68. Is it my prostate?",
     "urology", "60~69", "male"),
    ("Saw blood in my urine once last week, no pain. 57 M, smoker.",
     "urology", "50~59", "male"),
    ("Kidney stones 3 times in 2 years. 40 M. How do I stop them coming back?",
     "urology", "40~49", "male"),
    ("Erection problems for about a year, 52, also on blood pressure pills. Could the pills be doing it?",
     "urology", "50~59", "male"),

    # nutrition
    ("What should I be eating to lower my cholesterol without going on tablets? 48 F.",
     "nutrition", "40~49", "female"),
    ("We're a vegan family, how do I make sure my 4 year old is getting enough B12 and iron?",
     "nutrition", "0~9", "undisclosed"),
    ("Need to lose 15kg before my knee op. 60 M. What diet is actually realistic for someone who can't exercise much?",
     "nutrition", "60~69", "male"),
    ("Just diagnosed with gestational diabetes at 28 weeks. What can I actually eat for breakfast??",
     "nutrition", "30~39", "female"),
]
