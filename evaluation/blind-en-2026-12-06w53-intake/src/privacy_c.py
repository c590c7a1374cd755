# Hand-written privacy items, part C (mostly Australia and New Zealand, with identifiers).

ITEMS = [
    (
        "G'day, my Medicare number is 2123 45670 1 and I'm wondering if a skin check is bulk billed. I've got a spot on my nose that keeps "
        "scabbing over. Cheers, Bruce",
        [("id_number", "2123 45670 1"), ("name", "Bruce")],
        [],
    ),
    (
        "Hi there, my son Lachlan is 7 and has had three ear infections since school went back. His teacher Mrs Papadopoulos says he doesn't "
        "hear her half the time. We live at 22 Wattle Street, Ballarat VIC 3350. Do we need grommets?",
        [("name", "Lachlan"), ("name", "Papadopoulos"), ("address", "22 Wattle Street, Ballarat VIC 3350")],
        [],
    ),
    (
        "Kia ora, my NHI is ZAC5361. I've been on the waitlist for a colonoscopy at Middlemore for 5 months now and I'm still bleeding "
        "when I go to the toilet. Is there any way to speed it up? Ngā mihi, Hemi",
        [("id_number", "ZAC5361"), ("name", "Hemi")],
        [],
    ),
    (
        "My partner Jess and I have just moved to Perth. Her IHI is 8003 6012 3456 7890 (they gave it to her on the My Health Record thing). "
        "She needs a new script for her epilepsy meds - can a pharmacist give an emergency supply?",
        [("name", "Jess"), ("id_number", "8003 6012 3456 7890")],
        [],
    ),
    (
        "Hey, I'm Tayla, 22, work at Bunnings in Toowoomba. Got a bad sunburn blister on both shoulders after the cricket on Saturday, "
        "some are the size of a 50c coin. Do I pop them?",
        [("name", "Tayla")],
        ["Bunnings in Toowoomba"],
    ),
    (
        "Mum's name is Dorothy Mae Fenwick and her DOB is 11/08/1936, she's in a nursing home in Hobart. They've put her on risperidone "
        "because she's 'agitated'. My brother Graham and I never agreed to that. Isn't it dangerous for old people with dementia?",
        [("name", "Dorothy Mae Fenwick"), ("date_of_birth", "11/08/1936"), ("name", "Graham")],
        [],
    ),
    (
        "Please ring me on 0412 345 678, my name is Mia, my baby Harper is 6 weeks and she's got a flat spot on the back of her head. "
        "The maternal child health nurse Kylie said it might need a helmet. Really?",
        [("phone", "0412 345 678"), ("name", "Mia"), ("name", "Harper"), ("name", "Kylie")],
        [],
    ),
    (
        "Hi I'm a year 11 student at Westlake Girls and my friend Aroha has been cutting. She showed me. I don't want to get her in trouble. "
        "What do I do?",
        [("name", "Aroha")],
        ["Westlake Girls"],
    ),
    (
        "My husband Wayne (Wayne Trevor Gillespie, born 4 July 1955) has been told his PSA is 9.1. The urologist Dr Nguyen wants to do a "
        "biopsy. He's terrified. Are there risks with the biopsy itself?",
        [("name", "Wayne"), ("name", "Wayne Trevor Gillespie"), ("date_of_birth", "4 July 1955"), ("name", "Nguyen")],
        [],
    ),
    (
        "Hi team, I'm a kindy teacher at Little Kōwhai Early Learning in Hamilton. One of our kids, Nikau, came in with a rash "
        "his mum Tui thinks is hand foot and mouth. How long should he stay home?",
        [("name", "Nikau"), ("name", "Tui")],
        ["Little Kōwhai Early Learning in Hamilton"],
    ),
    (
        "email: shazza.mcgee@bigpond.com - my daughter Chelsea (14) has really bad period pain, misses school every month. Is the pill "
        "okay at her age? GP Dr Hamid wasn't sure.",
        [("email", "shazza.mcgee@bigpond.com"), ("name", "Chelsea"), ("name", "Hamid")],
        [],
    ),
    (
        "We got rear-ended at the lights on Sunday, the other car was a white ute rego YXT-482. I felt fine but now my neck is so stiff "
        "I can't turn my head. Is whiplash delayed like that? I'm in Brisbane, ph 0491 570 156. - Karen",
        [("licence_plate", "YXT-482"), ("phone", "0491 570 156"), ("name", "Karen")],
        [],
    ),
    (
        "My Nan, Gwen, lives at 'Tallowood', 140 Bangalow Road, Byron Bay NSW 2481, and she refuses to wear her hearing aids. "
        "Mum (Lisa) says her memory is going but I reckon she just can't hear. How can we tell the difference?",
        [("name", "Gwen"), ("address", "'Tallowood', 140 Bangalow Road, Byron Bay NSW 2481"), ("name", "Lisa")],
        [],
    ),
    (
        "Hiya, NHI number is PRS4821 (my son Tamati, 10). He's been wheezy with every cold and Starship said he might have asthma "
        "but the GP wasn't convinced. What's the test for asthma in kids?",
        [("id_number", "PRS4821"), ("name", "Tamati")],
        [],
    ),
    (
        "I'm Rhys, 27, a chef at a pub in Fremantle. Burnt my forearm on the salamander last week, it's healed over but the skin is shiny "
        "and tight. Will I need a skin graft or is this normal scarring?",
        [("name", "Rhys")],
        [],
    ),
    (
        "Quick question from a dad, my kid Charlie (4) swallowed a bit of toothpaste again, he loves the strawberry one. How much fluoride "
        "is too much? Sorry I keep asking this. Dave, 04 9555 0142",
        [("name", "Charlie"), ("name", "Dave"), ("phone", "04 9555 0142")],
        [],
    ),
    (
        "The specialist's letter says 'Re: Ms Ngaire Tawhiri, NHI ABC1235, d.o.b. 30/01/1979, 3 Kereru Lane, Whakatāne 3120. "
        "Impression: Hashimoto's thyroiditis.' What does that mean, is it cancer?",
        [("name", "Ngaire Tawhiri"), ("id_number", "ABC1235"), ("date_of_birth", "30/01/1979"),
         ("address", "3 Kereru Lane, Whakatāne 3120")],
        [],
    ),
    (
        "i'm 19 and my tiktok is @sunnycoast.sienna. i posted about my acne and loads of people told me to try accutane. my GP Dr "
        "Robertson said i'd need a dermatologist. is it worth the wait?",
        [("handle", "@sunnycoast.sienna"), ("name", "Robertson")],
        [],
    ),
    (
        "Good morning. I'm Ian Prentice, a retired teacher in Dunedin. I've noticed blood in my semen twice this month. My wife Helen says "
        "I'm making a fuss. I'm 66. Should I see someone?",
        [("name", "Ian Prentice"), ("name", "Helen")],
        [],
    ),
    (
        "Hello, my daughter Matilda (Tilly) has been diagnosed with coeliac disease at 9. Her school (St Columba's Primary in Adelaide) "
        "does a sausage sizzle every Friday. What do we need to tell the canteen?",
        [("name", "Matilda"), ("name", "Tilly")],
        ["St Columba's Primary in Adelaide"],
    ),
    (
        "Can someone please help. My father Giuseppe Romano is 90, lives with us at Unit 4/17 Flinders Parade, Sandgate QLD 4017. "
        "He gets up 5 times a night to wee and he's exhausted. Is there a tablet for that?",
        [("name", "Giuseppe Romano"), ("address", "Unit 4/17 Flinders Parade, Sandgate QLD 4017")],
        [],
    ),
    (
        "I'm a FIFO worker (2 weeks on at a mine site near Karratha) and I keep getting gout in my big toe. Can I keep colchicine on me "
        "on site? Worker ID is FM-20931 if the company doctor needs it. Name's Brett.",
        [("id_number", "FM-20931"), ("name", "Brett")],
        [],
    ),
    (
        "I follow your page, my partner Ana and I are trying for a baby, and we've read on ttcwithana.blogspot.com (her blog) that "
        "you should stop coffee. How much coffee is ok when trying to conceive?",
        [("name", "Ana"), ("url", "ttcwithana.blogspot.com")],
        [],
    ),
    (
        "Kia ora koutou, I'm Wiremu's koro. Wiremu is 3 and has bad eczema, his mum Kiri is using the steroid cream but it keeps coming back. "
        "Our Plunket nurse Sue said to keep going. How long is it safe to use?",
        [("name", "Wiremu"), ("name", "Kiri"), ("name", "Sue")],
        [],
    ),
    (
        "Hi, Medicare card 5951 27354 2, IRN 3 (that's my son Noah). Can he get a free flu shot at 8? His sister Zoe had one at the GP "
        "but that was because she's got asthma.",
        [("id_number", "5951 27354 2"), ("name", "Noah"), ("name", "Zoe")],
        [],
    ),
    (
        "I've just been told I'm a carrier for cystic fibrosis from the prenatal screen. My husband is Tom Hadley, his number is "
        "0423 888 901, could someone explain to him what it means because I can't. I'm Steph.",
        [("name", "Tom Hadley"), ("phone", "0423 888 901"), ("name", "Steph")],
        [],
    ),
    (
        "Our old fella Ray had a stroke in April and he's home now doing rehab. The physio Mandy comes twice a week. He's desperate to "
        "drive his ute again (rego 1HG-7PX). When is it safe after a stroke?",
        [("name", "Ray"), ("name", "Mandy"), ("licence_plate", "1HG-7PX")],
        [],
    ),
    (
        "My email is grace.tupou@xtra.co.nz, my son Sione (12) had a concussion playing rugby on Saturday. Coach Viliami wants him back for "
        "the final next week. Is that too soon?",
        [("email", "grace.tupou@xtra.co.nz"), ("name", "Sione"), ("name", "Viliami")],
        [],
    ),
    (
        "Hey, I'm Jacinta, 34, from Geelong. My bub Archer (born 02/05/2024) has a strawberry birthmark on his forehead that's getting bigger. "
        "The GP said it'll go on its own but it's grown heaps in a month.",
        [("name", "Jacinta"), ("name", "Archer"), ("date_of_birth", "02/05/2024")],
        [],
    ),
    (
        "Hello I'm a nurse at Kauri Coast Medical Centre (a small practice in Dargaville). Our patient, Mrs Aperahama, asked whether "
        "she can take her metformin during Ramadan-style fasting for her church fast. Any guidance?",
        [("name", "Aperahama")],
        ["Kauri Coast Medical Centre"],
    ),
    (
        "hi im trying to find out about my test. name Liam Kowalczyk, dob 19.09.2001, medicare 3304 56781 2. STI test at the clinic last "
        "monday, they said 1 week. still nothing",
        [("name", "Liam Kowalczyk"), ("date_of_birth", "19.09.2001"), ("id_number", "3304 56781 2")],
        [],
    ),
    (
        "My wife Priyanka is 36 weeks and the midwife Rachel at the birth centre says bub is breech. They've offered to try to turn him. "
        "Is ECV painful, is it risky for the baby?",
        [("name", "Priyanka"), ("name", "Rachel")],
        [],
    ),
    (
        "Could you call my daughter (she manages my health stuff), Deb, on (03) 9555 0178. I'm 83 and I keep getting dizzy when I stand "
        "up. I'm on three blood pressure tablets. Thank you, Norma",
        [("name", "Deb"), ("phone", "(03) 9555 0178"), ("name", "Norma")],
        [],
    ),
    (
        "I saw a post by @drpaleo_nz saying kids don't need vaccines if they eat clean. My sister-in-law Bex believes it. Her son Kobe "
        "is 18 months and unvaccinated. What are the actual risks?",
        [("handle", "@drpaleo_nz"), ("name", "Bex"), ("name", "Kobe")],
        [],
    ),
    (
        "I'm a uni student at Monash, student ID 31457890, and I've been getting panic attacks in exams. The counsellor Mel suggested a "
        "GP mental health plan. How many free sessions do I get?",
        [("id_number", "31457890"), ("name", "Mel")],
        ["Monash"],
    ),
    (
        "My brother Mitch does all his workouts off youtube and he's got a lump in his groin when he lifts. He's 30. His gym is "
        "the F45 in Newtown. Hernia? Does it need an op?",
        [("name", "Mitch")],
        [],
    ),
    (
        "Kia ora, I'm Anahera from Rotorua, mobile 027 555 0164. My moko (grandbaby) Manaia is 5 months and hasn't pooed in 4 days. "
        "She's formula fed. Is that constipation?",
        [("name", "Anahera"), ("phone", "027 555 0164"), ("name", "Manaia")],
        [],
    ),
    (
        "This is the discharge letter: 'Patient: Bryce Holloway, URN 00482719, Royal Perth Hospital. Dx: left distal radius fracture, "
        "cast for 6 weeks.' My question is can he swim with a waterproof cast cover? He's 12.",
        [("name", "Bryce Holloway"), ("id_number", "00482719")],
        [],
    ),
    (
        "My neighbour Colleen asked me to ask for her: she's 70 and gets terrible leg cramps every night. She lives alone at "
        "8 Banksia Crescent, Mandurah WA 6210 and I pop in most days. Is quinine still used?",
        [("name", "Colleen"), ("address", "8 Banksia Crescent, Mandurah WA 6210")],
        [],
    ),
    (
        "Hi I'm Tane. My mate Josh and I both got tattoos at the same place in Christchurch (@inkbytane on insta is me, I'm the artist "
        "actually). Josh's is red and weeping 5 days later. Infected?",
        [("name", "Tane"), ("name", "Josh"), ("handle", "@inkbytane")],
        [],
    ),
    (
        "Hello, my NDIS number is 430 123 456, I have MS and I'm trying to get funding for a mobility scooter. Does my neurologist "
        "need to write something specific? — Fiona",
        [("id_number", "430 123 456"), ("name", "Fiona")],
        [],
    ),
    (
        "My 4 yr old Ivy has a squint that comes and goes, mostly when she's tired. Her kindy teacher Ms Lam noticed it in photos. "
        "Is that a lazy eye?",
        [("name", "Ivy"), ("name", "Lam")],
        [],
    ),
    (
        "Can I get my son's immunisation history? Name: Jackson Reid, DOB: 27 Nov 2016, Medicare: 4482 19067 1, IRN 2. "
        "The school in Darwin wants it for enrolment.",
        [("name", "Jackson Reid"), ("date_of_birth", "27 Nov 2016"), ("id_number", "4482 19067 1")],
        [],
    ),
    (
        "my girlfriend Kaylee keeps fainting when she stands up too quick, she's 20 and really thin. she works at the Woolies in Penrith "
        "and fainted at the checkout. what could cause that",
        [("name", "Kaylee")],
        ["the Woolies in Penrith"],
    ),
    (
        "Hi, it's Rangi again. Last time Dr Paewai said my kidney function (eGFR) was 48. Now it's 44. Is it getting worse quick? "
        "My ph is 021 555 0193.",
        [("name", "Rangi"), ("name", "Paewai"), ("phone", "021 555 0193")],
        [],
    ),
    (
        "We run a sheep station out past Broken Hill and the nearest GP is 3 hours away. My husband Doug has had a cough with green "
        "phlegm for 10 days. RFDS said to try telehealth. Does he need antibiotics?",
        [("name", "Doug")],
        [],
    ),
    (
        "I'm 58, female, had a hysterectomy 10 years ago. My sister Robyn just got diagnosed with ovarian cancer at 61. Am I at risk "
        "still? Contact me at robynandjudes@optusnet.com.au (shared family email). Judith",
        [("name", "Robyn"), ("email", "robynandjudes@optusnet.com.au"), ("name", "Judith")],
        [],
    ),
    (
        "Hi! I'm Georgie, I'm a swim teacher at AquaKids Manly. A little one in my class, Leo, has had green snot for weeks and still "
        "comes in the pool. Is that contagious to the other kids?",
        [("name", "Georgie"), ("name", "Leo")],
        ["AquaKids Manly"],
    ),
    (
        "So my uncle Bazza (Barry) refuses to see a doctor. He's 67, drinks a slab a week and his belly has gone big and hard. "
        "Aunty Pam says his eyes are yellow too. How do we convince him?",
        [("name", "Bazza"), ("name", "Barry"), ("name", "Pam")],
        [],
    ),
    (
        "Hello my daughter was seen at Starship, her NHI is JKL8832 and name Amelia Faleolo. They said her heart murmur is innocent. "
        "But the next GP said he could still hear it. Should we get a second opinion?",
        [("id_number", "JKL8832"), ("name", "Amelia Faleolo")],
        [],
    ),
]
