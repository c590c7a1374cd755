# privacy items, batch F
ITEMS = [
    {"text": "my nan Dorothy and grandad Ken both have covid, they're 86 and 88, in the same house. Dorothy is fine but Ken is off his food and sleeping all day. GP Dr. Rashid prescribed paxlovid for Ken only. Should Dorothy have it too? I'm their grandson Connor and I'm staying with them",
     "identifiers": [("name", "Dorothy"), ("name", "Ken"), ("name", "Rashid"), ("name", "Connor")], "quasi": []},

    {"text": "Ahoj, Katarina here. I am 41 and have a lump in my breast, 2cm, found in the shower. Mammogram appointment in Bratislava on 14th but I'm panicking. My sister Zuzana had breast cancer at 44. Does that change how fast they should see me?",
     "identifiers": [("name", "Katarina"), ("name", "Zuzana")], "quasi": []},

    {"text": "I'm 68, retired teacher, Rosario. My wife Graciela and I both have cataracts. The surgeon, Dr. Esteban Molina, wants to do both our eyes the same week. Is it safe to do both eyes close together? We'll only have our son Martin to drive us, his number is +54 9 341 555 0172.",
     "identifiers": [("name", "Graciela"), ("name", "Esteban Molina"), ("name", "Martin"), ("phone", "+54 9 341 555 0172")], "quasi": []},

    {"text": "Member ID: XQH 882 104 557 (BlueCross). Name: Darnell Washington. DOB: 03/14/1979. I had a colonoscopy scheduled but the prep made me vomit everything, I couldn't finish. Do I need to reschedule or can they still do it tomorrow?",
     "identifiers": [("id_number", "XQH 882 104 557"), ("name", "Darnell Washington"), ("date_of_birth", "03/14/1979")], "quasi": []},

    {"text": "Ok weird question from Ollie (me) and my flatmate Jonno: we both got bitten by bedbugs in our flat in Brunswick. Jonno's bites are huge welts, mine are tiny. Why? Does he need anything stronger than antihistamines?",
     "identifiers": [("name", "Ollie"), ("name", "Jonno")], "quasi": []},

    {"text": "Hi, Priscila, 28, Lisboa. I'm breastfeeding my daughter Beatriz (4 months) and have a hard red painful area in my left breast since yesterday plus 38.4 fever. Mastitis? Can I keep feeding? My midwife Ana Sousa told me to call but she's not answering, 912 555 048 is her number if you know her lol",
     "identifiers": [("name", "Priscila"), ("name", "Beatriz"), ("name", "Ana Sousa"), ("phone", "912 555 048")], "quasi": []},

    {"text": "My dad Henrik, 72, has been tripping over his own feet and his voice sounds slurred in the evenings, not mornings. His neurologist Dr. Lindqvist mentioned myasthenia gravis as a possibility. Tests next month. What else could it be? Reply to lars.henriksen@example.se",
     "identifiers": [("name", "Henrik"), ("name", "Lindqvist"), ("email", "lars.henriksen@example.se")], "quasi": []},

    {"text": "I'm Mustafa, 26, working at the Hyundai plant in Ulsan as a foreign worker. Alien registration no. 970315-5123456. I have a skin rash between my fingers that itches at night, my roommate Rizwan has the same. Scabies? Where do I get treatment without my company knowing?",
     "identifiers": [("name", "Mustafa"), ("id_number", "970315-5123456"), ("name", "Rizwan")], "quasi": ["Hyundai plant in Ulsan"]},

    {"text": "Me again - Becky. Following up on my son Archie's ear infection. He finished amoxicillin on Sunday but the GP at Millbrook Surgery said the eardrum was perforated. Archie is 5. It's still leaking a bit. Will it heal itself? Can he swim at his lessons?",
     "identifiers": [("name", "Becky"), ("name", "Archie")], "quasi": ["Millbrook Surgery"]},

    {"text": "hello i am hussein from basra, my daughter zainab age 7 has been very pale and tired, her spleen is big the doctor said. her cousin ali has thalassemia. we want test in baghdad. what test to ask",
     "identifiers": [("name", "hussein"), ("name", "zainab"), ("name", "ali")], "quasi": []},

    {"text": "Copying from the NHS app message: 'Hi Samantha Reid, your blood test results from 10/01 are ready. eGFR 52. Please book a routine appointment with Dr. Oduya.' NHS number 723 445 9012. I'm 57. Is eGFR 52 kidney disease?",
     "identifiers": [("name", "Samantha Reid"), ("name", "Oduya"), ("id_number", "723 445 9012")], "quasi": []},

    {"text": "I'm Hiroshi's wife, Keiko. Hiroshi is 66 and had bypass surgery 6 weeks ago. Today the wound on his leg (where they took the vein) is red and warm. His cardiac rehab nurse Ms. Yamada said call the surgeon but it's the weekend. What should we watch for?",
     "identifiers": [("name", "Hiroshi"), ("name", "Keiko"), ("name", "Yamada")], "quasi": []},

    {"text": "this is gonna sound dumb but I'm 24 and I've never had a period. my mum Lorraine said she was late too. I'm 5'2 and 44kg, I run a lot. my friend Steph says I need tests. does this need a gyno or GP?",
     "identifiers": [("name", "Lorraine"), ("name", "Steph")], "quasi": []},

    {"text": "Please, my child Ifeoma (4 years) has swelling around the eyes every morning and her urine is foamy. We are in Port Harcourt. Our doctor Dr. Chukwuemeka Eze said kidney. Contact her father Nnamdi on 0805 555 6621. What tests?",
     "identifiers": [("name", "Ifeoma"), ("name", "Chukwuemeka Eze"), ("name", "Nnamdi"), ("phone", "0805 555 6621")], "quasi": []},

    {"text": "From my Snapchat (snap: bella_b_2007) people said I should ask a real doctor. I've got these white spots on my nails and my fingers peel. I'm 17. Is it a deficiency?",
     "identifiers": [("handle", "bella_b_2007")], "quasi": []},

    {"text": "Hi, this is Diane Whitfield, practice manager at Harbourside Physio. One of our clients, Mr. Stavros Georgiou (63), says he's had blurred vision in one eye since his session yesterday, we think unrelated. His wife Eleni drove him home. Is there anything I should tell him?",
     "identifiers": [("name", "Diane Whitfield"), ("name", "Stavros Georgiou"), ("name", "Eleni")], "quasi": ["Harbourside Physio"]},

    {"text": "Vehicle involved: white Toyota Hilux, plate CAA 123 GP. My brother Lwazi was the passenger when it rolled on the N1 last month. He's 29, broke his pelvis, now home. He still can't sit for long and he cries a lot. Can it be PTSD? His GP is Dr. Naidoo.",
     "identifiers": [("licence_plate", "CAA 123 GP"), ("name", "Lwazi"), ("name", "Naidoo")], "quasi": []},

    {"text": "Seeking advice for Akosua, 33, my wife. She had a miscarriage at 9 weeks in February at Ridge Hospital. Her period hasn't come back (it's been 10 weeks). Is that normal? Should we worry about retained tissue? Thanks, Kojo",
     "identifiers": [("name", "Akosua"), ("name", "Kojo")], "quasi": []},

    {"text": "Hello, I'm Valentina Rossi, 45, but my friends call me Vale. I'm a hairdresser in Bologna (Salone Vale, Via Indipendenza 44, 40121 Bologna, also where I live upstairs). My hands crack and bleed from the dyes and shampoos. Contact dermatitis? Patch test?",
     "identifiers": [("name", "Valentina Rossi"), ("name", "Vale"), ("address", "Via Indipendenza 44, 40121 Bologna")], "quasi": ["Salone Vale"]},

    {"text": "Hey doc, name's Jaxon, 35, from Calgary, AB. My health number is 98765-4321. I got a tick off my armpit after hiking near Banff. It was attached a day. Do I need doxycycline?",
     "identifiers": [("name", "Jaxon"), ("id_number", "98765-4321")], "quasi": []},

    {"text": "Sister Mary Catherine at our parish asked me to post for her as she's 80 and has no internet. Her knees are bad and she wants to know if gel injections work better than steroids. I'm Bernadette.",
     "identifiers": [("name", "Mary Catherine"), ("name", "Bernadette")], "quasi": []},

    {"text": "Dr. Seuss books are all my son will let me read while he has chickenpox lol. He's 6. How long is he contagious? Spots started Monday.",
     "identifiers": [], "quasi": []},

    {"text": "Eustachian tube dysfunction after a cold in November, still popping in March. Otovent? Surgery? I'm 38.",
     "identifiers": [], "quasi": []},

    {"text": "Wegener's (GPA) in remission on rituximab every 6 months. Is the covid booster still worth it if I don't make antibodies?",
     "identifiers": [], "quasi": []},

    {"text": "Queen Elizabeth Hospital told me my HbA1c is 48. 58 years, BMI 31. They said 'diet controlled diabetes'. What exactly do I eat?",
     "identifiers": [], "quasi": []},

    {"text": "Born in 1964, never had a colonoscopy. Family history: none. Is it too late to start screening? Cologuard vs colonoscopy?",
     "identifiers": [], "quasi": []},
]
