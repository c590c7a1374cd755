# Writer 63 - privacy items, file e
ITEMS = [
(
"""Name: ____________ (prefer not to say)
Age: 45
Sex: M
Address: ____________
Symptoms: blood on toilet paper, bright red, 2 weeks, some itching
I left the form blank where I don't want to share, hope thats ok""",
[],
[]),
(
"""Hi doctor, my daughter's name is Hope and she is 10 days old. Her skin and eyes look yellow, more than at day 3. She's breastfed and sleepy. The midwife visit is tomorrow. Call me on 0412 555 019 if you need to. Mum, Keira""",
[("name", "Hope"), ("phone", "0412 555 019"), ("name", "Keira")],
[]),
(
"""Hep B vaccine schedule: had dose 1 on 03/06/2024, dose 2 on 08/07/2024, missed dose 3 which was due December. Do I have to start again? Work health needs it for my placement.""",
[],
[]),
(
"""[WhatsApp voice note auto-transcribed]
Dad (+44 7700 900 771): son my foot is still swollen from the gout the tablets the doctor at Parkgate gave me colchicine are making me run to the toilet is that normal""",
[("phone", "+44 7700 900 771")],
[]),
(
"""Clinical trial consent form says "Protocol ONC-2231-07, Phase II, version 3.1 dated 12/11/2024". It's for a new immunotherapy for melanoma. Is it safe to say no after I've signed?""",
[],
[]),
(
"""I'm a student at Ashworth Sixth Form College, I'm 17, and the school counsellor (Mrs Devlin) says I should talk to a doctor about my low mood. I don't want my parents to know. Can I see a GP alone? My email is skylar.j@example.com""",
[("name", "Devlin"), ("email", "skylar.j@example.com")],
["Ashworth Sixth Form College"]),
(
"""Does ear wax removal (microsuction) hurt? Booked for 11th at Specsavers. Been deaf in one ear since swimming in Croatia.""",
[],
[]),
(
"""Forwarding my husband's message since he's too stubborn:
> From: Bartholomew "Barty" Quinn
> Sent: 22 Feb 2025 06:40
> I've been peeing 4 times a night love, don't fuss
He's 68. Prostate? Barty's mobile is 555-0109 if anyone rings.""",
[("name", "Bartholomew \"Barty\" Quinn"), ("name", "Barty"), ("phone", "555-0109")],
[]),
(
"""Johns Hopkins published something about intermittent fasting and type 2 diabetes remission. I'm 51, HbA1c 54 on metformin. Worth trying 16:8?""",
[],
[]),
(
"""Hi, could you please help, it's Mrs Adaeze Nwosu, DOB 26/11/1957. I live at 5 Orchard Way, Luton LU2 7XX. I had a fall last week and now my wrist is still swollen and blue. Nobody did an x-ray.""",
[("name", "Adaeze Nwosu"), ("date_of_birth", "26/11/1957"), ("address", "5 Orchard Way, Luton LU2 7XX")],
[]),
(
"""Reference ranges confusion: my lab (Synnovis) says creatinine 52-98 but my friend's lab says 45-84. Mine is 94. Am I normal or not? Female, 60.""",
[],
[]),
(
"""Sorry for the format, this is my Epic MyChart message:
Patient: Keisha L. Robinson
MRN: E1029384
Message to: Cardiology Nurse Pool
"My Holter monitor results from 1/28 say 'frequent PVCs, burden 14%'. Is that a lot?"
No reply in a week.""",
[("name", "Keisha L. Robinson"), ("id_number", "E1029384")],
[]),
(
"""Head lice again! Third time since Christmas. Tried Full Marks and Hedrin. The school (year 3) keeps sending letters. Do lice become resistant?
Zoë (mum of 3, going mad)""",
[("name", "Zoë")],
[]),
(
"""Here is my whole situation, sorry it's long. I'm Farah, 36, my husband is Omar, we live in Dubai (Al Barsha, Villa 17, Street 23) and I've been trying to conceive for 14 months. My cycles are 35-45 days. Emirates ID 784-1988-5555555-1 if needed for referral. The clinic says PCOS maybe.""",
[("name", "Farah"), ("name", "Omar"), ("address", "Al Barsha, Villa 17, Street 23"), ("id_number", "784-1988-5555555-1")],
[]),
(
"""Drug code on my prescription: "J01CR02 co-amoxiclav 625mg TDS 7/7". What does J01CR02 mean? Is it a strong antibiotic? Tooth abscess.""",
[],
[]),
(
"""SMS from +61 491 570 156: "Hi it's Brooke from the netball club, Mia rolled her ankle badly at training, can you pick her up?" - Mia is my daughter, 12, ankle is massively swollen and she can't put weight on it. ED or wait for GP?""",
[("phone", "+61 491 570 156"), ("name", "Brooke"), ("name", "Mia")],
[]),
(
"""Schedule 2: Morphine sulfate MR 10mg BD, Oramorph 2.5-5mg PRN for breakthrough. Palliative team visits Tuesdays. Mum is using 6 doses of Oramorph a day now. Does that mean they need to increase the MR?""",
[],
[]),
(
"""Medical alert bracelet says: "TYPE 1 DIABETIC - INSULIN DEPENDENT - ID#: MA-55013 - Contact: Ruth 555-0132". I'm getting a new one made, what info should actually go on it?""",
[("id_number", "MA-55013"), ("name", "Ruth"), ("phone", "555-0132")],
[]),
(
"""Pupils on a sticker chart at Willow Class - every time my son (5) has a dry day he gets a star. But he still has accidents daily. Could it be constipation?""",
[],
[]),
(
"""linktr.ee/sam.the.baker.example — that's me, I'm a baker and I've been getting red itchy hands and a wheeze at work. Allergy to flour? I'm Sam, 33.""",
[("url", "linktr.ee/sam.the.baker.example"), ("name", "Sam")],
[]),
(
"""Creatinine over time: 2022: 88, 2023: 104, 2024: 131, Feb 2025: 149 µmol/L. eGFR now 42. Type 2 diabetic 15 years. My GP at the practice says "stage 3b". When do I need a kidney doctor?""",
[],
[]),
(
"""Just got off the phone with NHS 111 and they gave me a reference: "Case ref 1-8847261939". They said a clinician would call back within 2 hours but it's been 4. My son Alfie (3) has had diarrhoea all day but is drinking and weeing.""",
[("id_number", "1-8847261939"), ("name", "Alfie")],
[]),
(
"""Eosinophils 1.2 x10^9/L (0.0-0.4). Everything else on the FBC fine. GP said maybe allergies or worms. I have hay fever and went to Thailand in November. Which is more likely?

Sent from Outlook for iOS
Ewan Gillespie | +44 7700 900 622""",
[("name", "Ewan Gillespie"), ("phone", "+44 7700 900 622")],
[]),
(
"""Patient ID band says: "KOWALSKI, PIOTR / 15.08.1950 / H-229018". My father, in the hospital in Gdańsk. They said "zawał" - heart attack - and he had a stent. How long in hospital usually?""",
[("name", "KOWALSKI, PIOTR"), ("date_of_birth", "15.08.1950"), ("id_number", "H-229018")],
[]),
(
"""Lockjaw? Not really, I just can't open my mouth wide since I got a filling at the dentist on Monday, probably from the injection. Jaw feels stiff. Is that tetanus?!""",
[],
[]),
(
"""Email signature I forgot to remove:
Best,
Dr. Femi Adebayo-Lawal (PhD, not a medical doctor lol)
Research Fellow, Dept of Chemistry
femi.adebayo@example.ac.uk | +44 (0)113 496 0555
—
Anyway, my question: my knee swells after running and there's fluid. Do I need it drained?""",
[("name", "Femi Adebayo-Lawal"), ("email", "femi.adebayo@example.ac.uk"), ("phone", "+44 (0)113 496 0555")],
[]),
(
"""Stool test "faecal elastase 180 ug/g" - borderline? I have greasy floating stools and lost weight after pancreatitis in October. On Creon 25000 now.""",
[],
[]),
(
"""Please help my elderly patient - I'm a carer. Her name is Dorothy, she's 93, lives in sheltered housing at Flat 11, Lime Court, Canterbury CT1 3XX. She's had a UTI 4 times since autumn. Is there preventative antibiotics?""",
[("name", "Dorothy"), ("address", "Flat 11, Lime Court, Canterbury CT1 3XX")],
[]),
(
"""Hey this is Luca, my number is +39 333 555 0128, i am Italian living in Edinburgh. Since three days I have a pain in the eye and the light hurts, the eye is red around the coloured part. I wear contact lenses. Is this conjunctivitis?""",
[("name", "Luca"), ("phone", "+39 333 555 0128")],
[]),
(
"""Ward 7, Side Room 2: barrier nursing, "C. diff positive". My uncle has been in there a week. Can I visit if I'm pregnant?""",
[],
[]),
(
"""For the car park permit at the hospital they need my plate: WN21 OPL. Anyway, my real question: I'll be having radiotherapy daily for 5 weeks for breast cancer. Will I be able to drive myself?""",
[("licence_plate", "WN21 OPL")],
[]),
(
"""Born in 1990, had chickenpox as a kid, now I have a painful blistery rash on one side of my forehead near my eye. Could it be shingles, is the eye at risk?""",
[],
[]),
(
"""Discord convo:
ghostfox#4421: my heart does this flutter thing when I game for hours
ghostfox#4421: like skipping
me (nova.kat): drink less monster lol
ghostfox#4421 is my little bro, 16. Should he get an ECG?""",
[("handle", "ghostfox#4421"), ("handle", "nova.kat")],
[]),
(
"""Specimen: EDTA whole blood. Test: HbA1c. Result: 41 mmol/mol. Lab comment: "Non-diabetic hyperglycaemia range 42-47". So I'm just under? Good news?""",
[],
[]),
(
"""Subject: Appointment – Mr Kenji Watanabe
Kenji Watanabe
2-14-7 Jingumae, Shibuya-ku, Tokyo 150-0001
Tel 090-5550-1834

Hello, I'm travelling to London next month and need a prescription for my warfarin while I'm there, 3 weeks. How can I get INR checks in London?""",
[("name", "Kenji Watanabe"), ("address", "2-14-7 Jingumae, Shibuya-ku, Tokyo 150-0001"), ("phone", "090-5550-1834")],
[]),
(
"""Pregnancy test positive on 2 Feb, last period 28 Dec. Booking appointment with midwife on the 26th. Is it ok to keep taking my sertraline 50mg until then?""",
[],
[]),
(
"""Mother's Day was hard, my mum died of ovarian cancer last year at 54 and now I'm scared. Her BRCA result was positive for BRCA1. I'm 29. How do I get tested?""",
[],
[]),
(
"""Hey, I'm Connor, I work at Dunmore Quarry and we had a dust exposure incident last week, silica. I've had a cough since. My works number is 4412. Should I get an x-ray?""",
[("name", "Connor"), ("id_number", "4412")],
["Dunmore Quarry"]),
(
"""My Apple Watch says AFib history 3% of the time. Is that a thing to see a doctor about? I'm 64, no symptoms, BP 132/80.""",
[],
[]),
(
"""Hi, posting for my friend Ayşe who's staying with me. Her Turkish ID (TC Kimlik) is 12345678950, she has residence permit. She's 23 and has had a fever on and off for 2 weeks and night sweats. She lives with me at 9 Brunswick Gardens, Hove BN3 1XX.""",
[("name", "Ayşe"), ("id_number", "12345678950"), ("address", "9 Brunswick Gardens, Hove BN3 1XX")],
[]),
(
"""Last period: 03/02. Cycle: 28 days. Ovulation test positive 17/02. Now 20/02 I have cramping and spotting. Implantation or too early to tell?""",
[],
[]),
(
"""Copied from my son's school report: "Name: Oscar Lindgren, Class 4B, Teacher: Ms Hart". The teacher keeps saying he daydreams and doesn't finish work. Could it be absence seizures or ADHD? He's 9.""",
[("name", "Oscar Lindgren"), ("name", "Hart")],
[]),
(
"""My online handle on the diabetes forum is T1D_Tasha and someone there told me to stop my basal insulin during a stomach bug because I'm not eating. That sounds wrong? I'm 25, Tresiba 18 units.""",
[("handle", "T1D_Tasha")],
[]),
(
"""Mr. Bean-like walk is how my wife describes my gait since my back surgery (L5-S1 discectomy, 5 weeks ago). Right foot slaps down. Is that foot drop and does it recover?""",
[],
[]),
(
"""Hello, I am Pedro, from the hotel reception (Hotel Mar Azul, Albufeira). A British guest, Mr. Gordon Whyte, room 214, asks us if it's safe to swim with his stitches on his leg (put in on Monday at the clinic). Please reply to reception@marazul.example.pt""",
[("name", "Pedro"), ("name", "Gordon Whyte"), ("email", "reception@marazul.example.pt")],
[]),
(
"""Glasgow coma scale was 15 on discharge, CT head normal. My sister fell off her horse yesterday with a helmet on. Today she's got a bad headache and wants to sleep all the time. Is that expected?""",
[],
[]),
(
"""Name: R. Okonjo
Ward: Maple
Bed: 8
Allergies: NKDA
Diet: soft
I'm R.'s son, Chukwudi. He had a stroke 2 weeks ago and the physios want him to go to a rehab unit. What's a rehab unit like?""",
[("name", "R. Okonjo"), ("name", "Chukwudi")],
[]),
(
"""Mark my words my son will end up in A&E, he's 15 and lives on energy drinks, 4 a day. He says his heart races. How much caffeine is too much at his age?""",
[],
[]),
(
"""This is my blog where I track my MS symptoms: https://relapsing-remitting-rhiannon.example.blog — I'm Rhiannon, 34. I've got new numbness in my left leg since Sunday. Is this a relapse? Do I need steroids?""",
[("url", "https://relapsing-remitting-rhiannon.example.blog"), ("name", "Rhiannon")],
[]),
(
"""Cholesterol 5.2, triglycerides 1.4, HDL 1.6 - I'm a 38 year old woman who runs marathons, does it matter at all? The doctor at my company health check (BUPA) flagged it.""",
[],
[]),
]
