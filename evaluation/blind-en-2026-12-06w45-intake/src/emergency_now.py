# Emergency items (emergency=True, kind "now"). Written by hand.
# Each entry: (text, family)

ITEMS = [
    # heart_attack
    ("My foreman just sat down on a pallet clutching his chest, he's grey and sweating and says it's like an elephant on him and going into his left arm. We're on a building site. What do I do?", "heart_attack"),
    ("I'm 58, a lorry driver, parked up in a lay-by. For 20 minutes I've had crushing pain in my chest going up into my jaw and I feel sick and clammy. Is this indigestion?", "heart_attack"),
    ("Colleague in the office, about 60, says his chest is tight and heavy and he's throwing up in the bin. He's sweating buckets and won't let us call anyone. Should we?", "heart_attack"),
    ("working on the farm, my husband came in from the field white as a sheet with pain across his chest and down both arms, he's panting and says he feels like he's dying", "heart_attack"),
    ("Nurse here on my own shift break. Heavy squeezing chest pain started 15 minutes ago while I was lifting a patient, spreading to my back, short of breath. I'm 52 and diabetic.", "heart_attack"),
    # stroke
    ("One of the cleaners just started slurring her words mid-sentence and the right side of her face has dropped. She can't lift her right arm. This happened 5 minutes ago.", "stroke"),
    ("My dad's helping me on the allotment and suddenly can't find his words, keeps saying nonsense, and his left hand is dropping the trowel. He's 69.", "stroke"),
    ("I'm on a night shift at the depot and my left leg and arm have just gone numb and heavy and my face feels strange. It came on suddenly a few minutes ago. I'm 47.", "stroke"),
    ("Our teacher collapsed into her chair in class, her mouth is lopsided and she's not making sense when she talks. The other students are scared. I'm the teaching assistant.", "stroke"),
    ("My co-worker on the packing line says he suddenly can't see out of half his vision and his arm's gone weak. He's stumbling. It started just now.", "stroke"),
    # breathing_difficulty
    ("We're in the grain store and my workmate can barely breathe after the dust cloud, he's wheezing, can't finish a sentence and his lips look blue.", "breathing_difficulty"),
    ("I'm having the worst asthma attack I've ever had at work, I've used my blue inhaler 10 times and it's not helping, I can hardly talk.", "breathing_difficulty"),
    ("Someone mixed bleach with another cleaner in the staff toilets and now my colleague is gasping and coughing and can't catch her breath. It's getting worse.", "breathing_difficulty"),
    ("My husband has COPD and right now he's sitting bolt upright fighting for breath, his lips are grey and he's getting confused. His usual inhalers aren't doing anything.", "breathing_difficulty"),
    # anaphylaxis
    ("Stung by a wasp while clearing hedges 10 min ago and now my throat feels tight, my face is swelling up and I'm covered in hives. I'm alone in the van.", "anaphylaxis"),
    ("My apprentice ate a cake someone brought in and he's allergic to nuts. His lips are huge, he's wheezing and says he feels faint. He doesn't have his EpiPen with him.", "anaphylaxis"),
    ("Got stung on the neck by a bee on the farm, my tongue feels swollen and I'm dizzy and my voice sounds weird. Happened just now.", "anaphylaxis"),
    ("Our nurse colleague just had a reaction to the latex gloves, her face is swelling, she's wheezing, and she's gone very pale and is sitting on the floor.", "anaphylaxis"),
    ("I took an amoxicillin tablet 20 minutes ago for my tooth and now I'm itching all over, my lips are swelling and my chest feels tight. Should I wait it out?", "anaphylaxis"),
    # severe_bleeding
    ("My mate just put an angle grinder into his thigh on the site, blood is spurting out and soaking through the towel we're pressing on it.", "severe_bleeding"),
    ("A fisherman on our boat sliced his forearm on a winch cable, there's bright red blood pumping out and he's going pale. We're 20 minutes from port.", "severe_bleeding"),
    ("Chef here, I've just cut deep into my wrist with a cleaver, it's bleeding heavily and won't stop with pressure for 10 minutes. I feel lightheaded.", "severe_bleeding"),
    ("My co-worker caught his hand in the meat slicer and half his finger is hanging off, the blood is pouring out and pooling on the floor.", "severe_bleeding"),
    # suicidal_intent
    ("I've finished my last night shift and I've decided I'm going to end it tonight. I've got the tablets saved up next to me. I just wanted to tell someone.", "suicidal_intent"),
    ("My colleague just texted me that she's on the roof of the car park at work and she's going to jump. She's not answering her phone now. What do I do?", "suicidal_intent"),
    ("I'm a soldier and I've got my rifle in the barracks. I can't see any point any more and I'm planning to use it tonight.", "suicidal_intent"),
    ("I'm sitting in my truck with the engine running in the closed garage. I don't want to be here anymore. Is it quick?", "suicidal_intent"),
    # self_harm
    ("I just cut my arm in the work toilets and it's much deeper than I meant, I can see fat and it won't stop bleeding.", "self_harm"),
    ("My flatmate, a student, has burnt herself on purpose with the iron and the skin on her thigh is white and peeling off in a big patch. She's shaking. It happened minutes ago.", "self_harm"),
    ("I've been hitting my head against the wall at the barracks and now I'm dizzy and being sick and can't stop. I don't know what I'm doing.", "self_harm"),
    ("My 15-year-old just cut herself with a razor blade and it's a deep gash on her forearm that's gaping. There's lots of blood.", "self_harm"),
    # overdose_poisoning
    ("I took 30 paracetamol about an hour ago after a terrible day at work. I feel fine right now. Do I need to do anything?", "overdose_poisoning"),
    ("My colleague drank some of the weedkiller by mistake from an unmarked bottle in the shed, maybe a mouthful, 10 minutes ago. He's drooling and says his mouth burns.", "overdose_poisoning"),
    ("My toddler got into my handbag and swallowed some of my blood pressure tablets, don't know how many. He's sleepy and floppy now.", "overdose_poisoning"),
    ("We found the night security guard slumped in his chair, pinpoint pupils, barely breathing, a syringe on the floor. We just got to him.", "overdose_poisoning"),
    ("Generator running in the farm workshop and now both of us have splitting headaches and feel sick and confused. My brother just fell over. We're still inside.", "overdose_poisoning"),
    # seizure
    ("Our warehouse worker just collapsed and is shaking all over on the floor, it's been going on for about 6 minutes and he's not stopping.", "seizure"),
    ("My son has had one seizure after another in the last half hour and isn't waking up between them. He's 14.", "seizure"),
    ("A passenger on my bus is having a fit in the aisle, jerking and foaming at the mouth, I've stopped the bus. It's been about 5 minutes.", "seizure"),
    ("A pupil in my class just had a first-ever seizure, it stopped after 3 minutes but she's blue around the lips and not breathing properly.", "seizure"),
    # unconscious_unresponsive
    ("My colleague fell off a ladder, he's lying on the concrete and we can't wake him up. He's breathing but not responding to us at all.", "unconscious_unresponsive"),
    ("Found a worker in the bottom of the grain silo not moving and not answering when I shout. I can't tell if he's breathing.", "unconscious_unresponsive"),
    ("My mum's lying on the kitchen floor, she won't open her eyes or answer me when I shake her. Her breathing sounds like snoring.", "unconscious_unresponsive"),
    ("One of the runners at the company fun run just dropped to the ground and isn't moving. He's not breathing that I can see. People are standing around.", "unconscious_unresponsive"),
    # head_injury
    ("A brick fell from the scaffolding onto my workmate's head, he had a hard hat but it cracked. He's confused, keeps asking the same question and has vomited twice.", "head_injury"),
    ("I hit my head on a low beam in the barn an hour ago and now I'm seeing double, I've been sick three times and I'm getting sleepier. I'm on warfarin.", "head_injury"),
    ("Our rugby player took a knee to the head, was knocked out for a minute, and now one pupil looks bigger than the other and he's slurring.", "head_injury"),
    ("My 2-year-old fell off the kitchen counter onto the tiled floor, hit her head and has been very drowsy and vomiting since. There's clear fluid from her nose.", "head_injury"),
    # febrile_infant
    ("My 6-week-old has a temperature of 38.4 and won't feed properly. He's quite sleepy. It's 2am and I'm on my own.", "febrile_infant"),
    ("Baby is 7 weeks old, feels hot, thermometer says 38.2, and she's been crying in a weird high-pitched way for an hour.", "febrile_infant"),
    ("I'm a childminder and the 2-month-old I'm looking after has a fever of 38.5 and is floppy. His mum is at work and I can't reach her.", "febrile_infant"),
    ("My newborn is 3 weeks old and his temperature is 38.0, he's breathing fast and grunting. What should I give him?", "febrile_infant"),
    # meningitis_signs
    ("My flatmate at uni has a raging headache, a stiff neck, can't stand the light and now there's a purple rash that doesn't fade when I press a glass on it.", "meningitis_signs"),
    ("My 4-year-old has a high fever, is really drowsy and has little dark red spots appearing on his legs that don't go away with the glass test.", "meningitis_signs"),
    ("Army recruit in our barracks is burning up, vomiting, says his neck is too stiff to bend and he's getting confused. It came on over a few hours.", "meningitis_signs"),
    ("I've suddenly got a fever, the worst headache of my life, I can't bend my neck and bright light hurts. I'm a student living alone.", "meningitis_signs"),
    # severe_abdominal_pain
    ("I'm at work and have the worst pain in my stomach I've ever had, it's rigid like a board and I can't stand up straight. I've been vomiting.", "severe_abdominal_pain"),
    ("Pain started around my belly button this morning and has moved to the bottom right, it's unbearable now, I've got a fever and can't walk without bending over.", "severe_abdominal_pain"),
    ("My dad, 74, has sudden tearing pain in his belly going through to his back, he's sweating and pale and nearly fainted.", "severe_abdominal_pain"),
    ("Colleague at the mine is curled up on the floor of the changing room with belly pain, vomiting green stuff, and his stomach is swollen and hard. He hasn't passed wind since yesterday.", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    ("I'm 32 weeks pregnant, at work, and suddenly bleeding heavily with constant pain in my belly that won't let up. The baby isn't kicking.", "pregnancy_bleeding_or_pain"),
    ("I'm 35 weeks and have a pounding headache, flashing lights and my face and hands have swollen up today. I feel awful.", "pregnancy_bleeding_or_pain"),
    ("My wife is 28 weeks pregnant and her waters just broke at the supermarket where she works, and she's having strong pains every 3 minutes.", "pregnancy_bleeding_or_pain"),
    ("16 weeks pregnant and I'm bleeding bright red, soaking a pad every hour, with strong cramps. I'm in the staff room at school.", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    ("My workmate is type 1 and he's sweating, shaking and talking nonsense, he can't swallow the juice we gave him and is getting drowsier.", "diabetic_emergency"),
    ("My teenage son with diabetes has been vomiting all day, breathing deep and fast, his breath smells like pear drops and his meter says HI.", "diabetic_emergency"),
    ("Found my grandad confused and sweaty, his sugar is 1.8 and he won't wake up properly to take anything. He's on insulin.", "diabetic_emergency"),
    ("I'm on a long shift, type 1, my blood sugar reads 31 and ketones 4.2, I keep vomiting and I'm very thirsty and drowsy.", "diabetic_emergency"),
    # sepsis_signs
    ("I had a small cut on my hand at work 3 days ago and now I've got a fever, I'm shivering uncontrollably, my heart is racing and I feel like I'm going to die. The red streak goes to my armpit.", "sepsis_signs"),
    ("My mother has a bladder infection and today she's confused, mottled blue knees, breathing fast and hasn't peed since morning.", "sepsis_signs"),
    ("After my chemo 10 days ago I now have a temperature of 38.6 and feel shivery and very unwell. I'm at home alone.", "sepsis_signs"),
    ("My partner had surgery last week and now the wound is oozing, he's got a fever of 39.5, he's slurring and his skin is cold and clammy.", "sepsis_signs"),
    # severe_burn
    ("A pot of boiling oil spilled over my coworker's legs in the restaurant kitchen, the skin is white and peeling off from both shins to the thighs.", "severe_burn"),
    ("A welder just got burnt by an arc flash and his whole forearm is charred and black, he says it doesn't even hurt.", "severe_burn"),
    ("My colleague splashed concentrated acid on his face at the plant, his eye and cheek are burning and he can't open his eye. We're rinsing it.", "severe_burn"),
    ("The electrician touched a live cable, there's a burn on his hand and his foot where it exited and he's confused and his heart is racing.", "severe_burn"),
    # choking
    ("My colleague is choking on a piece of sandwich at lunch, she can't speak or cough and is clutching her throat and going red.", "choking"),
    ("My baby just put a grape in her mouth and now she's silent, can't cry, turning blue. What do I do?", "choking"),
    ("Dad's choking on a piece of steak, back blows aren't working, he's going purple. Help.", "choking"),
    ("A boy in my class swallowed a marble and is gagging, struggling to breathe and can't speak. I'm a teacher.", "choking"),
    # testicular_torsion
    ("My 14-year-old woke up with sudden severe pain in his right testicle, it's swollen and he's vomiting. It started 2 hours ago.", "testicular_torsion"),
    ("I'm 19 and playing football at uni, got sudden agonising pain in one ball, it's sitting higher than the other and I feel sick. Not hit there.", "testicular_torsion"),
    ("Teenage son in agony in the groin, says one testicle hurts terribly, came on an hour ago while he was sitting at his desk doing homework.", "testicular_torsion"),
    ("I'm 23, working a late shift, and sudden awful pain in my left testicle started 40 minutes ago. It's swollen and I've been sick.", "testicular_torsion"),
    # ectopic_pregnancy
    ("I'm 7 weeks pregnant and I've got sharp pain on one side low down, some spotting and pain in my shoulder tip. I feel faint. At work now.", "ectopic_pregnancy"),
    ("My period is 3 weeks late and the test is positive, and now I've got severe pain on the left side and I just passed out at my desk.", "ectopic_pregnancy"),
    ("My girlfriend is about 6 weeks pregnant and doubled over with pain on the right side, she's very pale, dizzy and her pulse is racing.", "ectopic_pregnancy"),
    ("Positive test last week, now brown spotting and a one-sided stabbing pain in my lower belly that's getting worse and I feel like I'm going to faint.", "ectopic_pregnancy"),
    # severe_dehydration_child
    ("My 10-month-old has had diarrhoea and vomiting for 2 days, no wet nappy since yesterday, she's floppy and her eyes look sunken.", "severe_dehydration_child"),
    ("My 3-year-old can't keep anything down, hasn't peed in 12 hours, has cold hands and is very sleepy and hard to wake.", "severe_dehydration_child"),
    ("Baby of 5 months with a stomach bug, the soft spot on the top of her head is sunken, she's crying without tears and barely responding.", "severe_dehydration_child"),
    ("My son is 6 and has been vomiting all night, he's now dizzy, very pale, hasn't passed urine since yesterday and is breathing fast.", "severe_dehydration_child"),
    # chest_pain_other
    ("Chest pain suddenly like something tearing, it went straight through to my back between the shoulder blades. I'm 61 with high blood pressure.", "chest_pain_other"),
    ("I'm 24 and tall and thin, at the gym, suddenly sharp pain on one side of my chest and I can't get a full breath. It's getting worse.", "chest_pain_other"),
    ("My workmate got crushed against the wall by a forklift. He has chest pain, struggling for air and one side of his chest isn't moving.", "chest_pain_other"),
    ("Severe chest pain with a racing irregular heart and I feel like I'll faint, started 15 minutes ago at work after a couple of energy drinks.", "chest_pain_other"),
    # vision_loss_sudden
    ("I just lost the sight in my right eye completely, like a curtain came down, about 20 minutes ago. I'm at my desk at work.", "vision_loss_sudden"),
    ("My eye suddenly became red and extremely painful with blurry vision and I'm seeing halos round the lights and throwing up.", "vision_loss_sudden"),
    ("A shower of floaters and flashing lights and now there's a black shadow creeping across the vision in my left eye. It started an hour ago.", "vision_loss_sudden"),
    ("I'm 72 and the vision in one eye went black suddenly this morning, with a bad headache and jaw pain when I chew.", "vision_loss_sudden"),
    # blood_clot_PE
    ("I flew back from a work trip yesterday and now I've suddenly got sharp chest pain when I breathe in and I'm short of breath, coughing a bit of blood. My calf was sore yesterday.", "blood_clot_PE"),
    ("Two weeks after my knee surgery I suddenly can't catch my breath, my heart is racing at 130 and I feel like I'm going to pass out.", "blood_clot_PE"),
    ("I'm on the pill and just became short of breath out of nowhere, with a stabbing pain on one side of my chest when I breathe. I feel faint.", "blood_clot_PE"),
    ("My coworker recently had a baby and came back today, and now she's gasping for breath, her lips are blue and she says her chest hurts.", "blood_clot_PE"),
    # cauda_equina
    ("I've had back pain for a week from lifting at work and today I can't feel my bum or between my legs when I wipe and I can't pee.", "cauda_equina"),
    ("Lower back pain with both legs going numb and weak, and I've just wet myself without noticing. Started after lifting a boiler today.", "cauda_equina"),
    ("My sciatica's suddenly down both legs now, I've got numbness in my saddle area and I've lost control of my bowels this morning.", "cauda_equina"),
    ("Back pain after a fall from a trailer, now numb around my private parts and can't tell when I need to pee. Both feet feel weak.", "cauda_equina"),
    # extra emergencies
    ("The man on the next machine at the factory just grabbed his chest and keeled over, he's not breathing and his lips are blue. I'm starting CPR, what else?", "heart_attack"),
    ("My coworker was stung by a hornet 5 min ago and now she's wheezing and can't stand up. She has an EpiPen but she's too confused to use it.", "anaphylaxis"),
    ("Miner here, my mate got trapped under a rockfall and when we got him out his leg is bleeding heavily, pulsing through his trousers.", "severe_bleeding"),
    ("Hay bale fell on my dad in the barn, he's lying on the ground, not waking up and has blood coming from his ear.", "head_injury"),
    ("Student in the lab swallowed some of the liquid from the beaker thinking it was her water, it was cleaning solvent. She's coughing and vomiting.", "overdose_poisoning"),
    ("My co-worker collapsed in the heat of the field, he's burning hot, not sweating, confused, and now he's not answering us.", "unconscious_unresponsive"),
    ("I just swallowed 20 of my sleeping pills and a bottle of wine after my shift, now I'm scared and feel dizzy.", "overdose_poisoning"),
    ("My friend at work has been telling me all day she's got a plan to kill herself tonight and she's just walked out towards the river. She's not answering.", "suicidal_intent"),
]
