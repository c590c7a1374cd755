# Hand-written emergencies (kind "now"): (text, family)
NOW = [
# heart_attack
("My dad is 64 and for the last 20 minutes he's had crushing pain in his chest going into his left arm, he's sweating buckets and looks grey. He says it's just indigestion. What do we do?", "heart_attack"),
("Dear doctor, I am writing as I sit here, I have a tight heavy pressure in the centre of my chest since half an hour, going into my jaw, and I feel like vomiting. I am 58 and diabetic.", "heart_attack"),
("husband just slumped on the sofa clutching his chest, says it feels like an elephant sitting on it, hes 52 and smokes, hes breathing but really pale and sweaty", "heart_attack"),
("I'm at work and a colleague, about 60, has gone clammy and is complaining of pain across her chest and between her shoulder blades, and she's short of breath. She keeps saying she'll be fine in a minute.", "heart_attack"),
("mum 71 woke up at 3am with chest pain and being sick, now says her left arm feels numb and heavy, she doesnt want to bother anyone. should i wait til the GP opens", "heart_attack"),
# stroke
("My grandmother's face has suddenly dropped on one side and her speech is slurred, it started about 10 minutes ago while we were having tea. She can't lift her right arm.", "stroke"),
("Sorry if this is the wrong place. My husband is 68 and in the last hour he's started mixing up words and can't find the right ones, and his left hand has gone weak and clumsy.", "stroke"),
("sat with my neighbour right now, she's 80, all of a sudden she can't see out of one side and she's very confused, her smile is lopsided", "stroke"),
("I'm typing with one hand because my left side has gone numb and heavy in the last 15 minutes and my wife says my mouth looks crooked. I'm 57.", "stroke"),
("worst headache of my life came on like a thunderclap 5 minutes ago while I was lifting at the gym, I'm 41, I've vomited and my neck is going stiff", "stroke"),
# breathing_difficulty
("My son is 7, asthmatic, had 10 puffs of his blue inhaler in the last half hour and he's still struggling, can't finish a sentence and his lips look a bit blue.", "breathing_difficulty"),
("I can't catch my breath even sitting still, it's getting worse over the last hour, I'm 75 with COPD and my inhalers aren't touching it, lips tingling.", "breathing_difficulty"),
("baby 4 months is sucking in under her ribs with every breath, breathing really fast and making a grunting noise. had a cold for 2 days", "breathing_difficulty"),
("My partner is wheezing badly and sitting bolt upright gasping, he's too breathless to even talk to me. This has been going on for 20 minutes and getting worse.", "breathing_difficulty"),
("Sir my father aged 70 is breathing very fast and his SpO2 on the oximeter is showing 84% now, he is confused also, in the morning it was 94.", "breathing_difficulty"),
# anaphylaxis
("My daughter (9) just ate a biscuit with peanuts in it at a party and her lips and eyes are swelling up, she says her throat feels tight and her voice has gone croaky.", "anaphylaxis"),
("stung by a wasp about 5 mins ago and now I've got hives everywhere, my tongue feels thick and I'm going faint. I don't have an epipen.", "anaphylaxis"),
("I took my first dose of amoxicillin 20 minutes ago and now my face is swelling, I'm covered in itchy welts and I've started wheezing.", "anaphylaxis"),
("Used my son's EpiPen on him 10 minutes ago after he ate prawns, he's still struggling to breathe and his lips are swelling again. Do we give the second one?", "anaphylaxis"),
("Friend at dinner with us is allergic to sesame, she's gone blotchy red all over, vomiting, says she feels like she's going to die and her breathing sounds noisy.", "anaphylaxis"),
# severe_bleeding
("cut my hand on a broken glass while washing up, it's deep, blood is pumping out in spurts, soaked through two tea towels already", "severe_bleeding"),
("My husband's nosebleed won't stop, it's been 45 minutes of pressing the whole time, he's on warfarin and now he's dizzy and pale.", "severe_bleeding"),
("Our teenage son came off his bike into a fence and there's a deep gash on his thigh bleeding heavily, it won't stop with pressure.", "severe_bleeding"),
("I'm vomiting bright red blood, about a cupful just now, and I feel really lightheaded. I've had stomach ulcers before.", "severe_bleeding"),
# suicidal_intent
("I've written letters to my family and I have the pills lined up on the table. I'm going to do it tonight, I just wanted someone to know.", "suicidal_intent"),
("My best friend just texted me saying goodbye and that she's at the bridge. She isn't answering her phone. I don't know what to do.", "suicidal_intent"),
("I can't keep going. The rope is ready in the garage and my wife is out until late. I'm 44.", "suicidal_intent"),
("My 16 year old son told me 10 minutes ago he plans to kill himself tonight and now he's locked himself in his room.", "suicidal_intent"),
("Dear sir I am sitting on the roof of my hostel building right now and I want to jump. Nobody will miss me.", "suicidal_intent"),
# self_harm
("I cut myself deeper than I meant to on my forearm and it won't stop bleeding, I can see something white in it.", "self_harm"),
("My flatmate has just burned herself over and over with a lighter and now she's banging her head against the wall and won't stop.", "self_harm"),
("I'm a teacher, a student has just shown me deep fresh cuts on her thigh that are still bleeding through her tights.", "self_harm"),
("I just cut into my leg with a kitchen knife and the wound is gaping open and bleeding through the towel, I'm shaking all over.", "self_harm"),
# overdose_poisoning
("I took 30 paracetamol about an hour ago. I'm not feeling anything yet. Does that mean I'm ok?", "overdose_poisoning"),
("My 2 year old got into the cupboard and I think he drank some dishwasher liquid, he's drooling, crying and coughing.", "overdose_poisoning"),
("Found my mum drowsy and hard to wake with an empty blister pack of her sleeping tablets next to the bed, her breathing is slow.", "overdose_poisoning"),
("mate took something at the festival, he's burning hot, jaw clenching, heart going like mad and he's not making any sense", "overdose_poisoning"),
("The gas heater in our flat — my husband and I both have pounding headaches and feel sick and dizzy, and the kids are sleepy and won't wake properly.", "overdose_poisoning"),
# seizure
("My wife is having a fit right now, it's been going for 6 minutes and not stopping, she's epileptic but it has never lasted this long.", "seizure"),
("My 3 year old had a seizure, it stopped after 2 minutes but now he's started shaking again and he hasn't woken up in between.", "seizure"),
("Coworker just collapsed and is jerking all over on the office floor, he's never had this before, he's going blue around the lips.", "seizure"),
("My son (17) keeps having one seizure after another, three in the last half hour, he isn't coming round between them.", "seizure"),
# unconscious_unresponsive
("I've just found my elderly neighbour on her kitchen floor, she's not responding to me shaking her or shouting, she is breathing though.", "unconscious_unresponsive"),
("My dad won't wake up. He's snoring in a weird way and I can't rouse him at all, he's 77.", "unconscious_unresponsive"),
("Husband came home very drunk and now I can't wake him, his breathing is slow with long gaps and he's been sick.", "unconscious_unresponsive"),
("Friend fainted at the gym 5 minutes ago and still hasn't come round, his eyes are half open but he doesn't respond to his name.", "unconscious_unresponsive"),
# head_injury
("My 80 year old mum fell and hit her head on the radiator, she's on blood thinners and now she's vomited twice and is getting drowsy.", "head_injury"),
("my son fell off the trampoline onto his head 30 min ago and now he's confused, asking the same questions over and over and one pupil looks bigger", "head_injury"),
("Got hit on the head by a cricket ball earlier, was fine but now the headache's getting worse, I'm being sick, the room is spinning and there's clear fluid dripping from my nose.", "head_injury"),
("My brother fell down the stairs and was knocked out for a minute, now awake but talking gibberish and he can't move his left arm properly.", "head_injury"),
# febrile_infant
("My baby is 5 weeks old and her temperature is 38.4 on the thermometer. She's feeding less than usual.", "febrile_infant"),
("6 week old son, temp 38.6, floppy, not interested in feeds and very sleepy. What do I do?", "febrile_infant"),
("Our newborn (10 days) feels hot and the digital thermometer says 38.1, she's grizzly and won't settle.", "febrile_infant"),
("Grandson is 7 weeks old, I'm minding him tonight, his temperature just came up at 38.9 and he's whimpering and looks mottled.", "febrile_infant"),
# meningitis_signs
("My 14 year old has a high fever, terrible headache, can't stand the light and now there's a purple rash that doesn't fade when I press a glass on it.", "meningitis_signs"),
("Uni student here, my roommate has a fever of 39.5, a stiff neck, is vomiting and is getting really confused. It came on this afternoon.", "meningitis_signs"),
("Toddler has a temperature, is very drowsy and there are tiny pinprick purple spots on his tummy that don't go away with the glass test.", "meningitis_signs"),
("I'm 22, fever and the worst headache, neck so stiff I can't put my chin on my chest and light hurts my eyes. Started this morning, getting worse fast.", "meningitis_signs"),
# severe_abdominal_pain
("Excruciating pain in my lower right belly, started around the belly button last night, now I can't stand up straight, fever 38.5 and vomiting.", "severe_abdominal_pain"),
("My husband (70) has sudden terrible pain in his tummy going through to his back, he's pale, sweaty and feels faint. He has an aneurysm they're watching.", "severe_abdominal_pain"),
("Stomach is rock hard and swollen, haven't passed wind or pooed for 3 days and now I'm vomiting green stuff. Had bowel surgery years ago.", "severe_abdominal_pain"),
("Pain in my upper tummy is unbearable, I'm rolling around on the floor, it's been 2 hours and nothing helps, I'm 47.", "severe_abdominal_pain"),
# pregnancy_bleeding_or_pain
("I'm 34 weeks pregnant and bleeding heavily, bright red, through a pad in 20 minutes, and my tummy is hard and painful.", "pregnancy_bleeding_or_pain"),
("30 weeks and I've had a constant severe pain in my belly for an hour and the baby hasn't moved since this morning.", "pregnancy_bleeding_or_pain"),
("Wife is 28 weeks, her waters just broke and there's a lot of blood with it, she's having contractions.", "pregnancy_bleeding_or_pain"),
("36 weeks, sudden bad headache, flashing lights in my eyes and my face and hands have puffed up over the last few hours. BP at home was 165/110.", "pregnancy_bleeding_or_pain"),
# diabetic_emergency
("My type 1 son (15) is vomiting, breathing deep and fast, his breath smells like pear drops and his meter just says HI.", "diabetic_emergency"),
("Husband is diabetic on insulin, he's sweaty, shaking and talking nonsense, and now he can't swallow the juice I'm giving him.", "diabetic_emergency"),
("I'm a carer, my client is diabetic, her sugar reads 1.9, she's barely responsive and I can't get her to eat anything.", "diabetic_emergency"),
("Sugar 32 mmol, ketones 4.8, been vomiting for hours and I feel like I'm going to pass out. Type 1, 26F, home alone.", "diabetic_emergency"),
# sepsis_signs
("My mum was diagnosed with a kidney infection 2 days ago, now she's shivering violently, confused, her skin is mottled and she hasn't peed since morning.", "sepsis_signs"),
("Day 5 after my hysterectomy, fever 39.4, heart racing at 130, I feel like I'm dying, the wound is red and hot.", "sepsis_signs"),
("My dad is on chemo, his temp just hit 38.7 and he's shaking, breathless and his BP machine says 82/50.", "sepsis_signs"),
("Cellulitis on my leg is spreading fast past the pen line, I'm shivering, vomiting, my heart is pounding and I feel really muddled.", "sepsis_signs"),
# severe_burn
("My toddler pulled a kettle of boiling water down on himself, his chest and arm are red and blistering, it's a big area and he's screaming.", "severe_burn"),
("Grease fire in the kitchen, my husband's hands and face are burnt, skin looks white and leathery in places and his voice is going hoarse.", "severe_burn"),
("I spilled drain cleaner on my leg, it's eating in, I've rinsed it but the skin is coming away.", "severe_burn"),
("A firework went off in my friend's hand, the burns cover his palm and fingers, charred, and he's shaking and grey.", "severe_burn"),
# choking
("My baby is choking on a grape, she can't cry or cough, I've done back blows and it's not coming out", "choking"),
("Dad is choking on a piece of steak, can't speak, clutching his throat, going red and now blue.", "choking"),
("My 4 year old swallowed a coin and he's gagging and can't breathe properly, making a high-pitched noise.", "choking"),
("Elderly resident at our care home is choking on her lunch, weak cough, going blue. Staff doing back blows.", "choking"),
# testicular_torsion
("My 13 year old son woke up with sudden severe pain in his left testicle, it's swollen and he's vomiting.", "testicular_torsion"),
("15M, got kicked at football then an hour later sudden really bad pain in my ball, one side sitting higher, feel sick.", "testicular_torsion"),
("Sudden awful pain in my right testicle started 2 hours ago out of nowhere, I'm 19, the pain goes up into my stomach.", "testicular_torsion"),
("My boyfriend is in agony, one testicle swollen and pulled up high, started 40 minutes ago while he was asleep, he's 22.", "testicular_torsion"),
# ectopic_pregnancy
("6 weeks pregnant (positive test last week), sharp pain low down on my left and now shoulder tip pain, I feel faint and dizzy.", "ectopic_pregnancy"),
("Period is 2 weeks late, test positive, sudden severe pain on one side of my pelvis and I nearly passed out on the toilet.", "ectopic_pregnancy"),
("My wife is early pregnant, 7 weeks, she's just collapsed with pain in her lower tummy and is pale and sweaty.", "ectopic_pregnancy"),
("I have a pregnancy of unknown location being monitored, and now the pain on my right is really bad, there's bleeding and I feel lightheaded.", "ectopic_pregnancy"),
# severe_dehydration_child
("My 10 month old has had diarrhoea and vomiting for 2 days, no wet nappy for 12 hours, sunken eyes and the soft spot on her head is sunken too, she's very floppy.", "severe_dehydration_child"),
("Son is 3 and has been vomiting everything including water since yesterday, very drowsy, lips cracked, hasn't peed today, cold hands.", "severe_dehydration_child"),
("Child 18 months, gastro, no tears when crying, dry mouth, breathing fast and hard to wake.", "severe_dehydration_child"),
("My 6 year old has had watery diarrhoea all day, refusing to drink, eyes sunken, limp and not answering me properly.", "severe_dehydration_child"),
# chest_pain_other
("sudden tearing pain in my chest going straight through to my back, the worst pain I've ever had, I'm 62 with high blood pressure.", "chest_pain_other"),
("I'm tall and skinny, 20, and had a sudden sharp pain on the right of my chest while sitting down and now I'm really short of breath. Getting worse.", "chest_pain_other"),
("Used cocaine about an hour ago and now my chest is really tight, heart racing and I'm sweating loads.", "chest_pain_other"),
("Was in a car crash 30 minutes ago, the seatbelt hit my chest hard and now it hurts to breathe and I'm getting more and more breathless.", "chest_pain_other"),
# vision_loss_sudden
("Suddenly lost the vision in my right eye completely about 20 minutes ago, it was like a curtain coming down. I'm 66.", "vision_loss_sudden"),
("Something has just gone wrong with my eye, I've got a shower of new floaters and flashes and now a dark shadow creeping in from the side.", "vision_loss_sudden"),
("My left eye is extremely painful and red, the vision is blurry, I see haloes round lights and I'm vomiting. Started an hour ago.", "vision_loss_sudden"),
("Splashed bleach in my eye while cleaning, I can barely see out of it now and it's burning like mad.", "vision_loss_sudden"),
# blood_clot_PE
("Got back from a long-haul flight yesterday, calf was sore and swollen, and now I've got sudden sharp chest pain when I breathe in and I'm coughing up a bit of blood.", "blood_clot_PE"),
("On the pill, 31, suddenly really breathless in the last hour, heart racing at 120, chest hurts when I take a deep breath.", "blood_clot_PE"),
("My mum had knee surgery 10 days ago, now she's suddenly breathless, her lips look bluish and she says she feels like something terrible is happening.", "blood_clot_PE"),
("I'm 2 weeks post-partum and all of a sudden I can't get my breath and I nearly passed out standing up, my heart is thumping.", "blood_clot_PE"),
# cauda_equina
("My back pain has got worse today and now I can't feel it when I wipe after the toilet, my bum and inner thighs are numb, I'm 45.", "cauda_equina"),
("Known herniated disc, this morning I lost control of my bladder, wet myself without feeling it, and both legs are weak.", "cauda_equina"),
("Husband has sciatica down both legs and since lunch he can't pee at all, and he says it's numb down below.", "cauda_equina"),
("Numb saddle area, can't tell if I need to wee, legs going weak, bad back pain since I lifted a sofa yesterday.", "cauda_equina"),
# extra, more formal
("Good evening po Doc, my father is 69, since 30 minutes he has chest pain like something heavy pressing on him, sweating a lot and vomiting, his BP is 90/60. What to do po?", "heart_attack"),
("To the duty doctor: I am a home care nurse in Nova Scotia. My client (82F) was at her baseline at 09:00; at 09:40 she developed right-sided facial droop, word-finding difficulty and right arm drift. Please advise.", "stroke"),
("Respected sir, my sister aged 19 drank pesticide from the field shed after a fight with our father about 20 minutes back, she is vomiting and sweating heavily and her eyes look strange.", "overdose_poisoning"),
("Please advise urgently: my flatmate in Dunedin has had the flu for three days, tonight he is confused, his lips are bluish, he is breathing about 30 times a minute and his hands and feet are ice cold.", "sepsis_signs"),
]

