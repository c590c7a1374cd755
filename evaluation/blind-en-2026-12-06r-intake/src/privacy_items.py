# Hand-written privacy items for en19-intake.
# Each entry: (text, [(identifier_type, exact_substring), ...], [quasi_substring, ...])

WITH_IDS = [
    ("hi im Dilnoza, 34F. been getting these weird tingly feet at night for like 3 weeks now. could it be b12?? i dont eat much meat",
     [("name", "Dilnoza")], []),

    ("My son Mateo (7) has had 3 nosebleeds at Brookfield Elementary this week. His teacher Ms. Abernathy called me twice. They stop after about 10 min with pressure. Do I need to take him in? – Lucía",
     [("name", "Mateo"), ("name", "Abernathy"), ("name", "Lucía")], ["Brookfield Elementary"]),

    ("""Name: Oluwaseun Adebayo-Grant
DOB: 12/08/1991
Mobile: +44 7700 900562
Reason for enquiry: migraines with aura 2-3x a month, new since starting the pill""",
     [("name", "Oluwaseun Adebayo-Grant"), ("date_of_birth", "12/08/1991"), ("phone", "+44 7700 900562")], []),

    ("Can anyone tell me if Dr. Haverford is right that I need to stop ibuprofen 7 days before my colonoscopy? The leaflet they gave me says 3 days. Confused.",
     [("name", "Haverford")], []),

    ("MY DAD FRANK IS 81 AND FELL LAST WEEK. HES FINE NOW BUT WONT USE HIS WALKER AND SAYS ITS FOR OLD PEOPLE. HOW DO I GET HIM TO USE IT?? TEXT ME 555-204-7719 IF ITS EASIER",
     [("name", "FRANK"), ("phone", "555-204-7719")], []),

    ("Hello doctor, my wife Aigerim has had a dry cough for 2 months, worse at night. She doesn't smoke. We moved from Almaty last year and our flat at 27B Wexford Terrace has black mould in the bedroom. Could that be it?",
     [("name", "Aigerim"), ("address", "27B Wexford Terrace")], []),

    ("Quick one about my NHS number - the letter from my GP says 943 476 5919 but the hospital app shows something else. Will that mess up my referral to the knee clinic? Thanks, Gwen",
     [("id_number", "943 476 5919"), ("name", "Gwen")], []),

    ("follow my whole journey on insta @keto.kayla.eats lol but srsly is 20g carbs a day ok while breastfeeding a 4 month old?",
     [("handle", "@keto.kayla.eats")], []),

    ("I am writing for my neighbour Mr Yusuf Abdirahman because his English is not good. He is diabetic and his feet are swollen and a bit purple at the toes. His daughter Hodan normally helps him but she is travelling. Please reply to carlos.benitez.home@gmail.com and I will translate.",
     [("name", "Yusuf Abdirahman"), ("name", "Hodan"), ("email", "carlos.benitez.home@gmail.com")], []),

    ("Will has been wiped out since his last round of chemo finished in March. Is that level of fatigue 4 months later normal or should his oncologist be checking something? I'm his partner, Jonah.",
     [("name", "Will"), ("name", "Jonah")], []),

    ("Hope someone can help. My daughter Hope is 15 and has stopped eating lunch, she says she's 'not hungry' but she's lost weight and is always cold. How do I bring it up without her shutting down?",
     [("name", "Hope")], []),

    ("insurance denied claim #CLM-20931874 for my sleep study AGAIN. dr anand rao wrote a letter saying its medically necessary. anyone had luck with appeals??",
     [("id_number", "CLM-20931874"), ("name", "anand rao")], []),

    ("Someone in a grey Honda (plate 8KRW317) reversed into my mom's parked car while she was sitting in it. Airbags didn't go off and she said she was fine, but now 2 days later her neck is stiff and she has a headache. She's 72. Is that whiplash?",
     [("licence_plate", "8KRW317")], []),

    ("My grandma Ama keeps saying her knees are 'full of water'. She is 68 and visiting us from Ghana. Both knees look puffy and warm in the mornings. Is it arthritis or something else? — Kwabena",
     [("name", "Ama"), ("name", "Kwabena")], []),

    ("""Patient: Søren Halvorsen
Date of birth: 03.02.1957
Address: Kirkevej 14, 2. tv, 8000 Aarhus C
Question: My PSA went from 3.1 to 5.8 in a year. My urologist wants a biopsy. Is an MRI first an option?""",
     [("name", "Søren Halvorsen"), ("date_of_birth", "03.02.1957"), ("address", "Kirkevej 14, 2. tv, 8000 Aarhus C")], []),

    ("Hi, Grace here. I've been on sertraline 50mg for 6 weeks and feel flat rather than better. Dr Okafor wants to go up to 100. Is that usual or should I switch?",
     [("name", "Grace"), ("name", "Okafor")], []),

    ("Posting for my mum, Mrs Bernadette Kearney, 77. She had a hip replacement at the end of May and is still using two crutches. The physio, Aoife, says she's behind. What can we do at home to help?",
     [("name", "Bernadette Kearney"), ("name", "Aoife")], []),

    ("my member ID is WXN448120376 and my plan says allergy shots are covered but the clinic says they're not?? who do i believe",
     [("id_number", "WXN448120376")], []),

    ("Im a nurse at Pinecrest Care Home and one of my residents keeps getting UTIs. Question is more for me though - I have been getting them too, 4 this year. I'm 41. Should I be asking for a referral? Contact: 0412 555 873, Tamsin",
     [("phone", "0412 555 873"), ("name", "Tamsin")], ["Pinecrest Care Home"]),

    ("Dear Doctor,\nI would like a second opinion. My husband Rajesh Pillai (DOB 19 April 1963) was told his ejection fraction is 35%. His cardiologist Dr. Meenakshi Iyer suggested an ICD. We are scared. What are the risks?\nRegards,\nSunita",
     [("name", "Rajesh Pillai"), ("date_of_birth", "19 April 1963"), ("name", "Meenakshi Iyer"), ("name", "Sunita")], []),

    ("Our little boy Tadeo has eczema so bad he scratches till he bleeds. We tried everything from the pharmacy. I made a page to track it: https://tadeoskinjournal.wordpress.com - could someone look and tell us what else to try?",
     [("name", "Tadeo"), ("url", "https://tadeoskinjournal.wordpress.com")], []),

    ("Hello, I'm Nguyen Thi Lan, 29, 14 weeks pregnant. I have mild bleeding from my gums when I brush. My dentist at Lotus Smile Dental said it's pregnancy gingivitis. Is it safe to have a cleaning now?",
     [("name", "Nguyen Thi Lan")], ["Lotus Smile Dental"]),

    ("Reposting from the parenting group because nobody answered: my 3yo Ezra has a limp since yesterday, no fall that we know of, no fever. He's still running around but favours the left leg. Worth seeing someone today?",
     [("name", "Ezra")], []),

    ("Hi there. I work night shifts at Halcyon Freight depot and I'm struggling to sleep during the day. Melatonin doesn't do much. Is there anything prescription that's safe? I'm Piotr, 38. My number is 07911 482 330.",
     [("name", "Piotr"), ("phone", "07911 482 330")], ["Halcyon Freight"]),

    ("my aunty Blessing has sickle cell and shes had loads of crises this winter. the haematologist mentioned hydroxyurea. what are the side effects? she's scared of losing her hair",
     [("name", "Blessing")], []),

    ("To whoever reads this. My brother Marcus came back from deployment and won't talk to anyone, drinks every night, doesn't sleep. I don't know how to help him. He won't see the VA. I'm his sister Keisha.",
     [("name", "Marcus"), ("name", "Keisha")], []),

    ("can u get shingles twice?? my grandpa (Giuseppe, 84) had it 10 yrs ago and now its back on the other side",
     [("name", "Giuseppe")], []),

    ("Dr. Feldstein told me my ferritin is 9 and to take iron but it makes me so constipated. Are there gentler options? I'm 26 and vegetarian.",
     [("name", "Feldstein")], []),

    ("""Hi! Filling this out for my daughter.
Child's name: Amara Nwosu
DOB: 2017-09-30
School: St. Columba's Primary
Concern: snoring loudly every night and stops breathing for a few seconds sometimes
Parent email: ifeoma.nwosu@outlook.com""",
     [("name", "Amara Nwosu"), ("date_of_birth", "2017-09-30"), ("email", "ifeoma.nwosu@outlook.com")], ["St. Columba's Primary"]),

    ("Hi everyone, Priyanka here 👋 Has anyone done the low FODMAP diet while also being vegetarian? My dietitian Mrs Oduya said it's tricky. I'm 33 with IBS-D.",
     [("name", "Priyanka"), ("name", "Oduya")], []),

    ("I'm caring for my father-in-law, Hamza Qureshi, 79, who has Parkinson's. His tremor has got much worse since his neurologist changed the dose of his levodopa. Can I call the clinic directly? Their number is on the letter but nobody picks up. My mobile is +44 7456 118 204 if someone can advise.",
     [("name", "Hamza Qureshi"), ("phone", "+44 7456 118 204")], []),

    ("I'm Summer, 19, and I've had my period twice in one month. Is this something to worry about or just stress from exams?",
     [("name", "Summer")], []),

    ("posting from my alt (main is u/sarnie_queen_88) bc this is embarrassing: i have a lump near my bum that hurts to sit on. like a big spot. what is it",
     [("handle", "u/sarnie_queen_88")], []),

    ("Hello. My patient ID at the clinic is MRN 00482913. I need my records sent to a new doctor. Who do I contact? This is about my thyroid results.",
     [("id_number", "00482913")], []),

    ("Mi mamá Rosario tiene 70 años... sorry my english. She has pain in the stomach after eating fat food, right side, many months. The doctor say maybe gallbladder. Is surgery necessary? - Alejandro",
     [("name", "Rosario"), ("name", "Alejandro")], []),

    ("My son Kenji (9) was diagnosed with ADHD by Dr. Whitcombe at the Harbor Pediatrics clinic. We are not sure about starting medication. What do other parents do?",
     [("name", "Kenji"), ("name", "Whitcombe")], ["Harbor Pediatrics"]),

    ("I got a parking fine at the hospital while I was in labour ffs. Reg is LK19 HZD. Anyway, real question - is it normal to still be bleeding 5 weeks after birth?",
     [("licence_plate", "LK19 HZD")], []),

    ("Can someone explain what 'moderate LVH' means on my echo report? It was done by Dr. Isabelle Marchetti. I'm 58 and have high blood pressure. - Ron",
     [("name", "Isabelle Marchetti"), ("name", "Ron")], []),

    ("hey its jaz again 😅 the rash from before spread to my arms. still no fever. should i go back to urgent care or wait",
     [("name", "jaz")], []),

    ("Do travel clinics really need your passport number? The form wants it (mine's K4827719) for the yellow fever certificate. Also can I have the vaccine if I'm on methotrexate?",
     [("id_number", "K4827719")], []),

    ("Hello, this is Rev. Thandiwe Mahlangu. One of the ladies in my congregation (Mrs. Dube) told me she feels her heart racing every night. She is 66. I told her to see a doctor but she trusts me more. What should I tell her?",
     [("name", "Thandiwe Mahlangu"), ("name", "Dube")], []),

    ("Sunny's been throwing up since last night. Sunny is my 4yo. No fever, keeping small sips of water down. When do I need to worry about dehydration?",
     [("name", "Sunny")], []),

    ("My doctor is Dr. Lindqvist at Birchwood Family Health (tiny practice, just her and one nurse). I'm the only patient there with MS apparently. Is it worth asking for a referral to a bigger centre?",
     [("name", "Lindqvist")], ["Birchwood Family Health"]),

    ("i think my coworker Deshawn is having panic attacks at work, he goes really pale and grabs the desk. how do i help him without making it weird",
     [("name", "Deshawn")], []),

    ("""From: Margarethe Vogel
Sent: Tuesday
Subject: question for the nurse

My husband has had a catheter since his prostate surgery and the bag smells bad and the urine is cloudy. Is it an infection? Our house is Lindenstraße 42, 50674 Köln if someone can visit.""",
     [("name", "Margarethe Vogel"), ("address", "Lindenstraße 42, 50674 Köln")], []),

    ("Pls help, my baby girl Mercy is 5 months and she's refusing the bottle since 2 days, only takes breast. I go back to work Monday.",
     [("name", "Mercy")], []),

    ("My email is d.okonkwo.1979@yahoo.co.uk - I'd prefer a reply there because I share this account. I have erectile problems since starting my blood pressure tablets (amlodipine). Is there an alternative?",
     [("email", "d.okonkwo.1979@yahoo.co.uk")], []),

    ("Question re: my son Liam. Student ID 2210487 at the uni — the health centre won't release his records to me even though I pay his insurance. He had a concussion playing rugby last week. What are my rights?",
     [("name", "Liam"), ("id_number", "2210487")], []),

    ("Hi I'm Farah. My mother-in-law keeps giving my 8 month old honey on his dummy to help with teething. I thought that wasn't allowed under 1? How do I tell her",
     [("name", "Farah")], []),

    ("Anyone else see Dr Bhattacharya for their asthma? He put me on a new inhaler (Trelegy) and my voice has gone croaky. Is that from the steroid?",
     [("name", "Bhattacharya")], []),

    ("my lil sis Destiny (14) fainted at cheer practice. coach said its cause she didnt eat. she does that a lot. idk if i should tell mom",
     [("name", "Destiny")], []),

    ("It's Mark. Had my gallbladder out 10 days ago, still bloated and one of the port sites is red and leaking a bit of yellow stuff. Ring me on 021 555 3390 if a nurse can.",
     [("name", "Mark"), ("phone", "021 555 3390")], []),

    ("I am Chukwuemeka Obi, 45 years, I live at No. 7 Adeola Odeku Close, Ikoyi. I have had hiccups for 4 days non stop. I have tried everything. Please what can I do?",
     [("name", "Chukwuemeka Obi"), ("address", "No. 7 Adeola Odeku Close, Ikoyi")], []),

    ("does anyone know if the pharmacist can check my bp or do i need my GP? my GP is Dr Pemberton-Hughes and getting an appt is impossible",
     [("name", "Pemberton-Hughes")], []),

    ("""Hi, pasting what the receptionist wrote down for me:
  Pt: Ingrid Solberg
  DOB 11-Nov-1948
  NHS no: 612 884 2207
  Ref: dizziness on standing, on 3 BP meds
Do you think they'll stop one of them?""",
     [("name", "Ingrid Solberg"), ("date_of_birth", "11-Nov-1948"), ("id_number", "612 884 2207")], []),

    ("my partner Alexis (they/them) started T 6 months ago and their acne is terrible. Is it safe to take isotretinoin with testosterone?",
     [("name", "Alexis")], []),

    ("Hi - Baba (that's what we call my dad, real name is Mehmet) has been forgetting things, left the stove on twice this month. He's 74. How do we get a memory assessment?",
     [("name", "Mehmet")], []),

    ("I found this on my daughter Zoe's TikTok (https://www.tiktok.com/@zoezo.wisp) - she's posting about not eating for days. She's 13. What do I do first?",
     [("name", "Zoe"), ("url", "https://www.tiktok.com/@zoezo.wisp")], []),

    ("my surgeon is Ms. Cheng (she's a consultant so it's Ms not Dr lol). She wants to do a lumpectomy then radiotherapy. Is that as good as mastectomy for a 1.8cm tumour?",
     [("name", "Cheng")], []),

    ("Hola, soy Valentina. 23 años. I get really bad cramps, like I vomit and can't go to work at Café Ronda two days a month. Ibuprofen doesn't touch it. Could it be endometriosis?",
     [("name", "Valentina")], ["Café Ronda"]),

    ("Good afternoon, my father Mr. Ashok Mehta (Aadhaar 4821 7739 1046) is admitted in the ICU, the doctors are saying sepsis from the kidney. Is it very serious at 82? We are coming from Pune.",
     [("name", "Ashok Mehta"), ("id_number", "4821 7739 1046")], []),

    ("Hi Doctor! Joy here. My employer (Gladwell & Finch Solicitors) is asking for a fit note after my surgery but my surgeon said I didn't need one for 2 weeks off. Who writes it?",
     [("name", "Joy")], ["Gladwell & Finch Solicitors"]),

    ("My Dad's name is Bill Thornton and he just got a $14,000 bill from the hospital for a 2 night stay for chest pain (it was reflux in the end). Is there anyone who helps with this?",
     [("name", "Bill Thornton")], []),

    ("hey so my tinder date last night (Kofi) told me this morning he tested positive for chlamydia. when should i get tested? do i need antibiotics now?",
     [("name", "Kofi")], []),

    ("Hi, Dr Rosenthal's office told me to write here. My son Isaac, DOB 6/22/2012, had his tonsils out 5 days ago and his breath smells horrible and he won't eat. Is this normal?",
     [("name", "Rosenthal"), ("name", "Isaac"), ("date_of_birth", "6/22/2012")], []),

    ("I run a small home daycare (Little Acorns, 6 kids) and one child was diagnosed with hand foot and mouth. Do I need to close? My own son Rafael is 2 and attends too.",
     [("name", "Rafael")], ["Little Acorns"]),

    ("CAN SOMEONE PLEASE CALL ME BACK ABOUT MY MOTHERS MEDICATION. HER NAME IS DOLORES HAYWARD. SHE TAKES WARFARIN AND THE NEW DOCTOR ADDED AN ANTIBIOTIC. 734-555-0192",
     [("name", "DOLORES HAYWARD"), ("phone", "734-555-0192")], []),

    ("my GP Dr. Amara Eze-Williams is leaving the practice and im gutted because shes the only one who took my fibro seriously. any tips for getting the next doctor on board?",
     [("name", "Amara Eze-Williams")], []),

    ("Hi I'm Bartholomew but everyone calls me Barty. I have a tremor in my right hand when I hold a cup. 52. Parkinson's runs in the family (my uncle). Should I get tested?",
     [("name", "Bartholomew"), ("name", "Barty")], []),

    ("Anyone know if it's ok to fly 3 weeks after a DVT? I'm on apixaban. Trip is to see my grandkids in Perth. Sign me, worried Nan (Maureen)",
     [("name", "Maureen")], []),

    ("im 17 and my mum doesnt know im writing. my bf Jayden wants to stop using condoms and i want to go on the pill. can i get it without telling my parents? im in the uk",
     [("name", "Jayden")], []),

    ("""Re: my appointment
Policy number: HLT-7730-219-04
Member: Patricia O'Shaughnessy
I was told my MRI for my lower back would be pre-authorised but the imaging centre says no. I have had sciatica for 3 months.""",
     [("id_number", "HLT-7730-219-04"), ("name", "Patricia O'Shaughnessy")], []),

    ("My twin boys Kai and Koa (both 6) have had head lice 4 times this school year. Is there something stronger than the shampoo?",
     [("name", "Kai"), ("name", "Koa")], []),

    ("So I went to Dr. Yamamoto-Price for my wrist and she said it's De Quervain's. Is a steroid injection better than a splint? I'm a new mum and lift the baby all day.",
     [("name", "Yamamoto-Price")], []),

    ("Posting this for Ivy, she's my best friend and doesn't have internet at home. She's 30 weeks pregnant and her hands and face are really puffy today. Is that normal?",
     [("name", "Ivy")], []),

    ("i'm a student at Glenmore Sixth Form, my id is GSF-40218, and the school nurse wants me to get a tetanus booster after i cut my hand on a rusty fence. do i need my parents permission at 16?",
     [("id_number", "GSF-40218")], ["Glenmore Sixth Form"]),

    ("Hello! My husband Jean-Baptiste snores so loud I sleep in the other room. Now he's falling asleep at red lights. Sleep apnea? Email me: claire.dumont72@orange.fr",
     [("name", "Jean-Baptiste"), ("email", "claire.dumont72@orange.fr")], []),

    ("Does anyone have experience with Dr. Nakamura at the county clinic? He's recommending a gastric sleeve for me. I'm 5'4 and 290 lbs. - Tonya",
     [("name", "Nakamura"), ("name", "Tonya")], []),

    ("My daughter Faith got her ears pierced at Claire's 2 weeks ago and one is red, hot and oozing. She's 10. Do we take the earring out?",
     [("name", "Faith")], []),

    ("This is Obinna. I have a question about my brother Chidi. He was diagnosed with schizophrenia last year and stopped his meds. He lives with me at 15 Kingfisher Way, Thamesmead. How can I get a crisis team to visit?",
     [("name", "Obinna"), ("name", "Chidi"), ("address", "15 Kingfisher Way, Thamesmead")], []),

    ("hi im Xiadani, its my first time posting. i have a burning feeling when i pee and need to go every 10 min. i'm 24 and not pregnant. do i need antibiotics?",
     [("name", "Xiadani")], []),

    ("Dr. Abiodun Fashola (my cardiologist) has retired and his replacement wants to take me off my digoxin. I've been on it 15 yrs. Is that safe?",
     [("name", "Abiodun Fashola")], []),

    ("my grandson Tyrese (born 14 January 2009) has headaches every day after school. He's on his phone a lot. His mum says it's his eyes. Where do we start?",
     [("name", "Tyrese"), ("date_of_birth", "14 January 2009")], []),

    ("Our son River is 11 months and still not crawling. He sits fine and bum-shuffles everywhere. Should we be concerned? Our HV Linda says wait and see.",
     [("name", "River"), ("name", "Linda")], []),

    ("i made a google doc of my symptoms for the last year so the doctor can see, link is docs.example-share.net/d/harpreet-symptom-log-2024 — tldr: joint pain, mouth ulcers, hair loss. lupus?",
     [("url", "docs.example-share.net/d/harpreet-symptom-log-2024")], []),

    ("I'm Amelie, 35, and I think I have Raynaud's. My fingers go white then blue when it's cold. My boss at Hartwell Bakery keeps me on the cold prep line. Do I need a note?",
     [("name", "Amelie")], ["Hartwell Bakery"]),

    ("dm me if you've had this too, im @lowkey_lupita on twitter. basically my eyelids are swollen every morning for a month and go down by lunch. kidneys?",
     [("handle", "@lowkey_lupita")], []),

    ("Hi. Son, 15, Aarav. He grew 10 cm this year and now has knee pain below the kneecap when he plays football. Osgood-Schlatter? What should he do?",
     [("name", "Aarav")], []),

    ("The ambulance took my father to St Luke's last night and I can't find out anything. His name is Eamon Byrne, DOB 02/03/1950, hospital number H9927741. Who do I call?",
     [("name", "Eamon Byrne"), ("date_of_birth", "02/03/1950"), ("id_number", "H9927741")], []),

    ("My husband drove himself to A&E with chest pain (turned out to be a panic attack thank god) and left the car in the drop-off zone. Now they're saying they'll tow the car, reg WR66 FJN. Does the hospital PALS deal with this? Also how do we stop the panic attacks",
     [("licence_plate", "WR66 FJN")], []),

    ("hey doc, its Paddy from the allotment group 😂 no seriously i got stung by a wasp 3 days ago and my whole forearm is swollen and hot. antihistamines arent helping",
     [("name", "Paddy")], []),

    ("Kind regards from Lorenzo (lorenzo.mancini@libero.it). My son has Kawasaki disease and is being treated in hospital. Will his heart be OK long term?",
     [("name", "Lorenzo"), ("email", "lorenzo.mancini@libero.it")], []),

    ("My wife Mei-Ling had her first seizure at 34 last month. The neurologist Dr. Okonjo started her on levetiracetam and she's been really irritable. Is that the medicine?",
     [("name", "Mei-Ling"), ("name", "Okonjo")], []),

    ("Hi, my son Björn (16) got a concussion at hockey. Doctor said no screens for a week. He's going crazy. Is that really necessary?",
     [("name", "Björn")], []),

    ("My insta is linked here: instagram.com/shreya.stitches — I post my embroidery and all my followers noticed my hands shaking in videos. I'm 27. Thyroid?",
     [("url", "instagram.com/shreya.stitches")], []),

    ("Employee ID E-55812 — my work (Corvell Manufacturing) occupational health wants a hearing test because I work near the presses. I already have tinnitus. Should I push for hearing protection?",
     [("id_number", "E-55812")], ["Corvell Manufacturing"]),

    ("Asking for my mate Dougie. He's 44, drinks a lot, and his eyes have gone a bit yellow. He won't go to the doc. What do I tell him?",
     [("name", "Dougie")], []),

    ("Dear sir/madam, I am Mrs. Perpetua Agyemang. I have been having chest tightness when climbing stairs for one month. I am 63 and diabetic. My phone is +233 24 555 8120.",
     [("name", "Perpetua Agyemang"), ("phone", "+233 24 555 8120")], []),

    ("My colleague Ravi collapsed at our team lunch last week (he's fine now, they said low blood sugar). He's type 1. What should we do if it happens again in the office?",
     [("name", "Ravi")], []),

    ("Hi! my name is Precious and I'm 21. I keep getting boils under my arms. they burst and leave scars. is this hidradenitis?",
     [("name", "Precious")], []),

    ("""Contact details in case you need them:
Darnell Washington
4410 Sycamore Ridge Dr, Apt 12
Tulsa, OK 74105
(918) 555-0146
Question: my A1c is 6.3. Am I diabetic?""",
     [("name", "Darnell Washington"), ("address", "4410 Sycamore Ridge Dr, Apt 12\nTulsa, OK 74105"), ("phone", "(918) 555-0146")], []),

    ("Hey, my friend Saoirse took a morning after pill 3 days ago and now she's spotting. Is that from the pill or should she test?",
     [("name", "Saoirse")], []),

    ("my student id is 20418835 (Westbrook College) — the counselling service has a 6 week waitlist and i'm not coping. is there anything faster? i'm 19",
     [("id_number", "20418835")], ["Westbrook College"]),

    ("imran here. my 70 year old mother has had a lump on her neck for a year, it isn't painful. the GP says it's a 'thyroid nodule'. do all of these need a biopsy?",
     [("name", "imran")], []),

    ("Pat (my husband, 69) has been up 5 times a night to pee. Prostate I guess? Do they still do the finger test?",
     [("name", "Pat")], []),

    ("Does anyone know if I can take Sudafed with my sertraline? Dr. Kowalczyk is away and the locum isn't sure. I'm Ewa, 40.",
     [("name", "Kowalczyk"), ("name", "Ewa")], []),

    ("My son is in the Navy and when he was home he showed me a tick bite from training. Now I see a red ring around it in a photo he sent. His number if someone can contact him: +1 619-555-0183. His name is Private Hollis Grant.",
     [("phone", "+1 619-555-0183"), ("name", "Hollis Grant")], []),

    ("Help, my mother in law (Oma Hilde) is visiting and has brought her medications from Germany: Marcumar and something called Ramipril. Our pharmacy here doesn't know Marcumar. What's the equivalent?",
     [("name", "Hilde")], []),

    ("Quick background: I'm Tevita, 31, play rugby. Shoulder popped out at training Saturday, put back in by the physio. Now it feels loose. Surgery or rehab first?",
     [("name", "Tevita")], []),

    ("Hey everyone, I'm Rose. Since the menopause I get hot flushes 20 times a day. My GP (Dr. Mbeki) doesn't like HRT. Am I stuck?",
     [("name", "Rose"), ("name", "Mbeki")], []),

    ("I'm worried about my student, Jamal, who has fallen asleep in my class every day this term at Ridgeview Middle. Is there a medical condition I should raise with his parents?",
     [("name", "Jamal")], ["Ridgeview Middle"]),

    ("Hi 👋 we are Sione and Mele's parents. Both kids got chickenpox at the same time. Mele (4) has a spot that's big, red, hot and spreading. Is that infected?",
     [("name", "Sione"), ("name", "Mele")], []),

    ("Does my disability badge cover hospital parking? Reg KM17 RXA doesn't seem to be on their list. Sorry if wrong place. I have COPD and the walk from the main car park kills me.",
     [("licence_plate", "KM17 RXA")], []),

    ("This is going to sound strange, but my Medicare number is 2953 41872 1 and the physio says she can only see me 5 times. I had a knee replacement. Is that enough?",
     [("id_number", "2953 41872 1")], []),

    ("I'm Jorge. Diagnosed with Crohn's at 19, now 32. My gastro Dr. Tan wants to start Humira. What are the infection risks?",
     [("name", "Jorge"), ("name", "Tan")], []),

    ("sis Amaka is 7 months gone and says the baby's barely moving today. I'm driving her car (plate LAG 512 KJ) to the hospital with her now, is that right??",
     [("name", "Amaka"), ("licence_plate", "LAG 512 KJ")], []),

    ("hello i am Fatima Zahra, 27, from Casablanca originally. I have hair falling out in patches since 2 months. Alopecia areata? My email fz.benali@protonmail.com",
     [("name", "Fatima Zahra"), ("email", "fz.benali@protonmail.com")], []),

    ("My three year old, Wren, swallowed a small magnet from her brother's toy about an hour ago. She seems fine. Do I need to take her to A&E?",
     [("name", "Wren")], []),

    ("I, Hamish McAllister, am writing because my GP surgery keeps telling me to 'use the website'. I'm 86. I want to know if I need another pneumonia jab.",
     [("name", "Hamish McAllister")], []),

    ("question from my partner's account - I'm Noa. His psoriasis is on his scalp, elbows and now his nails. Is it worth asking for biologics?",
     [("name", "Noa")], []),

    ("my discord is moonpie#4471 if anyone wants to talk. 16, been feeling numb for months, my parents think its a phase",
     [("handle", "moonpie#4471")], []),

    ("Hi, my dad Dmitri (66) had a stroke 2 months ago and his right hand is still weak. The OT at Elmfield Rehab said he's plateaued. Is that true?",
     [("name", "Dmitri")], ["Elmfield Rehab"]),

    ("Zanele here, mother of 3. My youngest (Lwazi, 18 months) has not said any words yet. His brothers were talking by now. Autism?",
     [("name", "Zanele"), ("name", "Lwazi")], []),

    ("Got my blood results: cholesterol 7.2, LDL 5.1. Dr. Ferreira wants me on statins at 45. I'd rather try diet. Thoughts? - Beatriz",
     [("name", "Ferreira"), ("name", "Beatriz")], []),

    ("im being seen under hospital number RX-448207 and they sent my letter to the wrong address. now they have my old one (Flat 2, 19 Cranbrook Road). how do i fix this?",
     [("id_number", "RX-448207"), ("address", "Flat 2, 19 Cranbrook Road")], []),

    ("Reaching out about my elderly mother, Mrs. Chen Wei-Lin, who has lost 8 kg in 3 months without trying. She's 79. The GP ordered blood tests. What else should be checked?",
     [("name", "Chen Wei-Lin")], []),

    ("I've put all my son's seizure videos on a private channel, youtube.com/@caleb-seizure-diary, for the neurologist. Is that a good idea or should I send them another way?",
     [("url", "youtube.com/@caleb-seizure-diary")], []),

    ("Hi! It's me, Mrs. Aurelia Ionescu, from 3 Bellflower Court near the Co-op. My blood pressure at home is 165/98. Should I double the tablets?",
     [("name", "Aurelia Ionescu"), ("address", "3 Bellflower Court")], []),

    ("so my dad Big Tony (yes thats what everyone calls him lol) got told his kidneys are at 40%. what does stage 3 CKD actually mean day to day",
     [("name", "Big Tony")], []),

    ("my mate's snapchat is jordy_b_2007 and he's been posting about taking his mum's pills to sleep. I'm not sure if I should tell someone. we're both 16",
     [("handle", "jordy_b_2007")], []),

    ("Sending this for my father, Lt. Col. (ret) Everett Caldwell. His VA claim number is 28-441-9073 and they approved his hearing aids but he won't wear them. Any tips?",
     [("name", "Everett Caldwell"), ("id_number", "28-441-9073")], []),

    ("Hi all, Magda here. Anyone been to the Sunrise Physio on Mill Lane? It's just one therapist. I'm 52 with frozen shoulder and want to know if shockwave is worth it.",
     [("name", "Magda")], ["Sunrise Physio"]),

    ("my mum Sushila keeps getting dizzy when she turns her head in bed. she's 71. BPPV? the GP did some move on her head but it came back",
     [("name", "Sushila")], []),

    ("Wife's out of town. I'm at home with our 2 yr old, Levi, and he has croup - barking cough. Steam isn't helping. It's 2am. Can this wait till morning? Breathing looks ok. - Nate",
     [("name", "Levi"), ("name", "Nate")], []),

    ("twitter: @GrillDadRon55. that's where i post my BBQ stuff. anyway, had a burn on my forearm from the grill 5 days ago, now its got a yellow crust. infected?",
     [("handle", "@GrillDadRon55")], []),

    ("Hi, it's Ayesha again. Following up on my post from last week, the GP (Dr. Brennan) says my heart murmur is innocent. Do I still need an echo before pregnancy?",
     [("name", "Ayesha"), ("name", "Brennan")], []),

    ("born 30 September 1985, if that matters for the test — my doctor said I'm due for a cervical screening but I had the HPV jab. Do I still need it?",
     [("date_of_birth", "30 September 1985")], []),

    ("hi guys! i'm @frida.runs on strava, ran my first marathon sunday and now i cant walk down stairs, both quads like concrete. is that normal doms or rhabdo",
     [("handle", "@frida.runs")], []),

    ("Dear clinic, I was told to email this address: sergei.petrov.1960@mail.ru. I have had a Baker's cyst for a year. Can it be drained?",
     [("email", "sergei.petrov.1960@mail.ru")], []),

    ("Gran Olwen (she's 92, bless her) keeps asking for more vitamin D because 'Dr. Jenkins said so'. She already takes 800 IU. Can she overdose on it?",
     [("name", "Olwen"), ("name", "Jenkins")], []),

    ("my brother Tavita (17) broke his wrist skateboarding and the cast comes off next week. how long before he can skate again? I'm his guardian - Lupe",
     [("name", "Tavita"), ("name", "Lupe")], []),

    ("my fundraiser page is gofundme.com/f/help-teodora-walk-again if anyone can share 🙏 Teodora is my daughter, 12, and she's having spinal fusion for scoliosis next month. Her school (Marlow Park Academy) is doing a bake sale for us. How long is recovery before she can go back to lessons?",
     [("url", "gofundme.com/f/help-teodora-walk-again"), ("name", "Teodora")], ["Marlow Park Academy"]),

    ("the guy who knocked me off my bike drove off - silver ford, plate GX14 WVT. I've got a sprained wrist and a massive bruise on my hip. police want a medical report, who writes that? I'm a rider for Swiftline Couriers so I can't work",
     [("licence_plate", "GX14 WVT")], ["Swiftline Couriers"]),

    ("My physio uploaded my exercise video here: vimeo.com/user88213041/knee-rehab-week3 . Is my squat form ok or am I going to wreck my new knee?",
     [("url", "vimeo.com/user88213041/knee-rehab-week3")], []),

    ("My father was in a small accident on his scooter yesterday (number MH 12 KT 4471, the other driver is not accepting fault). Now he has pain in his ribs when he takes a deep breath. He is 68. Is x-ray needed? - Sanjay",
     [("licence_plate", "MH 12 KT 4471"), ("name", "Sanjay")], []),

    ("PE teacher at Copperfield High here (insta @coach.dani.fit if you want to see the classes lol). My left knee swells up after every lesson and it clicks on stairs. 34. Meniscus?",
     [("handle", "@coach.dani.fit")], ["Copperfield High"]),

    ("I volunteer at Greenhill Community Pantry on Saturdays and one of the other volunteers said my neck looks swollen at the front. I've noticed I'm always hot and my heart races. Can someone email me at wambui.kariuki@zoho.com with what I should ask my doctor?",
     [("email", "wambui.kariuki@zoho.com")], ["Greenhill Community Pantry"]),
]

