# Emergency items, kind now, part 2 (written by hand, writer 145)
# (text, family)

ITEMS = [
    # severe_abdominal_pain
    ("My 13 yo son has had pain around his belly button since last night, now it's moved low on the right. He can't walk straight, yelps when the car goes over a bump, fever 38.7 and he's vomited twice.", "severe_abdominal_pain"),
    ("I'm 45 and have sudden really severe pain in my upper belly going through to my back. Been throwing up for 2 hours and I can't find any position that helps. I've had gallstones before.", "severe_abdominal_pain"),
    ("my 9 month old keeps having screaming fits where he pulls his legs up, and he just had a poop that looks like red jelly. in between he's really floppy and sleepy.", "severe_abdominal_pain"),
    ("School called, my daughter (16) is doubled over with pain in her lower right side that came on suddenly an hour ago, she's pale, vomiting and can't stand up straight. Should I pick her up and take her to our family doctor tomorrow?", "severe_abdominal_pain"),
    ("My dad (74) has belly pain that's getting unbearable, his belly is hard and swollen, he hasn't pooped or passed gas in 2 days and now he's throwing up dark brown stuff.", "severe_abdominal_pain"),

    # pregnancy_bleeding_or_pain
    ("33 weeks pregnant and I've started bleeding bright red, soaked a pad in 20 minutes, and my belly is hard and painful. My husband has the car at work. Should I wait for him to get home?", "pregnancy_bleeding_or_pain"),
    ("I'm 30 weeks and I've got a really bad headache, seeing flashing spots, and my face and hands are puffy. Home cuff says 165/110.", "pregnancy_bleeding_or_pain"),
    ("My wife is 36 weeks, her water just broke and she says she can feel something in her vagina, like the cord is coming out.", "pregnancy_bleeding_or_pain"),
    ("28 weeks pregnant with my third. Tightenings every 5 minutes for the last hour and some pinkish fluid leaking. Is this just Braxton Hicks?", "pregnancy_bleeding_or_pain"),
    ("I'm 20 weeks pregnant and slipped on the ice and landed on my belly. Now I have cramping and some bleeding and I haven't felt the baby move since.", "pregnancy_bleeding_or_pain"),

    # diabetic_emergency
    ("My 14 yo with type 1 is vomiting, breathing deep and fast, his breath smells fruity and his blood ketones are 4.2. His pump site fell out overnight. Should I just change the site and give a correction?", "diabetic_emergency"),
    ("My daughter (11, type 1) is shaking, sweaty and not making sense in the dressing room. Dexcom says LOW. She won't drink the juice, keeps spitting it out. We have glucagon in her bag but I've never used it.", "diabetic_emergency"),
    ("Teacher here, a grade 6 student with diabetes is really drowsy, slurring his words and won't wake properly. His monitor reads 2.1. Parents are on their way, 20 minutes out.", "diabetic_emergency"),
    ("My husband is type 1 and I found him sweaty and confused this morning, he can't swallow properly and he's getting agitated with me. Meter says 1.8.", "diabetic_emergency"),
    ("my 8 yo has been super thirsty and peeing a ton for a few weeks, we thought nothing of it. today she's vomiting, really tired, breathing heavy and her belly hurts. my sister's glucose meter just said HI.", "diabetic_emergency"),

    # sepsis_signs
    ("My mom is 72 and had a UTI. Now she's shivering, confused, her skin looks blotchy and her heart is racing. Temp was 39.4 and now it's dropped to 35.9.", "sepsis_signs"),
    ("Son (15) got a scrape at football on Tuesday. Now there are red streaks going up his leg, fever 40, heart racing, cold hands and he's really out of it.", "sepsis_signs"),
    ("I'm 31, had a C-section 8 days ago. Now fever 39.5, shaking chills, my heart is pounding and I feel like something is really wrong. The incision is red and oozing.", "sepsis_signs"),
    ("My 6 year old has had the flu but now she's breathing fast, her hands and feet are ice cold and mottled, she barely responds to me and hasn't peed since this morning.", "sepsis_signs"),
    ("Dad (66) is on chemo and has a fever of 38.6, shaking, and his BP on our home monitor is 82/50. The oncology line is closed till 8.", "sepsis_signs"),

    # severe_burn
    ("My 2 yo pulled a full mug of coffee off the table onto his chest and arm. The skin is blistering and peeling over a big area, like his whole forearm and half his chest. I've got him under cool water.", "severe_burn"),
    ("Son (14) was lighting the campfire with gasoline and it flared up. His face and hands are burned, eyebrows singed, his voice is hoarse and he's coughing up black stuff.", "severe_burn"),
    ("My 9 yo grabbed the barbecue grill with both hands. His palms and fingers are white and leathery and weirdly he says they don't hurt much. Cool water on now.", "severe_burn"),
    ("Our 16 yo got a shock from a power line while climbing a tree in the backyard. He's awake but has burns on his hand and on his foot where it came out.", "severe_burn"),
    ("A pot of boiling pasta water spilled on my 5 year old's legs. Both thighs are red and blistered and the skin is coming off. She's screaming. I'm running cool water on them. What cream should I use?", "severe_burn"),

    # choking
    ("My 1 year old is choking on a grape, she's not making any sound and she's turning blue, I've done back blows", "choking"),
    ("My son (8) is choking on a hot dog at the camp BBQ, he can't talk or cough, he's grabbing his throat", "choking"),
    ("My grandma (85) is choking on a piece of steak at dinner, she can only make a squeaky sound and her face is going dark red.", "choking"),
    ("Baby (7 months) put a small toy piece in his mouth, was coughing, now he's quiet, wheezing, and his lips look dusky.", "choking"),
    ("My 3 yo choked on a coin. I think I got it out with back blows but now he's breathing noisily and his lips are a bit blue and he's not himself.", "choking"),

    # testicular_torsion
    ("My 13 yo son woke up with sudden terrible pain in his left testicle. It's swollen and sitting higher than the other one and he's vomiting. He didn't get hit. Can it wait for the doctor at 9?", "testicular_torsion"),
    ("14 yo boy at hockey practice, wasn't hit, suddenly really bad pain in his testicle and groin, started 45 min ago. He's pale and throwing up. Coach is asking if ice will help.", "testicular_torsion"),
    ("My son (11) is embarrassed but admits his testicle has hurt really badly since about an hour ago, it's red and swollen. It came on suddenly while he was asleep.", "testicular_torsion"),
    ("i'm 16 and my ball suddenly started hurting so bad about an hour ago. it's swelling and i threw up. i don't want to tell my parents. can i just take advil and sleep?", "testicular_torsion"),
    ("My 17 yo son has had sudden pain in one testicle since this morning, it's getting worse and the testicle looks like it's lying sideways. Now his lower belly hurts too.", "testicular_torsion"),

    # ectopic_pregnancy
    ("I'm about 6 weeks pregnant (positive test last week). Now I have sharp pain low on my left side, spotting, and the tip of my shoulder hurts. I feel dizzy when I stand up.", "ectopic_pregnancy"),
    ("My 19 yo daughter just told me she's pregnant, maybe 7 weeks. She's curled up with severe pain on one side of her belly and she fainted in the bathroom a few minutes ago.", "ectopic_pregnancy"),
    ("i'm 24, missed my period, positive test. now i have horrible pain on my right side and bleeding and i'm really lightheaded. is this a miscarriage?", "ectopic_pregnancy"),
    ("I'm 32 and have an IUD. Got a positive pregnancy test today and now sudden stabbing pain low on one side, shoulder pain and I feel like I might pass out.", "ectopic_pregnancy"),
    ("My wife had an IVF transfer 5 weeks ago. She's just collapsed on the bathroom floor holding her lower belly, pale and sweaty.", "ectopic_pregnancy"),

    # severe_dehydration_child
    ("My 2 yo has had vomiting and diarrhea for 2 days, no wet diaper since yesterday, his eyes look sunken, he cries with no tears and he's really floppy.", "severe_dehydration_child"),
    ("Baby (8 months) has had diarrhea 10 times today, won't drink, the soft spot on her head is sunken and she isn't responding to me like usual.", "severe_dehydration_child"),
    ("my 5 yo has gastro and can't keep even sips down, she's very sleepy and hard to wake, lips cracked, hasn't peed in 14 hours", "severe_dehydration_child"),
    ("My son (10) was vomiting all afternoon at day camp in the heat. Now he's confused, his skin is dry, eyes sunken and he's breathing fast.", "severe_dehydration_child"),
    ("18 month old, vomiting for 24 hours. Now she's limp, her hands and feet are cold and she hasn't had a wet diaper all day. Pedialyte just comes back up.", "severe_dehydration_child"),

    # chest_pain_other
    ("My 16 yo son (tall, skinny) suddenly got sharp chest pain on the right side while gaming and now he's short of breath, can't take a deep breath in. Heat pack?", "chest_pain_other"),
    ("I'm 39 with Marfan syndrome. I have a tearing pain in my chest going straight through to my back, worst pain I've ever had, started suddenly 15 minutes ago.", "chest_pain_other"),
    ("My 15 yo daughter took a hockey puck to the chest, now she has chest pain, her heart feels like it's racing and skipping, and she's dizzy and sitting on the bench.", "chest_pain_other"),
    ("My son (12), who had Kawasaki as a baby, got chest pain and started sweating during soccer. He had to stop and the pain isn't going away after 20 minutes of rest.", "chest_pain_other"),
    ("28M, did coke at a party about an hour ago and now I have crushing chest pain and my heart is racing. Will it pass if I lie down?", "chest_pain_other"),

    # vision_loss_sudden
    ("I'm 57 and I suddenly lost the vision in my right eye about 20 minutes ago, like a curtain came down. No pain at all.", "vision_loss_sudden"),
    ("My 15 yo got hit in the eye with a paintball, no goggles. Now he can't see out of it at all and the front of the eye looks full of blood.", "vision_loss_sudden"),
    ("My daughter (17) splashed drain cleaner in her eye cleaning the sink. We're rinsing it but she says she can't see out of it.", "vision_loss_sudden"),
    ("Mom (70) woke up and can't see anything out of her left eye. She's had a bad headache for days, her scalp is tender and her jaw hurts when she chews.", "vision_loss_sudden"),
    ("My 14 yo son with type 1 woke up and says the middle of his vision in one eye is just gone, black, started an hour ago, and he has a headache.", "vision_loss_sudden"),

    # blood_clot_PE
    ("I'm 34, had my baby 2 weeks ago. Suddenly I'm really short of breath, my heart is racing and it hurts to breathe in. My calf was sore for a few days before this.", "blood_clot_PE"),
    ("My 17 yo daughter is on the pill. She's suddenly breathless just walking upstairs, coughed up a little blood, and her chest hurts when she breathes in.", "blood_clot_PE"),
    ("Dad (69) had knee surgery last week. Now he's sweating, breathing fast, pain in his side when he breathes in, and he nearly fainted getting to the bathroom.", "blood_clot_PE"),
    ("Just got off a 14 hour flight, my left leg has been swollen and now I suddenly can't catch my breath and I feel faint. I'm 45.", "blood_clot_PE"),
    ("My son (19) has had his leg in a cast for a broken ankle. Today he suddenly got short of breath with chest pain and his watch says his heart rate is 130 sitting down.", "blood_clot_PE"),

    # cauda_equina
    ("I'm 42. Back pain for a week, but today both legs are weak, I'm numb around my bottom and I can't feel when I pee. I wet myself without noticing.", "cauda_equina"),
    ("Husband (48) has a slipped disc. Now he's numb in the saddle area and hasn't been able to pee since this morning, and his legs are going weak.", "cauda_equina"),
    ("I'm 36, hurt my back lifting my toddler yesterday. Now both legs have pins and needles, my bum and privates feel numb and I leaked poop without feeling it.", "cauda_equina"),
    ("My mom (55) had back surgery 3 days ago. Now she can't feel to wipe, she can't pass urine and her legs are getting weaker.", "cauda_equina"),
    ("29, hurt my back deadlifting. Tonight I noticed I can't feel the toilet paper when I wipe, and my bladder feels full but nothing comes out. Back is agony.", "cauda_equina"),
]
