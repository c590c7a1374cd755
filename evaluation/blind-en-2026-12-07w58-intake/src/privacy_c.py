# privacy items, file c (mostly Australia). Hand written by writer 58.

ITEMS = [
    ("g'day, name's Shane Mitchell, medicare 2953 41806 1, 47 yo tradie from Penrith. got a sharp pain in my shoulder when i lift my arm over my head, been 2 months. do i need a scan or physio first",
     [("name", "Shane Mitchell"), ("id_number", "2953 41806 1")], []),

    ("hey my bub is 9 months and has had green runny poos for 3 days, still feeding and wet nappies. we're in Parramatta, should i take her to Westmead or just the gp",
     [], []),

    ("my partner Nguyen Thi Hoa (32) has had a cough for 6 weeks, some blood once. shes from Vietnam originally. we live at 8/22 Canley Vale Rd, Canley Vale NSW 2166. ph 0491 570 110",
     [("name", "Nguyen Thi Hoa"), ("address", "8/22 Canley Vale Rd, Canley Vale NSW 2166"), ("phone", "0491 570 110")], []),

    ("Is it ok to take Nurofen Zavance and Panadol Osteo together? 63 m with a dodgy knee, 185cm, 98kg",
     [], []),

    ("hiya its Brooke, 19, work at Maccas in Logan and my wrist is super sore from the fryer baskets, pain shooting into my thumb. boss says its tendonitis. email brooke.t.2005@example.com",
     [("name", "Brooke"), ("email", "brooke.t.2005@example.com")], ["Maccas in Logan"]),

    ("what does a PSA of 6.8 mean? 58, GP in Toowoomba wants a biopsy, I'm freaking out a bit",
     [], []),

    ("my mum Eleni Papadopoulos 72 dob 17/05/1952 had a fall at the Greek club in Oakleigh, hit her hip, can walk but limping. the ambos came and said no fracture likely. should she still get an xray",
     [("name", "Eleni Papadopoulos"), ("date_of_birth", "17/05/1952")], []),

    ("Does the Royal Women's do IVF on the public system? we're 35 and 37 and been trying 2 years",
     [], []),

    ("ok so i'm Jarrah, 22, from Alice Springs, got bitten by something in the swag last night and now theres a red ring round it. not a tick i think. do i need antibiotics",
     [("name", "Jarrah")], []),

    ("my IHI is 8003 6089 1234 5671 and i cant see my covid vaccine certificate on myGov. also is a 4th dose needed at 70?",
     [("id_number", "8003 6089 1234 5671")], []),

    ("Kid has nits AGAIN (3rd time this term), she's in year 2 at Bondi Public. what actually works, we've tried KP24",
     [], ["Bondi Public"]),

    ("son Mateo is 4 and has been limping since the weekend, no fall we know of, had a cold last week. is it something serious? we're in Carlton, mob 0491 570 127",
     [("name", "Mateo"), ("phone", "0491 570 127")], []),

    ("Hi, I'm Ahmad, 34, taxi driver in Melbourne, my rego is 1XK 9RT so i sit in the car 12 hours a day. bad haemorrhoids, bleeding a bit when i go. what cream is best",
     [("name", "Ahmad"), ("licence_plate", "1XK 9RT")], []),

    ("does sunscreen cause vitamin D deficiency? my level was 38 nmol/L even though i live in Perth and surf every day lol",
     [], []),

    ("Hello doctor, I am writing for my father, Mr Rajesh Kumar Sharma, 67, Medicare 4127 88562 3 / IRN 2. He got chest tightness walking up the hill yesterday which went after resting. GP appointment on Thursday. Is that ok to wait",
     [("name", "Rajesh Kumar Sharma"), ("id_number", "4127 88562 3")], []),

    ("Maddie here (Madison Clarke), 28, NDIS participant 431 092 887 - need a letter saying my POTS affects my work. cardiologist at St Vincent's diagnosed it in 2021",
     [("name", "Maddie"), ("name", "Madison Clarke"), ("id_number", "431 092 887")], []),

    ("Are Ostelin and Caltrate the same thing? 66 f with osteopenia, T score -2.1",
     [], []),

    ("my daughter has a rash from the mozzies at Noosa, big red welts, itchy. 6 yrs, 22kg. can she have Zyrtec?",
     [], []),

    ("Hi im Tui, 40, moved to Brisbane from Rotorua, on metformin and gliclazide, sugars running 12-15 most mornings. my new gp at Inala Family Clinic wants insulin. scared of needles",
     [("name", "Tui")], ["Inala Family Clinic"]),

    ("Dr Liang at the skin cancer clinic in Southport cut out a BCC from my nose and now its infected i think. ph 07 5550 2231, ask for Trev",
     [("name", "Liang"), ("phone", "07 5550 2231"), ("name", "Trev")], ["the skin cancer clinic in Southport"]),

    ("Can u get the flu shot when ur pregnant? 24 weeks, due in August, at the Mater Mothers",
     [], []),

    ("Had a bowel screening kit in the mail at 50, came back positive. No symptoms. Should I be worried? Booked at the Alfred for a scope on 3 October",
     [], []),

    ("my brother Dimitri (36) is a FIFO worker in the Pilbara, says he gets chest pains on the plane home every 2 weeks, then they go. he won't see anyone. how do i convince him",
     [("name", "Dimitri")], []),

    ("Sunny days make my rosacea so much worse. 45 f, fair skin, using Finacea. anything else?",
     [], []),

    ("Yo it's Kayden, 17, skateboarding at the park, rolled my ankle big time 3 days ago, still purple and cant put weight on it. tiktok @kaydenskates_ if u wanna see the bruise lol",
     [("name", "Kayden"), ("handle", "@kaydenskates_")], []),

    ("Lost 12kg in 3 months without trying, 55 m, thirsty all the time, up 4 times a night to pee. Should I see the gp before my trip to Bali on the 20th?",
     [], []),

    ("my wife Faith is 30 weeks, BP was 148/96 at the antenatal clinic today and protein in her urine. they sent her home. shes got a headache now. we're at 3 Banksia Ct, Mildura VIC 3500",
     [("name", "Faith"), ("address", "3 Banksia Ct, Mildura VIC 3500")], []),

    ("Hi, i need to know what dose of Endone is safe after my knee reconstruction. surgeon at Epworth gave me 5mg every 4 hrs but its not touching it",
     [], []),

    ("Hi there. Kylie Nguyen-Walsh, DVA gold card UX 123456, 71. My hearing aids are 8 years old and whistling, does DVA cover new ones",
     [("name", "Kylie Nguyen-Walsh"), ("id_number", "UX 123456")], []),

    ("My name is Mele Tupou, I'm 26, I'm Tongan living in Ipswich QLD, I had a baby 6 weeks ago and I cry every day and cant sleep even when bub sleeps. private health fund member no. 39921475",
     [("name", "Mele Tupou"), ("id_number", "39921475")], []),

    ("how long after whooping cough vaccine can I hold my new grandson? hes due in June",
     [], []),

    ("Is it normal for the Implanon arm to still be bruised 2 weeks after? 21 f",
     [], []),

    ("our family doctor Dr Anjali Menon retired and the new one wont renew my dexamphetamine script. 29 m, ADHD diagnosed by a psych in Adelaide. what do i do",
     [("name", "Anjali Menon")], []),

    ("Can you help? my nan Dulcie is 92 and in aged care in Ballarat. she keeps getting UTIs and they keep giving her antibiotics. is there anything to prevent them",
     [("name", "Dulcie")], []),

    ("i'm 31, live in Darwin, work at Royal Darwin as a wardie, got a needlestick from a bin today, the patient was hep C positive. what are my chances",
     [], ["Royal Darwin"]),

    ("Hey its Liam, my mate Bazza reckons you can't drink on antibiotics, we're on amoxicillin for a chest infection. footy grand final is saturday. true?",
     [("name", "Liam"), ("name", "Bazza")], []),

    ("quick q: my QLD plate 482 KZP got a parking fine outside the hospital while i was in with chest pain... can a doctor's note get it waived? (im fine now btw, was reflux)",
     [("licence_plate", "482 KZP")], []),

    ("Hello my name is Santiago, 27, I am on a working holiday visa, passport number PA8829104, I have toothache and swelling in my jaw. I am in Cairns. can I get dental in public",
     [("name", "Santiago"), ("id_number", "PA8829104")], []),

    ("Whats a normal blood sugar for a 5 year old? we tested on my dad's machine and got 7.9 after her lunch",
     [], []),

    ("hi, Aunty June here, I look after my grandkids in Dubbo. the little one, Koby, 3, has a cough that sounds like a seal at night. what should i do. my number 02 5550 4418",
     [("name", "June"), ("name", "Koby"), ("phone", "02 5550 4418")], []),

    ("Got told I have Hashimoto's at the Gold Coast University Hospital, 28 f. Can I still eat gluten",
     [], []),

    ("plz contact me on whatsapp +61 491 570 143, i'm Fatima, student at RMIT, getting panic attacks before every exam, heart racing and cant breathe. exams start 6 june",
     [("phone", "+61 491 570 143"), ("name", "Fatima")], ["RMIT"]),

    ("my little boy swallowed a bit of toothpaste, like a pea size, he's 2 and 13kg. is fluoride toxic?",
     [], []),
]
