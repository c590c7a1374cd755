# Writer 63 - triage items, file b
ITEMS = [
# obstetrics-gynecology
("""25 weeks pregnant with our first, 31F, glucose tolerance test result fasting 5.8 and 2-hour 8.9. Midwife says gestational diabetes. What changes for the rest of the pregnancy?""", "obstetrics-gynecology", "30~39", "female"),
("""I'm 49 and my periods are all over the place, very heavy with clots for 10 days, then nothing for 2 months. Ultrasound said endometrium 14mm. They want a biopsy?""", "obstetrics-gynecology", "40~49", "female"),
("""Smear came back HPV positive with "low grade dyskaryosis", referred for colposcopy. I'm 27. What do they do at colposcopy, does it hurt?""", "obstetrics-gynecology", "20~29", "female"),
("""Post-menopausal (stopped 8 years ago), I'm 61, and I had some brown spotting twice this month. No pain. Is this something for the women's clinic?""", "obstetrics-gynecology", "60~69", "female"),
# ophthalmology
("""I'm 67 and straight lines like door frames look wavy in my right eye, started a few weeks ago, reading is harder. Optician said possible wet macular degeneration and gave me a referral letter.""", "ophthalmology", "60~69", "undisclosed"),
("""Optician measured eye pressure 28 and 30 at my routine test, said possible glaucoma and to see the eye clinic. I'm a 55 year old man, my mother had glaucoma. Do I need drops?""", "ophthalmology", "50~59", "male"),
("""My vision has got misty over a year, glare from headlights at night is terrible, 72F. Optician says cataracts in both eyes. How do I get them done?""", "ophthalmology", "70~79", "female"),
("""Type 1 diabetic, 34, my retinal screening letter says "referable retinopathy, R2". I can see fine. Why do I need to go to the eye hospital?""", "ophthalmology", "30~39", "undisclosed"),
# orthopedics
("""Hip pain in the groin when I walk, stiff getting out of the car, 69 year old man. X-ray says "severe OA right hip, loss of joint space". Painkillers barely work. Hip replacement?""", "orthopedics", "60~69", "male"),
("""Twisted my knee skiing 4 weeks ago, it locks sometimes and I can't fully straighten it. 34F. MRI shows a "bucket handle tear of the medial meniscus".""", "orthopedics", "30~39", "female"),
("""Bunion on my right foot has got so big I can't wear normal shoes, 58F, constant ache at the joint. Podiatrist said it may need surgery.""", "orthopedics", "50~59", "female"),
("""Fell on an outstretched hand at football 2 weeks ago, 17M, x-ray at urgent care was "normal" but it still hurts in the anatomical snuffbox area. Someone said scaphoid?""", "orthopedics", "10~19", "male"),
# otolaryngology
("""Hoarse voice for 6 weeks, not getting better, I'm 61 and a former smoker, no cold. Family says my voice sounds rough. Which doctor looks at the voice box?""", "otolaryngology", "60~69", "undisclosed"),
("""Ringing in my left ear only and my hearing on that side is worse, 48M. Hearing test showed the left ear worse at high pitches. GP said need MRI to rule out something on the nerve.""", "otolaryngology", "40~49", "male"),
("""Constantly blocked nose for over a year, can't smell anything, I'm 39. Doctor saw polyps. Nasal spray (Nasonex) not doing much.""", "otolaryngology", "30~39", "undisclosed"),
("""Tonsillitis 6 times in the last year, each time antibiotics, missed loads of uni. 20F. Can I get them taken out as an adult?""", "otolaryngology", "20~29", "female"),
# pediatrics
("""My 18 month old has had a runny nose and cough for 4 days, temp up to 38.3, eating a bit less but drinking and wet nappies fine. She's playing between naps. How long will this last?""", "pediatrics", "0~9", "female"),
("""son is 7 and keeps getting tummy aches and a few loose stools, 2 weeks now, no blood, still going to school. lost a tiny bit of weight. who should see him""", "pediatrics", "0~9", "male"),
("""Our 2 year old isn't gaining weight well, dropped from the 50th to 9th centile in 6 months. Eats fine we think. Health visitor is concerned.""", "pediatrics", "0~9", "undisclosed"),
("""Baby is 6 weeks old, very sleepy after feeds, spits up a lot, has a rash on her cheeks. Overall gaining weight. Is this normal newborn stuff?""", "pediatrics", "0~9", "female"),
# psychiatry
("""I'm 34 and I've been on sertraline 100mg for a year for depression. Mood is still low most days, not sleeping, no energy. GP says he's reached what he can do. I'm not in any danger, just want a specialist.""", "psychiatry", "30~39", "undisclosed"),
("""Wondering about adult ADHD. I'm 28, woman, always lose things, can't finish tasks, hyperfocus on random stuff, got through uni barely. My brother was diagnosed as a kid.""", "psychiatry", "20~29", "female"),
("""My son is 19 and since starting uni he's been saying people are watching him through the wifi and he hears voices commenting. He's not violent, he's eating, but very withdrawn. Who do we contact?""", "psychiatry", "10~19", "male"),
("""65 year old man, recently retired, I keep checking the locks and the gas 20 times before I can leave the house, it takes an hour. Getting worse. Is this OCD?""", "psychiatry", "60~69", "male"),
# pulmonology
("""Asthma since childhood, now 42F, even on Symbicort 200/6 two puffs twice a day I'm waking at night wheezing 3 times a week. Had 2 courses of steroids this winter. Need a chest specialist?""", "pulmonology", "40~49", "female"),
("""Dry cough and getting breathless over a year, 71M, the GP heard "crackles" at the bottom of my lungs. CT says "UIP pattern, possible IPF". What is that?""", "pulmonology", "70~79", "male"),
("""I snore loudly and my partner says I stop breathing in my sleep, I fall asleep at my desk. 51, BMI 36. Epworth score 16. Sleep study?""", "pulmonology", "50~59", "undisclosed"),
("""CT found a 9mm nodule in my left lung after a car accident scan, I'm 58, smoked 30 years. They said follow-up. Who should follow it up, GP or lung doctor?""", "pulmonology", "50~59", "undisclosed"),
# rehabilitation
("""My husband had a stroke 2 months ago, he's 70, he's home now but his left arm is still weak and he walks with a frame. The hospital physio sessions ended. How do we get more rehab?""", "rehabilitation", "70~79", "male"),
("""Broke my ankle in November (plated), cast off 6 weeks ago, I'm 45F and I'm still limping and stiff, can't go down stairs properly. Surgeon says bone healed. Need physio?""", "rehabilitation", "40~49", "female"),
("""ACL reconstruction in January, 24M, want a proper program to get back to rugby. NHS physio only gives me 3 sessions. What should recovery look like?""", "rehabilitation", "20~29", "male"),
("""My mum, 83, was in hospital 3 weeks with pneumonia and now she's very weak, can't get up from a chair without help. She was walking to the shops before. Can she get reablement?""", "rehabilitation", "80+", "female"),
# rheumatology
("""Swollen painful knuckles and wrists both sides, stiff for 2 hours every morning, 3 months now. 45F. Anti-CCP strongly positive. Referred to "early arthritis clinic".""", "rheumatology", "40~49", "female"),
("""Lower back stiffness that's worse in the morning and gets better with exercise, since I was about 20, now 31M. MRI showed sacroiliitis, HLA-B27 positive.""", "rheumatology", "30~39", "male"),
("""My mum, 74, has pain and stiffness in both shoulders and hips, can't lift her arms to brush her hair, CRP 48, ESR 60. GP mentioned polymyalgia.""", "rheumatology", "70~79", "female"),
("""Gout attacks 5 times this year in my big toe and ankle, urate 0.56, 55M. On allopurinol 100mg. Want to see someone who can get this under control.""", "rheumatology", "50~59", "male"),
# urology
("""62 year old man, getting up 3-4 times a night to pee, weak stream, dribbling after. PSA 3.1. Tamsulosin helped a little. Next step?""", "urology", "60~69", "male"),
("""Kidney stone 7mm in the right ureter on CT, I'm 38, pain is controlled with tablets but it hasn't passed in 3 weeks. Will they need to remove it?""", "urology", "30~39", "undisclosed"),
("""I'm 45M and I've noticed blood in my urine twice, no pain, no infection on testing. Smoker. GP referred "haematuria clinic". What do they do?""", "urology", "40~49", "male"),
("""Erectile problems for 6 months, 52, otherwise healthy, sildenafil 50mg works sometimes. Testosterone borderline low. Want a specialist opinion.""", "urology", "50~59", "male"),
# nutrition
("""I'm 32F, recently went vegan, want to know how to get enough protein, B12 and iron without supplements if possible. I run 3 times a week.""", "nutrition", "30~39", "female"),
("""Just diagnosed with coeliac at 26, what can I actually eat? Is oats ok? Is beer out? I feel overwhelmed by the labels.""", "nutrition", "20~29", "undisclosed"),
("""My dad is 78 and since my mum died he's barely eating, lost 6kg in 4 months, mostly tea and biscuits. How do we build him up, high calorie drinks?""", "nutrition", "70~79", "male"),
("""Pre-diabetes (HbA1c 44), I'm 55M, want a diet plan that actually works without going hungry. Is low carb or low fat better?""", "nutrition", "50~59", "male"),
]
