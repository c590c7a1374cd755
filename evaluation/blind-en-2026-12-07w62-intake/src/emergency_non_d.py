# Writer 62 - hard non-emergency items, part D: medicine_question, chronic_stable
# Each item: (text, kind, family)

ITEMS = [
    # medicine_question
    (
        "I was prescribed GTN spray for angina. Can I use it before I start a delivery round as prevention, or only when the "
        "chest pain comes? Do I need to sit down when I use it?",
        "medicine_question", "heart_attack",
    ),
    (
        "My EpiPen expired last month. Is it still ok to carry until my new prescription comes, or is it useless? I work "
        "in a bakery and have a nut allergy.",
        "medicine_question", "anaphylaxis",
    ),
    (
        "On clopidogrel after a TIA. Dentist wants to take a tooth out next week. Should I stop it before, or is the "
        "bleeding manageable?",
        "medicine_question", "stroke",
    ),
    (
        "Levetiracetam for my epilepsy is making me really irritable and snappy at work. Is there another seizure tablet "
        "that doesn't affect mood?",
        "medicine_question", "seizure",
    ),
    (
        "Started sertraline 2 weeks ago and the leaflet says it can increase suicidal thoughts in young people. I'm 23. "
        "I feel ok, just a bit jittery. What should I watch for?",
        "medicine_question", "suicidal_intent",
    ),
    (
        "Can I take ibuprofen with my apixaban? I've got a bad back from work and paracetamol isn't touching it. I'm on "
        "it for a clot in my lung last year.",
        "medicine_question", "blood_clot_PE",
    ),
    (
        "My insulin pen fell in the van and I left it in the sun all afternoon. Is the insulin still good or should I throw "
        "it away? Sugars fine right now.",
        "medicine_question", "diabetic_emergency",
    ),
    (
        "How many Nytol can I safely take with a glass of wine after a night shift? Currently take one.",
        "medicine_question", "overdose_poisoning",
    ),
    (
        "My son's buccal midazolam for seizures - can the school keep it in the staff room fridge or does it need to be "
        "with him? He's 8.",
        "medicine_question", "seizure",
    ),
    (
        "Is it ok to take naproxen with my blood pressure tablets? I've got period pain that's bad enough to miss work.",
        "medicine_question", "severe_abdominal_pain",
    ),
    (
        "The doctor gave me methotrexate for psoriasis. What happens if I get pregnant on it? I'm not pregnant, just "
        "want to know about contraception.",
        "medicine_question", "pregnancy_bleeding_or_pain",
    ),
    (
        "I have a salbutamol inhaler and a brown one (Clenil). Which one is for an asthma attack? My old one ran out and "
        "they changed the colours.",
        "medicine_question", "breathing_difficulty",
    ),
    (
        "Prescribed naloxone kit from the drug service for my brother who uses heroin. How do I use it and does it expire?",
        "medicine_question", "overdose_poisoning",
    ),
    (
        "Is Flamazine cream ok to use on a healed burn scar or only on fresh burns? Got a scar from the fryer last year.",
        "medicine_question", "severe_burn",
    ),
    (
        "On warfarin and my INR was 3.8 yesterday, target 2-3. The clinic told me to miss tomorrow's dose. Should I also "
        "avoid anything in my diet?",
        "medicine_question", "severe_bleeding",
    ),
    (
        "My mum's care home gives her lorazepam at night and she's very drowsy in the mornings. Can we ask for the dose to "
        "be reduced? She's 87.",
        "medicine_question", "unconscious_unresponsive",
    ),
    (
        "Can I take Dioralyte myself as an adult with a stomach bug, or is it just for kids? Also how many sachets a day?",
        "medicine_question", "severe_dehydration_child",
    ),
    (
        "Baby is due next month. The Calpol box says from 2 months, but the midwife said we'd give it after the 8 week "
        "jabs anyway. If a newborn gets a temperature before then, is paracetamol ever used, or is that a straight to "
        "hospital thing?",
        "medicine_question", "febrile_infant",
    ),
    (
        "Glucagon kit - does my wife need training to use it if I have a bad hypo at home? I'm a type 1 postman.",
        "medicine_question", "diabetic_emergency",
    ),
    (
        "Got prescribed rifampicin as a contact of someone with meningitis at work. It turned my pee orange! Normal? "
        "Also does it stop my pill working?",
        "medicine_question", "meningitis_signs",
    ),
    (
        "Is it ok to drink alcohol on co-amoxiclav? I've got a kidney infection and my staff night out is on Saturday.",
        "medicine_question", "sepsis_signs",
    ),
    (
        "My antidepressant amitriptyline - my GP only gives me 2 weeks at a time. I'm not at risk, why would they do that? "
        "It's annoying with my shifts.",
        "medicine_question", "suicidal_intent",
    ),
    (
        "Can you take the morning after pill if you might have an ectopic risk? I had one years ago. Condom split last night.",
        "medicine_question", "ectopic_pregnancy",
    ),
    # chronic_stable
    (
        "I have stable angina for 5 years, I get the usual chest tightness on steep hills that goes with rest or a puff of "
        "GTN, same as always. I'm a postman and want to keep working until retirement. Any tips?",
        "chronic_stable", "heart_attack",
    ),
    (
        "Epileptic for 20 years, I have a small seizure about once a month, always the same, and they're logged with my "
        "neurologist. Had one last night, I'm fine. Should I go into work at the shop today?",
        "chronic_stable", "seizure",
    ),
    (
        "I have COPD and I'm always a bit breathless on stairs, no change for the last year, sats usually 93%. Is pulmonary "
        "rehab worth doing while still working part time?",
        "chronic_stable", "breathing_difficulty",
    ),
    (
        "I've lived with chronic suicidal thoughts for years, passive ones, I'm under the community mental health team and "
        "it's the same as it always is, no plans. I'd like advice on coping at work when they flare.",
        "chronic_stable", "suicidal_intent",
    ),
    (
        "Type 1 diabetic, 15 years. My hypos are usually mild and I catch them at 3.5 with jelly babies. Getting about 2 a "
        "week on my night shifts. Should I adjust my basal?",
        "chronic_stable", "diabetic_emergency",
    ),
    (
        "I've had chronic pancreatitis for years from drinking (sober 3 years now). Pain is the usual dull ache, managed "
        "with Creon and paracetamol. Can I do a warehouse job with heavy lifting?",
        "chronic_stable", "severe_abdominal_pain",
    ),
    (
        "I've had nosebleeds from HHT (hereditary) my whole life, a few a week, same as ever. My work's new health and "
        "safety officer is worried. How do I explain it?",
        "chronic_stable", "severe_bleeding",
    ),
    (
        "Chronic back pain with sciatica for 10 years, numb patch on the outside of my foot that hasn't changed. No bladder "
        "problems. Is it ok to keep driving a forklift?",
        "chronic_stable", "cauda_equina",
    ),
    (
        "I have recurrent pericarditis and get the same sharp chest pain when I lie flat during flares, my cardiologist knows. "
        "It's mild this week, like the usual. Colchicine again?",
        "chronic_stable", "chest_pain_other",
    ),
    (
        "I'm blind in my left eye since a retinal detachment in 2016, vision in my right is stable and checked yearly. "
        "Can I still work as a bus driver? I think not?",
        "chronic_stable", "vision_loss_sudden",
    ),
    (
        "Been self harming on and off (scratching, not deep) for years, currently doing DBT. It's at a low level, about once "
        "a month. How do I keep it from affecting my nursing placement?",
        "chronic_stable", "self_harm",
    ),
    (
        "I have brittle asthma, on biologics, stable at the moment. The factory wants to move me to the paint shop. Should "
        "I refuse?",
        "chronic_stable", "breathing_difficulty",
    ),
    (
        "Factor V Leiden, on lifelong anticoagulation after 2 clots. Stable for 4 years. Can I do a long haul flight to "
        "Singapore for work?",
        "chronic_stable", "blood_clot_PE",
    ),
    (
        "I've had a stroke 5 years ago and still have a weak right hand, stable since. My handwriting is bad. Can I get "
        "adaptations at work as a clerk?",
        "chronic_stable", "stroke",
    ),
    (
        "My heart failure is stable on entresto, bisoprolol and spironolactone, ejection fraction 35%. Can I do light "
        "work at the garden centre?",
        "chronic_stable", "heart_attack",
    ),
    (
        "I've had myasthenia gravis for years, sometimes my swallowing gets a bit tired late in the day, always the same, "
        "neurologist aware. Soft food helps. Any other tips for work lunches?",
        "chronic_stable", "choking",
    ),
    (
        "Recurrent UTIs, about 4 a year, always the same burning, no fever, I have a standby antibiotic from my GP. Just "
        "started another. Do I need a urine sample this time?",
        "chronic_stable", "sepsis_signs",
    ),
    (
        "Crohn's for 12 years, the usual cramps after meals this week, no worse than normal flares, no fever, no blood. "
        "Shall I contact my IBD nurse or wait?",
        "chronic_stable", "severe_abdominal_pain",
    ),
    (
        "Long-term migraine with aura, same visual zigzags I always get, lasting 20 minutes, then a headache. Had one at "
        "work today. Is it ok to drive home after it passes?",
        "chronic_stable", "vision_loss_sudden",
    ),
    (
        "I have an implanted defibrillator for a heart condition, no shocks for 3 years. Is it safe to work near the big "
        "magnets in the scrapyard?",
        "chronic_stable", "heart_attack",
    ),
    (
        "Non-epileptic attacks (functional seizures) diagnosed 2 years ago, I have one every few weeks, stable. My school "
        "wants a care plan. What should it say?",
        "chronic_stable", "seizure",
    ),
    (
        "Chronic hives for 2 years, welts most days, it's my normal, antihistamines keep it manageable. Never any lip "
        "swelling or breathing trouble. Can the heat in the kitchen I work in make it worse?",
        "chronic_stable", "anaphylaxis",
    ),
]
