# Privacy items, part E: mixed regions, forms pasted in part, several people, tricky spans. Written by hand.

ITEMS = [
    ("Hope is my daughter's name lol. Hope is 5 and has a cough that won't go away for 3 weeks. Seen at Bushy Park clinic twice. We're in Bridgetown. Thanks — Nikki",
     [("name", "Hope"), ("name", "Nikki")], ["Bushy Park clinic"]),

    ("My son Will has a fever of 39.2 since this morning. He's 3. Will it be ok to give both Calpol and Nurofen? — mum (Joy)",
     [("name", "Will"), ("name", "Joy")], []),

    ("Patient: Baby of Marcia Edwards (boy), born 12/03/2024, weight 2.4kg. Mother asks about yellow eyes on day 4. Contact 876-555-7146. Midwife: Nurse Brown.",
     [("name", "Marcia Edwards"), ("date_of_birth", "12/03/2024"), ("phone", "876-555-7146"), ("name", "Brown")], []),

    ("Dear team, kindly note the following staff from our company need fasting lipid tests for the annual medical:\n- Mr. Peter Mensah (Staff No. 0041)\n- Ms. Joyce Addo (Staff No. 0057)\n- Mr. Yaw Boakye (Staff No. 0112)\nMr. Boakye also complains of chest tightness on exertion; please advise whether he should see cardiology first.\nRegards, HR, Ashfoam Ghana Ltd",
     [("name", "Peter Mensah"), ("id_number", "0041"), ("name", "Joyce Addo"), ("id_number", "0057"), ("name", "Yaw Boakye"), ("id_number", "0112"), ("name", "Boakye")], ["Ashfoam Ghana Ltd"]),

    ("I am Shernette, I care for Mr Archibald (Archie) Moore, 88, who lives alone at 4 Cedar Close, Mona Heights. He has a bad bruise on his shin after a fall and takes warfarin. I have his daughter's email: lmoore.nyc@gmail.com. Does he need an INR check?",
     [("name", "Shernette"), ("name", "Archibald"), ("name", "Archie"), ("name", "Moore"), ("address", "4 Cedar Close, Mona Heights"), ("email", "lmoore.nyc@gmail.com")], []),

    ("hi im writing for my lil sis Precious she 15 and she keep vomiting after eating then saying she fat. her snap is precious_x_ja. mom dont know. plz help",
     [("name", "Precious"), ("handle", "precious_x_ja")], []),

    ("Child Health Card (copied):\nName: Kwabena Osei Jnr\nDate of birth: 27/10/2022\nCWC No: 1184/22\nMother: Afia Osei\nHome: Tafo, Kumasi, near the Zongo mosque, house number OTB 42\nWeight this month dropped from 10.1kg to 9.4kg. Should we worry?",
     [("name", "Kwabena Osei Jnr"), ("date_of_birth", "27/10/2022"), ("id_number", "1184/22"), ("name", "Afia Osei"), ("address", "Tafo, Kumasi, near the Zongo mosque, house number OTB 42")], []),

    ("My name's Sunny, 45, taxi driver in Port of Spain, reg H 7712. Back pain from sitting all day. The doc at the Woodbrook Medical Centre said physio. Can you recommend exercises?",
     [("name", "Sunny"), ("licence_plate", "H 7712")], ["Woodbrook Medical Centre"]),

    ("Dear Doctor,\nThis letter is to introduce Ms. Latoya Brown (Student ID 620145882), a second-year student at the UWI Mona campus, who has missed several lectures due to recurrent migraines. We kindly ask for an assessment and, if appropriate, a medical note.\nDr. K. Stewart, Student Services",
     [("name", "Latoya Brown"), ("id_number", "620145882"), ("name", "Stewart")], ["UWI Mona campus"]),

    ("Im Olu. I'm a caregiver in London but my mum is in Abeokuta. Her address is 3 Ita Eko Road, opposite the First Baptist Church, Abeokuta. She is 70 and her blood sugar was 320 this morning on the glucometer. Her phone +234 805 555 1177. Should she go to hospital?",
     [("name", "Olu"), ("address", "3 Ita Eko Road, opposite the First Baptist Church, Abeokuta"), ("phone", "+234 805 555 1177")], []),

    ("My grandma's name is Mercy and she is 90. She's had a UTI three times this year. Her GP is Dr. Rampersad. Should she see a urologist?",
     [("name", "Mercy"), ("name", "Rampersad")], []),

    ("asking for my partner Alex (they/them), 27, who has been having panic attacks at work. Their email is alex.dw@proton.me. We're in Nassau.",
     [("name", "Alex"), ("email", "alex.dw@proton.me")], []),

    ("i found a lump in my armpit. im Grace 32. contact me 0244 555 318 or my tiktok @gracey_gh",
     [("name", "Grace"), ("phone", "0244 555 318"), ("handle", "@gracey_gh")], []),

    ("Good day, my uncle's details: Name: Dhanraj Seepersad. D.O.B: 09/12/1949. Hospital number: SFGH 771204. He was discharged from San Fernando General with a new pacemaker. Address: 12 Rahamut Trace, Penal, opposite the mandir. What activities should he avoid?",
     [("name", "Dhanraj Seepersad"), ("date_of_birth", "09/12/1949"), ("id_number", "SFGH 771204"), ("address", "12 Rahamut Trace, Penal, opposite the mandir")], []),

    ("My mate Dwayne's little boy swallowed a coin last night, he's fine, ate breakfast, no pain. Dwayne's number is 07700 900 412 if you need to ask about him. Should they wait for it to pass?",
     [("name", "Dwayne"), ("phone", "07700 900 412")], []),

    ("Hello, I'm Nurse Fatou from a small maternity post in Kolda. Patient Aminata Diallo, 19, G1P0, 38 weeks, reference no. MAT-KLD-0882. BP 140/90 this morning. Her husband Ousmane is a fisherman. How often should we recheck?",
     [("name", "Fatou"), ("name", "Aminata Diallo"), ("id_number", "MAT-KLD-0882"), ("name", "Ousmane")], []),

    ("Hi, I'm Marlene and my mom Bernice (DOB 11-11-1941) has a cough and green phlegm. She lives at Apartment 2, 18 Barbados Avenue, New Kingston, beside the Courts store. Her Medicare card is 2033 44871 1, she's visiting from Canada.",
     [("name", "Marlene"), ("name", "Bernice"), ("date_of_birth", "11-11-1941"), ("address", "Apartment 2, 18 Barbados Avenue, New Kingston, beside the Courts store"), ("id_number", "2033 44871 1")], []),

    ("I am writing for our sexton, Mr. Rupert Francis, 62, who has had hoarseness for 6 weeks. He smokes. His NIS number is 221960-1108. He lives in the cottage at the back of St. John's Parish Church, Pine, St. Michael.",
     [("name", "Rupert Francis"), ("id_number", "221960-1108"), ("address", "the cottage at the back of St. John's Parish Church, Pine, St. Michael")], []),

    ("Hello, I am Zainab's mum. Zainab, 10, has asthma and uses a blue inhaler. Her school, Al Ameen Primary, needs an asthma action plan signed. Can an online doctor do that? My email zainab.mum2014@gmail.com",
     [("name", "Zainab"), ("email", "zainab.mum2014@gmail.com")], ["Al Ameen Primary"]),

    ("Hey, Andre here. my football coach said i need a medical before the season. I'm 18, DOB 05/05/2006, player reg no. JFF-U20-1187. Do i just need an ECG?",
     [("name", "Andre"), ("date_of_birth", "05/05/2006"), ("id_number", "JFF-U20-1187")], []),

    ("My ma, Mrs. Olive Daley, aged 79, was bitten by a stray dog by the Half Way Tree clock. The wound got cleaned. Our home: 17 Molynes Road, Kingston 10. Does she need tetanus and rabies? Son: Clayton 876-555-3009.",
     [("name", "Olive Daley"), ("address", "17 Molynes Road, Kingston 10"), ("name", "Clayton"), ("phone", "876-555-3009")], []),

    ("Re: my tenant, Mr. Jean-Baptiste Pierre, 50, Haitian, passport HT0045521. He hardly speaks English and has asked me to write. He has yellow eyes and dark urine for a week. He rents the room behind my shop, 6 Old Hope Road, Kingston 5. My phone 876 555 2277.",
     [("name", "Jean-Baptiste Pierre"), ("id_number", "HT0045521"), ("address", "the room behind my shop, 6 Old Hope Road, Kingston 5"), ("phone", "876 555 2277")], []),

    ("Sister, 41, diagnosed with breast cancer at KATH, hospital no. KATH/ONC/3318. Her name is Afua. She wants to know if she can breastfeed her baby during chemo. I'm her brother Kwesi.",
     [("id_number", "KATH/ONC/3318"), ("name", "Afua"), ("name", "Kwesi")], []),

    ("Please I want a doctor to check my papa, Pa Sorie Kamara, 83. He stay for 15 Kissy Road, near the Kissy market, Freetown. He not able to pass stool for 6 days. Call me Mariama +232 77 555 210.",
     [("name", "Sorie Kamara"), ("address", "15 Kissy Road, near the Kissy market, Freetown"), ("name", "Mariama"), ("phone", "+232 77 555 210")], []),

    ("Hi! My husband Rajesh (rajesh.pillai@infosys.com) works at Infosys Mysore campus and has been getting gout attacks in his big toe. He's 44. What diet changes help?",
     [("name", "Rajesh"), ("email", "rajesh.pillai@infosys.com")], ["Infosys Mysore campus"]),

    ("URGENT FORM (from the clinic booklet)\nMember name: Lorraine Alexis\nMember ID: CLICO 8812-44\nDate of birth: 14 Sept 1970\nSymptoms: hot flushes, night sweats, palpitations\nPlease indicate which specialist is covered.",
     [("name", "Lorraine Alexis"), ("id_number", "CLICO 8812-44"), ("date_of_birth", "14 Sept 1970")], []),

    ("My daughter-in-law, Shalini Ramkissoon, 28, is being treated for thyroid at the Mt Hope hospital. She's been losing hair. Contact her at shalini.rk@hotmail.com or 868 555 0931. I'm Mrs. Ramkissoon (mother-in-law).",
     [("name", "Shalini Ramkissoon"), ("email", "shalini.rk@hotmail.com"), ("phone", "868 555 0931"), ("name", "Ramkissoon")], []),

    ("My name is Elijah Mwale, 30, Lilongwe. Malawi national ID MWI-8821-004. I had TB treatment which I finished in May and now I'm coughing again. Please which department?",
     [("name", "Elijah Mwale"), ("id_number", "MWI-8821-004")], []),

    ("I'm Ms. Carter, a Year 4 teacher. Our pupil Jayden (8) came back from the weekend with bruises on both arms, and said his uncle did it. I've told the safeguarding lead. Separately, do the bruises need a doctor? His mum is Nicola Grant, 07700 900 188.",
     [("name", "Carter"), ("name", "Jayden"), ("name", "Nicola Grant"), ("phone", "07700 900 188")], []),

    ("hey its Tyrone, 34. my reg plate is 9876 EZ (Bahamas). i was the driver in a crash 2 wks ago, my wrist still hurts when i turn the key. think it's broken?",
     [("name", "Tyrone"), ("licence_plate", "9876 EZ")], []),

    ("Dear Doctor, please see below the families in our home-visit list this week needing advice:\n(a) Mrs. Hortense Campbell, 80, 14 Tower Street, Spanish Town – leg ulcer\n(b) Mr. Neville Thompson, 67, Lot 3 Ellerslie Pen – uncontrolled BP\n(c) Baby Kayla Reid, 5 months – not gaining weight\nHealth Aide: Mrs. Maxine Lee, 876-555-6041",
     [("name", "Hortense Campbell"), ("address", "14 Tower Street, Spanish Town"), ("name", "Neville Thompson"), ("address", "Lot 3 Ellerslie Pen"), ("name", "Kayla Reid"), ("name", "Maxine Lee"), ("phone", "876-555-6041")], []),

    ("My husband Yaw, his kidney function is bad, creatinine 380. Dr. Amoako at the renal unit wants dialysis. Our family page for support is www.facebook.com/groups/HelpYawDialysis. What is the life expectancy on dialysis?",
     [("name", "Yaw"), ("name", "Amoako"), ("url", "www.facebook.com/groups/HelpYawDialysis")], []),

    ("Plz check my youtube youtube.com/@mummy_rashida_kitchen, i put a video of my son's breathing when he sleeps, the noise is scary. he's 6 with big tonsils.",
     [("url", "youtube.com/@mummy_rashida_kitchen")], []),

    ("Hello, my employer's policy number is JMMB-HLTH-0098817 and I'm the dependant, Kerry-Ann Spence. I need to know if a dermatology visit for adult acne is covered.",
     [("id_number", "JMMB-HLTH-0098817"), ("name", "Kerry-Ann Spence")], []),
]
