# Writer 65 - privacy items, file A (items with identifiers; long courteous letters from older adults)
# Each item: (text, [(type, exact_substring), ...], [quasi strings])

ITEMS = [
    (
        "Dear Doctor, I hope you will forgive the length of this letter. My name is Harold Ernest Whitcombe and I am 87 years of age. "
        "My late wife Margaret passed in 2019 and I now live at Unit 14, Willowbank Retirement Village, 22 Ferndale Road, Maidstone. "
        "My GP, Dr. Anjali Rao, has me on Lasix 40mg in the mornings, Lanoxin 62.5 micrograms, warfarin (dose varies with my INR, which was 2.8 last Tuesday) "
        "and Zocor at night. My question is whether the swelling in my ankles in the afternoons means the Lasix is not working as it should. "
        "My NHS number is 485 777 3456 should you need it. Yours faithfully, H. E. Whitcombe",
        [("name", "Harold Ernest Whitcombe"), ("name", "Margaret"),
         ("address", "Unit 14, Willowbank Retirement Village, 22 Ferndale Road, Maidstone"),
         ("name", "Anjali Rao"), ("id_number", "485 777 3456"), ("name", "H. E. Whitcombe")],
        [],
    ),
    (
        "Good afternoon. I am writing on behalf of my husband, Walter J. Kowalski, who is 91 and a veteran of the Korean War (he served with the 7th Infantry Division). "
        "His Medicare number is 4TQ8-WN2-KD61 and his date of birth is June 3, 1933. He has had a cough for three weeks that Dr. Feldman at the VA thinks is only post-nasal drip, "
        "but he is bringing up a little brown phlegm in the mornings. Should we be asking for a chest x-ray? You may telephone me, Dolores, at (412) 555-0163. Thank you kindly.",
        [("name", "Walter J. Kowalski"), ("id_number", "4TQ8-WN2-KD61"), ("date_of_birth", "June 3, 1933"),
         ("name", "Feldman"), ("name", "Dolores"), ("phone", "(412) 555-0163")],
        [],
    ),
    (
        "hello there, my mum Beryl is 94 and in room 7B at Jacaranda Gardens Aged Care, her medicare card is 2953 61847 2 and she has a DVA gold card QX204417 because dad was in the 2/9th Battalion. "
        "staff say she's been off her tucker and sleeping a lot more. the GP who visits on thursdays is Dr Nguyen. is this just her age do you think? my mobile is 0491 570 158 ring anytime - Lorraine",
        [("name", "Beryl"), ("address", "room 7B at Jacaranda Gardens Aged Care"), ("id_number", "2953 61847 2"),
         ("id_number", "QX204417"), ("name", "Nguyen"), ("phone", "0491 570 158"), ("name", "Lorraine")],
        [],
    ),
    (
        "To whom it may concern. I am Professor (retd.) Cecil Aldous Fairbanks-Moore, aged 82. I was diagnosed with Paget's disease of the bone in 1998 and of late the ache in my right femur "
        "has worsened despite the Fosamax. My rheumatologist, Dr. Imogen Hartley, retired last spring and I have not been allocated anyone since. "
        "Kindly correspond with me at cafm.1942@example.co.uk rather than by telephone, as my hearing is no longer what it was.",
        [("name", "Cecil Aldous Fairbanks-Moore"), ("name", "Imogen Hartley"), ("email", "cafm.1942@example.co.uk")],
        [],
    ),
    (
        "I am 76 and draw the state pension and a small railway pension (British Rail Pension Scheme, member no. BRPS-0048213). The pension people want a doctor's letter about my hip replacement "
        "being a disability and I do not know who I should ask. I was a signalman 38 years at Hexthorpe Junction box. Thomas Albert Greaves, 17 Coronation Terrace, Doncaster DN4 7QP, tel 01632 960417.",
        [("id_number", "BRPS-0048213"), ("name", "Thomas Albert Greaves"),
         ("address", "17 Coronation Terrace, Doncaster DN4 7QP"), ("phone", "01632 960417")],
        ["Hexthorpe Junction box"],
    ),
    (
        "My wife Edna May Pollard (we have been married 63 years this June) has been getting muddled in the evenings. She was born on the 2nd of February 1937 and until last year she did the "
        "crossword every day. Our son Keith thinks it is the new tablets, the oxybutynin, that Dr. Osei started her on for her waterworks. Could that be right? "
        "Keith's email is keith.pollard@example.net if it's easier to reply to him. Regards, Stanley Pollard",
        [("name", "Edna May Pollard"), ("date_of_birth", "2nd of February 1937"), ("name", "Keith"),
         ("name", "Osei"), ("email", "keith.pollard@example.net"), ("name", "Stanley Pollard")],
        [],
    ),
    (
        "Sir or Madam, I am a retired schoolmistress (thirty one years at St Cuthbert's Primary, Hexham) and now 79. My question concerns my thyroid. I take Eltroxin 100 micrograms. "
        "My most recent TSH was 0.2 and Dr. Bellamy wishes to reduce it, whereas I feel perfectly well. Is there harm in staying as I am? "
        "Miss Winifred A. Tunstall, Flat 3, Abbey Mews, 41 Priestpopple, Hexham NE46 1PH.",
        [("name", "Bellamy"), ("name", "Winifred A. Tunstall"), ("address", "Flat 3, Abbey Mews, 41 Priestpopple, Hexham NE46 1PH")],
        ["St Cuthbert's Primary, Hexham"],
    ),
    (
        "Hi, this is for my grandad Reg (Reginald Frank Oakes, dob 11/09/1934). He's at Cedar Lodge care home, room 22, and they've had him on antibiotics for a water infection for 10 days now "
        "but he's still not himself. Nursing home doc is Dr Ferreira. His NHS no. is 602 318 7745. I'm Jade, his granddaughter, text me on 07700 900384.",
        [("name", "Reg"), ("name", "Reginald Frank Oakes"), ("date_of_birth", "11/09/1934"),
         ("address", "Cedar Lodge care home, room 22"), ("name", "Ferreira"), ("id_number", "602 318 7745"),
         ("name", "Jade"), ("phone", "07700 900384")],
        [],
    ),
    (
        "Dear Sir, I served in the Royal Engineers from 1956 to 1964, including two years in Aden, and have had ringing in my ears ever since. My service number was 23471958. "
        "I am now 86 and the ringing has become a hissing that keeps me from sleep. The hearing aid people at Boots say there is nothing more they can do. "
        "Is there a tablet for it? Yours sincerely, Leonard G. Pike",
        [("id_number", "23471958"), ("name", "Leonard G. Pike")],
        [],
    ),
    (
        "My husband Arthur and I are both 81 and live at 9 Rosemary Close, Littlehampton. He takes Tegretol for his trigeminal neuralgia and I take Tenormin and aspirin. "
        "We wondered whether it is safe for him to have the shingles jab the surgery has offered, given the Tegretol. Our practice nurse, Sister Brennan, wasn't sure. With thanks, Joan",
        [("name", "Arthur"), ("address", "9 Rosemary Close, Littlehampton"), ("name", "Brennan"), ("name", "Joan")],
        [],
    ),
    (
        "good morning doctor my name is Gwendolyn Price I am 88 and live alone since my Idris died. my daughter Carys set this computer up for me. I have a pain in my left heel first thing in the morning "
        "when I put my foot down it eases after I walk about. I have had it since Christmas. my telephone is 01632 960 552 but I don't always hear it. thank you",
        [("name", "Gwendolyn Price"), ("name", "Idris"), ("name", "Carys"), ("phone", "01632 960 552")],
        [],
    ),
    (
        "I'm writing about my father, Ignatius P. Mahoney, 93, retired from 40 years as a machinist at Hollister Tool & Die. His Medicare Beneficiary Identifier is 7KX2-RF4-PP08 "
        "and his supplemental plan member ID is AARP-HM-339120845. He has been prescribed both Coumadin and Plavix by two different doctors (Dr. Sandoval and Dr. Lutz) "
        "and I'm worried nobody has looked at them together. He lives with me at 318 Alder Street, Scranton, PA 18505.",
        [("name", "Ignatius P. Mahoney"), ("id_number", "7KX2-RF4-PP08"), ("id_number", "AARP-HM-339120845"),
         ("name", "Sandoval"), ("name", "Lutz"), ("address", "318 Alder Street, Scranton, PA 18505")],
        ["Hollister Tool & Die"],
    ),
    (
        "Please excuse the handwriting-style typing. I am Mrs Olive Prudence Hartnell, widow of the late Squadron Leader Dennis Hartnell, and I am 90. "
        "I have Dupuytren's contracture in both hands now and cannot do up my buttons. My hand surgeon used to be Mr. Chaudhry at the Royal Infirmary. "
        "Is it worth having the operation at my age? Pension reference 0071-442-986-R, in case it matters for the costs.",
        [("name", "Olive Prudence Hartnell"), ("name", "Dennis Hartnell"), ("name", "Chaudhry"), ("id_number", "0071-442-986-R")],
        [],
    ),
    (
        "hi my nan is 84 and lives in the annexe behind our house, 27a Cobden Street, Bolton. shes been having dizzy turns when she gets up from the chair. her tablets are ramipril, "
        "bendroflumethiazide, amlodipine and doxazosin. thats a lot of blood pressure tablets isnt it?? doctor is Dr Whitfield at our surgery. cheers, Danielle (@dani_b_bolton on insta if u need pics of her tablets)",
        [("address", "27a Cobden Street, Bolton"), ("name", "Whitfield"), ("name", "Danielle"), ("handle", "@dani_b_bolton")],
        [],
    ),
    (
        "Dear Doctor, Mother (Lavinia Rose Ashcombe, born 19 August 1929) has lived at The Laurels Residential Home, Suite 4, for six years. She was a Wren in the war and is still very sharp. "
        "She has developed a sore red patch on her shin which the carers are dressing with Betadine. Her GP, Dr. Hamish McAllister, has not yet seen it. "
        "Should I press for a visit? Kind regards, Rupert Ashcombe, 07700 900219.",
        [("name", "Lavinia Rose Ashcombe"), ("date_of_birth", "19 August 1929"), ("address", "The Laurels Residential Home, Suite 4"),
         ("name", "Hamish McAllister"), ("name", "Rupert Ashcombe"), ("phone", "07700 900219")],
        [],
    ),
    (
        "My name is Eustace Bartholomew Crane, I'm 78 and a retired Methodist minister. My prostate PSA was 6.4 in March and 7.1 in September. Dr. Adeyemi has referred me "
        "to urology but the wait is 14 weeks. Is that too long? My hospital number at Queen Elizabeth is RX0449821.",
        [("name", "Eustace Bartholomew Crane"), ("name", "Adeyemi"), ("id_number", "RX0449821")],
        [],
    ),
    (
        "Good evening. I'm Mavis, 72, and I post my garden photos at https://mavisgardens.example.org where you can see the rash on my forearm in the last post "
        "(I thought it was from the compost). It's itchy, raised, in a line. My husband Clive says it's nothing. Do I need to see someone?",
        [("name", "Mavis"), ("url", "https://mavisgardens.example.org"), ("name", "Clive")],
        [],
    ),
    (
        "RE: my late husband's medicines. Dear Sir, my husband Frederick William Bassett passed away in March (he had Parkinson's for 14 years). I have a cupboard full of his Sinemet, "
        "Madopar and Requip. How do I get rid of them properly? The chemist on Station Road said to ask. I'm Mrs I. Bassett, Flat 12 Grosvenor Court, Eastbourne BN21 4QY.",
        [("name", "Frederick William Bassett"), ("name", "I. Bassett"), ("address", "Flat 12 Grosvenor Court, Eastbourne BN21 4QY")],
        [],
    ),
    (
        "I am 69 and just retired from 44 years with the Tennessee Valley Authority. Since retiring my sugars have gone up, A1C 7.9 from 6.8. I take metformin 1000 twice daily and "
        "Januvia. My wife Loretta thinks it's the pie. Dr Pruitt wants to add insulin. Can I try diet first? Earl Wayne Tubbs, SSN 123-45-6789 is on file if you need to check my records.",
        [("name", "Loretta"), ("name", "Pruitt"), ("name", "Earl Wayne Tubbs"), ("id_number", "123-45-6789")],
        ["Tennessee Valley Authority"],
    ),
    (
        "This is a question for my neighbour who doesn't use computers. Mr Albert Nkemelu, 83, lives at number 6 Primrose Walk and his daughter Ngozi lives in Lagos. "
        "He has swollen painful big toe joint, red and hot, came on overnight. He has had gout before. He has allopurinol but stopped it. Should he restart now or wait? "
        "I am Patricia from number 8. You can reach me at pat.hollings@example.com.",
        [("name", "Albert Nkemelu"), ("address", "number 6 Primrose Walk"), ("name", "Ngozi"), ("name", "Patricia"),
         ("email", "pat.hollings@example.com")],
        [],
    ),
    (
        "Dear Doctor, I am Captain (retd) Humphrey D. Lockwood-Ames, born 30.04.1936, late of the Queen's Own Hussars. I have a Baker's cyst behind my left knee which my orthopaedic chap, "
        "Mr Sandhu, drained in 2021. It has come back. Is draining it again sensible? Telephone 01632 960 781 (answerphone).",
        [("name", "Humphrey D. Lockwood-Ames"), ("date_of_birth", "30.04.1936"), ("name", "Sandhu"), ("phone", "01632 960 781")],
        [],
    ),
    (
        "mum is 89, her name's Kathleen Doyle, shes in St Brigid's Nursing Home bed 31 and her resident number there is SB-2231. the nurse says her oxygen sat was 91 this morning but she is chatting away "
        "and had her porridge. she's got COPD from smoking Woodbines since she was 14. is 91 normal for her? im her son Declan 087 555 0142",
        [("name", "Kathleen Doyle"), ("address", "St Brigid's Nursing Home bed 31"), ("id_number", "SB-2231"),
         ("name", "Declan"), ("phone", "087 555 0142")],
        [],
    ),
    (
        "My father-in-law, Augustus 'Gus' Heffernan, 95, spent the war in the Chindits in Burma and has never spoken of it. Lately at night he shouts and thrashes in his sleep. "
        "My wife Siobhan and I wonder if this is nightmares or something like Lewy body. He lives with us at Glenview Farm, Ballymena Road, Cullybackey. Dr O'Hare is his GP.",
        [("name", "Augustus 'Gus' Heffernan"), ("name", "Siobhan"), ("address", "Glenview Farm, Ballymena Road, Cullybackey"), ("name", "O'Hare")],
        [],
    ),
    (
        "Hello. I'm 74 and help run the bowls club. I have been asked by the club secretary, Norman, to get a form signed saying I'm fit to play after my pacemaker. "
        "My cardiologist is Dr. Ramaswamy at the Harefield. Who normally signs these? My membership number with the county bowls association is CBA-77104. Brenda Foulkes.",
        [("name", "Norman"), ("name", "Ramaswamy"), ("id_number", "CBA-77104"), ("name", "Brenda Foulkes")],
        [],
    ),
    (
        "Dear Doctor, My dear wife of 58 years, Ruth Evangeline Marsh, has recently been diagnosed with Alzheimer's. She was born 7th November 1940 in Bombay where her father was stationed. "
        "I am finding it very difficult to get her to take her Aricept. She hides it in her cardigan. Have you any advice? Our daughter Philippa is a nurse in Canada. "
        "Gerald Marsh, 4 The Paddocks, Much Wenlock TF13 6AA.",
        [("name", "Ruth Evangeline Marsh"), ("date_of_birth", "7th November 1940"), ("name", "Philippa"),
         ("name", "Gerald Marsh"), ("address", "4 The Paddocks, Much Wenlock TF13 6AA")],
        [],
    ),
    (
        "Good day. I am 80 and a retired postman. I have psoriasis on my elbows and scalp and I have used Dovobet for years. The new doctor, Dr. Liesl Van der Merwe, "
        "says I should not use it long term. My employee number at the Royal Mail was 00448127 and I still get the staff discount on my prescriptions through the pension. "
        "Is she right? Regards, Percy",
        [("name", "Liesl Van der Merwe"), ("id_number", "00448127"), ("name", "Percy")],
        [],
    ),
    (
        "I live in unit 305 at Sunset Pines Senior Living, 2200 Mesa Verde Dr, Tucson AZ 85719. I am 85, female, and since my fall in the bathroom (no broken bones thank the Lord) "
        "I'm scared to shower alone. Is there anyone I can see about this fear? They call me Miss Opal at the front desk. Phone (520) 555-0191.",
        [("address", "unit 305 at Sunset Pines Senior Living, 2200 Mesa Verde Dr, Tucson AZ 85719"), ("name", "Opal"), ("phone", "(520) 555-0191")],
        [],
    ),
    (
        "To the doctor on duty - I am enquiring for my brother, Wilfred Ambrose Tate (Wilf), who is 88 and was a miner at Grimethorpe Colliery for 35 years. He has been given a diagnosis of "
        "pneumoconiosis and is claiming industrial injuries benefit, claim reference IIDB/55/40127/K. The form asks how his breathing affects his daily life and he won't admit it does. "
        "How do we describe it honestly? Florence Tate (sister)",
        [("name", "Wilfred Ambrose Tate"), ("name", "Wilf"), ("id_number", "IIDB/55/40127/K"), ("name", "Florence Tate")],
        ["Grimethorpe Colliery"],
    ),
    (
        "hello, its Myrtle again, 81. last week i wrote about my bowels. the doctor (Dr Kapoor) gave me Movicol and now i go too much!! can i take half a sachet? "
        "you can email me at myrtle.b.1943@example.com",
        [("name", "Myrtle"), ("name", "Kapoor"), ("email", "myrtle.b.1943@example.com")],
        [],
    ),
    (
        "Dear Sir/Madam, I have been a diabetic for 40 years (on Mixtard insulin) and am now 77. My eyes are being watched at the eye clinic. My licence is up for renewal and the DVLA "
        "asks for my driving licence number, PIKE7510226LG9AB, and whether I have had any hypos. I had one mild one in the summer. Do I have to declare it? Lionel Pike",
        [("id_number", "PIKE7510226LG9AB"), ("name", "Lionel Pike")],
        [],
    ),
    (
        "My mother is 86 and her name is Agnes Marjorie Sutcliffe. She lives in Apartment 2C, Harbour View Retirement Apartments, Whitby. She has had three falls since Easter. "
        "Her medicines are: atenolol 50mg, Co-codamol 30/500 two four times a day, zopiclone at night, sertraline 50mg, and Adcal D3. I feel some of these could be causing the falls. "
        "Her doctor is Dr Okonkwo. Is it reasonable to ask for a review? - Janet (daughter)",
        [("name", "Agnes Marjorie Sutcliffe"), ("address", "Apartment 2C, Harbour View Retirement Apartments, Whitby"),
         ("name", "Okonkwo"), ("name", "Janet")],
        [],
    ),
    (
        "Sorry to trouble you. I'm 92, was a nurse in the Queen Alexandra's in Malaya, so I know a little. My blood pressure at home reads 168/94 in the mornings and 138/80 by teatime. "
        "My GP is Dr Theodora Lambrou. My daughter, Mrs Helen Chisholm, has power of attorney and her number is +44 7700 900615. Is this morning rise something to worry about? "
        "Sincerely, Mrs E. M. Blackwood",
        [("name", "Theodora Lambrou"), ("name", "Helen Chisholm"), ("phone", "+44 7700 900615"), ("name", "E. M. Blackwood")],
        [],
    ),
    (
        "Question re: hearing aids. My husband Bernard is 84. He refuses to wear his hearing aids. He says they whistle. He watches the television at full volume and I'm going deaf from it! "
        "Our audiologist was a young man named Tobias at the Specsavers in town. Is there a better kind? Our address is 15 Marigold Crescent, Ripon HG4 2LU if you could send a leaflet.",
        [("name", "Bernard"), ("name", "Tobias"), ("address", "15 Marigold Crescent, Ripon HG4 2LU")],
        [],
    ),
    (
        "Afternoon. Name: Cyril Jenkins. D.O.B. 25/12/1939 (yes, a Christmas baby). Address: Bungalow 11, Ashdown Court, Crawley. Problem: a sore on my lip that will not heal, "
        "six weeks now. I was a bricklayer outdoors all my life. Not in pain. Dr Moss is away. Should I wait for him?",
        [("name", "Cyril Jenkins"), ("date_of_birth", "25/12/1939"), ("address", "Bungalow 11, Ashdown Court, Crawley"), ("name", "Moss")],
        [],
    ),
    (
        "Dear Doctor, I am writing to ask about my late husband's condition, in case it runs in families. Ernest passed at 71 from an aortic aneurysm. Our sons, Graham and Roger, "
        "are now 60 and 57. Should they be screened? Graham's at 21 Kestrel Drive, Norwich and has not seen a doctor in ten years. I am Dorothy, 84.",
        [("name", "Ernest"), ("name", "Graham"), ("name", "Roger"), ("address", "21 Kestrel Drive, Norwich"), ("name", "Dorothy")],
        [],
    ),
    (
        "Dear Sir. Insurance question I'm afraid. My travel insurer, for our cruise to Norway, says I must declare my atrial fibrillation. Policy number TRV-8824-1937-Q. "
        "I have been stable on apixaban for 3 years under Dr Harcourt. Is that 'stable' in medical terms? Frank Ellis, aged 79.",
        [("id_number", "TRV-8824-1937-Q"), ("name", "Harcourt"), ("name", "Frank Ellis")],
        [],
    ),
    (
        "i am writing for my aunty Ngaire she is 77 she lives at 14 Kowhai Street, Whakatane. her NHI number is ZAB1234. she has a sore eye thats red and sticky 3 days. "
        "shes got glaucoma drops already (Xalatan). should she use the drops still. thanks from Mere",
        [("name", "Ngaire"), ("address", "14 Kowhai Street, Whakatane"), ("id_number", "ZAB1234"), ("name", "Mere")],
        [],
    ),
    (
        "Dear Sir, I am ninety-six years old and have outlived two doctors! My current GP, young Dr. Sebastian Cole, wants me to stop my Mogadon which I have taken since 1972. "
        "I sleep beautifully on it. I am Hilda Ethel Grainger, of Room 9, Fairhaven House, 3 Marine Parade, Worthing. What do you advise?",
        [("name", "Sebastian Cole"), ("name", "Hilda Ethel Grainger"), ("address", "Room 9, Fairhaven House, 3 Marine Parade, Worthing")],
        [],
    ),
    (
        "Hey doc, I'm 67 and my wife's 66. We're both on the same health plan, member IDs HPX-44810-01 (me) and HPX-44810-02 (her). Plan wants a prior auth for her Prolia injection. "
        "What do we tell the doctor's office? Her endocrinologist is Dr. Gutierrez. - Ray & Connie",
        [("id_number", "HPX-44810-01"), ("id_number", "HPX-44810-02"), ("name", "Gutierrez"), ("name", "Ray"), ("name", "Connie")],
        [],
    ),
    (
        "Good morning. My father Ronald, 90, was a Desert Rat and is very proud and stubborn. He lives alone at Keeper's Cottage, Lower Slaughter. He has leg ulcers that the district nurse "
        "dresses twice weekly. She says they are venous. He insists on walking his dog two miles a day. Is that helping or harming the ulcers? - Penelope",
        [("name", "Ronald"), ("address", "Keeper's Cottage, Lower Slaughter"), ("name", "Penelope")],
        [],
    ),
    (
        "Hello, I'm 71 and recently retired from the Lakeside Veterinary Surgery where I was receptionist 26 years. Now I have time to deal with my knees. Osteoarthritis both. "
        "I'm booked for a knee replacement, NHS number 721 004 6638, and want to know how long before I can drive. My car is the little blue Fiesta, reg GK14 WRT, automatic.",
        [("id_number", "721 004 6638"), ("licence_plate", "GK14 WRT")],
        ["Lakeside Veterinary Surgery"],
    ),
    (
        "I am writing about my dad, Vincenzo Albertini, 88. He has had a pacemaker since 2015 (Medtronic). Dad speaks mostly Italian. He has become breathless going up the stairs "
        "over the last month and his ankles are fat. Dr. Russo at the Bella Vista clinic is his GP. We live at 47 Lygon Street, Carlton. Can you tell me what to ask Dr Russo? - Antonella",
        [("name", "Vincenzo Albertini"), ("name", "Russo"), ("address", "47 Lygon Street, Carlton"), ("name", "Antonella")],
        ["Bella Vista clinic"],
    ),
    (
        "Re: Mr Douglas Haig McPhee, 83 (named after the Field Marshal, he'll tell you). CHI number 1203418765. He has had Hodgkin lymphoma in 1988 and is clear but now has a lump "
        "in his neck again. Dr. Fraser has sent an urgent referral. How quickly should he be seen? From his wife, Isobel.",
        [("name", "Douglas Haig McPhee"), ("id_number", "1203418765"), ("name", "Fraser"), ("name", "Isobel")],
        [],
    ),
    (
        "Dear Doctor - I'm 73 and I'm trying to look after myself. I walk with the ramblers, I swim at the lido. But my cholesterol is 7.2 and Dr. Wu wants me on a statin. "
        "I had muscle aches on Lipitor before. What are my choices? You can see my walking diary at www.example.net/walks/june-tilbury if that helps. June Tilbury.",
        [("name", "Wu"), ("url", "www.example.net/walks/june-tilbury"), ("name", "June Tilbury")],
        [],
    ),
    (
        "My husband Clarence Obadiah Fitch is 87, a Navy man (USS Enterprise, 1958-62). He's on hospice at home now for his lungs. The hospice nurse, Tamika, comes Mondays and Thursdays. "
        "He's restless at night and pulls at his oxygen. What can I ask for? We're at 1120 Magnolia Lane, Pensacola FL 32503. Bless you. - Ada Fitch",
        [("name", "Clarence Obadiah Fitch"), ("name", "Tamika"), ("address", "1120 Magnolia Lane, Pensacola FL 32503"), ("name", "Ada Fitch")],
        [],
    ),
    (
        "Dear Sir, my wife Vera is 80 and she's had a cataract done on the right eye at the beginning of the month. She now sees halos round the street lamps. Is that usual? "
        "Her hospital letter gives her number as K4410982 and the surgeon is Mr. Achterberg. Thank you, Sidney",
        [("name", "Vera"), ("id_number", "K4410982"), ("name", "Achterberg"), ("name", "Sidney")],
        [],
    ),
    (
        "My mother-in-law Mrs Rosalind Beatrice Quarrie, 99 (100 in September, we're hoping for the telegram from the King), lives with us at Orchard House, Pease Pottage. "
        "She has a sore bottom from sitting and the skin is red but not broken. What cream is best? She used to swear by Sudocrem for the babies.",
        [("name", "Rosalind Beatrice Quarrie"), ("address", "Orchard House, Pease Pottage")],
        [],
    ),
    (
        "Hi I'm writing on behalf of my friend Elsie who doesn't have email. She's 78. She had a stroke 2 years ago and her right arm is weak. She wants to know if physio would still help "
        "this long after. Her physiotherapist at the time was Gareth at the Bridgend Community Hospital. Reply to me, Sandra, at sandra.e.evans@example.co.uk",
        [("name", "Elsie"), ("name", "Gareth"), ("name", "Sandra"), ("email", "sandra.e.evans@example.co.uk")],
        [],
    ),
    (
        "Sirs, I write concerning a lump I have found in my left breast. I am 83. I had a mastectomy on the right side in 1994 at the Royal Marsden under Mr. Greenhalgh, long since retired. "
        "I have not told my son Jeremy. Should I go to my GP or straight back to the Marsden? Margery Pendlebury, 3 Lime Walk, Sutton SM2 5LP.",
        [("name", "Greenhalgh"), ("name", "Jeremy"), ("name", "Margery Pendlebury"), ("address", "3 Lime Walk, Sutton SM2 5LP")],
        [],
    ),
    (
        "Dad (Horace, 85) got a letter from the hospital saying his MRN is 00-847-2291 and his kidney function has dropped to eGFR 28. Dr Ibrahim says it's stage 4. "
        "He takes ibuprofen for his back most days. Is that bad? He'll listen to you more than me. - Tina",
        [("name", "Horace"), ("id_number", "00-847-2291"), ("name", "Ibrahim"), ("name", "Tina")],
        [],
    ),
    (
        "Dear Doctor, I am Lt. Col. (retd.) Aubrey St. John Farquharson, 89. I have Ménière's disease and attacks of vertigo about monthly. I was told Serc would help; it hasn't. "
        "Could I trouble you for a second opinion? My secretary of many years, Miss Pamela Goode, still handles my post: pamela.goode@example.org.",
        [("name", "Aubrey St. John Farquharson"), ("name", "Pamela Goode"), ("email", "pamela.goode@example.org")],
        [],
    ),
    (
        "I am 68, retired from Kellerman's Bakery where I worked the ovens 30 years. My hands have gone numb at night and I drop things. The doctor, Dr. Obi, says carpal tunnel. "
        "My number is 01632 960 233, ask for Winston. Would wrist splints help before surgery?",
        [("name", "Obi"), ("phone", "01632 960 233"), ("name", "Winston")],
        ["Kellerman's Bakery"],
    ),
]
