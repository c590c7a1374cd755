# Hand-written triage items (part B). (text, department, age_range, gender)

ITEMS = [
    # neurology
    ("I'm a 30 yo woman and my migraines went from 2 a month to like 10. I get zigzag lines first then the headache. Imitrex works but I'm using it too much.",
     "neurology", "30~39", "female"),
    ("DD is 6 and her teacher says she 'zones out' several times a day, staring for a few seconds and doesn't answer. afterwards she's fine. I've seen it too. absence seizures?",
     "neurology", "0~9", "female"),
    ("My dad's 73 and his right hand shakes when it's resting on his lap, goes away when he reaches for something. His walking is slower too. Parkinson's?",
     "neurology", "70~79", "male"),
    ("23M. last year my vision in one eye went blurry for a few weeks and got better. now my legs tingle. MRI showed 'white matter spots'. waiting on the neuro appt, what does that mean",
     "neurology", "20~29", "male"),

    # obstetrics-gynecology
    ("10 wks pregnant with my first, 27 yrs old, I throw up 3-4 times a day and can barely keep water down by evening. Unisom + B6 isn't doing much.",
     "obstetrics-gynecology", "20~29", "female"),
    ("I'm 48 and my periods are all over the place, 2 weeks apart then 2 months, and really heavy. Hot flashes at night. Is this perimenopause or something else?",
     "obstetrics-gynecology", "40~49", "female"),
    ("DD is 17 and misses 1-2 days of school every month because of cramps. Advil barely helps, she throws up on day 1. could it be endometriosis?",
     "obstetrics-gynecology", "10~19", "female"),
    ("33F, had my baby 5 months ago, want to get an IUD. hormonal vs copper while breastfeeding? I had heavy periods before pregnancy",
     "obstetrics-gynecology", "30~39", "female"),

    # ophthalmology
    ("DS is 3 and his left eye turns in toward his nose, especially when he's tired. pediatrician mentioned lazy eye. does he need glasses or a patch?",
     "ophthalmology", "0~9", "male"),
    ("I'm 65, female, and night driving is getting scary, headlights have halos and everything's a bit cloudy. Optometrist said cataracts. When is surgery worth it?",
     "ophthalmology", "60~69", "female"),
    ("DD failed the vision screening at school, she's 9. says she can see fine. squints at the TV though. where do we go, eye doctor?",
     "ophthalmology", "0~9", "female"),
    ("56 year old man with type 2 diabetes, haven't had my eyes checked in 5 years. vision seems ok. do I really need the dilated exam?",
     "ophthalmology", "50~59", "male"),

    # orthopedics
    ("DS is 10, broke his forearm (both bones) on the trampoline, he's in a cast for 3 wks now. the ortho said one bone was angled. will it straighten out as he grows?",
     "orthopedics", "10~19", "male"),
    ("45 yo woman, twisted my knee at pickleball 3 weeks ago, it clicks and locks sometimes and swells after walking. meniscus? MRI?",
     "orthopedics", "40~49", "female"),
    ("My grandmother is 84 and her hip arthritis is so bad she can barely walk to the mailbox. Is she too old for a hip replacement?",
     "orthopedics", "80+", "female"),
    ("Our baby girl was born with clubfoot and she's 4 months, done with the casts and now in the boots and bar. she hates it at night. how strict do we have to be?",
     "orthopedics", "0~9", "female"),

    # otolaryngology
    ("DS is 5 and had strep/tonsillitis 7 times this year. His tonsils are huge and he snores like an old man. At what point do they take them out?",
     "otolaryngology", "0~9", "male"),
    ("I'm 40 and basically have had a stuffed nose and sinus pressure for a year, 4 rounds of antibiotics. lost my sense of smell. guy, nonsmoker. polyps?",
     "otolaryngology", "40~49", "male"),
    ("My mom's 68 and the hearing in her right ear has been getting worse for a year with ringing. left ear is fine. Hearing aid or need a scan?",
     "otolaryngology", "60~69", "female"),
    ("LO is 18 months and has had 6 ear infections since last winter, every cold turns into one. the pediatrician brought up tubes. pros and cons?",
     "otolaryngology", "0~9", "undisclosed"),

    # pediatrics
    ("LO is 9 months and has a cold with a 101 fever since this afternoon. still nursing well and wet diapers. gave Tylenol. anything else I should do tonight?",
     "pediatrics", "0~9", "undisclosed"),
    ("DD (4) has hand foot mouth, blisters in her mouth and on her palms. she's drinking slow but drinking. how long is she contagious for daycare?",
     "pediatrics", "0~9", "female"),
    ("my son is 2 and dropped from 50th to 15th percentile for weight since his last checkup. super picky, lots of milk. should we worry?",
     "pediatrics", "0~9", "male"),
    ("DS turns 11 next week. his well check is due and the school says he needs the Tdap and meningitis shots. is the HPV one really needed this young?",
     "pediatrics", "10~19", "male"),

    # psychiatry
    ("My 16 yo daughter has panic attacks before school, she's missed 3 weeks this semester. therapist says she might need medication. what's usually prescribed for teens?",
     "psychiatry", "10~19", "female"),
    ("I'm 34 and had my baby 3 months ago. I cry every day, can't enjoy her, feel numb. I would never hurt myself or her, I just feel empty. is this postpartum depression?",
     "psychiatry", "30~39", "female"),
    ("DS is 8 and started Focalin for ADHD last month. His focus is better but he's not eating lunch and losing weight. Switch meds?",
     "psychiatry", "0~9", "male"),
    ("52 year old male. I drink 8-10 beers a night and want to stop. tried cold turkey and got the shakes. Is there medication that helps?",
     "psychiatry", "50~59", "male"),

    # pulmonology
    ("64M, smoked 40 years, quit 2 years ago. I get more winded every year, now climbing 1 flight is hard. They said COPD. what else can be done besides the inhaler?",
     "pulmonology", "60~69", "male"),
    ("DD is 9 and uses her albuterol almost every day even on her Flovent. The pediatrician referred us to an asthma lung specialist. what questions should I ask?",
     "pulmonology", "0~9", "female"),
    ("I'm a 37 year old woman, never smoked. A CT for something else showed a 6 mm nodule in my right lung. They said repeat in a year. Is that safe to wait?",
     "pulmonology", "30~39", "female"),
    ("My 14 yo has cystic fibrosis and has been coughing up more mucus for 2 weeks. the clinic wants to start IV antibiotics. is a home IV option possible?",
     "pulmonology", "10~19", "undisclosed"),

    # rehabilitation
    ("My dad is 71, had a stroke 2 months ago, his left arm is still weak and he can't button shirts. He finished inpatient rehab. How much more recovery can he expect with outpatient therapy?",
     "rehabilitation", "70~79", "male"),
    ("I'm 26 (F), 6 weeks out from ACL reconstruction. PT has me on the bike but I still can't fully straighten my knee. Is that behind schedule?",
     "rehabilitation", "20~29", "female"),
    ("DS is 7, had hamstring lengthening surgery for his cerebral palsy last month. what should his physical therapy look like at home between sessions?",
     "rehabilitation", "0~9", "male"),
    ("55F, broke my shoulder (humerus) in a fall in October, out of the sling since December but I can barely lift my arm above my shoulder. More physio or something else?",
     "rehabilitation", "50~59", "female"),

    # rheumatology
    ("I'm 45 and a woman. My finger knuckles and wrists are swollen and stiff for like 2 hours every morning. Rheumatoid factor came back positive. What now?",
     "rheumatology", "40~49", "female"),
    ("DD is 4 and her knee has been swollen for 6 weeks, she limps in the morning then it's better. no injury. xray normal. pediatrician said maybe juvenile arthritis",
     "rheumatology", "0~9", "female"),
    ("60 yo man, third gout attack in my big toe this year. colchicine works but I'm tired of this. should I be on allopurinol?",
     "rheumatology", "60~69", "male"),
    ("32M, lower back stiffness every morning for a year, better after moving, worse with rest. Doc found HLA-B27 positive. Ankylosing spondylitis?",
     "rheumatology", "30~39", "male"),

    # urology
    ("I'm 63, up 3-4 times a night to pee, weak stream. PSA came back 5.2. Prostate biopsy or can I wait?",
     "urology", "60~69", "male"),
    ("DS is 1 and the pediatrician says one of his testicles never came down. they're referring us to a urologist for surgery. is it safe at this age?",
     "urology", "0~9", "male"),
    ("40F, this is my 3rd kidney stone in 2 years. passed this one at home. CT showed 2 more small ones sitting in my left kidney. Do those need to be blasted?",
     "urology", "40~49", "female"),
    ("28 yo guy, we have 2 kids and I'm thinking about a vasectomy. How long is recovery and how soon is it reliable?",
     "urology", "20~29", "male"),

    # nutrition
    ("LO is 2 and lives on crackers, yogurt and bananas. what should a full day of meals look like for a toddler? how much milk is too much?",
     "nutrition", "0~9", "undisclosed"),
    ("I'm 19, female, play college volleyball and just went vegan. Am I getting enough protein and iron? what should I eat around practices",
     "nutrition", "10~19", "female"),
    ("50M, A1c 6.0 so prediabetes. I want to fix it with food not pills. what does a realistic meal plan look like? I work nights",
     "nutrition", "50~59", "male"),
    ("My grandfather is 86 and has been losing weight, his doctor checked everything and said it's just poor appetite. What foods or shakes pack the most calories?",
     "nutrition", "80+", "male"),
]
