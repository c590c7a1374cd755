# Hand-written NOW emergencies: (text, family). kind = "now", emergency = True
ITEMS = [
    # heart_attack
    ("my dad is 78 and he's sat in his chair grey and sweating, says his chest feels like someone's sitting on it and it's going down his left arm, started 20 min ago. he keeps saying its indigestion", "heart_attack"),
    ("Im at my neighbour's farm, he's 66, clutching his chest after stacking hay bales, can barely talk, sweating buckets and he's just thrown up. nearest hospital is 40 min. what do i do", "heart_attack"),
    ("Mum (82) in the care home just told me her jaw and both arms ache and she feels sick and clammy, she had a heart attack in 2015 and says this feels the same. I'm with her now", "heart_attack"),
    ("Husband 59 has had crushing pain in the middle of his chest for half an hour now, he took an aspirin, won't let me ring anyone, he's pale and short of breath", "heart_attack"),
    ("Sitting with my grandad, he's 85, he suddenly said there's a tight band across his chest and he's gone really pale and sweaty. his GTN spray hasn't helped after 2 goes", "heart_attack"),
    # stroke
    ("my mum's face has just dropped on one side and she can't lift her right arm, her words are coming out all wrong, she's 74 and we're at the church coffee morning", "stroke"),
    ("Dad was talking normally 10 minutes ago and now he can't find any words and keeps dropping his cup with his left hand. he's 80.", "stroke"),
    ("I'm a home carer and my client, 88, suddenly can't stand, her left leg just went and her speech is slurred. she doesn't drink. what do I do right now", "stroke"),
    ("grandma's just woken from her nap and one side of her mouth is drooping and she's not making sense. she was fine when she lay down half an hour ago. 79", "stroke"),
    ("my husband just got the worst headache of his life, came on like a thunderclap while he was splitting logs, now he's being sick and says he can't see properly. he's 61", "stroke"),
    # breathing_difficulty
    ("My nan has COPD and right now she's gasping, her lips are going blue and she can't finish a sentence, the inhaler and nebuliser haven't helped. she's 81", "breathing_difficulty"),
    ("im 24 with asthma and i've had my blue inhaler like 12 times in the last half hour and it's not working, i can't talk properly, home alone", "breathing_difficulty"),
    ("My 3 year old is breathing really fast and the skin between his ribs is sucking in with every breath, he's grunting. he's had a cold 2 days", "breathing_difficulty"),
    ("Dad's in bed and can't catch his breath at all, he's sitting bolt upright with a bubbling noise in his chest, he's 84 with heart failure", "breathing_difficulty"),
    ("my wife is struggling to breathe since the bushfire smoke came over the property, she's wheezing hard and her lips look grey, 67", "breathing_difficulty"),
    # anaphylaxis
    ("my son 9 just ate a biscuit at the village fete that had nuts in, his lips are swelling and he says his throat feels tight, he's coughing. we haven't got his epipen with us", "anaphylaxis"),
    ("Stung by a wasp in the garden 5 min ago and now I'm covered in hives, my tongue feels thick and I'm dizzy. I'm 70 and on my own", "anaphylaxis"),
    ("Mum just took the first tablet of the new antibiotic the pharmacy gave her and within minutes her face has swollen up and she's wheezing. 76.", "anaphylaxis"),
    ("friend at the pub had prawns and now her voice has gone hoarse and she's blotchy all over and says she's going to pass out, she used her epipen but it's not getting better", "anaphylaxis"),
    # severe_bleeding
    ("My husband cut his leg with the chainsaw, blood is spurting and soaking through the towel i'm pressing on. we're in the woods behind the house. he's 58", "severe_bleeding"),
    ("Grandad's on warfarin and fell and split his head on the garden wall, it's pouring and won't stop even with pressure for 15 min, he's going pale", "severe_bleeding"),
    ("my mum's varicose vein on her ankle just burst in the bath, there's blood everywhere and it's still gushing, she's 83 and says she feels faint", "severe_bleeding"),
    ("my mate's vomiting bright red blood, loads, like a cupful twice now, he's a heavy drinker, 45 and he's gone white", "severe_bleeding"),
    # suicidal_intent
    ("i've got all my mum's pills lined up on the table and i'm going to take them tonight after everyone's asleep. i just wanted someone to know", "suicidal_intent"),
    ("My brother just texted me goodbye and said he's at the bridge by the old mill. he's 34 and he's lost the farm. I'm 2 hours away", "suicidal_intent"),
    ("I'm 71, my wife died in spring, and I've got the shotgun out on the kitchen table. I don't see the point anymore. I've written letters for the kids.", "suicidal_intent"),
    ("my 16 year old just told me she has a plan to kill herself tonight and now she's locked herself in the bathroom", "suicidal_intent"),
    # self_harm
    ("i cut my arm deeper than i meant to and it's gaping open and won't stop bleeding, i'm 19 and home alone", "self_harm"),
    ("I'm a support worker and a resident has just cut her wrist with a broken mug, it's deep and there's a lot of blood", "self_harm"),
    ("My daughter (15) just burned her arm with the kettle on purpose, the skin's gone white and blistered over a big patch and she's in a state", "self_harm"),
    ("my flatmate swallowed some button batteries on purpose about 20 min ago and now says her chest and stomach hurt. she's 22", "self_harm"),
    # overdose_poisoning
    ("my grandad took his whole week of pills from the dosette box this morning by mistake, all 7 days at once, heart tablets and blood thinner. he's 86 and getting sleepy", "overdose_poisoning"),
    ("my toddler drank some weedkiller from a bottle in the shed 2 mins ago, she's 2, she's crying and drooling", "overdose_poisoning"),
    ("my mate's taken about 30 paracetamol an hour ago after a row with his girlfriend, he says he's fine and won't go in", "overdose_poisoning"),
    ("Mum's confused and throwing up and I think the old gas heater in her cottage has been leaking, we've both got pounding headaches and I feel dizzy too. she's 77", "overdose_poisoning"),
    # seizure
    ("My husband is fitting on the kitchen floor, it's been going 6 minutes and isn't stopping, he's never had one before. 52", "seizure"),
    ("One of our care home residents, 81, has had 3 seizures in the last hour and hasn't woken up in between", "seizure"),
    ("my 19 yr old son is epileptic and he's been fitting for over 5 min, the rescue med hasn't worked and his lips are blue", "seizure"),
    ("neighbour's lad, about 10, is jerking all over on the trampoline and not responding, his mum's not home, i'm with him", "seizure"),
    # unconscious_unresponsive
    ("just found my dad on the bathroom floor, he's breathing but I can't wake him, he's 79", "unconscious_unresponsive"),
    ("My wife collapsed in the garden and she's not responding to me shouting, I can't tell if she's breathing", "unconscious_unresponsive"),
    ("Home carer here, my client is slumped in her chair, eyes half open, not answering me at all and her breathing is really slow and snoring. she's 90", "unconscious_unresponsive"),
    ("my friend passed out at the party and we can't wake him, he's floppy and his breathing sounds weird. he's 17", "unconscious_unresponsive"),
    ("Grandma fainted at the kitchen table and it's been 3 minutes and she still won't come round. 84", "unconscious_unresponsive"),
    # head_injury
    ("My mum fell down the stairs and hit her head, now she's being sick and doesn't know what day it is. she's on apixaban and 80", "head_injury"),
    ("Son (12) just got kicked in the head by a horse at the riding stables, he was out for a minute, now he's drowsy and one pupil looks bigger", "head_injury"),
    ("grandad fell off the ladder onto the concrete an hour ago, said he was fine but now he's slurring and keeps nodding off", "head_injury"),
    ("my husband banged his head on the cupboard earlier and now there's clear fluid dripping from his nose and his headache's getting worse and worse", "head_injury"),
    ("Care home resident, 92, on warfarin, slid out of her chair and hit her head on the radiator 20 min ago. big bump and now she's much more confused than usual and vomiting", "head_injury"),
    # febrile_infant
    ("My baby is 5 weeks old and has a temperature of 38.4, she's very sleepy and not feeding properly", "febrile_infant"),
    ("I'm looking after my grandson, he's 7 weeks old, he feels really hot, thermometer says 38.6 and he's floppy and whimpering", "febrile_infant"),
    ("2 month old, temp 39, won't wake up for his feed and his skin looks blotchy and mottled", "febrile_infant"),
    ("newborn is 10 days old and has a temp of 38.1, she's grunting and not interested in the breast", "febrile_infant"),
    # meningitis_signs
    ("my daughter (17) has a horrible headache, stiff neck, can't stand the light and now there are purple spots on her legs that don't fade under a glass", "meningitis_signs"),
    ("Toddler 18 months has a fever and a rash that doesn't go when I press a glass on it, he's floppy and crying in a weird high pitch", "meningitis_signs"),
    ("my housemate's had a high fever all day, now she's confused, her neck is really stiff and she's being sick", "meningitis_signs"),
    ("grandson, 6, has a fever, screams when he bends his neck and can't look at the light, and spots are coming out on his tummy", "meningitis_signs"),
    # severe_abdominal_pain
    ("my dad is 72 and has sudden awful pain in his tummy going through to his back, he's gone grey and sweaty and they were watching an aneurysm", "severe_abdominal_pain"),
    ("my wife's in agony with her stomach, it's rigid like a board, she screams if she moves and she's vomiting green", "severe_abdominal_pain"),
    ("I'm 28 and the pain in my lower right side is so bad now i can't stand up straight, fever and vomiting, started round my belly button last night", "severe_abdominal_pain"),
    ("Mum, 84, in the care home, her belly is hugely swollen and hard, she's vomiting, hasn't passed wind or had a poo for 3 days and she's in terrible pain", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    ("I'm 32 weeks pregnant and I'm bleeding heavily, soaking a pad every few minutes and I've got tummy pain", "pregnancy_bleeding_or_pain"),
    ("My daughter is 36 weeks and has a bad headache, flashing lights in her eyes and her face and hands have suddenly puffed up", "pregnancy_bleeding_or_pain"),
    ("28 weeks pregnant and my waters just broke with a lot of blood, we live an hour from the maternity unit", "pregnancy_bleeding_or_pain"),
    ("my wife is 34 weeks and has constant severe pain in her belly, it's hard as a rock and the baby has stopped moving", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    ("Home carer here, my client won't wake up properly this morning, she's sweaty and mumbling and her meter says 1.9, she's on insulin", "diabetic_emergency"),
    ("my son's type 1, he's 14, been vomiting all night and now he's breathing deep and fast, his breath smells like pear drops and the meter says HI", "diabetic_emergency"),
    ("Dad, 77, type 2 on gliclazide, he's acting drunk and aggressive and sweating, won't eat the jelly babies I'm giving him, sugar 2.4", "diabetic_emergency"),
    ("my grandma's sugar is 33 on the meter, she's really drowsy and confused and has been peeing loads for days, she's 88", "diabetic_emergency"),
    # sepsis_signs
    ("Mum, 81, has had a water infection and now she's shivering, her knees are mottled, she's confused and hasn't weed since this morning. temp 39.4 and her heart is racing", "sepsis_signs"),
    ("My husband is on chemo and has a temperature of 38.5 and is shaking uncontrollably, he's 66", "sepsis_signs"),
    ("The cut on grandad's leg is red right up to his knee now, he's hot and cold, breathing fast and talking nonsense. 86", "sepsis_signs"),
    ("my friend had her baby 5 days ago and now she's got a high temp, shaking, her heart is racing and she says she feels like she's going to die", "sepsis_signs"),
    ("Care home resident, 89, with a catheter, suddenly very drowsy, blood pressure 78/40, temp 35.1 and breathing fast", "sepsis_signs"),
    # severe_burn
    ("My grandad's dressing gown caught on the gas fire, his chest and arm are burned, the skin is white and peeling in big patches. he's 90", "severe_burn"),
    ("My toddler pulled a pan of boiling water over himself, his chest and arm are red and blistering, it's a big area", "severe_burn"),
    ("my husband got a blowback lighting the bonfire with petrol and his face and hands are burned, his eyebrows are gone and his voice is going hoarse", "severe_burn"),
    ("the oil from the chip pan went over mum's legs, both legs, the skin is coming off. she's 68", "severe_burn"),
    # choking
    ("Dad's choking on a bit of steak, he can't talk or cough, he's going red then blue, I've tried back slaps", "choking"),
    ("My 1 year old put a grape in her mouth and now she can't breathe or cry, she's turning blue", "choking"),
    ("Care home lunch, a resident is choking on her sandwich and can't breathe, we've done back blows and it's still stuck", "choking"),
    ("my grandad's got something stuck, he's clutching his throat and can't speak, just high wheezy noises", "choking"),
    # testicular_torsion
    ("my 14 yr old woke up screaming with pain in one testicle, it's swollen and sitting higher than the other, he's been sick", "testicular_torsion"),
    ("I'm 17, suddenly got really bad pain in my left ball an hour ago playing football, it's swollen and I feel sick", "testicular_torsion"),
    ("My grandson (12) is staying with us and has sudden pain in his privates and his tummy, he's being sick and one side is swollen", "testicular_torsion"),
    ("I'm 22, woke at 4am with excruciating pain in my right testicle, it's hard and sitting high and it's getting worse", "testicular_torsion"),
    # ectopic_pregnancy
    ("I'm 6 weeks pregnant and have sudden sharp pain low down on one side, pain in my shoulder tip and I feel faint", "ectopic_pregnancy"),
    ("My girlfriend's period is 2 weeks late and she's got severe pain on one side of her belly, she's pale and dizzy and nearly fainted", "ectopic_pregnancy"),
    ("Positive test last week, now spotting and a stabbing pain in my left side, I'm sweaty and lightheaded and can't stand up", "ectopic_pregnancy"),
    ("my daughter (24) is 7 weeks pregnant, she's doubled over with pain on her right side and just fainted in the bathroom", "ectopic_pregnancy"),
    # severe_dehydration_child
    ("my 2 year old has had diarrhoea and vomiting since yesterday, no wet nappy for 12 hours, very sleepy and her eyes look sunken", "severe_dehydration_child"),
    ("baby is 8 months, been sick after every feed for a day and a half, the soft spot on his head is sunken, no tears, he's floppy", "severe_dehydration_child"),
    ("My granddaughter (4) hasn't kept any fluids down since last night, she hasn't weed today, her lips are cracked and she's drowsy and hard to wake", "severe_dehydration_child"),
    ("5 year old with a tummy bug can't keep even sips of water down, cold hands and feet, breathing fast, hasn't peed since yesterday afternoon", "severe_dehydration_child"),
    # chest_pain_other
    ("My husband has sudden tearing pain in his chest going right through to his back, he's 67 with high blood pressure and he looks awful", "chest_pain_other"),
    ("I'm 21, tall and skinny, and just got a sudden sharp pain in the right side of my chest and I'm short of breath, came out of nowhere", "chest_pain_other"),
    ("mum, 74, has severe chest pain that started after a lot of vomiting and now her neck feels crackly when I touch it", "chest_pain_other"),
    ("my friend took cocaine at the party and now he's got crushing chest pain and his heart is racing like mad", "chest_pain_other"),
    # vision_loss_sudden
    ("I just lost the sight in my right eye completely, like a curtain came down, about 20 minutes ago. I'm 71", "vision_loss_sudden"),
    ("Mum, 78, has had headaches and a sore scalp when she brushes her hair, and just now she suddenly can't see out of one eye", "vision_loss_sudden"),
    ("My eye is suddenly really painful and red, the vision's blurry with halos round the lights and I'm throwing up. I'm 69", "vision_loss_sudden"),
    ("my husband has just gone blind in both eyes, all of a sudden at the dinner table, he's 80", "vision_loss_sudden"),
    # blood_clot_PE
    ("I had my knee replaced 10 days ago and now I'm suddenly breathless with a sharp pain when I breathe in and I just coughed up blood", "blood_clot_PE"),
    ("My wife got back from a 14 hour flight yesterday, her calf was swollen, and now she's suddenly gasping for breath and her heart is pounding", "blood_clot_PE"),
    ("mum is 70, bedbound since her fall, and just now she's got sudden chest pain, can't get her breath and her lips are blue", "blood_clot_PE"),
    ("I'm on the pill, 29, suddenly short of breath on the stairs, chest hurts when I breathe in, heart rate 130 sitting down and my right leg is swollen", "blood_clot_PE"),
    # cauda_equina
    ("My back's been bad for a week but today I can't feel anything when I wipe after the toilet and I can't pee", "cauda_equina"),
    ("Dad, 62, has sciatica down both legs now, he's numb around his bottom and he's just wet himself without noticing", "cauda_equina"),
    ("I'm 45 with a slipped disc and since this morning my legs are weak, I can't feel my saddle area and I couldn't tell if I needed a poo", "cauda_equina"),
    ("my husband hurt his back lifting feed sacks, now both legs are numb and weak and he hasn't been able to pass urine since lunch", "cauda_equina"),
]
