# Privacy items with identifiers, part 2 (written by hand, writer 137)

ITEMS = [
    ("Hi, I'm 67 and have had a dry cough for about 5 weeks since I started lisinopril. Could that be the cause? My GP is Dr. Susan Achterberg. I'd rather not wait for an appointment. - Elaine Marsh, 07700 900127",
     [("name", "Susan Achterberg"), ("name", "Elaine Marsh"), ("phone", "07700 900127")], []),

    ("My boyfriend Jayden got a new tattoo on his calf 4 days ago and it's red and warm round the edges. The parlour is Ink Theory on the high street. He won't go to the doctor. He's 23. I'm Kayla btw",
     [("name", "Jayden"), ("name", "Kayla")], []),

    ("I'm due to do the Three Peaks Challenge with work (Harrow & Finch Solicitors) next month. I had my gallbladder out 8 weeks ago, keyhole. Is it too soon? Staff number HF-00213. Nadia Qureshi",
     [("id_number", "HF-00213"), ("name", "Nadia Qureshi")], ["Harrow & Finch Solicitors"]),

    ("Quick one: my 6yo twins Leo and Archie both have hand foot and mouth I think. Can they still go to swimming lessons at the Aquadome on Saturday? Leo's blisters have crusted. - their dad, Sam",
     [("name", "Leo"), ("name", "Archie"), ("name", "Sam")], []),

    ("I'm an Aussie nurse working in Canada, originally from Perth. Since I moved to Calgary my eczema has exploded with the cold dry air. Any tips? My Alberta health number is 00000-1234. Emily Kovac, born 30 Jan 1991.",
     [("id_number", "00000-1234"), ("name", "Emily Kovac"), ("date_of_birth", "30 Jan 1991")], []),

    ("Following my ultra (Lakeland 100) my left foot top is swollen and sore over the laces area. I finished in 38h. Bib number was 1147 and the race medics noted it at Coniston. Extensor tendonitis or stress fracture? Cheers, Gav",
     [("id_number", "1147"), ("name", "Gav")], []),

    ("Can someone tell me whether my results are okay? My ferritin came back at 9 and I'm a marathon runner who's knackered all the time. I'm Hannah Li, my results are on the portal under patient number 77-00-31 at Clifton Lodge Surgery.",
     [("name", "Hannah Li"), ("id_number", "77-00-31")], ["Clifton Lodge Surgery"]),

    ("Hi doc, Dwayne here, 41, security guard on nights. Doing CrossFit before shifts and getting heartburn every single night. My box is CrossFit Docklands. Is it the workout or the shift pattern? Reach me at dwayne.o.fit@example.com",
     [("name", "Dwayne"), ("email", "dwayne.o.fit@example.com")], []),

    ("We're a couple on a campervan trip round the South Island, van rego is KZT412. My husband Graeme has had a sore red eye since swimming in a lake at Wanaka, he wears contacts. Is this serious?",
     [("licence_plate", "KZT412"), ("name", "Graeme")], []),

    ("My mum, Patricia Doherty, 82, lives on her own at 3 Carrow Lane, Ballina. She had a fall in the garden yesterday, no injury she says, but I'm worried she's getting unsteady. Could she get a physio referral for balance? Her DOB is 14/06/1942.",
     [("name", "Patricia Doherty"), ("address", "3 Carrow Lane, Ballina"), ("date_of_birth", "14/06/1942")], []),

    ("hey im 17 and play AFL for the Glenelg juniors. copped a knee to the thigh and now theres a hard lump in my quad 2 weeks later. my physio at school (Mrs Tan) said to ask a doc about myositis ossificans?? my snap is glenelg_kid05. -jack",
     [("name", "Tan"), ("handle", "glenelg_kid05"), ("name", "jack")], []),

    ("I lead hiking groups for Peak Wanderers and one of our regulars, Colin, told me he has a pacemaker. We're planning a trip to the Dolomites. Does altitude matter for pacemakers? I'm Rosalind, ros.hikes@example.org",
     [("name", "Colin"), ("name", "Rosalind"), ("email", "ros.hikes@example.org")], []),

    ("Posting for my flatmate Siobhan who had a lot to drink at a hen do in Magaluf and now has a really painful swollen ear piercing. She's 26. Our Airbnb is at Carrer de la Prova 8, Magaluf. Does she need antibiotics?",
     [("name", "Siobhan"), ("address", "Carrer de la Prova 8, Magaluf")], []),

    ("My swimming coach posted a video of my stroke on her page (youtube.com/@coach_bea_swims) and another swimmer said my shoulder looks like it's impinging. It does click. I'm 15. My mum Renee said to ask here.",
     [("url", "youtube.com/@coach_bea_swims"), ("name", "Renee")], []),

    ("Hello, I'm Abdul, 34. Got bitten by a monkey at the temple in Ubud yesterday, small scratch on my hand. I've had no rabies vaccine. Hotel is the Villa Fakeindah, Jalan Contoh 12, Ubud. Phone +62 800 0000 123. What should I do?",
     [("name", "Abdul"), ("address", "Jalan Contoh 12, Ubud"), ("phone", "+62 800 0000 123")], []),

    ("Our U10 soccer team had a kid faint in the heat last Saturday at Lakeside Park, recovered quickly. Her name is Sofia Delgado. As coach I want to know if we need a heat policy. Her parent's email sdelgado.fam@example.com. I'm Coach Trev.",
     [("name", "Sofia Delgado"), ("email", "sdelgado.fam@example.com"), ("name", "Trev")], []),

    ("Hi, Mrs. Okonkwo here. My son Chukwuemeka, 19, trains as a boxer at Repton Boxing Club and has had three headaches this week after sparring. He won't stop. His NHS number is 999 222 3344. What signs should I watch for?",
     [("name", "Okonkwo"), ("name", "Chukwuemeka"), ("id_number", "999 222 3344")], []),

    ("I'm a sales rep, drive a lot (company car LB21 XRT), and get pins and needles in my right leg after long drives. Then it goes. I'm 48. Could it be my back? - Steve Hollis",
     [("licence_plate", "LB21 XRT"), ("name", "Steve Hollis")], []),

    ("my girlfriend saoirse did a tough mudder and cut her shin on barbed wire (they have it on one obstacle). tetanus shot was at school like 10 yrs ago. does she need a booster? im conor",
     [("name", "saoirse"), ("name", "conor")], []),

    ("Hi, I'm a retired teacher, 73, took up pickleball at the Northgate community centre. My right elbow is killing me on the outside. Tennis elbow from pickleball?! I saw Dr. Venkataraman 2 years ago for the other elbow. I'm Judith Carrow, phone (555) 017-4420",
     [("name", "Venkataraman"), ("name", "Judith Carrow"), ("phone", "(555) 017-4420")], []),

    ("After a week in Kenya on safari my partner Leanne has a red, painful boil on her back that seems to be moving?? We think something's in it. She's 35. Our Kenya visa refs were KE-0000-7712 and KE-0000-7713 if needed. Me: Phil",
     [("name", "Leanne"), ("id_number", "KE-0000-7712"), ("name", "Phil")], []),

    ("Can I ask about my son? Harvey Lockhart, DOB 21/02/2009, has exercise-induced asthma and a school trip to the Alps with Westfield High in March. Should he take his preventer the whole time?",
     [("name", "Harvey Lockhart"), ("date_of_birth", "21/02/2009")], ["Westfield High"]),

    ("I'm an amateur triathlete (BTF licence 00-88-412) and my bloods at the Sportsmed clinic showed low testosterone, 8 nmol/L. I'm 39 and train 14 hours a week. Is it RED-S? My coach Ines thinks so. - Alex",
     [("id_number", "00-88-412"), ("name", "Ines"), ("name", "Alex")], ["Sportsmed clinic"]),

    ("hi, just wondering if i should get my mole looked at. its on my back, my gf meg noticed it changed after summer at the beach. im 31. thanks, kieran. email k.hartnell@example.net",
     [("name", "meg"), ("name", "kieran"), ("email", "k.hartnell@example.net")], []),

    ("I'm 28 and about to go trekking in Nepal (Annapurna Circuit). I have type 1 diabetes on a pump. My endo is Dr Lakshmi Iyer. Any advice on insulin storage in the cold and altitude? My blog is https://highsugarhighpeaks.example.com",
     [("name", "Lakshmi Iyer"), ("url", "https://highsugarhighpeaks.example.com")], []),

    ("My father-in-law Des, 77, is coming to stay with us at 48 Wattle Street, Mudgee. He gets leg cramps every night since starting on a statin. Is that the statin or dehydration? He walks 5km a day.",
     [("name", "Des"), ("address", "48 Wattle Street, Mudgee")], []),

    ("Hi, Kerry-Ann here. Did a 24-hour fast before a weigh-in for my Muay Thai fight and now feel lightheaded 2 days later even though I'm eating. I fight for Tiger Camp Leeds, my fighter licence is MTGB-0004471. Normal?",
     [("name", "Kerry-Ann"), ("id_number", "MTGB-0004471")], []),

    ("Reaching out for my brother, Jamal Washington, 30, who is a delivery driver for Speedy Parcels. He gets sharp pain in his right heel first thing in the morning. He's on his feet all day. His cell is 555-0148.",
     [("name", "Jamal Washington"), ("phone", "555-0148")], ["Speedy Parcels"]),

    ("Is it safe to go scuba diving 10 days after a chest cold? Still got a bit of a cough. Trip is with the Reef Divers club, my diving cert is SSI-0000-5533. Name's Bronwyn.",
     [("id_number", "SSI-0000-5533"), ("name", "Bronwyn")], []),

    ("I'm a PE teacher at Hollybrook School. A Year 9 boy, Kian, said his heart was 'fluttering' in the bleep test and sat out. He was fine after 5 min. I told his dad Marcus to get it checked. What test would the GP do?",
     [("name", "Kian"), ("name", "Marcus")], ["Hollybrook School"]),

    ("Hello. My name is Grace Adeyemi. I got back from Lagos 9 days ago and I have fever, body aches and a headache. I took my malaria tablets but stopped them early. I'm staying at my cousin's, Flat 2, 17 Carlton Vale, London NW6. Number 07700 900563.",
     [("name", "Grace Adeyemi"), ("address", "Flat 2, 17 Carlton Vale, London NW6"), ("phone", "07700 900563")], []),

    ("my bf's strava is strava.com/athletes/00770077 and he did 5 marathons in 5 weeks and now pees blood after long runs. he's 33. hes like 'it's normal runner thing'. is it?? im tash",
     [("url", "strava.com/athletes/00770077"), ("name", "tash")], []),

    ("I'm a 54 year old cyclist, had a carpal tunnel release on my left hand 3 weeks ago by Mr Haddad at the Beaumont hospital. When can I grip the handlebars? I'm Seán Brophy, my MRN is B-0012990.",
     [("name", "Haddad"), ("name", "Seán Brophy"), ("id_number", "B-0012990")], []),

    ("Our caravan was parked at the beach and my husband's feet got cut up on the rocks at low tide. Now one cut is oozing yellow. Van rego on the booking: CV 77 FK. We're at Site 14, Sunny Dunes Holiday Park, 200 Esplanade Road, Hervey Bay. I'm Lorraine.",
     [("licence_plate", "CV 77 FK"), ("address", "Site 14, Sunny Dunes Holiday Park, 200 Esplanade Road, Hervey Bay"), ("name", "Lorraine")], []),

    ("hi its bex, 19, first year at uni, just joined the hockey team and we had a social where i got hit in the mouth with a stick. front tooth is wobbly. the club physio Dom says dentist asap. can i wait till monday?",
     [("name", "bex"), ("name", "Dom")], []),

    ("Hi there, I am Mohammed Al-Sayed, umrah trip coming up in April. I'm 61 with COPD. Do I need extra vaccines and can I walk the distances? My passport is P00112233. Thank you.",
     [("name", "Mohammed Al-Sayed"), ("id_number", "P00112233")], []),

    ("Our teenage daughter Chloe (16) does gymnastics at Elite Flips Academy. She's had lower back pain for 6 weeks, worse when she arches. Her coach Yelena says rest. Her date of birth is 9 October 2008 if the form needs it. Parents: Nikki and Rob.",
     [("name", "Chloe"), ("name", "Yelena"), ("date_of_birth", "9 October 2008"), ("name", "Nikki"), ("name", "Rob")], []),

    ("I follow a running coach on TikTok @run.with.ree and she says to take salt tablets on long runs. I have high blood pressure on ramipril. Is that safe for me? I'm 47. - Marcia",
     [("handle", "@run.with.ree"), ("name", "Marcia")], []),

    ("Hey doc, Wes from Winnipeg. Ice fishing on the weekend and my fingertips went white and numb, they're blotchy purple now and tingly. I'm 44. Frostnip or frostbite? My address is 812 Fakeview Crescent, Winnipeg if you need it for a referral.",
     [("name", "Wes"), ("address", "812 Fakeview Crescent, Winnipeg")], []),

    ("Hello, our son Zac (13) plays cricket for the Kookaburras and took a ball to the nose in the nets. It's straight but swollen and bled for 10 min. Our GP Dr. McAllister is away. Do we need an x-ray? Contact 0491 570 159.",
     [("name", "Zac"), ("name", "McAllister"), ("phone", "0491 570 159")], []),
]
