# Writer 62 - triage items, part A
# Each item: (text, department, age_range, gender)

ITEMS = [
    # cardiology
    (
        "I'm a 58 year old bus driver (man). For a few months when I walk up the hill from the depot I get a heavy feeling "
        "in my chest that goes after I stop and rest for a couple of minutes. Never at rest. Who should I see?",
        "cardiology", "50~59", "male",
    ),
    (
        "warehouse supervisor, female, 47. my smartwatch keeps flagging my heart rate jumping to 160 for no reason while "
        "i'm just sitting at my desk, lasts 10-20 min then stops suddenly. feel a bit lightheaded during. no chest pain",
        "cardiology", "40~49", "female",
    ),
    (
        "At my work medical (I'm a train driver) they heard a heart murmur. I'm 34 and a guy, no symptoms. They want a "
        "specialist letter before I go back on the trains. What test will they do?",
        "cardiology", "30~39", "male",
    ),
    (
        "my mum is 76, retired dinner lady. Her legs swell up to the knees and she gets out of breath walking to the shop, "
        "she sleeps sitting up in the chair now. Her GP increased her furosemide but it's not much better.",
        "cardiology", "70~79", "female",
    ),
    # dentistry
    (
        "Bartender, 29F. One of my back teeth at the bottom is really sensitive to cold drinks, and I'm behind the bar "
        "all night so it's constant. No swelling. Filling gone?",
        "dentistry", "20~29", "female",
    ),
    (
        "I'm a 44 year old man and work in a call centre. My gums bleed every time I brush and my breath is bad, my "
        "colleagues have started leaving mints on my desk lol. One tooth feels a bit loose.",
        "dentistry", "40~49", "male",
    ),
    (
        "Chipped my front tooth at work when a box fell off a shelf. No pain, just a sharp edge and it looks awful. "
        "I'm 23 and work front of house in a hotel so I need it fixed.",
        "dentistry", "20~29", "undisclosed",
    ),
    (
        "retired postman, 71. my dentures don't fit anymore, they rub and I've got sore spots on the gum. Can they be "
        "relined or do I need new ones?",
        "dentistry", "70~79", "male",
    ),
    # dermatology
    (
        "Lifeguard at the outdoor pool, 38, male. I have a mole on my back that my wife says has got bigger and darker "
        "this summer, edges a bit uneven. No itching. Who looks at that?",
        "dermatology", "30~39", "male",
    ),
    (
        "Nurse, 26 female. Since uni I've had acne on my jaw and chin, painful deep ones, worse before my period. Masks at "
        "work make it worse. Tried the pill and lymecycline.",
        "dermatology", "20~29", "female",
    ),
    (
        "Scalp flaking like snow, thick silvery patches behind my ears and along the hairline. I'm a hairdresser so it's "
        "embarrassing with clients. 41, woman.",
        "dermatology", "40~49", "female",
    ),
    (
        "I've got white patches on my hands and around my eyes that are slowly spreading, I'm 33 and a teacher, the "
        "kids have started asking. No itching. What is it and who treats it?",
        "dermatology", "30~39", "undisclosed",
    ),
    # endocrinology
    (
        "I'm a 35 year old woman, office worker. Lost a stone without trying, heart racing, hands shaky, can't stand the "
        "heat in the office, eyes feel gritty and look a bit bulgy. GP said my TSH is undetectable.",
        "endocrinology", "30~39", "female",
    ),
    (
        "Factory worker, 52 M, type 2 diabetes for 8 years. On metformin and gliclazide, HbA1c still 78. GP mentioned "
        "insulin and I'm scared because I work machinery. I'd like a specialist to look at options.",
        "endocrinology", "50~59", "male",
    ),
    (
        "Soldier, male, 27. Blood test for a medical showed calcium high at 2.84 twice and they said parathyroid. "
        "I do get kidney stones. What's next?",
        "endocrinology", "20~29", "male",
    ),
    (
        "Secretary, 48F. Round face, weight round my tummy, thin skin that bruises easy, purple stretch marks. "
        "I read about Cushing's. Not on steroids.",
        "endocrinology", "40~49", "female",
    ),
    # family-medicine
    (
        "Hi, I'm a 40 year old man, work in IT, never been to a doctor in years. Just want a general health check - "
        "cholesterol, blood pressure, all that. What should I ask for?",
        "family-medicine", "40~49", "male",
    ),
    (
        "Teacher here, 31, stuffy nose, sore throat and a mild cough for 4 days, no fever. Half the class has it. Do I "
        "need anything or just ride it out?",
        "family-medicine", "30~39", "undisclosed",
    ),
    (
        "Shop assistant, woman, 55. Just generally feeling tired and run down for a few weeks, nothing specific. "
        "Sleeping ok. Could I get some bloods done to check?",
        "family-medicine", "50~59", "female",
    ),
    (
        "I'm 22 and about to start a job at a care home, they want proof of vaccinations and a fit-to-work form signed. "
        "I don't have my records. Who can do that?",
        "family-medicine", "20~29", "undisclosed",
    ),
    # gastroenterology
    (
        "Delivery driver, 45M. Heartburn every day for a year, now food sometimes feels like it sticks halfway down. "
        "Omeprazole helped at first. I was told I might need a camera test.",
        "gastroenterology", "40~49", "male",
    ),
    (
        "I'm a 24 year old woman working in retail, I've had diarrhoea 4-6 times a day for 6 weeks with some blood and "
        "mucus, cramps before I go. Lost weight. Stool tests for infection were negative.",
        "gastroenterology", "20~29", "female",
    ),
    (
        "Chef, 39, female. Blood test showed positive coeliac antibodies (tTG high). I'm eating gluten all day at work "
        "tasting food. What happens next, do I need a biopsy?",
        "gastroenterology", "30~39", "female",
    ),
    (
        "My husband is 62, retired engineer, liver tests came back abnormal and the ultrasound said 'coarse liver' "
        "maybe cirrhosis. He used to drink heavily. Who should he be referred to?",
        "gastroenterology", "60~69", "male",
    ),
    # general-surgery
    (
        "Removals man, 36M. Lump in my right groin that pops out when I lift and goes back when I lie down, aches by the "
        "end of a job. Doctor said inguinal hernia. Want it fixed.",
        "general-surgery", "30~39", "male",
    ),
    (
        "Nurse, 43F. Had 3 attacks of gallstone pain this year under my right ribs after fatty meals, ultrasound shows "
        "multiple stones. Wants to know about keyhole removal.",
        "general-surgery", "40~49", "female",
    ),
    (
        "I've got a lump on my back, soft, moves, about 4cm, been growing slowly for 2 years. GP says lipoma. It rubs "
        "on my rucksack when I'm on my delivery bike. I'm 30, bloke.",
        "general-surgery", "30~39", "male",
    ),
    (
        "HGV driver, 50. Painful swelling at the top of my bum crack keeps coming back and leaking, I've had it lanced "
        "twice. Pilonidal sinus. I need it sorted properly.",
        "general-surgery", "50~59", "undisclosed",
    ),
    # hematology-oncology
    (
        "Cleaner, 67, female. Blood test showed white cells 38 with lots of lymphocytes, GP said possibly CLL and is "
        "referring me. I feel fine. What kind of specialist will see me?",
        "hematology-oncology", "60~69", "female",
    ),
    (
        "Office worker, man aged 29. Painless lumps in my neck for 2 months, night sweats soaking the sheets, itching "
        "all over. Lost half a stone. A scan showed big lymph nodes in my chest.",
        "hematology-oncology", "20~29", "male",
    ),
    (
        "I'm a 38 year old woman and was just told I have a blood clot in my leg, the second one in 3 years, no obvious "
        "reason. My mum had clots too. Should I be tested for a clotting disorder?",
        "hematology-oncology", "30~39", "female",
    ),
    (
        "My father, 74, retired farmer, has had back pain and his blood test showed high calcium, anaemia and kidney "
        "problems. They mentioned a protein in his blood and the word myeloma.",
        "hematology-oncology", "70~79", "male",
    ),
    # infectious-diseases
    (
        "Aid worker, 32F, came back from Ghana 10 days ago. Fevers every other day with shaking chills and headache. "
        "Took my malaria tablets most of the time. Blood film not done yet.",
        "infectious-diseases", "30~39", "female",
    ),
    (
        "I'm a 27 year old gay man, work in hospitality. Recent HIV test came back positive. I'm healthy otherwise. "
        "Who will look after me and start treatment?",
        "infectious-diseases", "20~29", "male",
    ),
    (
        "Prison officer, 45. Exposure to TB at work, my blood test (QuantiFERON) is positive but chest xray is clear. "
        "They're talking about latent TB treatment. Which clinic does this?",
        "infectious-diseases", "40~49", "undisclosed",
    ),
    (
        "Farm worker, 53, male. Fevers on and off for a month, sweats, sore joints, the vet thinks our cattle had "
        "brucellosis. GP took blood cultures.",
        "infectious-diseases", "50~59", "male",
    ),
    # nephrology
    (
        "Road worker, 56M, diabetic and high blood pressure. My kidney function eGFR went from 52 to 38 in a year and "
        "there's protein in my urine. GP wants me seen by a specialist.",
        "nephrology", "50~59", "male",
    ),
    (
        "I'm a 31 year old woman, teacher. They found blood and protein in my urine at a routine check, and my ankles "
        "are puffy. BP 150/95 which is new for me. Creatinine ok.",
        "nephrology", "30~39", "female",
    ),
    (
        "My mum is 64 and has polycystic kidneys like her dad had. Her kidney function is dropping and they've "
        "mentioned dialysis might be needed in a few years. She worked in a bakery till last year.",
        "nephrology", "60~69", "female",
    ),
    (
        "Builder, 44. Creatinine came back 190 on a routine test, I take a lot of ibuprofen for my back and some "
        "protein shakes. Doctor says my kidneys are struggling. What now?",
        "nephrology", "40~49", "undisclosed",
    ),
    # neurology
    (
        "Accountant, 34F. Twice in a year I've had numbness down one side and then a few months later blurred vision in "
        "one eye that got better on its own. MRI showed 'white spots'. Worried about MS.",
        "neurology", "30~39", "female",
    ),
    (
        "Forklift driver, 61, male. Right hand shakes when it's resting, handwriting getting tiny, I'm slower walking and "
        "my wife says I don't swing my arm. Still working for now.",
        "neurology", "60~69", "male",
    ),
    (
        "I'm a 19 year old student and part-time barista. I've had two episodes where I blanked out for a minute and my "
        "friends said my lips were smacking and I didn't answer them. No memory of it.",
        "neurology", "10~19", "undisclosed",
    ),
    (
        "Retired teacher, 72, woman. Migraines came back after 30 years, and now I also get weakness in my legs and "
        "my hands have gone clumsy doing buttons. Neck MRI booked.",
        "neurology", "70~79", "female",
    ),
]
