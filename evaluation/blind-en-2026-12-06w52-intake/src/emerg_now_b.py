# Hand-written emergency items: kind "now" (part B). Each: (text, emergency, kind, family)

ITEMS = [
    # febrile_infant
    ("Our baby is 5 weeks old and her temp is 38.4 rectal. She's feeding less than usual. Pediatrician's office is closed till Monday. Can we give Tylenol and wait?", True, "now", "febrile_infant"),
    ("newborn (3 weeks) feels hot, thermometer says 100.8 under the arm, he's sleepier than normal and not waking for feeds. my mother in law says just unbundle him", True, "now", "febrile_infant"),
    ("My 2 month old has a fever of 101.2 tonight. She had her shots last week, could it be that? She's kind of floppy and whiny.", True, "now", "febrile_infant"),
    ("Grandson is 7 weeks, I'm watching him while my daughter works. He's burning up, 38.6, and he's grunting when he breathes. What should I do?", True, "now", "febrile_infant"),
    # meningitis_signs
    ("My son is 19, home from college, high fever, awful headache, can't bend his neck, and the light hurts his eyes. Now there's a purple rash on his legs that doesn't fade when I press a glass on it.", True, "now", "meningitis_signs"),
    ("wife has 103 fever, stiff neck, she's confused and doesn't know what day it is. started this afternoon with a headache. what do we do", True, "now", "meningitis_signs"),
    ("My 6 year old has a fever and is really drowsy, she cries when I move her head, and she has tiny dark red spots on her tummy that weren't there this morning.", True, "now", "meningitis_signs"),
    ("Coworker's been getting worse all shift: fever, vomiting, says his neck is stiff as a board and he can't stand the lights. Now he's not making sense.", True, "now", "meningitis_signs"),
    # severe_abdominal_pain
    ("Worst stomach pain of my life, right lower side, started around my belly button last night. Now I can't stand up straight and I have a fever of 101. Hurts to even cough. 34M.", True, "now", "severe_abdominal_pain"),
    ("My husband (66) has sudden severe belly pain going through to his back, he's pale and sweaty and his BP on our cuff is 85/50. He has an aneurysm they were 'watching'.", True, "now", "severe_abdominal_pain"),
    ("stomach is hard as a board and the pain is 10/10, I've been throwing up green stuff all morning and haven't pooped or passed gas in 2 days. I had bowel surgery last year", True, "now", "severe_abdominal_pain"),
    ("Mom is 72, sudden horrible abdominal pain for 2 hours, she says it's way worse than it looks, she has afib and isn't on her blood thinner. She's rolling around.", True, "now", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    ("I'm 32 weeks pregnant and I'm bleeding bright red, it's running down my legs, and my belly is hard and hurts constantly. Husband is getting the car.", True, "now", "pregnancy_bleeding_or_pain"),
    ("My wife is 35 weeks, she has a terrible headache, she's seeing spots and her hands and face swelled up really fast today. Her BP on our machine is 170/110.", True, "now", "pregnancy_bleeding_or_pain"),
    ("28 weeks pregnant, I haven't felt the baby move since yesterday evening and now I have cramping that comes and goes every 5 minutes. First baby. Is this normal?", True, "now", "pregnancy_bleeding_or_pain"),
    ("Coworker is 8 months pregnant, her water just broke at her desk and she says she can feel something in her vagina, like the cord? What do we do??", True, "now", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    ("My husband is type 1 and he's sweaty, confused and slurring, can't follow what I'm saying. Meter says 38. He won't drink the juice, he keeps pushing it away.", True, "now", "diabetic_emergency"),
    ("my teen son (type 1) has been vomiting all day, breathing really deep and fast, his breath smells like nail polish remover, and his meter just says HI.", True, "now", "diabetic_emergency"),
    ("Coworker is diabetic, she's been acting drunk for 10 minutes, now she's barely responding and really clammy. We don't know where her kit is.", True, "now", "diabetic_emergency"),
    ("Dad is 71, type 2, he's been peeing constantly for days, now he's super drowsy and confused, and the glucose meter reads 587. He's hard to wake up.", True, "now", "diabetic_emergency"),
    # sepsis_signs
    ("My mom is 76, had a UTI diagnosed 3 days ago, now she's shaking with chills, breathing fast, her skin looks blotchy and she doesn't recognize me. BP 82/48.", True, "now", "sepsis_signs"),
    ("My husband is on chemo and just spiked 39.2, he's shivering, heart racing at 130 and he's really out of it. The oncology line said call if fever but nobody answers.", True, "now", "sepsis_signs"),
    ("Had my gallbladder out 4 days ago and now the incision is red and leaking pus, fever of 103, heart pounding and I feel like I'm going to pass out when I stand up.", True, "now", "sepsis_signs"),
    ("Diabetic foot wound got way worse today, red streaks running up my leg, fever, I'm confused and my wife says I'm not making sense. She's typing this.", True, "now", "sepsis_signs"),
    # severe_burn
    ("Coworker got splashed with boiling fryer oil across her arm and chest, skin is peeling off and some spots look white. It's a big area. Happened just now.", True, "now", "severe_burn"),
    ("My husband's grill flared up in his face, his eyebrows are gone, his face is blistered and his voice is getting hoarse and he's coughing black stuff.", True, "now", "severe_burn"),
    ("toddler pulled a mug of hot coffee off the table, his chest and belly are blistering, the burn is bigger than my hand. running cool water now", True, "now", "severe_burn"),
    ("Electrician at our site touched a live wire, he's awake, there's a burn on his hand and a burn on his foot where it came out, and he says his heart feels funny.", True, "now", "severe_burn"),
    # choking
    ("My husband is choking on a piece of steak, he can't talk or cough, he's pointing at his throat and turning red!!", True, "now", "choking"),
    ("baby is choking on a grape, she's not making any sound, her face is going blue", True, "now", "choking"),
    ("Coworker choking at lunch, was coughing but now she's silent and grabbing her neck, someone tried back blows. what next??", True, "now", "choking"),
    ("My mother has Parkinson's and she's choking on her pills, they're stuck, she's gasping and making a high squeaky noise when she breathes in.", True, "now", "choking"),
    # testicular_torsion
    ("My 14 year old son woke up with horrible pain in his left testicle, he's throwing up from the pain and the testicle looks higher than the other one. Started 2 hours ago.", True, "now", "testicular_torsion"),
    ("Sudden severe pain in my right ball, came on while I was lifting at work an hour ago, it's swollen and I vomited. 22M. Can I wait till morning?", True, "now", "testicular_torsion"),
    ("teen boy here, 16, my testicle hurts SO bad it started during soccer and it's not getting better, its been like 90 minutes and its swollen. my mom doesnt know yet", True, "now", "testicular_torsion"),
    ("My husband (29) is on the floor with sudden scrotal pain, one side is swollen and sitting sideways, he's nauseous. No injury.", True, "now", "testicular_torsion"),
    # ectopic_pregnancy
    ("Positive pregnancy test last week, about 6 weeks. Now sharp stabbing pain low on my right side, a little bleeding, and pain in my shoulder tip. I almost fainted getting off the toilet.", True, "now", "ectopic_pregnancy"),
    ("My wife is maybe 7 weeks pregnant, she just collapsed with pain on her left side, she's white as a ghost and sweaty. She had an ectopic before.", True, "now", "ectopic_pregnancy"),
    ("i'm 5 weeks pregnant (IVF) and i have a sudden tearing pain on one side of my belly, i'm dizzy and my heart is racing. home alone", True, "now", "ectopic_pregnancy"),
    ("Coworker told me she's early pregnant, now she's doubled over in the bathroom with one-sided pain and says she's bleeding and feels faint.", True, "now", "ectopic_pregnancy"),
    # severe_dehydration_child
    ("My 18 month old has had vomiting and diarrhea since yesterday, no wet diaper in 12 hours, he's super sleepy, his eyes look sunken and he cries without tears.", True, "now", "severe_dehydration_child"),
    ("Baby is 8 months, throwing up everything including Pedialyte for 24 hours, soft spot on her head looks sunken and she's limp and not interested in anything.", True, "now", "severe_dehydration_child"),
    ("My 4 yo has had stomach flu 2 days, now she's really hard to wake, lips are cracked and dry, hands are cold and she hasn't peed since last night.", True, "now", "severe_dehydration_child"),
    ("Grandson (2) diarrhea 10 times today, now he's breathing fast, skin stays tented when I pinch it, and he won't drink. Daughter is at work.", True, "now", "severe_dehydration_child"),
    # chest_pain_other
    ("Sudden ripping pain in my chest that went straight through to my back, worst pain ever, I'm 59 with high blood pressure. Feel like I'm going to pass out. Started 10 min ago.", True, "now", "chest_pain_other"),
    ("Tall skinny 20 year old son suddenly has sharp chest pain on the right and can't take a deep breath, his breathing is getting worse by the minute.", True, "now", "chest_pain_other"),
    ("coworker is 35, says he did cocaine last night, now has crushing chest pain and his heart is going crazy fast, sweating buckets", True, "now", "chest_pain_other"),
    ("My wife vomited a lot after dinner and now she has severe chest pain behind her breastbone, her neck feels crackly under the skin. Started 30 min ago.", True, "now", "chest_pain_other"),
    # vision_loss_sudden
    ("I just lost all the vision in my right eye, like a curtain came down, about 20 minutes ago. No pain. I'm 66, diabetic, high BP.", True, "now", "vision_loss_sudden"),
    ("My husband says he suddenly can't see out of his left eye, it went black 10 minutes ago while he was reading. He's 70.", True, "now", "vision_loss_sudden"),
    ("Eye is red and super painful, vision is blurry with halos around lights, I'm throwing up from the headache. Started an hour ago in the movie theater. 61F.", True, "now", "vision_loss_sudden"),
    ("Coworker got splashed with concrete cleaner in both eyes, they're burning and she says everything is cloudy. We're rinsing with the eyewash.", True, "now", "vision_loss_sudden"),
    # blood_clot_PE
    ("Flew back from Manila yesterday, 16 hours. Today my left calf is swollen and now I suddenly can't catch my breath and it hurts to breathe in. Heart racing. 54F.", True, "now", "blood_clot_PE"),
    ("My wife had knee surgery 10 days ago and just now got really short of breath out of nowhere, she's coughing up a little blood and her heart rate is 125.", True, "now", "blood_clot_PE"),
    ("I'm on chemo and suddenly breathless sitting still, sharp pain on the side of my chest when I breathe, oxygen reading 88. I'm alone.", True, "now", "blood_clot_PE"),
    ("Coworker (on birth control, smoker) just got very short of breath climbing one flight, she's pale, says her chest hurts with each breath and she feels like she'll faint.", True, "now", "blood_clot_PE"),
    # cauda_equina
    ("Bad back for years but since this morning I can't feel my private area or inner thighs when I wipe and I haven't been able to pee all day. Both legs weak. 48M.", True, "now", "cauda_equina"),
    ("My husband has a herniated disc, today he suddenly lost control of his bowels, he's numb around his bottom and both legs are tingling and giving out.", True, "now", "cauda_equina"),
    ("Lower back pain got way worse lifting at work today and now I'm numb in the saddle area, and I wet myself without feeling it. 39F.", True, "now", "cauda_equina"),
    ("Had back surgery 5 days ago and since last night I can't empty my bladder and there's numbness between my legs, both feet feel weird.", True, "now", "cauda_equina"),
    # extra spread
    ("My father just collapsed at the dinner table clutching his chest and is now gasping and not answering us. He's 67.", True, "now", "heart_attack"),
    ("Wife's 4 days postpartum and just stood up and a big gush of blood came out, clots the size of a fist, she's pale and dizzy.", True, "now", "pregnancy_bleeding_or_pain"),
    ("I swallowed a whole bottle of my sleeping pills about 40 minutes ago. I'm getting really drowsy. I changed my mind. Help", True, "now", "overdose_poisoning"),
    ("My husband is 50, he was fine, then suddenly he can't understand what I'm saying and his right hand is limp. Happened 10 minutes ago.", True, "now", "stroke"),
]
