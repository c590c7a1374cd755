# triage items, file b. Hand written by writer 58.
# each item: (text, department, age_range, gender)

ITEMS = [
    # obstetrics-gynecology
    ("periods so heavy i flood through a super tampon and a pad in an hour on day 2, every month, 43. fibroids on scan. what are my options besides a hysterectomy",
     "obstetrics-gynecology", "40~49", "female"),
    ("been trying for a baby 14 months, im 34 and my cycles are all over the place 35-50 days. should we get tested, and who, me or him first",
     "obstetrics-gynecology", "30~39", "female"),
    ("pregnant 16 wks with my first, 28, can i still do my spin classes and how hard is too hard",
     "obstetrics-gynecology", "20~29", "female"),
    ("menopause at 51, hot flushes and night sweats ruining my sleep. gp nervous about HRT because my sister had breast cancer. who can give a proper opinion",
     "obstetrics-gynecology", "50~59", "female"),

    # ophthalmology
    ("eyes so dry and gritty, worse on screens, 48 f, eye drops from boots not helping much. anything stronger",
     "ophthalmology", "40~49", "female"),
    ("optician said i have raised eye pressure, 24 in both eyes, and wants me to see the hospital for glaucoma tests. 62 m. is that serious",
     "ophthalmology", "60~69", "male"),
    ("my vision is getting cloudy and glare from headlights at night is awful, 74. cataract surgery how long is the wait",
     "ophthalmology", "70~79", "undisclosed"),
    ("keratoconus diagnosed last year, im 19 now, glasses not really working anymore. is cross linking worth it, and scleral lenses?",
     "ophthalmology", "10~19", "undisclosed"),

    # orthopedics
    ("knee gives way when i twist, hurt it playing netball 4 months ago, swelling on and off. 27 f. physio thinks ACL. do i need surgery",
     "orthopedics", "20~29", "female"),
    ("hip arthritis both sides, 69 m, walking 10 mins max now, steroid injection wore off after 6 weeks. when is it time for a replacement",
     "orthopedics", "60~69", "male"),
    ("pain on the outside of my elbow when i grip or lift the kettle, 46, been 3 months. tennis elbow? i don't even play tennis",
     "orthopedics", "40~49", "undisclosed"),
    ("bunion on my right foot getting worse, second toe now crossing over, 58 f. surgery worth it?",
     "orthopedics", "50~59", "female"),

    # otolaryngology
    ("ringing in my ears constantly since a concert 6 months ago, right ear worse, 23 m. hearing feels a bit muffled. will it go",
     "otolaryngology", "20~29", "male"),
    ("blocked nose on one side for a year, can't smell anything, 52 f. steroid spray not working. polyps?",
     "otolaryngology", "50~59", "female"),
    ("hoarse voice for 5 weeks, 61, ex smoker, no cold. gp says see ent but whats the wait usually",
     "otolaryngology", "60~69", "undisclosed"),
    ("tonsil stones all the time and my throat always feels like theres something stuck. 30 f. can tonsils be taken out as an adult",
     "otolaryngology", "30~39", "female"),

    # pediatrics
    ("my 18 month old has had a runny nose and cough for 2 weeks, eating a bit less, no fever, playing fine. do i need the gp or just wait it out",
     "pediatrics", "0~9", "undisclosed"),
    ("son is 4 and seems to get every bug going since starting kindy, like one a fortnight. is that normal or is his immune system weak",
     "pediatrics", "0~9", "male"),
    ("my daughter 7 has had a tummy ache and vomited twice today, temp 37.9, drinking and weeing fine, watching telly. gastro?",
     "pediatrics", "0~9", "female"),
    ("baby girl is 4 months, only gaining slowly, health visitor says she dropped from 50th to 25th centile. feeding formula 5 times a day. should i be worried",
     "pediatrics", "0~9", "female"),

    # psychiatry
    ("i think i might have ADHD, always been chaotic, lose everything, cant finish anything at work. 32 f. how do i get assessed as an adult",
     "psychiatry", "30~39", "female"),
    ("my son (22) hears voices and thinks the neighbours are spying on him through the telly. he wont see a doctor. no threats or anything, just scared. what can we do",
     "psychiatry", "20~29", "male"),
    ("been on sertraline 2 yrs for depression, feel well now, 38 m. how do i come off it without the brain zaps",
     "psychiatry", "30~39", "male"),
    ("constantly checking the door is locked and the oven off, takes me 40 min to leave the house. 27, non binary. OCD?",
     "psychiatry", "20~29", "other"),

    # pulmonology
    ("asthma getting worse despite using my preventer, using blue inhaler 4 times a day now, 35 f, no infection. is there a next step",
     "pulmonology", "30~39", "female"),
    ("got told i have COPD at 64, smoker 40 yrs, i get breathless on stairs. is pulmonary rehab worth it and do i need oxygen",
     "pulmonology", "60~69", "undisclosed"),
    ("snore loud and stop breathing at night says my wife, so tired in the day i fall asleep in meetings. 49 m. sleep apnoea test how",
     "pulmonology", "40~49", "male"),
    ("CT after a chest infection found a 6mm nodule on my lung, 56 f, ex smoker. they want to rescan in 6 months. should I push for a biopsy",
     "pulmonology", "50~59", "female"),

    # rehabilitation
    ("mum had a stroke 6 weeks ago, now home, 76, right arm still weak and she cant do buttons. how do we get more physio and OT",
     "rehabilitation", "70~79", "female"),
    ("broke my ankle in 2 places in March, plate and screws, cast off now, still limping and stiff. 41 m. what exercises should i be doing",
     "rehabilitation", "40~49", "male"),
    ("knee replacement 3 weeks ago, 68, can only bend it to 80 degrees. physio says push harder but it hurts. is that on track",
     "rehabilitation", "60~69", "undisclosed"),
    ("after my motorbike crash last year (tbi, 3 wks in hospital) i'm 24 and still get tired and forgetful. is there a brain injury rehab program i can ask for",
     "rehabilitation", "20~29", "undisclosed"),

    # rheumatology
    ("swollen painful knuckles in both hands, stiff for over an hour every morning, 39 f, blood test rheumatoid factor positive. what next",
     "rheumatology", "30~39", "female"),
    ("lower back pain and stiffness worse in the mornings and better with exercise, 26 m, had it years. someone said ankylosing spondylitis?",
     "rheumatology", "20~29", "male"),
    ("lupus diagnosed last year, 31 f, on hydroxychloroquine. joint pain flaring again and a rash on my cheeks. should the dose go up",
     "rheumatology", "30~39", "female"),
    ("pain and stiffness in both shoulders and hips, can barely get out of bed in the morning, came on over a few weeks, 72. CRP 58",
     "rheumatology", "70~79", "undisclosed"),

    # urology
    ("getting up 4 times a night to pee and the flow is weak and stop start, 66 m. PSA was normal. enlarged prostate?",
     "urology", "60~69", "male"),
    ("had a kidney stone pass last year and now a dull ache on the same side again, 44 m. scan showed another 5mm one. will it pass",
     "urology", "40~49", "male"),
    ("leaking a bit when i cough or laugh since my second baby, 37 f. pelvic floor exercises only help a little. surgery?",
     "urology", "30~39", "female"),
    ("want a vasectomy, 39, two kids, done. how do i get one and does it hurt",
     "urology", "30~39", "male"),

    # nutrition
    ("I want to go vegan but worried about getting enough protein and b12, 25 f, go to the gym 4 times a week. what should a day look like",
     "nutrition", "20~29", "female"),
    ("dad (70) has lost his appetite since his wife passed, lost 5kg, only eats toast and tea. what easy foods can i get him to eat to keep weight on",
     "nutrition", "70~79", "male"),
    ("just diagnosed coeliac at 33, what can i actually eat? the gp gave me a leaflet and thats it",
     "nutrition", "30~39", "undisclosed"),
    ("trying to lower my cholesterol with diet before they make me take statins, 5.9 total, 47 m. which foods actually work",
     "nutrition", "40~49", "male"),
]
