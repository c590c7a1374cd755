# Hand-written triage items: (text, department, age_range, gender). 4 per department.

ITEMS = [
    # cardiology
    ("62 year old woman here. My watch keeps flagging atrial fibrillation and I feel flutters when I lie down at night. No chest pain. Who should I see about this?", "cardiology", "60~69", "female"),
    ("I'm 45, male, Filipino, cholesterol is fine but my dad had a bypass at 50 and my tito had one at 52. Should I get a calcium score or a stress test?", "cardiology", "40~49", "male"),
    ("My legs swell by evening and I get winded climbing one flight of stairs, slowly getting worse over a few months. I'm 78 and had rheumatic fever as a kid in Vietnam. My doctor heard a murmur.", "cardiology", "70~79", "undisclosed"),
    ("I'm 34 and nonbinary. My resting heart rate sits around 110 even when I'm sitting and I get palpitations most days. Thyroid tests were normal.", "cardiology", "30~39", "other"),
    # dentistry
    ("My 8 year old daughter chipped her front adult tooth on the monkey bars. It doesn't hurt. Does it need fixing?", "dentistry", "0~9", "female"),
    ("Gums bleed every time I brush and my breath is bad even after mouthwash. 38 year old guy, smoker.", "dentistry", "30~39", "male"),
    ("Bottom right wisdom tooth is half out and the gum over it keeps getting sore and swollen. I'm 21.", "dentistry", "20~29", "undisclosed"),
    ("My dentures don't fit anymore since I lost weight, they rub sores in my mouth. I'm an 83 year old grandma.", "dentistry", "80+", "female"),
    # dermatology
    ("I'm 16 and my acne is cystic on my jaw and back. Tried everything from Walgreens. My mom says I need Accutane. I'm a boy btw.", "dermatology", "10~19", "male"),
    ("I'm a 52 yo woman and a mole on my shoulder has gotten darker with uneven edges.", "dermatology", "50~59", "female"),
    ("Itchy red scaly patches on my elbows and knees for a year, worse in winter. My mom has psoriasis. I'm 29, she/her.", "dermatology", "20~29", "female"),
    ("Dark patches on my cheeks since my 40s, I'm 47 now, worse every summer. Is there a cream that works?", "dermatology", "40~49", "undisclosed"),
    # endocrinology
    ("I'm 33, female, gained 20 lb this year, always cold, hair thinning, and my TSH came back 9.2.", "endocrinology", "30~39", "female"),
    ("My A1c is 10.4 even on metformin and glipizide. I'm a 57 year old Mexican American man. My doctor mentioned insulin and I'm scared.", "endocrinology", "50~59", "male"),
    ("Hand tremor, can't stand heat, losing weight without trying, heart racing. I'm 26 and my eyes look bulgier in photos.", "endocrinology", "20~29", "undisclosed"),
    ("My 14 year old son is the shortest in his class by far and hasn't started puberty at all. Do we need hormone tests?", "endocrinology", "10~19", "male"),
    # family-medicine
    ("I'm 40 and haven't had a check-up in 10 years. Male, smoker. What tests should I ask for?", "family-medicine", "40~49", "male"),
    ("Runny nose, mild sore throat and sneezing for 3 days. No fever. I'm 24 and have exams next week. Anything to speed it up?", "family-medicine", "20~29", "undisclosed"),
    ("I just feel tired and a bit off for a couple of months, nothing specific. 55 year old woman, working full time at a bakery.", "family-medicine", "50~59", "female"),
    ("I'm 71, retired, and need to renew my driver's license. They want a medical form filled out. Who does that?", "family-medicine", "70~79", "undisclosed"),
    # gastroenterology
    ("Heartburn almost every night for 6 months, worse after pho or spicy food. Omeprazole helps only a bit. I'm 48, man.", "gastroenterology", "40~49", "male"),
    ("I alternate between constipation and diarrhea with bloating for a year. 31F. Stress makes it worse.", "gastroenterology", "30~39", "female"),
    ("My liver enzymes were high on routine blood work and the ultrasound showed fatty liver. I'm 66, he/him, hardly drink.", "gastroenterology", "60~69", "male"),
    ("I'm 19 and have had loose stools with some blood on and off for 2 months, plus cramps. My cousin has Crohn's.", "gastroenterology", "10~19", "undisclosed"),
    # general-surgery
    ("I have a bulge in my groin that pops out when I cough or lift and goes back when I lie down. 58 year old man, warehouse job.", "general-surgery", "50~59", "male"),
    ("Gallstones found on ultrasound after a few attacks of pain after fatty meals. Pain's gone now. I'm 42, female. Do I need my gallbladder out?", "general-surgery", "40~49", "female"),
    ("There's a soft lump on my lower back that's been slowly getting bigger for years, moves under the skin, golf ball size. I'm 35.", "general-surgery", "30~39", "undisclosed"),
    ("I'm a 27 yo guy with a painful lump near my tailbone that keeps draining. It's come back three times. I sit a lot at work.", "general-surgery", "20~29", "male"),
    # hematology-oncology
    ("My blood test shows platelets of 82 and my GP wants a specialist to look. I'm 50, woman, no bleeding or bruising.", "hematology-oncology", "50~59", "female"),
    ("Painless lumps in my neck and armpit for 6 weeks, night sweats soaking my sheets, and I lost 8 kg. 23 year old male.", "hematology-oncology", "20~29", "male"),
    ("I finished chemo for breast cancer last year. I'm 61, female. How often should my scans and follow-ups be?", "hematology-oncology", "60~69", "female"),
    ("Iron deficiency anemia that won't improve with pills, hemoglobin 8.9, and the GI scopes were normal. I'm 44.", "hematology-oncology", "40~49", "undisclosed"),
    # infectious-diseases
    ("I got back from visiting family in Somalia 3 weeks ago and have had low fevers on and off with diarrhea. Stool test found parasites. I'm a 45 year old woman. Who treats this?", "infectious-diseases", "40~49", "female"),
    ("I tested positive for HIV at a clinic last week. I'm 29, gay man, feel okay. Who manages the medication?", "infectious-diseases", "20~29", "male"),
    ("My TB skin test came back positive for my nursing program. Chest X-ray clear. I'm 32, originally from the Philippines. Do I need treatment?", "infectious-diseases", "30~39", "undisclosed"),
    ("I'm 70 and keep getting infections that don't clear, a cellulitis on my shin came back after two rounds of antibiotics. My family doctor wants a specialist opinion.", "infectious-diseases", "70~79", "undisclosed"),
    # nephrology
    ("My eGFR dropped from 58 to 44 over a year. I'm a 69 year old man with diabetes and high blood pressure.", "nephrology", "60~69", "male"),
    ("Foamy urine and puffy eyes in the mornings. Urine test showed protein. I'm 28, woman.", "nephrology", "20~29", "female"),
    ("My mom and my aunt both had polycystic kidney disease. I'm 35 and my ultrasound showed cysts. What now?", "nephrology", "30~39", "undisclosed"),
    ("My dad is 81 and on dialysis three times a week. He's wiped out afterward. Can they adjust it?", "nephrology", "80+", "male"),
    # neurology
    ("Migraines 10 or more days a month with aura. I'm 32 and female. Sumatriptan helps only sometimes.", "neurology", "30~39", "female"),
    ("My right hand shakes when I hold a cup, for about a year. I'm 66, man. My father had the same thing.", "neurology", "60~69", "male"),
    ("I'm 42 and get numbness and tingling in my legs that comes and goes for weeks, plus I had blurry vision in one eye last year that cleared. Worried about MS.", "neurology", "40~49", "undisclosed"),
    ("My grandmother is 85 and getting more forgetful, repeating stories and getting lost in her own neighborhood.", "neurology", "80+", "female"),
    # obstetrics-gynecology
    ("I'm 8 weeks pregnant with my first and nauseous all day. Can I take Diclegis? I'm 27.", "obstetrics-gynecology", "20~29", "female"),
    ("I'm 17 and my periods are super irregular, sometimes 3 months apart, and I have acne and hair on my chin.", "obstetrics-gynecology", "10~19", "female"),
    ("Postmenopausal for 8 years and now I've had some spotting. I'm a 61 year old woman.", "obstetrics-gynecology", "60~69", "female"),
    ("I'm a trans man, 35, on testosterone for 4 years, and I've started spotting again. I'm due for a Pap too. Where do I go?", "obstetrics-gynecology", "30~39", "male"),
    # ophthalmology
    ("Floaters in my right eye for a few months, no flashes, no curtain. I'm 55, male, wear glasses for distance.", "ophthalmology", "50~59", "male"),
    ("My 5 year old's left eye drifts outward when she's tired. Does she need patching?", "ophthalmology", "0~9", "female"),
    ("Eyes dry and gritty all day, worse with computer work. I'm 39, woman.", "ophthalmology", "30~39", "female"),
    ("I've had diabetes for 15 years and never had an eye exam. I'm 74. Should I?", "ophthalmology", "70~79", "undisclosed"),
    # orthopedics
    ("Knee pain for months with clicking and sometimes locking since I twisted it playing soccer last year. I'm 24, male.", "orthopedics", "20~29", "male"),
    ("I'm 68, female, bad hip pain when walking and the X-ray shows arthritis. Is it time for a replacement?", "orthopedics", "60~69", "female"),
    ("My 13 year old's back looks uneven, one shoulder blade sticks out more. School screening said scoliosis.", "orthopedics", "10~19", "undisclosed"),
    ("Numb fingers at night from my thumb to my ring finger. I do nails all day. 44, she/her.", "orthopedics", "40~49", "female"),
    # otolaryngology
    ("Ringing in both ears and trouble hearing in restaurants. I'm a 60 year old man, worked construction.", "otolaryngology", "60~69", "male"),
    ("Sinus infections 5 times this year and my nose is always blocked on one side. 35, woman.", "otolaryngology", "30~39", "female"),
    ("My son is 6 and snores loudly, sometimes stops breathing for a few seconds in his sleep, and his tonsils are huge.", "otolaryngology", "0~9", "male"),
    ("Hoarse voice for 6 weeks, no cold. I'm 57, Diné, two-spirit, and I smoke.", "otolaryngology", "50~59", "other"),
    # pediatrics
    ("My 2 year old has had a runny nose and cough for 5 days, eating okay, fever of 38 on the first day only. When should I worry?", "pediatrics", "0~9", "undisclosed"),
    ("My 4 month old son spits up after every feed but is gaining weight well. Is this reflux?", "pediatrics", "0~9", "male"),
    ("Our 10 year old daughter gets stomach aches before school almost every morning. Where do we start?", "pediatrics", "10~19", "female"),
    ("My 7 year old boy is always tired and pale and keeps chewing ice. Could he be anemic?", "pediatrics", "0~9", "male"),
    # psychiatry
    ("I've felt down for months, can't enjoy anything, sleeping 12 hours a day. I'm 22, male, in college. No thoughts of hurting myself.", "psychiatry", "20~29", "male"),
    ("Panic attacks on the bus, heart racing, I feel like I'm dying though I know I'm not. 31, woman.", "psychiatry", "30~39", "female"),
    ("My 15 year old is nonbinary and has really bad anxiety, refuses to go to school. Where do we get help?", "psychiatry", "10~19", "other"),
    ("I'm 58 and since my wife passed I drink more every night just to sleep. I think I need help cutting down.", "psychiatry", "50~59", "male"),
    # pulmonology
    ("I'm 64, smoked for 40 years, cough every morning with phlegm and I get winded walking to the mailbox.", "pulmonology", "60~69", "undisclosed"),
    ("My asthma isn't controlled, using Ventolin 4 times a week even on Symbicort. 27, female.", "pulmonology", "20~29", "female"),
    ("A CT for my kidney stone showed a 6 mm lung nodule. I'm 51, male, never smoked. What's next?", "pulmonology", "50~59", "male"),
    ("I snore and wake up choking, tired all day. 45, man, BMI 36. My wife sleeps in the other room now.", "pulmonology", "40~49", "male"),
    # rehabilitation
    ("My father, 76, had a stroke 3 weeks ago and his left arm is still weak. He's home now. How do we get therapy?", "rehabilitation", "70~79", "male"),
    ("ACL surgery 6 weeks ago, I'm a 19 year old girl and want to get back to basketball. What should I be doing?", "rehabilitation", "10~19", "female"),
    ("Broke my ankle in a car accident in January, cast is off now but I'm still limping and stiff. I'm 38.", "rehabilitation", "30~39", "undisclosed"),
    ("Two months after my hip replacement I'm still on a walker. I'm 82, woman. Can I get more physio?", "rehabilitation", "80+", "female"),
    # rheumatology
    ("Morning stiffness in my hands for over an hour, knuckles swollen. I'm 41, woman.", "rheumatology", "40~49", "female"),
    ("Low back pain and stiffness since I was 25, better with exercise and worse at rest. I'm 33, man. HLA-B27 came back positive.", "rheumatology", "30~39", "male"),
    ("My 9 year old has had a swollen knee for 2 months with no injury and limps in the mornings.", "rheumatology", "0~9", "undisclosed"),
    ("ANA positive, joint pain, a rash across my face in the sun and mouth ulcers. I'm 26 and genderqueer.", "rheumatology", "20~29", "other"),
    # urology
    ("Getting up 4 times a night to pee and the stream is weak. I'm 67, man.", "urology", "60~69", "male"),
    ("I saw blood in my urine once last week, no pain. I'm 55 and quit smoking 5 years ago.", "urology", "50~59", "undisclosed"),
    ("Third kidney stone in 2 years. I'm 48, male. How do I prevent the next one?", "urology", "40~49", "male"),
    ("We've been trying for a baby for 18 months and my wife's tests are normal. I'm 34, should I get a semen analysis?", "urology", "30~39", "male"),
    # nutrition
    ("I'm 29, female, vegetarian and training for a marathon. How much protein do I actually need?", "nutrition", "20~29", "female"),
    ("Just diagnosed with prediabetes. 50 year old Punjabi man, I love roti and rice. What should I eat instead?", "nutrition", "50~59", "male"),
    ("My 80 year old mom barely eats and has lost weight. What can we add to her meals for calories?", "nutrition", "80+", "female"),
    ("I want to lose 20 pounds before my wedding in 6 months. I'm 31. What eating plan is realistic?", "nutrition", "30~39", "undisclosed"),
]
