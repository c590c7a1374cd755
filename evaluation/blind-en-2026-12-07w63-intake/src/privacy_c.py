# Writer 63 - privacy items, file c
ITEMS = [
(
"""From: noreply@portal.example-health.com
To: amara.diallo@example.fr
Subject: New test result available

Bonjour Amara Diallo, a new result is available: Vitamin B12 142 pmol/L (148-738).

^ that's me, I'm 33 and vegan for 4 years. Injections or tablets?""",
[("email", "amara.diallo@example.fr"), ("name", "Amara Diallo")],
[]),
(
"""Histology: "Basal cell carcinoma, nodular type, excised with clear margins (closest 1.2mm)." Biopsy taken 07/01/2025 from left nasal ala. Do I need more surgery or is 1.2mm enough?""",
[],
[]),
(
"""hi doc, typing for my grandad, Papa Joe, he's 90 and his legs are weeping clear fluid through his socks. his carer from Helping Hands Homecare comes twice a day. he's on furosemide 40mg. I'm his grandson, Tyler, 555-0148""",
[("name", "Joe"), ("name", "Tyler"), ("phone", "555-0148")],
["Helping Hands Homecare"]),
(
"""In Germany they gave me "Novaminsulfon" for kidney stone pain. In the UK my GP never heard of it. Is it the same as metamizole? I'm back home now and still passing gravel.""",
[],
[]),
(
"""Here is my form for the sports physical, can you check if I'm ok to play?
Athlete: Marcus "Bear" Whitaker
Grade: 11, Lincoln High School
DOB: 04/17/2008
Parent phone: (555) 014-9932
History: passed out once during preseason conditioning in August""",
[("name", "Marcus \"Bear\" Whitaker"), ("date_of_birth", "04/17/2008"), ("phone", "(555) 014-9932")],
["Lincoln High School"]),
(
"""Will a CT scan with contrast hurt my kidneys? My eGFR is 38. It's booked for 3rd March at Addenbrooke's. They said to drink lots of water.""",
[],
[]),
(
"""Transcription from my voicemail to the clinic which they never returned hi its Aoife Brennan date of birth the fourth of August nineteen ninety one I'm ringing about my smear result it said HPV positive no abnormal cells and I don't understand what happens now my number is oh eight seven five five five oh one three six thanks""",
[("name", "Aoife Brennan"), ("date_of_birth", "the fourth of August nineteen ninety one"), ("phone", "oh eight seven five five five oh one three six")],
[]),
(
"""My kid's allergy test: specific IgE peanut 12.4 kU/L (class 3), Ara h 2 8.1 kU/L, tree nut mix 0.2. What's the chance she'd react to a peanut? She's 4.""",
[],
[]),
(
"""From a group chat (names changed? no, real, sorry):
Lena: has anyone taken propranolol for anxiety
Mo: yeah 10mg before presentations
Lena: did it make u dizzy
^ I'm Lena, 26, asking if it's safe with my asthma""",
[("name", "Lena"), ("name", "Mo")],
[]),
(
"""is 5'2 and 48kg underweight for a 15 year old girl? my daughter wont eat breakfast and weighs herself every morning. she did gymnastics till last year.""",
[],
[]),
(
"""Hello,
my name is Hamid Rezaei, Iranian student in Istanbul, telephone +90 555 301 44 27. I had unprotected sex 5 days ago and now have burning when urinating and discharge. I am very ashamed. Which test do I need?
Thank you""",
[("name", "Hamid Rezaei"), ("phone", "+90 555 301 44 27")],
[]),
(
"""The radiology report says "incidental 6mm pulmonary nodule in right upper lobe, Fleischner guidelines recommend follow-up CT at 6-12 months". I'm 54, ex-smoker. Should I push for sooner?""",
[],
[]),
(
"""Sorry long email.
From: "Wójcik, Katarzyna" <k.wojcik@example.pl>
To: "Dr Hartmann"
Subject: RE: follow up after surgery

Dear Dr Hartmann, it's 10 days after my gallbladder removal and the wound near my belly button is red and leaking a bit. I attached a photo (didn't send). Should I come back to Klinikum Nord or see my local doctor?
Katarzyna""",
[("name", "Wójcik, Katarzyna"), ("email", "k.wojcik@example.pl"), ("name", "Hartmann"), ("name", "Katarzyna")],
[]),
(
"""Why does my HbA1c say 48 but my CGM (Libre 3) says average 7.9 mmol/L which would be more like 53? Tests were on the same week (w/c 13 Jan). Which to trust?""",
[],
[]),
(
"""address for the prescription: 44 Rue des Lilas, 69003 Lyon. Name on it: Mathilde Girard. I need my asthma inhaler (Seretide 250) while on exchange, my French doctor needs to know the UK equivalent""",
[("address", "44 Rue des Lilas, 69003 Lyon"), ("name", "Mathilde Girard")],
[]),
(
"""Pulled this off the monitor at my dad's bed in the CCU: HR 48, BP 102/61, SpO2 97%, "2:1 AV block". Bed 3, CCU, Royal Victoria. Does he need a pacemaker?""",
[],
[]),
(
"""hey so im posting for my gf, her name is Destiny and she's 19, she got a tattoo on saturday on her wrist and now theres red streaks going up her arm. shes scared to tell her mom. my number 555-0176 if someone can text""",
[("name", "Destiny"), ("phone", "555-0176")],
[]),
(
"""Down syndrome and thyroid - my son (12, Down syndrome) had his annual bloods at the children's hospital and TSH was 7.1 with normal T4. Do they usually treat at that level?""",
[],
[]),
(
"""MEDICAL CERTIFICATE REQUEST
Employee: Sipho Ndlovu
Staff no.: 00913-JHB
Employer: Umoya Mining Services (Pty) Ltd
ID number: 8502145812083
Dates absent: 10/02/2025 - 12/02/2025
Reason: I had flu and a high fever, can I get this signed retrospectively?""",
[("name", "Sipho Ndlovu"), ("id_number", "00913-JHB"), ("id_number", "8502145812083")],
["Umoya Mining Services (Pty) Ltd"]),
(
"""The cardiologist at Mayo Clinic told my uncle his calcium score was 412. Is that bad? He's 63 and they put him on a statin and baby aspirin.""",
[],
[]),
(
"""this is what i sent my gp on accurx:
"Hi it's Callum Reid, 02/12/1985, I've had a sore throat for 3 weeks and a hoarse voice, I'm a teacher at Kirkton Primary so I talk a lot. No fever."
they said 'monitor'. how long before I push for ENT""",
[("name", "Callum Reid"), ("date_of_birth", "02/12/1985")],
["Kirkton Primary"]),
(
"""Doses confuse me. Amoxicillin 250mg/5ml suspension, they said 5ml three times a day for my 3yo. The bottle says 125mg/5ml though. Pharmacy mistake?? - the Adeyinka family""",
[("name", "Adeyinka")],
[]),
(
"""[Telegram, 14:22] Oksana: Доброго дня, my mother Halyna, 71, came from Kharkiv, she needs her insulin (Lantus) but has no GP in Poland yet. Her passport is FK 123456. Where can she get it quickly?""",
[("name", "Oksana"), ("name", "Halyna"), ("id_number", "FK 123456")],
[]),
(
"""I'm 39 weeks and the midwife measured SFH 34cm. She booked a growth scan for Thursday at the Princess Anne. Is my baby too small?""",
[],
[]),
(
"""hi just a q - my username here is mrs_tibbs_1950 but I'm not 75 lol, it's my cat's birthday. I'm 42. I get hot flushes and night sweats, could this be menopause already?""",
[("handle", "mrs_tibbs_1950")],
[]),
(
"""Pasting the notes my physio gave me:
Pt: Andile M.
Dx: R rotator cuff tendinopathy
Plan: isometrics x3/day, review 2/52
Clinic: Bayside Physio & Pilates
I've done it for 4 weeks, not better. Injection next?""",
[("name", "Andile M.")],
["Bayside Physio & Pilates"]),
(
"""Heel pain first thing in the morning - plantar fasciitis? I'm on my feet all day as a nurse, 12 hour shifts. Size 9 shoes, 82kg. Text me back on 555-0155 if easier.""",
[("phone", "555-0155")],
[]),
(
"""Dr Okafor's secretary gave me this: "Clinic letter dictated 12/02, typed 19/02, sent 20/02." It's about my husband, Emeka Okafor-Smith, and his sleep apnoea. (No relation to the doctor haha.) He got the CPAP but takes the mask off in his sleep. Any tips?""",
[("name", "Okafor"), ("name", "Emeka Okafor-Smith")],
[]),
(
"""Lyme disease question. Found a tick on my thigh after hiking in the New Forest on Sunday, removed it with tweezers. Today (Thursday) there's a red ring about 6cm wide. Do I need doxycycline?""",
[],
[]),
(
"""voice to text sorry hey so this is Marisol my son Mateo is six he keeps wetting the bed every night he was dry for a year and now started again since his little sister was born we are at 15 Maple Court Bakersfield California 93301""",
[("name", "Marisol"), ("name", "Mateo"), ("address", "15 Maple Court Bakersfield California 93301")],
[]),
(
"""Referral form (private, filled by me):
Patient: Hugo van der Berg
Date of birth: 30-06-1972
BSN: 123456782
Street: Prinsengracht 263-2, 1016 GV Amsterdam
Reason: second opinion on my knee MRI, medial meniscus tear""",
[("name", "Hugo van der Berg"), ("date_of_birth", "30-06-1972"), ("id_number", "123456782"), ("address", "Prinsengracht 263-2, 1016 GV Amsterdam")],
[]),
(
"""Sugar readings for my mum this week (Accu-Chek): 14.2, 16.8, 11.9, 19.1 before meals. She's 77, on gliclazide 80mg twice daily. Her diabetes review at the practice isn't till 2 April.""",
[],
[]),
(
"""I work at Pinecrest Veterinary Clinic and got bitten by a cat yesterday. My hand is swollen and red now across the knuckles. Last tetanus... no idea. I'm Erin.""",
[("name", "Erin")],
["Pinecrest Veterinary Clinic"]),
(
"""Guillain-Barré after flu jab - how common really? I had GBS in 2012 (after a stomach bug, not vaccine) and my GP wants me to have the flu jab this year. I'm 67.""",
[],
[]),
(
"""chat log from the pharmacy app
Pharmacist (Ahmed): Hi, this is Ahmed at WellCare Pharmacy, how can I help?
Me: my script says sumatriptan 50mg but I usually get 100mg
Pharmacist (Ahmed): The prescriber changed it, please check with them
Me: ok
^ why would they lower it? migraines are not better""",
[("name", "Ahmed")],
[]),
(
"""I'm 170cm and 102kg, 34 years old. Would I qualify for Wegovy? My BMI calculator says 35.3. I have high blood pressure too, 146/94 last week at Lloyds pharmacy.""",
[],
[]),
(
"""To whom it may concern, I am the carer for Mr. Walter Brennan (DOB 12.01.1939), 81 Seaview Terrace, Whitby YO21 3XX. His catheter has been bypassing since Tuesday and the district nurses are not answering. My name is Gwen and my number is 01947 555 019.""",
[("name", "Walter Brennan"), ("date_of_birth", "12.01.1939"), ("address", "81 Seaview Terrace, Whitby YO21 3XX"), ("name", "Gwen"), ("phone", "01947 555 019")],
[]),
(
"""Pathology: "Helicobacter pylori stool antigen: DETECTED". Tested 5 Feb. The GP prescribed lansoprazole, amoxicillin and clarithromycin for 7 days. Do I need a test after to check it's gone?""",
[],
[]),
(
"""Sunday my husband Rafael fell off a ladder at our house, 1.5m, landed on his heel. X-ray at the urgent care said calcaneus not broken, just bruised. He still can't put weight on it 5 days later. Rafael's Instagram is rafa.builds by the way, he posted the x-ray lol.""",
[("name", "Rafael"), ("handle", "rafa.builds")],
[]),
(
"""Coeliac blood test: tTG-IgA 118 U/mL (<7), total IgA normal. I was eating gluten normally. Do I still need the endoscopy to confirm? I'm 30.""",
[],
[]),
(
"""Personal website: https://www.example.com/~hannah-kowalczyk - I blog about living with lupus. Recently my urine looks foamy and my ankles are puffy. My rheumatologist is on leave. Should I go to my GP for a urine test?""",
[("url", "https://www.example.com/~hannah-kowalczyk")],
[]),
(
"""Patient info leaflet says "Do not take Warfarin with cranberry juice". I drink a glass every morning. My INR last week was 3.6, target 2-3. Is that the reason?""",
[],
[]),
(
"""Name: Fiifi Mensah-Bonsu
Email: fiifi.mb@example.com
Phone: 020 7946 0321
Question: I've had a hard painless lump in my right testicle for 3 weeks. Age 24.""",
[("name", "Fiifi Mensah-Bonsu"), ("email", "fiifi.mb@example.com"), ("phone", "020 7946 0321")],
[]),
(
"""Hodgkin lymphoma survivor, treated 2010 with ABVD and mantle radiotherapy. I'm 36 now. Do I need breast screening earlier than other women?""",
[],
[]),
(
"""Asking for my neighbour Mrs. Halloran, she doesn't use the internet. She lives at 12 Glenview Drive, Castlebar. She's 79 and her hands shake when she holds a cup but not at rest. Her GP said benign essential tremor. Can she take anything?""",
[("name", "Halloran"), ("address", "12 Glenview Drive, Castlebar")],
[]),
(
"""My nephew goes to Little Stars Nursery and three kids there had hand foot and mouth this week. He's got a temp of 38.1 today and a sore mouth. Keep him off?""",
[],
["Little Stars Nursery"]),
(
"""From: Duc Nguyen <duc.nguyen.hn@example.vn>
Subject: my mother, dengue?

Dear doctor, my mother (58) in Hanoi had fever 39.5 for 4 days, now the fever is gone but the doctor at the local clinic says platelets 62 and this is the dangerous phase. Is that right? Why dangerous when fever gone?
Duc""",
[("name", "Duc Nguyen"), ("email", "duc.nguyen.hn@example.vn"), ("name", "Duc")],
[]),
(
"""Mounjaro 5mg week 3 and constant nausea, ate half a sandwich all day. Lost 6kg since starting on 20 January. Should I stay on 5mg longer before going up to 7.5?""",
[],
[]),
(
"""For the appointment system they asked for my Medicare number, it's 2123 45670 1, and IRN 1. I'm in Brisbane. I need a mental health care plan for my anxiety, how does that work? - Jacinta""",
[("id_number", "2123 45670 1"), ("name", "Jacinta")],
[]),
]
