# Hand-written triage items: (text, department, age_range, gender). No emergencies.

ITEMS = [
    # cardiology
    ("My heart skips a beat a few times an hour, mostly when I'm lying in bed at night. It's like a thud then a pause. 45F, no other symptoms, no chest pain. Should I be asking for a Holter monitor?",
     "cardiology", "40~49", "female"),
    ("Dad is 71 and at his flu jab the nurse heard a heart murmur for the first time. Echo is booked but the wait is 3 months. He gets a bit puffed on hills. What might it be? Aortic stenosis?",
     "cardiology", "70~79", "male"),
    ("Afib diagnosed last year, on bisoprolol and apixaban. I still get runs of fast irregular heartbeat every couple of weeks, lasting about an hour, then it settles. Is ablation something I should ask about?",
     "cardiology", "60~69", "undisclosed"),
    ("im 26 m and my smartwatch keeps saying my resting heart rate is 105. i dont feel bad at all. is that a heart thing or is the watch broken",
     "cardiology", "20~29", "male"),

    # dentistry
    ("Wisdom tooth bottom left is coming in sideways and pushing on the one in front. Gums sore and I can't open wide. I'm 19. Does it need to come out?",
     "dentistry", "10~19", "undisclosed"),
    ("My 6 yo knocked out a front baby tooth early after falling off the monkey bars (last week, bleeding stopped straight away). Will the adult tooth still come in ok?",
     "dentistry", "0~9", "undisclosed"),
    ("Gums bleed every single time I floss and my dentist retired. 52 year old woman. Is this gum disease and is it reversible?",
     "dentistry", "50~59", "female"),
    ("Crown came off while eating toffee 🙃 no pain at all. Can I glue it back on with the stuff from the pharmacy until I can get an appointment?",
     "dentistry", "40~49", "undisclosed"),

    # dermatology
    ("Mole on my shoulder has changed shape over the summer and one edge is darker now. My wife noticed. 34M. How quickly should it be looked at?",
     "dermatology", "30~39", "male"),
    ("Scalp psoriasis flaring again, coal tar shampoo doing nothing, flakes on all my black tops. I'm 41, woman. What's the next step?",
     "dermatology", "40~49", "female"),
    ("hair falling out in round patches, like coin sized, smooth skin underneath. 23 female. is this stress or something else",
     "dermatology", "20~29", "female"),
    ("My husband (58) has a scaly pink patch on his nose that won't heal and bleeds when he shaves. He was a roofer for 30 years, no sunscreen ever.",
     "dermatology", "50~59", "male"),

    # endocrinology
    ("Calcium keeps coming back high (10.9) and PTH is high too. 62 F. I had a kidney stone last year and my bones ache. Who do I see about this?",
     "endocrinology", "60~69", "female"),
    ("Type 1 for 20 years, and since perimenopause started my basal rates seem all over the place. Lows at 3am, highs after lunch. Who adjusts pump settings for this?",
     "endocrinology", "40~49", "female"),
    ("My son is 15 and much shorter than all his friends, and he hasn't started puberty at all yet - no voice change, nothing. His dad was a late bloomer. Should he have hormone tests?",
     "endocrinology", "10~19", "male"),
    ("Incidental adrenal nodule 2.1 cm on a CT done for something else. Doctor said 'probably nothing but needs a workup'. What workup? 55, male.",
     "endocrinology", "50~59", "male"),

    # family-medicine
    ("Age: 35\nSex: M\nLast check-up: ~8 years ago\nComplaints: none really\nQuestion: what should a basic physical include, and should I ask for bloods?",
     "family-medicine", "30~39", "male"),
    ("Cold for 6 days now, stuffy nose, mild sore throat, no fever. Anything besides rest and tea? - 29 F",
     "family-medicine", "20~29", "female"),
    ("Just feel run down all the time. Not sick exactly, just tired and achy and a bit foggy. I'm 48. No idea where to even start, can someone point me in a direction?",
     "family-medicine", "40~49", "undisclosed"),
    ("Need a sick note for work after a stomach bug (it's over now, was off 3 days). Who do I ask for that? 31 year old guy, never needed one before.",
     "family-medicine", "30~39", "male"),

    # gastroenterology
    ("Bloating and alternating diarrhoea and constipation for about a year now, worse when I'm stressed. 27 F. Is this IBS or should I push for a camera test?",
     "gastroenterology", "20~29", "female"),
    ("Dad, 66, has trouble swallowing solids - he says meat feels stuck halfway down his chest and he has to drink water to get it down. He's lost a bit of weight.",
     "gastroenterology", "60~69", "male"),
    ("UC flare for 3 weeks, going 8 times a day with some blood, mesalamine isn't cutting it. 38 M. What comes after mesalamine?",
     "gastroenterology", "30~39", "male"),
    ("Colonoscopy prep question: I'm 50 and it's my first one. Which prep is least awful and can I have jelly the day before?",
     "gastroenterology", "50~59", "undisclosed"),

    # general-surgery
    ("there's a bulge at my belly button that gets bigger when i cough. 44 m. doesn't hurt. umbilical hernia? do they always need repairing",
     "general-surgery", "40~49", "male"),
    ("Gallstones confirmed on ultrasound, 3 attacks in 2 months after fatty meals, each one settles after a few hours. 39, woman. Do I need my gallbladder out?",
     "general-surgery", "30~39", "female"),
    ("Pilonidal cyst keeps coming back, drained twice already. 21M. Is there a proper surgery that actually fixes it?",
     "general-surgery", "20~29", "male"),
    ("Soft lump on my back, about 5 cm now, doctor said lipoma years ago but it keeps growing and it's uncomfortable when I lie down. 47 F. Can it be removed?",
     "general-surgery", "40~49", "female"),

    # hematology-oncology
    ("Just diagnosed with stage 2 breast cancer at 46. The oncologist wants chemo before surgery, not after. Why that order? Is it because it's worse than they're saying?",
     "hematology-oncology", "40~49", "female"),
    ("My platelets have been 450-520 for two years. They've ordered a JAK2 test. 58 male. What are they looking for?",
     "hematology-oncology", "50~59", "male"),
    ("Husband, 63, has CLL and is on watch and wait. His lymphocyte count keeps creeping up each check. At what point do they start treatment?",
     "hematology-oncology", "60~69", "male"),
    ("I bruise really easily and my periods are super heavy, and my mom has von Willebrand disease. I'm 17. Can I get tested for it?",
     "hematology-oncology", "10~19", "female"),

    # infectious-diseases
    ("Got back from Ghana 2 weeks ago and I'm getting fevers and chills on and off, feel ok in between. 32 M. Didn't finish my malaria tablets. Who should test me?",
     "infectious-diseases", "30~39", "male"),
    ("HIV positive, undetectable for 5 years on daily tablets. Can I switch to the injection every 2 months? 41 M.",
     "infectious-diseases", "40~49", "male"),
    ("Recurrent MRSA boils, 6 in a year, mostly thighs and armpits. 28 female. Is there a way to get rid of it for good?",
     "infectious-diseases", "20~29", "female"),
    ("Planning a trip to Peru including the Amazon next spring. Which vaccines do I need and how far ahead? I'm 60, retired, woman, healthy.",
     "infectious-diseases", "60~69", "female"),

    # nephrology
    ("eGFR dropped from 68 to 52 in a year. 69 M, diabetic for 20 years. Should I be seeing a kidney specialist now?",
     "nephrology", "60~69", "male"),
    ("Protein in my urine on 3 dipsticks in a row and my eyes are puffy every morning. 24 F. Urine is frothy too. What does this mean?",
     "nephrology", "20~29", "female"),
    ("Dad is 82 and on dialysis 3x a week at the unit, it's an hour each way in patient transport. He's wiped out after every session and says he'd rather stop than keep doing the travel. Is home dialysis (the overnight bag one?) possible at his age?",
     "nephrology", "80+", "male"),
    ("Polycystic kidney disease runs in my family (mum and grandad). My ultrasound showed a few cysts already. I'm 30. Is there medication to slow it down?",
     "nephrology", "30~39", "undisclosed"),

    # neurology
    ("Migraines 10+ days a month for two years. Tried topiramate and propranolol, neither helped. 36 F. Am I a candidate for the CGRP injections?",
     "neurology", "30~39", "female"),
    ("Husband is 67 and has a tremor in his right hand when it's resting, and he's started walking with little shuffling steps. Parkinson's? Who diagnoses it?",
     "neurology", "60~69", "male"),
    ("Numbness and tingling in my left leg on and off for a month, and last year I had blurry vision in one eye that got better by itself. 29 F. Could this be MS?",
     "neurology", "20~29", "female"),
    ("Restless legs every single night. Creepy-crawly feeling in my calves as soon as I sit down in the evening, have to get up and pace. 55 M. Ferritin was fine (110). My wife has moved to the spare room. What are the options?",
     "neurology", "50~59", "male"),

    # obstetrics-gynecology
    ("Irregular periods (every 45-60 days), acne, and hair growing on my chin. 22 F. Could this be PCOS? How do they test?",
     "obstetrics-gynecology", "20~29", "female"),
    ("Pregnant with number 2, 12 weeks. Had an emergency C-section last time for a stuck baby. Can I try for a VBAC?",
     "obstetrics-gynecology", "30~39", "female"),
    ("Post-menopausal spotting, just a little pink on the tissue twice this month. I'm 61. Last period was at 52.",
     "obstetrics-gynecology", "60~69", "female"),
    ("can't feel my IUD strings anymore. 27f. no pain, period normal. should it be checked or is it fine",
     "obstetrics-gynecology", "20~29", "female"),

    # ophthalmology
    ("Eye pressure was 24 at the optician, they told me to see an eye doctor. 57 M. Does that mean glaucoma?",
     "ophthalmology", "50~59", "male"),
    ("Cataract surgery next month for my mother, she's 86 and still does the crossword in pen, so she wants to keep reading without glasses if she can. The hospital asked which lens type she wants. What's the difference between monofocal and multifocal, and is multifocal worth paying extra for at her age?",
     "ophthalmology", "80+", "female"),
    ("Dry, gritty eyes all day, the drops help for about 10 minutes. 44 F, computer job. Anything stronger?",
     "ophthalmology", "40~49", "female"),
    ("My 4 year old's left eye wanders inward when she's tired. Grandma says she'll grow out of it. Will she?",
     "ophthalmology", "0~9", "female"),

    # orthopedics
    ("Knee locks and clicks since I twisted it skiing 3 weeks ago. Swelling went down but it catches on stairs. 33 M. Meniscus tear?",
     "orthopedics", "30~39", "male"),
    ("Hip arthritis, 'bone on bone' on the x-ray. 68 F. Pain at night now. When is it time for a replacement?",
     "orthopedics", "60~69", "female"),
    ("bunion getting worse, can barely wear shoes now. 49 female. is surgery the only fix",
     "orthopedics", "40~49", "female"),
    ("Our 14 year old son has a curve in his spine that was picked up at a school check. Will he need a brace?",
     "orthopedics", "10~19", "male"),

    # otolaryngology
    ("Hoarse voice for 6 weeks now, no cold, no pain. 59, smoker, male. Wife is nagging me.",
     "otolaryngology", "50~59", "male"),
    ("Son (5) has had 7 ear infections this year and his hearing seems worse. Should we ask about grommets?",
     "otolaryngology", "0~9", "male"),
    ("Chronic sinusitis + nasal polyps. Can't smell ANYTHING for a year, which is grim as a chef. Steroid spray twice a day not helping. 43 M. Surgery?",
     "otolaryngology", "40~49", "male"),
    ("tonsil stones every week 🤢 and bad breath no matter what. 25 F. can they take my tonsils out for this?",
     "otolaryngology", "20~29", "female"),

    # pediatrics
    ("Grandad here, looking after the little one (18 months) this week while her parents are away. She's had a runny nose and cough for a week now. Eating ok, bit of a temperature the first two days, fine now, still toddling about. Anything that actually helps or do we just wait it out?",
     "pediatrics", "0~9", "female"),
    ("My 7 yo daughter has a stomach bug, she threw up twice this morning but she's keeping sips of water down now and watching telly. What should I give her to eat?",
     "pediatrics", "0~9", "female"),
    ("Which vaccines are due at the 4 year check? Our son turns 4 next month and I can't find the schedule.",
     "pediatrics", "0~9", "male"),
    ("Baby (3 months) has a nappy rash that won't go away with zinc cream, bright red with little spots at the edges. Thrush?",
     "pediatrics", "0~9", "undisclosed"),

    # psychiatry
    ("I've been feeling low for about 3 months. No motivation, sleeping 12 hours and still tired, stopped seeing friends. Not suicidal. 30 M. Is this depression?",
     "psychiatry", "30~39", "male"),
    ("My wife (34) checks the locks and the stove 20+ times before we can leave the house and it's getting worse. She gets really upset if I interrupt. OCD?",
     "psychiatry", "30~39", "female"),
    ("Diagnosed ADHD as a kid, stopped meds at 18. Now I'm 27 (nonbinary, they/them) and really struggling to keep up at work - missed deadlines, 40 tabs open, forgetting meetings. Can I just restart my old meds or do I need a whole new assessment?",
     "psychiatry", "20~29", "other"),
    ("Mum (70) has been drinking a bottle of wine every night since Dad died last year. She's not falling or anything but it's every night. How do I get her help?",
     "psychiatry", "70~79", "female"),

    # pulmonology
    ("COPD, on two inhalers, still breathless walking up the stairs at home, same as it's been for a while. 72 M, ex-smoker. Is there anything else to try?",
     "pulmonology", "70~79", "male"),
    ("Lung nodule 7 mm found on a CT for my kidney stones. Follow-up scan in 6 months. 55 F, never smoked. Should I be worried?",
     "pulmonology", "50~59", "female"),
    ("Chronic cough for 4 months, dry, worse at night. Not asthma (tested), not reflux (tried PPIs). 38 F. What next?",
     "pulmonology", "30~39", "female"),
    ("So after months of tests (it started with a cough that wouldn't quit, then a chest x-ray, then a CT, then a bronchoscopy) they've told me it's sarcoidosis, lymph nodes in the chest. I'm 42, male, and honestly I feel fine now, the cough is mostly gone. The doctor mentioned prednisone but said it's 'not urgent'. Do I really need steroids if I feel ok? What happens if I don't take them?",
     "pulmonology", "40~49", "male"),

    # rehabilitation
    ("Mum had a stroke 2 months ago, she's 69, left side still weak. She's home now. Is home physio enough or should we push for an inpatient rehab unit?",
     "rehabilitation", "60~69", "female"),
    ("Broke my ankle in May, cast came off last week and I'm walking with a limp. 31 F. How much physio do people usually need?",
     "rehabilitation", "30~39", "female"),
    ("Knee replacement 4 weeks ago and I can only bend it to about 80 degrees. 66 M. Is it too late to get more bend?",
     "rehabilitation", "60~69", "male"),
    ("Car accident 6 months ago, whiplash. Neck still stiff and I can't turn enough to reverse the car. 45 F. What kind of therapy helps?",
     "rehabilitation", "40~49", "female"),

    # rheumatology
    ("Morning stiffness for 2 hours, swollen knuckles in both hands, tired all the time. 39 F. Could this be rheumatoid arthritis?",
     "rheumatology", "30~39", "female"),
    ("Uric acid still 7.5 on allopurinol 100 mg and I had another gout flare last month. 52 M. Should the dose go up?",
     "rheumatology", "50~59", "male"),
    ("Lower back pain that's worse in the morning and gets better when I move around, plus my heels hurt. 26 M. Could it be ankylosing spondylitis?",
     "rheumatology", "20~29", "male"),
    ("I have lupus, stable on hydroxychloroquine for 3 years. 31 F. Is it safe to try for a baby and do I stay on it?",
     "rheumatology", "30~39", "female"),

    # urology
    ("Posting for my husband because he won't. He's 64 and he's up 3 or 4 times a night to pee, then stands there forever because the stream is so weak. He also dribbles after. I'm the one not sleeping! Is this his prostate and who does he need to see?",
     "urology", "60~69", "male"),
    ("Third kidney stone in 2 years 😩 41 M. Drinking more water already. They never analysed the stones. Is there anything that actually stops them coming back?",
     "urology", "40~49", "male"),
    ("thinking about the snip. 38, two kids, we're done. how long is recovery and how long off work? i do building work",
     "urology", "30~39", "male"),
    ("Saw blood in my pee once last week, bright red, no pain, cleared up after. 60, ex-smoker, male. Do I need to get this looked at?",
     "urology", "60~69", "male"),

    # nutrition
    ("what should i eat to lower cholesterol without tablets. 47 m, ldl 4.2. i LOVE cheese and that is not negotiable lol",
     "nutrition", "40~49", "male"),
    ("My 16 year old daughter has gone vegetarian. How do I make sure she gets enough protein and iron? She hates beans.",
     "nutrition", "10~19", "female"),
    ("Is intermittent fasting (16:8) ok for someone with type 2 on metformin? 58 F, trying to lose 10 kg.",
     "nutrition", "50~59", "female"),
    ("Training for my first marathon. How many carbs should I be eating the day before, and what about during the race? 32",
     "nutrition", "30~39", "undisclosed"),
]
