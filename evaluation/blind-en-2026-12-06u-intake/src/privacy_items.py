# Hand-written privacy items. Every name, number, address, handle, plate and URL is invented.
# Each entry with identifiers: (text, [(type, exact_substring), ...], [quasi, ...])

WITH_IDS = [
    ("hey everyone, my daughter Aaliyah (7) has had bright red cheeks like she's been slapped and now a lacy rash on her arms. school nurse said fifth disease?? how long is she contagious for",
     [("name", "Aaliyah")], []),

    ("Question on behalf of my dad, Rajesh Iyer, 68. His cardiologist Dr. Feldman switched him from Lipitor to Crestor and now his legs ache at night. Should we call the office or just stop it? You can text me at (614) 555-0193 if that's easier.",
     [("name", "Rajesh Iyer"), ("name", "Feldman"), ("phone", "(614) 555-0193")], []),

    ("MY MOM GRACE HAS BEEN DIZZY EVERY MORNING WHEN SHE STANDS UP. SHE IS 81. COULD IT BE HER BP MEDS? PLEASE ANSWER",
     [("name", "GRACE")], []),

    ("Patient name: Oluwaseun Adeyemi\nDOB: 14/02/1991\nNHS no: 943 476 5919\nReason for enquiry: recurring migraines with aura, 3-4 per month, painkillers not touching them",
     [("name", "Oluwaseun Adeyemi"), ("date_of_birth", "14/02/1991"), ("id_number", "943 476 5919")], []),

    ("So my wife Hope keeps telling me to post this. I snore so loud she sleeps in the spare room and a few times a week I wake up gasping. I'm 46 and a bit overweight. Is this sleep apnea and who tests for it?\n\n— Will",
     [("name", "Hope"), ("name", "Will")], []),

    ("Dr. Nakamura told me my ferritin is 9 and to take iron, but the ferrous sulfate tablets wreck my stomach. Are there alternatives that are gentler? Thanks, Ingrid",
     [("name", "Nakamura"), ("name", "Ingrid")], []),

    ("Hi, I'm writing because my son has started wetting the bed again at 8, after being dry for two years. Could something be going on at school? Please reply to kerri.mcallister77@outlook.com as I don't check this site often.",
     [("email", "kerri.mcallister77@outlook.com")], []),

    ("My insurance (member ID WQX 4471 9920 03) denied the MRI for my lower back and says I need 6 weeks of physical therapy first. Is that normal?? The pain shoots down my left leg to the ankle.",
     [("id_number", "WQX 4471 9920 03")], []),

    ("I posted about this on insta (@crunchy.mama.of.3) but nobody answered so trying here: my 4 month old has flaky yellowish scales all over his scalp. cradle cap? do I pick them off or leave it",
     [("handle", "@crunchy.mama.of.3")], []),

    ("Weird one. I was rear-ended yesterday at a red light and the guy in the silver Camry (plate 8LMT492) drove off. Today my neck is stiff and I've got a headache behind my eyes. Whiplash? Do I need an x-ray for the insurance claim?",
     [("licence_plate", "8LMT492")], []),

    ("We set up a page for my brother's bills after his motorcycle accident: gofundme.com/f/get-marcus-back-on-his-feet\nBut my actual question is whether he should be doing more physio at home. He only gets 2 sessions a week and his knee is still really stiff.",
     [("url", "gofundme.com/f/get-marcus-back-on-his-feet")], []),

    ("My grandmother lives on her own at 47 Wexford Crescent and keeps forgetting whether she took her pills. Are those pill dispensers with alarms any good? She's on 9 different medicines.",
     [("address", "47 Wexford Crescent")], []),

    ("my gf siobhan gets the most awful cramps every month, she actually faints sometimes. her gp just says take ibuprofen. could it be endometriosis? how do you even get diagnosed",
     [("name", "siobhan")], []),

    ("Dear doctor, I am Mrs. Nkechi Okafor, 54 years, writing from Enugu. I have pains in the joints of my fingers every morning for two hours, and swelling. My phone is +234 803 555 2817. Thank you and God bless.",
     [("name", "Nkechi Okafor"), ("phone", "+234 803 555 2817")], []),

    ("My husband Frank refuses to go to the doctor about the blood in his stool. He says it's just piles. He's 59 and his father had bowel cancer. How do I convince him??",
     [("name", "Frank")], []),

    ("Re: my mum's results - MRN 7730194. The letter says 'mild small vessel disease' on her brain scan. What does that actually mean? She's 76 and sharp as a tack.",
     [("id_number", "7730194")], []),

    ("Hi im Summer, 16, and my periods have stopped for 4 months. Not pregnant (never done anything). I run cross country like 50 miles a week. Should I be worried?",
     [("name", "Summer")], []),

    ("Hello, my father Anatoly Petrov was diagnosed with atrial fibrillation last month at age 72. He is scared of blood thinners because his brother had a brain bleed on warfarin. Is Eliquis safer? Please write to me, Irina, at irina.petrova.home@yandex.ru",
     [("name", "Anatoly Petrov"), ("name", "Irina"), ("email", "irina.petrova.home@yandex.ru")], []),

    ("For the nurse line form:\nName: Li Wei / Date of birth: 1983-07-22 / Symptoms: ringing in left ear only, started after a concert 10 days ago, not getting better",
     [("name", "Li Wei"), ("date_of_birth", "1983-07-22")], []),

    ("Posting for my neighbour Mr. Abernathy who doesn't use computers. He's 88, lives at 9 Saddler's Row, and his ankles have swollen up like balloons this week. His daughter in Phoenix asked me to find out if this is urgent.",
     [("name", "Abernathy"), ("address", "9 Saddler's Row")], []),

    ("Throwaway because my husband knows my main (u/lakeview_lurker). I think I might be depressed after the baby, she's 5 weeks. I don't want to hurt myself or her, I just feel nothing when I hold her. Is this PPD? Who do I even tell?",
     [("handle", "u/lakeview_lurker")], []),

    ("Could someone from the surgery ring me back on 07700 900835? It's about my repeat prescription for levothyroxine - the pharmacy says the dose changed but nobody told me. Margaret",
     [("phone", "07700 900835"), ("name", "Margaret")], []),

    ("My doctor (Dr Achterberg at Willow Lane Family Practice) says I'm pre-diabetic, A1c 6.1. I'm 38, I teach at Brookfield Elementary and I honestly have zero time to exercise. What diet changes matter most?",
     [("name", "Achterberg")], ["Willow Lane Family Practice", "Brookfield Elementary"]),

    ("Employee ID E-40317 - my work wellness portal flagged my cholesterol at 262. HR wants me to 'follow up with a provider'. Is 262 really that bad? I'm 44, male, not overweight.",
     [("id_number", "E-40317")], []),

    ("I'm a carer for Mrs Dorothy Whitcombe (92). The skin on her lower back is getting red and she can't move much in bed. Her claim number with the care agency is CA-558120-D. Who do I call about getting pressure sore dressings?",
     [("name", "Dorothy Whitcombe"), ("id_number", "CA-558120-D")], []),

    ("Not sure who to ask. I'm a nurse (linkedin.com/in/tamsin-greer-rn if you need to verify) and I had a needlestick from a patient with unknown status. I started PEP yesterday and the nausea is brutal, all day. Is that normal?",
     [("url", "linkedin.com/in/tamsin-greer-rn")], []),

    ("My dad collapsed in the car park at Tesco yesterday and the ambulance took him in. The car is still there (reg YD19 KPF) but that's not my question: he was discharged saying it was a vasovagal faint. Should he be driving at all this week?",
     [("licence_plate", "YD19 KPF")], []),

    ("Could you post the leaflet about the bowel screening kit to 12B Harrow Court, Dunfermline KY11 4QP? Ours got binned by accident. I'm 61 and it's my first one.",
     [("address", "12B Harrow Court, Dunfermline KY11 4QP")], []),

    ("CALL ME BACK 0412 883 091 ABOUT MY SCAN RESULTS. THEY SAID NODULE ON THYROID AND NOBODY EXPLAINS ANYTHING. - BARRY",
     [("phone", "0412 883 091"), ("name", "BARRY")], []),

    ("Our little one, Mía, is 11 months and still not crawling. She sits well, babbles, bum-shuffles everywhere. Her pediatrician Dr. Salgado says wait and see, my mother-in-law says it's a problem. Who's right?",
     [("name", "Mía"), ("name", "Salgado")], []),

    ("hi doc. this is about my brother in law Sunny. he drinks a lot, like a 12 pack a night, and now his belly is swollen and his eyes look kinda yellow. he says its nothing. is it his liver",
     [("name", "Sunny")], []),

    ("Patient: Jamal Whitaker, DOB 11/03/2009. He got a concussion in football on Friday. When can he go back to practice? His coach is pushing for Thursday and I'm not comfortable.",
     [("name", "Jamal Whitaker"), ("date_of_birth", "11/03/2009")], []),

    ("I make videos about living with POTS (tiktok @tiltedtess) and loads of followers ask me about salt tablets. What's actually a safe amount per day? You can also email tess.harlow.pots@gmail.com",
     [("handle", "@tiltedtess"), ("email", "tess.harlow.pots@gmail.com")], []),

    ("Dr. Oyelaran-Brooks removed a mole from my back last week and the stitches look a bit pus-y. My follow up isn't until the 14th. Can I just put Neosporin on it?",
     [("name", "Oyelaran-Brooks")], []),

    ("I'm travelling to Kenya in March (passport number K8841027 if the travel clinic needs it for the yellow fever certificate). Do I also need malaria tablets if I'm only in Nairobi?",
     [("id_number", "K8841027")], []),

    ("Sir my father Mr. Venkatesh Rao is 70 years, sugar patient since 15 years. Now his toe is black at the tip. Local doctor is saying amputation. Please advise second opinion. Contact +91 98450 12763.",
     [("name", "Venkatesh Rao"), ("phone", "+91 98450 12763")], []),

    ("ssn on my account is 531-62-9084 and the billing dept keeps saying my colonoscopy was coded diagnostic not screening. can a doctor change the code?? i'm 50 and it was my first one",
     [("id_number", "531-62-9084")], []),

    ("I live in the last caravan on the left at Bramble Hollow Park, pitch 23, and the damp is terrible. My chest has been wheezy all winter. Can mould cause asthma in adults?",
     [("address", "Bramble Hollow Park, pitch 23")], []),

    ("Update from Chioma: the dermatologist (Dr. Lindqvist) said it's a seborrheic keratosis not melanoma!! so relieved. but can they be frozen off on the NHS or is that cosmetic?",
     [("name", "Chioma"), ("name", "Lindqvist")], []),

    ("My sister posted photos of her swollen lip on her facebook (facebook.com/reneeholloway.1988) - it happens every time she eats shrimp. Is she allergic? She says it goes down on its own so it's fine.",
     [("url", "facebook.com/reneeholloway.1988")], []),

    ("Rich (my husband) was told his PSA is 7.2. The urologist wants a biopsy. Is an MRI first an option? He's 63.\nThanks - Colleen",
     [("name", "Rich"), ("name", "Colleen")], []),

    ("I'm a student at Northgate Sixth Form (student ID NG204198) and I've been getting really bad heartburn after every lunch. I'm 17. My mum says it's just exam stress.",
     [("id_number", "NG204198")], ["Northgate Sixth Form"]),

    ("Bonjour, je - sorry, English. My name is Amélie Fournier. I am pregnant 22 weeks and I have a pain on the right side under the ribs since two days. My midwife Hélène is on holiday. What should I do?",
     [("name", "Amélie Fournier"), ("name", "Hélène")], []),

    ("I work the deli counter at Fairway Market on Route 9 and my hands are cracking and bleeding from the gloves and sanitizer. Is it contact dermatitis? Best number is 845-555-0172, I'm on shift till 6.",
     [("phone", "845-555-0172")], ["Fairway Market"]),

    ("Long-time lurker, I'm @runningonempty_jo over on twitter. Question: I've been vegan for a year and my B12 came back at 180. Do I need injections or will tablets do?",
     [("handle", "@runningonempty_jo")], []),

    ("My daughter, Ivy, has been cutting her arms. She's 14. I found out today. She's safe at home with me right now, it's not fresh, but I don't know where to start. Therapist? GP? School?",
     [("name", "Ivy")], []),

    ("I was born on 3 August 1958 so I'm 66 now, and my GP says I'm due the shingles vaccine. I had chickenpox as a child. Is Shingrix worth the side effects everyone talks about?",
     [("date_of_birth", "3 August 1958")], []),

    ("Dear team, I'm a PhD student (c.oduya@student.ncl.ac.uk) and my supervisor thinks my tremor is anxiety. It's worse when I hold a coffee cup or sign my name. I'm 29. My grandfather had something similar. Could it be essential tremor?",
     [("email", "c.oduya@student.ncl.ac.uk")], []),

    ("Patience is my mother's name, not something I have lol. Mum is 79 and her left calf is red, hot and swollen since a long flight back from Accra on Sunday. Should we go to urgent care tonight or wait for the GP?",
     [("name", "Patience")], []),

    ("Kia ora, this is Aroha, I'm 31. My doctor (Dr. Te Whare) thinks my tiredness is from low iron. But I also feel cold all the time and my hair is thinning. Shouldn't they check my thyroid too?",
     [("name", "Aroha"), ("name", "Te Whare")], []),

    ("Writing for my friend Zainab who doesn't have much English. She is 26 weeks pregnant and the baby is moving less since yesterday. She is at home at Flat 6, 88 Crossfield Road with no car. What should she do?",
     [("name", "Zainab"), ("address", "Flat 6, 88 Crossfield Road")], []),

    ("policy #HMP-7719-442 - i've been charged $1,800 for the ambulance after my seizure last month. separate question: when can i drive again? it was my first seizure ever, i'm 33",
     [("id_number", "HMP-7719-442")], []),

    ("A cop pulled me over last night (my truck, plate TXR-8831) because I was drifting across the lane and I honestly think it was my blood sugar - I'm type 1 and checked after, I was at 48. I'm Dale btw. How do I stop this happening while driving?",
     [("licence_plate", "TXR-8831"), ("name", "Dale")], []),

    ("Carer here, posting for Mrs. Huang in room 12 at the home. She's been more confused since Tuesday and smells of urine. UTI? Her usual GP is Dr. Fitzgerald-Ortiz but he's away.",
     [("name", "Huang"), ("name", "Fitzgerald-Ortiz")], []),

    ("Hello Dr, I'm Faith. 41. Blood pressure 158/96 twice this week at the pharmacy machine. I don't feel anything. Do I need tablets straight away?",
     [("name", "Faith")], []),

    ("I blog about my kidney transplant at www.newkidneynewme.net (it's just me, Odalys). 18 months post-transplant, and my creatinine crept from 1.2 to 1.5. Should I be worried or is this normal lab variation?",
     [("url", "www.newkidneynewme.net"), ("name", "Odalys")], []),

    ("lowercase bc phone. my nan, beryl, fell last week and her wrist is still puffy and purple. she says its fine but she cant open jars. should she get an xray even now",
     [("name", "beryl")], []),

    ("My husband Mark snores and then stops breathing for like 10 seconds at a time. I actually counted. He's 52, BMI around 34. Does he need a sleep study?",
     [("name", "Mark")], []),

    ("Hi, my 80 y/o father needs a home visit for his leg ulcer dressing. Address: 3318 Pelham Ridge Dr, Apt 2C. Phone (404) 555-0126. He can't drive anymore and I work days.",
     [("address", "3318 Pelham Ridge Dr, Apt 2C"), ("phone", "(404) 555-0126")], []),

    ("From Nomvula: my little brother Sipho has had a cough for 3 weeks with night sweats and he has lost weight. Someone at his school had TB last year. Should we get him tested?",
     [("name", "Nomvula"), ("name", "Sipho")], []),

    ("Hi, I'm Greta Sørensen. My claim 20-4471-SK was rejected because they say my knee arthroscopy wasn't necessary. My surgeon Dr. Haugland wrote a letter. What else would help the appeal?",
     [("name", "Greta Sørensen"), ("id_number", "20-4471-SK"), ("name", "Haugland")], []),

    ("Joy here 👋 my 9 month old has two little white spots on her bottom gum, looks like teeth coming?? or is it thrush",
     [("name", "Joy")], []),

    ("My daughter Bella (@bellaxbakes on insta if that matters lol) is 15 and has lost a lot of weight fast - skipping meals, exercising in her room at night. I'm scared it's anorexia. Where do we start?",
     [("name", "Bella"), ("handle", "@bellaxbakes")], []),

    ("I was seen at Harbourside Physio Clinic for my rotator cuff and the physio (Niamh) gave me exercises, but it's got worse, not better. Can I get a second opinion somewhere? Email: declan.furlong@eircom.net",
     [("name", "Niamh"), ("email", "declan.furlong@eircom.net")], ["Harbourside Physio Clinic"]),

    ("My son Chase is allergic to peanuts. At a friend's party someone gave him a cookie and his lips tingled, he took his antihistamine and was fine after. Should he have used the EpiPen?",
     [("name", "Chase")], []),

    ("NAME: HAROLD PIKE   DOB: 02-19-1946   COMPLAINT: LEFT EYE LIKE A CURTAIN CAME DOWN YESTERDAY FOR 5 MIN, GONE NOW. WIFE MADE ME WRITE THIS",
     [("name", "HAROLD PIKE"), ("date_of_birth", "02-19-1946")], []),

    ("Hi, I'm Yusuf. My wife Meryem has had hiccups for 3 days straight. Not joking. She can barely eat or sleep. Is this something to worry about?",
     [("name", "Yusuf"), ("name", "Meryem")], []),

    ("I'm Kofi's mum. Kofi is 4 and has sickle cell. He has a fever of 38.6 tonight. The haematology team told us to always call with a fever but the line is busy. What do I do?",
     [("name", "Kofi")], []),

    ("Saludos, I'm Julián Restrepo, living in Medellín. I take metformin 850 mg twice a day. My doctor wants to add insulin. Can I try Ozempic first? WhatsApp +57 310 555 4821 or julian.restrepo.v@hotmail.com",
     [("name", "Julián Restrepo"), ("phone", "+57 310 555 4821"), ("email", "julian.restrepo.v@hotmail.com")], []),

    ("my wife dawn is 47, hot flashes and no period for 8 months. can she still get pregnant? we're being careful but",
     [("name", "dawn")], []),

    ("Hi, I'm the nurse manager at Oak Hollow Assisted Living and one of our residents, Mr. Szabo, has a cough and fever - three others are sick too. Should we test for flu or covid first?",
     [("name", "Szabo")], ["Oak Hollow Assisted Living"]),

    ("- Name: Ffion Parry\n- NHS: 485 777 3456\n- Problem: new piercing on my ear is hot and swollen for 5 days\n- GP: Dr Evans\n- Q: do I take the earring out??",
     [("name", "Ffion Parry"), ("id_number", "485 777 3456"), ("name", "Evans")], []),

    ("Parking at the hospital costs a fortune. Anyway, our car reg is LK68 ZTW and I'll be driving my mum to chemo every week - can we get a blue badge? And her oncologist is Dr. Mensah, she said no grapefruit, why?",
     [("licence_plate", "LK68 ZTW"), ("name", "Mensah")], []),

    ("Well, here goes. I'm Rowan, 35, nonbinary, on testosterone for 2 years. My haematocrit is 54%. My prescriber wants to lower my dose. Is 54 actually dangerous?",
     [("name", "Rowan")], []),

    ("We're on the farm at 4412 County Road 17, it's 40 minutes to the nearest hospital. My husband got his hand caught in the baler last month and it's healed but he can't bend two fingers. Is there such a thing as hand therapy?",
     [("address", "4412 County Road 17")], []),

    ("Please send the cholesterol results to my work email r.kaminski@delmarlogistics.com, and my member number is DLX-009-44812.\nThanks.\nRobert Kaminski",
     [("email", "r.kaminski@delmarlogistics.com"), ("id_number", "DLX-009-44812"), ("name", "Robert Kaminski")], []),

    ("I have a huge keloid on my earlobe after a piercing. There's a pic on my profile instagram.com/nkem.ogbu (last post). Can they be removed without coming back?",
     [("url", "instagram.com/nkem.ogbu")], []),

    ("Rose is my 97-year-old great aunt. She's been refusing food this week and sleeping most of the day. Is this the end? What should we expect?",
     [("name", "Rose")], []),

    ("Hi this is Trinh, asking about my mom Mrs. Nguyen's sugar readings, they're in the 280s after dinner every night. You can reach me at 713-555-0164.",
     [("name", "Trinh"), ("name", "Nguyen"), ("phone", "713-555-0164")], []),

    ("My friend Art is a contractor and he breathed in a lot of dust ripping out old ceiling tiles. Now he's worried about asbestos. He's 58, smoker. What tests should he ask for?",
     [("name", "Art")], []),

    ("DOB 29.06.1972 - Dr. Brandt's receptionist told me to post the question here: my potassium was 5.8 on routine bloods. I'm on lisinopril and spironolactone. Should I stop one?",
     [("date_of_birth", "29.06.1972"), ("name", "Brandt")], []),

    ("i'm worried about my girlfriend, Destiny. she says she's fine but she's been throwing up after meals in secret, and her teeth are getting sensitive. bulimia? how do i bring it up without her shutting down",
     [("name", "Destiny")], []),

    ("Could Dr Rahimi or one of the others look at this: my 70-year-old mum, Parvin, has had swollen lumps in her neck for a month and itching at night. Her blood tests were normal.",
     [("name", "Rahimi"), ("name", "Parvin")], []),

    ("My 13yo son Liam keeps getting messages from an older kid on snapchat (the account is xx_darkwolf_xx) pushing him to vape. He now coughs at night. How bad is vaping for a 13 year old's lungs?",
     [("name", "Liam"), ("handle", "xx_darkwolf_xx")], []),

    ("Kia ora, I'm Wiremu. Got gout again in my big toe, 4th time this year. Should I be on allopurinol? Dr. Singh said wait until the flare settles.",
     [("name", "Wiremu"), ("name", "Singh")], []),

    ("My son Theo is in Year 3 at St Aidan's Primary and three kids in his class have impetigo. He has a crusty sore under his nose now. Can he still go in?",
     [("name", "Theo")], ["St Aidan's Primary"]),

    ("Hiya, I'm Shannon. I've had a UTI 4 times in 6 months 😩 Is there something I can take to prevent them? Please email shan.o.brien@icloud.com",
     [("name", "Shannon"), ("email", "shan.o.brien@icloud.com")], []),

    ("Medical record number 00482913 at Cedars. Dr. Ostrowski said my liver enzymes (ALT 96) are up because of fatty liver. I don't drink. I'm 42. What now?",
     [("id_number", "00482913"), ("name", "Ostrowski")], []),

    ("Bill from accounting asked me to ask: he gets pins and needles in his right thumb and first two fingers, worse at night, wakes him up. Carpal tunnel?",
     [("name", "Bill")], []),

    ("My aunt Svetlana lives at 27 Kirov Street, apartment 14 and refuses to see a doctor about her bad cough. I'm abroad. Can a doctor do a home visit?",
     [("name", "Svetlana"), ("address", "27 Kirov Street, apartment 14")], []),

    ("sooo my roommate hunter ate a bunch of edibles and was freaking out for a few hours, heart racing. he's fine now, sleeping it off. should he get checked tomorrow?",
     [("name", "hunter")], []),

    ("im 14 born 12/05/2010 and someone on tiktok (@skinnyqueen.tips) said to take laxatives to lose weight. i took 4 yesterday. my stomach really hurts. is that bad",
     [("date_of_birth", "12/05/2010"), ("handle", "@skinnyqueen.tips")], []),

    ("From Mrs. Okonjo - my son Ebuka, 16, has had acne since 12 and nothing works. His dermatologist mentioned isotretinoin. What are the side effects?",
     [("name", "Okonjo"), ("name", "Ebuka")], []),

    ("G'day, Shane here, ph (02) 5550 1834. Got bitten on the calf by something in the garden yesterday, two little puncture marks and it's itchy. Spider? No other symptoms.",
     [("name", "Shane"), ("phone", "(02) 5550 1834")], []),

    ("I'm Dr. Hallett's patient at Pine Street Medical (tiny practice, 2 doctors). My page on their portal pinestreetmed.com/patients/hbrennan lists a penicillin allergy. I'm not allergic! Who fixes that?",
     [("name", "Hallett"), ("url", "pinestreetmed.com/patients/hbrennan")], ["Pine Street Medical"]),

    ("Me (Leilani, 28) and my sister (Kaimana, 25) both have very heavy periods. Our mom had fibroids. Should we both get an ultrasound?",
     [("name", "Leilani"), ("name", "Kaimana")], []),

    ("My father Harjit Singh Bhatia was hit by an auto-rickshaw (number KA 05 MN 4471) two weeks back. His hip X-ray was clear, but he still has pain when walking. Is MRI needed?",
     [("name", "Harjit Singh Bhatia"), ("licence_plate", "KA 05 MN 4471")], []),

    ("I'm Autumn. 22. I get a weird smell before some of my headaches, like burning toast. Then sometimes I zone out for a bit. My mom says I'm just dreamy. Is this a seizure thing?",
     [("name", "Autumn")], []),

    ("Forwarding what my GP's office sent me:\n> From: Ashgrove Clinic reception\n> To: p.whitlock62@btinternet.com\n> Your recent smear test requires a repeat in 6 months.\nWhat does this mean?? Is it cancer??",
     [("email", "p.whitlock62@btinternet.com")], ["Ashgrove Clinic"]),

    ("Hey doc, it's Tomás again. The lump on my wrist came back after they drained it. Ganglion cyst. Surgery next?",
     [("name", "Tomás")], []),

    ("hi my student id is 900174563 if the campus health center needs it. I'm at Ridgeview Community College, I'm 20 and I need the meningitis B shot for my dorm. where do I get it?",
     [("id_number", "900174563")], ["Ridgeview Community College"]),

    ("Ngozi's husband here. My wife had a miscarriage at 9 weeks two months ago. When is it safe to try again? Her doctor, Dr. Hartmann, said 'whenever you're ready' but we read you should wait 3 cycles.",
     [("name", "Ngozi"), ("name", "Hartmann")], []),

    ("Name: Esperanza Villanueva\nDate of Birth: April 9, 1965\nAddress: 1502 Mariposa Ave, Unit 7, San Bernardino, CA 92405\nQuestion: I keep getting leg cramps at night since starting a water pill. Is that the pill?",
     [("name", "Esperanza Villanueva"), ("date_of_birth", "April 9, 1965"), ("address", "1502 Mariposa Ave, Unit 7, San Bernardino, CA 92405")], []),

    ("P.S. actual question - is it safe to fly 3 weeks after a DVT if I'm on rivaroxaban?\n\nRegards,\nSimon Achebe-Hart\nM: 07911 555 238\nE: simon.ah@protonmail.com",
     [("name", "Simon Achebe-Hart"), ("phone", "07911 555 238"), ("email", "simon.ah@protonmail.com")], []),

    ("my friend Yuki on discord (sleepy_yuki#4402) says she hasn't slept more than 2 hrs a night for a week and feels AMAZING and is spending tons of money. is that bipolar? should i tell her parents",
     [("name", "Yuki"), ("handle", "sleepy_yuki#4402")], []),

    ("Hello, I am caring for my husband Ibrahim after his stroke in June. He is home now and the physio, Carla, comes twice a week. He still can't lift his left arm above his shoulder. Will it come back?",
     [("name", "Ibrahim"), ("name", "Carla")], []),

    ("hit a deer last night, airbag went off. car's a write off (reg SN21 BXA) but my chest is sore where the belt was. breathing fine. do I need an x-ray? - Callum",
     [("licence_plate", "SN21 BXA"), ("name", "Callum")], []),

    ("I work at Grainger Steelworks on nights and our plan number is GSW-44-0198-7. I've been coughing up black stuff at the end of my shift. Is that just dust or something worse? 49 yo",
     [("id_number", "GSW-44-0198-7")], ["Grainger Steelworks"]),

    ("My son uploads drum covers on youtube.com/@ollieplaysdrums and since he started drumming hours a day his wrists hurt. He's 15. Tendonitis? Should he take a break?",
     [("url", "youtube.com/@ollieplaysdrums")], []),

    ("Annie and Ben's dad here (twins, 7). Both got chickenpox a week apart. Ben has one spot on his arm that's really red and hot and getting bigger. Infected?",
     [("name", "Annie"), ("name", "Ben")], []),

    ("Full name: Bartholomew Ekwueme | DOB: 17 Nov 1989 | Hospital no: RX4410872 | Q: why do I still need a sling 6 weeks after a collarbone fracture?",
     [("name", "Bartholomew Ekwueme"), ("date_of_birth", "17 Nov 1989"), ("id_number", "RX4410872")], []),

    ("I run a tiny home daycare from my house at 58 Juniper Hollow Rd - it's called Little Acorns. One of the toddlers has hand, foot and mouth. Do I need to close? My own kids are 2 and 5.",
     [("address", "58 Juniper Hollow Rd")], ["Little Acorns"]),

    ("Dr. Ferreira at the walk-in said it's just a virus but my wife Luana has had a fever on and off for 10 days since we came back from Brazil. Should she get tested for dengue?",
     [("name", "Ferreira"), ("name", "Luana")], []),

    ("Hi, I'm the school secretary at Oakmere Academy. A Year 8 girl fainted in assembly, she's fine now and mum is collecting her. Mum asked me to post: should she see a GP about the fainting? Mum's number is 07700 900412.",
     [("phone", "07700 900412")], ["Oakmere Academy"]),

    ("I'm a barista at Bean There Café on the corner and I burn my hands on the steam wand every week. Blisters every time. Cold water or ice?\n- Priya (@priya.pours)",
     [("name", "Priya"), ("handle", "@priya.pours")], ["Bean There Café"]),

    ("my mother, Esther Goldberg, 85, is on warfarin and fell and hit her shin. Big bruise, no bleeding. INR was 2.8 last week. Anything to watch for?",
     [("name", "Esther Goldberg")], []),

    ("Medicare number 1EG4-TE5-MK72 - does Medicare cover the RSV vaccine? I'm 68, my wife Jeanette is 65.",
     [("id_number", "1EG4-TE5-MK72"), ("name", "Jeanette")], []),

    ("I'm the daughter of Pedro Alvarez and he got a letter saying his kidney function is 'stage 3a'. He's 74 and diabetic. What does that mean for him day to day?",
     [("name", "Pedro Alvarez")], []),

    ("Hello, I'm a nurse at Millbrook Dialysis Unit and I've got a cold sore outbreak. Can I work with patients? My mobile is 0433 555 907 if a doctor can call.",
     [("phone", "0433 555 907")], ["Millbrook Dialysis Unit"]),

    ("hey it's Jade, got a tooth that's been throbbing for 3 days and now my jaw is a bit swollen. dentist can't see me till next week. what do i do meanwhile",
     [("name", "Jade")], []),

    ("I'm a personal trainer (portfolio: coachmarisol.fit) working at Ironworks Gym and I'm getting sharp pain on the inside of my elbow during pull-ups. Golfer's elbow?",
     [("url", "coachmarisol.fit")], ["Ironworks Gym"]),

    ("I drive a delivery van for Swiftline Couriers (van plate WX70 HJN), 10 hours a day sitting, and now my lower back aches and my right hip clicks when I get out. Normal for the job?",
     [("licence_plate", "WX70 HJN")], ["Swiftline Couriers"]),

    ("My DOB is 05/30/1994 and I'm requesting my vaccine records. Email is ramirez.kayla94@gmail.com. Also do I need a tetanus booster if my last one was 2014?",
     [("date_of_birth", "05/30/1994"), ("email", "ramirez.kayla94@gmail.com")], []),

    ("Hi, Pastor Emmanuel asked me to post for a church member (she's 60) whose legs ache when she walks a block and the pain goes away when she stops. Circulation?",
     [("name", "Emmanuel")], []),

    ("Dear Dr. Wójcik, my son Kacper (5) was prescribed amoxicillin for an ear infection and now on day 7 he has a blotchy rash all over. Allergy?",
     [("name", "Wójcik"), ("name", "Kacper")], []),

    ("I'm housebound at Apt 11F, 210 East 98th Street and I need someone to check my INR at home. Call 212-555-0187. I'm 79 and on warfarin for my valve.",
     [("address", "Apt 11F, 210 East 98th Street"), ("phone", "212-555-0187")], []),

    ("I'm Tarek, line cook at Olive & Thyme. I took the tip of my finger off (tiny bit) on the mandoline last night, wrapped it up, bleeding stopped. Will it grow back?",
     [("name", "Tarek")], ["Olive & Thyme"]),

    ("my sister Marisol's handle is @mari.sol.rises on threads and she keeps posting about getting chest pain when she runs but won't see anyone. she's 36. how do I convince her",
     [("name", "Marisol"), ("handle", "@mari.sol.rises")], []),

    ("I'm an apprentice at Holloway & Sons Joinery, name's Kieran, and I got a splinter under my thumbnail a week ago that's now throbbing with pus under the nail. Hot water soaks?",
     [("name", "Kieran")], ["Holloway & Sons Joinery"]),

    ("My daughter Imani goes to Little Sprouts Montessori and they won't let her back without a doctor's note after conjunctivitis. Her eyes are clear now. Do we really need the note?",
     [("name", "Imani")], ["Little Sprouts Montessori"]),

    ("Working at Kessler Dental as a hygienist and I think I've developed a latex allergy - itchy hands, and now sneezing at work. Can it get worse?\nNoor, 32",
     [("name", "Noor")], ["Kessler Dental"]),

    ("Anyone know if the Mirena affects mood? Asking because my partner thinks I've been snappy since mine went in. 29F. Text 0161 555 0739 if you're a nurse, I don't mind a call.",
     [("phone", "0161 555 0739")], []),

    ("ok so long story. my flatmate Tendai went out friday, came back saturday morning with a black eye and says he doesn't remember how. he's been fine all weekend, no headache, eating, gaming. his mum (who's a nurse) says he should get checked anyway. is she overreacting? he says he'll go if a doctor online says so lol",
     [("name", "Tendai")], []),

    ("The specialist letter went to our old address, 16 Rookery Close, and now we've missed the appointment. Can my son's cardiology referral be resent? He's 9 with a heart murmur.",
     [("address", "16 Rookery Close")], []),

    ("my cousin runs an account @glowupwithkenz selling 'detox teas' and she gave me some. I've had diarrhea for 4 days now. is it the tea??",
     [("handle", "@glowupwithkenz")], []),

    ("Hello from Manila! I'm Maricel, 45, nurse working abroad. My BP has been creeping up (140s/90s) and my mother had a stroke at 50. Please email me at maricel.dizon.rn@yahoo.com, thank you po.",
     [("name", "Maricel"), ("email", "maricel.dizon.rn@yahoo.com")], []),

    ("Insurance claim no. CLM-2024-0087731: they want a doctor's note that my son's braces are medically necessary (overbite, jaw pain). Who writes that, the orthodontist or the GP?",
     [("id_number", "CLM-2024-0087731")], []),

    ("Our 14 year old, Precious-Joy, was born 21 June 2010 and has still not had her first period. Is that late? She's very sporty and thin.",
     [("name", "Precious-Joy"), ("date_of_birth", "21 June 2010")], []),

    ("I've seen Dr. Abiodun-Clarke three times about my dizziness and she keeps saying it's my ears. I've got vertigo every time I roll over in bed. Is there an exercise for that?",
     [("name", "Abiodun-Clarke")], []),

    ("Our newborn's red book says 'sacral dimple' - what does that mean? Midwife Bronwyn said it's probably nothing but to ask the GP. He's 10 days old.",
     [("name", "Bronwyn")], []),

    ("I'll keep it short: husband (Ravi) 41 and I (Anjali) 38, both fully vaccinated. Going to India for a wedding. Typhoid vaccine needed?",
     [("name", "Ravi"), ("name", "Anjali")], []),

    ("Posting my mum's case: Maureen O'Sullivan, DOB 08/01/1949, had a hip replacement 3 weeks ago and the wound has a small gap at one end. The district nurse comes Thursday. Ok to wait?",
     [("name", "Maureen O'Sullivan"), ("date_of_birth", "08/01/1949")], []),

    ("Car accident last Tuesday, the other driver's plate was MH12 DE 4487 if it matters for the report, but I mainly want to know: my knee hit the dashboard and now it's swollen behind, like a water balloon. Baker's cyst?",
     [("licence_plate", "MH12 DE 4487")], []),

    ("Hello, I am Dr. Qureshi's patient and I have had a cough for 5 weeks after covid. He said wait. My website is www.farahqdesigns.com if you want to contact me. Is 5 weeks normal?",
     [("name", "Qureshi"), ("url", "www.farahqdesigns.com")], []),
]


