# Privacy items with identifiers, part 3 (written by hand, writer 147)

ITEMS = [
    ("Dra., soy Leticia, tengo 45. Me hicieron un ultrasonido y tengo miomas. La ginecóloga, la Dra. Marcela "
     "Ibarra, quiere operarme. Mi número de afiliación IMSS 0000-88-1234-5. ¿Hay otra opción?",
     [("name", "Leticia"), ("name", "Marcela Ibarra"), ("id_number", "0000-88-1234-5")], []),

    ("quick q - my twins Noah and Liam (4) both have hand foot mouth from daycare. Noah's is way worse in his mouth. "
     "how long before they can go back to Sunshine Kids? - mom (Taylor)",
     [("name", "Noah"), ("name", "Liam"), ("name", "Taylor")], ["Sunshine Kids"]),

    ("Hola, mi nombre es Gerardo Ledezma. Vendo tamales en la esquina de Fruitvale y la 35th, Oakland, con mi "
     "carrito. Me quemé la mano con el vapor hace 3 días y se hizo una ampolla. Mi teléfono (510) 555-0148.",
     [("name", "Gerardo Ledezma"), ("phone", "(510) 555-0148")], []),

    ("Good evening. I'm Eleanor Whitfield, born 5 April 1949. My GP Dr. Mensah increased my amlodipine to 10mg and "
     "now my ankles are swollen. Is this a side effect? eleanor.w49@fakemail.co.uk",
     [("name", "Eleanor Whitfield"), ("date_of_birth", "5 April 1949"), ("name", "Mensah"), ("email", "eleanor.w49@fakemail.co.uk")], []),

    ("Mi hijo Mateo tiene 6 meses y le salen ronchitas en los cachetes cuando le doy huevo. Vivimos en el apartamento "
     "4-C del 1550 Grand Concourse, Bronx. Su pediatra es la Dra. Rosado. ¿Es alergia?",
     [("name", "Mateo"), ("address", "apartamento 4-C del 1550 Grand Concourse, Bronx"), ("name", "Rosado")], []),

    ("this is marco. got stopped at work (Sunrise Roofing) by my foreman bc I was dizzy on the roof. I'm 28, drink "
     "like 2 monsters a day and not much water. my truck plate is 7KLM442 lol they made me leave it there",
     [("name", "marco"), ("licence_plate", "7KLM442")], ["Sunrise Roofing"]),

    ("Le escribo desde Quetzaltenango. Mi mamá Doña Hermelinda tiene 74 años y le diagnosticaron Parkinson. Yo estoy "
     "en Los Ángeles trabajando, mi número es +1 213 555 0193. ¿Qué tan rápido avanza esa enfermedad?",
     [("name", "Hermelinda"), ("phone", "+1 213 555 0193")], []),

    ("Hey doc, 19M, college student at Ohio State, student ID 500000123. Woke up with half my face droopy yesterday, "
     "urgent care said Bell's palsy and gave prednisone. How long does it last? - Jamal",
     [("id_number", "500000123"), ("name", "Jamal")], ["Ohio State"]),

    ("buenos dias, escribo por mi abuelito Cirilo, tiene 91 y ya no se acuerda de nosotros. la trabajadora social "
     "nos dijo de un asilo. el Medi-Cal de el es 90000456B12345. hay algun programa para que lo cuiden en casa?",
     [("name", "Cirilo"), ("id_number", "90000456B12345")], []),

    ("Hi, my name's Rebecca Stein, 33, and I'm 28 weeks with my first. My glucose test was 152. I found this "
     "group: reddit.com/user/fake_becca_bump00 — is gestational diabetes dangerous for the baby?",
     [("name", "Rebecca Stein"), ("url", "reddit.com/user/fake_becca_bump00")], []),

    ("Hola! Soy Yolanda, 50 años. Me dan bochornos horribles y en la tienda Soriana donde trabajo de cajera hace "
     "mucho calor. Mi ginecólogo el Dr. Treviño me ofreció hormonas. ¿Dan cáncer?",
     [("name", "Yolanda"), ("name", "Treviño")], ["tienda Soriana donde trabajo de cajera"]),

    ("Ok so my son Aiden (12) got a concussion at football practice on Tuesday. ER checked him, CT normal. Coach Riley "
     "wants him back Saturday. Too soon? My number if needed 214-555-0161.",
     [("name", "Aiden"), ("name", "Riley"), ("phone", "214-555-0161")], []),

    ("Buenas, mi hermano Fausto, 39, acaba de salir de la cárcel y tiene hepatitis C. Vive con nosotros en Calle 8 "
     "#1423, Colonia Bellavista, Culiacán. ¿Nos podemos contagiar por compartir baño?",
     [("name", "Fausto"), ("address", "Calle 8 #1423, Colonia Bellavista, Culiacán")], []),

    ("Hi! Emma here (bakes.by.em00 on insta). I'm 24 and I get hives every time I eat strawberries now, never used "
     "to. Could I have developed an allergy as an adult?",
     [("name", "Emma"), ("handle", "bakes.by.em00")], []),

    ("Doctor, el niño se llama Brayan Alexis, tiene 10 años y le dio varicela. Su hermanita Britany tiene 8 meses. "
     "¿Se la puede pegar? Vivimos en el trailer 14 del Sunny Acres Mobile Park, Immokalee. Mi cel 239-555-0108.",
     [("name", "Brayan Alexis"), ("name", "Britany"), ("address", "trailer 14 del Sunny Acres Mobile Park, Immokalee"),
      ("phone", "239-555-0108")], []),

    ("Writing about my brother-in-law, Dwayne Carter (not the rapper lol), 47, who had a DVT in his leg in May. He's "
     "on Xarelto. His Humana member ID is H00012345. Can he fly to Denver next month?",
     [("name", "Dwayne Carter"), ("id_number", "H00012345")], []),

    ("Mi esposa Aurora y yo vivimos en Getafe, Calle de Madrid 12, 3º B. Ella tiene 66 años y tiene artrosis en las "
     "manos. Nos han hablado de unas infiltraciones. Gracias, Emilio.",
     [("name", "Aurora"), ("address", "Calle de Madrid 12, 3º B"), ("name", "Emilio")], []),

    ("hola soy la mamá de Kevin Josué, tiene 13. tiene mucho dolor de muela desde el domingo y la cara se le está "
     "hinchando poquito. en el Centro Comunitario La Familia no hay dentista. tenemos Medicaid #00711234509",
     [("name", "Kevin Josué"), ("id_number", "00711234509")], ["Centro Comunitario La Familia"]),

    ("Hello, I am Dr. Suresh Iyer's patient, I'm Meena, 58. He retired and I lost my records. My old MRN was "
     "000-44-19. I take levothyroxine 75 mcg. Who should I see now?",
     [("name", "Suresh Iyer"), ("name", "Meena"), ("id_number", "000-44-19")], []),

    ("Oiga doctor, mi vecina doña Chayo me dio un remedio de la botánica Siete Potencias para los nervios, unas gotas. "
     "¿Las puedo tomar con mi sertralina? Soy Maribel, 42, de Santurce.",
     [("name", "Chayo"), ("name", "Maribel")], []),

    ("Hey there, I'm writing for my dad Ray who is 66. He keeps getting nosebleeds, like 3 a week, they stop in "
     "10 min. He's on aspirin. Address for the referral letter: 77 Harbor View Dr, Mobile, AL.",
     [("name", "Ray"), ("address", "77 Harbor View Dr, Mobile, AL")], []),

    ("Saludos. Soy Alma Rosa Quintero, nacida el 30 de octubre de 1975. Tengo la tiroides grande (bocio) y me "
     "falta el aire al acostarme. En el ISSSTE me dieron cita hasta noviembre. Mi tel. 662 555 0139.",
     [("name", "Alma Rosa Quintero"), ("date_of_birth", "30 de octubre de 1975"), ("phone", "662 555 0139")], []),

    ("mi amiga la flaca tiene 23 y vomita después de comer para no engordar. yo la vi en el baño de la uni. no quiere "
     "que le diga a nadie. su insta es @flaca.fit.life00. q hago?",
     [("name", "flaca"), ("handle", "@flaca.fit.life00")], []),

    ("Hi doctor, I'm Olga, 36, a nurse at Glenwood Nursing Home. I got a needle stick from a patient with unknown HIV "
     "status 2 days ago. Employee ID GW-000718. I started PEP. How long do I need it?",
     [("name", "Olga"), ("id_number", "GW-000718")], ["Glenwood Nursing Home"]),

    ("Buenas. Mi mamá Graciela Moreno Tapia, de 59 años, tiene la hemoglobina glucosilada en 11. Es de Medellín "
     "pero vive conmigo en Murcia. Su NIE es Z0000789R. ¿Qué dieta le recomienda?",
     [("name", "Graciela Moreno Tapia"), ("id_number", "Z0000789R")], []),

    ("so my 3 yr old stuck a bead up her nose at my moms house. we got it out w tweezers. shes fine. name's Harper. "
     "should someone still look? we're at 5501 Oak Hollow Ct, Tulsa",
     [("name", "Harper"), ("address", "5501 Oak Hollow Ct, Tulsa")], []),

    ("Doctor, soy Isidro, chofer de Uber, mi carro es un Sentra gris placas 123-XYZ-4 de Jalisco. Me duele la "
     "espalda de tanto manejar, como 12 horas al día. Tengo 44. ¿Qué ejercicios hago?",
     [("name", "Isidro"), ("licence_plate", "123-XYZ-4")], []),

    ("My partner Jordan (he's 29) was diagnosed with testicular cancer, stage 1, at Sloan. His oncologist is "
     "Dr. Reyes-Lindqvist. He wants to bank sperm. Does insurance ever pay for that?",
     [("name", "Jordan"), ("name", "Reyes-Lindqvist")], []),

    ("Hola, mi nombre es Esperanza. Mi esposo Wilber trabaja en la construcción en Charlotte y se cayó de una escalera "
     "hace un mes. Ya lo operaron del tobillo pero no puede trabajar. Nuestro número +1 704 555 0122.",
     [("name", "Esperanza"), ("name", "Wilber"), ("phone", "+1 704 555 0122")], []),

    ("Hi - Grace from Toronto. OHIP number 0000-000-123-AB. My daughter Sophie, 9, keeps complaining of tummy aches "
     "before school. Pediatrician says maybe anxiety. Should we see a GI?",
     [("name", "Grace"), ("id_number", "0000-000-123-AB"), ("name", "Sophie")], []),

    ("Dotor, mi hija Dayana, 16 años, está embarazada y el novio no se quiere hacer cargo. Vamos a la clínica de "
     "San Pedro Sula. ¿Es peligroso a esa edad? Mi nombre Reina, cel +504 3355 0100.",
     [("name", "Dayana"), ("name", "Reina"), ("phone", "+504 3355 0100")], []),

    ("Hello, my wife's cousin Tiago posted a video of his seizure on youtube (youtube.com/@fake_tvlog00) and "
     "now everyone's asking me. He's 26, epilepsy, on Keppra. Is it normal to have one while on meds?",
     [("name", "Tiago"), ("url", "youtube.com/@fake_tvlog00")], []),

    ("Me llamo Jacinto Pérez, tengo 63, soy jornalero en Salinas. Se me duermen los dedos de las manos en la mañana. "
     "El mayordomo de la compañía Fresh Valley Farms no me da días. Mi número del seguro social 000-67-1234.",
     [("name", "Jacinto Pérez"), ("id_number", "000-67-1234")], ["Fresh Valley Farms"]),

    ("hi my name is zoe im 14 and my mom doesnt know im writing this. i think i might be gay and im scared and "
     "sad all the time. my counselor ms. hartley at school is nice but idk",
     [("name", "zoe"), ("name", "hartley")], []),

    ("Doctora buenas, mi bebé Santiago nació el 02/02/2025 en el Hospital Civil. Le hicieron el tamiz y salió "
     "alterado el TSH. Nos citaron otra vez. ¿Qué significa? Soy Nancy, 55 5555 0174.",
     [("name", "Santiago"), ("date_of_birth", "02/02/2025"), ("name", "Nancy"), ("phone", "55 5555 0174")], []),

    ("Hello, Paul Dimitriou here, 57. Had a colonoscopy at Bayview Endoscopy last week, they removed 3 polyps. "
     "The report went to my old address 14 Ridge Rd, Apt 1, Stamford. How do I get the pathology?",
     [("name", "Paul Dimitriou"), ("address", "14 Ridge Rd, Apt 1, Stamford")], ["Bayview Endoscopy"]),

    ("buenas, el Güero (mi hermano) se intoxicó con mariscos el sábado en una fonda de Mazatlán, ya está bien pero "
     "le quedó diarrea. su correo es guero.navarro00@correo.mx por si le pueden mandar info.",
     [("name", "Güero"), ("email", "guero.navarro00@correo.mx")], []),

    ("Hi I'm Lauren. My car (Honda CR-V, plate LKT-4421) was hit in a parking lot and I bumped my knee on the dash. "
     "It's bruised and a little swollen 4 days later. Walking ok. Ice or heat?",
     [("name", "Lauren"), ("licence_plate", "LKT-4421")], []),
]
