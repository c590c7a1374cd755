# Hand-written privacy items with identifiers (part D). Writer 128.

ITEMS = [
    ("Hello Doctor, I am Rashid Al-Mansoori. My son Hamdan had his tonsils out on Tuesday and tonight he refuses to drink because it hurts. He's 6. We are at Al Reem Island, Sun Tower, apartment 2305. Can we give ibuprofen?",
     [("name", "Rashid Al-Mansoori"), ("name", "Hamdan"), ("address", "Sun Tower, apartment 2305")], []),

    ("pls reply quickly on whatsapp +20 109 442 7761 (name Samah). I'm breastfeeding and have a red hard painful area on my breast with fever 38.4 since this morning. Baby is 3 weeks.",
     [("phone", "+20 109 442 7761"), ("name", "Samah")], []),

    ("My father-in-law, Abu Faisal, Saudi ID 1022874316, takes warfarin and wants to eat a lot of molokhia and green salad at iftar. Does it affect the INR? His last INR 2.1.",
     [("name", "Abu Faisal"), ("id_number", "1022874316")], []),

    ("I'm Brianna, 24, my DOB is 08/21/2000, and my birth control pharmacy keeps denying refills because my insurance ID BCX992014477 is wrong in their system. Can I skip a week of the pill?",
     [("name", "Brianna"), ("date_of_birth", "08/21/2000"), ("id_number", "BCX992014477")], []),

    ("Kindly reply to drkhaled.vet@gmail.com — yes I'm a vet, not a human doctor lol. My name Khaled Ismail, 40, I got scratched by a cat at work 10 days ago and now I have a swollen lymph node in the armpit. Cat scratch disease?",
     [("email", "drkhaled.vet@gmail.com"), ("name", "Khaled Ismail")], []),

    ("salam i want to ask for my wife Nisreen she is 38, she had 3 miscarriages, all before 10 weeks. doctor in Zarqa says bad luck. we want more tests. she works at the Hashemite University library. my number 0777 418 309",
     [("name", "Nisreen"), ("phone", "0777 418 309")], ["Hashemite University library"]),

    ("My son Marwan (DOB 14/02/2012) was diagnosed with type 1 diabetes 2 weeks ago. He wants to fast Ramadan with his friends. His endocrinologist is Dr. Dina Sabry. Is it allowed for a 12 year old?",
     [("name", "Marwan"), ("date_of_birth", "14/02/2012"), ("name", "Dina Sabry")], []),

    ("Hey, it's Zainab (@zainab.codes on twitter). I sit 12 hours coding and my lower back and neck are killing me. 26F. Best stretches?",
     [("name", "Zainab"), ("handle", "@zainab.codes")], []),

    ("The ambulance took my mother from home last night and I still don't know where they took her? Her name Wafaa Qasem. Hospital did not call back. Number +962 79 990 1123",
     [("name", "Wafaa Qasem"), ("phone", "+962 79 990 1123")], []),

    ("Dear sir, I'm Ibrahim Touré, 31, from Mali, now in Marseille. Since 2 weeks my eyes are yellow and urine dark like Coca-Cola. My address for the doctor: 17 Boulevard National, 13003 Marseille. Please help.",
     [("name", "Ibrahim Touré"), ("address", "17 Boulevard National, 13003 Marseille")], []),

    ("I am Nawaf, 35, my car plate 7/12345 Bahrain... anyway I fell asleep driving twice this month, I sleep 8 hours. My wife says I snore like a lorry. Sleep study where?",
     [("name", "Nawaf"), ("licence_plate", "7/12345")], []),

    ("Photos of my son's rash are on my profile facebook.com/ahmad.zoabi.90 (public album 'Rayan rash'). He's 3 and has fever 38.9 since yesterday, rash on the hands and mouth sores.",
     [("url", "facebook.com/ahmad.zoabi.90"), ("name", "Rayan")], []),

    ("Hello, I am the daughter of Mrs. Samia Trabelsi, born 05/05/1949. She had cataract surgery on 20 May and now sees halos around lights. Her card number CNAM 1949055512. Normal after surgery?",
     [("name", "Samia Trabelsi"), ("date_of_birth", "05/05/1949"), ("id_number", "1949055512")], []),

    ("I'm Peter, 52. Colonoscopy found 3 polyps. Pathology 'tubular adenoma'. Next colonoscopy when? Send to peter.hollis@btinternet.com",
     [("name", "Peter"), ("email", "peter.hollis@btinternet.com")], []),
]
