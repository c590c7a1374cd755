from _h import T

ITEMS = [
    # cardiology
    T("my legs swell by the end of the day and I get out of breath lying flat, need 3 pillows now. 74, woman, had a heart attack in 2015", "cardiology", "70~79", "female"),
    T("doctor heard a murmur in my son at his sports physical, he's 16, no symptoms, they said see a heart specialist before football", "cardiology", "10~19", "male"),
    # dentistry
    T("wisdom tooth coming in sideways, my jaw hurts and the gum is swollen in the back. 19 yo girl", "dentistry", "10~19", "female"),
    T("se me cayó un empaste (una tapadura) y ahora me duele con lo dulce. tengo 45 años", "dentistry", "40~49", "undisclosed"),
    # dermatology
    T("acne all over my face and back, tried everything from Walgreens, 17M, it's leaving scars", "dermatology", "10~19", "male"),
    T("ronchas rojas con escamas en los codos y rodillas, me pican, ya tengo años con eso. tengo 33, hombre", "dermatology", "30~39", "male"),
    # endocrinology
    T("they found my calcium high on routine blood test, 11.4, and PTH also high. 62F. what doctor handles that", "endocrinology", "60~69", "female"),
    T("my daughter is 11 and she's already getting her period and breasts since she was 8. pediatrician said see hormone doctor", "endocrinology", "10~19", "female"),
    # family-medicine
    T("hola, necesito un chequeo general, no he ido al doctor en 10 años. tengo 47, hombre, no me siento mal pero mi esposa insiste", "family-medicine", "40~49", "male"),
    T("I feel tired all the time, not sure why, sleep ok, eat ok. 30F. just want some basic blood work", "family-medicine", "30~39", "female"),
    # gastroenterology
    T("I'm 45, Latino, my dad had colon cancer at 55. I want the colonoscopy screening. no symptoms", "gastroenterology", "40~49", "male"),
    T("diarrea y dolor de panza con cólicos hace 3 meses, a veces con moco, bajé 10 libras. tengo 24 y soy mujer", "gastroenterology", "20~29", "female"),
    # general-surgery
    T("I have a pilonidal cyst near my tailbone that keeps getting infected, 3rd time draining it. 21 male", "general-surgery", "20~29", "male"),
    T("se me hizo un bulto en el ombligo después de mi cesárea, no duele mucho pero crece. tengo 34", "general-surgery", "30~39", "female"),
    # hematology-oncology
    T("my 6 yo keeps getting bruises all over without falling and he's pale. his blood test showed low platelets. they referred us to a specialist", "hematology-oncology", "0~9", "male"),
    T("breast biopsy came back positive. I'm 51. the surgeon talked about chemo first. who will be my cancer doctor?", "hematology-oncology", "50~59", "female"),
    # infectious-diseases
    T("tengo tuberculosis latente, la prueba salió positiva para el trabajo, me quieren dar 9 meses de pastillas. tengo 39", "infectious-diseases", "30~39", "undisclosed"),
    T("my infected diabetic foot bone (osteomyelitis) needs 6 weeks IV antibiotics, who manages it? I'm 58 male", "infectious-diseases", "50~59", "male"),
    # nephrology
    T("my son (14) has swelling around the eyes every morning and foamy pee, urine test had lots of protein", "nephrology", "10~19", "male"),
    T("I'm on dialysis 3 times a week, 71, woman, I want to ask about a kidney transplant list and changing centers", "nephrology", "70~79", "female"),
    # neurology
    T("se me duerme la cara y el brazo por ratitos y luego se me quita, ya me pasó 3 veces este mes, tengo 59. en urgencias me dijeron que fuera con el neurólogo", "neurology", "50~59", "undisclosed"),
    T("my daughter (8) has staring spells, like she zones out for 10 seconds many times a day, teacher noticed", "neurology", "0~9", "female"),
    # obstetrics-gynecology
    T("no me baja la regla hace 5 meses y no estoy embarazada, tengo 27, y me está saliendo vello en la cara", "obstetrics-gynecology", "20~29", "female"),
    T("postmenopausal, 58, had a little spotting again after years of nothing. my sister says it's normal, I want to check", "obstetrics-gynecology", "50~59", "female"),
    # ophthalmology
    T("my 4 yo's eye turns in when he's tired, like cross-eyed. his pediatrician said go to an eye doctor", "ophthalmology", "0~9", "male"),
    T("tengo glaucoma y las gotas se me acabaron, mi oculista se jubiló. 66 años, hombre", "ophthalmology", "60~69", "male"),
    # orthopedics
    T("hombro me duele al levantar el brazo arriba, no puedo ni peinarme, pinto casas. 52, hombre", "orthopedics", "50~59", "male"),
    T("my 13 yo daughter's back looks uneven, one shoulder higher, school screening said scoliosis", "orthopedics", "10~19", "female"),
    # otolaryngology
    T("mi hijo de 5 años ronca como señor y respira por la boca, las amígdalas enormes, siempre con infección de garganta", "otolaryngology", "0~9", "male"),
    T("ringing in both ears and I can't understand people in noisy places anymore, 61, worked in a factory 30 years. wife says turn the TV down", "otolaryngology", "60~69", "male"),
    # pediatrics
    T("baby 4 months old, needs her shots, we just moved from Arizona, looking for a baby doctor", "pediatrics", "0~9", "female"),
    T("mi niño de 7 años tiene comezón en la cola en las noches, la tía dice que son lombrices. ¿qué le doy?", "pediatrics", "0~9", "male"),
    # psychiatry
    T("panic attacks at work, heart racing, feel like I'm dying, but ER says heart is fine every time. 32 female", "psychiatry", "30~39", "female"),
    T("mi hijo de 19 oye voces y dice que la gente lo sigue, ya no sale de su cuarto. no es peligroso pero estamos muy preocupados", "psychiatry", "10~19", "male"),
    # pulmonology
    T("asthma getting worse even with my steroid inhaler twice a day, waking up at night coughing. 40, woman, cleaning houses with chemicals", "pulmonology", "40~49", "female"),
    T("mi apá tiene fibrosis pulmonar según la tomografía, 75 años, ¿quién le da seguimiento? usa oxígeno en la noche", "pulmonology", "70~79", "male"),
    # rehabilitation
    T("broke my ankle in 3 places in June, cast is off, I still limp and can't go down stairs. 37 male. need PT?", "rehabilitation", "30~39", "male"),
    T("después de la cirugía de cadera mi mamá (81) no quiere caminar, le da miedo caerse. ¿dónde le dan terapia física?", "rehabilitation", "80+", "female"),
    # rheumatology
    T("joint pain in hands and knees, rash on my cheeks when I'm in the sun, ANA positive 1:640. 25F", "rheumatology", "20~29", "female"),
    T("espalda baja tiesa en las mañanas que mejora con ejercicio, desde los 25, ahora tengo 31 y soy hombre. me dijeron que puede ser espondilitis", "rheumatology", "30~39", "male"),
    # urology
    T("kidney stones 3 times in 2 years, I want someone to figure out why. 43 male", "urology", "40~49", "male"),
    T("I leak urine when I cough or laugh since my 3rd baby. I'm 38. kinda embarrassing", "urology", "30~39", "female"),
    # nutrition
    T("prediabetes, A1c 6.1, doctor says change my diet. what can I eat for breakfast instead of pan dulce y café con leche. 50 yo woman", "nutrition", "50~59", "female"),
    T("mi abuelo de 83 tiene que comer bajo en sal por el corazón pero todo lo que le gusta es salado, ¿nos pueden dar una guía?", "nutrition", "80+", "male"),
]
