# emergency items, kind now (part 3), written by hand by writer 95
ITEMS = [
    # sepsis_signs
    {"text": "dad had a UTI and now he's confused, shivering, his skin looks blotchy and mottled and he hasn't weed since this morning", "emergency": True, "kind": "now", "family": "sepsis_signs"},
    {"text": "cut on my leg from the barbed wire is now red and spreading fast up my thigh, fever 39.8, heart racing and I feel like I'm going to pass out", "emergency": True, "kind": "now", "family": "sepsis_signs"},
    {"text": "Mum is on chemo and right now has a fever of 38.5 and shaking chills, she looks terrible", "emergency": True, "kind": "now", "family": "sepsis_signs"},
    {"text": "had surgery last week and now I'm breathing fast, heart rate 130, temp 39, I feel like I'm dying, wound is oozing pus", "emergency": True, "kind": "now", "family": "sepsis_signs"},
    {"text": "My 3 yo has had a fever for two days and now she's cold and blotchy with blue-grey hands, very sleepy and breathing fast", "emergency": True, "kind": "now", "family": "sepsis_signs"},
    # severe_burn
    {"text": "the kero heater tipped over and my son's legs are burnt, big white leathery patches from his knees down, he's screaming", "emergency": True, "kind": "now", "family": "severe_burn"},
    {"text": "Ember from the burn-off caught my husband's shirt. His chest and arms are badly burned, skin is peeling off in sheets.", "emergency": True, "kind": "now", "family": "severe_burn"},
    {"text": "Boiling water went all over my 18 month old's chest and arm, blistering over a big area, we've got him under the cold tap right now", "emergency": True, "kind": "now", "family": "severe_burn"},
    {"text": "flash fire in the shed when my mate was welding, his face is burnt, eyebrows singed off and his voice is getting husky", "emergency": True, "kind": "now", "family": "severe_burn"},
    {"text": "Grease fire in the kitchen, both my hands and forearms are blistered and white in places and it's spreading pain up my arms", "emergency": True, "kind": "now", "family": "severe_burn"},
    # choking
    {"text": "my toddler is choking on a grape, she can't cough or make any sound, going red", "emergency": True, "kind": "now", "family": "choking"},
    {"text": "Nan is choking on a piece of steak, she's clutching her throat and can't talk, back blows aren't working", "emergency": True, "kind": "now", "family": "choking"},
    {"text": "my baby put something in her mouth, she's gagging and can't breathe properly, face going blue", "emergency": True, "kind": "now", "family": "choking"},
    {"text": "Husband choking at dinner, he was coughing but now he's gone quiet and he's turning blue", "emergency": True, "kind": "now", "family": "choking"},
    {"text": "My son put a coin in his mouth, now he's drooling, can't swallow and makes a high pitched noise every time he breathes in", "emergency": True, "kind": "now", "family": "choking"},
    # testicular_torsion
    {"text": "15 year old son woke up with sudden severe pain in one testicle, it's swollen and sitting higher than the other, he's vomiting", "emergency": True, "kind": "now", "family": "testicular_torsion"},
    {"text": "I'm 19, sudden pain in my left ball started an hour ago at footy training, it's really bad and I feel sick", "emergency": True, "kind": "now", "family": "testicular_torsion"},
    {"text": "my 11 yo just told us he's had terrible pain in his scrotum since it came on suddenly 2 hours ago, he feels sick, he was too embarrassed to say", "emergency": True, "kind": "now", "family": "testicular_torsion"},
    {"text": "woke at 3am with sudden agony in my right testicle, it's swollen and the pain goes up into my belly. 22 male", "emergency": True, "kind": "now", "family": "testicular_torsion"},
    # ectopic_pregnancy
    {"text": "I'm about 7 weeks pregnant with sharp pain low on my left side, and pain in the tip of my shoulder, feeling faint", "emergency": True, "kind": "now", "family": "ectopic_pregnancy"},
    {"text": "Positive test last week, now sudden stabbing pain on one side of my pelvis and I just collapsed in the bathroom", "emergency": True, "kind": "now", "family": "ectopic_pregnancy"},
    {"text": "My wife is 6 weeks pregnant, she's doubled over with pain on her right side, very pale and dizzy, and there's some spotting", "emergency": True, "kind": "now", "family": "ectopic_pregnancy"},
    {"text": "missed period, positive test yesterday, now severe pain on one side and I feel like I'm going to pass out. I had an ectopic before.", "emergency": True, "kind": "now", "family": "ectopic_pregnancy"},
    # severe_dehydration_child
    {"text": "my 1 year old has had vomiting and diarrhoea for 2 days, no wet nappy for 12 hours, she's really floppy and her eyes are sunken", "emergency": True, "kind": "now", "family": "severe_dehydration_child"},
    {"text": "4yo with gastro can't keep even a sip down, hasn't weed since yesterday, really sleepy and his lips are cracked dry", "emergency": True, "kind": "now", "family": "severe_dehydration_child"},
    {"text": "Baby 8 months, vomiting everything, the soft spot is sunken, no tears when she cries, and she's hard to wake", "emergency": True, "kind": "now", "family": "severe_dehydration_child"},
    {"text": "We're camping at Mataranka and my 3 year old has been vomiting with runny poo all day in this heat, now she's listless with cold hands and won't drink", "emergency": True, "kind": "now", "family": "severe_dehydration_child"},
    # chest_pain_other
    {"text": "sudden tearing pain in my chest going straight through to my back, worst pain I've ever had, I'm 58 with high blood pressure", "emergency": True, "kind": "now", "family": "chest_pain_other"},
    {"text": "tall skinny 20 year old here, sudden sharp pain in the right side of my chest and I'm struggling to get a breath in", "emergency": True, "kind": "now", "family": "chest_pain_other"},
    {"text": "after vomiting heaps from drinking I now have severe pain behind my breastbone and my neck feels crackly when I touch it", "emergency": True, "kind": "now", "family": "chest_pain_other"},
    {"text": "I'm 25 and took a lot of coke tonight, my chest is crushing and my heart's going crazy fast", "emergency": True, "kind": "now", "family": "chest_pain_other"},
    {"text": "Got kicked in the chest by a cow in the crush, now sharp chest pain, heart racing and I feel faint and short of breath", "emergency": True, "kind": "now", "family": "chest_pain_other"},
    # vision_loss_sudden
    {"text": "Vision in my right eye suddenly went, like a curtain came down, about 10 minutes ago", "emergency": True, "kind": "now", "family": "vision_loss_sudden"},
    {"text": "woke up and can't see anything out of my left eye, no pain, it was fine last night", "emergency": True, "kind": "now", "family": "vision_loss_sudden"},
    {"text": "My eye is red and agonising, vision's gone blurry with halos round lights and I'm vomiting from the pain", "emergency": True, "kind": "now", "family": "vision_loss_sudden"},
    {"text": "got flicked in the eye by fencing wire, now I can't see out of it and there's blood in the front of the eye", "emergency": True, "kind": "now", "family": "vision_loss_sudden"},
    {"text": "sudden shower of floaters and flashes in my eye and now a dark shadow is spreading across from the side", "emergency": True, "kind": "now", "family": "vision_loss_sudden"},
    # blood_clot_PE
    {"text": "Flew back from London 2 days ago, my calf's been swollen and now I've got sudden sharp chest pain when I breathe in and I'm really short of breath", "emergency": True, "kind": "now", "family": "blood_clot_PE"},
    {"text": "On the pill, suddenly breathless just walking up the stairs, coughing up streaks of blood and my heart is racing", "emergency": True, "kind": "now", "family": "blood_clot_PE"},
    {"text": "2 weeks after knee surgery, I suddenly got breathless and just fainted on the toilet", "emergency": True, "kind": "now", "family": "blood_clot_PE"},
    {"text": "Mum has cancer and has suddenly gone really short of breath, it hurts her chest when she breathes in and her lips look dusky", "emergency": True, "kind": "now", "family": "blood_clot_PE"},
    {"text": "10 days after my c-section, suddenly short of breath with chest pain, heart racing at 130", "emergency": True, "kind": "now", "family": "blood_clot_PE"},
    # cauda_equina
    {"text": "bad back for a week, now I can't feel my bum when I wipe and I can't wee properly, both legs going weak", "emergency": True, "kind": "now", "family": "cauda_equina"},
    {"text": "Came off the quad bike onto my back yesterday. Today my groin is numb and I wet myself without even knowing.", "emergency": True, "kind": "now", "family": "cauda_equina"},
    {"text": "sciatica down both legs now, the saddle area is numb and I lost control of my bowels this morning", "emergency": True, "kind": "now", "family": "cauda_equina"},
    {"text": "Waiting for surgery for a herniated disc. Since last night I haven't been able to pass urine at all and my inner thighs are numb.", "emergency": True, "kind": "now", "family": "cauda_equina"},
]
