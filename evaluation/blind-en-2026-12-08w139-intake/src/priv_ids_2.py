# Privacy items with identifiers, part 2. Written by hand.
ITEMS = [
    ("I've had a rash on my shins for 2 weeks, kind of purple blotches, not itchy. I'm Darnell Brooks, 27, I play semi-pro basketball. Pics are on my IG @dbrooks_hoops_fake if that helps.",
     [("name", "Darnell Brooks"), ("handle", "@dbrooks_hoops_fake")], []),

    ("hi im asking about my sister chloe she's 15 and keeps fainting in PE. mum says its just growing but I'm worried. her school is St Anne's Academy. my number is 0412 555 019",
     [("name", "chloe"), ("phone", "0412 555 019")], ["St Anne's Academy"]),

    ("My husband, Mark Etheridge, had his gallbladder out on the 3rd and the wound is a bit red. The surgeon was Mr Sunil Rao. Our address is Flat 2, 47 Carlton Road, Nottingham NG3 2FF. Should I ring the ward?",
     [("name", "Mark Etheridge"), ("name", "Sunil Rao"), ("address", "Flat 2, 47 Carlton Road, Nottingham NG3 2FF")], []),

    ("Been getting headaches behind my eyes every afternoon since I started my new job at Deloitte's Leeds office, screens all day. I'm 24. Any ideas? - Amira (amira.k.fake@example.com)",
     [("name", "Amira"), ("email", "amira.k.fake@example.com")], ["Deloitte's Leeds office"]),

    ("My father-in-law Big Mike (Michael Dunleavy) is 79 and has started forgetting where he parks. Yesterday he drove off and we found his truck, plate TX-JKL 4471, at the Home Depot two towns over. Is this dementia?",
     [("name", "Big Mike"), ("name", "Michael Dunleavy"), ("licence_plate", "TX-JKL 4471")], []),

    ("Hello, I'm Siobhan, 34. Please can you look at my YouTube channel youtube.com/@siobhanruns_fake where I filmed my knee clicking when I run? Physio (Declan) thinks it's patellofemoral.",
     [("name", "Siobhan"), ("url", "youtube.com/@siobhanruns_fake"), ("name", "Declan")], []),

    ("My baby Zara was born 12/01/2024 and she still has yellow eyes at 3 weeks. Health visitor Jenny said to mention it to a doctor. We're in Bristol, phone 0117 496 0555.",
     [("name", "Zara"), ("date_of_birth", "12/01/2024"), ("name", "Jenny"), ("phone", "0117 496 0555")], []),

    ("I'm a student at McGill, student ID 260999111, and the campus clinic can't see me for 3 weeks. I've had a UTI feeling for 2 days. Can I just get the antibiotics? - Pierre-Luc",
     [("id_number", "260999111"), ("name", "Pierre-Luc")], ["McGill"]),

    ("Hi doc, my wife Tash reckons I snore like a chainsaw and stop breathing at night. I'm Brendan, 52, drive trucks for Linfox so I'm worried about my licence. Reg on my truck is XQ 12 ZZ.",
     [("name", "Tash"), ("name", "Brendan"), ("licence_plate", "XQ 12 ZZ")], ["Linfox"]),

    ("my 2 year old (her name is Poppy) has a cold and her nose is streaming, is Vicks ok on her chest? we live at 5 Honeysuckle Close, Ashford if you can send someone lol joking",
     [("name", "Poppy"), ("address", "5 Honeysuckle Close, Ashford")], []),

    ("I had a mammogram at the Women's Imaging Centre and they want me back for more pictures. I'm scared. I'm Lorraine Baptiste, DOB 30 September 1969, Kaiser member #8800123456.",
     [("name", "Lorraine Baptiste"), ("date_of_birth", "30 September 1969"), ("id_number", "8800123456")], []),

    ("I'm a paramedic (badge no. 44109, Metro EMS) and after my last shift I've had ringing in my ears from the sirens. It's been 4 days. Is that permanent? - Yusuf",
     [("id_number", "44109"), ("name", "Yusuf")], ["Metro EMS"]),

    ("Sorry to bother. My partner Alex has been really low, not eating, sleeping all day. They won't see a GP. Their twitter is @alexwritesthings_fake and the posts are getting darker. How do I get them to get help?",
     [("name", "Alex"), ("handle", "@alexwritesthings_fake")], []),

    ("Hi, I'm Graham Tuckwell (born 5.5.1961). Had my PSA come back at 6.2. GP Dr Fenwick wants a biopsy. Is that normal for a first high reading?",
     [("name", "Graham Tuckwell"), ("date_of_birth", "5.5.1961"), ("name", "Fenwick")], []),

    ("Our son Benji got bitten by a neighbour's dog (we're at 102 Oak Hollow Dr, Boise) yesterday, small puncture on his hand. It's cleaned and he's had tetanus shots. Does he need antibiotics? He's 6.",
     [("name", "Benji"), ("address", "102 Oak Hollow Dr, Boise")], []),

    ("i work at the Tesco Extra in Stockport, employee number 55018823, and ive been off with shingles. HR want a fit note. can the doctor online do one? im Kayleigh",
     [("id_number", "55018823"), ("name", "Kayleigh")], ["Tesco Extra in Stockport"]),

    ("My mate Dougie fell off his bike on Saturday and his wrist is still swollen and sore when he turns a key. Says he's fine. Should he get an xray? Me: Callum, 0131 496 0733",
     [("name", "Dougie"), ("name", "Callum"), ("phone", "0131 496 0733")], []),

    ("Hi, this is Nadia Haroun. I've got a lump in my armpit about the size of a pea, moves around. My previous GP, Dr Stephanie Lowe, said it was a lymph node last year. My LinkedIn linkedin.com/in/nadia-haroun-fake is the best way to message me.",
     [("name", "Nadia Haroun"), ("name", "Stephanie Lowe"), ("url", "linkedin.com/in/nadia-haroun-fake")], []),

    ("Hello there I'm 88 years young, my name is Ethel and my grandson Reece is typing this for me. My ankles swell every evening. I live at 27 Primrose Hill Court, Bexhill. Is it my heart?",
     [("name", "Ethel"), ("name", "Reece"), ("address", "27 Primrose Hill Court, Bexhill")], []),

    ("Good morning. My social security number is 078-05-1120 and the hospital billed me twice for the same MRI. Who do I call? Also the MRI found a 'small disc bulge' at L4-L5 - what does that mean? - Rosalind Petty",
     [("id_number", "078-05-1120"), ("name", "Rosalind Petty")], []),

    ("my cousin Jaz has had a cough since december, she smokes like 20 a day. she's 41. she wont listen to me maybe she'll listen to a doctor. her tiktok is @jazzyjaz_fake_41 lol",
     [("name", "Jaz"), ("handle", "@jazzyjaz_fake_41")], []),

    ("I'm a kindergarten teacher at Little Acorns Nursery in Leith and three of my kids have had hand foot and mouth. Can adults get it? My name is Morag Sinclair, 47.",
     [("name", "Morag Sinclair")], ["Little Acorns Nursery in Leith"]),

    ("Hey there, I'm Tyrone. I've got a mole on my back my girlfriend Keisha says changed colour. Here's a photo on my google drive: https://drive.example.com/share/tyrone-mole-fake-88 . I'm 35.",
     [("name", "Tyrone"), ("name", "Keisha"), ("url", "https://drive.example.com/share/tyrone-mole-fake-88")], []),

    ("Asking for my elderly neighbour Mr Hoang, lives alone at 66 Bridge Street, Cabramatta. He's been coughing up a bit of blood since Tuesday. He only speaks Vietnamese. His son's number is 0491 570 156.",
     [("name", "Hoang"), ("address", "66 Bridge Street, Cabramatta"), ("phone", "0491 570 156")], []),

    ("Hi! I'm Gemma, 26, and I have really heavy periods, like changing a super tampon every hour on day 2. My gyne Dr. Abigail Stroud said it might be fibroids. My patient ID at the hospital is RVH-0099182.",
     [("name", "Gemma"), ("name", "Abigail Stroud"), ("id_number", "RVH-0099182")], []),

    ("my son mohammed is 11 and wets the bed still a couple times a week. is that normal? we tried everything. im Amina, his mum",
     [("name", "mohammed"), ("name", "Amina")], []),

    ("Hello, my grandfather Pop (Harold Whitcombe, 91, born 3 March 1933) has been seeing things in his room at night - little people. He lives in Sunnyside Lodge. Is this the new tablets or something else?",
     [("name", "Pop"), ("name", "Harold Whitcombe"), ("date_of_birth", "3 March 1933")], ["Sunnyside Lodge"]),

    ("I've been getting chest tightness when I run up stairs. I'm 45, non smoker. Fitbit data is on my strava strava.com/athletes/fake-998877. Wife (Renata) made me write in.",
     [("url", "strava.com/athletes/fake-998877"), ("name", "Renata")], []),

    ("hi im chantelle, 17, and i think i have an ear infection from swimming. my ear is blocked and hurts when i pull it. can i use drops from the chemist? my mums email is d.morris.fake@example.com",
     [("name", "chantelle"), ("email", "d.morris.fake@example.com")], []),

    ("Dr Baptiste, you saw my son Luca last month for his asthma - he's been using the blue inhaler 5 times a day this week. Should we come back in? Luca's hospital number is K-4471902.",
     [("name", "Baptiste"), ("name", "Luca"), ("id_number", "K-4471902")], []),

    ("I got rear ended last week on the M1, other driver's plate was YD68 KPL, and since then my neck is stiff and I've had headaches. Insurance says get it checked. I'm Hannah Ferris, 33.",
     [("licence_plate", "YD68 KPL"), ("name", "Hannah Ferris")], []),

    ("Question from Marguerite Lefebvre, 62, Ottawa. Retired from Canada Post. My cholesterol is 6.8 and the GP wants me on a statin. I'd rather try diet first. Reach me at 613-555-0148.",
     [("name", "Marguerite Lefebvre"), ("phone", "613-555-0148")], ["Canada Post"]),

    ("im a uber driver (car reg LR21 WXY) and I sit for 10 hours a day and now I have a lump near my tailbone that leaks sometimes. gross sorry. what is it?",
     [("licence_plate", "LR21 WXY")], []),

    ("Hello. My son Kai (date of birth 2010-06-18) has been diagnosed with Osgood-Schlatter. He plays football for Westfield Rovers U15s. Does he need to stop completely?",
     [("name", "Kai"), ("date_of_birth", "2010-06-18")], ["Westfield Rovers U15s"]),

    ("Hi, I'm Bronwyn. My husband Stuart is 60 and he snaps at everyone and cries at ads now. That's not him. Our GP is Dr. Parminder Gill at the Riverside Medical Centre. Could it be hormones?",
     [("name", "Bronwyn"), ("name", "Stuart"), ("name", "Parminder Gill")], ["Riverside Medical Centre"]),

    ("My twins Ava and Ella (4) both have chicken pox. Ella's spots look infected. We live at 12 Birch Avenue, Dunedin 9010. What should I watch for?",
     [("name", "Ava"), ("name", "Ella"), ("address", "12 Birch Avenue, Dunedin 9010")], []),

    ("Hey, I'm 29 and I vape a lot, I'm worried about my lungs. I do streams on twitch (twitch.tv/vapeking_fake_29) and get out of breath just talking. Should I get a scan?",
     [("url", "twitch.tv/vapeking_fake_29")], []),

    ("my grandad Reg had a fall at home, he's ok but his hip is sore when he walks. he's 84, lives at 9 Fisher Row, Whitby. my name's Liam, my email liam.whitby.fake@example.com",
     [("name", "Reg"), ("address", "9 Fisher Row, Whitby"), ("name", "Liam"), ("email", "liam.whitby.fake@example.com")], []),

    ("Hi Dr. Adeyemi, it's Ngozi from your Tuesday clinic. My blood pressure at home is 146/92 most mornings. Should I come in before my next appointment?",
     [("name", "Adeyemi"), ("name", "Ngozi")], []),
]
