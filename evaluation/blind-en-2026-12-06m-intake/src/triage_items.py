# Triage items, written by hand one by one.
# Each entry: (text, age_range, gender, department)

ITEMS = [
    # cardiology
    ("My dad is 68 and lately his ankles are puffy by teatime and he gets out of breath going up the stairs, has to stop halfway. His GP mentioned 'possible heart failure' and ordered an echo. What does an echo actually show?",
     "60~69", "male", "cardiology"),
    ("31F, my heart skips or 'flips' several times a day, mostly when I'm lying down at night. The ECG at my GP was normal. Do I need one of those 24 hour monitors?",
     "30~39", "female", "cardiology"),
    ("Cholesterol always fine, never smoked, but a private scan gave me a coronary calcium score of 340 at 55. What does that number mean for me practically?",
     "50~59", "undisclosed", "cardiology"),
    ("my husband (47) was told he has a heart murmur at his life insurance medical. he feels totally fine, cycles to work. does he need to see a specialist or is it common?",
     "40~49", "male", "cardiology"),

    # dentistry
    ("wisdom tooth coming through at the back bottom left and the gum over it is swollen and sore, hurts to chew and theres a bad taste. 22",
     "20~29", "undisclosed", "dentistry"),
    ("my 6 year old's big front teeth are coming in BEHIND the baby ones, she's got two rows like a shark lol. do we need to see someone or do the baby ones fall out by themselves",
     "0~9", "female", "dentistry"),
    ("Grandma's bottom denture rubs and she's had a sore spot on her gum that hasn't healed in 4 weeks. She's 83 and keeps taking the denture out to eat. Who should look at it?",
     "80+", "female", "dentistry"),
    ("apparently i grind my teeth at night (bf says it sounds like gravel) and my jaw clicks when i yawn and aches in the morning. 27f. what do i do about it",
     "20~29", "female", "dentistry"),

    # dermatology
    ("There's a mole on my back that my wife says has gone darker and it's started itching. I can't see it myself. I'm 58. Who do I need to see?",
     "50~59", "male", "dermatology"),
    ("16 y/o here, acne all along my jaw and chin, big painful ones that leave marks. tried everything from boots. what next",
     "10~19", "undisclosed", "dermatology"),
    ("Since I turned 40 my cheeks and nose are red all the time and I get little pus bumps that aren't like teenage spots. Wine makes it worse. Rosacea? (I'm a woman if that matters)",
     "40~49", "female", "dermatology"),
    ("round bald patches appearing on my son's head, 2 of them, about the size of a coin, smooth skin, not itchy. he's 12. his barber noticed first",
     "10~19", "male", "dermatology"),

    # endocrinology
    ("Always thirsty, up 3-4 times a night to pee and I've dropped half a stone without trying. 34M. My mum has type 1. Fasting sugar at the pharmacy was 9.8.",
     "30~39", "male", "endocrinology"),
    ("My TSH is 0.02 and free T4 high, I have a tremor, I'm sweating all the time and my heart is racing. 29 female. GP said overactive thyroid. What are the treatment options?",
     "20~29", "female", "endocrinology"),
    ("Husband is 62, they found a 2cm lump on his adrenal gland on a CT they did for his kidney stones. They called it an 'incidentaloma'. What happens next?",
     "60~69", "male", "endocrinology"),
    ("My daughter is nearly 16 and hasn't started her periods, no breast development really either, and she's much shorter than everyone in her class. Is that something to look into?",
     "10~19", "female", "endocrinology"),

    # family-medicine
    ("what checks should a 45 year old bloke be getting? never really been to a doctor apart from a broken arm as a kid. wife is nagging.",
     "40~49", "male", "family-medicine"),
    ("Cold for 10 days now, blocked nose, bit of a chesty cough in the mornings, no temperature. Just fed up. Do I need anything or just wait it out? 37",
     "30~39", "undisclosed", "family-medicine"),
    ("i'm just so tired all the time. 26F, sleep 8 hours, eat fine, not stressed especially. where do i even start with this",
     "20~29", "female", "family-medicine"),
    ("nonbinary (they/them), 24, just moved cities and need to register somewhere and get a general check up and my repeat prescriptions sorted. where do I start?",
     "20~29", "other", "family-medicine"),

    # gastroenterology
    ("Heartburn every night for months. Omeprazole helps a bit but if I stop it comes straight back. 50M. Do I need a camera test?",
     "50~59", "male", "gastroenterology"),
    ("my mum (74) has had diarrhoea on and off for 6 weeks and her clothes are hanging off her. she says it's 'just her tummy'. who should she see",
     "70~79", "female", "gastroenterology"),
    ("I bloat up like I'm pregnant after anything with bread or pasta, plus loose stools and mouth ulcers. 23 year old girl. Could it be coeliac and how do you test?",
     "20~29", "female", "gastroenterology"),
    ("Dad's 59 and his bowel screening kit came back positive. He's terrified of having a camera up there and is trying to ignore the letter. How do we persuade him?",
     "50~59", "male", "gastroenterology"),

    # general-surgery
    ("lump in my groin on the right that disappears when I lie down and pops out when I cough. 40 year old bloke, lift heavy at work. hernia? does it need an op",
     "40~49", "male", "general-surgery"),
    ("Gallstones on ultrasound, I've had three bad attacks since summer after fatty meals. 44F. Do they just take the gallbladder out?",
     "40~49", "female", "general-surgery"),
    ("pilonidal sinus keeps coming back at the top of my bum crack, drained twice already. 19M. is there a permanent fix",
     "10~19", "male", "general-surgery"),
    ("Soft lump on the back of my shoulder about the size of a golf ball, moves around under the skin, no pain, been there years but growing a bit. 57. Can it be removed?",
     "50~59", "undisclosed", "general-surgery"),

    # hematology-oncology
    ("Routine bloods showed platelets of 62. No bruising, no bleeding, I feel fine. 35F. GP wants to refer me, to who?",
     "30~39", "female", "hematology-oncology"),
    ("my grandad has CLL, they said 'watch and wait'. he's 81. is it right not to treat it?",
     "80+", "male", "hematology-oncology"),
    ("I've had swollen lumps in my neck for 2 months that aren't going down, plus drenching night sweats and itching. I'm 24. GP did bloods, what comes next?",
     "20~29", "undisclosed", "hematology-oncology"),
    ("My wife (38) was just told her breast cancer is HER2 positive. What does that mean for her chemo and prognosis? We have two little ones.",
     "30~39", "female", "hematology-oncology"),

    # infectious-diseases
    ("came back from visiting family in Ghana 3 weeks ago. had a couple of days of fever that went away, now just wiped out. I stopped my malaria tablets early. 29M. who do I see?",
     "20~29", "male", "infectious-diseases"),
    ("Just diagnosed HIV positive, 41M, CD4 420, viral load pending. When do I start treatment and what's life expectancy like now?",
     "40~49", "male", "infectious-diseases"),
    ("Positive TB blood test (latent) at my new hospital job screening, I'm 27, no symptoms, chest xray clear. Do I really need 3 months of pills?",
     "20~29", "undisclosed", "infectious-diseases"),
    ("my mum, 66, was bitten by a stray dog in Thailand last week, they gave her one rabies jab and a tetanus at a clinic there and now we're home. what about the rest of the course?",
     "60~69", "female", "infectious-diseases"),

    # nephrology
    ("eGFR came back 38, GP says stage 3b kidney disease. 71M, diabetic for 20 years. Do I need a kidney specialist?",
     "70~79", "male", "nephrology"),
    ("3+ protein on the dipstick and my eyes are puffy every morning, ankles swollen by night. 26F. urine looks frothy too.",
     "20~29", "female", "nephrology"),
    ("My dad is on dialysis three times a week and wants to know about getting on the transplant list. He's 58. Who decides if he's eligible?",
     "50~59", "male", "nephrology"),
    ("Polycystic kidney disease runs in my family - my mum and her brother. I'm 30 and healthy as far as I know. Should I get scanned?",
     "30~39", "undisclosed", "nephrology"),

    # neurology
    ("migraines with aura are getting more frequent, about 4 a month now, used to be 4 a year. 33F. triptans work but I'm using them too much",
     "30~39", "female", "neurology"),
    ("My hands shake when I hold a cup of tea or try to write, worse after coffee, fine when resting. 64 year old man. My father had the same.",
     "60~69", "male", "neurology"),
    ("numbness and tingling in both feet that's slowly creeping up to my ankles over the last few months. 45, not diabetic, don't drink much.",
     "40~49", "undisclosed", "neurology"),
    ("My wife (52) keeps losing words mid-sentence and last month she got lost driving home from her sister's, a route she's done for 20 years. GP did a memory test. Who should we see?",
     "50~59", "female", "neurology"),

    # obstetrics-gynecology
    ("Periods so heavy I flood through a super tampon and a pad in an hour, for 3 days every month. 42F. Scan said 'bulky uterus'. Fibroids?",
     "40~49", "female", "obstetrics-gynecology"),
    ("trying to conceive for a year now, i'm 34, periods are all over the place, anywhere from 28 to 50 days. when should we get help",
     "30~39", "female", "obstetrics-gynecology"),
    ("I'm 29 and 28 weeks pregnant, my glucose tolerance test came back high. What happens now, is the baby ok?",
     "20~29", "female", "obstetrics-gynecology"),
    ("Menopause at 51, hot flushes are awful and I'm not sleeping. Is HRT safe for me? My mum had breast cancer at 68.",
     "50~59", "female", "obstetrics-gynecology"),

    # ophthalmology
    ("I've had floaters in my right eye for years, little cobwebs, no change at all. Just annoying when I read. 45. Can anything be done about them?",
     "40~49", "undisclosed", "ophthalmology"),
    ("my 4 year old's left eye turns in towards her nose when she's tired. nursery noticed it in photos. who do we see",
     "0~9", "female", "ophthalmology"),
    ("Dad (77) says straight lines like door frames look wavy in his left eye and there's a smudge in the middle when he reads. It's been getting worse over a few months.",
     "70~79", "male", "ophthalmology"),
    ("red, itchy, watery eyes every spring and my contact lenses feel like sandpaper. 21M. antihistamine tablets don't touch it.",
     "20~29", "male", "ophthalmology"),

    # orthopedics
    ("knee gives way when I twist or turn, hurt it skiing in February, heard a pop. 30M. GP thinks ACL. surgery or not?",
     "30~39", "male", "orthopedics"),
    ("hip pain when walking any distance and getting socks on is a nightmare. 68F, x-ray says moderate osteoarthritis. When is it time for a new hip?",
     "60~69", "female", "orthopedics"),
    ("my 11 yo son's heels hurt after football, both sides, he limps the morning after matches. growing pains or something else?",
     "10~19", "male", "orthopedics"),
    ("bunion on my left foot is getting worse, the big toe now leans over the next one and no shoes fit. 55F. is the surgery worth it?",
     "50~59", "female", "orthopedics"),

    # otolaryngology
    ("Blocked on one side of my nose for months, can't breathe through it at all, nasal sprays don't help. 40. Polyp? Bent septum?",
     "40~49", "undisclosed", "otolaryngology"),
    ("ringing in both ears since a concert 2 weeks ago, still there especially at night. 19F. will it go?",
     "10~19", "female", "otolaryngology"),
    ("Hoarse voice for 6 weeks now, no cold, I'm a smoker, 61M. My wife says I sound like a different person.",
     "60~69", "male", "otolaryngology"),
    ("my son (7) snores like an old man and stops breathing for a few seconds at night, then gasps. his tonsils are massive. he's tired at school.",
     "0~9", "male", "otolaryngology"),

    # pediatrics
    ("My 18 month old has had runny poos for 4 days, no sick, drinking milk and water fine, plenty of wet nappies, still cheeky. When should I worry?",
     "0~9", "undisclosed", "pediatrics"),
    ("9 year old daughter gets tummy aches most mornings before school, fine at weekends. She's eating and growing fine. Where do we start?",
     "0~9", "female", "pediatrics"),
    ("baby is 4 months and has had a cough and snotty nose for a week, feeding ok, no temperature, sleeping bit worse. anything I should do?",
     "0~9", "undisclosed", "pediatrics"),
    ("Our boy turned 3 last month and he's still very unsteady when he walks, falls a lot more than his friends and can't jump yet. Should we get him checked?",
     "0~9", "male", "pediatrics"),

    # psychiatry
    ("I can't stop checking the locks and the hob, it takes me 45 minutes to leave the house and I'm late for everything. 28. I know it's irrational.",
     "20~29", "undisclosed", "psychiatry"),
    ("since the divorce i can't get out of bed, no appetite, 49M. not suicidal, just empty. tried to push through for months. what kind of help is there",
     "40~49", "male", "psychiatry"),
    ("my 17yo daughter says she hears voices telling her people at school are watching her and talking about her through the TV. she's stopped going out. who do we call for an appointment?",
     "10~19", "female", "psychiatry"),
    ("Panic attacks on the tube every single morning now, heart pounding, feel like I'll pass out. Started walking 40 mins to avoid it. 35F.",
     "30~39", "female", "psychiatry"),

    # pulmonology
    ("Dry cough for 3 months, never smoked, chest x-ray normal, no reflux that I know of. 58F. It's driving me mad.",
     "50~59", "female", "pulmonology"),
    ("asthma getting worse lately, using my blue inhaler like 5 times a day and waking up at night wheezy. 24M. brown one every day.",
     "20~29", "male", "pulmonology"),
    ("Dad's 72, ex-miner, gets breathless just walking to the corner shop. Spirometry said COPD. What can actually be done at this stage?",
     "70~79", "male", "pulmonology"),
    ("A CT for something else found a 6mm nodule in my right lung. I'm 47, smoked from 16 till 40. They want to rescan in a year. Is that safe?",
     "40~49", "undisclosed", "pulmonology"),

    # rehabilitation
    ("had a stroke in march, my left arm is still weak and clumsy, 63M. the NHS physio sessions finished. is there still time to improve?",
     "60~69", "male", "rehabilitation"),
    ("ACL reconstruction 6 weeks ago, knee still stiff and won't fully straighten. 26F. Am I behind? What should I be doing at home?",
     "20~29", "female", "rehabilitation"),
    ("Mum (81) had a hip replacement after a fall and now she's scared to walk, won't use the frame unless someone's with her. How do we get her confidence back?",
     "80+", "female", "rehabilitation"),
    ("getting back to running after a broken ankle, cast off 2 months ago. how do I build up without wrecking it again? 38, nonbinary, was doing halfs before this",
     "30~39", "other", "rehabilitation"),

    # rheumatology
    ("hands stiff for 2 hours every morning, knuckles swollen and warm, can't open jars. 39F. Bloods showed raised CRP.",
     "30~39", "female", "rheumatology"),
    ("big toe hot, red and swollen, third attack this year. 52M, like a beer. GP says gout. Do I need tablets long term?",
     "50~59", "male", "rheumatology"),
    ("Lower back pain and stiffness in the mornings for 2 years, gets better when I move and worse with rest. 27M, HLA-B27 positive. Who treats this?",
     "20~29", "male", "rheumatology"),
    ("my grandma (76) has pain and stiffness in both shoulders and hips, she can't lift her arms to do her hair in the morning. ESR was 70. What is this?",
     "70~79", "female", "rheumatology"),

    # urology
    ("getting up 4 times a night to pee, weak stream, dribbling after. 66M. prostate?",
     "60~69", "male", "urology"),
    ("passed a kidney stone last year (worst pain of my life) and now the scan shows another 4mm one sitting there. 41M. what can I do so it doesn't come to that again?",
     "40~49", "male", "urology"),
    ("blood in my pee, no pain at all, noticed it twice this week. 70F, smoked for 40 years.",
     "70~79", "female", "urology"),
    ("erection problems at 36, morning ones are still there. is it physical or in my head? who do I see",
     "30~39", "male", "urology"),

    # nutrition
    ("vegan for a year now and feeling more tired. how do I make sure I get enough B12 and iron and protein without supplements everywhere? 22F",
     "20~29", "female", "nutrition"),
    ("my husband (60) was told to cut down on salt for his blood pressure. what does that mean day to day, he eats a lot of bread and ready meals",
     "60~69", "male", "nutrition"),
    ("teenage son (15) plays rugby and wants to start protein shakes with his mates. is that safe at his age, how much protein does he actually need?",
     "10~19", "male", "nutrition"),
    ("What should I actually eat to bring my cholesterol down? 44, not keen on statins, happy to change my diet but don't know where to start.",
     "40~49", "undisclosed", "nutrition"),
]
