# Hand-written privacy items, part A (with identifiers). Writer 49, prefix al.
# Each item: (text, [(type, exact text), ...], [quasi strings])

ITEMS = [
    (
        "Hello, my name is Lukas Brenner, I am student in Freiburg. Since two weeks I have strong itching on my arms, "
        "specially at night. My Krankenkasse number is K482913570 if you need it for the bill. Thank you!",
        [("name", "Lukas Brenner"), ("id_number", "K482913570")],
        [],
    ),
    (
        "hi im Kasia, 23, from Kraków. my PESEL 00231504567. i have a burning when i pee since saturday, can i take Furagin or i need antibiotic?",
        [("name", "Kasia"), ("id_number", "00231504567")],
        [],
    ),
    (
        "Good evening. I write for my mother Elena Popescu, CNP 2640815120034, she is 60 and her blood pressure is 165/95 this morning. "
        "She takes Enalapril 10 mg. Please call me at 0722 418 903, I am her son Andrei.",
        [("name", "Elena Popescu"), ("id_number", "2640815120034"), ("phone", "0722 418 903"), ("name", "Andrei")],
        [],
    ),
    (
        "Buongiorno, sono Giulia Ferraro, codice fiscale FRRGLI97C52F205X. I have a lump in the breast, small, it moves. Is it urgent? I am in Milano, Via Padova 118.",
        [("name", "Giulia Ferraro"), ("id_number", "FRRGLI97C52F205X"), ("address", "Via Padova 118")],
        [],
    ),
    (
        "My son Mateo (3 years) has fever 38.7 since yesterday and he eat nothing. DNI of me is 48291736K, my name Lucía. phone 612 48 30 77",
        [("name", "Mateo"), ("id_number", "48291736K"), ("name", "Lucía"), ("phone", "612 48 30 77")],
        [],
    ),
    (
        "Boa tarde, I am Portuguese living in Porto. Tiago Mendes, NIF 245118903, utente number 312456789. "
        "I have pain in the heel when I wake up, like a knife, first steps. What is it?",
        [("name", "Tiago Mendes"), ("id_number", "245118903"), ("id_number", "312456789")],
        [],
    ),
    (
        "Bonjour, je m'appelle Camille Laurent, born 14/02/1996. My numéro de sécu is 2 96 02 69 123 456 78. "
        "I have migraine with aura, the doctor give me Almogran but it does not help much.",
        [("name", "Camille Laurent"), ("date_of_birth", "14/02/1996"), ("id_number", "2 96 02 69 123 456 78")],
        [],
    ),
    (
        "Hoi, I am Sanne de Vries, BSN 173948265, living Oudegracht 212, 3511 NV Utrecht. I got a tick bite 5 days ago and now red ring around it. Should I go to huisarts?",
        [("name", "Sanne de Vries"), ("id_number", "173948265"), ("address", "Oudegracht 212, 3511 NV Utrecht")],
        [],
    ),
    (
        "Hello doctor. Oksana here, I am from Kharkiv but now living in Poland. My Ukrainian tax number 3412906587. I am pregnant 9 weeks and vomiting all day, cannot keep even water down.",
        [("name", "Oksana"), ("id_number", "3412906587")],
        [],
    ),
    (
        "Kalimera. My father Giorgos Papadakis, AMKA 12045403917, has swollen legs since one week. He is 70. You can mail me: eleni.papadaki88@gmail.com",
        [("name", "Giorgos Papadakis"), ("id_number", "12045403917"), ("email", "eleni.papadaki88@gmail.com")],
        [],
    ),
    (
        "Merhaba, I am Emre Yıldız, TC Kimlik 41827365092, 27 years. I have hair falling a lot after covid. Phone 0533 712 48 19. Thanks",
        [("name", "Emre Yıldız"), ("id_number", "41827365092"), ("phone", "0533 712 48 19")],
        [],
    ),
    (
        "Hi, my name is Mohamed Adel from Cairo, national ID 29901150104571. I have stomach pain after food and burning in chest. I take Antinal sometimes. Is it H. pylori?",
        [("name", "Mohamed Adel"), ("id_number", "29901150104571")],
        [],
    ),
    (
        "Emirates ID 784-1993-5821746-2, name Fatima Al Mansoori. I want to know if I can do the HPV vaccine at 31. whatsapp +971 55 318 2047",
        [("id_number", "784-1993-5821746-2"), ("name", "Fatima Al Mansoori"), ("phone", "+971 55 318 2047")],
        [],
    ),
    (
        "Salam, I work in Riyadh, my iqama 2417839056. Name Arjun? no sorry, I write for my colleague Rashid, he cannot read english. He have tooth pain and swelling of the cheek since 3 days.",
        [("id_number", "2417839056"), ("name", "Arjun"), ("name", "Rashid")],
        [],
    ),
    (
        "Salam doctor, Parisa Ahmadi, code melli 0083746521, Tehran. I have PCOS and my periods are 60 days apart, I take Metformin 500. Can I get pregnant?",
        [("name", "Parisa Ahmadi"), ("id_number", "0083746521")],
        [],
    ),
    (
        "Hey! it's Jonas. Steuer-ID 47 812 936 051 (my HR asked me to send it somewhere, maybe not here lol). Anyway: knee pain after running, outside of the knee, only after 5 km.",
        [("name", "Jonas"), ("id_number", "47 812 936 051")],
        [],
    ),
    (
        "please help, my baby girl Zeynep is 8 months, she has red rash in the diaper area, not going away with Bepanthen. I'm her mom Ayşe, tel 0532 604 11 83",
        [("name", "Zeynep"), ("name", "Ayşe"), ("phone", "0532 604 11 83")],
        [],
    ),
    (
        "Dear doctor, I am writing on behalf of my grandmother, Maria Nowak, born 03.05.1941, PESEL 41050304862. She is confused some days and forget names of grandchildren. Address ul. Długa 17 m. 4, 80-831 Gdańsk.",
        [("name", "Maria Nowak"), ("date_of_birth", "03.05.1941"), ("id_number", "41050304862"), ("address", "ul. Długa 17 m. 4, 80-831 Gdańsk")],
        [],
    ),
    (
        "yo, Marco here (instagram @marco.gym.torino). i take creatine 5g every day, is it bad for kidneys? my last creatinine was 1.3",
        [("name", "Marco"), ("handle", "@marco.gym.torino")],
        [],
    ),
    (
        "Hello, Student ID 21904387 at TU Delft, name Pieter Bakker. I need a doctor letter because I missed the exam with gastroenteritis. Can online doctor do this?",
        [("id_number", "21904387"), ("name", "Pieter Bakker")],
        ["TU Delft"],
    ),
    (
        "I am Ioana, 19, studying in Iași. I faint two times this month when standing up fast. My mom says eat more salt. My number 0745 220 917.",
        [("name", "Ioana"), ("phone", "0745 220 917")],
        [],
    ),
    (
        "Guten Tag, Versichertennummer T738291046, AOK Bayern. Name: Sabine Huber, geb. 22.11.1988. I have thyroid nodule 1.4 cm, doctor say puncture. Is this dangerous?",
        [("id_number", "T738291046"), ("name", "Sabine Huber"), ("date_of_birth", "22.11.1988")],
        [],
    ),
    (
        "hi, im writing for my boyfriend Youssef, he is from Casablanca, he has white spots on his tongue and it hurts. he dont want to go doctor. my email lina.benali@outlook.fr",
        [("name", "Youssef"), ("email", "lina.benali@outlook.fr")],
        [],
    ),
    (
        "Hello, my name is Omar Haddad, I live in Amman, Jordan. My phone is 079 552 8130. I have ringing in my ears since a concert 2 weeks ago. Will it stop?",
        [("name", "Omar Haddad"), ("phone", "079 552 8130")],
        [],
    ),
    (
        "Bonsoir. Rania Khoury from Beirut, Achrafieh, Rue Abdel Wahab El Inglizi, Bldg 14, 3rd floor. My daughter Maya 6 years have lice AGAIN. what shampoo works?",
        [("name", "Rania Khoury"), ("address", "Rue Abdel Wahab El Inglizi, Bldg 14, 3rd floor"), ("name", "Maya")],
        [],
    ),
    (
        "I am Spanish student in Germany, NIE Y4821937T for my Spanish papers, and my German insurance TK number is R104928376. I have acne on the back that does not go, I tried everything.",
        [("id_number", "Y4821937T"), ("id_number", "R104928376")],
        [],
    ),
    (
        "Dottore, my husband Alessandro has snoring very loud and stop breathing in night, I am scared. He is 44, 110 kg. I am Francesca, +39 347 281 9056.",
        [("name", "Alessandro"), ("name", "Francesca"), ("phone", "+39 347 281 9056")],
        [],
    ),
    (
        "Hi, I'm Dmytro. DOB 07.09.2000. I had chickenpox as kid but now I have painful blisters on one side of my back. Shingles at 26? Contact dmytro.kovalenko00@ukr.net",
        [("name", "Dmytro"), ("date_of_birth", "07.09.2000"), ("email", "dmytro.kovalenko00@ukr.net")],
        [],
    ),
    (
        "My car was hit in Athens, plate IKH-4827, and since then my neck is stiff, it was 4 days ago. Insurance claim number 2026/AT/558213. Do I need x-ray? - Nikos",
        [("licence_plate", "IKH-4827"), ("id_number", "2026/AT/558213"), ("name", "Nikos")],
        [],
    ),
    (
        "Hola. Soy Javier Ortega. My medical number of tarjeta sanitaria is BBBB 1234 5678 9012? no sorry is ORTJ780312911015. I have gout attack in big toe, last time they give me colchicine.",
        [("name", "Javier Ortega"), ("id_number", "ORTJ780312911015")],
        [],
    ),
    (
        "Hi, I'm Sophie, I'm an au pair in Amsterdam, the kids (Lotte and Bram) have hand foot and mouth disease. Can I catch it as adult? My host mum is asking too.",
        [("name", "Sophie"), ("name", "Lotte"), ("name", "Bram")],
        [],
    ),
    (
        "Name Hassan El Amrani, born 1 Jan 1990, CIN BK284617, Marrakech. I have back pain going to the leg, left side, since lifting a sofa.",
        [("name", "Hassan El Amrani"), ("date_of_birth", "1 Jan 1990"), ("id_number", "BK284617")],
        [],
    ),
    (
        "hello!! my blog about my endometriosis journey is endo-warrior-anna.blogspot.com if you want to see my story. I'm Anna from Vienna. question: is Visanne safe for long time?",
        [("url", "endo-warrior-anna.blogspot.com"), ("name", "Anna")],
        [],
    ),
    (
        "Please call my wife Noura on 050 318 6624 she explains better, I'm Khalid, my daughter is 2 and she has ear pain and cries at night.",
        [("name", "Noura"), ("phone", "050 318 6624"), ("name", "Khalid")],
        [],
    ),
    (
        "My name is Wojciech Zieliński and I am 34. I work as a driver, my truck registration is KR 7G204. I have sleepy days and I snore, my boss says I need a test for apnea.",
        [("name", "Wojciech Zieliński"), ("licence_plate", "KR 7G204")],
        [],
    ),
    (
        "Hi im Carla, i live at Calle Mayor 23, 4º izq, 28013 Madrid. my period is 2 weeks late, test negative twice. stressed with exams. should i worry",
        [("name", "Carla"), ("address", "Calle Mayor 23, 4º izq, 28013 Madrid")],
        [],
    ),
    (
        "Hello, Ahmad Rezaei, phone 0912 478 3061. My father is diabetic 20 years and now his foot has a wound that does not heal for one month. He lives in Shiraz. What to do?",
        [("name", "Ahmad Rezaei"), ("phone", "0912 478 3061")],
        [],
    ),
    (
        "Dear Sir/Madam, I, Valentina Russo (C.F. RSSVNT92E45H501Z), request information about vaccination for travel to Kenya. Email valentina.russo@libero.it. Kind regards.",
        [("name", "Valentina Russo"), ("id_number", "RSSVNT92E45H501Z"), ("email", "valentina.russo@libero.it")],
        [],
    ),
    (
        "I am new dad!! Our son Luca born 2 weeks ago, 12.10.2026, he sleeps all day and wakes every 3h to eat. Is yellow skin normal? My name Matteo",
        [("name", "Luca"), ("date_of_birth", "12.10.2026"), ("name", "Matteo")],
        [],
    ),
    (
        "Hi, I'm Mehmet, 29, software engineer at Trendyol in Istanbul. Wrist pain from the mouse, right hand, tingling in fingers at night. LinkedIn linkedin.com/in/mehmet-aksoy-dev if you need know who I am haha",
        [("name", "Mehmet"), ("url", "linkedin.com/in/mehmet-aksoy-dev")],
        ["Trendyol"],
    ),
    (
        "Salut, c'est Inès. 06 48 27 31 90. I am 17 and I have very painful periods, I miss school every month. My mother gives me Spasfon but it's not enough.",
        [("name", "Inès"), ("phone", "06 48 27 31 90")],
        [],
    ),
    (
        "Hello, this is Maximilian Schulz, Matrikelnummer 3719284 at LMU. I was told my vitamin D is 9 ng/ml. What dose should I take? My doctor is Dr. Keller but she is on holiday.",
        [("name", "Maximilian Schulz"), ("id_number", "3719284"), ("name", "Keller")],
        ["LMU"],
    ),
    (
        "My husband Serhii had stroke in March, now he is home in Lviv, vul. Franka 31, kv. 12. He need physio but we don't know where. His phone +380 67 401 2295",
        [("name", "Serhii"), ("address", "vul. Franka 31, kv. 12"), ("phone", "+380 67 401 2295")],
        [],
    ),
    (
        "Hi, Katerina here, I am 24 and I think I have UTI again, third time this year. I live in Thessaloniki, Tsimiski 45. Should I do urine culture?",
        [("name", "Katerina"), ("address", "Tsimiski 45")],
        [],
    ),
    (
        "good morning, Ali Kaya, my insurance policy number at Allianz is TR-88213907. question: my cholesterol LDL is 190 at age 35. medicine or diet?",
        [("name", "Ali Kaya"), ("id_number", "TR-88213907")],
        [],
    ),
    (
        "Hello my name is Nour, Egyptian, living in Dubai Marina. My car plate Dubai P 48213 got towed while I was in clinic lol. Anyway the real question is: my ferritin is 6, is that very low?",
        [("name", "Nour"), ("licence_plate", "Dubai P 48213")],
        [],
    ),
    (
        "Ciao, sono Chiara. My little brother Tommaso, 12 years, has pain in the knee below, a bump there, he plays football a lot. Mamma thinks growing pains.",
        [("name", "Chiara"), ("name", "Tommaso")],
        [],
    ),
    (
        "Hi, I am Ewa, my husband Piotr and me try for baby 1 year. Nothing. He smokes. Where we start? tel +48 601 382 947",
        [("name", "Ewa"), ("name", "Piotr"), ("phone", "+48 601 382 947")],
        [],
    ),
    (
        "My account on tiktok is @dr_skin_by_mina but I am NOT doctor haha I am makeup artist. My own skin: redness on cheeks and nose, burning with hot drinks. Rosacea?",
        [("handle", "@dr_skin_by_mina")],
        [],
    ),
    (
        "Hello, João Silva, cartão de cidadão 14837265 4ZX9, I live Rua de Santa Catarina 312, 4000-442 Porto. I have blood in stool, bright red, on paper. Age 41.",
        [("name", "João Silva"), ("id_number", "14837265 4ZX9"), ("address", "Rua de Santa Catarina 312, 4000-442 Porto")],
        [],
    ),
    (
        "Good day, I'm Yasmin. My insurance card at Daman is 1784-3920-5561-07. Is an MRI of the knee covered? Also my knee clicks and gives way.",
        [("name", "Yasmin"), ("id_number", "1784-3920-5561-07")],
        [],
    ),
]
