# Hand-written triage items.
# Each item: (text, department, age_range, gender)
# Every item below was written by hand, one at a time.

TRIAGE_ITEMS = [
    # cardiology
    ("My heart suddenly starts racing out of nowhere for 10-20 minutes then just stops like a switch flipped. Happens a couple of times a month. I'm 34, female, otherwise healthy. What is this??",
     "cardiology", "30~39", "female"),
    ("My dad (68) has been told he has a leaky mitral valve on his echo. Moderate to severe apparently. Does that always end in surgery?",
     "cardiology", "60~69", "male"),
    ("ECG at my work medical showed something called 'left bundle branch block'. I'm 51, male, feel absolutely fine. Do I need more tests or can I ignore it?",
     "cardiology", "50~59", "male"),
    ("resting pulse keeps dropping to 44-46 on my watch and i get lightheaded getting up from the sofa. im 73 and definitely not an athlete haha. pacemaker territory?",
     "cardiology", "70~79", "undisclosed"),

    # dentistry
    ("Back tooth zings when I drink anything cold, goes away after a few seconds. Been like that about a month. 27.",
     "dentistry", "20~29", "undisclosed"),
    ("my 8 year old has a dark brown spot on one of her back teeth, is that a cavity? she doesnt complain about it at all",
     "dentistry", "0~9", "female"),
    ("Gums bleed every time I brush and my breath is awful even after mouthwash. Mid-forties woman, smoker until last year.",
     "dentistry", "40~49", "female"),
    ("Cracked a filling on a popcorn kernel and there's a sharp edge cutting my tongue. Can it wait till Monday? Nothing hurts apart from the tongue.",
     "dentistry", "30~39", "undisclosed"),

    # dermatology
    ("Mole on my back has changed shape, my girlfriend noticed it's got darker on one edge. I'm 39 (m). Pale, burn easily.",
     "dermatology", "30~39", "male"),
    ("Itchy silvery patches on both elbows and my scalp for about a year now. Moisturiser does nothing. 23F",
     "dermatology", "20~29", "female"),
    ("My grandmother (she's 86) has a scaly crusty spot on the side of her nose that bleeds sometimes when she washes her face. She says it's just dry skin.",
     "dermatology", "80+", "female"),
    ("Underarm and groin have these painful lumps that burst and leave scars, keeps happening for 3 years. I'm a 29 yo guy and honestly really embarrassed.",
     "dermatology", "20~29", "male"),

    # endocrinology
    ("Thyroid nodule found by accident on a neck ultrasound, 1.8cm. They want to do a biopsy. 52, female. How likely is it cancer?",
     "endocrinology", "50~59", "female"),
    ("Calcium high on two blood tests (2.72) and PTH also high. Had a kidney stone last year. 61M. What's going on?",
     "endocrinology", "60~69", "male"),
    ("Type 1 for 20 years, thinking about switching to a pump. Pros and cons from anyone who's done it? 31, male.",
     "endocrinology", "30~39", "male"),
    ("I've put on weight mostly round my middle, got purple stretch marks, my face has gone round and my BP is up. Could this be hormonal? 36F",
     "endocrinology", "30~39", "female"),

    # family-medicine
    ("can i just get a general check up to see if everythings ok? im 40, havent seen a doctor in like 10 yrs. man if that matters. nothing wrong as such, just turned 40 and my mates are all getting 'the talk' lol",
     "family-medicine", "40~49", "male"),
    ("Cold for 5 days now, blocked nose, sore throat, no fever. Anything to speed it up or just ride it out?",
     "family-medicine", "30~39", "undisclosed"),
    ("Just tired all the time lately. Not sleeping great, no other real symptoms. 47, mum of three, work full time. Where do I start?",
     "family-medicine", "40~49", "female"),
    ("Do I need a tetanus booster? Last one was maybe 15 years ago. Stood on a rusty nail in the garden, small puncture, cleaned it. I'm 55.",
     "family-medicine", "50~59", "undisclosed"),

    # gastroenterology
    ("Constipated for years, now it alternates with diarrhoea and I'm so bloated by evening I look pregnant. 29F. IBS?",
     "gastroenterology", "20~29", "female"),
    ("So my husband (58) has had heartburn pretty much every night for 6 months. He lives on Gaviscon, sleeps propped up on three pillows, and last week he said food felt like it was \"sitting\" behind his breastbone. He refuses to make a fuss. Does he need a camera test or am I overreacting?",
     "gastroenterology", "50~59", "male"),
    ("My liver tests came back with ALT 110 and the GP mentioned fatty liver. What happens now? 44, overweight, male.",
     "gastroenterology", "40~49", "male"),
    ("Had my colonoscopy — they removed 3 polyps. When do I need the next one? 66, female.",
     "gastroenterology", "60~69", "female"),

    # general-surgery
    ("Bulge in my groin that gets bigger when I cough and disappears when I lie down. 50M, heavy lifting at work. Does it need an op?",
     "general-surgery", "50~59", "male"),
    ("Gallstones seen on ultrasound, I get pain under my right ribs after fatty food a few times a month. Should I get the gallbladder out? 42F",
     "general-surgery", "40~49", "female"),
    ("Painful lump right at the top of my bum crack that keeps getting infected and draining. Third time this year. 21, guy.",
     "general-surgery", "20~29", "male"),
    ("Soft lump under the skin on my shoulder, moves when I push it, been there for years but it's definitely bigger now. 57.",
     "general-surgery", "50~59", "undisclosed"),

    # hematology-oncology
    ("Platelets 520 on three blood tests over 6 months, GP can't find a reason and says 'we'll keep an eye'. 63F, some itching after hot showers which is probably unrelated?? What could it be, and who actually deals with this?",
     "hematology-oncology", "60~69", "female"),
    ("Lumps in my neck for 6 weeks, painless, rubbery, plus night sweats that soak the sheets. 26M.",
     "hematology-oncology", "20~29", "male"),
    ("My mother (74) has just been diagnosed with multiple myeloma. What treatments are usually offered at her age?",
     "hematology-oncology", "70~79", "female"),
    ("Finished treatment for breast cancer two years ago. How often should I be having scans? 49",
     "hematology-oncology", "40~49", "female"),

    # infectious-diseases
    ("Back from Ghana 10 days ago. Fevers on and off, took my malaria tablets most days but not all. Feel ok in between.",
     "infectious-diseases", "30~39", "undisclosed"),
    ("HIV positive, diagnosed last week, 28M. What happens at the first clinic appointment? scared tbh",
     "infectious-diseases", "20~29", "male"),
    ("Positive TB skin test for my new job as a nurse, chest x-ray normal. Do I need treatment? 35F.",
     "infectious-diseases", "30~39", "female"),
    ("Hepatitis C antibody positive on a blood donation screening. I'm 43 and male, feel fine. What now?",
     "infectious-diseases", "40~49", "male"),

    # nephrology
    ("eGFR 38 and protein in my urine. Diabetic 15 years. 59M. What can I do to stop it getting worse?",
     "nephrology", "50~59", "male"),
    ("Polycystic kidney disease runs on my dad's side. I'm 25 and female, should I be scanned?",
     "nephrology", "20~29", "female"),
    ("Been on dialysis 2 years now. How do I get on the transplant list? 47, male.",
     "nephrology", "40~49", "male"),
    ("Creatinine creeps up every year and my GP says stage 3 CKD. 71, woman. Anything that slows it down?",
     "nephrology", "70~79", "female"),

    # neurology
    ("Numbness and tingling that moves around, arms one month, legs the next. Last year I had blurry vision in one eye that got better by itself. 32F. Could this be MS?",
     "neurology", "30~39", "female"),
    ("Hand tremor when I hold a cup, worse after coffee, my dad had the same thing. 66M.",
     "neurology", "60~69", "male"),
    ("Headaches nearly every day for 3 months, over the counter stuff barely helps anymore. 45, woman.",
     "neurology", "40~49", "female"),
    ("My husband (73) acts out his dreams — punching and kicking in his sleep. Lately his hands are a bit shaky too. Who should he see?",
     "neurology", "70~79", "male"),

    # obstetrics-gynecology
    ("Periods every 2 weeks and super heavy, flooding through pads. 42F.",
     "obstetrics-gynecology", "40~49", "female"),
    ("12 weeks pregnant with my first 🥹 when is the anomaly scan usually done and what do they check?",
     "obstetrics-gynecology", "30~39", "female"),
    ("Pain during sex and really bad pelvic pain the week before my period. 27. Endometriosis?",
     "obstetrics-gynecology", "20~29", "female"),
    ("Post-menopausal for 8 years, 61, and I've had some spotting twice last month.",
     "obstetrics-gynecology", "60~69", "female"),

    # ophthalmology
    ("Eyes dry and gritty by the evening after the computer all day, sometimes blurry then clears when I blink. 38 F.",
     "ophthalmology", "30~39", "female"),
    ("Grandad says his vision is blurry and colours look washed out. He's 79. Cataracts?",
     "ophthalmology", "70~79", "male"),
    ("Diabetic, had retina photos and they wrote 'background retinopathy'. 55M. Do I need laser?",
     "ophthalmology", "50~59", "male"),
    ("My 14 yo son squints at the board and gets headaches after school. Is it just glasses?",
     "ophthalmology", "10~19", "male"),

    # orthopedics
    ("Knee locks sometimes and swells after football, I twisted it 2 months ago. 24M.",
     "orthopedics", "20~29", "male"),
    ("Hip pain in the groin when I walk, X-ray says arthritis. 69F. Is it time for a replacement?",
     "orthopedics", "60~69", "female"),
    ("Shoulder hurts when I lift my arm above my head and I can't sleep on that side. 52, painter and decorator.",
     "orthopedics", "50~59", "undisclosed"),
    ("Bunion on my right foot getting bigger every year and now I can't find a single pair of shoes that don't hurt. Big toe is starting to cross under the next one. 58, woman. Is surgery the only fix?",
     "orthopedics", "50~59", "female"),

    # otolaryngology
    ("Blocked ear and muffled hearing for 3 weeks after a cold. Popping doesn't work. 33F",
     "otolaryngology", "30~39", "female"),
    ("Hoarse voice for 6 weeks, I smoke about 15 a day. 57 male.",
     "otolaryngology", "50~59", "male"),
    ("My daughter (5) snores really loudly, mouth breathes, and her tonsils are huge. Should they come out?",
     "otolaryngology", "0~9", "female"),
    ("Constant ringing in my left ear only, 40s, man. Both ears used to be the same.",
     "otolaryngology", "40~49", "male"),

    # pediatrics
    ("My 3yo has had a runny nose and cough for a week, eating less, temp 37.9. Does she need to be seen?",
     "pediatrics", "0~9", "female"),
    ("Baby is 6 months and not sitting up yet even with support. Is that behind?",
     "pediatrics", "0~9", "undisclosed"),
    ("My 2-year-old son only says about 5 words (mama, dada, ball, no, and something that means biscuit). He understands loads, points at things, plays normally. My MIL says boys are just slower. Should I be worried or is he just a late talker?",
     "pediatrics", "0~9", "male"),
    ("9 yr old boy gets tummy aches before school most mornings, GP found nothing. What now?",
     "pediatrics", "0~9", "male"),

    # psychiatry
    ("I can't stop checking the locks and the stove, it takes me 30 minutes to leave the house. 26F.",
     "psychiatry", "20~29", "female"),
    ("Low mood for months, no motivation, sleeping 12 hours. Not suicidal, just flat. 19 M.",
     "psychiatry", "10~19", "male"),
    ("My wife (38) goes through spells of barely sleeping and spending tons of money, then she crashes for weeks. Could this be bipolar?",
     "psychiatry", "30~39", "female"),
    ("panic attacks on the tube every morning, heart pounding, sure im going to pass out, then fine by the time i get to the office. been checked, heart is fine. 30 yr old guy. therapy or meds or both?? work is starting to notice",
     "psychiatry", "30~39", "male"),

    # pulmonology
    ("Writing for my father in law. He is 65, smoked for 40 years (stopped at Christmas, proud of him), and now gets out of breath on the stairs and coughs every morning. He says it's age. Is this COPD and what test would show it?",
     "pulmonology", "60~69", "male"),
    ("7mm nodule found by chance on a chest CT. 55, female, ex-smoker. Should I be worried?",
     "pulmonology", "50~59", "female"),
    ("Asthma not controlled on my brown inhaler, I'm using the blue one every day. 28F.",
     "pulmonology", "20~29", "female"),
    ("Coughing up phlegm every morning for 2 years, lots of chest infections. Bronchiectasis? 48 (m)",
     "pulmonology", "40~49", "male"),

    # rehabilitation
    ("Dad had a stroke 3 months ago and his left arm is still weak. How do we get more physio? He's 71.",
     "rehabilitation", "70~79", "male"),
    ("10 weeks post ACL surgery, 22F. When can I start jogging?",
     "rehabilitation", "20~29", "female"),
    ("After a car accident last year I'm still walking with a cane. 46M. Would a rehab programme help?",
     "rehabilitation", "40~49", "male"),
    ("My mum broke her hip and had surgery, now she's too scared to walk. She's 84. Any exercises or rehab we can ask for?",
     "rehabilitation", "80+", "female"),

    # rheumatology
    ("Morning stiffness in my hands for over an hour every day 😩 knuckles are puffy and I can't get my rings on. Both hands, same joints. 41F, my aunt has RA.",
     "rheumatology", "40~49", "female"),
    ("Back pain that's better with exercise and worse with rest, wakes me at night. 27M.",
     "rheumatology", "20~29", "male"),
    ("Rash across my cheeks and nose plus joint pain, ANA came back positive. 31 female.",
     "rheumatology", "30~39", "female"),
    ("Shoulders and hips ache and are stiff every morning, can barely get out of bed, came on over a few weeks. 72, woman.",
     "rheumatology", "70~79", "female"),

    # urology
    ("Up 4 times a night to pee, weak stream, dribbling after. 67 year old man. My wife made me write this.",
     "urology", "60~69", "male"),
    ("Passed a kidney stone last month, second one. How do I stop it happening again? 39M.",
     "urology", "30~39", "male"),
    ("Saw blood in my urine once, no pain at all. 58F. What tests should I expect?",
     "urology", "50~59", "female"),
    ("erection problems at 45, otherwise healthy, bit overweight. is it in my head or physical?? cant talk to my GP about this, she's my neighbour",
     "urology", "40~49", "male"),

    # nutrition
    ("What's a good diet for high cholesterol if I hate fish? 50F.",
     "nutrition", "50~59", "female"),
    ("I'm vegan and training for a marathon. Am I getting enough protein and iron? 29 guy.",
     "nutrition", "20~29", "male"),
    ("My daughter (15) wants to go vegetarian. What does she need to eat to stay healthy?",
     "nutrition", "10~19", "female"),
    ("Just told I'm prediabetic. What should I be eating for breakfast? I usually have toast and jam and a big orange juice 😬 62.",
     "nutrition", "60~69", "undisclosed"),
]
