# Hand-written triage items. Each tuple: (text, age_range, gender, department)

ITEMS = [
    # cardiology
    ("For a few weeks my heart sometimes flutters and skips when I'm lying in bed, it lasts a few seconds then settles. I'm a 45 year old woman and I do drink a lot of coffee. Otherwise I feel fine.", "40~49", "female", "cardiology"),
    ("my dad is 83 and his ankles swell up every evening, he gets puffed out walking to the corner shop and now needs 3 pillows to sleep or he feels breathless", "80+", "male", "cardiology"),
    ("35 M. my smartwatch keeps flagging an irregular rhythm and a few times a week my heart races at rest for about ten minutes then stops suddenly. no other problems", "30~39", "male", "cardiology"),
    ("I get a tight feeling across my chest walking up hills, it goes away within a couple of minutes when I stop. Happening for two months. 63, woman, ex smoker.", "60~69", "female", "cardiology"),
    # dentistry
    ("back tooth hurts when i drink anything cold and the ache hangs around for ages after. 28f", "20~29", "female", "dentistry"),
    ("My 8 yr old's gums bleed when he brushes and one of his big front teeth is coming in behind the baby tooth which hasn't fallen out. Does it need pulling?", "0~9", "male", "dentistry"),
    ("I'm 52 and my dentures have started rubbing, I've got sore spots on the gum underneath and it hurts to chew.", "50~59", "undisclosed", "dentistry"),
    ("wisdom tooth coming through at the back, gum over it is swollen with a bad taste and I can hardly open my mouth wide. 21 year old guy", "20~29", "male", "dentistry"),
    # dermatology
    ("I have a mole on my back and my wife says it has changed shape and gone two different shades of brown. I'm 58.", "50~59", "male", "dermatology"),
    ("Red scaly patches on my elbows and knees that flake off like silvery scales and itch a lot. 33 F.", "30~39", "female", "dermatology"),
    ("my daughter is 16 and has really bad spots on her face and back, some are deep painful lumps, shes getting really upset and nothing from the chemist works", "10~19", "female", "dermatology"),
    ("Itchy rings on my thigh spreading outwards, red raised edge and clearer in the middle. 41.", "40~49", "undisclosed", "dermatology"),
    # endocrinology
    ("Always cold, exhausted, gaining weight, hair coming out in the shower and my skin is dry as paper. 38F. My mum had something with her neck gland.", "30~39", "female", "endocrinology"),
    ("I'm a 29 yo woman, lately losing weight without trying, heart pounding, hands shaky, sweating loads, and my husband says my eyes look staring.", "20~29", "female", "endocrinology"),
    ("our son is 14 and still way shorter than everyone in his class and hasnt started puberty at all. me and his dad are average height. should we be getting him checked", "10~19", "male", "endocrinology"),
    ("55 yr old man. my calcium came back high on two blood tests, I've had a kidney stone, and I'm tired and thirsty all the time. GP says to ask a specialist.", "50~59", "male", "endocrinology"),
    # family-medicine
    ("I'm 40 and haven't had a check up in years. What tests should a man my age get?", "40~49", "male", "family-medicine"),
    ("cold for 5 days now, blocked nose, bit of a cough, no fever. 24f. when will it end lol", "20~29", "female", "family-medicine"),
    ("Just feel tired and a bit run down for about a month, nothing specific, sleeping ok, eating ok. 47.", "40~49", "undisclosed", "family-medicine"),
    ("my husband is 66 and apparently due his flu and shingles vaccines and a general MOT. where does he start", "60~69", "male", "family-medicine"),
    # gastroenterology
    ("Months of heartburn most nights, burning coming up into my throat with a sour taste, worse after a big meal or lying down. 50 M.", "50~59", "male", "gastroenterology"),
    ("constipation one week diarrhea the next, bloated and crampy for about a year, worse when im stressed. 27 female", "20~29", "female", "gastroenterology"),
    ("Mum is 67. For two months solid food feels like it sticks halfway down her chest and she's lost a bit of weight. Liquids are fine.", "60~69", "female", "gastroenterology"),
    ("I get diarrhoea and bloating every time I eat bread or pasta, and an itchy blistery rash on my elbows sometimes. I'm 34.", "30~39", "undisclosed", "gastroenterology"),
    # general-surgery
    ("There's a soft lump in my groin that pops out when I cough or lift stuff and goes back in when I lie down. 45M", "40~49", "male", "general-surgery"),
    ("pain under my right ribs after fatty meals, comes and goes, had maybe 5 of these attacks over the last few months, lasting a few hours. 42 female", "40~49", "female", "general-surgery"),
    ("Sore lump near the top of my bum crack that keeps getting infected and leaking. 22 yr old guy, fed up.", "20~29", "male", "general-surgery"),
    ("My dad (70) has a bulge by his belly button that has been getting bigger over the years. It doesn't hurt him. Does it need fixing?", "70~79", "male", "general-surgery"),
    # hematology-oncology
    ("Noticed lumps in my neck and armpit that don't hurt, plus soaking night sweats and I've lost 6 kg without trying. 31 M.", "30~39", "male", "hematology-oncology"),
    ("my blood test said my platelets are very low and I keep getting little bruises and tiny red dots on my shins I can't explain. 26 F", "20~29", "female", "hematology-oncology"),
    ("Mum is 74. Her GP said her white count was very high on a routine blood test and wants her seen by a specialist. What could that mean?", "70~79", "female", "hematology-oncology"),
    ("I'm 60, exhausted all the time, my bones ache especially my back, I keep getting chest infections and my blood test showed a lot of protein.", "60~69", "undisclosed", "hematology-oncology"),
    # infectious-diseases
    ("Back from a trip to India 10 days ago and I've had diarrhoea on and off ever since with cramps, no blood. 38 M. Keeping fluids up.", "30~39", "male", "infectious-diseases"),
    ("im 25 (m). had unprotected sex about 3 weeks ago, now a sore down there that doesnt hurt and a rash on my palms", "20~29", "male", "infectious-diseases"),
    ("Three rounds of antibiotics for a wound infection on my foot that won't clear and the swab says the bug is resistant. 57 F, diabetic.", "50~59", "female", "infectious-diseases"),
    ("my husband (44) got a tick bite hiking 2 weeks ago, now theres a spreading red ring round the spot and he's achy and tired", "40~49", "male", "infectious-diseases"),
    # nephrology
    ("My kidney function number has dropped from 68 to 42 over two years. I'm 64 with diabetes and high blood pressure. How worried should I be?", "60~69", "undisclosed", "nephrology"),
    ("urine really frothy and my legs and eyelids are puffy in the mornings. 19 years old", "10~19", "undisclosed", "nephrology"),
    ("I'm 48. My dad and my aunt both had cysts all over their kidneys. My blood pressure is creeping up and the dipstick showed blood in my urine.", "40~49", "undisclosed", "nephrology"),
    ("My husband (58) is on dialysis three times a week and his potassium keeps coming back high. What should his team be adjusting?", "50~59", "male", "nephrology"),
    # neurology
    ("For the last year my right hand shakes when it's resting on my lap and my handwriting has gotten really small. 67, male.", "60~69", "male", "neurology"),
    ("i get headaches on one side with zigzag flashing lights before them, about twice a month, have to lie in the dark. 25 f", "20~29", "female", "neurology"),
    ("Numbness and tingling in both feet that has slowly crept up to my ankles over the past few months. I'm 53.", "50~59", "undisclosed", "neurology"),
    ("My wife is 71 and keeps forgetting conversations we had an hour ago, last week she got lost driving to her sister's house which she's done for 30 years.", "70~79", "female", "neurology"),
    # obstetrics-gynecology
    ("My periods have got really heavy, I'm flooding through a pad every hour on day 2 and they last 9 days now. 44, female.", "40~49", "female", "obstetrics-gynecology"),
    ("We've been trying for a baby for 14 months and nothing. I'm 34 and my cycles are all over the place, anywhere from 25 to 50 days.", "30~39", "female", "obstetrics-gynecology"),
    ("51 and no period for 8 months, hot flushes, night sweats, and sex has become painful. what are my options", "50~59", "female", "obstetrics-gynecology"),
    ("my daughter is 17 and her periods are so painful every month she misses school, painkillers barely touch it", "10~19", "female", "obstetrics-gynecology"),
    # ophthalmology
    ("Eyes feel gritty and dry by the end of the work day, burning too. I'm on screens all day. 30 F.", "30~39", "female", "ophthalmology"),
    ("Dad is 84 and says his sight has gone cloudy, like looking through a dirty window, and headlights glare terribly at night.", "80+", "male", "ophthalmology"),
    ("red bump on my upper eyelid for 3 weeks. not painful anymore just a hard little lump. 23", "20~29", "undisclosed", "ophthalmology"),
    ("My 5 yo son's left eye sometimes drifts outwards when he's tired. His teacher noticed it too.", "0~9", "male", "ophthalmology"),
    # orthopedics
    ("twisted my knee playing football 3 weeks ago, it keeps giving way and sometimes locks and I have to wiggle it to straighten. 27 M", "20~29", "male", "orthopedics"),
    ("Deep ache in my groin when I walk, hip is stiff in the mornings, putting socks on is a struggle. 62 year old woman.", "60~69", "female", "orthopedics"),
    ("pain on the outside of my elbow when I grip a mug or turn a key. I'm 46 and a plasterer so I can't exactly rest it", "40~49", "undisclosed", "orthopedics"),
    ("My son is 13, sore just below his kneecap when he runs and there's a bony bump there. He plays football 4 times a week.", "10~19", "male", "orthopedics"),
    # otolaryngology
    ("Ringing in my left ear and it feels blocked, hearing is muffled on that side for a month now. 56 man.", "50~59", "male", "otolaryngology"),
    ("my 4 year old snores really loudly, sometimes stops breathing for a few seconds at night and always sleeps with his mouth open", "0~9", "male", "otolaryngology"),
    ("Hoarse voice for six weeks with no cold. I'm a teacher and I smoke. 49F.", "40~49", "female", "otolaryngology"),
    ("constantly blocked nose on one side, lost my sense of smell, gunk dripping down the back of my throat for months. 37", "30~39", "undisclosed", "otolaryngology"),
    # pediatrics
    ("my 18 month old has a runny nose, temp of 38.0 and is a bit grumpy but still eating and drinking ok", "0~9", "undisclosed", "pediatrics"),
    ("My daughter is 6 and keeps getting tummy aches on school mornings, eats fine, poos fine, no other symptoms.", "0~9", "female", "pediatrics"),
    ("Our son is 2 and not saying any words yet, just points and babbles. He understands us I think.", "0~9", "male", "pediatrics"),
    ("7yo girl, cough and fever around 38.5 for 3 days, now saying her ear hurts. still playing between doses of calpol", "0~9", "female", "pediatrics"),
    # psychiatry
    ("I've felt down most days for two months, no interest in anything, can't sleep, barely eating. 36 M.", "30~39", "male", "psychiatry"),
    ("My son is 20 and has started saying people on the TV are sending him messages, he's stopped going out and barely sleeps. He won't see anyone.", "20~29", "male", "psychiatry"),
    ("i have to check the front door is locked like 20 times before i leave and its making me late for work every day. 31 F", "30~39", "female", "psychiatry"),
    ("Heart races, I can't stop worrying about everything, barely sleep since the divorce. 45.", "40~49", "undisclosed", "psychiatry"),
    # pulmonology
    ("Cough for 3 months, worse first thing in the morning with phlegm. Smoked for 30 years. 58 M.", "50~59", "male", "pulmonology"),
    ("I get breathless climbing the stairs and it has slowly got worse over a year, with a dry cough, and my fingertips have gone rounded. 66 female.", "60~69", "female", "pulmonology"),
    ("50 yo man. wife says i stop breathing in my sleep and snore like a train. i'm falling asleep at my desk in the day", "50~59", "male", "pulmonology"),
    ("wheezy and tight chested when I exercise or go out in cold air, 17 year old girl, play hockey", "10~19", "female", "pulmonology"),
    # rehabilitation
    ("My dad (74) had a stroke 2 months ago. He's home now but his left arm is still weak and he struggles walking. What therapy can help him get more back?", "70~79", "male", "rehabilitation"),
    ("knee replacement 6 weeks ago and I still can't bend it past 90 degrees. 68 F. Is it too late to get more bend?", "60~69", "female", "rehabilitation"),
    ("tore my ACL and had it reconstructed 4 months ago. when can I start running and what exercises should I be doing now? 24 male", "20~29", "male", "rehabilitation"),
    ("After a car crash last year and surgery on my neck I'm having to relearn everyday stuff, my hands are weak and clumsy. 39. Where do I get help with that?", "30~39", "undisclosed", "rehabilitation"),
    # rheumatology
    ("fingers swollen and stiff every morning for over an hour, both hands, knuckles feel warm. 42 F", "40~49", "female", "rheumatology"),
    ("Big toe joint suddenly goes red hot and swollen, can't bear the sheet on it. Third time this year. 49 M, I do like a beer.", "40~49", "male", "rheumatology"),
    ("I'm 27 female, achy joints, a rash across my cheeks when I'm in the sun, mouth ulcers and tired all the time.", "20~29", "female", "rheumatology"),
    ("Lower back stiff every morning for years, gets better once I move around, worse if I sit still. 30 yo man.", "30~39", "male", "rheumatology"),
    # urology
    ("I'm 69, up 4 times a night to pee, the stream is weak and I dribble after.", "60~69", "male", "urology"),
    ("blood in my pee once last week, no pain at all. 61 and a smoker", "60~69", "undisclosed", "urology"),
    ("We've been trying for a baby for 2 years, my wife's tests are fine but my semen test came back low count. 35. What next?", "30~39", "male", "urology"),
    ("44 year old man, trouble getting and keeping erections for the last year. otherwise healthy, bit overweight", "40~49", "male", "urology"),
    # nutrition
    ("I'm 26, non-binary, vegan and training for a half marathon. How do I get enough protein and iron?", "20~29", "other", "nutrition"),
    ("My husband (55) was just told his cholesterol is high. What should I be cooking for him?", "50~59", "male", "nutrition"),
    ("what should my 10 month old be eating now? she only wants purees and milk and spits out lumps", "0~9", "female", "nutrition"),
    ("Trying to lose 15 kg, 43 year old woman, I'm always starving on diets. How should I plan my meals?", "40~49", "female", "nutrition"),
]
