# Hard non-emergencies, part 5: mild_symptom (written by hand, writer 147)

ITEMS = [
    ("Me da una punzadita en el pecho de un segundo cuando respiro hondo, desde ayer. Tengo 25 y ando con gripa y tos. "
     "Fuera de eso me siento bien.", "mild_symptom", "chest_pain_other"),
    ("my baby is 7 months and has 37.7 since this afternoon, teething i think, she's eating and laughing. tylenol ok?",
     "mild_symptom", "febrile_infant"),
    ("A mi hijo le sangró la nariz en la escuela, paró en 5 minutos apretándole. Hace mucho calor y está seco. ¿Es "
     "normal?", "mild_symptom", "severe_bleeding"),
    ("My head has been aching a little at the end of every workday this week, behind my eyes. I stare at screens all "
     "day. Advil helps. 33F.", "mild_symptom", "stroke"),
    ("mi niño de 6 se pegó en la frente con la mesa, le salió un chichón como huevito, lloró poquito y ya está "
     "jugando Nintendo como si nada. hielo?", "mild_symptom", "head_injury"),
    ("I get a little winded going up 3 flights of stairs since I had a cold two weeks ago. Otherwise fine. 40M, "
     "non-smoker.", "mild_symptom", "breathing_difficulty"),
    ("Me salieron ronchitas que pican en los brazos desde que cambié de jabón para la ropa. Nada en la cara, respiro "
     "bien. ¿Un antihistamínico?", "mild_symptom", "anaphylaxis"),
    ("My left testicle aches a little after long bike rides, goes away by the next morning. 30M. Different seat?",
     "mild_symptom", "testicular_torsion"),
    ("Cuando me paro rápido de la cama se me nubla la vista un segundito y me mareo, luego se me pasa. Tengo 17 y "
     "soy flaquita.", "mild_symptom", "unconscious_unresponsive"),
    ("Sore calf after my first 5K yesterday, both legs, no swelling or redness. Normal DOMS?", "mild_symptom",
     "blood_clot_PE"),
    ("Me salió la glucosa en 165 dos horas después del pastel de cumpleaños. No soy diabética. ¿Me preocupo?",
     "mild_symptom", "diabetic_emergency"),
    ("Got a sunburn at the beach in Cabo, shoulders are pink and sore, a few tiny blisters. 28F. Aloe enough?",
     "mild_symptom", "severe_burn"),
    ("Después de leer mucho en el celular veo borroso un ratito y luego se compone. Tengo 45. ¿Son lentes?",
     "mild_symptom", "vision_loss_sudden"),
    ("my thigh muscle keeps twitching randomly for a few days, no pain, no weakness. 27M, been drinking a lot of "
     "energy drinks.", "mild_symptom", "seizure"),
    ("A veces siento que la tortilla se me atora un poquito al tragar y tomo agua y pasa. Tengo 55. ¿Es algo?",
     "mild_symptom", "choking"),
    ("Woke up with a stiff neck, can't turn it fully to the left. Slept on the couch. No fever, no headache. Heat?",
     "mild_symptom", "meningitis_signs"),
    ("me dieron unos cólicos leves después de los tacos de la calle, fui al baño dos veces y ya estoy mejor. le "
     "tomo algo?", "mild_symptom", "severe_abdominal_pain"),
    ("My 3 yo threw up once after dinner, now drinking water and asking for crackers, peed an hour ago. Do I need to "
     "worry?", "mild_symptom", "severe_dehydration_child"),
    ("Tengo 37.8 desde que me puse la vacuna de la influenza ayer y me duele el brazo. Me siento bien aparte de eso.",
     "mild_symptom", "sepsis_signs"),
    ("Me duele la espalda baja desde que estuve en el jardín el domingo, mejorando cada día. Tengo 50. ¿Calor o frío?",
     "mild_symptom", "cauda_equina"),
    ("Some days I feel low and unmotivated, especially Sundays. Not thinking about hurting myself. Just the blues? 26M.",
     "mild_symptom", "suicidal_intent"),
    ("Estoy embarazada de 6 semanas y a ratos siento un jaloncito leve en el vientre, como cuando me va a bajar. Ya me "
     "vieron en ultrasonido y está en su lugar. ¿Es normal?", "mild_symptom", "pregnancy_bleeding_or_pain"),
    ("Sometimes my heart does a little flip-flop after my second coffee, just a second, then normal. 31F. Cut back "
     "on caffeine?", "mild_symptom", "heart_attack"),
    ("Mi abuelita de 80 tiene un moretón en el brazo porque se pegó con la puerta. Toma aspirina. No le duele mucho. "
     "¿Se lo ve el doctor?", "mild_symptom", "severe_bleeding"),
]
