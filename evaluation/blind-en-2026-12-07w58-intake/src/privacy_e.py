# privacy items, file e (UK nations, odd placements, hard traps). Hand written by writer 58.

ITEMS = [
    ("4857773456 <- thats my nhs number, the receptionist said to quote it. Ive been waiting 14 wks for an ENT referral for my hearing loss in my left ear, 49 m, Belfast",
     [("id_number", "4857773456")], []),

    ("wore my new Dr. Martens for a 10 mile walk and now my heel has a massive blister that looks infected, red streak going up. 20 f. do i need antibiotics",
     [], []),

    ("Ref: hospital no. RX1 2280914. I'm Deepa, 37, had a laparoscopy at the Royal Victoria on 6th March for endo and my belly button is still oozing",
     [("id_number", "RX1 2280914"), ("name", "Deepa")], []),

    ("Dr Google told me I have a brain tumour lol. realistically though, headaches every morning for a month, worse lying down, 33 m. should i push for a scan",
     [], []),

    ("lol my son is obsessed with Mr Kipling cakes and now he's 10 and 52kg. the school nurse sent a letter saying hes obese. how do i bring it up without upsetting him",
     [], []),

    ("Jas (Jasmeet Kaur, 25) is my cousin, she lives at 110 Soho Road, Handsworth, Birmingham B21 9DP and has been vomiting blood this morning - only a few streaks after retching all night after a party. is that serious or just from the retching",
     [("name", "Jas"), ("name", "Jasmeet Kaur"), ("address", "110 Soho Road, Handsworth, Birmingham B21 9DP")], []),

    ("Bristol stool chart type 6 for two weeks now. 44 f, no blood. started new job at the council offices in Swansea and very stressed. IBS?",
     [], ["the council offices in Swansea"]),

    ("Can I bring my son to Ronald McDonald House while my daughter is in Great Ormond Street? we live 3 hours away",
     [], []),

    ("Our GP (Dr Eilidh Fraser, Inverness) is off sick and the locum doubled my gabapentin without asking. my chi is 2307654321 and my dob is 23/07/65 so you can check. side effects feel awful",
     [("name", "Eilidh Fraser"), ("id_number", "2307654321"), ("date_of_birth", "23/07/65")], []),

    ("Is the Epley manoeuvre safe to do at home? room spins every time i roll over in bed. 62 f",
     [], []),

    ("my mum says my brother Yusuf (9) is 'attention seeking' but he has tummy pain every morning and cries. is it something medical. we can be reached at y.khan.family@example.com",
     [("name", "Yusuf"), ("email", "y.khan.family@example.com")], []),

    ("Glasgow coma scale 15 they said at the Queen Elizabeth after my fall off the bike, sent home. but 2 days later still dizzy and nauseous. 30 m",
     [], []),

    ("Hiya, Ffion here from Caernarfon, 19, studying at Bangor uni. my tonsils are massive and I've had tonsillitis 7 times this year. can I get them out? phone 07700 900347",
     [("name", "Ffion"), ("phone", "07700 900347")], ["Bangor uni"]),

    ("my baby's Apgar was 7 at 1 min and 9 at 5 min, midwife said fine, but should i worry he'll have problems later",
     [], []),

    ("I'm 15 and want to go on the pill without my parents knowing, is that allowed under Gillick? i live in Cardiff",
     [], []),

    ("Signed, Mrs P. Achterberg, 2 Old Mill Lane, Ilkley LS29 9AB. My question: my late husband had asbestosis and I washed his overalls for years. Should I be screened? I am 76",
     [("name", "P. Achterberg"), ("address", "2 Old Mill Lane, Ilkley LS29 9AB")], []),

    ("holland and barrett sold me 'liver detox' tea and now my wee is dark. stopped it yesterday. 35 f. do i need liver bloods",
     [], []),

    ("mate of mine, big Dave, 6ft 5, 22 stone, snores like a train and stops breathing at night according to his missus. how does he get a sleep test. his number 07700 900908",
     [("name", "Dave"), ("phone", "07700 900908")], []),

    ("The Heimlich - do you do it on a baby? asking because my niece is 8 months and starting finger foods next week",
     [], []),

    ("wrote this on my work laptop at Sainsburys head office so be discreet. im Vikram, 40, erectile dysfunction for 6 months, diabetic. can i get sildenafil prescribed",
     [("name", "Vikram")], ["Sainsburys head office"]),

    ("born 1947, so 77 this year. Still run 5k every Saturday at Hampstead Heath parkrun. Pain in calf after 2k that goes when I stop. Is that a vascular thing",
     [], []),

    ("URGENT (not an emergency lol) - employee id 88-20417-K at Leonardo Yeovil, OH nurse needs a copy of my hearing test. Claire Fitzgerald. what do they usually test",
     [("id_number", "88-20417-K"), ("name", "Claire Fitzgerald")], ["Leonardo Yeovil"]),

    ("My grandad Patrick 'Paddy' Quinn, 83, Derry, keeps choking on his tea. The speech therapist at Altnagelvin said thickener but he hates it. Any other ideas",
     [("name", "Patrick"), ("name", "Paddy"), ("name", "Quinn")], []),

    ("is Tommy's a good charity for baby loss? we lost our little one at 22 weeks in November and i need someone to talk to",
     [], []),

    ("i'm a bit embarrassed but my username on the app is bigdaz1978 and my wife found my messages about my piles. just tell me what cream works. 46",
     [("handle", "bigdaz1978")], []),

    ("plate WR67 KPN - my van was clamped outside the Eye Hospital (Moorfields) while i was getting a retina check. anyway, is a 'flashes and floaters' check urgent or routine? 57m",
     [("licence_plate", "WR67 KPN")], []),

    ("Can the Morning After pill fail if you're over 70kg? i'm 78kg, took Levonelle 30 hours after",
     [], []),

    ("Hi Dr, Abdi Warsame (abdiwarsame.example.org/cv) - 31, teacher at Moss Side primary. Voice keeps going hoarse by the end of the week for 3 months now, not a smoker",
     [("name", "Abdi Warsame"), ("url", "abdiwarsame.example.org/cv")], ["Moss Side primary"]),

    ("New to the UK from Kerala. What is the '111' number, and do I need my BRP to register with a gp? I'm 28 and 12 weeks pregnant",
     [], []),

    ("please call my daughter Keeley on 01632 960 512 (landline) she deals with all my stuff. i'm 80, blind in one eye, and my other eye has gone cloudy slowly over a year. maybe cataract",
     [("name", "Keeley"), ("phone", "01632 960 512")], []),

    ("Marks on my legs after a spray tan at a salon in Chelmsford, burning and blistered. 23 f. am i allergic to DHA",
     [], []),

    ("dob 1.4.1988, NI number QQ 12 34 56 C, need my fit note to say 'may be fit' not 'not fit' as im a scaffolder and want light duties after my shoulder op",
     [("date_of_birth", "1.4.1988"), ("id_number", "QQ 12 34 56 C")], []),

    ("Victoria sponge at a party and now my lips are tingling and a bit swollen, i have a nut allergy but it said nut free. 26 f, took a cetirizine 20 mins ago, its going down",
     [], []),

    ("Wojtek my husband, 45, works at the DPD depot in Hinckley lifting parcels and has numbness in his right leg and foot since 3 weeks. sciatica? he has no bladder problems",
     [("name", "Wojtek")], ["the DPD depot in Hinckley"]),

    ("my autistic son Finlay (12, EHCP, goes to Hillside Special School) has stopped eating anything except beige food. weight dropping. CAMHS wait is a year. ideas? email finlays.mum@example.co.uk",
     [("name", "Finlay"), ("email", "finlays.mum@example.co.uk")], ["Hillside Special School"]),

    ("Are Jack Daniel's and co-codamol ok together? Just one glass. 39 m",
     [], []),

    ("hey, Nimmi (Nirmala Perera), 64, Harrow, my BP at Superdrug was 182/104 and the pharmacist told me to see gp today. gp has no appointments til the 19th. should i go to the walk in",
     [("name", "Nimmi"), ("name", "Nirmala Perera")], []),

    ("is it bad that the St John Ambulance first aider at the festival just gave me paracetamol for a sprained ankle? 21 m, still swollen 5 days later",
     [], []),

    ("re: my son Alfie, NHS 721 400 8866, he's 6, glue ear, grommets were booked for 2nd Dec at Alder Hey but cancelled. speech is behind. who do we chase",
     [("name", "Alfie"), ("id_number", "721 400 8866")], []),

    ("I am a pharmacist at a small independent in Omagh (Lough View Pharmacy). Personally asking: 34 f, lost 4kg, tremor, heat intolerance. thyroid?",
     [], ["Lough View Pharmacy"]),

    ("message me on snap @lilz.xoxo22 pls, i'm Lily and i've got a pierced belly button that's gone hard and red and hot, done it at a place in Camden 2 weeks ago. 18",
     [("handle", "@lilz.xoxo22"), ("name", "Lily")], []),

    ("Parkinson's runs in my dad's side and my hand has started shaking when i hold a cup. 58, still working as a postman in Truro. how is it diagnosed",
     [], []),
]
