# privacy items, file f (mixed AU/NZ/IE/UK, unusual formats, hospital-name traps). Hand written by writer 58.

ITEMS = [
    ("Had my gallbladder out at Sir Charles Gairdner on the 14th, discharged day 2. now shoulder tip pain on the right, is that the gas they pumped in? 39 f",
     [], []),

    ("medicare card 3108 76125 2 (im number 3 on it), Zara, 16. can i get the pill without mum and dad? my gp is the family one",
     [("id_number", "3108 76125 2"), ("name", "Zara")], []),

    ("Princess Alexandra did my hernia repair in May and the lump is back. Is it normal for a mesh to fail? 61 m, forklift driver",
     [], []),

    ("ANDREA.VOLKOV@EXAMPLE.COM pls reply here. 52, hot flushes 15 times a day, gp in Geelong says im too old for HRT?? is that right",
     [("email", "ANDREA.VOLKOV@EXAMPLE.COM")], []),

    ("the Austin's spinal unit discharged my dad and he can't get a bed in rehab. hes 70 and paraplegic after a fall off a ladder. who do we fight",
     [], []),

    ("nan Betty is 94 and she's started seeing little children in the room that aren't there. shes in a home in Wagga. not scared of them, just chats to them. is it dementia or the eyes",
     [("name", "Betty")], []),

    ("hiya, its Conor, 28, d.o.b 05/06/96, pps 7714452wa lowercase sorry. just moved home from Sydney and need to re-register my asthma meds, symbicort and ventolin. which gp takes new patients in Drogheda",
     [("name", "Conor"), ("date_of_birth", "05/06/96"), ("id_number", "7714452wa")], []),

    ("Lady Cilento said my son's ECG is normal but he keeps saying his heart is 'fluttering'. hes 11. should we get a holter monitor",
     [], []),

    ("Dr Mac at our practice (everyone calls him that, real name Dr Iain MacLeod) says my cholesterol of 7.2 doesn't need a statin because I'm a woman. I'm 58. Is that right?",
     [("name", "Mac"), ("name", "Iain MacLeod")], []),

    ("ok so my sister Lupe keeps fainting at church, shes 17, usually when standing in the heat singing. we're at 19 Māngere Road, Ōtāhuhu, Auckland 1062",
     [("name", "Lupe"), ("address", "19 Māngere Road, Ōtāhuhu, Auckland 1062")], []),

    ("Is Florey institute doing trials for MND? my dad was diagnosed at 64 in Melbourne",
     [], []),

    ("nhs number 943-476-5919 (hyphens on my letter). I'm 71 and my aortic aneurysm was 4.8cm at the last scan. when do they operate",
     [("id_number", "943-476-5919")], []),

    ("Can you get a DVT from a long haul flight from Perth to London? I'm 45 and on the pill, flight on 2 Feb",
     [], []),

    ("My boyfriend Kwame (30) has had a sickle cell crisis twice this month and the haematologist at King's is away. can i ask what his hydroxyurea dose should be? his hospital number is K7741903",
     [("name", "Kwame"), ("id_number", "K7741903")], []),

    ("Hi, Murdoch (St John of God) did my wife's c-section and she has a red, hot wound. day 8. we called and they said come back but we're in Mandurah",
     [], []),

    ("reply 2 my partner's number pls 0491 570 156 (Jess) coz mine got cut off. I'm Tash, 24, had a copper IUD put in monday and cramping is unreal",
     [("phone", "0491 570 156"), ("name", "Jess"), ("name", "Tash")], []),

    ("the Prince Charles in Brisbane put me on home oxygen for COPD. can i still fly to see my grandkids in Cairns? 74 m",
     [], []),

    ("my little girl Ngaio (4) at Kelburn Kindergarten came home with a red eye and now so does my 1 yr old. we're at 15a Upland Road, Kelburn. Chloe (mum) 022 555 0173",
     [("name", "Ngaio"), ("address", "15a Upland Road, Kelburn"), ("name", "Chloe"), ("phone", "022 555 0173")], ["Kelburn Kindergarten"]),

    ("Royal Alexandra in Paisley told me my gran has sepsis from a chest infection but she's now on the ward and improving. how long do older people take to recover? she's 87",
     [], []),

    ("Good morning. My name is Dr. Hamid Rezaei, I'm a GP registrar but asking about my own mother, 68, who has had a persistent dry cough on lisinopril. Would you switch her to losartan?",
     [("name", "Hamid Rezaei")], []),

    ("Hamilton (the city not the musical lol) doesn't have a paeds dermatologist apparently. my 10 yo has alopecia patches. who do we see",
     [], []),

    ("reg plate BX42LM - NSW. I got in a prang and my chest hit the steering wheel. that was 4 days ago. bruised and sore to breathe deep. 35 m. need an xray?",
     [("licence_plate", "BX42LM")], []),

    ("Darwin is so humid my fungal toenail is getting worse, had it 2 years. is terbinafine safe for my liver? drink a bit",
     [], []),

    ("I'm Bláithín, 23, just got back from backpacking in Thailand with a fever, headache and a rash. home address: 6 Ashgrove Park, Kilkenny, R95 YP83. travel clinic said come in tomorrow",
     [("name", "Bláithín"), ("address", "6 Ashgrove Park, Kilkenny, R95 YP83")], []),

    ("Is Will's syndrome a thing? no joke my husband Will has a tic in his eye that won't stop lol. 41",
     [("name", "Will")], []),

    ("Can I give my 7 year old Phenergan to help him sleep on the flight to Auckland? it's 13 hours",
     [], []),

    ("From: Harpreet Gill <h.gill.1982@example.com>\nSubject: my knee\nBody: 42, torn ACL playing kabaddi, surgery at Mount Sinai... sorry Mount Hospital in Perth on 12 Sept. physio says im behind, cant straighten it",
     [("name", "Harpreet Gill"), ("email", "h.gill.1982@example.com")], []),

    ("best way to manage my mum's diabetes, she's 77, her sugars were 22 this morning, insulin 30 units mixtard twice a day. she lives with me in Liverpool (Sydney one)",
     [], []),

    ("Client ID 5521-09 at the headspace in Frankston - I'm 18, want to switch psych because mine keeps forgetting my name. Also I'm Elijah. how do i ask without being rude",
     [("id_number", "5521-09"), ("name", "Elijah")], ["the headspace in Frankston"]),

    ("hi from Oamaru, i'm the one with the dizzy spells who wrote before. Saw the GP. BP 100/60 lying and 80/50 standing. 19 f. do I need salt tablets",
     [], []),

    ("Posting for my boss Mr Tan who is embarrassed. Tan Wei Ming, 56, owns the noodle shop on Dixon St, blood in his wee once last week, painless. email tan.noodles@example.net",
     [("name", "Tan"), ("name", "Tan Wei Ming"), ("email", "tan.noodles@example.net")], ["the noodle shop on Dixon St"]),

    ("My student number at Otago is 4021877 and student health wants proof of MMR. My childhood records are in Fiji. Can I just get another MMR? I'm Ravneel",
     [("id_number", "4021877"), ("name", "Ravneel")], ["Otago"]),

    ("anyone know if Bupa covers wisdom teeth removal under general? 20 m, all four impacted, jaw swelling on and off",
     [], []),

    ("ph: 03 7010 4482, Aunty Mae. my grandson (14) has bad acne and the gp gave doxycycline. he gets sunburnt so easy now. is that from the tablets?",
     [("phone", "03 7010 4482"), ("name", "Mae")], []),

    ("Hi im Kasia from Kraków, living in Cork now with my daughter Zosia (dob 11.11.2019). she has a lazy eye, the school nurse noticed. waiting list is long. what can we do",
     [("name", "Kasia"), ("name", "Zosia"), ("date_of_birth", "11.11.2019")], []),

    ("Alfred ED said my ankle was sprained not broken but after 3 weeks its still swollen and I can't run. 26 m, 80kg",
     [], []),

    ("I keep reading about Addison's disease. I'm tired, salt craving, dark patches in my mouth. 34 f. which blood test?",
     [], []),

    ("my profile is at https://www.example.com/u/shiv.patel.runs - I ran the London marathon on Sunday and my wee is brown today. drinking lots. 29 m",
     [("url", "https://www.example.com/u/shiv.patel.runs")], []),

    ("Ambo took my flatmate Ollie last night after he had a seizure, first ever, hes 22, they discharged him from St Vincent's this morning. what happens with his licence? NSW",
     [("name", "Ollie")], []),

    ("Can I use Bepanthen on a tattoo thats 3 days old? bit red around edges. tatted in Fortitude Valley",
     [], []),

    ("member number 1002 3349 71 with HCF. Maryam Hosseini, 38. Want to know if a private ENT would see me sooner for my deviated septum",
     [("id_number", "1002 3349 71"), ("name", "Maryam Hosseini")], []),

    ("teacher here at Westfield Sports High, one of my year 9s (not naming him obviously) fainted in PE and then said he hasn't eaten in 2 days. what's my duty to report?",
     [], ["Westfield Sports High"]),

    ("my wee boy Lachie, 5, CHI 1807194412, has a sore tummy on the right side for two days and going off his food. no fever. GP in Falkirk says probably a virus",
     [("name", "Lachie"), ("id_number", "1807194412")], []),

    ("Had a Medicare rebate rejected for my skin check. Can you tell me what item number a mole check with a dermatoscope is? 47 f",
     [], []),
]
