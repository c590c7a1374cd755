# Hand-written privacy items WITH identifiers (part A: parents at night, mostly US).
# Each item: (text, [(type, exact_substring), ...], [quasi substrings])

ITEMS = [
    ("LO is 14 months, 102.4 fever since last night, gave Tylenol at 9pm. Pediatrician is Dr. Hernandez at Sunshine Kids Pediatrics but they dont open til 8. can someone call me back at (214) 555-0187?? name is Brianna",
     [("name", "Hernandez"), ("name", "Brianna"), ("phone", "(214) 555-0187")],
     ["Sunshine Kids Pediatrics"]),

    ("my DS Mateo (3) keeps pulling at his ear and screaming at night. Motrin helps for a few hrs. our insurance is BCBS member ID XYP882041763, does this need a visit or can I wait for monday",
     [("name", "Mateo"), ("id_number", "XYP882041763")],
     []),

    ("hi this is Keisha Williams, mom to Jaylen (DOB 08/22/2019). He got a note from the Lincoln Elementary nurse saying possible pink eye. Can he go back tomorrow if we start the drops? email me kwilliams.mom@gmail.com",
     [("name", "Keisha Williams"), ("name", "Jaylen"), ("date_of_birth", "08/22/2019"), ("email", "kwilliams.mom@gmail.com")],
     ["Lincoln Elementary"]),

    ("DD (Aanya, 6) has a bright red rash on both cheeks like slapped cheek?? school sent her home. we're at 4410 Brookhollow Ct, Apt 12 if the nurse line does home visits lol. my cell 469.555.0123",
     [("name", "Aanya"), ("address", "4410 Brookhollow Ct, Apt 12"), ("phone", "469.555.0123")],
     []),

    ("Question abt Pedialyte for a 9 month old. She's had diarrhea x2 days, still wet diapers. Her ped Dr. Okonkwo said push fluids but how much?? Also her Medicaid # is 1029384756 if that matters. - Tasha",
     [("name", "Okonkwo"), ("id_number", "1029384756"), ("name", "Tasha")],
     []),

    ("my son Liam fell off the monkey bars at Little Oaks Montessori today, wrist is swollen but he can wiggle his fingers. they iced it. xray tonight or is morning ok? 6 yrs old, 48 lbs",
     [("name", "Liam")],
     ["Little Oaks Montessori"]),

    ("Twins born 11/03/2023, both have thrush I think (white patches inside cheeks that dont wipe off). Im breastfeeding. Dr Nguyen's office # is 713-555-0148 but after hrs it goes to voicemail. - Marisol",
     [("date_of_birth", "11/03/2023"), ("name", "Nguyen"), ("phone", "713-555-0148"), ("name", "Marisol")],
     []),

    ("@tiredmama_of3 here from insta lol. my 2yo might have swallowed a penny about an hour ago, no coughing, eating his goldfish fine. does he need an xray or do we just watch the diapers",
     [("handle", "@tiredmama_of3")],
     []),

    ("Kid's name is Alexander, we call him Sasha, 8 yrs. Allergist at Children's Health told us to carry EpiPen Jr but Wilson Elementary wants a form signed by a doctor. His student ID is 20456781 if you need it for the form.",
     [("name", "Alexander"), ("name", "Sasha"), ("id_number", "20456781")],
     ["Wilson Elementary"]),

    ("My husband Dmitri has had a cough for 3 weeks and now DS (18mo) has it too. Husbands Aetna member ID is W234 8891 02. Can the baby have Zarbee's or is he too little",
     [("name", "Dmitri"), ("id_number", "W234 8891 02")],
     []),

    ("help its 2am. DD Sofía is 10 weeks old, temp 100.2 rectal, eating ok. the after hours line (800) 555-0199 keeps ringing out. we're at 219 W Pecan St if that matters for which urgent care",
     [("name", "Sofía"), ("phone", "(800) 555-0199"), ("address", "219 W Pecan St")],
     []),

    ("hi Dr, my daughter Guadalupe (Lupita) is 4 and has had green snot for 12 days. no fever. daycare (Kiddie Academy of Frisco) keeps calling me to pick her up. my number 972-555-0116",
     [("name", "Guadalupe"), ("name", "Lupita"), ("phone", "972-555-0116")],
     ["Kiddie Academy of Frisco"]),

    ("Hello, I am writing for my son Yusuf, date of birth 17/04/2020. We moved from Birmingham UK last month, his NHS number was 485 777 3456. He needs his asthma inhaler refilled (blue one, salbutamol). Can you help",
     [("name", "Yusuf"), ("date_of_birth", "17/04/2020"), ("id_number", "485 777 3456")],
     []),

    ("ok so Ximena (my 5 yo) got stung by a bee at recess, hand is puffy up to the wrist but she's breathing fine and playing. gave Benadryl. Her school is Roosevelt Elementary, nurse Ms. Patterson said to ask a doctor. text me 915-555-0142",
     [("name", "Ximena"), ("name", "Patterson"), ("phone", "915-555-0142")],
     ["Roosevelt Elementary"]),

    ("LO 7mo, 2 teeth coming in, drooling like crazy and rash on chin. is that from teeth? also who do I send the bill question to, my UHC member id is 948271035-01",
     [("id_number", "948271035-01")],
     []),

    ("Can you please send the after visit summary for my son Ethan Park to ethanpark.dad@outlook.com? He was seen for croup. His insurance card says Member ID: KPH-0042-77819.",
     [("name", "Ethan Park"), ("email", "ethanpark.dad@outlook.com"), ("id_number", "KPH-0042-77819")],
     []),

    ("my toddler Bao has a lump behind his ear, pea size, doesn't seem to hurt. Dr. Tran said last year it was a lymph node but this one is new. he's 2, born June 9 2022. what should I watch for",
     [("name", "Bao"), ("name", "Tran"), ("date_of_birth", "June 9 2022")],
     []),

    ("hey its Jess again (jess.r.1989@yahoo.com). follow up on DS Carter, 4 yo, the Motrin dose for 35 lbs was 7.5 ml right?? his fever is 101.8 again tonight",
     [("name", "Jess"), ("email", "jess.r.1989@yahoo.com"), ("name", "Carter")],
     []),

    ("Writing on behalf of my granddaughter Amara Okafor. Her mom is working nights. Amara is 3 and has had a barky cough since Sunday, worse at night. please call her mom Chioma at 404-555-0173 after 10am",
     [("name", "Amara Okafor"), ("name", "Amara", 2), ("name", "Chioma"), ("phone", "404-555-0173")],
     []),

    ("my kid is 11, his friend at school said he has lice and now he's scratching like crazy. we used the Nix stuff. do I have to tell Jefferson Middle? I'm his dad, Marcus, you can reach me at +1 (267) 555-0109",
     [("name", "Marcus"), ("phone", "+1 (267) 555-0109")],
     ["Jefferson Middle"]),

    ("I'm a single dad, daughter Harper is 2 1/2. She's been constipated like 5 days, cries when she poops. Tried prune juice. Pediatrician Dr. Lisa Chen suggested Miralax but didnt say how much. Thanks, Ryan",
     [("name", "Harper"), ("name", "Lisa Chen"), ("name", "Ryan")],
     []),

    ("DS is 9 months and keeps getting ear infections, this is #4. ENT referral is for Dr. Abernathy at the Southlake office. my member ID is UHC 90417-22836, can u check if tubes would be covered",
     [("name", "Abernathy"), ("id_number", "90417-22836")],
     []),

    ("baby girl Zainab, 3 wks, born 2/14/2024. her eyes are goopy and yellow crust in the morning. is it blocked tear duct or infection. my husband Tariq is home w her, his cell 313-555-0190",
     [("name", "Zainab"), ("date_of_birth", "2/14/2024"), ("name", "Tariq"), ("phone", "313-555-0190")],
     []),

    ("Follow my baby's journey w/ hip dysplasia at instagram.com/babyjuniper_hips. She's 5 mo in a Pavlik harness and the skin under the straps is getting red. What can I put on it?",
     [("url", "instagram.com/babyjuniper_hips")],
     []),

    ("my 16 yo son Diego got his license last week and now he's not sleeping, says chest feels tight when driving. Our car plate is 7KJD419 if the school officer asks, lol that's another story. Is this anxiety?",
     [("name", "Diego"), ("licence_plate", "7KJD419")],
     []),

    ("2 kids down w stomach bug. Ava 7 and Noah 4. Noah only kept down 2oz Pedialyte in 3 hrs. we're at 77 Larkspur Lane, Cedar Park. husband is Josh 512-555-0138",
     [("name", "Ava"), ("name", "Noah"), ("address", "77 Larkspur Lane"), ("name", "Josh"), ("phone", "512-555-0138")],
     []),

    ("Hola, my son Santiago 6 years has fever 3 days. Doctor Ramirez gave amoxicilina but he vomits it. My phone +52 33 1234 5678, I am visiting my sister in Phoenix.",
     [("name", "Santiago"), ("name", "Ramirez"), ("phone", "+52 33 1234 5678")],
     []),

    ("Re: claim #CLM-2024-0883172 for DD's ER visit. She is 4 and was seen for a nursemaid's elbow. Can a doctor write that it was necessary? Thank you, Rebecca Goldstein",
     [("id_number", "CLM-2024-0883172"), ("name", "Rebecca Goldstein")],
     []),

    ("my 13yo DD Priya started her period 2 months ago and it's been 10 days straight this time. soaking a pad every 3-4 hrs. pediatrician is Dr Raman at Hillcrest Family Clinic. Thank you - Deepa",
     [("name", "Priya"), ("name", "Raman"), ("name", "Deepa")],
     ["Hillcrest Family Clinic"]),

    ("LO (10mo) bumped head on the coffee table, goose egg on forehead. acting totally normal, ate dinner. My mom (Nana Linda) says ice it. do I need to wake him up overnight?",
     [("name", "Linda")],
     []),

    ("Hi I'm Fatima, my son Omar is 7 and has had a sore throat and a sandpaper rash on his chest since this morning. The rapid strep at CVS was positive. Can his Kaiser member number 11048862 be used here for the antibiotic?",
     [("name", "Fatima"), ("name", "Omar"), ("id_number", "11048862")],
     []),

    ("DD, 15 mos, hasnt said any words yet. only babbles. my sister Kayla says her son talked at 10 months. should I worry? ped visit is March 4. - Ashley B, ashleyb.mom2@icloud.com",
     [("name", "Kayla"), ("name", "Ashley B"), ("email", "ashleyb.mom2@icloud.com")],
     []),

    ("Teething question! DS Kai is 6 mo. Can I use Orajel? my MIL swears by it. Also we're moving to 1580 Harbor View Rd Unit 3 next week, will I need a new pediatrician",
     [("name", "Kai"), ("address", "1580 Harbor View Rd Unit 3")],
     []),

    ("His name is Jamal Robinson Jr., 10 years old, SSN 412-55-8790, he needs a sports physical form for football at Carver Middle School. Can a telehealth doctor sign it?",
     [("name", "Jamal Robinson Jr."), ("id_number", "412-55-8790")],
     ["Carver Middle School"]),

    ("night terrors every night, DD Emma is 3. she screams and doesn't know I'm there. lasts 10 min then back asleep. my FB is facebook.com/emma.and.mommy.tx if you need pics of her sleep chart lol",
     [("name", "Emma"), ("url", "facebook.com/emma.and.mommy.tx")],
     []),

    ("My wife Hana had our baby 5 days ago. baby boy Minjun, born 3/8/2024. He's looking a bit yellow in the face and chest, feeding every 3 hrs. our ped is Dr. Kim. Call 201-555-0127 -Jae",
     [("name", "Hana"), ("name", "Minjun"), ("date_of_birth", "3/8/2024"), ("name", "Kim"), ("phone", "201-555-0127"), ("name", "Jae")],
     []),

    ("DS (Brayden, 12) got hit in the eye with a baseball at practice. red and a little swollen, vision ok he says. Coach Dave said to check with a doctor. I'm at 8800 N Central Expy #410 at work, can I bring him in tomorrow",
     [("name", "Brayden"), ("name", "Dave"), ("address", "8800 N Central Expy #410")],
     []),

    ("Posting for my niece. Her TikTok is @lilcheer_mia and she's been posting about not eating to lose weight for cheer. She's 14. How do I bring it up with my sister?",
     [("handle", "@lilcheer_mia")],
     []),

    ("Hi, my name is Olga Petrenko, mother of Artem (born 2018-09-30). He has had hives on and off for 6 weeks. No new foods. Zyrtec helps a little. my phone +1 646 555 0152",
     [("name", "Olga Petrenko"), ("name", "Artem"), ("date_of_birth", "2018-09-30"), ("phone", "+1 646 555 0152")],
     []),

    ("DD is 8 and wets the bed 3-4 nights a week. her older bro Caleb stopped at 5. is this normal? we're with Cigna, policy number 4YT-8820931.",
     [("name", "Caleb"), ("id_number", "4YT-8820931")],
     []),

    ("my son has autism and won't let me look in his mouth, i think a molar is rotten, he's 7. we saw a dentist at Smile Kidz on Westheimer once. please email carla.mendez77@gmail.com, Carla",
     [("email", "carla.mendez77@gmail.com"), ("name", "Carla")],
     ["Smile Kidz on Westheimer"]),

    ("Baby Elijah, 4 months, DOB 11.20.2023, spits up after every feed, like a LOT, but gaining weight. Dr. Friedman said happy spitter. Is it ok to switch to Enfamil AR?",
     [("name", "Elijah"), ("date_of_birth", "11.20.2023"), ("name", "Friedman")],
     []),

    ("I need a school note for DS Amir who missed 3 days with the flu (Tamiflu). Send to Brookside Elementary attendance? His student number is S-0049128. Thanks, Leila Haddad 617-555-0164",
     [("name", "Amir"), ("id_number", "S-0049128"), ("name", "Leila Haddad"), ("phone", "617-555-0164")],
     ["Brookside Elementary"]),

    ("i think my 3 yr old has pinworms?? she's scratching her bottom at night and I saw something wiggly. gross. Can the whole family take the meds? me, my hubby Tyler, and our 6 yo Mason",
     [("name", "Tyler"), ("name", "Mason")],
     []),

    ("Toddler (Wren, 22 months) has a raised red spot on her scalp that's getting bigger, Dr. Alvarez said hemangioma at 6 months. now it's bleeding a bit where she scratched. pics on my blog www.wrenandwild.com/hemangioma-update",
     [("name", "Wren"), ("name", "Alvarez"), ("url", "www.wrenandwild.com/hemangioma-update")],
     []),

    ("Hey, it's Shaniqua, we talked last week about DS Darnell's asthma. His peak flow was 180 tonight, normal is like 250. Using albuterol every 4 hrs. can someone call 901-555-0166",
     [("name", "Shaniqua"), ("name", "Darnell"), ("phone", "901-555-0166")],
     []),

    ("My 5 month old, Isla, rolled off the bed onto carpet (about 2 ft). she cried right away and was consolable. we live at 36 Chestnut Hill Rd, nearest ER is 40 min. is watching at home ok?",
     [("name", "Isla"), ("address", "36 Chestnut Hill Rd")],
     []),

    ("DS Rohan 9yo, complaining of knee pain after basketball, bump below kneecap. Coach thinks Osgood-Schlatter. We are on Ambetter, ID U7702941803. Need referral?",
     [("name", "Rohan"), ("id_number", "U7702941803")],
     []),

    ("my baby Nia (born Jan 5, 2024) had her 2 mo shots today, now fussy and 100.1. gave Tylenol 1.25 ml. my partner Imani wants to know if that's right. 678-555-0131",
     [("name", "Nia"), ("date_of_birth", "Jan 5, 2024"), ("name", "Imani"), ("phone", "678-555-0131")],
     []),

    ("reposting from my Reddit u/sleepless_in_tulsa: 4 yo DD screams when peeing, no fever. urine smells strong. Pediatrician can't see her til Thurs. Cranberry juice ok?",
     [("handle", "u/sleepless_in_tulsa")],
     []),

    ("son Finn 14 months, we just got back from Mexico, now he has watery diarrhea 8x a day. Dr. O'Brien is out of office. What do we do til then? email finnsmom.obrien@gmail.com",
     [("name", "Finn"), ("name", "O'Brien"), ("email", "finnsmom.obrien@gmail.com")],
     []),

    ("my daughter Sakura (age 10) is getting headaches after school every day. she says the board is blurry. her school is Maple Grove Elementary. we are in Japan for summer, my Japan number is +81 90 1234 5678",
     [("name", "Sakura"), ("phone", "+81 90 1234 5678")],
     ["Maple Grove Elementary"]),

    ("hi Dr Washington (if its you again!) DS Micah's eczema flared after swimming, behind knees cracked and weepy. Aquaphor isn't cutting it. -Brittany, 555 Oak Bend Dr, Round Rock",
     [("name", "Washington"), ("name", "Micah"), ("name", "Brittany"), ("address", "555 Oak Bend Dr")],
     []),

    ("just moved, need new pediatrician for DD Lucía (born 04/02/2017) and DS Andrés (born 09/12/2020). both up to date on shots. our Medicaid ID numbers are 77812093A and 77812094A",
     [("name", "Lucía"), ("date_of_birth", "04/02/2017"), ("name", "Andrés"), ("date_of_birth", "09/12/2020"), ("id_number", "77812093A"), ("id_number", "77812094A")],
     []),

    ("my 6yo Declan won't stop blinking hard and clearing his throat, started after Christmas. teacher at St. Brigid's noticed it too. Could this be Tourette's? his dad Sean had something similar",
     [("name", "Declan"), ("name", "Sean")],
     ["St. Brigid's"]),
]
