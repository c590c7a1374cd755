# Triage items, part B (written by hand, writer 147)
# (text, department, age_range, gender)

ITEMS = [
    # obstetrics-gynecology
    ("Tengo 29 años y 8 semanas de embarazo, es mi primero. ¿Cuándo me tengo que hacer el primer ultrasonido y qué "
     "vitaminas tomo?", "obstetrics-gynecology", "20~29", "female"),
    ("hi im 16 and my periods are super heavy, like i soak a pad every 2 hours on day 2 and have really bad cramps. my mom "
     "says it's normal. is it?", "obstetrics-gynecology", "10~19", "female"),
    ("Me quiero poner el DIU de cobre, tengo 34 y dos hijos. ¿Duele ponerlo? ¿Dónde me lo ponen?", "obstetrics-gynecology",
     "30~39", "female"),
    ("My wife is 52 and she's been spotting again after not having a period for over a year. She feels fine otherwise. "
     "Who should she see?", "obstetrics-gynecology", "50~59", "female"),

    # ophthalmology
    ("Mi mamá tiene 74 y ve todo borroso como con neblina, sobre todo de noche con las luces de los carros. Le dijeron "
     "cataratas. ¿Cuándo se opera?", "ophthalmology", "70~79", "female"),
    ("I'm 41 and suddenly I can't read my phone up close anymore, have to hold it far away. Is this just age? Do I need "
     "an eye exam or just reading glasses?", "ophthalmology", "40~49", "undisclosed"),
    ("tengo 60, soy diabético desde hace 15 años y nunca me han revisado los ojos. me dijeron q la diabetes daña la "
     "retina. a dónde voy?", "ophthalmology", "60~69", "male"),
    ("My son is 12 and keeps squinting at the board, teacher noticed. Also gets headaches after school. Eye exam?",
     "ophthalmology", "10~19", "male"),

    # orthopedics
    ("Me duele la rodilla derecha desde hace 3 meses cuando subo escaleras, truena y a veces se traba. Tengo 50 años, soy "
     "hombre, jugaba fútbol de joven.", "orthopedics", "50~59", "male"),
    ("I'm a 37 y/o woman and I think I tore something in my shoulder lifting a box 2 weeks ago. I can't raise my arm "
     "above my head without pain.", "orthopedics", "30~39", "female"),
    ("mi abuela tiene 85 y le duele mucho la cadera, ya casi no camina. el doctor dijo q el hueso está gastado y q "
     "necesita prótesis. a su edad se puede?", "orthopedics", "80+", "female"),
    ("hola, tengo 15 y juego basquet, me torcí el tobillo hace una semana y todavía está hinchado y morado, puedo "
     "caminar pero cojeando.", "orthopedics", "10~19", "undisclosed"),

    # otolaryngology
    ("Tengo 46 y llevo un año con la nariz tapada de un lado, no huelo bien y me sale moco espeso. Ya usé de todos los "
     "sprays. ¿Pólipos?", "otolaryngology", "40~49", "undisclosed"),
    ("My ears have been ringing for months and I can't hear my grandkids well. I'm 69, retired mechanic, he/him.",
     "otolaryngology", "60~69", "male"),
    ("Me quedé ronca desde hace 6 semanas, no me duele nada, soy maestra de primaria y tengo 43 años.", "otolaryngology",
     "40~49", "female"),
    ("i keep getting tonsillitis like 6 times this year, i'm 20, girl. my doctor keeps giving amoxicillin. should i get my "
     "tonsils out?", "otolaryngology", "20~29", "female"),

    # pediatrics
    ("Mi hijo de 3 años tiene tos y mocos desde hace 5 días, come bien, juega, tiene 37.8 de temperatura a veces. ¿Lo "
     "llevo al pediatra o espero?", "pediatrics", "0~9", "male"),
    ("my daughter is 5 and has had a tummy bug for 2 days, vomited twice yesterday, today keeping down popsicles and "
     "peeing fine. when can she go back to kindergarten?", "pediatrics", "0~9", "female"),
    ("Mi bebé de 9 meses no ha subido de peso en dos meses, toma pecho y come papillas. El pediatra de la colonia no le "
     "hizo caso. Es niña.", "pediatrics", "0~9", "female"),
    ("My 6 year old keeps getting colds every month since starting first grade. Runny nose, coughs, no fevers mostly. "
     "Is that normal or is his immune system weak?", "pediatrics", "0~9", "male"),

    # psychiatry
    ("Tengo 32 años y desde que me vine a Estados Unidos no puedo dormir, tengo pesadillas de lo que pasé en el camino. "
     "Me sobresalto por todo. Soy mujer.", "psychiatry", "30~39", "female"),
    ("I'm 19 and I feel like my thoughts race so fast I can't sleep for days, then I crash and can't get out of bed for "
     "weeks. My aunt has bipolar. Could I?", "psychiatry", "10~19", "undisclosed"),
    ("mi esposo tiene 57 y toma mucho desde que lo corrieron del trabajo, casi diario una botella. ya no come bien. quiere "
     "dejarlo pero no puede.", "psychiatry", "50~59", "male"),
    ("Hi, I'm 45, woman. I check the locks and the stove like 30 times before I can leave. It's making me late to work "
     "every day. I think it's OCD.", "psychiatry", "40~49", "female"),

    # pulmonology
    ("Fumé 30 años, ya lo dejé hace 2. Tengo 63, soy hombre, y me falta el aire al caminar una cuadra, y toso con flema "
     "todas las mañanas.", "pulmonology", "60~69", "male"),
    ("I've had asthma since a kid, I'm 28 now and my inhalers aren't controlling it anymore, I use albuterol 4-5 times "
     "a week. Need a specialist?", "pulmonology", "20~29", "undisclosed"),
    ("A mi papá de 70 le salió una manchita en el pulmón en una tomografía que le hicieron por otra cosa. Dicen que "
     "es un nódulo de 8 mm. ¿Quién lo revisa?", "pulmonology", "70~79", "male"),
    ("My wife, 54, snores terribly and wakes up gasping, she's always tired in the day. She wants a sleep study.",
     "pulmonology", "50~59", "female"),

    # rehabilitation
    ("Mi papá tuvo un derrame cerebral hace 2 meses, ya está estable en casa pero no puede mover bien el brazo "
     "izquierdo. Tiene 68. ¿Dónde le dan terapia física?", "rehabilitation", "60~69", "male"),
    ("I had ACL reconstruction 6 weeks ago, I'm 24 female, and I'm stuck at like 90 degrees of bending. PT twice a week. "
     "Should I be doing more?", "rehabilitation", "20~29", "female"),
    ("Me fracturé la muñeca en marzo, ya me quitaron el yeso pero la mano está tiesa y débil. Tengo 56. ¿Necesito "
     "rehabilitación?", "rehabilitation", "50~59", "undisclosed"),
    ("My grandmother is 82 and had a hip replacement last month. She's home now and scared to walk without the walker. "
     "Can someone come to the house for therapy?", "rehabilitation", "80+", "female"),

    # rheumatology
    ("Tengo 38, soy mujer, y se me hinchan los dedos de las manos y las muñecas en la mañana, duran rígidas como una "
     "hora. Mi mamá tiene artritis reumatoide.", "rheumatology", "30~39", "female"),
    ("I'm 27, guy, and I've had lower back pain and stiffness for a year that's worse in the morning and better with "
     "exercise. Someone said ankylosing spondylitis?", "rheumatology", "20~29", "male"),
    ("Me salió positivo el ANA en unos análisis, 1:640 moteado. Me duelen las articulaciones y me salen ronchas con el "
     "sol. Tengo 24.", "rheumatology", "20~29", "undisclosed"),
    ("mi mamá de 65 tiene gota y fibromialgia y le duele todo. el doctor general ya no sabe qué darle.", "rheumatology",
     "60~69", "female"),

    # urology
    ("Tengo 67, hombre, me levanto 4 veces en la noche a orinar y el chorro sale débil. ¿Es la próstata?", "urology",
     "60~69", "male"),
    ("I'm 31, male, we've been trying for a baby for 2 years. My wife's tests are normal. Where do I get a semen "
     "analysis?", "urology", "30~39", "male"),
    ("hola, soy mujer de 42 y ya me han salido piedras en el riñón 3 veces este año. ahorita no me duele pero el "
     "ultrasonido dice que tengo una de 8 mm que no ha bajado. quién me la quita?", "urology", "40~49", "female"),
    ("My dad is 78 and had blood in his urine twice last month, no pain. His GP ordered a CT and said see a urologist.",
     "urology", "70~79", "male"),

    # nutrition
    ("Tengo 35 años, peso 98 kilos y mido 1.62. Quiero bajar de peso pero sin dietas locas. ¿Me pueden hacer un plan de "
     "comidas mexicano?", "nutrition", "30~39", "undisclosed"),
    ("My 14 year old son just went vegan and plays soccer. How do I make sure he gets enough protein and iron?",
     "nutrition", "10~19", "male"),
    ("Mi abuelita tiene 88 años y come muy poquito, pura tortilla con café. ¿Qué le puedo dar para que se alimente "
     "mejor?", "nutrition", "80+", "female"),
    ("I'm 23 and I want to gain muscle. I'm 5'10\", 140 lbs. How many calories and how much protein per day?", "nutrition",
     "20~29", "undisclosed"),
]
