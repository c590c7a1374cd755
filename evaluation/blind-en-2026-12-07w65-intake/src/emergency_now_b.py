# Writer 65 - emergency items, kind "now" (file B). Each item: (text, kind, family)

ITEMS = [
    # seizure
    ("My husband is 81 and has been shaking all over on the lounge floor for what must be six or seven minutes now, his eyes rolled back and he's not answering me. He has never had a fit before. "
     "I've put a cushion under his head. How long do these normally go on for?", "now", "seizure"),
    ("Dear Doctor, my wife (77, epileptic since a girl) had one of her fits about twenty minutes ago, and then another one straight after before she woke up properly, and now a third has just started. "
     "Usually she has one and sleeps it off. Should I give the buccal midazolam or is it best to let them run?", "now", "seizure"),
    ("my grandad (84) just had a fit in the supermarket cafe, shook for about 2 minutes, now he's breathing funny and won't wake up properly, lips a bit blue. staff have put him on his side. "
     "he's diabetic. im 17 and on my own with him", "now", "seizure"),
    ("I'm minding my granddaughter who is 14 months and she's hot and has just gone stiff and jerky and her eyes rolled up, it's been going on for about 6 minutes and she's still jerking. "
     "Her mum is at work. I'm 66. Do I give Calpol when it stops?", "now", "seizure"),
    ("Forgive the bother, I'm 72, I came round on the bathroom floor just now with my tongue bitten and I've wet myself. I don't remember falling. I've never had anything like it. Bit of a headache. "
     "I'm going to lie down for a bit, then I'll book an appointment.", "now", "seizure"),

    # unconscious_unresponsive
    ("I can't wake my husband up from his afternoon nap. He's 88. He's breathing but snoring in a strange way and when I shake him and shout he doesn't open his eyes at all. He's been like this twenty minutes. "
     "He had a late night. Should I let him sleep?", "now", "unconscious_unresponsive"),
    ("mum 90 sitting in her chair, eyes open but not responding to me at all, staring, drooling, won't squeeze my hand. she was chatting an hour ago. i'm her carer. she's breathing ok. what do i look for",
     "now", "unconscious_unresponsive"),
    ("Dear Sir, my neighbour (76) is slumped over the steering wheel of his car in his drive and won't respond when I knock on the window. The engine's running. I can see him breathing I think. "
     "He may just be asleep, he does doze off. Should I leave him be?", "now", "unconscious_unresponsive"),
    ("I'm writing from the residents' lounge at our sheltered housing. One of the gentlemen, in his eighties, has gone floppy in his chair and isn't answering, his colour's awful and I can't tell if he's breathing. "
     "The warden's off today. I've loosened his tie.", "now", "unconscious_unresponsive"),
    ("Found my dad (68) on the kitchen floor this morning, he's breathing but I can't rouse him, he only groans a bit when I pinch his hand. He drinks. Probably just passed out from last night? "
     "Do I put him in the recovery position and wait?", "now", "unconscious_unresponsive"),

    # head_injury
    ("I slipped on the ice on my way back from church and banged the back of my head on the pavement, maybe an hour ago. I'm 83 and on warfarin. There's a big egg and I've been sick twice since getting home "
     "and I'm very sleepy. My son says to rest. Is a cold flannel right?", "now", "head_injury"),
    ("My husband, 79, fell down the last few stairs about 30 minutes ago and hit his head on the radiator. He was knocked out for a minute or so. Now he's talking but keeps asking the same questions "
     "over and over - 'what happened? what day is it?' - every couple of minutes. He says he's fine.", "now", "head_injury"),
    ("grandson (11) came off his bike, no helmet, hit his head on the kerb. he was out cold for a bit. now he's awake but there's clear watery stuff coming out of his nose and he says his head is killing him "
     "and he's been sick 3 times. his mum's on her way from work", "now", "head_injury"),
    ("Dear Doctor, I had a fall at home this morning and struck my temple on the table. I'm 85. I felt fine initially, but now (4pm) the headache is getting much worse, my left arm feels clumsy and "
     "my words are coming out wrong. I'm on clopidogrel. I don't like hospitals.", "now", "head_injury"),
    ("My mother, 92, fell in the care home an hour ago and hit her face and head. The carers say she's fine but she's very drowsy, one pupil looks bigger than the other and she's not making sense. "
     "They want to wait for the GP round on Thursday. I'm with her now.", "now", "head_injury"),

    # febrile_infant
    ("I'm looking after my grandson who is 7 weeks old while my daughter rests. He feels very hot and the thermometer says 38.4. He's not feeding as well as usual and is a bit floppy and sleepy. "
     "I don't want to wake her and worry her. Half a spoon of Calpol?", "now", "febrile_infant"),
    ("our baby is 5 weeks old and has a temp of 38.1 this evening. he's still feeding but is more sleepy than normal and a bit mottly on his legs. is it ok to wait until the health visitor comes tomorrow?",
     "now", "febrile_infant"),
    ("Dear Doctor, my granddaughter is ten weeks old and tonight her temperature is 38.6 under her arm. She's moaning rather than crying and won't take her bottle. My daughter is a first-time mum and "
     "thinks it's teething. Can babies teeth this young?", "now", "febrile_infant"),
    ("hi, 2 month old baby girl, temp 38 and rising, grunting noises when she breathes and she's not interested in feeding since lunch. we're staying with my mum in the country. the GP's closed till Monday.",
     "now", "febrile_infant"),

    # meningitis_signs
    ("My grandson, 19, home from university, has a terrible headache, a stiff neck, he can't stand the light and now there's a rash of tiny purple spots on his tummy that don't fade when I press a glass on them. "
     "He says it's just flu. I'm 70. What shall I do?", "now", "meningitis_signs"),
    ("I'm 67, I've got a high fever (39.8), a crushing headache and my neck is so stiff I can't put my chin on my chest. I've been vomiting. The lights are unbearable. Started this morning. "
     "I think it's a bad flu, should I take ibuprofen as well as paracetamol?", "now", "meningitis_signs"),
    ("granddaughter 3 has a fever, she's very sleepy and floppy and there are some dark red spots on her legs that don't go when I press them. she was fine at breakfast. mum is on her way. "
     "i gave calpol at 11. is that ok", "now", "meningitis_signs"),
    ("Dear Sir, my husband is 74 and has been feverish since yesterday, but now he's confused, doesn't know where he is, has a dreadful headache and cries out when I try to bend his neck. "
     "He had a bad ear infection last week. We're seeing the GP on Friday.", "now", "meningitis_signs"),

    # severe_abdominal_pain
    ("Dear Doctor, I've had a terrible pain in my tummy since lunchtime, now it's gone rock hard and I can't move or even cough without screaming. I've been sick green stuff. I'm 75 with diverticulitis. "
     "I'd rather not trouble the out-of-hours. Is it safe to take a Buscopan?", "now", "severe_abdominal_pain"),
    ("My husband, 80, has a sudden tearing pain in his tummy going right through to his back, came on half an hour ago, he's clammy and grey and says he feels faint. He has an aneurysm they were 'watching'. "
     "He says it's his back again.", "now", "severe_abdominal_pain"),
    ("mum is 86, been sick all day and hasn't opened her bowels or passed wind for 3 days, her tummy is swollen like a drum and she's in awful pain. she says it's just constipation. "
     "should i give her more lactulose?", "now", "severe_abdominal_pain"),
    ("Severe pain low down on the right of my belly since this morning, worse when I walk or the car goes over bumps, I've got a temperature and I've been sick. I'm 68. "
     "I've taken two co-codamol. It's Saturday. Would you say I can wait till Monday to see my GP?", "now", "severe_abdominal_pain"),
    ("Dear Doctor, my wife, 78, has atrial fibrillation and suddenly has agonising pain all over her tummy, far worse than anything I'd expect from the way her tummy feels to touch, which is soft. "
     "She's writhing and sweating. It began an hour ago. She says not to ring.", "now", "severe_abdominal_pain"),

    # pregnancy_bleeding_or_pain
    ("My daughter is 34 weeks pregnant, staying with us. In the last half hour she's had a bad pain in her tummy that doesn't go away between, her bump is hard, and she's bleeding bright red. "
     "She says it's Braxton Hicks. I'm her mum, 61. What should we do?", "now", "pregnancy_bleeding_or_pain"),
    ("28 weeks pregnant, I've got a really bad headache that won't go with paracetamol, I'm seeing flashing lights and my face and hands have puffed up today. pain under my ribs on the right. "
     "probably nothing, midwife appt is next week", "now", "pregnancy_bleeding_or_pain"),
    ("I'm 22 weeks and I've started bleeding quite heavily, soaking a pad in 20 minutes, with cramps coming every few minutes. I'm 39. My husband is abroad. My mother-in-law says lie with my feet up.",
     "now", "pregnancy_bleeding_or_pain"),
    ("Granddaughter is 37 weeks pregnant and her waters have just gone at our house and she says she can feel something, like the cord, coming down. I'm 74. Is it alright to drive her to the maternity unit? It's 40 minutes.",
     "now", "pregnancy_bleeding_or_pain"),

    # diabetic_emergency
    ("My husband, 76, on insulin, is sweating buckets, shaking and talking nonsense, and now he won't take the orange juice I'm trying to give him - he's pushing it away and getting drowsy. "
     "His meter says 1.9. I don't have the glucagon. What should I do?", "now", "diabetic_emergency"),
    ("Dear Doctor, I'm a type 1 diabetic, 66. I've been sick all night with a bug and I've stopped my insulin because I'm not eating. Now I'm breathing fast, I'm very thirsty and drowsy and my meter says HI. "
     "Ketone strip is dark purple. Should I start my insulin again tomorrow?", "now", "diabetic_emergency"),
    ("my grandma is 83, type 2 on gliclazide, she's gone all floppy and confused and sweaty and can't swallow properly. sugar 2.1. she had no dinner. i'm 15 and home alone with her.",
     "now", "diabetic_emergency"),
    ("My father is 88, diabetic on tablets. He's been drinking jugs of water and peeing constantly for days and now he's very confused and hardly rousable. His meter just says 'HI' and his skin is dry like paper. "
     "He's on the sofa. We were going to take him to the GP on Tuesday.", "now", "diabetic_emergency"),
    ("I'm 70 and on insulin. I think I'm having a bad hypo, I've had 4 jelly babies and it's not coming up, 2.4, I'm shaking and can't think straight and there's nobody here. I'll try another few sweets",
     "now", "diabetic_emergency"),

    # sepsis_signs
    ("Dear Doctor, my wife, 84, has had a water infection for two days. Tonight she's shivering violently, her skin is mottled and blotchy on her knees, she's breathing fast, she's muddled, "
     "and she hasn't passed urine since this morning. Her temperature is 35.2, which I thought was good news? She doesn't want to go to hospital.", "now", "sepsis_signs"),
    ("my dad is 79, had his hip operation last week, and since this afternoon he's got a temp of 39.5, his heart is racing at 130, he's gone clammy and confused and says he feels like he's going to die. "
     "the wound is red and oozing. he says just give him paracetamol", "now", "sepsis_signs"),
    ("I'm 71, on chemotherapy for lymphoma (last dose 8 days ago). I have a temperature of 38.3 and shivering, my heart is racing and I went woozy when I stood up. I feel rather rotten. The leaflet says something about ringing but it's 11pm and I don't want to bother them.",
     "now", "sepsis_signs"),
    ("Dear Sir, my husband (82) had a catheter put in last month. Since lunch he's been shaking uncontrollably, hot then cold, his blood pressure on our machine is 82/48 and he's not making sense. "
     "He's in bed. I've put an extra blanket on.", "now", "sepsis_signs"),
    ("my mum has a big red hot swollen leg (cellulitis the GP said 3 days ago, on antibiotics) but now the red has spread up to her groin in a few hours, she's got a fever, she's vomiting and she's very drowsy "
     "and breathing quick. 87 years old. carry on with the tablets?", "now", "sepsis_signs"),
]
