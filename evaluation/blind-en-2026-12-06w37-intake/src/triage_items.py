# Hand-written triage items: (text, department, age_range, gender)
ITEMS = [
# cardiology
("I'm 58 (M) and my GP heard a murmur at my check-up, says possibly aortic stenosis. Echo is booked. What happens if it comes back moderate?", "cardiology", "50~59", "male"),
("Dear Doctor, my mother, aged 76, was recently diagnosed with atrial fibrillation and started on apixaban. She gets breathless on the stairs and her ankles swell by evening. Should her rate control be reviewed?", "cardiology", "70~79", "female"),
("34 yr old here, palpitations on and off for months, skipped beats mostly when lying down at night. Holter was 'mostly normal' with some ectopics. Do I need anything else done?", "cardiology", "30~39", "undisclosed"),
("My husband is 47, his BP averages 155/100 on two meds (amlodipine and ramipril). Doc wants to add a third. Is that normal or should someone look for a cause?", "cardiology", "40~49", "male"),
# dentistry
("my 6 yr old has a back tooth that's gone a greyish colour and he says it hurts when he eats lollies", "dentistry", "0~9", "male"),
("Good afternoon, I am 42 and my gums bleed every time I brush or floss, plus a bad taste in my mouth. I'm a smoker. Is this gum disease?", "dentistry", "40~49", "undisclosed"),
("wisdom tooth coming thru at 19, the gum over it is swollen and sore and I can barely open my mouth properly. infected?", "dentistry", "10~19", "undisclosed"),
("My dad (81) has dentures that don't fit anymore since he lost weight and he's got sore spots on his gums from them rubbing.", "dentistry", "80+", "male"),
# dermatology
("Mole on my back that my wife says has changed shape, it's darker on one side now. I'm 63, spent my life working outdoors in Queensland.", "dermatology", "60~69", "male"),
("17F, acne on my jaw and chin that won't clear with benzoyl peroxide or the pill. Is it time to ask about isotretinoin?", "dermatology", "10~19", "female"),
("I'm 29 and I've got patchy hair loss, smooth round bald spots on the back of my head, three of them now.", "dermatology", "20~29", "undisclosed"),
("Scaly red patches on my elbows and knees with silvery flakes on top. My GP thinks psoriasis. I'm a 51 year old woman, which creams actually work?", "dermatology", "50~59", "female"),
# endocrinology
("My TSH is 0.02 and free T4 is high, I'm 36, female, losing weight and shaky. GP says overactive thyroid, what's next?", "endocrinology", "30~39", "female"),
("Type 1 diabetic, 24, male, getting hypos at night even after lowering my basal. Would a pump or CGM help?", "endocrinology", "20~29", "male"),
("Sir, I am 55 years old, my calcium came 11.2 and PTH is high in routine test. Doctor told it is parathyroid. Please advise what is the treatment.", "endocrinology", "50~59", "undisclosed"),
("Our 14 year old daughter is much shorter than her classmates and hasn't started puberty at all. Her GP wants a hormone check — who should we see?", "endocrinology", "10~19", "female"),
# family-medicine
("Hi I'm 45 and haven't had a check-up in ten years. What bloods should I ask for? Male, no symptoms, just want to be sensible.", "family-medicine", "40~49", "male"),
("Cold for 5 days, blocked nose, scratchy throat, mild cough. 31F. At what point should I bother seeing someone?", "family-medicine", "30~39", "female"),
("Feeling tired all the time for a couple of months, I'm 52, sleeping ok, no obvious reason. Where do I start?", "family-medicine", "50~59", "undisclosed"),
("I need a medical for my driving licence renewal now that I've turned 75. What does the doctor usually check?", "family-medicine", "70~79", "undisclosed"),
# gastroenterology
("Bloating and alternating diarrhoea and constipation for about a year, I'm 27, female. Coeliac test was negative. IBS?", "gastroenterology", "20~29", "female"),
("Dear Sir, my father aged 66 has been told he has a fatty liver and his ALT is 96. He drinks only occasionally. Kindly advise on further tests.", "gastroenterology", "60~69", "male"),
("Heartburn most nights for 6 months despite omeprazole, 48 year old man, and sometimes food feels like it sticks on the way down. Do I need a scope?", "gastroenterology", "40~49", "male"),
("I'm 38 and was diagnosed with ulcerative colitis last year. On mesalazine but still 5-6 loose stools a day with mucus.", "gastroenterology", "30~39", "undisclosed"),
# general-surgery
("Lump in my groin that pops out when I cough and goes back when I lie down. 44M, labouring job. Hernia?", "general-surgery", "40~49", "male"),
("Gallstones found on a scan, I've had 3 attacks of pain under my right ribs this year. I'm 39 and female, do I need the gallbladder out?", "general-surgery", "30~39", "female"),
("Pilonidal sinus keeps coming back, 21 year old guy, had it drained twice already. Is there a permanent fix?", "general-surgery", "20~29", "male"),
("My mother (72) has a fatty lump on her back the size of a mandarin that's slowly getting bigger and catches on her bra. She wants it removed.", "general-surgery", "70~79", "female"),
# hematology-oncology
("My platelets have been around 90 on three blood tests over a year. 40 year old woman, some easy bruising. Who should look at this?", "hematology-oncology", "40~49", "female"),
("Father, 74, diagnosed with CLL, lymphocytes 28. They said watch and wait. What signs mean he'd need treatment?", "hematology-oncology", "70~79", "male"),
("Painless lump in my neck for 6 weeks, about 2cm, and I've been drenching the sheets with night sweats. I'm 23.", "hematology-oncology", "20~29", "undisclosed"),
("I'm 57, finished chemo for bowel cancer 6 months ago. The CEA on my last bloods is slightly up. What does that mean?", "hematology-oncology", "50~59", "undisclosed"),
# infectious-diseases
("Just diagnosed HIV positive at 28, CD4 is 410. Worried about starting meds and the side effects.", "infectious-diseases", "20~29", "undisclosed"),
("Tested positive for latent TB on my visa medical in Manila, I'm 31, female, no symptoms at all. Do I need treatment?", "infectious-diseases", "30~39", "female"),
("Recurrent MRSA boils for over a year, 45 y.o. man, the decolonisation washes didn't work. What next?", "infectious-diseases", "40~49", "male"),
("Grandad is 83 and had a positive C. diff result after antibiotics for his chest, he's still having loose stools two weeks into treatment.", "infectious-diseases", "80+", "male"),
# nephrology
("eGFR dropped from 62 to 48 over a year, I'm 68 and diabetic. Protein in my urine too. Should I see a kidney specialist?", "nephrology", "60~69", "undisclosed"),
("My wife is 59 and on haemodialysis, they've mentioned she might be listed for a transplant. How long does the work-up take?", "nephrology", "50~59", "female"),
("Polycystic kidney disease runs in my family, I'm 26, ultrasound showed a few cysts. What monitoring do I need?", "nephrology", "20~29", "undisclosed"),
("Foamy urine and puffy eyes in the mornings, I'm a 35 year old man. Urine dipstick at the chemist showed 3+ protein.", "nephrology", "30~39", "male"),
# neurology
("Migraines 3-4 times a month with aura, 32F, triptans work but I'd like something preventive. Propranolol or something else?", "neurology", "30~39", "female"),
("My dad, 71, has a tremor in his right hand when it's resting and he's walking slower, sort of shuffling. Could it be Parkinson's?", "neurology", "70~79", "male"),
("Numbness and tingling in both feet for 8 months, 49 years old, not diabetic, B12 normal. What tests are next?", "neurology", "40~49", "undisclosed"),
("I'm 24 and had what the ER called a first seizure last month. MRI was normal. Neurology appointment is in 3 months — am I allowed to drive meanwhile?", "neurology", "20~29", "undisclosed"),
# obstetrics-gynecology
("Periods every 2 weeks and heavy for the last 6 months, I'm 46. Perimenopause or something to investigate?", "obstetrics-gynecology", "40~49", "female"),
("12 weeks pregnant with my first, 29, nauseous all day but keeping fluids down. When does this usually settle?", "obstetrics-gynecology", "20~29", "female"),
("I'm 33, we've been trying to conceive for 18 months and my periods are all over the place. Where do we start?", "obstetrics-gynecology", "30~39", "female"),
("Postmenopausal at 61 and had a little spotting last week, first bleed since my periods stopped at 52.", "obstetrics-gynecology", "60~69", "female"),
# ophthalmology
("Cloudy vision in both eyes especially driving at night, glare from headlights is awful. 73 years old. Cataracts?", "ophthalmology", "70~79", "undisclosed"),
("I've had the same few floaters in my right eye for years, no change. I'm 42 and very short-sighted (-6). Optician says fine but should I see an eye specialist anyway?", "ophthalmology", "40~49", "undisclosed"),
("Diabetic for 15 years, 55, male, never had a retinal check. How soon should I get one?", "ophthalmology", "50~59", "male"),
("My 4 year old's left eye turns inwards when she's tired. Is that a lazy eye?", "ophthalmology", "0~9", "female"),
# orthopedics
("Both knees hurt climbing stairs, I'm 64, x-ray shows arthritis. Injections or replacement?", "orthopedics", "60~69", "undisclosed"),
("Fell off my skateboard 2 weeks ago, wrist still swollen and sore at the base of the thumb. X-ray at the time was normal. 15, male. Scaphoid?", "orthopedics", "10~19", "male"),
("Shoulder pain when lifting my arm above my head, 52 y.o. woman, can't sleep on that side. Rotator cuff?", "orthopedics", "50~59", "female"),
("Bunion on my right foot getting worse, 38F, every shoe hurts. What are the surgery options?", "orthopedics", "30~39", "female"),
# otolaryngology
("Constant ringing in both ears and my hearing's gone downhill in the left, I'm 57 and spent 30 years on building sites.", "otolaryngology", "50~59", "undisclosed"),
("My son, 8, snores loudly, breathes through his mouth and his tonsils are huge. His teacher says he's sleepy in class.", "otolaryngology", "0~9", "male"),
("Chronic sinusitis, 36, blocked nose for a year and I've lost my sense of smell. Steroid spray isn't doing anything.", "otolaryngology", "30~39", "undisclosed"),
("Hoarse voice for 5 weeks, 63M, ex-smoker. No cold. Should I be worried?", "otolaryngology", "60~69", "male"),
# pediatrics
("My 18 month old has had diarrhoea for 4 days, still drinking and wetting nappies, no fever anymore. How long can this go on?", "pediatrics", "0~9", "undisclosed"),
("Baby is 6 weeks old and spits up after every feed, gaining weight fine. Is this reflux and does it need anything?", "pediatrics", "0~9", "undisclosed"),
("My 3 year old daughter catches every cold going and gets earaches since starting kindy. Is her immune system ok?", "pediatrics", "0~9", "female"),
("Son is 5 and still wets the bed most nights. Dry during the day. Should we be worried?", "pediatrics", "0~9", "male"),
# psychiatry
("I'm 27, feel low most days for months, not enjoying anything, sleeping 12 hours. No thoughts of harming myself. Is this depression?", "psychiatry", "20~29", "undisclosed"),
("My son is 19 and has started hearing voices and thinks the neighbours are watching him through the walls. He's not aggressive, just scared.", "psychiatry", "10~19", "male"),
("46 year old woman, anxiety and panic attacks daily, on sertraline 100mg for 8 weeks and no change at all.", "psychiatry", "40~49", "female"),
("My nan's 82 and since grandad died she's very withdrawn and barely eating. Is it grief or depression?", "psychiatry", "80+", "female"),
# pulmonology
("I'm 61, smoked for 40 years, breathless walking uphill and a cough every morning with phlegm. COPD?", "pulmonology", "60~69", "undisclosed"),
("Asthma not controlled on my brown inhaler, I'm using the blue one 4 times a day. 22F.", "pulmonology", "20~29", "female"),
("CT found a 6mm nodule in my lung by accident, I'm 50 and never smoked. What follow-up is normal?", "pulmonology", "50~59", "undisclosed"),
("Dry cough for 3 months, 44 year old man, chest x-ray clear, not a smoker, no reflux symptoms.", "pulmonology", "40~49", "male"),
# rehabilitation
("My father had a stroke 2 months ago, he's 69, weak left arm and leg, now discharged home. How do we get ongoing physio?", "rehabilitation", "60~69", "male"),
("ACL reconstruction 6 weeks ago, 26 female, knee still won't straighten fully. Is my physio going too slow?", "rehabilitation", "20~29", "female"),
("I'm 78 and broke my hip in the winter, had the operation, now using a frame. Will I ever walk without it?", "rehabilitation", "70~79", "undisclosed"),
("My 17 year old son badly sprained his ankle at basketball 5 weeks ago, still limping and it gives way. What exercises get him back to sport?", "rehabilitation", "10~19", "male"),
# rheumatology
("Morning stiffness in my hands for over an hour, swollen knuckles, 39F. Rheumatoid factor positive.", "rheumatology", "30~39", "female"),
("Gout attacks 4 times this year, 56M, on allopurinol 100mg. Is the dose too low?", "rheumatology", "50~59", "male"),
("Lower back stiffness worse in the morning and better with exercise, I'm 24 and male. HLA-B27 positive.", "rheumatology", "20~29", "male"),
("My mum (67) has aching shoulders and hips, can't lift her arms to brush her hair in the mornings, ESR 58.", "rheumatology", "60~69", "female"),
# urology
("Weak stream and getting up 3 times a night to pee, 66 year old man. PSA 3.1.", "urology", "60~69", "male"),
("Passed a kidney stone last month, 41M, it's my second one. How do I stop it happening again?", "urology", "40~49", "male"),
("Blood in my urine once last week, no pain, I'm 58, female, ex-smoker. GP suggested urology, is that right?", "urology", "50~59", "female"),
("18 and one testicle hangs lower and feels like a bag of worms. Doesn't hurt.", "urology", "10~19", "male"),
# nutrition
("What should a 30 year old vegan woman take to avoid B12 and iron deficiency?", "nutrition", "30~39", "female"),
("My husband's 62 and pre-diabetic, what should his breakfast look like? He loves white bread and jam.", "nutrition", "60~69", "male"),
("Trying to gain weight, 19 yo guy, 58kg at 180cm, I eat heaps but stay skinny. Meal plan ideas?", "nutrition", "10~19", "male"),
("I'm 72 and my appetite is small these days. How do I get enough protein to keep my muscles?", "nutrition", "70~79", "undisclosed"),
]
