# Hand-written privacy items, part A (mostly UK, with identifiers).
# Each item: (text, [(type, text), ...], [quasi, ...])

ITEMS = [
    (
        "Hi, I'm writing on behalf of my mum, Margaret Hollis, she's 81 and lives on her own at Rose Cottage, Mill Lane, "
        "Little Snoring NR21 0HU. Her GP is Dr Okafor at the village surgery. She's been more muddled than usual since the weekend "
        "and my sister Denise thinks it's a water infection again. Her NHS number is 485 777 3456 if that helps. "
        "Can a UTI really make an old lady this confused?",
        [("name", "Margaret Hollis"), ("address", "Rose Cottage, Mill Lane, Little Snoring NR21 0HU"), ("name", "Okafor"),
         ("name", "Denise"), ("id_number", "485 777 3456")],
        [],
    ),
    (
        "my son Alfie (DOB 14/03/2017) keeps getting nosebleeds at night, like 3 or 4 a week. nursery sent a note home too. is this normal",
        [("name", "Alfie"), ("date_of_birth", "14/03/2017")],
        [],
    ),
    (
        "Good evening. I received a letter from the hospital which reads: 'Dear Mr Pritchard, Hospital No. RJ1-0048213, "
        "your colonoscopy on 12 June showed two small polyps which have been removed and sent for histology.' "
        "It doesn't say whether they were cancerous. Should I be chasing this? My name is Gareth Pritchard, you can ring me on 07700 900417.",
        [("name", "Pritchard"), ("id_number", "RJ1-0048213"), ("name", "Gareth Pritchard"), ("phone", "07700 900417")],
        [],
    ),
    (
        "Quick q - got a text from the surgery saying 'Hi Chloe, your smear result is ready, please call 01632 960 552 to discuss'. "
        "Does that mean something's wrong?? normally they just send a letter. panicking a bit",
        [("name", "Chloe"), ("phone", "01632 960 552")],
        [],
    ),
    (
        "Hiya, my little girl Poppy is 4 and the teacher Mrs Atkinson at Brambleside Primary says she keeps squinting at the board. "
        "Do we go to an optician or the GP first? We're in Leeds LS6 2QB. Thanks, Jodie",
        [("name", "Poppy"), ("name", "Atkinson"), ("address", "LS6 2QB"), ("name", "Jodie")],
        ["Brambleside Primary"],
    ),
    (
        "My husband Clive was discharged yesterday after his hernia repair, the discharge summary says 'Patient: CLIVE ANDREWS, "
        "DOB 02.11.1958, MRN 7730145'. He's got a big purple bruise round the wound now, is that expected or should we go back?",
        [("name", "Clive"), ("name", "CLIVE ANDREWS"), ("date_of_birth", "02.11.1958"), ("id_number", "7730145")],
        [],
    ),
    (
        "I've been on sertraline 6 weeks now and honestly feel worse. I don't want to bother Dr Shah again. "
        "email me back on becca.thornley92@hotmail.co.uk please, I don't always pick up the phone",
        [("name", "Shah"), ("email", "becca.thornley92@hotmail.co.uk")],
        [],
    ),
    (
        "Right so long story. Our Nan (Joan, 88) had a fall at Christmas, she's OK now but since then Grandad Stan is doing everything "
        "for her and he's exhausted, he's 90 himself. My uncle Keith says we should get a carers assessment. Dad's mobile is "
        "07700 900 238 if someone from social services needs to call, he sorts all their stuff. They're at 14 Cromwell Road, Grantham. "
        "What I actually want to know is whether Nan's bruising on her legs that hasn't gone after 3 weeks is a worry? She's on apixaban.",
        [("name", "Joan"), ("name", "Stan"), ("name", "Keith"), ("phone", "07700 900 238"), ("address", "14 Cromwell Road, Grantham")],
        [],
    ),
    (
        "Does anyone know if you can get the shingles jab privately? I'm 64 so not eligible yet. My GP Dr Fiona McAllister said ask the pharmacy.",
        [("name", "Fiona McAllister")],
        [],
    ),
    (
        "Hello my name is Priya Raman and I work at Hartley & Vance Solicitors in Reading. I've had a cough for 5 weeks that won't shift, "
        "it's worse at night. I'm 35, non-smoker.",
        [("name", "Priya Raman")],
        ["Hartley & Vance Solicitors"],
    ),
    (
        "My daughter's school nurse sent this: 'Dear Parent/Carer of Isla Campbell, Class P3B, your child has been found to have head lice.' "
        "Which treatment actually works?? we've done the comb twice. Isla's got eczema so I'm scared of the chemical ones",
        [("name", "Isla Campbell")],
        [],
    ),
    (
        "Hi there. CHI number 1503715682 (that's me, Ewan). I've been told by the practice nurse my cholesterol is 7.2. "
        "Is that bad enough for statins or can I sort it with diet?",
        [("id_number", "1503715682"), ("name", "Ewan")],
        [],
    ),
    (
        "Got parking ticket at the hospital while my wife was in labour, reg is YD68 KLM, am I meant to appeal to the trust or the parking company? "
        "Also she's had stitches and its been 10 days, when do they dissolve",
        [("licence_plate", "YD68 KLM")],
        [],
    ),
    (
        "hello, writing for my grandson Tyler who won't talk to a doctor himself. he's 17, smoking weed every day and barely eating. "
        "his mum Kerry-Ann is at her wits end. he posts all his stuff on tiktok as @tylerz_vibez_07 and it's quite dark honestly. "
        "what can we do if he won't go to the GP",
        [("name", "Tyler"), ("name", "Kerry-Ann"), ("handle", "@tylerz_vibez_07")],
        [],
    ),
    (
        "Is it safe to take ibuprofen with naproxen? asking for my dad Malcolm, he's got bad knees. cheers, Lee",
        [("name", "Malcolm"), ("name", "Lee")],
        [],
    ),
    (
        "I'm a nurse at Westfield Lodge care home and one of our residents, Mrs Doris Kemp, has a pressure sore that's getting deeper. "
        "The district nurse, Angela, says it's grade 3. What dressings are recommended?",
        [("name", "Doris Kemp"), ("name", "Angela")],
        ["Westfield Lodge care home"],
    ),
    (
        "Hi! We've set up a fundraiser for my brother Connor's treatment abroad: https://www.gofundme.com/f/help-connor-walk-again "
        "He has a spinal cord injury from a rugby accident. Question is, is stem cell therapy actually proven for this?",
        [("name", "Connor"), ("url", "https://www.gofundme.com/f/help-connor-walk-again")],
        [],
    ),
    (
        "Pasting from my letter: 'Re: Ms Hannah Louise Bright, D.O.B. 21/07/1990, NHS No: 943 476 5919. "
        "Diagnosis: polycystic ovary syndrome.' Can someone tell me in plain English what this means for trying for a baby",
        [("name", "Hannah Louise Bright"), ("date_of_birth", "21/07/1990"), ("id_number", "943 476 5919")],
        [],
    ),
    (
        "our dog Biscuit bit my son Harvey on the hand this afternoon, broke the skin in two places. do he need antibiotics or a tetanus? "
        "he's 9 and had all his jabs",
        [("name", "Harvey")],
        [],
    ),
    (
        "Hi my name is Siobhan, mobile 07700900861. I'm 29 weeks pregnant and my feet and hands are really puffy. "
        "Midwife (Carol) isn't on till Monday. Should I worry about pre-eclampsia?",
        [("name", "Siobhan"), ("phone", "07700900861"), ("name", "Carol")],
        [],
    ),
    (
        "My partner Dev has had a rash on his back for a month, it's like circles with a clearer middle. He works at the Asda depot in Wakefield "
        "lifting all day so he's sweaty a lot. Ringworm?",
        [("name", "Dev")],
        ["the Asda depot in Wakefield"],
    ),
    (
        "I had my gallbladder out at the Nuffield in May. Since then I get diarrhoea after every meal. My consultant was Mr Raghavan. "
        "Is this a known thing? Name is Lorraine Fitch, DOB 5th April 1967.",
        [("name", "Raghavan"), ("name", "Lorraine Fitch"), ("date_of_birth", "5th April 1967")],
        [],
    ),
    (
        "My little brother Kai keeps getting tonsillitis, like 7 times this year. Mum (Tracey) wants him to have them out but the GP "
        "keeps saying no. what's the criteria? email is tracey.osei@gmail.com if easier",
        [("name", "Kai"), ("name", "Tracey"), ("email", "tracey.osei@gmail.com")],
        [],
    ),
    (
        "Dear doctor, I am 72 and I have been told I have atrial fibrillation. My daughter Rosemary wants me to take the blood thinner "
        "but I am frightened of bleeding. Yours sincerely, Albert Nkemelu, Flat 3, 27 Station Road, Didsbury, M20 6AB",
        [("name", "Rosemary"), ("name", "Albert Nkemelu"), ("address", "Flat 3, 27 Station Road, Didsbury, M20 6AB")],
        [],
    ),
    (
        "h&c number 320 471 8852 - I'm in Belfast, been waiting 3 years for a hip op. Is there any way to jump the list if the pain is worse now?",
        [("id_number", "320 471 8852")],
        [],
    ),
    (
        "My ex (Jordan) had chlamydia and didn't tell me till now. We split in March. Do I need testing even if I've got no symptoms? "
        "I'm Amber btw",
        [("name", "Jordan"), ("name", "Amber")],
        [],
    ),
    (
        "Hello, I'm a teaching assistant at St Bede's RC Primary and I look after a boy called Reuben in Year 2 who has type 1 diabetes. "
        "His mum Natalie gave us a plan but I'm nervous. If his sugar is 3.5 do I give the glucose gel first or call her first?",
        [("name", "Reuben"), ("name", "Natalie")],
        ["St Bede's RC Primary"],
    ),
    (
        "Hi, I'm Oliver's dad (Oliver Bancroft, Year 9). He's been complaining of heel pain after football. Coach Danny says it's Sever's. "
        "Is that right at 14?",
        [("name", "Oliver"), ("name", "Oliver Bancroft"), ("name", "Danny")],
        [],
    ),
    (
        "pls reply by text only 07700 900 129 - my husband reads my emails. I think I might have an STI and I need to know where to go",
        [("phone", "07700 900 129")],
        [],
    ),
    (
        "I've been following @gutgirl_glasgow on instagram and she says to cut out all FODMAPs forever. My dietitian Morag says only for "
        "6 weeks. Who's right? I'm Kirsty, 31, diagnosed with IBS last year.",
        [("handle", "@gutgirl_glasgow"), ("name", "Morag"), ("name", "Kirsty")],
        [],
    ),
    (
        "Can you please confirm whether my referral has gone through. Patient: Mr Terence Walsh. NHS number 401 023 2137. "
        "Address: The Old Forge, Church Street, Much Wenlock, TF13 6AE. It was for the memory clinic.",
        [("name", "Terence Walsh"), ("id_number", "401 023 2137"), ("address", "The Old Forge, Church Street, Much Wenlock, TF13 6AE")],
        [],
    ),
    (
        "Hi doc. My twins, Ruby and Rose, are 18 months and Rose is still not walking but Ruby has been since 11 months. "
        "Health visitor Jan said to wait till 2 but my mother in law Pat keeps going on about it. Should I push for a referral?",
        [("name", "Ruby"), ("name", "Rose"), ("name", "Jan"), ("name", "Pat")],
        [],
    ),
    (
        "My wife Sandra has bad psoriasis and they want to put her on a biologic injection. The nurse from the Dermatology dept, Gemma, "
        "rang from 0121 496 0722 to book her in. Are these injections dangerous long term?",
        [("name", "Sandra"), ("name", "Gemma"), ("phone", "0121 496 0722")],
        [],
    ),
    (
        "I'm a student at Cardiff Met, student number 21045583, and the uni health centre wants a letter about my ADHD meds. "
        "Who is supposed to write that, my old GP in Swansea or the new one?",
        [("id_number", "21045583")],
        ["Cardiff Met"],
    ),
    (
        "i got hit by a car on my bike last week (reg was something like WN15 OPT, police have it) and my shoulder still clicks and hurts "
        "when i lift my arm up. xray was clear. could it be a ligament?",
        [("licence_plate", "WN15 OPT")],
        [],
    ),
    (
        "Dad (Ronald Ivers, born 30 September 1941) has been prescribed amitriptyline for nerve pain in his feet. He's already on 9 other tablets. "
        "Isn't there a risk of him getting dizzy and falling? My brother Phil and I are worried.",
        [("name", "Ronald Ivers"), ("date_of_birth", "30 September 1941"), ("name", "Phil")],
        [],
    ),
    (
        "Has anyone else been told their baby has a tongue tie? Midwife Beverley said Archie's is 'mild' and might not need cutting "
        "but he's clicking when he feeds and my nipples are wrecked. Sorry for TMI.",
        [("name", "Beverley"), ("name", "Archie")],
        [],
    ),
    (
        "My details: Sophie Marsh, sophiemarsh.art@outlook.com, 07700 900 654. My question: I have a mole on my shoulder that's got "
        "a bit darker and itchy. How urgent is it to see someone?",
        [("name", "Sophie Marsh"), ("email", "sophiemarsh.art@outlook.com"), ("phone", "07700 900 654")],
        [],
    ),
    (
        "I look after my neighbour Eileen most days, she's 93, and today she said her hearing aid whistles constantly. "
        "Her audiologist is at Specsavers. Is it the wax? She's got a lot of it.",
        [("name", "Eileen")],
        [],
    ),
    (
        "This is from the letter from the eye clinic, I don't understand it: 'Mr D. Okonkwo (Hosp no. K0923774) has early "
        "cataracts in both eyes, not yet visually significant.' Does that mean I don't need surgery? Thanks, Daniel",
        [("name", "D. Okonkwo"), ("id_number", "K0923774"), ("name", "Daniel")],
        [],
    ),
    (
        "Our son Finlay is 6 and still wets the bed most nights. His teacher Miss Hargreaves doesn't know and we want to keep it that way "
        "before his school trip. Are the tablets (desmopressin) safe for a one-off?",
        [("name", "Finlay"), ("name", "Hargreaves")],
        [],
    ),
    (
        "Hi, Nicola here from 2 Orchard Close, Tewkesbury GL20 5PQ. I've run out of my levothyroxine and the surgery says 72 hours for a repeat. "
        "Is it dangerous to miss 3 days?",
        [("name", "Nicola"), ("address", "2 Orchard Close, Tewkesbury GL20 5PQ")],
        [],
    ),
    (
        "My grandson Ollie's band plays gigs every weekend and now he's got ringing in his ears that doesn't go. He's 19. "
        "You can see them on youtube.com/@thelatemorningsband if you want lol. Is tinnitus permanent at that age?",
        [("name", "Ollie"), ("url", "youtube.com/@thelatemorningsband")],
        [],
    ),
    (
        "Hello, I'm the practice manager at Elmhurst Surgery. We have a patient, Mr Bashir, who keeps sending us articles about ivermectin. "
        "Is there a good patient leaflet we can point him to?",
        [("name", "Bashir")],
        ["Elmhurst Surgery"],
    ),
    (
        "morning. I'm 45, female, periods all over the place and night sweats. my friend Lou says it's perimenopause and to ask for HRT. "
        "I'm going to see Dr Adeyemi next Thursday. What should I ask for?",
        [("name", "Lou"), ("name", "Adeyemi")],
        [],
    ),
    (
        "My stepdaughter Leah (15) told me she's been making herself sick after meals. Her mum doesn't know yet. Her dad Craig and I "
        "don't know whether to tell school. What's the first step?",
        [("name", "Leah"), ("name", "Craig")],
        [],
    ),
    (
        "Hi, I'm on the waiting list for a knee replacement, my waiting list number is WL-558201-ORT. I've been told 52 weeks. Can I pay for "
        "physio in the meantime and will it make the operation pointless?",
        [("id_number", "WL-558201-ORT")],
        [],
    ),
    (
        "Can you help, my mam has COPD and her oxygen supplier keeps cancelling deliveries. Their driver parks a van KP70 XNE outside "
        "and leaves without knocking. She's at 9 Heathfield Terrace, Sunderland SR2 7JT. Who do I complain to?",
        [("licence_plate", "KP70 XNE"), ("address", "9 Heathfield Terrace, Sunderland SR2 7JT")],
        [],
    ),
    (
        "My son Jayden had the MMR at 12 months and then a high temp and spotty rash a week later. Health visitor Shona said it's a normal "
        "reaction. Is it safe for him to have the second dose at 3 yrs 4 months?",
        [("name", "Jayden"), ("name", "Shona")],
        [],
    ),
    (
        "Hi. I'm a hairdresser (Curl Up & Dye in Bolton, lol) and my hands are cracked and bleeding from the bleach. I'm Zara, 24. "
        "Is this contact dermatitis?",
        [("name", "Zara")],
        ["Curl Up & Dye in Bolton"],
    ),
]
