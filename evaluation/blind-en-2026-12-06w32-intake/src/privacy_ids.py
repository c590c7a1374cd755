# Hand-written privacy items WITH identifiers. Each entry: (text, [(type, text), ...], [quasi, ...])

ITEMS = [
("hi my son Oliver is 3 and has had a barking cough for 2 nights now, he goes to Little Acorns nursery and they said a few other kids had croup. can i just give calpol or does he need the steroid thing",
 [("name", "Oliver")], ["Little Acorns nursery"]),

("My wife Priya is 31 weeks and her feet and hands are so swollen she cant get her rings off. BP at the midwife on Monday was 138/88. Her NHS number is 485 777 3456 in case you need it. Is this pre-eclampsia??",
 [("name", "Priya"), ("id_number", "485 777 3456")], []),

("Please could someone ring me back on 07700 900461 after 6pm. I care for my brother who has cerebral palsy and the skin around his PEG site has gone red and there's yellow stuff coming out.",
 [("phone", "07700 900461")], []),

("can someone email me at danielle.fourie82@gmail.com pls, my daughter is 4 and has had 3 bladder infections since Jan, our GP in Durbanville just keeps giving antibiotics and nobody is looking at why",
 [("email", "danielle.fourie82@gmail.com")], []),

("Patient: Tomasz Wisniewski\nDOB: 03/11/1957\nAddress: 41 Meadowbank Crescent, Edinburgh EH8 7AP\nReason for query: (forwarded by his daughter) dad has had a cough for 6 weeks, ex smoker, lost about 5kg. GP says wait for the x-ray. Is that normal??",
 [("name", "Tomasz Wisniewski"), ("date_of_birth", "03/11/1957"), ("address", "41 Meadowbank Crescent, Edinburgh EH8 7AP")], []),

("hello doctor, i am writing for my mother Mrs Adaeze Okonkwo, she is 67 and diabetic for 20 yrs. her sugar this morning was 14.2 and she has a wound on her big toe that is not healing. we are in Enugu. my number is +234 803 555 0192, whatsapp is ok",
 [("name", "Adaeze Okonkwo"), ("phone", "+234 803 555 0192")], []),

("so my partner Jamie (he/him) keeps getting these headaches behind his left eye, always at like 2am, lasts about an hour and his eye waters. hes 34. cluster headaches?? he wont go to the doctor so im asking for him lol",
 [("name", "Jamie")], []),

("Im 29 weeks pregnant with twins and I work nights at the Asda distribution centre in Lutterworth. My back is killing me and I get tightenings after my shift. my midwife is Claire at the Hinckley team. should I be signed off?",
 [("name", "Claire")], ["Asda distribution centre in Lutterworth"]),

("Medicare number 2953 81746 1 — not sure if you need it. I'm asking for my 82 yo nan Doreen who lives with us in Geelong, she's on warfarin and keeps bruising all up her arms, INR was 3.9 last week",
 [("id_number", "2953 81746 1"), ("name", "Doreen")], []),

("my daughter Ava-Rose (2) swallowed something at playgroup today, we think a little magnet off the fridge toy. she seems totally fine, eating and playing. do i need to take her in? her nursery teacher Miss Harding saw it happen",
 [("name", "Ava-Rose"), ("name", "Harding")], []),

("hey its Marcus, 24, i play rugby for the Westport seconds and took a knock to my shoulder saturday, it clicks now when i lift my arm above my head. physio at the club said maybe labrum?? text me 021 555 7834",
 [("name", "Marcus"), ("phone", "021 555 7834")], []),

("Writing on behalf of my sister Lerato who is deaf and prefers email — her address is lerato.m.dlamini@outlook.com. She is 26, has had a lump in her left breast for about a month, it moves around a bit. She is scared to go alone.",
 [("name", "Lerato"), ("email", "lerato.m.dlamini@outlook.com")], []),

("Re: my son, Ethan Kowalczyk, born 22 August 2016. He has autism and is non-verbal and has started banging his head on the wall a lot more in the last 2 weeks. He also isnt sleeping. Could it be pain somewhere? his teeth?",
 [("name", "Ethan Kowalczyk"), ("date_of_birth", "22 August 2016")], []),

("hiii so i have PCOS and my periods are all over the place, like 60 days sometimes. im 22 and a student at UWE, my student number is 21047733 if thats needed for the uni health centre referral?? also is it normal to get chin hair",
 [("id_number", "21047733")], ["UWE"]),

("My father in law, Rajesh Menon, 71, had his pacemaker fitted at Amrita in Kochi last March. Since last week he says he feels his heart 'jumping' again. His patient ID there is AIMS-0048812. Can pacemakers fail?",
 [("name", "Rajesh Menon"), ("id_number", "AIMS-0048812")], []),

("ok so long story. my mum (Bernadette, 58) looks after my uncle Francis who has Down syndrome and early dementia. Francis has been coughing when he eats and twice now food has gone down the wrong way. Mum is exhausted. They live at 7 Clonard Park, Ballymena. Who do we even ask about swallowing tests?",
 [("name", "Bernadette"), ("name", "Francis"), ("address", "7 Clonard Park, Ballymena")], []),

("my little girl has a rash on her cheeks like she's been slapped, shes 5 and in reception at St Bede's. the school nurse Mrs Okafor said slapped cheek. im 18 weeks pregnant, is that dangerous for the baby??",
 [("name", "Okafor")], ["St Bede's"]),

("Name: Kwame Asante\nPhone: 024 555 8812\nAge: 45\nComplaint: Burning when passing urine and going to the toilet many times at night. I am a taxi driver so I cannot keep stopping. Please advise.",
 [("name", "Kwame Asante"), ("phone", "024 555 8812")], []),

("I'm a carer for a young man (Dylan, 19, profound learning disability, epilepsy). His seizure pattern has changed since they switched him from Epilim to the generic version. His mum Sharon wants me to ask if that can happen. I work for Brightpath Supported Living.",
 [("name", "Dylan"), ("name", "Sharon")], ["Brightpath Supported Living"]),

("does anyone know if i can take sertraline while breastfeeding, my baby is 6 weeks. my HV Joanne said ask the GP but i cant get an appointment for 3 weeks. you can reach me on insta @tired.mama.of.two if its easier",
 [("name", "Joanne"), ("handle", "@tired.mama.of.two")], []),

("hi dr my name is Maricel Dela Cruz, 38, from Quezon City. i work as a caregiver in Toronto and i have this pain in my right wrist and thumb when i lift my client. my OHIP number is 4411-223-987-KT. is this de quervain?",
 [("name", "Maricel Dela Cruz"), ("id_number", "4411-223-987-KT")], []),

("My husband is Greg and he's 52. He snores like a train and stops breathing in his sleep, I've timed it at 20 secs. He falls asleep at red lights. He drives a lorry for Kinross Haulage. Please help me get him to take this seriously",
 [("name", "Greg")], ["Kinross Haulage"]),

("SSN 078-05-1120 (sorry the form asked). im 33 f, had my gallbladder out 2 weeks ago and still have sharp pain under my right ribs when i eat fatty stuff. normal?",
 [("id_number", "078-05-1120")], []),

("Forwarding this from my dad's care home:\n'Dear family, Mr Horace Pemberton (Room 12) had an unwitnessed fall at 03:10 this morning. No visible injury. Observations stable. GP informed.'\nHe's 89 and on blood thinners. Shouldn't they have sent him for a head scan?",
 [("name", "Horace Pemberton")], []),

("my baby Zara was born 9th Jan 2024 at 34 weeks and shes now on the neonatal ward still. the nurses say her oxygen keeps dipping when she feeds. im a first time mum and so scared. is this normal for preemies?",
 [("name", "Zara"), ("date_of_birth", "9th Jan 2024")], []),

("hello, I am Ahmed Raza from Lahore, 41 yrs. I have kidney stone 7mm in left ureter on ultrasound. urologist Dr Iqbal says wait 4 weeks. pain comes and goes. can it pass alone? call 0300 5551234",
 [("name", "Ahmed Raza"), ("name", "Iqbal"), ("phone", "0300 5551234")], []),

("We adopted our son Mateo from Colombia last year, he's 6 now. His new school (Oak Hill Elementary) says he squints a lot at the board. He's never had an eye test. Where do we start?",
 [("name", "Mateo")], ["Oak Hill Elementary"]),

("Could you please send anything to my work email s.thornbury@hallamcouncil.gov.uk. I'm 47 and I've been getting hot flushes and my heart races at night, I'm not sure if it's menopause or my thyroid. I had Graves' disease 10 yrs ago.",
 [("email", "s.thornbury@hallamcouncil.gov.uk")], []),

("hey im writing for my roommate Tyler, 21, he got super drunk last weekend and fell and now his wrist is swollen and he cant turn it, its been 5 days. he wont see anyone because no insurance. what should he do",
 [("name", "Tyler")], []),

("Child: Imani Wanjiru Kamau. DOB 17/04/2021. Parent: Grace Kamau, tel 0712 555 903. Concern: ringworm patches on scalp spreading, hair falling out in round patches. Nairobi.",
 [("name", "Imani Wanjiru Kamau"), ("date_of_birth", "17/04/2021"), ("name", "Grace Kamau"), ("phone", "0712 555 903")], []),

("my neighbour Mrs Ellison is 79 and lives alone at 23 Fernhill Road, she asked me to type this for her as she doesnt do computers. She has had a sore red swollen leg below the knee for 3 days and feels hot. Her GP surgery is closed til Monday.",
 [("name", "Ellison"), ("address", "23 Fernhill Road")], []),

("I teach year 4 and one of my pupils, Kai, keeps having these staring spells where he just stops mid-sentence for a few seconds then carries on like nothing happened. His mum didn't know. Could this be absence seizures? I'm not sure how to bring it up.",
 [("name", "Kai")], []),

("my bf's car reg is LK21 XOT and he got a parking ticket outside the maternity unit while i was in labour lol anyway thats not the question. the question is my stitches are really sore 10 days after birth and smell a bit. infection?",
 [("licence_plate", "LK21 XOT")], []),

("pls help, i am 16 and my mum doesnt know. i think i might be pregnant, my period is 2 weeks late. can i get a test without my parents finding out? my name is Chloe",
 [("name", "Chloe")], []),

("For Dr. Hassan — follow-up for Yusuf Hassan (my son, 8), member no. BUPA 88301457-02. He still has the tummy pains after the coeliac blood test came back negative. His school is Greenfield Primary and they keep phoning me to collect him.",
 [("name", "Hassan"), ("name", "Yusuf Hassan"), ("id_number", "88301457-02")], ["Greenfield Primary"]),

("I live at Unit 5, 18 Kareela Ave, Penrith NSW and my husband has MS. He's been falling more and the OT hasn't come back to us about the rails. Can rehab come to the house or do we have to travel?",
 [("address", "Unit 5, 18 Kareela Ave, Penrith NSW")], []),

("im a mum of 4 and my youngest Ruby (10mo) has had diarrhoea for 5 days, still having wet nappies but less. everyone at home has had it. our health visitor is Nadia. should i be giving dioralyte?",
 [("name", "Ruby"), ("name", "Nadia")], []),

("dad's name Seamus O'Halloran, he's 76, he had the knee replacement done in Cork in Feb, the physio gave him exercises but he won't do them and now the knee is stiff at 70 degrees. My mobile is 087 555 2231. Is it too late?",
 [("name", "Seamus O'Halloran"), ("phone", "087 555 2231")], []),

("this is going to sound stupid but my twitter is @gazza_reds_1892 and i posted about my chest pain last night and everyone said go to A&E. i didnt. its gone now. im 38 and smoke 20 a day. was it nothing?",
 [("handle", "@gazza_reds_1892")], []),

("Hello my name is Nguyen Thi Lan, I am 35 and I am 12 weeks pregnant with my second baby. I vomit maybe 10 times a day and cannot keep water down for 2 days. I live in Melbourne, Springvale. My husband Minh will bring me if needed.",
 [("name", "Nguyen Thi Lan"), ("name", "Minh")], []),

("My partner Sam and I (both 30s) have been trying for a baby for 2 years. Sam's sperm test came back with low motility. Our fertility clinic, Harbour Fertility, is booked till spring. Is there anything we can do in the meantime?",
 [("name", "Sam")], ["Harbour Fertility"]),

("Student ID: 2023-55871. I'm 19, at uni in Glasgow. Had unprotected sex 4 days ago and the condom split. Is it too late for the morning after pill?",
 [("id_number", "2023-55871")], []),

("I care for my wife Anneliese who had a stroke in 2022. She is 64. Her right arm has become very tight and curled up. The neuro nurse Petra mentioned botox. Is that a real thing for stroke? We are in Hamburg but I am from Leeds.",
 [("name", "Anneliese"), ("name", "Petra")], []),

("my sons a type 1 diabetic (Liam, 13), he has a libre sensor and keeps going low at night like 3.1. he plays football for Ballyclare Colts 4x a week. do we need to change his insulin?",
 [("name", "Liam")], []),

("Hi, Ms Funmilayo Adebayo here, date of birth 2 February 1990. I had an ectopic last year and just found out I'm pregnant again (about 5 wks). I'm terrified. How early can they scan to check where it is?",
 [("name", "Funmilayo Adebayo"), ("date_of_birth", "2 February 1990")], []),

("Copy of referral letter my GP gave me (I'm the patient):\nRe: Mr Callum Reid, 14 Birchwood Close, Stirling FK7 9QT, CHI 1204851234\nThank you for seeing this 38 yo with persistent rectal bleeding...\nHow long is the wait usually for a colonoscopy in Scotland?",
 [("name", "Callum Reid"), ("address", "14 Birchwood Close, Stirling FK7 9QT"), ("id_number", "1204851234")], []),

("My brother is autistic and 27 and has been eating only white bread and plain pasta for like 3 years. His gums bleed now and he has bruises. I read about scurvy?? His name's Toby. I'm his main carer since our mum died.",
 [("name", "Toby")], []),

("please call my wife on (415) 555-0187, she is 8 months along and i'm deployed. she's been having headaches that wont go away with tylenol and she says she sees sparkly lights. her name is Kristen.",
 [("phone", "(415) 555-0187"), ("name", "Kristen")], []),

("I'm a nursery key worker at Busy Bees Harrogate and one of our toddlers, Freddie, has been really pale and tired and has loads of bruises on his shins, more than the other kids. Should I say something to his parents?",
 [("name", "Freddie")], ["Busy Bees Harrogate"]),

("hi, im Jasmine 17 and I've had acne since I was 12 and nothing works, tried every cream. My mum says we can pay for a dermatologist. My snap is jazzyy.k if you want pics lol (joking)",
 [("name", "Jasmine"), ("handle", "jazzyy.k")], []),

("My mum's hospital number at Chris Hani Baragwanath is 4472291. She is 61 and they did a biopsy of her cervix 3 weeks ago and nobody has called with results. How long should it take? Our home is 1345 Vilakazi St, Orlando West.",
 [("id_number", "4472291"), ("address", "1345 Vilakazi St, Orlando West")], []),

("writing for my colleague Deepak, 44, he works with me at Infosys Pune. he has pain in heel in morning, first steps very bad, then better. plantar fasciitis? he stands all day at demo events",
 [("name", "Deepak")], ["Infosys Pune"]),

("I'm 34 weeks and the baby has gone quieter today. I did the cold water thing and felt 3 kicks in an hour. My midwife line 01632 960 442 goes to voicemail. Is 3 enough?",
 [("phone", "01632 960 442")], []),

("Hi, my daughter Sofia Ramirez Torres (DOB 30/06/2010) has had her period every 2 weeks and it's heavy, she soaks through at school. She's started looking very pale. We're in Valencia but she's at an English school there. Passport no. PAB482913 for the travel insurance",
 [("name", "Sofia Ramirez Torres"), ("date_of_birth", "30/06/2010"), ("id_number", "PAB482913")], []),

("hi my friend Nomvula is 23, she has had a cough over 3 weeks, night sweats and lost weight. she stays with her granny in Mthatha. I'm worried its TB, her brother had it. where does she get tested",
 [("name", "Nomvula")], []),

("Hi, just a quick one, I'm a 40 y/o bloke, Kiwi, been getting heartburn every night, taking Gaviscon like water. My email is benji.tuhoe@xtra.co.nz. Do I need a scope?",
 [("email", "benji.tuhoe@xtra.co.nz")], []),

("i am a single dad, my boy Reuben is 7 and he wets the bed every night still. his older sister never did. his teacher Mr Abara says he is tired at school. is there medicine for this?",
 [("name", "Reuben"), ("name", "Abara")], []),

("my grandma Josefina is 84 and has dementia and lives with us at Calle Mayor 12, 3B, Alcalá. she keeps getting UTIs and each time she gets very confused and aggressive. my mother is exhausted caring for her. what can we do to prevent them",
 [("name", "Josefina"), ("address", "Calle Mayor 12, 3B, Alcalá")], []),

("To whom it may concern, I am 55 and had a DVT in my left leg in 2019. I am flying to Perth from London in April (22 hours). Do I need injections? Insurance policy number TRV-55190034-UK.",
 [("id_number", "TRV-55190034-UK")], []),

("Ok so im 25 F and i had my wisdom tooth out at a dentist on Main St on thursday and now its friday night and there's a horrible taste and throbbing pain into my ear. dry socket? my dentist is Dr Pillay and shes closed till monday",
 [("name", "Pillay")], []),

("my husband Tunde (42) got stung by a bee today at work at the Ikeja depot and his hand swelled up to the elbow. no breathing problems. he was fine after antihistamine. does he need an epipen for next time?",
 [("name", "Tunde")], ["Ikeja depot"]),

("please email the results to both of us — me (the mum) at holly.b.wainwright@yahoo.co.uk and my husband at rob.wainwright77@gmail.com. Our son Alfie, 11, had bloods for tiredness and we still haven't heard",
 [("email", "holly.b.wainwright@yahoo.co.uk"), ("email", "rob.wainwright77@gmail.com"), ("name", "Alfie")], []),

("Hi. Im asking for a friend called Mo. Hes 30 and has been feeling really low and not leaving his room. He lost his job at the Nissan plant in Sunderland in Sept. He won't talk to his GP. How can I help him?",
 [("name", "Mo")], ["Nissan plant in Sunderland"]),

("im 8 months pregnant and i drive, my car is a red fiesta reg YD68 KFP, anyway someone reversed into me in the Morrisons car park yesterday, only slow, seatbelt went tight across my bump. baby moving fine. do i need checking?",
 [("licence_plate", "YD68 KFP")], []),

("hi there, posting for my older brother Connor who has Duchenne. He's 18 now and his breathing at night has got worse, he wakes up with headaches. His consultant is Dr Ferreira at the neuromuscular clinic. Is it time for a mask?",
 [("name", "Connor"), ("name", "Ferreira")], []),

("Aadhaar no. 4821 5530 9917. I am Sunita Devi, age 29, village near Sitapur. After delivery 2 months back I am having leaking urine when I cough. Is this normal or need operation?",
 [("id_number", "4821 5530 9917"), ("name", "Sunita Devi")], []),

("my baby Noah's blog is at noahsheartjourney.blogspot.com where I post updates. He had his Glenn operation at 5 months. Now he's 14 months and his lips go blue-ish when he cries hard. Is that expected with his heart?",
 [("url", "noahsheartjourney.blogspot.com"), ("name", "Noah")], []),

("I am Mrs Chen Wei Ling, born 5 May 1968. I am in Singapore. My doctor say my blood sugar HbA1c 7.9 and want to start insulin but I am scared of needles. can I try more tablets first? my handphone 9123 4567",
 [("name", "Chen Wei Ling"), ("date_of_birth", "5 May 1968"), ("phone", "9123 4567")], []),

("hey so my gf Kayleigh is 20 and has really bad period pain, like vomiting and passing out bad. her mum had endometriosis. Kayleigh's GP just says take the pill. can she ask for a scan",
 [("name", "Kayleigh")], []),

("I'm a 36 year old teacher at Riverside Academy and I've lost my voice 4 times this term. It's hoarse all the time now. My colleague Beth said I should see ENT. Is that overkill?",
 [("name", "Beth")], ["Riverside Academy"]),

("insurance member ID: UHC 918-44-2071-01, group 77310. My 3 yo has had an ear infection 6 times this year. Our pediatrician mentioned tubes. Is that a big surgery?",
 [("id_number", "918-44-2071-01")], []),

("Hello, my twins Amara and Chidi are 18 months. Chidi is walking but Amara still isn't, she only bottom shuffles. Our paediatrician in Abuja says wait. How long do we wait?",
 [("name", "Amara"), ("name", "Chidi")], []),

("i'm a hairdresser at Snips on Crown Street and my hands are cracked and bleeding from the shampoo and dye, I'm 27. I think its contact dermatitis. my manager Lisa said wear gloves but i still get it",
 [("name", "Lisa")], ["Snips on Crown Street"]),

("My father's name is Harold Whitcombe and he lives alone at 9 Station Cottages, Little Snoring, Norfolk. He's 88. He's had the shakes in his right hand getting worse. He refuses to see anyone. Can you post him info? I'm his son Peter.",
 [("name", "Harold Whitcombe"), ("address", "9 Station Cottages, Little Snoring, Norfolk"), ("name", "Peter")], []),

("hi im 30 and disabled (wheelchair user, spina bifida). I get recurrent kidney infections because I self catheterise. I have a small gofundme for a new chair at gofundme.com/f/new-wheels-for-hannah. Anyway my question is whether long term low dose antibiotics are safe",
 [("url", "gofundme.com/f/new-wheels-for-hannah")], []),

("my 4 month old has a flat spot on the back of his head. we're in Calgary. Alberta health number 12345-6789. his name is Lucas. does he need a helmet?",
 [("id_number", "12345-6789"), ("name", "Lucas")], []),

("so my mum is 70 and my aunt Marguerite (her sister) had bowel cancer at 65. mum's now got blood in her poo on and off. mum is Yvonne. they both live in Quebec. mum refuses the test they mail out. help",
 [("name", "Marguerite"), ("name", "Yvonne")], []),

("My son Jayden is 15 and plays for the Titans under 16s. He gets wheezy every time they train in the cold. He has a blue inhaler from when he was little. Coach Darren says he should see someone. Is it exercise asthma?",
 [("name", "Jayden"), ("name", "Darren")], []),

("Hi it's Fiona (fifi_runs on strava). I'm 43 and training for a marathon and my shin is really sore in one spot, worse when I hop. Stress fracture?",
 [("name", "Fiona"), ("handle", "fifi_runs")], []),

("Dear Doctor, I am contacting you about my daughter-in-law Meera, 27, who is 20 weeks pregnant with first baby. Her haemoglobin is 8.1. She is vegetarian. Our family lives at B-204 Sai Krupa Apartments, Andheri East, Mumbai. What food can help?",
 [("name", "Meera"), ("address", "B-204 Sai Krupa Apartments, Andheri East, Mumbai")], []),

("my nephew Cody is 12 and has growing pains in both knees at night. his mum (my sister Tasha) is worried it's something bad because she googled leukemia. He's fine in the day and playing footy.",
 [("name", "Cody"), ("name", "Tasha")], []),

("im 19 and i have tonsillitis like every month. i work at the Costa in Reading station and keep getting sent home. Employee no. CST-449201. Should I ask about having them out?",
 [("id_number", "CST-449201")], ["Costa in Reading station"]),

("my wife Hye-jin, 33, had a c-section on 4 Nov and her wound has opened a bit at one end and is weeping. We are in Auckland. Phone 022 555 3109. Her midwife is off sick.",
 [("name", "Hye-jin"), ("phone", "022 555 3109")], []),

("Email: mthunzi.ndlovu@webmail.co.za\nAge: 52\nMale\nQuestion: My PSA came back 6.8. My brother had prostate cancer. Doctor wants a biopsy. How painful is it?",
 [("email", "mthunzi.ndlovu@webmail.co.za")], []),

("my grandson Archie (3) has a squint in his right eye that comes and goes, worse when hes tired. his mum is my daughter Gemma. Hes at Puddleducks preschool. Do we need to see someone or will it go",
 [("name", "Archie"), ("name", "Gemma")], ["Puddleducks preschool"]),

("Hello. My name is Olumide Bakare. D.O.B 19-12-1984. I had hepatitis B test positive at blood donation. I feel well. What next? Tel 0802 555 6617",
 [("name", "Olumide Bakare"), ("date_of_birth", "19-12-1984"), ("phone", "0802 555 6617")], []),

("My sister Carmen has learning disabilities and lives in a group home in Tucson. She's 40. Staff says she's been drinking lots of water and peeing all the time and lost weight. Could it be diabetes? I'm in Chicago so I can't just go over.",
 [("name", "Carmen")], []),

("hiya, I'm 24 and my instagram is @lucyloumakeup, I do makeup for weddings. I've got this itchy rash under my eyelids and around my eyes for 3 weeks, I think it's a product. Can eyelids get eczema?",
 [("handle", "@lucyloumakeup")], []),

("Patient name: Esther Mwangi / age 31 / 26 weeks / glucose tolerance test 2hr value 9.2. They say gestational diabetes. Is insulin safe for baby? I am in Mombasa.",
 [("name", "Esther Mwangi")], []),

("Hi, I'm writing on behalf of Mr Denis Lavoie, a resident at our home (I'm his key worker). He's 73, has Parkinson's and his swallow is getting worse. His family asked us to check if thickened fluids are the answer. Resident no. 0217.",
 [("name", "Denis Lavoie"), ("id_number", "0217")], []),

("my toddler swallowed a button battery 3 weeks ago and we went to hospital and they took it out with a camera and she was fine. her name is Isla. now she's coughing when drinking. could it be related?",
 [("name", "Isla")], []),

("Kia ora, my koro Wiremu is 80 and his feet are swollen up to the knees and hes breathless lying flat. hes on furosemide. we live rural out past Kaitaia, 1432 State Highway 1. how long should we wait to see if the new dose works",
 [("name", "Wiremu"), ("address", "1432 State Highway 1")], []),

("hi! i'm 31, pregnant w/ #3 (22 wks). i blog at www.threelittlebirdsmama.com. I've had a cold sore flare on my lip and my older two keep kissing me. can it hurt the baby? also can i use aciclovir",
 [("url", "www.threelittlebirdsmama.com")], []),

("my dad (Alan Briggs, 66) has been coughing up a bit of blood in his phlegm twice this week. he's ex-miner, worked at Kellingley colliery for 30 yrs. he says it's just his chest. we live in Knottingley. He won't go",
 [("name", "Alan Briggs")], ["Kellingley colliery"]),

("I'm Neha, 26, from Bangalore, working in Dubai as a nurse at a small clinic called Al Noor Family Clinic in Karama. I've been getting migraines with aura 3 times a week. Emirates ID 784-1997-5512345-1. Can I still take my combined pill?",
 [("name", "Neha"), ("id_number", "784-1997-5512345-1")], ["Al Noor Family Clinic in Karama"]),

("Good morning. I am the guardian of my brother Emmanuel (34) who has schizophrenia. He stopped his injection 2 months ago and now is not sleeping and talking to himself. The clinic at Korle Bu said bring him but he refuses. Please call 020 555 4421.",
 [("name", "Emmanuel"), ("phone", "020 555 4421")], []),

("My 6 week old (Theo) has projectile vomiting after every feed, like across the room. He's hungry straight after. Our GP is Dr Marsh at the Elm Tree surgery. Is this pyloric stenosis?",
 [("name", "Theo"), ("name", "Marsh")], ["Elm Tree surgery"]),

("hi im 14 and my name is Destiny and i have a really bad pain in my ear and stuff coming out and it smells. my mom works nights. can i put olive oil in it",
 [("name", "Destiny")], []),

("Hi, my mother-in-law lives with us and I'm her main carer (she's 78, severe arthritis, uses a frame). Her name's Pauline Ashworth. Her rheumatologist changed her to methotrexate and she's losing hair. NHS no 943 476 5919.",
 [("name", "Pauline Ashworth"), ("id_number", "943 476 5919")], []),

("ok. im 37, woman, had a mole on my back that my husband Dev noticed got darker and bigger since summer. its itchy. Dev took pics. we live in Brisbane. how fast do i need to see someone",
 [("name", "Dev")], []),

("My son (Finn, 9) broke his arm at Trampoline Park Swindon 6 weeks ago, cast is off now but he still can't straighten it fully. His physio is Olga. Normal?",
 [("name", "Finn"), ("name", "Olga")], []),

("this is Dwayne, 48, from Kingston Jamaica. Sugar high 18 mmol this morning, feel thirsty and tired. take metformin 1000 twice a day. phone 876-555-0144",
 [("name", "Dwayne"), ("phone", "876-555-0144")], []),

("my daughter Mia is 16 and has been losing weight, she's down to 44kg at 1.65m. she runs cross country for Lakeside High and her coach doesn't seem to notice. her periods stopped. I'm scared its anorexia.",
 [("name", "Mia")], ["Lakeside High"]),

("Hi. My friend posted on facebook (facebook.com/rosie.mcandrew.52) that she's got shingles at 34 weeks pregnant. She's my best friend Rosie and I'm worried. Is shingles dangerous in pregnancy?",
 [("url", "facebook.com/rosie.mcandrew.52"), ("name", "Rosie")], []),

("Full name: Bartholomew Ogundipe\nDate of birth: 1 January 1961\nPolicy no: AXA-PPP 7730-1124\nSymptoms: blurred vision in right eye for a week, seeing wavy lines, I am diabetic.",
 [("name", "Bartholomew Ogundipe"), ("date_of_birth", "1 January 1961"), ("id_number", "7730-1124")], []),

("anyway so my husband Kev took our son Riley (5) to football and Riley came back limping, no fall, just limping and won't put weight on his right leg. He had a cold last week. Is this irritable hip?",
 [("name", "Kev"), ("name", "Riley")], []),

("Hey it's me again, Ngozi, the one with the twins. Now I'm 32 wks and my hands itch like crazy especially the palms at night. no rash. my email ngozi.eze.twins@gmail.com. obstetric cholestasis??",
 [("name", "Ngozi"), ("email", "ngozi.eze.twins@gmail.com")], []),

("hi im writing cos my elderly neighbour Walter, lovely man, 91, told me he's been having blackouts when he stands up. he lives in the bungalow at 2 Orchard Lane next to me. his son is in Australia. what should i do",
 [("name", "Walter"), ("address", "2 Orchard Lane")], []),

("My tiktok is @brittanyspoonie and I make videos about my EDS. I'm 28 and I keep dislocating my shoulder. Is there any surgery for hypermobile shoulders?",
 [("handle", "@brittanyspoonie")], []),

("Driving licence no. MORGA753116SM9IJ — sorry wrong field. I'm 49 and have had ringing in my left ear only for 2 months, my hearing on that side seems worse. Should I be worried about a tumour?",
 [("id_number", "MORGA753116SM9IJ")], []),

("Hi my son Aarav, 10, has had ulcers in his mouth for weeks and diarrhoea with some blood. We are in Leicester. His school nurse at Highfields Primary suggested we ask. I'm a single mum, please ring me on 0116 496 0782",
 [("name", "Aarav"), ("phone", "0116 496 0782")], ["Highfields Primary"]),

("My wife Bongani - sorry my wife's name is Thandeka, Bongani is me - she is 39 and has very heavy periods with big clots. The doctor found fibroids. Can they be treated without removing the womb?",
 [("name", "Bongani"), ("name", "Thandeka")], []),

("I'm a PA (personal assistant) for a disabled man, Chris, 45, who has a spinal cord injury at T6. He's got a pressure sore on his bum that's getting deeper. District nurse comes Thursday. Is it ok to wait?",
 [("name", "Chris")], []),

("please ignore my husbands car number plate in the photo (BN 4523 NZ), I just want to know about the rash on my baby's legs. She's 7 months, it's little pink spots, she's fine in herself.",
 [("licence_plate", "BN 4523 NZ")], []),

("my name is Ifeoma and my son Kelechi who is 6 has sickle cell. he has been having pain in his legs since yesterday and panadol is not working. we live in Peckham, flat 12 Tustin Estate. what else can i give",
 [("name", "Ifeoma"), ("name", "Kelechi"), ("address", "flat 12 Tustin Estate")], []),

("Hi doctor I'm 23 and I'm worried about hair loss, I'm losing clumps since covid in August. My instagram is @kenji.fit and my followers keep asking lol. Should I get bloods?",
 [("handle", "@kenji.fit")], []),

("Relationship to patient: Daughter\nPatient: Maureen Doyle\nPatient DOB: 14/02/1944\nPatient phone: 01 555 8812\nMy mum has been getting lost in her own street and forgetting to eat. She's 80. The GP in Tallaght says memory clinic referral takes months.",
 [("name", "Maureen Doyle"), ("date_of_birth", "14/02/1944"), ("phone", "01 555 8812")], []),

("hi so my brother Jake, 17, got into a fight and now his nose is bent. it happened Saturday. he can breathe through it sort of. how long do they have to fix it? his plate is on the bike registration WU66 PLN if the police need it lol",
 [("name", "Jake"), ("licence_plate", "WU66 PLN")], []),

("I'm the mum of a 2 yr old with cystic fibrosis, her name is Phoebe. We live in Cardiff. She's got a cough again and her physio is Rhian. Should we start the antibiotics now or wait for the sputum result?",
 [("name", "Phoebe"), ("name", "Rhian")], []),

("Ok this is from my mum who doesn't speak much English, I'm translating. She is Fatima Begum, 62. She has pain in her knees for years, now worse climbing stairs. Address 55 Coventry Road, Small Heath, Birmingham. She wants to know if injections help.",
 [("name", "Fatima Begum"), ("address", "55 Coventry Road, Small Heath, Birmingham")], []),

("my 5 month old Leo had his jabs yesterday and today has a hard lump at the injection site on his thigh. his temp is 37.8. he's feeding. normal? my partner Becca says dont fuss",
 [("name", "Leo"), ("name", "Becca")], []),

("Hello, ID card no. 900512-14-5531. I'm from Penang, 34, and I had dengue last year. Now I have fever again, 3 days, with body pain. Can I get dengue twice?",
 [("id_number", "900512-14-5531")], []),

("my son Hamish is 20 and has just been diagnosed with Crohn's. He's at uni in Aberdeen. He's lost a lot of weight. Hamish's girlfriend Eilidh is helping him with meals. what diet should he follow",
 [("name", "Hamish"), ("name", "Eilidh")], []),

("My partner drives a van for DPD (reg FG17 WRT) and he's been getting pins and needles down both legs and says he can't feel the seat properly sometimes. He's 46. Back problem?",
 [("licence_plate", "FG17 WRT")], ["DPD"]),

("Hi I'm Siobhan, 35, 16 weeks pregnant, and I've been having nosebleeds nearly every day. Last one lasted 20 mins. Also my gums bleed when I brush. Is this just pregnancy?",
 [("name", "Siobhan")], []),

("hi I'm looking after my friend's kids this week while she's in hospital. Her son Jonah is 4 and has a temperature of 39 and a rash on his tummy that goes away when I press a glass on it. Her number is 0412 555 788 but she's not answering",
 [("name", "Jonah"), ("phone", "0412 555 788")], []),

("I'm a 58 yo man, work at the Port Talbot steelworks. Been getting pains in my calves when I walk up the hill to work, go away when I stop. Smoker. Is this my circulation? My works number is PT-20418.",
 [("id_number", "PT-20418")], ["Port Talbot steelworks"]),

("my daughter Evie is 13 and has had a headache every day for a month, worse in the mornings and she was sick twice. optician said her eyes are fine. I'm a bit worried now. please email karen.lockhart@btinternet.com",
 [("name", "Evie"), ("email", "karen.lockhart@btinternet.com")], []),

("hello, I am Pastor Ebenezer Mensah of 14 Liberation Road, Accra. I am 63 and I have been passing urine with difficulty, weak stream, and I wake 4 times at night. Is it prostate?",
 [("name", "Ebenezer Mensah"), ("address", "14 Liberation Road, Accra")], []),

("So my husband Diego had a vasectomy 10 days ago and one side is still swollen and bruised, like a plum. He's 41. Is this a haematoma? Our clinic is Clinica Sur on Av. Libertador",
 [("name", "Diego")], ["Clinica Sur"]),

("my little boy Harrison turns 1 on 3rd March and he still isn't crawling or pulling to stand. he was born 3 March 2024 at 31 weeks. do i use corrected age?",
 [("name", "Harrison"), ("date_of_birth", "3 March 2024")], []),

("I'm 44 and have a 20 yo son with severe autism, Ollie, who has started hitting himself in the face. He is 6ft and strong. Our respite worker Gaynor has noticed his ear looks swollen and misshapen. Cauliflower ear??",
 [("name", "Ollie"), ("name", "Gaynor")], []),

("Mrs Patience Osei\n27 Kaneshie Road\nAccra\n12 March\nDear Sir, my granddaughter aged 9 has white patches on her face and arms. The chemist sold us cream but no change. Please advise.",
 [("name", "Patience Osei"), ("address", "27 Kaneshie Road")], []),

("hi i'm 27 and my girlfriend Nat says I stop breathing when I sleep and snore loud. I'm 130kg. My work is at Tesco Extra Hull on nights. could nights be making it worse",
 [("name", "Nat")], ["Tesco Extra Hull"]),

("My son Arjun has Down syndrome, he's 11, and has become very sluggish and gained weight and his skin is dry. His last thyroid test was 2 years ago. He's at Oakwood Special School. Should I ask for a repeat test?",
 [("name", "Arjun")], ["Oakwood Special School"]),

("Member number 00912-4477-A (Discovery Health). I'm a 50 yr old woman and my mammogram called me back for 'further views'. How worried should I be?",
 [("id_number", "00912-4477-A")], []),

("its Hannah again from yesterday — my dad Ron (72) still has the cough. I rang the surgery on 01244 555 019 and they said to wait. he's on his 2nd course of amoxicillin.",
 [("name", "Hannah"), ("name", "Ron"), ("phone", "01244 555 019")], []),

("I am a nanny for a family in Manhattan. The baby, Charlotte, is 9 months and she has bumped her head on the coffee table 2 hrs ago. Big egg lump. She cried straight away and is now playing normally. Parents are both in surgery (doctors lol) and I can't reach them.",
 [("name", "Charlotte")], []),

("i'm Bilal, 33, from Karachi. I have itchy rash between fingers, worse at night, and my wife and son also itching. Scabies? we all sleep in one room.",
 [("name", "Bilal")], []),

("my 80 yo mum Gwen fell in the garden and hurt her wrist last week, the hospital put it in a cast and said it's a Colles fracture. she lives alone at 3 Heol y Nant, Llandeilo. How will she manage on her own?",
 [("name", "Gwen"), ("address", "3 Heol y Nant, Llandeilo")], []),

("Hi doctor, im a wheelchair user and my carer Tomasz helps me with everything. I have a sore on my heel that he found yesterday, black in the middle. I'm 61 and diabetic. My email is rita.kowal1963@gmail.com",
 [("name", "Tomasz"), ("email", "rita.kowal1963@gmail.com")], []),

("OK so I run a small childminding business (Happy Hippos Childminding) and one of my mindees, Poppy, age 2, has had conjunctivitis for a week. Her mum wants to bring her in. Do I need to exclude her?",
 [("name", "Poppy")], ["Happy Hippos Childminding"]),

("my brother Kofi is 30 and has sickle cell as well, he works at the Kumasi central market. he gets yellow eyes often. is that his liver or the sickle?",
 [("name", "Kofi")], ["Kumasi central market"]),

("Hi I'm Lauren, 19, and I've had a lump in my neck for about 6 weeks, painless, about the size of a grape. I'm at Durham Uni and my college nurse is away. Should I see the GP at the uni practice? My number is 07911 123 456",
 [("name", "Lauren"), ("phone", "07911 123 456")], ["Durham Uni"]),

("the baby's father is Ricardo and he lives at 221 Calle Obispo in Havana, I'm in Miami with our son Santiago who's 3 and has been diagnosed with a heart murmur. Should Ricardo get checked too?",
 [("name", "Ricardo"), ("address", "221 Calle Obispo"), ("name", "Santiago")], []),

("My mam is 67, her name is Brigid Tierney, she had breast cancer in 2015 and now has a pain in her hip that won't go away. I'm terrified it's spread. Her IHI is 7 1234 5678 9012 3. We're in Galway.",
 [("name", "Brigid Tierney"), ("id_number", "7 1234 5678 9012 3")], []),

("Hi, my son's school (Westgate Infant School) called because he has nits again. He's 6. Also I think he's got impetigo on his lip. It's crusty and yellow. His name's Alfie-James.",
 [("name", "Alfie-James")], ["Westgate Infant School"]),

("Dear doctor this is Anjali and I am 32 and I cannot breastfeed my baby because of cracked nipples. I am crying every feed. Lactation consultant at Motherhood Hospital Indiranagar is called Shruti and she is on leave.",
 [("name", "Anjali"), ("name", "Shruti")], []),

("my ex changed his handle to @big_sean_lad and posted my medical stuff online. different issue but - does a positive chlamydia test mean he cheated?? we've been together 2 years. I'm 24",
 [("handle", "@big_sean_lad")], []),
("ok so this is long sorry. my daughter Amelie is 3 and has a rare metabolic thing (MCAD deficiency). we keep a page with her emergency letter on it at amelieslettertree.wordpress.com so nurseries can see it. shes started a new nursery and they want a 'care plan' signed by a doctor. our metabolic team is 2 hours away. who can sign it? also she has had a cold and isnt eating much, her letter says thats when we need to be careful",
 [("name", "Amelie"), ("url", "amelieslettertree.wordpress.com")], []),

("i run the parents group for kids with Angelman syndrome in our area, our page is www.facebook.com/groups/angelmanmumsnortheast, one of the mums asked me to ask about melatonin doses for her 9yo who sleeps 3 hours a night. can a GP prescribe it or only a paediatrician",
 [("url", "www.facebook.com/groups/angelmanmumsnortheast")], []),

("Blue Badge holder here (caring for my husband, wheelchair user after a spinal injury). Car reg is MA70 HJK. The hospital car park keeps fining us because the disabled bays are full. Separate question - his catheter keeps bypassing and leaking, is that a blockage?",
 [("licence_plate", "MA70 HJK")], []),

("so i was rear ended at the lights on tuesday by a silver golf reg CV15 ZRD, the guy drove off, police have the plate. my neck has been stiff since and now i get headaches at the back of my head. i'm 24 weeks pregnant with my second. whiplash ok to treat with paracetamol only?",
 [("licence_plate", "CV15 ZRD")], []),

("new patient form (copied)\nfirst name: Oluwaseun\nsurname: Adeyemi-Clarke\ndate of birth: 28.09.1996\nemail: seun.ac96@hotmail.com\nreason: I have had chest tightness when I run, only in cold weather, for the last 2 winters. Is this asthma?",
 [("name", "Oluwaseun"), ("name", "Adeyemi-Clarke"), ("date_of_birth", "28.09.1996"), ("email", "seun.ac96@hotmail.com")], []),

("my son Benjamin born on the 11th of November 2019 has just been diagnosed with ADHD and they want to start medication, I'm not sure. he's in year 1 at St Anne's CofE Primary. his teacher says he can't sit still at all. what are the side effects",
 [("name", "Benjamin"), ("date_of_birth", "11th of November 2019")], ["St Anne's CofE Primary"]),

("hey its me on reddit u/throwaway_mum_2023, i posted there but nobody answered. i'm 19 and my baby is 3 weeks and i feel nothing for her, i just go through the motions. my mum says its normal. is it",
 [("handle", "u/throwaway_mum_2023")], []),

("my wife runs a small home bakery (insta @crumbsbykatarzyna) and she's 29 weeks pregnant and on her feet all day. Her hands go numb and tingly at night and she drops things. Her name is Kasia btw, Katarzyna officially. Is this carpal tunnel from pregnancy?",
 [("handle", "@crumbsbykatarzyna"), ("name", "Kasia"), ("name", "Katarzyna")], []),

("Please reply to my daughter's email as I can't type well since my stroke: tracey.oduya@gmail.com. I am her father, Joseph, 68, in Kisumu. My left hand is still weak 4 months later. Is more physio useful?",
 [("email", "tracey.oduya@gmail.com"), ("name", "Joseph")], []),

("patient details as per clinic letter: Mrs Rangi Parata, DOB 07/07/1955, NHI ZAC1234, 16 Puriri Grove, Whangarei. My mum is 69 and they found her haemoglobin is 92 and want a scope. Why a scope for anaemia?",
 [("name", "Rangi Parata"), ("date_of_birth", "07/07/1955"), ("id_number", "ZAC1234"), ("address", "16 Puriri Grove, Whangarei")], []),

("my gran's carer drives her to appointments in her own car (plate 5KTR 881) and last week gran slipped getting out and hurt her hip. She's 87. X-ray was fine but she still can't weight bear properly. She's very independent and hates the frame. Who do we see?",
 [("licence_plate", "5KTR 881")], []),

("write to me on linkedin if easier linkedin.com/in/priyanka-sethi-hr, I'm 36 and HR manager and have had a twitching eyelid for 3 weeks, it's driving me mad during meetings. Is it stress?",
 [("url", "linkedin.com/in/priyanka-sethi-hr")], []),
]
