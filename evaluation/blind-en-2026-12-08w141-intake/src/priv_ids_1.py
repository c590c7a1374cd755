# Privacy items with identifiers, part 1 (written by hand, writer 141).
# (text, [(type, span) or (type, span, occurrence)], [quasi...])

ITEMS = [
    (
        "hi um my name is Karen Whitlock comma I'm 52 and I've had this ringing in my left ear for about three weeks now period you can call me back on 312 555 0172 after four",
        [("name", "Karen Whitlock"), ("phone", "312 555 0172")],
        [],
    ),
    (
        "Question about my son Mason, he's 7 and keeps getting nosebleeds at night. His school is Lakeview Elementary and the nurse there Mrs. Dobson said I should ask a doctor about it.",
        [("name", "Mason"), ("name", "Dobson")],
        ["Lakeview Elementary"],
    ),
    (
        "hello I'm writing about my mum Pat she's 81 and her GP Dr Okafor has put her on something called a low dipine I think it's amlodipine and her ankles have swelled right up full stop her NHS number is 412 000 7788 if that helps",
        [("name", "Pat"), ("name", "Okafor"), ("id_number", "412 000 7788")],
        [],
    ),
    (
        "My email is d.mcallister@example.com, please send the results there and not to my work one. I'm Dave, 44, cholesterol came back at 6.8 and I'm wondering if I need a statin.",
        [("email", "d.mcallister@example.com"), ("name", "Dave")],
        [],
    ),
    (
        "G'day my daughter Kayleigh Brennan got bitten by something at the beach in Byron on Saturday and it's gone red and hot round the bite she's fifteen her Medicare number is 2950 00000 1 and we're at 17 Corella Street Lismore",
        [("name", "Kayleigh Brennan"), ("id_number", "2950 00000 1"), ("address", "17 Corella Street Lismore")],
        [],
    ),
    (
        "hey this is Jose Ramirez I'm 29 and I had my wisdom teeth out Tuesday and it still throbs is that normal my date of birth is July ninth nineteen ninety five and my member ID is W X Y 0 0 0 4 4 1 2",
        [("name", "Jose Ramirez"), ("date_of_birth", "July ninth nineteen ninety five"), ("id_number", "W X Y 0 0 0 4 4 1 2")],
        [],
    ),
    (
        "My husband Tommo has been snoring like a freight train and he stops breathing in his sleep. He drives for Halvorsen Freight and his supervisor says he needs a sleep study before they renew his licence. Who do we see?",
        [("name", "Tommo")],
        ["Halvorsen Freight"],
    ),
    (
        "you can message me on instagram at sarah_bakes_0000 or text 07700 900461 comma I've got a rash on both hands since I started the new job at the bakery period is it the flour",
        [("handle", "sarah_bakes_0000"), ("phone", "07700 900461")],
        [],
    ),
    (
        "I'm asking for my grandad, Reginald Foyle, DOB 03/02/1939. He's been more confused than usual since Sunday and the carers at Ashgrove House think it might be a water infection.",
        [("name", "Reginald Foyle"), ("date_of_birth", "03/02/1939")],
        ["Ashgrove House"],
    ),
    (
        "so my friend jess told me to ask on here lol i'm 19 and my periods have been like 45 days apart for the last few months, is that bad?? my snap is lunar.moth_000 if u wanna reply there",
        [("name", "jess"), ("handle", "lunar.moth_000")],
        [],
    ),
    (
        "Dr Abernathy at Pinecrest Family Clinic told me my thyroid was fine but I still feel awful. My name is Lorraine Petit, I'm 47, and my chart number there is PFC-000391.",
        [("name", "Abernathy"), ("name", "Lorraine Petit"), ("id_number", "PFC-000391")],
        ["Pinecrest Family Clinic"],
    ),
    (
        "my little girl Ava is four and she's had a cough for ten days comma the nurse at the daycare Little Acorns sent her home again today period our address is two nineteen Birchwood Avenue Apartment 3B",
        [("name", "Ava"), ("address", "two nineteen Birchwood Avenue Apartment 3B")],
        ["Little Acorns"],
    ),
    (
        "Hi, Niamh here. Quick one: can I take ibuprofen with sertraline? Reply to niamh.oconnor.test@example.ie if easier.",
        [("name", "Niamh"), ("email", "niamh.oconnor.test@example.ie")],
        [],
    ),
    (
        "I got rear ended on the highway yesterday and my neck is killing me today the other driver's plate was 8 K L M 0 0 0 and my insurance claim number is C L 0 0 0 7 7 2 1 3 do I need an x-ray",
        [("licence_plate", "8 K L M 0 0 0"), ("id_number", "C L 0 0 0 7 7 2 1 3")],
        [],
    ),
    (
        "Writing for my wife Marguerite. Her oncologist Dr. Feldstein wants her to start chemo next month but she's terrified about losing her hair. Any tips on cold caps? She's 58.",
        [("name", "Marguerite"), ("name", "Feldstein")],
        [],
    ),
    (
        "hiya my name's Bethany Clough and I'm 33 weeks pregnant my midwife Sharon said my blood pressure was a bit high at 138 over 88 today should I be worried my phone is oh seven seven oh oh nine double oh two one four",
        [("name", "Bethany Clough"), ("name", "Sharon"), ("phone", "oh seven seven oh oh nine double oh two one four")],
        [],
    ),
    (
        "My son's student ID is 20240000117 and the university health centre wants me to send his vaccine records. His name is Arjun Mehta, he's 18. Does he need the meningitis B shot before moving into residence?",
        [("id_number", "20240000117"), ("name", "Arjun Mehta")],
        [],
    ),
    (
        "ok so I'm Trev from Ballarat and I've had gout in my big toe three times this year, my GP Doc Hennessy reckons I should go on allopurinol but I'm worried about side effects",
        [("name", "Trev"), ("name", "Hennessy")],
        [],
    ),
    (
        "I have a blog where I track my Crohn's flares, it's at www.gutsandglory-notreal.example.com/mylog if you want to see the pattern. The question is whether Humira is worth trying at my age (38).",
        [("url", "www.gutsandglory-notreal.example.com/mylog")],
        [],
    ),
    (
        "My daughter Lily-Rose is 2 and she has these white patches in her mouth that won't wipe off. We live at 4 Thistle Close, Harrogate. I've attached photos. Is it thrush?",
        [("name", "Lily-Rose"), ("address", "4 Thistle Close, Harrogate")],
        [],
    ),
    (
        "hi there my dad Frank is seventy six and he's got a sore on his foot that won't heal he's diabetic his date of birth is the second of November nineteen forty eight and his Medicare number is 3000 11111 2",
        [("name", "Frank"), ("date_of_birth", "the second of November nineteen forty eight"), ("id_number", "3000 11111 2")],
        [],
    ),
    (
        "Hello doctor, I am Mrs. Adebayo Oluwaseun writing on behalf of my husband Tunde. He has had hiccups for three days non stop. Our phone is +1 416 555 0149.",
        [("name", "Adebayo Oluwaseun"), ("name", "Tunde"), ("phone", "+1 416 555 0149")],
        [],
    ),
    (
        "i work nights at the Quikstop on Route 9 and i cant sleep during the day at all im 27 is melatonin ok to take every day. my name is Dustin if that matters",
        [("name", "Dustin")],
        ["Quikstop on Route 9"],
    ),
    (
        "my wife Siobhan keeps telling me I should get my moles checked comma there's one on my back she says has changed shape period I'm fifty nine and fair skinned period my email is kev dot brannigan at example dot com",
        [("name", "Siobhan"), ("email", "kev dot brannigan at example dot com")],
        [],
    ),
    (
        "Patient: Harold Winters. DOB: 12 Jan 1944. MRN 00-448-120. I'm his daughter. He has been coughing up green phlegm and his oxygen at home reads 93%. His respiratory nurse is Gemma.",
        [("name", "Harold Winters"), ("date_of_birth", "12 Jan 1944"), ("id_number", "00-448-120"), ("name", "Gemma")],
        [],
    ),
    (
        "hey doc my buddy Deshawn and I both got food poisoning from the same taco truck on friday he's fine now but I'm still running to the bathroom every hour is that normal after 3 days",
        [("name", "Deshawn")],
        [],
    ),
    (
        "Hi I'm Colette, my LinkedIn is linkedin.com/in/colette-marchand-000 if you need to verify I'm a nurse myself. Asking for my own knee - torn meniscus, is surgery always needed?",
        [("name", "Colette"), ("url", "linkedin.com/in/colette-marchand-000")],
        [],
    ),
    (
        "my name is Greg Oduya G R E G O D U Y A and I need a refill of my inhaler the ventilator one the blue one my pharmacy says the script ran out my number is four oh three five five five zero one eight eight",
        [("name", "Greg Oduya"), ("name", "G R E G O D U Y A"), ("phone", "four oh three five five five zero one eight eight")],
        [],
    ),
    (
        "Our twins Ollie and Alfie are 9 months and both have runny noses and a temp of 37.9. Nursery (Bumblebees on Mill Lane) says they can't come back till it's gone. Is that right?",
        [("name", "Ollie"), ("name", "Alfie")],
        ["Bumblebees on Mill Lane"],
    ),
    (
        "This is for my partner Sam (they/them), 24. Sam has been having panic attacks at work and our GP Dr Vasquez only offered a leaflet. We're in Brighton. What else can we ask for?",
        [("name", "Sam"), ("name", "Vasquez")],
        [],
    ),
    (
        "um I'm at 88 Kingfisher Drive Mississauga and my mother in law Rosa she's eighty four keeps falling at night we don't know why can somebody call us our number is nine oh five five five five oh one three three",
        [("address", "88 Kingfisher Drive Mississauga"), ("name", "Rosa"), ("phone", "nine oh five five five five oh one three three")],
        [],
    ),
    (
        "My SSN is 000-12-3456 and the lab billed me twice for the same A1c test. Who do I contact? Also my A1c was 7.4, is that bad? - Lamar",
        [("id_number", "000-12-3456"), ("name", "Lamar")],
        [],
    ),
    (
        "question from Edith aged 90 typed by her grandson Callum: she has pain in her right hip when she walks more than to the shops and her physio at Westfield Physio says it's arthritis but we want a second opinion",
        [("name", "Edith"), ("name", "Callum")],
        ["Westfield Physio"],
    ),
    (
        "Hi, I'm Priya Raghunathan, born 21/08/1990. I'm on the pill and going on a long-haul flight to Sydney next week. Should I wear flight socks?",
        [("name", "Priya Raghunathan"), ("date_of_birth", "21/08/1990")],
        [],
    ),
    (
        "so my kid got hit by a cyclist outside the school this morning he's fine just a graze and a bump but the guy rode off his bike had a little number plate thing on the back like a scooter plate E S 0 0 0 Z is that something I should report also should he get a tetanus shot",
        [("licence_plate", "E S 0 0 0 Z")],
        [],
    ),
    (
        "I'm Wendell, 63, retired bus driver. My cardiologist Dr. Nakamura-Hill wants me to have a stress test but I'm scared of treadmills after my knee op. Is there another option?",
        [("name", "Wendell"), ("name", "Nakamura-Hill")],
        [],
    ),
    (
        "my girlfriend mia has had a uti three times since christmas and the walk in clinic keeps giving her the same antibiotic, she's 22. is there something stronger. you can reach her at mia.t.0000@example.org",
        [("name", "mia"), ("email", "mia.t.0000@example.org")],
        [],
    ),
    (
        "Please help - my mum, Mrs Gwendolyn Price, has had diarrhoea since we got back from Spain. She's 70. Our address is Flat 2, 31 Lowther Road, Carlisle CA1 0ZZ and her NHS no. is 600 000 1122.",
        [("name", "Gwendolyn Price"), ("address", "Flat 2, 31 Lowther Road, Carlisle CA1 0ZZ"), ("id_number", "600 000 1122")],
        [],
    ),
    (
        "hi im Bree im 16 and my mum doesnt know im asking this but is it normal to have spotting after starting the pill. pls dont call the house. my tiktok is @bree.xo.000 if u need me",
        [("name", "Bree"), ("handle", "@bree.xo.000")],
        [],
    ),
    (
        "I am a teacher at Holy Cross Primary in Dundee and three kids in my class have had slapped cheek this week. I'm 14 weeks pregnant. Should I be worried? My name is Fiona MacLeod.",
        [("name", "Fiona MacLeod")],
        ["Holy Cross Primary in Dundee"],
    ),
    (
        "hi my name is Mohammed Al-Sayed my dad Yusuf is sixty eight his eyes are getting cloudy and he can't read the number plates anymore he drives a white camry plate number C D X 0 0 0 we are worried he isn't safe",
        [("name", "Mohammed Al-Sayed"), ("name", "Yusuf"), ("licence_plate", "C D X 0 0 0")],
        [],
    ),
    (
        "Re: my Policy No. HX-0000-55213 - the insurer says my physiotherapy isn't covered after 10 sessions. I'm still in pain after ACL reconstruction in March. Any letter you could write? Thanks, Bertie",
        [("id_number", "HX-0000-55213"), ("name", "Bertie")],
        [],
    ),
]
