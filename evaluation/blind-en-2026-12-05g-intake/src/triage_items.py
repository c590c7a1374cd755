# Hand-written triage items. Each entry: (text, age_range, gender, department)

ITEMS = [
    # cardiology
    ("My heart sometimes does a flip-flop thing and then races for a few minutes, a few times a week, mostly when I'm lying in bed. I'm a 34 year old woman, no other health problems.",
     "30~39", "female", "cardiology"),
    ("Dad is 72. His ankles have been swelling more and more over the past month and he gets puffed out walking to the mailbox. He has to sleep propped up on three pillows now.",
     "70~79", "male", "cardiology"),
    ("home bp keeps reading about 160/100 even on amlodipine 10. 56 yr old guy, not overweight. what else can be done",
     "50~59", "male", "cardiology"),
    ("I get a tightness in my chest when I walk fast uphill and it goes away when I stop and rest for a couple of minutes. It's been like this for about 2 months. I'm 61.",
     "60~69", "undisclosed", "cardiology"),

    # dentistry
    ("back tooth lower left really hurts when i drink anything cold and the ache hangs around for ages after. 27F",
     "20~29", "female", "dentistry"),
    ("My gums are pulling back and my front bottom teeth feel slightly loose. I'm 48 and smoked for 20 years.",
     "40~49", "undisclosed", "dentistry"),
    ("my 7 yo son knocked his new front tooth on the trampoline and a corner chipped off. he says it doesnt really hurt. what should we do",
     "0~9", "male", "dentistry"),
    ("Had a wisdom tooth out last week and now there's a horrible taste and a throbbing pain coming from the hole, going up to my ear. I'm in my early twenties.",
     "20~29", "undisclosed", "dentistry"),

    # dermatology
    ("I'm a 45 yo woman and my husband says a mole on my back has changed shape and gone darker at one edge. It's about 7mm across now.",
     "40~49", "female", "dermatology"),
    ("Itchy red scaly patches on both elbows and knees for about a year, with silvery flakes that come off on my clothes. 32 m",
     "30~39", "male", "dermatology"),
    ("really bad spots, painful lumps along my chin and jaw that leave marks, tried every wash from the chemist. im 17 and a girl if that matters",
     "10~19", "female", "dermatology"),
    ("Grandad is 83 and has a crusty sore on the top of his ear that bleeds a little and never heals. It's been about 4 months.",
     "80+", "male", "dermatology"),

    # endocrinology
    ("I've lost 6 kilos without trying, I'm sweaty all the time, my hands shake and my heart feels fast even resting. 29 year old woman.",
     "20~29", "female", "endocrinology"),
    ("our son is 17 and much shorter than his mates, and he hasn't really started puberty, no voice change yet, no facial hair",
     "10~19", "male", "endocrinology"),
    ("My sugars are all over the place even on metformin and gliclazide, my hba1c went up to 9.1 last time. I'm 58 and would like to know what the next step is.",
     "50~59", "undisclosed", "endocrinology"),
    ("41 f. gaining weight round my middle and my face has gone round, getting purple stretch marks on my stomach, and my blood pressure has shot up this year.",
     "40~49", "female", "endocrinology"),

    # family-medicine
    ("Turning 50 next month and haven't had a check-up in years. What screening should I be getting? I'm a man, no real complaints.",
     "40~49", "male", "family-medicine"),
    ("cold for 5 days now, runny nose, bit of a sore throat and a cough, no fever. I'm 24. anything to get over it faster?",
     "20~29", "undisclosed", "family-medicine"),
    ("Just feel tired all the time lately and a bit achy all over, nothing specific, sleeping ok. 38 year old mum of three.",
     "30~39", "female", "family-medicine"),
    ("I've had a flu thing for 3 days, aching everywhere, temp 38, and I need a note for work. I'm 33, otherwise healthy.",
     "30~39", "undisclosed", "family-medicine"),

    # gastroenterology
    ("Burning behind my breastbone after meals and a sour taste coming up at night, worse lying down. Been going on for months. 44 m",
     "40~49", "male", "gastroenterology"),
    ("for 6 weeks my poo has been loose 4 or 5 times a day with mucus and sometimes blood in it. 26, female",
     "20~29", "female", "gastroenterology"),
    ("Mum is 67, she gets bloated and has pale greasy stools that float and are hard to flush, and she's losing weight.",
     "60~69", "female", "gastroenterology"),
    ("I've had alternating constipation and diarrhoea for years, worse with stress, with cramps that ease after I go. I'm 31.",
     "30~39", "undisclosed", "gastroenterology"),

    # general-surgery
    ("There's a bulge in my groin that pops out when I cough or lift and goes back in when I lie down. 55 year old bloke, I work in construction.",
     "50~59", "male", "general-surgery"),
    ("got a lump just above my bum crack near the tailbone, every few months it swells and leaks smelly stuff. 22 yr old guy",
     "20~29", "male", "general-surgery"),
    ("I get pain under my right ribs after fatty meals lasting an hour or two, and the scan showed gallstones. What happens next? 49 year old woman.",
     "40~49", "female", "general-surgery"),
    ("Soft lump on my shoulder, painless, has grown slowly over 2 years and is about the size of a golf ball now. I'm 63.",
     "60~69", "undisclosed", "general-surgery"),

    # hematology-oncology
    ("My blood test showed my white count is high and they said something about 'lymphocytes'. I've also got swollen glands in my neck and armpits that don't hurt. 66, male.",
     "60~69", "male", "hematology-oncology"),
    ("bruising really easily lately and I get tiny red dots on my legs, my gums bleed and I'm knackered all the time. 35F",
     "30~39", "female", "hematology-oncology"),
    ("my haemoglobin keeps coming back low even though I've been on iron tablets 6 months. I'm 52 and my periods stopped 2 years ago, so it's not that",
     "50~59", "female", "hematology-oncology"),
    ("My husband finished treatment for bowel cancer last year and his CEA has gone up a bit on the latest blood test. He is 59. Who should we be seeing about this?",
     "50~59", "male", "hematology-oncology"),

    # infectious-diseases
    ("Came back from Ghana 10 days ago and I've had fevers coming and going with shaking chills and a headache. I'm a 40 year old man.",
     "40~49", "male", "infectious-diseases"),
    ("condom broke 2 days ago with someone whose status I don't know, worried about HIV. what should I do? 27M",
     "20~29", "male", "infectious-diseases"),
    ("I keep getting boils on my legs and buttocks, they've been coming back for months and now my partner has them too. I'm 36.",
     "30~39", "undisclosed", "infectious-diseases"),
    ("Positive TB blood test at my new nursing job, but I have no symptoms at all. 23, female. Do I need treatment?",
     "20~29", "female", "infectious-diseases"),

    # nephrology
    ("my kidney function number (eGFR) dropped from 60 to 42 in a year. I'm diabetic and 64. is that bad",
     "60~69", "undisclosed", "nephrology"),
    ("My pee has been really foamy for a couple of months and my eyes and legs are puffy in the mornings. 30 year old male.",
     "30~39", "male", "nephrology"),
    ("Mum is 77. Her creatinine has been creeping up and her potassium was high on the last blood test. She takes ramipril and spironolactone.",
     "70~79", "female", "nephrology"),
    ("Kidney cysts run in my dad's family and my scan just showed cysts on both kidneys. I'm 28 and female. What does this mean for me?",
     "20~29", "female", "nephrology"),

    # neurology
    ("my right hand shakes when it's resting, like I'm rolling a pill between my fingers, and my handwriting has got tiny. I'm 68, male",
     "60~69", "male", "neurology"),
    ("Headaches almost every day for 3 months now, worse first thing in the morning. I'm 42 and painkillers barely touch them.",
     "40~49", "undisclosed", "neurology"),
    ("tingling and numbness in both feet slowly creeping up my legs over a few months, burning at night. 57 F",
     "50~59", "female", "neurology"),
    ("Last year I had blurry vision in one eye for a couple of weeks that got better, and now I get pins and needles in my legs that come and go. I'm a 31 year old woman.",
     "30~39", "female", "neurology"),

    # obstetrics-gynecology
    ("periods have become really heavy, flooding through pads and passing clots, and they last 9 days now. im 43",
     "40~49", "female", "obstetrics-gynecology"),
    ("We've been trying for a baby for 14 months with no luck. My cycles are irregular, anywhere from 35 to 50 days. I'm 32.",
     "30~39", "female", "obstetrics-gynecology"),
    ("I'm 25 and 12 weeks pregnant, being sick all day every day and struggling to keep fluids down, I've lost 3 kg.",
     "20~29", "female", "obstetrics-gynecology"),
    ("itchy down there with thick white discharge, third time this year. 19 f. is something wrong with me",
     "10~19", "female", "obstetrics-gynecology"),

    # ophthalmology
    ("My vision has gone blurry and cloudy and when I drive at night the headlights have halos and glare. I'm 74.",
     "70~79", "undisclosed", "ophthalmology"),
    ("79-year-old woman. Straight lines like door frames look wavy in my right eye and there's a smudge in the middle of what I see. Came on over a few months.",
     "70~79", "female", "ophthalmology"),
    ("my 4 year old daughter's left eye turns inwards sometimes, especially when she's tired",
     "0~9", "female", "ophthalmology"),
    ("A few new floaters in my left eye over the past few weeks, no flashes, no shadow. I'm very shortsighted, male, 51.",
     "50~59", "male", "ophthalmology"),

    # otolaryngology
    ("ears ringing constantly and I'm struggling to follow conversation in noisy pubs. drummer for 25 years. 53 m",
     "50~59", "male", "otolaryngology"),
    ("blocked nose on one side for months, I've lost my sense of smell and it feels like something is in there. 46",
     "40~49", "undisclosed", "otolaryngology"),
    ("My voice has been hoarse for 2 months. I'm a 39 year old female teacher and I don't smoke.",
     "30~39", "female", "otolaryngology"),
    ("the room spins when I roll over in bed or look up at a shelf, lasts under a minute each time. I'm 60",
     "60~69", "undisclosed", "otolaryngology"),

    # orthopedics
    ("knee locks and gives way since I twisted it playing football 6 weeks ago, swells up after every game. 25, male",
     "20~29", "male", "orthopedics"),
    ("Pain in my hip and groin when I walk and stiffness in the mornings. Putting my socks on has become hard. I'm 66.",
     "60~69", "undisclosed", "orthopedics"),
    ("my daughter is 13 and I noticed one shoulder blade sticks out more than the other and her hips look uneven when she bends forward",
     "10~19", "female", "orthopedics"),
    ("Fell on my outstretched hand 2 weeks ago and I've still got pain at the base of my thumb on the wrist. 34 female.",
     "30~39", "female", "orthopedics"),

    # pediatrics
    ("my 3 year old has had a runny nose and cough for a week and now she's off her food and a bit grizzly, temp 38. she's still drinking ok",
     "0~9", "female", "pediatrics"),
    ("Our 18 month old son isn't saying any words yet. He babbles and points a lot. Should we be worried?",
     "0~9", "male", "pediatrics"),
    ("My 6 year old boy still wets the bed every night, he's dry all day. Is that normal at his age?",
     "0~9", "male", "pediatrics"),
    ("4 yr old has had diarrhoea and a little vomiting since yesterday, he's still drinking and weeing, bit tired. his sister had it last week",
     "0~9", "male", "pediatrics"),

    # psychiatry
    ("For about 3 months I can barely get out of bed. I've stopped seeing friends and nothing feels good anymore. Not sleeping, eating junk. 29 and male.",
     "20~29", "male", "psychiatry"),
    ("I have to check the door and the oven like 20 times before I can leave the house, it takes me an hour, I know it's silly. 35 F",
     "30~39", "female", "psychiatry"),
    ("My son (19) has started saying people on the TV are sending him messages. He's stopped sleeping and talks really fast.",
     "10~19", "male", "psychiatry"),
    ("panic attacks several times a week, heart pounding and I feel like I'm dying, but they've checked my heart and it's fine. im 22",
     "20~29", "undisclosed", "psychiatry"),

    # pulmonology
    ("I've had a cough for 4 months that won't shift, bringing up phlegm every morning. Smoked for 30 years. I'm 62.",
     "60~69", "undisclosed", "pulmonology"),
    ("70 year old man, short of breath now if I walk more than 100 metres, used to be fine, dry cough, and my fingertips look a bit swollen and rounded",
     "70~79", "male", "pulmonology"),
    ("husband snores loudly and stops breathing for a few seconds in the night, then gasps. he's exhausted all day. he's 48",
     "40~49", "male", "pulmonology"),
    ("My chest x-ray showed a 'small nodule' in the right lung. I'm a 57 year old woman, ex-smoker. What happens now?",
     "50~59", "female", "pulmonology"),

    # rehabilitation
    ("Had a stroke 2 months ago and I'm home now. My left arm and leg are still weak and I need help getting dressed. I'm 74. How do I get more therapy?",
     "70~79", "undisclosed", "rehabilitation"),
    ("3 weeks after ACL reconstruction. what exercises should I be doing and when can I start running? 21 male",
     "20~29", "male", "rehabilitation"),
    ("My father had a hip replacement last month. He's 81, walking with a frame but nervous to do more.",
     "80+", "male", "rehabilitation"),
    ("broke my ankle in the winter, cast came off 4 weeks ago, still limping and stiff and can't walk far. 46 yo woman",
     "40~49", "female", "rehabilitation"),

    # rheumatology
    ("My fingers are swollen and stiff every morning for over an hour, both hands, the same knuckles on each side. 38 female.",
     "30~39", "female", "rheumatology"),
    ("big toe joint went red, hot and agonising overnight, can't even bear the bedsheet touching it. second time this year. 51 m, I do like a drink",
     "50~59", "male", "rheumatology"),
    ("I'm 26, tired all the time, my joints ache, I get mouth ulcers and a rash across my cheeks that gets worse in the sun.",
     "20~29", "undisclosed", "rheumatology"),
    ("Lower back stiffness that's worst in the morning and better once I move about, been like this a couple of years. I'm a 27 year old man.",
     "20~29", "male", "rheumatology"),

    # urology
    ("Getting up 4 times a night to pee, weak stream and dribbling after. I'm 67, male.",
     "60~69", "male", "urology"),
    ("saw blood in my pee yesterday, bright pink, no pain at all. 59 yr old man, used to smoke",
     "50~59", "male", "urology"),
    ("Found a lump on one testicle in the shower. Doesn't hurt, been there a few weeks. I'm 24.",
     "20~29", "male", "urology"),
    ("Trouble getting and keeping an erection for the past year. I'm 55 and diabetic.",
     "50~59", "male", "urology"),

    # nutrition
    ("I'm going vegan. What should I watch out for to get enough protein, B12 and iron? 30, female.",
     "30~39", "female", "nutrition"),
    ("my 15 yo son is into weight training and wants protein shakes 3 times a day, is that ok for a teenager",
     "10~19", "male", "nutrition"),
    ("I'm 72 and I've lost my appetite since my wife passed, I've dropped some weight. What simple meals can I make to keep my strength up?",
     "70~79", "male", "nutrition"),
    ("Just been told my cholesterol is 6.8. Which foods should I cut out and what should I eat more of? 47, not on any meds.",
     "40~49", "undisclosed", "nutrition"),
]
