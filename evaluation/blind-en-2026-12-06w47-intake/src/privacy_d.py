# Privacy items with identifiers: longer mixed stories, forwarded letters and chats, all regions.

ITEMS = [
    (
        "Long story, sorry. My sister Abena in London, my brother Kwesi in Tema and me in Winnipeg all share the "
        "care of our dad. Dad's Ghana NHIS number is 41928734. Kwesi says Dad's legs are swelling and he's "
        "breathless lying flat. Dad's doctor at Korle Bu is Dr Addo. What do we ask?",
        [("name", "Abena"), ("name", "Kwesi"), ("id_number", "41928734"), ("name", "Addo")],
        [],
    ),
    (
        "Email from the travel clinic, pasted:\n'Dear Ms O'Sullivan, your appointment for typhoid and hepatitis A "
        "vaccines is confirmed. Please bring your passport (PA4418273).'\nI'm going to Vietnam and Cambodia with my "
        "friend Róisín. Do we need malaria tablets too?",
        [("name", "O'Sullivan"), ("id_number", "PA4418273"), ("name", "Róisín")],
        [],
    ),
    (
        "Three of us from the same office got the same itchy rash after the team retreat at a lodge in Naivasha: me, "
        "Njeri and Kipchoge. My phone is +254 722 555 041. Bedbugs or something from the lake?",
        [("name", "Njeri"), ("name", "Kipchoge"), ("phone", "+254 722 555 041")],
        [],
    ),
    (
        "My neighbour Mrs Chidi gave my son Emeka her own blood pressure pills by mistake. He's 6 and seems fine, "
        "this was 3 days ago. Our address is Plot 14, Trans-Amadi Layout, Port Harcourt if the clinic wants to "
        "visit. Should he have a check?",
        [("name", "Chidi"), ("name", "Emeka"), ("address", "Plot 14, Trans-Amadi Layout, Port Harcourt")],
        [],
    ),
    (
        "Pasting the text from my ex:\n'Ava's inhaler is in her bag, she used it 4 times at my place this weekend.'\n"
        "Ava is 9 and normally uses it once a week. Her asthma nurse is Leanne. Does she need "
        "a preventer?",
        [("name", "Ava"), ("name", "Leanne")],
        [],
    ),
    (
        "Hi, I'm Mohammed Al-Rashid, 38, taxi driver in Cardiff, plate CF19 XKT. Sitting all day I've got pain "
        "going down the back of my right leg to the calf. My GP is Dr Evans. Sciatica?",
        [("name", "Mohammed Al-Rashid"), ("licence_plate", "CF19 XKT"), ("name", "Evans")],
        [],
    ),
    (
        "Quote from the insurer's letter: 'Member: Ravi Shankar Pillai, Policy No. 2311/48820914/00/000, Sum insured "
        "Rs 5,00,000. Cataract surgery is covered up to Rs 40,000 per eye.' My father is 69. Is a premium lens worth "
        "the extra?",
        [("name", "Ravi Shankar Pillai"), ("id_number", "2311/48820914/00/000")],
        [],
    ),
    (
        "Hi. My twins, Ayaan and Inaya, were born 18/01/2023 at 34 weeks. Ayaan still has reflux and Inaya doesn't. "
        "Our health visitor said wait until 1. Their dad's email is zain.chaudhry.home@gmail.com if you reply.",
        [("name", "Ayaan"), ("name", "Inaya"), ("date_of_birth", "18/01/2023"),
         ("email", "zain.chaudhry.home@gmail.com")],
        [],
    ),
    (
        "I'm Ah Kow, 66, retired in Ipoh. My son Jun Hao in Melbourne and my daughter Xin Yi in Penang argue about "
        "whether I should do knee replacement. My MyKad is 580214-08-5173. Is 66 too young for it?",
        [("name", "Ah Kow"), ("name", "Jun Hao"), ("name", "Xin Yi"), ("id_number", "580214-08-5173")],
        [],
    ),
    (
        "Our rugby club doc, Dr Tupou, says I shouldn't play after my third concussion this season. I'm Sione, 24. My Insta @sione_tight5 has the tackle video. Should I retire?",
        [("name", "Tupou"), ("name", "Sione"), ("handle", "@sione_tight5")],
        [],
    ),
    (
        "Hello, I'm Zodwa from Soweto. The clinic at Chris Hani Baragwanath gave my grandson Lwandle, born "
        "2 February 2019, amoxicillin for an ear infection. His ear is now leaking yellow. Please advise, my cell is "
        "072 555 8124.",
        [("name", "Zodwa"), ("name", "Lwandle"), ("date_of_birth", "2 February 2019"), ("phone", "072 555 8124")],
        [],
    ),
    (
        "Writing on behalf of my husband, Mr Desmond Achterberg, patient number RX7741920 at the Mater. He was told "
        "his heart is 'enlarged' on the echo. His brother Frank had the same at 50. Is it genetic?",
        [("name", "Desmond Achterberg"), ("id_number", "RX7741920"), ("name", "Frank")],
        [],
    ),
    (
        "Got this from our Year 11 coordinator: 'Hi Mr and Mrs Kapoor, Anika has been visiting sick bay daily with "
        "headaches. — Ms Drummond, St Catherine's College.' Anika is 16 and on the pill. Could it be related?",
        [("name", "Kapoor"), ("name", "Anika"), ("name", "Drummond")],
        ["St Catherine's College"],
    ),
    (
        "I'm a delivery rider in Abuja, my bike is ABJ 417 KY. My right wrist hurts after a fall last "
        "week and it's worse on the thumb side. My name is Yusuf.",
        [("licence_plate", "ABJ 417 KY"), ("name", "Yusuf")],
        [],
    ),
    (
        "Hi! Our family blog https://threekidsandalabrador.com has posts about our daughter Poppy's peanut allergy. "
        "She's 5 now. When can she try the oral immunotherapy?",
        [("url", "https://threekidsandalabrador.com"), ("name", "Poppy")],
        [],
    ),
    (
        "Hello, Rahel here, 33, Eritrean, living in Kampala. UNHCR refugee ID is 807-00114562. I think I have "
        "depression since I lost my brother Yonas. Is there free counselling?",
        [("name", "Rahel"), ("id_number", "807-00114562"), ("name", "Yonas")],
        [],
    ),
    (
        "Posting for my grandpa, Harold Kingsbury, born 1 May 1941, at 12 Wentworth Avenue, Unit 5, Ballarat VIC "
        "3350. His GP Dr Nguyen changed his diuretic and now he's dizzy standing up.",
        [("name", "Harold Kingsbury"), ("date_of_birth", "1 May 1941"),
         ("address", "12 Wentworth Avenue, Unit 5, Ballarat VIC 3350"), ("name", "Nguyen")],
        [],
    ),
    (
        "Hi, I'm Dilnoza, nanny to two kids in Kensington. The mum, Clementine, asked me to ask: can the 3 year old "
        "go to nursery with a cold sore? My number is 07700 900817.",
        [("name", "Dilnoza"), ("name", "Clementine"), ("phone", "07700 900817")],
        [],
    ),
    (
        "My Twitter is @maddie_mends, I write about my ME/CFS. My husband Rob wants me to try graded exercise but I "
        "read it makes things worse. What's current advice?",
        [("handle", "@maddie_mends"), ("name", "Rob")],
        [],
    ),
    (
        "Here's the email from my manager at Harbourview Dental: 'Sunita, please get a doctor to confirm you're fit "
        "for X-ray duties while pregnant.' I'm a dental nurse, 11 weeks. Is it safe?",
        [("name", "Sunita")],
        ["Harbourview Dental"],
    ),
    (
        "Auntie Comfort (she's 70) lives with us at 5 Osu Badu Street, Airport West, Accra. Her eyes are cloudy and "
        "she can't read her Bible any more. My cousin Nana Yaw says cataract.",
        [("name", "Comfort"), ("address", "5 Osu Badu Street, Airport West, Accra"), ("name", "Nana Yaw")],
        [],
    ),
    (
        "I'm Kyaw Zin from Yangon, working in Bangkok. My work permit no. is WP 0041-882317. I cut my hand at work "
        "on a metal sheet, stitched 5 days ago. When do stitches come out?",
        [("name", "Kyaw Zin"), ("id_number", "WP 0041-882317")],
        [],
    ),
    (
        "I found my son's Snapchat, his username is tyler.x.xo, and there are photos of him cutting. He's 15. I haven't "
        "told his dad Brandon yet. How do I start the conversation?",
        [("handle", "tyler.x.xo"), ("name", "Brandon")],
        [],
    ),
    (
        "Pasted from the carers' rota WhatsApp:\nLouise: Mum refused her Donepezil this morning\nPhil: she spat it "
        "at me last night too\nLouise: ring the memory clinic?\nMum's 84. Can it be crushed into food?",
        [("name", "Louise"), ("name", "Phil")],
        [],
    ),
    (
        "Hi, I'm Anh, Vietnamese Canadian in Vancouver. BC PHN 9876 543 210. My father is visiting and has hepatitis "
        "B, taking tenofovir. Is the family at risk at home?",
        [("name", "Anh"), ("id_number", "9876 543 210")],
        [],
    ),
    (
        "Hello, Tariq from Karachi. My car, plate BKX-482, I was driving with my daughter Alina, 12, when she "
        "complained her chest was hurting for a few seconds, sharp when she breathes in. Now fine. Precordial catch?",
        [("name", "Tariq"), ("licence_plate", "BKX-482"), ("name", "Alina")],
        [],
    ),
    (
        "Hi doc, Ifeoma here. My TikTok is @ify_naturalhair and I'm losing hair at the edges. I'm 27. My stylist "
        "Chioma says it's the braids. Traction alopecia?",
        [("name", "Ifeoma"), ("handle", "@ify_naturalhair"), ("name", "Chioma")],
        [],
    ),
    (
        "Email from the adoption agency: 'Dear Mr and Mrs Delacroix, the medical file for baby Mariam (DOB "
        "24/08/2024) notes possible fetal alcohol exposure.' What should we watch for?",
        [("name", "Delacroix"), ("name", "Mariam"), ("date_of_birth", "24/08/2024")],
        [],
    ),
    (
        "Hi, I'm Eamon, 58, farmer outside Mullingar, Eircode N91 X7F3 (Ballinderry Cross). Tractor reg 08-WH-2217. "
        "My hands crack open every winter and bleed. What cream?",
        [("name", "Eamon"), ("address", "N91 X7F3"), ("licence_plate", "08-WH-2217")],
        [],
    ),
    (
        "My profile, about.me/samira.haddad, has my research. I'm 35, PhD student, and my advisor Professor Lindqvist "
        "keeps me working 80 hour weeks. I've got chest flutters. Stress?",
        [("url", "about.me/samira.haddad"), ("name", "Lindqvist")],
        [],
    ),
    (
        "Forwarding part of the letter from his employer's HR: 'Employee No. JFC-118274, Marvin Ocampo, is required to "
        "submit a medical clearance after hepatitis A.' Marvin is my husband. When is he non-infectious?",
        [("id_number", "JFC-118274"), ("name", "Marvin Ocampo"), ("name", "Marvin")],
        [],
    ),
    (
        "I'm Lindiwe in Bulawayo, email lindiwe.ndlovu.byo@gmail.com. My daughter Nomsa, 15, has a painful lump in "
        "her armpit since she started shaving. Boil?",
        [("name", "Lindiwe"), ("email", "lindiwe.ndlovu.byo@gmail.com"), ("name", "Nomsa")],
        [],
    ),
]
