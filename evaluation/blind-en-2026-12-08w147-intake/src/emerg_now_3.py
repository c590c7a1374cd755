# Emergencies (kind now), part 3 (written by hand, writer 147)

ITEMS = [
    # choking
    ("mi bebé de 1 año se metió una uva entera y no puede llorar ni toser, se está poniendo morado. ¿Qué hago?", "choking"),
    ("My dad is choking on steak at dinner right now, he's holding his throat and can't talk, making a squeaky noise. "
     "I tried hitting his back.", "choking"),
    ("se atragantó mi abuelita con un pedazo de tamal, tose pero casi no le sale aire y ya se puso roja morada, "
     "tiene 90 años", "choking"),
    ("my 4 year old swallowed a hard candy and is gagging and drooling, she can't make any sound and she's panicking. "
     "happened just now", "choking"),
    ("Estábamos comiendo y a mi esposo se le atoró una espina de pescado o algo más grande, ya no puede respirar bien, "
     "hace ruido al jalar aire y está muy asustado.", "choking"),

    # testicular_torsion
    ("tengo 15 años y me empezó un dolor horrible en un testículo hace como una hora, de la nada, estaba dormido. está "
     "hinchado y me dan ganas de vomitar. me da pena decirle a mi mamá.", "testicular_torsion"),
    ("My son is 13 and woke up screaming with pain in his left testicle, it's swollen and sits higher than the other. "
     "He's throwing up. Can I give him Motrin and see in the morning?", "testicular_torsion"),
    ("Doc, 19M, sudden severe pain in my right ball after basketball about 2 hrs ago, it's not getting better lying down, "
     "feel sick to my stomach. Is it a pulled muscle?", "testicular_torsion"),
    ("Mi niño de 9 años dice que le duele mucho 'ahí abajo' desde que salió de la escuela, como hace 3 horas, tiene un "
     "huevito hinchado y rojo y vomitó.", "testicular_torsion"),
    ("hola, tengo 22, me duele mucho un testículo de repente desde hace 40 min, lo tengo como torcido y más arriba, y "
     "me duele la panza. no me golpeé.", "testicular_torsion"),

    # ectopic_pregnancy
    ("Tengo 6 semanas de embarazo según la prueba, y ahorita me dio un dolor muy fuerte del lado izquierdo de la panza, "
     "me duele el hombro y me siento mareada, casi me desmayo en el baño.", "ectopic_pregnancy"),
    ("I'm about 7 weeks pregnant, haven't had an ultrasound yet. I'm having sharp one-sided pelvic pain and some spotting "
     "and I just fainted for a second. I feel shaky now.", "ectopic_pregnancy"),
    ("mi novia tiene un retraso de 2 meses, ahorita tiene un dolor horrible en la parte baja de la panza, está pálida "
     "y sudando, dice que le duele hasta el hombro.", "ectopic_pregnancy"),
    ("Positive test last week. Now sudden stabbing pain low on the right side, dizzy when I stand, heart pounding. I had "
     "an ectopic before. Probably just gas right?", "ectopic_pregnancy"),
    ("Tengo 31 años, me hice la prueba hace 5 días y salió positiva, hoy empecé con sangrado poquito y un dolor en un lado "
     "que me dobla, y me siento débil y con frío.", "ectopic_pregnancy"),

    # severe_dehydration_child
    ("Mi niño de 1 año tiene diarrea y vómito desde ayer, ya no hace pipí desde hace 10 horas, tiene los ojitos hundidos, "
     "llora sin lágrimas y está muy aguadito.", "severe_dehydration_child"),
    ("my 2 yr old has had the stomach flu for 2 days, can't keep anything down, no wet diaper since last night, mouth is "
     "dry and she's really limp and hard to wake up", "severe_dehydration_child"),
    ("La bebé de mi hermana, 8 meses, tiene diarrea como agua 10 veces hoy, la mollera hundida, no quiere tomar nada y "
     "está muy dormida. Estamos en el pueblo.", "severe_dehydration_child"),
    ("son is 4, vomiting all night, now very sleepy and pale, hands are cold, hasn't peed all day. I keep trying "
     "Pedialyte but he throws it up.", "severe_dehydration_child"),
    ("mi hijo de 3 años tiene calentura y diarrea desde hace 3 días, ahorita tiene los labios secos y partidos, no orina, "
     "respira rápido y no me hace caso cuando le hablo.", "severe_dehydration_child"),

    # chest_pain_other
    ("I'm 22, tall and skinny, I was just sitting and got a sudden sharp stabbing pain on the right side of my chest and "
     "now it's hard to breathe. Started 20 min ago.", "chest_pain_other"),
    ("Mi tío de 60 tiene un dolor en el pecho como que lo desgarra, que se le pasó a la espalda entre los omóplatos, "
     "de repente, hace media hora. Es hipertenso.", "chest_pain_other"),
    ("did a few lines of coke at a party an hour ago, now my chest is really tight and hurts and my heart is going crazy. "
     "I'm 26. I don't want the cops involved.", "chest_pain_other"),
    ("Vomité muy fuerte varias veces después de la fiesta y ahorita me dio un dolor en el pecho horrible que no me deja "
     "respirar, y siento el cuello como que truena al tocarlo.", "chest_pain_other"),
    ("My 16 yo daughter collapsed at volleyball and now says her chest hurts and her heart is fluttering really fast. "
     "She's sitting up and talking. Coach says she's just dehydrated.", "chest_pain_other"),

    # vision_loss_sudden
    ("De repente no veo nada del ojo derecho, como si me hubieran bajado una cortina negra. Pasó hace 20 minutos. No me "
     "duele. Tengo 67.", "vision_loss_sudden"),
    ("I just lost the vision in my left eye, it went dark in like a minute, no pain. I'm 58, high BP. Should I just "
     "rest my eyes?", "vision_loss_sudden"),
    ("mi mamá de 72 dice que de un ojo ve todo nublado desde hace una hora, y le duele muchísimo el ojo y la cabeza, "
     "está vomitando y el ojo está bien rojo.", "vision_loss_sudden"),
    ("tengo 40, miope, y desde hace rato veo un montón de moscas y luces y ahora una sombra que tapa la mitad de la "
     "vista del ojo izquierdo y va creciendo.", "vision_loss_sudden"),
    ("Le cayó cloro en los ojos a mi hijo de 7 años hace 5 minutos limpiando, dice que no ve nada y grita de dolor.",
     "vision_loss_sudden"),

    # blood_clot_PE
    ("Llegué ayer de un vuelo de 12 horas de Madrid y ahora me falta el aire de repente, me duele el pecho al respirar "
     "hondo y tosí un poco de sangre. Tomo anticonceptivos.", "blood_clot_PE"),
    ("I had knee surgery 10 days ago and now I suddenly can't catch my breath, sharp pain when I breathe in and my heart "
     "is racing. My calf has been swollen too.", "blood_clot_PE"),
    ("Mi mamá está en cama desde su operación de cadera y hace un rato empezó a respirar muy rápido, está asustada, "
     "dice que le duele el pecho y tiene los labios morados.", "blood_clot_PE"),
    ("I'm 6 weeks postpartum and out of nowhere I'm gasping for air walking to the bathroom, chest hurts on the left when "
     "I breathe, and I almost fainted. Is this just being out of shape?", "blood_clot_PE"),
    ("tengo cáncer y estoy en quimio, hoy en la tarde de repente me ahogo, el corazón me late rapidísimo, me duele "
     "el costado y escupí flema con sangre.", "blood_clot_PE"),

    # cauda_equina
    ("Tengo hernia de disco hace años, pero desde hoy no siento nada alrededor de las nalgas ni la vagina, y no he podido "
     "orinar desde la mañana. Las piernas débiles.", "cauda_equina"),
    ("My back went out yesterday lifting and today I can't feel when I wipe after the toilet, like numb down there, and "
     "I peed myself without noticing. Both legs tingling.", "cauda_equina"),
    ("mi esposo tiene dolor de espalda baja fuerte desde hace 2 días y ahorita dice que no siente el pipí cuando va, no "
     "puede orinar bien y se le duermen las dos piernas.", "cauda_equina"),
    ("I'm 45, sciatica on and off, but since this morning I've lost bladder control and there's numbness in my saddle "
     "area, and my right foot is dropping. Can I wait for my spine appt on Friday?", "cauda_equina"),
    ("Hola, me duele la espalda baja muchísimo desde que me caí de la escalera ayer y ahora no puedo controlar la popó "
     "y tengo entumido entre las piernas.", "cauda_equina"),
]
