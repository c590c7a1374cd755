# Triage items part A. (text, department, age_range, gender). Written by hand.

ITEMS = [
    # cardiology
    ("im 53, farmer, my old man died of his heart at 61. my cholesterol was 7 something and the doc wants me to do a treadmill stress test in Regina. I feel fine. Is the test worth the drive or is it just to make money",
     "cardiology", "50~59", "male"),
    ("My wife is 36 and they heard a heart murmur at her pre-op for her gallbladder. Surgery got put off until she has an echo. What does a murmur usually mean at her age",
     "cardiology", "30~39", "female"),
    ("Dad is 78 with heart failure, they say his pump is at 30 percent. His ankles swell by evening and he still wants to go check the cows every day. Is walking ok for him or should he rest more",
     "cardiology", "70~79", "male"),
    ("I'm 61 and drive truck. Wore a heart monitor for 2 weeks and it showed atrial fibrillation on and off. I feel it as a flutter sometimes but no pain. They want me on a blood thinner, do I have to",
     "cardiology", "60~69", "undisclosed"),

    # dentistry
    ("bit down on a piece of beef jerky and cracked my back molar, half the tooth is gone, doesnt hurt much just sharp on my tongue. 44 year old guy, nearest dentist is 2 hrs. how long can i leave it",
     "dentistry", "40~49", "male"),
    ("my daughter is 6 and fell off the hay wagon, knocked her front baby tooth, it's grey now and a little loose. No bleeding. Will it hurt the adult tooth",
     "dentistry", "0~9", "female"),
    ("33, male, chewed snuff since high school. gums are pulled back on the bottom front teeth where I keep the dip and they bleed when I brush. Can that grow back",
     "dentistry", "30~39", "male"),
    ("My mother is 84 and her bottom denture rubs a sore spot on her gum so she won't wear it and only eats soup. Can the dentures be fixed or does she need new ones",
     "dentistry", "80+", "female"),

    # dermatology
    ("41 yr old guy, spent my life on the rigs in the sun. Mole on my back my wife says got bigger and darker with uneven edges. Doesnt hurt or bleed. How soon to get it looked at",
     "dermatology", "40~49", "male"),
    ("I'm 16 and a girl and my acne is really bad on my chin and forehead, some are big and painful. tried all the drugstore washes. What can a doctor give me",
     "dermatology", "10~19", "female"),
    ("psoriasis on my elbows and knees for 20 yrs, I'm 55 now and its spreading to my scalp. cream from the walk in doesnt cut it anymore",
     "dermatology", "50~59", "undisclosed"),
    ("28 year old male, concrete finisher. My hands got a rash that itches and cracks every time I pour, even with gloves. Off work on weekends it gets better",
     "dermatology", "20~29", "male"),

    # endocrinology
    ("They found a nodule on my thyroid on an ultrasound I had for something else. 2 cm. I'm a 45 year old woman, feel totally normal. They want a needle biopsy. What's the chance its cancer",
     "endocrinology", "40~49", "female"),
    ("type 1 since I was 9, now 19 and doing harvest on my uncle's farm. My pump keeps pulling out when I sweat so much. Anything that sticks better? sugars all over the place this month",
     "endocrinology", "10~19", "male"),
    ("62 year old farmer, type 2, on metformin and gliclazide, A1c still 9.5. doc says insulin next. I dont want needles. Are there other pills first",
     "endocrinology", "60~69", "male"),
    ("My calcium came back high on two blood tests. I'm 70. The doctor mentioned parathyroid. What's that and does it need surgery",
     "endocrinology", "70~79", "undisclosed"),

    # family-medicine
    ("wife is making me get a full check up, I'm 50, havent seen a doctor since my hernia at 30. What should I ask them to check. I drive truck and smoke",
     "family-medicine", "50~59", "male"),
    ("Had a cold for a week now, stuffy nose, sore throat, mild cough, no fever. 27 f. When should I bother going in, I work at the feed store and cant miss shifts",
     "family-medicine", "20~29", "female"),
    ("I'm 38 and just tired all the time for a few months. Sleep ok, eat ok. Nothing hurts. Not sure what kind of doctor even deals with this",
     "family-medicine", "30~39", "undisclosed"),
    ("nonbinary, they/them, 24. Moving to work on a cattle station in Australia for a year. What vaccines and checkups should I get before I go",
     "family-medicine", "20~29", "other"),

    # gastroenterology
    ("heartburn every single day, I'm a trucker 47, eat at truck stops, Tums by the bottle. Sometimes food feels stuck going down. Worth getting scoped?",
     "gastroenterology", "40~49", "male"),
    ("I'm a woman turning 50 this fall, my mom had colon cancer at 62. Should I get a colonoscopy or is the poop test enough",
     "gastroenterology", "50~59", "female"),
    ("33 year old camp worker. Loose stools 3 or 4 times a day for 3 months, cramps before I go, better on my week off. Gluten? IBS?",
     "gastroenterology", "30~39", "undisclosed"),
    ("58 yr old man, ultrasound shows fatty liver and my liver numbers are double normal. I drink maybe 6 beers on weekends. What happens next",
     "gastroenterology", "50~59", "male"),

    # general-surgery
    ("44 male, got a bulge in my right groin that pops out when I lift bales or cough and goes back in when I lay down. No pain mostly. Do I need surgery or can I wear a truss",
     "general-surgery", "40~49", "male"),
    ("I'm 39, woman, had 3 bad attacks of pain under my right ribs after greasy food this year. Ultrasound shows gallstones. Feeling fine today. Should I get it out or change my diet",
     "general-surgery", "30~39", "female"),
    ("Got a fatty lump on my shoulder the size of a small orange, 60 yr old fella, it's getting in the way of my suspenders. Can they cut it out in the office",
     "general-surgery", "60~69", "male"),
    ("21 and drive truck, I keep getting a painful swollen bump at the top of my butt crack that drains. Third time this year. Pilonidal cyst? Can it be fixed for good",
     "general-surgery", "20~29", "undisclosed"),

    # hematology-oncology
    ("I'm 33, a guy, and there's a lump on the side of my neck that doesnt hurt, been there 6 weeks, getting a bit bigger. no cold. They want a biopsy",
     "hematology-oncology", "30~39", "male"),
    ("My grandma is 70 and her platelets came back at 60 on routine bloodwork. She bruises easy. What could cause that",
     "hematology-oncology", "70~79", "female"),
    ("My wife is 58 and starts chemo for breast cancer next month. We run a mixed farm. Can she be around the cattle and chickens while her counts are down",
     "hematology-oncology", "50~59", "female"),
    ("72 year old man, told I have CLL and they're going to watch and wait. Feels odd to do nothing. What should I watch for",
     "hematology-oncology", "70~79", "male"),

    # infectious-diseases
    ("Woman 45, pulled a tick off my thigh 10 days ago up at the lake in Manitoba, now a big round red rash with a clear middle. No fever. Lyme? Do I need antibiotics",
     "infectious-diseases", "40~49", "female"),
    ("38 year old man, raise goats and we drink raw milk. I've had fevers coming and going for 5 weeks, sweats at night, achy joints. Went to the walk in twice, they said virus",
     "infectious-diseases", "30~39", "male"),
    ("Blood test for insurance came back positive for hep C. I'm 51, had some jail tattoos back in the day. Feel fine. What's the treatment now",
     "infectious-diseases", "50~59", "undisclosed"),
    ("I'm 29 and help with lambing every spring. Had fevers, headache and a dry cough for 3 weeks after lambing this year. My neighbour said Q fever. Is that a thing here",
     "infectious-diseases", "20~29", "undisclosed"),

    # nephrology
    ("67, diabetic farmer, my kidney number keeps dropping, eGFR was 38 last time. They mentioned a kidney specialist. Will I end up on dialysis",
     "nephrology", "60~69", "male"),
    ("34 year old female, urine test showed protein, blood pressure normal, no swelling. They repeated and still there. What kind of problem causes that",
     "nephrology", "30~39", "female"),
    ("My dad and grandpa both had polycystic kidneys. I'm 26, male, no symptoms. Should I get an ultrasound now",
     "nephrology", "20~29", "male"),
    ("mom is 74 and on dialysis 3 times a week in Yorkton, 90 minutes each way. Is there a home version she could do on the farm with my help",
     "nephrology", "70~79", "female"),

    # neurology
    ("68 yr old man, my right hand shakes when it's resting on my leg, stops when I pick something up. My writing got small too. Parkinson's?",
     "neurology", "60~69", "male"),
    ("migraines 3 or 4 a month since I was a teenager, I'm 24 now, woman, they knock me out for a day. Advil doesn't work anymore. Are there preventive meds",
     "neurology", "20~29", "female"),
    ("55, not diabetic, my feet have been tingling and burning at night for a year, going up to my ankles now. Blood tests were normal",
     "neurology", "50~59", "undisclosed"),
    ("17 year old son with epilepsy, seizure free 2 years on Keppra. He wants to get his drivers licence and run the tractor. What are the rules",
     "neurology", "10~19", "male"),
]
