# triage, part 2 (11 departments x 4 items), written by hand
ITEMS = [
# obstetrics-gynecology
{"text": "I'm 8 weeks pregnant with my first, 24 years old. Nauseous all day, can keep crackers and Sprite down. When should my first prenatal visit be?", "department": "obstetrics-gynecology", "age_range": "20~29", "gender": "female"},
{"text": "Periods so heavy I flood through my jeans at work, lasting 9 days. I'm 38 and a woman obviously lol. Been getting worse over the past year.", "department": "obstetrics-gynecology", "age_range": "30~39", "gender": "female"},
{"text": "hot flashes all night, sweating through the sheets, periods skipping. I'm 49. is it time for hormones or is that dangerous", "department": "obstetrics-gynecology", "age_range": "40~49", "gender": "female"},
{"text": "My daughter is 15 and her periods are so painful she misses school 2 days every month, throwing up with it. ibuprofen barely touches it", "department": "obstetrics-gynecology", "age_range": "10~19", "gender": "female"},
# ophthalmology
{"text": "My reading glasses from the Dollar Tree aren't cutting it anymore and I see halos around headlights driving at night. 57 year old man, drive a truck so it matters.", "department": "ophthalmology", "age_range": "50~59", "gender": "male"},
{"text": "I'm 83 and the eye doctor said I have macular degeneration, the dry kind. Straight lines look a little wavy but it's been slow. Should I see a retina specialist?", "department": "ophthalmology", "age_range": "80+", "gender": "undisclosed"},
{"text": "My 3 yr old boy's left eye drifts in toward his nose when he's tired. Been noticing it for a few months. Will he grow out of it?", "department": "ophthalmology", "age_range": "0~9", "gender": "male"},
{"text": "dry gritty eyes all day at my computer job, eye drops help for like 10 min. I'm 35 F and wear contacts.", "department": "ophthalmology", "age_range": "30~39", "gender": "female"},
# orthopedics
{"text": "Knee gives out going down stairs and swells up after I play church league basketball. 44, male. It's been months.", "department": "orthopedics", "age_range": "40~49", "gender": "male"},
{"text": "I'm a 27 year old woman and my shoulder has popped out twice this year, once reaching up on the top shelf at work. I put it back myself both times. What now?", "department": "orthopedics", "age_range": "20~29", "gender": "female"},
{"text": "My hip hurts in the groin area when I walk more than a block. 64 year old woman, been getting worse over 2 years. Xray said arthritis.", "department": "orthopedics", "age_range": "60~69", "gender": "female"},
{"text": "Son's 15, pitches for his high school team, and his elbow hurts on the inside every time he throws now. No single injury.", "department": "orthopedics", "age_range": "10~19", "gender": "male"},
# otolaryngology
{"text": "Hoarse voice for 2 months now, no cold. I'm 56, smoked for 30 years, quit two years back. My wife says I sound like a frog.", "department": "otolaryngology", "age_range": "50~59", "gender": "male"},
{"text": "I've had sinus infections like 5 times this year, always on antibiotics. I'm 33 and can't smell a thing anymore.", "department": "otolaryngology", "age_range": "30~39", "gender": "undisclosed"},
{"text": "My 2 year old girl has had ear infections every month since fall. The kid doctor mentioned tubes. Who does that?", "department": "otolaryngology", "age_range": "0~9", "gender": "female"},
{"text": "Papaw is 79 and can't hear a thing, the TV's up so loud the neighbors complain. He says everybody mumbles. Hearing aids?", "department": "otolaryngology", "age_range": "70~79", "gender": "male"},
# pediatrics
{"text": "my 4 yr old has had a runny nose and cough for a week, low fever on and off, eating less but drinking ok and playing. should she be seen", "department": "pediatrics", "age_range": "0~9", "gender": "female"},
{"text": "Baby boy is 9 months and not crawling yet, he sits fine and babbles. My mama says all her babies crawled by 7 months. Should I worry", "department": "pediatrics", "age_range": "0~9", "gender": "male"},
{"text": "Our 7 year old is always complaining of tummy aches before school, no vomiting, eats fine on weekends. What should we do?", "department": "pediatrics", "age_range": "0~9", "gender": "undisclosed"},
{"text": "My kid is 5 and identifies as neither boy nor girl, which we're fine with. Question's about something else: constant constipation, goes every 4-5 days and it hurts.", "department": "pediatrics", "age_range": "0~9", "gender": "other"},
# psychiatry
{"text": "I'm 17 and nonbinary and I've been feeling empty for months. not sleeping, failing classes. I'm safe right now, not planning anything, I just need someone to talk to about meds maybe", "department": "psychiatry", "age_range": "10~19", "gender": "other"},
{"text": "Came back from deployment two years ago, I'm 29, and I still wake up in a sweat with nightmares and I jump at fireworks. My wife says I'm not the same man.", "department": "psychiatry", "age_range": "20~29", "gender": "male"},
{"text": "I'm 39 and a mom of 4 and I feel like my brain never shuts off. Worry all day, chest feels tight with it, can't sit still. Been like this for years.", "department": "psychiatry", "age_range": "30~39", "gender": "female"},
{"text": "I'm 64 and have been drinking more since retirement, a fifth every couple days. Want to cut back but get the shakes. Who helps with that?", "department": "psychiatry", "age_range": "60~69", "gender": "undisclosed"},
# pulmonology
{"text": "COPD for 10 years, on the Breo and albuterol. 68 yr old man. Winded more each year and they want to talk about oxygen at home. Who do I see for that?", "department": "pulmonology", "age_range": "60~69", "gender": "male"},
{"text": "A spot showed up on my chest CT when they were looking at my kidney stone. 8 mm nodule. I'm a 58 year old woman, ex-smoker. They said follow up.", "department": "pulmonology", "age_range": "50~59", "gender": "female"},
{"text": "I'm 32, get winded and wheeze every time I run and at night in the spring. Never diagnosed with asthma. Inhaler from a friend helps.", "department": "pulmonology", "age_range": "30~39", "gender": "undisclosed"},
{"text": "Granddad is 85, worked in the coal mine in his twenties, has had a cough with black stuff for years. The new doctor wants breathing tests.", "department": "pulmonology", "age_range": "80+", "gender": "male"},
# rehabilitation
{"text": "My husband had a stroke in April and is home now. He's 73 and his left arm is still weak and he drags his foot. The hospital said outpatient therapy, where do we go?", "department": "rehabilitation", "age_range": "70~79", "gender": "male"},
{"text": "Broke my ankle in a four-wheeler wreck, had surgery, cast is off now. 46 year old woman. It's stiff and I limp. Need PT?", "department": "rehabilitation", "age_range": "40~49", "gender": "female"},
{"text": "ACL surgery 3 weeks ago, 21 yo male. surgeon says start PT but the closest place is 40 miles. any exercises I can do at home", "department": "rehabilitation", "age_range": "20~29", "gender": "male"},
{"text": "I'm 55, genderfluid, and recovering from a rotator cuff repair last month. Sling's off now and I can't lift my arm past shoulder height. Who helps get the motion back?", "department": "rehabilitation", "age_range": "50~59", "gender": "other"},
# rheumatology
{"text": "Rash across my cheeks in the sun, joint pain in my hands and wrists, and my ANA came back positive. I'm a 32 year old woman. My aunt has lupus.", "department": "rheumatology", "age_range": "30~39", "gender": "female"},
{"text": "Gout attacks in his big toe 4 times this year, my husband is 51 and already off beer. We want to ask whether he should be on allopurinol for good.", "department": "rheumatology", "age_range": "50~59", "gender": "male"},
{"text": "Achy shoulders and hips every morning for about 2 months, can barely get out of bed until 10. 69 year old woman, sed rate was high.", "department": "rheumatology", "age_range": "60~69", "gender": "female"},
{"text": "I'm 25, lower back is stiff every morning for an hour and gets better when I move around. It's been over a year. Doctor mentioned testing for HLA-B27.", "department": "rheumatology", "age_range": "20~29", "gender": "undisclosed"},
# urology
{"text": "Up 4 times a night to pee and the stream is weak. 66 yr old man. PSA was 3 last year. What can help?", "department": "urology", "age_range": "60~69", "gender": "male"},
{"text": "Had two kidney stones this year, passed both. Dad is 71 and wants to know how to stop making them. He drinks mostly coffee and Coke.", "department": "urology", "age_range": "70~79", "gender": "male"},
{"text": "I'm a 34 year old woman and I leak urine when I cough, sneeze or jump on the trampoline with the kids since my third baby. Embarrassing.", "department": "urology", "age_range": "30~39", "gender": "female"},
{"text": "Our baby boy is 8 months and the doctor says one of his testicles never came down into the sac. He's healthy otherwise. Who fixes that?", "department": "urology", "age_range": "0~9", "gender": "male"},
# nutrition
{"text": "I'd like help making a meal plan. I'm 47, 5'7, 250 lbs, eat out a lot because of my schedule. Want to lose weight without fad diets.", "department": "nutrition", "age_range": "40~49", "gender": "undisclosed"},
{"text": "My 16 year old daughter went vegetarian and I don't know how to make sure she gets enough protein and iron. She's a runner.", "department": "nutrition", "age_range": "10~19", "gender": "female"},
{"text": "I'm a 38 yo man trying to put on muscle. lifting 5 days a week. how much protein should I really eat and is the powder from Walmart ok", "department": "nutrition", "age_range": "30~39", "gender": "male"},
{"text": "Meemaw is 89 and doesn't eat much, mostly coffee and toast. Lost a little weight. What easy foods or shakes would give her more nutrition?", "department": "nutrition", "age_range": "80+", "gender": "female"},
]
