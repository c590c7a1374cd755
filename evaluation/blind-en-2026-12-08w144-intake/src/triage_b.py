# Triage items, part B (written by hand, writer 144). (text, department, age_range, gender)
ITEMS = [
    # obstetrics-gynecology
    ("I'm 8 weeks pregnant with my first, 28 years old, and I haven't heard from the midwife yet. How do I book in?", "obstetrics-gynecology", "20~29", "female"),
    ("Periods have become really heavy, flooding through pads at night, and they last 10 days. I'm 46. Could it be fibroids?", "obstetrics-gynecology", "40~49", "female"),
    ("Post-menopausal spotting, only once, a bit of pink on the tissue last week. I'm 62. I know it should be checked. Who do I see?", "obstetrics-gynecology", "60~69", "female"),
    ("We've been trying for a baby for 18 months with no luck. I'm 34 and my periods are regular. Can I get fertility tests started?", "obstetrics-gynecology", "30~39", "female"),
    # ophthalmology
    ("My vision's gone a bit cloudy and I'm dazzled by headlights driving at night. The optician says cataracts. I'm 76. How do I get them done?", "ophthalmology", "70~79", "undisclosed"),
    ("Got a few new floaters in my left eye over the last month, no flashes, no curtain. I'm short-sighted and 54. The optician said to ask about a retina check in the next week or so.", "ophthalmology", "50~59", "undisclosed"),
    ("My eyelids are red and crusty every morning and my eyes feel gritty. I'm a 39 year old woman. Blepharitis?", "ophthalmology", "30~39", "female"),
    ("Optician found raised eye pressure, 26 in both eyes, at my routine test. Dad had glaucoma. I'm 58, male. What happens now?", "ophthalmology", "50~59", "male"),
    # orthopedics
    ("My knee locks and gives way since I twisted it playing football in the spring. Swells after games. 21 year old lad. Cartilage?", "orthopedics", "20~29", "male"),
    ("Hip pain getting worse for two years, now I can't put my socks on and it wakes me at night. I'm 69, female. X-ray showed severe arthritis.", "orthopedics", "60~69", "female"),
    ("Pain on the outside of my elbow when I grip things, lifting the kettle is agony. Tennis elbow? 45, plasterer, bloke.", "orthopedics", "40~49", "male"),
    ("My bunion has got so big I can't find shoes that fit. I'm 57 and a woman. Can it be operated on?", "orthopedics", "50~59", "female"),
    # otolaryngology
    ("Constant ringing in my right ear only and the hearing seems duller on that side for a few months. I'm 50. Do I need a scan?", "otolaryngology", "50~59", "undisclosed"),
    ("My voice has been hoarse for 5 weeks now, no cold. I'm a 66 year old man and an ex-smoker.", "otolaryngology", "60~69", "male"),
    ("Tonsillitis six times this year, missed loads of college. I'm 17, girl. Can I get my tonsils out?", "otolaryngology", "10~19", "female"),
    ("Blocked nose on one side for a year, lost my sense of smell, nasal sprays haven't helped. I'm 42. Polyps?", "otolaryngology", "40~49", "undisclosed"),
    # pediatrics
    ("My 3 year old daughter has had a cough and runny nose for a week, she's eating and drinking, bit whingy. Temperature 37.9 last night. Does she need to be seen?", "pediatrics", "0~9", "female"),
    ("My son is 5 and still wets the bed most nights. He's dry in the day. Is this something the doctor can help with?", "pediatrics", "0~9", "male"),
    ("Our 18 month old boy isn't saying any words yet, just babbles. He points and understands. Health visitor said to wait. Should we?", "pediatrics", "0~9", "male"),
    ("My 7 year old keeps getting tummy aches before school, eats fine, normal poos. GP said maybe stress. Could it be something else?", "pediatrics", "0~9", "undisclosed"),
    # psychiatry
    ("I've felt low for months, no interest in anything, sleeping badly. I'm 36, a man. Not in any danger, I just want help. Can I get talking therapy or tablets?", "psychiatry", "30~39", "male"),
    ("Panic attacks in supermarkets, I've started avoiding going out. 24, woman. They've been getting more frequent since Christmas.", "psychiatry", "20~29", "female"),
    ("I think I might have ADHD. Always been disorganised, lose jobs, can't focus. I'm 41. How do I get assessed as an adult?", "psychiatry", "40~49", "undisclosed"),
    ("My dad, 78, has been seeing people in the house who aren't there and he's convinced the neighbours are stealing his post. He's got no dementia diagnosis. Where do we start?", "psychiatry", "70~79", "male"),
    # pulmonology
    ("Smoker's cough for years but now I'm short of breath walking up a slight hill. I'm 63 and female. COPD?", "pulmonology", "60~69", "female"),
    ("Asthma since childhood but for the last year my inhalers aren't controlling it, using blue one daily. I'm 33, man.", "pulmonology", "30~39", "male"),
    ("CT scan found a 6mm nodule in my lung by accident when they were looking at my kidneys. I'm 59. The letter says follow-up scan. Is that standard?", "pulmonology", "50~59", "undisclosed"),
    ("I snore loudly, stop breathing in my sleep according to my wife, and I nod off in meetings. I'm 48 and overweight. Can I get a sleep study?", "pulmonology", "40~49", "male"),
    # rehabilitation
    ("Mum had a stroke 6 weeks ago, she's home now but her left arm is weak and she struggles with buttons. She's 81. How do we get more physio?", "rehabilitation", "80+", "female"),
    ("Broke my ankle in January, out of the cast now, but it's stiff and I limp. I'm 39, female. Can I be referred to physio?", "rehabilitation", "30~39", "female"),
    ("After my knee replacement 3 months ago I still can't bend past 90 degrees. I'm 71. Is more rehab possible?", "rehabilitation", "70~79", "undisclosed"),
    ("My son is 19 and recovering from a brain injury after a motorbike accident last year. Memory and balance are poor. Is there a rehab programme he can join?", "rehabilitation", "10~19", "male"),
    # rheumatology
    ("Swollen painful knuckles on both hands, stiff for over an hour each morning. 44, female. Blood test showed positive rheumatoid factor.", "rheumatology", "40~49", "female"),
    ("Aching shoulders and hips, can barely get out of bed in the morning, started suddenly a month ago. I'm 72. Polymyalgia?", "rheumatology", "70~79", "undisclosed"),
    ("Lower back stiffness that's worse in the morning and better with exercise, for about 2 years. I'm 26, male. My uncle had ankylosing spondylitis.", "rheumatology", "20~29", "male"),
    ("I'm 15 and I've had a swollen knee for 2 months with no injury, and sometimes my ankle too. My mum is typing this with me. I'm a girl.", "rheumatology", "10~19", "female"),
    # urology
    ("Up 3 or 4 times a night to wee, weak stream, feel like I haven't emptied. 68 year old man. Prostate?", "urology", "60~69", "male"),
    ("I've had kidney stones twice now, the last one took ages to pass. I'm 38 and a man. Is there anything to stop them coming back?", "urology", "30~39", "male"),
    ("I leak when I cough or sneeze, and it's getting worse since my third baby. I'm 41. Pelvic floor exercises haven't done much.", "urology", "40~49", "female"),
    ("Saw a bit of blood in my urine twice last week, no pain. I'm 57, smoker. The GP is referring me. What tests will they do?", "urology", "50~59", "undisclosed"),
    # nutrition
    ("I've just gone vegan and want to make sure I'm getting enough protein, iron and B12. I'm 22 and female. Can I get advice on a balanced diet?", "nutrition", "20~29", "female"),
    ("My 10 year old son is only eating beige food - chips, crackers, plain pasta. What can we do to get more variety in his diet?", "nutrition", "10~19", "male"),
    ("Recently diagnosed with coeliac disease. I'm 55. I need help planning meals that are gluten free and not boring.", "nutrition", "50~59", "undisclosed"),
    ("I'm 84 and since my husband died I don't really bother cooking. I've lost a bit of weight. My daughter wants me to ask what I should be eating.", "nutrition", "80+", "female"),
]
