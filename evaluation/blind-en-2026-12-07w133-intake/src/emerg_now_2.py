# Hand-written emergency items, kind "now" (part 2). Format: (text, family)

ITEMS = [
    # severe_abdominal_pain
    ("stomach pain so bad i cant stand, belly hard as a board", "severe_abdominal_pain"),
    ("pain lower right side getting worse all day, fever, cant walk straight, vomiting", "severe_abdominal_pain"),
    ("sudden tearing pain in my belly going through to my back, dizzy, 72 yo", "severe_abdominal_pain"),
    ("husband doubled over with stomach pain, vomiting green, no poop in 3 days, belly swollen tight", "severe_abdominal_pain"),
    ("worst stomach pain of my life, belly rigid, sweating, feel like im going to pass out", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    ("30 weeks pregnant and bleeding heavily", "pregnancy_bleeding_or_pain"),
    ("34 wks, sudden severe belly pain and bleeding, baby not moving", "pregnancy_bleeding_or_pain"),
    ("pregnant 20 weeks, just had a gush of blood and strong cramping", "pregnancy_bleeding_or_pain"),
    ("36 weeks, my stomach is rock hard and hurting nonstop, and now bleeding", "pregnancy_bleeding_or_pain"),
    ("my wife is 28 weeks, she's bleeding through pads and in a lot of pain", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    ("my diabetic dad is confused and sweaty, sugar 38", "diabetic_emergency"),
    ("type 1 son vomiting, breathing deep and fast, meter says HI, ketones large", "diabetic_emergency"),
    ("wife T1 passed out, can't swallow juice, sugar 2.1", "diabetic_emergency"),
    ("sugar 550, throwing up, can't keep water down, breathing fast", "diabetic_emergency"),
    ("grandpa's meter says LO and he's not making sense, won't eat anything", "diabetic_emergency"),
    # sepsis_signs
    ("mom has a UTI, now fever 39.5, confused, BP 80/50", "sepsis_signs"),
    ("4 days after surgery, fever, heart racing 130, skin blotchy and mottled, barely peeing", "sepsis_signs"),
    ("husband on chemo, fever 38.6 and shaking, now very confused and says he's going to pass out", "sepsis_signs"),
    ("cut on my leg has red streaks, fever 40, heart pounding, skin mottled, feel like im dying", "sepsis_signs"),
    ("grandad has pneumonia, now cold and clammy, lips bluish, not making sense", "sepsis_signs"),
    # severe_burn
    ("boiling water spilled on my toddler's chest, skin peeling off", "severe_burn"),
    ("oil fire burned my arm, skin is white and leathery, big area", "severe_burn"),
    ("dad got burned in a fire, his face and hands, voice hoarse and hard to breathe", "severe_burn"),
    ("my brother touched a power line, burn on his hand and chest, he's shaky", "severe_burn"),
    ("kid pulled the kettle on himself, burns all down his arm and belly, screaming", "severe_burn"),
    # choking
    ("baby choking on a grape, can't cry", "choking"),
    ("my dad is choking on meat, can't talk or cough", "choking"),
    ("toddler put a coin in his mouth and now can't breathe, no sound", "choking"),
    ("husband choking at dinner, turning blue, back blows not working", "choking"),
    ("my 1 yr old has a piece of balloon in her throat, gagging, no sound coming out", "choking"),
    # testicular_torsion
    ("14 yo son sudden severe pain in one testicle, vomiting", "testicular_torsion"),
    ("woke up with terrible pain in my left ball, swollen, sitting high, throwing up", "testicular_torsion"),
    ("my boy's testicle is swollen and very painful, started suddenly an hour ago", "testicular_torsion"),
    ("sudden testicle pain after football, getting worse, nauseous, 16 m", "testicular_torsion"),
    ("right nut suddenly killing me, sitting higher than the other, can't walk, 19", "testicular_torsion"),
    # ectopic_pregnancy
    ("positive test, about 6 weeks, sharp pain on one side and shoulder tip pain, dizzy", "ectopic_pregnancy"),
    ("pregnant early, stabbing pain lower left, i just fainted", "ectopic_pregnancy"),
    ("missed period, test positive, now severe one sided pain and bleeding, lightheaded", "ectopic_pregnancy"),
    ("girlfriend 7 weeks pregnant just passed out, pain low in her belly", "ectopic_pregnancy"),
    ("IVF pregnancy 5 wks, scan didn't see anything in the uterus yet, now bad pain on the right and in my shoulder, pale and dizzy", "ectopic_pregnancy"),
    # severe_dehydration_child
    ("my 1 yr old vomiting and diarrhea all day, no wet diaper since morning, eyes sunken, very sleepy", "severe_dehydration_child"),
    ("toddler no pee 12 hours, lips cracked, floppy, won't drink", "severe_dehydration_child"),
    ("baby 4 months diarrhea, soft spot sunken, no tears, very limp", "severe_dehydration_child"),
    ("3yo stomach bug, hasn't peed since yesterday, hard to wake", "severe_dehydration_child"),
    ("son 2 vomiting everything for a day, now listless, hands cold, no tears when he cries", "severe_dehydration_child"),
    # chest_pain_other
    ("sudden sharp pain one side of chest, short of breath, i'm 20 tall and skinny", "chest_pain_other"),
    ("ripping chest pain through to my back, history of high bp, started 10 min ago", "chest_pain_other"),
    ("chest pain after cocaine, heart racing and sweaty", "chest_pain_other"),
    ("just had a car crash, steering wheel hit my chest, pain every breath and one side isn't moving right", "chest_pain_other"),
    ("had a lung biopsy this morning, now sudden chest pain and i can't breathe well", "chest_pain_other"),
    # vision_loss_sudden
    ("lost the vision in my left eye just now, like a curtain came down", "vision_loss_sudden"),
    ("suddenly can't see out of my right eye, no pain", "vision_loss_sudden"),
    ("grey shadow spreading over my vision with flashes, started an hour ago", "vision_loss_sudden"),
    ("eye red and really painful, vision blurry with halos, throwing up", "vision_loss_sudden"),
    ("dad 78 suddenly blind in one eye, bad headache at his temple", "vision_loss_sudden"),
    # blood_clot_PE
    ("calf swollen after the flight, now sudden breathlessness and pain when breathing in, coughing blood", "blood_clot_PE"),
    ("on the pill, suddenly short of breath and heart racing, my leg has been swollen for days", "blood_clot_PE"),
    ("2 weeks after knee surgery, suddenly can't breathe and coughing up blood", "blood_clot_PE"),
    ("1 week postpartum, sudden chest pain when I breathe in, heart rate 130", "blood_clot_PE"),
    ("mum was diagnosed with a DVT yesterday, now she's gasping and says her chest hurts", "blood_clot_PE"),
    # cauda_equina
    ("back pain, now numb between my legs and can't pee", "cauda_equina"),
    ("sciatica in both legs now, lost control of my bowels, numb in the saddle area", "cauda_equina"),
    ("slipped disc, suddenly can't feel when I wipe and can't pee", "cauda_equina"),
    ("severe back pain and both legs going weak, just wet myself without noticing", "cauda_equina"),
    ("I've had a bad back for a week but since this morning my bum and groin are numb and my bladder won't empty properly. The GP can't see me till Friday. Should I wait?", "cauda_equina"),
]
