# privacy items, batch A (hand written). identifiers: list of (type, text) tuples; build.py converts.
ITEMS = [
    {"text": "hi my name is Chidinma Okeke, 34, from Enugu. ive had an itchy rash on both forearms for about 3 weeks now, it gets worse at night. tried calamine, no change. you can reach me on +234 803 555 0147 if its easier to call",
     "identifiers": [("name", "Chidinma Okeke"), ("phone", "+234 803 555 0147")], "quasi": []},

    {"text": """From: Greg Hollis <greg.hollis@example.com>
Sent: Tuesday 4 March
Subject: question about dad's tablets

Hello,
My father Walter Hollis (DOB 11/02/1941, NHS no. 943 476 5919) was switched from warfarin to apixaban at his last review and he is now bruising on his shins. Is that normal with the new one or should we go back to the GP?
Thanks
Greg""",
     "identifiers": [("name", "Greg Hollis"), ("email", "greg.hollis@example.com"), ("name", "Walter Hollis"), ("date_of_birth", "11/02/1941"), ("id_number", "943 476 5919"), ("name", "Greg")], "quasi": []},

    {"text": "my son Aarav (6) keeps coughing at night only, never in the day. no fever. is this asthma?? his cousin has asthma",
     "identifiers": [("name", "Aarav")], "quasi": []},

    {"text": """PATIENT INTAKE (copied from the clinic form because they told me to ask online first)
Full name: Lucia Fernandez Ruiz
ID (DNI): 48291735K
Date of birth: 23/09/1979
Mobile: +34 612 304 877
Reason for visit: right knee pain after running, swelling on inside of knee, 2 weeks
Anything else: I'm a PE teacher at Colegio San Jorge so I am on my feet all day""",
     "identifiers": [("name", "Lucia Fernandez Ruiz"), ("id_number", "48291735K"), ("date_of_birth", "23/09/1979"), ("phone", "+34 612 304 877")], "quasi": ["Colegio San Jorge"]},

    {"text": "throwaway because my main (u/kettlebell_kev) is linked to my real life lol. 28M, lifting 5x a week, and my left testicle has been aching dull for like 4 days after heavy deadlifts. no lump that i can feel. hernia??",
     "identifiers": [("handle", "u/kettlebell_kev")], "quasi": []},

    {"text": "A guy in a silver Corolla plate KCB 482T reversed into my cousin Wanjiru in the parking yesterday, she was not knocked down but her ankle is now swollen like a ball and blue. she can walk a bit. Does she need xray or just ice?",
     "identifiers": [("licence_plate", "KCB 482T"), ("name", "Wanjiru")], "quasi": []},

    {"text": "Good evening doctor. I am 71 and live alone at 42 Wattle Grove, Bendigo VIC 3550. My hands shake when I hold a cup, worse in the morning. My daughter Leanne thinks it is Parkinson's but I don't have the stiffness. What else could cause this?",
     "identifiers": [("address", "42 Wattle Grove, Bendigo VIC 3550"), ("name", "Leanne")], "quasi": []},

    {"text": "I put pictures of the spot on my back on my page facebook.com/rosa.delgado.5439 because I can't see it myself, my husband says it's changed colour. Can a doctor look at it there? It's about the size of a pencil eraser",
     "identifiers": [("url", "facebook.com/rosa.delgado.5439")], "quasi": []},

    {"text": "Is it normal for Crohn's flare to come with joint pain? Mine started on 12 January, knees and ankles. Gastro put me on budesonide 9mg. Just want to know if the joints are part of it",
     "identifiers": [], "quasi": []},

    {"text": "BP this morning 152/96, then 148/91 after 10 mins sitting. Im 46, 5'9, 210 lbs. doc at Mayo Clinic said last year it was borderline. Should I be on something now",
     "identifiers": [], "quasi": []},

    {"text": "hello po, my mother Erlinda Santos is 68 and diabetic, her sugar this am was 287 mg/dL even with metformin 500 twice a day. PhilHealth no. 12-025837461-9 if you need it. we are in Cavite. thank you po",
     "identifiers": [("name", "Erlinda Santos"), ("id_number", "12-025837461-9")], "quasi": []},

    {"text": "Will the flu shot interfere with my Humira? Grace at the pharmacy said to space them out but my rheumatologist never mentioned it.",
     "identifiers": [("name", "Grace")], "quasi": []},

    {"text": "Hope someone can help. Since my appointment on the 3rd of May I have had a metallic taste in my mouth. They started me on Flagyl 400mg three times a day. Is that the cause or something worse?",
     "identifiers": [], "quasi": []},

    {"text": "My name's Tomasz Wojcik, I work nights at the Amazon warehouse in Swindon and for a month I cannot sleep more than 3 hours in the day. Melatonin not working. Pls advise. text me 07700 900418",
     "identifiers": [("name", "Tomasz Wojcik"), ("phone", "07700 900418")], "quasi": ["Amazon warehouse in Swindon"]},

    {"text": "ok so this is embarrassing. Im 19 F and Ive had a burning when I pee since sunday. my bf Jayden says its from the pool. Could it be a uti? I dont want my mom Karen finding out, she sees all the insurance stuff (member ID W8831 20475 on my card)",
     "identifiers": [("name", "Jayden"), ("name", "Karen"), ("id_number", "W8831 20475")], "quasi": []},

    {"text": "Bell's palsy question. Left side of face drooped 10 days ago, got diagnosed at the ER same day and they gave prednisolone 60mg for a week. Eye still won't close fully. How long does recovery usually take?",
     "identifiers": [], "quasi": []},

    {"text": """Hi Dr,
Referral letter attached below as I can't upload the file:

'Dear Dr. Mensah, Thank you for seeing Mr. Kwabena Asante, aged 58, of House No. 14, Abavana Down Road, Kotobabi, Accra, who presents with exertional chest tightness of 2 months duration. ECG shows old Q waves. Kindly review. Yours sincerely, Dr. Efua Boateng'

The cardiology wait is 3 months. Is there anything he should do in the meantime?""",
     "identifiers": [("name", "Mensah"), ("name", "Kwabena Asante"), ("address", "House No. 14, Abavana Down Road, Kotobabi, Accra"), ("name", "Efua Boateng")], "quasi": []},

    {"text": "my TSH came back 7.8 (range 0.4-4.0) and free T4 normal. doctor says subclinical hypothyroid and just watch. I'm 33 and trying to get pregnant. is watching enough??",
     "identifiers": [], "quasi": []},

    {"text": "hey its Mei Ling again (asked last week about my dad). He's 80 now, Singapore, NRIC S3412785H. The geriatrician wants to stop his aspirin. Is that safe when he had a stent 10 years ago?",
     "identifiers": [("name", "Mei Ling"), ("id_number", "S3412785H")], "quasi": []},

    {"text": "Rose hip tea for arthritis, does it actually work or is it a waste of money? I'm 64 and on naproxen 250 mg",
     "identifiers": [], "quasi": []},

    {"text": "I am writing for my neighbour Mrs. Oyelaran who doesn't use the internet. She is 77, she lives at Flat 3, 19 Brixton Water Lane, London SW2 1PE. Her legs are very swollen by evening, both of them, and she is short of breath going up stairs. Her GP is Dr. Patel at the Brixton Hill surgery. Is this her heart?",
     "identifiers": [("name", "Oyelaran"), ("address", "Flat 3, 19 Brixton Water Lane, London SW2 1PE"), ("name", "Patel")], "quasi": ["Brixton Hill surgery"]},

    {"text": "Whats a normal ferritin for a woman? mine is 9. hemoglobin 10.9. I'm tired ALL the time. born 1991 if that matters",
     "identifiers": [], "quasi": []},

    {"text": "Contact: priyanka.r.iyer@example.in / +91 98450 12763. I am 29, software engineer at Infosys Mysore campus. Getting severe migraines 3-4 times a week since I started the new shift, with flashing zigzag lines before. Sumatriptan helps a bit. Is this too frequent?",
     "identifiers": [("email", "priyanka.r.iyer@example.in"), ("phone", "+91 98450 12763")], "quasi": ["Infosys Mysore campus"]},

    {"text": "Dr Sue told me to take 2 Panadol every 4 hours but the box says max 8 a day, which is it??",
     "identifiers": [("name", "Sue")], "quasi": []},

    {"text": "Addison's disease and fasting for Ramadan - has anyone done it safely? I take hydrocortisone 10/5/5. Endo appointment isn't until 17 April.",
     "identifiers": [], "quasi": []},

    {"text": "On behalf of my grandson Mateo Ramirez, 15, date of birth 07-08-2009. He broke his wrist at football in March, cast came off 2 wks ago and it still clicks. The school nurse at Lincoln High keeps sending him home. Our number (602) 555-0184.",
     "identifiers": [("name", "Mateo Ramirez"), ("date_of_birth", "07-08-2009"), ("phone", "(602) 555-0184")], "quasi": ["Lincoln High"]},

    {"text": "Hashimoto's + levothyroxine 75mcg. Gained 8kg in a year, I'm 162 cm. Is it the thyroid or me? Be honest lol",
     "identifiers": [], "quasi": []},

    {"text": "Mark my words this pharmacy keeps giving me the wrong generic. Brand Synthroid works, the generic gives me palpitations. Is that possible or is it in my head?",
     "identifiers": [], "quasi": []},

    {"text": "hello doctor i am Abdullahi from kano, 41. my brother Musa and i both have blood in urine after farming season. we swim in the river there. is this bilharzia? what tablet",
     "identifiers": [("name", "Abdullahi"), ("name", "Musa")], "quasi": []},

    {"text": "Can you take ibuprofen with lisinopril 20 mg? My pharmacist at Boots said no but my friend takes both.",
     "identifiers": [], "quasi": []},

    {"text": "Posting for my wife Ingrid (she's shy). 38, Norway, had her 2nd baby 5 months ago and her hair is coming out in clumps in the shower. Is this postpartum or should she get bloods? Her number at work if a nurse wants to call: +47 412 56 309",
     "identifiers": [("name", "Ingrid"), ("phone", "+47 412 56 309")], "quasi": []},

    {"text": "Parkinson's runs in my family (grandad and great uncle). I'm 52 and noticed my handwriting getting smaller. Scared. Neuro appointment on 22/06.",
     "identifiers": [], "quasi": []},

    {"text": "My daughter Zara Hussain (DOB 02.05.2016, NHS 485 777 3456) has had a squint in her left eye since about Christmas. Optician at Specsavers Oldham said see the GP. The GP said wait. How long do we wait?? Email me zhussain.mum@example.co.uk",
     "identifiers": [("name", "Zara Hussain"), ("date_of_birth", "02.05.2016"), ("id_number", "485 777 3456"), ("email", "zhussain.mum@example.co.uk")], "quasi": []},

    {"text": "Lactate 2.1, CRP 48, WBC 13.2 on my bloods from yesterday. The ward said they'll 'keep an eye'. I'm home now. What does this mean in plain english",
     "identifiers": [], "quasi": []},

    {"text": "yo so my boy Dre got elbowed in the face at basketball and his nose is kinda crooked now, no bleeding anymore. he's 17. does it need to be reset or will it go back",
     "identifiers": [("name", "Dre")], "quasi": []},

    {"text": "Tourette's in adults - can it start at 30? I've started having a throat clearing tic and shoulder jerks. My boss at Deloitte has noticed.",
     "identifiers": [], "quasi": ["Deloitte"]},

    {"text": "I'm Hamid Karimi, 55, living in Toronto. My OHIP number is 4532-281-947-KT. I had a kidney stone in 2019 and now the same pain is back on the left side, but milder. Can I wait for my family doctor Dr. Nguyen on Monday?",
     "identifiers": [("name", "Hamid Karimi"), ("id_number", "4532-281-947-KT"), ("name", "Nguyen")], "quasi": []},

    {"text": "Autumn always makes my eczema flare. Fall in Vermont is brutal for my skin. Any cream better than hydrocortisone 1%?",
     "identifiers": [], "quasi": []},

    {"text": "my mom is 84 and her memory is going. she called me Jenny three times today (my name is Paula, Jenny was her sister). Is that dementia or could it be a UTI like people say?",
     "identifiers": [("name", "Jenny"), ("name", "Paula")], "quasi": []},

    {"text": "Had my gallbladder out at St Vincent's on 9 Feb. Still getting diarrhoea after every meal. 5 weeks later. Normal?",
     "identifiers": [], "quasi": []},

    {"text": "Hi, Olumide here. Sickle cell (HbSS). I'm 24, moving from Ibadan to Manchester for my masters at Salford Uni in September. How do I register with a haematologist there? My email is olu.adeyemi.ss@example.com",
     "identifiers": [("name", "Olumide"), ("email", "olu.adeyemi.ss@example.com")], "quasi": ["Salford Uni"]},

    {"text": "Down syndrome adult (my brother, 36) with sudden weight loss 7 kg over 3 months. He eats fine. What tests should we ask for?",
     "identifiers": [], "quasi": []},

    {"text": "Kindly call me back on 0722 555 913 or WhatsApp same. My name Grace Achieng, 27, pregnant 20 weeks, I have itching on palms and soles very bad at night. Nurse at Kisumu health centre said its normal but I read about liver problem in pregnancy",
     "identifiers": [("phone", "0722 555 913"), ("name", "Grace Achieng")], "quasi": ["Kisumu health centre"]},
]
