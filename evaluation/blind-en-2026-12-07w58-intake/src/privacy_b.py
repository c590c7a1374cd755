# privacy items, file b (mostly Ireland). Hand written by writer 58.

ITEMS = [
    ("hi im Caoimhe from Galway, 31, pps 8834120TA for the medical card form. i have endometriosis diagnosed at UHG in 2022 and the pain is back every month, is there anything stronger than ponstan",
     [("name", "Caoimhe"), ("id_number", "8834120TA")], []),

    ("my lad Tadhg is 7 and has a temp of 39 since yesterday and his ear is sore, calpol and nurofen alternating. we're in Ballincollig. do we need the out of hours or wait for the gp monday",
     [("name", "Tadhg")], []),

    ("eircode is H91 XK2E if the ambulance... no sorry not an emergency, just need someone to call out to my father, 88, hes gone very confused the last 2 days, maybe a water infection again. Michael Fahy is his name",
     [("address", "H91 XK2E"), ("name", "Michael Fahy")], []),

    ("Is it safe to take Solpadeine with my antidepressant (escitalopram 10mg)? I'm 42 and have a desperate toothache",
     [], []),

    ("Does Crumlin see kids with tongue tie or do we go private? baby is 3 wks, feeding is agony, we're in Dublin 12",
     [], []),

    ("ok so i'm Ciarán, 24, chef in a hotel in Killarney, burnt my forearm on the flat top 10 days ago and its weeping and smells a bit. number is 087 555 0193",
     [("name", "Ciarán"), ("phone", "087 555 0193")], ["a hotel in Killarney"]),

    ("my girlfriend Sadhbh has a smear result from CervicalCheck saying 'low grade changes' and shes freaking out, shes 27, dob 14-02-1997. what happens next",
     [("name", "Sadhbh"), ("date_of_birth", "14-02-1997")], []),

    ("Mum is in the Mater, MRN 0087712, they said her sodium is 126 and they're restricting fluids. is that dangerous at 81?",
     [("id_number", "MRN 0087712")], []),

    ("Can I get the HPV vaccine at 30? missed it at school. I'm in Limerick",
     [], []),

    ("hello, Agnieszka here, I live at 12 Church View, Mullingar, N91 T2F6. I am 36 weeks pregnant and my hands and feet are itching like crazy especially at night. midwife appointment is 3rd of next month",
     [("name", "Agnieszka"), ("address", "12 Church View, Mullingar, N91 T2F6")], []),

    ("Nurse at Tallaght said my potassium was 5.9 and to repeat bloods. i'm on ramipril and spironolactone, 69 m. should i stop the bananas lol",
     [], []),

    ("son Oisín (11) at Scoil Mhuire in Athlone keeps getting headaches after school. optician said eyes are grand. his GP is Dr Niamh Breathnach. what else should we check",
     [("name", "Oisín"), ("name", "Niamh Breathnach")], ["Scoil Mhuire in Athlone"]),

    ("reg 191-D-48213 - got hit at a roundabout in Swords on tuesday, whiplash, neck very stiff now. my insurer wants a medical report. claim no. IE-MTR-2290451. what do i ask the gp for",
     [("licence_plate", "191-D-48213"), ("id_number", "IE-MTR-2290451")], []),

    ("quick one about St John's wort, can i take it with the pill (microgynon)? 23 f, low mood since the winter",
     [], []),

    ("Dear doctor, my name is Pádraig Ó Súilleabháin, I am 74 and I live in Dingle. I have a rash on my shins that will not heal after 6 weeks. My e-mail is padraig.osullivan.dingle@example.ie",
     [("name", "Pádraig Ó Súilleabháin"), ("email", "padraig.osullivan.dingle@example.ie")], []),

    ("whats the max amount of panadol extra in a day for a 60kg woman, i have a dose of the flu",
     [], []),

    ("Hi, Fionnuala here. Dad (Seamus Kavanagh, 77, medical card no. 0912773C) needs a hip replacement and Cappagh waiting list is 18 months. would the treatment purchase fund cover him?",
     [("name", "Fionnuala"), ("name", "Seamus Kavanagh"), ("id_number", "0912773C")], []),

    ("my baby is 6 months and only got his first tooth, is that late? breastfed, 8.2kg, born at the Coombe at 38 weeks",
     [], []),

    ("Róisín here (24) I'm a student at UCC and think i have glandular fever, throat is killing me, tonsils covered in white stuff. student number 121456789, does the student health centre need it",
     [("name", "Róisín"), ("id_number", "121456789")], ["UCC"]),

    ("Ok so question. My mam says you shouldnt swim for an hour after eating. true or myth? my kid is 6",
     [], []),

    ("I think I have scabies, got it off someone at the hostel on Gardiner St. 19 m. Where do you get permethrin in Ireland",
     [], []),

    ("hi its Darragh. Wife Leticia (Brazilian, 29) has been vomiting all day every day at 9 weeks pregnant, cant keep water down. we are at 5 The Paddocks, Naas, Co. Kildare. her phone +353 87 555 0148",
     [("name", "Darragh"), ("name", "Leticia"), ("address", "5 The Paddocks, Naas, Co. Kildare"), ("phone", "+353 87 555 0148")], []),

    ("Got my HbA1c back, 44. Is that prediabetes? 51 f, BMI 31, work in an office in Sandyford",
     [], []),

    ("a question for my brother Eoin who is too proud to ask, 35, he has pain and swelling in one testicle for like 3 weeks, no injury. he works for Intel in Leixlip. should he go to a urologist",
     [("name", "Eoin")], ["Intel in Leixlip"]),

    ("Which is better for eczema, Eucerin or Silcock's base? 4 year old with dry patches on her elbows and behind knees",
     [], []),

    ("hey, its Kev (Kevin Doyle), i'm the one that messaged last week about my chest. went to Beaumont A&E, ECG fine, said its costochondritis. how long does it last. IHI 7150 0123 4567 8901 if u need",
     [("name", "Kev"), ("name", "Kevin Doyle"), ("id_number", "7150 0123 4567 8901")], []),

    ("Does anyone know if the Bon Secours in Cork does vasectomies? I'm 41, 3 kids, done",
     [], []),

    ("my daughter is 16, 5'7 and 7 stone 9. shes in transition year and dancing 5 days a week. periods stopped. should i be worried?",
     [], []),

    ("Hi this is for my neighbour Mrs. Nora Twomey, shes 90, lives alone at 3 Bridge Street Mallow, and she fell again. no obvious injury but she keeps falling. who do i contact for a falls assessment, her gp is Dr. Hegarty",
     [("name", "Nora Twomey"), ("address", "3 Bridge Street Mallow"), ("name", "Hegarty")], []),

    ("Tallaght Hospital cancelled my colonoscopy for the 3rd time. bleeding from back passage since October. 55 m. can i go private and claim back",
     [], []),

    ("Is it ok to give a 2 year old Piriton for hayfever? shes 12kg. we live near the Phoenix Park and she is sneezing non stop",
     [], []),

    ("can u email the results to me at saoirse.b@example.com, not to my home address, my parents dont know. im 17 and had an STI test at the well woman clinic on Liffey St",
     [("email", "saoirse.b@example.com")], ["the well woman clinic on Liffey St"]),

    ("Hi, name is Lukasz Zielinski, PPSN 6623019FA, I work in meat plant in Ballyhaunis, cut my hand on the line yesterday and the nurse glued it but now its red and hot and swelling. Can I still work",
     [("name", "Lukasz Zielinski"), ("id_number", "6623019FA")], ["meat plant in Ballyhaunis"]),

    ("i get hives every time i eat shellfish now, never used to. 38, had loads of prawns in Lisbon last summer and no problem. now even a bit of Marie Rose sauce sets me off",
     [], []),

    ("my mother-in-law Philomena, she's 84, had a stroke in Sligo University Hospital last month and they want to move her to rehab in Roscommon. is she better off at home with carers",
     [("name", "Philomena")], []),

    ("Hello. My son Ryan (14) does Gaelic football for Na Piarsaigh and has pain in his heel after every match. Physio said Severs. How long til it settles?",
     [("name", "Ryan")], []),

    ("I have Hashimoto's and I'm trying for a baby, TSH 3.8 on 75mcg. 33 f. Should it be under 2.5?",
     [], []),

    ("mobile 089 555 0107 Dolores. I was at the Rotunda for a scan and they said 'low lying placenta' at 20 weeks. what does it mean for the birth",
     [("phone", "089 555 0107"), ("name", "Dolores")], []),

    ("Sorry if this is stupid - can men get thrush? my fella has itching and redness down there after we were away in Lanzarote",
     [], []),

    ("address for the letter: 44 Oakpark Drive, Tralee, V92 HT4K. I'm 60 and need a referral to a dermatologist for a mole on my back that has changed colour. Gerry Brosnan",
     [("address", "44 Oakpark Drive, Tralee, V92 HT4K"), ("name", "Gerry Brosnan")], []),

    ("My friend Shauna posted her whole miscarriage story on tiktok (@shauna.loves.tea) and now people are telling her not to try again for 6 months. is that true?",
     [("name", "Shauna"), ("handle", "@shauna.loves.tea")], []),

    ("Would lemsip max help a sinus infection or do i need an antibiotic? face is so sore when I bend down, 9 days now",
     [], []),
]
