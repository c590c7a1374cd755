# Emergencies (kind now), part 2 (written by hand, writer 135)
ITEMS = [
    # unconscious_unresponsive
    ("I've just come home and my flatmate is on the sofa and I can't wake him up, I've shaken him and shouted. He's breathing but snoring weirdly. There's an empty bottle of vodka. Let him sleep it off?", "unconscious_unresponsive"),
    ("My grandad collapsed in the garden and isn't responding to me at all, I don't think he's breathing properly, just odd gasps every now and then. I'm 14.", "unconscious_unresponsive"),
    ("Mum (diabetic, 66) won't wake up properly, she opens her eyes when I shout but then drifts off and isn't making sense. Was fine at breakfast. I'm so scared, I always imagine the worst but this is real", "unconscious_unresponsive"),
    ("Colleague fainted at her desk about 5 mins ago and still isn't coming round. We've laid her on the floor. She's pale and her breathing is shallow.", "unconscious_unresponsive"),
    ("found my elderly neighbour on her kitchen floor, she's cold and only groans when I squeeze her hand, no idea how long she's been there. she's 91.", "unconscious_unresponsive"),
    # head_injury
    ("My son (12) got hit in the head by a cricket ball an hour ago, he seemed ok but now he's vomited 3 times, is really drowsy and says his head is killing him. Can he have a nap?", "head_injury"),
    ("Slipped on ice and hit the back of my head hard about 30 mins ago. I'm on apixaban. Now I have a pounding headache and I feel a bit confused and clumsy. I'm 74. Just take paracetamol?", "head_injury"),
    ("My toddler fell down the whole flight of stairs just now and hit her head, she was floppy for a few seconds and now she's crying but there's a big soft swelling on the side of her head.", "head_injury"),
    ("I'm freaking out, I always do, but my husband came off his bike without a helmet 2 hours ago and now clear fluid is dripping from his nose and one pupil looks bigger than the other.", "head_injury"),
    ("Got knocked out in a rugby tackle this afternoon for maybe a minute. I'm 19. Now it's evening and I've got a worsening headache and I've been sick twice and my vision is blurry. Coach said rest.", "head_injury"),
    # febrile_infant
    ("My baby is 6 weeks old and has a temperature of 38.3 under the arm. She's feeding a bit less but otherwise okay. Can I give Calpol and see how she goes overnight?", "febrile_infant"),
    ("I know I'm an overanxious first-time mum, I'm always googling. But my 5 week old son feels hot, 38.5 on the thermometer, and he's sleepier than usual. Is this just a cold?", "febrile_infant"),
    ("Our 2 month old had her jabs... no wait, that's next week. She's 7 weeks, feverish 38.6, grunting and not interested in feeding tonight.", "febrile_infant"),
    ("Newborn, 10 days old, temp 38.1 rectal. He seems fine to me, just a bit fussy. My mother-in-law says babies run hot. Should we wait for the health visitor tomorrow?", "febrile_infant"),
    ("3 month old with temp of 39.2, very floppy and pale, barely crying. We gave paracetamol an hour ago and it hasn't come down.", "febrile_infant"),
    # meningitis_signs
    ("My daughter (17) has a high fever, a headache, she can't stand the light and her neck is stiff. Now there are tiny purple spots on her legs that don't fade when I press a glass on them.", "meningitis_signs"),
    ("Uni student here. Since this morning I've had a fever of 39.5, worst headache ever, neck is stiff and it hurts to look at the light. Everyone says it's freshers' flu. I feel really wrong.", "meningitis_signs"),
    ("My toddler has a fever and a rash of little dark red dots on his tummy, they didn't go away under the glass test. He's very drowsy and moaning. Started a couple of hours ago.", "meningitis_signs"),
    ("I have a terrible headache, high temperature, I've vomited twice and I can't bend my neck forward. I'm 24. I'm a hypochondriac so I'm trying to stay calm. Could it just be a migraine?", "meningitis_signs"),
    ("baby (9 months) has a bulging soft spot on her head, fever 39, high pitched cry and she's not herself at all, won't feed. started this afternoon", "meningitis_signs"),
    # severe_abdominal_pain
    ("Pain in my lower right tummy that started around my belly button yesterday and has moved, now it's really bad, I can't stand up straight, I've got a fever and I've been sick. It hurts more when I walk or cough.", "severe_abdominal_pain"),
    ("My dad (72) has sudden terrible pain in his belly going through to his back, he says it's the worst pain of his life, he's sweaty and pale. He has an aneurysm they were 'watching'.", "severe_abdominal_pain"),
    ("Tummy is swollen hard like a drum, I haven't pooed or passed wind in 3 days and now I'm vomiting brown stuff. I had bowel surgery last year. Take a laxative?", "severe_abdominal_pain"),
    ("My stomach pain is 10/10 and my belly is rigid like a board. I have a stomach ulcer and it suddenly got much worse an hour ago. Can't move.", "severe_abdominal_pain"),
    ("I always worry my stomach aches are cancer but tonight I have severe upper belly pain going to my back, I can't stop vomiting, I had a big night drinking. It's been 4 hours and getting worse.", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    ("I'm 34 weeks pregnant and I've started bleeding bright red, quite a lot, and my tummy is hard and painful and not relaxing. I'm scared to bother the midwife at night.", "pregnancy_bleeding_or_pain"),
    ("30 weeks pregnant with a bad headache that won't go, flashing lights in my eyes and pain under my ribs on the right. My feet and face are really swollen today.", "pregnancy_bleeding_or_pain"),
    ("I'm 28 weeks and I think my waters have gone, and I'm having tightenings every 5 minutes. Too early, right? Could it be braxton hicks?", "pregnancy_bleeding_or_pain"),
    ("37 weeks pregnant and I haven't felt the baby move at all today. I usually feel loads. I've had cold water and lay on my side. I don't want to be the anxious mum again.", "pregnancy_bleeding_or_pain"),
    ("I'm 16 weeks pregnant and I'm soaking a pad every 20 minutes with blood and clots and cramping badly. I've had spotting before in this pregnancy and it was nothing.", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    ("My son is type 1 and has been vomiting all afternoon, breathing deep and fast, his breath smells like pear drops and his blood sugar meter just says HI. He's 14.", "diabetic_emergency"),
    ("My husband's diabetic and he's sweaty, shaky and talking nonsense and won't eat the sweets I'm giving him. His sugar reading was 2.1. He's getting more drowsy.", "diabetic_emergency"),
    ("I'm T1D and my ketones are 3.8, glucose 24, I've thrown up 4 times and can't keep fluids down. I'm 20 and live alone. I'll correct with insulin and wait?", "diabetic_emergency"),
    ("Grandma is diabetic, really confused and very sleepy tonight, she's been weeing loads and drinking lots for days. Her meter reads 33 mmol. She says leave her alone.", "diabetic_emergency"),
    ("my sugar is 1.9 and i'm trying to eat but my hands are shaking so much and i'm getting tunnel vision. i'm alone. i injected twice by mistake", "diabetic_emergency"),
    # sepsis_signs
    ("My dad had a water infection and now he's really confused, shivering violently, his skin looks mottled and blotchy, and he hasn't peed since this morning. His heart is racing.", "sepsis_signs"),
    ("I had a C-section 6 days ago and now I'm shaking with a temperature of 39.8, my heart rate is 130 and I feel like I'm going to die. The wound smells. I'm probably being dramatic.", "sepsis_signs"),
    ("Started chemo last week and now I've got a temp of 38.4 and shivers. The chemo nurse said to call but it's late and I don't want to be a nuisance.", "sepsis_signs"),
    ("My mum (84) has cellulitis in her leg, she's been on tablets 2 days but now the red is spreading fast, she's breathing fast, cold hands and she's saying weird things.", "sepsis_signs"),
    ("I feel like death. Fever, can't stop shaking, heart pounding, dizzy when I stand, skin is pale and clammy, and I've barely weed today. Had a kidney infection diagnosed yesterday. Is this normal for antibiotics to take time?", "sepsis_signs"),
    # severe_burn
    ("My 2 year old pulled a cup of just-boiled tea onto her chest and arm. The skin is peeling off in a big patch about the size of my hand. She's screaming. I've got it under cold water.", "severe_burn"),
    ("Chip pan caught fire and I got burned on my face and both hands. My eyebrows are gone and my voice is hoarse now and I'm coughing black stuff. Happened 15 minutes ago.", "severe_burn"),
    ("Spilled drain cleaner on my leg and it's eating into the skin, white and painful. I rinsed it for 5 minutes. Do I need to go in or can I put cream on?", "severe_burn"),
    ("My husband got an electric shock from the fuse box, he's awake but there's a burn on his hand and his heartbeat feels irregular and he's shaky.", "severe_burn"),
    ("Fell asleep on the heater (I know) and have a burn across my back about the size of a dinner plate, some blisters and some white bits that don't hurt. I'm 78 and live alone.", "severe_burn"),
]
