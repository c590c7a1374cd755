# Writer 62 - privacy items, part E (identifiers in unusual places and formats, mixed jobs)

ITEMS = [
    (
        "Subject: question from Kwabena (warehouse, nights)\n\nHi, my left testicle has had a dull ache for a month, no lump "
        "I can feel. I lift heavy boxes all night. Could it be a hernia or varicocele? Sent from my iPhone",
        [("name", "Kwabena")],
        [],
    ),
    (
        "my work email signature is below sorry cant turn it off\n\ni get sharp pains when i pee and its cloudy, 2 days, "
        "female 27\n\n--\nJoanna Kowalczyk | Payroll Officer | Fenbrook Council\nT: 01632 960418 | "
        "joanna.kowalczyk@fenbrook.example.gov.uk",
        [("name", "Joanna Kowalczyk"), ("phone", "01632 960418"), ("email", "joanna.kowalczyk@fenbrook.example.gov.uk")],
        ["Fenbrook Council"],
    ),
    (
        "I'm a truck driver in Texas, CDL holder, my DOT medical card is coming up and my BP was 148/94 at the last one. "
        "Name: Russell Dawes (everyone calls me Rusty), DOB 1/14/1972. If it's over 140/90 do I fail?",
        [("name", "Russell Dawes"), ("name", "Rusty"), ("date_of_birth", "1/14/1972")],
        [],
    ),
    (
        "nurse aide, my medicaid id is 88-219-4407-A and im trying to find out if they cover a sleep study. I stop "
        "breathing at night my boyfriend says",
        [("id_number", "88-219-4407-A")],
        [],
    ),
    (
        "Hello from Manila. I'm an OFW caregiver working in Dubai, currently home on leave. Passport P4481902B. "
        "Cough 3 weeks with night sweats and weight loss. My employer needs a TB clearance before I fly back on the 30th.",
        [("id_number", "P4481902B")],
        [],
    ),
    (
        "Reach me on WhatsApp +1 555 0100 128, I'm Lucía, housekeeper at a hotel in Cancún but visiting family. "
        "Question: I've been bitten by mosquitoes a lot and now have fever and pain behind my eyes. Dengue?",
        [("phone", "+1 555 0100 128"), ("name", "Lucía")],
        [],
    ),
    (
        "Employee ID: 004-88-1217\nDept: Night Sanitation\nSupervisor: R. Castellanos\n\nMy question is my skin is peeling "
        "on my palms and between fingers, i use the chlorine foam every night.",
        [("id_number", "004-88-1217"), ("name", "Castellanos")],
        [],
    ),
    (
        "Im a school bus driver, route 14, and my plate is 7KLM392 (California) - I had a fainting episode in the bus yard "
        "(not driving thank god) last week. They say I can't drive till cleared. How do I get cleared quickly?",
        [("licence_plate", "7KLM392")],
        [],
    ),
    (
        "Farm worker. My boss is Dale Hutchins at Hutchins Orchard and he said to ask. I got stung by a wasp on the "
        "neck picking apples, swelled up big but breathing fine, now 2 days later the swelling is bigger and hot. "
        "Infection or allergy?",
        [("name", "Dale Hutchins")],
        ["Hutchins Orchard"],
    ),
    (
        "This is about my grandad, former coal miner, his details: Mr Idris Llewellyn, 4 Tŷ Gwyn Row, Blaenafon NP4 9QQ, "
        "born 18th of June 1938. His lips and fingertips have looked bluish for a week and he is more tired. "
        "He says he's fine. His oxygen on the finger clip is 88%.",
        [("name", "Idris Llewellyn"), ("address", "4 Tŷ Gwyn Row, Blaenafon NP4 9QQ"), ("date_of_birth", "18th of June 1938")],
        [],
    ),
    (
        "its me again (lol) maya.t.works at example dot com - the bakery girl. still have the burning when i swallow, "
        "I think its reflux from the night shifts, gaviscon not helping",
        [("email", "maya.t.works at example dot com")],
        [],
    ),
    (
        "Driver for a food delivery app. My tiktok is @deliveryguy_dre where I posted about the crash. Anyway my wrist has "
        "been swollen since I fell off my scooter 3 weeks ago and it hurts at the base of my thumb. Scaphoid?",
        [("handle", "@deliveryguy_dre")],
        [],
    ),
    (
        "Please don't share this with my employer (Hartwell Care Group, employee no. HCG77214). I'm a carer and I've been "
        "self-medicating with codeine from work for my back and now I can't stop. How do I get off it safely?",
        [("id_number", "HCG77214")],
        ["Hartwell Care Group"],
    ),
    (
        "Hi Dr. Nakamura recommended this site. I'm a nail technician (Polished Nail Bar). The acrylic fumes give me a "
        "headache and now my own nail beds are itchy and lifting. Is it the methacrylate?",
        [("name", "Nakamura")],
        ["Polished Nail Bar"],
    ),
    (
        "Teacher, my personal website has my CV: www.example.com/~hmorrow - I just mention it because it has my teaching "
        "history. I need a letter that says I'm fit to teach after my breast cancer treatment (finished chemo in April).",
        [("url", "www.example.com/~hmorrow")],
        [],
    ),
    (
        "firefighter, Station 9, my union number (FBU) is 61-77492. After the warehouse fire last month I still have a "
        "cough and black phlegm in the mornings. Should I get lung function tests?",
        [("id_number", "61-77492")],
        ["Station 9"],
    ),
    (
        "Police officer, collar number 4471. I got spat at by a suspect, some went in my eye. It's been 24 hrs. Do I need "
        "blood tests for hep C or HIV?",
        [("id_number", "4471")],
        [],
    ),
    (
        "Hi, I'm the receptionist at the Gatewood vet clinic, Annika. Please ring back on 0117 496 0855 and ask for me. "
        "I have a lump on the side of my neck that moves when I swallow. Thyroid?",
        [("name", "Annika"), ("phone", "0117 496 0855")],
        ["Gatewood vet clinic"],
    ),
    (
        "Package handler at FedEx hub, employee # 8830142. My urine has been foamy for weeks and my ankles are puffy. "
        "I've got high BP (on losartan). Kidneys?",
        [("id_number", "8830142")],
        ["FedEx hub"],
    ),
    (
        "Hi! cleaner at Holmwood Primary School and at my church Trinity Baptist on weekends. I've got a red, hot, "
        "swollen patch on my shin that's spreading since yesterday and I feel shivery. Cellulitis? 66F, diabetic. "
        "My house is 23b Fountain Road, Elmstead if someone needs to come.",
        [("address", "23b Fountain Road, Elmstead")],
        ["Holmwood Primary School", "Trinity Baptist"],
    ),
    (
        "Chef. My name is Jean-Baptiste Moreau. Date of birth 29.02.1980. Severe itching all over at night but no rash, "
        "for 2 months. Liver? My partner is Élodie and she's fine.",
        [("name", "Jean-Baptiste Moreau"), ("date_of_birth", "29.02.1980"), ("name", "Élodie")],
        [],
    ),
    (
        "Roofer in Ohio. My SSN is 512-44-0937 (sorry the form asked for it). Fell off a ladder 8 feet, landed on my heels "
        "yesterday. Both heels swollen, can't walk on them. Calcaneus fracture?",
        [("id_number", "512-44-0937")],
        [],
    ),
    (
        "Farmworker at Sunridge Vineyards. My insurance member ID is ZGH 441 902 337. I've had a tick bite and now I have "
        "a fever and a rash of small red spots on my wrists and ankles. Rocky Mountain spotted fever?",
        [("id_number", "ZGH 441 902 337")],
        ["Sunridge Vineyards"],
    ),
    (
        "Writing for my mum Bernadette (Bernie) who works the till at Aldi, she's 59. Her hands shake and she's lost weight, "
        "heart racing, always hot. We live at 77 Parkside Drive, Gorton M18 if you need to write.",
        [("name", "Bernadette"), ("name", "Bernie"), ("address", "77 Parkside Drive, Gorton M18")],
        ["Aldi"],
    ),
    (
        "Hi, I'm a delivery rider and my Strava is strava.com/athletes/55129087 so you can see how much I ride. "
        "Saddle sore on my groin that's now a hard painful lump. Abscess?",
        [("url", "strava.com/athletes/55129087")],
        [],
    ),
    (
        "Warehouse worker. Ext. 216 at the front desk if you need me at work, or mobile 555-0158. I'm Paulo. "
        "My left eye has a red blotch on the white part, no pain, appeared this morning after I sneezed a lot. Bad?",
        [("phone", "Ext. 216"), ("phone", "555-0158"), ("name", "Paulo")],
        [],
    ),
    (
        "Lab tech at Corvane Pharmaceuticals. Staff no. C-11920. I had an accidental splash of a solvent (DMSO) on my "
        "skin and now I have a garlic taste in my mouth. Is this harmful?",
        [("id_number", "C-11920")],
        ["Corvane Pharmaceuticals"],
    ),
    (
        "A neighbour, Mrs. Oduya, fell on her front step yesterday. I'm her carer 3 days a week. She's 88 and her hip hurts "
        "but she can walk with her frame. Should she get an xray? She lives at Flat 6, Marlowe Court, 120 Station Road.",
        [("name", "Oduya"), ("address", "Flat 6, Marlowe Court, 120 Station Road")],
        [],
    ),
    (
        "Postman, Royal Mail, walk number 14, staff number 92210447. Dog bit my ankle through my trousers. "
        "Small puncture marks. Antibiotics needed? I'm Gary.",
        [("id_number", "92210447"), ("name", "Gary")],
        ["Royal Mail"],
    ),
    (
        "Hey it's Tomasz again, my phone +48 555 010 731 (Polish number, I'm back home for a bit). I work as a welder in "
        "the UK. My eye is still sore after the arc flash, gritty and watery. 3 days. Keep using the drops?",
        [("name", "Tomasz"), ("phone", "+48 555 010 731")],
        [],
    ),
    (
        "Nanny, 24. The baby I look after (Olivia, 10 months) has a rash that's spreading but she's happy and eating. "
        "Her parents are at work. The address is 9 Grosvenor Mews, Clifton BS8 if I need to give it to someone.",
        [("name", "Olivia"), ("address", "9 Grosvenor Mews, Clifton BS8")],
        [],
    ),
    (
        "Fisherman, own boat out of Whitby, 48. My hands are covered "
        "in these warts, 20+. Cryo? Can I get them frozen at the chemist?",
        [],
        [],
    ),
    (
        "Hello from a postal worker, I'm Femi Adebayo-Clarke, employee no. 71-0043. I had a small stroke last month and my "
        "speech is still a bit slurry when I'm tired. When can I go back to work? My wife's number is 555-0176.",
        [("name", "Femi Adebayo-Clarke"), ("id_number", "71-0043"), ("phone", "555-0176")],
        [],
    ),
    (
        "School dinner lady at Birchwood Primary, 55. Patient ID at my GP is 00738421. I've got a swelling in my jaw under "
        "my ear that hurts more when I eat. Salivary stone? Name: Doreen.",
        [("id_number", "00738421"), ("name", "Doreen")],
        ["Birchwood Primary"],
    ),
    (
        "Uber driver. Car reg: WR21 OXP, I'm mentioning it because I had a panic attack in the car last week with a "
        "passenger and I had to pull over. Is it safe for me to keep driving?",
        [("licence_plate", "WR21 OXP")],
        ["Uber"],
    ),
]
