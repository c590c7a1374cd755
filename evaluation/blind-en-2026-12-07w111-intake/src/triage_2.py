from _h import T

ITEMS = [
    # obstetrics-gynecology
    T("I'm 16 weeks pregnant with my first, 26 years. The hospital said I have low lying placenta. What does it mean for delivery?", "obstetrics-gynecology", "20~29", "female"),
    T("my period don dey come twice for one month and e plenty well well with clots. I be 43.", "obstetrics-gynecology", "40~49", "female"),
    T("We have been trying for a baby for 3 years. My HSG showed both tubes blocked. I'm 34. What are my options?", "obstetrics-gynecology", "30~39", "female"),
    T("I'm 58, my period stopped 7 years ago and now I'm spotting a little. No pain.", "obstetrics-gynecology", "50~59", "female"),
    # ophthalmology
    T("My eyes dey itch me, dey water, especially for harmattan. I be 15. I dey rub am every time.", "ophthalmology", "10~19", "undisclosed"),
    T("my dad is 72 and his eyes have gone cloudy, he can't see faces well anymore. They told him cataract. Where can he get surgery in Kumasi?", "ophthalmology", "70~79", "male"),
    T("I have glaucoma in my family, my mum went blind from it. I'm 41, should I start screening? How often?", "ophthalmology", "40~49", "undisclosed"),
    T("I'm 35 and I see blurry at the computer and get headaches by afternoon. Do I need glasses? I'm a woman, accountant.", "ophthalmology", "30~39", "female"),
    # orthopedics
    T("My knee dey make sound when I climb stairs and e dey pain me for morning. I be 62, mama, I weigh 95kg.", "orthopedics", "60~69", "female"),
    T("I fractured my wrist 6 weeks ago, the cast just came off and the bone looks a bit bent. 29, male. Should I see the bone doctor again?", "orthopedics", "20~29", "male"),
    T("I play football and twisted my knee, it gives way sometimes now when I turn. MRI says ACL tear. I'm 24, guy.", "orthopedics", "20~29", "male"),
    T("Pain in my right shoulder when I raise my arm above my head, 3 months. 51 years, I'm a painter by trade.", "orthopedics", "50~59", "undisclosed"),
    # otolaryngology
    T("I always have blocked nose and I snore, and my voice is nasal. They said polyps. 38, man.", "otolaryngology", "30~39", "male"),
    T("My ear has been ringing for a month and I can't hear well from the left side. 47, female.", "otolaryngology", "40~49", "female"),
    T("Sore throat every month, tonsils big, I'm 17. Should I remove them?", "otolaryngology", "10~19", "undisclosed"),
    T("Hoarse voice for 2 months, I'm 60 and I used to smoke. The cough syrup didn't help.", "otolaryngology", "60~69", "undisclosed"),
    # pediatrics
    T("My baby is 9 months and she has had diarrhoea for 3 days, 4 times a day, still feeding and playing. ORS okay?", "pediatrics", "0~9", "female"),
    T("my son is 4 and he is always having cough and catarrh since he started creche. Is his immunity low?", "pediatrics", "0~9", "male"),
    T("my 6 year old daughter is very short compared to her classmates. Her father and I are average height. Should we worry?", "pediatrics", "0~9", "female"),
    T("pikin don reach 2 years, e never start to waka. e dey crawl well. na normal?", "pediatrics", "0~9", "undisclosed"),
    # psychiatry
    T("I no dey sleep again, I dey hear voice wey dey talk about me. my family think say na village people. I be 27, man.", "psychiatry", "20~29", "male"),
    T("Since I lost my job I can't get out of bed, I don't enjoy anything, for 3 months now. I'm 44, female. Not suicidal, just empty.", "psychiatry", "40~49", "female"),
    T("My brother is 32 and has been smoking weed heavily and now he talks very fast, doesn't sleep and spends all his money. Who can help?", "psychiatry", "30~39", "male"),
    T("I keep checking the door lock 20 times before I leave the house and it's making me late for work. 25, I'm a woman.", "psychiatry", "20~29", "female"),
    # pulmonology
    T("I have had asthma since childhood, now 36, and my inhaler isn't working as well, I'm using it 4 times a day.", "pulmonology", "30~39", "undisclosed"),
    T("My father, 64, worked in a quarry for 30 years and now he gets breathless walking to the gate. X-ray shows something in his lungs.", "pulmonology", "60~69", "male"),
    T("I finished TB treatment last year but I still cough and get breathless. 45, male.", "pulmonology", "40~49", "male"),
    T("I cook with firewood every day and have a cough for years, I'm 57. They said COPD, but I've never smoked. Woman.", "pulmonology", "50~59", "female"),
    # rehabilitation
    T("My dad had a stroke 2 months ago, he is 69. His right arm is weak and he's walking with a stick. We want physiotherapy at home in Enugu.", "rehabilitation", "60~69", "male"),
    T("After my knee replacement 3 weeks ago I can't bend the knee past 70 degrees. I'm 66, woman. What exercises?", "rehabilitation", "60~69", "female"),
    T("I had a motorbike accident last year and my leg healed but I still limp and can't run. 28, male. Who helps with this?", "rehabilitation", "20~29", "male"),
    T("I'm 52 and after my back surgery I am told to do physiotherapy, but I want to know how many sessions and if I can do some at home.", "rehabilitation", "50~59", "undisclosed"),
    # rheumatology
    T("My joints swell in my fingers and wrists, both sides, and stiff in the morning for over an hour. 39, female.", "rheumatology", "30~39", "female"),
    T("I have a rash on my face like a butterfly and my joints hurt. ANA positive. I'm 23, woman.", "rheumatology", "20~29", "female"),
    T("my big toe swells and turns red every few months, very painful, uric acid 9.1. 50 years old man.", "rheumatology", "50~59", "male"),
    T("Lower back stiff every morning, better after exercise, for years. I'm 29, guy. They mentioned ankylosing something.", "rheumatology", "20~29", "male"),
    # urology
    T("I wake up 4 times every night to urinate and the flow is weak. I'm 66, man.", "urology", "60~69", "male"),
    T("scan show say I get kidney stone, 8mm, and the side pain dey come and go. I be 37. I no wan do operation if e fit pass by itself.", "urology", "30~39", "undisclosed"),
    T("Erection no dey stand well again. I be 48. my wife don dey vex. wetin I fit do?", "urology", "40~49", "male"),
    T("I leak urine when I laugh or cough since my third baby. I'm 41, woman. Which doctor handles this?", "urology", "40~49", "female"),
    # nutrition
    T("I'm 30 and want to lose 15kg before my wedding. What Ghanaian foods can I eat? I love fufu and banku.", "nutrition", "30~39", "undisclosed"),
    T("My son is 13 and only eats noodles and bread. How can I make his diet healthier? He refuses vegetables.", "nutrition", "10~19", "male"),
    T("I'm diabetic and I want a meal plan with Nigerian food, what should I eat for breakfast instead of bread and tea? 55, woman.", "nutrition", "50~59", "female"),
    T("I'm a vegan, 22, and I'm worried I'm not getting enough protein and iron. What should I eat?", "nutrition", "20~29", "undisclosed"),
]
