# Hand-written privacy items with identifiers (part A). Chronic-illness writers mostly.
# Each item: (text, [(type, text) or (type, text, occurrence)], [quasi substrings])

ITEMS = [
    ("Hi, I'm Dolores, type 1 for 31 years, on an Omnipod 5 with a Dexcom G7. My overnight numbers have been running 180-220 since I switched pods to the new lot and my HbA1c went from 6.9 to 7.8. My endo's office is impossible to reach, you can call me back at (614) 552-0187 if a nurse wants to talk basal rates.",
     [("name", "Dolores"), ("phone", "(614) 552-0187")], []),

    ("dialysis pt here, MWF chair 7 at the unit. my potassium was 6.1 on the last monthly bloods and nobody told me till the next session. My name is Tomasz Wieczorek, MRN 40078213, I'd like someone to explain what I can actually eat because the leaflet is useless",
     [("name", "Tomasz Wieczorek"), ("id_number", "40078213")], []),

    ("Writing for my mum Aroha, she's 67, heart failure EF 25%, on Entresto and spironolactone. Her weight is up 2kg in 3 days and her ankles are puffy but she's breathing ok sitting up. Her NHI number is ZAB4721 if you need to pull her notes. Should we up the furosemide ourselves or wait for the HF nurse?",
     [("name", "Aroha"), ("id_number", "ZAB4721")], []),

    ("I have relapsing-remitting MS, diagnosed 2014, on Ocrevus infusions every 6 months. I'm a teacher at Millbrook Primary and I keep getting UTIs which I know can cause pseudo-relapses. Email is k.abernathy77@gmail.com, I check it more than my phone.",
     [("email", "k.abernathy77@gmail.com")], ["Millbrook Primary"]),

    ("Kidney transplant Feb 2021 (living donor, my brother Emeka). Tacrolimus trough came back 4.2 this week when target is 6-8, creatinine steady at 1.3. Transplant coordinator is off. Do I adjust or wait? my hospital number is K-559203.",
     [("name", "Emeka"), ("id_number", "K-559203")], []),

    ("lupus flare question. DOB 17/09/1988, insurance member ID WXP 448 210 973. I'm on Plaquenil 400 and Benlysta, joints are bad this week and I have the butterfly rash back. Rheumy can't see me till next month",
     [("date_of_birth", "17/09/1988"), ("id_number", "WXP 448 210 973")], []),

    ("My husband Gerald has COPD (GOLD 3), home O2 at 2L. His sats sit 88-90 normally. The pulmonary rehab people want a form signed, they said to send it to our address 2214 Pinecrest Dr, Apt 6, Tulsa OK 74105. Who signs that, the GP or the lung doc?",
     [("name", "Gerald"), ("address", "2214 Pinecrest Dr, Apt 6, Tulsa OK 74105")], []),

    ("Im on cycle 4 of FOLFOX for colon cancer. ANC was 1.1 on Monday so they delayed. I'm fine, no fever, just tired. My oncologist is Dr. Anand Venkataraman at the cancer centre and I want to ask him whether the delay changes anything but his portal messages go nowhere. Can you forward? Phone 07700 914 332",
     [("name", "Anand Venkataraman"), ("phone", "07700 914 332")], []),

    ("hi my daughter Saoirse (14) was just diagnosed T1D and the school nurse at St. Brigid's College says she can't carry her pen in class. Is that allowed? She's on Libre 3 and Fiasp/Tresiba.",
     [("name", "Saoirse")], ["St. Brigid's College"]),

    ("I run a small facebook group for peritoneal dialysis people, facebook.com/groups/pdwarriorsohio, and a member asked how often the transfer set should be changed. Mine is changed every 6 months at clinic. Is that standard?",
     [("url", "facebook.com/groups/pdwarriorsohio")], []),

    ("Name: Fatima Al-Rashid\nDOB: 02.11.1975\nPhone: +971 50 318 4426\nQuestion: HbA1c 9.4 on metformin 1000 bd and gliclazide 80. My doctor wants to add insulin and I am scared of needles. Are the weekly injections like Ozempic an option instead?",
     [("name", "Fatima Al-Rashid"), ("date_of_birth", "02.11.1975"), ("phone", "+971 50 318 4426")], []),

    ("Transplant 2017 (liver). Stable on Prograf 2mg bd and CellCept. My GP wants to give me the shingles vaccine, is Shingrix ok on immunosuppression? Policy no. for the travel insurance they want a letter is TRV-88120457-02.",
     [("id_number", "TRV-88120457-02")], []),

    ("My dad, Hiroshi Tanaka, is 81 and has CKD stage 4, eGFR 18. The nephrologist mentioned conservative management vs starting dialysis. He lives alone at 7-3 Sakura Court, Flat 12 and I worry about him getting to a unit 3x a week. Any advice about how families usually decide?",
     [("name", "Hiroshi Tanaka"), ("address", "7-3 Sakura Court, Flat 12")], []),

    ("I'm on warfarin for a mechanical mitral valve, INR target 2.5-3.5. Clinic INR today 4.1, no bleeding, no bruises. Anticoag nurse Bernadette said skip tonight's dose and recheck Thurs. Just double checking that's normal practice?",
     [("name", "Bernadette")], []),

    ("posting for my wife Ngozi. she had her 3rd cycle of AC chemo last wk for breast ca and got the Neulasta onpro. bone pain is brutal, like her hips are cracking. Is claritin really what people take for that? reach me at chuks.family22@yahoo.com",
     [("name", "Ngozi"), ("email", "chuks.family22@yahoo.com")], []),

    ("Hello. I have Hashimoto's and type 1 diabetes. My TSH came back 0.08 after they increased my levothyroxine to 125mcg. I feel jittery but not awful. My patient ID at the endocrine clinic is 2209-4471-EN. Should the dose come back down?",
     [("id_number", "2209-4471-EN")], []),

    ("Our son Mateo is on hemodialysis at the children's unit since Sept. His fluid allowance is 750ml a day and he's 9, he's begging for drinks all the time. Any tricks? We drive him in every other day, our car is the blue van plate 8TRW441 if the security guy asks lol, they keep stopping us at the gate",
     [("name", "Mateo"), ("licence_plate", "8TRW441")], []),

    ("Heart failure, NYHA II, ICD fitted 2019. The device clinic wants me to set up remote monitoring and they need my home wifi details. Is that safe? My account on the Latitude site is under my name Winston Clarke-Boateng.",
     [("name", "Winston Clarke-Boateng")], []),

    ("Hi, my name is Lakshmi and I have lupus nephritis class IV. On mycophenolate 1.5g bd and pred 10. Protein creatinine ratio was 210 last month and now 95. Is that good enough to taper pred? My rheumatologist Dr. Okonkwo said maybe.",
     [("name", "Lakshmi"), ("name", "Okonkwo")], []),

    ("I'm a 58M with COPD and I've been using Trelegy once a day. My inhaler technique was checked at the pharmacy by a lovely guy called Ravi who said I was doing it wrong for years! Any video I can show my wife?",
     [("name", "Ravi")], []),

    ("CGM readings for the last 2 weeks are on my Dexcom Clarity share, the clinic code is linked to my account sarah.m.oduya@outlook.com. Can a nurse look at the overnight lows? I keep dropping to 3.4 around 3am with the pump in auto mode.",
     [("email", "sarah.m.oduya@outlook.com")], []),

    ("My mother Zofia (DOB 30 March 1949) has myeloma and is on Velcade. Her neutrophils were 0.7 today. She's at home, no temperature, eating ok. The haem day unit said she's neutropenic and to be careful. What does careful mean in practice? Food? Visitors?",
     [("name", "Zofia"), ("date_of_birth", "30 March 1949")], []),

    ("hey so i post about my t1d life on tiktok as @bolusqueen_jess and someone commented my pump site looked infected. It's a bit red but not hot or oozing. is that worth changing early or am i overreacting",
     [("handle", "@bolusqueen_jess")], []),

    ("My husband Abdirahman had a kidney transplant 6 weeks ago and the hospital pharmacy gave him valganciclovir. The box label has his member number 998-21-4410-A and his address 45 Holloway Terrace, Leicester LE2 8FP on it. The pharmacy said to check if he should still take it because his white count dropped. Who do we ask?",
     [("name", "Abdirahman"), ("id_number", "998-21-4410-A"), ("address", "45 Holloway Terrace, Leicester LE2 8FP")], []),

    ("I'm Björn, 44, MS for 9 years, EDSS around 3.5. My neuro suggested switching from Tecfidera to Kesimpta because of new lesions on MRI. I work at Nordvik Logistics warehouse and the injection days worry me, do people get flu-like side effects each time?",
     [("name", "Björn")], ["Nordvik Logistics"]),

    ("re: my father Chen Wei-Ming, COPD + heart failure, on 2L O2. Just want to know if he can fly to Vancouver in June with a portable concentrator. His sats at rest are 91. Can the doctor write a fit to fly letter? Email chenfamily.ca@gmail.com or text 604-555-0193",
     [("name", "Chen Wei-Ming"), ("email", "chenfamily.ca@gmail.com"), ("phone", "604-555-0193")], []),

    ("Post-chemo question from Colm Ó Briain. Finished 6 cycles R-CHOP in Nov. PET clear. Fingers still numb (neuropathy). I'm a pianist and play at the Blue Heron Lounge on weekends, it's really affecting me. Will this ever go away?",
     [("name", "Colm Ó Briain")], ["Blue Heron Lounge"]),

    ("I'm 72 and on hemodialysis via a fistula in my left arm. Nurse Precious said my fistula thrill felt weaker on Friday and they booked a fistulagram. It still buzzes fine this morning. Should I be doing anything in the meantime?",
     [("name", "Precious")], []),

    ("My daughter Ama's insulin pump (Tandem) keeps giving occlusion alarms. She's 11. We're waiting on the rep to call us, our number 0412 778 093. Her sugars went up to 16 but ketones 0.2 and she's fine. Is it safe to do pens until the new pump comes?",
     [("name", "Ama"), ("phone", "0412 778 093")], []),

    ("I have heart failure and my cardiologist wants me on a low sodium diet, 2g a day. I'm Puerto Rican and our food is all sazón and adobo lol. My wife Marisol is the cook, she wants to know what brands are low salt. My Medicare number is 1EG4-TE5-MK73 if that helps for the dietitian referral.",
     [("name", "Marisol"), ("id_number", "1EG4-TE5-MK73")], []),

    ("Can you update my contact details please: new address is 19 Quarry Road, Penarth CF64 2LH, and my mobile is 07911 402 658. I'm the one with the kidney transplant and the BK virus monitoring, name Rhiannon Prys.",
     [("address", "19 Quarry Road, Penarth CF64 2LH"), ("phone", "07911 402 658"), ("name", "Rhiannon Prys")], []),

    ("Sjögren's + lupus overlap here. Dry eyes are wrecking me. My ophthalmologist Dr Feldstein suggested punctal plugs. Anyone know if that hurts? I'm 39 and work nights at Harbourview Care Home so I'm staring at screens a lot.",
     [("name", "Feldstein")], ["Harbourview Care Home"]),

    ("Hello doctor, I am from Lagos, now in Houston. My HbA1c is 11.2. The clinic started me on Lantus 20 units. My son Oluwaseun helps me inject. My number is +1 832 555 0148 and my date of birth is 04/07/1963. I want to know if I can still eat amala.",
     [("name", "Oluwaseun"), ("phone", "+1 832 555 0148"), ("date_of_birth", "04/07/1963")], []),

    ("My brother Dmitri Volkov, 49, on chemo (cisplatin) for head and neck cancer, has lost 9kg. The dietitian at the cancer centre said try Ensure but he hates it. He posts his recovery updates on instagram @dima_fights_back if you want to see what he's managing to eat. Any ideas for high calorie food with mouth sores?",
     [("name", "Dmitri Volkov"), ("handle", "@dima_fights_back")], []),

    ("I'm 63, type 2, on Jardiance and Trulicity. My eGFR went from 58 to 49 in a year. My doctor's nurse Imelda said it's expected with Jardiance at first. Is that right? My insurance ID is UHC 9087 3321 01 and they want pre-auth for the Trulicity again.",
     [("name", "Imelda"), ("id_number", "UHC 9087 3321 01")], []),
]
