# Triage items part B (hand written, writer 143)
# (text, department, age_range, gender)

ITEMS = [
    # obstetrics-gynecology
    ("um hi I'm thirty two and we've been trying for a baby for fourteen months with no luck, my periods are regular, what tests should I ask for",
     "obstetrics-gynecology", "30~39", "female"),
    ("I'm 17 and my periods are so painful I miss school every month. Ibuprofen barely helps. Could it be endometriosis?",
     "obstetrics-gynecology", "10~19", "female"),
    ("uh my wife is fifty one and she's having awful hot flushes and not sleeping, she wants to know about the HRT but her mother had breast cancer, is it safe for her",
     "obstetrics-gynecology", "50~59", "female"),
    ("I'm 22 weeks pregnant with my first, 27 years old, and the glucose test is next week. How do I prepare, and what happens if it's high?",
     "obstetrics-gynecology", "20~29", "female"),

    # ophthalmology
    ("um my eyesight's gone cloudy over the last year, like looking through a dirty window, and the glare from headlights at night is terrible, I'm seventy four, a man, is that the cataracts",
     "ophthalmology", "70~79", "male"),
    ("I've been getting floaters in my right eye for years, no flashes, no change recently. I'm 48 and short-sighted. Does it need checking?",
     "ophthalmology", "40~49", "undisclosed"),
    ("uh my daughter is four and the nursery said she squints at things and one of her eyes turns in a bit when she's tired, does she need glasses or a patch",
     "ophthalmology", "0~9", "female"),
    ("I'm a 63-year-old woman with dry, gritty eyes every day. Artificial tears help a bit. Is there anything stronger?",
     "ophthalmology", "60~69", "female"),

    # orthopedics
    ("uh yeah I'm fifty seven and my knee is bone on bone the x-ray says, I can barely walk a mile, I'm a man, I'm wondering about the knee replacement, am I too young",
     "orthopedics", "50~59", "male"),
    ("My son is 16 and twisted his knee at rugby 3 weeks ago. It still gives way when he turns. Could it be the ACL?",
     "orthopedics", "10~19", "male"),
    ("um I'm a woman of eighty one and I've got the bunions so bad I can't get shoes on, would they operate at my age",
     "orthopedics", "80+", "female"),
    ("Shoulder pain for 4 months, can't lift my arm above shoulder height, worse at night. I'm 46. Rotator cuff?",
     "orthopedics", "40~49", "undisclosed"),

    # otolaryngology
    ("um so I've had a blocked nose on one side for about a year, can't breathe through it at all, and I've lost my sense of smell, I'm a forty year old man, could it be polyps",
     "otolaryngology", "40~49", "male"),
    ("My hearing has gone down gradually in both ears over a couple of years. I'm 69 and my wife says the TV is too loud. Who should test me?",
     "otolaryngology", "60~69", "male"),
    ("uh my daughter's twenty and she gets tonsillitis like six times a year and she's missing college, can she get the tonsils out as an adult",
     "otolaryngology", "20~29", "female"),
    ("I've had a hoarse voice for 5 weeks with no cold. I'm 55 and I used to smoke. Should I see someone?",
     "otolaryngology", "50~59", "undisclosed"),

    # pediatrics
    ("um my little boy is two and he's had a runny nose and a cough for a week and he's off his food a bit but he's playing away and no temperature, do I just ride it out",
     "pediatrics", "0~9", "male"),
    ("My 5 year old daughter keeps getting tummy aches before school. Poos are normal, eating fine. Could it be anxiety or something physical?",
     "pediatrics", "0~9", "female"),
    ("uh she's eight months, our baby girl, and she's got a a rash in the nappy area that's red and spotty and the cream isn't helping, is it thrush",
     "pediatrics", "0~9", "female"),
    ("Our 3 year old son has hand foot and mouth disease, diagnosed yesterday. He's drinking OK. How long is he contagious for nursery?",
     "pediatrics", "0~9", "male"),

    # psychiatry
    ("um I'm thirty and I've been feeling really low for months, not enjoying anything, sleeping all day, I'm a guy, my GP offered me antidepressants, should I take them or try counselling first",
     "psychiatry", "30~39", "male"),
    ("I'm 21, non-binary, and I think I have ADHD. I can never finish assignments and I lose everything. How do adults get assessed?",
     "psychiatry", "20~29", "other"),
    ("uh my mother is seventy three and since Dad died she's been very anxious, won't leave the house, checks the doors over and over, is there help for her",
     "psychiatry", "70~79", "female"),
    ("My 15-year-old son has panic attacks before exams, heart racing and shaking. They pass in 20 minutes. Where do we get help for him?",
     "psychiatry", "10~19", "male"),

    # pulmonology
    ("um I'm sixty six, smoked forty years, stopped last year, and I get out of breath walking up the hill now, the GP said COPD maybe, what are the breathing tests",
     "pulmonology", "60~69", "undisclosed"),
    ("My asthma has been worse since the winter; I'm using my blue inhaler most days. I'm a 34-year-old woman. Should my preventer be changed?",
     "pulmonology", "30~39", "female"),
    ("uh yeah my husband's seventy eight and his CT showed some scarring in the lungs, they said pulmonary fibrosis, is there treatment for that at his age",
     "pulmonology", "70~79", "male"),
    ("I've had a dry cough for 3 months since a chest infection. X-ray normal. I'm a 52-year-old man, non-smoker. What next?",
     "pulmonology", "50~59", "male"),

    # rehabilitation
    ("um my dad had a stroke three months ago, he's seventy, and he's home now but his left arm is still weak and he can't do buttons, how do we get more physio for him",
     "rehabilitation", "70~79", "male"),
    ("I'm 29 and had ACL reconstruction 6 weeks ago. My physio plan seems slow. When can I start jogging?",
     "rehabilitation", "20~29", "undisclosed"),
    ("uh hiya I'm a forty three year old woman and I broke my ankle in January and I'm out of the boot now but I'm still limping and it's stiff, what exercises should I be doing",
     "rehabilitation", "40~49", "female"),
    ("My mother (84) had a hip replacement after a fall and is terrified of walking now. Is there a rehab programme to rebuild her confidence?",
     "rehabilitation", "80+", "female"),

    # rheumatology
    ("um my hands are swollen and stiff every morning for like two hours and it's both sides, I'm a thirty eight year old woman, my mum has rheumatoid, could it be that",
     "rheumatology", "30~39", "female"),
    ("I'm a 47-year-old man and I've had gout attacks 4 times this year. Uric acid 520. Should I go on allopurinol permanently?",
     "rheumatology", "40~49", "male"),
    ("uh my lower back's been stiff for years, worse in the morning, better when I move, I'm twenty five, a lad, and the GP mentioned ankylosing something, who do I see",
     "rheumatology", "20~29", "male"),
    ("Diagnosed with lupus at 19. I'm 23 now, on hydroxychloroquine. My joint pain is flaring. Do I need a stronger treatment?",
     "rheumatology", "20~29", "undisclosed"),

    # urology
    ("uh I'm sixty nine and I'm up four or five times a night to pee and the stream is weak, the GP says my prostate is big, what are the options other than tablets",
     "urology", "60~69", "male"),
    ("I'm a 36-year-old man and my urologist found a small 4mm kidney stone that isn't causing symptoms. Does it need removing?",
     "urology", "30~39", "male"),
    ("um my wife is seventy five and she leaks when she coughs and sneezes and she's embarrassed to go out, is there an operation for that",
     "urology", "70~79", "female"),
    ("I saw blood in my pee once last week, no pain, hasn't happened since. I'm 58. My doctor wants a cystoscopy. What is that like?",
     "urology", "50~59", "undisclosed"),

    # nutrition
    ("um I've just been told I'm coeliac, I'm twenty eight, a woman, and I don't know what I can eat anymore, is oats alright, what about beer",
     "nutrition", "20~29", "female"),
    ("I'm 62 and want to eat better for my heart. Is a Mediterranean diet really that much better than just cutting salt?",
     "nutrition", "60~69", "undisclosed"),
    ("uh my son is eleven and he's a very fussy eater, only eats pasta and chicken nuggets, how do I get more veg into him",
     "nutrition", "10~19", "male"),
    ("I'm a 44-year-old man training for a marathon. How much protein and carbs should I be eating on long run days?",
     "nutrition", "40~49", "male"),
]
