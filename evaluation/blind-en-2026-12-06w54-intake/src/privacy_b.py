# privacy items, batch B
ITEMS = [
    {"text": "Dear doctor, I am Fatima Al-Zahrani writing from Riyadh. My husband Khalid (52) snores terribly and stops breathing at night, I count up to 20 seconds. He falls asleep while driving our car (plate 4821 BDR, he was nearly in an accident last week). What test does he need?",
     "identifiers": [("name", "Fatima Al-Zahrani"), ("name", "Khalid"), ("licence_plate", "4821 BDR")], "quasi": []},

    {"text": "hey!! follow up on the question i posted on tiktok (@sleepyhollow.gabs) about my jaw clicking, a dentist commented it's TMJ. is that something a dentist treats or a different doc?",
     "identifiers": [("handle", "@sleepyhollow.gabs")], "quasi": []},

    {"text": "My 3 year old Kiri has had green snot for 2 weeks and now says her ear hurts. Temp 38.1. We're in Rotorua. Do I need to take her in or wait it out?",
     "identifiers": [("name", "Kiri")], "quasi": []},

    {"text": """Name: Hans-Peter Vogel
Versichertennummer (insurance no.): A123456780
Geburtsdatum / DOB: 14.06.1962
Address: Lindenstrasse 27, 80331 Muenchen
Question: After my hernia operation (mesh, laparoscopic) on 2 Oct I still have a burning pain in the right groin when I cough. It has been 4 months. Is this nerve damage?""",
     "identifiers": [("name", "Hans-Peter Vogel"), ("id_number", "A123456780"), ("date_of_birth", "14.06.1962"), ("address", "Lindenstrasse 27, 80331 Muenchen")], "quasi": []},

    {"text": "Raynaud's in summer?? My fingers went white and numb in the supermarket freezer aisle in July. 26F. Is it only the cold that triggers it",
     "identifiers": [], "quasi": []},

    {"text": "Can someone explain my echo? EF 45%, mild MR, LA dilated. I'm 67. Cardiologist at Cleveland Clinic said 'nothing urgent', follow up 6 months. Am I in heart failure?",
     "identifiers": [], "quasi": []},

    {"text": "me and my sister Thandiwe both get these horrible periods, clots the size of a R5 coin, i faint sometimes. we're 22 and 25. our mom had fibroids. can it be genetic? my cell is 082 555 0193 (Nomvula)",
     "identifiers": [("name", "Thandiwe"), ("phone", "082 555 0193"), ("name", "Nomvula")], "quasi": []},

    {"text": "Jack up the dose or switch? On sertraline 50mg 6 weeks, mood slightly better but still anxious every morning. My psychiatrist appointment isn't until 30 August.",
     "identifiers": [], "quasi": []},

    {"text": "I'm the carer for Mr. Desmond Achterberg, 88, at 7 Kerkstraat, Leiden. He has a pressure sore on his heel, about 2 cm, it's yellow in the middle. The district nurse comes Thursdays. Do I need to call her sooner? I'm Annelies, his daughter's friend.",
     "identifiers": [("name", "Desmond Achterberg"), ("address", "7 Kerkstraat, Leiden"), ("name", "Annelies")], "quasi": []},

    {"text": "how many hours apart should amoxicillin 250mg/5ml be given to a 14kg toddler? the label is smudged. pharmacy closed",
     "identifiers": [], "quasi": []},

    {"text": "I'm Jun-ho, 31, Seoul. Just found out I have hepatitis B (HBsAg positive) from my company check-up at Samsung Electronics. Liver enzymes normal. My girlfriend Soo-ah is worried, should she be tested and vaccinated?",
     "identifiers": [("name", "Jun-ho"), ("name", "Soo-ah")], "quasi": ["Samsung Electronics"]},

    {"text": "Graves' disease and carbimazole 20mg. My heart rate is still 105 at rest after 3 weeks. Is that too slow to respond?",
     "identifiers": [], "quasi": []},

    {"text": "Sorry for the long message. My name is Dolores McAllister and I'm 73. I was at the Royal Infirmary on the 14th for a fall, they did an xray of my wrist and said it's a 'Colles fracture'. Put me in a cast. Now my fingers are puffy and tingly tonight. My son Callum lives in Aberdeen, I'm in Dundee on my own. His mobile 07700 900227 if you need to speak to family. Should I be worried about the cast being too tight??",
     "identifiers": [("name", "Dolores McAllister"), ("name", "Callum"), ("phone", "07700 900227")], "quasi": []},

    {"text": "Student at Universidad de Chile, 20M. my student ID is 2021-47392 and the uni clinic wants it for the HIV test appointment. is it confidential? will my parents find out",
     "identifiers": [("id_number", "2021-47392")], "quasi": ["Universidad de Chile"]},

    {"text": "Cushing's vs just being overweight - how do you tell? I'm 5'4 and 190, stretch marks are purple, face is round. 35 y/o.",
     "identifiers": [], "quasi": []},

    {"text": "Reply to: dmitri.volkov.1975@example.ru\n\nMy back pain is lower, goes to my left buttock and down to the calf. 3 weeks. Lifting at work (I am a loader at the port of Novorossiysk). No problem with toilet. What exercises?",
     "identifiers": [("email", "dmitri.volkov.1975@example.ru")], "quasi": ["port of Novorossiysk"]},

    {"text": "Is Achilles tendinitis something you can run through? Marathon in Berlin is on 28 Sept and I've got 6 weeks of training left.",
     "identifiers": [], "quasi": []},

    {"text": "Ayesha (my wife) is 32 weeks and her feet and face are very puffy since yesterday. BP at the pharmacy was 142/93. She has a headache. We are in Lahore. What should we do, her OB Dr. Saima Qureshi is not answering",
     "identifiers": [("name", "Ayesha"), ("name", "Saima Qureshi")], "quasi": []},

    {"text": "Medicare number 2123 45670 1 / ref 2. Writing for my husband Bruce, 69. He keeps getting gout in his big toe, 4 attacks this year. Allopurinol started 100mg. GP in Townsville says go up slowly. Why can't he go straight to 300?",
     "identifiers": [("id_number", "2123 45670 1"), ("name", "Bruce")], "quasi": []},

    {"text": "Bill for my MRI came to $2,400 and insurance denied it. Anyway the MRI said 'L5-S1 disc protrusion contacting the S1 nerve root'. What does that mean for surgery?",
     "identifiers": [], "quasi": []},

    {"text": "My grandma Ama (79) collapsed last month and they found her sodium was 121. Now she's home on fluid restriction. She lives at Plot 22, Spintex Road, Accra, near the Shell station. The family doctor Kofi comes every 2 weeks. How dangerous is low sodium long term?",
     "identifiers": [("name", "Ama"), ("address", "Plot 22, Spintex Road, Accra"), ("name", "Kofi")], "quasi": []},

    {"text": "Tamoxifen for 5 years or 10? Oncologist at the Peter MacCallum Cancer Centre said 10 but I've read bone pain gets worse. Diagnosed 2021, ER+, age 44.",
     "identifiers": [], "quasi": []},

    {"text": "ok so I'm Liam, 16, and I think I have a hernia or something? there's a bulge in my groin when I stand that goes away lying down. please don't tell me to tell my parents lol. my insta is instagram.com/liam.skates.nz if a doc wants to dm",
     "identifiers": [("name", "Liam"), ("url", "instagram.com/liam.skates.nz")], "quasi": []},

    {"text": "Does Ozempic cause hair loss? Lost about 14 kg since January on 1mg weekly and my hair is thinning at the front.",
     "identifiers": [], "quasi": []},

    {"text": """Hi this is the message I sent to my GP practice (no reply after 5 days):

'Patient: Siobhan Gallagher
PPS No: 7654321WA
Address: 12 Ard na Mara, Salthill, Galway
Phone: 087 555 3190
Query: my repeat prescription for Microgynon hasn't been sent to the chemist. I've run out. Is it ok to miss a week?'

so... is it ok to miss a week?""",
     "identifiers": [("name", "Siobhan Gallagher"), ("id_number", "7654321WA"), ("address", "12 Ard na Mara, Salthill, Galway"), ("phone", "087 555 3190")], "quasi": []},

    {"text": "Aspergers in my 40s?? My therapist thinks I might be autistic. How do adults get assessed in NZ?",
     "identifiers": [], "quasi": []},

    {"text": "my husband Rajesh works at Tata Steel in Jamshedpur and has a cough with black sputum for 2 months. He is 47. Non smoker. Company doctor just gave cough syrup. Is it from the dust?",
     "identifiers": [("name", "Rajesh")], "quasi": ["Tata Steel in Jamshedpur"]},

    {"text": "Please advise: daughter Chloe Dubois, born 30 March 2012, has had a limp for 4 days, no injury, hip hurts, afebrile. We are in Lyon but she is covered by my Canadian insurance (policy no. SLF-88210347). Pediatrician can see us on the 11th.",
     "identifiers": [("name", "Chloe Dubois"), ("date_of_birth", "30 March 2012"), ("id_number", "SLF-88210347")], "quasi": []},

    {"text": "Sunday morning and I've got pins and needles in both feet since Friday. Type 1 diabetic 20 years. HbA1c last 8.4%. Neuropathy?",
     "identifiers": [], "quasi": []},

    {"text": "Hello, I am Nguyen Thi Lan (Lan), 61, Ho Chi Minh City. Blood pressure high 170/100 this morning, I take amlodipine 5mg. Head heavy. My son Minh says go to Cho Ray hospital but we go there every time. Can I increase to 10mg myself?",
     "identifiers": [("name", "Nguyen Thi Lan"), ("name", "Lan"), ("name", "Minh")], "quasi": []},

    {"text": "Xanax 0.5 once a day for 3 years. Want to stop. How slow do I taper?",
     "identifiers": [], "quasi": []},

    {"text": "Hi it's Bongani. Bit of a weird one - after my motorbike crash (my bike reg is ND 482-193, the insurance wants a doctor's letter) my shoulder is sitting lower than the other. It was 6 weeks ago. Physio at Umhlanga Rehab says AC joint. Will it stay like that forever?",
     "identifiers": [("name", "Bongani"), ("licence_plate", "ND 482-193")], "quasi": ["Umhlanga Rehab"]},

    {"text": "Ferritin 480, transferrin sat 62%. Male, 39. Could this be haemochromatosis? My GP in Cork wants to repeat in 3 months.",
     "identifiers": [], "quasi": []},

    {"text": "Our nanny Maricel noticed a round red patch with a clear middle on our son Oscar's thigh after we camped in the Blue Mountains last weekend. Oscar is 8. Is this Lyme? Do they have Lyme in Australia?",
     "identifiers": [("name", "Maricel"), ("name", "Oscar")], "quasi": []},

    {"text": "Asking for my teenage son. He's 14, 183cm and 58kg, very skinny, eats loads. Is he growing too fast? Osgood-Schlatter in both knees too.",
     "identifiers": [], "quasi": []},

    {"text": "I'm Sgt. Marcus Bell (retired), Vet ID 3927-44-0918, 72. Had my prostate removed in 2018, PSA was undetectable until now: 0.18. The VA clinic in Biloxi says repeat in 3 months. Should I push for scans now?",
     "identifiers": [("name", "Marcus Bell"), ("id_number", "3927-44-0918")], "quasi": ["VA clinic in Biloxi"]},

    {"text": "My stool has been pale clay coloured for 4 days and my urine is dark like tea. No pain. 57. Hepatitis A vaccine I had in 2015. What is it?",
     "identifiers": [], "quasi": []},

    {"text": "Question from Camila: can I get the HPV vaccine at 27? My gyno Dr. Alvarez in Bogota says it's not worth it after 26. Reach me at camila.ortega@example.co",
     "identifiers": [("name", "Camila"), ("name", "Alvarez"), ("email", "camila.ortega@example.co")], "quasi": []},

    {"text": "Faith based question maybe but I fast 3 days a month for church. On metformin and gliclazide. Is this dangerous?",
     "identifiers": [], "quasi": []},

    {"text": "Mohammed Idris, 63, Khartoum now living in Cairo. Passport P05839172. My left eye is blurry for 3 months, like looking through fog, worse with bright lights. Is it cataract? Can I do the surgery here cheaply?",
     "identifiers": [("name", "Mohammed Idris"), ("id_number", "P05839172")], "quasi": []},

    {"text": "Dr. Google says my resting HR of 48 is bad. I'm a 34yo cyclist, ride 300km a week. Is it fine?",
     "identifiers": [], "quasi": []},

    {"text": "my partner Alex (they/them, 30) got bitten by our neighbour's dog yesterday on the hand, skin broken. The dog's owner Mr. Petrakis says it's vaccinated. Alex had a tetanus shot 2016. Do they need antibiotics?",
     "identifiers": [("name", "Alex"), ("name", "Petrakis")], "quasi": []},
]
