# Hand-written triage items, one by one.
# Each entry: (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("My resting heart rate jumps to 130 just from standing up and I go grey and nearly faint. I'm 22 and female. My GP mentioned POTS. Who do I actually need to see?",
     "cardiology", "20~29", "female"),
    ("Dad is 74 and has always been fit as a fiddle, plays bowls twice a week. A few months ago the GP heard a murmur and sent him for an echo, which showed a leaky mitral valve ('moderate to severe', whatever that means). He gets breathless walking the dog now, which he never used to, and his ankles are puffy by the evening. Nobody has explained what happens next. Is it surgery? Is he too old? We'd like to know who to push for an appointment with.",
     "cardiology", "70~79", "male"),
    ("palpitations for a few seconds most evenings, feels like my heart flips over and then thumps. been going on for months. no fainting, no pain",
     "cardiology", "30~39", "undisclosed"),
    ("Cholesterol 7.9 and my brother had a heart attack at 49. I'm 46 (woman) and I want to know my real risk — is a calcium score worth paying for?",
     "cardiology", "40~49", "female"),

    # dentistry
    ("Back bottom tooth aches when I drink anything cold and the pain hangs around for a minute after. 35M.",
     "dentistry", "30~39", "male"),
    ("my 6yo's adult front teeth are coming in behind the baby ones, like a shark 🦈 is that ok or does she need the baby ones pulled",
     "dentistry", "0~9", "female"),
    ("Gums bleed every time I brush and my breath is bad even after mouthwash. I'm 28 and 5 months pregnant, is this a pregnancy thing?",
     "dentistry", "20~29", "female"),
    ("Jaw clicks and aches when I wake up, and my wife says I grind my teeth all night. Night guard from the chemist any good?",
     "dentistry", "40~49", "male"),

    # dermatology
    ("Scalp is flaky and itchy with thick silvery patches, and now behind my ears too. Head & Shoulders does nothing. 41F",
     "dermatology", "40~49", "female"),
    ("I'm 17 and my acne is leaving scars on my cheeks. Tried benzoyl peroxide and the pill-free stuff from the pharmacy for a year. What's next?",
     "dermatology", "10~19", "undisclosed"),
    ("New dark spot on the sole of my foot, irregular edges, wasn't there last summer. 58 year old man, not much sun on my feet obviously.",
     "dermatology", "50~59", "male"),
    ("My grandma has these big itchy blisters on her arms and tummy that don't pop easily. She's 81. The care home has been putting E45 on.",
     "dermatology", "80+", "female"),

    # endocrinology
    ("Thyroid ultrasound showed a 2.3 cm nodule. TSH normal. I'm 39, female. Do I need a biopsy?",
     "endocrinology", "30~39", "female"),
    ("I'm 27, constantly thirsty, up peeing three times a night, and a fasting reading on my friend's meter was 9.8. Lost a bit of weight too.",
     "endocrinology", "20~29", "undisclosed"),
    ("Calcium came back high on routine bloods (2.78) and PTH is also high. 62F. Is this a parathyroid thing and who deals with it?",
     "endocrinology", "60~69", "female"),
    ("Husband is 50, no energy, no libido, and his morning testosterone was 6.2 nmol/L twice. Who treats that?",
     "endocrinology", "50~59", "male"),

    # family-medicine
    ("Haven't had a check-up in like 8 years. 34, male, no issues really. What blood tests should a normal adult get?",
     "family-medicine", "30~39", "male"),
    ("Stuffy nose, sore throat and a mild cough for 4 days. No fever. Do I need antibiotics or just ride it out?",
     "family-medicine", "30~39", "undisclosed"),
    ("I just feel off. Tired, a bit achy, not sleeping great, nothing specific I can point to. 47F. Where do I even start?",
     "family-medicine", "40~49", "female"),
    ("Hiya, silly question probably. I've got a new job starting at a warehouse next month and they want a medical form filled in and signed, plus 'a general physical'. I'm 25, female, fit and well, no meds. Do I just book a normal appointment or is there a special type? And do I need to bring anything? Thanks xx",
     "family-medicine", "20~29", "female"),

    # gastroenterology
    ("Heartburn nearly every day for a year. Omeprazole helps but the minute I stop it's back. 52M. Do I need a scope?",
     "gastroenterology", "50~59", "male"),
    ("Alternating diarrhoea and constipation, bloating after meals, worse when stressed. 26 year old woman. Is it IBS?",
     "gastroenterology", "20~29", "female"),
    ("My mum's liver tests are up (ALT 140) and she doesn't drink at all. She's 59, a bit overweight. Fatty liver?",
     "gastroenterology", "50~59", "female"),
    ("Trouble swallowing — feels like bread and meat get stuck halfway down my chest and I have to drink water to push it through. Been happening a few months, getting more often, and I think I've lost some weight because I've been avoiding eating. 67. Not sure if this is a GP thing or something else.",
     "gastroenterology", "60~69", "undisclosed"),

    # general-surgery
    ("Soft bulge next to my belly button that pops out when I cough and goes back when I lie down. 44M. Does it need fixing?",
     "general-surgery", "40~49", "male"),
    ("Ultrasound showed gallstones after a few attacks of pain under my right ribs after fatty food. The attacks pass after a couple of hours. I just want them out, who does that?",
     "general-surgery", "40~49", "undisclosed"),
    ("painful lump right above my butt crack that keeps getting infected and draining. 21, guy. had it lanced once already",
     "general-surgery", "20~29", "male"),
    ("A lump in my groin for months, painless, gets bigger when I stand. My wife says get it checked. 61.",
     "general-surgery", "60~69", "male"),

    # hematology-oncology
    ("Platelets 520 on three blood tests in a row. 48F. GP says refer to haematology. What could it be?",
     "hematology-oncology", "40~49", "female"),
    ("Dad, 69, diagnosed with CLL on routine bloods. They said 'watch and wait'. Is that really okay with a cancer??",
     "hematology-oncology", "60~69", "male"),
    ("Night sweats soaking the sheets, itchy skin all over, and a painless lump in my neck for 6 weeks. 24F. The GP did bloods and said they want a specialist to look.",
     "hematology-oncology", "20~29", "female"),
    ("I'm finishing chemo for breast cancer next month. When can I get my vaccines again and can I be around my grandkids?",
     "hematology-oncology", "60~69", "female"),

    # infectious-diseases
    ("Back from Kenya 3 months ago and since then on-and-off diarrhoea and I've lost 4 kg. GP stool test negative. 33M.",
     "infectious-diseases", "30~39", "male"),
    ("HIV positive for 5 years, undetectable. I want to switch to the injection every two months instead of pills. Who do I talk to?",
     "infectious-diseases", "30~39", "undisclosed"),
    ("Recurring boils on my thighs and armpits for a year, the swab grew MRSA. 29F. Keeps coming back after every course of antibiotics.",
     "infectious-diseases", "20~29", "female"),
    ("My husband's TB skin test was positive for his new job. Chest X-ray clear, no symptoms. Does he need treatment? He's 38.",
     "infectious-diseases", "30~39", "male"),

    # nephrology
    ("eGFR dropped from 68 to 49 in a year. Diabetic, 64M. Protein in urine too. Is my kidney going?",
     "nephrology", "60~69", "male"),
    ("Ultrasound showed lots of cysts on both kidneys. My mum had polycystic kidney disease. I'm 32, female. What now?",
     "nephrology", "30~39", "female"),
    ("Dad's on dialysis three times a week and is always exhausted. Is home dialysis an option for him? He's 71.",
     "nephrology", "70~79", "male"),
    ("Foamy pee for weeks and my ankles swell by evening. BP a bit high at the pharmacy. 45.",
     "nephrology", "40~49", "undisclosed"),

    # neurology
    ("Migraines 12 days a month, tried 3 preventers already. 36F. Are the CGRP injections worth asking for?",
     "neurology", "30~39", "female"),
    ("My hand shakes when I hold a cup of tea, gets better after a glass of wine (ha). My dad had the same. 57M.",
     "neurology", "50~59", "male"),
    ("Pins and needles in both feet creeping up to my ankles over about a year. Not diabetic, don't drink much. 63.",
     "neurology", "60~69", "undisclosed"),
    ("I don't quite know how to put this. My wife is 70 and over the last year she's been repeating herself, asking the same question three times in an hour, and last week she got lost driving to her sister's, a route she's done for 30 years. She laughs it off but I can see she's frightened. Her mother had dementia. The GP did a short test and said 'borderline'. Is there a memory clinic we can go to, or what's the next step?",
     "neurology", "70~79", "female"),

    # obstetrics-gynecology
    ("Periods so heavy I flood through a super tampon plus a pad every hour on day 2. 38. It's getting worse each year.",
     "obstetrics-gynecology", "30~39", "female"),
    ("Trying to conceive for 14 months, I'm 34, cycles regular as clockwork. When should we get tested and where?",
     "obstetrics-gynecology", "30~39", "female"),
    ("23 weeks pregnant and my glucose test came back a bit high. What happens now? Do I have to go on insulin?",
     "obstetrics-gynecology", "30~39", "female"),
    ("Post-menopausal, 58, and I had a bit of pink spotting last week. Just once. Do I need to do anything?",
     "obstetrics-gynecology", "50~59", "female"),

    # ophthalmology
    ("Reading glasses aren't helping anymore and car headlights have big halos at night. 71.",
     "ophthalmology", "70~79", "undisclosed"),
    ("My eyes are gritty and dry all day, worse at the computer, drops help for ten minutes. 42F.",
     "ophthalmology", "40~49", "female"),
    ("Optician said my eye pressure is 26 in both eyes. Glaucoma? I'm 55, male. They want me referred.",
     "ophthalmology", "50~59", "male"),
    ("our 4yo squints and tilts his head to watch TV, and one eye seems to drift inwards when he's tired",
     "ophthalmology", "0~9", "male"),

    # orthopedics
    ("Knee gives way going downstairs ever since I twisted it skiing in February. 31M. Swells up after football.",
     "orthopedics", "30~39", "male"),
    ("Groin and hip pain, worse after walking, stiff in the morning. 66F. X-ray says arthritis. Am I at the replacement stage?",
     "orthopedics", "60~69", "female"),
    ("Shoulder hurts when I lift my arm above my head, and I can't sleep on that side. Painter and decorator, 49, so I need my arms.",
     "orthopedics", "40~49", "undisclosed"),
    ("My daughter's back looks uneven when she bends forward, one shoulder blade sticks out more. She's 13. Scoliosis?",
     "orthopedics", "10~19", "female"),

    # otolaryngology
    ("Constant ringing in my left ear only, and hearing a bit muffled on that side for 2 months. 52M.",
     "otolaryngology", "50~59", "male"),
    ("My 5 year old snores like a train and sometimes stops breathing for a few seconds. His tonsils are huge.",
     "otolaryngology", "0~9", "male"),
    ("Hoarse voice for 5 weeks now, no cold. I'm a smoker, 60.",
     "otolaryngology", "60~69", "undisclosed"),
    ("sinus infections 5 times this year and I can't smell anything anymore, not even coffee. 37F",
     "otolaryngology", "30~39", "female"),

    # pediatrics
    ("My 18 month old has had a runny nose and cough for a week, eating less but still playing and lots of wet nappies. Temp 37.9.",
     "pediatrics", "0~9", "undisclosed"),
    ("Son is 3 and always constipated, cries when he poos and holds it in. We've tried prunes.",
     "pediatrics", "0~9", "male"),
    ("Baby girl, 4 months, spits up after every feed but gaining weight fine and happy. Normal?",
     "pediatrics", "0~9", "female"),
    ("This has been going on since September. My 7yo complains of a tummy ache nearly every school morning, sometimes cries and says she feels sick. We let her stay home once and she was bouncing off the walls by 10am. Weekends and holidays, nothing. She eats well, poos fine, no weight loss that we've noticed. Her teacher says she seems happy in class. Part of me thinks it's anxiety but I don't want to miss something physical. Do we need tests?",
     "pediatrics", "0~9", "undisclosed"),

    # psychiatry
    ("Can't stop checking the locks and the oven, it takes me 40 minutes to leave the house. 27M. It's getting worse.",
     "psychiatry", "20~29", "male"),
    ("Been low for months, no interest in anything, sleeping badly, eating too much. Not suicidal. 45F. My GP just said exercise.",
     "psychiatry", "40~49", "female"),
    ("Adult ADHD assessment — how do I get one? 30, always losing things, can't finish projects, got fired twice.",
     "psychiatry", "30~39", "undisclosed"),
    ("My mum (62) has started hearing voices that tell her the neighbours are spying on her through the walls. She won't go to her GP.",
     "psychiatry", "60~69", "female"),

    # pulmonology
    ("writing this for myself before I lose my nerve. 61, male, smoked 20 a day for about 30 years (stopped 2 yrs ago). I get short of breath going up the stairs now and have to stop halfway, and I've got a cough with phlegm every single morning. Wife says I wheeze at night. GP did a peak flow and said 'probably COPD' but nothing else has happened. Who should I be seeing?",
     "pulmonology", "60~69", "male"),
    ("CT for something else found a 6mm lung nodule by accident. Non-smoker, 48F. Do I need follow-up?",
     "pulmonology", "40~49", "female"),
    ("My asthma needs the blue inhaler every day even though I'm on the brown one. 24. Am I on the wrong inhaler?",
     "pulmonology", "20~29", "undisclosed"),
    ("Dry cough and breathlessness getting slowly worse over a year, GP heard crackles at the bottom of the lungs. 70, retired builder.",
     "pulmonology", "70~79", "undisclosed"),

    # rehabilitation
    ("Mum had a stroke 2 months ago, she's home now but still can't walk without a frame. How do we get more physio? She's 77.",
     "rehabilitation", "70~79", "female"),
    ("Broke my ankle in March, cast off 4 weeks ago, still limping and stiff. 35F. Do I need physio or just time?",
     "rehabilitation", "30~39", "female"),
    ("6 weeks after my knee replacement I can only bend it to 80 degrees. 68M. Is it too late to get more?",
     "rehabilitation", "60~69", "male"),
    ("Husband had a brain injury from a bike crash last year. He's 44, physically ok now but struggles with balance and gets wiped out by noon. What rehab programs exist?",
     "rehabilitation", "40~49", "male"),

    # rheumatology
    ("Morning stiffness in my hands for over an hour, knuckles swollen on both sides. 42F.",
     "rheumatology", "40~49", "female"),
    ("Low back pain and stiffness that's better with exercise and worse with rest, since I was about 25. Now 31, male. Wakes me at 4am.",
     "rheumatology", "30~39", "male"),
    ("Positive ANA, achy joints, mouth ulcers and my hair is coming out in the shower. 27.",
     "rheumatology", "20~29", "undisclosed"),
    ("Gout attacks 4 times this year even after cutting out beer. 55M. Should I be on allopurinol?",
     "rheumatology", "50~59", "male"),

    # urology
    ("Waking up 3-4 times a night to pee, weak stream, takes ages to start. 67M.",
     "urology", "60~69", "male"),
    ("Blood in my urine once last week, no pain, hasn't happened again. 59, smoker.",
     "urology", "50~59", "undisclosed"),
    ("Kidney stones twice in 2 years. 40M. How do I stop getting them?",
     "urology", "40~49", "male"),
    ("Erection problems for about a year, I'm 48 and otherwise healthy. Embarrassed to ask my GP.",
     "urology", "40~49", "male"),

    # nutrition
    ("Just diagnosed with coeliac disease after years of being told it was IBS 🙃 I'm 29, female, and honestly I stood in the supermarket for 40 minutes yesterday reading labels and came out with crisps and a banana. What can I actually eat? Is oats ok? Does beer count? Do I need to buy a separate toaster?? Any help with a basic weekly shop would be amazing.",
     "nutrition", "20~29", "female"),
    ("Vegan marathon runner, 33M — am I getting enough protein and B12? What should a day of eating look like?",
     "nutrition", "30~39", "male"),
    ("My 10 year old only eats beige food — pasta, chips, crackers. Worried about vitamins. How do we get more variety in?",
     "nutrition", "10~19", "undisclosed"),
    ("Doctor said I need to lower my cholesterol with diet before trying statins. What should a 58 year old woman actually eat?",
     "nutrition", "50~59", "female"),
]
