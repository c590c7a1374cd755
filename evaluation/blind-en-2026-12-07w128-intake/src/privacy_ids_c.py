# Hand-written privacy items with identifiers (part C). Writer 128.

ITEMS = [
    ("Hi its Reem again (the one with the migraines). Neurologist Dr. Ghassan Haddad put me on topiramate and now my fingers tingle. Normal side effect? I'm 27.",
     [("name", "Reem"), ("name", "Ghassan Haddad")], []),

    ("I'm Abu Khalil, 61, Irbid. My sugar HbA1c 9.8 and the doctor wants insulin but I'm afraid of needles. Whatsapp +962 78 112 6054 my son will read for me.",
     [("name", "Abu Khalil"), ("phone", "+962 78 112 6054")], []),

    ("my girlfriend Jess wont go to the doctor, she's had a really bad sore throat with white spots for 4 days and can barely swallow. she's 22. her email is jessie.m.carter@icloud.com if you can send her something",
     [("name", "Jess"), ("email", "jessie.m.carter@icloud.com")], []),

    ("Dear doctor, I am Said Ait Benhaddou, 39, truck driver between Agadir and Tangier, my truck plate 48215-A-1. I have piles and sitting is torture. Any cream or operation?",
     [("name", "Said Ait Benhaddou"), ("licence_plate", "48215-A-1")], []),

    ("Hello, this message is from Ghada. My kid Tala (born 09/08/2019) has had white patches on her cheeks since summer, the pharmacist said fungus. Our clinic Little Stars Family Clinic in Khalda is closed for Eid. Please advise.",
     [("name", "Ghada"), ("name", "Tala"), ("date_of_birth", "09/08/2019")], ["Little Stars Family Clinic"]),

    ("I'm writing for Mr. Youssef Gerges, my neighbour, he's 80 and lives alone at 7 Shubra Street, building of the pharmacy, 4th floor. He has a wound on the leg not healing for 2 months. I'm Marina, you can email me marina.gerges.cairo@gmail.com",
     [("name", "Youssef Gerges"), ("address", "7 Shubra Street, building of the pharmacy, 4th floor"), ("name", "Marina"), ("email", "marina.gerges.cairo@gmail.com")], []),

    ("question from Aisha (Ayesha on my passport). I'm 35, DOB 21/01/1989, I have PCOS and want to try for a baby. My gynae said to lose weight first. How much?",
     [("name", "Aisha"), ("name", "Ayesha"), ("date_of_birth", "21/01/1989")], []),

    ("Hi Dr, my 70 year old dad Francis Okoro has had blood in his pee twice this week, no pain. He is on warfarin. His hospital number is RX7730194. Is it the warfarin?",
     [("name", "Francis Okoro"), ("id_number", "RX7730194")], []),

    ("salam alaykum, I am Bassam from Sidon, 46. I have sleep apnea and the CPAP machine is broken. Can I sleep without it for a week? +961 76 338 105",
     [("name", "Bassam"), ("phone", "+961 76 338 105")], []),

    ("I record my vlogs at instagram.com/hajar.travels and lately followers noticed my neck looks swollen in front. I'm 31, tired all the time and lost 4 kg without trying. Thyroid?",
     [("url", "instagram.com/hajar.travels")], []),

    ("My husband Abdul-Majeed had a car accident, the other car's plate was Q 2291 Kuwait. He was checked at Mubarak Al-Kabeer hospital and discharged with 2 broken ribs. How long the pain lasts? He is 55.",
     [("name", "Abdul-Majeed"), ("licence_plate", "Q 2291")], []),

    ("Patient: Leila Farahani\nDOB: 04.04.1977\nInsurance: TK 183 447 902\nComplaint: ringing in both ears since a concert 3 weeks ago, not getting better.",
     [("name", "Leila Farahani"), ("date_of_birth", "04.04.1977"), ("id_number", "TK 183 447 902")], []),

    ("My son Omar (we call him Moody) is 10 and gets stomach ache every school morning. At weekend he's ok. His school is Al Mawakeb Al Barsha. Is it anxiety? I'm his mum, Suha.",
     [("name", "Omar"), ("name", "Moody"), ("name", "Suha")], ["Al Mawakeb Al Barsha"]),

    ("hi, my name is Oumaima, I'm 20, from Fes. I'm on Roaccutane for 4 months and my lips are so dry they bleed. Can I stop for Ramadan? my gmail oumaima.idrissi02@gmail.com",
     [("name", "Oumaima"), ("email", "oumaima.idrissi02@gmail.com")], []),

    ("Greetings. I am writing on behalf of my employee, Mr. Ravi Shankar Pillai, who lives in our labour camp at Camp 4, Room 216, Musaffah M-32, Abu Dhabi. He has high fever and cough since 3 days. His labour card number 11029384. Which clinic should we take him to?",
     [("name", "Ravi Shankar Pillai"), ("address", "Camp 4, Room 216, Musaffah M-32"), ("id_number", "11029384")], []),

    ("Hey, I'm Connor, 34. Gout attack in my big toe again, 3rd this year. My doc Dr. Linda Osei wants allopurinol forever. My number 07700 900 461 if a doc can call.",
     [("name", "Connor"), ("name", "Linda Osei"), ("phone", "07700 900 461")], []),

    ("Salam, my grandmother Hajja Safia (Sofia on her French papers) has dementia, she is 88, she refuses to eat during the day because she thinks it's Ramadan all year. She lives with us at 12 Rue des Lilas, 93200 Saint-Denis. What can we do?",
     [("name", "Safia"), ("name", "Sofia"), ("address", "12 Rue des Lilas, 93200 Saint-Denis")], []),

    ("i'm 25 and i think i have an eating disorder. I throw up after iftar most nights. my name is Rana and my twitter is @rana_doesnt_know. please don't contact my family",
     [("name", "Rana"), ("handle", "@rana_doesnt_know")], []),

    ("Dr, I am Jamal Eddine Bouzid, 57, and I have Hepatitis B since years. I live in Brussels, Anderlecht, Rue Wayez 88. My national register number 67.03.12-245.19. Should I start treatment? liver enzymes normal.",
     [("name", "Jamal Eddine Bouzid"), ("address", "Rue Wayez 88"), ("id_number", "67.03.12-245.19")], []),

    ("Hello, mum of Zaid here (I'm Umm Zaid). Zaid is 5 months and has a flat spot on the back of his head. His DOB is 12/05/2024. Helmet or wait?",
     [("name", "Umm Zaid"), ("name", "Zaid"), ("date_of_birth", "12/05/2024")], []),

    ("Hi I'm Mei Ling Tan, 44, Singaporean working in Doha. Bleeding between periods for 2 months. My QID is 28470212345. Contact mltan.doha@gmail.com",
     [("name", "Mei Ling Tan"), ("id_number", "28470212345"), ("email", "mltan.doha@gmail.com")], []),

    ("Please call my husband Mazen 00971 56 448 2013 about the results. I'm too stressed to read them. It's my biopsy from the thyroid nodule, Bethesda category 3.",
     [("name", "Mazen"), ("phone", "00971 56 448 2013")], []),

    ("My name is Abdurrahman Yusuf and I'm a Somali living in Minneapolis. I'm 33 and my vitamin D was 9. The doctor says 50,000 units weekly. Is that safe? My MRN 004471882.",
     [("name", "Abdurrahman Yusuf"), ("id_number", "004471882")], []),

    ("My neighbour's car, a red Kia with plate 1-ABC-234, keeps idling in the garage under our flat and my son Elias (6) has started to cough at night. Could the fumes do this?",
     [("licence_plate", "1-ABC-234"), ("name", "Elias")], []),

    ("Hi, Nadia Hamdi here, 48. Hot flushes and heavy bleeding. I work as a cashier at Spinneys in Verdun and need to stand all day. Email nadia.hamdi76@gmail.com or phone 03 915 224",
     [("name", "Nadia Hamdi"), ("email", "nadia.hamdi76@gmail.com"), ("phone", "03 915 224")], ["Spinneys in Verdun"]),

    ("Dr Karim answered me before on here, can the same doctor answer? I'm Sherine, 33. The antibiotic for my H. pylori made my mouth taste like metal. Is it ok to continue? My profile link askdoc.example/users/sherine-n-88",
     [("name", "Karim"), ("name", "Sherine"), ("url", "askdoc.example/users/sherine-n-88")], []),

    ("Salam, my grandson Ayoub was born on 3 Shawwal 1445, 12 April 2024. His belly button sticks out when he cries. Is it hernia? Should we put a coin on it like my mother says?",
     [("name", "Ayoub"), ("date_of_birth", "3 Shawwal 1445"), ("date_of_birth", "12 April 2024")], []),

    ("I'm Kholoud from Amman. My TikTok is @kholoud.skincare and I get a lot of questions about tranexamic acid for melasma. Is oral tranexamic safe for women on the pill? Asking for me too, I'm 30.",
     [("name", "Kholoud"), ("handle", "@kholoud.skincare")], []),

    ("My brother Ashraf Abdel Fattah (45) works as a guard at Nile City Towers and he fell from a ladder on Monday. He was seen at the hospital: fractured wrist, cast. Now his fingers are a bit swollen. Phone +20 100 774 3318",
     [("name", "Ashraf Abdel Fattah"), ("phone", "+20 100 774 3318")], ["Nile City Towers"]),

    ("Hello, Jorge Mendes, 65, retired. I live at 1458 Elm Street, Apt 2B, Newark NJ. My wife says I'm yellow in the eyes. No pain. Is this serious?",
     [("name", "Jorge Mendes"), ("address", "1458 Elm Street, Apt 2B, Newark NJ")], []),

    ("As salam alaikum doctor, my daughter Hiba (DOB 25/10/2008) gets headaches every day during school. Her national ID 30810251400872. She wears glasses but hasn't checked for 2 years.",
     [("name", "Hiba"), ("date_of_birth", "25/10/2008"), ("id_number", "30810251400872")], []),

    ("Hey doc, im Tyrone, 38, i got a DUI checkpoint and my car LKN-4472 got towed, thats not the point lol. point is i drink like 8 beers a night and want to stop. can i just stop?",
     [("name", "Tyrone"), ("licence_plate", "LKN-4472")], []),

    ("hi, Fadi here. I'm 29, my ECG at a company medical for Aramco contractor job showed 'right bundle branch block'. They want a cardiology letter. whatsapp +966 55 310 2748",
     [("name", "Fadi"), ("phone", "+966 55 310 2748")], ["Aramco contractor job"]),

    ("My wife Layal Mouawad (DOB 02 Sept 1990) is 8 weeks pregnant and vomits 10 times a day, can't keep water. Her OB Dr. Joseph Khalil is travelling. What do we do until he's back?",
     [("name", "Layal Mouawad"), ("date_of_birth", "02 Sept 1990"), ("name", "Joseph Khalil")], []),

    ("Please respond to me at mohammed.ali.alzahrani@hotmail.com. I'm 42 and after Hajj I have a cough with green sputum for 10 days. Is it Hajj flu or something else?",
     [("email", "mohammed.ali.alzahrani@hotmail.com")], []),

    ("My little sister Nour is 13 and very short for her age, shorter than everyone in her class. Mum and dad are normal height. Here is her growth chart link: https://growthchart.example.org/share/nour-2011-A7 . Should we see hormone doctor?",
     [("name", "Nour"), ("url", "https://growthchart.example.org/share/nour-2011-A7")], []),

    ("Hello, Hakim here. I have white spots on my nails and they break easily. I'm 50. I work at Marjane Ain Sebaa, in the fish section, hands in cold water all day.",
     [("name", "Hakim")], ["Marjane Ain Sebaa"]),

    ("From Umm Karim: my son Karim, 17, cut his hand on glass at the bakery where he works, 4 stitches at the clinic on Sunday. Is it normal it's still numb on the tip of the finger? Our number 0100 557 2834.",
     [("name", "Umm Karim"), ("name", "Karim", 2), ("phone", "0100 557 2834")], []),

    ("I'm Sophie Nguyen, 31, vegan, and my B12 came back 140. My partner Marc says it's fine. Do I need injections? sophie.nguyen.mtl@gmail.com",
     [("name", "Sophie Nguyen"), ("name", "Marc"), ("email", "sophie.nguyen.mtl@gmail.com")], []),

    ("My civil id is 278110402261 and my file was moved to Farwaniya hospital. The ortho doctor there said I need a knee replacement at 46 which sounds too young?? name: Bader",
     [("id_number", "278110402261"), ("name", "Bader")], []),

    ("My grandad is called Abdul Wahab, everyone calls him Jiddo Wahab. He is 90 and has started choking slightly on water when he drinks fast. Is there a thicker drink? He lives with my aunt Samar.",
     [("name", "Abdul Wahab"), ("name", "Wahab", 2), ("name", "Samar")], []),

    ("I got a message from my ex that he tested positive for gonorrhoea. I'm 27, no symptoms. My name is Yara Haddad and I'd prefer you write me at yarah.93@protonmail.com",
     [("name", "Yara Haddad"), ("email", "yarah.93@protonmail.com")], []),

    ("Hi, it's Kofi, DOB 30-06-1985, I had a vasectomy 2 months ago. My semen test still shows sperm. Dr. McAllister said wait another month. Normal?",
     [("name", "Kofi"), ("date_of_birth", "30-06-1985"), ("name", "McAllister")], []),

    ("Salam. Lina from Dubai. My address is Apt 1804, Marina Pinnacle, Dubai Marina. I need a doctor to come check my father, he has a bad cold and he's 77 and refuses to come to the clinic.",
     [("name", "Lina"), ("address", "Apt 1804, Marina Pinnacle, Dubai Marina")], []),

    ("Hi, my name is Idris Diallo and I'm 19. I'm in the under-21 squad at Red Star FC and the club physio says I have Osgood-Schlatter. Can I keep training? Contact @idris_d10",
     [("name", "Idris Diallo"), ("handle", "@idris_d10")], ["Red Star FC"]),
]
