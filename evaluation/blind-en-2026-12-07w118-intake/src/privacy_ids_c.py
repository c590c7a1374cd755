# Hand-written privacy items WITH identifiers (part C: more parents, a few adults).
# Each item: (text, [(type, exact_substring[, occurrence]), ...], [quasi substrings])

ITEMS = [
    ("DS2 (Rhys, 20mo) has a fever 103.1 and DS1 (Owen, 5) just threw up. husband on a work trip. can u call me 210-555-0135, its Megan",
     [("name", "Rhys"), ("name", "Owen"), ("phone", "210-555-0135"), ("name", "Megan")],
     []),

    ("My daughter Esperanza was born 02/29/2020 (leap baby!) and her 4 yr checkup paperwork is asking for her birthday which is confusing the system lol. anyway she has a lisp, is speech therapy covered?",
     [("name", "Esperanza"), ("date_of_birth", "02/29/2020")],
     []),

    ("LO is 8 weeks and I'm EBF. poop is green and mucousy. Dr. Whitaker told me to cut dairy. My IG is @milkmama_mandy if u want to see my diaper pics (sorry lol)",
     [("name", "Whitaker"), ("handle", "@milkmama_mandy")],
     []),

    ("Son (Tyrell, 14) got hit in the head with a basketball at Northside Rec and has had a headache for 2 days. No vomiting. Mom is Danielle, 757-555-0184. Does he need a scan?",
     [("name", "Tyrell"), ("name", "Danielle"), ("phone", "757-555-0184")],
     ["Northside Rec"]),

    ("my kid goes to Happy Hearts Child Care on Mulberry and 4 kids in her room have RSV. she's 11 months. anything I can do to prevent it? her name is Stella, DOB 4/1/2023",
     [("name", "Stella"), ("date_of_birth", "4/1/2023")],
     ["Happy Hearts Child Care"]),

    ("hello my name is Huong, I bring my son Minh to clinic last week for his ears, doctor give him drops. he still has pain. phone (626) 555-0144. thank you",
     [("name", "Huong"), ("name", "Minh"), ("phone", "(626) 555-0144")],
     []),

    ("we were at the splash pad and DD (Addison, 6) slipped and cut her chin. stopped bleeding with pressure, about 1 cm. does she need stitches or glue? we're 5 min from home, 2917 Cottonwood Trl",
     [("name", "Addison"), ("address", "2917 Cottonwood Trl")],
     []),

    ("Medicaid ID 523108847 for DS Josiah (age 3). He's due for his 3 year shots but we missed the appointment at Family First Pediatrics. Do we start over?",
     [("id_number", "523108847"), ("name", "Josiah")],
     ["Family First Pediatrics"]),

    ("My baby Arjun is 6 months, my MIL keeps giving him honey water for cough. I told her no. Can you confirm so she'll listen? Her name is Savita, she's on WhatsApp +91 99200 11223",
     [("name", "Arjun"), ("name", "Savita"), ("phone", "+91 99200 11223")],
     []),

    ("DD's tonsils are HUGE and she snores and stops breathing. she's 5. ENT Dr. Gutierrez wants to take them out. my husband Rafael is nervous about anesthesia. any stats?",
     [("name", "Gutierrez"), ("name", "Rafael")],
     []),

    ("Toddler threw up in the car seat on the way to Grandma Joyce's house, now fine and asking for crackers. 2 1/2 yo. just carsick?",
     [("name", "Joyce")],
     []),

    ("I'm Dr. Ellis's patient (Jenna Morales, born 9/14/1992). Had my baby 6 weeks ago and my incision from the C-section is red on one side. My cell 480-555-0102.",
     [("name", "Ellis"), ("name", "Jenna Morales"), ("date_of_birth", "9/14/1992"), ("phone", "480-555-0102")],
     []),

    ("Teen DD (Kennedy, 16) tried vaping at a party and now coughing. She goes to Westlake High. Can I get her tested for lung damage? My email is mom.of.kennedy@gmail.com",
     [("name", "Kennedy"), ("email", "mom.of.kennedy@gmail.com")],
     ["Westlake High"]),

    ("hey doc, DS Maximilian (Max) is 4, he stuck a bead up his nose. I can see it. tried the mother's kiss thing. not working. should I take him in? -Anja",
     [("name", "Maximilian"), ("name", "Max", 2), ("name", "Anja")],
     []),

    ("Our pediatrician (Dr. Sarah Bloom) retired and the new one wants 4 kids' records transferred. Names: Eli, Ruby, June, and Theo Hartman. Member ID for all: AET 8831022-04.",
     [("name", "Sarah Bloom"), ("name", "Eli"), ("name", "Ruby"), ("name", "June"), ("name", "Theo Hartman"), ("id_number", "AET 8831022-04")],
     []),

    ("My husband is in the car outside (grey Camry, plate BKR 2107) with DS who has a 104 fever. should we come in or go to urgent care, we're confused which one",
     [("licence_plate", "BKR 2107")],
     []),

    ("Hi, my 7 yo son Mohammed has a rash that looks like a target on his leg after camping in Connecticut. Dr. Hassan is out. Please call 203-555-0196 or email m.alsayed.family@gmail.com",
     [("name", "Mohammed"), ("name", "Hassan"), ("phone", "203-555-0196"), ("email", "m.alsayed.family@gmail.com")],
     []),

    ("DD Nevaeh, 3, bit by the neighbor's dog on her arm. puncture wounds, not deep. The dog's owner Mr. Hollis says shots are up to date. do we need anything?",
     [("name", "Nevaeh"), ("name", "Hollis")],
     []),

    ("im 19, college freshman, and I think I have mono. I can barely stay awake. campus clinic needs my student ID 900231455. what tests should I ask for",
     [("id_number", "900231455")],
     []),

    ("My friend Oksana from church said her baby had the same thing - little white bumps on the nose. DD is 2 weeks (born 01/28/2024). Milia?",
     [("name", "Oksana"), ("date_of_birth", "01/28/2024")],
     []),

    ("hi, i'm a stay at home dad (Greg) and DS Beckett (3) is refusing to poop on the potty and holding it for days. email greg.t.harlow@gmail.com. thanks",
     [("name", "Greg"), ("name", "Beckett"), ("email", "greg.t.harlow@gmail.com")],
     []),

    ("My ex has our daughter this weekend and says she's been coughing nonstop. I want a doctor to see her. Her name is Ariana Lopez, she's 6, DOB 05-17-2017, and our custody paperwork lists me as medical contact. I'm at 11 Winding Creek Rd.",
     [("name", "Ariana Lopez"), ("date_of_birth", "05-17-2017"), ("address", "11 Winding Creek Rd")],
     []),

    ("Hi! DS Kenji is 10 mo and still not sitting unassisted. my mom friend group on FB (facebook.com/groups/planomommas) says wait but I'm worried. his pedi is Dr. Watanabe",
     [("name", "Kenji"), ("url", "facebook.com/groups/planomommas"), ("name", "Watanabe")],
     []),

    ("Hello, my son Ibrahim (13) has type 1 diabetes and his Dexcom keeps showing lows at night around 65. His endo Dr. Shapiro is hard to reach. Please call mom at 248-555-0121.",
     [("name", "Ibrahim"), ("name", "Shapiro"), ("phone", "248-555-0121")],
     []),

    ("I'm a school nurse at Pinecrest Elementary and one of our 2nd graders, Destiny, has head lice for the 3rd time. Her mom asked me to ask — is there a prescription option?",
     [("name", "Destiny")],
     ["Pinecrest Elementary"]),

    ("hi!! 1st time mom, baby Aurora is 3 days old and hasn't pooped since the hospital. feeding every 2-3 hrs. you can text me at (317) 555-0161. my partner Devon says don't worry",
     [("name", "Aurora"), ("phone", "(317) 555-0161"), ("name", "Devon")],
     []),

    ("I need a refill on my son's EpiPens, he's 12, name Nikolai Ivanov. Pharmacy is CVS on Broad. His Tricare sponsor SSN is 532-11-4680 (his dad's).",
     [("name", "Nikolai Ivanov"), ("id_number", "532-11-4680")],
     []),

    ("DS has a weird red streak going up from a splinter on his hand. he's 8. I'm gonna take him in but wanted to ask first. Dad is Antoine, 504-555-0189",
     [("name", "Antoine"), ("phone", "504-555-0189")],
     []),

    ("LO, 13 mo, is allergic to eggs per allergist Dr. Banerjee. Can she have the flu shot? We live at 740 Magnolia Ave, Apt 3C if you need for records",
     [("name", "Banerjee"), ("address", "740 Magnolia Ave, Apt 3C")],
     []),

    ("My 5 y/o Kaylee woke up with a swollen eyelid, red and warm. her daycare teacher said there's pinkeye going around at Sunny Days Learning Center. Kaylee's DOB is Sept 3 2018.",
     [("name", "Kaylee"), ("date_of_birth", "Sept 3 2018")],
     ["Sunny Days Learning Center"]),

    ("Hi it's Precious (precious.mokoena@outlook.com). My son Thabo is 10 and gets a tight chest running at PE. Coach says he's out of shape. We just moved from Johannesburg, my SA number +27 82 555 0143",
     [("name", "Precious"), ("email", "precious.mokoena@outlook.com"), ("name", "Thabo"), ("phone", "+27 82 555 0143")],
     []),

    ("my twins Leo and Luca are 18 months and one of them (Luca) keeps walking on his toes. Leo doesn't. Should I be concerned? Our PT friend Dana says maybe",
     [("name", "Leo"), ("name", "Luca"), ("name", "Dana")],
     []),

    ("Claim ID 0097-4452-881 got denied for DD's speech evaluation. She's 3. Can the pediatrician resubmit with a different code? Thank you, Mrs. Kowalski",
     [("id_number", "0097-4452-881"), ("name", "Kowalski")],
     []),

    ("hi, DS Ayaan (4) has had a fever on and off for 6 days, red eyes, red cracked lips, and his hands are swollen. The ped at Northwood Kids Clinic mentioned Kawasaki. Our number 630-555-0117",
     [("name", "Ayaan"), ("phone", "630-555-0117")],
     ["Northwood Kids Clinic"]),

    ("my handle is @dadjokes_and_diapers on twitter if anyone wants to DM. DD (2) has a diaper rash that's bright red with little dots around the edges. Desitin isn't working.",
     [("handle", "@dadjokes_and_diapers")],
     []),

    ("Patient: Beatriz Souza, DOB 03/11/1990, member ID 7781-00234-BR. I'm 12 weeks pregnant and my dentist wants to do an X-ray. Safe?",
     [("name", "Beatriz Souza"), ("date_of_birth", "03/11/1990"), ("id_number", "7781-00234-BR")],
     []),

    ("The mom blog I follow (www.crunchymamachronicles.com) says skip vit K shot. Baby is due in 3 weeks. My midwife Heather says get it. Who's right?",
     [("url", "www.crunchymamachronicles.com"), ("name", "Heather")],
     []),

    ("My son's scout leader, Mr. Okoye, said Tobias got a tick bite at camp last weekend. Tobias is 10. The tick was attached maybe a day. Anything to do?",
     [("name", "Okoye"), ("name", "Tobias")],
     []),

    ("sorry if wrong place. DD (11) got her ears pierced at Claire's 2 wks ago and one is crusty and swollen. I'm Lacey, text 316-555-0150",
     [("name", "Lacey"), ("phone", "316-555-0150")],
     []),

    ("2 yo DS, Muhammad Ali (yes like the boxer lol), has been limping since yesterday, no fall that I saw. no fever. we live at 95 Prospect Pl, Brooklyn.",
     [("name", "Muhammad Ali"), ("address", "95 Prospect Pl")],
     []),

    ("my little guy Rowan is 5 weeks and cries 4+ hrs every evening. tried gripe water. My sister in law who is a nurse (Bridget) thinks colic. Member ID BCX 440 982 116 if we need a visit",
     [("name", "Rowan"), ("name", "Bridget"), ("id_number", "BCX 440 982 116")],
     []),

    ("I'm writing for my grandson Ángel, 9, who lives with me at 4020 Calle Sol, El Paso. He has asthma and uses the brown and blue inhalers. He ran out of the brown one.",
     [("name", "Ángel"), ("address", "4020 Calle Sol")],
     []),

    ("our nanny, Rosalind, noticed DS (15 mo) has a flat pink patch on the back of his neck that gets redder when he cries. stork bite? she's worried. Rosalind's cell 347-555-0133",
     [("name", "Rosalind"), ("phone", "347-555-0133")],
     []),

    ("i'm 14 and my mom doesn't know i'm asking. i cut my arm a few times last month, it's healed but i feel like doing it again. my snap is @k.a.y.l.a_xo. please don't tell my school",
     [("handle", "@k.a.y.l.a_xo")],
     []),

    ("Hi, DS Sebastián (10 months) had his first taste of peanut butter and got 3 hives around his mouth, gone in 30 min. Pediatrician Dr. Villanueva's line is busy. Can we keep trying?",
     [("name", "Sebastián"), ("name", "Villanueva")],
     []),

    ("Found my teen's tracking app showing she was at an address I don't know (318 Linden Ct) at 2am and now she's sick and won't talk. She's 15. Name's Madison. Could she have taken something?",
     [("address", "318 Linden Ct"), ("name", "Madison")],
     []),

    ("my newborn's hospital bracelet says MRN 2024-118-5532. She is 4 days old and the hospital called saying her newborn screen needs a repeat. Is that bad? Her name is Penelope.",
     [("id_number", "2024-118-5532"), ("name", "Penelope")],
     []),

    ("School called, DS (Zion, 7) fell on the playground at Greenbrier Elementary and his 2 front teeth are loose. Dentist is Dr. Mahmoud, can't reach. Mom: Tiana 919-555-0125",
     [("name", "Zion"), ("name", "Mahmoud"), ("name", "Tiana"), ("phone", "919-555-0125")],
     ["Greenbrier Elementary"]),

    ("Hey, Cody here (codyw_1990@gmail.com). I'm 34, got my first kidney stone last month. Passed it. How do I not get another one? I drink a lot of Mountain Dew lol",
     [("name", "Cody"), ("email", "codyw_1990@gmail.com")],
     []),

    ("We adopted DD from Ethiopia, her paperwork says born 1 January 2019 but the doctor thinks she's older. Her name is Selam. Can a bone age xray tell?",
     [("date_of_birth", "1 January 2019"), ("name", "Selam")],
     []),

    ("Please call me about my son, Connor McAllister, DOB 12/12/2012. He's been cleared from his concussion by Dr. Huang but still has headaches reading. 801-555-0170.",
     [("name", "Connor McAllister"), ("date_of_birth", "12/12/2012"), ("name", "Huang"), ("phone", "801-555-0170")],
     []),

    ("my hubby drove DD to the urgent care in his truck (plate 3MKV 882, Illinois) and forgot her insurance card. Can I read the member ID over the phone? It's 66B2104883.",
     [("licence_plate", "3MKV 882"), ("id_number", "66B2104883")],
     []),

    ("Hi this is Nadia, DS Karim is 6 and has had a cold for a week and now his eye is goopy. We're at 52 Elmhurst Ave. Is this pink eye from the cold?",
     [("name", "Nadia"), ("name", "Karim"), ("address", "52 Elmhurst Ave")],
     []),

    ("Pediatric dentist (Dr. Ortega at Little Smiles Dental) said DD (4) needs 3 crowns under sedation. that seems like a lot?? our insurance ID is DLT-90021-6674.",
     [("name", "Ortega"), ("id_number", "DLT-90021-6674")],
     ["Little Smiles Dental"]),

    ("DS is 3 mo, my husband Chinedu thinks his head is too big. pediatrician measured 98th percentile. Chinedu's dad has a big head too lol. Worry?",
     [("name", "Chinedu")],
     []),

    ("Text me at 1-800-555-0134 ext 2 (my work line) about DD's strep results please. Her name is Gianna and she's 8.",
     [("phone", "1-800-555-0134"), ("name", "Gianna")],
     []),

    ("my son's girlfriend's mom Patrice called me saying my son (17) was drinking at their house and threw up a lot. He's sleeping now and breathing normal. Should I wake him?",
     [("name", "Patrice")],
     []),

    ("hi, our preemie (born at 31 wks, DOB 8/30/2023) is being followed by Dr. Yamamoto for ROP. next eye check is in 2 wks. Can we fly to see grandma in Denver before that? -Kira",
     [("date_of_birth", "8/30/2023"), ("name", "Yamamoto"), ("name", "Kira")],
     []),

    ("Need help reading my daughter's lab report. Patient name Imogen Clarke, NHS no. 943 476 5919. Her ferritin is 8. She's 15 and vegetarian.",
     [("name", "Imogen Clarke"), ("id_number", "943 476 5919")],
     []),

    ("ok my neighbor's kid (Brody, 5) was playing in our yard and ate a mushroom. his mom Amber is freaking out. he seems fine. who do we call? we're at 1209 Hawthorne Ln",
     [("name", "Brody"), ("name", "Amber"), ("address", "1209 Hawthorne Ln")],
     []),

    ("my tiktok is tiktok.com/@nicu_mom_journey where I posted my son's breathing. He's 2 mo, ex-preemie. He grunts when he sleeps. Is that normal?",
     [("url", "tiktok.com/@nicu_mom_journey")],
     []),
]
