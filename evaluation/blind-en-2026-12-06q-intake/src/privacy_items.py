# Hand-written privacy items. Each entry: (text, [(type, exact_substring), ...], [quasi strings])
# Written one by one by hand; no generation.

PRIVACY = [
# ---------------- items WITH identifiers ----------------
("hi, my name is Aaliyah Okonkwo and I've had a sore throat for 9 days now, no fever. should I get a strep test or just wait it out?",
 [("name", "Aaliyah Okonkwo")], []),

("My son Mateo (7) keeps waking up with nosebleeds, like 3 times this week. Our pediatrician Dr. Feinberg says it's the dry air but I'm not convinced. If a nurse can call me back I'm on 415-555-0182 after 5pm.",
 [("name", "Mateo"), ("name", "Feinberg"), ("phone", "415-555-0182")], []),

("question about my mums meds - she's Margaret Ellison, DOB 14/03/1941, NHS no. 485 777 3456. she's on warfarin and the GP has just added clarithromycin for a chest infection, is that combo safe??",
 [("name", "Margaret Ellison"), ("date_of_birth", "14/03/1941"), ("id_number", "485 777 3456")], []),

("hey its jonno from the running group, email me at jonno.b.writes@fastmail.com if you'd rather not answer publicly. my knee clicks going downstairs and swells up after footy on saturdays",
 [("name", "jonno"), ("email", "jonno.b.writes@fastmail.com")], []),

("PATIENT: WEI CHEN. MRN 00482913. ALLERGIES: PENICILLIN. QUESTION: GOT A RASH AFTER AMOXICILLIN LAST YEAR, IS THAT THE SAME ALLERGY OR DIFFERENT?",
 [("name", "WEI CHEN"), ("id_number", "00482913")], []),

("My husband Tomasz snores like a freight train and I swear he stops breathing for 10 seconds at a time. He drives a delivery van all day (reg KX19 PLW, it's the company's) and I'm terrified he'll nod off at the wheel. Is this sleep apnoea and who does he see?",
 [("name", "Tomasz"), ("licence_plate", "KX19 PLW")], []),

("Sorry this is long. I'm Fatima, 34, I work as a dental nurse at Brightsmile Dental on Carlton Road and for the last month my fingers go white then blue when it's cold, then red and throbbing when they warm up. Nobody at work has seen it before. Is this something serious?",
 [("name", "Fatima")], ["Brightsmile Dental"]),

("Can someone explain my blood results? Name: Deepak Raghunathan / DOB 02-11-1978 / Ferritin 9, Hb 10.8. The receptionist just said 'doctor wants to see you' and now I can't get an appointment until the 20th.",
 [("name", "Deepak Raghunathan"), ("date_of_birth", "02-11-1978")], []),

("my daughter Hope has had a barking cough since last night, worse when she lies down. no fever. shes 3. is this croup?? do i need to take her in",
 [("name", "Hope")], []),

("Hello, I am writing on behalf of my father, Mr. Oluwaseun Adebayo, who is 81 years old. He lives alone at 22 Marlowe Gardens, Peckham and he has fallen twice this month. I would like to know if he can get a home assessment. My number is 07700 900417. Thank you, Bisi",
 [("name", "Oluwaseun Adebayo"), ("address", "22 Marlowe Gardens, Peckham"), ("phone", "07700 900417"), ("name", "Bisi")], []),

("insurance keeps denying my claim for the CGM, member ID BCX448821907, claim # CLM-8830172. is there a medical reason a type 1 diabetic WOULDN'T need one?? I'm losing my mind",
 [("id_number", "BCX448821907"), ("id_number", "CLM-8830172")], []),

("Posting for my friend Sunny because she's too shy. She's had a lump in her armpit for about 3 weeks, not painful, about the size of a grape. She's 26. Should she be worried?",
 [("name", "Sunny")], []),

("Dr Nakamura told me my TSH was 'a bit high' but didn't start me on anything. I'm exhausted all the time and my hair is falling out. Is it worth a second opinion? (follow me on insta @kenji.lifts if you want to see how tired I look lol)",
 [("name", "Nakamura"), ("handle", "@kenji.lifts")], []),

("Re: my son's ADHD assessment\nStudent: Liam O'Driscoll\nStudent ID: S2291045\nSchool: Fernhill Primary\nYear 4. The school SENCo thinks he needs assessing but our GP says he's too young. Who is right?",
 [("name", "Liam O'Driscoll"), ("id_number", "S2291045")], ["Fernhill Primary"]),

("i'm 19 and i think i have an eating disorder. i don't want my parents to know. can i see someone without them finding out? you can reach me at quietmoth22@proton.me",
 [("email", "quietmoth22@proton.me")], []),

("My wife Grace had her gallbladder out on Tuesday and now she's got pain in her right shoulder. The surgeon, Dr. Abimbola Eze, said this can happen from the gas. How long does it last normally?",
 [("name", "Grace"), ("name", "Abimbola Eze")], []),

("hiya, Bill here (65). prostate PSA came back at 6.2. Doc wants a biopsy. Is there anything less invasive first? Cheers, Bill",
 [("name", "Bill")], []),

("We're visiting from Canada and my partner Rémi cut his hand on a broken glass. It's stopped bleeding but it's deep-ish. We're staying at 3180 Ocean View Blvd, unit 12. Is there an urgent care that can do stitches for tourists, and will they need his health card number? It's 4471-228-913-KP.",
 [("name", "Rémi"), ("address", "3180 Ocean View Blvd, unit 12"), ("id_number", "4471-228-913-KP")], []),

("DOB: 1990-07-22\nName: Svetlana Petrova\nPhone: +44 20 7946 0831\nQuestion: I've had a migraine with aura twice this week. I'm on the combined pill. My friend said that's dangerous?",
 [("date_of_birth", "1990-07-22"), ("name", "Svetlana Petrova"), ("phone", "+44 20 7946 0831")], []),

("My boyfriend Mark got a tattoo last week and now it's red, hot and oozing yellow stuff. He says it's normal. It's NOT normal right?? He works at Tandy's Garage so he's covered in grease all day which can't help.",
 [("name", "Mark")], ["Tandy's Garage"]),

("sent from my iPhone\n\n---\nHi Nurse Patel, this is Rosa Delgado, the lady with the ankle. The swelling went down but it still hurts to walk. Do I still need the X-ray on Friday? Rosa",
 [("name", "Patel"), ("name", "Rosa Delgado"), ("name", "Rosa")], []),

("anyone know if i can take ibuprofen with lisinopril? asking for my dad, Kwame. he's 70 and his back is killing him. our family doc is Dr. Lindqvist but she's on holiday",
 [("name", "Kwame"), ("name", "Lindqvist")], []),

("Hi, I run a small blog about living with lupus (https://butterflydaysjen.blogspot.com) and a reader asked me whether hydroxychloroquine can affect your eyes. I'm not a doctor so wanted to ask properly. -Jen",
 [("url", "https://butterflydaysjen.blogspot.com"), ("name", "Jen")], []),

("i keep getting UTIs, like 5 in the last year. my name's Keisha Brown, 29, and i'm so done with antibiotics. is there anything else?",
 [("name", "Keisha Brown")], []),

("URGENT-ish: my 14 y/o Ayesha came home from Oakridge Academy with a swollen, really red eye, she says she got poked in PE. She can see fine. Do I go to A&E or the optician? My mobile 07911 123 456",
 [("name", "Ayesha"), ("phone", "07911 123 456")], ["Oakridge Academy"]),

("My grandmother (Nonna Lucia, 88) is getting more confused in the evenings. Is that normal aging or should we test for something? She lives with my aunt Francesca at 9 Via Garibaldi... sorry, we moved her, she's at 41 Elm Street now, in Hoboken.",
 [("name", "Lucia"), ("name", "Francesca"), ("address", "9 Via Garibaldi"), ("address", "41 Elm Street")], []),

("Hello doctors. My name is Nguyen Thi Lan. I am 52. I have pain in my heel every morning when I first step. It is worse after I sit long. What is this?",
 [("name", "Nguyen Thi Lan")], []),

("Throwaway account. My husband (Derek Hollings, you'll probably see him in your records, DOB 5th August 1969) has been drinking a bottle of vodka a day and says he'll stop on his own. Is it dangerous to just stop cold turkey?",
 [("name", "Derek Hollings"), ("date_of_birth", "5th August 1969")], []),

("pls help my little brother Will has had diarrhea for 4 days and is barely eating. he's 10. mom is at work at the Riverside Care Home and can't leave. how much water should he drink?",
 [("name", "Will")], ["Riverside Care Home"]),

("Hi! I saw your clinic page on facebook. I'm Chioma, my handle there is @chioma_ng_beauty. I've got dark patches on my cheeks since pregnancy, will they go away?",
 [("name", "Chioma"), ("handle", "@chioma_ng_beauty")], []),

("Employee ID EMP-40921 - Occupational health referral. I'm a forklift driver at Harbourside Logistics and I've had lower back pain for 6 weeks. HR says I need a fit note. Who do I ask for that?",
 [("id_number", "EMP-40921")], ["Harbourside Logistics"]),

("my mom Dolores keeps saying her feet burn at night and feel like pins and needles. she's diabetic. her sugars are usually around 180. is this neuropathy?",
 [("name", "Dolores")], []),

("Sorry if wrong place. I'm Ingrid Solberg, I have Hashimoto's and take levothyroxine 75mcg. Can I take it with my coffee or do I really need to wait an hour? Email is ingrid.solberg.no@gmail.com",
 [("name", "Ingrid Solberg"), ("email", "ingrid.solberg.no@gmail.com")], []),

("So my coworker Priyanka said that if your pee is foamy it means kidney damage and now I can't stop staring at it. Mine is foamy sometimes. I'm 41, high blood pressure. Should I be testing something?",
 [("name", "Priyanka")], []),

("Caller: Ahmed Al-Sayed\nCallback: (312) 555-0147\nRelationship: son\nPatient: Mrs. Samira Al-Sayed, 76\nConcern: swollen ankles both sides, more short of breath on stairs",
 [("name", "Ahmed Al-Sayed"), ("phone", "(312) 555-0147"), ("name", "Samira Al-Sayed")], []),

("hi. i'm trans (she/her), 24, name's Jess. on estradiol for 2 yrs. my endo Dr. Okafor left the practice and nobody will refill my prescription. what do i do in the meantime",
 [("name", "Jess"), ("name", "Okafor")], []),

("Dear Sir/Madam,\nI am enquiring about my late mother's medical records. Her name was Eileen Margaret Doherty and her hospital number was RVH-0093381. I need them for an insurance matter.\nYours faithfully,\nPatrick Doherty",
 [("name", "Eileen Margaret Doherty"), ("id_number", "RVH-0093381"), ("name", "Patrick Doherty")], []),

("Q from a dad: my twins Ezra and Noa (18 months) both have a rash on their hands, feet and inside their mouths. Daycare (Little Acorns on Bank St) says there's something going round. Hand foot and mouth?",
 [("name", "Ezra"), ("name", "Noa")], ["Little Acorns"]),

("Hello, my name is Juan Carlos Ruiz and my wife is María. She is 32 weeks pregnant and her feet and hands are very swollen since two days and she has headache. Our doctor is Dr. Huang. What we do?",
 [("name", "Juan Carlos Ruiz"), ("name", "María"), ("name", "Huang")], []),

("can i donate blood if i had a tattoo 3 months ago? - Tash, 07812 345678 if easier to text",
 [("name", "Tash"), ("phone", "07812 345678")], []),

("My friend Dawn has been coughing for like 2 months, lost weight, and has night sweats. She's a nurse at St. Brigid's Hospice. Could it be TB?? she won't go to the doctor",
 [("name", "Dawn")], ["St. Brigid's Hospice"]),

("hello i am Arjun. age 17. i have lots of acne on my back and chest. i tried everything from the chemist. my mum said to ask here. my school email is arjun.m.2026@westbrook-high.org.uk",
 [("name", "Arjun"), ("email", "arjun.m.2026@westbrook-high.org.uk")], []),

("My partner Alex (they/them) got stung by a wasp yesterday and their whole forearm is swollen up to the elbow, itchy and hot. No breathing problems. Is that an allergy we need to worry about for next time?",
 [("name", "Alex")], []),

("Medicare number 1EG4-TE5-MK73. Does Medicare cover a shingles vaccine? I'm 67 and my sister just had a terrible case.",
 [("id_number", "1EG4-TE5-MK73")], []),

("Hi I'm Zeynep, I'm 38 and I've got a weird bump on the back of my knee that feels like a water balloon. It gets tight when I squat. Should I get it looked at?",
 [("name", "Zeynep")], []),

("Patient name: Hemi Walker (Māori, 45). NHI number ZAB1234. Gout flare in left big toe - 3rd one this year. Is allopurinol lifelong?",
 [("name", "Hemi Walker"), ("id_number", "ZAB1234")], []),

("hey so my ex (@tyler_k_99 on twitter if u want proof lol) told me after we broke up that he has herpes. we always used condoms. what are the chances i got it?",
 [("handle", "@tyler_k_99")], []),

("I'm a teacher at Greenvale Middle School and one of my students, Destiny, keeps fainting in class. Her mom says she's fine. What should I be looking out for? I don't want to overstep.",
 [("name", "Destiny")], ["Greenvale Middle School"]),

("Sorry for my english. My name is Oksana Kovalenko, I live at Flat 7, 18 Portland Street, Manchester. My son has fever 39.5 for three days and earache. GP closed. Where I go?",
 [("name", "Oksana Kovalenko"), ("address", "Flat 7, 18 Portland Street, Manchester")], []),

("My wife Faith is 58 and keeps getting heart palpitations that last a few minutes. ECG at the walk-in was normal. They said 'ectopics'. Should she see a cardiologist anyway? - Graham",
 [("name", "Faith"), ("name", "Graham")], []),

("To whom it may concern: I request a copy of my vaccination history. Full name Bongani Mthembu, ID number 8504125123087, date of birth 12 April 1985. Please send to bmthembu.za@outlook.com",
 [("name", "Bongani Mthembu"), ("id_number", "8504125123087"), ("date_of_birth", "12 April 1985"), ("email", "bmthembu.za@outlook.com")], []),

("need advice, my mum Brenda fell in the car park at tesco and hit her wrist. it looks a bit bent and is swelling. she's 72. we're in the car now (silver Corsa, WR62 TXN) heading home, should we go to the minor injuries unit instead?",
 [("name", "Brenda"), ("licence_plate", "WR62 TXN")], []),

("Is it normal for a 6 week old to poop only once every 4 days? She's breastfed. Her name is Amara and she seems happy otherwise.",
 [("name", "Amara")], []),

("Hi team, I'm Connor, I play Sunday league and I've rolled my ankle for the third time this season. Physio at Kinetic Sports Clinic said to rest but I reckon I need a scan. Thoughts?",
 [("name", "Connor")], ["Kinetic Sports Clinic"]),

("Please can you help me with my mother Mrs Gurpreet Kaur Sandhu. She has type 2 diabetes and her feet have a sore that isn't healing for 3 weeks. She doesn't speak English well. Her insurance policy # HLT-2290417. My name is Harjit.",
 [("name", "Gurpreet Kaur Sandhu"), ("id_number", "HLT-2290417"), ("name", "Harjit")], []),

("my gf Mei is on accutane and she's really down lately, crying all the time. i read accutane can cause depression?? should she stop?",
 [("name", "Mei")], []),

("Hi there. My name is Rose and I'm 61. I've been told I have a 'leaky valve' (mitral) and I'm due for an echo. What happens if it gets worse? Thanks, Rose Whitfield",
 [("name", "Rose"), ("name", "Rose Whitfield")], []),

("dr. chaudhry said my vitamin d is 11 and gave me 50,000 IU weekly. is that a crazy high dose?? - pam",
 [("name", "chaudhry"), ("name", "pam")], []),

("fundraiser for my son's surgery is here: gofundme.com/f/help-baby-theo-heart if anyone wants to share. But my real question: he's 4 months and had a VSD repair, how soon can he go to daycare?",
 [("url", "gofundme.com/f/help-baby-theo-heart")], []),

("So my name's Dmitri, I'm a chef at Marrow & Vine, and I burned my forearm on the grill 2 days ago. It's blistered, about the size of a credit card. Do I pop the blisters?",
 [("name", "Dmitri")], ["Marrow & Vine"]),

("Patient: Abebe Girma\nAge: 43\nPassport: EP4829156\nI am travelling to Ethiopia next month and need to know which vaccines I need. I had typhoid vaccine in 2019.",
 [("name", "Abebe Girma"), ("id_number", "EP4829156")], []),

("hey guys, its Kai (kai.surfs on tiktok) and I keep getting ear infections from surfing. Is surfer's ear a real thing? like bone growth in your ear??",
 [("name", "Kai"), ("handle", "kai.surfs")], []),

("my father in law, Hamid, had a stroke 5 months ago and his right hand is still weak. he's doing physio at home. how long can it keep improving? we're at 77 Birchwood Crescent if there's a community team that visits",
 [("name", "Hamid"), ("address", "77 Birchwood Crescent")], []),

("hi is it possible to get the HPV vaccine at 30? asking for me not a friend lol. Ana Sofia. +351 912 345 678",
 [("name", "Ana Sofia"), ("phone", "+351 912 345 678")], []),

("Question on behalf of resident, Room 14, Sunnydale Lodge: Mr. Reginald Pike (DOB 30/09/1936), blood pressure running 95/55 after starting amlodipine. Staff nurse: Chipo.",
 [("name", "Reginald Pike"), ("date_of_birth", "30/09/1936"), ("name", "Chipo")], ["Sunnydale Lodge"]),

("ok so my bff Maddie thinks she might be pregnant but she's on the implant. can that even happen?? she's 17 and freaking out. her insta is @maddiexo_lol if a nurse can DM her",
 [("name", "Maddie"), ("handle", "@maddiexo_lol")], []),

("My son Dylan was diagnosed with Osgood-Schlatter. He plays basketball at Lincoln High like 5 days a week. Does he have to stop completely?",
 [("name", "Dylan")], ["Lincoln High"]),

("i'm Tomás, 27, and i found blood on the toilet paper after going. bright red. no pain. i'm scared it's cancer. my uncle had colon cancer at 50.",
 [("name", "Tomás")], []),

("Hello. Please advise. I am Mrs. Kiran Bhatt, aged 66, I have had dry eyes and dry mouth for a year and my joints ache. My daughter Nisha says to ask about Sjogren's. Phone 020 7946 0958.",
 [("name", "Kiran Bhatt"), ("name", "Nisha"), ("phone", "020 7946 0958")], []),

("mi esposo Javier has really bad heartburn every night, he's been taking Tums like candy. he's 49. is that bad for him long term?",
 [("name", "Javier")], []),

("New patient form (copied):\nFull name: Siobhan Gallagher\nDate of birth: 17/06/1995\nAddress: 5 Pemberton Court, Galway\nPhone: 087 555 2194\nEmail: siobhan.g95@eircom.net\nReason: ongoing pelvic pain, possible endometriosis",
 [("name", "Siobhan Gallagher"), ("date_of_birth", "17/06/1995"), ("address", "5 Pemberton Court, Galway"), ("phone", "087 555 2194"), ("email", "siobhan.g95@eircom.net")], []),

("Hi my name is Yusuf and i'm 15. i get really bad chest tightness when i run in PE but my PE teacher Mr Hargreaves says im just unfit. my mum wants to know if its asthma",
 [("name", "Yusuf"), ("name", "Hargreaves")], []),

("Before you ask, yes I've googled. I'm Camille Fournier, 36, and my periods have been super heavy (changing pads every hour on day 2) for 6 months. Iron is low. Fibroids??",
 [("name", "Camille Fournier")], []),

("Message forwarded from my sister:\n> Hey it's Lena. Can you ask your nurse thing whether I can take melatonin while breastfeeding? Baby Otto is 5 weeks and I haven't slept in days\nThanks in advance",
 [("name", "Lena"), ("name", "Otto")], []),

("My dad, Ranjit Gill (policy number 77-4410-9921), needs a knee replacement and the waiting list is 18 months. Is there anything that helps in the meantime besides paracetamol?",
 [("name", "Ranjit Gill"), ("id_number", "77-4410-9921")], []),

("guys I'm panicking. my doctor (Dr. Esperanza Villalobos) wants to do a colposcopy because my smear showed 'high grade changes'. does that mean cancer?? I'm 31",
 [("name", "Esperanza Villalobos")], []),

("i had a car accident 2 weeks ago (the other guy's plate was LV67 KRT and he drove off) and my neck still hurts when i turn my head. is whiplash supposed to last this long?",
 [("licence_plate", "LV67 KRT")], []),

("This is Pastor Emmanuel from Grace Fellowship. One of our elderly members, Sister Agnes, has had a cough and fever for a week and lives alone. Can a nurse visit her? She is at 12 Kingsley Road, Croydon. I can be reached at 07700 900888.",
 [("name", "Emmanuel"), ("name", "Agnes"), ("address", "12 Kingsley Road, Croydon"), ("phone", "07700 900888")], []),

("my 2 year old Bodhi swallowed a button battery?? no wait, my partner found it on the floor, we think he didn't. how would we know if he did",
 [("name", "Bodhi")], []),

("Hello, Mohammed Rahimi here. I'm 55, type 2 diabetes, HbA1c went from 7.1 to 8.9. The doctor wants to add Ozempic. I'm scared of needles. Are there tablets that work as well?",
 [("name", "Mohammed Rahimi")], []),

("my sister Autumn has had hiccups for 3 days straight. like nonstop. is that a thing that needs a doctor??",
 [("name", "Autumn")], []),

("Hi, I'm an office manager at Pennywhistle Architects and one of our staff, Gareth, collapsed at his desk last week. He's back now and says it was low blood sugar. Should we have a glucose kit at work? What else should we know?",
 [("name", "Gareth")], ["Pennywhistle Architects"]),

("ALL MY DETAILS: SHARON MCBRIDE, 59, 14 LARCHWOOD CLOSE LEEDS LS6 2QP. I HAVE HAD A COLD SORE FOR 3 WEEKS THAT WON'T HEAL. IS THAT NORMAL??",
 [("name", "SHARON MCBRIDE"), ("address", "14 LARCHWOOD CLOSE LEEDS LS6 2QP")], []),

("Do I need to fast before a cholesterol test? My appointment is Thursday. - Hiroshi T. (hiroshi.tanaka.77@yahoo.co.jp)",
 [("name", "Hiroshi T."), ("email", "hiroshi.tanaka.77@yahoo.co.jp")], []),

("My daughter June (9) says her tummy hurts every school morning but never on weekends. Doctor found nothing. Could it be anxiety? How do I help her?",
 [("name", "June")], []),

("Hello, I'm Kofi Asante, I'm a project manager (linkedin.com/in/kofi-asante-pm if you need to verify who I am for the occupational referral). I've had tennis elbow for 4 months from the mouse. Steroid injection - yes or no?",
 [("name", "Kofi Asante"), ("url", "linkedin.com/in/kofi-asante-pm")], []),

("hi so my grandpa is 90 and his name is Frank and he refuses to wear his hearing aids and now he's getting really isolated. does hearing loss cause dementia? i read that somewhere",
 [("name", "Frank")], []),

("Quick q: can I take Sudafed if I'm on sertraline? Cheers, Lachlan",
 [("name", "Lachlan")], []),

("We adopted our son Sergei from overseas at 3, he's now 6, and his growth is really behind (bottom of chart). Our doctor, Dr. Beatriz Mendes, wants a growth hormone test. What does that involve?",
 [("name", "Sergei"), ("name", "Beatriz Mendes")], []),

("Resident ID: SSL-0442. Please disregard the earlier message - it was about Mrs. Pearl Odum not Mrs. Odom. Mrs. Odum is the one with the pressure sore on her heel, grade 2.",
 [("id_number", "SSL-0442"), ("name", "Pearl Odum"), ("name", "Odom"), ("name", "Odum")], []),

("my wife Leilani is 29 weeks and her glucose test came back 'borderline'. she has to redo the 3 hour one. what happens if she fails?",
 [("name", "Leilani")], []),

("i need a doctor's note for uni, I had gastro last week and missed an exam. student number 21045873. is that something you can do online? - Bea",
 [("id_number", "21045873"), ("name", "Bea")], []),

("My mother-in-law (Esther Goldberg, born 3 March 1948) was just told she has 'smouldering myeloma'. What does that mean? Does it need treatment?",
 [("name", "Esther Goldberg"), ("date_of_birth", "3 March 1948")], []),

("helloo, i'm Lucas, i skate (my vids are on youtube.com/@lucas_skates_bcn lol) and i smacked my wrist bad yesterday, hurts at the base of the thumb. mate says if it's the scaphoid i need an xray?",
 [("name", "Lucas"), ("url", "youtube.com/@lucas_skates_bcn")], []),

("Hi, my husband Ravi and I are trying to conceive for 14 months now. I'm 35, he's 38. Should we both get tested? Is there a clinic near 220 Lakeshore Drive, Apt 1907? That's where we live.",
 [("name", "Ravi"), ("address", "220 Lakeshore Drive, Apt 1907")], []),

("Dear Dr. Ferreira, apologies for emailing directly, I got your address from the practice leaflet. My tremor is getting worse when I hold a cup. You saw me in March. Regards, Tobias Lindqvist",
 [("name", "Ferreira"), ("name", "Tobias Lindqvist")], []),

("MY SON JAYDEN HAS A RASH THAT DOESN'T FADE WHEN I PRESS A GLASS ON IT?? NO FEVER THOUGH AND HE'S RUNNING AROUND. DO I STILL WORRY",
 [("name", "JAYDEN")], []),

("How do I get my records moved from my old GP? I was at Millbrook Surgery, now in Bristol. NHS number 943 476 5919. - Olumide",
 [("id_number", "943 476 5919"), ("name", "Olumide")], ["Millbrook Surgery"]),

("hey doc, tried DMing you on the clinic's twitter from @sore_shins_sam but no reply. I'm getting shin splints every time I increase my mileage. Is it my shoes?",
 [("handle", "@sore_shins_sam")], []),

("My brother Hassan is 22, was diagnosed with type 1 diabetes at 12, and he's just started drinking at university. How do we teach him to be safe with insulin and alcohol?",
 [("name", "Hassan")], []),

("We have a 4 year old, Ivy, who still wets the bed every night. Her older brother Jack stopped at 3. Is she behind?",
 [("name", "Ivy"), ("name", "Jack")], []),

("pt: Marguerite Dubois, 73F, hx AF on apixaban. Family asking if she can have a dental extraction without stopping it. Contact: marguerite.dubois.family@laposte.net",
 [("name", "Marguerite Dubois"), ("email", "marguerite.dubois.family@laposte.net")], []),

("My name is Precious and I'm 27. I've been diagnosed with sickle cell. I'm moving cities and need a new haematologist. Is there a list? My new address is 9 Ashgrove Terrace, Sheffield S10 3LB.",
 [("name", "Precious"), ("address", "9 Ashgrove Terrace, Sheffield S10 3LB")], []),

("I run the account @mindful.miles.uk and a follower asked me if it's safe to run while on beta blockers. I didn't want to guess, so I'm asking here.",
 [("handle", "@mindful.miles.uk")], []),

("so i saw Dr. Williams today about my eczema and he gave me a steroid cream but didn't say how long to use it. can i use it on my face?",
 [("name", "Williams")], []),

("My son Mason, 16, got a concussion at rugby 10 days ago. He's still getting headaches when he reads. His school (St Aidan's College) wants him back on the pitch Saturday. Too soon?",
 [("name", "Mason")], ["St Aidan's College"]),

("Question for the pharmacist. I'm Paulo, 44. I was prescribed doxycycline for Lyme and they said no sun. I'm a gardener for Evergreen Landscapes, outside all day. What do I do?",
 [("name", "Paulo")], ["Evergreen Landscapes"]),

("My mom Patricia Nwosu just got diagnosed with stage 2 breast cancer. She's 54. What questions should we ask the oncologist on Monday? Her MRN is 20045561 in case that helps you look anything up.",
 [("name", "Patricia Nwosu"), ("id_number", "20045561")], []),

("hey, so my car got towed from the hospital lot while I was in labour lol. plate 8MJK442. but actually my question is about my c-section scar, it's got a little opening at one end with clear fluid. normal?",
 [("licence_plate", "8MJK442")], []),

("Hi there. I'm Anneliese, my boyfriend Stefan took 3 of my Xanax to sleep on the flight tomorrow. He doesn't normally take anything. Is that going to be okay? He's 80 kg.",
 [("name", "Anneliese"), ("name", "Stefan")], []),

("please let Dr. Moreau know I can't make the 10th. Reschedule please. 0412 555 019. Also is the rash on my leg supposed to spread after the biopsy? Thanks Yvette",
 [("name", "Moreau"), ("phone", "0412 555 019"), ("name", "Yvette")], []),

("Date of birth: 9 June 2019. Child's name: Aarav Mehta. Parent: Sunita Mehta. Concern: speech delay - only says about 20 words. Nursery (Tiny Steps Montessori) suggested a referral.",
 [("date_of_birth", "9 June 2019"), ("name", "Aarav Mehta"), ("name", "Sunita Mehta")], ["Tiny Steps Montessori"]),

("can u get shingles twice? my neighbour Betty says she has it again after 5 years. shes 79",
 [("name", "Betty")], []),

("I'm Óscar and I moved here from Colombia, don't have insurance yet. I have a toothache that wakes me up at night and my face is a little swollen. Where can I go that's cheap? My whatsapp is +57 310 555 2288",
 [("name", "Óscar"), ("phone", "+57 310 555 2288")], []),

("Our foster daughter (I'll call her by her nickname, Bubba) is 8 and was just diagnosed with lice for the 4th time. Treatment isn't working. Is resistance real?",
 [("name", "Bubba")], []),

("Hello. My name is Sipho Dlamini. I am a miner at Rustenburg Platinum and I have coughed for 6 weeks. My employee number is RP-558201. The mine clinic gave me syrup. I want a second opinion.",
 [("name", "Sipho Dlamini"), ("id_number", "RP-558201")], ["Rustenburg Platinum"]),

("My husband, Father Michael (he's a priest, long story), has had hiccups and reflux since starting chemo. His oncologist is Dr. Rao at the Mercy Cancer Center. Anything that helps?",
 [("name", "Michael"), ("name", "Rao")], []),

("gonna be honest I'm scared to go to the doctor. I'm Tyrone, 38, 300 lbs, and my feet have started going numb. I don't want to be lectured about my weight.",
 [("name", "Tyrone")], []),

("I've attached nothing because I'm on mobile, sorry. My daughter is Ximena Torres, born 21/02/2012, and she started her period at 9 and now at 12 it's really irregular, sometimes 2 months apart. Is that ok?",
 [("name", "Ximena Torres"), ("date_of_birth", "21/02/2012")], []),

("my online name is u/tired_nurse_mum on reddit, someone there said to ask a real doctor. I get migraines every time I'm on night shifts. Is it the sleep or something else?",
 [("handle", "u/tired_nurse_mum")], []),

("Hi it's Marisol (facebook.com/marisol.quintero.9, the clinic asked me to send my profile so they know it's me). Following up on my thyroid ultrasound, they found a 1.4 cm nodule. What happens next?",
 [("name", "Marisol"), ("url", "facebook.com/marisol.quintero.9")], []),

("A question from my grandson's phone, I am Albert, 84. My legs cramp at night terribly. The doctor took me off quinine years ago. What else is there? Albert from Duluth",
 [("name", "Albert")], []),

("Hi nurse line, this is Kateryna calling about my son Bohdan's inhaler prescription, he's on Ventolin and Flixotide. Pharmacy on Dunmore Ave says they don't have the script. Contact: 0161 496 0734. Thank you",
 [("name", "Kateryna"), ("name", "Bohdan"), ("phone", "0161 496 0734")], []),

("re your question about who the patient is: it's my wife, Soo-ah Park, 41. she has been having hot flushes and night sweats and her periods stopped 5 months ago. early menopause?",
 [("name", "Soo-ah Park")], []),

("my husband's been parking in the disabled bay at the clinic (blue Kia, plate CBKR 217) because his hip is so bad he can't walk from the far lot. can the doctor give him a permit form?",
 [("licence_plate", "CBKR 217")], []),

("Hello, my name is Lakshmi and my mother Saraswathi Iyer is 79. She had cataract surgery in the left eye 2 days ago at Vision First Eye Clinic and now she sees lots of floaters and a dark curtain at the side. Is this normal after surgery?",
 [("name", "Lakshmi"), ("name", "Saraswathi Iyer")], ["Vision First Eye Clinic"]),

("I think my son has an ingrown toenail that's infected. He's 13. His name is Cian. He plays GAA and won't stop. Do we need antibiotics?",
 [("name", "Cian")], []),

("Claim reference CLM-2024-771903 - my insurer says gender affirming surgery is 'cosmetic'. My psychiatrist Dr. Amara Osei wrote a letter. What else can we provide?",
 [("id_number", "CLM-2024-771903"), ("name", "Amara Osei")], []),

("Im writing for my roommate Shay who doesn't have a phone right now. She took Plan B on Saturday and now she's spotting, is that normal? You can email me back at roomie.rachel.k@icloud.com",
 [("name", "Shay"), ("email", "roomie.rachel.k@icloud.com")], []),

("Hi! I'm Heidi, 47. I have a patch of skin on my shin that's shiny and yellowish-brown. I'm diabetic. My dermatologist appointment isn't until November. What could it be?",
 [("name", "Heidi")], []),

("I'm not sure who to ask. My dad is Li Wei, 68, he keeps calling me by my mother's name and gets lost driving home from the Chinese community centre he's been going to for 20 years. His car is the white Camry, plate 4GHT 903, if the centre calls about it again.",
 [("name", "Li Wei"), ("licence_plate", "4GHT 903")], []),

("hey its me again, Mo, the one with the tonsil stones. ENT appointment went fine, Dr. Bhattacharya said tonsillectomy is an option. how long is recovery for adults",
 [("name", "Mo"), ("name", "Bhattacharya")], []),

("From: Ruth Abernathy <ruth.abernathy@btinternet.com>\nSubject: my husband's medications\n\nHe is on 11 different tablets and I can't keep track. Can a pharmacist review them? He's 82.",
 [("name", "Ruth Abernathy"), ("email", "ruth.abernathy@btinternet.com")], []),

("Hello I'm Emeka's wife. Emeka is 50 and has gout but he also loves his stout. He says Guinness doesn't count. Please settle this.",
 [("name", "Emeka")], []),

("Baby's name: Willow Grace Henderson. DOB: 28.12.2023. Question: still not rolling over at 6 months, is that a concern? Health visitor says wait and see.",
 [("name", "Willow Grace Henderson"), ("date_of_birth", "28.12.2023")], []),

("I keep getting dizzy when I stand up. I'm 23, female, vegetarian. My housemate Ollie thinks I have POTS because his cousin has it. I share a flat at 3/2 Hillhead Street, Glasgow if anyone local can recommend a GP.",
 [("name", "Ollie"), ("address", "3/2 Hillhead Street, Glasgow")], []),

("patient advocate here, writing for my client Mr. Donovan Reyes (SSN 531-44-9082) who was refused pain medication after surgery. He's in recovery from opioid use disorder. What are the options?",
 [("name", "Donovan Reyes"), ("id_number", "531-44-9082")], []),

("can I fly 3 weeks after a DVT? I'm Margit, 57, on rivaroxaban. Flight to Budapest is 9 hours. My cardiologist Dr. Szabo is not answering emails.",
 [("name", "Margit"), ("name", "Szabo")], []),

("My sweet boy Leo (my son, not the dog lol) has been complaining his ears hurt after swimming lessons at Splashworks. He's 6. Drops or doctor?",
 [("name", "Leo")], ["Splashworks"]),

("I am Dr. Rahul Menon's patient, registered as Nilufar Rahman. I want to ask about switching from Lexapro to something with fewer sexual side effects. Please contact me only by email: n.rahman.private@tutanota.com",
 [("name", "Rahul Menon"), ("name", "Nilufar Rahman"), ("email", "n.rahman.private@tutanota.com")], []),

("hi im Caleb, 20, I get these spots of light in my vision then a massive headache. my mom has migraines too. my tiktok is tiktok.com/@calebdraws if you want to see me describe it lol",
 [("name", "Caleb"), ("url", "tiktok.com/@calebdraws")], []),

("ok weird one: my partner Summer keeps getting a metallic taste in her mouth. she's 33. could she be pregnant? she's not late yet",
 [("name", "Summer")], []),

("Hello. I'm Abdullahi, 37. I live at 1409 Cedar Hollow Rd, Columbus. I have had blood in my urine twice this week, no pain at all. My doctor is on vacation. Urgent?",
 [("name", "Abdullahi"), ("address", "1409 Cedar Hollow Rd, Columbus")], []),

("just moved my mum into a care home (Willowmere House) and they want to stop her statin because she's 91. is that sensible? her name's Dorothy if they need it",
 [("name", "Dorothy")], ["Willowmere House"]),

("Is it safe to take my daughter's leftover amoxicillin? Never mind, I know the answer. Real question: I have a sinus infection for 12 days. Do I need antibiotics? - Carmen R.",
 [("name", "Carmen R.")], []),

("i'm a personal trainer, my site is www.fitwithnadia.com, and a client asked if creatine damages kidneys. she has one kidney (donated to her brother). What should I tell her?",
 [("url", "www.fitwithnadia.com")], []),

("We're worried about our friend Rashid. He's 45, smoker, and his voice has been hoarse for 2 months. He thinks it's from shouting at football. Shouldn't that have gone by now?",
 [("name", "Rashid")], []),

("My little girl Poppy put a bead up her nose. It's not bothering her and we can see it. Can we try to get it out at home? She's 3.",
 [("name", "Poppy")], []),

("Hi my name is Haruto Sato I am exchange student (student ID 2023-INT-0481) and I have insurance from my university. I have pain when I pee and I need to pee very often. Where I go?",
 [("name", "Haruto Sato"), ("id_number", "2023-INT-0481")], []),

("PLEASE READ - my dad Gerald has a pacemaker and wants to use one of those TENS machines for his back. Safe or not? He won't listen to me, he'll listen to a doctor.",
 [("name", "Gerald")], []),

("My partner Kiri and I are going to Peru. She's asthmatic. Is altitude going to be a problem at Cusco? Her inhaler is Symbicort.",
 [("name", "Kiri")], []),

("cc'ing my wife: farah.h.malik@gmail.com - she has more details. I'm 42, we think I have kidney stones, pain in my left flank comes in waves. Taking ibuprofen. Should I be going in?",
 [("email", "farah.h.malik@gmail.com")], []),

("My profile is at https://www.patientslikeme-community.org/members/gwen_ms_2011 (I've logged everything there). I've had MS since 2011, relapsing remitting. My neuro wants to switch me to a new DMT and I'm nervous. - Gwen",
 [("url", "https://www.patientslikeme-community.org/members/gwen_ms_2011"), ("name", "Gwen")], []),

("she doesnt want me posting this but my sister Amira (24) throws up after every meal and is getting really thin. she's a student at Kingsbridge College. what can i do",
 [("name", "Amira")], ["Kingsbridge College"]),

("What are the side effects of the Covid booster for someone with Guillain-Barré in the past? Asking for myself, I'm Henrik, 63.",
 [("name", "Henrik")], []),

# ---------------- items WITHOUT identifiers (traps only) ----------------
("My doctor thinks I might have Hashimoto's. TSH 7.8, free T4 normal. Do I need to start Synthroid now or can we wait and recheck in May?",
 [], []),

("Will I be able to drive after cataract surgery? Booked for June 14th at the Royal Victoria Infirmary.",
 [], []),

("Grace period question for my insurance aside, is it normal to still bleed 6 weeks after giving birth? Light, brownish, sometimes a bit red.",
 [], []),

("born in 1987, so 37 now, 5'4 and 190 lbs. Mounjaro 2.5mg for 4 weeks, lost nothing. When do I go up to 5mg?",
 [], []),

("Took 2 Advil and a Tylenol at 8pm for a tooth. Is it ok to take another Advil at midnight?",
 [], []),

("I have a red mark on my arm that looks like a bullseye. We were camping in Wisconsin last weekend. Lyme??",
 [], []),

("Can Bell's palsy come back? Had it on the left side in 2019, now my right eyelid feels weird and heavy since Sunday.",
 [], []),

("BP this morning 168/102, then 151/94 after 10 minutes. I'm 58 and on amlodipine 5mg. Should I double it?",
 [], []),

("Hope someone can help. My periods stopped when I started running marathons. 3 months now, not pregnant (tested twice). Should I worry?",
 [], []),

("My 8 year old was diagnosed with Osgood-Schlatter disease and also has flat feet. Are insoles worth it or a waste of money?",
 [], []),

("mark on my back that's changed colour, kind of black at one edge. Been there since I was a kid. Dermatologist waitlist is 4 months. Go private?",
 [], []),

("Crohn's flare, on Humira. Can I get the shingles vaccine or is it a live one?",
 [], []),

("Is it safe to take Benadryl with Zoloft? I can't sleep and my allergies are terrible this spring.",
 [], []),

("Frank blood in the stool, not just on the paper. 62 male. Had a colonoscopy in 2016 that was clear. How fast should I get seen?",
 [], []),

("We just got back from Lagos and my 5 yr old has a fever of 38.9 that comes and goes. Malaria test? Or is that overkill?",
 [], []),

("Creatinine 1.6, eGFR 44. Last year it was 58. Lisinopril 20mg. What does a drop like that mean?",
 [], []),

("Sunny days make my rash worse - red over my cheeks and nose. Could that be lupus? ANA pending.",
 [], []),

("My son has Down syndrome and is 14. He's started snoring a lot and is tired in school. Apnoea more common in DS?",
 [], []),

("Has anyone been to the Mayo Clinic for a second opinion on POTS? Is it worth flying from Texas?",
 [], []),

("Dawn is the worst time for my joint stiffness. It lasts about 2 hours. Is that arthritis?",
 [], []),

("Started Lexapro 10mg on the 3rd and since then I've had the worst jaw clenching. Normal side effect?",
 [], []),

("Is a resting heart rate of 48 bad? I'm 34, cycle about 200 km a week.",
 [], []),

("I'm 6'2 and weigh 138 lbs. Always been skinny but my doctor wants me to see a dietitian. Is being underweight actually dangerous?",
 [], []),

("What's the difference between Parkinson's and essential tremor? My hands shake when I write.",
 [], []),

("Appointment on 12/04 for a colonoscopy. Prep starts the day before. Can I drink black coffee on prep day?",
 [], []),

("HbA1c 6.2. Fasting glucose 112. Prediabetes. I'm 45. What can I realistically change?",
 [], []),

("Is it bad to take Ozempic if you have a family history of thyroid cancer? My grandmother had it.",
 [], []),

("Crystal clear discharge from one nipple, only when I squeeze. Not pregnant, 39. Should I get it checked?",
 [], []),

("ok so Tuesday I noticed a lump in my neck, left side, pea sized, moves when i push it. i had a cold last week. wait or go?",
 [], []),

("Is Great Ormond Street the only place in the UK that does the surgery for craniosynostosis? Our baby was diagnosed last week.",
 [], []),

("My mum was diagnosed with Alzheimer's in 2021 and now she's started wandering at night. Any tips for keeping her safe?",
 [], []),

("Amber coloured urine even though I drink 2 litres a day. Is that dehydration or my liver?",
 [], []),

("Can you get Raynaud's in your toes too? Mine go white and numb in the cold.",
 [], []),

("Fell off a ladder, 4 feet, landed on my heel. Can walk but it hurts. Does that need an X-ray?",
 [], []),

("Vitamin B12 level 148 pg/mL. Doctor said 'low-normal'. I feel awful. Should I push for injections?",
 [], []),

("I will be travelling to Thailand in March, is the Japanese encephalitis vaccine necessary for a 2 week trip?",
 [], []),

("Had a Baker's cyst drained in October and it's already back. Is surgery the next step?",
 [], []),

("Any experience with Tourette's in adults? My tics started at 7 and never really went away. I'm 28.",
 [], []),

("Bill from the ER came today - $4,800 for a CT scan! Anyway, they found a 4mm kidney stone. Will it pass on its own?",
 [], []),

("Rose-coloured spots on my chest after a fever broke. Kid is 2. Roseola??",
 [], []),

("What does 'Cushing's' actually mean? My endocrinologist said we need to rule it out. Cortisol test next Wednesday.",
 [], []),

("Been taking Eliquis since my AF diagnosis. Can I have a glass of wine at Christmas?",
 [], []),

("My son is 11 and 4'3. Is that too short? His dad is 5'7.",
 [], []),

("IS IT NORMAL TO HAVE A PERIOD EVERY 2 WEEKS AT 47?? STARTED IN AUGUST.",
 [], []),

("Anyone been diagnosed with Addison's? What were your first symptoms? I'm always dizzy and craving salt.",
 [], []),

("i have a 'Schatzki ring' apparently. food gets stuck sometimes. do they stretch it or what",
 [], []),

("Jack of all trades here, work construction, my hands tingle at night especially the first 3 fingers. Carpal tunnel?",
 [], []),

("Coming off Wellbutrin 300mg, my psychiatrist said just stop. Is that really safe without tapering?",
 [], []),

("Hi, Is Johns Hopkins or Cleveland Clinic better for a heart valve repair? My father is 76.",
 [], []),

("Ferritin 980, transferrin saturation 62%. Doctor mentioned haemochromatosis. Is that genetic?",
 [], []),

("How much vitamin D should a breastfed baby get? 400 IU? Our baby is 3 weeks old, born 3.2 kg.",
 [], []),

("I'm 71 and just had my first fall. Nothing broken. My daughter wants me to get one of those alarms. Are they any good?",
 [], []),

("Meniere's disease - is there anything that actually helps the vertigo? Betahistine did nothing.",
 [], []),

("Faith-based question maybe, but is fasting for Ramadan safe when you're on metformin 1000mg twice a day?",
 [], []),

("Since Friday my left calf has been a bit sore after a long flight from Sydney. No swelling. Should I worry about DVT?",
 [], []),

("Took Augmentin for 3 days and now diarrhoea x6 a day. Stop it or push through?",
 [], []),

("Sugar at bedtime was 42 mg/dL last night. I ate some juice and it went up. Why would this happen on just Lantus?",
 [], []),

("Hodgkin lymphoma survivor, treated in 2005 with radiotherapy to the chest. Do I need extra heart checks now at 45?",
 [], []),

("My toddler ate a crayon. Like half of it. Crayola. Is that toxic?",
 [], []),

("Guillain-Barré after a stomach bug, how long does recovery usually take? I'm in week 3 and still can't climb stairs.",
 [], []),

("Is a hemoglobin of 11.2 low for a woman? Ob said take iron but it makes me so constipated.",
 [], []),

("I'm 24 weeks pregnant and have a cold. Can I take Sudafed or only Tylenol?",
 [], []),

("My daughter is 15 and 5'9, 105 pounds. She says she eats fine. I don't believe her.",
 [], []),

("Had my gallbladder out at St. Mary's in January. Still get pain after fatty meals. Post-cholecystectomy syndrome?",
 [], []),

("Summer camp wants a form signed saying my son's epilepsy is 'controlled'. He had one seizure in April, none since. Is that controlled?",
 [], []),

("Dr. Google says my symptoms are either anxiety or a brain tumour. Headache behind the right eye 3 days, worse in the morning. Help.",
 [], []),

("Cholesterol 6.8 mmol/L, LDL 4.5. Doctor says statin, I say diet first. Who is right?",
 [], []),

("I've had Sjögren's for 10 years. My eyes are getting worse even with Restasis. What else is there?",
 [], []),

("What age should you get your first mammogram if you're 40 but your aunt had breast cancer at 62?",
 [], []),

("Quick one - Flonase vs Nasacort for hay fever? Which is better in the long run?",
 [], []),

("Our nursery said our 2 year old has impetigo. Fucidin cream enough or oral antibiotics?",
 [], []),

("I was born in 1961 and never had the MMR. Do I need it now? I'm a grandma to a newborn.",
 [], []),

("On Keflex 500mg for cellulitis on my shin. Red area got bigger since yesterday. I drew a line around it. Go back?",
 [], []),

("Tinnitus after a concert in Berlin 5 days ago. Still ringing. Permanent?",
 [], []),

("Would an Achilles rupture hurt a lot? I felt a pop playing squash but I can still walk a bit.",
 [], []),

("I'm 52, platelets 410. Slightly high. The lab flagged it. Is that something to chase?",
 [], []),

("Our son got his tonsils out at Children's Hospital of Philadelphia 6 days ago and now there's a bit of blood when he spits. Normal?",
 [], []),

("Pat dry or air dry a fresh C-section wound? Discharged Monday.",
 [], []),

("Ever since the Covid jab in 2021 I've had heart flutters. ECG normal. Is it related?",
 [], []),

("I'm 80 kg, 178 cm, and my waist is 102 cm. Is that 'central obesity'? BMI says I'm only overweight.",
 [], []),

("Is Dr Pepper as bad as Coke for my kidney stones? I drink like 3 cans a day.",
 [], []),

("Can Asperger's be diagnosed in a 40 year old woman? Where in Ohio would you even start?",
 [], []),

("Every morning at 6am my heart races for about 20 min. Apple Watch says 130 bpm. Then it settles. Weird?",
 [], []),
]
