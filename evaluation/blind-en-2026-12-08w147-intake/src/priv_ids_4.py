# Privacy items with identifiers, part 4 (written by hand, writer 147)

ITEMS = [
    ("Soy Rubén, de Hermosillo, tengo 55. Me sacaron sangre en el laboratorio y tengo el ácido úrico en 9.5 y me "
     "duele el dedo gordo del pie. Mi correo es ruben.gota00@correo.mx. ¿Es gota?",
     [("name", "Rubén"), ("email", "ruben.gota00@correo.mx")], []),

    ("Hi, this is Maureen, mum of Callum (8). He was born 19/07/2017 and has been wetting the bed again after being "
     "dry for two years. His NHS number is 000 555 1234. Could it be stress from the new baby?",
     [("name", "Maureen"), ("name", "Callum"), ("date_of_birth", "19/07/2017"), ("id_number", "000 555 1234")], []),

    ("mi compa el Flaco se metió algo en el antro y ahora no duerme desde hace 2 días, anda bien acelerado pero "
     "está consciente y platicando. vive en Av. Las Torres 300, edificio B, depto 12, Monterrey. se le pasará?",
     [("name", "Flaco"), ("address", "Av. Las Torres 300, edificio B, depto 12, Monterrey")], []),

    ("Hello, I'm Nadia, 40. My husband Omar had a kidney stone last month. Now I have lower back pain on the right "
     "too. We live in the same house at 2300 Lakeshore Dr Apt 18, Chicago — could it be the water?",
     [("name", "Nadia"), ("name", "Omar"), ("address", "2300 Lakeshore Dr Apt 18, Chicago")], []),

    ("Buenas tardes doctora, mi nieta Abril tiene 4 años y se chupa el dedo todavía. Ya le están saliendo chuecos "
     "los dientes. El dentista de la Clínica Dental Sonrisas de la colonia dijo que le pusiéramos aparato. ¿No está muy chiquita?",
     [("name", "Abril")], ["Clínica Dental Sonrisas"]),

    ("Hi docs - I'm Tyrone Banks, 50, DOB 6/21/1975. Diagnosed with sickle cell trait only, not disease. My kids "
     "Malik and Jada want to know if they should be tested. Call 404-555-0187.",
     [("name", "Tyrone Banks"), ("date_of_birth", "6/21/1975"), ("name", "Malik"), ("name", "Jada"), ("phone", "404-555-0187")], []),

    ("Hola, me llamo Begoña y vivo en Bilbao. Mi hijo Unai (15) dice que le duele el pecho cuando corre en el "
     "equipo del instituto. El pediatra le ha auscultado y todo bien. Mi móvil +34 611 000 456.",
     [("name", "Begoña"), ("name", "Unai"), ("phone", "+34 611 000 456")], []),

    ("dear doctor i am Nguyen Thi Lan, 62, i have the high cholesterol 280. my daughter in law Trang say to eat "
     "oats. i live at 1090 Story Rd #5, San Jose. thank you",
     [("name", "Nguyen Thi Lan"), ("name", "Trang"), ("address", "1090 Story Rd #5, San Jose")], []),

    ("¿Qué tal? Soy Anabel y cuido a mi tía Remedios que tiene demencia. Le dieron quetiapina y se duerme todo el "
     "día. Vive en la calle Pino Suárez 410, colonia Obrera. ¿Le pueden bajar la dosis?",
     [("name", "Anabel"), ("name", "Remedios"), ("address", "calle Pino Suárez 410, colonia Obrera")], []),

    ("Hi, my son Caleb, 17, passed out at his job at Chick-fil-A on Route 9 yesterday. He was fine after a minute. "
     "He didn't eat breakfast. Employee ID 0000-4412 in case work needs a note. Should we get an EKG?",
     [("name", "Caleb"), ("id_number", "0000-4412")], ["Chick-fil-A on Route 9"]),

    ("Hola, me llamo Cristóbal Zamora y trabajo en la finca La Esperanza en Matagalpa. Me picó un alacrán hace dos "
     "días en la mano, ya no duele, pero se me duerme un poco. Mi cédula 000-000000-0001A.",
     [("name", "Cristóbal Zamora"), ("id_number", "000-000000-0001A")], ["finca La Esperanza en Matagalpa"]),

    ("Mother of 3 here, Stacy. My youngest, Bella (2), keeps getting ear infections, 5 this year. ENT Dr. Goldberg "
     "says tubes. Honestly scared of anesthesia. Our pediatrician's portal handle for me is @mom_of3_sb00, lol.",
     [("name", "Stacy"), ("name", "Bella"), ("name", "Goldberg"), ("handle", "@mom_of3_sb00")], []),

    ("buenas noches doctor mi esposo Jesús tiene 47 años y ronca y se queda dormido manejando el camión de la "
     "ruta. placas de el camión 45-AB-67. tiene la presión alta. le pasa algo?",
     [("name", "Jesús"), ("licence_plate", "45-AB-67")], []),

    ("Hello, I'm Fatima, 31, Muslim, fasting for Ramadan. I have type 2 diabetes on metformin. My doctor Dr. Haddad "
     "is on leave. Is it safe to keep fasting? fatima.h.00@fakemail.com",
     [("name", "Fatima"), ("name", "Haddad"), ("email", "fatima.h.00@fakemail.com")], []),

    ("Soy Joaquín, tengo 72. Me dio herpes zóster (culebrilla) en el costado derecho hace 3 semanas y todavía me "
     "duele mucho. Mi número de Medicare es 1EG4-TE5-MK00. ¿Hay vacuna para que no me vuelva?",
     [("name", "Joaquín"), ("id_number", "1EG4-TE5-MK00")], []),

    ("pls advise. my little cousin mia (6) swallowed a penny at our house 3 hrs ago. she's playing, eating, no pain. "
     "my aunt is Rosa, phone 323-555-0147. do we need an x-ray?",
     [("name", "mia"), ("name", "Rosa"), ("phone", "323-555-0147")], []),

    ("Doctor, mi mamá Felícitas Ortega, nacida el 08/12/1955, tiene osteoporosis y le recetaron alendronato. En la "
     "UMF 27 del IMSS no le explicaron cómo tomarlo. ¿En ayunas?",
     [("name", "Felícitas Ortega"), ("date_of_birth", "08/12/1955")], ["UMF 27 del IMSS"]),

    ("Hi! I'm Jake, 34, runner. My Strava is strava.com/athletes/000123fake if you want my mileage. I have pain on "
     "the inside of my shin after 5 miles. Shin splints or stress fracture?",
     [("name", "Jake"), ("url", "strava.com/athletes/000123fake")], []),

    ("Hola, soy la trabajadora social de la Casa del Migrante, me llamo Inés. Tenemos a un señor, don Abundio, de 65 "
     "años, con una tos de sangre leve desde hace semanas. No tiene papeles. ¿A dónde lo podemos llevar?",
     [("name", "Inés"), ("name", "Abundio")], []),

    ("This is about my mother-in-law, Dorothy Pruitt, 84. Her address is Sunny Meadows Assisted Living, Room 214, "
     "310 Pine Ave, Fresno. She has a bedsore on her heel. Staff say it's stage 2.",
     [("name", "Dorothy Pruitt"), ("address", "310 Pine Ave, Fresno")], ["Sunny Meadows Assisted Living"]),

    ("ey doc soy el Memo, 21 años. me salio una bolita en el testiculo izquierdo, no duele. mi novia Fer dice q "
     "vaya al doctor. en la chamba (Oxxo de la esquina) no me dan permiso. es cancer?",
     [("name", "Memo"), ("name", "Fer")], ["Oxxo de la esquina"]),

    ("Hi, Ms. Adeyemi here (Folake). My 10-year-old son Tobi is being tested for asthma. He was born 11/11/2015. The "
     "school nurse emailed me: nurse.office@fake-lincolnelem.org — does she need the inhaler form?",
     [("name", "Adeyemi"), ("name", "Folake"), ("name", "Tobi"), ("date_of_birth", "11/11/2015"),
      ("email", "nurse.office@fake-lincolnelem.org")], []),

    ("Buen día. Mi papá, Don Ignacio Bermúdez, de 80 años, vive en Aguadilla, Bo. Borinquen, carretera 107 km 2.3, "
     "casa amarilla. Tiene una llaga en la pierna hace meses. ¿Puede ir una enfermera a la casa?",
     [("name", "Ignacio Bermúdez"), ("address", "Bo. Borinquen, carretera 107 km 2.3, casa amarilla")], []),

    ("Hi, my daughter Zara (20) is on Accutane from Dr. Kim. She wants to get a lip filler at a med spa. Her "
     "insurance member # is ZX0001234. Is that ok during treatment?",
     [("name", "Zara"), ("name", "Kim"), ("id_number", "ZX0001234")], []),

    ("Mi hijo Kevin tiene 18 años y le diagnosticaron diabetes tipo 1. Él estudia en el CBTIS 101 y le da pena "
     "ponerse la insulina en la escuela. ¿Hay insulina de una vez al día? Soy Marta, cel 55 5555 0112.",
     [("name", "Kevin"), ("name", "Marta"), ("phone", "55 5555 0112")], ["CBTIS 101"]),

    ("hey all, Derrick here. my little girl Nevaeh, 7, has a lazy eye. eye doc Dr. Walsh says patch. she cries "
     "every time. i post updates at tiktok.com/@fake_patchdad00. any tips?",
     [("name", "Derrick"), ("name", "Nevaeh"), ("name", "Walsh"), ("url", "tiktok.com/@fake_patchdad00")], []),

    ("Saludos, soy Doña Carmela, 69 años, de Arecibo. Uso la tarjeta del Plan Vital, número 000456123-00. Me dio un "
     "dolor en el talón en las mañanas, que cuando camino un poco se mejora. ¿Qué es?",
     [("name", "Carmela"), ("id_number", "000456123-00")], []),

    ("Good afternoon, I'm Victor Sousa, 46, truck driver, Florida plate QRT-J77. My CDL exam says I need a sleep "
     "apnea test. The company doctor is Dr. Ling. Do I need a CPAP to keep my license?",
     [("name", "Victor Sousa"), ("licence_plate", "QRT-J77"), ("name", "Ling")], []),

    ("buenas doctor, mi hermana Lorena tiene 38 y le dijeron que tiene un quiste en el ovario de 5 cm. en el centro "
     "de salud de Ixtapaluca no hay ginecólogo. su correo lore.quiste00@correo.mx. se opera?",
     [("name", "Lorena"), ("email", "lore.quiste00@correo.mx")], []),

    ("hi, I'm Kim, 29 (female). My handle on the endo support forum is @endo_warrior_000. I've had 2 laparoscopies. "
     "Now the pain is back. Is a hysterectomy too drastic at my age?",
     [("name", "Kim"), ("handle", "@endo_warrior_000")], []),

    ("Buenas, soy Rosendo, trabajo de noche como guardia en la Plaza Galerías. Tengo 52 y se me hinchan las "
     "piernas y me salen venas moradas. Vivo en la Colonia Lomas del Sur, Calle Encino 23, León.",
     [("name", "Rosendo"), ("address", "Colonia Lomas del Sur, Calle Encino 23, León")], ["Plaza Galerías"]),

    ("hola mi hija Naomi nació el 14 de febrero de 2024 y todavía no se sienta sola. el pediatra del Centro de Salud "
     "San Miguel dijo que esperáramos. tiene 18 meses. me preocupa. mamá: Keila",
     [("name", "Naomi"), ("date_of_birth", "14 de febrero de 2024"), ("name", "Keila")], ["Centro de Salud San Miguel"]),

    ("Hi, question for my friend Lucas (24). He got a needle tattoo from a guy on Insta, @fake_inkbyrico00, in "
     "someone's kitchen. Should he get tested for hep C / HIV?",
     [("name", "Lucas"), ("handle", "@fake_inkbyrico00")], []),

    ("Mi madre, Asunción Gallego, DNI 00000789M, tiene 88 años y vive sola en un pueblo de Soria. Se le ha "
     "olvidado tomar el Sintrom varios días. ¿Es grave? Me llamo Pilar, su hija.",
     [("name", "Asunción Gallego"), ("id_number", "00000789M"), ("name", "Pilar")], []),

    ("Dr., I'm Brian and my wife Michelle and I are adopting a 3-year-old from Guatemala. Her name will be Sofia. "
     "Her file says latent TB. What's the treatment for kids?",
     [("name", "Brian"), ("name", "Michelle"), ("name", "Sofia")], []),

    ("Doctora, mi hija Alondra, de 12, tiene mucha comezón en la cabeza, le encontraron piojos en la escuela. Vivimos "
     "en 812 S Kingsley Dr, apt 9, LA. ¿Qué shampoo compro? mi numero es (213) 555-0170, soy Elvia.",
     [("name", "Alondra"), ("address", "812 S Kingsley Dr, apt 9, LA"), ("phone", "(213) 555-0170"), ("name", "Elvia")], []),

    ("My buddy Dave and I were in a fender bender, his plate 5JHD220, mine is fine. He says his wrist hurts when he "
     "twists it but he can move it. It was Saturday. Worth an X-ray? - Chris",
     [("name", "Dave"), ("licence_plate", "5JHD220"), ("name", "Chris")], []),

    ("Hola, mi nombre es Reyna Isabel Chávez, fecha de nacimiento 12-04-1990. Tengo el VIH y estoy en tratamiento "
     "en la Clínica Condesa. Quiero embarazarme. ¿Puede nacer sano mi bebé?",
     [("name", "Reyna Isabel Chávez"), ("date_of_birth", "12-04-1990")], ["Clínica Condesa"]),

    ("Hi doctor, I'm Wendell, 71. My wife Pearl passed in March and I've lost 20 pounds. My pastor, Reverend "
     "Hollis, says I should talk to someone. My phone is 601-555-0116. Is this just grief?",
     [("name", "Wendell"), ("name", "Pearl"), ("name", "Hollis"), ("phone", "601-555-0116")], []),

    ("qué onda, soy Lalo, 26 años, de Guadalajara. juego fut los domingos y me torcí la rodilla, se me hinchó y "
     "truena. mi perfil de face facebook.com/lalo.futbol.0000 ahí está el video de la jugada jaja",
     [("name", "Lalo"), ("url", "facebook.com/lalo.futbol.0000")], []),

    ("Buenas tardes, la señora Eulalia Vega, 77 años, paciente de la Dra. Santos en el consultorio de la farmacia "
     "Guadalajara, tiene la presión en 180/100. Su cel: 33 5555 0109. Le escribo yo, su nuera Marlene.",
     [("name", "Eulalia Vega"), ("name", "Santos"), ("phone", "33 5555 0109"), ("name", "Marlene")],
     ["consultorio de la farmacia Guadalajara"]),
]
