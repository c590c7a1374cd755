# Hand-written triage items, part B. Each: (text, department, age_range, gender)

ITEMS = [
    # obstetrics-gynecology
    ("Periods have gotten super heavy and long the last 6 months, soaking through at night. 46. Fibroids? Perimenopause?", "obstetrics-gynecology", "40~49", "female"),
    ("We've been trying to get pregnant for 14 months, I'm 34. My cycles are irregular. Who should we see first?", "obstetrics-gynecology", "30~39", "female"),
    ("My pap came back ASC-US, HPV positive. I'm 28. They want a colposcopy, what is that?", "obstetrics-gynecology", "20~29", "female"),
    ("Postmenopausal, 59, had a little spotting twice this month. No pain. Is that something to get checked?", "obstetrics-gynecology", "50~59", "female"),
    # ophthalmology
    ("Diabetic for 20 years, 55 years old, haven't had an eye exam in 3. My vision seems a little blurry reading. Where do I get a retina check?", "ophthalmology", "50~59", "undisclosed"),
    ("Cataract in my right eye is making night driving hard. I'm 71, man. When is it time for surgery?", "ophthalmology", "70~79", "male"),
    ("My mom is 83 and her eye pressure is high, they said glaucoma. The drops make her eyes red. Is there a laser option?", "ophthalmology", "80+", "female"),
    ("Eyes dry and gritty all day, I'm at a computer 10 hours. 32F. Artificial tears aren't enough.", "ophthalmology", "30~39", "female"),
    # orthopedics
    ("Knee pain for 2 years, X-ray shows bone on bone osteoarthritis. 64. Injections wore off. Time for a replacement?", "orthopedics", "60~69", "undisclosed"),
    ("Rolled my ankle playing basketball 3 weeks ago, still swollen and it feels loose. 17, male.", "orthopedics", "10~19", "male"),
    ("Shoulder hurts when I reach overhead and at night when I lie on it. 52 year old woman, painter. Rotator cuff?", "orthopedics", "50~59", "female"),
    ("Broke my wrist in a fall on ice 5 weeks ago, cast comes off next week. 45. Do I need a follow-up x-ray with the ortho?", "orthopedics", "40~49", "undisclosed"),
    # otolaryngology
    ("Hoarse voice for 6 weeks, no cold. I'm a 61 yr old man, ex-smoker. Who looks at vocal cords?", "otolaryngology", "60~69", "male"),
    ("Constant sinus infections, like 5 this year, face pressure and green stuff. 38. Antibiotics every time. Is there surgery for this?", "otolaryngology", "30~39", "undisclosed"),
    ("Hearing is going in my left ear only and there's ringing. 47F. Gradual over a year.", "otolaryngology", "40~49", "female"),
    ("Grandpa is 86 and his ears are blocked with wax, he can't hear us at all. Where can he get them cleaned?", "otolaryngology", "80+", "male"),
    # pediatrics
    ("My 4 year old has had an on and off cough and runny nose for 3 weeks, no fever, eating and playing fine. Should her doctor see her?", "pediatrics", "0~9", "female"),
    ("Son is 7 and has a rash with little red bumps on his hands and feet and sores in his mouth. Daycare says hand foot mouth. What do we do?", "pediatrics", "0~9", "male"),
    ("Baby is 9 months, not crawling yet, just sits and scoots. Is that a delay?", "pediatrics", "0~9", "undisclosed"),
    ("My 11 year old daughter gets stomach aches before school most mornings. Pediatrician or something else?", "pediatrics", "10~19", "female"),
    # psychiatry
    ("I've been depressed on and off since my divorce, 3 years now. 50 yr old man. My GP put me on sertraline but it's not enough. Should I see a psychiatrist?", "psychiatry", "50~59", "male"),
    ("Panic attacks at work, like 3 a week now, heart racing, feel like I'm dying but ER said heart fine. 29F.", "psychiatry", "20~29", "female"),
    ("I think I have ADHD. Always late, lose everything, can't finish projects. I'm 36 and nonbinary, and honestly every intake form already stresses me out. How do adults get assessed?", "psychiatry", "30~39", "other"),
    ("My 16 year old son barely leaves his room, stopped seeing friends, grades dropped. He says he's fine. Where do we start?", "psychiatry", "10~19", "male"),
    # pulmonology
    ("COPD, 66, on Spiriva and still short of breath walking a block. Is there something stronger or oxygen?", "pulmonology", "60~69", "undisclosed"),
    ("Lung nodule 7 mm found on a CT for something else. 57, former smoker, man. Who follows that?", "pulmonology", "50~59", "male"),
    ("Asthma since childhood, now 42F, using my rescue inhaler 4-5 times a week. My controller isn't working.", "pulmonology", "40~49", "female"),
    ("Cough for 3 months, dry, no fever. Nonsmoker, 48, worked around dust for years in construction. Who should I see?", "pulmonology", "40~49", "undisclosed"),
    # rehabilitation
    ("I had a stroke 2 months ago, I'm 67, left arm still weak and I drag my foot. The hospital therapy ended. How do I keep going with rehab?", "rehabilitation", "60~69", "undisclosed"),
    ("Finished my ACL reconstruction 3 weeks ago, 23 year old woman. Need to set up physio. Who coordinates that?", "rehabilitation", "20~29", "female"),
    ("My husband, 72, had a hip replacement and he's home now but can barely get out of the chair. Can he get a physiotherapist?", "rehabilitation", "70~79", "male"),
    ("Back at work after a car accident 4 months ago, neck still stiff and I can't turn to check blind spots. 39. Physio?", "rehabilitation", "30~39", "undisclosed"),
    # rheumatology
    ("Both hands stiff for an hour every morning, knuckles swollen, my RF came back positive. 44F.", "rheumatology", "40~49", "female"),
    ("Lower back pain that's worse in the morning and better with exercise, since my 20s. I'm 31 male. Doc mentioned ankylosing spondylitis?", "rheumatology", "30~39", "male"),
    ("ANA positive 1:640, joint pain, rash on my cheeks in the sun. 26. Lupus?", "rheumatology", "20~29", "undisclosed"),
    ("My 81 year old father has pain and stiffness in both shoulders and hips, can't lift his arms to comb his hair. Started suddenly a month ago.", "rheumatology", "80+", "male"),
    # urology
    ("Getting up 4 times a night to pee, weak stream. 66 year old man. Prostate?", "urology", "60~69", "male"),
    ("Kidney stones twice this year. 41. I want to stop getting them. Who does the workup?", "urology", "40~49", "undisclosed"),
    ("Blood in my urine on a dipstick at my physical, I didn't see any. 58, smoker 30 yrs. What now?", "urology", "50~59", "undisclosed"),
    ("Leaking urine when I cough or laugh since my second baby, I'm 37. Is there something besides Kegels?", "urology", "30~39", "female"),
    # nutrition
    ("Just diagnosed with prediabetes, 43. What should I actually eat? The handout says 'eat healthy', thanks a lot.", "nutrition", "40~49", "undisclosed"),
    ("I'm 19 and vegan, my friends say I can't get enough protein or B12. What do I need to eat or take?", "nutrition", "10~19", "undisclosed"),
    ("Kidney doctor said low potassium, low phosphorus diet. I'm a 70 year old woman and I'm lost. What can I eat for breakfast?", "nutrition", "70~79", "female"),
    ("I'm trying to lose 40 lbs before my knee surgery, 55M, and I don't know how to plan meals that fill me up. Can I talk to a dietitian?", "nutrition", "50~59", "male"),
]
