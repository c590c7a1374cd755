# Emergency items (kind "now"), written by hand. (text, family)
ITEMS = [
    # heart_attack
    ("my dad is 64 and has been sweating buckets and holding his chest for the last 20 min, says it feels like an elephant sitting on him and his left arm is numb. he doesn't want a fuss. what do i give him", "heart_attack"),
    ("Crushing pain in the middle of my chest started while I was shovelling snow about half an hour ago. It's going into my jaw, I feel sick and clammy. I'm 57. Is this indigestion?", "heart_attack"),
    ("At work. A colleague in his late 50s just sat down grey in the face saying his chest is tight and he can't catch his breath. He's had a heart attack before. What should we do?", "heart_attack"),
    ("I'm 71 and diabetic. For the past hour there's been a heavy pressure in my chest, I'm breathless and I've vomited once. It's not pain exactly, more like a weight. Should I take an aspirin and see if it passes?", "heart_attack"),
    ("My husband has used his GTN spray twice for his angina, five minutes apart, and the pain is still there and worse than his usual. It's been going 20 minutes now.", "heart_attack"),
    # stroke
    ("My mum's face has dropped on one side and her speech is slurred. It started about 15 minutes ago while we were eating. She's 78. Could she just be tired?", "stroke"),
    ("i suddenly cant move my right arm properly and im struggling to find words, typing this with one hand. started 10 min ago", "stroke"),
    ("Grandad was fine at breakfast but now he's confused, dragging his left leg, and his words are coming out jumbled. Is it his sugar?", "stroke"),
    ("My wife just slumped onto the sofa, she can't lift her left arm and her mouth is crooked. She's 49. This happened a minute ago.", "stroke"),
    ("Out walking with a friend and she's suddenly seeing double, can't stand without falling to one side and her speech sounds drunk. She hasn't had anything to drink.", "stroke"),
    # breathing_difficulty
    ("My asthma attack isn't getting better. I've used my blue inhaler ten times in the last hour and I can barely get a sentence out.", "breathing_difficulty"),
    ("My 3 year old is breathing really fast, the skin between her ribs sucks in with every breath and her lips look a bit blue.", "breathing_difficulty"),
    ("Mum has COPD and is struggling to breathe far worse than usual. She's drowsy and her lips are dusky. The finger monitor says 79.", "breathing_difficulty"),
    ("Woke up gasping, I can't lie flat at all and I'm coughing up frothy pink stuff. I'm 68 and have heart failure.", "breathing_difficulty"),
    ("My partner was in the garage when it caught fire. He got out but now he's wheezing, coughing up black stuff, his voice is hoarse and he's getting confused.", "breathing_difficulty"),
    # anaphylaxis
    ("My son ate a cookie with peanuts in it 10 minutes ago. His lips are swelling, he says his throat feels tight and he's coughing. He's 9. We have an EpiPen, should we wait and see?", "anaphylaxis"),
    ("Got stung by a wasp in the garden. Now I'm covered in hives, my tongue feels thick and I'm dizzy.", "anaphylaxis"),
    ("Took the first dose of a new antibiotic an hour ago and now my face is swelling, I'm wheezy and my blood pressure machine is showing 80/50.", "anaphylaxis"),
    ("My friend with a shellfish allergy ate prawns by mistake at dinner. She's used her EpiPen but she's still struggling to breathe and her voice has gone hoarse.", "anaphylaxis"),
    ("Baby tried egg for the first time and within minutes she's vomiting, gone floppy and is covered in blotchy red welts.", "anaphylaxis"),
    # severe_bleeding
    ("Cut my forearm deep on broken glass. Blood is spurting and soaking through the towel. I've been pressing for 10 minutes and it won't stop.", "severe_bleeding"),
    ("My father is on warfarin and hit his head on a cupboard door. The cut on his scalp is still pouring blood after 20 minutes of pressure.", "severe_bleeding"),
    ("Chainsaw slipped and caught my neighbour's thigh. There's a lot of blood on the grass and he's going pale. I'm with him now.", "severe_bleeding"),
    ("I've vomited bright red blood twice in the last half hour, about a cupful each time. Now I'm dizzy when I stand.", "severe_bleeding"),
    ("My teenage son sliced across his palm with a kitchen knife. It's pouring through three tea towels and he says his fingers feel numb.", "severe_bleeding"),
    # suicidal_intent
    ("I've written letters to my kids and I have the pills counted out. I'm going to do it tonight. I just wanted to tell someone.", "suicidal_intent"),
    ("My flatmate just texted me goodbye and said she's on the bridge. She's not answering her phone. What do I do??", "suicidal_intent"),
    ("I don't see the point anymore. I'm sitting in my car in the garage with the engine running.", "suicidal_intent"),
    ("My 16yo told me 20 minutes ago that he's going to kill himself and he's locked himself in the bathroom with my razor blades.", "suicidal_intent"),
    ("I have a rope and I've decided. Tonight is the night. Please don't try to talk me out of it, I just want to know if it hurts.", "suicidal_intent"),
    # self_harm
    ("I cut myself again tonight but much deeper than usual. It's gaping open, I can see yellowish stuff inside and the bleeding won't stop.", "self_harm"),
    ("My daughter has been burning her arm with a lighter over and over tonight, it's blistered and raw all over and she won't stop. I'm sitting with her.", "self_harm"),
    ("Found my partner in the bathroom with fresh deep cuts on both wrists. He's awake but there's a lot of blood on the floor.", "self_harm"),
    ("I've been hitting my head against the wall for the last hour and now I'm seeing double and throwing up. I don't want to die, I just couldn't stop.", "self_harm"),
    # overdose_poisoning
    ("I took 30 paracetamol about 2 hours ago. I feel completely fine now. Do I actually need to go anywhere?", "overdose_poisoning"),
    ("My toddler got into the cupboard and drank some dishwasher liquid. His mouth is red, he's drooling and crying.", "overdose_poisoning"),
    ("Found my brother on the floor barely breathing, pupils like pinpoints, needles next to him.", "overdose_poisoning"),
    ("Grandma took her evening tablets twice by mistake, a double dose of her blood pressure pills and her sleeping pill. She's really drowsy now and her pulse is 40.", "overdose_poisoning"),
    ("We've all got pounding headaches and feel sick, and the dog is lethargic too. The boiler's been making odd noises all day. We're all still in the house.", "overdose_poisoning"),
    # seizure
    ("My husband has been fitting for 6 minutes and it isn't stopping. He has never had one before.", "seizure"),
    ("My daughter had a seizure, it stopped, and now she's started another one before she even woke up from the first.", "seizure"),
    ("I'm with a man at the bus stop who's shaking all over on the ground, his lips are going blue and it's been about 5 minutes.", "seizure"),
    ("My epileptic son's seizure has gone way past his usual 2 minutes. We gave the buccal midazolam 10 minutes ago and he's still seizing.", "seizure"),
    ("My wife is 35 weeks pregnant and just had a fit on the kitchen floor. She's never had epilepsy. She's very drowsy now.", "seizure"),
    # unconscious_unresponsive
    ("My grandad is slumped in his chair and won't wake up when I shake him and shout. He's breathing but snoring really loudly.", "unconscious_unresponsive"),
    ("Came home and my roommate is on the floor, not responding to anything. I can't tell if she's breathing.", "unconscious_unresponsive"),
    ("Dad passed out at the dinner table and he's been out for 3 minutes now. We can't get any response from him.", "unconscious_unresponsive"),
    ("A man has just collapsed outside my shop and isn't moving or responding. I don't think he's breathing.", "unconscious_unresponsive"),
    # head_injury
    ("My son fell off the trampoline and hit his head an hour ago. Since then he's vomited three times and he's really sleepy.", "head_injury"),
    ("Fell off a ladder about 2 metres onto concrete and hit the back of my head. I'm confused and there's clear watery fluid dripping from my nose.", "head_injury"),
    ("My mum is 82 and on blood thinners. She fell and banged her head an hour ago and she's getting more confused and says the headache is getting worse.", "head_injury"),
    ("Mate got knocked out for about a minute at rugby. Now one of his pupils looks bigger than the other and he's slurring his words.", "head_injury"),
    # febrile_infant
    ("My baby is 6 weeks old and has a temperature of 38.4. She's feeding a bit less than usual.", "febrile_infant"),
    ("Our 2 month old son feels hot, the thermometer says 38.6, and he's sleepy and not interested in his bottle.", "febrile_infant"),
    ("Our 11-day-old has a temp of 38.2 under the arm and keeps grunting when she breathes.", "febrile_infant"),
    ("Baby is 8 weeks old, had his jabs this morning, and now his temperature is 39 and he's floppy and won't feed.", "febrile_infant"),
    # meningitis_signs
    ("My teenager has a terrible headache, a stiff neck, can't stand the light and her temperature is 39.5. She's really drowsy.", "meningitis_signs"),
    ("There are purple spots on my son's legs that don't fade when I press a glass on them. He has a high temperature and is very sleepy.", "meningitis_signs"),
    ("came back from a party, now fever, worst headache of my life, can't bend my neck and my roommate says I'm not making sense", "meningitis_signs"),
    ("My toddler has a fever, the soft spot on top of his head is bulging, and he's making a high-pitched cry and won't be comforted.", "meningitis_signs"),
    # severe_abdominal_pain
    ("Sudden, really severe pain in my stomach that's going through to my back. I'm 70 and I feel like I'm going to pass out.", "severe_abdominal_pain"),
    ("Pain started around my belly button last night and has moved to the lower right. It's agony to walk, I've been sick and I've got a fever.", "severe_abdominal_pain"),
    ("My husband's belly is hard as a board and he's curled up in agony, can't move, sweating. It started an hour ago.", "severe_abdominal_pain"),
    ("Throwing up green stuff, my stomach is swollen and cramping horribly, and I haven't passed wind or pooed for two days. I had bowel surgery last year.", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    ("I'm 30 weeks pregnant and suddenly bleeding heavily, bright red, soaking a pad in minutes.", "pregnancy_bleeding_or_pain"),
    ("34 weeks. My bump has gone rock hard and the pain is constant, there's some dark blood, and the baby hasn't moved for a while.", "pregnancy_bleeding_or_pain"),
    ("My wife is 37 weeks, her waters just broke and she says she can feel the cord in her vagina.", "pregnancy_bleeding_or_pain"),
    ("I'm 33 weeks and I've suddenly got a severe headache, flashing lights in my vision and a bad pain under my ribs on the right.", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    ("My diabetic husband is sweaty, shaking and not making any sense. He can't swallow the juice I'm trying to give him.", "diabetic_emergency"),
    ("My 14 year old with type 1 has been vomiting all day, he's breathing deep and fast, his breath smells like nail polish remover and the meter just says HI.", "diabetic_emergency"),
    ("Type 1 here. My ketones are 4.2, sugar 24, I'm vomiting and can't keep anything down.", "diabetic_emergency"),
    ("Found my mum on the floor. She's diabetic, drowsy, sweaty and her sugar is 1.9. She can't sit up to eat anything.", "diabetic_emergency"),
    # sepsis_signs
    ("My dad had a UTI and now he's shivering uncontrollably, confused, his skin is mottled and he hasn't peed all day.", "sepsis_signs"),
    ("I've had flu for a few days but now I feel like I'm going to die. My heart is racing, I'm breathing fast and my skin has gone blotchy. Something is really wrong.", "sepsis_signs"),
    ("I had a C-section 5 days ago and now I've got a fever of 39.8, my heart rate is 130 and I'm dizzy and confused.", "sepsis_signs"),
    ("My wife had chemo 8 days ago and now her temperature is 38.5, she's shaking with chills and says she feels light-headed.", "sepsis_signs"),
    # severe_burn
    ("My toddler pulled a kettle of boiling water over himself. His chest and arm are red and peeling with big blisters. We've got him under the cold tap.", "severe_burn"),
    ("The chip pan caught fire and my husband's hands and face are burnt. The skin is white and leathery in places and he keeps coughing.", "severe_burn"),
    ("Colleague got an electric shock from a cable at work. Burns on his hand and his foot where it went in and out, and he says his chest feels funny.", "severe_burn"),
    ("Spilt drain cleaner on my leg and splashed it in my eye. I've been rinsing but the eye is burning badly and I can't open it.", "severe_burn"),
    # choking
    ("my baby is choking on a grape she cant cry or breathe", "choking"),
    ("My dad is choking on a piece of steak. He can't speak, he's grabbing his throat and the back blows aren't working.", "choking"),
    ("My 4 year old has a marble stuck, he's gagging and can only make a squeaky noise when he tries to breathe.", "choking"),
    ("The elderly lady I care for is coughing weakly and going blue after a mouthful of sandwich.", "choking"),
    # testicular_torsion
    ("I'm 15 and I woke up with really bad pain in my left ball, it's swollen and I've been sick. It started an hour ago.", "testicular_torsion"),
    ("My son is 12 and came home from football with sudden agony in one testicle. It looks like it's sitting higher than the other one.", "testicular_torsion"),
    ("Sudden severe pain in my right testicle came on while I was sitting at my desk 2 hours ago. Now I'm throwing up. 24M.", "testicular_torsion"),
    ("My boyfriend woke up at 3am with crazy pain in one testicle going up into his belly. It's swollen and he can barely walk.", "testicular_torsion"),
    # ectopic_pregnancy
    ("Positive test last week, about 6 weeks. Now sharp pain low down on my left side, pain in my shoulder tip and I nearly fainted in the shower.", "ectopic_pregnancy"),
    ("My girlfriend is 7 weeks pregnant. She's got one-sided stomach pain that's getting worse and some spotting, and she's pale and clammy.", "ectopic_pregnancy"),
    ("I think I'm pregnant, my period is two weeks late and I have a coil. Now I've got severe pain in my lower right tummy and feel very lightheaded.", "ectopic_pregnancy"),
    ("My scan last week couldn't find the pregnancy in my womb and they said come back in 48 hours. Now I've got stabbing pain on one side and I feel faint.", "ectopic_pregnancy"),
    # severe_dehydration_child
    ("My 1 year old has had diarrhoea and vomiting for two days. No wet nappy since yesterday, his eyes look sunken, he's floppy and cries without tears.", "severe_dehydration_child"),
    ("My daughter is 3 and hasn't kept even sips of water down for 24 hours. She's really sleepy and her hands and feet are cold.", "severe_dehydration_child"),
    ("Baby is 5 months, vomiting after every feed since last night. The soft spot on her head looks sunken and she's not interested in anything.", "severe_dehydration_child"),
    ("Son is 6 with gastro. He hasn't peed in 14 hours, his lips are cracked, he's very drowsy and breathing fast.", "severe_dehydration_child"),
    # chest_pain_other
    ("Sudden tearing pain in my chest going through to between my shoulder blades, worst pain I've ever had. I'm 63 with high blood pressure.", "chest_pain_other"),
    ("I'm 22, tall and skinny. Sudden sharp pain on the right side of my chest 30 minutes ago and I'm getting more and more short of breath.", "chest_pain_other"),
    ("Took a cricket ball straight to the chest at practice. Now my chest hurts, my heart is fluttering all over the place and I feel faint.", "chest_pain_other"),
    ("Diagnosed with pericarditis last week. Today the chest pain is worse, I'm very breathless and dizzy, and my wife says the veins in my neck are bulging.", "chest_pain_other"),
    # vision_loss_sudden
    ("I've just lost the vision in my right eye completely, like a curtain came down, about 20 minutes ago.", "vision_loss_sudden"),
    ("Dad is 75 and suddenly can't see out of his left eye. He's had a headache and a sore jaw when chewing for the past week.", "vision_loss_sudden"),
    ("My eye suddenly became very painful and red, everything's blurry with halos round the lights, and I'm throwing up.", "vision_loss_sudden"),
    ("This evening I got a sudden shower of floaters like soot, flashes of light, and now a dark shadow is spreading in from the side of my vision.", "vision_loss_sudden"),
    # blood_clot_PE
    ("Flew back from Australia yesterday. My calf is swollen and now I'm suddenly short of breath and coughing up a bit of blood.", "blood_clot_PE"),
    ("I'm 3 weeks postpartum. Suddenly breathless, my chest hurts when I breathe in and my heart is racing.", "blood_clot_PE"),
    ("I'm on the pill and my calf has been swollen for a few days. Today I nearly passed out on the stairs and I can't get my breath.", "blood_clot_PE"),
    ("My dad had his hip replaced last week. He's just got sharp chest pain with each breath and is breathing really fast.", "blood_clot_PE"),
    # cauda_equina
    ("Bad back for a week and now I can't feel anything when I wipe my bum, and I haven't been able to pee since this morning.", "cauda_equina"),
    ("Sciatica was in one leg, now it's in both, both legs have gone weak and I've just wet myself without realising.", "cauda_equina"),
    ("My husband's back pain got much worse today. He's numb around his privates and can't feel when he needs to pee.", "cauda_equina"),
    ("I have a known slipped disc. This afternoon I got numbness in my saddle area and I've lost control of my bowels.", "cauda_equina"),
]
