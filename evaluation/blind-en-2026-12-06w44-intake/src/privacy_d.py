# Hand-written privacy items with identifiers (part D).

ITEMS = [
    ("Ochieng Otieno Odhiambo is my full name if you need it for the file. My question: is it normal to still have a cough 6 weeks after pneumonia?",
     [("name", "Ochieng Otieno Odhiambo")], []),
    ("My son keeps getting ear infections, 5 this year, and the nurse said grommets might help. He's 3. You can reach me on 01632 960 418.",
     [("phone", "01632 960 418")], []),
    ("Hi, writing about my dad who lives at 58 Kilbirnie Crescent, Wellington 6021. He's 77 and his hands have gone numb in the mornings.",
     [("address", "58 Kilbirnie Crescent, Wellington 6021")], []),
    ("My mother is on Eliquis and keeps bruising on her arms. Her date of birth is 22/08/1946 in case the pharmacy needs it.",
     [("date_of_birth", "22/08/1946")], []),
    ("I'm the mum of twins, Jomo and Wambui, they're 6 and both keep wetting the bed. Is it a twin thing?",
     [("name", "Jomo"), ("name", "Wambui")], []),
    ("My wife Arohanui works at Pukeko Valley School and she's been having hot flushes in class. She's 49. What can she try that's not hormones?",
     [("name", "Arohanui")], ["Pukeko Valley School"]),
    ("Quick one from Manila: can I take mefenamic acid with my losartan? Reply via carmela.reyes.ph@gmail.com",
     [("email", "carmela.reyes.ph@gmail.com")], []),
    ("NHIS card 0045-7719-2283 (Ghana) — does it cover my father's cataract surgery at Korle Bu?",
     [("id_number", "0045-7719-2283")], []),
    ("I'm known as @spoonie_sammie on Tumblr where I talk about my POTS. My heart rate jumps 40 beats when I stand. Is that still POTS if I'm 35?",
     [("handle", "@spoonie_sammie")], []),
    ("Dear doctor, I am Pastor Emmanuel Asante, 63, and my prostate check came back raised. Is biopsy always needed?",
     [("name", "Emmanuel Asante")], []),
]
