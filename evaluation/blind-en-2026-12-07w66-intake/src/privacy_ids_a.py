# Privacy items with identifiers, part A (written by hand, writer 66)

def N(t):
    return {"type": "name", "text": t}

def P(t):
    return {"type": "phone", "text": t}

def E(t):
    return {"type": "email", "text": t}

def A(t):
    return {"type": "address", "text": t}

def I(t):
    return {"type": "id_number", "text": t}

def D(t):
    return {"type": "date_of_birth", "text": t}

def U(t):
    return {"type": "url", "text": t}

def H(t):
    return {"type": "handle", "text": t}

def L(t):
    return {"type": "licence_plate", "text": t}


ITEMS = [
    {"text": "My daughter Poppy is 14 months and still not pulling herself up to stand, is that normal? Her big brother Alfie was walking by 11 months so I keep comparing",
     "identifiers": [N("Poppy"), N("Alfie")], "quasi": []},
    {"text": "Hi, can a health visitor come out to us? We're at 14 Larkspur Close, Whitby and I don't drive. Baby Ezra is 3 weeks old and feeding every hour round the clock",
     "identifiers": [A("14 Larkspur Close, Whitby"), N("Ezra")], "quasi": []},
    {"text": "sorry its late. my son jayden has had a cough for 2 weeks, he goes to Little Acorns Daycare and half the room has it. is it worth taking him in or just ride it out",
     "identifiers": [N("jayden")], "quasi": ["Little Acorns Daycare"]},
    {"text": "Our paediatrician Dr Okonkwo said to come back if the rash spread. It has spread to her tummy now. Do I ring the surgery or just book online? Her NHS number is 943 476 5919 if you need it",
     "identifiers": [N("Okonkwo"), I("943 476 5919")], "quasi": []},
    {"text": "Medicaid member ID for my twins is TX88231907 and TX88231908 — the pharmacy keeps saying the amoxicillin isn't covered. Who do I talk to about that?",
     "identifiers": [I("TX88231907"), I("TX88231908")], "quasi": []},
    {"text": "Please call me back on 07700 900412, it's about my little boy Reuben, he's 2 and has been pulling at his ear and screaming all night",
     "identifiers": [P("07700 900412"), N("Reuben")], "quasi": []},
    {"text": "My grandson Tobias Wren (born 03/11/2019) is staying with me for the summer and I forgot his inhaler. Can I get an emergency supply here?",
     "identifiers": [N("Tobias Wren"), D("03/11/2019")], "quasi": []},
    {"text": "hello, im mum to Isla-Rose (3) and Harvey (6 months). Harvey's got a flat spot on the back of his head, health visitor Janet says its fine but i'm not sure. should i push for a referral?",
     "identifiers": [N("Isla-Rose"), N("Harvey"), N("Janet")], "quasi": []},
    {"text": "Can someone email me the results for my son's blood test? it's kaycee.m.brown@example.com. His name is Marcus Brown and it was done Tuesday at the clinic.",
     "identifiers": [E("kaycee.m.brown@example.com"), N("Marcus Brown")], "quasi": []},
    {"text": "My daughter's school (Hollybrook Primary) says she needs a doctors note for her asthma pump. Her name is Amira Haddad, year 4. Could you send one?",
     "identifiers": [N("Amira Haddad")], "quasi": ["Hollybrook Primary"]},
    {"text": "we call him Bubba but his real name is Theodore. he's 9 months and only has 1 tooth, is that late??",
     "identifiers": [N("Bubba"), N("Theodore")], "quasi": []},
    {"text": "Our baby Nell was born on 12 February 2024 at 34 weeks. Her corrected age confuses me — do I go by that for weaning or her real age?",
     "identifiers": [N("Nell"), D("12 February 2024")], "quasi": []},
    {"text": "I posted pics of my son's rash on my insta @tiredmama_of3 if anyone can look — doctor wouldn't see him til next week",
     "identifiers": [H("@tiredmama_of3")], "quasi": []},
    {"text": "My kid Deshawn got a referral to a speech therapist, the letter says ref no. SLT-2024-00871. Nobody has called us in 4 months. Who do I chase?",
     "identifiers": [N("Deshawn"), I("SLT-2024-00871")], "quasi": []},
    {"text": "Hi Dr. Feldman, it's Rachel, Noah's mom. You saw him Friday for the croup. He's better but still barky at night, should he finish the steroid?",
     "identifiers": [N("Feldman"), N("Rachel"), N("Noah")], "quasi": []},
    {"text": "I am writing for my niece Sofía Ramírez Ortega, 7. She lives with me at 2207 W Maple Ave, Apt 3B, Fresno and I have guardianship papers. Can I bring her in for her shots?",
     "identifiers": [N("Sofía Ramírez Ortega"), A("2207 W Maple Ave, Apt 3B, Fresno")], "quasi": []},
    {"text": "My son's student ID is 20418837, the school nurse at Westfield Middle wants his allergy action plan signed by a doctor by Friday",
     "identifiers": [I("20418837")], "quasi": ["Westfield Middle"]},
    {"text": "Not sure if this is the right place. My partner Kez and I are foster carers and our placement (we'll call her L, she's 5) has nits that won't go away",
     "identifiers": [N("Kez")], "quasi": []},
    {"text": "toddler hit his head on the coffee table yesterday, seems totally fine today. my mum (nanna pat) insists I take him to get checked. thoughts?",
     "identifiers": [N("pat")], "quasi": []},
    {"text": "Babysitter is Chloe, her number is (555) 014-2276, she will bring Milo in for his appointment as we're both at work. Is that ok with consent?",
     "identifiers": [N("Chloe"), P("(555) 014-2276"), N("Milo")], "quasi": []},
    {"text": "My daughter Grace was diagnosed with type 1 in March. Her endo is Dr Abimbola Adeyemi and she's great but we can't get hold of the diabetes nurse. Anyone else have this?",
     "identifiers": [N("Grace"), N("Abimbola Adeyemi")], "quasi": []},
    {"text": "Child benefit reference on the letter is CHB 40 91 88 27 C — do I need this to register my baby at the GP or just the red book?",
     "identifiers": [I("CHB 40 91 88 27 C")], "quasi": []},
    {"text": "Is 38.2 a fever for a 4 year old? Ollie's cheeks are bright red. My husband Gav says I worry too much lol",
     "identifiers": [N("Ollie"), N("Gav")], "quasi": []},
    {"text": "my 6yo, Kai Nakamura-Lee, dob 17/08/2018, needs his pre-school booster. we moved from Leeds and I don't know if he had it. can you check records?",
     "identifiers": [N("Kai Nakamura-Lee"), D("17/08/2018")], "quasi": []},
    {"text": "Hey, I'm a dad of 3 and our youngest, Pip (short for Philippa), keeps waking up crying about her legs hurting. Growing pains? She's 4.",
     "identifiers": [N("Pip"), N("Philippa")], "quasi": []},
    {"text": "We blog about our son's journey with cleft palate at https://teamfinnstory.example.org - his surgeon recommended we ask here about feeding bottles",
     "identifiers": [U("https://teamfinnstory.example.org")], "quasi": []},
    {"text": "Please can the district nurse visit Flat 7, Rowan House, 22 Tenter Street for my mum Doreen. She's 84, has a leg ulcer and can't get down the stairs",
     "identifiers": [A("Flat 7, Rowan House, 22 Tenter Street"), N("Doreen")], "quasi": []},
    {"text": "i got a letter saying my daughter Layla missed her 12 month jabs but we went!! it was with nurse Bev at the surgery. her nhs no is 485 777 3456",
     "identifiers": [N("Layla"), N("Bev"), I("485 777 3456")], "quasi": []},
    {"text": "Question for a pediatrician please. My son Ezekiel (we say Zeke) has been constipated for 5 days. He's 20 months, mostly eats toast and milk.",
     "identifiers": [N("Ezekiel"), N("Zeke")], "quasi": []},
    {"text": "Can you fax the prescription to the pharmacy? Its for my son Luca Ferraro, insurance member number BCX4471029-01. Thank you",
     "identifiers": [N("Luca Ferraro"), I("BCX4471029-01")], "quasi": []},
    {"text": "The nursery (Sunflower Tots) sent Aria home with conjunctivitis and says she can't come back till it's cleared. Do drops clear it in 24 hours?",
     "identifiers": [N("Aria")], "quasi": ["Sunflower Tots"]},
    {"text": "Hi! My email is hello.from.the.okafors@example.net. Please send the leaflet about tongue tie — our midwife Siobhan mentioned it for baby Chidi",
     "identifiers": [E("hello.from.the.okafors@example.net"), N("Siobhan"), N("Chidi")], "quasi": []},
    {"text": "My 3 year old bit another kid at playgroup and the other mum says her son Benjy now needs a tetanus jab. Is that true for a bite that didn't break skin?",
     "identifiers": [N("Benjy")], "quasi": []},
    {"text": "we had a home visit booked for 18 Orchard Rise, Bicester but nobody came. baby has jaundice still at 3 weeks. my mobile is 07700 900871",
     "identifiers": [A("18 Orchard Rise, Bicester"), P("07700 900871")], "quasi": []},
    {"text": "My son Tyler (DOB 2011-05-30) has been seeing a counsellor at Ridgeview High and she suggested we ask a doctor about ADHD. Where do we start?",
     "identifiers": [N("Tyler"), D("2011-05-30")], "quasi": ["Ridgeview High"]},
    {"text": "Does anyone know if Dr. Marguerite Sloane still works at the childrens clinic? She saw my kids years ago and I'd like her again for my newborn.",
     "identifiers": [N("Marguerite Sloane")], "quasi": []},
    {"text": "My wife Priya is 36 weeks and my 2 year old Arjun just came down with chickenpox. Priya says she had it as a kid. Do we need to keep them apart?",
     "identifiers": [N("Priya"), N("Arjun")], "quasi": []},
    {"text": "Parking question sorry — can I park in the disabled bay if my son has a blue badge but I'm in my partner's car? reg is KX19 PLM",
     "identifiers": [L("KX19 PLM")], "quasi": []},
    {"text": "im so tired. lottie wont sleep more than 40 mins at a time and shes 5 months old. my sister becca says try the cry it out thing but i cant bear it",
     "identifiers": [N("lottie"), N("becca")], "quasi": []},
    {"text": "Writing on behalf of my brother-in-law, Hamid Rostami, whose son (age 8) needs an eye test. Hamid's number is +44 1632 960518 if you prefer to speak with him.",
     "identifiers": [N("Hamid Rostami"), N("Hamid"), P("+44 1632 960518")], "quasi": []},
    {"text": "Our daughter Evie goes to St Brigid's Catholic Primary and they had a case of scarlet fever. She's now got a sore throat and a sandpapery rash. What do I do?",
     "identifiers": [N("Evie")], "quasi": ["St Brigid's Catholic Primary"]},
    {"text": "My baby's tiktok is @baby.juniper.grows lol but seriously, people keep commenting that her eyes look crossed in the videos. She's 4 months. Should I worry?",
     "identifiers": [H("@baby.juniper.grows")], "quasi": []},
]
