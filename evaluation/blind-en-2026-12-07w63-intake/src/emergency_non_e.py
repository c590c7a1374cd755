# Writer 63 - hard non-emergency items, file e (mild_symptom, plus pasted-format extras of several kinds)
ITEMS = [
# mild_symptom
("""Slight twinge on the left side of my chest when I press on a rib, been there a couple of days since I started doing press-ups. No breathlessness. 26M. Muscle?""", False, "mild_symptom", "chest_pain_other"),
("""Little bit of spotting at 9 weeks pregnant, light pink when I wipe, just once this morning, no cramps. Already had a scan last week with a heartbeat. Is it ok to wait for my midwife appointment Thursday?""", False, "mild_symptom", "pregnancy_bleeding_or_pain"),
("""My 3 year old bumped her forehead on the coffee table an hour ago, cried for a minute then went back to playing, small red mark. Eating her tea now. Can she go to bed at the normal time?""", False, "mild_symptom", "head_injury"),
("""Baby is 5 months, temperature 37.9 after her vaccines today, a bit grumpy but feeding and wet nappies. Normal reaction?""", False, "mild_symptom", "febrile_infant"),
("""Wheezy only when I get a cold, mild, it goes away in a week or two. 30F, never diagnosed with asthma. Should I get checked between colds?""", False, "mild_symptom", "breathing_difficulty"),
("""Had a couple of hives on my arm after eating strawberries, nothing else, no swelling of lips or anything. Gone in an hour with Piriton. Am I allergic?""", False, "mild_symptom", "anaphylaxis"),
("""Chat from earlier:
[16:02] Me: think I cut myself shaving my legs pretty bad
[16:10] Me: stopped now, it was just a nick but bled loads
[16:11] Sam: lol classic
Still a bit of oozing under the plaster. How long for a shaving cut to stop fully?""", False, "mild_symptom", "severe_bleeding"),
("""Mild ache in my lower right tummy on and off for a day, no fever, eating normally, pooing normally. Worse when I've been sitting hunched at my desk. Should I worry about appendix?""", False, "mild_symptom", "severe_abdominal_pain"),
("""One testicle is a bit achy after cycling 60 miles yesterday, no swelling, no redness, ache is mild. Just saddle pressure?""", False, "mild_symptom", "testicular_torsion"),
("""Little twitch in my eyelid and occasional spots in vision for a second when I stand up fast, 22F, been studying a lot. Anything serious?""", False, "mild_symptom", "vision_loss_sudden"),
("""Sugar reading of 4.2 before lunch, felt a tiny bit shaky, had a biscuit and fine. Not diabetic, just bought a meter out of curiosity. Is 4.2 low?""", False, "mild_symptom", "diabetic_emergency"),
("""Occasional pins and needles in my bum after a long drive, goes as soon as I walk around. No back pain, bladder normal. Sitting posture?""", False, "mild_symptom", "cauda_equina"),
("""Coughing a bit after a drink went down the wrong way at lunch, stopped after a minute, now just a tickle in my throat. 80 years old. Anything to worry about?""", False, "mild_symptom", "choking"),
("""Baby (8 months) has had 3 loose nappies today with teething, still feeding well, plenty of wet nappies, happy. Do I need to give her rehydration stuff?""", False, "mild_symptom", "severe_dehydration_child"),
("""Mild headache and a bit of neck stiffness after sleeping on a new pillow, no fever, no rash, feel fine otherwise. 31.""", False, "mild_symptom", "meningitis_signs"),
("""Little burn from my hair straighteners on my neck, pinky red, tiny blister. Stings a bit. Plaster or leave it open?""", False, "mild_symptom", "severe_burn"),
("""My calf has been a bit tight since I started running again, no swelling, feels better after stretching. On the pill. Clot or just a tight muscle?""", False, "mild_symptom", "blood_clot_PE"),
("""Felt lightheaded for a few seconds this morning when I got up quickly, didn't faint, totally fine since. 45F, blood pressure usually low.""", False, "mild_symptom", "unconscious_unresponsive"),
("""Small cramp low on my left side, 5 weeks pregnant, feels like period cramps, comes and goes, no bleeding, no shoulder pain. Scan next week. Normal?""", False, "mild_symptom", "ectopic_pregnancy"),
("""Heart skipped a beat a few times today after my third coffee. No pain, no dizziness. 28F. Cut down caffeine?""", False, "mild_symptom", "heart_attack"),
("""I had a funny tingly face on one side for about 10 seconds while I was brushing my teeth, went straight away, speech and everything normal, happens when I'm anxious. 24F. Should I bother GP?""", False, "mild_symptom", "stroke"),
("""Toddler had a small temperature (38.0) and a sniffly nose, he's 2, no rash, eating and playing. Calpol brought it down. Day 2.""", False, "mild_symptom", "meningitis_signs"),
("""A few drops of blood in my mouth when I flossed after a long break, gums a bit sore. 35. Normal?""", False, "mild_symptom", "severe_bleeding"),
("""Slight feverish feeling and tired 2 days after my cut got a bit pink round the edge, temp 37.4. No red lines. Should I get antibiotics or wait?""", False, "mild_symptom", "sepsis_signs"),
("""Daughter (6) swallowed a small bit of a crayon. She's completely fine, laughing about it. Are crayons poisonous?""", False, "mild_symptom", "overdose_poisoning"),
# extras in pasted formats
("""ONLINE FORM
Q: Are you having chest pain right now? A: No
Q: Have you had chest pain in the last 24 hours? A: No
Q: Describe your concern: My resting heart rate is 48, I'm a cyclist, 40M. My watch flags it as low. Is that dangerous?""", False, "negated", "heart_attack"),
("""Discharge letter (pasted): "65M, presented with transient right arm weakness lasting 20 minutes, fully resolved. MRI: no acute infarct. Impression: TIA. Commenced clopidogrel 75mg, atorvastatin 80mg. Carotid dopplers requested as outpatient." That's my dad, home now and completely normal. When should the dopplers happen?""", False, "examined_or_treated", "stroke"),
("""Transcribed voicemail from my GP practice: "Hi, calling about your son's blood test, his sugar was slightly high at 7.9 but not in the diabetic range, no ketones, we'll repeat it in 3 months, no need to worry." Does that mean he'll become diabetic? He's 14.""", False, "examined_or_treated", "diabetic_emergency"),
("""Email I got from my sister:
"Just FYI last night I had a funny turn at Tesco, went all hot and collapsed, came round in seconds, the paramedics checked me and said a faint, I'm totally fine now x"
She's 33 and pregnant (20 weeks). Should she tell her midwife?""", False, "past_event", "unconscious_unresponsive"),
("""Screenshot from an online quiz: "Are you at risk of a blood clot? Score 7/10 - HIGH RISK". I'm 29, on the pill, overweight, sit at a desk all day, no symptoms whatsoever. Should I stop the pill?""", False, "hypothetical_or_general", "blood_clot_PE"),
("""Form:
Allergies: anaphylaxis to penicillin (2009)
Current medications: none
Reason for visit: need antibiotics for a sinus infection, 10 days, green mucus. Which ones are safe for me?""", False, "medicine_question", "anaphylaxis"),
("""Text from my son's nursery: "Leo bumped heads with another child at 11:20, small bump, no loss of consciousness, ice pack applied, happy and playing." He's 3 and seems fine at home now. Anything to watch tonight?""", False, "examined_or_treated", "head_injury"),
("""Lab report: "Troponin I (hs) 4 ng/L, ref <34". This was part of an insurance medical, I had no symptoms at all. Why would they test that and is 4 normal?""", False, "hypothetical_or_general", "heart_attack"),
("""Voice typed my nan fell last month and broke her wrist and banged her head the hospital did a scan of her head that was clear she's fine now in a cast but she's scared to go out on her own now because she might fall again how can we help her get confident""", False, "past_event", "head_injury"),
("""My GP said my chest pain was "atypical" and not my heart, ECG normal, and referred me to rapid access chest pain clinic for an exercise test in 2 weeks. I feel fine resting. Can I still go to the gym until then?""", False, "examined_or_treated", "chest_pain_other"),
]
