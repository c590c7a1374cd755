# Writer 65 - privacy items, file B (identifiers in unusual places and formats; shorter and messier messages)

ITEMS = [
    (
        "Medicines list as typed by the carer: 1) Bisoprolol 2.5mg mane 2) Furosemide 40mg mane 3) Apixaban 5mg bd 4) Paracetamol 1g qds prn. Patient: Mr Norbert Quigley, Flat 6, "
        "Meadowsweet House, 112 Leigh Road, Wigan WN2 1AB. Question from him: can I have a glass of sherry at Christmas with all these?",
        [("name", "Norbert Quigley"), ("address", "Flat 6, Meadowsweet House, 112 Leigh Road, Wigan WN2 1AB")],
        [],
    ),
    (
        "PS. I forgot to say in my first message - my date of birth is 14-03-1941 and my hospital number K7730021, in case you need to find my scan from Ninewells. It's about the shadow on my lung. Ishbel.",
        [("date_of_birth", "14-03-1941"), ("id_number", "K7730021"), ("name", "Ishbel")],
        [],
    ),
    (
        "Grandpa keeps giving away his password and bank stuff to people who ring him. He's 86 and I think it's his memory. His phone number is seven seven double-oh nine hundred three one two "
        "(07700 900312) and strangers keep calling it. How do we get him assessed for dementia? His name is Bartholomew but everyone calls him Barty. - Chloe",
        [("phone", "07700 900312"), ("name", "Bartholomew"), ("name", "Barty"), ("name", "Chloe")],
        [],
    ),
    (
        "my email is old.soldier.1944 at example dot com (spelt out because the grandkids said to). i am 80. i have a hernia in my groin the size of a hen's egg, it goes back in when i lie down. "
        "do i need it fixed or can i leave it. regards Alf",
        [("email", "old.soldier.1944 at example dot com"), ("name", "Alf")],
        [],
    ),
    (
        "Hello, I found this site through my church, St Aidan's. I'm 75 and my pharmacist Mr Desai says my new blood pressure tablet, lercanidipine, might be why my ankles swell. "
        "Is there another one I could ask Dr Lim for? Dolly (Dorothea) Pinkerton",
        [("name", "Desai"), ("name", "Lim"), ("name", "Dolly"), ("name", "Dorothea"), ("name", "Pinkerton")],
        [],
    ),
    (
        "Car reg is LN09 HBX - I ask because the blue badge application needs it and it also needs a doctor's statement. I'm 82, COPD, can't walk more than 50 yards. Who fills in that part of the form?",
        [("licence_plate", "LN09 HBX")],
        [],
    ),
    (
        "Im the wife. Mr Bruce Kevin Dawes, 72, Pensioner Concession Card no. 208 447 913A, lives 5/23 Banksia Avenue, Nambour. He had a skin cancer cut off his ear by Dr Thompson "
        "and the stitches look angry and weepy. Its day 6. Can I put Savlon on it? - Sheryl",
        [("name", "Bruce Kevin Dawes"), ("id_number", "208 447 913A"), ("address", "5/23 Banksia Avenue, Nambour"),
         ("name", "Thompson"), ("name", "Sheryl")],
        [],
    ),
    (
        "Is it normal to still bleed a little from the gums 3 days after a tooth out? I'm 79, I'm on Warfarin. Dentist was Mr. Kowalczyk on Heath Street. Sorry for the short message, "
        "my grandson Oscar is typing, he's impatient. Clifford",
        [("name", "Kowalczyk"), ("name", "Oscar"), ("name", "Clifford")],
        [],
    ),
    (
        "Doctor, I've attached nothing because I don't know how, but my granddaughter has put my blood results on her page: https://www.example.com/u/lily-ann-h/grans-bloods - "
        "my ferritin was 9 and haemoglobin 98. I am 84. I feel tired but I'm always tired. Do I need iron tablets? - Nancy",
        [("url", "https://www.example.com/u/lily-ann-h/grans-bloods"), ("name", "Nancy")],
        [],
    ),
    (
        "Dear Sir, I enclose my details as requested by the form: Surname: ABERCROMBIE. Forenames: Mungo Alasdair. Date of birth: 02/07/1938. National Insurance No.: QQ 12 34 56 C. "
        "Complaint: numbness in both feet, worse at night, for about a year. I was a shepherd on Rannoch Moor. I drink a dram most evenings.",
        [("name", "ABERCROMBIE"), ("name", "Mungo Alasdair"), ("date_of_birth", "02/07/1938"), ("id_number", "QQ 12 34 56 C")],
        [],
    ),
    (
        "hiya, its about my stepdad Kenny, 70, he wont go to the doctors. hes been peeing loads at night, like 4 or 5 times and dribbling. he drives a cab, badge number 40917, "
        "and hes scared theyll take his licence. does prostate stuff affect driving? thanks Shannon",
        [("name", "Kenny"), ("id_number", "40917"), ("name", "Shannon")],
        [],
    ),
    (
        "From: Hubert Vandenberghe <h.vandenberghe@example.be>\nSubject: tremor\nI am 77 and my right hand shakes when I hold the newspaper but not when it is resting. "
        "My late brother Jozef had Parkinson's. Is this the same? I live in Brugge now but am an expat from Leeds.",
        [("name", "Hubert Vandenberghe"), ("email", "h.vandenberghe@example.be"), ("name", "Jozef")],
        [],
    ),
    (
        "Thanks for your last reply. I've now got the appointment. The letter says: Patient ID 7700-23-981, Dr P. Wainwright, Rheumatology, 14th Feb at 10:20. "
        "Should I stop the prednisolone before the blood test? Signed Mrs Gladys Orme",
        [("id_number", "7700-23-981"), ("name", "P. Wainwright"), ("name", "Gladys Orme")],
        [],
    ),
    (
        "My mother follows some woman on Facebook called @HealthyHeartGranny who says to stop her statins and take garlic. Mum's 81 with two stents. Mum's called Valerie. How do I talk her out of it??",
        [("handle", "@HealthyHeartGranny"), ("name", "Valerie")],
        [],
    ),
    (
        "I'm 66, just retired from Dunmore Secondary where I taught chemistry, and I had my first proper MOT with the nurse, Nurse Okafor. My cholesterol was 6.1 and my QRISK 14%. "
        "What's QRISK? Regards, Malcolm Pettigrew (mal.pettigrew@example.org)",
        [("name", "Okafor"), ("name", "Malcolm Pettigrew"), ("email", "mal.pettigrew@example.org")],
        ["Dunmore Secondary"],
    ),
    (
        "We're in Spain for the winter (Urbanización Los Pinos, Calle Jazmín 14, Torrevieja) and my husband, aged 74, has run out of his Eliquis. The chemist here wants a prescription. "
        "His UK NHS number is 944 210 5587. What should we do? Kind regards, Shirley & Dennis",
        [("address", "Urbanización Los Pinos, Calle Jazmín 14, Torrevieja"), ("id_number", "944 210 5587"),
         ("name", "Shirley"), ("name", "Dennis")],
        [],
    ),
    (
        "Patient: E. Rosenthal (Esther), 88. Room 118, Beth Shalom Home, 4400 Park Heights Ave, Baltimore. Nurse's note: resident reports burning on urination x2 days, temp 99.1, "
        "alert and oriented. Resident asked me to send this question: does she need antibiotics or can cranberry do it? - Submitted by Aisha (CNA)",
        [("name", "E. Rosenthal"), ("name", "Esther"), ("address", "Room 118, Beth Shalom Home, 4400 Park Heights Ave, Baltimore"), ("name", "Aisha")],
        [],
    ),
    (
        "Good morning! 70 years young here. Question about my Apple Watch saying my heart rate drops to 42 at night. I'm a retired marathon runner. Contact: +1 (617) 555-0129. Thanks - Desmond",
        [("phone", "+1 (617) 555-0129"), ("name", "Desmond")],
        [],
    ),
    (
        "Dear Doctor - I've become a carer for my husband Alistair (70, early dementia) and I'm 68 myself with my own arthritis. The council gave us a case reference ASC-2024-118847 "
        "but nobody has called. I'm exhausted and tearful. Is this depression or just tiredness? - Moira",
        [("name", "Alistair"), ("id_number", "ASC-2024-118847"), ("name", "Moira")],
        [],
    ),
    (
        "Hello. I was born 1 January 1945, the day my father sailed home from Ceylon, so I'm an easy one to remember. My name is Grace Ogunleye. "
        "I've had hot flushes return at 79, years after the change. Is that possible?",
        [("date_of_birth", "1 January 1945"), ("name", "Grace Ogunleye")],
        [],
    ),
    (
        "[Sent from the tablet in the residents' lounge, Oakwood Court, Flat 21] Hello, I am Mr Kwame Asante, 81. My feet are cold and the toes go purple. I am diabetic. Dr Hollis checks them yearly.",
        [("address", "Oakwood Court, Flat 21"), ("name", "Kwame Asante"), ("name", "Hollis")],
        [],
    ),
    (
        "veterans affairs claim no. C-29 887 104 for my husband Lyle, Vietnam 1968-69, Agent Orange exposure. He's 78 now and they found a spot on his bladder. "
        "Is bladder cancer one of the presumptive conditions? Thank you, Marjorie",
        [("id_number", "C-29 887 104"), ("name", "Lyle"), ("name", "Marjorie")],
        [],
    ),
    (
        "My uncle Bertie is 90, lives on his own at Mill Cottage, 2 Water Lane, Sheepwash, and won't hear of a care home. He had a fall last month, broke his wrist (Colles' they said). "
        "Cast is off. The fingers are still stiff. Physio? My number is 01632 960899. - Rosalind",
        [("name", "Bertie"), ("address", "Mill Cottage, 2 Water Lane, Sheepwash"), ("phone", "01632 960899"), ("name", "Rosalind")],
        [],
    ),
    (
        "Hi it's Fenella. I'm 73. My GP Dr Stavros Christodoulou has retired and I've been given the locum. I used to be with Dr Christodoulou for 30 years. I take Premarin still. "
        "Is it too late to stop? I'm also on Fosamax.",
        [("name", "Fenella"), ("name", "Stavros Christodoulou"), ("name", "Christodoulou")],
        [],
    ),
    (
        "Our address for the leaflet: The Old Vicarage, Church Lane, Little Snoring NR21 0HY. I'm 84 and my wife 82. We both get cramp in the legs at night. Quinine used to be given out; can we have it?",
        [("address", "The Old Vicarage, Church Lane, Little Snoring NR21 0HY")],
        [],
    ),
    (
        "I'm 85 and I write poems on my blog, poetryofagingbones.example.net, and in my latest poem I wrote about the pain in my hip. A reader said it sounds like bursitis. What do you think?",
        [("url", "poetryofagingbones.example.net")],
        [],
    ),
    (
        "asking for my dad Giuseppe 'Joe' Marchetti - dob 08/08/1940 - insurance member # UHC 9128 4471 02. He got stung by a wasp yesterday on his hand and it's swollen up to the wrist, "
        "no trouble breathing, just fat and itchy. Ice? Benadryl? - Gina",
        [("name", "Giuseppe 'Joe' Marchetti"), ("date_of_birth", "08/08/1940"), ("id_number", "UHC 9128 4471 02"), ("name", "Gina")],
        [],
    ),
    (
        "Dear Doctor, I am 93. This is Ida. Mrs Ida Bluestone. I have bad constipation. I have taken Ex-Lax, prunes, Metamucil. Nothing. Please telephone my son Marvin at 555-0188. Thank you dear.",
        [("name", "Ida"), ("name", "Ida Bluestone"), ("name", "Marvin"), ("phone", "555-0188")],
        [],
    ),
    (
        "I'm the manager at Greenacres Care Home writing on behalf of a resident, Mr Lancelot Brierley, room 3 (first floor). He is 97 and his GP, Dr Musa, has asked us to find out about "
        "whether his new hearing loss in one ear could be wax. Our direct line is 01632 960 140.",
        [("name", "Lancelot Brierley"), ("address", "Greenacres Care Home"), ("address", "room 3 (first floor)"),
         ("name", "Musa"), ("phone", "01632 960 140")],
        [],
    ),
    (
        "hello my husbands snoring is terrible and he stops breathing. he's 68 and 19 stone. we were told to do a sleep study but the form wants his employee number from the council, E204871, "
        "because he's still working part time as a driver. it's Les, Leslie Coombs.",
        [("id_number", "E204871"), ("name", "Les"), ("name", "Leslie Coombs")],
        [],
    ),
    (
        "Sir, I wish to query my bill. Invoice for consultation with Dr. Montgomery-Smythe, patient account no. 44-01937, for the treatment of my varicose veins. "
        "I was told the consultation was covered by my BUPA policy. Is the consultant allowed to charge separately? Mr G. Featherstonehaugh",
        [("name", "Montgomery-Smythe"), ("id_number", "44-01937"), ("name", "G. Featherstonehaugh")],
        [],
    ),
    (
        "I'm 65. Retiring this month from Pemberton & Sons Solicitors after 40 years. My question: my employer's health cover ends on the 31st. My policy ref is AXA-PPP-7713390. "
        "Should I get my hernia done before it runs out? - Ian",
        [("id_number", "AXA-PPP-7713390"), ("name", "Ian")],
        ["Pemberton & Sons Solicitors"],
    ),
    (
        "Our daughter, Rebecca, 45, looks after us both. I'm 80 and Eric is 83. We live at 2 Station Cottages, Ardlui. She worries that my Eric is getting thin. He's gone from 11 stone to 9 stone 6 since Easter. "
        "Should that worry us?",
        [("name", "Rebecca"), ("name", "Eric"), ("address", "2 Station Cottages, Ardlui")],
        [],
    ),
    (
        "hi, im 78, i lost my medicare card and im due at the eye hospital, my number was 5221 90334 1 i think. will they still see me? its for my macular degeneration injections. Noreen",
        [("id_number", "5221 90334 1"), ("name", "Noreen")],
        [],
    ),
    (
        "Thank you for the leaflets you sent to Mrs Sybil Harrowby at Flat 9B, Cavendish Mansions. She is my mother (aged 94). She now asks if the new blood thinner will interfere with her Bovril. "
        "Sorry, I know it sounds odd! Regards, Julian Harrowby",
        [("name", "Sybil Harrowby"), ("address", "Flat 9B, Cavendish Mansions"), ("name", "Julian Harrowby")],
        [],
    ),
    (
        "My sister Effie (Euphemia Jane Ross) is 87 and has had shingles round her ribs on the left side. The rash is gone but the pain is terrible, 8 weeks now. "
        "Her GP is Dr Anand Krishnamurthy at Kinlochleven. Amitriptyline made her groggy. What else is there? She's on 01632 960 377.",
        [("name", "Effie"), ("name", "Euphemia Jane Ross"), ("name", "Anand Krishnamurthy"), ("phone", "01632 960 377")],
        [],
    ),
    (
        "Hi Doc, Nana's WhatsApp is +61 491 570 110, she prefers that to email. She's 89, lives in the granny flat behind us (17 Waratah Place, Dubbo). She wants to know if she can keep taking "
        "her Panadol Osteo with her new tablet, pregabalin. Thanks, Kylie",
        [("phone", "+61 491 570 110"), ("address", "17 Waratah Place, Dubbo"), ("name", "Kylie")],
        [],
    ),
    (
        "Re: Cornelius Vanderpool. DOB 1936-05-21. SSN ending 4417 (full: 078-05-4417). Medicare Part B. He's my father, 88. He has a chronic cough that started after his ACE inhibitor was changed. "
        "Is lisinopril known for that? - Hendrika Vanderpool-Reyes",
        [("name", "Cornelius Vanderpool"), ("date_of_birth", "1936-05-21"), ("id_number", "078-05-4417"),
         ("name", "Hendrika Vanderpool-Reyes")],
        [],
    ),
    (
        "I am Father Ambrose, 84, a retired Benedictine monk living at Belmont Abbey. I have a hernia from lifting the abbey hives. The infirmarian, Brother Columba, thinks I should have surgery. "
        "At my age, is it worth the risk?",
        [("name", "Ambrose"), ("name", "Columba")],
        ["Belmont Abbey"],
    ),
    (
        "Hello. I'm 79 and a bit lost with all this. My daughter in Perth (Australia), Michelle, usually does things but she is away. I had my bloods done and got a text from "
        "the surgery saying 'please make routine appointment re results'. Is that bad news? The text came from 07700 900 777. - Eunice Garbutt",
        [("name", "Michelle"), ("phone", "07700 900 777"), ("name", "Eunice Garbutt")],
        [],
    ),
    (
        "i cant remember my user name on the surgery app, it might be bunny.harlow38 or bunnyharlow1938. anyway im 86 i want to order my repeat of my bendroflumethiazide and my eye drops. "
        "can you help",
        [("handle", "bunny.harlow38"), ("handle", "bunnyharlow1938")],
        [],
    ),
    (
        "My husband's name is Theophilus but he goes by Theo. He is 76. He has gout in the big toe and also now in the ankle. He takes colchicine but it gives him diarrhoea. "
        "Dr. Annabel Fortescue told him to take fewer. How few? - Marigold",
        [("name", "Theophilus"), ("name", "Theo"), ("name", "Annabel Fortescue"), ("name", "Marigold")],
        [],
    ),
    (
        "question about flying with oxygen. I'm 71, ex-RAF ground crew, now with pulmonary fibrosis. We're flying to see our grandson Callum's wedding in Toronto. "
        "Booking reference is irrelevant I suppose but my frequent flyer number is BA 48812776 if the airline needs a medical form linked. Who fills it in? - W/O (retd) Keith Danvers",
        [("name", "Callum"), ("id_number", "BA 48812776"), ("name", "Keith Danvers")],
        [],
    ),
    (
        "My mother (Mrs Amelia Frances Cottrell) died at Hospice of St Francis last week; she was 91. The hospice doctor was very kind, Dr Nwosu. I now keep thinking I should have noticed sooner that she was dying. "
        "Is that normal grief? I'm 66. - Roberta",
        [("name", "Amelia Frances Cottrell"), ("name", "Nwosu"), ("name", "Roberta")],
        [],
    ),
    (
        "Hello, I'm writing in for my grandmother, her name is Bertha Lindqvist, she's 90, personnummer 19340615-2384, she lives at Storgatan 12B, Umeå. She's had a cold for 2 weeks "
        "and now pain in her cheeks. Sinusitis? We're Swedish but she was a war bride in Hull. - Astrid",
        [("name", "Bertha Lindqvist"), ("id_number", "19340615-2384"), ("address", "Storgatan 12B, Umeå"), ("name", "Astrid")],
        [],
    ),
    (
        "The pharmacist at Lloyds told me to ask a doctor. I'm 70. I get heartburn at night. I take Gaviscon but now I'm buying two bottles a week. Thanks, Tommy. (Thomas O'Rourke, 7 Kilbride Close, Cork)",
        [("name", "Tommy"), ("name", "Thomas O'Rourke"), ("address", "7 Kilbride Close, Cork")],
        [],
    ),
    (
        "From a worried wife: my Harry (Henry Norman Baxendale, b. 17 Oct 1937) is getting very forgetful. The consultant at the memory clinic, Dr Yusuf, did a test and said 'mild cognitive impairment'. "
        "What does that mean for us? I'm Peggy, 85.",
        [("name", "Harry"), ("name", "Henry Norman Baxendale"), ("date_of_birth", "17 Oct 1937"), ("name", "Yusuf"), ("name", "Peggy")],
        [],
    ),
    (
        "Hi. I'm a student nurse on placement at Hillcrest Nursing Home, asking for Mrs Dorcas Pemberton-Hale (Room 14, Rowan wing), 92. She has a pressure sore on her heel, grade 2. "
        "Is honey dressing evidence-based? Her care plan number is HC-00412. - Priya",
        [("name", "Dorcas Pemberton-Hale"), ("address", "Room 14, Rowan wing"), ("id_number", "HC-00412"), ("name", "Priya")],
        ["Hillcrest Nursing Home"],
    ),
    (
        "i am 83 and my wife jean's 81. we have been married since 1962. she had a wee stroke in the spring and her speech is slurry now. the speech therapist, a nice girl called Morag, "
        "comes once a fortnight. can we do exercises at home between? we live at 33 Burnside Road, Kirriemuir. Jock",
        [("name", "jean"), ("name", "Morag"), ("address", "33 Burnside Road, Kirriemuir"), ("name", "Jock")],
        [],
    ),
    (
        "Hello, I'm Lakshmi Venkataraman, 74, retired from 30 years at Bharat Textiles in Leicester. My HbA1c is 58 and Dr Shah wants gliclazide. I fast for religious days. Is gliclazide safe with fasting?",
        [("name", "Lakshmi Venkataraman"), ("name", "Shah")],
        ["Bharat Textiles"],
    ),
    (
        "For the attention of a doctor please. My name is Marjorie Winifred Haddock. I am 88. I have been passing a little blood in my water. Not painful. My doctor is away till Monday. "
        "You may contact my nephew Trevor on trevor.haddock@example.com or +44 7700 900 502.",
        [("name", "Marjorie Winifred Haddock"), ("name", "Trevor"), ("email", "trevor.haddock@example.com"), ("phone", "+44 7700 900 502")],
        [],
    ),
    (
        "Hello, I'm 70 and I use the disabled bay at the surgery. Someone left a nasty note on my windscreen (the silver Honda Jazz, reg YR62 FKD) saying I don't look disabled. "
        "I have COPD and heart failure - you can't see them. Can the surgery give me a letter to keep in the car? Yours, Edwin",
        [("licence_plate", "YR62 FKD"), ("name", "Edwin")],
        [],
    ),
    (
        "My granny is 84 and a bit of a star online as @knittingnana_hull - she films herself doing her exercises after her knee op (https://www.example.com/@knittingnana_hull). "
        "One follower said she's bending it too far too soon. It's 3 weeks since the operation. Is 90 degrees too much already?",
        [("handle", "@knittingnana_hull"), ("url", "https://www.example.com/@knittingnana_hull")],
        [],
    ),
    (
        "We drive Mom (82) to dialysis three times a week in the van - Ohio plate JFK 2290, like the president, the valets always laugh - and she's been terribly itchy since she started dialysis, "
        "all over, worse at night. Is that common? Her kidney doctor is Dr. Abernathy. - Darlene",
        [("licence_plate", "JFK 2290"), ("name", "Abernathy"), ("name", "Darlene")],
        [],
    ),
]
