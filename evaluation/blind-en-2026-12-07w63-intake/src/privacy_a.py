# Writer 63 - privacy items, file a. Each item: (text, [(type, text), ...], [quasi, ...])
ITEMS = [
(
"""---------- Forwarded message ---------
From: Gráinne Ní Bhriain <grainne.nibhriain@example.ie>
Date: Tue, 4 Mar 2025 at 21:14
Subject: Re: my dad's bloods
To: help@askdoc.example

hi, forwarding what the GP practice sent me, can someone explain the potassium bit? he is 81 and on ramipril 5mg.

> Potassium 5.8 mmol/L (3.5-5.3) H
> Sodium 136 mmol/L (133-146)
> eGFR 41 mL/min/1.73m2

thanks
Gráinne
087 555 0142""",
[("name", "Gráinne Ní Bhriain"), ("email", "grainne.nibhriain@example.ie"), ("name", "Gráinne"), ("phone", "087 555 0142")],
[]),
(
"""[09:41] Mum: did u ask the doctor about my knee yet
[09:42] Me: not yet, writing it now
[09:42] Mum: tell them its the left one and it clicks going downstairs and the cortisone shot in january did nothing
[09:44] Me: ok mum
^ pasted from our family chat, she is 67, any idea what next? physio or scan?""",
[],
[]),
(
"""PATIENT REGISTRATION FORM
Name: Tomasz Wiśniewski
DOB: 17/09/1979
Address: ul. Kwiatowa 12/4, 02-511 Warszawa
Tel: +48 555 014 233
Reason for visit: recurring heartburn, worse lying down, tried omeprazole 20mg for 2 weeks

Sorry I just copied my form from the clinic, they told me to wait 3 weeks for gastro so asking here meanwhile""",
[("name", "Tomasz Wiśniewski"), ("date_of_birth", "17/09/1979"), ("address", "ul. Kwiatowa 12/4, 02-511 Warszawa"), ("phone", "+48 555 014 233")],
[]),
(
"""DISCHARGE SUMMARY (excerpt)
Ward: 6B   Bed: 22
Admitted: 12/01/2025   Discharged: 15/01/2025
Diagnosis: community acquired pneumonia, CURB-65 score 1
Discharge meds: amoxicillin 500 mg TDS x 5/7, paracetamol 1 g QDS PRN
Follow up: CXR in 6 weeks

my question is do i really need the xray again, i feel totally fine now""",
[],
[]),
(
"""hi my name is Kwame and my daughter Efua (she is 9) keeps getting nosebleeds at night, like 3 times this week. we live in Kumasi. is this something to worry about""",
[("name", "Kwame"), ("name", "Efua")],
[]),
(
"""voice note transcript so sorry for no punctuation my phone does this hi this is Rosa Delgado calling about my husband Ernesto he has had a cough for five weeks now dry cough no fever he is a smoker 40 years my number is 555 0187 if you need to call back we are at 2210 West Alder Street apartment 3 in Tucson thank you""",
[("name", "Rosa Delgado"), ("name", "Ernesto"), ("phone", "555 0187"), ("address", "2210 West Alder Street apartment 3 in Tucson")],
[]),
(
"""Lab report pasted below. HbA1c 58 mmol/mol (ref <42). Fasting glucose 7.9 mmol/L (3.0-6.0). Collected 02/02/2025 07:55, reported 03/02/2025. Requesting clinician: GP surgery, Green Lanes Medical Centre. Is 58 diabetes for sure or can it be prediabetes?""",
[],
["Green Lanes Medical Centre"]),
(
"""From: "Priya S." <priya.subramanian84@example.com>
Sent: Monday, 10 February 2025 08:03
To: nurse line
Cc: Arjun Subramanian
Subject: Son's rash - Aadi

Hello,
Aadi (6) has a rash on his tummy since Saturday, little red dots that don't fade when I press a glass on them?? actually sorry they DO fade I checked again. He's eating and playing fine. His school is Oakfield Primary and there's chickenpox going round in Year 1.

Kind regards,
Priya Subramanian
Senior Analyst | Northgate Logistics Ltd
M: +44 7700 900412""",
[("name", "Priya S."), ("email", "priya.subramanian84@example.com"), ("name", "Arjun Subramanian"), ("name", "Aadi"), ("name", "Priya Subramanian"), ("phone", "+44 7700 900412")],
["Oakfield Primary", "Northgate Logistics Ltd"]),
(
"""Can I take ibuprofen with sertraline? I'm on 100mg sertraline since March and have a tooth ache. Pharmacist said check with a doctor. Brufen or Nurofen any difference?
- Oluwaseun""",
[("name", "Oluwaseun")],
[]),
(
"""Name: Mei Ling Tan
NRIC: S8234567D
Mobile: +65 5550 1123
Complaint: palpitations in the evening after coffee, about 2 months

(this is how the polyclinic form looked, I filled it in but they said no slots)""",
[("name", "Mei Ling Tan"), ("id_number", "S8234567D"), ("phone", "+65 5550 1123")],
[]),
(
"""Insurance says my claim for the MRI was rejected. Claim no. CLM-2025-0048817, member ID HX4471902. They say it wasnt medically necessary but I have had lower back pain radiating down my leg for 4 months. Does sciatica need MRI or were they right""",
[("id_number", "CLM-2025-0048817"), ("id_number", "HX4471902")],
[]),
(
"""My grandmother was born in 1938 and has had Parkinson's for about 10 years. Lately she is seeing things, like cats in the room that aren't there. She takes Sinemet 4 times a day. Is this the medication or the disease getting worse?""",
[],
[]),
(
"""Copy of the message from the ward:
"Hi Sunita, just letting you know your mum was moved to Ward 12, bed 4, she's comfortable, sats 94% on 2L. Any questions call the nurses' station. - Charge Nurse Dave"
what does 2L mean and is 94 ok for someone with COPD""",
[("name", "Sunita"), ("name", "Dave")],
[]),
(
"""hey so my tiktok is @lilbeanz_03 and i posted about my hair falling out and people said its thyroid?? im 17 and i lose like clumps in the shower. should i get tested""",
[("handle", "@lilbeanz_03")],
[]),
(
"""Blood pressure log from my home machine:
Mon 148/92 pulse 78
Tue 151/95 pulse 81
Wed 139/88 pulse 74
Thu 155/97 pulse 80
I'm 52, male, 98kg, 178cm. Dr said start amlodipine 5mg if it stays above 140/90. Should I just start?""",
[],
[]),
(
"""Good afternoon, I am writing on behalf of my colleague Hiroshi Tanaka who doesn't speak English well. He works with me at Sakura Precision Engineering in Swindon. He has been having sharp pains under his right ribs after eating fatty food. He's 45. Please reply to me at l.pearce@example.co.uk. Thanks, Laura""",
[("name", "Hiroshi Tanaka"), ("email", "l.pearce@example.co.uk"), ("name", "Laura")],
["Sakura Precision Engineering"]),
(
"""Patient label (copied from the sticker):
SMITH, Joanne Marie
MRN 00482913   DOB 03-Nov-1964
NHS No 943 476 5919
Consultant: Mr Adeyemi (Orthopaedics)

She is my sister, she just had a hip replacement and is asking how long before she can drive""",
[("name", "SMITH, Joanne Marie"), ("id_number", "00482913"), ("date_of_birth", "03-Nov-1964"), ("id_number", "943 476 5919"), ("name", "Adeyemi")],
[]),
(
"""Hi. My name is Grace and I have had hope of getting pregnant for 2 years now. Doctors at the fertility clinic said my AMH was 0.6 ng/mL. Is this very low for age 36?""",
[("name", "Grace")],
[]),
(
"""Question about Hashimoto's. TSH 6.2 mIU/L (0.4-4.0), free T4 11 pmol/L (12-22). Tested 14 Jan and again 21 Feb, about the same. Levothyroxine 25mcg started last week. How long before I feel a difference?""",
[],
[]),
(
"""whatsapp from my brother pasted:
[21/02/25, 22:10] Kofi: bro my chest is tight after gym again
[21/02/25, 22:11] Kofi: not pain just tight, goes after 10 mins
[21/02/25, 22:13] Kofi: dont tell mum
he's 29, fit, does heavy lifting. should he get checked?""",
[("name", "Kofi")],
[]),
(
"""My son goes to St. Anne's Catholic School and the school nurse sent a letter home about head lice. He is 8. What shampoo actually works? We tried Hedrin already.""",
[],
["St. Anne's Catholic School"]),
(
"""Hello doctor, I'm Olumide Bakare from Lagos, 34 years old. Passport no. A09876543 - I'm asking because I need a medical certificate for my visa to travel and I have hepatitis B surface antigen positive. Will this stop my visa? Viral load is undetectable.""",
[("name", "Olumide Bakare"), ("id_number", "A09876543")],
[]),
(
"""Reminder text from clinic: "Your appointment with the Diabetes Nurse is on 18/03/2025 at 10:20, Room 3, Riverside Health Centre. Reply Y to confirm." Before that appointment, should I stop eating the night before for blood tests?""",
[],
["Riverside Health Centre"]),
(
"""Re: Re: Re: mum's memory
-----Original Message-----
From: Carlos Mendoza [mailto:cmendoza@example.net]
> She forgot where she lived again yesterday, the neighbour found her at the bus stop on Calle Mayor.
-----Original Message-----
From: Ana Mendoza
> I think we need to take her to a neurologist not just the GP

My mother is 79, this is me and my brother emailing. which doctor is right?""",
[("name", "Carlos Mendoza"), ("email", "cmendoza@example.net"), ("name", "Ana Mendoza")],
[]),
(
"""Medication list printed from pharmacy:
1. Metformin 500mg MR - 2 tabs with evening meal
2. Atorvastatin 20mg - 1 at night
3. Lisinopril 10mg - 1 in the morning
4. Aspirin 75mg dispersible - 1 daily
Can I add fish oil capsules to this or will it interact?""",
[],
[]),
(
"""Hi, I'm contacting you for my student. I'm the school counsellor at Westbrook Academy. One of our Year 10 students, Jayden, told me he's been making himself sick after meals. His mum's number is 555-0163 but he doesn't want her told yet. What are my obligations and where should he be referred?""",
[("name", "Jayden"), ("phone", "555-0163")],
["Westbrook Academy"]),
(
"""FIT test result came back: 142 ug/g, threshold 10. Letter says urgent 2 week wait referral. I am 58. Does this mean cancer? I'm terrified. Appointment at the endoscopy unit is 09/04.""",
[],
[]),
(
"""Just moved to Toronto from Manila. My health card number is 5584-441-902-AB but I havent got a family doctor yet. I need refills of my losartan 50mg, how do I do that while waiting? - Marites""",
[("id_number", "5584-441-902-AB"), ("name", "Marites")],
[]),
(
"""Sender: Mrs P. Okonkwo
Email: p.okonkwo@example.org
Phone: +234 555 803 1190
Message: My husband Chidi (62) has had swollen ankles for a month, worse at night, sometimes breathless when lying flat. Is this heart?""",
[("name", "P. Okonkwo"), ("email", "p.okonkwo@example.org"), ("phone", "+234 555 803 1190"), ("name", "Chidi")],
[]),
(
"""Does Bell's palsy come back? I had it in 2019 on the right side and now the left side of my face feels a bit tingly. No droop. I'm 41.""",
[],
[]),
(
"""Urine culture result: >10^5 CFU/mL E. coli, sensitive to nitrofurantoin, resistant to trimethoprim. Collected 27/01. I was given trimethoprim by the walk-in on 25/01 and I'm still burning. Should I ask to switch?""",
[],
[]),
(
"""my insta is priya.runs.far and I coach a running club at Hollins Park, one of our members (Beth, 50ish) fainted after a 10k last sunday, she was fine after water and a banana. Should she see someone before running again?""",
[("handle", "priya.runs.far"), ("name", "Beth")],
[]),
(
"""Name: Abdirahman Warsame | DOB: 1 July 1990 | Policy #: BUP-77120934 | Symptoms: left ear blocked 3 weeks after flight, muffled hearing, no pain""",
[("name", "Abdirahman Warsame"), ("date_of_birth", "1 July 1990"), ("id_number", "BUP-77120934")],
[]),
(
"""I saw Dr. Patel on Monday and she said I might have Raynaud's. My fingers go white then blue in the cold. She ordered an ANA test. What does a positive ANA mean?""",
[("name", "Patel")],
[]),
(
"""Tried the NHS 111 online thing and it told me to see a GP within 24 hours but there are no appointments at Brookside Surgery till next Thursday. I have pain when I pee and my lower back on one side aches. Temp 37.9. What should I do?""",
[],
["Brookside Surgery"]),
(
"""Teams chat copy -
Rachel Owusu 10:02: feeling rough, think im coming down with something, going home
Marcus Lindqvist 10:03: take care!! 
Rachel Owusu 10:05: thx. anyone know if you can work with shingles? 
^ thats me, I work at Halden & Pryce solicitors. The rash is on my back in a stripe. Am I contagious to my pregnant colleague?""",
[("name", "Rachel Owusu"), ("name", "Marcus Lindqvist")],
["Halden & Pryce solicitors"]),
(
"""Emergency contact card from my wallet:
In case of emergency contact: Henrik Sørensen (husband) +45 55 50 12 34
Allergies: penicillin, latex
Blood group: O neg
I'm asking because I'm travelling and want to know if I need to carry an epipen for latex allergy. My reaction was hives only.""",
[("name", "Henrik Sørensen"), ("phone", "+45 55 50 12 34")],
[]),
(
"""My mum keeps saying she has "Addison's" but the endocrinologist at the Royal Infirmary said her cortisol was 420 nmol/L at 9am which is normal? Who do we believe""",
[],
[]),
(
"""hi its Jess (jess_m_1999 on here) my boyfriend Liam has a lump in his armpit the size of a grape for about a month, not painful. he refuses to go to the doctor. how do i convince him""",
[("name", "Jess"), ("handle", "jess_m_1999"), ("name", "Liam")],
[]),
(
"""Spirometry report: FEV1 2.1 L (68% predicted), FVC 3.4 L (89% predicted), FEV1/FVC 0.62, post-bronchodilator FEV1 2.2 L. Does this mean COPD or asthma? I'm 59 and smoked until 2015.""",
[],
[]),
(
"""Hello, Ich bin Jürgen Albrecht, 66, aus Stuttgart, Hauptstraße 41, 70173 Stuttgart. Sorry my English not so good. Since 2 weeks my urine is very foamy. Is kidney problem? My Hausarzt is on holiday.""",
[("name", "Jürgen Albrecht"), ("address", "Hauptstraße 41, 70173 Stuttgart")],
[]),
(
"""Can someone read my ECG result for me. It says "sinus rhythm, rate 58, first degree AV block, PR 224ms". They did it at the pre-op clinic for my cataract surgery on 2nd April. Is it safe to go ahead?""",
[],
[]),
(
"""Form:
Child's name: Noor Haddad
Date of birth: 22.05.2021
Parent/guardian: Rami Haddad
Nursery: Little Acorns Day Nursery
Concern: speech - says only about 10 words at almost 3""",
[("name", "Noor Haddad"), ("date_of_birth", "22.05.2021"), ("name", "Rami Haddad")],
["Little Acorns Day Nursery"]),
(
"""Please call my daughter back not me, I don't hear well on the phone. Her name is Siobhan and her mobile is 083 555 0119. I'm 84 and I keep getting dizzy when I stand up from my chair. I take bendroflumethiazide and doxazosin.""",
[("name", "Siobhan"), ("phone", "083 555 0119")],
[]),
(
"""Results from the private lab (Medichecks style):
Ferritin 9 ug/L (30-400) LOW
Haemoglobin 112 g/L (120-150) LOW
B12 310 ng/L (197-771)
Folate 4.1 ug/L (>3.9)
I'm a 24 year old woman, vegetarian, heavy periods. What should I take?""",
[],
[]),
(
"""Hello, my husband is a driver for Coastline Coaches and he had a seizure at home on Sunday for the first time ever (age 47). The hospital did a CT that was clear. Does he have to tell the DVLA, his reg is KX19 FRT and he drives for work""",
[("licence_plate", "KX19 FRT")],
["Coastline Coaches"]),
(
"""Subject: question re: Fatima's inhaler
From: Yusuf Al-Amin <yusuf.alamin@example.com>

Our daughter Fatima (7) uses the blue one (salbutamol) about 4 times a day right now because of a cold. Her brown one is Clenil 100. Is 4 times too many?

Yusuf
--
Sent from my iPhone""",
[("name", "Fatima"), ("name", "Yusuf Al-Amin"), ("email", "yusuf.alamin@example.com"), ("name", "Yusuf")],
[]),
(
"""I'm 31 and I got my first ever colonoscopy on 15 January because of blood in stool. They found 2 small polyps, histology says "tubular adenoma with low grade dysplasia". Dysplasia sounds scary, is it cancer?""",
[],
[]),
(
"""Copying my patient portal message since they haven't replied in 9 days:
"To Dr. Nkemelu — this is Samuel Otieno, MRN 7719034, re my gout. The allopurinol 100mg is not stopping the flares, I've had 3 since December." 
Can I just up the dose myself?""",
[("name", "Nkemelu"), ("name", "Samuel Otieno"), ("id_number", "7719034")],
[]),
]
