# privacy items, batch C
ITEMS = [
    {"text": "Hi im Kayla. My twins Mason and Madison are 4 and both have hand foot mouth (daycare at Little Sprouts had an outbreak). Madison won't drink anything since this morning because of the mouth sores. How long can she go?",
     "identifiers": [("name", "Kayla"), ("name", "Mason"), ("name", "Madison")], "quasi": ["Little Sprouts"]},

    {"text": """WhatsApp chat I'm copying from my sister:
[09:14] Precious: sis the doctor said my hb is 7.2
[09:15] Precious: they want to transfuse me on Monday
[09:15] Me: why so low??
[09:16] Precious: heavy periods they think. fibroids. Dr Mwale at Kamuzu Central
Is 7.2 dangerous? Should she wait till Monday? She's 35.""",
     "identifiers": [("name", "Precious"), ("name", "Mwale")], "quasi": []},

    {"text": "Lupus patient here (SLE since 2014). On hydroxychloroquine 200mg bd. Eye screening is due - what exactly are they looking for?",
     "identifiers": [], "quasi": []},

    {"text": "My father, Ravi Shankar Menon, 76, lives at 3B Palm Grove Apartments, MG Road, Kochi 682016. He has had hiccups for 4 days continuously. He had a stroke in 2020. Family doctor Dr. Thomas Kurian says it is nothing. 4 DAYS. Please tell me what can cause this. My number +91 94470 55218 (Deepa, daughter)",
     "identifiers": [("name", "Ravi Shankar Menon"), ("address", "3B Palm Grove Apartments, MG Road, Kochi 682016"), ("name", "Thomas Kurian"), ("phone", "+91 94470 55218"), ("name", "Deepa")], "quasi": []},

    {"text": "PSA 6.2 at age 61, free PSA 12%. Urologist wants MRI. Is biopsy next?",
     "identifiers": [], "quasi": []},

    {"text": "hi this is Ethan's mum, Ethan is 11 and has had tummy aches every school morning for a month. Never weekends. His teacher Mr. Okonkwo at St. Brigid's says he's fine in class. Could it be anxiety or something physical?",
     "identifiers": [("name", "Ethan"), ("name", "Okonkwo")], "quasi": ["St. Brigid's"]},

    {"text": "Sorry english not first language. I am Yusuf Demir, 45, truck driver. My truck plate is 34 ABC 721. When I drive long I have pain and numbness in right leg and my foot is weak sometimes. Doctor in Istanbul say disc. Can I still drive?",
     "identifiers": [("name", "Yusuf Demir"), ("licence_plate", "34 ABC 721")], "quasi": []},

    {"text": "Does Hodgkin lymphoma come back after 10 years? Mine was stage IIA in 2013, ABVD x6. Just found a lump in my neck, 1.5cm, not sore.",
     "identifiers": [], "quasi": []},

    {"text": "So my roommate Priya and I both got food poisoning from the same takeaway last night, but she's fine now and I'm still vomiting 12 hours later. Keeping water down in small sips. I'm 23. Anything I should take?",
     "identifiers": [("name", "Priya")], "quasi": []},

    {"text": "Ginger, turmeric and honey for stomach ulcer? My aunt swears by it. I'm on omeprazole 20mg. H. pylori positive in February.",
     "identifiers": [], "quasi": []},

    {"text": "My details as the app asks: Juan Carlos Mendoza Flores, CURP MEFJ800412HDFNLN07, 44 years, Ciudad de Mexico. I have had heartburn every night for 6 months and now food gets stuck in the middle of my chest sometimes. Tried ranitidine.",
     "identifiers": [("name", "Juan Carlos Mendoza Flores"), ("id_number", "MEFJ800412HDFNLN07")], "quasi": []},

    {"text": "Kawasaki disease - my nephew had it at 2 and now he's 9. Does he need heart checks forever?",
     "identifiers": [], "quasi": []},

    {"text": "I'm Annika, 29, a nurse at Karolinska, and I got a needlestick from a patient whose HIV status is unknown 2 hours ago. Occupational health is closed. PEP needs to start within 72h right? Is there any reason to go tonight vs tomorrow morning?",
     "identifiers": [("name", "Annika")], "quasi": ["Karolinska"]},

    {"text": "Ok long story. My husband Declan (41) hurt his back lifting the kids' trampoline on Saturday. He's been on ibuprofen and he's walking like an old man. His mate Padraig is a physio and said heat and keep moving. My mam says bed rest. Who's right? Declan is a bus driver and can't take much time off.",
     "identifiers": [("name", "Declan"), ("name", "Padraig")], "quasi": []},

    {"text": "Heart rate jumps to 140 when I stand up and I nearly faint. 24 F. POTS? Tilt table test booked at Royal Brompton for 5 November.",
     "identifiers": [], "quasi": []},

    {"text": "Email: j.mwangi.kenya@example.com\nPhone: +254 712 555 084\nName: Joseph Mwangi\nNHIF: 4402871\nComplaint: diagnosed TB in June, on 4 tablets. Now my eyes are yellow and I am vomiting. Should I stop the TB drugs??",
     "identifiers": [("email", "j.mwangi.kenya@example.com"), ("phone", "+254 712 555 084"), ("name", "Joseph Mwangi"), ("id_number", "4402871")], "quasi": []},

    {"text": "Victoria sponge every day lol, I know. But my cholesterol is 7.1 and LDL 4.8 at age 49. Do I need a statin or can diet fix it?",
     "identifiers": [], "quasi": []},

    {"text": "Hi Dr. I'm contacting you about my mother-in-law Gloria Pacheco. She is 82 and lives with us at 1418 Calle Oriente, Ponce, PR 00717. She has a sore on her leg that won't heal for 2 months, she is diabetic. My husband Ruben changes the dressing. Her doctor Dr. Vazquez retired. Who should see her?",
     "identifiers": [("name", "Gloria Pacheco"), ("address", "1418 Calle Oriente, Ponce, PR 00717"), ("name", "Ruben"), ("name", "Vazquez")], "quasi": []},

    {"text": "can u get shingles twice? had it 2021, now same tingling on my side. 58yo. valacyclovir again?",
     "identifiers": [], "quasi": []},

    {"text": "I run a small YouTube channel (youtube.com/@MarcosCooksVegan) and want to know: is it safe for someone with kidney disease stage 3 to eat a lot of beans and lentils? Asking for me - eGFR 42.",
     "identifiers": [("url", "youtube.com/@MarcosCooksVegan")], "quasi": []},

    {"text": "Baby Noah, 7 weeks old, born 4 weeks early. His head has a flat spot on the back. We put him on his back to sleep like they said. Do we need a helmet? - from Hana and Tobias",
     "identifiers": [("name", "Noah"), ("name", "Hana"), ("name", "Tobias")], "quasi": []},

    {"text": "Grade 2 fatty liver on ultrasound, ALT 78. I'm 38, 96 kg, 175 cm. No alcohol. How reversible is this?",
     "identifiers": [], "quasi": []},

    {"text": "Hi, I'm Oksana. I'm a Ukrainian refugee now in Krakow with my daughter Sofiia, age 10. She has epilepsy and we are running out of Depakine (valproate 300mg). The Polish doctor wants her old records. Her Ukrainian medical card number is 0192-4451-7720. How do I bridge the gap?",
     "identifiers": [("name", "Oksana"), ("name", "Sofiia"), ("id_number", "0192-4451-7720")], "quasi": []},

    {"text": "My psoriasis is now on my nails, they're pitted and lifting. Started methotrexate 15mg weekly at Guy's 3 months ago. Takes how long?",
     "identifiers": [], "quasi": []},

    {"text": "This is for my dad Anil (67). He keeps getting up 5-6 times a night to wee. Weak stream. The urologist Dr. Farida Shaikh put him on tamsulosin. He's dizzy when he stands. Can he take it at night instead? Contact my brother Sunil at sunil.k.patil@example.com, he's with him",
     "identifiers": [("name", "Anil"), ("name", "Farida Shaikh"), ("name", "Sunil"), ("email", "sunil.k.patil@example.com")], "quasi": []},

    {"text": "Can a 20 year old get gout? My big toe is red and hot since yesterday. I had a big weekend. 5'11 and 240 lbs.",
     "identifiers": [], "quasi": []},

    {"text": "Hello. I am Ali Reza Hosseini, 37, living in Melbourne, and I work as an Uber driver, rego 1XY 7KP. Since Covid I have a smell like burning that isn't there. It has been 8 months. Is there treatment?",
     "identifiers": [("name", "Ali Reza Hosseini"), ("licence_plate", "1XY 7KP")], "quasi": []},

    {"text": "Tried clomid 3 cycles, no ovulation on day 21 progesterone (4.2). PCOS, 31. What's next?",
     "identifiers": [], "quasi": []},

    {"text": "my girl Imani (2) swallowed a coin on Tuesday, xray at Children's Mercy showed it in her stomach and they said it will pass. Its Friday and we havent seen it. She's eating and pooping normal. How long do we wait? - Terrence",
     "identifiers": [("name", "Imani"), ("name", "Terrence")], "quasi": []},

    {"text": "Marfan syndrome and pregnancy. Aortic root 4.1cm. I'm 28 and we want a baby. What are the risks?",
     "identifiers": [], "quasi": []},

    {"text": "I work at the front desk of Greenway Family Dental, my name's Shannon O'Connell, 33. I have a painful lump in my armpit for a week, red, like a boil. Coworker Brittany had MRSA last year. Could it be that? You can text 312-555-0146.",
     "identifiers": [("name", "Shannon O'Connell"), ("name", "Brittany"), ("phone", "312-555-0146")], "quasi": ["Greenway Family Dental"]},

    {"text": "Lyme test (ELISA) positive, western blot negative. Confused. Lived in Connecticut all my life, 41. What does it mean",
     "identifiers": [], "quasi": []},

    {"text": "Patient: Mrs. Beatrice Nakato, 54. Hospital No. UMH/2023/11847. Discharged from Mulago after a hysterectomy on 3/7. Wound has a little yellow discharge and smells. Husband Samuel asking if she needs to go back or can the local clinic handle it.",
     "identifiers": [("name", "Beatrice Nakato"), ("id_number", "UMH/2023/11847"), ("name", "Samuel")], "quasi": []},

    {"text": "Ramipril cough is driving me mad. 6 weeks in. Will it stop or do I need to switch?",
     "identifiers": [], "quasi": []},

    {"text": "hii doc!! im Luana from Sao Paulo, 17, I have acne on my back and chest very bad, dermatologist offers isotretinoin but my mom Rosangela is scared of the side effects. my CPF is 123.456.789-09 if needed for the platform. is it safe?",
     "identifiers": [("name", "Luana"), ("name", "Rosangela"), ("id_number", "123.456.789-09")], "quasi": []},

    {"text": "Morning stiffness for 2 hours in my hands, both sides, swollen knuckles. RF negative, anti-CCP positive. 42 F. Is this RA even with negative RF?",
     "identifiers": [], "quasi": []},

    {"text": "my grandad Eamon is 90 and has been falling a lot. The home (Rosewood Lodge) says he gets up at night confused. He's on 6 different meds. Is there one that causes falls? I'm Ciara, his granddaughter, ciara.flynn@example.ie",
     "identifiers": [("name", "Eamon"), ("name", "Ciara"), ("email", "ciara.flynn@example.ie")], "quasi": ["Rosewood Lodge"]},

    {"text": "Pneumonia twice this year, I'm 35 and otherwise healthy. Is that a sign of something with my immune system? Both times treated at Groote Schuur.",
     "identifiers": [], "quasi": []},

    {"text": "Name Wei Zhang. Passport E12345678. Tourist from Chengdu in London until 20 Aug. Toothache very bad, upper left, face a bit swollen. Hotel at 88 Cromwell Road, London SW7. Where can I see a dentist as a visitor?",
     "identifiers": [("name", "Wei Zhang"), ("id_number", "E12345678"), ("address", "88 Cromwell Road, London SW7")], "quasi": []},

    {"text": "Hunter wellies gave me a blister that's now red streaky up my ankle. 3 days old. Is that cellulitis?",
     "identifiers": [], "quasi": []},

    {"text": "Hey, I'm Reggie. 58 and my wife Loretta says I stop breathing when I sleep. I also fall asleep watching TV. CPAP scares me. Any other options?",
     "identifiers": [("name", "Reggie"), ("name", "Loretta")], "quasi": []},

    {"text": "Blood sugar fasting 6.8 mmol/L twice, HbA1c 6.3%. Pre diabetes or diabetes? 50M, South Asian.",
     "identifiers": [], "quasi": []},
]
