# Hand-written triage items, part B. (text, department, age_range, gender)

ITEMS = [
    # obstetrics-gynecology
    ("I'm 31 and 20 weeks pregnant. The anomaly scan said low lying placenta and I want to understand what that means for the birth.",
     "obstetrics-gynecology", "30~39", "female"),
    ("My daughter is 15 and her periods are so heavy she floods through pads at school, and they last 9 days. She's exhausted.",
     "obstetrics-gynecology", "10~19", "female"),
    ("I'm 52 and have hot flushes and night sweats, haven't had a period for 8 months. Should I try HRT?",
     "obstetrics-gynecology", "50~59", "female"),
    ("I'm caring for my mum, 78. When I help her wash she says something is bulging out down below, like it's falling down. Prolapse?",
     "obstetrics-gynecology", "70~79", "female"),

    # ophthalmology
    ("Dad, 80, has cloudy vision in both eyes, he's struggling with the TV and reading and hates the glare of headlights at night.",
     "ophthalmology", "80+", "male"),
    ("I'm 42, female, type 1 diabetic. At my eye screening they found changes at the back of my eye, retinopathy they said.",
     "ophthalmology", "40~49", "female"),
    ("Our 3 year old son has a left eye that turns in, especially when he's tired.",
     "ophthalmology", "0~9", "male"),
    ("I'm a 25 yo man and my eyelid has a small hard lump that's been there 2 months, not painful, bit annoying when I blink.",
     "ophthalmology", "20~29", "male"),

    # orthopedics
    ("My mum is 74 and her knee arthritis is bone on bone on the x-ray. She can barely walk to the shop now. Is a knee replacement the next step?",
     "orthopedics", "70~79", "female"),
    ("I'm 19 and I've dislocated my shoulder playing rugby 3 times now, it keeps popping out.",
     "orthopedics", "10~19", "male"),
    ("I'm 36, female, with a painful bump at the base of my big toe. Bunion. Shoes hurt.",
     "orthopedics", "30~39", "female"),
    ("My brother (47) broke his wrist 10 weeks ago and the last x-ray shows the bone hasn't healed.",
     "orthopedics", "40~49", "male"),

    # otolaryngology
    ("Dad is 72 and has had a hoarse voice for 2 months. He smoked for 40 years.",
     "otolaryngology", "70~79", "male"),
    ("My son, 5, snores really loudly and seems to stop breathing for a few seconds in his sleep. His tonsils are huge.",
     "otolaryngology", "0~9", "male"),
    ("I'm 46 and have ringing in my left ear and my hearing on that side only is going.",
     "otolaryngology", "40~49", "undisclosed"),
    ("My partner, 33, has had a blocked nose and no sense of smell for a year. He thinks polyps.",
     "otolaryngology", "30~39", "male"),

    # pediatrics
    ("My 2 year old has had a runny nose and a cough for a week and isn't eating much. He's drinking ok and still playing.",
     "pediatrics", "0~9", "male"),
    ("Daughter is 4 and keeps getting tummy aches before nursery, otherwise well and growing fine.",
     "pediatrics", "0~9", "female"),
    ("My baby girl is 7 months and still not rolling over. Is that normal for her development?",
     "pediatrics", "0~9", "female"),
    ("My son is 11 and has started wetting the bed again after being dry for years.",
     "pediatrics", "10~19", "male"),

    # psychiatry
    ("My mum, 68, has been very low since dad died 9 months ago. Not eating much, not leaving the house, stopped seeing her friends, cries most days.",
     "psychiatry", "60~69", "female"),
    ("I'm 22 and non-binary (they/them). I check the locks 40 times before leaving the flat and it's making me late for uni every day.",
     "psychiatry", "20~29", "other"),
    ("I care for my brother (35) who has bipolar. He stopped his lithium a few weeks ago and he's barely sleeping, talking fast and spending loads of money.",
     "psychiatry", "30~39", "male"),
    ("My 16 year old daughter is restricting food and exercising obsessively. She's lost 7kg since the summer.",
     "psychiatry", "10~19", "female"),

    # pulmonology
    ("Dad, 75, ex-smoker, is breathless walking up the stairs and coughs up phlegm every morning. COPD?",
     "pulmonology", "70~79", "male"),
    ("I'm 40 and my asthma is getting worse, I'm using my blue inhaler 4 times a day now.",
     "pulmonology", "40~49", "undisclosed"),
    ("My husband, 58, snores, stops breathing at night and falls asleep in front of the TV every afternoon.",
     "pulmonology", "50~59", "male"),
    ("Mum is 66 and her CT showed a small 6mm nodule in her lung. They said follow up - with who?",
     "pulmonology", "60~69", "female"),

    # rehabilitation
    ("My dad had a stroke 2 months ago, he's 70. Left leg is still weak and he's walking with a frame. He wants more physio to get back to walking outside.",
     "rehabilitation", "70~79", "male"),
    ("I'm 29 and broke my ankle 3 months ago. The cast is off but it's still stiff and I'm limping.",
     "rehabilitation", "20~29", "undisclosed"),
    ("My wife, 51, had a bad car accident in the spring and broke her pelvis. She's home now and wants help getting her strength back and walking properly.",
     "rehabilitation", "50~59", "female"),
    ("My son, 17, had a head injury in a motorbike crash in March. He's home now but struggling with balance and concentration. We want a proper rehab programme.",
     "rehabilitation", "10~19", "male"),

    # rheumatology
    ("I'm 38 (female), my fingers are swollen and stiff for 2 hours every morning, both hands.",
     "rheumatology", "30~39", "female"),
    ("Dad is 63. He's had a very painful swollen big toe joint three times this year, gout they say. He wants tablets to stop it coming back.",
     "rheumatology", "60~69", "male"),
    ("My mum, 81, has pain and stiffness in her shoulders and hips every morning. She can't get out of bed without help and her ESR is high.",
     "rheumatology", "80+", "female"),
    ("I'm 26, man, lower back stiffness that's worse in the morning and better with exercise, for over a year now.",
     "rheumatology", "20~29", "male"),

    # urology
    ("Grandad is 84 and has to get up 5 times a night to pee. Weak stream too. The carers are worried he'll fall.",
     "urology", "80+", "male"),
    ("I'm a 45 year old man. I passed a kidney stone last year and now I have the same dull ache on the left side again.",
     "urology", "40~49", "male"),
    ("My husband is 56 and his PSA came back at 7.",
     "urology", "50~59", "male"),
    ("I'm 68, woman, and I leak urine when I cough or laugh. It's getting worse.",
     "urology", "60~69", "female"),

    # nutrition
    ("Mum's 86 with dementia and eating very little, she's 41kg. What can we add to her food to get more calories in?",
     "nutrition", "80+", "female"),
    ("I'm a 33 year old vegan and want to make sure I'm getting enough iron and B12 from my diet.",
     "nutrition", "30~39", "undisclosed"),
    ("My son, 13, is tube fed (cerebral palsy) and we'd like to switch to a blended diet. How do we plan it?",
     "nutrition", "10~19", "male"),
    ("I'm 57 (male) and want a diet plan to lower my cholesterol without statins.",
     "nutrition", "50~59", "male"),
]
