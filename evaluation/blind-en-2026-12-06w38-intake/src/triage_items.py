# Triage items. Hand-written. (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("62 yr old man here, my heart races then skips every few evenings, and my smartwatch said possible AFib twice this week. Feel ok otherwise.", "cardiology", "60~69", "male"),
    ("My cholesterol is fine but my mum and her brother both had heart attacks before 55. I'm 38F, what heart tests can I ask for", "cardiology", "30~39", "female"),
    ("doc said i have a heart murmur at my pre-uni medical, im 18, no symptoms. what does that mean and do i need an echo", "cardiology", "10~19", "undisclosed"),
    ("Since his valve replacement 2 yrs ago my husband (71) gets breathless walking uphill again and his ankles puff up. His follow up isn't till next year.", "cardiology", "70~79", "male"),
    # dentistry
    ("wisdom tooth bottom left coming thru at 22, gum over it sore and bad taste, hard to open my mouth wide", "dentistry", "20~29", "undisclosed"),
    ("My 7 year old daughter's adult front tooth is coming in behind the baby tooth which hasn't fallen out. Shark teeth? Do we need to pull the baby one?", "dentistry", "0~9", "female"),
    ("Gums bleed every time I brush and my teeth feel a bit loose. I'm 54, smoker. Is this gum disease", "dentistry", "50~59", "undisclosed"),
    ("Grandma is 86 and her dentures keep rubbing a sore spot on her lower gum, she's stopped wearing them to eat.", "dentistry", "80+", "female"),
    # dermatology
    ("Mole on my back changed shape, partner noticed it has two colours now. I'm a 44 yo guy who used to surf a lot", "dermatology", "40~49", "male"),
    ("scalp flaking like snow and itchy, tried head and shoulders, 16 yrs old girl", "dermatology", "10~19", "female"),
    ("I've had red scaly patches on my elbows and knees for years, now my nails have little pits. 35M. Psoriasis?", "dermatology", "30~39", "male"),
    ("Sweat soaks through my shirts even in aircon, hands drip when I write. 27, works in an office in KL. Any treatment?", "dermatology", "20~29", "undisclosed"),
    # endocrinology
    ("Neck swelling in the front that moves when I swallow, I'm 41 and female, also feel hot all the time and lost weight without trying", "endocrinology", "40~49", "female"),
    ("Type 1 diabetic since childhood, now 24, my sugars swing from 3 to 18 daily even with the pump. Need a specialist review", "endocrinology", "20~29", "undisclosed"),
    ("My son is 14 and the shortest in his class by far, he's barely grown in 2 years. Dad is 6ft. Growth hormone?", "endocrinology", "10~19", "male"),
    ("High calcium found on routine bloods at 67, GP mentioned parathyroid. I'm a woman, bit tired and achy. What next?", "endocrinology", "60~69", "female"),
    # family-medicine
    ("due a general check-up, 50 years old, man, never really been to a doctor. what should they check", "family-medicine", "50~59", "male"),
    ("Got a stuffy nose, sore throat and a bit of a cough for 3 days, 31F, no fever. just a cold or should I worry", "family-medicine", "30~39", "female"),
    ("I just feel run down all the time lately, tired, achy, not sleeping great. I'm 45. Not sure where to start", "family-medicine", "40~49", "undisclosed"),
    ("Need a medical for my new job - they want bloods and a fitness note. 23 year old male", "family-medicine", "20~29", "male"),
    # gastroenterology
    ("Acid reflux every night for 6 months even on omeprazole, sometimes food feels stuck. 58 male", "gastroenterology", "50~59", "male"),
    ("bloated, cramps and alternating constipation and diarrhoea for a year, 26F, worse with stress. IBS?", "gastroenterology", "20~29", "female"),
    ("My dad (73) was told his liver enzymes are high and there's fatty liver on ultrasound. He doesn't drink. What's the plan?", "gastroenterology", "70~79", "male"),
    ("Blood mixed in stool on and off for 3 weeks, also mucus, I'm 34 and non binary. No piles that I know of", "gastroenterology", "30~39", "other"),
    # general-surgery
    ("there's a bulge in my groin that gets bigger when I cough and goes away lying down. 47, male, lift heavy at work", "general-surgery", "40~49", "male"),
    ("Gallstones seen on scan after 3 attacks of pain under right ribs. 39 yr old woman. Do I need it taken out?", "general-surgery", "30~39", "female"),
    ("Lump on my back, soft, under the skin, been growing slowly for 5 years. Now size of an egg. 61M. Lipoma removal?", "general-surgery", "60~69", "male"),
    ("My grandmother, 82, has a bulge by her belly button that's been there years, now it's a bit tender. Is she too old for an operation?", "general-surgery", "80+", "female"),
    # hematology-oncology
    ("Platelets came back 48 on a routine test, I feel fine but bruise easy. 29F. Who should look at this", "hematology-oncology", "20~29", "female"),
    ("Swollen painless lumps in my neck and armpit for 6 weeks, night sweats, lost 5kg. 33 years old man", "hematology-oncology", "30~39", "male"),
    ("Just finished chemo for breast cancer at 52 and my blood counts are still low. When do they recover?", "hematology-oncology", "50~59", "female"),
    ("Dad is 77 and his blood test showed very high white cells, they mentioned CLL. What does that mean for him", "hematology-oncology", "70~79", "male"),
    # infectious-diseases
    ("Came back from Nigeria a week ago, fever every evening and headache, I'm 42. Took no malaria pills", "infectious-diseases", "40~49", "undisclosed"),
    ("Tested HIV positive last week at a clinic, 21 yr old man, scared. where do I get started on treatment", "infectious-diseases", "20~29", "male"),
    ("Cough 2 months, night sweats, losing weight, my flatmate had TB. I'm 30, female.", "infectious-diseases", "30~39", "female"),
    ("My 65 year old husband keeps getting cellulitis in the same leg, 4 times this year despite antibiotics each time.", "infectious-diseases", "60~69", "male"),
    # nephrology
    ("Kidney function dropping every year, eGFR now 34. I'm 59 with diabetes and a woman. What can slow it?", "nephrology", "50~59", "female"),
    ("Foamy urine and puffy eyes every morning, 19 yr old guy. Urine dip showed lots of protein", "nephrology", "10~19", "male"),
    ("On dialysis 3x a week at 68, feeling exhausted and itchy. Can I get on a transplant list at my age?", "nephrology", "60~69", "undisclosed"),
    ("My BP is 170/100 even on 3 tablets, I'm 36. GP wondering about kidney artery narrowing?", "nephrology", "30~39", "undisclosed"),
    # neurology
    ("Tingling in my hands and feet that moves around, and once I lost vision in one eye for a week that came back. 28F. MS?", "neurology", "20~29", "female"),
    ("Headaches almost daily for 4 months, 40 year old man, painkillers every day now. Rebound headaches?", "neurology", "40~49", "male"),
    ("Mum (74) has a tremor in her right hand when resting and she walks with small shuffling steps now", "neurology", "70~79", "female"),
    ("My 15 yr old keeps having staring spells in class, teachers say she zones out for a few seconds and doesn't respond", "neurology", "10~19", "female"),
    # obstetrics-gynecology
    ("Periods so heavy I flood through a pad an hour on day 2, 43F, scan shows fibroids. Options please", "obstetrics-gynecology", "40~49", "female"),
    ("12 weeks pregnant with my first, 32, when is the nuchal scan and what does it test for?", "obstetrics-gynecology", "30~39", "female"),
    ("No period for 5 months, not pregnant, 24F, acne and hair on my chin. PCOS?", "obstetrics-gynecology", "20~29", "female"),
    ("Post menopausal, 63, and I've had some spotting this week. Haven't bled in 10 years", "obstetrics-gynecology", "60~69", "female"),
    # ophthalmology
    ("my eyes itchy and watery every morning, 9yo boy, he keeps rubbing them, hay fever or infection?", "ophthalmology", "0~9", "male"),
    ("Cloudy vision in both eyes, glare from car lights at night, 76 year old man. Cataracts?", "ophthalmology", "70~79", "male"),
    ("Diabetic 20 years, 55F, haven't had an eye check in 3 years and things look a bit wavy when reading", "ophthalmology", "50~59", "female"),
    ("I'm 17 and my glasses prescription keeps getting stronger each year, -5 now. Will it stop?", "ophthalmology", "10~19", "undisclosed"),
    # orthopedics
    ("Twisted my knee playing football, heard a pop, now it gives way on stairs. 25M. ACL?", "orthopedics", "20~29", "male"),
    ("Hip pain and stiffness for 2 yrs, can't put my socks on, 69 year old woman. Hip replacement time?", "orthopedics", "60~69", "female"),
    ("Fell on outstretched hand a week ago, pain at the base of the thumb that won't settle. Xray normal. 37", "orthopedics", "30~39", "undisclosed"),
    ("Teen daughter (13) one shoulder looks higher than the other, PE teacher said curved spine", "orthopedics", "10~19", "female"),
    # otolaryngology
    ("Blocked nose on one side for months, cant smell anything, 48M, nasal sprays do nothing. polyps?", "otolaryngology", "40~49", "male"),
    ("My 4 year old snores loud, stops breathing in his sleep, and always mouth breathing. Tonsils?", "otolaryngology", "0~9", "male"),
    ("Hoarse voice for 6 weeks, 57, ex-smoker. No cold. Need a scope?", "otolaryngology", "50~59", "undisclosed"),
    ("Hearing going in my left ear only, with a hissing sound, 34F. Started slowly over a year", "otolaryngology", "30~39", "female"),
    # pediatrics
    ("Toddler (2) has runny nose, cough and low fever 38.1 for 2 days, eating less but drinking and peeing fine", "pediatrics", "0~9", "undisclosed"),
    ("My baby boy is 9 months and not crawling or sitting on his own yet. Should I be worried?", "pediatrics", "0~9", "male"),
    ("5 yo girl has a tummy bug, vomited twice this morning, now keeping small sips down. what to watch for", "pediatrics", "0~9", "female"),
    ("My 8 yr old son is always tired and pale and gets sick a lot more than his brother. What checks should he have?", "pediatrics", "0~9", "male"),
    # psychiatry
    ("cant stop checking locks and switching lights on/off, takes an hour to leave the house. 29 yr old guy", "psychiatry", "20~29", "male"),
    ("My 16 yo son barely leaves his room, stopped seeing friends, sleeps all day. Grades dropped. depression?", "psychiatry", "10~19", "male"),
    ("Diagnosed bipolar in my 30s, now 46, the lithium makes me feel flat and shaky. want to discuss alternatives", "psychiatry", "40~49", "undisclosed"),
    ("Since my husband died last year I can't stop crying and don't sleep, I'm 71. Friends say it's grief but it isn't getting better", "psychiatry", "70~79", "female"),
    # pulmonology
    ("Breathless climbing one flight of stairs, smoked 40 yrs, 66M, morning cough with phlegm. COPD?", "pulmonology", "60~69", "male"),
    ("Asthma keeps flaring even on the purple inhaler twice a day, 27F, night wheeze most nights", "pulmonology", "20~29", "female"),
    ("CT found a 9mm nodule in my lung during a heart scan, 53, never smoked. Who follows that up?", "pulmonology", "50~59", "undisclosed"),
    ("Dry cough and getting more breathless over a year, fingers clubbing, 72, worked with asbestos in the shipyards", "pulmonology", "70~79", "male"),
    # rehabilitation
    ("My dad (67) had a stroke 2 months ago, home now but his right arm is weak and he can't grip a cup. What therapy helps?", "rehabilitation", "60~69", "male"),
    ("Broke my ankle in March, cast off, walking with a limp still and stiff. 45F. physio?", "rehabilitation", "40~49", "female"),
    ("after my knee replacement (79 years old) I can only bend it to 80 degrees, the physio sessions ended. what now", "rehabilitation", "70~79", "undisclosed"),
    ("Torn hamstring during a sprint, 20 yr old athlete (female). How to get back to running safely", "rehabilitation", "20~29", "female"),
    # rheumatology
    ("Swollen painful knuckles and wrists both hands every morning, stiff for 2 hours, 38F", "rheumatology", "30~39", "female"),
    ("Big toe joint red hot and swollen overnight, 52 male, happened before after a party", "rheumatology", "50~59", "male"),
    ("Back pain and stiffness that's worse in the morning and better with exercise, 24M, for over a year", "rheumatology", "20~29", "male"),
    ("My 11 year old has swollen knee for 2 months without injury and limps in the mornings", "rheumatology", "10~19", "undisclosed"),
    # urology
    ("Blood in my pee, no pain, 64 year old man, ex-smoker. Happened twice this month", "urology", "60~69", "male"),
    ("Had a vasectomy consult question: 41M, 3 kids, is it reversible and how long to recover", "urology", "40~49", "male"),
    ("Leaking urine when I run or laugh, but also urgency rushing to the loo, 58F. Incontinence clinic or?", "urology", "50~59", "female"),
    ("Grandad, 84, has to get up 5 times a night to pee and the stream is weak. prostate?", "urology", "80+", "male"),
    # nutrition
    ("I'm 19 and want to go vegan, how do I make sure I get enough protein and B12?", "nutrition", "10~19", "undisclosed"),
    ("Newly diagnosed type 2 at 57, what should I actually eat? Nigerian food is rice and swallow heavy", "nutrition", "50~59", "undisclosed"),
    ("I'm 33 and breastfeeding, trying to lose the baby weight safely without hurting my milk supply. Diet plan?", "nutrition", "30~39", "female"),
    ("My 85 yo father has lost his appetite and weight, he only eats porridge. What high calorie foods can we add?", "nutrition", "80+", "male"),
]
