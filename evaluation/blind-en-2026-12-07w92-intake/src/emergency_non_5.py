# Emergency items: hard non-emergencies (writer 92), part 5: mild_symptom and a few others.


def E(text, kind, family):
    return {"text": text, "emergency": kind == "now", "kind": kind, "family": family}


ITEMS = [
    # mild_symptom
    E("sometimes small sharp pain in chest for 2 seconds when i take deep breath, then gone. i am 24 woman, happens few times a week. what is this?", "mild_symptom", "chest_pain_other"),
    E("my baby is 7 months and temperature 37.9 after the teeth coming, she eat and play good. need medicine?", "mild_symptom", "febrile_infant"),
    E("little burn on my finger from the frying pan, small blister size of rice, hurts a bit. what to put on it?", "mild_symptom", "severe_burn"),
    E("i get little dizzy when i stand up quick from the bed, 2 seconds and it pass. i am 19 and thin. should i eat more salt?", "mild_symptom", "unconscious_unresponsive"),
    E("pregnant 10 weeks and i have mild cramps like period, no blood, come and go. the midwife appointment in 1 week. is normal?", "mild_symptom", "pregnancy_bleeding_or_pain"),
    E("my son 5 has tummy ache around the belly button sometimes after dinner, goes away after poop. he is eating and playing. worry?", "mild_symptom", "severe_abdominal_pain"),
    E("small nosebleed this morning, stopped in 3 minutes with pinching. dry weather. i'm 35. normal?", "mild_symptom", "severe_bleeding"),
    E("i have a bit wheezy when i have a cold, like a whistle at night, but i can talk and walk normal. no asthma before. need inhaler?", "mild_symptom", "breathing_difficulty"),
    E("hives on my arms after new washing powder, itchy, no swelling in face, breathing fine. cetirizine ok?", "mild_symptom", "anaphylaxis"),
    E("bumped my head on the kitchen cabinet door, small bump, little headache, that's all. how long headache last after bump?", "mild_symptom", "head_injury"),
    E("when i swallow big pill it feel stuck for few seconds and then go down with water. always happen with the vitamins. how to swallow better?", "mild_symptom", "choking"),
    E("sugar 180 after big family dinner, i am type 2, normally 130. feel fine. should i worry?", "mild_symptom", "diabetic_emergency"),
    E("my eye has a small red spot in the white part since this morning, no pain, vision normal. I coughed a lot yesterday. what is it?", "mild_symptom", "vision_loss_sudden"),
    E("my calf cramps at night, wake me up, then it goes after I stretch. I'm 55. magnesium?", "mild_symptom", "blood_clot_PE"),
    E("my lower back aches after long drive, just stiff, goes better next day. i am 42. best stretching?", "mild_symptom", "cauda_equina"),
    E("my son 3 has runny diarrhea 2 times today, but drinks milk and water good, peeing, playing. what to give?", "mild_symptom", "severe_dehydration_child"),
    E("small ache in my testicle sometimes after long time sitting at desk, goes away when i walk. no swelling. i am 30", "mild_symptom", "testicular_torsion"),
    E("feel low sometimes in winter, less energy and want to sleep more, but life is ok and no bad thoughts. vitamin D help?", "mild_symptom", "suicidal_intent"),
    E("little twinge on one side of lower belly in the middle of my cycle, every month, 1 day. i am not pregnant (on the pill). ovulation?", "mild_symptom", "ectopic_pregnancy"),
    E("my neck is little stiff from sleeping on bad pillow, no fever, no headache. how to fix?", "mild_symptom", "meningitis_signs"),
    E("the small cut on my hand from the garden is little pink around, no pus, no fever, 2 days. keep covered or let air?", "mild_symptom", "sepsis_signs"),
    E("i get heart flutters after 3 coffees at work, few seconds, then normal. 38 years. should i stop coffee?", "mild_symptom", "heart_attack"),
    E("left hand fingers tingle a bit when i wake up, go away after shaking hand. i sleep on that arm. stroke sign?", "mild_symptom", "stroke"),
    # extra, spread over families
    E("my little brother twitches one time when he falling asleep, like jumping. is it seizure? he is 10 and normal otherwise", "mild_symptom", "seizure"),
    E("i swallow toothpaste by mistake, little bit, i am 8 years old my mom help me type. is it poison?", "mild_symptom", "overdose_poisoning"),
    E("i scratch my arm when i am stressed, not cutting, just red lines that go away. i am 16. is it self harm?", "mild_symptom", "self_harm"),
    E("my father fell asleep on the sofa and we couldn't wake him for a second because he was so deep asleep, then he woke up grumpy and fine. He's 60 and works nights. Is deep sleep bad?", "negated", "unconscious_unresponsive"),
    E("when i was 20 i burn my whole arm in a kitchen fire, skin graft. now 45 the graft skin get itchy and dry in winter. what cream?", "past_event", "severe_burn"),
    E("my grandma always say 'i will die if i don't have my tea'. she is 85 and drinks 8 cups a day. too much caffeine for old lady?", "figure_of_speech", "unconscious_unresponsive"),
    E("my daughter had testicular... no sorry, my son, he had the surgery for undescended testicle at 2. now he is 12, should he check himself for lumps?", "past_event", "testicular_torsion"),
    E("i was in ICU with DKA when i was 15, now 24 and sugars ok. i want to start keto diet. is it dangerous for type 1?", "past_event", "diabetic_emergency"),
    E("my son pass out at the blood test last month, the nurse say vasovagal. now he need another blood test. how to prevent fainting?", "past_event", "unconscious_unresponsive"),
    E("how do I know if my baby is dehydrated? how many wet diapers is normal for a 4 month old?", "hypothetical_or_general", "severe_dehydration_child"),
    E("my mother have bad seizure in the 90s and after that doctor give her phenytoin, she is on it 30 years, no seizure. now her gums are big. from the medicine?", "chronic_stable", "seizure"),
    E("not feeling suicidal at all, just curious, is it true that antidepressants stop working after years? i'm on fluoxetine 8 years", "negated", "suicidal_intent"),
    E("i choke on water sometimes when i drink too fast, cough and it is fine. i am 33. normal?", "mild_symptom", "choking"),
    E("my daughter cut herself on the arm on Saturday, we took her to the hospital, they cleaned and closed it with strips and the mental health nurse talked to her. she has follow-up next week. how i look after the wound and her at home?", "examined_or_treated", "self_harm"),
    E("what should a teacher do if a student shows cuts on the arm? general question, we have training next week at my school and i want to ask good questions", "hypothetical_or_general", "self_harm"),
    E("my older sister hurt herself when she was teenager and now my daughter 13 wear long sleeves in summer. is it something that run in family? how i ask her without scare her?", "relative_history", "self_harm"),
]
