# Privacy items WITH identifiers, hand-written. (text, [(type, text)], [quasi])
ITEMS = [
    ("Dear Doctor, my name is Adaeze Nwankwo and I have had a burning feeling when passing urine for four days. "
     "Kindly advise if I need antibiotics. You can reach me on 0803 417 2290.",
     [("name", "Adaeze Nwankwo"), ("phone", "0803 417 2290")], []),

    ("hi doc its Kofi here, my wife Efua has been vomiting since morning after eating waakye. shes 7 months pregnant. should we go to Korle Bu or wait",
     [("name", "Kofi"), ("name", "Efua")], []),

    ("Name: Tendai Mushonga\nDOB: 14/03/1987\nPhone: 0772 318 540\nComplaint: itchy rash on both forearms for 2 weeks, worse at night",
     [("name", "Tendai Mushonga"), ("date_of_birth", "14/03/1987"), ("phone", "0772 318 540")], []),

    ("Good evening. I am writing on behalf of my father, Mr. Ranjith Wickramasinghe, aged 71, who lives at 42/3 Temple Road, Nugegoda. "
     "He has been passing black stools since Sunday. Please advise whether he should be seen urgently.",
     [("name", "Ranjith Wickramasinghe"), ("address", "42/3 Temple Road, Nugegoda")], []),

    ("My NHS number is 485 777 3456 and the GP surgery keeps saying my blood results are 'normal' but I still feel exhausted all the time. Can I ask for a thyroid test privately?",
     [("id_number", "485 777 3456")], []),

    ("salaam doctor, my son Yousef 9 yrs has bad earache since yesterday, fever 38.4. pls whatsapp me +971 50 662 1843 as I am at work",
     [("name", "Yousef"), ("phone", "+971 50 662 1843")], []),

    ("Hello, I'm Siobhán, 34, from Galway. Since my second baby I leak urine when I sneeze or run. Is pelvic floor physio worth it or do I need surgery? Email me at siobhan.kealy88@eircom.net if easier.",
     [("name", "Siobhán"), ("email", "siobhan.kealy88@eircom.net")], []),

    ("Respected sir/madam, I am Nurul Aisyah binti Rahman, MyKad 910422-10-5528. I have had a lump in my left breast for about a month. It is not painful. What should I do?",
     [("name", "Nurul Aisyah binti Rahman"), ("id_number", "910422-10-5528")], []),

    ("My brother Okello was bitten by a dog near our home in Gulu two days ago. Does he need rabies injection still? My number is +256 772 409 115.",
     [("name", "Okello"), ("phone", "+256 772 409 115")], []),

    ("Patient: Mona Abdelrahman\nNational ID: 28905121401873\nAge: 35\nProblem: recurrent migraines, 3-4 per week, Panadol no longer helps",
     [("name", "Mona Abdelrahman"), ("id_number", "28905121401873")], []),

    ("I posted about my skin on insta @glowwith_ama and people said it is eczema, others said fungal. Pictures are there. Can a doctor tell from photos?",
     [("handle", "@glowwith_ama")], []),

    ("Hi, my daughter Chiamaka (DOB 02/11/2019) keeps getting tonsillitis, 5 times this year. Her paediatrician Dr Eze says wait but I'm tired. When is tonsillectomy offered?",
     [("name", "Chiamaka"), ("date_of_birth", "02/11/2019"), ("name", "Eze")], []),

    ("We were in a small crash this morning, the other driver's car was KJA 482 GH, he drove off. My neck has been stiff since. Should I get an x-ray?",
     [("licence_plate", "KJA 482 GH")], []),

    ("Dear team, please find my details below.\nFull name: Patrick Joseph Dunne\nPPS No: 7483921WA\nMobile: 087 624 1190\nI would like a second opinion about my prostate PSA of 6.2.",
     [("name", "Patrick Joseph Dunne"), ("id_number", "7483921WA"), ("phone", "087 624 1190")], []),

    ("my mum Nimali keeps forgetting things, last week she left the gas on twice. she is 68. is it dementia? we live in Kandy",
     [("name", "Nimali")], []),

    ("Hello, I set up a fundraiser for my husband's kidney transplant: gofundme.com/f/help-chidi-get-a-kidney . Meanwhile the dialysis unit says his potassium is 6.1. Is that dangerous?",
     [("url", "gofundme.com/f/help-chidi-get-a-kidney")], []),

    ("I'm Aisha, I work as a cashier at Al Noor Supermarket in Sharjah and I stand 10 hours a day. My ankles swell by evening. Is it my heart?",
     [("name", "Aisha")], ["Al Noor Supermarket"]),

    ("Good day doctor. Kindly my wife Abena and I have been trying for a baby for 2 years. Her cycles are irregular. Call 024 551 7732 anytime after 5pm.",
     [("name", "Abena"), ("phone", "024 551 7732")], []),

    ("To whom it may concern,\nI, Tatenda Chikwanha, residing at 17 Fife Avenue, Avondale, Harare, wish to enquire about a vasectomy. I am 41 and have four children.",
     [("name", "Tatenda Chikwanha"), ("address", "17 Fife Avenue, Avondale, Harare")], []),

    ("hey, my mate Dermot fell off his bike on Saturday and his wrist is still swollen and bruised. he's refusing A&E. could it be broken?",
     [("name", "Dermot")], []),

    ("Sir, my employee number is 20417 (Emirates Airline ground staff). Insurance card no. 8847-2209-1134. I need a referral for an MRI of my lower back.",
     [("id_number", "20417"), ("id_number", "8847-2209-1134")], ["Emirates Airline"]),

    ("Hi I'm Hafiz from Penang. My gf Mei Ling says I snore like a lorry and stop breathing at night. I'm 38, BMI 33. Sleep apnoea?",
     [("name", "Hafiz"), ("name", "Mei Ling")], []),

    ("Doctor, please check my son's photos on facebook.com/nakato.prossy.7 — his skin has white patches on the face. Is it ringworm or vitiligo? He is 6.",
     [("url", "facebook.com/nakato.prossy.7")], []),

    ("My date of birth is 21 August 1979 and my insurer says I am too old for the fertility package. Is 46 really too late for IVF with my own eggs?",
     [("date_of_birth", "21 August 1979")], []),

    ("Tunde here. I teach at Greenfield Comprehensive College, Ikorodu and since the term started I've had hoarse voice every evening. Is it my vocal cords? email tunde.adebayo@yahoo.com",
     [("name", "Tunde"), ("email", "tunde.adebayo@yahoo.com")], ["Greenfield Comprehensive College"]),

    ("I'm writing for my grandmother Mrs Kamala Perera. Her clinic number is NHSL-MRN 0045821. She was given Warfarin and her INR came back 4.8. Should the dose be reduced?",
     [("name", "Kamala Perera"), ("id_number", "0045821")], []),

    ("please help, my baby Ethan is 4 months and has had green runny poo for three days but feeding ok. my health visitor Claire is off this week. mob 07700 900 482",
     [("name", "Ethan"), ("name", "Claire"), ("phone", "07700 900 482")], []),

    ("Member number: NHIS 0917-2284-55\nName: Yaw Boateng\nRequest: Can the insurance cover my cataract surgery? My vision is blurred in the right eye.",
     [("id_number", "0917-2284-55"), ("name", "Yaw Boateng")], []),

    ("Hello Dr, I've been following your tips on tiktok, my handle is @mama_rutendo_zw. I'm 30 weeks and my feet are swollen. Normal?",
     [("handle", "@mama_rutendo_zw")], []),

    ("My car reg is 211-D-40318 and I got clamped outside the clinic while waiting 3 hours with chest tightness. Anyway the ECG was normal. What else causes tightness when I'm anxious?",
     [("licence_plate", "211-D-40318")], []),

    ("As-salamu alaykum. I am Khalid Al-Mansoori, Emirates ID 784-1982-4471903-2. I had my gallbladder removed in March and still have pain after fatty meals. Is this normal?",
     [("name", "Khalid Al-Mansoori"), ("id_number", "784-1982-4471903-2")], []),

    ("my friend Nnamdi said he has been peeing blood after playing football. he is 24. he doesn't want me to tell anyone but I'm worried",
     [("name", "Nnamdi")], []),

    ("Hi there, I'm Grainne O'Sullivan, a student at University College Cork, student ID 120348877. I keep getting cold sores before exams. Can I get a prescription through the student health service?",
     [("name", "Grainne O'Sullivan"), ("id_number", "120348877")], ["University College Cork"]),

    ("Address for home visit: No. 8, Jalan Melati 3, Taman Sri Muda, 40400 Shah Alam. My father is bedbound after stroke and has a sore on his back.",
     [("address", "No. 8, Jalan Melati 3, Taman Sri Muda, 40400 Shah Alam")], []),

    ("doc my husband Ahmed's sugar reading was 310 this morning, he is on Glucophage 1000mg twice daily. He eats rice every night. what to do. tel 01014873362",
     [("name", "Ahmed"), ("phone", "01014873362")], []),

    ("Kindly find attached my lab results. Name: Esther Namuli. DOB: 03-07-1992. Hb 8.9, ferritin 6. I feel dizzy on standing.",
     [("name", "Esther Namuli"), ("date_of_birth", "03-07-1992")], []),

    ("Hiya, I run a small blog about living with endometriosis at www.endowithjess.co.uk and people ask me about the pill vs the coil. What do doctors usually recommend first?",
     [("url", "www.endowithjess.co.uk")], []),

    ("Hello, the taxi that took my mum to the hospital, registration BKM 7721 W, still has her inhaler. Can the pharmacy give her a new Ventolin without a prescription?",
     [("licence_plate", "BKM 7721 W")], []),

    ("I am Chinedu, 29, and I work night shifts at Zenith Cold Storage in Apapa. I can't sleep in the day no matter what. Is melatonin safe long-term?",
     [("name", "Chinedu")], ["Zenith Cold Storage"]),

    ("Dear Sir, my daughter Thandiwe was diagnosed with sickle cell at Parirenyatwa. My email is m.ncube.family@gmail.com. Please advise on folic acid dose for a 5 year old.",
     [("name", "Thandiwe"), ("email", "m.ncube.family@gmail.com")], []),

    ("Name - Dinesh Fernando\nNIC - 198634501267\nAge - 39\nComplaint - chest burning after meals for 2 months, worse lying down",
     [("name", "Dinesh Fernando"), ("id_number", "198634501267")], []),

    ("My physio Niamh said to ask a doctor about my knee clicking after the ACL repair. She thinks the graft is fine. I'm 27 and play camogie.",
     [("name", "Niamh")], []),

    ("Hello, I live at Flat 6, 22 Albert Road, Leyton, London E10 6PQ, and there is black mould on every wall. My toddler coughs every night. Can the GP write a letter to the council?",
     [("address", "Flat 6, 22 Albert Road, Leyton, London E10 6PQ")], []),

    ("can you dm me on twitter @kwesi_builds, I don't want my family to see this. I think I have a sexually transmitted infection",
     [("handle", "@kwesi_builds")], []),

    ("hi. I'm 16 and my name is Farah. my periods are so heavy I miss school at Al Zahra Girls School every month. mum says it's normal. is it?",
     [("name", "Farah")], ["Al Zahra Girls School"]),

    ("Policy No: AXA-GULF-55810293\nInsured: Rashid Al Hammadi\nQuery: is physiotherapy after shoulder dislocation covered and how many sessions do I need?",
     [("id_number", "AXA-GULF-55810293"), ("name", "Rashid Al Hammadi")], []),

    ("my little sister Mwajuma was born 9/9/2015 and she still wets the bed every night. is that a problem at her age?",
     [("name", "Mwajuma"), ("date_of_birth", "9/9/2015")], []),

    ("Good morning Doctor. I'm Mrs. Hyacinth Mensah, retired teacher. I have pain in both knees climbing stairs. My grandson set up this account, his email is kojo.mensah.dev@outlook.com.",
     [("name", "Hyacinth Mensah"), ("email", "kojo.mensah.dev@outlook.com")], []),

    ("I've uploaded my retina scan to drive.google.com/file/d/1xQ7bKp2mZr4TfWq9LsA/view — my optician said there's something at the back of my eye. Can you look?",
     [("url", "drive.google.com/file/d/1xQ7bKp2mZr4TfWq9LsA/view")], []),

    ("my colleague Rania faints every time she sees blood at work, today she hit her head on the desk. she's fine now. Is it vasovagal?",
     [("name", "Rania")], []),

    ("Name: Brian Ssempijja\nTel: 0701 552 309\nEmail: b.ssempijja@mak-alumni.ug\nQuestion: I have a hydrocele, is surgery necessary?",
     [("name", "Brian Ssempijja"), ("phone", "0701 552 309"), ("email", "b.ssempijja@mak-alumni.ug")], []),

    ("Hello, our son Luca is 2 and still not saying any words. Our nursery, Little Acorns Day Care in Swords, suggested assessment. Is this autism?",
     [("name", "Luca")], ["Little Acorns Day Care"]),

    ("Dear Doctor, I am Wan Ahmad Faizal, 52, from Kota Bharu. My Hba1c was 9.1. My number is 013-918 4471. Should I start insulin?",
     [("name", "Wan Ahmad Faizal"), ("phone", "013-918 4471")], []),

    ("I'm a driver for Bolt, my plate is UBK 390Q. Sitting all day has given me piles that bleed. Is there cream that works?",
     [("licence_plate", "UBK 390Q")], []),

    ("my hospital number at Beaumont is MRN 2219874. they lost my scan results. I have a kidney stone 7mm. will it pass by itself?",
     [("id_number", "2219874")], []),

    ("Sorry to bother you. My partner Gareth has been low for months, won't get out of bed and has stopped going to work. How can I get him help without him feeling pushed?",
     [("name", "Gareth")], []),

    ("Hi doc, I'm on linkedin as linkedin.com/in/omar-haddad-eng if you need to verify I'm an engineer. My eyes burn after screen work all day. Drops?",
     [("url", "linkedin.com/in/omar-haddad-eng")], []),

    ("born 30th January 1958, male, smoker 40 years. My cough has changed and I've lost weight. Should I push for a chest x-ray?",
     [("date_of_birth", "30th January 1958")], []),

    ("Emergency contact: Mrs Folake Adeyemi, 0806 773 1405. Patient: myself, Olumide Adeyemi, asthma since childhood, need advice on switching from Ventolin to a preventer inhaler.",
     [("name", "Folake Adeyemi"), ("phone", "0806 773 1405"), ("name", "Olumide Adeyemi")], []),

    ("Please deliver medicines to House 14, Street 9, Al Barsha 2, Dubai. I have a bad chest infection and cannot drive.",
     [("address", "House 14, Street 9, Al Barsha 2, Dubai")], []),

    ("my uncle Sunil's eyes have gone yellow and he drinks arrack daily. He is 55. Liver problem?",
     [("name", "Sunil")], []),

    ("Hi, I have an appointment on 12 June but my pain is bad now. My claim number is CLM-448190-IE. Can I get a refund if I go private for the ultrasound?",
     [("id_number", "CLM-448190-IE")], []),

    ("Dear Doctor, my son Kudakwashe (born 17 May 2012) has flat feet and complains his legs ache after sport at Prince Edward School. Does he need insoles?",
     [("name", "Kudakwashe"), ("date_of_birth", "17 May 2012")], ["Prince Edward School"]),

    ("I'm Sarah, 45, from Belfast. My email is sarahjmcc@btinternet.com. Hot flushes are ruining my sleep. HRT or not?",
     [("name", "Sarah"), ("email", "sarahjmcc@btinternet.com")], []),

    ("Salam. I am Mahmoud from Alexandria, living at 15 Shaarawy Street, Smouha. My mother has had diarrhoea for a week after eating feseekh. She is 74.",
     [("name", "Mahmoud"), ("address", "15 Shaarawy Street, Smouha")], []),

    ("Bro my snap is jay.k.gh23 if you can send me the name of the cream for jock itch. Don't want to put my number here.",
     [("handle", "jay.k.gh23")], []),

    ("Passport no. A04718822 (Sri Lanka). I'm travelling to Nigeria next month for work, which vaccines and malaria tablets do I need?",
     [("id_number", "A04718822")], []),

    ("Hello, my father Rukundo Byaruhanga is 66 and his legs have been weak since his back operation. The surgeon Dr. Kibirige says physio. How long does recovery take?",
     [("name", "Rukundo Byaruhanga"), ("name", "Kibirige")], []),

    ("ok so my roommate Precious found a tick on her leg after hiking in the Nyanga hills. the bite is red with a black dot. should she take something?",
     [("name", "Precious")], []),

    ("I'm Fatma, mother of twins. Our home address is Villa 22, Street 340, Al Ma'amoura, Muscat. One twin has a squint. At what age should it be corrected?",
     [("name", "Fatma"), ("address", "Villa 22, Street 340, Al Ma'amoura, Muscat")], []),

    ("my personal page is www.kuda-runs-harare.com where I log my runs. Lately I get calf pain after 5km that goes away when I stop. Is it a vascular problem at 58?",
     [("url", "www.kuda-runs-harare.com")], []),

    ("Hi, I'm Ravi. My wife's due date is 4 October. Her blood pressure was 150/95 at the clinic. Email: ravi.selvaraj@gmail.com",
     [("name", "Ravi"), ("email", "ravi.selvaraj@gmail.com")], []),

    ("Good evening. I am Comfort Asante, a nurse at Bethel Maternity Clinic in Kumasi. I myself have had a cough for 3 weeks with night sweats. Should I be tested for TB?",
     [("name", "Comfort Asante")], ["Bethel Maternity Clinic"]),

    ("My daughter Saoirse keeps complaining of tummy pain before school. The GP, Dr Byrne, found nothing. Could it be anxiety?",
     [("name", "Saoirse"), ("name", "Byrne")], []),

    ("Employee ID: QP-77412\nDepartment: Offshore\nQuestion: I need a fitness certificate after my hernia repair, when can I go back offshore?",
     [("id_number", "QP-77412")], []),

    ("Hi! I'm Lerato, my instagram is @lerato.lifts. I take creatine and whey and my doctor says my creatinine is high. Is it the supplements?",
     [("name", "Lerato"), ("handle", "@lerato.lifts")], []),

    ("Dear Sir, I am Pastor Emmanuel Ofori. My blood pressure readings at home are 160/100. Pls call 020 884 1176, God bless.",
     [("name", "Emmanuel Ofori"), ("phone", "020 884 1176")], []),

    ("Registration number of my car: WA 6628 M. I was rear-ended on the Federal Highway and now have tingling in my right hand. Whiplash or nerve?",
     [("licence_plate", "WA 6628 M")], []),

    ("my son Aarav is allergic to peanuts. He starts at St. Joseph's Primary, Wattala next week. What should the teacher know?",
     [("name", "Aarav")], ["St. Joseph's Primary, Wattala"]),

    ("Dear doctor, my grandmother Nana Akua is 89 and lives with us at Plot 12, Adjiringanor, East Legon. She has stopped eating much. Is this old age or something else?",
     [("name", "Akua"), ("address", "Plot 12, Adjiringanor, East Legon")], []),

    ("I'm reaching you via my church group's page facebook.com/groups/stpaulskampalahealth — a member named Joyce said you answer questions. I have painful joints in the mornings.",
     [("url", "facebook.com/groups/stpaulskampalahealth"), ("name", "Joyce")], []),

    ("DOB: 1 Dec 1966\nSex: F\nMedications: Amlodipine 5mg, Atorvastatin 20mg\nQuestion: can I take ibuprofen for back pain with these?",
     [("date_of_birth", "1 Dec 1966")], []),

    ("hi its Ciarán, 19. my email ciaranw.2006@hotmail.com. got a tattoo last week and it's red and weeping. infected?",
     [("name", "Ciarán"), ("email", "ciaranw.2006@hotmail.com")], []),

    ("My husband Faisal drives a school bus, plate number 41387 Abu Dhabi 12. He gets dizzy when he turns his head. Should he stop driving?",
     [("name", "Faisal"), ("licence_plate", "41387 Abu Dhabi 12")], []),

    ("Patient name: Nomvula Dube\nWard: private\nInsurance: CIMAS member no. 10448237\nIssue: fibroids, heavy bleeding, considering myomectomy",
     [("name", "Nomvula Dube"), ("id_number", "10448237")], []),

    ("Hello, I'm Priya, 31, working at Serendib Garments in Katunayake. The dust at the factory makes me wheeze. Could it be occupational asthma?",
     [("name", "Priya")], ["Serendib Garments"]),

    ("my mum Rose has had a cough for 6 weeks. she says its nothing. she's 63 and used to smoke. how do I convince her to see someone",
     [("name", "Rose")], []),

    ("Dear Doctor, I am Ibrahim Musa from Kano, phone 0812 904 6637, email ibrahim.musa.kn@gmail.com. My son has been having fits with fever. Is it epilepsy?",
     [("name", "Ibrahim Musa"), ("phone", "0812 904 6637"), ("email", "ibrahim.musa.kn@gmail.com")], []),

    ("I'm Declan from Limerick, my daughter's birthday is 23/04/2021 and she had her MMR at 12 months. Is the second dose due now?",
     [("name", "Declan"), ("date_of_birth", "23/04/2021")], []),

    ("hello im on youtube as youtube.com/@ChefNimmiCooks and I've noticed I get hives whenever I cook prawns. can an allergy start in your 40s?",
     [("url", "youtube.com/@ChefNimmiCooks")], []),

    ("Hi doctor, colleague Baraka at our office fainted this morning after skipping breakfast. He's ok now. Should he get his sugar checked?",
     [("name", "Baraka")], []),

    ("Mrs. Sharifah Norlela, 60, Ward 5 bed 12, Hospital Sultanah Aminah. The doctors said she had a mild heart attack. What diet should she follow at home?",
     [("name", "Sharifah Norlela")], []),

    ("Name: Obinna\nHandle: @obi_the_barber\nProblem: razor bumps on clients' necks after I shave them, what antiseptic should I use?",
     [("name", "Obinna"), ("handle", "@obi_the_barber")], []),

    ("my partner Aoife and I live at 3 Seaview Terrace, Bray, Co. Wicklow. She's had a UTI 4 times this year. Is there a preventive antibiotic?",
     [("name", "Aoife"), ("address", "3 Seaview Terrace, Bray, Co. Wicklow")], []),

    ("Greetings. I am Hassan Mohamed Ali, Egyptian passport A19884527, working in Kuwait. My liver enzymes are raised in a work medical. Will I lose my visa?",
     [("name", "Hassan Mohamed Ali"), ("id_number", "A19884527")], []),

    ("hey it's Sipho, whatsapp +263 77 219 4480. my ear has been ringing for a month after a concert. will it go?",
     [("name", "Sipho"), ("phone", "+263 77 219 4480")], []),

    ("Good afternoon. My father's Medicare card in Australia was 2950 48193 1, but now he lives with me in Dublin. Can he get his dialysis here?",
     [("id_number", "2950 48193 1")], []),

    ("Hello, my wife Hannah's twitter is @hannahbakes_ni and she's been posting that she can't get out of bed. She had our baby 6 weeks ago. I think it's postnatal depression.",
     [("name", "Hannah"), ("handle", "@hannahbakes_ni")], []),

    ("Our van, reg YT19 KZP, was parked next to a burning bin and my son breathed smoke for a few minutes. He's coughing a bit but playing. Keep watching?",
     [("licence_plate", "YT19 KZP")], []),

    ("Dear Doctor,\nMy name is Sister Mary Nakamya, I run Holy Innocents Nursery in Mukono. A child in our care has lice. Do all children need treatment?",
     [("name", "Mary Nakamya")], ["Holy Innocents Nursery"]),

    ("hi, my brother Chukwuemeka's date of birth is 05/06/2001 and the clinic wrote 1991 by mistake, so they gave him an adult dose? he's fine but just checking.",
     [("name", "Chukwuemeka"), ("date_of_birth", "05/06/2001")], []),

    ("I am Amal, staff nurse at Rashid Hospital, Employee no. DHA-49920. I had a needlestick injury yesterday from a patient of unknown status. PEP?",
     [("name", "Amal"), ("id_number", "DHA-49920")], []),

    ("Hello, my email is lakmal.jayasuriya@sltnet.lk. I'm 47 and my right shoulder is frozen for 4 months. Injection or physio?",
     [("email", "lakmal.jayasuriya@sltnet.lk")], []),

    ("My dad Frank, 77, keeps falling at home at 9 Mill Lane, Kilkenny. He lives alone. How do we get an OT assessment?",
     [("name", "Frank"), ("address", "9 Mill Lane, Kilkenny")], []),

    ("Contact: Zainab Bello, 0909 115 2270. My baby has not pooed for 5 days and she is breastfed. Worried.",
     [("name", "Zainab Bello"), ("phone", "0909 115 2270")], []),

    ("Sorry for my English. I am Mohamed Saber Eldin, I drive a taxi in Cairo, number plate ق ر س 4721. Pain in my lower back down my leg for 3 weeks.",
     [("name", "Mohamed Saber Eldin"), ("licence_plate", "ق ر س 4721")], []),

    ("im Shanelle, dob 11/02/2004. my acne is so bad im not leaving the house. tried everything from boots. is roaccutane an option at 21?",
     [("name", "Shanelle"), ("date_of_birth", "11/02/2004")], []),

    ("Hello. Our school nurse, Mrs. Gumbo, asked me to check: my son Tafadzwa has had a squeaky wheeze when running. He is 11. Asthma test?",
     [("name", "Gumbo"), ("name", "Tafadzwa")], []),

    ("You can see my mole in the photo I posted at imgur.com/a/Xk9pQ2m — it has grown and bled once. I'm fair skinned, live in Dubai 12 years.",
     [("url", "imgur.com/a/Xk9pQ2m")], []),

    ("I am Lim Wei Jie, 26, IC 980315-07-6631. I have had a fever for 5 days and joint pain. There's dengue in my area in Ipoh. Should I do a blood test?",
     [("name", "Lim Wei Jie"), ("id_number", "980315-07-6631")], []),

    ("Dear doctor, my sister Nakimuli lives at Plot 45, Kira Road, Kamwokya, Kampala and cannot afford transport. Her leg ulcer isn't healing. Can a nurse visit?",
     [("name", "Nakimuli"), ("address", "Plot 45, Kira Road, Kamwokya, Kampala")], []),

    ("Hi, I'm Jamie. My username on the forum is jamie_t1d_uk. My pump keeps alarming at night with high readings. Should I change the cannula site?",
     [("name", "Jamie"), ("handle", "jamie_t1d_uk")], []),

    ("Good day. Our company driver Kwabena had a cut on his hand from a rusty metal sheet last week. Does he need a tetanus shot?",
     [("name", "Kwabena")], []),

    ("Hello, I am Eilidh, 29, I moved from Glasgow to Abu Dhabi. My number is +971 56 318 2207. My periods stopped since I moved. Stress?",
     [("name", "Eilidh"), ("phone", "+971 56 318 2207")], []),

    ("Ref: Clinic file no. KB/ENT/2291/23\nPatient: Kwame Owusu-Ansah\nComplaint: nasal blockage one side, occasional blood",
     [("id_number", "KB/ENT/2291/23"), ("name", "Kwame Owusu-Ansah")], []),

    ("my gran Peggy is 92 and in a care home. she has a bedsore on her heel. I visit her at Willow Brook House on Sundays. what should the staff be doing?",
     [("name", "Peggy")], ["Willow Brook House"]),

    ("I'm Dilshan. Twitter @dilshan_codes. I can't stop checking the locks at night, it takes me an hour. Is this OCD?",
     [("name", "Dilshan"), ("handle", "@dilshan_codes")], []),

    ("Dear team, kindly call my husband Samuel Oteng on 0277 402 118 with the results. He gave the sample on Monday at Ridge Hospital.",
     [("name", "Samuel Oteng"), ("phone", "0277 402 118")], []),

    ("Name: Layla Al-Harthy\nDate of birth: 18.09.1995\nEmail: layla.harthy95@gmail.com\nQuery: hair falling out in clumps for 2 months",
     [("name", "Layla Al-Harthy"), ("date_of_birth", "18.09.1995"), ("email", "layla.harthy95@gmail.com")], []),

    ("I'm the football coach at Chitungwiza Youth Academy. One of my boys, Tinashe, 14, gets chest pain during sprints. What tests should he get?",
     [("name", "Tinashe")], ["Chitungwiza Youth Academy"]),

    ("We drove to the hospital ourselves, our car is UAG 118R and the guard wrote it on the form for some reason. Anyway, when can my child's stitches come out? It was a cut on the chin, 5 days ago.",
     [("licence_plate", "UAG 118R")], []),

    ("my name is Azlan and my wife is Siti. we live at 27 Lorong Cempaka 5, Taman Cempaka, Ampang. our son has high fever 3 days, clinic said viral. how long to wait?",
     [("name", "Azlan"), ("name", "Siti"), ("address", "27 Lorong Cempaka 5, Taman Cempaka, Ampang")], []),

    ("Please email me privately at shy.patient.2024@protonmail.com. I found a lump on my testicle in the shower. I'm 22.",
     [("email", "shy.patient.2024@protonmail.com")], []),

    ("Hello, Dr. Okafor at LUTH told my aunt Ngozi she needs a hysterectomy. She's scared. What are the alternatives?",
     [("name", "Okafor"), ("name", "Ngozi")], []),

    ("Our Ghana Card numbers are GHA-719204466-3 (me) and GHA-802155370-1 (my wife). The insurance needs them for the pregnancy scans. Are 3 scans enough?",
     [("id_number", "GHA-719204466-3"), ("id_number", "GHA-802155370-1")], []),

    ("I run a page @harare_mums_support and a mother asked: is it safe to give a 3 month old gripe water? I said ask a doctor.",
     [("handle", "@harare_mums_support")], []),

    ("Dear Doctor, I'm Ms. Chandrika Gunasekara, date of birth 27th July 1970. I am on Tamoxifen and having leg cramps. Can I switch?",
     [("name", "Chandrika Gunasekara"), ("date_of_birth", "27th July 1970")], []),

    ("Hi, my son Oisín plays hurling and got hit on the nose. It's crooked now. He's 15. Does he need it set? My number is 086 331 9042.",
     [("name", "Oisín"), ("phone", "086 331 9042")], []),

    ("I work at Nile Star Pharmaceuticals in 6th of October City, my name is Yasmin. My hands crack from sanitiser all day. Which cream?",
     [("name", "Yasmin")], ["Nile Star Pharmaceuticals"]),

    ("Ugandan NIN CM88041012FXQK, name Akello Grace. I'm HIV positive on Dolutegravir and want to get pregnant. Is it safe for the baby?",
     [("id_number", "CM88041012FXQK"), ("name", "Akello Grace")], []),

    ("Dear Doc, the car that hit my cousin Femi was a Toyota with plate LND 771 XA. Femi's ankle is swollen and he can't stand on it since yesterday.",
     [("name", "Femi"), ("licence_plate", "LND 771 XA")], []),

    ("hiya, I'm Chloe. my portfolio site chloepaints.ie has my hand pics, the joints in my fingers are swollen in the morning. rheumatoid?",
     [("name", "Chloe"), ("url", "chloepaints.ie")], []),

    ("Good day, I am Dr. Ruwan's patient from the Galle clinic. My name is Anusha Dissanayake. The tablet he gave for thyroid makes my heart race. Should I reduce?",
     [("name", "Ruwan"), ("name", "Anusha Dissanayake")], []),

    ("My daughter Hessa is 13 and we live at Building 7, Road 2403, Block 324, Juffair, Bahrain. She complains her eyes are blurry on the board. Glasses?",
     [("name", "Hessa"), ("address", "Building 7, Road 2403, Block 324, Juffair, Bahrain")], []),

    ("hi its Mags, my email maggie.obrien54@gmail.com, my ankles swell and my legs are heavy, I'm 70 on bendroflumethiazide. is it the tablets?",
     [("name", "Mags"), ("email", "maggie.obrien54@gmail.com")], []),

    ("my younger bro Kelechi uses @kelz.vibes on insta and posted he's been not sleeping for 4 days and feeling 'invincible'. Mania?",
     [("name", "Kelechi"), ("handle", "@kelz.vibes")], []),

    ("Zimbabwe ID: 63-2214578-K-42\nName: Rumbidzai Moyo\nAge 44\nHeavy periods with clots, Hb 9.2",
     [("id_number", "63-2214578-K-42"), ("name", "Rumbidzai Moyo")], []),

    ("Sir, I am a bus conductor, my bus reg is WP NB-4417. I have varicose veins and stand all day. Will stockings help?",
     [("licence_plate", "WP NB-4417")], []),

    ("Hi Doctor. I'm Noor. I'm 24 and I was born on 6 April 2001 so I was told I'm too young for a mammogram. But I have a family history. What do I do?",
     [("name", "Noor"), ("date_of_birth", "6 April 2001")], []),

    ("Contact person: Ms. Abla Dzifa\nRelationship: mother\nWhatsApp: +233 55 120 7786\nChild: Elikem, 3 yrs, ear discharge for 2 weeks",
     [("name", "Abla Dzifa"), ("phone", "+233 55 120 7786"), ("name", "Elikem")], []),

    ("Dear Sir/Madam, I found your service through my pharmacist Mr. Tan at Klinik Kesihatan Seri Kembangan. I, Rajesh Kumar, have gout flares monthly. Allopurinol?",
     [("name", "Tan"), ("name", "Rajesh Kumar")], ["Klinik Kesihatan Seri Kembangan"]),

    ("hi im Bronagh, my therapist Dr. Kavanagh is on leave. Can someone advise on switching from sertraline to fluoxetine?",
     [("name", "Bronagh"), ("name", "Kavanagh")], []),

    ("Moses here, +256 700 882 451. I have passed a worm in my stool. What tablets kill it for the whole family?",
     [("name", "Moses"), ("phone", "+256 700 882 451")], []),

    ("For verification my medical aid is PSMAS number 7720491-03. I have developed a swelling in my neck, maybe goitre.",
     [("id_number", "7720491-03")], []),

    ("My colleague at Dangote Flour Mills, Segun, collapsed after lunch last week and was diagnosed with diabetes. How do we support him at work?",
     [("name", "Segun")], ["Dangote Flour Mills"]),

    ("I'm Malik, I'm a carer for my nan who lives at 58 Kingsway, Ashton-under-Lyne OL6 7JH. She keeps getting water infections. Cranberry?",
     [("name", "Malik"), ("address", "58 Kingsway, Ashton-under-Lyne OL6 7JH")], []),

    ("Hello, my daughter's school photos are on our family blog thebandaras.lk/blog. You'll see her eye turns in. She's 4. Is a patch enough?",
     [("url", "thebandaras.lk/blog")], []),

    ("Good evening. Plate number of the motorbike that knocked my husband: GW 4412-19. He has a cut on his head which was stitched. Should we watch for anything?",
     [("licence_plate", "GW 4412-19")], []),

    ("Dr, I am Shamima, my husband is Rafiq, we are from Bangladesh working in Doha. My email rafiq.shamima@gmail.com. I am 8 weeks pregnant and vomiting all day.",
     [("name", "Shamima"), ("name", "Rafiq"), ("email", "rafiq.shamima@gmail.com")], []),

    ("Hello doctor, Nadia here, tiktok @nadiaskincare_my. My face is red and burning after using a whitening cream from a night market. What do I do?",
     [("name", "Nadia"), ("handle", "@nadiaskincare_my")], []),

    ("Student ID 21/0477 at KNUST. I get palpitations after energy drinks during exam revision. My name is Yaa Serwaa.",
     [("id_number", "21/0477"), ("name", "Yaa Serwaa")], ["KNUST"]),

    ("i am Mustafa, the teacher at Al Bayan Model School. one of my students, Omar, has had nosebleeds three times in class this week. should the parents worry?",
     [("name", "Mustafa"), ("name", "Omar")], ["Al Bayan Model School"]),

    ("Dear Doctor, my wife Ifeoma was born on 12th March 1988 and had a c-section twice. Can she try for a normal delivery this time?",
     [("name", "Ifeoma"), ("date_of_birth", "12th March 1988")], []),

    ("hello, Paddy here, from Mullingar. my van reg is 08-WH-2213, I drive long haul. my back is killing me and I need a sick note, can a GP online do that?",
     [("name", "Paddy"), ("licence_plate", "08-WH-2213")], []),

    ("Name: Chipo Marufu | Phone: 0712 660 398 | Email: chipo.marufu@zol.co.zw | Problem: white discharge and itching",
     [("name", "Chipo Marufu"), ("phone", "0712 660 398"), ("email", "chipo.marufu@zol.co.zw")], []),

    ("I've been writing about my long covid on my substack, fatimaspeaks.substack.com. Still breathless on stairs a year later. Is pulmonary rehab useful?",
     [("url", "fatimaspeaks.substack.com")], []),

    ("Hi! I'm Ewan. My nephew Kai (3) drank some of my vape liquid 2 days ago — he was checked at the children's hospital and discharged. Anything to watch now?",
     [("name", "Ewan"), ("name", "Kai")], []),
]
