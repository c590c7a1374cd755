# Hand-written privacy items with identifiers (part B: carers, care staff, home nurses).

ITEMS = [
    ("my mum Rosa Martínez is 88 with Alzheimer's and her care home sent her to A&E twice this month after falls. they said she needs hip protectors. Can someone explain? the family page is facebook.com/rosa.martinez.family, the carers post updates there",
     [("name", "Rosa Martínez"), ("url", "facebook.com/rosa.martinez.family")], []),

    ("Hi, I'm a personal assistant for a disabled woman, Bethany, 29, quadriplegic. Her skin over both hips gets red after long days in her chair. What cushion would you suggest? Her mum's number is 07890 123654 if you need consent.",
     [("name", "Bethany"), ("phone", "07890 123654")], []),

    ("Our son Oisín (8, Angelman syndrome) has had 3 nights of poor sleep and his seizures are creeping up. Neuro nurse Aisling said to log them. Hospital number H00382915. We're in Galway.",
     [("name", "Oisín"), ("name", "Aisling"), ("id_number", "H00382915")], []),

    ("Dad got new hearing aids from Specsavers and now he won't wear them, 84, dementia. Is there anything simpler? His patient number there is SPX-778410. He lives at 22 Acacia Avenue, Reading RG1 5JY with me.",
     [("id_number", "SPX-778410"), ("address", "22 Acacia Avenue, Reading RG1 5JY")], []),

    ("Help please, I'm Thuy, my mum Nguyen Thi Hoa is 75, stroke last year, on tube feeds now. The feed pump alarm keeps saying occlusion. I've flushed it. Company helpline not answering. Her NHS number 401 023 2137.",
     [("name", "Thuy"), ("name", "Nguyen Thi Hoa"), ("id_number", "401 023 2137")], []),

    ("As a learning disability nurse I'm supporting Marcus (24) with his annual health check. He's 135kg and his BP was 158/96. He loves fizzy drinks. Any tips for a diet plan that he'll actually follow? Marcus's tiktok is @marcus_cooks_ish lol he loves showing his meals",
     [("name", "Marcus"), ("handle", "@marcus_cooks_ish")], []),

    ("My grandpa (Abdullahi Warsame, born 1 May 1940) is in a wheelchair and has a sore on his right buttock. We have a home nurse who visits, Nasra. His Medicaid # 7720193845.",
     [("name", "Abdullahi Warsame"), ("date_of_birth", "1 May 1940"), ("name", "Nasra"), ("id_number", "7720193845")], []),

    ("Parent here. My daughter Evie (13) has Rett syndrome. She's been grinding her teeth so hard one is chipped. Dentist says it's common but can anything be done? email: hollyandevie@hotmail.co.uk",
     [("name", "Evie"), ("email", "hollyandevie@hotmail.co.uk")], []),

    ("Carer for my wife June who has Parkinson's, she's 72. Her Sinemet wears off before the next dose and she freezes in doorways. Her neuro is Dr. Abimbola Oduya at the Walton Centre. We live at 8 Crosby Road North, Liverpool L22 0NY.",
     [("name", "June"), ("name", "Abimbola Oduya"), ("address", "8 Crosby Road North, Liverpool L22 0NY")], []),

    ("I work night shifts as a carer at Greenacres and a resident, Albert (dementia, 91), keeps shouting for help through the night. We've checked for pain. The GP prescribed lorazepam. Just wondering if there's anything non-drug. His surname is Pennington.",
     [("name", "Albert"), ("name", "Pennington")], ["Greenacres"]),

    ("My mother Svetlana Ivanova, date of birth 17.11.1947, keeps getting urine infections, 5 in 6 months. She's not very mobile after her stroke. Can she have a cranberry supplement with her warfarin?",
     [("name", "Svetlana Ivanova"), ("date_of_birth", "17.11.1947")], []),

    ("Son is 19, autistic, lives in supported living. Staff rang to say he's got a few itchy spots on his chest since they changed his washing powder. His name is Kieran Doyle, supported living manager is Bernadette. Phone me 087 654 3210.",
     [("name", "Kieran Doyle"), ("name", "Bernadette"), ("phone", "087 654 3210")], []),

    ("Hi, this is about my aunt Perpetua who has severe learning disability and epilepsy. She's 60 and has started falling a lot. She wears a helmet. Her care home is Lavender Lodge, and her ID number is 339 221 4870. I'm her advocate, Kwabena.",
     [("name", "Perpetua"), ("id_number", "339 221 4870"), ("name", "Kwabena")], ["Lavender Lodge"]),

    ("Home nurse. Visiting Mr Reginald Ashworth at 71 Sandpiper Way, Bournemouth BH6 3EE. PEG fed, 80. Site has pink lumpy overgranulation. Is silver nitrate the usual? GP practice is Kinson Road Surgery.",
     [("name", "Reginald Ashworth"), ("address", "71 Sandpiper Way, Bournemouth BH6 3EE")], ["Kinson Road Surgery"]),

    ("My son Ayaan has cerebral palsy and just had botox injections in his calves. He's 5. His legs seem weaker not better. Physio is Ms. Kowalczyk. our medicaid id is 55 0192 8837.",
     [("name", "Ayaan"), ("name", "Kowalczyk"), ("id_number", "55 0192 8837")], []),

    ("I care for my husband, Clive, who has vascular dementia. He's 79. He's started accusing me of stealing from him and it breaks my heart. He's on no medication for it. I'm Maureen, 01904 622 781.",
     [("name", "Clive"), ("name", "Maureen"), ("phone", "01904 622 781")], []),

    ("Our daughter Willow uses a wheelchair and has a VP shunt. She's 10. Her shunt team is at Birmingham Children's. Her school says she's more tired in the afternoons lately, no headaches or sickness. Her hospital no. is 1192047.",
     [("name", "Willow"), ("id_number", "1192047")], []),

    ("Writing for my grandmother. She is Mrs Olga Petrenko, 90. Her legs are swollen and her GP doubled her furosemide. Now she's wetting herself because she can't get to the loo in time. She lives with my mum at 43 Oak Street, Winnipeg MB R3M 3P7.",
     [("name", "Olga Petrenko"), ("address", "43 Oak Street, Winnipeg MB R3M 3P7")], []),

    ("Hi im Jade a care worker. one of my clients, Bernard, is struggling to swallow his tablets. hes 82. can they be crushed? he takes ramipril, amlodipine, metformin. his GP is Dr. Siddiqui at Beech Tree Surgery.",
     [("name", "Jade"), ("name", "Bernard"), ("name", "Siddiqui")], ["Beech Tree Surgery"]),

    ("My son Tariq (22) has severe autism and has started biting his hand again when frustrated. behaviour team contact is tariq.pbs@lanarkshirecares.org. His CHI number is 1205019876.",
     [("name", "Tariq"), ("email", "tariq.pbs@lanarkshirecares.org"), ("id_number", "1205019876")], []),

    ("My mom is 69 and had a stroke in the spring, she's home now. She's low and won't do her exercises. The rehab team (lead: Leticia Moreno) said to keep encouraging. Mom's Medicare # is 4TY7-HJ2-NM61. Anything else we can do?",
     [("name", "Leticia Moreno"), ("id_number", "4TY7-HJ2-NM61")], []),

    ("My dad, Winston Campbell (dob 09/09/1945), has prostate issues, up 5 times a night. He's a wheelchair user after an amputation. The car's still registered to him, plate 7KDL392, but he can't drive anymore. Who does he see about the waterworks?",
     [("name", "Winston Campbell"), ("date_of_birth", "09/09/1945"), ("licence_plate", "7KDL392")], []),

    ("Hello, I am Aiyana, a home health aide. My client (female, 85, Alzheimer's) won't shower and has a smell. Her son Dakota wants her moved to a facility. What is a reasonable approach?",
     [("name", "Aiyana"), ("name", "Dakota")], []),

    ("Caring for my brother Emeka after his stroke. He's 52. He can't swallow well and has lost 8kg. They're talking about a PEG. Emeka's NHS number: 707 115 9293. Contact sister Ngozi 07700 900 812.",
     [("name", "Emeka"), ("id_number", "707 115 9293"), ("name", "Ngozi"), ("phone", "07700 900 812")], []),

    ("Wife (Siobhan Kearney) has early onset Alzheimer's at 58. She used to post everything on insta @siobhan.k.paints and now she's stopped painting. Is losing interest part of it or is she depressed?",
     [("name", "Siobhan Kearney"), ("handle", "@siobhan.k.paints")], []),

    ("Mum's 92 and her skin tears so easily. Small bump on the bed rail took off a flap of skin on her shin. District nurse Tendai dressed it. She's at 5 Church View, Little Haddon, NN6 8HG. How long does a skin tear heal at her age?",
     [("name", "Tendai"), ("address", "5 Church View, Little Haddon, NN6 8HG")], []),

    ("My son Elias has a trach and a g-tube, he's 3. His trach secretions went green yesterday, no fever, sats fine. Nurse agency sent a new nurse, Krystal, who's unsure about suctioning depth. His insurance member ID: MHP0038871.",
     [("name", "Elias"), ("name", "Krystal"), ("id_number", "MHP0038871")], []),

    ("Our patient Mr Haruto Sato, 81, had a stroke in June and gets physio at home. His wife Keiko asks about getting a hospital bed at home. We're his nursing team. Phone for family: 03-1234-5678.",
     [("name", "Haruto Sato"), ("name", "Keiko"), ("phone", "03-1234-5678")], []),

    ("Dad in care home and he's lost loads of weight, 71kg to 58kg in a year, they say it's the dementia. Home is Fairhaven on Bolton Road. Dad is Leonard Greaves, dob 22/02/1938. Is it worth asking for bloods?",
     [("name", "Leonard Greaves"), ("date_of_birth", "22/02/1938")], ["Fairhaven"]),

    ("My brother-in-law Dov has ALS and uses a BiPAP at night. He's 61. Lately he wakes with headaches. His neurologist is Dr. Rivka Adler at Hadassah. You can reach me at dov.family.updates@gmail.com.",
     [("name", "Dov"), ("name", "Rivka Adler"), ("email", "dov.family.updates@gmail.com")], []),

    ("My foster son (Jayden, 6, foetal alcohol syndrome) bangs his head when upset. Social worker is Mrs Thompson-Reid. School nurse says get a paediatric referral. Student ID at Maple Primary: 20419.",
     [("name", "Jayden"), ("name", "Thompson-Reid"), ("id_number", "20419")], ["Maple Primary"]),

    ("Hi, I'm Gloria. My husband Ted had a stroke and he's in a wheelchair now. He's 77. He's got terrible shoulder pain on the weak side. Can we get physio at home? our profile on the carers forum is https://carersuk.org/forum/members/gloria-ted-77",
     [("name", "Gloria"), ("name", "Ted"), ("url", "https://carersuk.org/forum/members/gloria-ted-77")], []),

    ("Hello, nursing home RN here. Resident Imelda Cruz, 84, Medicaid ID 8200193847, has a Foley and is leaking around it. Upsized catheter didn't help. Urology appt not till next month.",
     [("name", "Imelda Cruz"), ("id_number", "8200193847")], []),

    ("my mum has MND and she's on a feeding tube now. she's 64. Her name is Bernadine O'Hare and her hospice nurse is Cathal. She's getting lots of saliva she can't manage, any meds for that?",
     [("name", "Bernadine O'Hare"), ("name", "Cathal")], []),

    ("I'm caring for my dad who is 86 and has heart failure. He's meant to weigh himself daily. Today he's up 2kg from last week but feels ok. Dad is Cyril Baptiste and his heart nurse is Sunita. My number 07311 489 220.",
     [("name", "Cyril Baptiste"), ("name", "Sunita"), ("phone", "07311 489 220")], []),

    ("My disabled son Kai (wheelchair, 15) wants to go to the gym. Can he do weights with his scoliosis rods? His surgeon was Mr. Okonkwo-Bell. His hospital ID 5563920.",
     [("name", "Kai"), ("name", "Okonkwo-Bell"), ("id_number", "5563920")], []),

    ("Hi, writing about my grandmother Efua (89). She has dementia and has stopped recognising me. Her GP is Dr. Mensah. She lives with us at 18 Adwoa Close, East Legon, Accra.",
     [("name", "Efua"), ("name", "Mensah"), ("address", "18 Adwoa Close, East Legon, Accra")], []),

    ("Care home staff. Resident Harold Jenkins has had hiccups for 2 days non-stop. He's 90, had a stroke years ago. GP not returned call. Our number 01234 567 890, ask for Dominika.",
     [("name", "Harold Jenkins"), ("phone", "01234 567 890"), ("name", "Dominika")], []),

    ("Autism mom here. My son Xavier is 7 and only eats 5 foods. Pediatrician Dr. Amrita Shah said to see a feeding therapist. Insurance Cigna ID U48271934.",
     [("name", "Xavier"), ("name", "Amrita Shah"), ("id_number", "U48271934")], []),

    ("My sister Lucia is 38 with Down syndrome and lives in a group home. Staff said her thyroid blood test was off, TSH 9.8. The house manager is Renée. The referral form asks for her SSN, it's 078-05-1120, is that normal to give?",
     [("name", "Lucia"), ("name", "Renée"), ("id_number", "078-05-1120")], []),

    ("Dad's stroke left him with neglect on his left side. He's 68. He bumps into door frames and ignores food on the left of his plate. OT Fergus gave us tips. Dad's name is Alasdair MacLeod, his CHI is 0101456789.",
     [("name", "Fergus"), ("name", "Alasdair MacLeod"), ("id_number", "0101456789")], []),

    ("im the carer for my mam, 80, in Sunderland. she's on 8 tablets a day and gets so muddled with them. Could a pharmacist do a blister pack? I'm Shannon, shannonreilly94@gmail.com",
     [("name", "Shannon"), ("email", "shannonreilly94@gmail.com")], []),

    ("My daughter Hadiza (17, cerebral palsy) has started her periods and they're really heavy and painful, she can't tell us much. Our GP (Dr. Lewis) suggested the pill. Does that interact with her epilepsy meds? Her NHS number is 450 557 7104.",
     [("name", "Hadiza"), ("name", "Lewis"), ("id_number", "450 557 7104")], []),

    ("Stroke survivor here writing myself, I'm Bogdan, 59, aphasia so typing slow. right hand weak. I want to drive again. my car is automatic, plate WE 7H331. When can I drive after stroke?",
     [("name", "Bogdan"), ("licence_plate", "WE 7H331")], []),

    ("Hey, I'm the day manager at Bright Horizons Day Service. Service user Rhys, 33, wheelchair, has a really smelly catheter and his temp is 37.8. His dad's email is gareth.evans.rhysdad@btinternet.com. Who should we call first?",
     [("name", "Rhys"), ("email", "gareth.evans.rhysdad@btinternet.com")], ["Bright Horizons Day Service"]),

    ("Caring for my gran, she's 97. She's on a soft diet and we keep her going on Ensure. Is she getting enough protein? Name: Winifred Cole. Her dietitian is Marta Nowak.",
     [("name", "Winifred Cole"), ("name", "Marta Nowak")], []),

    ("My partner Jesse uses a wheelchair (spinal injury, 40). He's had liquid stool leaking for days but no proper BM. The community nurse thinks it's overflow. His Medicare card number 2123 45670 1.",
     [("name", "Jesse"), ("id_number", "2123 45670 1")], []),

    ("Hello, this is about my mother, Doña Carmen Reyes, 83, who has diabetes and is bedbound. The tip of her big toe has gone dark over the last month. Her doctor is Dr. Álvaro Quintero. Our number +34 612 345 678.",
     [("name", "Carmen Reyes"), ("name", "Álvaro Quintero"), ("phone", "+34 612 345 678")], []),

    ("My son Theo has a learning disability and hates the dentist. He's 14. He's got a swollen gum near a back tooth. Is there a special needs dentist? We're at 12 Ferndale Road, Bristol BS7 8EY.",
     [("name", "Theo"), ("address", "12 Ferndale Road, Bristol BS7 8EY")], []),

    ("Hi this is Precious again (home nurse). Patient Mr Abebe Tadesse, 73, PEG fed, stoma is leaking and the skin around is raw. Patient ID 66-201-993. My work mobile 082 555 0193.",
     [("name", "Precious"), ("name", "Abebe Tadesse"), ("id_number", "66-201-993"), ("phone", "082 555 0193")], []),
]
