# Triage items, part A (written by hand, writer 147)
# (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("Tengo 58 años y en las noches siento que el corazón me brinca, como que se salta un latido, unos segundos nada más. "
     "Ya me pasa desde hace un mes. No me duele el pecho. Mi esposa dice que es el café.", "cardiology", "50~59", "male"),
    ("my mom is 71 and her doctor heard a heart murmur at her checkup. she gets a bit winded on the stairs lately. they "
     "said maybe aortic stenosis. who does she see for the echo?", "cardiology", "70~79", "female"),
    ("I'm 44, my LDL is 210 even though I eat pretty well, and my dad had a bypass at 50. I feel fine. Should I be seeing "
     "a heart specialist or is a statin from my GP enough?", "cardiology", "40~49", "undisclosed"),
    ("Buenas, soy señora de 66 años, tengo fibrilación auricular y tomo Xarelto. Me quieren hacer una ablación. ¿Qué tan "
     "segura es?", "cardiology", "60~69", "female"),

    # dentistry
    ("se me rompió una muela de atrás comiendo pan duro, no me duele mucho pero tengo un pedazo filoso que me corta la "
     "lengua. tengo 35 y soy hombre. se puede arreglar o la sacan?", "dentistry", "30~39", "male"),
    ("My 7 year old daughter's adult front tooth is coming in behind the baby tooth, like a shark row. The baby tooth "
     "isn't even loose. Do we need to get it pulled?", "dentistry", "0~9", "female"),
    ("Hola, tengo 24 años y me sangran las encías cada vez que uso hilo dental, y tengo mal aliento aunque me lavo bien. "
     "¿Es gingivitis?", "dentistry", "20~29", "undisclosed"),
    ("mi abuelito de 83 años tiene dentadura postiza y ya le queda floja, le lastima y no puede comer carne. se puede "
     "ajustar o necesita una nueva?", "dentistry", "80+", "male"),

    # dermatology
    ("I'm a 62 year old guy, used to work construction in Arizona. Have a scaly rough spot on my ear that bleeds a little "
     "when I scratch it, been there 4 months.", "dermatology", "60~69", "male"),
    ("Tengo 31 años y me salieron manchas oscuras en la cara (paño) después de mi segundo embarazo. Ya probé de todo. "
     "¿Hay algo que sí funcione? Soy morena.", "dermatology", "30~39", "female"),
    ("hi, 19, my scalp has thick flaky patches and it's spreading to my elbows, really itchy. dandruff shampoo does "
     "nothing. could it be psoriasis?", "dermatology", "10~19", "undisclosed"),
    ("Mi esposo tiene 47 años y le salió un lunar en la espalda que cambió de color y tiene bordes raros. Él no lo ve, yo "
     "se lo vi. ¿Es para preocuparse?", "dermatology", "40~49", "male"),

    # endocrinology
    ("Soy mujer, tengo 36, y me encontraron un nódulo en la tiroides de 1.8 cm en un ultrasonido. Me mandaron hacer "
     "biopsia. ¿Con qué especialista voy?", "endocrinology", "30~39", "female"),
    ("my husband is 55, type 2 diabetic for 10 yrs, on metformin and glipizide, A1C still 9.3. his doc says its time "
     "for insulin and he's refusing. we want a specialist opinion.", "endocrinology", "50~59", "male"),
    ("Hola, tengo 17 años y soy chava. Me está saliendo mucho vello en la cara y el pecho, y la regla me baja cada 3 "
     "meses. Me dijeron que puede ser ovario poliquístico.", "endocrinology", "10~19", "female"),
    ("I'm 68, my calcium keeps coming back high on bloodwork (11.2) and my PTH is high too. Doctor said parathyroid. "
     "Who handles that?", "endocrinology", "60~69", "undisclosed"),

    # family-medicine
    ("Hi, I'm 29, male, haven't had a physical in like 6 years. No complaints, just want a checkup and bloodwork. "
     "Where do I start?", "family-medicine", "20~29", "male"),
    ("Tengo gripa desde hace 4 días, mocos, dolor de garganta y un poco de tos. No tengo fiebre. Tengo 42 años. "
     "¿Qué me tomo?", "family-medicine", "40~49", "undisclosed"),
    ("me siento cansada todo el tiempo, sin ganas, y no sé si es la edad o qué. tengo 51. no tengo otras enfermedades. "
     "a quién le pregunto primero?", "family-medicine", "50~59", "female"),
    ("My grandpa (76) needs his yearly wellness visit and flu shot, plus the shingles vaccine. Can his regular doctor "
     "do all that at once?", "family-medicine", "70~79", "male"),

    # gastroenterology
    ("I'm 48, woman, and I've had heartburn almost every night for a year. Omeprazole helps but as soon as I stop it "
     "comes back. Should I get a scope?", "gastroenterology", "40~49", "female"),
    ("tengo 26 años y desde hace meses me inflamo mucho después de comer, y ando entre diarrea y estreñimiento. me "
     "dijeron colon irritable. es cierto?", "gastroenterology", "20~29", "undisclosed"),
    ("Mi papá tiene 64 años y nunca se ha hecho una colonoscopía. Su hermano tuvo cáncer de colon. ¿A dónde lo "
     "llevamos para hacérsela?", "gastroenterology", "60~69", "male"),
    ("Soy de Guadalajara, tengo 39, hombre, y en el ultrasonido me salió hígado graso y las transaminasas altas. "
     "No tomo mucho. ¿Qué sigue?", "gastroenterology", "30~39", "male"),

    # general-surgery
    ("I have a bulge in my groin that pops out when I lift stuff and goes back in when I lie down. 52 year old male. "
     "Doesn't hurt much. Hernia?", "general-surgery", "50~59", "male"),
    ("Me dijeron que tengo piedras en la vesícula, me dan cólicos después de comer grasa, como dos veces al mes. Tengo "
     "45 años, soy mujer. ¿Me tienen que operar?", "general-surgery", "40~49", "female"),
    ("hola tengo un quiste en la espalda que se me infecta cada rato, ya me lo han drenado 2 veces. tengo 33. se puede "
     "quitar de una vez?", "general-surgery", "30~39", "undisclosed"),
    ("My mom is 73 and has a lump in her belly button, umbilical hernia they think. She wants it fixed before our trip "
     "to Puerto Rico in the spring.", "general-surgery", "70~79", "female"),

    # hematology-oncology
    ("I'm 59, male, recently finished chemo for lymphoma and my blood counts are still low. Oncologist appointment is in "
     "3 weeks. Is it ok to be around my grandkids?", "hematology-oncology", "50~59", "male"),
    ("Mi hija de 22 años tiene anemia que no se quita con hierro, tiene moretones fácilmente y le sangra la nariz. "
     "El médico general la quiere mandar con un especialista de la sangre.", "hematology-oncology", "20~29", "female"),
    ("Me diagnosticaron cáncer de mama etapa 2, tengo 41. Me van a dar quimioterapia antes de la cirugía. ¿Se me va a "
     "caer el pelo seguro?", "hematology-oncology", "40~49", "female"),
    ("Tengo 70 años y en los análisis me salieron los glóbulos blancos en 28 mil con muchos linfocitos. Me dijeron "
     "leucemia crónica. No me siento mal. ¿Qué sigue?", "hematology-oncology", "70~79", "undisclosed"),

    # infectious-diseases
    ("Me salió positivo el VIH en una prueba rápida en la clínica móvil. Tengo 27, soy hombre. Estoy asustado. ¿A "
     "dónde voy para empezar tratamiento?", "infectious-diseases", "20~29", "male"),
    ("Hi, I'm 34 and I just got back from Guatemala 10 days ago. I've had on-and-off fevers every other day and chills. "
     "Feel ok in between. Could it be malaria?", "infectious-diseases", "30~39", "undisclosed"),
    ("mi suegra de 67 tiene una infección en el hueso del pie (osteomielitis) y le van a poner antibiótico por la vena "
     "6 semanas. quién la sigue?", "infectious-diseases", "60~69", "female"),
    ("Tuberculosis latente en la prueba de PPD para el trabajo. Tengo 45, hombre, me siento bien. ¿De verdad tengo "
     "que tomar 9 meses de pastillas?", "infectious-diseases", "40~49", "male"),

    # nephrology
    ("My dad is 66, his kidney function (eGFR) dropped from 55 to 38 over a year. He's diabetic. His doctor mentioned "
     "seeing a kidney specialist.", "nephrology", "60~69", "male"),
    ("Tengo 38 años y siempre me sale proteína en la orina. La presión la tengo bien. El doctor dice que hay que "
     "estudiar el riñón.", "nephrology", "30~39", "undisclosed"),
    ("Mi mamá de 81 años está en hemodiálisis tres veces por semana y se marea mucho después. ¿Le pueden cambiar algo "
     "de la diálisis?", "nephrology", "80+", "female"),
    ("I'm 25, female, I have lupus and now there's blood and protein in my urine. Rheum says possible lupus nephritis "
     "and wants a kidney biopsy. Who does the biopsy and follow-up?", "nephrology", "20~29", "female"),

    # neurology
    ("Tengo 33 años, soy mujer, y me dan migrañas con luces en los ojos antes, como 6 al mes. El ibuprofeno ya no me "
     "hace nada.", "neurology", "30~39", "female"),
    ("my grandpa is 78 and his hand shakes when he's resting, and he walks slower with little steps. we think maybe "
     "Parkinson's. who should he see?", "neurology", "70~79", "male"),
    ("Tengo 55 y desde hace meses se me duermen los pies y siento como hormigueo que sube. No soy diabético. ¿Qué "
     "puede ser?", "neurology", "50~59", "male"),
    ("I'm 22 and I had a seizure last month for the first time (ER checked me, CT fine). Now I'm waiting on an EEG. "
     "Who follows up on that?", "neurology", "20~29", "undisclosed"),
]
