# Hand-written triage items: (text, department, age_range, gender)
ITEMS = [
    # cardiology
    ("My dad is 74 and the blood pressure machine at the chemist keeps flashing 'irregular heartbeat'. He feels a flutter now and then when he's out in the garden. Who should check this?", "cardiology", "70~79", "male"),
    ("I'm a 66 year old woman, had a stent put in 2 years ago and my heart doctor has retired. Do I still need the clopidogrel or just the aspirin now?", "cardiology", "60~69", "female"),
    ("Grandad (83) gets puffed walking to the letterbox and his ankles swell by teatime. The GP heard a murmur and said it might be his aortic valve. what happens next?", "cardiology", "80+", "male"),
    ("hi, 45F, my resting heart rate is always 110ish on my fitbit even sat watching tv, and I get a thumping in my chest at night. no chest pain. thyroid bloods were normal.", "cardiology", "40~49", "female"),
    # dentistry
    ("my mum is 79 and wears a full upper denture, there's a white patch under it that's been sore for about a month. denture clinic or dentist?", "dentistry", "70~79", "female"),
    ("i'm 23 and my bottom left wisdom tooth keeps flaring up, gum swells over it every few months and it tastes bad. does it need to come out", "dentistry", "20~29", "undisclosed"),
    ("Our nan, 86, in a care home, hasn't had her teeth cleaned properly in months, her breath is awful and one tooth is wobbly. Can a dentist visit a home?", "dentistry", "80+", "female"),
    ("52 yr old bloke, grind my teeth at night, the wife says it sounds like gravel, and I've cracked a filling. Is a mouthguard from the chemist ok?", "dentistry", "50~59", "male"),
    # dermatology
    ("My father is 77, farmer all his life, and has a scabby spot on the top of his ear that bleeds a bit and never heals. been there since harvest.", "dermatology", "70~79", "male"),
    ("I'm 34 and the eczema on my hands has gone crazy since I started at the café, cracked and sore, the steroid cream isn't touching it.", "dermatology", "30~39", "undisclosed"),
    ("my grandma (81) has really itchy skin all over her back, no rash that we can see, worse at night. what cream should she use?", "dermatology", "80+", "female"),
    ("17 yo girl here, my acne is cystic along my jaw and it's leaving scars. tried everything from the pharmacy. what's next", "dermatology", "10~19", "female"),
    # endocrinology
    ("Mum's 68 and her thyroid test came back with TSH under 0.01, she's lost weight and her hands shake. The GP says overactive. Which specialist?", "endocrinology", "60~69", "female"),
    ("I'm a 58 year old man, type 2 for 10 years, now on 3 tablets and my HbA1c is still 78. Is it time for insulin?", "endocrinology", "50~59", "male"),
    ("My husband, 71, has a calcium level of 2.9 and they say his parathyroid hormone is high too. What does that mean and who treats it?", "endocrinology", "70~79", "male"),
    ("27F, no period for 6 months, not pregnant, milky stuff coming from my nipples and my prolactin came back high.", "endocrinology", "20~29", "female"),
    # family-medicine
    ("Turning 65 next month, male. What check-ups should I be getting? Haven't seen a doctor in about 10 years, I live way out in the country.", "family-medicine", "60~69", "male"),
    ("Got a cold a week ago, still stuffy and tired. I'm 40. Do I need antibiotics or just wait it out?", "family-medicine", "40~49", "undisclosed"),
    ("my aunt is 73 and just feels 'off' - tired, a bit achy, no appetite, nothing specific. Where do we even start?", "family-medicine", "70~79", "female"),
    ("We've just moved to a new village and need to register with a doctor, me (36, male) and my wife. Should I ask for a general check-up with bloods?", "family-medicine", "30~39", "male"),
    # gastroenterology
    ("My dad is 69 and has had loose bowels for 2 months, which isn't normal for him. He's lost a bit of weight and the bowel screening kit came back positive.", "gastroenterology", "60~69", "male"),
    ("Heartburn every night for a year, I'm 55F, Gaviscon does nothing now and food feels like it sticks on the way down. what test do I need", "gastroenterology", "50~59", "female"),
    ("My grandma, 84, goes 6 days at a time without a poo even with Movicol. no pain. The care home asks if there's something stronger.", "gastroenterology", "80+", "female"),
    ("31 yr old man, bloated and crampy after any bread or pasta, and my cousin has coeliac. how do I get tested?", "gastroenterology", "30~39", "male"),
    # general-surgery
    ("I'm a 62 year old man and I've got a bulge in my groin that pops out when I cough and goes back when I lie down. Doesn't hurt much. Hernia?", "general-surgery", "60~69", "male"),
    ("Mum (70) has gallstones and gets attacks after fatty meals that settle after a few hours. The surgeon says keyhole removal. Safe at her age?", "general-surgery", "70~79", "female"),
    ("My husband is 47 and has a soft lump on his back the size of a golf ball that's been growing for years. GP says lipoma. can it be cut out?", "general-surgery", "40~49", "male"),
    ("My grandson, 19, has a painful lump at the top of his bum crack that keeps getting infected. The practice nurse called it pilonidal.", "general-surgery", "10~19", "male"),
    # hematology-oncology
    ("My father, 76, had a blood test showing white count 45 with high lymphocytes, they mentioned CLL. He feels fine. What's the outlook?", "hematology-oncology", "70~79", "male"),
    ("I'm a 59 year old woman finishing chemo for breast cancer and my oncologist wants me on letrozole for 5 years. what are the side effects?", "hematology-oncology", "50~59", "female"),
    ("Mum's 82 and her platelets keep coming back over 600. They want a bone marrow test. What are they looking for?", "hematology-oncology", "80+", "female"),
    ("I'm 38, a man, and I've had swollen glands in my neck for 2 months, night sweats and I've lost half a stone. GP is sending me for a biopsy.", "hematology-oncology", "30~39", "male"),
    # infectious-diseases
    ("My husband (67) came back from visiting family in Ghana 10 days ago and gets fevers with shivering every other day. he didn't take the malaria tablets. he's walking about and eating.", "infectious-diseases", "60~69", "male"),
    ("I'm 44, female, and I've just found out an ex of mine has hepatitis C. I'd like to be tested and know about treatment.", "infectious-diseases", "40~49", "female"),
    ("Dad is 72 and kept getting the same chest infection, now they've found TB in his sputum. What happens with the family, do we all need testing?", "infectious-diseases", "70~79", "male"),
    ("28M, on PrEP, how often should I be doing STI screening and kidney tests?", "infectious-diseases", "20~29", "male"),
    # nephrology
    ("My mum is 78 and her kidney function (eGFR) has dropped from 45 to 29 over a year. The GP wants a kidney specialist. What will they do?", "nephrology", "70~79", "female"),
    ("I'm 55, male, with polycystic kidneys like my father had. What can I do to slow it down?", "nephrology", "50~59", "male"),
    ("My wife (63) has lots of protein in her urine and swollen legs, her albumin is low. They mentioned nephrotic syndrome.", "nephrology", "60~69", "female"),
    ("Grandpa, 81, is trying to decide whether to start dialysis. He's tired of hospitals. What's conservative kidney care?", "nephrology", "80+", "male"),
    # neurology
    ("My dad (70) has a tremor in his right hand when it's resting, he's slower walking and his handwriting has got tiny. GP wants a specialist.", "neurology", "70~79", "male"),
    ("I'm a 33 year old woman and I've had numbness down one leg for 3 weeks, and last year I had blurry vision in one eye for a while. worried about MS.", "neurology", "30~39", "female"),
    ("Mum is 64 and has had headaches most days for 2 months, worse in the mornings. She never used to get headaches. GP has referred her.", "neurology", "60~69", "female"),
    ("My husband is 58 and the muscles in his arms twitch constantly and his grip's got weak, he keeps dropping his mug.", "neurology", "50~59", "male"),
    # obstetrics-gynecology
    ("I'm 68 and I've had some spotting after being through the menopause for 15 years. Not heavy. GP referred me on the fast track, what will they check?", "obstetrics-gynecology", "60~69", "female"),
    ("29 and 12 weeks pregnant with my first, we live 90 minutes from the hospital. How many scans should I expect?", "obstetrics-gynecology", "20~29", "female"),
    ("My mum is 74 and has a feeling of something coming down 'down there', worse at the end of the day. The nurse said prolapse.", "obstetrics-gynecology", "70~79", "female"),
    ("41 F, periods so heavy I flood through pads every hour on day 2, and the scan showed fibroids. What are my options?", "obstetrics-gynecology", "40~49", "female"),
    # ophthalmology
    ("My dad (80) is seeing straight lines as wavy in his left eye, it's been getting slowly worse over a few months.", "ophthalmology", "80+", "male"),
    ("I'm 66 and my optician said my eye pressure is 28 in both eyes and referred me to the eye clinic. Is that glaucoma?", "ophthalmology", "60~69", "undisclosed"),
    ("Grandma is 89 with cataracts in both eyes, she can't see the TV or faces now. The eye hospital says she's on the list. how long is the op", "ophthalmology", "80+", "female"),
    ("My son is 7 and the school nurse says he can't see the board, and one of his eyes turns in when he's tired.", "ophthalmology", "0~9", "male"),
    # orthopedics
    ("I'm 71, female, and my knee is bone on bone on the x-ray. I can't walk to the shop anymore. Is it time for a replacement?", "orthopedics", "70~79", "female"),
    ("My husband, 56, gets pain in his shoulder when he lifts his arm above his head, can't reach the top shelf, worse at night. rotator cuff?", "orthopedics", "50~59", "male"),
    ("Dad's 84 and broke his wrist slipping on ice last week. The cast is on but the fracture clinic says it might need a plate. At his age?", "orthopedics", "80+", "male"),
    ("My 15 year old daughter has a curve in her spine, one shoulder is higher than the other, her PE teacher noticed it.", "orthopedics", "10~19", "female"),
    # otolaryngology
    ("My mum's 77 and has had a hoarse voice for 2 months, she used to smoke. GP wants her to see ENT.", "otolaryngology", "70~79", "female"),
    ("I'm a 50 year old man and I've lost hearing in my left ear only over the last year, with ringing. The right ear is fine.", "otolaryngology", "50~59", "male"),
    ("Grandpa (82) has had a blocked nose on one side for months with bloody bits when he blows it. He says it's just his sinuses.", "otolaryngology", "80+", "male"),
    ("My 35 year old wife snores so loud and seems to stop breathing at night. Her tonsils are huge.", "otolaryngology", "30~39", "female"),
    # pediatrics
    ("My granddaughter is 3 and has had a runny nose and a cough for a week, eating less, no temperature now. I'm minding her while her mum works. Does she need a doctor?", "pediatrics", "0~9", "female"),
    ("Our 8 year old boy still wets the bed most nights. He's dry all day. Is that normal?", "pediatrics", "0~9", "male"),
    ("Baby is 10 months and only 7 kg, she was 3.4 at birth. The health visitor says she's dropped centiles.", "pediatrics", "0~9", "female"),
    ("My 5 year old son keeps getting ear infections and tummy bugs from school, is that normal or is something wrong with his immune system?", "pediatrics", "0~9", "male"),
    # psychiatry
    ("My mum is 72 and since dad died she won't leave the house, barely eats, and says she's lost interest in everything. She says she'd never hurt herself. Who can help?", "psychiatry", "70~79", "female"),
    ("I'm 26, male, and I check the locks 30 times before bed and it's making me late for work. I know it's silly.", "psychiatry", "20~29", "male"),
    ("My dad (61) has had bipolar for years and his lithium levels have been all over the place since he retired. He's getting high again, spending money.", "psychiatry", "60~69", "male"),
    ("19F, panic attacks before every uni exam, heart racing and I feel like I'll faint. GP said anxiety.", "psychiatry", "10~19", "female"),
    # pulmonology
    ("Dad is 75, ex-smoker, and gets out of breath walking up the hill to church. They did a blowing test and said COPD. What inhalers are there?", "pulmonology", "70~79", "male"),
    ("I'm 63F, never smoked, dry cough for 6 months and the CT said 'fibrosis'. I kept pigeons on the farm for years.", "pulmonology", "60~69", "female"),
    ("My husband is 48 and a CT found a 6 mm nodule in his lung by accident. What follow-up does he need?", "pulmonology", "40~49", "male"),
    ("My aunt, 57, has had asthma for years, now she needs her blue inhaler every day and wakes at night coughing. She's fine at rest.", "pulmonology", "50~59", "female"),
    # rehabilitation
    ("Dad had a stroke in May and is home now, 76, his left arm is weak and he drags his foot. How can he get more physio?", "rehabilitation", "70~79", "male"),
    ("I'm 45 and had an ACL reconstruction 3 weeks ago after a skiing fall. What exercises should I be doing now?", "rehabilitation", "40~49", "undisclosed"),
    ("My mum broke her hip and had a new one put in a month ago. She's 82 and terrified to walk without her frame. How do we build her confidence?", "rehabilitation", "80+", "female"),
    ("My husband (60) had a heart attack in January and the cardiac rehab classes are an hour's drive away. Can he do the programme at home?", "rehabilitation", "60~69", "male"),
    # rheumatology
    ("My mum, 67, has stiff swollen knuckles every morning for 2 hours, both hands. Her blood test said rheumatoid factor positive.", "rheumatology", "60~69", "female"),
    ("I'm a 72 year old man and my shoulders and hips are so stiff in the mornings I can barely get out of bed, came on over a few weeks. ESR 68.", "rheumatology", "70~79", "male"),
    ("My wife's 38 and gets a rash on her cheeks in the sun, painful joints, and her ANA was positive. Lupus?", "rheumatology", "30~39", "female"),
    ("Grandad, 80, keeps getting gout in his big toe even on allopurinol 100. how high can the dose go", "rheumatology", "80+", "male"),
    # urology
    ("My husband is 74, up 4 times a night to pee and the stream is weak. PSA normal. Is it his prostate?", "urology", "70~79", "male"),
    ("I'm 58, female, and I leak when I cough, sneeze or laugh, it's stopping me going to my walking group.", "urology", "50~59", "female"),
    ("Dad, 81, had a bit of blood in his urine twice last week, no pain. GP says he needs a camera test.", "urology", "80+", "male"),
    ("I'm a 36 year old guy, we've been trying for a baby for 2 years and my semen analysis came back low. Who do I see?", "urology", "30~39", "male"),
    # nutrition
    ("My mum is 85 and lives alone and I think she's just eating toast and tea. What should a healthy week of meals look like for her?", "nutrition", "80+", "female"),
    ("I'm 60 and just been told I'm pre-diabetic. What do I eat now? We're on a farm and eat a lot of bread and potatoes.", "nutrition", "60~69", "undisclosed"),
    ("My husband (70) has kidney disease and was told to cut down on potassium. Which foods? He loves bananas and tomatoes.", "nutrition", "70~79", "male"),
    ("I'm a 24 year old woman going vegan, how do I get enough iron and B12?", "nutrition", "20~29", "female"),
]
