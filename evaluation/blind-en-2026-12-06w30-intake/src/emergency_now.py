# Hand-written now-emergencies: (text, family). emergency=True, kind="now".

NOW = [
    # heart_attack
    ("my dad is 64 and right now he is sweating and holding his chest saying it feels like an elephant is sitting on it, the pain is going to his left arm, started 20 min ago. what do i do", "heart_attack"),
    ("Im 58 female, crushing pressure in my chest and nausea and my jaw aches, it's been 30 mins and not going, I'm alone at home", "heart_attack"),
    ("husband just collapsed on the sofa clutching his chest, he's grey and sweaty and breathing fast. he had stents put in before. he's 70", "heart_attack"),
    ("Doctor please, my father 72 has had strong chest pain for one hour, he is vomiting and has cold sweat, we are in the village far from hospital. which tablet to give him?", "heart_attack"),
    ("at work now, my colleague (about 55) says his chest is tight like a band and his left arm is numb, he's gone pale and sweaty. should we give him an aspirin and wait?", "heart_attack"),
    # stroke
    ("my mum 79 suddenly can't speak properly, words coming out wrong and the right side of her face is drooping, started 10 mins ago", "stroke"),
    ("Husband just woke up and can't move his left arm or leg, his speech is slurred. He's 66. Is it a stroke??", "stroke"),
    ("Grandpa's smile went crooked all of a sudden and he dropped his cup, his arm is weak, he's 81. What should I do first?", "stroke"),
    ("I'm 47 and for the last 15 minutes I can't feel my left side properly and I have the worst headache of my life, the room is spinning", "stroke"),
    ("my aunty was chatting with us at lunch and suddenly she is confused, one side of her body has gone weak, she's 60 and has BP problems", "stroke"),
    # breathing_difficulty
    ("my son (7) is having an asthma attack, his inhaler isn't working, he can't talk in full sentences and his lips look bluish", "breathing_difficulty"),
    ("Grandma 85 is gasping for breath, can't lie flat at all, gurgling sounds from her chest, started tonight and getting worse", "breathing_difficulty"),
    ("I'm 40 and I can barely breathe, I'm struggling for every breath, my lips are tingling and the oxygen meter says 84%", "breathing_difficulty"),
    ("My husband's COPD is much worse this evening, he's blue around the lips and very drowsy, the sat probe says 78", "breathing_difficulty"),
    ("baby is 4 months old and breathing very fast right now, the skin is sucking in between his ribs, he's grunting and won't feed", "breathing_difficulty"),
    # anaphylaxis
    ("my daughter ate a cookie with peanuts 5 minutes ago, her lips are swelling and she's wheezing, she's 10. we have an epipen, do we use it??", "anaphylaxis"),
    ("Stung by a bee 10 mins ago, now my throat feels tight, hives all over and I'm dizzy. 36M", "anaphylaxis"),
    ("After the antibiotic injection at the chemist my mother's face and tongue swelled up, she is struggling to breathe, we just got home", "anaphylaxis"),
    ("my friend took amoxicillin for the first time and now her whole body is red and itchy, her voice is hoarse and she says her throat is closing", "anaphylaxis"),
    ("ate prawns at the wedding and my husband's eyes and lips are puffing up, he's wheezing and says he feels faint, he's 44", "anaphylaxis"),
    # severe_bleeding
    ("my husband cut his arm on broken glass, blood is spurting out and won't stop with a towel pressed on it, it's soaking through", "severe_bleeding"),
    ("cut my leg with the panga at the farm, it's deep and a lot of blood is pouring out, I'm feeling faint", "severe_bleeding"),
    ("my dad (on warfarin) has been vomiting blood, big amounts of bright red, he looks very pale and sweaty", "severe_bleeding"),
    ("nosebleed for 45 mins in my grandma, 84, on blood thinners, it's pouring down her throat and she's going pale and weak", "severe_bleeding"),
    ("my son fell through a glass door, there's a deep cut on his thigh and blood is pumping out, I'm pressing but it won't stop", "severe_bleeding"),
    # suicidal_intent
    ("I have the pills in front of me and tonight I am going to take them all. I just wanted to tell someone.", "suicidal_intent"),
    ("my brother just texted me goodbye and said he's at the bridge. he's 23. what do i do", "suicidal_intent"),
    ("I can't do this anymore. I've written letters to my kids and the rope is ready in the garage.", "suicidal_intent"),
    ("im 16 and i've decided to end it tonight when everyone is asleep, i already know how i'm going to do it", "suicidal_intent"),
    ("My mother (68) told me an hour ago she's going to kill herself and now she's locked herself in the bathroom and won't answer", "suicidal_intent"),
    # self_harm
    ("I cut myself too deep just now, it's gaping open and won't stop bleeding, I'm 19", "self_harm"),
    ("my 14 yr old daughter has been burning herself with a lighter over and over tonight and she won't stop, she says she wants to feel pain", "self_harm"),
    ("My flatmate has locked himself in his room and is cutting his arms, there's blood under the door and he won't answer me", "self_harm"),
    ("I've just cut my wrist, blood keeps coming even though i've pressed it for 20 min, i didnt mean to go this deep", "self_harm"),
    # overdose_poisoning
    ("my 2 year old just drank kerosene from a soda bottle, he's coughing and vomiting", "overdose_poisoning"),
    ("I took 30 paracetamol tablets about an hour ago. I'm scared now. I'm 22", "overdose_poisoning"),
    ("My grandpa took his digoxin this morning and then 3 more by mistake, his pulse is very slow and he's dizzy and vomiting, he's 80", "overdose_poisoning"),
    ("found my son barely awake with an empty vodka bottle and a strip of sleeping pills beside him, his breathing is slow", "overdose_poisoning"),
    ("farmer here, my neighbour drank the pesticide 15 min ago, he's sweating, drooling and vomiting, what do we do", "overdose_poisoning"),
    # seizure
    ("my wife is having a fit right now, shaking for 6 minutes and it's not stopping, she's never had one before", "seizure"),
    ("baby 1 yr is jerking and her eyes rolled back, it's been 5 minutes, she has fever", "seizure"),
    ("my brother is epileptic and has had 3 seizures in a row without waking up in between", "seizure"),
    ("coworker just fell and is convulsing on the floor, foaming at the mouth, he hit his head on the desk", "seizure"),
    ("my grandmother is shaking all over in her chair and not responding, it started a few minutes ago and she's going blue", "seizure"),
    # unconscious_unresponsive
    ("My grandfather won't wake up, I'm shaking him and he doesn't respond, he's breathing noisily. he's 88", "unconscious_unresponsive"),
    ("found my roommate on the floor just now, not responding to my voice or when i pinch her, she's breathing though", "unconscious_unresponsive"),
    ("Mum fainted and hasn't come round, it's been 3-4 minutes, she is 59", "unconscious_unresponsive"),
    ("my dad slumped over at the dinner table and isn't answering, his eyes are half open", "unconscious_unresponsive"),
    # head_injury
    ("my son 12 fell off his bike without a helmet and hit his head, now he's vomiting for the 3rd time and very sleepy", "head_injury"),
    ("Mother (79, on Eliquis) fell and hit her head on the tiles an hour ago, now she is confused and keeps repeating herself", "head_injury"),
    ("got hit in the head with a cricket bat, clear fluid is dripping from my nose and I have a massive headache, 25", "head_injury"),
    ("toddler fell from the first floor balcony onto concrete, he is crying but one pupil looks bigger than the other", "head_injury"),
    # febrile_infant
    ("my baby is 5 weeks old and has a temperature of 38.6, he's not feeding well and very sleepy", "febrile_infant"),
    ("newborn 10 days old feels very hot, 38.2 under the arm, floppy, we just came back from the village", "febrile_infant"),
    ("2 month old daughter temperature 39 tonight and she's crying weakly, won't take the breast", "febrile_infant"),
    ("My granddaughter is 6 weeks old, fever 38.4, grunting when she breathes and her skin looks blotchy", "febrile_infant"),
    # meningitis_signs
    ("my 17 year old has a high fever, stiff neck, can't stand the light and now a purple rash that doesn't fade with the glass test", "meningitis_signs"),
    ("son at university just texted he has a terrible headache, stiff neck, vomiting and he feels confused, his roommate is with him now", "meningitis_signs"),
    ("My 3 yr old has fever and small purple spots appearing on her legs, more every hour, she's very drowsy", "meningitis_signs"),
    ("Fever 40, neck too stiff to bend, confused speech — my husband, 35, it all started tonight", "meningitis_signs"),
    # severe_abdominal_pain
    ("Severe pain in my belly, it's rigid like a board, can't move, started 2 hours ago, I'm 50 and I keep vomiting", "severe_abdominal_pain"),
    ("my dad 74 has sudden terrible pain in his tummy going through to his back, he's sweaty and feels faint", "severe_abdominal_pain"),
    ("pain started around my belly button and now it's moved to the lower right side, i can't walk upright, fever 38.8, 19 yo, it's getting worse every hour", "severe_abdominal_pain"),
    ("My mother has been vomiting green stuff all day, her belly is swollen and hard and no poo or gas for 2 days, she's 70 and in agony", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    ("I'm 32 weeks pregnant and bleeding heavily, bright red, soaking a pad in 20 mins, with tummy pain", "pregnancy_bleeding_or_pain"),
    ("my wife is 36 weeks, she has a severe headache, she's seeing flashing lights and her face and hands have swelled up, home machine says 170/115", "pregnancy_bleeding_or_pain"),
    ("28 weeks and sudden constant severe pain in my belly, it's hard like a rock and baby hasn't moved since", "pregnancy_bleeding_or_pain"),
    ("she gave birth at home 1 hour ago and the bleeding won't stop, she's pale and shivering, we're with the traditional birth attendant", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    ("My type 1 son (15) is vomiting, breathing deep and fast, his breath smells fruity and the meter just says HI", "diabetic_emergency"),
    ("my mum (diabetic on insulin) is sweaty, confused and not making sense, her sugar is 2.1 and she can't swallow the juice", "diabetic_emergency"),
    ("husband type 2, meter says 33 mmol, he's very drowsy and confused and has been drinking water non stop", "diabetic_emergency"),
    ("I'm diabetic and my sugar is 45 mg/dl, I'm shaking and can't think straight, I'm alone and ate sugar 15 min ago but it's still dropping", "diabetic_emergency"),
    # sepsis_signs
    ("My dad had surgery a week ago, now fever 39.5, shaking, confused, BP 80/50 on our machine and breathing fast", "sepsis_signs"),
    ("my grandma with a urine infection is now mottled and cold, very confused, and hasn't passed urine today", "sepsis_signs"),
    ("wound on my leg is red and spreading fast, I'm shivering, heart racing at 130, and I feel like I'm going to die", "sepsis_signs"),
    ("My husband is on chemo and now has 38.9 fever and is shivering violently, he's very weak and dizzy", "sepsis_signs"),
    # severe_burn
    ("boiling oil fell on my son's chest and arm, a big area of skin is peeling off, he is screaming, he's 5", "severe_burn"),
    ("my mum's clothes caught fire at the stove, the burns on her legs are white and leathery and she says they don't hurt", "severe_burn"),
    ("My husband just got electrocuted fixing the wires, there's a burn on his hand and he says his chest feels weird", "severe_burn"),
    ("Gas cylinder blew up in our kitchen, my sister has burns on her face, her voice is going hoarse and her eyebrows are singed", "severe_burn"),
    # choking
    ("my baby is choking on a grape, she can't cry or breathe, she's turning blue", "choking"),
    ("grandpa is choking on meat at dinner, he can't speak, clutching his throat, the back blows aren't working", "choking"),
    ("my son swallowed a marble, now he's coughing and drooling and struggling to breathe", "choking"),
    ("she's choking on a piece of chicken and can't talk or cough, her face is going purple", "choking"),
    # testicular_torsion
    ("my 14 year old woke up with sudden severe pain in his right testicle, it's swollen and sitting higher than the other, he's vomiting", "testicular_torsion"),
    ("I'm 19 and 2 hours ago got really sharp pain in my left ball, it's very tender and feels pulled up", "testicular_torsion"),
    ("son (11) is crying with pain in his scrotum that started during football, and now he's vomiting", "testicular_torsion"),
    ("sudden agony in one testicle for the last hour, 23 M, can't walk and feel sick", "testicular_torsion"),
    # ectopic_pregnancy
    ("I'm 6 weeks pregnant, severe one-sided pain in my lower belly and now pain in my shoulder tip and I feel faint", "ectopic_pregnancy"),
    ("positive test last week, now sharp pain on the right side with spotting, I get dizzy when I stand, I'm 28", "ectopic_pregnancy"),
    ("my wife missed her period and just now collapsed with belly pain, she's very pale and sweaty", "ectopic_pregnancy"),
    ("7 weeks pregnant, no scan yet, the pain is so bad I can't stand and I fainted in the toilet", "ectopic_pregnancy"),
    # severe_dehydration_child
    ("my son 18 months has had diarrhoea and vomiting since yesterday, no wet nappy for 12 hours, sunken eyes and very sleepy", "severe_dehydration_child"),
    ("baby 8 months is vomiting everything, crying without tears, the soft spot on her head is sunken and she's floppy", "severe_dehydration_child"),
    ("my 3 yr old has had watery stool like rice water all day, now she's limp and her skin stays up when pinched", "severe_dehydration_child"),
    ("Daughter 4 with gastro hasn't peed since this morning, very drowsy and her hands are cold", "severe_dehydration_child"),
    # chest_pain_other
    ("sudden tearing pain in my chest going through to my back, I'm 56 with high BP, it started 10 minutes ago", "chest_pain_other"),
    ("tall skinny 20 yo here, sudden sharp pain on the right side of my chest and I'm short of breath, started while sitting", "chest_pain_other"),
    ("I took cocaine at a party an hour ago and now my chest hurts badly and my heart is racing", "chest_pain_other"),
    ("after vomiting a lot from drinking, I now have severe chest pain that's worse when I swallow and my neck feels crackly", "chest_pain_other"),
    # vision_loss_sudden
    ("I suddenly lost the vision in my right eye 20 minutes ago, like a curtain came down, I'm 67", "vision_loss_sudden"),
    ("a dark shadow is moving across my left eye since this morning with flashes of light, 55, it's getting bigger", "vision_loss_sudden"),
    ("My mother, 72, has sudden severe eye pain, red eye, blurry vision and she's vomiting", "vision_loss_sudden"),
    ("everything went black in one eye and hasn't come back, 80 yo father, he's also had a headache and jaw pain when chewing", "vision_loss_sudden"),
    # blood_clot_PE
    ("I flew back from Dubai yesterday, now sudden shortness of breath and sharp pain when I breathe in, I'm coughing a bit of blood", "blood_clot_PE"),
    ("2 weeks after my C-section, suddenly I can't catch my breath, heart racing at 130, chest pain", "blood_clot_PE"),
    ("my mum's leg was swollen for days, and just now she suddenly became breathless and fainted", "blood_clot_PE"),
    ("on the pill, 29, sudden breathlessness and chest pain, I feel like I'm going to pass out", "blood_clot_PE"),
    # cauda_equina
    ("bad back for a week, now I can't feel my bum or between my legs, and I wet myself without knowing", "cauda_equina"),
    ("I'm 45, suddenly sciatica down both legs, numb in the saddle area and I can't pee since this morning", "cauda_equina"),
    ("my husband's back pain is now with weakness in both legs and he lost control of his bowels today", "cauda_equina"),
    ("after lifting at work, back pain plus numbness when I wipe and I can't feel when I need to pee", "cauda_equina"),
]
