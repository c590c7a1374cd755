# Hand-written privacy items.
# Each item: (text, [(identifier_type, exact_substring), ...], [quasi_substring, ...])
# Every name, number, address, email, handle, plate and URL below is invented.

WITH_IDENTIFIERS = [
    ("Hi, I'm Tomasz and my left knee has been clicking since I started running again after Christmas. No swelling, no pain really. Is that normal or should I get it looked at?",
     [("name", "Tomasz")], []),

    ("my mum Adaeze is 71 and keeps getting dizzy when she stands up from the sofa. her GP dr okonkwo says its probably the blood pressure tablets (amlodipine 10mg) but its getting worse not better. what should we ask him next time",
     [("name", "Adaeze"), ("name", "okonkwo")], []),

    ("Question about my son's rash, pics are on my blog: www.mamabear-soojin.net/rash-day3 . He's 4, it started after daycare on Monday and it's not itchy. Thanks! Soo-jin",
     [("url", "www.mamabear-soojin.net/rash-day3"), ("name", "Soo-jin")], []),

    ("PATIENT NAME: Ricardo Alves\nDOB: 14/03/1979\nMEMBER NO: BXK-44810293\nREASON FOR ENQUIRY: cough x3 weeks, no fever, worse at night\nDo I need a chest x-ray or can my GP sort it?",
     [("name", "Ricardo Alves"), ("date_of_birth", "14/03/1979"), ("id_number", "BXK-44810293")], []),

    ("Can someone please ring me back about dad's dialysis times? 0412 558 903 is best, ask for Mere. He's wiped out after the Thursday sessions and I want to know if he can switch to mornings.",
     [("phone", "0412 558 903"), ("name", "Mere")], []),

    ("I work nights at the Kwik Save depot in Hartley and my sleep is wrecked. I'm Gareth, 45, and I've started getting palpitations, mostly on shifts where I've had 3-4 energy drinks. Is it the caffeine or my heart?",
     [("name", "Gareth")], ["Kwik Save depot"]),

    ("hello doctor my name is Nguyen Thi Lan, i am 62 years old. i have pain in my fingers in the morning, very stiff for 1 hour. my daughter say maybe arthritis. which medicine is good",
     [("name", "Nguyen Thi Lan")], []),

    ("Hope has had a temperature of 38.4 since yesterday, she's 3 and still drinking fine. Calpol helps for a few hours then it creeps back up. When should I start to worry?",
     [("name", "Hope")], []),

    ("Posting for my husband Will because he won't. He's 58, snores like a chainsaw and stops breathing for a few seconds in the night, I've actually timed it. He will not go to the doctor unless I book it for him. Who do we see?",
     [("name", "Will")], []),

    ("Email me the leaflet please: rashid.mahmoud84@gmail.com - I was told at the diabetes clinic there's one about carb counting during Ramadan.",
     [("email", "rashid.mahmoud84@gmail.com")], []),

    ("Dr. Feldstein prescribed me sertraline 50mg three weeks ago and honestly I feel worse, more anxious and can't sleep. Is this normal at the start? I don't see him again till the 28th.\n- Leah",
     [("name", "Feldstein"), ("name", "Leah")], []),

    ("My daughter Grace (7) keeps getting nosebleeds at school, the office at St Columba's Primary has called me 3 times this month. Is it just the dry air in the classrooms or should she see someone?",
     [("name", "Grace")], ["St Columba's Primary"]),

    ("NHS number 485 777 3456 \u2014 I can't get a GP appointment for 3 weeks and my inhaler prescription ran out yesterday. Can I get an emergency supply from a pharmacy?",
     [("id_number", "485 777 3456")], []),

    ("So my flatmate Jorge slipped on the stairs at our place, 41 Hollis Street, last week and his ankle's still purple and he's limping. He says it's just a sprain. How long before it should start looking better?",
     [("name", "Jorge"), ("address", "41 Hollis Street")], []),

    ("Hi its Shanice!! \U0001F60A quick one, been on the pill (Microgynon) for 2 yrs and keep spotting between periods lately, is that anything to worry about? x",
     [("name", "Shanice")], []),

    ("MY FATHER BOGDAN IS 80 AND HE WONT STOP COUGHING AT NIGHT. HE SMOKED FOR 50 YEARS. HE SAYS ITS NOTHING. PLEASE WHAT TESTS HE NEED",
     [("name", "BOGDAN")], []),

    ("I'm on instagram as @fitwithfarah_ and a follower asked whether creatine is safe with one kidney. I actually have one kidney myself (donated the other to my brother). What's the honest answer?",
     [("handle", "@fitwithfarah_")], []),

    ("Patient: Aroha Ngata. Policy no. NZH-559031-02. My claim for physio after ACL reconstruction got declined \u2014 do I need a referral letter from the surgeon, Mr Whitcombe?",
     [("name", "Aroha Ngata"), ("id_number", "NZH-559031-02"), ("name", "Whitcombe")], []),

    ("Hey, me and Priyanka are trying for a baby, 8 months now with nothing. She's 36, I'm 39. At what point do we get tested and who goes first?",
     [("name", "Priyanka")], []),

    ("Our little one was born 02/09/2023 and still isn't rolling over. Health visitor wasn't bothered but I am. Is that late??",
     [("date_of_birth", "02/09/2023")], []),

    ("Can you send the results to my other email, k.obeng.works@protonmail.com, not the old one. It's about the ultrasound of my thyroid nodule from last Tuesday.\nThanks,\nKwabena Obeng",
     [("email", "k.obeng.works@protonmail.com"), ("name", "Kwabena Obeng")], []),

    ("My granddad Seamus has dementia and last night he went wandering out of the house in his slippers. We found him at the bus stop at 3am. We live at 7 Glenarm Road, Larne and the care team is stretched thin. What can we do to keep him safe at night?",
     [("name", "Seamus"), ("address", "7 Glenarm Road, Larne")], []),

    ("question for a friend (Dawn, 52) who's having hot flushes every hour and cant sleep. HRT or not? her mum had breast cancer so she's scared of it",
     [("name", "Dawn")], []),

    ("plate was RX19 KTV, the guy reversed into me in the Asda car park and now my neck is stiff and I've got a headache on one side. Is this whiplash? Do I need a doctor's note for the insurance?",
     [("licence_plate", "RX19 KTV")], []),

    ("Sorry to bother. I'm Yui Tanaka, exchange student, student ID 2204817. Uni health centre closed for the weekend. I have a UTI again I think, burning when I pee. Can I buy antibiotics at a pharmacy here?",
     [("name", "Yui Tanaka"), ("id_number", "2204817")], []),

    ("Dear Sir/Madam,\nI am writing on behalf of my mother, Mrs Philippa Arkwright (date of birth 19 April 1944), who has now been waiting eleven weeks for her cataract operation. Her vision is so poor that she has stopped reading altogether, which was her great pleasure. Could you advise whether she can be moved up the list?\nYours faithfully,\nJulian Arkwright",
     [("name", "Philippa Arkwright"), ("date_of_birth", "19 April 1944"), ("name", "Julian Arkwright")], []),

    ("ok so backstory. my bf Deshawn plays rugby and took a knee to the thigh saturday. now theres a massive hard lump and its gone all shades of purple. he can walk but it kills. ice? heat? he wont go to a&e",
     [("name", "Deshawn")], []),

    ("Anyone know if Dr Nwachukwu at the Ridgeway surgery still does coil fittings? I'm due a replacement in a few weeks and the receptionist was vague.",
     [("name", "Nwachukwu")], ["Ridgeway surgery"]),

    ("My kid's school nurse wants his Medicaid ID before she'll give him his inhaler at lunch \u2014 it's 71920448C. Is that a normal thing for them to ask? He's 9 and has asthma.",
     [("id_number", "71920448C")], []),

    ("Hi! My name's Mohammed Al-Farsi, 27, from Muscat, visiting my brother. I've had diarrhoea for 4 days since I arrived. Should I see a doctor here or wait till I fly home on Sunday?",
     [("name", "Mohammed Al-Farsi")], []),

    ("I posted my son's story here: facebook.com/ayesha.k.begum.12/posts \u2014 he's 15 and his hand has been shaking since he started the ADHD meds. Is a tremor a known side effect of Concerta?",
     [("url", "facebook.com/ayesha.k.begum.12/posts")], []),

    ("Sunny hasn't pooped in 4 days. She's 14 months, just moved onto cow's milk. Prune juice or something stronger?",
     [("name", "Sunny")], []),

    ("Text me on +44 7700 918 442 if you need more info. My partner Ifeoma has a fibroid and the heavy bleeding is making her so tired she nearly fainted at work. Is iron enough or does she need the operation?",
     [("phone", "+44 7700 918 442"), ("name", "Ifeoma")], []),

    ("Hi, I'm a carer for Mr Lindqvist (Bengt) at his home. He has Parkinson's, and since his levodopa dose was increased he's been seeing things at night \u2014 people in the room. Who do I tell?",
     [("name", "Lindqvist"), ("name", "Bengt")], []),

    ("reddit is no help so here goes. u/crunchy_knees_1993 here. 31M, both knees grind going upstairs, no pain yet, used to play football. worth seeing someone?",
     [("handle", "u/crunchy_knees_1993")], []),

    ("SSN 512-44-9087, Charlene Boyd. I was billed twice for my mammogram. Who do I contact about that, and also is a 3D mammogram actually better?",
     [("id_number", "512-44-9087"), ("name", "Charlene Boyd")], []),

    ("my coworker Mark keeps telling me my mole looks weird. it's on my back so I can't see it. my husband took a photo, it's like 7mm and two colours. should I be worried",
     [("name", "Mark")], []),

    ("Daughter: Esperanza Ruiz, DOB 06-12-2012, allergic to penicillin. She's got another ear infection and the last antibiotic they tried gave her a rash. What's safe for her?",
     [("name", "Esperanza Ruiz"), ("date_of_birth", "06-12-2012")], []),

    ("This is Bill, 66. Had my bloods done at the practice and my PSA came back 5.2. Doctor said 'keep an eye on it'. What does that actually mean in practice?",
     [("name", "Bill")], []),

    ("I'm Alinta, from a small community out past Tennant Creek. The clinic nurse only comes on Wednesdays. My bub has sores on her legs that are weeping and crusty. What can I do until then?",
     [("name", "Alinta")], []),

    ("hey i'm ravi (ravi.s.on.the.run on strava lol). IT band pain on the outside of my knee at km 8 every single run. foam roller isn't helping. stop or push through?",
     [("name", "ravi"), ("handle", "ravi.s.on.the.run")], []),

    ("Employee ID EMP-20931, Mercy Logistics warehouse. Occupational health told me to ask here: can I go back to lifting after a hernia repair 4 weeks ago?",
     [("id_number", "EMP-20931")], ["Mercy Logistics"]),

    ("My nan, Olwen, is 89 and has started choking a bit on her tea. Not every time. The GP surgery in Llandeilo says they'll refer her to speech and language. Is there anything we can do meanwhile?",
     [("name", "Olwen")], []),

    ("Hi Dr Mehta, it's Rosa Delgado from Tuesday's appointment. The cream you gave me for the eczema is stinging a lot. Should I keep going with it? My number is 555-0143 if easier to call.",
     [("name", "Mehta"), ("name", "Rosa Delgado"), ("phone", "555-0143")], []),

    ("Address for the home visit: Flat 3, 58 Carrow Road, Norwich. My husband is housebound after his stroke and needs his flu jab. Who arranges that?",
     [("address", "Flat 3, 58 Carrow Road, Norwich")], []),

    ("My twins Chidi and Chiamaka both have chickenpox now \U0001F643 Chidi's got spots in his mouth and won't eat anything. Is there anything for the mouth ones?",
     [("name", "Chidi"), ("name", "Chiamaka")], []),

    ("i think my ex knows where i live now (22b Fernhill Close) and i havent slept properly in weeks. heart racing all the time, shaky hands. is this anxiety or something physical?",
     [("address", "22b Fernhill Close")], []),

    ("Mum's Medicare number is 2953 81740 1 if that helps. She's 77, on warfarin, and the INR came back at 4.1 today. The clinic is closed now. Should she skip tonight's dose?",
     [("id_number", "2953 81740 1")], []),

    ("Hello, I am Fatima Zahra Benali. My husband Youssef have kidney stone, very much pain last month, now small pain. Doctor say drink water. How much water each day?",
     [("name", "Fatima Zahra Benali"), ("name", "Youssef")], []),

    ("My 16yo, Kai, is at Westbrook High and they say he's falling asleep in every class. He's in bed by 10 (allegedly). Could it be something medical?",
     [("name", "Kai")], ["Westbrook High"]),

    ("Follow up on my fundraiser for the surgery: gofundme.com/f/help-tevita-walk-again . The surgeon wants to fuse L4-L5. Is fusion the only option for spondylolisthesis?",
     [("url", "gofundme.com/f/help-tevita-walk-again")], []),

    ("Jack fell off the trampoline and his wrist is swollen but he can wiggle his fingers. He's 8. Can it wait for the minor injuries unit tomorrow morning?",
     [("name", "Jack")], []),

    ("Good morning. Patient: Anneliese Vogt, DOB 1958-07-23, MRN 00384471. I need copies of my colonoscopy report from March for a second opinion. How do I request them?",
     [("name", "Anneliese Vogt"), ("date_of_birth", "1958-07-23"), ("id_number", "00384471")], []),

    ("Me and my girlfriend Ana L\u00facia both got food poisoning after a wedding Saturday. I'm fine now but she's still throwing up on day 3. Normal?",
     [("name", "Ana L\u00facia")], []),

    ("Please call Sione on 021 448 6730 about his gout meds. He ran out of allopurinol and his big toe is flaring again.",
     [("name", "Sione"), ("phone", "021 448 6730")], []),

    ("Hello, my email is grandma.betty.knits@aol.com and my grandson set this up for me. My ankles swell up by the end of the day. I'm 82. Should I cut down on salt?",
     [("email", "grandma.betty.knits@aol.com")], []),

    ("I'm Dr. Aisha Rahman's patient, she's on maternity leave and the locum doesn't know me at all. My ferritin is 8 and I'm exhausted. Can I ask for iron infusions?",
     [("name", "Aisha Rahman")], []),

    ("Kia ora, my tamaiti Ariki (born 11 August 2019) has had a cough for 3 weeks now. Barky at night. Is this croup or something longer?",
     [("name", "Ariki"), ("date_of_birth", "11 August 2019")], []),

    ("So I found out my sister Precious has been taking her husband's blood pressure pills because she ran out of her own. Same drug but his are 5mg and hers are 2.5. Is that dangerous?",
     [("name", "Precious")], []),

    ("Dropped my daughter at Little Acorns Nursery and they said she can't come back till the conjunctivitis clears. She's 2, Rose, and honestly the eye looks fine now. How long is the exclusion supposed to be?",
     [("name", "Rose")], ["Little Acorns Nursery"]),

    ("ID: K83920174 (passport). I'm travelling to Ghana in 3 weeks and the travel clinic says the yellow fever vaccine is required. I'm 24 weeks pregnant. Is it safe?",
     [("id_number", "K83920174")], []),

    ("not sure if this is the right place. my husband luis has been peeing a lot at night, like 4-5 times, and he's thirsty all the time. he's 47. his dad had diabetes. what test should he ask for",
     [("name", "luis")], []),

    ("Name: Oksana Petrenko\nAddress: 16 Linden Terrace, Apt 2, Albany NY\nPhone: (518) 555-0192\nConcern: recurring migraines with aura, about 3 a week since moving here",
     [("name", "Oksana Petrenko"), ("address", "16 Linden Terrace, Apt 2, Albany NY"), ("phone", "(518) 555-0192")], []),

    ("Hiya, Chantelle here, I'm a TA at Oakfield Primary. One of my Year 2s fainted in PE \u2014 not my question actually, my question is whether I should get my own dizzy spells checked lol. I'm 29 and it happens when I stand up quick",
     [("name", "Chantelle")], ["Oakfield Primary"]),

    ("My MIL Harumi was told she has a 'shadow' on her lung on the x-ray. Dr. Kessler wants a CT. She is terrified. Is a shadow always cancer?",
     [("name", "Harumi"), ("name", "Kessler")], []),

    ("i'm @nooralmasri on tiktok and i make videos about my pcos. a commenter said inositol cured hers. any actual evidence??",
     [("handle", "@nooralmasri")], []),

    ("Our son Amir's insurance member ID is 90233871401 and they've denied the speech therapy. He's 3 and only says about 10 words. Do we appeal or go private?",
     [("name", "Amir"), ("id_number", "90233871401")], []),

    ("Writing for Ngozi who is my neighbour, she doesn't have internet. She is 74 and her legs are very swollen and the skin looks shiny. She lives alone at 3 Marsh Lane and I check on her daily. What should I watch for?",
     [("name", "Ngozi"), ("address", "3 Marsh Lane")], []),

    ("My roommate Faith has had a boil on her inner thigh for a week, it's getting bigger and she keeps squeezing it \U0001F62C does it need to be drained by a doctor?",
     [("name", "Faith")], []),

    ("I had a tooth out on Friday with Dr Papadakis and now there's a horrible taste and throbbing pain going up to my ear. Dry socket?? \u2014 Eleni",
     [("name", "Papadakis"), ("name", "Eleni")], []),

    ("my dad (Hamid Karimi, DOB 03/30/1955) is on a waitlist for a knee replacement. his pain is 8/10 and he cant sleep. can his doctor prescribe something stronger than tramadol?",
     [("name", "Hamid Karimi"), ("date_of_birth", "03/30/1955")], []),

    ("Hey it's Jazz. Got a tattoo on Saturday and it's red, hot and swollen now, way more than my last one. Studio says it's normal. Is it?",
     [("name", "Jazz")], []),

    ("I'm Brother Anselm, I look after the elderly monks at our abbey. One of them, Brother Cuthbert, has become very confused over two days and is drowsy. He's 91. Could it be an infection?",
     [("name", "Anselm"), ("name", "Cuthbert")], []),

    ("Our car's plate is WK21 ZFN and we have a blue badge but the hospital car park still fined us while I was in for chemo. Not medical I know, sorry. Actually a medical one too: is it normal my fingertips are numb after oxaliplatin?",
     [("licence_plate", "WK21 ZFN")], []),

    ("Contact: mbali.dlamini@uct-mail.co.za / +27 82 555 0176. Query: my 5yo son has a squint that's getting worse when he's tired. Do we see an eye doctor or a paediatrician first?",
     [("email", "mbali.dlamini@uct-mail.co.za"), ("phone", "+27 82 555 0176")], []),

    ("i'm so embarrassed to ask this but my name is Connor and im 19 and i think i have a lump on one of my balls. doesn't hurt. how fast do i need to see someone",
     [("name", "Connor")], []),

    ("Dr. Oyelaran said my HbA1c is 58 and I need to start metformin. My sister Bisi is on it and says the stomach side effects are awful. Can I start on a low dose?",
     [("name", "Oyelaran"), ("name", "Bisi")], []),

    ("Could you forward this to Dr S\u00f8rensen? My son Magnus's eczema flared badly after we stopped the steroid cream. He's 6. She said to write if it came back.",
     [("name", "S\u00f8rensen"), ("name", "Magnus")], []),

    ("Lena here \u2014 32, breastfeeding my 4 month old, and one side is red, hot and sore with a hard lump. I've had a bit of a temperature. Mastitis? Can I keep feeding on that side?",
     [("name", "Lena")], []),

    ("my username on the forum is PaleoPete71 if you want to see my previous posts. I've done strict carnivore for 6 months and my LDL went from 3.1 to 7.4. Doc is freaking out. Should I be?",
     [("handle", "PaleoPete71")], []),

    ("I live at 1187 W Dunmore St and the apartment has had black mold for a year. My 2 kids (Lucia and Mateo) have had constant coughs since winter. Could the mold be causing it?",
     [("address", "1187 W Dunmore St"), ("name", "Lucia"), ("name", "Mateo")], []),

    ("Hi, my daughter Amber was diagnosed with type 1 at 11 and she's now 14 and refusing to check her sugars at school. Her HbA1c went up to 86. How do we handle this without wrecking our relationship?",
     [("name", "Amber")], []),

    ("Giorgos, 44, from Cyprus. Thalassaemia trait, they say. My wife also has it. We want a second child, what is the risk?",
     [("name", "Giorgos")], []),

    ("My dad Kenji had a heart attack in 2019 and now he's on aspirin, clopidogrel and a statin. He wants to do a half marathon. His cardiologist is Dr. Abernathy but she's impossible to reach. Is it safe?",
     [("name", "Kenji"), ("name", "Abernathy")], []),

    ("Claim number CLM-2024-0087731. The insurer wants a letter saying my back surgery was medically necessary. What normally goes in that kind of letter?",
     [("id_number", "CLM-2024-0087731")], []),

    ("patient ID TX-4418-209 from the walk-in yesterday. they said my strep test was negative but my throat is worse today and my tonsils have white spots. can i get re-tested?",
     [("id_number", "TX-4418-209")], []),

    ("I'm Nadia's mum \u2014 Nadia's 13 and started her periods 6 months ago and they're so heavy she bleeds through a super tampon in 2 hours. Is that normal for the first year?",
     [("name", "Nadia")], []),

    ("Hi, this is Pastor Emeka from Grace Fellowship. One of our elderly members, Mrs. Adebayo, asked me to find out whether her shingles can spread to the babies in the cr\u00e8che. She is 80.",
     [("name", "Emeka"), ("name", "Adebayo")], []),

    ("DOB: 22.05.1990 | Name: Katarzyna W\u00f3jcik | Symptoms: tingling in both hands at night, especially thumb and first two fingers. Job: cashier. Carpal tunnel?",
     [("date_of_birth", "22.05.1990"), ("name", "Katarzyna W\u00f3jcik")], []),

    ("Can you add my wife to the message thread? She's on linkedin.com/in/marisol-quintero-rn \u2014 she's a nurse and understands this stuff better than me. I've just been told I have atrial fibrillation and I'm a bit lost.",
     [("url", "linkedin.com/in/marisol-quintero-rn")], []),

    ("Heyyy, this is Tyrone, I play basketball and my ankle keeps rolling. 3rd time this season. Do I need a brace or physio or what",
     [("name", "Tyrone")], []),

    ("My little brother Ibrahim (he's 12) got hit in the eye with a football and now he says there's a 'curtain' at the top of his vision. It was 2 hours ago. Is that serious?",
     [("name", "Ibrahim")], []),

    ("Sorry my English. I am Huang Wei, working in restaurant kitchen, burn my hand with hot oil 5 days ago, now yellow and smell bad. Need antibiotic?",
     [("name", "Huang Wei")], []),

    ("My email's dan.okafor.music@gmail.com. I'm a trumpet player and I've got this ringing in my ears after gigs that now doesn't go away at all. Is it permanent?",
     [("email", "dan.okafor.music@gmail.com")], []),

    ("ALL CAPS SORRY MY GLASSES BROKE. I AM MARGARET HOLLOWAY, 84, AND MY EYES ARE VERY DRY AND GRITTY. DROPS FROM BOOTS DONT WORK. WHAT ELSE CAN I USE",
     [("name", "MARGARET HOLLOWAY")], []),

    ("Hi, Dr. Ilunga recommended I ask here. I'm Patience, 41, and I get heartburn every single night even on omeprazole 20mg. Should it be doubled?",
     [("name", "Ilunga"), ("name", "Patience")], []),

    ("License plate 8FJX219 \u2014 that's the driver who hit my son's bike. Police have it. My son (Diego) has a cut on his chin that was glued at urgent care; will it scar?",
     [("licence_plate", "8FJX219"), ("name", "Diego")], []),

    ("Throwaway account but here's my insta so you know I'm real: instagram.com/carys.paints . I'm 23, and I've been making myself sick after meals for 2 years. Nobody knows. Where do I even start getting help?",
     [("url", "instagram.com/carys.paints")], []),

    ("Autumn, my 9 year old, keeps getting tummy aches before school every Monday. The GP found nothing physical. Could it be anxiety?",
     [("name", "Autumn")], []),

    ("Reaching out for my colleague Bartholomew, he won't post himself. He's been coughing up a bit of blood-streaked phlegm for a week. He's 60 and an ex-smoker. How urgent is that?",
     [("name", "Bartholomew")], []),

    ("So my abuela, Do\u00f1a Remedios, is 88 and has sugar. Her feet are numb and she got a blister she didn't even feel. Her doctor, Dr. Salgado, is on holiday. What do we do with the blister?",
     [("name", "Remedios"), ("name", "Salgado")], []),

    ("hi i'm Zainab, 17, and my friend said my periods coming every 2 weeks isn't normal. is it? mum says it's fine",
     [("name", "Zainab")], []),

    ("Please update my address to 9 Kinross Lane, Perth PH2 7JT and my phone to 01738 555 204. I'm still waiting for the rheumatology letter about my lupus bloods.",
     [("address", "9 Kinross Lane, Perth PH2 7JT"), ("phone", "01738 555 204")], []),

    ("My stepdad Clive got a rash all over his chest a day after starting allopurinol. It's spreading down his arms. Is that an allergy?",
     [("name", "Clive")], []),

    ("Re: Mei-Ling Chou (my grandmother), hospital number RH-0093371. She was discharged yesterday after a hip fracture. Who coordinates the physio at home?",
     [("name", "Mei-Ling Chou"), ("id_number", "RH-0093371")], []),

    ("@sk8r_bex on discord said I should post here. I snapped my collarbone 6 weeks ago and it still clicks when I move my arm. Normal or did it heal wrong?",
     [("handle", "@sk8r_bex")], []),

    ("My friend's kid, Oluwaseun, has sickle cell and she's asking whether he can go on the school ski trip. He's 11. High altitude and cold \u2014 is that a problem?",
     [("name", "Oluwaseun")], []),

    ("I'm Sebasti\u00e1n. Came down with a fever of 39.2 after a trip to Bali, with pain behind my eyes and in my joints. Back home 4 days now. Dengue?",
     [("name", "Sebasti\u00e1n")], []),

    ("Question about my wife Ekaterina \u2014 she's 34 weeks and her hands and face puffed up overnight and she's got a headache. Her midwife is Anja Brandt but she's not answering. What do we do?",
     [("name", "Ekaterina"), ("name", "Anja Brandt")], []),

    ("Just had a baby by c-section on 4th March at Queen Charlotte's. I'm Temperance and the wound is now weeping a bit at one end. Infection?",
     [("name", "Temperance")], []),

    ("i'm writing from my work email sorry: r.castellanos@meridianfreight.com. my back has been killing me from driving the forklift and I've got pins and needles down my left leg to my foot. sciatica?",
     [("email", "r.castellanos@meridianfreight.com")], []),

    ("Hello. I'm Pradeep Venkataraman. My father-in-law, Subramanian, 79, is on dialysis at the Fairview Kidney Centre three times a week and now has itching all over. What can help?",
     [("name", "Pradeep Venkataraman"), ("name", "Subramanian")], ["Fairview Kidney Centre"]),

    ("call/text 07911 555 318 - Ellie. my 3 week old has yellow eyes still. midwife signed us off. should i take her back?",
     [("phone", "07911 555 318"), ("name", "Ellie")], []),

    ("Is it weird that my husband Ho-jun gets a rash every time he eats shellfish but only if he goes running after? Food-dependent exercise-induced something? His allergist Dr. Whitfield thinks so.",
     [("name", "Ho-jun"), ("name", "Whitfield")], []),

    ("My son Ezekiel's nursery, Rainbow Cubs, says he bit another child and that child's parent wants to know if she needs a tetanus shot. Does she?",
     [("name", "Ezekiel")], ["Rainbow Cubs"]),

    ("hi my name is Sage and I use they/them. I've been on testosterone 8 months and I've got bad acne on my back. Should I see a dermatologist or my endo?",
     [("name", "Sage")], []),

    ("Dad's date of birth is 1 Feb 1947, he's Harold Fenwick, and he has a pacemaker. Can he go through the airport scanners?",
     [("date_of_birth", "1 Feb 1947"), ("name", "Harold Fenwick")], []),

    ("My results are up on my X account @jkowalczyk88 (I know, I know). ALT 92, GGT 140. I drink maybe 20 units a week. Is that bad?",
     [("handle", "@jkowalczyk88")], []),

    ("My neighbour Rahel came from Eritrea 2 months ago and has had a cough for 6 weeks with night sweats and weight loss. She's scared to go to the doctor because of her papers. What should I tell her?",
     [("name", "Rahel")], []),

    ("Our address is 14 Wattle Crescent, Bankstown \u2014 can the community nurse come to change Dad's leg dressings? He's 86 and can't get to the clinic anymore.",
     [("address", "14 Wattle Crescent, Bankstown")], []),

    ("hi im lily-mae and im 15 and my mum doesnt know im asking this. is it normal to have a lump in my armpit after getting my ears pierced?",
     [("name", "lily-mae")], []),

    ("Father: Anil Chaudhary, Aadhaar 4821 7730 9156. He had a TIA last month. The neurologist, Dr. Iyer, said to start clopidogrel. For how long?",
     [("name", "Anil Chaudhary"), ("id_number", "4821 7730 9156"), ("name", "Iyer")], []),

    ("I'm Siobh\u00e1n, I work at Kilbride Veterinary Clinic and I got scratched by a cat 10 days ago, now the lymph nodes in my armpit are huge. Cat scratch fever?",
     [("name", "Siobh\u00e1n")], ["Kilbride Veterinary Clinic"]),

    ("my bro Tevita's car (LHP392) got towed while he was in A&E with his asthma. how do we get it back and also how do we stop the attacks happening every month",
     [("name", "Tevita"), ("licence_plate", "LHP392")], []),

    ("Patient name: Juan Pablo Herrera / Date of birth: 29/11/1986 / Contact: jpherrera86@hotmail.com / Reason: second opinion on MRI showing disc bulge L5-S1",
     [("name", "Juan Pablo Herrera"), ("date_of_birth", "29/11/1986"), ("email", "jpherrera86@hotmail.com")], []),

    ("To whom it may concern, I'm Deborah, and my son's paediatrician Dr. Castellano retired. My son has Down syndrome and needs his annual thyroid check. How do we find someone new?",
     [("name", "Deborah"), ("name", "Castellano")], []),

    ("Can my daughter Joy take melatonin? She's 10 and autistic and it takes her 2 hours to fall asleep every night.",
     [("name", "Joy")], []),

    ("My mum's Snapchat is nanna_pat_1956 lol she's more online than me. She's 68 and has a cough from a cold that's lingered 4 weeks. When should she get a chest x-ray?",
     [("handle", "nanna_pat_1956")], []),

    ("Abdirahman here. My wife is 6 months pregnant and fasting for Ramadan. She feels weak in the afternoon. Is fasting safe for the baby?",
     [("name", "Abdirahman")], []),

    ("Hi, Dr Goldberg said to message if my pain got worse after the gallbladder surgery. It has, especially in my right shoulder. It's Miriam, surgery was 5 days ago.",
     [("name", "Goldberg"), ("name", "Miriam")], []),

    ("Vehicle reg GR-482-TK (rental). I'm on holiday in France and came off a scooter, my arm's scraped raw and full of gravel. Can a pharmacy here handle this?",
     [("licence_plate", "GR-482-TK")], []),

    ("We're at the end of Pinewood Drive, number 34, last house before the woods \u2014 ticks everywhere. Found one on my son Aidan yesterday, and today there's a bullseye rash. What now?",
     [("address", "Pinewood Drive, number 34"), ("name", "Aidan")], []),

    ("Tag: @the_real_kofi_b on twitter. I'm 26 and I just got diagnosed with hypertension, 158/100. Isn't that crazy young? Could it be my kidneys?",
     [("handle", "@the_real_kofi_b")], []),

    ("Hello, Babajide and Tobi are our twin boys, age 5, and both snore loudly and sometimes seem to stop breathing. Adenoids?",
     [("name", "Babajide"), ("name", "Tobi")], []),

    ("Insurance: Bupa, membership 88417702. Name: Fiona MacLeod. I want to know if they'll cover a referral for my ADHD assessment, I'm 38.",
     [("id_number", "88417702"), ("name", "Fiona MacLeod")], []),

    ("Help. My partner Rowan has had diarrhoea for 2 weeks since we got back from Peru. Not bloody. He's lost about 3 kilos. Parasites?",
     [("name", "Rowan")], []),

    ("Hey, I'm Marisa, 35 \u2014 please send the appointment reminder to my new number 647-555-0128. I booked a colposcopy after an abnormal smear and I'm nervous.",
     [("name", "Marisa"), ("phone", "647-555-0128")], []),

    ("My grandson Lachlan (16) won't stop vaping and now he's getting chest tightness when he plays footy. His school, Wollongbar High, already suspended him once for it.",
     [("name", "Lachlan")], ["Wollongbar High"]),

    ("Dr. Ferreira and Dr. Lindgren disagree about whether my daughter's heart murmur needs an echo. She's 2. Who's right??",
     [("name", "Ferreira"), ("name", "Lindgren")], []),

    ("Name: Thandiwe Mokoena. Employer: Sunrise Bakery, Hillbrow. I have flour allergy symptoms \u2014 sneezing, wheezing at work. Can this turn into asthma?",
     [("name", "Thandiwe Mokoena")], ["Sunrise Bakery"]),

    ("Hey guys its Summer here, 20yo. Been on roaccutane 4 months and my lips are cracking and bleeding. Any tips??",
     [("name", "Summer")], []),

    ("My son's details: Eitan Levi, born 17 October 2015, ID 328119047. He has a peanut allergy and we're moving to a new school. What should the school's care plan include?",
     [("name", "Eitan Levi"), ("date_of_birth", "17 October 2015"), ("id_number", "328119047")], []),

    ("My dad's name is Hiroshi and he's 74. He's taking donepezil for Alzheimer's and now his heart rate is very slow, 48. Related?",
     [("name", "Hiroshi")], []),

    ("Sorry if this is dumb. I'm Kwame, I work at the Hilltop Leisure Centre as a lifeguard and my eyes are always red and sore after shifts. Chlorine?",
     [("name", "Kwame")], ["Hilltop Leisure Centre"]),

    ("Please reply to hollyandtheivy@btinternet.com. My husband Ivor has had hiccups for three days non-stop. Is that a thing to worry about?",
     [("email", "hollyandtheivy@btinternet.com"), ("name", "Ivor")], []),

    ("Grandad's pension ID is 09-441827-M and the home care agency needs it. Anyway he's 93 with a UTI again \u2014 that's his 4th this year. Should he be on preventive antibiotics?",
     [("id_number", "09-441827-M")], []),

    ("i go by Bear lol (real name's Barnaby). 28, bad acid reflux since I started a new job at a call centre. Stress?",
     [("name", "Bear"), ("name", "Barnaby")], []),

    ("Hi there I'm Nomvula and my daughter Lerato, 8, has white patches on her face that are getting bigger. Vitiligo?",
     [("name", "Nomvula"), ("name", "Lerato")], []),

    ("On behalf of my client (I'm a support worker) \u2014 Declan, 34, learning disability, he's been hitting his own head a lot more this week and seems to be in pain when he eats. Toothache? How would we even know?",
     [("name", "Declan")], []),

    ("I'm Valentina Rossi \u2014 not THAT one \U0001F602 \u2014 and I'm 31 weeks with SPD. Every step hurts. Physio said crutches. Anything else?",
     [("name", "Valentina Rossi")], []),

    ("My nan vlogs her chemo journey at youtube.com/@nanatakeschemo \u2014 she's 70 and her hair is coming back curly?? Is that actually a thing? Her oncologist is Dr Achebe.",
     [("url", "youtube.com/@nanatakeschemo"), ("name", "Achebe")], []),

    ("Parked in the disabled bay (plate DN68 WRP) for my wife's dialysis and got ticketed. Separate question: her fistula arm is tingling \u2014 worth mentioning to the nurses at the Beckett Street Renal Unit?",
     [("licence_plate", "DN68 WRP")], ["Beckett Street Renal Unit"]),

    ("I'm Lucy, I teach Year 4 at Hollybank Primary. I've lost my voice three times this term. Do I need to see ENT?",
     [("name", "Lucy")], ["Hollybank Primary"]),

    ("My son Tariq is in Year 8 at Meadowbank Academy and the PE teacher says he should be tested for asthma because he's always wheezing after sprints.",
     [("name", "Tariq")], ["Meadowbank Academy"]),

    ("Hello, I am Olumide, I work as a cleaner at Greenacres Nursing Home. I got a needlestick from a sharp in the bin bag today. What do I do?",
     [("name", "Olumide")], ["Greenacres Nursing Home"]),

    ("It's Priscilla from the front desk at Elmwood Dental \u2014 my own question this time: my jaw clicks and locks in the morning. TMJ?",
     [("name", "Priscilla")], ["Elmwood Dental"]),

    ("Sofia Andersson, 44, HR at Nordvik Paper Mill. Hearing test at work showed a dip at 4kHz. Reversible?",
     [("name", "Sofia Andersson")], ["Nordvik Paper Mill"]),

    ("my daughter (Ruby, 6) goes to Sunflower Montessori and they say she squints at the board. Eye test at the optician or the hospital?",
     [("name", "Ruby")], ["Sunflower Montessori"]),
]

