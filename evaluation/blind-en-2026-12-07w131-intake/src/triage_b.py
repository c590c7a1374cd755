# Hand-written triage items (part B). (text, department, age_range, gender)

ITEMS = [
    # obstetrics-gynecology
    ("Type 1 diabetic for 15 yrs, I'm 32 and we want to try for a baby. HbA1c 7.4, on a Tandem pump. My diabetes team says get under 6.5 first and start 5mg folic acid. Is there a preconception clinic I should be referred to and how often will I be scanned once pregnant?",
     "obstetrics-gynecology", "30~39", "female"),
    ("I'm 47 and my periods are suddenly every 18 days and heavy with clots, I'm soaking through at night. Fibroids? Menopause coming?",
     "obstetrics-gynecology", "40~49", "female"),
    ("Kidney transplant 6 years, 29F, on tac + azathioprine + pred. Stable creat 95. I'm 14 weeks pregnant (planned with the transplant team). Who looks after my pregnancy, a normal midwife?",
     "obstetrics-gynecology", "20~29", "female"),
    ("Postmenopausal (58) and had a little spotting twice this month. No pain. GP said see gynae. What will they do?",
     "obstetrics-gynecology", "50~59", "female"),

    # ophthalmology
    ("Diabetic retinopathy screening letter says 'referable maculopathy'. I'm 57, man, type 2 for 12 years, HbA1c 8.1. Vision seems fine. What happens at the eye clinic, injections?",
     "ophthalmology", "50~59", "male"),
    ("Lupus, on hydroxychloroquine 400mg for 9 years, I'm 44, F. My annual OCT showed 'early changes'. Do I have to stop Plaquenil? My eyes feel ok.",
     "ophthalmology", "40~49", "female"),
    ("My vision has been getting cloudy and lights at night have halos. 76 years old. Cataracts? How long is the waitlist usually?",
     "ophthalmology", "70~79", "undisclosed"),
    ("Teenager here (16), my glasses prescription keeps going up every year, -5.50 now. Can anything slow myopia?",
     "ophthalmology", "10~19", "undisclosed"),

    # orthopedics
    ("Knee replacement question: 68 year old woman, bone on bone OA right knee, pain at night, steroid injections wearing off after 3 weeks. BMI 33. Surgeon says lose weight first. How much weight usually?",
     "orthopedics", "60~69", "female"),
    ("Long-term prednisone user (COPD, 10mg daily for years), I'm 73, male. DEXA shows T-score -3.1 at the hip. I had a wrist fracture from a small fall last year. Do I need an orthopedic opinion on the hip?",
     "orthopedics", "70~79", "male"),
    ("Twisted my knee playing 5-a-side 3 weeks ago, 26M, it clicks and locks sometimes. Meniscus tear? Need an MRI?",
     "orthopedics", "20~29", "male"),
    ("Shoulder pain when I lift my arm above my head, 4 months. I'm 51 and paint houses. Rotator cuff?",
     "orthopedics", "50~59", "undisclosed"),

    # otolaryngology
    ("Chronic sinusitis, blocked nose for over a year, no smell at all. I'm 39 and asthmatic. Nasal polyps? Sprays don't do anything.",
     "otolaryngology", "30~39", "undisclosed"),
    ("Dialysis patient, 64, male, had cisplatin years ago for testicular cancer. Hearing in both ears going, tinnitus worse. Hearing aids or something else?",
     "otolaryngology", "60~69", "male"),
    ("My 6 yo daughter snores loudly and stops breathing for a few seconds at night, tonsils are huge. Does she need them out?",
     "otolaryngology", "0~9", "female"),
    ("Hoarse voice for 6 weeks, I'm a 55 year old man, ex smoker. No cold. Should my throat be looked at?",
     "otolaryngology", "50~59", "male"),

    # pediatrics
    ("My son is 2 and has had a fever on and off for 4 days, 38.5 max, eating less but drinking ok, wet nappies normal, playing between fevers. Cough and runny nose. Does he need to be seen?",
     "pediatrics", "0~9", "male"),
    ("Our 10 month old girl isn't crawling yet. She sits well and babbles. Is that delayed?",
     "pediatrics", "0~9", "female"),
    ("My daughter is 5 and keeps getting tummy aches before school and constipation. Pooing every 4 days. What should we try?",
     "pediatrics", "0~9", "female"),
    ("12 year old boy, growing fast, always tired, catches every cold. Bloods normal last year. Check up again?",
     "pediatrics", "10~19", "male"),

    # psychiatry
    ("I've had type 1 diabetes since I was 9 and I'm now 21. I skip insulin sometimes to lose weight, I know that's bad. I don't feel in danger, I just want help with it. I'm a woman, if that matters. Who treats this?",
     "psychiatry", "20~29", "female"),
    ("MS diagnosed 2 years ago, I'm 41, male. Since then I've been flat, not enjoying anything, sleeping badly. No thoughts of harming myself. Neuro said talk to psychiatry. Are antidepressants ok with my MS meds?",
     "psychiatry", "40~49", "male"),
    ("I'm 63 and on dialysis 3 years. Constant worry, can't stop thinking about the next session, panic in the chair. Is anxiety common on dialysis and what helps?",
     "psychiatry", "60~69", "undisclosed"),
    ("17, nonbinary, bipolar II diagnosed last year, on lamotrigine. Mood swings still bad around exams. Can the dose go up?",
     "psychiatry", "10~19", "other"),

    # pulmonology
    ("COPD GOLD 3, FEV1 38%, 69 yo man, ex-smoker (45 pack years). On Trelegy. Two exacerbations this year needing pred and antibiotics. Sats at rest 91%. Should I be assessed for home oxygen or lung volume reduction?",
     "pulmonology", "60~69", "male"),
    ("Sarcoidosis in my lungs, diagnosed last year at 38 (I'm a woman). Cough and breathless on hills. CT shows stage II. Is prednisone the only option?",
     "pulmonology", "30~39", "female"),
    ("Persistent cough for 3 months, 48, non smoker. Chest xray normal. Asthma? Reflux? Want proper lung tests.",
     "pulmonology", "40~49", "undisclosed"),
    ("Pulmonary fibrosis, 77 year old man, on nintedanib. Diarrhoea is bad from it. Can the dose be lowered?",
     "pulmonology", "70~79", "male"),

    # rehabilitation
    ("Stroke 3 months ago, I'm 66, right-sided weakness, walking with a stick now. Hospital physio ended. How do I get more rehab, my arm is still weak?",
     "rehabilitation", "60~69", "undisclosed"),
    ("I had a below-knee amputation (diabetes) in April, I'm 59, male. Waiting for my prosthetic. How long is rehab usually before I walk?",
     "rehabilitation", "50~59", "male"),
    ("After ACL reconstruction 6 weeks ago, 23F. Physio says I'm behind on bending (90 degrees). How do I get more sessions?",
     "rehabilitation", "20~29", "female"),
    ("My mother is 84 and broke her hip in a fall; surgery went fine and she's home. She needs help walking again. Is there home physio?",
     "rehabilitation", "80+", "female"),

    # rheumatology
    ("Lupus, 34F, diagnosed 5 yrs. On Plaquenil 300 and azathioprine 100. Joint pain in hands and wrists getting worse, morning stiffness 2 hours, C3 low. Rheum appt not for 3 months. Could Benlysta be added?",
     "rheumatology", "30~39", "female"),
    ("I'm 54, man, gout attacks 5 times this year in my big toe and ankle. Uric acid 560. Kidneys fine. Time for allopurinol?",
     "rheumatology", "50~59", "male"),
    ("Morning back stiffness that improves with exercise, 28 years old, HLA-B27 positive. Ankylosing spondylitis? Who diagnoses?",
     "rheumatology", "20~29", "undisclosed"),
    ("My grandmother is 81 and has pain and stiffness in both shoulders and hips, can't get out of bed in the morning, ESR 62. Polymyalgia?",
     "rheumatology", "80+", "female"),

    # urology
    ("62 year old man, PSA 6.8 up from 4.1 last year. Getting up 3 times a night to pee. Need a biopsy?",
     "urology", "60~69", "male"),
    ("Kidney stones twice this year, I'm 38. CT shows another 7mm stone in my left kidney not moving. Lithotripsy or wait?",
     "urology", "30~39", "undisclosed"),
    ("MS for 12 years, 49, woman. Bladder urgency and leaking are ruining my life. Oxybutynin makes my mouth dry. Is Botox in the bladder an option?",
     "urology", "40~49", "female"),
    ("I'm 71 and see blood in my urine sometimes, no pain, on apixaban. GP said not the blood thinner necessarily and to see urology. What will they do?",
     "urology", "70~79", "undisclosed"),

    # nutrition
    ("Just started hemodialysis, I'm 60, female. The list of foods I can't eat (potassium, phosphate, salt, fluid) is overwhelming and I'm losing weight. Albumin 32. Can I get a proper meal plan?",
     "nutrition", "60~69", "female"),
    ("Prediabetic here, HbA1c 6.1, I'm 35 and male. I want a realistic diet plan. I work nights and eat from vending machines.",
     "nutrition", "30~39", "male"),
    ("I'm 19 and just went vegan. Worried about B12, iron, protein. What should I eat or supplement?",
     "nutrition", "10~19", "undisclosed"),
    ("Cancer survivor, 70, finished chemo for bowel cancer, lost 12kg and my appetite hasn't come back. What should I be eating to rebuild strength? I'm a retired nurse, she/her.",
     "nutrition", "70~79", "female"),
]
