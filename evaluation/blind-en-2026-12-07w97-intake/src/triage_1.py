# triage, part 1 (11 departments x 4 items), written by hand
ITEMS = [
# cardiology
{"text": "My heart flutters and skips a few beats when I lay down at night, been about a month. No pain, no passing out. I'm a 63 year old man and I drink a pot of coffee before noon.", "department": "cardiology", "age_range": "60~69", "gender": "male"},
{"text": "doc at the health fair heard a murmur in my chest and said get it looked at. never been told that before. 52, female, feel fine", "department": "cardiology", "age_range": "50~59", "gender": "female"},
{"text": "Mama is 77 and her cardiologist retired. She has a pacemaker put in 2018 and it needs checking. She's been getting more winded walking to the mailbox the last couple months but nothing sudden. Who should follow her now?", "department": "cardiology", "age_range": "70~79", "gender": "female"},
{"text": "I'm 34 and nonbinary. My home BP cuff reads 150s over 90s every day for a month and my family all had strokes young. No symptoms. Want to get ahead of it.", "department": "cardiology", "age_range": "30~39", "gender": "other"},
# dentistry
{"text": "my daughter is 6 and her front baby teeth are black looking near the gums. she drinks juice at bedtime. is it rot?", "department": "dentistry", "age_range": "0~9", "gender": "female"},
{"text": "bottom wisdom tooth on the right side keeps getting swollen gums around it every few weeks, goes away with salt water. 24 yo guy", "department": "dentistry", "age_range": "20~29", "gender": "male"},
{"text": "I'm 45 and my gums bleed every time I brush, and I got bad breath no matter what. haven't been to a dentist in 10 years, scared honestly", "department": "dentistry", "age_range": "40~49", "gender": "undisclosed"},
{"text": "Granny's dentures don't fit no more and they rub sores on her gums. She's 86 and eats soft food only now.", "department": "dentistry", "age_range": "80+", "gender": "female"},
# dermatology
{"text": "im 16 and my face is covered in acne, the big painful kind on my chin and jaw. tried everything from walmart. my mom says ill grow out of it but its making me not want to go to school. im a boy btw", "department": "dermatology", "age_range": "10~19", "gender": "male"},
{"text": "Got a scaly spot on the top of my ear that bleeds when I catch it with a towel. I'm a 58 year old woman and been on a tractor in the sun all my life. My husband says I'm stubborn for waiting this long and I reckon he's right.", "department": "dermatology", "age_range": "50~59", "gender": "female"},
{"text": "Eczema on my hands is so bad the skin cracks, worse since I started at the chicken plant washing down. 31 year old woman. steroid cream helps some", "department": "dermatology", "age_range": "30~39", "gender": "female"},
{"text": "I'm 74 and have these crusty brown stuck-on looking spots all over my back and chest. They itch sometimes. A lot of them. Not sure if I should worry", "department": "dermatology", "age_range": "70~79", "gender": "undisclosed"},
# endocrinology
{"text": "I have a lump in the front of my neck that moves when I swallow. Found it putting on a necklace. 44 F, no trouble breathing or swallowing.", "department": "endocrinology", "age_range": "40~49", "gender": "female"},
{"text": "Been diabetic 20 years, on two kinds of insulin and metformin, A1c still 10. He's 67. Family doctor in town says he's done all he can. Time for a specialist?", "department": "endocrinology", "age_range": "60~69", "gender": "male"},
{"text": "I'm a 23 year old trans woman and want to start estrogen. My local clinic doesn't prescribe it. Who manages hormone levels and labs?", "department": "endocrinology", "age_range": "20~29", "gender": "female"},
{"text": "My 14 yr old son has type 1 and his sugars are all over the place since puberty kicked in. His pump settings need adjusting, who handles that now that he's aged out of the kid doctor?", "department": "endocrinology", "age_range": "10~19", "gender": "male"},
# family-medicine
{"text": "got a cold for 5 days, stuffy nose, sore throat, little cough. no fever. 27 male. I work at the feed store so I cant miss much. anything to shorten it", "department": "family-medicine", "age_range": "20~29", "gender": "male"},
{"text": "I haven't had a physical in like 8 years and I just turned 35. Don't have any complaints. What should I ask to get checked?", "department": "family-medicine", "age_range": "30~39", "gender": "undisclosed"},
{"text": "I'm a 54 yr old woman and just tired all the time for months. Not sad, sleep ok, just worn down. Where do I even start?", "department": "family-medicine", "age_range": "50~59", "gender": "female"},
{"text": "Daddy is 88 and needs his yearly checkup and med review, he takes 11 pills and we think some are doubled up. No new problems.", "department": "family-medicine", "age_range": "80+", "gender": "male"},
# gastroenterology
{"text": "Heartburn every night for a year now. Omeprazole works but as soon as I stop it comes back. 46 year old man, a little overweight. Should I get scoped?", "department": "gastroenterology", "age_range": "40~49", "gender": "male"},
{"text": "I'm a 33 year old woman. My stomach cramps and I get diarrhea some days and constipation others, bloated by evening. Been like this for years, worse with stress.", "department": "gastroenterology", "age_range": "30~39", "gender": "female"},
{"text": "I turned 62 and never had a colonoscopy. My brother just had polyps removed. Who do I see to get one scheduled?", "department": "gastroenterology", "age_range": "60~69", "gender": "undisclosed"},
{"text": "Pawpaw's 75 and food gets stuck halfway down when he eats meat, has to wash it down with tea. It's been getting slowly worse this year. He's eating ok otherwise.", "department": "gastroenterology", "age_range": "70~79", "gender": "male"},
# general-surgery
{"text": "bulge in my belly button that pops out when I cough or lift hay bales. pushes back in. doesn't hurt much. 57 M", "department": "general-surgery", "age_range": "50~59", "gender": "male"},
{"text": "Ultrasound showed gallstones. I get pain under my right ribs after fried food every few weeks, lasts an hour and goes away. I'm 41, female. Doctor says to think about having it out.", "department": "general-surgery", "age_range": "40~49", "gender": "female"},
{"text": "I keep getting a painful bump at the top of my butt crack that drains, third time this year. 22 year old guy, drive a forklift all day.", "department": "general-surgery", "age_range": "20~29", "gender": "male"},
{"text": "Soft squishy lump on my shoulder about the size of an egg, been there for years but getting bigger and my bra strap rubs it. I'm 65.", "department": "general-surgery", "age_range": "60~69", "gender": "female"},
# hematology-oncology
{"text": "Iron has been low for 3 years, ferritin 6, even on iron pills. I'm 36 and female. They talk about iron infusions. Who does those?", "department": "hematology-oncology", "age_range": "30~39", "gender": "female"},
{"text": "Lymph nodes in my neck and armpits have been swollen for two months, no pain, and I've been soaking the sheets at night. 55, male.", "department": "hematology-oncology", "age_range": "50~59", "gender": "male"},
{"text": "Mom finished chemo for breast cancer last year and needs her follow-ups moved closer to home. She's 72. Who do we ask for?", "department": "hematology-oncology", "age_range": "70~79", "gender": "female"},
{"text": "My platelets came back at 95 on routine labs. Not bruising or bleeding. I'm 28 and use they/them pronouns. PCP said see a specialist.", "department": "hematology-oncology", "age_range": "20~29", "gender": "other"},
# infectious-diseases
{"text": "I'm a 31 year old gay man and want to start PrEP. My small town doctor seemed uncomfortable when I asked. Who prescribes it and does the monitoring?", "department": "infectious-diseases", "age_range": "30~39", "gender": "male"},
{"text": "Been treated for Lyme twice with doxycycline and still have joint pain and fatigue. Tick country out here. I'm 48, been sick for over a year.", "department": "infectious-diseases", "age_range": "40~49", "gender": "undisclosed"},
{"text": "My husband got back from a mission trip to Guatemala and has had fevers that come and go every couple days for a week. He's 53, otherwise walking around and eating fine.", "department": "infectious-diseases", "age_range": "50~59", "gender": "male"},
{"text": "Positive TB skin test for my nursing school clearance, chest xray was clear. I'm 20 and female. They want me on pills for months?", "department": "infectious-diseases", "age_range": "20~29", "gender": "female"},
# nephrology
{"text": "Kidney function keeps dropping, GFR 38 now, I'm a 66 year old woman with diabetes and high blood pressure. my family doctor says I need a kidney doctor", "department": "nephrology", "age_range": "60~69", "gender": "female"},
{"text": "My uncle has polycystic kidney disease, his dad did too. He's 74 and his creatinine has gone up each year. Does he need to see someone about dialysis planning?", "department": "nephrology", "age_range": "70~79", "gender": "male"},
{"text": "I'm 42 and a man. Protein showed up in my urine on my DOT physical twice. No diabetes. My BP runs a little high. What next?", "department": "nephrology", "age_range": "40~49", "gender": "male"},
{"text": "I'm 37 and my potassium and creatinine have been flagged high on my last two checkups. Feel fine. Dr said refer but I don't know to who.", "department": "nephrology", "age_range": "30~39", "gender": "undisclosed"},
# neurology
{"text": "Migraines with flashing zigzags before the headache, 3 or 4 a month now. I'm a 26 yo woman and Excedrin isnt working anymore. This has been going on for years.", "department": "neurology", "age_range": "20~29", "gender": "female"},
{"text": "My right hand shakes when it's resting on my leg and I'm getting slower walking. Wife noticed it first. I'm 68.", "department": "neurology", "age_range": "60~69", "gender": "male"},
{"text": "Grandma is 84 and keeps forgetting names and got lost driving to church she's gone to 40 years. Her memory has been sliding for a year or so.", "department": "neurology", "age_range": "80+", "gender": "female"},
{"text": "my son is 12 and has these staring spells where he zones out for a few seconds and doesn't hear us, a few times a day. teacher noticed it. he's fine right after", "department": "neurology", "age_range": "10~19", "gender": "male"},
]
