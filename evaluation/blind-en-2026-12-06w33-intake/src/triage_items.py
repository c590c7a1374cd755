# Hand-written triage items: (text, department, age_range, gender)

TRIAGE = [
    # cardiology
    ("heart keeps skipping beats when i lie down, 34F, ecg at the gp showed ectopics, do I need a cardiologist", "cardiology", "30~39", "female"),
    ("my dad's 67 and his ankles swell n he gets puffed walking to the letterbox, gp said maybe heart failure?", "cardiology", "60~69", "male"),
    ("heart murmur picked up at my sports medical, 19M, will i still be allowed to play rugby", "cardiology", "10~19", "male"),
    ("grandma is 84 and has afib, the blood thinner makes her bruise like crazy, should her heart doc change it", "cardiology", "80+", "female"),
    # dentistry
    ("wisdom tooth coming thru and the gum over it is swollen, 21yo, cant open my mouth wide", "dentistry", "20~29", "undisclosed"),
    ("my son is 7 and his adult tooth is coming in behind the baby one, shark teeth?? lol", "dentistry", "0~9", "male"),
    ("gums bleed every time i brush, 45 yo woman, smoker, teeth feel a bit loose", "dentistry", "40~49", "female"),
    ("chipped my front tooth on a drink bottle at netball training, I'm a 16 yr old girl, can it be fixed", "dentistry", "10~19", "female"),
    # dermatology
    ("acne all over my back n chest, 18M, tried everything from the chemist", "dermatology", "10~19", "male"),
    ("56 yo bloke, worked outdoors my whole life, mole on my shoulder changed colour", "dermatology", "50~59", "male"),
    ("eczema flaring on my hands since I started at the salon, 24F", "dermatology", "20~29", "female"),
    ("hair falling out in round patches, 31, guy, stressed with work", "dermatology", "30~39", "male"),
    # endocrinology
    ("thyroid nodule 2cm found on ultrasound, 44F, what happens next", "endocrinology", "40~49", "female"),
    ("type 1 diabetic, 15, my sugars go crazy the week before my period", "endocrinology", "10~19", "female"),
    ("29M, testosterone came back low, always tired and no libido", "endocrinology", "20~29", "male"),
    ("my mum is 62 and her calcium keeps coming back high, they said maybe parathyroid", "endocrinology", "60~69", "female"),
    # family-medicine
    ("just want a general check up, 40 yr old man, haven't seen a doc in 10 yrs", "family-medicine", "40~49", "male"),
    ("cold for 5 days, runny nose n sore throat, 26F, do i need antibiotics", "family-medicine", "20~29", "female"),
    ("tired all the time, I'm 35, no idea why, where do i even start", "family-medicine", "30~39", "undisclosed"),
    ("moving to NZ on a work visa, 28M, need the medical exam for immigration", "family-medicine", "20~29", "male"),
    # gastroenterology
    ("heartburn every night for months, 48M, antacids not cutting it anymore", "gastroenterology", "40~49", "male"),
    ("bloated n diarrhoea every time i have milk, 22F, lactose intolerant?", "gastroenterology", "20~29", "female"),
    ("my dad's 58 and due for his first colonoscopy, anything he should know", "gastroenterology", "50~59", "male"),
    ("hep B positive on a screening test, 38M from Tonga, do i need liver checks", "gastroenterology", "30~39", "male"),
    # general-surgery
    ("lump in my groin that pops out when i cough, 45M, hernia?", "general-surgery", "40~49", "male"),
    ("gallstones on the ultrasound, 39F, attacks after fatty food, do i need it out", "general-surgery", "30~39", "female"),
    ("ingrown toenail keeps getting infected, 17yo boy, plays soccer", "general-surgery", "10~19", "male"),
    ("lipoma on my back getting bigger, I'm 52, want it removed", "general-surgery", "50~59", "undisclosed"),
    # hematology-oncology
    ("my platelets keep coming back low, 120 then 98, 37F, no bruising", "hematology-oncology", "30~39", "female"),
    ("dad is 71, just diagnosed with lymphoma, what should we ask the oncologist", "hematology-oncology", "70~79", "male"),
    ("sickle cell, 20M from Jamaica, pain crises coming more often this year", "hematology-oncology", "20~29", "male"),
    ("breast cancer survivor, 55, what follow up scans should i be getting", "hematology-oncology", "50~59", "female"),
    # infectious-diseases
    ("HIV positive, 26M, just moved to Melbourne, how do i get my meds here", "infectious-diseases", "20~29", "male"),
    ("TB contact at work, 42F, skin test positive but no symptoms, do i need treatment", "infectious-diseases", "40~49", "female"),
    ("hep C from sharing needles years ago, 49, clean now, want treatment", "infectious-diseases", "40~49", "undisclosed"),
    ("back from a mission trip in PNG 2 wks ago, mild fevers on and off, 31M, should I get tested for malaria", "infectious-diseases", "30~39", "male"),
    # nephrology
    ("creatinine creeping up, eGFR 48, 63M diabetic", "nephrology", "60~69", "male"),
    ("protein in my urine on a dipstick, 24F, otherwise healthy", "nephrology", "20~29", "female"),
    ("my mum's 70 and on dialysis 3x a week, can she travel to Samoa for a wedding", "nephrology", "70~79", "female"),
    ("polycystic kidneys run in my family, I'm 30 and the scan just found cysts too", "nephrology", "30~39", "undisclosed"),
    # neurology
    ("migraines with aura 3x a week, 27F, triptans not enough", "neurology", "20~29", "female"),
    ("hand shakes when i hold a cup of tea, 66M, getting worse slowly", "neurology", "60~69", "male"),
    ("numbness n tingling in both feet, 45, not diabetic", "neurology", "40~49", "undisclosed"),
    ("my 19 yo brother had his first seizure last month, now on meds, what happens next", "neurology", "10~19", "male"),
    # obstetrics-gynecology
    ("period 2 wks late and test positive, 23, what do i do next for antenatal care", "obstetrics-gynecology", "20~29", "female"),
    ("super painful periods, 19F, missing uni every month", "obstetrics-gynecology", "10~19", "female"),
    ("hot flushes all night, 51F, is HRT safe", "obstetrics-gynecology", "50~59", "female"),
    ("pap smear came back abnormal, 34F, what does CIN2 mean", "obstetrics-gynecology", "30~39", "female"),
    # ophthalmology
    ("more floaters in my right eye over the past month, 58M, short sighted", "ophthalmology", "50~59", "male"),
    ("my 4yo squints and tilts her head to watch tv", "ophthalmology", "0~9", "female"),
    ("eyes dry and gritty from welding all day, 36 yo boilermaker bloke", "ophthalmology", "30~39", "male"),
    ("cataract op for my nan, she's 84, is she too old for it", "ophthalmology", "80+", "female"),
    # orthopedics
    ("tore my ACL at soccer, 22M, surgery or not", "orthopedics", "20~29", "male"),
    ("hip hurts when walking, 68F, xray shows arthritis", "orthopedics", "60~69", "female"),
    ("stress fracture in my foot, 17yo cross country runner girl, how long off", "orthopedics", "10~19", "female"),
    ("broke my wrist skating 2 wks ago, cast feels loose now, I'm 14", "orthopedics", "10~19", "undisclosed"),
    # otolaryngology
    ("tonsillitis 6 times this year, 20F, want them out", "otolaryngology", "20~29", "female"),
    ("ringing in ears after DJing every weekend, 28M", "otolaryngology", "20~29", "male"),
    ("nose blocked on one side for months, 41, deviated septum?", "otolaryngology", "40~49", "undisclosed"),
    ("my 5yo son has glue ear and failed the hearing test at school", "otolaryngology", "0~9", "male"),
    # pediatrics
    ("my 18 month old has a runny nose n low fever for 2 days, eating ok", "pediatrics", "0~9", "undisclosed"),
    ("9yo daughter keeps getting tummy aches before school, doc?", "pediatrics", "0~9", "female"),
    ("baby boy 4 months not rolling yet, is that normal", "pediatrics", "0~9", "male"),
    ("my 6yo has chickenpox, how long off school and what helps the itch", "pediatrics", "0~9", "undisclosed"),
    # psychiatry
    ("can't sleep, no motivation, cry a lot, 25F, think it's depression", "psychiatry", "20~29", "female"),
    ("my 17 yo son smokes weed every day and is super paranoid now, thinks people are watching him", "psychiatry", "10~19", "male"),
    ("ADHD diagnosis as an adult? 32M, always lost focus at school and work", "psychiatry", "30~39", "male"),
    ("panic attacks on planes, I'm 44 and fly a lot for work", "psychiatry", "40~49", "undisclosed"),
    # pulmonology
    ("asthma getting worse, using ventolin 4x a day, 30F", "pulmonology", "30~39", "female"),
    ("smoked 40 yrs, 62M, always short of breath going uphill, COPD?", "pulmonology", "60~69", "male"),
    ("still coughing 3 months after covid, 39", "pulmonology", "30~39", "undisclosed"),
    ("wife says I stop breathing when I sleep, 50M, snore like a chainsaw", "pulmonology", "50~59", "male"),
    # rehabilitation
    ("dad 72 had a stroke 2 months ago, left arm still weak, what rehab should he be doing", "rehabilitation", "70~79", "male"),
    ("6 wks post ACL reconstruction, 24F, when can i start running", "rehabilitation", "20~29", "female"),
    ("rotator cuff repair 3 months ago, 55M, still cant lift my arm above my head, more physio?", "rehabilitation", "50~59", "male"),
    ("still walking with a limp after my car crash in Jan, I'm 19, need a physio plan", "rehabilitation", "10~19", "undisclosed"),
    # rheumatology
    ("both hands swollen and stiff every morning for an hour, 38F", "rheumatology", "30~39", "female"),
    ("gout in the big toe again, 47M Samoan, already on allopurinol", "rheumatology", "40~49", "male"),
    ("lupus diagnosed last year, 27F, new rash and sore joints", "rheumatology", "20~29", "female"),
    ("back stiff every morning but better after exercise, 23M, ankylosing spondylitis?", "rheumatology", "20~29", "male"),
    # urology
    ("history of kidney stones, 41M, getting twinges in my side again", "urology", "40~49", "male"),
    ("up peeing 5 times a night, 69M, prostate?", "urology", "60~69", "male"),
    ("blood in my semen twice this month, 35, guy", "urology", "30~39", "male"),
    ("UTIs every couple months since menopause, 58F", "urology", "50~59", "female"),
    # nutrition
    ("training for a triathlon, 29M, how much protein do i actually need", "nutrition", "20~29", "male"),
    ("vegan, 20F, what supplements should i be taking", "nutrition", "20~29", "female"),
    ("my 8 yo only eats white bread and noodles, super picky, what do i do", "nutrition", "0~9", "undisclosed"),
    ("diabetic 60F, what foods to cut back on, i eat lots of taro and rice", "nutrition", "60~69", "female"),
]
