# triage items, batch A (hand written)
ITEMS = [
    # cardiology
    {"text": "I'm 58 (male) and my smartwatch keeps saying 'possible AFib'. I feel fluttering in my chest a few times a week, lasts a few minutes, then goes. No pain. Do I need a proper heart monitor?",
     "department": "cardiology", "age_range": "50~59", "gender": "male"},
    {"text": "my mum is 74 and her ankles swell every evening, she gets breathless lying flat and now sleeps on 3 pillows. GP said 'maybe the heart' and gave water tablets. who should she see next",
     "department": "cardiology", "age_range": "70~79", "gender": "female"},
    {"text": "Cholesterol fine, BP fine, but calcium score came back 410 at age 47. What does that mean and what do I do now?",
     "department": "cardiology", "age_range": "40~49", "gender": "undisclosed"},
    {"text": "22 y/o guy, rugby player. Team screening ECG said 'possible HCM, needs echo'. Am I allowed to keep training until the echo? Its in 5 weeks",
     "department": "cardiology", "age_range": "20~29", "gender": "male"},

    # dentistry
    {"text": "Wisdom tooth coming through on the bottom left, gum over it is sore and i get food stuck. 19, female. does it need to come out?",
     "department": "dentistry", "age_range": "10~19", "gender": "female"},
    {"text": "My 6 yr old has a brown spot on her back tooth and it hurts when she eats sweets. Baby tooth, does it even need a filling?",
     "department": "dentistry", "age_range": "0~9", "gender": "female"},
    {"text": "Old crown on my front tooth has gone grey at the gum line and the gum is pulling back. 63M. Replace it or leave it?",
     "department": "dentistry", "age_range": "60~69", "gender": "male"},
    {"text": "I grind my teeth at night, wake with sore jaw, one molar has a crack line now. 34. night guard from the pharmacy ok or get one made?",
     "department": "dentistry", "age_range": "30~39", "gender": "undisclosed"},

    # dermatology
    {"text": "New mole on my shoulder, appeared this year, irregular edge, two colours. I'm 41 and fair skinned, lots of sunburns as a kid in Australia. My wife made me post this.",
     "department": "dermatology", "age_range": "40~49", "gender": "male"},
    {"text": "hair falling out in round patches, 3 coin-sized bald spots on the back of my head. 27F. stress?",
     "department": "dermatology", "age_range": "20~29", "gender": "female"},
    {"text": "Grandpa (81) has a rough scaly patch on his bald head that bleeds when he scratches it. Been there a year. He says it's nothing.",
     "department": "dermatology", "age_range": "80+", "gender": "male"},
    {"text": "I'm nonbinary, 24, and I've had hidradenitis in my armpits and groin for 5 years. The lumps keep coming back and draining. Antibiotics only work while I'm on them. What else is there? biologics?",
     "department": "dermatology", "age_range": "20~29", "gender": "other"},

    # endocrinology
    {"text": "Thyroid blood tests: TSH <0.01, T4 high. I've lost 6 kg without trying, hands shaky, heart fast. Female, 36. GP referred me but the wait is long. What will they do?",
     "department": "endocrinology", "age_range": "30~39", "gender": "female"},
    {"text": "CT for kidney stones found a 2.3 cm lump on my adrenal gland. 55. They called it an 'incidentaloma'. What tests happen next?",
     "department": "endocrinology", "age_range": "50~59", "gender": "undisclosed"},
    {"text": "my son is 15 and hasn't started puberty at all, no voice change, no growth spurt, smallest in his class by far. is there a doctor for this",
     "department": "endocrinology", "age_range": "10~19", "gender": "male"},
    {"text": "Type 1 for 30 years, 62F, thinking about moving from injections to an insulin pump. Hypos at night are getting worse and I don't feel them coming anymore. Who do I talk to about a pump?",
     "department": "endocrinology", "age_range": "60~69", "gender": "female"},

    # family-medicine
    {"text": "I'm 45 and haven't seen a doctor in about 10 years. Feel fine. What kind of check-up should someone my age get? man, smoker (trying to quit)",
     "department": "family-medicine", "age_range": "40~49", "gender": "male"},
    {"text": "cold for 5 days. runny nose, sore throat, little cough, no fever. 29, enby (they/them). do i need antibiotics or just ride it out",
     "department": "family-medicine", "age_range": "20~29", "gender": "other"},
    {"text": "Just generally feeling run down for a couple of months, tired, a bit achy, not sleeping great. Nothing specific. Woman, 52. Where do I even start?",
     "department": "family-medicine", "age_range": "50~59", "gender": "female"},
    {"text": "Need a medical for my new job (driving licence renewal for trucks), I'm 67. What do they check and who does it?",
     "department": "family-medicine", "age_range": "60~69", "gender": "undisclosed"},

    # gastroenterology
    {"text": "Bloating and diarrhoea after anything with milk or bread, for about a year. 31F. Tested negative for coeliac on a blood test but I was already avoiding gluten. Should I get a scope?",
     "department": "gastroenterology", "age_range": "30~39", "gender": "female"},
    {"text": "my dad is 70 and has had heartburn daily for years, now food sticks going down. he's on omeprazole. doctor said endoscopy but who does it",
     "department": "gastroenterology", "age_range": "70~79", "gender": "male"},
    {"text": "Ulcerative colitis diagnosed at 18, now 23. On mesalazine but flaring every few months, 6-8 bloody stools a day during a flare. Is it time for something stronger?",
     "department": "gastroenterology", "age_range": "20~29", "gender": "undisclosed"},
    {"text": "Liver tests abnormal on a routine blood test (ALT 110, GGT 180). I don't drink much. 44 male. What's next, ultrasound?",
     "department": "gastroenterology", "age_range": "40~49", "gender": "male"},

    # general-surgery
    {"text": "Lump in my groin that pops out when I cough and goes back in when I lie down. Doesn't hurt much. 60M. Hernia repair, how soon?",
     "department": "general-surgery", "age_range": "60~69", "gender": "male"},
    {"text": "Gallstones on ultrasound, attacks of pain under right ribs after fatty meals every couple of weeks. 38, woman. They mentioned keyhole surgery. How long is recovery?",
     "department": "general-surgery", "age_range": "30~39", "gender": "female"},
    {"text": "Sebaceous cyst on my upper back, the size of a golf ball now, gets infected twice a year. 50. Want it cut out properly this time.",
     "department": "general-surgery", "age_range": "50~59", "gender": "undisclosed"},
    {"text": "I'm 17 and I've got an ingrown toenail that keeps coming back on both big toes, pus every time. GP has cut the corner twice. Can they remove part of the nail for good?",
     "department": "general-surgery", "age_range": "10~19", "gender": "undisclosed"},

    # hematology-oncology
    {"text": "Blood test showed platelets 620 on three tests over 6 months. No obvious reason. 57F. They mentioned a JAK2 test. What's that about?",
     "department": "hematology-oncology", "age_range": "50~59", "gender": "female"},
    {"text": "Finished chemo for breast cancer last year, 49. How often should I have follow up scans and who organises it, oncology or my GP?",
     "department": "hematology-oncology", "age_range": "40~49", "gender": "female"},
    {"text": "Swollen glands in my neck and armpit for 6 weeks, not painful, night sweats soaking the sheets, lost weight. 26 male. GP wants a biopsy, which department does that?",
     "department": "hematology-oncology", "age_range": "20~29", "gender": "male"},
    {"text": "My husband, 72, has a paraprotein on his blood test (MGUS they said). Does it turn into myeloma? How often should he be checked?",
     "department": "hematology-oncology", "age_range": "70~79", "gender": "male"},

    # infectious-diseases
    {"text": "Back from 3 months backpacking in SE Asia, 25F. Diarrhoea on and off for 4 weeks and stomach cramps. Stool test at GP came back with 'Giardia'. Treatment? Also should I be tested for other stuff?",
     "department": "infectious-diseases", "age_range": "20~29", "gender": "female"},
    {"text": "HIV positive, diagnosed last month, 34M. CD4 is 280. When do I start meds and what are the side effects?",
     "department": "infectious-diseases", "age_range": "30~39", "gender": "male"},
    {"text": "I'm 66 and have had 4 courses of antibiotics for a chest infection since Christmas, and the sputum culture grew 'MRSA'. GP is unsure which antibiotic next.",
     "department": "infectious-diseases", "age_range": "60~69", "gender": "undisclosed"},
    {"text": "Going to Ghana for 6 weeks to volunteer. 19. Which vaccines and malaria pills do I need, and where do I get a yellow fever shot?",
     "department": "infectious-diseases", "age_range": "10~19", "gender": "undisclosed"},

    # nephrology
    {"text": "Creatinine has gone from 110 to 160 over two years, eGFR now 38. I'm 69, diabetic and hypertensive. GP says 'refer to kidney team'. What will they do?",
     "department": "nephrology", "age_range": "60~69", "gender": "undisclosed"},
    {"text": "Polycystic kidney disease runs in my family (mum on dialysis). I'm 28F and the ultrasound showed cysts in both kidneys. BP normal so far. Any treatment that slows it?",
     "department": "nephrology", "age_range": "20~29", "gender": "female"},
    {"text": "Dad is 81 and on dialysis 3x week. He's asking about stopping dialysis and just going conservative. Who do we talk to about that",
     "department": "nephrology", "age_range": "80+", "gender": "male"},
    {"text": "Protein in urine again on dipstick (3+), ankles puffy, 44 male. Urine protein creatinine ratio 320. What does that mean for my kidneys",
     "department": "nephrology", "age_range": "40~49", "gender": "male"},

    # neurology
    {"text": "Tingling in both hands and feet that's slowly spreading up over 6 months, and I've become clumsy. 53F. Nerve test?",
     "department": "neurology", "age_range": "50~59", "gender": "female"},
    {"text": "Migraines since I was a teen, now 38, getting 15 headache days a month. Tried propranolol and topiramate. Heard about the new injections (CGRP). Who can prescribe them?",
     "department": "neurology", "age_range": "30~39", "gender": "undisclosed"},
    {"text": "My husband (64) has started acting out his dreams - punching and shouting in his sleep, fell out of bed twice. Also his sense of smell is gone. Is this a brain thing?",
     "department": "neurology", "age_range": "60~69", "gender": "male"},
    {"text": "Had 2 seizures in my sleep this year, 24, male. Diagnosed with epilepsy, started on levetiracetam. Feeling really irritable on it. Can I switch?",
     "department": "neurology", "age_range": "20~29", "gender": "male"},
]
