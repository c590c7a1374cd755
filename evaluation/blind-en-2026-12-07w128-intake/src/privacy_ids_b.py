# Hand-written privacy items with identifiers (part B). Writer 128.

ITEMS = [
    ("Good morning, I am Eng. Tamer Fawzy, 44. I had a kidney stone 6mm last year and now the pain is back on the right side but mild. My Egyptian national number 28011250104417. Please answer on WhatsApp 0111 902 6638.",
     [("name", "Tamer Fawzy"), ("id_number", "28011250104417"), ("phone", "0111 902 6638")], []),

    ("My baby girl Salma was born 30/12/2023 at 34 weeks and she is still small, 5.1 kg now. The nurse at the health unit says she's fine but my mother in law keeps saying she's too thin. Should I add formula?",
     [("name", "Salma"), ("date_of_birth", "30/12/2023")], []),

    ("To whom it may concern, I am Rasha Al-Dulaimi, a pharmacist in Baghdad, writing about my own health: I have had palpitations at night for 2 weeks, ECG normal. Contact: rasha.dulaimi.pharm@gmail.com / +964 770 318 4452",
     [("name", "Rasha Al-Dulaimi"), ("email", "rasha.dulaimi.pharm@gmail.com"), ("phone", "+964 770 318 4452")], []),

    ("I follow a fasting coach on youtube (youtube.com/@FastWithFaris) who says to do 5 days water only after Ramadan for detox. I'm 38 and on metformin. Is this safe? - Nasser",
     [("url", "youtube.com/@FastWithFaris"), ("name", "Nasser")], []),

    ("hi im Mohamad (with one m) from Montreal, originally Lebanon. i have a fungus between my toes that wont go away, tried Lamisil cream for a month. health card RAMQ MOHA 8507 1412. its so itchy",
     [("name", "Mohamad"), ("id_number", "MOHA 8507 1412")], []),

    ("Someone reversed into me at the Mall of the Emirates car park, their plate was Abu Dhabi 16 70422, I wrote it down. I hit my knee on the dashboard and it's swollen. Should I go for x-ray or ice is enough?",
     [("licence_plate", "16 70422")], []),

    ("My mother in law, Hajja Nawal Said, lives at 22 Street 9, Maadi Sarayat, Cairo, ground floor, and she fell in the bathroom last week. No fracture at the x-ray but she's afraid to walk. Can someone do physiotherapy at home?",
     [("name", "Nawal Said"), ("address", "22 Street 9, Maadi Sarayat, Cairo")], []),

    ("Hello my name is Aziz Rahimov and I'm 27. Employee ID QP-118204 at Qatar Petroleum site. I had a sun rash that turned into blisters on my neck after working outside. Company clinic gave me cream but it's getting worse.",
     [("name", "Aziz Rahimov"), ("id_number", "QP-118204")], ["Qatar Petroleum site"]),

    ("Pls help my brother Sami is 31 he has very bad acne on back and chest, he uses whey protein at gym. his insta is @sami_lifts_jo you can see. we live in Amman",
     [("name", "Sami"), ("handle", "@sami_lifts_jo")], []),

    ("I'm Meredith, 58, I've been having hot flushes 15 times a day and can't sleep. My gyn Dr. Abernathy retired. My DOB is 7/2/1966 for the file. Is HRT safe if my mother had breast cancer?",
     [("name", "Meredith"), ("name", "Abernathy"), ("date_of_birth", "7/2/1966")], []),

    ("Salam alaikum, this is Umm Yusuf. My husband Abu Yusuf (Khaled Nasrallah) had angioplasty in March, he takes Plavix and aspirin. Can he fast Ramadan this year? His file number at Jordan Hospital 1147890.",
     [("name", "Umm Yusuf"), ("name", "Abu Yusuf"), ("name", "Khaled Nasrallah"), ("id_number", "1147890")], []),

    ("Hi Dr. Sarah Lindqvist, I was your patient in Gothenburg, now I moved to Dubai. I need my old allergy test results. My personnummer is 19890412-3367. Could you send to my email elin.b.svensson@outlook.com?",
     [("name", "Sarah Lindqvist"), ("id_number", "19890412-3367"), ("email", "elin.b.svensson@outlook.com")], []),

    ("my son Youssef 11 years old keeps blinking his eyes very fast and making a throat noise, his teacher noticed. We live in Tangier, Rue Moulay Ismail 17, appartement 4. He was fine last year.",
     [("name", "Youssef"), ("address", "Rue Moulay Ismail 17, appartement 4")], []),

    ("I am Fatima Zahra Ouazzani, 33, pregnant with twins 20 weeks. Date of birth 15-07-1991. The clinic forgot to give me iron and my Hb is 9.4. Email fz.ouazzani@gmail.com please, I don't answer unknown numbers.",
     [("name", "Fatima Zahra Ouazzani"), ("date_of_birth", "15-07-1991"), ("email", "fz.ouazzani@gmail.com")], []),

    ("Quick question, my grandpa Manuel Ortega (SSN 512-44-8190, he asked me to put it so you can find him) got new glasses but still sees a dark curtain sometimes in the corner of his right eye for a few seconds. It goes away. He's 79.",
     [("name", "Manuel Ortega"), ("id_number", "512-44-8190")], []),

    ("assalam. i am Abd al-Rahman Hamdan, kuwait. my civil id 289021503318. the doctor gave me Augmentin for my throat but i got diarrhea 5 times a day. stop it or continue?",
     [("name", "Abd al-Rahman Hamdan"), ("id_number", "289021503318")], []),

    ("Dear doctor, my name is Chidinma Okeke and I'm 26. I have a painful lump in my armpit that comes back every few months and drains. I shared photos at https://photos.app.goo.gl/Jd83KsQ1p so you can see. Is it hidradenitis?",
     [("name", "Chidinma Okeke"), ("url", "https://photos.app.goo.gl/Jd83KsQ1p")], []),

    ("My son Obaid (DOB 2010-10-03) plays football for Al Wasl academy and twisted his ankle badly last Saturday. It's blue and he limps. Emirates ID 784-2010-9931142-2. Do we need MRI?",
     [("name", "Obaid"), ("date_of_birth", "2010-10-03"), ("id_number", "784-2010-9931142-2")], ["Al Wasl academy"]),

    ("hello. i'm a nurse at Saint George Hospital Ajaltoun ward, but asking for myself. My name is Carla Saade, I'm 30. I got a needle stick from a patient with hepatitis C yesterday. What is my risk? +961 71 224 908",
     [("name", "Carla Saade"), ("phone", "+961 71 224 908")], ["Saint George Hospital Ajaltoun"]),

    ("For my auntie Mrs. Gloria Mensah, born 14th Oct 1948, she lives at Flat 3, 41 Coldharbour Lane, London SE5. She's been more confused this week and weeing a lot. Could it be a water infection?",
     [("name", "Gloria Mensah"), ("date_of_birth", "14th Oct 1948"), ("address", "Flat 3, 41 Coldharbour Lane, London SE5")], []),

    ("I'm Hussein, I'm from Basra but now in Malmö. I'm 52 and my blood pressure is always 160/100 even with amlodipine. I want to change medicine. My number 073-412 88 56",
     [("name", "Hussein"), ("phone", "073-412 88 56")], []),

    ("Dr. Nabil, my kid Jad is the boy you saw with asthma in September. The inhaler (Ventolin) he uses 4 times a day now, is it too much? His patient no. at your clinic PED-20931. Thanks, Maya",
     [("name", "Nabil"), ("name", "Jad"), ("id_number", "PED-20931"), ("name", "Maya")], []),

    ("I ride a motorbike for Talabat deliveries, plate 58213 Kuwait, and after 6 months my wrists hurt and my fingers get numb when I ride. Name Arjun, 28. Is it carpal tunnel?",
     [("licence_plate", "58213"), ("name", "Arjun")], ["Talabat"]),

    ("salam my name is Khadija bint Ali Al-Sharif, 45, from Jeddah. I want to know about the gastric sleeve. I weigh 121 kg and 158 cm. My iqama/ID 1047761328. I have diabetes and knee pain.",
     [("name", "Khadija bint Ali Al-Sharif"), ("id_number", "1047761328")], []),

    ("Ok so this is embarrassing. It's Liam (21). Had unprotected sex with someone from Grindr, his profile was @tomtom_bcn, and now I have a sore on my... you know. It doesn't hurt. Should I get tested for syphilis?",
     [("name", "Liam"), ("handle", "@tomtom_bcn")], []),

    ("My mother Hanan Abu Ghazaleh, 63, born 01/01/1961 (that's what's on the passport, no one knows the real day), has swollen fingers in the morning, stiff for an hour. Her passport number is R4418207. Is this rheumatoid arthritis?",
     [("name", "Hanan Abu Ghazaleh"), ("date_of_birth", "01/01/1961"), ("id_number", "R4418207")], []),

    ("Brother, I don't know who to ask. My friend Moustafa in the dorm hasn't left his room in 10 days, he stopped praying, stopped eating much. He said life has no taste. We are students at Cairo University engineering. My number 0128 441 9056 if you can advise me how to help him.",
     [("name", "Moustafa"), ("phone", "0128 441 9056")], ["Cairo University engineering"]),

    ("Hi, my email is jihane.tazi@hotmail.fr. I'm 37 and I have a lump in my left breast, about 1cm, moves under finger. My mother's sister had cancer. Do I need mammogram or ultrasound first?",
     [("email", "jihane.tazi@hotmail.fr")], []),

    ("Can i get a refill for my son's EpiPen online? He is Noah Haddad-Mitchell, 8 years old, DOB 05/17/2016, allergic to peanuts. Our pediatrician is Dr. Anjali Rao. Insurance member ID WGH448120937.",
     [("name", "Noah Haddad-Mitchell"), ("date_of_birth", "05/17/2016"), ("name", "Anjali Rao"), ("id_number", "WGH448120937")], []),

    ("Ya doctor, my father Hajj Mahmoud Al-Tamimi lives with us at Hay Nazal, behind Al Rasheed bakery, building 7, Amman. He's 85 and has bedsores on his back now from lying. How to treat it at home?",
     [("name", "Mahmoud Al-Tamimi"), ("address", "Hay Nazal, behind Al Rasheed bakery, building 7")], []),

    ("I run a small blog about my Crohn's, gutfeelings-crohns.blogspot.com, and readers keep asking if fasting Ramadan is ok with Crohn's. I'm Maya, 24. Not in a flare now. What's the medical view?",
     [("url", "gutfeelings-crohns.blogspot.com"), ("name", "Maya")], []),

    ("hi, Abu Omar here. my wife had a c-section 3 weeks ago and the wound is leaking a little clear fluid at the corner. no fever. we live in Dearborn. call 313-555-0172 or whatsapp +962 77 604 3318",
     [("name", "Abu Omar"), ("phone", "313-555-0172"), ("phone", "+962 77 604 3318")], []),

    ("Please I need sick leave paper for my job at Emirates NBD, I had gastro 3 days. My name Rahul Menon, employee no. 66104. Vomiting stopped now.",
     [("name", "Rahul Menon"), ("id_number", "66104")], ["Emirates NBD"]),

    ("My sister Dalia Mostafa (born 28/02/1995) has had lupus since 2019. Her new rheumatologist Dr. Sherif Adel wants to start her on methotrexate. She wants a baby next year. Is this ok?",
     [("name", "Dalia Mostafa"), ("date_of_birth", "28/02/1995"), ("name", "Sherif Adel")], []),

    ("The guy who hit my son on his bike was driving a black Range Rover, plate LB68 XKR. My son Zayn (12) has a scrape on his hip and said it was nothing but now he limps 2 days later. A&E or GP?",
     [("licence_plate", "LB68 XKR"), ("name", "Zayn")], []),

    ("Hello! My name is Nour El Houda, 19, from Algiers, I'm studying in Montpellier. I get panic attacks before exams, heart racing, hands shaking. My student number is 21908735. Can the university doctor give me something?",
     [("name", "Nour El Houda"), ("id_number", "21908735")], []),

    ("My uncle Saleh Bin Rashid Al Nuaimi, 67, had a stroke 2 months ago, his right hand is still weak. He lives in Ajman, Al Nuaimiya 1, Villa 14. Which rehabilitation centre is near?",
     [("name", "Saleh Bin Rashid Al Nuaimi"), ("address", "Al Nuaimiya 1, Villa 14")], []),

    ("I'm Dmitri. Stomach burning after every meal for a month, worse lying down. I'm 40 and smoke. Email d.volkov.1984@mail.ru",
     [("name", "Dmitri"), ("email", "d.volkov.1984@mail.ru")], []),

    ("Sister Rawan here, I want to ask about my little brother, Ibrahim, he's 3 and still not talking only 5 words. My mom refuses to believe. We are in Mosul. Our whatsapp is 0750 441 2290. Is this autism?",
     [("name", "Rawan"), ("name", "Ibrahim"), ("phone", "0750 441 2290")], []),

    ("I'm a PhD student, my name Wang Lei, student ID 2021310557 at the university in Abu Dhabi. After 6 months in the Gulf my skin is very dry and cracking on hands. Is it the water?",
     [("name", "Wang Lei"), ("id_number", "2021310557")], []),

    ("Hey there, my handle on the forum is @DesertRose_Umm3 but my real name is Samira. I'm 42, 3 kids, and I leak urine when I cough or laugh. Is there exercises or do I need surgery?",
     [("handle", "@DesertRose_Umm3"), ("name", "Samira")], []),

    ("Hello, writing for my father-in-law Ahmed Ould Cheikh, born 1 June 1958, he's visiting us in Paris from Nouakchott. His ankles are swollen and he's short of breath on stairs since a few weeks. Sécurité sociale number of mine 2 91 05 75 112 047 83 if needed for billing.",
     [("name", "Ahmed Ould Cheikh"), ("date_of_birth", "1 June 1958"), ("id_number", "2 91 05 75 112 047 83")], []),

    ("Selam, Mohammed here (some papers say Muhammad, some Mohamed, it's a mess). Born 10/10/1990. I have pain in my heel in the morning first steps, I work in a shop standing all day at Lulu Hypermarket Al Khalidiyah.",
     [("name", "Mohammed"), ("name", "Muhammad"), ("name", "Mohamed"), ("date_of_birth", "10/10/1990")], ["Lulu Hypermarket Al Khalidiyah"]),

    ("I have a video of my daughter's shaking episode on my drive: https://www.dropbox.com/s/k2m8v1x/yara_shaking.mp4 — she's 7, it happened during sleep last month, lasted maybe 30 seconds, she was ok after. The neurologist appointment is in 6 weeks.",
     [("url", "https://www.dropbox.com/s/k2m8v1x/yara_shaking.mp4")], []),

    ("Please reply to my brother's email since I don't have: ali.jaber.lb@gmail.com. I am Hassan Jaber, 57, from Nabatieh. I get leg pain when I walk 200 meters and it stops when I rest. I smoke 2 packs.",
     [("email", "ali.jaber.lb@gmail.com"), ("name", "Hassan Jaber")], []),

    ("My name Heba, I'm 29 and live at Flat 12, 5 Mohamed Mazhar St, Zamalek, Cairo. I have rash on my face in butterfly shape after the sun in Sahel. Could this be lupus? My aunt has it.",
     [("name", "Heba"), ("address", "Flat 12, 5 Mohamed Mazhar St, Zamalek, Cairo")], []),

    ("My son Kareem plays on an online team and his gamer tag is @KXGamer2009, he's on screens like 10 hours a day now and his eyes are red and dry. He's 15. Any eye drops?",
     [("name", "Kareem"), ("handle", "@KXGamer2009")], []),

    ("hi this is Aaliyah Thompson, DOB 12/03/1998. I'm 14 weeks pregnant and I got diagnosed with chlamydia at the prenatal visit. Is azithromycin safe for the baby? My doc is Dr. Femi Adeyemi.",
     [("name", "Aaliyah Thompson"), ("date_of_birth", "12/03/1998"), ("name", "Femi Adeyemi")], []),

    ("Salam, Mohammed bin Salem Al Kaabi, 50, Al Ain. I have pain in my shoulder, can't lift my arm above head for 3 months. National ID 784-1974-2219054-8. Is it frozen shoulder?",
     [("name", "Mohammed bin Salem Al Kaabi"), ("id_number", "784-1974-2219054-8")], []),

    ("I need a home nurse for my mother to change the dressing on her diabetic foot. Our address: 31 Rue Hassan II, Apt 6, Rabat Agdal. Call Youness 0661 274 905. She is 74.",
     [("address", "31 Rue Hassan II, Apt 6, Rabat Agdal"), ("name", "Youness"), ("phone", "0661 274 905")], []),

    ("Question: my brother Anas (DOB 17/06/2004) got a tooth knocked out playing football at Al-Ahli club training, we put it back and went to the dentist same day. Now 2 weeks it's a bit grey. Normal? His policy no. is POL-99318-AN.",
     [("name", "Anas"), ("date_of_birth", "17/06/2004"), ("id_number", "POL-99318-AN")], ["Al-Ahli club"]),
]
