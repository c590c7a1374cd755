# Hand-written privacy items with identifiers (part C: ordinary writers plus more carers).

ITEMS = [
    ("hi my name is Brandon Keller, 24, I have had a rash on my chest for a week, itchy round patches. my email is bkeller.24@gmail.com",
     [("name", "Brandon Keller"), ("email", "bkeller.24@gmail.com")], []),

    ("I'm 31 and pregnant with my second. Spotting a little after sex, is that normal at 14 weeks? - Anjali, +91 98234 56710",
     [("name", "Anjali"), ("phone", "+91 98234 56710")], []),

    ("Ive had a cough for 3 weeks since a cold. Im a teacher at St Mary's Primary in Dorking so I talk all day. Name's Philippa Grange.",
     [("name", "Philippa Grange")], ["St Mary's Primary"]),

    ("My passport number is 533380006 and I'm travelling to Kenya next month, do I need a yellow fever jab? Also malaria tablets? Tomás Herrera",
     [("id_number", "533380006"), ("name", "Tomás Herrera")], []),

    ("Hello doctor, I'm Mehmet Yilmaz, DOB 04.04.1979. For 2 days I have pain in my lower back going to left leg. I work in the warehouse at Amazon Fulfilment Centre Coventry, lifting all day.",
     [("name", "Mehmet Yilmaz"), ("date_of_birth", "04.04.1979")], ["Amazon Fulfilment Centre Coventry"]),

    ("My employee ID is 88-4410 and HR says I need a fit note while I recover from knee surgery. I'm at Halcrow Engineering. Can an online doctor provide one? Chris",
     [("id_number", "88-4410"), ("name", "Chris")], ["Halcrow Engineering"]),

    ("im 19 and think i have chlamydia. burning when i pee. i live at 221 College Ave, Ithaca NY, near campus. pls dont send anything to my house",
     [("address", "221 College Ave, Ithaca NY")], []),

    ("I'm Yusuf. My IG is @yusuf_lifts, I've been using creatine and my urine is dark. Are my kidneys ok?",
     [("name", "Yusuf"), ("handle", "@yusuf_lifts")], []),

    ("Hi, Dr. Carla Benedetti told me to get an MRI of my shoulder. I'm 45. My NHS number is 321 654 9870. Can I get it done privately quicker?",
     [("name", "Carla Benedetti"), ("id_number", "321 654 9870")], []),

    ("My boyfriend Jordan has had a sore throat and fever for 4 days, white spots on his tonsils. He's 22. We're students at Uni of Leeds, his student ID is 201677345.",
     [("name", "Jordan"), ("id_number", "201677345")], ["Uni of Leeds"]),

    ("I've got a weird mole on my back. My wife Hye-jin took a photo, it's got 3 colours. I'm 52. Reach me at (415) 555-0123. Peter",
     [("name", "Hye-jin"), ("phone", "(415) 555-0123"), ("name", "Peter")], []),

    ("Got rear-ended yesterday, my neck is stiff today. The other driver's plate was LR68 PKD, mine is FD21 XZA. Do I need an x-ray for insurance? Claim number CLM-2024-558812.",
     [("licence_plate", "LR68 PKD"), ("licence_plate", "FD21 XZA"), ("id_number", "CLM-2024-558812")], []),

    ("I'm Olamide, 28, female. I work at GTBank in Victoria Island. My periods have been irregular for 6 months and I've gained weight.",
     [("name", "Olamide")], ["GTBank"]),

    ("Hi, I run a blog about my chronic fatigue at https://tiredbutfine.wordpress.com/about-hannah - I'm Hannah, 36. Is there any new treatment for ME/CFS?",
     [("url", "https://tiredbutfine.wordpress.com/about-hannah"), ("name", "Hannah")], []),

    ("My insurance policy number is AXA-77120045 and they're asking for a doctor's note for my physiotherapy. I tore my ACL skiing. - Luc Fontaine",
     [("id_number", "AXA-77120045"), ("name", "Luc Fontaine")], []),

    ("Hi, I'm a nurse at Riverside Clinic in Tulsa and I got a needle stick from a patient this afternoon. My name is Keisha Brown, employee number 55102. Occupational health is closed, what are the next steps?",
     [("name", "Keisha Brown"), ("id_number", "55102")], ["Riverside Clinic"]),

    ("Diagnosed with Graves' disease last month. I'm 33. My endo is Dr. Javier Solís. Should I avoid iodine in food?",
     [("name", "Javier Solís")], []),

    ("im 16 and my mum doesnt know I'm asking. my snapchat is lil_mo_2008 if u can message me. i think i might have an eating disorder.",
     [("handle", "lil_mo_2008")], []),

    ("My father, Khalid Al-Mansouri, born 15/01/1956, has high sugar, 250 fasting. We live in Sharjah, villa 14, street 23, Al Nahda. Diet advice please.",
     [("name", "Khalid Al-Mansouri"), ("date_of_birth", "15/01/1956"), ("address", "villa 14, street 23, Al Nahda")], []),

    ("My son's school nurse at Westfield High called, he fainted in PE. He came round quickly and is home now. His name is Connor Walsh, 15. Should he see cardiology?",
     [("name", "Connor Walsh")], ["Westfield High"]),

    ("Hello, Ahmed here, my email ahmed.farouk@protonmail.com. I have a burning stomach pain after meals for 2 months.",
     [("name", "Ahmed"), ("email", "ahmed.farouk@protonmail.com")], []),

    ("I'm 63, recently retired from Network Rail. Had my prostate checked, PSA 6.2. Dr. Mwangi wants a biopsy. Is that necessary? - Geoffrey",
     [("name", "Mwangi"), ("name", "Geoffrey")], ["Network Rail"]),

    ("I'm 27 and my linkedin is linkedin.com/in/sara-lindgren-ux. I mention it because I'm a designer and staring at screens 12 hrs a day is giving me headaches. Should I see an eye doctor?",
     [("url", "linkedin.com/in/sara-lindgren-ux")], []),

    ("my wife Mercy is 8 months pregnant and has swollen feet. We're at 7 Kofi Annan Street, Kumasi. Her antenatal card number is ANC/3345/22.",
     [("name", "Mercy"), ("address", "7 Kofi Annan Street, Kumasi"), ("id_number", "ANC/3345/22")], []),

    ("My MRN at Kaiser is 110029384. I need my allergy test results explained. IgE 480. - Daniela",
     [("id_number", "110029384"), ("name", "Daniela")], []),

    ("Hi, I'm Arjun, 40, I want to lose 20kg. My trainer Shreya says keto. Is that safe with my blood pressure? Phone +91 99876 54321.",
     [("name", "Arjun"), ("name", "Shreya"), ("phone", "+91 99876 54321")], []),

    ("Bitten by a neighbour's dog today on the calf, it broke the skin. The dog's owner is Mr. Harlan Briggs at 56 Elm Street, Dayton. Do I need a tetanus shot?",
     [("name", "Harlan Briggs"), ("address", "56 Elm Street, Dayton")], []),

    ("My toddler Chloe (2) has had a fever on and off for 4 days but she's drinking fine. I'm her dad, Sebastian. Our pediatrician's office is Little Sprouts Pediatrics and they're closed till Monday.",
     [("name", "Chloe"), ("name", "Sebastian")], ["Little Sprouts Pediatrics"]),

    ("I'm 29, trans man, on testosterone for 2 years. My haematocrit is 54%. Endo Dr. Rosenthal wants to reduce my dose. I posted about it on reddit as u/ftm_hiker_92 if you want the details.",
     [("name", "Rosenthal"), ("handle", "u/ftm_hiker_92")], []),

    ("Need a repeat prescription for my inhaler, salbutamol. Patient: Kelechi Nwosu, DOB 30/06/1990, NHS 926 314 5508.",
     [("name", "Kelechi Nwosu"), ("date_of_birth", "30/06/1990"), ("id_number", "926 314 5508")], []),

    ("I'm Lars, 47, from Bergen. Had gastric bypass 2 years ago. Now dizzy and shaky an hour after meals. My phone +47 912 34 567.",
     [("name", "Lars"), ("phone", "+47 912 34 567")], []),

    ("Had my tubes tied in 2019 but my period is late and I feel sick in the mornings. I'm 34. Could I be pregnant? Tamika, tamika.j.moore@aol.com",
     [("name", "Tamika"), ("email", "tamika.j.moore@aol.com")], []),

    ("I'm writing from the canteen at the Shell office lol. Stomach cramps after lunch every day. I'm Vivek, employee ID S4471902.",
     [("name", "Vivek"), ("id_number", "S4471902")], ["Shell office"]),

    ("my youtube channel is youtube.com/@DanielleRunsFar and I've been running 60 miles a week. Shin pain on both legs, 26F.",
     [("url", "youtube.com/@DanielleRunsFar")], []),

    ("My husband Rahul snores like a train and stops breathing in his sleep. He's 48, overweight. We live at 3/14 Lotus Apartments, Andheri West, Mumbai 400053.",
     [("name", "Rahul"), ("address", "3/14 Lotus Apartments, Andheri West, Mumbai 400053")], []),

    ("Hello, I'm Noelani, my tutu (grandma) is 87 and lives with us in Hilo. She's on insulin and forgets if she took it. Her Medicare is 7JK2-W45-RT10. Any devices that help?",
     [("name", "Noelani"), ("id_number", "7JK2-W45-RT10")], []),

    ("I'm a registered nurse doing home visits. Patient Hollis Whitaker, 70, ALS, PEG. Family want to know about running the feed overnight. His DOB is 07/04/1954 and his wife Marlene is the main carer.",
     [("name", "Hollis Whitaker"), ("date_of_birth", "07/04/1954"), ("name", "Marlene")], []),

    ("Caring for my mum, 82, in Bangor. She's got a chest infection and she's on doxycycline, but now has white patches in her mouth. My mum is Eirlys Hughes. Her carer from the agency is Jolanta.",
     [("name", "Eirlys Hughes"), ("name", "Jolanta")], []),

    ("Our learning disabled son (Benedict, 30) needs a blood test but panics at needles. Last time it took 4 people. Is sedation possible? Contact dad: 0117 496 0088, or benedicts.dad@gmail.com.",
     [("name", "Benedict"), ("phone", "0117 496 0088"), ("email", "benedicts.dad@gmail.com")], []),

    ("Dad (Mustafa Demir) had a stroke 2 weeks ago, age 65. He's home and can walk with a stick. Physio not started yet. He lives at Flat 12, Orchard House, 30 King Street, Luton LU1 2DP. Can we pay privately?",
     [("name", "Mustafa Demir"), ("address", "Flat 12, Orchard House, 30 King Street, Luton LU1 2DP")], []),

    ("Hello I'm the registered manager of Primrose Court. A resident's daughter, Alison, wants her mum's meds given covertly in food. Resident is Violet Sharma, 88, dementia. What's the process?",
     [("name", "Alison"), ("name", "Violet Sharma")], ["Primrose Court"]),

    ("My wife Mi-rae has been on a feeding tube for 3 months after throat cancer surgery. She's 56. She wants to try eating again. Her SLP is Dr. Yoon. Our home phone 02-555-0198.",
     [("name", "Mi-rae"), ("name", "Yoon"), ("phone", "02-555-0198")], []),

    ("Hi I'm Dwayne, I look after my brother Marlon, 35, who has schizophrenia and lives with me. He's on clozapine and his drooling is awful at night. His clinic ID is CMHT-20931.",
     [("name", "Dwayne"), ("name", "Marlon"), ("id_number", "CMHT-20931")], []),

    ("I'm an au pair looking after a 5 year old boy, Finn, who has type 1 diabetes. His pump showed a site error earlier, we changed the set and his sugar is 9 now and he's playing. His mum Sinéad is at work, her mobile 086 234 5678. Anything else to check?",
     [("name", "Finn"), ("name", "Sinéad"), ("phone", "086 234 5678")], []),

    ("Daughter of 89yo with macular degeneration. Mum (Edna Blackwood) is nearly blind and struggling with her eye drops for glaucoma. Address: 6 Thornfield Terrace, Harrogate HG1 4JR.",
     [("name", "Edna Blackwood"), ("address", "6 Thornfield Terrace, Harrogate HG1 4JR")], []),

    ("My mother's home aide, Lupita, says mom has been coughing when eating soup. Mom is 80, Parkinson's. Mom's Medicaid is 23048192A. Who does swallow tests?",
     [("name", "Lupita"), ("id_number", "23048192A")], []),

    ("I'm the carer for my husband Ifeanyi who has kidney failure, 63. He's on peritoneal dialysis at home. The bag looked a bit cloudy today but he feels fine. PD nurse Olivia is off. Hospital number KCH4492018.",
     [("name", "Ifeanyi"), ("name", "Olivia"), ("id_number", "KCH4492018")], []),

    ("Posting for my uncle Benny, 74, double amputee (diabetes). His stump has a blister from the prosthetic. Prosthetist is at Roehampton. My WhatsApp 07535 882 901.",
     [("name", "Benny"), ("phone", "07535 882 901")], []),

    ("i'm a carer for my gran who has dementia, we live in Cork. She keeps taking her clothes off in the shop, so embarrassing, any advice? my name is Ciara and her GP is Dr Moynihan.",
     [("name", "Ciara"), ("name", "Moynihan")], []),

    ("My son (Ibrahim, 11) with autism is very constipated, he holds it in. We give Movicol 2 sachets. His consultant is Dr. Patel-Hughes. His hospital number 0029418.",
     [("name", "Ibrahim"), ("name", "Patel-Hughes"), ("id_number", "0029418")], []),

    ("My mum has Lewy body dementia, 76, Irene Fairweather. Falling a lot. Her consultant is at Addenbrooke's. Her NHS number is 488 201 6675. Can physio help her balance?",
     [("name", "Irene Fairweather"), ("id_number", "488 201 6675")], []),

    ("Son (Kenji, 20) had a brain injury from a motorbike crash last year. He's doing rehab at home. His car is still on our driveway, BN17 YHU, and he keeps trying to drive it. How do we explain he can't?",
     [("name", "Kenji"), ("licence_plate", "BN17 YHU")], []),

    ("Can you help, carer for my mother Ruth. She has a pressure sore on her heel, grade 3, and the district nurses' number 0300 123 7788 never answers. Mum's dob is 29 Feb 1936.",
     [("name", "Ruth"), ("phone", "0300 123 7788"), ("date_of_birth", "29 Feb 1936")], []),

    ("I'm Paulo, home nurse. Client Mrs. Tereza Oliveira, wheelchair user, 72, has nerve pain in her feet and the pregabalin is making her drowsy. Her email for results: tereza.oliveira1952@gmail.com",
     [("name", "Paulo"), ("name", "Tereza Oliveira"), ("email", "tereza.oliveira1952@gmail.com")], []),

    ("Hi my brother Nikhil (26, learning disability) lives at 9 Primrose Hill Road, Hove BN3 1AA with support staff. His blog of bus photos is nikhilsbuses.blogspot.com and he's been typing a lot less because his fingers are swollen. Arthritis?",
     [("name", "Nikhil"), ("address", "9 Primrose Hill Road, Hove BN3 1AA"), ("url", "nikhilsbuses.blogspot.com")], []),

    ("Support worker here. Service user Dariusz, 48, wheelchair user, his carer's van got clamped lol, reg SN66 TWE, so he missed his wound clinic. Can we rebook straight away? His leg ulcer dressing is overdue.",
     [("name", "Dariusz"), ("licence_plate", "SN66 TWE")], []),

    ("My grandad is 90 and lives with us. He watches videos on his tablet all day and comments as @grandpa_joe_1934 lol. Lately he squints at the screen and holds it really close. Cataracts?",
     [("handle", "@grandpa_joe_1934")], []),
]
