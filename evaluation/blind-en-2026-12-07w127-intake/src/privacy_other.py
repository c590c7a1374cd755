# Hand-written privacy items, ordinary varied writers (not South African), with identifiers.

ITEMS = [
    ("hi my name is Kayla Brennan and my son Jaxon (3) has had diarrhea for four days. pedi is closed till monday. "
     "you can text me at (614) 555-0187",
     [("name", "Kayla Brennan"), ("name", "Jaxon"), ("phone", "(614) 555-0187")], []),

    ("Hello. I'm Wojciech Nowak, 52, and my left calf has been cramping when I walk more than two blocks. Stops when I rest. "
     "My insurance member ID is XKD448120973. Email wnowak.chicago@gmail.com",
     [("name", "Wojciech Nowak"), ("id_number", "XKD448120973"), ("email", "wnowak.chicago@gmail.com")], []),

    ("Asking for my mum, Nguyen Thi Lan, she is 68 and her hands are stiff every morning for an hour. "
     "NHS number 485 777 3456. I'm Minh, 07700 900 381",
     [("name", "Nguyen Thi Lan"), ("id_number", "485 777 3456"), ("name", "Minh"), ("phone", "07700 900 381")], []),

    ("dr i got a UTI again, third this year. im Aaliyah, 26. my address for the prescription is 4410 W Fullerton Ave Apt 2B, Chicago IL 60639",
     [("name", "Aaliyah"), ("address", "4410 W Fullerton Ave Apt 2B, Chicago IL 60639")], []),

    ("My father Rajesh Kumar Sharma (DOB 12-08-1956) has a cough with white phlegm, he had TB in 2008. Aadhaar 4471 8820 1935. "
     "Contact Anjali +91 98450 22178",
     [("name", "Rajesh Kumar Sharma"), ("date_of_birth", "12-08-1956"), ("id_number", "4471 8820 1935"), ("name", "Anjali"),
      ("phone", "+91 98450 22178")], []),

    ("Hey, Mateo here (25). Got hit by a car while cycling, the driver's plate was 7KJD482, cops have it. My hip hurts when I go up stairs. "
     "X-ray was fine. mateo.r.garcia@outlook.com",
     [("name", "Mateo"), ("licence_plate", "7KJD482"), ("email", "mateo.r.garcia@outlook.com")], []),

    ("Good morning, my name is Chiamaka Okafor. I am 34 weeks pregnant and I have itching on my palms and soles at night. "
     "My hospital number is LUTH/OB/22/10457. Phone +234 803 442 1907",
     [("name", "Chiamaka Okafor"), ("id_number", "LUTH/OB/22/10457"), ("phone", "+234 803 442 1907")], []),

    ("hi im Siobhan, 19, at uni. my mole on my back has got bigger and a bit itchy. my flatmate Aoife says get it checked. "
     "Student ID 22098451",
     [("name", "Siobhan"), ("name", "Aoife"), ("id_number", "22098451")], []),

    ("Writing for my grandfather Kenji Watanabe, born 2 June 1941. He has started choking a bit on water when he drinks, and coughing during meals. "
     "I'm Yuki, yuki.w.family@gmail.com",
     [("name", "Kenji Watanabe"), ("date_of_birth", "2 June 1941"), ("name", "Yuki"), ("email", "yuki.w.family@gmail.com")], []),

    ("Can't stop scratching!! Hives everywhere since yesterday after I tried a new shellfish place. No swelling in lips, breathing fine. "
     "- Marcus T., IG @marcus.eats.atl",
     [("name", "Marcus"), ("handle", "@marcus.eats.atl")], []),

    ("My wife Fatima Al-Harbi is 29 and has had heavy periods with clots for 6 months. She feels dizzy when she stands. "
     "Her file no. at the clinic is MRN 00982214. I'm Khalid, +971 50 448 2913",
     [("name", "Fatima Al-Harbi"), ("id_number", "00982214"), ("name", "Khalid"), ("phone", "+971 50 448 2913")], []),

    ("hello, Dmitri Volkov, 45, programmer. My right hand goes numb at night especially thumb to ring finger. "
     "dvolkov.dev on github (github.com/dvolkov-dev) if you need to reach me lol, or dmitri.volkov@protonmail.com",
     [("name", "Dmitri Volkov"), ("url", "github.com/dvolkov-dev"), ("email", "dmitri.volkov@protonmail.com")], []),

    ("Hi. I'm Grace Mensah. My daughter Abena is 7 and she snores loudly and stops breathing for a second in her sleep. "
     "Her tonsils are big. We are at 22 Maple Court, Leeds LS8 2QP. 0113 496 0723",
     [("name", "Grace Mensah"), ("name", "Abena"), ("address", "22 Maple Court, Leeds LS8 2QP"), ("phone", "0113 496 0723")], []),

    ("Question about my SSN being on the form - 512-44-8390 - is that safe here? Anyway my question is about statins, "
     "my cholesterol is 260. Robert Kowalski (Bobby to my friends), 58",
     [("id_number", "512-44-8390"), ("name", "Robert Kowalski"), ("name", "Bobby")], []),

    ("Hola doctor, soy Lucía Fernández, 31. I have pain in my jaw when I chew and it clicks. My dentist Dr. Ortega says TMJ. "
     "Can I do exercises? lucia.fdez@gmail.com",
     [("name", "Lucía Fernández"), ("name", "Ortega"), ("email", "lucia.fdez@gmail.com")], []),

    ("Our baby Olivia was born 17/09/2024 and has yellow eyes still at 3 weeks. Midwife Sarah said to ask. We are in Brisbane, "
     "phone 0412 558 903. Medicare 2951 44870 1",
     [("name", "Olivia"), ("date_of_birth", "17/09/2024"), ("name", "Sarah"), ("phone", "0412 558 903"), ("id_number", "2951 44870 1")], []),

    ("My name is Mehmet Yılmaz. I am 60. My kidney doctor Dr Aydın said my eGFR is 38. What should I eat? "
     "Passport U12844091, I am here on holiday.",
     [("name", "Mehmet Yılmaz"), ("name", "Aydın"), ("id_number", "U12844091")], []),

    ("hey. im Jordan, 16, nonbinary. my chest binder hurts my ribs and i get short of breath after a full day. "
     "my mom doesnt know. tumblr: jordan-in-blue.tumblr.com",
     [("name", "Jordan"), ("url", "jordan-in-blue.tumblr.com")], []),

    ("Hello, my husband Ahmed Hassan Warsame (born 01/01/1975) has had hiccups for 3 days non-stop. Somali, doesn't speak much English. "
     "Our flat is 7 Corrib House, Tottenham Road, London N15 4RT. I am Hodan 07911 123 456.",
     [("name", "Ahmed Hassan Warsame"), ("date_of_birth", "01/01/1975"), ("address", "7 Corrib House, Tottenham Road, London N15 4RT"),
      ("name", "Hodan"), ("phone", "07911 123 456")], []),

    ("Hi I'm Maria Santos, 42, nurse. I got a needlestick from a patient at the end of my shift. Employee ID 88-40312. "
     "The occupational health office is closed. What now?",
     [("name", "Maria Santos"), ("id_number", "88-40312")], []),

    ("My boy Tyler has a rash that looks like a bullseye on his leg after we went camping. He's 10. "
     "Call me, Jessica Walsh, 512-555-0143 or jess.walsh77@yahoo.com",
     [("name", "Tyler"), ("name", "Jessica Walsh"), ("phone", "512-555-0143"), ("email", "jess.walsh77@yahoo.com")], []),

    ("Dear doctor, I am Wei Chen, 37, software engineer at a small startup. I have had tinnitus in both ears for 2 months. "
     "Member no. BCBS-XZP-442918. wechat: chenwei_sz88",
     [("name", "Wei Chen"), ("id_number", "BCBS-XZP-442918"), ("handle", "chenwei_sz88")], []),

    ("I have ringworm I think from the gym mats. Name is Darnell Jackson, 27. Also I park at the gym, my car LB19 XTP got towed lol "
     "so bad week. 07723 448 901",
     [("name", "Darnell Jackson"), ("licence_plate", "LB19 XTP"), ("phone", "07723 448 901")], []),

    ("Hi my name is Ingrid Larsen and I have had a burning tongue for months. I'm 63. Dentist found nothing. "
     "My address 14 Birkeveien, 0361 Oslo. ingrid.larsen@online.no",
     [("name", "Ingrid Larsen"), ("address", "14 Birkeveien, 0361 Oslo"), ("email", "ingrid.larsen@online.no")], []),

    ("This is Father Declan Murphy writing for a parishioner, Mrs Bridget O'Neill, 88, who has had a bad fall risk lately "
     "and gets dizzy getting out of bed. Her date of birth is 3 March 1936. Parish phone 01 555 2718.",
     [("name", "Declan Murphy"), ("name", "Bridget O'Neill"), ("date_of_birth", "3 March 1936"), ("phone", "01 555 2718")], []),

    ("heyy i'm Priyanka, 22 and my hair is falling out in clumps since covid. Dr Rao did blood tests, ferritin 9. "
     "my snap is priyanka_x0x if u need pics",
     [("name", "Priyanka"), ("name", "Rao"), ("handle", "priyanka_x0x")], []),

    ("Kindly help me, my name is Emeka Nwosu, I am 39. I passed a kidney stone last year and now the pain is back on the right side, "
     "mild. My HMO ID is AXA/LAG/3308812. Phone 0809 114 5520.",
     [("name", "Emeka Nwosu"), ("id_number", "AXA/LAG/3308812"), ("phone", "0809 114 5520")], []),

    ("My daughter Sofia Rossi was born 21 March 2012 and she has started her period but it's very painful. "
     "We live at Via Garibaldi 18, Torino. I'm Giulia, giulia.rossi.to@libero.it",
     [("name", "Sofia Rossi"), ("date_of_birth", "21 March 2012"), ("address", "Via Garibaldi 18, Torino"), ("name", "Giulia"),
      ("email", "giulia.rossi.to@libero.it")], []),

    ("im Ana Lima and I make content on instagram.com/analima.fit - I take creatine and whey. Is it bad for my kidneys? 29F",
     [("name", "Ana Lima"), ("url", "instagram.com/analima.fit")], []),

    ("Good day, Seo-yeon Park here, 33. My thyroid ultrasound showed a 1.2cm nodule. Dr Kim suggested a biopsy. "
     "KakaoTalk id parksy_0412, phone +82 10 4471 2290",
     [("name", "Seo-yeon Park"), ("name", "Kim"), ("handle", "parksy_0412"), ("phone", "+82 10 4471 2290")], []),

    ("hello I'm Jamal. 48. Truck driver. My DOT physical says my BP is too high to get my card renewed, 162/98. "
     "CDL number D4410-22871-03. How fast can meds bring it down?",
     [("name", "Jamal"), ("id_number", "D4410-22871-03")], []),

    ("My name is Elena Popescu, I live at Strada Florilor 12, Cluj-Napoca. I am 55 and I have varicose veins that ache in the evening. "
     "Phone +40 744 218 390",
     [("name", "Elena Popescu"), ("address", "Strada Florilor 12, Cluj-Napoca"), ("phone", "+40 744 218 390")], []),

    ("hi, Hannah here (she/her, 24). I think i have an ear infection from swimming. my GP surgery is shut. Date of birth 09.04.2000 "
     "if you need it for records.",
     [("name", "Hannah"), ("date_of_birth", "09.04.2000")], []),

    ("For my son Isaac Goldberg, age 14, DOB 5/22/2010, he sprained his ankle at basketball practice at Lincoln Middle School. "
     "Our policy number is UHC 991203447. — David Goldberg",
     [("name", "Isaac Goldberg"), ("date_of_birth", "5/22/2010"), ("id_number", "UHC 991203447"), ("name", "David Goldberg")],
     ["Lincoln Middle School"]),

    ("Greetings, Tomasz here, 31, I have acid reflux every night after dinner. I manage a small bakery, Piekarnia Tomek, and eat late. "
     "tomasz.bakes@wp.pl",
     [("name", "Tomasz"), ("email", "tomasz.bakes@wp.pl")], ["Piekarnia Tomek"]),

    ("Ma'am/Sir, I am Rosario dela Cruz, 47, OFW in Dubai as caregiver. I have a cough for 2 weeks. My employer Mrs Al Mansoori will not let me go to clinic. "
     "Emirates ID 784-1977-4412908-1",
     [("name", "Rosario dela Cruz"), ("name", "Al Mansoori"), ("id_number", "784-1977-4412908-1")], []),

    ("Hey doc - Connor (20) here. Had a few too many and fell, my front tooth is chipped and loose. Dentist cant see me till Thursday. "
     "Text 07845 332 190",
     [("name", "Connor"), ("phone", "07845 332 190")], []),

    ("My partner Alex and I are trying for a baby. I'm Sam, 35, and my cycles are 40+ days. We live at 88 Rue de la Paix, Montréal. "
     "sam.and.alex@gmail.com",
     [("name", "Alex"), ("name", "Sam"), ("address", "88 Rue de la Paix, Montréal"), ("email", "sam.and.alex@gmail.com")], []),

    ("Hi my name is Yusuf Demir, 8 years old is my son Emir, he has lots of nosebleeds in the morning. "
     "The school nurse at Greenfield Primary sent a note home. Phone 0176 2244 9810",
     [("name", "Yusuf Demir"), ("name", "Emir"), ("phone", "0176 2244 9810")], ["Greenfield Primary"]),

    ("I'm Beatriz, 70. Doctor Almeida changed my blood thinner to apixaban and my gums bleed when I brush. "
     "My CPF is 412.338.927-05. Tel +55 11 98877-4412",
     [("name", "Beatriz"), ("name", "Almeida"), ("id_number", "412.338.927-05"), ("phone", "+55 11 98877-4412")], []),

    ("Asking for my brother Luka Petrović, 30, who cuts himself hair with clippers and now has bumps on his neck. "
     "linktr.ee/lukabarber is his page. I'm Ivana",
     [("name", "Luka Petrović"), ("url", "linktr.ee/lukabarber"), ("name", "Ivana")], []),

    ("Hi, my name is Olumide and I'm 26. I'm having itchy groin rash for 3 weeks. I'm a security guard at Westfield and sweat a lot. "
     "olu.adeyemi@hotmail.com",
     [("name", "Olumide"), ("email", "olu.adeyemi@hotmail.com")], ["Westfield"]),

    ("My husband Gary Thompson had a knee replacement 3 weeks ago, his surgeon was Dr Patel. The knee is still swollen and warm-ish but no fever. "
     "He is 67. MRN 4472019. Call Linda 440-555-0198",
     [("name", "Gary Thompson"), ("name", "Patel"), ("id_number", "4472019"), ("name", "Linda"), ("phone", "440-555-0198")], []),
]
