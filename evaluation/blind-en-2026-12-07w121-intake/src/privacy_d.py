# Privacy items with identifiers, part D. Written by hand.

ITEMS = [
    ("wyoming plate 6-4471. parked at the trailhead, elk hunting 5 days. came back and my feet were white and numb, now theyre red and burning and one toe has a blister. Wife says frostbite. Im 49",
     [("licence_plate", "6-4471")], []),

    ("Quebec plate F42 KLM, that's my pickup, my wife Geneviève was driving when the deer hit us. She has a seatbelt bruise across her chest, checked at Hôpital de Chicoutimi, nothing broken. Still sore 5 days later, normal?",
     [("licence_plate", "F42 KLM"), ("name", "Geneviève")], []),

    ("Montana plate 4-71922A is my stock trailer if anybody saw it hit the ditch on 87 last night. I'm ok, banged my knee on the dash. Knee is swollen like a grapefruit today. Name's Wade Lockhart",
     [("licence_plate", "4-71922A"), ("name", "Wade Lockhart")], []),

    ("this is Josie, my handle on the farm forum is hayqueen_josie. my question is about my husband's hearing, 30 years of tractors and guns and he says WHAT to everything. he's 56. does a hearing aid help that kind",
     [("name", "Josie"), ("handle", "hayqueen_josie")], []),

    ("@northernbushpilot on instagram is me, I'm Kristoffer, 40, and I fly into camps. Had my ears plug and hurt on descent with a cold last week, one ear still muffled. Safe to fly?",
     [("handle", "@northernbushpilot"), ("name", "Kristoffer")], []),

    ("facebook.com/groups/ruralmomsofalberta is where I saw this, but my own page is facebook.com/tammy.ruel.35 if you want to message. My 9yo boy has warts all over his fingers from the 4H calf",
     [("url", "facebook.com/tammy.ruel.35")], []),

    ("I write about my life with MS on my blog www.prairiemsgirl.ca, Im Heather, 38. My legs are weaker in the summer heat when I do chores. Is that normal with MS",
     [("url", "www.prairiemsgirl.ca"), ("name", "Heather")], []),

    ("DOB July 4 1976 (yes the 4th of july lol). Boyd Tenney, farmer, Kansas. I have a sore on my lip that scabs and comes back in the same spot for a year. Pipe smoker",
     [("date_of_birth", "July 4 1976"), ("name", "Boyd Tenney")], []),

    ("patient: Ayla Demir, born 17/09/2019. She's my daughter. She keeps pulling her ear and crying at night, no fever. We live in Drumheller",
     [("name", "Ayla Demir"), ("date_of_birth", "17/09/2019")], []),

    ("my dad Lorne Kjelstad, birthdate Oct 8 1944, lives at Box 77, Climax SK S0N 0N0. He's been having nosebleeds that take 20 min to stop, he's on Eliquis",
     [("name", "Lorne Kjelstad"), ("date_of_birth", "Oct 8 1944"), ("address", "Box 77, Climax SK S0N 0N0")], []),

    ("Reply to thefarrierjake@protonmail.com, I'm Jake and I shoe horses for a living. Back is shot at 45, bent over all day. Anything besides pills",
     [("email", "thefarrierjake@protonmail.com"), ("name", "Jake")], []),

    ("my wife reads the email, its wandaandgus@xplornet.com. I'm Gus, 70, and I got a hernia op scheduled in Kamloops next month. How long before I can lift hay bales",
     [("email", "wandaandgus@xplornet.com"), ("name", "Gus")], []),

    ("Hi, I'm Fernanda Oliveira, 26, I work at the mushroom farm in Kennett Square. My nose is stuffy only at work and my eyes water. Is it the mold? email fer.oliveira.26@gmail.com",
     [("name", "Fernanda Oliveira"), ("email", "fer.oliveira.26@gmail.com")], []),

    ("My name is Charlene Nez, I'm in Shiprock. My mother Loretta is 69 and her sugar has been in the 300s for a week even with her pills. She feels tired but ok. How fast does she need to be seen",
     [("name", "Charlene Nez"), ("name", "Loretta")], []),

    ("Isaac Yoder, 33, Amish, I do not have insurance or a card. My neighbor lets me use her phone 330-893-1147. I cut my hand on a sickle bar three weeks ago and the finger won't bend all the way since",
     [("name", "Isaac Yoder"), ("phone", "330-893-1147")], []),

    ("hey it's Luc, I'm a lineman in Sudbury, 30. Got a fishhook in my thumb past the barb this afternoon, pushed it through and cut it off, bleeding stopped. Tetanus shot needed? Last one high school. OHIP 4471-829-330-LB",
     [("name", "Luc"), ("id_number", "4471-829-330-LB")], []),

    ("Please help. My boyfriend Ezekiel is 24 and works in the oil sands. He says his drug test came back positive for something he never took. He takes Advil Cold and Sinus. Could that do it? his employee # is 300117",
     [("name", "Ezekiel"), ("id_number", "300117")], []),

    ("Anita Bhattacharya here. I'm a family doctor in a small town myself but I want a second opinion on my own thing, 52, new palpitations at night. Please email anita.b.md@telus.net",
     [("name", "Anita Bhattacharya"), ("email", "anita.b.md@telus.net")], []),

    ("My wife Gwen and I live at 1450 Mill Creek Rd, Dayton WA. Our grandson, 13, stays with us summers and has a hard red lump on his knee after kneeling on the shop floor",
     [("name", "Gwen"), ("address", "1450 Mill Creek Rd, Dayton WA")], []),

    ("Ok it's Duane from Pincher Creek. I had a cow kick me in the shin in march and the lump is still there, hard as a rock. Number 403-627-3318",
     [("name", "Duane"), ("phone", "403-627-3318")], []),

    ("Name Jae-won Park, 28, I do construction framing. Nail gun went through my boot into the side of my foot yesterday, went to ER they took it out and gave antibiotics. Should it be this swollen today",
     [("name", "Jae-won Park")], []),

    ("my step dad Virgil is 64 and has chewed Copenhagen since he was 12. He has a white patch on the inside of his cheek. He lives at 219 Second St NE, Wadena MN and won't go in",
     [("name", "Virgil"), ("address", "219 Second St NE, Wadena MN")], []),

    ("I'm Thandiwe, 36, nurse aid at Golden Acres lodge, and my back is killing me from lifting residents. WCB claim 5512098 is open. Can I ask for lighter duty",
     [("name", "Thandiwe"), ("id_number", "5512098")], ["Golden Acres lodge"]),

    ("my tiktok @okie_hayhauler has 10k followers and everyone is telling me my mole changed, its on my back, bigger and darker. I'm 41 male. Should I get it checked soon",
     [("handle", "@okie_hayhauler")], []),

    ("Reach me at lisa.marie.haugen@gmail.com. Lisa Haugen, 47, I milk 60 cows twice a day. Both shoulders ache at night and I cant sleep on either side",
     [("email", "lisa.marie.haugen@gmail.com"), ("name", "Lisa Haugen")], []),

    ("We are the Delorme family, Métis, our kids are Riel (5) and Annie (2). Both have had colds for 3 weeks, runny noses, they go to the Head Start program in Île-à-la-Crosse. Normal?",
     [("name", "Delorme"), ("name", "Riel"), ("name", "Annie")], ["the Head Start program in Île-à-la-Crosse"]),

    ("asking about my coworker Rashid who passed out for a second at the shop yesterday in the heat. He drank water and felt fine, went back to work. He's 50. He should see someone right?",
     [("name", "Rashid")], []),

    ("Hello. I'm Olga, 60. Husband Stepan has a swollen big toe, red and so painful he can't have a sheet on it. Second time this year. We live at 45 Main St, Two Hills AB",
     [("name", "Olga"), ("name", "Stepan"), ("address", "45 Main St, Two Hills AB")], []),

    ("NHS number 485 777 3456 from when I lived in England. Now I work on a ranch in BC. Do I need to get my vaccines redone? I'm 25, girl, name Poppy",
     [("id_number", "485 777 3456"), ("name", "Poppy")], []),

    ("my buddy's plate is ALB-9281, he's a trucker out of North Dakota, and he gave me a ride when my truck broke down. anyway he coughed the whole way and now I have it too, 3 days, sore throat, no fever",
     [("licence_plate", "ALB-9281")], []),

    ("Mariana Castillo, 22, I'm studying ag at Olds College, student number 000845211. I have really bad cramps with my period, miss class 2 days a month.",
     [("name", "Mariana Castillo"), ("id_number", "000845211")], ["Olds College"]),

    ("Hey its Cal Redfern. DOB 2/2/1990. Roughneck, 6 months on the rig, my hearing is ringing all the time now even on days off",
     [("name", "Cal Redfern"), ("date_of_birth", "2/2/1990")], []),

    ("I'm Norma Jean Pickett, 73, widow, live by myself at 12 Hollow Rd, Hazard KY. My legs have these purple veins that ache by evening. My granddaughter Kaylee set up this account",
     [("name", "Norma Jean Pickett"), ("name", "Kaylee"), ("address", "12 Hollow Rd, Hazard KY")], []),

    ("Sorry to bother. Grant Yellowfly. I had gout before and the allopurinol makes my skin itchy. Can I switch? My health card # is 22917-4408",
     [("name", "Grant Yellowfly"), ("id_number", "22917-4408")], []),

    ("Hola, soy Alejandro, tengo 31. I work in the sugar beet harvest in Minnesota. Sore throat and fever since Sunday. my boss's number is 218-281-6630 cause mine is broken",
     [("name", "Alejandro"), ("phone", "218-281-6630")], []),

    ("For my son Ethan Kowalski, DOB 05 May 2008, he's 16, broke his wrist snowboarding, cast off last week and it's stiff as a board. Physio or wait?",
     [("name", "Ethan Kowalski"), ("date_of_birth", "05 May 2008")], []),

    ("I vlog at rumble.com/c/TruckerTonyTalks, my followers keep asking about my legs, they swell up on long runs and I get a dent when I press. Anthony, 55",
     [("url", "rumble.com/c/TruckerTonyTalks"), ("name", "Anthony")], []),

    ("here's my strava strava.com/athletes/88210443 so you can see my heart rate. I'm 46, I farm and run, and my resting heart rate is 42. is that too low",
     [("url", "strava.com/athletes/88210443")], []),
]
