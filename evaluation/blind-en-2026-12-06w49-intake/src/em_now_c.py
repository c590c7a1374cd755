# Hand-written emergency items (kind now), part C (extras). Writer 49, prefix al.

ITEMS = [
    ("Salam, my father is fasting and in the mosque he suddenly had chest pain like burning and heavy, now 25 minutes, he is sweating and vomited. Antacid?",
     True, "now", "heart_attack"),
    ("My neighbour lady (I'm with her now) can't find words and her right leg gave way, she fell, face looks uneven. 5 minutes ago.",
     True, "now", "stroke"),
    ("I am having a very bad allergic reaction to the contrast dye, I'm still in the parking lot of the imaging center, my whole body is red and my throat is closing.",
     True, "now", "anaphylaxis"),
    ("I swallowed my whole box of sleeping tablets (Zolpidem) 40 minutes ago with wine. Starting to feel heavy. Don't know why I'm writing this.",
     True, "now", "overdose_poisoning"),
    ("My son (14) is with me and he just punched the window, glass cut his forearm, blood pumping out in rhythm. I'm holding a towel.",
     True, "now", "severe_bleeding"),
    ("Fever 39 and my 3 week old daughter is grunting and mottled. The nearest hospital is 40 km. Can I give her Paracetamol and wait till morning?",
     True, "now", "febrile_infant"),
    ("im diabetic, my sugar is 2.1 mmol, shaking, can't think straight, no sugar at home, alone. typing is hard",
     True, "now", "diabetic_emergency"),
]
