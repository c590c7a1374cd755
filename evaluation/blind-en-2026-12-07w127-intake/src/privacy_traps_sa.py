# Hand-written trap-only privacy items (no identifiers), South African writers.

ITEMS = [
    ("Eish doc my gogo was diagnosed with Parkinson's at Chris Hani Baragwanath in 2019. Now she's on Sinemet 3 times a day but the shaking "
     "is worse in the evenings. She is 78. Can they change the dose?", [], []),
    ("Is Grandpa powder safe to take with my BP pills? I take amlodipine 10mg and HCTZ 12.5mg. Headache since Sunday.", [], []),
    ("my baby is 9 months, weighs 8.2kg and has a fever of 38.5. I gave Panado syrup 4ml. Clinic opens at 7. Should I wait?"
     , [], []),
    ("Hi. I'm 34, 1.72m and 96kg. The clinic sister says my sugar was 11.2 fasting and HbA1c 7.9. Is that diabetes already?", [], []),
    ("we stay in Alex and the water has been off for 3 days, now my kids have runny tummies. Youngest is 4. What do I give them?", [], []),
    ("Appointment at Charlotte Maxeke is 14 March for my hernia op but the pain is getting worse. Can I ask them to move it earlier?", [], []),
    ("Shame man, I was born in 1971 and already my knees sound like Rice Krispies. Is it arthritis? I play bowls every Saturday.", [], []),
    ("ag please, which is better for a chesty cough, Corenza C or Benylin? I'm breastfeeding my 2 month old.", [], []),
    ("Hi doc, I took the taxi from Bree to Soweto and a lady was coughing on everyone. Now I have a sore throat 2 days later. "
     "Could it be TB or just a cold?", [], []),
    ("my child was born at Rahima Moosa and the nurses said she has a Mongolian spot on her bum. Now at 6 months its still there. "
     "Is it a bruise??", [], []),
    ("Bell's palsy - half my face dropped on Tuesday morning. I went to Helen Joseph and they gave prednisone 60mg for 7 days. "
     "Day 4 now, still can't close my eye properly. Is that normal?", [], []),
    ("Mkhulu's BP was 168/102 at the pension pay point check today. They told him to go to the clinic tomorrow. He is 81. "
     "Should he take an extra pill tonight?", [], []),
    ("Gift from my sister: she bought me a blood pressure machine. Readings are 132/84, 128/80, 141/90. I am 47. Is that high?", [], []),
    ("Lekker braai last night and now my gout toe is on fire. Allopurinol 300mg I take daily. Can I take Voltaren too?", [], []),
    ("Precious little sleep in this house, my 3 year old coughs every night from 2am. We live near the mine dumps in Riverlea. "
     "Could it be the dust?", [], []),
    ("Sangoma gave my uncle muti for his swollen legs, now he's peeing blood. He's 58. We are taking him to Edendale tomorrow morning. "
     "What can cause that?", [], []),
    ("Good day. The results came: TSH 8.4, free T4 9. Hashimoto's they said. I'm 29 and want to fall pregnant next year. Will Eltroxin be safe?", [], []),
    ("Hope you can help, my son (15) grew 11cm this year and now his knees hurt under the kneecap when he plays soccer. "
     "Coach says Osgood-Schlatter?", [], []),
    ("I'm 63, female. I had a Pap smear in 2017 and nothing since. Do I still need them? The clinic in Mdantsane said they dont do "
     "them for over 60s??", [], []),
    ("Since 12 January I've had this itchy rash between my fingers and my whole family at Gugulethu has it now. Scabies? "
     "The pharmacy gave Benzyl benzoate.", [], []),
    ("Hi, how long after the ARVs do I need to wait to eat? I take TLD 1 tablet in the evening. Viral load was lower than 50 last time.", [], []),
    ("Sister at the clinic said my baby's Apgar was 9 and 10 and weight 3.4kg at birth. Now at 5 days he lost 300g. Is that normal?", [], []),
    ("Will the Pfizer vaccine affect my period? Mine has been late by 10 days since the booster. 26 years old, not pregnant (test negative).", [], []),
    ("Nelson Mandela Bay has so much dust and wind, my asthma is terrible this month. I use Asthavent 2 puffs like 6 times a day now. "
     "Is that too much?", [], []),
    ("Patience is running out, I've waited 8 months for my cataract op at St John's. Can they give me glasses meanwhile? I'm 71.", [], []),
    ("Morning doc. I've been drinking Lennon's Rooi Laventel drops for my nerves like my ouma did. Is it safe with sertraline 50mg?", [], []),
    ("Yoh the Durban heat. My feet swell every afternoon and go down at night. 39 weeks pregnant, BP 118/76 at the clinic yesterday. "
     "Just normal?", [], []),
    ("Hi. Crohn's since 2015. On Imuran 100mg. I'm travelling to Mozambique in December - which vaccines are safe for me?", [], []),
    ("Sugar is 4.1 this morning, I feel shaky. Type 1, on Actrapid and Protaphane. I ate a Jungle Oats and feel better now. "
     "How do I stop this happening every morning?", [], []),
    ("Louis Trichardt is so far from any specialist. My son is 7 and was diagnosed with ADHD by the school psychologist. "
     "Can a GP give Ritalin?", [], []),
    ("ag my back, since I lifted the bag of mielie meal on Saturday. No numbness, can pee fine, just sore. 44 years. "
     "Should I take Myprodol?", [], []),
    ("Good evening. Joy of joys, my wife is pregnant after 5 years of trying! She is 38. Which folic acid dose, 5mg or 400mcg?", [], []),
    ("My husband's Holter monitor showed ectopic beats, 2000 a day. Cardiologist at Netcare Milpark said not dangerous. "
     "He drinks 6 cups of Ricoffy a day. Should he stop?", [], []),
    ("Hi my child (4) has Down syndrome and constipation often. We give Lactulose 5ml. She only poos every 4 days. Is that ok?", [], []),
    ("Since 3 June my left eye is twitching nonstop. I'm studying for board exams, sleeping 4 hours. Eye twitch dangerous?", [], []),
    ("Hallo, ek is 55 en my cholesterol is 7.2, LDL 4.9. Dokter wil Lipitor 20mg gee. Can I try diet first for 3 months?", [], []),
    ("Is it true that Vicks on the feet stops cough? My granny swears by it. Baby is 18 months.", [], []),
    ("Frere hospital sent my brother home after his broken leg was cast, now his toes are a bit swollen but pink and warm. "
     "Elevate it? He is 31.", [], []),
    ("Mark on my skin after the BCG injection, my daughter is 3 months. It's a small scar with a pimple. Normal?", [], []),
    ("The clinic in Kwa-Thema is giving me TB meds for 6 months (Rifafour). My pee is orange!! Is that the meds?", [], []),
    ("My appointment at Tygerberg is 22 August but I'm out of Epilim. 500mg twice daily. Can a pharmacy give me a few days?", [], []),
    ("Is it ok to give Stopayne for period pain? I'm 16 and 52kg. Ponstan doesnt help anymore.", [], []),
    ("Sunday I ate a pie at the garage near Harrismith, Monday the runs started. Now Wednesday and still loose, no blood. Need antibiotics?", [], []),
    ("Hi, about Kaposi sarcoma - my cousin has purple spots on his feet and he's HIV positive but not on treatment. "
     "Is it cancer? He's in King William's Town.", [], []),
    ("I'm 26, 1.60m and 48kg. The doctor at Mediclinic said I'm underweight. I eat pap and vleis every day, how do I gain?", [], []),
    ("Hi, my HIV test at 6 weeks after the risky thing was negative. Do I need another one at 3 months? The sister said yes but my friend said no.", [], []),
    ("Doc, Grace period from my medical aid ends on the 30th. Should I do my knee MRI now or wait? Pain 6 out of 10 for a year.", [], []),
    ("Baby born 34 weeks at Cecilia Makiwane, now 2 months old, she still spits after every feed. Weight 3.9kg. Reflux?", [], []),
    ("Lucky I had my reading glasses, I saw the Eltroxin box said 100mcg not 50mcg. I took 100 for a week by mistake. Is it a problem? I feel jittery.", [], []),
    ("Since Easter my hands go white then blue in cold water. Raynaud's? I'm 33 and work at a fish factory in Saldanha.", [], []),
    ("ek het Addison's disease en neem hydrocortisone 20mg. I have flu now, must I double the dose? 48 years.", [], []),
    ("Yho the itching! Pregnant 32 weeks and my whole body itches, no rash. The clinic in Umlazi did bloods on 4 April, results next week.", [], []),
    ("Which sunscreen for albinism? My son is 6 and goes to school in Polokwane, the sun is strong. SPF 50 enough?", [], []),
    ("My HbA1c went from 9.8 to 7.1 in 6 months!! Metformin 850 twice a day and I walk to the taxi rank. Can I reduce the tablets now?", [], []),
    ("Steve Biko Academic sent a letter saying my mammogram needs repeat views. I'm 49. Does that mean cancer?", [], []),
    ("I was born in 1988 and got the measles vaccine as a kid I think. Do I need a booster before working at a creche?", [], []),
    ("Hi doc. Baker's cyst behind my knee, 4cm on the scan. It aches when I kneel to clean. 61 years. Do they drain it?", [], []),
    ("Dawn is the worst, that's when my chest gets tight and I wheeze. Smoker 20 years, 45 years old. Could it be COPD?", [], []),
    ("Just now I measured my son's temperature, 37.9 under the arm. He's 6 and running around fine. Panado or leave it?", [], []),
    ("Is Med-Lemon safe if I have high blood pressure? 150/95 last week at Clicks.", [], []),
    ("My ouma from Piet Retief says to put Zam-Buk on my burn from the pot handle. It's the size of a R5 coin, blistered. Ok?", [], []),
    ("Summer is coming and my eczema always flares. I use Elocon cream from the dermatologist at Inkosi Albert Luthuli. "
     "How long can I use it safely?", [], []),
    ("Ngiyabonga for the info last time. Now my Hb went from 8.1 to 10.4 on Ferrimed. How long until I stop?", [], []),
    ("My neighbour's boy (10) has Tourette's and the kids at school laugh at him. His mother asked me to ask - is there medicine?", [], []),
    ("Hi, a Dr at the Kalafong ER said my husband has Guillain-Barré, he is in ICU. How long is recovery usually? He's 52.", [], []),
    ("Can I drink rooibos tea while on Warfarin? INR was 2.6 on Monday.", [], []),
    ("April was my last period and now its September. I'm 47. Menopause or must I test? Stopped the pill in 2020.", [], []),
    ("Question: my Vitamin D is 18 ng/ml. I work indoors at a call centre in Sandton. How many IU should I take?", [], []),
    ("Rose hip oil for stretch marks - does it work? 6 months pregnant with my second.", [], []),
    ("Since the 5th of this month my poo is black. I started Ferrous sulphate 200mg 3x a day from the clinic. Is that the pills?", [], []),
]
