# Hand-written privacy items, South African writers, with identifiers (part B).

ITEMS = [
    ("sorry for the long msg. My wife Lindiwe Cele (ID 8904020812087) had a c-section 5 weeks ago at Addington and the wound is weeping yellow stuff "
     "since Tuesday. She has no fever. The clinic sister just put a plaster. I'm Mondli, phone 031 465 2298 or 0823316754.",
     [("name", "Lindiwe Cele"), ("id_number", "8904020812087"), ("name", "Mondli"), ("phone", "031 465 2298"), ("phone", "0823316754")], []),

    ("Hi I saw a post on facebook.com/drnaledi.health saying turmeric cures arthritis. Is it true? My ouma is 79 and has knees like gravel. "
     "- Charlene",
     [("url", "facebook.com/drnaledi.health"), ("name", "Charlene")], []),

    ("Im Gugu, 36. I get migraines 3x a month with flashing zigzags first. Stopane doesnt help. My boss at Netcare 911 call centre "
     "is losing patience. gugu.mthembu@icloud.com",
     [("name", "Gugu"), ("email", "gugu.mthembu@icloud.com")], ["Netcare 911 call centre"]),

    ("my little brother Bongani swallowed a 20c coin yesterday evening but he is playing and eating normal. Is it going to come out alone? "
     "he is 5. Our place is 301 Mofolo Central, Soweto. Call mama Nomsa 0115 220 913",
     [("name", "Bongani"), ("address", "301 Mofolo Central, Soweto"), ("name", "Nomsa"), ("phone", "0115 220 913")], []),

    ("Dokter, my man Gert se suiker is baie hoog (his sugar is 22 on the machine) but he feels ok, hes just thirsty. "
     "He is born 30-06-1961. Hy is by Fedhealth, nommer 7009123. Ons bly Plaas Rietfontein, Koster.",
     [("name", "Gert"), ("date_of_birth", "30-06-1961"), ("id_number", "7009123"), ("address", "Plaas Rietfontein, Koster")], []),

    ("Heita doc, my cousin Lucky got a tattoo at a guy's house and now the skin is red and itchy. Lucky is 20. "
     "the guys insta is @inkbysbu_jozi lol. i'm Thapelo 0614407732",
     [("name", "Lucky"), ("handle", "@inkbysbu_jozi"), ("name", "Thapelo"), ("phone", "0614407732")], []),

    ("Good day, writing for my father Ismail Moosa, 71, who has Parkinson's. The tremor is worse since Ramadan started. "
     "His neurologist is Dr Essop at St Augustine's. His medical aid number is KZM 5524091. My email yasmin.moosa@gmail.com",
     [("name", "Ismail Moosa"), ("name", "Essop"), ("id_number", "KZM 5524091"), ("email", "yasmin.moosa@gmail.com")], []),

    ("Hi. My son Liam was born on 4 April 2019 with a hole in the heart (VSD). The cardiologist at Red Cross said it might close. "
     "He is now 5 and gets tired at soccer. We live at 12 Albatross Way, Sunnydale, Fish Hoek. Megan 072 889 0051",
     [("name", "Liam"), ("date_of_birth", "4 April 2019"), ("address", "12 Albatross Way, Sunnydale, Fish Hoek"),
      ("name", "Megan"), ("phone", "072 889 0051")], []),

    ("Ndiyacela nceda. I'm Siphokazi from Mdantsane NU 8. My boyfriend hit me last month and my ear has been ringing since. "
     "Please dont share this. My cell is 0737451092",
     [("name", "Siphokazi"), ("phone", "0737451092")], []),

    ("Hello my name is Phindile Zwane and i am 25. i take the injection (depo) and i have been bleeding on and off for 2 months. "
     "My student no is 201845522 at UNIZULU. Dont email my varsity mail, use phindiz98@gmail.com",
     [("name", "Phindile Zwane"), ("id_number", "201845522"), ("email", "phindiz98@gmail.com")], ["UNIZULU"]),

    ("Eish. I was in a crash on the N1 with a bakkie (CA 445-908) last month, now I have headaches and I forget words. "
     "I'm 38. Dr Ferreira at Tygerberg did a CT and it was normal. Should I worry? Regards, Wesley",
     [("licence_plate", "CA 445-908"), ("name", "Ferreira"), ("name", "Wesley")], []),

    ("My grandmother Gogo Mavis Khumalo (ID 3812050221085) cant see well from her left eye, its cloudy for a year. "
     "She is on the list at St John Eye Hospital but waiting long. Stand 887, Moletsane. Me: Zodwa 0790017732",
     [("name", "Mavis Khumalo"), ("id_number", "3812050221085"), ("address", "Stand 887, Moletsane"), ("name", "Zodwa"),
      ("phone", "0790017732")], []),

    ("hi! influencer mom here, @mommy_and_mila_za, my baby Mila (7 months) has eczema on cheeks. "
     "Which cream is safe? Pls dont put my name on the forum - Candice",
     [("handle", "@mommy_and_mila_za"), ("name", "Mila"), ("name", "Candice")], []),

    ("my son Neo, student number 2022115490 at Wits, says he cant sleep and feels empty since his exams. He is 20 and wont go to the "
     "campus doctor. What do i do as his mom? I'm Keneilwe, +27 72 401 6683",
     [("name", "Neo"), ("id_number", "2022115490"), ("name", "Keneilwe"), ("phone", "+27 72 401 6683")], ["Wits"]),

    ("Hallo, Annatjie Nel, 58, Riversdal. Ek het n seer maag na ek eet (stomach burns after eating). "
     "GP said maybe ulcer. My email is annatjienel@lantic.net. Gebore 19 Januarie 1966.",
     [("name", "Annatjie Nel"), ("email", "annatjienel@lantic.net"), ("date_of_birth", "19 Januarie 1966")], []),

    ("Sanibonani. My child Amahle is 9 and she wets the bed every night still. Her teacher at Sithokozile Primary noticed she goes to the toilet a lot "
     "in class. Ma Zinhle - 0769982210. Our address 33 Bhengu Street, KwaMashu F Section",
     [("name", "Amahle"), ("name", "Zinhle"), ("phone", "0769982210"), ("address", "33 Bhengu Street, KwaMashu F Section")],
     ["Sithokozile Primary"]),

    ("Hey doc, I run a youtube channel youtube.com/@RunWithDumi and I get knee pain after 10km. 31 male. Dumisani is my name",
     [("url", "youtube.com/@RunWithDumi"), ("name", "Dumisani")], []),

    ("please phone me back on 011 933 4120 ext 215 at work, I'm Mpho Radebe. My father was told he has a enlarged heart and must take "
     "furosemide. He is 64. His hospital number at Chris Hani Baragwanath is 4021187634.",
     [("phone", "011 933 4120 ext 215"), ("name", "Mpho Radebe"), ("id_number", "4021187634")], []),

    ("I'm Faiza, 40, from Bo-Kaap (18 Wale Street) and I've got this itchy patch on my scalp that flakes. Head & Shoulders dont help. "
     "Email faiza.h@mweb.co.za",
     [("name", "Faiza"), ("address", "18 Wale Street"), ("email", "faiza.h@mweb.co.za")], []),

    ("hi, my dad Willem has gout in his big toe again, he had boerewors and a few Castles at a braai on Saturday. 55 years old. "
     "Bestmed member 1004556721. Sorry Im Lize, lize.fourie@gmail.com",
     [("name", "Willem"), ("id_number", "1004556721"), ("name", "Lize"), ("email", "lize.fourie@gmail.com")], []),

    ("Ntate Moeketsi, my neighbour, is 70 and his legs are numb and burning at night. He cannot read English so I am typing for him. "
     "He stays at Stand 1190, Phahameng, Bloemfontein. His cell 0735560918",
     [("name", "Moeketsi"), ("address", "Stand 1190, Phahameng, Bloemfontein"), ("phone", "0735560918")], []),

    ("Dear Sir/Madam. I, Reverend Jabulani Mkhize, born 25/12/1949, have had a persistent hoarse voice for six weeks. "
     "I preach every Sunday. Kindly reply to rev.jmkhize@gmail.com. Thank you and God bless.",
     [("name", "Jabulani Mkhize"), ("date_of_birth", "25/12/1949"), ("email", "rev.jmkhize@gmail.com")], []),

    ("Yoh my ankle. Sprained it jumping off the taxi at Noord. I'm Kgothatso 26. Its black and blue but I can walk. "
     "Insta @kgothi_k if you want to see the swelling lol",
     [("name", "Kgothatso"), ("handle", "@kgothi_k")], []),

    ("My daughter Ruth-Anne is 16 and she has stopped eating. She's lost 9kg in 2 months and counts every calorie. "
     "She's at Rustenburg Girls. I'm worried sick. Call Brenda on 083 226 4478.",
     [("name", "Ruth-Anne"), ("name", "Brenda"), ("phone", "083 226 4478")], ["Rustenburg Girls"]),

    ("Good day, I'm looking for advice for my husband Sello Maseko, 48, driver at Putco. His ID 7602145634081. "
     "His eyes are yellow for a week and he drinks a lot at weekends. Our home: 2258 Extension 2, Lebowakgomo.",
     [("name", "Sello Maseko"), ("id_number", "7602145634081"), ("address", "2258 Extension 2, Lebowakgomo")], ["Putco"]),

    ("Hi Im Fernanda (Mozambican, living in Nelspruit) and I have a lump in my breast, left side, about a marble. I'm 44. "
     "asylum permit no. MPMNEL000451224. phone 0649901256",
     [("name", "Fernanda"), ("id_number", "MPMNEL000451224"), ("phone", "0649901256")], []),

    ("Morning doctor. My son Aiden is 11 and he broke his arm at school (Parklands College). Cast came off Friday and his arm is thin and stiff. "
     "Is physio needed? Our plan is Discovery KeyCare 334120887. Reach me 021 557 1930, Natasha",
     [("name", "Aiden"), ("id_number", "334120887"), ("phone", "021 557 1930"), ("name", "Natasha")], ["Parklands College"]),

    ("molweni, ndingu Luthando. I had unprotected sex on Saturday, can I still get PEP? I'm 23 and scared. "
     "Pls reply to luthando.x@gmail.com not my phone, my mom checks it",
     [("name", "Luthando"), ("email", "luthando.x@gmail.com")], []),

    ("My mum Dorothy, DOB 8 August 1944, lives at Room 14, Huis Herfsblaar, 3 Hospital Street, Worcester. "
     "She has a bed sore on her heel that the carers keep missing. Im her daughter Linda in London, +44 7700 900412.",
     [("name", "Dorothy"), ("date_of_birth", "8 August 1944"), ("address", "Room 14, Huis Herfsblaar, 3 Hospital Street, Worcester"),
      ("name", "Linda"), ("phone", "+44 7700 900412")], []),

    ("hi im a taxi driver at Bree, my taxi is ND 558-231, my name Vusi Ngema. The long hours give me haemorrhoids and back ache. "
     "Is there a cushion or what. 078 402 1166",
     [("licence_plate", "ND 558-231"), ("name", "Vusi Ngema"), ("phone", "078 402 1166")], []),

    ("Hello doctor, I am Yolanda Pieterse, born 1987-11-03, and I have been feeling so tired, I sleep 10 hours and still tired. "
     "My Hb was 9.8 at the clinic. I work night shift at Pick n Pay Kuils River.",
     [("name", "Yolanda Pieterse"), ("date_of_birth", "1987-11-03")], ["Pick n Pay Kuils River"]),

    ("im doing a fundraiser for my brother's cancer treatment, backabuddy.co.za/help-kabelo-beat-cancer - but my question is, "
     "does chemo make your hair fall out every time? he is 19. - Lesedi",
     [("url", "backabuddy.co.za/help-kabelo-beat-cancer"), ("name", "Lesedi")], []),

    ("Good evening. My late husband's brother, Oom Frikkie Joubert, is 73 and shakes in his hands when he drinks tea. "
     "He lives alone on a smallholding, Plot 19, Rietvlei AH, Heidelberg. His ID 5104215089082.",
     [("name", "Frikkie Joubert"), ("address", "Plot 19, Rietvlei AH, Heidelberg"), ("id_number", "5104215089082")], []),

    ("My name is Precious Sithole and I have a painful lump in my armpit, it came out after I shaved. 31F. "
     "cell 060 554 2219, email precious.sithole@yahoo.co.za",
     [("name", "Precious Sithole"), ("phone", "060 554 2219"), ("email", "precious.sithole@yahoo.co.za")], []),

    ("sisi Nolwazi is 17 and pregnant, 5 months. She goes to Ikusasa High and is ashamed to go to the clinic. "
     "Can she still do her antenatal now? She is at 54 Gumede Road, Inanda Newtown A. I'm her aunt Thembeka.",
     [("name", "Nolwazi"), ("address", "54 Gumede Road, Inanda Newtown A"), ("name", "Thembeka")], ["Ikusasa High"]),

    ("pls my MRN at Groote Schuur is 60234519 and I cant get hold of the clinic for my warfarin INR results. I'm Abdul, 62. "
     "Can someone check? 021 704 3381",
     [("id_number", "60234519"), ("name", "Abdul"), ("phone", "021 704 3381")], []),

    ("Hi doc, my grandfather Zwelinzima Bhengu (we call him Mkhulu Madoda, born 1938) pees many times at night, like 5 times. "
     "His ID 3806125134088. We are in Eshowe. I am Lungelo",
     [("name", "Zwelinzima Bhengu"), ("name", "Madoda"), ("id_number", "3806125134088"), ("name", "Lungelo")], []),

    ("Dear doctor I had my wisdom tooth out on Monday at the dental clinic and now the hole smells bad and pain goes to my ear. "
     "Kind regards, Mrs Gloria Mabuza, gloriamabuza@telkomsa.net",
     [("name", "Gloria Mabuza"), ("email", "gloriamabuza@telkomsa.net")], []),

    ("Hey im Kyle, 21. Rugby at Maties. My shoulder popped out in a tackle and went back in by itself. "
     "Physio says maybe labrum. I posted the xray on my blog kylerugbydiaries.blogspot.com lol",
     [("name", "Kyle"), ("url", "kylerugbydiaries.blogspot.com")], ["Maties"]),
]
