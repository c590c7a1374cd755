# Hand-written privacy items, part B (items with identifiers).
# Each entry: (text, [(type, exact_text), ...], [quasi strings])

ITEMS = [
    ("Sawubona. My gran (Thokozile Ngcobo, ID 4807150482083) gets her pension at SASSA and now they want a doctor letter saying she cant walk far because of her hip. who can write it?",
     [("name", "Thokozile Ngcobo"), ("id_number", "4807150482083")], []),

    ("My son's class teacher at Beaconhouse Gulberg sent him home twice for pink eye. His name is Hamza, he's 8. both eyes crusty in the morning. do we need drops or it goes by itself?",
     [("name", "Hamza")], ["Beaconhouse Gulberg"]),

    ("hi my baby Ayodeji (born 2 May 2024) has had 3 loose stools today but still feeding well and wet nappies. Mummy is panicking. we are in Ibadan",
     [("name", "Ayodeji"), ("date_of_birth", "2 May 2024")], []),

    ("Wife's Facebook is facebook.com/raissa.mendes.9 and she posted about her migraine meds and now strangers are telling her to stop them. She takes topiramate 50. Is weight loss a normal side effect?",
     [("url", "facebook.com/raissa.mendes.9")], []),

    ("For insurance purposes: member no. BUPA-AR-0098821, dependant Layla (daughter), 5 years. She has tonsillitis for the 6th time this year. Does that qualify for tonsillectomy?",
     [("id_number", "BUPA-AR-0098821"), ("name", "Layla")], []),

    ("my dad Mr. Kwabena Owusu is 80, lives at Plot 15, Abelemkpe Crescent in Accra with my brother. since his prostate op he can't hold his urine, is that permanent??",
     [("name", "Kwabena Owusu"), ("address", "Plot 15, Abelemkpe Crescent")], []),

    ("Im Ravi, I work at the Emirates Group engineering hangar, staff no. S392118. My ears ring all the time even at home. 35m. Do I need a hearing test",
     [("name", "Ravi"), ("id_number", "S392118")], ["Emirates Group engineering hangar"]),

    ("my grandson Tinashe calls himself @tinashe_beats on tiktok and he told me he wants to die in a video, he's 15. he lives with me. he is safe now, sleeping, but what do I do tomorrow?",
     [("name", "Tinashe"), ("handle", "@tinashe_beats")], []),

    ("Can I change my doctor from Dr. Mokoena to Dr. Pillay at the same practice? I'm on chronic meds for epilepsy (Epilim) and Dr Mokoena keeps making me wait 3 months for script renewals",
     [("name", "Mokoena"), ("name", "Pillay")], []),

    ("Hello. My mother's name is Nurul Huda, 62, NIK 3578016502620001. She has had yellow eyes for a week and itching. We are from Surabaya. Is it hepatitis?",
     [("name", "Nurul Huda"), ("id_number", "3578016502620001")], []),

    ("please reply to gabi.ferreira.bh@hotmail.com - my father is 72 and since starting Losartan he coughs dry every night. is it the pill?",
     [("email", "gabi.ferreira.bh@hotmail.com")], []),

    ("Yaw (my partner) fell off an okada last month and broke his collarbone, he had it strapped at Komfo Anokye. its still clicking when he lifts his arm. 31 years",
     [("name", "Yaw")], []),

    ("Our son Ebrahim was born 14/10/2019, he is autistic and nonverbal and lately he bangs his head on the wall at night. Anyone had this? we are in Cape Town, Bo-Kaap, 48 Wale Street",
     [("name", "Ebrahim"), ("date_of_birth", "14/10/2019"), ("address", "48 Wale Street")], []),

    ("I'm a pastor in Kumasi and a member of my church, Brother Kojo Mensah-Bonsu, asked me to ask: he's 49 with prostate enlargement, the urologist wants to operate. Is medicine enough?",
     [("name", "Kojo Mensah-Bonsu")], []),

    ("Me and my husband Rahim are trying for a baby for 3 years. I'm 33, he is 37. His semen test said low motility. Can you call us at +880 1819 555 206 in the evening",
     [("name", "Rahim"), ("phone", "+880 1819 555 206")], []),

    ("Hi doc I'm Mpho from Gaborone. I keep getting sores at the corners of my mouth. 19F. Not on any meds. My bf says it's from kissing lol",
     [("name", "Mpho")], []),

    ("This is for Mrs. Halima Yusuf (Kano), age 56, ward no. K-2231 at Aminu Kano Teaching Hospital. she had a hysterectomy 5 days ago and now feels burning when peeing",
     [("name", "Halima Yusuf"), ("id_number", "K-2231")], []),

    ("Client: Mr Andile Khumalo, DOB 09/12/1985, works at Sasol Secunda (shift worker). Presenting: chronic fatigue, snoring, BMI 36. I'm his wellness coach. Would a sleep study help?",
     [("name", "Andile Khumalo"), ("date_of_birth", "09/12/1985")], ["Sasol Secunda"]),

    ("my twins Hassan and Hussain are 3. Hussain has a squint in his left eye, only when he's tired. is that normal or surgery?",
     [("name", "Hassan"), ("name", "Hussain")], []),

    ("Pedro here, 28. Tattooed my forearm at a studio in Vila Madalena 10 days ago and it's red, hot and oozing yellow. Their insta is @inkvilamadalena if anyone knows them. infection?",
     [("name", "Pedro"), ("handle", "@inkvilamadalena")], []),

    ("my aunty Comfort is 60 and keeps getting nosebleeds in the harmattan. She stays at Flat 2, Block C, Labone Estates. what can she put in the nose?",
     [("name", "Comfort"), ("address", "Flat 2, Block C, Labone Estates")], []),

    ("I am Abdullah Al-Shamsi, 29, from Sharjah. MRN 00483921 at Al Qassimi. After my appendix surgery 2 weeks ago the wound is still leaking clear fluid. Normal?",
     [("name", "Abdullah Al-Shamsi"), ("id_number", "00483921")], []),

    ("My partner is trans (he/him), 24, on testosterone from a clinic in Joburg. Name's Kai. His hematocrit came back 54. Is that dangerous? Contact me on 071 555 4438",
     [("name", "Kai"), ("phone", "071 555 4438")], []),

    ("Hello from Karachi, my nani (maternal grandma) Zubaida Khatoon, 86, has a bed sore on her back that is getting deeper. we live in Block 13-D, Gulshan-e-Iqbal, house A-77. nurse needed",
     [("name", "Zubaida Khatoon"), ("address", "Block 13-D, Gulshan-e-Iqbal, house A-77")], []),

    ("writing for a friend, Tunde, who got a positive hepatitis B test at a job medical for Dangote. he's 27. Does this mean he won't get the job?",
     [("name", "Tunde")], ["Dangote"]),

    ("my little sister Putri (12) has her first period and she is bleeding a lot, soaking pads every 2 hrs for 3 days. Mum is in Medan, I'm looking after her",
     [("name", "Putri")], []),

    ("Hi, my name is Chinedu, I'm 34 and I've been having loose stools for 6 weeks. I'm on my company's Leadway HMO, enrollee ID LHL/29047/A. who do I see?",
     [("name", "Chinedu"), ("id_number", "LHL/29047/A")], []),

    ("My dad Mr. Edson Silva Santos keeps forgetting things, he left the gas on twice. He's 74. His linkedin is still up at linkedin.com/in/edsonsilvasantos if that helps, he was an engineer till 2015",
     [("name", "Edson Silva Santos"), ("url", "linkedin.com/in/edsonsilvasantos")], []),

    ("Neighbour from number 6 in our complex, Tshepo, asked me to post: his wife is 38 weeks and her waters broke an hour ago, no contractions yet, clear fluid. hospital now or wait?",
     [("name", "Tshepo")], []),

    ("My husband Imran (passport AB7731904) is travelling to Jeddah for Umrah next month, he had a heart stent in 2022. which vaccines and what to take for the walking?",
     [("name", "Imran"), ("id_number", "AB7731904")], []),

    ("hi its for my son Kagiso, 14, his school is St Albans College. hes been having pain below the knee for months after rugby, bony bump there. osgood something?",
     [("name", "Kagiso")], ["St Albans College"]),

    ("my wife nurjanah is 28 and she feels a lot of anxiety after giving birth, crying every day, she doesn't want to hold the baby. she said she won't hurt herself. we are in Bekasi",
     [("name", "nurjanah")], []),

    ("The lab results for Sadia Islam (born 22-01-1995) show TSH 0.01 and high T4. Dr Habib said Graves. Is radioactive iodine safe if she wants kids later?",
     [("name", "Sadia Islam"), ("date_of_birth", "22-01-1995"), ("name", "Habib")], []),

    ("Call me on +27 61 555 2087, I'm Ruan, my father (Johan) is 68 and his left hand has been numb on and off for 2 days but he refuses to go",
     [("phone", "+27 61 555 2087"), ("name", "Ruan"), ("name", "Johan")], []),

    ("I'm the school nurse at Al Khaleej National School. A Grade 9 student, Omar Haddad, has had 3 nosebleeds this week in class. Parents unreachable. When should I send him to hospital?",
     [("name", "Omar Haddad")], ["Al Khaleej National School"]),

    ("My girlfriend Thandeka's cousin gave her tramadol for period pain and she's been taking it for 2 months now every month. Is it addictive? She's 21",
     [("name", "Thandeka")], []),

    ("hello doctors, my mum Agnes Mwale is 59 and has had a cough with sweating at night for 2 months in Kitwe. HIV negative last year. Her phone +260 97 555 1843",
     [("name", "Agnes Mwale"), ("phone", "+260 97 555 1843")], []),

    ("for the claim: policy no. 7712-HC-55291, insured Mr. Felipe Araujo, 45, they rejected the cost of his knee arthroscopy. what code should the ortho have used?",
     [("id_number", "7712-HC-55291"), ("name", "Felipe Araujo")], []),

    ("ask 4 my cousin Bilal, 17, he is very short compared to his friends, 150cm. he's in Islamabad. does he need growth hormone? his email bilal.gamer07@gmail.com",
     [("name", "Bilal"), ("email", "bilal.gamer07@gmail.com")], []),

    ("We took our housekeeper Grace to hospital for a checkup and they say she has high blood pressure 170/100 at 44. She stays in the back room at 31 Rhodes Drive, Borrowdale. What diet should we cook for her",
     [("name", "Grace"), ("address", "31 Rhodes Drive, Borrowdale")], []),

    ("My name is Nkechi Obi and my daughter Chioma keeps getting ear infections, she's 2. Our pediatrician Dr Ogunleye suggested grommets. Is she too young?",
     [("name", "Nkechi Obi"), ("name", "Chioma"), ("name", "Ogunleye")], []),

    ("Please forward to the dermatology team: Patient Ana Luiza Moura, RG 32.451.887-X, 31F, moles changing on back. Photos on my drive link drive.google.com/drive/folders/1xAnaLuizaMoles",
     [("name", "Ana Luiza Moura"), ("id_number", "32.451.887-X"), ("url", "drive.google.com/drive/folders/1xAnaLuizaMoles")], []),

    ("Salaam. My husband Faisal is 40 and drives a taxi in Muscat, plate 2418 AR. He has had burning chest after eating for months, worse lying down. Is it the heart or the stomach",
     [("name", "Faisal"), ("licence_plate", "2418 AR")], []),

    ("I babysit a little boy, Luca, 3, for a family in Sandton. Today he had a rash all over after eating peanut butter but he's breathing fine and playing. parents are on a flight. antihistamine ok?",
     [("name", "Luca")], []),

    ("can i ask for my friend Wanjiru? she's 30, Kenyan but lives here in Dubai Marina, works at Jumeirah Beach Hotel front desk. she has hair falling out in patches",
     [("name", "Wanjiru")], ["Jumeirah Beach Hotel front desk"]),

    ("dad's MRN at Shaukat Khanum is 1093-447-2, Mr. Javed Iqbal. He had chemo cycle 3 last week and now has mouth ulcers and can't eat. Is there a mouthwash?",
     [("id_number", "1093-447-2"), ("name", "Javed Iqbal")], []),

    ("Hey I'm Nathi, my twitter is @nathi_za_writes. I've had a sore throat for a month and a hoarse voice, 33, I smoke a bit. should I worry",
     [("name", "Nathi"), ("handle", "@nathi_za_writes")], []),

    ("My mother Mrs Rukhsana Parveen, DOB 01-07-1964, had a mastectomy last year and now her arm is swelling on the same side. physio or blood clot?",
     [("name", "Rukhsana Parveen"), ("date_of_birth", "01-07-1964")], []),

    ("My colleague at MTN Ghana, Esi, has been very yellow in the eyes since yesterday, she's 26. should I tell HR or is it private",
     [("name", "Esi")], ["MTN Ghana"]),

    ("Hi, writing for my husband Wayan, he got bitten by a neighbour's dog in Ubud yesterday, small bite on his calf. Do we need rabies shots? Our villa is Jl. Raya Sayan No. 18",
     [("name", "Wayan"), ("address", "Jl. Raya Sayan No. 18")], []),

    ("I'm Gabriela, 35, and I've had 2 miscarriages. My OB Dr. Souza says just try again but I want tests. My whatsapp +55 21 95555 0413",
     [("name", "Gabriela"), ("name", "Souza"), ("phone", "+55 21 95555 0413")], []),

    ("the ambulance took my neighbour Mr Lungu last night, his car is still outside with hazard lights on, BAF 2261. who do we even call? also what is a 'TIA'? they said maybe that",
     [("name", "Lungu"), ("licence_plate", "BAF 2261")], []),

    ("Reporting on behalf of my father in law, Alhaji Musa Danjuma, 69, diabetic, he has a black toe since last week. Our address is No. 4 Gidan Dan Hausa Road, Kano",
     [("name", "Musa Danjuma"), ("address", "No. 4 Gidan Dan Hausa Road, Kano")], []),

    ("my brother Sabbir's blood report: ALT 180, AST 120, he drinks a lot. he's 36. reply to sabbir.hossain.bd@gmail.com pls he wants to read it himself",
     [("name", "Sabbir"), ("email", "sabbir.hossain.bd@gmail.com")], []),

    ("Hi from Lusaka, I'm Mutale. Ever since my C-section in January my scar is thick and raised and itchy. 29 yo. Is this a keloid?",
     [("name", "Mutale")], []),

    ("we are worried about our tenant Ms. Kemi Adeyemi in Flat 3, she hasn't come out for 3 days, her lights are on, she told me she was sad last month. what should a landlord do?",
     [("name", "Kemi Adeyemi")], []),

    ("student ID 2020-11-0457 at BRAC University. I've had panic attacks during exams, heart racing, feel like dying. Student counsellor is booked till next month. I'm 21 male",
     [("id_number", "2020-11-0457")], ["BRAC University"]),

    ("Our daughter Marcela (born 11/05/2010) was diagnosed with type 1 last week at Hospital Sabará. She wants to keep doing ballet. Can she?",
     [("name", "Marcela"), ("date_of_birth", "11/05/2010")], []),

    ("im asking for my mate Lwazi, 23, he got a tattoo and now has a fever. his mum's number is 083 555 7712 in case. he's at his place in Khayelitsha",
     [("name", "Lwazi"), ("phone", "083 555 7712")], []),

    ("My father Haji Abdul Ghaffar is 77 and has cataract in both eyes. He lives in village Chak 42 near Sargodha with my brother. Can both eyes be done same day?",
     [("name", "Abdul Ghaffar"), ("address", "village Chak 42 near Sargodha")], []),

    ("Hello, I'm Fatou Diop from Dakar, 37. My blood pressure readings are 150/95 even on Amlodipine. I also work nights at Hôpital Principal as a cleaner. What else can I do?",
     [("name", "Fatou Diop")], ["Hôpital Principal"]),

    ("please doctor my wife Mumtaz, 31, got a positive pregnancy test but she has IUD. her gynecologist Dr Saima is out of the country. what to do",
     [("name", "Mumtaz"), ("name", "Saima")], []),

    ("My dad's NHS number is 485 777 3456 — he moved back to Harare from Leicester and needs his records for his cardiologist here. Who do we ask?",
     [("id_number", "485 777 3456")], []),

    ("hi im Kudzai from harare, 20, i think i have an STI, there is discharge. i am too shy to go to the clinic near my uni (UZ). can i buy something at the pharmacy",
     [("name", "Kudzai")], ["UZ"]),
]
