# Triage items. Written by hand, one by one.
# Each item: (text, department, age_range, gender)

TRIAGE = [
    # cardiology
    ("My heart races at random times, like 150 a minute while I'm sitting on the sofa, then stops suddenly after a few minutes. I'm a 34-year-old woman and it's happened four times this month.", "cardiology", "30~39", "female"),
    ("My dad is 72 and his GP heard a new heart murmur. He's been getting puffed walking uphill lately. What tests will they do?", "cardiology", "70~79", "male"),
    ("I'm a 45 year old man, my cholesterol is 8.1 and my father needed a bypass at 50. Should I get my heart looked at properly?", "cardiology", "40~49", "male"),
    ("Since I had covid my heart rate jumps to 130 every time I stand up and I feel woozy. I'm 24. Is this a heart thing?", "cardiology", "20~29", "undisclosed"),
    # dentistry
    ("My back tooth hurts whenever I drink anything cold and there's a dark spot on it. I'm 29, female.", "dentistry", "20~29", "female"),
    ("My gums bleed every time I brush and my breath is foul. 52 year old bloke, smoker.", "dentistry", "50~59", "male"),
    ("My 7-year-old son knocked one of his new front teeth on the playground and a corner chipped off. No pain. Who should see it?", "dentistry", "0~9", "male"),
    ("My dentures rub and leave sore spots on my gums. I'm 81 and they used to fit fine.", "dentistry", "80+", "undisclosed"),
    # dermatology
    ("There's a mole on my back that my wife says has got bigger and darker this year. I'm 63.", "dermatology", "60~69", "male"),
    ("My acne is really bad on my jaw and chest. I'm a 16 year old girl and nothing from the chemist works.", "dermatology", "10~19", "female"),
    ("Silvery, scaly patches on my elbows and scalp for about a year, and they itch. I'm 38.", "dermatology", "30~39", "undisclosed"),
    ("I'm losing hair in round patches, coin-sized bald spots on the back of my head. I'm a 27-year-old man.", "dermatology", "20~29", "male"),
    # endocrinology
    ("I'm 33, female, always hot, losing weight even though I eat loads, my hands shake and my heart pounds. Blood test said TSH very low.", "endocrinology", "30~39", "female"),
    ("I'm a 47-year-old man with type 2 diabetes and my HbA1c is 9.4 even on three tablets. Is it time for insulin?", "endocrinology", "40~49", "male"),
    ("My 14-year-old son is much shorter than everyone in his class and there's no sign of puberty yet.", "endocrinology", "10~19", "male"),
    ("I'm 55 and my calcium came back high at 2.8. The letter mentioned the parathyroid. What does that mean?", "endocrinology", "50~59", "undisclosed"),
    # family-medicine
    ("I'm 40 and haven't had a check-up in ten years. What tests should a woman my age be having?", "family-medicine", "40~49", "female"),
    ("Got a cold with a blocked nose and sore throat for four days. I'm a 22-year-old guy. Anything to speed it up?", "family-medicine", "20~29", "male"),
    ("I'm 67 and just feel tired and run down all the time, nothing specific. My wife says get checked over.", "family-medicine", "60~69", "male"),
    ("I need a general health check before starting a new job. I'm 31. Where do I start?", "family-medicine", "30~39", "undisclosed"),
    # gastroenterology
    ("I've had heartburn nearly every day for a year despite omeprazole, and sometimes food feels like it sticks on the way down. I'm 57, male.", "gastroenterology", "50~59", "male"),
    ("Diarrhoea with blood and mucus on and off for two months. I'm 26 and female.", "gastroenterology", "20~29", "female"),
    ("My liver tests came back abnormal at a routine check, ALT 140. I'm 44 and hardly drink.", "gastroenterology", "40~49", "undisclosed"),
    ("I'm a 71-year-old woman and my GP found iron deficiency anaemia and wants me to have a camera test. What does that involve?", "gastroenterology", "70~79", "female"),
    # general-surgery
    ("I've got a bulge in my groin that pops out when I cough and goes back when I lie down. 49-year-old man.", "general-surgery", "40~49", "male"),
    ("My gallstones keep giving me attacks after fatty meals and the ultrasound showed several stones. I'm 36, female. Do I need it out?", "general-surgery", "30~39", "female"),
    ("I have a painful lump near my tailbone that keeps getting infected and leaking. I'm 19.", "general-surgery", "10~19", "undisclosed"),
    ("A soft fatty lump on my shoulder has grown to the size of a golf ball. I'm a 62-year-old woman. Can it be removed?", "general-surgery", "60~69", "female"),
    # hematology-oncology
    ("My blood test showed platelets of 620, twice now. I'm 59, male. What could cause that?", "hematology-oncology", "50~59", "male"),
    ("I've had painless swollen glands in my neck for six weeks and I'm waking up drenched at night. I'm 23.", "hematology-oncology", "20~29", "undisclosed"),
    ("My mother is 76 and was just diagnosed with breast cancer. We want to understand chemo versus hormone tablets.", "hematology-oncology", "70~79", "female"),
    ("I'm a 35 year old woman who bruises easily and bleeds for ages after dental work. My sister has von Willebrand.", "hematology-oncology", "30~39", "female"),
    # infectious-diseases
    ("Got back from Kenya three weeks ago and have had fevers every other day since. I'm 41, male. Could it be malaria?", "infectious-diseases", "40~49", "male"),
    ("I'm 28, a gay man, and I want to start PrEP. Who do I see about it?", "infectious-diseases", "20~29", "male"),
    ("My TB skin test came back positive at my nursing job health check. No symptoms at all. I'm 30, woman.", "infectious-diseases", "30~39", "female"),
    ("I'm 66 and I keep getting cellulitis in the same leg, fourth time this year. Why does it keep coming back?", "infectious-diseases", "60~69", "undisclosed"),
    # nephrology
    ("My GP says my kidney function, eGFR, is 38 and falling. I'm 68 and diabetic. What happens now?", "nephrology", "60~69", "undisclosed"),
    ("Foamy pee and puffy eyes every morning, and the dipstick showed protein. I'm a 19-year-old guy.", "nephrology", "10~19", "male"),
    ("I'm 45, female, and have polycystic kidney disease like my mum. What should I be monitoring?", "nephrology", "40~49", "female"),
    ("My husband is 74 and his creatinine keeps creeping up. They mentioned possibly dialysis in the future.", "nephrology", "70~79", "male"),
    # neurology
    ("I'm a 31-year-old woman with numbness in my left leg for two weeks, and a year ago the vision in one eye went blurry for a while. Could it be MS?", "neurology", "30~39", "female"),
    ("My hands shake when I hold a cup and my dad had the same. I'm 64, male.", "neurology", "60~69", "male"),
    ("Migraines about 12 days a month and nothing I've tried works. I'm 26.", "neurology", "20~29", "undisclosed"),
    ("Pins and needles in both feet that have crept up to my shins over months. I'm a 55-year-old man.", "neurology", "50~59", "male"),
    # obstetrics-gynecology
    ("We've been trying for a baby for 14 months with no luck and my periods are irregular. I'm 32.", "obstetrics-gynecology", "30~39", "female"),
    ("I'm 51 and I've started bleeding again after my periods stopped for a year and a half.", "obstetrics-gynecology", "50~59", "female"),
    ("I'm 18 and want to get the implant for contraception. How does it work?", "obstetrics-gynecology", "10~19", "female"),
    ("I'm 27 and 24 weeks pregnant, and my glucose test came back borderline. What does that mean for the baby?", "obstetrics-gynecology", "20~29", "female"),
    # ophthalmology
    ("My vision has gone cloudy and headlights glare at night. I'm 84.", "ophthalmology", "80+", "undisclosed"),
    ("I'm diabetic, 48, male, and haven't had my eyes checked in years. Do I need a retinal screen?", "ophthalmology", "40~49", "male"),
    ("My 4-year-old daughter squints at the TV and tilts her head to look at things.", "ophthalmology", "0~9", "female"),
    ("Eye pressure was 26 at the optician and they said glaucoma suspect. I'm 59, woman.", "ophthalmology", "50~59", "female"),
    # orthopedics
    ("My knee locks and clicks since I twisted it playing five-a-side a month ago. I'm 35, male.", "orthopedics", "30~39", "male"),
    ("Pain in my groin and hip when I walk, getting worse over a year. I'm 69 and female.", "orthopedics", "60~69", "female"),
    ("My 12-year-old son has pain in both heels after football, especially at the back.", "orthopedics", "10~19", "male"),
    ("I'm 44 and my thumb clicks and gets stuck when I bend it, especially in the mornings.", "orthopedics", "40~49", "undisclosed"),
    # otolaryngology
    ("I've been hoarse for six weeks with no cold. I'm a 61-year-old man and an ex-smoker.", "otolaryngology", "60~69", "male"),
    ("My 5-year-old son snores really loudly and seems to pause breathing for a second or two in his sleep. His tonsils are huge.", "otolaryngology", "0~9", "male"),
    ("Constant ringing in one ear and it feels full, hearing is worse on that side. I'm 42, woman.", "otolaryngology", "40~49", "female"),
    ("Five sinus infections this year and I can't breathe through my nose properly. I'm 29.", "otolaryngology", "20~29", "undisclosed"),
    # pediatrics
    ("My 18-month-old daughter has had a runny nose and cough for a week and is eating less. Temperature 37.9.", "pediatrics", "0~9", "female"),
    ("My 3-year-old son still isn't really talking, only a handful of words. Should someone assess him?", "pediatrics", "0~9", "male"),
    ("My 8-year-old has a sore throat and a red rash that feels like sandpaper.", "pediatrics", "0~9", "undisclosed"),
    ("My 11-year-old daughter still wets the bed most nights. Is there anything that helps?", "pediatrics", "10~19", "female"),
    # psychiatry
    ("I've felt flat and hopeless for months, can't enjoy anything and I'm sleeping 12 hours a day. I'm 37, male. No thoughts of hurting myself.", "psychiatry", "30~39", "male"),
    ("I'm 20 and I can't stop checking locks and washing my hands. It takes hours every day.", "psychiatry", "20~29", "undisclosed"),
    ("My 15-year-old daughter has been making herself sick after meals and has lost a lot of weight.", "psychiatry", "10~19", "female"),
    ("I'm a 52-year-old woman who has had panic attacks for years and I want to come off my medication safely.", "psychiatry", "50~59", "female"),
    # pulmonology
    ("I'm 66, an ex-smoker, breathless on the stairs and coughing up phlegm every morning.", "pulmonology", "60~69", "undisclosed"),
    ("My asthma isn't controlled even on my purple inhaler, I'm using the blue one every day. I'm 23, female.", "pulmonology", "20~29", "female"),
    ("A CT scan for something else showed a 7 mm nodule in my lung. I'm a 54-year-old man. Should I worry?", "pulmonology", "50~59", "male"),
    ("Dry cough for 4 months and the GP heard crackles. I'm 71, male, worked with asbestos years ago.", "pulmonology", "70~79", "male"),
    # rehabilitation
    ("My dad had a stroke three months ago and his left arm is still weak. He's 74. What rehab can he get?", "rehabilitation", "70~79", "male"),
    ("I had my ACL reconstructed six weeks ago. I'm a 22-year-old woman. When can I start running again?", "rehabilitation", "20~29", "female"),
    ("Since a car accident last year I still can't lift my arm above my head properly. I'm 47.", "rehabilitation", "40~49", "undisclosed"),
    ("I'm 83 and had a hip replacement in the spring. Still on a walking frame. How do I get stronger?", "rehabilitation", "80+", "undisclosed"),
    # rheumatology
    ("My finger joints are swollen and stiff for an hour every morning. I'm 44, female.", "rheumatology", "40~49", "female"),
    ("I'm 28, a guy, with low back pain that's worst in the morning and better when I exercise, for about a year.", "rheumatology", "20~29", "male"),
    ("I'm 67 and my shoulders and hips ache and are really stiff in the mornings. It came on over a few weeks.", "rheumatology", "60~69", "undisclosed"),
    ("My 13-year-old daughter has had a swollen knee for two months and she never injured it.", "rheumatology", "10~19", "female"),
    # urology
    ("I'm 68, male, up four times a night to pee and the stream is weak.", "urology", "60~69", "male"),
    ("I've had three kidney stones in two years. I'm a 39-year-old man. How do I stop getting them?", "urology", "30~39", "male"),
    ("I'm 58 and I saw blood in my urine once last week, no pain at all.", "urology", "50~59", "undisclosed"),
    ("I'm 34, male, and I found a painless lump on one testicle last week.", "urology", "30~39", "male"),
    # nutrition
    ("I'm a 30-year-old woman and I've been vegan for a year. How do I make sure I get enough protein and iron?", "nutrition", "30~39", "female"),
    ("My 2-year-old is a really picky eater and mostly wants milk. How much milk is too much?", "nutrition", "0~9", "undisclosed"),
    ("I'm 62, man, just diagnosed with prediabetes. What should my meals look like?", "nutrition", "60~69", "male"),
    ("I'm 17 and training for rugby. How many calories and how much protein should I eat to bulk up?", "nutrition", "10~19", "undisclosed"),
]
