# Hand-written emergency items, kind "now" (part 2). Writer 129.
# Each item: (family, text)

ITEMS = [
    # meningitis_signs
    ("meningitis_signs", "My son 16 has high fever 40, terrible headache, he can't bend his neck forward and the light hurts his eyes. And now small purple spots on legs, they don't go away when I press the glass."),
    ("meningitis_signs", "daughter 3 years fever since morning and now rash like little bruises on tummy, doesn't fade with glass test, she is very drowsy and cold hands and feet"),
    ("meningitis_signs", "Student in our shared house (I'm the landlord) is in bed with fever, stiff neck, confused, vomiting, and there are dark red spots on his arms appearing fast. He is 20."),
    ("meningitis_signs", "I'm 22, sudden fever, neck so stiff I can't touch chin to chest, worst headache ever and light is unbearable. Started this afternoon. Im alone in the dorm"),

    # severe_abdominal_pain
    ("severe_abdominal_pain", "Pain in the belly since 6 hours, started around belly button and now very strong on the right bottom side, I can't walk straight, fever 38.5 and vomit. I am 24."),
    ("severe_abdominal_pain", "my husband is rolling on the floor with pain in the stomach, very hard belly like a board, he had stomach ulcer before. Sweating and pale. Since one hour."),
    ("severe_abdominal_pain", "Extreme pain in my side going down to the groin, I can't sit or lie, vomiting, blood in pee. 10 out of 10. Started 2 hours ago at work in factory."),
    ("severe_abdominal_pain", "mother 78 has terrible belly pain for 3 hours, belly swollen big, vomiting green, hasn't passed wind or poo since yesterday."),
    ("severe_abdominal_pain", "sudden tearing pain in my tummy going into my back, feel faint, I'm 71 and they told me last year I have a small aneurysm they are watching"),

    # pregnancy_bleeding_or_pain
    ("pregnancy_bleeding_or_pain", "my wife she is pregnant 30 weeks, now bleeding a lot, red blood, filling pad in 20 min, and belly is hard and painful all the time. What we do?"),
    ("pregnancy_bleeding_or_pain", "32 weeks pregnant, since an hour very bad headache, I see flashing lights and my face and hands are very swollen. Blood pressure machine at home says 165/110."),
    ("pregnancy_bleeding_or_pain", "I am 26 weeks and I have contractions every 5 minutes since 1 hour, painful, and some watery fluid came out. It's too early!"),
    ("pregnancy_bleeding_or_pain", "Pregnant 37 weeks, waters broke and I can feel something in the vagina, like the cord. Husband is driving but we are 40 min from hospital."),
    ("pregnancy_bleeding_or_pain", "im 34 weeks, had a fall on the stairs 30 minutes ago on my belly, now strong constant pain and I don't feel baby moving."),

    # diabetic_emergency
    ("diabetic_emergency", "My son 14 has type 1 diabetes, vomiting all night, breathing deep and fast, smell like nail polish from his mouth, sugar meter says HI. He's very sleepy now."),
    ("diabetic_emergency", "My husband on insulin, he is confused and sweating, talking nonsense, sugar is 1.9, he won't swallow the juice I give him, keeps spitting it out."),
    ("diabetic_emergency", "I'm type 1, sugar 31 mmol and ketones 4.8 on the meter, throwing up, pain in tummy, can't keep water down. Pump fell off in the night I think."),
    ("diabetic_emergency", "grandfather 82 with diabetes, very drowsy since this morning, very thirsty for days, sugar machine reads 34, skin dry, he doesn't know where he is."),
    ("diabetic_emergency", "my colleague diabetic collapsed on the line at the factory, he's shaking and sweating, not making sense, we gave him nothing yet, he can't hold a drink"),

    # sepsis_signs
    ("sepsis_signs", "My mother 79 had urine infection, now since morning she is very confused, shaking with cold, her skin looks blotchy blue on the knees and she is breathing fast. Temperature 35.1."),
    ("sepsis_signs", "After the chemo 8 days ago my husband has fever 38.9 and shivers, very weak, heart racing 130. Oncology said call if fever but it's night."),
    ("sepsis_signs", "wound on my leg from work got infected, red line going up, now I feel terrible, shaking, heart very fast, dizzy when stand, haven't peed since morning."),
    ("sepsis_signs", "baby 10 months fever 39.8, very pale grey, cold hands, not responding normally, weak moaning cry, rash appearing. Had ear infection earlier this week."),
    ("sepsis_signs", "My dad (66) had surgery on bowel 5 days ago, home now, today fever 39.5, belly pain worse, very fast breathing, confused, lips bluish."),

    # severe_burn
    ("severe_burn", "my daughter 2 pulled kettle with boiling water on her chest and arm, just now, skin is coming off, big area like my hand size x3. Cooling with water now."),
    ("severe_burn", "Fire in the kitchen, husband's face and hands burned, his eyebrows burned and he's coughing black stuff and voice is hoarse. Fire is out."),
    ("severe_burn", "At the factory hot oil spilled on my colleague's legs, both legs from knee down, skin white and peeling. He's in shock, shaking. Water on it now."),
    ("severe_burn", "Chemical (acid) from cleaning splashed in my eye and face at work 5 minutes ago, burning terribly, can't open the eye. Washing with tap water now."),
    ("severe_burn", "my son 7 touched the electric cable in the garden, he was thrown back, burn marks on hand, now he's awake but his heart beating strange and he's confused"),

    # choking
    ("choking", "my baby 8 months is choking on piece of apple, no sound, face going red then blue, I did back blows, not coming out!!"),
    ("choking", "Mum (87, dementia) choking on meat at dinner, she can't cough or speak, holding her throat. I'm trying to help her. Now."),
    ("choking", "My husband choking on a fishbone? no, a big piece of steak, can't breathe, can't talk, I did the abdominal thrusts 3 times and it's still stuck"),
    ("choking", "toddler swallowed a grape, coughing at first but now silent and can't breathe, lips blue. What do I do??"),
    ("choking", "Resident in care home choking on sandwich, not breathing, we did back slaps, he's going limp in the chair."),

    # testicular_torsion
    ("testicular_torsion", "My son 13 woke up with very bad pain in his one testicle, swollen, and he is vomiting. It started suddenly one hour ago. He is crying, can't walk."),
    ("testicular_torsion", "Sudden severe pain left ball since 40 minutes, it's higher than the other and very tender, feel sick. No injury. 17 male."),
    ("testicular_torsion", "I'm 22, playing football and suddenly terrible pain in right testicle, no hit, now swollen and hard, pain going up to the belly. 2 hours already."),
    ("testicular_torsion", "boy 11 says his private part hurts very much since PE class, one side of scrotum red and swollen, he vomited twice. This morning he was fine."),

    # ectopic_pregnancy
    ("ectopic_pregnancy", "Test positive last week, about 6 weeks, now very strong pain on the left side low belly, pain in the shoulder tip and I feel like fainting. Little bleeding."),
    ("ectopic_pregnancy", "my wife she is pregnant, maybe 7 weeks, no scan yet, suddenly collapsed in the bathroom with pain in the belly one side, now very pale and sweating, says she is dizzy."),
    ("ectopic_pregnancy", "I had IVF, positive at 5 weeks, now sharp stabbing pain right side low and my belly getting bloated and hard, heart racing, I feel I will faint when I stand."),
    ("ectopic_pregnancy", "period 6 weeks late, pregnancy test positive yesterday, today brown spotting and one-sided cramping that became unbearable in last hour, also pain in my shoulder and dizzy."),

    # severe_dehydration_child
    ("severe_dehydration_child", "My son 18 months vomiting and diarrhea since 2 days, now no wet nappy since this morning (14 hours), eyes sunken, very sleepy, not crying tears. He won't drink."),
    ("severe_dehydration_child", "daughter 3 has stomach bug, vomiting every drink, very floppy now, mouth dry and cracked, hands cold, hasn't peed all day. Hard to wake her."),
    ("severe_dehydration_child", "baby 9 months diarrhea 10 times today, watery, and vomiting, soft spot on his head sunken, he is very quiet and not interested in anything."),
    ("severe_dehydration_child", "My 4 year old has had norovirus 3 days, today he can't stand up, breathing fast, eyes sunken, lips very dry, only one tiny wee since yesterday."),

    # chest_pain_other
    ("chest_pain_other", "Sudden tearing pain in chest going straight through to my back between shoulder blades, worst pain of my life, started 10 min ago. I have high blood pressure. 60 man."),
    ("chest_pain_other", "I'm 28, tall and thin, suddenly sharp pain right side of chest and can't breathe properly, started 30 min ago while sitting, getting worse."),
    ("chest_pain_other", "my friend took cocaine at party and now has strong chest pain, heart racing very fast, sweating, feels he is going to die. He's 30."),
    ("chest_pain_other", "Hit in the chest by a pallet falling at work 20 min ago, now severe chest pain, breathing getting harder and one side of chest not moving."),
    ("chest_pain_other", "Chest pain that started an hour ago, now heart beating 190 on my watch, I feel faint and have to lie down, vision going grey. 45 woman."),

    # vision_loss_sudden
    ("vision_loss_sudden", "Suddenly I can't see from my right eye, like black curtain came down, 20 minutes ago. No pain. I am 68, I have high blood pressure."),
    ("vision_loss_sudden", "My eye is very red and painful, vision blurred with halos around the lights, headache and vomiting, started this evening. 62 woman."),
    ("vision_loss_sudden", "woke up and the bottom half of vision in left eye is gone, grey. Yesterday many floaters and flashes. Now it's getting bigger."),
    ("vision_loss_sudden", "Mother 76 has headache on the temple and pain when chewing for a week, and now this morning she lost vision in one eye suddenly."),

    # blood_clot_PE
    ("blood_clot_PE", "I came back from Australia flight 2 days ago, my calf is swollen, and now suddenly I'm breathless and chest pain when I breathe in, coughing little blood."),
    ("blood_clot_PE", "Two weeks after my knee operation, sudden short of breath just now, heart racing, sharp chest pain, I feel very anxious and dizzy."),
    ("blood_clot_PE", "I'm on the pill and smoking, my left leg was swollen and red for 3 days, and now right now I can't catch my breath even sitting and I nearly fainted."),
    ("blood_clot_PE", "my mother, 6 days after caesarean, now suddenly gasping, lips purple, chest pain, saturation 86 on the finger thing."),

    # cauda_equina
    ("cauda_equina", "I have back pain from disc, but since this morning numb between the legs, like sitting on nothing, and I can't pee, the bladder full but nothing comes. Both legs weak."),
    ("cauda_equina", "Strong back pain after lifting at warehouse 2 days, today I wet myself without feeling and my bum and inner thighs are numb. Legs tingling. What to do?"),
    ("cauda_equina", "Sciatica in both legs now (before only one), and since few hours no feeling when I wipe after toilet, and I can't control my poo. 44 year man."),
    ("cauda_equina", "My husband has slipped disc, today suddenly numbness around his back passage and genitals, and he has not passed urine since 12 hours, his legs getting weaker."),
]
