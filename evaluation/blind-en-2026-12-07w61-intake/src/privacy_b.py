# Writer 61 - privacy items, file b: casual messages, identifiers in odd places and formats.

ITEMS = [
    (
        "ok weird question. my boyfriend's name is Jordan and my name is also Jordan lol. anyway he has a mole on his "
        "back that changed color, its black and brown now with a bumpy edge. should he worry",
        [("name", "Jordan")],
        [],
    ),
    (
        "sent from my iPhone\n\n> my knee has been clicking since soccer last fall, no pain just clicking and sometimes "
        "it locks. 16M. \n\nmom here adding: he plays for the Burnaby Wolves U17, coach is Dave Reimer. our number "
        "604-555-0119",
        [("name", "Dave Reimer"), ("phone", "604-555-0119")],
        ["Burnaby Wolves U17"],
    ),
    (
        "can somebody look at the photo I put on my blog? https://rashdiary.example.com/u/bethany-k it's a ring shaped "
        "rash that's spreading. been there 10 days. Bethany, 35",
        [("url", "https://rashdiary.example.com/u/bethany-k"), ("name", "Bethany")],
        [],
    ),
    (
        "my aunty Lupe (Tongan, 61) has gout really bad in her big toe, she eats a lot of corned beef and mutton flaps. "
        "allopurinol made her itchy. what else is there? call my cell if easier 801 555 0166",
        [("name", "Lupe"), ("phone", "801 555 0166")],
        [],
    ),
    (
        "I keep getting migraines on the left side w/ zigzag lights before. 29F. Tried sumatriptan, it works but makes my "
        "jaw tight. Other options? (ps my prescription # at CVS is 4471902-03, my name is Alondra Vega)",
        [("id_number", "4471902-03"), ("name", "Alondra Vega")],
        [],
    ),
    (
        "Sent on behalf of Hon. Abdirahman Farah's office: The councillor is 56 and has been told his kidney function "
        "(eGFR 48) is reduced. He would like to know which painkillers are safe. Please reply to scheduler "
        "hodan.ali@example.org. Thank you.",
        [("name", "Abdirahman Farah"), ("email", "hodan.ali@example.org")],
        [],
    ),
    (
        "heyyy so i fainted at my sisters wedding (Kayla & Marcus, it was gorgeous) standing for like an hour in heat. I'm "
        "fine now but is this something to get checked? 26 f. twitter @kay_sis_2 if u need me",
        [("name", "Kayla"), ("name", "Marcus"), ("handle", "@kay_sis_2")],
        [],
    ),
    (
        "My father-in-law is Rev. Clarence Boudreaux, 74, from Opelousas LA. He has had hiccups for four days straight, "
        "won't stop. His pastor friend said to drink vinegar. He's on blood thinners. Should he see someone? My email "
        "dboudreaux77@example.com",
        [("name", "Clarence Boudreaux"), ("email", "dboudreaux77@example.com")],
        [],
    ),
    (
        "Health card 1189 552 014 QE (Ontario), name Pham Quoc Bao. I have eczema on my eyelids. Can I use the "
        "hydrocortisone 1% there?",
        [("id_number", "1189 552 014 QE"), ("name", "Pham Quoc Bao")],
        [],
    ),
    (
        "my 3 yr old put a bead up her nose at daycare (Sunshine Kids on 5th). I can see it but can't get it out. "
        "She's breathing fine and playing. Do we need ER or urgent care? This is Tasha btw, 555-0148",
        [("name", "Tasha"), ("phone", "555-0148")],
        ["Sunshine Kids on 5th"],
    ),
    (
        "I run a small farm on RR 3, Site 12, Box 8, Olds AB and got bitten by my neighbor's dog on the calf. Skin broken. "
        "Dog is vaccinated I think. Tetanus was 2011. Name is Garth.",
        [("address", "RR 3, Site 12, Box 8, Olds AB"), ("name", "Garth")],
        [],
    ),
    (
        "Member: ROSA I. DELGADO\nID: 9J4-77K-2201\nRx Grp: MEDDADV\nQuestion: Is it OK to take my Eliquis with the "
        "turmeric capsules my comadre gave me?",
        [("name", "ROSA I. DELGADO"), ("id_number", "9J4-77K-2201")],
        [],
    ),
    (
        "Hello I'm Grace from Iqaluit, my son Pauloosie is 11 and gets ear infections every month. Our nursing station "
        "gives amoxicillin each time. Should he get tubes? Please write back to grace.akavak@example.ca",
        [("name", "Grace"), ("name", "Pauloosie"), ("email", "grace.akavak@example.ca")],
        [],
    ),
    (
        "i'm 17 and scared to tell my parents. i missed my period 2 weeks, test negative. i'm on the swim team at "
        "Westview High and train 3 hrs a day. could that be it? please don't call my house, use 503-555-0102 (my "
        "phone) - Ellie",
        [("phone", "503-555-0102"), ("name", "Ellie")],
        ["Westview High"],
    ),
    (
        "We are a Haitian family in Montreal. My grandmother, Gran Anne-Marie Pierre-Louis, 88, keeps falling at night "
        "going to the bathroom. RAMQ PIEA 3603 1219. Is there medicine that makes her dizzy? She takes amlodipine, "
        "tamsulosin (no wait that's my grandfather), and a sleeping pill.",
        [("name", "Anne-Marie Pierre-Louis"), ("id_number", "PIEA 3603 1219")],
        [],
    ),
    (
        "yo its big mike lol. 35M, 6'2 310. doc said prediabetic a1c 6.1. what do i cut first? beer or tortillas lmao. "
        "(real name Miguel Ángel Torres)",
        [("name", "mike"), ("name", "Miguel Ángel Torres")],
        [],
    ),
    (
        "I'm Sister Mary Bernadette, living at the convent at 12 Saint Joseph Way, Dubuque IA. I'm 79 and my hands shake "
        "when I try to hold the chalice. Not at rest, only when I'm using them. Is this Parkinson's?",
        [("name", "Mary Bernadette"), ("address", "12 Saint Joseph Way, Dubuque IA")],
        [],
    ),
    (
        "Plate number BFRT 442 (Ontario) - I was rear-ended yesterday and the other driver took off. My neck is stiff "
        "today and my head aches when I turn. I'm 41. Police report pending. Should I get an X-ray?",
        [("licence_plate", "BFRT 442")],
        [],
    ),
    (
        "Dr. Hernández-Ruiz told me my ferritin is 640 and I should see a hematologist for iron overload. I'm 50, Mexican "
        "American, drink maybe 2 beers a day. Is hemochromatosis genetic? Wondering about my kids Marco and Daniela.",
        [("name", "Hernández-Ruiz"), ("name", "Marco"), ("name", "Daniela")],
        [],
    ),
    (
        "hi. 44F. linkedin.com/in/ngozi-adeyemi-example is me if you need to verify I'm a nurse. My question: I get "
        "palpitations after my night shifts, feels like skipped beats. Should I wear a monitor?",
        [("url", "linkedin.com/in/ngozi-adeyemi-example")],
        [],
    ),
    (
        "Sorry to bother. My Husband Dinh (69) had a stroke last year, now he cries easily for no reason and then laughs. "
        "Our home: 2214 Pleasant Valley Dr #B, San Jose CA 95121. Is this from the stroke?",
        [("name", "Dinh"), ("address", "2214 Pleasant Valley Dr #B, San Jose CA 95121")],
        [],
    ),
    (
        "lower back pain 3 wks after lifting my nephew Xavier off the trampoline. No numbness, no bladder issues. Ibuprofen "
        "helps. 39M. Do I need imaging? insurance UHC 918337402",
        [("name", "Xavier"), ("id_number", "918337402")],
        [],
    ),
    (
        "Mi nombre es Esperanza Quispe, 45 años, from Peru now in Paterson NJ. I have a goiter since young, now bigger and "
        "I feel it when I swallow. No insurance. Is there a clinic? Tel. 973-555-0125 (evenings).",
        [("name", "Esperanza Quispe"), ("phone", "973-555-0125")],
        [],
    ),
    (
        "Hi, I'm writing about my partner Sam (they/them), 27. Sam's had a racing heart and weight loss of 15 lb, hands "
        "shaking. They're on testosterone. Could it be thyroid? Sam's student ID at UBC is 58820147 if that helps "
        "book student health.",
        [("name", "Sam"), ("id_number", "58820147")],
        ["UBC"],
    ),
    (
        "My Saskatchewan health services number is 735 210 948. I am 70. My PSA went from 3.1 to 5.4 in a year. Urologist "
        "wants biopsy. Any alternatives? Lloyd Beaudry, Box 220, Meadow Lake SK S9X 1Y3",
        [("id_number", "735 210 948"), ("name", "Lloyd Beaudry"), ("address", "Box 220, Meadow Lake SK S9X 1Y3")],
        [],
    ),
    (
        "My son is 6 and I think he has worms, he itches his bottom at night. We're Amish so we don't use the computer much, "
        "my English neighbor Karen Yoder is typing this for me. My name is Lydia Miller. You can mail us at 5512 County "
        "Road 77, Millersburg OH 44654.",
        [("name", "Karen Yoder"), ("name", "Lydia Miller"), ("address", "5512 County Road 77, Millersburg OH 44654")],
        [],
    ),
    (
        "my grandpa keeps saying 'Lord have mercy' when he stands up bc his knees hurt so bad. He's 83, name is Otis. "
        "he won't use a cane. any tips to convince him? also he lives alone at 419 Magnolia St in Selma.",
        [("name", "Otis"), ("address", "419 Magnolia St in Selma")],
        [],
    ),
    (
        "Testing if this works... OK. Hi my name's Raj. Diagnosed with hypothyroid at 34. I've taken Synthroid 75 mcg for "
        "a year, still tired. TSH 2.1. Can I try Armour thyroid? Account: rajp1989 on your site if you look me up.",
        [("name", "Raj"), ("handle", "rajp1989")],
        [],
    ),
    (
        "To whom it may concern\nRE: Denied coverage, Member No. 1002-884-7731, Group No. ONT-TEACH-4, Policy holder "
        "Stephen O'Rourke (husband)\nI need a letter saying my CPAP is necessary. AHI was 34 on the sleep study. "
        "\nRegards, Deirdre O'Rourke",
        [("id_number", "1002-884-7731"), ("id_number", "ONT-TEACH-4"), ("name", "Stephen O'Rourke"),
         ("name", "Deirdre O'Rourke")],
        [],
    ),
    (
        "I'm a trucker, CDL WA DL# WDLPLM8843BP, and need my DOT physical. My BP has been running 150/95. Will they fail "
        "me? Can I get it down in 2 weeks? - Curtis",
        [("id_number", "WDLPLM8843BP"), ("name", "Curtis")],
        [],
    ),
    (
        "doctor i am muslim and fasting ramadan, i am diabetic type 2 on insulin. my son Abdullahi says i should not fast. "
        "i am 64. please advise, my email is halima.omar.mn@example.com",
        [("name", "Abdullahi"), ("email", "halima.omar.mn@example.com")],
        [],
    ),
    (
        "Quick q: tick bite 2 days ago from camping at my buddy Rusty's cabin (off Hwy 61 near Grand Marais, the one with "
        "the green roof, 4817 Hwy 61 if u care). No rash yet. Do I need doxy?",
        [("name", "Rusty"), ("address", "4817 Hwy 61")],
        [],
    ),
    (
        "Good day. I am Dr. Oyelaran's patient (Adebayo Oyelaran is my GP). I'm Chidi, 40. My uric acid is 9.2, my knee "
        "swelled once. Should I start treatment or just diet?",
        [("name", "Adebayo Oyelaran"), ("name", "Chidi")],
        [],
    ),
    (
        "this is embarrassing but I have a lump near my anus that hurts when I sit. I'm a cashier at Safeway (store 1421, "
        "Kelowna) so I'm sitting/standing all day. 33F, name's Brooke",
        [("name", "Brooke")],
        ["Safeway (store 1421, Kelowna)"],
    ),
    (
        "I'm Hmong and my mother Ia Vang (62) has been told she has hepatitis B. She doesn't want medicine because she "
        "feels fine. What happens if she doesn't treat? Her Medi-Cal is 91827364A. I'm her son Tou, 559-555-0187.",
        [("name", "Ia Vang"), ("id_number", "91827364A"), ("name", "Tou"), ("phone", "559-555-0187")],
        [],
    ),
    (
        "Re: baby girl Nevaeh, born 2024-01-08, 36 weeker. She's now 6 weeks and spits up after every feed, gaining weight "
        "ok. Her doctor is Dr. Alcott. Do I need to change formula? (mom: Brittany)",
        [("name", "Nevaeh"), ("date_of_birth", "2024-01-08"), ("name", "Alcott"), ("name", "Brittany")],
        [],
    ),
    (
        "Bonjour, I'm from New Brunswick, Medicare # 112 448 390. I'm 57 and my fingers go white then blue in the cold, "
        "then red when I warm up. Is that Raynaud's? Should I worry about lupus? - Josée Cormier",
        [("id_number", "112 448 390"), ("name", "Josée Cormier")],
        [],
    ),
    (
        "Hi! I'm Mele. Me and my husband Sione are trying for a baby 18 months, nothing. I'm 33 he's 36. Where do we "
        "start? We live at Apt 14, 301 Ala Moana Blvd, Honolulu. thx",
        [("name", "Mele"), ("name", "Sione"), ("address", "Apt 14, 301 Ala Moana Blvd, Honolulu")],
        [],
    ),
    (
        "My teen's snap is emmaaa.b and she keeps posting about not eating. she's 15 and lost 12 pounds. I'm her dad. "
        "How do I bring it up without making it worse?",
        [("handle", "emmaaa.b")],
        [],
    ),
    (
        "To Dr. Bellamy,\nI've enclosed the list of my meds as requested: atorvastatin 40, metoprolol 25 bid, aspirin 81, "
        "tamsulosin 0.4. Still getting leg cramps at night. Could the statin be the cause?\nWinston Greaves\n"
        "Employee # 2210-88 (retired, Dofasco)\n905-555-0109",
        [("name", "Bellamy"), ("name", "Winston Greaves"), ("id_number", "2210-88"), ("phone", "905-555-0109")],
        ["Dofasco"],
    ),
    (
        "I can't hear out of my right ear since I had a cold last week. Ringing too. My husband (Ray) said just wait. 52F. "
        "Reply to 1 (250) 555-0193 text only pls",
        [("name", "Ray"), ("phone", "1 (250) 555-0193")],
        [],
    ),
    (
        "My brother's name is Christian and he's 30. He drinks a lot and now his belly is swollen and his eyes are a bit "
        "yellow. He says it's nothing. He stays at the Salvation Army shelter on Hastings, bed 23.",
        [("name", "Christian"), ("address", "the Salvation Army shelter on Hastings, bed 23")],
        [],
    ),
    (
        "Hello my name is Khadija Warsame, I am 25 and I have pain during sex since I had my baby 8 months ago. My "
        "doctor is a man and I am shy to ask. Also I was circumcised as a child in Somalia. Can this be fixed? "
        "khadijaw@example.com",
        [("name", "Khadija Warsame"), ("email", "khadijaw@example.com")],
        [],
    ),
    (
        "Dear Sirs, my Veterans Affairs file number is VA 23 448 912. I served 1968-70. I have numbness in both feet and "
        "they said maybe Agent Orange related. I also have diabetes. How do they tell which? Respectfully, Harlan Dupree",
        [("id_number", "VA 23 448 912"), ("name", "Harlan Dupree")],
        [],
    ),
    (
        "my kid (Aiden, 8) got hit in the eye with a baseball 3 days ago. black eye going away, he sees fine, but there's a "
        "small red patch in the white part. Coach Benny said it's nothing. ok to wait?",
        [("name", "Aiden"), ("name", "Benny")],
        [],
    ),
    (
        "Hello, 58M Vietnamese, I had hepatitis C treated in 2019, cured. Now my liver ultrasound says fatty liver. "
        "Do I still need check every 6 months? -- Lê Văn Tâm, 1035 Story Rd Unit 9, San Jose",
        [("name", "Lê Văn Tâm"), ("address", "1035 Story Rd Unit 9, San Jose")],
        [],
    ),
    (
        "hi i'm Harmony, 21. My best friend Autumn and I both got told we have HPV from our paps. Does this mean we "
        "will get cancer? we're freaking out",
        [("name", "Harmony"), ("name", "Autumn")],
        [],
    ),
    (
        "Attn: Nurse line\nFrom: Benjamin Gold, MD (retired) - asking for myself\nDOB 7/14/1939\nI've had three episodes "
        "of gout this winter. Colchicine 0.6 works. My nephrologist Dr. Patel is away. Can I double up?\n"
        "bgold.retired@example.com",
        [("name", "Benjamin Gold"), ("date_of_birth", "7/14/1939"), ("name", "Patel"), ("email", "bgold.retired@example.com")],
        [],
    ),
    (
        "my mom's Medicaid # is 77 019 442 58 and she's 60 and has been coughing up green stuff for 3 weeks, no fever. "
        "she works at the laundromat on Fulton (Sudz City) breathing chemicals all day. could that be it?",
        [("id_number", "77 019 442 58")],
        ["Sudz City"],
    ),
    (
        "Please send reply to my son, he reads English: Trinh.Duc@example.com. I am his father, I am 76 years. I have "
        "eyes dry and itch, the drops don't help. Thank you.",
        [("email", "Trinh.Duc@example.com")],
        [],
    ),
    (
        "Brother Isaiah from the church asked me to ask for him. He's 45 and has had a hernia bulge in his groin for a year "
        "and it's getting bigger. No insurance. He lives in the trailer behind the church, Lot 7, Sunny Acres Park, "
        "Crowley LA.",
        [("name", "Isaiah"), ("address", "Lot 7, Sunny Acres Park, Crowley LA")],
        [],
    ),
]
