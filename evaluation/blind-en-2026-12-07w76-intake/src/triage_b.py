from helpers import T

ITEMS = [
    # obstetrics-gynecology
    T("Periods every 2 weeks for the last 4 months, heavy, 44F. Scan says 'endometrium 14mm'. Is this perimenopause or do I need a biopsy?", "obstetrics-gynecology", "40~49", "female"),
    T("12 weeks pregnant with first baby, 31. Scan letter says NT 3.2mm and combined screening 'higher chance 1 in 90'. What are my options now?", "obstetrics-gynecology", "30~39", "female"),
    T("PCOS diagnosed at 19, now 26 and trying to conceive for a year, irregular cycles. Do I start with letrozole or clomid? who prescribes", "obstetrics-gynecology", "20~29", "female"),
    T("Bit of a heavy feeling down below and something bulging when I stand a long time, 67, had 3 big babies. Prolapse? Pessary or surgery?", "obstetrics-gynecology", "60~69", "female"),
    # ophthalmology
    T("Optician says early cataracts both eyes, 72, night driving is getting hard with glare. When is it 'bad enough' for the operation?", "ophthalmology", "70~79", "undisclosed"),
    T("eye pressure 26 and 27 at my eye test, optic nerves 'look fine'. 55M, dad had glaucoma. Do I need drops?", "ophthalmology", "50~59", "male"),
    T("Contact lens wearer, 24, red sore left eye for 3 days, blurry and light hurts. I slept in them. Stopped wearing them now. Where should I go?", "ophthalmology", "20~29", "undisclosed"),
    T("Diabetic eye screening letter: 'background retinopathy both eyes, R1M0'. I'm 48 and female. Is my sight in danger? What changes do I make?", "ophthalmology", "40~49", "female"),
    # orthopedics
    T("Knee x-ray report: 'moderate medial compartment OA, joint space narrowing'. 63F. Injections helped 3 months only. Is it time to talk replacement?", "orthopedics", "60~69", "female"),
    T("rolled my ankle at netball 6 weeks ago, still swells up and feels like it'll give way. 21F. Ligament tear? Who scans it?", "orthopedics", "20~29", "female"),
    T("Bunion on my right foot getting bigger, shoes hurt, 57 yo. Podiatrist says surgery is the only fix. What's recovery like?", "orthopedics", "50~59", "undisclosed"),
    T("I'm a 35 year old bloke, shoulder keeps dislocating — 4 times now since a rugby tackle. Goes back in itself. Do I need an op to stabilise it?", "orthopedics", "30~39", "male"),
    # otolaryngology
    T("Hoarse voice for 7 weeks now, 59, smoker for 40 years. No cold. GP says 'probably reflux'. Shouldn't someone look at my voice box?", "otolaryngology", "50~59", "undisclosed"),
    T("Nose always blocked on the right side, 40M, can't breathe through it at night. Had it broken boxing years ago. Deviated septum? Who fixes that?", "otolaryngology", "40~49", "male"),
    T("my 6 yr old has had glue ear for a year, failed hearing test twice, speech a bit behind. Grommets?", "otolaryngology", "0~9", "undisclosed"),
    T("Tonsil stones constantly + bad breath + 5 tonsillitis this year. 27 year old woman. Will they take my tonsils out as an adult?", "otolaryngology", "20~29", "female"),
    # pediatrics
    T("My 18 month old has had 3 colds in a row since starting nursery, runny nose constantly, cough at night, eating ok. Is this normal or is her immune system weak?", "pediatrics", "0~9", "female"),
    T("4 year old son, tummy aches most mornings before preschool, fine at weekends. Poos normal. Worth a check?", "pediatrics", "0~9", "male"),
    T("Baby is 7 months and hasn't rolled over yet, sits with support. Health visitor not worried but I am. When should milestones worry me?", "pediatrics", "0~9", "undisclosed"),
    T("My 9 yo has a slight temp 37.9 and a sore throat and says her ears feel funny. Drinking fine, playing. Does she need to be seen or just calpol and rest?", "pediatrics", "0~9", "female"),
    # psychiatry
    T("I'm 34 and have been on sertraline 150mg for 2 years. Still low most days, no energy. GP has run out of ideas. Can I be referred for a psychiatrist review? Not in crisis, just stuck.", "psychiatry", "30~39", "undisclosed"),
    T("My 19 year old son barely eats, weighs himself 10 times a day, and runs twice a day. Lost 12kg. He denies anything's wrong. Eating disorder in boys?", "psychiatry", "10~19", "male"),
    T("Adult ADHD assessment - 41F, always lose things, can't finish tasks, my son was just diagnosed and it's like reading about myself. How do I get assessed?", "psychiatry", "40~49", "female"),
    T("Checklist of what my grandad (78) is doing: hoarding newspapers, says the neighbours are spying on him, not sleeping. No memory problems really. Late onset psychosis?", "psychiatry", "70~79", "male"),
    # pulmonology
    T("spirometry: FEV1/FVC 0.65, post-bronchodilator no change. 61, smoked 30 yrs. Breathless on one flight of stairs. What inhaler regime is best?", "pulmonology", "60~69", "undisclosed"),
    T("CT said 'bronchiectasis lower lobes'. 52F. I cough up green stuff every morning, 3-4 chest infections a year. Is there physio for this? Long term antibiotics?", "pulmonology", "50~59", "female"),
    T("Dry cough and getting breathless walking the dog over the last year, crackles at the bases the GP said. 70 year old man. Worried about lung fibrosis.", "pulmonology", "70~79", "male"),
    T("Asthma not controlled on Fostair 2 puffs twice daily, using Ventolin most days, 2 courses of prednisolone this winter. 29. Biologics?", "pulmonology", "20~29", "undisclosed"),
    # rehabilitation
    T("Husband, 66, had a stroke 3 months ago, right arm still weak, can't grip a cup. Hospital physio finished. How do we get more rehab?", "rehabilitation", "60~69", "male"),
    T("ACL reconstruction 5 weeks ago, 24F. Can't straighten my knee fully yet. Physio sessions only every 2 weeks. What exercises should I be doing at home?", "rehabilitation", "20~29", "female"),
    T("I'm 45, back at work after a car accident (broken pelvis, 4 months ago). Still walking with a stick, get exhausted. Is a structured rehab programme available?", "rehabilitation", "40~49", "undisclosed"),
    T("Mum (84) broke her hip in January, had it pinned. Now at home but scared to walk, uses a frame, won't go out. Any rehab or falls programme?", "rehabilitation", "80+", "female"),
    # rheumatology
    T("Morning stiffness in my hands for over an hour, knuckles swollen both sides, 38F. RF negative, anti-CCP positive. Rheumatoid? Methotrexate?", "rheumatology", "30~39", "female"),
    T("Low back pain and stiffness for years, worse in morning, better with exercise, 27M. HLA-B27 positive. Ankylosing spondylitis?", "rheumatology", "20~29", "male"),
    T("Shoulders and hips so stiff I can't get out of bed in the mornings, 73 yo. CRP 48. GP thinks polymyalgia. Steroids for how long?", "rheumatology", "70~79", "undisclosed"),
    T("teenage daughter (13) has had a swollen knee for 8 weeks, no injury, limps in the morning. blood tests 'ANA positive'. juvenile arthritis?", "rheumatology", "10~19", "female"),
    # urology
    T("PSA 6.2, was 4.1 last year. 66M. Prostate felt 'slightly enlarged' but smooth. MRI next? or biopsy straight away?", "urology", "60~69", "male"),
    T("Kidney stones 3 times in 2 years, 44, last one 7mm passed on its own. How do I stop them coming back? Who does the stone analysis?", "urology", "40~49", "undisclosed"),
    T("Passed pink wee twice this week, no pain, no burning, not on my period. 36F, I smoke. Urine test negative for infection. GP mentioned a camera test of the bladder, who does that?", "urology", "30~39", "female"),
    T("Weak stream, getting up 3 times a night, feel like i haven't finished. 58 year old male. tamsulosin made me dizzy. other options?", "urology", "50~59", "male"),
    # nutrition
    T("Just diagnosed coeliac at 32. Where do I even start with gluten free eating, and do I need supplements? Female, vegetarian already.", "nutrition", "30~39", "female"),
    T("Training for an ultramarathon, 47M. How many carbs per hour on long runs, and should I take salt tablets?", "nutrition", "40~49", "male"),
    T("My dad is 80 and has lost his appetite, eats like a bird, lost 5kg since summer. GP found nothing serious. What can we add to his food to keep his weight up?", "nutrition", "80+", "male"),
    T("16 yo, want to go vegetarian but my parents think I'll be anaemic. What do I need to eat to get enough iron and protein?", "nutrition", "10~19", "undisclosed"),
]
