# Hand-written triage items, part B.
ITEMS = [
    # obstetrics-gynecology
    ("periods so heavy i'm changing a super tampon every hour on day 2 and flooding at school, i'm 15. mum says it's normal??", "obstetrics-gynecology", "10~19", "female"),
    ("trying to get pregnant for 14 months now, nothing. i'm 32, cycles are regular. when do we get help", "obstetrics-gynecology", "30~39", "female"),
    ("menopause hot flushes are ruining my life, 51, want to talk about HRT properly not just be told to buy a fan", "obstetrics-gynecology", "50~59", "female"),
    ("smear came back with abnormal cells, CIN2, letter says colposcopy. what now?? 26", "obstetrics-gynecology", "20~29", "female"),
    # ophthalmology
    ("my eyes are so dry from gaming all day, gritty and red by the evening. 18M. eye drops dont do much", "ophthalmology", "10~19", "male"),
    ("my grandma (79) says her vision is getting cloudy like looking through a foggy window, been getting worse over the year. cataracts?", "ophthalmology", "70~79", "female"),
    ("a few new floaters in my right eye over the last month, no flashes, vision otherwise fine and hasn't changed. 45", "ophthalmology", "40~49", "undisclosed"),
    ("want to get laser eye surgery, i'm 24F, -5.5 in both eyes, am i a candidate or are my eyes too bad", "ophthalmology", "20~29", "female"),
    # orthopedics
    ("twisted my knee at netball 3 weeks ago and it keeps giving way and clicking, physio thinks ACL. 19F", "orthopedics", "10~19", "female"),
    ("lower back pain for years from lifting at work, 48M, sometimes shooting pain down my left leg, no problems with bladder or anything", "orthopedics", "40~49", "male"),
    ("hip arthritis, i'm 71, surgeon mentioned a hip replacement, what's the surgery and recovery actually like", "orthopedics", "70~79", "undisclosed"),
    ("snapped my wrist skateboarding 2 months ago, cast is off but it still hurts and kinda looks bent?? 14M", "orthopedics", "10~19", "male"),
    # otolaryngology
    ("tonsillitis like 7 times this year, 20F, can i just get my tonsils out as an adult or is that a kid thing", "otolaryngology", "20~29", "female"),
    ("constantly blocked nose on one side for about a year, 36M, broke it playing rugby years ago, think it's a deviated septum", "otolaryngology", "30~39", "male"),
    ("ringing in my ears since a festival, 3 weeks now and it's not going away. 23", "otolaryngology", "20~29", "undisclosed"),
    ("voice has been hoarse for 2 months, i'm a primary teacher so i talk all day, 55F, non smoker", "otolaryngology", "50~59", "female"),
    # pediatrics
    ("my 3 year old has had a runny nose and cough for a week, eating ok, playing ok, no fever now. just want some advice", "pediatrics", "0~9", "undisclosed"),
    ("newborn (5 weeks) spits up after every feed but she's gaining weight and happy, is that reflux or normal baby stuff", "pediatrics", "0~9", "female"),
    ("my 8 yo son gets tummy aches most school mornings, goes away by lunch, eating fine. what could it be", "pediatrics", "0~9", "male"),
    ("my little girl is 6 and still wets the bed most nights, is that normal or should we be doing something", "pediatrics", "0~9", "female"),
    # psychiatry
    ("i think i have adhd, 20M, can't focus at uni at all, always been like this since school. how do i get assessed", "psychiatry", "20~29", "male"),
    ("anxiety so bad i've stopped going to lectures, 19, she/her, not suicidal or anything just stuck in my room", "psychiatry", "10~19", "female"),
    ("my 16 yr old daughter has been eating less and less and exercising constantly, hiding food, i think it's an eating disorder. where do we go", "psychiatry", "10~19", "female"),
    ("antidepressants stopped working, 42M, been on citalopram 5 years and the fog is back", "psychiatry", "40~49", "male"),
    # pulmonology
    ("asthma getting worse, using my blue inhaler 4 times a day now just to get through, 22F. preventer doesnt seem to do much", "pulmonology", "20~29", "female"),
    ("smoker 40 years, 63M, short of breath walking up hills and coughing every morning, GP mentioned COPD", "pulmonology", "60~69", "male"),
    ("CT for something else showed a small nodule on my lung, 8mm, they want follow up. 50. what does that mean", "pulmonology", "50~59", "undisclosed"),
    ("dry cough for 4 months, no cold, non smoker, 28M, i vape sometimes on nights out. x-ray was clear", "pulmonology", "20~29", "male"),
    # rehabilitation
    ("had a stroke 6 weeks ago, i'm 67, left arm still weak and my walking is slow. want to know about rehab options now i'm home", "rehabilitation", "60~69", "undisclosed"),
    ("ACL reconstruction 2 weeks ago, 21M, when do i start proper physio and how long til i'm back playing footy", "rehabilitation", "20~29", "male"),
    ("my dad's 74 and had a hip replacement last month, still walking with a frame, how do we get more physio for him", "rehabilitation", "70~79", "male"),
    ("broke my ankle at 17 last year, healed fine on the xray but it still feels weak and wobbly when i run. need a rehab plan. 18, she/her", "rehabilitation", "10~19", "female"),
    # rheumatology
    ("the joints in my hands are swollen and stiff every morning for like an hour, both sides, 34F", "rheumatology", "30~39", "female"),
    ("diagnosed with lupus at 25, now 27, flares getting more frequent. who should be managing this", "rheumatology", "20~29", "undisclosed"),
    ("gout again in my big toe, 4th time this year, 55M. need something long term", "rheumatology", "50~59", "male"),
    ("lower back stiffness that's worst in the morning and gets better when i move, 23M, my uncle has ankylosing spondylitis", "rheumatology", "20~29", "male"),
    # urology
    ("kidney stones twice this year, 38M, passed them both at home eventually. how do i stop getting them", "urology", "30~39", "male"),
    ("i'm 71 and getting up to pee 5 times a night, weak stream. prostate?", "urology", "70~79", "male"),
    ("found a small painless lump on my testicle in the shower, been there a couple weeks, 19M. not sore at all", "urology", "10~19", "male"),
    ("i leak a bit when i sneeze or laugh since having my kids, 45F. so embarrassing at the gym", "urology", "40~49", "female"),
    # nutrition
    ("i want to go vegan but i'm worried about protein and b12, 20F, what should a week of eating look like", "nutrition", "20~29", "female"),
    ("trying to bulk, 17M, 60kg at 180cm, how many calories should i actually be eating", "nutrition", "10~19", "male"),
    ("newly diagnosed coeliac (confirmed by biopsy) and want help with a meal plan, 39, feel lost in the supermarket", "nutrition", "30~39", "undisclosed"),
    ("my mum's 82 and losing weight because she's not eating much, what should she be eating to keep her strength up", "nutrition", "80+", "female"),
]
