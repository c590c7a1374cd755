# Writer 61 - triage items, file a. (text, department, age_range, gender)

ITEMS = [
    # cardiology
    (
        "I'm 58, a woman, and for about two months my heart does flip-flops in the evening, like it skips then thumps "
        "hard. No chest pain, no fainting. My smartwatch said 'possible AFib' twice. Who should I see about this?",
        "cardiology", "50~59", "female",
    ),
    (
        "my dad is 74 and his cardiologist heard a murmur, echo says aortic stenosis moderate. he gets winded on stairs "
        "more lately. when do they replace the valve? he's stubborn",
        "cardiology", "70~79", "male",
    ),
    (
        "Total cholesterol 290, LDL 205 at age 33. My father had a bypass at 45. I exercise and eat ok. Do I need a "
        "specialist for familial hypercholesterolemia or just a statin?",
        "cardiology", "30~39", "undisclosed",
    ),
    (
        "Dear doctor, I am a 66 year old man with a pacemaker put in 2 years ago. Lately I feel my pulse is slow and "
        "I'm tired walking to the mailbox. Could the pacemaker need adjusting?",
        "cardiology", "60~69", "male",
    ),
    # dentistry
    (
        "back tooth bottom left hurts when I drink cold stuff, like a zing that goes away in a few secs. 27f. "
        "cavity or sensitive teeth?",
        "dentistry", "20~29", "female",
    ),
    (
        "My gums bleed every time I brush and my breath is bad even after mouthwash. I'm 45 and haven't seen a dentist "
        "in maybe 8 years (no dental insurance). Is it too late to save my teeth?",
        "dentistry", "40~49", "undisclosed",
    ),
    (
        "I'm 19, male, and my wisdom teeth are coming in sideways I think, the gum at the back is swollen and it hurts "
        "to open my mouth all the way. Do they all need to come out?",
        "dentistry", "10~19", "male",
    ),
    (
        "My dentures don't fit anymore since I lost weight, they click and slip when I eat and there's a sore spot on "
        "my gum. I'm an 81 year old grandmother. Can they be relined?",
        "dentistry", "80+", "female",
    ),
    # dermatology
    (
        "Scalp is flaky and itchy with thick silvery patches behind my ears and at the hairline. Tried Head & Shoulders. "
        "I'm a 36 y/o guy. Psoriasis or dandruff?",
        "dermatology", "30~39", "male",
    ),
    (
        "hi im 15 and a girl and my hair is falling out in a round bald patch on the side of my head, like a coin. "
        "it's smooth. it doesn't hurt. what is this",
        "dermatology", "10~19", "female",
    ),
    (
        "I have brown crusty spots on my back and chest that look stuck on, like wax. Getting more of them. I'm 68. "
        "Are these dangerous?",
        "dermatology", "60~69", "undisclosed",
    ),
    (
        "My armpits sweat through my shirts even in winter. I'm a 24 year old man, I work in an office and it's "
        "humiliating. Clinical strength deodorant doesn't help. Options?",
        "dermatology", "20~29", "male",
    ),
    # endocrinology
    (
        "I'm a 29 year old woman with irregular periods, acne and hair on my chin. My ultrasound showed cysts on the "
        "ovaries. My GP said PCOS and wants a hormone specialist to manage my insulin resistance. What do they do?",
        "endocrinology", "20~29", "female",
    ),
    (
        "Calcium keeps coming back high, 10.9 and 11.1, and PTH is high too. 61M. They said parathyroid. What's next?",
        "endocrinology", "60~69", "male",
    ),
    (
        "Type 1 diabetic for 20 years, I'm 42, considering an insulin pump with a CGM. My A1c is 8.4 and I'm having "
        "lows at night. Who helps set this up?",
        "endocrinology", "40~49", "undisclosed",
    ),
    (
        "Thyroid nodule found by accident on a neck CT, 1.8 cm. I'm a 53 year old woman, no symptoms. Do I need a "
        "biopsy?",
        "endocrinology", "50~59", "female",
    ),
    # family-medicine
    (
        "I'm 35 and haven't had a checkup in years. No problems really, just want to know what tests a guy my age "
        "should get. Blood work? Cholesterol?",
        "family-medicine", "30~39", "male",
    ),
    (
        "Runny nose, sneezing, scratchy throat for 3 days, no fever. I'm 48. Just a cold? Anything that actually helps?",
        "family-medicine", "40~49", "undisclosed",
    ),
    (
        "I'm 71, female, and I just feel off. Tired, no energy, not sleeping well, a bit achy all over. No specific "
        "thing. Where do I even start?",
        "family-medicine", "70~79", "female",
    ),
    (
        "Need my travel vaccines before a trip to Guatemala in 6 weeks. I'm 22 and a guy. Which ones do I need and "
        "do I need malaria pills?",
        "family-medicine", "20~29", "male",
    ),
    # gastroenterology
    (
        "Diarrhea alternating with constipation for a year, bloating every evening, better after I go. 32F. Tests "
        "normal so far. IBS? What diet?",
        "gastroenterology", "30~39", "female",
    ),
    (
        "My husband is 64 and has had heartburn most nights for 10 years. He takes Tums like candy. Now food sometimes "
        "sticks going down. Should he get a scope?",
        "gastroenterology", "60~69", "male",
    ),
    (
        "I'm 50 and due for my first colonoscopy. I'm terrified of the prep. Is there an easier prep? Is sedation "
        "available?",
        "gastroenterology", "50~59", "undisclosed",
    ),
    (
        "Blood test showed my liver enzymes are 3 times normal and the ultrasound says fatty liver. I'm a 39 y/o man, "
        "I don't drink much. What does this mean long term?",
        "gastroenterology", "30~39", "male",
    ),
    # general-surgery
    (
        "Gallbladder full of stones on ultrasound, I get pain under my right ribs after fatty meals, 2-3 times a month "
        "and it passes in a few hours. 44F. Do I need it out?",
        "general-surgery", "40~49", "female",
    ),
    (
        "Bump near my belly button that pops out when I cough and goes back in when I lie down. Doesn't hurt. "
        "I'm 57, male. Umbilical hernia? Does it need surgery?",
        "general-surgery", "50~59", "male",
    ),
    (
        "I have a cyst on my upper back that keeps getting infected and draining, smelly stuff. It's been lanced twice. "
        "I'm 31. Can someone remove the whole thing?",
        "general-surgery", "30~39", "undisclosed",
    ),
    (
        "Pilonidal cyst at the top of my butt crack, keeps coming back. I'm 20, a guy, and I sit all day at university. "
        "What surgery is best?",
        "general-surgery", "20~29", "male",
    ),
    # hematology-oncology
    (
        "My white count has been low for a year, around 3.0, and neutrophils 1.2. I'm a 45 year old Black woman and "
        "feel fine. My GP wants a blood specialist to look. Should I be worried?",
        "hematology-oncology", "40~49", "female",
    ),
    (
        "Finished chemo for lymphoma last year, I'm 38, now doing scans every 6 months. How long until I'm considered "
        "in the clear? Who does the follow up?",
        "hematology-oncology", "30~39", "undisclosed",
    ),
    (
        "My platelets are 520, they say it could be essential thrombocythemia. 67 year old man. JAK2 test pending. "
        "Will I need chemo pills?",
        "hematology-oncology", "60~69", "male",
    ),
    (
        "Dear doctor, my mother is 79 and was told she has CLL on routine blood work. Her lymphocytes are 14. She feels "
        "well. Does she need treatment?",
        "hematology-oncology", "70~79", "female",
    ),
    # infectious-diseases
    (
        "Tested HIV positive last week, I'm 26, male. Viral load pending. I'm scared. How soon do I start pills and "
        "who manages this?",
        "infectious-diseases", "20~29", "male",
    ),
    (
        "Back from a trip to Ghana 3 weeks ago, fever comes and goes every other day, chills, sweats. I'm 41. I didn't "
        "finish the malaria pills. Do I need a travel medicine doctor?",
        "infectious-diseases", "40~49", "undisclosed",
    ),
    (
        "I keep getting MRSA boils, 5 in the past year on my thighs and buttocks. I'm a 33 year old woman. Decolonization "
        "didn't work. Is there a specialist?",
        "infectious-diseases", "30~39", "female",
    ),
    (
        "My dad (62) was diagnosed with latent TB after coming from Vietnam and the clinic wants him to take isoniazid "
        "for 9 months. He has liver problems. Is there another option?",
        "infectious-diseases", "60~69", "male",
    ),
    # nephrology
    (
        "Protein in my urine on 3 tests, kidney function normal. 28F. Doctor says needs a kidney specialist. What causes "
        "protein in urine at my age?",
        "nephrology", "20~29", "female",
    ),
    (
        "I'm a 70 year old man with stage 4 kidney disease, eGFR 22. They're talking about dialysis options. Home "
        "dialysis vs center - how do I choose?",
        "nephrology", "70~79", "male",
    ),
    (
        "Polycystic kidney disease runs in my family, my mom was on dialysis. I'm 35 and my ultrasound shows cysts. "
        "Is there medicine to slow it?",
        "nephrology", "30~39", "undisclosed",
    ),
    (
        "My potassium and creatinine keep going up, creatinine now 2.1, and my sodium is low. I'm a 59 y/o woman with "
        "high blood pressure. My GP wants a referral. What will they check?",
        "nephrology", "50~59", "female",
    ),
    # neurology
    (
        "Headaches almost daily for 3 months, pressure around my head like a band, worse in the afternoon. I'm 38, "
        "female. Normal exam at walk-in. Do I need a headache specialist?",
        "neurology", "30~39", "female",
    ),
    (
        "Numbness and tingling in both feet going up to my ankles over a year. Not diabetic. 63 year old man. Nerve "
        "conduction test?",
        "neurology", "60~69", "male",
    ),
    (
        "My hand shakes when I hold a cup or write, not at rest. My mother had the same. I'm 47. Is this essential "
        "tremor and is there treatment?",
        "neurology", "40~49", "undisclosed",
    ),
    (
        "I had one seizure 2 months ago, first ever, at 24. EEG normal and MRI normal. They didn't start medicine. "
        "What are the chances it happens again?",
        "neurology", "20~29", "undisclosed",
    ),
]
