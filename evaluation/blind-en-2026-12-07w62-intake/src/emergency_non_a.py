# Writer 62 - hard non-emergency items, part A: past_event, examined_or_treated
# Each item: (text, kind, family)

ITEMS = [
    # past_event
    (
        "Three years ago I had a heart attack at work, right on the factory floor, they put 2 stents in. I'm fine now and "
        "back on full duties. Can I go back to doing night shifts or is that too much strain on the heart?",
        "past_event", "heart_attack",
    ),
    (
        "Back in 2019 I collapsed at the bus depot with a seizure, first and only one. They never found a cause. I've been "
        "fit free since. When can I apply for my bus licence back?",
        "past_event", "seizure",
    ),
    (
        "When I was 17 I took an overdose of paracetamol. I'm 34 now and doing well, a nurse actually. Does that old "
        "overdose mean my liver is damaged forever? My LFTs have always been normal.",
        "past_event", "overdose_poisoning",
    ),
    (
        "Last summer a wasp sting made my throat swell and I ended up in resus with adrenaline. I'm a gardener. This year, "
        "should I be doing desensitisation? I do carry 2 EpiPens.",
        "past_event", "anaphylaxis",
    ),
    (
        "Years ago (about 2015) I had really bad suicidal thoughts and a plan, and I was admitted. I'm in a good place now. "
        "Do I have to declare that on my application to join the police?",
        "past_event", "suicidal_intent",
    ),
    (
        "My son choked on a sweet at his 4th birthday party last month, my husband did back blows and it came out, he was "
        "fine straight after and has been totally normal since. Should I be worried about anything left in his lungs?",
        "past_event", "choking",
    ),
    (
        "I used to self harm as a teenager and I have lots of white scars on my forearms. I'm starting a job as a "
        "healthcare assistant with short sleeves. Is there any treatment to fade them?",
        "past_event", "self_harm",
    ),
    (
        "I had a stroke 18 months ago, left side weakness that mostly recovered. I'm a driving instructor. What's the rule "
        "about getting back behind the wheel with a learner?",
        "past_event", "stroke",
    ),
    (
        "At Christmas I cut my hand badly on a broken glass, blood everywhere, needed 8 stitches. It's healed but my ring "
        "finger doesn't bend fully. Tendon damage?",
        "past_event", "severe_bleeding",
    ),
    (
        "I fainted and hit my head on the kitchen counter at work six weeks ago, I was knocked out for a few seconds and had "
        "a CT that was clear. Still getting headaches when I look at screens. Is that post-concussion?",
        "past_event", "head_injury",
    ),
    (
        "Had an ectopic pregnancy in March, they removed my left tube. We want to try again. What are my chances of it "
        "happening again?",
        "past_event", "ectopic_pregnancy",
    ),
    (
        "My daughter had meningitis as a baby 6 years ago, was in intensive care for a week. She's 7 now and doing well "
        "at school. Should she have a hearing check every year?",
        "past_event", "meningitis_signs",
    ),
    (
        "I got burnt by steam at the restaurant last year, second degree on my forearm, now it's healed but the scar is "
        "tight and itchy. Silicone gel worth it?",
        "past_event", "severe_burn",
    ),
    (
        "A pulmonary embolism was found 2 years ago after a long haul flight, I was on rivaroxaban for 6 months and stopped. "
        "I'm flying to Australia for work next month. Do I need to take anything?",
        "past_event", "blood_clot_PE",
    ),
    (
        "Years ago my mate collapsed and stopped breathing at a party, I did CPR till the ambulance came and he survived. "
        "Ever since, I get flashbacks. Is this PTSD? It was 2017.",
        "past_event", "unconscious_unresponsive",
    ),
    (
        "Had a DKA admission when I was first diagnosed type 1 at 12. I'm 25 now and about to start a job with 12 hour "
        "shifts in a warehouse. Tips for keeping sugars steady on shift?",
        "past_event", "diabetic_emergency",
    ),
    (
        "In 2022 I had sepsis from a kidney infection and spent 10 days in ICU. Since then I get tired much quicker at work. "
        "Is post-sepsis syndrome a thing?",
        "past_event", "sepsis_signs",
    ),
    (
        "I had testicular torsion at 14 and they fixed both sides. I'm 29 now and we've been trying for a baby for a year. "
        "Could the old surgery affect fertility?",
        "past_event", "testicular_torsion",
    ),
    (
        "Last Tuesday I had the worst stomach pain of my life for about an hour, doubled over, then it just went. Nothing "
        "since, eating fine, no fever. I'm a cook. What could it have been and should I get a scan?",
        "past_event", "severe_abdominal_pain",
    ),
    (
        "Lost the vision in my right eye for about 5 minutes last month, like a curtain, then it came back completely. I'm "
        "68. I never told anyone. Should I mention it to my GP?",
        "past_event", "vision_loss_sudden",
    ),
    (
        "My 2 year old got really dehydrated with a tummy bug in the spring and had to have a drip. She's fine now. How "
        "can I tell earlier next time if it's getting bad?",
        "past_event", "severe_dehydration_child",
    ),
    (
        "I had an asthma attack at work in January that landed me in hospital overnight on a nebuliser. Work have asked for "
        "a return to work plan for my cleaning role with chemicals. What should I ask for?",
        "past_event", "breathing_difficulty",
    ),
    (
        "Had a miscarriage with heavy bleeding at 10 weeks in April, needed a D&C. Now pregnant again, 7 weeks, no bleeding "
        "or pain. Can I ask for an early scan for reassurance?",
        "past_event", "pregnancy_bleeding_or_pain",
    ),
    (
        "I had cauda equina surgery 2 years ago after a disc burst at work (lifting a patient). Bladder mostly ok, but sex "
        "isn't the same. Is there anything that can help?",
        "past_event", "cauda_equina",
    ),
    # examined_or_treated
    (
        "Had crushing chest pain at work yesterday and went to A&E, they did troponins twice, ECG, and said it wasn't a heart "
        "attack, probably costochondritis. It still twinges. Is it ok to go back to lifting tomorrow?",
        "examined_or_treated", "heart_attack",
    ),
    (
        "Was seen at the stroke unit this morning for face numbness, they did a CT and MRI and said it's Bell's palsy not a "
        "stroke, gave me prednisolone. How long till my face moves again? I'm a receptionist so it's awkward.",
        "examined_or_treated", "stroke",
    ),
    (
        "My son had a seizure with a high fever last night, the ambulance took him in, they said febrile convulsion and sent "
        "us home after 6 hours. He's playing happily now. Will it happen again?",
        "examined_or_treated", "seizure",
    ),
    (
        "I got hit on the head by a falling pipe at work this morning, wearing a hard hat. The site medic checked me, then "
        "I went to minor injuries who did the checks and said no CT needed. Mild headache. Can I take ibuprofen?",
        "examined_or_treated", "head_injury",
    ),
    (
        "Took my 6 week old to A&E with a temperature of 38 this afternoon, they did bloods, urine, and a lumbar puncture, "
        "all clear so far, she's on IV antibiotics on the ward while we wait for cultures. How long usually?",
        "examined_or_treated", "febrile_infant",
    ),
    (
        "Was in A&E last night with a suspected ectopic - they scanned me and found the pregnancy is in the womb, just very "
        "early. My hCG is being repeated in 48 hours. Is it normal to still have mild cramps?",
        "examined_or_treated", "ectopic_pregnancy",
    ),
    (
        "Went to hospital with testicle pain last night, they did an ultrasound with doppler, blood flow is fine, no "
        "torsion, they said epididymitis and gave me antibiotics. How long before the ache goes?",
        "examined_or_treated", "testicular_torsion",
    ),
    (
        "The crisis team came out to see me yesterday after I told my manager I wanted to end it. They've made a safety "
        "plan and I'm seeing them again tomorrow. I'm safe tonight. Is it normal to feel so numb?",
        "examined_or_treated", "suicidal_intent",
    ),
    (
        "Paramedics came to the warehouse this morning when my colleague fainted, they did an ECG and sugar and said it was "
        "a simple faint from standing too long in the heat. He's home resting. Should he get a follow up?",
        "examined_or_treated", "unconscious_unresponsive",
    ),
    (
        "My daughter swallowed a button battery last week, we went straight to A&E, xray showed it had passed into the "
        "stomach and they let it pass. It came out 2 days later. Is there anything to watch for now?",
        "examined_or_treated", "overdose_poisoning",
    ),
    (
        "Sliced my finger at the deli counter, went to minor injuries, they glued it and said the tendon is fine. Now "
        "it's throbbing a bit. Normal? It's been one day.",
        "examined_or_treated", "severe_bleeding",
    ),
    (
        "Burnt my hand on the fryer at work 3 days ago, burns clinic dressed it and are seeing me again Friday. The "
        "blister underneath has got bigger. Should I pop it before then?",
        "examined_or_treated", "severe_burn",
    ),
    (
        "Had bad back pain and some tingling in my legs so I went to A&E asking about cauda equina. They did an urgent MRI "
        "and it's a disc bulge not pressing on the nerves. Bladder fine. How long does sciatica last?",
        "examined_or_treated", "cauda_equina",
    ),
    (
        "Went to the eye hospital yesterday with flashing lights, they dilated my eyes and said it's a posterior vitreous "
        "detachment with no tear. The floaters are annoying. When will they fade?",
        "examined_or_treated", "vision_loss_sudden",
    ),
    (
        "Got a CT pulmonary angiogram today for chest pain and breathlessness, no clot, they think it's pleurisy after my "
        "chest infection. Can I go back to my shifts at the care home tomorrow?",
        "examined_or_treated", "blood_clot_PE",
    ),
    (
        "Had a bleed at 20 weeks pregnant, went to the maternity assessment unit, they checked baby's heartbeat and did a "
        "scan, placenta is fine and away from the cervix. Bleeding has stopped. Should I stay off work?",
        "examined_or_treated", "pregnancy_bleeding_or_pain",
    ),
    (
        "Was admitted yesterday with appendicitis, had keyhole surgery, sent home today. I'm a postman. How soon can I carry "
        "the mailbag again?",
        "examined_or_treated", "severe_abdominal_pain",
    ),
    (
        "My dad was treated for a hypo at work by the first aiders and paramedics, they got his sugar up to 7 and he's had "
        "a meal. He's a bus driver. Does he need to tell the DVLA about the hypo?",
        "examined_or_treated", "diabetic_emergency",
    ),
    (
        "Was in resus for anaphylaxis to prawns at the staff party on Friday, had adrenaline and steroids and stayed overnight. "
        "They gave me 2 EpiPens. Do I need to see an allergy clinic?",
        "examined_or_treated", "anaphylaxis",
    ),
    (
        "My 9 month old was admitted for 2 nights with gastroenteritis and dehydration, had a nasogastric tube, now home and "
        "keeping milk down with lots of wet nappies. How long before nursery?",
        "examined_or_treated", "severe_dehydration_child",
    ),
]
