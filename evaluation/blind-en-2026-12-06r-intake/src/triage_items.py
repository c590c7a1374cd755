# Hand-written triage items for en19-intake.
# Each entry: (text, department, age_range, gender)

TRIAGE = [
    # cardiology
    ("Been getting palpitations, like my heart skips a beat then thumps, mostly when I lie down at night. ECG at the GP was normal. 44F, two coffees a day. Do I need one of those 24 hour monitors?",
     "cardiology", "40~49", "female"),
    ("my dad is 72 and his ankles swell up every evening, he gets puffed walking to the shop and now sleeps on 3 pillows. he had a heart attack 5 yrs ago. is his heart getting weaker?",
     "cardiology", "70~79", "male"),
    ("Home BP readings have been over 150/95 for a month even on amlodipine 10mg. What do they usually add next?",
     "cardiology", "50~59", "undisclosed"),
    ("Sports physical at school said I have a heart murmur and I need an echo before I can play basketball. I'm 16 (boy), feel totally fine. What could it be?",
     "cardiology", "10~19", "male"),

    # dentistry
    ("back tooth on the left throbs when i drink anything cold and the pain hangs around for like a minute after. no swelling. 29M",
     "dentistry", "20~29", "male"),
    ("My 6yo fell off the scooter and knocked out a front baby tooth. Gum has stopped bleeding and looks ok. Does anything need doing, or just wait for the adult tooth?",
     "dentistry", "0~9", "undisclosed"),
    ("Wisdom tooth half through at 22 and the gum flap over it keeps swelling up with a nasty taste. Third time this year. Do I need it out?",
     "dentistry", "20~29", "undisclosed"),
    ("Mum is 83 and her bottom denture has been rubbing a sore spot for weeks, she's stopped wearing it and can't chew properly. Can they be adjusted or does she need new ones?",
     "dentistry", "80+", "female"),

    # dermatology
    ("A mole on my back has changed shape and one edge is darker. Wife spotted it. I'm 51, fair skin, burned a lot as a kid.",
     "dermatology", "50~59", "male"),
    ("my acne is so bad i dont want to go to school 😭 tried benzoyl peroxide, the antibiotic cream and now the pill. 17F. what's left",
     "dermatology", "10~19", "female"),
    ("Silvery scaly patches on both elbows and knees, itchy, some on my scalp too. My dad has the same thing. 34 male. No joint pain.",
     "dermatology", "30~39", "male"),
    ("Round bald patches in my beard and on the back of my head, three so far, appeared in the last month. 26M. Stress?",
     "dermatology", "20~29", "male"),

    # endocrinology
    ("Thyroid bloods: TSH <0.01, free T4 high. Lost 6kg without trying, hands shake, heart racing. 38F. GP referring me but wait is months. What are the treatment options?",
     "endocrinology", "30~39", "female"),
    ("Type 1 for 20 years. My hypos are more frequent and I don't feel them coming anymore, my wife notices before me. Should I be asking for a pump or a sensor? 41",
     "endocrinology", "40~49", "male"),
    ("CT for a kidney stone picked up a 2.3cm 'adrenal incidentaloma'. They want hormone tests. What exactly are they looking for?",
     "endocrinology", "50~59", "undisclosed"),
    ("Calcium keeps coming back high (2.75) and PTH is high too. GP mentioned parathyroid. I'm a 63 year old woman and already have osteoporosis.",
     "endocrinology", "60~69", "female"),

    # family-medicine
    ("Cold for 10 days now, runny nose + cough, no fever, eating and sleeping ok. When is it worth seeing someone? 33M",
     "family-medicine", "30~39", "male"),
    ("Just turned 40. Healthy, no meds. What check-ups should I actually be getting at this age?",
     "family-medicine", "40~49", "undisclosed"),
    ("I'm tired all the time and not sleeping great. No other obvious symptoms. 27, female. Where do I even start with this?",
     "family-medicine", "20~29", "female"),
    ("Need my annual work physical form signed and would like my cholesterol checked while I'm there. 48 year old guy. Can a regular doctor do both?",
     "family-medicine", "40~49", "male"),

    # gastroenterology
    ("heartburn every night for 6 months. omeprazole works but it all comes back when i stop. 52M. do i need a camera test?",
     "gastroenterology", "50~59", "male"),
    ("Bloating and loose stools after anything with bread or pasta. My sister has coeliac. 31F. Should I stop gluten before testing?",
     "gastroenterology", "30~39", "female"),
    ("Alternating constipation and diarrhoea for over a year, cramps that ease after I go. Colonoscopy last year was clear. Is this IBS and who manages it? 36, woman.",
     "gastroenterology", "30~39", "female"),
    ("Routine bloods showed ALT 120. I drink about 10 units a week. Overweight, 45M. Is this fatty liver?",
     "gastroenterology", "40~49", "male"),

    # general-surgery
    ("Bulge in my right groin when I lift at work, disappears when I lie down. Aches a bit by the end of the day. 48M.",
     "general-surgery", "40~49", "male"),
    ("Ultrasound found gallstones after a few bouts of pain under my right ribs after fatty meals. GP says 'see the surgeons'. 42F. Do I have to have it out?",
     "general-surgery", "40~49", "female"),
    ("Soft lump on my back that moves under the skin, grown slowly over 2 years, now golf ball size. Lipoma? Can it be removed? I'm 39.",
     "general-surgery", "30~39", "undisclosed"),
    ("pilonidal sinus keeps flaring up, drained twice already. 20 yr old guy. is there a permanent fix",
     "general-surgery", "20~29", "male"),

    # hematology-oncology
    ("Platelets 98 on two blood tests a month apart. I feel completely fine. 58M. What causes that?",
     "hematology-oncology", "50~59", "male"),
    ("My wife (46) was just diagnosed with HER2 positive breast cancer. The oncologist mentioned chemo then Herceptin. How long does all that take?",
     "hematology-oncology", "40~49", "female"),
    ("Painless swollen glands in my neck for 2 months, drenching night sweats and I've lost about 5kg. 24M.",
     "hematology-oncology", "20~29", "male"),
    ("Iron deficiency anaemia that hasn't budged after 6 months of tablets. Hb still 9. Both scopes were normal. 67F. What now?",
     "hematology-oncology", "60~69", "female"),

    # infectious-diseases
    ("Diagnosed HIV positive last month, CD4 350. When do I start treatment and what are the side effects like? 29M",
     "infectious-diseases", "20~29", "male"),
    ("Work screening says latent TB (I'm a nurse). No symptoms, chest x-ray clear. Do I really need months of antibiotics? 35F",
     "infectious-diseases", "30~39", "female"),
    ("Recurrent MRSA boils, 4 in 6 months, and now my kids are getting them too. Is there a way to get rid of it for good? (me 38M)",
     "infectious-diseases", "30~39", "male"),
    ("ex just texted that he has syphilis 🙃 i have no symptoms. what tests do i need and how soon? 31F",
     "infectious-diseases", "30~39", "female"),

    # nephrology
    ("eGFR 38, creatinine 160, told stage 3b CKD. 66M, type 2 diabetic. How do I stop it getting worse?",
     "nephrology", "60~69", "male"),
    ("Foamy pee and puffy ankles for a few weeks, dipstick showed 3+ protein. 28F. What does that mean?",
     "nephrology", "20~29", "female"),
    ("Polycystic kidney disease runs in my family, mum is on dialysis. My ultrasound just showed cysts too. I'm 30. What's the plan from here?",
     "nephrology", "30~39", "undisclosed"),
    ("Dad's on dialysis 3x a week and he's exhausted and itchy all the time. He's 74. Anything that helps the itch?",
     "nephrology", "70~79", "male"),

    # neurology
    ("Migraines 12 days a month now, triptans only half work. 35F. Which preventive meds should I ask about?",
     "neurology", "30~39", "female"),
    ("Last year numbness down my left leg and blurred vision in one eye, both went away after a few weeks. Now tingling in both hands. 31F. Could it be MS?",
     "neurology", "30~39", "female"),
    ("Husband is 64. Tremor in his right hand when it's resting, walks with small shuffly steps, face less expressive. Parkinson's?",
     "neurology", "60~69", "male"),
    ("Twice in the last month I've 'blanked out' for about a minute and smacked my lips, my wife saw it both times. I don't remember. 45M. No injuries.",
     "neurology", "40~49", "male"),

    # obstetrics-gynecology
    ("Periods so heavy I'm changing a pad every hour on days 1-2, and clots. 42F. Could it be fibroids?",
     "obstetrics-gynecology", "40~49", "female"),
    ("24 weeks pregnant and my glucose test came back borderline. What happens now? Is the baby ok? (I'm 34)",
     "obstetrics-gynecology", "30~39", "female"),
    ("Menopause at 51, hot flushes wreck my sleep. Is HRT safe if my sister had breast cancer?",
     "obstetrics-gynecology", "50~59", "female"),
    ("TTC 14 months, 33F, regular cycles, partner's semen analysis normal. What tests should I ask for next?",
     "obstetrics-gynecology", "30~39", "female"),

    # ophthalmology
    ("Floaters slowly increasing in my right eye over a few months. No flashes, no curtain. I'm very short-sighted. 45M.",
     "ophthalmology", "40~49", "male"),
    ("Dry gritty eyes every evening, on screens all day for work. Drops barely help. 29F. Anything better?",
     "ophthalmology", "20~29", "female"),
    ("Mum's cataracts make night driving impossible with the glare. She's 76. How long is the wait usually and is the op hard at her age?",
     "ophthalmology", "70~79", "female"),
    ("My 4 year old daughter's left eye turns in when she's tired. Is that a lazy eye? Will she grow out of it?",
     "ophthalmology", "0~9", "female"),

    # orthopedics
    ("Knee gave way playing football and swelled up within the hour. 2 weeks later it still feels unstable going downstairs. ACL? 24M",
     "orthopedics", "20~29", "male"),
    ("Hip x-ray says bone on bone arthritis. 68F. How do you know when it's time for a replacement?",
     "orthopedics", "60~69", "female"),
    ("Bunion getting worse every year, can't wear normal shoes anymore. 55F. Is surgery worth it?",
     "orthopedics", "50~59", "female"),
    ("School nurse said my son's spine looks curved when he bends forward and mentioned scoliosis. He's 13 and growing fast. What happens next?",
     "orthopedics", "10~19", "male"),

    # otolaryngology
    ("Blocked nose on the right side for months and I've lost my sense of smell. 40M. Nasal sprays do nothing. Polyps?",
     "otolaryngology", "40~49", "male"),
    ("tonsillitis 7 times this year 😩 19F. can i get my tonsils out or do they not do that anymore",
     "otolaryngology", "10~19", "female"),
    ("Ringing in my left ear only and I think the hearing on that side is worse. Came on gradually over a year. 56F.",
     "otolaryngology", "50~59", "female"),
    ("Hoarse voice for 5 weeks. I'm a primary teacher so I talk all day, 38F, non-smoker. Should someone look at my vocal cords?",
     "otolaryngology", "30~39", "female"),

    # pediatrics
    ("My 3 year old has had a runny nose and a cough for a week. Eating fine, playing, no fever. Just a cold?",
     "pediatrics", "0~9", "undisclosed"),
    ("8 month old has dropped from the 50th to the 9th centile on weight over 3 months. Exclusively breastfed, starting solids slowly. Should we be worried?",
     "pediatrics", "0~9", "undisclosed"),
    ("our 5yo daughter still wets the bed every single night. dry in the day. is that normal at her age?",
     "pediatrics", "0~9", "female"),
    ("Son (10) gets tummy aches every school morning, GP couldn't find anything. Could it be anxiety? He's fine at weekends.",
     "pediatrics", "10~19", "male"),

    # psychiatry
    ("Felt low for months, can't enjoy anything, sleeping 12 hours and still tired. 23M. Not sure if it's depression or I'm just lazy.",
     "psychiatry", "20~29", "male"),
    ("I have to check the door lock 30 times before I can leave and I get these horrible intrusive thoughts. 34F. Is this OCD? Can it be treated?",
     "psychiatry", "30~39", "female"),
    ("My mum (58) has started saying the neighbours are spying on her through the walls and she hears them talking about her. She's never been like this.",
     "psychiatry", "50~59", "female"),
    ("41 and always been disorganised, lost 3 jobs for missing deadlines. How do I get assessed for ADHD as an adult?",
     "psychiatry", "40~49", "undisclosed"),

    # pulmonology
    ("Dry cough for 4 months, never smoked. CT says 'ground glass changes'. 61M. What does that mean?",
     "pulmonology", "60~69", "male"),
    ("COPD, on 3 inhalers, still get breathless walking to the car. My sats are 89% at rest on the home monitor. Should I be on oxygen? 70F",
     "pulmonology", "70~79", "female"),
    ("asthma getting worse, using my blue inhaler every day now and waking up at night coughing. 19M",
     "pulmonology", "10~19", "male"),
    ("CT for something else found a 7mm lung nodule. Ex-smoker, 55. They said repeat scan in 6 months. Is that safe to wait?",
     "pulmonology", "50~59", "undisclosed"),

    # rehabilitation
    ("Had a stroke 6 weeks ago, left arm still weak and clumsy. The hospital physio stopped when I went home. How do I get more therapy? 67M",
     "rehabilitation", "60~69", "male"),
    ("ACL reconstruction 3 months ago and I still can't fully straighten my knee. 28F. Is it too late to get it back?",
     "rehabilitation", "20~29", "female"),
    ("Dad (80) broke his hip in spring, had the op, and now he's scared to walk even with the frame. How do we build his strength and confidence?",
     "rehabilitation", "80+", "male"),
    ("Broke my ankle in January, plate and screws. Cleared to walk normally now. How do I build back up to running without wrecking it? 35M",
     "rehabilitation", "30~39", "male"),

    # rheumatology
    ("Morning stiffness in my hands for over an hour, knuckles swollen on both hands. 44F. Rheumatoid?",
     "rheumatology", "40~49", "female"),
    ("Lower back pain and stiffness worst in the mornings, gets better when I move. Had it since I was 20, now 27M. Uncle has ankylosing spondylitis.",
     "rheumatology", "20~29", "male"),
    ("Third gout attack this year, big toe again. 58M. Should I be on something long term?",
     "rheumatology", "50~59", "male"),
    ("ANA positive 1:640, sore joints, rash on my cheeks after sun. 32F. Lupus?",
     "rheumatology", "30~39", "female"),

    # urology
    ("weak stream, dribbling, up 3 times a night to pee. 63M. prostate?",
     "urology", "60~69", "male"),
    ("Third kidney stone in two years. 40M. How do I stop making them?",
     "urology", "40~49", "male"),
    ("Saw blood in my urine once last week, no pain at all, hasn't come back. I'm 70 and used to smoke. Do I need to see someone?",
     "urology", "70~79", "undisclosed"),
    ("Found a small hard lump on my left testicle in the shower 2 weeks ago. Doesn't hurt. I'm 29.",
     "urology", "20~29", "male"),

    # nutrition
    ("What should I be eating to lower my cholesterol without going on meds? 50M, like my takeaways too much.",
     "nutrition", "50~59", "male"),
    ("Our daughter (15) has gone vegan. How do we make sure she gets enough iron, B12 and protein?",
     "nutrition", "10~19", "female"),
    ("Training for my first marathon. How many carbs should I actually eat the day before? 31F, 58kg.",
     "nutrition", "30~39", "female"),
    ("Just diagnosed coeliac. The list of what I can't eat is overwhelming. What does a normal day of food look like? 38M",
     "nutrition", "30~39", "male"),
]
