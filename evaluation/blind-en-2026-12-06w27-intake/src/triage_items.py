# Hand-written triage items: (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("My husband's 62 and his heart skips every few beats, been like that a few weeks. GP did an ECG and said ectopics but he wants a proper heart specialist to look.",
     "cardiology", "60~69", "male"),
    ("Echo showed my aortic valve is narrowing, 'moderate stenosis'. I'm a 71 year old man, no symptoms yet. How often should it be checked and when do they operate?",
     "cardiology", "70~79", "male"),
    ("38F, get palpitations with dizziness, my smartwatch flagged atrial fibrillation twice this month. it stops after a few minutes each time",
     "cardiology", "30~39", "female"),
    ("Cholesterol's fine but my coronary calcium score came back 240. I'm 55, male. What does that actually mean for my heart?",
     "cardiology", "50~59", "male"),

    # dentistry
    ("my back tooth crumbled when i ate toffee, doesnt hurt but theres a sharp edge cutting my tongue. 27f",
     "dentistry", "20~29", "female"),
    ("My 6 year old's adult front tooth is coming in behind the baby tooth which still hasn't fallen out. Do we need to get the baby one pulled?",
     "dentistry", "0~9", "undisclosed"),
    ("Gums bleed every time I brush and my breath is bad no matter what. I'm 50 and I smoke.",
     "dentistry", "50~59", "undisclosed"),
    ("Asking for my husband (34): he got a filling yesterday and now his bite feels high and the tooth aches when he chews. Go back or wait?",
     "dentistry", "30~39", "male"),

    # dermatology
    ("scaly patch on my elbow thats been there for months, silvery on top, itchy. 31, guy. now one on my knee too",
     "dermatology", "30~39", "male"),
    ("Acne along my jawline at 42, and I never even had spots as a teenager! What's going on?",
     "dermatology", "40~49", "undisclosed"),
    ("My mum has a mole on her cheek that's got bigger and darker over the last year, she's 67 and spent her life in the garden.",
     "dermatology", "60~69", "female"),
    ("Teenage son, 16, has really bad cystic acne on his face and back, over the counter stuff does nothing and he won't leave the house.",
     "dermatology", "10~19", "male"),
    ("I'm nonbinary, 27, about 8 months on testosterone, and my acne has absolutely exploded across my back. What can I use?",
     "dermatology", "20~29", "other"),

    # endocrinology
    ("Thyroid nodule found on an ultrasound they did for my neck pain, 2.3 cm. I'm a 48 year old woman. Do I need a biopsy?",
     "endocrinology", "40~49", "female"),
    ("Type 1 since I was 9, now 24, and my sugars shoot up every morning between 4 and 8am. Dawn phenomenon? Should my basal change?",
     "endocrinology", "20~29", "undisclosed"),
    ("my calcium keeps coming back high (2.75) and the PTH is high too. 59 year old woman. what does that mean",
     "endocrinology", "50~59", "female"),
    ("Our son is 14 and hasn't started puberty at all, he's by far the shortest in his year and it's getting him down.",
     "endocrinology", "10~19", "male"),
    ("Trans woman, 34, on estradiol patches for 3 years. Latest bloods say my prolactin is high. Should the dose change?",
     "endocrinology", "30~39", "other"),

    # family-medicine
    ("Just turned 40 and haven't had a check-up in years. What should I actually get tested?",
     "family-medicine", "40~49", "undisclosed"),
    ("Cold for 5 days now, runny nose, scratchy throat, no fever. Anything I can take besides paracetamol? (33, bloke)",
     "family-medicine", "30~39", "male"),
    ("I've been tired all the time for a couple of months, can't tell if it's stress or something else. 28F, otherwise healthy, periods normal.",
     "family-medicine", "20~29", "female"),
    ("Dad is 74 and wants to know if he should get the shingles jab and the pneumonia jab this year, he's never had either.",
     "family-medicine", "70~79", "male"),

    # gastroenterology
    ("Heartburn nearly every night for a year, omeprazole helps but only partly. 57, male, I do like a drink.",
     "gastroenterology", "50~59", "male"),
    ("I alternate between diarrhoea and constipation with cramps and bloating, it's been years. Colonoscopy was clear. 35F. What now?",
     "gastroenterology", "30~39", "female"),
    ("My liver enzymes came back high on a routine blood test, ALT 110, I hardly drink. 44 yo man, a bit overweight round the middle.",
     "gastroenterology", "40~49", "male"),
    ("Dad's 69, his last colonoscopy found 3 polyps and they want to repeat it in 3 years. Isn't that a long time?",
     "gastroenterology", "60~69", "male"),

    # general-surgery
    ("There's a bulge in my groin when I cough or lift things at work, goes away when I lie down. 48, man. Hernia?",
     "general-surgery", "40~49", "male"),
    ("Gallstones on ultrasound and I've had 3 attacks of pain under my ribs after fatty meals this year. Should I get the gallbladder out? 39 F",
     "general-surgery", "30~39", "female"),
    ("have a pilonidal cyst at the top of my bum crack that keeps getting infected, 21 year old guy, drained twice already",
     "general-surgery", "20~29", "male"),
    ("My wife (53) has a soft lump on her back that has grown to about the size of an egg, it moves under the skin. Lipoma? Can it be cut out?",
     "general-surgery", "50~59", "female"),

    # hematology-oncology
    ("Blood test shows my platelets are 620, repeated twice and still high. I'm 58, female. GP mentioned a 'myeloproliferative' something.",
     "hematology-oncology", "50~59", "female"),
    ("My husband finished chemo for lymphoma last spring, he's 46. What follow-up scans are normal from here?",
     "hematology-oncology", "40~49", "male"),
    ("Iron deficiency anaemia that isn't getting better with tablets, ferritin still 6 after 3 months of ferrous sulphate. 26F, vegetarian.",
     "hematology-oncology", "20~29", "female"),
    ("Mum, 72, had a breast lump biopsied and it's cancer. What happens next with treatment? We're all in shock.",
     "hematology-oncology", "70~79", "female"),

    # infectious-diseases
    ("Tested positive for latent TB on my pre-employment screening, I'm a 29 year old nurse (F), no symptoms. Do I really need 3 months of pills?",
     "infectious-diseases", "20~29", "female"),
    ("HIV positive, 41, undetectable, want to switch regimen because of sleep side effects. What are the options?",
     "infectious-diseases", "40~49", "undisclosed"),
    ("I keep getting cellulitis in the same leg, 5 times in 2 years now, each time antibiotics. 64 year old male. Why does it keep coming back?",
     "infectious-diseases", "60~69", "male"),
    ("Going to rural Peru for 3 months of volunteering, I'm 22. What vaccines and malaria tablets do I need?",
     "infectious-diseases", "20~29", "undisclosed"),

    # nephrology
    ("My eGFR went from 62 to 48 in a year. I'm 66 and diabetic. Is this kidney disease and will it keep dropping?",
     "nephrology", "60~69", "undisclosed"),
    ("Protein in my urine on dipstick three separate times now and my BP is a bit high. 37, man. Should I be worried about my kidneys?",
     "nephrology", "30~39", "male"),
    ("Dad's on dialysis three times a week at the unit, he's 75 and wiped out afterwards. Is peritoneal dialysis at home an option for him?",
     "nephrology", "70~79", "male"),
    ("Polycystic kidney disease runs in my family, my mum had it. I'm 25 (female), should I be scanned even if I feel fine?",
     "nephrology", "20~29", "female"),

    # neurology
    ("Migraines 3-4 times a week now and the triptans are working less and less. 34 year old woman.",
     "neurology", "30~39", "female"),
    ("My hand shakes when I hold a cup, worse when I'm nervous. I'm 63, male, and my father had the same thing.",
     "neurology", "60~69", "male"),
    ("Numbness that comes and goes in my legs, and last year I had blurry vision in one eye for about a week. 29F, scared it could be MS.",
     "neurology", "20~29", "female"),
    ("Husband, 57, has started forgetting words and got lost driving to his sister's, a route he's done for 20 years. Over the past year it's got worse.",
     "neurology", "50~59", "male"),

    # obstetrics-gynecology
    ("Periods are so heavy I go through a super tampon every hour on day 2, and I'm exhausted. 43 yrs old.",
     "obstetrics-gynecology", "40~49", "female"),
    ("12 weeks pregnant with our first! What scans and tests should I expect from here? I'm 31.",
     "obstetrics-gynecology", "30~39", "female"),
    ("Hot flushes, night sweats, periods all over the place, I'm 51. Is HRT safe with my mum having had breast cancer?",
     "obstetrics-gynecology", "50~59", "female"),
    ("We've been trying to conceive for 14 months and nothing. I'm 36 and my cycles are anything from 25 to 45 days.",
     "obstetrics-gynecology", "30~39", "female"),
    ("I'm 19 and my period cramps are so bad I miss class and throw up, ibuprofen barely touches it.",
     "obstetrics-gynecology", "10~19", "female"),

    # ophthalmology
    ("Floaters in my right eye for years but more of them lately, no flashes or shadow, optician looked last month and said fine. 55 yo male, short sighted.",
     "ophthalmology", "50~59", "male"),
    ("My daughter is 4 and squints one eye when she watches TV, and sometimes the eye turns inwards.",
     "ophthalmology", "0~9", "female"),
    ("Dry gritty eyes all day, worse at the computer, 38 woman. Drops from the chemist last about 10 minutes.",
     "ophthalmology", "30~39", "female"),
    ("Dad, 77, has been told he's got cataracts in both eyes. When is the right time for the operation?",
     "ophthalmology", "70~79", "male"),

    # orthopedics
    ("Knee gives way when I pivot since I twisted it skiing 2 months ago, 27 M. MRI says complete ACL tear. Surgery or not?",
     "orthopedics", "20~29", "male"),
    ("Hip pain going into my groin, worse walking, I'm 68. X-ray says arthritis. When do people get a new hip?",
     "orthopedics", "60~69", "undisclosed"),
    ("Bunion on my left foot is getting worse and I can't fit into any shoes. 45F.",
     "orthopedics", "40~49", "female"),
    ("Can't lift my arm above my head since I fell on it 6 weeks ago, 59 yr old woman. Rotator cuff?",
     "orthopedics", "50~59", "female"),

    # otolaryngology
    ("Constant ringing in one ear and I think I'm losing hearing on that side. 47, male. The other ear's fine.",
     "otolaryngology", "40~49", "male"),
    ("My voice has been hoarse for 6 weeks, I'm a teacher, 36F, never smoked. No cold.",
     "otolaryngology", "30~39", "female"),
    ("Our son is 5, snores loudly and stops breathing for a few seconds at night. His tonsils are huge.",
     "otolaryngology", "0~9", "male"),
    ("Chronic blocked nose and I've lost my sense of smell. Polyps?? 52 and fed up.",
     "otolaryngology", "50~59", "undisclosed"),
    ("Grandad's 86, hearing is going in both ears and he's got ringing too. Is it worth getting hearing aids at his age?",
     "otolaryngology", "80+", "male"),

    # pediatrics
    ("My 2 year old has had a runny nose and cough for a week, eating OK, a bit grumpy, temp 37.8. What can I give?",
     "pediatrics", "0~9", "undisclosed"),
    ("Baby girl, 7 months, spits up after every feed but she's gaining weight fine. Is that reflux?",
     "pediatrics", "0~9", "female"),
    ("My son (3) has had diarrhoea for 4 days, still drinking and peeing normally. When should I start to worry?",
     "pediatrics", "0~9", "male"),
    ("Our 9 year old boy seems to catch a cold every month since starting the new school. Is his immune system ok?",
     "pediatrics", "0~9", "male"),

    # psychiatry
    ("I can't stop checking the stove and the locks, it takes me an hour to leave the house. 26, male.",
     "psychiatry", "20~29", "male"),
    ("Feeling low for months, no motivation, sleeping 12 hours a day. Not suicidal, just flat. 41 F.",
     "psychiatry", "40~49", "female"),
    ("My 17 year old daughter is barely eating and exercises for hours every day, she's lost a lot of weight since summer.",
     "psychiatry", "10~19", "female"),
    ("Dad (70) has become very paranoid, thinks the neighbours are spying on him through the walls. His memory seems fine otherwise.",
     "psychiatry", "70~79", "male"),

    # pulmonology
    ("Smoked for 30 years, now 61, always out of breath on the stairs and coughing up phlegm every morning. COPD?",
     "pulmonology", "60~69", "undisclosed"),
    ("My asthma's poorly controlled even on the purple inhaler, I'm using salbutamol most days. 33 F.",
     "pulmonology", "30~39", "female"),
    ("CT for something else found a 6mm nodule in my lung. I'm a 50 year old man, never smoked. Do I need another scan?",
     "pulmonology", "50~59", "male"),
    ("Persistent dry cough for 3 months after covid, 44 woman, chest x-ray was normal.",
     "pulmonology", "40~49", "female"),

    # rehabilitation
    ("Mum had a stroke 2 months ago and her left arm is still weak. What physio can she do at home? She's 74.",
     "rehabilitation", "70~79", "female"),
    ("Broke my ankle in March, cast off now, but I'm limping and it's stiff as a board. 35 M. How do I get it moving?",
     "rehabilitation", "30~39", "male"),
    ("3 weeks since my knee replacement and it only bends to 80 degrees. Am I behind? I'm 66.",
     "rehabilitation", "60~69", "undisclosed"),
    ("My husband is home now after a spinal cord injury, he's 28. Looking for advice on rehab and wheelchair skills.",
     "rehabilitation", "20~29", "male"),
    ("My 84 year old dad's hip fracture has healed but he's so unsteady now. What balance exercises can he do so he doesn't fall again?",
     "rehabilitation", "80+", "male"),

    # rheumatology
    ("Morning stiffness in my hands lasting over an hour, knuckles swollen, RF came back positive. 45 woman.",
     "rheumatology", "40~49", "female"),
    ("Gout flares every couple of months now, I'm 52 male. Time for allopurinol?",
     "rheumatology", "50~59", "male"),
    ("Lupus diagnosed last year, I'm 30. New joint pains and my hair is falling out. Is this a flare?",
     "rheumatology", "30~39", "undisclosed"),
    ("Lower back pain and stiffness since my 20s that gets better with exercise and worse with rest. 32M, HLA-B27 positive.",
     "rheumatology", "30~39", "male"),

    # urology
    ("Getting up 4 times a night to pee, flow is weak and dribbly. 67 male.",
     "urology", "60~69", "male"),
    ("Kidney stones twice now, I'm 41. What can I do to stop another one?",
     "urology", "40~49", "undisclosed"),
    ("Blood in my urine once last week, no pain at all. I'm 58 and an ex-smoker.",
     "urology", "50~59", "undisclosed"),
    ("Erection problems for a year, 48, otherwise healthy. It's affecting my marriage.",
     "urology", "40~49", "male"),

    # nutrition
    ("I'm vegan and 23, how do I make sure I get enough B12 and iron without supplements?",
     "nutrition", "20~29", "undisclosed"),
    ("Trying to lose 20kg, 39 yr old woman, desk job. What's a realistic diet plan that I'll stick to?",
     "nutrition", "30~39", "female"),
    ("My son (11) is so picky, only eats pasta and chicken nuggets. How can I get more veg into him?",
     "nutrition", "10~19", "male"),
    ("Just diagnosed with coeliac at 55. What foods do I need to avoid, and are oats OK?",
     "nutrition", "50~59", "undisclosed"),
    ("My gran is 88 and barely eating, losing weight. What can we give her to keep her strength up, she only fancies tea and biscuits.",
     "nutrition", "80+", "female"),
]
