# Privacy items with identifiers - northern, Indigenous and remote-community writers. Written by hand.

ITEMS = [
    ("Hi my name is Akinisie Qumaluk from Puvirnituq, my baby girl Sarah is 4 months and coughing a lot, the nursing station said maybe RSV and to watch her. Can you call 819-555-0131 if there is something else I should do",
     [("name", "Akinisie Qumaluk"), ("name", "Sarah"), ("phone", "819-555-0131")], []),

    ("I'm in Iqaluit, my Nunavut health card # is 100234567. I was medevaced to Ottawa last month for my gallbladder and now they want me back down for surgery. Who pays for my escort? -Pauloosie",
     [("id_number", "100234567"), ("name", "Pauloosie")], []),

    ("my status card number is 2120034567, pharmacy says NIHB won't cover my Ozempic without a special form. I'm from Mistissini. email joanne.neeposh@gmail.com",
     [("id_number", "2120034567"), ("email", "joanne.neeposh@gmail.com")], []),

    ("House 237, Kangiqsujuaq. My grandmother Elisapie is 79, she gets out of breath walking to the Co-op but is ok sitting. Nurse comes Thursday. Should we ask for oxygen?",
     [("address", "House 237, Kangiqsujuaq"), ("name", "Elisapie")], []),

    ("Wachiya, I'm Wapun from Chisasibi, my son Daniel Pepabano has eczema all over his legs, the CHR gave a cream but no change after 3 weeks. You can call me 819-555-0150",
     [("name", "Wapun"), ("name", "Daniel Pepabano"), ("phone", "819-555-0150")], []),

    ("I live in Fort Good Hope, NWT health care number N0482213. The optometrist only flies in twice a year and I missed him in March. My glasses broke. Options?",
     [("id_number", "N0482213")], []),

    ("my cousin Tanya posts her sugar numbers on facebook.com/tanya.kakegamic.3 and she's like 22 every morning. She's in Sandy Lake and won't go see the nurse. How do I talk to her?",
     [("name", "Tanya"), ("url", "facebook.com/tanya.kakegamic.3")], []),

    ("Ullaakkut. Mary Nakashuk, born July 2 1971, Pangnirtung. My Pap came back abnormal and they want me to fly to Iqaluit for a colposcopy. Can it wait till after spring hunting?",
     [("name", "Mary Nakashuk"), ("date_of_birth", "July 2 1971")], []),

    ("Tansi, I'm Darlene Cardinal from Maskwacis. My daughter Kayla (DOB 2011-08-14) gets strep throat like 6 times this year. Should she get her tonsils out?",
     [("name", "Darlene Cardinal"), ("name", "Kayla"), ("date_of_birth", "2011-08-14")], []),

    ("Medevac took my husband Jimmy from Attawapiskat to Moose Factory then on to Kingston for his heart valve. I'm stuck here, no flight till Friday. His OHIP is 5584-112-093-HK. How do I find out how he's doing?",
     [("name", "Jimmy"), ("id_number", "5584-112-093-HK")], []),

    ("Can my prescription be mailed? I'm at 518 Mivvik St, Rankin Inlet, and the pharmacy here closes at 5 when I'm still at work.",
     [("address", "518 Mivvik St, Rankin Inlet")], []),

    ("my snap is kuujjuaq_girl_99 if you want to message me there, I'm 17 and I think I'm pregnant but I can't tell the nurse because she's my auntie",
     [("handle", "kuujjuaq_girl_99")], []),

    ("This is Joe Sackaney from Fort Albany. At Weeneebayko they told me to come back in 6 weeks for my foot ulcer but the plane is so expensive. Can a nurse here check it instead? Call me at 705-555-0176",
     [("name", "Joe Sackaney"), ("phone", "705-555-0176")], []),

    ("Hello, I'm Inuk living in Montreal now, my name is Lizzie Angutiguluk. The boarding home gave me a file number 45-1120 for my appointments. Where do I go for bloodwork without a family doctor?",
     [("name", "Lizzie Angutiguluk"), ("id_number", "45-1120")], []),

    ("i am in Whitehorse, my YHCIP number is 002-334-551, I need a refill on my Suboxone and Dr. Kaminski retired last month. Who can prescribe now?",
     [("id_number", "002-334-551"), ("name", "Kaminski")], []),

    ("My dad is Charlie Tootoosis, 74, lives out on the reserve near North Battleford. His diabetes is bad and two toes on one foot are going dark. He won't go in. Call my sister Rhonda 306-555-0118 she's with him",
     [("name", "Charlie Tootoosis"), ("name", "Rhonda"), ("phone", "306-555-0118")], []),

    ("Ai, my name is Nunia, I live at house 1043, Salluit. My boy is 6, pus from his ear for 2 weeks, the nurse gave drops, still bad and smelly.",
     [("name", "Nunia"), ("address", "house 1043, Salluit")], []),

    ("My nephew's TikTok is @northern.lights.kid_ and he's been posting sad videos about being tired of everything. He's in Cross Lake. He said he's ok when I phoned. How do I get him a counsellor?",
     [("handle", "@northern.lights.kid_")], []),

    ("Email me at sheila.moosomin@sasktel.net -- I teach at Valley View School in Beauval and I want to know about TB testing for school staff since there were cases in the community.",
     [("email", "sheila.moosomin@sasktel.net")], ["Valley View School"]),

    ("Status number 7550012890, Opaskwayak. Does NIHB cover new glasses for my son Tristan? He's 11 and broke them playing hockey.",
     [("id_number", "7550012890"), ("name", "Tristan")], []),

    ("Hi, Gwen here, 52, from Hay River. They found a 2 cm nodule on my thyroid on ultrasound at Stanton. Biopsy in Edmonton next month. My NWT health card is D3310987. Is it likely cancer?",
     [("name", "Gwen"), ("id_number", "D3310987")], []),

    ("Ma soeur Josée vit à Kuujjuaq et travaille chez Air Inuit. Elle a des migraines terribles depuis qu'elle est là-bas. Son courriel: josee.g.inf@yahoo.ca si l'infirmière peut lui écrire",
     [("name", "Josée"), ("email", "josee.g.inf@yahoo.ca")], ["Air Inuit"]),

    ("My partner Jesse was in a snowmobile crash near Baker Lake in February, broke his femur. Now he needs physio but there's none up here. He was born 14 Oct 1989 if the travel form needs it.",
     [("name", "Jesse"), ("date_of_birth", "14 Oct 1989")], []),

    ("My doctor, Dr. Amanda Keesick, said my hemoglobin is 98 and to take iron. I'm in Sioux Lookout. It makes me so constipated. Text 807-555-0196",
     [("name", "Amanda Keesick"), ("phone", "807-555-0196")], []),

    ("Qanuippit. Tommy Kudluk here, I drive the water truck for the Hamlet of Kugluktuk. I need a form for my commercial licence because of my sleep apnea. Born 1975-05-09. CPAP every night.",
     [("name", "Tommy Kudluk"), ("date_of_birth", "1975-05-09")], ["Hamlet of Kugluktuk"]),

    ("Hi, Nancy Whiskeyjack. My granddaughter Ava is 3 and has had a runny nose and crust around her mouth, looks like honey crust. We live at 14 Lakeshore Drive, Saddle Lake. The clinic is closed weekends.",
     [("name", "Nancy Whiskeyjack"), ("name", "Ava"), ("address", "14 Lakeshore Drive, Saddle Lake")], []),

    ("I'm posting for my uncle Isaac who doesn't do internet. He's Dene, 68, lives in Fort Chipewyan. Health number 4481 2236 7 (Alberta). His ankles are swollen every night. His phone is 780-555-0158",
     [("name", "Isaac"), ("id_number", "4481 2236 7"), ("phone", "780-555-0158")], []),

    ("We're at the fly-in camp north of Chibougamau for another 3 weeks. My wife Annie is 30 weeks pregnant, all normal so far. Our satellite phone is +8816 3155 5019, what should we watch for?",
     [("name", "Annie"), ("phone", "+8816 3155 5019")], []),

    ("Hello it's Minnie, 45, I am a cook at the Northern Store cafe in Cambridge Bay. I burn my forearms on the fryer a lot. I keep getting blisters. email minnie.ekpakohak@outlook.com",
     [("name", "Minnie"), ("email", "minnie.ekpakohak@outlook.com")], ["Northern Store cafe"]),

    ("my insta @lil.moose.mama has pics of my baby's rash, Mistissini nurse thinks it's thrush in the diaper. Can Nystatin go on the bum?",
     [("handle", "@lil.moose.mama")], []),

    ("I'm writing for Elder Simeonie, 91, he's in Clyde River. He wants his medicine in Inuktitut on the label. His health card 112093847. Who do we ask?",
     [("name", "Simeonie"), ("id_number", "112093847")], []),

    ("My name is Clifford Beardy and my truck was hit by a drunk driver on the winter road, his plate was MB GKX 281. I have back pain since. Can the band pay for physio in Thompson?",
     [("name", "Clifford Beardy"), ("licence_plate", "GKX 281")], []),

    ("Hi, I'm Leona. I live in the teacherage at 2 School Rd, Old Crow. Pregnant, 12 weeks. How many times will I have to fly to Whitehorse?",
     [("name", "Leona"), ("address", "2 School Rd, Old Crow")], []),

    ("My son Noah (born 30/11/2019) needs his 4-year shots, we just moved from Inukjuak to Ottawa, how do we get his records? Our new place: 1107 Meadowlands Dr E, Ottawa",
     [("name", "Noah"), ("date_of_birth", "30/11/2019"), ("address", "1107 Meadowlands Dr E, Ottawa")], []),

    ("I'm on Twitter as @DeneNurseMom and I get asked this all the time so I'll ask you: is fish oil ok with blood thinners?",
     [("handle", "@DeneNurseMom")], []),

    ("Aanii, Bineshii here from Wikwemikong. My mom has dementia, she keeps wandering at night. Her RAMQ... no sorry Ontario card 9912-447-301-AB. We need a home care worker.",
     [("name", "Bineshii"), ("id_number", "9912-447-301-AB")], []),
]
