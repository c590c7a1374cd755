# Hand-written hard non-emergency items (part C): negated, figure_of_speech.
# Each: (text, kind, family)

ITEMS = [
    # ---- negated ----
    ("I'm 28 and when I press on the left side of my chest it's tender after bench press yesterday. No shortness of breath, no sweating, "
     "no pain in my arm or jaw. Just sore when I push on it or twist.", "negated", "heart_attack"),
    ("My son (6) fell off the jungle gym and bumped his forehead. He didn't pass out, no vomiting, he's playing and talking normally, "
     "just a small bump. Ice and Panado enough?", "negated", "head_injury"),
    ("Bee stung me on the hand 2 hours ago. Only my hand is swollen around the sting, no hives anywhere else, no trouble breathing "
     "or swallowing, lips normal. What can I put on?", "negated", "anaphylaxis"),
    ("Woke up with a stiff neck from sleeping funny. No fever, no headache, no rash, I can touch my chin to my chest, it just hurts "
     "turning left.", "negated", "meningitis_signs"),
    ("Woke up with my arm numb because I slept on it, the feeling came back after 2 minutes of shaking it. No weakness, face normal, "
     "talking normal. Just checking it's not a stroke, my dad had one.", "negated", "stroke"),
    ("baby is 4 months, sneezy and a bit snotty, no fever (36.8 with the ear thermometer), feeding normal, lots of wet nappies. "
     "Saline drops ok?", "negated", "febrile_infant"),
    ("I'm 9 weeks pregnant with a mild period-like ache on and off, no bleeding, no spotting, not one-sided, no dizziness. "
     "My first scan was normal. Is the ache normal?", "negated", "pregnancy_bleeding_or_pain"),
    ("To be clear I'm not suicidal and never have been, but I'm burnt out and crying at my desk every day. "
     "Can a GP give me a few days off and something for stress?", "negated", "suicidal_intent"),
    ("I bite my nails and pick the skin around them till they bleed when I'm stressed - it's not on purpose to hurt myself and I don't "
     "cut or anything. How do I stop?", "negated", "self_harm"),
    ("I accidentally took my morning BP pill twice today (amlodipine 5mg). No dizziness, BP 126/78 on the machine, I feel normal. "
     "Do I skip tomorrow's?", "negated", "overdose_poisoning"),
    ("My daughter (7) sometimes stares out the window in class. The teacher says no shaking, no jerking, no falling and she responds "
     "when touched. Is it just daydreaming?", "negated", "seizure"),
    ("I get lightheaded when I stand up fast from the couch, lasts a few seconds. Never fainted, never fell. 19, female, quite thin.",
     "negated", "unconscious_unresponsive"),
    ("Cut my finger slicing tomatoes, bled a bit but it stopped after 5 minutes of pressure. Cut is small, no numbness, I can bend "
     "the finger fine. Plaster enough?", "negated", "severe_bleeding"),
    ("Sugar was 9.5 two hours after supper. I'm type 2. No vomiting, not extra thirsty, feel fine. Is that ok for after a meal?",
     "negated", "diabetic_emergency"),
    ("I have a small boil on my thigh. No fever, no red lines going up my leg, feel totally well. Can I squeeze it?", "negated",
     "sepsis_signs"),
    ("Sunburn on my shoulders from Umhlanga beach, red and sore but no blisters, no fever, no chills. What helps?", "negated",
     "severe_burn"),
    ("Eating hake I think a small fish bone scratched my throat. I can breathe, talk and swallow fine, no drooling, it just feels scratchy "
     "since lunch.", "negated", "choking"),
    ("Dull ache in my left testicle after long cycling rides, it's not sudden, no swelling, no vomiting, goes away when I rest a day. "
     "What could it be? 35.", "negated", "testicular_torsion"),
    ("Positive pregnancy test, about 5 weeks. No pain at all, no bleeding, not dizzy, just nauseous in the mornings. When must I book "
     "my first scan?", "negated", "ectopic_pregnancy"),
    ("My 3 year old had a runny tummy twice today but he's drinking well, peeing normally, eating and playing. Should I give him "
     "the rehydration drink anyway?", "negated", "severe_dehydration_child"),
    ("My calf is a bit stiff after the 14 hour bus from Joburg to Cape Town. No swelling, no redness, both legs the same, "
     "not short of breath, no chest pain. Just stretch?", "negated", "blood_clot_PE"),
    ("Lower back ache after gardening all Saturday. No leg pain, no numbness around my bum, peeing and pooing normal. "
     "Deep Heat or ice?", "negated", "cauda_equina"),
    ("Eyes get tired and a bit blurry when I read at night, no sudden loss of vision, no pain, no flashes or curtains, it clears in "
     "the morning. Reading glasses? I'm 43.", "negated", "vision_loss_sudden"),
    ("Mild tummy cramps after eating beans, comes and goes, passing gas. No fever, no vomiting, no blood. Anything to take?", "negated",
     "severe_abdominal_pain"),

    # ---- figure_of_speech ----
    ("This load shedding is giving me a heart attack, the fridge is full of insulin! Seriously though - how long can my insulin pens stay "
     "out of the fridge?", "figure_of_speech", "heart_attack"),
    ("I nearly had a stroke when I saw the price of Ozempic at the pharmacy. Is there a cheaper option for weight loss?",
     "figure_of_speech", "stroke"),
    ("Eish, the petrol price is bleeding me dry and now my medical aid went up too. Are there generics for Crestor?", "figure_of_speech",
     "severe_bleeding"),
    ("Overdosed on Netflix this whole weekend lol. But seriously, my eyes are dry and gritty from the screen. Which drops are good?",
     "figure_of_speech", "overdose_poisoning"),
    ("My brain nearly had a seizure trying to fill in the medical aid chronic form. Which section does the doctor sign?",
     "figure_of_speech", "seizure"),
    ("I was dead to the world after night shift, slept 14 hours straight. Is that too much sleep or my body catching up?",
     "figure_of_speech", "unconscious_unresponsive"),
    ("Banging my head against the wall with this diet. I lose 2kg then gain 3. What am I doing wrong? 34, female, desk job.",
     "figure_of_speech", "head_injury"),
    ("The chakalaka at the braai set my mouth on fire lol, now I've got a bit of heartburn. Normal after chilli?", "figure_of_speech",
     "severe_burn"),
    ("The view from the top of Table Mountain took my breath away, but my knees are killing me from walking down. "
     "Which is better for knees, glucosamine or Voltaren gel?", "figure_of_speech", "breathing_difficulty"),
    ("Still on a sugar high from all the Christmas cake. Seriously, should a non-diabetic check their sugar every year?",
     "figure_of_speech", "diabetic_emergency"),
    ("That last-minute try in the Springbok game nearly gave me a heart attack! But my watch said 115 while I was watching, is that ok?",
     "figure_of_speech", "heart_attack"),
    ("The exam was a bloodbath, half the class failed. My question - can anything help with concentration when studying? No ADHD.",
     "figure_of_speech", "severe_bleeding"),
    ("I choked in the job interview, completely froze up. Is there any medicine for performance anxiety?", "figure_of_speech", "choking"),
    ("I'm blind as a bat without my glasses. Can I get laser eye surgery at 45?", "figure_of_speech", "vision_loss_sudden"),
    ("I felt like I was going to pass out when they told me the price of braces for my daughter, R35 000! How long do braces usually take?",
     "figure_of_speech", "unconscious_unresponsive"),
    ("Gogo says my cooking will give her a stroke, too much Aromat haha. How much salt is ok for someone with high BP?", "figure_of_speech",
     "stroke"),
    ("My wife says I'm poisoning the kids with takeaways every night. Any easy healthy lunchbox ideas for a 7 and 9 year old?",
     "figure_of_speech", "overdose_poisoning"),
    ("We're haemorrhaging money on formula. Is it ok to switch to full cream cow's milk at 11 months?", "figure_of_speech",
     "severe_bleeding"),
    ("My heart skipped a beat when I saw my matric results, I got into nursing! Which vaccines do nursing students need?",
     "figure_of_speech", "heart_attack"),
    ("Drowning in work and not sleeping properly for weeks. Can stress cause my hair to fall out?", "figure_of_speech",
     "breathing_difficulty"),
    ("My 7 week old is a little hot water bottle when she sleeps on my chest, but the thermometer says 36.9. Is it normal that babies "
     "feel warm?", "figure_of_speech", "febrile_infant"),
    ("My head is exploding with all this admin. I just want to know how to move my chronic scripts to a new pharmacy.",
     "figure_of_speech", "head_injury"),
    ("Getting my teen to eat vegetables is like choking down medicine for both of us lol. How can I sneak veg into meals?",
     "figure_of_speech", "choking"),
    ("Eish my husband's snoring is going to suffocate me one day lol, I sleep on the couch. Seriously, can loud snoring mean sleep apnea?",
     "figure_of_speech", "breathing_difficulty"),
]
