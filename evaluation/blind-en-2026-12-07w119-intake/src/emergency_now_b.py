# Hand-written emergency (kind now) items part B. Writer 119.

F = "now"
ITEMS = [
    # severe_abdominal_pain
    ("Pain in my stomach has been getting worse since this morning and now it's moved to the bottom right, I can't stand up straight, it hurts to cough and I've been sick. 19, male. Probably a bug?", "severe_abdominal_pain"),
    ("Husband's on the bathroom floor doubled over with the worst stomach pain, belly is rock hard and he can't bear to be touched. He's 63. Came on suddenly an hour ago.", "severe_abdominal_pain"),
    ("Agonising pain in my upper tummy going through to my back, been vomiting nonstop for 3 hours, can't keep anything down. Had a heavy weekend drinking. Feel a bit rough.", "severe_abdominal_pain"),
    ("Dad's 77, hasn't been able to pass wind or poo for 3 days, his belly is swollen like a drum and he's now vomiting brown stuff that smells like poo. He's had bowel surgery before.", "severe_abdominal_pain"),
    ("Sudden tearing pain in my belly and back, I'm 72, feeling faint and clammy. I have an aneurysm they were watching. Probably nothing.", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    ("I'm 32 weeks pregnant and started bleeding heavily about 20 minutes ago, soaked a pad already, and my bump feels hard and really painful. On my own at home.", "pregnancy_bleeding_or_pain"),
    ("29 weeks, waters just went and I can feel something in my vagina, I think it's the cord. Partner is with me.", "pregnancy_bleeding_or_pain"),
    ("I'm 35 weeks, awful headache that won't shift with paracetamol, seeing flashing lights and my face and hands have puffed up since this morning, bit of pain under my ribs on the right.", "pregnancy_bleeding_or_pain"),
    ("Wife is 38 weeks pregnant and has constant severe pain in her tummy that doesn't come and go like contractions, plus some dark bleeding. She says she's fine to wait for the midwife visit tomorrow.", "pregnancy_bleeding_or_pain"),
    ("Gave birth at home 2 hours ago, midwife has left, and I'm now bleeding heavily, passing clots the size of my fist and feeling dizzy and cold.", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    ("My son's type 1, he's 15, been vomiting all day, his breath smells like pear drops, ketones on the meter 4.2 and he's breathing really deep and fast. Sugar is 28.", "diabetic_emergency"),
    ("Dad's diabetic on insulin and he's sweaty, confused and aggressive, won't take the sugary drink, blood sugar is 1.9. He's getting drowsier.", "diabetic_emergency"),
    ("I'm type 1 and my meter just says HI, I've been peeing constantly, so thirsty, sick and my tummy hurts. Ketones high. Feel very rough. Can I just take more insulin and sleep it off?", "diabetic_emergency"),
    ("My wife is diabetic and I found her this morning barely conscious, clammy, mumbling. Glucose 2.1. I can't get her to swallow anything.", "diabetic_emergency"),
    ("Found my elderly neighbour (type 2) very drowsy and confused today, she says she's been weeing all week and drinking loads, meter reading 33.", "diabetic_emergency"),
    # sepsis_signs
    ("On chemo, last dose 8 days ago, temp is 38.5 and I'm shivering uncontrollably. The cancer ward said to ring if temp over 38 but it's 2am and I don't want to bother them.", "sepsis_signs"),
    ("Mum (83) has a water infection, today she's very confused, breathing fast, skin is blotchy and mottled and she hasn't passed urine since last night. Her temp is 35.2.", "sepsis_signs"),
    ("Husband had a cut on his leg which got infected, now he's got a high temp, heart racing at 130, shaking and says he feels like he's going to die. He's slurring a bit.", "sepsis_signs"),
    ("I've had a kidney infection for 2 days and now I'm shaking, feel like death, can't stand without fainting, my lips look bluish. 34, female.", "sepsis_signs"),
    ("My 2 year old has had a temperature for 2 days, now she's cold to touch, skin is mottled and bluish, very floppy and hasn't had a wet nappy since this morning.", "sepsis_signs"),
    # severe_burn
    ("My toddler pulled a kettle of boiling water over himself 5 minutes ago, it's all down his chest and arm, skin is peeling off. Running it under the cold tap now.", "severe_burn"),
    ("Chip pan caught fire and my arms and face are burnt, skin white and leathery on one forearm, doesn't hurt there strangely. My voice is going hoarse.", "severe_burn"),
    ("Got bleach-type drain cleaner splashed in my face and eye at work just now, eye is burning like mad and I can't open it, rinsed for a couple of minutes.", "severe_burn"),
    ("Dad was doing the electrics and got a shock, there's a burn on his hand where it went in and on his foot, and he says his heart feels funny.", "severe_burn"),
    ("Spilled a whole pot of boiling jam on my legs, big blisters over both thighs, larger than my two hands together, and it's agony. Should I just pop them and put cream on?", "severe_burn"),
    # choking
    ("My dad is choking on a bit of steak right now, he can't speak or cough, going red and blue, I've done back slaps!!", "choking"),
    ("baby choking on a grape can't cry or breathe help", "choking"),
    ("Grandma is choking on her dinner, she's clutching her throat, only a tiny wheezy sound, no cough. We're trying to help her.", "choking"),
    ("My 3 year old put a marble in his mouth and it's gone down, he's gasping and can't make a noise, face going dusky.", "choking"),
    ("Choking on a fish bone or something, I can barely breathe and can't swallow my spit, drooling. Getting worse in the last 5 minutes.", "choking"),
    # testicular_torsion
    ("My 14 year old woke up with sudden terrible pain in one testicle and he's been sick, the testicle looks higher than the other. He's embarrassed and wants to wait till school's over.", "testicular_torsion"),
    ("Sudden severe pain in my left ball an hour ago while playing football, swollen and I've thrown up. 17. Ice isn't helping.", "testicular_torsion"),
    ("Son (12) says his privates have been really hurting for the last 2 hours, his scrotum is red and swollen on one side and he can't walk properly. No injury.", "testicular_torsion"),
    ("I'm 22, woke up at 4am with agonising pain in my right testicle and lower tummy, it's swollen and hard. Can I wait for my GP at 8:30?", "testicular_torsion"),
    ("My little boy (6) is crying his eyes out, pain in his testicle since teatime, it looks swollen and a bit blue, he's been sick once.", "testicular_torsion"),
    # ectopic_pregnancy
    ("Positive pregnancy test last week, about 7 weeks. Now really sharp pain low on my left side, some spotting, and a weird pain in the tip of my shoulder. Feel faint when I stand up.", "ectopic_pregnancy"),
    ("I think I'm about 6 weeks pregnant. Sudden severe pain on one side of my tummy in the last hour and I nearly passed out in the shower. Bit of brown bleeding.", "ectopic_pregnancy"),
    ("Wife is 8 weeks pregnant, she's just collapsed in the kitchen holding her lower belly, she's pale and sweaty and says her shoulder hurts. They said at the scan last week they couldn't see the baby in the womb yet.", "ectopic_pregnancy"),
    ("Missed period, positive test, now one-sided stabbing pain that's getting worse and I'm dizzy and my heart is racing. Had an ectopic before.", "ectopic_pregnancy"),
    ("Had IVF transfer 5 weeks ago, positive test. Tonight there's severe pain low on the right, I feel sick and lightheaded, and I need to poo all the time. Clinic closed.", "ectopic_pregnancy"),
    # severe_dehydration_child
    ("My 10 month old has had diarrhoea and vomiting for 2 days, no wet nappy for about 14 hours, her eyes look sunken, she's floppy and not crying tears. I'm giving sips of Dioralyte.", "severe_dehydration_child"),
    ("18 month old with a tummy bug, vomiting everything including water, very sleepy, lips dry and cracked, soft spot on his head looks sunken. Last wee was this morning.", "severe_dehydration_child"),
    ("Little girl (3) has had norovirus since yesterday, now she's really lethargic, hands and feet cold, breathing fast and hasn't weed all day.", "severe_dehydration_child"),
    ("Baby is 4 months, been throwing up every feed and watery poos, he's gone very quiet and drowsy, hasn't had a wet nappy since breakfast and it's 10pm.", "severe_dehydration_child"),
    ("My son's 2 and has had diarrhoea 15 times today, won't drink, mouth bone dry, eyes sunken and he's just lying there not interested in anything. He doesn't respond much when I talk to him.", "severe_dehydration_child"),
    # chest_pain_other
    ("Sudden ripping pain in my chest going straight through to between my shoulder blades, worst pain of my life. I'm 59 with high blood pressure. Started 15 minutes ago.", "chest_pain_other"),
    ("I'm 21, tall and skinny, suddenly got a sharp pain in the right side of my chest and now I'm breathless even sitting. Started an hour ago while playing video games.", "chest_pain_other"),
    ("Took a fair bit of cocaine at a party and now I've got crushing chest pain and my heart is going crazy. I'm 27.", "chest_pain_other"),
    ("Chest pain came on when I was walking the dog and I actually blacked out for a few seconds on the pavement, still have the pain now. I'm 68.", "chest_pain_other"),
    ("Been vomiting a lot tonight after a big night out and now I've got sudden severe chest pain behind my breastbone, my neck feels crackly like rice krispies under the skin.", "chest_pain_other"),
    # vision_loss_sudden
    ("About 20 minutes ago it was like a curtain came down over the bottom half of my right eye. I'd been seeing flashes and floaters since yesterday. I'm 58, short-sighted.", "vision_loss_sudden"),
    ("Just lost the vision completely in my left eye, came on in seconds while I was reading. No pain. I'm 71. Should I see the optician tomorrow?", "vision_loss_sudden"),
    ("My eye is suddenly really painful and red, vision gone blurry with haloes around lights, and I've been vomiting. 65, female. Came on tonight.", "vision_loss_sudden"),
    ("Mum (80) suddenly can't see out of one eye and she's had a bad headache and jaw pain when chewing for a week. She's not bothered.", "vision_loss_sudden"),
    ("Woke up just now and everything out of my right eye is black, like someone switched it off. Left eye is fine. I'm 63, diabetic, high blood pressure. No pain so I'll ring the GP at 8?", "vision_loss_sudden"),
    # blood_clot_PE
    ("Flew back from Australia 3 days ago, my calf has been swollen and sore, and today I suddenly got sharp pain when I breathe in and I'm really short of breath. Coughed up a bit of blood.", "blood_clot_PE"),
    ("Had my knee replaced 2 weeks ago and suddenly can't catch my breath, heart racing, chest hurts when I breathe in. Probably just the painkillers?", "blood_clot_PE"),
    ("I'm on the pill and just started getting breathless walking across the room, sharp pain in my side on breathing in, and I feel faint. Leg was sore last week. 31.", "blood_clot_PE"),
    ("Wife gave birth 10 days ago, she's just become very breathless all of a sudden, pale, and says her chest hurts. Her leg was swollen yesterday.", "blood_clot_PE"),
    ("Cancer patient, on chemo. The last hour I've had sudden breathlessness, chest pain when breathing in, heart going at 120. Home alone.", "blood_clot_PE"),
    # cauda_equina
    ("Bad back for a week but today my bum and between my legs have gone numb and I haven't been able to pee since this morning. Bit worried but it's the weekend.", "cauda_equina"),
    ("Known slipped disc, but since this afternoon both legs are weak and tingly, and I wet myself without feeling it. I'm 45.", "cauda_equina"),
    ("Lower back pain after lifting, and now I can't feel the toilet paper when I wipe, numb around my back passage. Started today.", "cauda_equina"),
    ("Husband's back has been bad, but now he's lost control of his bowels and says both feet are numb and he can't feel his saddle area. He says it's just the sciatica.", "cauda_equina"),
    ("Sciatica down both legs now instead of one, and I can't empty my bladder properly since last night, numbness in my genitals. 38, female.", "cauda_equina"),
]
ITEMS = [(t, True, F, fam) for t, fam in ITEMS]
