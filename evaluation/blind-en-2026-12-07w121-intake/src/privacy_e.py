# Privacy items with identifiers, part E (several with quasi flags). Written by hand.

ITEMS = [
    ("I'm Brent, safety guy at Prairie Sky Feedlots near Picture Butte. One of our pen riders, Jesús, 28, got his boot stomped by a horse, toenail is black. Does the nail need to come off",
     [("name", "Brent"), ("name", "Jesús")], ["Prairie Sky Feedlots"]),

    ("my daughter Kenzie, 13, goes to Eckville Junior Senior High and she fainted in gym class twice this month. She's been skipping breakfast. Should I worry or just feed her lol. I'm Rhonda 403-746-2290",
     [("name", "Kenzie"), ("name", "Rhonda"), ("phone", "403-746-2290")], ["Eckville Junior Senior High"]),

    ("work at Hansen's Welding & Fab in Estevan, name is Dallas Ironstand, 39. Flash burn in both eyes last night, felt like sand, better today with the drops the pharmacist gave",
     [("name", "Dallas Ironstand")], ["Hansen's Welding & Fab"]),

    ("Hello my son Arjun Mehta is 19 and works summers at Rocky Mountain Ranch Supply in Cochrane. He lifted feed bags and now has a pain in his lower back on the right. His email arjun.mehta.01@ualberta.ca",
     [("name", "Arjun Mehta"), ("email", "arjun.mehta.01@ualberta.ca")], ["Rocky Mountain Ranch Supply"]),

    ("I'm Ruthanne, I clean rooms at the Sundowner Motel in Tonopah, 58. Bleach fumes make me cough every shift, lately I'm hoarse. 775-482-3306",
     [("name", "Ruthanne"), ("phone", "775-482-3306")], ["Sundowner Motel"]),

    ("My husband Eugene works the night shift at Mosaic Esterhazy K2 mine and he's 54. His hands are cracked bad and bleed from the potash. We live at 301 Sumner St, Esterhazy",
     [("name", "Eugene"), ("address", "301 Sumner St, Esterhazy")], ["Mosaic Esterhazy K2 mine"]),

    ("My son Kai is in grade 2 at Spirit River School, age 7. He has a rash on his cheeks like he was slapped, and a cold last week. Other kids have it too. Im Amber",
     [("name", "Kai"), ("name", "Amber")], ["Spirit River School"]),

    ("Im a hand at Bar U ranch and my boss Fergus says I look yellow. Me, Danny Okafor, 30. I don't drink much. Pee is dark. He says go to town",
     [("name", "Fergus"), ("name", "Danny Okafor")], ["Bar U ranch"]),

    ("Grace, 44, I teach at Nipawin Christian School. I've lost my voice 3 times this term. Can you email me grace.lindgren@nccs.ca, is it polyps?",
     [("name", "Grace"), ("email", "grace.lindgren@nccs.ca")], ["Nipawin Christian School"]),

    ("I'm the cook at Camp 14 at the Kearl site (Imperial), Ahmed Siddiqui, 51. Got a steam burn on my hand last month from the big kettle, skin healed but it's shiny and numb.",
     [("name", "Ahmed Siddiqui")], ["Camp 14 at the Kearl site"]),

    ("hey Mitch here, 35, I work for Double Diamond Drilling. Fingers tingle after running the jackleg all day, goes away at night. Plate on my truck is DDX 114 if you see me at the clinic haha",
     [("name", "Mitch"), ("licence_plate", "DDX 114")], ["Double Diamond Drilling"]),
]
