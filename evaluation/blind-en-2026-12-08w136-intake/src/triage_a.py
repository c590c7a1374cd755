# Triage items part A (written by hand, writer 136)
# (text, department, age_range, gender)
ITEMS = [
    # cardiology
    (
        "I'm a 66 year old woman. Background: high blood pressure since 2005, on amlodipine 5mg; knee replacement "
        "in 2019; my mother died of heart failure at 80.\n\nFor the past two months, when I walk up the hill to the "
        "shops I get a tight, heavy feeling across my chest that goes away within a couple of minutes of stopping. "
        "It never happens at rest. My GP did an ECG which she said was normal and referred me for 'further tests'. "
        "What tests are likely and how long is the wait usually?",
        "cardiology", "60~69", "female",
    ),
    (
        "32M, had a heart murmur picked up at a work medical. Never noticed anything. Echo booked for next month. "
        "What kind of murmurs are harmless?",
        "cardiology", "30~39", "male",
    ),
    (
        "My husband is 74 and has had a pacemaker since 2017. The pacing clinic says the battery is at 'elective "
        "replacement' level. He's also been more breathless than usual when gardening and his ankles are puffy by "
        "evening. He's on bisoprolol and ramipril. Could the pacemaker be the reason, or is this his heart getting "
        "weaker? He has a check booked in three weeks.",
        "cardiology", "70~79", "male",
    ),
    (
        "Hi,\n\nI'm 45 and non-binary. On my smartwatch I keep getting 'irregular rhythm' notifications, maybe "
        "two or three a week, mostly at night. I don't feel anything. I drink 3-4 coffees a day and a fair bit of "
        "wine at weekends. No medical history except mild asthma.\n\nShould I get an ECG or a monitor? Is the watch "
        "reliable for atrial fibrillation?",
        "cardiology", "40~49", "other",
    ),
    # dentistry
    (
        "I've had a dull ache in a back molar on the lower left for 3 weeks. Hurts with cold drinks and lingers for "
        "a minute or so. I had a big filling in that tooth about 10 years ago. I'm a 38 year old man and I grind my "
        "teeth at night according to my wife. Is this going to need a root canal?",
        "dentistry", "30~39", "male",
    ),
    (
        "My 7 year old daughter's adult front teeth are coming in behind her baby teeth, which haven't fallen out. "
        "'Shark teeth' the school mums call it. Do we need to get the baby teeth pulled?",
        "dentistry", "0~9", "female",
    ),
    (
        "Hello. I'm 71 and wear a partial denture on the top. For a month there's been a sore spot on my gum where "
        "the clasp sits, and the denture feels loose. I had radiotherapy to my neck for throat cancer in 2015, "
        "so I have a dry mouth and I've read that makes gum problems worse. I take pilocarpine and use fluoride "
        "toothpaste. Should I go back to the dental hospital or can a normal dentist adjust the denture?",
        "dentistry", "70~79", "undisclosed",
    ),
    (
        "bleeding gums every time i brush, been going on for months. 24, smoker. mouth tastes bad. no dentist since "
        "school tbh",
        "dentistry", "20~29", "undisclosed",
    ),
    # dermatology
    (
        "I'm a 52 year old man, fair skin, lots of sun growing up in Perth. There's a scaly patch on my scalp where "
        "my hair is thinning, it bleeds a little when I comb it and never fully heals. Been there 4 months. I had a "
        "BCC removed from my nose in 2018. Should this be looked at by a skin specialist?",
        "dermatology", "50~59", "male",
    ),
    (
        "Hi, 19 year old girl here. I've had hives on and off every day for 8 weeks now. They come up as itchy welts "
        "on my arms and tummy and go within a few hours. Antihistamines (cetirizine 10mg) help a bit. No new foods, "
        "soaps or medicines. Is this chronic urticaria?",
        "dermatology", "10~19", "female",
    ),
    (
        "My wife has had a red rash across her cheeks and nose for about a year, with bumps like acne and flushing "
        "when she drinks wine or gets hot. She's 47. She had a blood test for lupus in the spring which was negative. "
        "Over the counter creams make it worse. She is fed up of covering it with makeup.",
        "dermatology", "40~49", "female",
    ),
    (
        "I've had warts on the soles of both feet for two years. Tried freezing spray, salicylic acid, duct tape. "
        "They're spreading and it hurts to walk on them. I'm a 28 year old guy and I swim a lot. What's next?",
        "dermatology", "20~29", "male",
    ),
    # endocrinology
    (
        "Dear doctor,\n\nI'm 34 and female. Over the last year I've gained 15kg, mostly on my tummy and face, and I "
        "bruise easily. I've got purple stretch marks on my sides and my blood pressure is now 150/95. My periods "
        "have become irregular. My GP thought it was just stress eating but I have read about Cushing's syndrome. "
        "I'm not on any steroid medicines. What tests would tell us?",
        "endocrinology", "30~39", "female",
    ),
    (
        "My calcium has been high on 3 blood tests — 2.74, 2.78, 2.81. PTH also high. I'm 61, female, and I had a "
        "kidney stone last year. My GP says 'primary hyperparathyroidism'. Does it always need surgery?",
        "endocrinology", "60~69", "female",
    ),
    (
        "I'm a 43 year old man. Low libido, tired, lost muscle even though I go to the gym. Morning testosterone was "
        "7.2 nmol/L on two tests. My LH is also low. The GP mentioned checking my pituitary. I had a head injury "
        "playing rugby at 20. Could that be related?",
        "endocrinology", "40~49", "male",
    ),
    (
        "Type 1 diabetic for 20 years. My sugars are all over the place lately: 3.5 one night then 18 the next "
        "morning. HbA1c 72. I'm on a basal bolus regime with Tresiba and Fiasp. I'd like to try an insulin pump. "
        "How do I get assessed for one? I'm 27.",
        "endocrinology", "20~29", "undisclosed",
    ),
    # family-medicine
    (
        "I'm 35 and I haven't had a check up in about 8 years. No medical problems that I know of, no medicines. I "
        "smoke socially and drink at weekends. My dad had high cholesterol. What should a basic check up include?",
        "family-medicine", "30~39", "undisclosed",
    ),
    (
        "Cold for 9 days now. Blocked nose, sore throat at the start, now mostly a tickly cough and tiredness. "
        "No fever. I'm 58, female, non-smoker. Is it worth seeing someone or just wait it out?",
        "family-medicine", "50~59", "female",
    ),
    (
        "Hello,\n\nI'm a 41 year old man. I've been feeling 'off' for a couple of months — more tired than usual, "
        "sleeping badly, a few headaches, not much appetite. Nothing dramatic. Work has been busy and my dad has been "
        "ill. I don't think I'm depressed exactly. I haven't seen a doctor since moving here three years ago.\n\n"
        "Where do I even start? Should I ask for blood tests?",
        "family-medicine", "40~49", "male",
    ),
    (
        "I need a travel vaccination check before I go to Vietnam in March. I'm 23, had all my childhood jabs. Which "
        "ones do I need and can my normal doctor do it?",
        "family-medicine", "20~29", "undisclosed",
    ),
    # gastroenterology
    (
        "I'm 56 and I've had heartburn most days for 5 years. Omeprazole 20mg used to work but now I need 40mg and it "
        "still comes through at night. Recently food sometimes feels like it sticks halfway down, especially bread. "
        "I've lost a little weight. I smoked until I was 45. My GP has put in a referral but what is likely to happen?",
        "gastroenterology", "50~59", "undisclosed",
    ),
    (
        "My mother (69) has been told she has a fatty liver on an ultrasound done for something else. Her liver tests "
        "are slightly up (ALT 58). She's diabetic and overweight, hardly drinks. Is this serious? Does she need to "
        "see a liver specialist?",
        "gastroenterology", "60~69", "female",
    ),
    (
        "Hi. Male, 24. Diarrhoea with mucus and some blood, 5-6 times a day, for 6 weeks. Stool culture negative. "
        "Calprotectin 620. Lost 4kg. My GP thinks it might be ulcerative colitis and has referred me. I'm not "
        "dizzy or anything, just fed up. How is it diagnosed?",
        "gastroenterology", "20~29", "male",
    ),
    (
        "Hello — I'm 77, woman, and I've had constipation for months despite fibre and Movicol. I used to go daily, "
        "now every 4 days. I had a colonoscopy in 2014 that showed diverticular disease. Do I need another one?",
        "gastroenterology", "70~79", "female",
    ),
]
