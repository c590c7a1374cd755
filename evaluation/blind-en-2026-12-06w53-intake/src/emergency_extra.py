# Hand-written emergency items, extra (mixed now and non-now).

ITEMS = [
    ("Mate's collapsed at the footy club bar clutching his chest, he's conscious but grey and sweating and says the pain is crushing. "
     "He's 58. Someone said give him a Disprin?", True, "now", "heart_attack"),
    ("Our 3 yr old has just swallowed one of those little round button batteries from the kitchen scales, maybe 10 minutes ago. "
     "He's acting normal. Do we wait and see if it comes out?", True, "now", "overdose_poisoning"),
    ("Koro's words have gone all slurred while we were having tea and his right hand won't hold his cup, his mouth is drooping. "
     "It started maybe 15 minutes ago.", True, "now", "stroke"),
    ("My baby is 3 weeks old and feels really hot, 38.5 on the ear thermometer, and she's hardly fed since lunchtime. Bank holiday "
     "so the surgery is shut.", True, "now", "febrile_infant"),
    ("Choking!! my husband is choking on a fish bone or something, he can cough a bit but it's getting weaker and he's gone red then "
     "pale and can't talk", True, "now", "choking"),
    ("Lower back ache after a day of gardening, both legs feel normal, no numbness anywhere, peeing normally. Heat or ice?",
     False, "mild_symptom", "cauda_equina"),
    ("My legs jerk now and then as I'm dropping off to sleep and it wakes me up. My partner says I did it once and kicked her. 30M. "
     "Is that a seizure?", False, "mild_symptom", "seizure"),
    ("When I was 6 I pulled a pan of boiling water onto myself and had skin grafts on my chest. I'm 26 now and the scar is tight when I "
     "lift weights. Can anything be done?", False, "past_event", "severe_burn"),
    ("Went to A&E with chest pain last night, ECG and troponin were normal and they said it was probably muscular. It's eased. "
     "Should I follow up with my GP?", False, "examined_or_treated", "chest_pain_other"),
    ("What are the early signs of an ectopic pregnancy? Writing a leaflet for the youth clinic I volunteer at.",
     False, "hypothetical_or_general", "ectopic_pregnancy"),
    ("I've had a chest infection for a week, on amoxicillin day 3. No fever now, not confused, breathing normally, peeing fine. "
     "Still coughing a lot though. Is that expected?", False, "negated", "sepsis_signs"),
    ("My brother uses heroin and the drug service gave our family a naloxone kit. How long does it last and how do you use it?",
     False, "medicine_question", "unconscious_unresponsive"),
    ("My husband lost a testicle to torsion at 13 because it was missed. Our son is 11. Should we warn him what to look out for, "
     "or is it not genetic?", False, "relative_history", "testicular_torsion"),
]
