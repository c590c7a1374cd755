# Privacy items with identifiers, part 5 (written by hand, writer 136)
ITEMS = [
    (
        "Can I take ibuprofen with my blood pressure tablets? I'm on candesartan. - Beryl, 72",
        [("name", "Beryl")],
        [],
    ),
    (
        "my son marley has a rash on his belly, little red dots that don't fade when i press a glass on them but he's "
        "running around fine, no temp, it's been there 3 days. he's 5. is it petechiae from coughing? he had a bad "
        "cough last week",
        [("name", "marley")],
        [],
    ),
    (
        "Hi Dr, this is Kwame Mensah. I was told to email the clinic my new address for the referral letter: "
        "Apt 1207, 88 Harbour Street, Toronto ON M5J 0C3. The referral is for my sleep study. Thanks.",
        [("name", "Kwame Mensah"), ("address", "Apt 1207, 88 Harbour Street, Toronto ON M5J 0C3")],
        [],
    ),
    (
        "My wife Anjali (34) has been vomiting all day every day, 11 weeks pregnant. She's lost 5kg, can't keep "
        "water down some days. The GP gave cyclizine which helps a bit. Our midwife says it's hyperemesis. What's "
        "next if tablets don't work?",
        [("name", "Anjali")],
        [],
    ),
    (
        "I'm a 60 year old woman with a history of breast cancer (2012, mastectomy, tamoxifen for 10 years, finished "
        "2022). I've been getting back pain in the middle of my back for 6 weeks, worse at night. My oncologist "
        "discharged me last year. My GP Dr. Fairweather said it's muscular and gave me naproxen. I'm not convinced. "
        "Should I ask for a bone scan? I'm Judith Kemp, judithkemp1963@example.com.",
        [("name", "Fairweather"), ("name", "Judith Kemp"), ("email", "judithkemp1963@example.com")],
        [],
    ),
    (
        "hi my name is kayden im 13 and i have a lump on my neck under my jaw, it doesnt hurt. my mum says its a gland. "
        "ive had it for 3 weeks. should i be worried",
        [("name", "kayden")],
        [],
    ),
    (
        "We're foster carers and just had a 6 week old placed with us. Baby's name is Mason. He was exposed to "
        "methadone in pregnancy and was on morphine in the special care unit for withdrawal until last week. He's "
        "still very unsettled and sneezes a lot. The social worker (Priscilla) said to call the health visitor but "
        "it's Saturday. Is the sneezing part of withdrawal?",
        [("name", "Mason"), ("name", "Priscilla")],
        [],
    ),
    (
        "Dear team,\n\nI'm writing about the results of my echocardiogram, done 3 October: moderate aortic stenosis, "
        "valve area 1.2 cm2, mean gradient 28 mmHg, LV function normal. I'm 76 and I play lawn bowls and walk the dog "
        "daily without trouble. The cardiologist, Dr. Venkataraman, said 'repeat in a year'. My late husband had "
        "a valve replacement at 80 and did very well. What symptoms should make me call sooner?\n\n"
        "Winifred Holt\nWinifred.Holt@example.com.au\n0491 570 110",
        [("name", "Venkataraman"), ("name", "Winifred Holt"), ("email", "Winifred.Holt@example.com.au"),
         ("phone", "0491 570 110")],
        [],
    ),
    (
        "My employer wants a fitness-to-work note after I was off with depression for 3 months. I work at "
        "Fairbanks & Lowe Solicitors. My employee number is FL-00762. I'm 29. I've been on mirtazapine 30mg. Can my "
        "GP say I'm fit for a phased return?",
        [("id_number", "FL-00762")],
        ["Fairbanks & Lowe Solicitors"],
    ),
    (
        "I'm 70 and I've had type 2 diabetes since 1999. Over the last 6 months I've had 3 hypos at night, waking "
        "up sweaty and shaky, sugars 2.8-3.2. I'm on gliclazide 160mg twice a day and Lantus 24 units. My kidney "
        "function has dropped (eGFR 38). My diabetes nurse Ruby said to cut the Lantus to 20. Could the kidney "
        "problem be why I'm going low? — Barry Nolan",
        [("name", "Ruby"), ("name", "Barry Nolan")],
        [],
    ),
    (
        "im 25 and ive been getting really bad panic attacks since my dad died in march. my girlfriend sasha found me "
        "on the bathroom floor shaking and couldnt breathe last week. it passed after 20 min. ive got an appointment "
        "with the counsellor at uni but its in 3 weeks. anything i can do before then",
        [("name", "sasha")],
        [],
    ),
    (
        "Hello. I received a letter with my cervical screening result: HPV positive, cytology negative, repeat in 12 "
        "months. I'm 38 and I'm with the same partner 15 years (Dmitri). Does this mean he cheated? My sample ID on "
        "the letter is CS-2023-884612.",
        [("name", "Dmitri"), ("id_number", "CS-2023-884612")],
        [],
    ),
    (
        "My daughter Saoirse is 6 and wets the bed most nights. Dry in the day since 3. Her older cousin Niamh had the "
        "same until 8. We've tried no drinks after 6pm and lifting her at 10. Is there an alarm or medicine? She's "
        "starting to be embarrassed about sleepovers.",
        [("name", "Saoirse"), ("name", "Niamh")],
        [],
    ),
    (
        "Hi, my father had a stroke in 2021 and lost part of his vision. He's 68. He lives with me at 47 Wattlebird "
        "Drive, Ballarat VIC 3350. He wants to go back to driving. The OT driving assessment costs $800. Is there any "
        "point if his vision field is still missing on the left? His name is Costas Papadopoulos.",
        [("address", "47 Wattlebird Drive, Ballarat VIC 3350"), ("name", "Costas Papadopoulos")],
        [],
    ),
    (
        "I'm 41 and I've had psoriasis since I was 20. Started Skyrizi in 2022 and my skin is 95% clear. My "
        "dermatologist Dr. Ingrid Solberg wants me to have the shingles vaccine. Is Shingrix safe on a biologic? "
        "It's not covered for my age in Alberta, is it worth paying?",
        [("name", "Ingrid Solberg")],
        [],
    ),
    (
        "Posting for my husband Nigel, 58. Had a vasectomy 2 weeks ago at the Marie Stopes clinic. Still sore and his "
        "left testicle is swollen and tender. No fever. Is this normal? He won't ask himself, stubborn man. "
        "He's on the phone at 07700 900811 if you need to speak to him.",
        [("name", "Nigel"), ("phone", "07700 900811")],
        [],
    ),
    (
        "I'm a PE teacher at Holy Cross Catholic School, 32, male. Tore my ACL playing netball with the kids in June. "
        "Surgery was August, hamstring graft, Mr. Teodoro did it. Physio is going OK but I've got a clicking in the "
        "knee now. Is clicking normal at 3 months post op? My physio Jess says as long as no pain it's fine.",
        [("name", "Teodoro"), ("name", "Jess")],
        ["Holy Cross Catholic School"],
    ),
    (
        "My 8 month old had her MMR early because we're travelling to the Philippines. Her name is Amihan, DOB "
        "03/03/2023. She got a fever and a rash 9 days after. Is that from the vaccine? She seems fine, eating well.",
        [("name", "Amihan"), ("date_of_birth", "03/03/2023")],
        [],
    ),
    (
        "Hi there. 45 year old man, heavy drinker for years (about 6-8 beers a night). Stopped 5 days ago. Got "
        "shakes for 2 days but they've gone. My liver bloods from last month: ALT 96, GGT 410. My wife Shelley is "
        "very supportive. What do I need to do to check my liver is OK now? Should I get a scan?",
        [("name", "Shelley")],
        [],
    ),
    (
        "My daughter is autistic and non-verbal, 14, and she's started her periods. They are very heavy and she "
        "finds pads really distressing. Her paediatrician Dr. Ramaswamy mentioned the implant or the injection. "
        "Which would be better for her? Her name is Tilly and she goes to Brookvale Special School.",
        [("name", "Ramaswamy"), ("name", "Tilly")],
        ["Brookvale Special School"],
    ),
    (
        "Hello, this is Brother Anselm at St. Jude's Abbey. One of our older brothers, Brother Cuthbert, 86, has become "
        "very confused over two days and is not eating. Our infirmarian thinks he has a chest infection. The abbey "
        "is quite remote. We have a visiting GP on Thursdays. Should we wait?",
        [("name", "Anselm"), ("name", "Cuthbert")],
        ["St. Jude's Abbey"],
    ),
    (
        "Hi, I think I have an ingrown toenail. It's red and swollen on the side of my big toe, bit of pus. I'm 19. "
        "My coach at the Wolves Academy said soak it in salt water. I've got a match Saturday. Can I play? Add me on "
        "snap if easier: jamal_b04",
        [("handle", "jamal_b04")],
        ["Wolves Academy"],
    ),
    (
        "Dr Ellison referred me to the dermatologist for my rosacea but the appointment is 6 months away. In the "
        "meantime I'm using metronidazole gel. My cheeks are constantly red. I'm 44 and female. Any tips?",
        [("name", "Ellison")],
        [],
    ),
    (
        "I am writing about my son Ahmed who is 21 and at university in Leeds. He called me crying saying he can't "
        "stop thinking about hurting himself. He says he won't do anything, he just has thoughts. He's not at any "
        "risk tonight he says — his flatmate Yusra is with him. How can I get him help fast from here in Birmingham? "
        "His student ID is 201987654 if the uni needs it.",
        [("name", "Ahmed"), ("name", "Yusra"), ("id_number", "201987654")],
        [],
    ),
    (
        "Hi. I'm 50 and just got my results from a health check at work (Brennan Engineering): fasting glucose 6.6, "
        "HbA1c 44, cholesterol 6.0, BP 142/88, waist 104cm. The nurse, Colleen, said 'pre-diabetes'. My father has "
        "diabetes and lost a toe. What should I do first?",
        [("name", "Colleen")],
        ["Brennan Engineering"],
    ),
    (
        "hi im asking for my boyfriend ty (22), he got punched in the face friday night and his nose is bent now and "
        "he can only breathe out one side. no bleeding now. should he see someone about straightening it, how long "
        "do they give you",
        [("name", "ty")],
        [],
    ),
]
