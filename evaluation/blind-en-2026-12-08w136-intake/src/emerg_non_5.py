# Hard non-emergencies, kind negated (written by hand, writer 136)
# (text, kind, family)
ITEMS = [
    (
        "Hello,\n\nI'm 52, with a history of high blood pressure (on losartan 50mg) and reflux. My dad had angina in "
        "his sixties. I had an exercise ECG in 2021 which was normal.\n\nFor about a week I've had a burning feeling "
        "behind my breastbone after big meals, especially if I lie down soon after. No pain on exertion — I play "
        "tennis twice a week without any trouble — no sweating, no pain in my arm or jaw, no breathlessness. Gaviscon "
        "settles it within minutes. Is this just my reflux flaring, or should I get my heart checked again?",
        "negated", "heart_attack",
    ),
    (
        "I've had a headache for 2 days, a dull one across the forehead, I think from sinuses. No fever, no stiff "
        "neck, no rash, no sensitivity to light. I'm 29. Is it OK to take ibuprofen and paracetamol together?",
        "negated", "meningitis_signs",
    ),
    (
        "My baby is 7 weeks old and feels a bit warm after a long car seat journey in the sun. I checked his "
        "temperature and it's 37.2, checked again 37.1. He's feeding well and his usual self. No fever — is 37.2 "
        "fine at this age?",
        "negated", "febrile_infant",
    ),
    (
        "Low back pain since lifting a suitcase on Sunday, down into my right buttock. I can walk. No numbness "
        "between my legs, no problems peeing or with my bowels, legs aren't weak. I'm 40. How long should I give it "
        "before seeing a physio?",
        "negated", "cauda_equina",
    ),
    (
        "Hi there,\n\nI'm 34 weeks pregnant with my third. My bump has felt tight on and off tonight, maybe 3 or 4 "
        "tightenings an hour that don't hurt much and go off when I lie down. No bleeding, no waters, baby is "
        "kicking away as normal, no headache or vision problems, my blood pressure at the midwife yesterday was "
        "118/72. I had Braxton Hicks with my others too. Do I need to be seen or is this normal?",
        "negated", "pregnancy_bleeding_or_pain",
    ),
    (
        "I banged my head on a kitchen cupboard door this morning, quite hard. Bit of a bump. I'm 45. Not knocked "
        "out, no vomiting, no confusion, no blurred vision, headache is mild and paracetamol helps. I'm not on any "
        "blood thinners. Do I need to do anything?",
        "negated", "head_injury",
    ),
    (
        "My left calf has been tight since I started running again last week. It's not swollen, not red or hot, "
        "both legs look the same size, I haven't travelled or had surgery, no chest pain or shortness of breath. "
        "Probably a strain, right? I'm 38.",
        "negated", "blood_clot_PE",
    ),
    (
        "Dear doctor,\n\nI'm 67 and type 2 diabetic on gliclazide 80mg twice a day. Yesterday I felt shaky before "
        "lunch and my sugar was 4.2. I had a biscuit and it went up to 6.5 within 15 minutes and I felt fine. I "
        "didn't pass out, I wasn't confused, and it hasn't happened again today. I had skipped breakfast.\n\nShould "
        "the gliclazide be reduced?",
        "negated", "diabetic_emergency",
    ),
    (
        "I've been feeling low since my divorce. Not sleeping great, not enjoying things as much. I want to be clear "
        "I have no thoughts of hurting myself or ending my life. I just want to know if counselling or tablets would be "
        "better to start with. I'm 46.",
        "negated", "suicidal_intent",
    ),
    (
        "My son (12) says his testicle ached a bit after football yesterday — he got hit by the ball. Today it's "
        "much better. No swelling, no change in colour, it's in the normal position, he isn't being sick, and the "
        "pain is only when he presses. Should I still get it looked at?",
        "negated", "testicular_torsion",
    ),
    (
        "Hello,\n\nMy 2 year old has had diarrhoea for 2 days since nursery. He's drinking loads — water and milk — "
        "and he's had 5 wet nappies today. He's playing, not sleepy, tears when he cries, no vomiting, no blood in "
        "his poo. I'm 33 and a first-time mum so I panic.\n\nHow long should diarrhoea last before I take him to the "
        "doctor?",
        "negated", "severe_dehydration_child",
    ),
    (
        "I ate a prawn sandwich at lunch and my mouth was a bit itchy afterwards. No lip or tongue swelling, no "
        "trouble breathing or swallowing, no rash, and the itch went away after half an hour. I'm 27. Could I be "
        "developing a shellfish allergy?",
        "negated", "anaphylaxis",
    ),
    (
        "My stomach has been crampy since last night, I think I ate something dodgy. Diarrhoea 3 times. It's not "
        "severe — I can walk around, no fever, no blood, my tummy isn't hard, and I'm keeping water down. I'm 31. "
        "Is there anything I can take?",
        "negated", "severe_abdominal_pain",
    ),
    (
        "Had a few floaters in my right eye for a week. No flashes, no shadow or curtain, vision otherwise clear, no "
        "pain. I'm 35 and a bit short-sighted. The optician can see me next week. Can it wait until then?",
        "negated", "vision_loss_sudden",
    ),
    (
        "Hi,\n\nMy mother is 81. She had a funny turn at lunch today — felt dizzy standing up and had to sit down. "
        "She didn't lose consciousness, her speech is normal, both arms are strong, her face looks the same, and "
        "she's been completely herself since. She'd not drunk much today and she's on a water tablet.\n\nCould it "
        "just be low blood pressure? Should I take her to the GP tomorrow?",
        "negated", "stroke",
    ),
    (
        "cut my finger chopping onions. bled for a few minutes, stopped with pressure, it's not deep, edges close "
        "together by themselves, i can move it fine and feel the tip. do i need stitches or a plaster",
        "negated", "severe_bleeding",
    ),
    (
        "My husband (58) has a bit of a cough and a temperature of 37.8 with a cold. He's not breathless, not "
        "confused, his heart rate is 78, and he's eating and drinking. Can I give him Lemsip with his blood pressure "
        "tablets?",
        "negated", "sepsis_signs",
    ),
    (
        "I've had a tight chest and a bit of a wheeze with this cold. I'm 44, no asthma history. I can talk in full "
        "sentences, walk up the stairs fine, my lips are a normal colour and my oxygen on my finger monitor is 98%. "
        "Should I ask for an inhaler?",
        "negated", "breathing_difficulty",
    ),
    (
        "Hello, my daughter (6) gagged on a bit of apple at dinner, coughed hard for a few seconds and it came out. "
        "She's talking normally, breathing normally, no wheeze, eating her yoghurt now. Is there anything I need to "
        "watch for?",
        "negated", "choking",
    ),
    (
        "Dear doctor,\n\nI'm 38 and I've had a sharp twinge under my left breast on and off for two days, only when "
        "I twist or press on the spot. It's not crushing, not on exertion, doesn't go into my arm, no breathlessness, "
        "no palpitations. I started a new weights class on Monday.\n\nIs it likely muscular? Should I skip the "
        "class this week?",
        "negated", "chest_pain_other",
    ),
    (
        "My dad (78) fainted? No — he felt woozy in the shower and sat down. He never lost consciousness, he answered "
        "me the whole time, and after a glass of water he was back to normal. Hot shower. He's on amlodipine. Should "
        "he get a shower seat?",
        "negated", "unconscious_unresponsive",
    ),
    (
        "My 10 year old accidentally swallowed a mouthful of the mouthwash that says not for children under 12. It "
        "was a small amount, no alcohol in it, she spat most out. She's fine, no vomiting, no drowsiness. Do I need "
        "to do anything?",
        "negated", "overdose_poisoning",
    ),
    (
        "Splashed myself with boiling water from the kettle this morning. Back of my hand is red and sore, about "
        "the size of a coin, no blisters, skin not broken, no white patches. I ran it under cold water for 20 "
        "minutes. I'm 50. Aloe vera OK?",
        "negated", "severe_burn",
    ),
]
