# Privacy items, part F: trap-only (no identifiers). Eponyms, drugs, hospitals, places, dates, values. By hand.

ITEMS = [
    ("Good afternoon. My mother, aged 74, was diagnosed with Parkinson's disease at the University Hospital of the West Indies in 2019. She is on Sinemet 25/100 three times daily. Lately the tremor returns an hour before the next dose. Is it safe to shorten the interval?",
     [], []),

    ("Dear Doctor, I am a carer for an elderly gentleman (born 1938) with Alzheimer's. He has started refusing his donepezil 10mg. What alternatives exist?",
     [], []),

    ("my son was born in 2011 and has Down syndrome. his thyroid test came back TSH 7.8. the paediatrician in Mandeville wants to repeat it in June. is that too long to wait?",
     [], []),

    ("Kindly advise. Patient is a 52 year old female, BP 168/102 on two readings, on amlodipine 10mg and losartan 50mg. Seen at Kenyatta National Hospital on 14th March. Headaches in the morning.",
     [], []),

    ("Hello. Since 3rd January my right side of the face is drooping, I can't close my eye. The doctor at Korle Bu said Bell's palsy and gave prednisolone. Will it go back to normal?",
     [], []),

    ("Grace of God we are fine after the floods in Georgetown, but my father's feet are swollen and itching since walking in the water. He's 60, diabetic, HbA1c was 9.1 in February.",
     [], []),

    ("Will the Pfizer booster interfere with my methotrexate? I take 15mg weekly for rheumatoid arthritis. Appointment with the rheumatology clinic is on 22 May.",
     [], []),

    ("My daughter weighs 38kg and is 1.45m tall, she's 12. The school nurse in Port of Spain said she's underweight? We are vegetarian Hindus. What should she eat?",
     [], []),

    ("Sir, I was told I have Hashimoto's thyroiditis. TSH 12.4, anti-TPO 600. I am on Eltroxin 50mcg. Should I stop eating cabbage and cassava?",
     [], []),

    ("A patient in our church, 67, had a Whipple procedure in Lagos last year for pancreatic cancer. He now has oily stools. Is Creon available in Nigeria?",
     [], []),

    ("Hope you can help. I'm 29 and I have a Bartholin cyst that keeps coming back. The gynae at Aga Khan Hospital Nairobi suggested marsupialisation. How long is the recovery?",
     [], []),

    ("Please is Augmentin 625 twice daily enough for a tooth abscess? I'm 41, no allergies. The dental clinic in Kumasi is closed till Monday.",
     [], []),

    ("Good evening. My husband (64) was diagnosed with Barrett's oesophagus after an endoscopy at Agha Khan Karachi on 12/09/2023. They want to repeat the scope in 3 years. Is that standard?",
     [], []),

    ("My grandmother was born in 1931 and has Paget's disease of bone. Her alkaline phosphatase was 410. Her hip hurts at night. What is the treatment?",
     [], []),

    ("Mark my words, this heat in Dubai is making my eczema so much worse. I'm 34, using Elocon cream. Is it OK to use daily?",
     [], []),

    ("Dear Sir/Madam, the child in question is 7 years old, 22kg, and was diagnosed with Kawasaki disease in Mumbai in 2022. Her echo last month was normal. Does she still need aspirin?",
     [], []),

    ("I'm a pharmacist in Kingston. Customer asked if Panadol Extra can be taken with Cataflam for period pain. She's 23. My understanding is yes but not with Voltaren together. Please confirm.",
     [], []),

    ("Since 15 August my left calf has been aching after walking about 200 metres, relieved by rest. I'm 61 and smoked for 40 years. The doctor at Queen Elizabeth Hospital mentioned claudication.",
     [], []),

    ("Hello, I have Raynaud's. My fingers turn white then blue in the AC at the office in Doha. Is nifedipine a good option?",
     [], []),

    ("May I ask — my son had Osgood-Schlatter at 13, now he's 16 and the bump is still there. Is that permanent?",
     [], []),

    ("Re: 45 yr old male, fasting glucose 7.2 mmol/L on 2 occasions, HbA1c 6.8%, BMI 31. Seen at a health post in Dodoma. Should he start metformin 500mg?",
     [], []),

    ("Good morning. My wife, 33, was told she has Graves' disease at Aga Khan Kampala. She's on carbimazole 20mg. She wants to get pregnant next year. Is that possible on this drug?",
     [], []),

    ("Does anyone know if the Hepatitis B vaccine is given at birth at Mulago? My baby is due on 30 November.",
     [], []),

    ("Dear doctor, I'm 58, ex-smoker, CT scan in Beirut showed a 6mm nodule in the right upper lobe. They said repeat in 12 months. Is that enough?",
     [], []),

    ("I am a health worker in Tamale. A 3-year-old weighing 11kg, height 92cm, has had kwashiorkor signs before. MUAC today 12.1cm. What's the threshold for referral?",
     [], []),

    ("Hi, my aunty has Sjogren's syndrome diagnosed in 2015. Her eyes are very dry even with Systane drops. Anything stronger?",
     [], []),

    ("The baby was born on 2nd February at Princess Margaret Hospital, Nassau, 3.1kg, Apgar 9. Now at 3 weeks she spits up after every feed. Normal?",
     [], []),

    ("Bill from the pharmacy is too high for the Januvia. Is there a cheaper generic for sitagliptin in Trinidad? I'm 55.",
     [], []),

    ("I'm a 38-year-old woman, Pap smear in October showed ASC-US, HPV positive. Colposcopy is booked for 8 January at Mt Hope Women's Hospital. Should I be worried?",
     [], []),

    ("Kindly assist. My father (72) has Dupuytren's contracture in both hands, worse in the right ring finger. He is a retired carpenter from Montego Bay. Is surgery worth it at his age?",
     [], []),

    ("Eid Mubarak doctors. My mum fasted the whole Ramadan with her type 2 diabetes on gliclazide 80mg, and had two hypos. Next year what should we change?",
     [], []),

    ("My brother has Crohn's, diagnosed at Tygerberg in 2020. He's on azathioprine 100mg. His last CRP was 45. Is it time for a biologic like Humira?",
     [], []),

    ("Hello. The ultrasound on 10th of July showed a Baker's cyst behind my right knee, 4cm. I'm 49, overweight (96kg). Can it burst?",
     [], []),

    ("A question for our village clinic in Rajasthan: how should we store insulin (Mixtard 30/70) in summer when temperatures reach 46°C and there is no fridge?",
     [], []),

    ("Hi, I had glandular fever (Epstein-Barr) in March and I'm still exhausted. I'm 19, a student in Accra. How long does it last?",
     [], []),

    ("Patience is running out with this cough! Three weeks now, tried Benylin, Tixylix, honey and lemon. I'm 44, non-smoker, living in Nairobi.",
     [], []),

    ("My son has Tourette's and the school in Dar es Salaam thinks he is misbehaving. He is 10. Is there medicine for tics like clonidine?",
     [], []),

    ("Good morning, I'm 27 and had my 20 week anomaly scan at Aga Khan Mombasa on 4 April. They found a two-vessel cord. Does this mean something is wrong?",
     [], []),

    ("Doctor, I'm 66. My ESR is 78 and I have pain and stiffness in both shoulders in the morning. A friend said it's polymyalgia. Is prednisolone the treatment?",
     [], []),

    ("Sunday morning my husband had a nosebleed lasting 20 minutes. He's 70 on Xarelto 20mg for AF. It stopped with pressure. Should we skip a dose?",
     [], []),

    ("Dear Sir, I'm enquiring about the Heimlich manoeuvre training for our primary school staff in St. Lucia. Does the Red Cross offer this?",
     [], []),

    ("Was diagnosed with Meniere's in 2018 in Bangalore. Betahistine 16mg three times daily. The vertigo attacks are back every week. What next?",
     [], []),

    ("Hello, my daughter (14) had a Colles fracture in December, cast off in January. Her wrist is still stiff. Is physiotherapy needed?",
     [], []),

    ("Charity work question: our mosque in Leicester is sending a medical team to Sylhet in March. Which vaccines do we need — typhoid, hepatitis A, rabies?",
     [], []),

    ("My father had a Foley catheter put in at Christian Medical College Vellore after his prostate surgery. It's been 2 weeks. When is it normally removed?",
     [], []),

    ("Please, my blood pressure was 90/60 today at the pharmacy and I feel dizzy when I stand up. I'm 24, female, weigh 49kg. Is this dangerous?",
     [], []),

    ("Hi doc. Hodgkin lymphoma survivor here (treated 2010 with ABVD). Now 41. Should I be having extra heart checks or breast screening?",
     [], []),

    ("Victoria Hospital in Castries told my grandmother she has a 'lazy bowel'. She's 86 and takes lactulose 15ml daily. Is senna safe as well?",
     [], []),

    ("Good evening, my child had a febrile convulsion on 6 June last year at 18 months. Now she is 2½ and has fever 38.5. Should I give paracetamol early to prevent another?",
     [], []),

    ("Ramadan question: can I use my Ventolin inhaler while fasting? I'm 31 with mild asthma.",
     [], []),
]
