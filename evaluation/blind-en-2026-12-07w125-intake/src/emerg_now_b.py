# Emergencies happening now, part B (hand-written). (text, family)
ITEMS = [
    # febrile_infant
    ("Baby 5 weeks old have fever 38.4 rectal, feeding less. Is it ok wait until morning?", "febrile_infant"),
    ("My newborn is 10 days old and feels hot, thermometer 38.1, sleepy and not wanting milk.", "febrile_infant"),
    ("Our 2 month old daughter temperature 38.6 just now, no other symptom, just fussy.", "febrile_infant"),
    ("Infant 6 weeks, fever 38.3 and a bit floppy, not crying as much as usual.", "febrile_infant"),
    ("3 weeks old baby son temperature 38.5, grunting, skin look mottled.", "febrile_infant"),
    # meningitis_signs
    ("My son 17 has fever 39.5, very bad headache, can't bend his neck, light hurts his eyes, and now purple spots on legs that don't fade with glass.", "meningitis_signs"),
    ("Daughter 4 fever, rash of small purple dots spreading fast, very sleepy. Glass test the spots still showing.", "meningitis_signs"),
    ("Roommate at dorm has high fever, stiff neck, vomiting and confused, started this afternoon, getting worse fast.", "meningitis_signs"),
    ("I'm 22, worst headache with fever 39, neck so stiff I can't touch chin to chest, and my roommate says I'm not making sense.", "meningitis_signs"),
    ("Baby 7 months fever and the soft spot on his head is bulging, high pitch crying, won't feed.", "meningitis_signs"),
    # severe_abdominal_pain
    ("Extreme pain in my belly right lower side, worst pain of my life, belly hard like board, fever. Can't stand straight.", "severe_abdominal_pain"),
    ("My father 70 sudden tearing pain from stomach to back, he is pale and sweating, he has aneurysm history.", "severe_abdominal_pain"),
    ("Stomach pain severe since 4 hours, vomiting green stuff, no poop or gas since yesterday, belly swelling big.", "severe_abdominal_pain"),
    ("Wife rolling on floor with belly pain, can't find comfortable position, vomiting, pain 10/10 started 1 hour ago.", "severe_abdominal_pain"),
    ("My son 12 has terrible stomach pain, started around belly button now moved to right bottom, he can't walk properly, fever 38.8, vomiting.", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    ("30 weeks pregnant, sudden a lot of bleeding bright red, soaked pad in 10 minutes, and belly hard and painful.", "pregnancy_bleeding_or_pain"),
    ("I'm 34 weeks, severe headache, seeing spots and pain under right ribs, BP 170/110 at home now.", "pregnancy_bleeding_or_pain"),
    ("Pregnant 26 weeks, waters broke and now strong pains every 3 minutes, too early!", "pregnancy_bleeding_or_pain"),
    ("My wife 38 weeks, constant very strong pain in belly not going away between, dark bleeding, baby not moving.", "pregnancy_bleeding_or_pain"),
    ("11 weeks pregnant, heavy bleeding with clots, cramping very bad and I feel faint now.", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    ("My husband is diabetic on insulin, now he is sweating, shaking, confused and talking nonsense, sugar 2.1.", "diabetic_emergency"),
    ("Daughter 15 type 1, vomiting all day, breathing deep and fast, fruity smell breath, meter says HI.", "diabetic_emergency"),
    ("my grandpa sugar 35 mg/dL, he can't swallow juice, very drowsy.", "diabetic_emergency"),
    ("Type 1 myself, ketones 4.5 on meter, can't stop vomiting, stomach pain, breathing weird.", "diabetic_emergency"),
    ("My mother 80 diabetic very confused and very weak, glucose meter shows 580, she hasn't drunk much for days.", "diabetic_emergency"),
    # sepsis_signs
    ("My mom 75 had UTI, now shaking chills, fever 39.8, heart fast 130, confused and her BP 80/50.", "sepsis_signs"),
    ("Husband on chemo, fever 38.9 tonight, shivering hard, very weak and dizzy when he stand up. The oncology nurse said call if fever.", "sepsis_signs"),
    ("Cut on my leg got infected, now red streak going up, I have fever 40, heart racing, feel like going to pass out.", "sepsis_signs"),
    ("Father with pneumonia at home on antibiotics, now skin mottled, not peeing all day, breathing fast and very sleepy.", "sepsis_signs"),
    ("I had surgery 5 days ago, now fever 39.5, wound leaking pus, I'm shaking, dizzy when stand, heart 125.", "sepsis_signs"),
    # severe_burn
    ("Boiling oil spilled on my son's chest and arm, skin white and peeling, big area, he is screaming.", "severe_burn"),
    ("Gas stove explosion, my face and both hands burned, blisters everywhere, eyebrows gone, voice hoarse.", "severe_burn"),
    ("Baby pulled the kettle, hot water on her body, half of her back red and blistering now.", "severe_burn"),
    ("My dad got electric shock from wire at work just now, burn mark on hand and foot, he say his heart feel strange.", "severe_burn"),
    ("Husband splashed drain cleaner into his face, skin burning and peeling, eye can't open.", "severe_burn"),
    # choking
    ("My 1 year old choking on grape, can't cry, face going red-blue!!", "choking"),
    ("Grandmother choking on mochi right now, can't breathe, can't speak, hitting back not working.", "choking"),
    ("Husband choking on steak, clutching throat, no sound coming out.", "choking"),
    ("My daughter 4 swallowed a small toy piece and now gagging, can't breathe properly, making whistle noise.", "choking"),
    ("Old man at restaurant choking on food, turning blue, he fell down, I'm with him.", "choking"),
    # testicular_torsion
    ("My son 14 woke up with sudden very bad pain in his left testicle, swelling, he vomited. Started 1 hour ago.", "testicular_torsion"),
    ("Sudden pain in my right ball after football, it is higher than other one and really swollen, throwing up. 17.", "testicular_torsion"),
    ("Teen boy 13 crying with pain in scrotum started suddenly 30 min ago, one side red and swollen.", "testicular_torsion"),
    ("22 y/o male, woke up at 4am with extreme testicle pain, one side, nauseous. No injury. Can I wait for GP?", "testicular_torsion"),
    ("My boy 9 says his private part hurts very much suddenly, I check and one testicle look swollen and he keep vomiting.", "testicular_torsion"),
    # ectopic_pregnancy
    ("Pregnancy test positive last week, 6 weeks, now sharp pain one side lower belly and shoulder tip pain, dizzy, almost faint.", "ectopic_pregnancy"),
    ("Missed period 7 weeks, spotting, then sudden severe pain left side, I feel faint and sweaty.", "ectopic_pregnancy"),
    ("My girlfriend 6 weeks pregnant collapsed in toilet, says belly pain very bad one side, she is pale.", "ectopic_pregnancy"),
    ("I have IUD but test positive, now very bad right pelvic pain and bleeding little, heart fast.", "ectopic_pregnancy"),
    ("Doctor said 'pregnancy of unknown location' yesterday, now I have severe stabbing pain on right side and pain in my shoulder, lightheaded.", "ectopic_pregnancy"),
    # severe_dehydration_child
    ("My son 2 years vomiting and diarrhea 2 days, no pee since 12 hours, eyes sunken, very sleepy, no tears when cry.", "severe_dehydration_child"),
    ("Baby 8 months diarrhea many times, now dry mouth, soft spot sunken, floppy, no wet diaper since morning.", "severe_dehydration_child"),
    ("Daughter 5 can't keep anything down, even water, since yesterday, now very weak and hard to wake up, lips cracked.", "severe_dehydration_child"),
    ("Son 3 stomach flu, now cold hands and feet, breathing fast, no wee all day, not responding much.", "severe_dehydration_child"),
    ("My 1 year old has had watery poo 15 times today, she won't drink, eyes sunken, skin stays up when I pinch.", "severe_dehydration_child"),
    # chest_pain_other
    ("Sudden sharp tearing chest pain going through to my back, I'm 52 with high blood pressure, BP different in each arm.", "chest_pain_other"),
    ("Chest pain sharp after I felt a pop, I'm 20 tall and skinny, now one side can't breathe in, getting worse.", "chest_pain_other"),
    ("I'm 35 woman, sudden chest pain and heart beating 180 on my watch, I feel like faint, palpitations won't stop.", "chest_pain_other"),
    ("My husband 45 crashed his car into a pole just now, steering wheel hit his chest, now chest pain and struggling to breathe.", "chest_pain_other"),
    ("Vomited very hard many times after drinking, now severe chest pain behind breastbone and neck feels crackly under skin.", "chest_pain_other"),
    # vision_loss_sudden
    ("Suddenly can't see anything from my right eye, like a curtain came down, 20 minutes ago. 65 years.", "vision_loss_sudden"),
    ("Eye very painful and red, vision blurred with halos, headache and vomiting, started tonight.", "vision_loss_sudden"),
    ("I see many new floaters and flashing lights and now a dark shadow covering part of my vision, it is spreading.", "vision_loss_sudden"),
    ("My father's vision went black in one eye this morning and it's still very blurry, he had headache and jaw pain when chewing for a week.", "vision_loss_sudden"),
    ("Woke up and the bottom half of my left eye vision is gone, 70 f, no pain.", "vision_loss_sudden"),
    # blood_clot_PE
    ("After long flight yesterday, today sudden short of breath and sharp chest pain when breathe in, coughing little blood.", "blood_clot_PE"),
    ("Calf swollen 3 days, I ignored it, now sudden breathless and heart racing, feel faint. I take the pill.", "blood_clot_PE"),
    ("My wife 2 weeks after C-section, suddenly can't breathe, chest pain, heart beating fast, very anxious.", "blood_clot_PE"),
    ("Had knee surgery 10 days ago, now sudden breathlessness even sitting, oxygen 88%.", "blood_clot_PE"),
    ("My mother has cancer, she is suddenly gasping and coughing blood streak, pain on side of chest when breathe.", "blood_clot_PE"),
    # cauda_equina
    ("Bad back pain and now I can't feel my bottom when wiping, and can't pee properly since this morning.", "cauda_equina"),
    ("Known slipped disc, today numbness between my legs, saddle area, and I wet myself without knowing.", "cauda_equina"),
    ("Back pain shooting down both legs, both legs weak now, and I haven't been able to pass urine all day.", "cauda_equina"),
    ("My husband 50 with sciatica, now he lose control of his bowel, numb around his anus, legs getting weak.", "cauda_equina"),
    ("Lower back pain worse, suddenly numbness in private area and can't feel when I need to pee, both legs tingling.", "cauda_equina"),
]
