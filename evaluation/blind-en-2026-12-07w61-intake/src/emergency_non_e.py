# Writer 61 - emergency items, non-emergencies, file e: mild_symptom (alarming words, mild situation).

ITEMS = [
    (
        "OMG my kid's nose is BLEEDING everywhere!!! ok it stopped after 5 min of pinching. he's 6, picks it. does he "
        "need his nose cauterized?",
        "mild_symptom", "severe_bleeding",
    ),
    (
        "Terrifying moment: my baby (9 months) gagged on a puffed snack, coughed hard, turned red, then spit it out and "
        "went back to playing. Is gagging normal when starting solids?",
        "mild_symptom", "choking",
    ),
    (
        "Chest pain!! Well, more like a sore spot on my ribs since I started doing pushups. Hurts when I press it. "
        "23M. Muscle?",
        "mild_symptom", "chest_pain_other",
    ),
    (
        "I burned my tongue on hot pizza and now it's numb and has little bumps. Will my taste come back?",
        "mild_symptom", "severe_burn",
    ),
    (
        "Panic - my 5 yr old hit his head on the coffee table, cried right away, now has a bump and is watching "
        "cartoons and eating crackers, acting totally normal. Just watch him?",
        "mild_symptom", "head_injury",
    ),
    (
        "My toddler ate a small piece of a crayon. Is crayon poisonous? He seems fine.",
        "mild_symptom", "overdose_poisoning",
    ),
    (
        "Stung by a wasp on my finger, it's swollen and red just around the sting, itchy. No other symptoms. Ice and "
        "Benadryl?",
        "mild_symptom", "anaphylaxis",
    ),
    (
        "A few drops of blood in my spit when I brushed my teeth this morning. Scared it's something bad. 30F.",
        "mild_symptom", "severe_bleeding",
    ),
    (
        "Heart skipped a beat a couple of times today after my third coffee. Feel fine otherwise. Cut back?",
        "mild_symptom", "heart_attack",
    ),
    (
        "Little bit of spotting after sex, I'm 14 weeks pregnant. Just pink on the tissue once. No pain. Cervix "
        "irritation?",
        "mild_symptom", "pregnancy_bleeding_or_pain",
    ),
    (
        "My daughter (11) had a sore throat and a low fever of 37.9, and she said her neck hurts on the side where her "
        "glands are swollen. She can move it fine. Strep?",
        "mild_symptom", "meningitis_signs",
    ),
    (
        "Suddenly my left arm went numb this morning! ...then I realized I'd slept on it. It came back in a minute. "
        "Anything to worry?",
        "mild_symptom", "stroke",
    ),
    (
        "I'm wheezing a tiny bit with a cold, no trouble talking or walking. Had a bit of asthma as a kid. Should I "
        "get an inhaler?",
        "mild_symptom", "breathing_difficulty",
    ),
    (
        "My sugar dropped to 68 before lunch, I felt a bit shaky, ate an apple, now 110. Not diabetic, just skipped "
        "breakfast. Normal?",
        "mild_symptom", "diabetic_emergency",
    ),
    (
        "Toddler (2) has had 2 loose diapers today, drinking milk and water fine, wet diapers normal, happy. Any "
        "food to avoid?",
        "mild_symptom", "severe_dehydration_child",
    ),
    (
        "Scary big floater in my right eye today, just one, like a little hair, no flashes, no shadow. It moves when I "
        "look around. Has been there for a while maybe?",
        "mild_symptom", "vision_loss_sudden",
    ),
    (
        "Felt faint for a second getting out of the hot tub, sat down, fine immediately. Just the heat?",
        "mild_symptom", "unconscious_unresponsive",
    ),
    (
        "My 3 month old has a temp of 37.8 after her shots today, she's feeding and smiling. Normal reaction?",
        "mild_symptom", "febrile_infant",
    ),
    (
        "Belly ache and loose stool after some questionable gas station sushi, mild, 3/10, no fever. Hydrate and wait?",
        "mild_symptom", "severe_abdominal_pain",
    ),
    (
        "One testicle hangs lower than the other, always has, no pain. Just noticed it in the mirror and googled "
        "torsion and now I'm freaking out. 18M.",
        "mild_symptom", "testicular_torsion",
    ),
    (
        "Small red line on my calf after a scratch from a rose bush, not spreading, no fever. Blood poisoning?",
        "mild_symptom", "sepsis_signs",
    ),
    (
        "My leg is a bit swollen at the ankle after a long day at the store, both ankles, goes down overnight. "
        "Blood clot?",
        "mild_symptom", "blood_clot_PE",
    ),
    (
        "Bit of tingling in my butt cheek when I sit on hard chairs for long. Pee and poop normal. Is this the "
        "saddle numbness thing I read about?",
        "mild_symptom", "cauda_equina",
    ),
    (
        "My leg twitched like a jolt as I was falling asleep and woke me up. Was that a seizure?",
        "mild_symptom", "seizure",
    ),
    (
        "Cramps on my left side, early period maybe? Pregnancy test negative yesterday. Is ectopic possible with "
        "a negative test? Pain is mild, I'm at work.",
        "mild_symptom", "ectopic_pregnancy",
    ),
    (
        "I scratched my arm with my nails when I was really stressed yesterday, just red lines, no broken skin. I "
        "don't want to do it again. Tips to stop?",
        "mild_symptom", "self_harm",
    ),
    (
        "Sudden sharp pain in my chest!! Lasted 2 seconds when I stretched. Gone now. 17F. Do I need an ECG?",
        "mild_symptom", "chest_pain_other",
    ),
    (
        "Burned my forearm on the oven rack, red line about 3 inches, one tiny blister. Do I pop it?",
        "mild_symptom", "severe_burn",
    ),
    (
        "Got a whiff of bleach fumes cleaning the shower, coughed a couple times, fine now after fresh air. Any lung "
        "damage?",
        "mild_symptom", "overdose_poisoning",
    ),
    (
        "My grandma's lip swelled a little after eating strawberries, no breathing problems, no hives, went down in an "
        "hour. Allergic?",
        "mild_symptom", "anaphylaxis",
    ),
]
