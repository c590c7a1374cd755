# Hand-written emergency items (kind "now"), part B.
# Each item: (kind, family, text)

ITEMS = [
    # severe_abdominal_pain
    ("now", "severe_abdominal_pain", "Pain started around my belly button last night and now it's really bad low on the right, I can't walk straight, fever 38.3 and I've been sick twice. I'm 17"),
    ("now", "severe_abdominal_pain", "Worst stomach pain of my life, my belly is rock hard and I can't move, started an hour ago, I've had ulcers before"),
    ("now", "severe_abdominal_pain", "My dad's belly is swollen and tight, he hasn't pooed or passed wind in 3 days and now he's vomiting green stuff"),
    ("now", "severe_abdominal_pain", "Sudden tearing pain in my belly going through to my back, I'm 72 and I feel like I'm going to faint"),
    # pregnancy_bleeding_or_pain
    ("now", "pregnancy_bleeding_or_pain", "I'm 32 weeks and my belly is hard and painful all the time, it doesn't relax in between, and there's dark blood. Baby's kicks are less"),
    ("now", "pregnancy_bleeding_or_pain", "20 weeks pregnant, bleeding bright red like a period and cramping every few minutes"),
    ("now", "pregnancy_bleeding_or_pain", "29 weeks and I've been having tightenings every 5 minutes for the last hour, they're getting stronger and my back is killing me. Is this just false labour?"),
    ("now", "pregnancy_bleeding_or_pain", "Waters just broke at 30 weeks and I can feel something in my vagina, like a loop of cord??"),
    ("now", "pregnancy_bleeding_or_pain", "38 weeks, sudden heavy bleeding soaking through my jeans, no pain. I'm home alone"),
    ("now", "pregnancy_bleeding_or_pain", "I'm 26 weeks and haven't felt the baby move at all today, he's usually really active, and now I've got some bleeding and cramps"),
    # ectopic_pregnancy
    ("now", "ectopic_pregnancy", "6 weeks pregnant, no scan yet, sharp stabbing pain low down on my left, pain in the tip of my shoulder and I nearly fainted in the shower"),
    ("now", "ectopic_pregnancy", "Positive test last week, now really bad pain on one side and a bit of brown bleeding, I feel dizzy every time I stand up. I've had chlamydia before"),
    ("now", "ectopic_pregnancy", "My girlfriend's period is 2 weeks late and she's just collapsed with pain low on her right side, she's really pale and sweaty"),
    ("now", "ectopic_pregnancy", "IVF pregnancy, 7 weeks, the scan last week couldn't see anything in the womb, now I have severe pain on the right and feel lightheaded and sick"),
    ("now", "ectopic_pregnancy", "Had an ectopic before and lost my right tube. Pregnant again, 5 weeks, and a sharp pain on the left just came on with shoulder pain and cold sweats"),
    # severe_dehydration_child
    ("now", "severe_dehydration_child", "My 11 month old has had diarrhoea and vomiting for 2 days, no wet nappy since yesterday morning, her eyes look sunken and she's very sleepy and floppy"),
    ("now", "severe_dehydration_child", "Toddler has been vomiting everything including water since last night, lips cracked, crying with no tears, hasn't peed in 14 hours"),
    ("now", "severe_dehydration_child", "My 4 year old with a tummy bug is so weak she can't stand up, her hands are cold and she's breathing fast, last wee was this morning"),
    ("now", "severe_dehydration_child", "5 month old, vomiting every feed since yesterday, his soft spot is sunken, dry nappies all day and he's barely crying"),
    # diabetic_emergency
    ("now", "diabetic_emergency", "My son (type 1, 14) is vomiting and breathing deep and fast, his breath smells like pear drops and the meter just says HI"),
    ("now", "diabetic_emergency", "Mum's type 2 on insulin, she's sweaty, confused and aggressive, her sugar is 1.9 and she won't swallow the juice I'm giving her"),
    ("now", "diabetic_emergency", "I'm 27 weeks with gestational diabetes on insulin, sugar 2.4, I'm shaking and can't think straight, had glucose tabs twice and it's not coming up"),
    ("now", "diabetic_emergency", "Husband type 1, passed out after his run and I can't wake him, I think his sugar's low, we have glucagon somewhere"),
    ("now", "diabetic_emergency", "I'm type 1 and my ketones are 4.2, vomiting since this morning, tummy pain, can't keep any fluids down. I'm on my own"),
    # sepsis_signs
    ("now", "sepsis_signs", "5 days after her c-section my wife has a fever of 39.6, shaking chills, her heart is racing at 130, the wound is leaking smelly stuff and she's confused"),
    ("now", "sepsis_signs", "Dad has a UTI, now he's got blotchy mottled skin, very confused, breathing fast and hasn't peed all day"),
    ("now", "sepsis_signs", "I had a miscarriage at home last week, now I've got a fever of 39, foul smelling discharge, I'm shivering uncontrollably and feel like I'm dying"),
    ("now", "sepsis_signs", "I'm on chemo, day 10 after my last cycle, temp 38.5 tonight and shaking rigors"),
    ("now", "sepsis_signs", "The cellulitis on my leg is spreading fast past the line they drew, I've got a fever, my heart is pounding and I feel cold and muddled"),
    # severe_burn
    ("now", "severe_burn", "My toddler pulled a kettle of boiling water over himself, his chest and arm are blistering and the skin is peeling off"),
    ("now", "severe_burn", "Chip pan fire, my husband's hands and face are burned, there are white leathery patches and he says he can't feel them"),
    ("now", "severe_burn", "Spilled hot oil over my whole forearm and hand, massive blisters already, it's been under the cold tap 15 minutes"),
    ("now", "severe_burn", "My son got an electric shock from the cooker, there's a burn on his hand where it went in and he's a bit dazed"),
    # choking
    ("now", "choking", "My baby is choking on a piece of apple, she's not making any sound and going red and blue"),
    ("now", "choking", "My husband is choking on steak, he can't speak or cough, he's clutching his throat"),
    ("now", "choking", "grandad choked on a grape, back blows haven't worked, he's going purple"),
    ("now", "choking", "My 3 year old has swallowed a marble and is gagging and can't breathe properly"),
    # testicular_torsion
    ("now", "testicular_torsion", "My 13 yo son woke up with sudden severe pain in his left testicle, it's swollen and sitting higher up, and he's been sick"),
    ("now", "testicular_torsion", "I'm 17, sudden pain in my right ball about an hour ago, it's really bad and I threw up. its higher than the other one"),
    ("now", "testicular_torsion", "Sudden sharp pain in my testicle while playing football, nobody hit me, 20 min ago, it's swelling and I feel sick"),
    ("now", "testicular_torsion", "My son (9) came out of the bath crying that it hurts down there, one side of his scrotum is red and swollen, it came on suddenly"),
    # chest_pain_other
    ("now", "chest_pain_other", "Sudden tearing chest pain going through to my back between my shoulder blades, I have Marfan's, my BP machine says 190"),
    ("now", "chest_pain_other", "Tall skinny 20 yo, sudden sharp pain on the right of my chest after a coughing fit and now I'm short of breath, worse when I breathe in"),
    ("now", "chest_pain_other", "Pregnant 34 weeks, sudden severe chest pain going through to my back, worst pain I've ever had"),
    ("now", "chest_pain_other", "Did cocaine at a party an hour ago and now I've got chest pain, my heart is racing and I'm sweating loads"),
    # vision_loss_sudden
    ("now", "vision_loss_sudden", "Woke up and I can't see anything out of my right eye, like a black curtain over it, no pain"),
    ("now", "vision_loss_sudden", "Flashing lights and a dark shadow coming in from the side of my left eye over the last hour, I'm very short sighted"),
    ("now", "vision_loss_sudden", "Sudden painful red eye, halos round the lights, my vision's gone blurry and I'm vomiting"),
    ("now", "vision_loss_sudden", "My 70 yr old mum suddenly lost the sight in her left eye this morning, she's had jaw pain when chewing and a headache for a week"),
    # blood_clot_PE
    ("now", "blood_clot_PE", "Two weeks after my c-section and suddenly I'm really breathless, sharp pain in my chest when I breathe in, and I coughed up some blood"),
    ("now", "blood_clot_PE", "Flew back from Australia yesterday, my calf was sore, now I'm short of breath and my heart's going at 120"),
    ("now", "blood_clot_PE", "On the pill, 24, my right leg has been swollen for a few days and now I've suddenly got breathlessness and chest pain when I breathe"),
    ("now", "blood_clot_PE", "Wife is 31 weeks pregnant and suddenly can't breathe properly, pain in her side when she breathes in and she nearly fainted"),
    ("now", "blood_clot_PE", "Had my knee op last week, suddenly breathless getting into bed and coughing up pinkish stuff"),
    # cauda_equina
    ("now", "cauda_equina", "Bad back for a week, now I can't feel anything when I wipe, numb round my bum and I didn't realise I needed a wee until I'd wet myself"),
    ("now", "cauda_equina", "Sciatica in both legs now, and I've wet myself without noticing, the saddle area is numb"),
    ("now", "cauda_equina", "Two weeks after giving birth with an epidural, severe back pain today, both legs weak, I can't pee at all and it's numb down there"),
    ("now", "cauda_equina", "Known slipped disc, today new numbness around my genitals and I can't control my bowels"),
]
