# Writer 63 - privacy items, file b
ITEMS = [
(
"""ok so voice typing this because my hands are shaking not from anything bad just cold lol my name is Dmitri Volkov I am 38 and I live at 7 Birch Lane Ashford Kent TN23 5XX and I have had a rash on my shins red lumps painful for 10 days the pharmacist said erythema something""",
[("name", "Dmitri Volkov"), ("address", "7 Birch Lane Ashford Kent TN23 5XX")],
[]),
(
"""Will taking Ozempic affect my thyroid? I read the box says something about thyroid tumours. I'm 45, BMI 34, no family history of thyroid cancer as far as I know. Started 0.25mg on 6 January.""",
[],
[]),
(
"""From: Ward 9 Clerk
To: family
Re: Mr Ibrahim Hassan, Bed 17

Visiting hours 2-4pm and 6-8pm. Mr Hassan's next of kin on file is Layla Hassan, 07700 900 583.

^ got this from the hospital, my dad is Ibrahim. They said he has "AKI stage 2", creatinine went from 90 to 210. Will it go back to normal?""",
[("name", "Ibrahim Hassan"), ("name", "Hassan"), ("name", "Layla Hassan"), ("phone", "07700 900 583"), ("name", "Ibrahim")],
[]),
(
"""Mark the date: 12 March is when my migraines started getting daily. Before that maybe 2 a month. I'm on the pill (Rigevidon) and I get aura sometimes - zigzag lines. Someone on a forum said aura + pill is dangerous??""",
[],
[]),
(
"""Hi I'm a teacher at Greenfield Montessori, one of my pupils, Oliver B., has been scratching his scalp constantly and there are red patches behind his ears. Mum is Sarah, her email is sarah.b.home@example.com. Should I send him home?""",
[("name", "Oliver B."), ("name", "Sarah"), ("email", "sarah.b.home@example.com")],
["Greenfield Montessori"]),
(
"""MEMBER CARD
AETNA-EXAMPLE PPO
Member: Jonathan Reyes
ID: W284 991 0377
Group: 00871
Rx BIN: 610014

Does my plan cover a sleep study? I snore a lot and my wife says I stop breathing. (I typed my card info in case you need it)""",
[("name", "Jonathan Reyes"), ("id_number", "W284 991 0377")],
[]),
(
"""Rose hip tablets - do they actually help arthritis? My knees are bad (osteoarthritis on x-ray 2023) and I'm 71. Also taking glucosamine 1500mg.""",
[],
[]),
(
"""[Messenger]
Aunty Bisi: pls ask your doctor friend whether I can take my BP tablets with bitter leaf
Aunty Bisi: the amlodipine
Me: I'll ask online aunty
so yeah, can she? she is 63 and also diabetic""",
[("name", "Bisi")],
[]),
(
"""My employee number at Ferngrove Care Home is FG-20931, HR want a note from a doctor that my back is ok to do lifting again after my disc bulge in November. Can an online doctor write that? My name is Agnieszka Nowak.""",
[("id_number", "FG-20931"), ("name", "Agnieszka Nowak")],
["Ferngrove Care Home"]),
(
"""Crohn's flare or food poisoning? Had diarrhoea 6x a day for 4 days, blood once. Diagnosed Crohn's 2018 at St Mark's. On azathioprine 100mg. Calprotectin last month was 85.""",
[],
[]),
(
"""Hello doctor good morning. I am Ravi Shankar Iyer age 56 years from Chennai. Mobile +91 98400 55512. I am having sugar 280 fasting since 3 days even with metformin 1000 twice daily and glimepiride 2mg. Kindly advise""",
[("name", "Ravi Shankar Iyer"), ("phone", "+91 98400 55512")],
[]),
(
"""Pasted from the letter:
"Thank you for seeing this 34-year-old lady with a 3-month history of fatigue. Bloods: Hb 131, WCC 6.2, Plt 288, TSH 1.8, CRP <5, ferritin 44, vitamin D 28 nmol/L."
So everything normal except vitamin D? What dose should I take?""",
[],
[]),
(
"""my friend's snapchat is kaylee.xo.22 and she sent me a pic of her arm where she cut herself last week, it looks red and hot around it and theres some yellow stuff. she says she's fine now and not doing it anymore. is the cut infected? she's 16""",
[("handle", "kaylee.xo.22")],
[]),
(
"""Frank question: how many drinks a week is actually safe? My liver test GGT was 98 (ref <55) and ALT 61. I'm 44 and drink maybe 4 beers most nights.""",
[],
[]),
(
"""Good evening, this is Fr. Michael O'Donnell, parish priest at St Brigid's, Ballina. One of our elderly parishioners, Mrs Nora Keane, lives alone at 3 Chapel Road, Ballina, and I found her very confused today but she refused an ambulance, talking fine now. She's 88. What should we watch for overnight?""",
[("name", "Michael O'Donnell"), ("name", "Nora Keane"), ("address", "3 Chapel Road, Ballina")],
[]),
(
"""Is it ok to give my 2 year old Benadryl for a long flight? 13kg. We fly to Sydney on the 14th. Cousin said it makes kids sleep.
Thanks, Brianna (brianna.k@example.com)""",
[("name", "Brianna"), ("email", "brianna.k@example.com")],
[]),
(
"""Insurance pre-auth denial letter:
Re: Patient Eleanor Whitfield, DOB 08/30/1952
Member ID: 4471-88-2093
Service: Zoledronic acid infusion
Reason: step therapy not met (oral bisphosphonate trial required)
That's my mum, she can't swallow alendronate because of her oesophagus. How do we appeal?""",
[("name", "Eleanor Whitfield"), ("date_of_birth", "08/30/1952"), ("id_number", "4471-88-2093")],
[]),
(
"""Hi, it's Beatriz from Porto. Ever since my trip to Brazil in December I get joint pains in my wrists and ankles. They tested me for chikungunya and it was IgG positive. Can this last months? beatriz.lopes.porto@example.pt if you want to write me""",
[("name", "Beatriz"), ("email", "beatriz.lopes.porto@example.pt")],
[]),
(
"""The specialist at Great Ormond Street said my daughter's murmur is "innocent" but our GP wants another echo. She's 5. Echo in October 2024 was normal. Why repeat?""",
[],
[]),
(
"""UK driving licence: MORGA753116SM9IJ - the DVLA form D1 asks about my diabetes, I'm on insulin since last month. Do I need to declare it if I only take it at night? - Siân Morgan""",
[("id_number", "MORGA753116SM9IJ"), ("name", "Siân Morgan")],
[]),
(
"""is it true that you cant donate blood if you lived in the UK in the 90s? Im in Canada now. Also had hepatitis A as a kid. (it's @maple_leaf_mo on twitter if you reply publicly)""",
[("handle", "@maple_leaf_mo")],
[]),
(
"""Pasted from my Fitbit app export:
Date,Resting HR,SpO2 avg,Sleep
2025-02-10,52,95,6h12
2025-02-11,49,94,5h58
2025-02-12,47,91,6h40
2025-02-13,46,92,7h02
Is SpO2 91 at night worrying? I'm a 61yo woman, no lung problems.""",
[],
[]),
(
"""Dear Sir/Madam,
I am writing regarding my father, Mr. Aleksander Petrović (born 2 February 1945), who resides with us at Ilica 205, 10000 Zagreb. He has had blood in his urine twice this month without pain. His urologist appointment is not until May.
Yours faithfully,
Marija Petrović-Kovač""",
[("name", "Aleksander Petrović"), ("date_of_birth", "2 February 1945"), ("address", "Ilica 205, 10000 Zagreb"), ("name", "Marija Petrović-Kovač")],
[]),
(
"""Bill from the ER says "Dx: R07.89 other chest pain" - I went on 3/1, troponin x2 negative, ECG normal. They said probably costochondritis. It still hurts when I press on the sternum. How long does it last?""",
[],
[]),
(
"""so my roommate Tanisha is a nursing student at Ridgeway College and she says my mole needs to be checked because it's "asymmetrical". its on my back, I'm 27. Here's my number if a doc can call, 555-0121""",
[("name", "Tanisha"), ("phone", "555-0121")],
[]),
(
"""Addison's disease + vomiting bug: my endocrinologist said to double the hydrocortisone when sick (sick day rules). I take 10mg / 5mg / 5mg. Is double 20/10/10? And when do I use the injection?""",
[],
[]),
(
"""here is the chat with the out-of-hours doctor:
OOH Dr: Hello, who am I speaking to?
Me: Karim Benali, the dad
OOH Dr: And the child's name and DOB?
Me: Yasmin Benali, 14/06/2022
OOH Dr: Ok, give 5ml ibuprofen and see GP if no better in 48h
it's been 48h and she still has a temp of 38.9 and pulls her ear. GP or back to OOH?""",
[("name", "Karim Benali"), ("name", "Yasmin Benali"), ("date_of_birth", "14/06/2022")],
[]),
(
"""What is the difference between Type 1 and LADA? I was diagnosed at 35 with type 2 but my GAD antibodies came back positive (>250 IU/mL) last week.""",
[],
[]),
(
"""hola, me llamo Lucía Fernández Ruiz, I write in English for practice. I am 29 and I am pregnant 11 weeks, first time. I live at Calle de Toledo 88, 3ºB, Madrid. I have vomiting all day, 8 times yesterday, I cannot keep water. My matrona says is normal but I feel bad""",
[("name", "Lucía Fernández Ruiz"), ("address", "Calle de Toledo 88, 3ºB, Madrid")],
[]),
(
"""The pharmacist at Boots on the High Street said I shouldn't take St John's Wort with my pill. Is that true? Using Microgynon 30.""",
[],
[]),
(
"""Student health form (Uni of Example) - copied fields:
Student ID: 2317844
Full name: Chen Jiayi
Preferred name: Jenny
Course: MEng Civil
Issue: I get panic attacks before exams, heart racing, can't breathe properly, lasts 15 min""",
[("id_number", "2317844"), ("name", "Chen Jiayi"), ("name", "Jenny")],
["Uni of Example"]),
(
"""Hope someone can help - June last year I had a DVT in my left calf, was on apixaban for 3 months. Now I'm flying long haul in May. Do I need injections or compression stockings?""",
[],
[]),
(
"""hi this is Nana Ama Serwaa, my twitter is @NanaAmaHeals, im a community health volunteer in Tamale. An old man in our area has a big sore on his foot that smells, he has diabetes. What do I tell him""",
[("name", "Nana Ama Serwaa"), ("handle", "@NanaAmaHeals")],
[]),
(
"""Vitals from the nursing home sheet today: BP 98/56, HR 104, Temp 38.2, RR 22, SpO2 93% RA. Resident in Room 14 is 91 and more sleepy than usual. Is this something for the GP tomorrow or now?""",
[],
[]),
(
"""i keep googling Cushing's because my face went round and i got purple stretch marks but i've been on prednisolone 30mg for my asthma for 6 weeks. is that the same thing""",
[],
[]),
(
"""Contact me: Tomás Ó Súilleabháin, tomas.osullivan@example.ie, linkedin.com/in/tomas-osullivan-example
My question: does PSA 6.8 at age 59 always mean biopsy? Urologist at the Mater wants an MRI first.""",
[("name", "Tomás Ó Súilleabháin"), ("email", "tomas.osullivan@example.ie"), ("url", "linkedin.com/in/tomas-osullivan-example")],
[]),
(
"""May I ask whether 2.5mg of bisoprolol is a low dose? My cardiologist started me on it after my echo showed ejection fraction 45%. I'm 66.""",
[],
[]),
(
"""copied from my nhs app:
Name: Daniel Osei
NHS number: 485 777 3456
Date of birth: 9 December 1996
Allergies: none known
Problem: Asthma (diagnosed 2004)
Can I get my salbutamol prescribed online? I've run out.""",
[("name", "Daniel Osei"), ("id_number", "485 777 3456"), ("date_of_birth", "9 December 1996")],
[]),
(
"""Alzheimer's runs in my family, my mum got it at 68 and her sister too. I'm 50. Is there a blood test? I heard about APOE4.""",
[],
[]),
(
"""My supervisor Ms. Gallagher at Brightwater Call Centre said I need a doctor's note for the 3 days off with gastro. I didn't see anyone, just stayed home. Can you give one? Employee ID BW-5521. I'm Shauna.""",
[("name", "Gallagher"), ("id_number", "BW-5521"), ("name", "Shauna")],
["Brightwater Call Centre"]),
(
"""Lipid profile (fasting, 20/02/2025): total chol 6.9, LDL 4.8, HDL 1.1, TG 2.1 mmol/L. QRISK3 12.4%. Doctor offered atorvastatin 20mg. Can I try diet for 3 months first?""",
[],
[]),
(
"""Hey, found you via the app. I'm Ji-woo (IG @jiwoo.lifts). Got a weird lump on my wrist, soft, moves a bit, got bigger when I was lifting. No pain. I'm 23.""",
[("name", "Ji-woo"), ("handle", "@jiwoo.lifts")],
[]),
(
"""Faith is the only thing keeping me going right now, my husband's chemo (FOLFOX) starts again Monday after a 2 week break because his platelets were 68. What platelet level do they need to restart?""",
[],
[]),
(
"""the car is a silver Corolla reg LB68 XNW and my dad hit a bollard pulling out of the Tesco car park yesterday, he says his eyesight has been blurry on one side for weeks. he's 76 and refuses to stop driving. should his optician or GP report him?""",
[("licence_plate", "LB68 XNW")],
[]),
(
"""If my TSH is 0.01 and T3 is high, is that Graves' disease for sure? They found it on a routine test at my work health check. Heart 110 at rest, lost 5kg without trying.""",
[],
[]),
(
"""Referral letter header (I photographed and typed it):
Re: Ms Ngozi Adichie-Eze  DOB 11/04/1988  Hosp No: K4420917
Address: Flat 2, 19 Moss Side Road, Manchester M14 4XX
Dear Colleague, I would be grateful if you would see this lady with suspected endometriosis...
How long does gynae referral normally take?""",
[("name", "Ngozi Adichie-Eze"), ("date_of_birth", "11/04/1988"), ("id_number", "K4420917"), ("address", "Flat 2, 19 Moss Side Road, Manchester M14 4XX")],
[]),
(
"""Carrying an Epipen Jr for my son since his peanut reaction at 2. He's now 5 and 21kg. Should he move to the adult 0.3mg pen? Allergy clinic review isn't until September.""",
[],
[]),
]
