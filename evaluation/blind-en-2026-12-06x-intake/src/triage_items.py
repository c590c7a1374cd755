# Hand-written triage items for en25-intake.
# Each entry: (text, department, age_range, gender)
# Four per department, written individually.

TRIAGE_ITEMS = [
    # cardiology
    (
        "Been getting palpitations \u2014 like my heart skips, then one big thump \u2014 mostly when I lie "
        "down at night. 44F, ECG last year was normal. Should I be asking for one of those 24 hour monitors?",
        "cardiology", "40~49", "female",
    ),
    (
        "My dad's 71 and at his check-up the doctor heard a murmur, said 'probably aortic stenosis' and "
        "ordered an echo. What happens if it turns out to be severe? Do they operate at his age?",
        "cardiology", "70~79", "male",
    ),
    (
        "bp still 150/95 most days even on amlodipine 10 and ramipril. what do they usually add next, "
        "and should i be seeing a specialist by now",
        "cardiology", "50~59", "undisclosed",
    ),
    (
        "Diagnosed with AF last month at 63. They put me on apixaban and bisoprolol. If my heart goes back "
        "into normal rhythm do I still need the blood thinner for life?",
        "cardiology", "60~69", "undisclosed",
    ),
    # dentistry
    (
        "wisdom tooth bottom left keeps getting the gum swollen over it, cant open my mouth all the way "
        "and it tastes gross. 22. does it need to come out?",
        "dentistry", "20~29", "undisclosed",
    ),
    (
        "My 5 year old chipped his front baby tooth on the slide and a week later it's gone grey. Is the "
        "tooth dying? Will it affect the adult tooth underneath?",
        "dentistry", "0~9", "male",
    ),
    (
        "Gums bleed every time I brush and my breath is awful even after mouthwash. I'm 38 and 20 weeks "
        "pregnant if that matters. Is it safe to have a dental clean now?",
        "dentistry", "30~39", "female",
    ),
    (
        "Teeth have been really sensitive to cold since I used whitening strips for two weeks. Did I wreck "
        "my enamel? \U0001F62C",
        "dentistry", "20~29", "undisclosed",
    ),
    # dermatology
    (
        "A mole on my back has got darker and the edge looks smudged, my husband spotted it. It's maybe "
        "7mm. I'm 52 and burned a lot as a kid.",
        "dermatology", "50~59", "female",
    ),
    (
        "Really bad acne on my jaw and chin at 27, flares every month before my period. Tried every wash "
        "from the chemist. What's next \u2014 is it worth a dermatologist?",
        "dermatology", "20~29", "female",
    ),
    (
        "Scalp is so flaky and itchy, thick yellowish scales behind my ears and on my eyebrows too. Head & "
        "Shoulders does nothing. (m, 35)",
        "dermatology", "30~39", "male",
    ),
    (
        "Hair coming out in patches, my barber pointed out two perfectly round bald spots at the back. "
        "I'm 19, nonbinary, no other problems. Will it grow back?",
        "dermatology", "10~19", "other",
    ),
    # endocrinology
    (
        "Front of my neck looks swollen, I've lost 5 kg without trying, hands shake and I'm always too "
        "hot when everyone else is cold. 31F.",
        "endocrinology", "30~39", "female",
    ),
    (
        "Type 1 for 20 years. Since I took up running my sugars keep dropping overnight. How should I be "
        "adjusting my basal insulin on run days?",
        "endocrinology", "30~39", "undisclosed",
    ),
    (
        "My son is 14 and by far the shortest in his year, no signs of puberty at all yet, his younger "
        "cousins have overtaken him. Should we see a specialist or just wait?",
        "endocrinology", "10~19", "male",
    ),
    (
        "Routine bloods: calcium 2.8 (high), PTH also high. GP mentioned the parathyroid and said she'd "
        "refer. What actually happens next and is it urgent?",
        "endocrinology", "50~59", "undisclosed",
    ),
    # family-medicine
    (
        "Haven't had a check-up in about 6 years. I'm 40, male, no problems that I know of. What tests "
        "should I be asking for at my age?",
        "family-medicine", "40~49", "male",
    ),
    (
        "cold for 10 days now. stuffy nose, bit of a cough, tired. when does it stop being a cold and "
        "become something I need antibiotics for?",
        "family-medicine", "30~39", "undisclosed",
    ),
    (
        "I just feel generally run down and have done for a couple of months. Sleeping ok, eating ok, "
        "nothing specific hurts. 57, woman. Where do I even start?",
        "family-medicine", "50~59", "female",
    ),
    (
        "Do I need a doctor's note for work if I've been off with flu for 8 days? My manager is asking "
        "and I'm still coughing a bit.",
        "family-medicine", "30~39", "undisclosed",
    ),
    # gastroenterology
    (
        "Heartburn nearly every day for a year, and now food feels like it sticks halfway down, "
        "especially bread. I'm 61.",
        "gastroenterology", "60~69", "undisclosed",
    ),
    (
        "Alternating diarrhoea and constipation, bloated like I'm pregnant by evening, worse when I'm "
        "stressed. 26F. Is it IBS and how do you actually get that diagnosed?",
        "gastroenterology", "20~29", "female",
    ),
    (
        "Liver blood test came back with ALT 98 and my GP said 'fatty liver'. I don't drink much at all. "
        "Does it reverse if I lose weight?",
        "gastroenterology", "40~49", "undisclosed",
    ),
    (
        "Blood mixed in with my stool for about 3 weeks and I've lost a bit of weight. I'm a 58 year old "
        "man, never had a colonoscopy.",
        "gastroenterology", "50~59", "male",
    ),
    # general-surgery
    (
        "Bulge in my right groin when I stand up or cough, disappears when I lie down. Bit achy by the end "
        "of the day. 45M, builder.",
        "general-surgery", "40~49", "male",
    ),
    (
        "Gallstones confirmed on ultrasound and I've had 3 attacks of pain this year after fatty meals. "
        "Do I need the gallbladder taken out or can I manage with diet?",
        "general-surgery", "40~49", "undisclosed",
    ),
    (
        "painful lump at the top of my bum crack near the tailbone, keeps swelling up and draining pus. "
        "20 y/o guy. does this need cutting out?",
        "general-surgery", "20~29", "male",
    ),
    (
        "Soft lump under the skin of my forearm, been there about a year, moves when I press it, doesn't "
        "hurt. Lipoma? Will they remove it if I ask?",
        "general-surgery", "30~39", "undisclosed",
    ),
    # hematology-oncology
    (
        "Blood test showed platelets 520, they repeated it a month later and it was 540. 67F. GP says "
        "she'll refer me. What causes high platelets?",
        "hematology-oncology", "60~69", "female",
    ),
    (
        "Finished chemo and radiotherapy for breast cancer in the spring. How often should I be having "
        "scans now, and who arranges them?",
        "hematology-oncology", "50~59", "female",
    ),
    (
        "My husband is 34 and has had swollen glands in his neck for 6 weeks, soaks the sheets with "
        "sweat at night and has lost weight. GP has done bloods. What are they looking for?",
        "hematology-oncology", "30~39", "male",
    ),
    (
        "I bruise so easily \u2014 big bruises I don't remember getting, and my gums bleed when I floss. "
        "My haemoglobin was fine. Could it be a clotting problem? Who tests for that?",
        "hematology-oncology", "20~29", "undisclosed",
    ),
    # infectious-diseases
    (
        "Got back from Thailand last month and I've had diarrhoea on and off ever since, lost about 4 kg. "
        "Could it be a parasite? What tests should I ask for?",
        "infectious-diseases", "20~29", "undisclosed",
    ),
    (
        "Just found out someone I slept with about two months ago has HIV. I did a home test yesterday "
        "and it was negative. Is that reliable yet or do I need a proper test?",
        "infectious-diseases", "20~29", "undisclosed",
    ),
    (
        "Cellulitis in my left leg keeps coming back, this is the 4th course of flucloxacillin this year. "
        "55M, type 2 diabetic. Is there a way to stop it recurring?",
        "infectious-diseases", "50~59", "male",
    ),
    (
        "Is there a cure for hepatitis C these days? I was told I had it years ago and never did "
        "anything about it. I'm 48 now and feel fine.",
        "infectious-diseases", "40~49", "undisclosed",
    ),
    # nephrology
    (
        "Mum's kidney function (eGFR) went from 62 to 45 in one year. She's 66 and diabetic. Her GP says "
        "'keep an eye on it'. Shouldn't she see a kidney doctor?",
        "nephrology", "60~69", "female",
    ),
    (
        "Protein in my urine on the dipstick at every antenatal... sorry, not pregnant any more, at every "
        "check since my baby was born a year ago. 29F, BP normal. Next step?",
        "nephrology", "20~29", "female",
    ),
    (
        "Dad's on dialysis 3 times a week at the unit and he's exhausted all the time. He's 82. Is home "
        "dialysis an option for someone his age?",
        "nephrology", "80+", "male",
    ),
    (
        "Polycystic kidney disease runs on my mum's side \u2014 she and her brother both have it. I'm 25. "
        "Should I get scanned or tested now?",
        "nephrology", "20~29", "undisclosed",
    ),
    # neurology
    (
        "Tingling and numbness in both feet, slowly creeping up over 6 months, now past my ankles. Not "
        "diabetic, don't drink much. 52M.",
        "neurology", "50~59", "male",
    ),
    (
        "Headaches every morning for 3 weeks, worse lying down and when I cough or strain. Eases a bit "
        "by lunchtime. 38F.",
        "neurology", "30~39", "female",
    ),
    (
        "My wife (60) has started shuffling when she walks and her right hand trembles when it's resting "
        "in her lap. Her handwriting has got tiny too.",
        "neurology", "60~69", "female",
    ),
    (
        "Had my first ever seizure 2 months ago, EEG and MRI normal. Do I have to stop driving, and for "
        "how long? I'm 33.",
        "neurology", "30~39", "undisclosed",
    ),
    # obstetrics-gynecology
    (
        "Periods have got really heavy and painful over the last two years. Ultrasound shows two "
        "fibroids, 4 cm and 6 cm. I'm 42. What are my options besides a hysterectomy?",
        "obstetrics-gynecology", "40~49", "female",
    ),
    (
        "12 weeks pregnant with our first \U0001F476 when is the anomaly scan and what's this nuchal test "
        "everyone mentions?",
        "obstetrics-gynecology", "30~39", "female",
    ),
    (
        "Haven't had a period in 5 months, not pregnant, getting acne and dark hairs on my chin. 23. "
        "Could it be PCOS?",
        "obstetrics-gynecology", "20~29", "female",
    ),
    (
        "Smear came back HPV positive with 'low grade changes'. I've been referred for a colposcopy. What "
        "does it involve and does it hurt?",
        "obstetrics-gynecology", "30~39", "female",
    ),
    # ophthalmology
    (
        "Floaters in my right eye for years, nothing new or different, but they really bother me when "
        "I'm reading on a white screen. Anything that can be done? 58.",
        "ophthalmology", "50~59", "undisclosed",
    ),
    (
        "My mother is 84 and her vision has gone cloudy, and the glare from headlights at night is so bad "
        "she's finally stopped driving after dark. Cataracts?",
        "ophthalmology", "80+", "female",
    ),
    (
        "Eyes red and gritty every morning, lids crusty and stuck together. 30M, wear contacts most days.",
        "ophthalmology", "30~39", "male",
    ),
    (
        "Optician measured my eye pressure at 26 in both eyes and referred me on. Does that mean "
        "glaucoma? My dad had it.",
        "ophthalmology", "50~59", "undisclosed",
    ),
    # orthopedics
    (
        "Knee gives way on stairs since I twisted it playing football 2 months ago, and sometimes it "
        "locks and I have to wiggle it to straighten. 27M.",
        "orthopedics", "20~29", "male",
    ),
    (
        "Pain in my groin when I walk, x-ray shows arthritis in the hip. I'm 72 and it's stopping me "
        "doing my shopping. When do they consider a replacement?",
        "orthopedics", "70~79", "female",
    ),
    (
        "Wrist still sore at the base of the thumb 3 weeks after falling on my outstretched hand. X-ray "
        "on the day was normal. Should it be repeated?",
        "orthopedics", "20~29", "undisclosed",
    ),
    (
        "Bunion on my right foot getting worse and worse, can barely find shoes. 55, woman, on my feet "
        "all day at work. Is surgery worth it?",
        "orthopedics", "50~59", "female",
    ),
    # otolaryngology
    (
        "Hoarse voice for 6 weeks now, no cold. I smoke about 15 a day. 59M.",
        "otolaryngology", "50~59", "male",
    ),
    (
        "My daughter (17) has had tonsillitis 7 times this year and keeps missing school. Would they take "
        "her tonsils out at her age?",
        "otolaryngology", "10~19", "female",
    ),
    (
        "blocked nose on one side constantly, sense of smell basically gone, sneezing. nasal spray for "
        "months does nothing. polyps?",
        "otolaryngology", "40~49", "undisclosed",
    ),
    (
        "Ringing in both ears and hearing is worse on the left than the right, slowly over about a year. "
        "47. Who checks this properly?",
        "otolaryngology", "40~49", "undisclosed",
    ),
    # pediatrics
    (
        "My 3 year old has had a cough and runny nose for 2 weeks, eating and playing fine, no fever. Is "
        "this just what nursery does to them?",
        "pediatrics", "0~9", "undisclosed",
    ),
    (
        "Baby (4 months) brings up milk after nearly every feed but is gaining weight well and seems "
        "happy. Is that reflux and does it need treating?",
        "pediatrics", "0~9", "undisclosed",
    ),
    (
        "My 8 yo daughter has tummy aches most mornings and sometimes at bedtime. Poos normal, eating "
        "normally. Should our doctor be checking something?",
        "pediatrics", "0~9", "female",
    ),
    (
        "Son is 2 and not talking much, maybe 15 words, but understands everything. Is that delayed?",
        "pediatrics", "0~9", "male",
    ),
    # psychiatry
    (
        "I can't stop checking the locks and the oven, it takes me 40 minutes to leave the house and I'm "
        "late for work all the time. 29F. Is this OCD?",
        "psychiatry", "20~29", "female",
    ),
    (
        "Been on sertraline 100mg for 2 years and feel well. I want to come off it. How slowly should I "
        "taper so I don't get the brain zaps?",
        "psychiatry", "30~39", "undisclosed",
    ),
    (
        "Our 19 year old son has started saying he hears people talking about him and that the "
        "neighbours are watching him through the walls. He's calm, not aggressive. How do we get him "
        "assessed?",
        "psychiatry", "10~19", "male",
    ),
    (
        "Periods where I barely sleep for days and spend loads of money, then weeks where I can't get out "
        "of bed. Could this be bipolar? 34M",
        "psychiatry", "30~39", "male",
    ),
    # pulmonology
    (
        "Breathless walking up hills, cough with phlegm every morning, smoked for 30 years (quit last "
        "year). 62M. Is this COPD and how do they test?",
        "pulmonology", "60~69", "male",
    ),
    (
        "Asthma getting worse even though I take my brown inhaler every day. Coughing at night and "
        "using the blue one 4 or 5 times a week.",
        "pulmonology", "20~29", "undisclosed",
    ),
    (
        "CT for something else found a 6mm nodule in my right lung. The letter says 'repeat in 12 "
        "months'. Is waiting that long safe?",
        "pulmonology", "50~59", "undisclosed",
    ),
    (
        "Mum's 70. Dry cough and breathlessness getting slowly worse over a year, and the GP heard "
        "'crackles' at the bottom of both lungs.",
        "pulmonology", "70~79", "female",
    ),
    # rehabilitation
    (
        "Dad had a stroke in January, he's home now but his right arm is still weak and his walking is "
        "slow. The hospital physio has stopped. How do we get more rehab?",
        "rehabilitation", "70~79", "male",
    ),
    (
        "6 weeks after ACL reconstruction and my knee still won't straighten fully. Am I behind? What "
        "should I be doing between physio sessions?",
        "rehabilitation", "20~29", "undisclosed",
    ),
    (
        "After my hip replacement I'm walking with a stick but slowly. What exercises should I be doing "
        "at home? 68F",
        "rehabilitation", "60~69", "female",
    ),
    (
        "broke my ankle back in spring, cast off ages ago but I still limp and it stiffens up after "
        "sitting. is it too late for physio to help?",
        "rehabilitation", "30~39", "undisclosed",
    ),
    # rheumatology
    (
        "Hands stiff for over an hour every morning, knuckles swollen and warm. 45F. My mum had "
        "rheumatoid. Is this how it starts?",
        "rheumatology", "40~49", "female",
    ),
    (
        "Lower back pain and stiffness since my early 20s \u2014 better when I exercise, worse when I rest, "
        "wakes me in the second half of the night. 31M.",
        "rheumatology", "30~39", "male",
    ),
    (
        "Rash across my cheeks and nose after being in the sun, joint pains in my hands, really tired. "
        "Blood test says ANA positive. What does that mean?",
        "rheumatology", "20~29", "undisclosed",
    ),
    (
        "5 gout flares this year. GP wants to start allopurinol. Do I take it forever? And why did my "
        "last flare happen right after starting it?",
        "rheumatology", "50~59", "undisclosed",
    ),
    # urology
    (
        "Getting up 4 times a night to pee, weak stream, feel like I haven't finished. 67M.",
        "urology", "60~69", "male",
    ),
    (
        "CT showed a 5 mm kidney stone last month. The pain has mostly settled but I still get a dull "
        "ache in my side. Will I need a procedure to get it out?",
        "urology", "40~49", "undisclosed",
    ),
    (
        "erection problems for about 6 months, I'm 50, otherwise healthy, not on any meds. is it worth "
        "seeing someone or just try the blue pills",
        "urology", "50~59", "male",
    ),
    (
        "Saw blood in my urine once last week, no pain at all, cleared up. 64F, smoked for years. Do I "
        "need to do anything?",
        "urology", "60~69", "female",
    ),
    # nutrition
    (
        "What should I eat to bring my cholesterol down without tablets? I cook mostly Indian food at "
        "home \u2014 lots of ghee, rice, chapati.",
        "nutrition", "40~49", "undisclosed",
    ),
    (
        "Going vegan from January. I'm 24F and a bit worried about B12, iron and protein. What do I need "
        "to supplement?",
        "nutrition", "20~29", "female",
    ),
    (
        "My 12 year old daughter only eats beige food \u2014 pasta, chips, bread, crackers. She's "
        "growing fine. Is she getting enough nutrients?",
        "nutrition", "10~19", "female",
    ),
    (
        "Newly diagnosed type 2, 58M. How many carbs per meal is reasonable? The leaflet is useless.",
        "nutrition", "50~59", "male",
    ),
]
