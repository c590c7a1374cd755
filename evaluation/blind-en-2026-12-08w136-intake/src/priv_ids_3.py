# Privacy items with identifiers, part 3 (written by hand, writer 136)
ITEMS = [
    (
        "Hi there,\n\nI'm 47 and I was in a car accident on the M60 three weeks ago — someone went into the back of "
        "me at a roundabout. Their car was a black BMW, reg MA71 KLP, and my insurer is dealing with it. At the time "
        "I felt fine but now I have neck pain and pins and needles in my right hand, worse at night. A&E did an "
        "X-ray on the day which was fine.\n\nI also have a history of a slipped disc in my lower back (2014, "
        "microdiscectomy). Should I be asking for an MRI of my neck? I'm taking co-codamol 30/500 which makes me "
        "constipated.\n\nMany thanks, Leanne",
        [("licence_plate", "MA71 KLP"), ("name", "Leanne")],
        [],
    ),
    (
        "My 16yo daughter has been posting about self harm on TikTok. Her account is @notokay.maddie and she doesn't "
        "know I've seen it. She has some healed scratches on her wrists, nothing fresh that I've seen. She's seeing "
        "the school counsellor at St Brigid's College. How do I bring this up without pushing her away? Her dad and "
        "I split last year and I think that's part of it.",
        [("handle", "@notokay.maddie")],
        ["St Brigid's College"],
    ),
    (
        "Patient details as requested:\nName: Harold Ingram\nDOB: 07/08/1949\nAddress: 31 Rosewood Drive, "
        "Peterborough PE2 5RT\nPhone: 01733 555 602\n\nHarold has had a cough with green phlegm for 10 days and is "
        "more breathless than usual walking to the shop. He has COPD and heart failure. He finished a course of "
        "amoxicillin 3 days ago. His temp is 37.6. Does he need a second antibiotic or a chest X-ray?\n\n"
        "(written by his wife Mavis)",
        [("name", "Harold Ingram"), ("date_of_birth", "07/08/1949"), ("address", "31 Rosewood Drive, Peterborough PE2 5RT"),
         ("phone", "01733 555 602"), ("name", "Mavis")],
        [],
    ),
    (
        "Hello! I run a small YouTube channel about living with type 1 diabetes (youtube.com/@t1dwithtobi) and a "
        "viewer asked about drinking alcohol while on a pump. I'm 25, been T1 since 11. I usually go low the "
        "morning after a night out. Is there an official guideline on reducing basal rates overnight? I don't want "
        "to give out bad advice.",
        [("url", "youtube.com/@t1dwithtobi")],
        [],
    ),
    (
        "I'm a 42 year old woman. In 2010 I had a DVT after a long flight, was on warfarin 6 months. In 2019 I had "
        "a second clot, PE this time, after my hysterectomy. Since then I'm on apixaban 2.5mg twice daily for life. "
        "Now I've been offered a hip arthroscopy for a labral tear. The surgeon, Mr. Adeyemi, says I'll need to stop "
        "the apixaban for 2 days and have injections. Is that safe with my history? My haematologist is Dr. Claire "
        "Somerville but she's on leave.",
        [("name", "Adeyemi"), ("name", "Claire Somerville")],
        [],
    ),
    (
        "Can someone tell me if this rash is shingles? My Facebook is facebook.com/brenda.kowalski.5521 and I put "
        "the photos up there (public). It's a band on my right side under my bra line, blistery, burns like fire. "
        "Started 2 days ago. I'm 68. I never got the shingles shot.",
        [("url", "facebook.com/brenda.kowalski.5521")],
        [],
    ),
    (
        "I'm 30 and pregnant with my second, 22 weeks. With my first (Harper, born 2021) I had pre-eclampsia at 35 "
        "weeks and an emergency C-section. This time my midwife Gemma put me on aspirin 150mg from 12 weeks. My BP "
        "today was 132/86 which is higher than usual for me. I've got no headache or swelling. When should I worry? "
        "Birth date for me is 14 Nov 1993 if you need it for the file, and I'm Sophie Tran.",
        [("name", "Harper"), ("name", "Gemma"), ("date_of_birth", "14 Nov 1993"), ("name", "Sophie Tran")],
        [],
    ),
    (
        "My brother Kev (61) had a stroke in May and isn't allowed to drive for now. He keeps taking his car out "
        "anyway — a red Ford Ranger, plate 1XYZ-482 — and he's already clipped a post at the shops. He has left "
        "sided vision loss. The doctors told him not to drive but he doesn't listen. Who do I report this to in "
        "Queensland? I'm scared he'll kill someone.",
        [("name", "Kev"), ("licence_plate", "1XYZ-482")],
        [],
    ),
    (
        "hi im 17 and i have really bad period pain, like i miss 2 days of school every month, throw up from it. "
        "mum has endometriosis. my gp (dr hollis) just said take ibuprofen. i take 400 every 6 hours and it does "
        "nothing. can i go on the pill for it at 17 without my mum? my snapchat is chloe.b.xo if you need to message "
        "me lol",
        [("name", "hollis"), ("handle", "chloe.b.xo")],
        [],
    ),
    (
        "Dear doctor,\n\nI'm a 74-year-old retired teacher. History: hypertension (2003), hypothyroidism (2008), "
        "cataract surgery both eyes (2017, 2018), bilateral knee osteoarthritis. Meds: levothyroxine 100mcg, "
        "amlodipine 10mg, paracetamol 1g as needed. Last TSH 2.1.\n\nMy question: my left eye has become blurry "
        "again over the last year, as if the cataract came back. My optometrist says 'posterior capsule "
        "opacification' and that a laser can fix it. Is this common?\n\n"
        "Kind regards,\nMargaret Oyelaran-Booth\nDate of birth 30 January 1951\nmoyelaranbooth@example.org",
        [("name", "Margaret Oyelaran-Booth"), ("date_of_birth", "30 January 1951"), ("email", "moyelaranbooth@example.org")],
        [],
    ),
    (
        "My partner and I were out for dinner and I think I had a reaction to the sesame — hives and itchy lips, "
        "took cetirizine and it settled within an hour. That was on Saturday; all fine now. Do I need an EpiPen "
        "for next time? I'm 29. The restaurant was Sesame & Spice and the chef (Ravi) swore there was no sesame in it.",
        [("name", "Ravi")],
        [],
    ),
    (
        "Hello, I'm looking for advice regarding my father, Mr. Walter Jankowski, born 12/03/1944. He lives at "
        "Sunnyvale Care Home, room 14, and he has had three UTIs in four months. Each time he gets confused and "
        "once fell. The home's nurse, Precious, thinks he should be on a low dose antibiotic long term. He has a "
        "catheter since his prostate surgery. Is that a good idea?",
        [("name", "Walter Jankowski"), ("date_of_birth", "12/03/1944"), ("address", "Sunnyvale Care Home, room 14"),
         ("name", "Precious")],
        [],
    ),
    (
        "my friend amara is 20 and says she hasn't eaten properly in weeks, just coffee and gum, shes lost a lot of "
        "weight and fainted in the library on tuesday. she went to the uni health centre after and they did bloods. "
        "she says shes fine. how can i help her? her insta @amara.eats.nothing is all thinspo stuff now",
        [("name", "amara"), ("handle", "@amara.eats.nothing")],
        [],
    ),
    (
        "Hi. I'm a 50 year old man, I got prescribed Viagra 50mg by my GP, Dr. Onwuachi, but I'm also on "
        "isosorbide mononitrate for angina since 2022. The pharmacist stopped me and said don't take them together. "
        "Is that right? Dr. Onwuachi should have known I'm on it. Can I ask for something else?",
        [("name", "Onwuachi")],
        [],
    ),
    (
        "Hi, I'm Aroha, 37, from Auckland but living in Brisbane now. Been diagnosed with gout (uric acid 0.56) after "
        "three attacks in my big toe this year. Colchicine worked for the attacks. My uncles all have gout too, "
        "it's a big thing in our family. GP wants allopurinol. Do I have to take it forever? Also can I still "
        "drink the odd beer?",
        [("name", "Aroha")],
        [],
    ),
    (
        "I'm 27 and just found out I'm pregnant, about 6 weeks. I take lamotrigine 200mg for epilepsy (seizure free "
        "since 2019). My neurologist is Dr. Henrietta Marsh at the Walton Centre. I'm scared about the baby. I "
        "haven't told my partner Jonah yet. Is lamotrigine OK in pregnancy and do I need more folic acid? "
        "Please reply to hbirchall@example.co.uk — not my usual one.",
        [("name", "Henrietta Marsh"), ("name", "Jonah"), ("email", "hbirchall@example.co.uk")],
        [],
    ),
    (
        "Long post sorry. My son Ezra was born at 29 weeks in 2019 at the Mercy Hospital for Women. He spent 9 weeks "
        "in NICU, had a brain bleed (grade 2) that resolved, and went home on oxygen. Now he's 4. He's doing well "
        "mostly but his speech is behind — maybe 20 words, no sentences. His kinder teacher at Little Wattle Kinder "
        "has raised it. We saw a speech pathologist privately, Rebecca Huang, who thinks he may need an assessment "
        "for autism. Where do we start in the public system? We're in Sunshine West.",
        [("name", "Ezra"), ("name", "Rebecca Huang")],
        ["Little Wattle Kinder"],
    ),
    (
        "Hello, quick med question. My GP Dr. Tomasz Wielgosz started me on Ozempic 0.25 last week. I've been "
        "nauseous every day. I'm 45, BMI 36, prediabetic (HbA1c 42). Does the nausea get better? Should I stay on "
        "0.25 longer before going up?",
        [("name", "Tomasz Wielgosz")],
        [],
    ),
    (
        "My husband was bitten by a tick while camping near Huntsville 2 weeks ago. Now he has a red bullseye rash on "
        "his thigh about 10cm across and feels achy. He's 52. His name's Darren Lefebvre, health card 5510-220-918-MN. "
        "The walk-in clinic is closed until Monday. Can it wait till then?",
        [("name", "Darren Lefebvre"), ("id_number", "5510-220-918-MN")],
        [],
    ),
    (
        "hello! i make sourdough and sell it at the market (@crumbandcrust_bakes on insta) and ive had eczema on my "
        "hands for ages but now its cracking and bleeding. cant wear gloves with the dough. 33f. what can i use that "
        "is food safe",
        [("handle", "@crumbandcrust_bakes")],
        [],
    ),
    (
        "Good morning. My daughter Florence is 9 months and still not sitting by herself. She was born full term, "
        "no problems. She rolls and babbles. Our GP at Hillview Surgery, Dr. Samuel Oduya, thinks it's fine but my "
        "mother-in-law keeps saying something's wrong. When should she be sitting?",
        [("name", "Florence"), ("name", "Samuel Oduya")],
        ["Hillview Surgery"],
    ),
    (
        "I was in hospital in August for pancreatitis (lipase over 3000), they said gallstones. They took my "
        "gallbladder out before I went home. Since then I get diarrhoea after every meal. I'm 49F. My surgeon's "
        "secretary gave me an email to send questions to but nobody ever replies. "
        "Is the diarrhoea normal after gallbladder removal? My hospital number is RX4471920.",
        [("id_number", "RX4471920")],
        [],
    ),
    (
        "Hi, I'm a long-distance lorry driver, 56, and I need a medical for my HGV licence renewal. My blood pressure "
        "has been 150/95 at the last two checks. My wife Lorraine says I need to lose the weight first (I'm 118kg). "
        "Will they refuse my licence for the blood pressure? My truck is on the company fleet, reg number PN68 RXE, "
        "if they need it for the form.",
        [("name", "Lorraine"), ("licence_plate", "PN68 RXE")],
        [],
    ),
    (
        "My mother was just diagnosed with multiple myeloma at 72. Her haematologist is Dr. Gupta-Hale at the Cross "
        "Cancer Institute in Edmonton. They want to start her on three drugs. We started a fundraising page for "
        "travel costs at gofundme.com/f/help-mum-fight-myeloma-odette. She lives two hours away. Is there any point in "
        "asking about a stem cell transplant at 72? My name is Odette's daughter, Camille Beaulieu.",
        [("name", "Gupta-Hale"), ("url", "gofundme.com/f/help-mum-fight-myeloma-odette"), ("name", "Odette"),
         ("name", "Camille Beaulieu")],
        [],
    ),
    (
        "I'm 23, male. I've had a sore throat and swollen glands for 2 weeks, really tired, slept 14 hours yesterday. "
        "My girlfriend Isla had glandular fever last month. Is it that? I play rugby for the uni, can I keep training? "
        "I'm on 07700 900577 if you'd rather ring.",
        [("name", "Isla"), ("phone", "07700 900577")],
        [],
    ),
    (
        "Hi doctor, my mum had her breast cancer surgery (lumpectomy) 2 years ago and then radiation. She's 60 and takes "
        "letrozole 2.5mg. Her joints ache so much she can't open jars. Her oncologist Dr. Whitfield said she could "
        "switch to tamoxifen but she's had a blood clot before. What are her choices? Mum's name is Deborah Ashby, "
        "address 6 Kingfisher Way, Whitstable CT5 3LN, in case the practice wants to write to her.",
        [("name", "Whitfield"), ("name", "Deborah Ashby"), ("address", "6 Kingfisher Way, Whitstable CT5 3LN")],
        [],
    ),
]
