# Hand-written triage items: (text, age_range, gender, department)
T = [
# cardiology
("my heart sometimes does a flip-flop thing and then pounds for a few beats, happens a few times a day when im sitting still. im 47, woman, no chest pain with it", "40~49", "female", "cardiology"),
("Dad is 72 and gets out of breath walking up the hill to the shops, has to stop twice. His ankles are puffy by evening too. This has crept up over a few months.", "70~79", "male", "cardiology"),
("The doctor heard a whooshing sound with the stethoscope at my annual check and said I should get it looked at properly. I'm 34 and feel fine. Who do I see?", "30~39", "undisclosed", "cardiology"),
("grandma, 83, her pulse at home is often 44-48 and she gets lightheaded getting up from the couch. she's on a beta blocker for years", "80+", "female", "cardiology"),
# dentistry
("back tooth on the bottom hurts when I drink anything cold, lasts a few seconds. no swelling. started a month ago, I'm 25", "20~29", "undisclosed", "dentistry"),
("My gums bleed every time I brush and my breath is bad even after mouthwash. I'm 52, male, haven't been to anyone for teeth in maybe 8 years", "50~59", "male", "dentistry"),
("my son is 7 and his new front teeth are coming in behind the baby ones which havent fallen out, like a double row. does someone need to pull them", "0~9", "male", "dentistry"),
("I grind my teeth at night, my husband hears it, and my jaw clicks and aches in the morning. 38 F.", "30~39", "female", "dentistry"),
# dermatology
("Got these red scaly patches on both elbows and knees, silvery on top, they itch a bit. Had them on and off for 2 years. Im a 29 yo guy.", "20~29", "male", "dermatology"),
("my 15 yo daughter has really bad spots on her face and back, some are big painful lumps that leave marks. drugstore stuff hasn't done anything", "10~19", "female", "dermatology"),
("A mole on my shoulder has changed colour, part of it is darker now and the edge is blurry. I'm 61. Wife noticed it.", "60~69", "male", "dermatology"),
("losing hair in round coin-sized bald spots on my scalp, skin looks normal in the spots. started 2 months ago, 24", "20~29", "undisclosed", "dermatology"),
# endocrinology
("I've lost 6 kg without trying, my hands shake, I'm always hot when everyone else is cold and my heart races. Woman, 33.", "30~39", "female", "endocrinology"),
("my neck has a lump in the front that moves when i swallow. no pain. noticed it in the mirror. 45 male", "40~49", "male", "endocrinology"),
("Always thirsty, peeing all night, blurry vision sometimes. My mom has sugar problems. Im 41 and a woman if that matters", "40~49", "female", "endocrinology"),
("My son is 14 and the shortest in his class by a lot, his little brother is almost as tall. Doctor says growth is slow on the chart. Should he see a specialist for hormones?", "10~19", "male", "endocrinology"),
# family-medicine
("I just need a general check up, I'm 40 and haven't had bloodwork in years. What should I ask to be tested for?", "40~49", "undisclosed", "family-medicine"),
("runny nose, sneezing, scratchy throat for 3 days. no fever. work is asking if I should come in. 27 f", "20~29", "female", "family-medicine"),
("I'm tired all the time, not sick exactly, just flat. Sleep 8 hours. 55, man. Don't know where to start.", "50~59", "male", "family-medicine"),
("need a medical form filled for a new job, its a driving job, and also want my blood pressure checked. 36 year old male", "30~39", "male", "family-medicine"),
# gastroenterology
("For about 4 months I've had a burning feeling behind my breastbone after meals, and sour liquid comes up at night. Antacids help a little. I'm 50, female.", "50~59", "female", "gastroenterology"),
("my stools have been loose and urgent for 6 weeks, sometimes mucus, and cramps low on the left. no travel. 31, guy", "30~39", "male", "gastroenterology"),
("My dad is 63 and the home poop test kit came back positive. He feels fine. What happens next?", "60~69", "male", "gastroenterology"),
("bloated by the afternoon every day like i'm pregnant, but i'm not, and i alternate between constipation and diarrhea. 26 F", "20~29", "female", "gastroenterology"),
# general-surgery
("There's a soft bulge at my belly button that gets bigger when I cough and I can push it back in. Doesn't hurt much. 44M", "40~49", "male", "general-surgery"),
("I have painful gallstones seen on ultrasound, had 3 attacks of pain under my right ribs after fatty meals since spring. Want to know about getting it sorted for good. Woman, 48", "40~49", "female", "general-surgery"),
("a lump in my groin on the right side that appears when I stand and goes away lying down, 58 years old man, it's been there since I moved house", "50~59", "male", "general-surgery"),
("Painful swollen lump at the top of my bum crack, keeps filling with pus and draining. third time this year. 22", "20~29", "undisclosed", "general-surgery"),
# hematology-oncology
("my blood test showed low platelets, 62, and I bruise when I barely bump into things. Gums bleed too. 37 female", "30~39", "female", "hematology-oncology"),
("Mum is 68 and has had swollen painless lumps in her neck and armpit for 2 months, she sweats through her nightie at night and has lost weight.", "60~69", "female", "hematology-oncology"),
("Routine bloods showed my white count is 28 and something about 'smudge cells'. I feel well. 71, male. The GP said I'll be referred but didn't say where.", "70~79", "male", "hematology-oncology"),
("I've finished treatment for breast cancer a year ago, my arm on that side swells sometimes and I worry about it coming back. Who follows me up now? I'm a 54 year old mum of two", "50~59", "female", "hematology-oncology"),
# infectious-diseases
("Came back from a trip to Ghana 2 weeks ago, now fevers every other day with shaking chills and sweats, in between I'm ok. 39 m. I didn't take all my antimalarials", "30~39", "male", "infectious-diseases"),
("I had unprotected sex with a new partner 10 days ago and now there's burning when I pee and some discharge. 23, male. Want to get tested for everything", "20~29", "male", "infectious-diseases"),
("My wound from a dog bite on my hand is red and warm and spreading a bit despite finishing the antibiotics. 45F", "40~49", "female", "infectious-diseases"),
("night sweats and a cough for 2 months, lost some weight, my roommate was diagnosed with TB last month. I'm 30, they/them", "30~39", "other", "infectious-diseases"),
# nephrology
("My urine has been really foamy for a few weeks and my eyes are puffy in the morning. I'm 35 and female.", "30~39", "female", "nephrology"),
("Dad, 67, diabetic 20 years, his kidney number on the blood test keeps going up, doctor said 'stage 3b'. What should he do to slow it down?", "60~69", "male", "nephrology"),
("my blood pressure is high at 28 years old and the doctor found blood and protein in my urine on a dip test, im a guy. my uncle was on dialysis", "20~29", "male", "nephrology"),
("I have polycystic kidneys like my mom. I'm 42 and my creatinine is starting to rise. When would I need to think about dialysis or transplant?", "40~49", "undisclosed", "nephrology"),
# neurology
("numbness and tingling started in my feet and now it's going up to my knees over the last year, also my balance is worse in the dark. 64 m", "60~69", "male", "neurology"),
("I get headaches on one side with flashing lights beforehand, and I have to lie in a dark room for hours, about twice a month. 27, woman.", "20~29", "female", "neurology"),
("My mum is 74, her hand shakes when it's resting in her lap, and she's slower to walk, takes tiny steps. Her writing has got tiny too.", "70~79", "female", "neurology"),
("I had blurry vision in one eye for a week last year that went away, and now my legs feel weak and tingly for the past 10 days. 31F", "30~39", "female", "neurology"),
# obstetrics-gynecology
("periods are super heavy, I flood through a pad every hour on day 2 and 3, and they last 9 days. 42 years old", "40~49", "female", "obstetrics-gynecology"),
("We've been trying for a baby for 14 months, I'm 34, my cycles are all over the place, 35 to 60 days. What tests should we have?", "30~39", "female", "obstetrics-gynecology"),
("I'm 31 and 12 weeks pregnant and throwing up 4-5 times a day, can keep some water down. First baby. Is this normal morning sickness?", "30~39", "female", "obstetrics-gynecology"),
("my wife (57) has had a small amount of bleeding again even though her periods stopped 4 years ago. just spotting, no pain", "50~59", "female", "obstetrics-gynecology"),
# ophthalmology
("When I read, the lines look wavy in my right eye, and there's a smudge in the middle. 76 male.", "70~79", "male", "ophthalmology"),
("My eyes are so dry and gritty, worse on the computer, I'm 45 and my eyelids are red at the edges", "40~49", "undisclosed", "ophthalmology"),
("my 4 year old's left eye turns in when she's tired or looking at something close, and she tilts her head a lot", "0~9", "female", "ophthalmology"),
("Night driving has become hard, headlights have halos and everything looks foggy like dirty glasses. 68, woman", "60~69", "female", "ophthalmology"),
# orthopedics
("Twisted my knee playing football 3 weeks ago, it swells after games and sometimes locks and I have to wiggle it to straighten. 19 m", "10~19", "male", "orthopedics"),
("My hip aches deep in the groin when I walk more than 10 minutes, and putting socks on is hard now. 66, female.", "60~69", "female", "orthopedics"),
("shoulder hurts when i lift my arm above my head, like reaching a top shelf, and at night i can't lie on that side. 52 guy, i paint houses", "50~59", "male", "orthopedics"),
("I have a bunion on my left foot that's getting bigger and the toe is crossing over the next one. shoes hurt. im 58", "50~59", "undisclosed", "orthopedics"),
# otolaryngology
("i've been hoarse for 5 weeks without a cold, I'm 60 and I smoked for years", "60~69", "undisclosed", "otolaryngology"),
("my right ear feels blocked and I hear less on that side since a flight last month. no pain. 33 female", "30~39", "female", "otolaryngology"),
("Constant stuffy nose, can't smell anything, and my husband says I snore. Sprays don't help. I'm 40, woman.", "40~49", "female", "otolaryngology"),
("Room spins for a few minutes when I roll over in bed or look up. Happens most mornings this week. 55, male.", "50~59", "male", "otolaryngology"),
# pediatrics
("My 2 year old has had a runny nose and cough for a week and now pulls at his ear and cries at night. Eating less. Temp 38.1", "0~9", "male", "pediatrics"),
("our 5 yo daughter has had a rash of small red spots and blisters on her hands, feet and around her mouth, mild fever yesterday, she's grumpy but drinking", "0~9", "female", "pediatrics"),
("Baby is 8 months, hasn't pooed in 4 days since we started solids, strains and goes red. Otherwise happy.", "0~9", "undisclosed", "pediatrics"),
("My 6 year old son throws up every few weeks, always in the night, for a day and then totally fine. It's happened 5 times since summer.", "0~9", "male", "pediatrics"),
# psychiatry
("I haven't enjoyed anything in months, I can't get out of bed for work some days, I cry in the car. Not going to hurt myself. I'm 36, male.", "30~39", "male", "psychiatry"),
("I check the locks and the stove over and over, like 20 times, before I can leave. It makes me late every day. 24 F", "20~29", "female", "psychiatry"),
("My son is 19, at college, and he's started saying the neighbours are reading his thoughts through the wifi. He's calm but won't use his phone.", "10~19", "male", "psychiatry"),
("ever since the car crash last year I get flashbacks and can't drive on the highway, heart races and I freeze. 44, nonbinary", "40~49", "other", "psychiatry"),
# pulmonology
("Cough for 3 months, worse in the morning with grey phlegm, smoked a pack a day for 30 years. Short of breath on stairs more than before. 57 m", "50~59", "male", "pulmonology"),
("I wheeze at night and when I'm around cats, and cough after running. I'm 22 and never had asthma as a kid.", "20~29", "undisclosed", "pulmonology"),
("My mum worked in a textile mill for decades, she's 71 now and gets breathless just getting dressed. Her fingertips look rounded.", "70~79", "female", "pulmonology"),
("The CT scan for my kidney stones showed a small spot on my lung, 6mm. I'm 50, female, ex smoker. Who follows that up?", "50~59", "female", "pulmonology"),
# rehabilitation
("My father had a stroke 6 weeks ago and is home now, his right arm is weak and he drags his right foot. He wants to get back to walking the dog. 69", "60~69", "male", "rehabilitation"),
("I had a knee replacement 4 weeks ago, I can only bend it to about 80 degrees and I'm scared I'm falling behind. 63 female", "60~69", "female", "rehabilitation"),
("broke my ankle skiing in January, cast off now, but I limp and it's stiff and I lose balance on it. 28m", "20~29", "male", "rehabilitation"),
("After 3 weeks in ICU with covid pneumonia I'm home but so weak I can't climb stairs. 58, woman. How do I rebuild strength?", "50~59", "female", "rehabilitation"),
# rheumatology
("Morning stiffness in both my hands for over an hour, knuckles and wrists swollen, both sides. Going on 3 months. 43 f", "40~49", "female", "rheumatology"),
("I'm 26 and my lower back is stiff and painful in the mornings, better after I move around, worse when resting. Been like this for a year.", "20~29", "undisclosed", "rheumatology"),
("rash across my cheeks and nose after sun, joint pains, mouth ulcers, hair thinning. 31 yr old female.", "30~39", "female", "rheumatology"),
("My mum (73) has new pain and stiffness in both shoulders and hips, she can barely get out of a chair in the morning. Started over a few weeks.", "70~79", "female", "rheumatology"),
# urology
("Getting up 4 times a night to pee and the stream is weak, takes forever to start. 67, man.", "60~69", "male", "urology"),
("I saw blood in my pee twice this week, no pain. I'm 62 and a former smoker.", "60~69", "undisclosed", "urology"),
("Struggling with erections for the past year, otherwise healthy, 49 m. Kinda embarrassed to ask.", "40~49", "male", "urology"),
("my husband is 38, we've been trying for a baby 2 years and my tests are normal. he has a soft swelling above his left testicle that feels like a bag of worms", "30~39", "male", "urology"),
# nutrition
("I want to go vegan but I'm worried about protein and B12. 30, female, I run 3 times a week. What should a normal day of food look like?", "30~39", "female", "nutrition"),
("My doctor says my cholesterol is high and to change my diet before pills. What do I actually eat? I'm 52 and a guy who likes his fry-ups", "50~59", "male", "nutrition"),
("Toddler only eats pasta, bread and yoghurt. He's 3 and growing fine on the chart but I'm worried he's missing vitamins. What can I do?", "0~9", "male", "nutrition"),
("I've been told I'm prediabetic and need to lose weight, 45, female, 5'5 and 92kg. how many carbs should I eat and what kind?", "40~49", "female", "nutrition"),
]
