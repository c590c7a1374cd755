# Privacy items, part A: Caribbean carers, relatives, pastors, teachers. Written by hand, one at a time.
# Each item: (text, [(type, exact substring), ...], [quasi strings])

ITEMS = [
    ("Good afternoon. I am writing on behalf of my mother, Mrs. Hyacinth Morrison, age 78, who has been having swelling in both feet since Easter. Her TRN is 104-227-893 and she lives at Lot 14, Green Acres, Spanish Town, St. Catherine. You can reach me (her daughter Paulette) on 876-555-0142. Thank you kindly.",
     [("name", "Hyacinth Morrison"), ("id_number", "104-227-893"), ("address", "Lot 14, Green Acres, Spanish Town, St. Catherine"), ("name", "Paulette"), ("phone", "876-555-0142")], []),

    ("pls doc my granny Miss Ivy have sugar and her foot sore nah heal from march. she live 2nd house after the Anglican church in Mocho, Clarendon, blue gate. call me Shanice 1876 555 3391",
     [("name", "Ivy"), ("address", "2nd house after the Anglican church in Mocho, Clarendon, blue gate"), ("name", "Shanice"), ("phone", "1876 555 3391")], []),

    ("Dear Doctor,\nRe: Kevon Baptiste, DOB 02/11/2009, Form 3, Arima North Secondary.\nKevon has been falling asleep in class and complains of headaches most afternoons. His mother asked me to write as she works nights. Please advise if he should be seen. Mother's contact: Mrs. Alicia Baptiste, 1-868-555-7720.\nRegards, Mr. R. Ramsaran, Form Teacher",
     [("name", "Kevon Baptiste"), ("date_of_birth", "02/11/2009"), ("name", "Kevon"), ("name", "Alicia Baptiste"), ("phone", "1-868-555-7720"), ("name", "Ramsaran")], ["Arima North Secondary"]),

    ("My father Winston Alleyne (NIS no. 310552-0471) had cataract surgery at QEH in January and the eye is still cloudy. He lives alone in Lodge Hill, St. Michael, at #27 Pine Gap Road, so I am asking for him. Is this normal after 3 months?",
     [("name", "Winston Alleyne"), ("id_number", "310552-0471"), ("address", "#27 Pine Gap Road")], []),

    ("Hello, this is Pastor Desmond Clarke of Faith Tabernacle, Linstead. A member of our congregation, Sister Marjorie Gayle (she is 81), fainted after service Sunday but recovered. Her grandson Andre says she is on amlodipine. Could low pressure cause this? I can be reached at pastordclarke@gmail.com.",
     [("name", "Desmond Clarke"), ("name", "Marjorie Gayle"), ("name", "Andre"), ("email", "pastordclarke@gmail.com")], []),

    ("Guyana here. My uncle Rohan Persaud, 63, national ID 117284493, living Lot 23 Sheriff Street, Campbellville, Georgetown, has blood in urine for a week. The clinic say wait for the urologist. How long is safe to wait? Whatsapp +592 623 4418.",
     [("name", "Rohan Persaud"), ("id_number", "117284493"), ("address", "Lot 23 Sheriff Street, Campbellville, Georgetown"), ("phone", "+592 623 4418")], []),

    ("REFERRAL NOTE (copied from card)\nName: SEALY, Trevor A.\nDOB: 19-Jul-1955\nReg no: QEH-0093321\nAddr: Chapel Gap, Bank Hall, St. Michael, near the Esso station\nComplaint: progressive breathlessness on exertion x 2 months\nI'm his niece and want to know which specialist he needs.",
     [("name", "SEALY, Trevor A."), ("date_of_birth", "19-Jul-1955"), ("id_number", "QEH-0093321"), ("address", "Chapel Gap, Bank Hall, St. Michael, near the Esso station")], []),

    ("Morning. Mi name is Delroy and mi daughter Tameka (6 yrs) have ringworm pon her scalp. The school nurse at Boulevard Baptist Primary send her home. Please what cream to use? 876 555 2810",
     [("name", "Delroy"), ("name", "Tameka"), ("phone", "876 555 2810")], ["Boulevard Baptist Primary"]),

    ("I'm a community health aide in St. Thomas. Patient Mr. Leroy Gordon, 70, lives by the big mango tree past the Seaforth square, the house with green zinc fence. He refuses to take his metformin since his wife died. His NHF card no is 0045-8812-73. How do I convince him?",
     [("name", "Leroy Gordon"), ("address", "by the big mango tree past the Seaforth square, the house with green zinc fence"), ("id_number", "0045-8812-73")], []),

    ("Can someone tell me if the rash on my son is chicken pox? pic is on my page facebook.com/keisha.forbes.7 (last post). He's 4. Thanks, Keisha",
     [("url", "facebook.com/keisha.forbes.7"), ("name", "Keisha")], []),

    ("Hi my name is Nadia Mohammed, 34, from Chaguanas. ID card 19890412027. I've had a missed period and negative tests. I'm on Depo since last year. Email nadia.m.tt@yahoo.com if you need more info.",
     [("name", "Nadia Mohammed"), ("id_number", "19890412027"), ("email", "nadia.m.tt@yahoo.com")], []),

    ("To whom it may concern,\nI am the employer of Ms. Sharon Bailey, a domestic helper at my home in Barbados. She has been coughing for over 6 weeks and I would like her assessed for TB before she continues to care for my children. Her NIS is 220781-0336 and her phone is 246-555-8814.\nYours faithfully,\nG. Worrell",
     [("name", "Sharon Bailey"), ("id_number", "220781-0336"), ("phone", "246-555-8814"), ("name", "Worrell")], []),

    ("my bredda Jermaine get a cut on him hand at work at the wharf two days ago and now it swell up and red going up the arm. His insurance member # is SAG-7720194. which part him fi go",
     [("name", "Jermaine"), ("id_number", "SAG-7720194")], []),

    ("Good day. Writing for my grandfather, Mr. Basil Whyte, born 4th March 1939. He is confused in the evenings and wanders. We live at 9 Hope Road Extension, Kingston 6 (opposite the gas station). Whom should he see? — Camille W.",
     [("name", "Basil Whyte"), ("date_of_birth", "4th March 1939"), ("address", "9 Hope Road Extension, Kingston 6 (opposite the gas station)"), ("name", "Camille W.")], []),

    ("The car that hit my mother yesterday was a white Probox, plate PCT 4471, the driver drove off. She's fine except her knee is very swollen today. Do we need an x-ray? She is Gloria Ramdeen, 66.",
     [("licence_plate", "PCT 4471"), ("name", "Gloria Ramdeen")], []),

    ("hey doc im 17 and i think i have an STD. dont tell my mom pls. my insta is @lil_tash_868 if u can dm me",
     [("handle", "@lil_tash_868")], []),

    ("Three of us in the household have had diarrhoea since the christening on Saturday:\n1) Marlon Joseph, 45\n2) Candace Joseph, 41\n3) baby Zion, 11 months\nWe live at Upper Hill Street, Gros Islet, beside the Digicel tower. Ph 758-555-6613. Should the baby be seen today?",
     [("name", "Marlon Joseph"), ("name", "Candace Joseph"), ("name", "Zion"), ("address", "Upper Hill Street, Gros Islet, beside the Digicel tower"), ("phone", "758-555-6613")], []),

    ("I teach at Harrison College. One of my students, Jaden, age 15, told me he has not been eating for days because of stress at home. His mother is Mrs. Yvette Callender. I'd like advice on how to get him help.",
     [("name", "Jaden"), ("name", "Yvette Callender")], ["Harrison College"]),

    ("Please help my aunty Dorothy, she is 72 and her docket number at UHWI is 0517723. She was told she has a mass in her breast but nobody called her back. Her number is (876) 555-4129.",
     [("name", "Dorothy"), ("id_number", "0517723"), ("phone", "(876) 555-4129")], []),

    ("Hi, Ravi here (ravi.singh.gy@outlook.com). My wife Savitri is 29 weeks pregnant and her feet and face are swelling. BP at Diamond health centre was 150/95 today. They said go to GPHC but we live far in Parika. Is it urgent?",
     [("name", "Ravi"), ("email", "ravi.singh.gy@outlook.com"), ("name", "Savitri")], ["Diamond health centre"]),

    ("Writing for my neighbour Mr. Clive 'Bigga' Henry who can't read too good. He is 59, PO Box 112, Mandeville. He gets chest tightness when he walks up the hill. His phone is 876-555-9071 but he barely answers.",
     [("name", "Clive 'Bigga' Henry"), ("address", "PO Box 112, Mandeville"), ("phone", "876-555-9071")], []),

    ("My son's form from the school: Student name: Akeem Thomas. Student ID: SJC-2019-0443. Allergies: peanuts, penicillin. The nurse wants a doctor to sign that he can use an epipen at school. How do I get that done online?",
     [("name", "Akeem Thomas"), ("id_number", "SJC-2019-0443")], []),

    ("Sir/Madam, my husband Anthony Charles (DOB 21.08.1961) is a taxi driver, car registration HC 2231, and he has been dizzy while driving. I am worried. We are in Roseau, Dominica. Contact 767 555 0382.",
     [("name", "Anthony Charles"), ("date_of_birth", "21.08.1961"), ("licence_plate", "HC 2231"), ("phone", "767 555 0382")], []),

    ("Hi, I run a small care home in Portmore. Resident Miss Enid Reid (92) has a bedsore on her back that's getting deeper. Her daughter in Toronto is Beverley, bev.reid.toronto@gmail.com. What stage is this and what should we do?",
     [("name", "Enid Reid"), ("name", "Beverley"), ("email", "bev.reid.toronto@gmail.com")], []),

    ("Dr Maharaj at the health centre said my thyroid is low. I am Sita, 52. He gave me levothyroxine 50mcg. Can I take it with my calcium tablets?",
     [("name", "Maharaj"), ("name", "Sita")], []),

    ("My friend Kemar got stabbed in the leg last month, it healed but now his foot goes numb. He's 24. he dont have a phone so use mine 876-555-6620 (Tashoy).",
     [("name", "Kemar"), ("phone", "876-555-6620"), ("name", "Tashoy")], []),

    ("Patient details as per clinic card:\nSurname: Grant   First name: Lorna\nD.O.B. 30/09/1948\nClinic no. MBH/22/10457\nAddress: District of Cross Keys, Manchester, house behind the post office\nComplaint: knee pain both knees, worse on stairs.\nWhat can she take besides Panadol?",
     [("name", "Grant"), ("name", "Lorna"), ("date_of_birth", "30/09/1948"), ("id_number", "MBH/22/10457"), ("address", "District of Cross Keys, Manchester, house behind the post office")], []),

    ("hello i am a nurse aide, my client Mr Sookdeo (he's 84) keeps pulling out his catheter. the family say the agency should handle it. what can we do",
     [("name", "Sookdeo")], []),

    ("Asking for my cousin Tricia who just had a baby at Victoria Jubilee. She is bleeding still after 5 weeks, soaking one pad a day. She don't want to go back there. Her number 876 555 1908.",
     [("name", "Tricia"), ("phone", "876 555 1908")], []),

    ("Good evening. I am Deacon Errol Samuels. I visit shut-ins for our church. Mother Pearl, 88, has not passed urine much today and her feet are cold. Her son Dwight is abroad. Please advise what I should look for.",
     [("name", "Errol Samuels"), ("name", "Pearl"), ("name", "Dwight")], []),

    ("our family GoFundMe for my brother's kidney transplant is gofundme.com/f/help-dane-get-a-kidney — can someone tell us what the typical costs are and whether a living donor must be related?",
     [("url", "gofundme.com/f/help-dane-get-a-kidney")], []),

    ("I am Joel, 31, working at the Petrotrin refinery site in Pointe-a-Pierre. Employee no. 88214. I get a rash on my forearms every time I wear the work gloves. Is this contact dermatitis? My TikTok is @joel_tt_fitness if you want to see pics lol",
     [("name", "Joel"), ("id_number", "88214"), ("handle", "@joel_tt_fitness")], ["Petrotrin refinery site in Pointe-a-Pierre"]),

    ("Hi, my daughter Ashanti (DOB 15 January 2012) keeps getting nosebleeds. We are at 33 Eastern Main Road, Laventille, opposite the KFC. Her dad is Shawn, 868-555-4432. Thanks",
     [("name", "Ashanti"), ("date_of_birth", "15 January 2012"), ("address", "33 Eastern Main Road, Laventille, opposite the KFC"), ("name", "Shawn"), ("phone", "868-555-4432")], []),

    ("Sagicor policy 04-551287 — my claim for my mother's MRI was rejected. She is Mrs. Veronica Lewis. Do you know if they need a specialist letter? She has pain down her leg.",
     [("id_number", "04-551287"), ("name", "Veronica Lewis")], []),

    ("This is Nurse Campbell from the Port Antonio Health Centre writing for a patient who has no internet. Patient: Mr. Owen Bryan, 67, of Boundbrook, Port Antonio, house with red roof across from the primary school. He has had a cough with blood streaks. Which department should I refer to?",
     [("name", "Campbell"), ("name", "Owen Bryan"), ("address", "Boundbrook, Port Antonio, house with red roof across from the primary school")], ["Port Antonio Health Centre"]),

    ("Hello, I am Farida from Couva. My son Imran, 9, and my daughter Aaliyah, 6, both have itchy heads and I saw lice. What shampoo is safe for children?",
     [("name", "Farida"), ("name", "Imran"), ("name", "Aaliyah")], []),

    ("Re: my father Mr Hugh Beckford, passport A1234567 (Jamaican). He is travelling to visit me in London next month and has heart failure. Is it safe for him to fly 9 hours? I am his son Marcus.",
     [("name", "Hugh Beckford"), ("id_number", "A1234567"), ("name", "Marcus")], []),

    ("Good morning, I'm a teacher at Queen's Royal College. A student fainted at assembly. His name is Nathaniel Roopnarine, 14. He is fine now but his mother, Mrs. Roopnarine, wants to know if he needs tests. Her email is roopnarine.family@gmail.com",
     [("name", "Nathaniel Roopnarine"), ("name", "Roopnarine"), ("email", "roopnarine.family@gmail.com")], ["Queen's Royal College"]),
]