# Items with no identifiers: only traps.
NO_IDS = [
    "Will taking Tylenol and Advil together hurt my liver? I'm taking 500 mg Tylenol every 6 hours for a toothache and 400 mg Advil in between.",

    "My A1c went from 7.9 to 6.4 in three months on Ozempic 0.5 mg. Is that too fast? Also lost 9 kg. Feeling good but my mother keeps saying it's dangerous.",

    "Diagnosed with Hashimoto's at 34. TSH is 6.2 on 50 mcg levothyroxine and I feel like a zombie. Should the dose go up?",

    "Is Bell's palsy contagious? Half my face drooped on Monday, the ER ruled out a stroke and gave me prednisone. My kids want hugs and I'm scared to.",

    "I have an appointment at the Mayo Clinic on March 12 for my Crohn's. What should I ask about Humira vs Stelara?",

    "May I ask a frank question? Does Zoloft kill your sex drive forever, or does it get better after a few months?",

    "BP this morning 148/92, this evening 136/84. I'm 57, 5'9\", 210 lbs. Is that high enough for meds or do I try diet first?",

    "Grace period on my prescription ran out at Walgreens and they won't refill my Lipitor until my doctor calls. Is it dangerous to miss a week?",

    "Hope someone can help. Since Oct 3 I've had ringing in my ears after taking high dose aspirin for a sprain. Will it go away now I've stopped?",

    "Born in 1962, so I'm 62 - do I still need a mammogram every year or is every two years enough?",

    "Is Raynaud's the same as bad circulation? My fingers go white in the freezer aisle at Costco lol",

    "Dad has Alzheimer's and lives in Ohio, I'm in Texas. How do you know when it's time for memory care?",

    "does metformin cause low b12?? been on 1000 mg twice a day for 8 years and my feet tingle",

    "Mark my words, this Achilles pain is going to end my marathon plans. Six weeks of heel pain, worst first thing in the morning. Tendinopathy? Do I stop running completely?",

    "Joy of joys, another sinus infection. Third one since January. Should I be seeing an ENT at this point?",

    "hi, 28F, 165 cm, 52 kg. period is 10 days late, 3 negative tests. stress? started a new job on the 2nd",

    "Platelets 98, WBC 3.1, hemoglobin 11.4. All 'slightly low'. Doctor wants to repeat in 6 weeks. Should I push for a hematologist?",

    "Are Claritin and Zyrtec basically the same thing? Which is better for cat allergy? I'm moving in with someone who has two cats.",

    "Summer is coming and every year I get an itchy bumpy rash on my arms after the first sunny days (polymorphic light eruption, apparently). Any way to prevent it?",

    "Guillain-Barré after a flu shot - how common is it really? I'm nervous about getting mine on Friday.",

    "Epstein-Barr antibodies came back positive. Does that mean I have mono now or had it before? 19, college student in Boston, exhausted all the time.",

    "Is it normal to bleed a bit after a Pap smear? Had mine at Planned Parenthood this morning and there's some spotting.",

    "Our 6 week old weighs 4.1 kg, born at 3.2 kg. Is that good gain? Exclusively breastfed and feeding every 2-3 hours.",

    "What's the difference between type 1 and LADA? I was diagnosed type 2 at 39 but I'm thin and nothing is working.",

    "Sjögren's or just dry eyes from screens? My mouth is dry too. ANA was 1:160 speckled.",

    "Can you take Nexium long term? I've been on 40 mg daily for about 6 years for reflux and just read it's bad for your bones.",

    "Down syndrome screening - the NIPT came back low risk. Do we still need the 20 week scan?",

    "Frank blood in the urine after a long run (about 30 km). It was clear by the next pee. Should I worry?",

    "My cardiologist at Johns Hopkins wants me on Eliquis 5 mg twice a day for afib. Can I still have a glass of wine with dinner?",

    "Appointment is June 4th with the rheumatologist. Meanwhile my knuckles are swollen every morning for about an hour. Anything I can take until then?",

    "Osgood-Schlatter in a 12 year old - should he stop football completely or just rest when it hurts?",

    "I take Xanax 0.25 mg as needed for flying. Can I take it with Dramamine or is that too sedating?",

    "Cholesterol: total 241, LDL 162, HDL 48, triglycerides 155. Age 45. Statin or diet first?",

    "Is Cushing's something they'd check for with weight gain around the belly and purple stretch marks? 33 years old.",

    "Tourette's or just tics? My 8 year old blinks and sniffs a lot since starting school in September.",

    "ever since the manchester trip (flew back on the 19th) I've had diarrhoea 4-5 times a day. travellers diarrhoea? no fever, no blood",

    "Is Wegovy covered for weight loss only? BMI 36 and prediabetic. My insurance is being vague.",

    "Rose-coloured oval patches on my chest and back after a cold, and it started with one bigger patch. Pityriasis rosea?",

    "Graves' disease - radioactive iodine or surgery? The endocrinologist at St. Vincent's gave me both options and said it's my choice. Help!",

    "Question about Mounjaro 2.5 mg: I get nausea on day 2 after every injection. Does that get better?",

    "Hi, 71 year old male, PSA 4.8 up from 3.9 last year. Is that significant?",

    "Got the bill from the hospital today and it says 'observation status' not 'admitted'. Does that affect whether rehab is covered afterwards?",

    "Are Tylenol PM and regular Benadryl the same ingredient? Don't want to double up.",

    "Addison's patient here (hydrocortisone 20 mg a day). How do I stress-dose when I have the flu? Never been taught properly.",

    "Lost 6 lbs this month without trying. 51, female, not dieting, eating normally. What tests should I ask for?",

    "Ferritin 12, hemoglobin 12.9. Is that iron deficiency without anemia? I feel exhausted all the time.",

    "My 15 month old is 74 cm and 8.9 kg, the pediatrician says 5th percentile. Should we be worried?",

    "The Cleveland Clinic website says to avoid NSAIDs with kidney disease. Does that include Voltaren gel on my knees?",

    "Patience is not my strong point but I've been waiting 6 months for a sleep study. Is there anything I can do in the meantime for insomnia?",

    "Just moved to Lagos from London and I've had malaria twice in 3 months. Should I be on prophylaxis long term?",

    "Last dose of Keppra was at 8 pm yesterday and I forgot this morning's. Do I double up tonight?",

    "Sunny days give me migraines. Is light sensitivity a trigger that can be treated, or do I just live in sunglasses?",

    "Can Accutane affect night vision? Month 3 of 40 mg and driving at night feels harder.",

    "Onset was around 14 February: tingling in both feet, now creeping up to the ankles. I'm 60, not diabetic, B12 normal. What else causes this?",

    "Do I need a referral for physical therapy in California? Rotator cuff tear on MRI on 11/2.",

    "Faith-based fasting question: my church fasts for 40 days, water only until sunset. I'm on insulin. Is it safe at all?",

    "Is a resting heart rate of 48 ok? I'm 34 and cycle about 200 km a week.",

    "why does my dexcom read 30 points lower than my fingerstick?? which one do i trust",

    "After a Whipple procedure how long until eating is normal? My father had one at MD Anderson in August and he's still losing weight.",

    "Kawasaki disease - is the rash always there? Our 3 year old was admitted and they're giving IVIG. Is this serious long term?",

    "What does 'Charcot foot' mean? Saw it on my discharge letter from Guy's and nobody explained it.",

    "Is ibuprofen 800 mg three times a day too much for a sprained ankle? 90 kg, 6'1\".",

    "Prescribed Paxlovid for covid. Everything tastes like metal. Is that normal, and is it ok with my simvastatin?",

    "Dawn is the worst time for my asthma, I always wake up around 4-5 am wheezing. Does that mean it's not controlled?",

    "I'm 24 weeks pregnant and the glucose tolerance test is on the 9th. Can I eat breakfast before it?",

    "Hi all. Stopped Lexapro 10 mg cold turkey 5 days ago, having brain zaps. How long do they last?",

    "Meniere's - is that the same as vertigo? Had 3 spinning attacks this month with a full feeling in my ear.",

    "Does Medicare cover the shingles vaccine? 66, Florida.",

    "Lyme disease: got a bullseye rash after camping in Vermont. Started doxycycline. How long until I feel normal?",

    "Weight 61 kg at 170 cm, been gaining about 1 kg a year since 40. Is that just slow metabolism?",

    "Heberden's nodes on my fingers - is that osteoarthritis? I'm 56 and they were sore when they first came up.",

    "Whooping cough going around at the high school in our town. Is a Tdap booster needed for a 15 year old?",

    "Kept a log: Mon 132/80, Tue 141/88, Wed 129/79, Thu 150/95 (after coffee). Is the average ok?",

    "Eczema on my eyelids - can I use hydrocortisone 1% there or is that too strong for the skin?",

    "MRI on 3rd Jan showed 'L4-L5 disc protrusion abutting the L5 nerve root'. Is surgery usually needed for that?",

    "Ivy or oak, whichever it was, I now have blistering lines all over my arms after clearing brush on Saturday. Calamine isn't doing much.",

    "Is 37.9 a fever in a 2 year old or just warm? Took it under the arm.",

    "Sertraline 50 mg to 100 mg - how long until the higher dose starts working?",

    "A hospital in Chicago quoted $4,000 for a colonoscopy. Is the FIT test a real alternative?",

    "I have Marfan-type features (tall, long fingers) - 6'5\" and 72 kg at 17. Who tests for Marfan syndrome?",

    "Is Tamiflu worth it on day 3 of flu? 40, otherwise healthy.",

    "Chase the painkillers with food or not? Naproxen 500 mg wrecks my stomach.",

    "Lily pollen got all over my hands while arranging flowers and now there's an itchy rash. Is it the pollen or the sap?",

    "Haglund's deformity - is that what the bony bump at the back of my heel is? It rubs in every pair of shoes.",

    "HELP. 38 WEEKS PREGNANT, BP AT THE MIDWIFE WAS 142/91. SHE SAID RECHECK TOMORROW. IS THAT HIGH?",

    "Will my son outgrow his milk allergy? He's 3 and reacted to a bit of cheese last month (hives only).",
]
