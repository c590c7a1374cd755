# Hand-written triage items. Each item: (text, department, age_range, gender). No emergencies.

ITEMS = [
    # cardiology
    ("I'm 58, male, and my heart races out of nowhere for about 20 minutes then stops suddenly, like a switch. Happens a couple of times a month, fine in between. What tests would find this?",
     "cardiology", "50~59", "male"),
    ("mum (74) was told at her check-up she has a heart murmur, aortic stenosis they think. what does that mean long term? she gets a bit puffed on hills but nothing dramatic",
     "cardiology", "70~79", "female"),
    ("My cholesterol is fine but my coronary calcium score came back 320. I'm a 49 yo woman. Does that mean I need stents?",
     "cardiology", "40~49", "female"),
    ("Got an ECG for a job medical and it said 'right bundle branch block'. I feel totally fine, play 5-a-side twice a week. 26. Do I need to do anything?",
     "cardiology", "20~29", "undisclosed"),

    # dentistry
    ("Wisdom tooth on the bottom left is half through and the gum over it is swollen and tastes gross. 21F. Does it have to come out?",
     "dentistry", "20~29", "female"),
    ("My 6 year old's adult teeth are coming in BEHIND the baby teeth \U0001F988 shark teeth?? Do the baby ones need pulling or will they fall out?",
     "dentistry", "0~9", "undisclosed"),
    ("cracked a filling on a popcorn kernel. no pain yet but theres a sharp edge cutting my tongue. how soon do i need to get it fixed",
     "dentistry", "30~39", "undisclosed"),
    ("My gums bleed every time I floss and my husband says my breath has been bad lately. I'm 44. Gum disease?",
     "dentistry", "40~49", "female"),

    # dermatology
    ("Mole on my husband's back has changed shape, it's got two colours now and is bigger than a pencil eraser. He's 61 and was a lifeguard for years.",
     "dermatology", "60~69", "male"),
    ("teen acne that just wont quit, 17M, tried benzoyl peroxide and the antibiotic cream for 6 months. is roaccutane next?",
     "dermatology", "10~19", "male"),
    ("Patches of lost pigment spreading on my hands and around my eyes. 35, male, dark skin so it's really visible and I'm self-conscious. Is there treatment?",
     "dermatology", "30~39", "male"),
    ("Scalp is scaly and itchy, flakes everywhere, also some silvery patches on my elbows. Psoriasis? 40 year old woman, never had skin problems before",
     "dermatology", "40~49", "female"),

    # endocrinology
    ("Just diagnosed with type 1 at 24 after losing loads of weight. I'm home now and the insulin stuff is overwhelming, carb ratios, correction doses. Who actually helps with this long term?",
     "endocrinology", "20~29", "undisclosed"),
    ("A thyroid nodule (1.8cm) showed up on a neck scan I had for something else. Do I need a biopsy? No symptoms at all.",
     "endocrinology", "50~59", "undisclosed"),
    ("My husband, 52, has low energy, no libido, and his testosterone came back at 7 nmol/L twice. Should he be on TRT?",
     "endocrinology", "50~59", "male"),
    ("Calcium came back high twice (2.78) and PTH also high. GP said something about the parathyroid glands. I'm 63F, bit of bone thinning. What happens now?",
     "endocrinology", "60~69", "female"),

    # family-medicine
    ("I'm 40 and have never had a physical. What should a general check-up include for a man my age?",
     "family-medicine", "40~49", "male"),
    ("cold for 10 days now, blocked nose, bit of a cough, no fever. at what point is it worth seeing someone?",
     "family-medicine", "30~39", "undisclosed"),
    ("Always tired, a bit achy, not sleeping great, nothing specific really. 33F. Where do I even start?",
     "family-medicine", "30~39", "female"),
    ("Need a medical form signed for a working holiday visa and a general once-over before I go abroad for a year. 22, guy, no health problems.",
     "family-medicine", "20~29", "male"),

    # gastroenterology
    ("Heartburn every night for 6 months, omeprazole helps but as soon as I stop it comes back worse. 47M. Is a camera test needed?",
     "gastroenterology", "40~49", "male"),
    ("Diarrhoea alternating with constipation, bloating, way worse when I'm stressed. Had it for years. 29F. Is this IBS or should I get tested for something?",
     "gastroenterology", "20~29", "female"),
    ("My dad is 72 and had black sticky stools twice last week, back to normal now. He takes aspirin daily. Should he get a scope?",
     "gastroenterology", "70~79", "male"),
    ("positive coeliac blood test (tTG really high). do i need a biopsy before going gluten free?? 19, female",
     "gastroenterology", "10~19", "female"),

    # general-surgery
    ("Bulge in my groin that gets bigger when I cough and disappears when I lie down. 55 yo man, doesn't really hurt. Does it need an operation?",
     "general-surgery", "50~59", "male"),
    ("Gallstones found on ultrasound, I've had 3 attacks of pain under my right ribs after fatty food, all settled on their own. Do I need it out? 41F",
     "general-surgery", "40~49", "female"),
    ("Soft rubbery lump under the skin on my shoulder, moves around, been there years but it's getting bigger and catches on my bag strap. Can it be removed?",
     "general-surgery", "40~49", "undisclosed"),
    ("My son (25) keeps getting a painful infected lump right at the top of his bum crack. Drained twice at the GP. Is it a pilonidal thing and can it be fixed for good?",
     "general-surgery", "20~29", "male"),

    # hematology-oncology
    ("Blood test showed my platelets are 680. GP is repeating it but mentioned haematology. What could cause that? 58F",
     "hematology-oncology", "50~59", "female"),
    ("Finished chemo and radiotherapy for breast cancer 2 years ago. How often should I be having scans? My oncologist just does bloods.",
     "hematology-oncology", "50~59", "female"),
    ("Painless swollen glands in my neck and armpit for 6 weeks now, drenching night sweats, lost 5kg without trying. 31M. Could this be lymphoma?",
     "hematology-oncology", "30~39", "male"),
    ("My mum's just been told she has MGUS. Is that cancer?? She's 77 and nobody explained anything.",
     "hematology-oncology", "70~79", "female"),

    # infectious-diseases
    ("Back from Thailand 3 weeks, had a week of fever there that went away on its own, but my joints still ache. Could it have been dengue? Should I get tested? 27F",
     "infectious-diseases", "20~29", "female"),
    ("Living with HIV, viral load undetectable for 5 years on tablets. Can I switch to the injection every 2 months?",
     "infectious-diseases", "30~39", "undisclosed"),
    ("Positive TB skin test for my nursing placement, chest X-ray clear. Do I really need the 3 months of tablets? 24F",
     "infectious-diseases", "20~29", "female"),
    ("Recurring cellulitis in my left leg, 4 rounds this year, each time antibiotics. Is there a way to stop it coming back? 66M",
     "infectious-diseases", "60~69", "male"),

    # nephrology
    ("My kidney function keeps dropping, eGFR 38 now, I'm diabetic. When do they start talking about dialysis? 64M",
     "nephrology", "60~69", "male"),
    ("protein in my urine on a dipstick 3 separate times, also my ankles are puffy by evening. 30F, no diabetes, BP fine.",
     "nephrology", "30~39", "female"),
    ("Polycystic kidney disease runs on my dad's side. I'm 28 and want to know if I should be screened and how.",
     "nephrology", "20~29", "undisclosed"),
    ("Mum (81) has been on dialysis 3 times a week for 2 years and she says she's tired of it. Can she stop? What happens if she does?",
     "nephrology", "80+", "female"),

    # neurology
    ("Migraines with aura getting more frequent, 3 a week now. Triptans work but I keep running out. Is there a preventer? 38F",
     "neurology", "30~39", "female"),
    ("Numbness and tingling in both feet, slowly creeping up over about a year. I'm 59, not diabetic, don't drink much.",
     "neurology", "50~59", "undisclosed"),
    ("my husband (67) has started shuffling when he walks and his handwriting has got tiny. could it be parkinsons?",
     "neurology", "60~69", "male"),
    ("Had blurred vision in one eye last year that cleared up, and now my legs have felt tingly and weird from the waist down for a couple of weeks. 29F. Could it be MS?",
     "neurology", "20~29", "female"),

    # obstetrics-gynecology
    ("Periods so heavy I flood through a super tampon every hour on day 2 and 3. Fibroids? I'm 43.",
     "obstetrics-gynecology", "40~49", "female"),
    ("Trying for a baby for 14 months, regular cycles, nothing. I'm 34, he's 36. Who do we see about fertility tests?",
     "obstetrics-gynecology", "30~39", "female"),
    ("12 weeks pregnant, first scan next week. Is it safe to keep taking my sertraline? I don't want to stop if I don't have to.",
     "obstetrics-gynecology", "30~39", "female"),
    ("Post menopausal (58), had a tiny bit of spotting after 5 years of nothing at all. Should I get it checked or is it nothing?",
     "obstetrics-gynecology", "50~59", "female"),

    # ophthalmology
    ("Everything looks a bit foggy and headlights have halos when I drive at night. I'm 71. Cataracts?",
     "ophthalmology", "70~79", "undisclosed"),
    ("My eye pressure was 26 at the optician's. They said 'glaucoma suspect' and wrote a letter. What happens next?",
     "ophthalmology", "50~59", "undisclosed"),
    ("Our daughter's left eye turns in when she's tired. She's 4. Is that a lazy eye and does she need glasses or a patch?",
     "ophthalmology", "0~9", "female"),
    ("Dry gritty eyes all day, screens make it worse, artificial tears barely help. 45F, work on a computer 9 hours a day.",
     "ophthalmology", "40~49", "female"),

    # orthopedics
    ("Knee gave way playing five-a-side, heard a pop, swelled up that night. 2 weeks later it still feels unstable going down stairs. ACL? 27M",
     "orthopedics", "20~29", "male"),
    ("Pain in my groin when I walk, stiffness in the mornings, 68, woman. X-ray says arthritis in the hip. Is it replacement time?",
     "orthopedics", "60~69", "female"),
    ("Broke my wrist 5 weeks ago, still in a cast, fingers swell up by the evening. Normal?",
     "orthopedics", "30~39", "undisclosed"),
    ("Bunion on my right foot getting worse, hurts in every shoe I own. 52F. Is surgery worth it?",
     "orthopedics", "50~59", "female"),

    # otolaryngology
    ("Hoarse voice for 5 weeks, no cold or anything. I'm a smoker, 60M.",
     "otolaryngology", "60~69", "male"),
    ("My daughter (5) has had 7 ear infections this year and her hearing seems worse, keeps saying 'what?'. Do grommets help?",
     "otolaryngology", "0~9", "female"),
    ("Constant ringing in my right ear only, started 2 months ago, hearing's a bit muffled on that side too. 48.",
     "otolaryngology", "40~49", "undisclosed"),
    ("Chronic blocked nose on one side, can't breathe through it, ever. Broke it playing rugby years ago. Deviated septum? 33M",
     "otolaryngology", "30~39", "male"),

    # pediatrics
    ("Our 18 month old has had a runny nose and a mild temp for 4 days, eating less but drinking fine and still playing. Just a virus?",
     "pediatrics", "0~9", "undisclosed"),
    ("My son is 3 and still not really talking in sentences, understands everything though and follows instructions. When should we worry?",
     "pediatrics", "0~9", "male"),
    ("is it normal for a 7 year old to get tummy aches and vomit every few weeks, totally fine in between? it's happened 5 or 6 times since summer",
     "pediatrics", "0~9", "undisclosed"),
    ("Baby girl, 4 months, spits up after every feed but she's happy and gaining weight well. Does she need reflux medicine?",
     "pediatrics", "0~9", "female"),

    # psychiatry
    ("I think I have ADHD. 31F, always lose my keys, can't finish anything, got through school by cramming the night before. How do adults get assessed?",
     "psychiatry", "30~39", "female"),
    ("panic attacks 3-4 times a week now, can't take the train to work anymore, I've started working from home just to avoid it. 26M",
     "psychiatry", "20~29", "male"),
    ("My teenage son (16) barely leaves his room, stopped seeing his friends, sleeps most of the day. Not sure if it's depression or just being a teenager.",
     "psychiatry", "10~19", "male"),
    ("Been on lithium 10 years for bipolar, stable, but my psychiatrist moved away. Need someone new to manage it and do the levels. I'm 52.",
     "psychiatry", "50~59", "undisclosed"),

    # pulmonology
    ("Smoker 30 years, 57M, breathless walking uphill, cough every morning bringing up phlegm. COPD?",
     "pulmonology", "50~59", "male"),
    ("CT found a 6mm nodule on my lung by accident. They said follow up in 12 months. Is that really enough? 62F, ex-smoker",
     "pulmonology", "60~69", "female"),
    ("Can you get asthma for the first time at 40?? I've started wheezing at night and with cold air. 41, woman",
     "pulmonology", "40~49", "female"),
    ("Dry cough for 3 months, not a smoker, no reflux symptoms, chest x-ray clear. What's next? 45M",
     "pulmonology", "40~49", "male"),

    # rehabilitation
    ("Dad had a stroke 6 weeks ago and he's home now. His right arm is weak and he can't grip a cup. The hospital physio stopped when he was discharged. How do we get more?",
     "rehabilitation", "70~79", "male"),
    ("ACL reconstruction 3 months ago, still can't fully straighten my knee. Is it too late to fix with physio? 24F",
     "rehabilitation", "20~29", "female"),
    ("Out of hospital after 3 weeks in ICU with covid pneumonia. I'm 55 and can barely walk to the mailbox. Is there rehab for this kind of thing?",
     "rehabilitation", "50~59", "undisclosed"),
    ("Had a below-knee amputation in March (diabetes). When can I start learning to walk with a prosthesis? 61M",
     "rehabilitation", "60~69", "male"),

    # rheumatology
    ("Both hands stiff for over an hour every morning, knuckles puffy, it's been 2 months. 36F. Rheumatoid arthritis?",
     "rheumatology", "30~39", "female"),
    ("Lower back pain and stiffness that gets better with exercise and worse with rest, wakes me around 4am. 27M, been going on a year.",
     "rheumatology", "20~29", "male"),
    ("rash across my cheeks when I'm in the sun, joint pains in my hands, and my hair is coming out in clumps. 22F. lupus??",
     "rheumatology", "20~29", "female"),
    ("My husband has had gout in his big toe 5 times this year. He's 50. Should he be on something long term?",
     "rheumatology", "50~59", "male"),

    # urology
    ("Getting up 4 times a night to pee, weak stream, takes ages to start. 66M.",
     "urology", "60~69", "male"),
    ("Saw blood in my urine once last week, no pain, ex-smoker, 59. GP says urology referral. How urgent is that?",
     "urology", "50~59", "undisclosed"),
    ("Recurrent kidney stones, passed 3 this year. I'm 42 and male. Is there any way to prevent them, like tests on the stones?",
     "urology", "40~49", "male"),
    ("Having trouble keeping an erection, 47, otherwise healthy. Should I just try viagra or get checked out first?",
     "urology", "40~49", "male"),

    # nutrition
    ("I want to go vegan but I'm worried about protein and B12. 19F, quite active, do a lot of running.",
     "nutrition", "10~19", "female"),
    ("Newly diagnosed prediabetes, 44M. What should I actually eat for breakfast? Everything seems to be carbs.",
     "nutrition", "40~49", "male"),
    ("My 2 year old is a super picky eater, only eats beige food \u2014 pasta, crackers, chips. Is he getting enough nutrients?",
     "nutrition", "0~9", "male"),
    ("Trying to lose 15kg before my knee replacement. What diet actually works without wrecking my energy? 56F",
     "nutrition", "50~59", "female"),
]
