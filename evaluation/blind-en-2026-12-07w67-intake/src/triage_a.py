# Triage items, part A (11 departments x 4). Written by hand by writer 67.

def T(text, dept, age, gender):
    return {"text": text, "department": dept, "age_range": age, "gender": gender}

ITEMS = [
    # cardiology
    T("heart skips beats when i lie down at night, like a flutter, 46 m, no pain just weird", "cardiology", "40~49", "male"),
    T("mum is 74 n her ankles swell every evening, she gets puffed out on the stairs n has to sleep on 3 pillows", "cardiology", "70~79", "female"),
    T("doc heard a murmur at my check up, im 27, what happens next", "cardiology", "20~29", "undisclosed"),
    T("bp keeps coming out 165/100 on my home machine even on 2 tablets. 58 yo woman", "cardiology", "50~59", "female"),
    # dentistry
    T("back tooth aches when i drink cold stuff, 31f, no dentist near me taking nhs", "dentistry", "30~39", "female"),
    T("gums bleed every time i brush n my breath is rank, im 22", "dentistry", "20~29", "undisclosed"),
    T("my 8 yo chipped his front adult tooth on the climbing frame, bit of it gone", "dentistry", "0~9", "male"),
    T("wisdom tooth coming thru at 19, jaw swollen on one side n hard to open mouth wide", "dentistry", "10~19", "undisclosed"),
    # dermatology
    T("acne on my back n chest thats not going away w anything from boots, 17 yo girl", "dermatology", "10~19", "female"),
    T("mole on my shoulder changed shape n got darker, 52 m", "dermatology", "50~59", "male"),
    T("scalp super flaky n red patches on my elbows, prob psoriasis? 35", "dermatology", "30~39", "undisclosed"),
    T("my hair is falling out in round bald patches, 28 female, v stressed about it", "dermatology", "20~29", "female"),
    # endocrinology
    T("always cold, hair thinning, put on 8kg, tired, 44f, thyroid?", "endocrinology", "40~49", "female"),
    T("my bf is type 1 since age 9, hes 23 now n his sugars are all over the place even w the pump", "endocrinology", "20~29", "male"),
    T("neck looks swollen at the front n i feel jittery, heart racing, lost weight w/o trying. 39 woman", "endocrinology", "30~39", "female"),
    T("61 yo dad, bloods showed high calcium twice, gp said parathyroid, who sees that", "endocrinology", "60~69", "male"),
    # family-medicine
    T("want a general check up, havent seen a doc in 10 yrs, im 45 m", "family-medicine", "40~49", "male"),
    T("cold for a week, blocked nose n a bit of a cough, 29, anything i can take", "family-medicine", "20~29", "undisclosed"),
    T("just feel kinda off lately, tired, bit achy, nothing specific. 53 f", "family-medicine", "50~59", "female"),
    T("sore throat n a bit of a temp for 3 days, 20, should i just rest it off", "family-medicine", "20~29", "undisclosed"),
    # gastroenterology
    T("heartburn every night for months, gaviscon does nothing, 48 male", "gastroenterology", "40~49", "male"),
    T("bloated n alternating diarrhoea n constipation for a year, 26f", "gastroenterology", "20~29", "female"),
    T("my 67 yo husband's poo has gone black n sticky the last few days, hes on aspirin", "gastroenterology", "60~69", "male"),
    T("coeliac test came back positive, what now, im 34", "gastroenterology", "30~39", "undisclosed"),
    # general-surgery
    T("lump in my groin that pops out when i cough n goes back when i lie down, 57 m", "general-surgery", "50~59", "male"),
    T("gp says i need my gallbladder out, stones, keep getting pain after fatty food, 41 f", "general-surgery", "40~49", "female"),
    T("painful lump near my bum crack, keeps filling w pus, 21 yo guy", "general-surgery", "20~29", "male"),
    T("umbilical hernia after my 2nd baby, 33, when can i get it fixed", "general-surgery", "30~39", "female"),
    # hematology-oncology
    T("bruising loads w/o knocks n my gums bleed, bloods show low platelets, 38 m", "hematology-oncology", "30~39", "male"),
    T("neck glands swollen for 6 wks, not sore, night sweats, 24", "hematology-oncology", "20~29", "undisclosed"),
    T("mum 72 finished chemo for breast cancer, scan shows spots on liver, what now", "hematology-oncology", "70~79", "female"),
    T("sickle cell, 16 yo son, his crises are getting more often", "hematology-oncology", "10~19", "male"),
    # infectious-diseases
    T("back from kenya 10 days ago, fevers that come n go w shivers, 31 m", "infectious-diseases", "30~39", "male"),
    T("just found out my ex is hiv positive, we had unprotected sex 3 months ago, 27f", "infectious-diseases", "20~29", "female"),
    T("bitten by a tick hiking, now a big red ring rash round it, 55", "infectious-diseases", "50~59", "undisclosed"),
    T("positive tb skin test at work screening, no symptoms, 66 woman, do i need treatment", "infectious-diseases", "60~69", "female"),
    # nephrology
    T("kidney function dropping, egfr 38 now, diabetic, 63 m, who do i see", "nephrology", "60~69", "male"),
    T("urine is foamy all the time n my legs r puffy, protein in urine on dip, 42", "nephrology", "40~49", "undisclosed"),
    T("polycystic kidneys runs in my family, dad had dialysis, im 30f what should i do", "nephrology", "30~39", "female"),
    T("on dialysis 3x a wk, 71 yo, keep getting itchy n cramps during sessions", "nephrology", "70~79", "undisclosed"),
    # neurology
    T("tingling n numbness in both feet going up my legs, 49 f, not diabetic", "neurology", "40~49", "female"),
    T("migraines w aura like 3x a week now, 25 m", "neurology", "20~29", "male"),
    T("hand tremor when i hold a cup, getting worse, 68 man", "neurology", "60~69", "male"),
    T("had a fit for the first time last month, fine since, on waiting list, 19", "neurology", "10~19", "undisclosed"),
]
