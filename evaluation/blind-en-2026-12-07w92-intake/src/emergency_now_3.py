# Emergency items: now (writer 92), part 3.


def E(text, kind, family):
    return {"text": text, "emergency": kind == "now", "kind": kind, "family": family}


ITEMS = [
    # choking
    E("my baby 9 month choking on piece of apple now, he cant cry, no sound, face getting red and blue. i hit back but not coming out. what i do please fast", "now", "choking"),
    E("my father eating meat and now it stuck, he hold his throat, cannot talk or cough, he is 74. i try water, he cannot drink. help", "now", "choking"),
    E("restaurant, a lady at the next table is choking and can't breathe, people are patting her back, she's turning blue and going limp. I'm typing with one hand what do I do", "now", "choking"),
    E("my son 3 years put a grape in his mouth and now he making wheezing noise and can't talk, drooling, coughing weak. it happen 2 min ago. turn him upside down?", "now", "choking"),
    E("mama have parkinson and she choke on her rice now, coughing not strong, breathing noisy and her lips purple. she is in wheelchair. what to do first?", "now", "choking"),
    # testicular_torsion
    E("im 15 and i woke up with really bad pain in my left ball, its swollen and higher than the other one and i threw up. i'm embarrassed to tell my mom. will it go away by morning?", "now", "testicular_torsion"),
    E("my son 12 have sudden very strong pain in the testicle after football 1 hour ago, he vomit and cant walk. no hit there. ice and ibuprofen?", "now", "testicular_torsion"),
    E("sudden severe pain in one testicle started 40 minutes ago while sleeping, pain goes into lower belly, nausea. I'm 19. Is this epididymitis, can I wait for my urologist appointment next week?", "now", "testicular_torsion"),
    E("my little boy 8 crying that his private part hurt very much since 2 hours, the one side is red and swollen and he dont let me touch. he vomit once. is it infection?", "now", "testicular_torsion"),
    E("Sharp pain in my right testicle came out of nowhere an hour ago, it's swollen and lying sideways. I had this briefly last month and it went away. Wait and see again?", "now", "testicular_torsion"),
    # ectopic_pregnancy
    E("i am 7 weeks pregnant, not had ultrasound yet, now strong pain one side of lower belly and pain in the shoulder tip, and i feel faint when stand. little bleeding. what is it?", "now", "ectopic_pregnancy"),
    E("period late 6 weeks, test positive yesterday, today sharp pain left side that make me bend over, and I almost pass out in the bathroom. Is this normal early pregnancy?", "now", "ectopic_pregnancy"),
    E("my wife positive test last week, now very bad pain low belly right side and she is pale and sweaty, heart fast, she lie on floor. she had tube infection before. wait for her OB appointment Thursday?", "now", "ectopic_pregnancy"),
    E("i had IVF, 6 weeks, the scan last week did not find baby in the uterus, they say come back in a week. now sudden pain tearing in the side and i feel dizzy and cold. i go tomorrow?", "now", "ectopic_pregnancy"),
    E("i think i am pregnant, i miss period, now pain in belly like knife one side, little brown blood and i feel very weak and my shoulder hurt when i lie down. i am alone. what i do", "now", "ectopic_pregnancy"),
    # severe_dehydration_child
    E("my baby 8 months diarrhea and vomiting since 2 days, now no wet diaper for 12 hours, very sleepy, eyes sunken, cry without tears. she dont keep even water. what to do?", "now", "severe_dehydration_child"),
    E("son 3 years have stomach bug, vomit everything, now he is very floppy, lips dry and cracked, hands cold and he barely wake up. we try ORS spoon but he vomit. wait for morning?", "now", "severe_dehydration_child"),
    E("my daughter 18 months with rotavirus, 15 watery poops today, now the soft spot on head is sunken and she is breathing fast and not responding like normal. give her juice?", "now", "severe_dehydration_child"),
    E("baby 5 months vomit every feed since yesterday, no pee since last night, his skin when pinch stay up, he is very quiet and not crying. the clinic open monday. ok to wait?", "now", "severe_dehydration_child"),
    E("we are on holiday in the heat, my son 6 had diarrhea all day, now he is confused, can't stand, his mouth very dry, and he hasn't peed since morning. What do we do?", "now", "severe_dehydration_child"),
    # chest_pain_other
    E("sudden tearing pain in my chest going straight to my back between shoulders, worst pain ever, started 10 min ago. I have high blood pressure. should I lie down?", "now", "chest_pain_other"),
    E("i am tall thin 22 year old, suddenly sharp pain right side chest and very short of breath, cant take deep breath, 30 min now. get worse. what is this?", "now", "chest_pain_other"),
    E("my friend used cocaine tonight and now has bad chest pain and heart racing, sweating, he is 27. he says it will pass. should we just let him sit?", "now", "chest_pain_other"),
    E("after vomiting a lot from drinking, now terrible pain in the middle of chest and upper belly, and my neck feels crackly under the skin. I'm 35. Rest it off?", "now", "chest_pain_other"),
    E("my husband chest pain now very strong, and his blood pressure is different in each arm, 190 on right and 120 on left, and his leg feel numb. what we should do?", "now", "chest_pain_other"),
    # vision_loss_sudden
    E("suddenly i can't see from my right eye, like a black curtain come down, 20 minutes ago. no pain. i am 67. should i wait until eye doctor opens monday?", "now", "vision_loss_sudden"),
    E("my eye very painful and red now, vision blurry with rainbow circles around lights, headache and vomiting. started in the evening. i am 60, woman. drops?", "now", "vision_loss_sudden"),
    E("lot of flashes and new floaters in my left eye this afternoon and now a shadow coming from the side getting bigger. short-sighted. can this wait for my optician next week?", "now", "vision_loss_sudden"),
    E("chemical splash in my eyes at work, cleaning product, now I can barely see and it burns terribly. rinsed with water for 2 minutes. is that enough?", "now", "vision_loss_sudden"),
    E("my grandfather suddenly cant see half of everything, he bump into door on left side, and he has headache, temple is painful when he comb hair. he is 78. what we do?", "now", "vision_loss_sudden"),
    # blood_clot_PE
    E("my calf was swollen after long flight from Manila last week, now since 1 hour i have sudden chest pain when breathe in and very short breath, heart racing and i cough little blood. what do i do?", "now", "blood_clot_PE"),
    E("I'm 3 weeks after my knee surgery and suddenly I can't catch my breath, sharp chest pain on the side, I feel like I'll pass out. Is this anxiety?", "now", "blood_clot_PE"),
    E("my wife gave birth 10 days ago, now she suddenly can't breathe and says her chest hurts, her lips are blue and she's very scared. her leg was swollen yesterday. what do we do?", "now", "blood_clot_PE"),
    E("i on the birth control pill and smoke, now suddenly very short of breath walking to the kitchen, heart 140, and pain in chest when breathe. 31 years. sleep and see?", "now", "blood_clot_PE"),
    E("My father has cancer and he's been in bed for weeks. Just now he became very breathless suddenly, sweaty, oxygen 82, and he says something is very wrong. Home nurse comes tomorrow. Wait?", "now", "blood_clot_PE"),
    # cauda_equina
    E("back pain bad from lifting, but today i can't feel when i wipe after toilet, numb between legs, and i can't pee properly, both legs weak. what is this? i wait for physio thursday?", "now", "cauda_equina"),
    E("i have slipped disc, now since this morning i wet myself without feeling it and my bottom area is numb like from dentist injection. my legs going weak. normal for disc?", "now", "cauda_equina"),
    E("my husband back pain 2 weeks, now he cannot pass urine since morning, bladder full, and numb in saddle area and both legs tingling. he say just take more painkiller. ok?", "now", "cauda_equina"),
    E("Herniated disc known, today suddenly both legs sciatica, numb around my anus and genitals, and I had an accident with my bowels without noticing. GP appointment in 3 days — ok to wait?", "now", "cauda_equina"),
    E("after the fall on the ice yesterday, lower back very painful, now i cannot feel my private parts and i cant control my pee, leg weak both side. i am 48. is bruise?", "now", "cauda_equina"),
]
