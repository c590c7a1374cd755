# Hand-written triage items, part A. Each: (text, department, age_range, gender)
ITEMS = [
    # cardiology
    ("my heart randomly does this fluttery skip thing like 5 times a day, not painful, just weird 🫠 19F, had it for about a month. cardiologist or am i being dramatic", "cardiology", "10~19", "female"),
    ("Dad's 64 and the GP found a heart murmur at his check up, they want him to see a heart specialist. what does a murmur even mean and how long is the wait usually", "cardiology", "60~69", "male"),
    ("23M, blood pressure keeps reading like 150/95 on my home monitor even though i'm fit and dont smoke. GP says see a specialist. what tests will they do", "cardiology", "20~29", "male"),
    ("had a pacemaker put in at 30, i'm 37 now and want to start lifting heavy again. is that ok with the device or will i knock the wires out lol", "cardiology", "30~39", "undisclosed"),
    # dentistry
    ("wisdom tooth coming through at the back and my gum is all puffy and sore when i chew. 20, female. do i need it out", "dentistry", "20~29", "female"),
    ("my 7 yr old son knocked his front baby tooth at the playground, it's a bit wobbly, no bleeding now. does he need to see someone or will it just fall out", "dentistry", "0~9", "male"),
    ("bleeding gums every time i brush tbh. 34, smoker since forever. am i gonna lose my teeth", "dentistry", "30~39", "undisclosed"),
    ("my nan's dentures have stopped fitting and she's getting sore spots in her mouth, she's 83 and won't eat anything crunchy now", "dentistry", "80+", "female"),
    # dermatology
    ("acne on my back and chest is getting so bad i won't take my shirt off at the beach 😭 16M, tried every wash from the chemist", "dermatology", "10~19", "male"),
    ("got itchy scaly silvery patches on my elbows and scalp, my mum has psoriasis, is it that? i'm 27, she/her", "dermatology", "20~29", "female"),
    ("mole on my back has changed shape, my missus noticed it. i'm a 45 year old bloke and spent my 20s on building sites with no shirt on", "dermatology", "40~49", "male"),
    ("hair falling out in clumps in the shower for 2 months, 22F, no big stress i think?? it's just everywhere", "dermatology", "20~29", "female"),
    # endocrinology
    ("diagnosed with type 1 at 14 and i'm 18 now, moving out for uni and want to switch from injections to a pump. who do i talk to", "endocrinology", "10~19", "undisclosed"),
    ("thyroid test came back with high TSH and low T4, GP says underactive thyroid and wants me to see a specialist. 31 year old woman, tired and cold all the time", "endocrinology", "30~39", "female"),
    ("I'm 52, male, my sugars keep running high even on metformin and gliclazide, GP wants me to see a diabetes specialist. what will they change", "endocrinology", "50~59", "male"),
    ("ok so my calcium keeps coming back high on bloods and they think it's my parathyroid?? 40 and female, kidney stone last year too", "endocrinology", "40~49", "female"),
    # family-medicine
    ("need a general check up before i start my new job, they want a medical cert saying i'm fit to work. 21 M", "family-medicine", "20~29", "male"),
    ("cold for 5 days, blocked nose, bit of a cough, no fever. 26. anything i can take or just ride it out with lemsip and netflix", "family-medicine", "20~29", "undisclosed"),
    ("tired all the time, not sick exactly, just meh. 38F, 2 kids under 5 lol. where do i even start", "family-medicine", "30~39", "female"),
    ("my grandpa is 75 and wants a general health check and his flu jab, he hasn't seen a doctor in like 10 years and is very proud of it", "family-medicine", "70~79", "male"),
    # gastroenterology
    ("constant bloating and diarrhoea whenever i eat bread or pasta, been like this since i was a teen, now 25. could it be coeliac? havent been tested", "gastroenterology", "20~29", "undisclosed"),
    ("heartburn every single night for months even on omeprazole, 47 yr old man, sleeping propped up on 3 pillows", "gastroenterology", "40~49", "male"),
    ("found blood in my poo a few times over the last month, bright red on the paper, no pain, feel fine otherwise. 29F. kinda scared to ask", "gastroenterology", "20~29", "female"),
    ("my mum is 61 and needs a colonoscopy because her brother had bowel cancer, how do we get referred", "gastroenterology", "60~69", "female"),
    # general-surgery
    ("think i have a hernia, lump in my groin that pops out when i cough and goes back in when i lie down. not painful really. 33M", "general-surgery", "30~39", "male"),
    ("gallstones confirmed on ultrasound, had 3 attacks this year that settled by themselves, should i get my gallbladder out? 42F", "general-surgery", "40~49", "female"),
    ("got a pilonidal cyst at the top of my bum crack that keeps coming back, 20yo guy, it's so embarrassing. can they cut it out for good", "general-surgery", "20~29", "male"),
    ("lipoma on my shoulder the size of a golf ball, not painful, just want it gone. 56", "general-surgery", "50~59", "undisclosed"),
    # hematology-oncology
    ("my bloods keep showing low white cells, 3 tests in a row now, GP wants a specialist to look at it. i'm 19F and feel fine", "hematology-oncology", "10~19", "female"),
    ("Dad (68) has just been told he has lymphoma, what happens next with treatment, chemo straight away?", "hematology-oncology", "60~69", "male"),
    ("been bruising really easily lately, like random big bruises on my legs i don't remember getting, and my gums bleed a lot. 24, guy", "hematology-oncology", "20~29", "male"),
    ("finished chemo for breast cancer last year, 44F, want to know what follow up scans i should be having and how often", "hematology-oncology", "40~49", "female"),
    # infectious-diseases
    ("came back from a trip to Thailand two weeks ago and have had on and off fevers and night sweats for 3 days, 27M, no rash", "infectious-diseases", "20~29", "male"),
    ("tested HIV positive 3 months ago. 22 and terrified tbh. need someone to explain the meds and what my life looks like now", "infectious-diseases", "20~29", "undisclosed"),
    ("i keep getting boils, like 6 in the last year, the swab said MRSA? 35 year old woman, how do i get rid of it for good", "infectious-diseases", "30~39", "female"),
    ("bitten by a tick hiking last month, now there's a bullseye rash and my joints ache, 51M", "infectious-diseases", "50~59", "male"),
    # nephrology
    ("GP says my kidney function is 'stage 3', i'm 66 with diabetes. what does that mean, will i need dialysis", "nephrology", "60~69", "undisclosed"),
    ("protein in my urine on a dipstick at my uni sports medical, 20M, no symptoms, they said get it followed up", "nephrology", "20~29", "male"),
    ("mum's on dialysis 3x a week, she's 58, asking about getting on the transplant list. how does that work", "nephrology", "50~59", "female"),
    ("i have polycystic kidneys like my dad, i'm 30 and she/her, how often should i get my kidneys checked", "nephrology", "30~39", "female"),
    # neurology
    ("migraines with aura like 3 times a week now, 17F, my mum gets them too, panadol does literally nothing", "neurology", "10~19", "female"),
    ("my right hand has a tremor when i hold a cup, i'm 59 and male, worried about parkinsons. it's been slowly getting worse over a year", "neurology", "50~59", "male"),
    ("numbness and tingling in both feet that's been creeping up for months, in my 40s, type 2 diabetic", "neurology", "40~49", "undisclosed"),
    ("had my first ever seizure 2 months ago, got checked in hospital, now waiting for an EEG. 21M. can i still drive", "neurology", "20~29", "male"),
]
