# Hand-written triage items (part A). (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("DS is 14 and the sports physical doc heard a heart murmur, never heard before. pediatrician wants an echo before he can play football. what kind of murmur could show up at 14?",
     "cardiology", "10~19", "male"),
    ("I'm 62 and my Apple watch keeps telling me possible AFib, usually at night. I feel a fluttering when it happens. I'm a woman, healthy otherwise, on nothing but vitamin D.",
     "cardiology", "60~69", "female"),
    ("45 yo guy, dad and uncle both had bypass in their 50s. My LDL is 190 even with running. Should I get a calcium score or stress test? No symptoms",
     "cardiology", "40~49", "male"),
    ("DD is 8 months old and has a VSD they found at birth. she sweats on her head during bottles and her weight gain slowed down. her heart doctor visit isn't til next month, should we move it up?",
     "cardiology", "0~9", "female"),

    # dentistry
    ("DS is 2 and he face planted on the kitchen floor and chipped a tiny corner off his front tooth. no bleeding, he's eating fine. does a baby tooth chip need fixing?",
     "dentistry", "0~9", "male"),
    ("my 7 yo daughter has a black spot on her back molar and says it hurts with cold drinks. cavity? we haven't been to a dentist since covid honestly",
     "dentistry", "0~9", "female"),
    ("34F, wisdom tooth on the bottom left is coming in sideways and the gum over it is swollen and gross tasting. Rinsing with salt water. Does it need to come out?",
     "dentistry", "30~39", "female"),
    ("My grandpa is 74 and his new dentures are rubbing sores in his gums, he won't wear them so he's only eating soup. how long does adjusting take",
     "dentistry", "70~79", "male"),

    # dermatology
    ("my 16 yo DD has acne all over her forehead and chin, we tried benzoyl peroxide and the Cetaphil stuff for 6 months. she's miserable about it. prescription options?",
     "dermatology", "10~19", "female"),
    ("52 year old man, my wife noticed a mole on my back that's bigger and darker than last summer, edges kind of blurry. Lots of sunburns as a kid.",
     "dermatology", "50~59", "male"),
    ("I'm 28 and I have thick scaly silvery patches on both elbows and along my hairline. itchy. hydrocortisone does nothing. is this psoriasis?",
     "dermatology", "20~29", "undisclosed"),
    ("DS (5) has molluscum, dozens of little bumps on his tummy and armpits, it's been a year and spreading. pediatrician said we could see a dermatologist to freeze/scrape them. worth it?",
     "dermatology", "0~9", "male"),

    # endocrinology
    ("DD just turned 7 and she has little breast buds and underarm odor already. is that early puberty? my sister says it's normal now but 7 seems young",
     "endocrinology", "0~9", "female"),
    ("41M. labs showed calcium 11.2 twice and my PTH is high, plus I've had 2 kidney stones. PCP said hyperparathyroidism. what's next?",
     "endocrinology", "40~49", "male"),
    ("My son is 13 and the shortest in his class by a lot, like 4'6\". He hasn't had a growth spurt. His dad is 5'10\". Growth hormone testing?",
     "endocrinology", "10~19", "male"),
    ("57 y/o woman, found a 2 cm nodule on my thyroid on a neck ultrasound. TSH normal. They said biopsy maybe. Should I be worried?",
     "endocrinology", "50~59", "female"),

    # family-medicine
    ("35M, haven't had a checkup in like 8 years. no complaints, just turned 35 and wife is nagging lol. what labs should I ask for at a physical?",
     "family-medicine", "30~39", "male"),
    ("I'm 24 and a girl, cold for 5 days, stuffy nose, scratchy throat, no fever. Dayquil helps a bit. how long before I should worry it's sinus infection?",
     "family-medicine", "20~29", "female"),
    ("I'm 47 and just tired all the time for a few months. sleep 7 hrs. no big changes. not sure what kind of doctor to even ask, general checkup?",
     "family-medicine", "40~49", "undisclosed"),
    ("Turning 60 next month (male). What vaccines am I supposed to get now? Shingles, pneumonia? Last tetanus maybe 2012.",
     "family-medicine", "60~69", "male"),

    # gastroenterology
    ("I'm a 42 year old woman with heartburn for years, now food feels like it sticks in my chest going down, mostly bread and meat. PPI helps the burn but not that.",
     "gastroenterology", "40~49", "female"),
    ("55M, never had a colonoscopy, and now I've seen bright red blood on the TP a few times. Probably hemorrhoids? Should I book the scope?",
     "gastroenterology", "50~59", "male"),
    ("DD is 9 and her blood test came back positive for celiac (tTG high). Pediatrician is sending us to a GI for an endoscopy. Do we keep her on gluten until then??",
     "gastroenterology", "0~9", "female"),
    ("31 yo male, cramping and loose stools after almost every meal for 6 months, worse with stress. no blood, no weight loss. IBS? what tests?",
     "gastroenterology", "30~39", "male"),

    # general-surgery
    ("40 yo man, I have a bulge in my right groin that pops out when I lift stuff at work and goes back when I lie down. hernia? does it need surgery?",
     "general-surgery", "40~49", "male"),
    ("29F, ultrasound showed gallstones after a few attacks of right upper belly pain after fatty meals. Between attacks I feel fine. do I need my gallbladder out?",
     "general-surgery", "20~29", "female"),
    ("My mom is 65 and has a soft lump on her back that's grown to like a golf ball over 3 years. doc said lipoma. she wants it removed because it rubs on her bra",
     "general-surgery", "60~69", "female"),
    ("I'm 19 (guy) and keep getting a painful cyst at the top of my butt crack, drained twice at urgent care. pilonidal. is there a permanent fix?",
     "general-surgery", "10~19", "male"),

    # hematology-oncology
    ("My husband is 67 and getting R-CHOP for lymphoma, cycle 3. His counts are low and they delayed chemo a week. Is that going to make it work less?",
     "hematology-oncology", "60~69", "male"),
    ("DS is 6 and has sickle cell. his hematologist wants to start hydroxyurea. we're nervous about side effects long term. how common are problems?",
     "hematology-oncology", "0~9", "male"),
    ("48 yo female, platelets came back 88 on routine labs, no bruising or bleeding. rechecked and 91. what causes that?",
     "hematology-oncology", "40~49", "female"),
    ("our 15 yo daughter was just diagnosed with von Willebrand after heavy periods and nosebleeds. Can she still play soccer? What about getting her wisdom teeth out later",
     "hematology-oncology", "10~19", "female"),

    # infectious-diseases
    ("30 yo gay man, want to start PrEP. I've heard about the shot every 2 months vs the daily pill. which is better and what tests do I need first?",
     "infectious-diseases", "30~39", "male"),
    ("I'm 36 (female), work at a nursing home, my QuantiFERON came back positive but chest xray normal. They said latent TB. Do I really need 4 months of pills?",
     "infectious-diseases", "30~39", "female"),
    ("DS is 12 and going on a church mission trip to Kenya this summer. what vaccines and malaria pills does a kid his age need?",
     "infectious-diseases", "10~19", "male"),
    ("I'm 44, HIV positive for 10 years, undetectable on Biktarvy. Is there any chance of a simpler treatment, like the injections?",
     "infectious-diseases", "40~49", "undisclosed"),

    # nephrology
    ("61M, my kidney function has been dropping, creatinine 1.9, GFR 38. CKD stage 3b they said. What should I change in my diet? I'm diabetic too",
     "nephrology", "60~69", "male"),
    ("my mom had polycystic kidney disease and now at 35 an ultrasound found cysts on both my kidneys. Is there anything that slows it down? I'm a woman if it matters",
     "nephrology", "30~39", "female"),
    ("DS is 8 and has nephrotic syndrome, he relapsed again — puffy eyes in the morning and protein 3+ on the home dipstick. his kidney doctor is on vacation. restart the steroids?",
     "nephrology", "0~9", "male"),
    ("My mother is 78, GFR down to 22. her kidney doctor started talking about dialysis prep. she doesn't want it. what happens if she says no?",
     "nephrology", "70~79", "female"),
]
