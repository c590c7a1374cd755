# Hand-written emergency items: kind "now" (true emergencies), part B.

def now(text, family):
    return (text, True, "now", family)

ITEMS = [
    # severe_abdominal_pain
    now("Agonising pain in my tummy, started round my belly button this morning and now it's low on the right, I can't walk upright "
        "or even cough without screaming. Temperature 38.5. 19M.", "severe_abdominal_pain"),
    now("Dad is 72, his tummy is swollen like a drum, he's vomiting green stuff and hasn't passed wind or pooed for 3 days. "
        "He's in terrible pain.", "severe_abdominal_pain"),
    now("Sudden severe pain in my belly going through to my back, like being stabbed, I'm 68 and have an aneurysm they were "
        "'watching'. I feel faint.", "severe_abdominal_pain"),
    now("My tummy is rock hard and the pain is unbearable, worse than labour, came on suddenly an hour ago. I have a stomach ulcer. "
        "Can't lie still.", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    now("I'm 32 weeks pregnant and I've just started bleeding heavily, bright red, soaked a pad in 10 mins, and there's cramping.",
        "pregnancy_bleeding_or_pain"),
    now("35 weeks, sudden constant pain in my bump, it's hard as a board and won't relax, and there's some dark blood. Baby's gone quiet.",
        "pregnancy_bleeding_or_pain"),
    now("My waters just went at 37 weeks and I can feel something in my vagina, like a cord. Partner is at work. Please help",
        "pregnancy_bleeding_or_pain"),
    now("Had the baby at home 30 mins ago (she came too fast) and I'm bleeding a lot, clots the size of my fist and I feel really "
        "faint. Midwife not here yet.", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    now("My husband is type 1, he's gone all sweaty and confused and is slurring, now he's too drowsy to swallow the Lucozade I'm giving him.",
        "diabetic_emergency"),
    now("Teenage daughter with type 1 has been vomiting all day, breathing really deep and fast, her breath smells like pear drops, "
        "ketones on the meter are 4.8.", "diabetic_emergency"),
    now("found mum (diabetic on insulin) on the floor shaking and not making sense, meter says 1.9, she can't hold the juice",
        "diabetic_emergency"),
    now("My son (11) was diagnosed type 1 last month, blood sugar reading HI, ketones 3.5, vomiting, tummy pain and he's getting "
        "sleepy. Insulin correction isn't working.", "diabetic_emergency"),
    # sepsis_signs
    now("Mum had a urine infection, started antibiotics yesterday, but now she's shivering uncontrollably, confused, breathing fast, "
        "and her skin is blotchy and mottled. She says she feels like she's going to die.", "sepsis_signs"),
    now("I had a c-section 5 days ago, now I've got a temp of 39.4, heart racing at 130, I feel awful and the wound is oozing. "
        "Not passed urine since this morning.", "sepsis_signs"),
    now("Dad's leg cellulitis has spread right up his thigh overnight, he's burning up and then cold, he's not making sense and his "
        "lips look grey.", "sepsis_signs"),
    now("Toddler had chickenpox, now one of the spots is a big red hot swollen area, she's got a fever of 40 that won't come down, "
        "she's floppy and breathing fast.", "sepsis_signs"),
    # severe_burn
    now("My 2 year old just pulled a cup of boiling tea over himself, his chest and arm are red and blistering already, big area. "
        "I've got him under the cold tap.", "severe_burn"),
    now("Chip pan caught fire and my husband's hands and face are burnt, skin is white and peeling off and his eyebrows are singed, "
        "his voice is going croaky.", "severe_burn"),
    now("Splashed drain cleaner in my eyes and on my face about 2 minutes ago, it's burning like hell. I'm rinsing with water.",
        "severe_burn"),
    now("My son climbed up on a railway bridge with his mates and got a shock off the overhead line, there's a burn on his hand "
        "and a burn on his foot where it came out, and he's dazed. Just happened.", "severe_burn"),
    # choking
    now("Baby is choking on something, she's not making any noise, going blue. 10 months.", "choking"),
    now("Grandad is choking on a bit of steak, he can't speak or cough, he's clutching his throat. Backslaps aren't working.", "choking"),
    now("My 3 year old swallowed a grape whole and is gagging and can't breathe properly, making a squeaky noise.", "choking"),
    now("Mum has dementia and she's choking on her dinner right now, coughing weakly and going purple. I've tried hitting her back.",
        "choking"),
    # testicular_torsion
    now("I'm 14 and got woken up by really bad pain in my left ball, it's swollen and I've been sick. It's been about 2 hours. "
        "Too embarrassed to tell mum.", "testicular_torsion"),
    now("Son (16) came home from rugby training with sudden severe pain in one testicle and it looks higher than the other. "
        "He's pale and vomiting.", "testicular_torsion"),
    now("Sudden agony in my right testicle that came on an hour ago while I was sitting at my desk, can't walk, it's red and "
        "swollen and sitting at a weird angle. 22M.", "testicular_torsion"),
    now("My little boy is 8 and says his willy area hurts, when I looked his scrotum is swollen and purple on one side. "
        "Started this afternoon.", "testicular_torsion"),
    # ectopic_pregnancy
    now("Positive test last week, about 6 weeks. Now I've got sharp stabbing pain low on the left, some spotting, and a really "
        "weird pain in the tip of my shoulder. Feel dizzy.", "ectopic_pregnancy"),
    now("Pregnant roughly 7 weeks, haven't had a scan yet. Sudden severe pain on one side, I fainted in the bathroom, and I'm "
        "bleeding a bit.", "ectopic_pregnancy"),
    now("My girlfriend found out she's pregnant 2 weeks ago, now she's doubled over with pain on her right side, pale and sweaty, "
        "and she says it hurts to poo.", "ectopic_pregnancy"),
    now("I've had an ectopic before. Late period, positive test today, and now one-sided pain that's getting worse by the hour and "
        "I feel lightheaded.", "ectopic_pregnancy"),
    # severe_dehydration_child
    now("My 14 month old has had diarrhoea and vomiting for 2 days, no wet nappy since yesterday afternoon, her eyes look sunken and "
        "she's really floppy and hardly crying.", "severe_dehydration_child"),
    now("Son is 3, can't keep anything down for 24 hours, not even sips, lips dry and cracked, cold hands, very sleepy and not "
        "weed since last night.", "severe_dehydration_child"),
    now("Baby is 7 months, vomiting every feed, dry nappies for 10 hours, the soft spot on her head is sunken in and she's not "
        "really responding to me.", "severe_dehydration_child"),
    now("Our 5 yr old has gastro, vomiting all night, now she's breathing fast, her skin stays up when I pinch it and she's "
        "confused about where she is.", "severe_dehydration_child"),
    # chest_pain_other
    now("Sudden ripping pain in my chest going straight through to my back between my shoulder blades, worst pain ever, 59, high "
        "blood pressure. Right now.", "chest_pain_other"),
    now("Did a couple of lines of coke at a party and now my chest is really tight and painful and my heart is pounding irregular. 25.",
        "chest_pain_other"),
    now("Chest pain that's sharp and much worse lying down, fever and my heart's racing, I feel faint and really breathless - "
        "had a virus last week. 30M.", "chest_pain_other"),
    now("My 17 year old collapsed while running at football training, he came round but now he's got chest pain and his heart is "
        "racing. Coach is with him.", "chest_pain_other"),
    # vision_loss_sudden
    now("Lost the sight in my right eye completely about 20 minutes ago, like a blind came down. No pain. I'm 67.", "vision_loss_sudden"),
    now("Suddenly loads of new floaters and flashing lights and now a dark curtain is coming across the top of my vision in one eye.",
        "vision_loss_sudden"),
    now("My eye is agonisingly painful and red, the vision has gone misty with halos round the lights, and I've been vomiting. "
        "Came on this evening. 71F.", "vision_loss_sudden"),
    now("Dad (79) says he suddenly can't see out of his left eye, and he's had a headache and sore jaw when chewing for a week.",
        "vision_loss_sudden"),
    # blood_clot_PE
    now("Flew back from Perth to London yesterday. Today my left calf is swollen and sore and now I'm suddenly breathless with a "
        "sharp pain when I breathe in and I coughed up some blood.", "blood_clot_PE"),
    now("8 days after my knee replacement I suddenly can't catch my breath, heart is racing and I have a stabbing chest pain on the "
        "right. 63.", "blood_clot_PE"),
    now("On the pill, 29, sudden breathlessness walking to the kitchen and chest pain when I breathe in, my heart's going 120 and "
        "I feel faint.", "blood_clot_PE"),
    now("Two weeks after giving birth, I suddenly feel breathless and there's sharp pain in my side when I breathe, I feel like "
        "something is very wrong.", "blood_clot_PE"),
    # cauda_equina
    now("Bad back for a week but today I can't feel anything around my bum and privates when I wipe, and I haven't been able to wee "
        "since this morning.", "cauda_equina"),
    now("Slipped disc history. Now both legs are going weak and numb, and I just wet myself without realising. 44.", "cauda_equina"),
    now("Husband's sciatica has suddenly got worse in both legs and he says his 'saddle area' is numb and he can't tell if he needs "
        "the toilet. Happened tonight.", "cauda_equina"),
    now("lower back pain, and since lunch numbness between my legs and I've lost control of my bowels. 38F. is this urgent??",
        "cauda_equina"),
]
