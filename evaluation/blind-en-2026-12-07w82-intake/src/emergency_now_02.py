from _helpers import E

ITEMS = [
    # unconscious_unresponsive
    E("Just found a resident slumped in her chair, I can't wake her up, she's breathing but making snoring noises and not responding to her name or a shake. She was fine at lunch", "unconscious_unresponsive"),
    E("my grandad is on the floor in the kitchen and won't respond when i shout at him. hes breathing i think. what do i do, i'm 14", "unconscious_unresponsive"),
    E("a man has collapsed outside the school gates, he's not moving and I can't see him breathing. parents are crowding round. I'm a teacher, what do I do first", "unconscious_unresponsive"),
    E("Player went down at training without anyone touching him, he's lying still, eyes open but not answering, breathing is weird, like gasping", "unconscious_unresponsive"),
    E("My flatmate's been drinking all night and now I can't wake him. He's cold and clammy and his breathing is really slow, like every 10 seconds", "unconscious_unresponsive"),
    # head_injury
    E("One of our residents fell out of bed and hit her head on the side table, she's on apixaban, now she's vomited twice and is more drowsy than usual", "head_injury"),
    E("Rugby match, one of my 16 year olds got a knee to the head, he was knocked out for about a minute, now he's awake but keeps asking the same questions over and over and has been sick", "head_injury"),
    E("my son fell off the climbing frame onto concrete and there's clear fluid coming out of his nose and he's really sleepy. he's 6. it happened 20 mins ago", "head_injury"),
    E("I fell off my bike and hit my head, no helmet, about an hour ago. Headache is getting worse and my vision is blurry and my left hand feels weak", "head_injury"),
    E("Child fell in the playground and has a big soft swelling on the back of her head. She's just had a fit and now she's very drowsy. She's 4", "head_injury"),
    # febrile_infant
    E("my baby is 6 weeks old and his temp is 38.3 under the arm. He's feeding less than usual. It's 2am, should I wait for the GP in the morning?", "febrile_infant"),
    E("Nanny here. The baby I look after, 8 weeks, feels very hot, temperature 38.6 and she's floppy and not interested in her bottle. Parents are at work", "febrile_infant"),
    E("our newborn (11 days) has a temperature of 38.1 and is very sleepy, hard to wake for feeds", "febrile_infant"),
    E("2 month old, had her jabs yesterday, now 39.2 and a high pitched cry that won't stop and she's gone mottled. is this just the vaccine?", "febrile_infant"),
    E("my 5 week old is burning up, 38.5 on the thermometer, he's grunting a bit when he breathes. Calpol says not for under 2 months so I haven't given anything", "febrile_infant"),
    # meningitis_signs
    E("My son (17) has a high fever, the worst headache of his life, can't look at light and his neck is so stiff he can't touch chin to chest. There's a few purple spots on his legs", "meningitis_signs"),
    E("Boarding school matron. A student in the san has a rash that doesn't fade when I press a glass on it, a temperature of 39.5 and she's getting confused", "meningitis_signs"),
    E("my toddler has a fever and these tiny red pin prick spots on her tummy that don't go away with the glass test and her hands and feet are freezing", "meningitis_signs"),
    E("Uni student here, my roommate has had a fever since this morning and now she's vomiting, says her neck hurts and the light kills her eyes, and she's really out of it", "meningitis_signs"),
    E("Resident is suddenly very confused with a fever of 39, neck is rigid and she screamed when we moved her head. she had a cold last week", "meningitis_signs"),
    # severe_abdominal_pain
    E("My wife is doubled over with pain in her upper stomach going through to her back, vomiting, been 3 hours and getting worse. She had gallstones last year", "severe_abdominal_pain"),
    E("Resident has a hard swollen belly, hasn't opened bowels in 5 days and now he's vomiting brown smelly stuff and screaming in pain", "severe_abdominal_pain"),
    E("I'm 19 and I have agonising pain in the bottom right of my stomach, it started around my belly button last night. Walking makes it worse and I've got a fever and threw up", "severe_abdominal_pain"),
    E("my dad (72) just got sudden terrible pain in his belly and back, he's grey and sweaty and says he feels faint. he has an aneurysm they were 'watching'", "severe_abdominal_pain"),
    E("Pupil in my class is lying on the floor curled up, says his tummy hurts so much he can't move, belly is rigid like a board, he's 13 and white as a sheet", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    E("I'm 34 weeks pregnant and I'm bleeding bright red, it's soaked a pad in 10 minutes, and my bump feels hard and really painful", "pregnancy_bleeding_or_pain"),
    E("Teacher. My colleague is 28 weeks pregnant and just came out of the loo saying she's bleeding heavily with cramps. She's shaking", "pregnancy_bleeding_or_pain"),
    E("I'm 36 weeks pregnant and I've got a terrible headache, flashing lights, my face and hands have swollen up and pain under my ribs on the right", "pregnancy_bleeding_or_pain"),
    E("my wife is 30 weeks pregnant and the baby hasn't moved all day, and now she has constant pain in her belly that doesn't go away between cramps", "pregnancy_bleeding_or_pain"),
    E("I'm 16 weeks pregnant and bleeding loads with clots, I've gone through 3 pads in an hour and I feel dizzy", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    E("Type 1 pupil in my class is sweaty, shaky and slurring, we tested and she's 2.1, she won't eat or drink anything we give her, getting more drowsy", "diabetic_emergency"),
    E("Resident is diabetic on insulin and I can't rouse her properly, her sugar is reading LO on the meter. we've got glucagon in the fridge", "diabetic_emergency"),
    E("my 14 year old (type 1) has been vomiting all day, breathing deep and fast, breath smells like pear drops and blood sugar is 28, ketones 4.5", "diabetic_emergency"),
    E("I'm type 1 and my ketones are 3.8 and I can't keep water down, my tummy hurts and I feel like I'm breathing funny. Sugar is 24. Alone at home", "diabetic_emergency"),
    E("Coach. One of my players is diabetic and he's acting drunk after the game, aggressive, sweating and not making sense. His meter says 1.9", "diabetic_emergency"),
    # sepsis_signs
    E("Resident has a UTI on antibiotics but today she's burning up, breathing fast, her skin looks mottled and blotchy and she's not passed urine since yesterday, very confused", "sepsis_signs"),
    E("I had a c-section 5 days ago and now I've got a fever of 39.4, shivering uncontrollably, heart racing at 130 and I feel like I'm going to die", "sepsis_signs"),
    E("my husband's cut on his hand from gardening has red streaks going up his arm, he's shaking with a fever, BP on our machine says 85/50 and he's slurring a bit", "sepsis_signs"),
    E("Home carer. My client had a chest infection, today she's cold and clammy, her lips are bluish, breathing really fast and I can't really get sense out of her", "sepsis_signs"),
    E("My chemo was 8 days ago and I've got a temperature of 38.5 and rigors. I feel terrible. The leaflet said call something but I can't find it", "sepsis_signs"),
    # severe_burn
    E("Resident pulled a pot of tea onto her lap, the skin on her thighs has peeled off and it's white in places, about the size of a dinner plate both legs", "severe_burn"),
    E("my toddler pulled the kettle down and the boiling water went all over his chest and arm, it's blistering everywhere. we've put him under the cold tap", "severe_burn"),
    E("Chip pan fire at home, my dad's hands and face are burned, his eyebrows are singed and his voice is going hoarse and he's coughing black stuff", "severe_burn"),
    E("Science lesson, a pupil got concentrated acid on her face and arm, we're rinsing with water but the skin is going white and she's screaming about her eye", "severe_burn"),
    E("my husband was shocked by a live cable in the loft, there's a black burn mark on his hand and foot and he says his heart feels strange", "severe_burn"),
]