# Items with no identifier: traps only (eponyms, drugs/brands, places, hospitals, doses, lab values,
# readings, onset/appointment dates, bare birth years, ages, heights/weights, words that are also names,
# capitalised sentence starts).
NO_IDENTIFIERS = [
    "Is it safe to take Advil and Tylenol at the same time? I'm 34, about 60kg, and this toothache is unbearable.",
    "Diagnosed with Hashimoto's last year. TSH was 6.8 in March, now on levothyroxine 50mcg. Still exhausted all the time. Should the dose go up?",
    "Will Ozempic make my Crohn's worse? My GI is on leave till 12 June and I can't ask her.",
    "born 1962, male, BP this morning 152/94 and 148/91 an hour later. Do I need tablets or can I sort it with diet?",
    "Grace period on my prescription coverage ends Friday \u2014 can I stock up on my insulin before then or is that not allowed?",
    "Went to Mount Sinai ER on the 14th with a migraine that wouldn't quit. They gave me a cocktail (Reglan + Benadryl). Is that safe to repeat at home?",
    "Bell's palsy on the left side since Sunday. Prednisolone started Monday. How long till my face moves again? I can't close my eye properly.",
    "I hope this is the right place. Got a bill for \u00a3240 from a private clinic for a blood test I thought was free. Anyway, the result: ferritin 11. Is that low?",
    "Rose-coloured rash on my chest that's scaly at the edges, started about 10 days after a sore throat. 22F. Pityriasis rosea??",
    "Had Epstein-Barr at 17, now 25 and still tire really easily. Can glandular fever cause long-term fatigue?",
    "Appointment with rheumatology on 3 October but my knuckles are swelling now. Ibuprofen 400mg three times a day isn't touching it.",
    "I'm 5'4 and 210 lbs, A1c 6.3. Prediabetic they said. What should breakfast look like?",
    "Mark on my shin that looks like a bruise but hasn't faded in 2 months. No injury I can remember.",
    "Moved from Manchester to Lagos for work and my asthma is way worse here. Is it the pollution or the humidity?",
    "Started Lexapro 10mg 2 weeks ago. Nausea's gone but I yawn constantly lol. Normal?",
    "Sunny days trigger my rosacea so badly \u2600\ufe0f Is there any sunscreen that doesn't sting?",
    "My 3 year old weighs 13kg and is 94cm tall. Is she underweight? Nursery keeps hinting.",
    "Guillain-Barr\u00e9 after the flu jab \u2014 how rare is it really? Mine is due next week and I'm nervous.",
    "Tested positive for strep on Tuesday, on amoxicillin 500mg. Day 4 and still a fever of 38.9. When do I go back?",
    "Raynaud's in my fingers every winter, white then blue then red. Should I be tested for anything else?",
    "Patient is 82, female, eGFR 28, on metformin 1g twice daily. Is that dose still ok? Asking as her carer.",
    "Jack up the dose or switch meds? Been on sertraline 100mg for 6 months and barely any change.",
    "Dawn till dusk I'm on my feet at work and my heels are killing me first thing in the morning. Plantar fasciitis?",
    "Baker's cyst behind my knee, size of a golf ball. Do they drain it or just leave it?",
    "Kaiser said they can't see me for 6 weeks for my thyroid nodule ultrasound. Is 1.8cm something that can wait?",
    "Just got back from Thailand and my ankles are covered in bites that are now blistering. Allergic reaction?",
    "Will I fail a drug test on gabapentin? New job starts on the 1st of next month.",
    "Osgood-Schlatter in my 13 yo son, both knees. Does he need to quit football?",
    "My mum was born in 1949 and still takes HRT. Her GP wants her to stop. Is there an age limit?",
    "My cholesterol: total 7.2, LDL 4.9, HDL 1.1, trigs 2.3. 45M, non-smoker. Statins?",
    "Summer holidays start next week \u2014 with my son's ADHD meds (Elvanse 30mg) do we take a break over the holidays or keep going?",
    "Cushing's was ruled out, they said. Cortisol normal. So why do I have purple stretch marks and a round face?",
    "Sj\u00f6gren's patient here, mouth is so dry I can't sleep. Biotene does nothing. Ideas?",
    "the apgar score was 7 then 9, midwife said fine. baby is now 5 days old and sleeps a lot, we wake her for feeds every 3 hrs. is that normal?",
    "Can I drink on Flagyl if it's just one glass of wine? Course ends Thursday.",
    "Heimlich on yourself \u2014 is that actually possible? Asking after a scare at dinner last night (I'm fine now).",
    "Hit my head on a kitchen cupboard 3 days ago, small bump, no headache now. Can I go back to the gym?",
    "Tourette's diagnosed at 9, now 16 and the tics are getting worse with exams. Anything that helps that isn't meds?",
    "my vit D came back 22 nmol/L. Doc said take 800 IU a day. Is that enough or should it be more?",
    "Bought Nurofen Plus in Spain, not sure what's different from the one at home. Is there codeine in it?",
    "Crohn's flare started on the 2nd, now 6 loose stools a day with a bit of blood. GI appointment on the 20th. Is that too long to wait?",
    "I weigh 98kg at 180cm, BMI 30ish. Knees hurt. Would losing 10kg make a real difference?",
    "Addison's here and I'm getting married in August! Stress dosing for the wedding day \u2014 how much extra hydrocortisone?",
    "Since the 5th of January I've had a constant ringing in my left ear only. Hearing feels muffled on that side too.",
    "Hope you can help. Gastroscopy at the Royal Victoria next Tuesday \u2014 do I stop my omeprazole beforehand?",
    "Graves' disease, carbimazole 20mg, and my eyes feel gritty and look a bit more bulgy. Is that the thyroid or separate?",
    "PSA 4.8 at age 61. Is a biopsy the next step or an MRI first?",
    "When my daughter turned 12 her periods started and now at 14 they're still every 6-7 weeks. Should they be regular by now?",
    "Paris trip planned next month and I'll be 30 weeks. Long flight ok? Compression socks?",
    "Is it bad to take melatonin 10mg every night? Bought it in the US, it's prescription-only here.",
    "Asperger's diagnosis as an adult at 42 \u2014 is there any point in it now? Feels weird.",
    "M\u00e9ni\u00e8re's or just vertigo? Room spins for hours, ear feels full, happens every few weeks.",
    "Frank blood in my urine this morning, no pain. Is 'frank' a medical word? The nurse on the phone used it. Appointment is tomorrow.",
    "Eczema on my baby's cheeks, she's 4 months. Aveeno or ask for a prescription?",
    "HELLO. 78 YEAR OLD MAN. BLOOD SUGAR 14.2 AFTER DINNER. ON GLICLAZIDE. IS THAT TOO HIGH",
    "Had an MRI at St James's on 11/04 \u2014 results still not back. How long does it normally take?",
    "Is Alzheimer's inherited? Grandmother had it in her late 70s and my mum's memory is slipping at 69.",
    "Spent all weekend at Glastonbury and now my feet have blisters that are yellow and angry looking. Pop them?",
    "My bp is 90/60 and I feel faint when I stand up. I'm 24 and female. Is that too low?",
    "Doctor said Hodgkin lymphoma stage 2A. What's the realistic outlook at 27?",
    "Sugar levels hitting 3.1 at night, waking up sweaty. Lantus 24 units. Should it drop?",
    "Penny-sized patch of hair loss on the back of my head. Alopecia areata?",
    "Ivy rash \u2014 poison ivy I think, from the hiking trip on Saturday. Now it's on my arms too. Does it spread by scratching?",
    "Can I get the shingles vaccine at 52? The NHS site says 65+ but I'm immunosuppressed (methotrexate 15mg weekly).",
    "Achilles tendon pain, 6 weeks, runner, 38M. Eccentric heel drops enough or do I need a scan?",
    "Coeliac test came back positive (tTG 128). Do I need a gastroscopy to confirm, or can I just go gluten free?",
    "I'm 6ft 2 and 65kg and people keep saying I'm too thin. Is there a healthy way to put on 10kg?",
    "Kawasaki disease \u2014 my son had it at age 2, he's 10 now. Does he need heart checks forever?",
    "Tested at Boots for cholesterol, got 6.1. Is a finger-prick test reliable?",
    "Just turned 40. What screenings should a woman be getting now?",
    "The physio at Guy's said my scoliosis curve is 28 degrees. Will it get worse now I'm an adult?",
    "Warfarin 5mg, INR 2.6 on Monday. I've started eating loads of spinach. Does that matter?",
    "On holiday in Crete and got stung by something in the sea \u2014 red welts in lines across my leg. Jellyfish? Vinegar?",
    "Lyme disease symptoms can show up how long after a bite? Found the tick on 2 July.",
    "can i take sudafed with amlodipine",
    "Parkinson's runs in my family. Is there any test to see if I'll get it? I'm 45.",
    "Dear doctor, I am 67 years old, height 160 cm, weight 72 kg. Blood pressure 138/86. Cholesterol 5.4. Am I healthy?",
    "Christmas Day my gout flared and it's still bad 10 days on. Colchicine 500mcg. Should I keep taking it?",
    "Brandy with honey for a cough \u2014 do old remedies like that work for a 5 year old? My in-laws insist.",
    "Harley Street clinic offered me a full-body MRI for \u00a32,000. Worth it at 50 with no symptoms?",
    "Norovirus went through the whole house in Devon last week. When can we go back to work?",
    "Bill from the ER was $3,200 for a sprained wrist \U0001F643 anyway, is it normal that it still hurts 3 weeks later?",
    "Patient: 6 months old, 7.8kg, on Infacol for colic. Still screaming for 3 hours every evening. What else can we try?",
    "Murphy's sign was positive apparently, they're doing an ultrasound for gallstones on the 9th. What happens if it is stones?",
]
