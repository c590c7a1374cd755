# Emergency items: hard non-emergencies (writer 92), part 4: medicine_question, chronic_stable.


def E(text, kind, family):
    return {"text": text, "emergency": kind == "now", "kind": kind, "family": family}


ITEMS = [
    # medicine_question
    E("my father take aspirin 100 every day after his heart attack, now dentist want pull tooth. he must stop the aspirin before?", "medicine_question", "heart_attack"),
    E("the EpiPen of my son expire next month, can we still use it after the date if no new one? and can it stay in hot car?", "medicine_question", "anaphylaxis"),
    E("what is maximum paracetamol for one day for adult? i have tooth pain and i take 1g four times. can i add ibuprofen?", "medicine_question", "overdose_poisoning"),
    E("my daughter epilepsy take Keppra 500 twice a day, she vomited 20 min after the morning dose. should i give again?", "medicine_question", "seizure"),
    E("how to use the naloxone nasal spray? the pharmacy give me one free because my husband is on strong pain pills after surgery", "medicine_question", "overdose_poisoning"),
    E("i take warfarin for the clot and i want to eat more salad, the doctor say vitamin K change the INR. how much spinach is ok?", "medicine_question", "blood_clot_PE"),
    E("can i drink alcohol with apixaban? only one glass wine at the wedding", "medicine_question", "blood_clot_PE"),
    E("after my stroke i take atorvastatin 80 and clopidogrel. my muscles ache. can i stop the statin for a while?", "medicine_question", "stroke"),
    E("glucagon pen for my son type 1, how do i know when to use it? what dose for 30 kg child?", "medicine_question", "diabetic_emergency"),
    E("insulin pens - how long they keep outside the fridge? we travel to Somalia for 3 weeks and it is very hot there", "medicine_question", "diabetic_emergency"),
    E("my doctor give me sertraline for depression, i read it can make suicidal thoughts in the beginning. is it true? i don't have these thoughts now but i'm scared", "medicine_question", "suicidal_intent"),
    E("is it ok to give ibuprofen to baby 2 months for vaccine fever? the pharmacist say no, only paracetamol. why?", "medicine_question", "febrile_infant"),
    E("what is the right dose of ORS for a child 12 kg with diarrhea? the packet is in Arabic and I read only English a little", "medicine_question", "severe_dehydration_child"),
    E("nitroglycerin spray for my angina — can I use it before I walk up hill, to prevent? or only when pain comes?", "medicine_question", "chest_pain_other"),
    E("the cream for burns, silver sulfadiazine, can i use on my face? i have small burn from the hair straightener on my forehead", "medicine_question", "severe_burn"),
    E("Can I take buscopan and omeprazole together for stomach cramps? I'm 28, not pregnant", "medicine_question", "severe_abdominal_pain"),
    E("is tranexamic acid safe in pregnancy? I have nosebleeds often and I am 16 weeks", "medicine_question", "pregnancy_bleeding_or_pain"),
    E("methotrexate injection for ectopic pregnancy, how long must i avoid folic acid and alcohol after?", "medicine_question", "ectopic_pregnancy"),
    E("the rescue medicine buccal midazolam for my son, the school nurse ask if they can give it. do they need special training?", "medicine_question", "seizure"),
    E("antihistamine every day for hives, cetirizine 10, can I take 2 per day if 1 is not enough?", "medicine_question", "anaphylaxis"),
    E("how long after the antibiotic start should the fever go away in pyelonephritis? i start cipro yesterday, still 38 but i feel better", "medicine_question", "sepsis_signs"),
    E("can i take ibuprofen with my blood thinner for the back pain? i am on rivaroxaban", "medicine_question", "severe_bleeding"),
    E("my father finish hospital treatment for bacterial meningitis last week, now at home he still take dexamethasone 4 more days. it make his diabetes sugar high, 250. we change his diabetes pills?", "medicine_question", "meningitis_signs"),
    # chronic_stable
    E("i have angina for 5 years, the pain come when i walk fast and go when i rest, same like always, no change. i want to know can i go to Hajj with this?", "chronic_stable", "chest_pain_other"),
    E("my son epilepsy well controlled, no seizure for 2 years on medicine. he want to learn swimming. is safe?", "chronic_stable", "seizure"),
    E("COPD for 10 years, breathless when I walk to the shop, same as it's been for years, oxygen 92 usually. can i still travel by plane?", "chronic_stable", "breathing_difficulty"),
    E("i have asthma since child, using inhaler 2 times a week, stable. i am pregnant now 8 weeks. continue the inhaler?", "chronic_stable", "breathing_difficulty"),
    E("type 1 diabetic 20 years, sugars are stable and HbA1c 6.9. my question is can i donate blood?", "chronic_stable", "diabetic_emergency"),
    E("my mother have heart failure, she is stable on her medicines, weight same every day, little swelling in ankles always. can she eat salt fish on holiday?", "chronic_stable", "heart_attack"),
    E("I have chronic back pain from a herniated disc, for 3 years, the same pain in the leg sometimes, bladder and bowel fine. Is yoga ok?", "chronic_stable", "cauda_equina"),
    E("migraine with aura since 15 years, same pattern every time, lights then headache. now i am 40 and want the pill for contraception. is it allowed?", "chronic_stable", "stroke"),
    E("depression for many years, on medication, stable now, no dark thoughts for a long time. i want to get pregnant, should i stop the tablets?", "chronic_stable", "suicidal_intent"),
    E("i have the factor V Leiden and i take blood thinner forever, everything fine for 6 years. now i want a tattoo. is the bleeding dangerous?", "chronic_stable", "blood_clot_PE"),
    E("my daughter has a peanut allergy, stable, we carry the pen always and no reactions for 3 years. can she go on the school trip abroad?", "chronic_stable", "anaphylaxis"),
    E("my father's glaucoma is stable with drops for 8 years, vision the same. can he fly to Ukraine with the pressure in the eye?", "chronic_stable", "vision_loss_sudden"),
    E("Crohn's disease, in remission 2 years on azathioprine, I get belly cramps sometimes, same as always. Can I have the yellow fever vaccine?", "chronic_stable", "severe_abdominal_pain"),
    E("my sister self-harmed in the past, now 2 years clean and in therapy, doing good. she want to get tattoo over the scars. any medical problem?", "chronic_stable", "self_harm"),
    E("hemophilia A, mild, I know how to manage small bleeds at home, stable. Want to start rock climbing. Bad idea?", "chronic_stable", "severe_bleeding"),
    E("kidney stones come every year for me, I know the pain, I pass them at home with the tablets from urologist. is there diet to stop them?", "chronic_stable", "severe_abdominal_pain"),
    E("I have had atrial fibrillation for 7 years, rate controlled, on anticoagulant, feel fine. Can I drink coffee?", "chronic_stable", "stroke"),
    E("my grandfather with dementia, he sleep a lot in the day since years, wakes easily, eats good. is it ok he sleep so much?", "chronic_stable", "unconscious_unresponsive"),
    E("sickle cell in my son, stable, last crisis one year ago. we plan trip to Lagos. what to do about malaria and fever?", "chronic_stable", "sepsis_signs"),
    E("i have POTS and i feel dizzy when i stand, my normal, doctor know. the summer heat make it worse. how much salt i can take?", "chronic_stable", "unconscious_unresponsive"),
]
