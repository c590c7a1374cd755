# Emergency items, kind `now`, part B (hand-written, writer 70).
from _helpers import E

ITEMS = [
    # severe_abdominal_pain
    E("Worst stomach pain of my life, started 3 hours ago low on the right, now I can't stand up straight and every bump in the ute makes me scream. Fever too.", True, "now", "severe_abdominal_pain"),
    E("My husband (70) has a sudden terrible pain in his belly going through to his back, he's pale and sweaty and nearly fainted. He has an aneurysm they were 'watching'.", True, "now", "severe_abdominal_pain"),
    E("Tummy is swollen hard as a drum, been vomiting green stuff all morning and haven't pooed or farted since yesterday. Pain coming in waves. I had bowel surgery years ago.", True, "now", "severe_abdominal_pain"),
    E("Got kicked in the guts by a cow this morning, thought it was just bruised but now the pain's getting worse and my belly's getting tight and I feel dizzy when I stand.", True, "now", "severe_abdominal_pain"),
    E("stomach pain is unbearable, i'm lying curled up on the floor, i've been vomiting blood, looks like coffee grounds. on a lot of nurofen for my back lately", True, "now", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    E("I'm 32 weeks pregnant and I've just started bleeding quite a lot, bright red, soaked a pad in 10 min. No pain really. We're 3 hours from the hospital.", True, "now", "pregnancy_bleeding_or_pain"),
    E("30 weeks and I've got a constant hard pain in my belly that won't let up, my tummy feels rock hard and the baby's gone quiet. A bit of dark blood.", True, "now", "pregnancy_bleeding_or_pain"),
    E("my waters just broke at 29 weeks and there's something... I think I can feel the cord. we're on the farm. what do i do", True, "now", "pregnancy_bleeding_or_pain"),
    E("36 weeks, terrible headache that paracetamol won't touch, my vision's gone sparkly and there's pain under my ribs on the right. My feet and face are really puffy.", True, "now", "pregnancy_bleeding_or_pain"),
    E("I had the baby at home 2 hours ago (midwife's gone) and I'm still bleeding heaps, big clots, and I feel faint and shivery", True, "now", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    E("My type 1 son (13) has been vomiting all day, breathing deep and fast, his breath smells like nail polish remover and he's getting really drowsy. His sugar meter just says HI.", True, "now", "diabetic_emergency"),
    E("Husband's a diabetic on insulin, he's gone all sweaty and shaky and he's talking rubbish, now he won't swallow the juice I'm giving him.", True, "now", "diabetic_emergency"),
    E("I think I got the insulin wrong, took my night dose twice. Sugar is 2.4 and I'm feeling shaky and confused. On my own in the truck at a rest stop.", True, "now", "diabetic_emergency"),
    E("dad (79) hasn't been right for days, drinking heaps and weeing heaps, now he's so confused he doesn't know who I am. his sugar reads 33.", True, "now", "diabetic_emergency"),
    E("My wife's diabetic and she's just collapsed in the kitchen, she's breathing but won't wake up properly. Haven't checked her sugar, I don't know how.", True, "now", "diabetic_emergency"),
    # sepsis_signs
    E("Cut on my leg from the barbed wire went red and hot a couple days ago, now I'm shivering uncontrollably, heart's racing, feel really confused and my skin's blotchy.", True, "now", "sepsis_signs"),
    E("Mum has a UTI and was on antibiotics but now she's burning up, her breathing's fast, she's not making sense and her hands and feet are cold and mottled. 84.", True, "now", "sepsis_signs"),
    E("Husband on chemo, temp just hit 38.6 and he's shaking with chills. They said ring if that happens but it's Sunday night.", True, "now", "sepsis_signs"),
    E("I feel like I'm dying honestly. Flu for 3 days, now I haven't peed since this morning, I'm freezing and shaking, my heart is pounding and I'm really dizzy standing", True, "now", "sepsis_signs"),
    E("My toddler has a fever and a rash that's spreading fast, she's floppy and breathing fast and her hands are ice cold even though she's hot.", True, "now", "sepsis_signs"),
    # severe_burn
    E("Radiator cap blew off the header and boiling coolant went all over my husband's face and chest, big blisters coming up, skin's peeling. We've got him under the hose.", True, "now", "severe_burn"),
    E("Burn-off got away and my son's jeans caught alight, both legs are burnt, some of it's white and leathery and he says it doesn't even hurt there.", True, "now", "severe_burn"),
    E("Toddler pulled a pot of boiling water off the stove onto herself. Her chest and arm are red and blistering. Running cold water now. How long?", True, "now", "severe_burn"),
    E("welding and a spark caught my shirt, burnt my whole side under my arm, its charred and bits of shirt are stuck to me. hurts like hell", True, "now", "severe_burn"),
    E("Got splashed with battery acid in the face when the old truck battery cracked, my eye is burning and I can't open it. Rinsing with tank water.", True, "now", "severe_burn"),
    # choking
    E("My dad's choking on a piece of steak, he can't cough or talk, just grabbing his throat. I've hit his back 5 times. Help!", True, "now", "choking"),
    E("Baby put a grape in her mouth and now she's making a squeaky noise and going red, trying to cough. 10 months old.", True, "now", "choking"),
    E("husband choked on a lolly and he can only whisper and keeps gagging, his face is going red. he can breathe a bit", True, "now", "choking"),
    E("my 3 year old swallowed a marble and now he's drooling and can't swallow, keeps coughing, sounds wheezy", True, "now", "choking"),
    # testicular_torsion
    E("My 14 year old son woke up with a sudden really bad pain in one of his balls, it's swollen and he's vomiting. He's embarrassed and wants to wait. Is this ok to wait till the clinic opens?", True, "now", "testicular_torsion"),
    E("sudden sharp pain in my left testicle about an hour ago, didn't get hit or anything, it's sitting higher than the other one and I feel sick. 17", True, "now", "testicular_torsion"),
    E("Boy (11) came in from the paddock holding his groin, pain came on suddenly while he was riding the motorbike, no crash. Now it's swollen and he's pale.", True, "now", "testicular_torsion"),
    E("Been woken up by excruciating pain in my right nut, came out of nowhere, spreading to my tummy. 22yo. It's been 2 hrs.", True, "now", "testicular_torsion"),
    # ectopic_pregnancy
    E("I'm about 7 weeks pregnant and I've suddenly got really sharp pain low on the left and a bit of spotting. Now my shoulder tip hurts and I feel faint.", True, "now", "ectopic_pregnancy"),
    E("Period is 3 weeks late, positive test yesterday, now severe one sided pain in my pelvis and I nearly passed out on the toilet.", True, "now", "ectopic_pregnancy"),
    E("My girlfriend is 6 weeks pregnant, she's doubled over with pain on one side, white as a sheet, and she fainted for a second.", True, "now", "ectopic_pregnancy"),
    E("Had IVF, 6 weeks, the scan last week didn't find the baby in the uterus and they said come back in a week. Now I'm having awful pain on the right side and feel clammy and dizzy.", True, "now", "ectopic_pregnancy"),
    # severe_dehydration_child
    E("My 10 month old has had gastro for 2 days, vomits everything, no wet nappy since yesterday afternoon, eyes look sunken and she's really sleepy and floppy.", True, "now", "severe_dehydration_child"),
    E("Son is 4, been vomiting and diarrhoea nonstop since last night, he's not wee'd in 12 hours, his lips are cracked and he's hard to wake. We're 2 hrs from town.", True, "now", "severe_dehydration_child"),
    E("baby 5 months has had runny poos all day and now won't take the bottle, the soft spot on top of her head looks sunken and she's crying with no tears", True, "now", "severe_dehydration_child"),
    E("Our 2 yo has been throwing up for a day and a half, keeps nothing down even sips, cold hands and feet, and now she just lies there looking at me.", True, "now", "severe_dehydration_child"),
    # chest_pain_other
    E("Sudden tearing pain in my chest going straight through to my back between the shoulder blades, started 20 min ago lifting a post. I've got high blood pressure.", True, "now", "chest_pain_other"),
    E("I'm 21, tall and skinny, got a sudden sharp stabbing pain in the side of my chest and now I can't take a full breath, getting more short of breath.", True, "now", "chest_pain_other"),
    E("Bull crushed my brother against the rails, now one side of his chest moves in when he breathes in and he's struggling to breathe and in agony.", True, "now", "chest_pain_other"),
    E("chest pain since i took a line of coke an hour ago, heart racing like crazy, sweating, pain keeps getting worse", True, "now", "chest_pain_other"),
    # vision_loss_sudden
    E("I just lost the sight in my right eye, like a curtain came down over it about 20 minutes ago. No pain. I'm 68.", True, "now", "vision_loss_sudden"),
    E("Seeing heaps of new floaters and flashing lights in my left eye since this morning and now there's a dark shadow creeping in from the side.", True, "now", "vision_loss_sudden"),
    E("Eye suddenly got really painful and red, the vision's gone foggy with halos round the lights, and I've been vomiting. Came on while I was watching telly in the dark.", True, "now", "vision_loss_sudden"),
    E("My mum (75) has had a headache and sore jaw when chewing for a week and now she's suddenly lost vision in one eye this morning.", True, "now", "vision_loss_sudden"),
    E("A bit of metal flew off the grinder into my eye, can't see much out of it now, it's all blurry and there's like clear jelly stuff coming out.", True, "now", "vision_loss_sudden"),
    # blood_clot_PE
    E("Drove 14 hours straight in the truck yesterday, today my calf's been sore and swollen and now I've suddenly got a sharp chest pain when I breathe in and I'm short of breath.", True, "now", "blood_clot_PE"),
    E("I'm 2 weeks after a knee op, suddenly breathless just walking to the loo, heart is racing and I coughed up a bit of blood.", True, "now", "blood_clot_PE"),
    E("on the pill, flew home from Europe 3 days ago. just now got really short of breath out of nowhere and pain in my side when i breathe. feel like i might pass out", True, "now", "blood_clot_PE"),
    E("Wife had a baby 10 days ago, now suddenly struggling to breathe, sweaty, says her chest hurts when she breathes in and she feels scared something's really wrong.", True, "now", "blood_clot_PE"),
    # cauda_equina
    E("Bad back for a week from lifting a calf. Now today I can't feel anything when I wipe after the toilet and I couldn't wee properly. Both legs feel weak.", True, "now", "cauda_equina"),
    E("Sciatica has suddenly gone down both legs, my bum and between my legs are numb and I just wet myself without realising. I'm 45.", True, "now", "cauda_equina"),
    E("had a disc problem for years, tonight I can't pee at all even though I need to, and the inside of my thighs have gone numb. legs are going weak", True, "now", "cauda_equina"),
    E("Fell off the hay stack onto my back this morning. Now my feet feel like they're not mine, I've lost control of my bowels, and there's numbness in the saddle area.", True, "now", "cauda_equina"),
]
