# Triage items part B (written by hand, writer 141).
# (text, department, age_range, gender)

ITEMS = [
    # obstetrics-gynecology
    (
        "hi I'm twenty nine and we've been trying for a baby for over a year and nothing my periods are all over the place sometimes sixty days apart could it be PCOS",
        "obstetrics-gynecology", "20~29", "female",
    ),
    (
        "I'm 51 and my periods have gone irregular and I'm having hot flushes and awful sleep. I'd like to talk about HRT.",
        "obstetrics-gynecology", "50~59", "female",
    ),
    (
        "I'm 12 weeks pregnant with my second, my first was a C-section. I'd like to know whether I can try for a normal birth this time. I'm 34.",
        "obstetrics-gynecology", "30~39", "female",
    ),
    (
        "my sixteen year old daughter's periods are so heavy she's flooding through pads every hour on the first day and missing school is that normal at her age",
        "obstetrics-gynecology", "10~19", "female",
    ),
    # ophthalmology
    (
        "my eyes are so dry and gritty all day I'm on the computer ten hours the drops from the chemist don't last I'm forty five",
        "ophthalmology", "40~49", "undisclosed",
    ),
    (
        "I'm 72 and the optician said I've got cataracts in both eyes, the left one worse. Night driving is getting hard with the glare. How do I get referred for surgery?",
        "ophthalmology", "70~79", "undisclosed",
    ),
    (
        "My husband has glaucoma and uses drops but he keeps forgetting them. He's 65. The pressure was up at his last check. Are there other options like laser?",
        "ophthalmology", "60~69", "male",
    ),
    (
        "I'm a diabetic woman, 54, and I haven't had my eyes checked in three years. The screening letter says I need a diabetic eye exam. What does it involve?",
        "ophthalmology", "50~59", "female",
    ),
    # orthopedics
    (
        "I twisted my knee playing five a side football three weeks ago it clicks and sometimes locks and gives way on stairs I'm thirty male",
        "orthopedics", "30~39", "male",
    ),
    (
        "My hip pain is so bad now I can't put my socks on. X-ray showed severe arthritis. I'm 76, a woman. I think I'm ready to talk about a replacement.",
        "orthopedics", "70~79", "female",
    ),
    (
        "my thirteen year old son has a curve in his spine that the school nurse noticed one shoulder is higher than the other should he see a bone specialist",
        "orthopedics", "10~19", "male",
    ),
    (
        "Bunion on my right foot has got so big I can't find shoes. Tried wide fit and pads. I'm 58. Is surgery worth it?",
        "orthopedics", "50~59", "undisclosed",
    ),
    # otolaryngology
    (
        "my ears have felt blocked for two months since a cold and everything sounds muffled I'm thirty eight and I've tried the olive oil drops",
        "otolaryngology", "30~39", "undisclosed",
    ),
    (
        "I'm a 44 year old woman and I've had a hoarse voice for six weeks that won't go. I'm a teacher so I use it a lot. Who should look at my vocal cords?",
        "otolaryngology", "40~49", "female",
    ),
    (
        "my nose is always blocked on one side and I can't smell anything anymore the GP said nasal polyps and the sprays haven't worked I'm fifty one and a man",
        "otolaryngology", "50~59", "male",
    ),
    (
        "Our 6 year old daughter snores loudly every night and has huge tonsils. She's tired at school. Would taking her tonsils out help?",
        "otolaryngology", "0~9", "female",
    ),
    # pediatrics
    (
        "my little boy is three and he's had a runny nose and a cough for a week he's eating and playing fine but he's up coughing at night what can I give him",
        "pediatrics", "0~9", "male",
    ),
    (
        "My 8 month old daughter isn't sitting up on her own yet. My mum says I was sitting by 6 months. Should I be worried?",
        "pediatrics", "0~9", "female",
    ),
    (
        "our five year old keeps getting tummy aches before school most mornings they settle by lunchtime he's growing fine is it just nerves",
        "pediatrics", "0~9", "male",
    ),
    (
        "I think my toddler has eczema, patches on the backs of her knees and inside her elbows. She's 2. What cream is safe?",
        "pediatrics", "0~9", "female",
    ),
    # psychiatry
    (
        "I've been feeling low for months can't enjoy anything sleeping twelve hours a day and still tired I'm twenty two and at uni and my grades are slipping I'm not thinking of hurting myself just want help",
        "psychiatry", "20~29", "undisclosed",
    ),
    (
        "My husband, 45, has been checking the locks and the cooker over and over for an hour before we can leave the house. It's ruining our lives. He knows it's irrational. Is this OCD?",
        "psychiatry", "40~49", "male",
    ),
    (
        "I'm 19 and I think I have ADHD, I can't focus in lectures and I lose everything and I've always been like this. How do I get assessed as an adult?",
        "psychiatry", "10~19", "undisclosed",
    ),
    (
        "my mum's sixty and she's been on the same antidepressant for fifteen years and the GP wants to change it she's scared her depression will come back she'd like to talk to a psychiatrist first",
        "psychiatry", "60~69", "female",
    ),
    # pulmonology
    (
        "I've had a cough for four months, dry, no phlegm, and I get breathless walking up hills now. Never smoked. I'm 59, male. My chest X-ray was normal.",
        "pulmonology", "50~59", "male",
    ),
    (
        "my asthma's been worse this year I'm using my blue inhaler three or four times a day even with the brown one I'm thirty six woman is there something stronger",
        "pulmonology", "30~39", "female",
    ),
    (
        "They found a 6 mm nodule on my lung on a CT scan done after a car accident. I'm 64 and an ex-smoker. Who follows that up?",
        "pulmonology", "60~69", "undisclosed",
    ),
    (
        "my grandad has COPD and he's eighty one and he's on three inhalers and still gets out of breath getting dressed the GP mentioned pulmonary rehab or oxygen at home",
        "pulmonology", "80+", "male",
    ),
    # rehabilitation
    (
        "my dad had a stroke in March and he's home now his right arm is still weak and he's walking with a frame he's seventy three what therapy should he be getting now the hospital physio has finished",
        "rehabilitation", "70~79", "male",
    ),
    (
        "I had my ACL reconstructed 8 weeks ago. I'm 21 and play netball. I'd like a proper return-to-sport program, the hospital physio only gave me a sheet.",
        "rehabilitation", "20~29", "female",
    ),
    (
        "Broke my ankle in January, pins and plate, cast off now but I'm still limping and the joint is stiff. I'm 47. Should I be doing physio?",
        "rehabilitation", "40~49", "undisclosed",
    ),
    (
        "my wife had a knee replacement five weeks ago she's sixty eight and she can only bend it to about seventy degrees the surgeon wants more what exercises help",
        "rehabilitation", "60~69", "female",
    ),
    # rheumatology
    (
        "my fingers are swollen and stiff every morning for over an hour both hands the same knuckles I'm forty three female it's been three months",
        "rheumatology", "40~49", "female",
    ),
    (
        "I'm 28, male, and I've had low back pain and stiffness for a year that is worse in the morning and better with exercise. My GP wonders about ankylosing spondylitis.",
        "rheumatology", "20~29", "male",
    ),
    (
        "My mum is 77 and has pain and stiffness in both shoulders and hips, worse in the mornings, she can barely get out of bed. Blood tests showed high inflammation. The GP mentioned polymyalgia.",
        "rheumatology", "70~79", "female",
    ),
    (
        "lupus was diagnosed last year I'm thirty one and my joints and rash are flaring again on the hydroxychloroquine alone should I ask about other medicines",
        "rheumatology", "30~39", "undisclosed",
    ),
    # urology
    (
        "I'm up three or four times a night to wee and the flow is weak I'm sixty two male my PSA was normal",
        "urology", "60~69", "male",
    ),
    (
        "I've had two kidney stones in a year, both passed on their own. I'm 39. How do I stop getting more? Should I see a urologist?",
        "urology", "30~39", "undisclosed",
    ),
    (
        "My husband is 54 and has trouble with erections for the last year. He's a bit embarrassed to ask. He has high blood pressure. What can be done?",
        "urology", "50~59", "male",
    ),
    (
        "my grandmother is eighty five and she leaks urine whenever she coughs or stands up and she's stopped going to church because of it what can be done at her age",
        "urology", "80+", "female",
    ),
    # nutrition
    (
        "I'm 34 and just been told I'm anaemic, iron low. I'm vegetarian. What should I be eating to get my iron up besides taking tablets?",
        "nutrition", "30~39", "undisclosed",
    ),
    (
        "my son is fifteen and he wants to go vegan how do I make sure he gets enough protein and B twelve he plays a lot of sport",
        "nutrition", "10~19", "male",
    ),
    (
        "I was told I'm prediabetic at 49, HbA1c 44. I'd like a proper meal plan. I'm a woman and I work shifts so my eating is all over the place.",
        "nutrition", "40~49", "female",
    ),
    (
        "my mother's eighty and she's getting thin she only eats tea and toast now should she have those nutrition drinks or what else can we give her",
        "nutrition", "80+", "female",
    ),
]
