# Hand-written triage items. Each entry: (text, age_range, gender, department)

TRIAGE_ITEMS = [
    # cardiology
    ("For about a month I get palpitations when I lie down at night — flutters, then a skipped beat, then a thud. 46F, 3 coffees a day. ECG at the GP was normal but it never happens when I'm there. Is a Holter monitor worth asking for?",
     "40~49", "female", "cardiology"),
    ("my dad is 74 and his ankles are puffy by lunchtime and he's started sleeping propped on 3 pillows or he gets short of breath. he had a heart attack ten years back. does he need a heart scan or is this just age",
     "70~79", "male", "cardiology"),
    ("Got told I have a heart murmur at my sports physical. I'm 19 (F), never had any symptoms, play lacrosse. Do I need an echo before the season?",
     "10~19", "female", "cardiology"),
    ("62, male. Tight band across my chest when I walk the dog up the hill, goes away after a couple of minutes standing still. Been like this about 6 weeks, never at rest. GP appointment is in 3 weeks, should I ask for a heart specialist instead?",
     "60~69", "male", "cardiology"),

    # dentistry
    ("back tooth on the lower left throbs whenever i drink anything cold and the ache lingers for like a minute after. 27. is that just a cavity or am i looking at a root canal",
     "20~29", "undisclosed", "dentistry"),
    ("My 8 year old's big front tooth has come in BEHIND the baby tooth which is still firmly in there. Shark teeth, apparently? Do we need to get the baby one pulled?",
     "0~9", "undisclosed", "dentistry"),
    ("Gums bleed every time I brush and my wife says my breath is awful lately. I'm 53 and a smoker. One tooth at the front feels a bit loose. Dentist or is it a vitamin thing?",
     "50~59", "male", "dentistry"),
    ("22f, wisdom tooth coming through bottom right and the gum flap over it is swollen and sore, hard to open my mouth all the way. salt water rinses help a bit. does it need to come out?",
     "20~29", "female", "dentistry"),

    # dermatology
    ("Red, scaly patches on both elbows and knees that flake off everywhere, scalp too. 31 M. Coal tar shampoo helps the scalp a bit but the rest is getting worse. What are the options?",
     "30~39", "male", "dermatology"),
    ("My husband says the mole on my back has got bigger and darker since last summer. I can't see it myself. I'm 57 and spent my youth sunbathing with baby oil.",
     "50~59", "female", "dermatology"),
    ("Son is 15 and has really bad cystic acne along his jaw and across his back, it's leaving pitted scars and he won't take his top off at swimming. Benzoyl peroxide from the chemist does nothing.",
     "10~19", "male", "dermatology"),
    ("Noticed my hair falling out in round coin-sized patches, the skin underneath is totally smooth. Three patches now. I'm 24. Started maybe two months ago.",
     "20~29", "undisclosed", "dermatology"),

    # endocrinology
    ("Bloods: TSH 0.02, free T4 well above range. Heart racing all the time, lost 6kg without trying, hands shake when I hold my phone. 35F. GP said 'overactive thyroid' and referred me but what happens next?",
     "30~39", "female", "endocrinology"),
    ("Type 1 since I was 9, now 44, male, and my control is all over the place with injections. Thinking about a pump or a closed-loop system. Who do I actually talk to about that?",
     "40~49", "male", "endocrinology"),
    ("my mum is 67 and an ultrasound they did for her neck pain found a 2.5cm nodule on her thyroid. she feels fine. what's the next step, do they biopsy it?",
     "60~69", "female", "endocrinology"),
    ("Weird one: I'm 29, not pregnant, never been, and milky stuff comes out of my nipples. Periods stopped 4 months ago too. Prolactin came back at 85. What does that mean?",
     "20~29", "female", "endocrinology"),

    # family-medicine
    ("Haven't had any kind of check-up in about ten years. I'm 42, guy, feel fine, bit of a belly. What should I actually ask for at a physical?",
     "40~49", "male", "family-medicine"),
    ("Cold for 9 days. Stuffy nose, cough, sore throat mostly gone now but I'm still wiped. 33. Do I need antibiotics at this point or just wait it out?",
     "30~39", "undisclosed", "family-medicine"),
    ("51 year old woman, tired ALL the time. No particular symptoms, sleeping ok, eating ok, just flat. Where do I even start?",
     "50~59", "female", "family-medicine"),
    ("My son's 20 and away at college, he's had a sore throat and runny nose for 4 days, no fever. Should he bother the student health centre or just rest and drink fluids?",
     "20~29", "male", "family-medicine"),

    # gastroenterology
    ("Heartburn nearly every night for 6 months. Omeprazole helps a bit. Lately bread and meat sometimes feel like they get stuck halfway down. 48 M. Do I need a camera test?",
     "40~49", "male", "gastroenterology"),
    ("bloated like a balloon and diarrhoea after anything with bread or pasta. 26F. my cousin has coeliac. should i get tested before cutting gluten out?",
     "20~29", "female", "gastroenterology"),
    ("My husband is 58 and he's had some dark blood mixed in his stool a few times and his bowel habits have changed over the past couple of months. He's embarrassed to go. Who does he need to see?",
     "50~59", "male", "gastroenterology"),
    ("Crohn's, 37, diagnosed at 22. Currently flaring — 6 to 8 loose stools a day for three weeks despite Stelara. I want to understand my options before my clinic appointment.",
     "30~39", "undisclosed", "gastroenterology"),

    # general-surgery
    ("Bulge in my right groin that pops out when I cough or lift stuff at work and goes back in when I lie down. 55 year old man. Doesn't hurt much, just aches at the end of the day.",
     "50~59", "male", "general-surgery"),
    ("Ultrasound found gallstones after I had four attacks of pain under my right ribs after greasy meals. 41F. Do I need my gallbladder taken out or can I manage with diet?",
     "40~49", "female", "general-surgery"),
    ("22 yo guy, got a lump at the top of my butt crack that gets swollen and infected and drains every few months. Antibiotics just make it go away for a bit. Is there a permanent fix?",
     "20~29", "male", "general-surgery"),
    ("Soft rubbery lump under the skin on my shoulder, moves when I press it, grown slowly over about 5 years, now the size of a golf ball. I'm 60. Probably a lipoma? Can someone remove it?",
     "60~69", "undisclosed", "general-surgery"),

    # hematology-oncology
    ("Routine blood test showed platelets of 45. I had noticed I bruise really easily lately and my gums bleed a little. 34, female. GP said 'we'll refer you'. Refer to whom and how worried should I be?",
     "30~39", "female", "hematology-oncology"),
    ("My father (71) was found to have CLL on a blood test for something else. They said 'watch and wait'. Is not treating it really the right thing?",
     "70~79", "male", "hematology-oncology"),
    ("Finished chemo and radiotherapy for breast cancer 6 months ago. I'm 49. My oncologist says no routine scans, just clinic visits. Everyone online says they get scans. Who's right?",
     "40~49", "female", "hematology-oncology"),
    ("Painless lumps in my neck for 6 weeks, bigger than a grape now, soaking night sweats and I've lost 5kg without trying. I'm 23. GP bloods were 'mostly normal'.",
     "20~29", "undisclosed", "hematology-oncology"),

    # infectious-diseases
    ("Back from Ghana 10 days ago. Now getting fevers and shaking chills every other day, feel fine in between. 30 yo man. I took malaria tablets but admit I missed a few.",
     "30~39", "male", "infectious-diseases"),
    ("Just tested HIV positive. 27. I'm trying not to panic. What happens with starting treatment and how soon do I need to start?",
     "20~29", "undisclosed", "infectious-diseases"),
    ("Third MRSA boil this year, this one on my thigh. 45, female. Each time I get doxycycline and it comes back. How do I get rid of it for good?",
     "40~49", "female", "infectious-diseases"),
    ("Mum is 65, works in a care home, had TB contact there. Skin test positive, chest x-ray clear, no symptoms. They want her on 3 months of tablets. Is that really needed?",
     "60~69", "female", "infectious-diseases"),

    # nephrology
    ("eGFR has dropped from 60 to 42 over two years and now there's protein in my urine. 68 M, type 2 diabetic for 20 years. GP mentioned a kidney doctor. What will they do?",
     "60~69", "male", "nephrology"),
    ("Polycystic kidney disease runs in my mum's side. Just got diagnosed myself at 33 and my BP's creeping up. What's the long-term outlook and what should I be doing now?",
     "30~39", "undisclosed", "nephrology"),
    ("my gran is 83 and her creatinine is 210, GP says kidney specialist. she's terrified she'll need dialysis. is that what this means?",
     "80+", "female", "nephrology"),
    ("19F. Three weeks of really frothy pee and my eyes are puffy every morning, ankles swell by evening. Urine dip at the pharmacy showed +++ protein.",
     "10~19", "female", "nephrology"),

    # neurology
    ("Migraines 15 days a month now. 36F. Tried propranolol and topiramate, neither helped and the topiramate made me foggy. What's next — is it worth asking about the CGRP injections?",
     "30~39", "female", "neurology"),
    ("Numbness and tingling in both feet that's slowly crept up to my ankles over a year. 57 year old man, not diabetic, don't drink much. Who looks at this?",
     "50~59", "male", "neurology"),
    ("My wife is 64 and over the last year she's started shuffling when she walks, her handwriting has got tiny and her face doesn't move much when she talks. Could it be Parkinson's?",
     "60~69", "female", "neurology"),
    ("Last year I had blurry vision in one eye for about a week that went away. Now I get electric tingles down my legs when I bend my neck. 28, female. Should I be worried about MS?",
     "20~29", "female", "neurology"),

    # obstetrics-gynecology
    ("Periods have got really heavy — on day 2 I flood through a pad every hour, clots the size of a coin. 44F. Could it be fibroids? What tests?",
     "40~49", "female", "obstetrics-gynecology"),
    ("We've been trying for a baby for 14 months. I'm 35, my cycles are all over the place (28 to 50 days). Where do we start?",
     "30~39", "female", "obstetrics-gynecology"),
    ("Just found out I'm pregnant!! About 8 weeks by my dates. I'm 26, first baby. When should the first scan be and what blood tests do they do?",
     "20~29", "female", "obstetrics-gynecology"),
    ("61 and haven't had a period in 10 years, but I had some light spotting last week. Just once. Probably nothing?",
     "60~69", "female", "obstetrics-gynecology"),

    # ophthalmology
    ("Headlights at night have big halos and glare, and everything's gone a bit cloudy and yellow. I'm 72, male, still driving. Cataracts?",
     "70~79", "male", "ophthalmology"),
    ("My daughter is 4 and her left eye turns in towards her nose when she's tired. Nursery noticed it too. Will she grow out of it?",
     "0~9", "female", "ophthalmology"),
    ("Gritty, burning dry eyes all day, worse at the computer, eyelids a bit crusty in the mornings. 39. Artificial tears last about 10 minutes.",
     "30~39", "undisclosed", "ophthalmology"),
    ("Diabetic for 15 years, 55F, and honestly haven't had an eye exam in about 3 years. Vision seems ok. Do I need a special eye check?",
     "50~59", "female", "ophthalmology"),

    # orthopedics
    ("Twisted my knee playing 5-a-side 2 months ago. Pain on the inside and sometimes it locks and I have to wiggle it to straighten. 24 M. Meniscus?",
     "20~29", "male", "orthopedics"),
    ("X-ray shows 'severe arthritis' in my left hip. I'm 69 (female), can only walk about 10 minutes, sleep is wrecked. At what point do they do a replacement?",
     "60~69", "female", "orthopedics"),
    ("shoulder hurts when i lift my arm above my head and i can't sleep on that side. 52. painting the ceiling set it off 3 months ago. rotator cuff?",
     "50~59", "undisclosed", "orthopedics"),
    ("School nurse noticed a curve in my 13 year old daughter's spine during a check. One shoulder blade sticks out when she bends over. What happens now?",
     "10~19", "female", "orthopedics"),

    # otolaryngology
    ("5 sinus infections this year. Nose permanently blocked on the left, can't smell much. 40 M. Sprays don't help anymore.",
     "40~49", "male", "otolaryngology"),
    ("My son (6) snores like an old man, his tonsils are massive, and sometimes he stops breathing for a few seconds at night and then gasps. Teacher says he's sleepy in class.",
     "0~9", "male", "otolaryngology"),
    ("Hearing has been going in my right ear only, over a few months, with a constant hiss. Left ear fine. 47F.",
     "40~49", "female", "otolaryngology"),
    ("hoarse voice for 2 months, no cold. 63, ex-smoker (quit 5 yrs ago). throat lozenges do nothing.",
     "60~69", "undisclosed", "otolaryngology"),

    # pediatrics
    ("My 18 month old has had a temp of 38.5 on and off for 2 days with a runny nose. Eating less but drinking and plenty of wet nappies. He's his usual cheeky self when the Calpol kicks in.",
     "0~9", "male", "pediatrics"),
    ("3 year old daughter constantly constipated, cries when she needs to poo and holds it in. Tried prune juice. What's next?",
     "0~9", "female", "pediatrics"),
    ("Our son is 7 and still wets the bed most nights. Dry in the day. His younger sister is already dry at night and he's embarrassed. Should we be doing something?",
     "0~9", "male", "pediatrics"),
    ("Baby is 4 months, breastfed, and has dropped from the 50th to the 15th centile. Feeds often, seems content. HV wants us to see someone.",
     "0~9", "undisclosed", "pediatrics"),

    # psychiatry
    ("Panic attacks about 3 times a week now. Can't go to the supermarket on my own anymore. 31F. Tried an app. I think I need proper help.",
     "30~39", "female", "psychiatry"),
    ("My son is 19 and over the last 6 months he's stopped seeing friends, barely leaves his room and told me he hears people talking about him through the walls. He's not aggressive. We're scared. Where do we go?",
     "10~19", "male", "psychiatry"),
    ("Pretty sure I've got ADHD. 38, nonbinary (they/them), always been disorganised, lose everything, lost three jobs for lateness. How do adults get assessed?",
     "30~39", "other", "psychiatry"),
    ("Since my wife died 8 months ago I can't sleep, I don't eat much, nothing seems worth doing. I'm 76. Not going to do anything silly, my kids needn't worry. Just empty. Is this grief or something else?",
     "70~79", "male", "psychiatry"),

    # pulmonology
    ("Breathless going up stairs now, smoked for 40 years, 66 M. Cough with phlegm every morning. Is this COPD and can anything be done?",
     "60~69", "male", "pulmonology"),
    ("asthma getting worse over the last few months even on my brown inhaler twice a day. waking at night to use the blue one. 28f",
     "20~29", "female", "pulmonology"),
    ("A CT for something else showed a 6mm nodule in my right lung. I'm 54, stopped smoking 8 years ago. They want to repeat the scan in 12 months. Isn't that too long?",
     "50~59", "undisclosed", "pulmonology"),
    ("Mum is 71, dry cough for three months and gets puffed out easily. GP heard 'crackles like velcro' at the bottom of her lungs. What is that?",
     "70~79", "female", "pulmonology"),

    # rehabilitation
    ("Dad had a stroke 6 weeks ago, he's 78, still weak down his right side and wobbly on his feet. Discharged home now. How do we get him more physio? The hospital only did 2 sessions.",
     "70~79", "male", "rehabilitation"),
    ("ACL reconstruction 3 weeks ago, 26F. Physio gave me a sheet but I'm not sure I'm doing enough. Knee bends to about 80 degrees. What should I be aiming for?",
     "20~29", "female", "rehabilitation"),
    ("Broke my wrist on the ice in January, cast off 2 weeks ago. 59. It's so stiff I can't turn a key or open a jar. Will it come back on its own?",
     "50~59", "undisclosed", "rehabilitation"),
    ("Spinal cord injury (T10) after a motorbike crash last year. 34, male, using a wheelchair. I want to get stronger and more independent. What kind of program should I be looking for?",
     "30~39", "male", "rehabilitation"),

    # rheumatology
    ("Morning stiffness in both hands lasting about 2 hours, knuckles swollen on both sides. 45F. My aunt has rheumatoid. Should I be tested?",
     "40~49", "female", "rheumatology"),
    ("Big toe went red, hot and swollen overnight — couldn't bear the bedsheet on it. Second time this year. 50 M, like a beer. Gout? Do I need long-term tablets?",
     "50~59", "male", "rheumatology"),
    ("27 m, lower back stiff as a board every morning for over a year, gets better once I'm moving and exercising, worse with rest. Physio hasn't helped. Could it be something inflammatory?",
     "20~29", "male", "rheumatology"),
    ("Rash across my cheeks and nose when I'm in the sun, joint pains in my wrists, and my ANA came back positive. 32, female. What happens next?",
     "30~39", "female", "rheumatology"),

    # urology
    ("Getting up 4 times a night to pee and the stream is weak, takes ages to get going. 67 M. Prostate?",
     "60~69", "male", "urology"),
    ("Saw blood in my urine twice this week, bright red, no pain at all. 58, smoker. Is it a water infection?",
     "50~59", "undisclosed", "urology"),
    ("Third kidney stone in 4 years, I'm 41 M. Passed them all but I never want to go through it again. How do I stop them forming?",
     "40~49", "male", "urology"),
    ("49, married, and having trouble keeping an erection for about a year. Not stress as far as I know. Embarrassed to ask my GP. Who deals with this?",
     "40~49", "male", "urology"),

    # nutrition
    ("Just diagnosed with coeliac disease at 30. Completely overwhelmed about what I can eat — oats? beer? soy sauce? I'm a woman who lives on sandwiches.",
     "30~39", "female", "nutrition"),
    ("My 12 year old son has decided to go vegan. I'm supportive but worried — how do I make sure he gets enough protein, iron and B12 while he's growing?",
     "10~19", "male", "nutrition"),
    ("trying to put on muscle, 19, lifting 4x a week. how much protein do i actually need per day? are shakes necessary or can i just eat more food",
     "10~19", "undisclosed", "nutrition"),
    ("My father is 83 and slowly losing weight, he's just not hungry and only picks at meals. Any ideas for making small meals more nourishing?",
     "80+", "male", "nutrition"),
]
