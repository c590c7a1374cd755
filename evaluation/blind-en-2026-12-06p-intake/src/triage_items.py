# Hand-written triage items. Each entry: (text, department, age_range, gender)
# Written one by one by the en17 writer. No emergencies.

TRIAGE = [
    # cardiology
    ("Heart keeps skipping beats when I lie down at night, like a thud then a pause. 42F, three coffees a day. ECG at the GP was normal. Should I ask for a Holter?",
     "cardiology", "40~49", "female"),
    ("My dad is 71 and his ankles swell up by the evening, and he's breathless going up the stairs, has to stop halfway. He had a heart attack 8 years ago. Is his heart getting weaker? He won't go unless I book it for him.",
     "cardiology", "70~79", "male"),
    ("told i have a heart murmur at my army medical. 19M. never knew. do i need an echo before they'll let me in",
     "cardiology", "10~19", "male"),
    ("Cardiologist said my aortic valve is 'moderately narrowed'. I'm 68. How often should it be checked and at what point do they operate?",
     "cardiology", "60~69", "undisclosed"),

    # dentistry
    ("Back molar aches when I drink anything cold, lingers for like 30 seconds after. 25M. Cavity or just sensitive?",
     "dentistry", "20~29", "male"),
    ("My 7 year old's adult front teeth are coming in BEHIND the baby teeth, which haven't fallen out. Shark teeth? Do the baby ones need pulling?",
     "dentistry", "0~9", "undisclosed"),
    ("Gums bleed every time I brush and my breath is awful even after mouthwash. I'm 31 and 24 weeks pregnant. Is it safe to see a dentist now?",
     "dentistry", "30~39", "female"),
    ("Mum is 84 and her bottom denture rubs, she's got a sore spot on her gum that's been there about 3 weeks. Should the denture be adjusted or is it something else?",
     "dentistry", "80+", "female"),

    # dermatology
    ("Itchy scaly patches on my elbows and knees, kind of silvery and thick, and now a bit in my hairline. My dad has the same thing. 27F. I've tried E45 and hydrocortisone. What cream actually works?",
     "dermatology", "20~29", "female"),
    ("56M. Mole on my back my wife says is getting bigger and darker over the summer. No itching. How fast do I need to get it looked at?",
     "dermatology", "50~59", "male"),
    ("Teenage son, 15, has acne all over his forehead and back, nothing over the counter is working and he's started hiding in his room.",
     "dermatology", "10~19", "male"),
    ("my hairdresser found two round bald patches at the back of my head, totally smooth skin, coin sized. no itch no pain. 34, had a horrible year (divorce, job). will it grow back or do i need treatment",
     "dermatology", "30~39", "undisclosed"),

    # endocrinology
    ("Always thirsty, peeing constantly, lost 6 kg without trying over two months. 22M. Pharmacy finger prick said 14. What kind of doctor do I need?",
     "endocrinology", "20~29", "male"),
    ("Neck looks a bit swollen at the front, heart racing at rest, hands shaky, lost weight and I can't stand the heat. 36F.",
     "endocrinology", "30~39", "female"),
    ("My type 1 daughter is 13 and her sugars go all over the place around her period. Who adjusts her pump settings, and is this common?",
     "endocrinology", "10~19", "female"),
    ("Calcium came back high at 2.78 on routine bloods and the PTH is high too. 61F, had a kidney stone last year. What is this?",
     "endocrinology", "60~69", "female"),

    # family-medicine
    ("Just turned 40 and I've never had a check-up as an adult. What should I even be asking for?",
     "family-medicine", "40~49", "undisclosed"),
    ("cold for 5 days, runny nose, scratchy throat, no fever. 29M. anything that actually helps or just wait",
     "family-medicine", "20~29", "male"),
    ("Feeling run down for months. Nothing specific, just tired and a bit achy and not myself. 46F. Where do I even start?",
     "family-medicine", "40~49", "female"),
    ("Need a sick note for work after flu last week, employer wants one for 8 days off. 52M. Can I get one without being seen?",
     "family-medicine", "50~59", "male"),

    # gastroenterology
    ("Alternating constipation and diarrhoea for over a year, lots of bloating, worse when I'm stressed. 28F. Is it IBS or do I need tests?",
     "gastroenterology", "20~29", "female"),
    ("Dad, 64, was told his liver is 'fatty' on an ultrasound for something else. He has maybe 2 beers a day. Does this need a specialist?",
     "gastroenterology", "60~69", "male"),
    ("Food sticks when I swallow bread and meat, feels like it stops at the bottom of my chest. Heartburn for years. 58M.",
     "gastroenterology", "50~59", "male"),
    ("Coeliac blood test came back positive (tTG 128). Do I need a biopsy before I go gluten free? 19F",
     "gastroenterology", "10~19", "female"),

    # general-surgery
    ("Lump in my groin that pops out when I lift stuff and goes back when I lie down. 45M, builder. Can I keep working?",
     "general-surgery", "40~49", "male"),
    ("Gallstones found on a scan. I get attacks of pain under my right ribs after fatty food 2-3 times a month. 39F. Do I need it out?",
     "general-surgery", "30~39", "female"),
    ("painful lump near the top of my bum crack that keeps coming back and leaking. 21M. so embarrassing. what is it",
     "general-surgery", "20~29", "male"),
    ("My mum (73) has an umbilical hernia that's got bigger over the year. Not painful. Should she have it repaired at her age?",
     "general-surgery", "70~79", "female"),

    # hematology-oncology
    ("Blood test shows platelets of 610, repeat was also high. 50F, feel fine. What could cause this?",
     "hematology-oncology", "50~59", "female"),
    ("Husband, 66, had a routine blood test and his white count was 32 with mostly lymphocytes. GP mentioned CLL. What are the next steps?",
     "hematology-oncology", "60~69", "male"),
    ("I bruise really easily, get nosebleeds that take 20 minutes to stop and my periods are super heavy. I'm 17. My mum is the same.",
     "hematology-oncology", "10~19", "female"),
    ("Finished chemo for Hodgkin lymphoma last year, 35M. How often do I need follow-up scans?",
     "hematology-oncology", "30~39", "male"),

    # infectious-diseases
    ("Back from Ghana 10 days ago. Fevers on and off with sweats and a headache for 3 days. 44M. Didn't take malaria tablets. Where should I get tested?",
     "infectious-diseases", "40~49", "male"),
    ("Tested HIV positive last week. 26M. Terrified. What happens next and when do I start meds?",
     "infectious-diseases", "20~29", "male"),
    ("Positive TB skin test at my nursing job screening, chest X-ray clear. 29F. Do I really have to take pills for months?",
     "infectious-diseases", "20~29", "female"),
    ("Got scratched by a bat in the attic yesterday, tiny scratch on my hand. I'm 50. Do I need rabies shots?",
     "infectious-diseases", "50~59", "undisclosed"),

    # nephrology
    ("Writing for my father-in-law who doesn't use computers. He's 67, diabetic for 25 years. His kidney function (eGFR) went from 52 to 41 over the last year. His GP just said 'keep an eye'. Shouldn't he be seeing a kidney specialist by now? When do they start talking about dialysis?",
     "nephrology", "60~69", "male"),
    ("Foamy pee and puffy eyes in the mornings, 24F. Urine dip at the pharmacy showed +++ protein.",
     "nephrology", "20~29", "female"),
    ("My mother is on dialysis three times a week and is so itchy all the time she scratches till she bleeds. She's 70. Anything that helps?",
     "nephrology", "70~79", "female"),
    ("Polycystic kidney disease runs on my dad's side. I'm 30 and my BP is creeping up. Should I get scanned?",
     "nephrology", "30~39", "undisclosed"),

    # neurology
    ("Tingling in both feet that's been creeping up my legs over a few months, and now my hands are starting. Not diabetic. 49M.",
     "neurology", "40~49", "male"),
    ("Migraines getting more frequent, now about 12 a month. Tried propranolol, didn't help. 32F. What's next?",
     "neurology", "30~39", "female"),
    ("My husband (61) has a tremor in his right hand when it's resting and he's walking slower, kind of shuffling.",
     "neurology", "60~69", "male"),
    ("Had a seizure last month, first ever, A&E said see a neurologist. Can't drive. 23. How long is the wait usually?",
     "neurology", "20~29", "undisclosed"),

    # obstetrics-gynecology
    ("Periods so heavy I flood through a super tampon every hour on day 2 and 3. 42F. Fibroids?",
     "obstetrics-gynecology", "40~49", "female"),
    ("TTC 18 months 😔 33F, cycles all over the place (35-50 days), OPKs never go positive. Husband had a semen test, normal. Where do we go from here?",
     "obstetrics-gynecology", "30~39", "female"),
    ("Postmenopausal, 62, had some spotting last week. First time in 10 years. Should I be seen?",
     "obstetrics-gynecology", "60~69", "female"),
    ("Pregnant with my first, 12 weeks, 28 yrs. When is the first scan and what tests should I ask about?",
     "obstetrics-gynecology", "20~29", "female"),

    # ophthalmology
    ("Floaters have increased in my right eye over the past month, no flashes, no shadow. 58M, very short-sighted.",
     "ophthalmology", "50~59", "male"),
    ("My 4yo girl turns her head to watch TV and one eye seems to drift inwards sometimes, especially when she's tired.",
     "ophthalmology", "0~9", "female"),
    ("Glaucoma in my mum's family. I'm 45. How often should I get my eye pressures checked?",
     "ophthalmology", "40~49", "undisclosed"),
    ("vision in both eyes going cloudy and the glare from headlights at night is awful. 76F. still driving but scared to",
     "ophthalmology", "70~79", "female"),

    # orthopedics
    ("Twisted my knee playing 5-a-side 3 weeks ago, it gives way on stairs and sometimes locks. 24M.",
     "orthopedics", "20~29", "male"),
    ("Pain in my groin on the right, it's the hip apparently. Been getting worse for 2 years. I can't put my sock on that side anymore and walking the dog is a struggle. 66F. The x-ray report says 'moderate to severe degenerative change'. Is it time to ask about a replacement?",
     "orthopedics", "60~69", "female"),
    ("My 12 year old son limps after sports and complains of knee pain, he's a bit overweight. No injury that we know of.",
     "orthopedics", "10~19", "male"),
    ("Bunion on my right foot getting bigger and really painful in work shoes. 47F. Is surgery worth it?",
     "orthopedics", "40~49", "female"),

    # otolaryngology
    ("Hoarse voice for 5 weeks now. No cold, no sore throat, just croaky, and my wife says I sound like a different person on the phone. I'm 59, stopped smoking 10 years ago after 30 years of 20 a day. Teacher, so I talk a lot, but I've had summer holidays off and it hasn't improved. Is this something to get looked at or just strain?",
     "otolaryngology", "50~59", "male"),
    ("My 3 year old snores really loudly and stops breathing for a few seconds at night. Tonsils look huge.",
     "otolaryngology", "0~9", "undisclosed"),
    ("Constantly blocked nose on one side, lost my sense of smell, 38F. Nasal spray does nothing.",
     "otolaryngology", "30~39", "female"),
    ("ear still feels full and muffled 2 months after a cold, like being underwater. 27, nonbinary if the form needs it. tried popping it, tried olive oil drops. nothing",
     "otolaryngology", "20~29", "other"),

    # pediatrics
    ("Hi all, first time posting. My 18 month old has a snotty nose and a temperature around 38 for two days. Eating less but drinking milk and water ok, wet nappies, still toddling about between naps. Calpol brings it down. What should I be watching for and when does it need a doctor?",
     "pediatrics", "0~9", "undisclosed"),
    ("Son is 3, constipated all the time, cries when he poos. Tried prune juice and more water.",
     "pediatrics", "0~9", "male"),
    ("Baby girl, 4 months, not gaining weight well, spits up after every feed. Health visitor is worried.",
     "pediatrics", "0~9", "female"),
    ("My 8 year old daughter keeps getting tummy aches before school, no fever, eats fine at weekends.",
     "pediatrics", "0~9", "female"),

    # psychiatry
    ("Not sure this is the right place. I'm 31 (M) and for about 4 months I just can't enjoy anything. I used to play five-a-side, see mates, now I cancel everything. Sleeping 12 hours and still knackered. Work has noticed. I'm not in danger or anything, I just feel grey. Do I talk to someone about medication or counselling first?",
     "psychiatry", "30~39", "male"),
    ("Panic attacks in the car, now I'm avoiding driving altogether. 44F. It's ruining my job.",
     "psychiatry", "40~49", "female"),
    ("My 19 yo son checks the door locks 40 times before bed and washes his hands until they crack and bleed.",
     "psychiatry", "10~19", "male"),
    ("Is it possible to get diagnosed with bipolar in your 50s? I'm 53 and have had weeks where I barely sleep and go on spending sprees, then crash for a month.",
     "psychiatry", "50~59", "undisclosed"),

    # pulmonology
    ("smokers cough for years, 63M, now breathless walking to the shops. is it COPD",
     "pulmonology", "60~69", "male"),
    ("Asthma not controlled even on Symbicort, waking up 3 nights a week coughing. 35F.",
     "pulmonology", "30~39", "female"),
    ("CT for something else found a 6mm lung nodule. 55. Never smoked. What happens now?",
     "pulmonology", "50~59", "undisclosed"),
    ("My mum, 78, has a dry cough, her fingertips look clubbed and she's more breathless. GP mentioned lung fibrosis.",
     "pulmonology", "70~79", "female"),

    # rehabilitation
    ("Had a stroke 3 months ago, right arm still weak and clumsy. 69M. How do I get more physio, the NHS sessions ended.",
     "rehabilitation", "60~69", "male"),
    ("Broke my ankle in January, cast off now but I'm walking like a penguin. 37F. What exercises should I be doing?",
     "rehabilitation", "30~39", "female"),
    ("Dad's 82 and since his hip replacement he's scared to walk without holding on to furniture. What rehab is out there?",
     "rehabilitation", "80+", "male"),
    ("ACL reconstruction 6 weeks ago, 20, still can't fully straighten my knee. Normal? More physio?",
     "rehabilitation", "20~29", "undisclosed"),

    # rheumatology
    ("Every morning my hands are stiff for about 2 hours, can't open jars or do up my bra. The knuckles on both hands are puffy and warm. Started about 3 months ago. 45F. My aunt has rheumatoid.",
     "rheumatology", "40~49", "female"),
    ("Lower back pain and stiffness since my early 20s, better with exercise, worse when resting. 29M. HLA-B27 positive.",
     "rheumatology", "20~29", "male"),
    ("Mum, 67, has pain and stiffness in both shoulders and hips, can hardly get out of bed in the morning. ESR high.",
     "rheumatology", "60~69", "female"),
    ("Positive ANA, tired all the time, joint pain, and a rash on my cheeks after being in the sun. 23F.",
     "rheumatology", "20~29", "female"),

    # urology
    ("Getting up 4 times a night to pee and the stream is weak and stop-start. 66M. My brother had his prostate 'rebored' — is that where this ends up?",
     "urology", "60~69", "male"),
    ("Passed a kidney stone last year, agony. 40M. How do I stop getting another one?",
     "urology", "40~49", "male"),
    ("Erection problems for 6 months, 48, on blood pressure tablets. Could it be the tablets?",
     "urology", "40~49", "male"),
    ("My son is 2 and only one of his testicles has come down. The doctor noticed at his check.",
     "urology", "0~9", "male"),

    # nutrition
    ("Vegan for a year now (26F) and loving it but my mum keeps panicking. Honestly how do I make sure I'm getting enough iron, B12 and protein? Do I need supplements or can I do it with food? Example day: oats + soy milk, lentil curry, tofu stir fry.",
     "nutrition", "20~29", "female"),
    ("Newly diagnosed type 2, 54M. What should my plate actually look like? I love bread.",
     "nutrition", "50~59", "male"),
    ("My son is 11 and a very picky eater, basically only eats beige food. Is he getting enough nutrients?",
     "nutrition", "10~19", "male"),
    ("Training for my first marathon, 34 (enby, they/them). How many carbs should I eat the day before and on the morning? I always get a stitch at mile 15.",
     "nutrition", "30~39", "other"),
]
