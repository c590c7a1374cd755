# Emergencies (kind now), part 2 (written by hand, writer 147)

ITEMS = [
    # unconscious_unresponsive
    ("mi papá está tirado en el piso del baño, lo muevo y no me contesta, respira pero no abre los ojos. no sé cuánto "
     "tiempo lleva así. tiene 74.", "unconscious_unresponsive"),
    ("My grandpa fell asleep in his chair after dinner and we can't wake him up. We've shaken him and yelled. He's "
     "breathing. He's diabetic and on a lot of meds.", "unconscious_unresponsive"),
    ("Mi compañero de cuarto no despierta, lo estoy llamando y moviendo hace 5 minutos. Anoche tomó mucho. Tiene los "
     "labios medio morados.", "unconscious_unresponsive"),
    ("I came home and my wife is on the bed, eyes open a bit but not responding to me at all, she's limp. She was fine "
     "at lunch. What could cause this?", "unconscious_unresponsive"),
    ("la señora que cuido, de 88 años, no responde desde que la quise levantar de la siesta. respira muy despacio y "
     "hace ruido. la familia no contesta. qué hago?", "unconscious_unresponsive"),

    # head_injury
    ("Mi hijo de 10 años se cayó de la bici sin casco hace una hora, se pegó en la cabeza, ya vomitó 3 veces y está muy "
     "dormilón, le cuesta despertarlo.", "head_injury"),
    ("My mom (79, on Eliquis) slipped and hit her head on the tile this afternoon. She seemed ok but now she's confused "
     "and has a bad headache and keeps asking the same questions.", "head_injury"),
    ("se cayó de la escalera mi tío trabajando, se pegó en la cabeza, se desmayó como un minuto y ahora le sale como "
     "agua con sangre por la nariz. dice q está bien.", "head_injury"),
    ("Baby (7 months) rolled off our bed onto hard floor 20 min ago, cried right away but now there's a squishy swelling "
     "on the side of her head and she's vomited twice and seems floppy.", "head_injury"),
    ("Le dieron un batazo en la cabeza a mi hermano en el partido, no se desmayó pero ahora tiene una pupila más grande "
     "que la otra y habla arrastrado. Pasó hace media hora.", "head_injury"),

    # febrile_infant
    ("mi bebé tiene 5 semanas y tiene 38.3 de temperatura, la tomé dos veces. está comiendo menos. le doy Tempra?",
     "febrile_infant"),
    ("Newborn is 3 weeks old and has a rectal temp of 100.6. She seems ok otherwise, just sleepier. The pediatrician's "
     "office opens at 8. Can we wait until then?", "febrile_infant"),
    ("Buenas noches, mi niño de 2 meses está calientito, le puse el termómetro y marcó 38.5. No quiere pecho y llora "
     "débil.", "febrile_infant"),
    ("my 6 week old feels hot and the thermometer says 38.1 under the arm, she's a little fussy. first baby. is a "
     "fever normal after her shots? she hasn't had shots yet tho", "febrile_infant"),
    ("Mi nieta de 10 días de nacida tiene fiebre de 38 y está como aguadita, no despierta para comer. Mi hija dice que "
     "es por el calor.", "febrile_infant"),

    # meningitis_signs
    ("Mi hijo de 17 años tiene fiebre de 39.8, dolor de cabeza horrible, no puede bajar la barbilla al pecho y le "
     "molesta la luz. Empezó hoy en la tarde.", "meningitis_signs"),
    ("My daughter (4) has a high fever and now there are little purple spots on her legs that don't fade when I press a "
     "glass on them. She's really sleepy.", "meningitis_signs"),
    ("tengo 20 años, vivo en dormitorio de la uni, desde la mañana fiebre altísima, el cuello tieso q no lo puedo "
     "doblar y vomité. la luz me mata. mi roomie dice q es gripa.", "meningitis_signs"),
    ("Bebé de 8 meses con fiebre, está muy irritable, no quiere que lo carguen, y la mollerita se le ve abultada. Y le "
     "salieron unas manchitas moradas.", "meningitis_signs"),
    ("My son just started college, called me an hour ago with fever, stiff neck and a rash on his chest. Now he sounds "
     "confused on the phone. He's in his dorm alone.", "meningitis_signs"),

    # severe_abdominal_pain
    ("Me duele muchísimo la panza del lado derecho abajo, empezó en el ombligo anoche y ahora no puedo ni caminar "
     "derecho. Tengo fiebre y vomité. Tengo 19.", "severe_abdominal_pain"),
    ("my husband's stomach is hard as a board and he's in the worst pain of his life, can't move, started 2 hours ago. "
     "he has ulcers. he won't let me call anyone.", "severe_abdominal_pain"),
    ("tengo un dolor de panza que me dobla, me agarró de repente hace una hora, va hacia la espalda, y vomité verde. "
     "no he podido ni echar gases desde ayer.", "severe_abdominal_pain"),
    ("I'm 71 and I have a sudden terrible pain in my belly going to my back, feels like tearing, and I feel faint. I have "
     "an aneurysm they were watching. Could this be gas?", "severe_abdominal_pain"),
    ("Mi papá de 55 tiene un dolor en la boca del estómago que no se le quita con nada desde hace 4 horas, vomita y "
     "el dolor se le va a la espalda como cinturón. Anoche tomó mucho.", "severe_abdominal_pain"),

    # pregnancy_bleeding_or_pain
    ("Tengo 30 semanas de embarazo y me empezó a sangrar mucho, rojo vivo, ya empapé dos toallas en media hora. No me "
     "duele mucho.", "pregnancy_bleeding_or_pain"),
    ("I'm 35 weeks and I've had a constant hard pain in my belly for 40 min, it doesn't come and go, my belly is tight "
     "like a rock and there's some bleeding. Baby isn't moving much.", "pregnancy_bleeding_or_pain"),
    ("Mi esposa tiene 7 meses de embarazo y le duele la cabeza muy fuerte, ve lucecitas y tiene la cara hinchada. "
     "Ahorita se tomó la presión y salió 170/110.", "pregnancy_bleeding_or_pain"),
    ("28 weeks pregnant, my water just broke and I'm having contractions every 4 minutes. It's my 3rd baby. My husband "
     "is at work. Should I wait for him?", "pregnancy_bleeding_or_pain"),
    ("tengo 8 meses y desde hoy en la mañana no siento que se mueva mi bebé, ni con jugo ni acostada de lado. y me "
     "está doliendo la panza y la espalda.", "pregnancy_bleeding_or_pain"),

    # diabetic_emergency
    ("mi mamá es diabética, se puso la insulina y no comió, ahorita está sudando, temblando y diciendo cosas sin sentido. "
     "no puede tragar bien el jugo.", "diabetic_emergency"),
    ("My 14 yo son has type 1, glucometer says HI, he's been vomiting since this morning, breathing deep and fast and "
     "his breath smells fruity. He's very sleepy.", "diabetic_emergency"),
    ("Tengo 45, diabético, el azúcar me marca 580 y tengo mucha sed, estoy orinando a cada rato y me siento muy débil y "
     "confundido. Me quedé sin insulina hace 3 días.", "diabetic_emergency"),
    ("My dad (70, diabetic) is slumped at the table, sweaty and not making sense, his sugar reads 38. I tried to give "
     "him juice but he's too out of it to drink.", "diabetic_emergency"),
    ("mi hija de 9 años está adelgazando, toma agua y orina muchísimo, y hoy está vomitando, respira agitada y está "
     "como ida. en la farmacia le midieron glucosa de 450.", "diabetic_emergency"),

    # sepsis_signs
    ("Mi abuela tiene infección de orina desde hace días y hoy está muy confundida, tiene fiebre de 39, la piel fría y "
     "moteada, y el corazón le late rapidísimo. Tiene 84.", "sepsis_signs"),
    ("I'm on chemo and I have a fever of 101.5, shaking chills and my heart is racing. Feel really weak. Oncology line "
     "said to call if fever, but it's 2am, can it wait till morning?", "sepsis_signs"),
    ("Mi esposo se cortó el pie hace 3 días y ahorita tiene la pierna roja hasta la rodilla, fiebre alta, está "
     "temblando, casi no orina y la presión le salió 80/50.", "sepsis_signs"),
    ("My mom had surgery last week and today she's got a fever, she's breathing fast, she's confused and her hands are "
     "ice cold and blotchy. She's just lying there.", "sepsis_signs"),
    ("tengo 25, me hicieron un aborto en una clínica hace 4 días y ahora tengo fiebre de 40, me tiembla todo, el "
     "corazón a mil y me siento que me voy a desmayar. me da miedo ir", "sepsis_signs"),

    # severe_burn
    ("Se le cayó la olla de frijoles hirviendo encima a mi niño de 3 años, tiene quemado todo el pecho y el brazo, se le "
     "está levantando la piel. ¿Le pongo pasta de dientes?", "severe_burn"),
    ("Grease fire in the kitchen, my husband's hands and face are burned, skin is white and leathery in spots and his "
     "voice is getting hoarse. It happened 10 minutes ago.", "severe_burn"),
    ("Mi papá estaba quemando basura con gasolina y le explotó, tiene quemadas las dos piernas, la piel negra y no le "
     "duele en algunas partes. Está en el patio.", "severe_burn"),
    ("I spilled a pot of boiling water on my legs, both thighs are blistered big and peeling, it's like a third of my "
     "legs. Hurts like crazy. Can I just put aloe and wrap it?", "severe_burn"),
    ("mi tía se electrocutó con un cable en el patio, tiene una quemada negra en la mano y en el pie, está despierta pero "
     "dice que le late raro el corazón.", "severe_burn"),
]
