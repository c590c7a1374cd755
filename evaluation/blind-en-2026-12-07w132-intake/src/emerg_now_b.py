# Hand-written emergency items, kind "now", part B. (family, text)

ITEMS = [
    # meningitis_signs
    ("meningitis_signs", "Son (17) has a stiff neck, fever, says the light hurts his eyes and now there's a purple rash that doesn't fade under a glass."),
    ("meningitis_signs", "Flatmate (20) came back from lectures with a high fever and a terrible headache, can't bend her neck, now really drowsy. Spots appearing on her legs."),
    ("meningitis_signs", "My 4 year old has a fever and little purple dots on his tummy that don't go when I press a glass on them. He's very sleepy."),
    ("meningitis_signs", "Husband, 45, fever of 40, worst headache ever, neck stiff, and he's getting confused, doesn't know what day it is."),
    # severe_abdominal_pain
    ("severe_abdominal_pain", "Stomach pain came on suddenly an hour ago, like a knife, belly is rock hard and I can't move. 60. Was going to take a Rennie."),
    ("severe_abdominal_pain", "Pain started round my belly button yesterday, now low on the right and agony, fever, can't stand up straight. 19."),
    ("severe_abdominal_pain", "Sudden tearing pain in my tummy going through to my back, I'm 66 and they've been watching an aneurysm. Feel faint."),
    ("severe_abdominal_pain", "Been vomiting green stuff, belly swollen like a drum, haven't passed wind in 2 days, pain coming in waves and getting worse. 73, had bowel surgery years ago."),
    ("severe_abdominal_pain", "Upper belly pain boring through to my back, worst pain I've had, after a big weekend on the drink, can't stop vomiting. 44M."),
    # pregnancy_bleeding_or_pain
    ("pregnancy_bleeding_or_pain", "32 weeks pregnant, sudden bleeding, soaked a pad in 10 min, tummy hard and painful."),
    ("pregnancy_bleeding_or_pain", "Wife is 34 weeks, sudden constant bad pain in her belly, it's hard as a board and she's bleeding. She says wait for the midwife to call back tomorrow."),
    ("pregnancy_bleeding_or_pain", "I'm 20 weeks pregnant and bleeding heavily with clots and cramping. Alone at home."),
    ("pregnancy_bleeding_or_pain", "36 weeks, baby hasn't moved since this morning and I've got a steady pain in my bump and some bleeding."),
    # diabetic_emergency
    ("diabetic_emergency", "Husband's type 1, he's sweaty, shaking, talking rubbish and won't eat anything. Sugar reads 2.1. He's getting aggressive with me."),
    ("diabetic_emergency", "Type 1, 24, been vomiting all day, sugars over 30, ketones 4.2, breathing fast. Think it's just a bug."),
    ("diabetic_emergency", "My dad, 70, on insulin, found him slumped and drowsy, meter says LO. He can't swallow the juice I'm giving him."),
    ("diabetic_emergency", "Son, 14, newly diagnosed type 1, meter says HI, he's vomiting, tummy pain, and his breath smells like pear drops."),
    ("diabetic_emergency", "Type 2 on insulin, 59, sugar 2.4 and still dropping after biscuits, I'm shaking and can't think straight, nobody else home."),
    # sepsis_signs
    ("sepsis_signs", "Dad, 77, had a water infection, now he's confused, shivering uncontrollably, skin mottled and he hasn't peed since this morning."),
    ("sepsis_signs", "Day 5 after my gallbladder op, temp 39.5, heart racing at 130, feel like I'm going to die, and the wound is red and oozing."),
    ("sepsis_signs", "Cellulitis on my leg, on antibiotics, but now I'm freezing cold then boiling, heart pounding, and I feel dizzy and muddled. 62."),
    ("sepsis_signs", "My wife's on chemo, temp 38.9 tonight, shaking, breathing fast and she's gone very drowsy and muddled. She's 55."),
    ("sepsis_signs", "Cut on my hand from work went red and swollen, now red streaks up my arm, fever 39, shaking, heart racing and I feel confused. 51."),
    # severe_burn
    ("severe_burn", "Chip pan went over my legs, skin white and peeling off both shins, big area. 57. Cold water on it now."),
    ("severe_burn", "Toddler pulled a cup of tea over herself, chest and arm, skin blistering over a big area and she's screaming."),
    ("severe_burn", "Welding, sparks caught my overalls, burn across my back and side, some bits look charred and don't hurt much. 46."),
    ("severe_burn", "Kitchen fire just now, husband's face and hands burnt, eyebrows singed and his voice has gone hoarse."),
    ("severe_burn", "Sparky mate just touched a live cable, black burn marks on his hand and foot, says he's fine but feels odd and his heart's fluttering."),
    # choking
    ("choking", "Dad's choking on a piece of steak, he can't talk or cough, going red then blue. What do I do???"),
    ("choking", "Baby's choking on a grape, no sound coming out."),
    ("choking", "My wife's choking on a boiled sweet, I've done back slaps, it's still stuck, she can't speak."),
    ("choking", "Man at the next table in the restaurant is clutching his throat, can't breathe, his wife is panicking, what do we do."),
    # testicular_torsion
    ("testicular_torsion", "Woke up an hour ago with sudden awful pain in my left ball, it's swollen and sitting higher, been sick. 15."),
    ("testicular_torsion", "Son, 13, sudden pain in his testicle after football, can't walk, crying. He's embarrassed and wants to wait till morning."),
    ("testicular_torsion", "21M, sudden severe pain in right testicle 2 hours ago, no injury, feel sick. Ice and paracetamol?"),
    ("testicular_torsion", "My boy is 9 and screaming that his privates hurt, one side swollen and red, started 30 min ago."),
    # ectopic_pregnancy
    ("ectopic_pregnancy", "Positive test last week, now sharp pain low on one side and my shoulder tip hurts, feel faint. 29."),
    ("ectopic_pregnancy", "I'm about 7 weeks pregnant, terrible one-sided pain for an hour plus spotting, and I nearly fainted in the shower."),
    ("ectopic_pregnancy", "Girlfriend, 24, positive test yesterday, now doubled over with pain on her left side and dizzy. She wants to wait for the GP."),
    ("ectopic_pregnancy", "6 weeks pregnant after IVF, no scan yet, sudden stabbing pain right side, pale and sweaty, heart racing. 38."),
    # severe_dehydration_child
    ("severe_dehydration_child", "Our 1 year old has had diarrhoea and vomiting since yesterday, no wet nappy for 12 hours, sunken eyes, very floppy."),
    ("severe_dehydration_child", "Toddler, 2, can't keep anything down, lips dry and cracked, no tears when he cries, hardly responding to us."),
    ("severe_dehydration_child", "Son, 4, has gastro, now really sleepy, cold hands and feet, hasn't peed since this morning and it's night now."),
    ("severe_dehydration_child", "Baby (8 months) vomiting every feed, the soft spot on her head looks sunken, no wet nappies today."),
    # chest_pain_other
    ("chest_pain_other", "Sudden tearing pain in my chest going through to my back between the shoulder blades, worst pain ever. 59, high BP."),
    ("chest_pain_other", "Tall skinny lad, 19, sudden sharp pain on one side of his chest and getting more short of breath over the last hour."),
    ("chest_pain_other", "Took a cricket ball to the chest an hour ago, now sharp pain every breath, getting short of breath and dizzy. 42."),
    ("chest_pain_other", "Fell off the scaffold onto my side 30 min ago, chest pain getting worse with each breath, feels like air's not going in on the right. 50."),
    ("chest_pain_other", "Severe chest pain since I vomited hard after a night on the drink, now it's in my neck too and the skin on my neck feels crackly. 47."),
    # vision_loss_sudden
    ("vision_loss_sudden", "Lost the vision in my right eye about 20 minutes ago, like a curtain came down. 66. It hasn't come back."),
    ("vision_loss_sudden", "Eye suddenly agonising, red, blurry with halos round the lights, and I'm throwing up. 70."),
    ("vision_loss_sudden", "Half my vision went dark in my left eye this morning, black shadow creeping across, loads of floaters before that. 55."),
    ("vision_loss_sudden", "Splashed drain cleaner in my eye at work 5 min ago, it's burning and I can't see out of it."),
    ("vision_loss_sudden", "Woke up just now and can't see anything out of my left eye, totally black. 73. No pain."),
    # blood_clot_PE
    ("blood_clot_PE", "Flew back from Australia 2 days ago, calf was sore, now sudden sharp chest pain when I breathe in and I'm short of breath. 48."),
    ("blood_clot_PE", "2 weeks after knee surgery, suddenly breathless, heart racing, just coughed up a bit of blood. 58."),
    ("blood_clot_PE", "On the pill, 31, swollen calf all week, now suddenly breathless and pain when I breathe in. Fainted once."),
    ("blood_clot_PE", "Dad, 72, in bed since his hip op, suddenly gasping, pain in his chest, going grey."),
    ("blood_clot_PE", "Calf's been swollen and hot for 3 days, today suddenly I can't get my breath walking to the loo and my heart's going like the clappers. 54M."),
    # cauda_equina
    ("cauda_equina", "Bad back for a week, now numb around my backside and between my legs, and I couldn't pee properly this morning. 46."),
    ("cauda_equina", "Known slipped disc. Today both legs weak and tingling and I wet myself without feeling it. 52. Physio appointment isn't till Monday."),
    ("cauda_equina", "Sciatica both sides now, numb when I wipe, and I've lost control of my bowels once today. 39."),
    ("cauda_equina", "Lifted a pallet at work, back went, now my willy and saddle area feel numb, can't tell if I need to pee. 55M."),
    ("cauda_equina", "Back pain worse since yesterday, both feet going numb, and I haven't been able to pee since this morning even though I've tried. 61."),
]
