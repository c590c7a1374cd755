from _h import E

ITEMS = [
    # choking
    E("my baby choked on a groundnut, she is not crying, no sound, face going purple. what do I do!!!", "choking"),
    E("My father is choking on a piece of meat at the table, he's clutching his throat and can't speak or cough. He's 74.", "choking"),
    E("My son swallowed a coin and now he's coughing, drooling and struggling to breathe, making a whistling sound. 3 years old.", "choking"),
    E("fish bone stuck in my throat from the tilapia, now I can't swallow my spit and breathing is getting noisy. 40 min ago.", "choking"),
    E("Grandma has dementia and was eating fufu, she suddenly can't breathe, lips going blue. We've patted her back a few times.", "choking"),
    # testicular_torsion
    E("I'm 15 and woke up with really bad pain in one ball, it's swollen and higher up than the other, I've vomited twice. Too embarrassed to tell mum.", "testicular_torsion"),
    E("my son (13) came back from football holding his groin, says his left testicle is very painful and swollen, started an hour ago, he's vomiting.", "testicular_torsion"),
    E("sudden pain for my one egg since 2 hours, e swell, e dey pain pass anything. I be 19. I never knack woman. na STI?", "testicular_torsion"),
    E("19 year old, severe pain in right testicle that came on suddenly in my sleep, it's sitting sideways, belly pain too. Should I wait till the clinic opens Monday?", "testicular_torsion"),
    E("My 10 yr old woke me at 4am crying that his private part hurts, the right testicle is red and very tender, he can't walk properly.", "testicular_torsion"),
    # ectopic_pregnancy
    E("I'm about 7 weeks pregnant (positive test), and since this morning I have sharp pain on my left lower belly, some spotting, and now my shoulder tip hurts and I feel faint.", "ectopic_pregnancy"),
    E("Missed period, pregnancy test positive 2 days ago. Now sudden severe pain on the right side of my lower abdomen and I almost fainted in the bathroom.", "ectopic_pregnancy"),
    E("I had an ectopic before and I'm pregnant again about 6 weeks. Sharp one-sided pain started an hour ago, getting worse, and I'm dizzy when I stand.", "ectopic_pregnancy"),
    E("My girlfriend's period is late, she's just collapsed with bad belly pain, she's very pale and sweaty. She said she might be pregnant.", "ectopic_pregnancy"),
    E("Doctor, scan 2 weeks ago said 'pregnancy of unknown location' and to come back. Now I have severe pain in the pelvis and light bleeding and my heart is racing.", "ectopic_pregnancy"),
    # severe_dehydration_child
    E("my 1 year old has had watery stool and vomiting since yesterday, no wet nappy since morning, eyes sunken, very sleepy and she cries without tears.", "severe_dehydration_child"),
    E("Pikin of 2 years, e don purge pass 10 times today like water, e no dey drink again, e dey sleep sleep, e mouth dry well well, the soft part for head don sink.", "severe_dehydration_child"),
    E("Son (4) has had cholera-like diarrhoea in our area, now he's not peeing, very drowsy, skin stays up when pinched, hands cold.", "severe_dehydration_child"),
    E("my baby is 8 months, vomiting everything including ORS, diarrhoea, now she's floppy and not responding like before. We're far from the clinic.", "severe_dehydration_child"),
    E("Daughter, 6, stomach bug, vomiting 2 days, hasn't peed in 14 hours, lips cracked, breathing fast and she's confused about where she is.", "severe_dehydration_child"),
    # chest_pain_other
    E("I'm 22, tall and slim, and suddenly got a sharp pain on the right side of my chest and I'm short of breath. It started when I was sitting watching TV 30 mins ago.", "chest_pain_other"),
    E("My brother has sickle cell and now has chest pain, fever and his breathing is fast and his oxygen reading on the finger thing is 88%.", "chest_pain_other"),
    E("Tearing pain in my chest going straight through to my back between the shoulder blades, started suddenly. I'm 60 with high blood pressure.", "chest_pain_other"),
    E("Took some cocaine at a party and now my chest is so painful and my heart is pounding out of my chest, I'm sweating. 26.", "chest_pain_other"),
    E("Got stabbed in the chest during a fight outside a bar, small wound but now breathing is hard and chest hurts a lot.", "chest_pain_other"),
    # vision_loss_sudden
    E("I just lost the vision in my right eye completely, like a curtain came down, about 20 minutes ago. No pain. I'm 67.", "vision_loss_sudden"),
    E("sudden flashes and lots of floaters in my left eye then a shadow coming across from the side, started an hour ago. I'm very short sighted.", "vision_loss_sudden"),
    E("My eye is extremely painful and red, my vision is blurry with halos round lights, I've vomited. It started this evening. 59, female.", "vision_loss_sudden"),
    E("A splash of battery acid went into my eye at the mechanic workshop, I can't see properly from it and it's burning. We're rinsing with water.", "vision_loss_sudden"),
    E("woke up and half of my vision in both eyes is gone on the left side. I have high blood pressure. 55.", "vision_loss_sudden"),
    # blood_clot_PE
    E("I flew back from Lagos to London yesterday, now I have sudden chest pain when I breathe in, short of breath, and coughed a bit of blood. My right calf is swollen.", "blood_clot_PE"),
    E("Two weeks after my CS I suddenly can't catch my breath, my heart is racing and there's sharp pain on the side of my chest. I'm 31.", "blood_clot_PE"),
    E("I'm on the contraceptive pill and I smoke, and since this afternoon I'm breathless at rest with chest pain. I feel like I'm going to faint.", "blood_clot_PE"),
    E("my dad had his hip operated on 10 days ago, now he's suddenly breathless, sweating, his lips are bluish and he's very anxious.", "blood_clot_PE"),
    E("Had a DVT diagnosis in my leg 3 days ago and told to start tablets, but now I'm coughing blood and it's hard to breathe.", "blood_clot_PE"),
    # cauda_equina
    E("Back pain for weeks but since this morning I can't feel anything around my bum and private parts and I couldn't pee. Both legs feel weak.", "cauda_equina"),
    E("I have a slipped disc. Today I wet myself without knowing and my legs are numb, the area between my legs feels numb when I wipe.", "cauda_equina"),
    E("Since I lifted the bag of rice yesterday my lower back is terrible and now I can't control my poo and both feet are dragging.", "cauda_equina"),
    E("lower back pain down both legs, saddle numbness and cannot pass urine since 8 hours. is it normal after a long bus ride from Abuja?", "cauda_equina"),
    E("My mum, 52, has had back pain and now says she can't feel when she needs the toilet and has leaked urine twice today, plus her legs are giving way.", "cauda_equina"),
]
