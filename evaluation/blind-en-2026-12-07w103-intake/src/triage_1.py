# Triage items, part 1 (11 departments x 4). Writer 103.
ITEMS = [
    # cardiology
    {"text": "papa 58 yrs, routine checkup ECG me 'LVH' likha aaya, BP bhi 150/95 rehta hai on and off. kis doctor ko dikhaye?", "department": "cardiology", "age_range": "50~59", "gender": "male"},
    {"text": "I'm 34 F, heart flutters sometimes when I lie down at night, few seconds only, no fainting. holter needed?", "department": "cardiology", "age_range": "30~39", "gender": "female"},
    {"text": "amma 72 has ankle swelling by evening and gets breathless climbing 2 floors for past 2 months, echo last year EF 40. her medicines need review?", "department": "cardiology", "age_range": "70~79", "gender": "female"},
    {"text": "LDL 190 on my report, age 41, father had bypass at 50. Statin start karna chahiye ya diet se try karun?", "department": "cardiology", "age_range": "40~49", "gender": "undisclosed"},
    # dentistry
    {"text": "my daughter is 8, black spot on back tooth, she cries when eating chocolate or ice cream", "department": "dentistry", "age_range": "0~9", "gender": "female"},
    {"text": "wisdom tooth half came out, gums swollen around it and bad taste in mouth. 23 yr boy, hostel", "department": "dentistry", "age_range": "20~29", "gender": "male"},
    {"text": "nanaji ka denture loose ho gaya hai, 81 saal ke hain, khana chabane me dikkat, masoodon pe chhale bhi", "department": "dentistry", "age_range": "80+", "gender": "male"},
    {"text": "gums bleed every time I brush since many months, 45 yrs lady, bad breath also, kindly suggest", "department": "dentistry", "age_range": "40~49", "gender": "female"},
    # dermatology
    {"text": "itchy ring shaped rash on both thighs, spreading, using Candid B cream 3 weeks no use. 27 M, hostel", "department": "dermatology", "age_range": "20~29", "gender": "male"},
    {"text": "dark patches on cheeks after my pregnancy, 32, sunscreen using. which cream will lighten?", "department": "dermatology", "age_range": "30~39", "gender": "female"},
    {"text": "my son 16 has acne with pus on face and back, leaving dark marks, he is very conscious", "department": "dermatology", "age_range": "10~19", "gender": "male"},
    {"text": "white patches coming on lips and finger tips since 1 year, age 53. neighbours saying leprosy, scared", "department": "dermatology", "age_range": "50~59", "gender": "undisclosed"},
    # endocrinology
    {"text": "TSH 12, weight gain 8 kg, hair fall, feeling cold always. 29 yr female, not pregnant", "department": "endocrinology", "age_range": "20~29", "gender": "female"},
    {"text": "newly found sugar, fasting 140, HbA1c 7.8, I'm 52 man. which specialist to see for long term management?", "department": "endocrinology", "age_range": "50~59", "gender": "male"},
    {"text": "beta 13 saal ka hai, class me sabse chhota, height 132 cm only. growth hormone test karwana chahiye?", "department": "endocrinology", "age_range": "10~19", "gender": "male"},
    {"text": "calcium 11.2 and PTH high on report, 63 F, had kidney stone twice. what is this hyperparathyroid?", "department": "endocrinology", "age_range": "60~69", "gender": "female"},
    # family-medicine
    {"text": "general health checkup kaunsa karwaun, age 35, no complaints, desk job, last test 4 saal pehle", "department": "family-medicine", "age_range": "30~39", "gender": "undisclosed"},
    {"text": "sneezing, runny nose, mild scratchy throat since 2 days, 24 female. should I take anything or wait?", "department": "family-medicine", "age_range": "20~29", "gender": "female"},
    {"text": "feeling tired all the time even after 8 hrs sleep, 44 yrs male, no other problem. what tests to do?", "department": "family-medicine", "age_range": "40~49", "gender": "male"},
    {"text": "annual check-up for my 67 yr old mother, BP and sugar normal till now, which tests at this age?", "department": "family-medicine", "age_range": "60~69", "gender": "female"},
    # gastroenterology
    {"text": "acidity and burping daily for 6 months, Pan-D not helping anymore, 38 M, endoscopy needed?", "department": "gastroenterology", "age_range": "30~39", "gender": "male"},
    {"text": "kabhi loose motion kabhi constipation, pet phoolta hai, 26 yr girl, office stress me zyada", "department": "gastroenterology", "age_range": "20~29", "gender": "female"},
    {"text": "fatty liver grade 2, SGPT 90, age 47, I drink on weekends 3-4 pegs. how serious?", "department": "gastroenterology", "age_range": "40~49", "gender": "undisclosed"},
    {"text": "nana 76 ko 2 mahine se bhook nahi lagti, weight 6 kg kam hua, potty normal colour. kya test?", "department": "gastroenterology", "age_range": "70~79", "gender": "male"},
    # general-surgery
    {"text": "soft lump in right groin that comes out when coughing and goes back when lying, no pain, 55 male", "department": "general-surgery", "age_range": "50~59", "gender": "male"},
    {"text": "pain while passing stool like cutting, few drops of fresh blood, 31 F, since my delivery. fissure?", "department": "general-surgery", "age_range": "30~39", "gender": "female"},
    {"text": "gallstones 12 mm on ultrasound, pain sometimes after oily food, 42 F. operation compulsory?", "department": "general-surgery", "age_range": "40~49", "gender": "female"},
    {"text": "my son 19 has pus coming from a hole near tailbone again, 3rd time. doctor said pilonidal sinus", "department": "general-surgery", "age_range": "10~19", "gender": "male"},
    # hematology-oncology
    {"text": "Hb 7.5 with small red cells, iron tablets 3 months no improvement, 36 F, periods normal", "department": "hematology-oncology", "age_range": "30~39", "gender": "female"},
    {"text": "painless swollen glands in neck and armpit 2 months, night sweats, 28 M. biopsy needed?", "department": "hematology-oncology", "age_range": "20~29", "gender": "male"},
    {"text": "platelets 80,000 on routine test, no bleeding, no fever, 50 yrs female. repeat or specialist?", "department": "hematology-oncology", "age_range": "50~59", "gender": "female"},
    {"text": "amma 66 diagnosed multiple myeloma, started on chemo tablets, who will do her follow up, physician or specialist?", "department": "hematology-oncology", "age_range": "60~69", "gender": "female"},
    # infectious-diseases
    {"text": "typhoid positive, fever still 101 after 7 days of cefixime, 22 yr girl, hostel food. change antibiotic?", "department": "infectious-diseases", "age_range": "20~29", "gender": "female"},
    {"text": "unprotected contact 36 hrs ago with unknown status partner, 27 M, want PEP, where to go", "department": "infectious-diseases", "age_range": "20~29", "gender": "male"},
    {"text": "street dog bite last week, took 2 anti-rabies injections, missed the 3rd on day 7. age 43. restart?", "department": "infectious-diseases", "age_range": "40~49", "gender": "undisclosed"},
    {"text": "my dad, 70, came back from Uganda business trip, fever with chills every second day, sweating after", "department": "infectious-diseases", "age_range": "70~79", "gender": "male"},
    # nephrology
    {"text": "creatinine 2.1 in my 60 yr old father, diabetic 15 yrs, urine protein also. what to do next", "department": "nephrology", "age_range": "60~69", "gender": "male"},
    {"text": "urine protein 3+, puffy eyes every morning, legs swelling, 24 F. kidney problem?", "department": "nephrology", "age_range": "20~29", "gender": "female"},
    {"text": "both kidneys small on ultrasound, BP high since young age, 39 M, creatinine 1.8", "department": "nephrology", "age_range": "30~39", "gender": "male"},
    {"text": "nani 82, eGFR 28, can she take painkillers for her knee? which ones are safe for kidney", "department": "nephrology", "age_range": "80+", "gender": "female"},
]
