# privacy items, part 3 (written by hand, writer 113)


def P(text, ids=(), quasi=()):
    return {"text": text,
            "identifiers": [{"type": t, "text": s} for t, s in ids],
            "quasi": list(quasi)}


ITEMS = [
    P("hi im 34 and work nights at Hallam Logistics, my rota makes it impossible to get to the GP. ive had heartburn for 2 months every night. can i get omeprazole online? call 07700 900812 after 2pm. Kieran",
      [("phone", "07700 900812"), ("name", "Kieran")],
      ["Hallam Logistics"]),

    P("My son Oscar (6) goes to St Wilfrid's C of E Primary and the school nurse says he has a squint. He was born 12/05/2019. Do we go to the optician or do we need a referral? Thanks, Hannah Pryce",
      [("name", "Oscar"), ("date_of_birth", "12/05/2019"), ("name", "Hannah Pryce")],
      ["St Wilfrid's C of E Primary"]),

    P("Employee number 44820 at Brightwater Care Home, I'm a carer, 52. I've hurt my back hoisting a resident and occupational health want a GP note. My manager is Lorraine. Can I self-refer to physio? Dionne",
      [("id_number", "44820"), ("name", "Lorraine"), ("name", "Dionne")],
      ["Brightwater Care Home"]),

    P("yo my insta is @jayden.lifts and I've been getting chest pains after deadlifts, like a sharp stabbing bit on the left side when I breathe in. 22M, no meds. gym is fine otherwise",
      [("handle", "@jayden.lifts")]),

    P("Dear Dr Whitfield,\nThank you for your letter. I am writing to confirm that my mother, Mrs Ada Lockwood, will attend the falls clinic on the 9th. Her address has changed to 18 Priory Gardens, Whitby YO21 3HB. She is 95 and quite deaf so please don't phone her; ring me instead on 07700 900164.\nYours sincerely,\nJanet Lockwood",
      [("name", "Whitfield"), ("name", "Ada Lockwood"), ("address", "18 Priory Gardens, Whitby YO21 3HB"),
       ("phone", "07700 900164"), ("name", "Janet Lockwood")]),

    P("Can you check why my pharmacy says my Medicaid ID 92-4471-388 isn't active? I'm 29 and pregnant and need my prenatal vitamins. - Keisha Thomas, 555-0163",
      [("id_number", "92-4471-388"), ("name", "Keisha Thomas"), ("phone", "555-0163")]),

    P("I'm a student at Northbridge University (ID U2087715) and the uni health service is closed for reading week. I've had a sore throat for 10 days and white spots on my tonsils. 19F. Priya",
      [("id_number", "U2087715"), ("name", "Priya")],
      ["Northbridge University"]),

    P("hi its Marcus, 41, I teach PE at Ravenscroft Academy and my achilles went pop during the staff v pupils rounders match. walking like a penguin. email m.obi@example.org",
      [("name", "Marcus"), ("email", "m.obi@example.org")],
      ["Ravenscroft Academy"]),

    P("Please reply to me at rosemary.tilling@example.com. I am 70, just retired from Wexley Parish Council office after 28 years, and I want a general MOT check-up now I have time. Where do I start?",
      [("email", "rosemary.tilling@example.com")],
      ["Wexley Parish Council"]),

    P("Dear Sir or Madam,\nMy husband, George Pemberton, has been a member of the Riverside Bowling Club for forty years and a churchwarden at St Michael's. He is 83. On Sunday he read the lesson and muddled every word, which is not like him at all. He seems himself now. We live at 6 Vicarage Lane, Pershore WR10 1EZ.\nYours faithfully,\nMargery Pemberton",
      [("name", "George Pemberton"), ("address", "6 Vicarage Lane, Pershore WR10 1EZ"), ("name", "Margery Pemberton")]),

    P("my partner Jess is 27 and 14 weeks pregnant, her booking bloods came back with something about rhesus negative and the midwife Fiona said she'd call but hasn't. Jess's hospital no is MAT-229184. what does it mean?",
      [("name", "Jess"), ("name", "Fiona"), ("id_number", "MAT-229184")]),

    P("I work at Fernhill Dental Practice as a receptionist (I'm 45) and I keep getting a rash on my hands from the gloves. Is it latex allergy? My DOB is 21/09/1980 if you need it. Shona",
      [("date_of_birth", "21/09/1980"), ("name", "Shona")],
      ["Fernhill Dental Practice"]),

    P("Reg number of the car that hit my bike: HN66 XPO. I'm 38, got a bruised hip and my wrist clicks now. The police want me checked. Daniel",
      [("licence_plate", "HN66 XPO"), ("name", "Daniel")]),

    P("hi!! i follow u on tiktok, my account is @sleepy_sophie_b. 16f and my periods are every 2 weeks and really heavy. mum says its normal. is it?",
      [("handle", "@sleepy_sophie_b")]),

    P("I'm 67, taxi driver, badge number TX-10482, and the council says I need a medical because of my diabetes. The form says my HbA1c must be under a certain number. Mine was 58. Is that alright? Ahmed Raza",
      [("id_number", "TX-10482"), ("name", "Ahmed Raza")]),

    P("Hi Dr Lim, it's Chloe, we met at the clinic on Tuesday. You said to send the photo of my mole - I've uploaded it here https://photos.example.net/album/chloe-mole-aug. It's bigger than my little fingernail.",
      [("name", "Lim"), ("name", "Chloe"), ("url", "https://photos.example.net/album/chloe-mole-aug")]),

    P("I'm a lorry driver (plate on my cab is DX21 MKB) and I got pulled for a random check and told my eyesight might not be good enough. I'm 58. I've got my optician appt but can I carry on working? Gary",
      [("licence_plate", "DX21 MKB"), ("name", "Gary")]),

    P("our daughter Ruby is 3, she was born 28.02.2022, and she's had a rash like tiny bruises on her legs since yesterday but she's playing normally. her nursery is Little Acorns and they sent her home. Ruby's dad, Sam, 07700 900447",
      [("name", "Ruby"), ("date_of_birth", "28.02.2022"), ("name", "Sam"), ("phone", "07700 900447")],
      ["Little Acorns"]),

    P("ok so my flatmate Tomasz won't see a doctor so I'm asking for him. He's 24, his left testicle has had a lump for about a month, not painful. We live at 41B Cowley Road, Oxford OX4 1HP if anyone wants to drag him in lol",
      [("name", "Tomasz"), ("address", "41B Cowley Road, Oxford OX4 1HP")]),

    P("Dear Sir\nI am 72 and the secretary of the Ashby Townswomen's Guild. My email is ashbytg.secretary@example.org. I would like a speaker to come and talk to our members about osteoporosis. Would one of your doctors oblige?\nYours sincerely\nMrs Audrey Kettle",
      [("email", "ashbytg.secretary@example.org"), ("name", "Audrey Kettle")]),

    P("patient ref ORT/55921 - knee replacement review. I'm Trevor Gill, 66. I was told to ring 0113 496 0558 to book but it just rings out. Can I book here?",
      [("id_number", "ORT/55921"), ("name", "Trevor Gill"), ("phone", "0113 496 0558")]),

    P("I'm a nurse at Kingsmead Surgery (small practice) and I'm also a patient, 48F. Had a needlestick injury today from a used insulin pen. The patient was Mr Houghton. What's the protocol for me as the patient?",
      [("name", "Houghton")],
      ["Kingsmead Surgery"]),

    P("Hi, I'm 33 and my partner Kat is 35. We're doing IVF and her clinic number is IVF-7302-K. She's had bad bloating after egg collection yesterday. My mobile is 07700 900268. Lewis",
      [("name", "Kat"), ("id_number", "IVF-7302-K"), ("phone", "07700 900268"), ("name", "Lewis")]),

    P("Grandad (80) got a letter from the bowel screening programme, ref BCS-0047719, saying his test was abnormal. He's refusing to go because he says 'they'll find something'. I'm his granddaughter Leah. Help!",
      [("id_number", "BCS-0047719"), ("name", "Leah")]),

    P("this is Winston, 74, retired bus driver from Brixton. My son drives me everywhere now in his car, private plate WS1 ONE as a joke on my name. My knees are too bad for walking. Would physio help at my age?",
      [("name", "Winston"), ("licence_plate", "WS1 ONE")]),

    P("hello, my name is Fatima Begum, I am 69, I live at 3 Park Terrace, Bradford BD8 7RE with my son Rashid. I have had ear pain and discharge for one week. I don't speak English well so my son is writing. His phone 07700 900690.",
      [("name", "Fatima Begum"), ("address", "3 Park Terrace, Bradford BD8 7RE"), ("name", "Rashid"),
       ("phone", "07700 900690")]),

    P("My wife and I run the post office in Upper Wensley and I'm 64. I get a tightness in my jaw and left arm when I carry the mail sacks, goes off when I rest. My email is upperwensleypo@example.com. Colin",
      [("email", "upperwensleypo@example.com"), ("name", "Colin")],
      ["the post office in Upper Wensley"]),

    P("Hi, I'm writing for my grandmother Zofia Kowalczyk, born 30/03/1942, who moved here from Poland last year. She needs her thyroid tablets but has no GP yet. Her address is 77 Mill Street, Luton LU1 2NA. Thanks, Kasia",
      [("name", "Zofia Kowalczyk"), ("date_of_birth", "30/03/1942"), ("address", "77 Mill Street, Luton LU1 2NA"), ("name", "Kasia")]),

    P("snapchat: ellabellaxo_22. can u get chlamydia from a toilet seat?? asking for a friend obviously. 17f",
      [("handle", "ellabellaxo_22")]),

    P("My father, Professor Emeritus Harold Fink, 91, was a consultant at this very hospital in the 1970s. He's now on your Ward 9 with pneumonia and insists on reading his own notes. Is he allowed? I'm his son Daniel Fink, d.fink@example.com",
      [("name", "Harold Fink"), ("name", "Daniel Fink"), ("email", "d.fink@example.com")]),

    P("I'm 70. My pacemaker clinic card says the device serial but I've lost the card. The clinic at the General said email pacing.clinic@example.org but it bounced. Any other way? Yvonne Platt",
      [("email", "pacing.clinic@example.org"), ("name", "Yvonne Platt")]),

    P("hey its Ollie, 31, got bitten by my neighbour's dog, name's Biscuit lol, on my calf. skin broken. neighbour is Mrs Harrington next door. need a tetanus?",
      [("name", "Ollie"), ("name", "Harrington")]),

    P("Dear Practice Manager,\nI have been told my GP records were sent to the wrong surgery when I moved. My old address was 55 Beacon Road, Loughborough LE11 2BG. My NHS number is 710 332 6684. I am 77 and need my warfarin monitoring to continue.\nRegards,\nStanley Oduya",
      [("address", "55 Beacon Road, Loughborough LE11 2BG"), ("id_number", "710 332 6684"), ("name", "Stanley Oduya")]),

    P("Just moved in with my mum who is 88 and found about 40 old boxes of tablets in her sideboard dating back to 2009. Can I take them to the chemist? Her pharmacy ID card says PH-0031289. - Tracey",
      [("id_number", "PH-0031289"), ("name", "Tracey")]),

    P("im 15, my name is Callum and my mum doesnt know im messaging. i've been cutting my arms for a few months but not recently. i want to stop properly. is there someone i can talk to without my mum finding out? my school is Hillside High",
      [("name", "Callum")],
      ["Hillside High"]),

    P("Dear Sirs, Re: Mrs Edna Clegg, 12 Weavers Row, Todmorden OL14 5AJ. I am her solicitor and hold lasting power of attorney for health. Please send correspondence regarding her memory assessment to me at j.pennington@example.com. Yours faithfully, Jeremy Pennington",
      [("name", "Edna Clegg"), ("address", "12 Weavers Row, Todmorden OL14 5AJ"), ("email", "j.pennington@example.com"),
       ("name", "Jeremy Pennington")]),

    P("hi, 42F, I have a youtube channel about living with lupus (youtube.example.com/@lupuslaughs) and lots of viewers ask about hair loss on hydroxychloroquine. Is it the drug or the disease? Thanks, Nadia",
      [("url", "youtube.example.com/@lupuslaughs"), ("name", "Nadia")]),

    P("I'm 59, live on a narrowboat moored at Stoke Bruerne so no fixed address, my boat licence is CRT 52814. Getting bad chest infections in winter. Can I register with a GP? Pete",
      [("id_number", "CRT 52814"), ("name", "Pete")]),

    P("Hello there, our mum Bessie is 101 (born 1 January 1924!) and fit as a fiddle apart from her eyes. She wants to know if there's an age limit for cataract surgery. Our family email is thebessieclan@example.com",
      [("name", "Bessie"), ("date_of_birth", "1 January 1924"), ("email", "thebessieclan@example.com")]),

    P("I'm Joe, 68, and I sing in the male voice choir. The choirmaster Gareth says my voice has gone croaky for 6 weeks and I should get it looked at. I smoked a pipe for years. Ring 01632 960519.",
      [("name", "Joe"), ("name", "Gareth"), ("phone", "01632 960519")]),

    P("Hiya, this is Aunty Bev, 71, typing for my sister Glenys who's 79. Glenys has got a funny feeling in her chest like a bird flapping, on and off all week. she's at 29 Coronation Street, Rhyl LL18 3DD (yes really). her doc is Dr Pugh.",
      [("name", "Bev"), ("name", "Glenys"), ("address", "29 Coronation Street, Rhyl LL18 3DD"), ("name", "Pugh")]),

    P("I hold a Freedom Pass (number 9917 2204 8831) and use it to get to the hospital. My question is whether I can still claim hospital travel costs, and separately whether my dizziness could be my ears. I'm 74. Mr Winston Ogunleye",
      [("id_number", "9917 2204 8831"), ("name", "Winston Ogunleye")]),

    P("dr. i was born 2/29/1948, so technically im 19 lol. real age 77. my knees swell every time it rains. my granddaughter made me this email, papa.luis.r@example.com",
      [("date_of_birth", "2/29/1948"), ("email", "papa.luis.r@example.com")]),

    P("We live at Glenview, Strathyre FK18 8NA, quite remote, 40 minutes to the nearest surgery. My husband Hamish, 76, has had gout three times this year. Is there something preventive? Morag Fraser",
      [("address", "Glenview, Strathyre FK18 8NA"), ("name", "Hamish"), ("name", "Morag Fraser")]),

    P("my mums profile on the hospital app is https://patient.example.org/u/77413 and it says her MRI is cancelled but nobody told us. shes 82 and has been waiting since May for her back. Lisa",
      [("url", "https://patient.example.org/u/77413"), ("name", "Lisa")]),

    P("Hello, I'm 80 and a retired vicar. My twitter handle is @revdmike_retired, where I post about bereavement. Lately I have been low myself, not sleeping, and I wondered whether to speak to someone. Michael",
      [("handle", "@revdmike_retired"), ("name", "Michael")]),

    P("Hi it's Sunita, 36, my husband Vikram has had the runs for 3 days after we came back from Goa. He's 40. Our address: 8 Lavender Way, Slough SL1 4PL. He's very tired and drinking lots.",
      [("name", "Sunita"), ("name", "Vikram"), ("address", "8 Lavender Way, Slough SL1 4PL")]),

    P("Dear Doctor, My father George had a pacemaker in 2016 at Papworth. Device ID card lost. His date of birth is 7th July 1938. We are travelling to Canada and need proof for airport security. What can we do? Regards, Anne Bellamy, 07700 900833",
      [("name", "George"), ("date_of_birth", "7th July 1938"), ("name", "Anne Bellamy"), ("phone", "07700 900833")]),

    P("I'm 25 and a barista at Beanstalk Coffee on the high street, I burned my hand on the steam wand yesterday, big blister. my boss Marco says pop it. should i?",
      [("name", "Marco")],
      ["Beanstalk Coffee"]),

    P("hello, Mr Ivan Petrov, 83, room 6 at Lavender Lodge care home. Hospital no. LGI-3382019. Nurse Abena asks for advice: he's had a cough for two weeks, no temperature.",
      [("name", "Ivan Petrov"), ("id_number", "LGI-3382019"), ("name", "Abena")]),
]
