# Triage items (part A). Written by hand, writer 71.

def T(text, department, age_range, gender):
    return {"text": text, "department": department, "age_range": age_range, "gender": gender}

ITEMS = [
    # cardiology
    T("I'm a 23 yo guy and sometimes my heart just starts racing out of nowhere, like 180, for about 10 mins then stops suddenly. Happens a few times a month. Is that SVT?", "cardiology", "20~29", "male"),
    T("My mum is 67 and her ankles swell up by evening and she gets out of breath climbing the stairs now. Her GP heard a murmur. Who should she see about it?", "cardiology", "60~69", "female"),
    T("Cholesterol came back high again even on atorvastatin and my dad had a bypass at 50. I'm 44, woman, non smoker. Want to know my heart risk properly.", "cardiology", "40~49", "female"),
    T("Got an ECG for a work medical and it says 'first degree heart block'. No symptoms at all. What does that mean and does someone need to follow it up?", "cardiology", "30~39", "undisclosed"),
    # dentistry
    T("back tooth on the bottom left has a hole in it and hurts with anything sweet. i'm 19 and havent seen a dentist since school", "dentistry", "10~19", "undisclosed"),
    T("My 6 year old's adult front tooth is coming in behind the baby tooth, which hasn't fallen out. Shark teeth? Does the baby one need pulling?", "dentistry", "0~9", "undisclosed"),
    T("Dentures rubbing and giving me sore spots on the gum. I'm 78 and they're about 10 years old.", "dentistry", "70~79", "undisclosed"),
    T("Wisdom tooth half through and the gum over it keeps getting swollen and tasting nasty. 22F. Does it need to come out?", "dentistry", "20~29", "female"),
    # dermatology
    T("Mole on my back that my boyfriend says has changed shape and got darker on one side. I'm 29 and I used sunbeds a lot as a teen.", "dermatology", "20~29", "female"),
    T("Acne all over my jaw and back, 17 male, tried every face wash, nothing works. Is it time for something stronger?", "dermatology", "10~19", "male"),
    T("Thick silvery patches on my elbows and scalp, itch like mad. 52 yo man. Is this psoriasis and what treatments are there?", "dermatology", "50~59", "male"),
    T("Hair coming out in round bald patches, about the size of a coin, three of them now. I'm 34. Stress?", "dermatology", "30~39", "undisclosed"),
    # endocrinology
    T("I'm 31, female, losing weight without trying, heart pounding, sweaty all the time and my hands shake. Friend said thyroid?", "endocrinology", "30~39", "female"),
    T("Type 1 since I was 8, now 20, my hba1c has crept up to 9% at uni. I want to ask about getting a pump or sensor.", "endocrinology", "20~29", "undisclosed"),
    T("My husband is 58 and has been told his calcium is high in a routine blood test, and they mentioned parathyroid. What's the next step?", "endocrinology", "50~59", "male"),
    T("I'm a 16 year old boy and I haven't really started puberty yet, my voice hasn't broken and my mates are all way ahead. Is something wrong?", "endocrinology", "10~19", "male"),
    # family-medicine
    T("I just want a general check up, I'm 40 and haven't seen a doctor in about 10 years. Bloods, BP, that kind of thing.", "family-medicine", "40~49", "undisclosed"),
    T("Cold for a week, blocked nose, bit of a cough, no fever. 25 m. Anything I can do or just wait it out?", "family-medicine", "20~29", "male"),
    T("feeling kind of run down and tired for a couple of months, nothing specific. 36, female, two kids, work full time. where to start?", "family-medicine", "30~39", "female"),
    T("I need a medical for my taxi licence. I'm 61. Who does those?", "family-medicine", "60~69", "undisclosed"),
    # gastroenterology
    T("Bloating, cramps and going between diarrhoea and constipation for about a year. 27F. Coeliac test was negative. IBS?", "gastroenterology", "20~29", "female"),
    T("My dad is 72 and had some dark tarry stools last month, his GP did bloods and said he's anaemic and wants a camera test. Which department does that?", "gastroenterology", "70~79", "male"),
    T("Constant heartburn even on omeprazole, food feels like it sticks on the way down sometimes. I'm 55.", "gastroenterology", "50~59", "undisclosed"),
    T("Diagnosed with ulcerative colitis 2 years ago at 17, now at uni and flaring again, blood and mucus. Need my meds reviewed.", "gastroenterology", "10~19", "undisclosed"),
    # general-surgery
    T("Lump in my groin that pops out when I cough or lift and goes back when I lie down. 45 year old man, I do labouring. Hernia?", "general-surgery", "40~49", "male"),
    T("Gallstones found on a scan after a few bad attacks of pain under my ribs. I'm 38, female. They said I might need it out. Who does that?", "general-surgery", "30~39", "female"),
    T("Painful lump right at the top of my bum crack, keeps filling with pus and draining. 21 m. Pilonidal?", "general-surgery", "20~29", "male"),
    T("Got a soft, painless lump on my shoulder, been there years, slowly getting bigger. Now it's the size of a golf ball and annoying. Can it be removed?", "general-surgery", "50~59", "undisclosed"),
    # hematology-oncology
    T("My 62 year old mum has been told her white cells are very high on a routine blood test and she needs to see a specialist. What could it be?", "hematology-oncology", "60~69", "female"),
    T("I bruise incredibly easily and my nosebleeds take ages to stop. 24, female, periods are really heavy too. Could it be a clotting problem?", "hematology-oncology", "20~29", "female"),
    T("Finished chemo for testicular cancer 6 months ago, I'm 28. When do the follow-up scans happen and who arranges them?", "hematology-oncology", "20~29", "male"),
    T("Sickle cell trait showed up in my pregnancy screening but the question is about me, I'm 33 and keen to know if it affects my own health.", "hematology-oncology", "30~39", "female"),
    # infectious-diseases
    T("Came back from backpacking in Southeast Asia two weeks ago and have had fevers that come and go every couple of days plus headaches. 24 m.", "infectious-diseases", "20~29", "male"),
    T("Recently diagnosed HIV positive and I'm 35. Want to talk about starting treatment and what life looks like now.", "infectious-diseases", "30~39", "undisclosed"),
    T("My grandad (81) has had a cough for months and lost weight, and he lived with someone who had TB. Who tests for that?", "infectious-diseases", "80+", "male"),
    T("Need vaccines for a gap year in sub-Saharan Africa. I'm 18. Yellow fever, malaria tablets, rabies? Where do I go?", "infectious-diseases", "10~19", "undisclosed"),
    # nephrology
    T("My kidney function (eGFR) has dropped from 60 to 45 over two years. I'm 66, diabetic, high BP. Do I need a kidney specialist?", "nephrology", "60~69", "undisclosed"),
    T("Foamy pee and puffy eyes in the mornings for a few weeks. 30 yo woman. Urine dip showed protein.", "nephrology", "30~39", "female"),
    T("I have polycystic kidney disease like my dad. I'm 42 and want to know about the new medicine that slows it down.", "nephrology", "40~49", "male"),
    T("On dialysis 3 times a week, 74 years old, constantly itchy skin and can't sleep. Is this the phosphate?", "nephrology", "70~79", "undisclosed"),
    # neurology
    T("I'm 26 and I've been having migraines with aura twice a week, the tablets from the GP don't help. Want to see a headache specialist.", "neurology", "20~29", "undisclosed"),
    T("Tingling and numbness in both feet slowly creeping up over the last year. I'm 57, male. Not diabetic.", "neurology", "50~59", "male"),
    T("My 70 year old mother has a tremor in her right hand at rest and she's got slower walking. Could this be Parkinson's and who checks?", "neurology", "70~79", "female"),
    T("I had a seizure for the first time last month (checked in hospital, told to stop driving). 19 f. They said to follow up with a specialist.", "neurology", "10~19", "female"),
]
