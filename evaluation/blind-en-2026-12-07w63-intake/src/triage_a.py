# Writer 63 - triage items, file a. Each item: (text, department, age_range, gender)
ITEMS = [
# cardiology
("""I'm 58 (male) and my smartwatch keeps flagging an irregular rhythm, and when I feel my pulse it's all over the place, maybe 10 minutes at a time, couple of times a week. No pain, just a fluttering feeling. GP ECG was normal because it wasn't happening then. Who should I see?""", "cardiology", "50~59", "male"),
("""Pasted from my echo report: "moderate aortic stenosis, peak velocity 3.4 m/s, mean gradient 26 mmHg, LVEF 60%". I'm a 74 year old woman and I get a bit puffed walking uphill. They said watchful waiting. How often should it be checked?""", "cardiology", "70~79", "female"),
("""my blood pressure stays around 165/100 even on 3 meds (amlodipine, ramipril, indapamide). I'm 47, my wife makes me take it every morning. GP says it's "resistant". what's next""", "cardiology", "40~49", "male"),
("""Hi, 35F, I've been told I have a heart murmur at my pregnancy booking (not pregnant anymore, baby is 6 months). Nobody followed it up. I sometimes get breathless on stairs. Should I get a heart scan?""", "cardiology", "30~39", "female"),
# dentistry
("""Broke a molar on a bit of crusty bread last night, half the tooth came off, no pain really but sharp edge cutting my tongue. I'm 42. Can it be saved or is it an extraction?""", "dentistry", "40~49", "undisclosed"),
("""My gums bleed every time I brush and my dentist retired, the new practice has a 3 month wait. Also one bottom tooth feels a bit loose. 56 year old man, smoker.""", "dentistry", "50~59", "male"),
("""Wisdom tooth coming through at 21, the gum over it is sore and swollen and tastes bad, hard to chew on that side. Salt water helps a bit. She (my daughter) wants to know if it needs to come out.""", "dentistry", "20~29", "female"),
("""I'm 68 and my dentures don't fit anymore since I lost weight, they rub and I've got a sore patch on the gum that's been there 3 weeks. Do I need new ones?""", "dentistry", "60~69", "undisclosed"),
# dermatology
("""Got a mole on my back that my husband says has changed shape and got darker on one edge, maybe 7mm. I'm 44, fair skin, lots of sunburns as a kid in Australia. How soon to get it looked at?""", "dermatology", "40~49", "female"),
("""acne on my face and back, had it since 14 now im 23 and its getting worse, cysts that scar. tried lymecycline for 3 months and differin. want to ask about roaccutane. male""", "dermatology", "20~29", "male"),
("""Scaly red patches on both elbows and knees and now my scalp, itchy, silvery flakes, for about a year. I'm 36. My dad had psoriasis. Creams from the pharmacy did nothing.""", "dermatology", "30~39", "undisclosed"),
("""My grandmother (82) has a crusty scabby spot on her temple that keeps bleeding and never heals, about 4 months now. She thinks it's nothing.""", "dermatology", "80+", "female"),
# endocrinology
("""Calcium 2.78 mmol/L (2.20-2.60) and PTH 9.4 pmol/L (1.6-6.9) on repeat bloods. GP says "primary hyperparathyroidism" and referred me. I'm a 61 year old woman with kidney stones in the past. What happens at the clinic?""", "endocrinology", "60~69", "female"),
("""Type 1 for 12 years, 29M, my control has gone bad since I started night shifts, lots of hypos at 3am and highs in the afternoon. Want to ask about an insulin pump.""", "endocrinology", "20~29", "male"),
("""Incidental finding on CT: "2.1cm left adrenal nodule, indeterminate". I'm 53. They said I need hormone tests. What are they checking for?""", "endocrinology", "50~59", "undisclosed"),
("""Form I filled: Age 27 / Sex F / Concern: periods stopped 8 months, milky discharge from nipples, headaches. Prolactin 2,100. Not pregnant. Who handles this?""", "endocrinology", "20~29", "female"),
# family-medicine
("""I'm 40 and haven't had a check-up in about 10 years. No symptoms really, just want bloods, blood pressure, cholesterol, the usual. Man, ex-smoker. Where do I start?""", "family-medicine", "40~49", "male"),
("""streaming cold for 5 days, blocked nose, sore throat, bit of a cough, no fever now. 33, otherwise healthy. do I need antibiotics or just wait it out""", "family-medicine", "30~39", "undisclosed"),
("""I'm just tired all the time, 52F, sleeping ok, not depressed I don't think, weight the same. It's been about 3 months. Don't know what kind of doctor this even is.""", "family-medicine", "50~59", "female"),
("""Need a fit note / sick note for work, had the flu last week and was off 6 days. I'm 29 and male. Also still a bit of a tickly cough, is that normal after flu?""", "family-medicine", "20~29", "male"),
# gastroenterology
("""Heartburn almost daily for 6 months, now food feels like it sticks behind my breastbone sometimes. 63M, on omeprazole 20mg which barely helps. Do I need a camera test?""", "gastroenterology", "60~69", "male"),
("""Bloating and alternating diarrhoea and constipation for 2 years, worse with stress, I'm 26F. Coeliac test negative, calprotectin 35. Told IBS but I want a proper plan.""", "gastroenterology", "20~29", "female"),
("""my husband is 48, a routine ultrasound showed a fatty liver and his ALT is 88, then a FibroScan came back 9.8 kPa which they said is "possible significant fibrosis". He drinks very little. He's never had symptoms. Who looks after the liver?""", "gastroenterology", "40~49", "male"),
("""I'm 71 and the GP found I'm anaemic (Hb 98) with low iron and asked me if I'd noticed black stools, which I haven't. She wants me to have "both ends" looked at. What does that mean?""", "gastroenterology", "70~79", "undisclosed"),
# general-surgery
("""Lump in my groin that pops out when I cough or lift and goes back when I lie down. Doesn't hurt much. 45 year old man, builder. Hernia? Do I need an operation?""", "general-surgery", "40~49", "male"),
("""Gallstones on ultrasound, I've had 3 attacks of pain under my right ribs after fatty meals in 2 months, each a few hours. 38F. Surgeon referral?""", "general-surgery", "30~39", "female"),
("""I have a pilonidal sinus (at the top of my bum crack) that keeps getting infected, had it drained twice. 19, male. I want it fixed properly.""", "general-surgery", "10~19", "male"),
("""Hi, 57 years old, I've got a fatty lump on my shoulder that's grown to about 6cm over the years and now it gets in the way of my bag strap. GP said lipoma. Can it be removed?""", "general-surgery", "50~59", "undisclosed"),
# hematology-oncology
("""Blood test: platelets 612 (150-400) on 3 separate occasions over 6 months. JAK2 test was sent. I'm a 66 year old man. What does it mean if JAK2 comes back positive?""", "hematology-oncology", "60~69", "male"),
("""My mum, 59, just finished chemo for breast cancer and her oncologist mentioned maintenance therapy. She wants a second opinion on whether she needs it. Who would she see?""", "hematology-oncology", "50~59", "female"),
("""Lymphocytes 9.8 on FBC, everything else ok, no symptoms. I'm 72. Doctor mentioned possible CLL and said "it's often watch and wait". Is it cancer?""", "hematology-oncology", "70~79", "undisclosed"),
("""I'm 24F and I bruise super easily and my periods are really heavy. My mum has von Willebrand. My GP wants clotting tests but I want to see the right specialist.""", "hematology-oncology", "20~29", "female"),
# infectious-diseases
("""Came back from Ghana 2 months ago, swam in Lake Volta a few times. Now itchy rash on and off and my eosinophils were high on a routine test, schistosoma serology came back positive. 37 year old man, feel fine otherwise. Who treats this?""", "infectious-diseases", "30~39", "male"),
("""Just diagnosed HIV positive on a routine sexual health screen, CD4 540, I'm 31. I feel ok but I'm scared. Who manages treatment and how soon do I start?""", "infectious-diseases", "30~39", "undisclosed"),
("""Positive TB skin test (Mantoux 15mm) on my pre-employment screen for the hospital, chest x-ray normal. I'm 26F, from the Philippines originally. They mentioned latent TB treatment.""", "infectious-diseases", "20~29", "female"),
("""Recurrent boils in my armpits and groin for a year, swab grew "PVL Staph aureus". The whole family's getting them. I'm 44. How do we get rid of it?""", "infectious-diseases", "40~49", "undisclosed"),
# nephrology
("""eGFR dropped from 58 to 44 over a year, protein in urine (ACR 45), I'm a 67 year old diabetic woman. GP says refer to kidney clinic. Will I end up on dialysis?""", "nephrology", "60~69", "female"),
("""My husband's ultrasound showed both kidneys full of cysts, the report says "polycystic kidney disease". His dad had the same. He's 39. What now?""", "nephrology", "30~39", "male"),
("""Blood in my urine on a dipstick at a work medical, 2+ blood, no infection, protein 1+. I'm 28F. Urology scans all fine. They said maybe a kidney filter problem like IgA. Who sees that?""", "nephrology", "20~29", "female"),
("""Lupus patient, 33, recent bloods show creatinine rising 70 → 110 and protein in urine. Rheum mentioned lupus nephritis and a biopsy. Which team does the biopsy?""", "nephrology", "30~39", "undisclosed"),
# neurology
("""Headaches every day for 3 months, 45M, worse in the morning, I take paracetamol or co-codamol most days. GP wants me to stop painkillers for medication overuse headache but I'd like a neurologist to assess it properly.""", "neurology", "40~49", "male"),
("""I'm 29, female, and I had an episode where I lost vision in one eye for a few days with pain moving it, it came back. Now my hand tingles. MRI showed "white matter lesions". Could it be MS?""", "neurology", "20~29", "female"),
("""My dad, 76, has a shuffling walk and a tremor in his right hand at rest, and his writing got tiny. Only started in the last year. Is this Parkinson's and who diagnoses it?""", "neurology", "70~79", "male"),
("""Numb and burning feet for a year, creeping up to my ankles, I'm 63, not diabetic (tested). B12 normal. Nerve tests not done yet. Which specialist?""", "neurology", "60~69", "undisclosed"),
]
