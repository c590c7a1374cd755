# emergencies (kind now), part 2: (text, family) -- written by hand, writer 138
ITEMS = [
    # severe_abdominal_pain
    ("my stomach pain started around the belly button and now moved to the right down, is very strong, i cant walk straight, febre 38. i'm 19. appendicitis?? i can wait until monday?", "severe_abdominal_pain"),
    ("Marido has sudden horrible belly pain, rigid like a board, he's 60, sweating, can't move without screaming. Had an ulcer before. Should I give him omeprazol?", "severe_abdominal_pain"),
    ("minha mãe está com uma dor muito forte na barriga, lado direito em cima, vomitando, com febre e os olhos amarelos. 65 anos. it's been since morning getting worse.", "severe_abdominal_pain"),
    ("Dor rasgando in my belly going to my back, came suddenly 20 min ago, I'm 72, I feel faint. I have an aneurisma they were watching at the Hospital de São João. Take a painkiller?", "severe_abdominal_pain"),
    ("My 5 year old has been screaming with belly pain and now the vomit is green, her belly is swollen and hard. Since this morning. Give her soro?", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    ("Estou com 30 semanas and I'm bleeding bright red, soaking a pad in 20 min, with pain in the belly that doesn't relax.", "pregnancy_bleeding_or_pain"),
    ("grávida de 35 semanas, strong headache, seeing little lights, my face swollen, and the pressure at the farmácia now 17 por 11. I go tomorrow to my obstetra?", "pregnancy_bleeding_or_pain"),
    ("my wife is 26 weeks and her water just broke, lots of fluid, and contractions every 5 minutes. We are in a hotel in Orlando on vacation. Can we fly back home to Brazil tomorrow?", "pregnancy_bleeding_or_pain"),
    ("38 semanas, I had a fall on the stairs an hour ago, now my belly is hard and painful all the time and the baby isn't moving much.", "pregnancy_bleeding_or_pain"),
    ("Grávida 20 weeks, heavy bleeding with clots started half hour ago with cramps. Should I lie down and put my feet up?", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    ("my son type 1 diabetic, 14, vomiting since morning, breathing deep and fast, breath smells like fruit, glicemia says HI in the meter. give more insulin?", "diabetic_emergency"),
    ("My dad is diabético, he's sweating, shaking and talking nonsense, his sugar is 38, he can't swallow the juice properly now, choking on it.", "diabetic_emergency"),
    ("Minha avó diabética tá muito sonolenta e confusa, glicemia 580, bebendo muita água, não consegue ficar em pé sozinha.", "diabetic_emergency"),
    ("I'm type 1, sugar 450, ketones on the strip are large, vomited 4 times, belly pain, breathing feels heavy. I'm alone. Can I manage at home with more insulin?", "diabetic_emergency"),
    ("friend's a diabetic, took his insulin and didn't eat, now he's passed out on the couch, we can't wake him. can we put sugar in his mouth?", "diabetic_emergency"),
    # sepsis_signs
    ("My father 77 had infecção de urina, now he is shaking with chills, 39.8, very confused, breathing fast, BP 80/50 on our machine. Antibiotic started yesterday, so we just wait?", "sepsis_signs"),
    ("I had surgery 5 days ago, now the wound is red and smelly, fever 39.5, heart racing 130, feeling like I'm going to pass out.", "sepsis_signs"),
    ("meu marido está com febre alta, tremendo, a pele manchada e fria, confuso, fez pouco xixi hoje. Começou com uma pneumonia semana passada.", "sepsis_signs"),
    ("After the quimio last week, I'm 52, fever 38.6 and shaking chills, I feel terrible and dizzy. The oncologist office is closed. Wait till Monday?", "sepsis_signs"),
    ("my mom has a ferida in the leg that got worse, now the red area spreads fast, she's got a fever and is mumbling, her hands are cold and blotchy.", "sepsis_signs"),
    # severe_burn
    ("My son have 3 years, he pulled the panela of boiling water on himself, his chest and arm, the skin is coming off, big area. I put cold water. Do I put pomada?", "severe_burn"),
    ("burn from the óleo of the pastel frying, the whole forearm and hand, white and leathery, doesn't hurt much actually. ok to bandage at home?", "severe_burn"),
    ("Meu pai pegou fogo ao acender a churrasqueira com álcool, queimou o rosto e o pescoço, está com a voz rouca e tossindo fuligem.", "severe_burn"),
    ("my colleague took a choque at work from a cable, burn on the hand where it went in and on the foot, he's talking but says his heart feels weird, 34yo.", "severe_burn"),
    ("my namorada spilled a kettle of hot water, large blisters on both thighs and belly, the size of like 2 hands each, she's shivering and pale.", "severe_burn"),
    # choking
    ("My baby is choking on a uva, a grape, and can't cry or cough, what do I do right now", "choking"),
    ("Meu pai engasgou com carne e não consegue falar, está ficando roxo, com a mão no pescoço!", "choking"),
    ("Minha mãe choked on pão, I did the back slaps and some came out but she's still coughing weakly and her lips are blue, it's been 5 min.", "choking"),
    ("toddler swallowed a small toy piece, now he's drooling, can't swallow, noisy breathing, 10 min ago.", "choking"),
    ("eating bacalhau, a bone is stuck, now I can't breathe well and it whistles when I breathe in.", "choking"),
    # testicular_torsion
    ("my son 13 woke up with a terrible pain in one testicle, swollen, he is vomiting, it started 2 hours ago. he is embarrassed to go to the doctor. ice?", "testicular_torsion"),
    ("Sudden severe pain in my right ball, started 1h ago while sleeping, it's higher than the other and I threw up. 17yo. Will it pass?", "testicular_torsion"),
    ("my son 15 years has very strong pain in the saco, suddenly, one hour ago, and vomited. he didn't hit it. can I give dipirona and see?", "testicular_torsion"),
    ("I'm 22, no trauma, it just started out of nowhere, left testicle pain 9/10, swollen, nausea. Painkiller and wait until tomorrow?", "testicular_torsion"),
    ("My 10 yo is crying with dor in his private area, one side of the scrotum swollen and red, since 40 min ago, he didn't fall. I'm not sure if it's hernia.", "testicular_torsion"),
    # ectopic_pregnancy
    ("positive test last week, 6 weeks, now sharp pain on the left low belly and pain at the tip of my shoulder, I feel faint and dizzy, a little bleeding.", "ectopic_pregnancy"),
    ("Estou grávida de umas 7 semanas, comecei com dor forte de um lado da barriga e desmaiei no banheiro agora.", "ectopic_pregnancy"),
    ("My wife did the FIV (IVF), 5 weeks, ultrasound didn't see the baby in the womb yet. Now she has severe right sided pain and is very pale, sweating.", "ectopic_pregnancy"),
    ("period late 2 weeks, test positive, now terrible cramp on one side, like stabbing, and I'm lightheaded when I stand, heart racing. I'm in Lisbon, the centro de saúde opens tomorrow.", "ectopic_pregnancy"),
    ("I have the DIU and the test came positive, now sudden one-sided pain and I passed out for a second. Is the IUD moved?", "ectopic_pregnancy"),
    # severe_dehydration_child
    ("my son 2 years vomiting and with diarreia since yesterday, today no xixi at all since morning, very mole, mouth dry, eyes sunken.", "severe_dehydration_child"),
    ("My baby 8 months diarrhea 10 times today, no wet diaper in 10 hours, no tears when crying, very sleepy. Give soro caseiro?", "severe_dehydration_child"),
    ("Daughter 3 with stomach bug, can't keep even sips of water, now she's hard to wake and her hands are cold and blotchy.", "severe_dehydration_child"),
    ("Little one 18 months, vomiting everything since last night, the moleira is sunken, lips cracked, hasn't peed all day.", "severe_dehydration_child"),
    ("My son 5 had virose 3 days, now he is lethargic, breathing fast, eyes sunken, last pee this morning. He refuses the Pedialyte.", "severe_dehydration_child"),
    # chest_pain_other
    ("I'm 25, tall and thin, sudden sharp pain on the right side of my chest and I'm short of breath, started 30 min ago while sitting. Just a muscle?", "chest_pain_other"),
    ("chest pain tearing to my back, like ripping, started suddenly, 58, I have pressão alta. sweating.", "chest_pain_other"),
    ("I took cocaine at a party 1 hour ago and now chest pain, heart racing 150, sweating. I'm scared to say it in hospital.", "chest_pain_other"),
    ("Dor no peito muito forte depois que vomitei muito na bebedeira, dói pra engolir e o pescoço tá inchando, estala quando aperto.", "chest_pain_other"),
    ("my heart racing 190 on my watch, won't slow, chest pressure and I feel like passing out. 40 min now.", "chest_pain_other"),
    # vision_loss_sudden
    ("I suddenly lost vision in my right eye like a curtain came down, 20 min ago. No pain. I'm 70. Make an appointment with the eye doctor next week?", "vision_loss_sudden"),
    ("Minha mãe suddenly can't see anything from the left eye, started half an hour ago, and she has headache on the side, jaw hurts when she chews.", "vision_loss_sudden"),
    ("My eye got very painful and red, vision blurry with halos around lights, started tonight, nausea and vomiting. 65F.", "vision_loss_sudden"),
    ("Got splashed with soda cáustica in my eye cleaning the ralo a few minutes ago, rinsed a bit, it's burning and I can't see from it.", "vision_loss_sudden"),
    ("Lots of new floaters and flashes and now a dark shadow spreading in my left eye since this morning, getting bigger. Optometrist appt in 3 days ok?", "vision_loss_sudden"),
    # blood_clot_PE
    ("Came back from Brazil 2 days ago, 10 hours flight, my calf was swollen, now suddenly short of breath and pain when breathing in, coughed a little blood.", "blood_clot_PE"),
    ("I'm 6 weeks after the cesárea and now suddenly can't catch my breath, heart pounding, sharp chest pain on breathing. my leg was sore last week.", "blood_clot_PE"),
    ("I take anticoncepcional, my left leg swelled up and now out of nothing strong falta de ar and pain in the chest when I breathe. wait for my gineco?", "blood_clot_PE"),
    ("After knee surgery 10 days ago, mamãe now breathing fast, pulse 120, oxygen 88 on the finger thing, chest pain. She's 66.", "blood_clot_PE"),
    ("Sudden breathlessness when I got up from bed, I nearly fainted, my leg has been swollen and red since the long bus trip from Lisbon to Paris.", "blood_clot_PE"),
    # cauda_equina
    ("Back pain for a week, now since this morning I can't feel anything when I wipe, numb between the legs, and I can't pee properly. Wait for my physio on Thursday?", "cauda_equina"),
    ("Hérnia de disco, agora perdi o controle do xixi e estou dormente na região da bunda e das partes íntimas, desde hoje cedo.", "cauda_equina"),
    ("My husband's ciático got worse, now both legs weak and he wet himself without feeling it, and numb in the saddle area. Tonight.", "cauda_equina"),
    ("lower back pain really bad and since a few hours I can't feel my bum and I didn't notice I pooped a bit. 45.", "cauda_equina"),
    ("My slipped disc flared up; today both my legs are going weak and I haven't been able to pee since lunch though I need to. Should I book the urologist?", "cauda_equina"),
]
