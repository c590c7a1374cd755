# Emergency items, kind "now", part B. Written by hand by writer 67.

def N(text, family):
    return {"text": text, "emergency": True, "kind": "now", "family": family}

ITEMS = [
    # meningitis_signs
    N("daughter 16 awful headache stiff neck cant stand the light n theres purple spots that dont go when i press a glass", "meningitis_signs"),
    N("my son has a fever n a rash that doesnt fade w the glass test, hes really drowsy", "meningitis_signs"),
    N("flatmate v ill, fever, neck stiff, confused, says light hurts, blotchy rash on legs", "meningitis_signs"),
    N("toddler fever n hes gone floppy, bulging soft spot n tiny red dots on tummy", "meningitis_signs"),
    N("high temp, cold hands n feet, legs hurt so bad he cant walk, spots appearing, 12 yo", "meningitis_signs"),
    # severe_abdominal_pain
    N("tummy pain so bad i cant stand up straight, right side low, fever n puking", "severe_abdominal_pain"),
    N("stomach rock hard n agony, cant move, had surgery last week", "severe_abdominal_pain"),
    N("dad rolling around w pain in his belly n back, pale n sweaty, hes 72", "severe_abdominal_pain"),
    N("worst pain of my life in my stomach came on suddenly an hour ago, vomiting green", "severe_abdominal_pain"),
    N("my 7 yo screaming w tummy pain, knees up, hasnt pooed in days, vomiting", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    N("32 wks pregnant bleeding bright red n my belly is hard n sore", "pregnancy_bleeding_or_pain"),
    N("waters broke at 30 wks n theres cord hanging out??", "pregnancy_bleeding_or_pain"),
    N("36 wks, terrible headache, seeing flashing lights, hands n face swollen", "pregnancy_bleeding_or_pain"),
    N("haven't felt baby move all day, 38 wks, tried cold water n lying on side nothing", "pregnancy_bleeding_or_pain"),
    N("soaking a pad every 10 min, gave birth 4 days ago, feel dizzy", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    N("type 1 son sugar is HI on the meter, vomiting, breathing deep n fast, smells like nail polish", "diabetic_emergency"),
    N("husband diabetic, shaky sweaty n not making sense, cant get him to swallow juice", "diabetic_emergency"),
    N("my bg is 1.9 n i cant think straight, hands shaking, alone", "diabetic_emergency"),
    N("mum diabetic, super thirsty weeing all the time for days n now shes barely awake", "diabetic_emergency"),
    N("teen type 1 passed out after football, we think low sugar, wont wake properly", "diabetic_emergency"),
    # sepsis_signs
    N("dad after his op, shivering, confused, skin blotchy n hasnt peed all day", "sepsis_signs"),
    N("cut on my leg went red up the leg, now i feel like im dying, heart racing, cant stop shaking", "sepsis_signs"),
    N("mum w uti now confused n breathing fast, feels cold n clammy, 85", "sepsis_signs"),
    N("on chemo, temp 38.5 n shivering rn", "sepsis_signs"),
    N("kid has a fever, skin looks mottled bluish, cold hands, hasnt weed since morning, v sleepy", "sepsis_signs"),
    # severe_burn
    N("pan of boiling oil went over my sons legs, skin peeling off", "severe_burn"),
    N("burned my hand n arm on the bbq, skin gone white n leathery, doesnt even hurt in the middle", "severe_burn"),
    N("baby pulled the kettle down onto her chest, screaming", "severe_burn"),
    N("got electric shock off the cooker, burn marks on hand n my heart feels weird", "severe_burn"),
    N("chemical drain cleaner splashed in my face n eye, burning", "severe_burn"),
    # choking
    N("my baby choking on a grape cant cough or cry turning blue", "choking"),
    N("dad choking on steak cant talk, hands on his throat", "choking"),
    N("toddler swallowed a coin n now hes gagging n drooling n cant swallow", "choking"),
    N("something stuck in my throat i can barely breathe", "choking"),
    N("my 3yo had a sweet n now shes coughing n wheezing n cant get air", "choking"),
    # testicular_torsion
    N("sudden really bad pain in my ball, left side, came on an hour ago, feel sick", "testicular_torsion"),
    N("14 yo son woke up screaming w pain in his testicle n its swollen n higher up", "testicular_torsion"),
    N("nuts hurt so bad im throwing up, didnt get hit or anything", "testicular_torsion"),
    N("one testicle suddenly agony n hard, 17, started during football", "testicular_torsion"),
    N("my boy 10 says his privates hurt n hes crying, one side red n swollen, started this morning", "testicular_torsion"),
    # ectopic_pregnancy
    N("positive test last wk now sharp pain one side n shoulder tip pain, dizzy", "ectopic_pregnancy"),
    N("6 wks pregnant, stabbing pain low left n i nearly fainted in the shower", "ectopic_pregnancy"),
    N("period late, spotting brown n now agony on the right n feel faint", "ectopic_pregnancy"),
    N("early pregnancy, tubal before, now pain one side n pale n sweaty", "ectopic_pregnancy"),
    N("gf pregnant like 7 wks, collapsed w belly pain, says her shoulder hurts", "ectopic_pregnancy"),
    # severe_dehydration_child
    N("my 1yo had diarrhoea n vomiting 2 days, no wet nappy since yesterday, eyes sunken, v sleepy", "severe_dehydration_child"),
    N("baby not kept anything down all day, soft spot sunk in, no tears when crying", "severe_dehydration_child"),
    N("4 yo cant keep even water down, lips dry n cracked, hasnt weed for 12 hrs, floppy", "severe_dehydration_child"),
    N("toddler stomach bug, now hes grey n cold hands n hardly responding", "severe_dehydration_child"),
    N("2 yo throwing up for a day, skin stays up when i pinch it, super drowsy", "severe_dehydration_child"),
    # chest_pain_other
    N("sudden ripping pain thru my chest to my back, 67, high bp", "chest_pain_other"),
    N("chest pain after doing coke, heart pounding", "chest_pain_other"),
    N("tall skinny 19 yo, sudden sharp chest pain one side n cant get a full breath", "chest_pain_other"),
    N("stabbing chest pain after vomiting loads, neck feels crackly", "chest_pain_other"),
    N("heart racing 200 bpm on my watch, chest pain, dizzy, been going 30 min", "chest_pain_other"),
    # vision_loss_sudden
    N("lost vision in my right eye like a curtain came down, 10 min ago", "vision_loss_sudden"),
    N("eye suddenly really painful n red, halos round lights, vomiting, cant see properly", "vision_loss_sudden"),
    N("cant see out of my left eye at all, just woke up like this", "vision_loss_sudden"),
    N("half my vision just went black in both eyes, headache", "vision_loss_sudden"),
    N("got bleach in my eye at work, cant open it or see", "vision_loss_sudden"),
    # blood_clot_PE
    N("flew back from oz, calf been sore, now sudden short of breath n coughed blood", "blood_clot_PE"),
    N("2 wks after c section, sharp chest pain when i breathe in, heart racing", "blood_clot_PE"),
    N("on the pill, leg swollen n now i suddenly cant breathe n feel like passing out", "blood_clot_PE"),
    N("knee op last wk, now breathless just sitting, pain in chest when i breathe", "blood_clot_PE"),
    N("mum bedbound after her hip, suddenly gasping n her lips are dusky", "blood_clot_PE"),
    # cauda_equina
    N("bad back for days n now i cant feel my bum when i wipe n i cant pee", "cauda_equina"),
    N("sciatica both legs now, numb between my legs, wet myself without knowing", "cauda_equina"),
    N("slipped disc, now both legs weak n cant control my bowels", "cauda_equina"),
    N("back pain n suddenly numb saddle area, can't tell if i need a wee", "cauda_equina"),
    N("hubby hurt his back lifting, now cant pee n numb down there, legs going", "cauda_equina"),
]
