# Writer 62 - privacy items, part F (mixed workers, more identifier formats)

ITEMS = [
    (
        "I'm a care home night nurse, Bukola, and I'm writing from work at Elmfield House (direct line 01865 960 224). "
        "I've had a metallic taste and nausea since starting metronidazole for BV. Can I drink at my sister's wedding saturday?",
        [("name", "Bukola"), ("phone", "01865 960 224")],
        ["Elmfield House"],
    ),
    (
        "hgv driver, i'm Stu, my missus is Karen. My big toe went red hot and swollen overnight, can't put a sock on. "
        "Karen says gout. I'm 48, drink a bit. what do i take",
        [("name", "Stu"), ("name", "Karen")],
        [],
    ),
    (
        "Cleaner (contract) at Westford Business Park, ID badge 3329-WF. I've had diarrhoea after every lunch from the "
        "canteen for a week. Other cleaners too. Food poisoning or something else? my name Esperanza, 555-0121",
        [("id_number", "3329-WF"), ("name", "Esperanza"), ("phone", "555-0121")],
        ["Westford Business Park"],
    ),
    (
        "Hello I'm Mr. Singh (Harjit), I drive a black cab, plate number is YX68 KMF. I get blurry vision in the evenings "
        "driving home and halos around headlights. 66 years old. Cataracts?",
        [("name", "Singh"), ("name", "Harjit"), ("licence_plate", "YX68 KMF")],
        [],
    ),
    (
        "Soldier, Lance Corporal, my service number is 25188430 and my unit med centre is at Tidworth Garrison. Knee swelling since "
        "a parachute landing 2 weeks ago, locks sometimes. Meniscus? Name: Aiden Rourke.",
        [("id_number", "25188430"), ("name", "Aiden Rourke")],
        ["Tidworth Garrison"],
    ),
    (
        "I'm a shop assistant at Halden's Hardware, my manager Mr. Halden (he owns it) says I look pale. I'm 18, heavy "
        "periods and always tired. Anaemia? Can I buy iron tablets myself?",
        [("name", "Halden")],
        ["Halden's Hardware"],
    ),
    (
        "My name is Precious and I work in a laundry (Sparkle Laundromat, 14 Dock Street). I got my hand caught in the "
        "wringer yesterday, fingers swollen and bruised, can move them. Xray?",
        [("name", "Precious")],
        ["Sparkle Laundromat"],
    ),
    (
        "Call me on my work mobile 07700 900 388 please - I'm a site manager. Question: my son Finley (6) got a nosebleed "
        "that lasted 30 minutes last night. He gets them a lot. Should he see ENT?",
        [("phone", "07700 900 388"), ("name", "Finley")],
        [],
    ),
    (
        "Hospital catering assistant, Rotherfield Infirmary, I'm Mandla, employee number 3010-7781. I was diagnosed with "
        "sickle cell trait at a health check. Does that matter for me? Should my partner be tested before we have kids?",
        [("name", "Mandla"), ("id_number", "3010-7781")],
        ["Rotherfield Infirmary"],
    ),
    (
        "Office cleaner. I'm 61, my DOB is 12 December 1962 so nearly 62. Had a mammogram letter saying 'recall for further "
        "tests'. Does that mean cancer? Appointment is on 4 March.",
        [("date_of_birth", "12 December 1962")],
        [],
    ),
    (
        "Bus mechanic at the Holloway depot, staff card 60-4412-H. I've got a persistent dry cough and breathless and "
        "my finger ends have gone clubbed (my wife noticed). 58. Smoked till 50. What could it be?",
        [("id_number", "60-4412-H")],
        ["Holloway depot"],
    ),
    (
        "I'm the cook at a youth hostel, Tess. My boyfriend Rafa and I both have bad itching in the groin. It's red with "
        "a raised edge. Jock itch? Can women get that too?",
        [("name", "Tess"), ("name", "Rafa")],
        [],
    ),
    (
        "Farmhand, name of Jethro Pike, I live in the cottage at Lower Fallow Farm, Nether Wyke. Cow kicked me in the ribs "
        "3 days ago, sore to breathe deep but not short of breath. Broken rib? Just rest?",
        [("name", "Jethro Pike"), ("address", "the cottage at Lower Fallow Farm, Nether Wyke")],
        ["Lower Fallow Farm"],
    ),
    (
        "warehouse picker, 34, my email is bigdave1989@example.net. my lower back has been aching for a month and "
        "stiff in the mornings for over an hour, gets better when I move. not normal back pain right?",
        [("email", "bigdave1989@example.net")],
        [],
    ),
    (
        "Hi, I'm Dr. Anand's patient - Dr. Sunita Anand at the Whitcombe Surgery. I'm a taxi dispatcher. She put me on "
        "atorvastatin 40mg and my legs ache. Is it the statin? My patient number there is W-55812.",
        [("name", "Sunita Anand"), ("id_number", "W-55812"), ("name", "Anand")],
        ["Whitcombe Surgery"],
    ),
    (
        "Receptionist at a solicitor's office, 45, female. For 2 months I get a burning mouth, tongue feels scalded. "
        "Menopause? Nothing looks wrong in the mirror.",
        [],
        [],
    ),
    (
        "Cleaner on cruise ship (Carnival), crew ID 448-2210-F, currently on shore leave. Had norovirus on board and still "
        "have cramps a week later. Is that normal?",
        [("id_number", "448-2210-F")],
        ["Carnival"],
    ),
    (
        "Security at the O2 arena, 26. Got punched in the face during a shift, nose is crooked now and I can't breathe through "
        "one side. It's been 5 days. Can they still fix it? Name is Kojo, mobile 555-0184",
        [("name", "Kojo"), ("phone", "555-0184")],
        ["O2 arena"],
    ),
    (
        "I'm a dairy worker and my handle on the farmers forum is cowman_bryn. I've got ringworm from the calves on my "
        "forearm, round scaly patch. Will clotrimazole sort it?",
        [("handle", "cowman_bryn")],
        [],
    ),
    (
        "Hi I'm a cleaner in an office block, my daughter Amara (DOB 03/03/2019) has had a fever on and off for 6 days "
        "and her eyes are red and her lips cracked. Her nursery is Little Acorns. Is this something serious?",
        [("name", "Amara"), ("date_of_birth", "03/03/2019")],
        ["Little Acorns"],
    ),
    (
        "Gardener for the council parks dept, staff ID PK-2271. Bitten by something in the long grass, a red bullseye rash "
        "appeared 10 days later, 8cm. Do I need doxycycline?",
        [("id_number", "PK-2271")],
        [],
    ),
    (
        "Meat inspector, I'm Ines. Address for letters: 5 Quarry Lane, Stanwick, NN9 6QU. Fevers up and down for 3 weeks "
        "with sweats and joint pain after working at the abattoir. Could it be brucella?",
        [("name", "Ines"), ("address", "5 Quarry Lane, Stanwick, NN9 6QU")],
        [],
    ),
    (
        "Hey doc, Marcus here, teacher and football coach at Southbrook School. My DOB is 21/06/1983 and my NHS number is "
        "401 023 2137. I've had two kidney stones this year. What should I eat or avoid?",
        [("name", "Marcus"), ("date_of_birth", "21/06/1983"), ("id_number", "401 023 2137")],
        ["Southbrook School"],
    ),
    (
        "Pharmacy technician at Well Pharmacy, I'm Noor. My own question: I take the combined pill and I get migraines with "
        "zig-zag lines before. Someone said that's dangerous? Work phone 0161 496 0519.",
        [("name", "Noor"), ("phone", "0161 496 0519")],
        ["Well Pharmacy"],
    ),
    (
        "I'm a cleaner, my employer is Sparkle Cleaning Services, and I'm on a zero hours contract. Payroll number 00-319-772. "
        "Doctor said I need a hysterectomy for fibroids. How long off work would I need, and do I get sick pay?",
        [("id_number", "00-319-772")],
        ["Sparkle Cleaning Services"],
    ),
    (
        "Hi, I drive a minicab, Prius, reg LB70 ZTN. I have a cyst on my bottom that flares up from the sitting. My name is "
        "Hamza. Can this be removed permanently?",
        [("licence_plate", "LB70 ZTN"), ("name", "Hamza")],
        [],
    ),
    (
        "Hi doctor, I run a gym class at St Peter's church hall on Tuesdays, my name is Olu, facebook.com/olu.fitness.fam is "
        "my page. A lady in my class said her chest felt tight during the session last week, she's 70. Should I make "
        "people get medical clearance?",
        [("name", "Olu"), ("url", "facebook.com/olu.fitness.fam")],
        ["St Peter's church hall"],
    ),
    (
        "Bricklayer. Been getting a rash on my wrists where the cement touches, cracked and weeping. I'm Ryan, 31. "
        "My boss is Steve at Coleman Builders. Cement dermatitis?",
        [("name", "Ryan"), ("name", "Steve")],
        ["Coleman Builders"],
    ),
    (
        "Night porter at the Grand Regent Hotel. I'm 63, on warfarin for AF, INR yesterday was 4.1. I bruise if anyone "
        "touches me. Should I skip a dose?",
        [],
        ["Grand Regent Hotel"],
    ),
    (
        "Hello my name is Akosua, pronouns she/her, I am a hospital cleaner and a student at Linwood College (student no "
        "LC-2023-0418). My left breast has a lump that hurts before my period. Is that normal? I'm 21.",
        [("name", "Akosua"), ("id_number", "LC-2023-0418")],
        ["Linwood College"],
    ),
]
