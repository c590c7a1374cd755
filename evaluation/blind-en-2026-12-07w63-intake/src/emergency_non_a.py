# Writer 63 - hard non-emergency items, file a (past_event, examined_or_treated)
ITEMS = [
# past_event
("""Last summer I had what the hospital called a "mild heart attack" (NSTEMI) and got 2 stents. I've been fine since. Is it safe to start running again, and how hard?""", False, "past_event", "heart_attack"),
("""My mum had a stroke in 2019, she recovered well apart from a weak left hand. Is she more likely to have another one, and what can she do to prevent it?""", False, "past_event", "stroke"),
("""Back in March I had an anaphylactic reaction to cashews and ended up in resus. Now I'm scared of all nuts. Can I get tested to see which ones are safe?""", False, "past_event", "anaphylaxis"),
("""I overdosed when I was 17 (I'm 30 now) and I think it damaged my liver because my ALT is always a bit high. Could it be from that, all these years later?""", False, "past_event", "overdose_poisoning"),
("""Had a seizure for the first time 3 months ago after a night with no sleep. EEG and MRI normal. Neurologist said probably provoked. When can I drive again?""", False, "past_event", "seizure"),
("""[chat with my sister from last year, 12/08/24]
Me: I just passed out at the bus stop
Her: omg are u ok
Me: yeah came round straight away
It hasn't happened since. I'm 24. Should I still have got that checked?""", False, "past_event", "unconscious_unresponsive"),
("""I self-harmed a lot as a teenager and I've got thick white scars on my forearms. I'm 26 now and doing well. Is there any treatment to make them less visible, like laser?""", False, "past_event", "self_harm"),
("""When I was suicidal two years ago I was sectioned for 3 weeks. I'm applying for jobs now and one asks about mental health history. Do I have to tell them?""", False, "past_event", "suicidal_intent"),
("""My son choked on a sweet at Christmas and I had to do back blows, it came out and he was fine. I'm still shaken up. Should I do a first aid course? Any good ones for parents?""", False, "past_event", "choking"),
("""Ten years ago I had a pulmonary embolism after surgery. I'm now 41 and want to get pregnant. Will I need blood thinners in pregnancy?""", False, "past_event", "blood_clot_PE"),
("""I had an ectopic pregnancy in 2022 and lost my right tube. How likely is it to happen again, and can I still get pregnant naturally?""", False, "past_event", "ectopic_pregnancy"),
("""I got badly burned on my hand from a kettle 6 months ago (it healed with a skin graft). The skin is tight and I can't fully straighten my fingers. Is there anything that helps?""", False, "past_event", "severe_burn"),
("""Had DKA twice as a teenager before I got my act together. Now 28 with an HbA1c of 52. Does having had DKA damage anything long term?""", False, "past_event", "diabetic_emergency"),
("""In 2020 I had sepsis from a kidney infection and spent a week in ICU. Since then I get tired easily and my memory's worse. Is that "post-sepsis syndrome"? Does it get better?""", False, "past_event", "sepsis_signs"),
("""Two weeks ago at a wedding I had a sudden crushing headache during... well, during sex. It went after an hour. I'm totally fine now, no headaches since. Is that something I should mention to my GP?""", False, "past_event", "stroke"),
("""Forwarded:
From: my wife
Sent: last Tuesday
"Your dad said he had crushing chest pain yesterday afternoon for an hour and didn't tell anyone"
He's 74. That was a week ago, he's been fine since. What should we do now, is GP enough?""", False, "past_event", "heart_attack"),
("""Had meningitis as a baby (1995), now I'm 30 and I have some hearing loss on one side. Could that be from the meningitis, and is it worth getting a hearing aid now?""", False, "past_event", "meningitis_signs"),
("""Years ago I had a testicular torsion on the left side and they fixed both sides. Now I want kids. Will the surgery have affected my fertility?""", False, "past_event", "testicular_torsion"),
("""I had a big bleed after my first baby (postpartum haemorrhage, 2 litres). I'm pregnant again, 12 weeks. Is it likely to happen again and what can they do to prevent it?""", False, "past_event", "pregnancy_bleeding_or_pain"),
("""My daughter had a febrile convulsion last year when she was 18 months. She has a cold now with no fever. Is she more likely to have another fit with this cold?""", False, "past_event", "seizure"),
("""I was in a car crash 6 months ago and hit my head, concussion. Since then I get headaches when I'm tired and struggle to concentrate at work. Is post-concussion syndrome a real thing?""", False, "past_event", "head_injury"),
("""My son was admitted for dehydration with gastro when he was 1. Now he's 3 and has a tummy bug again, drinking well and weeing normally. Just anxious because of last time. What should I watch for?""", False, "past_event", "severe_dehydration_child"),
("""Last year I lost vision in one eye for 5 minutes, it came back, and it turned out to be a TIA. Since then I'm on clopidogrel and a statin. Do I need to keep having scans?""", False, "past_event", "vision_loss_sudden"),
("""I had cauda equina surgery in 2021. I still have some numbness in the saddle area and have to be careful with my bladder. Is this permanent after 4 years?""", False, "past_event", "cauda_equina"),
("""When I was 19 I had a collapsed lung (spontaneous pneumothorax). I'm 25 now and want to learn to scuba dive. Is that safe?""", False, "past_event", "chest_pain_other"),
# examined_or_treated
("""Went to A&E last night with chest pain, they did 2 troponins and an ECG and all normal, sent home saying musculoskeletal. It still aches a bit when I twist. How long till it goes?""", False, "examined_or_treated", "chest_pain_other"),
("""Discharge letter excerpt: "CT head: no acute intracranial abnormality. Diagnosis: minor head injury. Advice: head injury leaflet given." My son is home, bit of a headache but eating and playing. How long should he stay off rugby?""", False, "examined_or_treated", "head_injury"),
("""My dad was treated for a stroke with a clot-busting drug 5 days ago and they say he's doing brilliantly, coming home tomorrow. What changes should we make at home?""", False, "examined_or_treated", "stroke"),
("""Ambulance came out to my wife yesterday because she fainted, they did an ECG and bloods in the ambulance and said all normal, probably vasovagal. She's fine today. Should she still see the GP?""", False, "examined_or_treated", "unconscious_unresponsive"),
("""I was treated for an overdose of sertraline last week, kept in overnight on a drip, psychiatry saw me and I'm now with the home treatment team. Can I drink alcohol while I'm recovering?""", False, "examined_or_treated", "overdose_poisoning"),
("""Baby (7 weeks) had a fever of 38.2 on Friday and we took her straight in, they did bloods, urine and a lumbar puncture, all clear, it was a virus. She's home now and fine. Does the lumbar puncture have any after effects?""", False, "examined_or_treated", "febrile_infant"),
("""Scan at the early pregnancy unit this morning confirmed the pregnancy is in the womb (not ectopic like they feared) with a heartbeat. Still a bit of brown spotting. Is spotting normal at 7 weeks?""", False, "examined_or_treated", "ectopic_pregnancy"),
("""Hospital discharge summary:
"Admitted with DKA, pH 7.18, ketones 5.2. Treated with FRIII per protocol. Resolved within 18 hours. Discharged on basal-bolus regimen."
I'm home now and feeling good. How do I avoid this happening again?""", False, "examined_or_treated", "diabetic_emergency"),
("""Urologist operated on my son's twisted testicle last night, saved it, and fixed the other one. He's 13. How long off PE and school?""", False, "examined_or_treated", "testicular_torsion"),
("""I was seen at the eye casualty for flashing lights yesterday, they dilated my eyes and said no retinal tear, just a posterior vitreous detachment. Floaters still there. Will they go away?""", False, "examined_or_treated", "vision_loss_sudden"),
("""They did a CT pulmonary angiogram on me last week because of breathlessness after my flight, and found small clots in both lungs. I'm on apixaban now and feel much better. How long will I be on it?""", False, "examined_or_treated", "blood_clot_PE"),
("""Had an emergency MRI at 2am for suspected cauda equina, thankfully it was just a big disc bulge not pressing on the nerves. Sent home with naproxen. How long before the leg pain settles?""", False, "examined_or_treated", "cauda_equina"),
("""My son's burn from the oven door was seen at the burns unit, dressed, and they said superficial partial thickness, review in 5 days. Can he have a bath with the dressing?""", False, "examined_or_treated", "severe_burn"),
("""Was admitted with appendicitis and had keyhole surgery 4 days ago. Home now, the wounds are sore but ok. When can I go back to my office job?""", False, "examined_or_treated", "severe_abdominal_pain"),
("""My sister's baby was treated in hospital for bronchiolitis, on oxygen for 2 days. Discharged today, breathing much better, feeding ok. How long does the cough last after?""", False, "examined_or_treated", "breathing_difficulty"),
("""I had a reaction to a bee sting at the weekend, the paramedics gave me adrenaline and I was observed for 6 hours in A&E and sent home with 2 EpiPens. Do I need a referral to an allergy clinic?""", False, "examined_or_treated", "anaphylaxis"),
("""The crisis team visited today after I told my GP I'd been having suicidal thoughts. We've made a safety plan and I feel safer. They mentioned a psychologist. How long is the wait usually?""", False, "examined_or_treated", "suicidal_intent"),
("""Nurse at the walk-in glued the cut on my daughter's chin after she fell off the climbing frame. Bleeding stopped straight away. When does the glue come off?""", False, "examined_or_treated", "severe_bleeding"),
("""My husband was in hospital with urosepsis, had IV antibiotics for 3 days and now on oral ones at home, temperature normal. He's exhausted. Is that normal?""", False, "examined_or_treated", "sepsis_signs"),
("""Had a massive nosebleed that they cauterised in ENT on Tuesday, no bleeding since. Can I fly on Saturday?""", False, "examined_or_treated", "severe_bleeding"),
]
