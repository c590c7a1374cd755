# Privacy items with identifiers, part 2 (mixed). Written by hand.

ITEMS = [
    ("My car reg is LV21 OXP and I got a parking fine outside the hospital while I was inside with chest pain for 6 hours. Can the doctor write a letter for the appeal? I'm Gary Pike, 55.",
     [("licence_plate", "LV21 OXP"), ("name", "Gary Pike")], []),

    ("Hi! Wondering if I need a tetanus booster. Cut my hand on a rusty gate this afternoon, not deep. Last jab was 2009. - Jenny (jenny.kowalski@example.net)",
     [("name", "Jenny"), ("email", "jenny.kowalski@example.net")], []),

    ("I sell handmade candles (shop: etsy.com/shop/WickAndWillowCo) and I think the fragrance oils are giving me headaches and a rash on my wrists. Is that a thing?",
     [("url", "etsy.com/shop/WickAndWillowCo")], []),

    ("My dad Frank, 78, keeps driving even though his eyesight is awful since the cataract op. His car is a blue Corolla, plate 4KJD 219. Do I report him to the DMV or does his eye doctor do that?",
     [("name", "Frank"), ("licence_plate", "4KJD 219")], []),

    ("6 weeks postpartum, my husband Dean thinks I should talk to someone because I cry every evening and I've had thoughts that the baby would be better off with someone else. I'd never hurt her. I'm 31. Health visitor is Carol Jenkins. My number is 07700 900781.",
     [("name", "Dean"), ("name", "Carol Jenkins"), ("phone", "07700 900781")], []),

    ("I'm the school nurse at Greenvale Middle and a 13 year old told me she's been making herself sick after lunch. Her name is Ruby Aldana. Her parents don't know. What are my obligations here?",
     [("name", "Ruby Aldana")], ["Greenvale Middle"]),

    ("Please send the letter to my new address: Flat 2B, 71 Caledonian Road, Glasgow G12 9ZZ. I moved after leaving a refuge. I have complex PTSD and my psychologist is Dr. Imogen Sale.",
     [("address", "Flat 2B, 71 Caledonian Road, Glasgow G12 9ZZ"), ("name", "Imogen Sale")], []),

    ("I'm 44 and my DOB is 12/05/1980 on my records but the pharmacy has it the American way round and now they won't hand over my sertraline. Name's Tomasz Wójcik. Help?",
     [("date_of_birth", "12/05/1980"), ("name", "Tomasz Wójcik")], []),

    ("I'm on Ozempic and feel sick all the time. Also my gamer tag is xXDoomTortoiseXx if you want to know why I'm up all night lol. 29m.",
     [("handle", "xXDoomTortoiseXx")], []),

    ("Hello. My grandson Mikey (15) spends his whole day on discord and told a friend he 'wants to disappear'. His discord name is voidlantern_ and his friend's mum showed me the messages. What should I do first?",
     [("name", "Mikey"), ("handle", "voidlantern_")], []),

    ("Medicare number 2953 41207 1 — does a mental health care plan cover a psychologist for my teenage son? He's been refusing school for 2 terms and barely leaves his room.",
     [("id_number", "2953 41207 1")], []),

    ("My wife Noor had a panic attack in the car park at Costco today and thought she was dying. She's 39. It passed after 20 min. A security guard took our plate (8MNV442) because I'd left the car across two bays while I calmed her down. Should she see someone about the attacks?",
     [("name", "Noor"), ("licence_plate", "8MNV442")], []),

    ("My son Ethan, 9, has nightmares since the house fire. We're living at 17 Ashgrove Terrace, Hamilton 3204 for now. His school is Te Awa School. Who does child trauma counselling near us?",
     [("name", "Ethan"), ("address", "17 Ashgrove Terrace, Hamilton 3204")], ["Te Awa School"]),

    ("I run a small mental health podcast at www.thequietroompod.example.com and would love to have a psychiatrist on. Also separately, I've been on escitalopram 10mg for a year, can I drink on it?",
     [("url", "www.thequietroompod.example.com")], []),

    ("Patient: Leonie Baptiste. DOB: 22/01/1997. Insurance policy #: AX-559-0021-77. Reason: would like a psychiatric assessment for ADHD, I suspect I've had it all my life.",
     [("name", "Leonie Baptiste"), ("date_of_birth", "22/01/1997"), ("id_number", "AX-559-0021-77")], []),

    ("hey its deano, 23. my mate shaz keeps saying I'm 'manic' when I'm just happy. I'm not on any meds. should I get checked? my snap is sk8rboi_dee if u need pics of me being normal lol",
     [("name", "deano"), ("name", "shaz"), ("handle", "sk8rboi_dee")], []),

    ("I'm a 70 year old man, name of Reginald Bourke, and I've been told I have early Parkinson's. Dr. Ainsley at the neuro clinic wants me on Sinemet. My home phone is (03) 9555 0123. Does it cause hallucinations?",
     [("name", "Reginald Bourke"), ("name", "Ainsley"), ("phone", "(03) 9555 0123")], []),

    ("My brother was driving erratically and went into a lamppost on Sunday, reg SW16 GHT. He's fine physically but told the police he was 'testing if God wanted him alive'. He's 27 and home with us now. Who do we contact on Monday?",
     [("licence_plate", "SW16 GHT")], []),

    ("can someone tell me if my friend's post is a cry for help. her IG is @petalsandpills.x and last month she posted a picture of a pill pack with 'soon' written on it. she says it was a song lyric. her name is amber, she's 18",
     [("handle", "@petalsandpills.x"), ("name", "amber")], []),

    ("I emailed the ward consultant at dr.k.brennan@example.nhs.uk but no answer. My son Jamie is an inpatient there and I'm worried about his weight gain on olanzapine. Jamie's date of birth is 15/07/2003.",
     [("email", "dr.k.brennan@example.nhs.uk"), ("name", "Jamie"), ("date_of_birth", "15/07/2003")], []),

    ("Mrs. Patricia Ndlovu, 45 Jacaranda Avenue, Pretoria 0181. I am 66. Arthritis in both knees, the Voltaren gel is not working any more. What is next?",
     [("name", "Patricia Ndlovu"), ("address", "45 Jacaranda Avenue, Pretoria 0181")], []),

    ("Hi doc, I'm Bilal, 35. I drive a forklift at Kestrel Logistics and my boss says I have to be cleared before I come back after being off with depression. What does a fitness for work assessment involve? Employee ID K-22019.",
     [("name", "Bilal"), ("id_number", "K-22019")], ["Kestrel Logistics"]),

    ("I'm a carer for my partner Stevie who has schizophrenia. Our care coordinator Lou left and nobody has told us who the new one is. Stevie's NHS no. is 999 227 4410. Who do I chase?",
     [("name", "Stevie"), ("name", "Lou"), ("id_number", "999 227 4410")], []),

    ("I keep a public mood tracker at https://moodlog.example.org/u/ravenfeather88 and my psychiatrist wants me to stop sharing it publicly. I'm 32 with bipolar I. Is she right?",
     [("url", "https://moodlog.example.org/u/ravenfeather88")], []),

    ("Our baby Florence was born 28 February 2024 and I've had intrusive thoughts of dropping her down the stairs ever since. I'm terrified of them. I'd never do it. Is this postnatal OCD? — Harriet",
     [("name", "Florence"), ("date_of_birth", "28 February 2024"), ("name", "Harriet")], []),

    ("My husband Lachlan is a firefighter and since the bushfires he doesn't sleep, snaps at the kids and drinks every night. He won't go to the doctor. His brigade is Kinglake CFA, maybe they have a program? Mobile 0491 570 993.",
     [("name", "Lachlan"), ("phone", "0491 570 993")], ["Kinglake CFA"]),

    ("I'm June, 52, and I've had depression on and off since my twenties. My first big episode was in June 1994 and I'm scared because it's creeping back the same way. Do people ever get fully better?",
     [("name", "June", 1)], []),

    ("My daughter's ex posted her address (Unit 4, 29 Wattle Street, Fremantle WA 6160) online after they broke up and she's had panic attacks since. She's 20. Can a doctor help with a statement for the police?",
     [("address", "Unit 4, 29 Wattle Street, Fremantle WA 6160")], []),

    ("i go by Kit online and irl. 17, non binary, my school counsellor at Parkside Academy wants me to see a gender specialist but my parents say its a phase. my email is kit.anon.2007@example.com",
     [("name", "Kit"), ("email", "kit.anon.2007@example.com")], ["Parkside Academy"]),

    ("Hi, my name is Deborah and I'm 49. The registration on my car is WP64 RNA and my insurer is asking whether my antidepressant affects driving. Does venlafaxine affect driving?",
     [("name", "Deborah"), ("licence_plate", "WP64 RNA")], []),

    ("Please help, it's about my mother, Olga Petrenko (date of birth 9 October 1946). She's been prescribed zopiclone and lorazepam together and keeps falling. Her GP is Dr. Whitfield.",
     [("name", "Olga Petrenko"), ("date_of_birth", "9 October 1946"), ("name", "Whitfield")], []),

    ("Thanks Dr. Mwangi for last week. Follow-up q: the CPAP mask gives me a red rash across my nose. It's the ResMed one. — Paul",
     [("name", "Mwangi"), ("name", "Paul")], []),

    ("If the clinic needs to reach me, my work number is 020 7946 0321 (ext 14). I'm having side effects on sertraline, yawning constantly, and my manager at Dunmore Insurance asked if I'm bored lol.",
     [("phone", "020 7946 0321")], ["Dunmore Insurance"]),

    ("Our foster son D'Andre is 11 and has been diagnosed with reactive attachment disorder. The social worker, Mr. Okonkwo, says we need a psychiatrist not just a therapist. Case number FC-2023-11784.",
     [("name", "D'Andre"), ("name", "Okonkwo"), ("id_number", "FC-2023-11784")], []),

    ("im a uni student at Whitmore College, my student number is s3348821, and I want a letter for special consideration because of my anxiety during exams. does the doctor need to have seen me first?",
     [("id_number", "s3348821")], ["Whitmore College"]),

    ("Hey I'm Zara. I'm 25 and I follow a lot of 'what I eat in a day' accounts and I think it's making me disordered again. My old dietitian's site was www.nourishbynell-rd.example.com but she's retired. Any recommendations?",
     [("name", "Zara"), ("url", "www.nourishbynell-rd.example.com")], []),

    ("My husband Tony had a stroke in January. He's 68 and now very low, cries a lot, won't do his physio. Is post-stroke depression treatable? Address for the home visit: 231 Maple Ridge Rd, Sudbury, ON P3A 0Z9.",
     [("name", "Tony"), ("address", "231 Maple Ridge Rd, Sudbury, ON P3A 0Z9")], []),

    ("I keep getting texts from 555-0199 pretending to be my psychiatrist's office and asking for card details. Is that a scam? Also can I double my bupropion tomorrow if I missed today's?",
     [("phone", "555-0199")], []),

    ("Mary here, 80, widowed, lonely. I've seen on the telly about Silver Line. My son Gerald says I should talk to a doctor about depression first. He's worried about me.",
     [("name", "Mary"), ("name", "Gerald")], []),

    ("I'm a psych nurse myself (registration NUR0001122334) and I know I shouldn't self diagnose but I think I've got burnout plus depression. 46F.",
     [("id_number", "NUR0001122334")], []),

    ("My 8 year old keeps saying 'I want to die' when she's angry. Her name is Poppy Nakamura-Jones, born 5/12/2015. Is this normal or does she need CAMHS?",
     [("name", "Poppy Nakamura-Jones"), ("date_of_birth", "5/12/2015")], []),

    ("Can you look at my channel? youtube.com/@tremorjourney_ — I filmed my hand tremor, it started when my lithium level came back at 1.1. I'm 57.",
     [("url", "youtube.com/@tremorjourney_")], []),

    ("Hi, my partner Sam and I are both on the waiting list for IVF and the stress is wrecking us. I'm 36, Sam's 38. The clinic reference is IVF/88213 if it helps. Is counselling included usually?",
     [("name", "Sam"), ("id_number", "IVF/88213")], []),

    ("I've had a reaction to my new tattoo, swollen and weeping on day 4. Tattoo artist is @inkbyrafe on insta and he says it's normal. 23F.",
     [("handle", "@inkbyrafe")], []),

    ("this is for my granddad Alf, he's 91 and keeps saying he's ready to go and he's 'had a good innings'. Not suicidal I don't think, just tired. Should I worry? — Becky",
     [("name", "Alf"), ("name", "Becky")], []),

    ("My pharmacist Marta says I can't take Sudafed with my Vyvanse. Is that true? I'm 31, just have a stinking cold. — Dan",
     [("name", "Marta"), ("name", "Dan")], []),

    ("I'm recovering from anorexia and my team at the Linden Centre wants me to reach a BMI of 20. I'm at 18.2. My key worker Suzanne says it's non negotiable. I'm 27, my name's Phoebe Albright.",
     [("name", "Suzanne"), ("name", "Phoebe Albright")], ["Linden Centre"]),

    ("Dear doctor, I write from Auckland. My wife Mereana (DOB 14 Aug 1962) has been having very dark moods and says she sees her late mother at night. Her NHI number is ZZZ0016.",
     [("name", "Mereana"), ("date_of_birth", "14 Aug 1962"), ("id_number", "ZZZ0016")], []),

    ("My husband's car is registered MX17 BFD and he's been sleeping in it on the driveway for three nights since his mania crashed into depression. He won't come in. He's 42. How do I get him seen?",
     [("licence_plate", "MX17 BFD")], []),

    ("Hey can you send the leaflet on panic disorder to taylor.bristow@example.co.uk? Thanks. Taylor, 19",
     [("email", "taylor.bristow@example.co.uk"), ("name", "Taylor")], []),

    ("I'm Precious, 34, care assistant. Since my twins were stillborn in 2022 I can't stop crying at work at Riverside Manor. My manager Mrs. Adebayo wants me to see occupational health. My phone is +1 (404) 555-0162.",
     [("name", "Precious"), ("name", "Adebayo"), ("phone", "+1 (404) 555-0162")], ["Riverside Manor"]),

    ("DOB 23.04.1988, Sinéad Ní Bhriain. I've been on Lexapro for 10 yrs and want to come off to try for a baby. Ok to just stop?",
     [("date_of_birth", "23.04.1988"), ("name", "Sinéad Ní Bhriain")], []),
]
