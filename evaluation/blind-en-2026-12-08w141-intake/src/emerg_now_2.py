# Emergencies (kind now), part 2. Written by hand, writer 141.
# (text, family)

ITEMS = [
    # unconscious_unresponsive
    (
        "my dad is lying on the kitchen floor and I can't wake him up I've been shaking him and shouting he's breathing but snoring weird he's sixty five I just got home",
        "unconscious_unresponsive",
    ),
    (
        "Hi, my housemate has been asleep on the couch since this afternoon and I can't rouse him at all, even when I pinch his hand. He had a lot to drink earlier. Should I let him sleep it off?",
        "unconscious_unresponsive",
    ),
    (
        "I'm with my grandmother she was sitting in her chair and just went floppy and isn't answering me her eyes are half open she's ninety one it's been about two minutes",
        "unconscious_unresponsive",
    ),
    (
        "My colleague fainted at her desk about 5 minutes ago and still hasn't come round. We've put her on her side. She's about 40. Someone says she's diabetic.",
        "unconscious_unresponsive",
    ),
    (
        "found a teenage lad passed out in the park near me he's not responding to me at all there's vomit next to him I'm not sure if he's breathing properly",
        "unconscious_unresponsive",
    ),
    # head_injury
    (
        "my son is six and he fell off the top bunk about an hour ago and hit his head on the floor he cried straight away but now he's been sick three times and keeps wanting to sleep",
        "head_injury",
    ),
    (
        "I'm 78 and I'm on blood thinners and I slipped in the shower and banged the back of my head. It's got a lump but no cut. It was about 20 minutes ago. I feel ok. Do I need to do anything?",
        "head_injury",
    ),
    (
        "my friend came off his bike without a helmet hit his head on the kerb he was knocked out for like a minute and now he keeps asking the same questions over and over what day it is where are we",
        "head_injury",
    ),
    (
        "My husband fell down the stairs this evening and hit his head, he seemed fine at first but now he's slurring, his left pupil looks bigger than the right and he has a bad headache.",
        "head_injury",
    ),
    (
        "my 10 month old rolled off the changing table onto the tile floor a few minutes ago theres a soft squishy swelling on the side of her head and she's really quiet not crying anymore",
        "head_injury",
    ),
    # febrile_infant
    (
        "my baby is five weeks old and she feels hot I just took her temperature under the arm and it's thirty eight point three she's feeding a bit less than usual should I give calpol",
        "febrile_infant",
    ),
    (
        "Newborn, 10 days old, temperature 38.5 rectal. He's a bit sleepy but otherwise looks OK. Is it worth waiting to see the health visitor tomorrow?",
        "febrile_infant",
    ),
    (
        "hi our son is seven weeks old he's had a temp of one oh one point two for the last hour and he's fussy and won't settle my mom says just strip him down and he'll be fine",
        "febrile_infant",
    ),
    (
        "My 2 month old has a fever of 38.1 and is grunting a bit when she breathes. She had her jabs three weeks ago. Is this a late vaccine reaction?",
        "febrile_infant",
    ),
    (
        "baby is six weeks and she's burning up thirty nine point zero and she's floppy and just not herself won't take the bottle",
        "febrile_infant",
    ),
    # meningitis_signs
    (
        "my daughter is three and she's got a high temp and she's been really drowsy and I've just noticed these purple spots on her legs that don't fade when I press a glass on them",
        "meningitis_signs",
    ),
    (
        "I'm 19, at uni. Since this morning I've had a fever, a terrible headache, my neck is so stiff I can't touch my chin to my chest, and the lights hurt my eyes. My flatmate says it's just freshers flu.",
        "meningitis_signs",
    ),
    (
        "My teenage son has a fever and cold hands and feet, he's confused and there's a rash of tiny dark red dots on his tummy. He was fine this morning. Can I give him paracetamol and see how he is later?",
        "meningitis_signs",
    ),
    (
        "baby is eight months and she's got a temperature and the soft spot on top of her head is bulging and she has this high pitched cry and doesn't like being picked up",
        "meningitis_signs",
    ),
    (
        "hi my boyfriend's really ill since this afternoon vomiting bad headache and a stiff neck he's now really sleepy and not making much sense and there's a blotchy rash on his arms",
        "meningitis_signs",
    ),
    # severe_abdominal_pain
    (
        "I've got a pain in the lower right side of my tummy that started round my belly button yesterday and now it's unbearable, I can't stand up straight, I've been sick and I've got a fever. I'm 22.",
        "severe_abdominal_pain",
    ),
    (
        "my husband has been rolling around in agony with pain in his stomach for three hours it's rock hard when you touch it and he's vomiting he's got a history of ulcers",
        "severe_abdominal_pain",
    ),
    (
        "I'm 73 and I've got a sudden ripping pain in my belly going through to my back and I feel faint and clammy. I was told I had a small aneurysm being watched. Can I wait for my scan next month?",
        "severe_abdominal_pain",
    ),
    (
        "my mum is eighty and she's had belly pain since lunchtime it's very bad and she hasn't opened her bowels or passed wind all day and she's now being sick green stuff",
        "severe_abdominal_pain",
    ),
    (
        "worst stomach pain of my life came on suddenly an hour ago upper belly going to my back I drank a lot this weekend I can't stop vomiting and I'm shaking",
        "severe_abdominal_pain",
    ),
    # pregnancy_bleeding_or_pain
    (
        "I'm thirty two weeks pregnant and I've started bleeding, bright red, it's soaked a pad in twenty minutes, no pain really. Should I ring the midwife in the morning?",
        "pregnancy_bleeding_or_pain",
    ),
    (
        "hi I'm thirty six weeks and I've had this constant pain in my tummy for an hour it's hard as a board and not coming and going like contractions and there's a bit of dark blood the baby's gone quiet",
        "pregnancy_bleeding_or_pain",
    ),
    (
        "I'm 28 weeks pregnant and my waters just broke, there's a loop of something coming out, I think it might be the cord. I'm at home alone.",
        "pregnancy_bleeding_or_pain",
    ),
    (
        "my wife is 38 weeks pregnant and she's got a pounding headache, flashing lights in her eyes and pain under her right ribs since this morning. Her blood pressure was borderline last week.",
        "pregnancy_bleeding_or_pain",
    ),
    (
        "had my baby four days ago at home and I've just passed a clot the size of my fist and I'm soaking through a pad every half hour and I feel dizzy",
        "pregnancy_bleeding_or_pain",
    ),
    # diabetic_emergency
    (
        "my husband is type one diabetic and he's sweating and confused and being aggressive with me he won't eat anything I give him his meter says two point one",
        "diabetic_emergency",
    ),
    (
        "my daughter is twelve and she's been drinking loads and weeing all the time this week and now she's vomiting and breathing deep and fast and her breath smells like pear drops she's not diabetic as far as we know",
        "diabetic_emergency",
    ),
    (
        "I'm type 1, my sugar meter just says HI and my ketones are 4.2. I've been sick three times and my stomach hurts. I've done a correction dose. Should I just drink water and wait?",
        "diabetic_emergency",
    ),
    (
        "my dad's diabetic on insulin and we found him drowsy and mumbling in his chair he's barely swallowing and I can't get him to drink the juice",
        "diabetic_emergency",
    ),
    (
        "my gran's blood sugar reading is thirty five point something and she's very confused and sleepy and really dry she's eighty four and type two she's had a water infection",
        "diabetic_emergency",
    ),
    # sepsis_signs
    (
        "my mum had a urine infection and now she's shivering uncontrollably, her skin is mottled and blotchy, she's confused and hasn't weed since this morning. She's 79.",
        "sepsis_signs",
    ),
    (
        "I had an operation five days ago and now I feel like I'm dying honestly, fever of 39.5, heart rate 130 on my watch, I'm breathless and so shaky. Is this the normal after-op flu feeling?",
        "sepsis_signs",
    ),
    (
        "my husband cut his hand at work on Monday and now there's a red line going up his arm and he's got a high fever and he's really drowsy and his lips look a bit blue",
        "sepsis_signs",
    ),
    (
        "I'm on chemo and my temp is 38.4 and I've got the shakes and feel awful. My next appointment is Thursday. Should I just take paracetamol?",
        "sepsis_signs",
    ),
    (
        "my elderly dad has had a chest infection for a few days and today he's cold and clammy and his breathing is really fast and he's saying things that don't make sense and his knees have gone a purplish colour",
        "sepsis_signs",
    ),
    # severe_burn
    (
        "I just knocked a pan of boiling water over my two year old, it's gone all down her chest and arm, the skin is peeling and blistering, I'm running it under the cold tap",
        "severe_burn",
    ),
    (
        "my husband was lighting the bonfire with petrol and it went up, his face and hands are burned, his eyebrows are gone and his voice is going croaky",
        "severe_burn",
    ),
    (
        "spilled hot fat from the chip pan on my leg about twenty minutes ago and the skin has gone white and leathery and it actually doesn't hurt much in the middle which is weird it's about the size of a dinner plate",
        "severe_burn",
    ),
    (
        "got an electric shock from a live wire at work just now, there's a burn on my hand where it went in and one on my foot, I feel okay but my chest feels a bit fluttery",
        "severe_burn",
    ),
    (
        "My teenager got splashed with drain cleaner in the face a minute ago, it's in his eye and on his cheek, he's screaming. What do I put on it?",
        "severe_burn",
    ),
]
