# Hand-written privacy items, part B (mostly Ireland and Northern Ireland, with identifiers).

ITEMS = [
    (
        "Hi, my PPSN is 7654321TA and I'm trying to find out if the medical card covers the HPV vaccine for my daughter Aoife, she's 19 now "
        "so missed it in school. Thanks a million, Bernadette",
        [("id_number", "7654321TA"), ("name", "Aoife"), ("name", "Bernadette")],
        [],
    ),
    (
        "Howya. Mam's Eircode is V94 T2X6 if the ambulance ever needs it, but that's not the question. She's 79, her ankles are swollen "
        "every evening and go down overnight. GP is Dr Brennan in Castletroy. Is it the heart?",
        [("address", "V94 T2X6"), ("name", "Brennan")],
        [],
    ),
    (
        "My son Cian is in 2nd class in Scoil Mhuire and the teacher Ms Ní Bhriain says he can't sit still and wants him assessed for ADHD. "
        "The HSE waiting list is 2 years. Is it worth going private? My number is 087 123 4567.",
        [("name", "Cian"), ("name", "Ní Bhriain"), ("phone", "087 123 4567")],
        ["Scoil Mhuire"],
    ),
    (
        "Dear Sir/Madam I am writing regarding my father, Mr Tadhg O'Sullivan, Knockbrack House, Ballyvourney, Co. Cork, P12 XK83. "
        "He has Parkinson's disease and is now choking on his food. His consultant in the Mercy is Prof. Dineen. "
        "Should he be on a soft diet? Regards, Máire O'Sullivan",
        [("name", "Tadhg O'Sullivan"), ("address", "Knockbrack House, Ballyvourney, Co. Cork, P12 XK83"), ("name", "Dineen"),
         ("name", "Máire O'Sullivan")],
        [],
    ),
    (
        "Medical card no. 2109876B - does it cover the dentist for fillings or only extractions?? my tooth is killing me. Sean",
        [("id_number", "2109876B"), ("name", "Sean")],
        [],
    ),
    (
        "im 16 and my mam doesnt know but i think im pregnant. my boyfriend Darragh says to just wait. please just email "
        "me on niamhxo2008@gmail.com dont ring the house",
        [("name", "Darragh"), ("email", "niamhxo2008@gmail.com")],
        [],
    ),
    (
        "Hello there, I was in Tallaght A&E on Saturday with my wrist, they said it wasn't broken but the fracture clinic rang today "
        "(from 01 414 2000) to say the radiologist found a scaphoid fracture after all. My MRN is 0891234. Should I be annoyed? "
        "I've been using it all week. - Declan Fahy",
        [("phone", "01 414 2000"), ("id_number", "0891234"), ("name", "Declan Fahy")],
        [],
    ),
    (
        "Grandad Paddy (Patrick Joseph Kinsella, 12/01/1938) is in St Vincent's since Tuesday and the nurse Orla says he's 'delirious'. "
        "He was grand last week. My aunt Bríd is flying home from Boston. How long does delirium last?",
        [("name", "Paddy"), ("name", "Patrick Joseph Kinsella"), ("date_of_birth", "12/01/1938"), ("name", "Orla"), ("name", "Bríd")],
        [],
    ),
    (
        "hey so my housemate Ciara and me both have cold sores at the same time, we share a flat in 41 Rathgar Avenue, Dublin 6. "
        "do we need to bin all the cups lol. also can you kiss someone when it's healing",
        [("name", "Ciara"), ("address", "41 Rathgar Avenue, Dublin 6")],
        [],
    ),
    (
        "I'm a farmer outside Mullingar and I got a cut from barbed wire on Sunday, it's red and hot now. My wife Noreen says go to the GP "
        "but I'm flat out with calving. Can I wait till the weekend? Eamon, 085 987 6543",
        [("name", "Noreen"), ("name", "Eamon"), ("phone", "085 987 6543")],
        [],
    ),
    (
        "My letter from the Mater says: 'Name: Gráinne Phelan  Hosp No: M2234871  Procedure: Echocardiogram  Result: mild mitral "
        "regurgitation, LVEF 60%'. Is mild mitral regurgitation something I need to worry about? I'm 38.",
        [("name", "Gráinne Phelan"), ("id_number", "M2234871")],
        [],
    ),
    (
        "Our little lad Oisín (2) has had a runny nose since September when he started in the crèche (Little Acorns in Naas). "
        "Is it normal to have colds non stop? My partner Shane thinks it's allergies.",
        [("name", "Oisín"), ("name", "Shane")],
        ["Little Acorns in Naas"],
    ),
    (
        "Hi doctor. I am from Brazil living in Galway, my name is Luana Ferreira, my PPS number is 1234567WA. I need to know if I can "
        "get the contraceptive pill free, I heard it is free now for women my age (26).",
        [("name", "Luana Ferreira"), ("id_number", "1234567WA")],
        [],
    ),
    (
        "My brother Fergal has had epilepsy since he was a kid and now he wants to drive. He's seizure free 18 months. His neurologist "
        "is Dr Hanrahan in Beaumont. What are the rules in Ireland?",
        [("name", "Fergal"), ("name", "Hanrahan")],
        [],
    ),
    (
        "Belfast here. my wee girl Erin is 3 and she's been constipated for a week, crying when she goes. her H&C number is 612 904 3318 "
        "if you need it. health visitor Roisin said to try movicol but she won't drink it",
        [("name", "Erin"), ("id_number", "612 904 3318"), ("name", "Roisin")],
        [],
    ),
    (
        "I run a small café (The Hungry Heron, Dingle) and one of my staff, Aisling, had a bad allergic reaction last month after eating "
        "satay. She's fine now. Do I need to keep an EpiPen on the premises by law?",
        [("name", "Aisling")],
        ["The Hungry Heron, Dingle"],
    ),
    (
        "Hello, I'm Colm. My mother Kathleen Duggan (DOB 03/06/1944) lives at 'Woodlands', Kilmacanogue, Co. Wicklow, A98 E6K2. "
        "She has macular degeneration and is getting the injections in the Royal Victoria Eye and Ear. She wants to know if it's worth "
        "continuing because she says she sees no difference.",
        [("name", "Colm"), ("name", "Kathleen Duggan"), ("date_of_birth", "03/06/1944"),
         ("address", "'Woodlands', Kilmacanogue, Co. Wicklow, A98 E6K2")],
        [],
    ),
    (
        "My husband Ger has been snoring like a train and stops breathing at night. I've videos of it. Could that be sleep apnoea? "
        "He's a bus driver with Bus Éireann so I'm worried about him nodding off at the wheel.",
        [("name", "Ger")],
        ["Bus Éireann"],
    ),
    (
        "please can someone call me back on +353 86 555 0199, it's about my son Rian, he's 11 and has had a headache every morning "
        "for two weeks. Teacher Mr Quinlan noticed it too. GP says its probably his eyes",
        [("phone", "+353 86 555 0199"), ("name", "Rian"), ("name", "Quinlan")],
        [],
    ),
    (
        "Not sure if I'm in the right place. I'm Sorcha, 33, living in Derry. I had a miscarriage in August and my periods haven't come "
        "back properly. My consultant in Altnagelvin was Dr Moran. When should I expect things to settle?",
        [("name", "Sorcha"), ("name", "Moran")],
        [],
    ),
    (
        "I'm looking for advice for my aunt Philomena who is 84 and lives alone in Ballina. She's been getting lost walking home from mass. "
        "Her GP Dr Walsh says mild cognitive impairment. Her neighbour Josie checks on her. Should we be thinking about a nursing home?",
        [("name", "Philomena"), ("name", "Walsh"), ("name", "Josie")],
        [],
    ),
    (
        "Quick one - my GMS number is 88231457 - can I get the flu vaccine at the pharmacy or does it have to be my doctor",
        [("id_number", "88231457")],
        [],
    ),
    (
        "My daughter Saoirse (date of birth 9 February 2019) has a lump behind her ear that's been there a month, about the size of a pea, "
        "moves when you push it. She's in junior infants. Could it be a gland?",
        [("name", "Saoirse"), ("date_of_birth", "9 February 2019")],
        [],
    ),
    (
        "Hi I'm Dermot from Newry, my mobile is 07700 900 332. I've had a dull ache in my left testicle for a few weeks, no swelling. "
        "My mate Gavin said it's probably a varicocele. Do I need a scan?",
        [("name", "Dermot"), ("phone", "07700 900 332"), ("name", "Gavin")],
        [],
    ),
    (
        "Our community nurse Bernie visits Dad every Tuesday for his leg ulcer. She mentioned he might need compression bandaging. "
        "Dad is Michael Hegarty, 87, Glebe House, Kilbeggan Road, Tullamore. Is compression safe with his heart failure?",
        [("name", "Bernie"), ("name", "Michael Hegarty"), ("address", "Glebe House, Kilbeggan Road, Tullamore")],
        [],
    ),
    (
        "I work in the Intel plant in Leixlip on shifts, 4 on 4 off nights, and I can't sleep at all on my days off now. I'm Karl, 41. "
        "Is melatonin safe to take long term?",
        [("name", "Karl")],
        ["the Intel plant in Leixlip"],
    ),
    (
        "Can you tell me what this means in my scan report: 'Patient: Ms Una Keogh, DOB 17-11-1972, MRN 4420918. Impression: "
        "BI-RADS 3, probably benign.' My husband Liam is convinced it's bad news.",
        [("name", "Una Keogh"), ("date_of_birth", "17-11-1972"), ("id_number", "4420918"), ("name", "Liam")],
        [],
    ),
    (
        "hi my instagram is @fitwithfiadh and I get loads of DMs asking about creatine for teenage girls. I'm not a doctor, just a PT. "
        "is it safe for a 15 year old?",
        [("handle", "@fitwithfiadh")],
        [],
    ),
    (
        "Hello, I'm Kevin McCann, my registration is 211-KY-4471, I got a penalty notice for parking in the hospital drop off zone "
        "while bringing my wife in with a kidney stone. Anyway, how long does it take to pass a 6mm stone?",
        [("name", "Kevin McCann"), ("licence_plate", "211-KY-4471")],
        [],
    ),
    (
        "My son's school (Coláiste Éanna) has a vaping problem and my lad Jamie is addicted at 14. He says he needs it to concentrate. "
        "His dad Stephen vapes too which doesn't help. Is there nicotine replacement for kids?",
        [("name", "Jamie"), ("name", "Stephen")],
        ["Coláiste Éanna"],
    ),
    (
        "My name is Nuala, born 22 March 1961, and I've been told my bone density scan shows osteoporosis. I'm worried about the "
        "alendronate side effects. Is there an alternative?",
        [("name", "Nuala"), ("date_of_birth", "22 March 1961")],
        [],
    ),
    (
        "I need to update my contact details: new address 6 The Paddocks, Ardee, Co. Louth, A92 F3W1, new phone 041 685 2290. "
        "Also can I ask, my B12 came back at 180, is that low?",
        [("address", "6 The Paddocks, Ardee, Co. Louth, A92 F3W1"), ("phone", "041 685 2290")],
        [],
    ),
    (
        "My twin boys Conor and Cathal are 8 and both have asthma. Conor uses his blue inhaler every day lately, Cathal hardly at all. "
        "Dr Ní Mhurchú says Conor needs to go on a brown one. Are steroids bad for growth?",
        [("name", "Conor"), ("name", "Cathal"), ("name", "Ní Mhurchú")],
        [],
    ),
    (
        "Hi it's Tina (Tina Doherty), I'm the carer for my brother Francis who has Down syndrome. He's 45 and he's started forgetting "
        "things. His day service in Letterkenny noticed first. Is early dementia common?",
        [("name", "Tina"), ("name", "Tina Doherty"), ("name", "Francis")],
        [],
    ),
    (
        "I'm after getting a letter from the Rotunda: 'Dear Ms Brady, your booking visit is on 3rd of March at 9.20am. Please bring your "
        "PPSN and a urine sample.' I'm only 7 weeks. Is it normal to have no scan till 12 weeks?",
        [("name", "Brady")],
        [],
    ),
    (
        "my nephew Dylan posted a video on facebook.com/dylan.keane.5249 of him doing that blackout challenge thing. he's 13. "
        "his mum Sharon has no clue. how dangerous is that really",
        [("name", "Dylan"), ("url", "facebook.com/dylan.keane.5249"), ("name", "Sharon")],
        [],
    ),
    (
        "Hello from Limerick. My partner Mags had her gallbladder out 3 weeks ago and now her eyes look a bit yellow. Her surgeon was "
        "Mr Kavanagh. Should we ring the ward?",
        [("name", "Mags"), ("name", "Kavanagh")],
        [],
    ),
    (
        "Can you check if I am registered with you, Peadar Ó Murchú, 15 Bóthar na Trá, Salthill, Galway H91 YR2C, "
        "phone 091 521 887. I want to ask about a hearing test.",
        [("name", "Peadar Ó Murchú"), ("address", "15 Bóthar na Trá, Salthill, Galway H91 YR2C"), ("phone", "091 521 887")],
        [],
    ),
    (
        "My daughter Clodagh is a nurse in St James's and she got a needlestick injury on shift last night. She's had her bloods taken. "
        "How long before she knows she's clear of HIV and hep C?",
        [("name", "Clodagh")],
        [],
    ),
    (
        "sorry if this is silly. my 5 year old Ellie swallowed a 5 cent coin about 2 hours ago. she's eating and playing normal. "
        "her dad Ronan says it'll come out the other end. do we need an xray",
        [("name", "Ellie"), ("name", "Ronan")],
        [],
    ),
]
