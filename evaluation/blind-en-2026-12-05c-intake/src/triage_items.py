# Hand-written fictional questions: (text, age_range, gender, department)
TRIAGE = [
    # cardiology
    ("I'm a 68 year old man. For a couple of months my ankles swell up by the evening and I get out of breath lying flat, I need three pillows now to sleep.", "60~69", "male", "cardiology"),
    ("my nan is 86 and her heart keeps racing and fluttering for a few minutes at a time, a few times a week. when i feel her pulse it's all over the place", "80+", "female", "cardiology"),
    ("58 yo woman, i get a tight feeling in my chest when i walk up the hill to the bus stop, it goes after a couple of minutes rest. been happening for about 2 months", "50~59", "female", "cardiology"),
    ("my smartwatch flagged an irregular rhythm twice this month and i sometimes feel my heart skip and thump when lying down. im 35", "30~39", "undisclosed", "cardiology"),
    # dentistry
    ("one of my back teeth hurts when i drink anything cold or bite down and theres a dark spot on it. 27 F", "20~29", "female", "dentistry"),
    ("My gums bleed every time I floss and my breath is bad even right after brushing. I'm 52.", "50~59", "undisclosed", "dentistry"),
    ("my 8 year old's adult front tooth is coming in behind the baby tooth, which is still there and not wobbly. should it be pulled?", "0~9", "undisclosed", "dentistry"),
    ("my son is 19, gum at the very back of his mouth is swollen and sore where a tooth is coming through and he can't open his mouth all the way", "10~19", "male", "dentistry"),
    # dermatology
    ("I'm a 44 year old woman and my partner says a mole on my back has changed shape and gone darker. The edges look uneven.", "40~49", "female", "dermatology"),
    ("itchy red scaly patches on my elbows and knees for months with silvery flakes. 33 yo guy", "30~39", "male", "dermatology"),
    ("My daughter (15) has bad spots on her face and back that leave marks, nothing from the pharmacy is working and she's really upset about it.", "10~19", "female", "dermatology"),
    ("dry itchy rash in the creases of my elbows that flares up every winter, i scratch it till it bleeds. im 22 and nonbinary if that matters", "20~29", "other", "dermatology"),
    # endocrinology
    ("always hot and sweaty, heart pounding, lost 6kg without trying, my hands shake and my eyes look a bit bulgy in photos. woman, 36", "30~39", "female", "endocrinology"),
    ("51 year old woman. Cold all the time, putting on weight, hair thinning, exhausted, and the front of my neck looks a bit swollen.", "50~59", "female", "endocrinology"),
    ("my calcium came back a bit high on two blood tests, ive had kidney stones before and im tired a lot. 62 man", "60~69", "male", "endocrinology"),
    ("my son is 14 and much shorter than everyone in his class, and he hasn't started puberty yet. his dad and I are average height.", "10~19", "male", "endocrinology"),
    # family-medicine
    ("havent had a checkup in years, im 45 and want my cholesterol and blood pressure looked at. where do i start", "40~49", "undisclosed", "family-medicine"),
    ("runny nose, sore throat and a mild cough for 4 days, no fever. anything i can take to feel better? 29 m", "20~29", "male", "family-medicine"),
    ("I've just felt generally tired and run down for a few weeks even though I sleep ok. Woman, 38. Not sure what to ask for.", "30~39", "female", "family-medicine"),
    ("my dad is 63 and needs his flu jab and the shingles vaccine, can he have them on the same day?", "60~69", "male", "family-medicine"),
    # gastroenterology
    ("heartburn nearly every night for months, sour taste in my mouth, the antacids barely do anything now. 49 m", "40~49", "male", "gastroenterology"),
    ("My stools have been loose with mucus in them for 6 weeks, I'm going 5 or 6 times a day and I've lost some weight. 24, female.", "20~29", "female", "gastroenterology"),
    ("constant bloating and cramps, diarrhoea one week then constipated the next, for about a year, worse when im stressed. im 31", "30~39", "undisclosed", "gastroenterology"),
    ("my mum is 66, her GP found she's anaemic and her poo has been darker than usual for a while. they mentioned a camera test, what's involved?", "60~69", "female", "gastroenterology"),
    # general-surgery
    ("theres a bulge in my groin that gets bigger when i cough or lift things and goes away when i lie down. 55 year old man", "50~59", "male", "general-surgery"),
    ("I get pain under my right ribs after fatty meals and the ultrasound showed gallstones. My GP says it might need taking out. I'm a 42 year old woman.", "40~49", "female", "general-surgery"),
    ("painful lump near my tailbone that keeps filling with pus and bursting, 21 yr old guy, its happened 3 times now", "20~29", "male", "general-surgery"),
    ("my husband has a soft lump under the skin on his shoulder, doesn't hurt, been slowly growing for two years. he's 60 and wants it removed", "60~69", "male", "general-surgery"),
    # hematology-oncology
    ("i bruise really easily lately, big bruises i dont remember getting, my gums bleed and i get night sweats. 34 m", "30~39", "male", "hematology-oncology"),
    ("My blood test showed my platelets are low, 85, and the doctor said I need to see a specialist. I'm 58, female.", "50~59", "female", "hematology-oncology"),
    ("painless lumps in my neck and armpit for 2 months now, lost weight without trying and i get drenching sweats at night. im 27", "20~29", "undisclosed", "hematology-oncology"),
    ("my dad is 71 and a routine blood test showed his white cell count is very high. he feels completely fine. what happens next?", "70~79", "male", "hematology-oncology"),
    # infectious-diseases
    ("got back from thailand 3 weeks ago and still have diarrhoea on and off and feel wiped out. 33 m", "30~39", "male", "infectious-diseases"),
    ("I'm a 26 year old guy and I think I might have been exposed to HIV about 2 months ago. What tests should I get and when?", "20~29", "male", "infectious-diseases"),
    ("my TB skin test at work came back positive but i have no symptoms at all. 45, woman, i work as a nurse", "40~49", "female", "infectious-diseases"),
    ("I keep getting boils on my thighs and bum, they come back even after antibiotics and my partner gets them too. I'm 37.", "30~39", "undisclosed", "infectious-diseases"),
    # nephrology
    ("my GP said my kidney function number (eGFR) dropped to 42 over the last year. im diabetic, 63, woman", "60~69", "female", "nephrology"),
    ("My pee has been really foamy for weeks and my legs and eyelids are puffy in the mornings. 29 male.", "20~29", "male", "nephrology"),
    ("dad is 77, his creatinine keeps going up and the doctor mentioned he might need dialysis one day. we want to understand the options", "70~79", "male", "nephrology"),
    ("I have polycystic kidneys like my mother did. I'm 35 and my blood pressure is creeping up.", "30~39", "undisclosed", "nephrology"),
    # neurology
    ("for about 6 months my right hand shakes when its resting, ive got slower at everything and my handwriting has gone tiny. 66 man", "60~69", "male", "neurology"),
    ("I get headaches a few times a month with nausea, I have to lie down in a dark room, and sometimes I see zigzag lines beforehand. 28 F", "20~29", "female", "neurology"),
    ("numbness and tingling in both feet thats been slowly creeping up my legs over months. im 54", "50~59", "undisclosed", "neurology"),
    ("my wife is 39. last year she had blurry vision in one eye for a few weeks and now she's had numbness down one leg that's lasted weeks as well", "30~39", "female", "neurology"),
    # obstetrics-gynecology
    ("my periods are so heavy, on day 2 and 3 im changing a pad every 2 hours and im tired all the time. 41", "40~49", "female", "obstetrics-gynecology"),
    ("We've been trying for a baby for 14 months with no luck. I'm 34 and my cycles are all over the place.", "30~39", "female", "obstetrics-gynecology"),
    ("im 29 and 12 weeks pregnant, what scans and tests should i be booking?", "20~29", "female", "obstetrics-gynecology"),
    ("hot flushes, night sweats and my periods have gone irregular, im 50. is there anything that helps?", "50~59", "female", "obstetrics-gynecology"),
    # ophthalmology
    ("my grandad is 84 and says his vision has gone cloudy, and lights glare at night so he has stopped driving after dark", "80+", "male", "ophthalmology"),
    ("My eye is red and gritty and gummed shut in the mornings with crusty lashes. 25, female.", "20~29", "female", "ophthalmology"),
    ("straight lines like door frames look wavy in the middle of my vision in one eye. im 69", "60~69", "undisclosed", "ophthalmology"),
    ("my son's left eye seems to drift outwards when he's tired. he's 4", "0~9", "male", "ophthalmology"),
    # orthopedics
    ("twisted my knee playing football last week, it swelled right up and now it gives way when i turn. 23 m", "20~29", "male", "orthopedics"),
    ("Hip pain when I walk, stiff in the mornings, worse after a long walk. I'm a 67 year old woman.", "60~69", "female", "orthopedics"),
    ("my shoulder hurts when i lift my arm above my head and i cant sleep on that side. 52 man", "50~59", "male", "orthopedics"),
    ("my daughter's spine looks curved when she bends forward and one shoulder is higher than the other. she's 12", "10~19", "female", "orthopedics"),
    # otolaryngology
    ("blocked nose and no sense of smell for months, and pressure round my cheeks when i bend over. 38", "30~39", "undisclosed", "otolaryngology"),
    ("Ringing in my ears and I can't hear well on the left side anymore. 59, man.", "50~59", "male", "otolaryngology"),
    ("my voice has been hoarse for 6 weeks now, im a teacher, 44 woman", "40~49", "female", "otolaryngology"),
    ("my son snores really loudly and stops breathing for a few seconds at night, his tonsils are huge. he's 6", "0~9", "male", "otolaryngology"),
    # pediatrics
    ("my 3 year old girl has had a runny nose and cough for a week and is a bit off her food, she had a temp of 38 yesterday but is playing today", "0~9", "female", "pediatrics"),
    ("My son is 18 months and only says a couple of words. Should I be worried?", "0~9", "male", "pediatrics"),
    ("my 7 year old daughter still wets the bed most nights. is that normal at her age", "0~9", "female", "pediatrics"),
    ("our 2 year old boy has had runny poos for 3 days, still drinking and weeing fine, what can we give him?", "0~9", "male", "pediatrics"),
    # psychiatry
    ("I worry about everything all day and can't switch off, my heart races and I can't sleep. It's been months. 31, female.", "30~39", "female", "psychiatry"),
    ("my son is 19 and has started hearing voices and thinks people are following him, hes stopped going to uni", "10~19", "male", "psychiatry"),
    ("felt flat and empty for months, no joy in anything, sleeping too much. no thoughts of harming myself. im 42", "40~49", "undisclosed", "psychiatry"),
    ("I check the locks and the oven dozens of times before leaving the house, it takes me an hour. 25 yo guy", "20~29", "male", "psychiatry"),
    # pulmonology
    ("had a cough for 3 months, smoked for 30 years, get breathless going up the stairs now. 57 m", "50~59", "male", "pulmonology"),
    ("My CT showed a small nodule in my lung, 6 mm, and they want to keep an eye on it. I'm 61, female, ex-smoker. What does that mean?", "60~69", "female", "pulmonology"),
    ("dry cough and getting more breathless over the past year, my fingertips look rounded at the ends. im 70", "70~79", "undisclosed", "pulmonology"),
    ("I get wheezy and short of breath at night and when I exercise, and cold air sets off a cough. I'm 35.", "30~39", "undisclosed", "pulmonology"),
    # rehabilitation
    ("my dad (73) had a stroke 2 months ago and his left arm and leg are still weak, he walks with a frame. what therapy can help him get stronger?", "70~79", "male", "rehabilitation"),
    ("had my ACL reconstructed 6 weeks ago and the knee is still stiff, cant bend it fully. what exercises should i be doing? 26 f", "20~29", "female", "rehabilitation"),
    ("Broke my wrist in the winter. The cast is off now but it's weak and stiff and I can't open jars. 64, woman.", "60~69", "female", "rehabilitation"),
    ("my husband had a hip replacement 3 weeks ago, hes 69. how soon can he do stairs without the crutches?", "60~69", "male", "rehabilitation"),
    # rheumatology
    ("finger joints swollen and stiff every morning for over an hour, both hands. 48 woman", "40~49", "female", "rheumatology"),
    ("My big toe joint went red, hot and incredibly painful overnight. I'm a 53 year old man and it's happened a couple of times before.", "50~59", "male", "rheumatology"),
    ("lower back stiffness thats worst in the morning and gets better when i move about, been going on for years. 28 yo man", "20~29", "male", "rheumatology"),
    ("i get a rash across my cheeks and nose in the sun, plus achy joints and tiredness. 32 female", "30~39", "female", "rheumatology"),
    # urology
    ("68 yo man, up 4 times a night to pee, the flow is weak and takes ages to get going", "60~69", "male", "urology"),
    ("Saw blood in my pee a couple of times this month, no pain at all. I'm 61 and I smoke.", "60~69", "undisclosed", "urology"),
    ("had a scan after some side pain last week, they found a 4mm kidney stone. pain has settled. what happens now? im 43", "40~49", "undisclosed", "urology"),
    ("trouble keeping an erection for about a year now. im 55", "50~59", "male", "urology"),
    # nutrition
    ("I want to lose about 10 kg. What should a healthy eating plan look like for a 40 year old woman?", "40~49", "female", "nutrition"),
    ("my son wants to go vegan, how do i make sure he gets enough protein and B12? hes 16", "10~19", "male", "nutrition"),
    ("was told my cholesterol is a bit high, what foods should i eat more of and which should i avoid? 57", "50~59", "undisclosed", "nutrition"),
    ("training for my first marathon, how many carbs should i be eating before long runs? 30 f", "30~39", "female", "nutrition"),
]
