# Hand-written privacy items with identifiers (part A). Writer 128.
# Each item: (text, [(type, span) or (type, span, occurrence)], [quasi spans])

ITEMS = [
    ("Salam doctor, my name is Mohammed Abdel-Rahman, 34, from Alexandria. Since Ramadan started I get strong headache every afternoon around 3pm, i think from no coffee. Can I take Panadol Extra at suhoor to prevent it? Please reply on whatsapp +20 122 845 3190 inshallah",
     [("name", "Mohammed Abdel-Rahman"), ("phone", "+20 122 845 3190")], []),

    ("hi im writing for my mother Umm Ahmed (Fatma Hassan) she is diabetic type 2 and fasting, her sugar go down to 62 yesterday before iftar. her national ID 26105120201873 if you need to open file. is it haram for her to break the fast??",
     [("name", "Umm Ahmed"), ("name", "Fatma Hassan"), ("id_number", "26105120201873")], []),

    ("Dear Dr. Rania Khoury, this is Joelle, I saw you last month at your clinic for my thyroid. The new TSH is 6.8. My number changed, new one is +961 3 482 117. Merci",
     [("name", "Rania Khoury"), ("name", "Joelle"), ("phone", "+961 3 482 117")], []),

    ("My son Yousef bin Khalid al-Harbi, DOB 07/09/2015, has a rash on both arms since we came back from the farm in Wafra. Civil ID 315090701234. It is itchy at night mostly.",
     [("name", "Yousef bin Khalid al-Harbi"), ("date_of_birth", "07/09/2015"), ("id_number", "315090701234")], []),

    ("Please send the answer to my email not phone because I share the phone with my husband: noura.alsabah88@gmail.com . I am 5 weeks late and the test is negative twice, is this normal after stopping the pill?",
     [("email", "noura.alsabah88@gmail.com")], []),

    ("We live at 14 Abu Bakr Al Siddiq Street, Jabal Al Hussein, Amman, 3rd floor no elevator. My father Abu Samir can not go down the stairs since his knee operation. Is there any doctor who does home visit? He is 78.",
     [("address", "14 Abu Bakr Al Siddiq Street, Jabal Al Hussein, Amman"), ("name", "Abu Samir")], []),

    ("I was hit from behind on Sheikh Zayed Road yesterday, the car was a white Nissan plate Dubai K 48213 and the driver ran away. Now my neck is stiff and I cant turn to the left. Do I need xray or it will go alone?",
     [("licence_plate", "K 48213")], []),

    ("my sister keeps posting her 'diet' on insta @lina.fitlife_ and she eats like 600 calories a day. she's 19 and fainted once at uni. how do i even talk to her about it without her blocking me",
     [("handle", "@lina.fitlife_")], []),

    ("Doctor you can see the photo of the mole on my back here https://www.facebook.com/karim.mansour.7731/photos it changed colour in 2 months and sometimes bleeds when I scratch. Is it dangerous?",
     [("url", "https://www.facebook.com/karim.mansour.7731/photos")], []),

    ("Hello, I'm Siobhan O'Connell, born 22 March 1979. I've been on levothyroxine 100mcg for years and lately my hair is falling out in clumps. My GP Dr. Patel said bloods are fine. Second opinion please?",
     [("name", "Siobhan O'Connell"), ("date_of_birth", "22 March 1979"), ("name", "Patel")], []),

    ("Assalamu alaikum. I am Muhammad Iqbal Shaikh, I work as driver at Al Futtaim Logistics in Jebel Ali, my Emirates ID is 784-1986-4471203-6. Company doctor says I have high uric acid 9.2. What food to avoid?",
     [("name", "Muhammad Iqbal Shaikh"), ("id_number", "784-1986-4471203-6")], ["Al Futtaim Logistics"]),

    ("my daughter Mariam is 4 and she keeps pulling her ear and crying at night, no fever. my husband Tarek thinks its teeth. we are in Zarqa. call me 0795 331 842 after 5 please",
     [("name", "Mariam"), ("name", "Tarek"), ("phone", "0795 331 842")], []),

    ("Name: Hind El Amrani\nDate of birth: 03/11/1992\nCity: Casablanca\nQuestion: I have very painful periods that make me vomit, the pharmacy gave me Spasfon but it does nothing. Is this endometriosis?",
     [("name", "Hind El Amrani"), ("date_of_birth", "03/11/1992")], []),

    ("Good evening. My father Abdulaziz bin Saad Al-Otaibi (MRN 00482917 at the hospital) was told his kidney function is 38%. He is 66 and still works. what does stage 3 mean for him?",
     [("name", "Abdulaziz bin Saad Al-Otaibi"), ("id_number", "00482917")], []),

    ("I am writing from Germany, I am refugee from Iraq, my name is Haider Kadhim. I have pain in my teeth but my insurance card number is A123456789 from AOK and they say dentist only for emergency?? Is it true? email me haider.kadhim.iq@web.de",
     [("name", "Haider Kadhim"), ("id_number", "A123456789"), ("email", "haider.kadhim.iq@web.de")], []),

    ("hey so my friend jake passed out at a party last weekend and hit his head, he's fine now but keeps saying he feels foggy. his number is (617) 555-0148 if a doctor wants to call him, he won't do it himself lol",
     [("name", "jake"), ("phone", "(617) 555-0148")], []),

    ("Habibi doctor please help, my wife Reem is 7 months pregnant and her feet are very swollen, her blood pressure today 138/88. Our address is Villa 27, Street 12b, Al Barsha 2 if the nurse can come. My number +971 55 902 4416",
     [("name", "Reem"), ("address", "Villa 27, Street 12b, Al Barsha 2"), ("phone", "+971 55 902 4416")], []),

    ("I'm a teacher at Al-Hikma Private School in Irbid and I lose my voice every week by Thursday. My name is Lubna Haddad and I'm 41. Do I need to see ENT or just rest?",
     [("name", "Lubna Haddad")], ["Al-Hikma Private School"]),

    ("My Lebanese ID number is 000384716 and the hospital lost my file, they want me to redo all the CT scans. Is it safe to have so many scans in one year? I had 4 already. - Georges",
     [("id_number", "000384716"), ("name", "Georges")], []),

    ("Patient: Omar Farouk Saleh, passport number A27740913, visiting Cairo from Khartoum. He is 59 and his legs get swollen every evening since the flight. Should we worry?",
     [("name", "Omar Farouk Saleh"), ("id_number", "A27740913")], []),

    ("dr my name is amina and i'm 16, i have spots all over my forehead and my mum won't let me see a dermatologist. you can dm me on tiktok @am.skin06 pls don't tell anyone",
     [("name", "amina"), ("handle", "@am.skin06")], []),

    ("Hi, it's Priya Raghunathan (DOB 1988-05-14), NHS number 485 777 3456. I've had a cough for 7 weeks after a cold. My GP surgery can't see me until next month. Should I be worried about TB? I travelled to Chennai in August.",
     [("name", "Priya Raghunathan"), ("date_of_birth", "1988-05-14"), ("id_number", "485 777 3456")], []),

    ("salam, I am Abdallah from Agadir. my brother Brahim have a tooth abscess and face swollen since 2 days. we take amoxicilline. our whatsapp 06 61 48 27 93",
     [("name", "Abdallah"), ("name", "Brahim"), ("phone", "06 61 48 27 93")], []),

    ("Please help my grandmother. Her name is Zainab Jaafar, she lives alone at Apartment 5, Building 112, Road 3404, Block 334, Manama. She forgets to take her pills and yesterday she took the morning ones twice. She's 81.",
     [("name", "Zainab Jaafar"), ("address", "Apartment 5, Building 112, Road 3404, Block 334, Manama")], []),

    ("I work night shift at the Carrefour warehouse in Mirdif and I'm always tired even after sleeping 9 hours. Blood test: ferritin 8, Hb 10.9. My name is Sana Qureshi, 29. Is this why?",
     [("name", "Sana Qureshi")], ["Carrefour warehouse in Mirdif"]),

    ("My little boy Adam (born 2 January 2021) swallowed a small magnet two days ago, we saw it in the x-ray at the clinic and they said wait. He is eating and playing normal. His insurance member number is DHA-7720198-01. How long before it comes out?",
     [("name", "Adam"), ("date_of_birth", "2 January 2021"), ("id_number", "DHA-7720198-01")], []),

    ("Hello doctors. I am Khadija Benali, 52, living in Lyon. The cardiologist Dr. Moreau told me my heart valve is leaking a little (mitral). I get tired on stairs. Reach me at khadija.benali52@orange.fr",
     [("name", "Khadija Benali"), ("name", "Moreau"), ("email", "khadija.benali52@orange.fr")], []),

    ("my husband Ziad keeps snoring so loud and stops breathing in his sleep, I recorded it. He weighs 118 kg. His work phone is +962 6 560 1249 ext 33, he is at Orange Jordan in Abdali, maybe the doctor can explain him",
     [("name", "Ziad"), ("phone", "+962 6 560 1249")], ["Orange Jordan"]),

    ("I drive for Careem, my car plate is 3-47281 Sharjah, and I sit 12 hours a day. now i have pain in my back side near the anus and it bleeds a bit when i go toilet. is it piles? Name Faisal",
     [("licence_plate", "3-47281"), ("name", "Faisal")], ["Careem"]),

    ("Dr Hala please check my blood test I uploaded to https://drive.google.com/file/d/1xQ7pL0kR2vN9aT4/view the cholesterol is 267 and I am only 36 and thin. My name Nadine Aoun.",
     [("name", "Hala"), ("url", "https://drive.google.com/file/d/1xQ7pL0kR2vN9aT4/view"), ("name", "Nadine Aoun")], []),

    ("Question about my dad, Gerald Whitmore, 74, born 11/30/1950. After his hip replacement he's walking with a frame but still scared to shower alone. Medicare number 1EG4-TE5-MK72. Is home physio covered?",
     [("name", "Gerald Whitmore"), ("date_of_birth", "11/30/1950"), ("id_number", "1EG4-TE5-MK72")], []),

    ("السلام عليكم I am Ahmad Al-Masri, Syrian, living in Gaziantep. My son's name is Rami and he is 9, he is wetting the bed again after the earthquake. Whatsapp +90 533 418 2765",
     [("name", "Ahmad Al-Masri"), ("name", "Rami"), ("phone", "+90 533 418 2765")], []),

    ("hello doc, im Bilal. i got tattoo last week at a small place in Hamra and now its red and hot and some yellow stuff. my insta is @bilal.ink.beirut if you want to see pics, dont want to post here",
     [("name", "Bilal"), ("handle", "@bilal.ink.beirut")], []),

    ("Hi, this is for my wife Olga Petrenko (born 19.08.1984). She has had hives every day for 3 months, antihistamines help a little. We moved to Toronto in spring. OHIP 5584-019-332-KT. Could it be stress?",
     [("name", "Olga Petrenko"), ("date_of_birth", "19.08.1984"), ("id_number", "5584-019-332-KT")], []),

    ("As-salamu alaykum, please my mother Hajja Aisha Mahmoud have cataract in both eyes and the operation at the government hospital is in 8 months. she cannot read Quran anymore. Our home: 9 El Gomhoreya St, Shebin El Kom, Menoufia. Phone 01006 734 215",
     [("name", "Aisha Mahmoud"), ("address", "9 El Gomhoreya St, Shebin El Kom, Menoufia"), ("phone", "01006 734 215")], []),

    ("My name is Tomasz Kowalczyk and I'm a student at the university, student ID 20194417. I need a note for missing my exam because of flu. Can you write it? My email is t.kowalczyk@student.uw.edu.pl",
     [("name", "Tomasz Kowalczyk"), ("id_number", "20194417"), ("email", "t.kowalczyk@student.uw.edu.pl")], []),

    ("dr i am 23, female, from Riyadh. my name is Al-Johara and i have hair loss on the top of my head, it's thin and you can see the skin. my mom says it's the hijab. my saudi ID 1098234417",
     [("name", "Al-Johara"), ("id_number", "1098234417")], []),

    ("Sorry for bad english. My husband Mustafa Yilmaz-Karimi works at Bosch factory in Stuttgart, he cut his finger at work in October, now the finger is stiff and doesn't bend. Insurance number X882140973. Physiotherapy needed?",
     [("name", "Mustafa Yilmaz-Karimi"), ("id_number", "X882140973")], ["Bosch factory in Stuttgart"]),

    ("My kid Layla is 2.5 and she only eats bread and rice, no vegetables, nothing with colour. her doctor in the small clinic Al Noor Pediatric Clinic in Sharjah said its a phase. My number 050 338 9127",
     [("name", "Layla"), ("phone", "050 338 9127")], ["Al Noor Pediatric Clinic"]),

    ("Hi. Kwame Asante here, 45, DOB 04/06/1979. I just got told I have an enlarged prostate. I get up 4 times at night to pee. What options besides surgery?",
     [("name", "Kwame Asante"), ("date_of_birth", "04/06/1979")], []),

    ("Please contact my son in law Walid on +961 70 915 332 because my English is weak. I am 70, I have sugar and pain in the feet like burning, especially night. I live in Tripoli, Abi Samra, near the mosque, building Daher, second floor.",
     [("name", "Walid"), ("phone", "+961 70 915 332"), ("address", "Abi Samra, near the mosque, building Daher, second floor")], []),

    ("Hello I'm Yasmin Choudhury my daughter Inaya has eczema behind the knees and she scratches until it bleeds. She's 6. I posted her skin here imgur.com/a/Yq3kP9x (no face). Which cream is safe?",
     [("name", "Yasmin Choudhury"), ("name", "Inaya"), ("url", "imgur.com/a/Yq3kP9x")], []),

    ("my father's car is a silver Hyundai Elantra, plate 42-87613 (Jordan), and he drives even though he can't see at night from his eyes. He is 72. How do i convince him to check with eye doctor? His name Abu Hani.",
     [("licence_plate", "42-87613"), ("name", "Abu Hani")], []),

    ("I'm Dr. Imran Malik's patient (he retired) and I need to get my prescription for Concor 5 renewed. My file number at the clinic was 55-10392. I'm 61. Who can take over?",
     [("name", "Imran Malik"), ("id_number", "55-10392")], []),

    ("hey doc. names Destiny, 17, I think I have a UTI, burns when I pee and I keep needing to go. I don't want my mom to know. text me 404-555-0193",
     [("name", "Destiny"), ("phone", "404-555-0193")], []),

    ("Dear team, my mother Souad Benjelloun, born on 12 Ramadan 1375 — in the papers it's 23/04/1956 — has Parkinson's and the tremor is worse since she fasts. Can she take the Madopar at iftar and suhoor only?",
     [("name", "Souad Benjelloun"), ("date_of_birth", "12 Ramadan 1375"), ("date_of_birth", "23/04/1956")], []),

    ("I'm writing for my colleague Abdelkader because he's shy. He works with me at Royal Air Maroc catering, he has a lump in his neck for 3 months, not painful. He is 48. His email abdelkader.z@gmail.com",
     [("name", "Abdelkader"), ("email", "abdelkader.z@gmail.com")], ["Royal Air Maroc catering"]),

    ("My wife Huda and me are trying for baby 2 years, no success. She is 31 I am 35. We did tests at Hayat IVF Center in Giza, my sperm count is low. Our file 2023-IVF-0841. What can we do next?",
     [("name", "Huda"), ("id_number", "2023-IVF-0841")], ["Hayat IVF Center"]),

    ("My dob is 9 Feb 2001 and my name is Ethan Brooks. The pharmacy said the date on my prescription is wrong so they won't give me my sertraline. What do I do, I've 2 tablets left",
     [("date_of_birth", "9 Feb 2001"), ("name", "Ethan Brooks")], []),

    ("Hi, Mona here from Mansoura. I've had gallstones on ultrasound and the surgeon wants to remove gallbladder laparoscopic. I'm scared. Email mona.elshazly@yahoo.com please with the risks.",
     [("name", "Mona"), ("email", "mona.elshazly@yahoo.com")], []),

    ("Salam, my nephew Hamza is 14, he's at Dubai British School and his PE teacher said he has a curve in his back (scoliosis?). My number +971 50 774 2019. Which doctor should we see?",
     [("name", "Hamza"), ("phone", "+971 50 774 2019")], ["Dubai British School"]),
]
