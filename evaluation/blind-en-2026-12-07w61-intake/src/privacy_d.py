# Writer 61 - privacy items, file d: trap-only (no identifiers). Eponyms, brands, places that are names, numbers.

ITEMS = [
    (
        "My doctor thinks I have Hashimoto's. TSH 9.4, anti-TPO over 600. I'm 34 and was born in 1990 in Regina. Do I "
        "need Synthroid forever?",
        [], [],
    ),
    (
        "Grace is a word I keep hearing at church but honestly I need some for myself, lol. Anyway, I've had Bell's palsy "
        "on the left side since last Thursday. Prednisone started Friday. Will my face go back to normal?",
        [], [],
    ),
    (
        "Was seen at Mayo Clinic in Rochester in 2019 for Crohn's. Now living in Jackson and the nearest GI is 3 hours. "
        "Can my family doctor refill Humira 40 mg every 2 weeks?",
        [], [],
    ),
    (
        "Frank blood in the toilet after a bowel movement this morning, bright red, on the paper too. I'm 28, no pain. "
        "Hemorrhoids or something worse?",
        [], [],
    ),
    (
        "Tylenol vs Advil for a toddler with fever 39.2? She's 2 years, 26 lbs. How many mL of the infant Tylenol "
        "(160 mg/5 mL)?",
        [], [],
    ),
    (
        "Is Ozempic the same as Wegovy? My A1c is 6.9 and I weigh 232 lb at 5'4\". Insurance covers one but not the other.",
        [], [],
    ),
    (
        "Victoria BC has so much pollen this spring. I'm 45 and I've tried Claritin, Allegra, Flonase. Nothing works. "
        "Allergy shots worth it?",
        [], [],
    ),
    (
        "April, May and June are always my worst months for eczema. I'm 19. Is there something I can start in March to "
        "prevent the flare?",
        [], [],
    ),
    (
        "My cardiologist at Cedars-Sinai said my ejection fraction is 40%. BP 118/76, heart rate 58 on metoprolol "
        "succinate 50 mg. Appointment again on September 12. What does 40% mean?",
        [], [],
    ),
    (
        "Sudden hearing loss in my right ear on Monday the 3rd. ENT appointment is on the 14th. Should I push for "
        "steroids before that? 51, male.",
        [], [],
    ),
    (
        "I have a Baker's cyst behind my knee, 4 cm on ultrasound. Orthopedic at Sunnybrook says leave it. Will it burst? "
        "I'm 62.",
        [], [],
    ),
    (
        "Hope this is the right place. Diagnosed with Graves' disease, on methimazole 10 mg. My eyes feel gritty and "
        "look bulgy. Is that part of it?",
        [], [],
    ),
    (
        "Can you take Benadryl and Zoloft together? I take sertraline 100 mg and can't sleep. 5'7\", 140 lb, 26F.",
        [], [],
    ),
    (
        "Dupuytren's runs in my family (Norwegian background). Now my ring finger is bending. I'm 66. Surgery or the "
        "needle thing?",
        [], [],
    ),
    (
        "Lafayette, Louisiana here - it's 98 degrees and my feet swell every afternoon. I'm 72 on amlodipine 10. "
        "Is it the heat or the pill?",
        [], [],
    ),
    (
        "My kid's pediatrician mentioned Osgood-Schlatter. He's 13, plays hockey in Red Deer, bump below the knee hurts. "
        "Does he need to stop playing?",
        [], [],
    ),
    (
        "Sandy stools, really pale and greasy, floating, since around Easter. I'm 55, drink a fair bit. Pancreas?",
        [], [],
    ),
    (
        "Mark on my shin that won't go away, looks like a bruise but it's been 2 months. No injury. Is it something "
        "like erythema nodosum? I'm on the pill.",
        [], [],
    ),
    (
        "Had Kawasaki disease when I was 4 (in 1998). Now I'm pregnant. Do I need a heart check before delivery?",
        [], [],
    ),
    (
        "Guillain-Barré after a flu shot - is this real? I'm 70 and my daughter says I should skip it this year. I had "
        "the shot at Walgreens last year with no problem.",
        [], [],
    ),
    (
        "Ruby red rash on both cheeks of my 6 yr old, like slapped cheeks, and a lacy rash on her arms. She's not sick. "
        "Is this fifth disease? I'm 16 weeks pregnant.",
        [], [],
    ),
    (
        "Prince George winters are killing my mood. Every November I crash. Do those light boxes actually work? 10,000 "
        "lux, 30 minutes?",
        [], [],
    ),
    (
        "Johns Hopkins has a study on long COVID, I read. I've had brain fog since December 2022. 38M. Heart rate jumps "
        "to 130 when I stand. POTS?",
        [], [],
    ),
    (
        "Jack of all trades here, carpenter/plumber/roofer, 58, and my shoulder clicks with pain over my head. Rotator "
        "cuff? Can I keep working?",
        [], [],
    ),
    (
        "Charlotte or Raleigh - which has better hospitals for a second opinion on thyroid cancer? Papillary, 1.2 cm. "
        "I'm 41.",
        [], [],
    ),
    (
        "I take Eliquis 5 mg twice a day for AFib. Dentist wants to pull a tooth on the 22nd. Do I stop it? For how "
        "long?",
        [], [],
    ),
    (
        "My INR was 4.8 yesterday on warfarin 5 mg. Clinic told me to skip one dose. I bruise easily. Should I worry "
        "about bleeding? 77M, 5'9\" 170.",
        [], [],
    ),
    (
        "Amber colored urine every morning, but clear later. I'm 30, work outside in Phoenix. Just dehydration?",
        [], [],
    ),
    (
        "Sjögren's? Dry eyes, dry mouth, my dentist says lots of new cavities. I'm 48. What test do I ask for?",
        [], [],
    ),
    (
        "Are Tums okay every day? I eat about 8 a day for heartburn. Pregnant 30 weeks.",
        [], [],
    ),
    (
        "Carrying my 9 lb 4 oz baby all day has wrecked my wrists. De Quervain's the physio said. Brace or shot?",
        [], [],
    ),
    (
        "Madison, Georgia, Virginia, Austin - all the places I've lived and every one gave me a different allergy. "
        "Is it possible to develop new allergies at 50?",
        [], [],
    ),
    (
        "Sunny days give me a rash on my arms since I started doxycycline 100 mg twice a day for acne. Normal?",
        [], [],
    ),
    (
        "My father was born in 1944 and has Parkinson's. Now he sees little people in the corners. Is it the Sinemet? "
        "He's on 25/250 four times a day.",
        [], [],
    ),
    (
        "Do I need the RSV vaccine at 62? My pharmacist at Shoppers said it's for 60+. I have COPD, FEV1 58%.",
        [], [],
    ),
    (
        "Herb supplements: ashwagandha, milk thistle, and St. John's wort. Can I take all three with my Lexapro 10?",
        [], [],
    ),
    (
        "Lou Gehrig's disease scares me. My calf muscles twitch all the time, for 3 months. No weakness. 32M. "
        "Anxiety or ALS?",
        [], [],
    ),
    (
        "Carried my kid on my shoulders at Disney and now my neck and left arm tingle. 5 days ago. 42M. Pinched nerve?",
        [], [],
    ),
    (
        "Brandon Manitoba has no dermatologist taking patients. Mole on my back 7 mm, uneven color. Can my GP biopsy it?",
        [], [],
    ),
    (
        "Ménière's disease diagnosed 2021. Vertigo attacks twice a month now, up from once. On betahistine 16 mg three "
        "times daily. Next step?",
        [], [],
    ),
    (
        "Sonny boy (my pup) bit me on the hand, he's up to date on rabies shots. Puncture is red and swollen 2 days later. "
        "Antibiotics?",
        [], [],
    ),
    (
        "Cliff jumping at the lake last weekend, landed weird and my lower back hurts. No numbness. 20M. Ice or heat?",
        [], [],
    ),
    (
        "Crystal meth use, 6 months clean now. My teeth are a mess and my skin has sores. Will it heal? 34F.",
        [], [],
    ),
    (
        "Barrett's esophagus found on scope at Mass General. Short segment, no dysplasia. How often do I need a scope? "
        "I'm 57.",
        [], [],
    ),
    (
        "Cushing's was ruled out, cortisol normal. So why the stretch marks and round face? 26F, on no steroids, BMI 31.",
        [], [],
    ),
    (
        "Medicine Hat clinic gave me Bactrim for a UTI and now I have a rash all over my chest. Day 4 of 7. Stop?",
        [], [],
    ),
    (
        "Addison's disease here, on hydrocortisone 15 mg morning, 5 mg afternoon. Getting a stomach flu - how do I "
        "adjust my dose?",
        [], [],
    ),
    (
        "Sloan Kettering wants me to come in on the 9th for a second biopsy, breast lump 2.3 cm BI-RADS 4. Is waiting "
        "three weeks safe?",
        [], [],
    ),
    (
        "Pat, pat, pat - that's what the physical therapist does to my baby's back to loosen mucus. She's 11 months with "
        "bronchiolitis. Can I do it at home?",
        [], [],
    ),
    (
        "Rx: Keflex 500 mg QID x 10 days. I missed two doses. Do I restart the 10 days?",
        [], [],
    ),
    (
        "Down syndrome, my son is 19. His thyroid was checked at 18, normal. How often should we check? Also his "
        "weight is 210 lb at 5'3\".",
        [], [],
    ),
    (
        "Tietze syndrome - my chiropractor said that's what my rib pain is. Swelling where the rib meets the breastbone. "
        "Ok to trust that?",
        [], [],
    ),
]
