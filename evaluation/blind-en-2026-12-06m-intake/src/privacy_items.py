# Privacy items, written by hand one by one.
# Each entry: (text, [(type, exact substring), ...], [quasi substrings])

ITEMS_WITH_IDENTIFIERS = [
    ("hi, my daughter Aoife (she's 7) has had a rash on her tummy since saturday, small red dots, they DO fade when i press a glass on them. no fever, shes bouncing off the walls. should i still worry?? thanks, Siobhan",
     [("name", "Aoife"), ("name", "Siobhan")], []),

    ("Name: Marcus Whitfield\nDOB: 14/03/1979\nNHS no: 612 804 9937\nQuestion: been on ramipril 5mg for 2 yrs, started getting a dry tickly cough at night a few months back. Is that the tablet or am I imagining it?",
     [("name", "Marcus Whitfield"), ("date_of_birth", "14/03/1979"), ("id_number", "612 804 9937")], []),

    ("my husbands GP dr okonkwo told him his PSA was 6.2 and wants a biopsy. hes terrified and wont talk about it. is 6.2 actually high for a 61 yr old",
     [("name", "okonkwo")], []),

    ("Could someone call me back on 07700 900461 about my mum's test results please, she doesn't use the internet and gets muddled on the phone. Her name is Margaret Doyle. The letter says 'borderline B12'.",
     [("phone", "07700 900461"), ("name", "Margaret Doyle")], []),

    ("email me at tomas.reyes84@mailbox.example if you need the scans, i've got the CD from the MRI. L4-L5 bulge, 38M, pain down the back of my left leg to the ankle. surgeon says wait 6 weeks. is that normal practice?",
     [("email", "tomas.reyes84@mailbox.example")], []),

    ("my insta is @lil_bean_mama and I posted pics of my son's eczema there, could a doctor look at them?? it's on his cheeks and behind his knees and he scratches till it bleeds. he's 10 months",
     [("handle", "@lil_bean_mama")], []),

    ("Hi I'm Priya, 29, 13 weeks pregnant with my first. My OB Dr. Halvorsen said the nuchal scan looked fine but the combined blood test came back 1 in 180 for Down's. What does that actually mean in real terms? I can't stop crying.",
     [("name", "Priya"), ("name", "Halvorsen")], []),

    ("Policy number HX-2209-4471-B. The insurer refused to cover my wife's insulin pump saying it's 'not medically necessary'. She's been type 1 since she was 9 and has awful night hypos. How do we appeal, do we need a letter from her endocrinologist?",
     [("id_number", "HX-2209-4471-B")], []),

    ("We live at 42 Kestrel Close, Bramley, in a rented semi and there's black mould coming up the wall in the kids bedroom. Both boys have had coughs since November that just won't shift. Could the mould be causing it? Landlord says it's condensation from us drying washing.",
     [("address", "42 Kestrel Close, Bramley")], []),

    ("my grandpa's car (plate KT19 XWB) got clamped at the hospital car park while he was in for his angiogram, anyway thats not medical sorry im still annoyed. real question: how soon can he drive after getting a stent?",
     [("licence_plate", "KT19 XWB")], []),

    ("Posting for my friend Rosie because she can't type rn, her right hand is in a cast. She came off her bike yesterday and they think it's a scaphoid fracture but the xray was unclear. How long is she usually in plaster for?",
     [("name", "Rosie")], []),

    ("Hello doctor, my name is Nguyen Thi Lan, I am 52 year old. I have hot flush every night and cannot sleep. My daughter Hoa say I should take hormone but I am afraid of cancer. Please advise.",
     [("name", "Nguyen Thi Lan"), ("name", "Hoa")], []),

    ("patient: Julien Marchetti, MRN 00482913, 67M, post CABG day 9, wound weeping clear-ish fluid at the bottom end of the sternal incision, no redness no fever. wife asking if this is normal or if they should go back in",
     [("name", "Julien Marchetti"), ("id_number", "00482913")], []),

    ("so my boyfriend jake keeps getting these nosebleeds like 3 times a week, sometimes in his sleep. he says its the dry air. hes 23. should i drag him to someone or is this a nothing thing",
     [("name", "jake")], []),

    ("I've put the photos on my blog here: https://petalsandpills.example.com/mole-update-june - it's the one on my left shoulder that changed colour over winter, went from light brown to a patchy darker brown. Is it worth getting checked or am I being paranoid?",
     [("url", "https://petalsandpills.example.com/mole-update-june")], []),

    ("Hi, Carol here (I'm the live-in carer for Mr Pemberton, 88). He's on warfarin and the district nurse got an INR of 4.1 today. He's had a bit of blood from his gums when brushing. What should I watch for tonight before the GP rings tomorrow?",
     [("name", "Carol"), ("name", "Pemberton")], []),

    ("born 2 Feb 1990, female, 5'4, 62kg. TSH 6.8 with normal T4, no real symptoms except being cold. Do I need levothyroxine or just recheck in a few months?",
     [("date_of_birth", "2 Feb 1990")], []),

    ("My son Hunter had his student ID card (S-20481177) confiscated at Westfield Academy after he fainted in PE and they couldn't get hold of me, long story. Now the school nurse wants a doctor's note before he does sport again. He's 15 and he does skip breakfast alot. Is fainting at that age usually nothing?",
     [("name", "Hunter"), ("id_number", "S-20481177")], ["Westfield Academy"]),

    ("Mum (Bernadette) is 79 and has started ringing me at 3am confused, asking where dad is (he died in 2016), then she's totally fine in the morning. Could this be a UTI? She lives alone at Flat 3, 18 Harbour Road, Whitby so I can't check on her every night.",
     [("name", "Bernadette"), ("address", "Flat 3, 18 Harbour Road, Whitby")], []),

    ("ok so my mate Dazza reckons you can drink on antibiotics if its only amoxicillin?? asking for me not him lol. stag do on saturday",
     [("name", "Dazza")], []),

    ("Grace has been off her food for 3 days, she's 4, and she'll only take milk and the odd cracker. No temperature, still playing. Is it just a virus doing the rounds at nursery?",
     [("name", "Grace")], []),

    ("will has been coughing up green stuff for over two weeks and refuses to go to the doctor. he's 46 and smokes 20 a day. is this just bronchitis or could it be something worse. how do I get him to go. - his sister",
     [("name", "will")], []),

    ("Dawn and I (Frank) have been trying for a baby for 18 months. Her cycles are regular like clockwork. My sperm test came back 9 million/ml with 30% motility. Is that low? What are our options?",
     [("name", "Dawn"), ("name", "Frank")], []),

    ("For claim ref CLM-7731-0092 the form asks for the procedure code for my knee op. It was an arthroscopic partial meniscectomy in August. Where do I even find the code, is it on the discharge letter?",
     [("id_number", "CLM-7731-0092")], []),

    ("text me pls 0412 558 903, im in sydney and thought my toddler swallowed a button battery... no wait i just found it under the couch, all the batteries are accounted for. she's fine right? she's eating and laughing",
     [("phone", "0412 558 903")], []),

    ("Heya, its Mikey from the other thread, same username as on reddit (u/mikeyfixesbikes). Update on the gout thing: started allopurinol 100mg 2 weeks ago and my foot flared up AGAIN. is that normal or is the med not working?",
     [("name", "Mikey"), ("handle", "u/mikeyfixesbikes")], []),

    ("Dr. Anand Subramaniam at St Luke's told my dad he needs a pacemaker because his heart keeps pausing. Dad's 74 and stubborn. What are the actual risks of having one put in?",
     [("name", "Anand Subramaniam")], []),

    ("Passport no. 533129874 - they asked for it at the travel clinic booking. I'm flying to Kenya in 3 weeks and need to know which vaccines I'm missing. Had hep A in 2015 and typhoid in 2018. Is 3 weeks enough time?",
     [("id_number", "533129874")], []),

    ("My wife Ingrid Solberg was discharged from Haukeland yesterday after a miscarriage at 10 weeks. She's still bleeding quite heavily, going through a pad about every 2 hours, with some clots. Is that normal at this stage or should we go back?",
     [("name", "Ingrid Solberg")], []),

    ("Chemo nurse said to call 0161 496 0734 if his temp goes above 38 but it's sitting at 37.8 and he says he feels 'alright'. Do I call or wait an hour and recheck? Dad's on FOLFOX, cycle 4, name's Eamon if that helps",
     [("phone", "0161 496 0734"), ("name", "Eamon")], []),

    ("re: my earlier post - it's Tash again. Got the bloods back: ferritin 8, Hb 104. GP said iron tablets 3x a day. How long before I stop feeling like a zombie? And they're making me constipated, is every other day ok?",
     [("name", "Tash")], []),

    ("hi my name's Ji-woo, 24F, exchange student at Leeds Uni (student no. 201784562). Can I register with a GP here and get my contraceptive pill? I brought 2 months from Korea and I'm running out.",
     [("name", "Ji-woo"), ("id_number", "201784562")], ["Leeds Uni"]),

    ("my little brother Sunny (real name Sunil) is 16 and i'm pretty sure he's making himself sick after meals. he goes straight to the bathroom and runs the tap. Mum doesn't believe me. what signs should I look for and who do we even talk to",
     [("name", "Sunny"), ("name", "Sunil")], []),

    ("I'm Maria José, 45, my mammogram showed 'BI-RADS 4' and they want to do a biopsy next week. Mi esposo Andrés is more nervous than me jaja. What % of BI-RADS 4 actually turn out to be cancer?",
     [("name", "Maria José"), ("name", "Andrés")], []),

    ("Hi, I'm writing on behalf of Mr and Mrs Abernathy, both in their 80s, I'm their neighbour Pat. Mrs Abernathy fell in the garden last week and has a huge purple bruise on her hip but she's walking, slowly. She won't go to the GP. Does she need an x-ray?",
     [("name", "Abernathy"), ("name", "Pat")], []),

    ("my kid's school nurse at St. Columba's Primary says he has nits AGAIN. Third time since september. Rory is 6 and has really thick hair. Is there anything stronger than the shop lotion that actually works??",
     [("name", "Rory")], ["St. Columba's Primary"]),

    ("Contact: li.wen.design@postbox.example / +86 138 0013 8812. My father, 70, had a TIA in April, fully recovered, now on clopidogrel and atorvastatin. Is it safe for him to fly to London in September to visit us?",
     [("email", "li.wen.design@postbox.example"), ("phone", "+86 138 0013 8812")], []),

    ("DOB 30.11.1985, Versichertennummer 7741-0092-33 (Techniker Krankenkasse). Question in english because my german doctor explains too fast: my ferritin is 400 and transferrin saturation 52%. Is that too high? Hemochromatosis?",
     [("date_of_birth", "30.11.1985"), ("id_number", "7741-0092-33")], []),

    ("me and my gf (her name is Summer lol) both tested positive for chlamydia. we took the doxy for 7 days. can we sleep together again straight after or do we wait for a retest",
     [("name", "Summer")], []),

    ("Tried to book with Dr Patel at Riverside Family Practice and they said my coverage ID BCX889201447 was inactive?? Meanwhile my asthma inhaler runs out Friday. Is there any way to get an emergency supply from a pharmacy?",
     [("name", "Patel"), ("id_number", "BCX889201447")], ["Riverside Family Practice"]),

    ("hey its nana june here, my grandson set this up for me. my ankles swell up by the evening, like balloons, and go down overnight. i'm on amlodipine 10mg for my pressure. could that be it",
     [("name", "june")], []),

    ("Letter says 'Patient: Kowalczyk, Zofia   NHS Number: 721 339 0584   Hospital No: RX1234567'. Result: 'mild cardiomegaly, no acute change'. What does cardiomegaly mean? I'm her son, she's 83 and doesn't want to ask.",
     [("name", "Kowalczyk, Zofia"), ("id_number", "721 339 0584"), ("id_number", "RX1234567")], []),

    ("Bless her, our Nan (Dorothy Hibbert, 91) has stopped eating properly since the care home moved her to a different room. Staff at Meadowbank Lodge say she's 'just tired'. Is it worth us asking for bloods or are we overreacting?",
     [("name", "Dorothy Hibbert")], ["Meadowbank Lodge"]),

    ("My friend Chidinma is a nurse and she said I should ask about this properly - ultrasound shows a 5cm simple cyst on my right ovary. I'm 27, no pain really, just some bloating. Do they operate on 5cm?",
     [("name", "Chidinma")], []),

    ("We live right above the pharmacy on the corner of Elm and 3rd, apt 4B, and my toddler keeps getting ear infections. 5 in a year, all with antibiotics. Is it time for tubes?",
     [("address", "corner of Elm and 3rd, apt 4B")], []),

    ("I'm a volunteer firefighter (employee ID FD-00317). During a call last night I took in a lot of smoke before getting my mask sorted, now I've got a hoarse voice and I'm coughing up blackish stuff. Breathing ok. I'm 41. Urgent care or just rest?",
     [("id_number", "FD-00317")], []),

    ("So my coworker Benedikt has been coughing all over the office for 3 weeks and refuses to work from home. I sit right next to him. I'm on methotrexate for RA. Is it reasonable to ask to move desks or am I being dramatic?",
     [("name", "Benedikt")], []),

    ("my twin sisters Ella and Isla (both 13) started their periods the same month and Isla's are super heavy, like changing a pad every hour on the first two days. Mum's worried. Is that normal for a first year?",
     [("name", "Ella"), ("name", "Isla")], []),

    ("Could you send the reply to k.oduya@unimail.example please. I'm Kemi Oduya, 33. My smear came back ASC-US and HPV positive. Does that mean cancer? Colposcopy letter hasn't come yet.",
     [("email", "k.oduya@unimail.example"), ("name", "Kemi Oduya")], []),

    ("My twitter is @runningonempty_ben if a doctor wants to DM me. It's about my achilles - ruptured 2 months ago, they treated it in a boot with wedges, no surgery. When can I start jogging again?",
     [("handle", "@runningonempty_ben")], []),

    ("dad's van reg is YL68 PKE, he got another parking fine at the hospital, sorry for venting. He has COPD and has to park miles away and he can barely walk 50 metres without stopping. Would he qualify for a blue badge?",
     [("licence_plate", "YL68 PKE")], []),

    ("Hi doctor, I am Abdirahman from Minneapolis. My wife Hodan gave birth 5 days ago and the baby is yellow on the face and the eyes. She is breastfeeding. Is this jaundice normal or we go to hospital?",
     [("name", "Abdirahman"), ("name", "Hodan")], []),

    ("Wendy, Hanna and me (three mums from the same playgroup) want to know if the chickenpox vaccine is worth paying for privately. Our kids are 1, 2 and 3. Is it better to just let them catch it?",
     [("name", "Wendy"), ("name", "Hanna")], []),

    ("My aunt Fatima's MRN is 3300-671-29 if that helps anyone, the hospital keeps losing her notes. She's 66, diabetic, and the ulcer on her foot hasn't healed in 2 months. It's not smelly but it's not getting smaller either.",
     [("name", "Fatima"), ("id_number", "3300-671-29")], []),

    ("posting as throwaway_sad_2am cos I don't want anyone to know. I've been binge eating every night and then not eating at all during the day. 19F. is this an eating disorder or just bad habits",
     [("handle", "throwaway_sad_2am")], []),

    ("Dr. Mbeki-Rossi says my INR target is 2.5-3.5 because of my mechanical mitral valve. I'm Theo, 58. Is cranberry juice actually a problem or is that a myth?",
     [("name", "Mbeki-Rossi"), ("name", "Theo")], []),

    ("We're in the white bungalow at the end of Cobbler's Lane in Little Hadham, just past the church. The ambulance couldn't find us last time my husband collapsed. Is there anything we can do so they find us faster?",
     [("address", "white bungalow at the end of Cobbler's Lane in Little Hadham")], []),

    ("im 17 and my mum reads my texts so dont put anything on 07911 123 580 pls. I think I might be pregnant, my period is 10 days late, test was negative yesterday. how long should I wait to test again",
     [("phone", "07911 123 580")], []),

    ("Please ask for Dr. Lucy Fairbanks at Harbourside Surgery, she knows my case (ref HS-44821). I'm Neil. Still getting migraines with aura 3x a week even on propranolol 80. What's next after propranolol?",
     [("name", "Lucy Fairbanks"), ("id_number", "HS-44821"), ("name", "Neil")], ["Harbourside Surgery"]),

    ("My son Mateo's birthday is 9 June 2021 and he's still not saying any real words, just babbling and pointing. Everyone says boys are late. Is it too late for speech therapy or too early?",
     [("name", "Mateo"), ("date_of_birth", "9 June 2021")], []),

    ("i go by Ziggy online but my real name is Siegfried, 44, german living in Dublin. For about a year my heart races when I stand up, like 130, and i feel faint. Could it be POTS?",
     [("name", "Ziggy"), ("name", "Siegfried")], []),

    ("Hello, we are the Adeyemis. Our son Tobi, 8, still wets the bed most nights. Our GP Dr Hargreaves says just wait. My husband Femi wet the bed until he was 10 too. Is it genetic? Is there a medicine?",
     [("name", "Adeyemis"), ("name", "Tobi"), ("name", "Hargreaves"), ("name", "Femi")], []),

    ("Mrs Eleanor Vance-Whitley (my mother-in-law, b. 04/07/1941) is refusing her hip replacement even though she's in agony and hardly leaves the house. How do I talk to her about it without her digging her heels in?",
     [("name", "Eleanor Vance-Whitley"), ("date_of_birth", "04/07/1941")], []),

    ("patient ID 556-AZ-0912 on my lab printout. TSH <0.01, free T4 38. I'm 31 and lost 6 kilos without trying and my hands shake. What does this mean?",
     [("id_number", "556-AZ-0912")], []),

    ("If anyone from Greenfield Academy sees this, yes it's me, Mr Okafor's daughter. My dad's been so low since mum died in January, he won't see anyone or go out. How do I get him help if he won't go to the GP?",
     [("name", "Okafor")], ["Greenfield Academy"]),

    ("my lil bro goes by T-Bone (Trevon really) and he got hit in the head with a ball at practice, he says he's fine, no headache, didn't black out, just embarrassed. he's 12. do I need to tell mom or watch for anything?",
     [("name", "T-Bone"), ("name", "Trevon")], []),

    ("Hello, I'm Rev. Jonathan Ames, vicar of a small rural parish. One of my parishioners, Gladys, 84, keeps falling - three times since Easter. She has no family nearby. Who do I contact about a falls assessment for her?",
     [("name", "Jonathan Ames"), ("name", "Gladys")], []),

    ("babe (Kofi) has had hiccups for 3 days straight, like nonstop even in his sleep. he's 39, no other symptoms. is that even a thing?? what do we do",
     [("name", "Kofi")], []),

    ("Can my pharmacist (Rajesh, at the chemist on the high street) tell my employer I'm on sertraline? I'm 28 and work at Halden & Price Solicitors and the partners know everyone in town.",
     [("name", "Rajesh")], ["Halden & Price Solicitors"]),

    ("My Facebook profile facebook.com/mariel.santos.9087 has the photos of the rash because the upload here keeps failing. It started after a hike on Sunday. Itchy raised lines on both legs, some blisters.",
     [("url", "facebook.com/mariel.santos.9087")], []),

    ("mum's name Olwen Pryce, dob 12/12/1948, address 7 Heol Llan, Llandeilo SA19 6AB. Filling in the attendance allowance form for her, what counts as 'needs help with personal care'? She has Parkinson's and can't do buttons anymore.",
     [("name", "Olwen Pryce"), ("date_of_birth", "12/12/1948"), ("address", "7 Heol Llan, Llandeilo SA19 6AB")], []),

    ("Hi all! Penny here, 36, recently diagnosed with PCOS. My partner Mark is really supportive but we want kids soonish. Does metformin actually help with ovulation or is it just for weight?",
     [("name", "Penny"), ("name", "Mark")], []),

    ("My father Hiroshi Tanaka, 78, was told by Dr. Yamamoto his creatinine is 2.1. We don't speak English very good. Is it the kidney failing? He feels normal.",
     [("name", "Hiroshi Tanaka"), ("name", "Yamamoto")], []),

    ("hey so the app wanted my member number, its 0043-8812-AB. but my actual question: is it normal for my 2 month old to poop only once every 5 days? breastfed, not upset, soft when it comes",
     [("id_number", "0043-8812-AB")], []),

    ("angel (my daughter, yes that's her name) has a lump behind her ear, pea sized, moves when you touch it. she's 5. she had a cold last week. do i need to get it looked at",
     [("name", "angel")], []),

    ("You can see my mole tracking on my TikTok @dermdiary_kat. The one on my lower back grew 2mm in 3 months according to my ruler photos. I'm 29 and very pale. Worth a dermatologist?",
     [("handle", "@dermdiary_kat")], []),

    ("Reg FN21 OZT was the car that clipped my son on his bike, police have it all. He was checked over and sent home but now 3 days later he has neck pain and stiffness. Is that whiplash coming out late? He's 19.",
     [("licence_plate", "FN21 OZT")], []),

    ("I'm going by my nickname here - Bex. My ex Daniel gave me herpes, I found out yesterday. I'm 22 and I feel disgusting. Will the pain always be this bad with every outbreak?",
     [("name", "Bex"), ("name", "Daniel")], []),

    ("Sorry about my english. I am Oksana from Kharkiv, now in Poland. My son Artem 11 years have asthma and we lost his inhaler on the road. Where I can get new one here without doctor?",
     [("name", "Oksana"), ("name", "Artem")], []),

    ("my employee number at the council is 00771432 and occupational health want a report from my GP about my back. Sciatica since march, off work 3 weeks. what should the report actually say?",
     [("id_number", "00771432")], []),

    ("Dr Chen, Dr Lindqvist and Dr Osei have all given me different answers about whether to stop my aspirin before my colonoscopy next week. Who's right?! I had a stent 2 years ago.",
     [("name", "Chen"), ("name", "Lindqvist"), ("name", "Osei")], []),

    ("hi hi, my handle on the diabetes forum is @sugarfreesteph, same Steph here. my libre readings keep dropping to 3.2 around 3am. on lantus 18 units at bedtime. should i move it to mornings?",
     [("handle", "@sugarfreesteph"), ("name", "Steph")], []),

    ("Pls reply to mohammed.alrashid77@mail.example not this account (it's my brother's). I've had burning when peeing for 4 days and going all the time. I'm 30 male. Do men get UTIs?",
     [("email", "mohammed.alrashid77@mail.example")], []),

    ("rang the surgery 01632 960183 four times this morning, nobody picks up. My daughter's tonsils are massive with white spots, she's 9, temp 38.9 for 2 days but drinking. do we need antibiotics or will it pass",
     [("phone", "01632 960183")], []),

    ("Neighbours' little boy Jayden, 4, was playing in our garden at 22 Primrose Gardens and got stung by a wasp on the lip. It's swollen but he's breathing fine and chatting away. Can you give antihistamine at 4? His mum's on her way back.",
     [("name", "Jayden"), ("address", "22 Primrose Gardens")], []),

    ("My partner's NI number is JT 48 91 27 D - the PIP form wants it and I'm filling it in for her. She has fibromyalgia and bad days where she can't get up. Is that enough to get PIP?",
     [("id_number", "JT 48 91 27 D")], []),

    ("hey doc. me = Callum, 26. girlfriend = Niamh, 25. She gets chest pain when she's anxious and is convinced it's a heart attack every time. how can she tell the difference",
     [("name", "Callum"), ("name", "Niamh")], []),

    ("it's about my grandad Wilf. Ever since his stroke in the spring he cries at adverts, the news, anything. He was never a crier. Is that the stroke or is he depressed?",
     [("name", "Wilf")], []),

    ("Ok so long story. My mother in law (Sharon) had her gallbladder out at Kingsway Hospital 3 weeks ago, they sent her home the same day. Since last night her eyes look yellow and she's itching all over. My husband Gary says wait for the follow-up on the 14th. I say ring now. Her number is 0117 496 0551 if a nurse can call her directly. Who's right?",
     [("name", "Sharon"), ("name", "Gary"), ("phone", "0117 496 0551")], []),

    ("GP record link: https://myhealth.example.org/patient/88321/records - can someone explain the 'eGFR 48' bit? It has a little orange flag next to it. I'm 69.",
     [("url", "https://myhealth.example.org/patient/88321/records")], []),

    ("Hi, Lt. Col. (ret.) Harold Briggs, 71. VA claim number 29-884-1136. The tinnitus is unbearable after 30 years around artillery. Is there anything new, any treatment at all?",
     [("name", "Harold Briggs"), ("id_number", "29-884-1136")], []),

    ("ma fille Chloé (3 ans) a de la fièvre - sorry, switching to english - 39.4, we are on holiday in Cornwall and don't know the system here. She's drinking and watching cartoons. Do we go to A&E or a pharmacy?",
     [("name", "Chloé")], []),

    ("my girlfriend's username on here is @nightowl_jess and she's been posting about wanting to disappear. She's asleep next to me now and seems ok today. I'm worried though. How do I bring it up?",
     [("handle", "@nightowl_jess")], []),

    ("I am Dr. Rashida Khan myself but asking purely as a patient - 36, first pregnancy, 34 weeks, BP 142/92 at the midwife today, no protein. Should I be worried about pre-eclampsia?",
     [("name", "Rashida Khan")], []),

    ("Bill here, 66, retired plasterer. Both knees are shot, I can't get up from a chair without grabbing something. Is a knee replacement worth it at my age or do I just put up with it?",
     [("name", "Bill")], []),

    ("My colleague at Northgate Logistics, Dev, collapsed in the canteen last month and it turns out it was his heart. I'm his line manager. How do I support him when he comes back, what should he avoid?",
     [("name", "Dev")], ["Northgate Logistics"]),

    ("Filling out the school trip form for Amelia-Rose, DOB 21/08/2014, and it asks about allergies. She reacted to a cashew once (hives only, nothing else). Do I need to say she needs an epipen?",
     [("name", "Amelia-Rose"), ("date_of_birth", "21/08/2014")], []),

    ("yo its big sam, 6'5 and 130kg, doc says my BMI is obese but im a rugby prop and built like a fridge. is BMI rubbish for people like me",
     [("name", "sam")], []),

    ("My brother-in-law Giorgos lives at Odos Ermou 14, 3rd floor, Thessaloniki and refuses to see a doctor about the blood in his stool. He's 55. It's been months. How do I convince him?",
     [("name", "Giorgos"), ("address", "Odos Ermou 14, 3rd floor, Thessaloniki")], []),

    ("patient portal says acct #: 6620391 and 'your claim was denied'. It was for the MRI for my headaches. I'm 40, headaches every morning for 2 months, worse lying down. Should I just pay out of pocket?",
     [("id_number", "6620391")], []),

    ("Hi there my name is Faith and my husband's name is Christian (yes really). We're both 30 and both just tested positive for covid. I'm 20 weeks pregnant. Is paxlovid ok for me?",
     [("name", "Faith"), ("name", "Christian")], []),

    ("Our GP practice is tiny, just Dr Moore and one nurse, at Ashby Green Surgery. My son's ADHD meds need a shared care agreement and Dr Moore says no. I'm his mum. Where can we go from here?",
     [("name", "Moore")], ["Ashby Green Surgery"]),

    ("my grandma calls me Bubba even though I'm 32 lol. anyway she stayed over and says I snore like a train and stop breathing for ages. do I need a sleep apnea test?",
     [("name", "Bubba")], []),

    ("I drive a white Transit for work, reg LB70 HKM, 12 hour days, and my haemorrhoids are horrendous. Any cushions that actually work or do I need them banded?",
     [("licence_plate", "LB70 HKM")], []),

    ("Hello, my name is Siddharth but everyone calls me Sid. I am 19 and studying at IIT Bombay. I have acne on back and chest for 3 years, tried benzoyl peroxide and doxycycline. Should I ask for isotretinoin?",
     [("name", "Siddharth"), ("name", "Sid")], ["IIT Bombay"]),

    ("Contact for my mum: tel. +44 20 7946 0318, Mrs. Haverford. She's 82 with a leg ulcer the district nurse dresses twice a week. It smells really bad now and the skin round it is redder. Should she be on antibiotics?",
     [("phone", "+44 20 7946 0318"), ("name", "Haverford")], []),

    ("hi doc my name is jose luis, 48. I work construction in houston. my pee goes dark like coca cola after long shifts in the heat and my muscles hurt a lot. is this from the heat?",
     [("name", "jose luis")], []),

    ("It's Lou (Louisa) - I posted about the palpitations before. Holter came back: 'frequent PVCs, 8% burden'. Is 8% bad? Cardiologist appt isn't till March.",
     [("name", "Lou"), ("name", "Louisa")], []),

    ("my mum and dad, Ayo and Bisi, both have high blood pressure. I'm 25 and mine was 138/88 at the pharmacy machine. Do I need to worry already?",
     [("name", "Ayo"), ("name", "Bisi")], []),

    ("Insurance (Aetna) member ID W7782910034. I've been referred to dermatology for a biopsy of a scaly patch on my scalp that keeps bleeding. I'm 62, bald, spent my life outdoors. Is it likely to be cancer?",
     [("id_number", "W7782910034")], []),

    ("Could the doctor reply to my husband Owen instead, he's handling this - owen.prys@example.net. I'm 9 days after a c-section and there's a red, hot, hard area along one end of the scar.",
     [("name", "Owen"), ("email", "owen.prys@example.net")], []),

    ("Hey! I'm Rosa's mum (Rosa is 14). She's fainted in assembly at Thornbury High twice this month, both times standing for ages. Does she need her heart checked?",
     [("name", "Rosa")], ["Thornbury High"]),

    ("we're on the campsite at pitch 17, Lakeside Holiday Park near Keswick, and my husband found a tick on his thigh. Got most of it out but the head is still in. What do we do?",
     [("address", "pitch 17, Lakeside Holiday Park near Keswick")], []),

    ("my mom Lupe is 70 and type 2, her sugars are 250+ every morning. she eats pan dulce for breakfast every day lol. how do I tell her without a fight",
     [("name", "Lupe")], []),

    ("name on file: Whitaker-Jones, Reginald A. / DOB 1952-03-17 / MRN 0011847263. Discharge summary says 'AKI stage 2, resolving'. What does that mean for him long term?",
     [("name", "Whitaker-Jones, Reginald A."), ("date_of_birth", "1952-03-17"), ("id_number", "0011847263")], []),

    ("Ok my sister Joy has been really low since the baby arrived (baby Noah is 6 weeks). She can't sleep even when he sleeps and keeps saying she's a bad mother. Is this postnatal depression? How do I help?",
     [("name", "Joy"), ("name", "Noah")], []),

    ("Anyone know dr. wojcik at the spine clinic? he says my scoliosis (38 degrees) needs surgery. I'm 16. Should we get a second opinion?",
     [("name", "wojcik")], []),

    ("Grandson Liam's phone is 083 412 7765 if you need to reach him, he's the one who helps me. I'm 87 and my eyesight is going cloudy and lights glare at night. Cataracts I think.",
     [("name", "Liam"), ("phone", "083 412 7765")], []),

    ("So my ex-husband, Craig, has custody this weekend and he's been giving our son (Ollie, 7) adult ibuprofen for his sore ear. Is 400mg dangerous for a 7yo who weighs 22kg?",
     [("name", "Craig"), ("name", "Ollie")], []),

    ("all my scans and letters are here: linktr.ee/hannahs_health_journey. Trying to get a diagnosis for 4 years - joint pain, rashes on my face in sun, exhaustion. Lupus??",
     [("url", "linktr.ee/hannahs_health_journey")], []),

    ("Dear doctor, I am Mr. Bogdan Ionescu, 63 year, truck driver, my truck plate is B 77 XYZ... no sorry this is not important. I have pain in the calf when I walk 200 meter, I stop and it goes. Then again.",
     [("name", "Bogdan Ionescu"), ("licence_plate", "B 77 XYZ")], []),

    ("My brother Krzysiek (Chris to his mates) is 35, drinks every single day and his hands shake in the mornings until he has one. How do we get him into a detox? He's willing, finally.",
     [("name", "Krzysiek"), ("name", "Chris")], []),

    ("My wife Meera said I could post this: she's 41 and has had a period for 3 weeks straight, not heavy but not stopping. Her gynae is Dr. Fenwick-Holt but the appointment isn't until next month. Wait or push?",
     [("name", "Meera"), ("name", "Fenwick-Holt")], []),

    ("daughter's nickname is Bug, she's 18 months and has a temp of 38.5 and keeps pulling at her left ear. teeth or ear infection? she's grumpy but drinking",
     [("name", "Bug")], []),

    ("Sent from my phone - Natasha Ivanova-Bright, 0049 151 2345 6789. Question: my 8 year old got bitten by a neighbour's cat yesterday, small puncture on the hand, now a bit red. Antibiotics?",
     [("name", "Natasha Ivanova-Bright"), ("phone", "0049 151 2345 6789")], []),

    ("hey its kai from snap (kai.surfs.04). my ear has been blocked since surfing on sunday and theres a crackle. 17M. surfers ear?",
     [("name", "kai"), ("handle", "kai.surfs.04")], []),

    ("My dad, Desmond, is 80 and lives alone at 3 Mill Cottages, Lower Slaughter. He's started leaving the gas on. His GP won't discuss him with me. What can I do?",
     [("name", "Desmond"), ("address", "3 Mill Cottages, Lower Slaughter")], []),

    ("Medicare number 2953 71084 1 - sorry the form here said to include it?? My question is whether I'm due for a bowel screening kit, I'm 50 in a few weeks and haven't had one.",
     [("id_number", "2953 71084 1")], []),

    ("Thanks in advance!!\n-- \nBeatriz Okoro-Lima\nSchool Nurse, Hollybrook Junior\nbea.okorolima@hollybrook.example\n(my question: a Year 4 pupil with an EpiPen - can we keep a spare in the office with parental consent?)",
     [("name", "Beatriz Okoro-Lima"), ("email", "bea.okorolima@hollybrook.example")], ["Hollybrook Junior"]),

    ("my cousin Aarav and his wife Diya are both carriers for thalassemia, found out in the pregnancy screening. what does it mean for the baby? they're 14 weeks",
     [("name", "Aarav"), ("name", "Diya")], []),

    ("i'm Magnus, 52, my resting heart rate on the Garmin has gone up from 52 to 68 in a month without any change in training. anything to worry about? profile's at https://connect.example.com/modern/profile/magnus_runs if a doc wants the data",
     [("name", "Magnus"), ("url", "https://connect.example.com/modern/profile/magnus_runs")], []),

    ("Her hospital number is H0039281 and she's in bay 4 on ward 12. My nan Peggy, 88, has been in for a week with pneumonia and is now not making sense. Is that normal with pneumonia in the elderly?",
     [("id_number", "H0039281"), ("name", "Peggy")], []),

    ("This is Tomasz, my wife is Agnieszka, 31. She has terrible pain with periods since always but now worse, also pain during sex. Endometriosis? Where to start?",
     [("name", "Tomasz"), ("name", "Agnieszka")], []),
]

