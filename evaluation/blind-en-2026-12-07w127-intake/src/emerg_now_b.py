# Hand-written emergency items, kind "now" (part B). Each: (text, kind, family)

ITEMS = [
    # severe_abdominal_pain
    ("Severe pain in my lower right belly since this morning, getting worse every hour, I can't walk straight, vomiting and fever 38.7",
     "now", "severe_abdominal_pain"),
    ("My husband is rolling on the floor with stomach pain, his belly is hard like a board and he screams if I touch it. Started 2 hours ago.",
     "now", "severe_abdominal_pain"),
    ("Sudden tearing pain in my belly going through to my back, I'm 71, I feel faint and cold. It started 20 minutes ago.",
     "now", "severe_abdominal_pain"),
    ("my son (12) has terrible belly pain, he's vomiting green stuff, his tummy is swollen and he hasn't pooed in 3 days", "now",
     "severe_abdominal_pain"),
    ("worst stomach pain of my life, top of the belly going into my back, vomiting non stop. I drank a lot at the weekend. can't sit still",
     "now", "severe_abdominal_pain"),

    # pregnancy_bleeding_or_pain
    ("I'm 30 weeks pregnant and bleeding heavily, bright red, and my belly is very painful. It started just now.", "now",
     "pregnancy_bleeding_or_pain"),
    ("35 weeks, my waters just broke and I can feel something coming out, I think it's the cord. What do I do??", "now",
     "pregnancy_bleeding_or_pain"),
    ("32 weeks pregnant. Terrible headache since this morning, I'm seeing flashing lights, my face is swollen and there's pain under my "
     "right ribs. Clinic sister is off today.", "now", "pregnancy_bleeding_or_pain"),
    ("Im 26 weeks, my belly is rock hard and painful all the time, not coming and going, and now I'm bleeding.", "now",
     "pregnancy_bleeding_or_pain"),
    ("My wife is 38 weeks, the baby hasn't moved at all since last night and now she has cramping pain. Should we wait till morning?",
     "now", "pregnancy_bleeding_or_pain"),

    # diabetic_emergency
    ("My son (14, type 1) is vomiting and breathing deep and fast, his breath smells like nail polish remover and the meter just says HI.",
     "now", "diabetic_emergency"),
    ("Gogo is diabetic, she's sweating, confused and not making sense, sugar is 2.1 and she can't swallow the juice we give her.",
     "now", "diabetic_emergency"),
    ("Husband on insulin, found him shaking and confused, he won't eat anything, sugar 1.8. He's fighting us.", "now", "diabetic_emergency"),
    ("Type 1 here, sugar is 29 and ketones high on the strip, I keep vomiting and can't keep water down, breathing heavy", "now",
     "diabetic_emergency"),
    ("My dad's sugar machine says HI, he's very drowsy and hard to wake, he's been peeing all day and didn't drink much", "now",
     "diabetic_emergency"),

    # sepsis_signs
    ("My mother had a bladder infection, now she has fever and shaking chills, she's confused, the BP machine says 82/50 and she's "
     "breathing fast.", "now", "sepsis_signs"),
    ("Wound from my c-section got infected, now I'm burning hot 40 degrees, heart racing 130, skin is blotchy and I feel like I'm dying.",
     "now", "sepsis_signs"),
    ("My dad is on chemo and has a fever of 38.6 and is shivering badly tonight. Chemo was last week.", "now", "sepsis_signs"),
    ("Husband's leg wound is red and the redness is spreading fast, he's shivering, confused and his skin is cold and mottled.",
     "now", "sepsis_signs"),
    ("Gogo had a bladder infection, today she's very confused, hasn't passed urine since morning, hot and cold and breathing fast.",
     "now", "sepsis_signs"),

    # severe_burn
    ("my son (3) pulled a pot of boiling water over himself, his chest and both arms, the skin is peeling off. we put him under the tap",
     "now", "severe_burn"),
    ("The paraffin stove exploded in the shack, my sister's face and hands are burned with blisters and her voice is getting hoarse.",
     "now", "severe_burn"),
    ("Hot oil from the pan splashed on my husband's face and neck, the skin is white and leathery and he can't feel it.", "now",
     "severe_burn"),
    ("He got an electric shock from the Eskom cable he was stealing, there's a black burn on his hand and foot, he's awake but shaky.",
     "now", "severe_burn"),
    ("Gogo's dress caught fire at the cooking fire, her legs are burned over a big area, some skin is black. She is 79.", "now",
     "severe_burn"),

    # choking
    ("My baby is choking on a grape!! She can't cry or breathe", "now", "choking"),
    ("my dad is choking on a piece of meat, he can't speak, he's holding his throat and turning blue", "now", "choking"),
    ("toddler put a marble in his mouth and swallowed wrong, now gagging and struggling to breathe, making a whistling sound", "now",
     "choking"),
    ("my friend is choking on a chicken bone at the braai, he can't cough, his face is purple", "now", "choking"),
    ("Gogo is choking on pap, we did back blows but it's not working, she's going limp", "now", "choking"),

    # testicular_torsion
    ("My 14 year old son woke up with sudden terrible pain in his left testicle, it's swollen and he has vomited.", "now",
     "testicular_torsion"),
    ("im 17, sudden really bad pain in one ball about an hour ago, it looks higher up than the other one and i feel like throwing up. embarrassed to tell my mom",
     "now", "testicular_torsion"),
    ("My son (10) is crying and holding his private parts, he says one testicle is very sore since he woke up, it's red and swollen.",
     "now", "testicular_torsion"),
    ("sudden pain in my right testicle playing soccer, so painful I vomited. 20 years. it's been 2 hours and getting worse", "now",
     "testicular_torsion"),
    ("eish my boy is 13, sudden pain in his balls and lower belly, one side is swollen and hard since 2 hours. he can't walk", "now",
     "testicular_torsion"),

    # ectopic_pregnancy
    ("I'm about 7 weeks pregnant (positive test), I have sharp pain low on the left side, pain in my shoulder tip and I feel faint.",
     "now", "ectopic_pregnancy"),
    ("Missed my period, positive test last week, now severe pain on one side and spotting. I'm dizzy when I stand.", "now",
     "ectopic_pregnancy"),
    ("The scan on Monday said they couldn't see the pregnancy in the womb yet. Now I have sudden stabbing pain and I passed out for a second.",
     "now", "ectopic_pregnancy"),
    ("I'm 6 weeks pregnant with my loop still in, terrible cramping on one side, I'm sweaty and feel like I'll faint.", "now",
     "ectopic_pregnancy"),
    ("My girlfriend had a positive test 2 weeks ago and now sudden pain on her right side, she's very pale and can't stand up.", "now",
     "ectopic_pregnancy"),

    # severe_dehydration_child
    ("my 1 year old has diarrhoea and vomiting 2 days, no wet nappy since yesterday, eyes sunken and very sleepy", "now",
     "severe_dehydration_child"),
    ("My son (3) is vomiting everything, no pee for 12 hours, lips cracked and dry, crying without tears and floppy.", "now",
     "severe_dehydration_child"),
    ("baby 8 months runny tummy for 3 days, the soft spot is sunken, she's not drinking and when I pinch her skin it stays up", "now",
     "severe_dehydration_child"),
    ("my daughter 5 has gastro and can't keep even small sips down, very drowsy, cold hands, hasn't peed all day", "now",
     "severe_dehydration_child"),
    ("Twins 10 months both have diarrhoea, one is floppy and breathing fast, dry mouth, no tears. The other is drinking.", "now",
     "severe_dehydration_child"),

    # chest_pain_other
    ("Sudden tearing pain in my chest going straight through to my back between the shoulder blades, I'm 58 with high BP. Started 10 min ago.",
     "now", "chest_pain_other"),
    ("I'm 20, tall and skinny, just had a sudden sharp pain on the right side of my chest and now I'm short of breath. Getting worse.",
     "now", "chest_pain_other"),
    ("Took coke (cocaine) at a party an hour ago, now chest pain and my heart is racing like crazy, sweating", "now", "chest_pain_other"),
    ("Car accident just now, the steering wheel hit my chest, severe pain when I breathe and I can't take a deep breath.", "now",
     "chest_pain_other"),
    ("After vomiting hard from drinking, sudden severe pain in my chest that is getting worse, it hurts to swallow.", "now",
     "chest_pain_other"),

    # vision_loss_sudden
    ("I suddenly can't see out of my right eye, it was like a curtain coming down. 20 minutes ago. No pain.", "now", "vision_loss_sudden"),
    ("Woke up and my left eye is black, I can't see anything from it at all. The right one is fine.", "now", "vision_loss_sudden"),
    ("my dad is 70, he suddenly lost the vision in one eye this morning, he's had a headache and pain in his jaw when chewing for a week",
     "now", "vision_loss_sudden"),
    ("Just now a shower of floaters and flashes and now there's a dark shadow over half the vision in my left eye", "now",
     "vision_loss_sudden"),
    ("sudden severe pain in my eye, it's red, I see halos around lights, I'm vomiting and the vision is very blurry", "now",
     "vision_loss_sudden"),

    # blood_clot_PE
    ("Long flight from London yesterday, my calf was swollen, now suddenly short of breath and sharp pain in my chest when I breathe in, "
     "coughed a bit of blood", "now", "blood_clot_PE"),
    ("2 weeks after my knee op, suddenly I can't catch my breath, heart racing, chest hurts when I breathe in", "now", "blood_clot_PE"),
    ("I'm on the pill, my leg was swollen and sore last week, now suddenly I can't catch my breath and I nearly fainted", "now",
     "blood_clot_PE"),
    ("I gave birth 10 days ago. Just now sudden shortness of breath and chest pain, and I coughed a little blood.", "now", "blood_clot_PE"),
    ("My mom has cancer, suddenly she is breathless and her heart is racing, her leg has been swollen for a few days", "now",
     "blood_clot_PE"),

    # cauda_equina
    ("Back pain for a week, now since this morning I'm numb around my bum and privates, can't feel when I wipe, and I can't pee properly.",
     "now", "cauda_equina"),
    ("Known slipped disc. Today both my legs are weak and I wet myself without even knowing.", "now", "cauda_equina"),
    ("Severe back pain after lifting the fridge, now numbness in the saddle area and I can't pass urine since last night.", "now",
     "cauda_equina"),
    ("My husband's back pain got much worse, both legs tingling and weak and he lost control of his bowels today.", "now", "cauda_equina"),
    ("sciatica for a month but since yesterday I can't feel the toilet paper and I can't pee even though I need to", "now", "cauda_equina"),
]
