# triage items, batch B
ITEMS = [
    # obstetrics-gynecology
    {"text": "Trying for a baby for 14 months, 33F, periods regular. Husband's sperm test normal. What tests should I have?",
     "department": "obstetrics-gynecology", "age_range": "30~39", "gender": "female"},
    {"text": "Smear test came back 'HPV positive, mild dyskaryosis'. 29. They want a colposcopy. What happens at that?",
     "department": "obstetrics-gynecology", "age_range": "20~29", "gender": "female"},
    {"text": "my periods have got really heavy the last year, flooding through pads overnight, I'm 46. Ultrasound shows a fibroid 5cm. options?",
     "department": "obstetrics-gynecology", "age_range": "40~49", "gender": "female"},
    {"text": "Postmenopausal (61) and I've been getting a dragging feeling down below and a bulge I can feel when I wipe. Prolapse? Who fixes that",
     "department": "obstetrics-gynecology", "age_range": "60~69", "gender": "female"},

    # ophthalmology
    {"text": "Seeing straight lines as wavy in my right eye when I read, for about 2 months. 72, male. My brother had macular degeneration.",
     "department": "ophthalmology", "age_range": "70~79", "gender": "male"},
    {"text": "Diabetic for 15 years, 48F, haven't had my eyes checked in 3 years. Where do I get the retina screening done?",
     "department": "ophthalmology", "age_range": "40~49", "gender": "female"},
    {"text": "My 4-year-old's left eye turns in when he's tired, more in photos. Nursery teacher noticed too.",
     "department": "ophthalmology", "age_range": "0~9", "gender": "male"},
    {"text": "Glasses prescription keeps changing every 6 months, -6.5 now, 21. Is laser surgery possible or is it still changing too fast?",
     "department": "ophthalmology", "age_range": "20~29", "gender": "undisclosed"},

    # orthopedics
    {"text": "Hip pain in my groin when walking, worse going upstairs. X-ray said 'moderate OA'. 67F. Is it time for a replacement or injections first?",
     "department": "orthopedics", "age_range": "60~69", "gender": "female"},
    {"text": "twisted my knee at football 3 weeks ago, it locks sometimes and gives way on stairs. 26 male. MRI?",
     "department": "orthopedics", "age_range": "20~29", "gender": "male"},
    {"text": "Bunion on my right foot is getting bigger and shoes hurt. 54. Do they operate on these?",
     "department": "orthopedics", "age_range": "50~59", "gender": "undisclosed"},
    {"text": "My 13 y/o daughter's school screening said she might have scoliosis, one shoulder blade sticks out more when she bends forward. Who checks this?",
     "department": "orthopedics", "age_range": "10~19", "gender": "female"},

    # otolaryngology
    {"text": "Hoarse voice for 7 weeks, no cold. 59M, ex-smoker. GP said see ENT. How quickly should that happen?",
     "department": "otolaryngology", "age_range": "50~59", "gender": "male"},
    {"text": "Sinus infections 5 times this year, blocked nose all the time, can't smell. 37F. Nasal polyps? What's the treatment?",
     "department": "otolaryngology", "age_range": "30~39", "gender": "female"},
    {"text": "Hearing loss in one ear only, gradual, with ringing. 45. Hearing test showed it's nerve type on the left. They want an MRI?",
     "department": "otolaryngology", "age_range": "40~49", "gender": "undisclosed"},
    {"text": "Son is 7 and gets tonsillitis every month, missed loads of school this year. Tonsils are huge and he snores. When do they take them out?",
     "department": "otolaryngology", "age_range": "0~9", "gender": "male"},

    # pediatrics
    {"text": "My 2 yr old girl has had diarrhea for 3 days, 4-5 times a day, still drinking and wet nappies, playing. Do I need to take her in?",
     "department": "pediatrics", "age_range": "0~9", "gender": "female"},
    {"text": "baby 9 months, rash on the tummy after a fever that lasted 3 days, now he's happy. roseola?",
     "department": "pediatrics", "age_range": "0~9", "gender": "male"},
    {"text": "Our 5 yo keeps getting colds and coughs from kindergarten, like every 2 weeks. Is that normal or is her immune system weak?",
     "department": "pediatrics", "age_range": "0~9", "gender": "female"},
    {"text": "3 year old is a very picky eater and falls off the bottom of the growth chart now (was 25th percentile). Energy is fine. Should we be worried?",
     "department": "pediatrics", "age_range": "0~9", "gender": "undisclosed"},

    # psychiatry
    {"text": "Been feeling flat for months, no interest in anything, sleeping 12 hours, can't work properly. 32M. Not suicidal. Do I need medication or therapy?",
     "department": "psychiatry", "age_range": "30~39", "gender": "male"},
    {"text": "I think I have ADHD. 40 year old woman, always lost keys, can't finish projects, my son was just diagnosed. How do adults get assessed?",
     "department": "psychiatry", "age_range": "40~49", "gender": "female"},
    {"text": "Checking the stove and locks 20+ times before leaving the house, late to work every day because of it. 23. OCD?",
     "department": "psychiatry", "age_range": "20~29", "gender": "undisclosed"},
    {"text": "My dad (70) has been hearing voices since my mum died last year, says she talks to him at night. He's not confused otherwise. Does he need a psychiatrist?",
     "department": "psychiatry", "age_range": "70~79", "gender": "male"},

    # pulmonology
    {"text": "Breathless walking uphill for a year and a dry cough. 66M. CT said 'fibrotic changes'. What is pulmonary fibrosis and who manages it?",
     "department": "pulmonology", "age_range": "60~69", "gender": "male"},
    {"text": "Asthma not controlled even on a steroid inhaler twice daily, using blue inhaler 4-5 times a day. 35F. Is there something stronger?",
     "department": "pulmonology", "age_range": "30~39", "gender": "female"},
    {"text": "Small nodule 6mm in my lung found on a CT for something else. Never smoked, 52. Follow up scan in a year, is that enough?",
     "department": "pulmonology", "age_range": "50~59", "gender": "undisclosed"},
    {"text": "COPD, 75, on 3 inhalers. Oxygen level at the pharmacy was 89%. Should I be on home oxygen?",
     "department": "pulmonology", "age_range": "70~79", "gender": "undisclosed"},

    # rehabilitation
    {"text": "My husband had a stroke 2 months ago (he's 68). Right arm still weak, walking with a stick. Hospital physio finished. How do we get more therapy?",
     "department": "rehabilitation", "age_range": "60~69", "gender": "male"},
    {"text": "ACL reconstruction 6 weeks ago, 20F, knee still won't fully straighten and my quad looks tiny. What should my rehab look like now?",
     "department": "rehabilitation", "age_range": "20~29", "gender": "female"},
    {"text": "Broke my ankle in January (plates and screws), out of the boot now but limping and it swells by evening. 43. How long until normal walking? Need physio?",
     "department": "rehabilitation", "age_range": "40~49", "gender": "undisclosed"},
    {"text": "Mum is 83, home after a hip fracture repair, very weak and scared of falling. Is there rehab at home for her age?",
     "department": "rehabilitation", "age_range": "80+", "gender": "female"},

    # rheumatology
    {"text": "Swollen fingers like sausages, and nail pitting. I have psoriasis. 39M. Psoriatic arthritis?",
     "department": "rheumatology", "age_range": "30~39", "gender": "male"},
    {"text": "Lower back pain and stiffness every morning for an hour, better with exercise, worse with rest, for 2 years. 27, male, HLA-B27 positive. Ankylosing spondylitis?",
     "department": "rheumatology", "age_range": "20~29", "gender": "male"},
    {"text": "Positive ANA 1:640, joint pains, rash on cheeks in the sun, mouth ulcers. 31, female. GP thinks lupus. Who diagnoses it?",
     "department": "rheumatology", "age_range": "30~39", "gender": "female"},
    {"text": "Pain and stiffness in both shoulders and hips, can hardly get out of bed in the morning, started suddenly 3 weeks ago. 74. ESR 68. Polymyalgia?",
     "department": "rheumatology", "age_range": "70~79", "gender": "undisclosed"},

    # urology
    {"text": "Getting up 4 times a night to pee, weak stream, dribbling after. 64M. Prostate?",
     "department": "urology", "age_range": "60~69", "gender": "male"},
    {"text": "Kidney stone 7mm seen on CT, passed the worst pain, but it hasn't come out after 3 weeks. 41. Do they blast it?",
     "department": "urology", "age_range": "40~49", "gender": "undisclosed"},
    {"text": "Painless lump on my left testicle, noticed it 2 weeks ago, feels hard like a pea. 28. Scared to get it checked.",
     "department": "urology", "age_range": "20~29", "gender": "male"},
    {"text": "Woman, 55, leaking urine when I cough or jump, getting worse. Pelvic floor exercises haven't done much. Surgery options?",
     "department": "urology", "age_range": "50~59", "gender": "female"},

    # nutrition
    {"text": "Just diagnosed with coeliac disease, 34F. How do I actually eat gluten free without losing my mind? Need a meal plan.",
     "department": "nutrition", "age_range": "30~39", "gender": "female"},
    {"text": "I want to go vegan but I'm 16 and still growing. What do I need to make sure I get? my parents are worried about protein and B12",
     "department": "nutrition", "age_range": "10~19", "gender": "undisclosed"},
    {"text": "Need to gain weight after a long illness. 78 year old man, 52kg, appetite poor. What foods or shakes are best?",
     "department": "nutrition", "age_range": "70~79", "gender": "male"},
    {"text": "Prediabetic, 50, want a diet plan to avoid getting full diabetes. Is low carb or Mediterranean better? I cook for a family of 5.",
     "department": "nutrition", "age_range": "50~59", "gender": "undisclosed"},
]
