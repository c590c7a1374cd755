# privacy items, batch E
ITEMS = [
    {"text": "Frank blood in my stool this morning, not mixed in, just on top. 62M. Colonoscopy was clear in 2019. Can it wait till my GP appt on Thursday?",
     "identifiers": [], "quasi": []},

    {"text": "Hey I'm on reddit as u/sadgirlsoup and someone told me to ask here. 18F, I've been having panic attacks in class, like heart racing, can't breathe, shaking, 3 times this week. My school counselor Ms. Delgado wants me to see a psychiatrist. Do I need meds?",
     "identifiers": [("handle", "u/sadgirlsoup"), ("name", "Delgado")], "quasi": []},

    {"text": "Amber coloured urine and I drink 2 litres a day. Multivitamin? Or liver? Summer in Phoenix so I sweat a lot.",
     "identifiers": [], "quasi": []},

    {"text": "To whom it may concern, I am Patrick Mulenga, 50, employee no. ZCCM-04471 at the Nkana mine in Kitwe. The company clinic found protein in my urine (2+) at the annual medical and my BP was 160/100. They said see a specialist. Which specialist? My wife Mercy can be reached on +260 97 555 3381.",
     "identifiers": [("name", "Patrick Mulenga"), ("id_number", "ZCCM-04471"), ("name", "Mercy"), ("phone", "+260 97 555 3381")], "quasi": ["Nkana mine in Kitwe"]},

    {"text": "My father in law Giuseppe, 79, has been coughing when he drinks water, like it goes down the wrong way. He had a small stroke last year. My husband Luca thinks it's nothing. We live at Via Garibaldi 18, 10122 Torino, and the speech therapist won't come for a month. Should we thicken his drinks?",
     "identifiers": [("name", "Giuseppe"), ("name", "Luca"), ("address", "Via Garibaldi 18, 10122 Torino")], "quasi": []},

    {"text": "Patience is wearing thin. 14 months of tinnitus, hearing test normal. ENT at Mass Eye and Ear said learn to live with it. Nothing else?",
     "identifiers": [], "quasi": []},

    {"text": "Hi, Ji-woo here (@jiwoo.draws on insta). I'm 22 and my fingers go red and swollen every winter, itchy, painful. Chilblains? I'm studying in Edinburgh and the cold is new to me.",
     "identifiers": [("name", "Ji-woo"), ("handle", "@jiwoo.draws")], "quasi": []},

    {"text": "Ray of hope needed. Biopsy results for my thyroid nodule: Bethesda III. What now? Surgeon appt on 15 March at Sunnybrook.",
     "identifiers": [], "quasi": []},

    {"text": "My wife Nadia Haddad (DOB 1988-04-17) has had a high fever (39.5) since we got back from Lagos three days ago, shaking chills, headache. She took the malaria tablets but missed some. We live at 5 Rue des Lilas, 75019 Paris. Is it malaria? Where do we go? Me: Karim, 06 55 55 01 27",
     "identifiers": [("name", "Nadia Haddad"), ("date_of_birth", "1988-04-17"), ("address", "5 Rue des Lilas, 75019 Paris"), ("name", "Karim"), ("phone", "06 55 55 01 27")], "quasi": []},

    {"text": "Hi doctor. Dawn is when my chest pain comes, it's burning, and goes after breakfast. 40 yrs old, no heart history. Reflux?",
     "identifiers": [], "quasi": []},

    {"text": "Question about my friend Tomoko who's staying with me. She's 65 and visiting from Japan and her ankles swelled up after the flight from Narita (14 hours). One leg more than the other. She takes no meds. Does she need a scan for DVT? She only has travel insurance, policy TR-5508821-JP.",
     "identifiers": [("name", "Tomoko"), ("id_number", "TR-5508821-JP")], "quasi": []},

    {"text": "Chase my sugar all day... Type 2, on Jardiance 10mg and metformin 1000 bd, still 12-14 mmol after meals. Is insulin next?",
     "identifiers": [], "quasi": []},

    {"text": "Hello, my name is Arjun Reddy. Student ID 20BCE1047 at VIT Vellore. Since the hostel food started in August I have loose motion 4-5 times a day with mucus. Lost 5 kg. Campus doctor gives ORS and metronidazole but it keeps coming back. I am 19.",
     "identifiers": [("name", "Arjun Reddy"), ("id_number", "20BCE1047")], "quasi": ["VIT Vellore"]},

    {"text": "Lily of the valley, my toddler touched one and then licked her hand. No symptoms, happened 20 mins ago, she's playing. Poison line busy. Is it dangerous in that tiny amount?",
     "identifiers": [], "quasi": []},

    {"text": "hi!!! im Bea and my bestie Jasmine and i both got our tongues pierced at a place in Cebu on saturday and hers is super swollen and she can barely talk lol. is this normal day 3 swelling or infection? she can swallow fine",
     "identifiers": [("name", "Bea"), ("name", "Jasmine")], "quasi": []},

    {"text": "Stage 3 CKD, potassium 5.8 on my last bloods (was 5.1). Nephrologist at Toronto General wants to stop my spironolactone. Which foods should I avoid?",
     "identifiers": [], "quasi": []},

    {"text": "I'm Eleanor, 91, typed by my great-grandson Jack. I have had a sore on my lip that's crusty for 6 weeks. Not healing. I used to garden all day in the sun in Queensland. I live at Unit 4, 27 Kingfisher Pde, Toowoomba QLD 4350. Should someone look at it?",
     "identifiers": [("name", "Eleanor"), ("name", "Jack"), ("address", "Unit 4, 27 Kingfisher Pde, Toowoomba QLD 4350")], "quasi": []},

    {"text": "Prolactin 68 ng/mL. No period for 5 months, some milky discharge. 27. Pituitary MRI ordered. What's the likely diagnosis?",
     "identifiers": [], "quasi": []},

    {"text": "Got this in the post today, copying it in:\n\n'Dear Mr Kowalski, Re: Piotr Kowalski, DOB 22/08/1957, Hospital No. RX1-8823104. Your colonoscopy on 12/04 showed 3 polyps which were removed. Histology: tubular adenoma with low-grade dysplasia. Surveillance colonoscopy in 3 years. Dr. S. Hargreaves, Consultant Gastroenterologist'\n\nShould I be worried about the dysplasia bit?",
     "identifiers": [("name", "Kowalski"), ("name", "Piotr Kowalski"), ("date_of_birth", "22/08/1957"), ("id_number", "RX1-8823104"), ("name", "S. Hargreaves")], "quasi": []},

    {"text": "Sage advice please: I'm 70 and my doctor wants me on a statin but I get muscle aches. Is rosuvastatin 5 mg gentler?",
     "identifiers": [], "quasi": []},

    {"text": "Our son Obinna is 9 months, he's not sitting by himself yet. His older sister Adaeze sat at 6 months. Our pediatrician Dr. Uche Nwosu says wait. Is 9 months late?",
     "identifiers": [("name", "Obinna"), ("name", "Adaeze"), ("name", "Uche Nwosu")], "quasi": []},

    {"text": "Hepatitis C treated 2017 with Harvoni, cured. Now ALT slightly raised again 55. Could it come back?",
     "identifiers": [], "quasi": []},

    {"text": "I work at Pret on Fleet Street and cut my thumb on the slicer 5 days ago. It's now throbbing and there's pus. Manager Gemma said to just keep it covered. I'm Tariq btw, 20.",
     "identifiers": [("name", "Gemma"), ("name", "Tariq")], "quasi": ["Pret on Fleet Street"]},

    {"text": "Can you explain the difference between Type 1 and LADA? Diagnosed Type 2 at 35 but I'm thin and the pills stopped working after a year.",
     "identifiers": [], "quasi": []},

    {"text": "Hey, this is Marisol Vega, 36, I'm a flight attendant based at JFK. Since a flight 2 weeks ago my right ear feels blocked and muffled, popped a few times. Can I fly Friday? phone 718-555-0162, email marisol.vega.fa@example.com",
     "identifiers": [("name", "Marisol Vega"), ("phone", "718-555-0162"), ("email", "marisol.vega.fa@example.com")], "quasi": []},

    {"text": "Joy of joys, my hay fever is back. Cetirizine isn't touching it. Nasal spray options? 31F, breastfeeding.",
     "identifiers": [], "quasi": []},

    {"text": "Asking for my uncle Tevita (58), he lives in Nuku'alofa and the doctors there say he needs dialysis but he wants to come to Auckland. His NHI is ZAC1234 from when he lived here. What does he need to do?",
     "identifiers": [("name", "Tevita"), ("id_number", "ZAC1234")], "quasi": []},

    {"text": "Guillain-Barre after flu vaccine - how common? I'm 45 and my mum had GBS in the 90s.",
     "identifiers": [], "quasi": []},

    {"text": "Dear Doctor, I'm Elif from Izmir, 33. Since my gallbladder surgery at Ege University hospital I have yellow eyes on day 10. Surgeon Prof. Aydin is on holiday. My TC kimlik no is 12345678950. Can I wait for him?",
     "identifiers": [("name", "Elif"), ("name", "Aydin"), ("id_number", "12345678950")], "quasi": []},

    {"text": "My son, 16, is 155 cm and his friends are all way taller. Bone age xray says 13. Growth hormone?",
     "identifiers": [], "quasi": []},

    {"text": "Hi, Brandon Lee here. I train at Gold's Gym downtown, and a guy there (insta @swolebro_rick) sold me some 'clean' testosterone. 6 weeks in and my nipples are sore and puffy. I'm 25. Stop now? Will it go away?",
     "identifiers": [("name", "Brandon Lee"), ("handle", "@swolebro_rick")], "quasi": ["Gold's Gym downtown"]},

    {"text": "Scarlet fever in my daughter's class at the primary. She has a sore throat and red cheeks but no rash. Just wait?",
     "identifiers": [], "quasi": []},

    {"text": "Hello. I write for my father. Name: Huang Zhiwei. Age 74. Address: Room 1203, Block B, 88 Nanjing West Road, Shanghai. He has stomach pain and weight loss 6 kg in 2 months, poor appetite. Gastroscopy booked 3 weeks away. My brother Jian says pay for private quicker. Is 3 weeks too long?",
     "identifiers": [("name", "Huang Zhiwei"), ("address", "Room 1203, Block B, 88 Nanjing West Road, Shanghai"), ("name", "Jian")], "quasi": []},

    {"text": "Period 10 days late, 3 negative tests, 38. I'm stressed with work. Could it be early menopause?",
     "identifiers": [], "quasi": []},

    {"text": "Hi Dr, can you tell me if my wife Rebecca can take Benadryl while 12 weeks pregnant? She's itchy from a mosquito bite allergy. Our midwife Joanne is off til Monday.",
     "identifiers": [("name", "Rebecca"), ("name", "Joanne")], "quasi": []},

    {"text": "Sjogren's and dry eyes: restasis or xiidra? 52F, Florida.",
     "identifiers": [], "quasi": []},

    {"text": "I am Emmanuel Tshibanda, 31, Kinshasa. Getting fever every 2 days with sweating, tested malaria negative twice. Coartem did nothing. Doctor at the Ngaliema clinic not sure. What other tests? WhatsApp +243 81 555 2047",
     "identifiers": [("name", "Emmanuel Tshibanda"), ("phone", "+243 81 555 2047")], "quasi": ["Ngaliema clinic"]},

    {"text": "MRI brain: 'a few non-specific white matter hyperintensities'. I'm 48 with migraines. MS?",
     "identifiers": [], "quasi": []},

    {"text": "Hi, Sandra here (sandra.k.b@example.net). My mum Irene, 74, has had a red eye with pain and blurry vision for 2 days. She has glaucoma. Her optometrist in Hamilton is closed till Monday. My brother Dave drives her but he's working. Is this something that can wait?",
     "identifiers": [("name", "Sandra"), ("email", "sandra.k.b@example.net"), ("name", "Irene"), ("name", "Dave")], "quasi": []},

    {"text": "Don't know where to put this: 2 episodes of waking up unable to move, seeing a shadow in the room. 20 yrs old. Sleep paralysis?",
     "identifiers": [], "quasi": []},

    {"text": "Re my son Tomas Novak (DOB 9.1.2015), insurance no. 150109/1234 with VZP. He has bedwetting every night still at 8. Urologist Dr. Marek Svoboda recommended an alarm. Does medicine work better? - Jana Novakova, jana.novakova@example.cz",
     "identifiers": [("name", "Tomas Novak"), ("date_of_birth", "9.1.2015"), ("id_number", "150109/1234"), ("name", "Marek Svoboda"), ("name", "Jana Novakova"), ("email", "jana.novakova@example.cz")], "quasi": []},
]
