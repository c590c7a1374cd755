# Triage items, part A (written by hand, writer 144). (text, department, age_range, gender)
ITEMS = [
    # cardiology
    ("Sorry to bother you. I'm 67 and my smartwatch keeps telling me I've got an irregular heartbeat, possible AF. I feel fine apart from the odd flutter when I'm sitting watching telly. My wife says I should ask.", "cardiology", "60~69", "male"),
    ("I've been told I have a heart murmur at my pregnancy booking, no wait, that was years ago - I'm 44 now and a new GP heard it again at my well woman check. Does it need an echo?", "cardiology", "40~49", "female"),
    ("My ankles swell by teatime and I get puffed out on the stairs more than I used to. I had a heart attack in 2016. 74 years young. Is the heart getting weaker?", "cardiology", "70~79", "undisclosed"),
    ("Hi, 35 y/o guy here. My resting heart rate randomly jumps to 170 for ten minutes then stops suddenly, happens every few weeks for years. Feels like a switch. Doc said maybe SVT, where do I go?", "cardiology", "30~39", "male"),
    # dentistry
    ("Back tooth on the bottom left has been throbbing for three days, worse with cold drinks. I'm 29 and can't find an NHS dentist taking patients. Any advice?", "dentistry", "20~29", "undisclosed"),
    ("My gums bleed every time I brush and my breath is a bit off. I'm a 52 year old woman, smoker. Should I be worried about losing teeth?", "dentistry", "50~59", "female"),
    ("Lost a filling eating a toffee last night. It doesn't hurt but there's a sharp edge catching my tongue. Retired chap, 61.", "dentistry", "60~69", "male"),
    ("My wisdom teeth are coming through and the gum at the back is sore and swollen, hard to open wide. I'm 19, female.", "dentistry", "10~19", "female"),
    # dermatology
    ("I've got a mole on my shoulder that's gone darker and a bit bigger over the summer. The edges look uneven. 38 year old man, fair skin, lots of sunburn as a kid.", "dermatology", "30~39", "male"),
    ("Scaly silvery patches on my elbows and knees for about a year, and now my scalp too. I'm 26. Sounds like psoriasis? Creams from the chemist aren't helping.", "dermatology", "20~29", "undisclosed"),
    ("My face has gone red across the cheeks and nose with little spots, flares up with wine and hot drinks. I'm a woman of 47. Rosacea?", "dermatology", "40~49", "female"),
    ("There's a rough crusty patch on my bald head that keeps scabbing and coming back. I'm 78, spent my life working outdoors on a farm.", "dermatology", "70~79", "male"),
    # endocrinology
    ("I've been losing weight, my heart races, I'm sweaty all the time and my hands shake. I'm 31 and female. The GP did bloods and says my thyroid is overactive. What happens next?", "endocrinology", "30~39", "female"),
    ("Diagnosed type 2 diabetes 5 years ago, on metformin and gliclazide, HbA1c creeping up to 75. The GP mentioned insulin. I'm 58, man. Can I see a specialist first?", "endocrinology", "50~59", "male"),
    ("My calcium keeps coming back high on blood tests, 2.8, and the GP said my parathyroid hormone is raised too. I'm 64. What does that mean?", "endocrinology", "60~69", "undisclosed"),
    ("I'm a 23 year old woman with very irregular periods, extra hair on my chin and acne. Trying to find out if it's a hormone problem like PCOS and get the right tests.", "endocrinology", "20~29", "female"),
    # family-medicine
    ("Just a general question, I'm 45 and haven't had a check-up in years. Can I book an NHS health check for blood pressure and cholesterol?", "family-medicine", "40~49", "undisclosed"),
    ("Stinking cold for a week, blocked nose, sore throat, bit of a cough. No temperature now. I'm 33. Do I need anything from the GP or just ride it out?", "family-medicine", "30~39", "undisclosed"),
    ("I've just been feeling a bit off for a couple of months. Tired, achy, not myself. Nothing specific. 56, male. Where do I even start?", "family-medicine", "50~59", "male"),
    ("Need a sick note for work, I've had a chest infection for 10 days. I'm 24 and my employer wants it from day 8. Feeling better now.", "family-medicine", "20~29", "undisclosed"),
    # gastroenterology
    ("I've had heartburn nearly every day for 6 months, and sometimes food feels like it sticks going down. I'm 61 and a man. Omeprazole helps a bit.", "gastroenterology", "60~69", "male"),
    ("Diarrhoea on and off for three months with mucus, cramping, and I've lost half a stone. I'm 22, female. My cousin has Crohn's.", "gastroenterology", "20~29", "female"),
    ("Bloated every evening, alternating constipation and loose stools, worse with stress. I'm 34 and a woman. IBS? Can I get tested for coeliac?", "gastroenterology", "30~39", "female"),
    ("My liver blood tests came back abnormal, ALT 140, and I barely drink. I'm 49, overweight. GP says fatty liver maybe. Who looks after that?", "gastroenterology", "40~49", "undisclosed"),
    # general-surgery
    ("I've got a bulge in my groin that gets bigger when I cough and goes back when I lie down. Doesn't hurt much. 55 year old man, do manual work.", "general-surgery", "50~59", "male"),
    ("Had gallstone attacks three times this year, pain under the right ribs after fatty food, lasts a few hours then settles. I'm a 42 year old woman. I think I want it out.", "general-surgery", "40~49", "female"),
    ("There's a lump on my back, soft and rubbery, about the size of a golf ball, been there for years and slowly growing. Lipoma? I'm 37. Can it be removed?", "general-surgery", "30~39", "undisclosed"),
    ("I had a hernia repair 8 years ago and there's a new bulge near the scar on my tummy. I'm 70, woman. Is it another hernia?", "general-surgery", "70~79", "female"),
    # hematology-oncology
    ("Blood test showed low platelets, 85, and the GP has repeated it and it's the same. I bruise easily. I'm 36, female. Who do I need to see?", "hematology-oncology", "30~39", "female"),
    ("My husband, 72, has been told he has a raised lymphocyte count, possibly CLL. He feels well. What's the usual next step for him?", "hematology-oncology", "70~79", "male"),
    ("Finished chemo for breast cancer 2 years ago. I'm 53. Now I've got a new ache in my hip that won't go. Should my oncology team know?", "hematology-oncology", "50~59", "female"),
    ("I've got sickle cell trait and my partner might too. We're both 27. I'm the dad-to-be. Can we get counselling about the baby's risk?", "hematology-oncology", "20~29", "male"),
    # infectious-diseases
    ("Came back from a trip to Ghana two months ago and I've had on-off diarrhoea and stomach cramps ever since. The malaria test at the walk-in was negative. 41, man.", "infectious-diseases", "40~49", "male"),
    ("I had a needle stick injury from a discarded needle while litter picking three weeks ago. The walk-in centre gave me a hep B jab and took bloods. I'm 65. What follow-up tests and jabs do I need?", "infectious-diseases", "60~69", "undisclosed"),
    ("Diagnosed with HIV last month, I'm 29 and gay. The GP wants me to see a specialist but I'm nervous. What will happen at the first appointment?", "infectious-diseases", "20~29", "male"),
    ("My Lyme disease test was positive after a tick bite in the New Forest. Had the bullseye rash. Finished doxycycline but still achy. I'm 48, female.", "infectious-diseases", "40~49", "female"),
    # nephrology
    ("My kidney function has been dropping, eGFR now 38. I have diabetes and high blood pressure. I'm 69. GP says stage 3b. Do I need a kidney doctor?", "nephrology", "60~69", "undisclosed"),
    ("Protein in my urine on three dipsticks and my ankles puff up. I'm a 30 year old woman. Blood tests show low albumin.", "nephrology", "30~39", "female"),
    ("I have polycystic kidney disease like my dad. I'm 42, male. What should I be doing to slow it down?", "nephrology", "40~49", "male"),
    ("My mum's 83 and on dialysis three times a week. She's really struggling with it. Can we talk to someone about stopping or other options?", "nephrology", "80+", "female"),
    # neurology
    ("I've been getting headaches most days for 3 months with flashing zigzags before them. I'm 27, female. Painkillers aren't cutting it.", "neurology", "20~29", "female"),
    ("Numbness and tingling in both feet creeping up over a year. I'm 63, diabetic, man. Peripheral neuropathy? Can it be tested?", "neurology", "60~69", "male"),
    ("My right hand has a tremor when I'm resting it, and my writing has got smaller. 71, woman. My sister thinks Parkinson's.", "neurology", "70~79", "female"),
    ("Had two episodes of blurred vision in one eye and numbness down one side, each lasting days, a few months apart. I'm 32. Could it be MS? Both have fully gone now.", "neurology", "30~39", "undisclosed"),
]
