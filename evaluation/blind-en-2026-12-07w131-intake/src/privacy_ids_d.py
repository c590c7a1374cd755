# Hand-written privacy items with identifiers (part D). Chronic-illness writers again, plus a few others.

ITEMS = [
    ("Hi, long time T1D (since 1979), now with stage 3a CKD (eGFR 52) and some retinopathy. I'm on a t:slim X2 with Control-IQ. My HbA1c is 6.6 which my endo loves but I'm having 4-5 lows a week under 3.5, mostly after exercise. I do aqua aerobics Tues/Thurs at the leisure centre. My wife Philippa thinks I should drop the target. Could someone look at my Tandem Source report? I'm registered under philip.and.pip.harcourt@gmail.com (shared account).",
     [("name", "Philippa"), ("email", "philip.and.pip.harcourt@gmail.com")], []),

    ("Good morning. I'm writing on behalf of my brother Sadiq Chowdhury, who is deaf and prefers text. He's 47, on hemodialysis Tue/Thu/Sat via a tunnelled line in his right chest. The line has been sluggish (flows around 250) and they've used alteplase twice. Is a fistula the better long-term option? His mobile for texts is 07452 118 907.",
     [("name", "Sadiq Chowdhury"), ("phone", "07452 118 907")], []),

    ("Lupus patient, 33F. I'm pregnant (10 wks!) and on hydroxychloroquine, low-dose aspirin and I was told to stop the mycophenolate 3 months before, which I did. My anti-Ro is positive. Is fetal heart monitoring standard? My OB is Dr. Carvalho-Sousa and my rheumatologist is Dr. Lindahl and they don't talk to each other.",
     [("name", "Carvalho-Sousa"), ("name", "Lindahl")], []),

    ("I've had secondary progressive MS for about 6 yrs and self-catheterise 4x a day. Lately the catheters are harder to get in. Continence nurse Margarethe said it might be a stricture. Is that something the urologist handles? My hospital MRN is 0031-88-7720.",
     [("name", "Margarethe"), ("id_number", "0031-88-7720")], []),

    ("Heart failure diary: dry weight 71kg, today 71.4. BP 98/60 (always low on Entresto), HR 64. Feeling fine. I want to know if I can go back to gardening. Posting from my son's account, he's Callum Fairweather. I'm Agnes.",
     [("name", "Callum Fairweather"), ("name", "Agnes")], []),

    ("Stem cell transplant (auto) for myeloma in March. Day +210 now. Need to restart childhood vaccines. The BMT coordinator, Yolanda, gave me a schedule but my GP has never done this. Can you confirm the order? DOB 05/08/1966.",
     [("name", "Yolanda"), ("date_of_birth", "05/08/1966")], []),

    ("COPD + pulmonary hypertension. On sildenafil 20 tid and 3L O2. Sats 89-91 at rest. Want to ask about lung transplant assessment, am I too old at 64? I'm Roberto Ferraz, patient ID at the chest clinic RCF-3321-09.",
     [("name", "Roberto Ferraz"), ("id_number", "RCF-3321-09")], []),

    ("Chemo cycle 3 of 6 (carboplatin/pemetrexed) for lung adenocarcinoma. Counts today: WBC 3.1, ANC 1.9, Hb 98, plts 140. Fine to go ahead they said. I'm curious why plts always dip on day 14. My daughter keeps a spreadsheet of all my numbers at docs.google.com/spreadsheets/d/mum-chemo-tracker-2024 if that helps the doctor see trends.",
     [("url", "docs.google.com/spreadsheets/d/mum-chemo-tracker-2024")], []),

    ("Hi, I'm a heart transplant recipient (2009). Just got a letter saying my annual biopsy slot changed and to confirm by phone at the transplant office, but the number in the letter is for someone called Mr Obi, not me. My details: Lucinda Marsh, 41 Wrenfield Close, Bath BA2 9JU. Is this a data breach?",
     [("name", "Obi"), ("name", "Lucinda Marsh"), ("address", "41 Wrenfield Close, Bath BA2 9JU")], []),

    ("insulin pump supplies not delivered for 2 weeks, I'm down to 1 cartridge. The supplier says my insurance ID XWG-7720-118 isn't active. Im on my husband's plan since january. His name is Dwayne Ritter. How do I bridge with pens, what dose?",
     [("id_number", "XWG-7720-118"), ("name", "Dwayne Ritter")], []),

    ("I'm 58 and on PD. My PD nurse Saanvi noticed my exit site is a bit crusty. No redness, no pain, effluent clear. She's swabbed it. Should I switch from Mupirocin to gentamicin cream while waiting?",
     [("name", "Saanvi")], []),

    ("Posting for my dad (Eamon, 76): CKD 4, eGFR 17, they want to start planning for dialysis access. He drives himself everywhere in his old Volvo, reg 05-D-38112, and refuses to stop. Is driving OK on dialysis days?",
     [("name", "Eamon"), ("licence_plate", "05-D-38112")], []),

    ("I'm the mum of a 13 yo with T1D (dx age 4). She wants to do the school trip to France. The trip leader at Holmwood Academy asked for an emergency contact sheet with our address (6 Old Mill Lane, Thirsk YO7 1BE) and her NHS number, 943 476 5919. Is it ok to share? Also what kit should she take?",
     [("address", "6 Old Mill Lane, Thirsk YO7 1BE"), ("id_number", "943 476 5919")], ["Holmwood Academy"]),

    ("I'm on apixaban for AF and heart failure. Going for a colonoscopy 3rd of June. The endoscopy nurse said stop for 48h. My name is Józef Kaczmarek and my telephone +48 601 223 448. Should I do a heparin bridge or not needed?",
     [("name", "Józef Kaczmarek"), ("phone", "+48 601 223 448")], []),

    ("MS patient, 38F. On Tysabri, JCV index came back 0.9, neuro (Dr Abernathy-Shaw) wants to discuss switching. What are the PML odds at that level? I post my MS updates on threads as @ms_and_me_maddie if anyone wants to compare.",
     [("name", "Abernathy-Shaw"), ("handle", "@ms_and_me_maddie")], []),

    ("hi I have CKD 3b and gout. Allopurinol 100mg. Uric acid 8.1. Dr Petrosyan says increase slowly. Is colchicine ok with my kidneys? Ph 0433 902 115.",
     [("name", "Petrosyan"), ("phone", "0433 902 115")], []),

    ("Just got my results: HbA1c 5.9 (prediabetes), fasting 6.4, triglycerides 2.8. I'm 45 and work shifts at Harrow Bay Distribution Centre, night shift. Name Olamide. Realistic diet with shift work?",
     [("name", "Olamide")], ["Harrow Bay Distribution Centre"]),

    ("Daughter has Crohn's, 17, on Stelara. She started college at Linwood Tech and the infusion days clash with exams. Her patient number is PED-GI-20931. Can the loading be moved?",
     [("id_number", "PED-GI-20931")], ["Linwood Tech"]),

    ("I'm 70, a kidney transplant 12 yrs ago from my late wife's cousin. Creatinine creeping up 1.4 -> 1.9 over 2 years. Biopsy showed chronic changes. Is there anything to slow this? My email: reg.ashdown@talktalk.net",
     [("email", "reg.ashdown@talktalk.net")], []),

    ("Carer question: my neighbour Winifred is 84 with heart failure and I do her shopping. Her tablets got changed (bumetanide instead of furosemide). She lives at Flat 3, 22 Beech Grove, Harrogate and the pharmacy delivered the wrong strength. What do I do?",
     [("name", "Winifred"), ("address", "Flat 3, 22 Beech Grove, Harrogate")], []),

    ("Hi I'm Taini. Lupus + antiphospholipid syndrome, on warfarin, INR 3.2 (target 3-4). I have a dental extraction next week. The dentist wants INR under 3. Conflicting advice, who wins?",
     [("name", "Taini")], []),

    ("Chemo port flush question. Port placed May, chemo finished October. Oncology nurse Kwabena said flush every 12 weeks. But my port is in the way of my seatbelt. Can it come out now? Scan in Jan was clear.",
     [("name", "Kwabena")], []),

    ("Second opinion request for my wife, Dr. Ifeoma Eze's patient, MRN 300-918-442. Stage IV breast cancer HER2+, on Enhertu. LVEF dropped from 60 to 48. They paused it. Is a restart likely?",
     [("name", "Ifeoma Eze"), ("id_number", "300-918-442")], []),

    ("My husband Lachlan, 55, has COPD and heart failure, both. Insurance member number 7782 0041 9918 has run out of O2 cover. He's 92% at rest without it. Can he manage without? Any cheaper options? our place is 14 Banksia St, Toowong QLD 4066",
     [("name", "Lachlan"), ("id_number", "7782 0041 9918"), ("address", "14 Banksia St, Toowong QLD 4066")], []),

    ("Type 2 diabetic, 66. Foot check at the podiatrist found reduced sensation both feet. She said see vascular? My DOB is 1958-07-23 and phone 0161 555 0847. Who do I book with?",
     [("date_of_birth", "1958-07-23"), ("phone", "0161 555 0847")], []),

    ("Rheumatoid + on methotrexate 20 mg weekly + folic acid. LFTs ALT 62. Nurse Delphine said hold one week. I'm Anouk. Can I still have a glass of wine at my sister's wedding?",
     [("name", "Delphine"), ("name", "Anouk")], []),

    ("My dialysis unit moved my slot to the afternoon and I work mornings at Copperfield Print Works. I'm Kofi Asante, 44. Can they put me on nocturnal instead? My unit is the satellite one.",
     [("name", "Kofi Asante")], ["Copperfield Print Works"]),

    ("My mum (Mei-Ling Chua, 63) had a bone marrow transplant in 2022 and now has graft vs host of the skin. Dermatology and haematology keep passing her back and forth. Her phone is +65 9123 4477. Who should own this?",
     [("name", "Mei-Ling Chua"), ("phone", "+65 9123 4477")], []),

    ("Hi from Rangi. CKD stage 5, prepping for transplant work up. My cousin Hemi wants to donate. Is being a smoker a dealbreaker for him?",
     [("name", "Rangi"), ("name", "Hemi")], []),

    ("Need an updated letter for the DVLA: type 1 on insulin, hypo awareness ok, last severe hypo 2019. Licence plate of the car I'm registering: YB21 KTE. Driving licence number is HARTL705129DK9AB.",
     [("licence_plate", "YB21 KTE"), ("id_number", "HARTL705129DK9AB")], []),

    ("Hey it's Esmé. I'm post kidney transplant 4 months and just realised I've been taking my tacrolimus with grapefruit juice every morning. Trough was 11 last week (target 8-10). Is that why??",
     [("name", "Esmé")], []),

    ("for the transport people: my electric wheelchair van is a grey Ford, plate 4KJD 977, and I'll be at the dialysis unit entrance 6:45. My name is Pedro Almeida. MS + CKD. Thanks.",
     [("licence_plate", "4KJD 977"), ("name", "Pedro Almeida")], []),

    ("I'm 29, newly diagnosed hypothyroid. My TSH was 14. I share my symptoms on my blog at www.thyroidandtea.com/about-leanne and people say I should demand T3. Is levo alone fine to start?",
     [("url", "www.thyroidandtea.com/about-leanne")], []),

    ("Hi, COPD patient, 71, using Spiriva and Symbicort. My neighbour's kid keeps an eye on me, his insta is @tomtom_bakes and he posts my cakes lol. Anyway, my question: my mouth is sore and white patches, is it the inhaler?",
     [("handle", "@tomtom_bakes")], []),

    ("My daughter Anahera was just started on growth hormone. The pharmacy company needs my consent form returned to 301 Great South Road, Papatoetoe, Auckland 2025. Is it normal to have a headache in the first week?",
     [("name", "Anahera"), ("address", "301 Great South Road, Papatoetoe, Auckland 2025")], []),

    ("Hi. Heart failure, 60. The pharmacist Ewa said my new potassium tablets might be too much with spironolactone. K+ was 5.3 last week. Any thoughts? my email is lwalczak60@wp.pl",
     [("name", "Ewa"), ("email", "lwalczak60@wp.pl")], []),

    ("My husband Sunil has neutropenia after chemo (ANC 0.4) but no fever. He's at home, feeling ok. Our kid's at daycare and has a cold. Should the kid stay with grandma for a week? Sunil's oncology ID is ONC-55-20198.",
     [("name", "Sunil"), ("id_number", "ONC-55-20198")], []),

    ("I'm 50 and have lupus. I follow @lupuswarriorgina on instagram who says to stop all nightshades. Does diet actually help lupus?",
     [("handle", "@lupuswarriorgina")], []),

    ("Could the diabetes team call my mum instead of me? She's Bronwyn Hughes, 021 445 9083. I'm 16 and on a pump and she handles the scripts.",
     [("name", "Bronwyn Hughes"), ("phone", "021 445 9083")], []),

    ("i'm writing from my work email, sorry: d.kimura@fairhavenlaw.com. I have MS and the office lights trigger my optic neuritis pain? is that possible? neuro appt not till march",
     [("email", "d.kimura@fairhavenlaw.com")], []),

    ("Hi, my car (reg NX19 FRA) got a ticket at the renal unit while I was on the machine for 4 hours. Do you know if dialysis patients get free parking? Also while I'm here - is cramping at the end of a session a sign they're taking too much fluid?",
     [("licence_plate", "NX19 FRA")], []),

    ("my dad's name is Vikram Malhotra born 19 October 1950, heart failure, he's having his ICD battery changed. Do they replace the leads too?",
     [("name", "Vikram Malhotra"), ("date_of_birth", "19 October 1950")], []),
]