NO_IDS = [
    "Has anyone been diagnosed with Hashimoto's and still had normal TSH? Mine was 3.8 last month but I feel awful.",

    "Will I be able to drive after cataract surgery? It's booked for 12 March at the eye unit.",

    "My grandma was born in 1941 and just got told she has Parkinson's. Is it too late for the medications to help?",

    "Took 2 Advil and 1 Tylenol together about 4 hours ago for a migraine, is it ok to take another Tylenol now? 500mg each.",

    "Mark on my shin that won't go away, kind of purple, been there since around 3 January. No injury I remember. I'm 60 and on aspirin.",

    "Crohn's flare since last Tuesday. Prednisolone 40mg is helping a bit. How fast can I taper?",

    "Hope this is the right place. BP this morning was 158/96, then 149/92 ten minutes later. I'm 47, 5'10, 210 lb. Do I need meds?",

    "is it safe to take Benadryl while breastfeeding?? baby is 3 months",

    "I was seen at Johns Hopkins last year for Marfan screening and they said no, but my new cardiologist thinks I might have Ehlers-Danlos. Can you have features of both?",

    "Grace period on my insurance ends Friday and I still need my Ozempic refill. Can I take 2 doses together before it runs out?? (jk, I know I can't, but what happens if I miss 2 weeks)",

    "Bell's palsy on the left side since Sunday morning. The walk-in clinic gave steroids. How long until my face moves again?",

    "my a1c went from 7.9 to 6.4 on mounjaro 5mg!! but i have no appetite at all, eating like 800 cal a day. is that bad",

    "Rose hip tea for arthritis - does it actually work or is it a waste of money? I'm 68 and my knees are terrible.",

    "Can Lyme disease cause heart palpitations? Got bitten hiking in Connecticut in June, rash was there for a week.",

    "TSH 0.02, free T4 28. Graves' disease?? Endo appointment is on the 21st.",

    "What's the difference between Alzheimer's and vascular dementia? Dad is 84 and the memory clinic said 'mixed'.",

    "Ivy. Poison ivy. All over both arms after clearing the garden. Calamine isn't cutting it. Do I need steroids?",

    "My iris has a little brown spot in it that I never noticed before. Should an optician look at it? I'm 35.",

    "I'm 6'2 and 145 lbs, 19 years old. Everyone says I'm too skinny. How do I gain weight without junk food?",

    "Is Mayo Clinic worth travelling to from Ohio for a second opinion on a neuroendocrine tumour? My local team seems out of their depth.",

    "Frank blood in the toilet after a hard poo this morning. Bright red, just on the paper and a few drops. Hemorrhoids?",

    "Down syndrome and hypothyroidism - is it common? Our son is 12 and his levels came back borderline.",

    "Potassium 5.9 on my bloods!! I'm on lisinopril 20mg and spironolactone. The GP rang and said to stop the spiro. Is that enough?",

    "my hospital bill from the ER visit was $3,400 for a CT and an IV. is that normal in Texas or am I being scammed",

    "Started Lexapro 10mg on the 2nd. Day 9 and I'm more anxious than ever. Is this the 'gets worse before better' thing?",

    "Summer always makes my eczema worse, sweat + sun cream. Any tips? I'm 30 and have tried Eucerin and CeraVe.",

    "Can you get Guillain-Barré from the flu jab? I'm scared to get it this year.",

    "Amber teething necklaces - safe or not? My mother swears by them.",

    "Sjögren's syndrome confirmed after my lip biopsy. Dry eyes are the worst part. What drops actually help?",

    "Pulse 118 resting since I started Sudafed for my cold 3 days ago. Is that dangerous? No other symptoms.",

    "May I ask a dumb question - can you have a UTI without pain? My 89 year old grandmother is just confused and off her food.",

    "LDL 4.6, HDL 1.1, triglycerides 2.8. 52 male, non smoker. Statin or not?",

    "Dr. Scholl's insoles for plantar fasciitis - do they work or do I need custom ones? It's killing me every morning.",

    "Baby weighed 3.2kg at birth, now 3.0kg at day 5. Midwife says it's ok up to 10% loss. Is that right?",

    "Anyone tried Wegovy after gastric bypass? My surgeon at Cleveland Clinic said it's possible but I'm nervous.",

    "Tourette's or just tics? My 8 year old blinks and clears his throat constantly since September.",

    "What does 'Barrett's oesophagus without dysplasia' mean? Got my endoscopy results from St Thomas' today.",

    "Patience is running out. 9 months on the waiting list for a hip replacement. Is it normal in Scotland to wait this long?",

    "Is Gaviscon ok in pregnancy? 32 weeks and the heartburn is unreal.",

    "Achilles tendon rupture 6 weeks ago, in the boot. When can I start weight bearing?",

    "My creatinine is 142 and eGFR 44. I'm 71. Should I stop taking Nurofen for my back?",

    "Sunny days give me a rash on my chest and arms but only in spring. Polymorphic light eruption? 40F.",

    "Hodgkin lymphoma survivor, treated in 2009 with ABVD and radiation to the chest. What screening should I be having now?",

    "Can I drink alcohol on metronidazole 400mg? The pharmacist said no but the leaflet is vague.",

    "Dawn is the worst time for my asthma. Every day I wake up at 5am wheezing. Is my Symbicort not enough?",

    "Carbamazepine 200mg twice daily for trigeminal neuralgia. Do I need blood tests?",

    "Stevens-Johnson syndrome from lamotrigine — how would I know early? Just started 25mg.",

    "My son is 14, 5'1 and 95 lbs. Paediatrician says he's a late bloomer. Should we see an endocrinologist?",

    "Kawasaki disease at 2 years old, now 10. Does he need heart checks forever?",

    "Great Ormond Street has referred us to their cleft team. What happens at the first appointment?",

    "Can you take Pepto-Bismol if you're allergic to aspirin? Read somewhere it has something similar in it.",

    "Joy of getting older: my eyelids are drooping into my vision. Is blepharoplasty covered on the NHS if it affects sight?",

    "I'm 55 and had a DEXA scan: T-score -2.7. The doctor wants me on alendronic acid 70mg weekly. Jaw bone side effects?",

    "Addison's disease here, on hydrocortisone 10/5/5. How much do I double for a bad cold?",

    "Bill me later? No really, is the shingles vaccine free over 65 in Canada or only in some provinces?",

    "Mumbai heat is giving me headaches every afternoon, drinking 3 litres a day. Could it be something else?",

    "Osgood-Schlatter at 13, now 16 and still a lump below the knee. Will it ever go?",

    "Husband has Meniere's and the vertigo attacks are every week now. Betahistine 16mg doesn't help. What next?",

    "APRIL 3RD IS WHEN THE PAIN STARTED. LOWER RIGHT BELLY, COMES AND GOES. NO FEVER. IM 24. IS IT MY APPENDIX OR AN OVARIAN CYST",

    "How much Calpol can I give a 2 year old who weighs 12kg? The bottle says 5ml but he seems big for his age.",

    "Eliquis 5mg twice a day — I missed the evening dose yesterday. Do I take 2 now?",

    "Wilson's disease in the family (my cousin). Should I get tested? I'm 22.",

    "Hemoglobin 9.8, MCV 72. I'm female, 31, heavy periods. Iron tablets or infusion?",

    "Can I donate blood after having Epstein-Barr virus? Had glandular fever last spring.",

    "Lost 14 kg since Christmas, from 98 to 84, and I'm 178 cm. Not trying. Should I be worried? 49 male.",

    "The new Dexcom sensor keeps falling off my arm when I swim. Any tape recommendations?",

    "Dupuytren's contracture in my ring finger. Surgery or needle? I'm a guitarist.",

    "Faith healing isn't working for my aunt's diabetes, she stopped her insulin. How can we convince her?",

    "First appointment at the Royal Marsden next Thursday. What should I bring? Breast cancer, stage 2.",

    "Is 0.5mg of Xanax a lot? I've been prescribed it for flights only. Never taken anything like it.",

    "Raynaud's in my toes too, not just fingers. Is that still primary Raynaud's? 26F.",

    "Cushing's syndrome test - the 24 hour urine one - can I drink coffee during it?",

    "Synthroid 88mcg - taken with breakfast for years, just found out you're supposed to take it on an empty stomach. Oops. Does it matter that much?",

    "Holly berries - my toddler might have eaten one in the garden. She seems fine. Are they poisonous?",

    "Ruby-red tongue and cracked corners of the mouth. B vitamins? 38, vegan for 5 years.",

    "Saw a doctor in Lagos during my holiday and they said typhoid. I'm back in Manchester now and still feverish. Is the treatment different here?",

    "BMI 41. 5'6, 255 lb. My doctor says I qualify for bariatric surgery. What's recovery like?",

    "Norovirus went through our whole house. I'm 7 months pregnant. Is there any risk to the baby?",

    "Mucinex or Robitussin for a wet cough? Can't tell which one is for what.",

    "Angina diagnosed last spring, GTN spray works. But I used it 4 times this week instead of once a month. Should I ring the cardiology nurse?",

    "Sickle cell trait - should my partner get tested before we try for a baby?",

    "Reading glasses at 42, is that normal? Everything on my phone is blurry now.",

    "Heel pain for 2 months. Walked the Camino in Spain in May. Stress fracture or plantar fasciitis?",
]
