# Hard non-emergencies, part 1: past_event, examined_or_treated (written by hand, writer 147)
# (text, kind, family)

ITEMS = [
    # past_event
    ("Mi hijo tuvo una convulsión por fiebre hace 2 años, cuando tenía 1 añito. Duró un minuto y ya no le volvió a dar. "
     "¿Le puede quedar algún daño en el cerebro?", "past_event", "seizure"),
    ("Last Christmas my dad choked on a piece of ham and my brother did the Heimlich and it popped out. He's totally "
     "fine. Should the whole family take a CPR class?", "past_event", "choking"),
    ("Hace 10 años me dio una reacción muy fuerte a la penicilina, se me cerró la garganta y me pusieron una inyección. "
     "¿Eso se quita con los años o soy alérgica para siempre?", "past_event", "anaphylaxis"),
    ("When I was 16 I got knocked out cold playing football, for maybe a minute. I'm 38 now and forgetful sometimes. "
     "Could that old hit be the reason?", "past_event", "head_injury"),
    ("Hace 5 años intenté quitarme la vida con pastillas. Ahora estoy bien, con terapia y trabajo. Cambié de doctor, "
     "¿tengo que contarle eso?", "past_event", "suicidal_intent"),
    ("Two years ago I overdosed on fentanyl and got brought back with Narcan. Clean 18 months now. Could that have caused "
     "permanent brain damage? My memory isn't great.", "past_event", "overdose_poisoning"),
    ("I cut my hand badly with a kitchen knife 3 years ago, bled a ton, got stitches. Now the scar area is still numb on "
     "my thumb. Will feeling ever come back?", "past_event", "severe_bleeding"),
    ("En mi primer embarazo tuve desprendimiento de placenta a las 34 semanas y me hicieron cesárea de emergencia. "
     "Quiero otro bebé. ¿Me puede volver a pasar?", "past_event", "pregnancy_bleeding_or_pain"),
    ("I had an ectopic pregnancy 2 years ago and they removed my right tube. What are my chances of getting pregnant "
     "naturally now?", "past_event", "ectopic_pregnancy"),
    ("A mi hijo le dio torsión testicular a los 14 y le quitaron un testículo. Ahora tiene 20. ¿Va a poder tener "
     "hijos?", "past_event", "testicular_torsion"),
    ("Me quemé con aceite hirviendo en el restaurante hace 6 meses, el brazo. Ya sanó pero la cicatriz está gruesa y "
     "me jala. ¿Hay cremas?", "past_event", "severe_burn"),
    ("Tuve meningitis de bebé, eso me dijo mi mamá, y desde entonces no oigo bien de un oído. Tengo 30. ¿Hay algo que "
     "se pueda hacer?", "past_event", "meningitis_signs"),
    ("Last year I ended up in the ICU with DKA, that's how I found out I had type 1. I'm stable now, A1C 6.9. Is it "
     "safe to train for a half marathon?", "past_event", "diabetic_emergency"),
    ("Me desmayé en misa el domingo pasado, estaba parada mucho rato y hacía un calorón. Me recuperé en segundos y "
     "toda la semana he estado bien. ¿Fue el calor?", "past_event", "unconscious_unresponsive"),
    ("My husband had a heart attack in 2021, got two stents, he's doing cardiac rehab and feels great. Is it safe for us "
     "to, you know, be intimate again?", "past_event", "heart_attack"),
    ("Had a PE after a long flight back from Manila in 2019. I'm off blood thinners now. Flying to Spain next month. "
     "What precautions should I take?", "past_event", "blood_clot_PE"),
    ("Me cortaba en la prepa, ahora tengo 25 y hace años que no lo hago. Las cicatrices me dan vergüenza en verano. "
     "¿Se quitan con láser?", "past_event", "self_harm"),
    ("When I was 19 I had a collapsed lung out of nowhere, they put a tube in. I'm 27 now and want to go scuba diving "
     "in Cozumel. Is that allowed?", "past_event", "chest_pain_other"),
    ("El verano pasado mi nena se deshidrató con un rotavirus y la tuvieron con suero dos días. Ya está bien. ¿Hay "
     "vacuna para que no le vuelva a dar?", "past_event", "severe_dehydration_child"),
    ("My grandma had a stroke in 2015, recovered mostly. Family reunion coming up and everyone asks me how to spot one "
     "early since she had it. Is FAST the best way to remember?", "past_event", "stroke"),
    ("Hace un año me dio un ataque de asma horrible en un campamento, casi no llego al hospital. Desde entonces no he "
     "tenido otro. ¿Debo seguir con el inhalador diario?", "past_event", "breathing_difficulty"),
    ("tuve un embarazo ectópico en 2022 y me dieron metotrexato. ahora tengo 3 semanas de retraso y salió positiva la "
     "prueba. me siento bien, sin dolor ni sangrado. ¿cuándo me hago el ultrasonido?", "past_event", "ectopic_pregnancy"),
    ("In college my roommate had a seizure once at a party, we rolled him on his side, it lasted under a minute. Still "
     "think about it. Did we do the right thing?", "past_event", "seizure"),

    # examined_or_treated
    ("Fuimos a urgencias anoche porque mi papá tenía dolor de pecho. Le hicieron electro, troponinas y todo salió "
     "normal, lo mandaron a casa. Dijeron que era reflujo. ¿Le sigo dando omeprazol?", "examined_or_treated", "heart_attack"),
    ("My son hit his head at the trampoline park, we went to the ER, CT was normal and they sent us home with a head "
     "injury sheet. It's been 2 days, he has a mild headache. How long off screens?", "examined_or_treated", "head_injury"),
    ("A mi bebé de 6 semanas le dio fiebre la semana pasada, lo internaron 3 días, le hicieron punción lumbar y salió "
     "negativa, era un virus. Ya está en casa comiendo bien. ¿Ya lo puedo sacar a la calle?", "examined_or_treated",
     "febrile_infant"),
    ("I had a TIA last Thursday, they kept me overnight, MRI was clean, started me on aspirin and Plavix. How long do "
     "I have to take both?", "examined_or_treated", "stroke"),
    ("Me dieron de alta ayer después de la apendicitis, me operaron por laparoscopía. ¿Cuándo puedo volver a la chamba? "
     "Trabajo cargando cajas.", "examined_or_treated", "severe_abdominal_pain"),
    ("ER diagnosed me with a blood clot in my lung on Monday, I'm on Eliquis now and breathing better. Can I go back to "
     "my desk job next week?", "examined_or_treated", "blood_clot_PE"),
    ("Mi hija tuvo anafilaxia con cacahuate, la atendieron en urgencias y le recetaron EpiPen. ¿Cuántas plumas debe "
     "llevar a la escuela?", "examined_or_treated", "anaphylaxis"),
    ("Saturday my mom had a seizure and they admitted her. EEG showed epilepsy, she's on Keppra now. She's 62. Can she "
     "still drive?", "examined_or_treated", "seizure"),
    ("Llevamos a mi suegro al hospital por un choque de azúcar baja, le pusieron suero con glucosa y ya está bien. Le "
     "bajaron la insulina. ¿Cómo evito que le vuelva a pasar?", "examined_or_treated", "diabetic_emergency"),
    ("My 8 yo swallowed some of my pills, we called poison control and went in, they watched her 6 hours and said she's "
     "fine. Now I feel so guilty. What lockbox do people use?", "examined_or_treated", "overdose_poisoning"),
    ("Estuve internado por sepsis por una infección en la pierna, ya me dieron de alta con antibiótico en pastillas. "
     "Sigo muy débil, ¿cuánto tarda uno en recuperarse?", "examined_or_treated", "sepsis_signs"),
    ("The urologist untwisted my son's testicle in surgery on Tuesday and stitched both sides. He's 15. How long "
     "before he can play soccer?", "examined_or_treated", "testicular_torsion"),
    ("A mi hijo de 5 años lo quemaron con agua caliente, lo atendieron en la unidad de quemados del Shriners y ya está "
     "en casa con curaciones. ¿Cómo le cambio las vendas sin que llore tanto?", "examined_or_treated", "severe_burn"),
    ("I was in the ER for a panic attack that felt like a heart attack, they did all the tests and everything came back "
     "normal. Now I'm scared it'll happen again. What can I do?", "examined_or_treated", "chest_pain_other"),
    ("Después de que mi hermano se cortó los brazos, lo internaron en psiquiatría una semana. Ya salió con medicamento "
     "y cita con el psicólogo. ¿Cómo lo apoyo en casa?", "examined_or_treated", "self_harm"),
    ("I was bleeding at 10 weeks and went to L&D, ultrasound showed baby fine with a heartbeat and a small subchorionic "
     "hematoma. Spotting is brown now. Can I still work out?", "examined_or_treated", "pregnancy_bleeding_or_pain"),
    ("Me operaron de desprendimiento de retina hace 5 días y tengo que estar boca abajo. Ya estoy cansadísima. "
     "¿De verdad es necesario todo el día?", "examined_or_treated", "vision_loss_sudden"),
    ("My daughter was admitted for bacterial meningitis, got 10 days of IV antibiotics and she's home now. They want a "
     "hearing test. Why is that?", "examined_or_treated", "meningitis_signs"),
    ("Had emergency spine surgery for cauda equina in March. Bladder is mostly back but still some numbness in the "
     "saddle area. Will it keep improving?", "examined_or_treated", "cauda_equina"),
    ("A mi hija de 2 años le pusieron suero en el hospital por deshidratación con la diarrea. Ya la dieron de alta, "
     "está tomando Pedialyte y ya hace pipí. ¿Qué le doy de comer?", "examined_or_treated", "severe_dehydration_child"),
    ("Got 12 stitches in my forearm at urgent care yesterday after a box cutter slip. It's throbbing a little. When do "
     "they come out and can I shower?", "examined_or_treated", "severe_bleeding"),
    ("A mi esposo le sacaron un pedazo de carne del esófago con endoscopía, se le había atorado. Ya está bien. El "
     "doctor dijo que tiene un anillo. ¿Qué es eso?", "examined_or_treated", "choking"),
    ("I was hospitalized after an overdose attempt last month. I'm out, seeing a therapist weekly and on Lexapro. My "
     "doctor asked me to find a support group. Any you recommend for young adults?", "examined_or_treated", "suicidal_intent"),
    ("Me hicieron cirugía por embarazo ectópico hace 2 semanas. Todavía me duele un poco la herida del ombligo. ¿Es "
     "normal?", "examined_or_treated", "ectopic_pregnancy"),
]
