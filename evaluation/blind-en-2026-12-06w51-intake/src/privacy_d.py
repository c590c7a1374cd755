# Privacy items, part D: South Asia and the Middle East. Written by hand.

ITEMS = [
    ("Respected Sir, I am writing regarding my father Shri Ramesh Chandra Gupta, age 71, Aadhaar 4821 5537 9012. He has tremors in his right hand and walks slowly. Address: H.No. 4-5-67, near Hanuman temple, Bhoiguda, Secunderabad. Mobile: +91 98480 55512. Kindly guide which doctor to consult.",
     [("name", "Ramesh Chandra Gupta"), ("id_number", "4821 5537 9012"), ("address", "H.No. 4-5-67, near Hanuman temple, Bhoiguda, Secunderabad"), ("phone", "+91 98480 55512")], []),

    ("Assalam o alaikum. My mother Mrs. Nasreen Akhtar, CNIC 35202-1234567-2, has had a burning in her feet for a year. She is diabetic for 15 years. We live at House 22, Street 9, Gulberg III, Lahore, opposite Masjid Noor. My number 0300 5551234. JazakAllah.",
     [("name", "Nasreen Akhtar"), ("id_number", "35202-1234567-2"), ("address", "House 22, Street 9, Gulberg III, Lahore, opposite Masjid Noor"), ("phone", "0300 5551234")], []),

    ("Hi, I'm Priya (priya.iyer88@gmail.com), 36. Since my second delivery I leak urine when I cough. Is this fixable without surgery?",
     [("name", "Priya"), ("email", "priya.iyer88@gmail.com")], []),

    ("From: ASHA worker, Village Khedi, Dist. Sehore\nPatient: Kamla Bai, 45 yrs, W/o Ramprasad\nBPL card no. MP-SEH-003118\nProblem: white discharge with bad smell, lower belly pain 1 month.\nPlease advise if referral to district hospital needed.",
     [("name", "Kamla Bai"), ("name", "Ramprasad"), ("id_number", "MP-SEH-003118")], []),

    ("My husband Rahim, 42, works as a driver in Dubai. His Emirates ID is 784-1981-5523418-1. He has kidney stones pain again. We are in Sylhet; I am Ruksana. Whatsapp +880 1711 555 902. Should he come back for treatment?",
     [("name", "Rahim"), ("id_number", "784-1981-5523418-1"), ("name", "Ruksana"), ("phone", "+880 1711 555 902")], []),

    ("Hello doctor, my son Arjun (DOB 22-06-2018) has been squinting when watching TV. His school St. Xavier's Primary sent a note. We live in Flat 3B, Sai Krupa Apartments, behind Big Bazaar, Andheri East. Thanks, Meera.",
     [("name", "Arjun"), ("date_of_birth", "22-06-2018"), ("address", "Flat 3B, Sai Krupa Apartments, behind Big Bazaar, Andheri East"), ("name", "Meera")], ["St. Xavier's Primary"]),

    ("Sir, I am a pharmacist at Al Noor Pharmacy, Sharjah. A patient, Mr. Joseph Varghese, Iqama/EID 784-1975-1234567-3, asked whether he can take ibuprofen with his warfarin. He is 49. I advised no, but wanted to check with a doctor.",
     [("name", "Joseph Varghese"), ("id_number", "784-1975-1234567-3")], []),

    ("my wife Fatima is 8 weeks pregnant and vomiting all day, can't keep water. we are in Amman, Jabal Al-Hussein, building 14 behind the Safeway. i'm Omar 079 555 3412",
     [("name", "Fatima"), ("address", "Jabal Al-Hussein, building 14 behind the Safeway"), ("name", "Omar"), ("phone", "079 555 3412")], []),

    ("Dear doctor, kindly find below details of my aunt:\nName: Mrs. Chandrika Perera\nNIC: 625431098V\nDate of birth: 08.11.1962\nAddress: 45/2, Temple Road, Nugegoda\nShe has a breast lump for 2 months. Please advise urgency.\nThank you, Dilani",
     [("name", "Chandrika Perera"), ("id_number", "625431098V"), ("date_of_birth", "08.11.1962"), ("address", "45/2, Temple Road, Nugegoda"), ("name", "Dilani")], []),

    ("Sir, my brother Imtiaz was in a road accident in Karachi, the truck number was TLE-4452, he has a head wound that was stitched at Jinnah hospital. Now the stitches are 10 days old. When should they be removed? He is 27.",
     [("name", "Imtiaz"), ("licence_plate", "TLE-4452")], []),

    ("Hello, I am Noura, 24, from Riyadh. My insurance (Bupa) member no. 55123098. I have hair fall and irregular periods. Is it PCOS? My Snapchat is noura.x.99",
     [("name", "Noura"), ("id_number", "55123098"), ("handle", "noura.x.99")], []),

    ("My mother-in-law Leela Devi, 80, has bedsores. She lives with us at Ward No. 7, near the Shiva temple, Janakpur. My name is Suresh Yadav. Phone 98045 55321. What cream can we use?",
     [("name", "Leela Devi"), ("address", "Ward No. 7, near the Shiva temple, Janakpur"), ("name", "Suresh Yadav"), ("phone", "98045 55321")], []),

    ("Good evening, I'm a school counsellor at Delhi Public School. A Class 10 student, Aarav Malhotra, told me he has been cutting his arm. His parents are Mr. and Mrs. Malhotra. I need to know how to guide the family to proper help. Contact: counsellor.dps@gmail.com",
     [("name", "Aarav Malhotra"), ("name", "Malhotra"), ("email", "counsellor.dps@gmail.com")], ["Delhi Public School"]),

    ("Hi i'm Zain 19 from Doha. QID 29963401234. I get wheezing when I play football. My friend says inhaler. Can u prescribe online?",
     [("name", "Zain"), ("id_number", "29963401234")], []),

    ("To the doctor,\nThis is to inform that Mr. Abdul Kareem, our cook at Hotel Green Park, has been having loose stools for 10 days. Food handlers must be cleared. His employee ID: GP-KIT-0214. Kindly advise tests. Manager, Hotel Green Park, Hyderabad.",
     [("name", "Abdul Kareem"), ("id_number", "GP-KIT-0214")], ["Hotel Green Park"]),

    ("My grandmother Khadija (born 1 Jan 1940 on her papers, but really no one knows) has cataract. We are in Muscat, Al Khuwair, villa 1123, way 3021. I am Salim.",
     [("name", "Khadija"), ("date_of_birth", "1 Jan 1940"), ("address", "Al Khuwair, villa 1123, way 3021"), ("name", "Salim")], []),

    ("hello my son Rohan has dengue, platelets 45,000 today, he is 14. UHID at the hospital is 202304118827. Dr. Kulkarni said to watch. I'm Sunita, 98220 55611",
     [("name", "Rohan"), ("id_number", "202304118827"), ("name", "Kulkarni"), ("name", "Sunita"), ("phone", "98220 55611")], []),

    ("I run a blog at www.anitaslupusjourney.blogspot.com where I document my lupus. My rheumatologist changed me to mycophenolate. Anyone know if hair loss is common? - Anita",
     [("url", "www.anitaslupusjourney.blogspot.com"), ("name", "Anita")], []),

    ("Respected Doctor, I am Mohammed Al-Harbi, writing for my father Saad Al-Harbi, 68. He has been short of breath at night and sleeps on 3 pillows. Insurance Tawuniya policy 3021-887-14. My email m.alharbi1990@hotmail.com. Regards.",
     [("name", "Mohammed Al-Harbi"), ("name", "Saad Al-Harbi"), ("id_number", "3021-887-14"), ("email", "m.alharbi1990@hotmail.com")], []),

    ("My maid Lakshmi from Sri Lanka, she is 35, has a fever for 5 days. She's staying with us in Villa 12, Street 23, Al Barsha 2, Dubai. Her passport N4412098. What tests should she have?",
     [("name", "Lakshmi"), ("address", "Villa 12, Street 23, Al Barsha 2, Dubai"), ("id_number", "N4412098")], []),

    ("Please help my sister Shabnam, she is 23, just married, and has pain during intercourse. She is shy to ask. Her Insta is @shabnam.k_official but please don't message there. I'm Parveen.",
     [("name", "Shabnam"), ("handle", "@shabnam.k_official"), ("name", "Parveen")], []),

    ("Beirut. My father, Georges Haddad, DOB 17/04/1946, had a bypass 5 years ago and is now getting chest pain again when climbing stairs. He lives in Achrafieh, Sassine, the building opposite the ABC mall, 4th floor. My number +961 3 555 217.",
     [("name", "Georges Haddad"), ("date_of_birth", "17/04/1946"), ("address", "Achrafieh, Sassine, the building opposite the ABC mall, 4th floor"), ("phone", "+961 3 555 217")], []),

    ("My car was hit at the signal, my car no. is KA 05 MN 4821, and I had whiplash. It's been 3 weeks. I'm Vikram, 38. The insurance claim no. is CLM/2023/558120. Do I need physio?",
     [("licence_plate", "KA 05 MN 4821"), ("name", "Vikram"), ("id_number", "CLM/2023/558120")], []),

    ("Dear Sir, I am Rev. Father Thomas Kurian, parish priest at St. George's, Kottayam. An elderly parishioner, Annamma (84), lives alone in the house next to the parish hall. She falls often. Could someone guide us on fall prevention? frthomaskurian@gmail.com",
     [("name", "Thomas Kurian"), ("name", "Annamma"), ("address", "the house next to the parish hall"), ("email", "frthomaskurian@gmail.com")], []),

    ("Hello I am Hira from Islamabad. My baby Ayaan (DOB 3 Feb 2023) was diagnosed with hip dysplasia. He wears a harness. CNIC of father 61101-7654321-5 is on his form. What is the recovery time?",
     [("name", "Hira"), ("name", "Ayaan"), ("date_of_birth", "3 Feb 2023"), ("id_number", "61101-7654321-5")], []),

    ("Two patients from our labour camp in Jebel Ali need advice:\n1. Ramesh Thapa, 29, passport 09876543 (Nepal) – cough 3 weeks\n2. Bikash Gurung, 34, passport 07712345 – itching rash between fingers at night\nCamp supervisor: Mr. Sanjay, 050 555 7731",
     [("name", "Ramesh Thapa"), ("id_number", "09876543"), ("name", "Bikash Gurung"), ("id_number", "07712345"), ("name", "Sanjay"), ("phone", "050 555 7731")], []),

    ("My father Mr. Anwar Hossain, 60, NID 1962 4512 8843, is having swelling in his face in the morning. Our address: Road 11, House 34, Dhanmondi, Dhaka. I am Tania, tania.hossain@gmail.com.",
     [("name", "Anwar Hossain"), ("id_number", "1962 4512 8843"), ("address", "Road 11, House 34, Dhanmondi, Dhaka"), ("name", "Tania"), ("email", "tania.hossain@gmail.com")], []),

    ("hi im Dev 21, posting from my reddit u/dev_sad_boi ... i haven't slept properly in months and feel numb. is this depression?",
     [("name", "Dev"), ("handle", "u/dev_sad_boi")], []),

    ("Cairo. My mother Samira Youssef, 74, national ID 24603051400123, is having trouble swallowing solid food and losing weight. She lives in Heliopolis, 12 El Merghany Street, next to the bakery. My phone +20 100 555 4418.",
     [("name", "Samira Youssef"), ("id_number", "24603051400123"), ("address", "12 El Merghany Street, next to the bakery"), ("phone", "+20 100 555 4418")], []),

    ("Hello. My name is Kavya. My husband Naveen's car KL-07-BX-9123 hit a pole and his chest hit the steering. He went to casualty, x-ray normal, but pain when breathing deeply for 5 days now. Is that normal?",
     [("name", "Kavya"), ("name", "Naveen"), ("licence_plate", "KL-07-BX-9123")], []),

    ("Dear doctor, I am Ahmed, 45, from Baghdad, working with an oil company in Basra. My son Yusuf, 12, has had a limp for 2 weeks and pain in the knee. We have photos on drive.google.com/drive/folders/yusuf-xray-2024 if helpful.",
     [("name", "Ahmed"), ("name", "Yusuf"), ("url", "drive.google.com/drive/folders/yusuf-xray-2024")], []),

    ("Sent on behalf of my elderly neighbour, Mrs. Gurpreet Kaur (born 5th May 1944). She cannot hear properly since a cold. She lives at 22 Model Town, Ludhiana, near the gurudwara. Her son Harjit is in Canada, harjit.s.canada@gmail.com.",
     [("name", "Gurpreet Kaur"), ("date_of_birth", "5th May 1944"), ("address", "22 Model Town, Ludhiana, near the gurudwara"), ("name", "Harjit"), ("email", "harjit.s.canada@gmail.com")], []),
]
