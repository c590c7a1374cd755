# Emergency items: hard non-emergencies (writer 92), part 3: hypothetical_or_general, figure_of_speech.


def E(text, kind, family):
    return {"text": text, "emergency": kind == "now", "kind": kind, "family": family}


ITEMS = [
    # hypothetical_or_general
    E("what are signs of heart attack in women? my friend say women have different, not always chest pain. i want to know for my mother", "hypothetical_or_general", "heart_attack"),
    E("if someone have stroke, how many hours the hospital can still give the clot medicine? i read 4 hours, is true?", "hypothetical_or_general", "stroke"),
    E("How do you do the Heimlich on a baby? I'm a new nanny and want to be ready in case.", "hypothetical_or_general", "choking"),
    E("if my baby under 3 months get fever what number is too high? my first baby due next month and i want to know before", "hypothetical_or_general", "febrile_infant"),
    E("what is the glass test for rash? my sister told me to do it if my kids ever get spots with fever", "hypothetical_or_general", "meningitis_signs"),
    E("we go camping in mountains far from hospital, what to do if somebody get bad burn from the fire? what to bring in first aid kit?", "hypothetical_or_general", "severe_burn"),
    E("Can you get a blood clot from a long bus ride? I'm going 20 hours bus to visit family. What to do to prevent?", "hypothetical_or_general", "blood_clot_PE"),
    E("how to know if a friend is thinking about suicide? in my culture we don't talk about this. what words to use to ask?", "hypothetical_or_general", "suicidal_intent"),
    E("what happen in the body when somebody take too many paracetamol? why it is dangerous even if they feel ok?", "hypothetical_or_general", "overdose_poisoning"),
    E("If a person has seizure, should I put something in the mouth so they don't bite the tongue? My grandmother always said this.", "hypothetical_or_general", "seizure"),
    E("what is the difference between hypo and hyper in diabetes, how i know which one if my husband act strange one day?", "hypothetical_or_general", "diabetic_emergency"),
    E("what are the red flags for back pain? i work in warehouse and many people have back problems, i want make poster for them", "hypothetical_or_general", "cauda_equina"),
    E("Is sudden testicle pain always an emergency? Asking for my teenage son, want to explain it to him without scaring him.", "hypothetical_or_general", "testicular_torsion"),
    E("how long can a child with diarrhea go without peeing before it is dangerous? general question, my kids are ok now", "hypothetical_or_general", "severe_dehydration_child"),
    E("what signs mean a pregnancy is outside the womb? i am trying to get pregnant and i am worried because of my endometriosis", "hypothetical_or_general", "ectopic_pregnancy"),
    E("which bleeding is normal in pregnancy and which one is bad? in my country we don't have classes like here", "hypothetical_or_general", "pregnancy_bleeding_or_pain"),
    E("if someone is unconscious but breathing, what position do I put them? I forgot from the first aid course", "hypothetical_or_general", "unconscious_unresponsive"),
    E("What are signs of sepsis in old people? My mother lives alone, I want to know what to look for when I call her.", "hypothetical_or_general", "sepsis_signs"),
    E("is it true that a tourniquet can make you lose the arm? if someone bleed a lot, better use it or only press?", "hypothetical_or_general", "severe_bleeding"),
    E("how fast anaphylaxis can happen after eating? minutes or hours? my son allergic to fish and we go to wedding with buffet", "hypothetical_or_general", "anaphylaxis"),
    E("when a child hits head, what signs mean go to hospital? we have trampoline now and i'm nervous", "hypothetical_or_general", "head_injury"),
    E("Can stress cause sudden blindness? I read a story about it online, sounds crazy", "hypothetical_or_general", "vision_loss_sudden"),
    E("is appendicitis pain always on the right side? how you know if belly pain is serious or only gas?", "hypothetical_or_general", "severe_abdominal_pain"),
    # figure_of_speech
    E("my boss almost give me heart attack today, he say we have inspection tomorrow lol. anyway my question is about my blood pressure 135/85, is it high for 40?", "figure_of_speech", "heart_attack"),
    E("I'm dying of embarrassment asking this but I have itchy bottom every night for weeks. Worms? I'm an adult!", "figure_of_speech", "suicidal_intent"),
    E("this heat is killing me and my kids, they play outside all day in the sun. how much water should a 6 year old drink in a day?", "figure_of_speech", "severe_dehydration_child"),
    E("I nearly choked laughing at my son's joke and now my throat is a little scratchy. lol. do throat lozenges help for dry throat?", "figure_of_speech", "choking"),
    E("my head is exploding with all this paperwork for the visa, i get tension headache every afternoon. which tablet is best for tension headache?", "figure_of_speech", "stroke"),
    E("my husband's snoring makes me want to kill him haha. seriously though, does he need a sleep test? he stops breathing sometimes", "figure_of_speech", "breathing_difficulty"),
    E("i am drowning in exams, no sleep, coffee all day, and my eye is twitching for 1 week. is it from stress?", "figure_of_speech", "breathing_difficulty"),
    E("the price of insulin here is a knife in my heart. is there any program for cheaper insulin? i am type 2", "figure_of_speech", "diabetic_emergency"),
    E("my blood was boiling when the pharmacy refused my prescription. can high anger raise my blood pressure for long time?", "figure_of_speech", "stroke"),
    E("my daughter burn through her pocket money on candy and now her teeth have brown spots. cavities at 7?", "figure_of_speech", "severe_burn"),
    E("I got stabbed in the back by my coworker (figuratively!!) and since then I can't sleep and have stomach ache every morning before work. anxiety?", "figure_of_speech", "severe_bleeding"),
    E("My legs are dead after the first week at the new construction job. Muscle pain everywhere. Normal? how long until body get used?", "figure_of_speech", "unconscious_unresponsive"),
    E("my kids have poisoned my mind with that tiktok song lol. but question: can noise from headphones damage hearing in teenagers?", "figure_of_speech", "overdose_poisoning"),
    E("I blacked out on the whole conversation with the doctor, too nervous, didn't remember anything he said about my thyroid. Can I ask for the notes?", "figure_of_speech", "unconscious_unresponsive"),
    E("i'm fit to burst after the big iftar every night, belly bloated and heartburn. what to eat to avoid this?", "figure_of_speech", "severe_abdominal_pain"),
    E("My heart broke when my dog died, I cry every day, 3 weeks now. Is it normal to grieve a pet this much?", "figure_of_speech", "chest_pain_other"),
    E("I nearly had a fit when I saw the pharmacy price for my vitamin D lol. Does it matter if I take it at night instead of the morning?", "figure_of_speech", "seizure"),
    E("after the trainer session i could not breathe, that is how hard it was lol. now 2 days my legs so sore i cant do stairs. normal muscle soreness? how long?", "figure_of_speech", "breathing_difficulty"),
    E("I was blind as a bat without my glasses at the beach and now I want contacts. Are contacts safe for swimming?", "figure_of_speech", "vision_loss_sudden"),
]
