# Hand-written privacy items, South African writers, with identifiers (part D).

ITEMS = [
    ("Hi doc, Ofentse Molefe here, date of birth 17 July 1998. I'm on the Depo and my weight went from 58kg to 71kg in a year. "
     "Can I swap to Nur-Isterate or the implant? 072 660 4418",
     [("name", "Ofentse Molefe"), ("date_of_birth", "17 July 1998"), ("phone", "072 660 4418")], []),

    ("eish doc my father Petrus Mathebula got a fine because his eyes failed the licence test at the testing centre, his car is "
     "BHN 204 L. He's 69 and says he sees fine. Who can test his eyes properly in Tzaneen?",
     [("name", "Petrus Mathebula"), ("licence_plate", "BHN 204 L")], []),

    ("Ngicela ukubuza - my son Siyabonga Nxumalo, born 28/02/2011, has flat feet and his ankles roll in. The school sports teacher at "
     "Mzuvele High says he needs insoles. Our medical aid is Bonitas BonCap no. 301992204.",
     [("name", "Siyabonga Nxumalo"), ("date_of_birth", "28/02/2011"), ("id_number", "301992204")], ["Mzuvele High"]),

    ("Morning. Im Jackie Pillay, 52, I have a sore jaw when I wake up. My dentist Dr Reddy says I grind my teeth. "
     "Address 12 Mimosa Avenue, Westville. jackiep@mweb.co.za",
     [("name", "Jackie Pillay"), ("name", "Reddy"),
      ("address", "12 Mimosa Avenue, Westville"), ("email", "jackiep@mweb.co.za")], []),

    ("hey im Lebogang, im 23 and I think I have a UTI. my sister Kgomotso had the same thing last month. "
     "my number is 0716 553 092, no calls after 6 pls. student no. 4410923 at UJ",
     [("name", "Lebogang"), ("name", "Kgomotso"), ("phone", "0716 553 092"), ("id_number", "4410923")], ["UJ"]),

    ("Good day, writing for our domestic worker Mrs Alinafe Banda from Malawi (passport MA0417293), she's 48 and has a cough and "
     "night sweats. She lives in the back room at 5 Jacaranda Street, Lyttelton Manor. I'm Elize, elize.b@gmail.com",
     [("name", "Alinafe Banda"), ("id_number", "MA0417293"), ("address", "5 Jacaranda Street, Lyttelton Manor"), ("name", "Elize"),
      ("email", "elize.b@gmail.com")], []),

    ("My baby Khanyisile was born 03.01.2024 at Mowbray Maternity, and her left hip clicks. The clinic sister said hip scan. "
     "Reach me at @khanyi_mommy_ct on insta or 061 447 2098, I'm Unathi",
     [("name", "Khanyisile"), ("date_of_birth", "03.01.2024"), ("handle", "@khanyi_mommy_ct"), ("phone", "061 447 2098"),
      ("name", "Unathi")], []),

    ("Hi, I'm Bradley, 35. I was in a hit and run last week in Boksburg, the car was a white Polo, reg CX 52 RT GP. "
     "My shoulder still hurts when I lift it above my head. My RAF claim ref is 5520-0931-12.",
     [("name", "Bradley"), ("licence_plate", "CX 52 RT GP"), ("id_number", "5520-0931-12")], []),
]