ITEMS_WITHOUT_IDENTIFIERS = [
    ("I work night shifts at Brennan's Bakery and my lower back is killing me every morning when I get home. I'm 34, lifting flour sacks all night. Physio or just ibuprofen and stretch?",
     [], ["Brennan's Bakery"]),

    ("I'm a teaching assistant at Little Acorns Nursery and three of the kids have had hand foot and mouth this week. I'm 24 weeks pregnant. Should I be staying home?",
     [], ["Little Acorns Nursery"]),

    ("My husband works nights at the Tesco distribution centre in Daventry, he's 51 and keeps getting palpitations on shift. He swears it's the energy drinks. Could it be?",
     [], ["Tesco distribution centre in Daventry"]),

    ("I'm a dental hygienist at Smile Studio Kensington and had a needlestick injury from a patient about an hour ago. Source patient's status unknown. What do I need to do now?",
     [], ["Smile Studio Kensington"]),

    ("My little one's nursery (Busy Bees on Marston Rd) sent him home with conjunctivitis. If we start the drops today can he go back tomorrow? He's 2.",
     [], ["Busy Bees on Marston Rd"]),

    ("Diagnosed with Hashimoto's last month, TSH was 11.2. Started on 50mcg levothyroxine. How long before I start feeling human again?",
     [], []),

    ("My grandma has Parkinson's and takes Sinemet 4 times a day. Can she take it with her morning porridge or does the protein mess it up?",
     [], []),

    ("is crohns the same as IBS?? the GP at the Royal Free said 'possible crohns' and my calprotectin was 340. im 22 and freaking out a bit",
     [], []),

    ("Bell's palsy on the left side since Tuesday. They gave me prednisolone 60mg for 5 days. Will my face definitely come back?",
     [], []),

    ("Got Osgood-Schlatter at 13, now 15 and there's still a hard lump under my knee. Will it ever go away?",
     [], []),

    ("born in 1987 so I'm 37 - does that count as 'advanced maternal age' if I get pregnant next year? what actually changes?",
     [], []),

    ("BP this morning 158/97, yesterday 149/92. 52 year old man. Is amlodipine 5mg not enough anymore?",
     [], []),

    ("Appointment at Addenbrooke's on 3rd March for a colposcopy. What actually happens? Does it hurt? Can I drive after?",
     [], []),

    ("Symptoms started on 12 January: sore throat first, then fever, and now a week later both ears feel blocked and popping. Should I push for antibiotics?",
     [], []),

    ("Will the swelling go down on its own? Went over on my ankle at netball on Saturday, it's purple down to the toes and huge. I can walk on it, just about.",
     [], []),

    ("Rose-coloured spots all over my chest and back about 2 weeks after a bad sore throat, like little drops. Someone said guttate psoriasis?",
     [], []),

    ("Mark on my son's arm where he had the BCG has turned into a raised shiny scar. He's 8 months. Is that normal or is it a keloid?",
     [], []),

    ("Hope someone can help. I'm 5ft 2 and 48kg and the fertility clinic says I need to gain weight before IVF. Is that really true, does BMI matter that much?",
     [], []),

    ("Can you get Lyme disease in Scotland? Walked around Loch Ness in July and now there's a big red ring on my thigh, a bit like a target.",
     [], []),

    ("Took 2 Nurofen Plus and then a Lemsip an hour later, is that too much? I'm about 11 stone.",
     [], []),

    ("Is Ozempic worth it if my HbA1c is 46? Prediabetic, 44F, 96kg, 165cm. GP is lukewarm about it.",
     [], []),

    ("Guillain-Barre after the flu jab - how common is it really? My aunt refuses every vaccine because of it and now she's 72 and I want to convince her.",
     [], []),

    ("Apgar score 7 then 9 - is that bad? Our son was born yesterday at the Rotunda and I only just read the notes.",
     [], []),

    ("Summer holidays coming and my son's hayfever is horrendous every year. Is cetirizine ok every single day for 3 months? He's 10.",
     [], []),

    ("Frank blood in the toilet after going, bright red, on the paper, not mixed in. 28M. Piles or something worse?",
     [], []),

    ("Bob Marley died from a melanoma under his toenail right? I've got a dark stripe down my big toenail and now I'm freaking out. It's been there maybe a year.",
     [], []),

    ("Dr Google says my ALT of 87 means liver damage. I drink maybe 10 units a week, bit overweight. Should I be worried?",
     [], []),

    ("My 14 year old pitches for his baseball team and has pain on the inside of his elbow after games. Do young pitchers really need Tommy John surgery? When should he stop throwing?",
     [], []),

    ("Cushing's or just stress? Gained 15kg in a year, purple stretch marks on my stomach, round face. Cortisol test next week at St Thomas'.",
     [], []),

    ("Metformin 500mg twice a day is giving me awful diarrhoea, 3 weeks in. Is the slow-release version any better?",
     [], []),

    ("Scheduled for a Whipple at MD Anderson on the 22nd. How long is recovery realistically, not the brochure version?",
     [], []),

    ("think my Baker's cyst behind my knee burst?? calf is swollen and sore since yesterday. 61F. how do I tell it apart from a clot",
     [], []),

    ("Sunny days literally give me hives, within 10 minutes of being outside. Solar urticaria? 29F, going to Spain next month and dreading it.",
     [], []),

    ("Heberden's nodes on my fingers at 50. Does that mean the arthritis will get much worse?",
     [], []),

    ("My 2yo weighs 11.2kg and is 84cm. The health visitor says she's dropped to the 9th centile. Should I be worried?",
     [], []),

    ("Eosinophils 0.9, everything else normal on my full blood count. What does that mean? I do have hayfever.",
     [], []),

    ("Xarelto vs warfarin for AF - my cardiologist at Papworth gave me the choice. 70M, kidneys fine. What would you pick?",
     [], []),

    ("Last period started 2nd of May, positive test this morning!! When's my due date roughly? And when is the first scan usually?",
     [], []),

    ("Hodgkin's lymphoma survivor (treated 2009, chest radiotherapy), now 34. Should I be getting extra screening for anything?",
     [], []),

    ("Ginger tea for morning sickness - does it actually work or is it an old wives' tale? 9 weeks and throwing up daily.",
     [], []),

    ("Raynaud's - my fingers go white then blue in the cold. 23F. Is there any link with lupus? should I get bloods?",
     [], []),

    ("Asperger's diagnosis at 40 after years of struggling. Is it worth telling work, and what are the pros and cons?",
     [], []),

    ("Is Dettol safe to put in the bath for a toddler with impetigo? Someone on Mumsnet swears by it.",
     [], []),

    ("Alzheimer's runs in my family, my mother and grandmother both had it. I was born in 1961. Is there a gene test and should I do it?",
     [], []),

    ("Fell down the steps at Euston station yesterday and landed on my hand, wrist is swollen but I can move my fingers. Sprain or could it be broken?",
     [], []),

    ("Does Benadryl help with a big local reaction to a bee sting? Whole hand swelled up to the wrist overnight, no breathing problems at all.",
     [], []),

    ("20 week scan showed 'echogenic bowel'. The midwife at Liverpool Women's wants more tests. What does it mean?? Google is terrifying.",
     [], []),

    ("Tourette's in a 7 year old? Tics started in September, blinking and sniffing, worse when he's tired. Will he grow out of it?",
     [], []),

    ("HDL 0.8, LDL 4.9, triglycerides 3.1. 47M. Statins straight away or try diet first?",
     [], []),

    ("Christian camp next week and my 12yo has type 1. Who should hold her insulin and how do I brief the leaders?",
     [], []),

    ("Victoria sponge at my sister's birthday and my blood sugar went up to 14.5 afterwards. Type 2 on gliclazide 80mg. Is that dangerous?",
     [], []),

    ("Dupuytren's contracture in my ring finger, my dad had it too. Surgery or the needle procedure, which lasts longer?",
     [], []),

    ("Booked in at the Mayo Clinic in Rochester for a POTS workup in October. What tests should I expect? Tilt table?",
     [], []),

    ("Marfan syndrome was mentioned because I'm 6'6 with long fingers and a bit of a chest dip. 18M. What does testing involve?",
     [], []),

    ("Hunter syndrome has been ruled out for my son but the doctors in Birmingham still don't know why his liver is enlarged. He's 3. What else could it be?",
     [], []),

    ("Amber-coloured pee even though I'm drinking 3 litres a day. 35F, strict keto. Kidneys?",
     [], []),

    ("Warts on my fingers for 2 years, Bazuka gel does absolutely nothing. Is freezing at the GP worth it?",
     [], []),

    ("Sjögren's?? dry eyes, dry mouth for a year, 42F. ANA positive 1:320, waiting on the other antibodies.",
     [], []),

    ("Kawasaki disease - my son had it at 2 and he's 6 now. Does he need heart checks for life?",
     [], []),

    ("Lost 4 stone on Mounjaro since January. Now loose skin everywhere. Does the NHS do skin removal ever?",
     [], []),

    ("Eczema flare since Christmas, using Dermovate on my hands every day. How long is it safe to use on hands?",
     [], []),

    ("Born 1999, had all my jabs as a kid except MMR (parents were anti). Can I just get it now at 25? Do I need 2 doses?",
     [], []),

    ("Grace period on my repeat prescription ran out and I've missed 3 days of venlafaxine 150. Brain zaps and crying. Do I restart at the full dose?",
     [], []),

    ("Dr. Seuss books are the only thing that calm my autistic son during blood tests lol. Anyway he needs fasting bloods next week, he's 9 - any tips to get through the fasting part?",
     [], []),

    ("Tylenol 500 every 4 hours for 3 days for a toothache, is that ok? 70kg adult. dentist can't see me till thursday",
     [], []),

    ("Fever of 38.2 since Monday the 14th, cough and aching everywhere. Flu or covid? 31M, didn't get the jab this year.",
     [], []),

    ("Cleveland Clinic says one thing about intermittent fasting, Harvard says another. For a 58 year old woman with prediabetes, which is it?",
     [], []),

    ("Paget's disease of bone - my ALP is 410 and the bone scan lit up my pelvis. What happens now?",
     [], []),

    ("Just had a letter from the Christie about my dad's scan results, it says 'partial response'. He's 77. Is that good news or bad news?",
     [], []),

    ("Still at 5mg of Valium nightly after 2 years, GP wants me off it. How fast is safe to taper? 38F.",
     [], []),

    ("Reading my discharge summary: 'Hb 92, Plt 145, WCC 11.3, CRP 48'. Which of these is the worry?",
     [], []),
]
