# Hand-written privacy items, part C (trap-only: no identifiers).
# Each entry: (text, [], [])

ITEMS = [
    ("My mum has Hashimoto's and takes Eltroxin 100mcg daily, her TSH came back 7.8 last week at Groote Schuur. Should the dose go up or is that still ok for a 66 year old?", [], []),

    ("Born in 1979, male, smoker since I was 16. Is it too late for the lung cancer screening they advertise at Aga Khan University Hospital?", [], []),

    ("By God's grace my BP is finally 128/82 after two months on Amlodipine 5mg. Can I stop the tablets now or is it for life?", [], []),

    ("Will the rash from Augmentin go away by itself? It started on day 5 of the course, itchy red bumps on the tummy. My son is 6.", [], []),

    ("Patience is running out honestly, my husband has had these migraines since 2019 and nothing works, Panado, Myprodol, even the injection at casualty. He is 42.", [], []),

    ("Our appointment at King Faisal Specialist Hospital is on 14 March but my father (71) has had blood in his urine twice since. Should we try to move it earlier?", [], []),

    ("she's 1.62m and weighs 58kg, 17 years old, but she keeps saying she is fat and only eats once a day. what is a healthy weight for her height?", [], []),

    ("Mark on my son's cheek looks like a bruise but he says nobody hit him and it's been there since Friday. He is 9. Could it be something in the blood?", [], []),

    ("Hope this is the right place to ask. My grandmother is 88 and has Alzheimer's, she gets very agitated every evening around 5pm. Is there something gentle for that?", [], []),

    ("I got Bell's palsy on 2 January, the right side of my face dropped. It's now 3 weeks and only a little better. I'm 37 female. Will it fully recover?", [], []),

    ("My husband has Crohn's disease and the gastro at Charlotte Maxeke wants to start Humira. We're scared of the infections. He is 34.", [], []),

    ("Can I take Grandpa powders with my blood pressure pills? I'm 59 and get a lot of headaches in summer.", [], []),

    ("The bill from the private hospital in Lagos for my brother's malaria admission was 480k naira for 3 days, is that normal? Also he still has fever after discharge on Coartem.", [], []),

    ("My fasting sugar this morning was 7.4 mmol and HbA1c 6.9 percent. I'm 51, female, and my mum had diabetes. Do I need metformin or can I do diet first?", [], []),

    ("Joy of my life, my first grandchild, was born last month at Sheikh Khalifa Medical City and now the nurse says his jaundice level is 260. Is that high for 5 days old?", [], []),

    ("Faith healers in our village told my uncle to stop his TB medicine after 2 months because he feels better. He is 50. How dangerous is that?", [], []),

    ("Sunny days make my face break out in a red butterfly rash, I'm 28 and my joints ache too. My mum says lupus runs in women in our family.", [], []),

    ("Rose from 37.5 to 39.2 in one hour, my 2 year old's temperature, after his MMR jab this morning. Calpol given 1 hour ago. He is drinking and playing a bit.", [], []),

    ("I'm 45 and I just found out my cholesterol is 7.2, LDL 4.9. No heart problems yet. Is Rosuvastatin 10mg the usual starting dose?", [], []),

    ("Down syndrome baby here, 4 months old, the cardiologist at Inkosi Albert Luthuli said there is a hole in the heart (AVSD) and surgery is needed before 6 months. How risky is it?", [], []),

    ("Victoria Falls trip next month with my 70 year old parents, mum has a pacemaker. Can she go through airport scanners and do the helicopter flip?", [], []),

    ("Is it safe to use Tolak Angin while pregnant? I'm 12 weeks, 26 years old, and have a cold. The midwife at the puskesmas was not sure.", [], []),

    ("Napa Extra 2 tablets 3 times a day for a week for back pain, my father is 64 and has liver problems. Is that too much paracetamol?", [], []),

    ("Lexapro 10mg for 6 weeks, I'm 24 female, and I feel numb, not sad but not happy either. Is that normal or should the dose change?", [], []),

    ("My daughter's Pap smear result says ASC-US and HPV positive. She is 30. What happens next, colposcopy?", [], []),

    ("After 3 months of Ozempic I've lost 9kg, from 96 to 87, but my hair is shedding a lot. 41 male. Is it the drug or the weight loss?", [], []),

    ("We went to Sir Ganga Ram Hospital in Lahore for my son's hernia on 3 April, surgery is booked for 20 May. He's 4. Is it ok to wait that long?", [], []),

    ("Dipirona and Dorflex together every day for a month for my neck pain, is that bad for my kidneys? I'm 38, Brazilian, office job.", [], []),

    ("April was when the cough started and it's now August, still dry cough, worse at night. 55 years, never smoked, living in Jeddah. Could it be asthma late in life?", [], []),

    ("Hospital Israelita Albert Einstein quoted us a lot for a hip replacement for my mother, 78. Is the public SUS waiting list realistic for this?", [], []),

    ("At 6 weeks postpartum my bleeding has stopped but restarted today, bright red, like a light period. I'm 32 and breastfeeding. Is this my period coming back?", [], []),

    ("Baker's cyst behind my knee, it's been 4 months, size of an egg. Ortho said leave it. I'm 60 and it hurts when I squat to pray. Any exercises?", [], []),

    ("Does Panadol Extra have caffeine? my son is 15 and has exams and takes two every morning because of headaches", [], []),

    ("Chris Hani Baragwanath discharged my brother after his appendix burst and the wound is healing but he has a lot of pain when he coughs, day 8 after surgery. He is 19.", [], []),

    ("My granddad is 83 and his ECG showed atrial fibrillation. They put him on Xarelto 15mg. He still takes Disprin every day too, should he stop that?", [], []),

    ("HbA1c 11.2 in a 14 year old boy, type 1 for 3 years, he's hiding his readings from us and skipping the Novorapid at school. How do we handle a teen like this?", [], []),

    ("Hello, I'm 29, pregnant with my second, and my blood group is O negative, my husband's is A positive. When do I need the anti-D injection?", [], []),

    ("Guillain-Barré after dengue, is that possible? A boy in our area, 12 years, had dengue in February and now cannot walk. The whole neighbourhood in Makassar is worried.", [], []),

    ("What is a normal heart rate for a 75 year old? Mum's smartwatch shows 48 at night and she takes bisoprolol 5mg.", [], []),

    ("Bought Ventolin and Seretide from the pharmacy in Riyadh without prescription for my asthma, 35 years old. Can I use both every day?", [], []),

    ("Summer in Kuwait is 50 degrees and my elderly father, 82, refuses to drink water because he doesn't want to pee at night. How much should he drink?", [], []),

    ("My dad had Whipple surgery for pancreatic cancer in 2021 at Steve Biko Academic Hospital and now has diarrhoea after every meal. He's 67. Is Creon the answer?", [], []),

    ("I'm 16 and I think I have Tourette's, I keep making sniffing and throat noises I can't stop and kids at school laugh. Can a doctor diagnose it online?", [], []),

    ("Heimlich on a baby is different right? Asking because my 8 month old nearly choked on a grape piece yesterday but coughed it out. I want to learn properly.", [], []),

    ("Mercy of God, my cousin survived the accident on the Lagos-Ibadan expressway but now has a brace on his neck for 12 weeks. He is 30. What happens after it comes off?", [], []),

    ("Which is better for a 3 year old's fever, Calpol or Nurofen? We alternate them every 3 hours and the fever still comes back at 38.6.", [], []),

    ("LDL 3.1, HDL 1.0, triglycerides 2.8, blood pressure 138/88. I'm 44, male, overweight (105kg, 1.75m). Am I at high risk of heart attack?", [], []),

    ("My mum was diagnosed with Addison's disease in Doha and takes hydrocortisone. During Ramadan can she fast? She is 52.", [], []),

    ("Kawasaki disease at 2 years old, my son got IVIG at Rashid Hospital two weeks ago. His fingers are peeling now. Is that expected?", [], []),

    ("Sjögren's syndrome was on my report with dry eyes and dry mouth. I'm a 47 year old woman. Which eye drops last the longest?", [], []),

    ("Gift from my sister was a smartwatch and it says I have an irregular rhythm. I'm 58 and feel fine. Should I trust the watch?", [], []),

    ("Bless, can someone explain what 'mild hepatic steatosis' means on an ultrasound? Got mine done on 9 June, I'm 36, don't drink much.", [], []),

    ("In 2015 I had a blood clot in my leg after a long flight from Johannesburg to London. Flying again next month, 12 hours. I'm 61. Do I need an injection before?", [], []),

    ("Meniere's disease was confirmed at Lady Reading Hospital in Peshawar. My mother (55) gets vertigo for hours. Betahistine is not helping enough.", [], []),

    ("Hodgkin lymphoma survivor here, treated at 19, I'm now 33 and want a baby. Did the chemo affect my fertility? Which tests should I ask for?", [], []),

    ("Our twins were born at 31 weeks in Cairo and are now 6 months, 5.1kg and 4.8kg. When should they start solids, by actual or corrected age?", [], []),

    ("Favour me with an answer please: can a man of 65 with a stent take Viagra? My husband is too shy to ask his cardiologist.", [], []),

    ("Raynaud's is what the GP thinks. My fingers go white then blue in the aircon at the mall. 23, female. Gloves in Dubai look crazy lol.", [], []),

    ("The Apgar score of my baby was 7 then 9. Is 7 bad? Born 3 days ago in Accra by emergency C-section.", [], []),

    ("Could Buscopan hide appendicitis pain? My 13 year old took some this morning for tummy ache and now feels better but I'm paranoid.", [], []),

    ("Dawn is the worst time, my asthma always wakes me at 4 or 5am coughing. I'm 40, use Ventolin 2 puffs. Does that mean it's not controlled?", [], []),

    ("Achilles tendon pain when I start running, better after warming up. 33 male, started running 5km every day in January. Rest or push through?", [], []),

    ("Victims of the flood in Sylhet, many children with diarrhoea in our shelter. How much ORS for a 2 year old after each loose stool?", [], []),

    ("Sister at the clinic in Mamelodi told me my baby's soft spot is sunken. She's 7 months and has had diarrhoea since yesterday but drinks. Should I worry?", [], []),

    ("Lake Victoria fish every day, my father 70, is that good for his gout or bad? Uric acid was 540.", [], []),

    ("Jordan trip for work: I'm on warfarin, INR usually 2.5. Will the food change affect my INR much? Two weeks in Amman.", [], []),

    ("Kaposi sarcoma spots on my uncle's legs, he is on ARVs since last month. 45 years. Will they fade with treatment alone?", [], []),

    ("Which is safer in pregnancy for nausea, Diclegis or Maxolon? 9 weeks, 31, vomiting 5 times a day, still keeping water down.", [], []),

    ("Mounjaro 5mg side effects, I'm 49 female, constipation for 8 days now. Is that normal? Taking it since 15 October.", [], []),

    ("At the RSUD Dr. Soetomo they said my father's stroke was 'lacunar'. He is 63 and can walk with help. What does lacunar mean and will he improve?", [], []),

    ("My husband's PSA went from 3.2 to 6.8 in one year, he is 62. The urologist wants a biopsy. Is MRI first better?", [], []),

    ("Marfan syndrome runs in my husband's family. Our son is 11 and very tall and thin with long fingers. Which tests should he get?", [], []),

    ("Vitamin D 18 ng/ml, B12 190. I'm a 27 year old woman in Riyadh who covers fully. Is this why I'm so tired? What dose to take?", [], []),

    ("Epley manoeuvre video helped my dizziness a lot. I'm 58. Is it safe to repeat it every day at home?", [], []),

    ("Chemo starts Monday 4 November for my wife's breast cancer at Groote Schuur. She's 46. What should we buy beforehand, like mouthwash, thermometer etc?", [], []),

    ("Amber coloured urine every morning, I'm 31 and work outside in Abu Dhabi construction. Is that dehydration or liver?", [], []),

    ("Hirschsprung's was suspected in our newborn because he didn't poop for 48 hours. He's 4 days old now and had a small poop this morning. Still need the biopsy?", [], []),

    ("My 80 year old mum has a hospital appointment at Mater Dei on the 22nd for her cataract. Does she need to stop aspirin before?", [], []),

    ("Wilson's disease was mentioned by the liver doctor for my 15 year old because of low ceruloplasmin. What does that mean for his future?", [], []),

    ("Chase the pain away with ice or heat? Sprained my ankle playing futsal yesterday, it's swollen but I can walk. 22 male.", [], []),

    ("Barrett's oesophagus found on my scope at 50. How often should I get checked? I take Nexium 40mg daily.", [], []),

    ("Cherry angiomas all over my chest suddenly, I'm 44. Are they dangerous? My wife read they could be a sign of cancer.", [], []),

    ("Precious little sleep for me lately because my 3 month old cries from 6pm to 10pm every day. Pediatrician says colic. Does gripe water work?", [], []),

    ("Olive oil in the ear for wax is what my mother always did. Is it still recommended for a 7 year old with blocked ears?", [], []),

    ("Sage tea for hot flushes, does it work? I'm 51 and having 15 flushes a day, my periods stopped in 2023.", [], []),

    ("Cushing's syndrome was ruled out with the dexamethasone test but I'm still gaining weight on my belly, 38 female. What else could it be?", [], []),

    ("Fever for 5 days, platelets 85,000 yesterday and 62,000 today. My brother is 25 and we are in Dhaka during the monsoon. Is this dengue getting worse?", [], []),

    ("Heart rate 110 at rest since starting Ritalin for ADHD, my son is 10 and weighs 30kg. The dose is 10mg twice a day. Too much?", [], []),

    ("In June my father had a TIA and recovered fully within an hour. He's 68, now on Clopidogrel and a statin. What's the risk of a full stroke now?", [], []),

    ("Will my baby be ok if I had 2 glasses of wine before I knew I was pregnant? Found out at 5 weeks. I'm 27.", [], []),
]
