# Hand-written triage items: (text, age_range, gender, department)
ITEMS = [
# cardiology
("I'm 58 and get a tight feeling across my chest when I walk up the hill to work. It eases off after a few minutes standing still. Been going on about a month.", "50~59", "undisclosed", "cardiology"),
("my heart keeps skipping beats and fluttering esp lying in bed at night. 34 yr old woman, no other health problems, don't drink much coffee", "30~39", "female", "cardiology"),
("Dad is 72. His ankles have been swelling up, he gets breathless lying flat and now sleeps propped on 3 pillows. More tired than usual too.", "70~79", "male", "cardiology"),
("doctor heard a murmur at my son's sports physical, hes 16, plays basketball, feels totally fine. what does a murmur mean and what happens now", "10~19", "male", "cardiology"),
# dentistry
("one of my back teeth zings when i drink anything cold and theres a dark spot on it. 29F", "20~29", "female", "dentistry"),
("My gums bleed every time I brush and they look puffy and red, and my breath is bad whatever I do. I'm 45.", "40~49", "undisclosed", "dentistry"),
("my 7 yo's big front tooth is coming in behind the baby one, which still hasn't fallen out. should we pull it?", "0~9", "undisclosed", "dentistry"),
("jaw clicks and aches when I chew, and my husband says I grind my teeth at night. (f, 38)", "30~39", "female", "dentistry"),
# dermatology
("Got a mole on my back my wife says has got bigger and darker, the edges look uneven now. I'm 61.", "60~69", "male", "dermatology"),
("itchy red scaly patches on my elbows and knees with silvery flakes, been on and off for a year. 25 y/o guy", "20~29", "male", "dermatology"),
("My 17 year old daughter has really bad spots on her face and back, they're leaving scars and nothing from the chemist helps. She's getting upset about it.", "10~19", "female", "dermatology"),
("hair falling out in round bald patches on my scalp, the skin is smooth there, no itching. im 33 and nonbinary if that matters", "30~39", "other", "dermatology"),
# endocrinology
("lost 6kg without trying, my heart races, I'm always hot and sweaty and my hands shake. 28 year old woman", "20~29", "female", "endocrinology"),
("Gained weight, always cold, hair thinning, constipated, tired all the time. Blood test said TSH high. 52 F", "50~59", "female", "endocrinology"),
("my husband (44) has been drinking loads of water and peeing constantly, he's lost weight and says his vision is blurry", "40~49", "male", "endocrinology"),
("I'm 15 and a boy and all my mates have grown loads but I'm still really short and nothing's happening down there either. Is something wrong with me?", "10~19", "male", "endocrinology"),
# family-medicine
("had a cold for 5 days, runny nose, sore throat, bit of a cough. 31. anything to make it go quicker?", "30~39", "undisclosed", "family-medicine"),
("I'm 50 and haven't had a check-up in about 10 years. What should I ask to be tested for?", "50~59", "undisclosed", "family-medicine"),
("feeling tired all the time for a few months, sleeping ok, cant think of a reason. female 42", "40~49", "female", "family-medicine"),
("Need a general health check before starting a new job abroad and want to catch up on any vaccines I missed as a kid. 23M", "20~29", "male", "family-medicine"),
# gastroenterology
("burning in my upper stomach and throat after eating, worse lying down, sour taste in my mouth at night. 39 male", "30~39", "male", "gastroenterology"),
("constant bloating and switching between diarrhoea and constipation for about a year, cramps get better after I go to the loo. 27 year old woman", "20~29", "female", "gastroenterology"),
("I'm 63 and my bowels have changed, looser and more often for two months now, sometimes blood mixed in. My dad had bowel cancer.", "60~69", "undisclosed", "gastroenterology"),
("skin and eyes have gone a bit yellow and my wee is dark, itchy all over. 55 yo man, I do drink a fair bit", "50~59", "male", "gastroenterology"),
# general-surgery
("Ive got a bulge in my groin that pops out when I cough or lift stuff and goes back in when I lie down. 46 M", "40~49", "male", "general-surgery"),
("pain under my right ribs after fatty meals, comes in attacks lasting a couple of hours, the scan showed gallstones. 41 year old female. do they have to take it out?", "40~49", "female", "general-surgery"),
("lump near the top of my bum crack keeps swelling up and leaking pus, 3rd time this year. 21yo guy", "20~29", "male", "general-surgery"),
("My mum (68) has a soft lump on her back about the size of a golf ball, doesn't hurt, has grown slowly over years", "60~69", "female", "general-surgery"),
# hematology-oncology
("I keep getting big bruises I don't remember getting and my gums bleed easily. 35 F", "30~39", "female", "hematology-oncology"),
("My husband is 59. He's been having night sweats that soak the sheets, has lost weight, and there's a painless lump in his neck that's been growing for 6 weeks.", "50~59", "male", "hematology-oncology"),
("routine bloods showed platelets at 85, repeat also low. feel completely fine. 66 male", "60~69", "male", "hematology-oncology"),
("I'm 70, diagnosed with CLL two years ago, on watch and wait. The lymph nodes in my armpits seem bigger lately. Should my next review be sooner?", "70~79", "undisclosed", "hematology-oncology"),
# infectious-diseases
("Back from Thailand 3 weeks ago and I've had diarrhoea on and off ever since, with cramps, no fever. 26 female", "20~29", "female", "infectious-diseases"),
("had unprotected sex with a new partner 2 wks ago and now I've got a sore throat, a rash and swollen glands. could i have caught something? 24M", "20~29", "male", "infectious-diseases"),
("Bitten by a tick hiking 2 weeks ago, now there's a big red ring-shaped rash spreading out round the spot and I'm achy and tired. I'm 45.", "40~49", "undisclosed", "infectious-diseases"),
("My TB skin test at work came back positive but I feel fine, no cough or anything. What happens now? I'm a 37 yo nurse, female.", "30~39", "female", "infectious-diseases"),
# nephrology
("bloods say my eGFR is 38 and dropping each year. I'm diabetic, 64 m. what can slow it down", "60~69", "male", "nephrology"),
("foamy pee and my ankles and eyes are puffy in the mornings. 30 year old woman.", "30~39", "female", "nephrology"),
("my father is 77 and his creatinine went up after starting a new blood pressure tablet, his legs are swollen too", "70~79", "male", "nephrology"),
("I have polycystic kidneys like my mum did. I'm 40 and my blood pressure is creeping up. When should I see a kidney specialist?", "40~49", "undisclosed", "nephrology"),
# neurology
("My right hand has started shaking when it's resting in my lap and my handwriting has got smaller. I'm 66 and my wife says I've slowed down.", "60~69", "male", "neurology"),
("headaches most days for the past 3 months, worse in the mornings, painkillers doing less and less. 29 f", "20~29", "female", "neurology"),
("pins and needles and numbness in both feet slowly creeping up to my ankles over the last year. 57 male, not diabetic", "50~59", "male", "neurology"),
("Mum is 84 and keeps forgetting conversations we had yesterday, repeats herself, and last week got lost driving to a shop she's been going to for years.", "80+", "female", "neurology"),
# obstetrics-gynecology
("periods have got really heavy, flooding through pads every hour on the first days. 44 f", "40~49", "female", "obstetrics-gynecology"),
("we've been trying for a baby for 14 months with no luck. I'm 34 and my periods are all over the place", "30~39", "female", "obstetrics-gynecology"),
("I'm 31 and 20 weeks pregnant, the midwife said my bump is measuring small. What does that mean for the baby?", "30~39", "female", "obstetrics-gynecology"),
("pain during sex and really painful periods that make me miss work every month. 26", "20~29", "female", "obstetrics-gynecology"),
# ophthalmology
("eyes feel gritty and dry all day, worse at the computer. 48 f", "40~49", "female", "ophthalmology"),
("I'm 68 and the middle of my vision in my right eye has gone wavy, door frames look bent.", "60~69", "undisclosed", "ophthalmology"),
("my 4 year old's left eye turns in sometimes, especially when he's tired", "0~9", "male", "ophthalmology"),
("glare from headlights at night is terrible now and everything looks a bit foggy. 83 year old man, still driving", "80+", "male", "ophthalmology"),
# orthopedics
("twisted my knee playing football 3 weeks ago, now it locks and gives way going down stairs. 22M", "20~29", "male", "orthopedics"),
("I'm 55, my shoulder hurts when I lift my arm above my head and I can't sleep on that side.", "50~59", "undisclosed", "orthopedics"),
("pain in my groin from the hip, stiff in the mornings, struggling to put socks on. 71 woman", "70~79", "female", "orthopedics"),
("My 13 year old daughter's back curves to one side and one shoulder sits higher than the other, I noticed it at swimming.", "10~19", "female", "orthopedics"),
# otolaryngology
("ringing in my right ear and the hearing on that side has gone down over a few months. 52 m", "50~59", "male", "otolaryngology"),
("nose blocked on one side all the time, I can hardly smell anything. 38", "30~39", "undisclosed", "otolaryngology"),
("my son is 6, snores really loudly and stops breathing for a few seconds at night, his tonsils are huge", "0~9", "male", "otolaryngology"),
("Hoarse voice for 5 weeks now, not getting better. I'm a teacher, 45, female, and I smoke.", "40~49", "female", "otolaryngology"),
# pediatrics
("My 3 year old has had a runny nose and cough for 4 days and a low fever yesterday. Eating less but still playing. Anything I can give?", "0~9", "undisclosed", "pediatrics"),
("my 9 month old isn't crawling yet and only sits if propped up. normal or not?", "0~9", "undisclosed", "pediatrics"),
("My daughter is 5, she's had a barking cough at night and a croaky voice for 2 days. Fine in the daytime, breathing normally.", "0~9", "female", "pediatrics"),
("our 2 yr old son has bright red cheeks like he's been slapped, he had a mild fever last week and now seems fine otherwise", "0~9", "male", "pediatrics"),
# psychiatry
("I can't stop checking the door locks and the oven, it takes me an hour to leave the house. 30 male", "30~39", "male", "psychiatry"),
("I'm a new mum and since my baby was born 3 months ago I feel numb and cry every day, can't enjoy anything. I'm 27.", "20~29", "female", "psychiatry"),
("My 19 year old son has become really withdrawn, says people on the TV are sending him messages, barely sleeping", "10~19", "male", "psychiatry"),
("I get panic attacks in crowded places, heart racing, feel like I'm going to faint, so I've stopped going out much. 41 f", "40~49", "female", "psychiatry"),
# pulmonology
("cough for 3 months now, smoked for 30 years, and I get breathless on the stairs. 61 m", "60~69", "male", "pulmonology"),
("wheezy and tight chested at night and when I run in the cold, 24 female", "20~29", "female", "pulmonology"),
("CT showed a 6mm nodule in my lung, what happens next? 56", "50~59", "undisclosed", "pulmonology"),
("Dry cough and getting more out of breath over the last year, my fingertips have gone bulbous. 68 year old retired builder, married man", "60~69", "male", "pulmonology"),
# rehabilitation
("Dad is 69 and had a stroke 2 months ago, he's home now but his left arm is still weak and he struggles to walk. What therapy can he get?", "60~69", "male", "rehabilitation"),
("broke my ankle in April, cast is off but I'm limping and it's really stiff. 36 f", "30~39", "female", "rehabilitation"),
("knee replacement 3 weeks ago, struggling to bend it past 80 degrees. 67 man", "60~69", "male", "rehabilitation"),
("After a car accident last year I've still got neck stiffness and my arm is weak. 44 female. What kind of exercises?", "40~49", "female", "rehabilitation"),
# rheumatology
("fingers swollen and stiff every morning for over an hour, both hands. 38 female", "30~39", "female", "rheumatology"),
("big toe went hot, red and insanely painful overnight, had this once before. 49 m, like my beer", "40~49", "male", "rheumatology"),
("I'm 24, tired all the time, joints ache, and there's a rash across my cheeks and nose that gets worse in the sun", "20~29", "undisclosed", "rheumatology"),
("lower back stiffness worse in the mornings and better once I move, been years now. 29 yo guy", "20~29", "male", "rheumatology"),
# urology
("getting up 4 times a night to pee and the stream is weak. 64 man", "60~69", "male", "urology"),
("blood in my pee twice this month, no pain at all. I'm 70, ex smoker", "70~79", "undisclosed", "urology"),
("I leak urine when I cough or sneeze, had 3 kids. 46 f", "40~49", "female", "urology"),
("trouble getting and keeping an erection for about a year. 52 M, diabetic", "50~59", "male", "urology"),
# nutrition
("I want to go vegan, how do I make sure I get enough protein and B12? 19 f", "10~19", "female", "nutrition"),
("my 2 year old is a super fussy eater, only eats pasta and yoghurt. how do I get more veg into her diet?", "0~9", "female", "nutrition"),
("I'm 57 and pre-diabetic. What should I be eating for breakfast? I love my cereal.", "50~59", "undisclosed", "nutrition"),
("training for a marathon, 33 m, how many carbs should i eat in the days before the race?", "30~39", "male", "nutrition"),
]
