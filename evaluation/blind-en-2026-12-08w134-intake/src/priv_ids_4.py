# Privacy items with identifiers, part 4 (hand-written, writer 134).
ITEMS = [
    (
        "My daughter is 17 and runs a fitness account, @fitbyfaithh, and I think she's eating way too little. She's "
        "lost her period. How do I get her evaluated for an eating disorder without her shutting down?",
        [("handle", "@fitbyfaithh")],
        [],
    ),
    (
        "I saw a post from a nurse practitioner on Instagram, @np.sarah.skin, saying tretinoin thins your skin. "
        "I'm 39 and have used it for years. Should I stop?",
        [("handle", "@np.sarah.skin")],
        [],
    ),
    (
        "Hi, my son is a streamer and his handle on Twitch is xXDragonSlayer_MikeXx. He plays 10 hours a day and now "
        "his wrists hurt and tingle at night. He's 20. Carpal tunnel at his age?",
        [("handle", "xXDragonSlayer_MikeXx")],
        [],
    ),
    (
        "A person with the username @healthtruthwarrior told my mother in a Facebook comment that she should stop her "
        "insulin and use cinnamon. She's 71. Please tell her that's not okay, she listens to doctors.",
        [("handle", "@healthtruthwarrior")],
        [],
    ),
    (
        "I run a local running club, our Strava club is strava.com/clubs/dayton-dawn-runners-example, and two "
        "members have had heat exhaustion this month. Any handouts we could share with the group?",
        [("url", "strava.com/clubs/dayton-dawn-runners-example")],
        [],
    ),
    (
        "My wife's obituary for her mother is up at legacy.com/obituaries/name/eleanor-voss-example and it "
        "mentions her breast cancer. Does that mean my wife should get genetic testing? She's 48.",
        [("url", "legacy.com/obituaries/name/eleanor-voss-example")],
        [],
    ),
    (
        "I keep a public log of my blood sugars at www.mysugarjourney.example.net/logs so my endo can see them. "
        "My fasting numbers are 130-145. Is that okay for someone who's 6 months pregnant?",
        [("url", "www.mysugarjourney.example.net/logs")],
        [],
    ),
    (
        "Our family set up a Venmo for my brother's medical bills, venmo.com/u/Marcus-Tate-Recovery, after his "
        "motorcycle accident. He's in rehab now learning to walk again. How long does that usually take after a "
        "pelvic fracture?",
        [("url", "venmo.com/u/Marcus-Tate-Recovery")],
        [],
    ),
    (
        "My dad's car was found parked at the rest stop with him asleep inside, the trooper ran the plate "
        "(Ohio HZP 3391) and called me. Dad is 82 and says he just got tired. Should he still be driving?",
        [("licence_plate", "HZP 3391")],
        [],
    ),
    (
        "Hello. I'm trying to get reimbursed for mileage for my cancer treatments. The form wants my car's plate, "
        "which is 2LLC448, and my policy number, AF-55001928. Do I send it to you or to the insurer?",
        [("licence_plate", "2LLC448"), ("id_number", "AF-55001928")],
        [],
    ),
    (
        "My son got a parking ticket at the hospital while we were in the ER with his broken arm. Plate TNV 8820 "
        "if your office can void it. His cast is itching like crazy, can he use a hair dryer on cool?",
        [("licence_plate", "TNV 8820")],
        [],
    ),
    (
        "I'm 56 and just started on Jardiance. I've had two yeast infections already. My name is Carla Pettit, "
        "cpettit@example.com. Is there an alternative medication?",
        [("name", "Carla Pettit"), ("email", "cpettit@example.com")],
        [],
    ),
    (
        "Hi Dr. Abbott, Nate here, the guy with the tennis elbow. The cortisone shot helped for about two months but "
        "it's back. Can I get another one or is there a limit?",
        [("name", "Abbott"), ("name", "Nate")],
        [],
    ),
    (
        "Hello, my elderly neighbor Mrs. Hazel Drummond gave me permission to write. She's 90, lives alone at "
        "3 Orchard Lane, Keene, NH 03431, and her legs are weeping clear fluid. Her phone is (603) 555-0148 but "
        "she rarely answers.",
        [("name", "Hazel Drummond"), ("address", "3 Orchard Lane, Keene, NH 03431"), ("phone", "(603) 555-0148")],
        [],
    ),
    (
        "I'm 27, my name is Destiny, and I think I have a UTI. Burning and going all the time since yesterday. "
        "Can you send something to the CVS on Broad Street? My DOB is 6/6/1998.",
        [("name", "Destiny"), ("date_of_birth", "6/6/1998")],
        [],
    ),
    (
        "My husband Vikram is 42 and has had a cough for three weeks after a cold. He works at Tata Consultancy "
        "downtown in an open office. His employee ID is TCS-7730215 for the sick note. Does he need a chest x-ray?",
        [("name", "Vikram"), ("id_number", "TCS-7730215")],
        ["Tata Consultancy"],
    ),
    (
        "Hello, this is Father Tom Brennan at St. Brigid's. A parishioner, Mary Catherine Doyle, asked me to pass on "
        "that she can't make her Tuesday appointment. She's at (508) 555-0109.",
        [("name", "Tom Brennan"), ("name", "Mary Catherine Doyle"), ("phone", "(508) 555-0109")],
        [],
    ),
    (
        "I'm 64, retired from the post office, and my feet burn at night. I'm not diabetic that I know of. "
        "My name is Clarence Bowie and my email is cbowie.retired@example.net.",
        [("name", "Clarence Bowie"), ("email", "cbowie.retired@example.net")],
        [],
    ),
    (
        "My granddaughter Lily, 5, swallowed a penny yesterday. She's eating and pooping fine and not in pain. "
        "Her mother, my daughter Krista, wants to know if she needs an x-ray or if we just wait.",
        [("name", "Lily"), ("name", "Krista")],
        [],
    ),
    (
        "Hi I'm Bobby, 35, and my wife says I grind my teeth at night. My jaw is sore in the mornings. "
        "Should I see a dentist or my regular doctor? I'm with Delta Dental, member 9918-44207.",
        [("name", "Bobby"), ("id_number", "9918-44207")],
        [],
    ),
    (
        "My mother Francine has lupus and her rheumatologist, Dr. Ekwueme, moved to another state. We need someone "
        "who does infusions. She was born May 2, 1963. Who can take her on?",
        [("name", "Francine"), ("name", "Ekwueme"), ("date_of_birth", "May 2, 1963")],
        [],
    ),
    (
        "hi, im writing for my little brother deshawn. hes 14 and got hit in the nose at basketball. its crooked now "
        "and he can breathe through it but its swollen. my moms at work, her number is 901-555-0156",
        [("name", "deshawn"), ("phone", "901-555-0156")],
        [],
    ),
    (
        "I was at your Riverside location on Monday and the nurse, I think her name tag said Gwen, was very kind. "
        "I wanted to pass that along. Also, my blood pressure was 162/98 there and I forgot to ask what to do.",
        [("name", "Gwen")],
        [],
    ),
    (
        "My son Nicholas (Nicky) is 3 and the daycare, Sunshine Kids on Grant Ave, sent him home with pink eye. "
        "Does he need drops, and when can he go back?",
        [("name", "Nicholas"), ("name", "Nicky")],
        ["Sunshine Kids"],
    ),
    (
        "I'd like a second opinion on my husband's biopsy. Patient: Joseph Kaminski, MRN 30044871, DOB 11/11/1957. "
        "The pathology says Gleason 7. Our urologist is Dr. Reuben Stahl.",
        [("name", "Joseph Kaminski"), ("id_number", "30044871"), ("date_of_birth", "11/11/1957"),
         ("name", "Reuben Stahl")],
        [],
    ),
    (
        "Hello, I'm Pam. My 15-year-old daughter Skylar wants to get on birth control for her periods, which are "
        "really heavy. Do I need to be at the appointment? Our home number is 319-555-0197.",
        [("name", "Pam"), ("name", "Skylar"), ("phone", "319-555-0197")],
        [],
    ),
    (
        "I'm a trucker and I need my DOT physical paperwork resent. Name Wayne Lusk, CDL number L200-5587-1193, "
        "DOB 03/21/1971. Fax went to the wrong number.",
        [("name", "Wayne Lusk"), ("id_number", "L200-5587-1193"), ("date_of_birth", "03/21/1971")],
        [],
    ),
    (
        "My wife, Ana Lucia, has had a headache on one side of her head every day for a week. She's 36. She's from "
        "Peru and her mom had migraines. Our address is 1120 Kensington Pl, Charlotte, NC 28205 if you need to "
        "mail forms.",
        [("name", "Ana Lucia"), ("address", "1120 Kensington Pl, Charlotte, NC 28205")],
        [],
    ),
    (
        "My son's Discord name is shadowfox_77 and I found messages where he tells friends he wants to disappear. "
        "He's 14. He's at school right now and seems okay. How do I get him an appointment with someone this week?",
        [("handle", "shadowfox_77")],
        [],
    ),
    (
        "I received a bill for $2,300 for my ER visit. My Aetna ID is W771200436 and the claim is 88214-ER-0031. "
        "Aetna says it's out of network but your ER is in network. Who do I talk to? - Monica",
        [("id_number", "W771200436"), ("id_number", "88214-ER-0031"), ("name", "Monica")],
        [],
    ),
    (
        "Dear doctor, my father Salvatore is 77 and has started choking on thin liquids like coffee. He had a small "
        "stroke two years ago. His speech therapist then was Mrs. Ingrid Holm. Should he get a swallow study?",
        [("name", "Salvatore"), ("name", "Ingrid Holm")],
        [],
    ),
    (
        "I was born on 12/25/1983, so people always forget my birthday, haha. Anyway my name is Noel Carver and "
        "I need my annual physical for work. Does the lipid panel need fasting?",
        [("date_of_birth", "12/25/1983"), ("name", "Noel Carver")],
        [],
    ),
    (
        "My niece Becca, 23, has a Pinterest board of 'what I eat in a day' at pinterest.com/beccaeatsclean and "
        "it's like 800 calories. She faints sometimes. I'm worried. Who does she even see for this?",
        [("name", "Becca"), ("url", "pinterest.com/beccaeatsclean")],
        [],
    ),
    (
        "My friend Gabe and I were at a concert and he got elbowed in the eye. He went home fine, but this morning "
        "it's black and blue. His email is gabe.m.rios@example.com if someone can reach out about an eye check.",
        [("name", "Gabe"), ("email", "gabe.m.rios@example.com")],
        [],
    ),
    (
        "Good evening. I'm June Whitcomb, 69, and my right hand has a tremor when I hold a cup. It started last "
        "spring. My daughter Tessa thinks I'm drinking too much coffee. Is there a test for essential tremor?",
        [("name", "June Whitcomb"), ("name", "Tessa")],
        [],
    ),
    (
        "My son Rhys plays hockey for the Glenwood Wolves and took a stick to the mouth. His front tooth is "
        "chipped, not loose. He's 12. Can he wait to see the dentist Monday?",
        [("name", "Rhys")],
        ["Glenwood Wolves"],
    ),
    (
        "Can you please send the sick note for my wife to her HR? Her name is Esperanza Villalobos, employee number "
        "58812, at Dillard's in the Westfield Mall. HR email is hr.dillards.westfield@example.com.",
        [("name", "Esperanza Villalobos"), ("id_number", "58812"), ("email", "hr.dillards.westfield@example.com")],
        ["Dillard's in the Westfield Mall"],
    ),
    (
        "This is Clyde, I'm 73 and I got a letter about a recall on my CPAP machine. Our home phone is 812 555 0131. "
        "Do I keep using it until the new one comes?",
        [("name", "Clyde"), ("phone", "812 555 0131")],
        [],
    ),
    (
        "My ex-husband Rick takes our kids every other weekend and my 8 year old daughter, Zoe, always comes back "
        "with stomach aches. Could it be anxiety? Her pediatrician is Dr. Mahoney at Kidcare Pediatrics of Plano.",
        [("name", "Rick"), ("name", "Zoe"), ("name", "Mahoney")],
        ["Kidcare Pediatrics of Plano"],
    ),
    (
        "Hi, Ellen here. I'm 54 and my periods stopped 8 months ago, but I just had some spotting. My sister "
        "Margie said that's nothing, but I read it can be serious. Should I call my gyn?",
        [("name", "Ellen"), ("name", "Margie")],
        [],
    ),
]
