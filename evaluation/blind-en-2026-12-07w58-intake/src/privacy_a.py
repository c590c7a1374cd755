# privacy items, file a (mostly UK). Hand written by writer 58.
# each item: (text, [(type, exact text), ...], [quasi strings])

ITEMS = [
    ("hiya my name is siobhan o'keeffe, 34, been getting awful migraines since march, gp keeps saying its hormonal. can someone ring me back on 07700 900412 pls i'm on lates all week",
     [("name", "siobhan o'keeffe"), ("phone", "07700 900412")], []),

    ("my nan is 86 and shes on warfarin and bisoprolol and the district nurse says her INR was 4.1 yesterday, is that too high?? she lives on her own in Rhyl",
     [], []),

    ("NHS no 943 476 5919 if u need it. I'm Daniel, 27, had chlamydia treated in jan and now getting a burning feeling again when i wee, could it be back",
     [("id_number", "943 476 5919"), ("name", "Daniel")], []),

    ("Sorry to bother. Basically i've had a lump behind my ear for 3 weeks, pea sized, doesnt hurt. Dr Okonkwo at the surgery said watch it but its not gone. email is tunde.adeyemi88@example.com if easier",
     [("name", "Okonkwo"), ("email", "tunde.adeyemi88@example.com")], []),

    ("Will the Mirena coil stop my periods completely? had it fitted on 2nd feb at the clinic on Kings Road and still spotting every few days",
     [], []),

    ("asking for my son Kacper (dob 19/08/2016) he has had a barking cough 4 nights now and temp 38.4, calpol brings it down. we are at 14 Hawthorn Close, Swindon SN3 4PQ if a doctor can do a home visit",
     [("name", "Kacper"), ("date_of_birth", "19/08/2016"), ("address", "14 Hawthorn Close, Swindon SN3 4PQ")], []),

    ("hi its Gaz again (Gareth Pryce) - the pharmacist at Boots said to ask here about my BP, it was 158/97 on the machine, im 52 and 17 stone",
     [("name", "Gaz"), ("name", "Gareth Pryce")], []),

    ("Had my smear at Millbrook Surgery on the 12/06 and they rang saying HPV positive but no abnormal cells?? does that mean cancer. im 29 and terrified",
     [], ["Millbrook Surgery"]),

    ("my dad Jaswinder Singh Bains, 71, NHS number 485 777 3456, was discharged from Queen Elizabeth yesterday after a TIA and he hasnt got any of his new tablets from the chemist. who do i chase",
     [("name", "Jaswinder Singh Bains"), ("id_number", "485 777 3456")], []),

    ("Grace period on my prescription prepayment ran out lol. anyway is it ok to take Nurofen and Lemsip together for flu, had it since sunday",
     [], []),

    ("pls help me my daughter Aoife is 15 and she hasnt eaten properly in weeks, lost about a stone, shes at St Dominic's in year 11. i found laxatives in her bag. my mobile 07700 900781",
     [("name", "Aoife"), ("phone", "07700 900781")], ["St Dominic's"]),

    ("Frank question: can you get a vasectomy reversed on the NHS? wife and i (both 38) are thinking of another baby",
     [], []),

    ("Hi my names Priya, i work nights at the Amazon warehouse in Daventry and my back is killing me every shift, L4 L5 disc bulge on MRI last year. can u write me a fit note",
     [("name", "Priya")], ["the Amazon warehouse in Daventry"]),

    ("patient ID at the Royal Free is MRN 40118273, i'm 44 f, had a hysteroscopy on tuesday and still bleeding quite heavy, is that normal after 4 days",
     [("id_number", "MRN 40118273")], []),

    ("dob 03.11.1958 - Margaret Hughes - been on levothyroxine 100mcg for 20 yrs and my TSH came back 0.02 so they want to cut the dose, will i put weight on",
     [("date_of_birth", "03.11.1958"), ("name", "Margaret Hughes")], []),

    ("Does Crohn's run in families? my brother was diagnosed at 19 in Leeds General and im 23 and get loads of stomach cramps and loose stools",
     [], []),

    ("hey so my bf Callum keeps getting nosebleeds like 3 a week, he's 20, plays rugby for the uni 2nd team. should he see someone",
     [("name", "Callum")], []),

    ("i need a second opinion re my mums scan, shes at Ninewells, CHI number 0507496231. they found a shadow on her lung and wont tell us anything more til the MDT on the 28th",
     [("id_number", "0507496231")], []),

    ("Is Dawn the best time to take thyroxine or can it be before bed? i always forget in the mornings",
     [], []),

    ("good evening, I am Mr Ifeanyi Eze, 61, type 2 diabetic, HbA1c 71 mmol/mol in april. My GP Dr Sarah Whitfield wants to start me on insulin but I am a lorry driver, will I lose my licence",
     [("name", "Ifeanyi Eze"), ("name", "Sarah Whitfield")], []),

    ("can you get shingles twice?? had it in 2019 and now another rash same side. 57 f. using Zovirax cream from Superdrug",
     [], []),

    ("reg plate is LK19 XRV if you need to find me in the car park lol, im outside the walk in centre now with my little one, hes got a rash that doesnt fade when i press a glass on it - actually is that bad",
     [("licence_plate", "LK19 XRV")], []),

    ("my insta is @bexx_fitlife_ and i posted about my weight loss jab (mounjaro) and now everyone asks me if its safe to buy online. is it?",
     [("handle", "@bexx_fitlife_")], []),

    ("Max dose of sertraline? currently 150mg, still feel flat. 31m. Have been on it since Christmas",
     [], []),

    ("hi doc, I'm Oluwaseun but everyone calls me Seun. im 19 and at uni in Nottingham, had unprotected sex 3 days ago, is it too late for the morning after pill",
     [("name", "Oluwaseun"), ("name", "Seun")], []),

    ("My partner Rhiannon Lloyd-Evans (she/her, 26) works at Greggs on Queen Street and has been fainting at work, twice this week. she's vegan and super pale. her number 07700 900156",
     [("name", "Rhiannon Lloyd-Evans"), ("phone", "07700 900156")], ["Greggs on Queen Street"]),

    ("blood test said ferritin 9 and Hb 104, im 35 f with heavy periods, gp gave ferrous fumarate 210mg 3x day and i feel so sick on them. any alternatives",
     [], []),

    ("Employee no. E0048812 at Royal Mail Sheffield - occupational health want me to get a doctors letter about my knee (torn meniscus Nov). whats the quickest way",
     [("id_number", "E0048812")], ["Royal Mail Sheffield"]),

    ("So my little brother Jack keeps saying he wants to jack it all in and leave school. hes 16 and hasnt left his room in 2 months. hes at Oakwood Academy. how do i get him help without mum finding out",
     [("name", "Jack")], ["Oakwood Academy"]),

    ("I am 5 foot 2 and 9st 4lb, is that underweight? turned 40 in june and my periods have stopped for 5 months",
     [], []),

    ("hello i'm writing for my uncle Tomasz Wiśniewski who doesnt speak much english, 58, he has blood in his stool for 2 weeks. address 7 Albert Terrace, Boston PE21 8DX. can a polish speaking doctor call",
     [("name", "Tomasz Wiśniewski"), ("address", "7 Albert Terrace, Boston PE21 8DX")], []),

    ("Any advice on Raynaud's? fingers go white then blue in the cold, worse since i started at the fish factory in Grimsby last winter",
     [], ["the fish factory in Grimsby"]),

    ("mum (Bernadette, 79) fell in the garden in Cleethorpes on 4th may and her wrist is still swollen and purple. she refused A&E. is it likely broken",
     [("name", "Bernadette")], []),

    ("Our practice is Hollybank Medical Practice, tel 0161 496 0723 - they never answer. my 3 year old has had diarrhoea for 9 days, drinking fine. when should i worry",
     [("phone", "0161 496 0723")], []),

    ("Can I drink on metronidazole if its only a couple of pints? finishing the course on friday. 24m",
     [], []),

    ("my email is r.mackintosh@example.org. i had a Bell's palsy 2 yrs ago and the left side of my face still twitches when I smile, is botox an option on the nhs in scotland",
     [("email", "r.mackintosh@example.org")], []),

    ("fyi i'm Chiamaka, nhs number 601 234 7788, dob 22/09/1995. pregnant 11 weeks with twins, booking scan showed both heartbeats. can i still take my lamotrigine",
     [("name", "Chiamaka"), ("id_number", "601 234 7788"), ("date_of_birth", "22/09/1995")], []),

    ("Sudden itching all over after starting co-codamol 30/500 for my back. 48m, 6ft, 110kg. is it an allergy or side effect",
     [], []),

    ("Hi it's Rob from the building site on Eastgate, got a bit of rebar through my boot last month, tetanus jab was 2009. my foreman Marek says i need a booster? i am rob.jenkins.builds@example.net",
     [("name", "Rob"), ("name", "Marek"), ("email", "rob.jenkins.builds@example.net")], ["the building site on Eastgate"]),

    ("did the Dr. at Addenbrooke's mean stage 3 CKD is serious? my eGFR is 48 and creatinine 132, I'm 66",
     [], []),

    ("husband Imran Qureshi had his gallbladder out at Bradford Royal on 9 jan, now yellowish eyes and dark pee. we live 22b Manningham Lane BD8 7HX. his mob is +44 7700 900633",
     [("name", "Imran Qureshi"), ("address", "22b Manningham Lane BD8 7HX"), ("phone", "+44 7700 900633")], []),

    ("Will my son grow out of Osgood-Schlatter? hes 13, plays football 5 times a week, both knees have lumps below the kneecap",
     [], []),

    ("hi, this is about my gran Maisie McAllister, CHI 1204381157, she's in a care home in Paisley and they keep giving her Oramorph for a cough. is that right?",
     [("name", "Maisie McAllister"), ("id_number", "1204381157")], []),

    ("Ever since my covid jab in 2021 i get pins and needles in both feet. 45 f, 168cm, 62kg. vit b12 was 180",
     [], []),

    ("text me back on 07700900289 (no spaces) i cant talk on the phone at work. I think i have a UTI, stinging and going every 10 mins, im 27 and not pregnant",
     [("phone", "07700900289")], []),

    ("I'm a carer for my friend Lol who has Down syndrome, she's 38, and she's started having what look like absence seizures. her GP in Hexham wants an EEG but the waiting list is 6 months",
     [("name", "Lol")], []),

    ("Hope this is the right place. Sister-in-law Marta Kowalczyk, 33, passport no. EK4471920, visiting from Poznań, she's got a tooth abscess and face swelling, can she see a UK dentist",
     [("name", "Marta Kowalczyk"), ("id_number", "EK4471920")], []),

    ("is it normal for a newborn to have yellowish skin at day 4? born last saturday at St Mary's Paddington, breastfeeding",
     [], []),

    ("The pain is like Crohn's but my colonoscopy at Southmead was clear. 37m. Any ideas what else could cause cramps after every meal",
     [], []),

    ("Hiya, Shannon here, 22, works at Sunnyside Nursery, had a pap..sorry cervical screening letter come for 25 but im 22, is it a mistake? my address is Flat 3, 41 Victoria Road, Hartlepool TS26 8DB",
     [("name", "Shannon"), ("address", "Flat 3, 41 Victoria Road, Hartlepool TS26 8DB")], ["Sunnyside Nursery"]),
]
