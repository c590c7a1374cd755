# Privacy items, part G: trap-only (no identifiers), formal notes and letters with details removed. By hand.

ITEMS = [
    ("REFERRAL NOTE\nAge/Sex: 63/M\nPresenting complaint: dysphagia to solids x 3/12, weight loss 6kg\nPMH: HTN, T2DM\nMeds: metformin 1g BD, amlodipine 5mg OD\nRequest: please advise on urgency of OGD.",
     [], []),

    ("To whom it may concern, one of our employees (a 40-year-old male machine operator) has had recurrent chest infections this winter. Management would like to know whether the dust on the factory floor could be the cause and what screening is recommended.",
     [], []),

    ("As a social worker I visit several elderly clients: an 81-year-old woman with leg ulcers, a 77-year-old man with COPD on home oxygen, and a 90-year-old with dementia who wanders at night. Which of them should be prioritised for a home visit by a doctor?",
     [], []),

    ("Faith is what keeps me going but the pain in my hip is unbearable. I'm 68 and the orthopaedic surgeon at Mayo Hospital Lahore said I need a total hip replacement. How long is the waiting list usually?",
     [], []),

    ("Good morning. Our church runs a blood pressure screening after Sunday service. Last week, out of 40 people, 11 had readings above 160/100. What advice card should we give them?",
     [], []),

    ("pls wat is the normal range for PSA? my dad is 67 and his was 6.4 at the lab in Ibadan. they said see urologist on 3rd of next month",
     [], []),

    ("A Year 9 pupil at our school (girl, 14) has been diagnosed with type 1 diabetes. As the head teacher, what training do staff need for insulin and hypos?",
     [], []),

    ("Rose water for pink eye — my mother-in-law in Karachi swears by it. My 4 year old has red sticky eyes since Tuesday. Should I use it or get Fucithalmic?",
     [], []),

    ("Hello sir, my wife delivered by C-section on 19th of October at Lagos Island Maternity. Six weeks now. When can she start exercising?",
     [], []),

    ("Hi. I'm 175cm, 102kg, 36 years old, male. My doctor in Abu Dhabi wants me to start Ozempic. Are there side effects I should expect?",
     [], []),

    ("Dear doctor, I am a teacher. A child in my class (age 6) has patches of hair missing. The mother says it's from tight braids. Could it be ringworm instead? The class is in Spanish Town.",
     [], []),

    ("Sickle cell question: my nephew (SS, 9 years) has been on hydroxyurea for a year at the Sickle Cell Unit in Kingston. His haemoglobin went up from 7.1 to 8.9. Is that a good response?",
     [], []),

    ("The pharmacist at Boots said I shouldn't take Sudafed with my blood pressure pills. I'm on ramipril 5mg. True?",
     [], []),

    ("June last year I was treated for typhoid in Lahore. Now the Widal test is positive again. Do I need treatment again? No fever.",
     [], []),

    ("As the community health worker for three households on our route, I have: a 2-year-old with measles rash, a pregnant 19-year-old with no antenatal visits yet, and a grandfather (born 1944) with cough for 5 weeks. Please help me prioritise referrals.",
     [], []),

    ("Frank question: is it normal for a man of 52 to need to pee 4 times a night? My urine test was clear at the Nairobi Hospital.",
     [], []),

    ("I was told to fast from midnight for my endoscopy at Chris Hani Baragwanath on 12 March. I'm diabetic on insulin. What do I do with my dose?",
     [], []),

    ("My elderly father lives alone in Port Maria. He's 84, 58kg, and has lost 7kg since Christmas. Appetite poor. Who should he see first?",
     [], []),

    ("Dear Doctor, this is a note from the class teacher. The pupil (boy, 11) has been diagnosed with ADHD at the Child Guidance Clinic in Port of Spain and is on Ritalin 10mg. He is not eating lunch. Is this a known side effect?",
     [], []),

    ("Question from a pharmacist in Nairobi: can Coartem be given to a 4-month-old weighing 6kg? The mother brought a positive malaria RDT.",
     [], []),

    ("Grandma (86) saw the eye doctor at Moorfields Dubai on 5 February. They said wet macular degeneration and want injections every month. Is this Avastin or Lucentis? Which is better?",
     [], []),

    ("Stevens-Johnson syndrome — my cousin got it after taking Septrin in 2016. Now she has a UTI. What antibiotics are safe for her?",
     [], []),

    ("Hello. I'm 23, female, and my ferritin is 6, Hb 9.8. I'm taking Ferrous sulphate 200mg but it gives me constipation. Any other options? I'm in Kampala.",
     [], []),

    ("Mr. Speaker ... sorry, that's my autocorrect lol. Question: can ginger tea lower blood pressure? Mine is 145/92 and I'm 47.",
     [], []),

    ("Dear sir, the staff nurse at our factory clinic measured a worker's blood sugar at 18.2 mmol/L. He's 38, says he is thirsty all the time. Should he go to Chitungwiza Central today or wait for the company doctor next Thursday?",
     [], []),

    ("Victor Ludorum at sports day, and now my son's ankle is twisted and swollen lol. He's 13. RICE for how long before an x-ray?",
     [], []),

    ("Our family has a history of Huntington's — my grandfather and my aunt had it. I'm 25. Where in India can I get genetic testing and counselling?",
     [], []),

    ("Good evening. A pregnant lady (24 weeks, 31 years old, second pregnancy) in our village has haemoglobin 8.2. She was given ferrous and folic acid at the PHC in January. Should she also get injections?",
     [], []),

    ("Marfan syndrome was mentioned by the cardiologist at Apollo Chennai for my tall, thin 16-year-old son because of his aortic root 3.9cm. What does that mean for sports?",
     [], []),

    ("Sorry for long message. From 2 January I've been on amoxicillin for sinus infection then moved to Ciprobay on the 9th because no improvement. Now since the 14th I have pain in my Achilles tendon. I'm 58. Could it be the antibiotic?",
     [], []),

    ("Vaccination card question: my baby was born in 2024 and got BCG and OPV0 at birth in Accra. The 6-week visit got missed. Is it too late to start Penta now at 10 weeks?",
     [], []),

    ("Our pastor's wife (56) was told she has Cushing's syndrome from long-term prednisolone for her asthma. The pulmonologist at Lagos University Teaching Hospital wants to taper it. How slowly?",
     [], []),

    ("Hi I'm a 71-year-old retired headmaster from Kingston. My eGFR is 42 and creatinine 140. The doctor said CKD stage 3b. What should I avoid eating?",
     [], []),

    ("Dear Doctor, on behalf of our mosque committee: many elders want to perform Hajj this year. Which of them should not travel — those with heart failure, those on dialysis, those with COPD?",
     [], []),

    ("Sweetie my baby boy (9 months) has a hernia near his belly button, size of a grape. The doctor at Bustamante Children's Hospital said wait. Until what age?",
     [], []),

    ("I had a positive Mantoux test (15mm) when I applied for a job in Saudi. Chest x-ray normal. I'm 30 and was given BCG as a child in Kerala. Do I need TB treatment?",
     [], []),

    ("Kindly note that the clinic appointment on 7th November was missed because of the strike. Our diabetic patient (F, 59) has run out of insulin glargine. What should she do until the next clinic date?",
     [], []),

    ("Guillain-Barré — my uncle got it after a stomach bug in 2021 and was on a ventilator at Groote Schuur. He walks with a cane now. Will he recover fully?",
     [], []),

    ("Hello, I'm a mum of three. The eldest (12) has acne, the middle (8) has eczema and the youngest (2) has nappy rash that won't clear. Can one dermatologist see all three?",
     [], []),

    ("Blood results from the Lancet lab in Nairobi: WBC 2.9, neutrophils 1.1, platelets 130. I'm 35, female, on no medication. Should I see a haematologist?",
     [], []),

    ("Mango season again and my daughter's lips swell every time she eats mango skin. She's 10. Is this an allergy that can get worse?",
     [], []),

    ("Need advice: I'm 45, Indian, work long hours in Kuwait, and my triglycerides are 420, LDL 160. Doctor said start atorvastatin 20mg. Can I just do diet first?",
     [], []),

    ("Good day. The midwife at Georgetown Public Hospital said my baby's head circumference is above the 97th centile. He was born on 1 March, full term. Should we worry about hydrocephalus?",
     [], []),

    ("Is Fansidar still used for malaria prevention in pregnancy in Uganda? I'm 16 weeks. The antenatal clinic gave me three tablets.",
     [], []),

    ("Please, dear doctor: an elderly widow in our parish (she's 89) sleeps in a chair because she can't breathe lying flat. Her ankles are very swollen. Which specialist?",
     [], []),

    ("Queen Elizabeth Hospital in Barbados has a 6 month wait for a colonoscopy. I'm 50 with some blood on the tissue for 2 months. Should I pay privately?",
     [], []),

    ("Question from a school nurse: a Form 1 student (12) with known epilepsy on sodium valproate 200mg twice daily wants to go on the school swimming trip. What precautions?",
     [], []),

    ("Asking for a friend in her 30s — she had an IUD (Mirena) fitted in April at Marie Stopes Nairobi and is spotting every day. Normal?",
     [], []),

    ("Hey. 19M. Chronic back pain, MRI at Hamad General in Doha showed L5-S1 disc bulge. No numbness. Is surgery ever needed for this?",
     [], []),

    ("Mrs. and Mr. are on the same clinic day at the diabetes clinic in Mandeville (she's 70, he's 74). Both on metformin. Can they share a glucometer if they change the lancets?",
     [], []),

    ("Hello. Our family is going from London to Lagos in December with a 10-month-old. Which malaria prophylaxis is safe for her weight of 8.5kg?",
     [], []),
]
