# Writer 65 - triage items, file B. Each item: (text, department, age_range, gender)

ITEMS = [
    # obstetrics-gynecology
    ("Dear Doctor, I am 71 and went through the change at 52. This week I have noticed some light spotting of blood from down below, twice. No pain. I thought that was all finished with. "
     "Should I be seen?", "obstetrics-gynecology", "70~79", "female"),
    ("I'm 78 and I can feel something bulging down below, like a ball, especially at the end of the day. It's uncomfortable when I walk. I had four children. My GP says prolapse.",
     "obstetrics-gynecology", "70~79", "female"),
    ("My granddaughter, 32, is 20 weeks pregnant with her first and has been told the baby is lying low and her cervix is short on the scan. What does that mean for her?", "obstetrics-gynecology", "30~39", "female"),
    ("im 47 and my periods have gone really heavy, flooding through pads in an hour on the worst days, and closer together. I'm exhausted. scan showed fibroids.", "obstetrics-gynecology", "40~49", "female"),

    # ophthalmology
    ("I'm 80 and over the last six months straight lines like door frames look wavy with my right eye, and there's a smudge in the middle when I read. My left eye is fine. The optician mentioned macular degeneration.",
     "ophthalmology", "80+", "undisclosed"),
    ("My husband, 73, had his eye pressure measured at the optician and it was 28 in both eyes. They said possible glaucoma and to see the eye hospital. He has no symptoms. Is it urgent?",
     "ophthalmology", "70~79", "male"),
    ("Dear Doctor, my eyesight has gone gradually misty over two years, especially driving at night with glare from headlights. I'm 76. The optician says cataracts. When should they be done?",
     "ophthalmology", "70~79", "undisclosed"),
    ("My eyes are constantly gritty and watery, worse in the wind. I'm 68, female. I use drops from the chemist four times a day. Is there anything better?", "ophthalmology", "60~69", "female"),

    # orthopedics
    ("I'm 74 and my right hip has been getting worse for three years; now I can't put my socks on and I limp after 10 minutes. The x-ray says severe arthritis. I'd like to talk about a replacement.",
     "orthopedics", "70~79", "undisclosed"),
    ("My wife, 81, had a knee replacement 6 years ago and now it's become painful and feels unstable when she goes down stairs. No fever. Who should she see?", "orthopedics", "80+", "female"),
    ("Dear Sir, I have pain at the side of my shoulder when I lift my arm above my head or reach behind my back, for four months. I'm 63, a retired plasterer. I can't sleep on that side.",
     "orthopedics", "60~69", "male"),
    ("I have a bunion on my left foot that is now so big I can't get into shoes, and my second toe is crossing over. I'm 70, female. Is an operation the only answer?", "orthopedics", "70~79", "female"),

    # otolaryngology
    ("My hearing has gone down in my left ear only, over a few months, with a hissing noise in it. The right ear is fine. I'm 67. The hearing test at the audiology shop was lopsided and they told me to see a specialist.",
     "otolaryngology", "60~69", "undisclosed"),
    ("My husband, 79, has had a hoarse voice for 2 months, no cold. He smoked for 40 years but stopped in 2000. The GP wants him to have his voice box looked at.", "otolaryngology", "70~79", "male"),
    ("Blocked nose on one side for months, can't smell properly, and yellow stuff at the back of my throat. Steroid spray from the GP hasn't helped. I'm 58 and non-binary, if your form asks.", "otolaryngology", "50~59", "other"),
    ("Dear Doctor, I get spinning dizziness when I roll over in bed or look up to the top shelf, lasting less than a minute. I'm a woman of 72. Is this the inner ear?", "otolaryngology", "70~79", "female"),

    # pediatrics
    ("I'm writing about my grandson who is 4 and staying with us for the summer. He has had a runny nose and a cough for a week, is eating less but still playing. No high temperature. His mum asked me to check. What can we give him?",
     "pediatrics", "0~9", "male"),
    ("Our granddaughter, 7, has had a tummy ache on and off for two months, usually before school. She's growing fine. Her parents are worried. Who should they see?", "pediatrics", "0~9", "female"),
    ("My great-grandson is 18 months and isn't walking yet, though he crawls and pulls himself up. His mother was late too. Should we be worried?", "pediatrics", "0~9", "male"),
    ("My 8-year-old granddaughter keeps getting ear infections, five this year. She seems to have trouble hearing in class. Her parents are asking if she needs grommets, and who to see first.",
     "pediatrics", "0~9", "female"),

    # psychiatry
    ("Since my wife died last year I have not been able to sleep or enjoy anything, and I've stopped going to the bowls club. I'm 79. I'm not going to harm myself, but I don't see the point of much. "
     "My GP suggested talking to someone.", "psychiatry", "70~79", "male"),
    ("My mother, 83, has become convinced the neighbours are coming in at night and moving her things. She's otherwise sharp. The GP checked her urine and bloods, all fine. What could this be?",
     "psychiatry", "80+", "female"),
    ("I've had anxiety all my life but since retiring at 66 it's been constant - racing thoughts, tight stomach, waking at 4am with dread. I've tried sertraline before. What else is there?",
     "psychiatry", "60~69", "undisclosed"),
    ("My grandson is 17 and since his exams he's been hearing voices and not leaving his room for months, hardly eating, saying people on the telly are talking about him. "
     "He won't see the GP. I'm 70 and his legal guardian. How do we get him help?", "psychiatry", "10~19", "male"),

    # pulmonology
    ("Dear Doctor, I am 77 and an ex-smoker. I get breathless walking up the slight hill to the post office and I cough up phlegm every morning. The GP did a blowing test and says COPD. Who should manage it?",
     "pulmonology", "70~79", "undisclosed"),
    ("My husband, 82, has been told he has lung fibrosis after his CT scan. He has a dry cough and gets breathless. He used to work with asbestos. What happens now?", "pulmonology", "80+", "male"),
    ("I've had asthma since childhood but at 63 it's getting worse despite my brown and blue inhalers. I'm waking at night wheezing twice a week.", "pulmonology", "60~69", "undisclosed"),
    ("A nodule, 7mm, was found on my lung when I had a scan for my kidney. I'm 70, female, never smoked. They want to repeat the scan in 3 months. Should I see a chest specialist now?",
     "pulmonology", "70~79", "female"),

    # rehabilitation
    ("My husband had a stroke in March and came home last month. He's 76. His left arm and leg are weak and he walks with a stick. The hospital physio stopped when he came home. How do we get more therapy?",
     "rehabilitation", "70~79", "male"),
    ("I'm 81 and had a hip replacement 6 weeks ago after a fall. I can walk with a frame but I'm nervous on the stairs. I'd like help getting my strength and confidence back.", "rehabilitation", "80+", "undisclosed"),
    ("Dear Doctor, my wife broke her ankle in January and had it plated. The cast is off but she's 68 and still limping badly and the ankle is stiff. Physio?", "rehabilitation", "60~69", "female"),
    ("After my heart bypass in October I was offered a cardiac rehab class but I missed it because of the snow. I'm 72. Can I still join one?", "rehabilitation", "70~79", "undisclosed"),

    # rheumatology
    ("My fingers have become swollen and stiff in the mornings for over an hour, both hands, the knuckles and middle joints. I'm 64, female. The GP found a positive rheumatoid factor.",
     "rheumatology", "60~69", "female"),
    ("I'm 70 and for six weeks my shoulders and hips have been so stiff in the mornings I can hardly get out of bed. My blood tests showed inflammation. The GP wonders about polymyalgia.",
     "rheumatology", "70~79", "undisclosed"),
    ("My husband, 66, has had gout in both feet and now his knee, three attacks this year, and a lump on his elbow. Allopurinol was started but he's still flaring. Who can help?", "rheumatology", "60~69", "male"),
    ("Dear Doctor, I have psoriasis and now my fingers and toes are swelling up like sausages and my lower back is stiff. I'm 48, male.", "rheumatology", "40~49", "male"),

    # urology
    ("I'm 76 and get up five times a night to pass water, with a weak stream and dribbling after. My PSA was 3.1. The tablets from the GP (tamsulosin) made me dizzy.", "urology", "70~79", "male"),
    ("My wife, 74, has had four bladder infections this year, each treated with antibiotics. Her GP wants a specialist opinion. Is that the kidney or the bladder doctor?", "urology", "70~79", "female"),
    ("Dear Doctor, I have had a kidney stone before and now I have a dull ache in my right side again and a CT shows a 6mm stone sitting in the kidney. No fever, pain is manageable. I'm 55.",
     "urology", "50~59", "undisclosed"),
    ("I'm 80, male, and I leak urine when I cough or stand up since my prostate operation last year. Pads every day. Is there anything that can be done?", "urology", "80+", "male"),

    # nutrition
    ("Dear Doctor, my husband is 84 and since I went into hospital in the spring he has been living on tea and biscuits at home. He's lost weight and I worry he's not eating properly. "
     "What should a man of his age be eating each day?", "nutrition", "80+", "male"),
    ("I've just been told I'm prediabetic at 61. I want to change my diet rather than take tablets. What should I cut down and what can I eat more of?", "nutrition", "60~69", "undisclosed"),
    ("My mother is 90 and has lost her appetite. She eats like a bird. Her doctor said to fortify her food. What does that mean and what can I add?", "nutrition", "80+", "female"),
    ("Hello, I've been diagnosed with coeliac disease at 70, would you believe. I'm finding gluten-free eating very confusing. Can you help me plan meals?", "nutrition", "70~79", "undisclosed"),
]
