# triage items part 1 (departments cardiology .. neurology), written by hand by writer 95
ITEMS = [
    # cardiology
    {"text": "58 yo bloke here, farm out near Dubbo. I get a tight chest walking up the hill to the dam, goes away after 5 minutes rest. Been like that for 2 months, same every time. GP wants me to see a heart specialist, what tests will they do?", "department": "cardiology", "age_range": "50~59", "gender": "male"},
    {"text": "my heart races randomly for no reason, like 180 on my watch, then stops suddenly like a switch. happens about once a month, lasts 10 min. im 24 and female, otherwise healthy", "department": "cardiology", "age_range": "20~29", "gender": "female"},
    {"text": "Mum is 83 and her ankles swell up by afternoon and she gets puffed lying flat, needs 3 pillows now. GP said heart failure and has referred her on. What will they do for her?", "department": "cardiology", "age_range": "80+", "gender": "female"},
    {"text": "LDL cholesterol 5.8 and a strong family history of early heart attacks. I'm 37. Is it time to see a specialist about statins or something stronger?", "department": "cardiology", "age_range": "30~39", "gender": "undisclosed"},
    # dentistry
    {"text": "back tooth on the bottom left aches when I drink anything cold, been a couple of weeks now, no swelling. I'm 45. is it a cavity or sensitive teeth", "department": "dentistry", "age_range": "40~49", "gender": "undisclosed"},
    {"text": "My 7 year old son chipped his new front tooth on the trampoline this arvo, a corner piece came off (we kept it in milk). No bleeding, he's fine. Who do we book in with?", "department": "dentistry", "age_range": "0~9", "gender": "male"},
    {"text": "My daughter is 19 and her wisdom tooth is coming through, the gum over it is sore and swollen and she says it tastes bad. Does it need to come out?", "department": "dentistry", "age_range": "10~19", "gender": "female"},
    {"text": "My bottom denture has been rubbing and there's an ulcer under it that hasn't healed in 4 weeks. I'm 76 and I used to smoke a pipe. Who should look at it?", "department": "dentistry", "age_range": "70~79", "gender": "undisclosed"},
    # dermatology
    {"text": "im 16 and a guy and my acne is awful, mostly deep painful ones along my jaw. tried benzoyl peroxide and doxy for 3 months. can i get something stronger", "department": "dermatology", "age_range": "10~19", "gender": "male"},
    {"text": "New mole on my back that's itchy and two different browns. 52F, fair skin, grew up on a farm in Queensland, never wore a hat. Who should check it?", "department": "dermatology", "age_range": "50~59", "gender": "female"},
    {"text": "Psoriasis on my elbows and scalp getting worse every year, the creams aren't touching it. 33, male. Are the injections an option?", "department": "dermatology", "age_range": "30~39", "gender": "male"},
    {"text": "I'm 27 and nonbinary (they/them). For 3 weeks I've had an itchy rash between my fingers and on my wrists that's way worse at night. My housemate has it too.", "department": "dermatology", "age_range": "20~29", "gender": "other"},
    # endocrinology
    {"text": "Thyroid nodule 2.3cm found on an ultrasound for something else. TSH normal. I'm a 44 year old woman. GP says it needs looking into further, who does that?", "department": "endocrinology", "age_range": "40~49", "gender": "female"},
    {"text": "Type 1 for 15 years, HbA1c stuck at 8.5 even with the pump and CGM. I'm 29. Want a proper review of my settings.", "department": "endocrinology", "age_range": "20~29", "gender": "undisclosed"},
    {"text": "Grandad is 71 and his calcium came back high, 2.85, and the PTH was high as well. GP mentioned parathyroid. He's a bit tired but otherwise ok.", "department": "endocrinology", "age_range": "70~79", "gender": "male"},
    {"text": "I'm 14, a boy, and I'm the shortest in my year by a mile and my voice hasn't broken. Dad was a late bloomer apparently. Should someone check my hormones?", "department": "endocrinology", "age_range": "10~19", "gender": "male"},
    # family-medicine
    {"text": "Just want a general check up. 40, haven't been to a doctor in about 10 years. What should I ask them to test?", "department": "family-medicine", "age_range": "40~49", "gender": "undisclosed"},
    {"text": "31 female, cold for a week, runny nose, bit of a cough, no fever. Work wants a certificate. Do I need antibiotics?", "department": "family-medicine", "age_range": "30~39", "gender": "female"},
    {"text": "Tired all the time, 62, bloke, sleeping ok, eating ok, no idea why. Where do I even start?", "department": "family-medicine", "age_range": "60~69", "gender": "male"},
    {"text": "Need a medical for my heavy rigid licence renewal, I'm 67 (he/him). Does my normal GP do those?", "department": "family-medicine", "age_range": "60~69", "gender": "male"},
    # gastroenterology
    {"text": "Heartburn every night for a year despite Nexium, and lately food sometimes feels like it sticks halfway down. 55 male.", "department": "gastroenterology", "age_range": "50~59", "gender": "male"},
    {"text": "I'm 23 (she/her) and have had diarrhoea with blood in it up to 6 times a day for 3 weeks, crampy pain. GP has done stool tests, all negative for bugs.", "department": "gastroenterology", "age_range": "20~29", "gender": "female"},
    {"text": "My liver tests are off, ALT 140, GGT 300. I drink a few beers every day. 48 y/o. Who looks after livers?", "department": "gastroenterology", "age_range": "40~49", "gender": "undisclosed"},
    {"text": "Positive result on the bowel screening kit at 61. What happens now, do I need a colonoscopy?", "department": "gastroenterology", "age_range": "60~69", "gender": "undisclosed"},
    # general-surgery
    {"text": "lump in my groin that disappears when I lie down, bit achy after a day of lifting. 38 male, work in a feed store", "department": "general-surgery", "age_range": "30~39", "gender": "male"},
    {"text": "Gallstones found on ultrasound. Had 3 attacks of pain after fatty food, all settled by themselves. I'm a 45 year old woman. Do I need it out?", "department": "general-surgery", "age_range": "40~49", "gender": "female"},
    {"text": "I'm a 70 yo woman with a cyst on my back that keeps getting bigger and sometimes leaks cheesy stuff. Can it be cut out?", "department": "general-surgery", "age_range": "70~79", "gender": "female"},
    {"text": "Pilonidal sinus keeps flaring up and getting drained. I'm 19. Is there an operation that fixes it for good?", "department": "general-surgery", "age_range": "10~19", "gender": "undisclosed"},
    # hematology-oncology
    {"text": "Platelets 890 on two blood tests a month apart. 67 female. GP said it needs a specialist but didn't say which.", "department": "hematology-oncology", "age_range": "60~69", "gender": "female"},
    {"text": "My son is 17 and bruises really easily, and last week he had a nosebleed that took an hour to stop (it did stop). GP found low platelets. Where to now?", "department": "hematology-oncology", "age_range": "10~19", "gender": "male"},
    {"text": "Dad is 79 and has been told he has CLL, white count 30. They said watch and wait. What does that mean for him?", "department": "hematology-oncology", "age_range": "70~79", "gender": "male"},
    {"text": "Breast cancer survivor, finished chemo 2 years ago, I'm 46. New ache in my lower back for a month. Should I go back to my oncologist?", "department": "hematology-oncology", "age_range": "40~49", "gender": "female"},
    # infectious-diseases
    {"text": "Strongyloides came back positive on a blood test after I worked in remote communities in the NT. 34 male. Eosinophils high. Who treats this?", "department": "infectious-diseases", "age_range": "30~39", "gender": "male"},
    {"text": "HIV positive, 52, moving to Townsville next month. Need to transfer my care and keep my meds going.", "department": "infectious-diseases", "age_range": "50~59", "gender": "undisclosed"},
    {"text": "I'm 28 (she) and keep getting boils, golden staph, and now my partner is getting them too. Antibiotics work then they come back.", "department": "infectious-diseases", "age_range": "20~29", "gender": "female"},
    {"text": "Latent TB found on my visa medical. 41, no symptoms. They want me on treatment for months. Who supervises that?", "department": "infectious-diseases", "age_range": "40~49", "gender": "undisclosed"},
    # nephrology
    {"text": "eGFR dropped from 60 to 38 in a year. 72 with type 2 diabetes. GP says kidneys need a specialist now.", "department": "nephrology", "age_range": "70~79", "gender": "undisclosed"},
    {"text": "Protein in my urine on the dipstick and puffy eyes in the mornings for a few weeks. I'm a 26 year old man.", "department": "nephrology", "age_range": "20~29", "gender": "male"},
    {"text": "Polycystic kidney disease runs in my family, my mum ended up on dialysis. I'm 35, female. Should I get screened?", "department": "nephrology", "age_range": "30~39", "gender": "female"},
    {"text": "On dialysis three times a week, fistula working fine. I'm 64. How do I get onto the transplant list?", "department": "nephrology", "age_range": "60~69", "gender": "undisclosed"},
    # neurology
    {"text": "Migraines 3 times a week, 29 female. Triptans help but I'm missing work all the time. Is there a preventive?", "department": "neurology", "age_range": "20~29", "gender": "female"},
    {"text": "Right hand shakes when it's resting on my knee, been about 6 months, and my writing has got smaller. 68 male.", "department": "neurology", "age_range": "60~69", "gender": "male"},
    {"text": "33F. Numb patches on my legs that come and go for months, and I had a blurry eye episode last year that got better. Worried about MS.", "department": "neurology", "age_range": "30~39", "gender": "female"},
    {"text": "My dad is 84 and his memory is going downhill over the last year, forgetting names, got lost driving to the town he's lived near for 50 years.", "department": "neurology", "age_range": "80+", "gender": "male"},
]
