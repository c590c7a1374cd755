# Hand-written privacy items with identifiers (part 3). Writer 129.

ITEMS = [
    ("call me 07123 884 190 pls, Marek",
     [("phone", "07123 884 190"), ("name", "Marek")],
     []),

    ("Name: Oksana Hrytsenko\nDOB: 15/05/1979\nIHI/PPS: 8821734KH\nProblem: hair falling a lot after covid",
     [("name", "Oksana Hrytsenko"), ("date_of_birth", "15/05/1979"), ("id_number", "8821734KH")],
     []),

    ("My husband Arkadiusz (we call him Arek) works in Müller dairy in Market Drayton. He got milk acid? on his face, splash, now red. He washed it. Is it burn?",
     [("name", "Arkadiusz"), ("name", "Arek")],
     ["Müller dairy in Market Drayton"]),

    ("I'm Bogdana, 52. I follow @dr.hormone.help on instagram and she says my symptoms are perimenopause. Can my GP test hormones?",
     [("name", "Bogdana"), ("handle", "@dr.hormone.help")],
     []),

    ("pls help my baby Nikola 7 weeks spit after every feeding. We live Basement flat, 62 Cazenove Road, London N16 6BD. mama Velislava",
     [("name", "Nikola"), ("address", "Basement flat, 62 Cazenove Road, London N16 6BD"), ("name", "Velislava")],
     []),

    ("My friend Gabija gave me her Sertraline because I was very sad. I am Indrė. Is it dangerous to take someone else tablets? write me indre.s@gmail.com",
     [("name", "Gabija"), ("name", "Indrė"), ("email", "indre.s@gmail.com")],
     []),

    ("Hello, Emil Sandu here, I need the result of my biopsy. The clinic gave reference BX-2024-11873 and said 2 weeks but it is 5 weeks now.",
     [("name", "Emil Sandu"), ("id_number", "BX-2024-11873")],
     []),

    ("hi Dr, Shauna from Limerick. My son Cian's behaviour has gotten really bad since starting at Gaelscoil Sáirséal, teacher thinks ADHD. How do we get assessed? Ph 061 447 209",
     [("name", "Shauna"), ("name", "Cian"), ("phone", "061 447 209")],
     ["Gaelscoil Sáirséal"]),

    ("I work as cleaner in Heathrow Terminal 5 for ISS. My name Fatima Begum. My hands have eczema from chemicals and the manager says use gloves but gloves make it worse.",
     [("name", "Fatima Begum")],
     ["cleaner in Heathrow Terminal 5 for ISS"]),

    ("My dad Zbigniew, born 2 March 1949, has Alzheimer's and now he walk out of house at night. Last time police found him. Our address 11 Poplar Close, Corby NN17 2XX. Can we get alarm?",
     [("name", "Zbigniew"), ("date_of_birth", "2 March 1949"), ("address", "11 Poplar Close, Corby NN17 2XX")],
     []),

    ("I am Serhii. My car HH-SK 2290 (German plates) - I am driver for Uber in Hamburg and sit 12 hours. Now I have piles, very painful. What cream?",
     [("name", "Serhii"), ("licence_plate", "HH-SK 2290")],
     []),

    ("Hello doctor, me and my wife Ana-Maria want baby since 2 years, nothing. I am Cătălin, 34. Where to do sperm test? email catalin.ana2019@yahoo.com",
     [("name", "Ana-Maria"), ("name", "Cătălin"), ("email", "catalin.ana2019@yahoo.com")],
     []),

    ("Patient name Kamil Jabłoński, NHS 723 449 0182, asks about repeat prescription of Concerta which he had from private ADHD clinic. He is 22.",
     [("name", "Kamil Jabłoński"), ("id_number", "723 449 0182")],
     []),

    ("I need a translator for my appointment. I only speak Bulgarian. Reply to my daughter Mila at mila.todorova@abv.bg. My name Todorka Todorova.",
     [("name", "Mila"), ("email", "mila.todorova@abv.bg"), ("name", "Todorka Todorova")],
     []),

    ("Is it ok that I still have bleeding 6 weeks after birth? This is my 2nd baby. I'm Rasa, 0877 106 532.",
     [("name", "Rasa"), ("phone", "0877 106 532")],
     []),

    ("My son Volodymyr, student number 21508834 at University of Galway, has fever and headache since yesterday and he lives in student house. He doesn't answer us well on phone, we are in Ukraine. Can someone check on him?",
     [("name", "Volodymyr"), ("id_number", "21508834")],
     ["University of Galway"]),

    ("Hello it's Janusz, 66, hearing aid broken, NHS number 734 120 0956, my audiologist was Helen at Specsavers Bedford.",
     [("name", "Janusz"), ("id_number", "734 120 0956"), ("name", "Helen")],
     []),

    ("We are the Horvat family, Croatian, living at Kastanienallee 48, 10435 Berlin. Our son Luka 5 has a lot of nosebleeds, almost every day.",
     [("name", "Horvat"), ("address", "Kastanienallee 48, 10435 Berlin"), ("name", "Luka")],
     []),

    ("Good afternoon, I'm Iulia. I have a hard lump on my neck for one month. I uploaded scan to https://wetransfer.com/downloads/iulia-neck-scan-8841 please look.",
     [("name", "Iulia"), ("url", "https://wetransfer.com/downloads/iulia-neck-scan-8841")],
     []),

    ("my mum is Halina, 74, she has Polish pension and lives alone in Kilkenny. Her neighbour Pat rang me that she did not open the door for 2 days but then she answered. She says only tired. Call me +48 502 773 118",
     [("name", "Halina"), ("name", "Pat"), ("phone", "+48 502 773 118")],
     []),

    ("i work on mushroom farm in Monaghan, Greenhill Mushrooms, my name Virginijus. I cough a lot and short of breath, worse on work days. Is it from the mushrooms?",
     [("name", "Virginijus")],
     ["Greenhill Mushrooms"]),

    ("Hi, Dumitru, 45. My ex wife took my son Denis to Romania and he needs his medicines - can you send his prescription? His date of birth is 08/10/2016.",
     [("name", "Dumitru"), ("name", "Denis"), ("date_of_birth", "08/10/2016")],
     []),

    ("This is Dr Rebecca Shaw's patient, Michał Dąbrowski. I was told to email the results to clinic but I lost the address. My email michal.dabrowski.uk@gmail.com",
     [("name", "Rebecca Shaw"), ("name", "Michał Dąbrowski"), ("email", "michal.dabrowski.uk@gmail.com")],
     []),

    ("hi im Oana, my son plays a lot on roblox, his user is @DragonKing_Ovi. Another player told him to hurt himself and now he is scared. He is 10. what to do?",
     [("name", "Oana"), ("handle", "@DragonKing_Ovi")],
     []),

    ("Hello. My mother Nadezhda, born 30.06.1957, had breast cancer in Bulgaria, the oncologist was Dr Petkov in Varna. She now lives with me in Dublin and needs follow-up mammogram.",
     [("name", "Nadezhda"), ("date_of_birth", "30.06.1957"), ("name", "Petkov")],
     []),

    ("Kinga here, 28. I changed my pill from Poland (Yasminelle) to the one here and now spotting. Also my NHS is 919 402 7716 if you need.",
     [("name", "Kinga"), ("id_number", "919 402 7716")],
     []),

    ("I'm Darius, HGV driver, reg of truck is YN71 HGX. DVLA says I need eye test form filled by doctor. Where?",
     [("name", "Darius"), ("licence_plate", "YN71 HGX")],
     []),

    ("My boyfriend Ruslan has tattoo done in Kyiv and now it is infected, red and pus. Tattoo artist page is www.instagram.com/ink_by_ruslana_kyiv. We are in Cork.",
     [("name", "Ruslan"), ("url", "www.instagram.com/ink_by_ruslana_kyiv")],
     []),

    ("Hi, I'm Paulina. We live at 4 Meadow Court, Portlaoise, R32 E2F7. My daughter Lena is 2 and still has no teeth at the back. Is this normal?",
     [("name", "Paulina"), ("address", "4 Meadow Court, Portlaoise, R32 E2F7"), ("name", "Lena")],
     []),

    ("Question from Ahmet Yılmaz, 50, working in kebab shop. Burnt my arm on the grill last week, blister popped. DOB 01.04.1974 if needed.",
     [("name", "Ahmet Yılmaz"), ("date_of_birth", "01.04.1974")],
     []),

    ("I am Olga and I am the manager in Sunnyside Care Home Lisburn. One of our carers, Veronika, has shingles. Can she work with the residents? Tel 028 9267 4410",
     [("name", "Olga"), ("name", "Veronika"), ("phone", "028 9267 4410")],
     ["Sunnyside Care Home Lisburn"]),

    ("Vitalii, 33. Passport number EK 771205. I have HIV and my medicines from Ukraine finish in 10 days. Please urgent who can give?",
     [("name", "Vitalii"), ("id_number", "EK 771205")],
     []),

    ("hello my name is Sorin i have question about my friend Gelu he eats very little and drinks every day, he is yellow now. He live in 27 Grove Street, Spalding PE11 2BT.",
     [("name", "Sorin"), ("name", "Gelu"), ("address", "27 Grove Street, Spalding PE11 2BT")],
     []),

    ("Anastasiia here, snapchat anastasiia.ua21 if easier. I'm 21 and I keep getting cold sores on my lip every month.",
     [("name", "Anastasiia"), ("handle", "anastasiia.ua21")],
     []),

    ("My father-in-law Ferenc is 80 and has a pacemaker. Can he go through airport security? He flies from Stansted Friday. Contact: +36 30 445 8821",
     [("name", "Ferenc"), ("phone", "+36 30 445 8821")],
     []),

    ("Please can someone from the diabetes team contact me. Hospital number M2291047, Justyna Sikora, pregnant 26 weeks, glucose test failed.",
     [("id_number", "M2291047"), ("name", "Justyna Sikora")],
     []),

    ("I'm Ramūnas, my Lithuanian car is KLM 208. Police stopped me and I was dizzy and they thought I was drunk but I don't drink. I have low blood pressure. Should I get a letter?",
     [("name", "Ramūnas"), ("licence_plate", "KLM 208")],
     []),

    ("Hello. Sasha (Oleksandra) Marchenko, born 4th of August 1999. Still no answer about my gallbladder ultrasound booking from Royal Berkshire. Phone 07554 909 112.",
     [("name", "Sasha"), ("name", "Oleksandra"), ("name", "Marchenko"), ("date_of_birth", "4th of August 1999"), ("phone", "07554 909 112")],
     []),

    ("My daughter Emilia is 16, she started running for the club and lost lots of weight, her period stopped. Our family GP is Dr Nowak at Polska Przychodnia Ealing.",
     [("name", "Emilia"), ("name", "Nowak")],
     ["Polska Przychodnia Ealing"]),

    ("Hi I'm Connor, 23. My tinder is connor_g_23 and a girl messaged me she tested positive for gonorrhoea. Do I need test if no symptoms?",
     [("name", "Connor"), ("handle", "connor_g_23")],
     []),

    ("I live at 18 Rathmines Road Upper, Dublin 6, Apartment 2B. My name Dmytro. My left ear is blocked since swimming in the sea at Seapoint.",
     [("address", "18 Rathmines Road Upper, Dublin 6, Apartment 2B"), ("name", "Dmytro")],
     []),

    ("Good evening. I'm writing about Irena Kozłowska, my mother, she is 77, DOB 17.03.1947, PESEL 47031703288. She fell in the bathroom and her hip hurts but she can walk a bit. We are in Poland now, back to UK next week.",
     [("name", "Irena Kozłowska"), ("date_of_birth", "17.03.1947"), ("id_number", "47031703288")],
     []),

    ("anyone there? its Vlad. phone 0049 176 2244 3981. my foot swelled after I twisted it on the stairs at work (Zalando warehouse in Erfurt).",
     [("name", "Vlad"), ("phone", "0049 176 2244 3981")],
     ["Zalando warehouse in Erfurt"]),

    ("For my husband Jonas: he has a tremor in right hand and his handwriting got small. He is 63. Our GP in Klaipėda said maybe Parkinson's. What tests here? Reply to jonas.and.egle@gmail.com",
     [("name", "Jonas"), ("email", "jonas.and.egle@gmail.com")],
     []),

    ("Hello from Kateryna Lysenko, sorry I write from my work email k.lysenko@brightcare-homes.co.uk. I am 41 and have very heavy periods with clots.",
     [("name", "Kateryna Lysenko"), ("email", "k.lysenko@brightcare-homes.co.uk")],
     []),

    ("My name is Amara, I'm 30, originally from Ghana. I have fibroids. Dr Collins at the Coombe said I need surgery. My member number with VHI is 10982274.",
     [("name", "Amara"), ("name", "Collins"), ("id_number", "10982274")],
     []),

    ("Hi, Petra, Slovak, 25. I'm au pair with the family in 12 Marlborough Road, Donnybrook, Dublin 4. The kids had chickenpox and now I have spots too. Never had it as a child.",
     [("name", "Petra"), ("address", "12 Marlborough Road, Donnybrook, Dublin 4")],
     []),

    ("Sorry for my English. I am Ludmila, I have 58 years. Cholesterol 7.9 and my doctor Dr Schmidt in Augsburg wants statins but I read it damages liver. Email ludmila.augsburg@web.de",
     [("name", "Ludmila"), ("name", "Schmidt"), ("email", "ludmila.augsburg@web.de")],
     []),

    ("i am Edvinas and my friend Mantas is really drunk at party and keeps vomiting but he is awake and talking. how long we should watch him? my number 07809 335 147",
     [("name", "Edvinas"), ("name", "Mantas"), ("phone", "07809 335 147")],
     []),

    ("Hello, Kwame Mensah, 59, insurance member ID BUPA 88120455. Prostate PSA came back 6.1. Do I need biopsy or MRI first?",
     [("name", "Kwame Mensah"), ("id_number", "BUPA 88120455")],
     []),

    ("i am Alexandru from Cluj, work in construction in Munich, my colleague Nicu fell from ladder yesterday, went to hospital, now he is home but he is vomiting and sleepy. his address Landsberger Str. 140, 80339 München",
     [("name", "Alexandru"), ("name", "Nicu"), ("address", "Landsberger Str. 140, 80339 München")],
     []),

    ("Maryna from Kherson. My son Artem 11 months has first fever after vaccines, 38.2, he is happy and drinking milk. Do I give Nurofen? My number 07384 227 601",
     [("name", "Maryna"), ("name", "Artem"), ("phone", "07384 227 601")],
     []),

    ("I'm the mum of Filip Nowacki (born 25/12/2018). He had his tonsils out at Crumlin 10 days ago and now there's bleeding from the mouth, small amount. Is this normal?",
     [("name", "Filip Nowacki"), ("date_of_birth", "25/12/2018")],
     []),

    ("Hi, I'm Grace, 42. I have a Baker's cyst behind my knee, the physio Liam at our gym said ask a doctor. Text me 07921 880 303.",
     [("name", "Grace"), ("name", "Liam"), ("phone", "07921 880 303")],
     []),

    ("Dear doctor, I am Snježana and my husband Goran have snoring and he fall asleep while driving our car (plate ZG 4471-AB). I am scared.",
     [("name", "Snježana"), ("name", "Goran"), ("licence_plate", "ZG 4471-AB")],
     []),

    ("Raisa Osipova, 69, linkedin.com/in/raisa-osipova-translator - I'm translator and sit all day. Lower back very bad.",
     [("name", "Raisa Osipova"), ("url", "linkedin.com/in/raisa-osipova-translator")],
     []),

    ("My colleague Bogusław collapsed at the bakery this morning but he is ok now, went home. Bakery is Kalinka on Green Street. He didn't eat. He asks if he should check sugar. His phone 07451 632 097.",
     [("name", "Bogusław"), ("phone", "07451 632 097")],
     ["Kalinka on Green Street"]),

    ("Sanda here, 33. I want to ask about IVF in Ireland, we tried for 4 years. My husband Adrian is 40. Our address 7 Willow Park, Athlone N37 H2K3.",
     [("name", "Sanda"), ("name", "Adrian"), ("address", "7 Willow Park, Athlone N37 H2K3")],
     []),

    ("hey its Tymon, 16. My discord is tymon#4471 and my friend from server wants me to try his ADHD pills for exams. Is that safe??",
     [("name", "Tymon"), ("handle", "tymon#4471")],
     []),
]
