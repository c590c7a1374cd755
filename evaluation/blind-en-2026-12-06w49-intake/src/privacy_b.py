# Hand-written privacy items, part B (with identifiers). Writer 49, prefix al.

ITEMS = [
    (
        "Hello, I am Agnieszka Wójcik, 31 years, nurse. Since one month my hands are white and blue in cold, then red. Raynaud maybe? My email a.wojcik.pl@wp.pl",
        [("name", "Agnieszka Wójcik"), ("email", "a.wojcik.pl@wp.pl")],
        [],
    ),
    (
        "Dear doctor, my name is Hans-Peter Vogel, I am 58. DOB 19.06.1968. I had PSA 6.2, my urologist wants biopsy. Is MRI first better?",
        [("name", "Hans-Peter Vogel"), ("date_of_birth", "19.06.1968")],
        [],
    ),
    (
        "hello i am Bogdan, i drive taxi in Bucharest (B 123 BGD) and i have hemorrhoids from sitting all day, very painful. what cream",
        [("name", "Bogdan"), ("licence_plate", "B 123 BGD")],
        [],
    ),
    (
        "I'm writing for my flatmate Lea, she's too shy. She has a mole on her back that changed color and it bleeds sometimes. We live in Hamburg, Schanzenstraße 41. Her number is 0157 3829 1045.",
        [("name", "Lea"), ("address", "Schanzenstraße 41"), ("phone", "0157 3829 1045")],
        [],
    ),
    (
        "Hi. Mariam, 26, Jeddah. Iqama no 2539018472. I have hair on chin and irregular period. Dermatology or gynecology?",
        [("name", "Mariam"), ("id_number", "2539018472")],
        [],
    ),
    (
        "My name is Reza and my son is Arman, he is 5. He wets the bed every night still. My wife Shirin is worried. We live in Germany now. email reza.karimi.de@gmx.de",
        [("name", "Reza"), ("name", "Arman"), ("name", "Shirin"), ("email", "reza.karimi.de@gmx.de")],
        [],
    ),
    (
        "Bună ziua, sunt Cristina Dumitrescu. I am 45 and I have hot flashes and no sleep. My doctor, Dr. Ionescu, says too early for menopause. Phone 0744 906 318.",
        [("name", "Cristina Dumitrescu"), ("name", "Ionescu"), ("phone", "0744 906 318")],
        [],
    ),
    (
        "hey its Fede, my fb is facebook.com/federico.marchetti.77. i broke my wrist skiing in january, cast removed, now it is stiff. how long physio?",
        [("name", "Fede"), ("url", "facebook.com/federico.marchetti.77")],
        [],
    ),
    (
        "I, Pilar Navarro García, born on 8 September 1979, with DNI 30517842M, ask for second opinion about my mother's mammography result BI-RADS 4.",
        [("name", "Pilar Navarro García"), ("date_of_birth", "8 September 1979"), ("id_number", "30517842M")],
        [],
    ),
    (
        "Oi, Beatriz here. My baby Rafael 4 months has a flat spot on head. Our pediatrician Dr. Costa says use pillow? I am not sure. Contact 912 583 047",
        [("name", "Beatriz"), ("name", "Rafael"), ("name", "Costa"), ("phone", "912 583 047")],
        [],
    ),
    (
        "Question from Thomas Girard, 3 rue Victor Hugo, 33000 Bordeaux. My thyroid TSH is 7.8. Doctor give Levothyrox 25. Do I take it for all life?",
        [("name", "Thomas Girard"), ("address", "3 rue Victor Hugo, 33000 Bordeaux")],
        [],
    ),
    (
        "Hi, Daan here, 22. Zorgverzekering polisnummer 204817395 with Zilveren Kruis. I have a painful ingrown toenail and it's infected, pus. can I remove it myself?",
        [("name", "Daan"), ("id_number", "204817395")],
        [],
    ),
    (
        "Добрий день, I am Iryna Melnyk. I came from Ukraine with my two kids, Sofiia and Maksym. Sofiia (7) coughs for 3 weeks. We live in Praha now. tel +420 776 204 118",
        [("name", "Iryna Melnyk"), ("name", "Sofiia"), ("name", "Maksym"), ("phone", "+420 776 204 118")],
        [],
    ),
    (
        "Yia sas, Dimitra Georgiou, AMKA 28119602745, DOB 28/11/1996. I have a cyst on my ovary 5 cm. Should it be removed?",
        [("name", "Dimitra Georgiou"), ("id_number", "28119602745"), ("date_of_birth", "28/11/1996")],
        [],
    ),
    (
        "merhaba doktor bey, Elif Şahin, TC 52918374610, Ankara Çankaya, Tunalı Hilmi Cad. No: 88 Daire: 5. My mother (68) has high sugar 280 today but she feels ok. Insulin?",
        [("name", "Elif Şahin"), ("id_number", "52918374610"), ("address", "Tunalı Hilmi Cad. No: 88 Daire: 5")],
        [],
    ),
    (
        "Hi im Ahmed, 20, student at Ain Shams. my nose is blocked always one side and i cant smell well. my ID 30506012103478",
        [("name", "Ahmed"), ("id_number", "30506012103478")],
        ["Ain Shams"],
    ),
    (
        "Hello, Samir from Rabat. My wife Salma is 30 weeks pregnant and her feet and face are swollen today. Her last pressure was 140/90. Our number 06 61 47 20 35.",
        [("name", "Samir"), ("name", "Salma"), ("phone", "06 61 47 20 35")],
        [],
    ),
    (
        "I am Lina, 34, from Irbid. I do intermittent fasting 16:8 and lost 9 kg. Is it safe with breastfeeding? my insta is @lina.fit.mama",
        [("name", "Lina"), ("handle", "@lina.fit.mama")],
        [],
    ),
    (
        "Hi, it's Karim. MRN at AUBMC 00482917. I had a colonoscopy last week and they removed 2 polyps. When do I get results, and what means tubular adenoma?",
        [("name", "Karim"), ("id_number", "00482917")],
        [],
    ),
    (
        "Hello my name is Abdullah Al-Qahtani, phone +966 55 204 8361. I have pain in the lower back for many years, now it is stiff in the morning for 1 hour. I am 28.",
        [("name", "Abdullah Al-Qahtani"), ("phone", "+966 55 204 8361")],
        [],
    ),
    (
        "Hi, I am Sara Hosseini, national code 1272849036, Isfahan. my skin has white patches on hands spreading. vitiligo? i am 22 and very sad about it",
        [("name", "Sara Hosseini"), ("id_number", "1272849036")],
        [],
    ),
    (
        "Grüß Gott, I am Florian, 38, from Innsbruck. My SV-Nummer is 1234 150388. Sorry maybe not needed. Dizzy when I turn in bed, whole room spinning 30 seconds.",
        [("name", "Florian"), ("id_number", "1234 150388")],
        [],
    ),
    (
        "My 14 year old daughter, Zuzanna, wants to be vegan. I am afraid for her growth. We are in Wrocław, ul. Świdnicka 9/3. My name is Marta, 507 229 183.",
        [("name", "Zuzanna"), ("address", "ul. Świdnicka 9/3"), ("name", "Marta"), ("phone", "507 229 183")],
        [],
    ),
    (
        "Hi! Im Vlad, my employee number at Continental is 884201, they want a medical certificate that I can work night shift with my epilepsy. Who gives this?",
        [("name", "Vlad"), ("id_number", "884201")],
        ["Continental"],
    ),
    (
        "Hello, my name is Lorenzo Bianchi, I study in Bologna, my student email lorenzo.bianchi7@studio.unibo.it. I have panic attacks before exams, heart racing, I cannot breathe. Help with this?",
        [("name", "Lorenzo Bianchi"), ("email", "lorenzo.bianchi7@studio.unibo.it")],
        [],
    ),
    (
        "Hello, my grandson Álvaro is 16 and he is 1.58 m only, his friends are much taller. His father (my son Raúl) is 1.80. Should we see specialist? - Carmen",
        [("name", "Álvaro"), ("name", "Raúl"), ("name", "Carmen")],
        [],
    ),
    (
        "hiiii, I'm Mafalda. 19. my sns is @mafalda.draws. I got a tattoo 3 days ago and it's red and warm and a bit of yellow stuff. infection??",
        [("name", "Mafalda"), ("handle", "@mafalda.draws")],
        [],
    ),
    (
        "Monsieur, je suis Hugo Moreau, né le 30 avril 1985. Mon NIR: 1 85 04 13 055 214 62. I have a pain in testicle, dull, since 2 months, no swelling. Should I do echography?",
        [("name", "Hugo Moreau"), ("date_of_birth", "30 avril 1985"), ("id_number", "1 85 04 13 055 214 62")],
        [],
    ),
    (
        "Hello, this is Fleur. I live at Vondelstraat 88-II, 1054 GN Amsterdam. My neighbour's cat scratched me and now the lymph node in my armpit is swollen. Cat scratch fever?",
        [("name", "Fleur"), ("address", "Vondelstraat 88-II, 1054 GN Amsterdam")],
        [],
    ),
    (
        "Hi doctor. Andriy, 33. Tax number 3017248569. I got hepatitis B positive in blood test for work visa. What now? Is it the end of my visa?",
        [("name", "Andriy"), ("id_number", "3017248569")],
        [],
    ),
    (
        "Good evening, Stavros here, 61, from Patras. My plate is AXE 5517 if the parking at the hospital ask. I have an appointment at the cardiologist tomorrow, what to ask him about my atrial fibrillation?",
        [("name", "Stavros"), ("licence_plate", "AXE 5517")],
        [],
    ),
    (
        "Hi I'm Burak. My brother Can has Crohn's and now his eye is red and painful. Is it related? He is in İzmir, I am in Berlin. my mail burak.demir@web.de",
        [("name", "Burak"), ("name", "Can"), ("email", "burak.demir@web.de")],
        [],
    ),
    (
        "Assalamu alaikum, I'm Huda. Emirates ID 784-1988-3390215-6. My son Zayed, 10, is very heavy, 62 kg, and the school nurse says his sugar is borderline.",
        [("name", "Huda"), ("id_number", "784-1988-3390215-6"), ("name", "Zayed")],
        [],
    ),
    (
        "hello, Layla, 27, Beirut. +961 3 418 207. I have tingling and numbness in my feet, vegetarian since 5 years. B12?",
        [("name", "Layla"), ("phone", "+961 3 418 207")],
        [],
    ),
    (
        "I am Nasrin. My husband Hamid works in Dubai and I stay in Mashhad with the kids. He says he has chest tightness when he climbs stairs. He is 52. His whatsapp +971 50 772 1846.",
        [("name", "Nasrin"), ("name", "Hamid"), ("phone", "+971 50 772 1846")],
        [],
    ),
    (
        "Dear doctor, Jakub Lewandowski, 40, PESEL 86011209853. I have blood pressure 150/100 three times this week. I drink coffee 5 per day. Start medicine?",
        [("name", "Jakub Lewandowski"), ("id_number", "86011209853")],
        [],
    ),
    (
        "Hi, my name is Alina and I am writing from Chișinău but I study in Iași. My eyes are dry and burning from laptop 12 hours per day. Drops? alina.ceban@yahoo.com",
        [("name", "Alina"), ("email", "alina.ceban@yahoo.com")],
        [],
    ),
    (
        "Hallo, Ich bin Mia's Papa, Stefan. Mia is 18 months and she does not walk yet, only crawls. Our Kinderarzt says wait. Is it too late? Tel. 0171 4829 305",
        [("name", "Mia"), ("name", "Stefan"), ("phone", "0171 4829 305")],
        [],
    ),
    (
        "I am Nicolás, 25, Valencia, Avenida del Puerto 204, pta 11. I had unprotected sex 4 days ago. Too late for the morning after pill for my girlfriend?",
        [("name", "Nicolás"), ("address", "Avenida del Puerto 204, pta 11")],
        [],
    ),
    (
        "Ciao, I am Sofia from Napoli, 29. My website sofiacucina.it is about recipes, but now I have gluten problems! Celiac test is positive, tTG 128. What can I eat?",
        [("name", "Sofia"), ("url", "sofiacucina.it")],
        [],
    ),
    (
        "Hello, I'm Amira, 23, Tunisian living in Marseille. My claim number with the mutuelle is MUT-2026-0048213, they refused to pay my dentist. Also my gum bleeds when I brush.",
        [("name", "Amira"), ("id_number", "MUT-2026-0048213")],
        [],
    ),
    (
        "Good afternoon, my mother Despina, 77, fell at home last month and broke hip, operation done in Evangelismos. Now she is home and afraid to walk. I am her daughter Vasiliki, 697 204 8815.",
        [("name", "Despina"), ("name", "Vasiliki"), ("phone", "697 204 8815")],
        [],
    ),
    (
        "Hi, Selin here. My student number at Boğaziçi is 2021104387. The campus doctor gave me Arveles for my period pain, can I take it with my birth control?",
        [("name", "Selin"), ("id_number", "2021104387")],
        ["Boğaziçi"],
    ),
    (
        "My name is Tarek, I am from Egypt, I live in Kuwait. Born 05/05/1995. I have kidney stone 6 mm in right kidney. Can it go out alone? tarek.m.fouad@hotmail.com",
        [("name", "Tarek"), ("date_of_birth", "05/05/1995"), ("email", "tarek.m.fouad@hotmail.com")],
        [],
    ),
    (
        "hi. Bas here from Rotterdam, my brother Joost has diabetes type 1 and he wants to go backpacking in Asia. How to keep insulin cold? 06-28417730",
        [("name", "Bas"), ("name", "Joost"), ("phone", "06-28417730")],
        [],
    ),
    (
        "Hello. Olena, 30, Odesa. I have anxiety since the war, I don't sleep, I have nightmares. Is it PTSD? I don't want pills. My telegram @olena_odesa_30",
        [("name", "Olena"), ("handle", "@olena_odesa_30")],
        [],
    ),
    (
        "Buongiorno, Roberto Esposito, nato il 17/03/1959, tessera sanitaria 80380001234567890123. I have pain in the calf when walking 200 m, it stops when I rest. Smoker.",
        [("name", "Roberto Esposito"), ("date_of_birth", "17/03/1959"), ("id_number", "80380001234567890123")],
        [],
    ),
    (
        "Hi, Miguel from Lisbon. My gf Inês and I want to know, is the HPV vaccine also for men? I'm 24. My number is +351 936 218 470",
        [("name", "Miguel"), ("name", "Inês"), ("phone", "+351 936 218 470")],
        [],
    ),
    (
        "Hey, Lars here, Dutch, 35. I live on a houseboat at Prinsengracht 301 in Amsterdam. I got a rat bite (I think) on my finger yesterday. Tetanus shot needed?",
        [("name", "Lars"), ("address", "Prinsengracht 301")],
        [],
    ),
]
