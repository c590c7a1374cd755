# privacy items, file g (extra identifier items, mixed). Hand written by writer 58.

ITEMS = [
    ("Hey. Dad (Pita Havili, 63) has a foot ulcer that wont heal, diabetic. Podiatrist in Porirua says it might need the vascular team. NHI is ZLM5521 and his doctor is Dr Fonoti. any idea how long the wait is",
     [("name", "Pita Havili"), ("name", "Fonoti"), ("id_number", "ZLM5521")], []),

    ("my name is Amelia Rose Hartley and I am 30. since starting sertraline I have no sex drive at all. is there one without that side effect. reach me at ameliarose.h@example.org",
     [("name", "Amelia Rose Hartley"), ("email", "ameliarose.h@example.org")], []),

    ("wee one has chickenpox, hes 3, called Ruairí. spots all over, scratching like mad. nursery is Tiny Steps in Lurgan. can we use calamine or is there something better? address 9 Millbrook Gardens, Lurgan BT66 6QZ",
     [("name", "Ruairí"), ("address", "9 Millbrook Gardens, Lurgan BT66 6QZ")], ["Tiny Steps in Lurgan"]),

    ("Sorry for the long msg, I'm Hoang (Hoang Van Minh), 48, nail salon owner in Footscray, my fingers crack and bleed from the acetone and my lungs feel tight at work. my partner Linh says I should stop but its our business",
     [("name", "Hoang"), ("name", "Hoang Van Minh"), ("name", "Linh")], ["nail salon owner in Footscray"]),

    ("claim number CLM-0048-771-AU with Allianz for my travel insurance - I broke my wrist skiing in Japan, cast came off and now the wrist is stiff and weak. physio needed? 36 f",
     [("id_number", "CLM-0048-771-AU")], []),

    ("Hiya, I'm Shiv's mum - Shivani's I mean, she's 14, dob 30 March 2010, and she's been self-harming, I found cuts on her thighs, old ones not fresh. she sees no one. who do we go to in Leicester",
     [("name", "Shiv"), ("name", "Shivani"), ("date_of_birth", "30 March 2010")], []),

    ("Old MacDonald - well, my grandad is Donald MacDonald, 89, from Stornoway - has swelling in both ankles and gets breathless climbing the stairs. on furosemide 40mg. should it be higher?",
     [("name", "Donald MacDonald")], []),

    ("gig tonight, my voice is shot, 27, singer. laryngitis? i'm on bandcamp as example.com/bands/tessa-vance-music if you need proof lol",
     [("url", "example.com/bands/tessa-vance-music")], []),

    ("insurance policy no. NIB 55-013-9928, Dean Walker, 50. Is a colonoscopy covered if it's for screening and not symptoms? Dad had bowel cancer at 58",
     [("id_number", "NIB 55-013-9928"), ("name", "Dean Walker")], []),

    ("my partner Bogdan (44) works as a welder at a shipyard in Appledore and has a burn on his forearm from a spatter 10 days ago thats not healing and has a yellow crust. call 07700 900518",
     [("name", "Bogdan"), ("phone", "07700 900518")], ["a shipyard in Appledore"]),

    ("I'm Teuila, live at 41 Ruru Street, Ōtara. 27 f, 34 weeks pregnant with my 3rd, having tightenings every night that stop by morning. Braxton Hicks?",
     [("name", "Teuila"), ("address", "41 Ruru Street, Ōtara")], []),

    ("Quick one from Niall - Eircode D15 KX73 for the prescription delivery. Finished my course of flucloxacillin for cellulitis but the redness is creeping back up my shin. 52 m",
     [("name", "Niall"), ("address", "D15 KX73")], []),
]
