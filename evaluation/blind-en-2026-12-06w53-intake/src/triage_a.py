# Hand-written triage items, part A. Each item: (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("I'm 58 and every so often my heart suddenly races, the watch says 150, for about 10 minutes and then it just stops like a switch. "
     "My husband says I go a bit pale. Feel fine in between. What's going on?", "cardiology", "50~59", "female"),
    ("Dad's 74, diagnosed with heart failure last year, he's on bisoprolol and the water tablet. Ankles still swell by evening and he gets "
     "puffed out on the stairs. Should his dose be changed?", "cardiology", "70~79", "male"),
    ("31, just been told on an echo that I have a bicuspid aortic valve. Totally no symptoms. Can I keep training for an Ironman?",
     "cardiology", "30~39", "undisclosed"),
    ("Gran is 86 and her pacemaker check at the clinic said the battery is getting low. What does a replacement involve at her age? "
     "She's nervous of another op.", "cardiology", "80+", "female"),
    # dentistry
    ("my 7 yr olds big front tooth is coming through BEHIND the baby tooth which is still not wobbly. shark teeth?? do we need to get "
     "the baby one pulled", "dentistry", "0~9", "undisclosed"),
    ("Wisdom tooth half through on the bottom left, the gum flap over it keeps getting food stuck under it and swelling. 22F. "
     "Salt water rinses help a bit. Does it need to come out?", "dentistry", "20~29", "female"),
    ("Grandad's 81 and his bottom denture rubs and leaves sore ulcers, he's stopped wearing it to eat. Is it worth getting a new set "
     "made or can they be adjusted?", "dentistry", "80+", "male"),
    ("35M, started using whitening strips a fortnight ago and now my teeth zing with anything cold. Permanent damage?",
     "dentistry", "30~39", "male"),
    # dermatology
    ("My lad is 15 and his acne is mostly on his back and chest, he won't take his top off at the beach. Tried the benzoyl peroxide wash "
     "for 3 months. What's the next step?", "dermatology", "10~19", "male"),
    ("62 year old bloke, bald, worked outdoors my whole life. I've got rough scaly patches on the top of my head that come and go. "
     "Wife says they look like sandpaper.", "dermatology", "60~69", "male"),
    ("Hand eczema that cracks and splits every winter, I'm a nurse so washing my hands 50 times a shift. 44 female. What can I do "
     "beyond moisturiser?", "dermatology", "40~49", "female"),
    ("I'm 27 and non-binary. My fingernails have little pits in them like a thimble and one is lifting off. Also some dry patches on my elbows. "
     "Related?", "dermatology", "20~29", "other"),
    # endocrinology
    ("Type 1 since I was 12, now 24. HbA1c stuck at 75 no matter what I do. Can I get an insulin pump on the NHS or is there a "
     "criteria?", "endocrinology", "20~29", "undisclosed"),
    ("They found a 2 cm thyroid nodule on an ultrasound of my neck (done for something else). I'm 47, female, bloods normal. Do they "
     "usually biopsy?", "endocrinology", "40~49", "female"),
    ("I'm 16 and a boy and I haven't started puberty at all, my voice hasn't broken and all my mates are way taller. Is something wrong "
     "with my hormones?", "endocrinology", "10~19", "male"),
    ("Husband is 70, on levothyroxine 150 for years, and his latest TSH came back as 'suppressed'. GP wants to reduce him to 125. "
     "He feels fine. Is a suppressed TSH a problem?", "endocrinology", "70~79", "male"),
    # family-medicine
    ("Haven't seen a GP in about 10 years. I'm a 45 year old man, no problems as such, but my dad had a heart attack at 60. Worth "
     "going in for a general check-up?", "family-medicine", "40~49", "male"),
    ("Cold for 10 days now, blocked nose, bit of a cough, no temp. 33 years old. When should I stop waiting it out?",
     "family-medicine", "30~39", "undisclosed"),
    ("I'm 28 (F) and exhausted all the time even after 9 hours sleep. Not pregnant. What bloods should I ask my GP for?",
     "family-medicine", "20~29", "female"),
    ("My wife has just turned 65 and she wants to know which vaccinations she's due this winter - flu, covid, pneumonia, shingles? "
     "She's healthy otherwise.", "family-medicine", "60~69", "female"),
    # gastroenterology
    ("29F. Bloating every afternoon, tummy like I'm 5 months pregnant, and I swing between diarrhoea and constipation. Been going on "
     "a year. Coeliac test was negative.", "gastroenterology", "20~29", "female"),
    ("Heartburn pretty much every day for two years. I'm 55 and a man. Been buying omeprazole over the counter. Should I be scoped?",
     "gastroenterology", "50~59", "male"),
    ("I'm 19 and was diagnosed with Crohn's last year, on azathioprine. Mild flare at the moment - cramps and 4 loose stools a day. "
     "Do I need steroids again?", "gastroenterology", "10~19", "undisclosed"),
    ("Dad (68) had a scan for something else and it showed a fatty liver. He's not much of a drinker. What does that mean for him?",
     "gastroenterology", "60~69", "male"),
    # general-surgery
    ("Man, 50. There's a lump in my right groin that pops out when I cough and goes back when I lie down. Doesn't hurt much. "
     "How soon would they operate?", "general-surgery", "50~59", "male"),
    ("41 female, had three attacks of gallstone pain after fatty meals in the last two months, scan confirmed stones. I want the "
     "gallbladder out - how do I get referred?", "general-surgery", "40~49", "female"),
    ("21, male, got a pilonidal sinus at the top of my bum crack that keeps flaring up and draining. Had it lanced once. Is there a "
     "permanent fix?", "general-surgery", "20~29", "male"),
    ("Soft lump on my back, about the size of a golf ball now, been slowly growing for years. GP thinks lipoma. 37. Can I get it removed?",
     "general-surgery", "30~39", "undisclosed"),
    # hematology-oncology
    ("34 female, my ferritin keeps coming back low (8) even though I've been on ferrous sulphate for months. Periods aren't heavy. "
     "What else could be going on?", "hematology-oncology", "30~39", "female"),
    ("My father is 77 and was told he has CLL, a leukaemia, and that they'll just 'watch and wait'. How can they not treat a cancer?",
     "hematology-oncology", "70~79", "male"),
    ("I finished chemo and radiotherapy for breast cancer 6 months ago, I'm 52. What follow-up should I expect and how long am I on "
     "letrozole?", "hematology-oncology", "50~59", "female"),
    ("Routine bloods for a work medical showed platelets 95. I'm a 44 year old man and feel totally normal. Do I need to see someone?",
     "hematology-oncology", "40~49", "male"),
    # infectious-diseases
    ("Heading to Thailand and Cambodia in 3 weeks, 26F. Which vaccinations do I need and do I really need malaria tablets for Cambodia?",
     "infectious-diseases", "20~29", "female"),
    ("31 year old gay man, thinking about starting PrEP. How do I get it in Ireland and how often are the tests?",
     "infectious-diseases", "30~39", "male"),
    ("Third bout of cellulitis in my left leg in a year. I'm 60, female. Each time they give me flucloxacillin. Is there a way to "
     "stop it coming back?", "infectious-diseases", "60~69", "female"),
    ("Letter from school says my 14 year old son was in a class with a pupil who has TB and he needs screening. What does that involve? "
     "He's got no symptoms.", "infectious-diseases", "10~19", "male"),
    # nephrology
    ("Bloods say eGFR 38, which the GP called CKD stage 3b. I'm a 66 year old man with diabetes. Should I be seeing a kidney specialist?",
     "nephrology", "60~69", "male"),
    ("Puffy eyes every morning and my urine is frothy. Dipstick showed protein 3+. I'm 45, female, otherwise well.",
     "nephrology", "40~49", "female"),
    ("My mum and her brother both have polycystic kidney disease. I'm 30 and male. At what age should I be screened?",
     "nephrology", "30~39", "male"),
    ("Dad is 79 and on haemodialysis three times a week at the unit. He's sick of the travel. Could he do dialysis at home?",
     "nephrology", "70~79", "male"),
    # neurology
    ("36F, migraines with aura about 3 times a week now, used to be once a month. Triptans help but I'm worried about taking that many.",
     "neurology", "30~39", "female"),
    ("Husband is 71 and his right hand has started trembling when it's resting, and his writing has got tiny. Worried it's Parkinson's.",
     "neurology", "70~79", "male"),
    ("Tingling and numbness in both feet for 6 months, creeping up to my ankles. I'm 55, not diabetic, drink a bit. What causes that?",
     "neurology", "50~59", "undisclosed"),
    ("I'm 29 (female) and just been diagnosed with relapsing remitting MS. The neurologist gave me three drug options to read about. "
     "How do people choose?", "neurology", "20~29", "female"),
]
