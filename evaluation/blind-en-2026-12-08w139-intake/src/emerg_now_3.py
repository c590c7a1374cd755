# Emergencies (kind now), part 3: (text, family). Written by hand.
ITEMS = [
    # severe_burn
    ("My toddler pulled a mug of just-boiled tea over himself 10 min ago. His chest and arm are red and blistering, an area bigger than my hand. I've run it under cold water. Can I put Sudocrem on and give Calpol?", "severe_burn"),
    ("Chip pan caught fire, my husband tried to carry it out and his both hands and forearms are white and leathery in patches and he says they don't hurt much which is weird. Should I wrap them in clingfilm and wait till morning?", "severe_burn"),
    ("My son was messing with a lighter and aerosol, his face got burnt and his eyebrows are gone, his voice is hoarse and he's coughing black stuff. Burnt skin round his mouth. Is aloe vera ok?", "severe_burn"),
    ("I spilled drain cleaner (the sulphuric acid one) on my leg about 5 minutes ago, the skin's gone white and it's burning like crazy over a big area. I've wiped it off with a towel. Which cream?", "severe_burn"),
    ("My nan leant on the wood burner and her forearm stuck to it for a few seconds, there's a big deep burn and skin hanging off. She's 90 and on blood thinners. I'm with her now, we've got it under the tap.", "severe_burn"),

    # choking
    ("My baby (9 months) is choking on a piece of apple, she's making no noise, going red then bluish. I've patted her back. Please what do I do", "choking"),
    ("Dad's choking on a bit of steak at dinner, can't talk or cough, clutching his throat. We've done back slaps, nothing.", "choking"),
    ("My mum has dementia and she's just got one of her big calcium tablets stuck, she's coughing weakly, can't speak and her lips are going blue. I'm giving her water.", "choking"),
    ("my 4 year old swallowed a grape whole and now he's gagging and can't breathe properly, just making a squeaky sound. should I make him drink?", "choking"),
    ("Swallowed a big ibuprofen capsule and it's stuck, I can't breathe in properly, only wheeze and I can't speak clearly. I'm alone. Typing this.", "choking"),

    # testicular_torsion
    ("I'm 14 and woke up an hour ago with really bad pain in one of my balls and it's gone high up and swollen. I've been sick. I don't want to tell my mum. Can I take ibuprofen?", "testicular_torsion"),
    ("My son (11) is crying with sudden pain in his testicle since after PE, about 2 hours now, he's vomited and it looks red and higher than the other. Paracetamol didn't help. Should we wait for the GP tomorrow?", "testicular_torsion"),
    ("Sudden agonising pain in my left testicle while I was sleeping, started 45 min ago, it's swollen and sitting sideways and I feel sick. I'm 19. Is this an STI?", "testicular_torsion"),
    ("My 16 year old has just come to me saying his testicle suddenly started hurting badly playing rugby and now it's really tender and his tummy hurts too. He's pale. Ice pack ok?", "testicular_torsion"),
    ("baby boy 8 months, screaming for an hour, won't settle, and I noticed his scrotum is swollen and dark red on one side. no fever. teething?", "testicular_torsion"),

    # ectopic_pregnancy
    ("I'm about 7 weeks pregnant (positive test last week, no scan yet). I've got sharp one-sided pain low on the left that's getting worse, a bit of brown spotting, and now pain in my shoulder tip and I feel faint. Is this normal?", "ectopic_pregnancy"),
    ("Period is 3 weeks late and test is positive. Sudden stabbing pain in my right side an hour ago, I fainted in the bathroom, I'm pale and dizzy now. Can I take codeine?", "ectopic_pregnancy"),
    ("I have a coil and just found I'm pregnant. Today severe pain on one side and light bleeding, now my heart is racing and I feel like I'll pass out when I stand. My friend says it's just cramps.", "ectopic_pregnancy"),
    ("Had IVF transfer 5 weeks ago, positive test, but now cramping badly on the left, pain when I poo and in my shoulder, and I'm clammy. Clinic is closed till Monday. Should I wait?", "ectopic_pregnancy"),
    ("My girlfriend is 6 weeks pregnant, she's just collapsed on the floor holding her lower tummy on one side, pale and sweaty, she says she's had spotting for 2 days. What do I give her?", "ectopic_pregnancy"),

    # severe_dehydration_child
    ("My 1 year old has had diarrhoea and vomiting for 2 days, no wet nappy since last night, his eyes look sunken and he's really floppy and sleepy, barely crying. Can I give him Dioralyte with a syringe?", "severe_dehydration_child"),
    ("Daughter is 3, stomach bug, can't keep anything down including water, hasn't peed for 14 hours, lips are cracked, cold hands, and she's very drowsy. How much Calpol?", "severe_dehydration_child"),
    ("Baby 7 months vomiting every feed since yesterday, soft spot on her head looks sunken, crying with no tears and she's limp. Should I switch formula?", "severe_dehydration_child"),
    ("My son is 5 and has had gastro for 3 days, now he's not making sense, very pale, breathing fast and hasn't weed all day. Is it ok to give him Imodium?", "severe_dehydration_child"),
    ("2 year old with a tummy bug, vomited 10 times today, now unusually quiet, skin stays tented when I pinch it and hands are cold. Can I try flat Coke?", "severe_dehydration_child"),

    # chest_pain_other
    ("I'm 34, tall and skinny, and out of nowhere I've got a sharp pain on the right side of my chest and I'm short of breath, worse when I breathe in. Started 20 min ago. Can I take ibuprofen?", "chest_pain_other"),
    ("Tearing pain in my chest going straight through to between my shoulder blades, came on suddenly 10 min ago. I'm 66 with high blood pressure. My BP machine says 190/110. Should I take an extra amlodipine?", "chest_pain_other"),
    ("I snorted coke at a party an hour ago and now I have crushing chest pain and my heart's pounding. I'm 27. Will it wear off? Can I take a Valium?", "chest_pain_other"),
    ("My wife, 45, was vomiting a lot and now has sudden severe chest pain after a big retch, and her neck feels crackly under the skin. Can she take Gaviscon?", "chest_pain_other"),
    ("I'm 52 and have a sudden pressure pain in my chest with a racing heartbeat of 180 on my watch, I feel dizzy and like I'll black out. It's been 15 minutes. Cough to reset it?", "chest_pain_other"),

    # vision_loss_sudden
    ("I've suddenly lost the vision in my right eye, like a curtain came down about 30 minutes ago. No pain. I'm 68 and on warfarin. Should I put drops in?", "vision_loss_sudden"),
    ("My left eye went completely black about 20 minutes ago, I can't see anything out of it. It's come back a little. I'm 72. Will it come back properly if I rest?", "vision_loss_sudden"),
    ("Very painful red eye since this evening, vision blurry with halos round lights, I'm throwing up. I started some new tablets for bladder (oxybutynin) yesterday.", "vision_loss_sudden"),
    ("Got splashed in the eye with oven cleaner a few minutes ago, it's burning and I can barely see. Should I use my eye drops?", "vision_loss_sudden"),
    ("Shower of floaters and flashes in my right eye in the last hour and now a dark shadow coming in from the side. I'm very short-sighted. Can it wait till the optician opens Monday?", "vision_loss_sudden"),

    # blood_clot_PE
    ("Flew back from Sydney yesterday, now my calf is swollen and sore and in the last hour I've got sudden breathlessness and pain when I breathe in, and I coughed up a bit of blood. I'm on the pill.", "blood_clot_PE"),
    ("I'm 3 weeks post op from a knee replacement, stopped my blood thinner injections early because they hurt. Now sudden chest pain, heart racing and can't catch my breath. Is it a panic attack?", "blood_clot_PE"),
    ("My mum is 2 weeks after a hip op, she's just suddenly got really breathless sitting in bed, lips a bit blue and says her chest hurts when she breathes in. Oxygen on her finger thing says 86.", "blood_clot_PE"),
    ("I'm 6 weeks postpartum and just now got sudden sharp chest pain and I can't breathe properly, heart is going crazy. I've had a painful swollen leg for a few days. Should I take paracetamol?", "blood_clot_PE"),
    ("On HRT and tamoxifen. My leg has been swollen and red for 3 days and this morning I'm suddenly gasping walking to the bathroom and feel like I'm going to faint. Can I double my inhaler?", "blood_clot_PE"),

    # cauda_equina
    ("I've had bad back pain for a week but since this morning I can't feel anything when I wipe after the toilet and both legs are going numb and weak. I haven't peed since last night even though I need to. Should I up my naproxen?", "cauda_equina"),
    ("My husband has sciatica, but today he's wet himself without knowing and says his bottom and inner thighs feel numb. He's 51. He took 2 co-codamol. Is that just the tablets?", "cauda_equina"),
    ("Slipped disc diagnosed last month. Since a few hours ago numbness around my private parts, both legs weak, can't pee properly. The physio appointment is Tuesday - ok to wait?", "cauda_equina"),
    ("Back pain after lifting, now I can't control my bowels and there's a saddle area of numbness. 44, female. Pain tablets from the pharmacy haven't helped. Any other tablets I could try?", "cauda_equina"),
]
