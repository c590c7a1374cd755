# Privacy items with identifiers, part 1 (written by hand, writer 147)
# (text, [(type, span) or (type, span, occurrence)], [quasi])

ITEMS = [
    ("Hola doctora, soy Marisol Fuentes, tengo 34 años y desde hace dos semanas me sangran las encías cuando me cepillo. "
     "Mi número del IMSS es 0123-45-6789-0 por si lo necesita. Mi cel es +52 55 5555 0187.",
     [("name", "Marisol Fuentes"), ("id_number", "0123-45-6789-0"), ("phone", "+52 55 5555 0187")], []),

    ("my son tiene calentura since yesterday, 39.2 and he dont want to eat. His name is Jayden Morales, DOB 04/17/2019, "
     "Medi-Cal BIC 90000123A45678. can I give him motrin and tylenol together??",
     [("name", "Jayden Morales"), ("date_of_birth", "04/17/2019"), ("id_number", "90000123A45678")], []),

    ("Buenas tardes. Le escribo por mi suegra, doña Refugio Carrillo, de 78 años. La vio el Dr. Anaya en la Clínica "
     "San Judas de la colonia pero no le explicaron bien los resultados del azúcar. Vive en Calle Allende 214, Col. Las "
     "Flores, Zapopan. Teléfono de la casa 33 5555 0142.",
     [("name", "Refugio Carrillo"), ("name", "Anaya"), ("address", "Calle Allende 214, Col. Las Flores, Zapopan"),
      ("phone", "33 5555 0142")], ["Clínica San Judas"]),

    ("Hi, I'm Derek, 45, and my blood pressure has been around 150/95 for a few weeks. My doctor (Dr. Lisa Hammond) "
     "wants me to start lisinopril 10 mg. Is that a high dose? You can reach me at derek.wallace77@fakemail.com",
     [("name", "Derek"), ("name", "Lisa Hammond"), ("email", "derek.wallace77@fakemail.com")], []),

    ("mi abuelita Chelo tiene 82 y se le hinchan mucho los pies en las tardes. we live at 1420 W Olympic Blvd Apt 3B, "
     "Los Angeles, and her Medicaid id is 99-000-4521-7. should I take her to urgent care or wait for her cita?",
     [("name", "Chelo"), ("address", "1420 W Olympic Blvd Apt 3B, Los Angeles"), ("id_number", "99-000-4521-7")], []),

    ("Doctor buenas noches, mi esposo Ramiro tiene tos desde hace un mes y ya le dieron dos antibióticos. Trabaja en "
     "la Empacadora Del Valle en Yakima y ahí todos andan tosiendo. Mi número es (509) 555-0163, me llamo Yesenia.",
     [("name", "Ramiro"), ("phone", "(509) 555-0163"), ("name", "Yesenia")], ["Empacadora Del Valle"]),

    ("Hola, tengo 29 años, DNI 00012345X, y me acaban de diagnosticar hipotiroidismo en el centro de salud de "
     "Vallecas. ¿El Eutirox se toma de por vida? Gracias, Lucía Benítez Soler.",
     [("id_number", "00012345X"), ("name", "Lucía Benítez Soler")], []),

    ("pls help my daughter kayla (7) has had a rash on her arms for 3 days, no fever. i posted pics on my insta "
     "@mom.of.kj.tx if that helps, idk how to attach here",
     [("name", "kayla"), ("handle", "@mom.of.kj.tx")], []),

    ("Mi compadre Chuy se cortó con la máquina en el taller hace una semana y ahora la herida está roja y caliente. "
     "No tiene seguro. Le abrimos una página para juntar dinero: gofundme.com/f/ayuda-para-chuy-ortega-0000 "
     "¿Es infección?",
     [("name", "Chuy"), ("url", "gofundme.com/f/ayuda-para-chuy-ortega-0000")], []),

    ("Hello, my name is Margaret Okafor, NHS number 999 123 4567. I was born 02/11/1958 and I have been told my "
     "bone density scan shows osteopenia. Do I need alendronate?",
     [("name", "Margaret Okafor"), ("id_number", "999 123 4567"), ("date_of_birth", "02/11/1958")], []),

    ("Soy de Bayamón, me llamo Wilfredo Cintrón Rivera y tengo el plan Vital, número de miembro 000987654-01. "
     "Llevo días con ardor al orinar. ¿Me pueden recetar algo por aquí? Mi teléfono +1 (787) 555-0119.",
     [("name", "Wilfredo Cintrón Rivera"), ("id_number", "000987654-01"), ("phone", "+1 (787) 555-0119")], []),

    ("hi doc my wife Guadalupe is 6 months pregnant and her feet r swollen. her OB is Dr. Patel at the Eastside "
     "Women's Clinic. her DOB is 09/30/1993 if u need it",
     [("name", "Guadalupe"), ("name", "Patel"), ("date_of_birth", "09/30/1993")], ["Eastside Women's Clinic"]),

    ("Buen día. Mi hijo Emiliano Soto Vargas, CURP SOVE150812HJCTRM09, tiene 9 años y lo están molestando mucho en "
     "la Primaria Benito Juárez turno vespertino. Ya no quiere ir, llora en las noches. ¿Con quién lo llevo?",
     [("name", "Emiliano Soto Vargas"), ("id_number", "SOVE150812HJCTRM09")], ["Primaria Benito Juárez turno vespertino"]),

    ("So I hit a deer last night (well it hit me) and my neck is stiff today. Car is a gray Civic plate 8XYZ123, "
     "insurance claim 00-4471-CLM. Will this get worse? - Tom",
     [("licence_plate", "8XYZ123"), ("id_number", "00-4471-CLM"), ("name", "Tom")], []),

    ("Estimado doctor, me llamo Aurelio Domínguez, nací el 3 de mayo de 1951, y tomo metformina 850 dos veces al día. "
     "En el ISSSTE me dijeron que ya tengo que usar insulina. Mi número de ISSSTE es DOAU510503-000. ¿Es cierto?",
     [("name", "Aurelio Domínguez"), ("date_of_birth", "3 de mayo de 1951"), ("id_number", "DOAU510503-000")], []),

    ("My mom (Carmen, 67) keeps forgetting things, like she left the stove on twice this week. She lives alone at "
     "88 Birchwood Lane, Apt 2, Worcester. Her neighbor Betty checks on her. Where do we start?",
     [("name", "Carmen"), ("address", "88 Birchwood Lane, Apt 2, Worcester"), ("name", "Betty")], []),

    ("ola q tal, soy nayeli tengo 17 y tengo mucho acne en la frente y la espalda, ya probe de todo. mi tiktok es "
     "@nayeli.skin.journey ahi subo fotos de como va. mi mama dice q es por la comida",
     [("name", "nayeli"), ("handle", "@nayeli.skin.journey")], []),

    ("Good morning, I am writing for my father Harold Jensen, MRN 00448812, who had a hip replacement at St. Luke's "
     "on March 3. He is now home and the incision is a bit red at the top. My cell is 612-555-0177.",
     [("name", "Harold Jensen"), ("id_number", "00448812"), ("phone", "612-555-0177")], []),

    ("Hola, mi nena Valentina tiene 2 añitos y tiene diarrea desde el lunes, pero sí toma agua y hace pipí. La "
     "llevamos a la guardería Pequeños Pasos en la calle Juárez. ¿Debe faltar? Mi correo es vale.mami2021@correo.mx",
     [("name", "Valentina"), ("email", "vale.mami2021@correo.mx")], ["guardería Pequeños Pasos"]),

    ("I work night shift at the Northgate Amazon warehouse (badge 000-22-715) and can't sleep during the day at all. "
     "Melatonin isn't doing much. Is there something stronger? I'm Priya, 31.",
     [("id_number", "000-22-715"), ("name", "Priya")], ["Northgate Amazon warehouse"]),

    ("Doctor, mi tío Pancho tiene 70 años y le salió una bolita en el cuello que no duele. Vive conmigo en Col. "
     "Guerrero, calle Mina 58 interior 4, CDMX. Le mando su CURP: GAFP540101HDFRRN02.",
     [("name", "Pancho"), ("address", "Col. Guerrero, calle Mina 58 interior 4, CDMX"), ("id_number", "GAFP540101HDFRRN02")], []),

    ("hey, brandon here. got a tattoo 5 days ago and it's super itchy and kinda bumpy. artist said its normal. "
     "shop posted it on their page: instagram.com/p/FAKE00xq9z/ does it look infected??",
     [("name", "brandon"), ("url", "instagram.com/p/FAKE00xq9z/")], []),

    ("Buenas, mi esposa Rocío está embarazada de 12 semanas y le dieron la cartilla en el centro de salud. Queremos "
     "saber si puede seguir tomando el omeprazol. Su NIE es Y0000123K. Mi móvil es +34 600 000 123, soy Andrés.",
     [("name", "Rocío"), ("id_number", "Y0000123K"), ("phone", "+34 600 000 123"), ("name", "Andrés")], []),

    ("Hello. My son Marcus was born on 12 June 2008 and has type 1 diabetes. His school nurse at Lincoln Middle is "
     "asking for a new care plan. His endocrinologist is Dr. Feldman. What should the plan include?",
     [("name", "Marcus"), ("date_of_birth", "12 June 2008"), ("name", "Feldman")], ["Lincoln Middle"]),

    ("mija Lupita se cayó del columpio ayer y tiene el brazo hinchado pero lo mueve. estamos en el apt 12 del 340 "
     "Maple St en Houston. la mamá soy yo, Érika. is it broken or just golpe?",
     [("name", "Lupita"), ("address", "apt 12 del 340 Maple St en Houston"), ("name", "Érika")], []),

    ("Saludos, soy la enfermera Xiomara y escribo por un paciente de la botánica donde ayudo los sábados, don Eliseo, "
     "que se está tomando un té de hierbas con su warfarina. ¿Es peligroso? Él no tiene teléfono, el mío es 787-555-0104.",
     [("name", "Xiomara"), ("name", "Eliseo"), ("phone", "787-555-0104")], []),

    ("Hi I'm 52, female, recently diagnosed with Hashimoto's. Policy number on my Aetna card is W000123456. Does "
     "insurance usually cover a thyroid ultrasound? Thanks, Denise K.",
     [("id_number", "W000123456"), ("name", "Denise K.")], []),

    ("Mi hermano Osvaldo choco ayer con la troca, placas JKL-45-67 de Chihuahua, y dice q le duele la espalda baja "
     "pero camina bien. el seguro del otro carro pide reporte medico. q le pido al doctor?",
     [("name", "Osvaldo"), ("licence_plate", "JKL-45-67")], []),

    ("Dr, my granddaughter Amelia Rose Tran, DOB 01/05/2023, is seeing a speech therapist at Little Sprouts Therapy "
     "because she only says a few words. Her pediatrician is Dr. Nguyen. Is 2 too early to worry about autism?",
     [("name", "Amelia Rose Tran"), ("date_of_birth", "01/05/2023"), ("name", "Nguyen")], ["Little Sprouts Therapy"]),

    ("Me llamo Fermín, vivo en Tegucigalpa, en la colonia Kennedy, bloque 3, casa 27. Tengo 60 años y la presión "
     "me sale 160/100 en la farmacia. ¿Qué pastilla es buena? Mi WhatsApp +504 9555-0133.",
     [("name", "Fermín"), ("address", "colonia Kennedy, bloque 3, casa 27"), ("phone", "+504 9555-0133")], []),

    ("hi its ashley. my bf tyler has been having panic attacks since he lost his job at the Ford plant on 5th. he "
     "wont see a doctor. how do i help him?",
     [("name", "ashley"), ("name", "tyler")], []),

    ("Doctora, mi mamá se llama María de los Ángeles Ruiz y tiene 64 años. Le hicieron una mastografía en el "
     "Hospital Ángeles y salió BI-RADS 4. Su número de expediente es 000-7781-2. Estamos muy asustadas.",
     [("name", "María de los Ángeles Ruiz"), ("id_number", "000-7781-2")], []),

    ("Hola!! Soy Karla de Guatemala 🇬🇹, tengo 26. Me dio dengue el año pasado y ahora me duelen mucho las "
     "articulaciones. Mi facebook es facebook.com/karla.ajanel.0000 por si quiere ver mis análisis que subí.",
     [("name", "Karla"), ("url", "facebook.com/karla.ajanel.0000")], []),

    ("Question about my husband, Gerald Fitzpatrick, SSN 000-45-6789, who is on Medicare and was just prescribed "
     "Eliquis. The pharmacy says prior authorization. Who calls who? My email is jfitz.home@fakemail.net.",
     [("name", "Gerald Fitzpatrick"), ("id_number", "000-45-6789"), ("email", "jfitz.home@fakemail.net")], []),

    ("buenas noches, mi hija Ximena de 15 años no come casi nada y está bajando mucho de peso. en la secundaria "
     "Técnica 32 la orientadora nos mandó llamar. vivimos en Av. Revolución 1180, depto 6, Tijuana. qué hacemos",
     [("name", "Ximena"), ("address", "Av. Revolución 1180, depto 6, Tijuana")], ["secundaria Técnica 32"]),

    ("I'm Sam (they/them), 24, starting testosterone next month at the Fenway clinic. Can I still donate blood? My "
     "patient portal ID is FW-000-31-88 if someone from there reads this.",
     [("name", "Sam"), ("id_number", "FW-000-31-88")], ["Fenway clinic"]),

    ("Mi papá Don Rigo maneja el taxi 0042, placas A-123-BCD, y dice que se le nubla la vista en las noches. "
     "Tiene 58 años y diabetes. ¿Es peligroso que siga manejando?",
     [("name", "Rigo"), ("licence_plate", "A-123-BCD")], []),

    ("hello, my grandma doesnt speak english so i write for her. her name is Socorro Delgado, born 11/23/1946. she "
     "has pain in the knees and she use Vicks and alcohol de romero. call me at 956-555-0128, Brianna",
     [("name", "Socorro Delgado"), ("date_of_birth", "11/23/1946"), ("phone", "956-555-0128"), ("name", "Brianna")], []),

    ("Re: my results. Dr. Okonkwo told me my ferritin is 6 and I need iron infusions. I'm a teacher at Maplewood "
     "Elementary and can't miss much work. How many sessions is typical? — Hannah Price, hprice.teach@fakemail.org",
     [("name", "Okonkwo"), ("name", "Hannah Price"), ("email", "hprice.teach@fakemail.org")], ["Maplewood Elementary"]),
]
