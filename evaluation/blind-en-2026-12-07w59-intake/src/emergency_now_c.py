# Writer 59, emergency items, kind now (part c). Format: (text, kind, family). Hand written.
ITEMS = [
    # testicular_torsion
    ("I'm 15 and woke up 2 hours ago with really bad pain in my left ball, it's swollen and higher than the other one, I threw up. I'm embarrassed to tell my mum. Will it go away if I sleep?", "now", "testicular_torsion"),
    ("Doctor my son is 13, he was playing football and suddenly got severe pain in the scrotum, right side, 1 hour ago. No kick there. He's pale and vomiting. We were planning to see the doctor tomorrow morning.", "now", "testicular_torsion"),
    ("hi 19M, sudden severe pain in one testicle since about 40 min, also pain in my lower belly, feel sick. no injury. is it an infection? can i take antibiotics i have at home", "now", "testicular_torsion"),
    ("My husband (24) woke up screaming, his testicle is very painful and swollen, he can't walk. Started 3 hours ago. He says it's from sex last night and will settle. Ice?", "now", "testicular_torsion"),
    # ectopic_pregnancy
    ("I'm 7 weeks pregnant (positive test at home, no scan yet). Since an hour I have sharp pain on the left side of my lower belly and my shoulder tip hurts, I feel faint when I stand, a little spotting. Is this a normal early pregnancy cramp?", "now", "ectopic_pregnancy"),
    ("My girlfriend, 22, period late 6 weeks, now sudden severe belly pain, she fainted in the bathroom 10 minutes ago and is very pale and sweaty. She doesn't want her family to know. What can we do quietly?", "now", "ectopic_pregnancy"),
    ("Good evening doctor. I had a tubal ectopic before. Now I'm about 6 weeks late and I have one-sided pain getting worse for the last 2 hours, I feel dizzy and my heart is racing. Can I wait for my scan on Thursday?", "now", "ectopic_pregnancy"),
    ("Assalam. My wife missed her period, test positive last week. Now she has terrible pain low on the right and she collapsed once, her belly feels tense. Our village clinic is closed. Should she take painkillers?", "now", "ectopic_pregnancy"),
    # severe_dehydration_child
    ("My 1 year old has had watery diarrhoea and vomiting since yesterday, more than 15 times. Now her eyes are sunken, she cries with no tears, her mouth is dry and she's very sleepy and floppy. No wet nappy since morning. ORS she vomits.", "now", "severe_dehydration_child"),
    ("Please help, my son is 3, cholera is in our area, he's passing rice water stool non stop since morning and now he's very weak, cold hands, his skin stays up when pinched. We're trying ORS.", "now", "severe_dehydration_child"),
    ("baby 8 months, vomiting everything since last night, and diarrhoea, now she is not responding much, just lying with eyes half open, breathing fast. the soft spot is very sunken. can I give coconut water?", "now", "severe_dehydration_child"),
    ("Our twins (18 months) both have diarrhoea. One is fine, the other has stopped drinking, very drowsy and hasn't passed urine in 12 hours. His lips are cracked. We're 1 hour from town.", "now", "severe_dehydration_child"),
    # chest_pain_other
    ("I'm 29, tall and thin, and 20 minutes ago I got a sudden sharp pain on the right side of my chest and now I'm very short of breath, getting worse. I smoke. Is it a pulled muscle?", "now", "chest_pain_other"),
    ("My father, 63, has sudden ripping pain in his chest going straight through to his back, started 15 minutes ago, he's sweating and pale. He has very high BP. He says it's his back. Should we massage?", "now", "chest_pain_other"),
    ("doc i took cocaine at a party an hour ago and now my chest hurts badly and my heart is pounding 160, sweating a lot. 26M. will it pass if i sleep it off?", "now", "chest_pain_other"),
    ("Chest pain since 40 minutes in my 35 year old sister, she has sickle cell, plus fever and she's breathing fast and her oxygen on the finger thing is 86%. She says it's just a crisis and wants her usual painkillers.", "now", "chest_pain_other"),
    # vision_loss_sudden
    ("I'm 64 and about an hour ago a dark curtain came down over the vision in my right eye, now I can only see light. No pain. Is it just tired eyes? Appointment with the optician is next week.", "now", "vision_loss_sudden"),
    ("My left eye suddenly became very painful and red with blurred vision and I see halos around the lights, I've vomited twice. Started 2 hours ago after I was in the dark cinema. I'm 58. Eye drops?", "now", "vision_loss_sudden"),
    ("Doctor, my father, 72, suddenly can't see out of his left eye since this morning, completely black. He also had jaw pain when chewing and headache for a week. He's calm, says it'll come back.", "now", "vision_loss_sudden"),
    ("hi im 31, I was hit in the eye by a ball 20 min ago and now I see lots of floaters and a shadow in part of my vision, and flashes. should I rest it till tomorrow?", "now", "vision_loss_sudden"),
    # blood_clot_PE
    ("I flew from London to Lagos yesterday. Since this morning my calf has been swollen and painful, and in the last hour I've become suddenly breathless with sharp pain when I breathe in, and I coughed a bit of blood. I'm 41 and on the pill. Jet lag?", "now", "blood_clot_PE"),
    ("My mother had knee surgery 10 days ago, she's 68, and just now she suddenly became very breathless, her heart is racing and she nearly fainted. She's sitting up. She says it's because she's not used to walking.", "now", "blood_clot_PE"),
    ("Delivered my baby 2 weeks ago. Since 30 minutes, I have chest pain when I breathe, I can't catch my breath, heart pounding. Lips look a bit blue. Is it anxiety? Everyone says new mums get panic.", "now", "blood_clot_PE"),
    ("hello I'm 55, had cancer treatment, now my leg is swollen and since an hour I'm gasping and coughing blood, feel like I'm going to pass out. probably the chemo side effects?", "now", "blood_clot_PE"),
    # cauda_equina
    ("I've had back pain for a week from lifting, but since this morning I can't feel anything around my bottom and private parts when I wipe, both legs are weak and I haven't passed urine all day even though I try. I'm 42. Is this normal back pain?", "now", "cauda_equina"),
    ("My husband (50) has a slipped disc. Today he wet himself without knowing, and says his inner thighs and around the anus feel numb, both legs heavy. He doesn't want to bother anyone on a Sunday.", "now", "cauda_equina"),
    ("Lower back pain radiating down both legs suddenly much worse today, now I can't control my bowels and the saddle area is numb. I'm 37F. Appointment with the physio on Friday. Should I keep it?", "now", "cauda_equina"),
    ("Sir, I had back surgery 2 weeks ago. Since yesterday evening I can't pass urine, my bladder feels full, and there's numbness between my legs. The surgeon's office is closed for the weekend.", "now", "cauda_equina"),
    # extra: mixed families
    ("My father-in-law, 74, is sitting in the chair, he can't lift his left arm since 20 minutes and he says his tongue feels thick. My husband says let him rest, he's stubborn. I'm not comfortable. What do you say?", "now", "stroke"),
    ("We are at the beach in Accra and a man just got pulled out of the water, he's not breathing, people are pressing his chest. I'm a bystander. What should I do to help?", "now", "unconscious_unresponsive"),
    ("My 4 year old was stung by a scorpion on her foot 30 minutes ago in our compound. Now she's drooling, sweating, her eyes are moving around strangely and she's breathing hard. We put onion on it.", "now", "overdose_poisoning"),
    ("my friend has a peanut allergy and just used her epipen 5 min ago after eating cake, she's a bit better but still wheezy. She says she's okay now and we can go home. Is that fine?", "now", "anaphylaxis"),
    ("Doctor I'm 44 and the chest pain I've had since an hour ago feels like heartburn, but antacid didn't help, and I'm sweaty and my left arm is heavy. My father died of heart attack at 50. It's probably the suya.", "now", "heart_attack"),
    ("I fell off the ladder 20 minutes ago at the construction site and my thigh bone is sticking out of the skin, lots of blood. The foreman says we will take a taxi. I'm 33. Is taxi ok?", "now", "severe_bleeding"),
    ("My aunty (60) is breathing very fast and says she can't get enough air, it came on suddenly 15 min ago, she's sweating and her lips are purple. She has heart failure. Her water tablet?", "now", "breathing_difficulty"),
    ("i just swallowed a bottle of my mum's sleeping tablets (maybe 20) about 15 minutes ago. i feel okay. i'm 16. i'm scared now. what happens next?", "now", "overdose_poisoning"),
]
