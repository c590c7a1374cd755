# Privacy items with identifiers: Africa and South Asia.

ITEMS = [
    (
        "Good afternoon doctor. My name is Chukwuemeka Obi, my NIN is 48201937465 and my HMO card number is "
        "AXA/LG/220914. My mother Ngozi lives with us at 12 Adebayo Close, Ikeja, Lagos and her sugar level was 14.2 "
        "this morning after fasting. Please what should we do?",
        [("name", "Chukwuemeka Obi"), ("id_number", "48201937465"), ("id_number", "AXA/LG/220914"),
         ("name", "Ngozi"), ("address", "12 Adebayo Close, Ikeja, Lagos")],
        [],
    ),
    (
        "Copying from the family WhatsApp:\nUncle Femi: Tunde's malaria has come back again\nAunty Bisi: he didn't "
        "finish the Coartem\nTunde: I finished it o!\nTunde is 19, fever again 10 days after treatment. Is that "
        "resistance or new infection? You can call me 0803 555 2714.",
        [("name", "Femi"), ("name", "Tunde"), ("name", "Bisi"), ("phone", "0803 555 2714")],
        [],
    ),
    (
        "Hello, I am Wanjiru Kamau, ID No. 28843107, NHIF member 4419287. I stay in Kilimani, house 14, Riara Road, "
        "Nairobi. My son Baraka (6) has had a cough for three weeks that is worse at night. Could it be asthma?",
        [("name", "Wanjiru Kamau"), ("id_number", "28843107"), ("id_number", "4419287"),
         ("address", "house 14, Riara Road, Nairobi"), ("name", "Baraka")],
        [],
    ),
    (
        "A matatu, reg KDG 482Q, hit my cousin Otieno's boda boda on Thika Road two weeks ago. He has pain in the "
        "left shoulder still and can't raise his arm above the head. X-ray said no fracture. Rotator cuff?",
        [("licence_plate", "KDG 482Q"), ("name", "Otieno")],
        [],
    ),
    (
        "Hi, Thandeka here, ID 8805125123087, Discovery medical aid no. 304417729. I'm 36 and 20 weeks pregnant. My "
        "gynae Dr Naidoo in Umhlanga says my iron is low. Can I take Ferrimed with my prenatal vitamins?",
        [("name", "Thandeka"), ("id_number", "8805125123087"), ("id_number", "304417729"), ("name", "Naidoo")],
        [],
    ),
    (
        "My brother Sipho crashed his bakkie (GP plate HTX 417 GP) into a pole last night. He was checked at "
        "Helen Joseph Hospital and released. Today he has a stiff neck and a headache. Should he go back?",
        [("name", "Sipho"), ("licence_plate", "HTX 417 GP")],
        [],
    ),
    (
        "Forwarding letter from my employer: 'Dear Mr Mensah, following your absence from 3-14 June, the company "
        "doctor requires a medical report. Staff ID GH-PRD-0417.' I work at Volta Breweries as a forklift driver and "
        "I had hepatitis A. Can I go back now?",
        [("name", "Mensah"), ("id_number", "GH-PRD-0417")],
        ["Volta Breweries"],
    ),
    (
        "Ghana card GHA-719284533-6. I'm Akosua, 29, living at House No. 7, Nii Okaiman Street, Dzorwulu, Accra. My "
        "periods have stopped for 4 months and the test is negative. My husband Yaw is worried.",
        [("id_number", "GHA-719284533-6"), ("name", "Akosua"),
         ("address", "House No. 7, Nii Okaiman Street, Dzorwulu, Accra"), ("name", "Yaw")],
        [],
    ),
    (
        "Please reply to fatuma.mwinyi@yahoo.co.tz or +255 754 555 910. My daughter Zawadi, 3, has white patches in "
        "the mouth that don't wipe off. She finished antibiotics last week.",
        [("email", "fatuma.mwinyi@yahoo.co.tz"), ("phone", "+255 754 555 910"), ("name", "Zawadi")],
        [],
    ),
    (
        "I'm Tendai Moyo from Harare, born 11 August 1990. I follow @drchipo_zw on Instagram and she said "
        "moringa lowers blood pressure. My BP is 150/95. Can I stop my amlodipine and use moringa?",
        [("name", "Tendai Moyo"), ("date_of_birth", "11 August 1990"), ("handle", "@drchipo_zw")],
        [],
    ),
    (
        "School letter for my daughter: 'Learner: Amahle Dlamini, Grade 4, learner no. 201844109. Amahle was sent "
        "home with suspected ringworm of the scalp.' Her teacher Mrs van Wyk says she can't come back without a "
        "doctor's note. What is the treatment?",
        [("name", "Amahle Dlamini"), ("id_number", "201844109"), ("name", "Amahle"), ("name", "van Wyk")],
        [],
    ),
    (
        "My husband Abebe and I live in Addis, Bole area near Edna Mall. He is 58 and his feet have been numb for "
        "months. His sugar is high. His email is abebe.tesfaye58@gmail.com if you want to send him information.",
        [("name", "Abebe"), ("email", "abebe.tesfaye58@gmail.com")],
        [],
    ),
    (
        "Salaam, I am writing for my grandmother Hajiya Aisha Bello, she is 74. We are at No. 22 Sultan Road, "
        "Nassarawa GRA, Kano. Her knee swelling is very bad and the hospital in Kano gave her diclofenac. Is it "
        "safe with her kidney problem?",
        [("name", "Aisha Bello"), ("address", "No. 22 Sultan Road, Nassarawa GRA, Kano")],
        [],
    ),
    (
        "Uganda here. My NIN is CM9104210LXKPA and my son is Mukasa, 11. He had a nosebleed at Kampala Parents "
        "School that wouldn't stop for 20 minutes. The school nurse called me on 0772 555 318. Should we check his "
        "blood?",
        [("id_number", "CM9104210LXKPA"), ("name", "Mukasa"), ("phone", "0772 555 318")],
        ["Kampala Parents School"],
    ),
    (
        "Namaste doctor, I'm Kavitha Raghunathan, Aadhaar 4821 7730 1956. Writing for my appa, he is 70, staying "
        "with us at Flat 302, Sai Krupa Apartments, 4th Cross, Jayanagar, Bengaluru 560041. His hands shake when "
        "he holds his coffee tumbler. Is it Parkinson's?",
        [("name", "Kavitha Raghunathan"), ("id_number", "4821 7730 1956"),
         ("address", "Flat 302, Sai Krupa Apartments, 4th Cross, Jayanagar, Bengaluru 560041")],
        [],
    ),
    (
        "Copying my cousins' group 'Sharma Parivar':\nRohit: Dadi's BP is 170/100 again\nNeha bhabhi: she stopped "
        "Telma because of dizziness\nRohit: Dr. Khanna said don't stop\nWhat's the safest way to handle this? Dadi "
        "is 79.",
        [("name", "Sharma"), ("name", "Rohit"), ("name", "Neha"), ("name", "Khanna")],
        [],
    ),
    (
        "My PAN is BKLPS4821Q and the insurance TPA needs it with my claim no. MDI/2024/558123 for my gallbladder "
        "surgery. Surgeon was Dr. Venkatesh at Apollo. Is it normal to still have right shoulder pain 10 days after "
        "lap chole?",
        [("id_number", "BKLPS4821Q"), ("id_number", "MDI/2024/558123"), ("name", "Venkatesh")],
        [],
    ),
    (
        "Bike with number MH 12 KP 7731 hit me near FC Road, Pune. The rider Sagar took me to a clinic, they "
        "stitched my chin. Now it's red and warm on day 4. Infection? My number +91 98220 55418.",
        [("licence_plate", "MH 12 KP 7731"), ("name", "Sagar"), ("phone", "+91 98220 55418")],
        [],
    ),
    (
        "I am Fr. Joseph Kuriakose from Kottayam, date of birth 02-05-1961. My ABHA number is 91-4827-3302-1176. "
        "My gastro Dr. Thomas wants a colonoscopy but I am scared. What happens exactly?",
        [("name", "Joseph Kuriakose"), ("date_of_birth", "02-05-1961"), ("id_number", "91-4827-3302-1176"),
         ("name", "Thomas")],
        [],
    ),
    (
        "Hello, I'm a teacher at Little Flowers Montessori in Chennai and my own daughter Ishita, 5, studies there "
        "too. She's been scratching her head a lot. Email me at deepa.iyer.lfm@gmail.com with what to use for lice.",
        [("name", "Ishita"), ("email", "deepa.iyer.lfm@gmail.com")],
        ["Little Flowers Montessori"],
    ),
    (
        "My YouTube channel youtube.com/@GymBroArjun has 40k subs and I've been taking a 'SARMs' stack. Last blood "
        "test ALT 110. My trainer Vikram says it's normal for lifters. Is it?",
        [("url", "youtube.com/@GymBroArjun"), ("name", "Vikram")],
        [],
    ),
    (
        "Assalam o alaikum, I'm Sana Tariq, CNIC 35202-4418273-4, from DHA Phase 5, House 118, Street 12, Lahore. "
        "My husband Imran and I have been trying for a baby for 3 years. What tests should both of us do?",
        [("name", "Sana Tariq"), ("id_number", "35202-4418273-4"),
         ("address", "DHA Phase 5, House 118, Street 12, Lahore"), ("name", "Imran")],
        [],
    ),
    (
        "Please call my brother Bilal on 0300-5551287 if you need details. Our abbu is 66 and since Eid his urine "
        "stream is very weak and he gets up 5 times at night.",
        [("name", "Bilal"), ("phone", "0300-5551287")],
        [],
    ),
    (
        "Our car LEA-4471 was in a small accident on Canal Road. My sister Mahnoor hit her head on the window, no "
        "bleeding, she was checked at Services Hospital and CT was fine. Now 2 days later she's dizzy when she "
        "turns in bed.",
        [("licence_plate", "LEA-4471"), ("name", "Mahnoor")],
        [],
    ),
    (
        "I'm Farhana Akter, NID 19932691234567891, working at Ananta Garments in Gazipur. My supervisor Rahim bhai "
        "said the cotton dust is giving me the cough. I'm 24. Can a factory give you lung disease?",
        [("name", "Farhana Akter"), ("id_number", "19932691234567891"), ("name", "Rahim")],
        ["Ananta Garments"],
    ),
    (
        "My bKash-registered number is 01711-555843, that's the best way to reach me. My mother Rokeya, 58, has a "
        "lump in her breast, she found it on 2 April. We're in Sylhet.",
        [("phone", "01711-555843"), ("name", "Rokeya")],
        [],
    ),
    (
        "Ayubowan. My NIC is 852341234V, name Chaminda Perera, from 45/2 Temple Road, Nugegoda. My wife Dilani and "
        "I both got dengue last month. Her platelets went down to 40,000. Can she get it again?",
        [("id_number", "852341234V"), ("name", "Chaminda Perera"), ("address", "45/2 Temple Road, Nugegoda"),
         ("name", "Dilani")],
        [],
    ),
    (
        "I'm Nuwan, 31, NIC 199312804561. The three wheeler WP QA-5512 I drive gives me terrible back pain by "
        "evening. My friend Kasun said to sleep on the floor. Does that help a slipped disc?",
        [("name", "Nuwan"), ("id_number", "199312804561"), ("licence_plate", "WP QA-5512"), ("name", "Kasun")],
        [],
    ),
    (
        "Namaste from Kathmandu. My citizenship no. is 27-01-75-04412. I'm Sabina Shrestha, born 2049-03-15 BS "
        "(that's June 1992). I get nosebleeds every winter. My aama says it's the cold. Is it?",
        [("id_number", "27-01-75-04412"), ("name", "Sabina Shrestha"), ("date_of_birth", "2049-03-15")],
        [],
    ),
    (
        "Forwarding Mum's discharge summary header: 'UHID: AIIMS/2023/0448172, Patient: Pushpa Devi Agarwal, Age/Sex: "
        "68/F, Consultant: Dr. R. Malhotra.' She was admitted for pneumonia. She's home now but very weak. How long "
        "is recovery at her age?",
        [("id_number", "AIIMS/2023/0448172"), ("name", "Pushpa Devi Agarwal"), ("name", "R. Malhotra")],
        [],
    ),
    (
        "Ask my son on his Insta @rahul.fitlife_07 — he keeps posting photos of his 'cutting' diet and he has "
        "fainted twice in the gym. He is 17. My number is +91 90041 55837.",
        [("handle", "@rahul.fitlife_07"), ("phone", "+91 90041 55837")],
        [],
    ),
    (
        "South Africa. I'm Pieter Botha, DOB 14/02/1967, living at 9 Protea Crescent, Durbanville, Cape Town 7550. "
        "My medical aid (Bonitas) number is 00581742. I'm having calf cramps at night on my statin. Is it the "
        "statin?",
        [("name", "Pieter Botha"), ("date_of_birth", "14/02/1967"),
         ("address", "9 Protea Crescent, Durbanville, Cape Town 7550"), ("id_number", "00581742")],
        [],
    ),
    (
        "I live in Kumasi with my auntie Efua and her twins Kofi and Kwame. The twins, 2, have had watery stools "
        "for 3 days. We have ORS. Auntie's phone is 024 555 8812.",
        [("name", "Efua"), ("name", "Kofi"), ("name", "Kwame"), ("phone", "024 555 8812")],
        [],
    ),
    (
        "Hi doc, Lerato here. My blog lerato-lives-with-lupus.co.za has my story. I'm 30, on Plaquenil 200 mg. My "
        "ophthalmologist Dr Pillay wants yearly eye checks. Why?",
        [("name", "Lerato"), ("url", "lerato-lives-with-lupus.co.za"), ("name", "Pillay")],
        [],
    ),
    (
        "My employer, Safari Tours Arusha, needs my yellow fever card but I lost it. Passport number is AB2849103. "
        "Name is Daudi Mollel. Can I get re-vaccinated or is once enough?",
        [("id_number", "AB2849103"), ("name", "Daudi Mollel")],
        ["Safari Tours Arusha"],
    ),
    (
        "This is from my mother's Facebook, facebook.com/mamaadaeze.cooks — she has been posting that bitter leaf "
        "cures diabetes and she has stopped her glucophage. She is 61. How do I convince her?",
        [("url", "facebook.com/mamaadaeze.cooks")],
        [],
    ),
    (
        "I'm Moses, a boda rider in Kisumu, bike KMFA 219Y. Dust on the road makes my eyes red and itchy every day. "
        "Any drops I can buy at the chemist?",
        [("name", "Moses"), ("licence_plate", "KMFA 219Y")],
        [],
    ),
    (
        "Writing for my co-wife's son Ibrahim, 9, who goes to Al-Noor Islamiyya School in Maiduguri. The teacher "
        "Malam Sani says he can't see the board. His mother Hauwa asks if glasses are enough.",
        [("name", "Ibrahim"), ("name", "Sani"), ("name", "Hauwa")],
        ["Al-Noor Islamiyya School"],
    ),
    (
        "Hi, my email is priya.menon1988@outlook.com and my DOB is 23.07.1988. I'm in Kochi. My husband Arjun's "
        "sister Lakshmi says I should take ashwagandha for my thyroid. I'm on Thyronorm 75. Can I?",
        [("email", "priya.menon1988@outlook.com"), ("date_of_birth", "23.07.1988"), ("name", "Arjun"),
         ("name", "Lakshmi")],
        [],
    ),
]
