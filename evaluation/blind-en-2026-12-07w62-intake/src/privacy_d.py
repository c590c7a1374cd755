# Writer 62 - privacy items, part D (shop, restaurant, soldiers, gym, church)

ITEMS = [
    (
        "Line cook at Rosie's Diner on 5th. Burned my palm on a sheet pan 2 days ago, big blister the size of a quarter. "
        "Pop it or leave it? Name's Travis, cell is (555) 555-0112.",
        [("name", "Travis"), ("phone", "(555) 555-0112")],
        ["Rosie's Diner"],
    ),
    (
        "Rosie the Riveter tattoo on my arm is getting red and raised years after I got it. Red ink allergy? "
        "I work in a bakery so I'm always floury, could that irritate it?",
        [],
        [],
    ),
    (
        "Waitress, on my feet 10 hours, and I've got a really painful ingrown toenail on my big toe, some pus. Can I fix it "
        "myself? I'm 19.",
        [],
        [],
    ),
    (
        "I manage a Starbucks. Caffeine all day. My hands shake and my heart does this flip-flop thing when I'm lying down. "
        "Ectopic beats? Do I need a test?",
        [],
        ["Starbucks"],
    ),
    (
        "Starbucks pumpkin spice lattes are my downfall, my fasting glucose is 5.9 and my doctor said 'borderline'. "
        "How much sugar a day is ok?",
        [],
        [],
    ),
    (
        "Sushi chef at Tanuki on Mill Street, 31M. After eating raw salmon at work I got stomach cramps and now I see "
        "something like a white thread in my poo. Worms?? Anisakis?",
        [],
        ["Tanuki"],
    ),
    (
        "Cashier at the Co-op. I'm Lorraine, 57. My fingers on my right hand have these hard knobbly lumps at the end joints. "
        "Osteoarthritis? Will it stop me using the till?",
        [("name", "Lorraine")],
        ["Co-op"],
    ),
    (
        "Retail assistant at Next, on the shop floor all day. Varicose veins came up badly after my second baby. "
        "Any creams work? Or compression only?",
        [],
        ["Next"],
    ),
    (
        "Next week I have my scan results about a lump in my breast. They did a biopsy at the breast clinic on the 3rd. "
        "What does BIRADS 4 mean? I'm terrified.",
        [],
        [],
    ),
    (
        "Private Okonkwo, 2 Rifles, service no. 30198872. Been having flashbacks and waking up shouting since we got back from "
        "deployment. Can I get help without it going on my record? I'm 22.",
        [("name", "Okonkwo"), ("id_number", "30198872")],
        ["2 Rifles"],
    ),
    (
        "Private healthcare quoted me £2,800 for a hernia op. NHS wait is 40 weeks. Is it dangerous to wait that long "
        "for an inguinal hernia that goes back in?",
        [],
        [],
    ),
    (
        "Army reservist, 35. After a 20km tab with a bergen my right foot top is swollen and hurts when I press the "
        "second metatarsal. Stress fracture? Unit doctor won't see me till next drill.",
        [],
        [],
    ),
    (
        "Sergeant Major is how everyone addresses me so I'm not used to asking for help. Question: high blood pressure "
        "164/102 at my annual medical, and I'm only 44. Retire early?",
        [],
        [],
    ),
    (
        "Hi my name's Corporal Jade Whitlock, RAF, based at RAF Coltishall North. Service number is R8840217. Since a blast "
        "exercise my left ear hasn't been right - muffled, ringing. 2 weeks now.",
        [("name", "Jade Whitlock"), ("id_number", "R8840217")],
        ["RAF Coltishall North"],
    ),
    (
        "My husband Sgt. Dmitri Volkov just came back from tour. He's 38. He has a rash on his legs that looks like little "
        "craters with a raised edge, one won't heal. He was in a sandfly area. Leishmaniasis? Our address is 11 Hawthorn "
        "Married Quarters, Bulford Camp.",
        [("name", "Dmitri Volkov"), ("address", "11 Hawthorn Married Quarters, Bulford Camp")],
        [],
    ),
    (
        "Veteran, served in Iraq 2003. Since then I get joint pain, fatigue, memory problems. Is Gulf War syndrome "
        "actually recognised? I'm 55.",
        [],
        [],
    ),
    (
        "PT instructor at PureGym Eastfield, staff pin 00417. I've got a sharp pain in my right shoulder during bench press, "
        "clicking. 29M. Labral tear?",
        [("id_number", "00417")],
        ["PureGym Eastfield"],
    ),
    (
        "I go to CrossFit Ironside four times a week. My pee went dark brown after a really hard session with lots of "
        "burpees and my muscles are super sore and swollen. Rhabdo? It's been 1 day, I'm drinking loads.",
        [],
        ["CrossFit Ironside"],
    ),
    (
        "Personal trainer here, 33F, competing in bikini fitness. My periods stopped 5 months ago since I got to 14% body fat. "
        "Is that bad for my bones long term?",
        [],
        [],
    ),
    (
        "Hi, Pastor Emmanuel Asante here, Grace Fellowship Church on Milner Road. I'm 67. My legs swell up and I get "
        "breathless lying flat at night, I need 3 pillows now. Heart failure?",
        [("name", "Emmanuel Asante")],
        ["Grace Fellowship Church"],
    ),
    (
        "Grace before meals is where I noticed it - my hands tremble when I hold them together. Only when still. "
        "Father had Parkinson's. I'm 66.",
        [],
        [],
    ),
    (
        "My church (St Bride's) does a soup kitchen and I volunteer. One of the regulars had TB. I'm 70, COPD. "
        "Should I get tested? Phone for my daughter is 07700 900207, she helps me with the internet.",
        [("phone", "07700 900207")],
        ["St Bride's"],
    ),
    (
        "Barista, 22. Recurrent mouth ulcers, 3-4 at a time, every month. Also some tummy pain and diarrhoea. "
        "Crohn's? Coeliac? I'm tired of guessing.",
        [],
        [],
    ),
    (
        "Hairdresser at Snip & Curl in Riverside Mall, 26 yrs. My hands are red, itchy, blistering - hair dye I think "
        "(PPD). Is there a glove that actually works? email snipcurl.kayla@example.net",
        [("email", "snipcurl.kayla@example.net")],
        ["Snip & Curl"],
    ),
    (
        "Butcher. Cut my thumb on the bandsaw 3 weeks ago, it healed but now I can't feel the tip. Nerve damage? "
        "Will it come back?",
        [],
        [],
    ),
    (
        "Pizza delivery guy for Domino's, 20. I got in a scrape on my moped and hit my head, had a helmet, didn't black out. "
        "That was yesterday. Today just a headache and a bit foggy. Is that concussion?",
        [],
        ["Domino's"],
    ),
    (
        "Chef de partie, name is Ravi Chandrasekar, DOB 5 Nov 1994. Restaurant: Ember & Oak, Castle Street. "
        "I have a weird cough after the kitchen gets smoky and I wheeze at night. Asthma late in life?",
        [("name", "Ravi Chandrasekar"), ("date_of_birth", "5 Nov 1994")],
        ["Ember & Oak"],
    ),
    (
        "Bartender nights, 27. I drink at work maybe 5-6 shots most shifts. My ALT came back 88 and GGT 140. "
        "Can my liver recover if I stop now?",
        [],
        [],
    ),
    (
        "Supermarket night fill at Sainsbury's, colleague number 5530219. I've got psoriasis and it's flaring on my elbows "
        "and knees. Work uniform rubs. Biologics available on NHS?",
        [("id_number", "5530219")],
        ["Sainsbury's"],
    ),
    (
        "Shop owner (corner shop), 51. I lift heavy crates of drinks. Got a hernia repair in 2019, now a bulge again "
        "near the scar. Recurrence? Should I stop lifting?",
        [],
        [],
    ),
    (
        "Soldier's mum writing. My son Callum is in basic training at Catterick Garrison and rang saying he's coughing up green stuff "
        "and has a temp, but they won't take him off exercise. What should he insist on? His mobile is +44 7700 900941.",
        [("name", "Callum"), ("phone", "+44 7700 900941")],
        ["Catterick Garrison"],
    ),
    (
        "Catterick racecourse was where I collapsed in the heat last summer, they said heat exhaustion. Now I'm nervous "
        "every hot day. How do I prevent it?",
        [],
        [],
    ),
    (
        "Hi, I work at the Krispy Kreme in the outlet centre. My name tag says 'Bo' (short for Bolanle). I've got a red "
        "itchy rash under my breasts in this heat. Fungal? What cream?",
        [("name", "Bo"), ("name", "Bolanle")],
        ["Krispy Kreme"],
    ),
    (
        "Waiter. Got glass in my foot from a broken wine glass at work, I think a tiny bit is still in there, it hurts to "
        "walk on a spot. Xray can see glass?",
        [],
        [],
    ),
    (
        "Gym member at Fitness First on Baker Street. Started creatine a month ago. My creatinine on blood test is 128, "
        "a bit high. Is that the creatine or my kidneys?",
        [],
        ["Fitness First"],
    ),
    (
        "Baker Street station stairs leave me breathless now. I'm 58, ex smoker. My sats on the pharmacy machine were 93%. "
        "Is that low?",
        [],
        [],
    ),
    (
        "I'm Sophia, a florist, and I've got a splinter from a rose thorn in my finger that went in a week ago, now the finger "
        "is swollen and there's a lump. Sporotrichosis?! My shop insta is @petalandstem_sophia",
        [("name", "Sophia"), ("handle", "@petalandstem_sophia")],
        [],
    ),
    (
        "Royal Navy, Able Seaman, 24. Seasick every time we sail. Scopolamine patches make my mouth bone dry. "
        "Any other options? Service no: N0993371Q",
        [("id_number", "N0993371Q")],
        [],
    ),
    (
        "Marine here, ex. Tinnitus since my tour in Helmand in 2010. Now in one ear it's become a pulsing whoosh in time with "
        "my heartbeat. Is that different?",
        [],
        [],
    ),
    (
        "Fast food worker at McDonald's, 17. My manager makes us work near the fryer and I get nosebleeds twice a week. "
        "Am I allowed to ask for a doctor's note? Should I get bloods?",
        [],
        ["McDonald's"],
    ),
    (
        "McDonald's every day at lunch, I know. My triglycerides were 4.2 and doc said cut the fries. What else raises them?",
        [],
        [],
    ),
    (
        "Hotel housekeeper at the Belmont Hotel. Bed bugs in some rooms and I've got bites in a line on my arm. "
        "Can I bring them home to my kids? I'm Marisol, 44, my kids' school is Our Lady of Lourdes Primary.",
        [("name", "Marisol")],
        ["Belmont Hotel", "Our Lady of Lourdes Primary"],
    ),
    (
        "Our Lady of Lourdes hospital did my knee scope. Now 3 weeks post op, I still have swelling when I walk the dog. "
        "Normal?",
        [],
        [],
    ),
    (
        "Choir member at St Luke's Methodist, 72. Lately I can't hit the high notes and my voice is weaker. Also hoarse for "
        "6 weeks. I smoked until 1990. Should I be worried?",
        [],
        ["St Luke's Methodist"],
    ),
    (
        "Kitchen manager, Bao Bar, 40. Employee number BB-00612 (they asked me to include it for the work health scheme). "
        "I have gout in my big toe again, 3rd time this year. Allopurinol long term?",
        [("id_number", "BB-00612")],
        ["Bao Bar"],
    ),
    (
        "Gym instructor, asking about my client (I've changed her name to 'Client A'). She's 60 and her lips went blue "
        "during a spin class last month, she sat down and was ok after a minute. Should she be cleared by a doctor before "
        "coming back?",
        [],
        [],
    ),
    (
        "Market stall trader, outside all weather. A scaly patch on my ear that bleeds when I knock it, been there 6 months. "
        "I'm 71. Skin cancer?",
        [],
        [],
    ),
    (
        "Dishwasher at the Golden Dragon restaurant, my name is Wei Zhang and the owner is my cousin Ming. I have a bad rash "
        "on both hands from the detergent. Also my wrist aches. Please call 555-0195 after 10pm.",
        [("name", "Wei Zhang"), ("name", "Ming"), ("phone", "555-0195")],
        ["Golden Dragon restaurant"],
    ),
    (
        "Security guard, night shifts, 12hrs. I'm 46 and my doctor says my BMI 38 and I snore like a train. Tired all day. "
        "Sleep apnoea test - how does it work?",
        [],
        [],
    ),
    (
        "Apple Store genius bar tech. I get a pins and needles feeling in both hands since starting there, I'm using tiny "
        "screwdrivers all day. Is that RSI? I'm Ezra.",
        [("name", "Ezra")],
        ["Apple Store"],
    ),
    (
        "Apple watch told me I have AFib twice this week, both times at night. I feel totally fine. Do I trust it? I'm 52.",
        [],
        [],
    ),
    (
        "Soldier, Royal Logistic Corps. I'm female, 25. On the pill continuously to skip periods on exercise. "
        "Is that safe long term? Also I'm getting breakthrough bleeding.",
        [],
        ["Royal Logistic Corps"],
    ),
]
