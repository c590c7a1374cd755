# Hand-written privacy items. Each entry: (text, identifiers, quasi)
# identifiers: list of (type, exact substring); quasi: list of exact substrings.
# Every name, number, address, email, URL, handle and plate below is invented.

ITEMS_WITH_IDENTIFIERS = [
    ("hi my name is Dolores Fairweather and ive had a rash on both shins for 3 weeks, started after i switched laundry soap. its not itchy just red and a bit raised. should i worry?",
     [("name", "Dolores Fairweather")], []),

    ("My son Kwame (7) has been coughing at night for two weeks, mostly around 2-3am. No fever. His teacher at Hollybrook Primary says he's tired in class. Is this asthma?",
     [("name", "Kwame")], ["Hollybrook Primary"]),

    ("Question about my mum's meds. She is on 5mg amlodipine and the GP (Dr Okonkwo) added ramipril last month. Is it normal for her ankles to swell like this? Thanks, Bernadette",
     [("name", "Okonkwo"), ("name", "Bernadette")], []),

    ("Name: Rafael Quintero-Lima\nDOB: 14/02/1988\nMember ID: HX-4471-20983\nReason for question: lower back pain going down my left leg since I lifted a sofa last Saturday. Worse when I sneeze.",
     [("name", "Rafael Quintero-Lima"), ("date_of_birth", "14/02/1988"), ("id_number", "HX-4471-20983")], []),

    ("can someone text me back at 0491 570 156 i dont trust forums. worried about a lump under my arm, its like a pea and it moves when i push it",
     [("phone", "0491 570 156")], []),

    ("My wife, Grace, was diagnosed with gestational diabetes at 28 weeks. She's really scared of the insulin needles and cried in the car park. Any tips from people who've been through it?\n- Owen",
     [("name", "Grace"), ("name", "Owen")], []),

    ("hey, its will again (the guy with the knee). physio finally said patellar tendinopathy. how long til i can run again?? half marathon is in 9 weeks",
     [("name", "will")], []),

    ("Please email results to hannah.birchwood82@mailbox.example.com, I'm away from home until the 20th. It's about my thyroid panel from last week (TSH 6.2).",
     [("email", "hannah.birchwood82@mailbox.example.com")], []),

    ("My daughter's school nurse at St. Brigid's Academy said her spine looks curved when she bends over. Her name is Aoife Ní Bhriain, she's 12. What actually happens at a scoliosis clinic?",
     [("name", "Aoife Ní Bhriain")], ["St. Brigid's Academy"]),

    ("I live at 27 Marlowe Crescent, Flat 3, and the black mould in our bathroom is making my asthma so much worse. Landlord won't fix it. Can a doctor write a letter for the council?",
     [("address", "27 Marlowe Crescent, Flat 3")], []),

    ("nhs number is 999 014 2283 if that helps find my record, i was seen in A&E on tuesday for a sprained wrist and nobody ever told me the x-ray result",
     [("id_number", "999 014 2283")], []),

    ("My insta is @sunny.side.sasha if anyone wants to dm me about PCOS, i post about my journey. currently on metformin 500 twice a day and the nausea is BAD",
     [("handle", "@sunny.side.sasha")], []),

    ("Me, my husband Tariq and our two kids (Layla 6 and Yusuf 3) all got the stomach bug. Tariq and I are fine now but Yusuf still isn't keeping water down after 2 days. At what point do we go in?",
     [("name", "Tariq"), ("name", "Layla"), ("name", "Yusuf")], []),

    ("Dr. Patel told me my ferritin is 8. Is that bad? I'm 34, female, tired all the time and my hair is coming out in the shower",
     [("name", "Patel")], []),

    ("re my fathers appointment — his name is Józef Wiśniewski, born 03.09.1941, he only speaks Polish. Can an interpreter be booked for the cardiology review or do I have to come?",
     [("name", "Józef Wiśniewski"), ("date_of_birth", "03.09.1941")], []),

    ("Plate is KX19 TRB, somebody clipped my car in the hospital car park and drove off, and now 2 days later my neck is stiff. Should I get checked for whiplash even though I felt ok at the time?",
     [("licence_plate", "KX19 TRB")], []),

    ("i uploaded the photo of the mole here: https://imgshare.example.net/u/marcus_t/mole-back-0612 , does it look like melanoma?? it went darker at the edge",
     [("url", "https://imgshare.example.net/u/marcus_t/mole-back-0612")], []),

    ("Hi all, Priya here 👋 32 weeks with twins and my feet are like balloons by 4pm. Midwife checked bp last week (128/84). Normal or not?",
     [("name", "Priya")], []),

    ("My best friend Ngozi keeps fainting at work. She works at Halden & Pryce Solicitors on the 4th floor and they've had to call first aid twice this month. She says it's just low iron but I'm worried it's her heart",
     [("name", "Ngozi")], ["Halden & Pryce Solicitors"]),

    ("Patient: Li Wei\nPolicy no. 7720-118-334\nWe want to know if genetic testing for BRCA is covered if my mother had breast cancer at 45.",
     [("name", "Li Wei"), ("id_number", "7720-118-334")], []),

    ("call me on +44 7700 900417 after 6pm pls. My dad fell last night, hes 84, he seems ok but today he's muddled about what day it is and keeps asking for mum who died in 2015",
     [("phone", "+44 7700 900417")], []),

    ("grandpa jack refuses to wear his hearing aids and keeps turning the tv up to 60. how do i get him to an audiologist without a fight",
     [("name", "jack")], []),

    ("Hello doctor. I am Chinedu Eze from Enugu, now living in Leeds. I have had headache for 3 days on one side behind the eye. I take paracetamol 1g but it comes back after few hours.",
     [("name", "Chinedu Eze")], []),

    ("My son's name is Rowan, he's 15 and he plays for Ashgrove Rugby Club. He had a concussion in March and still gets headaches when he reads for long. His coach Mr Daley wants him back on the pitch next week. Too soon?",
     [("name", "Rowan"), ("name", "Daley")], ["Ashgrove Rugby Club"]),

    ("So my partner (she goes by Jules) has been binge eating at night and then skipping meals the whole next day. I don't know how to bring it up without her shutting down. Any advice from people who've been there",
     [("name", "Jules")], []),

    ("Employee ID 00438192 - I need a fit note after my hernia op, can the surgeon's team send it straight to occupational health at Braxton Logistics or do I have to collect it?",
     [("id_number", "00438192")], ["Braxton Logistics"]),

    ("email me: t.okafor@quickmail.example.ng. I am pregnant 10 weeks and bleeding small brown spotting no pain. is this normal",
     [("email", "t.okafor@quickmail.example.ng")], []),

    ("Margaret and Frank (my in-laws) both have type 2 and they swap their tablets when one runs out!!! Margaret is on gliclazide and Frank is on metformin. Is that dangerous or am I overreacting",
     [("name", "Margaret"), ("name", "Frank")], []),

    ("my kid austin keeps getting nosebleeds at night, like 3 times a week, hes 8. pediatrician said vaseline in the nostrils but its not working",
     [("name", "austin")], []),

    ("Address for the home visit: 9 Tannery Row, Little Bexford, BX4 7QL. My mother is bedbound after her hip fracture and we need the district nurse to look at her heels, they've gone red and won't blanch.",
     [("address", "9 Tannery Row, Little Bexford, BX4 7QL")], []),

    ("My TikTok is @gutfeelings_by_ren and I've been documenting my IBS elimination diet. Someone commented that low FODMAP is dangerous long term?? Is it??",
     [("handle", "@gutfeelings_by_ren")], []),

    ("Dear Dr Lindqvist,\nthank you for seeing my daughter Astrid last week. Her eczema is much better with the cream but now the skin looks lighter in patches. Is that from the steroid?\nKind regards,\nHenrik Sørensen",
     [("name", "Lindqvist"), ("name", "Astrid"), ("name", "Henrik Sørensen")], []),

    ("Hi! Hope you can help. Hope is my daughter (yes that's her actual name lol) and she's 4 and says her ear hurts every time she lies down. No temp.",
     [("name", "Hope")], []),

    ("Got a parking ticket for using the blue badge bay (car reg LR21 ODM) because I can't walk far since my knee replacement and my badge hasn't arrived. Can my surgeon write a letter to support the application?",
     [("licence_plate", "LR21 ODM")], []),

    ("My SSN is 512-00-8893, the billing dept wants it to process the claim for my colonoscopy. Is it normal for a hospital to ask for that over the phone??",
     [("id_number", "512-00-8893")], []),

    ("im 19 and my mum (Fatima) found my pill packet and now she wants to take me to her gyno Dr Haddad. can i refuse? i dont want him telling her anything",
     [("name", "Fatima"), ("name", "Haddad")], []),

    ("Lost 14kg since January without trying. I'm 5'9, now 61 kg. GP ordered bloods. My name is Sebastián Ortega, if any doctor here works at the Westfield practice and can chase the results I'd be so grateful.",
     [("name", "Sebastián Ortega")], ["Westfield practice"]),

    ("bday 21 July 1979, and the insurance portal says I'm not eligible for the shingles jab until 50?? I'm 45 with lupus on mycophenolate, surely immunocompromised counts",
     [("date_of_birth", "21 July 1979")], []),

    ("My twin sister Daisy and I both get migraines but hers come with numbness in her hand and lip. Mine don't. Is hers a different type? We're 27.",
     [("name", "Daisy")], []),

    ("Posting for my grandmother, Mrs. Adebayo-Cole, because she doesn't use computers. She is 79 and her new water tablets make her go to the toilet all night. Can she take them at lunchtime instead?",
     [("name", "Adebayo-Cole")], []),

    ("whatsapp +234 803 555 0142 any doctor that can advise on typhoid treatment. my brother Emeka has had fever for 6 days and the chemist gave him cipro",
     [("phone", "+234 803 555 0142"), ("name", "Emeka")], []),

    ("Sorry for long post. Background: I'm Tomasz, 41, work night shifts at the Fenwick Road bakery. Started getting chest tightness only when I'm carrying flour sacks up the stairs, goes away after a minute of rest. My dad had a bypass at 55. Wife (Ewa) says it's stress and I should sleep more. I've never been to a doctor here. Who do I even see?",
     [("name", "Tomasz"), ("name", "Ewa")], ["Fenwick Road bakery"]),

    ("Our foster son's Medicaid ID is 9982147705 and the pharmacy keeps rejecting his ADHD prescription. Is there a generic for Vyvanse that's covered?",
     [("id_number", "9982147705")], []),

    ("Can Dr. Amara Nwosu at the Brookside clinic see walk ins? Asking because my rash spread to my face overnight. I'm already registered there, patient number BR-20931.",
     [("name", "Amara Nwosu"), ("id_number", "BR-20931")], ["Brookside clinic"]),

    ("My username on here used to be wobblyknees77 but I got locked out. Anyway, update on the ACL: 6 weeks post-op and I still can't straighten it fully. Physio isn't worried. Should I be?",
     [("handle", "wobblyknees77")], []),

    ("Mark my words, this ADHD med shortage is going to hurt kids. My son Mark (yes, named after his dad) has been without Concerta for 10 days and his teacher is already emailing me. Can he switch brands safely?",
     [("name", "Mark")], []),

    ("Hi this is Sunita's mum. Sunita is 16 and has fainted twice during PE at Greenfield High. Her heart rate was 140 just from standing up. The school nurse mentioned POTS?",
     [("name", "Sunita")], ["Greenfield High"]),

    ("i dont want to give my name but my partner is Dev and he wont see anyone about his drinking, he shakes in the mornings until he has one. what do i do",
     [("name", "Dev")], []),

    ("Found my late father's medical records while clearing the house at 112 Alder Street, Springvale. He had something called 'familial hypercholesterolaemia'. Should my siblings and I get tested?",
     [("address", "112 Alder Street, Springvale")], []),

    ("Claim number CLM-2024-0088713 was denied for my MRI. The neurologist says I need it for suspected MS. How do I appeal this?",
     [("id_number", "CLM-2024-0088713")], []),

    ("yo its bex. the iud (kyleena) insertion hurt way more than they said and 3 days later still cramping. normal?",
     [("name", "bex")], []),

    ("My dad, Ray, 67, keeps choking a little on rice and bread. Not every meal. He had a small stroke last year. Speech therapist or ENT?",
     [("name", "Ray")], []),

    ("Pls ring my landline 01632 960 372, I'm 88 and can't see the screen well. My eyes have gone blurry in the middle and door frames look wavy.",
     [("phone", "01632 960 372")], []),

    ("Me and Dani have been trying for a baby for 14 months. Dani's cycles are 40+ days. Our GP in Harrowby referred us but the wait is 9 months. Anything we can do in the meantime?",
     [("name", "Dani")], []),

    ("Here's my fundraising page for my chemo wig: https://gofund.example.org/help-lucia-beat-hodgkin — sorry if that's not allowed. My real question: is it normal to lose eyebrows on ABVD?",
     [("url", "https://gofund.example.org/help-lucia-beat-hodgkin")], []),

    ("Our baby Theodore (Teddy) was born at 35 weeks on 2 May and he's jaundiced. The midwife is coming tomorrow. Should he be this sleepy between feeds?",
     [("name", "Theodore"), ("name", "Teddy")], []),

    ("My coworker Siobhan at Kellerman Insurance has been getting these weird purple bruises on her legs. She says she doesn't bump into things. She's 38. I told her to get a blood test. Was I right to say something?",
     [("name", "Siobhan")], ["Kellerman Insurance"]),

    ("Passport no. for the travel clinic form: P4821973. Going to Ghana in 5 weeks - do I need yellow fever AND malaria tablets? I'm on warfarin.",
     [("id_number", "P4821973")], []),

    ("my son Nikolai is 2 and still not talking much, maybe 10 words. the health visitor from Larkspur Children's Centre thinks we wait. my mother in law says autism. who is right",
     [("name", "Nikolai")], ["Larkspur Children's Centre"]),

    ("From: Gwen Pritchard <gwen.pritchard@telmail.example.co.uk>\nSubject: my husband's snoring\n\nHe stops breathing for like 10 seconds then gasps. Is this sleep apnoea? He's 58 and overweight.",
     [("name", "Gwen Pritchard"), ("email", "gwen.pritchard@telmail.example.co.uk")], []),

    ("I'm Ayşe, 23. Been on Roaccutane 40mg for 3 months, lips are destroyed and now my mood is really low. Should I stop it?",
     [("name", "Ayşe")], []),

    ("mrn 004-77-2190 — i was discharged from the Royal Infirmary yesterday after my appendix came out and the wound is leaking clear-ish yellow fluid. call the ward or wait?",
     [("id_number", "004-77-2190")], []),

    ("My neighbour Mr Kowalczyk at number 6 Birch Close hasn't collected his post in 3 days and he's diabetic. His curtains are shut. Who do I ring, the police or the council?",
     [("name", "Kowalczyk"), ("address", "number 6 Birch Close")], []),

    ("Hey, Dr. Mendes! Your video on reflux was great. I'm @rebecca.runs on Instagram, I followed your advice about not eating late but I still get burning at night. Next step?",
     [("name", "Mendes"), ("handle", "@rebecca.runs")], []),

    ("My 3 kids — Oona, Pip and Caspian — have head lice AGAIN. Third time this term. Is there anything stronger than the shop-bought stuff?",
     [("name", "Oona"), ("name", "Pip"), ("name", "Caspian")], []),

    ("I am writing on behalf of my employer, Dr. Hiroshi Tanaka, who is 72 and refuses to see a doctor about his hand tremor. I'm his housekeeper. How can I convince him?",
     [("name", "Hiroshi Tanaka")], []),

    ("Date of birth 30/11/2001, student ID 2019884X — the university health centre says my records are 'missing' and I need my vaccination history for my nursing placement. What do I do?",
     [("date_of_birth", "30/11/2001"), ("id_number", "2019884X")], []),

    ("sis (her name's Marisol) had a seizure for the first time last night at 31. ER did a CT and said it's clear. neurology appointment in 6 weeks. she's not allowed to drive. is that normal??",
     [("name", "Marisol")], []),

    ("Looking for advice re my husband Gerald's memory. He got lost driving home from the Tesco on Fairbanks Road last week, a road he's driven for 30 years. He's 74.",
     [("name", "Gerald")], []),

    ("You can find my full symptom diary on my blog, www.chronicallyclaire.example.com/diary — but short version: joint pain, fatigue, mouth ulcers, and a rash across my cheeks after sun.",
     [("url", "www.chronicallyclaire.example.com/diary")], []),

    ("This is Juan Carlos, the father of Valentina. She is 9 and has pain in her heel after football, only on the left side. The coach says Sever's. What is that?",
     [("name", "Juan Carlos"), ("name", "Valentina")], []),

    ("insurance member # 88-221-0094-A. they want a prior auth for Ozempic and my doctor's office keeps losing the form. I'm 52, BMI 38, A1C 7.9. Is there anything I can do myself?",
     [("id_number", "88-221-0094-A")], []),

    ("Sophie here. 5 days post partum. One boob is red and hot and I feel fluey. Midwife is off till Monday.",
     [("name", "Sophie")], []),

    ("My grandson Kai lives with us, he's 17. I found cuts on his arm yesterday. He says it's from the cat. We don't have a cat. What should I say to him?",
     [("name", "Kai")], []),

    ("Our GP surgery (Meadowbank Medical Centre) closed and moved everyone to a practice 40 minutes away. I don't drive. I'm 81 with COPD. My carer Blessing helps but she can't take me every time.",
     [("name", "Blessing")], ["Meadowbank Medical Centre"]),

    ("cell (312) 555-0187 text only. hubby Dwayne got stung by a wasp on the neck at the company picnic (Harlan Steel) an hour ago, swelling only where the sting is, breathing totally fine. benadryl ok?",
     [("phone", "(312) 555-0187"), ("name", "Dwayne")], ["Harlan Steel"]),

    ("Hello, my name is Olufunmilayo but everyone calls me Funmi. I'm 29 and have fibroids, the biggest is 7cm. Gynae says myomectomy. Scared about fertility after.",
     [("name", "Olufunmilayo"), ("name", "Funmi")], []),

    ("My dad (Dez to his mates, real name Desmond Achterberg) has been on Eliquis since his AF diagnosis. He wants to start turmeric capsules. Any interaction?",
     [("name", "Dez"), ("name", "Desmond Achterberg")], []),

    ("For the appointment form: Yolanda M. Reyes, 4410 Cedar Hollow Dr, Apt 12B, Tucson AZ 85712, (520) 555-0193. Reason for visit: recurring UTIs, 4 in 6 months.",
     [("name", "Yolanda M. Reyes"), ("address", "4410 Cedar Hollow Dr, Apt 12B, Tucson AZ 85712"), ("phone", "(520) 555-0193")], []),

    ("im on twitter as @no_sleep_nadia, been up 3 nights straight. not tired. spent loads of money. my therapist thinks hypomania. do i need a psychiatrist?",
     [("handle", "@no_sleep_nadia")], []),

    ("My little brother Finn (14) got hit in the eye with a paintball at a party, visor was up. Next day he says there's a shadow over the top part of his vision in that eye. Eye hospital or optician?",
     [("name", "Finn")], []),

    ("Doctor Farouk said my baby's hip clicks. Baby is Zainab, 6 weeks old. They want an ultrasound. What is DDH?",
     [("name", "Farouk"), ("name", "Zainab")], []),

    ("The car that hit my son on his bike had plate number 7-ABC-912 and didn't stop. Police have it. Ben has a broken collarbone and they said no surgery. How long does it take to heal at 12?",
     [("licence_plate", "7-ABC-912"), ("name", "Ben")], []),

    ("hi, Rosie from the Stockport group. my consultant is Mr. Abernethy (orthopaedics) and he wants to do a total hip at 48. is that too young?",
     [("name", "Rosie"), ("name", "Abernethy")], []),

    ("I'm a carer for Mr. Delacroix-Ruiz, age 90. He's refused food since Tuesday and sleeps most of the day. His daughter Inés lives in Madrid and asked me to post here. Is this the end?",
     [("name", "Delacroix-Ruiz"), ("name", "Inés")], []),

    ("Contact: Hamid — 07700 900583. My wife had a miscarriage at 9 weeks two months ago and her period still hasn't come back. Is that normal or should she test again?",
     [("name", "Hamid"), ("phone", "07700 900583")], []),

    ("My girlfriend's name is Summer and she has really bad period pain, like throwing up. She's 20. Her GP just says take ibuprofen. Could it be endometriosis?",
     [("name", "Summer")], []),

    ("Kind regards,\nProf. Anil Raghunathan\n(posting for my mother, 77, about her macular degeneration injections — Eylea every 8 weeks. Any experience with longer intervals?)",
     [("name", "Anil Raghunathan")], []),

    ("I'm Ishaan's dad. Ishaan's allergist at the Pemberton Allergy Clinic said he's probably outgrown his egg allergy and we can try baked egg at home. Is it really safe to do at home???",
     [("name", "Ishaan")], ["Pemberton Allergy Clinic"]),

    ("username: ToeBeanDoc (not a doctor lol). I'm a vet tech and got bitten by a cat at work yesterday at Paws & Claws Veterinary Hospital, now my hand is puffy and red up to the wrist",
     [("handle", "ToeBeanDoc")], ["Paws & Claws Veterinary Hospital"]),

    ("Maybe this is dumb but my mom April is 58 and she still gets hot flushes. Her periods stopped at 51. Is it too late for HRT?",
     [("name", "April")], []),

    ("Born on 7 Jan 1965 in Lagos. Now in Houston. My new doctor asked if I've had the hep B vaccine, I don't remember. Can a blood test tell?",
     [("date_of_birth", "7 Jan 1965")], []),

    ("Hey it's Lucas, 16. My friend Jayden vaped like nonstop at a party on Saturday and now he says his chest hurts when he breathes in deep. Should he tell his parents?",
     [("name", "Lucas"), ("name", "Jayden")], []),

    ("Reference: Medicare number 3331 0045 6782. I was told I need to pay the gap for my cataract surgery at the private hospital. Is it worth waiting for the public list?",
     [("id_number", "3331 0045 6782")], []),

    ("Quick q from Noor's husband. Noor is 36 weeks, her rings are tight and her ankles are puffy, no headache or vision stuff. Her clinic is Rosewood Midwifery but they're closed till Monday. Worth a call to triage?",
     [("name", "Noor")], ["Rosewood Midwifery"]),

    ("me (Beatriz) + my roommate both got food poisoning from the same sushi place. I'm fine now, she's still vomiting on day 3. how long is too long",
     [("name", "Beatriz")], []),

    ("My great-aunt Euphemia Blackwood, 96, lives alone at Rosehip Cottage, Lower Mill Lane, Dunsby. She fell in the garden last week and won't let anyone in to help. Can social services do a welfare check?",
     [("name", "Euphemia Blackwood"), ("address", "Rosehip Cottage, Lower Mill Lane, Dunsby")], []),

    ("tbh i just need someone to tell me if my discharge is normal. im 17 and cant ask my mom. this is my snap if u want: lil.miss.moth",
     [("handle", "lil.miss.moth")], []),

    ("Student ID S-2207731 at Carrick Community College — the health centre wants it before they'll see me about the morning-after pill. Do I have to give it?",
     [("id_number", "S-2207731")], ["Carrick Community College"]),

    ("My husband Björn had his vasectomy on Friday, and today the left side is swollen like a lemon and purple. Is that a haematoma?",
     [("name", "Björn")], []),

    ("Daughter Chloe, DOB 12/08/2015, has been referred for an EEG because she stares into space at school. The letter says 'absence seizures?'. What happens during the test?",
     [("name", "Chloe"), ("date_of_birth", "12/08/2015")], []),

    ("our family doctor, dr. ramirez, retired and the new one won't renew my mom's lorazepam. she's been on it 15 years. is stopping suddenly dangerous?",
     [("name", "ramirez")], []),

    ("Sent you a pic on discord (migraine_moth#4471). One pupil looks a bit bigger than the other in photos, I think it's always been like that? Mild headache today but nothing unusual.",
     [("handle", "migraine_moth#4471")], []),

    ("Hi, Dr. Chen and Dr. Okafor-Williams both saw my son in the ED and gave different advice about his croup. One said steroids, one said not needed. His name is Mateo, 3 years old.",
     [("name", "Chen"), ("name", "Okafor-Williams"), ("name", "Mateo")], []),

    ("I'm Kenji. 30. Vegan for 6 years and my B12 came back 140 pg/mL. Do I need injections or are tablets enough?",
     [("name", "Kenji")], []),

    ("Home address for the prescription delivery: Unit 4, 18 Pohutukawa Grove, Mt Albert, Auckland 1025. It's for my dad's oxygen concentrator supplies.",
     [("address", "Unit 4, 18 Pohutukawa Grove, Mt Albert, Auckland 1025")], []),

    ("god i'm so tired. Callum (my ex) has our daughter this weekend and she has a temp of 38.9 and he's refusing to give her Calpol bc 'natural immunity'. She's 2. what can I do",
     [("name", "Callum")], []),

    ("lol my brother's name is Bill and he just got a bill for $3,800 for an ambulance ride for his kidney stone. Should he have just gone by car?",
     [("name", "Bill")], []),

    ("My mentor at work, Dr. Adaeze Obi, told me to ask here: my 10 yr old, Tobenna, has sickle cell and gets pain crises every time it's cold. Any tips for winter?",
     [("name", "Adaeze Obi"), ("name", "Tobenna")], []),

    ("Facebook profile: facebook.example.com/marguerite.leblanc.1958 — you can see from my photos how my face has changed since starting prednisone. Moon face? Will it go away?",
     [("url", "facebook.example.com/marguerite.leblanc.1958")], []),

    ("phone: 08 5550 3172 (Perth). My 5 year old Ruby has had a barky cough for two nights. Not struggling to breathe. Steam or nothing?",
     [("phone", "08 5550 3172"), ("name", "Ruby")], []),

    ("My mother Hyun-joo is 63 and just got told her bone density T-score is -2.8. They offered alendronate but she heard about jaw problems. How common is that really?",
     [("name", "Hyun-joo")], []),

    ("Dear Sir/Madam, I, Pieter van der Merwe, wish to request my complete medical records from 2015-2022. My ID number is 8203155123089. Please advise the process.",
     [("name", "Pieter van der Merwe"), ("id_number", "8203155123089")], []),

    ("Sorry my english not good. My husband name Abdirahman, 45 years, he have pain in stomach after eat, 2 month now, and black stool sometimes. What we do",
     [("name", "Abdirahman")], []),

    ("dose for my daughter? She weighs 18kg, age 5. Her name is Marigold if that matters for the system lol. Ibuprofen 100mg/5ml.",
     [("name", "Marigold")], []),

    ("So my coach Brandon (@coachbrandonfit) told me to take 400mg caffeine pre-workout. I tried half that and felt jittery for hours. Is that amount actually safe?",
     [("name", "Brandon"), ("handle", "@coachbrandonfit")], []),

    ("Our car got stopped at the border (plate ZG 4471-BH) and they took my mother's insulin because it wasn't in the original box. She's type 1. She has a few hours of long-acting left in her. What do we do now?",
     [("licence_plate", "ZG 4471-BH")], []),

    ("I work as a nurse at Fairhaven Care Home and one of the residents, Mrs. Thornbury, has a sacral pressure sore that's gone black. Does that need a tissue viability referral? (I'm Keisha btw)",
     [("name", "Thornbury"), ("name", "Keisha")], ["Fairhaven Care Home"]),

    ("My cousin Aleksandr lives at Ulitsa Lenina 14, kv. 23 and he's been bedbound with long covid for a year. Family keeps telling him it's in his head. How do I support him from abroad?",
     [("name", "Aleksandr"), ("address", "Ulitsa Lenina 14, kv. 23")], []),

    ("Name on the prescription says 'Jon Smyth' but I'm Jonathan Smyth, born 18 April 1990. The pharmacy won't hand over my sertraline. Is that a legal thing?",
     [("name", "Jon Smyth"), ("name", "Jonathan Smyth"), ("date_of_birth", "18 April 1990")], []),

    ("dm me on reddit u/sleepless_in_sheffield if you've had a hysterectomy and can tell me about recovery. mine is booked for 14th Oct.",
     [("handle", "u/sleepless_in_sheffield")], []),

    ("Any advice for my daughter Zoë, 14, who was just diagnosed with type 1? She's at Marston Grange School and worried about injecting at lunch in front of her friends.",
     [("name", "Zoë")], ["Marston Grange School"]),

    ("my bf sam keeps getting cold sores on his lip and now i have one. weve been together 2 years. does this mean he gave me herpes?",
     [("name", "sam")], []),

    ("The consultant, Ms. Ferreira-Doyle, wants to remove my gallbladder but I've only had one attack. Can I just change my diet instead?",
     [("name", "Ferreira-Doyle")], []),

    ("I'm Olu. My wife's scan was booked on 12 March but the clinic — Sunnyvale Women's Health — rang to say the scanner is broken. She's 20 weeks. How late can the anomaly scan be done?",
     [("name", "Olu")], ["Sunnyvale Women's Health"]),

    ("Patient ref 77-0341-Q. I had a DEXA scan and the letter says osteopenia. What's the difference from osteoporosis?",
     [("id_number", "77-0341-Q")], []),

    ("Hi Dr. Appiah, it's Kofi again from your Saturday clinic. The inhaler you gave me (Symbicort) makes my voice hoarse. Rinse or change?",
     [("name", "Appiah"), ("name", "Kofi")], []),

    ("vin's mum here. my son vincent has tonsillitis for the 6th time this year. he's 8. at what point do they take tonsils out?",
     [("name", "vin"), ("name", "vincent")], []),

    ("My linkedin is linkedin.example.com/in/sara-holmqvist-physio — I'm a physio and I keep getting patients asking about dry needling after whiplash. What's the actual evidence?",
     [("url", "linkedin.example.com/in/sara-holmqvist-physio")], []),

    ("My dad Hank had a pacemaker put in 2 weeks ago, and he wants to drive his truck (plate 4KRT219) to the VFW on Friday. How long should he wait?",
     [("name", "Hank"), ("licence_plate", "4KRT219")], []),

    ("email: marcus.oyelaran@protonmail.example, I prefer email to calls. I keep waking up with my jaw aching and my dentist says I grind. Night guard or botox?",
     [("email", "marcus.oyelaran@protonmail.example")], []),

    ("Can the dietitian email me the meal plan at bellamy.june77@inbox.example.com? I'm June Bellamy, 63, newly diagnosed prediabetic (HbA1c 44).",
     [("email", "bellamy.june77@inbox.example.com"), ("name", "June Bellamy")], []),

    ("my school email is 22kmurphy@stpatricks-college.example.ie, its the only one my mam doesnt read. i think im pregnant, im 16, what are my options",
     [("email", "22kmurphy@stpatricks-college.example.ie")], []),

    ("Reach me at dr.feelgood.not@yahoo.example.com — 34M, erection problems since starting propranolol for anxiety. Known side effect?",
     [("email", "dr.feelgood.not@yahoo.example.com")], []),

    ("Hi, it's Anneliese (anneliese.krug@posteo.example.de). Following up on my Hashimoto's question — TPO antibodies are 600. Should I go gluten free?",
     [("name", "Anneliese"), ("email", "anneliese.krug@posteo.example.de")], []),

    ("Pls forward the reply to my daughter at kemi.adeyemi.home@outlook.example.com, she handles my appointments. I'm 70 and my knee replacement is scheduled for 3rd Feb. Do I stop aspirin before?",
     [("email", "kemi.adeyemi.home@outlook.example.com")], []),

    ("DOB 02-29-1996 (leap baby lol). Need to know if my mammogram is covered at 28 with a family history. Mom was 41 when she was diagnosed.",
     [("date_of_birth", "02-29-1996")], []),

    ("Hiya, Nan's birthday is 25th December 1938 so she's 86 now and she's been off her food and dozing all day for 3 days. She's at home with me, chatting fine when awake. GP or 111?",
     [("date_of_birth", "25th December 1938")], []),

    ("My doctor's booking link is calendly.example.com/dr-imogen-frayne — is it legit for a GP to do online bookings like this? She wants to see me about my smear result (CIN2).",
     [("url", "calendly.example.com/dr-imogen-frayne")], []),

    ("Here's my strava so you can see the heart rate data: strava.example.com/athletes/4418203 — max HR hit 212 on an easy run yesterday, I'm 38. Watch glitch or arrhythmia?",
     [("url", "strava.example.com/athletes/4418203")], []),

    ("I need the hospital parking permit for chemo days, car reg is BD63 XNW. Also does anyone know if the oxaliplatin cold sensitivity gets better between cycles?",
     [("licence_plate", "BD63 XNW")], []),

    ("Mobile 0491 578 148, after hours is fine. My dad (Arthur) has a red, swollen calf since his long flight from London, he's 71. Otherwise fine. Do we need a scan?",
     [("phone", "0491 578 148"), ("name", "Arthur")], []),

    ("WhatsApp me at +91 98450 21773. My mother, 58, sugar levels 320 fasting even with Glycomet 1000. Should insulin be started?",
     [("phone", "+91 98450 21773")], []),

    ("We're at 3/17 Kingfisher Parade, Norwood — my son's asthma nurse said to ask about a home nebuliser. He's 6. Are they still used?",
     [("address", "3/17 Kingfisher Parade, Norwood")], []),

    ("I live in the last caravan on the left at Bramble Farm site, pitch 22, and the damp is getting into my chest, coughing every morning. 54 and a smoker for 30 yrs.",
     [("address", "Bramble Farm site, pitch 22")], []),

    ("Writing for my colleague Thandiwe — she's too shy to post. She's 33, nursing her 4 month old, and wants to know if she can take sumatriptan for migraines.",
     [("name", "Thandiwe")], []),

    ("Mum (Carmel) and Aunty Bríd both have thyroid problems, and now my GP says mine is 'borderline'. TSH 4.9. Does it run in families?",
     [("name", "Carmel"), ("name", "Bríd")], []),

    ("hey doc its me jimbo lol, real name james. got a tattoo 4 days ago on my calf and its crusty and a bit red round the edges. normal healing?",
     [("name", "jimbo"), ("name", "james")], []),

    ("Robin (my husband, 61) was told by Dr. Nkemelu that his PSA is 7.2. Biopsy is next month. Is there anything we should ask beforehand?",
     [("name", "Robin"), ("name", "Nkemelu")], []),

    ("Im a teaching assistant at Brambleside Infant School and a little girl in my class, Esmé, keeps scratching her head till it bleeds. Her mum says it's eczema. Could it be something catching?",
     [("name", "Esmé")], ["Brambleside Infant School"]),

    ("My son Xavier's speech therapist (Ms Lomax) says he has a lisp that won't go away on its own. He's 7. Is it worth paying privately?",
     [("name", "Xavier"), ("name", "Lomax")], []),

    ("Gran (Peggy Dunmore, 89) lives at 41 Sandpiper Way, Carrickfergus and she's just been prescribed co-codamol. She already takes tramadol. Is that too much?",
     [("name", "Peggy Dunmore"), ("address", "41 Sandpiper Way, Carrickfergus")], []),

    ("i'm fernando and i have a question bout my sister luz, shes 24 and has had a cough for 2 months with some blood in the mucus sometimes. she works at a prison. TB?",
     [("name", "fernando"), ("name", "luz")], []),

    ("Dear team, my wife Ingrid Vasquez-Holt (date of birth 9 October 1972) had her thyroid removed on 3 June and her calcium keeps dropping. Who do we contact out of hours? Mobile 07700 900221.",
     [("name", "Ingrid Vasquez-Holt"), ("date_of_birth", "9 October 1972"), ("phone", "07700 900221")], []),
]


