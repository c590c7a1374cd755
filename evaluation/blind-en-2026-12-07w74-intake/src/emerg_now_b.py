# Emergency items, kind "now" (part B). Written by hand, writer 74.

def E(text, family, emergency=True, kind="now"):
    return {"text": text, "emergency": emergency, "kind": kind, "family": family}

ITEMS = [
    # pregnancy_bleeding_or_pain
    E("I'm 32 weeks pregnant and I've just started bleeding bright red, it's soaked a pad in about 20 minutes, and my bump feels hard and sore.", "pregnancy_bleeding_or_pain"),
    E("34 weeks and I've had a bad headache all day, now flashing lights in my eyes and pain under my ribs on the right. My face and hands have swelled up since this morning.", "pregnancy_bleeding_or_pain"),
    E("36 weeks, pretty sure my waters have just gone and I can feel something in my vagina, like a cord? Help", "pregnancy_bleeding_or_pain"),
    E("I'm 29 weeks and the baby hasn't moved at all today, normally he's kicking loads in the evening. I've had cold water and lay on my side. Nothing.", "pregnancy_bleeding_or_pain"),
    E("Had a section 5 days ago and now I'm bleeding heavily, passing clots the size of my fist, and I feel woozy. Partner's at work.", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    E("My son's type 1, he's 15, and he's been vomiting all afternoon, breathing deep and fast, his breath smells like pear drops and his sugar meter just says HI.", "diabetic_emergency"),
    E("Husband's diabetic on insulin and he's sweaty, shaking and not making sense, got aggressive with me. I can't get him to drink the Lucozade. Blood sugar 2.1.", "diabetic_emergency"),
    E("My dad's 80, type 2, and he's been very drowsy and confused for the last day, drinking loads of water and weeing constantly. His sugar is reading 32.", "diabetic_emergency"),
    E("type 1 here, ketones are 4.2 on my meter, sugar 24, been sick 5 times and my belly hurts. I've taken correction doses but it's not coming down. live alone", "diabetic_emergency"),
    E("my gran's diabetic and I found her slumped in her chair, she's breathing but really hard to rouse and very sweaty. I don't know how to check her sugars.", "diabetic_emergency"),
    # sepsis_signs
    E("Mum (81) has had a water infection for a few days and now she's shivering uncontrollably, mottled skin on her knees, breathing fast and not with it at all. Temp 39.4.", "sepsis_signs"),
    E("I'm on chemo and my temperature is 38.5 and I feel absolutely dreadful, shaky and cold. The chemo nurse said to ring if I got a temp but it's the weekend.", "sepsis_signs"),
    E("My husband had his appendix out last week and the wound is red and hot, he's got a temp of 39, his heart's racing and he hasn't had a wee since this morning. He's very vague.", "sepsis_signs"),
    E("Cut on my leg from gardening went red, and now the redness is spreading up my thigh in streaks, I've got a fever and feel like I'm going to pass out when I stand up.", "sepsis_signs"),
    E("my 6 year old has been poorly with a temp and now she's really pale, her hands are cold and blotchy, she's breathing fast and she just keeps saying her legs hurt. she's not herself at all", "sepsis_signs"),
    # severe_burn
    E("Knocked a pan of boiling water over my toddler's chest and arm about 5 minutes ago. Skin's peeling off and going white in places. I've got it under the cold tap.", "severe_burn"),
    E("Husband was lighting the barbecue with petrol and it went up in his face. His eyebrows are gone, face is blistering and his voice sounds croaky.", "severe_burn"),
    E("Chip pan fire, I burned both my hands putting it out, the skin is white and leathery and weirdly it doesn't hurt much in the middle. Just happened.", "severe_burn"),
    E("splashed drain cleaner in my eye and on my cheek, rinsed for a minute but the eye is burning like mad and I can barely see out of it", "severe_burn"),
    # choking
    E("My baby is choking on something, she's going red then purple and making no noise. I've done back blows. What next?", "choking"),
    E("Dad's choking on a piece of steak, he can't speak or cough, he's grabbing his throat. I'm 15. Please what do I do", "choking"),
    E("Nan's got a bit of food stuck, she's coughing and coughing and can't get her breath between coughs, she's going grey.", "choking"),
    E("my 2 year old was eating grapes and suddenly started gagging and now she's wheezing and drooling and can't talk properly. she's still breathing but it sounds squeaky", "choking"),
    # testicular_torsion
    E("I'm 14 and I woke up with really bad pain in one of my balls, it's swollen and it feels higher than the other one. I've been sick. I'm too embarrassed to tell my mum.", "testicular_torsion"),
    E("Sudden agony in my left testicle while playing football an hour ago, no kick or anything, it's swollen and I feel sick. 19m.", "testicular_torsion"),
    E("My son (11) is crying with pain in his private parts and tummy, started suddenly after school, he won't let me look but says one side is really sore and swollen.", "testicular_torsion"),
    E("right testicle started killing me about 2 hours ago out of nowhere, now its hard and sitting sideways, been sick twice. 23. could it be an infection? can i wait till morning for the gp", "testicular_torsion"),
    # ectopic_pregnancy
    E("I'm about 6 weeks pregnant (positive test last week) and I've suddenly got sharp pain low on my left side and a pain in the tip of my shoulder. Bit of brown bleeding. Feel faint.", "ectopic_pregnancy"),
    E("Period's 2 weeks late, had a faint positive, and now I've got terrible one-sided tummy pain and I nearly fainted on the toilet. 27.", "ectopic_pregnancy"),
    E("My girlfriend's pregnant, early, and she's gone white as a sheet with stabbing pain on her right side and says she feels like she's going to pass out. She's lying on the bathroom floor.", "ectopic_pregnancy"),
    E("had IVF transfer 5 weeks ago, positive test, no scan yet. Last half an hour one-sided pain that is getting worse, dizzy, shoulder aching, and the pain when I go for a poo is awful.", "ectopic_pregnancy"),
    # severe_dehydration_child
    E("My 10 month old has had diarrhoea and vomiting since yesterday, no wet nappy for over 12 hours, his eyes look sunken and he's very sleepy and floppy.", "severe_dehydration_child"),
    E("Daughter (2) has had the bug for 3 days, can't keep even Dioralyte down, her lips are cracked and dry and she's crying with no tears. The soft spot on her head looks sunk in.", "severe_dehydration_child"),
    E("4 year old been vomiting all night, now he's really drowsy, his hands and feet are cold and he hasn't had a wee since yesterday tea time.", "severe_dehydration_child"),
    E("baby 5 months has had watery poos every hour today and won't take her bottle, she's gone quiet and limp and her nappy's been dry since breakfast", "severe_dehydration_child"),
    # chest_pain_other
    E("Sudden ripping pain in my chest that shot through to my back between the shoulder blades. I'm 61 with high blood pressure. Started 10 minutes ago and it's the worst pain ever.", "chest_pain_other"),
    E("I'm 24 and tall and skinny and all of a sudden I've got a sharp pain on the right side of my chest and I'm quite short of breath. Happened while I was just sitting at my desk.", "chest_pain_other"),
    E("Took some coke at a party, now my chest is really tight and painful and my heart is going like the clappers. It's been 40 minutes. I'm 28.", "chest_pain_other"),
    E("Crushing chest pain after I fell off a ladder onto the edge of a wall, every breath is agony and one side of my chest isn't moving like the other. Just happened.", "chest_pain_other"),
    # vision_loss_sudden
    E("Lost the sight in my right eye about half an hour ago, like a curtain came down. No pain. I'm 68. Should I see the optician tomorrow?", "vision_loss_sudden"),
    E("My eye suddenly went extremely painful and red, vision is misty with haloes round lights, and I've been sick. It started while I was watching telly in the dark.", "vision_loss_sudden"),
    E("Loads of new floaters and flashing lights in my left eye this evening and now there's a dark shadow coming in from the side. Short-sighted, 52.", "vision_loss_sudden"),
    E("mum's 77 and she's had bad headaches and sore scalp for a couple of weeks, jaw hurts when she eats, and this afternoon she's lost vision in one eye completely", "vision_loss_sudden"),
    # blood_clot_PE
    E("Flew back from Australia two days ago. My calf's been sore and swollen and now I suddenly can't catch my breath and there's a sharp pain when I breathe in. Coughed up a bit of blood.", "blood_clot_PE"),
    E("Had my knee replaced 10 days ago and tonight I've gone really breathless out of nowhere, heart's racing and I feel faint. Just sitting in the chair.", "blood_clot_PE"),
    E("I'm on the pill and smoke, 35. My left leg has been swollen and hot for a few days and in the last hour I've got chest pain stabbing on the left and I'm panting.", "blood_clot_PE"),
    E("3 weeks after having the baby, suddenly short of breath going up the stairs, which I was fine with yesterday, and I feel like I can't get a proper breath in even lying down. Heart pounding.", "blood_clot_PE"),
    # cauda_equina
    E("Had a bad back for a week, but today my bum and between my legs have gone numb, like I've sat on something, and I couldn't feel myself wee. Both legs feel weak.", "cauda_equina"),
    E("Slipped disc diagnosed last month. Since this morning I can't pee at all even though I need to, and there's numbness around my back passage. Should I wait for my physio on Friday?", "cauda_equina"),
    E("My back pain's gone down both legs now and I've wet myself twice today without realising. Numb when I wipe. I'm 45. Is this just the sciatica getting worse?", "cauda_equina"),
    # extra across families
    E("Wife's gone a funny colour and she's sweating buckets, says she feels like she's got bad indigestion and there's an ache in her left arm. She's 68 and diabetic. Started while she was hoovering.", "heart_attack"),
    E("Mum's just dropped to the floor in the supermarket and had a fit, she's stopped shaking now but she's been out of it for 10 minutes and there's blood in her mouth.", "seizure"),
    E("Teenager at the bus stop I'm with just collapsed, he's not breathing properly and I can't feel a pulse. I'm doing chest pushes like on the telly.", "unconscious_unresponsive"),
    E("my 15 month old fell off the kitchen worktop onto the tiles and there's clear fluid coming out of his nose and he's being sick. happened 20 minutes ago", "head_injury"),
    E("4 week old, not feeding well, feels hot, took her temp and it's 38.4. Also breathing a bit faster than normal I think.", "febrile_infant"),
    E("Flatmate's got a fever and splitting headache and is really confused, doesn't know where he is, and he's come out in blotchy purple marks on his tummy that won't fade.", "meningitis_signs"),
    E("71, sudden severe pain in my tummy an hour ago, my left leg has gone cold and pale and I can't feel it properly. I have an irregular heartbeat.", "severe_abdominal_pain"),
    E("Swallowed a whole packet of my antidepressants about 20 mins ago because I wanted to sleep forever. Now I'm scared. Heart's racing.", "overdose_poisoning"),
    E("i've taken the blade out of my razor and i'm going to use it tonight, properly this time. i just wanted to tell someone first", "suicidal_intent"),
    E("Boyfriend's cut his arm up badly after we argued, lots of cuts and one is spurting. He's sat on the bathroom floor and won't let me near him.", "self_harm"),
]
