# Hand-written triage items. Each entry: (text, department, age_range, gender)

ITEMS = [
# cardiology
("my mum is 71 and her ankles have been getting puffier over the last month and she gets out of breath going up the stairs now, she has to stop halfway. she had high blood pressure for years. her GP did a blood test called BNP and it was raised and theyve put her on the list for a heart scan. what does raised BNP mean",
 "cardiology", "70~79", "female"),
("Hi, 44 yo male here. Had a smartwatch alert twice this month saying possible AFib. I feel a flutter in my chest sometimes after coffee, lasts a few mins. No pain. Dad had a stroke from AF at 68. Should I get an ECG or ignore the watch?",
 "cardiology", "40~49", "male"),
("I'm 33 and 26 weeks pregnant and my heart keeps racing randomly, like 130 when I'm just sitting. It stops after a few minutes. I had a hole in the heart repaired as a baby. My midwife said mention it to someone who knows hearts. Who do I see?",
 "cardiology", "30~39", "female"),
("Copied from dad's discharge letter: 'Moderate aortic stenosis, valve area 1.1cm2, for surveillance echo in 12 months.' He's 79, still walks the dog every day, no symptoms. What symptoms mean it's got worse and how often should it be checked",
 "cardiology", "70~79", "male"),

# dentistry
("my 6 yo's front adult tooth is coming through behind the baby tooth, like a shark tooth row. the baby one is only a bit wobbly. do we need it pulled or will it sort itself out?",
 "dentistry", "0~9", "undisclosed"),
("im 27 F and my gums bleed every time i brush and floss, and theres a bad taste, my breath is awful according to my bf. had it for months. i havent been to a dentist in 5 years tbh",
 "dentistry", "20~29", "female"),
("Good afternoon. I am 62 and my lower denture keeps moving when I eat and gives me sore spots. I was told implants could hold it in place but I have osteoporosis and take alendronic acid. Is that a problem for implants?",
 "dentistry", "60~69", "undisclosed"),
("im 19 and both my bottom wisdom teeth are coming through sideways, the gum over one keeps getting swollen and sore every couple of months. do they need to come out",
 "dentistry", "10~19", "undisclosed"),

# dermatology
("i'm 35, mum of two, and since my second baby i've got brown patches on my cheeks and upper lip that look like a moustache in photos lol. melasma? i use spf. is there anything that actually works",
 "dermatology", "30~39", "female"),
("My husband is 58 and has a scaly crusty spot on his bald head that's been there for months, bleeds when he catches it. He worked outside as a builder his whole life. He says it's nothing. Can you tell him it needs a look",
 "dermatology", "50~59", "male"),
("hiya, 16 yo girl here, my acne is really bad on my back and chest, painful lumps not just spots. tried the creams from the chemist and 3 months of an antibiotic. mum says ask about the stronger tablet",
 "dermatology", "10~19", "female"),
("I'm 42 and have had psoriasis since my twenties but it's now on my scalp, elbows, knees and in my nails, they're pitting and lifting. Steroid creams don't cut it anymore. What are the next options",
 "dermatology", "40~49", "undisclosed"),

# endocrinology
("I am 29 and my periods have been irregular, but the main thing is I've been producing milk from my breasts and I've never been pregnant. Also headaches. Blood test showed prolactin 1800. GP said refer. What is this?",
 "endocrinology", "20~29", "female"),
("My son is 14 and is the shortest in his year by miles, like a head shorter than everyone, hasn't had a growth spurt and no signs of puberty yet. His dad and I are average height. Is there a test for growth hormone?",
 "endocrinology", "10~19", "male"),
("hi im a 52 yo woman and a scan for something else showed a 2.5cm nodule on my thyroid. my thyroid bloods are normal. they want to do a needle biopsy. i have no symptoms. what happens next",
 "endocrinology", "50~59", "female"),
("Blood calcium came back 2.85 and parathyroid hormone high on routine bloods. I'm 66, man, I've had 2 kidney stones in the past. GP mentioned hyperparathyroidism. Does that mean an operation?",
 "endocrinology", "60~69", "male"),

# family-medicine
("hi, im 38 and just want a general health check, i've never had one. dad had diabetes and high cholesterol. what tests should i ask for? i'm a man if that matters",
 "family-medicine", "30~39", "male"),
("I've had a cold for 10 days now, blocked nose, sore throat at first, now just a cough and feel a bit meh. No fever. I'm 24. Do I need antibiotics or just wait it out",
 "family-medicine", "20~29", "undisclosed"),
("Just tired all the time. I'm 47, work full time, two teenagers, sleep about 7 hours. No other symptoms really. Could be anything I know. What's a sensible first step?",
 "family-medicine", "40~49", "undisclosed"),
("my mum is 63 and has had a sore throat, sniffles and a tickly cough for 5 days, no temperature, still eating and pottering about. she's on tablets for blood pressure. does she need to see anyone or just rest and fluids?",
 "family-medicine", "60~69", "female"),

# gastroenterology
("I'm 31 and for about a year I get bloating and cramps and go between diarrhoea and constipation. Coeliac test was negative. It's worse when I'm stressed at work. No blood, no weight loss. Is this IBS and who deals with it",
 "gastroenterology", "30~39", "undisclosed"),
("my dad is 56 and had a colonoscopy, they removed 4 polyps and said one was 'high grade dysplasia'. He's got a follow-up letter for surveillance in 1 year. Is that enough? What does high grade mean",
 "gastroenterology", "50~59", "male"),
("18 yo female, my liver bloods came back with a raised bilirubin on its own (32) and everything else normal. They said possibly Gilbert's. I get yellow eyes when I'm ill or haven't eaten. is that harmful",
 "gastroenterology", "10~19", "female"),
("Hi, 45 year old man, I've had to take omeprazole daily for 3 years for reflux and if I stop it comes back bad. Also sometimes food feels like it sticks halfway down. Should I have a camera test",
 "gastroenterology", "40~49", "male"),

# general-surgery
("I've got a lump in my groin that pops out when I cough or lift and goes back when I lie down. No pain really, just a dragging feeling. I'm 49 and a postman. Hernia? Will I need an op",
 "general-surgery", "40~49", "male"),
("my gallbladder is full of stones according to the ultrasound, ive had 3 attacks of pain under my ribs after fatty meals since christmas. im 36 and had 2 kids. can they take it out keyhole",
 "general-surgery", "30~39", "female"),
("I'm 23 and have a painful lump at the top of my bum crack that keeps filling with pus and draining, 3rd time this year. Someone said pilonidal sinus. Does it need surgery?",
 "general-surgery", "20~29", "undisclosed"),
("Mum (74) has a lump on her back, soft, rubbery, size of a tangerine, been growing slowly for years. GP thinks lipoma. It's annoying her when she lies down. Can it be removed under local",
 "general-surgery", "70~79", "female"),

# hematology-oncology
("Routine bloods at 61 showed white cells 28 with lots of lymphocytes. GP is referring me to haematology, mentioned CLL. I feel completely fine. Is it cancer? What's the outlook",
 "hematology-oncology", "60~69", "undisclosed"),
("my wife is 39 and has been diagnosed with Hodgkin lymphoma stage 2. she starts ABVD chemo next month. we have a 3 year old. how sick will the chemo make her, can she still look after him",
 "hematology-oncology", "30~39", "female"),
("I'm 27, pregnant 14 weeks, my platelets came back at 85. They weren't checked before. No bruising or bleeding. Is that dangerous for the birth? Midwife says to see haematology",
 "hematology-oncology", "20~29", "female"),
("I'm 55, had breast cancer treated 3 years ago and I'm on letrozole. My oncologist check up is every 6 months. Can I ask to switch to yearly? Also the joint aches on letrozole are awful",
 "hematology-oncology", "50~59", "female"),

# infectious-diseases
("I'm 34 and got back from Ghana 10 days ago and have had on off fevers and shivers every other day. I took the malaria tablets but missed a few. Who should test me?",
 "infectious-diseases", "30~39", "undisclosed"),
("my brother is 40 and was just diagnosed HIV positive. he's scared and hasn't told anyone but me. what happens now, how soon does he start medication and can he live normally",
 "infectious-diseases", "40~49", "male"),
("Hi, I'm 25 and a nurse, I had a needlestick injury from a patient with hepatitis C 3 months ago. My first tests were negative. When am I in the clear?",
 "infectious-diseases", "20~29", "undisclosed"),
("My dad is 68 and keeps getting recurring infections, this year: cellulitis twice, a chest infection and now shingles. He isn't diabetic as far as we know. Could his immune system be off? who looks at that",
 "infectious-diseases", "60~69", "male"),

# nephrology
("Mum is 72, diabetic, and her kidney function has been dropping, eGFR 28 now from 40 last year. Her letter says CKD stage 4. They mentioned talking about dialysis 'options'. What options are there",
 "nephrology", "70~79", "female"),
("I'm 30 and my urine dip showed protein and blood at my work medical, twice. BP a bit high at 145/92. No symptoms. My uncle had polycystic kidneys. Do I need a kidney scan",
 "nephrology", "30~39", "undisclosed"),
("my husband is 48 and his kidneys are failing from high blood pressure, eGFR is 12 now. the renal nurse says he needs to choose between home dialysis, hospital dialysis or going on the transplant list. how do people decide? he still works full time",
 "nephrology", "40~49", "male"),
("I'm 57 with lupus. Recent bloods show creatinine up from 80 to 130 and protein in urine. My rheumatologist mentioned a kidney biopsy for lupus nephritis. What does that involve?",
 "nephrology", "50~59", "undisclosed"),

# neurology
("I'm 26 F and for the last 2 years I get migraines about 12 days a month, with flashing zigzags before. Tried propranolol and amitriptyline, nothing helped much. Is there anything else, I keep hearing about injections",
 "neurology", "20~29", "female"),
("Dad is 64 and his right hand has a tremor at rest and he walks with short steps. His handwriting has got tiny. GP thinks Parkinson's. Who diagnoses it properly?",
 "neurology", "60~69", "male"),
("I'm 34 and had an episode 6 months ago where I lost vision in one eye for a week with pain when I moved it. It got better. Now I have tingling in both legs for 3 weeks. Is this MS?",
 "neurology", "30~39", "undisclosed"),
("i'm 41 and my feet have been burning and numb for months, like wearing socks that aren't there. worse at night. i'm not diabetic. bloods normal except b12 a bit low. who looks into nerve stuff",
 "neurology", "40~49", "undisclosed"),

# obstetrics-gynecology
("Hi, 32 years old, been trying for a baby 14 months. Periods regular. Husband's sperm test was fine. Where do I go for fertility tests?",
 "obstetrics-gynecology", "30~39", "female"),
("im 23 and 8 weeks pregnant (first baby) and had my booking appointment, they said my blood group is O negative. what does that mean for the baby and do i need injections",
 "obstetrics-gynecology", "20~29", "female"),
("I'm 51 and haven't had a period for 14 months, now I've had some spotting for 3 days. No pain. Friend said any bleeding after menopause needs checking. Is that true?",
 "obstetrics-gynecology", "50~59", "female"),
("My daughter is 17 and her periods are so heavy she floods through a super tampon and a pad in an hour on the first 2 days, and misses school. She's had them since 12. What can be done",
 "obstetrics-gynecology", "10~19", "female"),

# ophthalmology
("im 67 and my optician says i have early cataracts in both eyes. driving at night is getting hard with the glare from headlights. when do they usually operate?",
 "ophthalmology", "60~69", "undisclosed"),
("my 4 yr old failed the eye test at school, they said her right eye is lazy. she doesn't complain of anything. we have an appointment in 8 weeks, will she need a patch",
 "ophthalmology", "0~9", "female"),
("Hi, diabetic for 15 years, 49 y/o male, my retinal screening photos showed 'background retinopathy' both eyes. What does that mean and can it be stopped",
 "ophthalmology", "40~49", "male"),
("I'm 29 and wear contact lenses. My eyes are always dry and gritty by the afternoon and I'm thinking about laser eye surgery. Would dry eyes stop me getting it?",
 "ophthalmology", "20~29", "undisclosed"),

# orthopedics
("I'm 55 and a keen gardener and my knee has been painful and clicking for a year, x-ray shows 'moderate osteoarthritis'. Injections helped for a bit. At what point is a knee replacement worth it",
 "orthopedics", "50~59", "undisclosed"),
("my son is 16 and plays football, twisted his knee in a tackle 3 weeks ago, it swelled up straight away and now it gives way when he turns. physio at the club thinks ACL. does he need surgery?",
 "orthopedics", "10~19", "male"),
("Hi, 38 yo woman, I've had pain and numbness in my thumb and first 2 fingers for months, waking me up at night, I have to shake my hand. It started in pregnancy and never went. Carpal tunnel?",
 "orthopedics", "30~39", "female"),
("My mum is 81 and was told her hip x-ray shows avascular necrosis. She's limping and in pain even at rest. She's quite frail. Is surgery realistic at her age?",
 "orthopedics", "80+", "female"),

# otolaryngology
("my 3 yo snores every night, loud, and sometimes seems to stop breathing for a few seconds then gasps. his tonsils are huge, you can see them touching. the GP said see a specialist, who?",
 "otolaryngology", "0~9", "male"),
("I'm 45 and have a blocked nose on one side for 6 months, I can't smell anything and get clear drips. Nasal sprays haven't helped. Polyps?",
 "otolaryngology", "40~49", "undisclosed"),
("Hello, 72 year old man. My hearing has got worse and my wife says the TV is too loud. Also ringing in both ears. Do I need a hearing test and where",
 "otolaryngology", "70~79", "male"),
("im 22 and i keep getting dizzy spells where the room spins when i turn over in bed or look up. lasts like 30 secs. it's been 2 weeks. BPPV? what's the manoeuvre thing",
 "otolaryngology", "20~29", "undisclosed"),

# pediatrics
("my 18 month old has had a runny nose and cough on and off since starting nursery in september, like every 2 weeks a new one. he's eating and growing fine. is this normal or does his immune system need checking",
 "pediatrics", "0~9", "male"),
("our baby girl is 9 months and not really babbling yet, she smiles and sits and grabs things. my older son was chatty by now. should we get her hearing checked or is it too early to worry",
 "pediatrics", "0~9", "female"),
("My 7 yo gets tummy aches most mornings before school, no vomiting or diarrhoea, eating fine, growing fine. Weekends she's ok. How do we tell if it's anxiety or something physical?",
 "pediatrics", "0~9", "female"),
("my son is 2 and a half and a really fussy eater, only about 10 foods, and he's on the 9th centile for weight. he drinks loads of milk, like 1 litre a day. is that why",
 "pediatrics", "0~9", "male"),

# psychiatry
("I'm 28 and since having my baby 4 months ago I have intrusive thoughts about her getting hurt and I keep checking she's breathing like 30 times a night. I'm not going to hurt her, I just can't stop the thoughts. Is this postnatal OCD?",
 "psychiatry", "20~29", "female"),
("my son is 19 and since starting uni he's become really withdrawn, says people are watching him through his laptop and talking about him. he smoked a lot of weed. we're really worried. he's not violent",
 "psychiatry", "10~19", "male"),
("I'm 45, I've been on sertraline 100mg for 2 years for depression and it's just stopped working, I'm flat again. My GP isn't sure what to switch to. Can a psychiatrist review meds?",
 "psychiatry", "40~49", "undisclosed"),
("my partner (they/them, 31) thinks they have ADHD, always lost focus at school, can't finish projects, lose keys daily. They want an adult assessment. How does that work?",
 "psychiatry", "30~39", "other"),

# pulmonology
("Dad's 70 and smoked for 50 years, now gets breathless walking to the shop and coughs every morning with phlegm. GP did a blowing test and said COPD. What happens now, will he need oxygen",
 "pulmonology", "70~79", "male"),
("I'm 36 and have had a dry cough for 4 months, never smoked. Chest x-ray showed 'bilateral hilar lymphadenopathy'. They said maybe sarcoidosis. What is that?",
 "pulmonology", "30~39", "undisclosed"),
("my asthma is getting worse even on the purple inhaler, I'm using my blue one every day now, waking at night coughing. 41 female, a teacher. Does it need a specialist?",
 "pulmonology", "40~49", "female"),
("My mum, 63, had a CT for her bowel and they found a 7mm nodule in her lung by chance. She's never smoked. They want to repeat the scan in 3 months. Is waiting safe",
 "pulmonology", "60~69", "female"),

# rehabilitation
("my dad is 74 and had a stroke 6 weeks ago, he's home now but his left leg drags and his left hand is weak. he only got physio in hospital. how do we get more physio at home and how much can he get back",
 "rehabilitation", "70~79", "male"),
("I'm 29 and had ACL reconstruction 8 weeks ago. My quads are really weak and I can't fully straighten the knee. Physio is only once every 2 weeks. Is that enough?",
 "rehabilitation", "20~29", "undisclosed"),
("Hi, my wife is 52 and had a brain injury after a car crash in spring. She's walking now but gets exhausted and forgets things, can't go back to work yet. Is there a rehab programme for this",
 "rehabilitation", "50~59", "female"),
("I'm 66 and broke my ankle falling off a ladder 4 months ago. The x-ray says it's healed and the fracture clinic discharged me, but I still limp, the ankle is stiff and my balance is shot. Who helps me get walking properly again?",
 "rehabilitation", "60~69", "undisclosed"),

# rheumatology
("I'm 34 and my fingers and wrists are swollen and stiff every morning for about 2 hours. It's been 3 months. My mum has rheumatoid arthritis. Blood test showed raised CRP. Could it be RA?",
 "rheumatology", "30~39", "undisclosed"),
("my husband is 47 and gets attacks of agony in his big toe, red and swollen, can't stand the sheet on it. third time this year. he likes his beer. gout? does he need tablets long term",
 "rheumatology", "40~49", "male"),
("I'm 25 F with joint pains, a rash on my cheeks in the sun, hair falling out and mouth ulcers. ANA was positive. Lupus?",
 "rheumatology", "20~29", "female"),
("My 70 year old mum has new pain and stiffness in both shoulders and hips, can't get out of bed in the morning, and her ESR is 65. GP mentioned polymyalgia. Does she need steroids?",
 "rheumatology", "70~79", "female"),

# urology
("I'm 61 and get up 4-5 times a night to pee, weak stream, feel like I haven't finished. PSA was 3.1. Enlarged prostate? What can be done",
 "urology", "60~69", "male"),
("Hi, 32 yo man, I've noticed a soft lump above my left testicle that feels like a bag of worms, aches after standing all day. Varicocele? Does it affect fertility? We're trying for a baby",
 "urology", "30~39", "male"),
("Im 54 woman and leak urine when I cough, sneeze or run, I've had 3 kids. Pelvic floor exercises haven't helped much. Are there surgeries for this?",
 "urology", "50~59", "female"),
("my son is 8 and the doctor said his foreskin is tight and he balloons when he pees. he's had 2 infections down there. does he need circumcision?",
 "urology", "0~9", "male"),

# nutrition
("I'm 31, 16 weeks pregnant and vegan. What do I need to supplement? Already on folic acid. Worried about B12, iron, iodine and omega 3.",
 "nutrition", "30~39", "female"),
("My 13 year old daughter wants to go vegetarian. I want to make sure she gets enough protein and iron as she's growing and does gymnastics. What should her meals look like?",
 "nutrition", "10~19", "female"),
("I'm 58, just diagnosed prediabetic, HbA1c 44. I want to fix it with food before tablets. What should I actually eat, is low carb the way?",
 "nutrition", "50~59", "undisclosed"),
("I'm caring for my brother, 38, who has learning disabilities and has put on 30kg in 2 years on his medication. He loves sugary drinks. Any practical diet plan ideas that a carer can stick to?",
 "nutrition", "30~39", "male"),
]
