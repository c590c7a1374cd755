# Hand-written privacy items with identifiers (part 2). Writer 129.

ITEMS = [
    ("I am Andrii, 35. I was in Ukraine army before, now in Germany. Every night bad dreams and I wake up sweating. My Telegram @andrii_hd_35 is better than phone.",
     [("name", "Andrii"), ("handle", "@andrii_hd_35")],
     []),

    ("Good day, I am writing about my son Dawid Lewandowski, PESEL 12270803115, he has allergy to peanuts diagnosed in Poland. We need EpiPen prescription in UK. He starts at Oakfield Academy in September.",
     [("name", "Dawid Lewandowski"), ("id_number", "12270803115")],
     ["Oakfield Academy"]),

    ("Hello. Ionuț Stan, 27. I am working at the car wash on Lea Bridge Road. Chemicals burn my skin on arms, red and peeling. Tel 07392 640 715",
     [("name", "Ionuț Stan"), ("phone", "07392 640 715")],
     ["car wash on Lea Bridge Road"]),

    ("My mother in law Maria lives with us in 8 Harbour View, Cobh, Co. Cork P24 XK20. She is 79 and confused since two days, maybe urine infection again.",
     [("name", "Maria"), ("address", "8 Harbour View, Cobh, Co. Cork P24 XK20")],
     []),

    ("I'm 44 and my name is Dorota. My BMI is 36 and I want to try the weight injections. I already follow the plan from dietitian Ewa on her page www.instagram.com/ewa.dietetyk.uk",
     [("name", "Dorota"), ("name", "Ewa"), ("url", "www.instagram.com/ewa.dietetyk.uk")],
     []),

    ("My NI number is SX 40 18 72 C, my employer say I need fit note for 2 weeks because of my shoulder operation. How I get it? Name Sergiu.",
     [("id_number", "SX 40 18 72 C"), ("name", "Sergiu")],
     []),

    ("Hi, Kateryna here. Please write me on katya.lviv.dublin@gmail.com. From yesterday I have burning when I pee and go every 10 min. I'm 26, not pregnant.",
     [("name", "Kateryna"), ("email", "katya.lviv.dublin@gmail.com")],
     []),

    ("I am nurse at Rosewood Nursing Home in Mullingar, Ilona Varga, originally from Hungary. I got needle stick injury from a resident today. What test I need and when?",
     [("name", "Ilona Varga")],
     ["Rosewood Nursing Home in Mullingar"]),

    ("Dad (Petro Melnyk, born 1 May 1951) has Parkinson's and we need a neurologist in Manchester. His doctor in Lutsk was Dr Savchuk. Contact me, his son Taras: +44 7511 337 860",
     [("name", "Petro Melnyk"), ("date_of_birth", "1 May 1951"), ("name", "Savchuk"), ("name", "Taras"), ("phone", "+44 7511 337 860")],
     []),

    ("Yo it's Jayden, 17. My mate Kofi said if you crack your knuckles too much you get arthritis, is that true? lol",
     [("name", "Jayden"), ("name", "Kofi")],
     []),

    ("Hello, my son Mihai is 9 months, he has diarrhea and vomit since night. Our address is 3 Clifton Street, Peterborough PE1 5DJ if the nurse need to come. My number 07867 412 558",
     [("name", "Mihai"), ("address", "3 Clifton Street, Peterborough PE1 5DJ"), ("phone", "07867 412 558")],
     []),

    ("I am Wiktoria, 31, i work in hotel housekeeping at the Clayton Hotel Galway. My wrists hurt a lot, tingling at night. I saw on tiktok @physio_with_sean exercises but not help.",
     [("name", "Wiktoria"), ("handle", "@physio_with_sean")],
     ["Clayton Hotel Galway"]),

    ("MRN 00938271 at St Vincent's. I am Valentyn, had kidney stone removed last month. Now again pain in the side, less strong. Should I go back there or to GP?",
     [("id_number", "00938271"), ("name", "Valentyn")],
     []),

    ("Hello doctor. I am Elena Petrova, 48, from Burgas, I live in Germany, Lindenstraße 22, 90409 Nürnberg. I have hot flushes and can't sleep. Are there hormone tablets safe?",
     [("name", "Elena Petrova"), ("address", "Lindenstraße 22, 90409 Nürnberg")],
     []),

    ("My husband Tadeusz had stroke 2 months ago, now at home. He need physio but waiting list long. His NHS no. 401 023 2137. We live in Swindon.",
     [("name", "Tadeusz"), ("id_number", "401 023 2137")],
     []),

    ("im Daria my boyfriend car is WE 4H118 (Polish plates) and we want drive to Poland with our baby 5 weeks old, 20 hours. Is it safe for baby in car seat so long?",
     [("name", "Daria"), ("licence_plate", "WE 4H118")],
     []),

    ("Hi, I'm Laima. I found a tick on my son Rokas after walk in Phoenix Park, he's 7. It's out now. Do we need antibiotics? email laima.rokas.mama@yahoo.com",
     [("name", "Laima"), ("name", "Rokas"), ("email", "laima.rokas.mama@yahoo.com")],
     []),

    ("To whom it concerns: Ahmed Khan, DOB 05/03/1964, hospital no. K1887342. I am waiting for my cataract surgery at Manchester Royal Eye Hospital since January. Any update?",
     [("name", "Ahmed Khan"), ("date_of_birth", "05/03/1964"), ("id_number", "K1887342")],
     []),

    ("i have question about my friend Sveta, she is from Odesa and very sad all the time, not eating. She lives with me in 41 Larkfield Grove, Harold's Cross, Dublin 6W. What can I do to help?",
     [("name", "Sveta"), ("address", "41 Larkfield Grove, Harold's Cross, Dublin 6W")],
     []),

    ("Im Florin, I work in the Pilgrim's pig farm in Norfolk. I have fever and pain in muscles after cut on hand with pig. Worried. Please phone +40 731 902 664",
     [("name", "Florin"), ("phone", "+40 731 902 664")],
     ["Pilgrim's pig farm in Norfolk"]),

    ("Hello, I'm Magdalena, 29. I have endometriosis diagnosed in Gdańsk. The gynaecologist there was Dr Anna Wróbel, she said I need laparoscopy. Can I get it here in Ireland?",
     [("name", "Magdalena"), ("name", "Anna Wróbel")],
     []),

    ("My son is Bogdan, 15, he plays football for Rovers U16. His knee hurts below kneecap after training. His coach Declan said it's Osgood-Schlatter. Our number 0873 225 118",
     [("name", "Bogdan"), ("name", "Declan"), ("phone", "0873 225 118")],
     []),

    ("I am Nikolai Ivanov, Bulgarian, 62. Foreigner's health card number BG-4471-2290 from my insurance. Pain in chest when I walk uphill, stops when I rest.",
     [("name", "Nikolai Ivanov"), ("id_number", "BG-4471-2290")],
     []),

    ("dear doctor my name is Ewelina Mazur and I have question about my results. Please look at link I shared https://drive.google.com/file/d/1xEwelinaM-wyniki/view - this is my blood test from Poland.",
     [("name", "Ewelina Mazur"), ("url", "https://drive.google.com/file/d/1xEwelinaM-wyniki/view")],
     []),

    ("I am Stanislav, working for agency at the Tesco depot in Dagenham. 2 times this week I faint in the cold room. Is it because I don't eat breakfast? Phone 07940 513 826",
     [("name", "Stanislav"), ("phone", "07940 513 826")],
     ["Tesco depot in Dagenham"]),

    ("My grandma Zinaida is 88, born 12.12.1936. She lives with us at Am Rosenhang 5, 53113 Bonn. She has bedsore on her back now.",
     [("name", "Zinaida"), ("date_of_birth", "12.12.1936"), ("address", "Am Rosenhang 5, 53113 Bonn")],
     []),

    ("Niamh here (mum of Oisín, 3). His eyes are crossing a bit when he's tired. Should we see somebody? 085 771 0394",
     [("name", "Niamh"), ("name", "Oisín"), ("phone", "085 771 0394")],
     []),

    ("I am Cristina, my husband Gheorghe is diabetic and his feet is numb. He is driving the lorry, reg number B 88 GHE in Romania. Can he still drive with numb feet?",
     [("name", "Cristina"), ("name", "Gheorghe"), ("licence_plate", "B 88 GHE")],
     []),

    ("Message from Raimonds, Latvian, 40. I went to A&E in Waterford and they give me paper with number WRH-22-019387 for follow-up but nobody call. Shoulder still cannot lift.",
     [("name", "Raimonds"), ("id_number", "WRH-22-019387")],
     []),

    ("My wife Marta has lupus and we moved from Wrocław. The rheumatologist there Dr Kowalczyk gave her Encorton 5 and Arechin. We live 16 Gladstone Terrace, Edinburgh EH9 1LS.",
     [("name", "Marta"), ("name", "Kowalczyk"), ("address", "16 Gladstone Terrace, Edinburgh EH9 1LS")],
     []),

    ("hey, Emeka here, 31. I went for STI check and they gave me clinic number 4471-HK. Results say chlamydia positive. My girlfriend needs to be treated too right? ring me 07732 118 905",
     [("name", "Emeka"), ("id_number", "4471-HK"), ("phone", "07732 118 905")],
     []),

    ("Please answer quickly. Olesia Tkachenko, 36 weeks pregnant, DOB 23.01.1995. Baby is moving less since yesterday. I am in Leipzig, my Krankenkasse is AOK, Versichertennummer K220819467.",
     [("name", "Olesia Tkachenko"), ("date_of_birth", "23.01.1995"), ("id_number", "K220819467")],
     []),

    ("Hi, Lukas from Kaunas. I want to ask about snoring, my wife Rūta says I stop breathing at night. Message me on facebook.com/lukas.kaunas.uk",
     [("name", "Lukas"), ("name", "Rūta"), ("url", "facebook.com/lukas.kaunas.uk")],
     []),

    ("I'm a carer for Mrs Edith Walsh, 91, at her home 2 Church Lane, Bantry, Co. Cork. She hasn't passed urine since this morning and her tummy is swollen. I'm Larysa, agency carer.",
     [("name", "Edith Walsh"), ("address", "2 Church Lane, Bantry, Co. Cork"), ("name", "Larysa")],
     []),

    ("I want to check my vaccinations. Born 19/09/1992 in Romania, CNP 2920919400123. Name Alina Moldovan. I start job in hospital Dublin and they ask for hepatitis B proof.",
     [("date_of_birth", "19/09/1992"), ("id_number", "2920919400123"), ("name", "Alina Moldovan")],
     []),

    ("My boy Maksym 14 is playing computer all night, very angry when we take it. His school Ardscoil Rís called us. Is it addiction? Email: maksym.tato@ukr.net",
     [("name", "Maksym"), ("email", "maksym.tato@ukr.net")],
     ["Ardscoil Rís"]),

    ("Hi, Rafał, 38. My van FY68 KWD was hit from behind at lights, now neck very stiff and headache. Insurance claim no. CLM-7730914. Do I need a doctor's report?",
     [("name", "Rafał"), ("licence_plate", "FY68 KWD"), ("id_number", "CLM-7730914")],
     []),

    ("Hello I am Svitlana, psychologist told me to write here. She is Dr Mary O'Connell from the Ukrainian support centre. I have panic attacks in the supermarket.",
     [("name", "Svitlana"), ("name", "Mary O'Connell")],
     []),

    ("My uncle Dobromir lives with us at 9 Queen's Road, Walthamstow E17 8PX. He is 70, coughing blood little bit in the morning, was big smoker.",
     [("name", "Dobromir"), ("address", "9 Queen's Road, Walthamstow E17 8PX")],
     []),

    ("Wei Zhang, 45. Can I get a second opinion on my MRI? The report is on my patient portal but my hospital ID is 7743-2291-ZW. Mostly want to know if the disc needs surgery.",
     [("name", "Wei Zhang"), ("id_number", "7743-2291-ZW")],
     []),

    ("sorry im writing at night. My little sister Iryna (she is 13) says she vomits after eating on purpose. She show me her YouTube channel youtube.com/@irynka_vlogs2011 and there are videos about diet. Im scared.",
     [("name", "Iryna"), ("url", "youtube.com/@irynka_vlogs2011")],
     []),

    ("I am Bartosz Kowalski and I broke my glasses. I work in Dunnes Stores warehouse Naas, I cannot drive the forklift without them. Eye test where can I do quickly? 083 419 2276",
     [("name", "Bartosz Kowalski"), ("phone", "083 419 2276")],
     ["Dunnes Stores warehouse Naas"]),

    ("Hello, my wife Loredana is 39 weeks, waters broke 2 hours ago but no pain yet. She is registered at the Rotunda. Her chart number is 445920. We are driving there now? or wait?",
     [("name", "Loredana"), ("id_number", "445920")],
     []),

    ("Eilidh Fraser, dob 26-04-1985. I've had a cough since the flu in February and my inhaler isn't helping. Please email eilidh.fraser85@btinternet.com",
     [("name", "Eilidh Fraser"), ("date_of_birth", "26-04-1985"), ("email", "eilidh.fraser85@btinternet.com")],
     []),

    ("i am Tomasz, i live in caravan on the farm, Lower Barn Farm, Evesham WR11 4TU. From two weeks my skin and eyes are yellow and pee is dark.",
     [("name", "Tomasz"), ("address", "Lower Barn Farm, Evesham WR11 4TU")],
     []),
]
