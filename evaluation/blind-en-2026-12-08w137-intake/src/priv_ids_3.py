# Privacy items with identifiers, part 3 (written by hand, writer 137)

ITEMS = [
    ("Hey! I'm Tayla (@bluemtns_wanderer on insta), 25, I do a lot of solo hiking in the Blue Mountains. Got a few leeches on my ankles on Sunday and the bites are still bleeding a bit and itchy 3 days later. Normal?",
     [("name", "Tayla"), ("handle", "@bluemtns_wanderer")], []),

    ("My husband Derek was cycling to work on the A6 and got clipped by a van (reg FD68 KLU, driver stopped). He was checked at the hospital and discharged with bruised ribs. It still hurts to cough after a week. How long is normal? - Anne-Marie",
     [("name", "Derek"), ("licence_plate", "FD68 KLU"), ("name", "Anne-Marie")], []),

    ("I'm a ski instructor in Niseko for the season (from Christchurch originally). Been getting headaches every afternoon. Staff accommodation is at 1-2-3 Fake-cho, Kutchan. My employer ID is NSK-0517. Could it be dehydration? - Finn O'Rourke",
     [("address", "1-2-3 Fake-cho, Kutchan"), ("id_number", "NSK-0517"), ("name", "Finn O'Rourke")], []),

    ("Hi, my name's Bernadette, I'm 63 and I swim in the sea all year round with the Bluetits group. My fingers go white and numb for ages after, worse this winter. Raynaud's? My GP Dr. Pillay said to try gloves but I want a second opinion.",
     [("name", "Bernadette"), ("name", "Pillay")], []),

    ("Can you get a prescription for altitude tablets online? Heading to La Paz. Here's my details: Nathan Price, born 19/12/1985, email nate.price.travels@example.com",
     [("name", "Nathan Price"), ("date_of_birth", "19/12/1985"), ("email", "nate.price.travels@example.com")], []),

    ("my nan (she's 88, Nanna Val) keeps falling asleep in her chair and the carers say her ankles are swollen. She lives at Rosewood Manor, room 12, 40 Fakely Road, Dudley. Who do I ask about this?",
     [("name", "Val"), ("address", "Rosewood Manor, room 12, 40 Fakely Road, Dudley")], []),

    ("Rugby question. I play openside for Old Belvedere thirds and have had 2 stingers this season, burning down my arm for a few seconds after a tackle. The club doctor, Dr. Maeve Quinn, said to get an MRI. Is that overkill? I'm Cathal, 27.",
     [("name", "Maeve Quinn"), ("name", "Cathal")], []),

    ("I am writing about my wife, Mei Ling Chen, 36, who returned from Singapore 5 days ago. She has a high fever, a rash and pain behind her eyes. Possibly dengue? Our Medicare number is 2123 45670 1. Please call 0491 570 110.",
     [("name", "Mei Ling Chen"), ("id_number", "2123 45670 1"), ("phone", "0491 570 110")], []),

    ("hi there, 34F, paddleboarder, got a nasty jellyfish sting off Sandy Point at the weekend. it's now a raised itchy rash in the shape of the tentacles 5 days later. whats the treatment? my name is rhiannon, rhiannon.sup@example.co.uk",
     [("name", "rhiannon"), ("email", "rhiannon.sup@example.co.uk")], []),

    ("Hello, I manage the Wildcats youth basketball team in Halifax. One of our players, Tyrese, has had Osgood-Schlatter for a year and his mom Keisha wants to know if he should stop playing. Tyrese is 13. My cell 902-555-0177.",
     [("name", "Tyrese"), ("name", "Keisha"), ("phone", "902-555-0177")], []),

    ("Sorry if wrong place. My dad Brian Costello, 70, just got back from a cruise and his left calf is a bit tight and swollen. He wants to play golf tomorrow. His DOB 02-08-1954, his GP is at the Fairview Medical Practice. Should he get a scan?",
     [("name", "Brian Costello"), ("date_of_birth", "02-08-1954")], ["Fairview Medical Practice"]),

    ("I'm a climbing instructor. Left forearm pump is fine but I've developed a painful bump on the back of my wrist. Ganglion? Pics on my site: https://www.leahclimbs.example.net/wrist - Leah Sørensen",
     [("url", "https://www.leahclimbs.example.net/wrist"), ("name", "Leah Sørensen")], []),

    ("just got diagnosed with coeliac at 32 and i'm a marathon runner. what do i eat for carb loading now?? my dietitian appointment isn't for 6 weeks. i post food stuff on @glutenfreegel_runs. - angela",
     [("handle", "@glutenfreegel_runs"), ("name", "angela")], []),

    ("Hi, Ahmed's mum here. Ahmed (11) fell off his scooter at the skate park and has a graze on his knee that's still weeping after 4 days. No redness spreading. Just keep it covered? His school is Greenway Primary.",
     [("name", "Ahmed")], ["Greenway Primary"]),

    ("My partner Jules and I are doing the Camino in May, 800km. Jules had a knee replacement 2 years ago (Mr Farrow did it at the Nuffield). Is that too much walking? My contact is 07700 900744.",
     [("name", "Jules"), ("name", "Farrow"), ("phone", "07700 900744")], []),

    ("G'day, I'm Mick, 59, a shearer out near Dubbo. Back's been crook for years but lately the pain goes down the back of my left leg to the foot. My Medicare's 2987 65432 1. Do I need a scan?",
     [("name", "Mick"), ("id_number", "2987 65432 1")], []),

    ("Question about a sting: my 4 year old, Evie, was stung by a bee at the park and her whole hand puffed up the next day but she's happy and playing. Antihistamine? We're at 27 Orchard Way, Taunton, if the out of hours service needs it.",
     [("name", "Evie"), ("address", "27 Orchard Way, Taunton")], []),

    ("I'm Priscilla Nwosu, 45, a ward sister at St Mungo's. I've started running to work and my left big toe joint is swollen and red. Gout? I eat a lot of red meat. My staff number is 0040-1188.",
     [("name", "Priscilla Nwosu"), ("id_number", "0040-1188")], ["St Mungo's"]),

    ("We took our dog for a walk in the bush and both my son (Lachie, 9) and the dog got ticks. I removed Lachie's, and now he has a lump there 2 weeks later. Our vet said ask a doctor about tick allergies. Our house 15 Banksia Court, Mona Vale. - Jen",
     [("name", "Lachie"), ("address", "15 Banksia Court, Mona Vale"), ("name", "Jen")], []),

    ("Hello, my son Dmitri plays water polo and keeps getting ear infections. He's 14. His coach at Dolphins Aquatic said to try ear plugs. Should he use drops after every session? My email: olga.petrova.mum@example.com",
     [("name", "Dmitri"), ("email", "olga.petrova.mum@example.com")], []),

    ("Rode from Land's End to John o' Groats last month raising money (justgiving.com/fundraising/fake-lejog-pete) and since finishing my hands are numb on the little finger side. Pete Tomkins, 56. Handlebar palsy?",
     [("url", "justgiving.com/fundraising/fake-lejog-pete"), ("name", "Pete Tomkins")], []),

    ("I'm 38, I work at Greggs on the early shift and I've had a bad rash on both hands since we switched gloves. Is it an allergy? My name is Donna, phone 07700 900215.",
     [("name", "Donna"), ("phone", "07700 900215")], ["Greggs"]),

    ("Our daughter Ava (7) came back from a holiday in Majorca with a red itchy patch on her foot where she was walking barefoot on the beach, it looks like a wiggly line that moves. The hotel doc there was Dr. Ruiz. Her NHS no. is 999 345 6789.",
     [("name", "Ava"), ("name", "Ruiz"), ("id_number", "999 345 6789")], []),

    ("hey im a uni student on the sailing team, got a fish hook stuck in my thumb on a training day, mate pulled it out. it's been 2 days and a bit puffy. my student ID 20240099 for the campus clinic booking. - dylan",
     [("id_number", "20240099"), ("name", "dylan")], []),

    ("Hello Doctor. I'm Farida, 50, and I've just moved from Dhaka to Toronto. Getting joint pains in my hands every morning for an hour. Is it arthritis? My OHIP card number is 0000-000-123-AB.",
     [("name", "Farida"), ("id_number", "0000-000-123-AB")], []),

    ("My friend Kez and I went canyoning and she slipped, hurt her ankle, we walked out 3km. It's now huge and purple. She can bear weight a little. We parked her car, rego XYZ-789, at the top. Do we need the ER or can it wait till her GP tomorrow?",
     [("name", "Kez"), ("licence_plate", "XYZ-789")], []),

    ("Hello. My name is Walter Brennan and I'm 79. I do lawn bowls at the Sunnyside club. My hands shake a bit when I hold the bowl. My wife Dot says I should ask about Parkinson's. My phone (555) 012-9988.",
     [("name", "Walter Brennan"), ("name", "Dot"), ("phone", "(555) 012-9988")], []),

    ("I'm 26 and doing a season as a rafting guide on the Zambezi. Had bilharzia advice from the company? Not really. Should I get tested when I get home? Work email guide.sipho@example.org, name Sipho Dlamini.",
     [("email", "guide.sipho@example.org"), ("name", "Sipho Dlamini")], []),

    ("Hi, mum of a 5 month old (Oscar). We're flying Vancouver to Sydney. Can I give him Tylenol for his ears on the plane? His health number is 9000 123 456. Also, my husband Jeremy gets motion sick, what can he take?",
     [("name", "Oscar"), ("id_number", "9000 123 456"), ("name", "Jeremy")], []),

    ("Can you advise on weight gain for my son, Rhys Evans, 17, who is a prop for Carreg Wen College first XV and wants to bulk up? He's on 6 meals a day. DOB 11/11/2007.",
     [("name", "Rhys Evans"), ("date_of_birth", "11/11/2007")], ["Carreg Wen College"]),

    ("I'm a personal trainer, my client Suzanne (she's 60) has osteoporosis. Are kettlebell swings ok for her? Her physio is Aidan at Core Physio. Here's my business page: facebook.com/fake.coretraining.jo",
     [("name", "Suzanne"), ("name", "Aidan"), ("url", "facebook.com/fake.coretraining.jo")], ["Core Physio"]),

    ("my dad (tony, 58) collapsed at the finish line of the Great North Run 2 yrs ago, they found a heart thing. now he wants to do it again. his bib last time was 40021. he's on bisoprolol. is it safe for him?",
     [("name", "tony"), ("id_number", "40021")], []),

    ("Hiking the Overland Track soon. Does anyone know if the 'creek water' needs treating? Actually medical question: I had giardia before. Will I get immunity? - Tim Nakamura, 0491 570 006",
     [("name", "Tim Nakamura"), ("phone", "0491 570 006")], []),

    ("Hello, I'm a school nurse at Westbrook Primary. A child in Year 2, Lily-Rose Bennett, has eczema flaring on her hands after swimming lessons. Can the pool chlorine do that? Her mum's email: bennett.family@example.com",
     [("name", "Lily-Rose Bennett"), ("email", "bennett.family@example.com")], ["Westbrook Primary"]),

    ("Surf lesson mishap: the board hit me in the eye at Piha, got a black eye and a small cut on the eyebrow, taped it. Vision is normal. Does it need stitches after 12 hours? I'm Anahera, 021 555 0162.",
     [("name", "Anahera"), ("phone", "021 555 0162")], []),

    ("I run a club on Strava (strava.com/clubs/fake-dawn-runners-000) and a member, Nigel, asked me to find out about running with a hernia. He's 50 and has an inguinal hernia, waiting list for surgery. Is running ok?",
     [("url", "strava.com/clubs/fake-dawn-runners-000"), ("name", "Nigel")], []),

    ("Hi Dr, I'm Sarah-Jane, 29, I'm a flight attendant with Skyline Air (staff no. SA-003391). I keep getting swollen ankles after long-haul. Should I wear compression socks on every flight?",
     [("name", "Sarah-Jane"), ("id_number", "SA-003391")], ["Skyline Air"]),

    ("Hi, Ollie's dad here. Ollie's 11 and had a concussion at footy (Western Bulldogs juniors) 3 weeks ago. He's back at school at St Kilda Park Primary, all fine. His coach Bazza wants him back training. Is there a return to play plan?",
     [("name", "Ollie"), ("name", "Bazza")], ["St Kilda Park Primary"]),

    ("I'm 70 and I go on a lot of coach tours. On the last one my ankles swelled up like balloons. My daughter (Debbie) drove me to the GP in her car (VX12 LMN) and the doctor said it's just from sitting. But it still happens. I'm Irene Platt.",
     [("name", "Debbie"), ("licence_plate", "VX12 LMN"), ("name", "Irene Platt")], []),

    ("hello, i'm moana, 21, playing netball for the Silver Ferns development squad. my right ankle keeps rolling, 4 sprains this year. do i need surgery? my physio Hayley said to ask about a brace. my email moana.nb@example.net",
     [("name", "moana"), ("name", "Hayley"), ("email", "moana.nb@example.net")], []),
]
