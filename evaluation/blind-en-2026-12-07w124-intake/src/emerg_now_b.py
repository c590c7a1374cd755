# Hand-written emergency items (kind "now"), part B. (text, family)

ITEMS = [
    # meningitis_signs
    ("My teenage daughter has a fever, a terrible headache, stiff neck and now purple spots on her legs that don't fade when I press a glass on them", "meningitis_signs"),
    ("Uni student here, my roommate has been vomiting, can't stand the light, neck is stiff and he's very drowsy and confused. temp 39.5", "meningitis_signs"),
    ("Toddler (2) with a high fever and a rash of tiny purple dots spreading on her chest, it doesn't go away with the glass test, and she's drowsy", "meningitis_signs"),
    ("Son has had a fever since this morning, now his hands and feet are ice cold, his legs hurt, and he's got a blotchy rash that doesn't blanch", "meningitis_signs"),
    ("I look after a lady with learning disabilities, she has a high temperature, keeps holding her neck and screaming when the light is on, and there are dark red spots appearing on her arms.", "meningitis_signs"),

    # severe_abdominal_pain
    ("My husband (70) has sudden tearing pain in his tummy going through to his back, he's pale and his BP is 80/50", "severe_abdominal_pain"),
    ("my stomach is rock hard and it hurts so much i cant move, started 3 hours ago and getting worse, been vomiting", "severe_abdominal_pain"),
    ("Mum (89) in the care home is crying out with tummy pain, her belly is swollen and she's vomiting brown stuff, no bowel movement for days", "severe_abdominal_pain"),
    ("Pain started round my belly button and moved to my lower right side, now I can't stand up straight, I've got a fever and any movement is agony", "severe_abdominal_pain"),
    ("My son with a learning disability is doubled up, won't let anyone touch his tummy, it's hard as a board and he's vomiting green", "severe_abdominal_pain"),

    # pregnancy_bleeding_or_pain
    ("I'm 33 weeks pregnant and suddenly bleeding heavily, bright red, soaking a pad every few minutes, my tummy is hard and really painful", "pregnancy_bleeding_or_pain"),
    ("34 weeks pregnant, terrible pain under my ribs on the right, headache and flashing lights, and my face and hands swelled up this afternoon", "pregnancy_bleeding_or_pain"),
    ("My wife is 28 weeks and her waters just broke and she's having strong pains every 3 minutes", "pregnancy_bleeding_or_pain"),
    ("I'm 12 weeks pregnant and bleeding very heavily with big clots, cramping worse than a period, and I feel dizzy", "pregnancy_bleeding_or_pain"),
    ("I'm 38 weeks and the baby hasn't moved all day, and now I've got constant pain in my belly and some bleeding", "pregnancy_bleeding_or_pain"),

    # diabetic_emergency
    ("My dad is type 1 diabetic, he's sweaty and confused and can't swallow the juice I'm giving him. His sugar is 1.9", "diabetic_emergency"),
    ("my 15 yr old T1 son is vomiting, breathing deep and fast, his breath smells like pear drops and the meter just says HI", "diabetic_emergency"),
    ("Resident with diabetes found drowsy and sweating, BM 2.1, not able to take anything by mouth, we have no glucagon.", "diabetic_emergency"),
    ("My husband's sugar monitor is alarming low at 2.4, he's aggressive and not making sense and won't eat or drink anything", "diabetic_emergency"),
    ("I'm type 1, been vomiting all night, ketones 4.2 and sugar 28, can't keep fluids down, tummy hurts and I'm breathing hard", "diabetic_emergency"),

    # sepsis_signs
    ("Mum (84) has a UTI and now she's shivering, blotchy mottled skin on her knees, breathing fast, not making sense and hasn't peed all day", "sepsis_signs"),
    ("My husband is on chemo and has a temp of 38.9, he's shaking uncontrollably and says he feels like he's dying", "sepsis_signs"),
    ("Care home resident with a catheter: temp 39.4, HR 130, BP 82/50, very drowsy.", "sepsis_signs"),
    ("The wound on my leg got infected and now I'm shaking, heart racing, feel confused, and the red has spread right up my thigh", "sepsis_signs"),
    ("Dad's PEG stoma has been infected, and now he's burning hot, breathing fast, skin blotchy and we can barely rouse him", "sepsis_signs"),

    # severe_burn
    ("my 2 year old pulled a kettle of boiling water over himself, his chest and arm are red and blistering, big area", "severe_burn"),
    ("Chip pan fire, my husband's hands and face are burned, skin peeling, his eyebrows are gone and his voice is going hoarse", "severe_burn"),
    ("Dad (dementia) leaned on the hot oven door, there's a burn on his forearm the size of his hand, white and leathery", "severe_burn"),
    ("Got splashed with drain cleaner on my face and in my eye, it's burning like crazy and I can't open the eye", "severe_burn"),
    ("Resident spilled scalding tea across her lap in her wheelchair, large areas on both thighs are blistering and peeling", "severe_burn"),

    # choking
    ("my dad is choking on a bit of steak, he can't cough or talk, going red then blue, back blows not working", "choking"),
    ("Baby choking on a grape, can't cry, she's going blue", "choking"),
    ("Resident with dysphagia is choking on a sandwich, can't breathe, we've done back slaps and abdominal thrusts and it's still stuck", "choking"),
    ("my son swallowed a coin and now he's gagging, drooling and can't breathe properly", "choking"),
    ("My mum is choking on her tablets, hands on her throat and she can't make a sound", "choking"),

    # testicular_torsion
    ("My 14 year old woke up with sudden severe pain in his left testicle, it's swollen and he's vomiting", "testicular_torsion"),
    ("I'm 17, sudden agony in my right ball that started an hour ago, it looks higher up than the other one and im throwing up", "testicular_torsion"),
    ("My son with autism (12) is screaming and holding his groin, one side of his scrotum is swollen and red, it came on suddenly this morning", "testicular_torsion"),
    ("22M, sudden really severe pain in one testicle while sitting at my desk, no injury, it's swollen and I feel sick. Started 2 hrs ago", "testicular_torsion"),

    # ectopic_pregnancy
    ("Positive test last week, I'm about 6 weeks. Now sharp pain low on my left side, pain in my shoulder tip and I feel faint", "ectopic_pregnancy"),
    ("My girlfriend is 7 weeks pregnant and has just collapsed with severe pain on one side of her tummy and some spotting", "ectopic_pregnancy"),
    ("I'm 5 weeks pregnant after IVF, sudden one-sided pelvic pain, dizzy, pale, heart racing", "ectopic_pregnancy"),
    ("period 3 weeks late, positive test, now a terrible stabbing pain low on the right and I almost passed out in the shower", "ectopic_pregnancy"),

    # severe_dehydration_child
    ("My 1 year old has had diarrhoea and vomiting for 2 days, no wet nappy since yesterday, eyes sunken, really floppy", "severe_dehydration_child"),
    ("4 year old with gastro, can't keep even sips down, hasn't peed in 12 hours, lips dry and cracked, very sleepy and hard to wake", "severe_dehydration_child"),
    ("Toddler with norovirus, the soft spot on his head looks sunken, he's crying without tears, limp, cold hands", "severe_dehydration_child"),
    ("My 6 year old with cerebral palsy is tube fed and he's brought back everything, even water through the tube, for 24 hrs. No wee since last night and he's drowsy.", "severe_dehydration_child"),

    # chest_pain_other
    ("sudden ripping pain in my chest that went straight through to my back, I'm 64 with high blood pressure, it's the worst pain I've ever had", "chest_pain_other"),
    ("My son (19, Marfan syndrome, very tall) suddenly has severe chest pain and is short of breath, and one side of his chest doesn't seem to move", "chest_pain_other"),
    ("Chest pain came on suddenly when I was coughing, sharp on the right, now I can barely breathe and I'm going pale. I'm 23, tall thin guy", "chest_pain_other"),
    ("Dad (68) has sudden tearing chest pain, the pulse in his left wrist feels much weaker than the right, and he's sweating", "chest_pain_other"),

    # vision_loss_sudden
    ("I've suddenly lost the vision in my right eye like a curtain came down, about 30 minutes ago", "vision_loss_sudden"),
    ("Mum (79) suddenly can't see out of her left eye, came on over minutes. She's had headaches and jaw pain when chewing this week", "vision_loss_sudden"),
    ("my eye is suddenly super painful and red, vision gone blurry, seeing halos round lights and I'm throwing up", "vision_loss_sudden"),
    ("Sudden shower of floaters and flashing lights and now a dark shadow spreading across the vision in my left eye", "vision_loss_sudden"),

    # blood_clot_PE
    ("My calf was swollen for a few days after my flight and now I'm suddenly short of breath with sharp chest pain when I breathe in, coughed up a bit of blood", "blood_clot_PE"),
    ("Dad had a hip replacement 2 weeks ago, now he's suddenly breathless, heart racing, chest hurts when he breathes in", "blood_clot_PE"),
    ("I'm 30 and on the pill, sudden breathlessness and sharp pain in my side when I breathe, heart rate 125", "blood_clot_PE"),
    ("She's a wheelchair user and her left leg has been swollen and red for 2 days, now she's suddenly gasping and says her chest hurts", "blood_clot_PE"),

    # cauda_equina
    ("Back pain for a week and today I can't feel my bum or between my legs when I wipe, and I've wet myself without knowing", "cauda_equina"),
    ("Slipped disc, now both legs are going numb and weak and I haven't been able to pee since this morning", "cauda_equina"),
    ("My husband's sciatica suddenly got worse, he's numb around his back passage, can't tell if he needs the toilet and both legs are tingling", "cauda_equina"),
    ("Severe low back pain, new numbness in the saddle area and I lost control of my bowels today", "cauda_equina"),
]
