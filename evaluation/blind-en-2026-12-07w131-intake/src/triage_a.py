# Hand-written triage items (part A). (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("Heart failure (HFrEF, EF 32%) since 2020, I'm 67 and a retired bus driver, he/him. On Entresto, bisoprolol, spiro and Jardiance. Resting HR sits at 88-95 even on bisoprolol 10 and my last Holter showed runs of ectopics. I feel a bit more tired walking uphill than in the spring, no swelling, weight stable. Is it worth asking about ivabradine, or is something else going on with the rhythm?",
     "cardiology", "60~69", "male"),
    ("my mum is 74, her ankles swell by evening and she gets puffed going up stairs. her GP heard a murmur and said maybe aortic stenosis. how fast does that get worse and what tests will they do?",
     "cardiology", "70~79", "female"),
    ("37 year old, palpitations a few times a week that last a few minutes, feels like fluttering then a thump. Coffee makes it worse. ECG at the GP was normal. Should I ask for a monitor?",
     "cardiology", "30~39", "undisclosed"),
    ("Type 1 diabetic, 49, woman. My LDL is 3.9 on atorvastatin 20 and my coronary calcium score came back 140. Cardiology referral was suggested. What does a score of 140 actually mean at my age?",
     "cardiology", "40~49", "female"),

    # dentistry
    ("I'm on hemodialysis and have a tunnelled line, 58 years old, male. Two back teeth are loose and my gums bleed when I brush. The renal team said teeth infections matter for the line. Can a normal dentist treat dialysis patients or do I need a hospital dental service?",
     "dentistry", "50~59", "male"),
    ("Kidney transplant 4 yrs ago, I'm 31 (she/her). My gums have grown over my teeth, the dentist says it's from ciclosporin. Is gum surgery the fix or can my meds change?",
     "dentistry", "30~39", "female"),
    ("my 8 year old chipped his front adult tooth on the trampoline, a corner is missing, no pain, no bleeding. does this need fixing now or when hes older",
     "dentistry", "0~9", "male"),
    ("Wisdom tooth half through on the bottom right, I'm 22, it's sore on and off for a month and food gets stuck. Pull it or wait?",
     "dentistry", "20~29", "undisclosed"),

    # dermatology
    ("Liver transplant recipient, 62, man, on tacrolimus and mycophenolate. I have a crusty scaly spot on my scalp that bleeds when I comb, there 6 weeks, and a few rough patches on my hands. The transplant team says get skin checked yearly but I've never been. Who should look at it?",
     "dermatology", "60~69", "male"),
    ("I have type 2 diabetes and I'm 44. Dark velvety patches on my neck and under my arms, getting darker. Is there a cream for it?",
     "dermatology", "40~49", "undisclosed"),
    ("19F, hormonal acne along jaw, tried 2 antibiotics and the pill. Thinking about isotretinoin. What's the process?",
     "dermatology", "10~19", "female"),
    ("Psoriasis on elbows and knees for 20 years, I'm 53, woman. Creams are not working anymore. Are biologics an option for skin only psoriasis?",
     "dermatology", "50~59", "female"),

    # endocrinology
    ("T1D for 26 years, I'm 34, male, currently on MDI (Tresiba 20u + Novorapid). HbA1c 8.2, Libre 2 shows time in range around 52% with big post-meal spikes. I'd like to go on a closed-loop pump. What are the criteria and how does the assessment work?",
     "endocrinology", "30~39", "male"),
    ("My TSH is 0.02 and my free T4 is high, I'm 28, female, heart racing and losing weight. GP said Graves' probably. Who do I see for treatment?",
     "endocrinology", "20~29", "female"),
    ("55 yo with type 2 diabetes 15 years. On metformin, sitagliptin, gliclazide, HbA1c still 9.0. Doctor mentioned insulin or a GLP-1. Which is better to start first?",
     "endocrinology", "50~59", "undisclosed"),
    ("I'm 71 and my calcium is high (2.78) and PTH is high. They say primary hyperparathyroidism. I'm a grandfather of 6 and want to know if surgery is needed at my age.",
     "endocrinology", "70~79", "male"),

    # family-medicine
    ("Hi, I'm 45, female, no real health problems. I'd like a general check-up, blood pressure, cholesterol, whatever is recommended at my age. Haven't seen a doctor in 5 years.",
     "family-medicine", "40~49", "female"),
    ("Cold for 10 days, runny nose, cough, mild sore throat, no fever now. 29M. Should I be worried it's lasting so long?",
     "family-medicine", "20~29", "male"),
    ("I'm 82 and just feel tired and run down the last couple of months. Eating ok, sleep ok. Nothing specific. My daughter says get bloods.",
     "family-medicine", "80+", "undisclosed"),
    ("Need a travel vaccine check before going to Ghana. 36 years old, woman, not sure what I've had. Where do I start?",
     "family-medicine", "30~39", "female"),

    # gastroenterology
    ("Crohn's disease, ileal, diagnosed at 17, now 24 (he/him). On adalimumab weekly but calprotectin climbing (650), crampy pain after meals and 4-5 loose stools a day. MRI shows a 10cm segment of active disease. My IBD nurse mentioned switching biologic. What are the usual next options, Stelara or Rinvoq?",
     "gastroenterology", "20~29", "male"),
    ("I'm 52 and have had heartburn most days for years, now food sometimes feels stuck going down. Do I need a camera test?",
     "gastroenterology", "50~59", "undisclosed"),
    ("Not about me - my wife, 58, has cirrhosis from fatty liver and her platelets are 72. They mentioned varices screening. What is that?",
     "gastroenterology", "50~59", "female"),
    ("61 year old man, iron deficiency anaemia (ferritin 6), no obvious bleeding. GP referred for 'scopes'. What are they looking for?",
     "gastroenterology", "60~69", "male"),

    # general-surgery
    ("Gallstones, 3 attacks this year of pain under my right ribs after fatty meals. I'm 41, female. Ultrasound confirmed stones. Is keyhole removal the standard?",
     "general-surgery", "40~49", "female"),
    ("Lump in my groin that goes away when I lie down, 63 year old man. Hernia? Does it need an operation?",
     "general-surgery", "60~69", "male"),
    ("I'm on peritoneal dialysis and 55 (male). I have a bulge around my belly button that gets bigger when I'm full of fluid. PD nurse thinks umbilical hernia. Do they repair it and can I keep doing PD after?",
     "general-surgery", "50~59", "male"),
    ("Pilonidal cyst keeps coming back, drained twice. 20 yrs old. Want it removed properly. What's the surgery?",
     "general-surgery", "20~29", "undisclosed"),

    # hematology-oncology
    ("AML in remission after 2 cycles of 7+3, I'm 48, woman. Now on consolidation high dose cytarabine. They're talking about a donor transplant because of a FLT3 mutation. What are the risks of transplant vs more chemo at my age?",
     "hematology-oncology", "40~49", "female"),
    ("My husband is 76 and was told he has CLL after a routine blood test, lymphocytes 18. He feels fine. 'Watch and wait' — is that really it?",
     "hematology-oncology", "70~79", "male"),
    ("Breast cancer, HR+, stage 2, finished radiotherapy. I'm 39. Oncologist offers tamoxifen plus ovarian suppression. How long do most people take it?",
     "hematology-oncology", "30~39", "female"),
    ("CKD 4 patient (eGFR 19), 66 years old. My haemoglobin keeps dropping (88) and they found a paraprotein. Referred to haematology for possible myeloma. What tests come next?",
     "hematology-oncology", "60~69", "undisclosed"),

    # infectious-diseases
    ("Kidney transplant recipient, 45, man. CMV PCR came back 8,000 copies, I'm on valganciclovir prophylaxis. Transplant team wants an ID consult for possible resistance. What does a resistance test involve?",
     "infectious-diseases", "40~49", "male"),
    ("Just back from Tanzania (safari, 2 weeks). I'm 33, female, and I've got a low fever and aches. I took malaria tablets most days. Who tests for malaria?",
     "infectious-diseases", "30~39", "female"),
    ("Newly diagnosed HIV positive, 26, he/him. CD4 410, viral load 45,000. Scared. When do I start treatment and what does it look like?",
     "infectious-diseases", "20~29", "male"),
    ("Recurring MRSA boils on my legs, 4 in a year. I'm 50. Decolonisation didn't work. Who manages this?",
     "infectious-diseases", "50~59", "undisclosed"),

    # nephrology
    ("CKD stage 3b from diabetic nephropathy, eGFR dropped from 41 to 34 in 18 months. ACR 110. I'm 61, woman, on ramipril 10 and Jardiance. Nephrologist mentioned finerenone. Would it help at this point and what about my potassium (5.1)?",
     "nephrology", "60~69", "female"),
    ("Lupus nephritis class IV, 27F. Finished induction with mycophenolate, UPCR went from 3.2 g/g to 0.9. Is that partial response? What's the plan for maintenance?",
     "nephrology", "20~29", "female"),
    ("I'm 72 and my kidneys are at 14% (eGFR 14). They're asking me to choose between haemodialysis, PD and conservative care. I'm a widower and live alone. How do people decide?",
     "nephrology", "70~79", "male"),
    ("Polycystic kidney disease runs in my family. I'm 35 and my scan shows cysts, eGFR 78. Tolvaptan was mentioned. Is it worth it this early?",
     "nephrology", "30~39", "undisclosed"),

    # neurology
    ("Relapsing MS, diagnosed at 29, now 36 (F). On Ocrevus 3 years, stable MRI. But my fatigue is crushing and my hands get numb in heat. Is it time to switch DMT or is this just MS life?",
     "neurology", "30~39", "female"),
    ("Migraines with aura, 3-4 per month, 42 year old man. Tried propranolol and topiramate. Is Aimovig worth it?",
     "neurology", "40~49", "male"),
    ("My dad is 79 and has a tremor in his right hand at rest, he's walking slower and his writing got tiny. Could it be Parkinson's? Who diagnoses it?",
     "neurology", "70~79", "male"),
    ("Nonbinary, 24, epilepsy since teens (focal seizures), on lamotrigine 200 bd. Still 1 seizure a month. What's the next option, add-on or switch?",
     "neurology", "20~29", "other"),
]
