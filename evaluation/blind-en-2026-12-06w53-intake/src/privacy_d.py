# Hand-written privacy items, part D (long rambling family messages, mixed countries, with identifiers).

ITEMS = [
    (
        "Sorry this is long. So it's me (Sharon), my husband Pete, our three kids Maisie 11, Freddie 8 and baby Elsie who's 10 months, "
        "plus my mum Valerie who moved in after her hip. Everyone has had the norovirus thing since Sunday except Pete, who is now "
        "also starting. Elsie has had about 6 wet nappies today so I think she's ok? Mum's the one I'm worried about because she's on "
        "water tablets (furosemide) and her legs are cramping. Freddie's school, Hillcrest Juniors, says 48 hours after the last sick. "
        "Our GP surgery texted 'Please do not attend the surgery with D&V, call 01632 960 311'. Do I need to stop Mum's water tablets? "
        "We're at 31 Meadow View, Kettering NN15 7RT.",
        [("name", "Sharon"), ("name", "Pete"), ("name", "Maisie"), ("name", "Freddie"), ("name", "Elsie"), ("name", "Valerie"),
         ("phone", "01632 960 311"), ("address", "31 Meadow View, Kettering NN15 7RT")],
        ["Hillcrest Juniors"],
    ),
    (
        "Hi. Nursery letter today, I'll copy it: 'Dear parents of Bluebell Room, we have had a confirmed case of scarlet fever. "
        "Please look out for...' etc. Anyway my daughter Evie (Evie Rose Carter, DOB 08/12/2021) now has a sore throat and a "
        "sandpapery rash on her tummy. My husband Jamal thinks it's just a virus. Do we need antibiotics?",
        [("name", "Evie"), ("name", "Evie Rose Carter"), ("date_of_birth", "08/12/2021"), ("name", "Jamal")],
        [],
    ),
    (
        "My wife's family are all over the place so bear with me. Her dad, Seamus, had bowel cancer at 52. Her brother Declan had polyps "
        "removed at 40. Her aunt Maureen had womb cancer. My wife, Niamh Corcoran, is 38 and has never been screened. Her GP in Kilkenny "
        "(Dr Tierney) says she's too young. Isn't that Lynch syndrome territory? Her mobile is 083 555 0172 if a genetic counsellor could ring her.",
        [("name", "Seamus"), ("name", "Declan"), ("name", "Maureen"), ("name", "Niamh Corcoran"), ("name", "Tierney"),
         ("phone", "083 555 0172")],
        [],
    ),
    (
        "So our grandson Bodhi is staying with us for the school hols (we're in Mooloolaba, house is 'The Pelicans', 3 Esplanade Lane, "
        "Mooloolaba QLD 4557). His mum, our daughter Kristen, packed his ADHD tablets but only enough for a week. He's on Vyvanse 30mg. "
        "Can a GP up here write a script without his paediatrician Dr Sato? We also have his little sister Indi with us who's fine.",
        [("name", "Bodhi"), ("address", "'The Pelicans', 3 Esplanade Lane, Mooloolaba QLD 4557"), ("name", "Kristen"),
         ("name", "Sato"), ("name", "Indi")],
        [],
    ),
    (
        "Pasting what the GP surgery sent me: 'Dear Mr Hughes, your recent blood test shows your HbA1c is 49 mmol/mol. Please book an "
        "appointment with Nurse Lynne to discuss. Ref: 9876543210.' I think 9876543210 is my NHS number. What does 49 mean? I'm Gethin Hughes, "
        "56, from Bangor (the Welsh one).",
        [("name", "Hughes"), ("name", "Lynne"), ("id_number", "9876543210"), ("name", "Gethin Hughes")],
        [],
    ),
    (
        "hi hi. my name is jade. my son's name is kayden. kayden's dad is ricky. ricky won't let kayden wear his glasses at his house because "
        "he says it makes his eyes lazy. kayden is 6. the optician (Specsavers) says he needs them all the time. who's right? my email "
        "jade.k.2015@icloud.com",
        [("name", "jade"), ("name", "kayden"), ("name", "ricky"), ("email", "jade.k.2015@icloud.com")],
        [],
    ),
    (
        "Hello, I'm Fr. Brendan Collins, parish priest in Clonakilty. One of our elderly parishioners, Nancy, asked me to help her write this. "
        "She's 91 and has a sore on her lower leg that's been there since Easter. The public health nurse, Mary Rose, dresses it weekly. "
        "Nancy wants to know if it will ever heal. She lives at Ardnavarra, Old Timoleague Road, Clonakilty, P85 W2K7.",
        [("name", "Brendan Collins"), ("name", "Nancy"), ("name", "Mary Rose"), ("address", "Ardnavarra, Old Timoleague Road, Clonakilty, P85 W2K7")],
        [],
    ),
    (
        "my mum Sue's fb is facebook.com/sue.pemberton.77 and she keeps posting that she's 'dying' and 'nobody cares' and then says "
        "she's joking. she's 62 and lives alone since dad died. my brother Gaz lives nearer. how do we get her seen by mental health",
        [("name", "Sue"), ("url", "facebook.com/sue.pemberton.77"), ("name", "Gaz")],
        [],
    ),
    (
        "Hi, I'm Aroha's mum (Aroha Ngata, 9, NHI: ZZB1274). Her teacher Whaea Lisa noticed she's been scratching her head a lot and "
        "there are little white bits that won't brush out. I also need to know if her brother Ihaia needs treating if he has no itch.",
        [("name", "Aroha"), ("name", "Aroha Ngata"), ("id_number", "ZZB1274"), ("name", "Lisa"), ("name", "Ihaia")],
        [],
    ),
    (
        "Dear Doctor, my father Raymond is 85 and is a retired engineer. He drives his Volvo (reg LR09 BFD) to the shops although he has "
        "had two minor bumps this year. The DVLA form asks about his eyesight and his memory. His GP, Dr Sandhu, hasn't said anything. "
        "Should I report him? — Caroline",
        [("name", "Raymond"), ("licence_plate", "LR09 BFD"), ("name", "Sandhu"), ("name", "Caroline")],
        [],
    ),
    (
        "Hello there. I'm 70 and live in Portrush. My HSC number is 711 309 4468. I've been getting a lot of heartburn at night, "
        "worse after a fry. My wife Kathleen has her own bottle of Gaviscon and I've been using it. Is long-term Gaviscon ok? Thanks, Sammy",
        [("id_number", "711 309 4468"), ("name", "Kathleen"), ("name", "Sammy")],
        [],
    ),
    (
        "Hey so I need help for my best mate Zac, he's 24 and has been on the gear (steroids) for his bodybuilding insta @zac.lifts.nz. "
        "Now his chest is growing, like actual boobs. I've told him. He won't see a GP cause embarrassing. What is that and is it reversible?",
        [("name", "Zac"), ("handle", "@zac.lifts.nz")],
        [],
    ),
    (
        "My daughter, Lily-Mae, was born on 1st June 2023, she's my first, and her poo has gone very pale, almost white, for the last few "
        "days. She's also still a bit yellow. My mum Tanya says it's because I'm breastfeeding. The health visitor is Precious, I can't "
        "get hold of her. What could it be?",
        [("name", "Lily-Mae"), ("date_of_birth", "1st June 2023"), ("name", "Tanya"), ("name", "Precious")],
        [],
    ),
    (
        "Hi, I'm Ahmed, 44, a taxi driver in Bradford. I had a call from the practice on 07700 900 745 asking me to book a diabetic "
        "eye screening. Do I need someone to drive me home after? I can't drive with the drops? My brother Tariq can pick me up.",
        [("name", "Ahmed"), ("phone", "07700 900 745"), ("name", "Tariq")],
        [],
    ),
    (
        "Hi, I'm Joanne. I'm the foster carer for a 13 year old girl (I'll call her K for privacy) and her social worker Melissa wants "
        "her to have the HPV jab. Her birth mum objects. Who gives consent? I'm in Swindon. My number is +44 7700 900 580.",
        [("name", "Joanne"), ("name", "Melissa"), ("phone", "+44 7700 900 580")],
        [],
    ),
    (
        "Dear Sir, I am 78 years and have been told I need a pacemaker. My son Anand, who is a doctor in Birmingham, says it's simple but "
        "my wife Kamala is worried. Please reply to anand.mehta.dr@nhs.net. My name is Haresh Mehta.",
        [("name", "Anand"), ("name", "Kamala"), ("email", "anand.mehta.dr@nhs.net"), ("name", "Haresh Mehta")],
        [],
    ),
    (
        "hi hi, me again, Tash. remember my boy Marley with the funny walk? The physio (Aimee) at the child development centre says he "
        "toe walks and might need splints. He's 5. Address for the appointment letters is 12a Beach Road, Paraparaumu 5032, not the old one.",
        [("name", "Tash"), ("name", "Marley"), ("name", "Aimee"), ("address", "12a Beach Road, Paraparaumu 5032")],
        [],
    ),
    (
        "Our Welsh cousins are visiting and their daughter Cerys (14) got stung by a bluebottle at Bondi today. She's sore but ok. "
        "Her dad Huw put vinegar on it and the lifeguard said hot water. Which is right?",
        [("name", "Cerys"), ("name", "Huw")],
        [],
    ),
    (
        "Please pass this on to the nurse: 'Patient name: Ms Deirdre Lacey. Date of birth: 14 August 1959. Hospital number: 00671234. "
        "Allergies: penicillin.' She has been prescribed co-amoxiclav by the out of hours doctor. Isn't that penicillin?",
        [("name", "Deirdre Lacey"), ("date_of_birth", "14 August 1959"), ("id_number", "00671234")],
        [],
    ),
    (
        "Hi, Grandma here. My granddaughter Olivia (Liv) is 16 and works weekends at the Nando's in Croydon. She says she feels faint "
        "standing up for long shifts and her hands go purple. Her mum, my daughter Donna, works nights so I'm asking. What could it be?",
        [("name", "Olivia"), ("name", "Liv"), ("name", "Donna")],
        ["the Nando's in Croydon"],
    ),
]
