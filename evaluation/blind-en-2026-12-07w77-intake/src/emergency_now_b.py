# Emergency items, kind "now", part B. Written by hand, writer 77.


def E(text, family):
    return {"text": text, "emergency": True, "kind": "now", "family": family}


ITEMS = [
    # unconscious_unresponsive
    E("my roommate came home drunk and is passed out on the floor, i've shaken her and shouted and she won't respond at all. she threw up a bit. is it ok to just put her on her side and let her sleep it off", "unconscious_unresponsive"),
    E("Found my elderly neighbour on her kitchen floor, she's breathing but doesn't answer when I talk to her or squeeze her hand. No idea how long she's been there.", "unconscious_unresponsive"),
    E("my boyfriend took something at the club and now he's slumped in the uber and his eyes are half open but he isn't reacting to anything. breathing is noisy", "unconscious_unresponsive"),
    E("husband fainted after standing up, he came round for a second but now he's gone floppy again and is really hard to wake. He's 60, diabetic", "unconscious_unresponsive"),
    # head_injury
    E("My 17 yo fell off his skateboard, no helmet, hit the back of his head. He was knocked out for maybe a minute, now he keeps asking the same questions over and over and has thrown up twice.", "head_injury"),
    E("Got punched on a night out and went down hard on the pavement. Now 3 hours later I've got the worst headache of my life and clear fluid dripping from my nose. 25M", "head_injury"),
    E("My nan (84, on warfarin) banged her head on the cupboard door about an hour ago. She seemed fine but now she's drowsy and not making much sense.", "head_injury"),
    E("My toddler fell off the top bunk onto a wooden floor. He cried straight away but now he's really sleepy and one pupil looks bigger than the other.", "head_injury"),
    # febrile_infant
    E("My baby is 5 weeks old and has a temperature of 38.4. She's feeding a bit less than usual but otherwise seems ok. Can I give calpol and see how she is in the morning?", "febrile_infant"),
    E("7 week old son feels hot, thermometer says 38.1, he's grizzly and sleepier than normal. Our GP opens at 8am. Is it ok to wait?", "febrile_infant"),
    E("newborn (12 days) is really floppy today and feels hot, 38.0 under the arm. not interested in feeding. first baby so dont know if im overreacting", "febrile_infant"),
    E("Our 2 month old has a temp of 38.6 after her jabs this morning... but it's now 11pm, she's mottled and won't settle or feed. Normal jab reaction?", "febrile_infant"),
    # meningitis_signs
    E("My flatmate has a terrible headache, can't stand the light, his neck is stiff and now there are little purple spots on his legs that don't fade when I press a glass on them. We're at uni, he's 19.", "meningitis_signs"),
    E("I'm 20, started feeling fluey this morning, now massive headache, bending my neck forward hurts, I'm throwing up and I feel really confused. Cold hands and feet too.", "meningitis_signs"),
    E("My 4 year old has a fever, is really drowsy and I just noticed a rash of tiny dark red dots on her tummy that doesn't go away with the glass test", "meningitis_signs"),
    E("girlfriend's temp is 39.5, she says her neck is so stiff she can't touch her chin to her chest, the light hurts her eyes and she's getting muddled about where she is", "meningitis_signs"),
    # severe_abdominal_pain
    E("Pain started around my belly button last night and has moved down to the lower right. It's really bad now, worse when I walk or the car goes over bumps. Temp 38.2. 18M.", "severe_abdominal_pain"),
    E("My stomach is rock hard and I'm in the worst pain I've ever had, came on suddenly about an hour ago. I've had stomach ulcers before and take a lot of ibuprofen. Can't stand up straight.", "severe_abdominal_pain"),
    E("Severe belly pain, vomiting green stuff and I haven't pooped or farted in 2 days. Belly is swollen like a drum. I had bowel surgery last year.", "severe_abdominal_pain"),
    E("I'm 70 and got sudden tearing pain in my belly going through to my back, feeling faint and clammy. I do have a known aneurysm they were 'watching'.", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    E("I'm 32 weeks pregnant and suddenly bleeding bright red, it's soaked a pad in 20 minutes and my belly feels tight and painful all the time. The baby's been quieter.", "pregnancy_bleeding_or_pain"),
    E("35 weeks, headache that won't shift, seeing flashing lights and my face and hands swelled up really fast today. Pain under my right ribs too. Is it just pregnancy?", "pregnancy_bleeding_or_pain"),
    E("I'm 28 weeks and I've had regular tightenings every 5 minutes for the last hour and some fluid trickling. First baby. Is this Braxton Hicks?", "pregnancy_bleeding_or_pain"),
    E("Gave birth 4 days ago at home-ish (midwife came). Now I'm bleeding a lot, clots the size of my fist, and I feel dizzy and my heart's racing.", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    E("Type 1, my sugar is reading HI on the meter, I've been throwing up all afternoon, my breath smells weird and I'm breathing really deep and fast. 20F, forgot insulin on a night out.", "diabetic_emergency"),
    E("My husband is diabetic and he's sweaty, shaky and talking nonsense, getting aggressive. He's not drunk. I tried giving him juice but he won't swallow properly now.", "diabetic_emergency"),
    E("My 12 year old has lost weight, is drinking gallons and peeing all the time, and today he's vomiting, breathing fast and is really sleepy. No diabetes diagnosis yet.", "diabetic_emergency"),
    E("i'm type 1 and had a big night drinking, woke up and my bg is 2.1 and i'm shaking so bad i can barely type, i can't find my glucose tabs", "diabetic_emergency"),
    # sepsis_signs
    E("I'm 3 days after a c-section and I feel awful, shivering, heart racing at like 130, temp 39.1 and the wound is red and leaking. I'm also really confused and breathing fast.", "sepsis_signs"),
    E("Mum (79) has a UTI, was on antibiotics, but today she's confused, her skin is blotchy and cold, she's barely peed and her breathing's fast.", "sepsis_signs"),
    E("Had a kidney infection diagnosed 2 days ago, on antibiotics, but now I'm shaking uncontrollably, my BP machine says 82/50 and I feel like I'm going to die. 26F.", "sepsis_signs"),
    E("my boyfriend injects and has a red swollen spot on his arm that's spreading fast, he's got a high fever, he's clammy and can barely stand up", "sepsis_signs"),
    # severe_burn
    E("Spilled a pan of boiling oil down my leg. It's from my knee to my ankle, some areas are white and don't hurt, others are blistering. I'm running it under cold water now.", "severe_burn"),
    E("My 2 year old pulled a cup of fresh tea over herself, it's on her chest and arm, skin's peeling off in bits. I've put her in a cool shower.", "severe_burn"),
    E("my mate tried to light the bonfire with petrol and his face and hands got caught. his eyebrows are gone, his voice is croaky and he's coughing black stuff", "severe_burn"),
    E("Got an electric shock off a broken socket, there's a small black burn on my hand but my arm is tingly and my heart feels like it's skipping. 23M", "severe_burn"),
    # choking
    E("My dad is choking on a piece of steak, he's grabbing his throat and can't talk or cough. I've done some back slaps. Going purple.", "choking"),
    E("baby (9 months) was eating a grape and now she's making a weird squeaking noise and can't cry, her face is going red then pale", "choking"),
    E("I'm alone and something is stuck, I can breathe a bit but it's whistling and I can't swallow my spit. It was a boiled sweet.", "choking"),
    E("my little brother swallowed a coin and now he's coughing and gagging and drooling and his breathing sounds noisy. he's 3. he was fine 5 mins ago", "choking"),
    # severe_dehydration_child
    E("My 10 month old has had diarrhoea and vomiting for 2 days, hasn't had a wet nappy since this morning, the soft spot on her head looks sunken and she's really floppy.", "severe_dehydration_child"),
    E("My 4 year old can't keep even sips of water down, vomiting since yesterday, eyes look sunken, lips are cracked, she cries with no tears and she's so sleepy.", "severe_dehydration_child"),
    E("toddler with a stomach bug has had no wee for like 12 hours, he's cold hands and feet and isn't really responding to me properly. still vomiting", "severe_dehydration_child"),
    E("My son (6) has gastro, vomited over 15 times today. Now he's breathing fast, his heart is racing and he's dizzy when I try to get him to stand up.", "severe_dehydration_child"),
    # chest_pain_other
    E("Chest pain that started suddenly like a tearing feeling going through to my back, I'm 52 with high blood pressure. Feels different to anything before.", "chest_pain_other"),
    E("Sharp chest pain since I threw up repeatedly after drinking last night, now it hurts to swallow and my neck feels crackly when I touch it. 30M.", "chest_pain_other"),
    E("I'm 26 and have a tight chest and my heart's going 180 while I'm just sitting down, it's been like this for 40 mins and I feel faint. Usually my heart's normal.", "chest_pain_other"),
    E("since I got kicked in the chest at training an hour ago it hurts to breathe and I'm getting more and more breathless. Bit of a bump over my ribs. 17", "chest_pain_other"),
    # vision_loss_sudden
    E("In the last hour it's like a grey curtain came down over the top half of my right eye. Had loads of new floaters and flashes this morning. 41, very short-sighted.", "vision_loss_sudden"),
    E("Suddenly lost the sight in my left eye completely about 20 mins ago, no pain. I'm 68. It's like someone switched the lights off on that side.", "vision_loss_sudden"),
    E("My eye is agony, red, the vision is blurred, I'm seeing halos around lights and I've been sick. Came on this evening. 60F.", "vision_loss_sudden"),
    E("Got splashed in the eyes with oven cleaner just now and I can barely see, it's burning like hell. I've rinsed for a minute.", "vision_loss_sudden"),
    # blood_clot_PE
    E("My calf's been swollen and sore since my long flight on Monday. Now tonight I'm suddenly short of breath, my heart's racing and it hurts to breathe in. I'm 30 and on the pill.", "blood_clot_PE"),
    E("2 weeks after my knee op, sudden sharp chest pain when breathing and I coughed up a bit of blood just now. Feeling panicky and breathless.", "blood_clot_PE"),
    E("Just had a baby 10 days ago and out of nowhere I can't catch my breath walking to the loo, heart pounding, and a pain in my side when breathing deeply.", "blood_clot_PE"),
    E("My leg went red, hot and massively swollen from ankle to thigh over today and now I feel breathless and light-headed. I'm 24, on Yaz, smoke.", "blood_clot_PE"),
    # cauda_equina
    E("Bad back for a week, but today both my legs feel weak and I can't feel anything when I wipe after the toilet. I also can't seem to pee properly.", "cauda_equina"),
    E("My sciatica is now in both legs and I've wet myself without realising. My inner thighs and bum feel numb, like I'm sitting on something. 45F.", "cauda_equina"),
    E("Lifted a sofa yesterday, back's been killing me. Just noticed I can't really feel my privates and I haven't needed to pee since this morning though I've been drinking. 38M.", "cauda_equina"),
    E("Slipped disc known. Since this afternoon, numbness in the saddle area, can't control my bowels properly and my feet are dragging. Physio appointment is next week, should I wait?", "cauda_equina"),
]
