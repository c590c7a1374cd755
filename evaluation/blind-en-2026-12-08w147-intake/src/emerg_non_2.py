# Hard non-emergencies, part 2: relative_history, hypothetical_or_general (written by hand, writer 147)

ITEMS = [
    # relative_history
    ("Mi papá murió de un infarto fulminante a los 52 años. Yo tengo 45 y me siento bien. ¿Qué estudios me debo "
     "hacer para prevenir?", "relative_history", "heart_attack"),
    ("My mom and her sister both had strokes in their 60s. I'm 41 with normal blood pressure. Is there a genetic test "
     "or something I should ask for?", "relative_history", "stroke"),
    ("A mi hermana le dio un aneurisma cerebral que se reventó a los 38. ¿Nos deben revisar a los demás hermanos?",
     "relative_history", "stroke"),
    ("My cousin died of a PE at 29 after starting birth control. I'm about to start the pill. Should I get tested for "
     "clotting disorders first?", "relative_history", "blood_clot_PE"),
    ("Mi tío se quitó la vida el año pasado y mi mamá dice que la depresión es de familia. A veces me pongo triste. "
     "¿Tengo más riesgo?", "relative_history", "suicidal_intent"),
    ("Both my brothers have epilepsy. I'm pregnant with my first. What's the chance my baby has seizures?",
     "relative_history", "seizure"),
    ("Mi abuela y mi mamá tuvieron preeclampsia y a mi mamá casi se le muere el bebé. Yo tengo 12 semanas. ¿Me van a "
     "vigilar más?", "relative_history", "pregnancy_bleeding_or_pain"),
    ("Dad had an aortic dissection at 58 and survived. Doctors said it might be genetic. I'm 30. Do I need an echo?",
     "relative_history", "chest_pain_other"),
    ("En mi familia varios son alérgicos a los mariscos, hasta con reacciones fuertes. Mi hijo de 2 años nunca ha "
     "comido camarón. ¿Se lo puedo dar?", "relative_history", "anaphylaxis"),
    ("My sister had two ectopic pregnancies. We're trying now. Does that mean I'm at higher risk?", "relative_history",
     "ectopic_pregnancy"),
    ("Mi mamá es diabética y una vez entró en coma diabético. Yo tengo 33, algo de sobrepeso. ¿Cada cuánto me checo la "
     "glucosa?", "relative_history", "diabetic_emergency"),
    ("My nephew had meningitis B in college and nearly died. My daughter leaves for university in August. Is the MenB "
     "vaccine worth it?", "relative_history", "meningitis_signs"),
    ("A mi hermano le dio torsión del testículo a los 13. Mi hijo tiene 10. ¿Eso se hereda? ¿Hay señales para estar "
     "atentos?", "relative_history", "testicular_torsion"),
    ("My father passed from sepsis after a simple UTI at 79. Now my mom is 77 and gets UTIs a lot. How do we prevent "
     "that happening again?", "relative_history", "sepsis_signs"),
    ("Mi abuelo se murió de un derrame, mi papá tuvo un infarto a los 60. Yo fumo y tengo 50. ¿Cuál es mi riesgo?",
     "relative_history", "heart_attack"),
    ("My older brother had a cauda equina emergency from a herniated disc. I have a herniated disc too, just back pain. "
     "Am I likely to get that?", "relative_history", "cauda_equina"),
    ("Mi prima se murió de una sobredosis de fentanilo en Tijuana. Mi primo sigue usando. ¿Debo tener Narcan en la casa "
     "por si acaso?", "relative_history", "overdose_poisoning"),
    ("My mom went blind in one eye overnight from giant cell arteritis when she was 70. I'm 55. What symptoms should I "
     "watch for?", "relative_history", "vision_loss_sudden"),
    ("A mi suegra le dio una hemorragia muy fuerte en el parto de mi esposo. Mi esposa va a dar a luz en marzo. ¿Es "
     "hereditario eso?", "relative_history", "severe_bleeding"),
    ("Mi hermanito se murió ahogado con un cacahuate cuando tenía 2 años. Ahora yo tengo una bebé y me da pánico "
     "darle comida. ¿Cuándo le doy cosas sólidas?", "relative_history", "choking"),
    ("My son's best friend cuts himself and my son told me. My son (14) seems fine. Is self-harm contagious between "
     "friends? Should I talk to him?", "relative_history", "self_harm"),
    ("Mi papá tuvo una embolia pulmonar después de una cirugía de rodilla. A mí me van a operar la rodilla en enero. "
     "¿Me deben poner anticoagulante?", "relative_history", "blood_clot_PE"),
    ("My grandfather had an abdominal aortic aneurysm rupture. I'm 66, ex-smoker. Should I get a screening "
     "ultrasound?", "relative_history", "severe_abdominal_pain"),

    # hypothetical_or_general
    ("¿Cuáles son las señales de un infarto en las mujeres? Dicen que son diferentes que en los hombres.",
     "hypothetical_or_general", "heart_attack"),
    ("What does BE FAST stand for with strokes? Our church is putting up a poster.", "hypothetical_or_general", "stroke"),
    ("Si alguien se está ahogando con comida, ¿cómo se hace la maniobra de Heimlich? ¿Y en un bebé es igual?",
     "hypothetical_or_general", "choking"),
    ("If someone is having a seizure, are you really supposed to not put anything in their mouth? My abuela insists "
     "on a spoon.", "hypothetical_or_general", "seizure"),
    ("¿A partir de qué temperatura es peligrosa la fiebre en un recién nacido? Voy a tener a mi bebé en dos meses y "
     "quiero estar preparada.", "hypothetical_or_general", "febrile_infant"),
    ("How would I know if my kid is dehydrated when he has the stomach bug? Like what signs mean go to the hospital?",
     "hypothetical_or_general", "severe_dehydration_child"),
    ("Pregunta general: ¿cuántas pastillas de paracetamol son una sobredosis para un adulto? Es para saber, en mi casa "
     "hay muchas.", "hypothetical_or_general", "overdose_poisoning"),
    ("What's the difference between a regular bad headache and one that means bleeding in the brain?",
     "hypothetical_or_general", "stroke"),
    ("¿Qué se hace si a alguien le da un shock anafiláctico y no tiene su EpiPen? Trabajo en una guardería.",
     "hypothetical_or_general", "anaphylaxis"),
    ("Hypothetically, if someone told me they were thinking about suicide, what should I say? I'm a youth pastor and "
     "want to be ready.", "hypothetical_or_general", "suicidal_intent"),
    ("¿La sangre en el embarazo siempre es mala? Me da curiosidad porque mi amiga sangró y todo salió bien.",
     "hypothetical_or_general", "pregnancy_bleeding_or_pain"),
    ("How do you tell apart a ruptured ectopic from normal early pregnancy cramps? Just curious, I'm a nursing student.",
     "hypothetical_or_general", "ectopic_pregnancy"),
    ("¿Qué es la sepsis? En las noticias dijeron que un cantante murió de eso y nadie en mi familia sabe qué es.",
     "hypothetical_or_general", "sepsis_signs"),
    ("For a burn, is it true you shouldn't use ice or butter? What do you actually do for a bad one?",
     "hypothetical_or_general", "severe_burn"),
    ("¿Qué es el síndrome de cauda equina? Lo leí en un grupo de Facebook de hernias de disco y me asusté.",
     "hypothetical_or_general", "cauda_equina"),
    ("What are the symptoms of a blood clot in the lungs? I'm flying 14 hours to Australia next month.",
     "hypothetical_or_general", "blood_clot_PE"),
    ("Si un diabético se pone muy bajo de azúcar y se desmaya, ¿se le puede poner azúcar debajo de la lengua? "
     "Mi papá es diabético.", "hypothetical_or_general", "diabetic_emergency"),
    ("How long can a teenage boy have testicle pain before it damages the testicle? Asking because boys don't tell "
     "their moms anything.", "hypothetical_or_general", "testicular_torsion"),
    ("¿Qué debe tener un botiquín para cortaduras graves? Vivimos en un rancho lejos del hospital.",
     "hypothetical_or_general", "severe_bleeding"),
    ("Is it true that the meningitis rash doesn't fade under a glass? How does that test work?",
     "hypothetical_or_general", "meningitis_signs"),
    ("Si alguien se pega en la cabeza y se queda dormido, ¿es verdad que no hay que dejarlo dormir? Siempre lo he oído.",
     "hypothetical_or_general", "head_injury"),
    ("What should I do if I find someone unconscious in a parking lot? I always freeze in those situations.",
     "hypothetical_or_general", "unconscious_unresponsive"),
    ("¿Por qué dicen que la pérdida de vista repentina es una emergencia? Una tía dice que con gotas se quita.",
     "hypothetical_or_general", "vision_loss_sudden"),
]
