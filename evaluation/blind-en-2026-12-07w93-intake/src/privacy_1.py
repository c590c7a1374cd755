ITEMS = [
    {
        "text": "Hi, I'm an RN on the cardiac step-down unit (staff no. RN-448213). My mum, Brenda Hollis, had a PCI last month and the cardiologist, Dr. Okafor, started her on ticagrelor 90 mg BD plus aspirin. She's bruising a lot on her forearms. Is this expected or should we ask for a switch to clopidogrel?",
        "identifiers": [
            {"type": "id_number", "text": "RN-448213"},
            {"type": "name", "text": "Brenda Hollis"},
            {"type": "name", "text": "Okafor"},
        ],
        "quasi": [],
    },
    {
        "text": "Paramedic here. Not asking about a patient, asking about me. Since a needlestick on shift 3 weeks ago I've had the baseline bloods done (HBsAb 12 mIU/mL, HCV Ab neg, HIV neg). Occ health lady (Marguerite) says I need a booster. Is one dose enough or the whole series? You can reach me at 555-0143 if easier.",
        "identifiers": [
            {"type": "name", "text": "Marguerite"},
            {"type": "phone", "text": "555-0143"},
        ],
        "quasi": [],
    },
    {
        "text": "question re my dad's meds. patient: Harold Finch-Adeyemi, DOB 14/03/1948, NHS no 999 041 2276. on amiodarone 200mg od, warfarin, bisoprolol. his INR jumped to 5.8 this week. GP surgery wont pick up. what's the usual interaction here?",
        "identifiers": [
            {"type": "name", "text": "Harold Finch-Adeyemi"},
            {"type": "date_of_birth", "text": "14/03/1948"},
            {"type": "id_number", "text": "999 041 2276"},
        ],
        "quasi": [],
    },
    {
        "text": "I'm a 4th year med student at Larchmont School of Medicine and my housemate priya keeps getting these migraines with aura, visual zigzags then a one sided headache. She's on the combined pill. I told her that's a contraindication but she says her GP said it was fine. Who's right?",
        "identifiers": [
            {"type": "name", "text": "priya"},
        ],
        "quasi": [{"text": "Larchmont School of Medicine"}],
    },
    {
        "text": "Pharmacist asking for my own benefit. I've been on sertraline 100 mg for 2 yrs and want to come off. Tapering plan from my prescriber (Dr Ruth Nakamura) is 50 for 2 wks then stop, which feels fast. email me at r.whitlow.pharm@example.com if you want the full history.",
        "identifiers": [
            {"type": "name", "text": "Ruth Nakamura"},
            {"type": "email", "text": "r.whitlow.pharm@example.com"},
        ],
        "quasi": [],
    },
    {
        "text": "Timeline for my son Teddy (7):\n- Mon: sore throat, temp 38.4\n- Tue: rash on trunk, sandpaper feel\n- Wed: strawberry tongue\nSchool nurse thinks scarlet fever. We live at 42 Quarry Lane, Hebden Bridge if you need to send anything. Does he need antibiotics or does it clear by itself?",
        "identifiers": [
            {"type": "name", "text": "Teddy"},
            {"type": "address", "text": "42 Quarry Lane, Hebden Bridge"},
        ],
        "quasi": [],
    },
    {
        "text": "Can someone explain my MRI report? Name on it is Lucía Ferrán Ibarra, MRN 00718842. It says 'T2 hyperintense periventricular lesions, Dawson's fingers configuration'. My neuro appt isn't until next month and I am freaking out a bit tbh.",
        "identifiers": [
            {"type": "name", "text": "Lucía Ferrán Ibarra"},
            {"type": "id_number", "text": "00718842"},
        ],
        "quasi": [],
    },
    {
        "text": "ok so kenji (my partner) and i both work nights in ED at St Brennan's. he's been falling asleep driving home. Not narcolepsy I don't think, just shift work? his Epworth score was 16 when he did it online. should he get a sleep study?",
        "identifiers": [
            {"type": "name", "text": "kenji"},
        ],
        "quasi": [{"text": "St Brennan's"}],
    },
    {
        "text": "Insurance keeps rejecting the claim for my CGM. Member ID: QHP-77120-0834, claim number CLM 2290017. Endo (Dr. Vasquez) wrote the letter of medical necessity. Type 1 for 19 years, HbA1c 8.1%. Any tips on wording the appeal?",
        "identifiers": [
            {"type": "id_number", "text": "QHP-77120-0834"},
            {"type": "id_number", "text": "CLM 2290017"},
            {"type": "name", "text": "Vasquez"},
        ],
        "quasi": [],
    },
    {
        "text": "Dr. Iyer here (GP, asking as a daughter not a doctor). Mum is 81, new onset confusion over 3 days, urine dip nitrites +, leuks ++. The care home keep saying it's just her dementia. I'd rather not be 'that relative'. Am I overreacting wanting MSU + bloods?",
        "identifiers": [
            {"type": "name", "text": "Iyer"},
        ],
        "quasi": [],
    },
    {
        "text": "Sorry for the long post.\n\nPatient: myself, 34F\nHx: Hashimoto's, on levothyroxine 100mcg\nTSH 0.02, fT4 24\nSymptoms: palpitations, weight loss 4kg\n\nMy endo Dr Abernathy-Cole retired and the new one hasn't called back. Phone for callbacks is +44 7700 900417. Is the dose too high?",
        "identifiers": [
            {"type": "name", "text": "Abernathy-Cole"},
            {"type": "phone", "text": "+44 7700 900417"},
        ],
        "quasi": [],
    },
    {
        "text": "My wife is a midwife and she says I should ask a proper doc: I've had a lump on my left testicle for about 2 weeks, painless, pea sized. I'm 29. Ultrasound booked but not till the 22nd. Should I push for sooner? - Tomasz",
        "identifiers": [
            {"type": "name", "text": "Tomasz"},
        ],
        "quasi": [],
    },
    {
        "text": "Reposting from my instagram @nurse.bex.runs because people there said ask a doctor. Achilles pain 6 weeks, worse in the mornings, I run 40k a week. Had a fluoroquinolone course in Feb. Could they be linked?",
        "identifiers": [
            {"type": "handle", "text": "@nurse.bex.runs"},
        ],
        "quasi": [],
    },
    {
        "text": "My daughter's school (Whitfield Primary) sent her home with conjunctivitis. Her name is Amara Osei-Bonsu, she's 6. She is allergic to penicillin. Do chloramphenicol drops have any cross reaction? Thanks, Kwame",
        "identifiers": [
            {"type": "name", "text": "Amara Osei-Bonsu"},
            {"type": "name", "text": "Kwame"},
        ],
        "quasi": [{"text": "Whitfield Primary"}],
    },
    {
        "text": "I work as an HCA on Rowan ward and a colleague, Dale, told me my hands look like early Raynaud's. They go white then blue in the cold and hurt when warming up. Is it worth getting ANA checked or is that overkill at 24?",
        "identifiers": [
            {"type": "name", "text": "Dale"},
        ],
        "quasi": [],
    },
    {
        "text": "Post-op question. Had lap chole on the 3rd under Mr Halvorsen. Discharge letter says 'uncomplicated'. Now day 9, right shoulder tip pain still there, LFTs not repeated. Hospital number on the letter is K4471902. Is shoulder pain still normal this long?",
        "identifiers": [
            {"type": "name", "text": "Halvorsen"},
            {"type": "id_number", "text": "K4471902"},
        ],
        "quasi": [],
    },
    {
        "text": "hey, grandpa wilf is 88 and his legs are swelling up to the knees, pitting. he is on amlodipine 10. my aunt says it's his heart. he lives alone at Flat 3, 19 Canal Street, Ashby so I only see him weekends. what should i ask his gp?",
        "identifiers": [
            {"type": "name", "text": "wilf"},
            {"type": "address", "text": "Flat 3, 19 Canal Street, Ashby"},
        ],
        "quasi": [],
    },
    {
        "text": "Student nurse (uni ID 21093377) asking about my own results: ferritin 6, Hb 104, MCV 71. I'm vegetarian with heavy periods. My placement mentor Siobhan says oral iron makes everyone constipated. Any better-tolerated option?",
        "identifiers": [
            {"type": "id_number", "text": "21093377"},
            {"type": "name", "text": "Siobhan"},
        ],
        "quasi": [],
    },
    {
        "text": "Would appreciate a second opinion. My husband Rafael Montoya (born 02/11/1971) got a CT coronary angiogram: calcium score 412, 50-69% LAD stenosis. Cardiologist wants to 'watch and wait' on statin. He smokes. Is that reasonable?",
        "identifiers": [
            {"type": "name", "text": "Rafael Montoya"},
            {"type": "date_of_birth", "text": "02/11/1971"},
        ],
        "quasi": [],
    },
    {
        "text": "I'm a pharmacy tech at Greenway Pharmacy on Elm Rd. Pt asked me something I couldn't answer so I'm asking for myself actually lol: can I take ibuprofen with my lisinopril? BP usually 128/82. I'm 45. - Jo (jo.merriweather@example.net)",
        "identifiers": [
            {"type": "name", "text": "Jo"},
            {"type": "email", "text": "jo.merriweather@example.net"},
        ],
        "quasi": [{"text": "Greenway Pharmacy"}],
    },
    {
        "text": "Physio referral question. Knee replacement (R TKR) 6 wks ago, flexion stuck at 85 degrees. My surgeon Mr. Castellanos said if not 90 by week 8 we talk manipulation under anaesthesia. My physio Ines thinks I need more time. Who do I listen to?",
        "identifiers": [
            {"type": "name", "text": "Castellanos"},
            {"type": "name", "text": "Ines"},
        ],
        "quasi": [],
    },
    {
        "text": "Hello. My father-in-law Bogdan has a pacemaker (St Jude) and wants to fly to Kraków next month. Is there anything special with airport security? His device card number is PM-5528-11039 if that matters.",
        "identifiers": [
            {"type": "name", "text": "Bogdan"},
            {"type": "id_number", "text": "PM-5528-11039"},
        ],
        "quasi": [],
    },
    {
        "text": "Ward sister asking for her teenage son. Callum is 15, plays rugby, had a concussion 10 days ago (no LOC). Still headaches with screens. Coach wants him back for Saturday. I'm saying no. Graduated return to play protocol, how long normally?",
        "identifiers": [
            {"type": "name", "text": "Callum"},
        ],
        "quasi": [],
    },
    {
        "text": "My blog is at https://www.example.org/hannah-lives-with-lupus where I've tracked every flare. Current: anti-dsDNA up, C3 low, new joint pain in both wrists. Rheum nurse is off. Should I restart the prednisolone I have left over?",
        "identifiers": [
            {"type": "url", "text": "https://www.example.org/hannah-lives-with-lupus"},
        ],
        "quasi": [],
    },
    {
        "text": "FY1 doctor, asking about myself. Got a cough for 5 wks after a viral thing. Peak flow 420 (predicted 510). The consultant I work for, Dr Hargreaves, told me to just take a salbutamol from the crash trolley lol. Should I see occupational health or my own GP?",
        "identifiers": [
            {"type": "name", "text": "Hargreaves"},
        ],
        "quasi": [],
    },
    {
        "text": "Hi there, writing for my neighbour Mrs Gwendolyn Achterberg who doesn't use computers. She's 77, on alendronic acid weekly and now has heartburn every day. Her number is (212) 555-0176 if a nurse could call. Should she stop it?",
        "identifiers": [
            {"type": "name", "text": "Gwendolyn Achterberg"},
            {"type": "phone", "text": "(212) 555-0176"},
        ],
        "quasi": [],
    },
    {
        "text": "Car got towed from the hospital lot while I was in for my colonoscopy prep reaction (reg LM19 XKD) which is a separate headache, but the actual question: is it normal to feel faint and shaky after Moviprep? Bloods next day showed sodium 131.",
        "identifiers": [
            {"type": "licence_plate", "text": "LM19 XKD"},
        ],
        "quasi": [],
    },
    {
        "text": "ICU nurse, 38, asking re. my own thyroid nodule. US: TIRADS 4, 1.8cm. FNA result Bethesda III. Surgeon (Dr. Mbeki-Lawson) offered repeat FNA or hemithyroidectomy. Which would you pick? My staff ID for the occupational referral is E-009341.",
        "identifiers": [
            {"type": "name", "text": "Mbeki-Lawson"},
            {"type": "id_number", "text": "E-009341"},
        ],
        "quasi": [],
    },
    {
        "text": "Has anyone had a reaction to the shingles vaccine like this? Arm swollen from shoulder to elbow, hot, 2 days after. I'm 62. my name's Pauline, surgery is the little Birchfield Family Practice, they're closed till Monday.",
        "identifiers": [
            {"type": "name", "text": "Pauline"},
        ],
        "quasi": [{"text": "Birchfield Family Practice"}],
    },
    {
        "text": "Son (Jude, 17) wants to start creatine for the gym. He had a kidney infection last year. Creat was 88 then. Safe? Ask him direct on discord if easier, he's @judeliftsheavy.",
        "identifiers": [
            {"type": "name", "text": "Jude"},
            {"type": "handle", "text": "@judeliftsheavy"},
        ],
        "quasi": [],
    },
    {
        "text": "Background: I'm a retired anaesthetist. My sister Marjorie, 70, is booked for a hip replacement and takes apixaban for AF. The pre-op clinic said stop 2 days before. With her eGFR of 38 I'd have thought 3. Am I out of date?",
        "identifiers": [
            {"type": "name", "text": "Marjorie"},
        ],
        "quasi": [],
    },
    {
        "text": "After the dental block yesterday half my lip is still numb, 26 hrs later. Dentist was Dr Farouk at Smile Studio on Kings Parade. Should I be worried about nerve damage? I'm 31, no other issues.",
        "identifiers": [
            {"type": "name", "text": "Farouk"},
        ],
        "quasi": [{"text": "Smile Studio"}],
    },
    {
        "text": "medical student, 22M. i've noticed i get hives every time i go running, sometimes lips swell a bit. happened again at the park near my flat at 11B Hollybush Gardens. my gf Anika has an epipen and thinks i should get one too. is this exercise induced anaphylaxis?",
        "identifiers": [
            {"type": "address", "text": "11B Hollybush Gardens"},
            {"type": "name", "text": "Anika"},
        ],
        "quasi": [],
    },
    {
        "text": "I'm the carer for my brother Desmond who has Down syndrome (44). Passport number for his travel insurance form: 571203948. The insurer asks if his 'atlantoaxial instability' screening is up to date. What even is that and does he need an X-ray?",
        "identifiers": [
            {"type": "name", "text": "Desmond"},
            {"type": "id_number", "text": "571203948"},
        ],
        "quasi": [],
    },
    {
        "text": "Dear doctor, my name is Svetlana Oreshkina, I'm 52. Since menopause my cholesterol is LDL 4.9. I don't want a statin. My friend at work, Galina, takes red yeast rice. Is that the same thing? Thank you.",
        "identifiers": [
            {"type": "name", "text": "Svetlana Oreshkina"},
            {"type": "name", "text": "Galina"},
        ],
        "quasi": [],
    },
    {
        "text": "Respiratory physio here, question for my own kid. Ollie is 3 and has had a barking cough for two nights, stridor only when crying. Given dex 0.15 mg/kg by out of hours. Do we need a second dose? Our surgery is Meadowbank Health Centre, they open at 8.",
        "identifiers": [
            {"type": "name", "text": "Ollie"},
        ],
        "quasi": [{"text": "Meadowbank Health Centre"}],
    },
    {
        "text": "My psychiatrist Dr. Lindqvist increased my lithium to 1000mg and my level came back 1.1. I'm a bit tremory and my hands shake when I write. Patient ID from the clinic is PSY-30882. Is 1.1 too high for maintenance?",
        "identifiers": [
            {"type": "name", "text": "Lindqvist"},
            {"type": "id_number", "text": "PSY-30882"},
        ],
        "quasi": [],
    },
    {
        "text": "My twins Ava and Isla (both 9) had the same stomach bug. Ava is fine now, Isla still has loose stools at day 10. No blood. We're staying with my mother at 7 Rue des Tilleuls, Lyon over the holidays. Do I need a stool sample?",
        "identifiers": [
            {"type": "name", "text": "Ava"},
            {"type": "name", "text": "Isla"},
            {"type": "address", "text": "7 Rue des Tilleuls, Lyon"},
        ],
        "quasi": [],
    },
    {
        "text": "Hi, Nurse practitioner here. My own eye has been red and gritty for 4 days, photophobia now. I wear contacts. I've booked with the optometrist but not till Friday. Call me on 07700 900283. Should I go to eye casualty instead?",
        "identifiers": [
            {"type": "phone", "text": "07700 900283"},
        ],
        "quasi": [],
    },
    {
        "text": "SSN for the billing is 987-65-4320... actually wait, I shouldn't put that here. Anyway. My question: after a vasectomy how many negative semen samples do you need? Urologist (Dr Petrakis) said one, my buddy said two.",
        "identifiers": [
            {"type": "id_number", "text": "987-65-4320"},
            {"type": "name", "text": "Petrakis"},
        ],
        "quasi": [],
    },
    {
        "text": "Our GP, dr. moreau, thinks my 14 yr old (Léa) has Osgood-Schlatter. She does ballet 5x a week and has a painful bump below both kneecaps. Does she have to stop dancing?",
        "identifiers": [
            {"type": "name", "text": "moreau"},
            {"type": "name", "text": "Léa"},
        ],
        "quasi": [],
    },
    {
        "text": "Follow up to my last question. The nurse who called me back, Bernadette, said my potassium of 5.9 was 'probably haemolysed'. They'll repeat on Tuesday. I'm on spironolactone and ramipril. Should I stop the spiro until then? Ref number they gave: A-22013-KX.",
        "identifiers": [
            {"type": "name", "text": "Bernadette"},
            {"type": "id_number", "text": "A-22013-KX"},
        ],
        "quasi": [],
    },
]
