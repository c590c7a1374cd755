# Privacy items with identifiers, part 6 (written by hand, writer 136)
ITEMS = [
    (
        "Hello,\n\nI'm 53 and I've had hepatitis C, treated in 2017 with Epclusa — cured, negative since. I drink "
        "maybe 2 glasses of wine at weekends. My recent ultrasound said 'coarse liver echotexture, ? early cirrhosis'. "
        "Fibroscan was 11.8 kPa. My hepatologist wants 6-monthly ultrasounds for liver cancer. My friend from "
        "work, Bev, said that's overkill since the virus is gone.\n\nIs the surveillance really needed after a cure?\n\n"
        "Thanks — Lorraine Obi, 0491 570 159",
        [("name", "Bev"), ("name", "Lorraine Obi"), ("phone", "0491 570 159")],
        [],
    ),
    (
        "My colleague Prakash collapsed at his desk this morning and was taken to the Royal Free. He's OK now. They "
        "said his potassium was very low. He takes a water tablet. The rest of us are shaken up. Is low potassium "
        "common with water tablets? Should he be having regular bloods?",
        [("name", "Prakash")],
        [],
    ),
    (
        "Hi, my wife and I run a dog grooming van (it's on insta as @scrubadub.dogs, plate on the van is SD22 WAG "
        "lol). I've developed really itchy eyes, sneezing and wheezing at work over the past year. I'm 36, had asthma "
        "as a kid. Can you suddenly become allergic to dogs after years? I've groomed 5,000 dogs!",
        [("handle", "@scrubadub.dogs"), ("licence_plate", "SD22 WAG")],
        [],
    ),
    (
        "My mum passed away from ovarian cancer in 2019 at 58. She had the BRCA1 gene. My sister Keeley and I have "
        "both tested positive. I'm 33, Keeley is 36. She's already had her ovaries out. I want one more baby before I "
        "have mine out. How long can I safely wait? My genetic counsellor is Fiona Drummond at the Churchill.",
        [("name", "Keeley"), ("name", "Fiona Drummond")],
        [],
    ),
    (
        "Hi, it's Dr. Robbie Fitzgerald here — not asking as a doctor, asking as a patient. I'm 44, I've had a "
        "cough for 8 weeks since a cold, worse at night, no smoking history, chest X-ray clear. Tried a steroid "
        "inhaler for 3 weeks. Is it worth trying a PPI for silent reflux before a CT?",
        [("name", "Robbie Fitzgerald")],
        [],
    ),
    (
        "My wee girl Isla-Rose is 3 and she's been complaining her ear hurts and pulling at it for 2 days. Temp 38. "
        "She's had 6 ear infections since last Christmas. Our GP in Paisley says if she gets another one she'll refer "
        "for grommets. Can we ask for the referral now?",
        [("name", "Isla-Rose")],
        [],
    ),
    (
        "I have a question about my lab results. I'm 62, male, ex-smoker. My PSA was 5.8 in June and 6.4 now. My "
        "urologist, Dr. Gallagher, wants an MRI then possibly a biopsy. My DOB is 17 May 1961 and my Medicare card is "
        "5543 21098 2 if your clinic can send for the MRI report. Should I be worried?",
        [("name", "Gallagher"), ("date_of_birth", "17 May 1961"), ("id_number", "5543 21098 2")],
        [],
    ),
    (
        "Hi there I'm 18 and my dentist (Dr. Pham) said my wisdom teeth are impacted and need to come out. My mum "
        "had hers out and had a dry socket and was in agony. Can I do anything to avoid that? I vape, should I stop?",
        [("name", "Pham")],
        [],
    ),
    (
        "Background:\nI'm Hemi, 48, Māori, living in Hamilton NZ but my sister is in Sydney. Diabetes type 2 since "
        "2014. HbA1c 79 in July. On metformin 1g BD and Jardiance 25. BP 146/92. Kidney ACR 12. Sister (Mere) just "
        "had her leg amputated below the knee from a diabetic foot ulcer.\n\nI have a small sore on my heel that "
        "hasn't healed for 3 weeks. It doesn't hurt. What should I do?",
        [("name", "Hemi"), ("name", "Mere")],
        [],
    ),
    (
        "I've been getting emails from a 'clinic' saying my test results are ready — from an address I don't "
        "recognise, and they ask for my Medicare number. Are these real? Also, separately, I have "
        "a real question: is a vitamin D of 38 nmol/L low? I'm 59, female, live in Hobart. — Dianne Cartwright",
        [("name", "Dianne Cartwright")],
        [],
    ),
    (
        "Posting for a friend, Marguerite (she's 67, retired nurse). She's had two falls and now has a big bruise on "
        "her hip and walks with a limp but says she's fine. X-ray at the walk-in was normal. Can a hip fracture be "
        "missed on an X-ray?",
        [("name", "Marguerite")],
        [],
    ),
    (
        "My son (Lachlan Fraser, DOB 09/12/2006) had his HPV vaccine at school last year but only got one dose because "
        "he was sick the day of the second. Does he need to catch up? We're in Western Australia. The school nurse "
        "left, no-one knows.",
        [("name", "Lachlan Fraser"), ("date_of_birth", "09/12/2006")],
        [],
    ),
    (
        "Hi, I'm a 30 y/o woman and my boss at Pinnacle Realty (Greg) keeps commenting on my weight since I started "
        "Saxenda. I've lost 14kg in 5 months. I'm getting constipated and have gallbladder type pain after fatty food. "
        "Is that from the Saxenda or from losing weight fast?",
        [("name", "Greg")],
        ["Pinnacle Realty"],
    ),
    (
        "Good morning, my husband Ted (79) has had a cough and fever for 3 days, 38.2 today. He had a lung lobe removed "
        "for cancer in 2016. His GP is Dr. Marsh at Cranbrook Village Surgery. He isn't short of breath. Can we wait "
        "for the GP on Monday? Our home address is Old Mill Cottage, Sissinghurst Road, Cranbrook TN17 2JA.",
        [("name", "Ted"), ("name", "Marsh"), ("address", "Old Mill Cottage, Sissinghurst Road, Cranbrook TN17 2JA")],
        ["Cranbrook Village Surgery"],
    ),
    (
        "I saw on linkedin.com/in/drpatrickhollowaymd that Dr. Holloway moved to a private clinic. He was my "
        "endocrinologist for my Graves' disease. I'm due to stop carbimazole after 18 months. Who do I follow up with "
        "now? I'm 37F.",
        [("url", "linkedin.com/in/drpatrickhollowaymd"), ("name", "Holloway")],
        [],
    ),
    (
        "hi, i had a one night stand 3 weeks ago and the condom broke. i took the morning after pill (levonelle) within "
        "12 hours. period is now 5 days late. test negative today. should i retest? im 21. i dont want to tell my "
        "housemate becca because she knows him",
        [("name", "becca")],
        [],
    ),
    (
        "I'm 57 and was diagnosed with sarcoidosis last year after a lung biopsy at the Brompton. Prednisolone 20mg "
        "for 6 months, now on 7.5mg. My skin bruises easily now and my sugar was 8.9 fasting. The consultant, "
        "Professor Mirza, wants to add methotrexate so I can come off steroids. Would that help the sugar? "
        "Reply to keith.dunmore@example.net please.",
        [("name", "Mirza"), ("email", "keith.dunmore@example.net")],
        [],
    ),
    (
        "Hello doctor. Our family doctor in Mississauga, Dr. Harjit Sandhu, is retiring. My father, 81, has heart "
        "failure, diabetes, and gout. We need a new doctor who can do home visits. Our address is 2231 Bramblewood "
        "Crescent, Mississauga ON L5L 3R6. Does your service cover that area?",
        [("name", "Harjit Sandhu"), ("address", "2231 Bramblewood Crescent, Mississauga ON L5L 3R6")],
        [],
    ),
    (
        "my dad got a dui last month and the court wants him to do an alcohol assessment. his plate got flagged too "
        "(7KDL219). he drinks a lot but says he doesnt need help. hes 50 and has high blood pressure. is there a "
        "medicine that helps people stop drinking that he might be open to? im his daughter, 19",
        [("licence_plate", "7KDL219")],
        [],
    ),
    (
        "Our GP surgery has asked us to send the baby's details for the 8 week check. Baby: Wren Okonkwo-Hale, "
        "born 01/10/2023 at Southmead. Parents: Adaeze and Tom. Tel 0117 496 0723. Also, her poos are green and "
        "frothy — she's breastfed. Is that normal?",
        [("name", "Wren Okonkwo-Hale"), ("date_of_birth", "01/10/2023"), ("name", "Adaeze"), ("name", "Tom"),
         ("phone", "0117 496 0723")],
        [],
    ),
    (
        "Hello, 43 year old woman. I've got a GoFundMe for my IVF (gofundme.com/f/baby-dreams-for-kat-and-jo) and "
        "we've done 3 rounds. The last one ended at 7 weeks. The clinic suggested immune testing and "
        "'natural killer cells'. Is that real or a money grab? My partner Jo and I are running out of money.",
        [("url", "gofundme.com/f/baby-dreams-for-kat-and-jo"), ("name", "Jo")],
        [],
    ),
    (
        "I'm 35 and work as a chef at The Copper Pot in Fremantle. I burned my forearm on the oven last week, about "
        "the size of a credit card. It blistered and I popped them. Now it looks white and shiny in the middle and "
        "doesn't hurt much. Is that good or bad? Head chef Marco says keep working.",
        [("name", "Marco")],
        ["The Copper Pot in Fremantle"],
    ),
    (
        "Hi, I'm a 26 year old trans man on testosterone (Sustanon 250 every 3 weeks) since 2020. My haematocrit "
        "came back at 0.54. My GP, Dr. Alderton, wants me to have blood taken off (venesection) and change to gel. "
        "Is 0.54 dangerous? My name's Rory, pronouns he/him. Portfolio at rorymakes.example.com in case you want to "
        "see who you're talking to, haha.",
        [("name", "Alderton"), ("name", "Rory"), ("url", "rorymakes.example.com")],
        [],
    ),
    (
        "Hi, writing for my mother-in-law, Rosa Delgado, 73. She has had a chronic cough for 3 years, sputum every "
        "morning. CT showed bronchiectasis. She had whooping cough as a child in Mexico. Her lung specialist, "
        "Dr. Kurt Hellman, wants her to do chest physio daily. She refuses. Any other options? Please call my cell "
        "(512) 555-0148, I'm her daughter-in-law Kristen.",
        [("name", "Rosa Delgado"), ("name", "Kurt Hellman"), ("phone", "(512) 555-0148"), ("name", "Kristen")],
        [],
    ),
    (
        "I'm a 31yo man. Since my vasectomy reversal in Feb (Mr. Ghosh, private) my sperm count is only 2 million. "
        "Wife Abi is 34 and we've been trying 8 months. Is it worth waiting longer or go to IVF? Hospital number "
        "MH-5528819.",
        [("name", "Ghosh"), ("name", "Abi"), ("id_number", "MH-5528819")],
        [],
    ),
    (
        "hello my grandad has a hearing aid and he keeps turning it off and now he's saying he can hear music that "
        "isn't there, old hymns. he's 89, sharp as a tack otherwise. his name is Alf and he lives with us. is this "
        "dementia or something else",
        [("name", "Alf")],
        [],
    ),
]
