# Privacy items with identifiers, part 4 (written by hand, writer 137)

ITEMS = [
    ("Will this heal on its own? Will, my husband, tore his calf playing squash on Thursday, felt like someone kicked him. He's 46 and limping. - Trudy",
     [("name", "Will", 2), ("name", "Trudy")], []),

    ("May I ask about my daughter? May is 12 and gets a wheeze every time she runs cross country in the cold. Her inhaler doesn't seem to help much. Teacher at Brookside Middle says she goes purple-ish in the face after. Contact: 07700 900332",
     [("name", "May", 2), ("phone", "07700 900332")], ["Brookside Middle"]),

    ("Heya, I'm a snowboarder (insta @shred_betty_nz) and I landed a jump badly at Cardrona, now my wrist is sore on the thumb side, in the snuffbox bit. The medical centre there said sprain, no xray. 5 days later still sore. Should I push for an xray?",
     [("handle", "@shred_betty_nz")], []),

    ("Cross-posting for my neighbour, Mr. Hollings (Bert), 84, who won't use computers. He walks his dog on the cliffs every day and has been short of breath for a month going up the steps. His address is 2 Coastguard Cottages, Mundesley. What should he do?",
     [("name", "Hollings"), ("name", "Bert"), ("address", "2 Coastguard Cottages, Mundesley")], []),

    ("I'm a 31yo rock climber and I want to start the pill but I'm worried about clots because I do long drives to the crags and flights to Kalymnos. My doctor last time was Dr. Ashworth. Date of birth 08/05/1993. Email: climb.zoe@example.com - Zoe",
     [("name", "Ashworth"), ("date_of_birth", "08/05/1993"), ("email", "climb.zoe@example.com"), ("name", "Zoe")], []),

    ("my son's been sent home from the Scouts camp with pink eye. He's 10, called Alfie. The leader (Akela, real name Steph) says the whole patrol has it. Can he go back on Monday if we use drops? Our tel. is 01632 960 418.",
     [("name", "Alfie"), ("name", "Steph"), ("phone", "01632 960 418")], []),

    ("Hi I'm Lindiwe, 33. We drove from Johannesburg to the Kruger and I got bitten by loads of mosquitoes. I didn't take malaria pills. Day 10 now, mild headache only. Test? My car's hire reg was CA 000-123 if the travel clinic asks about the route.",
     [("name", "Lindiwe"), ("licence_plate", "CA 000-123")], []),

    ("Question re my husband Ewan's blood test: his CK was 12,000 after a spin class. He's 35 and fine now. He's registered at the Portobello Health Centre, CHI number 0101010101. What does that mean?",
     [("name", "Ewan"), ("id_number", "0101010101")], ["Portobello Health Centre"]),

    ("Can my daughter Summer still do her dance exam with a verruca? She's 9. The exam is at the Pavlova School of Dance next weekend. Her teacher Miss Claudette says other girls could catch it. Thanks, Rachel (rachel.h.mum@example.com)",
     [("name", "Summer"), ("name", "Claudette"), ("name", "Rachel"), ("email", "rachel.h.mum@example.com")], ["Pavlova School of Dance"]),

    ("I'm organising the work fun run for Brightwater Energy staff and one guy, Chris Malone, asked if he can run with his insulin pump. I don't know. His line manager said to ask. I'm Harriet in HR, ext. 555-0190.",
     [("name", "Chris Malone"), ("name", "Harriet"), ("phone", "555-0190")], ["Brightwater Energy"]),

    ("My ex, Darren, used to play rugby league and now at 40 has a bad hip. The kids are worried. He asked me to ask since I'm on here. He lives at 19 Moorside Avenue, Wigan. Does he need a hip replacement this young?",
     [("name", "Darren"), ("address", "19 Moorside Avenue, Wigan")], []),

    ("Hi, I'm Aleksander Nowak, 52, bus driver (badge 00731). I started cycling to lose weight and my knees hurt at the front going uphill. My saddle may be too low? My bike fit person is at Spokes & Co. Any advice?",
     [("name", "Aleksander Nowak"), ("id_number", "00731")], []),

    ("I know you can't diagnose online, but my brother Theo (31) came back from a climbing trip in Yosemite and has a bullseye rash on his thigh. I'm worried about Lyme. I posted a pic at imgur.com/fake-theo-rash-01. I'm Isabel.",
     [("name", "Theo"), ("url", "imgur.com/fake-theo-rash-01"), ("name", "Isabel")], []),

    ("hi, my gym buddy @deadlift_dev is 24 and taking some pre-workout from a dodgy website, his heart races and he can't sleep. he wont listen to me. what's in these things that does that? - jas",
     [("handle", "@deadlift_dev"), ("name", "jas")], []),

    ("Our 13yo, Matilda, keeps fainting when she stands up quickly after netball. She's very tall and skinny. GP is Dr Winterbottom at Harbour View Medical. Her Medicare number is 3123 45671 2. What tests should we ask for?",
     [("name", "Matilda"), ("name", "Winterbottom"), ("id_number", "3123 45671 2")], ["Harbour View Medical"]),

    ("Hello, I am Father Jerome from St Columba's parish. One of our elderly parishioners, Nora, 90, walks to mass daily but her feet are swollen and purple-ish. Her nephew Liam drives her on Sundays (his car is BD15 HJK). Should she see someone?",
     [("name", "Jerome"), ("name", "Nora"), ("name", "Liam"), ("licence_plate", "BD15 HJK")], []),

    ("I'm Keanu, 20, I do kapa haka and touch rugby, and I've got a bump on my collarbone after falling onto my shoulder 6 weeks ago. It doesn't hurt anymore. My number 022 555 0101. Normal healing?",
     [("name", "Keanu"), ("phone", "022 555 0101")], []),

    ("I'm writing because my husband Ravi is doing Everest Base Camp trek with his friend Sunil in October. Ravi is 55, on metformin for type 2. Ravi's email is ravi.k.trek@example.com if you can reply to him directly. Does he need to adjust his dose?",
     [("name", "Ravi"), ("name", "Sunil"), ("email", "ravi.k.trek@example.com")], []),

    ("Lifeguard here (Bondi Surf Bathers' member 000-4412). I keep getting cold sores after long days in the sun. Can I get aciclovir to take before shifts? Name: Mitchell Harding. DOB 1 April 1998.",
     [("id_number", "000-4412"), ("name", "Mitchell Harding"), ("date_of_birth", "1 April 1998")], []),

    ("My little girl Aoife (6) had her tonsils out last week, and her big sister Clodagh's Irish dancing feis is on Saturday. Can Aoife travel in the car for 2 hours to watch? We're in 7 Shannon Heights, Limerick.",
     [("name", "Aoife"), ("name", "Clodagh"), ("address", "7 Shannon Heights, Limerick")], []),

    ("ok so i'm 19 and did my first half marathon yesterday and my nipples bled through my shirt lol. my mates (benji and kai) think its hilarious. will they scar? also my knee hurts. posting from my brother's account, he's @trav_the_bear",
     [("name", "benji"), ("name", "kai"), ("handle", "@trav_the_bear")], []),

    ("Hello. Lots of people in my Facebook hiking group (facebook.com/groups/fake-peakbaggers-000) have asked about the tick disease in Europe before hiking in Austria. I'm 44 and going in June. Should I get the TBE vaccine? - Gillian Ross",
     [("url", "facebook.com/groups/fake-peakbaggers-000"), ("name", "Gillian Ross")], []),

    ("I work as a groundsman at Fairholme Golf Club and got a load of bites from harvest mites on my legs. It's been 2 weeks of itching. I'm Jim, 62. What's the best cream?",
     [("name", "Jim")], ["Fairholme Golf Club"]),

    ("I'm a mum from Calgary. My son Brody, 15, plays junior A hockey and gets a sharp pain in his groin when he skates hard. Team trainer Curtis thinks sports hernia. Brody's DOB is 2009-03-14. Can you recommend who to see?",
     [("name", "Brody"), ("name", "Curtis"), ("date_of_birth", "2009-03-14")], []),

    ("Hi, I am Marisol, 41, on a diving holiday in Dahab. After my second dive of the day my shoulder aches deep inside, it started 3 hours after surfacing and is constant. The dive centre is at Fake Lighthouse Road 5, Dahab. Could it be the bends?",
     [("name", "Marisol"), ("address", "Fake Lighthouse Road 5, Dahab")], []),

    ("I'm a parent volunteer driving the kids to the regional cross-country. One boy, Jaxon, has a peanut allergy and I've been handed his EpiPen. What's the right way to use it if needed? His mum is Carly, 0491 570 313.",
     [("name", "Jaxon"), ("name", "Carly"), ("phone", "0491 570 313")], []),

    ("Does a 2nd degree hamstring tear need a scan? I'm 30, play Gaelic football for Naomh Fionnbarra, and the club physio Ciara reckons 6 weeks out. Email me at cian.gaa@example.ie",
     [("name", "Ciara"), ("email", "cian.gaa@example.ie")], []),

    ("we got back from Fiji and my wife's got a nasty ear ache from diving, her ear is leaking a bit. she's 37 and her name is Losana. we live at 3/45 Harbour Street, Wollongong. can it wait for the GP on monday?",
     [("name", "Losana"), ("address", "3/45 Harbour Street, Wollongong")], []),

    ("Hey there, I'm 27 and I'm a Deliveroo rider in Manchester, cycle about 80km a day. Numb bum and numb bits after shifts. Is this a saddle thing? My rider ID is DR-0000451. Name's Kwame.",
     [("id_number", "DR-0000451"), ("name", "Kwame")], []),

    ("My son Hunter is 8 and just started BMX at the Thunder Valley track. He's had two crashes and hit his chin both times. His front tooth is now a bit grey. Dentist Dr. Pham can't see him until next month. Our email bmxmom.fake@example.com",
     [("name", "Hunter"), ("name", "Pham"), ("email", "bmxmom.fake@example.com")], []),

    ("Hi. I'm Gwen, 36. I'm a ranger at Snowdonia and I got bitten by an adder on the hand 3 months ago, treated in Bangor with antivenom. My hand still swells when hot. Is that normal? My work ID SNP-0993.",
     [("name", "Gwen"), ("id_number", "SNP-0993")], []),

    ("Can my husband, Duncan McLeod, 64, go on the Inca Trail with his heart stent? It was put in 2 years ago. Cardiologist Dr. Amira Haddad said he's fine for exercise. Duncan's passport no. is 000123456. Replies to 0412 555 209 please.",
     [("name", "Duncan McLeod"), ("name", "Amira Haddad"), ("id_number", "000123456"), ("phone", "0412 555 209")], []),

    ("Hiya, Jodie here, 23, I'm a barista at Bean There café and I've been getting migraines after my HIIT classes. Is it the caffeine? My class instructor's ig is @hiit_with_hollie.",
     [("name", "Jodie"), ("handle", "@hiit_with_hollie")], ["Bean There café"]),

    ("My mum is 75, she was a marathon runner in the 80s, now she's got osteoarthritis in both knees. Her name is Valerie Sutton, born 16/07/1949, and she's under Mr Greaves for a possible knee replacement. How do we decide between injections and surgery?",
     [("name", "Valerie Sutton"), ("date_of_birth", "16/07/1949"), ("name", "Greaves")], []),

    ("I run a surf school and the kids' parents keep asking about sunscreen allergies. My student Amara, 11, broke out in itchy bumps after using the new zinc. Her parents' number is 021 555 0188. Cheers, Nikau.",
     [("name", "Amara"), ("phone", "021 555 0188"), ("name", "Nikau")], []),

    ("Hi, my strava handle is @ultra_kez and I'm running 100 miles a week. Female, 29. Haven't had a period in 8 months. Coach says great, no distractions. My GP hasn't got back. Should I worry?",
     [("handle", "@ultra_kez")], []),

    ("Im a delivery van driver, reg on the van is WN70 OPQ, and I got bitten by a dog on a drop today, its broke the skin on my calf. Owner said the dog is vaccinated. Do I need a tetanus? Nobody at depot knows. - Lee",
     [("licence_plate", "WN70 OPQ"), ("name", "Lee")], []),

    ("Dear Sir/Madam, my son Arjun Sharma, who is a student at Mapleton Grammar (student no. MG-0455), hurt his wrist in a volleyball match on Monday. It is still swollen. We are visiting from Delhi. Where should we take him? Regards, Sunita Sharma",
     [("name", "Arjun Sharma"), ("id_number", "MG-0455"), ("name", "Sunita Sharma")], ["Mapleton Grammar"]),

    ("I'm Callie, 28, from Auckland, and my partner Tane and I are doing a kayaking trip in the Abel Tasman. I'm 10 weeks pregnant. Tane thinks I shouldn't paddle. Is kayaking okay in the first trimester? Our trip booking ref is ABT-000771.",
     [("name", "Callie"), ("name", "Tane"), ("id_number", "ABT-000771")], []),

    ("hey, my friend Morgan (they/them, 22) took some edibles at a festival last weekend and still feels a bit spaced out. They're ok otherwise, eating and sleeping. Is this normal? I'm Riley, riley.fest@example.com",
     [("name", "Morgan"), ("name", "Riley"), ("email", "riley.fest@example.com")], []),
]
