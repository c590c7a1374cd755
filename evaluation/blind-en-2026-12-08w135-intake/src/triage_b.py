# Triage items part B (written by hand, writer 135): 2 per department
ITEMS = [
    # cardiology
    ("I'm 17 and I fainted at netball training last week, the coach said I went grey. I've read about young athletes dropping dead from heart conditions. My GP did an ECG and said 'possible long QT'. I'm a girl btw. Who do I see now?",
     "cardiology", "10~19", "female"),
    ("Grandpa is 83 and has a pacemaker put in 8 years ago. The clinic letter says the battery is getting low. He's fine but he's worried it will just stop. Who arranges the replacement?",
     "cardiology", "80+", "male"),
    # dentistry
    ("My 7 year old son knocked his front adult tooth on the trampoline, it's chipped and a bit wobbly but not bleeding now. It happened yesterday. Will it die? Who should look at it?",
     "dentistry", "0~9", "male"),
    ("I grind my teeth at night and my jaw clicks and aches in the morning. I'm 31 and nonbinary. My teeth look flatter than they used to. Will they crack?",
     "dentistry", "30~39", "other"),
    # dermatology
    ("I'm 16 and my acne is really bad on my back and face, the painful deep ones. I've tried everything from the chemist for a year. It's ruining my life. I'm a boy. Can I get stronger treatment?",
     "dermatology", "10~19", "male"),
    ("My wife is 62 and has scaly, itchy patches on her elbows and scalp that crack and bleed. She thinks it's eczema but the creams don't work. Psoriasis? Is it contagious to the grandkids?",
     "dermatology", "60~69", "female"),
    # endocrinology
    ("My daughter is 12 and much shorter than all her friends, and hasn't started developing at all. The school nurse measured her at 136cm. Her dad and I are average height. Is it a hormone problem?",
     "endocrinology", "10~19", "female"),
    ("I'm a 47 year old man, my calcium keeps coming back high (2.8) and my parathyroid hormone is high too. I'm tired and get kidney stones. The GP says it's parathyroid. Who treats this?",
     "endocrinology", "40~49", "male"),
    # family-medicine
    ("I'm 82 and I need a repeat prescription for my blood pressure tablets and I'd like a general review. I feel alright, just a bit tired. My daughter says I should get bloods. I'm a widower living alone.",
     "family-medicine", "80+", "male"),
    ("Been feeling run down for a few weeks, bit achy, sleeping badly. No fever. I'm 35. Nothing specific, I just don't feel right. Is there a general check I can book?",
     "family-medicine", "30~39", "undisclosed"),
    # gastroenterology
    ("My mum is 78 and her blood test shows she's anaemic and the stool test came back positive for blood. She's never had a camera test. She's scared. Who does that?",
     "gastroenterology", "70~79", "female"),
    ("My liver tests came back abnormal (ALT 95) and the ultrasound says fatty liver. I'm 44, male, drink maybe 20 units a week. Is my liver scarred? Who can check that?",
     "gastroenterology", "40~49", "male"),
    # general-surgery
    ("I've got a lump on my back that's been growing slowly for years, soft, squishy, about the size of a golf ball now. I'm 38, woman. GP thinks lipoma. Can it be removed? What if it's a sarcoma?",
     "general-surgery", "30~39", "female"),
    ("I have a painful lump near the top of my bum crack that keeps flaring up and leaking. I'm 19 and male. The GP said pilonidal sinus and antibiotics haven't sorted it. Does it need cutting out?",
     "general-surgery", "10~19", "male"),
    # hematology-oncology
    ("My grandmother is 85 and keeps needing blood transfusions for anaemia. The doctors mentioned myelodysplastic syndrome. What is it, and who looks after it?",
     "hematology-oncology", "80+", "female"),
    ("I'm 24 and have had very heavy nosebleeds since childhood, and I bruise really easily. My mum has the same. I'm female. I read about von Willebrand disease. Who tests for bleeding disorders?",
     "hematology-oncology", "20~29", "female"),
    # infectious-diseases
    ("I'm 72 and I've had three bouts of C. diff diarrhoea since an antibiotic course in the spring. It keeps coming back. I read about faecal transplants. Who deals with this?",
     "infectious-diseases", "70~79", "undisclosed"),
    ("My son is 15 and was in close contact with someone at school who has TB. He has no symptoms. The letter says screening. Is he going to get sick? Who does the testing?",
     "infectious-diseases", "10~19", "male"),
    # nephrology
    ("My father, 79, has stage 4 kidney disease and the doctors are starting to talk about dialysis versus conservative care. He's frail. How do we decide? Who should we talk to?",
     "nephrology", "70~79", "male"),
    ("I'm 42 and was told I have polycystic kidneys on an ultrasound - my mum had it too and ended up on dialysis. I'm a woman, BP is creeping up. What follow up should I have?",
     "nephrology", "40~49", "female"),
    # neurology
    ("I'm 35 and a man and for two months I've had tingling in my legs that comes and goes and my vision went blurry in one eye for a week last year. I'm convinced it's MS. The GP is referring me.",
     "neurology", "30~39", "male"),
    ("My grandad is 87 and has become very forgetful over the past year, asking the same question over and over and getting lost in his own street. Who assesses memory problems?",
     "neurology", "80+", "male"),
    # obstetrics-gynecology
    ("I'm 52 and the hot flushes and night sweats are unbearable, I'm not sleeping. Is HRT safe or will it give me breast cancer? I keep reading conflicting things.",
     "obstetrics-gynecology", "50~59", "female"),
    ("I'm 26 and my periods are irregular, every 2-3 months, and I have acne and hair on my chin. We want to try for a baby next year. PCOS? Will I be able to get pregnant?",
     "obstetrics-gynecology", "20~29", "female"),
    # ophthalmology
    ("My 5 year old son's left eye turns in when he's tired. His nursery teacher noticed it in photos. Will he lose sight in that eye? Who do we see?",
     "ophthalmology", "0~9", "male"),
    ("Mum is 81 and her vision has gone cloudy and she's struggling with glare at night. The optician said cataracts in both eyes. She's nervous about surgery at her age.",
     "ophthalmology", "80+", "female"),
    # orthopedics
    ("My 13 year old son has pain below his kneecap that's worse after football and there's a bony bump there. Is it Osgood-Schlatter or a bone tumour? I've read scary things.",
     "orthopedics", "10~19", "male"),
    ("I'm 44, woman, and my shoulder has gone really stiff over six months, I can't reach behind my back or brush my hair. Frozen shoulder? Will it need an operation?",
     "orthopedics", "40~49", "female"),
    # otolaryngology
    ("My 6 year old daughter has had tonsillitis 7 times this year and snores loudly. She misses so much school. Should her tonsils come out?",
     "otolaryngology", "0~9", "female"),
    ("My voice has been hoarse for 2 months and I'm a 65 year old ex-smoker. No cold. My partner says it's nothing but I've read hoarseness is a sign of throat cancer. I'm a man.",
     "otolaryngology", "60~69", "male"),
    # pediatrics
    ("My 18 month old has had diarrhoea for 3 days, but he's drinking well, wet nappies, playing and eating a bit. No fever now. When should I worry? First kid, I'm a mess.",
     "pediatrics", "0~9", "male"),
    ("My 9 year old girl gets tummy aches most mornings and is tired and pale. She's eating less. Her teacher says she seems fine at school. What could be going on with her?",
     "pediatrics", "0~9", "female"),
    # psychiatry
    ("I'm 15 and I keep having panic attacks at school, my heart pounds and I think I'm dying. My parents think I'm being dramatic. I'm a girl. How do I get help?",
     "psychiatry", "10~19", "female"),
    ("I'm 44 and have been drinking more and more since my divorce, maybe a bottle of wine a night now. I want to stop but I get shaky. I'm a man. Who can help me do this safely?",
     "psychiatry", "40~49", "male"),
    # pulmonology
    ("I'm 70 and the CT for my heart accidentally found a 9mm nodule in my lung. I'm a former smoker, female. Who follows that up, and how worried should I be?",
     "pulmonology", "70~79", "female"),
    ("My partner says I stop breathing in my sleep and I'm exhausted all day, falling asleep at my desk. I'm 48, male, overweight. Sleep apnoea test - who does it?",
     "pulmonology", "40~49", "male"),
    # rehabilitation
    ("I had a total knee replacement 6 weeks ago and still can't bend it past 80 degrees. I'm 68 and a woman. The surgeon said work hard with the physio but I don't have one anymore.",
     "rehabilitation", "60~69", "female"),
    ("My son (17) tore his ACL playing rugby and had the reconstruction 3 months ago. He's desperate to get back for the season. What rehab does he need and how long?",
     "rehabilitation", "10~19", "male"),
    # rheumatology
    ("I'm 27, female, and I have joint pain in my hands, a rash on my face in the sun, and mouth ulcers. ANA came back positive. I'm scared it's lupus. Who do I see?",
     "rheumatology", "20~29", "female"),
    ("My mum is 73 and woke up two weeks ago with stiff, painful shoulders and hips, she can barely get out of bed in the morning. Her inflammation markers are high. Polymyalgia?",
     "rheumatology", "70~79", "female"),
    # urology
    ("I'm 29 and my partner and I have been trying for a baby for 2 years. My semen analysis showed a low count. I'm a man, obviously. Is it something that can be fixed?",
     "urology", "20~29", "male"),
    ("My grandfather is 84 and has been leaking urine and wears pads now. He's embarrassed. The GP says his prostate. Is there anything that can be done at his age?",
     "urology", "80+", "male"),
    # nutrition
    ("My 8 year old son only eats beige food - pasta, chips, crackers. No fruit, no veg. He's healthy otherwise but I'm scared he's missing vitamins. What should I do?",
     "nutrition", "0~9", "male"),
    ("I'm a 38 year old woman, recently diagnosed with coeliac disease. I'm overwhelmed - what can I actually eat? Is oat milk okay? I'm scared of damaging my gut more.",
     "nutrition", "30~39", "female"),
]
