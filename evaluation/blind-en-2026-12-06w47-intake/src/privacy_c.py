# Privacy items with identifiers: South-East Asia, Oceania, and mixed/migrant stories.

ITEMS = [
    (
        "Good day po. I'm Ma. Cristina Dela Cruz, PhilHealth no. 12-050418822-7, from Blk 12 Lot 7, Mabuhay Homes, "
        "Brgy. San Isidro, Antipolo City. My Lola Remedios, 83, has a wound on her foot that won't heal. She is "
        "diabetic. Should we bring her to the hospital?",
        [("name", "Ma. Cristina Dela Cruz"), ("id_number", "12-050418822-7"),
         ("address", "Blk 12 Lot 7, Mabuhay Homes, Brgy. San Isidro, Antipolo City"), ("name", "Remedios")],
        [],
    ),
    (
        "Pasting our GC 'Reyes Fam 💕':\nTita Baby: Jomar has rashes all over after the shrimp\nJomar: makati lang\n"
        "Kuya Paolo: give him Allerkid\nJomar is 12 and the rash is itchy but he's breathing fine. Is cetirizine "
        "okay for him? Text me 0917 555 2046.",
        [("name", "Reyes"), ("name", "Baby"), ("name", "Jomar"), ("name", "Paolo"), ("phone", "0917 555 2046")],
        [],
    ),
    (
        "I work as a call center agent at Teleperformance Ortigas on night shift and I can't sleep during the day. "
        "My SSS number is 34-5521876-2 for the sick leave form. Name: Jerome Villanueva. Is melatonin safe long "
        "term?",
        [("id_number", "34-5521876-2"), ("name", "Jerome Villanueva")],
        ["Teleperformance Ortigas"],
    ),
    (
        "OFW here in Riyadh, my Iqama number is 2456718830. I'm Rowena, 44, nurse. My kids back in Iloilo are with "
        "my sister Marites. My son Kyle, 10, is losing weight and always thirsty. Diabetes?",
        [("id_number", "2456718830"), ("name", "Rowena"), ("name", "Marites"), ("name", "Kyle")],
        [],
    ),
    (
        "A jeep, plate NCE 4718, sideswiped my motor in Quezon City. My knee is swollen like a balloon and I can't "
        "straighten it since yesterday. My brother Ramil took photos. Ligament?",
        [("licence_plate", "NCE 4718"), ("name", "Ramil")],
        [],
    ),
    (
        "Hi doctor, Nurul Aisyah binti Hassan, IC 850312-14-5521. Address No. 23, Jalan SS2/55, 47300 Petaling "
        "Jaya, Selangor. I'm 39, my HbA1c is 8.1 on metformin 1 g twice daily. My endocrinologist Dr Lim wants to "
        "add insulin. Can I try diet first?",
        [("name", "Nurul Aisyah binti Hassan"), ("id_number", "850312-14-5521"),
         ("address", "No. 23, Jalan SS2/55, 47300 Petaling Jaya, Selangor"), ("name", "Lim")],
        [],
    ),
    (
        "My Grab driver (car WVT 8213) braked hard and I hit my face on the seat in front. Nose bled a bit and is "
        "now swollen and crooked?? My friend Mei Ling says it's broken. Number 012-555 3478.",
        [("licence_plate", "WVT 8213"), ("name", "Mei Ling"), ("phone", "012-555 3478")],
        [],
    ),
    (
        "Letter from my son's kindergarten: 'Dear Puan Siti, your child Adam Harith was found to have blisters on "
        "hands and mouth today. Please keep him home.' Tadika Seri Intan has had 3 cases. Adam is 4. HFMD?",
        [("name", "Siti"), ("name", "Adam Harith"), ("name", "Adam")],
        ["Tadika Seri Intan"],
    ),
    (
        "Singapore. NRIC S8834127D, I'm Tan Wei Jie, staying at Blk 512 Ang Mo Kio Ave 8, #07-1234, Singapore "
        "560512. My father-in-law, Mr Goh, 80, fell last week and now his hip hurts when he walks. Polyclinic can "
        "only see him next Thursday.",
        [("id_number", "S8834127D"), ("name", "Tan Wei Jie"),
         ("address", "Blk 512 Ang Mo Kio Ave 8, #07-1234, Singapore 560512"), ("name", "Goh")],
        [],
    ),
    (
        "Our helper Sri (FIN G7712458N) has been coughing for a month and lost weight. The agency says we must test her for TB. She's from Central Java, 34. What test is needed? Email is "
        "lim.household.sg@gmail.com.",
        [("name", "Sri"), ("id_number", "G7712458N"), ("email", "lim.household.sg@gmail.com")],
        [],
    ),
    (
        "Hi I'm Budi Santoso, NIK 3174052108900003, BPJS card 0001847263915. I live in Jl. Kemang Raya No. 18, "
        "Jakarta Selatan. My wife Dewi has typhoid for the second time this year. Why does it keep coming back?",
        [("name", "Budi Santoso"), ("id_number", "3174052108900003"), ("id_number", "0001847263915"),
         ("address", "Jl. Kemang Raya No. 18, Jakarta Selatan"), ("name", "Dewi")],
        [],
    ),
    (
        "My ojek driver's motorbike, B 4417 KJT, fell on my leg. Doctor at the puskesmas cleaned it. Now there's a "
        "big bruise and my ankle is puffy. I'm Putri, 22. WA me 0812-5555-3490.",
        [("licence_plate", "B 4417 KJT"), ("name", "Putri"), ("phone", "0812-5555-3490")],
        [],
    ),
    (
        "Xin chào. I'm Nguyễn Thị Hoa, CCCD 079188004521, living at 42 Lê Văn Sỹ, Phường 13, Quận 3, TP.HCM. My "
        "husband Minh drinks a lot of beer and now his eyes look yellow. He is 47.",
        [("name", "Nguyễn Thị Hoa"), ("id_number", "079188004521"),
         ("address", "42 Lê Văn Sỹ, Phường 13, Quận 3, TP.HCM"), ("name", "Minh")],
        [],
    ),
    (
        "Sawasdee ka. Thai ID 1-1037-01845-63-2, I'm Siriporn. My daughter Ploy, born 5 January 2021, gets red "
        "cheeks and a lacy rash on her arms. Her nursery teacher Khun Nok said it's 'slapped cheek'. Is it "
        "contagious?",
        [("id_number", "1-1037-01845-63-2"), ("name", "Siriporn"), ("name", "Ploy"),
         ("date_of_birth", "5 January 2021"), ("name", "Nok")],
        [],
    ),
    (
        "G'day, Medicare number 2953 41827 1, name's Shane Donovan, 52, live at 14 Banksia Street, Marrickville NSW "
        "2204. My missus Kerry noticed a mole on my back has gone darker and bigger. How quick should I get it "
        "looked at?",
        [("id_number", "2953 41827 1"), ("name", "Shane Donovan"),
         ("address", "14 Banksia Street, Marrickville NSW 2204"), ("name", "Kerry")],
        [],
    ),
    (
        "Forwarding the email from work:\n'Hi Chloe, as discussed, please provide a medical certificate for your "
        "absence. Regards, Bronwyn Hale, People & Culture, Coastline Credit Union.'\nI had gastro for 3 days. Can "
        "a telehealth doctor give me a certificate for days already passed?",
        [("name", "Chloe"), ("name", "Bronwyn Hale")],
        ["Coastline Credit Union"],
    ),
    (
        "Ute rego 1XY 7QP reversed into my mate Dazza at the footy carpark, clipped his foot. He's limping and the "
        "big toe is black. He won't see anyone. How bad can a toe be?",
        [("licence_plate", "1XY 7QP"), ("name", "Dazza")],
        [],
    ),
    (
        "I'm Aroha Ngata, NHI ZKP4417, living at 17 Kowhai Road, Mt Albert, Auckland 1025. My koro Hemi is 76 and "
        "his gout flares every time there's a tangi and he eats mussels. Can he take something to prevent it?",
        [("name", "Aroha Ngata"), ("id_number", "ZKP4417"), ("address", "17 Kowhai Road, Mt Albert, Auckland 1025"),
         ("name", "Hemi")],
        [],
    ),
    (
        "Kia ora, text me on 021 555 0843. My son Nikau (9) goes to Rangiora Borough School and the teacher Whaea "
        "Mere said he's been squinting and getting headaches. Eye test or GP first?",
        [("phone", "021 555 0843"), ("name", "Nikau"), ("name", "Mere")],
        ["Rangiora Borough School"],
    ),
    (
        "Bula! I'm Sereana from Suva, born 30 October 1979, phone +679 955 5312. My cousin Jone sent me a video from "
        "@fijiherbalhealer saying kava cures anxiety. I'm on fluoxetine. Can I drink kava?",
        [("name", "Sereana"), ("date_of_birth", "30 October 1979"), ("phone", "+679 955 5312"), ("name", "Jone"),
         ("handle", "@fijiherbalhealer")],
        [],
    ),
    (
        "Talofa. My aunty Losa is 64, lives in Apia, and the doctor at TTM said her kidneys are at 30 percent. My "
        "email is tavita.leota@gmail.com, I'm in Porirua. Will she need dialysis?",
        [("name", "Losa"), ("email", "tavita.leota@gmail.com")],
        [],
    ),
    (
        "Writing from Port Moresby. My husband Kila was bitten by a dog three days ago, the wound was washed. "
        "Digicel 7555 2184 is my number. Does he need rabies shots even though it's a pet dog?",
        [("name", "Kila"), ("phone", "7555 2184")],
        [],
    ),
    (
        "Hey, I'm Jas, 19, uni student, student ID 31847265. My boyfriend Ethan's ex follows me as "
        "@jazzy_j_melb and I've been so anxious I can't eat. Is this an anxiety disorder?",
        [("name", "Jas"), ("id_number", "31847265"), ("name", "Ethan"), ("handle", "@jazzy_j_melb")],
        [],
    ),
    (
        "My mum (DOB 12/12/1950) is in aged care at Wattle Grove Lodge and the nurse Precious rang to say she's "
        "had three UTIs this year. Mum's name is Margaret Quinlan. Should she be on preventive antibiotics?",
        [("date_of_birth", "12/12/1950"), ("name", "Precious"), ("name", "Margaret Quinlan")],
        ["Wattle Grove Lodge"],
    ),
    (
        "Pasted from our Discord:\n<kaito_plays> bro my heart is racing after 3 monsters\n<mossyboi> drink water lol\n"
        "<kaito_plays> my hands are shaking\nThat's my flatmate Kaito, he's fine now, 20. How many energy drinks is "
        "too many?",
        [("handle", "kaito_plays"), ("handle", "mossyboi"), ("name", "Kaito")],
        [],
    ),
    (
        "I'm Harpreet, I drive trucks out of Brampton, ON. My brother Gurpreet in Ludhiana has sent me his report: "
        "creatinine 2.4. His Aadhaar is 6193 2248 0571 if the hospital asks. Is that kidney failure?",
        [("name", "Harpreet"), ("name", "Gurpreet"), ("id_number", "6193 2248 0571")],
        [],
    ),
    (
        "Hi I'm Fatima, I live in Bradford but my dad's still in Mirpur. Mum's friend Auntie Nasreen says his "
        "swollen legs are from standing. His heart doctor is Dr Qureshi. Dad's number in Pakistan is "
        "+92 345 5512870.",
        [("name", "Fatima"), ("name", "Nasreen"), ("name", "Qureshi"), ("phone", "+92 345 5512870")],
        [],
    ),
    (
        "I'm a Zimbabwean nurse in Wolverhampton, NMC PIN 17C4421O. My colleague Grace and I both have back pain "
        "from moving patients. My email is ruvimbo.chikwanha@nhs.net. Any exercises?",
        [("id_number", "17C4421O"), ("name", "Grace"), ("email", "ruvimbo.chikwanha@nhs.net")],
        [],
    ),
    (
        "Nigerian in Houston. My son Oluwaseun, DOB 09/21/2016, has sickle cell and his hematologist Dr. Brandt "
        "wants hydroxyurea. My mother in Ibadan thinks it's too strong. Who's right?",
        [("name", "Oluwaseun"), ("date_of_birth", "09/21/2016"), ("name", "Brandt")],
        [],
    ),
    (
        "Forwarded email from my daughter's university:\n'Dear Anjali Krishnan (Student No. 2291847), we note that "
        "you have missed your exams due to illness...'\nShe's in Edinburgh, 20, very tired and sleeping 14 hours a "
        "day. Could it be thyroid?",
        [("name", "Anjali Krishnan"), ("id_number", "2291847")],
        [],
    ),
    (
        "I'm Kofi Boateng, moved to Toronto from Accra. My health card is 6671-204-553-MX. My kids Ama and Kojo have "
        "never had chickenpox vaccines. Are they needed here?",
        [("name", "Kofi Boateng"), ("id_number", "6671-204-553-MX"), ("name", "Ama"), ("name", "Kojo")],
        [],
    ),
    (
        "My website is https://www.hannahwellnessnz.co.nz and I teach yoga. One of my students, Rawiri, says his "
        "knee clicks in lotus pose. Should he stop?",
        [("url", "https://www.hannahwellnessnz.co.nz"), ("name", "Rawiri")],
        [],
    ),
    (
        "Filipino nurse in Dublin here, I'm Joy. My IRP card number is IRL-44817726. My husband Rodel's PPSN is "
        "8831445TH. He has hives every morning for two months. What tests?",
        [("name", "Joy"), ("id_number", "IRL-44817726"), ("name", "Rodel"), ("id_number", "8831445TH")],
        [],
    ),
    (
        "Hi, Mandla here, 45. My wife found my Strava profile strava.com/athletes/48812093 shows my heart rate at "
        "195 on an easy run. My watch is a Garmin. Is the reading real or a glitch?",
        [("name", "Mandla"), ("url", "strava.com/athletes/48812093")],
        [],
    ),
    (
        "Copy of the text from my landlord: 'Hi Ana, plumber coming Tue to fix the leak at 3/88 Rata Street, "
        "Newtown, Wellington.' The damp is making my baby Luca cough. He's 8 months.",
        [("name", "Ana"), ("address", "3/88 Rata Street, Newtown, Wellington"), ("name", "Luca")],
        [],
    ),
    (
        "I'm Vikash, from Lautoka. Car registration FJ 482 was in the crash with my uncle Prem driving. He broke "
        "his wrist and it was set in a cast. Now his fingers are a bit swollen, is that normal?",
        [("name", "Vikash"), ("licence_plate", "FJ 482"), ("name", "Prem")],
        [],
    ),
    (
        "My number is (08) 9555 4172, Perth. Calling about my partner Jarrah who works FIFO on a mine site. "
        "He's been drinking heavily on his R&R weeks and his liver tests came back high.",
        [("phone", "(08) 9555 4172"), ("name", "Jarrah")],
        [],
    ),
    (
        "I'm Lwazi, my blog https://lwazi-runs.blogspot.com tracks my marathon training. Past 2 weeks I've had "
        "shin pain that's now sore to touch in one spot. Stress fracture?",
        [("name", "Lwazi"), ("url", "https://lwazi-runs.blogspot.com")],
        [],
    ),
    (
        "Hello, I'm Mai, Vietnamese, studying in Brisbane, student ID s4417289. I had a fever, bone pain and a rash "
        "after I came back from Da Nang. My roommate Thu said dengue. Email mai.pham.uq@gmail.com.",
        [("name", "Mai"), ("id_number", "s4417289"), ("name", "Thu"), ("email", "mai.pham.uq@gmail.com")],
        [],
    ),
    (
        "Hi, my husband Rangi's taxi is HZT291, and he sits 12 hours a day. He's got a painful lump near his "
        "tailbone that leaks. His mate Tama said pilonidal cyst.",
        [("name", "Rangi"), ("licence_plate", "HZT291"), ("name", "Tama")],
        [],
    ),
    (
        "Mum's in Cebu, she's 70, lives at 88 Gorordo Avenue, Lahug, Cebu City. Her doctor, Dr. Abellana, wants "
        "her on warfarin for AFib. I'm in Sydney. What blood tests does she need?",
        [("address", "88 Gorordo Avenue, Lahug, Cebu City"), ("name", "Abellana")],
        [],
    ),
    (
        "Saw @vietnamese.mama.nutrition say my 2 year old can drink condensed milk instead of formula. My son is "
        "Bao. Is that okay? My number +84 90 555 1274.",
        [("handle", "@vietnamese.mama.nutrition"), ("name", "Bao"), ("phone", "+84 90 555 1274")],
        [],
    ),
    (
        "Hello, Siaosi here from Nuku'alofa, Tonga. Born 4/6/1969. My gout has got really bad and my fingers have "
        "lumps now. My daughter Mele lives in Auckland and can get me meds. Which ones?",
        [("name", "Siaosi"), ("date_of_birth", "4/6/1969"), ("name", "Mele")],
        [],
    ),
    (
        "The school emailed: 'Hi Mrs Rahman, Zara (Year 3) has been crying with tummy aches most mornings. — Ms "
        "Hollis, Kingswood Primary.' Zara's 7. Could it be anxiety? Our landline is 0121 555 0387.",
        [("name", "Rahman"), ("name", "Zara"), ("name", "Hollis"), ("phone", "0121 555 0387")],
        ["Kingswood Primary"],
    ),
]
