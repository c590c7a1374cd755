# Hand-written privacy items, part E: more items with identifiers (teen-heavy, mixed origins).

ITEMS = [
    ("yo its Deshawn, 16. got a ringworm looking thing on my neck after wrestling. coach says it's mat herpes?? my snap is dshawn.grapples if u need pics",
     [("name", "Deshawn"), ("handle", "dshawn.grapples")], []),

    ("Hi, Magdalena here, mum of Kacper (14). He's had a wet cough for 3 weeks, no fever. Our address is 31 Thornfield Avenue, Swindon SN2 7QD. Can we get an appointment?",
     [("name", "Magdalena"), ("name", "Kacper"), ("address", "31 Thornfield Avenue, Swindon SN2 7QD")], []),

    ("hii im Esperanza but everyone says Espe, im 15 and i think i have a yeast infection?? i cant ask my mom. my email is espe.loves.art@gmail.com",
     [("name", "Esperanza"), ("name", "Espe", 2), ("email", "espe.loves.art@gmail.com")], []),

    ("Sorry for the bother. Our son Tevita, 17, dislocated his kneecap at rugby training at Onehunga High. It popped back. His NHI number is ZAC4471 if you need it.",
     [("name", "Tevita"), ("id_number", "ZAC4471")], ["Onehunga High"]),

    ("my name is Aryan, im 14. my mom Sunita says i have to ask about my voice, it cracks constantly and it's embarrassing. her number 98201 44736",
     [("name", "Aryan"), ("name", "Sunita"), ("phone", "98201 44736")], []),

    ("im in the discord server for my school and someone posted my pic saying im fat. i havent eaten since yesterday. im 15. my username is moonchild.wren if a counselor can reach out",
     [("handle", "moonchild.wren")], []),

    ("My daughter, Yael Cohen, born 04/11/2009, has had stomach aches and diarrhea since our trip. Her school is Hillel Day School and she's missed a week. Please advise.",
     [("name", "Yael Cohen"), ("date_of_birth", "04/11/2009")], ["Hillel Day School"]),

    ("ngl im lowkey worried about my friend Xavier, hes been vaping like nonstop and coughing blood?? hes 16. he said not to tell anyone but he listens to his cousin Marisa",
     [("name", "Xavier"), ("name", "Marisa")], []),

    ("Hi im Tatiana, 18. Got a positive pregnancy test. Not sure what I want to do. Please email me at tati.v.2006@yandex.ru not my parents",
     [("name", "Tatiana"), ("email", "tati.v.2006@yandex.ru")], []),

    ("my dad is Li Wei and he won't go to the doctor, he's 56 and coughing for 2 months and lost weight. can you call him? 138 0013 8000",
     [("name", "Li Wei"), ("phone", "138 0013 8000")], []),

    ("Hello, I am Jean-Baptiste, 19, student at the Sorbonne. I have had strong acne since 14. My student card number is 21904557. Can I get isotretinoin here?",
     [("name", "Jean-Baptiste"), ("id_number", "21904557")], []),

    ("my little brother Ezekiel (Zeke) is 11 and i think he has lice, mom is at work. we're at 4410 Fairmount St Apt 2, can someone tell me what to buy",
     [("name", "Ezekiel"), ("name", "Zeke"), ("address", "4410 Fairmount St Apt 2")], []),

    ("hey, Mackenzie's mom here. My daughter (16) got a belly button piercing at a place on 8th and it's oozing. You can reach me at (503) 555-0187 or mack.mom@comcast.net",
     [("name", "Mackenzie"), ("phone", "(503) 555-0187"), ("email", "mack.mom@comcast.net")], []),

    ("Good morning. My son Rashid, 13, d.o.b. 19/05/2011, wears glasses and his prescription jumped a lot this year. Is myopia control worth it?",
     [("name", "Rashid"), ("date_of_birth", "19/05/2011")], []),

    ("its Kiara!! im 14 and i got hit in the face with a dodgeball and my nose bled a lot but stopped. my tiktok is @kiarakiwi_ lol it's on there",
     [("name", "Kiara"), ("handle", "@kiarakiwi_")], []),

    ("I'm Naveen, a 17 year old on the cricket team at Bishop Cotton. My lower back hurts when I bowl fast. Coach Pereira says stress fracture maybe?",
     [("name", "Naveen"), ("name", "Pereira")], ["Bishop Cotton"]),

    ("So my stepmom Kristin keeps giving me her diet pills and says it's fine. I'm 15 and 5'5 and 118. My heart feels fast sometimes. Is that the pills?",
     [("name", "Kristin")], []),

    ("Hi, my name is Amadou Diallo, 18, new in the country. My residence permit number is RP-8820461. I have pain in my teeth on the left side for a month.",
     [("name", "Amadou Diallo"), ("id_number", "RP-8820461")], []),

    ("my boyfriend's car (a red Jetta, tag KGV-7730) smells like weed and his parents think its me lol. anyway, does second hand smoke show on drug tests? im 17 and have one for my job",
     [("licence_plate", "KGV-7730")], []),

    ("Writing for my niece Anahí, 16. Her periods stopped 5 months ago, she's a competitive gymnast and very thin. DOB October 8, 2008. Her coach doesn't think it matters.",
     [("name", "Anahí"), ("date_of_birth", "October 8, 2008")], []),

    ("i run a study account on insta (@study.with.noor) and i've been pulling all nighters w energy drinks. my hands shake now. im 17 is this dangerous",
     [("handle", "@study.with.noor")], []),

    ("Hey, Coach Baptiste at Riverside Prep here. One of my players, Andre, 15, keeps getting cramps in his calves in the 4th quarter. Hydration or something else?",
     [("name", "Baptiste"), ("name", "Andre")], ["Riverside Prep"]),

    ("hi im Saoirse, 16, and i've been getting these rashes whenever i eat bread. my mum thinks celiac. my phone is 085 111 2394",
     [("name", "Saoirse"), ("phone", "085 111 2394")], []),

    ("My son Hamza (15) was in a fight after school and got punched in the jaw. He can open his mouth but it clicks. Is it broken? His school ID is 7712093.",
     [("name", "Hamza"), ("id_number", "7712093")], []),

    ("I'm Precious, 19, at uni. I want to get tested for STIs but our campus clinic is always booked. My address is 6 Jubilee Court, Durban North 4051 for the home kit.",
     [("name", "Precious"), ("address", "6 Jubilee Court, Durban North 4051")], []),

    ("hey! im Luka, 17. i started lifting and my chest is kinda puffy, like boobs?? im so embarrassed. my mom said message u from her account jovana.petrovic@gmail.com",
     [("name", "Luka"), ("email", "jovana.petrovic@gmail.com")], []),

    ("Our 13 year old, Minh Anh, got her first period last month and it hasn't stopped in 12 days. Her doctor is Dr. Achterberg but he's out. DOB 2011-01-17.",
     [("name", "Minh Anh"), ("name", "Achterberg"), ("date_of_birth", "2011-01-17")], []),

    ("im Bashir, 16, i broke my arm in the summer and the cast came off but its still thin and weak. my gp said ask here. our flat is 12B Elgin Towers, Hulme",
     [("name", "Bashir"), ("address", "12B Elgin Towers, Hulme")], []),
]
