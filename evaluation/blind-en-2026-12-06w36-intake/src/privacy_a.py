# Hand-written privacy items, part A (items with identifiers).
# Each entry: (text, [(type, exact_text), ...], [quasi strings])

ITEMS = [
    ("hi doc my wife Nomvula is 34 weeks pregnant and her feet are swelling badly since Sunday, her medical aid no is DH88213467 with Discovery. do we go to casualty or wait for Monday",
     [("name", "Nomvula"), ("id_number", "DH88213467")], []),

    ("Asking on behalf of my mum, Mrs Adaeze Nwosu, born 12/09/1958. She has been feeling dizzy when she stands up and her BP was 90/60 this morning at home in Enugu.",
     [("name", "Adaeze Nwosu"), ("date_of_birth", "12/09/1958")], []),

    ("my flatmate Kwame has been coughing every night for like 3 weeks and refuses to see anybody. if a doctor can just call him on 024 555 3817 maybe he will listen to you people",
     [("name", "Kwame"), ("phone", "024 555 3817")], []),

    ("Assalam o alaikum doctor, my father Muhammad Tariq Butt (CNIC 35202-4471823-5) was admitted in Lahore last month for sugar, now discharged. can he take Glucophage together with the new insulin?",
     [("name", "Muhammad Tariq Butt"), ("id_number", "35202-4471823-5")], []),

    ("pls reply to rinamaharani88@gmail.com and not here, my husband reads my phone. i think i have UTI again its the third time this year and it burns so much",
     [("email", "rinamaharani88@gmail.com")], []),

    ("Boa tarde! My son Davi (CPF 418.332.907-16) came back from football camp with little red spots on both legs, is it allergy or can it be dengue? we are in Campinas",
     [("name", "Davi"), ("id_number", "418.332.907-16")], []),

    ("I am writing for my grandmother Fatema Begum, she stays with us at House 27, Road 9, Dhanmondi, Dhaka. her hands shake when she eats rice and she drops the spoon. NID 1992614783205 if you need it for the report",
     [("name", "Fatema Begum"), ("address", "House 27, Road 9, Dhanmondi, Dhaka"), ("id_number", "1992614783205")], []),

    ("my colleague Reem fainted in the pantry today at the Al Futtaim office in Festival City. she said she skipped breakfast and she's fine now but should she get blood tests or something?",
     [("name", "Reem")], ["Al Futtaim office"]),

    ("Neighbours boy Tendai (about 7) fell off the wall this afternoon n his wrist looks bent. His mum is at work, her cell is 077 555 2190 if the clinic needs consent",
     [("name", "Tendai"), ("phone", "077 555 2190")], []),

    ("Dr Hendricks at the day hospital told my brother his kidneys are working at 40 percent. what does that even mean?? he is only 45 and he doesnt drink",
     [("name", "Hendricks")], []),

    ("My daughter is 16 and her insta is @zanele.bakes_ , lately she only posts about skipping meals and 'clean eating'. Im scared its an eating disorder, how do I bring it up without her shutting me out",
     [("handle", "@zanele.bakes_")], []),

    ("Good day sir/ma. I am Oluwaseun Adebayo, NHIS no. 00417729-3, please will my HMO cover MRI for lower back pain or must I pay out of pocket?",
     [("name", "Oluwaseun Adebayo"), ("id_number", "00417729-3")], []),

    ("Our driver Rafiq has chest tightness whenever he climbs the stairs to our flat, he is 52 and smokes Gold Leaf. Rafiq's number is 01715-553904, he doesn't have internet, can someone ring him in Bangla",
     [("name", "Rafiq"), ("phone", "01715-553904")], []),

    ("He collapsed in the parking at Menlyn and the security wrote down his plate, CJ 47 KL GP, and called me. they said low sugar. my husband is type 1 since childhood, how do we stop this happening again?",
     [("licence_plate", "CJ 47 KL GP")], []),

    ("Hello, patient name: Siti Nurhaliza Putri, NIK 3174054206890003, 34 yo female. Complaint: heavy period more than 10 days, feeling weak. Please advise which specialist in Jakarta",
     [("name", "Siti Nurhaliza Putri"), ("id_number", "3174054206890003")], []),

    ("my boyfriend Thabo was diagnosed with TB at the clinic in Soweto and now I'm scared I have it too, we live together in 1123 Mahalefele Street, Dube. do I need to be tested even tho I feel fine?",
     [("name", "Thabo"), ("address", "1123 Mahalefele Street, Dube")], []),

    ("Pls help my sister Ama, she's 29, she works night shift at Ridge Hospital pharmacy and now cannot sleep at all even on her off days. her email is ama.osei.rx@yahoo.com if you want to send her info directly",
     [("name", "Ama"), ("email", "ama.osei.rx@yahoo.com")], ["Ridge Hospital pharmacy"]),

    ("For my client Mr. Khalid Al Mansoori (Emirates ID 784-1961-5528410-3), 63, recent knee replacement at Cleveland Clinic Abu Dhabi. He is asking when he can drive again. I am his home nurse.",
     [("name", "Khalid Al Mansoori"), ("id_number", "784-1961-5528410-3")], []),

    ("Ola, I am Beatriz from Recife. My baby Heitor was born 03/02/2024 at 36 weeks and he still spits up after every feed. Is this reflux? the pediatrician is on holiday",
     [("name", "Beatriz"), ("name", "Heitor"), ("date_of_birth", "03/02/2024")], []),

    ("my mother in law keeps calling me about her knee, I gave her this site. her whatsapp is +92 321 5550 874 and she only reads Urdu but her grandson can translate. she is 68 with diabetes",
     [("phone", "+92 321 5550 874")], []),

    ("My teacher Mrs Mensah has been losing her voice every afternoon for two months now, us students are worried, she teaches at Achimota School. what could cause it",
     [("name", "Mensah")], ["Achimota School"]),

    ("Hi i'm Zainab (IG @zee_lagosgirl) and my face is breaking out so bad since i started the new pill, is it the Microgynon? 23f",
     [("name", "Zainab"), ("handle", "@zee_lagosgirl")], []),

    ("I run a care home in Bulawayo and one of our residents, Gogo Sibanda, 84, has stopped eating since Tuesday and sleeps most of the day. Her daughter Nomsa is in the UK. is this just old age?",
     [("name", "Sibanda"), ("name", "Nomsa")], []),

    ("My husband's GoFundMe for the kidney transplant is gofundme.com/f/help-babajide-get-a-kidney and people keep asking me questions I cant answer, like how long does dialysis keep someone alive?",
     [("url", "gofundme.com/f/help-babajide-get-a-kidney")], []),

    ("Iqama 2471038856, name Sajid Hussain, construction worker in Dammam, foreman brought me here. I have pain in lower back and leg goes numb after long day. can I get sick leave paper online?",
     [("id_number", "2471038856"), ("name", "Sajid Hussain")], []),

    ("my son Lutho (DOB 21 Nov 2016) keeps wetting the bed again after being dry for 2 years, he just started at Rondebosch Boys Prep and we moved house. could it be stress?",
     [("name", "Lutho"), ("date_of_birth", "21 Nov 2016")], ["Rondebosch Boys Prep"]),

    ("Writing for my friend Adjoa who doesnt like forums. She's 41 and found a lump in her left breast, not painful. Her number is +233 20 555 6619. Is it possible to get a mammogram same week at Korle Bu?",
     [("name", "Adjoa"), ("phone", "+233 20 555 6619")], []),

    ("hello my dad is Ahmed Raza, born 5th of January 1951, he has Parkinson's and the Sinemet wears off before the next dose. his neurologist Dr Qureshi is away till April",
     [("name", "Ahmed Raza"), ("date_of_birth", "5th of January 1951"), ("name", "Qureshi")], []),

    ("I'm Lerato, 27, and I think my contraceptive implant moved?? I can't feel it in my arm anymore. I got it at Marie Stopes in Polokwane last year",
     [("name", "Lerato")], []),

    ("can u check if my wife is on your system, Mariana Costa Ribeiro, Cartão SUS 898 0012 3345 6781, she had a scan at the UBS and nobody called us back about the results",
     [("name", "Mariana Costa Ribeiro"), ("id_number", "898 0012 3345 6781")], []),

    ("Our house girl Blessing, 19, has a terrible toothache and her cheek is swelling. She's from the village and has never been to a dentist. we stay at 14 Admiralty Way, Lekki Phase 1. any dentist near us that is not too expensive?",
     [("name", "Blessing"), ("address", "14 Admiralty Way, Lekki Phase 1")], []),

    ("the guy who hit my car (plate KJA 482 XY) drove off and now my neck is stiff and my head aches since yesterday. do I need an x-ray for whiplash?",
     [("licence_plate", "KJA 482 XY")], []),

    ("hi, Dewi here, my husband Agus (41) snores like a tractor and stops breathing in his sleep sometimes. he drives for Gojek all day so im worried he falls asleep at the wheel",
     [("name", "Dewi"), ("name", "Agus")], ["Gojek"]),

    ("Patient: Tanvir Ahmed Chowdhury\nPassport: EB0472913\nAge 38\nComing to Bangkok for treatment of hepatitis B, which tests should I bring from Dhaka?",
     [("name", "Tanvir Ahmed Chowdhury"), ("id_number", "EB0472913")], []),

    ("My girlfriend Precious keeps getting yeast infections and the Canesten only helps a bit. She asked me to post because shes shy lol. 24 years old, no diabetes",
     [("name", "Precious")], []),

    ("Good evening. Our family driver Mr. Joseph Mathew, who has been with my father Sheikh Hamad for twenty years, has a foot ulcer that will not heal. He is 58 and diabetic. Employee no. QF-20417 with our family office if insurance asks",
     [("name", "Hamad"), ("name", "Joseph Mathew"), ("id_number", "QF-20417")], []),

    ("please my mum Mrs. Folasade Akinola is 70, she lives alone at 7 Bode Thomas Street, Surulere. she fell last week and since then she's afraid to walk. can someone come see her at home?",
     [("name", "Folasade Akinola"), ("address", "7 Bode Thomas Street, Surulere")], []),

    ("I coach u-14 netball in Windhoek and one of my girls, Ndapewa, gets very short of breath after only 5 minutes running. her mum said to ask here. she's 13 and slim",
     [("name", "Ndapewa")], []),

    ("Hi, I'm Rizky, 30 m, email rizky.pratama.dev@outlook.co.id. My left eye has been twitching for a month non stop. I work on screens 12 hrs a day. Is it dangerous?",
     [("name", "Rizky"), ("email", "rizky.pratama.dev@outlook.co.id")], []),

    ("My brother-in-law Waqas has been vomiting blood a bit this morning?? he says its from coughing. he's in Faisalabad, I'm in Doha. call him 0300 555 7142 please",
     [("name", "Waqas"), ("phone", "0300 555 7142")], []),

    ("Our baby girl Amahle was born on 8 August 2023 and she still has no teeth at all. Is that normal at 14 months? my mother says its a problem",
     [("name", "Amahle"), ("date_of_birth", "8 August 2023")], []),

    ("I'm a social worker writing for a client, Ms. Gugu Dlamini, ID 9104120734081, 33, HIV positive, defaulted on ARVs for 6 months. What's the safest way for her to restart?",
     [("name", "Gugu Dlamini"), ("id_number", "9104120734081")], []),

    ("Can Dr. Nazia Rahman from your cardiology team look at my echo report? My name is Shahida Akter and they said mitral valve prolapse.",
     [("name", "Nazia Rahman"), ("name", "Shahida Akter")], []),

    ("hey so my roommate Caio is like passed out drunk on the couch, he's breathing fine and snoring, we put him on his side. what signs mean we should call the SAMU?",
     [("name", "Caio")], []),

    ("My late husband's policy number was OM-5501-228917 with Old Mutual and now they say his death was due to a pre-existing condition (hypertension). Is high blood pressure really considered that?",
     [("id_number", "OM-5501-228917")], []),

    ("Hello doctor I am Ifeoma. My son Chidubem is 4, he keeps scratching his bum at night. His school is Greensprings in Anthony. Could it be worms?",
     [("name", "Ifeoma"), ("name", "Chidubem")], ["Greensprings"]),

    ("this is abu's wife, abu is 47 and his legs have been swelling at the ankles for 2 weeks, he is on amlodipine. you can whatsapp me at +971 55 555 0298",
     [("name", "abu"), ("phone", "+971 55 555 0298")], []),

    ("I found my father's old blood results, name Mr. Bongani Mthembu, DOB 1962-04-17, creatinine 210, eGFR 29. is this stage 4 kidney disease? he never told us",
     [("name", "Bongani Mthembu"), ("date_of_birth", "1962-04-17")], []),

    ("My tiktok is tiktok.com/@fitwithlarissa and I post about fasting, but lately I get palpitations when I train fasted. 26F, Brazil. Is it electrolytes?",
     [("url", "tiktok.com/@fitwithlarissa")], []),

    ("Our maid Siti, 45, from Indonesia, working for us in Riyadh, has lumps on her neck for 2 months. Her passport is C4471203 if the hospital wants it. She is shy to go alone.",
     [("name", "Siti"), ("id_number", "C4471203")], []),

    ("Kofi, my husband, 55, has gout again in his big toe, we live in Tema Community 11, House No. C/52. which painkiller is safe with his BP tablets?",
     [("name", "Kofi"), ("address", "Tema Community 11, House No. C/52")], []),

    ("morning all. granny Mavis is 91 and keeps seeing little people in her room at night at our house, 22 Jacaranda Avenue, Pinetown. she's on no new meds. is this dementia?",
     [("name", "Mavis"), ("address", "22 Jacaranda Avenue, Pinetown")], []),

    ("I'm posting for my best friend Hira who's too embarrassed: she's 22, unmarried, and has had no period for 5 months. not pregnant. her insta @hiraa.k_art if you want to DM her",
     [("name", "Hira"), ("handle", "@hiraa.k_art")], []),

    ("Patient Rashed Al-Kuwari, Qatar ID 28163401275, 42 M, asks if he can fast during Ramadan with his new Jardiance tablets. Translating for him.",
     [("name", "Rashed Al-Kuwari"), ("id_number", "28163401275")], []),

    ("Please call my son Emeka on 0806 555 3321, he is the one who takes me to the hospital. I am 74 and my doctor Dr Eze increased my Lasix and now I am up all night urinating",
     [("name", "Emeka"), ("phone", "0806 555 3321"), ("name", "Eze")], []),

    ("we're in Maputo, my little brother Joao (6) stepped on a rusty nail at the beach yesterday. does he need tetanus? he had his shots as a baby I think",
     [("name", "Joao")], []),

    ("my wife Yuliana is diabetic type 2 and her sugar was 300 after lunch, she's 50, we live in Bandung. her doctor dr. Hendra said to increase metformin but she gets diarrhoea",
     [("name", "Yuliana"), ("name", "Hendra")], []),

    ("I'm Chipo's mother. Chipo Moyo, 11, Grade 5 at Lusaka International Community School, gets headaches every day after school. Her eyes were never tested",
     [("name", "Chipo Moyo")], ["Lusaka International Community School"]),

    ("Student number 21904873 at University of Lagos here. Health centre gave me Coartem but I'm still feeling feverish after 3 days. what next",
     [("id_number", "21904873")], ["University of Lagos"]),

    ("my uncle Mr Nasir Uddin lives at Flat 4B, Rupayan Tower, Banani Road 11. he is 66 and coughed blood twice this week. he smoked 40 years. where in Dhaka is best for lung check?",
     [("name", "Nasir Uddin"), ("address", "Flat 4B, Rupayan Tower, Banani Road 11")], []),

    ("Hi I'm a nurse, calling for a neighbour, Mrs Ruth Banda of Kabulonga. She's 77, had a stroke in March, we need physio at home. Best contact is her son Peter at peter.banda.zm@gmail.com",
     [("name", "Ruth Banda"), ("name", "Peter"), ("email", "peter.banda.zm@gmail.com")], []),

    ("my husband fabio has painful piles for 2 wks and refuses to go to the doctor because he's embarrassed lol. he's 39 and sits all day driving Uber, plate FQX-7D41",
     [("name", "fabio"), ("licence_plate", "FQX-7D41")], ["Uber"]),

    ("Need advice for my flatmate Aisha Bello, 25, she has sickle cell (SS) and is having joint pain crisis since morning. she has taken Paracetamol only. her hematologist is Dr. Okonkwo at LUTH",
     [("name", "Aisha Bello"), ("name", "Okonkwo")], []),

    ("i am fozia from quetta and my daughter Mahnoor is 9 and very pale and tired all the time. blood test said Hb 7.9. is it only iron?",
     [("name", "fozia"), ("name", "Mahnoor")], []),

    ("I have a question about my employer's insurance. Employee ID ADNOC-77430, my wife is pregnant with twins and I need to know if the NICU is covered if they come early",
     [("id_number", "ADNOC-77430")], []),

    ("My friend Sipho's number is 082 555 9014, he's 36 and he thinks he has piles but it's black stool for 3 days now, I told him to come here. He's in Durban",
     [("name", "Sipho"), ("phone", "082 555 9014")], []),

    ("hello my name is Nana Yaa Asantewaa, I was born on 17 March 1990 and I have been having pelvic pain for months. my gynae at Nyaho clinic said fibroids. do I need surgery?",
     [("name", "Nana Yaa Asantewaa"), ("date_of_birth", "17 March 1990")], ["Nyaho clinic"]),

    ("my sister in law, Farzana, lives in Chittagong at 12/B Chawkbazar Lane near the big mosque. she is 8 months pregnant and her face is puffy and headache since morning. what should family do",
     [("name", "Farzana"), ("address", "12/B Chawkbazar Lane")], []),

    ("I'm the carer for Mr. Gift Phiri (DOB 30/06/1947), he has COPD and uses his inhaler maybe 10 times a day now instead of 3. Lilongwe.",
     [("name", "Gift Phiri"), ("date_of_birth", "30/06/1947")], []),
]
