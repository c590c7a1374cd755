# Privacy items with identifiers: North America and the British Isles.
# Each item: (text, [(type, exact substring), ...], [quasi strings])

ITEMS = [
    (
        "Forwarding the email from my son's school: 'Dear Mrs Halvorsen, Ethan was sent to the nurse at Maple Ridge "
        "Elementary after complaining of a headache and blurry vision during reading time.' My cell is (612) 555-0148 "
        "if the doctor wants to call. He's 8, could this be migraines or does he need glasses?",
        [("name", "Halvorsen"), ("name", "Ethan"), ("phone", "(612) 555-0148")],
        ["Maple Ridge Elementary"],
    ),
    (
        "Hi, I'm Darnell Whitaker, DOB 03/14/1979, member ID on my Aetna card is W2849301775. My wife Keisha says I "
        "snore like a freight train and stop breathing for a few seconds at a time. Would a sleep study be covered?",
        [("name", "Darnell Whitaker"), ("date_of_birth", "03/14/1979"), ("id_number", "W2849301775"),
         ("name", "Keisha")],
        [],
    ),
    (
        "Pasting from our family chat so you get the picture:\nAunt Rosalind: he hasn't eaten properly since Tuesday\n"
        "Me: did he still take the metformin??\nTyrese: grandma said only the morning one\nMy grandpa is 81 and lives "
        "alone at 4410 Beech Hollow Rd, Chattanooga. Is skipping meals while on metformin dangerous for him?",
        [("name", "Rosalind"), ("name", "Tyrese"), ("address", "4410 Beech Hollow Rd, Chattanooga")],
        [],
    ),
    (
        "My OHIP number is 4512-338-917-KT and my family doctor, Dr. Lapointe, just retired so I have nobody to renew "
        "my levothyroxine. I'm 62 and live in Sudbury. Can someone email me at m.beaulieu.62@fastmail.ca about what "
        "to do in the meantime?",
        [("id_number", "4512-338-917-KT"), ("name", "Lapointe"), ("email", "m.beaulieu.62@fastmail.ca")],
        [],
    ),
    (
        "NHS number 943 476 5919 (mum always told me to put it on everything, sorry). I'm Gemma, 34, from Leeds. "
        "Since the baby I wake up with pins and needles in both hands. The health visitor, Siobhan, reckons it's "
        "carpal tunnel from pregnancy. Does it go away on its own?",
        [("id_number", "943 476 5919"), ("name", "Gemma"), ("name", "Siobhan")],
        [],
    ),
    (
        "My PPS number is 7284613WA in case you need it for records. I'm Ciarán Ó Dálaigh, I live at 14 Ard na "
        "Gréine, Ballincollig, Co. Cork. My GP Dr Moloney says my ferritin is 9 and wants me on iron tablets but "
        "they wreck my stomach. Any alternatives?",
        [("id_number", "7284613WA"), ("name", "Ciarán Ó Dálaigh"),
         ("address", "14 Ard na Gréine, Ballincollig, Co. Cork"), ("name", "Moloney")],
        [],
    ),
    (
        "Below is what HR sent me after I hurt my back on the warehouse floor at Northcrest Logistics:\n"
        "> From: benefits@northcrest-logistics.com\n> Re: Claim 88-4471209, employee #NL-20931\n> Hi Marcus, your "
        "short-term disability claim needs a physician statement by Friday.\nWhat exactly should the doctor's note "
        "say about a lumbar strain?",
        [("email", "benefits@northcrest-logistics.com"), ("id_number", "88-4471209"), ("id_number", "NL-20931"),
         ("name", "Marcus")],
        ["Northcrest Logistics"],
    ),
    (
        "A guy in a grey Civic, California plate 8KTR492, rear-ended us on the 405 yesterday. My daughter Lily is 7 "
        "and seemed fine at the scene but today she keeps saying her neck hurts when she looks down. Does she need "
        "an x-ray?",
        [("licence_plate", "8KTR492"), ("name", "Lily")],
        [],
    ),
    (
        "My sister runs a wellness account, @glowwithbrianna, and keeps telling me to do a 5 day water fast for my "
        "PCOS. All her 'protocols' are on https://linktr.ee/briannaglows. I'm 26 and on the pill. Is a fast like "
        "that actually safe?",
        [("handle", "@glowwithbrianna"), ("url", "https://linktr.ee/briannaglows")],
        [],
    ),
    (
        "Patient: Alistair McBride, DOB 22/09/1956, CHI 2209561234. I'm in Dundee and my wife Morag is typing this "
        "for me. I've had a dry cough for six weeks now, I used to smoke 20 a day till 2010. Should I push for a "
        "chest x-ray?",
        [("name", "Alistair McBride"), ("date_of_birth", "22/09/1956"), ("id_number", "2209561234"),
         ("name", "Morag")],
        [],
    ),
    (
        "The pharmacy asked for my social, 521-48-9036, to find my insurance — is that normal?? Anyway the "
        "pharmacist Javier said my new lisinopril can cause a cough. I've been hacking for 2 weeks. Swap it?",
        [("id_number", "521-48-9036"), ("name", "Javier")],
        [],
    ),
    (
        "Letter home from Oakwood Academy: 'Dear Parent/Carer of Harvey Bellingham (Year 9), we are writing to let "
        "you know that Harvey fainted during PE on 12 March.' Mr Pritchard, his PE teacher, thinks he skipped "
        "breakfast. Harvey is 14. Do we need a heart check?",
        [("name", "Harvey Bellingham"), ("name", "Harvey"), ("name", "Pritchard")],
        ["Oakwood Academy"],
    ),
    (
        "Reach me at 416-555-0199 or tanvir.hossain.to@gmail.com. My mother-in-law Shahana is visiting from Dhaka "
        "and since the long flight both her ankles are puffy. She's 67 and takes amlodipine.",
        [("phone", "416-555-0199"), ("email", "tanvir.hossain.to@gmail.com"), ("name", "Shahana")],
        [],
    ),
    (
        "We live at 2207 W Fullerton Ave Apt 3B, Chicago, IL 60647 and there's black mold creeping up the bathroom "
        "wall. My roommate Kenji and I both wheeze at night now. Landlord won't do anything. Can the mold cause "
        "asthma?",
        [("address", "2207 W Fullerton Ave Apt 3B, Chicago, IL 60647"), ("name", "Kenji")],
        [],
    ),
    (
        "My 15 year old follows @skinnyqueen.tips and has been eating about 600 calories a day. Her name's Addison, "
        "she's 5'4 and 98 lb now. Her dad thinks it's a phase. Where do we even start?",
        [("handle", "@skinnyqueen.tips"), ("name", "Addison")],
        [],
    ),
    (
        "Writing for my taid (grandad), Emrys Pugh, born 1939, who lives on his own at Tŷ Gwyn, Llanfair Road, "
        "Ruthin LL15 1BG. Over the last month he's been forgetting to eat and put the kettle in the fridge twice. "
        "How do we get a memory assessment?",
        [("name", "Emrys Pugh"), ("address", "Tŷ Gwyn, Llanfair Road, Ruthin LL15 1BG")],
        [],
    ),
    (
        "Medicaid ID 71948302B. Our case worker is Tonya Briggs, 803-555-0126, and she said to ask here first. My "
        "son Jaylen is 4 and only says about ten words. Is that a speech delay or something else?",
        [("id_number", "71948302B"), ("name", "Tonya Briggs"), ("phone", "803-555-0126"), ("name", "Jaylen")],
        [],
    ),
    (
        "I'm an RN (linkedin.com/in/rachel-okonkwo-rn if you need to verify). I got a needlestick on my night shift "
        "at Riverbend Community Hospital from a patient with unknown status. My charge nurse Deb started me on "
        "PEP. How long until I can stop worrying?",
        [("url", "linkedin.com/in/rachel-okonkwo-rn"), ("name", "Deb")],
        ["Riverbend Community Hospital"],
    ),
    (
        "Bupa sent this today: 'Membership number 81-204-7753. Policyholder: Mr Kwame Asante-Boateng. Your "
        "pre-authorisation for knee arthroscopy with Mr Hargreaves has been declined.' Can I appeal on medical "
        "grounds if my knee keeps locking?",
        [("id_number", "81-204-7753"), ("name", "Kwame Asante-Boateng"), ("name", "Hargreaves")],
        [],
    ),
    (
        "Dad's at 27 Malone Park, Belfast BT9 6AB and the district nurse hasn't been out to change his leg ulcer "
        "dressing in four days. Last nurse was called Orla. The bandage smells now. What should I do?",
        [("address", "27 Malone Park, Belfast BT9 6AB"), ("name", "Orla")],
        [],
    ),
    (
        "Someone sent me a thread by @drmaxlevinson about long covid and pacing, his notes are on "
        "maxlevinson.health/longhaul. I'm 41, still exhausted 5 months after covid. Is pacing legit?",
        [("handle", "@drmaxlevinson"), ("url", "maxlevinson.health/longhaul")],
        [],
    ),
    (
        "From the group chat with my roommates:\nPriyanka: Hunter threw up again 😬\nHunter: I'm fine stop\n"
        "Priyanka: he's been throwing up since the wings at Buffalo Joe's\nIt's been about 9 hours. Is food poisoning "
        "usually over in a day?",
        [("name", "Priyanka"), ("name", "Hunter")],
        [],
    ),
    (
        "I'm Tomasz Wiśniewski, DOB 1985-11-02, and my employer in Mississauga (Brightline Packaging) wants a fitness "
        "to work form after my hernia repair. Surgeon was Dr. Ahmadi. How long before I can lift 50 lb again?",
        [("name", "Tomasz Wiśniewski"), ("date_of_birth", "1985-11-02"), ("name", "Ahmadi")],
        ["Brightline Packaging"],
    ),
    (
        "My husband drove off after our argument in the blue Ford Escape, Ontario plate CBKR 719, and he's on "
        "sertraline and hasn't been sleeping. His brother Dev is out looking. I'm worried about his mood in general, "
        "how do I get him to see someone?",
        [("licence_plate", "CBKR 719"), ("name", "Dev")],
        [],
    ),
    (
        "Quick question from Saoirse (that's me) — my student number at college is 21345678 and the college health "
        "centre wants it with any query. I think I have glandular fever, my flatmate Niamh had it last month.",
        [("name", "Saoirse"), ("id_number", "21345678"), ("name", "Niamh")],
        [],
    ),
    (
        "Mail for my mum is going to Flat 4, 19 Kingsley Road, Hove BN3 5NG but she's in respite care now. Her "
        "neurologist Dr Farouk wrote that her Parkinson's meds need adjusting. Mum is Brenda, 77. Who do I chase?",
        [("address", "Flat 4, 19 Kingsley Road, Hove BN3 5NG"), ("name", "Farouk"), ("name", "Brenda")],
        [],
    ),
    (
        "Email from the daycare, pasted: 'Hi Jess, Mateo had two loose stools today and a temp of 38.4, please pick "
        "him up. — Carly, Little Acorns Childcare.' He's 18 months. How long do we keep him home?",
        [("name", "Jess"), ("name", "Mateo"), ("name", "Carly")],
        ["Little Acorns Childcare"],
    ),
    (
        "My TikTok is @nurse.nadine.cooks and people keep asking me if intermittent fasting is ok for type 1 "
        "diabetics. I'm not a dietitian. What's the medical view?",
        [("handle", "@nurse.nadine.cooks")],
        [],
    ),
    (
        "Hi, my name is Bongani but everyone here in Calgary calls me Bo. Cell 587-555-0172. I moved from Durban "
        "last year and now I get eczema flares every winter. Is the dry air the reason?",
        [("name", "Bongani"), ("name", "Bo"), ("phone", "587-555-0172")],
        [],
    ),
    (
        "Forwarded from my insurer: 'Claim number CLM-2024-0098812 for patient Eileen Fitzgerald, date of birth "
        "07/04/1948, has been denied as the physiotherapy was not pre-approved.' Eileen is my mother. She had a "
        "hip replacement. Is physio after that not standard?",
        [("id_number", "CLM-2024-0098812"), ("name", "Eileen Fitzgerald"), ("date_of_birth", "07/04/1948"),
         ("name", "Eileen")],
        [],
    ),
    (
        "I'm Wren, they/them, 23. My endo is Dr. Castellanos at the gender clinic. My email is wren.h.vasquez@"
        "protonmail.com. Can testosterone make my acne this bad?",
        [("name", "Wren"), ("name", "Castellanos"), ("email", "wren.h.vasquez@protonmail.com")],
        [],
    ),
    (
        "Thread from my WhatsApp with the lads:\nConor: Fitzy went over on his ankle at five a side\nFitzy: it's "
        "grand just purple\nMe: it's twice the size Fitz\nHe can walk on it a bit. Sprain or break?",
        [("name", "Conor"), ("name", "Fitzy"), ("name", "Fitz")],
        [],
    ),
    (
        "I'm a student at Glenview Secondary and my ID is 3349021. The school nurse, Ms Kaur, says I have scoliosis "
        "and gave me a referral letter. I'm 13. Will I need a brace?",
        [("id_number", "3349021"), ("name", "Kaur")],
        ["Glenview Secondary"],
    ),
    (
        "Nana's address is 58 Pohutukawa Drive... no sorry wrong one, she moved, it's 1120 Elm Street, Apt 6, "
        "Burlington, VT 05401. Her neighbour Gus found her a bit confused this morning but fine now. She's 88.",
        [("address", "58 Pohutukawa Drive"), ("address", "1120 Elm Street, Apt 6, Burlington, VT 05401"),
         ("name", "Gus")],
        [],
    ),
    (
        "Posting for my partner Liam, he's too embarrassed. DOB 19/06/1992. He's had blood in his stool on and off "
        "for a month. Our GP surgery is Cromwell Road Practice and they can't see him for 3 weeks.",
        [("name", "Liam"), ("date_of_birth", "19/06/1992")],
        ["Cromwell Road Practice"],
    ),
    (
        "We were following a car, Irish reg 221-D-40817, that sprayed something out the window on the N7 and my "
        "eyes have been stinging since. My wife Aoife's too. Could that be chemical?",
        [("licence_plate", "221-D-40817"), ("name", "Aoife")],
        [],
    ),
    (
        "Hi! I run a podcast about chronic illness, youtube.com/@spoonielife_with_tara, and my co-host Jen has "
        "POTS. She fainted in the studio. What tests confirm POTS?",
        [("url", "youtube.com/@spoonielife_with_tara"), ("name", "Jen")],
        [],
    ),
    (
        "My kid's name is Beau, his Medicare number (Canada, RAMQ) is BEAU 1403 2115. Born 3 March 2014. He wets "
        "the bed every night still. Normal at 10?",
        [("name", "Beau"), ("id_number", "BEAU 1403 2115"), ("date_of_birth", "3 March 2014")],
        [],
    ),
    (
        "Call me on 07700 900461 please, I can't type well with this wrist. Fell off a ladder painting at my "
        "daughter Hannah's house. Fingers tingle.",
        [("phone", "07700 900461"), ("name", "Hannah")],
        [],
    ),
    (
        "From the email chain with my coach:\n'Hi Tyler, per Coach Ramírez you are not cleared to play until a "
        "doctor signs off on the concussion protocol.'\nI got hit last Saturday, headaches are gone. What does "
        "clearance involve?",
        [("name", "Tyler"), ("name", "Ramírez")],
        [],
    ),
    (
        "I'm Mrs Odette Fairweather, 71, of 3 Church Lane, Little Thornbury, Glos GL12 8RD. My chiropodist Mr Lowe "
        "says my toenail fungus won't go with creams. My email is odette.fw@btinternet.com.",
        [("name", "Odette Fairweather"), ("address", "3 Church Lane, Little Thornbury, Glos GL12 8RD"),
         ("name", "Lowe"), ("email", "odette.fw@btinternet.com")],
        [],
    ),
    (
        "Reddit user u/throwaway_bipolar_mom here, found this site from a post. My 17 year old, Sky, was just "
        "diagnosed with bipolar II. How do we explain lithium blood tests to her?",
        [("handle", "u/throwaway_bipolar_mom"), ("name", "Sky")],
        [],
    ),
]
