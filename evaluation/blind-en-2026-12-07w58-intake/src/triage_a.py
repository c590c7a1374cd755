# triage items, file a. Hand written by writer 58.
# each item: (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("heart keeps doing this flip flop thing when im lying in bed, like a skipped beat then a thump. been going on a few months. 44 f, no pain, just annoying. apple watch says afib sometimes??",
     "cardiology", "40~49", "female"),
    ("my dad's 72 and the gp heard a murmur at his check up, says aortic stenosis maybe and wants an echo. he gets a bit puffed on hills. how long do echo waits usually take and what happens if its bad",
     "cardiology", "70~79", "male"),
    ("BP 165/100 three times at the chemist this week. 38, not overweight, dont drink much. is that normal for my age or do i need tablets. dont have any symptoms",
     "cardiology", "30~39", "undisclosed"),
    ("Had stents put in 2 yrs ago, on aspirin, ticagrelor, atorvastatin, bisoprolol. Cardiologist wants to stop the ticagrelor now. Is that safe? 61 m",
     "cardiology", "60~69", "male"),

    # dentistry
    ("wisdom tooth on the bottom left is coming through sideways and the gum over it keeps getting swollen and manky tasting. 21 m. can't afford a private dentist, any ideas",
     "dentistry", "20~29", "male"),
    ("my 6 yr old chipped her front adult tooth on the trampoline - well, the new one that's only half come through. no pain. does it need fixing now or wait",
     "dentistry", "0~9", "female"),
    ("gums bleed every time i brush and my breath is rank even after mouthwash. 35, smoker. is this gum disease",
     "dentistry", "30~39", "undisclosed"),
    ("Crown fell off while eating a toffee lol, 67 f. tooth underneath is sensitive to cold. can i glue it back in with the stuff from the chemist until I get an appt",
     "dentistry", "60~69", "female"),

    # dermatology
    ("mole on my back has got bigger and its two colours now, brown and black, edge is a bit ragged. my husband noticed it. 52 f, fair skin, lots of sunburn as a kid in QLD",
     "dermatology", "50~59", "female"),
    ("cystic acne on my jaw for years, tried 3 lots of antibiotics, nothing works. 26 f. can i get roaccutane from a dermatologist on the nhs",
     "dermatology", "20~29", "female"),
    ("scaly silvery patches on elbows and my scalp, itchy as. 33 m. dad has psoriasis. what creams work",
     "dermatology", "30~39", "male"),
    ("hair coming out in coin sized patches on my head, smooth bald spots, 3 of them now. 19, uni stress maybe. will it grow back",
     "dermatology", "10~19", "undisclosed"),

    # endocrinology
    ("my thyroid levels are all over the place, TSH 0.01 and T4 high, hands shake, lost 6kg without trying, 29 f. gp says graves maybe and referred me but i havent heard anything",
     "endocrinology", "20~29", "female"),
    ("type 1 since i was 8, now 24, hypos nearly every night even after dropping my lantus. want to look at a pump. who do i talk to",
     "endocrinology", "20~29", "undisclosed"),
    ("calcium came back high on my bloods, 2.78, and PTH high too. 58 f, kidney stone last year. gp mentioned parathyroid?",
     "endocrinology", "50~59", "female"),
    ("im 45 m, my testosterone came back low (7 nmol/L), no energy, low libido, belly fat. should i be on TRT or is it my weight",
     "endocrinology", "40~49", "male"),

    # family-medicine
    ("just want a general check up, im 50 next month and havent seen a gp in about 10 years. what should i ask them to check",
     "family-medicine", "40~49", "undisclosed"),
    ("cold for 10 days now, blocked nose, bit of a cough, no fever. 31 m. when does it stop being a cold and become something that needs antibiotics",
     "family-medicine", "30~39", "male"),
    ("Feeling tired all the time for a couple of months, no idea why. 40 f, two kids, work full time. sleeping ok-ish. where do i start",
     "family-medicine", "40~49", "female"),
    ("need a sick note for work after a stomach bug last week, off 4 days. 28. can i just self cert or do they need a gp",
     "family-medicine", "20~29", "undisclosed"),

    # gastroenterology
    ("reflux every single night for a year even on omeprazole 40, burning up to my throat, 47 m. gp says try a scope. is that the next step",
     "gastroenterology", "40~49", "male"),
    ("diagnosed with ulcerative colitis at 22, now 25 f, flare with 8 loose stools a day with mucus, mesalazine not touching it. gastro nurse not calling back",
     "gastroenterology", "20~29", "female"),
    ("liver bloods came back with ALT 180, i barely drink, 54, bit overweight. what could cause it. fatty liver?",
     "gastroenterology", "50~59", "undisclosed"),
    ("bloated like im 6 months pregnant by every evening and alternating between constipation and the runs, 36 f, coeliac test negative",
     "gastroenterology", "30~39", "female"),

    # general-surgery
    ("lump in my groin that pops out when i cough or lift and goes back when i lie down, 58 m, builder. hernia i assume. does it need an operation",
     "general-surgery", "50~59", "male"),
    ("gallstones found on ultrasound after a few bad attacks of pain under my right ribs after fatty food. 42 f. will they take my gallbladder out",
     "general-surgery", "40~49", "female"),
    ("recurring abscess near the top of my bum crack, drained twice at a&e. pilonidal? 20 m, hairy lol. is there a permanent fix",
     "general-surgery", "20~29", "male"),
    ("lipoma on my shoulder, size of a golf ball, been there 5 yrs but getting bigger and catches on my bag strap. 63. can it be cut out",
     "general-surgery", "60~69", "undisclosed"),

    # hematology-oncology
    ("platelets came back at 92 on routine bloods. 49 f, bruise easily. gp wants to repeat, what could cause low platelets",
     "hematology-oncology", "40~49", "female"),
    ("my husband 66 has been told he has CLL from a blood test, they say watch and wait. is that normal not to treat cancer?",
     "hematology-oncology", "60~69", "male"),
    ("finished chemo for breast cancer 3 months ago, 44 f, tamoxifen now, when should i expect hair and energy back",
     "hematology-oncology", "40~49", "female"),
    ("hb high at 185 and haematocrit 0.55, not a smoker, 57 m. gp said polycythaemia, needs referral. what does that mean",
     "hematology-oncology", "50~59", "male"),

    # infectious-diseases
    ("back from Ghana 2 weeks, had fevers on and off and sweats, took my antimalarials most days. 34 m. i feel okay between the fevers. should i get a malaria test",
     "infectious-diseases", "30~39", "male"),
    ("HIV positive, newly diagnosed, 27 m, scared about what meds and side effects. referral letter says ID clinic. what happens at the first appointment",
     "infectious-diseases", "20~29", "male"),
    ("hep B carrier from birth, 39 f, liver fine so far. need I be on antivirals? also I want to get pregnant",
     "infectious-diseases", "30~39", "female"),
    ("Lyme disease? got a tick bite hiking in the New Forest 3 weeks ago and a big round red rash spreading out from it. 55. no fever",
     "infectious-diseases", "50~59", "undisclosed"),

    # nephrology
    ("kidney function going down each year, eGFR 38 now, 70 m, diabetic and high BP. when do you need dialysis",
     "nephrology", "70~79", "male"),
    ("protein in my urine on 3 dipsticks and swelling round my ankles and eyes in the mornings, 31 f. gp mentioned nephrotic?",
     "nephrology", "30~39", "female"),
    ("polycystic kidney disease runs in my family, mum was on dialysis. i'm 28 m. should i get scanned and what would they do",
     "nephrology", "20~29", "male"),
    ("on dialysis 3 times a week and so itchy all the time, phosphate high. 64. what can help",
     "nephrology", "60~69", "undisclosed"),

    # neurology
    ("migraines getting more frequent, 12 days a month now, 36 f, tried propranolol and amitriptyline. heard about the injections, who prescribes them",
     "neurology", "30~39", "female"),
    ("tingling and numbness in both feet going up to my ankles for a year, 59 m, not diabetic. nerve damage?",
     "neurology", "50~59", "male"),
    ("I was diagnosed with MS 5 years ago, 41 f, relapsing remitting. thinking of switching DMTs because I keep relapsing. what are the options",
     "neurology", "40~49", "female"),
    ("hand tremor when I hold a cup or write, better after a glass of wine lol. 67, mum had the same. essential tremor?",
     "neurology", "60~69", "undisclosed"),
]
