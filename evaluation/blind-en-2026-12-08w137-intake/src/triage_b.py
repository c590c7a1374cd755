# Triage items, part B (written by hand, writer 137)
# (text, department, age_range, gender)

ITEMS = [
    # nephrology
    ("38 year old man, competitive bodybuilder, on creatine and about 250g protein a day. My creatinine came back at 145 and eGFR 52 on a routine test. Is that muscle mass or are my kidneys actually struggling?",
     "nephrology", "30~39", "male"),
    ("Dipstick at my sports scholarship medical showed protein in my urine, and the repeat a week later too. I'm a 19 year old girl, hockey player, no symptoms at all. Who looks into that?",
     "nephrology", "10~19", "female"),
    ("My dad is 77 and has stage 4 chronic kidney disease. His team have started talking about dialysis. He's desperate to fly home to Ireland for a family wedding next year. What are his options?",
     "nephrology", "70~79", "male"),
    ("Polycystic kidney disease runs in my family and I've just been diagnosed at 31. My blood pressure's creeping up. Is tolvaptan something I should ask about? I'm a woman and want kids in future.",
     "nephrology", "30~39", "female"),

    # neurology
    ("Since I started running more I get migraines with aura: zigzag lights for 20 min then a thumping headache. 26, female. Happened 4 times this month. Same pattern every time. Should I be seen by a specialist?",
     "neurology", "20~29", "female"),
    ("My right hand has a tremor when I hold my fishing rod or a cup of tea, not when it's resting. I'm 69, male. My late father had the same. Is this essential tremor and can it be treated?",
     "neurology", "60~69", "male"),
    ("Three months on from a concussion skiing (hit my head on ice, CT was clear) and I still get daily headaches and brain fog, can't concentrate at work. 42F. Who deals with post-concussion syndrome?",
     "neurology", "40~49", "female"),
    ("Diagnosed with relapsing MS last year, I'm 35 and male. I want to keep running marathons but when I get hot my left leg drags. Is that a relapse or a heat thing, and should my medication change?",
     "neurology", "30~39", "male"),

    # obstetrics-gynecology
    ("14 weeks pregnant with my first, I'm 32 and surf most mornings. Is it ok to keep surfing small waves, and when should I stop lying on the board?",
     "obstetrics-gynecology", "30~39", "female"),
    ("My periods have become so heavy I flood through a super tampon in an hour on day 2, had to come off during a netball match. I'm 41. Been like this for about 6 months. What's the next step?",
     "obstetrics-gynecology", "40~49", "female"),
    ("Hot flushes are wrecking my sleep and I've lost my confidence on the climbing wall. I'm 52 and my periods stopped 8 months ago. Would like to talk about HRT options.",
     "obstetrics-gynecology", "50~59", "female"),
    ("I'm 19 and going travelling for a year around Asia and Australia. Which contraception is best when I'll be crossing time zones and may not find a pharmacy? Pill, implant or coil?",
     "obstetrics-gynecology", "10~19", "female"),

    # ophthalmology
    ("Years of surfing without sunnies and now there's a fleshy triangle growing onto the coloured part of my left eye. 45, male. Optician said pterygium. Can it be removed?",
     "ophthalmology", "40~49", "male"),
    ("I'm 76 and due to have a cataract done in my right eye next month. I swim three mornings a week and play bowls. How long after the operation before I can do each of those?",
     "ophthalmology", "70~79", "undisclosed"),
    ("My 14 year old's glasses prescription jumps every year, now -4.50. They play water polo and can't see the ball. Are there treatments to slow the short-sightedness and what about sports lenses?",
     "ophthalmology", "10~19", "undisclosed"),
    ("Optician measured my eye pressure at 26 in both eyes and referred me. I'm 58, a man, and do yoga every day including headstands. Is that safe with high eye pressure while I wait?",
     "ophthalmology", "50~59", "male"),

    # orthopedics
    ("MRI confirmed a full ACL rupture from netball. I'm a 17 year old girl and want to play at national level again. I need to talk to a surgeon about reconstruction and graft choices.",
     "orthopedics", "10~19", "female"),
    ("Deep ache in the front of my hip and a catching feeling when I sit cross-legged, 43M, runner for 20 years. Physio suspects a labral tear. Worth a surgical opinion?",
     "orthopedics", "40~49", "male"),
    ("22 year old female runner, MRI shows a stress fracture in my second metatarsal. I'm in a boot. How long until I can run and should I be worried about healing?",
     "orthopedics", "20~29", "female"),
    ("My bunion has got much worse and now my second toe is crossing over. I'm 66 and walk 10k steps a day, can't find shoes that fit. When is surgery worth it?",
     "orthopedics", "60~69", "undisclosed"),

    # otolaryngology
    ("Hearing in my right ear goes muffled after every surf session and takes hours to clear. 38M, cold-water surfer for 15 years. GP says bony growths in the canal. Who removes them?",
     "otolaryngology", "30~39", "male"),
    ("Can't equalise my ears when diving below 5 metres, they just hurt. I'm 29, female, always had blocked sinuses. Anything that can be done so I can finish my open water course?",
     "otolaryngology", "20~29", "female"),
    ("I'm a 62 year old man, not on any blood thinners, and I've had about 10 nosebleeds from the same side in the last two months. They stop with pressure. Cauterising?",
     "otolaryngology", "60~69", "male"),
    ("Fitness instructor, 50, woman, shouting over the music at five classes a week. Voice has been hoarse for 5 weeks now and not improving with rest days. Who looks at vocal cords?",
     "otolaryngology", "50~59", "female"),

    # pediatrics
    ("My daughter is 3 and has had a temperature of 38.5 for two days. Calpol brings it down, she's drinking and playing, just eating a bit less. No rash. When should I get her seen?",
     "pediatrics", "0~9", "female"),
    ("My 6 year old son seems to catch every cold going since starting school, he's had 7 this winter. Runny nose, cough for a week then better. Is that normal or is something wrong with his immune system?",
     "pediatrics", "0~9", "male"),
    ("Our 8-year-old is always tired after football and looks pale. Eats ok but picky. No other symptoms. Should we get bloods done?",
     "pediatrics", "0~9", "undisclosed"),
    ("Baby boy, 5 months, loose nappies for 3 days since we flew to Spain. He's still feeding well, lots of wet nappies, happy in himself, no fever. Is it the water or a bug? Anything we should do?",
     "pediatrics", "0~9", "male"),

    # psychiatry
    ("25 year old man, track athlete. Before every race I get full-on panic attacks, heart pounding, can't breathe properly, feel like I'll faint, and it's started happening at work too. Who can help with this?",
     "psychiatry", "20~29", "male"),
    ("My daughter is 16 and runs cross country. She's lost a lot of weight, hides food, exercises in her room at night and gets angry if she can't run. I think it's an eating disorder. Where do we start?",
     "psychiatry", "10~19", "female"),
    ("Since a shoulder injury ended my pro rugby career last year I've felt flat and empty, not sleeping, drinking more than I should. 31, male. No thoughts of hurting myself, just stuck. Would like to see someone.",
     "psychiatry", "30~39", "male"),
    ("I'm a 44 year old woman and I'm pretty sure I have ADHD. Constantly losing things, can't finish tasks, my son was diagnosed last year. How do I get an adult assessment?",
     "psychiatry", "40~49", "female"),

    # pulmonology
    ("Whenever I cycle in cold air my chest gets tight and I cough for an hour after. 35, female. Ventolin before rides helps a bit. Should I have proper lung function tests?",
     "pulmonology", "30~39", "female"),
    ("59 year old man, ex-smoker (quit 10 years ago), keen hill walker. I've had a cough bringing up clear phlegm for 3 months and get more breathless on the hills than my mates. Who should I see?",
     "pulmonology", "50~59", "male"),
    ("My wife says I snore like a train and stop breathing at night. I'm 48, male, 110kg, always tired at work even after 8 hours. Sleep apnoea? What test is that?",
     "pulmonology", "40~49", "male"),
    ("I was diagnosed with sarcoidosis in my lungs last year, currently stable off steroids. I'm 41 and female. Is it safe to trek to 4,000m in Nepal, and what should I check before?",
     "pulmonology", "40~49", "female"),

    # rehabilitation
    ("My husband had a stroke 4 months ago, he's 67. His right leg is still weak and he's desperate to get back on his bike. What kind of therapy programme helps with that?",
     "rehabilitation", "60~69", "male"),
    ("8 weeks post ACL reconstruction, 24F. Knee bends to 110 degrees, still limping on stairs. I want a proper structured rehab plan to get back to playing football. Who should supervise it?",
     "rehabilitation", "20~29", "female"),
    ("Cast came off my broken ankle last week after 6 weeks. Stiff, swollen by evening, I walk with a limp. I'm 52. How do I get physio to get moving properly again?",
     "rehabilitation", "50~59", "undisclosed"),
    ("My mum is 83 and had a hip replacement after she fell at the shops. She's home now but scared to walk without the frame. Can she get physio at home to build her confidence back up?",
     "rehabilitation", "80+", "female"),

    # rheumatology
    ("Both hands swollen across the knuckles with 2 hours of stiffness every morning for the last 2 months. 39F. Can't grip my climbing holds. Blood test showed a positive rheumatoid factor. What next?",
     "rheumatology", "30~39", "female"),
    ("Lower back stiffness that is worst first thing in the morning and gets better once I go for a run, worse if I rest. 26M. Been going on for a year. A friend said ankylosing spondylitis?",
     "rheumatology", "20~29", "male"),
    ("Third gout attack this year in my big toe, 57 year old man. Each time after a weekend of golf and a few beers. Should I be on a long term tablet?",
     "rheumatology", "50~59", "male"),
    ("Over the last month my shoulders and hips are so stiff in the mornings I can't lift my arms to do my hair. I'm 72, female. No headaches or eye problems. Could it be polymyalgia?",
     "rheumatology", "70~79", "female"),

    # urology
    ("Had two kidney stones in two years, both during hot summers hiking. I'm 38M. Passed both. How do I stop getting them? Should I have the stones analysed?",
     "urology", "30~39", "male"),
    ("68 year old man, up 4 times a night to pee, weak stream, feel like I haven't emptied. Prostate? My PSA was normal last year.",
     "urology", "60~69", "male"),
    ("27F, keep getting UTIs, about 5 in a year, often after long bike rides. Antibiotics clear them each time but they come back. Does this need investigating?",
     "urology", "20~29", "female"),
    ("51 year old male, cycle 300km a week, and I'm getting numbness down there and trouble with erections. Is it the saddle? Who do I talk to?",
     "urology", "50~59", "male"),

    # nutrition
    ("30F, vegan, marathon in 12 weeks. How much protein should I be getting and which foods? I keep getting hungry by 10am.",
     "nutrition", "30~39", "female"),
    ("First Ironman in October, 41M. What does a carb loading plan look like for the 3 days before, and how many grams of carbs an hour on the bike?",
     "nutrition", "40~49", "male"),
    ("My son is 12 and plays football, rugby and swims. What's a good breakfast before a Saturday match and what should he eat between games at tournaments?",
     "nutrition", "10~19", "male"),
    ("I'm 64 and the surgeon wants me to lose 10kg before my knee replacement. I'm a woman, not diabetic. What kind of eating plan is realistic without losing muscle?",
     "nutrition", "60~69", "female"),
]
