# Hand-written emergency items, kind "now" (part B: last 13 families). (text, kind, family)

ITEMS = [
    # severe_abdominal_pain
    ("PD patient (CAPD, 4 exchanges/day). Since this morning severe belly pain, 9/10, whole abdomen is rigid and hurts to touch, and my last drain bag came out cloudy. Temp 38.4. Can I add antibiotics to the bag myself like last time?", "now", "severe_abdominal_pain"),
    ("Sudden tearing pain in my belly going to my back, started 20 min ago, I'm 71 and I have a known AAA they were watching (5.1cm). I feel faint.", "now", "severe_abdominal_pain"),
    ("Crohn's patient, known stricture. Since last night I've been vomiting green, belly hugely swollen and tight, cramping pain is unbearable and I haven't passed wind or stool in 24 hours.", "now", "severe_abdominal_pain"),
    ("worst stomach pain of my life, came on suddenly an hour ago, I can't stand up straight, belly is hard as a board. I've been on ibuprofen for weeks for my back", "now", "severe_abdominal_pain"),
    ("My son (11) has had pain that started around his belly button and moved to the lower right since yesterday, now he can't walk without bending over, fever 38.9, and he's vomiting.", "now", "severe_abdominal_pain"),

    # pregnancy_bleeding_or_pain
    ("34 weeks pregnant, lupus + APS on Clexane. Sudden constant hard pain in my tummy that doesn't come and go, bright red bleeding soaking a pad, and the baby hasn't moved since.", "now", "pregnancy_bleeding_or_pain"),
    ("I'm 30 weeks and my waters just broke and there's a loop of something coming out down there, I can feel it", "now", "pregnancy_bleeding_or_pain"),
    ("Pregnant 37 weeks (type 1 diabetic). Splitting headache, flashing lights in my eyes, pain under my right ribs, my home BP cuff says 168/112. Antenatal clinic is tomorrow.", "now", "pregnancy_bleeding_or_pain"),
    ("16 weeks pregnant and bleeding heavily right now, passing big clots, cramping like labour. I'm dizzy.", "now", "pregnancy_bleeding_or_pain"),
    ("Gave birth 5 days ago at home. Suddenly gushing blood, soaked 2 maxi pads in 20 minutes, heart racing and feel faint.", "now", "pregnancy_bleeding_or_pain"),

    # diabetic_emergency
    ("T1D, pump user. Site must have failed overnight. BG HI on the meter, blood ketones 4.8, vomiting since 5am, can't keep water down, breathing deep and fast, belly pain. I've done 2 pen corrections. Do I keep correcting every 2 hours?", "now", "diabetic_emergency"),
    ("My husband is type 1, CGM says 2.1 and falling, he's sweaty, confused and aggressive and won't take the juice. He's starting to go limp. We don't have glucagon.", "now", "diabetic_emergency"),
    ("Type 2 on metformin and Jardiance, 66. Been vomiting with a stomach bug 2 days, now breathing really fast, belly pain, very drowsy. Glucose only 11 but ketones on the strip are 5.2.", "now", "diabetic_emergency"),
    ("Dad (82, type 2 on gliclazide + CKD 4) is sweaty and not making sense, reading on his meter 1.9. We gave him some sugar but he's having trouble swallowing now.", "now", "diabetic_emergency"),
    ("CGM alarm woke me, I'm 16, BG 29.5 mmol, ketones 3.9, vomited 3 times, so thirsty and my breath smells weird. Parents are away.", "now", "diabetic_emergency"),

    # sepsis_signs
    ("Day 9 after cycle 3 of FOLFOX. ANC was 0.3 yesterday. Now temp 38.9, rigors, heart rate 128, BP on my home cuff 84/50, I feel confused and strange. The chemo card says call the helpline. Line is busy. Can I take paracetamol and try again in an hour?", "now", "sepsis_signs"),
    ("Kidney transplant 3 months. UTI symptoms since yesterday, now fever 39.6, shaking chills, heart 120, my skin is mottled on my knees and I've barely peed all day.", "now", "sepsis_signs"),
    ("Mum (80, diabetic) has a red hot swollen leg since 2 days, now she's very confused, breathing fast, temp 39.2 and her hands are cold and blotchy.", "now", "sepsis_signs"),
    ("Dialysis patient with a tunnelled line: started shaking uncontrollably 20 min after they connected me, temp now 39.8 at home, BP 80s/40s, I feel like I'm going to pass out.", "now", "sepsis_signs"),
    ("I have a pressure sore on my bottom (MS, wheelchair). It smells bad, I've got a fever of 39.4, my heart is racing at 130 and I'm so dizzy I can't sit up.", "now", "sepsis_signs"),

    # severe_burn
    ("My toddler pulled a cup of boiling tea over himself, his chest and arm, the skin is peeling off in sheets, large area. Cooling it under the tap now.", "now", "severe_burn"),
    ("Kitchen fat fire just now, my husband's hands and face are burned, white and leathery patches, his eyebrows are singed and his voice is going hoarse", "now", "severe_burn"),
    ("I'm diabetic with neuropathy and put my feet on the heater last night. Woke to huge blisters covering both soles, some black areas, I can't feel them.", "now", "severe_burn"),
    ("Electrician at work got a shock off a live cable about 10 min ago, burn marks on his hand and his foot where it came out, he says his chest feels funny.", "now", "severe_burn"),
    ("Spilled a pan of boiling water down my legs, both thighs red raw and blistered, the area is bigger than my whole back. In agony.", "now", "severe_burn"),

    # choking
    ("My dad (MS, swallowing problems) is choking on a piece of meat right now, he can't cough or speak and is going red then blue", "now", "choking"),
    ("Baby 9 months choking on a grape I think, silent, can't cry, face going purple", "now", "choking"),
    ("choking - something stuck in my throat, cant breathe properly, typing this one handed", "now", "choking"),
    ("Mum (84, Parkinson's) choked at lunch, we did back blows and it's partly out but she's still making a high-pitched noise when she breathes in and her lips are grey.", "now", "choking"),
    ("My 3 yr old swallowed a small bouncy ball and now he's gagging and can barely breathe, only a squeaky sound", "now", "choking"),

    # testicular_torsion
    ("My 14 year old son woke up an hour ago with sudden severe pain in his left testicle, it's swollen and sitting higher than the other one, he's vomited.", "now", "testicular_torsion"),
    ("sudden agony in my right ball during football 30 min ago, swelling, nausea, it's like nothing I've felt. I'm 17. can I wait till the gp opens monday", "now", "testicular_torsion"),
    ("20M, woke at 4am with sharp pain in one testicle that won't go away, it's really tender, and sitting sideways kind of. Threw up. Ibuprofen did nothing.", "now", "testicular_torsion"),
    ("My 9 year old is crying that his private part hurts really bad, came on suddenly at bedtime, one side is swollen and red", "now", "testicular_torsion"),

    # ectopic_pregnancy
    ("Positive pregnancy test last week, about 7 weeks. For the last hour, sharp stabbing pain on my left side low down, pain at the tip of my shoulder and I almost fainted in the shower. A little spotting.", "now", "ectopic_pregnancy"),
    ("I've had one ectopic before. Pregnant again (6 wks by dates). Severe one-sided pain since this morning, getting worse, feeling lightheaded and clammy.", "now", "ectopic_pregnancy"),
    ("Period is 3 weeks late, test positive, now sudden awful pain in my lower right belly, dizzy and pale, my partner says my lips are white", "now", "ectopic_pregnancy"),
    ("IVF transfer 5 weeks ago, beta hCG was rising slowly. Tonight severe right pelvic pain, shoulder pain, and I passed out for a moment on the toilet.", "now", "ectopic_pregnancy"),
    ("Pregnant maybe 8 weeks, haven't had a scan yet. Sudden tearing pain on one side, can't stand up, my heart is racing and I feel faint.", "now", "ectopic_pregnancy"),

    # severe_dehydration_child
    ("My 10 month old has had diarrhoea and vomiting for 2 days, no wet nappy for 12 hours, very sleepy and floppy, sunken soft spot on her head, dry lips, no tears when crying.", "now", "severe_dehydration_child"),
    ("Son (3) with gastro since Tuesday, can't keep anything down, hasn't peed since yesterday morning, eyes look sunken and he's hard to wake up.", "now", "severe_dehydration_child"),
    ("Toddler (18 months, T1D) vomiting all day, no wet nappies since morning, breathing fast, very drowsy and hands are cold.", "now", "severe_dehydration_child"),
    ("My 6 month old has been vomiting every feed since last night and has watery poos, now she's not crying, just limp, skin stays tented when I pinch it, only 1 wet nappy in 14 hours", "now", "severe_dehydration_child"),

    # chest_pain_other
    ("Marfan syndrome, 34. Sudden ripping pain in my chest going straight through to my back between the shoulder blades, started 10 min ago. Never felt anything like it.", "now", "chest_pain_other"),
    ("Tall skinny 19 yo, sharp chest pain on the left that came on suddenly an hour ago, it's hard to breathe in and I'm getting more breathless", "now", "chest_pain_other"),
    ("Lupus patient. Chest pain for the last hour that's getting worse, I'm really breathless, and my heart rate is 140, and I feel like I'm going to faint. I've had pericarditis before but this is much worse and my neck veins look big.", "now", "chest_pain_other"),
    ("Hypertension (BP 220/130 just now on my machine), severe chest pain going to my back and one arm feels cold and weak. I'm 62.", "now", "chest_pain_other"),
    ("Just had a vomiting bout and now severe chest pain behind the breastbone, pain swallowing, my neck feels crackly under my fingers. Came on in the last half hour.", "now", "chest_pain_other"),

    # vision_loss_sudden
    ("T2 diabetic with retinopathy. 20 min ago the vision in my right eye went completely black, like a curtain came down. No pain. Can I wait for my eye clinic appointment on Thursday?", "now", "vision_loss_sudden"),
    ("Sudden loss of vision in my left eye this morning, can only see light. I'm 74 and I've had jaw pain when chewing and a tender scalp for a week.", "now", "vision_loss_sudden"),
    ("Very painful red right eye, came on over the last hour, vision is really blurry with halos, headache and throwing up. I'm 68.", "now", "vision_loss_sudden"),
    ("Flashes and a shower of floaters and now a dark shadow spreading from the top of my vision in my left eye, started 2 hours ago. I'm very short-sighted.", "now", "vision_loss_sudden"),
    ("My husband (on dialysis, AF) says half the world went dark in both eyes for him 15 min ago and it hasn't come back", "now", "vision_loss_sudden"),

    # blood_clot_PE
    ("Day 12 after my knee replacement. In the last hour I've become very breathless, sharp pain on the right side of my chest when I breathe in, and I coughed up a bit of blood. Heart rate 120. My calf has been swollen since yesterday.", "now", "blood_clot_PE"),
    ("Chemo for pancreatic cancer, I have a PICC. Sudden shortness of breath 30 min ago, chest hurts when I breathe, sats 86% on my finger monitor, feeling faint.", "now", "blood_clot_PE"),
    ("Flew back from Australia yesterday (24h). Now suddenly can't catch my breath, stabbing chest pain when breathing, and I nearly passed out going to the loo. I'm on the pill.", "now", "blood_clot_PE"),
    ("3 weeks postpartum, suddenly so short of breath I can't talk in full sentences, heart pounding, sharp chest pain. Started 20 minutes ago.", "now", "blood_clot_PE"),
    ("Nephrotic syndrome, protein leaking, 48. Just now sudden breathlessness and pain in my chest with each breath, lips a bit blue, heart racing.", "now", "blood_clot_PE"),

    # cauda_equina
    ("I have a known slipped disc (L5/S1). Since this afternoon I've got numbness around my bottom and between my legs, I can't feel the toilet paper, and I haven't been able to pee for 8 hours even though I need to. Both legs weak.", "now", "cauda_equina"),
    ("Back pain for weeks, but today new: both legs tingling and weak, and I wet myself without feeling it. Numb in my private area. I'm 45.", "now", "cauda_equina"),
    ("MS patient but this is new and different: after lifting my wheelchair into the car yesterday, severe low back pain, now saddle numbness and I have no control of my bowels as of this morning.", "now", "cauda_equina"),
    ("Sciatica down both legs since last night, and I just noticed I can't feel anything when I wipe and my bladder feels full but nothing comes out", "now", "cauda_equina"),
]
