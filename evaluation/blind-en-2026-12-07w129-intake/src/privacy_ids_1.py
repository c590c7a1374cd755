# Hand-written privacy items with identifiers (part 1). Writer 129.
# Each item: (text, [(type, text) or (type, text, occurrence)], [quasi strings])

ITEMS = [
    ("Hello, my name is Łukasz Wiśniewski, I work in warehouse at Magna Park Lutterworth on night shifts. From three days I have pain in the lower back going to the left leg, I cannot sleep. My phone is 07824 553 918, please call after 4pm because before I sleep.",
     [("name", "Łukasz Wiśniewski"), ("phone", "07824 553 918")],
     ["warehouse at Magna Park Lutterworth"]),

    ("my wife she is pregnant 22 weeks, her name Małgorzata, she have swelling legs and headache since morning. Her NHS number is 485 777 3456. What we should do?",
     [("name", "Małgorzata"), ("id_number", "485 777 3456")],
     []),

    ("Good evening. I am Ștefan Popa, 41 years, from Romania living in Northampton. Sugar in blood was 11.2 this morning before eat. Is it diabetes? Email me please stefan.popa78@yahoo.ro",
     [("name", "Ștefan Popa"), ("email", "stefan.popa78@yahoo.ro")],
     []),

    ("Question for my mother Halyna Kovalenko born 03.09.1956, she is with us in Dublin since 2022. Her PPS number 7654321WA. She take blood pressure tablets from Ukraine (Lisinopril 10 mg) and they finish next week. Where she can get new ones?",
     [("name", "Halyna Kovalenko"), ("date_of_birth", "03.09.1956"), ("id_number", "7654321WA")],
     []),

    ("Oleksandr here. I cut my hand on the machine at work in the meat factory in Ballyhaunis, they put stitches in Mayo University Hospital but now is red and hot and little bit yellow. My number +353 87 219 4460",
     [("name", "Oleksandr"), ("phone", "+353 87 219 4460")],
     ["meat factory in Ballyhaunis"]),

    ("My name Agnieszka Zielińska, PESEL 90021504583. I want to register at Cowley Road Medical Practice but they ask NHS number which I dont have yet. Can I still see doctor about my thyroid? In Poland I take Euthyrox 50.",
     [("name", "Agnieszka Zielińska"), ("id_number", "90021504583")],
     ["Cowley Road Medical Practice"]),

    ("hi im Jūratė, from Lithuania but living in Boston (Lincs) with my husband Tomas. I work packing veg on Fenland Fresh farm, my hands are cracking and bleeding from cold water and the gloves. pics on my insta @jurate_boston_life if u need to see",
     [("name", "Jūratė"), ("name", "Tomas"), ("handle", "@jurate_boston_life")],
     ["Fenland Fresh farm"]),

    ("Dear doctor, my son Mateusz (DOB 17/06/2015) has asthma, we moved from Poznań to Reading in summer. The school nurse at St Anne's Primary wants asthma plan from doctor. Please answer to kasia.b.mama@gmail.com",
     [("name", "Mateusz"), ("date_of_birth", "17/06/2015"), ("email", "kasia.b.mama@gmail.com")],
     ["St Anne's Primary"]),

    ("I drive for delivery company, the van reg KX19 ZTB, yesterday small accident and the airbag hit my chest. Now it hurts when I breathe deep or laugh. I'm Răzvan, 29.",
     [("licence_plate", "KX19 ZTB"), ("name", "Răzvan")],
     []),

    ("Please help, my father Stoyan Dimitrov is in Sofia, EGN 5204126543, doctors there say he needs bypass operation. Can he fly to London to stay with us after? My phone +44 7700 918 245",
     [("name", "Stoyan Dimitrov"), ("id_number", "5204126543"), ("phone", "+44 7700 918 245")],
     []),

    ("Can someone call me back, Aoife Brennan, 086 442 7715. My GP Dr Fitzgerald is on holidays and I've a rash all over my tummy since Saturday after starting the antibiotics.",
     [("name", "Aoife Brennan"), ("phone", "086 442 7715"), ("name", "Fitzgerald")],
     []),

    ("We live at 27 Belgrave Road, Leicester LE4 6AR, my grandmother keeps falling at night going to toilet. She is 84. Can someone come to the house to assess?",
     [("address", "27 Belgrave Road, Leicester LE4 6AR")],
     []),

    ("I am care assistant in Willow Lodge Care Home in Hove. One resident gave me scabies I think, itching between fingers at night. Name Bożena Kamińska, tel 07961 204 377",
     [("name", "Bożena Kamińska"), ("phone", "07961 204 377")],
     ["Willow Lodge Care Home in Hove"]),

    ("Hello from Bielefeld. My husband Grzegorz works in the Fleischfabrik in Gütersloh, he is coughing 3 weeks with night sweats. Our address is Heeper Straße 71, 33607 Bielefeld. He has no Hausarzt yet. Krankenkasse number A123456780.",
     [("name", "Grzegorz"), ("address", "Heeper Straße 71, 33607 Bielefeld"), ("id_number", "A123456780")],
     ["Fleischfabrik in Gütersloh"]),

    ("Sorry my english. I am Nataliya, from Kharkiv. My daughter Sofiia 6 years have fever 38.9 and ear pain. We have no car. Phone viber +380 67 518 2093 or UK number 07418 660 102.",
     [("name", "Nataliya"), ("name", "Sofiia"), ("phone", "+380 67 518 2093"), ("phone", "07418 660 102")],
     []),

    ("Hi, my brother Wojtek has been drinking a lot since he lost job at the Sports Direct warehouse in Shirebrook. He shakes in the morning. His facebook is facebook.com/wojtek.kaczmarek.77 you can see how he is. What can family do?",
     [("name", "Wojtek"), ("url", "facebook.com/wojtek.kaczmarek.77")],
     ["Sports Direct warehouse in Shirebrook"]),

    ("Mihaela Ionescu, 33, hospital number RJZ 4458812. After my caesarean at King's the wound is opening on the left side. Who to contact?",
     [("name", "Mihaela Ionescu"), ("id_number", "RJZ 4458812")],
     []),

    ("I'm writing for my neighbour Mr Dovydas Petrauskas, he doesn't speak English. He lives at Flat 4, 19 Dock Street, Dundee DD1 3DR on his own. He has swollen ankles and is out of breath on stairs.",
     [("name", "Dovydas Petrauskas"), ("address", "Flat 4, 19 Dock Street, Dundee DD1 3DR")],
     []),

    ("Need sick note. Employee ID 00478123 at the Amazon BHX4 fulfilment centre, manager want paper from doctor for my back. I am Paweł.",
     [("id_number", "00478123"), ("name", "Paweł")],
     ["Amazon BHX4 fulfilment centre"]),

    ("My daughter Desislava Georgieva was born 21 April 2009 and she is not having periods yet, she is 15 now. Is it normal? We are from Plovdiv, living in Kent.",
     [("name", "Desislava Georgieva"), ("date_of_birth", "21 April 2009")],
     []),

    ("hello i am Ivan i work on strawberry farm in Herefordshire on seasonal visa. Insect bite on my neck now very swollen. My boss Mick says is nothing. whatsapp +359 88 741 2206",
     [("name", "Ivan"), ("name", "Mick"), ("phone", "+359 88 741 2206")],
     ["strawberry farm in Herefordshire"]),

    ("Hi, I'm Siobhán, mum of twins. Could you look at the photo of the rash I put on my blog www.twinmamasiobhan.ie/rash-post and tell me if it's eczema or something else?",
     [("name", "Siobhán"), ("url", "www.twinmamasiobhan.ie/rash-post")],
     []),

    ("Patient: Krzysztof Nowicki, date of birth 11/11/1971, NHS 612 338 9905. Referred by Dr Olumide Adeyemi for the knee but nobody called me for 5 months.",
     [("name", "Krzysztof Nowicki"), ("date_of_birth", "11/11/1971"), ("id_number", "612 338 9905"), ("name", "Olumide Adeyemi")],
     []),

    ("i am 19 from Romania, live in Luton with my boyfriend Cosmin. I think I am pregnant but not sure, test is very light line. Don't call my phone, only email andreea.m2005@gmail.com please",
     [("name", "Cosmin"), ("email", "andreea.m2005@gmail.com")],
     []),

    ("I am Yuliia, my tiktok is @yuliia.in.cork, I posted video of my eye twitching for 2 weeks, many people say it's stress. What do you think?",
     [("name", "Yuliia"), ("handle", "@yuliia.in.cork")],
     []),

    ("Good morning. My husband Vasile has pain in the stomach from three days and black stool. We live 5 Abbey Street, Wisbech PE13 1AN. He is working in the Fenmarsh Poultry factory, he don't want to miss shifts.",
     [("name", "Vasile"), ("address", "5 Abbey Street, Wisbech PE13 1AN")],
     ["Fenmarsh Poultry factory"]),

    ("Dear Sir/Madam, I'm contacting on behalf of my father, Gintaras Kazlauskas, asmens kodas 35408120457. He wants his records from Lithuania added to his UK file. Contact: gintaras.k@inbox.lt",
     [("name", "Gintaras Kazlauskas"), ("id_number", "35408120457"), ("email", "gintaras.k@inbox.lt")],
     []),

    ("I am 67 and have been getting dizzy when I stand. Tim, my husband, keeps telling me to drink more water. BP at home 102/60. Call me on 01632 960 418 in the evening.",
     [("name", "Tim"), ("phone", "01632 960 418")],
     []),

    ("Mam pytanie - sorry, I have question. My son Kacper born 02.02.2021 still not talking, only 3 words. Nursery Little Acorns in Slough say we must see somebody. Our health visitor is Joanne.",
     [("name", "Kacper"), ("date_of_birth", "02.02.2021"), ("name", "Joanne")],
     ["Nursery Little Acorns in Slough"]),

    ("Car got broken into at the hospital car park and my insulin pens were in it. The reg is 221-D-40917, the Garda said to get new prescription. I'm Ciarán, type 1.",
     [("licence_plate", "221-D-40917"), ("name", "Ciarán")],
     []),

    ("Priya Raman here, 38. My thyroid TSH came back 7.8 and the GP wants to repeat in 6 weeks. Is that normal approach? You can reach me at priya.raman@outlook.com",
     [("name", "Priya Raman"), ("email", "priya.raman@outlook.com")],
     []),

    ("My name is Tetiana Shevchuk, passport FE 482193, I am under temporary protection in Germany. I have lump in the breast that I found two weeks ago. How to get mammography without long waiting?",
     [("name", "Tetiana Shevchuk"), ("id_number", "FE 482193")],
     []),

    ("Hello. I work in Lidl distribution centre in Newbridge, forklift driver. Since one month numbness in 2 fingers right hand. Marius Dumitrescu, 0851 337 209.",
     [("name", "Marius Dumitrescu"), ("phone", "0851 337 209")],
     ["Lidl distribution centre in Newbridge"]),

    ("My little girl Zofia (she is 4) swallowed a coin yesterday, now she is fine, eating, playing. Do we need x-ray? My husband Piotr says we wait.",
     [("name", "Zofia"), ("name", "Piotr")],
     []),

    ("Can the doctor ring my daughter Emma instead of me, I'm deaf. Her mobile 07700 900 461. It's about my hearing aid appointment and my ears ringing.",
     [("name", "Emma"), ("phone", "07700 900 461")],
     []),

    ("I'm Chinedu Okafor, DOB 30/08/1990, student ID 20193344 at Dublin City University. I have had diarrhoea for 10 days after coming back from Lagos.",
     [("name", "Chinedu Okafor"), ("date_of_birth", "30/08/1990"), ("id_number", "20193344")],
     ["Dublin City University"]),

    ("Hello, I am Radu, 52, working in Germany as truck driver, my car here is CL-RB 718. Since one week my right eye see like through curtain at the top. Is it dangerous?",
     [("name", "Radu"), ("licence_plate", "CL-RB 718")],
     []),

    ("This is about my aunt Aušra Jankauskienė, 71, she lives with us at 14 Ormeau Avenue, Belfast BT7 1FX. She fell in garden last week, wrist still very swollen and blue.",
     [("name", "Aušra Jankauskienė"), ("address", "14 Ormeau Avenue, Belfast BT7 1FX")],
     []),

    ("Hi doc, I'm Mo (Mohammed) and my mate Danny keeps telling me my mole looks weird. It's got 2 colours and it itches. Pics on my twitter @mo_builds_bham",
     [("name", "Mo", 1), ("name", "Mohammed"), ("name", "Danny"), ("handle", "@mo_builds_bham")],
     []),

    ("Sorry to write. My wife Olena she have very strong headaches every day since the baby born, 3 months now. Our GP is Dr Patel at Canal Side Surgery. Tel 07455 812 930.",
     [("name", "Olena"), ("name", "Patel"), ("phone", "07455 812 930")],
     ["Canal Side Surgery"]),

    ("Hello, Małgorzata Wójcik, ur. 14.07.1983, PESEL 83071409886. I need translation of my medical results from Poland for the doctor here, my cholesterol was 290 there.",
     [("name", "Małgorzata Wójcik"), ("date_of_birth", "14.07.1983"), ("id_number", "83071409886")],
     []),

    ("My husband Hristo has gout again, big toe very red. He works night in the Kuehne+Nagel warehouse near Northampton and stands 10 hours. Email hristo.and.maria@abv.bg",
     [("name", "Hristo"), ("email", "hristo.and.maria@abv.bg")],
     ["Kuehne+Nagel warehouse near Northampton"]),

    ("Insurance policy no. AXA-PL-55120983, I am Polish worker in Ireland, the clinic in Letterkenny say my insurance not cover physio. Is it true? My knee after football still swelling.",
     [("id_number", "AXA-PL-55120983")],
     []),

    ("Hi there, my son Olek (Oleksii) is 12 and got hit by a ball on the nose at school, nose is bent a little. School is Holy Family NS Ballymun. Mum - Inna, 089 601 3342",
     [("name", "Olek", 1), ("name", "Oleksii"), ("name", "Inna"), ("phone", "089 601 3342")],
     ["Holy Family NS Ballymun"]),

    ("My partner Ștefania is on her period 3 weeks nonstop, she is very pale and tired. We are in Birmingham, registered with Dr Hussain. Could you call +40 745 118 093 (Romanian number, whatsapp)",
     [("name", "Ștefania"), ("name", "Hussain"), ("phone", "+40 745 118 093")],
     []),

    ("Dear team, I am Jürgen Bauer, 58, living in Kerry. After the long drive from Rosslare my left calf is sore and warm. My registration 10-KY-2241 if the parking at the clinic needs it.",
     [("name", "Jürgen Bauer"), ("licence_plate", "10-KY-2241")],
     []),

    ("Hey I'm Kuba, 24, I work on the building site at Canada Water. My mate dropped a pipe on my foot on Monday, toe nail is black and throbbing. Do I need to drain it?",
     [("name", "Kuba")],
     ["building site at Canada Water"]),

    ("Writing for my mum. Name: Liudmyla Bondarenko. Date of birth: 9 October 1948. She have dementia starting, forgets to turn off gas. We live Flat 12, Maple House, 3 Station Road, Harrow HA1 2UF.",
     [("name", "Liudmyla Bondarenko"), ("date_of_birth", "9 October 1948"), ("address", "Flat 12, Maple House, 3 Station Road, Harrow HA1 2UF")],
     []),
]
