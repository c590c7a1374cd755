# Hard non-emergencies, part 5: mild_symptom plus a few more of other kinds (hand-written, writer 134).
ITEMS = [
    # mild_symptom
    ("My 9 month old has had a fever of 101 since last night. He's still nursing well, has plenty of wet diapers, "
     "and is crawling around smiling. Motrin brings it down. Should I bring him in if it lasts another day?",
     "mild_symptom", "febrile_infant"),
    ("I get a quick sharp pain in my chest when I take a really deep breath, just for a second, then it's gone. "
     "It's been happening on and off for a couple of days. I'm 25 and otherwise fine.", "mild_symptom",
     "chest_pain_other"),
    ("My left eyelid has been twitching for a week. It's really annoying but my vision is normal. Could it be "
     "too much coffee?", "mild_symptom", "vision_loss_sudden"),
    ("I bumped my head on the kitchen cabinet door pretty hard this morning. There's a goose egg and it's tender. "
     "No headache otherwise, no dizziness, I feel normal. Ice and Tylenol?", "mild_symptom", "head_injury"),
    ("My 4 year old has had diarrhea for two days, three or four times a day. He's still peeing, drinking, and "
     "asking for snacks. When should I worry?", "mild_symptom", "severe_dehydration_child"),
    ("I'm 7 weeks pregnant and had a tiny bit of pink when I wiped after sex last night, none since. No cramping. "
     "Should I mention it at my appointment next week?", "mild_symptom", "pregnancy_bleeding_or_pain"),
    ("My nose bled for about 5 minutes this morning because the air is so dry. It stopped with pinching. It's the "
     "second time this week. Should I get a humidifier?", "mild_symptom", "severe_bleeding"),
    ("I got stung by a bee on my hand yesterday and it's swollen and itchy up to my wrist. No trouble breathing, no "
     "hives anywhere else. Is Benadryl the right thing?", "mild_symptom", "anaphylaxis"),
    ("My lower back is stiff and sore after sitting on a long flight. It's better when I walk around. I'm 48. "
     "Could it be a pinched nerve?", "mild_symptom", "cauda_equina"),
    ("I had a little numbness in my pinky and ring finger this morning after sleeping on my arm. It went away "
     "after I shook it out. Is that a nerve thing or a stroke thing?", "mild_symptom", "stroke"),
    ("My throat felt tight for a minute when I swallowed a big vitamin, but it went down and I feel fine. Could "
     "my esophagus be narrow?", "mild_symptom", "choking"),
    ("I've had a mild stomach ache around my belly button since lunch, comes and goes, I'm eating and drinking "
     "fine. I'm 33. Could it be gas?", "mild_symptom", "severe_abdominal_pain"),
    ("My sugar was 68 before lunch and I felt a bit shaky. I ate and it went up to 112. I'm type 2 on glipizide. "
     "Does that mean my dose is too high?", "mild_symptom", "diabetic_emergency"),
    ("My 16 year old says he's had a dull ache in one testicle on and off for a month, mostly after sports. "
     "No swelling, no sudden pain, no vomiting. Should he see a urologist?", "mild_symptom",
     "testicular_torsion"),
    ("I've felt a bit short of breath going up the stairs since I got over a cold two weeks ago. Fine at rest and "
     "no chest pain. I'm 37. Is that leftover from the virus?", "mild_symptom", "breathing_difficulty"),
    ("I feel a little lightheaded sometimes when I get out of bed in the morning, lasts a few seconds. Never "
     "fainted. I'm 29 and drink a lot of coffee, not much water.", "mild_symptom", "unconscious_unresponsive"),
    ("I had a slight fever of 99.9 and body aches after my flu shot yesterday. I feel better today. Is that "
     "normal?", "mild_symptom", "sepsis_signs"),
    ("I touched the oven rack and got a small burn on two fingertips. It's red and stings, no blisters. Butter or "
     "cold water?", "mild_symptom", "severe_burn"),
    ("I'm 6 weeks pregnant and have had some mild cramping low on both sides, like period cramps, for a couple of "
     "days. No bleeding. I had an early ultrasound last week showing the sac in the uterus.", "mild_symptom",
     "ectopic_pregnancy"),
    ("I have a mild headache and my neck is a little sore after a long day at the computer. No fever. I'm 40. "
     "Do I need to get checked?", "mild_symptom", "meningitis_signs"),
    ("My calf has been crampy at night a few times this week. No swelling, no redness. I'm 62 and on a diuretic. "
     "Could it be low potassium?", "mild_symptom", "blood_clot_PE"),
    ("My heart skips a beat every now and then, especially after coffee. It doesn't hurt and I'm not dizzy. I'm "
     "45. Is that something to get checked?", "mild_symptom", "heart_attack"),
    ("My 5 year old had a short staring spell at dinner, maybe 5 seconds, then answered me. His teacher hasn't "
     "noticed anything. Could that be a seizure or was he just daydreaming?", "mild_symptom", "seizure"),
    ("My toddler accidentally licked a bit of hand sanitizer off her hands. She seems totally fine. Is that "
     "dangerous in small amounts?", "mild_symptom", "overdose_poisoning"),
    ("I scratched my arm pretty deep on a rose bush, it bled a bit and I cleaned it. It's a little red around "
     "the edges today. Should I put Neosporin on it?", "mild_symptom", "severe_bleeding"),
    ("I've been feeling down and teary since I started a new job. I'm not thinking of hurting myself. I'm eating "
     "and sleeping okay. Is this adjustment or depression?", "mild_symptom", "suicidal_intent"),
    ("I pick at the skin around my nails until it bleeds a little, mostly when I'm stressed. I'm 24. Is there a "
     "way to stop?", "mild_symptom", "self_harm"),
    ("My 2 month old felt warm after a bath but her rectal temperature was 99.5. She's eating and sleeping normally. "
     "Is that okay?", "mild_symptom", "febrile_infant"),
    ("I've had some blurry vision when I'm tired at the end of the day, reading my phone. It clears up after I "
     "rest my eyes. I'm 44. Do I just need readers?", "mild_symptom", "vision_loss_sudden"),
    ("My 3 year old had a coughing fit while eating popcorn at the movies, then was fine, no wheezing, breathing "
     "normally, it's been 4 hours. Should I still get her checked?", "mild_symptom", "choking"),
    # a few more of other kinds
    ("Last Thanksgiving my dad had a bad gallbladder attack, the worst pain he'd ever felt, and they took it out. "
     "He's doing great now. Should he change his diet long term?", "past_event", "severe_abdominal_pain"),
    ("The pediatric urologist examined my son yesterday for a lump in his scrotum and said it's a harmless "
     "hydrocele. How long until it goes away?", "examined_or_treated", "testicular_torsion"),
    ("What should I keep in a home first aid kit for burns and cuts? We just bought a house with a wood stove.",
     "hypothetical_or_general", "severe_burn"),
    ("My grandmother had a massive stroke and my mom had a mini stroke at 58. I'm 50 and my blood pressure is "
     "140/90. Should I start medication?", "relative_history", "stroke"),
]
