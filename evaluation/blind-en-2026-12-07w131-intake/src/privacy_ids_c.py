# Hand-written privacy items with identifiers (part C). Mixed writers, shorter messages.

ITEMS = [
    ("pls call me back 0171 555 2093, its about my blood sugar machine",
     [("phone", "0171 555 2093")], []),

    ("My name is Svetlana, I have question about my thyroid pills.",
     [("name", "Svetlana")], []),

    ("Rash on my arm for 2 weeks, itchy. Pic sent to your email from jmarkowitz.design@gmail.com",
     [("email", "jmarkowitz.design@gmail.com")], []),

    ("Son Declan 16 sprained ankle at rugby, still swollen after 5 days. Can we get an xray? We're at 9 Larkspur Way, Harrogate HG2 7QT if you have a clinic nearby",
     [("name", "Declan"), ("address", "9 Larkspur Way, Harrogate HG2 7QT")], []),

    ("Hi dr, I'm Parisa, 27, I've had a sore throat and fever 3 days, tonsils white. Do I need antibiotics?",
     [("name", "Parisa")], []),

    ("my grandma Mabel keeps falling asleep in her chair after her new blood pressure tablet (amlodipine 10). shes 88. is that the pill?",
     [("name", "Mabel")], []),

    ("Insurance claim number CLM-2024-0038817 was rejected for my MRI. Knee pain since skiing in February. Can the doctor resubmit with a better code?",
     [("id_number", "CLM-2024-0038817")], []),

    ("I'm a nurse at Oakfield Surgery and one of my own moles has changed shape. Name is Hollie Pemberton, 34. Would rather not be seen at my own practice, can I get referred elsewhere?",
     [("name", "Hollie Pemberton")], ["Oakfield Surgery"]),

    ("question about my passport - I'm flying with my insulin and syringes, passport no. 548821730. Do I need a doctors letter with the passport number on it or just my name?",
     [("id_number", "548821730")], []),

    ("Hello my name is Abebe Girma and my wife Tigist is pregnant 20 weeks. She has very itchy hands and feet at night. Our number is +251 91 123 4567.",
     [("name", "Abebe Girma"), ("name", "Tigist"), ("phone", "+251 91 123 4567")], []),

    ("Dear doctor, my SSN is 078-05-1120 and I'm trying to get my vaccination records. Where can I find them?",
     [("id_number", "078-05-1120")], []),

    ("the hit and run driver that knocked my son off his bike had plate MHZ 4021. hes ok, just bruised ribs and a scraped knee, seen at urgent care. how long do bruised ribs hurt?",
     [("licence_plate", "MHZ 4021")], []),

    ("Hey, it's Jordy. Tinnitus in my left ear since a concert 2 weeks ago. Will it go away?",
     [("name", "Jordy")], []),

    ("I'm Kalani, 45, F. Period every 2 weeks lately and heavy. Perimenopause? My DOB is 06/19/1979 for your records.",
     [("name", "Kalani"), ("date_of_birth", "06/19/1979")], []),

    ("Can Dr. Haddad call me? 514-555-0199. It's about my son's asthma inhaler refill.",
     [("name", "Haddad"), ("phone", "514-555-0199")], []),

    ("My GP Dr Eleanor Whitcombe told me my cholesterol is 7.2 and she wants me on statins. I'd rather try diet first. Thoughts?",
     [("name", "Eleanor Whitcombe")], []),

    ("Baby Noa is 4 months and has a flat spot on the back of her head. Is a helmet necessary? We're in Haifa but can travel.",
     [("name", "Noa")], []),

    ("Need a sick note for work (employee ID 00871-B at Kestrel Foods). Had gastro since Monday, vomiting stopped yesterday.",
     [("id_number", "00871-B")], ["Kestrel Foods"]),

    ("Toothache upper left, swollen gum. I'm Giorgos, no dentist here yet. Can I take ibuprofen and paracetamol together?",
     [("name", "Giorgos")], []),

    ("my friend Sione got bitten by a dog at the park yesterday, small puncture on his calf, cleaned it. Does he need a tetanus shot?",
     [("name", "Sione")], []),

    ("Been feeling low for months, no energy, don't enjoy anything. I'm not in danger. I'd like to talk to someone. You can email me privately at quietharbour88@hotmail.com",
     [("email", "quietharbour88@hotmail.com")], []),

    ("My little brother Rashid (12) keeps getting nosebleeds, like 3 a week, they stop after 10 min. Normal?",
     [("name", "Rashid")], []),

    ("Hi, my tiktok is @runnerkneeriley and my followers keep asking about my IT band pain. I'm 24. Is foam rolling actually helpful?",
     [("handle", "@runnerkneeriley")], []),

    ("I have eczema on my eyelids. Name: Siddharth Rao. Date of birth: 14 Aug 1992. Member ID: BCBS-XLQ-660214. I tried hydrocortisone, no luck.",
     [("name", "Siddharth Rao"), ("date_of_birth", "14 Aug 1992"), ("id_number", "BCBS-XLQ-660214")], []),

    ("My mother Mrs. Adaeze Nwosu, 70, has knee OA and the injections aren't working anymore. Her surgeon Mr Pattinson mentioned replacement. Any info on recovery time?",
     [("name", "Adaeze Nwosu"), ("name", "Pattinson")], []),

    ("Do you have an office near 1550 Elm Street, Suite 200? I need a physio for my frozen shoulder.",
     [("address", "1550 Elm Street, Suite 200")], []),

    ("hi im Ximena, 15. i get really bad cramps with my period and miss school. my mom says its normal. is it?",
     [("name", "Ximena")], []),

    ("Student at Kingsbridge Sixth Form, ID KSF-11042. Doctor at school said I might have glandular fever. What's the test for it?",
     [("id_number", "KSF-11042")], ["Kingsbridge Sixth Form"]),

    ("My husband Lorenzo snores terribly and stops breathing at night I think. He's 50, overweight. How do we get a sleep study? Our address is Via Garibaldi 14, 40124 Bologna if referral needs it.",
     [("name", "Lorenzo"), ("address", "Via Garibaldi 14, 40124 Bologna")], []),

    ("Stye on my eye for a week. I'm Mehmet. Warm compresses aren't working.",
     [("name", "Mehmet")], []),

    ("Can someone review my son's growth chart? Name Oskar Lindgren, DOB 2016-04-09. He's always been short, now 3rd percentile.",
     [("name", "Oskar Lindgren"), ("date_of_birth", "2016-04-09")], []),

    ("I'm on LinkedIn as linkedin.com/in/marcus-adeyemi-pe and a recruiter asked for a medical clearance for a construction job. I have well controlled epilepsy, seizure free 4 yrs on Keppra. Can I get a letter?",
     [("url", "linkedin.com/in/marcus-adeyemi-pe")], []),

    ("It's Beatriz again, the one with the gallstones. Surgeon appt is 12 May. Can I eat eggs in the meantime?",
     [("name", "Beatriz")], []),

    ("Quick q from Thandiwe: is it ok to take my antidepressant (sertraline) with my birth control?",
     [("name", "Thandiwe")], []),

    ("I'm 31 and have IBS. My dietitian Rosalind suggested low FODMAP. Is garlic oil allowed?",
     [("name", "Rosalind")], []),

    ("Our daughter Aiyana, 3, has had a barky cough at night for 2 nights. She's fine in the day. Croup? Call 306-555-0142 please.",
     [("name", "Aiyana"), ("phone", "306-555-0142")], []),

    ("My reddit username is u/gutfeelings_ibd and I moderate a Crohn's support sub. People keep asking whether Humira causes hair loss. Does it?",
     [("handle", "u/gutfeelings_ibd")], []),

    ("I'm a teacher at St. Columba's Primary and I've had laryngitis twice this term, voice gone. Name is Fionnuala. Should I see ENT?",
     [("name", "Fionnuala")], ["St. Columba's Primary"]),

    ("DOB 29/02/1984, hay fever every spring, antihistamines don't work. Can I get the immunotherapy?",
     [("date_of_birth", "29/02/1984")], []),

    ("Send my results to my wife's email please: hannah.ibekwe@icloud.com. Blood test last Tuesday, liver function.",
     [("email", "hannah.ibekwe@icloud.com")], []),

    ("Insulin pump site question from Tevita, 34, T1D. Lipohypertrophy on my belly from years of MDI. My diabetes educator Leilani says use my thighs. Absorption different?",
     [("name", "Tevita"), ("name", "Leilani")], []),

    ("dad is 80 on dialysis and his DOB on the transport booking was wrong, it should be 21/06/1944 not 21/06/1949. They won't pick him up. who fixes this??",
     [("date_of_birth", "21/06/1944"), ("date_of_birth", "21/06/1949")], []),

    ("My wife Oyuna had her 2nd chemo (docetaxel) and her nails are going black. Is that permanent? We are in Ulaanbaatar, can call +976 9911 2345.",
     [("name", "Oyuna"), ("phone", "+976 9911 2345")], []),

    ("Hi its Chiamaka, lupus + kidneys (class III). Creatinine 1.1, UPCR 0.4. On Lupkynis now. My rheum nurse is on leave, can someone answer about grapefruit and voclosporin?",
     [("name", "Chiamaka")], []),

    ("Heart failure clinic asked for my home address for the scale delivery - it's 58 Kowhai Street, Hamilton 3204. Is the Bluetooth scale linked to the nurse directly? I'm not good with apps.",
     [("address", "58 Kowhai Street, Hamilton 3204")], []),

    ("Quick one - can my son Aleksander (age 12, T1D, pump) do the overnight scout camp? Leader is a mum called Jolanta who's happy to learn the pump. Ketone meter or no?",
     [("name", "Aleksander"), ("name", "Jolanta")], []),

    ("MS, 46, relapse in my right arm. Steroids (methylpred 500mg x3) done. My claim number for the income protection is IP-7734-2290-K and they want the neurologist's letter.",
     [("id_number", "IP-7734-2290-K")], []),

    ("I'm Ashkan, 63, COPD and type 2. My home sats monitor says 90% and the one at the clinic says 93%. Which do I trust? I post my readings on X as @wheezygardener63 if you want to see.",
     [("name", "Ashkan"), ("handle", "@wheezygardener63")], []),
]
