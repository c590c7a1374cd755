# Triage items, part A (written by hand, writer 137)
# (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("56M, keen road cyclist. My watch keeps flagging 'possible AFib' when I'm sitting down after a ride. I feel completely fine, no dizziness, no chest pain. Who do I see to get a proper ECG or a heart monitor?",
     "cardiology", "50~59", "male"),
    ("They picked up a heart murmur at my pre-season medical for the uni rowing club. I'm 20 and a girl, never had any symptoms. The team doctor wants me to have an echo before I'm cleared. What kind of things cause a murmur in someone my age?",
     "cardiology", "20~29", "female"),
    ("My father is 72 and had a stent put in five years ago. He's booked on a trip to Machu Picchu in the autumn. His old heart specialist has retired. Should he have a stress test before going to that altitude and who would do it?",
     "cardiology", "70~79", "male"),
    ("my heart does this skip-thump thing a few times a day, mostly after coffee or lying on my left side. 38, female, do spin 3x a week and it doesn't happen during class. gp said ectopics but didn't test anything. should i push for a holter?",
     "cardiology", "30~39", "female"),

    # dentistry
    ("Cracked the corner off my front tooth on my water bottle going over a pothole mid-ride. 27, bloke. Doesn't hurt but the edge is sharp and cuts my lip. Can it be bonded or do I need a crown?",
     "dentistry", "20~29", "male"),
    ("I'm 17 and swim about 20 hours a week. My teeth have gone brownish near the gums and they're really sensitive to cold water now. Someone said it's from the pool chemicals. Can it be cleaned off?",
     "dentistry", "10~19", "undisclosed"),
    ("24F, trekking to Everest Base Camp in three weeks and my bottom left wisdom tooth has started flaring up again, gum swollen round it. Should I get it out before I go or will it be ok with mouthwash?",
     "dentistry", "20~29", "female"),
    ("My mother is 81 and her bottom denture has started rubbing, she has two sore spots on her gums and has gone off her food because chewing hurts. Can dentures be relined or does she need new ones?",
     "dentistry", "80+", "female"),

    # dermatology
    ("Been surfing for 30 years, I'm 49 now. My wife noticed a mole on my back that's gone darker and a bit uneven at one edge. Not itchy. Want it checked properly, who does mole mapping?",
     "dermatology", "40~49", "male"),
    ("Every spring when I start hiking again I get an itchy bumpy rash on my forearms and the V of my neck a day after sun exposure. Fades in a week. I'm 34, female. Someone said polymorphic light eruption? Can it be prevented?",
     "dermatology", "30~39", "female"),
    ("two round bald patches have appeared in my hair over the last month, smooth skin, no itch. i'm 27 and non-binary, been stressed with training for my first ultra. alopecia areata? does it grow back?",
     "dermatology", "20~29", "other"),
    ("My son is 16 and plays high school football. He's got bad acne on his back and shoulders exactly where the pads sit. Over the counter washes haven't done anything. Is there something stronger?",
     "dermatology", "10~19", "male"),

    # endocrinology
    ("Type 1 for 12 years, I'm 31F and training for my first marathon. I keep going low around 25km even with a 50% temp basal and gels every 30 min. Need help adjusting my regimen for long runs, who specialises in this?",
     "endocrinology", "30~39", "female"),
    ("Lost 6kg over two months without trying, hands shaky, hot all the time. Blood test showed TSH 0.02 and my GP mentioned an overactive thyroid. I'm a 42 year old woman. What happens next?",
     "endocrinology", "40~49", "female"),
    ("35 year old man, did a couple of steroid cycles for bodybuilding, came off 6 months ago and my testosterone is still on the floor, no sex drive, feel flat. How do I get my natural levels back?",
     "endocrinology", "30~39", "male"),
    ("Type 2 diabetic, 58 year old male, HbA1c is 64 on metformin 1g twice daily. I'm going on a three week cruise soon. Would like my medication reviewed and maybe something added. Who manages this?",
     "endocrinology", "50~59", "male"),

    # family-medicine
    ("I'm 45 and about to join a masters rowing club. Haven't seen a doctor in years. I'd like a general check-up first. What bloods and checks should I ask for as a man my age?",
     "family-medicine", "40~49", "male"),
    ("Caught a cold on the flight back from Malaga, it's been 10 days now. Blocked nose, mild cough, a bit run down but no fever. I'm 29. When does a cold stop being just a cold?",
     "family-medicine", "20~29", "undisclosed"),
    ("52, female, exhausted all the time for the last couple of months, not sleeping well, no energy for my walking group. Nothing specific hurts. Where do I even start?",
     "family-medicine", "50~59", "female"),
    ("I'm 68 and want a general once-over before a fortnight's walking holiday in the Lakes. Not been to the doctor in about five years, take no regular meds. What's sensible to check?",
     "family-medicine", "60~69", "undisclosed"),

    # gastroenterology
    ("Runner's trots ruining my long runs. 33F, every run over 15km I have to find a toilet urgently, sometimes twice. Coeliac test was negative. Low FODMAP the day before helped a bit. Is there anything else to look into?",
     "gastroenterology", "30~39", "female"),
    ("47 year old man, since getting a tri bike and riding in the aero position I've had burning reflux every evening. Six weeks of omeprazole and it's no better. Do I need a camera test?",
     "gastroenterology", "40~49", "male"),
    ("My ALT came back at 110 on a routine work medical. I'm a 41 year old woman, hardly drink, but I take a lot of supplements for CrossFit (pre-workout, fat burner, green tea extract). Could they be hurting my liver?",
     "gastroenterology", "40~49", "female"),
    ("19M, play uni football, Crohn's diagnosed two years ago and on Humira. The last month I'm back to going 6-7 times a day with cramps. I think my treatment needs looking at before exams.",
     "gastroenterology", "10~19", "male"),

    # general-surgery
    ("There's a soft lump in my right groin that pops out when I deadlift or cough and disappears when I lie down. 36M. Doesn't hurt much. Hernia? Will I need an operation and how long off the gym?",
     "general-surgery", "30~39", "male"),
    ("Scan showed gallstones after a few attacks of pain under my right ribs after fatty meals. 44, female. All settled now. I'd like to talk about having my gallbladder out before my ski season.",
     "general-surgery", "40~49", "female"),
    ("21 yo guy, cyclist, pilonidal sinus keeps flaring up every few months, drained twice at walk-in. Want to get it sorted properly, what surgery options are there?",
     "general-surgery", "20~29", "male"),
    ("Haemorrhoids that prolapse after long bike rides, 55F, creams and fibre haven't helped for a year. Is banding worth it, who does that?",
     "general-surgery", "50~59", "female"),

    # hematology-oncology
    ("My platelets came back at 90 on routine bloods and I've always bruised easily from rugby. 34, male, feel well. Repeat was 88. What could cause this and who should I see?",
     "hematology-oncology", "30~39", "male"),
    ("Mum's 71 and a blood test showed CLL. They said 'watch and wait'. She wants to go on a cruise to Norway in the summer. Does she need any special precautions or vaccines with this?",
     "hematology-oncology", "70~79", "female"),
    ("A lymph node in the side of my neck has been swollen for six weeks, rubbery, not sore, and I've had drenching night sweats. 28 year old woman, no cold or sore throat. My GP did bloods and wants a referral. Which clinic?",
     "hematology-oncology", "20~29", "female"),
    ("I'm 18, male, and just found out I have sickle cell trait. I've been selected for a rugby training camp at altitude in South Africa. Any extra risks and how do I manage them?",
     "hematology-oncology", "10~19", "male"),

    # infectious-diseases
    ("Back from a month in Kenya 3 weeks ago and I've had low-grade temperatures on and off since. Urgent care did two malaria tests, both negative. I'm 30F and otherwise ok. What else could it be?",
     "infectious-diseases", "30~39", "female"),
    ("23 year old guy, going backpacking for six months through Colombia, Peru, Bolivia and Brazil. Which vaccines and tablets do I actually need? Yellow fever, rabies, typhoid?",
     "infectious-diseases", "20~29", "male"),
    ("Thinking about starting PrEP. I'm 27 and identify as non-binary. What tests are needed first and how often are kidney checks done?",
     "infectious-diseases", "20~29", "other"),
    ("Found a tick on my thigh after a hike in Connecticut, and 10 days later there's a spreading red ring about 8cm across. 52, female, feel a bit achy. Lyme? Who treats this?",
     "infectious-diseases", "50~59", "female"),
]
