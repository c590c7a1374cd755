# Privacy items with identifiers, part A. Written by hand.
# Each item: (text, [(type, text) or (type, text, occurrence)], [quasi...])

ITEMS = [
    ("my husband Dale got his hand caught in the baler chain last fall and the fingers still go numb when its cold out. he wont go see anybody so im asking here. we are out past Biggar, call me 306-948-2271 if you need more",
     [("name", "Dale"), ("phone", "306-948-2271")], []),

    ("Hi I'm a long haul driver, name's Rajinder Sandhu, running Calgary to Winnipeg mostly. Getting bad pins and needles in my right leg after 10 hrs in the seat. My Alberta health care # is 43981-2207 if that matters. Can this be from the seat or something worse",
     [("name", "Rajinder Sandhu"), ("id_number", "43981-2207")], []),

    ("email me back at hayfieldmom77@gmail.com. my son Tucker (14) got into the sheep dip barrel and has a red rash on both arms, washed it off with the hose right away. do i need to worry",
     [("email", "hayfieldmom77@gmail.com"), ("name", "Tucker")], []),

    ("ok so this is for my dad Ernie Wiebe, DOB 04/11/1949, he has the sugar and his feet are cracking real bad from the cold, he farms near Steinbach still at 75 wont quit. What cream is good",
     [("name", "Ernie Wiebe"), ("date_of_birth", "04/11/1949")], []),

    ("We live at 4417 Township Road 384, Red Deer County and the well water smells like rotten eggs. My wife Marisol has had diarrhea for a week and the kids are fine. Is it the water?",
     [("address", "4417 Township Road 384, Red Deer County"), ("name", "Marisol")], []),

    ("truck plate is HKT 482 Manitoba, somebody at the weigh scale saw me stumble and wrote my plate down and reported me. I wasnt drunk, my blood sugar went low. How do I prove its medical not booze. Type 1 since 1998.",
     [("licence_plate", "HKT 482")], []),

    ("my OHIP is 5584-392-017-KT and the pharmacy says its expired, can i still get my insulin refilled in the meantime? Living up in Kapuskasing, nearest walk in is 2 hrs",
     [("id_number", "5584-392-017-KT")], []),

    ("Deborah Two Rivers here, i cut my shin on barbed wire fixing fence sunday, its red around it now and warm to touch. No tetanus shot since i was a kid. phone 1 (807) 274-0193",
     [("name", "Deborah Two Rivers"), ("phone", "1 (807) 274-0193")], []),

    ("Im on the rigs north of Fort St John, 14 on 7 off. Been getting headaches every hitch, the medic at the Sunburst Drilling camp (Travis) says it could be dehydration. My employee number is SN-208841 if the company plan needs it",
     [("name", "Travis"), ("id_number", "SN-208841")], ["Sunburst Drilling"]),

    ("Hey doc, Beau Thibodeaux, 52, shrimp boat then offshore. Got a cough that wont quit since hurricane cleanup, black mold all over the house on 118 Bayou Rd, Golden Meadow LA. Should I get a xray",
     [("name", "Beau Thibodeaux"), ("address", "118 Bayou Rd, Golden Meadow LA")], []),

    ("can you send the answer to my daughter she handles the computer stuff, kayla.mcneil@outlook.com. I had a bad fall off the combine ladder, ribs still sore 3 weeks on",
     [("email", "kayla.mcneil@outlook.com")], []),

    ("I'm writing for my grandma Marie-Anne Cardinal. She lives alone at Site 4 Box 19 RR1 Slave Lake and her ankles are swelling up like balloons by supper time. Goes down overnight.",
     [("name", "Marie-Anne Cardinal"), ("address", "Site 4 Box 19 RR1 Slave Lake")], []),

    ("picked up a tick in the deer stand saturday. Photo of it is on my insta @bucksnbeards_wv if you wanna look, theres a bullseye looking rash on my side today",
     [("handle", "@bucksnbeards_wv")], []),

    ("my wife Thu Trang works the poultry line at the plant in Brooks and her hands get cracked and bleeding from the sanitizer. her supervisor Kevin says just wear gloves. its been 2 months",
     [("name", "Thu Trang"), ("name", "Kevin")], []),

    ("Social is 412-77-9031, the clinic needs it to bill medicare they said, but first I want to know if a knee replacement at 68 is worth doing when I still run cattle.",
     [("id_number", "412-77-9031")], []),

    ("Got kicked by a heifer last spring, left leg. still limping. Dr Okonkwo at the Vermilion clinic said physio but its 3 hours round trip. Any exercises i can do at home",
     [("name", "Okonkwo")], ["Vermilion clinic"]),

    ("Hi, Siobhan here, my boyfriend Cody got sprayed in the face with hydraulic fluid when a line burst on the skid steer. eyes were flushed and the ER checked him. now his cheek has a little hard bump where it hit. Text me 250-719-4480",
     [("name", "Siobhan"), ("name", "Cody"), ("phone", "250-719-4480")], []),

    ("born 12 Feb 1972, male, welder. my eyes feel gritty every night after a day of grinding, even with the shield. my number is 780 621 2210 if its easier to call",
     [("date_of_birth", "12 Feb 1972"), ("phone", "780 621 2210")], []),

    ("I'm Guadalupe Reyes, I pick in the orchards in Wenatchee. We got drift from the next block they were spraying, I got a rash and my eyes burn a little. My son Mateo has a cough now. Can I get seen without insurance? my address is 922 S Mission St Apt 4, Wenatchee WA 98801",
     [("name", "Guadalupe Reyes"), ("name", "Mateo"), ("address", "922 S Mission St Apt 4, Wenatchee WA 98801")], []),

    ("BC PHN 9 087 443 216. Hurt my back loading shakes off the deck, cant bend over to tie my boots. Is a chiropractor ok or should I see the real doctor first",
     [("id_number", "9 087 443 216")], []),

    ("question about my mom Oksana Kovalenko she is 81, lives on the home quarter, NE 22-47-12 W3, and she keeps falling. she refuses to go to the lodge in town",
     [("name", "Oksana Kovalenko"), ("address", "NE 22-47-12 W3")], []),

    ("Hey its Jolene, I drive school bus and grain truck in harvest. my periods have been super heavy for 3 months and i get lightheaded on my route some mornings. my cell 403-382-6615",
     [("name", "Jolene"), ("phone", "403-382-6615")], []),

    ("My husband is Mikey to everybody at the yard, real name Michael Dunleavy. He wont see anyone about the tightness he gets in his chest hauling hay, it goes away when he sits. I made him an appointment for the 14th but hes threatening to cancel.",
     [("name", "Mikey"), ("name", "Michael Dunleavy")], []),

    ("I made a tiktok about my burn scar from the grease fire at the truck stop kitchen, @gravyqueen.lainey, and people are saying i should get the tightness looked at. It pulls when i lift my arm. Burn was 2 yrs ago",
     [("handle", "@gravyqueen.lainey")], []),

    ("MRN 00482913 at Regina General. They did a scan of my head after the quad rollover and I never heard back. Who do I call? Im Darnell Whitehorse, phone 306 525 8830",
     [("id_number", "00482913"), ("name", "Darnell Whitehorse"), ("phone", "306 525 8830")], []),

    ("for my kid Aiyana age 6, she chewed on one of the dog's flea chews, poison control said just watch her. She is fine running around. What signs should I look for tonight",
     [("name", "Aiyana")], []),

    ("Lost the tip of my pinky to a table saw in 2019 and the stump still aches every winter. I'm Gunnar Halvorsen, Williston ND. policy number with BCBS is ND7731920418",
     [("name", "Gunnar Halvorsen"), ("id_number", "ND7731920418")], []),

    ("Please call my neighbor Harold Peet at 519-462-0087 instead of me, I dont have a phone out at the farm. My question: I've got a lump in my armpit the size of a marble, been there a month, don't hurt",
     [("name", "Harold Peet"), ("phone", "519-462-0087")], []),

    ("My daughter Wren (8) goes to Hillcrest Colony School and they had lice and scabies both go through. she is itching at night between her fingers. treatment that works??",
     [("name", "Wren")], ["Hillcrest Colony School"]),

    ("I hunt with my brother-in-law Vinnie every November. He shot himself in the foot 2 yrs ago, it healed but now one toe is dark and numb. He is diabetic. His email is vgiordano62@yahoo.com if you need to ask him",
     [("name", "Vinnie"), ("email", "vgiordano62@yahoo.com")], []),

    ("name is Tomasz Wisniewski I run a dairy 120 head near Woodstock. Got ringworm off the calves again, round patches on my forearm. Tried the cream from Co-op no luck. Ontario health card 7730 214 988 if needed",
     [("name", "Tomasz Wisniewski"), ("id_number", "7730 214 988")], []),

    ("my plate is CKR-4471 (alberta), the RCMP pulled me over and said I was swerving, I told them my vision gets blurry at night. Do I need to get my eyes checked before they take my license? I'm 63",
     [("licence_plate", "CKR-4471")], []),

    ("Ayesha Farah, 29. I work nights at the meat packing plant in Brooks (JBS), cold room. My fingers go white then purple when I come off shift. Started this winter.",
     [("name", "Ayesha Farah")], ["JBS"]),

    ("We're at 27 Connaught Cres, Moosomin SK S0G 3N0. My husband Lyle has been coughing up grey stuff since harvest, he combines without a mask in the dust. Smoker 40 yrs.",
     [("address", "27 Connaught Cres, Moosomin SK S0G 3N0"), ("name", "Lyle")], []),

    ("Hi my name is Ngozi and my husband Chidi drives for a trucking company out of Edmonton. He sleeps in the cab and snores so bad he stops breathing, I can hear it on the phone. How does he get a sleep test when hes never home",
     [("name", "Ngozi"), ("name", "Chidi")], []),

    ("Doc this is Rusty Calhoun, I farm peanuts outside Dothan. DOB 7-19-1958. I got a spot on my ear thats crusty and bleeds when I scratch it, been out in the sun my whole life",
     [("name", "Rusty Calhoun"), ("date_of_birth", "7-19-1958")], []),

    ("if you need pictures of the rash theyre on my facebook, facebook.com/sherri.lyn.bouchard , posted them yesterday. its on both hands after I used a new degreaser at the shop",
     [("url", "facebook.com/sherri.lyn.bouchard")], []),

    ("My son Jaxon, 17, plays hockey for the Humboldt midget team and took a puck to the mouth, front tooth is loose and gray now. dentist in town cant see him for 3 weeks",
     [("name", "Jaxon")], []),

    ("my name is Pierre-Luc Gagnon, je travaille dans le bois near Chibougamau. Chainsaw kicked back 2 weeks ago, stitched at the clinic, but the cut on my thigh is still leaking clear stuff. RAMQ number GAGP 7803 1214",
     [("name", "Pierre-Luc Gagnon"), ("id_number", "GAGP 7803 1214")], []),

    ("Im a trucker, 58, out of Amarillo. My wife Darlene does my paperwork, reach her at dar.hollis@hotmail.com. The company wants a DOT physical and my blood pressure ran high at the last one, what can I do to get it down in 2 weeks",
     [("name", "Darlene"), ("email", "dar.hollis@hotmail.com")], []),
]
