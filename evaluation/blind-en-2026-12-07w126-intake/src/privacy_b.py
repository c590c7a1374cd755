# Hand-written privacy items, part B: ordinary adults (and a few more teens), with identifiers.

ITEMS = [
    ("Got the parking permit for my chemo days, tag is 5DKJ882 on a blue Outback. My name is Harold Beasley. Is there a way to get the disabled placard through you guys?",
     [("licence_plate", "5DKJ882"), ("name", "Harold Beasley")], []),

    ("my dad drives me to physio tues and thurs, can u put his plate on the list so security lets us park near the door? its 6WQN 391. im 17 and on crutches",
     [("licence_plate", "6WQN 391")], []),

    ("The woman who ran the red and hit me was in a white van, reg YD19 KLM. I'm 42, my shoulder's been killing me since and I can't lift my arm above my head.",
     [("licence_plate", "YD19 KLM")], []),

    ("I'm 19 and just got my license. Someone backed into me in the Walmart lot, their plate was BHX 2093, and the seatbelt gave me a huge bruise across my chest. Hurts to cough. Do I need an xray?",
     [("licence_plate", "BHX 2093")], []),

    ("Hello, my mother Eleanor Whitcombe, b. 12/25/1951, is on warfarin and her INR came back 4.2 today. The anticoag nurse, Bernadette, said hold one dose. Is that enough?",
     [("name", "Eleanor Whitcombe"), ("date_of_birth", "12/25/1951"), ("name", "Bernadette")], []),

    ("My husband Rajesh has had heartburn every night for 3 months. He's 54 and takes omeprazole 20 mg. You can reach us at +91 98765 43210 or rajesh.kumar.blr@gmail.com",
     [("name", "Rajesh"), ("phone", "+91 98765 43210"), ("email", "rajesh.kumar.blr@gmail.com")], []),

    ("Hi, I'm a 38 y/o male, MRN 00493821 at your hospital. I had my gallbladder out on the 3rd and the incision is oozing a bit of clear fluid. Normal?",
     [("id_number", "00493821")], []),

    ("My name is Guillermo Ortega Ruiz, I work nights at the Tyson plant in Noel. My hand swelled up after a cut from the line, it's red up to my wrist. My employee ID is E-40921 for the workers comp.",
     [("name", "Guillermo Ortega Ruiz"), ("id_number", "E-40921")], ["Tyson plant in Noel"]),

    ("I'm 29, pregnant with my 2nd, 24 weeks. My OB Dr. Lindqvist says my sugar test was borderline. What should I eat? - Hannah, 14 Wren Close, Bicester OX26 2HF",
     [("name", "Lindqvist"), ("name", "Hannah"), ("address", "14 Wren Close, Bicester OX26 2HF")], []),

    ("Could someone look at my claim? The ER bill says claim no. 88-2241-7 was denied because they say my colonoscopy was 'diagnostic'. I'm 51. Also still bloated since.",
     [("id_number", "88-2241-7")], []),

    ("Hi doc, my wife Ngozi had a stroke in March and is doing rehab. She's 63. Her SSN is 412-66-9081 if the insurance form needs it. She still can't lift her right arm well.",
     [("name", "Ngozi"), ("id_number", "412-66-9081")], []),

    ("I'm 45 and a teacher at Brookside Elementary. I've lost my voice 3 times this semester and it's hoarse most afternoons. My name's Colleen Mahoney. Should I see ENT?",
     [("name", "Colleen Mahoney")], ["Brookside Elementary"]),

    ("Question for the doctor: my dad Arturo, 77, keeps falling at home. He lives alone at 2417 Calle Sonora, Tucson AZ 85711. He won't use his walker. What tests should he get?",
     [("name", "Arturo"), ("address", "2417 Calle Sonora, Tucson AZ 85711")], []),

    ("i'm 32F, my date of birth is 14 January 1993 for the record. Fingers go white then blue when cold. My sister Freya has the same. Raynaud's?",
     [("date_of_birth", "14 January 1993"), ("name", "Freya")], []),

    ("Hello, I am Thi Huong, 58. My blood pressure at home is 160/95. My daughter Linh says I should change my medicine. Please call 0913 456 789.",
     [("name", "Thi Huong"), ("name", "Linh"), ("phone", "0913 456 789")], []),

    ("My partner Alessandro (41) snores so loud and stops breathing at night. He works at Ferrante & Sons Roofing so he's always exhausted on the roof which scares me.",
     [("name", "Alessandro")], ["Ferrante & Sons Roofing"]),

    ("I'm 66 and my Medicare number is 1EG4-TE5-MK73. I want the new RSV vaccine and the shingles one. Can I get both same day?",
     [("id_number", "1EG4-TE5-MK73")], []),

    ("Hi, it's Dolores from 9 Sycamore Lane. My grandson Luca, 4, swallowed a penny yesterday. He's eating and pooping normally. Do I need to do anything?",
     [("name", "Dolores"), ("address", "9 Sycamore Lane"), ("name", "Luca")], []),

    ("Sending on behalf of my mum Margaret O'Sullivan, NHS no. 401 023 2137. She's 84 and her ankles are swollen up like balloons the last week. Her GP is Dr. Fitzgerald.",
     [("name", "Margaret O'Sullivan"), ("id_number", "401 023 2137"), ("name", "Fitzgerald")], []),

    ("I'm 27, work as a barista at Grindhouse Coffee on 5th. I have tennis elbow from the espresso machine I think. Name's Darnell. Text me at 646-555-0133",
     [("name", "Darnell"), ("phone", "646-555-0133")], ["Grindhouse Coffee on 5th"]),

    ("My linkedin is linkedin.com/in/nadia-haddad-rn so you can see I'm a nurse. My question is about my own palpitations, I'm 36. Skipped beats mostly after coffee.",
     [("url", "linkedin.com/in/nadia-haddad-rn")], []),

    ("My wife Keiko, 71, has Parkinson's. Her hands shake more since the Sinemet dose was lowered. Our address is 3-14 Midori-cho, Apt 502, and my number is 090-8765-4321.",
     [("name", "Keiko"), ("address", "3-14 Midori-cho, Apt 502"), ("phone", "090-8765-4321")], []),

    ("Hey, Jake here, 24. Got bit by my buddy Sully's dog at a barbecue, broke the skin on my calf. Dog's vaccinated. Do I need a tetanus shot?",
     [("name", "Jake"), ("name", "Sully")], []),

    ("hi I'm Ana Lúcia, 35, from Recife, living in Lisbon now. My thyroid TSH is 7.2. My documento number is 15428837 for the appointment. Is levotiroxina needed?",
     [("name", "Ana Lúcia"), ("id_number", "15428837")], []),

    ("I'm writing about my brother Tomasz Kowalczyk, DOB 05.11.1980. He drinks heavily and his eyes have turned yellow. He won't come in. How worried should we be?",
     [("name", "Tomasz Kowalczyk"), ("date_of_birth", "05.11.1980")], []),

    ("Hi it's Pastor Gideon. One of our elderly members, Mrs. Abernathy, 88, has a wound on her shin that won't heal. Can we bring her? My email is gideon@gracefellowshipchurch.org",
     [("name", "Gideon"), ("name", "Abernathy"), ("email", "gideon@gracefellowshipchurch.org")], []),

    ("i'm 23, my patreon patreon.com/inkbyzara has my tattoo work and i think i'm allergic to the red ink on my own arm now. raised and itchy only in the red parts",
     [("url", "patreon.com/inkbyzara")], []),

    ("My son Declan, 8, got a rash after amoxicillin. Pediatrician at Little Sprouts Pediatrics says it's not an allergy but I'm not sure. My number is 617-555-0110.",
     [("name", "Declan"), ("phone", "617-555-0110")], ["Little Sprouts Pediatrics"]),

    ("Hi, my name is Wanjiru. I'm 31 and my hair is falling out in clumps since I had my baby in October. Please reply to wanjiru.kamau@yahoo.co.ke",
     [("name", "Wanjiru"), ("email", "wanjiru.kamau@yahoo.co.ke")], []),

    ("my handle on twitter is @diabeticdan_t1 and I post my CGM graphs. I'm 40. Lows overnight almost every night since switching to Tresiba.",
     [("handle", "@diabeticdan_t1")], []),

    ("I need a sick note for my job at Hendricks Logistics. I'm 48, I hurt my back lifting boxes Monday. Policy number PN-7730192 with the company insurance. My supervisor Gary wants it by Friday.",
     [("id_number", "PN-7730192"), ("name", "Gary")], ["Hendricks Logistics"]),

    ("Good evening. My father Abdul-Rahim Siddiqui (born 1 July 1946) has dementia and stopped eating well. We live at 22 Victoria Road, Bradford BD8 9QL. What supplements can help?",
     [("name", "Abdul-Rahim Siddiqui"), ("date_of_birth", "1 July 1946"), ("address", "22 Victoria Road, Bradford BD8 9QL")], []),

    ("My daughter's pediatrician, Dr. Feinberg, is on leave. Penelope is 3 and has had a fever of 101 on and off for 4 days with a cough. Eating okay. Should she be seen?",
     [("name", "Feinberg"), ("name", "Penelope")], []),

    ("I'm 55 and I drive a truck for a living, CDL renewal needs my sleep study. Name is Earl Dupree, license number D512-7743-8812. Can you send results to my email earl.dupree55@gmail.com?",
     [("name", "Earl Dupree"), ("id_number", "D512-7743-8812"), ("email", "earl.dupree55@gmail.com")], []),

    ("hola, soy Marisol, 44 años. tengo dolor en el talón por la mañana, like stepping on glass. I work on my feet all day at the Dollar General. My cel 787-555-0193",
     [("name", "Marisol"), ("phone", "787-555-0193")], ["Dollar General"]),

    ("Hi, my partner Femi and I are trying for a baby. I'm 34, he's 37. It's been 14 months. Where do we start? Femi's email is femi.adeyemi@protonmail.com",
     [("name", "Femi"), ("email", "femi.adeyemi@protonmail.com")], []),

    ("my grandma (Nana Rose) is 90 and her toenails are so thick she can't cut them. we're at 61 Oakmont Circle if someone can come by? she doesn't drive",
     [("name", "Nana Rose"), ("address", "61 Oakmont Circle")], []),

    ("I'm 39. My Facebook is facebook.com/priya.venkatesh.39 if you want to see the pics of the rash I posted. It's on my palms and soles, started a week ago.",
     [("url", "facebook.com/priya.venkatesh.39")], []),

    ("Hi team, it's Connor from 4B. I'm 20, doing my apprenticeship at Halvorsen Electrical. Got a bit of a shock off a 240V outlet this morning, tingly arm still. Should I get an ECG? Mob 07825 441903",
     [("name", "Connor"), ("phone", "07825 441903")], ["Halvorsen Electrical"]),

    ("My son, Isaiah Brooks, date of birth 8/14/2012, needs his sports physical form signed for middle school football. Insurance member # KPH-0082716.",
     [("name", "Isaiah Brooks"), ("date_of_birth", "8/14/2012"), ("id_number", "KPH-0082716")], []),

    ("Hey, I'm Tariq. 26. Been getting sharp pain in my lower right back that comes in waves. Peeing a bit pink. My gym buddy Omar had kidney stones and says it sounds the same.",
     [("name", "Tariq"), ("name", "Omar")], []),

    ("Hello, this is about my husband Pieter van der Berg, 60. He's on metformin and his A1c is 7.9. Our address: Keizersgracht 214-II, Amsterdam. Should he add something?",
     [("name", "Pieter van der Berg"), ("address", "Keizersgracht 214-II, Amsterdam")], []),

    ("my onlyfans is for my art lol but anyway my real q: i'm 22 and i've had a cough for 6 weeks after covid. my insta is @cass.draws if you need to reach me",
     [("handle", "@cass.draws")], []),

    ("im 17 and my student id is 112-447-09 for the campus clinic. i think i sprained my wrist at cheer, my flyer Bella landed on it",
     [("id_number", "112-447-09"), ("name", "Bella")], []),

    ("hello doctor I'm Hamid, 52, taxi driver, my cab plate is T 648213C. My eyes are blurry at night driving. Diabetic 10 years.",
     [("name", "Hamid"), ("licence_plate", "T 648213C")], []),

    ("Hi, I'm Beatriz. I'm 30 and having my wedding in May. My period is due right then, can I skip it with my pill (Yaz)? Call me 11 98765-4321",
     [("name", "Beatriz"), ("phone", "11 98765-4321")], []),

    ("we're in room 3 of Maple Grove Assisted Living, my aunt Dorothy is 86. Her MRN from her last stay is 7734-221. She's had diarrhea for 5 days since the antibiotic.",
     [("name", "Dorothy"), ("id_number", "7734-221")], ["Maple Grove Assisted Living"]),

    ("My son Liam is 15 and got caught vaping at Kennedy High. The school wants a note from a doctor that he's in a cessation program. My email is k.obrien.home@gmail.com",
     [("name", "Liam"), ("email", "k.obrien.home@gmail.com")], ["Kennedy High"]),

    ("hi its Chloe, 16. my dob is 07/19/2008. i need my hpv shot booster and my mom said i can book it myself. also does it hurt lol",
     [("name", "Chloe"), ("date_of_birth", "07/19/2008")], []),

    ("My daughter Amara (14) got elbowed in the mouth at basketball and her front tooth is loose and a bit pushed back. Dentist is closed till Monday. We're at 77 Elmhurst Rd.",
     [("name", "Amara"), ("address", "77 Elmhurst Rd")], []),

    ("I'm Giovanni, 70. My prostate PSA went from 4.1 to 6.8 in a year. The urologist, Dr. Castellano, wants a biopsy. Is MRI first an option?",
     [("name", "Giovanni"), ("name", "Castellano")], []),

    ("i'm 18 and my discord is vibecheckvince if u need to ask follow ups. i took 2 of my friend's adderall for finals and my heart was racing for hours. its fine now. is that dangerous",
     [("handle", "vibecheckvince")], []),

    ("My twin boys Ravi and Arjun (17) both want to try creatine for cricket. Ravi has mild asthma. Is it safe for teens? Our number is 020 7946 0321.",
     [("name", "Ravi"), ("name", "Arjun"), ("phone", "020 7946 0321")], []),

    ("hi, Leah here. 19. I got the Nexplanon in at the campus clinic in August and I've been spotting nonstop. student # 300918254. is this gonna stop?",
     [("name", "Leah"), ("id_number", "300918254")], []),

    ("Our 16 y/o, Jonah, sprained his ankle at the Lincoln tournament. His DOB is Sept 9 2008 for the records. The urgent care gave an air cast. When can he play again?",
     [("name", "Jonah"), ("date_of_birth", "Sept 9 2008")], []),
]
