# Triage items, part B (hand-written, writer 134). (text, department, age_range, gender)
ITEMS = [
    # obstetrics-gynecology
    ("I'm 32 and just got a positive pregnancy test. My last period was about six weeks ago. When should I schedule "
     "my first prenatal visit?", "obstetrics-gynecology", "30~39", "female"),
    ("My periods have gotten really heavy over the last year, soaking a pad every two hours on the worst days. I'm "
     "44. My doctor felt something on exam and said possibly fibroids.", "obstetrics-gynecology", "40~49",
     "female"),
    ("I'm 23 and want to switch from the pill to an IUD. Which kind is best if I might want kids in three or four "
     "years?", "obstetrics-gynecology", "20~29", "female"),
    ("My Pap smear came back abnormal, ASC-US with positive HPV. I'm 38. The letter says I need a colposcopy. "
     "What is that?", "obstetrics-gynecology", "30~39", "female"),
    # ophthalmology
    ("I'm 66 and my vision has gotten cloudy, especially driving at night with headlight glare. My optometrist "
     "said I have cataracts and should see a surgeon.", "ophthalmology", "60~69", "undisclosed"),
    ("My eye pressure was high at my eye exam, 26 in both eyes. I'm 55 and my father had glaucoma. What tests do "
     "I need?", "ophthalmology", "50~59", "undisclosed"),
    ("I'm a 41 year old diabetic and haven't had a dilated eye exam in years. My vision seems fine. Do I still "
     "need one?", "ophthalmology", "40~49", "undisclosed"),
    ("My wife is 73 and her eye doctor said she has wet macular degeneration in one eye and needs injections. "
     "How often are those?", "ophthalmology", "70~79", "female"),
    # orthopedics
    ("I'm 58 and my right knee has been aching for two years, worse on stairs. X-rays show arthritis. The gel "
     "shots aren't helping anymore. Am I a candidate for a replacement?", "orthopedics", "50~59", "undisclosed"),
    ("My son is 14 and broke his wrist at the skate park. It's in a cast from urgent care and they said to follow "
     "up with a bone doctor this week.", "orthopedics", "10~19", "male"),
    ("I'm a 45 year old woman and my shoulder has gotten so stiff over three months I can't reach behind my back "
     "or fasten my bra. Frozen shoulder?", "orthopedics", "40~49", "female"),
    ("I rolled my ankle playing pickup basketball two weeks ago. It's still swollen and wobbly when I walk on "
     "uneven ground. I'm a 31 year old guy.", "orthopedics", "30~39", "male"),
    # otolaryngology
    ("I've had sinus infections five times this year and I'm always stuffed up on one side. I'm 36. Could I have "
     "a deviated septum or polyps?", "otolaryngology", "30~39", "undisclosed"),
    ("My husband is 64 and his hearing has gotten bad, he turns the TV up loud and misses half of what I say. "
     "Where does he get a hearing test?", "otolaryngology", "60~69", "male"),
    ("I'm a 50 year old woman and I've had a lump in my neck just under my jaw for six weeks. It doesn't hurt. "
     "No cold or sore throat.", "otolaryngology", "50~59", "female"),
    ("I'm 27 and get dizzy spells when I roll over in bed, the room spins for about 30 seconds. It's been "
     "happening for a week.", "otolaryngology", "20~29", "undisclosed"),
    # pediatrics
    ("My 3 year old daughter has had a runny nose and cough for five days and now a low fever of 100.8. She's "
     "eating less but drinking fine and playing.", "pediatrics", "0~9", "female"),
    ("My son is 18 months old and I'd like to schedule his well-child check and the vaccines he's due for.",
     "pediatrics", "0~9", "male"),
    ("My 6 year old has been complaining of tummy aches on and off for a few weeks, mostly before school. He's "
     "eating okay and no fever.", "pediatrics", "0~9", "male"),
    ("My 11 year old has had a sore throat and stomach ache since yesterday with a fever of 101. Her sister had "
     "strep last week.", "pediatrics", "10~19", "female"),
    # psychiatry
    ("I'm 34 and I've been dealing with anxiety for years. Therapy helps some but I think I need to talk to "
     "someone about medication.", "psychiatry", "30~39", "undisclosed"),
    ("My husband is 46 and has been really down since he lost his job in the spring. He sleeps all day and isn't "
     "interested in anything. He's not talking about hurting himself but I'm worried.", "psychiatry", "40~49",
     "male"),
    ("I'm a 20 year old college student and I think I might have ADHD. I can't focus in lectures and I'm always "
     "behind. How do I get evaluated as an adult?", "psychiatry", "20~29", "undisclosed"),
    ("I'm nonbinary, 25, and have been on Zoloft for a year for depression. I'd like a medication review because I "
     "feel numb all the time.", "psychiatry", "20~29", "other"),
    # pulmonology
    ("I'm 67 and smoked for 40 years. I quit five years ago but I get short of breath walking to the mailbox and "
     "cough up phlegm every morning. I think it might be COPD.", "pulmonology", "60~69", "undisclosed"),
    ("My asthma has gotten worse since I moved, I'm using my albuterol every day now. I'm a 29 year old woman.",
     "pulmonology", "20~29", "female"),
    ("A CT scan for something else found a 7 mm nodule in my right lung. I'm 53 and a former smoker. What "
     "happens now?", "pulmonology", "50~59", "undisclosed"),
    ("My dad is 72 and has had a dry cough for a year and his breathing is getting worse. They mentioned scarring "
     "on his chest x-ray, possibly pulmonary fibrosis.", "pulmonology", "70~79", "male"),
    # rehabilitation
    ("My mother had a stroke two months ago and she's 76. Her right arm is still weak and she needs help getting "
     "dressed. The hospital said she could do outpatient therapy. How do we set that up?", "rehabilitation",
     "70~79", "female"),
    ("I'm 42 and had ACL reconstruction six weeks ago. The PT place I was going to closed. I need to continue "
     "physical therapy somewhere.", "rehabilitation", "40~49", "undisclosed"),
    ("My husband is 59 and fell off a ladder last year and broke his hip. It healed but he still limps and can't "
     "walk far. Would more therapy help at this point?", "rehabilitation", "50~59", "male"),
    ("My son is 17 and had a concussion in football a month ago. The headaches are better but he still gets "
     "dizzy when he runs. The doctor mentioned vestibular therapy.", "rehabilitation", "10~19", "male"),
    # rheumatology
    ("I'm a 39 year old woman and my fingers are swollen and stiff every morning for over an hour. My knuckles "
     "hurt. My mom had rheumatoid arthritis.", "rheumatology", "30~39", "female"),
    ("My ANA came back positive and I have a rash on my cheeks when I go in the sun, plus joint pain. I'm 27. "
     "My doctor wants me to see a specialist for lupus.", "rheumatology", "20~29", "undisclosed"),
    ("I'm 73 and have had pain and stiffness in both shoulders and hips for a month, so bad I can barely get out "
     "of a chair in the morning. My sed rate was high.", "rheumatology", "70~79", "undisclosed"),
    ("My husband is 48 and has had gout attacks in his big toe four times this year. His uric acid is 9. Does "
     "he need to be on a daily medication?", "rheumatology", "40~49", "male"),
    # urology
    ("I'm a 64 year old man and I get up four or five times a night to pee and my stream is weak. My PSA was "
     "normal last year.", "urology", "60~69", "male"),
    ("I've had three kidney stones in two years and I'm only 35. I'd like to find out why and how to prevent "
     "them.", "urology", "30~39", "undisclosed"),
    ("My husband is 52 and has had trouble with erections for about a year. He's embarrassed to ask. Viagra "
     "works sometimes. Who should he see?", "urology", "50~59", "male"),
    ("I'm 68 and leak urine when I cough or sneeze, and it's getting worse. I've done the exercises. Are there "
     "procedures for women for this?", "urology", "60~69", "female"),
    # nutrition
    ("I was just told I'm prediabetic at 47. I'd like help with a meal plan that I'll actually stick to. I love "
     "bread and pasta.", "nutrition", "40~49", "undisclosed"),
    ("My daughter is 13 and just decided to go vegan. How do I make sure she gets enough protein and iron while "
     "she's growing?", "nutrition", "10~19", "female"),
    ("My husband is 70 and his kidney doctor said to watch potassium and phosphorus. I do all the cooking and "
     "I have no idea what that means for our meals.", "nutrition", "70~79", "male"),
    ("I'm 30 and trying to lose about 40 pounds. I'd like to talk with a dietitian about what a realistic eating "
     "plan looks like. Does my insurance cover that?", "nutrition", "30~39", "undisclosed"),
]
