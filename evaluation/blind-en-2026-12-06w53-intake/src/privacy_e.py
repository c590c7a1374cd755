# Hand-written privacy items, part E (trap-only: no identifiers; some quasi flags).

ITEMS = [
    (
        "We're going on holiday to Florence in June and my daughter has Crohn's. Should we pack extra Imodium or will that make things worse?",
        [], [],
    ),
    (
        "Will Calpol and Nurofen together bring a temperature down faster? Little one is 3 and it's 38.9.",
        [], [],
    ),
    (
        "My GP referred me to Addenbrooke's for suspected Barrett's oesophagus. How long is the wait usually?",
        [], [],
    ),
    (
        "Grace period on prescriptions? My repeat for 75mg aspirin ran out on the 3rd and the surgery's closed till Monday.",
        [], [],
    ),
    (
        "Hi, my son was born in 2011 and he's just been diagnosed with Osgood-Schlatter. He plays for a team in Chelsea on Saturdays. "
        "Does he need to stop football completely?",
        [], [],
    ),
    (
        "Is Sudocrem ok to put on a cold sore? Sorry if that's a daft question.",
        [], [],
    ),
    (
        "Mum was diagnosed with Alzheimer's two years ago and lives in Adelaide. We're in Auckland. How do I know when it's time for care?",
        [], [],
    ),
    (
        "Rose hip supplements for arthritis - any evidence? I'm 67, knees are shot, currently on co-codamol 30/500.",
        [], [],
    ),
    (
        "Had my BP done at Boots, it was 152/96. Then at home it was 138/88. Which one do I believe?",
        [], [],
    ),
    (
        "Victoria sponge at a birthday party and now my 5 year old has hives everywhere. He's breathing fine and playing. Piriton dose for a 5 year old?",
        [], [],
    ),
    (
        "My husband has Raynaud's and his fingers go white then blue in the cold. We're moving to Dunedin next winter. Anything that helps?",
        [], [],
    ),
    (
        "Symptoms started on 14 February, a cough, then fever on the 16th, then I lost my sense of smell by the 18th. Still not back a "
        "month later. Will it come back?",
        [], [],
    ),
    (
        "Our son is at Bishop Vesey's and there's been a case of meningitis in his year group. The school letter says no action needed. "
        "Is that right? He's fine.",
        [], ["Bishop Vesey's"],
    ),
    (
        "Can you get Bell's palsy twice? I had it in 2009 on the left and now the right side of my mouth feels a bit odd.",
        [], [],
    ),
    (
        "I'm 5'4 and 11 stone 2. Is that overweight for a woman of 52? The NHS BMI calculator says yes but I feel fine.",
        [], [],
    ),
    (
        "Appointment at the Royal Victoria on 22 October for my cataract. Can I drive myself home?",
        [], [],
    ),
    (
        "Does Lemsip interact with sertraline? I've got a stinking cold.",
        [], [],
    ),
    (
        "Mark on my baby's back since birth, bluish-grey, the midwife called it a Mongolian blue spot. Is that the proper name still? Does it go?",
        [], [],
    ),
    (
        "Hope someone can help. My HbA1c went from 52 to 61 in six months despite metformin 1g twice a day. What's next usually?",
        [], [],
    ),
    (
        "We live just outside Shannon and my 8 year old has had nosebleeds every day this week. Vaseline up the nose - does that actually work?",
        [], [],
    ),
    (
        "Daughter (16) wants to start the pill, she's been reading about Microgynon and blood clots. Is that a real risk at her age?",
        [], [],
    ),
    (
        "Florence Nightingale would be spinning in her grave at the state of our local A&E. Anyway, question: how long should a sprained "
        "ankle take to heal? It's been 3 weeks.",
        [], [],
    ),
    (
        "Sydney-based, 34F. Had a Pap smear (the old kind) years ago, now they say cervical screening test every 5 years. Is that enough?",
        [], [],
    ),
    (
        "June last year I had a Baker's cyst drained. It's back. Is that common?",
        [], [],
    ),
    (
        "My little girl goes to Mary MacKillop Primary and the school nurse says she has a heart murmur. She's 6 and active. Should we be worried?",
        [], ["Mary MacKillop Primary"],
    ),
    (
        "Pat dry or air dry after using Canesten cream? And how long before I can have sex again? Sorry",
        [], [],
    ),
    (
        "I've had Graves' disease since my 20s and now I'm 41 and they want to do radioactive iodine. Will I put on weight afterwards?",
        [], [],
    ),
    (
        "Our granddaughter was seen at Great Ormond Street for suspected Kawasaki disease but they sent her home. Can it come back?",
        [], [],
    ),
    (
        "Frank question - is it normal to have erectile problems at 38? I'm on propranolol 40mg for anxiety.",
        [], [],
    ),
    (
        "Amber warning for heat here in Kent tomorrow. My dad is 89 and on bendroflumethiazide. Should he drink more than usual or less?",
        [], [],
    ),
    (
        "Hamilton is where my parents live, I'm in Wellington. Dad had a TIA last year. Mum keeps asking if he should still take aspirin "
        "as well as clopidogrel. Is that normal?",
        [], [],
    ),
    (
        "Marmite on toast is all my 2 year old eats. Is the salt a problem? Weighs 12.5 kg, 88 cm.",
        [], [],
    ),
    (
        "Just got back from the Alder Hey sleep clinic with my son, they think it's narcolepsy. Is it lifelong?",
        [], [],
    ),
    (
        "Darwin in the wet season and my feet are peeling between the toes. Athlete's foot? Which cream, the Lamisil one?",
        [], [],
    ),
    (
        "Sue the hospital? My mum had a hip replacement and they left her on a trolley for 14 hours first. She's 84. "
        "I'm not sure that's even what I want, I just want to know if that's normal.",
        [], [],
    ),
    (
        "Is the Epley manoeuvre something you can do at home? I've got that spinning dizziness when I roll over in bed. 59 female.",
        [], [],
    ),
    (
        "My son (Year 10) at St Aidan's College keeps getting cold sores before exams. Stress? Can he take aciclovir tablets as prevention?",
        [], ["St Aidan's College"],
    ),
    (
        "Eosinophils 0.8, everything else normal. GP said 'slightly raised, nothing to worry about'. What raises them?",
        [], [],
    ),
    (
        "Dawn raids on my fridge at 3am lol - seriously though, I'm 5 months postpartum and eating constantly at night. Is that "
        "a breastfeeding thing or am I just being greedy?",
        [], [],
    ),
    (
        "Kerry is beautiful but the midges had a field day with my kids. One of them has a huge swollen bite on his eyelid, eye can "
        "barely open. No fever. Antihistamine enough?",
        [], [],
    ),
    (
        "Vegemite for B vitamins - is that enough for a vegetarian teenager or do we need a supplement?",
        [], [],
    ),
    (
        "We saw the professor at the Christie last week (lovely man) and he said the Hodgkin lymphoma is in remission. "
        "What does remission actually mean long term?",
        [], [],
    ),
    (
        "Holly berries - my toddler might have eaten one in the garden, not sure. How poisonous are they? She seems completely fine.",
        [], [],
    ),
    (
        "Had the Guthrie test (heel prick) done on our baby on day 5. Midwife said we'd only hear if something was wrong. It's been 3 weeks. "
        "No news is good news?",
        [], [],
    ),
    (
        "My partner has Tourette's and his tics are getting worse with stress at work. He's 29. Is there medication that doesn't make "
        "you a zombie?",
        [], [],
    ),
    (
        "Clare, Galway, Mayo - we've toured the whole west coast and my husband got a tick bite somewhere along the way. There's a red ring "
        "round it now, about 6 cm. Lyme disease?",
        [], [],
    ),
    (
        "Gilbert's syndrome came up on my blood test (bilirubin 34). Do I need to avoid paracetamol?",
        [], [],
    ),
    (
        "Reading the leaflet for my new tablets, Ramipril 2.5 mg, and it says 'Do not take if you have a history of angioedema'. "
        "What's angioedema?",
        [], [],
    ),
    (
        "Preston bus station is where I felt dizzy yesterday and had to sit down. I'm 26 and think I just hadn't eaten. Anything to worry about?",
        [], [],
    ),
    (
        "Ivy rash from clearing the garden - it's itchy and blistering on both forearms. E45 isn't touching it. Should I try hydrocortisone?",
        [], [],
    ),
]
