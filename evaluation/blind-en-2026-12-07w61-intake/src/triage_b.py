# Writer 61 - triage items, file b. (text, department, age_range, gender)

ITEMS = [
    # obstetrics-gynecology
    (
        "I'm 24 weeks pregnant with my first, 30 years old, and my glucose test came back high at 150. They want me to "
        "do the 3 hour test. What happens if I have gestational diabetes?",
        "obstetrics-gynecology", "30~39", "female",
    ),
    (
        "Periods have gotten super heavy, soaking a pad every hour the first two days, and lasting 9 days. I'm 46. "
        "Perimenopause? Fibroids? What can be done?",
        "obstetrics-gynecology", "40~49", "female",
    ),
    (
        "17 and I've never had a period yet. All my friends have. I'm a girl, 5'6 and skinny, I run cross country. "
        "Should I see someone?",
        "obstetrics-gynecology", "10~19", "female",
    ),
    (
        "Pap came back ASC-US with high risk HPV positive. I'm 34. They want a colposcopy. What is that and does it "
        "hurt?",
        "obstetrics-gynecology", "30~39", "female",
    ),
    # ophthalmology
    (
        "Things look wavy in the center when I read with my left eye, like the lines on the page bend. I'm 72 and a "
        "man. Getting worse over months. Macular degeneration?",
        "ophthalmology", "70~79", "male",
    ),
    (
        "Halos around lights at night and my vision is cloudy, especially driving at night. I'm 66. Is it cataracts, "
        "and when do they operate?",
        "ophthalmology", "60~69", "undisclosed",
    ),
    (
        "My eyes are dry and burning all day from staring at screens, I'm a 27 year old woman, programmer. "
        "Artificial tears help a little. What else?",
        "ophthalmology", "20~29", "female",
    ),
    (
        "Diabetic for 15 years, I'm 52, never had an eye exam with dilation. My feet are fine. Do I really need the "
        "eye check if I see fine?",
        "ophthalmology", "50~59", "undisclosed",
    ),
    # orthopedics
    (
        "My knee gives out when I pivot, ever since I twisted it playing soccer 4 months ago. Swelled up right after. "
        "I'm 23, male. ACL?",
        "orthopedics", "20~29", "male",
    ),
    (
        "Hip pain in the groin when I walk, worse after gardening, X-ray shows bone on bone arthritis. I'm a 69 year old "
        "woman. Am I a candidate for hip replacement?",
        "orthopedics", "60~69", "female",
    ),
    (
        "Bunion on my right foot getting bigger, shoes hurt. 55F. Is surgery the only fix?",
        "orthopedics", "50~59", "female",
    ),
    (
        "Broke my collarbone falling off my bike 6 weeks ago, x-ray shows it's not healing together (they said "
        "nonunion). I'm 41. Do I need a plate?",
        "orthopedics", "40~49", "undisclosed",
    ),
    # otolaryngology
    (
        "Blocked nose on one side for a year, can't smell much, polyps maybe? Sprays don't help. I'm a 44 yo man.",
        "otolaryngology", "40~49", "male",
    ),
    (
        "Constant ringing in my ears and I'm having trouble hearing in restaurants. 61, woman. Hearing aids or "
        "something else first?",
        "otolaryngology", "60~69", "female",
    ),
    (
        "I'm 36, a teacher, and I've been hoarse for 2 months. I lose my voice by Thursday every week. Vocal nodules?",
        "otolaryngology", "30~39", "undisclosed",
    ),
    (
        "Tonsil stones all the time, bad breath, I'm 21. I pick them out with a Q-tip. Should I get my tonsils out?",
        "otolaryngology", "20~29", "undisclosed",
    ),
    # pediatrics
    (
        "My 18 month old son has had a runny nose and cough for a week, eating less, fever was 38.3 two days ago now "
        "gone. Playing fine. Does he need to be seen?",
        "pediatrics", "0~9", "male",
    ),
    (
        "Daughter is 4, gets diarrhea every time she goes to daycare, on and off for a month, no blood, growing ok. "
        "What should we check?",
        "pediatrics", "0~9", "female",
    ),
    (
        "Our 7 year old boy still wets the bed most nights. Dry during the day. Is this something to treat?",
        "pediatrics", "0~9", "male",
    ),
    (
        "Baby is 5 months and has a red rash in the diaper area that won't go away with the cream, with little red dots "
        "outside the main rash. Yeast?",
        "pediatrics", "0~9", "undisclosed",
    ),
    # psychiatry
    (
        "I can't focus at work, lose things constantly, and I was always like this in school too. I'm a 32 year old woman. "
        "Could I have ADHD as an adult? How do I get assessed?",
        "psychiatry", "30~39", "female",
    ),
    (
        "My husband is 57 and since he lost his job he sleeps all day, doesn't want to see anyone, stopped fishing "
        "which he loved. He says he's fine. He's not talking about hurting himself. How do I get him help?",
        "psychiatry", "50~59", "male",
    ),
    (
        "I've been on lithium for bipolar for 6 years, I'm 29. I want to get pregnant next year. Do I need to change "
        "medications?",
        "psychiatry", "20~29", "female",
    ),
    (
        "I check the stove and locks like 20 times before I leave the house, it makes me late every day. I'm 40 and "
        "nonbinary (they/them), if that matters for finding a therapist. OCD? What treatment?",
        "psychiatry", "40~49", "other",
    ),
    # pulmonology
    (
        "Ex smoker 40 pack years, 65, man. Short of breath walking up a hill, cough with phlegm in the mornings. "
        "Spirometry? COPD?",
        "pulmonology", "60~69", "male",
    ),
    (
        "CT scan for something else showed a 7 mm lung nodule. I'm 56. They said follow up in 6 months. Should I see a "
        "lung doctor now?",
        "pulmonology", "50~59", "undisclosed",
    ),
    (
        "Asthma since childhood, I'm 34 female, now using my rescue inhaler 4-5 times a week even on Symbicort. "
        "Biologics?",
        "pulmonology", "30~39", "female",
    ),
    (
        "Dry cough for 3 months, not a smoker, and I get out of breath easily now. My grandpa had pulmonary fibrosis. "
        "78, male. Who should evaluate me?",
        "pulmonology", "70~79", "male",
    ),
    # rehabilitation
    (
        "My mom had a stroke 3 months ago, she's 76, her right arm is weak and she walks with a walker. Discharged from "
        "hospital. How do we get more therapy at home?",
        "rehabilitation", "70~79", "female",
    ),
    (
        "Had ACL reconstruction 5 weeks ago, I'm 19, guy. Still can't straighten my knee fully. Am I behind in physio?",
        "rehabilitation", "10~19", "male",
    ),
    (
        "I'm 48 and had a bad car accident last year, broken pelvis and leg, now healed but I still walk with a limp "
        "and get tired. Is there a rehab program for getting back to work?",
        "rehabilitation", "40~49", "undisclosed",
    ),
    (
        "Recovering from a concussion from a hockey hit 2 months ago. I'm 25, male. Still dizzy in busy places and "
        "headache with screens. Is there vestibular therapy?",
        "rehabilitation", "20~29", "male",
    ),
    # rheumatology
    (
        "Both hands swollen and stiff every morning for over an hour, for 3 months, wrists too. Rheumatoid factor "
        "positive. 43F. What next?",
        "rheumatology", "40~49", "female",
    ),
    (
        "Lower back pain and stiffness since my 20s that's better with exercise, worse resting. I'm 31, male. HLA-B27 "
        "positive. Ankylosing spondylitis?",
        "rheumatology", "30~39", "male",
    ),
    (
        "Aching and stiffness in both shoulders and hips, can barely get out of bed in the morning, started 6 weeks ago. "
        "I'm 74. Sed rate high. Polymyalgia?",
        "rheumatology", "70~79", "undisclosed",
    ),
    (
        "Diagnosed with lupus last year at 22, on hydroxychloroquine. Joint pain flaring again and hair thinning. "
        "Should my meds change? I'm female.",
        "rheumatology", "20~29", "female",
    ),
    # urology
    (
        "Weak stream, getting up 3 times a night to pee, feel like I don't empty. 66 year old man. Prostate?",
        "urology", "60~69", "male",
    ),
    (
        "Erectile problems for the last year, I'm 52. Morning erections less. Viagra works ok. Should I get checked for "
        "anything else?",
        "urology", "50~59", "male",
    ),
    (
        "I leak urine when I laugh or sneeze since having my kids. 39, woman. Kegels haven't helped. Is there surgery?",
        "urology", "30~39", "female",
    ),
    (
        "My son is 14 and has a painless lump on his left testicle he just told me about. He's fine otherwise. Who "
        "should we see?",
        "urology", "10~19", "male",
    ),
    # nutrition
    (
        "Just diagnosed with celiac, I'm 27 and female. What can I eat? Do I have to throw out my toaster?",
        "nutrition", "20~29", "female",
    ),
    (
        "I want to lose 40 lbs. I'm 45, man, desk job. Keto vs intermittent fasting vs just counting calories - which "
        "is best for me?",
        "nutrition", "40~49", "male",
    ),
    (
        "My dad is 82 and has lost his appetite, eats like a bird. Should he drink Ensure? How much protein does an "
        "older person need?",
        "nutrition", "80+", "male",
    ),
    (
        "Going vegan, 16 years old. My mom is worried I won't get enough iron and B12. What should I eat?",
        "nutrition", "10~19", "undisclosed",
    ),
]
