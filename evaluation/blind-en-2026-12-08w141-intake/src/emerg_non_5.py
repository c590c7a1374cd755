# Hard non-emergencies, part 5: mild_symptom. Written by hand, writer 141.
# (text, kind, family)

ITEMS = [
    (
        "I get a fluttery feeling in my chest for a second or two sometimes when I'm lying in bed, it's happened maybe five times this week, I feel fine otherwise I drink a lot of coffee",
        "mild_symptom", "heart_attack",
    ),
    (
        "My left eyelid has been twitching for three days, it's driving me mad. Nothing else wrong. Is that a neurological thing?",
        "mild_symptom", "stroke",
    ),
    (
        "slightly out of breath going up the stairs since I had covid a month ago I'm fine at rest and it's getting better each week is that normal",
        "mild_symptom", "breathing_difficulty",
    ),
    (
        "I get an itchy mouth when I eat raw apples, just tingles for a few minutes and goes away. Never anything more than that. Is it an allergy?",
        "mild_symptom", "anaphylaxis",
    ),
    (
        "my gums bleed a little bit when I floss, just pink in the spit, it's been a couple of weeks since I started flossing again",
        "mild_symptom", "severe_bleeding",
    ),
    (
        "Paper cut on my finger bled more than I expected, it's stopped now with a plaster. Should I be worried I bleed easily? I'm not on any medication.",
        "mild_symptom", "severe_bleeding",
    ),
    (
        "I had my bloods taken yesterday and the bruise on my arm is massive and purple but it doesn't hurt much is that normal I'm on no blood thinners",
        "mild_symptom", "blood_clot_PE",
    ),
    (
        "My 10 year old accidentally swallowed a bit of toothpaste while brushing, he's fine, just a small amount. Is fluoride toothpaste harmful if swallowed?",
        "mild_symptom", "overdose_poisoning",
    ),
    (
        "sometimes when I'm really tired my hand gives a little jump when I'm falling asleep and it wakes me is that a mini seizure",
        "mild_symptom", "seizure",
    ),
    (
        "I get a bit woozy if I stand up too fast out of a hot bath, it passes in seconds. I'm 24 and healthy. Low blood pressure?",
        "mild_symptom", "unconscious_unresponsive",
    ),
    (
        "banged my head on the kitchen cupboard door this morning it's a bit tender to touch but I feel completely normal no headache just a tiny bump",
        "mild_symptom", "head_injury",
    ),
    (
        "My 6 month old has a temperature of 37.8 after her jabs this morning, she's a bit grizzly but feeding fine and smiling. Should I give paracetamol?",
        "mild_symptom", "febrile_infant",
    ),
    (
        "got a bit of a stiff neck from sleeping funny on a hotel pillow, I can move it, just sore turning left, no fever at all, do I need a physio",
        "mild_symptom", "meningitis_signs",
    ),
    (
        "Mild stomach ache on and off for two days after a change in my diet, I've gone vegetarian and I'm eating a lot of beans. Bloating mainly. Normal?",
        "mild_symptom", "severe_abdominal_pain",
    ),
    (
        "I'm eight weeks pregnant and I've got some mild cramping like a period coming but no bleeding the early scan last week showed the baby in the right place is that just stretching",
        "mild_symptom", "pregnancy_bleeding_or_pain",
    ),
    (
        "felt a bit shaky and hungry before lunch today I'm not diabetic it went away when I ate a sandwich should I get my sugar checked",
        "mild_symptom", "diabetic_emergency",
    ),
    (
        "I've got a small spot on my leg that's a bit red and tender, like a pimple, no fever and it's not spreading. Warm compress?",
        "mild_symptom", "sepsis_signs",
    ),
    (
        "Got a bit of sunburn on my shoulders at the beach yesterday, pink and tender, no blisters. What's best to put on it?",
        "mild_symptom", "severe_burn",
    ),
    (
        "my baby gags a lot when we try lumpy food at seven months she coughs it up herself and is fine is that normal or is she not ready",
        "mild_symptom", "choking",
    ),
    (
        "A bit of an ache in my scrotum after a long bike ride, both sides, went away overnight. Should I get a different saddle?",
        "mild_symptom", "testicular_torsion",
    ),
    (
        "my period's five days late and I've had a few twinges low down in my tummy both sides test was negative this morning could I still be pregnant",
        "mild_symptom", "ectopic_pregnancy",
    ),
    (
        "my toddler's pee is a bit darker than usual today, it was hot and he's been running around at the park, he's drinking now and seems perfectly happy",
        "mild_symptom", "severe_dehydration_child",
    ),
    (
        "I have a sore spot on my chest when I press on it, after moving furniture at the weekend. Breathing is fine. Just a pulled muscle?",
        "mild_symptom", "chest_pain_other",
    ),
    (
        "a few new floaters in my eyes over the last year, the little squiggly ones, mostly when I look at the sky, no flashes, vision is fine. I'm 50.",
        "mild_symptom", "vision_loss_sudden",
    ),
    (
        "my back's a bit stiff in the mornings after I started a new job sitting at a desk, it loosens up after a walk, I'm thirty, otherwise fine",
        "mild_symptom", "cauda_equina",
    ),
    (
        "I've been a little flat this week, a bit teary after a rough breakup, but I'm still going to work and seeing friends. When should low mood be checked by a doctor?",
        "mild_symptom", "suicidal_intent",
    ),
]
