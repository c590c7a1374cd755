from _h import T

ITEMS = [
    # cardiology
    T("le duele el pecho a mi papá cuando sube las escaleras, como presión, y se le pasa si se sienta. tiene 66 y fuma. no le duele ahorita. ¿a qué especialista lo llevo?", "cardiology", "60~69", "male"),
    T("my heart skips beats and then pounds, mostly at night lying down. 34F, drink a lot of coffee at work. ekg at urgent care was 'normal' but it keeps happening", "cardiology", "30~39", "female"),
    # dentistry
    T("mi hijo de 12 se partió el diente de enfrente jugando fútbol, no sangra, pero le duele con lo frío", "dentistry", "10~19", "male"),
    T("gums bleed every time I brush and my breath is bad even with Listerine. 41 y/o woman", "dentistry", "40~49", "female"),
    # dermatology
    T("tengo unas manchas oscuras en la cara desde el embarazo, ya tiene 2 años mi bebé y no se quitan. las cremas de la pulga no sirven", "dermatology", "30~39", "female"),
    T("Mole on my back my wife says got bigger and it's kinda two colors now. I'm 57, roofer, always in the sun", "dermatology", "50~59", "male"),
    # endocrinology
    T("my A1c is 10.2 even on metformin and glipizide, my family doctor wants to send me to a specialist for insulin. 48, male", "endocrinology", "40~49", "male"),
    T("se me está hinchando el cuello de un lado, como una bola, y siento que tengo el corazón acelerado y bajé de peso sin querer. mujer de 29", "endocrinology", "20~29", "female"),
    # family-medicine
    T("need a physical for my new job at the warehouse, nothing wrong, just need the form signed. 23 yo guy", "family-medicine", "20~29", "male"),
    T("tengo gripa desde hace 4 días, mocos, un poquito de tos, me duele el cuerpo. tengo 38. ¿necesito antibiótico o con té y Vaporub?", "family-medicine", "30~39", "undisclosed"),
    # gastroenterology
    T("agruras every night for months, Tums don't work anymore, sometimes food gets stuck going down. I'm 52, man", "gastroenterology", "50~59", "male"),
    T("my mom is 61 and her stool has been black for a week, she takes iron pills but also she's tired and pale. do we see a stomach doctor", "gastroenterology", "60~69", "female"),
    # general-surgery
    T("tengo una bolita en la ingle que sale cuando hago fuerza y se mete cuando me acuesto. trabajo cargando cajas. 44 años, hombre", "general-surgery", "40~49", "male"),
    T("I have gallstones on ultrasound and I keep getting attacks after eating fried food. the doctor said I need my gallbladder out, who does that? 36F", "general-surgery", "30~39", "female"),
    # hematology-oncology
    T("my labs show white blood cells very high, 48,000, and my doctor said go to a blood specialist asap. I'm 70, woman. what kind of doctor is that", "hematology-oncology", "70~79", "female"),
    T("mi esposo terminó la quimio para el cáncer de colon hace 6 meses, ¿quién le hace los estudios de seguimiento? tiene 59", "hematology-oncology", "50~59", "male"),
    # infectious-diseases
    T("I'm HIV positive, diagnosed last month at a clinic in Houston, I need someone to start treatment, no insurance. 27M", "infectious-diseases", "20~29", "male"),
    T("fevers that come and go for 3 weeks after I came back from visiting family in Honduras, night sweats too. 45 yo, my name doesn't matter", "infectious-diseases", "40~49", "undisclosed"),
    # nephrology
    T("mi doctor dice que mis riñones están al 30% por la diabetes y la presión, y que me mande con un especialista de riñón antes de la diálisis. tengo 63, soy mujer", "nephrology", "60~69", "female"),
    T("creatinine went from 1.1 to 1.9 in a year, protein in urine. 55, male, high blood pressure for years", "nephrology", "50~59", "male"),
    # neurology
    T("migrañas 3 veces por semana con luces en los ojos antes del dolor, tengo 26 años y ya no puedo trabajar. Excedrin no me hace nada", "neurology", "20~29", "undisclosed"),
    T("my grandpa (78) shakes in his right hand when he's resting and walks with tiny steps now. doctor said maybe Parkinson", "neurology", "70~79", "male"),
    # obstetrics-gynecology
    T("tengo 8 semanas de embarazo, es el primero, ¿cuándo me hacen el primer ultrasonido y qué vitaminas tomo? tengo 22", "obstetrics-gynecology", "20~29", "female"),
    T("periods super heavy, changing pad every hour the first 2 days, clots, for a year. I'm 46. doc said fibroids maybe", "obstetrics-gynecology", "40~49", "female"),
    # ophthalmology
    T("my mom is 72 and she sees everything cloudy, like fog, can't read her novelas subtitles anymore. cataracts?", "ophthalmology", "70~79", "female"),
    T("soy diabético 15 años, 51 años, nunca me han revisado los ojos por dentro. veo manchitas flotando", "ophthalmology", "50~59", "male"),
    # orthopedics
    T("dolor de rodilla, se me traba y se hincha después de jugar basket. 17 años, hombre, me torcí hace 2 meses", "orthopedics", "10~19", "male"),
    T("bunion on my big toe getting worse, I work standing 10 hours at the restaurant, can't wear shoes. 49F", "orthopedics", "40~49", "female"),
    # otolaryngology
    T("ronquera que no se me quita hace 2 meses, fumo desde los 18. tengo 56. no me duele nada", "otolaryngology", "50~59", "undisclosed"),
    T("sinus infections like 5 times this year, my nose always blocked on the right side. 31, woman. antibiotics help and then it comes back", "otolaryngology", "30~39", "female"),
    # pediatrics
    T("mi hija de 3 años tiene tos y mocos verdes hace una semana, come bien, juega, un poquito de calentura en la noche 100.2", "pediatrics", "0~9", "female"),
    T("my son is 5 and has diarrhea and vomiting since yesterday, drinking pedialyte ok, peeing ok. the daycare had a stomach bug going around", "pediatrics", "0~9", "male"),
    # psychiatry
    T("desde que murió mi esposo no duermo, no como, lloro todo el día y ya pasaron 8 meses. mis hijos dicen que vaya con alguien. tengo 67", "psychiatry", "60~69", "female"),
    T("I think I have ADHD, never diagnosed as a kid. 28M, can't finish anything at work, lose my keys daily. who do I see", "psychiatry", "20~29", "male"),
    # pulmonology
    T("me falta el aire cuando camino una cuadra, tos con flema todas las mañanas. fumé 40 años. tengo 68, hombre", "pulmonology", "60~69", "male"),
    T("chest CT for something else found a 7 mm nodule in my lung. they said follow up with lung doctor. I'm 53 female non smoker", "pulmonology", "50~59", "female"),
    # rehabilitation
    T("mi papá tuvo un derrame cerebral hace un mes, ya está en casa, pero no puede mover bien el brazo derecho y camina con andadera. ¿le dan terapia?", "rehabilitation", "70~79", "male"),
    T("tore my ACL, surgery was 3 weeks ago, surgeon said start physical therapy. 24, female, played soccer in college", "rehabilitation", "20~29", "female"),
    # rheumatology
    T("las manos hinchadas y tiesas todas las mañanas por más de una hora, los dos lados igual, tengo 42 y soy mujer. mi tía tenía artritis reumatoide", "rheumatology", "40~49", "female"),
    T("gout attacks in my big toe every few months, the ER gives me colchicine but I want to stop them. 50 yo man, love my carne asada and beer", "rheumatology", "50~59", "male"),
    # urology
    T("orino cada rato en la noche, como 4 veces, y el chorro ya no sale fuerte. tengo 64, soy hombre", "urology", "60~69", "male"),
    T("my 9 yo son only has one testicle down, the other one was never there. his doctor in Mexico said 'later'. is it too late?", "urology", "0~9", "male"),
    # nutrition
    T("quiero bajar de peso pero sin dejar las tortillas jaja. tengo 35, mujer, 5'1 y 180 libras. ¿alguien que me haga un plan de comida?", "nutrition", "30~39", "female"),
    T("my son is 15 and wants to go vegetarian for environment reasons, what does he need to eat to get enough protein for wrestling", "nutrition", "10~19", "male"),
]
