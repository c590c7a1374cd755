# Hand-written triage items. Each entry: (text, age_range, gender, department)
# None of these is a now-emergency.

ITEMS = [
    # cardiology
    ("56 year old man here. For a few months I get a fluttering in my chest, like my heart skips and then gives a big thump, mostly when I lie on my left side at night. No pain, never fainted. Coffee makes it worse. What sort of doctor looks at this?",
     "50~59", "male", "cardiology"),
    ("My mum is 72 and her ankles are swollen by evening, she gets breathless on the stairs now and has started sleeping propped up on 3 pillows. Her GP said her 'heart might be getting tired' and would refer. Who should she be seeing?",
     "70~79", "female", "cardiology"),
    ("Had an echo at my work medical and they said my aortic valve is 'moderately narrowed'. I feel fine, walk the dog every day. 67, male. Does this mean surgery eventually?",
     "60~69", "male", "cardiology"),
    ("i'm 31, nonbinary, and my smartwatch keeps flagging 'possible AFib' a few times a week. I feel a bit lightheaded when it happens but it passes. ECG at the gp was normal but that was between episodes",
     "30~39", "other", "cardiology"),

    # dentistry
    ("Wisdom tooth bottom right keeps getting the gum swollen over it, hurts to chew and there's a bad taste. 3rd time this year. 23F",
     "20~29", "female", "dentistry"),
    ("my son is 7 and one of his adult front teeth has come in BEHIND the baby tooth, which is still there and not even wobbly. shark teeth?? does the baby one need pulling",
     "0~9", "male", "dentistry"),
    ("I'm 64 and my dentures have got loose, they rub sores on my gums and I can't eat an apple anymore. Should they be relined or is it time to think about implants?",
     "60~69", "undisclosed", "dentistry"),
    ("Teeth super sensitive to cold since I started using whitening strips, sharp zing in the bottom front ones. 28 y/o. ok to keep using them or stop?",
     "20~29", "undisclosed", "dentistry"),

    # dermatology
    ("My 15yo daughter has acne all over her forehead and back, we've tried benzoyl peroxide for 4 months and nothing. She's getting really self conscious and won't go swimming. Next step?",
     "10~19", "female", "dermatology"),
    ("Patch of hair loss on the back of my head, perfectly round like a coin, skin is smooth. My barber spotted it. 37 male. Any idea?",
     "30~39", "male", "dermatology"),
    ("70 year old man, used to farm, lots of sun. New scaly rough spot on my bald patch that bleeds a bit when I catch it with my cap. Been there maybe 3 months.",
     "70~79", "male", "dermatology"),
    ("itchy red rings on my inner thighs that spread outwards and clear in the middle. gym every day. im 19. cream from the pharmacy didnt do much",
     "10~19", "undisclosed", "dermatology"),

    # endocrinology
    ("TSH came back 0.02 and free T4 is high. Hands shaking, lost 5kg without trying, heart racing at rest. 29 female. Who will the GP refer me to?",
     "20~29", "female", "endocrinology"),
    ("Type 1 for 20 years, I'm 42, and since perimenopause kicked in my sugars are all over the place, lots of hypos at night. Who helps adjust pump settings for this?",
     "40~49", "female", "endocrinology"),
    ("My 13 year old son is by far the shortest in his class, 138cm, and hasn't started puberty at all while his mates are shaving. His dad is 180cm. Should we be checking something?",
     "10~19", "male", "endocrinology"),
    ("Routine bloods showed calcium 2.78 (high) and PTH also high. Had a kidney stone last year. 58 woman. What is this and who deals with it?",
     "50~59", "female", "endocrinology"),

    # family-medicine
    ("Just turned 40 and I've never had a proper check-up. Non smoker, drink at weekends, desk job. What tests should I ask for? (male)",
     "40~49", "male", "family-medicine"),
    ("blocked nose, sore throat, bit of a cough for 4 days. no fever. 26. do i need antibiotics or just ride it out",
     "20~29", "undisclosed", "family-medicine"),
    ("Tired all the time for a couple of months. I know, I know, two kids under 5, everyone's tired. But this is different, I'm sleeping 9 hours when my husband does the night wakes and I still feel like I've been hit by a bus. No weight change, periods normal-ish, mood ok. 35F. I haven't seen a doctor in about 4 years. Where do I even start?",
     "30~39", "female", "family-medicine"),
    ("Going abroad for 3 months and need travel jabs checked plus a longer supply of my blood pressure tablets. 61, man. Who sorts that?",
     "60~69", "male", "family-medicine"),

    # gastroenterology
    ("bloating so bad i look 6 months pregnant by evening, and it flips between diarrhoea and constipation, for over a year. 33 f. worse when work is stressful. coeliac bloods + calprotectin normal apparently. tried cutting dairy, no change. is a camera test the next step or is this just 'ibs, good luck'",
     "30~39", "female", "gastroenterology"),
    ("My dad is 68 and his bowel screening kit came back positive. He has no symptoms at all. Now they want a colonoscopy. What should he expect?",
     "60~69", "male", "gastroenterology"),
    ("Heartburn every night for 6 months even on omeprazole 20mg. Lately food sometimes feels like it sticks on the way down. 52M.",
     "50~59", "male", "gastroenterology"),
    ("ALT 120 on routine bloods. I barely drink. Bit overweight. 46. GP said probably fatty liver and is referring. What will they do?",
     "40~49", "undisclosed", "gastroenterology"),

    # general-surgery
    ("Lump in my groin that pops out when I cough and goes back when I lie down. Aches after lifting at work. 49 male. Hernia? Who fixes that?",
     "40~49", "male", "general-surgery"),
    ("Gallstones found on ultrasound after two attacks of pain under my right ribs after greasy food. Pain's gone for now. 38F. Do they just take the gallbladder out?",
     "30~39", "female", "general-surgery"),
    ("painful lump at the top of my bum crack, keeps swelling up and draining gross stuff. pilonidal?? 21, guy, sit at a desk all day",
     "20~29", "male", "general-surgery"),
    ("My mother (74) has a soft lump on her back the size of an egg, been there for years but getting bigger and catches on her bra. GP says lipoma, she'd like it removed.",
     "70~79", "female", "general-surgery"),

    # hematology-oncology
    ("Routine bloods showed platelets 620 and then 640 a month later. I'm 57, female, feel fine. GP said 'refer to haematology'. What could it be?",
     "50~59", "female", "hematology-oncology"),
    ("My husband, 63, had a CT that shows enlarged lymph nodes in his belly and he's been having drenching night sweats. Biopsy booked. Which team looks after lymphoma?",
     "60~69", "male", "hematology-oncology"),
    ("Bruise really easily, gums bleed when I brush, and my periods have always been super heavy. I'm 27 and my mum has von Willebrand. Who tests for that?",
     "20~29", "female", "hematology-oncology"),
    ("Finished breast cancer treatment 2 years ago, on letrozole now. 61. Keep getting bone aches. Who should I be following up with, my oncologist or GP?",
     "60~69", "female", "hematology-oncology"),

    # infectious-diseases
    ("Came back from Kenya 2 weeks ago, stopped my malaria tablets early. Now on-and-off fevers and aches, nothing dramatic. 34 male. What kind of doctor?",
     "30~39", "male", "infectious-diseases"),
    ("Tested HIV positive last week. 24, gay man. Scared. What doctor do I see to start meds?",
     "20~29", "male", "infectious-diseases"),
    ("Had a tick bite while hiking 3 weeks ago and now there's a big red ring spreading on my thigh and my joints ache. 45F. Lyme?",
     "40~49", "female", "infectious-diseases"),
    ("Recurring cellulitis in the same leg, 4 times this year, antibiotics every time. I'm 66. Is there someone who can work out why it keeps coming back?",
     "60~69", "undisclosed", "infectious-diseases"),

    # nephrology
    ("My eGFR has gone from 62 to 41 over two years. Type 2 diabetic, 70 years old, woman. GP says 'CKD stage 3b'. Do I need a kidney specialist?",
     "70~79", "female", "nephrology"),
    ("foamy pee and puffy eyes every morning for a month. 19 yo male. urine dip at the walk-in showed lots of protein. what now",
     "10~19", "male", "nephrology"),
    ("I'm on dialysis 3x a week, 55M, and I keep getting bad cramps at the end of every session. What should I ask my team?",
     "50~59", "male", "nephrology"),
    ("Polycystic kidney disease runs in my family (mum and uncle). I'm 30, scan showed a few cysts already and my blood pressure is creeping up. What's the monitoring plan usually?",
     "30~39", "undisclosed", "nephrology"),

    # neurology
    ("Tingling and numbness in both feet, slowly creeping up my legs over months. I'm 48, not diabetic. Who do I see?",
     "40~49", "undisclosed", "neurology"),
    ("Migraines with aura 3-4 times a month now, used to be once every few months. 36F. Triptans work but I'm taking them too often.",
     "30~39", "female", "neurology"),
    ("My dad (79) has a tremor in his right hand when it's resting, walks with little shuffly steps and his handwriting has gone tiny. Parkinson's?",
     "70~79", "male", "neurology"),
    ("19, female. Had blurry vision in one eye last year that came back by itself, and now I get weird electric shocks down my spine when I bend my neck. Could this be MS?",
     "10~19", "female", "neurology"),

    # obstetrics-gynecology
    ("Periods so heavy I flood a super tampon AND a pad in an hour on day 2. 42. Exhausted. Fibroids?",
     "40~49", "female", "obstetrics-gynecology"),
    ("8 weeks pregnant with my first, no bleeding, just sick all day. 31. When is the first scan and who do I contact?",
     "30~39", "female", "obstetrics-gynecology"),
    ("Smear came back HPV positive with 'low grade changes'. I'm 26. Now they want a colposcopy. What is that exactly?",
     "20~29", "female", "obstetrics-gynecology"),
    ("Through the menopause 4 years ago and had some spotting last week, just the once. 57. Do I need to get it looked at?",
     "50~59", "female", "obstetrics-gynecology"),

    # ophthalmology
    ("My grandad is 83 and his vision has gone cloudy and glary, especially at night with headlights coming the other way (he really shouldnt still be driving, thats another argument). Cataracts? Who does he get referred to?",
     "80+", "male", "ophthalmology"),
    ("Red itchy eyelids with crusty bits at the base of my lashes every morning. 28. Warm compresses not doing much.",
     "20~29", "undisclosed", "ophthalmology"),
    ("Type 2 diabetic, 54, woman, haven't had my eyes screened in 3 years. Who do I book with?",
     "50~59", "female", "ophthalmology"),
    ("8 y/o daughter squints at the board and tilts her head to read. School suggested an eye test. Optician or hospital eye clinic?",
     "0~9", "female", "ophthalmology"),

    # orthopedics
    ("Knee locks and gives way since I twisted it at football 2 months ago. Swells after every game. 27 male. Meniscus?",
     "20~29", "male", "orthopedics"),
    ("Numb tingly thumb and first two fingers at night, wakes me up and I have to shake my hand out. 51, female. Carpal tunnel?",
     "50~59", "female", "orthopedics"),
    ("Groin pain on the hip side when I put my socks on, 66 yo woman, x-ray says moderate osteoarthritis. Is it time for a replacement?",
     "60~69", "female", "orthopedics"),
    ("Broke my wrist 6 years ago and it never felt right, clicks and aches when I lean on it doing push-ups. 35, he/him.",
     "30~39", "male", "orthopedics"),

    # otolaryngology
    ("Hoarse voice for 5 weeks, no cold or anything. I'm 59 and an ex-smoker (quit 2010). My grandkids say I sound like a frog. Should someone look at it?",
     "50~59", "undisclosed", "otolaryngology"),
    ("My 4 year old snores like a train, mouth breathes, and sometimes pauses breathing for a few seconds in her sleep. Huge tonsils.",
     "0~9", "female", "otolaryngology"),
    ("Constant ringing in my right ear only, and the hearing is a bit worse on that side. 46 male. Came on over a few months.",
     "40~49", "male", "otolaryngology"),
    ("Nose blocked on one side for a year, lost my sense of smell. 38, female. Nasal spray doesn't help. Polyps?",
     "30~39", "female", "otolaryngology"),

    # pediatrics
    ("My 3 year old has had a runny nose and cough for 5 days, eating less, temp 38.2 last night, but playing fine today. When should I take her in?",
     "0~9", "female", "pediatrics"),
    ("Baby is 4 months, spits up after most feeds, gaining weight fine, happy. Reflux? Should we change formula?",
     "0~9", "undisclosed", "pediatrics"),
    ("My son is 6 and still wets the bed most nights. Dry during the day. Is this normal?",
     "0~9", "male", "pediatrics"),
    ("18 month old with a rash of little pink spots all over her body after 3 days of high fever that just broke. She's herself again. Roseola?",
     "0~9", "female", "pediatrics"),

    # psychiatry
    ("I'm 22, non-binary, and I've felt low for most of the past year. No energy, stopped going to lectures, sleeping 12 hours. Not suicidal. Who can help?",
     "20~29", "other", "psychiatry"),
    ("My husband, 45, checks the locks and the hob maybe 30 times before bed and gets really upset if I interrupt him, he has to start again from the beginning. It's been creeping up for years but since his dad died it's taking over. We're late for everything because of the front door. He knows it doesn't make sense. He's agreed to get help but doesn't want to just be given sleeping pills. Who should he see?",
     "40~49", "male", "psychiatry"),
    ("16 yo daughter is barely eating, lost a lot of weight, and I hear her exercising in her room at night. She says she's fine.",
     "10~19", "female", "psychiatry"),
    ("Retired last year at 67 and since then I can't sleep, worry constantly about money and health, heart pounding out of nowhere. Panic attacks?",
     "60~69", "undisclosed", "psychiatry"),

    # pulmonology
    ("Smoker 40 years, 63 male. Cough every morning with phlegm, breathless walking uphill. Is this COPD?",
     "60~69", "male", "pulmonology"),
    ("Asthma still not controlled on my preventer, using the reliever 3-4 times a day. 33F. What's the next step?",
     "30~39", "female", "pulmonology"),
    ("CT for something else found a 7mm lung nodule. I'm 55, ex-smoker. They said repeat scan in 6 months. Who manages that?",
     "50~59", "undisclosed", "pulmonology"),
    ("Dry cough for 3 months, breathless on exertion, and my fingertips look kind of clubbed. 71 yo woman.",
     "70~79", "female", "pulmonology"),

    # rehabilitation
    ("my dad had a stroke 6 wks ago, he's home now (74), right arm still weak, speech slow, gets frustrated and cries which he never used to. the hospital physio came twice and then nothing. we're paying for a private one but it's costing a fortune. how do we get him proper rehab on the nhs? is there a time window where it matters most??",
     "70~79", "male", "rehabilitation"),
    ("ACL reconstruction 4 weeks ago, 24 female, knee still stiff and won't bend past 90. Is physio once a week enough?",
     "20~29", "female", "rehabilitation"),
    ("Ankle fracture healed, cast off 3 weeks ago, but I'm still limping and my calf has wasted away. 52M.",
     "50~59", "male", "rehabilitation"),
    ("Spinal cord injury a year ago, I'm 29 and a wheelchair user now. Want to get back to driving and maybe sport. Who helps with that?",
     "20~29", "undisclosed", "rehabilitation"),

    # rheumatology
    ("Morning stiffness in my hands lasting over an hour, swollen knuckles on both hands. 41F. Mum has rheumatoid.",
     "40~49", "female", "rheumatology"),
    ("Big toe joint went red, hot and agonising overnight, second time this year. 50M, fond of a beer. Gout?",
     "50~59", "male", "rheumatology"),
    ("Lower back pain and stiffness, worse in the morning, better once I move, for 2 years now. I'm 26, male. Could it be ankylosing spondylitis?",
     "20~29", "male", "rheumatology"),
    ("Dry eyes, dry mouth, achy joints, 48 woman. Blood test ANA positive. Lupus? Sjögren's?",
     "40~49", "female", "rheumatology"),

    # urology
    ("Up 4 times a night to pee, weak stream, dribbling after. 69 male. Wife says I should have gone years ago. Prostate?",
     "60~69", "male", "urology"),
    ("Blood in my pee once last week, painless, bright red. 61, smoker. It's gone now. Do I still need to see someone?",
     "60~69", "undisclosed", "urology"),
    ("Kidney stones 3 times in 2 years. 38 male. How do I stop getting them?",
     "30~39", "male", "urology"),
    ("small painless lump on one testicle that i noticed in the shower. 27 yo guy. freaking out a bit",
     "20~29", "male", "urology"),

    # nutrition
    ("Newly vegetarian, 17 girl, worried I'm not getting enough protein and iron. What should a day of food look like?",
     "10~19", "female", "nutrition"),
    ("Just diagnosed with coeliac disease, 40M. Need help with what I can actually eat, the list is overwhelming.",
     "40~49", "male", "nutrition"),
    ("Trying to lose weight at 58 for my knees, woman, 95kg. Need a realistic meal plan, diets never stick.",
     "50~59", "female", "nutrition"),
    ("My 80 year old mum is losing weight, eats like a bird, no appetite. Doctor checked and everything is fine. How can I add calories?",
     "80+", "female", "nutrition"),
]
