# Triage items, written by hand. (text, department, age_range, gender)

TRIAGE = [
    # cardiology
    ("My blood pressure has been running 150/95 on my home monitor for a month, I'm 56, male, already on amlodipine 5mg. Do I need a different tablet?", "cardiology", "50~59", "male"),
    ("My mother is 81 and her ankles have been swelling up more and more, she gets breathless lying flat so she sleeps on 3 pillows now. Her GP mentioned her heart. What should we ask?", "cardiology", "80+", "female"),
    ("I'm a 34 year old woman and I get episodes where my heart suddenly races to like 180 for a few minutes and then just stops. Happened 4 times this year. My smartwatch caught one.", "cardiology", "30~39", "female"),
    ("dad's 67 and was told he has a heart murmur and 'aortic stenosis' at his check up. what does that mean and will he need surgery?", "cardiology", "60~69", "male"),

    # dentistry
    ("Back tooth on the bottom left has been throbbing for 3 days, worse with hot drinks, gum a bit swollen. I'm 29.", "dentistry", "20~29", "undisclosed"),
    ("My 7 year old chipped her front adult tooth on the climbing frame. It's not painful but there's a sharp edge. Does it need fixing?", "dentistry", "0~9", "female"),
    ("wisdom tooth coming through at 19 and my jaw aches, gum flap over it keeps getting food stuck. should it come out?", "dentistry", "10~19", "undisclosed"),
    ("I'm 72 and my dentures have started rubbing and giving me sore spots on my gums. Do they need relining?", "dentistry", "70~79", "undisclosed"),

    # dermatology
    ("I've got a mole on my back that my husband says has changed shape and gone darker, it's got an uneven edge. I'm 44.", "dermatology", "40~49", "female"),
    ("Teen son (16) has really bad acne on his face and back, tried all the supermarket washes, he's getting self conscious. What are the options?", "dermatology", "10~19", "male"),
    ("Itchy silvery scaly patches on my elbows and knees that come and go. 38M. Psoriasis?", "dermatology", "30~39", "male"),
    ("my scalp has a round bald patch the size of a coin that appeared in the last month, skin looks normal. I'm a 26 yo guy", "dermatology", "20~29", "male"),

    # endocrinology
    ("I'm 31F, always tired, gained 8 kg without changing anything, feel cold all the time, hair thinning. TSH came back 9.2. What now?", "endocrinology", "30~39", "female"),
    ("My husband was diagnosed with type 2 diabetes, HbA1c 71, he's 58. Metformin is upsetting his stomach. Are there other options?", "endocrinology", "50~59", "male"),
    ("Heart pounding, shaky hands, weight dropping off even though I'm eating loads, and my eyes look a bit bulgy in photos. I'm 27 and female.", "endocrinology", "20~29", "female"),
    ("My calcium came back high on a routine blood test, 2.8, and they mentioned my parathyroid. I'm 63. Woman.", "endocrinology", "60~69", "female"),

    # family-medicine
    ("I'm 45 and haven't had a check-up in about 10 years. What should a general health check include at my age? I'm male, smoke a bit.", "family-medicine", "40~49", "male"),
    ("had a cold for 5 days, blocked nose, sore throat, bit of a cough, no fever. im 19 and have exams next week, anything that actually helps?", "family-medicine", "10~19", "undisclosed"),
    ("Just feel a bit run down and achy for the last couple of weeks, nothing specific, sleeping ok. 36F. Bloods worth it?", "family-medicine", "30~39", "female"),
    ("My partner (he's 52) needs a medical for his HGV licence renewal. Who does that normally?", "family-medicine", "50~59", "male"),

    # gastroenterology
    ("I'm 40 and have had heartburn most days for 6 months, tried Gaviscon and omeprazole from the chemist, still coming back. Sometimes food feels stuck.", "gastroenterology", "40~49", "undisclosed"),
    ("My 23 yo daughter has had diarrhoea with blood and mucus on and off for 2 months and she's losing weight.", "gastroenterology", "20~29", "female"),
    ("Bloating and cramps after eating, alternating between constipation and diarrhoea for years. 33, woman. IBS?", "gastroenterology", "30~39", "female"),
    ("My liver tests came back raised (ALT 110) and an ultrasound said fatty liver. I'm a 49 year old man, not a big drinker.", "gastroenterology", "40~49", "male"),

    # general-surgery
    ("Got a lump in my groin that pops out when I cough or lift and goes back when I lie down. 61, male. Hernia?", "general-surgery", "60~69", "male"),
    ("I have gallstones found on a scan, getting attacks of pain under my right ribs after fatty meals every few weeks. 42F. Do they need to take my gallbladder out?", "general-surgery", "40~49", "female"),
    ("Painful swelling at the top of my bum crack, keeps filling with pus and draining. I'm 22, guy. Someone said pilonidal?", "general-surgery", "20~29", "male"),
    ("My grandfather is 76 and has a big lipoma on his back that keeps growing, it's the size of an orange now. Can they remove it?", "general-surgery", "70~79", "male"),

    # hematology-oncology
    ("My blood test shows low haemoglobin (92) and low ferritin, I'm a 55 year old man, no obvious bleeding. What should happen next?", "hematology-oncology", "50~59", "male"),
    ("Mum is 68 and has just been told she has lymphoma. Her oncologist is talking about R-CHOP. What should she expect?", "hematology-oncology", "60~69", "female"),
    ("Lymph nodes in my neck have been swollen for 6 weeks, not tender, I've been getting night sweats and lost 5kg. I'm 37.", "hematology-oncology", "30~39", "undisclosed"),
    ("I'm 24 and bruise really easily, my platelets came back at 60. Should I be worried?", "hematology-oncology", "20~29", "undisclosed"),

    # infectious-diseases
    ("Came back from Ghana 10 days ago and now I've got fevers every other day with chills and sweats. Didn't take malaria tablets. 30M.", "infectious-diseases", "30~39", "male"),
    ("I'm a 26 year old woman and had unprotected sex with a new partner, now some unusual discharge. Where do I get tested?", "infectious-diseases", "20~29", "female"),
    ("My father (71) has had a cough for 2 months, night sweats and weight loss, and he lived with someone who had TB.", "infectious-diseases", "70~79", "male"),
    ("Recently diagnosed with hep C, 44, male. Heard the new treatments are tablets only. How long does it take?", "infectious-diseases", "40~49", "male"),

    # nephrology
    ("My kidney function is dropping, eGFR went from 58 to 41 in a year. I'm 64, type 2 diabetic. What does this mean?", "nephrology", "60~69", "undisclosed"),
    ("Frothy urine and my legs are puffy, the dipstick showed lots of protein. 35 year old woman.", "nephrology", "30~39", "female"),
    ("My 77 year old husband has stage 4 CKD and they're starting to talk about dialysis. What are the options?", "nephrology", "70~79", "male"),
    ("I've got polycystic kidney disease like my dad. I'm 29. How often should my kidneys be checked?", "nephrology", "20~29", "undisclosed"),

    # neurology
    ("I've had migraines for years but now they're happening 3 or 4 times a week and the triptans barely touch them. 38F.", "neurology", "30~39", "female"),
    ("Dad's 73, his right hand has a tremor when it's resting, he's slowed down and his writing has got tiny. Parkinson's?", "neurology", "70~79", "male"),
    ("Tingling and numbness in both feet creeping up over the last year, I'm 59 and male. Bloods were normal.", "neurology", "50~59", "male"),
    ("I'm 28 and a few months ago my vision went blurry in one eye for a couple of weeks, now I get pins and needles down my back when I bend my neck. Could it be MS?", "neurology", "20~29", "undisclosed"),

    # obstetrics-gynecology
    ("My periods have become really heavy, flooding through pads, and I'm 46. Is this the start of menopause or something else?", "obstetrics-gynecology", "40~49", "female"),
    ("I'm 12 weeks pregnant with my first at 38 and having awful morning sickness all day, keeping fluids down but only just. Anything safe to take?", "obstetrics-gynecology", "30~39", "female"),
    ("trying to conceive for 14 months, I'm 33, periods are irregular. when should we get tested?", "obstetrics-gynecology", "30~39", "female"),
    ("My 17 yo daughter has really painful periods, she misses school every month, ibuprofen doesn't help.", "obstetrics-gynecology", "10~19", "female"),

    # ophthalmology
    ("My vision has gone cloudy and glary especially driving at night. 74, male. Cataracts?", "ophthalmology", "70~79", "male"),
    ("Red, gritty, sticky eye for 3 days, the other one is starting too. I'm 25, wear contacts.", "ophthalmology", "20~29", "undisclosed"),
    ("My son is 4 and one of his eyes seems to wander inwards when he's tired.", "ophthalmology", "0~9", "male"),
    ("Optician found my eye pressure was high, 27 in both eyes, and sent me to get checked for glaucoma. I'm 58, woman.", "ophthalmology", "50~59", "female"),

    # orthopedics
    ("Twisted my knee playing five-a-side, it swelled up straight away and now it gives way going down stairs. 31, male.", "orthopedics", "30~39", "male"),
    ("My 66 year old wife has hip pain going into her groin, worse after walking, X-ray says osteoarthritis. Would a hip replacement help?", "orthopedics", "60~69", "female"),
    ("Pain on the outside of my elbow when I grip anything, I'm a 47 yo plasterer. Tennis elbow?", "orthopedics", "40~49", "undisclosed"),
    ("fell on my outstretched hand skiing 2 weeks ago, wrist still sore at the base of my thumb, X-ray at the resort was normal. 19F", "orthopedics", "10~19", "female"),

    # otolaryngology
    ("Ringing in my left ear and I've noticed I can't hear as well on that side for a few months. I'm 52.", "otolaryngology", "50~59", "undisclosed"),
    ("My husband snores so loud and sometimes stops breathing at night, he's tired all day. He's 48.", "otolaryngology", "40~49", "male"),
    ("Hoarse voice for 5 weeks now, no cold, I'm a 61 year old ex-smoker, man.", "otolaryngology", "60~69", "male"),
    ("I get tonsillitis about 6 times a year, I'm 21 and a woman. Can I get my tonsils out?", "otolaryngology", "20~29", "female"),

    # pediatrics
    ("My 3 year old has had a cough and runny nose for a week, eating a bit less but playing fine, temperature 37.8 yesterday. Does she need antibiotics?", "pediatrics", "0~9", "female"),
    ("Son is 6 and keeps getting tummy aches before school, no vomiting, growing fine. What could it be?", "pediatrics", "0~9", "male"),
    ("our 2 year old isn't saying many words yet, maybe 10, understands everything. should we be worried?", "pediatrics", "0~9", "undisclosed"),
    ("My daughter is 8 and still wets the bed most nights. Is that normal at her age?", "pediatrics", "0~9", "female"),
    ("Baby boy, 9 months, has a red blotchy nappy rash that's not clearing with barrier cream.", "pediatrics", "0~9", "male"),

    # psychiatry
    ("I've been feeling low for months, no energy, can't enjoy anything, sleeping badly. I'm 35 and male. Is this depression?", "psychiatry", "30~39", "male"),
    ("My 15 year old daughter has stopped eating properly, she's lost a lot of weight and exercises obsessively.", "psychiatry", "10~19", "female"),
    ("Panic attacks 2 or 3 times a week, heart pounding, feel like I'm losing control. 24F. How do I stop them?", "psychiatry", "20~29", "female"),
    ("Grandma, 83, has become very anxious and paranoid, says the neighbours are stealing from her.", "psychiatry", "80+", "female"),

    # pulmonology
    ("Cough for 3 months, bringing up phlegm every morning, 40-year smoker, I'm 62. Could it be COPD?", "pulmonology", "60~69", "undisclosed"),
    ("My asthma is getting worse, I'm using my blue inhaler every day and waking at night coughing. I'm 29, woman.", "pulmonology", "20~29", "female"),
    ("CT scan found a 7mm nodule in my lung by accident. I'm 55, male. How worried should I be?", "pulmonology", "50~59", "male"),
    ("Dad is 78 and gets breathless walking to the shop, the doctor says his lungs are scarred, something about fibrosis.", "pulmonology", "70~79", "male"),

    # rehabilitation
    ("I had a stroke 3 months ago at 64 and I'm still weak in my left leg. How long can physio keep improving it?", "rehabilitation", "60~69", "undisclosed"),
    ("Tore my ACL last year and had reconstruction in January, I'm 23 and male. When can I return to football?", "rehabilitation", "20~29", "male"),
    ("My mum, 79, broke her hip and had a replacement 6 weeks ago. She's scared to walk without the frame. How do we help her get confident?", "rehabilitation", "70~79", "female"),
    ("I broke my ankle in a car accident, cast came off two weeks ago, it's still stiff and swollen. 42, woman. What exercises should I do?", "rehabilitation", "40~49", "female"),

    # rheumatology
    ("Stiff, swollen knuckles in both hands every morning for over an hour, for 3 months now. I'm 41F.", "rheumatology", "40~49", "female"),
    ("My big toe joint went red hot and agonising overnight, can't even put a sheet on it. 50 year old man. Gout?", "rheumatology", "50~59", "male"),
    ("Lower back stiffness that's worse in the morning and better with exercise, I'm 26 and male. Someone mentioned ankylosing spondylitis.", "rheumatology", "20~29", "male"),
    ("I'm 33, female, joint pains, rash on my cheeks in the sun and mouth ulcers. ANA came back positive.", "rheumatology", "30~39", "female"),

    # urology
    ("Getting up 4 times a night to wee, weak stream, takes ages to start. I'm 68 and male.", "urology", "60~69", "male"),
    ("Had a kidney stone last year and now I've got that same dull ache in my side again. I'm 37.", "urology", "30~39", "undisclosed"),
    ("I'm 28 and found a hard painless lump on one testicle in the shower.", "urology", "20~29", "male"),
    ("Blood in my urine, no pain, just noticed it twice this week. 66 year old woman.", "urology", "60~69", "female"),

    # nutrition
    ("I've just gone vegan, 22F. How do I make sure I get enough iron and B12?", "nutrition", "20~29", "female"),
    ("My cholesterol came back at 6.8, I'm 47. What should I change in my diet before trying statins?", "nutrition", "40~49", "undisclosed"),
    ("Son is 11 and very fussy, eats mostly pasta and chicken nuggets. Is he getting enough nutrients?", "nutrition", "10~19", "male"),
    ("I'm 70 and I've lost my appetite a bit since my husband died, I've dropped a few kilos. What easy meals keep my protein up?", "nutrition", "70~79", "female"),
]
