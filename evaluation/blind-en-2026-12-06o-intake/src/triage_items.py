# Hand-written triage items. Each entry: (text, age_range, gender, department)
# 4 per department, 22 departments. No emergencies.

ITEMS = [
    # cardiology
    ("I'm 58, male, and by the evening my ankles are swollen like balloons. I get winded going up one flight of stairs now and I've started sleeping propped on 3 pillows because lying flat makes me cough. GP heard a murmur last year and said keep an eye on it.",
     "50~59", "male", "cardiology"),
    ("my mum (63) had an echo and the report says 'moderate aortic stenosis, valve area 1.2 cm2, preserved LV function'. she gets a bit puffed walking uphill. what happens next, does she need a new valve?",
     "60~69", "female", "cardiology"),
    ("Heart skips beats when I lie on my left side at night, like a thud then a pause. Been going on for months. 34 and otherwise healthy, but I drink about 5 coffees a day. Is this worth getting a monitor for?",
     "30~39", "undisclosed", "cardiology"),
    ("My husband is 71 and his 24 hour tape showed 'paroxysmal atrial fibrillation'. He's not on any blood thinner yet, just bisoprolol. Should he be? His GP said to wait for the heart clinic.",
     "70~79", "male", "cardiology"),

    # dentistry
    ("cracked a back molar on a popcorn kernel last night, no pain yet but there's a sharp edge cutting my tongue. 42F. can it wait till my dentist is back from holiday in 2 weeks?",
     "40~49", "female", "dentistry"),
    ("My 7 yr old's adult front tooth is coming through BEHIND the baby tooth, which still isn't even wobbly. Someone called it shark teeth. Do we need to get the baby tooth pulled?",
     "0~9", "undisclosed", "dentistry"),
    ("Gums pulling back and my teeth look long now, very sensitive to cold drinks. I'm 66, ex smoker. Is this periodontitis and can anything be done at my age?",
     "60~69", "undisclosed", "dentistry"),
    ("wisdom tooth bottom right keeps getting a swollen flap of gum over it every few months, hurts to open my mouth wide and tastes gross. im 19 (guy). do they just pull them now?",
     "10~19", "male", "dentistry"),

    # dermatology
    ("There's a mole on my back that my husband says looks darker than it used to and the edge is uneven now, kind of notched on one side. I'm 47 and fair skinned, lots of sunburns as a kid.",
     "40~49", "female", "dermatology"),
    ("my son is 16 and his acne is so bad it's leaving pitted scars on his cheeks. we've tried every wash and cream from the chemist. he won't go out with his friends anymore. what are the options",
     "10~19", "male", "dermatology"),
    ("Flaky scalp, and red patches with thick silvery scales on my elbows and behind my ears. 29, male. Dandruff shampoo does nothing. Psoriasis?",
     "20~29", "male", "dermatology"),
    ("gran is 82 and diabetic, she's got an itchy red ring-shaped rash in the fold of her groin and under her breasts that's spreading. carers have been putting sudocrem on. what should we use",
     "80+", "female", "dermatology"),

    # endocrinology
    ("Always cold, exhausted, gaining weight even though I'm eating less, hair coming out in the shower. 38F. TSH came back 7.8, free T4 low normal. Do I need thyroid tablets?",
     "30~39", "female", "endocrinology"),
    ("I'm 24, type 1 since I was a kid, and since I started night shifts my sugars are all over the place, highs in the morning and lows at 3am at work. Who can help me redo my pump basal rates?",
     "20~29", "undisclosed", "endocrinology"),
    ("Dad is 61, they found a 2cm nodule on his adrenal gland on a CT scan they did for his kidney stone. They called it an 'incidentaloma'. What tests does he need now?",
     "60~69", "male", "endocrinology"),
    ("My daughter is 14 and hasn't started her periods, no breast development either, and she's by far the shortest in her class, shorter than her 11 year old cousin. Should we see someone about her growth?",
     "10~19", "female", "endocrinology"),

    # family-medicine
    ("Haven't had a check-up in about 10 years. 45M, desk job, bit overweight. What should I actually ask for at a physical? Don't want to waste the appointment.",
     "40~49", "male", "family-medicine"),
    ("cold for a week now, stuffy nose, bit of a sore throat, no fever. 31. at what point is it worth bothering a doctor about a cold",
     "30~39", "undisclosed", "family-medicine"),
    ("I'm 52, a woman, and I'm just tired. All the time. No real other symptoms that I can point to, sleeping okay-ish, periods getting a bit irregular. I work full time, look after my grandson two afternoons a week, and by 8pm I'm done. My friends say it's 'just the change' but I don't want to assume. Where do I even start?",
     "50~59", "female", "family-medicine"),
    ("need a sick note for work after flu, I was off 5 days and they want something official. 27 year old guy. Who writes those, do I just ask my GP?",
     "20~29", "male", "family-medicine"),

    # gastroenterology
    ("Burning in my chest after most meals, sour taste coming up at night, worse lying down. Been on omeprazole 20mg for 6 months and still happening. 44F. Do I need a camera test?",
     "40~49", "female", "gastroenterology"),
    ("Bloating every day and alternating diarrhoea and constipation for 2 years. Colonoscopy at 40 was normal. Now 43. Is this just IBS forever or is there something else they can check?",
     "40~49", "undisclosed", "gastroenterology"),
    ("My father is 74 and food is getting stuck when he swallows, he says it feels like bread sticks halfway down his chest. Worse over the last 2 months and he's lost a bit of weight.",
     "70~79", "male", "gastroenterology"),
    ("Routine bloods showed raised liver enzymes, ALT 78. I drink maybe 2 beers a week. 36M, bit overweight. GP said fatty liver probably. Do I need a specialist?",
     "30~39", "male", "gastroenterology"),

    # general-surgery
    ("Bulge in my groin on the right that gets bigger when I cough or lift and goes back in when I lie down. 55M, I'm a builder. Doesn't really hurt. Does it need fixing?",
     "50~59", "male", "general-surgery"),
    ("Ultrasound showed gallstones after I had 3 attacks of pain under my right ribs after fatty meals. 39F. The pain goes after a few hours. Should I have my gallbladder taken out?",
     "30~39", "female", "general-surgery"),
    ("lump near my tailbone that swells up and drains every few months, smells awful. 22, hairy guy lol. pilonidal cyst? do they cut it out",
     "20~29", "male", "general-surgery"),
    ("my wife is 60 and has had a soft lump at her belly button since her last pregnancy decades ago. it's gotten bigger the last year and aches sometimes when she's been on her feet.",
     "60~69", "female", "general-surgery"),

    # hematology-oncology
    ("My bloods showed platelets of 620 on two separate tests, a month apart. 57F. GP is referring me. What causes high platelets? I feel fine.",
     "50~59", "female", "hematology-oncology"),
    ("Breast cancer survivor, finished chemo and radiotherapy 2 years ago, on letrozole. Now I've had a deep ache in my right hip for 6 weeks that wakes me at night. 49. Who do I tell?",
     "40~49", "female", "hematology-oncology"),
    ("my son is 19, he's had swollen glands in his neck for 6 weeks that aren't going down, plus night sweats soaking the sheets and he's lost weight without trying. GP did bloods.",
     "10~19", "male", "hematology-oncology"),
    ("There's a BRCA2 mutation on my dad's side, my aunt and cousin both had it. I'm 33. Should I be tested and who even does that, do I go through my GP?",
     "30~39", "undisclosed", "hematology-oncology"),

    # infectious-diseases
    ("Just tested positive for latent TB on the quantiferon they did for my new hospital job. 26F, no symptoms, chest x-ray clear. Do I need 3 months or 6 months of pills?",
     "20~29", "female", "infectious-diseases"),
    ("HIV positive since 2015, undetectable on Biktarvy for years. 41, gay man. Is the every-2-months injection a good option for me? Tired of daily pills reminding me.",
     "40~49", "male", "infectious-diseases"),
    ("Recurrent cellulitis in my left leg, this is the 4th episode this year and each time it's a course of flucloxacillin. I'm 67. Does anyone do long-term preventive antibiotics for this?",
     "60~69", "undisclosed", "infectious-diseases"),
    ("Tick bite on a hiking trip 2 weeks ago and now there's a big bullseye rash round it, like 10cm, and I feel achy and tired. 35, female. Lyme? The GP is booked for a week.",
     "30~39", "female", "infectious-diseases"),

    # nephrology
    ("eGFR has dropped from 62 to 48 over a year. 69M, diabetic and high blood pressure. GP says chronic kidney disease stage 3. Who should I be seeing about this?",
     "60~69", "male", "nephrology"),
    ("Foamy pee every morning and my ankles are puffy by lunchtime. 32F. The urine dip at the GP showed protein 3+. What could cause that?",
     "30~39", "female", "nephrology"),
    ("My mother is 77 with stage 4 CKD and her kidney doctor is talking about a fistula in her arm to get ready for dialysis. What's involved and does she have to decide now?",
     "70~79", "female", "nephrology"),
    ("polycystic kidney disease runs in my family (dad and grandad). i'm 25 and my BP is creeping up, 140/90 last two times. should i get scanned?",
     "20~29", "undisclosed", "nephrology"),

    # neurology
    ("Migraine with aura 3-4 times a month now, used to be maybe once a month. 36F. Triptans work but I'd like something preventive. What are the options?",
     "30~39", "female", "neurology"),
    ("My husband is 68 and has a tremor in his right hand when it's resting in his lap. He's walking slower with little shuffly steps and his writing has got tiny.",
     "60~69", "male", "neurology"),
    ("I'm 23 and had my first ever seizure last month, got checked at the ER, bloods and CT fine. EEG booked for next month. Am I allowed to drive in the meantime?",
     "20~29", "undisclosed", "neurology"),
    ("Tingling and numbness in my feet that's slowly crept up to my ankles over about a year. 59, not diabetic, don't drink much. What could it be?",
     "50~59", "undisclosed", "neurology"),

    # obstetrics-gynecology
    ("Heavy periods with big clots, I'm changing a super pad every hour on day 2 and flooding at night. 43F. Could it be fibroids? Getting tired of it honestly.",
     "40~49", "female", "obstetrics-gynecology"),
    ("I'm 29 and about 8 weeks pregnant with my first! When is the first scan and what blood tests should I expect? Feeling a bit lost.",
     "20~29", "female", "obstetrics-gynecology"),
    ("Postmenopausal, 62, and I've had some light spotting twice this month. I haven't bled at all in 10 years. Not on HRT.",
     "60~69", "female", "obstetrics-gynecology"),
    ("My daughter is 17 and has really painful periods, she misses a day or two of school every month, ibuprofen barely helps. Could it be endometriosis?",
     "10~19", "female", "obstetrics-gynecology"),

    # ophthalmology
    ("Seeing more floaters in my right eye over the past few months, little cobwebs. No flashes, no shadow. 54 and very short-sighted. Do I need an eye exam?",
     "50~59", "undisclosed", "ophthalmology"),
    ("Gran's vision is cloudy and she sees halos round the headlights when she drives at night, which she shouldn't really be doing. She's 76.",
     "70~79", "female", "ophthalmology"),
    ("my 4 year old's left eye turns in towards his nose when he's tired. the nursery mentioned it too. is that a lazy eye and do they still patch",
     "0~9", "male", "ophthalmology"),
    ("Dry, gritty eyes all day at the computer, 30 years old, eye drops from the chemist do basically nothing. Also redness by evening.",
     "30~39", "undisclosed", "ophthalmology"),

    # orthopedics
    ("Knee gave way playing 5-a-side, heard a pop, swelled up the same night. Now it feels unstable whenever I pivot. 26M. ACL?",
     "20~29", "male", "orthopedics"),
    ("Bunion on my right foot getting worse and worse, my big toe is now crossing over the second one and I can't wear normal shoes. 58F.",
     "50~59", "female", "orthopedics"),
    ("Shoulder pain when I lift my arm overhead and I can't sleep on that side, been 3 months now. I'm a 47 year old painter and decorator so I kind of need my arm.",
     "40~49", "undisclosed", "orthopedics"),
    ("my 13 year old son has started limping after football and complains of pain in his knee and sometimes the hip. he's quite a heavy lad. growing pains?",
     "10~19", "male", "orthopedics"),

    # otolaryngology
    ("Constant blocked nose on one side for a year and I've lost most of my sense of smell. Nasal sprays don't touch it. 45M.",
     "40~49", "male", "otolaryngology"),
    ("She's 6 and has had tonsillitis 7 times this year. Antibiotics every time. When do they take tonsils out these days?",
     "0~9", "female", "otolaryngology"),
    ("My voice has been hoarse for 5 weeks without any cold. I'm 62 and teach singing lessons so it's a problem. Who checks vocal cords?",
     "60~69", "undisclosed", "otolaryngology"),
    ("Slowly losing hearing in my left ear over the last year, plus a ringing. 39F. Right ear seems fine. Earwax?",
     "30~39", "female", "otolaryngology"),

    # pediatrics
    ("My 3 year old has had a runny nose and a cough for 2 weeks, still eating and playing fine, no fever. Do I need to bring her in or just wait?",
     "0~9", "female", "pediatrics"),
    ("baby is 4 months and spits up after nearly every feed, but he's gaining weight well and is happy and smiley. reflux? do we need medicine",
     "0~9", "male", "pediatrics"),
    ("8 yo boy still wets the bed most nights. Dry during the day no problem. Is that normal at this age, should I see someone?",
     "0~9", "male", "pediatrics"),
    ("My 5 year old daughter keeps getting tummy aches in the mornings before school, no diarrhoea or vomiting, fine at weekends. Should the doctor see her?",
     "0~9", "female", "pediatrics"),

    # psychiatry
    ("I'm 34 and I've been low for months now. No motivation, sleeping 12 hours and still tired, can't enjoy anything. Not suicidal, just empty. Where do I start?",
     "30~39", "undisclosed", "psychiatry"),
    ("My son is 20 and has started hearing voices and believes the neighbours are watching him through the walls. He's stopped going to uni. He won't see anyone. How do we get him help?",
     "20~29", "male", "psychiatry"),
    ("Panic attacks on the tube most mornings now, heart pounding, feel like I'm going to pass out. 27F. Can't keep missing work. Meds or therapy?",
     "20~29", "female", "psychiatry"),
    ("dad is 72 and since mum died in spring he's drinking more, hardly leaves the house, stopped calling his friends. he used to do the crossword every morning and go to the bowls club and now he just sits with the telly on. he's not said anything about hurting himself, he just says whats the point. how do we get him help when he insists he's fine",
     "70~79", "male", "psychiatry"),

    # pulmonology
    ("Asthma not controlled even on Symbicort twice daily, still using my rescue inhaler 4 times a week and waking at night. 40F. What's the next step?",
     "40~49", "female", "pulmonology"),
    ("Chest CT for something else found a 6mm nodule in my right lung. 63, ex-smoker (quit 10 years ago). They said follow-up scan in a year. Is that enough?",
     "60~69", "undisclosed", "pulmonology"),
    ("Snoring, wife says I stop breathing, I wake up gasping and I'm falling asleep at my desk. 50 male, collar size 18. Who do I see?",
     "50~59", "male", "pulmonology"),
    ("Dry cough for 3 months and getting short of breath walking the dog. GP heard crackles at both bases. 71, worked in a shipyard in the 70s.",
     "70~79", "undisclosed", "pulmonology"),

    # rehabilitation
    ("Dad is 74 and had a stroke 6 weeks ago, left arm still weak and he drags his left foot a bit. He's home now. How do we get him more physio, the community team only comes once a week?",
     "70~79", "male", "rehabilitation"),
    ("4 months post ACL reconstruction and I still can't jog without pain and my quad looks tiny compared to the other leg. 24F. Is that normal progress?",
     "20~29", "female", "rehabilitation"),
    ("broke my wrist 8 weeks ago, cast came off last week and it's so stiff I can't turn a key or open a jar. 56. will it loosen up on its own?",
     "50~59", "undisclosed", "rehabilitation"),
    ("After a car accident last year I'm walking with a stick and have constant lower back pain. 45 male. Is there some kind of programme to build my strength back up?",
     "40~49", "male", "rehabilitation"),

    # rheumatology
    ("Morning stiffness in my hands lasting a couple of hours, knuckles swollen on both hands. 41F. Blood test came back RF positive. What now?",
     "40~49", "female", "rheumatology"),
    ("Lower back pain that's worse in the morning and better once I get moving, for over a year now. Wakes me in the second half of the night. 28M. Could it be ankylosing spondylitis?",
     "20~29", "male", "rheumatology"),
    ("Mum (69) has pain and stiffness in both shoulders and both hips, she can barely get out of bed in the mornings. Came on over a few weeks. Her ESR was high.",
     "60~69", "female", "rheumatology"),
    ("Gout attacks 5 times this year, mostly big toe, once the ankle. 53M. I want to start something preventive. Which specialist manages that?",
     "50~59", "male", "rheumatology"),

    # urology
    ("Getting up 4 times a night to pee and the stream is weak, takes ages to get going. 66M.",
     "60~69", "male", "urology"),
    ("Passed a kidney stone last year and it was the worst pain of my life, never again. 37. What tests do they do to stop another one forming?",
     "30~39", "undisclosed", "urology"),
    ("Erection problems for about 6 months. 48, otherwise healthy, not on any meds. Embarrassed to even type this.",
     "40~49", "male", "urology"),
    ("I saw blood in my urine once last week, bright pink, no pain at all. 70 year old woman, ex-smoker. It hasn't happened again.",
     "70~79", "female", "urology"),

    # nutrition
    ("Just diagnosed coeliac at 31. What can I actually eat?? I'm overwhelmed, is oats ok, is beer ok, what about eating out",
     "30~39", "undisclosed", "nutrition"),
    ("I'm 17, nonbinary, vegan and do a lot of running. How do I get enough iron and B12 and protein without supplements? My mum thinks I'll get ill.",
     "10~19", "other", "nutrition"),
    ("husband, 59, newly diagnosed prediabetes. what should his meals actually look like? he's a meat and potatoes man",
     "50~59", "male", "nutrition"),
    ("My 2 year old only eats pasta, yogurt and bananas. He's growing fine. How do I get more vegetables and protein into him?",
     "0~9", "male", "nutrition"),
]
