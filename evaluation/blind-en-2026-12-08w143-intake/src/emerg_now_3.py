# Emergencies (kind now), part 3 (hand written, writer 143)

ITEMS = [
    # choking
    ("my baby's choking on a grape I think, she's coughing but no sound coming out now and she's going blue round the lips, she's eleven months, I've tried patting her back",
     "choking"),
    ("um my mam's eighty four and she's choking on a bit of meat, she can't talk or cough properly, she's just pointing at her throat and she's gone red and now a bit purple",
     "choking"),
    ("Dad (70, had a stroke last year) was eating and now he's coughing and spluttering and can't catch his breath, it's been a few minutes and he's getting more panicky and his lips look dusky.",
     "choking"),
    ("uh my son he's four he swallowed a a a bouncy ball or something and now he's drooling and he can't swallow his spit and he's making a whistling noise when he breathes in",
     "choking"),

    # testicular_torsion
    ("um my son's fourteen and he woke up about an hour ago with really bad pain in his left ball and it's swollen and he's been sick, he's too embarrassed to let me look, can I give him Nurofen and see",
     "testicular_torsion"),
    ("16M. Sudden really severe pain in one testicle while playing football an hour ago. It's higher up than the other one now and I threw up. Embarrassed to tell my parents. Will it go away?",
     "testicular_torsion"),
    ("uh hi I'm twenty one and I got this sudden pain in my right testicle about forty minutes ago out of nowhere, it's the worst pain, and my stomach hurts too, I've never had anything like it",
     "testicular_torsion"),
    ("My 9 year old says his private parts hurt really badly, came on suddenly at bedtime, one side is red and swollen and he's crying and vomiting. Could it be a pulled muscle from PE?",
     "testicular_torsion"),

    # ectopic_pregnancy
    ("um I'm about six weeks pregnant I think and I've got a really sharp pain low down on the right side and now a weird pain in the tip of my shoulder and I just nearly fainted on the toilet",
     "ectopic_pregnancy"),
    ("Positive test 2 weeks ago, haven't had a scan yet. For the last hour, severe stabbing pain on the left side of my pelvis, some brown spotting, and I feel dizzy and sweaty. I had chlamydia a few years back.",
     "ectopic_pregnancy"),
    ("uh my girlfriend's pregnant, early, like seven weeks, and she's on the bathroom floor with pain on one side and she's really pale and says she feels faint, there's a bit of bleeding",
     "ectopic_pregnancy"),
    ("I'm on the coil but I've got a positive pregnancy test and now sudden severe pain on one side, I feel like I'm going to pass out and my shoulder hurts. Is this just the coil moving?",
     "ectopic_pregnancy"),

    # severe_dehydration_child
    ("um my baby's nine months and she's had diarrhoea and vomiting for two days and she hasn't had a wet nappy since yesterday evening, her eyes look sunken and she's just lying there floppy",
     "severe_dehydration_child"),
    ("Toddler (18 months) with gastro since Sunday. Can't keep even sips of Dioralyte down. No wee in 14 hours, lips cracked, no tears when crying, very sleepy and hard to wake. Keep trying sips?",
     "severe_dehydration_child"),
    ("uh my son he's three and he's been vomiting all night and now he's really drowsy and his hands and feet are cold and his mouth is bone dry, he hasn't peed since breakfast yesterday",
     "severe_dehydration_child"),
    ("my 6 month old has had watery poos like 10 times today and sick after every feed. the soft spot on her head looks sunken in and she's barely crying. is this normal for a tummy bug",
     "severe_dehydration_child"),

    # chest_pain_other
    ("uh my husband's fifty nine with high blood pressure and he just got this sudden tearing pain in his chest that went straight through to his back between the shoulder blades, he says it's the worst pain he's ever had",
     "chest_pain_other"),
    ("I'm 24, tall and skinny, and about half an hour ago I got a sudden sharp pain on the right side of my chest and now I'm quite short of breath. It hurts more to breathe in. Pulled muscle?",
     "chest_pain_other"),
    ("um so I took cocaine at a party earlier and now I've got a really bad pain in my chest and my heart's pounding and my left arm is tingling, I'm twenty six, it's been about forty five minutes",
     "chest_pain_other"),
    ("Was in a car crash an hour ago, chest hit the steering wheel. Now the chest pain is getting worse, I'm breathless and dizzy. I went home because I felt ok at first. 50F.",
     "chest_pain_other"),

    # vision_loss_sudden
    ("um I've just lost the sight in my right eye, like a black curtain came down over it about twenty minutes ago, no pain, I'm sixty seven, should I make an appointment with the optician",
     "vision_loss_sudden"),
    ("My left eye went suddenly blurry and now I can only see shadows out of it, it's red and hurting a lot and I feel sick, and the lights have rainbow halos. Started an hour ago. I'm 70.",
     "vision_loss_sudden"),
    ("uh yeah I'm seventy eight and I've had a headache on the side of my head for a week and pain chewing and now this morning the vision in my left eye has gone dim and blurry",
     "vision_loss_sudden"),
    ("saw loads of new floaters and flashing lights in my right eye this evening and now there's a dark shadow creeping across from the side. 55M, very short sighted. ok to wait for monday?",
     "vision_loss_sudden"),

    # blood_clot_PE
    ("um I got off a long flight from Perth yesterday and my calf's been sore and swollen and now since an hour ago I'm really short of breath and I've got a sharp pain in my chest when I breathe in",
     "blood_clot_PE"),
    ("I'm 3 weeks post hip replacement. Suddenly breathless this evening, heart racing, and I coughed up a bit of blood. Stopped my blood thinner injections early because I hated them.",
     "blood_clot_PE"),
    ("uh my daughter's on the pill and she's twenty three and she's suddenly really breathless and her heart's racing and she nearly fainted, and she's had a pain in her leg for a few days",
     "blood_clot_PE"),
    ("2 weeks postpartum, suddenly can't catch my breath walking to the bathroom, chest pain when I breathe in, and my heart is going 130. My left leg has been swollen. Anxiety?",
     "blood_clot_PE"),

    # cauda_equina
    ("um I've had a bad back for a week and since this morning I can't feel my bum or between my legs when I wipe, it's numb, and I haven't been able to wee properly all day, I'm forty two",
     "cauda_equina"),
    ("Slipped disc diagnosed last month. Today both legs are weak and tingling, I've wet myself without realising, and the area around my back passage feels numb. Should I up my painkillers?",
     "cauda_equina"),
    ("uh my husband's back went lifting the wardrobe and now a few hours later he says his privates are numb and he can't pass water at all, and his legs feel like jelly",
     "cauda_equina"),
    ("38F, sciatica both sides since yesterday, now I've lost control of my bowels and can't feel the toilet seat properly when I sit. Is this something for my physio on Thursday?",
     "cauda_equina"),
]
