# Privacy items with identifiers, part 4 (written by hand, writer 136)
ITEMS = [
    (
        "We got back from a week in Florence on Sunday and since Tuesday my wife has had diarrhoea and cramps, 6-7 "
        "times a day, no blood. She's 64 and on lansoprazole. I read PPIs can make you more likely to catch "
        "C. diff. She had antibiotics for a tooth in September. My wife is Florence too, funnily enough — Florence "
        "Ambrose. Should she get a stool test?",
        [("name", "Florence", 2), ("name", "Florence Ambrose")],
        [],
    ),
    (
        "My 11 year old son Austin has had 3 nosebleeds this week, each one 20 minutes or so. We just moved from "
        "Austin to Denver in August and the air is so dry. He has no bruising. Is it the altitude? Should we use a "
        "humidifier?",
        [("name", "Austin", 1)],
        [],
    ),
    (
        "hey doc, 28m. been on PrEP (truvada) for a year, my kidney bloods last week came back with creatinine 118 "
        "and eGFR 68, it was 95 before. clinic nurse kez said not to worry but to retest in a month. should i stop "
        "it? i lift weights and take creatine if that matters",
        [("name", "kez")],
        [],
    ),
    (
        "I'm 39, had my gallbladder out 2 years ago and I'm on the contraceptive pill (Microgynon). My sister Bronwyn "
        "just had a stroke at 44 and they said she had a hole in the heart (PFO). Do I need to be checked for that? "
        "Should I stop the pill? Thanks, Ffion Parry-Jones, 18 Maes Glas, Bangor LL57 2TU, ffionpj@example.co.uk",
        [("name", "Bronwyn"), ("name", "Ffion Parry-Jones"), ("address", "18 Maes Glas, Bangor LL57 2TU"),
         ("email", "ffionpj@example.co.uk")],
        [],
    ),
    (
        "Hi, long time sufferer of IBS (diagnosed 2008 after colonoscopy, normal). Tried low FODMAP with a dietitian, "
        "mebeverine, peppermint oil, amitriptyline 10mg. The amitriptyline helped the pain. Now aged 46 I'm "
        "getting more constipation and my stomach is bloated by evening like I'm pregnant. My periods are also "
        "irregular. My friend Siobhan had ovarian cancer and her only symptom was bloating. Should I get a CA-125? "
        "— Rachel",
        [("name", "Siobhan"), ("name", "Rachel")],
        [],
    ),
    (
        "Hello, my name is Ibrahim Haddad, born 05/06/1980, policy number AXA-9981-220-45. I had a routine medical for "
        "life insurance and they found protein in my urine and a blood pressure of 158/100. They are asking me to "
        "see my own doctor before they decide. I have no symptoms. What tests will my doctor do?",
        [("name", "Ibrahim Haddad"), ("date_of_birth", "05/06/1980"), ("id_number", "AXA-9981-220-45")],
        [],
    ),
    (
        "My mum (Pat, 77) is on warfarin for an artificial heart valve. INR has been all over the place, 1.8 one "
        "week then 4.3 the next. She eats the same every day. The anticoag clinic keeps changing her dose. She also "
        "takes a cranberry supplement. Could that be it?",
        [("name", "Pat")],
        [],
    ),
    (
        "Hi, I wanted to ask about whooping cough vaccine in pregnancy. I'm 28 weeks. My midwife Tamsin says I should "
        "have it but my husband's aunt (she's a naturopath, runs www.naturallywell-with-june.example.com) says it's "
        "dangerous. Is it safe? Our first baby Elsie had a bad cough at 3 months and it scared us.",
        [("name", "Tamsin"), ("url", "www.naturallywell-with-june.example.com"), ("name", "Elsie")],
        [],
    ),
    (
        "I was stopped by police last night for a random breath test and blew 0.00 but the officer thought I was "
        "drunk because I was slurring a bit. I have MS (since 2015) and my speech gets slurred when I'm tired. He took "
        "my plate (YKB-774) and said he'd follow up. Can my neurologist write a letter? I'm 41, female, on Ocrevus.",
        [("licence_plate", "YKB-774")],
        [],
    ),
    (
        "My dad, 70, had his first colonoscopy last month. They removed 4 polyps, one was 'tubulovillous adenoma with "
        "high grade dysplasia'. The gastroenterologist Dr. Renee Castillo wants to repeat it in 6 months. My brother "
        "Dominic and I are 44 and 41 — should we be screened early? Dad never had any symptoms.",
        [("name", "Renee Castillo"), ("name", "Dominic")],
        [],
    ),
    (
        "Hi. 22 years old. My acne has been treated with isotretinoin (Accutane) 40mg for 4 months by Dr. Lowenstein. "
        "My mood has gone really low, I'm crying a lot and not enjoying anything. No thoughts of hurting myself. I "
        "read the warnings. Should I stop? My next appointment isn't until the 30th. I'm on 0491 570 313.",
        [("name", "Lowenstein"), ("phone", "0491 570 313")],
        [],
    ),
    (
        "Question about my grandson. He's 3, his name is Teddy, and he's had a lazy eye since birth. His mum keeps "
        "putting off the eye doctor. I've read that after age 7 it can't be fixed. Is that true? I live at 205 "
        "Pinecrest Lane, Asheville NC 28803 and can take him myself if his mum agrees.",
        [("name", "Teddy"), ("address", "205 Pinecrest Lane, Asheville NC 28803")],
        [],
    ),
    (
        "Dear Dr.,\n\nRe: my wife, Mrs. Yvonne Delacroix (DOB 28.02.1967), SIN 046 454 286.\n\nYvonne has had "
        "rheumatoid arthritis for 12 years. She was on methotrexate and then Enbrel. Her lungs have been tested "
        "because of a cough — the CT showed 'early interstitial changes'. Her rheumatologist, Dr. Baptiste, said "
        "it might be from the methotrexate she took years ago. Is that possible? What happens next?\n\nRegards, "
        "Henri Delacroix",
        [("name", "Yvonne Delacroix"), ("date_of_birth", "28.02.1967"), ("id_number", "046 454 286"),
         ("name", "Yvonne"), ("name", "Baptiste"), ("name", "Henri Delacroix")],
        [],
    ),
    (
        "I'm a 34 year old veterinarian at Maple Grove Animal Hospital and I got scratched by a cat 5 days ago. "
        "Now I have a swollen lymph node in my armpit, tender, and a bump where the scratch was. I looked up cat "
        "scratch disease. Do I need antibiotics or will it go on its own? I'm Noor, by the way.",
        [("name", "Noor")],
        ["Maple Grove Animal Hospital"],
    ),
    (
        "My son Finnegan (Finny) is 8 and has ADHD. He started on methylphenidate 18mg in September and he's not eating "
        "lunch anymore. He's lost 2kg. His paediatrician Dr. Cho said give him a big breakfast and late dinner. Finny "
        "is also having trouble getting to sleep. Should we try a different medicine?",
        [("name", "Finnegan"), ("name", "Finny"), ("name", "Cho")],
        [],
    ),
    (
        "hello, my twitter is @gran_gets_online lol my grandkids set it up. I am 83 and my doctor changed my water "
        "tablet from furosemide to bumetanide and I'm going to the toilet all night. Is that normal? I live on my own.",
        [("handle", "@gran_gets_online")],
        [],
    ),
    (
        "My housemate Zoe (26) had a seizure at a party in July, first ever. She had a CT and an EEG which were normal. "
        "The neurologist said it was probably because she hadn't slept and had been drinking. She's not on any "
        "meds. She still drives. She said the doctor didn't tell her to stop. Isn't there a rule about that in "
        "Victoria?",
        [("name", "Zoe")],
        [],
    ),
    (
        "I'm 55 and had a heart attack in 2020 (2 stents). My cardiologist is Dr. Feldman at Cedars. I'm doing well, "
        "on aspirin, ticagrelor (stopped after 1 year), atorvastatin 80, ramipril 5. My LDL is 1.9. I want to go "
        "trekking in Nepal with my son Gabe next autumn, up to 5,000 metres. Is that too much for my heart? "
        "My email: jeff.orloff.hikes@example.com",
        [("name", "Feldman"), ("name", "Gabe"), ("email", "jeff.orloff.hikes@example.com")],
        [],
    ),
    (
        "My partner's ex keeps posting about me online and I'm not sleeping because of it. The account is "
        "@truthabout_tamika. I'm Tamika. I've been on citalopram 20mg since 2018 and I was doing fine until this "
        "started. My GP offered to raise it to 30. Is that OK? Also does stress cause hair loss? I'm losing loads.",
        [("handle", "@truthabout_tamika"), ("name", "Tamika")],
        [],
    ),
    (
        "Hi, I'm asking for my mother Gladys who is 85 and lives in a nursing home (Willow Park Lodge). She has "
        "dementia and has stopped eating much. The home wants to start her on a feeding tube and my brother Clive "
        "agrees but I don't. I read that in advanced dementia tubes don't help. What does the evidence say?",
        [("name", "Gladys"), ("name", "Clive")],
        ["Willow Park Lodge"],
    ),
    (
        "I got tested for coeliac disease: tTG IgA 142 (normal under 15). My GP Dr. Moira Balfour says I need a "
        "gastroscopy to confirm and to keep eating gluten until then. I'm 31. I've had bloating and loose stools for "
        "years. My mum and my aunt both have coeliac. Do I really need the camera if the blood test is that high?",
        [("name", "Moira Balfour")],
        [],
    ),
    (
        "Hello, my husband Wayne is 66 and was just diagnosed with bladder cancer (high grade, non invasive) after "
        "blood in his urine. He smoked for 40 years. Urologist Dr. Naidoo is recommending BCG treatment. Wayne "
        "wants to know if he can keep working in his garage business — Wayne's Auto Care on Ridge Rd. What are the "
        "side effects of BCG?",
        [("name", "Wayne"), ("name", "Naidoo")],
        ["Wayne's Auto Care on Ridge Rd"],
    ),
    (
        "Hey there, 35F here. I've had a tender, hard lump in my breast since I stopped breastfeeding 3 weeks ago. "
        "Not red, no fever. I'm sure it's a blocked duct but my friend Lou who's a nurse said get it checked anyway. "
        "How quickly should I be seen? You can text 604-555-0164.",
        [("name", "Lou"), ("phone", "604-555-0164")],
        [],
    ),
    (
        "My son's school (Greenfield High) called and said he passed out in PE today. He's 15, his name is Dev. "
        "He came round straight away and was fine after some juice. He hadn't had breakfast. His grandad died "
        "suddenly at 48 of a heart problem. Should Dev get an ECG? He seems totally fine now.",
        [("name", "Dev")],
        ["Greenfield High"],
    ),
    (
        "I'm 64 and applying for travel insurance. They want to know my full medical history and my NHS number "
        "(943 476 5919). I had a mini stroke in 2021 and I'm on clopidogrel. My daughter in Sydney, Ellie, is having "
        "a baby in March. Is it safe for me to fly that far? Will the insurance refuse me?",
        [("id_number", "943 476 5919"), ("name", "Ellie")],
        [],
    ),
    (
        "Doctor — I'm an Uber driver in Toronto, my car is a grey Camry, plate CKRT 902. A passenger coughed all over "
        "me last week and told me she had whooping cough. I'm 47 and haven't had a booster since I was a kid. My "
        "wife is 30 weeks pregnant. Do I need antibiotics? Should I stay away from her?",
        [("licence_plate", "CKRT 902")],
        [],
    ),
]
