# Hand-written triage items. Each tuple: (text, age_range, gender, department)
# Written one by one by the test-set writer. No generation, no templates.

ITEMS = [
    # cardiology
    ("my heart keeps doing this flip-flop thing when i lie down at night, like it skips a beat and then thumps really hard. been going on about three weeks. im 46, female, only take vitamin d. do i need one of those 24 hour monitors?",
     "40~49", "female", "cardiology"),
    ("Dad is 72. His ankles swell up by the evening and he gets winded walking to the mailbox now, which he never used to. He had a heart attack back in 2015. His GP said to ask a specialist - which kind?",
     "70~79", "male", "cardiology"),
    ("Got told at a work health screening that my ECG showed 'left bundle branch block' and to follow it up. I feel totally fine?? 38M, run 3x a week. What does it mean and who do I see",
     "30~39", "male", "cardiology"),
    ("58 here. Home BP readings have been 150s over 95 for a month even on amlodipine 5mg, and at my last check they said I've got a leaky mitral valve that needs keeping an eye on. My old doctor retired. Who should be managing this now?",
     "50~59", "undisclosed", "cardiology"),

    # dentistry
    ("back molar bottom left throbs whenever i drink anything cold and now theres a little pimple thing on the gum next to it. 24 f. do i need a dentist or somewhere else",
     "20~29", "female", "dentistry"),
    ("My son is 8 and knocked his new front tooth on the trampoline. About a third of it is chipped off and it's a bit wobbly. No bleeding anymore. Who should see him and how soon?",
     "0~9", "male", "dentistry"),
    ("I grind my teeth so badly my partner can hear it across the room. Jaw aches every morning and one of my fillings cracked last week. Woman, 41.",
     "40~49", "female", "dentistry"),
    ("wisdom tooth coming in sideways according to the xray, gum round it flares up every couple of months and tastes gross. 19yo guy, student",
     "10~19", "male", "dentistry"),

    # dermatology
    ("There's a mole on my upper back that my wife says looks darker and uneven on one side compared to old holiday photos. I'm a 63 year old man, fair skin, lots of sunburns as a kid.",
     "60~69", "male", "dermatology"),
    ("help my face has been breaking out like crazy since i came off the pill 4 months ago, painful cystic ones along my jaw. 27. nothing from the chemist works",
     "20~29", "female", "dermatology"),
    ("Itchy scaly silvery patches on both elbows and along my hairline, flakes everywhere on my dark work shirts. Moisturiser does nothing. 35 yr old bloke, started last winter.",
     "30~39", "male", "dermatology"),
    ("my nan (84) has a sore on her shin that just won't heal and it's got a shiny pearly edge to it, the nurse at her care home said get it looked at properly",
     "80+", "female", "dermatology"),

    # endocrinology
    ("34F, lost 6kg without trying, heart racing at rest, hands shaky, I'm boiling when everyone else is cold. Blood test said TSH is low. Who do I need to see?",
     "30~39", "female", "endocrinology"),
    ("type 1 since I was 11, now 22. my HbA1c has crept up to 9.1 and I think my pump settings are off, especially overnight. need someone to go through basal rates with me",
     "20~29", "undisclosed", "endocrinology"),
    ("My daughter is 15 and hasn't started her periods yet, and she's a lot shorter than all her friends. The pediatrician did bloods and said she needs to see a hormone specialist.",
     "10~19", "female", "endocrinology"),
    ("55M. calcium came back high on routine bloods twice now (2.8). GP muttered something about parathyroid. what kind of doctor handles that?",
     "50~59", "male", "endocrinology"),

    # family-medicine
    ("havent been to a doctor in like 6 years, im 31, no real issues, just want a general check up and some bloods to be safe. where do i even start",
     "30~39", "undisclosed", "family-medicine"),
    ("Cold for 5 days - stuffy nose, scratchy throat, temp 37.8 last night. I'm 45 and otherwise healthy. Do I need anything or just ride it out?",
     "40~49", "undisclosed", "family-medicine"),
    ("Feeling tired all the time for a couple of months, sleeping badly, nothing else really. 52 year old woman. I know it could be anything, where do I start?",
     "50~59", "female", "family-medicine"),
    ("need a medical form signed for my new job and a tetanus booster while i'm at it. 26m",
     "20~29", "male", "family-medicine"),

    # gastroenterology
    ("heartburn nearly every night for months, antacids barely touch it, and sometimes food feels like it sticks halfway down. 61 male, ex smoker",
     "60~69", "male", "gastroenterology"),
    ("I'm 29 and for the last 2 months I've had on-and-off diarrhoea with blood and mucus, cramps before I go, and I've lost about 4kg. My aunt has Crohn's.",
     "20~29", "undisclosed", "gastroenterology"),
    ("Mum's 67 and has never had a colonoscopy. Her brother was diagnosed with bowel cancer at 60. Should she be screened and who arranges that?",
     "60~69", "female", "gastroenterology"),
    ("bloated constantly, flipping between constipation and loose stools, worse when work is stressful. 35, female. GP thinks IBS but wants a specialist opinion to be sure",
     "30~39", "female", "gastroenterology"),

    # general-surgery
    ("there's a soft bulge in my groin that pops out when I cough and goes back in when I lie down. 48M, I lift boxes all day at work. hernia? does it need an op?",
     "40~49", "male", "general-surgery"),
    ("Gallstones seen on ultrasound. I get attacks of pain under my right ribs after fatty meals, four this year. 39F. They mentioned taking the gallbladder out.",
     "30~39", "female", "general-surgery"),
    ("lump on my back, rubbery and moves around under the skin, been slowly growing for years and now it's golf ball sized and rubs on my rucksack strap. im 44. want it removed",
     "40~49", "undisclosed", "general-surgery"),
    ("My father is 70 and has piles that bleed and prolapse, creams haven't done anything for a year. He's finally willing to get them sorted properly.",
     "70~79", "male", "general-surgery"),

    # hematology-oncology
    ("My haemoglobin came back at 9.2 but ferritin is normal, and my platelets are also low. GP wants me to see a blood specialist. 57 f. what are they looking for?",
     "50~59", "female", "hematology-oncology"),
    ("hard painless lump in my neck about 3cm that's been there 6 weeks, and I've been getting night sweats that soak the sheets. 23M. no cold or sore throat",
     "20~29", "male", "hematology-oncology"),
    ("My wife is 49 and has just had surgery for breast cancer. The surgeon says she now needs to talk to someone about chemo versus hormone tablets. Who is that?",
     "40~49", "female", "hematology-oncology"),
    ("I bruise super easily, my gums bleed when I brush and my periods are really heavy. I'm 17. Mum says there's some kind of bleeding disorder on her side of the family.",
     "10~19", "female", "hematology-oncology"),

    # infectious-diseases
    ("came back from a month backpacking in Thailand 3 weeks ago, had diarrhoea on and off since plus an itchy rash on my feet. 33M. want to be checked for parasites",
     "30~39", "male", "infectious-diseases"),
    ("Just found out my partner is HIV positive. I'm 28, male. I want to get tested and talk about PrEP or whatever my options are.",
     "20~29", "male", "infectious-diseases"),
    ("Had a tick bite hiking in Connecticut and 10 days later I've got a big round red rash with a paler middle. 52 female. Feel a bit achy.",
     "50~59", "female", "infectious-diseases"),
    ("my dad is 64, a coworker of his was diagnosed with active TB and dad's skin test came back positive but he feels completely fine. what happens now?",
     "60~69", "male", "infectious-diseases"),

    # nephrology
    ("GP says my eGFR has dropped to 38 and there's protein in my urine. I'm a 66 year old woman, type 2 diabetic for 15 years.",
     "60~69", "female", "nephrology"),
    ("Mum is 74 and on dialysis three times a week. She wants to ask about the transplant list but thinks she's too old. Who can tell her honestly?",
     "70~79", "female", "nephrology"),
    ("my creatinine has gone up since starting a new blood pressure pill and my legs are puffier than usual. 58yo man.",
     "50~59", "male", "nephrology"),
    ("Polycystic kidney disease runs in my family (mum and grandad). I'm 25 and just had a scan that showed a few cysts. Who follows this up long term?",
     "20~29", "undisclosed", "nephrology"),

    # neurology
    ("migraines are getting more frequent, now about 12 a month, with zigzag lines before most of them. 36 female. triptans work but I'm using way too many",
     "30~39", "female", "neurology"),
    ("My father is 77. His right hand shakes when it's resting in his lap, his walking has gone slow and shuffly and his handwriting has got tiny.",
     "70~79", "male", "neurology"),
    ("tingling and numbness in both feet slowly creeping up my legs for about a year. i'm 49 and not diabetic as far as i know.",
     "40~49", "undisclosed", "neurology"),
    ("I'm 30. Last month I had blurry vision in one eye for about a week with pain when I moved it. It's back to normal now but the eye doctor said to see a neurologist about possible MS.",
     "30~39", "undisclosed", "neurology"),

    # obstetrics-gynecology
    ("Periods so heavy I'm flooding through a super tampon every hour on day 2, clots the size of a 50p, cramps are awful. I'm 42.",
     "40~49", "female", "obstetrics-gynecology"),
    ("positive pregnancy test!! 31, first baby, no symptoms except being knackered. when do i book the first scan and who with?",
     "30~39", "female", "obstetrics-gynecology"),
    ("My girlfriend is 24 and has had pain during sex and really painful periods for years. A doctor mentioned endometriosis once but nothing happened.",
     "20~29", "female", "obstetrics-gynecology"),
    ("hot flushes, periods all over the place, 51. want to talk to someone about HRT",
     "50~59", "female", "obstetrics-gynecology"),

    # ophthalmology
    ("My vision in both eyes has gone gradually cloudy over a year and I get halos round headlights driving at night. I'm 71.",
     "70~79", "undisclosed", "ophthalmology"),
    ("red gritty eye for 3 days, crusty in the mornings, I wear monthly contacts. 20M. should someone look at it",
     "20~29", "male", "ophthalmology"),
    ("My 5 year old daughter squints one eye a lot and her teacher says she tilts her head to see the board.",
     "0~9", "female", "ophthalmology"),
    ("diabetic for 15 years, 54, haven't had an eye exam in ages. someone at work said I need a retina check. who does that?",
     "50~59", "undisclosed", "ophthalmology"),

    # orthopedics
    ("twisted my knee playing five-a-side 3 weeks ago, now it locks and gives way on stairs, swelling comes and goes. 27M",
     "20~29", "male", "orthopedics"),
    ("Mum is 68 and her hip pain is so bad she can't walk to the shops anymore. X-ray showed bone on bone arthritis. GP is talking about a hip replacement.",
     "60~69", "female", "orthopedics"),
    ("shoulder hurts when i lift my arm above my head and i can't sleep on that side. 55, painter and decorator by trade, been going on since spring",
     "50~59", "undisclosed", "orthopedics"),
    ("My 13 yo son has a painful bony bump just below his kneecap that gets worse after football. Growing pains or something else?",
     "10~19", "male", "orthopedics"),

    # otolaryngology
    ("Blocked nose on one side for 6 months, sense of smell is going and I get nosebleeds from that side now and then. 45 male.",
     "40~49", "male", "otolaryngology"),
    ("my 4 yo has had about 6 ear infections this year and his hearing seems off, nursery says he doesn't respond when they call him. do we need grommets?",
     "0~9", "male", "otolaryngology"),
    ("Hoarse voice for two months now. I'm a primary school teacher, 39, never smoked. Getting worse by Friday each week.",
     "30~39", "undisclosed", "otolaryngology"),
    ("constant ringing in my left ear only and my hearing on that side has got worse over the past few months. 62f",
     "60~69", "female", "otolaryngology"),

    # pediatrics
    ("my 2 year old has had a runny nose and cough for a week and is a bit off her food. temp 38.1 last night. still playing and drinking. should she be seen?",
     "0~9", "female", "pediatrics"),
    ("Our 9 month old isn't crawling or even trying to, and he can't sit very steadily without support. Is that normal? He's our first so no idea.",
     "0~9", "male", "pediatrics"),
    ("6 yr old still wets the bed most nights, dry all day. is this something a doctor looks at or do we just wait?",
     "0~9", "undisclosed", "pediatrics"),
    ("My 11 year old daughter keeps getting tummy aches in the mornings before school and is occasionally sick. Her weight is fine and she's fine at weekends.",
     "10~19", "female", "pediatrics"),

    # psychiatry
    ("i've felt flat and empty for months, cant get out of bed, stopped seeing my friends. not in any danger, just want proper help not another leaflet. 22",
     "20~29", "undisclosed", "psychiatry"),
    ("My husband (44) has bipolar and stopped his meds a few weeks ago. He's been sleeping 2 hours a night all week, spending loads of money and talking a mile a minute.",
     "40~49", "male", "psychiatry"),
    ("panic attacks several times a week now, I've started avoiding the train to work. 35F.",
     "30~39", "female", "psychiatry"),
    ("My 16 year old son's teachers think he has ADHD. He can't focus, his grades are tanking and he's constantly fidgeting. Who assesses that?",
     "10~19", "male", "psychiatry"),

    # pulmonology
    ("smoked for 40 years, 64 now, cough every morning with phlegm and I get out of breath on hills a lot more than last year",
     "60~69", "undisclosed", "pulmonology"),
    ("Asthma's been poorly controlled for months, using my blue inhaler most days and coughing at night. 30 female.",
     "30~39", "female", "pulmonology"),
    ("CT for something else showed a 7mm nodule in my right lung and they said it needs following up. I'm 57 M, ex-smoker. Who do I see?",
     "50~59", "male", "pulmonology"),
    ("husband snores like a freight train and stops breathing in his sleep, I lie there counting. He's 50 and nodding off in the daytime constantly.",
     "50~59", "male", "pulmonology"),

    # rehabilitation
    ("Had a stroke 2 months ago, I'm 69. My left arm is still weak and clumsy and I want to get more movement back. The home exercise sheet isn't enough.",
     "60~69", "undisclosed", "rehabilitation"),
    ("ACL reconstruction 4 weeks ago, 24F, need a proper physio plan to get back to netball next season",
     "20~29", "female", "rehabilitation"),
    ("my dad (81) broke his hip and had it pinned, he's home now but can barely walk with the frame. he needs help getting his strength back",
     "80+", "male", "rehabilitation"),
    ("I'm 37, had a bad car crash last year and spinal surgery after. Still can't stand for more than 20 minutes and I need to get back to work. Who does reconditioning?",
     "30~39", "undisclosed", "rehabilitation"),

    # rheumatology
    ("Both hands stiff for over an hour every morning, knuckles swollen, 38 female. ANA came back positive.",
     "30~39", "female", "rheumatology"),
    ("big toe suddenly went hot, red and excruciating overnight, same thing happened once last year. 52M, i do like my beer",
     "50~59", "male", "rheumatology"),
    ("butterfly shaped rash across my cheeks, achy joints, mouth ulcers on and off. 26 F. tired all the time",
     "20~29", "female", "rheumatology"),
    ("My 70 year old mother has pain and stiffness in both shoulders and hips every morning, she can't lift her arms to brush her hair. Her ESR was high.",
     "70~79", "female", "rheumatology"),

    # urology
    ("getting up 4 times a night to pee and the stream is weak and stop-start. 67M",
     "60~69", "male", "urology"),
    ("40, male. had a kidney stone last year that I passed. a new scan shows another small one but no pain right now. want to stop them coming back",
     "40~49", "male", "urology"),
    ("blood in my pee, no pain at all, happened twice this month. 59, smoker.",
     "50~59", "undisclosed", "urology"),
    ("We've been trying for a baby for 18 months and my semen analysis came back with a low count. I'm 33. Where do I go from here?",
     "30~39", "male", "urology"),

    # nutrition
    ("just diagnosed with coeliac, 28F, totally lost on what I can eat and how not to end up deficient in stuff",
     "20~29", "female", "nutrition"),
    ("My 14 year old daughter wants to go vegan. How do I make sure she gets enough protein, iron and B12?",
     "10~19", "female", "nutrition"),
    ("I'm 47, BMI 34, and I want a proper eating plan to lose weight, not another fad diet. I work shifts so meals are all over the place.",
     "40~49", "undisclosed", "nutrition"),
    ("Dad is 79 and since mum died he's barely eating, just tea and biscuits, and he's lost weight. What should he be eating to keep his strength up? He won't cook.",
     "70~79", "male", "nutrition"),
]
