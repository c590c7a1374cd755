# Privacy items with identifiers, part 2 (written by hand, writer 147)

ITEMS = [
    ("Buenas. Tengo 41 años y me salió el papanicolau con VPH de alto riesgo. Me atendieron en el Centro de Salud "
     "de Ciudad Delgado. Me llamo Ana Gladys Portillo, DUI 00000000-1. ¿Eso es cáncer?",
     [("name", "Ana Gladys Portillo"), ("id_number", "00000000-1")], []),

    ("yo my little brother Diego got bit by a neighbors dog on the leg, small bite, already washed it. dog is up to "
     "date on shots i think. he's 11. our address is 2207 Cactus Rd Unit B, Phoenix if anyone needs to report it",
     [("name", "Diego"), ("address", "2207 Cactus Rd Unit B, Phoenix")], []),

    ("Hola, soy Consuelo. Mi nieto Iker (3 años) tiene los ojos rojos con lagañas y en la guardería Los Pinitos no "
     "lo dejan entrar hasta que lo vea un médico. Mi número 55 5555 0166. ¿Es conjuntivitis?",
     [("name", "Consuelo"), ("name", "Iker"), ("phone", "55 5555 0166")], ["guardería Los Pinitos"]),

    ("My husband Kevin (DOB 07/14/1979) has been snoring like crazy and stops breathing at night, I can hear it. "
     "His sleep study at Riverside Sleep Center got cancelled. Should we push to reschedule? -Jen",
     [("name", "Kevin"), ("date_of_birth", "07/14/1979"), ("name", "Jen")], ["Riverside Sleep Center"]),

    ("Señor doctor, mi esposa Dolores tiene dolores de cabeza casi diario desde que empezó con la menopausia. Tiene "
     "53 años. Le estamos dando paracetamol. Mi nombre es Herminio Salas, teléfono +52 81 5555 0190.",
     [("name", "Dolores", 1), ("name", "Herminio Salas"), ("phone", "+52 81 5555 0190")], []),

    ("hi, writing for my roommate jess. she fainted in the shower this morning, woke up right away and is fine now, "
     "ate breakfast. she's 22. should she get checked? her handle is @runnergirl_0022 if you want to msg her directly",
     [("name", "jess"), ("handle", "@runnergirl_0022")], []),

    ("Hola, me dieron de alta del Hospital del Mar después de una apendicitis. El informe pone NHC 000456789. "
     "Me llamo Jordi Puig Ferrer y aún me duele la herida al toser. ¿Es normal a los 8 días?",
     [("id_number", "000456789"), ("name", "Jordi Puig Ferrer")], []),

    ("Doc my dad Ernesto is a trucker, drives a blue Kenworth with plates TX 1AB-C234, and they told him at his DOT "
     "physical his sugar is too high. He needs the medical card to work. what can he do fast?",
     [("name", "Ernesto"), ("licence_plate", "1AB-C234")], []),

    ("ke tal. me llamo brenda, tengo 19 años, soy de Mexicali. desde hace un mes se me cae mucho el pelo, a puños. "
     "mi correo brendita.mxl00@correo.com. no tengo seguro solo el del IMSS de mi papá",
     [("name", "brenda"), ("email", "brendita.mxl00@correo.com")], []),

    ("Hi. My daughter Olivia has celiac and her school (Westbrook Academy) keeps giving her snacks with gluten. I "
     "posted about it here: facebook.com/groups/fake-celiac-parents/posts/0000111 — what symptoms should I watch?",
     [("name", "Olivia"), ("url", "facebook.com/groups/fake-celiac-parents/posts/0000111")], ["Westbrook Academy"]),

    ("Buenas tardes, me llamo Patricia Villalobos y mi fecha de nacimiento es 22/08/1969. En el Seguro Social de "
     "Costa Rica me pusieron en lista de espera para la colonoscopía. ¿Puedo hacerla en privado? Cédula 1-0000-0456.",
     [("name", "Patricia Villalobos"), ("date_of_birth", "22/08/1969"), ("id_number", "1-0000-0456")], []),

    ("My name is Rahul and I'm 38. I have had a cough for 3 weeks after a cold. My wife Anjali thinks I should get "
     "an X-ray. I work at the Redwood City Costco tire center so I'm around fumes a lot.",
     [("name", "Rahul"), ("name", "Anjali")], ["Redwood City Costco tire center"]),

    ("mi suegro Don Beto vive solito en el rancho, por el camino a San Isidro, la casa de adobe pasando el puente "
     "colorado, y no quiere ir al médico. Tiene heridas en los pies que no sanan. Tiene azúcar. Cómo lo convenzo?",
     [("name", "Beto"), ("address", "la casa de adobe pasando el puente colorado")], []),

    ("Hello, I need advice for my mother Ines Duarte, 71, Medicaid ID 00321987654, who was in ICU with COVID at "
     "Jackson Memorial last year. She still gets tired walking one block. Is that long covid? Call 305-555-0152.",
     [("name", "Ines Duarte"), ("id_number", "00321987654"), ("phone", "305-555-0152")], []),

    ("Que onda doc, soy el Toño, 33 años. Me hice un tatuaje en Ensenada y ahorita traigo como granitos con pus. "
     "El local es este: instagram.com/tattoo_fake_ens00 . ¿Tomo antibiótico o nomás pomada?",
     [("name", "Toño"), ("url", "instagram.com/tattoo_fake_ens00")], []),

    ("Hi, I'm a 60 yo man. DOB 1/9/1965. My PSA came back 6.1 and my urologist Dr. Brennan wants a biopsy. My "
     "brother Phil had prostate cancer at 62. What are the odds? - Gary",
     [("date_of_birth", "1/9/1965"), ("name", "Brennan"), ("name", "Phil"), ("name", "Gary")], []),

    ("Mi hija Camila, de 14 años, se hace cortes en los brazos. Los vi ayer, son superficiales y ya están cerrando. "
     "Ella habla con una tal @sad.cami.00 en Instagram que creo que es ella misma. Necesito ayuda, no sé qué hacer.",
     [("name", "Camila"), ("handle", "@sad.cami.00")], []),

    ("hey so my girlfriend Mariana is from Puebla and she doesnt have insurance here. she has a lot of pain with her "
     "periods, like misses work at Panadería La Espiga. is there a clinic on 26th Street that does sliding scale?",
     [("name", "Mariana")], ["Panadería La Espiga"]),

    ("Doctor, le escribo por mi hermana Itzel Cruz, que vive en la colonia Santa Úrsula, calle Tláloc 19, Coyoacán. "
     "Tiene lupus y le subieron la prednisona a 20 mg. ¿Cuánto tiempo la puede tomar sin problemas?",
     [("name", "Itzel Cruz"), ("address", "colonia Santa Úrsula, calle Tláloc 19, Coyoacán")], []),

    ("This is Bob Kowalski, 74, veteran, VA ID 000-11-2233. Been getting leg cramps at night since they started me "
     "on atorvastatin. My daughter Sheila says stop it. Should I?",
     [("name", "Bob Kowalski"), ("id_number", "000-11-2233"), ("name", "Sheila")], []),

    ("hola doc, soy migrante y estoy en el albergue de Tapachula. me llamo Edwin, tengo 24, de Honduras. tengo una "
     "llaga en el pie de tanto caminar que huele feo. mi numero de registro COMAR es 00-000-7713",
     [("name", "Edwin"), ("id_number", "00-000-7713")], []),

    ("My wife Beatriz and I are trying for a baby. She's 37 and had a miscarriage in January. Her OB, Dr. Sato, "
     "said wait 3 months. Our email is bea.and.mike@fakemail.com if you can send info on prenatal vitamins.",
     [("name", "Beatriz"), ("name", "Sato"), ("email", "bea.and.mike@fakemail.com")], []),

    ("Buenas, mi nombre es Ramona, mi tarjeta sanitaria es MURA000123456018, soy de Málaga. Desde que murió mi "
     "marido no duermo y no tengo ganas de nada. La médica de cabecera, la doctora Gil, me quiere dar pastillas.",
     [("name", "Ramona"), ("id_number", "MURA000123456018"), ("name", "Gil")], []),

    ("Hello, son Luca (5) has a wart on his thumb for months. I'm Francesca, mother. Can we freeze it at home with "
     "Compound W? Phone 917-555-0135. We live at 45 Court St, apt 7F, Brooklyn.",
     [("name", "Luca"), ("name", "Francesca"), ("phone", "917-555-0135"), ("address", "45 Court St, apt 7F, Brooklyn")], []),

    ("ayuda porfa, mi abue Tomasa tiene 86 y ya no quiere comer, nomas atole. está en la casa de mi tía en Calle "
     "Zaragoza 77, Col. Centro, Oaxaca. la doctora del centro de salud dijo q es la edad. ¿es normal?",
     [("name", "Tomasa"), ("address", "Calle Zaragoza 77, Col. Centro, Oaxaca")], []),

    ("Hi there, my 16yo son Ethan was diagnosed with ADHD at Brookside Pediatrics. Student ID at Jefferson High is "
     "S0004421 for the 504 form. Is Concerta ok for a kid who plays football?",
     [("name", "Ethan"), ("id_number", "S0004421")], ["Brookside Pediatrics", "Jefferson High"]),

    ("Saludos desde Ponce. Mi esposo Nelson tuvo un infarto hace 2 años. Ahora le dieron un dolor en la quijada "
     "cuando sube la cuesta al colmado, pero se le quita al descansar. Su cardiólogo es el Dr. Quiñones. Mi cel 787-555-0171.",
     [("name", "Nelson"), ("name", "Quiñones"), ("phone", "787-555-0171")], []),

    ("Hi, I'm Chloe, 27. My ex posted my medical stuff on twitter, his handle is @fake_mattyb00. I had an STI test "
     "at Planned Parenthood and it was positive for chlamydia. I finished the pills. Do I need a retest?",
     [("name", "Chloe"), ("handle", "@fake_mattyb00")], []),

    ("Mi nombre es Julio César Aguilar, nací el 15/01/1988, y tengo gastritis. En la Farmacia Similares me dieron "
     "omeprazol de 20. ¿Lo puedo tomar un mes entero? Mi correo jcaguilar88@correo.mx",
     [("name", "Julio César Aguilar"), ("date_of_birth", "15/01/1988"), ("email", "jcaguilar88@correo.mx")], []),

    ("my grandpa Walter, 89, fell in the bathroom last week, no injuries, but he's scared to shower now. Our home "
     "is 912 Elm Street, Dayton. Anyone have grab-bar recommendations? Social worker is Denise at Senior Link.",
     [("name", "Walter"), ("address", "912 Elm Street, Dayton"), ("name", "Denise")], []),

    ("Buen día, consulto por mi hijo Santiago Herrera, DNI 00.000.456 (soy de Argentina pero vivo en Madrid con NIE "
     "X0000456T). Tiene 8 años y ronca mucho. El otorrino dice que tiene adenoides grandes.",
     [("name", "Santiago Herrera"), ("id_number", "00.000.456"), ("id_number", "X0000456T")], []),

    ("i'm so embarassed but i think i have lice. i'm a hairdresser at Salon Bella on Main and i'm 35. my client "
     "Vanessa told me. do i need to tell all my clients??",
     [("name", "Vanessa")], ["Salon Bella on Main"]),

    ("Doctor, mi papá Anselmo tiene 68 años y le dijeron de insuficiencia renal etapa 3. En el Seguro Popular ya no "
     "lo atienden. Su CURP es AEPA570612HGRNRN08. Vivimos en Chilpancingo. Mi whats +52 747 555 0155.",
     [("name", "Anselmo"), ("id_number", "AEPA570612HGRNRN08"), ("phone", "+52 747 555 0155")], []),

    ("Hi, my wife Katie had her gallbladder out 2 weeks ago at Mercy General. Patient account # 000-993-221. She still "
     "has shoulder pain. Is that from the gas they use? Thanks, Dan Murphy, dmurphy.fam@fakemail.com",
     [("name", "Katie"), ("id_number", "000-993-221"), ("name", "Dan Murphy"), ("email", "dmurphy.fam@fakemail.com")], []),

    ("Mi prima Yaritza, 30, trabaja en la maquila de Reynosa, Planta Componentes del Norte, y le dan ataques de "
     "ansiedad en la línea. La supervisora no la deja salir. ¿Qué le puede ayudar?",
     [("name", "Yaritza")], ["maquila de Reynosa, Planta Componentes del Norte"]),

    ("Hello, I'm Aisha. My son Yusuf, DOB 03/03/2017, has had eczema since a baby. We use Aveeno and hydrocortisone "
     "1%. I share his progress on my blog at eczema-mama-diary.example.com — is it ok to use the cream daily?",
     [("name", "Aisha"), ("name", "Yusuf"), ("date_of_birth", "03/03/2017"), ("url", "eczema-mama-diary.example.com")], []),

    ("Buenas noches. Soy Milagros Peña y escribo desde Santo Domingo Este, Ensanche Ozama, calle 5 casa 12. Mi mamá "
     "tiene 72 y se marea cuando se levanta de la cama. Toma enalapril. Cédula de ella 000-0045678-9.",
     [("name", "Milagros Peña"), ("address", "Ensanche Ozama, calle 5 casa 12"), ("id_number", "000-0045678-9")], []),
]
