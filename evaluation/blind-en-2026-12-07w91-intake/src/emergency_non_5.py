# emergency items: hard non-emergencies, part 5 (mild_symptom and a few more of other kinds)
def X(text, kind, family):
    return {"text": text, "emergency": False, "kind": kind, "family": family}


ITEMS = [
    # mild_symptom
    X("Sugar went to 14 overnight with a cold, ketones 0.4, eating and drinking normally. Sick day rules say extra insulin - 10%?", "mild_symptom", "diabetic_emergency"),
    X("A bit more breathless than usual walking the dog this week with my COPD, but I can talk, no fever, sputum is clear. Just the damp weather?", "mild_symptom", "breathing_difficulty"),
    X("Slight chest twinge on and off today after a coughing fit with this cold, worse when I cough, otherwise I feel fine. Pulled muscle?", "mild_symptom", "chest_pain_other"),
    X("Little nosebleed this morning on rivaroxaban, stopped after 10 minutes of pinching. First one in months. Do I need bloods?", "mild_symptom", "severe_bleeding"),
    X("My 4 month old has a temp of 37.9 and a runny nose, feeding well, lots of wet nappies, smiley. Just a cold?", "mild_symptom", "febrile_infant"),
    X("Mild headache and a bit of a stiff neck after sleeping on a new pillow. No fever, no rash, light is fine. Is it just the pillow?", "mild_symptom", "meningitis_signs"),
    X("Had a brief wobble in my vision for about 20 seconds when I stood up quickly, then normal. No other symptoms. Low blood pressure?", "mild_symptom", "vision_loss_sudden"),
    X("Some light pink spotting at 8 weeks after sex, no pain, stopped after a few hours. Booking scan is next week. Is that common?", "mild_symptom", "pregnancy_bleeding_or_pain"),
    X("Tummy ache on and off since yesterday, a bit bloated, still eating and pooing normally. I have IBS. Peppermint oil?", "mild_symptom", "severe_abdominal_pain"),
    X("Slight rash on my arms after starting a new antibiotic 3 days ago, itchy but no swelling, breathing fine. Stop the antibiotic or keep going?", "mild_symptom", "anaphylaxis"),
    X("I feel a bit dizzy and shaky when I get up in the morning since my bisoprolol went up. Not fainting. Should I take it at night?", "mild_symptom", "unconscious_unresponsive"),
    X("My little one had a bit of diarrhoea twice today but is drinking juice and playing. Should I stop milk?", "mild_symptom", "severe_dehydration_child"),
    X("Had a brief jerk in my arm as I was falling asleep, like a twitch. I have epilepsy but this felt different from my seizures. Hypnic jerk?", "mild_symptom", "seizure"),
    X("Small blister on my finger from grabbing a hot pan handle, it's about 1cm. Do I pop it?", "mild_symptom", "severe_burn"),
    X("A mild ache in my calf after the gym, both legs the same, no swelling. I'm on the pill. Should I worry about DVT?", "mild_symptom", "blood_clot_PE"),
    X("My left testicle has felt a bit heavy for a couple of weeks, no pain really, no swelling I can see. GP appointment on Friday. OK to wait?", "mild_symptom", "testicular_torsion"),
    X("Bit of one-sided twinging pain at 5 weeks pregnant, comes and goes, no bleeding. My early scan is in 10 days. Normal?", "mild_symptom", "ectopic_pregnancy"),
    X("Felt a bit low and teary since the clocks went back, nothing dark, just not myself. Bipolar 2. Light box worth trying?", "mild_symptom", "suicidal_intent"),
    X("Occasional dizziness for a second when I turn my head quickly, no weakness, no speech problems, face normal. I'm 60 with high BP. Worth mentioning at my review next month?", "mild_symptom", "stroke"),
    X("Heart racing for a few seconds after coffee, no chest pain, no dizziness. Anything to worry about at 28?", "mild_symptom", "heart_attack"),
    X("Small bump on my forehead from walking into a cupboard door at work. Bit sore, that's it. Arnica?", "mild_symptom", "head_injury"),
    X("Back pain after lifting my toddler, bit of sciatica down one leg to the knee, no numbness, bladder and bowel normal. Stretches?", "mild_symptom", "cauda_equina"),
    X("Temp of 37.7 with a sore throat, I had my last chemo 3 weeks ago and my counts were normal last week. Paracetamol and rest?", "mild_symptom", "sepsis_signs"),
    X("Occasional cough when eating dry crackers, it clears straight away. I'm 74. Is this age?", "mild_symptom", "choking"),
    X("Took my evening tablets twice by mistake - one amlodipine and one simvastatin extra. Feel fine. Skip tomorrow's?", "mild_symptom", "overdose_poisoning"),
    X("Scratched my arm while sleeping, small marks, not self harm, I have eczema. Should I cut my nails or use mittens?", "mild_symptom", "self_harm"),
    # a few more of other kinds, spread over families
    X("My dad had a cardiac arrest last year on the golf course and was shocked back. Now he has an ICD. Can he still play?", "past_event", "unconscious_unresponsive"),
    X("Got stitches in my scalp at the walk-in yesterday after falling off a step ladder - CT was normal. When can they come out?", "examined_or_treated", "head_injury"),
    X("Hypothetically, if a kidney transplant patient gets a high temperature, how fast do they need to be seen? Planning ahead for my husband.", "hypothetical_or_general", "sepsis_signs"),
    X("My mum has had three DVTs. I'm 32 and about to fly to Japan. Flight socks enough?", "relative_history", "blood_clot_PE"),
    X("How much insulin would be an overdose for a type 1? I sometimes stack corrections and want to know how careful to be.", "medicine_question", "overdose_poisoning"),
    X("Not having a heart attack, I know the signs, it's just heartburn after spicy food. What's better, Gaviscon or omeprazole?", "negated", "heart_attack"),
    X("Had a blackout in the shower 6 months ago, the cardiologist found nothing on the monitor. Should I still avoid baths?", "past_event", "unconscious_unresponsive"),
    X("My baby had a fever after her 8 week jabs last week, 38.0, settled with paracetamol and the health visitor checked her next day. Anything to do for the 12 week ones?", "examined_or_treated", "febrile_infant"),
    X("Testicular torsion: what age is it most common? My boys are 11 and 13 and I want them to know.", "hypothetical_or_general", "testicular_torsion"),
    X("Second-degree burn on my forearm from a steam iron last week, the practice nurse has been dressing it and says it's healing well. Can I swim yet?", "examined_or_treated", "severe_burn"),
    X("How can I tell if my toddler's tummy bug is getting serious? Looking for a checklist to stick on the fridge.", "hypothetical_or_general", "severe_dehydration_child"),
    X("My older brother had an ectopic... sorry, my sister-in-law. Anyway it was treated with surgery. Does that affect her chances next time?", "relative_history", "ectopic_pregnancy"),
]
