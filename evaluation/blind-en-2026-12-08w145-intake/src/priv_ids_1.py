# Privacy items with identifiers, part 1 (written by hand, writer 145)
# (text, [(type, span) or (type, span, occurrence)], [quasi])

ITEMS = [
    ("Hi, my son Liam (14) took a hit at hockey Saturday and the trainer thinks it might be a mild concussion. His OHIP is 1234-567-890-AB if you need it. He's in grade 9 at Birchwood Secondary. Should he skip gym this week or is light activity ok?",
     [("name", "Liam"), ("id_number", "1234-567-890-AB")], ["Birchwood Secondary"]),

    ("my daughter ava keeps getting nosebleeds at school, the nurse called me twice this week. can someone call me back at 647-555-0192 after 3? thx",
     [("name", "ava"), ("phone", "647-555-0192")], []),

    ("Hello. I am writing for my granddaughter Priyanka Sharma, born 14 June 2012. She has had a cough for three weeks and her inhaler (Ventolin) doesn't seem to help much anymore. Her mother works nights so please email me at nani.sharma.fake@example.com.",
     [("name", "Priyanka Sharma"), ("date_of_birth", "14 June 2012"), ("email", "nani.sharma.fake@example.com")], []),

    ("Our school nurse Mrs. Kowalczyk said my son's EpiPen expired last month and I need a new prescription before the field trip on Friday. Can Dr. Ferreira renew it online? His name is Mateo Ruiz, MSP 9876 543 210.",
     [("name", "Kowalczyk"), ("name", "Ferreira"), ("name", "Mateo Ruiz"), ("id_number", "9876 543 210")], []),

    ("Question about Vyvanse. My 11 yo Jaxon started 20mg in September and he's barely eating lunch. His teacher Ms. Beaulieu says he's way more focused though. We live at 48 Tamarack Crescent, Kanata so the closest clinic would be best if he needs to be seen.",
     [("name", "Jaxon"), ("name", "Beaulieu"), ("address", "48 Tamarack Crescent, Kanata")], []),

    ("Will my son Will need a booster before he goes to sleepaway camp in July? He had his last tetanus shot at 4. He's 13 now.",
     [("name", "Will", 2)], []),

    ("hi its kenzie's mom again. kenzie is 16 and her periods are super heavy, she's soaking through a pad every two hours on day 1 and 2. we saw dr okafor in march. my cell is (905) 555-0148",
     [("name", "kenzie"), ("name", "okafor"), ("phone", "(905) 555-0148")], []),

    ("Bonjour, my daughter Élodie Tremblay (RAMQ TREE 1234 5678) has eczema that flares every winter. We use hydrocortisone 1% but it's spreading to her eyelids now. Is that safe on the face?",
     [("name", "Élodie Tremblay"), ("id_number", "TREE 1234 5678")], []),

    ("My husband Derek and I are trying to figure out if our son needs braces. He's 10, overbite, and the dentist at Smile Bright Family Dental said wait until he's 12 but the orthodontist said now. Who do we trust? You can reach Derek at derek.m.fake@example.net.",
     [("name", "Derek"), ("email", "derek.m.fake@example.net")], ["Smile Bright Family Dental"]),

    ("I coach girls U12 soccer and one of my players, Zoe, said she gets dizzy and her chest feels fluttery when she sprints. Her mom asked me to post this. Mom's name is Tanya, phone 780-555-0111. Should Zoe sit out until she gets checked?",
     [("name", "Zoe"), ("name", "Tanya"), ("phone", "780-555-0111")], []),

    ("Hello, I'm Gurpreet Dhillon, DOB 03/22/1984. I've had pain in my right heel for two months, worse in the morning. I'm a teacher at Riverside Middle School and on my feet all day.",
     [("name", "Gurpreet Dhillon"), ("date_of_birth", "03/22/1984")], ["Riverside Middle School"]),

    ("My son's instagram is @brodie_skates_09 and he posted something last night about not wanting to be here anymore. I've taken his phone and he's sitting with me. He has an appointment with his counsellor tomorrow. What should I be asking her?",
     [("handle", "@brodie_skates_09")], []),

    ("hey so my kid (Noah, 8) got a tick on him at camp in Muskoka, the counsellor pulled it off but left the head in maybe? camp director is Jess, her number is 705 555 0163. what do we watch for",
     [("name", "Noah"), ("name", "Jess"), ("phone", "705 555 0163")], []),

    ("Could you please send the forms for the school medication authorization to my email, lindsay.parkerfake@example.ca? My daughter Harper takes Concerta 18 mg and the school needs a doctor's signature. Her student number is 301874562.",
     [("email", "lindsay.parkerfake@example.ca"), ("name", "Harper"), ("id_number", "301874562")], []),

    ("Dear doctor, my name is Olusegun Adeyemi. My son Tobi is 15 and 5'4\" and all his friends are taller. He was born on September 9, 2009. Should we be worried about his growth? His pediatrician Dr. Lin retired and we don't have a new one.",
     [("name", "Olusegun Adeyemi"), ("name", "Tobi"), ("date_of_birth", "September 9, 2009"), ("name", "Lin")], []),

    ("Someone hit my car in the school pickup line (plate CBXR 412) and my daughter bumped her head on the window. She seems totally fine, no vomiting, talking normally, it's been 6 hours. Do I still need to take her in?",
     [("licence_plate", "CBXR 412")], []),

    ("My daughter Sophie Nguyen is 17 and wants to go on birth control. I'm her mom and want to support her. Her health card number is 9123 456 789 (BC). Does she need my consent or can she book on her own?",
     [("name", "Sophie Nguyen"), ("id_number", "9123 456 789")], []),

    ("Hi!! I run a home daycare in Surrey (Little Sprouts Home Daycare) and one of my kids, Aria, has had a red rash on her cheeks for 2 days, like slapped cheeks. Parents are Mike and Dana. Is she contagious to the other kids?",
     [("name", "Aria"), ("name", "Mike"), ("name", "Dana")], ["Little Sprouts Home Daycare"]),

    ("Posting for my sister Rebecca who doesn't speak much English. Her son Yusuf, 6, has been wetting the bed again after being dry for 2 years. They just moved into 2210 Maplewood Ave, Apt 5B, Dearborn MI. Rebecca's number is 313-555-0127.",
     [("name", "Rebecca"), ("name", "Yusuf"), ("address", "2210 Maplewood Ave, Apt 5B, Dearborn MI"), ("phone", "313-555-0127")], []),

    ("My teenage son Caleb has bad acne and the dermatologist wants to start Accutane. I read about depression risk. He already sees a therapist, Dr. Hannah Morales. Is it safe? Our member ID with Blue Cross is BCX-440-19283.",
     [("name", "Caleb"), ("name", "Hannah Morales"), ("id_number", "BCX-440-19283")], []),

    ("grace has had a sore throat and fever for 3 days, rapid strep at the walk-in was negative. shes 12. can i send her back to school tomorrow? - grace's dad, Paul",
     [("name", "grace"), ("name", "Paul")], []),

    ("My son (Ethan Brooks, DOB 2014-11-02) was diagnosed with ADHD by Dr. Samuelson last week. We're choosing between Biphentin and Concerta. Any difference for a kid who already has trouble sleeping?",
     [("name", "Ethan Brooks"), ("date_of_birth", "2014-11-02"), ("name", "Samuelson")], []),

    ("My 15 year old plays QB for the Westview Wolverines and took a hard hit. Coach Dawson didn't pull him. He has a headache two days later and can't concentrate in class. I posted the clip on my page facebook.com/westview.hockeymom.fake if that helps (it's football, I'm also a hockey mom lol).",
     [("name", "Dawson"), ("url", "facebook.com/westview.hockeymom.fake")], []),

    ("I'm 38, female, and I think I have perimenopause symptoms already? Night sweats, irregular cycles. My kids are 9 and 12 and I'm exhausted. I'm Marisol. Best number 602-555-0184.",
     [("name", "Marisol"), ("phone", "602-555-0184")], []),

    ("Hello, this is Mr. Fitzgerald, vice principal at St. Anne's Catholic Elementary. A grade 4 student, Kayden, has a peanut allergy and his mom says his Allerject is in his backpack. Can our staff give a second dose if the first doesn't work? Mom is Crystal Baptiste, crystal.baptiste.fake@example.com.",
     [("name", "Fitzgerald"), ("name", "Kayden"), ("name", "Crystal Baptiste"), ("email", "crystal.baptiste.fake@example.com")], ["St. Anne's Catholic Elementary"]),

    ("My daughter Maya had her HPV shot at school today and now her arm is swollen and red about 5 cm around the spot. No fever. She's in grade 7 at Glenview Public School. Normal?",
     [("name", "Maya")], ["Glenview Public School"]),

    ("Hi, quick question. My son Dev has his Ontario health card 4567-890-123-XY but it expired and the renewal hasn't come. Can he still get his concussion follow-up at the clinic next week?",
     [("name", "Dev"), ("id_number", "4567-890-123-XY")], []),

    ("I'm a single dad, my daughter Lily is 13 and just got her first period at her friend Chloe's house. She's embarrassed and won't talk to me. Is there a nurse or doctor she could message privately? Her email is lily.bug.fake2011@example.com.",
     [("name", "Lily"), ("name", "Chloe"), ("email", "lily.bug.fake2011@example.com")], []),

    ("we live at 17 Rue des Érables, Gatineau and the closest ER is 40 min. my son théo is 7 with a fever of 39.2 for two days but eating and playing. wait or go?",
     [("address", "17 Rue des Érables, Gatineau"), ("name", "théo")], []),

    ("My son Marcus Johnson, student ID 20471839 at Lincoln High, has asthma and the school says his inhaler has to stay in the nurse's office. He's 16. Can you write a letter saying he needs to carry it himself? Call me, Keisha, at 404-555-0175.",
     [("name", "Marcus Johnson"), ("id_number", "20471839"), ("name", "Keisha"), ("phone", "404-555-0175")], ["Lincoln High"]),

    ("My kid's friend from hockey, Brayden, got his stick to the mouth and a front tooth is loose. His parents are away and I'm looking after him till Sunday. Dentist on call? We're in Red Deer. I can be reached at 403.555.0139.",
     [("name", "Brayden"), ("phone", "403.555.0139")], []),

    ("Hello, I'm Dr. Anjali Mehta's patient, she told me to post here while she's on leave. My son Arjun (DOB Jan 5 2016) has had belly pain every morning before school for a month. Ultrasound was normal.",
     [("name", "Anjali Mehta"), ("name", "Arjun"), ("date_of_birth", "Jan 5 2016")], []),

    ("Tiktok has my daughter convinced she has POTS. Her username is @dizzy.dani.fake and she posts about it daily. She's 15, faints sometimes when she stands fast. How do we get her properly tested?",
     [("handle", "@dizzy.dani.fake")], []),

    ("My niece Fatima is staying with us for the summer from the UK. Her NHS number is 943 476 5919 (her mum gave it to me). She's 10 and has a bad ear infection I think. Can she be seen here in Toronto?",
     [("name", "Fatima"), ("id_number", "943 476 5919")], []),

    ("Dr. Kim, it's Jenna Walsh again (Owen's mom). Owen finished the amoxicillin yesterday and the rash showed up today, itchy welts on his back. Is he allergic now? 519-555-0104",
     [("name", "Kim"), ("name", "Jenna Walsh"), ("name", "Owen"), ("phone", "519-555-0104")], []),

    ("hi my name is tyler and im 17. i think my ADHD meds make my heart race. i take adderall 15mg. i dont want my parents to know yet. my snap is tyler.b.fake05",
     [("name", "tyler"), ("handle", "tyler.b.fake05")], []),

    ("My son goes to Pinecrest Junior High and his gym teacher, Mr. Okonkwo, made him run the beep test even though he has exercise-induced asthma. He had to use his puffer 3 times. Is that safe? Our address: 902 Aspen Ridge Way SW, Calgary AB T3H 0Z9.",
     [("name", "Okonkwo"), ("address", "902 Aspen Ridge Way SW, Calgary AB T3H 0Z9")], ["Pinecrest Junior High"]),

    ("Please help. My mother, Eleanor Whitfield, 79, had a fall last week and her hip still hurts. Her Medicare number is 1EG4-TE5-MK72. I am her daughter and caregiver, Susan. We live at 31 Orchard Lane, Burlington VT.",
     [("name", "Eleanor Whitfield"), ("id_number", "1EG4-TE5-MK72"), ("name", "Susan"), ("address", "31 Orchard Lane, Burlington VT")], []),

    ("My twins Ella and Ellie are 9 and both got lice from daycare camp. We used the treatment twice. Still itchy. Help!! Their dad Jordan has a blog about it lol: www.twinlife-with-jordan-fake.com",
     [("name", "Ella"), ("name", "Ellie"), ("name", "Jordan"), ("url", "www.twinlife-with-jordan-fake.com")], []),

    ("Hi there, I'm a nurse at Oak Bay Medical Clinic and my own son, Finn, 12, broke his wrist skateboarding. The cast comes off next week. When can he play basketball again? My cell is 250-555-0156.",
     [("name", "Finn"), ("phone", "250-555-0156")], ["Oak Bay Medical Clinic"]),

    ("my stepdaughter kayla (16) has been cutting, old scars on her thighs, her bio mom doesn't know. i found out from her bff madison. kayla is safe right now and home with me. how do i start this conversation?",
     [("name", "kayla"), ("name", "madison")], []),

    ("I am requesting my son's vaccination record. Name: Benjamin Okafor-Reid. Date of birth: 12/04/2013. Health card: 5555-012-345-QR. We're moving to Alberta and the new school needs it.",
     [("name", "Benjamin Okafor-Reid"), ("date_of_birth", "12/04/2013"), ("id_number", "5555-012-345-QR")], []),

    ("So our family doctor Dr. Patricia Lowe says my daughter's growth is fine but she's at the 3rd percentile. She's 11, 4'2\". Her dad is 6 feet. Should I ask for a referral to an endocrinologist? She's at Maple Grove Elementary if that matters for scheduling.",
     [("name", "Patricia Lowe")], ["Maple Grove Elementary"]),

    ("My son Isaac plays AAA hockey and wears a mouth guard but chipped a molar anyway. The team dentist is Dr. Greg Hollis. Can we go to any dentist or should we wait for him? Isaac's birthday is August 30, 2010 if the insurance form needs it.",
     [("name", "Isaac"), ("name", "Greg Hollis"), ("date_of_birth", "August 30, 2010")], []),

    ("I'm worried about my 14 yo son Aiden's weight. He's 5'6\" and 190 lbs. The coach at his middle school, Coach Reyes, told him to lose weight in front of the team. He's been skipping meals. Email: aiden.mom.fake@example.org",
     [("name", "Aiden"), ("name", "Reyes"), ("email", "aiden.mom.fake@example.org")], []),

    ("Hi, my name is Sunita. My son Rohan has a cashew allergy and we have a trip to Disney next month. Can I bring two EpiPens on the plane? Our policy with the travel insurer is TRV-88213-004.",
     [("name", "Sunita"), ("name", "Rohan"), ("id_number", "TRV-88213-004")], []),

    ("My son's orthodontist, Dr. Vasquez at Bayview Orthodontics, put spacers in and now he can't eat. He's 12. How long does the pain usually last? He has a swim meet for the Etobicoke Sharks Saturday.",
     [("name", "Vasquez")], ["Bayview Orthodontics"]),

    ("Hi I'm 19 and home from university for the summer. I got the meningitis B vaccine at the campus clinic and my arm hurts so bad. My mom Linda told me to ask here. My student number is 1009876543 if you need to check the record.",
     [("name", "Linda"), ("id_number", "1009876543")], []),

    ("My daughter Chiara got hit in the eye with a softball at practice. Her vision is fine now but there's a little blood in the white part. Coach Pellegrini wants her back Thursday. She's 14. OK?",
     [("name", "Chiara"), ("name", "Pellegrini")], []),

    ("Looking for advice on puberty blockers. My child Sam (15, uses they/them) is seeing a gender clinic. Their endocrinologist is Dr. Renata Silva. I'd like a second opinion. Contact sam.parent.fake@example.com.",
     [("name", "Sam"), ("name", "Renata Silva"), ("email", "sam.parent.fake@example.com")], []),

    ("Hello my son name is Ahmed Hassan he is 8 years. He has fever and cough one week. We live in 1450 Lawrence Ave W, unit 1207, Toronto. My phone 416 555 0133. Please call me.",
     [("name", "Ahmed Hassan"), ("address", "1450 Lawrence Ave W, unit 1207, Toronto"), ("phone", "416 555 0133")], []),

    ("My 13 yo got a new phone and joined Discord, username shadowfox_1099. She met someone who asked her to send pictures. She didn't, but she's not sleeping and keeps throwing up from anxiety. Who do we see?",
     [("handle", "shadowfox_1099")], []),

    ("Can I get a note for my son's school? He missed 4 days with the flu. Student: Hudson Larivière, grade 5, Mme Gagnon's class at École Saint-Jean. His RAMQ is LARH 1405 2211.",
     [("name", "Hudson Larivière"), ("name", "Gagnon"), ("id_number", "LARH 1405 2211")], ["École Saint-Jean"]),

    ("I'm 44 and I think I have ADHD too after my kids got diagnosed. I'm an accountant at Hendricks & Lowry LLP and I keep missing deadlines. Can adults start Vyvanse? I'm Craig, 312-555-0197.",
     [("name", "Craig"), ("phone", "312-555-0197")], ["Hendricks & Lowry LLP"]),

    ("our dog bit my son jonah on the hand, it's a small puncture. dog is vaccinated. jonah is 6. do we need a tetanus shot? his dob is 4 april 2018 if you need it.",
     [("name", "jonah"), ("date_of_birth", "4 april 2018")], []),
]
