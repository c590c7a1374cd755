# Hand-written NOW emergencies. Each entry: (text, family). kind is always "now".

ITEMS = [
# heart_attack
("my husband is 58 and has had crushing pain in the middle of his chest for about 20 mins now, its going into his left arm and jaw and hes sweating buckets and grey. he says its indigestion and wont let me call anyone. he took gaviscon. what do i do",
 "heart_attack"),
("Sorry if this is the wrong place. I'm 63, diabetic, and for the last half hour I've felt a heavy pressure in my chest like someone sitting on it, I feel sick and clammy and a bit short of breath. No real pain as such. My wife is out. Should I wait for her to get back?",
 "heart_attack"),
("dad (71, had stents in 2019) is sat on the sofa clutching his chest right now, says its the same pain as last time, he's had 2 sprays of his GTN and it hasnt touched it. hes pale and breathing fast. mum says give him another spray and wait",
 "heart_attack"),
("i'm 44 f, been having tightness in my chest and pain between my shoulder blades since about 6am, its now 7:30, i threw up once and feel like i'm going to pass out. i thought women didnt really get heart attacks. cant be that right",
 "heart_attack"),
("at work at the warehouse and my supervisor just went down on one knee holding his chest, he's 50ish, says his left arm is numb and the pain is 10/10, hes sweating loads. someone said give him an aspirin, is that right? hes still talking",
 "heart_attack"),

# stroke
("my mum's face has just dropped on one side, she's trying to talk to me but its coming out all slurred and her right arm is just hanging. she's 76. it started maybe 10 minutes ago while we were having tea. she says she's fine and to stop fussing",
 "stroke"),
("typing for my grandad he's 82 and he suddenly can't find his words, he keeps saying the wrong words and he can't hold his cup in his left hand, it just dropped. he was fine at lunch an hour ago. we're at his flat. should we ring his GP surgery?",
 "stroke"),
("Hi, I'm 38 and about 15 min ago I suddenly lost feeling down my whole left side and my left leg won't hold me, I'm sitting on the kitchen floor. My speech seems ok. I'm alone with my 2 year old. Could this be a trapped nerve?",
 "stroke"),
("my brother (disabled, lives with me, 45) just woke from his nap and his mouth is drooping on the left and he's dribbling and he can't lift his left arm up at all. he normally can. he's non verbal so I don't know if he's in pain. he's just looking at me scared",
 "stroke"),
("my husband just came in from the garden and said the worst headache of his life came on like a thunderclap, like being hit with a bat, and now he's confused and being sick. he's 52. he's lying on the bed. is it a migraine?",
 "stroke"),

# breathing_difficulty
("my 2 yo's breathing is really fast and the skin between her ribs is sucking in with every breath, she's grunting and too tired to cry. she's had a cold for 3 days. I've given her the blue inhaler from her brother. Her lips look a bit dusky.",
 "breathing_difficulty"),
("im 24 with asthma and I've done 10 puffs of my ventolin in the last 20 min and its not helping at all, i cant finish a sentence, my chest is so tight. my flatmate is asleep. i dont want to waste anyone's time",
 "breathing_difficulty"),
("Mum (COPD, 74) is on her home oxygen but she's struggling way more than usual, she's sitting bolt upright gasping, can't speak more than one word and she's gone a bit blue round the lips and confused. Her nebuliser isn't touching it.",
 "breathing_difficulty"),
("i care for a young man with MND and his breathing has got really bad in the last hour, he's gasping and his BiPAP alarm keeps going and he's looking panicky and drowsy. his family are away. the on call nurse isnt answering.",
 "breathing_difficulty"),

# anaphylaxis
("my son (6) just ate a cookie at a party that had peanuts in it and his lips are swelling up and he's got hives all over and he's coughing and saying his throat feels funny. I've given him piriton. we don't have an epipen, he's never reacted this bad",
 "anaphylaxis"),
("got stung by a wasp 10 mins ago, im 31, now my face is puffing up and i feel dizzy and my tongue feels thick and its hard to swallow. i'm at the allotment on my own. should i take a antihistamine and see if it goes down",
 "anaphylaxis"),
("I just took the first dose of amoxicillin for a tooth infection (I'm 19 weeks pregnant) and within 15 minutes I'm covered in welts, my throat is tight and I'm wheezing. I've never had it before. Will it pass?",
 "anaphylaxis"),
("my wife used her epipen 5 minutes ago after eating prawns at the restaurant, it helped a bit but now she's getting worse again, her voice is hoarse and she's wheezing. we only had the one pen. the waiter says get her a glass of water",
 "anaphylaxis"),

# severe_bleeding
("my dad cut his leg on the chainsaw in the garden and it's pouring blood, like spurting, i've got a towel on it and it's soaked through already. he's going pale and says he feels faint. we're 20 mins from town. what do i do??",
 "severe_bleeding"),
("Just had a nosebleed for over an hour now, I'm 70 and on apixaban, I've pinched it properly leaning forward the whole time and it won't stop, blood is going down my throat and I've filled a washing up bowl. Feeling lightheaded.",
 "severe_bleeding"),
("my flatmate put his arm through the glass door about 5 minutes ago, theres a deep gash on his forearm and the blood is pumping out, the kitchen floor is covered. he's sitting down. i'm pressing a tea towel on it. he says don't call anyone because of his visa",
 "severe_bleeding"),
("I'm 3 days after my tonsils were taken out and I've started coughing up and spitting out bright red blood, fresh, quite a lot, cupfuls. I'm 26. The leaflet says some bleeding is normal?",
 "severe_bleeding"),

# suicidal_intent
("I've decided tonight is the night. I've got the pills lined up and written letters for my kids. I don't know why I'm even posting this. I'm 41. I just wanted someone to know.",
 "suicidal_intent"),
("my best friend just texted me saying goodbye and that she loves me and she's sorry, and she's not answering her phone now. she's been really depressed. she said last week she knew how she would do it. i'm 17 and don't know her address exactly",
 "suicidal_intent"),
("im standing on the bridge right now. i dont really know why im typing this. i just cant do it anymore, my partner left and i lost the house. i dont want advice",
 "suicidal_intent"),
("my son is 15 and he's locked himself in the bathroom and is saying he wants to die and he has my razor blades. he's been shouting that he's going to do it. my husband is at work, it's just me and my 3 yr old",
 "suicidal_intent"),

# self_harm
("i cut too deep this time. its on my thigh and it's gaping open and wont stop bleeding even with pressure for 20 mins. i'm 19. i can't tell my parents. can i use steri strips",
 "self_harm"),
("My daughter (14) just told me she swallowed some batteries an hour ago on purpose, little round ones, because she wanted to hurt herself. She says her chest hurts. She's sitting with me now. I don't know what to do first",
 "self_harm"),
("i support an autistic lady in supported living and she has just hit her head really hard and repeatedly against the concrete wall outside, she's got a big cut on her forehead and now she's very drowsy and not responding like usual. she's 29",
 "self_harm"),
("burned my arm with a lighter and a hot spoon like 30 minutes ago, its a big area, blistered and white in the middle and now i'm shaking and feel sick. im 16. please dont tell me to tell someone",
 "self_harm"),

# overdose_poisoning
("my 2 year old got into my handbag and I think she's eaten some of my iron tablets, the blister pack has about 8 missing. she seems fine right now, playing. it was maybe 20 min ago. do I make her sick?",
 "overdose_poisoning"),
("I took about 30 paracetamol and some sertraline about 2 hours ago. I feel ok and I kind of regret it now. I'm 22. Is it too late? I don't feel anything.",
 "overdose_poisoning"),
("my grandad who has dementia has just drunk some of the bleach we were using on the bathroom floor, maybe a mouthful or two, he's coughing and drooling and saying his mouth burns. he's 84.",
 "overdose_poisoning"),
("we found my brother on the bathroom floor, he's breathing really slowly like 5 times a minute and his lips are blue, there are needles next to him. he's 28. we don't have naloxone. he's snoring weird",
 "overdose_poisoning"),
("my 4yo chewed a liquid laundry pod, he's vomiting and now he's really sleepy and his breathing sounds bubbly. it happened about 15 mins ago. I've rinsed his mouth out",
 "overdose_poisoning"),

# seizure
("my son (8, epilepsy) has been fitting for 7 minutes now, I gave his buccal midazolam 2 mins ago and he's still jerking. his lips are going grey. what else can I do? his dad is driving home",
 "seizure"),
("my wife just had a fit on the kitchen floor, she's never had one before, she's 34 and 7 months pregnant. it lasted about 2 minutes and now she's really drowsy and confused and has a bad headache. her blood pressure was high last week",
 "seizure"),
("My 14 month old just went stiff and then shaking all over for about a minute, eyes rolled back. He had a temp of 39.7. Now he's sleepy but breathing. It's his first ever one. Is this a febrile convulsion, do I need to do anything?",
 "seizure"),
("the man I care for (learning disability, 50) has had 3 seizures in the last half hour and hasn't woken up properly between them. his rescue med is at the day centre. he normally has one a month",
 "seizure"),
("friend at a festival just dropped and started shaking, she took something earlier, she's been fitting for about 5 minutes and is really hot to touch. we're in the campsite. medical tent is far",
 "seizure"),

# unconscious_unresponsive
("my dad is lying on the floor in the hallway and won't wake up, he's breathing but it's noisy and I can't rouse him at all, I've shouted and shaken him. he's 67 and diabetic. I just got home from work",
 "unconscious_unresponsive"),
("I came in to do my morning call with a client (I'm a carer) and she's slumped in her chair, she opens her eyes a tiny bit when I pinch her hand but won't talk or respond otherwise. She's 88. She was fine at teatime yesterday.",
 "unconscious_unresponsive"),
("my 5 month old is really floppy and won't wake up properly for her feed, she just lolls, eyes half open. she's not crying. she had a cold. her breathing looks ok i think",
 "unconscious_unresponsive"),
("my roommate drank a whole bottle of vodka tonight, he's passed out on his back and I can't wake him up, he's throwing up a bit in his sleep and his skin is cold and clammy. im 20. should I just let him sleep it off?",
 "unconscious_unresponsive"),

# head_injury
("my 10 yo fell off the climbing frame at the park about 30 min ago and hit her head on the concrete, she was knocked out for maybe a minute and now she's been sick twice and keeps asking the same questions over and over",
 "head_injury"),
("Mum (79, on warfarin) tripped and banged her head on the corner of the kitchen table an hour ago. Now she's getting drowsy and her speech is a bit slurred and she says her headache is getting worse. We're in the car park of Tesco now, she wanted to do the shopping.",
 "head_injury"),
("my husband came off his bike without a helmet, hit his head, he seemed fine for an hour and now he's super confused and one pupil looks bigger than the other and he's vomiting. he's 39",
 "head_injury"),
("my baby (7 months) rolled off the changing table onto tiles, head first, 20 mins ago. he cried straight away but now there's a big squishy swelling on the side of his head and he's really sleepy and won't feed. he's vomited once",
 "head_injury"),

# febrile_infant
("my baby is 5 weeks old and her temperature is 38.4 under the arm, she's feeding less and is sleepier than usual. no rash. it's 11pm. do I give calpol and see how she is in the morning?",
 "febrile_infant"),
("newborn (12 days) feels hot, ear thermometer says 38.6 and he's grunting a bit when breathing and not interested in the boob. we're first time parents. i dont want to overreact",
 "febrile_infant"),
("my son is 8 weeks and had his jabs 2 weeks ago. tonight he has a fever of 38.2 and he's mottled on his legs and crying a weird high pitched cry. the leaflet says fever after jabs is normal",
 "febrile_infant"),
("2 month old, 38.9, I gave infant paracetamol an hour ago (the pharmacist said it's ok from 2 months) and it's not come down. She's floppy and won't feed. Our GP is closed til Monday.",
 "febrile_infant"),
("twins are 7 weeks old, one of them has a temp of 38.0 and is just not himself, pale, sleepy, feeding half as much. the other is fine. I'm on my own with both tonight, husband on night shift",
 "febrile_infant"),

# meningitis_signs
("my 3 yo has a high temp and now has purple spots on her legs and tummy that don't fade when I press a glass on them, she's really drowsy and grizzly. she was fine this morning",
 "meningitis_signs"),
("im 19, at uni, my flatmate has had a terrible headache all day, now she can't bend her neck forward, the light hurts her eyes and she's been vomiting, temp is 39.5. she says it's just a hangover. i think theres a rash starting on her arm",
 "meningitis_signs"),
("my teenage son (16) has been getting worse over the last few hours, fever, cold hands and feet, leg pain, and now he's confused and has tiny red-purple dots on his chest. we thought it was flu",
 "meningitis_signs"),
("baby is 10 months, fever 39, the soft spot on top of his head is bulging and he's floppy and crying when I pick him up. he's refusing milk. is it teething?",
 "meningitis_signs"),

# severe_abdominal_pain
("im 22 and have had pain that started around my belly button this morning and has moved to the bottom right, its now really severe, i cant stand up straight, feverish and been sick. hurts more when the car goes over bumps",
 "severe_abdominal_pain"),
("my dad (65) has a sudden tearing pain in his tummy going through to his back, worst pain he's ever felt, he's gone pale and sweaty and nearly fainted. he was told he had a small aneurysm last year and they were watching it",
 "severe_abdominal_pain"),
("my 4 yr old has been screaming in pain with his tummy coming in waves every 15 mins, pulling his knees up, and now he's done a poo that looks like red jelly. he's pale and floppy between the waves",
 "severe_abdominal_pain"),
("Mum, 81, hasn't opened her bowels for 5 days and now her stomach is massively swollen and rock hard, she's vomiting brown stuff that smells like poo. She's had bowel surgery before.",
 "severe_abdominal_pain"),

# pregnancy_bleeding_or_pain
("I'm 32 weeks pregnant and suddenly have constant severe pain in my tummy, it's hard as a board, and I've started bleeding dark red. Baby hasn't moved much since. I'm on my own, my husband has the car.",
 "pregnancy_bleeding_or_pain"),
("I'm 26 weeks and my waters have just gone, and now I'm getting regular cramps every 5 minutes. It's way too early. Should I ring the maternity triage or wait to see if the cramps stop?",
 "pregnancy_bleeding_or_pain"),
("im 37 weeks pregnant and i've had a pounding headache all afternoon that paracetamol won't touch, my vision's gone blurry with flashing lights and i have bad pain under my right ribs. my face is swollen. i have an appointment tomorrow",
 "pregnancy_bleeding_or_pain"),
("im 16 weeks pregnant and im bleeding heavily, soaked 2 pads in the last half hour, with clots the size of plums and bad cramping. i feel dizzy. it's my first pregnancy. its sunday",
 "pregnancy_bleeding_or_pain"),
("my partner gave birth at home yesterday (planned, with a midwife) and now she's bleeding a lot, it's pouring and she's soaked the bed and she's white and shaky. the midwife left this morning",
 "pregnancy_bleeding_or_pain"),

# diabetic_emergency
("my son (12, type 1) is vomiting, breathing really deep and fast, his breath smells like pear drops and his meter says HI. his ketones are 4.2. he says his tummy hurts. we've given insulin. I'm a single mum what do i do next",
 "diabetic_emergency"),
("my husband is type 1 and he's sweaty, shaking, and talking nonsense, I tried to give him juice but he's too confused to swallow properly now and he's getting drowsier. his sugar was 1.9. we don't have glucagon",
 "diabetic_emergency"),
("caring for my mum who's 77 type 2, she's been really thirsty and weeing all day, now she's very drowsy and confused and her reading says 33. she hasn't eaten much because of a chest infection",
 "diabetic_emergency"),
("im 27 with type 1 and i've been vomiting all night, can't keep anything down, blood ketones 3.8 and rising, sugar 22, i feel so weak and breathless. i'm on my own in my flat",
 "diabetic_emergency"),

# sepsis_signs
("dad had his bowel surgery 5 days ago and came home yesterday, today he's shivering uncontrollably, breathing fast, his skin looks mottled and blotchy and he's confused and not making sense. he hasn't peed since this morning",
 "sepsis_signs"),
("Mum is on chemo (breast cancer) and her temp is 38.5, she's got shaking chills and feels awful. In the last half hour she's gone confused, she's breathing fast and her hands are cold and blotchy. The chemo nurses said to ring if she got a temp but it's 2am and I don't want to bother them, I'll wait till morning?",
 "sepsis_signs"),
("my wife had a kidney infection and started antibiotics yesterday but now she's worse, her heart is racing at 130, she's really cold and clammy with blue-ish lips, confused, and her BP on our home machine says 82/50",
 "sepsis_signs"),
("grandma (89, care home) has a UTI, started antibiotics today, and just now she's cold and mottled, breathing fast and the staff say she's not responding to them properly. they're asking me if they should wait for the GP round tomorrow",
 "sepsis_signs"),

# severe_burn
("my toddler just pulled a kettle of boiling water over himself, his chest and arm are red and the skin is peeling off in sheets. I've put him under the cold tap. he's screaming. how long do I keep him under water",
 "severe_burn"),
("my husband was lighting the bbq with petrol and it went up in his face, his face and both hands are burnt, the skin is white and leathery on his hands and his eyebrows are gone. he's coughing and his voice sounds croaky",
 "severe_burn"),
("the lady I care for (wheelchair user, no feeling in her legs) has been sitting with a hot water bottle on her lap all night and there's a burn the size of a dinner plate, white and blistered and she didn't feel it. she's 58",
 "severe_burn"),
("i spilled drain cleaner on my arm and splashed my eye, my arm is burning and the skin is going white, my eye is agony and I can't open it. i rinsed it a bit. im 35",
 "severe_burn"),

# choking
("my baby is choking on a grape! she's 11 months, she can't cough or cry, she's making no noise and going red. what do I do",
 "choking"),
("grandad is choking on a piece of steak, he's holding his throat and can't speak or breathe, he's 86. I've hit his back 5 times and nothing. I don't know how to do the other thing",
 "choking"),
("my daughter (3) swallowed a marble and now she's coughing and gagging and her breathing is really noisy and whistly. she can still cry a bit but her lips are going pale",
 "choking"),
("my brother with cerebral palsy choked on his dinner, it came out after we hit his back but now he's breathing really fast and rattly and coughing constantly and looks grey. it was 10 min ago",
 "choking"),

# testicular_torsion
("my son (13) woke up an hour ago with terrible pain in his left testicle, he's been sick twice and the testicle looks higher and swollen. he's embarrassed and wants to wait till the GP opens at 8",
 "testicular_torsion"),
("im 17 and playing football i got sudden mega pain in my balls, right side, its been 2 hours and its getting worse, its swollen and i feel like puking. i didnt get hit there. should i ice it",
 "testicular_torsion"),
("hi my baby boy is 6 weeks and his scrotum on one side has gone dark red/purple and swollen and he's screaming when I change him. started this afternoon. he's feeding less",
 "testicular_torsion"),
("I'm 24 M. Sudden severe pain in my right testicle since 3am (about 1 hour), with pain in my lower stomach, nausea. No injury, no infection symptoms. Wondering if I should book a GP appointment for next week",
 "testicular_torsion"),

# ectopic_pregnancy
("i'm about 6 weeks pregnant (positive test last week, no scan yet) and i've got terrible one sided pain low down on the left, and now pain in the tip of my shoulder and i nearly fainted in the bathroom. a bit of brown spotting. im 29",
 "ectopic_pregnancy"),
("my girlfriend is 7 weeks pregnant and she's had a really sharp pain on her right side all evening, now she's gone white as a sheet, dizzy, and her heart is racing. she had an ectopic before. she says she'll go to the early pregnancy unit tomorrow",
 "ectopic_pregnancy"),
("late period, positive test, today stabbing pain in my lower belly on the right that made me collapse at work, my colleague had to catch me. now its spreading across my tummy. im 34 and have a coil in",
 "ectopic_pregnancy"),
("im 5 weeks and bleeding a little, but the main thing is this horrible pain on one side and my shoulder hurts when I lie down, I feel faint when I stand. I'm 21 and living with my parents and havent told them",
 "ectopic_pregnancy"),

# severe_dehydration_child
("my 14 month old has had diarrhoea and vomiting since yesterday, no wet nappy for 12 hours now, her eyes look sunken, her lips are dry and cracked and she's really drowsy and floppy. she won't even take the bottle",
 "severe_dehydration_child"),
("my 3 year old has been vomiting everything for 24 hours, even sips of water come straight back up. he hasn't weed since last night, he's very sleepy and his hands and feet are cold. when he cries there are no tears",
 "severe_dehydration_child"),
("baby (4 months) has had watery poos every hour since this morning and threw up 6 times, she's lethargic, the soft spot on her head looks sunken and her nappy has been dry since lunchtime",
 "severe_dehydration_child"),
("my daughter (6, severe cerebral palsy, tube fed) has a tummy bug, she's been vomiting all her feeds since yesterday, she's very sleepy and hard to rouse, her pads have been dry for 14 hours and her skin is really dry",
 "severe_dehydration_child"),

# chest_pain_other
("im 23 and tall and skinny and about 30 mins ago I got a sudden sharp pain on the right side of my chest and now I'm getting more and more breathless, it hurts to breathe in. it came on while I was just sitting",
 "chest_pain_other"),
("my husband has Marfan syndrome and he suddenly got a ripping pain in his chest going through to his back, he's sweating and his arms feel different temperatures, he's 36",
 "chest_pain_other"),
("I'm 29, 2 weeks after having my baby, and I just got a sudden crushing chest pain and my heart is racing, I can't catch my breath and I feel like I'm going to die. No history of heart problems.",
 "chest_pain_other"),
("mate took a load of coke at a party and now he's clutching his chest, heart pounding, sweating and says his chest is tight as hell. he's 25. he doesn't want the police coming",
 "chest_pain_other"),

# vision_loss_sudden
("I'm 67 and about 30 mins ago the vision in my right eye went completely black, like a curtain came down. It hasn't come back. No pain. I'm sitting down. Should I book an optician?",
 "vision_loss_sudden"),
("my eye is really painful and red and my vision is blurry with halos round the lights, started this evening, I have a bad headache and have been sick. I'm 61. I thought it was a migraine",
 "vision_loss_sudden"),
("mum (74) just said she suddenly can't see out of her left eye, it went dark while she was reading, and she's had a bad headache and jaw pain when chewing for a few weeks. her scalp is tender too",
 "vision_loss_sudden"),
("im 32 and very short sighted, in the last hour ive had loads of new floaters and flashes and now theres a dark shadow coming across from the side in my left eye",
 "vision_loss_sudden"),

# blood_clot_PE
("I'm 3 weeks after my hip replacement and in the last hour I got really short of breath, sharp pain on the side of my chest when I breathe in and my heart is racing. I coughed up a bit of blood. I'm 66. My calf has been swollen since yesterday",
 "blood_clot_PE"),
("my wife is 10 days postpartum and she suddenly can't catch her breath, she's gasping, her heart is pounding and she's got chest pain when she breathes in. she had a c-section",
 "blood_clot_PE"),
("i just got off a long haul flight from sydney and my left leg is swollen and sore and now i'm breathless just walking to the toilet and feel faint. i'm on the pill. im 28",
 "blood_clot_PE"),
("my brother (paraplegic, 41) has had a red swollen calf for 2 days and now he's breathless and his oxygen on our finger monitor is 88%. he's sitting in his chair and says his chest hurts",
 "blood_clot_PE"),

# cauda_equina
("I've had a bad back for a week but since this morning I can't feel when I wipe after the toilet, numb between my legs, and I haven't been able to pee since last night even though I need to. both legs feel weak. I'm 45",
 "cauda_equina"),
("my husband slipped a disc last week, today he's wet himself without noticing and says his bottom and inner thighs feel numb, like sitting on a saddle. he's 52 and otherwise fine. his physio appointment is friday",
 "cauda_equina"),
("I'm 34 weeks pregnant and I've had sciatica for a month, but since this afternoon both legs are tingling and weak and I have no feeling in my private area and I can't wee. I assumed it's baby pressing on something?",
 "cauda_equina"),
("38 yo builder, back pain for 3 days after lifting, now numbness around my back passage and I've had an accident with my bowels and didn't feel it. both feet are going numb",
 "cauda_equina"),
]
