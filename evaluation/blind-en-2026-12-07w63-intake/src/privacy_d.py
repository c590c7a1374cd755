# Writer 63 - privacy items, file d
ITEMS = [
(
"""Baker's cyst behind my knee burst I think? calf is swollen and tight since yesterday. Ultrasound booked for Friday at St George's. Could it be a clot instead? I'm 58.""",
[],
[]),
(
"""email me at ines dot carvalho at example dot com (don't want bots), I'm Inês, 35, living in Lisbon. My periods stopped 6 months ago, not pregnant (tested 3 times), prolactin came back 1,240 mIU/L""",
[("email", "ines dot carvalho at example dot com"), ("name", "Inês")],
[]),
(
"""Nightingale Ward, bay 2, bed 6 - that's where my dad is after his bowel op. Nurses say he has an "ileus" and they put a tube down his nose. How long does that usually last?""",
[],
[]),
(
"""u/throwaway_kneepain88 here, cross-posting from reddit. 22M, heard a pop playing 5-a-side, knee swelled up within an hour, now it gives way on stairs. A&E said sprain 2 weeks ago. ACL?""",
[("handle", "u/throwaway_kneepain88")],
[]),
(
"""April last year I had my gallbladder out and since then I get diarrhoea right after every meal. Is this a thing? 44F.""",
[],
[]),
(
"""Personnummer: 19850312-4471
Namn: Elin Johansson
Symptom: I have had vertigo for 3 days, room spinning when I turn in bed, feel sick. Vårdcentralen says wait. Is it BPPV?""",
[("id_number", "19850312-4471"), ("name", "Elin Johansson")],
[]),
(
"""Summer is coming and my eczema always flares with sweat. I use Dermol and Eumovate. Anything stronger I can ask for? I'm 19.""",
[],
[]),
(
"""Text thread with my sister:
Me: did dr say anything about the biopsy
Zanele: benign!!! just a fibroadenoma
Me: 🙏🙏
Zanele: she said no need to remove unless it grows
She's 28. Is it ok to leave it? Mum had breast cancer at 52.""",
[("name", "Zanele")],
[]),
(
"""Dawn raids on my fridge lol - I wake up at 4am starving every night and eat. Blood sugar at that time was 3.6 once. Not diabetic. Should I be worried about hypos?""",
[],
[]),
(
"""CPF: 123.456.789-09 - sorry the Brazilian clinic portal makes you put it everywhere and I copied the whole block. Name Thiago Albuquerque, 41, cel +55 11 95550-1234. My question is about high uric acid 9.2 mg/dL without pain. Treat or not?""",
[("id_number", "123.456.789-09"), ("name", "Thiago Albuquerque"), ("phone", "+55 11 95550-1234")],
[]),
(
"""Osgood-Schlatter in my 13 year old, he plays football 5 days a week. Bump below kneecap sore. Does he need to stop completely?""",
[],
[]),
(
"""Hello, I'm a receptionist at Parkview Dental Practice and I was stuck with a used needle while tidying the surgery tray this morning. I'm Sofia. The patient's hep status isn't known. What do I do now and how fast?""",
[("name", "Sofia")],
["Parkview Dental Practice"]),
(
"""Can Xanax be taken with Lyrica? Prescribed pregabalin 75mg twice a day for nerve pain and got alprazolam 0.25mg from a doctor in Spain for flying.""",
[],
[]),
(
"""Here's the screenshot text from Doctolib:
Rendez-vous confirmé
Patient : Chloé Marchand
Né(e) le : 05/02/1994
Tél : 06 55 50 12 87
Dr Lefèvre - Dermatologie
Le 14/03/2025 à 15h30
Is it worth waiting 4 weeks for a mole that itches and bled once?""",
[("name", "Chloé Marchand"), ("date_of_birth", "05/02/1994"), ("phone", "06 55 50 12 87"), ("name", "Lefèvre")],
[]),
(
"""Meniere's or migraine? Episodes of spinning lasting 2-3 hours, ringing in my left ear and it feels full. Hearing test at the ENT clinic 10/01 showed low frequency loss on the left.""",
[],
[]),
(
"""my little brother Kai (he's 11) told me he's been getting bullied at Hillcrest Middle and he doesn't want to go to school, he's got stomach aches every morning. our mum works nights. can a doctor help with this or is it a school thing""",
[("name", "Kai")],
["Hillcrest Middle"]),
(
"""Kawasaki disease - my daughter had it at 2, treated with IVIG at Birmingham Children's. She's 7 now. Does she need heart checks forever?""",
[],
[]),
(
"""Fax cover sheet (yes they still fax):
TO: Dr. R. Alvarez, Family Practice
FROM: Summit Imaging
RE: Gloria Estrada, DOB 1/9/1961, Acct 88120-34
Findings: moderate L4-5 stenosis
Gloria is my mom and she can't walk more than a block without leg pain. Surgery or injections?""",
[("name", "R. Alvarez"), ("name", "Gloria Estrada"), ("date_of_birth", "1/9/1961"), ("id_number", "88120-34"), ("name", "Gloria")],
[]),
(
"""Barrett's oesophagus on my last scope in 2022, short segment no dysplasia. How often should I be re-scoped? It's been 3 years and nobody called.""",
[],
[]),
(
"""Sorry not sure if I'm allowed to put this - my PPS number is 1234567TA, the Irish hospital sent a letter about my CT colonography and I can't read the hospital's scan (attached). Name is Declan Foley. What is a "diverticular segment"?""",
[("id_number", "1234567TA"), ("name", "Declan Foley")],
[]),
(
"""Is 120mg of Tylenol too much for a 6 month old? He's 7.5kg, fever 38.4 after his jabs this morning. The Infant Tylenol says 160mg/5mL.""",
[],
[]),
(
"""Emailing from my work account, sorry: m.oyelaran@examplebank.example
I'm Michael Oyelaran, 39, and I've had an eye twitch for 6 weeks, left lower lid. Stress at work (quarter end). Is it anything?""",
[("email", "m.oyelaran@examplebank.example"), ("name", "Michael Oyelaran")],
[]),
(
"""Sjögren's - I'm 52 and my eyes and mouth have been dry for a year, Ro antibodies positive. Rheumatology clinic letter says "primary Sjögren's likely". Does it raise lymphoma risk?""",
[],
[]),
(
"""Copied from triage app:
Q1 Who is this for? - my partner
Q2 Partner's name - Alex
Q3 Age - 34
Q4 Pronouns - they/them
Q5 Describe - Alex gets severe period pain that makes them vomit, ibuprofen not enough""",
[("name", "Alex")],
[]),
(
"""Jack of all trades my dad - still on roofs at 70! But his hands go numb at night and he drops things. Nerve conduction test is on 19 March at the Queen Elizabeth. Carpal tunnel?""",
[],
[]),
(
"""Hi! Nomvula here 😊 my FB is facebook.com/nomvula.khumalo.example - I'm 31, from Durban. Had a miscarriage at 8 weeks in December. How soon can we try again?""",
[("name", "Nomvula"), ("url", "facebook.com/nomvula.khumalo.example")],
[]),
(
"""Results 17/02/2025 09:12
Troponin T (hs): 9 ng/L (<14)
D-dimer: 0.38 mg/L FEU (<0.5)
BNP: 62 pg/mL (<100)
These were done at the walk-in centre for my chest tightness. All normal? So anxiety?""",
[],
[]),
(
"""Patient: BAPTISTE, Jean-Luc
Room: 412B
Attending: Dr. Yamamoto
Diet: renal, 2g Na
My grandfather's sticker. he keeps asking for salt. is low salt really that important for kidneys?""",
[("name", "BAPTISTE, Jean-Luc"), ("name", "Yamamoto")],
[]),
(
"""Rob me of sleep this cough does. 3 weeks, dry, worse at night. Had a cold before. Non smoker, 37. Not short of breath.""",
[],
[]),
(
"""Need advice for my colleague at Harbour Fish Processing, Ioana Popescu. She cut her finger on a filleting knife 3 days ago, now it's swollen, she can't bend it and it hurts along the finger to the palm. She only speaks Romanian, you can call her husband Andrei on 07700 900 218.""",
[("name", "Ioana Popescu"), ("name", "Andrei"), ("phone", "07700 900 218")],
["Harbour Fish Processing"]),
(
"""Charing Cross did my angioplasty in 2021. I'm on clopidogrel and aspirin still. Dentist wants me to stop one before an extraction. Which one, if any?""",
[],
[]),
(
"""hello from Auckland, I'm Aroha, NHI number ZZZ0016, I'm 44. My GP said my iron studies show "iron overload" and I should give blood. Is that a real treatment?""",
[("name", "Aroha"), ("id_number", "ZZZ0016")],
[]),
(
"""Vaccine record from the travel clinic: Hep A 12/09/2024, Typhoid (Typhim Vi) 12/09/2024, Yellow fever 20/09/2024, Rabies 3 doses completed. Going to Peru in July. Do I need malaria tablets for Cusco?""",
[],
[]),
(
"""From: Tariq Mahmood <tariq.m.1977@example.co.uk>
Reply-To: tariq.m.1977@example.co.uk
Subject: re: father's prostate
Body:
Dad is 79, PSA 22, Gleason 3+4 on biopsy. Urologist offered hormone injections. He doesn't want surgery. Is that reasonable?
Regards, Tariq
Flat 7, Brunswick House, 22 Upper Parliament St, Nottingham NG1 2XX""",
[("name", "Tariq Mahmood"), ("email", "tariq.m.1977@example.co.uk"), ("name", "Tariq"), ("address", "Flat 7, Brunswick House, 22 Upper Parliament St, Nottingham NG1 2XX")],
[]),
(
"""Grace period for my statin? I forgot my rosuvastatin 10mg for 4 days while on holiday in Tenerife. Do I restart normal or double up?""",
[],
[]),
(
"""My son Ethan, 14, plays for Riverside Rovers U15, got a knock to the head Saturday (header clash), no knockout, but headache every day since and he's off his food. Coach wants him back Saturday.""",
[("name", "Ethan")],
["Riverside Rovers U15"]),
(
"""Question about ward numbers - mum's on "Ward 31 (Elderly Care)" at Ninewells but they moved her to "Ward 4 Outlier". Does outlier mean she's getting worse care?""",
[],
[]),
(
"""voice typed I am Georgios Papadakis sixty eight years old I live in Heraklion Crete my phone is 6955 501 234 last week I had my cataract done right eye now I see flashes of light and many black spots floating is this normal after the operation""",
[("name", "Georgios Papadakis"), ("phone", "6955 501 234")],
[]),
(
"""Mayo Clinic diet vs the Mediterranean diet for my fatty liver? Ultrasound showed grade 2 steatosis, ALT 72. I'm 49, 95kg.""",
[],
[]),
(
"""Case from my clinic (I'm a pharmacist): a patient, 72F, on apixaban 5mg BD, weight 52kg, creatinine 138 µmol/L. Should the dose be reduced to 2.5mg? Trying to double check before I call the GP.""",
[],
[]),
(
"""Our foster child, Destiny-Rae (7), came to us with no health records. Social worker Kerry Blake said she may have missed vaccines. Where do we start? Kerry's work email is kerry.blake@example.gov.uk if the doctor wants to confirm.""",
[("name", "Destiny-Rae"), ("name", "Kerry Blake"), ("email", "kerry.blake@example.gov.uk"), ("name", "Kerry")],
[]),
(
"""Aadhaar: 5555 4321 9876 (the clinic asked for it, no idea why)
Name: Lakshmi Narayanan
Age: 62
Problem: knee pain both sides, can't sit on the floor for puja anymore. X-ray says grade 3 OA.""",
[("id_number", "5555 4321 9876"), ("name", "Lakshmi Narayanan")],
[]),
(
"""Slack message I sent my manager:
@Owen Price hey, I'm going to need Friday off, hospital appt for my heart monitor (holter)
^ Owen said fine. What do I actually need to do with the monitor, can I shower? I'm Zara btw, 32.""",
[("name", "Owen Price"), ("name", "Owen"), ("name", "Zara")],
[]),
(
"""Potassium 3.1 on my blood test, doctor said eat bananas. I'm on indapamide. Is that enough or do I need tablets?
- Winston Clarke, 21 Harcourt Road, Kingston 10""",
[("name", "Winston Clarke"), ("address", "21 Harcourt Road, Kingston 10")],
[]),
(
"""She (my wife, Hana Novák) was born 14 March 1983 — I'm writing this because the Czech insurance number (pojištěnec) is 835314/1234 and the hospital in Brno needs a translation of her diagnosis "stav po cholecystektomii". Does this mean she had her gallbladder removed?""",
[("name", "Hana Novák"), ("date_of_birth", "14 March 1983"), ("id_number", "835314/1234")],
[]),
(
"""Friday the 13th was when I first noticed the lump in my neck lol. It's been 3 weeks, it's under the jaw, about 1.5cm, I had a bad tooth at the time. Still there.""",
[],
[]),
(
"""hi im Maddie (@maddiemakesmess on tiktok!!) and I got my belly button pierced at a place on Sunset Blvd 2 weeks ago, it's crusty and yellow and sore. I'm 18. do I take it out?""",
[("name", "Maddie"), ("handle", "@maddiemakesmess")],
[]),
(
"""He weighs 4.1kg, born 38+2, now 3 weeks old, feeding every 2 hours, vomits after most feeds but not projectile. Health visitor weighed him on Tuesday, dropped from 50th to 25th centile.""",
[],
[]),
(
"""FYI the dental clinic's form:
Patient: Reza Karimi
Date of birth: 1988-07-23
Emergency contact: Shirin Karimi, +98 912 555 0193
Chief complaint: wisdom tooth pain, swollen cheek, can't open mouth fully""",
[("name", "Reza Karimi"), ("date_of_birth", "1988-07-23"), ("name", "Shirin Karimi"), ("phone", "+98 912 555 0193")],
[]),
(
"""Wilson's disease runs in my husband's family (his brother). We have 2 kids aged 6 and 9. Should they be tested? What's the test?""",
[],
[]),
]
