# Privacy items, part B: West Africa (Nigeria, Ghana, Sierra Leone, Liberia, Gambia). Written by hand.

ITEMS = [
    ("Good day sir/ma. I am writing on behalf of my father, Chief Emmanuel Okonkwo, 74 years, NHIS no. 10482273-01. He has been passing urine many times at night and the flow is weak. Address: No. 12 Nnamdi Azikiwe Street, Onitsha, beside St. Mary's Catholic Church. My number is 0803 555 2741. Thank you.",
     [("name", "Emmanuel Okonkwo"), ("id_number", "10482273-01"), ("address", "No. 12 Nnamdi Azikiwe Street, Onitsha, beside St. Mary's Catholic Church"), ("phone", "0803 555 2741")], []),

    ("Please my name is Abena Owusu, 27, Ghana Card GHA-723104558-2. I have been having lower abdominal pain and discharge for two weeks. I stay at East Legon, GPS GA-183-8164. Call 024 555 9012.",
     [("name", "Abena Owusu"), ("id_number", "GHA-723104558-2"), ("address", "GA-183-8164"), ("phone", "024 555 9012")], []),

    ("My wife Funmilayo is 36 weeks and the baby is not moving like before. We live at Plot 5, Ajose Adeogun, Victoria Island. Our doctor Dr Adeyemi is not picking calls. Is this something to worry about? - Tunde",
     [("name", "Funmilayo"), ("address", "Plot 5, Ajose Adeogun, Victoria Island"), ("name", "Adeyemi"), ("name", "Tunde")], []),

    ("Pls I am a community health extension worker (CHEW) in Kano. I have a child, Aisha Bello, 3 yrs, with swollen belly and thin arms and hair turning reddish. Mother is Hauwa Bello, husband works at Dangote plant. Which department?",
     [("name", "Aisha Bello"), ("name", "Hauwa Bello")], []),

    ("Dear Doctor, I write concerning my employee, Mr. Kwame Asante (Staff ID: GCB/HR/04417), who reports persistent back pain that radiates to the left leg. He has been absent from work at our Kumasi branch for 8 days. Please advise whether he should be reviewed by orthopaedics. Sincerely, Mrs. E. Boateng, HR Officer, egboateng@gcbmail.com.gh",
     [("name", "Kwame Asante"), ("id_number", "GCB/HR/04417"), ("name", "Boateng"), ("email", "egboateng@gcbmail.com.gh")], []),

    ("hello doctor my brother Chinedu was involved in okada accident last week, the bike plate was KTU 332 QA. he has a wound on his leg that is smelling now. he is 22. please what do we do. 08165552290",
     [("name", "Chinedu"), ("licence_plate", "KTU 332 QA"), ("phone", "08165552290")], []),

    ("Good evening. Writing for my mum, Mrs Grace Adebayo, DOB 03/05/1957. She was diagnosed with hypertension at LUTH and is on nifedipine. She now has ankle swelling. Her hospital number is LUTH/14/55821. She lives with me at 7B Bode Thomas Street, Surulere.",
     [("name", "Grace Adebayo"), ("date_of_birth", "03/05/1957"), ("id_number", "LUTH/14/55821"), ("address", "7B Bode Thomas Street, Surulere")], []),

    ("i am Musa 19yrs from Freetown. i have eye that is red and paining for 4 days. I use my sister Fatmata phone +232 76 555 418.",
     [("name", "Musa"), ("name", "Fatmata"), ("phone", "+232 76 555 418")], []),

    ("I am a pharmacist at a small chemist in Ikeja. A customer, Mr. Segun Afolabi (he gave his NIN as 34512098761), asked if he can take tramadol with his blood pressure drugs. He is 58. I refused to sell without a prescription but want to advise him properly.",
     [("name", "Segun Afolabi"), ("id_number", "34512098761")], []),

    ("Our compound has 4 people with fever and body pains after the rains:\n- Yaw Mensah 40 (father)\n- Akosua Mensah 38\n- Kofi 12\n- Ama 7\nAddress: House No. 24, behind Kaneshie market, near the Total filling station, Accra. Is it malaria or typhoid? Tel 020 555 7733",
     [("name", "Yaw Mensah"), ("name", "Akosua Mensah"), ("name", "Kofi"), ("name", "Ama"), ("address", "House No. 24, behind Kaneshie market, near the Total filling station, Accra"), ("phone", "020 555 7733")], []),

    ("My daughter Blessing (13) started menses 3 months ago and is bleeding heavily for 10 days each time. Her school, Queen's College Yaba, called me because she fainted. I am Mrs Ngozi Eze. 0809 555 6618",
     [("name", "Blessing"), ("name", "Ngozi Eze"), ("phone", "0809 555 6618")], ["Queen's College Yaba"]),

    ("Pastor here from Redeemed parish in Ibadan. A member, Brother Femi (Oluwafemi Adewale), is 45 and has been losing weight and urinating a lot. I suspect diabetes. He is shy to go. I have his consent to ask. My email: pst.johnson.rccg@gmail.com",
     [("name", "Femi"), ("name", "Oluwafemi Adewale"), ("email", "pst.johnson.rccg@gmail.com")], []),

    ("Sir, I am Alhaji Ibrahim Sule, 66, retired. I have prostate issues. My son in UK says to write here. My passport no. A08812345. PO Box 1823, Kaduna.",
     [("name", "Ibrahim Sule"), ("id_number", "A08812345"), ("address", "PO Box 1823, Kaduna")], []),

    ("my wife Adwoa delivered by CS at Korle Bu 2 weeks ago, the wound is opening small and there's some yellow stuff. her folder number is KBTH-OG-221908. i am Kojo. 0244555107",
     [("name", "Adwoa"), ("id_number", "KBTH-OG-221908"), ("name", "Kojo"), ("phone", "0244555107")], []),

    ("Follow my page instagram.com/dr.mama_tobi for the photos of my son's skin — the doctor at the clinic said eczema but it is getting worse. He is 2 years old. Name Tobi.",
     [("url", "instagram.com/dr.mama_tobi"), ("name", "Tobi")], []),

    ("Dear Sir, Re: Mr. Papa Jallow, 71, of Serrekunda, near the Westfield junction, house with the white wall, compound number 14. He has had a swollen right leg for 5 days. His son Lamin can be reached on +220 755 5123. Thank you.",
     [("name", "Papa Jallow"), ("address", "Serrekunda, near the Westfield junction, house with the white wall, compound number 14"), ("name", "Lamin"), ("phone", "+220 755 5123")], []),

    ("Pls help, I'm Chiamaka, 24, student at UNILAG (matric no 170405032). Having palpitations during exams. Is it anxiety or heart?",
     [("name", "Chiamaka"), ("id_number", "170405032")], ["UNILAG"]),

    ("Hello, my mother Efua Quaye (she was born 12 August 1950) cannot see well in her left eye since last month, like a curtain. We are at Cape Coast, Abura, second house after the Methodist school. Her NHIS card 58821047. My name is Esi.",
     [("name", "Efua Quaye"), ("date_of_birth", "12 August 1950"), ("address", "Cape Coast, Abura, second house after the Methodist school"), ("id_number", "58821047"), ("name", "Esi")], []),

    ("Good morning doctor, my husband Ikenna's Twitter is @ike_runs_lagos, he posted that he can't feel his toes after his marathon training. He is stubborn and won't come himself. He is 39. Is that nerve damage?",
     [("name", "Ikenna"), ("handle", "@ike_runs_lagos")], []),

    ("REFERRAL\nFrom: Gbarnga Community Clinic\nTo: Specialist\nPatient: Mary Kollie, F, 34\nID: LR-NID 2204-118-09\nHx: recurrent painful swellings in armpits, draining pus, 2 yrs.\nKindly see and manage.\nSigned, PA Joseph Tarr",
     [("name", "Mary Kollie"), ("id_number", "LR-NID 2204-118-09"), ("name", "Joseph Tarr")], ["Gbarnga Community Clinic"]),

    ("Sorry to disturb. My junior brother Obinna ate something at the party and his lips swelled but it went down after Piriton. He is 16. Should we test for allergy? My number is +234 703 555 8821 (Ugochi).",
     [("name", "Obinna"), ("phone", "+234 703 555 8821"), ("name", "Ugochi")], []),

    ("I am Mr Kofi Antwi, my Ghana Card number is GHA-004512337-8 and my car number is GR 4471-19. Since the accident my neck is stiff. Police said I need a medical report. Which department?",
     [("name", "Kofi Antwi"), ("id_number", "GHA-004512337-8"), ("licence_plate", "GR 4471-19")], []),

    ("Writing for Iya Alaje (Mrs. Rasheedat Lawal), the woman who sells in front of our office. She's about 60 and her hands are shaking. She doesn't have a phone; she's at Oja Oba market, stall 42. I'm Bisi, bisi.okoro@yahoo.com.",
     [("name", "Iya Alaje"), ("name", "Rasheedat Lawal"), ("name", "Bisi"), ("email", "bisi.okoro@yahoo.com")], ["Oja Oba market, stall 42"]),

    ("Pls doctor, my baby Chidera, 8 months, has been stooling watery since yesterday. Her clinic card no. is 0147/22 at the PHC Umuahia. I am Ada, 0706 555 3348.",
     [("name", "Chidera"), ("id_number", "0147/22"), ("name", "Ada"), ("phone", "0706 555 3348")], ["PHC Umuahia"]),

    ("Hi. I'm Kobina, 33. I work as a driver for Unilever Ghana, vehicle GT 1902-20. I've been diagnosed with sleep apnea and the company wants a fitness letter. Who writes that?",
     [("name", "Kobina"), ("licence_plate", "GT 1902-20")], ["Unilever Ghana"]),
]
