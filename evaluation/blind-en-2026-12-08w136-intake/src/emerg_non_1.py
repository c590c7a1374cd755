# Hard non-emergencies, kind past_event (written by hand, writer 136)
# (text, kind, family)
ITEMS = [
    (
        "Hi,\n\nI'm 57. Two years ago I had a heart attack — I was out walking the dog and got crushing chest pain, "
        "my wife called an ambulance and I had two stents put in at the Royal Sussex. I did cardiac rehab and I've "
        "been well since. I take aspirin, ticagrelor (stopped after a year), bisoprolol 2.5mg, ramipril and "
        "atorvastatin 80.\n\nMy question is about sex and exercise. My cardiologist said I'm fine, but I still get "
        "nervous when my heart rate goes up. Is there a safe heart rate limit I should stick to when I'm at the gym?",
        "past_event", "heart_attack",
    ),
    (
        "Back in March my mum had a stroke — slurred speech, face droop, the lot. She had the clot-busting drug and "
        "recovered almost completely. She's 71. Now she's been told to take clopidogrel for life. Can she still "
        "take her glucosamine?",
        "past_event", "stroke",
    ),
    (
        "When I was 16 I took an overdose of paracetamol and spent three days on a drip. I'm 34 now and doing well, "
        "no self-harm for many years. My question: did that overdose damage my liver permanently? My recent ALT was "
        "42. I drink moderately.",
        "past_event", "overdose_poisoning",
    ),
    (
        "My son had a febrile seizure last Tuesday — he was 18 months, temp 39.8, shook for about 2 minutes and then "
        "was sleepy. We called an ambulance and he was checked over at the children's hospital and sent home the "
        "same night. He's been totally himself since. What are the chances of it happening again?",
        "past_event", "seizure",
    ),
    (
        "Hello doctor,\n\nA bit of background. I'm 42, female. In 2015 I had an ectopic pregnancy that ruptured — I "
        "collapsed at home, had emergency surgery and lost my left tube. I also have endometriosis, diagnosed on the "
        "same operation, and I take the progesterone-only pill for it.\n\nI've just met a new partner and we're "
        "thinking about trying for a baby. Am I at high risk of another ectopic? Should I go straight to IVF at my age?",
        "past_event", "ectopic_pregnancy",
    ),
    (
        "Last summer I got stung by a bee and my throat swelled up and I couldn't breathe — I was given adrenaline "
        "and kept in overnight. I'm 45. I've been given two EpiPens. Is venom immunotherapy worth doing? I keep bees "
        "for a hobby!",
        "past_event", "anaphylaxis",
    ),
    (
        "Question about my daughter, 9. At Christmas she choked on a piece of hard sweet and went blue — my husband "
        "did back blows and it came out. She was fine after but since then she refuses to eat anything hard or "
        "chewy, only soft foods. It's been 10 months. Is this a phobia and who treats it?",
        "past_event", "choking",
    ),
    (
        "Hi,\n\nI had a pulmonary embolism in January after a long-haul flight — I was very breathless and had chest "
        "pain, they found clots in both lungs on a CT scan. I was on rivaroxaban for 6 months and stopped in July. "
        "I'm 36, on no other medicines now. I've come off the combined pill and have a copper coil.\n\nI'm flying to "
        "Canada at Christmas. Should I take anything for the flight? And my breathing still isn't quite what it was on "
        "hills — is that normal after a PE?",
        "past_event", "blood_clot_PE",
    ),
    (
        "I was hit by a car in 2019 while cycling and had a severe brain injury, 2 weeks in a coma at the Alfred. I "
        "relearned walking and talking. I'm 29 now. My memory is still poor and I get very tired. Is it too late to "
        "get more cognitive rehab?",
        "past_event", "head_injury",
    ),
    (
        "When my first baby was 3 weeks old she had a temperature of 38.5 and we were sent straight in — she had "
        "bloods, a urine test and a lumbar puncture and stayed 48 hours on IV antibiotics. It turned out to be a "
        "virus. My second is due in January. Is there anything we should do differently this time?",
        "past_event", "febrile_infant",
    ),
    (
        "About 6 weeks ago I had a testicular torsion — woke up with awful pain, was operated on the same morning "
        "and they saved the testicle and stitched both sides. I'm 17. It's still a bit sore and looks smaller than "
        "the other. Will it work normally?",
        "past_event", "testicular_torsion",
    ),
    (
        "In 2021 I had diabetic ketoacidosis and was in the ICU for 3 days — that's how they found out I was type 1. "
        "I'm 25 now, on a pump, HbA1c 54. I want to go backpacking in South America next year. What should I plan "
        "for in terms of insulin storage and sick days?",
        "past_event", "diabetic_emergency",
    ),
    (
        "Hello.\n\nI'm 68. Last winter I had sepsis from a kidney infection — I was in intensive care for a week and "
        "in the hospital for 3 weeks in total at the Royal Bournemouth. They said I nearly died. I'm mostly recovered "
        "but I still feel weak, I have bad dreams about the ICU and my hair fell out in clumps in the spring (it's "
        "growing back).\n\nIs this 'post-sepsis syndrome'? Is there any specific help for it?",
        "past_event", "sepsis_signs",
    ),
    (
        "My dad lost the vision in one eye overnight about a year ago — it turned out to be a central retinal artery "
        "occlusion. Nothing could be done. He's 77. Now they've found he has a narrowing in his neck artery. Is the "
        "operation worth it?",
        "past_event", "vision_loss_sudden",
    ),
    (
        "I cut myself badly in 2018 when I was at my lowest — lots of stitches on my forearms, and I have raised scars. "
        "I'm 27 and in a good place now, no self-harm for 4 years, and I'm getting married next summer. Are there "
        "treatments to make the scars less visible? Laser?",
        "past_event", "self_harm",
    ),
    (
        "Hi, in 2020 I had emergency surgery for cauda equina syndrome — I had back pain then suddenly couldn't pee "
        "and had numbness down below. They operated within 12 hours. I'm 46. I still have some numbness and need to "
        "strain to empty my bladder. Will this improve after 3 years or is it permanent?",
        "past_event", "cauda_equina",
    ),
    (
        "Our son had a bad bout of gastro when he was 2 — he stopped weeing and went floppy and he needed a drip in "
        "hospital for two days. He's 4 now and has just caught another tummy bug from preschool, he's had 2 loose "
        "poos today but he's drinking fine and weeing normally. What signs should make us take him in this time?",
        "past_event", "severe_dehydration_child",
    ),
    (
        "Back in my twenties (I'm 50 now) I was in a house fire and had 30% burns to my legs and back, skin grafts "
        "at the burns unit in Chelmsford. The grafted skin has become very itchy and cracks this winter. What "
        "moisturisers are safe for old grafts?",
        "past_event", "severe_burn",
    ),
    (
        "Last year my appendix burst — I'd had pain for 3 days, it got unbearable and I was rushed in for surgery, "
        "then had a drain and IV antibiotics for a week. I'm 30. Now I sometimes get sharp twinges near the scar "
        "when I twist. Could that be adhesions?",
        "past_event", "severe_abdominal_pain",
    ),
    (
        "Hello,\n\nI'm 39. In my first pregnancy in 2021 I had a placental abruption at 35 weeks — sudden pain and "
        "heavy bleeding, an emergency C-section under general anaesthetic. My daughter is fine. I'm now 9 weeks "
        "pregnant again and everything's fine so far, no bleeding or pain. What is my risk of it happening again, and "
        "will they monitor me more closely?",
        "past_event", "pregnancy_bleeding_or_pain",
    ),
    (
        "Just wanted to ask something that's been bothering me. Three months ago I passed out in the shower — I "
        "was out for maybe 30 seconds, my husband found me. I'd been fasting for a blood test and it was very hot. "
        "The GP did an ECG and bloods which were fine. Nothing since. Do I need any more tests? I'm 52.",
        "past_event", "unconscious_unresponsive",
    ),
    (
        "My husband tried to take his own life in 2017. He was in hospital and then had years of therapy and is "
        "doing really well now, back at work. He's 48. His GP has suggested he try coming off his antidepressant. "
        "I'm terrified. What signs of relapse should I look out for?",
        "past_event", "suicidal_intent",
    ),
    (
        "I had meningitis (bacterial) when I was 12 — I was in intensive care with the rash and everything. I'm 31 "
        "now and I'm deaf in one ear from it. My partner and I are having a baby. Is there anything genetic about it or "
        "any extra vaccines the baby should have?",
        "past_event", "meningitis_signs",
    ),
    (
        "Had a massive nosebleed two weeks ago that needed packing in A&E — it went on for over an hour. Since then "
        "nothing. I'm 64 and I'm on aspirin. Should I get my nose cauterised to stop it happening again?",
        "past_event", "severe_bleeding",
    ),
]
