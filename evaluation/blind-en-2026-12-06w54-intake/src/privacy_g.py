# privacy items, batch G
ITEMS = [
    {"text": "Hi, I'm Jessamyn, 39, and my partner Rowan and I are doing IVF at the Lister. Our embryologist Dr. Felix Hartmann said our embryo is 'day 5, 4AA'. Is that good?? Sorry excited lol",
     "identifiers": [("name", "Jessamyn"), ("name", "Rowan"), ("name", "Felix Hartmann")], "quasi": []},

    {"text": "Name: Aroha Ngata\nDOB: 17/05/1996\nNHI: ABC1235\nPhone: 021 555 0738\nConcern: I get hives every time I exercise, especially in the heat. Sometimes my lips swell a bit. Epipen needed?",
     "identifiers": [("name", "Aroha Ngata"), ("date_of_birth", "17/05/1996"), ("id_number", "ABC1235"), ("phone", "021 555 0738")], "quasi": []},

    {"text": "My brother-in-law Sergio and his boss Mr. Bianchi both work at the Ferrero factory in Alba and Sergio started getting asthma after they changed the cleaning chemicals. He's 43. Occupational asthma? What proof does he need?",
     "identifiers": [("name", "Sergio"), ("name", "Bianchi")], "quasi": ["Ferrero factory in Alba"]},

    {"text": "hey its Destiny, 20, and my son Jamal is 14 months. he hasnt said any words yet, only babbles. his dad Marcus talked late too. do i need to worry? my ig is @destiny.and.jamal if u want to see videos",
     "identifiers": [("name", "Destiny"), ("name", "Jamal"), ("name", "Marcus"), ("handle", "@destiny.and.jamal")], "quasi": []},

    {"text": "I'm Farhan Chowdhury, 52, taxi driver in Dhaka, CNG reg DHAKA METRO-tha 11-2345. My feet burn at night and I have numb toes. Blood sugar 14. Doctor at the Mirpur clinic told me insulin. I'm scared of needles. Can I use tablets only? Ph +880 1711 555 082",
     "identifiers": [("name", "Farhan Chowdhury"), ("licence_plate", "DHAKA METRO-tha 11-2345"), ("phone", "+880 1711 555 082")], "quasi": ["Mirpur clinic"]},

    {"text": "Writing for our elderly neighbour Mr. Albert Nkemelu. He's 83 and lives alone at 14 Coronation Street, Bulawayo. He fell last week and now the back of his hand is a big purple bruise and he's on blood thinners. My husband Tendai checks on him daily. Should he see someone?",
     "identifiers": [("name", "Albert Nkemelu"), ("address", "14 Coronation Street, Bulawayo"), ("name", "Tendai")], "quasi": []},

    {"text": "Hola, I'm Gabriela. My son Santiago is 10 and has flat feet and his knees knock. Orthopaedist Dr. Ramon Ibarra says insoles. Physio at his school (Colegio Americano) says exercises. Do both?",
     "identifiers": [("name", "Gabriela"), ("name", "Santiago"), ("name", "Ramon Ibarra")], "quasi": ["Colegio Americano"]},

    {"text": "Dear Dr.,\nI am writing about myself, Olga Petrenko (dob 28 February 1969). I have had a cough for 8 weeks since pneumonia. Inhaler doesn't help. I live at ul. Marszalkowska 81/12, 00-683 Warszawa. PESEL 69022812345. Should I have a CT?\nRegards, Olga",
     "identifiers": [("name", "Olga Petrenko"), ("date_of_birth", "28 February 1969"), ("address", "ul. Marszalkowska 81/12, 00-683 Warszawa"), ("id_number", "69022812345"), ("name", "Olga")], "quasi": []},

    {"text": "Hey! Nikhil here. My wife Shreya and I want to know if our 2 month old Aanya can get the rotavirus vaccine late, we missed the 6 week one because Aanya had a cold. Our pediatrician Dr. Mehta is on leave.",
     "identifiers": [("name", "Nikhil"), ("name", "Shreya"), ("name", "Aanya"), ("name", "Mehta")], "quasi": []},

    {"text": "I am Thabo, 45, from Maseru. My wife Palesa has HIV and I am negative. We want a baby. Is there a safe way? Her viral load is undetectable. Email thabo.m.lesotho@example.com",
     "identifiers": [("name", "Thabo"), ("name", "Palesa"), ("email", "thabo.m.lesotho@example.com")], "quasi": []},

    {"text": "hi doc, Cory here. 30, warehouse at Costco in Kirkland. my elbow hurts on the outside when i grip stuff, coworker Manny says tennis elbow. ive never played tennis lmao. brace or injection?",
     "identifiers": [("name", "Cory"), ("name", "Manny")], "quasi": ["Costco in Kirkland"]},

    {"text": "For Dr. Adebayo (I saw you in clinic last month): this is Funmilayo Ogunleye, hospital number LUTH/44817. The fibroid medicine you gave me is making me have hot flushes every hour. Is it safe to stop? My number 0809 555 2214.",
     "identifiers": [("name", "Adebayo"), ("name", "Funmilayo Ogunleye"), ("id_number", "LUTH/44817"), ("phone", "0809 555 2214")], "quasi": []},

    {"text": "My mother Ruth (78) and her carer Bridget both think her new hearing aids make things worse. The audiologist, Mr. Colm Byrne, says give it 3 months. Is that true? Ruth says everything sounds tinny.",
     "identifiers": [("name", "Ruth"), ("name", "Bridget"), ("name", "Colm Byrne")], "quasi": []},

    {"text": "Hi doctors - Isabella here, 31. I had a C-section 3 weeks ago (baby Leo is doing great). My scar is numb and there's a hard lump at one end. Normal?",
     "identifiers": [("name", "Isabella"), ("name", "Leo")], "quasi": []},

    {"text": "Car: blue Honda Civic, licence plate 7KJW482. Driver behind me rear-ended me at a stop sign Thursday. Now my lower back spasms. I'm Courtney, 29. Chiropractor or physio?",
     "identifiers": [("licence_plate", "7KJW482"), ("name", "Courtney")], "quasi": []},

    {"text": "Hello, my husband Arash (47) was told he has a fatty liver and high triglycerides (6.2). He works at Iran Khodro factory and eats at the canteen. Our doctor Dr. Rezaei said lose weight. How fast should triglycerides come down? - Maryam",
     "identifiers": [("name", "Arash"), ("name", "Rezaei"), ("name", "Maryam")], "quasi": ["Iran Khodro factory"]},

    {"text": "To the duty doctor: my name is Kamala Thapa, 34, living at Flat 2B, 45 Jhamsikhel Marg, Lalitpur. I have pain in the right upper belly after fatty food for months. Ultrasound shows gallstones. Surgeon Dr. Bikash Shrestha says remove. Can I avoid surgery with diet?",
     "identifiers": [("name", "Kamala Thapa"), ("address", "Flat 2B, 45 Jhamsikhel Marg, Lalitpur"), ("name", "Bikash Shrestha")], "quasi": []},

    {"text": "I'm Amara and my mum Chioma keeps asking me about this so I'm posting: she's 60, she has high blood pressure, and her feet burn at night. She's not diabetic. Her GP in Peckham Dr. Lewis did bloods. What else?",
     "identifiers": [("name", "Amara"), ("name", "Chioma"), ("name", "Lewis")], "quasi": []},

    {"text": "Urgent but not emergency: my son Pedro (born 11/04/2021) has a fever 38.5 for 3 days and red eyes and cracked lips. Doctor Sofia Almeida said virus. I read about Kawasaki. Our SNS number is 234 567 891. Can you look at this?",
     "identifiers": [("name", "Pedro"), ("date_of_birth", "11/04/2021"), ("name", "Sofia Almeida"), ("id_number", "234 567 891")], "quasi": []},

    {"text": "ok so im on discord as ghostpepper#4471 and i play like 12 hrs a day lol, my wrist hurts and my fingers tingle, especially thumb and index. im 19. carpal tunnel at 19??",
     "identifiers": [("handle", "ghostpepper#4471")], "quasi": []},

    {"text": "Gilbert's syndrome - is it why my bilirubin is 34 after fasting? Otherwise healthy, 28M.",
     "identifiers": [], "quasi": []},

    {"text": "Alzheimer's runs in families? My grandmother had it at 70 and my mother at 75. I'm 49. Is there a test?",
     "identifiers": [], "quasi": []},

    {"text": "April 3rd I started getting dizzy when rolling over in bed. Spins for 30 seconds. ENT appt 2 May. BPPV?",
     "identifiers": [], "quasi": []},

    {"text": "Is 1.5mg of Vitamin K enough for a newborn? Midwife said the shot is standard at Hospital Italiano. 3.2 kg baby.",
     "identifiers": [], "quasi": []},

    {"text": "Baker's cyst behind my knee, 4cm on ultrasound. Should it be drained? 66 years old, OA.",
     "identifiers": [], "quasi": []},

    {"text": "Heights: me 183cm, wife 160cm, our 12 yr old daughter is 165cm already and started periods at 10. Too early? Will she stop growing?",
     "identifiers": [], "quasi": []},

    {"text": "Meniere's attacks 3x a month, betahistine 16mg tid. Low salt. Next step? 51F, Cape Town.",
     "identifiers": [], "quasi": []},
]
