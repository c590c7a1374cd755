# Privacy items with identifiers - plain English and other Canadian writers of many origins. Written by hand.

ITEMS = [
    ("Hi, Priya Sharma here (DOB 1990-12-05). My Manulife ID is 77821934. Can I get my IUD taken out at a walk-in in Mississauga or do I need a gyno?",
     [("name", "Priya Sharma"), ("date_of_birth", "1990-12-05"), ("id_number", "77821934")], []),

    ("My son Mateo got bit by a dog at the park yesterday. The owner drove off, plate CBNM 207 (Ontario). Bite is small, didn't break much skin. Does he need rabies shots?",
     [("name", "Mateo"), ("licence_plate", "CBNM 207")], []),

    ("I'm Fatima, 28. I moved into 1450 Sherbrooke St W apt 610 last month and there's black mould in the bathroom, my asthma is way worse. Can a doctor write a letter for the landlord? fatima.benali.93@gmail.com",
     [("name", "Fatima"), ("address", "1450 Sherbrooke St W apt 610"), ("email", "fatima.benali.93@gmail.com")], []),

    ("Contact: Chen Wei, 604-555-0123, weichen88@shaw.ca. Ringing in both ears since a concert on Friday. Will it go away?",
     [("name", "Chen Wei"), ("phone", "604-555-0123"), ("email", "weichen88@shaw.ca")], []),

    ("my insta is @lift.with.liam, I post my lifts. Got a bulge near my belly button that pops out when I deadlift. 26 yo. Hernia?",
     [("handle", "@lift.with.liam")], []),

    ("My mum Margaret is visiting from Leeds and ran out of her ramipril. Her NHS number is 485 777 3456 if it helps. Can a Canadian pharmacy give her a few days' worth?",
     [("name", "Margaret"), ("id_number", "485 777 3456")], []),

    ("Kwame Mensah, born 11 November 1978. BP keeps coming in around 150/95 and my GP Dr. O'Neill in Hamilton wants to add a second pill. Is lifestyle enough first?",
     [("name", "Kwame Mensah"), ("date_of_birth", "11 November 1978"), ("name", "O'Neill")], []),

    ("Can you email my results to thomas.k.reid@protonmail.com instead of mailing them to 22 Birch Cres, Moncton? I'm moving next week.",
     [("email", "thomas.k.reid@protonmail.com"), ("address", "22 Birch Cres, Moncton")], []),

    ("Hey, I'm Alejandro. SIN 538 221 904. I work at the Purolator depot and hurt my back lifting boxes, WSIB wants a form from a doctor. Who fills it, walk-in ok?",
     [("name", "Alejandro"), ("id_number", "538 221 904")], ["Purolator"]),

    ("Dr. Goldberg said to come back if the polyp bled again. It hasn't, just checking if I still need the scope in spring. Patient: Miriam Katz, chart #A-00339182",
     [("name", "Goldberg"), ("name", "Miriam Katz"), ("id_number", "A-00339182")], []),

    ("My daughter's school (St. Mary's Catholic Elementary in Kitchener) sent her home with lice AGAIN. Her name is Emma, she's 7. I'm at 519-555-0144. What actually works?",
     [("name", "Emma"), ("phone", "519-555-0144")], ["St. Mary's Catholic Elementary"]),

    ("Hi it's Nikolai, 33. Here's my Strava: strava.com/athletes/4412987 -- you can see my heart rate hitting 210 on easy runs. Is that the watch or me?",
     [("name", "Nikolai"), ("url", "strava.com/athletes/4412987")], []),

    ("I'm Grace Oyelaran, nursing student at Dalhousie, student ID B00834521. Needle stick on placement yesterday, they started me on PEP. Side effects are rough, nausea all day. Normal?",
     [("name", "Grace Oyelaran"), ("id_number", "B00834521")], ["Dalhousie"]),

    ("Licence plate BXPT 914, silver Corolla. That car has been following my daughter home from work. She's 19 and now has panic attacks, can't sleep. Who does she talk to?",
     [("licence_plate", "BXPT 914")], []),

    ("My grandson Tyler (born March 3, 2016) has Osgood-Schlatter, the physio at the rink says. He plays in 3 hockey leagues. Should he take a season off?",
     [("name", "Tyler"), ("date_of_birth", "March 3, 2016")], []),

    ("Please call my wife Amal at 613-555-0109, she handles my appointments because of my hearing. I'm Hassan, 67. My PSA went from 4.1 to 6.8 in a year.",
     [("name", "Amal"), ("phone", "613-555-0109"), ("name", "Hassan")], []),

    ("Ngozi here, 40, lupus. My rheumatologist is Dr. Fitzgerald at Toronto Western, MRN 3390118. Can I get the shingles vaccine while on Benlysta?",
     [("name", "Ngozi"), ("name", "Fitzgerald"), ("id_number", "3390118")], []),

    ("youtube.com/@MikeTalksKidneys is my channel about dialysis life. I do PD at home in Thunder Bay and my exit site has been red for 2 days, no fever. Clean it more?",
     [("url", "youtube.com/@MikeTalksKidneys")], []),

    ("my discord is shadowfox#2291 if someone can talk there, I'm 16 and I've felt super down for months but I don't want my mom to find out",
     [("handle", "shadowfox#2291")], []),

    ("Hi, Brent Kowalski, 48 Roblin Ave, Dauphin MB. Is a total cholesterol of 6.2 high? Born 1966, never had it checked before.",
     [("name", "Brent Kowalski"), ("address", "48 Roblin Ave, Dauphin MB")], []),

    ("My partner Alex (they/them) is on testosterone and wants to know if they still need Pap tests. Their email is alex.r.morin@gmail.com",
     [("name", "Alex"), ("email", "alex.r.morin@gmail.com")], []),

    ("I am Tran Thi Hoa, my son Minh is 3, fever 39.2 since this afternoon, he is still playing. Vietnamese is better for me if possible. Phone 604 555 0137",
     [("name", "Tran Thi Hoa"), ("name", "Minh"), ("phone", "604 555 0137")], []),

    ("WSIB claim 2049 7781 for my shoulder. The adjuster says I need a specialist report before they pay physio. How long is the wait for ortho in Sudbury? - Dale",
     [("id_number", "2049 7781"), ("name", "Dale")], []),

    ("Dear doctor, I am Mohammed Al-Rashid, date of birth 01.01.1970, UCI 1104-5589 for IFHP coverage. I have a toothache for 3 weeks, face is a little swollen. Where can I go?",
     [("name", "Mohammed Al-Rashid"), ("date_of_birth", "01.01.1970"), ("id_number", "1104-5589")], []),

    ("my email is thebigcheese@live.ca (don't judge). Red painful bump on my eyelid for 3 days, warm compresses not doing much.",
     [("email", "thebigcheese@live.ca")], []),

    ("Our son Oliver, 14 months, has a flat spot on the back of his head. We live at 77 Harbour View Rd, Lunenburg, and the nearest pediatrician is in Halifax. Helmet?",
     [("name", "Oliver"), ("address", "77 Harbour View Rd, Lunenburg")], []),

    ("Hello my name is Harpreet Kaur Sandhu, I work at the Superstore in Surrey, standing all day, my heels hurt in the morning like stepping on glass. Cell 778-555-0111",
     [("name", "Harpreet Kaur Sandhu"), ("phone", "778-555-0111")], ["Superstore in Surrey"]),

    ("Policy #BC-4471-9920 with Pacific Blue Cross. They say my Dexcom needs prior authorization from an endocrinologist but I don't have one. Siobhan Kelly",
     [("id_number", "BC-4471-9920"), ("name", "Siobhan Kelly")], []),

    ("i'm ashley, 19, at UBC, student number 81234567. I've had 3 UTIs this term. The campus clinic is full. Can I get a standing prescription?",
     [("name", "ashley"), ("id_number", "81234567")], ["UBC"]),

    ("My father Giuseppe Romano, 84, born 17/03/1940, lives at 3321 Dufferin St, Toronto. He refuses to stop driving even though his eyes are bad. Can his doctor report him?",
     [("name", "Giuseppe Romano"), ("date_of_birth", "17/03/1940"), ("address", "3321 Dufferin St, Toronto")], []),

    ("Contact me at (902) 555-0186 or kat.macdonald@eastlink.ca. My 5 yo keeps getting nosebleeds at night, like twice a week. Kat",
     [("phone", "(902) 555-0186"), ("email", "kat.macdonald@eastlink.ca"), ("name", "Kat")], []),

    ("hi, I'm Ana Luísa Ferreira, my Brazilian phone is +55 11 98765-4321 because I'm still on the old plan. I'm in Toronto for 6 months on a work permit. Do I have coverage for a pregnancy test and first visit?",
     [("name", "Ana Luísa Ferreira"), ("phone", "+55 11 98765-4321")], []),

    ("Employee # 003318 at Canada Post. I got bitten by a dog on my route in Brampton, small puncture on the calf. They said see a doctor within 24 h. - Dwayne",
     [("id_number", "003318"), ("name", "Dwayne")], ["Canada Post"]),

    ("Please reply to yusuf.abdi.ott@gmail.com. My mom Hodan, 58, had her gallbladder out 3 weeks ago and still has diarrhea after every meal.",
     [("email", "yusuf.abdi.ott@gmail.com"), ("name", "Hodan")], []),

    ("I am writing about my neighbour's kid, his name is Ethan, he is 10 and I saw him with a vape at the bus stop. I don't know his parents well, they live at 18 Cedar Lane, Truro. Do I say something?",
     [("name", "Ethan"), ("address", "18 Cedar Lane, Truro")], []),

    ("Carlos Mendoza, DOB 23-06-1988, OHIP 7731-448-205-JK. I broke my wrist playing soccer in Mexico and they put a cast. Who takes it off here?",
     [("name", "Carlos Mendoza"), ("date_of_birth", "23-06-1988"), ("id_number", "7731-448-205-JK")], []),

    ("my mom's ig is @bakingwithbarb and she posted that her doctor told her she has macular degeneration, she's 76. is there anything that slows it?",
     [("handle", "@bakingwithbarb")], []),

    ("Hey, Jordan here (he/him), 24, trans man. My endo at Sherbourne Health is Dr. Patel. I want to switch from injections to gel. My number is 416-555-0193",
     [("name", "Jordan"), ("name", "Patel"), ("phone", "416-555-0193")], ["Sherbourne Health"]),

    ("I'm Mei-Ling, I teach grade 2 at Lord Roberts Elementary in Vancouver. Three kids in my class got pink eye. Should I worry for myself? I'm 6 weeks pregnant.",
     [("name", "Mei-Ling")], ["Lord Roberts Elementary"]),

    ("Hi this is Bill Henderson, 71, Kamloops. My license plate is JTW 482 if the handicap parking form needs it. Bad hip, waiting for a replacement.",
     [("name", "Bill Henderson"), ("licence_plate", "JTW 482")], []),

    ("my personal site with my whole medical timeline is www.ellisonhealthjourney.ca -- I have EDS and POTS and no one believes me. Can you recommend a specialist in Calgary?",
     [("url", "www.ellisonhealthjourney.ca")], []),

    ("Name: Olumide Adebayo. DOB: 4 April 1995. Address: Unit 1205, 88 Queens Quay W, Toronto. Question: my eczema flares every winter, Elidel or steroids?",
     [("name", "Olumide Adebayo"), ("date_of_birth", "4 April 1995"), ("address", "Unit 1205, 88 Queens Quay W, Toronto")], []),

    ("Rachel here, my husband Tom snores so loud the neighbours complain. He's 50, overweight. Sleep clinic referral? Our home phone is 250-555-0172",
     [("name", "Rachel"), ("name", "Tom"), ("phone", "250-555-0172")], []),
]
