# Hand-written triage items. Each entry: (text, department, age_range, gender)
# gender/age are the PATIENT's.

TRIAGE = [
# cardiology
("I'm 54 (M) and for the last few months I get a tight feeling in my chest when I walk uphill to the station, goes away after I stop for a minute or two. Fine at rest. Never had heart problems. Who should I see?",
 "cardiology", "50~59", "male"),
("my mum is 72 and her ankles are swollen every evening, she gets breathless lying flat and now sleeps on 3 pillows. GP said 'maybe the heart'. what tests should she be asking for",
 "cardiology", "70~79", "female"),
("34, no health issues, but my smartwatch keeps flagging 'possible AFib' a couple times a week. I don't feel anything. Do I trust it?",
 "cardiology", "30~39", "undisclosed"),
("Heart murmur picked up at my pre-op check for a hernia op. I'm 61, a woman, feel totally fine. They've cancelled the surgery until I get an echo. Is a murmur serious?",
 "cardiology", "60~69", "female"),

# dentistry
("wisdom tooth coming through at the back, gum over it is swollen and it hurts to chew. 22 yo guy. is this something a dentist pulls or do i need a hospital",
 "dentistry", "20~29", "male"),
("My gums bleed every time I brush and my breath is bad even after mouthwash. I'm 45. Is this gum disease?",
 "dentistry", "40~49", "undisclosed"),
("Chipped my front tooth on a fork (don't ask). 38, female. It's not painful, just sharp and ugly. Can it be fixed same day?",
 "dentistry", "30~39", "female"),
("Grandad is 83 and his dentures don't fit anymore, rubbing a sore spot on his gum. He's stopped eating properly because of it.",
 "dentistry", "80+", "male"),

# dermatology
("I've got a mole on my back that my wife says has gotten bigger and has uneven edges. I'm 57. Who looks at this?",
 "dermatology", "50~59", "male"),
("19f, cystic acne on my jawline that leaves scars, tried everything over the counter for 2 years. is it time for something stronger?",
 "dermatology", "10~19", "female"),
("Scalp is flaky and itchy, thick silvery patches behind my ears and on my elbows too. 42 years old. Psoriasis?",
 "dermatology", "40~49", "undisclosed"),
("My hair is falling out in round coin-sized patches. I'm a 27 year old man. It started after a stressful exam period.",
 "dermatology", "20~29", "male"),

# endocrinology
("Diagnosed with hyperthyroidism at 33, heart racing, losing weight, hands shake. GP started carbimazole but wants a specialist. Who do I get referred to?",
 "endocrinology", "30~39", "undisclosed"),
("My husband (66) has had type 2 diabetes for years and his sugars are all over the place even on 3 tablets. His GP says it might be time for insulin and a specialist review.",
 "endocrinology", "60~69", "male"),
("I'm 25, female, periods very irregular, lots of dark hair on my chin and belly, can't lose weight. Friend says PCOS. Which doctor handles the hormone side?",
 "endocrinology", "20~29", "female"),
("Calcium came back high on routine bloods (2.75). I'm 58 and a woman. They mentioned parathyroid. What kind of specialist is that?",
 "endocrinology", "50~59", "female"),

# family-medicine
("Hi, I'm 40 and haven't had a check-up in about 10 years. Male. No complaints, just want to make sure everything's ok. Where do I start?",
 "family-medicine", "40~49", "male"),
("just a cold I think - runny nose, sore throat, bit of a cough for 4 days. 29. no fever. anything I should take or just ride it out?",
 "family-medicine", "20~29", "undisclosed"),
("I feel generally run down, tired, bit achy, not myself for a few weeks. Nothing specific. 51 year old woman. Where do I even start?",
 "family-medicine", "50~59", "female"),
("Need a routine medical for my new job (lorry driving licence). I'm 47, bloke. Can my normal doctor do it?",
 "family-medicine", "40~49", "male"),

# gastroenterology
("I'm 36 (F) and I've had bloating, cramping and alternating diarrhoea/constipation for 2 years. Worse with stress. Is it IBS and who diagnoses it properly?",
 "gastroenterology", "30~39", "female"),
("My dad is 63 and they found iron deficiency anaemia on his bloods. GP wants him to have a 'scope at both ends'. Is that a gut specialist thing?",
 "gastroenterology", "60~69", "male"),
("Heartburn almost every day for a year, 44 years old, Gaviscon isn't touching it anymore. Sometimes food feels like it sticks on the way down.",
 "gastroenterology", "40~49", "undisclosed"),
("Liver enzymes raised on two blood tests 3 months apart (ALT 110). I'm 28, female, barely drink. What could it be?",
 "gastroenterology", "20~29", "female"),

# general-surgery
("Got a bulge in my groin that pops out when I cough or lift and goes back when I lie down. 48, male. Hernia? Does it need an operation?",
 "general-surgery", "40~49", "male"),
("I've been told I have gallstones after an ultrasound, I get pain under my right ribs after fatty meals a few times a month. 39 year old woman. Do I need it out?",
 "general-surgery", "30~39", "female"),
("Painful lump near my tailbone that keeps filling up and draining. 21, guy, hairy back lol. Pilonidal?",
 "general-surgery", "20~29", "male"),
("My mum (67) has a lump under her skin on her shoulder, soft and rubbery, been growing slowly for years. GP says lipoma, she wants it removed.",
 "general-surgery", "60~69", "female"),

# hematology-oncology
("Blood test showed my white count is 19 with lots of lymphocytes. I'm 68, male, feel fine. GP said 'possibly CLL' and is referring me. What does that involve?",
 "hematology-oncology", "60~69", "male"),
("I finished chemo for breast cancer 2 years ago. I'm 49. Now I'm due my first follow-up scan and I'm terrified. Who actually looks after me long term?",
 "hematology-oncology", "40~49", "female"),
("Bruising really easily, tiny red dots on my shins, gums bleed. Platelets came back 38. I'm 31. What happens now?",
 "hematology-oncology", "30~39", "undisclosed"),
("My 75 yr old father has had swollen lymph nodes in his neck and armpits for a couple of months, night sweats and lost a stone. Biopsy booked. Who treats lymphoma?",
 "hematology-oncology", "70~79", "male"),

# infectious-diseases
("Came back from a trip to Kenya 3 weeks ago and I've had fevers on and off every couple of days. 35, female. I took my malaria tablets, mostly, and a malaria test at the walk-in on Monday was negative. Feel ok between the fevers.",
 "infectious-diseases", "30~39", "female"),
("i'm 26 and just tested HIV positive at a sexual health clinic. i don't know what happens next. who do i see for treatment",
 "infectious-diseases", "20~29", "undisclosed"),
("Recurrent MRSA boils for a year, 4 courses of antibiotics, keep coming back. Man, 42. My family keeps getting them too.",
 "infectious-diseases", "40~49", "male"),
("My aunt is 58 and they found hepatitis C on a blood donation screening. She's otherwise well. Can it be cured now?",
 "infectious-diseases", "50~59", "female"),

# nephrology
("eGFR dropped from 55 to 38 over a year. I'm 71, male, diabetic and high blood pressure. GP mentioned 'kidney specialist'. Should I be worried about dialysis?",
 "nephrology", "70~79", "male"),
("My 44 year old sister has polycystic kidney disease like our mum had. Her blood pressure is going up. Which specialist follows this?",
 "nephrology", "40~49", "female"),
("Protein in my urine on 3 dip tests, and my ankles are a bit puffy. I'm 30. Blood pressure fine. What next?",
 "nephrology", "30~39", "undisclosed"),
("I'm on dialysis 3 times a week, 62, woman, and I want to know about getting on the transplant list. Who do I ask?",
 "nephrology", "60~69", "female"),

# neurology
("I'm 24, female and I get migraines with aura 6-8 times a month now. Triptans help but I'm taking them too much. Can I get preventive treatment?",
 "neurology", "20~29", "female"),
("Dad (69) has a tremor in his right hand at rest, walks with small shuffling steps now and his face has gone a bit expressionless. Parkinson's?",
 "neurology", "60~69", "male"),
("Numbness and tingling that moves around - last month my left leg, now my right hand, and blurry vision in one eye back in spring that got better. 32. MS?",
 "neurology", "30~39", "undisclosed"),
("Had two 'funny turns' where I lose a few minutes and my husband says I smack my lips and stare. I'm 45. No history of anything.",
 "neurology", "40~49", "female"),

# obstetrics-gynecology
("28, trying for a baby for a year with no luck, periods regular. Who do I see to start fertility investigations?",
 "obstetrics-gynecology", "20~29", "female"),
("I'm 52 and post-menopausal for 3 years, and I've had some light spotting twice this month. I know you're supposed to get this checked.",
 "obstetrics-gynecology", "50~59", "female"),
("My girlfriend (31) is 12 weeks pregnant and the nausea is so bad she can barely keep water down some days, but she's still peeing ok. When is it time to see someone?",
 "obstetrics-gynecology", "30~39", "female"),
("Painful periods since I was 15, now 33 and it's getting worse, pain during sex too. GP says endometriosis is possible. Referral?",
 "obstetrics-gynecology", "30~39", "female"),

# ophthalmology
("Slowly getting blurry vision in both eyes, glare from headlights at night is awful. I'm 74. Optician said cataracts. Next step?",
 "ophthalmology", "70~79", "undisclosed"),
("I'm diabetic (38, male) and I haven't had an eye screening in 4 years. Do I need a specialist or just the optician?",
 "ophthalmology", "30~39", "male"),
("My left eye has been red and gritty for a week, a bit sensitive to light. 46 year old woman, I wear contacts. Drops from the chemist aren't helping.",
 "ophthalmology", "40~49", "female"),
("High eye pressure found at my routine eye test. Family history of glaucoma (my dad). I'm 55.",
 "ophthalmology", "50~59", "undisclosed"),

# orthopedics
("Knee gives way when I pivot, it swelled up massively after a football tackle 3 weeks ago. 23, male. Think I tore something. ACL?",
 "orthopedics", "20~29", "male"),
("I'm a 66 year old woman with hip pain for 2 years, now I can't put my socks on and it wakes me at night. X-ray says 'severe OA'. Replacement?",
 "orthopedics", "60~69", "female"),
("Shoulder pain lifting my arm above my head, clicking, can't sleep on that side. 50s (53). Rotator cuff?",
 "orthopedics", "50~59", "undisclosed"),
("My 15 year old son broke his wrist skateboarding 6 weeks ago, cast is off but the x-ray shows it healed a bit crooked. Does that need fixing?",
 "orthopedics", "10~19", "male"),

# otolaryngology
("Constant ringing in one ear and hearing has gone down on that side over months. I'm 41. Is that something to scan?",
 "otolaryngology", "40~49", "undisclosed"),
("Blocked nose on one side for 6 months, can't smell anything, polyps maybe? 37 yo female.",
 "otolaryngology", "30~39", "female"),
("my 27 yo boyfriend gets tonsillitis like 6 times a year and has to take time off work every time. can he get his tonsils out as an adult?",
 "otolaryngology", "20~29", "male"),
("Hoarse voice for 5 weeks, no cold. I'm 63, ex-smoker, man. Should this be looked at?",
 "otolaryngology", "60~69", "male"),

# pediatrics
("My 2 year old has had a runny nose and cough for a week, eating a bit less but drinking fine and playing. Temp 37.9. Does she need to be seen?",
 "pediatrics", "0~9", "female"),
("our 5 yo boy keeps getting tummy aches and loose poos since starting school. growing fine. is this a paeds thing?",
 "pediatrics", "0~9", "male"),
("Our 9-month-old isn't sitting on his own yet. He rolls and babbles. Is that a delay? Health visitor wasn't sure.",
 "pediatrics", "0~9", "male"),
("My daughter is 11 and has had a sore throat and fever of 38.5 for 2 days, some swollen glands. Eating ice cream fine lol. Who do I see?",
 "pediatrics", "10~19", "female"),

# psychiatry
("I'm 29, male, and I've felt flat and hopeless for most days for about 3 months. Not sleeping, not enjoying anything. No plans to hurt myself. I think I need real help.",
 "psychiatry", "20~29", "male"),
("My 17 year old daughter is checking the locks and washing her hands until they bleed. It takes her an hour to leave the house.",
 "psychiatry", "10~19", "female"),
("I'm 35 and I think I've had ADHD my whole life. Can adults get assessed?",
 "psychiatry", "30~39", "undisclosed"),
("Non-binary, 22. Panic attacks several times a week, scared to go on public transport now. Counselling waitlist is 9 months.",
 "psychiatry", "20~29", "other"),

# pulmonology
("Coughing up phlegm every morning for years, breathless walking up stairs. 64, smoked 40 years. They said COPD. Is there anything beyond inhalers?",
 "pulmonology", "60~69", "undisclosed"),
("Chest CT for something else showed an 8mm lung nodule. I'm 57, female, never smoked. They want a repeat in 3 months. Should I be seeing a lung doctor?",
 "pulmonology", "50~59", "female"),
("My asthma is badly controlled even on a preventer and reliever, using the blue one daily. I'm 19, male. Is there something stronger?",
 "pulmonology", "10~19", "male"),
("Dry cough for 4 months, getting short of breath, crackles when the doctor listened. 70 year old man. They mentioned 'lung fibrosis'.",
 "pulmonology", "70~79", "male"),

# rehabilitation
("Dad had a stroke 2 months ago (he's 77). He's home now but still drags his left leg and struggles with buttons. How do we get him more physio?",
 "rehabilitation", "70~79", "male"),
("Had ACL reconstruction 3 weeks ago, I'm 26, female. How soon can I start running again and who plans the exercises?",
 "rehabilitation", "20~29", "female"),
("Back from hospital after a hip fracture repair, 84 year old mum, she's scared to walk and is using a frame. Where can we get rehab at home?",
 "rehabilitation", "80+", "female"),
("Broke my ankle in 3 places in a motorbike crash last year (I'm 41). The bones healed but I still limp and can't run. Is more physio worth it?",
 "rehabilitation", "40~49", "undisclosed"),

# rheumatology
("Swollen, stiff finger joints on both hands every morning for 2 hours, 43 year old woman. Blood test positive for rheumatoid factor.",
 "rheumatology", "40~49", "female"),
("My 31 yr old husband has had lower back stiffness for a year, worse in the morning and gets BETTER with exercise. Ankylosing spondylitis?",
 "rheumatology", "30~39", "male"),
("Aching shoulders and hips, can't lift my arms to brush my hair in the morning. 72. ESR high. Who deals with this?",
 "rheumatology", "70~79", "undisclosed"),
("Diagnosed with lupus at 27, now 29. My rash and joint pain are flaring again. I need someone to manage my meds long-term.",
 "rheumatology", "20~29", "undisclosed"),

# urology
("I'm 67 and I get up 4 times a night to pee, weak stream, takes forever to start. Prostate?",
 "urology", "60~69", "male"),
("Had a 6mm kidney stone pass last month, now a CT shows two more sitting in my right kidney. 45, male. Do they need blasting?",
 "urology", "40~49", "male"),
("my 34 year old partner and I want a vasectomy for him. who do we book with?",
 "urology", "30~39", "male"),
("Leaking urine when I cough or laugh, 58 year old woman, pelvic floor exercises aren't doing much. Options?",
 "urology", "50~59", "female"),

# nutrition
("I've just been told I have coeliac disease (I'm 24, female). I don't know what I can eat anymore. Can someone help me plan meals?",
 "nutrition", "20~29", "female"),
("What's a good diet to lower cholesterol without meds? 49, man, bit of a belly, love cheese.",
 "nutrition", "40~49", "male"),
("Going vegan at 16, mum is worried I won't get enough iron and B12. How do I do it properly?",
 "nutrition", "10~19", "undisclosed"),
("My dad is 81 and has lost his appetite, only eats toast and tea. Weight has dropped a bit. Any advice on getting more calories and protein into him?",
 "nutrition", "80+", "male"),
]
