# Privacy items with identifiers, part 4. Written by hand.
ITEMS = [
    ("My disabled badge is on the car (blue Fiesta, WV17 HNB) but I still can't walk from the chemist car park since they upped my pregabalin - legs feel like jelly. Is that the pregabalin? - Marjorie, 70",
     [("licence_plate", "WV17 HNB"), ("name", "Marjorie")], []),

    ("Hi, I posted my whole med list on my carers' support blog carersnotes-fake.wordpress.com/mums-meds so you can see it. Mum is on 14 tablets and I think the diuretic is making her confused. Her name is Hilda, she's 86.",
     [("url", "carersnotes-fake.wordpress.com/mums-meds"), ("name", "Hilda")], []),

    ("I sell herbal teas on etsy (shop: etsy.com/shop/FakeWildHedgerowTeas) and a customer asked if my nettle + dandelion blend is ok with her water tablets. I don't want to hurt anyone. What should I tell her? - Rowena",
     [("url", "etsy.com/shop/FakeWildHedgerowTeas"), ("name", "Rowena")], []),

    ("anyone know if Benadryl is safe for a 20lb toddler on a plane? asking bc my sister-in-law Crystal swears by it. I'm on fb as facebook.com/kayla.r.fake.92 if u want to msg",
     [("name", "Crystal"), ("url", "facebook.com/kayla.r.fake.92")], []),

    ("Hey! I'm Marcus, 30, and a personal trainer (my page is @marcus_lifts_fake). A client asked if creatine is safe with her lisinopril. I said ask a doctor so here I am.",
     [("name", "Marcus"), ("handle", "@marcus_lifts_fake")], []),

    ("My 15 year old, Ruby, posts about her 'what I eat in a day' on TikTok (@rubyeatsclean_fake) and she's taking some slimming tea with senna in it. She's lost a lot of weight. How worried should I be?",
     [("name", "Ruby"), ("handle", "@rubyeatsclean_fake")], []),

    ("Hello, I'm Desmond and the pharmacy delivery van (reg BK70 MMV) left my insulin on the doorstep in the sun for about 4 hours. Is it still ok to use? It's Novorapid.",
     [("name", "Desmond"), ("licence_plate", "BK70 MMV")], []),

    ("Got pulled over this morning (my plate's 7TRW 229, white Tacoma) and the officer asked if I'd taken anything because I was slurring. I'm on Ambien and took it at 1am. Is it still in my system at 8? - Cody",
     [("licence_plate", "7TRW 229"), ("name", "Cody")], []),

    ("My son Jayden, 13, has type 1 and uses a Dexcom. His readings go to my phone but his Snapchat is @jay_d_fake13 and he keeps turning off sharing. How do I handle his insulin at sleepovers?",
     [("name", "Jayden"), ("handle", "@jay_d_fake13")], []),

    ("Hi I'm Precious Dlamini, 42, Durban. My doctor Dr Naidoo put me on Ziak and now I'm peeing all night. My medical aid number is DH 0012345678. Can I take it in the morning instead?",
     [("name", "Precious Dlamini"), ("name", "Naidoo"), ("id_number", "DH 0012345678")], []),

    ("I'm in a dosette-box nightmare - my dad Ron refuses to let the district nurses in. I live 3 hours away. His address is 5 Station Cottages, Llanidloes SY18 6ZZ. Can the pharmacy do something? His meds are apixaban, bisoprolol, furosemide and paracetamol.",
     [("name", "Ron"), ("address", "5 Station Cottages, Llanidloes SY18 6ZZ")], []),

    ("Is melatonin from the US (I bought Natrol in Florida) legal to bring back to the UK? For my son Oscar, who's autistic and 8. His paediatrician Dr Begum prescribed Slenyl but we ran out.",
     [("name", "Oscar"), ("name", "Begum")], []),

    ("I keep a spreadsheet of my seizures and meds at docs.example.com/sheets/fake-lamo-log-nina and Dr Fitzgerald asked me to share it with another doctor. Can you see whether the lamotrigine increase helped? I'm Nina, 23.",
     [("url", "docs.example.com/sheets/fake-lamo-log-nina"), ("name", "Fitzgerald"), ("name", "Nina")], []),

    ("My elderly uncle Seamus lives at 31 Bóthar na Trá, Salthill, Galway and keeps buying Solpadeine over the counter. He's on warfarin. Pharmacist there (Orla) said she can't stop selling to him. What do I do?",
     [("name", "Seamus"), ("address", "31 Bóthar na Trá, Salthill, Galway"), ("name", "Orla")], []),

    ("hi, its Big Al's wife Donna. Big Al (Alan Pruitt, 61) takes Viagra and his new heart doc gave him nitroglycerin spray. the pharmacist Dave said NEVER together?? is that right. we're on (555) 012-3398",
     [("name", "Big Al"), ("name", "Donna"), ("name", "Alan Pruitt"), ("name", "Dave"), ("phone", "(555) 012-3398")], []),

    ("Medication question for Sophie-Anne Kershaw, born 19 Feb 1997. I'm on Lamictal and just found out I'm pregnant (6 weeks). My neurologist Dr Ivo Brandt is on holiday. Do I stop?",
     [("name", "Sophie-Anne Kershaw"), ("date_of_birth", "19 Feb 1997"), ("name", "Ivo Brandt")], []),

    ("This is Nurse Kehinde from Meadowbank Surgery. We have a patient, date of birth 01/01/1950 (I won't give her name), who took her week's methotrexate daily for 3 days. We've referred her in. Just checking the antidote protocol for our own learning.",
     [("name", "Kehinde"), ("date_of_birth", "01/01/1950")], ["Meadowbank Surgery"]),

    ("I take Lexapro and I'm going to a music festival. My friends (shoutout to Priya and Tom) keep telling me one pill won't hurt. I know what they mean. Is it actually dangerous? I'm 21.",
     [("name", "Priya"), ("name", "Tom")], []),

    ("my handle on the T2 diabetes subreddit is u/sugarbro_fake and people say cinnamon pills can replace metformin. my A1c is 7.9. thoughts?",
     [("handle", "u/sugarbro_fake")], []),

    ("Dear Sir/Madam, my name is Bartholomew Achterberg, retired engineer, 77. I live at Unit 4, 120 Marine Parade, Napier. My GP Dr Whaanga prescribed a new sleeping tablet (zopiclone) and I wake up groggy. Is half a tablet acceptable?",
     [("name", "Bartholomew Achterberg"), ("address", "Unit 4, 120 Marine Parade, Napier"), ("name", "Whaanga")], []),

    ("hi doc i have a question about my prescription for adderall. my insurance is Medicaid, ID 98-7654321-00, and the pharmacy at Kroger says they're out. can i get it filled somewhere else? -trey",
     [("id_number", "98-7654321-00"), ("name", "trey")], []),

    ("Hi, I run a pill-organiser service for a few elderly clients. One of them, Mrs Violet Ashby of 12 Orchard Rise, Ledbury, has been prescribed trimethoprim on top of her methotrexate. The leaflet scares me. Can you advise? - Janice (janice.care.fake@example.co.uk)",
     [("name", "Violet Ashby"), ("address", "12 Orchard Rise, Ledbury"), ("name", "Janice"), ("email", "janice.care.fake@example.co.uk")], []),

    ("I'm Hamish, 19, first year at Glasgow Uni (matric no. 2412345X). The uni GP put me on fluoxetine. I drink quite a lot at weekends. Like a lot. Is this going to be a problem?",
     [("name", "Hamish"), ("id_number", "2412345X")], ["Glasgow Uni"]),

    ("My mom (Connie Russo, DOB 08/22/1944) was discharged with 6 new meds and the list from the hospital doesn't match what CVS gave her. The hospitalist was Dr. Patrick Oyelowo. Who do I call to fix the reconciliation?",
     [("name", "Connie Russo"), ("date_of_birth", "08/22/1944"), ("name", "Patrick Oyelowo")], []),

    ("Hi, I'm on Depo-Provera and my next jab was due on the 2nd but the clinic cancelled. It's now 15 weeks. I'm Shanice, 28. Can I get it at Superdrug? My number 07700 900 636.",
     [("name", "Shanice"), ("phone", "07700 900 636")], []),

    ("Hello doctor. My son Ivan's EpiPen expired in January and the new one from the pharmacy won't be in until next week. He has a peanut allergy. Can we keep the expired one as backup? Our address is 8/22 Harbour View Rd, Mosman NSW 2088.",
     [("name", "Ivan"), ("address", "8/22 Harbour View Rd, Mosman NSW 2088")], []),

    ("I'm a Kaiser member (MRN 11-223-3445) and my psychiatrist Dr. Ling Zhao retired. Now no one will refill my clonazepam. I've been on it 8 years. I'm scared to just stop. - Vanessa",
     [("id_number", "11-223-3445"), ("name", "Ling Zhao"), ("name", "Vanessa")], []),

    ("Can I use my husband's Ventolin? Mine ran out. His name is Gareth and we have the same doctor, Dr Iwan Pugh. I'm Carys.",
     [("name", "Gareth"), ("name", "Iwan Pugh"), ("name", "Carys")], []),

    ("My son Noah (9, 28 kg) has Strattera 25 and the pharmacist gave us 40mg capsules instead. We noticed before he took any. Phew. Should I report it? It was the Walgreens on Elm, the one by the school.",
     [("name", "Noah")], []),

    ("hi i'm kirsty. my gp put me on propranolol 10mg for anxiety and i fainted at work yesterday at the Next store in Meadowhall. i'm 22 and tiny (48kg). is the dose too high for me?",
     [("name", "kirsty")], ["Next store in Meadowhall"]),

    ("Please help - my dad George (George Karras, 71) was told by the pharmacist Eleni not to take his Nexium long term, but his gastroenterologist says keep going. Our email: karras.family.fake@example.gr",
     [("name", "George"), ("name", "George Karras"), ("name", "Eleni"), ("email", "karras.family.fake@example.gr")], []),

    ("I've got a Medicare Part D plan, ID ABC-123-456-789-FAKE, and I hit the donut hole. My Eliquis went from $47 to $560. Can I switch to warfarin to save money? I'm Bea, 74.",
     [("id_number", "ABC-123-456-789-FAKE"), ("name", "Bea")], []),

    ("Hi, I'm Corinne, 33. My hair is falling out in clumps 3 months after having baby Felix. My mum Pauline says it's normal. Is it? I'm breastfeeding so don't want tablets.",
     [("name", "Corinne"), ("name", "Felix"), ("name", "Pauline")], []),

    ("Urgent-ish question from Lars Eriksen, visiting Edinburgh from Norway. I left my blood pressure tablets (Cozaar 50) in the hotel in London. Can a pharmacy here give me some? My EHIC card number is 80578000011234567890.",
     [("name", "Lars Eriksen"), ("id_number", "80578000011234567890")], []),

    ("My girlfriend is a nurse at Royal Perth (Tegan, she'll kill me for asking) and she says I take too much Panadol for hangovers. Like 8 a day on Sundays. I'm 27. Is she being dramatic? Hit me up 0491 570 993.",
     [("name", "Tegan"), ("phone", "0491 570 993")], []),

    ("My granddaughter set me up with this. I'm Winifred, 79, and my pharmacist Mr Chaudhry says I shouldn't take my iron tablets with my thyroid ones. What gap do I need?",
     [("name", "Winifred"), ("name", "Chaudhry")], []),

    ("Hey, my dude Marco (@marcofitfake on insta) is selling 'research peptides' at our gym. I'm on sertraline. Is BPC-157 going to mess with that? I'm Sal, 36.",
     [("name", "Marco"), ("handle", "@marcofitfake"), ("name", "Sal")], []),
]
