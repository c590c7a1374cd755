from helpers import T

ITEMS = [
    # obstetrics-gynecology
    T("My period is very heavy, I change pad every hour the first 2 days, with big clots, and I'm tired. Ultrasound said fibroids. I'm 43. Options other than removing uterus?", "obstetrics-gynecology", "40~49", "female"),
    T("We are trying for baby 1 year, nothing. I'm 31 and my cycle is regular. When should we see a fertility doctor?", "obstetrics-gynecology", "30~39", "female"),
    T("I'm 27 and 12 weeks pregnant with first baby, when is the scan for Down syndrome and is the blood test (NIPT) better?", "obstetrics-gynecology", "20~29", "female"),
    T("Post-menopause for 6 years, now I feel something bulging down there when I stand long, like a ball. I'm 64.", "obstetrics-gynecology", "60~69", "female"),
    # ophthalmology
    T("My eyes are dry, burning and gritty, especially on the computer. I use drops 10 times a day. I'm 38. Is there better treatment?", "ophthalmology", "30~39", "undisclosed"),
    T("I'm 70 and see straight lines wavy with my left eye, like the door frame is bent. Reading is harder. Is this macular degeneration?", "ophthalmology", "70~79", "undisclosed"),
    T("My son is 4 and one eye turns inward when he is tired. Grandma says he will grow out of it. Is that right?", "ophthalmology", "0~9", "male"),
    T("I want to do laser to stop wearing glasses, I'm 26 and -5.5 both eyes. Am I a candidate? Woman, I also want to get pregnant later.", "ophthalmology", "20~29", "female"),
    # orthopedics
    T("Pain in my heel in the morning, first steps are like stepping on a nail. Ok after walking a while. 3 months now. I'm 47, man, I'm a cook, standing all day.", "orthopedics", "40~49", "male"),
    T("My 13 year old plays football and has pain on the outside of his hip. X-ray in the clinic was unclear. Limping after training.", "orthopedics", "10~19", "male"),
    T("I have arthritis of the hip, doctor said bone on bone. I'm 69 woman. Pain at night even. When is the right time for hip replacement?", "orthopedics", "60~69", "female"),
    T("I broke my ankle 8 weeks ago, had a plate and screws put in. It still swells in the evening. When can I run again? I'm 33.", "orthopedics", "30~39", "undisclosed"),
    # otolaryngology
    T("My ears ring all the time, high pitch, worse at night. Hearing test said some loss in high frequencies. I'm 59, worked with machines.", "otolaryngology", "50~59", "undisclosed"),
    T("Blocked nose on one side for months, I can't smell well, and the doctor saw a polyp. I'm 42, man, asthmatic.", "otolaryngology", "40~49", "male"),
    T("My daughter is 5 and has had tonsillitis 7 times this year, each time antibiotics. Should tonsils come out?", "otolaryngology", "0~9", "female"),
    T("Dizzy when I turn over in bed or look up, room spinning for some seconds. I'm a 66 year old woman. Otherwise fine.", "otolaryngology", "60~69", "female"),
    # pediatrics
    T("My baby is 10 months, has a runny nose and cough for a week, eating okay, fever was 38.2 two days ago, now none. Does she need antibiotics?", "pediatrics", "0~9", "female"),
    T("My 3 year old boy has had diarrhea for 4 days, 3-4 times a day, drinking and playing. Daycare has a stomach bug going around. What to give?", "pediatrics", "0~9", "male"),
    T("My 8 year old keeps getting stomach aches before school, no vomit, eats fine. Doctor found nothing. What could it be?", "pediatrics", "0~9", "undisclosed"),
    T("My son is 11 and gets sick very often — colds, ear infections, coughs — much more than his brother. Should his immune system be checked?", "pediatrics", "10~19", "male"),
    # psychiatry
    T("Since moving abroad for work I feel empty, no interest, I sleep 12 hours and still tired, crying without reason. 3 months. I'm 29, woman.", "psychiatry", "20~29", "female"),
    T("My thoughts race, I don't need sleep for days, spend a lot of money, then I crash into depression for weeks. I'm 35. My mother had something like this.", "psychiatry", "30~39", "undisclosed"),
    T("I check the door and stove 20 times before leaving, I'm late to work every day. I know it's stupid but I can't stop. I'm 19, male.", "psychiatry", "10~19", "male"),
    T("I'm a nonbinary person, 24, and I have had anxiety all my life, now panic attacks on the bus. I want to try therapy and maybe medication.", "psychiatry", "20~29", "other"),
    # pulmonology
    T("Shortness of breath slowly getting worse for a year, dry cough. I'm 67, worked in a stone quarry for 30 years. The x-ray shows 'fibrosis'.", "pulmonology", "60~69", "male"),
    T("My asthma is not controlled — I wake at night 3 times a week with wheezing even with Symbicort. I'm a 45 year old woman.", "pulmonology", "40~49", "female"),
    T("Smoker 40 years, 61, man. I cough every morning with phlegm and get breathless on stairs. Doctor said maybe COPD. What test confirms it?", "pulmonology", "60~69", "male"),
    T("A nodule of 8 mm was seen on my lung CT after covid. I never smoked. I'm 50. Do I need a biopsy or just repeat CT?", "pulmonology", "50~59", "undisclosed"),
    # rehabilitation
    T("My father had a stroke 2 months ago, 73. He can walk with a stick but his right hand is weak and stiff. The hospital stopped therapy. What can we do now?", "rehabilitation", "70~79", "male"),
    T("After my knee replacement 3 weeks ago I can only bend to 80 degrees. I'm 66 woman. How many physio sessions do I need?", "rehabilitation", "60~69", "female"),
    T("I tore my ACL playing football and had surgery 6 weeks ago. I'm 20. I want a program to return to sport safely.", "rehabilitation", "20~29", "undisclosed"),
    T("After my car accident last year with broken pelvis I still walk with a limp and can't stand more than 30 min. I'm 41, male. Physiotherapy at home?", "rehabilitation", "40~49", "male"),
    # rheumatology
    T("Morning stiffness in my hands for more than an hour, both hands, knuckles swollen. Rheumatoid factor positive. I'm 39, woman.", "rheumatology", "30~39", "female"),
    T("My low back is stiff in the morning and better after exercise, for 3 years. I'm 28, man. The HLA-B27 was positive. Is this ankylosing spondylitis?", "rheumatology", "20~29", "male"),
    T("I have lupus and take hydroxychloroquine. Now I have joint pain again and a rash on the face in the sun. Should the treatment change? I'm 33.", "rheumatology", "30~39", "undisclosed"),
    T("My mother is 76, she has pain and stiffness in both shoulders and hips in the morning, can't get out of bed alone. Blood inflammation high. Polymyalgia?", "rheumatology", "70~79", "female"),
    # urology
    T("I'm 64 man, I get up 4 times at night to pee and the stream is weak. PSA is 3.1. Medicine or surgery?", "urology", "60~69", "male"),
    T("Kidney stone 6 mm in the ureter, pain comes and goes, the ER sent me home with tamsulosin. It's been 2 weeks. When do they remove it? I'm 36.", "urology", "30~39", "undisclosed"),
    T("I'm a 55 year old woman and I leak urine when I cough or laugh or jump. After 3 children. Is there treatment other than pads?", "urology", "50~59", "female"),
    T("We want no more children. I'm 42 and thinking about vasectomy. Is it painful and can it fail?", "urology", "40~49", "male"),
    # nutrition
    T("I want to start eating vegan but I'm worried about protein and B12. I'm a 23 year old woman, I go to the gym. What should I eat?", "nutrition", "20~29", "female"),
    T("My 2 year old only drinks milk, like 1 liter a day, and eats very little food. Is this a problem? How to make a meal plan for her?", "nutrition", "0~9", "female"),
    T("I am 57 and have fatty liver on ultrasound. I eat a lot of rice and sweet things. What diet should I follow, can I still eat fruit?", "nutrition", "50~59", "undisclosed"),
    T("I'm 81 and since my wife died I don't cook, just bread and tea. Lost weight. What easy meals give enough protein for an old man?", "nutrition", "80+", "male"),
]
