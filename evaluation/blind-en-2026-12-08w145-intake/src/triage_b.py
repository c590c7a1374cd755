# Triage items, part B (written by hand, writer 145)
# (text, department, age_range, gender)

ITEMS = [
    # obstetrics-gynecology
    ("My daughter is 14 and her periods are so painful she misses a day of school every month. Advil barely helps. Is birth control an option at her age?",
     "obstetrics-gynecology", "10~19", "female"),
    ("I'm 29 and my husband and I want to start trying for a baby in the fall. What should I be doing now? Prenatal vitamins? Stop anything?",
     "obstetrics-gynecology", "20~29", "female"),
    ("37 yo mom of two, my IUD is due to come out next year. I'm thinking about switching to the copper one. Pros and cons?",
     "obstetrics-gynecology", "30~39", "female"),
    ("I'm 51 and the hot flashes are waking me up 4 or 5 times a night. My last period was 8 months ago. Is HRT safe for me? My mom had a blood clot once.",
     "obstetrics-gynecology", "50~59", "female"),

    # ophthalmology
    ("Our 6 year old son was diagnosed with a lazy eye at school vision screening. The eye doctor says patching for 2 hours a day. He hates it. Does it really work at his age?",
     "ophthalmology", "0~9", "male"),
    ("My daughter is 12 and her glasses prescription has gone up a lot every year. I read about atropine drops to slow myopia. Is that something we should ask for?",
     "ophthalmology", "10~19", "female"),
    ("I'm 49, male, and both my father and my uncle had glaucoma. I've never had my eye pressure checked. How often should I be tested?",
     "ophthalmology", "40~49", "male"),
    ("My mother is 68 and her cataract is making it hard for her to drive at night. Her optometrist says it's 'not ripe yet'. When is the right time for surgery?",
     "ophthalmology", "60~69", "female"),

    # orthopedics
    ("My 13 year old son broke his wrist at skateboarding camp and has a cast for 6 weeks. The cast is getting loose already. Is that a problem? Does it need to be redone?",
     "orthopedics", "10~19", "male"),
    ("My 10 year old daughter's feet turn inward when she runs and she trips a lot in gym. Her older brother grew out of it. Should she see a bone specialist?",
     "orthopedics", "10~19", "female"),
    ("42 year old dad here. I twisted my knee playing pickup soccer with my kids 3 weeks ago. It clicks and sometimes locks up. Walking is fine. Meniscus?",
     "orthopedics", "40~49", "male"),
    ("My mom is 65 and her hip arthritis is so bad she can't walk around the block anymore. Injections stopped working. Is she too young for a hip replacement?",
     "orthopedics", "60~69", "female"),

    # otolaryngology
    ("My son is 4 and has had 7 ear infections since September. Our doctor mentioned ear tubes. Is that surgery safe for a preschooler?",
     "otolaryngology", "0~9", "male"),
    ("My daughter is 9 and snores like a freight train. Her tonsils are huge and she's tired at school. Does she need them out?",
     "otolaryngology", "0~9", "female"),
    ("My 16 year old gets nosebleeds almost every day from the same side. They stop after 10 minutes of pinching. We use a humidifier. What else can be done?",
     "otolaryngology", "10~19", "undisclosed"),
    ("I'm a 55 year old teacher and my voice has been hoarse for 5 weeks. No cold. I talk all day for work. Do I need my vocal cords looked at?",
     "otolaryngology", "50~59", "undisclosed"),

    # pediatrics
    ("My 3 year old daughter has had a fever of 38.5 and a runny nose and cough for 3 days. She's still eating, drinking and playing between Tylenol doses. When should I bring her in?",
     "pediatrics", "0~9", "female"),
    ("My son is 7 and threw up twice last night, no fever. Today he's keeping down water and crackers and wants to watch TV. Can he go back to school tomorrow?",
     "pediatrics", "0~9", "male"),
    ("Our 18 month old has little blisters on hands and feet and in the mouth. Daycare says hand foot and mouth is going around. Drinking a bit less but still wet diapers. What helps the pain?",
     "pediatrics", "0~9", "undisclosed"),
    ("My 11 year old son has been tired and pale for a week with a sore throat and swollen glands in his neck. No trouble breathing. Could it be mono at his age?",
     "pediatrics", "10~19", "male"),

    # psychiatry
    ("My 14 year old daughter has panic attacks before school and has missed 3 weeks this term. She's seeing the school counsellor but it's not enough. Who can assess her for anxiety treatment?",
     "psychiatry", "10~19", "female"),
    ("My son is 9 and has ADHD. He's been on two different stimulants and both made him angry and not eat. The pediatrician wants a child psychiatrist's opinion. What other options are there?",
     "psychiatry", "0~9", "male"),
    ("I'm 32 and had my baby 4 months ago. I cry every day and I feel nothing when I hold her. I'm not going to hurt myself or her, I just feel empty. Is this postpartum depression?",
     "psychiatry", "30~39", "female"),
    ("My 17 year old son games until 4 am, barely talks to us, and his grades have crashed. He says he's fine. Is this depression or a gaming addiction, and who should he see?",
     "psychiatry", "10~19", "male"),

    # pulmonology
    ("My son is 10 and uses his blue puffer almost every day, even on his steroid inhaler. He coughs every night. His asthma doesn't seem controlled. Should he see a lung specialist?",
     "pulmonology", "10~19", "male"),
    ("My 6 year old daughter had pneumonia in January and she's still coughing 8 weeks later, mostly at night. Chest X-ray was clear. Is this normal?",
     "pulmonology", "0~9", "female"),
    ("I'm 44, a dad, and I've smoked since I was 16. I get winded on stairs now and cough in the mornings. I want to quit and get my lungs checked. What tests are there?",
     "pulmonology", "40~49", "male"),
    ("My husband says I stop breathing in my sleep and I'm exhausted every day. I'm a 63 year old woman. How do I get tested for sleep apnea?",
     "pulmonology", "60~69", "female"),

    # rehabilitation
    ("My daughter (16) had ACL reconstruction 4 weeks ago after a soccer injury. Her physio exercises hurt a lot. How much pain is normal during rehab, and when can she jog?",
     "rehabilitation", "10~19", "female"),
    ("My 12 year old son's leg cast came off after a tibia fracture. His leg is skinny and weak and he limps. Will physio help him get back to hockey by the fall?",
     "rehabilitation", "10~19", "male"),
    ("My grandmother is 78 and had a stroke two months ago. She's home now but her left arm is still weak and she struggles with buttons. What therapy should she be getting?",
     "rehabilitation", "70~79", "female"),
    ("I'm 38, male, 6 weeks out from rotator cuff surgery. I coach my son's baseball team and want to be able to throw batting practice by summer. What does rehab look like from here?",
     "rehabilitation", "30~39", "male"),

    # rheumatology
    ("My 5 year old daughter was diagnosed with juvenile arthritis in her knee. It's swollen every morning. The doctor mentioned methotrexate. Is that safe for little kids?",
     "rheumatology", "0~9", "female"),
    ("My son is 15 and has lower back pain and stiffness every morning that gets better after he moves around. His dad has ankylosing spondylitis. Could he have it too?",
     "rheumatology", "10~19", "male"),
    ("I'm a 35 year old mom, just diagnosed with lupus. I have a rash on my cheeks and my fingers ache. I'm scared about what this means for my future and my kids.",
     "rheumatology", "30~39", "female"),
    ("I'm 59, male, and I've had 3 gout attacks in my big toe this year. Colchicine helps during attacks. Should I be on something long term?",
     "rheumatology", "50~59", "male"),

    # urology
    ("My 2 year old son's left testicle is not in his scrotum. The doctor said it's undescended and it's been like this since birth. When is surgery usually done?",
     "urology", "0~9", "male"),
    ("My son is 14 and found a soft lump above his left testicle that feels like a bag of worms. No pain. Doctor said varicocele. Does it need treatment?",
     "urology", "10~19", "male"),
    ("61 year old man. I get up 3 or 4 times a night to pee and the stream is weak. My PSA was 3.8. What's the next step?",
     "urology", "60~69", "male"),
    ("I'm 38, a guy, and I passed a kidney stone last month, the second one in 3 years. How do I stop getting them? I drink a lot of iced tea.",
     "urology", "30~39", "male"),

    # nutrition
    ("My 13 year old daughter just went vegetarian. I'm worried she's not getting enough iron and protein for her volleyball season. Can you suggest what she should be eating?",
     "nutrition", "10~19", "female"),
    ("My 9 year old son swims competitively, practices at 5:30 am. What should he eat before morning practice and on meet days?",
     "nutrition", "0~9", "male"),
    ("I'm a 40 year old mom and I'd like to lose 25 lbs. I cook for picky kids every night. Is there a meal plan that works for the whole family?",
     "nutrition", "40~49", "female"),
    ("My father is 84 and lives alone. He's losing weight because he only eats toast and tea. What are easy high-protein foods he could manage himself?",
     "nutrition", "80+", "male"),
]
