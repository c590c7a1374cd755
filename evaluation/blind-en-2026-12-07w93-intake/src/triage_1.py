ITEMS = [
    # cardiology
    {"text": "ICU nurse, 46F. Holter showed runs of AF, longest 4 hrs, asymptomatic. CHA2DS2-VASc 1 (sex only). Do I need anticoagulation or just rate control? Echo normal.", "department": "cardiology", "age_range": "40~49", "gender": "female"},
    {"text": "My husband is 71 and gets breathless climbing the stairs, ankles swollen by evening. BNP came back 1800. GP said 'heart failure likely'. What does the cardiology workup usually involve?", "department": "cardiology", "age_range": "70~79", "gender": "male"},
    {"text": "I'm a 33 year old guy and I was told I have a bicuspid aortic valve on an echo for a murmur. Mild stenosis. Can I keep lifting weights?", "department": "cardiology", "age_range": "30~39", "gender": "male"},
    {"text": "Lipid clinic question. Cholesterol 9.2, LDL 6.8 at 24, my dad had a heart attack at 41. Suspected familial hypercholesterolaemia. Statin at my age? I'm a woman, planning pregnancy in a few years.", "department": "cardiology", "age_range": "20~29", "gender": "female"},
    # dentistry
    {"text": "Wisdom tooth lower left partially through, gum flap over it keeps getting swollen and tastes bad. 3rd time this year. I'm 22. Should it come out?", "department": "dentistry", "age_range": "20~29", "gender": "undisclosed"},
    {"text": "Dental nurse here, 38F. My own filling fell out and now the tooth is sensitive to cold only, lasts a second. Can it wait 2 weeks for my own dentist?", "department": "dentistry", "age_range": "30~39", "gender": "female"},
    {"text": "My 7 year old son has brown spots on his new front teeth. We use fluoride toothpaste. Is it decay or enamel problem?", "department": "dentistry", "age_range": "0~9", "gender": "male"},
    {"text": "Grandpa is 83, his dentures rub and he has a white patch under the plate that doesn't wipe off. He's a pipe smoker. Who should look at it first?", "department": "dentistry", "age_range": "80+", "gender": "male"},
    # dermatology
    {"text": "Pharmacist, 29M. Acne on my back and chest since my teens, tried lymecycline x2 and adapalene. Isotretinoin the next step? Who prescribes it?", "department": "dermatology", "age_range": "20~29", "gender": "male"},
    {"text": "Patches of hair loss on my scalp, round and smooth, started 2 months ago. I'm 17. Exclamation mark hairs at the edges apparently.", "department": "dermatology", "age_range": "10~19", "gender": "undisclosed"},
    {"text": "My wife (58) has a scaly red patch on her nose that's been there 6 months, bleeds occasionally when she washes. Not healing. Worth a dermatology referral?", "department": "dermatology", "age_range": "50~59", "gender": "female"},
    {"text": "Hidradenitis in my armpits and groin, Hurley stage 2, multiple sinus tracts. I'm 35, nonbinary. Doxy didn't help. What about adalimumab?", "department": "dermatology", "age_range": "30~39", "gender": "other"},
    # endocrinology
    {"text": "Calcium 2.78, PTH 9.1 (high), vitamin D normal. 62F, kidney stone last year. Primary hyperparathyroidism? Do I need surgery or monitoring?", "department": "endocrinology", "age_range": "60~69", "gender": "female"},
    {"text": "Type 1 diabetic, 26, male. Hypos happening 3-4 times a week despite cutting insulin. HbA1c 6.1%. Would a pump with auto mode help?", "department": "endocrinology", "age_range": "20~29", "gender": "male"},
    {"text": "I'm a 44 year old woman and my prolactin came back 1400 with irregular periods and milky discharge. MRI of the pituitary booked. What happens after?", "department": "endocrinology", "age_range": "40~49", "gender": "female"},
    {"text": "Trans man, 31, on testosterone gel 2 years. Haematocrit now 0.53. My GP isn't sure about dosing. Who manages hormone levels?", "department": "endocrinology", "age_range": "30~39", "gender": "male"},
    # family-medicine
    {"text": "Just turned 40 and want a general health check. Non-smoker, desk job, no complaints really. What bloods and checks are worth doing?", "department": "family-medicine", "age_range": "40~49", "gender": "undisclosed"},
    {"text": "Cold for 10 days now, blocked nose, mild cough, no fever. 28F. At what point does it need antibiotics?", "department": "family-medicine", "age_range": "20~29", "gender": "female"},
    {"text": "Medical student, 23M. Tired all the time for 2 months, no weight loss, sleeping ok. Where do I start, just a GP visit and routine bloods?", "department": "family-medicine", "age_range": "20~29", "gender": "male"},
    {"text": "My mum is 66 and wants to know which vaccines she should have this autumn. She had shingles vaccine already. Flu, covid, pneumococcal?", "department": "family-medicine", "age_range": "60~69", "gender": "female"},
    # gastroenterology
    {"text": "Ulcerative colitis, 34M, on mesalazine 4.8 g. Still 6 stools a day with some blood. Calprotectin 900. What's next, steroids or a biologic?", "department": "gastroenterology", "age_range": "30~39", "gender": "male"},
    {"text": "Heartburn most nights for a year despite omeprazole. I'm 57, woman, lost a bit of weight without trying. Should I be having an endoscopy?", "department": "gastroenterology", "age_range": "50~59", "gender": "female"},
    {"text": "Liver ultrasound says 'fatty liver, grade 2'. ALT 78. FIB-4 1.6. 45 years old guy, beer on weekends. Do I need a fibroscan?", "department": "gastroenterology", "age_range": "40~49", "gender": "male"},
    {"text": "I'm 19 and I've had bloating and alternating diarrhoea/constipation since starting uni. Coeliac screen negative. IBS?", "department": "gastroenterology", "age_range": "10~19", "gender": "undisclosed"},
    # general-surgery
    {"text": "Bulge in my right groin that goes back when I lie down, aches after work. 52M, labourer. Inguinal hernia? How soon should it be repaired?", "department": "general-surgery", "age_range": "50~59", "gender": "male"},
    {"text": "Gallstones on ultrasound, 3 attacks of biliary colic in 2 months. I'm a 41 year old mum of three. Is keyhole removal the standard?", "department": "general-surgery", "age_range": "40~49", "gender": "female"},
    {"text": "Pilonidal sinus, keeps discharging, had it drained twice. I'm 21, male. Would a Bascom or cleft lift be better?", "department": "general-surgery", "age_range": "20~29", "gender": "male"},
    {"text": "Lump on my back, soft, moves under the skin, 5 cm, growing slowly over 3 years. I'm 63. Lipoma? Can it be removed?", "department": "general-surgery", "age_range": "60~69", "gender": "undisclosed"},
    # hematology-oncology
    {"text": "Routine bloods: lymphocytes 7.8, rest normal. Flow cytometry says CLL, Binet A. 68M. Do I need treatment now?", "department": "hematology-oncology", "age_range": "60~69", "gender": "male"},
    {"text": "My wife, 37, has had iron deficiency anaemia for years despite tablets and infusions. Ferritin never stays up. Periods normal. Who investigates this?", "department": "hematology-oncology", "age_range": "30~39", "gender": "female"},
    {"text": "Hodgkin lymphoma, stage IIA, age 24, woman. Oncologist offered ABVD x 4 plus radiotherapy, or more chemo without radiotherapy. Fertility preservation needed?", "department": "hematology-oncology", "age_range": "20~29", "gender": "female"},
    {"text": "Platelets 620 on three checks over 6 months, JAK2 positive. 55 year old man. Essential thrombocythaemia? Is aspirin enough?", "department": "hematology-oncology", "age_range": "50~59", "gender": "male"},
    # infectious-diseases
    {"text": "Back from Kenya 3 weeks ago, intermittent fevers, malaria films negative x3. Eosinophils 2.1. Schistosomiasis possible? I'm 27F, swam in Lake Malawi too.", "department": "infectious-diseases", "age_range": "20~29", "gender": "female"},
    {"text": "HIV positive 15 years, undetectable on Biktarvy. 49M. Want to switch to the long-acting injectable. Am I a candidate?", "department": "infectious-diseases", "age_range": "40~49", "gender": "male"},
    {"text": "Hep C antibody positive on a routine screen, RNA pending. I used to inject 20 years ago. I'm 44, female. If RNA is positive, what treatment?", "department": "infectious-diseases", "age_range": "40~49", "gender": "female"},
    {"text": "Recurrent C. diff, third episode after vanc. 74 year old dad. They mentioned faecal transplant. Where is that done?", "department": "infectious-diseases", "age_range": "70~79", "gender": "male"},
    # nephrology
    {"text": "CKD stage 3b, eGFR 36 dropping 5 a year. 64M, diabetic. When do I need to think about dialysis vs transplant planning?", "department": "nephrology", "age_range": "60~69", "gender": "male"},
    {"text": "Polycystic kidneys, diagnosed at 29 (mum had it too). Now 32, female, BP 145/90, kidneys 18 cm each. Is tolvaptan an option?", "department": "nephrology", "age_range": "30~39", "gender": "female"},
    {"text": "Protein in urine 2+ on a dip at work medical, PCR 120. Creatinine normal. I'm 25. What kind of specialist looks at this?", "department": "nephrology", "age_range": "20~29", "gender": "undisclosed"},
    {"text": "Mum (77) on haemodialysis 3x weekly, fistula working, but potassium keeps being 6.1 pre-dialysis. Diet or dialysis issue?", "department": "nephrology", "age_range": "70~79", "gender": "female"},
    # neurology
    {"text": "Migraines 15 days a month, 36F, failed topiramate and amitriptyline. Would CGRP monoclonals be next?", "department": "neurology", "age_range": "30~39", "gender": "female"},
    {"text": "Foot drop on the right, slowly over 6 months, plus muscle twitching in my calves and arms. 58M. EMG booked. What are they looking for?", "department": "neurology", "age_range": "50~59", "gender": "male"},
    {"text": "Epilepsy on lamotrigine 200 bd, seizure-free 3 years. 27 years old woman, want to get pregnant. Dose changes?", "department": "neurology", "age_range": "20~29", "gender": "female"},
    {"text": "Numbness in both feet creeping up to the ankles over a year. 71, retired engineer, fella. B12 normal, not diabetic. Peripheral neuropathy workup?", "department": "neurology", "age_range": "70~79", "gender": "male"},
]
