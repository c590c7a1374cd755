# Hand-written privacy items WITH identifiers (part B: parents + ordinary adults).
# Each item: (text, [(type, exact_substring[, occurrence]), ...], [quasi substrings])

ITEMS = [
    ("I'm in the ER parking lot with DS, he's fine now but I left my car in the fire lane lol, silver Odyssey plate 8FRT227. anyway question about the croup steroid they gave, is one dose enough?",
     [("licence_plate", "8FRT227")],
     []),

    ("Somebody backed into my stroller in the Target lot and drove off, baby wasn't in it thank god. I got the plate: TX HJK-4490. Now my back is killing me from jumping out of the way, can I take Advil while breastfeeding?",
     [("licence_plate", "HJK-4490")],
     []),

    ("My 72 yo father Harold Jensen was at the clinic yesterday for his A1c, it was 8.9. His Medicare number is 1EG4-TE5-MK73. Can the doctor change his metformin without a visit?",
     [("name", "Harold Jensen"), ("id_number", "1EG4-TE5-MK73")],
     []),

    ("hi I'm Adaeze, 29, pregnant 22 wks. My OB Dr. Feldman is on vacation and I've had a headache 2 days that Tylenol won't fix. BP at Walgreens machine was 138/88. my email adaeze.n@protonmail.com",
     [("name", "Adaeze"), ("name", "Feldman"), ("email", "adaeze.n@protonmail.com")],
     []),

    ("Hello, this is Pradeep Venkataraman, DOB 12 March 1968. I had a stent placed in January. I am feeling fine but need to know whether I can fly to Chennai next month. Phone +91 98450 12345.",
     [("name", "Pradeep Venkataraman"), ("date_of_birth", "12 March 1968"), ("phone", "+91 98450 12345")],
     []),

    ("my wife Gabriela and I are trying to get pregnant for 14 months, she is 34. Her gyno Dr. Castillo says wait a year more?? We're at gabi.and.luis@gmail.com",
     [("name", "Gabriela"), ("name", "Castillo"), ("email", "gabi.and.luis@gmail.com")],
     []),

    ("Can someone look at my mole? I posted pics at imgur.com/a/Xk29fLp. It's on my back, my girlfriend Steph says it changed color. I'm 41, lots of sunburns as a kid.",
     [("url", "imgur.com/a/Xk29fLp"), ("name", "Steph")],
     []),

    ("I work at the Amazon warehouse on Route 9 and hurt my back lifting. My employee ID is 10448821 and HR wants a doctor's note. Name is Terrence Boyd.",
     [("id_number", "10448821"), ("name", "Terrence Boyd")],
     ["Amazon warehouse on Route 9"]),

    ("Question for any doc: my mom Nguyen Thi Lan (born 05/05/1951) takes warfarin and wants to eat more kale. Her INR last week was 2.4. My number 714-555-0191",
     [("name", "Nguyen Thi Lan"), ("date_of_birth", "05/05/1951"), ("phone", "714-555-0191")],
     []),

    ("I'm a nurse working nights and my sleep is wrecked. Is melatonin ok long term? I'm 38F. Find me on LinkedIn linkedin.com/in/renee-dubois-rn",
     [("url", "linkedin.com/in/renee-dubois-rn")],
     []),

    ("To whom it may concern, I am requesting my records. Patient: Samuel Eriksen, DOB 1985-11-02, MRN 00718845. Address 2201 Fremont Ave N, Seattle. Thanks.",
     [("name", "Samuel Eriksen"), ("date_of_birth", "1985-11-02"), ("id_number", "00718845"), ("address", "2201 Fremont Ave N")],
     []),

    ("DH Kevin snores so loud the baby wakes up. He stops breathing for a few secs sometimes. He's 44, 250 lbs. Can we get a sleep study without going in? call or text 832 555 0112",
     [("name", "Kevin"), ("phone", "832 555 0112")],
     []),

    ("My son Tomasz is 19 and at college, he says he's been feeling 'empty' for months. His roommate messaged me on IG from @tomasz_roomie_k. How do I get him help from 600 miles away?",
     [("name", "Tomasz"), ("handle", "@tomasz_roomie_k")],
     []),

    ("hi there, Siobhan here (siobhan.k@eircom.net), 36 weeks with #2, my first (Ciarán, 3) has chickenpox. Do I need to worry for the baby? I had it as a child I think.",
     [("name", "Siobhan"), ("email", "siobhan.k@eircom.net"), ("name", "Ciarán")],
     []),

    ("Our GoFundMe for my nephew's leukemia treatment is gofundme.com/f/help-baby-rashad. He's 2 and on chemo. Is it safe for my kids to visit him after their flu shots?",
     [("url", "gofundme.com/f/help-baby-rashad")],
     []),

    ("I'm 58 and my ankle's been swollen since I twisted it Saturday. I'm a mail carrier, route out of the Elmwood post office. My supervisor Frank wants a note. - Deborah",
     [("name", "Frank"), ("name", "Deborah")],
     ["Elmwood post office"]),

    ("My daughter's boyfriend gave her chlamydia (she's 17). I have her insurance card: Anthem ID YRK771034962. Will the EOB get mailed home showing what it was for? I want to respect her privacy.",
     [("id_number", "YRK771034962")],
     []),

    ("Wei here, 27M. I've had heartburn every night for a month. Omeprazole OTC helps but I ran out. Work at Lin's Garden on 3rd street, long shifts. call 415-555-0177",
     [("name", "Wei"), ("phone", "415-555-0177")],
     ["Lin's Garden"]),

    ("My mother-in-law Rosa is staying with us (88 Whitfield Ave, Apt 2) and she's been confused at night, keeps asking for her late husband. She's 84. Could it be a UTI? Her GP is Dr. Brennan.",
     [("name", "Rosa"), ("address", "88 Whitfield Ave, Apt 2"), ("name", "Brennan")],
     []),

    ("I got the test results portal message but can't log in. Patient ID 5512-0098-34, name Kwame Mensah, born 21 Oct 1979. Was my cholesterol high?",
     [("id_number", "5512-0098-34"), ("name", "Kwame Mensah"), ("date_of_birth", "21 Oct 1979")],
     []),

    ("Hi, I'm Ji-woo's mom. Ji-woo is 9 and has had a stomach ache every school morning for 3 weeks, but fine on weekends. Teacher at Hawthorne Elementary says she's quiet. Could it be anxiety?",
     [("name", "Ji-woo")],
     ["Hawthorne Elementary"]),

    ("i'm 23 and pretty sure i have an ear infection from swimming. student health at UT is closed. my student ID is UT-4481920, can i use it for a virtual visit? -Brandon",
     [("id_number", "UT-4481920"), ("name", "Brandon")],
     []),

    ("DS Hunter (4) and DD Paisley (2) both have hand foot mouth from daycare. Paisley won't drink. Is popsicles enough? Hubby's Humana member ID H7740 2219 01 covers the kids.",
     [("name", "Hunter"), ("name", "Paisley"), ("id_number", "H7740 2219 01")],
     []),

    ("My buddy Javi crashed his dirt bike and the other rider took off, license plate on his truck was 6WXR 381 (California). Javi's fine, just road rash on his leg, how do I clean it right?",
     [("name", "Javi"), ("licence_plate", "6WXR 381")],
     []),

    ("I'm Aisha, 31, I've had a UTI 3 times this year. My urologist's nurse Bethany said to ask here about cranberry pills. Reach me at aisha.k.bello@gmail.com.",
     [("name", "Aisha"), ("name", "Bethany"), ("email", "aisha.k.bello@gmail.com")],
     []),

    ("my 12 yo DS Xavier has a big bruise on his shin from soccer that's not going away after 3 weeks and he's been pale and tired. our ped Dr. Morales wants blood work. Is that overkill?",
     [("name", "Xavier"), ("name", "Morales")],
     []),

    ("Hello, Mrs. Abebe here. My husband Tesfaye (age 66) had his knee replaced at St. Luke's. PT is 3x a week but he's in so much pain. His policy no. is POL-55820417. Can we get more pain meds?",
     [("name", "Abebe"), ("name", "Tesfaye"), ("id_number", "POL-55820417")],
     []),

    ("DD born 10/10/2021 (Maya) — speech therapist at Bright Beginnings says she might need ear tubes because of fluid. our ENT is Dr. Sokolov. can I get a second opinion?",
     [("date_of_birth", "10/10/2021"), ("name", "Maya"), ("name", "Sokolov")],
     ["Bright Beginnings"]),

    ("My friend Chloe is staying on my couch after her breakup and hasn't eaten in 2 days. She said she 'just wants to sleep forever'. I live at 1902 Elm St #5B. What do I do?",
     [("name", "Chloe"), ("address", "1902 Elm St #5B")],
     []),

    ("Reminder that I still haven't gotten my son's vaccine record. Name: Lucas Ferreira. Born 7/19/2016. Parent email: ferreira.family@hotmail.com. He needs it for camp.",
     [("name", "Lucas Ferreira"), ("date_of_birth", "7/19/2016"), ("email", "ferreira.family@hotmail.com")],
     []),

    ("68M, type 2 diabetic. My toe has a sore that isn't healing for 2 wks. my daughter Naledi is making me ask. I live alone on 14 Sycamore Way, she lives out of state.",
     [("name", "Naledi"), ("address", "14 Sycamore Way")],
     []),

    ("I'm Hodan, my son Abdirahman is 5. He has a cough for 2 weeks, worse at night. We use Cedar Ave Family Clinic. Phone 612 555 0147. I speak some English.",
     [("name", "Hodan"), ("name", "Abdirahman"), ("phone", "612 555 0147")],
     ["Cedar Ave Family Clinic"]),

    ("Pls help. My YouTube is youtube.com/@sweetpeafamilyvlogs and people are commenting that my baby's head looks flat. She's 4 months. Is this plagiocephaly? Do we need a helmet?",
     [("url", "youtube.com/@sweetpeafamilyvlogs")],
     []),

    ("i'm 17 and think i need birth control but i'm on my parents insurance (member ID 8830-221-776). would they see it? please don't contact my mom Karen.",
     [("id_number", "8830-221-776"), ("name", "Karen")],
     []),

    ("Our au pair Lotte (from the Netherlands, 20) got food poisoning I think. She vomited all night. She's on a travel insurance policy 77-NL-203915. Can she be seen here?",
     [("name", "Lotte"), ("id_number", "77-NL-203915")],
     []),

    ("my son Jean-Baptiste, 15, plays basketball and fainted at practice at Miami Edison. he was out like 5 sec. Coach said dehydration. His mom's number is 305-555-0158. should he see heart doctor?",
     [("name", "Jean-Baptiste"), ("phone", "305-555-0158")],
     ["Miami Edison"]),

    ("Hi it's Mrs. Delgado again, my grandson Elías 2 yrs had the RSV. he's better now but still coughing at night. address for the nurse visit: 301 Las Palmas Blvd, Laredo",
     [("name", "Delgado"), ("name", "Elías"), ("address", "301 Las Palmas Blvd")],
     []),

    ("My partner Sam (they/them, 30) has panic attacks at work. They work at Greenleaf Credit Union. is there something besides Xanax? please reply to sam.and.jordan@fastmail.com",
     [("name", "Sam"), ("email", "sam.and.jordan@fastmail.com")],
     ["Greenleaf Credit Union"]),

    ("Hi, I'm Thanh, 45, I think I have shingles on my side. Dr. Pham saw my husband for it last yr. My passport is C03005988 if you need ID for the telehealth.",
     [("name", "Thanh"), ("name", "Pham"), ("id_number", "C03005988")],
     []),

    ("DD's name is Charlotte, goes by Charlie, 7, she has a wart on her finger for months. Tried Compound W. We're at 4 Birchwood Circle. Pediatrician is Dr. Anand at Tiny Toes Pediatrics.",
     [("name", "Charlotte"), ("name", "Charlie"), ("address", "4 Birchwood Circle"), ("name", "Anand")],
     ["Tiny Toes Pediatrics"]),

    ("Got a toddler who won't eat anything but chicken nuggets and milk. DS Levi, 3. My insta @levis_picky_plate has all his meals lol. Is he getting enough iron?",
     [("name", "Levi"), ("handle", "@levis_picky_plate")],
     []),

    ("hello, I'm Marites (45), Filipino nurse here. my son Paolo 11 yo has flat feet and leg pain at night. send reply to marites.santos@yahoo.com.ph thank you po",
     [("name", "Marites"), ("name", "Paolo"), ("email", "marites.santos@yahoo.com.ph")],
     []),

    ("I was rear-ended at a light this morning, the guy's plate was NY KDT-9921. Neck is stiff now, I'm 33. Is it whiplash? Should I get checked before calling insurance?",
     [("licence_plate", "KDT-9921")],
     []),

    ("My 9yo Ezra keeps getting nosebleeds at night, like 3 a week. Our pediatrician Dr. Rachel Adler suggested a humidifier. Anything else? (Ezra's dad Noam is a bit panicky lol)",
     [("name", "Ezra"), ("name", "Rachel Adler"), ("name", "Noam")],
     []),

    ("Please update my address in your system: 6120 Sunset Ridge Dr, Unit 204, Henderson NV. Member ID MX99081276. I'm also asking if my son Kaden's ADHD med can be refilled early.",
     [("address", "6120 Sunset Ridge Dr, Unit 204"), ("id_number", "MX99081276"), ("name", "Kaden")],
     []),
]
