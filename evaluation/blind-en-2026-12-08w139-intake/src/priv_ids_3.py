# Privacy items with identifiers, part 3 (pharmacy, insurance, carers). Written by hand.
ITEMS = [
    ("Pharmacy called to say my Xarelto prescription (script #RX-77120934) needs a new authority from Dr Jonathon Pike. Can I stop it for 3 days while I wait? I'm 69, had a DVT in March. - Colin",
     [("id_number", "RX-77120934"), ("name", "Jonathon Pike"), ("name", "Colin")], []),

    ("Im looking after my mother in law Mrs Gupta while my husband is away. She takes Januvia, metformin, atorvastatin, aspirin and something called Coversyl. I dropped her weekly organiser and the pills mixed. Can the chemist identify them? Her Medicare number 4950 12345 2.",
     [("name", "Gupta"), ("id_number", "4950 12345 2")], []),

    ("Hey, my name's Tamsin and I got prescribed doxycycline for acne. Pharmacist (Oliver at Lloyds) said no dairy within 2 hours. What about oat milk? And can I still go to my friend Bex's birthday drinks?",
     [("name", "Tamsin"), ("name", "Oliver"), ("name", "Bex")], []),

    ("Hello, I'm emailing about my son Rahul Mehta, DOB 11/04/2009. He was switched from Ritalin to Vyvanse by Dr Claire Hudson and now can't sleep. Is 30mg too much for a 45 kg boy? Contact: 020 7946 0321.",
     [("name", "Rahul Mehta"), ("date_of_birth", "11/04/2009"), ("name", "Claire Hudson"), ("phone", "020 7946 0321")], []),

    ("I'm 54 and my doctor switched me from Crestor to generic rosuvastatin. Cheaper under my Cigna plan, member ID U12345678-01. Are generics really the same? - Wendell",
     [("id_number", "U12345678-01"), ("name", "Wendell")], []),

    ("quick q: can you drink on clindamycin? my name is hollie btw. got a hen do saturday. my insta is @hollie.jade.fake",
     [("name", "hollie"), ("handle", "@hollie.jade.fake")], []),

    ("My father Dr Samuel Osei (retired GP himself, stubborn!) is 83 and insists on taking 2 aspirin a day on top of his clopidogrel. His cardiologist, Dr Evans, never said to. How do I convince him?",
     [("name", "Samuel Osei"), ("name", "Evans")], []),

    ("Our 18 month old, Archie, weighs 11.2 kg. The pharmacist at Chemist Warehouse sold us Children's Panadol 1-5 years. How many ml is that for his weight? He has a temp of 38.4 after his jabs.",
     [("name", "Archie")], []),

    ("Hi doc, I'm Esperanza, 58. I take my thyroid pill (Synthroid 88) with my coffee and calcium every morning. My endocrinologist Dr. Rubén Salas says my TSH is all over the place. Could it be the coffee?",
     [("name", "Esperanza"), ("name", "Rubén Salas")], []),

    ("I'm a community pharmacist (Aileen McGrath, Ballymena) asking on behalf of a customer - can a patient on lithium take ibuprofen for a dental abscess for a few days? I'd rather get a doctor's view. Work line 028 9018 0444.",
     [("name", "Aileen McGrath"), ("phone", "028 9018 0444")], []),

    ("My wife Gloria takes her Fosamax on Mondays. This week she took it Monday AND Tuesday by mistake. She's 76. Is that dangerous? We're at 401 Seabreeze Blvd, Unit 12, Daytona Beach.",
     [("name", "Gloria"), ("address", "401 Seabreeze Blvd, Unit 12, Daytona Beach")], []),

    ("I've been taking turmeric capsules and ginkgo from Holland & Barrett. I'm also on warfarin since my valve op. My anticoag nurse, Sandra, said stop them but the shop girl said they're natural. Who's right? - Geoffrey, 72, NHS 401 023 2137",
     [("name", "Sandra"), ("name", "Geoffrey"), ("id_number", "401 023 2137")], []),

    ("Prescription refill request: Sertraline 100 mg, 90 day supply, to Rexall on Bank St. Patient: Mélanie Côté, date of birth 1990-02-27, health card 9876-543-210. Prescriber Dr. Tremblay.",
     [("name", "Mélanie Côté"), ("date_of_birth", "1990-02-27"), ("id_number", "9876-543-210"), ("name", "Tremblay")], []),

    ("what happens if u take ur birth control pill 12 hrs late?? asking for me not a friend. im jess, 20. reach me at jess.m.fake@example.com",
     [("name", "jess"), ("email", "jess.m.fake@example.com")], []),

    ("Carer question. I look after Bill Henshaw (89) at his home on 17 Canal Side, Stone ST15 8ZZ. His daughter Lorraine sets up the blister packs. The new pack has an extra white tablet on Wednesdays that wasn't in the old one. Should I give it?",
     [("name", "Bill Henshaw"), ("address", "17 Canal Side, Stone ST15 8ZZ"), ("name", "Lorraine")], []),

    ("Does grapefruit juice actually matter with amlodipine? My nan drinks it every morning. Sorry, I'm Keira, and nan is Maureen. Nan's pharmacy is Well on the high street.",
     [("name", "Keira"), ("name", "Maureen")], []),

    ("I'm on methadone 60ml daily from the Boots on Union St. My keyworker Paul says I can't get takeaways yet. If I go to my sister Lisa's for Christmas in Aberdeen can I get doses there? I'm Craig.",
     [("name", "Paul"), ("name", "Lisa"), ("name", "Craig")], []),

    ("Hello, my insurance (UnitedHealthcare, policy 911-22-FAKE-3301) won't cover Wegovy. My endo Dr Pia Lindqvist said try compounded semaglutide. Is compounded safe? I'm 48, BMI 38.",
     [("id_number", "911-22-FAKE-3301"), ("name", "Pia Lindqvist")], []),

    ("Hiya, I've been on the mini pill (Cerazette) for 4 months and bleeding on and off the whole time. I'm Lauren, 25. The nurse at the Hathersage Road sexual health clinic said give it 3 months. It's been 4. Text 07700 900 254.",
     [("name", "Lauren"), ("phone", "07700 900 254")], ["Hathersage Road sexual health clinic"]),

    ("My brother Emeka (35) has epilepsy and ran out of his Keppra 2 days ago. He says he feels fine. His pharmacy number is Rx 4410092. Can he just restart at his normal dose tonight?",
     [("name", "Emeka"), ("id_number", "4410092")], []),

    ("I'm Ruth, 61, and I've had a dry cough ever since starting perindopril. The GP, Dr Kapoor, said it's the tablet. What's the usual swap?",
     [("name", "Ruth"), ("name", "Kapoor")], []),

    ("Can you give a dog's Rimadyl to a person? Joking... sort of. My vet is Dr Hal Benson and my dog Buster's on it. My own knee is killing me and I'm on warfarin so can't have ibuprofen. What can I take? - Norman",
     [("name", "Hal Benson"), ("name", "Norman")], []),

    ("My son's school (Greenfield Academy) nurse is giving him his lunchtime methylphenidate. They gave it twice yesterday by accident. He's fine now. His name is Ollie Tan, DOB 03/05/2014. What should I ask them?",
     [("name", "Ollie Tan"), ("date_of_birth", "03/05/2014")], ["Greenfield Academy"]),

    ("Hi, I'm Ana Lúcia, 37, I came from Brazil and I used to buy Dorflex and Neosaldina there without prescription. What is the same here in the UK? I get migraines. My husband Thiago says Nurofen is not the same.",
     [("name", "Ana Lúcia"), ("name", "Thiago")], []),

    ("Is it bad to take expired Zyrtec? Like 2 years expired. Asking for myself, Dwayne, 40. My wife is a nurse (Crystal) and she says it's fine but she also eats yogurt past the date.",
     [("name", "Dwayne"), ("name", "Crystal")], []),

    ("I order my meds from an online pharmacy, meds-cheap-fake.example/order/88123, because my insurance lapsed. Is Canadian generic Eliquis legit? I'm in Arizona, 66.",
     [("url", "meds-cheap-fake.example/order/88123")], []),

    ("My aunty Pele is 55, type 2, and she has started fasting for church. She's on glicazide and insulin. Her GP Dr Tuilagi is on leave. We're in Otara, Auckland. What should she do with her doses?",
     [("name", "Pele"), ("name", "Tuilagi")], []),

    ("Hello, I'm a home care worker for an agency (Bluebird Care, staff number BB-20331). My client takes Madopar at 8, 12, 4 and 8. She's asked me to give them all together so she can sleep. I said no. Was I right?",
     [("id_number", "BB-20331")], ["Bluebird Care"]),

    ("Hi, my son (Finn, 7) has been prescribed amoxicillin 250mg/5ml, 5ml three times a day. He spat half the first dose out. Should I give more? Our pharmacist is Mr Adebayo at the Co-op pharmacy.",
     [("name", "Finn"), ("name", "Adebayo")], []),

    ("I take Mounjaro and I'm going to Spain for 3 weeks. Can it be out of the fridge? My clinic is online, patient number MJ-55-0192-X. I'm Deborah Quinlan.",
     [("id_number", "MJ-55-0192-X"), ("name", "Deborah Quinlan")], []),

    ("Dad (Arthur Penhaligon, Truro) is on 20 of oxycodone twice a day since his cancer diagnosis and he's so constipated he's crying. The Macmillan nurse Kerensa said up the laxido. How many sachets is too many?",
     [("name", "Arthur Penhaligon"), ("name", "Kerensa")], []),

    ("My pharmacist at Clicks said my blood pressure pill (Adco-Zolnic? something like that) shouldn't be taken with my Myprodol for pain. I'm Thandiwe, 51, Johannesburg, ID 5101015800080. Is she right?",
     [("name", "Thandiwe"), ("id_number", "5101015800080")], []),

    ("My mum Hyun-joo takes red ginseng every day and just started on apixaban after a stroke scare. Our Korean pharmacist Mr Park said ginseng thins blood too. Should she stop? Call 604-555-0177 (Vancouver).",
     [("name", "Hyun-joo"), ("name", "Park"), ("phone", "604-555-0177")], []),

    ("i accidentally took my dog's prozac instead of mine lol, same dose 20mg. no harm right? – Ricky (ricky_b_fake on reddit)",
     [("name", "Ricky"), ("handle", "ricky_b_fake")], []),

    ("I'm writing about my client, Mr Leonard Abara, DOB 22.07.1948. I'm his support worker. He's been given tramadol and he's already on sertraline. The leaflet mentions serotonin syndrome. Should we worry? Office: 01632 960 884.",
     [("name", "Leonard Abara"), ("date_of_birth", "22.07.1948"), ("phone", "01632 960 884")], []),

    ("Hello, I have an appointment on the 14th with Dr. Rosalind Akhtar about my HRT. I'm 52 and the Evorel patches keep falling off in the heat. Can I cut them? - Philippa",
     [("name", "Rosalind Akhtar"), ("name", "Philippa")], []),

    ("we got a parking ticket at the hospital pharmacy while waiting 50 mins for my husband's chemo tablets (capecitabine). our car reg is GN19 TQX. how do we appeal lol. also he has sore palms now, is that the tablets?",
     [("licence_plate", "GN19 TQX")], []),

    ("My pharmacy (Guardian, Cairns) keeps giving me different brands of my levothyroxine - Eutroxsig one month then Oroxine. I'm Claudette, 64. Does it matter?",
     [("name", "Claudette")], []),
]