ITEMS_WITHOUT_IDENTIFIERS = [
    ("Has anyone had Bell's palsy twice? First time was 2019, now the left side of my face has been weak again since Monday. Saw the GP on Tuesday and she said it's Bell's again and gave me prednisolone 60mg for 5 days. Does it recover as well the second time?",
     [], []),

    ("Crohn's flare, on Humira 40mg every other week, CRP was 48 last week. Do I push for a scope or just ride it out?",
     [], []),

    ("What's the difference between Tylenol and Advil for a teething 10 month old? Pharmacist in Ohio said alternating is fine but my mother-in-law says never mix.",
     [], []),

    ("Can you take Zoloft 50mg with Sudafed? I have a horrible cold and a 14 hour shift tomorrow",
     [], []),

    ("I was born in 1987 so do I still get cervical screening every 3 years or is it 5 now? the letters confuse me",
     [], []),

    ("Mayo Clinic says one thing, Cleveland Clinic says another about eggs with high cholesterol. My LDL is 4.1 mmol/L. Who do I believe",
     [], []),

    ("will the flu jab make my arm hurt for long? last year it was sore for a week. Will ask the pharmacist too but curious what others found",
     [], []),

    ("Grace period on my prescription insurance ends Friday and I still haven't got my Synthroid refilled. Can I skip 3 days of 100mcg?",
     [], []),

    ("Hope someone can help. Mark on my left shin, looks like a bruise but I don't remember hitting it. It's been there since 3rd June. I'm on Xarelto.",
     [], []),

    ("Dad had Parkinson's, grandad had Alzheimer's. I'm 49. Is there a test to see if I'm at risk for either one?",
     [], []),

    ("6'2, 104kg, 41M. BP was 152/96 at the pharmacy machine, 148/94 when I rechecked. Doc appt is 9 Dec. Should I go sooner?",
     [], []),

    ("Penny for your thoughts: is Ozempic worth it if I only have about 10kg to lose? GP says BMI 29 doesn't qualify on the NHS anyway.",
     [], []),

    ("Our baby girl (3 months) has a strawberry haemangioma right next to her eye and the team at Great Ormond Street want to start propranolol. Is that safe for babies? She's 5.8kg.",
     [], []),

    ("Raynaud's in summer?? My fingers went white and numb in the freezer aisle at the supermarket in July. Is that still Raynaud's or something else",
     [], []),

    ("rusty nail went through my trainer into my foot. last tetanus jab was 2009 i think. do i need another one",
     [], []),

    ("Sue the hospital? My dad's hip surgery at St Thomas' got cancelled 3 times and now he can barely walk. Honestly I just want to know how to get him seen faster.",
     [], []),

    ("On Lexapro 10mg for 6 weeks. Still feel flat. Is it normal to take 8 weeks to work or should I ask about going up to 15?",
     [], []),

    ("ferritin 12, haemoglobin 108 g/L, MCV 74. GP said iron tabs. how long before i stop feeling so knackered",
     [], []),

    ("Grandma is 91 and still on 6 different tablets including digoxin 125mcg. Is that too many at her age? Who reviews this kind of thing?",
     [], []),

    ("Is Hashimoto's the same thing as an underactive thyroid? Just got diagnosed and the leaflet from the Royal Free doesn't really explain it.",
     [], []),

    ("In April I started getting heartburn every single night. It's now August. Gaviscon works for an hour then it's back.",
     [], []),

    ("Down syndrome baby, 8 months, heart check shows a small VSD. Cardiologist in Birmingham says it may close by itself. How often does that actually happen?",
     [], []),

    ("EpiPen expired in March. Pharmacy can't get stock until next week. Is an expired one better than nothing if my son has a reaction?",
     [], []),

    ("Dawn is when my migraines hit, like 5am every time. Any reason they'd come at the same time every day?",
     [], []),

    ("Joy of joys, got COVID again. Third time. Paxlovid or not at 67 with mild asthma?",
     [], []),

    ("Frank question: is it normal to bleed after sex when you're on the pill (Yasmin)? 24 f, happened twice now",
     [], []),

    ("Amber discharge from my belly button piercing, 3 weeks old. Salt water soaks twice a day. Infected?",
     [], []),

    ("I'm 5 foot and 47kg, 19 yo, and my period stopped 4 months ago. I run about 60km a week. Related?",
     [], []),

    ("Guillain-Barré after a flu jab — how real is that risk? My aunt says it happened to someone from her church back in Lagos.",
     [], []),

    ("Kawasaki disease - my son had it at 2, now he's 10. Does he need heart checks forever? We moved from Toronto to Vancouver and the new doctor had to look it up.",
     [], []),

    ("Baker's cyst behind my knee is the size of a golf ball. Ortho appt is 22nd Jan. Can it burst before then?",
     [], []),

    ("What's a normal resting heart rate for a 15 year old girl? Her smartwatch says 52 and she's a competitive swimmer.",
     [], []),

    ("Tourette's or just tics? My 7yo started blinking hard and sniffing in September. Paediatrician at Alder Hey says wait and see.",
     [], []),

    ("Claritin or Zyrtec for hay fever when pregnant (22 weeks)? Midwife said one of them is fine but I forgot which lol",
     [], []),

    ("Had a baby in 2021 and another in 2023, both c-sections. Is a VBAC possible for a third or is it too risky?",
     [], []),

    ("Cutting down Seroquel from 100mg to 50mg for sleep, doctor said over 2 weeks. Rebound insomnia is killing me. How long does it last?",
     [], []),

    ("My blood sugar was 11.2 two hours after pasta. Not diabetic as far as I know. 33, pregnant 26 weeks. Should I ask for the glucose test early?",
     [], []),

    ("Achilles tendon rupture at 5-a-side, op is on Thursday at the Nuffield. How long in a boot after?",
     [], []),

    ("Ritalin vs Adderall for adult ADHD, which is easier on appetite? I'm already underweight at 52kg, 1.75m.",
     [], []),

    ("Barrett's oesophagus diagnosed at 44. Scope every 3 years they said. What are the odds it turns into cancer?",
     [], []),

    ("Mirena or copper coil after 40? Heavy periods, 2 kids, definitely done having babies.",
     [], []),

    ("Is it true you shouldn't take ibuprofen with covid? Read it on some French site in 2020 and still not sure",
     [], []),

    ("Rose-coloured rash on my chest and back, kind of in a christmas tree pattern? Started with one big oval patch 10 days ago.",
     [], []),

    ("Reggie's my dog lol, not the patient. I'm the patient: 44, male. Reggie woke me at 3am because I was groaning and I had this crushing feeling in my chest that went after 10 min. It's now 9am and I feel normal. GP or A&E?",
     [], []),

    ("Addison's disease and a stomach bug - how much extra hydrocortisone? Usually 10/5/5. Sick day rules confuse me.",
     [], []),

    ("Epstein-Barr antibodies positive, 'past infection'. Could that explain 2 years of fatigue? I'm 26.",
     [], []),

    ("Do I need to fast before a cholesterol test at Quest? Appt is 8:15am Tuesday.",
     [], []),

    ("My 80 year old mother's eGFR dropped from 58 to 44 in six months. The renal team at Guy's want to see her in March. Is that a big drop?",
     [], []),

    ("Asperger's was the old name right? My son was diagnosed in 2012 in Dublin and now the school form says 'ASD level 1'. Same thing?",
     [], []),

    ("Drink 3 litres of water a day they say. I'm 70, have heart failure and I'm on furosemide 40mg. Does that still apply to me?",
     [], []),

    ("Had Pfizer then a Moderna booster. The Moderna arm is red and warm 8 days later, about a 6cm patch. Covid arm?",
     [], []),

    ("Sjögren's, dry eyes despite Restasis. Ophthalmologist in Boston mentioned punctal plugs. Do they hurt going in?",
     [], []),

    ("Will Medicare cover a CGM like the Freestyle Libre if I'm type 2 on insulin? 68, A1c 8.4.",
     [], []),

    ("Osgood-Schlatter in both knees, 13 year old boy, plays basketball 5 days a week. Rest completely or keep going?",
     [], []),

    ("Marfan syndrome runs in our family (my dad's side). I'm 6'5 and skinny with long fingers. Which doctor tests for it?",
     [], []),

    ("Brandy for a toothache? my grandad swears by it. jokes aside its a back molar, throbbing 3 days, dentist cant see me till the 14th",
     [], []),

    ("Room spins every time I roll over in bed, started last Friday. BPPV? Is the Epley manoeuvre safe to do at home off YouTube?",
     [], []),

    ("Cushing's vs just being overweight - how do they tell? My 24 hour urine cortisol was 'borderline', 210 nmol.",
     [], []),

    ("Gilbert's syndrome, bilirubin 34. Is it ok to drink alcohol at a wedding?",
     [], []),

    ("Is 37.9 a fever for a 7 year old? Calpol given at 6pm, now 10pm and she's still hot but watching telly.",
     [], []),

    ("Kaiser told me the wait for a dermatologist is 4 months. Mole on my back changed shape. Urgent care or just wait?",
     [], []),

    ("Prozac gives me crazy dreams. 20mg in the morning. Would switching to night help or make it worse?",
     [], []),

    ("Hodgkin lymphoma survivor, treated in 2008 at 19 with radiotherapy to the chest. What screening do I need now I'm 35?",
     [], []),

    ("I work in a call centre for Vodafone and I'm on a headset 9 hours a day. Constant ringing in my left ear for a month now. Could the headset cause tinnitus?",
     [], ["Vodafone"]),

    ("I'm a teacher at a primary school in Wolverhampton and I've had laryngitis 4 times this year. 38F. Is voice therapy a thing?",
     [], []),

    ("Holly, ivy, mistletoe - which Christmas plants are poisonous to toddlers? Mine (18 mths) chewed a leaf, seems totally fine, no vomiting.",
     [], []),

    ("Chemist gave me Nurofen Plus for my back and said max 3 days. Why only 3 days?",
     [], []),

    ("Lou Gehrig's disease - my neighbour has it. Can you catch it from living next door to someone? Silly question, I know.",
     [], []),

    ("Wilson's disease — son diagnosed at 16, on penicillamine. Any tips for the low copper diet? No chocolate or shellfish, he's gutted.",
     [], []),

    ("Started Wegovy 0.25 on 1 Feb. Lost 3kg but the constipation is horrible. Went up to 0.5 yesterday, will it get worse?",
     [], []),

    ("Meniere's or migraine? Dizzy spells with ear fullness, the last ones were on 2 and 9 November. 52F.",
     [], []),

    ("Hi. Graves' disease, on carbimazole 20mg. TSH <0.01, free T4 32. Hands still shake. How long does it take to settle?",
     [], []),

    ("My mum works at Sainsbury's on the tills and stands all day, now her varicose veins ache every evening. She's 55. Would compression socks help or does she need them stripped?",
     [], ["Sainsbury's"]),

    ("Sunny days make my lupus rash flare. SPF 50 every day already. Anything else? Hydroxychloroquine 200mg.",
     [], []),

    ("King's College Hospital or St George's for a second opinion on a pituitary adenoma? 11mm, prolactin 1400.",
     [], []),

    ("Baby boy born in 2024, 9lb 2oz at birth, now 8 weeks and 12lb. Is that a normal gain? Health visitor weighed him Thursday.",
     [], []),

    ("Rich food = gout attack every single time. Allopurinol 100mg since October. When does it start working?",
     [], []),
]

ITEMS = ITEMS_WITH_IDENTIFIERS + ITEMS_WITHOUT_IDENTIFIERS
