# Hand-written privacy items WITH identifiers.
# Each entry: (text, [(type, exact_substring), ...], [quasi strings])

ITEMS = [
    ("hi my name is Deborah Okonkwo, 47, had a hysterectomy end of march and the wound is still weeping a bit. can someone call me back on 0803 417 2296, I'm in Enugu",
     [("name", "Deborah Okonkwo"), ("phone", "0803 417 2296")], []),

    ("My son Callum (DOB 14/02/2011) has been getting nosebleeds nearly every night for a fortnight. His NHS number is 485 772 1093 if you need it for the records.",
     [("name", "Callum"), ("date_of_birth", "14/02/2011"), ("id_number", "485 772 1093")], []),

    ("Writing for my mum, Mrs Theresa Villanueva. She's 78 and keeps getting dizzy when she stands up from her chair. Best contact is my email, j.villanueva.rn@gmail.com — I'm her daughter Joanna.",
     [("name", "Theresa Villanueva"), ("email", "j.villanueva.rn@gmail.com"), ("name", "Joanna")], []),

    ("Hello doctor. I am Rahul Deshmukh from Pune, age 34. Sugar fasting 142, after food 210. My mobile +91 98220 41576. Please advise diet.",
     [("name", "Rahul Deshmukh"), ("phone", "+91 98220 41576")], []),

    ("Can I get my hep B vaccine records sent over to the new practice? Member ID on my Aetna card is W283 719 044, name on the card is Marcus T. Bell.",
     [("id_number", "W283 719 044"), ("name", "Marcus T. Bell")], []),

    ("i live at 22 Kilbride Crescent, Tallaght and the ambulance took 40 min last time my dad had a turn, should I be driving him in myself instead? its Pádraig btw, dad is Seamus",
     [("address", "22 Kilbride Crescent, Tallaght"), ("name", "Pádraig"), ("name", "Seamus")], []),

    ("Hey, this is about my girlfriend Keely, she's been throwing up after nearly every meal for a week. She runs @keely.eats.clean on insta and honestly I think the account is part of the problem. How do I bring it up?",
     [("name", "Keely"), ("handle", "@keely.eats.clean")], []),

    ("Patient: Ahmad Siddiqui. MRN 00-447-1932. Referred by Dr. Laura Hennessey for persistent cough >6 wks, CXR clear. Question re next steps please.",
     [("name", "Ahmad Siddiqui"), ("id_number", "00-447-1932"), ("name", "Laura Hennessey")], []),

    ("my car got towed from the hospital car park while I was in A&E with chest pains!! reg is KP17 WZN, who do I even talk to about that",
     [("licence_plate", "KP17 WZN")], []),

    ("Im 29 F, born 3rd June 1995, been on the pill for 8 years and now getting migraines with aura. Should I switch to something else? Email me at ruby_tide95@hotmail.co.uk",
     [("date_of_birth", "3rd June 1995"), ("email", "ruby_tide95@hotmail.co.uk")], []),

    ("G'day, my partner Bronwyn came off the ladder Sunday arvo and her wrist is swollen like a balloon. Medicare number is 2953 41876 1 if that helps book her in. Ring me on 0412 558 903.",
     [("name", "Bronwyn"), ("id_number", "2953 41876 1"), ("phone", "0412 558 903")], []),

    ("Bonjour, sorry my English. I am Camille Rousseau, living in Lyon. Is my numéro de sécurité sociale 2 84 07 69 123 456 78 needed to get a prescription filled while I visit Boston?",
     [("name", "Camille Rousseau"), ("id_number", "2 84 07 69 123 456 78")], []),

    ("Following up on claim #CLM-2024-0088731 for my MRI — the insurer says the radiologist's report wasn't attached. Referring doc was Dr Priya Raman. Can you resend it?",
     [("id_number", "CLM-2024-0088731"), ("name", "Priya Raman")], []),

    ("My brother Tomasz lives alone at flat 4, 19 Wexford Road, Leicester LE2 3QP and he hasn't picked up his phone since Friday. He's diabetic. Is there some kind of welfare check service you can arrange?",
     [("name", "Tomasz"), ("address", "flat 4, 19 Wexford Road, Leicester LE2 3QP")], []),

    ("Hi im Jess, my linkedin is linkedin.com/in/jessica-marwood-pharm if you need to verify I'm a pharmacist. Question about clarithromycin + simvastatin for a customer.",
     [("name", "Jess"), ("url", "linkedin.com/in/jessica-marwood-pharm")], []),

    ("Good morning po. My lola is 81 and her BP this morning was 180/100. We are in Quezon City. My number is 0917 623 4481, I'm Ria. Her PhilHealth no. 12-050384726-1.",
     [("phone", "0917 623 4481"), ("name", "Ria"), ("id_number", "12-050384726-1")], []),

    ("The school nurse at Hollybrook Primary says my daughter might have impetigo, crusty yellow bits round her nose. Daughter is Amara, she's 6. Can I treat it at home?",
     [("name", "Amara")], ["Hollybrook Primary"]),

    ("I work nights at the Amazon warehouse in Swindon and my lower back is wrecked. Employee ID AMZ-4471902 if occupational health needs it. Name's Dean Partridge.",
     [("id_number", "AMZ-4471902"), ("name", "Dean Partridge")], ["Amazon warehouse in Swindon"]),

    ("SSN 412-68-3095, DOB 11/09/1962 — my insurance portal won't let me see my biopsy results. This is Gloria Maldonado. Please call 956-555-0182.",
     [("id_number", "412-68-3095"), ("date_of_birth", "11/09/1962"), ("name", "Gloria Maldonado"), ("phone", "956-555-0182")], []),

    ("so my mate Jonno passed out at the gym yesterday, he's fine now but he won't see a doctor. he's 24. anything I can say to convince him lol",
     [("name", "Jonno")], []),

    ("I'm a carer for Mr. Ernest Kovač, 88, who lives at 7 Birchwood Lane, Harrogate. He's had diarrhoea for three days now. His GP is Dr. Fiona Leckie at Stray Road Surgery but we can't get an appointment.",
     [("name", "Ernest Kovač"), ("address", "7 Birchwood Lane, Harrogate"), ("name", "Fiona Leckie")], ["Stray Road Surgery"]),

    ("Guten Tag, my husband Jürgen Albrecht (geb. 22.08.1958) has tingling in both feet since a few months. Versichertennummer A123456780. We are German but living in Kent now.",
     [("name", "Jürgen Albrecht"), ("date_of_birth", "22.08.1958"), ("id_number", "A123456780")], []),

    ("Pls help. I'm Nomvula, 31, from Soweto. Rash all over my body after starting a new antibiotic. ID number 9304150823087. cell 082 771 3409",
     [("name", "Nomvula"), ("id_number", "9304150823087"), ("phone", "082 771 3409")], []),

    ("My twitter is @doc_dilemma_dan, I posted about my weird heart rhythm there and someone said to ask here instead. HR jumps to 160 when I stand up.",
     [("handle", "@doc_dilemma_dan")], []),

    ("Teen here, 15. my mum would literally kill me if she saw this. please reply to lilsky.xo@yahoo.com not the family email. I think I might be pregnant",
     [("email", "lilsky.xo@yahoo.com")], []),

    ("Asking for my father-in-law Bhupinder, 72, who's just been told he needs a stent. His Aadhaar is 4821 7730 6615 in case the hospital in Ludhiana asks for it. My name is Simran.",
     [("name", "Bhupinder"), ("id_number", "4821 7730 6615"), ("name", "Simran")], []),

    ("My wife has been on a waitlist at Toronto General for 8 months. Her OHIP number is 5284 119 307 KT. Her name is Lucia Ferreira, 58. Is there anything that can speed up a hip replacement consult?",
     [("id_number", "5284 119 307 KT"), ("name", "Lucia Ferreira")], []),

    ("Kia ora, it's Wiremu. Got a rash on both shins after tramping in the Tararuas last weekend. Text 021 448 2917 if you need a photo.",
     [("name", "Wiremu"), ("phone", "021 448 2917")], []),

    ("For the doctor: patient Min-jun Park, student ID 2021-18834, came to campus health with conjunctivitis. Can he sit his exams next week or is he contagious?",
     [("name", "Min-jun Park"), ("id_number", "2021-18834")], []),

    ("I am Mrs Adaeze Nwosu, pregnant 28 weeks. my email adaeze.nwosu84@gmail.com, phone +234 806 552 1178. I am feeling baby less since yesterday",
     [("name", "Adaeze Nwosu"), ("email", "adaeze.nwosu84@gmail.com"), ("phone", "+234 806 552 1178")], []),

    ("Our fundraiser for our son's surgery is at gofundme.com/f/help-baby-theo-heart — he has tetralogy of Fallot and we're in Cork. My question is about recovery times after the full repair.",
     [("url", "gofundme.com/f/help-baby-theo-heart")], []),

    ("Oi doc! Mateus here, 40, from Curitiba. My total cholesterol is 260 and I eat churrasco every weekend haha. My WhatsApp is +55 41 99827-3310.",
     [("name", "Mateus"), ("phone", "+55 41 99827-3310")], []),

    ("This is Sgt. Rick Alvarado, asking personally not for the department — my K9 partner bit my hand during training, do I need rabies shots if he's fully vaccinated?",
     [("name", "Rick Alvarado")], []),

    ("Hi, my son Eitan (born 30 Nov 2019) keeps getting ear infections, like 6 this year. We live at 14 HaNarkis Street, Ra'anana. Should we see an ENT about tubes?",
     [("name", "Eitan"), ("date_of_birth", "30 Nov 2019"), ("address", "14 HaNarkis Street, Ra'anana")], []),

    ("Posting for my best friend Marisol bc she doesn't speak much English. She's 33 and her tooth is so swollen her eye is nearly closing. Her number is (512) 555-0147.",
     [("name", "Marisol"), ("phone", "(512) 555-0147")], []),

    ("Our nan, June, got her flu jab at the Boots on the high street and now her arm's bright red and hot to touch. She's 84. Is that a reaction?",
     [("name", "June")], []),

    ("My passport number is 548193027 and I need a fit-to-fly letter before Thursday, I'm 34 weeks pregnant. Flying Heathrow to Lagos. Name Folake Adebayo-Smith.",
     [("id_number", "548193027"), ("name", "Folake Adebayo-Smith")], []),

    ("Hello from Nairobi. I am Kiprotich, 52. NHIF number 3841 0027. My chest feels tight when I climb the stairs to my office, for about a month. Phone 0722 418 906.",
     [("name", "Kiprotich"), ("id_number", "3841 0027"), ("phone", "0722 418 906")], []),

    ("my ex keeps posting stuff about my bipolar on his tiktok (@dazzzle_jay), can a doctor write something saying it's not true?",
     [("handle", "@dazzzle_jay")], []),

    ("Singapore here. Name Tan Wei Ling, NRIC S8812345J. My helper gets headaches every afternoon, what can she take safely?",
     [("name", "Tan Wei Ling"), ("id_number", "S8812345J")], []),

    ("To whom it may concern, I am writing on behalf of my late father, Harold James Whitcombe (date of birth 19 April 1941), to request a copy of his records from his final admission. I am his executor. Please contact me, Margaret Whitcombe-Lowe, on 01632 960 418.",
     [("name", "Harold James Whitcombe"), ("date_of_birth", "19 April 1941"), ("name", "Margaret Whitcombe-Lowe"), ("phone", "01632 960 418")], []),

    ("hi im kayden 13 and my knee clicks when i run at football is that bad",
     [("name", "kayden")], []),

    ("My GP Dr Okafor said to ask here about the statin dose, I'm on 40mg atorvastatin and my muscles ache.",
     [("name", "Okafor")], []),

    ("I'm a teacher at St Brendan's National School and one of my pupils, Aoife, has had three nosebleeds in class this week. Her mam asked me to ask. She's 8.",
     [("name", "Aoife")], ["St Brendan's National School"]),

    ("Policy no. HLT-7730-221-09, holder Craig Dunleavy. Does this cover a vasectomy reversal consult?",
     [("id_number", "HLT-7730-221-09"), ("name", "Craig Dunleavy")], []),

    ("Could the doctor who saw me on Tues ring me back — Shauna, 07700 900 482. It was about the lump in my armpit.",
     [("name", "Shauna"), ("phone", "07700 900 482")], []),

    ("Plate RJX 4417, silver Corolla — someone reversed into me in the clinic car park and drove off, and now my neck is stiff. Should I get it checked for whiplash?",
     [("licence_plate", "RJX 4417")], []),

    ("my wife Ngozi is 36 wks and her feet are very swollen since last week. we are at 12 Adeola Odeku Street, Victoria Island. is this normal?",
     [("name", "Ngozi"), ("address", "12 Adeola Odeku Street, Victoria Island")], []),

    ("Hello, I'm Dmitri Volkov, 61, Latvian resident. Passport LV4402918. I take warfarin and want to know about compression on a 9 hour flight.",
     [("name", "Dmitri Volkov"), ("id_number", "LV4402918")], []),

    ("Please send my prescription to my new address: Apt 3B, 418 Linden Ave, Oak Park, IL 60302. Name: Renata Sokolowski, DOB 07/23/1979.",
     [("address", "Apt 3B, 418 Linden Ave, Oak Park, IL 60302"), ("name", "Renata Sokolowski"), ("date_of_birth", "07/23/1979")], []),

    ("my dad Lorenzo is 67 and snores so loud the neighbours complain. My mum says he stops breathing sometimes at night. He still does shifts at the Ferrero plant in Alba.",
     [("name", "Lorenzo")], ["Ferrero plant in Alba"]),

    ("Yo, my insta is @gymrat_kwame, I'm 22, been taking creatine 5g a day, now my kidneys hurt?? is that even possible",
     [("handle", "@gymrat_kwame")], []),

    ("Hej. I'm Helga Sørensen, CPR 120583-4412. I can't make my appointment on the 12th because of work at Vestas in Aarhus. Can the blood test be done somewhere else?",
     [("name", "Helga Sørensen"), ("id_number", "120583-4412")], ["Vestas in Aarhus"]),

    ("Looking for advice for my partner Alex (they/them), 27, who has been having panic attacks at work. Alex works at the Co-op Funeralcare on Bridge St, which honestly doesn't help.",
     [("name", "Alex")], ["Co-op Funeralcare on Bridge St"]),

    ("hello sir my name is Imran Chaudhry and my email is imranch1977@outlook.com. I have pain in the heel in the morning since 2 month",
     [("name", "Imran Chaudhry"), ("email", "imranch1977@outlook.com")], []),

    ("For my grandson, Jaxon Reid, 4. His kindy (Little Acorns Early Learning) sent him home with a fever of 38.9. Mum's number is 0433 109 772 if you need her.",
     [("name", "Jaxon Reid"), ("phone", "0433 109 772")], ["Little Acorns Early Learning"]),

    ("i'm Beatriz, 19, from Porto. My blog beatrizvive.blogspot.com has my whole story with anorexia, I'm trying to recover. Is 1500 kcal enough for now?",
     [("name", "Beatriz"), ("url", "beatrizvive.blogspot.com")], []),

    ("DOB: 02-01-1990. Name: Oluwaseun Bakare. Hospital number: LUTH/22/0914. Complaint: recurring boils on the inner thigh.",
     [("date_of_birth", "02-01-1990"), ("name", "Oluwaseun Bakare"), ("id_number", "LUTH/22/0914")], []),

    ("my husband hit his head on the cupboard door. he's fine, just a bump, but his name's Gareth and he's on apixaban so should I worry? we're on 07700 900 117",
     [("name", "Gareth"), ("phone", "07700 900 117")], []),

    ("Hi! Quick question from Emily-Rose, 26. Got a tattoo in Brighton on Saturday and it's crusty and oozing yellow stuff. Normal healing??",
     [("name", "Emily-Rose")], []),

    ("My mother Zhang Xiuying, 74, doesn't speak English. Her ID card number is 110105195003142326. She has had a cough for three weeks.",
     [("name", "Zhang Xiuying"), ("id_number", "110105195003142326")], []),

    ("Dear Dr, please could you review the attached results for Mr. Dennis O'Rourke, Employee #88213 at Kerry Foods, Listowel. He's requesting light duties after his hernia repair.",
     [("name", "Dennis O'Rourke"), ("id_number", "88213")], ["Kerry Foods, Listowel"]),

    ("is it normal for a 3 month old to sleep 18 hrs a day?? my bubba Isla, born 02/05/2024",
     [("name", "Isla"), ("date_of_birth", "02/05/2024")], []),

    ("Please forward to Dr Shapiro: Mrs. Ruth Adler, member number 7781-20934-01, is asking whether her Medicare Advantage plan covers hearing aids.",
     [("name", "Shapiro"), ("name", "Ruth Adler"), ("id_number", "7781-20934-01")], []),

    ("I'm Sione, Tongan living in Auckland, 45. Gout again in my big toe. My email sione.taufa@xtra.co.nz",
     [("name", "Sione"), ("email", "sione.taufa@xtra.co.nz")], []),

    ("reddit user u/tiredmom_of3 here, someone on r/beyondthebump said to ask a real doctor — my c-section scar is still numb 2 years later",
     [("handle", "u/tiredmom_of3")], []),

    ("Hi, I'm a nurse at Meadowbank Care Home. One of our residents, Winifred, 93, has a pressure sore on her heel that's turning black at the edges.",
     [("name", "Winifred")], ["Meadowbank Care Home"]),

    ("My number plate is YT68 DVL, I'm a blue badge holder and the hospital is refusing my parking because my disability is 'not visible'. I have MS.",
     [("licence_plate", "YT68 DVL")], []),

    ("Hola, soy Guadalupe Reyes, 55 years... sorry, I write english. CURP REGG690312MJCYRD08. I want to know about mammogram at my age.",
     [("name", "Guadalupe Reyes"), ("id_number", "REGG690312MJCYRD08")], []),

    ("My brother-in-law Vikram got stung by a wasp 20 mins ago, hand is puffy but he's breathing totally fine. Our address in case: 9 Tulsi Apartments, Sector 21, Gurugram.",
     [("name", "Vikram"), ("address", "9 Tulsi Apartments, Sector 21, Gurugram")], []),

    ("Anybody know if the dermatology clinic takes walk ins? I'm Courtney. Cell 404-555-0193. Mole on my back changed shape.",
     [("name", "Courtney"), ("phone", "404-555-0193")], []),

    ("hey doc. my website is www.liamfoleyphoto.ie if you want to see the photo of the rash, it's under 'misc'. it's on my son's back, he's 3",
     [("url", "www.liamfoleyphoto.ie")], []),

    ("My wife Annelies and I are trying for a baby. She's 38, I'm 41. She works at Philips in Eindhoven in front of screens all day — could that affect fertility?",
     [("name", "Annelies")], ["Philips in Eindhoven"]),

    ("Question about night shifts at Gate Gourmet, Heathrow. My name is Harpreet Sandhu, staff no. GG-30418. I can't sleep during the day at all.",
     [("name", "Harpreet Sandhu"), ("id_number", "GG-30418")], ["Gate Gourmet, Heathrow"]),

    ("I'm 17 and my sister Paige (she's 14) has been cutting. i found out from her snapchat paige.xx.b2010 — what do i do, i don't want mum to freak",
     [("name", "Paige"), ("handle", "paige.xx.b2010")], []),

    ("Dear team, I am Ms. Hiroko Tanabe (DOB 1983/05/27). My health insurance card number is 06134712. I am a visiting researcher at the University of Leeds and need a referral for my knee.",
     [("name", "Hiroko Tanabe"), ("date_of_birth", "1983/05/27"), ("id_number", "06134712")], ["University of Leeds"]),

    ("Reaching out for my coworker, Bernadette, who fainted in the break room this morning. She's OK now and says it's her sugar. She's 50, diabetic. Should she be at work?",
     [("name", "Bernadette")], []),

    ("I'm Nikolai, Ukrainian passport FE418302. Do I need a yellow fever vaccine for Kenya if I'm coming from Poland?",
     [("name", "Nikolai"), ("id_number", "FE418302")], []),

    ("My daughter Sienna's dob is 12.03.2016, she's started wetting the bed again after being dry for 2 years. Email kirsty.mcgowan@btinternet.com",
     [("name", "Sienna"), ("date_of_birth", "12.03.2016"), ("email", "kirsty.mcgowan@btinternet.com")], []),

    ("My dad (Frank Delgado, 70) has fluid in his legs. Kaiser member # 000012983344. Who should he see, cardio or kidney?",
     [("name", "Frank Delgado"), ("id_number", "000012983344")], []),

    ("Salam, Mohammed here from Riyadh. Iqama 2384719302. My wife has a thyroid problem and we only moved here recently, which doctor to see?",
     [("name", "Mohammed"), ("id_number", "2384719302")], []),

    ("I teach at Riverbend Technical College and one of my students, Dylan, told me he's been hearing voices. I don't know what to tell him.",
     [("name", "Dylan")], ["Riverbend Technical College"]),

    ("my fiance Tyrone crashed his bike, he's banged up but walking, his helmet cracked though. He's at 1150 Magnolia Drive, Apt 12, Decatur GA with me rn.",
     [("name", "Tyrone"), ("address", "1150 Magnolia Drive, Apt 12, Decatur GA")], []),

    ("please contact me on viber +380 67 418 2203, I am Oksana, I need to know if my child needs vaccinations again in the UK",
     [("phone", "+380 67 418 2203"), ("name", "Oksana")], []),

    ("I'm Pieter van der Berg, 66, from Utrecht. BSN 123456782. My heart doctor switched me to Eliquis and I bruise so easily now.",
     [("name", "Pieter van der Berg"), ("id_number", "123456782")], []),

    ("This is about my roommate Kenji. He's had a fever for 3 days and says his neck hurts. If you need to reach family, his mom is at kenji.mom.sato@gmail.com",
     [("name", "Kenji"), ("email", "kenji.mom.sato@gmail.com")], []),

    ("Hi doctor, my name is Precious Mabuza and I stay at 41 Jacaranda Street, Hatfield, Pretoria. My baby has white patches inside the mouth.",
     [("name", "Precious Mabuza"), ("address", "41 Jacaranda Street, Hatfield, Pretoria")], []),

    ("Facebook: facebook.com/sharon.mcleish.7 — I run a support group for Crohn's mums and want to invite a doctor to answer questions. Contact me there or on 07700 900 633.",
     [("url", "facebook.com/sharon.mcleish.7"), ("phone", "07700 900 633")], []),

    ("Good morning. Please note my new insurance: BlueCross, member ID XJH884027319. Patient: Eleanor Whitfield. She's due for her diabetic eye screening.",
     [("id_number", "XJH884027319"), ("name", "Eleanor Whitfield")], []),

    ("hey its Dani (Danielle on my records), 23, i got my nose pierced at a kiosk in the mall and now there's a bump next to it",
     [("name", "Dani"), ("name", "Danielle")], []),

    ("Doctor, my father-in-law Abdul Rahman bin Yusof has had diabetes for 20 years. MyKad 530817-10-5521. He has a wound on his foot not healing.",
     [("name", "Abdul Rahman bin Yusof"), ("id_number", "530817-10-5521")], []),

    ("Student at Ludwig-Maximilians-Universität, Matrikelnummer 11928374, I need a sick note for an exam I missed because of tonsillitis. Can this be done online?",
     [("id_number", "11928374")], ["Ludwig-Maximilians-Universität"]),

    ("My husband Ruaridh and I want to know about the HPV vaccine for our boy Finn. Finn was born 2013-07-18 and his school didn't offer it.",
     [("name", "Ruaridh"), ("name", "Finn"), ("date_of_birth", "2013-07-18")], []),

    ("I'm a paramedic (off duty) — my neighbour Mrs Elsie Hartnell at 3 Orchard Close, Didcot, is asking me about her new BP tablets giving her a dry cough.",
     [("name", "Elsie Hartnell"), ("address", "3 Orchard Close, Didcot")], []),

    ("Hi it's Lerato. Please whatsapp me +27 71 305 8824. I think I have a UTI but I'm breastfeeding.",
     [("name", "Lerato"), ("phone", "+27 71 305 8824")], []),

    ("I'm trying to find Dr. Adebayo Ogunleye who treated me in 2019 — I need his current practice to get my records transferred. Is he on your site?",
     [("name", "Adebayo Ogunleye")], []),

    ("My channel youtube.com/@ChefMarcoEats is about cooking but I cut my finger badly while filming last week and the tip is still numb",
     [("url", "youtube.com/@ChefMarcoEats")], []),

    ("hey, my discord is nightowl#4471, can a doctor dm me, i can't talk about this here. im 16 and i think my stepdad is putting something in my drinks",
     [("handle", "nightowl#4471")], []),

    ("I (Chloé, 31) had a miscarriage 6 weeks ago. My midwife Siobhan says the bleeding should have stopped by now. It hasn't.",
     [("name", "Chloé"), ("name", "Siobhan")], []),

    ("Registration VN21 HKO. I got a parking fine at the outpatient clinic while I was having chemo. Is there any exemption for cancer patients?",
     [("licence_plate", "VN21 HKO")], []),

    ("Hi, my name is Yusuf Demir, I'm 44 and live in Istanbul, TC kimlik 31847260952. My left ear has been ringing for a month.",
     [("name", "Yusuf Demir"), ("id_number", "31847260952")], []),

    ("please call my daughter Kayla on 0400 118 552 — I'm her mum, Jenny. Kayla is 20 and keeps fainting at uni",
     [("name", "Kayla"), ("phone", "0400 118 552"), ("name", "Jenny")], []),

    ("Hospital MRN: 7734219. Name: Amos Lindqvist. Discharged Friday after a TIA. Question re when I can drive again.",
     [("id_number", "7734219"), ("name", "Amos Lindqvist")], []),

    ("I live at 17 rue des Lilas, Sainte-Foy (Québec) and there's mould everywhere in my apartment. My asthma is getting worse every week.",
     [("address", "17 rue des Lilas, Sainte-Foy")], []),

    ("im Big Mike lol, real name Michael Adeyemi, 38, 140kg. my knees are done. what exercise can i even do",
     [("name", "Big Mike"), ("name", "Michael Adeyemi")], []),

    ("Could you help my grandmother Nonna Pina (Giuseppina Russo), she's 90 and lives with us at Via Garibaldi 23, Bari. Her legs are going purple.",
     [("name", "Pina"), ("name", "Giuseppina Russo"), ("address", "Via Garibaldi 23, Bari")], []),

    ("My PPS number is 7283914TA and the pharmacy says my medical card has expired. I'm Declan Furlong, 58, on insulin.",
     [("id_number", "7283914TA"), ("name", "Declan Furlong")], []),

    ("Hi, Marguerite here — I'm a dietitian, my site is www.margueritenutrition.com.au. A client asked whether turmeric interacts with warfarin.",
     [("name", "Marguerite"), ("url", "www.margueritenutrition.com.au")], []),

    ("i'm in a wheelchair since a car accident last year, the driver's plate was 1XYZ 829 and he was never caught. anyway my question is about pressure sores",
     [("licence_plate", "1XYZ 829")], []),

    ("My son Obi (Obinna), 11, has asthma and his school, Grange Park Academy, won't let him carry his inhaler. Can you write a letter? His NHS no is 943 476 5919",
     [("name", "Obi"), ("name", "Obinna"), ("id_number", "943 476 5919")], ["Grange Park Academy"]),

    ("hey docs, I'm @trans_tom_runs on twitter, 25, on T for 2 years, my hematocrit is 52%. Should I worry?",
     [("handle", "@trans_tom_runs")], []),

    ("Hello I am Sister Mary Immaculata, 79. Our convent doctor has retired and my blood pressure was 165/95 at the chemist.",
     [("name", "Mary Immaculata")], []),

    ("Emergency contact for me: my partner Ayesha Karim, ayesha.karim.dn@gmail.com, +44 7700 900 871. I'm having a colonoscopy Monday and need someone to pick me up.",
     [("name", "Ayesha Karim"), ("email", "ayesha.karim.dn@gmail.com"), ("phone", "+44 7700 900 871")], []),

    ("Kia ora, this is for my koro, Hemi Walker, 79. NHI number ZAB1234. He's got a chesty cough that won't shift.",
     [("name", "Hemi Walker"), ("id_number", "ZAB1234")], []),

    ("I'm Fernanda, CPF 482.903.117-40. I'm moving to Portugal and I want my vaccine records. I had the rubella vaccine as a kid I think.",
     [("name", "Fernanda"), ("id_number", "482.903.117-40")], []),

    ("My daughter, Saoirse Ní Bhriain, 15, DOB 08/08/2009, has been fainting in PE class at Coláiste Íde. Mam here.",
     [("name", "Saoirse Ní Bhriain"), ("date_of_birth", "08/08/2009")], ["Coláiste Íde"]),

    ("I'm a lorry driver, 55, name's Terry Bancroft, my rig's plate is WX14 HGB. Just diagnosed with sleep apnoea — do I have to tell the DVLA?",
     [("name", "Terry Bancroft"), ("licence_plate", "WX14 HGB")], []),

    ("Can someone email my discharge summary to my mum, Carol Pearson, carolpearson1956@aol.com. I'm Lee, I was in ward 7 last week with pancreatitis.",
     [("name", "Carol Pearson"), ("email", "carolpearson1956@aol.com"), ("name", "Lee")], []),

    ("Hi Dr. Nakamura, this is Aiko's mother. Aiko is 7 and her eczema is flaring again behind the knees. You saw her last month.",
     [("name", "Nakamura"), ("name", "Aiko")], []),

    ("My student number is s3981722 at RMIT and I need a medical certificate for special consideration — I had gastro all last week.",
     [("id_number", "s3981722")], ["RMIT"]),

    ("I am Ravi. I stay in Room 214, Sunrise Men's PG, near Koramangala 5th Block, Bangalore. Food there gives me loose motion every week. Which test to do?",
     [("name", "Ravi"), ("address", "Room 214, Sunrise Men's PG, near Koramangala 5th Block, Bangalore")], []),

    ("Hi, Sadie here, my kid's dad (Nathan) won't let her get vaccinated and we share custody. She's 5. What can I do medically?",
     [("name", "Sadie"), ("name", "Nathan")], []),

    ("My husband is Brian Kowalczyk, DOB 5/17/1971, and he's refusing to go back to the cardiologist after his stent. Any advice? (cell 216-555-0139)",
     [("name", "Brian Kowalczyk"), ("date_of_birth", "5/17/1971"), ("phone", "216-555-0139")], []),

    ("hi!! my tiktok @sophs.skin.journey has like 20k followers and people ask me about tretinoin all the time. is it safe while pregnant? asking for myself now actually 🙈",
     [("handle", "@sophs.skin.journey")], []),

    ("From: Gwen Price <gwen.price@valleysnet.co.uk> Subject: my dad's memory. Dad is 80 and keeps getting lost walking to the Spar he's been going to for 30 years.",
     [("name", "Gwen Price"), ("email", "gwen.price@valleysnet.co.uk")], []),

    ("Good day, I'm Kwabena Asante, 36, teacher at Achimota School. Ghana card GHA-719283746-5. I have had piles for a year now.",
     [("name", "Kwabena Asante"), ("id_number", "GHA-719283746-5")], ["Achimota School"]),

    ("The old man next door, Mr. Pritchard, told me he's been coughing up blood. Should I make him go to the GP? I don't know his first name even.",
     [("name", "Pritchard")], []),

    ("Dear doctor, Lin Mei here. I live Flat 22B, Tower 3, Laguna Verde, Hung Hom. My father has hard time swallowing rice now.",
     [("name", "Lin Mei"), ("address", "Flat 22B, Tower 3, Laguna Verde, Hung Hom")], []),

    ("I'm Rosa Jiménez-Ortega. I was born 1 January 1960, and I had a hysterectomy in 2005. Do I still need smears?",
     [("name", "Rosa Jiménez-Ortega"), ("date_of_birth", "1 January 1960")], []),

    ("My colleague Nadia from the Bristol office told me to post here. I get hives every time I drink red wine. I'm Tobias, 35.",
     [("name", "Nadia"), ("name", "Tobias")], ["Bristol office"]),

    ("hey its Marcus again (marcus.b.fitness on IG), my hamstring still hurts 3 weeks after I pulled it sprinting.",
     [("name", "Marcus"), ("handle", "marcus.b.fitness")], []),

    ("I need a translator for my mother-in-law Nguyen Thi Hoa, 68. She lives with us at 2207 S Bristol St, Santa Ana. Her diabetes meds are confusing her.",
     [("name", "Nguyen Thi Hoa"), ("address", "2207 S Bristol St, Santa Ana")], []),

    ("Pls call back Mrs Patel 020 7946 0321 re her husband's ECG results",
     [("name", "Patel"), ("phone", "020 7946 0321")], []),

    ("Resident registration 850412-2137814. I'm Seo-yeon, 39, living in Busan. Is it safe to take melatonin long term?",
     [("id_number", "850412-2137814"), ("name", "Seo-yeon")], []),

    ("My son was bitten by a dog at his friend's house — the friend's dad is Ricky, his number is 07700 900 264 and he says the dog is vaccinated. My son is Ollie, 9. Does he need a tetanus?",
     [("name", "Ricky"), ("phone", "07700 900 264"), ("name", "Ollie")], []),

    ("I volunteer at the Salvation Army shelter on Pearl Street and one of our guests, Earl, has a foot wound that smells bad. He's 62 and won't go to the ER.",
     [("name", "Earl")], ["Salvation Army shelter on Pearl Street"]),

    ("Hi, I'm Astrid, fødselsnummer 14079236541. I'm in Spain on holiday and have a terrible sunburn with blisters on my shoulders.",
     [("name", "Astrid"), ("id_number", "14079236541")], []),

    ("Tuesday I'll be bringing my dad Augustine to the clinic for his bloods, is there disabled parking? our plate is BD71 XRA.",
     [("name", "Augustine"), ("licence_plate", "BD71 XRA")], []),

    ("Need to report side effects. Name: Khadija Benali. Date of birth: 14 mars 1988. Email khadija.benali@laposte.net. Took Augmentin and got yellow eyes.",
     [("name", "Khadija Benali"), ("date_of_birth", "14 mars 1988"), ("email", "khadija.benali@laposte.net")], []),

    ("Hola, Joaquín here, 29, from Rosario. DNI 38.441.902. Question about PrEP — can I get it if I'm only here on a work visa?",
     [("name", "Joaquín"), ("id_number", "38.441.902")], []),

    ("Our daughter Hope is 3 weeks old and her eyes are still a bit yellow. Breastfed. Is that still ok?",
     [("name", "Hope")], []),

    ("Grace and I (Will) are both 30 and both have the flu, Grace is way worse. Is Tamiflu worth it at day 3?",
     [("name", "Grace"), ("name", "Will")], []),

    ("I'm a GP registrar (Dr. Themba Nkosi) asking about a patient of mine: 40M, ALT 180, no alcohol. No patient names obviously.",
     [("name", "Themba Nkosi")], []),

    ("Ok so my hubby Dwayne had a vasectomy Friday and his balls are the size of oranges lol. is that normal?? our address is 88 Cottonwood Lane, Lubbock TX 79416 if u need to send anything",
     [("name", "Dwayne"), ("address", "88 Cottonwood Lane, Lubbock TX 79416")], []),

    ("my email's baxter.hollis@protonmail.com — I'm 52, veteran, and the VA keeps losing my sleep study. VA claim number 28 447 190.",
     [("email", "baxter.hollis@protonmail.com"), ("id_number", "28 447 190")], []),

    ("Hello, writing on behalf of my uncle Chukwuemeka Eze, born 9 September 1949, who lives at 5 Ogui Road, Enugu. His prostate doctor wants a PSA repeat. Call me, Ifeoma, on +234 703 118 4420.",
     [("name", "Chukwuemeka Eze"), ("date_of_birth", "9 September 1949"), ("address", "5 Ogui Road, Enugu"), ("name", "Ifeoma"), ("phone", "+234 703 118 4420")], []),

    ("Quick one — my NI number is QQ 12 34 56 C, does that go on the sick note form or do you need my NHS number? Off work at Greggs with a bad back. Thanks, Shannon",
     [("id_number", "QQ 12 34 56 C"), ("name", "Shannon")], ["Greggs"]),

    ("hi this is Tayo, instagram tayo.lifts.heavy, i think i tore my pec benching 140kg yesterday, bruise down my arm now",
     [("name", "Tayo"), ("handle", "tayo.lifts.heavy")], []),

    ("Hello I am Aroha and my son Nikau has bad eczema. We are at 46 Kowhai Street, Rotorua. My mobile 027 519 3306. He's 2.",
     [("name", "Aroha"), ("name", "Nikau"), ("address", "46 Kowhai Street, Rotorua"), ("phone", "027 519 3306")], []),

    ("Checking if you got my referral letter: Patient Beatrice Okello, hospital no. KNH-2023-114587, seen at Kenyatta for fibroids. My email is b.okello.ke@gmail.com",
     [("name", "Beatrice Okello"), ("id_number", "KNH-2023-114587"), ("email", "b.okello.ke@gmail.com")], []),

    ("My mate Sanjay at Infosys says the company insurance covers therapy. His employee code is 1183302 and mine is 1183417, I'm Arjun. Do we need a referral to see a psychiatrist?",
     [("name", "Sanjay"), ("id_number", "1183302"), ("id_number", "1183417"), ("name", "Arjun")], ["Infosys"]),

    ("sorry if wrong place. i'm Marie-Claire, born 04/11/1972, my doc in Montréal retired and i need my thyroid meds. carte RAMQ TREM 7211 0412",
     [("name", "Marie-Claire"), ("date_of_birth", "04/11/1972"), ("id_number", "TREM 7211 0412")], []),

    ("Found a tick on my daughter Poppy after camping, she's 7. I took a photo and posted it at flickr.com/photos/wildwood_dad/ so you can see the bite.",
     [("name", "Poppy"), ("url", "flickr.com/photos/wildwood_dad/")], []),
]
