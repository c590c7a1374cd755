# Writer 65 - hard non-emergency items (file E): mild_symptom, plus extra hypothetical, relative, figure-of-speech
# and chronic-stable items for thinner families. Each item: (text, kind, family)

ITEMS = [
    # mild_symptom
    ("I banged my head on the kitchen cupboard door this morning getting the teabags out. I'm 75. There's a small bump and it's a bit tender. No headache to speak of, I didn't see stars. "
     "Frozen peas and carry on?", "mild_symptom", "head_injury"),
    ("Dear Doctor, I have a twinge in the left side of my chest when I cough with this cold, only when I cough, and it's sore to press there. I'm 70, otherwise well. Is it the cough straining something?",
     "mild_symptom", "chest_pain_other"),
    ("A bit more puffed than usual walking the dog since I had this cold a week ago. I'm 68. It's getting better day by day. Anything I should take?", "mild_symptom", "breathing_difficulty"),
    ("Cut my thumb slicing bread - it bled for five minutes and has stopped with a plaster. It's a clean cut about a centimetre. I'm 83. Does it need a tetanus jab?", "mild_symptom", "severe_bleeding"),
    ("Steam from the kettle caught the back of my hand. It's pink, stings a bit, no blisters, about the size of a stamp. I'm 72. Should I cover it?", "mild_symptom", "severe_burn"),
    ("My grandson is 7 months, had his jabs yesterday and has a temp of 37.9 today. He's feeding, smiling and kicking his legs. Is that a normal reaction?", "mild_symptom", "febrile_infant"),
    ("My granddaughter, 3, has had two runny poos today but she's drinking her juice and eating toast and playing normally. We're on holiday. Do I need to worry about dehydration?",
     "mild_symptom", "severe_dehydration_child"),
    ("My lips tingle a little when I eat raw apples, only for a few minutes, no swelling. I'm 66, I get hay fever. Is that an allergy?", "mild_symptom", "anaphylaxis"),
    ("I'm 8 weeks pregnant and noticed a tiny bit of pinkish spotting on the paper after sex this morning, just once, no cramps or pain. I feel fine. Should I mention it at my booking appointment next week?",
     "mild_symptom", "pregnancy_bleeding_or_pain"),
    ("I get a bit light-headed if I stand up too quickly from the armchair, lasts a couple of seconds and passes. I'm 80 and on blood pressure tablets. Should I have them reviewed?",
     "mild_symptom", "unconscious_unresponsive"),
    ("Woke up with pins and needles in my right hand and it went within ten minutes of shaking it. I'd been sleeping on that arm. I'm 73. Nothing else odd. Just a trapped nerve?",
     "mild_symptom", "stroke"),
    ("I've had one floater in my left eye for months, a little squiggle that drifts. No flashes, no shadows, nothing new. I'm 71. Do I need to do anything?", "mild_symptom", "vision_loss_sudden"),
    ("My calves ache after I walked 8 miles with the ramblers yesterday. Both legs equally, no swelling. I'm 69. Just overdoing it?", "mild_symptom", "blood_clot_PE"),
    ("My sugar was 3.9 before lunch, I had a biscuit and a glass of juice and it went up to 6.2. I feel fine. I'm 77 on gliclazide. Should my dose come down?", "mild_symptom", "diabetic_emergency"),
    ("A grumbling stomach ache and wind after my birthday curry. I'm 74. I've been to the loo. It's easing. Anything for wind?", "mild_symptom", "severe_abdominal_pain"),
    ("I had a fish bone scratch my throat at dinner. It feels scratchy when I swallow but I'm eating and drinking fine and breathing normally. I'm 79. Will it settle?", "mild_symptom", "choking"),
    ("I've had a dull ache in my left testicle on and off for a few weeks, worse after standing all day. No swelling or lump that I can feel. I'm 48. Varicocele?", "mild_symptom", "testicular_torsion"),
    ("Feeling a bit low and teary since the clocks went back. I'm 76. Still seeing friends and enjoying my crossword. No dark thoughts. Is it just winter blues?", "mild_symptom", "suicidal_intent"),
    ("I have a slight temperature of 37.7 and a runny nose. I'm 81. I feel a bit rough but I'm eating and pottering about. Paracetamol and bed?", "mild_symptom", "sepsis_signs"),
    ("Stiff neck this morning - I think I slept awkwardly on the new pillow. No fever, no headache. I'm 67. Can I use a heat pad?", "mild_symptom", "meningitis_signs"),
    ("Twinge in my lower back after lifting the compost bag. I'm 63. I can walk, no numbness, waterworks fine. How long before I can garden again?", "mild_symptom", "cauda_equina"),
    ("My eyelid has been twitching for a week, only the left one, on and off. I'm 70. It's annoying more than anything. Too much coffee?", "mild_symptom", "seizure"),
    ("Six weeks pregnant, mild period-like cramps on and off, no bleeding and no one-sided pain. I'm 33. The midwife said mild cramping is common. Is a hot water bottle OK?", "mild_symptom", "ectopic_pregnancy"),
    ("I took one extra blood pressure tablet by mistake this morning (two amlodipine 5mg instead of one). I feel fine. I'm 78. Do I skip tomorrow's?", "mild_symptom", "overdose_poisoning"),
    ("My heart raced for a minute when I was startled by the smoke alarm going off. It settled straight away. No pain. I'm 72. Is that normal?", "mild_symptom", "heart_attack"),
    ("My grandson, 15, has a few shallow scratches on his forearm - he says the cat did it, and it does look like it. They're healing. Should I be worried?", "mild_symptom", "self_harm"),

    # hypothetical_or_general
    ("What should I do if I find someone has cut themselves on purpose? I've started volunteering at a youth club at 67 and want to be prepared.", "hypothetical_or_general", "self_harm"),
    ("Is it dangerous for an old person to bang their head if they're on blood thinners? I'm 79, on apixaban, and I'm wondering if I should always get checked after a knock.",
     "hypothetical_or_general", "head_injury"),
    ("At what point in pregnancy is bleeding an emergency? My granddaughter is expecting and I want to know what to watch for.", "hypothetical_or_general", "pregnancy_bleeding_or_pain"),
    ("How do you tell if someone who's collapsed is just asleep or unconscious? I care for my husband, 86, who naps a lot.", "hypothetical_or_general", "unconscious_unresponsive"),

    # relative_history
    ("My daughter used to self-harm as a teenager and she's now 35 with a daughter of 13. Is my granddaughter more likely to do it too?", "relative_history", "self_harm"),
    ("My father had a bleed on the brain after a fall at 82. I'm 65 and quite clumsy. Should I be worried?", "relative_history", "head_injury"),
    ("My mother had a placental abruption when she was expecting me. I'm 29 and pregnant with my first, 16 weeks, all well. Should my midwife know?", "relative_history", "pregnancy_bleeding_or_pain"),
    ("My twin brother had a cardiac arrest and collapsed at 60 while jogging. He survived. I'm 60 too and feel fine. Should I be checked?", "relative_history", "unconscious_unresponsive"),

    # figure_of_speech
    ("My husband's snoring is enough to wake the dead - and I'm the one who's half unconscious in the mornings! He's 77. Could he have sleep apnoea?", "figure_of_speech", "unconscious_unresponsive"),
    ("I'm cutting myself off from the news because it's too depressing - not that sort of cutting, I mean switching it off! I'm 80. Is avoiding the news good for my anxiety?", "figure_of_speech", "self_harm"),
    ("This hip is a real head-banger - I've tried everything! I'm 74 and the pain wakes me. Is it time for a replacement?", "figure_of_speech", "head_injury"),
    ("My daughter's pregnancy announcement nearly knocked me out cold with joy! Now I'm wondering - I'm 62 - is it safe for me to babysit with my dodgy knee?", "figure_of_speech", "pregnancy_bleeding_or_pain"),

    # chronic_stable
    ("I have a long-standing slow heart rate (around 50) that's been the same for 30 years - I was a cyclist. I'm 70, no dizziness, no fainting. My new GP wants an ECG. Is that necessary?",
     "chronic_stable", "unconscious_unresponsive"),
    ("Chronic migraine for 40 years, same pattern - one-sided, sick, needing a dark room, every month or so. I'm 60. Nothing has changed. Are there any new preventatives?", "chronic_stable", "stroke"),
    ("I've had mild asthma for decades, only needing my blue inhaler once or twice a month. I'm 72. Should I still have the steroid inhaler?", "chronic_stable", "breathing_difficulty"),
    ("I have chronic kidney stones - I pass a little one every year or so, with my usual ache that settles with paracetamol. I'm 58. Is there a diet to stop them?", "chronic_stable", "severe_abdominal_pain"),
]
