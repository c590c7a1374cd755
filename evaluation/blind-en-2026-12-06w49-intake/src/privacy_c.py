# Hand-written privacy items, part C (with identifiers, many with quasi flags). Writer 49, prefix al.

ITEMS = [
    (
        "Hi, I'm Paulina, 26, I work at the Amazon warehouse in Poznań, night shifts. My back hurts every day and I take Ibuprom 3 times. Is it bad for stomach?",
        [("name", "Paulina")],
        ["Amazon warehouse in Poznań"],
    ),
    (
        "hello i'm Adrian, i am apprentice at Siemens Erlangen. Since I started there I have eczema on hands, maybe from the gloves? Personalnummer 00571839.",
        [("name", "Adrian"), ("id_number", "00571839")],
        ["Siemens Erlangen"],
    ),
    (
        "Good morning. I am teacher at Scoala Gimnaziala nr. 5 in Brașov, my name is Mihaela Stan. I lose my voice every week, hoarse. 48 years. Must I stop teaching?",
        [("name", "Mihaela Stan")],
        ["Scoala Gimnaziala nr. 5"],
    ),
    (
        "My son Leon goes to Kita Sonnenschein in Köln and there is scarlet fever there now. He has sore throat today. Should I test him? I'm Julia, 0162 7391 284.",
        [("name", "Leon"), ("name", "Julia"), ("phone", "0162 7391 284")],
        ["Kita Sonnenschein"],
    ),
    (
        "hi, I'm Antonio, cook at Trattoria da Gino in Bari, I burned my forearm on the oven last week, now the skin is peeling and itchy. Normal healing?",
        [("name", "Antonio")],
        ["Trattoria da Gino"],
    ),
    (
        "Hello, Zehra, 31, I am a nurse at the small Şifa Poliklinik in Bursa. Our staff needs hepatitis B booster? My anti-HBs is 8. My ID 21847390516.",
        [("name", "Zehra"), ("id_number", "21847390516")],
        ["Şifa Poliklinik"],
    ),
    (
        "Hey im Mustafa, i work at Emirates airline as cabin crew, employee ID EK-417293. I have ear pain after every landing since my cold. Can I fly tomorrow?",
        [("name", "Mustafa"), ("id_number", "EK-417293")],
        ["Emirates airline"],
    ),
    (
        "I am Nadia, my daughter Rim is 9 and she is in 4th grade at Lycée Descartes in Rabat. The teacher says she cannot see the board well. Eye test where?",
        [("name", "Nadia"), ("name", "Rim")],
        ["Lycée Descartes"],
    ),
    (
        "Hi, Ruben, 28, I work in the Heineken brewery in Zoeterwoude. I got a chemical splash in my eye 2 days ago, washed it, now it's still red and blurry a bit.",
        [("name", "Ruben")],
        ["Heineken brewery in Zoeterwoude"],
    ),
    (
        "My name is Kateryna Bondarenko, I am a PhD student at Jagiellonian University, my student ID 1182904. I had headaches every day for 2 months. Paracetamol every day. Is it bad?",
        [("name", "Kateryna Bondarenko"), ("id_number", "1182904")],
        ["Jagiellonian University"],
    ),
    (
        "Hello, I'm Yannick, 33, I work at Airbus in Toulouse, my plate GH-417-KT. I have numbness in the left hand little finger when I lean on my elbow.",
        [("name", "Yannick"), ("licence_plate", "GH-417-KT")],
        ["Airbus"],
    ),
    (
        "Hola, me llamo Marta Ruiz y trabajo en la farmacia Ruiz-Castellano in Sevilla, my boss says I should ask: I got needle stick from a used insulin pen of a client. Now what?",
        [("name", "Marta Ruiz")],
        ["farmacia Ruiz-Castellano"],
    ),
    (
        "Good day. I am Georgios, 19, first year at Aristotle University. Dorm room B214. I have mono, the doctor says, I am so tired. When can I go to gym?",
        [("name", "Georgios")],
        ["Aristotle University"],
    ),
    (
        "Hello, Rasha, I work as receptionist at Dr. Saleh Dental Clinic in Zarqa (small clinic, only 2 doctors). I am 25 and I get hives every afternoon. Phone 078 930 4412",
        [("name", "Rasha"), ("phone", "078 930 4412")],
        ["Dr. Saleh Dental Clinic"],
    ),
    (
        "Hi, I'm Ilaria, I'm an intern at Ferrero in Alba. DOB 21.08.2002. We eat a lot of chocolate at work haha, but seriously, my triglycerides are 310. At 24!",
        [("name", "Ilaria"), ("date_of_birth", "21.08.2002")],
        ["Ferrero"],
    ),
    (
        "Merhaba, I am Deniz, I work at a call center (Turkcell) and I talk 8 hours a day. My throat hurts always and I have a lump feeling. Reflux?",
        [("name", "Deniz")],
        ["Turkcell"],
    ),
    (
        "Hello, my name is Mahmoud, 22, engineering student at Cairo University, ID 30402261401893. My right eye is jumping (twitching) since 10 days. Stress?",
        [("name", "Mahmoud"), ("id_number", "30402261401893")],
        ["Cairo University"],
    ),
    (
        "Hi, I'm Zofia, new mom, my daughter Hania was born 4 weeks ago at Szpital św. Zofii. I have pain in the breast, red area, and fever 38.5. Mastitis?",
        [("name", "Zofia"), ("name", "Hania")],
        [],
    ),
    (
        "hey, Kemal, 24, Berlin. My Krankenkasse is Barmer, Versichertennummer M902817463. I have a lump in my neck since 3 weeks, no pain. Lymph node?",
        [("name", "Kemal"), ("id_number", "M902817463")],
        [],
    ),
    (
        "Hello, I'm Marwa, a Syrian student in Istanbul. My phone +90 541 382 90 17, email marwa.alhalabi@gmail.com. I got scabies from dorm I think, everyone itches.",
        [("name", "Marwa"), ("phone", "+90 541 382 90 17"), ("email", "marwa.alhalabi@gmail.com")],
        [],
    ),
    (
        "Hi doc, Cosmin, 36, Timișoara, Str. Mărășești 14, ap. 3. My plate TM 08 CSM. I had kidney stone last year and now the same pain is starting again but mild.",
        [("name", "Cosmin"), ("address", "Str. Mărășești 14, ap. 3"), ("licence_plate", "TM 08 CSM")],
        [],
    ),
    (
        "Bonjour, Chloé, 21, Erasmus student in Lisbon. My French carte vitale number 2 05 07 75 112 083 46. Can I get the pill prescribed here in Portugal?",
        [("name", "Chloé"), ("id_number", "2 05 07 75 112 083 46")],
        [],
    ),
    (
        "My father Yusuf Demir, born 1952, TC Kimlik 16283940572, had stent 2 years ago and now he wants to stop Plavix because of bruises. Can he?",
        [("name", "Yusuf Demir"), ("id_number", "16283940572")],
        [],
    ),
    (
        "I am Farah, 32, Dubai, villa 17, street 23b, Al Barsha 2. My husband Ziad has gout and he eats a lot of red meat. What diet?",
        [("name", "Farah"), ("address", "villa 17, street 23b, Al Barsha 2"), ("name", "Ziad")],
        [],
    ),
    (
        "Hello, Majid, 45. My wife Leila has thyroid surgery planned in Tehran. My son lives in Toronto, his number +1 416 555 0182. Which questions we should ask the surgeon?",
        [("name", "Majid"), ("name", "Leila"), ("phone", "+1 416 555 0182")],
        [],
    ),
    (
        "Hi, I am Gabriel, 27, Portuguese working in Luxembourg. My Luxembourg matricule is 1999041512345. I have hay fever very strong here, never had in Portugal.",
        [("name", "Gabriel"), ("id_number", "1999041512345")],
        [],
    ),
    (
        "hi im Natalia from Gdynia. my doctor is Dr. Kamińska. she is good but not answering. my son Filip 6 yo has warts on his fingers, like 8 of them. i tried Brodacid",
        [("name", "Natalia"), ("name", "Kamińska"), ("name", "Filip")],
        [],
    ),
    (
        "Hello. Theo van Dijk, geboren 02-04-1994. I have tinnitus and a small hearing loss in the left ear after a cold. GP says wait. Steroids?",
        [("name", "Theo van Dijk"), ("date_of_birth", "02-04-1994")],
        [],
    ),
    (
        "Hello I'm Hiba from Tangier, 06 70 18 29 43. My mother (55) has knees that are swollen and hot, both. Is it arthritis or rheumatism? She takes Voltarène.",
        [("name", "Hiba"), ("phone", "06 70 18 29 43")],
        [],
    ),
    (
        "My name is Rami Nassar, I'm a student in Germany from Lebanon. I need to translate my vaccination record for the Ausländerbehörde. Passport RL1842937. Do you offer this?",
        [("name", "Rami Nassar"), ("id_number", "RL1842937")],
        [],
    ),
    (
        "Hi, Eleonora here, 39. I live in Via dei Mille 42, Palermo. My husband Salvatore has psoriasis on elbows and scalp and now the fingers joints hurt.",
        [("name", "Eleonora"), ("address", "Via dei Mille 42, Palermo"), ("name", "Salvatore")],
        [],
    ),
    (
        "hello doctor i am Yaroslav, 41, truck driver, plate BC 4821 AK. I have a varicose veins in the legs, very heavy feeling at end of day. Compression socks help?",
        [("name", "Yaroslav"), ("licence_plate", "BC 4821 AK")],
        [],
    ),
    (
        "Geia sou, this is Anastasia, 20. My youtube is youtube.com/@anastasia.runs. I run marathons and I lost my period for 6 months. Is it dangerous?",
        [("name", "Anastasia"), ("url", "youtube.com/@anastasia.runs")],
        [],
    ),
    (
        "Dear doctor, I'm Mina, 35. For the company insurance (Bupa) my member number is 8825 4410 3927. My 3 year old Aria has constipation, she is afraid to poop.",
        [("name", "Mina"), ("id_number", "8825 4410 3927"), ("name", "Aria")],
        [],
    ),
    (
        "Hi, Lucas, Brazilian but living in Porto, Rua do Almada 145, 3º. I have an allergy to penicillin (rash as child). Can I take Augmentin for my sinusitis?",
        [("name", "Lucas"), ("address", "Rua do Almada 145, 3º")],
        [],
    ),
    (
        "My wife Aylin gave birth 6 days ago and she cries every day, she says she is a bad mother. I'm Orhan. Is this baby blues? We live in Essen, Rüttenscheider Str. 77.",
        [("name", "Aylin"), ("name", "Orhan"), ("address", "Rüttenscheider Str. 77")],
        [],
    ),
    (
        "hi Bilal here. my twitter @bilal_k_jo. I'm 29 and I get heartburn every night, I sleep with 3 pillows now. Nexium makes it better but when I stop it comes back.",
        [("name", "Bilal"), ("handle", "@bilal_k_jo")],
        [],
    ),
    (
        "Hello, Léa, Paris, 14 avenue de Clichy, 75018. I'm 26. Since I started the new pill (Leeloo) I have headaches and my mood is very low.",
        [("name", "Léa"), ("address", "14 avenue de Clichy, 75018")],
        [],
    ),
    (
        "Bună, I'm Raluca, 28. My husband Mihai's CNP is 1920310400217 and mine 2950714400185, we want to do genetic testing before pregnancy because his brother has cystic fibrosis.",
        [("name", "Raluca"), ("name", "Mihai"), ("id_number", "1920310400217"), ("id_number", "2950714400185")],
        [],
    ),
    (
        "Hello, this is Walid, I live in Jeddah, Al Rawdah district, Prince Sultan Rd, building 12, apt 4. My kid (4) has a rash and fever, small red spots on palms.",
        [("name", "Walid"), ("address", "Prince Sultan Rd, building 12, apt 4")],
        [],
    ),
    (
        "hi there, Maren (she/her), 22. german student in Groningen. my DUO student number 4821937. i think i have an eating disorder, i count every calorie and i feel guilty.",
        [("name", "Maren"), ("id_number", "4821937")],
        [],
    ),
    (
        "Hello, I am Ionela, I take care of old lady in Italy, signora Franca, 89. She has a bedsore on her back. What to put? My number +39 320 558 1746.",
        [("name", "Ionela"), ("name", "Franca"), ("phone", "+39 320 558 1746")],
        [],
    ),
    (
        "Kalispera, Kostas from Heraklion. My daughter Eirini born 11/06/2019 has a lazy eye. The ophthalmologist says patch. For how long?",
        [("name", "Kostas"), ("name", "Eirini"), ("date_of_birth", "11/06/2019")],
        [],
    ),
    (
        "Hello, I'm Amal, nurse in Kuwait, from Egypt. My sister Doaa is in Alexandria, 01012348765, she has lupus and now protein in urine. Is that kidney?",
        [("name", "Amal"), ("name", "Doaa"), ("phone", "01012348765")],
        [],
    ),
    (
        "Hi, I'm Henrique. I have 3 children and my wife is pregnant again (4th). My vasectomy appointment is next month at Hospital de São João. Hurts? Email henrique.sa.pt@sapo.pt",
        [("name", "Henrique"), ("email", "henrique.sa.pt@sapo.pt")],
        [],
    ),
    (
        "Heyy it's Mila (@mila.nl.travels) I just came back from Morocco and I have diarrhea for 5 days, no fever. Do I need antibiotics?",
        [("name", "Mila"), ("handle", "@mila.nl.travels")],
        [],
    ),
    (
        "My mother-in-law Hatice has Alzheimer, she lives with us in Gaziantep, and she doesn't sleep at night. I'm Gül, 0542 718 30 26. What helps?",
        [("name", "Hatice"), ("name", "Gül"), ("phone", "0542 718 30 26")],
        [],
    ),
    (
        "Hi! Simone, 30, Torino, plate GA 482 PX. I was in a minor car accident, airbag hit my face. Nose swollen 2 days now. Broken?",
        [("name", "Simone"), ("licence_plate", "GA 482 PX")],
        [],
    ),
    (
        "Hallo, Kerstin, 42. My private insurance (Debeka) claim number is 2026-KV-0938271. They ask if my knee arthroscopy was 'medically necessary'. Can you write this?",
        [("name", "Kerstin"), ("id_number", "2026-KV-0938271")],
        [],
    ),
    (
        "Hello, Yiannis, DOB 4 March 1990. I have type 1 diabetes and I want to tattoo my arm. Is it safe? My HbA1c is 6.8.",
        [("name", "Yiannis"), ("date_of_birth", "4 March 1990")],
        [],
    ),
]
