# Hand-written privacy items with identifiers (part B).

ITEMS = [
    ("I set up a fundraiser for my sister's transplant costs at gofundme.com/f/a-new-kidney-for-leilani and a lot of people are asking me what the recovery is like after a living donor kidney transplant. How long is the donor off work usually?",
     [("url", "gofundme.com/f/a-new-kidney-for-leilani")], []),

    ("Hi I'm Tariq, 36, heart failure after viral myocarditis. EF improved from 20 to 40% on meds. I drive for Swiftline Couriers and my boss wants a note saying I'm fit for 10 hr shifts. Can the cardiology team write one? My employee number is SL-20417.",
     [("name", "Tariq"), ("id_number", "SL-20417")], ["Swiftline Couriers"]),

    ("my CGM (libre 2) keeps falling off when i swim. i'm on the uni swim team at Dunmore University and the patches dont stick. my student id is 2100887461 if the campus clinic can order overpatches for me?",
     [("id_number", "2100887461")], ["Dunmore University"]),

    ("Asking for my father-in-law Ignatius Mbeki, 74, who's on peritoneal dialysis at night with the cycler. The drain volumes have been lower than fill volumes for 3 nights (about 300ml less). He feels ok, no belly pain, fluid clear. Is this a catheter position thing? Contact me at 082 555 3019.",
     [("name", "Ignatius Mbeki"), ("phone", "082 555 3019")], []),

    ("Good evening, I am Marguerite Delacroix, born 8 January 1957, and I have had lupus for 22 years. I moved recently and need a new rheumatologist. My records are under my old address, 12 rue des Tanneurs, Apt 4, and I'm now at 88 Chestnut Avenue, Montclair. Can you help me transfer them?",
     [("name", "Marguerite Delacroix"), ("date_of_birth", "8 January 1957"), ("address", "12 rue des Tanneurs, Apt 4"), ("address", "88 Chestnut Avenue, Montclair")], []),

    ("hey doc, COPD since 2010 and i use a nebuliser with ipratropium. the machine broke. my supplier account with the oxygen company is under my name Kenneth Ashworth, account no. OX-774201. is there a loaner scheme?",
     [("name", "Kenneth Ashworth"), ("id_number", "OX-774201")], []),

    ("Pump user question. My Medtronic 780G keeps asking for BG calibration. My hubby Dariusz says just ignore it but I don't trust the Guardian sensor. We live rural, 4471 County Road 12, Millersburg, and the closest endo is 2 hrs away so I mostly rely on online advice.",
     [("name", "Dariusz"), ("address", "4471 County Road 12, Millersburg")], []),

    ("My son Kai is 7 and was diagnosed with nephrotic syndrome. He's on prednisolone 60mg/m2 and his urine dips are now negative for protein. The school (Westbrook Elementary) asked if he can do PE. Also his face is very puffy from the steroids, is that normal? Text 415-555-0172.",
     [("name", "Kai"), ("phone", "415-555-0172")], ["Westbrook Elementary"]),

    ("Chemo brain is real. I'm Yusuf, 52, on cycle 5 of 8 for lymphoma, my ANC is fine at 2.3 but I can't remember anything. My boss at Greenlea Accountancy is being patient but how long does this usually last?",
     [("name", "Yusuf")], ["Greenlea Accountancy"]),

    ("To whoever reads this: I am a kidney transplant recipient (2012, deceased donor), NHS number 485 777 3344. I've been getting more warts on my hands, which I read is common with immunosuppression. Who do I see, derm or the transplant team?",
     [("id_number", "485 777 3344")], []),

    ("I have MS and use a wheelchair part time. Our accessible parking badge got stolen from the car, reg number WK68 PVD, police report done. Anyway my real question: is baclofen making me more tired or is it the MS fatigue?",
     [("licence_plate", "WK68 PVD")], []),

    ("my wife Anneliese is on chemo (paclitaxel weekly) and the nurse said to call the 24h line if temp over 38. it's 37.4 right now and she feels fine, just achy. is 37.4 anything? her chemo card says hospital no. 7739120 and the line number is on the back but we lost the card",
     [("name", "Anneliese"), ("id_number", "7739120")], []),

    ("DOB 11-05-1969. Type 2 diabetes, insulin Toujeo 38 units. Fasting glucose 140s. Recent HbA1c 7.4. My new doctor Dr. Nakamura-Lindqvist wants to add Ozempic but my insurance (member ID JHX 552019883) denied it. What's the usual next step, appeal?",
     [("date_of_birth", "11-05-1969"), ("name", "Nakamura-Lindqvist"), ("id_number", "JHX 552019883")], []),

    ("I'm on home hemo (NxStage) 5 days a week, my partner Ruairí is my care partner. We want to travel to Spain and need to book holiday dialysis. Is there a form from the unit? Please email me at homehemo.declan@protonmail.com",
     [("name", "Ruairí"), ("email", "homehemo.declan@protonmail.com")], []),

    ("Hi, quick question about my dad's INR. He's 79, AF, on warfarin. INR 1.6 today, target 2-3. The anticoag clinic said increase dose on Mondays. His name's Bartholomew Okafor if the clinic sends you anything. Is a low INR dangerous for a few days?",
     [("name", "Bartholomew Okafor")], []),

    ("Heart failure and sleep apnea. CPAP machine compliance is tracked and my insurance (policy number 44-A-3019927) says I'm under 4 hrs a night so they'll stop paying. The mask hurts my nose bridge. Suggestions?",
     [("id_number", "44-A-3019927")], []),

    ("I follow a guy on youtube called youtube.com/@KetoKidneyKevin who says keto reverses CKD. I'm stage 3b, eGFR 38, not diabetic. Is this safe to try? My nephrologist Dr Szabo hasn't replied.",
     [("url", "youtube.com/@KetoKidneyKevin"), ("name", "Szabo")], []),

    ("I'm Nomvula, 29, lupus diagnosed last year. My hair is falling out in clumps, is it the lupus or the methotrexate? I work at Sunridge Pharmacy so I could get folic acid easily if that helps.",
     [("name", "Nomvula")], ["Sunridge Pharmacy"]),

    ("Sorry to bother. My mum Mrs Esperanza Villalobos, date of birth 22/12/1944, has heart failure and her cardiologist retired. Her file number at the old practice was CF-18833. Our phone is (305) 555-0126. How do we get her seen by a new one?",
     [("name", "Esperanza Villalobos"), ("date_of_birth", "22/12/1944"), ("id_number", "CF-18833"), ("phone", "(305) 555-0126")], []),

    ("Neutropenic diet question - my oncologist says it's not needed anymore but the ward nurse says no salad. My ANC is 0.8. I'm Priyanka, on chemo for AML consolidation. Who's right?",
     [("name", "Priyanka")], []),

    ("My husband's kidney transplant is failing (creat going up, 2.8 now) and he's being worked up for a second one. A friend from church, Obadiah, wants to be tested as a donor. How does he start? Our pastor posted it on twitter @GraceChapelAlbany so lots of people are asking.",
     [("name", "Obadiah"), ("handle", "@GraceChapelAlbany")], []),

    ("i'm 19, t1d, on MDI. just started uni and my sugars are chaos with drinking. my roommate Jaylen knows how to use glucagon. Is the nasal one (Baqsimi) better for him to use than the injection?",
     [("name", "Jaylen")], []),

    ("I'm 67 and on my 3rd line of treatment for ovarian cancer. CA-125 went from 340 to 88. My daughter Ingrid wants to come to the next appointment but lives abroad, can she join by video? Her email is i.halvorsen@online.no",
     [("name", "Ingrid"), ("email", "i.halvorsen@online.no")], []),

    ("Can someone check if my referral for pulmonary rehab went through? COPD, FEV1 42%. Name Seamus Keogh, DOB 03/03/1951, address 27 Ballyfermot Crescent, Dublin 10. Thanks.",
     [("name", "Seamus Keogh"), ("date_of_birth", "03/03/1951"), ("address", "27 Ballyfermot Crescent, Dublin 10")], []),

    ("Living with MS 15 yrs. I vlog about adaptive cooking at instagram.com/wobblyspoonkitchen. A follower asked if vitamin D megadoses help MS. I take 4000 IU. Is more better?",
     [("url", "instagram.com/wobblyspoonkitchen")], []),

    ("hello my name is Nguyen Thi Hoa, 61 years. i have diabetes and kidney, doctor say my creatinine 2.1 and eGFR 26. my son Minh drive me to clinic. i want to know which fruit can eat, potassium is 5.4",
     [("name", "Nguyen Thi Hoa"), ("name", "Minh")], []),

    ("My partner Alex (they/them) is on chemo for testicular cancer, BEP, cycle 2. Their hearing seems worse and ringing in ears. Is that the cisplatin? We're at the Hillcrest oncology unit, Alex's hospital ID is HCU-004128.",
     [("name", "Alex"), ("id_number", "HCU-004128")], []),

    ("Transplant kid mom here. Lucía is 5, liver transplant at 10 months. She's starting kindergarten at Little Acorns Montessori and they asked about her meds schedule (tacrolimus 8am/8pm). Do schools usually give evening doses? no lol. but what about sick days, when should we keep her home?",
     [("name", "Lucía")], ["Little Acorns Montessori"]),

    ("COPD exacerbation last month, finished prednisone and doxy. Feeling about 80% now. I'd like a copy of my spirometry results sent to my email, w.pettigrew1948@btinternet.com. thanks, Walter",
     [("email", "w.pettigrew1948@btinternet.com"), ("name", "Walter")], []),

    ("I'm on hydroxychloroquine for 8 years for lupus and due my eye screening. The optometrist near work at Calder & Finch Solicitors said they can't do the OCT. My GP is Dr. Mwangi, can he refer me? Patient number 11-2093-8871.",
     [("name", "Mwangi"), ("id_number", "11-2093-8871")], ["Calder & Finch Solicitors"]),

    ("hi its Keanu, my CGM data is shared with my endo through the follow app. my A1c dropped from 8.9 to 7.1 in 3 months since starting the Omnipod! question tho, my lows after gym are getting worse, like 60 mg/dL. should I lower temp basal more?",
     [("name", "Keanu")], []),

    ("Heart failure nurse asked me to keep a daily weight log. I've been posting it on my blog at heartfailurediary.wordpress.com/gretchen so she can see it. Weight stable 84.2-84.8 kg. Is a 0.6 swing normal?",
     [("url", "heartfailurediary.wordpress.com/gretchen")], []),

    ("Car question sorry - I'm on dialysis and get a disabled parking permit. The hospital car park fined me because the camera read my plate as KD71 HRX instead of KD71 HRZ. Who do I contact? Also is it normal to feel washed out for 6 hours after each session?",
     [("licence_plate", "KD71 HRX"), ("licence_plate", "KD71 HRZ")], []),

    ("My 4yo Zainab has type 1 and we use the Dexcom follow app. Her nursery Rainbow Cubs called because her number was 4.1 and dropping with arrows. They gave juice and it came up to 6.8. Did they do right? They want a written care plan, can the diabetes team email it to rainbowcubs.office@gmail.com?",
     [("name", "Zainab"), ("email", "rainbowcubs.office@gmail.com")], ["Rainbow Cubs"]),
]
