# Hand-written triage items, part A. (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("im 16 and my heart does this skipping thing when im lying in bed, like a flip flop and then a pause. no pain, happens most nights. do i need a heart doctor or is this anxiety",
     "cardiology", "10~19", "undisclosed"),
    ("Our 15 year old son was told at his sports physical that he has a heart murmur and he needs an echo before he's cleared for basketball. He feels completely fine. Who do we book with?",
     "cardiology", "10~19", "male"),
    ("I'm a 58 year old man. A murmur was picked up at my physical and the echo shows moderate aortic stenosis. I get a bit short of breath on hills. When does the valve need doing?",
     "cardiology", "50~59", "male"),
    ("83 years young and a great-grandma. My ankles swell by evening and I'm winded on the stairs more than before. I have atrial fibrillation and take Eliquis. Is my heart getting weaker?",
     "cardiology", "80+", "female"),

    # dentistry
    ("my braces wire came loose and its stabbing my cheek, now theres an ulcer. orthodontist closed till monday 😭 14f",
     "dentistry", "10~19", "female"),
    ("19 and my bottom left wisdom tooth is coming in sideways, gum around it is swollen and sore when i chew",
     "dentistry", "10~19", "undisclosed"),
    ("45 year old guy here. A filling fell out of a back molar yesterday and now anything cold makes that tooth zing. Can it wait a week?",
     "dentistry", "40~49", "male"),
    ("My 13 year old daughter grinds her teeth so loudly at night we can hear it through the wall, and she says her jaw aches in the morning. Mouth guard?",
     "dentistry", "10~19", "female"),

    # dermatology
    ("acne on my forehead and back, im 15 (guy). tried benzoyl peroxide wash for 3 months and nothing. is there something stronger i can get",
     "dermatology", "10~19", "male"),
    ("im 17 and i have white patches on my hands that are slowly getting bigger, like the skin lost its color. doesnt itch. ppl keep asking about it",
     "dermatology", "10~19", "undisclosed"),
    ("I'm a 63 year old woman. A mole on my shoulder has changed over the summer, it's now two shades of brown with a ragged edge. Husband noticed it.",
     "dermatology", "60~69", "female"),
    ("24M. Thick silvery scaly patches on both elbows and knees, itchy, getting worse in winter. My dad has psoriasis. What creams work?",
     "dermatology", "20~29", "male"),

    # endocrinology
    ("im 14 and the shortest boy in 9th grade, like 4'9, and nothing's changing yet puberty-wise. my mom wants to know if i need hormone tests",
     "endocrinology", "10~19", "male"),
    ("38 year old woman. Heart racing, lost 10 lbs without trying, my eyes look bulgy in photos and my hands shake. TSH came back undetectable. What now?",
     "endocrinology", "30~39", "female"),
    ("My 17 year old daughter has type 1 and her A1c has crept up to 9.5 this year. She's been missing boluses with all the stress of senior year. Can someone help us adjust her pump settings?",
     "endocrinology", "10~19", "female"),
    ("65 yr old man, type 2 diabetic, already on metformin full dose, A1c 8.3. Doc mentioned insulin and I'm nervous about needles. Other options?",
     "endocrinology", "60~69", "male"),

    # family-medicine
    ("need a physical done for college, im 18, no health problems. also need my vaccine record updated, idk if i had the meningitis one",
     "family-medicine", "10~19", "undisclosed"),
    ("I'm 35 and I've had a cold for 10 days. Stuffy nose, mild cough, no fever, just tired. When should I actually worry?",
     "family-medicine", "30~39", "undisclosed"),
    ("Haven't been to a doctor in ten years. 52 year old guy, feel fine, wife is making me. What should a check-up at my age include?",
     "family-medicine", "50~59", "male"),
    ("im 19 and just kinda tired all the time for a month. sleeping ok, eating ok, no other symptoms really. where do i even start",
     "family-medicine", "10~19", "undisclosed"),

    # gastroenterology
    ("im 16 and every time i have milk or ice cream i get cramps and have to run to the bathroom. lactose intolerant??",
     "gastroenterology", "10~19", "undisclosed"),
    ("57 year old woman. Heartburn nearly every day for a year even on omeprazole, and lately bread feels like it sticks halfway down.",
     "gastroenterology", "50~59", "female"),
    ("My son is 18 and has had diarrhea with mucus and streaks of blood for 6 weeks. He's lost about 12 lbs. His uncle has Crohn's.",
     "gastroenterology", "10~19", "male"),
    ("45M, no symptoms, due for my first screening colonoscopy. Do I need a referral or can I book directly?",
     "gastroenterology", "40~49", "male"),

    # general-surgery
    ("I'm 34 (male). Got a bulge in my groin that pops out when I lift at the gym and goes away when I lie down. Doesn't hurt much. Hernia?",
     "general-surgery", "30~39", "male"),
    ("17m. theres a painful swollen lump at the top of my butt crack and its been draining gross stuff. friend said pilonidal cyst. does it need to be cut out",
     "general-surgery", "10~19", "male"),
    ("I'm a 48 year old woman. Ultrasound showed gallstones after months of pain under my right ribs after greasy meals. My GP says I should see a surgeon about removing my gallbladder.",
     "general-surgery", "40~49", "female"),
    ("My husband is 66 and had his appendix out with keyhole surgery last month. Now there's a soft bulge at one of the little scars near his belly button.",
     "general-surgery", "60~69", "male"),

    # hematology-oncology
    ("im 15 and i bruise super easy and my nosebleeds last like 20 min. my mom is the same. could we have a bleeding disorder?",
     "hematology-oncology", "10~19", "undisclosed"),
    ("My 14 year old son was diagnosed with sickle cell disease as a baby. We just moved states and need a new specialist to manage his hydroxyurea.",
     "hematology-oncology", "10~19", "male"),
    ("61 year old male. Routine bloods showed a white count of 28 with high lymphocytes. Doctor said it could be CLL. I feel fine. What happens next?",
     "hematology-oncology", "60~69", "male"),
    ("I'm a 43 year old woman who finished chemo for breast cancer in May. When is my next scan, and is tamoxifen for 5 years or 10?",
     "hematology-oncology", "40~49", "female"),

    # infectious-diseases
    ("im 19 and i want to start PrEP. new partner, we don't always use condoms. where do i get it and do i need tests first",
     "infectious-diseases", "10~19", "undisclosed"),
    ("28F, came back from Ghana 2 weeks ago, been getting fevers every other day with shaking chills. I stopped the malaria pills early. Can I be tested for malaria?",
     "infectious-diseases", "20~29", "female"),
    ("My 16 year old son got a tick bite at scout camp and now has a round red rash with a clear middle on his thigh and achy joints. Lyme?",
     "infectious-diseases", "10~19", "male"),
    ("52, starting a new job at a nursing home and my TB skin test was positive. Chest x-ray was normal. Do I need to take treatment?",
     "infectious-diseases", "50~59", "undisclosed"),

    # nephrology
    ("im 17 and my pee has been really foamy and my eyes are puffy every morning. my doctor found protein in my urine and said see a kidney specialist",
     "nephrology", "10~19", "undisclosed"),
    ("68, diabetic for 20 years. My eGFR has dropped to 35 this year. They mentioned dialysis someday and I'm scared. What can slow it down?",
     "nephrology", "60~69", "undisclosed"),
    ("My 13 year old daughter had strep throat 2 weeks ago and now her urine looks like cola and her ankles are puffy. Her GP found blood and protein in the urine.",
     "nephrology", "10~19", "female"),
    ("40M. Polycystic kidney disease runs in my family, my dad was on dialysis by 55. I want to get screened and know what to watch for.",
     "nephrology", "40~49", "male"),

    # neurology
    ("im 16 and get migraines with zigzag lines in my vision before, like 3 a week since school started. missing so much class",
     "neurology", "10~19", "undisclosed"),
    ("My daughter is 14 and her teachers noticed she stares blankly for a few seconds several times a class and doesn't respond. She doesn't remember it. Absence seizures?",
     "neurology", "10~19", "female"),
    ("33 year old woman. Last year I had tingling in both legs for weeks and blurry vision in one eye that went away. Now the tingling is back. I'm worried about MS.",
     "neurology", "30~39", "female"),
    ("My father is 74. His right hand trembles when it's resting on his lap, and he's started shuffling when he walks. Is this Parkinson's?",
     "neurology", "70~79", "male"),
]
