# Privacy items, part C: East Africa (Kenya, Uganda, Tanzania, Rwanda, Ethiopia). Written by hand.

ITEMS = [
    ("Hello, I am a community health volunteer in Kibera. I am writing for Mama Wanjiru Kamau, 69, ID No. 10928374, NHIF No. 4471829. She lives in Laini Saba, the house behind the Mosque of Salama, blue door. She has had a cough for 2 months and night sweats. Kindly advise. My phone +254 712 555 390.",
     [("name", "Wanjiru Kamau"), ("id_number", "10928374"), ("id_number", "4471829"), ("address", "Laini Saba, the house behind the Mosque of Salama, blue door"), ("phone", "+254 712 555 390")], []),

    ("Dear doctor, my son Brian Otieno, aged 11, a pupil at Olympic Primary School, has been wetting the bed again after 3 dry years. Father: Mr. Otieno, P.O. Box 4410-00200, Nairobi. Email: jotieno.family@gmail.com",
     [("name", "Brian Otieno"), ("name", "Otieno"), ("address", "P.O. Box 4410-00200, Nairobi"), ("email", "jotieno.family@gmail.com")], ["Olympic Primary School"]),

    ("i am Akinyi 22 yrs, i have sores on private parts that pain when i pee. i dont want my parents to know. my number 0722 555 871",
     [("name", "Akinyi"), ("phone", "0722 555 871")], []),

    ("Good morning. My name is Nakato Sarah from Mukono. My NIN is CF91034102XKJH. I had a miscarriage in March and now my periods have not come back. Kindly advise. Tel 0772 555 014.",
     [("name", "Nakato Sarah"), ("id_number", "CF91034102XKJH"), ("phone", "0772 555 014")], []),

    ("Our matatu conductor, Kiprono, collapsed from heat yesterday but recovered. Vehicle KCQ 218M, Sacco No. 34. The owner wants to know if he needs a check-up before resuming. He is 28.",
     [("name", "Kiprono"), ("licence_plate", "KCQ 218M")], []),

    ("Habari daktari. I am writing for my grandmother Bibi Zawadi Mwakyusa, 85, from Mbeya. She has painful swollen fingers in the mornings. Her grandson (me) is Baraka, baraka.mw@gmail.com, +255 754 555 112.",
     [("name", "Zawadi Mwakyusa"), ("name", "Baraka"), ("email", "baraka.mw@gmail.com"), ("phone", "+255 754 555 112")], []),

    ("Letter from School Nurse, Alliance Girls High School:\nStudent: Mercy Chebet, Form 2, Adm. No. 20871\nComplaint: recurrent fainting during PE, palpitations.\nParent: Mrs. Chebet, 0733 555 402.\nPlease advise on referral.",
     [("name", "Mercy Chebet"), ("id_number", "20871"), ("name", "Chebet"), ("phone", "0733 555 402")], ["Alliance Girls High School"]),

    ("My father Mzee Juma Hassan had a stroke last year and is now doing physiotherapy at Coast General. His MRN is CGH-2019-88132. His left arm is still weak. We live in Old Town Mombasa, near the Fort Jesus, Ndia Kuu road house no. 17. Is there home physio?",
     [("name", "Juma Hassan"), ("id_number", "CGH-2019-88132"), ("address", "Old Town Mombasa, near the Fort Jesus, Ndia Kuu road house no. 17")], []),

    ("Hello I'm Tesfaye from Addis Ababa, 41 years old. My Kebele ID 03/1145/12. I have burning in stomach after eating injera with berbere. The clinic gave omeprazole. It comes back. What to do? Phone +251 911 555 307.",
     [("name", "Tesfaye"), ("id_number", "03/1145/12"), ("phone", "+251 911 555 307")], []),

    ("Asking for my colleague Mwangi at Safaricom House, he has a lump on his neck for 3 weeks, no pain. Age 35. he's on linkedin linkedin.com/in/peter-mwangi-eng if you want to contact him directly.",
     [("name", "Mwangi"), ("url", "linkedin.com/in/peter-mwangi-eng")], ["Safaricom House"]),

    ("Good evening, I am Sister Immaculate, a nun running a small dispensary in Gulu. We have a child, Okello Denis, 7, with neck stiffness that resolved after treatment for malaria. The mother, Lakot Grace, asks if there can be any long-term effects. Our email is stjudegulu.disp@gmail.com.",
     [("name", "Immaculate"), ("name", "Okello Denis"), ("name", "Lakot Grace"), ("email", "stjudegulu.disp@gmail.com")], []),

    ("Dear Sir/Madam,\nMy employee, Ms. Faith Njeri (Employee No. KBL-0392), works night shifts as a security guard. She reports chest pain on and off for 2 weeks. She is 31. I kindly request guidance.\nYours,\nJ. Kariuki, Supervisor",
     [("name", "Faith Njeri"), ("id_number", "KBL-0392"), ("name", "Kariuki")], []),

    ("i'm Hassan from Zanzibar, 26. i follow u on twitter, my handle @hassan_znz. i have a mole on my back that is getting bigger and itchy. can it be cancer?",
     [("name", "Hassan"), ("handle", "@hassan_znz")], []),

    ("Hello, we are a family of three:\nUwase Diane (mother, 30) – breastfeeding, nipple cracked and red\nMugisha Eric (father, 33) – fine\nIshimwe (baby, 2 months) – oral thrush\nWe are in Kigali, Kimironko, near the market, house KG 116 St 5. Phone +250 788 555 661.",
     [("name", "Uwase Diane"), ("name", "Mugisha Eric"), ("name", "Ishimwe"), ("address", "Kigali, Kimironko, near the market, house KG 116 St 5"), ("phone", "+250 788 555 661")], []),

    ("Please doctor my mum is Mrs. Rose Achieng born 14/02/1962. She has had a very heavy period after menopause, she had stopped for 6 years. NHIF 88120934. I am Achieng's daughter Lillian.",
     [("name", "Rose Achieng"), ("date_of_birth", "14/02/1962"), ("id_number", "88120934"), ("name", "Achieng"), ("name", "Lillian")], []),

    ("My boda boda (reg. UEK 442B) slipped and I hurt my shoulder, it pops out sometimes now. I am Ssemakula, 29. What exercises help?",
     [("licence_plate", "UEK 442B"), ("name", "Ssemakula")], []),

    ("Hi, Amina here, a social worker with a small NGO in Eastleigh. Client: Mr. Abdirahman Farah, 54, refugee alien card no. 1008821. He has diabetes but no insulin for 2 weeks. He stays 3rd floor, building opposite Amal Plaza, 1st Avenue. His phone +254 701 555 288.",
     [("name", "Amina"), ("name", "Abdirahman Farah"), ("id_number", "1008821"), ("address", "3rd floor, building opposite Amal Plaza, 1st Avenue"), ("phone", "+254 701 555 288")], []),

    ("Dear doc, I am Neema, 38, a teacher at Moshi Technical. Since my hysterectomy I have hot flushes and can't sleep. Can I take HRT? email neema.lyimo@yahoo.com",
     [("name", "Neema"), ("email", "neema.lyimo@yahoo.com")], ["Moshi Technical"]),

    ("our dog bit the neighbour's kid, Kip, yesterday. dog is vaccinated. the kid is 10. the mother, Chepkoech, wants to know if he needs rabies shots. i am Ruto 0711555923",
     [("name", "Kip"), ("name", "Chepkoech"), ("name", "Ruto"), ("phone", "0711555923")], []),

    ("I am writing for my father-in-law, Mzee Ochieng Odhiambo (ID 0234197), he is 77. He has been coughing after eating and food goes the wrong way. He lives in Kisumu, Nyalenda B, near the chief's camp, the house with the avocado tree.",
     [("name", "Ochieng Odhiambo"), ("id_number", "0234197"), ("address", "Kisumu, Nyalenda B, near the chief's camp, the house with the avocado tree")], []),
]
