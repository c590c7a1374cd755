# Writer 63 - privacy items, file f (identifiers in unusual places and formats)
ITEMS = [
(
"""Subject: [Ref: NHS 612 884 0937] Query about repeat prescription - please reply to this thread only

Hello, my levothyroxine was changed from Teva to another brand and I feel awful, palpitations and can't sleep. Same dose 100mcg. Is that possible?""",
[("id_number", "612 884 0937")],
[]),
(
"""cc: moses.kiprotich@example.co.ke; wanjiru.k@example.co.ke
Our father is 74 and has been told his prostate is enlarged, PSA 8.9. The doctor in Eldoret wants a biopsy. My sister and I are on copy. Is a biopsy risky at his age?""",
[("email", "moses.kiprotich@example.co.ke"), ("email", "wanjiru.k@example.co.ke")],
[]),
(
"""sent from the car with siri so sorry my name is dolores mcbride spelled m c b r i d e and my date of birth is march third nineteen fifty I have terrible itching all over since I started the new water tablet""",
[("name", "dolores mcbride"), ("date_of_birth", "march third nineteen fifty")],
[]),
(
"""Kind regards,
Dr Tunde Bello
Locum GP | Meadowbank Surgery
t: 0161 496 0872 ext 214

^ I accidentally pasted the signature from the letter my GP sent. The letter says my "eGFR is 55, CKD stage 3a, no action needed". Is that right that nothing needs doing? I'm 72.""",
[("name", "Tunde Bello"), ("phone", "0161 496 0872 ext 214")],
["Meadowbank Surgery"]),
(
"""Patient details (from booking confirmation)
First name: Sung-min
Last name: Park
Date of birth: 1999/02/11
Mobile: 010-5550-7723
I booked for a skin check but what I really want to ask is whether isotretinoin is safe to take with my ADHD meds.""",
[("name", "Sung-min"), ("name", "Park"), ("date_of_birth", "1999/02/11"), ("phone", "010-5550-7723")],
[]),
(
"""my son's name is Muhammad Ali (yes like the boxer) and he's 6, he's had a barking cough for 2 nights but is fine in the day, no breathing trouble. Croup?""",
[("name", "Muhammad Ali")],
[]),
(
"""Good morning from Accra. Patient: Mrs. Abena Owusu-Ansah, 61. Ghana Card: GHA-725511902-4. She had a blood pressure of 190/110 at the pharmacy this morning, no headache, no chest pain, feels normal. Doctor can only see her next week. What should she do meanwhile?""",
[("name", "Abena Owusu-Ansah"), ("id_number", "GHA-725511902-4")],
[]),
(
"""This is from the pre-op questionnaire I'm filling:
Surname ........ O'Sullivan-Raines
Forename(s) .... Bridget Anne
Address ........ 27 Kestrel Rise, Bolton BL1 5XX
Telephone ...... 01204 555 0193
Q14: Have you ever had a reaction to anaesthetic? - I was very sick after my last op. Does that count?""",
[("name", "O'Sullivan-Raines"), ("name", "Bridget Anne"), ("address", "27 Kestrel Rise, Bolton BL1 5XX"), ("phone", "01204 555 0193")],
[]),
(
"""Whoever reads this: my partner Jo (Joanna) doesn't know I'm asking. She's been drinking a bottle of vodka a day since she lost her job at Hartley's Bakery and her hands shake in the morning. How do we get her help safely, I've heard stopping suddenly is dangerous?""",
[("name", "Jo"), ("name", "Joanna")],
["Hartley's Bakery"]),
(
"""@dr_help_pls is my burner account, my real one is @sofi.martinez.ok but i dont want people to see. I'm 20 and I think I have genital herpes, little painful blisters. How do I tell my boyfriend""",
[("handle", "@dr_help_pls"), ("handle", "@sofi.martinez.ok")],
[]),
(
"""Ref: Yr letter dated 03/02 re: CHI 0101651234
My husband (who this CHI is) was told his bowel screening kit was "abnormal". They want a colonoscopy. He's 60 and scared of the prep. Any tips?""",
[("id_number", "0101651234")],
[]),
(
"""Nurse at the school (St Columba's High) said my daughter, Ciara Devine, in 2nd year, might have scoliosis after the screening. She's 13. Our address for any letters is 6 Mill Brae, Derry BT48 9XX. What happens next?""",
[("name", "Ciara Devine"), ("address", "6 Mill Brae, Derry BT48 9XX")],
["St Columba's High"]),
(
"""Phone number for callback: zero seven seven zero zero nine double zero three four one. Name: Pete. I've got a painful red eye and I wear contacts, it's been 2 days.""",
[("phone", "zero seven seven zero zero nine double zero three four one"), ("name", "Pete")],
[]),
(
"""Vehicle reg for the ambulance station parking was AB12 CDE... wait sorry that's my reg not theirs lol. I'm a paramedic, I keep getting eczema on my hands from the gloves and sanitiser. Any advice?""",
[("licence_plate", "AB12 CDE")],
[]),
(
"""[Signal]
Babcia 🌸 (+48 555 202 417): Wnusiu, doctor says my heart "migotanie" - what is this in English
me: atrial fibrillation babcia
She's 86, they gave her apixaban. She's scared of bleeding. Is it dangerous at her age?""",
[("phone", "+48 555 202 417")],
[]),
(
"""Patient sticker I photographed in my notes folder, typing it out:
| NAME: ABIODUN, Folake T |
| HOSP NO: 2204518X |
| D.O.B: 19/07/1983 |
| WARD: Delivery Suite |
That's me, I'm postnatal now, day 5 after a c-section. My wound is a bit pink and I'm worried it's infected.""",
[("name", "ABIODUN, Folake T"), ("id_number", "2204518X"), ("date_of_birth", "19/07/1983")],
[]),
(
"""Hi, Gabriel here (gabe.torres.example on Venmo if anyone's curious lol). 33M, I've had a cold sore on my lip that's lasted 3 weeks and won't heal. Normal?""",
[("name", "Gabriel"), ("handle", "gabe.torres.example")],
[]),
(
"""Address where I'm staying with my son's father: 1450 Riverside Dr, Apt 9C, New York, NY 10033. Our son Elijah is 2 and has a rash that looks like a target on his arms after a cold. He's playing happily. What is it?""",
[("address", "1450 Riverside Dr, Apt 9C, New York, NY 10033"), ("name", "Elijah")],
[]),
(
"""from my employer's occupational health portal:
Employee: Gupta, Rohan
Emp ID: 004-88120
Department: Warehouse (Night Shift), Kestrel Freight
Referral reason: recurrent low back pain, 3 episodes in 6 months
They want me to see a physio. Can I choose my own?""",
[("name", "Gupta, Rohan"), ("id_number", "004-88120")],
["Kestrel Freight"]),
(
"""Sorry my mum wrote this, she doesn't type well: "my nam is Perpetua Eze I am 70 year. my lef leg pain in nigt burning. I live 14 Adeniran Ogunsanya street Surulere Lagos." Her sugar is high too.""",
[("name", "Perpetua Eze"), ("address", "14 Adeniran Ogunsanya street Surulere Lagos")],
[]),
(
"""Insurance: Allianz Care, Policy 71-220-9981-00. I'm an expat in Shanghai, 41, and my ears have been ringing since a concert 5 days ago. Will it go away?""",
[("id_number", "71-220-9981-00")],
[]),
(
"""Quick background from the ward whiteboard: "Bay 4 Bed 2 - Mr Enzo Ricci - NBM from midnight - Consultant: Ms Iyer". My dad is Enzo, he's having his bowel op tomorrow. Why no food from midnight but he's diabetic?""",
[("name", "Enzo Ricci"), ("name", "Iyer"), ("name", "Enzo")],
[]),
(
"""This is my youtube where I document my ostomy journey: youtube.com/@StomaSteph_example. I'm Steph, 29. My stoma has been more output than usual, watery, for 2 days. Should I worry about dehydration?""",
[("url", "youtube.com/@StomaSteph_example"), ("name", "Steph")],
[]),
(
"""Re: Appt for AHMADI, Zahra (DOB 02.09.2017) — Paediatric Asthma Clinic — 11/03/2025 14:00
The clinic letter above, I'm her dad. Her preventer inhaler makes her hoarse. Should we use a spacer with it?""",
[("name", "AHMADI, Zahra"), ("date_of_birth", "02.09.2017")],
[]),
]
