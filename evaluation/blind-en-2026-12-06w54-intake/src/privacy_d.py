# privacy items, batch D
ITEMS = [
    {"text": "I'm a 26 year old streamer (twitch.tv/pixelpaula) and I sit 10 hours a day. Now I've got a painful lump near my tailbone that leaks sometimes. My friend Dani says it's a pilonidal cyst. Does it need surgery?",
     "identifiers": [("url", "twitch.tv/pixelpaula"), ("name", "Dani")], "quasi": []},

    {"text": "Hi doctor, Aditi here, mother of Vihaan Sharma (DOB 19/11/2019). Vihaan has had dark circles and snores loudly with mouth open. ENT at Apollo said adenoids and wants surgery. He is only 4. Is it too young? Our Aadhaar for the hospital file: 4821 7390 5512",
     "identifiers": [("name", "Aditi"), ("name", "Vihaan Sharma"), ("date_of_birth", "19/11/2019"), ("id_number", "4821 7390 5512")], "quasi": []},

    {"text": "Sciatica on the left for 6 weeks. Pregabalin 75 makes me dizzy. Any alternative? 55M, 92kg.",
     "identifiers": [], "quasi": []},

    {"text": "My neighbour Bogdan (he's 60, from Romania, doesn't speak much english) showed me a black toenail that's been black for 3 months, no injury. He lives in the flat below me at 22 Elm Court, Peterborough PE1 2RF. I said I'd ask. Melanoma?",
     "identifiers": [("name", "Bogdan"), ("address", "22 Elm Court, Peterborough PE1 2RF")], "quasi": []},

    {"text": "Hey I'm Tyler, 21, college student at Ohio State. After a party on Saturday I've had a rash on my chest and blisters in my mouth. I had taken a friend's Bactrim for a UTI thing on Thursday. Should I stop?",
     "identifiers": [("name", "Tyler")], "quasi": ["Ohio State"]},

    {"text": "Sickle cell trait vs disease - my newborn screening letter says 'FAS'. What does that mean? Baby born 2 weeks ago.",
     "identifiers": [], "quasi": []},

    {"text": """Dear Sir/Madam
I am writing regarding my late husband's sister, Mrs. Hilda Braithwaite, who I look after. Her date of birth is 5th December 1938 and her NHS number is 401 023 2137. She lives with me at 9 Moorland View, Skipton, BD23 1PL. Since her last admission she has been very drowsy and not herself. Her GP, Dr. Andrew Firth, has increased her morphine. Could this be the cause?
Yours faithfully,
Margaret Braithwaite
Tel 01756 555012""",
     "identifiers": [("name", "Hilda Braithwaite"), ("date_of_birth", "5th December 1938"), ("id_number", "401 023 2137"), ("address", "9 Moorland View, Skipton, BD23 1PL"), ("name", "Andrew Firth"), ("name", "Margaret Braithwaite"), ("phone", "01756 555012")], "quasi": []},

    {"text": "Can metformin cause B12 deficiency? Been on it 8 yrs, B12 is 140 ng/L now, feet tingly.",
     "identifiers": [], "quasi": []},

    {"text": "Hi!! This is Keoni from Hilo. My keiki Makana (5) got stung by a man o' war at the beach this morning, the red lines on his leg are still there and he says it burns. We put vinegar. Anything else?",
     "identifiers": [("name", "Keoni"), ("name", "Makana")], "quasi": []},

    {"text": "First time posting. 44F with hot flushes, night sweats and irregular periods. Perimenopause? My sister went through menopause at 45. Is HRT safe with migraine with aura?",
     "identifiers": [], "quasi": []},

    {"text": "My mom (Svetlana Ivanova, 70, SNILS 112-233-445 95) had her hip replaced on the 2nd at City Hospital 40. Surgeon Dr. Orlov said she could go home in 5 days but she's still not walking with the frame. Is slow normal at 70?",
     "identifiers": [("name", "Svetlana Ivanova"), ("id_number", "112-233-445 95"), ("name", "Orlov")], "quasi": []},

    {"text": "i think my cat gave me ringworm lol, round scaly patch on my arm. is clotrimazole enough",
     "identifiers": [], "quasi": []},

    {"text": "Urgent-ish: my son Kwame (12) was diagnosed with type 1 diabetes 3 days ago at Korle Bu. We are home with insulin pens. His school, Achimota School, has no nurse. Can he go back next week? How do teachers handle hypos? Email kwame.dad.accra@example.com or call +233 24 555 0918. - Yaw Ofori",
     "identifiers": [("name", "Kwame"), ("email", "kwame.dad.accra@example.com"), ("phone", "+233 24 555 0918"), ("name", "Yaw Ofori")], "quasi": ["Achimota School"]},

    {"text": "Blood in semen once, 35M. No pain. Should I worry? Urine test normal at the walk-in.",
     "identifiers": [], "quasi": []},

    {"text": "Asking for Lola. She's our 15 yo daughter, and she's been making herself sick after meals, we found out from her friend Harper's mum. She's lost weight, 49kg at 168cm. How do we approach this without making it worse? - Kate and Simon",
     "identifiers": [("name", "Lola"), ("name", "Harper"), ("name", "Kate"), ("name", "Simon")], "quasi": []},

    {"text": "Newly diagnosed Wilson's disease at 19. Liver and eyes affected (Kayser-Fleischer rings). Can I still drink at uni?",
     "identifiers": [], "quasi": []},

    {"text": "I (Ahmed) work security at Dubai Mall, night shift. 3 months now my stomach burns when I am hungry and wakes me at 3am. Antacids help a little. Is it ulcer? My Emirates ID 784-1985-4567123-1 if clinic needs.",
     "identifiers": [("name", "Ahmed"), ("id_number", "784-1985-4567123-1")], "quasi": ["Dubai Mall"]},

    {"text": "Does vitamin D 50,000 IU weekly for 8 weeks sound right? My level was 11 ng/mL. Pharmacist seemed surprised.",
     "identifiers": [], "quasi": []},

    {"text": "My mum Agnes McLeod (born 14 July 1950) was told she has a 'shadow' on her lung on a chest xray at Inverness, CT next week. She smoked till 2005. How likely is it cancer? Her address for the CT letter is 31 Culduthel Road, Inverness IV2 4AE but she's staying with me in Glasgow. - Fiona",
     "identifiers": [("name", "Agnes McLeod"), ("date_of_birth", "14 July 1950"), ("address", "31 Culduthel Road, Inverness IV2 4AE"), ("name", "Fiona")], "quasi": []},

    {"text": "Plantar fasciitis for a year. Tried insoles, stretching, cortisone injection. Shockwave next? I'm a nurse on my feet 12h.",
     "identifiers": [], "quasi": []},

    {"text": "Hi it's Rahel, 30, from Addis. I'm 8 weeks pregnant and vomiting 10 times a day, can't keep water. Lost 4 kg. My husband Dawit says it's normal morning sickness. Is it?",
     "identifiers": [("name", "Rahel"), ("name", "Dawit")], "quasi": []},

    {"text": "Caught on my dashcam: cyclist swerved, I braked hard and my neck's been stiff since. Car reg is WX19 KLM. Insurer wants a medical opinion. It's been 2 weeks, pain 4/10, no numbness.",
     "identifiers": [("licence_plate", "WX19 KLM")], "quasi": []},

    {"text": "Ativan vs Valium for flying? GP offered diazepam 2mg. 11 hour flight to Sydney in December.",
     "identifiers": [], "quasi": []},

    {"text": "Hi, my twitter is @RunningOnDecaf_Nic, you might have seen my thread about being dismissed for endometriosis for 9 years. Finally got a laparoscopy: stage 4. Surgeon Dr. Helen Park wants to do a second surgery. I'm 34. Is a hysterectomy a better option at this point?",
     "identifiers": [("handle", "@RunningOnDecaf_Nic"), ("name", "Helen Park")], "quasi": []},

    {"text": "Is whooping cough back? My baby is 3 months, had 1st vaccines. Older brother coughing for 3 weeks with a whoop.",
     "identifiers": [], "quasi": []},

    {"text": "Posting for my abuela, Carmen Rojas, 85. Lives at Av. Providencia 1234, depto 56, Santiago. Her hands are crooked and painful and she can't open jars. My cousin Ignacio takes her to the doctor but they only give paracetamol. Is there something better for old people with arthritis?",
     "identifiers": [("name", "Carmen Rojas"), ("address", "Av. Providencia 1234, depto 56, Santiago"), ("name", "Ignacio")], "quasi": []},

    {"text": "Eczema on my 8 month old's cheeks. We use Aveeno and it's not helping. Hydrocortisone 1% ok on a baby face?",
     "identifiers": [], "quasi": []},

    {"text": "My name is Sipho Dlamini and I work at the Shoprite in Soweto, 39. I think I have piles, bleeding bright red on the toilet paper for a week. ID 8504125800088 for the booking. Embarrassed to go.",
     "identifiers": [("name", "Sipho Dlamini"), ("id_number", "8504125800088")], "quasi": ["Shoprite in Soweto"]},

    {"text": "Restless legs every night, worse since pregnancy. 29 weeks. Ferritin 22. Can I take iron?",
     "identifiers": [], "quasi": []},

    {"text": "Hi from Hamburg. My son Finn (born 02/02/2010) has a strange curve in his back, his physio at school noticed. Our Krankenkasse number is K220481937. Do we need an xray? He plays handball 4x a week. - Birgit",
     "identifiers": [("name", "Finn"), ("date_of_birth", "02/02/2010"), ("id_number", "K220481937"), ("name", "Birgit")], "quasi": []},

    {"text": "Sertraline and ibuprofen together? Just a quick one. Dental pain.",
     "identifiers": [], "quasi": []},

    {"text": "Hi I'm Leilani. My brother Kai was in a crash (his car plate HNL 482, other driver ran a red) two weeks ago and now he's having headaches every day and forgets things. The ER did a CT that was clear. He's 24. Is this concussion still?",
     "identifiers": [("name", "Leilani"), ("name", "Kai"), ("licence_plate", "HNL 482")], "quasi": []},

    {"text": "AMH 0.4 at 36. Fertility clinic in Copenhagen says 'low reserve'. Do we still have a chance naturally?",
     "identifiers": [], "quasi": []},

    {"text": "Pls help me understand my son's diagnosis. Kenji Tanaka, 7, diagnosed with nephrotic syndrome last week. Prednisolone 60mg. His face is very puffy. My wife Yumi is worried about his growth. We live in Osaka. Call us +81 90 5555 1234",
     "identifiers": [("name", "Kenji Tanaka"), ("name", "Yumi"), ("phone", "+81 90 5555 1234")], "quasi": []},

    {"text": "How long after a tick bite can Lyme symptoms start? Bite was 12 July in the Ardennes.",
     "identifiers": [], "quasi": []},

    {"text": "It's Carlos (the guy who asked about the knee yesterday). Forgot to say I'm 47 and the MRI was done at Hospital Aleman. Meniscus tear, bucket handle. Surgeon says operate. Physio friend Martin says try rehab first. Who do I believe?",
     "identifiers": [("name", "Carlos"), ("name", "Martin")], "quasi": []},

    {"text": "I have thalassemia minor. My wife also minor. What are the chances for our baby?",
     "identifiers": [], "quasi": []},

    {"text": "Hi doc, I'm Ngozi. I've been working at Zenith Bank HQ for 6 years and my eyes are dry and burning by 4pm every day. I also get headaches. Glasses 2 years old. Is this screen problem or something else? I'm 31. LinkedIn linkedin.com/in/ngozi-eze-finance if you need to verify me for the teleconsult",
     "identifiers": [("name", "Ngozi"), ("url", "linkedin.com/in/ngozi-eze-finance")], "quasi": ["Zenith Bank HQ"]},

    {"text": "Chest xray said 'hyperinflated lungs'. I'm 60, smoked 30 pack years. COPD?",
     "identifiers": [], "quasi": []},
]
