# triage items part 2 (departments obstetrics-gynecology .. nutrition), written by hand by writer 95
ITEMS = [
    # obstetrics-gynecology
    {"text": "periods every 2 weeks and really heavy, flooding through a pad in an hour on the worst day. 42 female. Iron is low.", "department": "obstetrics-gynecology", "age_range": "40~49", "gender": "female"},
    {"text": "We've been trying for a baby for 18 months, I'm 32 and my cycles are all over the place, 35 to 60 days. Where do we start?", "department": "obstetrics-gynecology", "age_range": "30~39", "gender": "female"},
    {"text": "I'm 17 and my periods are so painful I throw up and miss school every month. Ponstan doesn't help. Mum thinks it might be endo.", "department": "obstetrics-gynecology", "age_range": "10~19", "gender": "female"},
    {"text": "I went through menopause at 51 and now at 58 I've had some spotting on and off for a week. No pain.", "department": "obstetrics-gynecology", "age_range": "50~59", "gender": "female"},
    # ophthalmology
    {"text": "Glare from headlights driving at night is terrible and everything is a bit foggy. 74, optometrist said cataracts. Who does the operation?", "department": "ophthalmology", "age_range": "70~79", "gender": "undisclosed"},
    {"text": "My 4 year old daughter's left eye turns in when she's tired. Been noticing it for a couple of months.", "department": "ophthalmology", "age_range": "0~9", "gender": "female"},
    {"text": "Diabetic eye screen showed 'background retinopathy' in both eyes. 56 male, type 2 for 10 years. What does that mean?", "department": "ophthalmology", "age_range": "50~59", "gender": "male"},
    {"text": "I've had the same few floaters for years, nothing new, no flashes. 45 and very short sighted. Just want a proper check of my retinas.", "department": "ophthalmology", "age_range": "40~49", "gender": "undisclosed"},
    # orthopedics
    {"text": "Knee keeps giving way since a netball injury 6 weeks ago, MRI says ACL tear. 24 female. Do I need a reconstruction?", "department": "orthopedics", "age_range": "20~29", "gender": "female"},
    {"text": "Hip arthritis, 77, can't walk to the letterbox without stopping. Considering a replacement. Who do I see?", "department": "orthopedics", "age_range": "70~79", "gender": "undisclosed"},
    {"text": "Broke my wrist 8 weeks ago falling off the motorbike, cast is off but the xray says it hasn't joined. 39 male.", "department": "orthopedics", "age_range": "30~39", "gender": "male"},
    {"text": "My 12 year old son has had a limp and a sore knee for 3 weeks, no injury. He's a big lad. GP xrayed his hip and referred him.", "department": "orthopedics", "age_range": "10~19", "gender": "male"},
    # otolaryngology
    {"text": "Blocked nose on the left side only for 6 months and a few nosebleeds from the same side. 50 male, ex-smoker.", "department": "otolaryngology", "age_range": "50~59", "gender": "male"},
    {"text": "Our 3 yo has glue ear and failed the hearing test at kindy. Talking less than the other kids. Grommets?", "department": "otolaryngology", "age_range": "0~9", "gender": "undisclosed"},
    {"text": "Hoarse voice for 2 months, I'm a 36 year old female teacher. No cold, no reflux that I know of.", "department": "otolaryngology", "age_range": "30~39", "gender": "female"},
    {"text": "The room spins for about 30 seconds when I roll over in bed or look up at the top shelf. 61 female. Otherwise fine between.", "department": "otolaryngology", "age_range": "60~69", "gender": "female"},
    # pediatrics
    {"text": "my 18 month old daughter has a runny nose and a temp of 38 for 2 days, still eating and drinking ok and playing between Panadol doses", "department": "pediatrics", "age_range": "0~9", "gender": "female"},
    {"text": "4 yo son not gaining weight, he's dropped from the 25th to the 3rd percentile over a year. Picky eater. Otherwise happy.", "department": "pediatrics", "age_range": "0~9", "gender": "male"},
    {"text": "Baby is 6 weeks old, spits up after every feed but is happy and putting on weight well. Is this reflux that needs treating?", "department": "pediatrics", "age_range": "0~9", "gender": "undisclosed"},
    {"text": "Our 8 year old gets tummy aches most school mornings, fine on weekends. Poos are normal. Where do we start?", "department": "pediatrics", "age_range": "0~9", "gender": "undisclosed"},
    # psychiatry
    {"text": "Feeling flat for months, no energy, 44, lost all interest in the farm and my family. No thoughts of hurting myself, just empty. GP started me on something but it's not working.", "department": "psychiatry", "age_range": "40~49", "gender": "undisclosed"},
    {"text": "I'm 19 and non-binary (they/them). Panic attacks so bad I can't get on the bus to uni anymore. Who can help?", "department": "psychiatry", "age_range": "10~19", "gender": "other"},
    {"text": "My husband is 56 and since we sold the farm he drinks every night and won't get out of bed till lunch. He says he's not suicidal. He won't talk to me.", "department": "psychiatry", "age_range": "50~59", "gender": "male"},
    {"text": "ADHD assessment as an adult, is it a thing? I'm 38 female, always been disorganised, my son was just diagnosed and it all sounds like me.", "department": "psychiatry", "age_range": "30~39", "gender": "female"},
    # pulmonology
    {"text": "Smoked 40 years, I'm 70, puffed after walking 100 metres. GP says COPD. Lung specialist worth it?", "department": "pulmonology", "age_range": "70~79", "gender": "undisclosed"},
    {"text": "Cough with lots of phlegm for 3 months, never smoked, 48 female. CT shows bronchiectasis.", "department": "pulmonology", "age_range": "40~49", "gender": "female"},
    {"text": "Asthma not controlled on Symbicort, using Ventolin every day. 22 male, work in a grain silo.", "department": "pulmonology", "age_range": "20~29", "gender": "male"},
    {"text": "8mm spot on my lung found by accident on a CT of my belly. 63 male, ex-smoker. Who follows this up?", "department": "pulmonology", "age_range": "60~69", "gender": "male"},
    # rehabilitation
    {"text": "Dad is 74, had a stroke 3 weeks ago, home now with a weak left arm and a bit unsteady walking. What rehab can he get out here near Goondiwindi?", "department": "rehabilitation", "age_range": "70~79", "gender": "male"},
    {"text": "ACL reconstruction 2 weeks ago, 27. What physio and exercises should I be doing now?", "department": "rehabilitation", "age_range": "20~29", "gender": "undisclosed"},
    {"text": "I'm 82, hip fracture surgery last month, walking with a frame. I want to get back to lawn bowls. How do I get stronger?", "department": "rehabilitation", "age_range": "80+", "gender": "undisclosed"},
    {"text": "Quad bike rollover 4 months ago, broke my pelvis. Walking now but weak and can't do a full day on the farm. 35 male.", "department": "rehabilitation", "age_range": "30~39", "gender": "male"},
    # rheumatology
    {"text": "Morning stiffness in my hands for 2 hours, swollen knuckles, RF came back positive. 45 female.", "department": "rheumatology", "age_range": "40~49", "gender": "female"},
    {"text": "Gout attacks 5 times a year even on allopurinol 300. 52 male. What else can be done?", "department": "rheumatology", "age_range": "50~59", "gender": "male"},
    {"text": "Lower back pain and stiffness that gets better with exercise and worse with rest. 24 male, HLA-B27 positive.", "department": "rheumatology", "age_range": "20~29", "gender": "male"},
    {"text": "Tired, achy joints and a rash across my cheeks when I'm in the sun. 31 female, ANA positive.", "department": "rheumatology", "age_range": "30~39", "gender": "female"},
    # urology
    {"text": "Weak stream, dribbling, up 4 times a night to wee. 69 male. Prostate?", "department": "urology", "age_range": "60~69", "gender": "male"},
    {"text": "Kidney stone 8mm on CT, sitting in the kidney, no pain right now. Passed a small one before. 41 male.", "department": "urology", "age_range": "40~49", "gender": "male"},
    {"text": "Saw blood in my urine once last week, no pain. 66 female, ex-smoker. GP says a camera test?", "department": "urology", "age_range": "60~69", "gender": "female"},
    {"text": "Erection problems for a year, I'm 50 and diabetic. Tablets from the GP help a bit.", "department": "urology", "age_range": "50~59", "gender": "male"},
    # nutrition
    {"text": "My 15 year old daughter wants to go vegan. How do I make sure she gets enough iron and B12?", "department": "nutrition", "age_range": "10~19", "gender": "female"},
    {"text": "Newly diagnosed coeliac, 34. Honestly what can I eat? Everything on the farm kitchen shelf has wheat in it.", "department": "nutrition", "age_range": "30~39", "gender": "undisclosed"},
    {"text": "Dad is 86, losing weight, just picks at his food. What high calorie things can we give him?", "department": "nutrition", "age_range": "80+", "gender": "male"},
    {"text": "I'm 28 and genderqueer, working night shifts at the abattoir. Trying to lose weight. What's a realistic meal plan around shift work?", "department": "nutrition", "age_range": "20~29", "gender": "other"},
]
