# Hand-written privacy items, South African writers, with identifiers (part A).
# Each item: (text, [(type, text) or (type, text, occurrence)], [quasi...])

ITEMS = [
    ("Eish doctor my name is Sipho Ndlovu, I have this rash on my arms since last week after using new washing powder. "
     "Clinic sister said come back if it spreads. My number is 072 418 3390 if you need to call.",
     [("name", "Sipho Ndlovu"), ("phone", "072 418 3390")], []),

    ("hi im Lerato from Tembisa. my gogo (Mmapula Mokoena) has sugar diabetes and her feet are swelling. "
     "her ID is 4703120456081 the clinic keeps asking for it. what can we do at home",
     [("name", "Lerato"), ("name", "Mmapula Mokoena"), ("id_number", "4703120456081")], []),

    ("Good day. I am writing on behalf of my husband Johan Botha, DOB 14/02/1968, Discovery medical aid no. 218845301. "
     "He has had a cough for 3 weeks and the GP gave antibiotics already. Should he go for an xray?",
     [("name", "Johan Botha"), ("date_of_birth", "14/02/1968"), ("id_number", "218845301")], []),

    ("Sawubona. Ngicela help. My son Lwazi is 6 and has worms I think, he scratches his bum at night. "
     "We stay at 1123 J Section, Umlazi. You can whatsapp me 0739012284",
     [("name", "Lwazi"), ("address", "1123 J Section, Umlazi"), ("phone", "0739012284")], []),

    ("ag man this toothache is killing me since Friday. Riaan van Wyk here, 34, working at the Sasol plant in Secunda. "
     "Email me riaanvw84@gmail.com please, I cant talk on the phone at work",
     [("name", "Riaan van Wyk"), ("email", "riaanvw84@gmail.com")], ["Sasol plant in Secunda"]),

    ("Please assist, my mother Nomvula Dlamini born 03 March 1955 was given new BP pills (amlodipine) and her ankles are fat now. "
     "Her GEMS number is 0091 2245 6. Contact me Thandeka on +27 83 551 2047",
     [("name", "Nomvula Dlamini"), ("date_of_birth", "03 March 1955"), ("id_number", "0091 2245 6"),
      ("name", "Thandeka"), ("phone", "+27 83 551 2047")], []),

    ("Hi, Karabo here. My car was hit at Bara taxi rank and now my neck is stiff, its been 2 days. The taxi reg was FX 38 KL GP "
     "if that matters for the claim. My claim number with RAF is 4410-2231-09",
     [("name", "Karabo"), ("licence_plate", "FX 38 KL GP"), ("id_number", "4410-2231-09")], []),

    ("my name is Tumelo Mofokeng and im 19, i have a lump behind my ear that hurts when i touch. "
     "im a student at TUT, student number 219034775. pls dont call my home number, use 0614482016",
     [("name", "Tumelo Mofokeng"), ("id_number", "219034775"), ("phone", "0614482016")], ["TUT"]),

    ("Molo. Ndingu Nosipho Mqhayi. My baby is 4 months and has a runny nose and is not drinking the bottle nicely. "
     "We live at 56 Ntlazane Street, Site C, Khayelitsha. Phone 021 361 0947",
     [("name", "Nosipho Mqhayi"), ("address", "56 Ntlazane Street, Site C, Khayelitsha"), ("phone", "021 361 0947")], []),

    ("Dear doc, I (Marietjie Kruger) have been getting hot flushes and cant sleep, I am 51. Dr Pretorius at the Mediclinic "
     "said it is menopause but the pills make me nauseous. marietjie.kruger@telkomsa.net",
     [("name", "Marietjie Kruger"), ("name", "Pretorius"), ("email", "marietjie.kruger@telkomsa.net")], []),

    ("my bru Xolani fell off his bike yesterday and his wrist is swollen like a tennis ball, he can still move fingers a bit. "
     "He doesnt have medical aid. Should we go to Bara or just wait? Im Siya, 076 330 1185",
     [("name", "Xolani"), ("name", "Siya"), ("phone", "076 330 1185")], []),

    ("Good evening. Patient: Pravesh Naidoo, ID 7809155187083, Bonitas member 301447725. He is diabetic type 2 and his sugar "
     "readings are 14-16 in the mornings even on metformin 1000mg. Please advise. Wife - Kamini.",
     [("name", "Pravesh Naidoo"), ("id_number", "7809155187083"), ("id_number", "301447725"), ("name", "Kamini")], []),

    ("Shame my sisi Palesa is struggling with period pain so bad she misses school at Lekoa Shandu Secondary. she is 15. "
     "Mom is Mamello, cell 082 907 6613",
     [("name", "Palesa"), ("name", "Mamello"), ("phone", "082 907 6613")], ["Lekoa Shandu Secondary"]),

    ("Hello, I stay at Stand 2341, Zone 5, Ga-Rankuwa. my uncle Boitumelo has a wound on his foot that is not closing for a month now, "
     "he is sugar patient. The nearest clinic is closed on weekends",
     [("address", "Stand 2341, Zone 5, Ga-Rankuwa"), ("name", "Boitumelo")], []),

    ("hey can someone help, I'm Ayanda (@ayanda_fitqueen on insta) and I get heart palpitations after my pre workout. "
     "Is that normal? 24 years",
     [("name", "Ayanda"), ("handle", "@ayanda_fitqueen")], []),

    ("Asseblief, my dogter Annelie (8) het n vreeslike hoes. sorry English - my daughter has had a bad cough for 10 days, worse at night. "
     "We are in Bloemfontein, 23 Kerk Street, Brandwag. Pieter du Toit 051 444 7812",
     [("name", "Annelie"), ("address", "23 Kerk Street, Brandwag"), ("name", "Pieter du Toit"), ("phone", "051 444 7812")], []),

    ("I'm Mashudu Netshitenzhe, born 1990/07/22. I have been getting headaches behind my eyes every afternoon for two weeks. "
     "I do a lot of screen work at the municipality. Polmed no 66120984",
     [("name", "Mashudu Netshitenzhe"), ("date_of_birth", "1990/07/22"), ("id_number", "66120984")], ["the municipality"]),

    ("ngiyabingelela. gogo wami, MaZulu, is 82 and she is forgetting things, last week she left the stove on. "
     "The family wants to know if it is dementia. My name is Sibusiso, sibusiso.zulu77@yahoo.com",
     [("name", "MaZulu"), ("name", "Sibusiso"), ("email", "sibusiso.zulu77@yahoo.com")], []),

    ("Hi there, Shireen Adams from Mitchells Plain. My son Ebrahim is 12 and gets nosebleeds almost every day in winter. "
     "Our address is 14 Tulip Crescent, Lentegeur. landline 021 392 5508",
     [("name", "Shireen Adams"), ("name", "Ebrahim"), ("address", "14 Tulip Crescent, Lentegeur"), ("phone", "021 392 5508")], []),

    ("eish my tummy runs every time i eat amasi lately. Im Teboho Letsie, 27. i work as a cashier at the Shoprite in Maseru Bridge side, "
     "cant always run to the loo. ID 9705116088086",
     [("name", "Teboho Letsie"), ("id_number", "9705116088086")], ["Shoprite in Maseru Bridge side"]),

    ("My husband Kagiso drives for Uber (his car is HJK 482 NW) and sits 12 hours a day. Now his lower back pain goes down his leg. "
     "He is 41. Reach us on 071-556-2093",
     [("name", "Kagiso"), ("licence_plate", "HJK 482 NW"), ("phone", "071-556-2093")], []),

    ("Good day, I want to ask about my pap smear result, it said ASC-US. Dr Moodley said repeat in 6 months but im scared. "
     "I am Priya, 33. My file number at the clinic is KZN-PHC-0043219",
     [("name", "Moodley"), ("name", "Priya"), ("id_number", "KZN-PHC-0043219")], []),

    ("hallo dokter, my name is Hendrik Smit, my date of birth is 1 September 1959 and my prostate PSA came back 6.2. "
     "They want a biopsy. Is that really necessary? h.smit@vodamail.co.za",
     [("name", "Hendrik Smit"), ("date_of_birth", "1 September 1959"), ("email", "h.smit@vodamail.co.za")], []),

    ("Please help my friend Zanele, she is 28 weeks pregnant and her feet and hands are swollen but BP at clinic was ok yesterday. "
     "She lives at house 7782, Extension 9, Orange Farm. my cell is 0798843021 (Nandi)",
     [("name", "Zanele"), ("address", "house 7782, Extension 9, Orange Farm"), ("phone", "0798843021"), ("name", "Nandi")], []),

    ("im tired of this acne man. im Lethabo, 17, grade 11 at Hoërskool Waterkloof. my tiktok is tiktok.com/@lethabo.glow if you want to see pics",
     [("name", "Lethabo"), ("url", "tiktok.com/@lethabo.glow")], ["Hoërskool Waterkloof"]),

    ("Mkhulu Themba is 76 and coughing blood a little bit in the mornings, he smoked for 50 years. He went to clinic and they took sputum for TB. "
     "We are waiting. I'm his grandson Sandile - 0836612240",
     [("name", "Themba"), ("name", "Sandile"), ("phone", "0836612240")], []),

    ("hi doc its Tshepo. sorry to bother. my girlfriend Refilwe has a burning when she pees and she is shy to ask. "
     "she is 22. you can dm me on twitter @tshepo_sa_ if easier",
     [("name", "Tshepo"), ("name", "Refilwe"), ("handle", "@tshepo_sa_")], []),

    ("Good afternoon. I am Nokuthula Mahlangu, ID number 8311250398089, medical aid Momentum Health member no. 905513827. "
     "I want to know if my thyroid results are normal: TSH 0.2, T4 high. Dr Khumalo is on leave.",
     [("name", "Nokuthula Mahlangu"), ("id_number", "8311250398089"), ("id_number", "905513827"), ("name", "Khumalo")], []),

    ("My neighbour's kid bit my daughter Jessica at creche and broke the skin. She is 3. Do we need a tetanus or rabies or anything?? "
     "We are at 9 Protea Road, Kenridge, Durbanville. Chantelle 082 330 7714",
     [("name", "Jessica"), ("address", "9 Protea Road, Kenridge, Durbanville"), ("name", "Chantelle"), ("phone", "082 330 7714")], []),

    ("Tendai here, Zimbabwean working in Joburg, no SA ID only passport FN448120. I have had a dry cough and night sweats for 3 weeks. "
     "Clinic said I need to bring documents. Where can I test for TB?",
     [("name", "Tendai"), ("id_number", "FN448120")], []),

    ("Ngiyacela, my brother Mandla Shabalala hurt his knee playing soccer, it clicks and gives way. Hes 23. "
     "His address: 16 Mthembu Road, Section 2, Madadeni. number 034 329 1187",
     [("name", "Mandla Shabalala"), ("address", "16 Mthembu Road, Section 2, Madadeni"), ("phone", "034 329 1187")], []),

    ("Hi, my sister Busisiwe's baby (born 12/11/2023) has a flat spot on the back of the head. Is that a problem? "
     "She doesnt have data so reply to me, Nonhlanhla - nonhlanhla.busi@outlook.com",
     [("name", "Busisiwe"), ("date_of_birth", "12/11/2023"), ("name", "Nonhlanhla"),
      ("email", "nonhlanhla.busi@outlook.com")], []),

    ("hello im Onalenna, 30, female. ive been trying to fall pregnant for 2 years. my hubby Kabelo says its my fault but i want tests for both of us. "
     "Mafikeng side. cell +27 64 802 1175",
     [("name", "Onalenna"), ("name", "Kabelo"), ("phone", "+27 64 802 1175")], []),

    ("Doctor I have piles I think, bleeding a little on the tissue. My name is Jan-Hendrik Venter, im 45, Medshield number MS0077612. "
     "Please send info to jhventer@mweb.co.za dont phone",
     [("name", "Jan-Hendrik Venter"), ("id_number", "MS0077612"), ("email", "jhventer@mweb.co.za")], []),

    ("my son Kamogelo (DOB 2017-05-09) keeps getting ear infections, this is the 4th time this year. The doctor at Jubilee mentioned grommets. "
     "What are those? - Dikeledi, 076 912 4450",
     [("name", "Kamogelo"), ("date_of_birth", "2017-05-09"), ("name", "Dikeledi"), ("phone", "076 912 4450")], []),

    ("Hi I'm Ntombi. My mother-in-law MaNgcobo went to the sangoma and drank some muti for her stomach and now she has a runny tummy for 3 days. "
     "She is 67. We stay at 4421 Unit 3, Mpumalanga Township, Hammarsdale.",
     [("name", "Ntombi"), ("name", "MaNgcobo"), ("address", "4421 Unit 3, Mpumalanga Township, Hammarsdale")], []),

    ("evening doc, Rudzani here from Thohoyandou. my eyes itch and water every spring. i use allergex but it makes me sleepy at work "
     "(im a teacher at Mbilwi Secondary). email rudzani.m@gmail.com",
     [("name", "Rudzani"), ("email", "rudzani.m@gmail.com")], ["Mbilwi Secondary"]),

    ("My daughter Hlulani got bitten by dogs at the taxi rank in Giyani last week. They cleaned it at the clinic and gave a rabies injection. "
     "Now one bite is red and hot. She is 14. Ma Tsakani 0827730921",
     [("name", "Hlulani"), ("name", "Tsakani"), ("phone", "0827730921")], []),

    ("Gooie more. I'm Elsabe Coetzee. I have a sore shoulder for 4 months and cant lift my arm to hang washing. "
     "Gems Emerald no. 0094471203. Address Plot 42, Kameeldrift East, Pretoria.",
     [("name", "Elsabe Coetzee"), ("id_number", "0094471203"), ("address", "Plot 42, Kameeldrift East, Pretoria")], []),

    ("hey im Sizwe, 29. The sister at the clinic said my blood pressure is 150/95 and gave me pills but i feel fine so do i really need them?? "
     "sizwe.khoza@webmail.co.za or 0659930122",
     [("name", "Sizwe"), ("email", "sizwe.khoza@webmail.co.za"), ("phone", "0659930122")], []),
]
