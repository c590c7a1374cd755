# Hand-written emergencies (kind "now"): (text, family)

ITEMS = [
    # heart_attack
    ("My father is 62, since half an hour he has heavy pain in the middle of the chest going to the left arm, sweating like anything and vomiting. We are at home now, what to do?", "heart_attack"),
    ("Abeg, my oga at work just slumped in his chair holding his chest, he's sweating and says it's like a block is pressing on it. He's 55, it started 20 minutes ago and he's turning grey.", "heart_attack"),
    ("Bhai, my husband is 48, he is having squeezing pain in the chest and jaw for 40 minutes, he took a Sorbitrate from his mother's box but no relief, he is very pale.", "heart_attack"),
    ("Tita is 70, diabetic, and right now she is suddenly very sweaty and says her chest feels tight and heavy, she never had this before and she's breathing hard.", "heart_attack"),
    ("Uncle, 58, got pain in his chest and left shoulder while he was shovelling sand, now he is sitting on the stoep and can't even talk from the pain, cold and clammy.", "heart_attack"),
    # stroke
    ("Ma's mouth has become crooked in the last 15 minutes and her right hand is not lifting, her words are coming out slurred. She's 67.", "stroke"),
    ("My husband was watching the cricket and suddenly couldn't speak, his left side has gone weak, it started just now.", "stroke"),
    ("Grandad, 79, just now his face is drooping on one side and he can't hold his tea cup, the tea spilled everywhere and he's confused.", "stroke"),
    ("The aunty next door, 60, suddenly says she can't see on one side and her leg is dragging; it happened within the last hour while she was cooking. I'm with her now.", "stroke"),
    ("Baba suddenly can't move his left hand and leg, he fell off the charpai twenty minutes ago and his speech is thick.", "stroke"),
    # breathing_difficulty
    ("My son, 6, asthmatic, is struggling to breathe, the pump isn't working, his lips look bluish and he can't say a full sentence.", "breathing_difficulty"),
    ("Mummy, 71, has been gasping for breath for an hour, she can't lie down, she's sitting up and her lips are dark. She has a heart problem.", "breathing_difficulty"),
    ("My baby is 4 months, breathing very fast and her ribs are sucking in with each breath, she's grunting and won't feed.", "breathing_difficulty"),
    ("My friend is wheezing so bad he can't talk, he's used his inhaler again and again with no help, we're in the hostel room.", "breathing_difficulty"),
    ("My dad has TB and now his breathing is very hard, he's gasping and pulling with his neck muscles, can't talk, and his fingers look blue.", "breathing_difficulty"),
    # anaphylaxis
    ("My daughter ate a groundnut sweet at the party 10 minutes ago, now her lips and eyes are swelling and she's coughing and can't breathe properly.", "anaphylaxis"),
    ("I just got stung by a wasp in the garden, now my whole body is itchy with welts and my throat feels tight, I feel like fainting.", "anaphylaxis"),
    ("My husband got an injection at the chemist for his fever, now his face is swelling, he's wheezing and says he's going to faint.", "anaphylaxis"),
    ("My brother is allergic to prawns and just ate prawn curry at the wedding by mistake; his tongue is swelling and his voice is hoarse. He has no EpiPen with him.", "anaphylaxis"),
    # severe_bleeding
    ("My father cut his leg with the panga while clearing the bush, blood is spurting out and won't stop even with a cloth pressed on it.", "severe_bleeding"),
    ("The neighbour's boy fell on broken glass, deep cut on his wrist, blood is pouring, he's getting pale. I'm holding it now.", "severe_bleeding"),
    ("My wife is vomiting blood — a lot, bright red, about a cupful, and she's dizzy. She has a liver problem.", "severe_bleeding"),
    ("My grandmother is on blood thinners, she fell and cut her forehead, it's been bleeding for 30 minutes, the towel is soaked and it won't stop.", "severe_bleeding"),
    ("My wife delivered at home an hour ago and the blood is still flowing heavily, she's soaked three wrappers and is very dizzy.", "severe_bleeding"),
    # suicidal_intent
    ("I have collected all my mother's sleeping pills and I'm going to take them tonight, I've written the letters. I just wanted someone to know.", "suicidal_intent"),
    ("My cousin just called me saying he's standing on the bridge and wants to end it, now he's not picking up.", "suicidal_intent"),
    ("I'm sitting with the rope in my room right now. I don't see the point any more. Nobody will miss me.", "suicidal_intent"),
    ("My friend sent goodbye messages to everyone and said she has bought the poison. She's not opening her door.", "suicidal_intent"),
    # self_harm
    ("I cut my thigh with a blade just now and it's deeper than usual, it's gaping open and bleeding a lot. I'm scared.", "self_harm"),
    ("My 15 year old daughter has just burnt her arm with a hot iron on purpose, the skin has come off over a big area.", "self_harm"),
    ("My brother keeps banging his head on the wall in anger, he just did it again, his forehead is bleeding and he's dazed and not answering properly.", "self_harm"),
    ("I scratched my wrist open with a compass point, it won't stop bleeding and I feel dizzy.", "self_harm"),
    # overdose_poisoning
    ("My husband drank Baygon after a fight an hour ago, he is frothing at the mouth and sweating a lot.", "overdose_poisoning"),
    ("My 2 year old drank kerosene from a Coke bottle just now, she's coughing and breathing fast.", "overdose_poisoning"),
    ("My sister swallowed about 30 paracetamol tablets an hour ago, she says she feels fine but I'm scared.", "overdose_poisoning"),
    ("My son, 3, ate a handful of his grandmother's BP tablets while we weren't looking, about 10 minutes ago.", "overdose_poisoning"),
    ("The farm boy drank paraquat from a water bottle by mistake 20 minutes ago, his mouth is burning and he's vomiting.", "overdose_poisoning"),
    # seizure
    ("My uncle is having a fit right now, it's been more than 5 minutes, he's jerking and foaming, it's not stopping.", "seizure"),
    ("My wife's epilepsy fits are coming one after the other, she hasn't woken up in between for 20 minutes.", "seizure"),
    ("My 30 year old brother never had fits before, he just fell down and shook all over, now he's breathing noisily and not responding.", "seizure"),
    ("My sister is 8 months pregnant and just had a fit in front of us; her BP was high at the last clinic visit.", "seizure"),
    # unconscious_unresponsive
    ("My grandmother isn't waking up when we shake her, she is breathing but snoring loudly and not responding at all.", "unconscious_unresponsive"),
    ("I found my roommate on the bathroom floor, he's not responding, breathing slowly, there are empty bottles near him.", "unconscious_unresponsive"),
    ("My father fainted in the heat at the market and isn't coming round after 10 minutes, we've poured water on him.", "unconscious_unresponsive"),
    ("My husband collapsed in the kitchen and I can't feel him breathing.", "unconscious_unresponsive"),
    ("Our watchman is lying near the gate, not responding when we call him, eyes closed, breathing very slowly.", "unconscious_unresponsive"),
    # head_injury
    ("My son, 10, fell from the mango tree and hit his head, he has vomited twice and is very sleepy now.", "head_injury"),
    ("A boda boda hit my brother, he hit his head on the tarmac, now clear water is coming from his nose and he's confused.", "head_injury"),
    ("Grandmother fell and hit her head on the step, she's on warfarin, now she's getting drowsy and her speech is slurring.", "head_injury"),
    ("My husband was hit on the head with a stick in a fight an hour ago, he was knocked out for a few minutes and now has a terrible headache and one pupil looks bigger.", "head_injury"),
    # febrile_infant
    ("My 6 week old baby has a fever of 38.5, she is not feeding and is very sleepy.", "febrile_infant"),
    ("My son is 2 months old, his body is very hot, 39 degrees, and he hasn't taken the breast since morning.", "febrile_infant"),
    ("Baby is 5 weeks old, temperature 38.3 under the arm, crying weakly and feels floppy.", "febrile_infant"),
    ("My newborn is 18 days old and feels hot, 38.1 on the thermometer, and she has skipped two feeds.", "febrile_infant"),
    ("My 2 month old daughter has a fever of 38.4 and a rash, and she is not waking up for feeds.", "febrile_infant"),
    # meningitis_signs
    ("My 7 year old has high fever, stiff neck, can't bear the light and now purple spots that don't fade when I press a glass on them.", "meningitis_signs"),
    ("My roommate at the hostel has a terrible headache, a stiff neck and fever, and now she's confused and talking nonsense.", "meningitis_signs"),
    ("Baby is 8 months, fever, the soft spot on her head is bulging, she's very irritable with a high-pitched cry.", "meningitis_signs"),
    ("My brother, 19, has had fever since this morning, now he can't bend his neck and a rash is spreading on his legs.", "meningitis_signs"),
    # severe_abdominal_pain
    ("My wife has been rolling on the floor with stomach pain for 3 hours, her belly is hard like a board and she's vomiting green.", "severe_abdominal_pain"),
    ("My father, 70, has sudden tearing pain in his belly going through to his back, he looks pale and sweaty.", "severe_abdominal_pain"),
    ("My son, 12, pain started around the navel and now it's on the right lower side, he can't walk straight, fever and vomiting, getting worse fast.", "severe_abdominal_pain"),
    ("Severe pain in my upper stomach since last night's drinking, going straight to my back, I can't stop vomiting and I'm sweating.", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    ("I'm 30 weeks pregnant and bleeding heavily right now, pads soaked, with pain in my belly.", "pregnancy_bleeding_or_pain"),
    ("My sister is 7 months pregnant and suddenly has a severe headache, blurred vision and her face is swelling.", "pregnancy_bleeding_or_pain"),
    ("I'm 34 weeks, the baby hasn't moved since morning and now I have constant hard pain in my tummy and some bleeding.", "pregnancy_bleeding_or_pain"),
    ("My bhabhi's water broke at 32 weeks just now and the cord is hanging out.", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    ("Grandad took his insulin and didn't eat, now he's sweating, shaking and talking nonsense, sugar is 40.", "diabetic_emergency"),
    ("My daughter, 14, type 1, is vomiting, breathing deep and fast, her breath smells fruity and the meter just says HI.", "diabetic_emergency"),
    ("My husband is on glimepiride, now he's only moaning and not answering, sugar 35, we can't get him to swallow.", "diabetic_emergency"),
    ("My mother is diabetic, her sugar is 550 on the meter, she's very drowsy and confused since morning.", "diabetic_emergency"),
    # sepsis_signs
    ("My father has had fever with shivering since yesterday from a urine infection, now he's confused, BP 80/50 and breathing fast.", "sepsis_signs"),
    ("My wife delivered 5 days ago, now fever 40, very fast heartbeat, cold hands and she's not making sense.", "sepsis_signs"),
    ("Mum's foot wound has turned black and swollen, she has high fever and is barely responding.", "sepsis_signs"),
    ("After his operation last week my uncle's wound is full of pus and now his skin looks blotchy, he's breathless and confused.", "sepsis_signs"),
    # severe_burn
    ("The gas cylinder caught fire, my mother's arms and chest are burnt and the skin is peeling off in big sheets.", "severe_burn"),
    ("My 3 year old pulled the hot chai pot onto himself just now, his chest and stomach are red and blistering over a large area.", "severe_burn"),
    ("My husband was caught in the petrol fire at the station, his face and hands are charred and he's coughing black stuff.", "severe_burn"),
    ("Boiling oil spilled on my leg from the kadai just now, the whole front of my thigh is white and oddly it doesn't hurt much.", "severe_burn"),
    # choking
    ("My son swallowed a coin and is choking, he can't breathe or cry, his face is going blue.", "choking"),
    ("Grandmother is choking on a piece of meat, she can't speak or cough, she's pointing at her throat.", "choking"),
    ("My 1 year old put a groundnut in her mouth and now she's coughing weakly and making a high sound, she can't breathe well.", "choking"),
    ("My husband is choking on a big fish bone, he is drooling and can barely breathe.", "choking"),
    ("Baby choked on her milk and now she's limp and not breathing properly, lips going blue.", "choking"),
    # testicular_torsion
    ("My son, 14, woke up with sudden terrible pain in his right testicle, it's swollen and pulled up high, and he's vomiting.", "testicular_torsion"),
    ("I'm 17, sudden severe pain in my left ball for the last hour after football, it's really bad and I feel sick.", "testicular_torsion"),
    ("My 11 year old boy has been crying with pain in his private part for 2 hours, one side is swollen and red.", "testicular_torsion"),
    ("Sudden pain in my testicle an hour ago, very bad, and it's sitting higher than the other one. I'm 20.", "testicular_torsion"),
    # ectopic_pregnancy
    ("My period is 6 weeks late and the test was positive yesterday, now sudden sharp pain on one side of my lower belly and I fainted in the bathroom.", "ectopic_pregnancy"),
    ("My wife is 7 weeks pregnant, now she has severe pain low on the left and pain in the tip of her shoulder, she's pale and dizzy.", "ectopic_pregnancy"),
    ("I had a positive test last week, tonight severe cramping pain on the right and a little bleeding, I feel like I'm going to pass out.", "ectopic_pregnancy"),
    ("My sister was told the pregnancy is not in the womb and to come back Monday; now she has severe pain and she's cold and sweaty.", "ectopic_pregnancy"),
    # severe_dehydration_child
    ("My baby, 10 months, has passed watery stools 12 times since morning and is vomiting, now she's very sleepy, no wet nappy for 8 hours and her eyes are sunken.", "severe_dehydration_child"),
    ("My son, 2, diarrhoea and vomiting for 2 days, now he's floppy and won't drink anything, his lips are very dry.", "severe_dehydration_child"),
    ("My daughter, 4, has rice-water stools, she's not passing urine and her hands are cold, she's barely responding.", "severe_dehydration_child"),
    ("Baby, 7 months, the soft spot is sunken and she cries without tears, very limp after vomiting all day.", "severe_dehydration_child"),
    # chest_pain_other
    ("My tall thin son, 19, got sudden sharp pain on one side of his chest and can't breathe properly, it started while he was just sitting.", "chest_pain_other"),
    ("My mother has sudden tearing chest pain going through to her back, she's sweating and her BP is 200/120.", "chest_pain_other"),
    ("My friend got stabbed in the chest at the shebeen, he's breathing fast and says his chest is tight, there's not much blood outside.", "chest_pain_other"),
    ("My husband has chest pain with his heart racing at 180 on his watch and now he feels faint.", "chest_pain_other"),
    # vision_loss_sudden
    ("I suddenly can't see out of my right eye, like a curtain came down about an hour ago.", "vision_loss_sudden"),
    ("My father, 75, woke up blind in one eye this morning and has a headache over his temple.", "vision_loss_sudden"),
    ("My eye became very painful and red tonight, everything is blurry with halos around lights, and I'm vomiting.", "vision_loss_sudden"),
    ("Caustic soda splashed in my wife's eyes while she was cleaning just now, she can't see.", "vision_loss_sudden"),
    # blood_clot_PE
    ("After the long bus journey from Mombasa my calf was swollen; now suddenly I'm breathless and coughing blood.", "blood_clot_PE"),
    ("My mother had a hip operation 10 days ago, now she's suddenly breathless, chest pain when she breathes in and her heart is racing.", "blood_clot_PE"),
    ("I'm on the pill and my left leg has been swollen; just now I got a sudden sharp chest pain and I can't catch my breath.", "blood_clot_PE"),
    ("My wife had a C-section 2 weeks ago, now she is gasping and says her chest hurts when she breathes.", "blood_clot_PE"),
    # cauda_equina
    ("Back pain for a week, and since this morning I can't feel my private area and I wet myself without knowing.", "cauda_equina"),
    ("My husband's slipped disc got worse today, both legs are weak and he hasn't passed urine since last night.", "cauda_equina"),
    ("Severe back pain and now numbness around my bottom, and I couldn't control my bowels just now.", "cauda_equina"),
    ("My mother, 50, has back pain going down both legs and she says her bottom feels numb and she can't pass urine since today.", "cauda_equina"),
]
