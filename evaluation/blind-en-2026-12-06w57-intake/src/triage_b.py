# triage items part B: 11 departments x 4
ITEMS = [
    # obstetrics-gynecology
    dict(text="Trying to get pregnant 14 months, I am 33, my cycles are 35-45 days irregular. My husband's sperm test was normal. What tests for me?", department="obstetrics-gynecology", age_range="30~39", gender="female"),
    dict(text="pap result LSIL and HPV 16 positive. 27yo. they want colposcopy. what happen in colposcopy, does it hurt? i'm an international student in Korea", department="obstetrics-gynecology", age_range="20~29", gender="female"),
    dict(text="I am 51 and my period is every 2 weeks and heavy the last 4 months. Before it was regular. Perimenopause or need ultrasound?", department="obstetrics-gynecology", age_range="50~59", gender="female"),
    dict(text="Pregnant 16 weeks, second baby, first was c-section 2 years ago. Can I try normal birth this time (VBAC)? Doctor in Istanbul says every c-section must repeat.", department="obstetrics-gynecology", age_range="30~39", gender="female"),
    # ophthalmology
    dict(text="I see more floaters since a few months, like small flies, no flashes. I am 58 and short-sighted (-6). Need to check retina?", department="ophthalmology", age_range="50~59", gender="undisclosed"),
    dict(text="my eyes are dry and burn all day at computer, I'm 35 woman working as accountant. artificial tears every hour not enough. what else?", department="ophthalmology", age_range="30~39", gender="female"),
    dict(text="My grandfather, 77, has glaucoma and uses drops (Xalatan) but the pressure is still 24. Doctor suggests laser. Is laser safe for him?", department="ophthalmology", age_range="70~79", gender="male"),
    dict(text="Hi, I'm 19 and want to get LASIK, my glasses are -4.5 both eyes, astigmatism 1.0. Is 19 too young? In Korea clinics do it at 18.", department="ophthalmology", age_range="10~19", gender="undisclosed"),
    # orthopedics
    dict(text="Knee pain inside part when I go downstairs or squat, 2 months, after football. Sometimes it locks. 26 male. Meniscus?", department="orthopedics", age_range="20~29", gender="male"),
    dict(text="I'm 65 lady, my hip hurts in the groin when I walk more than 15 minutes, X-ray shows arthritis. When is the time for hip replacement?", department="orthopedics", age_range="60~69", gender="female"),
    dict(text="Shoulder pain when I lift my arm above the head, night pain when lying on it. I'm 48, I paint houses for work. Rotator cuff?", department="orthopedics", age_range="40~49", gender="undisclosed"),
    dict(text="Bunion on my big toe getting worse, can't wear normal shoes. I'm 56 woman. Is the surgery very painful? How long off work?", department="orthopedics", age_range="50~59", gender="female"),
    # otolaryngology
    dict(text="Nose always blocked on one side, I'm 31, I had a broken nose in boxing years ago. Sprays don't help. Deviated septum surgery?", department="otolaryngology", age_range="30~39", gender="undisclosed"),
    dict(text="hoarse voice since 5 weeks, i'm a teacher 44 years woman, i speak all day. no cold. when should i see specialist?", department="otolaryngology", age_range="40~49", gender="female"),
    dict(text="My father, 70, can't hear the TV and we have to shout. He refuses hearing aid. Test needed first? Where?", department="otolaryngology", age_range="70~79", gender="male"),
    dict(text="Sinusitis again, 4th time this year, thick yellow from nose and pain in cheeks. 39 yo man. Antibiotics each time. CT scan of sinuses?", department="otolaryngology", age_range="30~39", gender="male"),
    # pediatrics
    dict(text="my daughter 3 years old has fever 38.7 since yesterday and runny nose and cough, she is drinking and playing between. we are expats in Dubai. just paracetamol?", department="pediatrics", age_range="0~9", gender="female"),
    dict(text="My son is 6 and always has stomach ache in the morning before school, no diarrhea, eats ok. Weight normal. Maybe worms or stress? He just started school in a new country.", department="pediatrics", age_range="0~9", gender="male"),
    dict(text="Baby 4 months, constipated, poo only every 4-5 days, hard. Formula fed. Should I change formula? Give water?", department="pediatrics", age_range="0~9", gender="undisclosed"),
    dict(text="My 8 year old girl gets sick all the time, colds every 3 weeks since school started. Is her immunity weak? Vitamins?", department="pediatrics", age_range="0~9", gender="female"),
    # psychiatry
    dict(text="I feel sad and empty for 3 months, no motivation, sleep 12 hours, I stopped going to classes. 21, studying abroad in Germany. I don't want to hurt myself, just feel nothing. Is it depression? Where can I get help in English?", department="psychiatry", age_range="20~29", gender="undisclosed"),
    dict(text="I check the door lock 20 times before leaving, and wash hands until they bleed. I know it's stupid but can't stop. 34 female. OCD? medication?", department="psychiatry", age_range="30~39", gender="female"),
    dict(text="My husband, 57, drinks a bottle of arak every night since he lost his job. He gets angry and shakes in the morning. How to get him help to stop?", department="psychiatry", age_range="50~59", gender="male"),
    dict(text="I'm 42, man, diagnosed with bipolar 2 in Brazil, taking lithium 900. Now moving to Netherlands. Need psychiatrist there to continue, how does the system work?", department="psychiatry", age_range="40~49", gender="male"),
    # pulmonology
    dict(text="Smoker 35 years, 61 yo man, cough with phlegm every morning and short breath when walking fast. Doctor said COPD maybe. Spirometry?", department="pulmonology", age_range="60~69", gender="male"),
    dict(text="My CT scan for another reason found a lung nodule 7 mm. I'm 52 woman, never smoked. They say follow up CT in 6 months. Is waiting safe?", department="pulmonology", age_range="50~59", gender="female"),
    dict(text="Dry cough for 8 weeks after a virus, worse at night and with cold air. 37. Chest x-ray normal. Post viral cough or asthma?", department="pulmonology", age_range="30~39", gender="undisclosed"),
    dict(text="Sarcoidosis diagnosed last year, 45 years. Lungs stage 2. Prednisone made me gain 12 kg. Can I stop it?", department="pulmonology", age_range="40~49", gender="undisclosed"),
    # rehabilitation
    dict(text="My mother had a stroke 2 months ago, she is 74, her left arm and leg are weak. Finished the hospital. Now which rehab program at home? How many hours a week of physio?", department="rehabilitation", age_range="70~79", gender="female"),
    dict(text="ACL reconstruction 6 weeks ago, 23 y.o. male footballer. Knee still can't bend more than 100 degrees. Physio says I'm behind. What exercises?", department="rehabilitation", age_range="20~29", gender="male"),
    dict(text="Broken wrist in cast 6 weeks, cast removed now, wrist is stiff and weak, I'm 66 woman. Need physiotherapy or it comes back by itself?", department="rehabilitation", age_range="60~69", gender="female"),
    dict(text="After a car accident 4 months ago I had whiplash and now still neck stiff and can't turn head fully to drive. 39. Which rehab?", department="rehabilitation", age_range="30~39", gender="undisclosed"),
    # rheumatology
    dict(text="Morning stiffness in my hands 1-2 hours, swollen knuckles both sides, 3 months. I'm 46 woman. RF positive. Rheumatoid arthritis?", department="rheumatology", age_range="40~49", gender="female"),
    dict(text="Gout attacks 4 times this year in big toe, uric acid 9.1. 50 yo man. Should I start allopurinol permanently?", department="rheumatology", age_range="50~59", gender="male"),
    dict(text="Low back pain and stiffness in the morning for over a year, better with exercise, worse with rest. I'm 27, man. HLA-B27 positive. Ankylosing spondylitis?", department="rheumatology", age_range="20~29", gender="male"),
    dict(text="Butterfly rash on face after sun, joint pain, hair loss, I'm 31 F. ANA positive. Lupus? Which specialist?", department="rheumatology", age_range="30~39", gender="female"),
    # urology
    dict(text="I'm 62, waking up 4 times at night to pee, weak stream, takes long to start. PSA 3.2. Prostate?", department="urology", age_range="60~69", gender="male"),
    dict(text="kidney stone 6 mm in ureter, they say wait to pass it. pain comes and goes, I'm 35. how long can i wait?", department="urology", age_range="30~39", gender="undisclosed"),
    dict(text="I am 43 years man, since 1 year erection problems, I have diabetes. Tadalafil ok with my medicines (metformin and amlodipine)?", department="urology", age_range="40~49", gender="male"),
    dict(text="Woman 58, I leak urine when I cough or laugh, since menopause worse. Pelvic floor exercise not enough. Is there a small operation?", department="urology", age_range="50~59", gender="female"),
    # nutrition
    dict(text="I want to lose 15 kg, I'm 36 woman, 1.60 m, 82 kg. I work night shifts as nurse. What diet plan works with night shifts?", department="nutrition", age_range="30~39", gender="female"),
    dict(text="Is vegan diet safe for a teenager? My daughter is 16 and wants to go vegan. What supplements does she need?", department="nutrition", age_range="10~19", gender="female"),
    dict(text="Moved from Japan to US and my diet changed a lot, gained 8 kg in one year. I'm 29. How to eat healthy with American food?", department="nutrition", age_range="20~29", gender="undisclosed"),
    dict(text="I am 70 year old man, doctor says I'm losing muscle (sarcopenia). How much protein should I eat per day? I don't like meat much.", department="nutrition", age_range="70~79", gender="male"),
]
