# Writer 59, triage items (part a). Format: (text, department, age_range, gender). Hand written.
ITEMS = [
    # cardiology
    ("Good day doctor. I am a 58 year old man, hypertensive for 10 years. For 2 months when I climb the stairs to my office on the 3rd floor I feel tightness in my chest and I have to stop, then it goes after 2-3 minutes. No pain at rest. What tests should I do?", "cardiology", "50~59", "male"),
    ("my mother is 72 and her heart beat feels irregular, like jumping, when I hold her wrist. she gets tired easily and her feet swell in the evening. the chemist machine said pulse 118. she's not in distress now, sitting and chatting.", "cardiology", "70~79", "female"),
    ("Asalam, I'm 34, had rheumatic fever as a child in our village. Now a doctor heard a murmur and said I need an echo. I get breathless walking up hills. What is the next step, which specialist?", "cardiology", "30~39", "undisclosed"),
    ("Hello, I am a 45 year old lady, my ECG during a company medical showed 'LVH'. My BP is usually 160s over 100. I feel fine. What does LVH mean and is my heart damaged?", "cardiology", "40~49", "female"),
    # dentistry
    ("Please doc my gums bleed every time I brush and my breath smells even after brushing, my husband complains. I'm 31. Teeth not painful.", "dentistry", "30~39", "female"),
    ("I have a broken tooth at the back, it broke on a piece of bone in the chicken last week. Now cold water makes it shoot pain. I'm 40, male.", "dentistry", "40~49", "male"),
    ("my 6 year old's front milk teeth are black and crumbling, she loves sweets and Fanta. does she need treatment even if they will fall out?", "dentistry", "0~9", "female"),
    ("Wisdom tooth coming out at the bottom left, gum swollen over it and food gets stuck, painful to open mouth wide. 22 yrs.", "dentistry", "20~29", "undisclosed"),
    # dermatology
    ("Hello, I'm a 27 year old woman from Lagos. I have dark, thick, itchy patches on the back of my neck and in my armpits. I'm a bit overweight. Is it dirt? I scrub hard but it doesn't go.", "dermatology", "20~29", "female"),
    ("I have had scaly pink patches on my elbows and knees for years, and now my scalp too. They itch sometimes. I'm 38M. Someone said psoriasis. Can it be cured?", "dermatology", "30~39", "male"),
    ("doc my face has keloids from acne, especially on the jaw. I'm 24. injections? surgery?", "dermatology", "20~29", "undisclosed"),
    ("My grandfather, 79, has a sore on his nose that has been there for a year, it scabs and bleeds and never heals. He was a farmer in the sun all his life.", "dermatology", "70~79", "male"),
    # endocrinology
    ("Good afternoon. I'm 33, female. My neck has been swelling in front for a year, and I feel hot all the time, heart racing, lost 7 kg without trying. My hands shake. Which doctor?", "endocrinology", "30~39", "female"),
    ("my son is 15 and he is the shortest in his class by far, his younger brother is taller than him. he eats well. is there a test for growth hormone?", "endocrinology", "10~19", "male"),
    ("I'm type 1 diabetic since age 12, now 26. My sugars swing from 2.8 to 20 in one day even though I count carbs. I'm on Mixtard. Should I change insulin?", "endocrinology", "20~29", "undisclosed"),
    ("Hello, my calcium is high, 2.85 mmol/L, and PTH is high too. I'm a 61 year old woman with kidney stones twice. What does this mean?", "endocrinology", "60~69", "female"),
    # family-medicine
    ("Hello doctor, I'm 42 and I haven't had a check-up in 10 years. I feel fine. What tests should a man my age do? BP, sugar, what else?", "family-medicine", "40~49", "male"),
    ("I've had a runny nose, sneezing and a mild sore throat for 4 days. No fever. I'm 29. Do I need antibiotics or will it pass?", "family-medicine", "20~29", "undisclosed"),
    ("I'm always tired, for about 3 months. I sleep 7 hours, I eat ok. I'm 36, work in an office, female. No other complaints really. Where do I start?", "family-medicine", "30~39", "female"),
    ("My dad is 66 and wants a general medical before he goes to Hajj. He has mild BP. What vaccines and checks does he need?", "family-medicine", "60~69", "male"),
    # gastroenterology
    ("I'm 50 and I've had on-and-off diarrhoea and cramps for 6 months, sometimes mucus and blood. Lost some weight. Stool test for parasites negative twice.", "gastroenterology", "50~59", "undisclosed"),
    ("Doctor my stomach bloats every day after lunch, lots of gas, I have been like this for a year. Worse with beans and milk. I'm a 28 year old man.", "gastroenterology", "20~29", "male"),
    ("I was told I have hepatitis B carrier at 35 during pregnancy. Now I'm 41 and never followed up. What monitoring do I need?", "gastroenterology", "40~49", "female"),
    ("my father is 64 and has had difficulty swallowing solid food for 2 months, it sticks in the middle of his chest. he now only eats soft food and has lost weight. he smoked for years.", "gastroenterology", "60~69", "male"),
    # general-surgery
    ("There is a lump in my groin on the right side that comes out when I cough or lift and goes back when I lie down. I'm 47 and I lift bags of cement at work. No pain much.", "general-surgery", "40~49", "male"),
    ("I have a soft round lump on my back, about the size of an egg, for 5 years. It doesn't hurt. I'm a woman of 39. Lipoma? Can it be removed?", "general-surgery", "30~39", "female"),
    ("I had 3 episodes of pain under the right ribs after fatty meals this year, ultrasound shows several gallstones. I'm 44. Pain free now. Who do I see about removing it?", "general-surgery", "40~49", "undisclosed"),
    ("my son, 19, has an ingrown toenail on the big toe that keeps getting infected, 3 times this year. antibiotics help then it comes back.", "general-surgery", "10~19", "male"),
    # hematology-oncology
    ("I'm a 17 year old sickle cell patient (SS). My crises have increased to once a month this year. I take folic acid and paludrine. Is hydroxyurea good for me?", "hematology-oncology", "10~19", "undisclosed"),
    ("My husband, 55, was told his platelets are 62 on a routine test. He bruises easily lately. He doesn't drink. What is next?", "hematology-oncology", "50~59", "male"),
    ("I finished chemotherapy for breast cancer 6 months ago. I'm 48. How often should I do follow-up scans and what symptoms should I watch?", "hematology-oncology", "40~49", "female"),
    ("Painless lumps in my neck, armpit and groin for 2 months, I'm 31, night sweats and itching. HIV test negative. What could it be?", "hematology-oncology", "30~39", "undisclosed"),
    # infectious-diseases
    ("I was diagnosed HIV positive last week at 29. I'm terrified. The clinic wants to start me today on TLD. What should I know? Will I live long?", "infectious-diseases", "20~29", "undisclosed"),
    ("I came back from a trip to Kinshasa 10 days ago and now I have fever on and off, 3 days, with headache. Malaria RDT negative. I'm a man of 43. What other infections?", "infectious-diseases", "40~49", "male"),
    ("My mother, 68, has had TB treatment for 4 months but the latest sputum is still positive. The nurse said maybe resistant. What happens now?", "infectious-diseases", "60~69", "female"),
    ("I'm 35F and have had typhoid 'diagnosed' 4 times this year by Widal test. Each time I take cipro. Is it really typhoid?", "infectious-diseases", "30~39", "female"),
    # nephrology
    ("My creatinine has been rising: 120, then 160, now 210 over 2 years. I'm 57, diabetic and hypertensive. The GP says see a specialist. Can the kidneys recover?", "nephrology", "50~59", "undisclosed"),
    ("Hello doctor, I'm 24 female, my face and legs swell in the morning, and my urine is very foamy. Test showed protein 3+. What is this?", "nephrology", "20~29", "female"),
    ("my father, 70, has been on dialysis 3 times a week for a year. he wants to know if he is too old for a kidney transplant, my brother wants to donate.", "nephrology", "70~79", "male"),
    ("I'm on lithium for years and now my kidney function is dropping, eGFR 48. I'm a 52 year old man. Should I stop lithium? My psychiatrist isn't sure.", "nephrology", "50~59", "male"),
    # neurology
    ("I have headaches on one side of my head with vomiting and I can't stand light, about twice a month, they last a whole day. I'm a 26 year old woman. Panadol doesn't help.", "neurology", "20~29", "female"),
    ("My 70 year old dad's hand shakes when resting, he walks slowly with small steps and his face has less expression. It's been getting worse over a year.", "neurology", "70~79", "male"),
    ("I've had numbness and tingling in both feet going up to my ankles for 6 months. I'm 49, not diabetic, I drink a bit. What is causing it?", "neurology", "40~49", "undisclosed"),
    ("I'm 32 and a year ago I lost vision in one eye for a few weeks, it came back. Now my leg is numb on one side for 2 weeks. Is this MS? Is it even in Africa?", "neurology", "30~39", "undisclosed"),
]
