# Hand-written emergency items (now), part B.
ITEMS = [
    # febrile_infant
    ("my baby is 6 weeks old and her temp is 38.4, she's feeding way less than usual and kinda floppy", True, "now", "febrile_infant"),
    ("newborn son (3 weeks) feels so hot, thermometer says 38.6, he's really sleepy and not waking for feeds", True, "now", "febrile_infant"),
    ("ok first time mum here and my 2 month old has a fever of 38.1 and won't stop this high pitched cry, doesn't want the bottle at all", True, "now", "febrile_infant"),
    ("nephew is 8 weeks old, 38.5 temp, blotchy mottled skin on his legs, my sister is freaking out and asked me to ask here while she gets dressed", True, "now", "febrile_infant"),
    # meningitis_signs
    ("flatmate has had a really bad headache and fever all day and now she can't stand the light, neck super stiff, and there's these purple spots on her legs that dont fade when i press a glass on them", True, "now", "meningitis_signs"),
    ("my boyfriend is burning up, vomiting, says his neck hurts to bend and he's getting confused, he's in halls and there's been a meningitis case at uni", True, "now", "meningitis_signs"),
    ("little sis (9) has a rash that doesn't go away with the glass test, fever, and she's really drowsy. all came on tonight", True, "now", "meningitis_signs"),
    ("worst headache ever, stiff neck, 39.5 fever and light is killing my eyes, started this afternoon, i'm 20 and alone in my dorm", True, "now", "meningitis_signs"),
    # severe_abdominal_pain
    ("stomach pain is unbearable, started near my belly button and moved down to the bottom right, i can't stand up straight and i'm throwing up, 18M, it's getting worse every hour", True, "now", "severe_abdominal_pain"),
    ("my mate's stomach is rock hard and he's curled up screaming in pain, been vomiting green stuff since this morning", True, "now", "severe_abdominal_pain"),
    ("worst pain of my life in my upper belly going through to my back, been vomiting for hours and i'm sweating and shaking, 25. had a big weekend", True, "now", "severe_abdominal_pain"),
    ("the pain in my belly is so bad i almost passed out, i'm pale and my heart's racing, came on out of nowhere an hour ago", True, "now", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    ("i'm 30 weeks pregnant and just started bleeding heaps, like soaking pads, and my belly is hard and super painful", True, "now", "pregnancy_bleeding_or_pain"),
    ("28 weeks and baby hasn't moved all day and now i've got constant pain in my belly that won't ease, and a bit of bleeding", True, "now", "pregnancy_bleeding_or_pain"),
    ("my gf is 35 weeks, her waters just broke and there's something coming out, like the cord?? we're in the car", True, "now", "pregnancy_bleeding_or_pain"),
    ("pregnant 16 weeks, heavy bleeding with big clots and cramps way worse than a period, feeling dizzy", True, "now", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    ("my type 1 roommate is sweaty, shaking and talking nonsense, she's not making sense and can't really swallow the juice i gave her", True, "now", "diabetic_emergency"),
    ("i'm type 1, been vomiting all day and cant keep anything down, ketones are high on my meter, breathing fast and my breath smells like nail polish", True, "now", "diabetic_emergency"),
    ("my bf is diabetic and he's just gone really drowsy and won't wake up properly, his meter says LO", True, "now", "diabetic_emergency"),
    ("dad's meter just says 'HI' and he's super confused, been drinking tons of water and peeing all day, now hardly making sense", True, "now", "diabetic_emergency"),
    # sepsis_signs
    ("my mum had surgery last week and now she's shivering, temp is 39.8, she's confused and her heart is racing, skin looks blotchy", True, "now", "sepsis_signs"),
    ("i've had a uti for a few days and now i'm shaking uncontrollably, feel like i'm dying, heart going crazy, barely peed today", True, "now", "sepsis_signs"),
    ("my grandad's leg wound went really red and hot and now he's all confused, breathing fast, and his hands are freezing and mottled", True, "now", "sepsis_signs"),
    ("flatmate has had the flu but now she's cold and clammy, lips grey, breathing fast, she says she feels like she's gonna die", True, "now", "sepsis_signs"),
    # severe_burn
    ("boiling oil from the chip pan went all over my arm and chest, the skin is white and peeling off and some bits don't even hurt which is scary", True, "now", "severe_burn"),
    ("my mate was doing a fire trick with petrol and it went up, his face and hands are burnt bad and his voice is going hoarse", True, "now", "severe_burn"),
    ("toddler pulled the kettle down on himself, big burn over his chest and belly, skin blistering everywhere, he's screaming", True, "now", "severe_burn"),
    ("bonfire accident, my cousin's legs got caught, the burn goes all the way round his leg and its black and leathery", True, "now", "severe_burn"),
    # choking
    ("my dad's choking on steak and he can't talk or cough, he's going red then blue, i tried back slaps", True, "now", "choking"),
    ("baby's choking on a grape, no sound coming out, HELP", True, "now", "choking"),
    ("flatmate choking on a lolly and can't breathe, she's grabbing her throat, heimlich isn't working", True, "now", "choking"),
    ("my son swallowed a coin and now he's making a squeaky noise trying to breathe and can't talk", True, "now", "choking"),
    # testicular_torsion
    ("sudden crazy pain in my left ball, woke me up an hour ago, it's swollen and sitting higher than the other one, i've thrown up. 15", True, "now", "testicular_torsion"),
    ("ngl this is embarrassing but my testicle suddenly started hurting like hell during footy 40 min ago and it's getting worse, feel sick, 17M", True, "now", "testicular_torsion"),
    ("my 12 yo son woke up screaming about pain in his testicle, it's swollen and red, started an hour ago", True, "now", "testicular_torsion"),
    ("sharp pain in my nuts out of nowhere and now my whole lower belly hurts too and im vomiting. 20M. it's been 2 hours and its not easing", True, "now", "testicular_torsion"),
    # ectopic_pregnancy
    ("i'm 6 weeks pregnant and got stabbing pain low down on my right side and some spotting and now my shoulder tip hurts and i nearly fainted", True, "now", "ectopic_pregnancy"),
    ("positive test last week, now sudden really bad pain on one side and i feel faint and clammy, my gf's typing this for me", True, "now", "ectopic_pregnancy"),
    ("gf is like 7 weeks pregnant, she just collapsed in the bathroom saying her lower belly is in agony, she's super pale", True, "now", "ectopic_pregnancy"),
    ("period 2 weeks late, positive test yesterday, now sharp pain low on the left that won't stop, dizzy and my heart is racing", True, "now", "ectopic_pregnancy"),
    # severe_dehydration_child
    ("my 18 month old has had diarrhoea and vomiting since yesterday, no wet nappy since last night, eyes look sunken and she's floppy", True, "now", "severe_dehydration_child"),
    ("little bro (3) has been throwing up everything for 24 hours, he's really sleepy, lips dry and cracked, no tears when he cries", True, "now", "severe_dehydration_child"),
    ("babysitting my niece (1), she's had the runs all day, won't drink, her soft spot looks sunken and she's barely responding", True, "now", "severe_dehydration_child"),
    ("my 4 yr old has gastro, hasn't peed in 12+ hours, cold hands and feet and breathing fast, really hard to wake", True, "now", "severe_dehydration_child"),
    # chest_pain_other
    ("sudden tearing pain in my chest going right through to my back, like something ripped, i'm 31 and really tall and marfans runs in my family", True, "now", "chest_pain_other"),
    ("tall skinny 19yo here, sudden sharp pain on one side of my chest 30 min ago and now i'm really short of breath and it's getting worse", True, "now", "chest_pain_other"),
    ("chest pain that's crushing, been 30 min, i'm 24 and i took a massive scoop of preworkout, heart's going like 180 and i feel faint", True, "now", "chest_pain_other"),
    ("been throwing up heaps after a big night and now sudden severe pain behind my breastbone, it hurts to swallow and my neck feels crackly when i touch it", True, "now", "chest_pain_other"),
    # vision_loss_sudden
    ("i just lost the vision in my left eye completely, like a curtain came down, 10 min ago. no pain", True, "now", "vision_loss_sudden"),
    ("eye suddenly really painful and red, vision gone blurry with halos around the lights and i'm throwing up", True, "now", "vision_loss_sudden"),
    ("got bleach splashed in my eyes cleaning the bathroom just now, can barely see and it's burning like crazy", True, "now", "vision_loss_sudden"),
    ("my vision went suddenly dark in both eyes like 20 mins ago and it hasnt fully come back, and now i have a headache", True, "now", "vision_loss_sudden"),
    # blood_clot_PE
    ("got off a long haul flight yesterday, calf was sore, now suddenly i'm short of breath and my chest hurts when i breathe in, coughed up a bit of blood. on the pill", True, "now", "blood_clot_PE"),
    ("home from my knee surgery 4 days ago, now suddenly i can't catch my breath and my heart is going 130, sharp chest pain when i breathe", True, "now", "blood_clot_PE"),
    ("mum's leg has been swollen for days and just now she suddenly can't breathe and nearly passed out", True, "now", "blood_clot_PE"),
    ("i'm 22 on the combined pill and my chest suddenly hurts when i breathe and i'm breathless just sitting here, heart racing", True, "now", "blood_clot_PE"),
    # cauda_equina
    ("back pain for a week and now i can't feel my bum or between my legs when i wipe, and i've wet myself without noticing. 28", True, "now", "cauda_equina"),
    ("my dad's bad back has suddenly got worse today and now both his legs are weak and numb and he can't pee at all", True, "now", "cauda_equina"),
    ("herniated disc and today i lost control of my bowels and my whole saddle area is numb", True, "now", "cauda_equina"),
    ("since this morning i can't feel when i'm peeing, numb around my privates, and both legs are tingly and weak. slipped disc last month", True, "now", "cauda_equina"),
]
