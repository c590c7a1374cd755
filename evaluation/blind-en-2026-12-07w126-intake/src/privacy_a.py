# Hand-written privacy items, part A: teenagers and parents of teens, with identifiers.
# Each item: (text, [(type, text[, occurrence])], [quasi])

ITEMS = [
    ("ngl lowkey scared. ive had this rash on my inner thigh for like 2 weeks and its itchy af. im 16, my name is Jaylen. pls dont tell my mom lol",
     [("name", "Jaylen")], []),

    ("hi my daughter Brooklyn (15) got her first period 8 months ago and its been every 2 weeks since, really heavy. she plays volleyball at Ridgeview High and is getting dizzy at practice. you can text me at 555-214-8890",
     [("name", "Brooklyn"), ("phone", "555-214-8890")], ["Ridgeview High"]),

    ("my snap is kxnzie.b if a doctor can msg me privately?? its about a std thing i think. 17f",
     [("handle", "kxnzie.b")], []),

    ("Hello, I'm writing for my son Mateo Alvarez, DOB 04/22/2009. He got hit in the nose playing soccer Saturday and it's still crooked and he can't breathe through the left side. Our insurance member ID is BCX772014458.",
     [("name", "Mateo Alvarez"), ("date_of_birth", "04/22/2009"), ("id_number", "BCX772014458")], []),

    ("is it normal to throw up after vaping?? i hit my friend Dev's elf bar like 15 times at lunch and felt sick all afternoon. 14m btw",
     [("name", "Dev")], []),

    ("this is Priyanka, 17. ive had acne on my jaw since i was 13 and nothing works. my derm at Clearview Skin Clinic put me on spironolactone but my mom wants a 2nd opinion. email me priyanka.s.2007@outlook.com",
     [("name", "Priyanka"), ("email", "priyanka.s.2007@outlook.com")], ["Clearview Skin Clinic"]),

    ("My 13yo Aiden fainted at cross country practice yesterday, the coach called me. He's fine now but I want him checked. His student ID is 20318847 if you need it for the school nurse report.",
     [("name", "Aiden"), ("id_number", "20318847")], []),

    ("deadass my knee been clicking since the game friday. i play JV basketball at Eastlake. add me on discord its hoopzzz_ty if u need pics",
     [("handle", "hoopzzz_ty")], ["Eastlake"]),

    ("hey so my bf Marcus and i had sex without a condom and its been 3 days, can i still take plan b?? im 17. pls reply to 07700 900461 not my home number",
     [("name", "Marcus"), ("phone", "07700 900461")], []),

    ("Parent here. My daughter Zoe Nguyen (born March 3, 2010) has been skipping meals and running every night. She's lost about 15 lbs since September. I'm scared it's an eating disorder. Our home address is 88 Larkspur Court, Fremont CA 94536 if you need to mail forms.",
     [("name", "Zoe Nguyen"), ("date_of_birth", "March 3, 2010"), ("address", "88 Larkspur Court, Fremont CA 94536")], []),

    ("my tiktok is tiktok.com/@sadgirl.era_ and i posted about feeling kinda numb lately, my friend Ava said i should ask a real doctor. i dont want meds tho",
     [("url", "tiktok.com/@sadgirl.era_"), ("name", "Ava")], []),

    ("Hi im Kwame, 18, first year at uni. found a lump on my left testicle, not painful, noticed it in the shower. my uni email is k.asante@student.leeds.ac.uk. is it cancer??",
     [("name", "Kwame"), ("email", "k.asante@student.leeds.ac.uk")], []),

    ("my mom Tamika says its just growing pains but my shins hurt so bad after track, like sharp on the inside edge. im 15. she said put her number 404-555-0178",
     [("name", "Tamika"), ("phone", "404-555-0178")], []),

    ("Sorry for the long message. My son Elijah is 16 and broke his wrist skateboarding in June. Cast came off 3 weeks ago but he still can't bend it back much. Dr. Hofstadter at the ortho clinic said physio but the waitlist is 4 months. Can he do exercises at home?",
     [("name", "Elijah"), ("name", "Hofstadter")], []),

    ("A kid on a scooter got clipped by a silver Civic, plate 7GTK418, outside our school this morning. He says he's fine but his hip is bruised and he's limping. I'm his teacher, Ms. Ferreira - should I tell his parents to take him in?",
     [("licence_plate", "7GTK418"), ("name", "Ferreira")], []),

    ("My son (17) was rear-ended at a light, the other car's reg was KN67 WXP. No airbags went off. Now 2 days later his neck is stiff and he gets headaches in the afternoon. Is that normal whiplash?",
     [("licence_plate", "KN67 WXP")], []),

    ("lol so my sister backed my moms car (plate ZRT-4471) into a pole and i bonked my head on the window. small bump, no throwing up, i feel fine. do i need to go in or nah",
     [("licence_plate", "ZRT-4471")], []),

    ("i made a youtube vid about my scoliosis brace youtube.com/@bracefacebella and ppl in the comments are saying my curve looks worse?? can a doctor look. im 14",
     [("url", "youtube.com/@bracefacebella")], []),

    ("pls look at my insta story instagram.com/jess.miller.07 its a pic of my mole on my back. it bled yesterday when i scratched it",
     [("url", "instagram.com/jess.miller.07")], []),

    ("i keep a blog about my POTS: potswithpaige.wordpress.com. im 19. my heart rate goes from 70 to 145 when i stand up. is midodrine ok for someone my age?",
     [("url", "potswithpaige.wordpress.com")], []),

    ("my strava is strava.com/athletes/48822910 u can see my runs, my heart rate spikes to like 210 on hills. im 16 is that bad fr",
     [("url", "strava.com/athletes/48822910")], []),

    ("hiii its Mia (@mia.rose.xo on insta). my period is 10 days late but i took 2 tests and theyre negative?? im 16 and lowkey stressed abt exams",
     [("name", "Mia"), ("handle", "@mia.rose.xo")], []),

    ("can someone dm me on discord lilpeepfan#0420 i dont wanna say it here. its about cutting. not rn tho. im ok rn",
     [("handle", "lilpeepfan#0420")], []),

    ("my gym tiktok is @gymrat.caleb and i been taking creatine 10g a day plus pre workout. im 15. my pee is kinda dark?? is my kidneys ok",
     [("handle", "@gymrat.caleb")], []),

    ("snap me its.alexisss i have a question about the implant in my arm its been poking out weird",
     [("handle", "its.alexisss")], []),

    ("Our 14 y/o son plays Xbox till 3am and is now having panic attacks before school. His gamertag is xXSlayerKidXx if that matters, we think some older kids are bullying him online.",
     [("handle", "xXSlayerKidXx")], []),

    ("posting from my throwaway u/throwaway_acne_2008 bc i dont want ppl to know. do i have to tell my parents to get accutane? im 16 in ohio",
     [("handle", "u/throwaway_acne_2008")], []),

    ("ig is @_dani.vb_ - i rolled my ankle at club volleyball and it went purple and huge. i can walk on it but it kills. 17f",
     [("handle", "@_dani.vb_")], []),

    ("Hi, my name is Siobhan, my son Cillian is 13 and has Osgood-Schlatter in both knees. He plays hurling and GAA football 5 days a week. Should he stop completely? My mobile is 087 234 5619.",
     [("name", "Siobhan"), ("name", "Cillian"), ("phone", "087 234 5619")], []),

    ("my bff Aaliyah said ur supposed to wait 6 weeks after getting ur nose pierced before changing it but mine is crusty and red at 3 weeks lol. anyway im Destiny 15",
     [("name", "Aaliyah"), ("name", "Destiny")], []),

    ("Hello doctor, my daughter Fatima Rahman, date of birth 11-02-2008, has had heavy periods since she started and is now very tired. Her ferritin was 6. Our GP is Dr. Okonjo. What iron tablet is best for a teenager?",
     [("name", "Fatima Rahman"), ("date_of_birth", "11-02-2008"), ("name", "Okonjo")], []),

    ("im Yusuf, 18, i got my learners permit and my eye test failed for the left eye. my student number is S2210458 at college for the nurse appointment. i never noticed i couldnt see",
     [("name", "Yusuf"), ("id_number", "S2210458")], []),

    ("ok so my coach (Coach Reilly) keeps telling me to cut weight for wrestling, i'm 16 and 132 now and he wants 120 by regionals. is spitting and sauna suits safe??",
     [("name", "Reilly")], []),

    ("Can the doctor contact me at soccermom.jen@yahoo.com? My 12 year old, Harper, keeps getting nosebleeds at school, like 3 a week.",
     [("email", "soccermom.jen@yahoo.com"), ("name", "Harper")], []),

    ("bro i think i broke my pinky at lacrosse, its bent sideways. my mom Leticia is at work till 6, can i wait? her cell is (312) 555-0142",
     [("name", "Leticia"), ("phone", "(312) 555-0142")], []),

    ("My son Olamide (16) has been very withdrawn, stays in his room, his grades at St. Anselm's Academy dropped. He said something like 'it doesnt matter if im here'. He's not in danger right now, he's at his aunt's. What do I do?",
     [("name", "Olamide")], ["St. Anselm's Academy"]),

    ("hey it's Thanh, 17. my period cramps are so bad i miss school 2 days every month. i take 2 advil and it does nothing. my school email thanh.le@students.garfieldhs.org if u can send info",
     [("name", "Thanh"), ("email", "thanh.le@students.garfieldhs.org")], []),

    ("writing for my niece Leilani, she's 14 and we live at 1190 Kapahulu Ave, Honolulu. she has a rash on her face that gets worse in the sun, plus her joints ache. her mom is worried about lupus",
     [("name", "Leilani"), ("address", "1190 Kapahulu Ave, Honolulu")], []),

    ("I'm 15 and my parents found my vape. Now they want me to see someone about quitting. My NHS number is 943 476 5919 if you need it. Honestly the cravings are bad",
     [("id_number", "943 476 5919")], []),

    ("my name is Nasrin, im 19 and my dob is 17/08/2005. i think i have a UTI again, 4th time this year. i usually get nitrofurantoin from the walk in",
     [("name", "Nasrin"), ("date_of_birth", "17/08/2005")], []),

    ("fr my back been hurting since i started carrying my bag on one shoulder. im 13 lol. my mom said message u. her email is mjwilliams1972@aol.com",
     [("email", "mjwilliams1972@aol.com")], []),

    ("My daughter Seo-yeon is 16. She's been getting migraines with flashing lights before, about twice a week since exam season started. She's on the swim team at Bellmont Prep. Best to reach me on +1 647-555-0199.",
     [("name", "Seo-yeon"), ("phone", "+1 647-555-0199")], ["Bellmont Prep"]),

    ("Question about my son Björn, 15, born 2 May 2009. He has Crohn's and wants to go on a school ski trip to Austria. Can he take his Humira with him on the plane?",
     [("name", "Björn"), ("date_of_birth", "2 May 2009")], []),

    ("sorry if this is dumb. me and my gf Kenzie both got like little bumps down there after prom. we're both 17. my email is ethan.p@icloud.com, dont call my house pls",
     [("name", "Kenzie"), ("email", "ethan.p@icloud.com")], []),

    ("Hi, I'm Dmitri's mom. He is 14 and got a concussion in hockey 2 weeks ago. Headaches are better but he can't focus on screens. When can he go back to school full days? School is Lakeshore Middle, student ID 55019382.",
     [("name", "Dmitri"), ("id_number", "55019382")], ["Lakeshore Middle"]),

    ("hi this is Guadalupe, but everyone calls me Lupita. im 16 and i get really dizzy when i stand up fast, like everything goes black for a sec. i dont eat breakfast if that matters",
     [("name", "Guadalupe"), ("name", "Lupita")], []),

    ("Our son, Chidi Eze, is 18 and about to start university. He needs the meningitis and HPV vaccines. Our address is Flat 4, 17 Bridge Street, Reading RG1 2LU. Can we book through you?",
     [("name", "Chidi Eze"), ("address", "Flat 4, 17 Bridge Street, Reading RG1 2LU")], []),

    ("im a sophomore at Westfield High and our team trainer Ms. Kowalski thinks i have shin splints. im 15 and run like 30 miles a week. she said to ask a dr if i need an mri",
     [("name", "Kowalski")], ["Westfield High"]),

    ("So my son Kai (13) keeps getting cold sores every time he has a swim meet. I read valacyclovir can prevent them? Also hes on my insurance, policy # PLX-55129-03.",
     [("name", "Kai"), ("id_number", "PLX-55129-03")], []),

    ("me and my friend Jordyn tried her older bros dip (the tobacco pouches) and now theres a white patch in my mouth where i held it. im 15. is that cancer already??",
     [("name", "Jordyn")], []),

    ("i'm 17 and i want to go on the pill without my parents knowing. can i? i live at 2291 W Maple Ave Apt 12 but pls dont send anything there",
     [("address", "2291 W Maple Ave Apt 12")], []),

    ("Hello, our daughter Ingrid (DOB 2009-06-30) is type 1 diabetic and going to a sleepover camp in July. Her A1c was 8.4. Who should I talk to about adjusting her pump for all the activity? Email: lars.haugen@telenor.no",
     [("name", "Ingrid"), ("date_of_birth", "2009-06-30"), ("email", "lars.haugen@telenor.no")], []),

    ("my moms bf Ray keeps saying im fat and ive been making myself throw up after dinner. i dont want to get anyone in trouble. im 14. dont call my house",
     [("name", "Ray")], []),

    ("tbh idk who to ask. my bestie Imani has been wearing hoodies in 90 degree weather and i saw marks on her arm. what do i say to her?? we're both 15",
     [("name", "Imani")], []),

    ("Hi I'm Mrs. Okafor, school nurse at Pinewood Middle. A 7th grader came to me with a suspected scabies rash. Can you tell me what to recommend to the family? Reach me at nurse.okafor@pinewoodms.edu",
     [("name", "Okafor"), ("email", "nurse.okafor@pinewoodms.edu")], ["Pinewood Middle"]),

    ("hey so i got my ears pierced at the mall and now the top one is swollen and hot. im 13. my dad Hiroshi says to just use peroxide?? his number is 080-1234-5678",
     [("name", "Hiroshi"), ("phone", "080-1234-5678")], []),

    ("my friend Tyrese got tackled at football practice and his shoulder popped out then back in. he's 16. coach said just ice it. he's lowkey in a lot of pain still",
     [("name", "Tyrese")], []),

    ("Hi, my daughter Aoife is 17, DOB 29/02/2008. She's been told she has PCOS but she's slim so we're confused. She has acne and hair on her chin. We're in Cork, home is 12 Ashgrove Park, Ballincollig.",
     [("name", "Aoife"), ("date_of_birth", "29/02/2008"), ("address", "12 Ashgrove Park, Ballincollig")], []),

    ("ngl my sleep is cooked. i'm up till 4 on discord every night (user: nightowl.rafi) and then i sleep thru 1st period. 16m. melatonin safe?",
     [("handle", "nightowl.rafi")], []),

    ("my son Jamal is 15 and broke out in hives all over after eating at a friend's. it's gone now after benadryl. is he allergic to something? His Medicaid ID is 61829374B",
     [("name", "Jamal"), ("id_number", "61829374B")], []),

    ("hello i am Mehmet, 18, i moved here for college. i need a doctor for my asthma inhaler refill. my passport number is U48201937 because i dont have insurance card yet",
     [("name", "Mehmet"), ("id_number", "U48201937")], []),

    ("my sis (her snap is tay.tay.k) is 13 and says she only eats 500 cals a day for a 'glow up'. she'd kill me for posting this. how do i get my parents to take it seriously",
     [("handle", "tay.tay.k")], []),

    ("Writing for my grandson Benji, he lives with us at 503 Pinecrest Dr, Boise ID 83704. He's 12 and we think he has ADHD. The school counselor suggested evaluation. Where do we start?",
     [("name", "Benji"), ("address", "503 Pinecrest Dr, Boise ID 83704")], []),

    ("im Sofía, tengo 16. i have a bump on my eyelid for 2 weeks, it doesnt hurt much. my mom says its a stye. call my mom at +52 55 1234 5678",
     [("name", "Sofía"), ("phone", "+52 55 1234 5678")], []),

    ("My daughter Harmony is 14. Her dob is 3/9/10. She was diagnosed with scoliosis at her school screening at Oak Hill Middle. 18 degree curve. Brace or wait?",
     [("name", "Harmony"), ("date_of_birth", "3/9/10")], ["Oak Hill Middle"]),

    ("lowkey i think my friend Noah is drinking every day. hes 17. his mom is a nurse so he says he knows what hes doing. how much is too much",
     [("name", "Noah")], []),

    ("hi!! im Ruby (rubyyy.skates on tiktok) and i fell at the skatepark on my tailbone, its been a week and it still hurts to sit in class. 14",
     [("name", "Ruby"), ("handle", "rubyyy.skates")], []),

    ("Hi my son Ezra, 17, student ID 0049127 at Central Tech, wants a note for PE after his appendix surgery. The surgeon was Dr. Vasquez-Hale. How long before he can do sports?",
     [("name", "Ezra"), ("id_number", "0049127"), ("name", "Vasquez-Hale")], ["Central Tech"]),

    ("i'm 18, Oksana. i had unprotected sex 5 days ago and now burning when i pee. my gp is Dr. Brennan at the uni health centre but she's booked solid. email oksana.p99@gmail.com",
     [("name", "Oksana"), ("email", "oksana.p99@gmail.com"), ("name", "Brennan")], []),

    ("hi my brother Mo (Mohammed) is 16 and has really bad eczema on his hands from his job washing dishes at the Golden Dragon. our number is 0412 345 678",
     [("name", "Mo", 1), ("name", "Mohammed"), ("phone", "0412 345 678")], ["Golden Dragon"]),

    ("I'm Rosa, mom of a 13 year old boy, Ángel, born 12/25/2011. He has a lot of stomach pain in the mornings before school but never on weekends. Could it be anxiety?",
     [("name", "Rosa"), ("name", "Ángel"), ("date_of_birth", "12/25/2011")], []),

    ("so my gf Lily thinks she's pregnant. we're both 16. shes 2 weeks late. we havent told anyone. where can she get a test free? my email is lilyandjake4ever@hotmail.com lol",
     [("name", "Lily"), ("email", "lilyandjake4ever@hotmail.com")], []),

    ("Hey doc, it's Big Mike. My boy Trey (Trevon) is 15 and already 6'3. His knees hurt every night. He plays AAU ball. Call me at 214-555-0167",
     [("name", "Big Mike"), ("name", "Trey"), ("name", "Trevon"), ("phone", "214-555-0167")], []),

    ("hey i'm Quinn (they/them), 17. i've been binding for 2 years and my ribs hurt when i breathe deep. my discord is quinnthebean",
     [("name", "Quinn"), ("handle", "quinnthebean")], []),

    ("My 16 yr old daughter Anushka got her learner's permit and has to do a medical for her epilepsy. Her seizures have been controlled 2 years on Keppra. Her neurologist Dr. Raghavan retired. Who signs the form?",
     [("name", "Anushka"), ("name", "Raghavan")], []),

    ("ok so at practice i got hit in the eye with a softball and its bloodshot but i can see fine. 14f. my coach Ms. Dunleavy said ice. my mom's phone is +44 7911 123456",
     [("name", "Dunleavy"), ("phone", "+44 7911 123456")], []),
]
