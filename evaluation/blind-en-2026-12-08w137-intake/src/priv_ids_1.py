# Privacy items with identifiers, part 1 (written by hand, writer 137)
# (text, [(type, span) or (type, span, occurrence)], [quasi])

ITEMS = [
    ("Hi, I'm Jess Halloran, 34, training for Berlin. Since week 12 of my plan I get a sharp pain on the outside of my right knee about 6 miles into every long run. Physio thinks ITB. Can I keep running through it? My Strava is strava.com/athletes/00012345 if you want to see the mileage.",
     [("name", "Jess Halloran"), ("url", "strava.com/athletes/00012345")], []),

    ("my son Callum (14) plays U15s for Ashgrove Rovers and has had a lump under his kneecap for months, coach says its Osgood-Schlatter. he's at Kingsmead Academy and the PE teacher Mr Doyle wants a doctors note before he does cross country. can someone ring me on 07700 900412. thanks, Lisa",
     [("name", "Callum"), ("name", "Doyle"), ("name", "Lisa"), ("phone", "07700 900412")], ["Kingsmead Academy"]),

    ("Booked for Kilimanjaro in Feb, Lemosho route. I'm on lisinopril 10mg for blood pressure. Is Diamox safe with that? Passport no. for the permit is PX0048213 if the travel clinic needs it. Raj Patel, DOB 02/11/1979",
     [("name", "Raj Patel"), ("id_number", "PX0048213"), ("date_of_birth", "02/11/1979")], []),

    ("Hello Doctor, I'm writing for my father, Ken Whitaker (NHS number 999 012 3456). He is 71 and still does the Sunday club ride with the Tynedale Wheelers. On the last two rides his Garmin showed a heart rate of 190 while he said he felt fine. Should he stop riding until he is seen? Please reply to whitaker.sue@example.co.uk",
     [("name", "Ken Whitaker"), ("id_number", "999 012 3456"), ("email", "whitaker.sue@example.co.uk")], []),

    ("Got stung by something in the water at Bondi yesterday arvo, long red welts across my forearm in a line, still stings a bit today. Bluebottle probably? Im staying at Unit 3, 14 Gullwing Parade, Bondi Beach if a GP does home visits lol. Name's Tom.",
     [("address", "Unit 3, 14 Gullwing Parade, Bondi Beach"), ("name", "Tom")], []),

    ("I coach the under-12 netball at Riverside Primary. One of my girls, Amelia Grant, keeps getting dizzy at the end of training and her mum Kate says she skips lunch. Is this a sugar thing or should she get bloods? Kate's number is 0412 555 018 if a nurse could call her.",
     [("name", "Amelia Grant"), ("name", "Kate"), ("phone", "0412 555 018")], ["Riverside Primary"]),

    ("Dive trip to Tulum last month, did 3 cenote dives a day. Since getting back I've had tingling in both hands on and off. My PADI number is 0000-11-2233 and the dive shop was Cenote Azul Divers. Is this DCS so late? - Marco Bellini",
     [("id_number", "0000-11-2233"), ("name", "Marco Bellini")], []),

    ("hey so my mate robbo came off his mtb at the trail centre on saturday, landed on his shoulder, says it clicks and he cant lift his arm above his head. hes too stubborn to ask so im asking for him lol. hes 29. my insta is @gnarly_gemma_rides if you want to dm",
     [("name", "robbo"), ("handle", "@gnarly_gemma_rides")], []),

    ("Can you check my travel vaccines? Off to Ghana for 6 weeks volunteering. I had hep A in 2019 but not sure about yellow fever. My name is Chidinma Okafor, born 17 August 1996, GP surgery is the Elm Street practice. Email chidi.okafor@example.com",
     [("name", "Chidinma Okafor"), ("date_of_birth", "17 August 1996"), ("email", "chidi.okafor@example.com")], ["Elm Street practice"]),

    ("Question about my daughter Freya. She's 16 and climbs competitively with Boulder Barn youth squad. Her fingers (ring finger especially) are swollen at the middle joint after comps. Coach Danny says it's a pulley thing. Our membership no. at the wall is BB-20417 if the physio there needs to reference it. - Mark",
     [("name", "Freya"), ("name", "Danny"), ("id_number", "BB-20417"), ("name", "Mark")], []),

    ("I was the driver who took my friend to A&E after our hike - we parked at the trailhead in my car, reg YK17 ZPT, and the ranger said they'd log it. My friend Aisha had a suspected snake bite that turned out to be dry. Do we need any follow-up bloods?",
     [("licence_plate", "YK17 ZPT"), ("name", "Aisha")], []),

    ("Member #00451-A at Ironworks Gym, I'm 42, just started heavy deadlifts with my PT (Shaun) and I get a dull ache in my lower back the next day. Normal DOMS or should I stop? Phone 020 7946 0321 if easier. - Deb Kowalski",
     [("id_number", "00451-A"), ("name", "Shaun"), ("phone", "020 7946 0321"), ("name", "Deb Kowalski")], []),

    ("Hi, this is Aroha from Rotorua. My brother Wiremu got pretty sunburnt on the Tongariro crossing, big blisters on his shoulders, he's 19. Should they be popped? Our place is 22 Kowhai Terrace, Ngongotaha.",
     [("name", "Aroha"), ("name", "Wiremu"), ("address", "22 Kowhai Terrace, Ngongotaha")], []),

    ("I'm Sgt. Pete Lawson, run the unit 10k club at work. Getting a lot of shin pain in the new recruits. Is it shin splints or stress fracture and when should they get an x-ray? You can email me at p.lawson.fake@example.org",
     [("name", "Pete Lawson"), ("email", "p.lawson.fake@example.org")], []),

    ("after my trip to bali i've had diarrhoea on and off for 3 weeks. doc at the clinic in Ubud gave me cipro but it came back. my travel insurance claim number is TRV-88231-01 and they want a doctor's letter. name jodie mcintyre",
     [("id_number", "TRV-88231-01"), ("name", "jodie mcintyre")], []),

    ("Our son Noah Fitzgerald (DOB 05/09/2012) hit his head on the ice at hockey practice on Tuesday, helmet on. He's been fine, but his coach at the Maple Leafs Minor Hockey club wants a return-to-play note. His health card number is 0000-123-456-XY. Can a doctor online write that?",
     [("name", "Noah Fitzgerald"), ("date_of_birth", "05/09/2012"), ("id_number", "0000-123-456-XY")], []),

    ("Hiya, it's Shelley. My partner Gaz was stung by a weever fish paddling at Woolacombe, foot throbbing like mad. We soaked it in hot water and it's easing. Anything else we should do? Text 07700 900881.",
     [("name", "Shelley"), ("name", "Gaz"), ("phone", "07700 900881")], []),

    ("I'm a 58 yo woman, do aqua aerobics 3x a week at the Westgate leisure centre, my ears keep getting blocked and itchy. Dr. Anand Mehta prescribed drops last year but I lost the name. My medical record number is MRN 0044712. Thank you, Margaret Lyons",
     [("name", "Anand Mehta"), ("id_number", "0044712"), ("name", "Margaret Lyons")], []),

    ("Training for the Ironman in Cairns. My swim coach said to ask about asthma because I wheeze after the 3km sets. I have a salbutamol puffer from when I was a kid. Here's my training log: https://www.trainingpeaks.com/athlete/fake-0091 - cheers, Brendan",
     [("url", "https://www.trainingpeaks.com/athlete/fake-0091"), ("name", "Brendan")], []),

    ("My wife Sunita is 31 weeks pregnant and we are meant to fly Auckland to London next week. Is that allowed? Her obstetrician is Dr Helen Park at the Remuera Women's Clinic. Contact me on 021 555 0134. - Vikram",
     [("name", "Sunita"), ("name", "Helen Park"), ("phone", "021 555 0134"), ("name", "Vikram")], ["Remuera Women's Clinic"]),

    ("Hi there, posted about this on my running account @the_slow_lane_sam and people said to ask a real doctor: black toenail on both big toes after the Comrades. Do I need to drain them or leave them?",
     [("handle", "@the_slow_lane_sam")], []),

    ("my little one (Poppy, 3) got bitten by a tick on a camping weekend in the New Forest. I pulled it out with tweezers. Theres a small red spot, no bullseye. do we need antibiotics? For the GP our address is 9 Bramble Close, Lyndhurst SO43 7ZZ.",
     [("name", "Poppy"), ("address", "9 Bramble Close, Lyndhurst SO43 7ZZ")], []),

    ("Please help. I'm Dan Reilly, 38, a firefighter, I did the stair climb charity event and now my quads are crazy sore and my pee looks like cola. Employee ID 00-7734 if the occ health people need it. My partner's cell is (555) 014-2291.",
     [("name", "Dan Reilly"), ("id_number", "00-7734"), ("phone", "(555) 014-2291")], []),

    ("Is it normal for a 12 year old to get nosebleeds after swimming? My daughter Isla swims for the Tauranga Tridents, trains 6 mornings a week. Her coach Mel says lots of the kids do. I'm at isla.mum.nz@example.net",
     [("name", "Isla"), ("name", "Mel"), ("email", "isla.mum.nz@example.net")], []),

    ("Went to see Dr. Ofori about my Achilles last week and he said to do eccentric heel drops. I'm a 45 yo masters sprinter. Is it okay to still race at the county champs this weekend? My athlete registration number is EA-0099887. Thanks, Beverley",
     [("name", "Ofori"), ("id_number", "EA-0099887"), ("name", "Beverley")], []),

    ("Backpacking through Peru. Got to Cusco two days ago and I've a pounding headache and no appetite. Staying at the hostel at Calle Fake 123, San Blas. My travel buddy Niamh has it too but milder. Should we go back down or wait it out? Using my friend's phone +51 900 000 111",
     [("address", "Calle Fake 123, San Blas"), ("name", "Niamh"), ("phone", "+51 900 000 111")], []),

    ("Writing on behalf of Grandad (Albert Moss, born 12 March 1941). He does walking football twice a week and says his ankles swell by the evening. He's on amlodipine. Is it the tablets? His pension number / patient no. is 999 876 5432.",
     [("name", "Albert Moss"), ("date_of_birth", "12 March 1941"), ("id_number", "999 876 5432")], []),

    ("Skiing in Whistler, fell on a blue run and my thumb bent back on the pole strap. It's swollen at the base and pinching hurts. Ski patrol said skier's thumb. I'm at the rental at 4410 Snowcrest Way, Whistler. Is it a brace or surgery thing? - Kyle",
     [("address", "4410 Snowcrest Way, Whistler"), ("name", "Kyle")], []),

    ("hi doc, its me again, Priya. remember i asked about my runner's knee? well the physio Olivia at the uni sports clinic said to rest 2 wks but our league final is saturday. my student number is S0012398 for the uni health service. can i play with tape?",
     [("name", "Priya"), ("name", "Olivia"), ("id_number", "S0012398")], []),

    ("My car (WA plate 1ABC-234) broke down on the Nullarbor and we were out in 45 degree heat for 5 hours before help came. My wife Jo has been vomiting since and has a headache, she is drinking now. Do we need to get her seen or just rest?",
     [("licence_plate", "1ABC-234"), ("name", "Jo")], []),

    ("Hello. My husband Gordon, 66, collapsed during his parkrun three years ago and had a stent put in. He wants to go back to parkrun at Hampstead Heath. His cardiologist was Dr Fiona Reid. Could I ask what heart rate limit he should keep to? My email is g.and.j.ferguson@example.com",
     [("name", "Gordon"), ("name", "Fiona Reid"), ("email", "g.and.j.ferguson@example.com")], []),

    ("Surfed at Raglan on the weekend and now my right ear feels full and muffled, no pain. Could it be surfer's ear? I'm Hemi, 27, my Insta is hemi.surfs.nz, I can send a pic of the ear canal lol",
     [("name", "Hemi"), ("handle", "hemi.surfs.nz")], []),

    ("Hi, my 15yo son Ethan has a red rash in his groin after rugby camp at St Aidan's College. Itchy, ring shaped edges. Jock itch? School nurse is Mrs Blackwood, she said to check with a doctor. Policy number for our health insurance is NIB-00314562.",
     [("name", "Ethan"), ("name", "Blackwood"), ("id_number", "NIB-00314562")], ["St Aidan's College"]),

    ("I run a bootcamp in the park on Tuesdays and a client, Marguerite, fainted during burpees (came round straight away, ate a banana, fine after). She's 52. Should I insist she see her GP before coming back? I'm Carla, carla.fitbootcamp@example.com",
     [("name", "Marguerite"), ("name", "Carla"), ("email", "carla.fitbootcamp@example.com")], []),

    ("Got back from a month in Thailand and Cambodia, fevers every other day with shaking chills, the last one 2 days ago. I'm 24. Staying with my parents at 61 Larchmont Road, Hove. Should I ask for a malaria test? My name is Oliver Tran.",
     [("address", "61 Larchmont Road, Hove"), ("name", "Oliver Tran")], []),

    ("hi i'm lucy, 22, rowing for the uni first VIII. my lower ribs on the left hurt when i take a deep breath, worse on the erg. coach (Fergus) thinks rib stress fracture. my strava is strava.com/athletes/99900017, you can see the volume went up a lot in january",
     [("name", "lucy"), ("name", "Fergus"), ("url", "strava.com/athletes/99900017")], []),

    ("Our family drove up to Mt Hotham and my 8 year old, Ruby, has been really tired and had a nosebleed. Our car is registered 1XY-9ZZ if the resort medical centre needs it. Is it the altitude? It's only 1,800m.",
     [("name", "Ruby"), ("licence_plate", "1XY-9ZZ")], []),

    ("Dear doctor, I am Hamid Rezaei, date of birth 23/04/1968. I walk 10 km every morning. Since two weeks my left calf cramps after 400 metres and goes away when I stand still. I am a smoker. My insurance member ID is AXA-000-55-1234. Please advise.",
     [("name", "Hamid Rezaei"), ("date_of_birth", "23/04/1968"), ("id_number", "AXA-000-55-1234")], []),

    ("So embarrassing, did a charity swim in the harbour and now I've got the worst trots. My mate Big Tony did it too and he's fine. My number's 0400 555 902, I'm Sheree. Do I need a stool test?",
     [("name", "Big Tony"), ("phone", "0400 555 902"), ("name", "Sheree")], []),

    ("My daughter Maisie is 10 and plays for the Harlow Hawks. She got an elbow in the eye at the match, it's bruised and she says lights look a bit starry. Her school is Oakfield Junior, they have the inter-school cup Friday. Our home is 5 Fenwick Gardens, Harlow. Can she play with goggles?",
     [("name", "Maisie"), ("address", "5 Fenwick Gardens, Harlow")], ["Oakfield Junior"]),
]
