# Writer 62 - hard non-emergency items, part C: negated, figure_of_speech
# Each item: (text, kind, family)

ITEMS = [
    # negated
    (
        "Slight twinge in the left side of my chest when I press on a spot between my ribs, after moving furniture at work. "
        "No breathlessness, no sweating, no pain going anywhere, not on exertion. I'm 30. Muscle?",
        "negated", "heart_attack",
    ),
    (
        "I've had a tingly feeling in my lip after the dentist. No face droop, speech is normal, arms are both strong. "
        "Just the numbness from the injection lasting longer?",
        "negated", "stroke",
    ),
    (
        "I get down sometimes after a rough week at the warehouse but I want to be clear - I've never had any thoughts of "
        "ending my life or hurting myself. Is it still worth seeing the GP about low mood?",
        "negated", "suicidal_intent",
    ),
    (
        "Ate prawns at lunch and got a few itchy bumps on my arm. No lip or tongue swelling, breathing completely fine, "
        "no dizziness. It's been 2 hours. Just take a Piriton?",
        "negated", "anaphylaxis",
    ),
    (
        "My 4 month old has a temp of 37.9 after her jabs today. She's feeding well, alert, no rash, normal nappies. The "
        "leaflet said a mild fever is expected. Is calpol ok?",
        "negated", "febrile_infant",
    ),
    (
        "Bumped my head on the van door. No loss of consciousness, no vomiting, no confusion, just a lump. I'm 35 and not on "
        "blood thinners. Ice and paracetamol?",
        "negated", "head_injury",
    ),
    (
        "Period is 5 days late and I've got some mild cramps, but the pregnancy test is negative twice and there's no "
        "one-sided pain or dizziness. Should I just wait?",
        "negated", "ectopic_pregnancy",
    ),
    (
        "Low back pain from lifting at work 3 days ago. No numbness between my legs, peeing and pooing normally, legs are "
        "strong. Painkillers helping a bit. How long should I rest?",
        "negated", "cauda_equina",
    ),
    (
        "Toddler had a couple of loose poos today. Still drinking loads, wet nappies, tears when she cries, running around "
        "like normal. Do I need to do anything?",
        "negated", "severe_dehydration_child",
    ),
    (
        "My calf has been achy after a long shift on my feet. It's not swollen, not red, not hot, and I'm not short of breath "
        "at all. Is it just muscle fatigue?",
        "negated", "blood_clot_PE",
    ),
    (
        "Bad headache with a cold, feverish. Neck moves fine, no rash, light doesn't bother me. Is it just sinusitis? "
        "I'm a student nurse and we had a lecture on meningitis so I'm paranoid.",
        "negated", "meningitis_signs",
    ),
    (
        "Had one little spot of pink when I wiped, I'm 11 weeks pregnant. No cramping, no more blood since this morning. "
        "Could it be from the smear I had yesterday?",
        "negated", "pregnancy_bleeding_or_pain",
    ),
    (
        "Splashed a bit of hot gravy on my wrist at work, it went red but no blisters, about the size of a coin. Ran it "
        "under cold water for 20 minutes. Anything else?",
        "negated", "severe_burn",
    ),
    (
        "Blood sugar was 14 after a big birthday meal, I'm type 2 on metformin. No vomiting, not drowsy, not thirsty, "
        "ketones not tested as I'm not on insulin. Is one high reading a problem?",
        "negated", "diabetic_emergency",
    ),
    (
        "Mild ache in my right testicle after a long cycle on my delivery shift. No swelling, no sudden pain, no vomiting, "
        "both look the same. Saddle issue?",
        "negated", "testicular_torsion",
    ),
    (
        "Got a cough and a bit of green phlegm, temp 37.6. Not short of breath, heart rate normal, thinking clearly, "
        "peeing normally. I'm a carer so I worry about sepsis. Just a chest cold?",
        "negated", "sepsis_signs",
    ),
    (
        "Tummy ache after a takeaway, crampy, comes and goes. Not severe, no fever, no blood, belly is soft. I can still walk "
        "about fine. Food poisoning?",
        "negated", "severe_abdominal_pain",
    ),
    (
        "I had a coughing fit on a crumb at lunch but it cleared in a few seconds, I can breathe and talk normally and "
        "swallow fine. My throat is a bit scratchy now. Is that normal?",
        "negated", "choking",
    ),
    (
        "I've got a small floater in one eye that I've had for years, no flashes, no curtain, vision otherwise perfect. "
        "Does it need checking at all?",
        "negated", "vision_loss_sudden",
    ),
    (
        "Felt a bit lightheaded when I stood up quickly at work but I didn't pass out and was fine after sitting for a "
        "minute. No chest pain or palpitations. Should I be concerned?",
        "negated", "unconscious_unresponsive",
    ),
    (
        "Cut my finger slicing onions at the restaurant, small nick, bleeding stopped after 2 minutes of pressure. Not "
        "deep. Plaster enough?",
        "negated", "severe_bleeding",
    ),
    (
        "My daughter accidentally took her morning vitamin twice, that's all. Not any of my medicines, I checked - "
        "all locked away. She's 6. Is a double dose of kids multivitamin harmful?",
        "negated", "overdose_poisoning",
    ),
    (
        "Mild wheeze with my cold, but I can talk in full sentences, my peak flow is 90% of my best, and the blue inhaler "
        "works. I'm a teacher. Do I need steroids?",
        "negated", "breathing_difficulty",
    ),
    # figure_of_speech
    (
        "My boss nearly gave me a heart attack today when he said we're all getting a pay rise lol. Anyway actual question: "
        "is it normal to get heartburn after coffee on an empty stomach?",
        "figure_of_speech", "heart_attack",
    ),
    (
        "This rota is killing me, honestly I could die of tiredness. 6 nights in a row. What's the best way to switch my "
        "sleep back to days?",
        "figure_of_speech", "suicidal_intent",
    ),
    (
        "When I saw the gas bill I nearly had a stroke. Separate question - is it safe to take ibuprofen with my "
        "blood pressure tablets?",
        "figure_of_speech", "stroke",
    ),
    (
        "I'm drowning in paperwork at the school, can barely breathe with all the marking. Anyway, can stress cause a rash "
        "on my neck?",
        "figure_of_speech", "breathing_difficulty",
    ),
    (
        "My manager had a meltdown and was literally bleeding us dry with overtime this month. Question about my nosebleeds: "
        "are two a week in winter normal for a 40 year old?",
        "figure_of_speech", "severe_bleeding",
    ),
    (
        "I choked in my interview today, totally froze. Got the job anyway haha. Is beta blocker ok to take for nerves "
        "for the first week?",
        "figure_of_speech", "choking",
    ),
    (
        "Been burnt out for months at the care home, like I'm on fire and not in a good way. Could low iron be making the "
        "tiredness worse?",
        "figure_of_speech", "severe_burn",
    ),
    (
        "The new supervisor is a real pain in the neck and my actual neck is stiff too from the forklift seat. Any "
        "stretches I can do?",
        "figure_of_speech", "meningitis_signs",
    ),
    (
        "I passed out on the sofa after a 14 hour shift, slept 11 hours straight. Is it bad to sleep that long after nights?",
        "figure_of_speech", "unconscious_unresponsive",
    ),
    (
        "My head is exploding with all this revision, teaching and exams. Are tension headaches every afternoon normal?",
        "figure_of_speech", "head_injury",
    ),
    (
        "OD'd on chocolate at the staff party lol, my stomach hates me. How long does a sugar crash last?",
        "figure_of_speech", "overdose_poisoning",
    ),
    (
        "I'd rather kill myself than do another stocktake haha. Real question, I keep getting mouth ulcers when I'm "
        "stressed, B12?",
        "figure_of_speech", "suicidal_intent",
    ),
    (
        "My feet are on fire after 12 hours on the shop floor, burning soles at night. Could that be nerve damage?",
        "figure_of_speech", "severe_burn",
    ),
    (
        "I blacked out on the name of my own manager at the meeting, total blank. I'm 45, is forgetting names normal "
        "or early dementia?",
        "figure_of_speech", "unconscious_unresponsive",
    ),
    (
        "My heart stopped when I saw the scan photo - we're having twins! What extra checks do twin pregnancies get?",
        "figure_of_speech", "heart_attack",
    ),
    (
        "The kids at school have been giving me a fit this week, I'm shaking with rage lol. Is it normal for my eye to "
        "twitch when stressed?",
        "figure_of_speech", "seizure",
    ),
    (
        "Having a blind panic about my driving test next week. Any natural remedies for test anxiety?",
        "figure_of_speech", "vision_loss_sudden",
    ),
    (
        "I'm absolutely dying for a cigarette on my shifts since quitting. Are nicotine patches safe if I'm on "
        "sertraline?",
        "figure_of_speech", "suicidal_intent",
    ),
    (
        "My ex ripped my heart out and the pain is physical, I swear. Can heartbreak actually affect your body?",
        "figure_of_speech", "chest_pain_other",
    ),
    (
        "Sugar rush from the vending machine then total crash at 3pm every day on the line. Could that be a blood sugar issue "
        "or just bad diet? Not diabetic.",
        "figure_of_speech", "diabetic_emergency",
    ),
    (
        "The lads at work say I'll have a baby any minute with this beer belly lol. Seriously though, how do I lose belly fat "
        "at 45?",
        "figure_of_speech", "pregnancy_bleeding_or_pain",
    ),
    (
        "I cut myself off from everyone after the divorce, that's my issue. I'm not sleeping. Should I try melatonin or go "
        "to the GP?",
        "figure_of_speech", "self_harm",
    ),
    (
        "Bit my head off, my manager did, and I've had a headache since, probably stress. Can paracetamol and ibuprofen be "
        "taken together?",
        "figure_of_speech", "head_injury",
    ),
]
