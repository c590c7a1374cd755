# triage items part 2 (hand written, writer 84): 11 departments x 4
ITEMS = [
    # obstetrics-gynecology
    {"text": "I'm 11 weeks pregnant with my first, 30 years old. When is the first scan and what blood tests do they do?", "department": "obstetrics-gynecology", "age_range": "30~39", "gender": "female"},
    {"text": "periods are super heavy, flooding through pads at night, with clots, for 6 months. 43. ultrasound found fibroids.", "department": "obstetrics-gynecology", "age_range": "40~49", "gender": "female"},
    {"text": "Smear test result: HPV positive, mild changes, they want a colposcopy. I'm 26. What happens there?", "department": "obstetrics-gynecology", "age_range": "20~29", "gender": "female"},
    {"text": "My wife is 52, her periods stopped a year ago and now she has some spotting again. Which doctor should she book?", "department": "obstetrics-gynecology", "age_range": "50~59", "gender": "female"},
    # ophthalmology
    {"text": "My vision is getting cloudy like looking through a dirty window, worse with headlights at night. 74, man. Cataract?", "department": "ophthalmology", "age_range": "70~79", "gender": "male"},
    {"text": "Red itchy eyes every morning, crusty eyelids, for months. 35F, I wear contact lenses for my shifts. Blepharitis?", "department": "ophthalmology", "age_range": "30~39", "gender": "female"},
    {"text": "Diabetic for 15 years, haven't had my eyes checked in 4 years. 56 male. Who does the retina screening?", "department": "ophthalmology", "age_range": "50~59", "gender": "male"},
    {"text": "Optician said my eye pressure is high, 26 in both eyes, possible glaucoma. 61. What now?", "department": "ophthalmology", "age_range": "60~69", "gender": "undisclosed"},
    # orthopedics
    {"text": "Knee gave way playing football, heard a pop, swelled up next day. Now it feels unstable on stairs 3 weeks later. 24 male. ACL?", "department": "orthopedics", "age_range": "20~29", "gender": "male"},
    {"text": "Hip pain in the groin when I walk, getting worse over 2 years, x-ray shows arthritis. 69 woman. Hip replacement?", "department": "orthopedics", "age_range": "60~69", "gender": "female"},
    {"text": "I lift heavy boxes at the distribution centre and now I can't raise my right arm above my shoulder without pain, 6 weeks. 47, male. Rotator cuff?", "department": "orthopedics", "age_range": "40~49", "gender": "male"},
    {"text": "Bunion on my big toe getting bigger and painful in work shoes, I clean houses all day. 55, female. Surgery options?", "department": "orthopedics", "age_range": "50~59", "gender": "female"},
    # otolaryngology
    {"text": "Blocked nose on one side for a year, can't smell much, steroid spray did nothing. 40 man. Polyps?", "department": "otolaryngology", "age_range": "40~49", "gender": "male"},
    {"text": "Tonsillitis 7 times this year, I'm 19 and missed so much college. Can they take the tonsils out?", "department": "otolaryngology", "age_range": "10~19", "gender": "undisclosed"},
    {"text": "Hearing getting worse in both ears, I keep turning the TV up, wife complains. 71, man, worked in a factory 30 years.", "department": "otolaryngology", "age_range": "70~79", "gender": "male"},
    {"text": "Hoarse voice for 2 months, I'm a teacher, 38 female, never smoked. Voice tires by afternoon.", "department": "otolaryngology", "age_range": "30~39", "gender": "female"},
    # pediatrics
    {"text": "My 2 year old daughter has a runny nose, cough and temp 38.2 since yesterday, she is eating less but drinking and playing. What do I do?", "department": "pediatrics", "age_range": "0~9", "gender": "female"},
    {"text": "Son is 4 and keeps getting ear infections and colds since he started nursery, like every 3 weeks. Normal?", "department": "pediatrics", "age_range": "0~9", "gender": "male"},
    {"text": "Our baby boy is 10 months and not crawling yet, he sits well and babbles. Should we be worried?", "department": "pediatrics", "age_range": "0~9", "gender": "male"},
    {"text": "My 7 year old has had a tummy ache on and off and vomited once today, no fever, eating a bit. Who should see her?", "department": "pediatrics", "age_range": "0~9", "gender": "female"},
    # psychiatry
    {"text": "Since losing my job I can't sleep, no interest in anything, don't want to see friends, for 2 months. 45 male. No thoughts of ending it, just empty.", "department": "psychiatry", "age_range": "40~49", "gender": "male"},
    {"text": "I check the door locks 20 times before I can leave for my shift, I'm late every day. 33, woman. OCD?", "department": "psychiatry", "age_range": "30~39", "gender": "female"},
    {"text": "my son is 22, he started saying the neighbours are watching him through the TV and he stopped going out. He's calm but it's strange. Who do we see?", "department": "psychiatry", "age_range": "20~29", "gender": "male"},
    {"text": "I'm non-binary, 26, and my anxiety has gotten so bad I get panic attacks on the bus. Want to try medication.", "department": "psychiatry", "age_range": "20~29", "gender": "other"},
    # pulmonology
    {"text": "Smoked 30 years, cough every morning with phlegm, breathless walking uphill. 62 male. COPD test?", "department": "pulmonology", "age_range": "60~69", "gender": "male"},
    {"text": "Asthma not controlled even on two inhalers, night cough 4 times a week. 28 female. Need a chest specialist?", "department": "pulmonology", "age_range": "20~29", "gender": "female"},
    {"text": "CT scan for something else found a 6 mm nodule in my lung. 57, woman, ex-smoker. What follow up?", "department": "pulmonology", "age_range": "50~59", "gender": "female"},
    {"text": "Worked 20 years in a stone cutting workshop, now dry cough and short of breath. 53 m. Could it be silicosis?", "department": "pulmonology", "age_range": "50~59", "gender": "male"},
    # rehabilitation
    {"text": "Dad, 72, had a stroke 2 months ago, left arm weak and he walks with a frame. Hospital discharged him. How do we get more physio?", "department": "rehabilitation", "age_range": "70~79", "gender": "male"},
    {"text": "After my knee replacement 4 weeks ago I can only bend it 80 degrees. 65, female. Is more physio going to help?", "department": "rehabilitation", "age_range": "60~69", "gender": "female"},
    {"text": "Broke my ankle at work on the loading ramp, plate and screws, boot off now. 36 m. Still limping. Rehab plan?", "department": "rehabilitation", "age_range": "30~39", "gender": "male"},
    {"text": "I was in ICU with covid for 3 weeks, home now but muscles so weak I can't climb stairs. 49, woman. Rehabilitation program?", "department": "rehabilitation", "age_range": "40~49", "gender": "female"},
    # rheumatology
    {"text": "Both hands swollen and stiff every morning for over an hour, knuckles and wrists, 8 weeks. 41 female. Rheumatoid?", "department": "rheumatology", "age_range": "40~49", "gender": "female"},
    {"text": "Lower back stiff at night and better with exercise, since age 25, now 31 male. HLA-B27 positive. Ankylosing spondylitis?", "department": "rheumatology", "age_range": "30~39", "gender": "male"},
    {"text": "Mum, 70, has aching and stiffness in shoulders and hips, can't get out of bed easily, ESR high. Polymyalgia?", "department": "rheumatology", "age_range": "70~79", "gender": "female"},
    {"text": "Painful and swollen joints in my fingers plus psoriasis on my elbows. 52. Someone said psoriatic arthritis.", "department": "rheumatology", "age_range": "50~59", "gender": "undisclosed"},
    # urology
    {"text": "Getting up 3-4 times a night to pee, weak stream, dribbling after. 66 man. prostate?", "department": "urology", "age_range": "60~69", "gender": "male"},
    {"text": "I had a kidney stone last year that passed, now a scan shows another 8 mm one with no pain. 44 male. Remove it?", "department": "urology", "age_range": "40~49", "gender": "male"},
    {"text": "Erectile problems for a year, 57, diabetic. Tablets work half the time. Who deals with this?", "department": "urology", "age_range": "50~59", "gender": "male"},
    {"text": "My 80 year old grandfather sees blood in his urine now and then, no pain at all. GP said needs camera test of bladder.", "department": "urology", "age_range": "80+", "gender": "male"},
    # nutrition
    {"text": "I want to lose 15 kg for my health, I work nights and eat junk from the vending machine. 34 woman. Meal plan for shift workers?", "department": "nutrition", "age_range": "30~39", "gender": "female"},
    {"text": "Just diagnosed with coeliac disease, 27 male. What can I actually eat? Bread is in everything in my culture's food.", "department": "nutrition", "age_range": "20~29", "gender": "male"},
    {"text": "My 85 year old mother eats like a bird and is losing weight, no illness found. What foods or drinks to build her up?", "department": "nutrition", "age_range": "80+", "gender": "female"},
    {"text": "Teen athlete, 16, plays basketball every day, wants to gain muscle. How much protein is ok? Are shakes safe?", "department": "nutrition", "age_range": "10~19", "gender": "undisclosed"},
]
