# privacy items, part 5: mostly trap-only, a few with identifiers, written by hand, writer 113


def P(text, ids=(), quasi=()):
    return {"text": text,
            "identifiers": [{"type": t, "text": s} for t, s in ids],
            "quasi": list(quasi)}


ITEMS = [
    P("23M, 6ft 2, 94kg. Been taking creatine for 3 months and my bloods showed creatinine 128. Is my kidney ok or is it the creatine?"),

    P("Hey, so I'm 29 and I've had Osgood-Schlatter since I was a teenager and my knee still flares after football. Anything beyond ice and ibuprofen?"),

    P("my baby is 4 months, born in March, weighs 6.2kg and the health visitor says she's dropped from the 50th to the 25th centile. is that bad"),

    P("Addison's disease, on hydrocortisone 10/5/5. Going to Tenerife for a week in August. Do I need to double my dose in the heat? 44F."),

    P("Had my Mirena fitted at the clinic on the 12th and I've been cramping ever since. 31, first coil. Normal?"),

    P("Is it ok to drink Red Bull while on sertraline 100mg? I'm 20 and on night shifts."),

    P("Mark on my back that my husband noticed, dark brown, about 7mm, irregular edge. I'm 56. Appointment with dermatology isn't till 4 November. Should I push for sooner?"),

    P("Graves' disease diagnosed last month at the Royal Free. 38F. Carbimazole 20mg. Heart rate still 110 resting. When does it calm down?"),

    P("I'm a 45 year old man, 5'9\", 118kg, BP 152/98 at the pharmacy. Is it time for tablets or can I lose weight first?"),

    P("Will the Covid jab affect my period? 26F, Moderna booster tomorrow."),

    P("our 8 year old has had Kawasaki disease at Great Ormond Street when she was 3, she's fine now but should she have heart checks for life?"),

    P("Hi, 33F, TTC for 14 months, AMH 4.2 pmol/L. The clinic at the Jessop Wing says that's low. What does that mean for IVF?"),

    P("My dad (67) was told he has Barrett's oesophagus after his endoscopy at Wythenshawe. How often does he need another camera?"),

    P("Dawn patrol surfer here, 52, and I keep getting ear infections. Someone at the beach said surfer's ear. Can it be fixed?"),

    P("Is 120 over 80 still the target when you're 75? Mine runs about 140/80 and the practice nurse is happy but the cardiologist wants lower."),

    P("Quick one: does Lemsip Max contain paracetamol? Already taken 2 x 500mg Panadol at 9am. 34M."),

    P("I'm 61, a Jehovah's Witness, and I need a hip replacement. Will the hospital respect my refusal of blood? Surgery is pencilled for 21 January at the Nuffield."),

    P("MY BLOOD SUGAR WAS 3.1 AT 4AM. I HAD A JAM SANDWICH AND IT WENT UP TO 6.8. I AM 79 AND ON INSULIN LANTUS 18 UNITS. SHOULD I LOWER IT"),

    P("Our son is 14, 5ft 3 and 38kg. He eats constantly but stays skinny. Should we worry?"),

    P("Daughter (2) swallowed a 1p coin at 3pm, she's eating and drinking fine and not coughing. Do we wait for it to come out?"),

    P("Is Sjogren's the same as lupus? My rheumatologist mentioned both. 48F, ANA positive 1:640."),

    P("Been on Prozac 20mg since 2017, want to come off before trying for a baby. 30F. How slowly?"),

    P("Went to the Specsavers in Truro and the optometrist said my pressure was 27 in the right eye. I'm 64. Glaucoma?"),

    P("Heather is blooming on the moors and my hayfever is terrible, I'm 35, cetirizine isn't touching it. What's stronger?"),

    P("i'm 18 and just started at uni, freshers flu has lasted 3 weeks now. cough and tired. normal?"),

    P("Is it safe to take Kalms tablets with my blood pressure medication amlodipine 5mg? 58F."),

    P("pain under right ribs after a Big Mac every time, 41F, 3 kids, overweight. gallstones?"),

    P("Hello. My mother is 89, weighs 45kg and has been prescribed 1g of paracetamol four times a day by the hospital. Isn't that too much for her weight?"),

    P("Bob haircut revealed a bald patch the size of a 50p coin at the back of my head. 27F, stressed at work. Alopecia areata?"),

    P("Am 66, do I still need smear tests? Last one was 2019, normal. Letter says I'm discharged from screening."),

    P("Ivy plant in my garden gave me a rash? Red itchy bumps on my arms after pruning yesterday. 50M."),

    P("my husband's eGFR dropped from 55 to 41 in a year and he's 74. nephrology referral was sent on 6 March, still nothing. normal wait?"),

    P("Lily pollen got on my cat and she's fine, but my son (4) licked his fingers after touching the flowers. He seems well. Is lily poisonous to humans?"),

    P("Dear Doctor\nI write as the organist at our parish church. For two months my fingers have been stiff in the mornings for over an hour and my knuckles are swollen. I am 69. Could this be rheumatoid?\nYours sincerely"),

    P("Sat in Ward 7 with my dad at Leeds General, he's 80, they've said he needs a TAVI. What is that and is it a big operation?"),

    P("PLEASE ADVISE I HAVE A LUMP ON MY EYELID FOR 3 MONTHS. 78 YEARS OLD. MY OPTICIAN SAID CHALAZION"),

    P("My 10 year old has ADHD and started Medikinet 10mg on Monday. He's not eating lunch at all. Is that usual?"),

    P("Born 1944, still working as a locum pharmacist two days a week. I'm wondering whether my hand tremor, worse when I'm counting tablets, should be looked at."),

    P("is 9 stone too light for a man my height, 5 ft 10, aged 17? people keep commenting"),

    P("My mum (77) had a Colles fracture in January and the cast came off 6 weeks later. Her wrist is still stiff and she can't open jars. Is physio still worth it in May?"),

    P("2 weeks since my tonsillectomy at the Alder Hey... sorry, I mean my son's. He's 7. There's a white patch at the back of his throat. Normal healing?"),

    P("Does the Mounjaro injection affect the pill? 32F, 5mg dose."),

    P("HELLO I AM A MEMBER OF THE OVER 60S BOWLS AT WORTHING AND I HAVE A SORE ELBOW FROM BOWLING, GOLFERS ELBOW THEY CALL IT. I AM 74. HOW LONG TO HEAL."),

    P("the practice nurse took my blood pressure three times, 162/94, 158/90, 155/92. i'm 62. she wants me to do a home monitor for a week. whats the point"),

    P("Jack-knifed my back lifting the lawnmower into the car. 55M. Can't stand straight. No numbness. How long for a muscle spasm?"),

    P("Angel of a nurse at Kettering General told me my potassium was 5.9 before I was discharged. Now I'm home should I avoid bananas? 70M, on spironolactone."),

    P("I'm 36 weeks, first baby, the midwife says baby is breech. Booked for ECV at the Rosie on Friday. Does it hurt?"),

    P("Had a bad reaction to Co-amoxiclav in 1998 (rash all over). Now the dentist wants to give me amoxicillin. Is that the same family? 60F."),

    P("Dear Sir or Madam,\nI am 82 and attend the warfarin clinic at the health centre every fortnight. I have been told the clinic is moving to the community hospital in Malton which is 12 miles away and I no longer drive. Is there any alternative such as a home testing machine?\nYours faithfully,\nA long-standing patient"),

    P("i work at Carrow Road on matchdays as a steward, 48, and my knee gives way on the stairs. they want a fitness note. who do i see",
      [], ["Carrow Road"]),

    P("I'm a 27F barista at the Costa in Fenwick and I've got eczema on my hands from the washing up. Is there a cream I can use under gloves?",
      [], ["the Costa in Fenwick"]),

    P("I teach Year 2 at a little village school, Thornby C of E, and three children have had slapped cheek this month. I'm 12 weeks pregnant. Should I be tested? 34F.",
      [], ["Thornby C of E"]),

    P("Hi, I'm 40 and I'm a sous chef at The Old Mill restaurant in Bakewell. I burnt my forearm on the oven door last Tuesday and it's now weeping yellow fluid. Infection?",
      [], ["The Old Mill restaurant in Bakewell"]),

    P("I work in the office at Brambles Veterinary Clinic and got scratched by a cat two weeks ago, the lymph node in my armpit is up. 31F. Cat scratch fever?",
      [], ["Brambles Veterinary Clinic"]),

    # a few more with identifiers
    P("hi doc my email is bigdaveb1952@example.net, yes I was born in 52, 73 now, and I'm on warfarin after my valve. Can I have a pint at the bowls club social on Saturday? Dave",
      [("email", "bigdaveb1952@example.net"), ("name", "Dave")]),

    P("Dear Sir or Madam,\nI attended your eye clinic on 2 September (hospital number EYE-401182) and was told to put drops in four times a day. The chemist has given me a different brand. Is it the same thing?\nYours faithfully,\nMrs Constance Whitehead\nFlat 22, Marlborough House, Sea Road, Bognor Regis PO21 1HT",
      [("id_number", "EYE-401182"), ("name", "Constance Whitehead"),
       ("address", "Flat 22, Marlborough House, Sea Road, Bognor Regis PO21 1HT")]),

    P("MY HUSBAND FRED IS 90 HE HAS A PACEMAKER AND HIS ANKLES ARE SWOLLEN. PHONE 01632 960847 AND SHOUT AS WE ARE BOTH DEAF. MAVIS",
      [("name", "FRED"), ("phone", "01632 960847"), ("name", "MAVIS")]),

    P("my daughter set me up on facebook, i'm https://www.facebook.example.com/profile.php?id=100077321 if the nurse wants to message me about my leg dressing. i'm 85 and housebound. Dot",
      [("url", "https://www.facebook.example.com/profile.php?id=100077321"), ("name", "Dot")]),

    P("Hello, my husband Bernard, 80, date of birth 15/10/1945, has his pacemaker check due. We've moved from Hull to 3 Lindisfarne Way, Alnwick NE66 1TS. Can his checks be transferred? His pacing clinic number was HRI-77120. Many thanks, Sylvia",
      [("name", "Bernard"), ("date_of_birth", "15/10/1945"), ("address", "3 Lindisfarne Way, Alnwick NE66 1TS"),
       ("id_number", "HRI-77120"), ("name", "Sylvia")]),

    P("Parked outside the surgery in a blue badge space, reg number AE57 GHK, while I went in for my B12 jab and got a parking ticket anyway! Anyway, I'm 79, is the B12 jab every 3 months for life? Hilary",
      [("licence_plate", "AE57 GHK"), ("name", "Hilary")]),

    P("good evening, please excuse my typing  i am 88  and my name is  Douglas Finlay  i had a stroke in 2021 and my right hand is still weak  the physio at the day hospital has finished  i want more  can i pay for it  my son's email is  finlay.r@example.com",
      [("name", "Douglas Finlay"), ("email", "finlay.r@example.com")]),

    P("saw someone on threads (@silverfoxrunner) running marathons at 75 with a pacemaker. I'm 72 with one fitted last year. Could I start running?",
      [("handle", "@silverfoxrunner")]),
]
