# Now-emergencies, part 2. (text, family). Written by hand.

ITEMS = [
    # seizure
    ("My wife has epilepsy and she's been fitting for 7 minutes now, it isn't stopping like it normally does. She's going blue round the mouth. I've got her buccal midazolam but I'm scared to give it wrong.",
     "seizure"),
    ("My son (16) has never had a fit before but he just went stiff and jerked all over for a couple of minutes, and now he's snoring and won't wake up properly. He'd been up all night on energy drinks and took some of his brother's Wellbutrin.",
     "seizure"),
    ("Mum had a fit about ten minutes ago and before she came round from it another one started. She's still shaking now.",
     "seizure"),
    ("Coming off alcohol on my own, day 2, and I just had a fit on the kitchen floor, my partner saw it. Now I'm shaking, drenched in sweat and seeing insects on the walls. Is that normal withdrawal?",
     "seizure"),

    # unconscious_unresponsive
    ("Found my dad on the bathroom floor. He's breathing but I can't wake him up, I've been shouting and shaking him. He's 70.",
     "unconscious_unresponsive"),
    ("My girlfriend has anorexia and she just collapsed in the kitchen. She's not answering me, her eyes are half open and her pulse feels really slow and jumpy.",
     "unconscious_unresponsive"),
    ("my housemate drank a whole bottle of vodka and now she won't wake up at all, she's making a weird snoring noise and has been sick on herself. i've put her on her side. can I just let her sleep it off?",
     "unconscious_unresponsive"),
    ("Grandad nodded off in his chair a few hours ago and now we can't wake him, his breathing is loud and strange. He's 81.",
     "unconscious_unresponsive"),
    ("My husband (54) went quiet mid-sentence at dinner and slumped over. He isn't responding when I say his name or pinch his hand. He is breathing. It's been about 2 minutes.",
     "unconscious_unresponsive"),

    # head_injury
    ("Fell off a ladder about an hour ago and hit my head on the patio, knocked out for maybe a minute. Now the headache's getting worse and I've been sick three times. I'm on warfarin. 69.",
     "head_injury"),
    ("Son (12) got hit on the head by a cricket ball this afternoon. He was fine at first but now he's really sleepy, confused about what day it is, and one of his pupils looks bigger than the other.",
     "head_injury"),
    ("im 19 and i banged my head against the wall over and over when i was really upset an hour ago. now my headache is awful, ive been sick twice and i'm seeing double",
     "head_injury"),
    ("My 80 year old mum tripped and hit her head this morning. Now she's drowsy, her speech is muddled and she seems weak down one side. She's on apixaban.",
     "head_injury"),

    # febrile_infant
    ("My son is 6 weeks old and his temperature is 38.3. He's feeding a little less than usual. Otherwise ok. Can I give Calpol and see how he is tomorrow?",
     "febrile_infant"),
    ("Baby is 9 weeks, temp 38.6, very sleepy and not interested in her feeds. First baby, and I have postnatal anxiety so I'm probably overthinking it.",
     "febrile_infant"),
    ("newborn, 3 weeks old, feels hot, 38.1 on the thermometer under her arm twice, and she's a bit floppy. is that a real fever at this age?",
     "febrile_infant"),
    ("My 2 month old has a fever of 39, his legs look blotchy and mottled and he's whimpering instead of crying properly.",
     "febrile_infant"),

    # meningitis_signs
    ("My daughter (19) came home from uni yesterday and now she's got a bad headache, stiff neck, can't stand the light, and there's a rash on her tummy that doesn't fade when I press a glass on it. She thinks it's a hangover.",
     "meningitis_signs"),
    ("Toddler has a temperature, very sleepy, and now there are purple-ish spots on her legs that don't fade under a glass. Started this morning.",
     "meningitis_signs"),
    ("22M, worst headache of my life building all day, fever 39.4, neck so stiff I can't get my chin to my chest, vomiting, and light hurts. Housemates think it's flu.",
     "meningitis_signs"),
    ("My son is 14 months, feverish, he has a high-pitched cry I've never heard before, the soft spot on his head is bulging and he's floppy.",
     "meningitis_signs"),

    # severe_abdominal_pain
    ("Pain started round my belly button yesterday and now it's moved to the bottom right, it's agony when I walk or cough, temp 38.5 and I've been sick. I'm 17. Can I take paracetamol and sleep on it?",
     "severe_abdominal_pain"),
    ("Husband, 70, sudden tearing pain in his belly going through to his back, he's pale and sweaty and says he feels faint. He has an aneurysm they've been 'keeping an eye on'.",
     "severe_abdominal_pain"),
    ("Agonising pain all over my stomach, it's rigid like a board and I can't move, came on suddenly an hour ago. I take a lot of ibuprofen for my back.",
     "severe_abdominal_pain"),
    ("My 9 month old has been screaming in bouts and pulling her legs up, and now she's pale and floppy between bouts and there's red jelly-like stuff in her nappy.",
     "severe_abdominal_pain"),

    # pregnancy_bleeding_or_pain
    ("34 weeks pregnant, sudden bad pain in my tummy that won't ease off, my bump has gone hard and I'm bleeding bright red. Baby isn't moving as much.",
     "pregnancy_bleeding_or_pain"),
    ("I'm 32 weeks and I've had a terrible headache since lunch, flashing lights, and my face and hands have swollen up today. My home monitor says 165/110. Midwife appointment is Thursday.",
     "pregnancy_bleeding_or_pain"),
    ("28 weeks and my waters just went, they're greenish, and I'm getting tightenings every 5 minutes.",
     "pregnancy_bleeding_or_pain"),
    ("Bleeding heavily at 16 weeks pregnant, soaking a pad every 20 minutes, cramping, and I feel dizzy. On sertraline if that matters.",
     "pregnancy_bleeding_or_pain"),

    # diabetic_emergency
    ("My son (15, type 1) has been vomiting all night, he's breathing deep and fast, his breath smells like nail varnish remover and he's drowsy. His meter just says HI.",
     "diabetic_emergency"),
    ("My wife (type 1, 45) is sweaty, confused and snappy and won't take the juice I'm giving her, she keeps nodding off mid sentence.",
     "diabetic_emergency"),
    ("I've been on olanzapine a year and the last few days I'm so thirsty, peeing constantly, and today I'm really confused and drowsy. Sugar reading 33. I'm 52, no diabetes diagnosis.",
     "diabetic_emergency"),
    ("Found my dad (type 2, on insulin) slumped and sweaty, he's mumbling and can't swallow properly. Sugar is 1.8.",
     "diabetic_emergency"),

    # sepsis_signs
    ("My mum (79) was started on antibiotics for a water infection, now she's shivering uncontrollably, confused, breathing fast, her skin is blotchy and cold and she hasn't passed urine all day.",
     "sepsis_signs"),
    ("Had a cut on my shin from gardening that went red, and now I feel awful — temperature 39.8, heart going at 130, shaking, and I'm slurring my words a bit. 58.",
     "sepsis_signs"),
    ("I'm on clozapine, sore throat for 2 days, and now a high fever, shivering, feel like I'm going to pass out and my heart rate is 140. 34.",
     "sepsis_signs"),
    ("3 days after my C-section and I feel like I'm dying. Fever 39, heart pounding, breathless, and the wound is leaking and smells bad. 31.",
     "sepsis_signs"),

    # severe_burn
    ("A pan of hot oil went all over my son's chest and arm 5 minutes ago, he's 4, the skin is peeling off in sheets and it's a big area. He's under the cold tap now.",
     "severe_burn"),
    ("Dad got caught in a bonfire flare-up just now, his face and hands are burnt, his eyebrows are singed and his voice is going croaky. Is it ok to just put cream on?",
     "severe_burn"),
    ("Spilled the whole kettle on myself, both thighs, an area about the size of two dinner plates, blistering already. 30, female.",
     "severe_burn"),
    ("My wife got splashed with drain cleaner on her face and in one eye a few minutes ago. She's rinsing it but says she can't see out of that eye and it's burning badly.",
     "severe_burn"),

    # choking
    ("My baby is choking on something, she's not making any noise and going red and blue, what do I do",
     "choking"),
    ("Dad's choking on a bit of steak, he can't speak or cough, he's clutching his throat. 78.",
     "choking"),
    ("my 3yo put a whole grape in his mouth and now he's coughing weakly, can't breathe properly and his lips are going purple",
     "choking"),
    ("Mum has dementia and choked on her dinner. We did back blows and something came out but she's still struggling for breath and making a whistling noise.",
     "choking"),

    # testicular_torsion
    ("I'm 14 and I woke up with really bad pain in my left ball, it's swollen and sitting higher than the other one and I've been sick. too embarrassed to tell my mum. will it go away?",
     "testicular_torsion"),
    ("Sudden agony in my right testicle an hour ago during football, it's swollen and I feel sick. 17.",
     "testicular_torsion"),
    ("My 10 year old son is crying with pain in his private parts, it came on suddenly 2 hours ago, one side is red and swollen and he's been sick.",
     "testicular_torsion"),
    ("22m, woke up at 5am with pain in one testicle that's now 8/10, it looks like it's lying sideways and my stomach hurts too. Can I take ibuprofen and see the GP Monday?",
     "testicular_torsion"),

    # ectopic_pregnancy
    ("Positive test last week, about 6 weeks. Now sharp pain low down on one side, a little spotting, and I nearly fainted in the shower and I've got a weird pain in the tip of my shoulder.",
     "ectopic_pregnancy"),
    ("I'm 7 weeks pregnant, no scan yet, severe stabbing pain on the left, dizzy when I stand up, and I feel like I need a poo all the time.",
     "ectopic_pregnancy"),
    ("My girlfriend's period is late and she did a positive test yesterday. Now she's got really bad pain on one side, she's gone white and fainted once. She's 24.",
     "ectopic_pregnancy"),
    ("I had an ectopic before. Now 5 weeks pregnant after IVF and the pain low on the right is getting worse, now my shoulder hurts too and I feel faint.",
     "ectopic_pregnancy"),

    # severe_dehydration_child
    ("My 1 year old has had diarrhoea and vomiting since yesterday, no wet nappy for 12 hours, she's very sleepy, her eyes look sunken and she cries without tears.",
     "severe_dehydration_child"),
    ("Son (3) has had a tummy bug for 3 days and today he's floppy, his hands are cold, he hasn't weed since breakfast (it's 9pm now) and he won't drink anything.",
     "severe_dehydration_child"),
    ("Baby 5 months, vomiting after every feed since this morning, only one wet nappy all day, the soft spot is sunken and he's very lethargic.",
     "severe_dehydration_child"),
    ("My daughter (6) has been throwing up for 2 days and can't keep even sips of water down, hasn't peed since yesterday, she's really drowsy and her hands are cold.",
     "severe_dehydration_child"),

    # chest_pain_other
    ("Sudden sharp pain in my chest when I was lifting weights, now I'm really short of breath and it feels like one side isn't filling. Tall skinny guy, 21.",
     "chest_pain_other"),
    ("Tearing pain in my chest going right through to my back, came on suddenly 20 min ago. I have Marfan's.",
     "chest_pain_other"),
    ("took a lot of coke tonight and now I've got bad chest pain and my heart is racing like crazy. 28. will it wear off",
     "chest_pain_other"),
    ("I started clozapine 3 weeks ago and now I have chest pain, a fever, and my heart's racing at 130 even sitting still.",
     "chest_pain_other"),

    # vision_loss_sudden
    ("Woke up and I can't see out of my right eye at all. It was fine last night. No pain. 64, diabetic. Should I book the optician?",
     "vision_loss_sudden"),
    ("Like a curtain coming down over my left eye in the last hour, after loads of new floaters and flashes earlier today.",
     "vision_loss_sudden"),
    ("Really painful red eye, haloes round lights, blurry vision, headache and I've been sick. Started an hour ago. I'm on amitriptyline.",
     "vision_loss_sudden"),
    ("My mum (75) suddenly lost the sight in one eye this morning. She's had headaches and pain in her jaw when she chews for a couple of weeks.",
     "vision_loss_sudden"),

    # blood_clot_PE
    ("Flew back from Australia 3 days ago, left calf swollen, and now sudden breathlessness and sharp pain when I breathe in, coughed up a bit of blood. 44 F on the pill.",
     "blood_clot_PE"),
    ("Two weeks after knee surgery and I've just gone really breathless out of nowhere, heart racing at 120, chest hurts when I breathe in. 60.",
     "blood_clot_PE"),
    ("6 weeks postpartum, suddenly breathless, heart racing, and I nearly fainted. My leg's been achy for days. I have postnatal depression so I thought it was panic, but this feels different.",
     "blood_clot_PE"),
    ("I've been mostly in bed for weeks with depression. Today I'm suddenly short of breath, it hurts in my side when I breathe in, and my right leg is swollen and red.",
     "blood_clot_PE"),

    # cauda_equina
    ("Bad back for a week, but since this morning I can't feel my bum or between my legs when I wipe, and I can't pee properly. Both legs tingly. 38.",
     "cauda_equina"),
    ("Sciatica in both legs now, and I wet myself without realising an hour ago. It feels numb down below. 45.",
     "cauda_equina"),
    ("Had a disc problem for ages. Today there's numbness in my saddle area, both legs are weak, and I can't tell when I need a poo.",
     "cauda_equina"),
    ("Fell on my back skiing yesterday, now bad back pain, numb groin and I haven't been able to pass urine since last night.",
     "cauda_equina"),
]
