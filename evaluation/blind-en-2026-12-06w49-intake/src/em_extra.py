# Hand-written emergency items, extras (mixed). Writer 49, prefix al.
# Each item: (text, emergency, kind, family)

ITEMS = [
    ("Guys I'm at the student party, a girl here just fell down and she's not waking up, we put her on the side, she breathes but doesn't react to anything. Someone says let her sleep it off?",
     True, "now", "unconscious_unresponsive"),
    ("I am babysitting, the boy (6) drank something from a bottle under the sink, it smells like bleach, now he is vomiting and says his throat burns.",
     True, "now", "overdose_poisoning"),
    ("My dad is 58, he just said he has the worst headache of his life, came like a thunder 10 min ago, now he vomits and his neck hurts.",
     True, "now", "stroke"),
    ("My wife is 8 weeks pregnant and she has pain in the right side that is getting worse and worse since one hour, she is pale and now she fainted for a moment on the toilet.",
     True, "now", "ectopic_pregnancy"),
    ("I used to scratch my arms until they bled when I was anxious at school. I stopped 3 years ago. Now at 22 I notice I pick my skin again a little when stressed. Who to talk to?",
     False, "past_event", "self_harm"),
    ("My girlfriend's scars from self-harm are old, she's fine now, but she wants to cover them with a tattoo. Is it safe to tattoo on scar tissue?",
     False, "examined_or_treated", "self_harm"),
    ("In first aid course they said never leave an unconscious person on their back. Why exactly? Just want to understand.",
     False, "hypothetical_or_general", "unconscious_unresponsive"),
    ("My mother had a burst ectopic in the 90s and lost one tube. Does that affect my fertility? I'm her daughter, 27.",
     False, "relative_history", "ectopic_pregnancy"),
    ("I feel a bit of pressure in my chest when I'm anxious before presentations, it goes away after. I'm 22, no heart problems. Anxiety?",
     False, "mild_symptom", "chest_pain_other"),
    ("Is it safe to give honey to my 5 month old for cough? My mother-in-law from Lebanon insists.",
     False, "medicine_question", "febrile_infant"),
]
