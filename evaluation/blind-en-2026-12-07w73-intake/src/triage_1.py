from _mk import T

ITEMS = [
    # cardiology
    T("My dad's 68 and his ankles swell up by the evening, and he gets puffed out walking up the hill to his allotment. He had a heart attack 5 years ago. His GP mentioned seeing a heart specialist — what will they do?", "cardiology", "60~69", "male"),
    T("I'm 34 and my heart randomly races for a few minutes then stops suddenly, like someone flicked a switch. Happens about once a week when I'm sitting down. No pain. What is this?", "cardiology", "30~39", "undisclosed"),
    T("Manager here: one of my staff, a woman in her early 50s, says her smartwatch keeps flagging an irregular rhythm. She feels completely fine. Who should she see about it?", "cardiology", "50~59", "female"),
    T("Was told I have a heart murmur at a sports medical. I'm 22 and play a lot of football. Do I need an echo before next season?", "cardiology", "20~29", "undisclosed"),
    # dentistry
    T("my back tooth hurts when i drink anything cold, goes after a few seconds. 27, female. do i need a filling?", "dentistry", "20~29", "female"),
    T("My 8 year old's new front tooth came through with a brown spot on it. Is that decay already??", "dentistry", "0~9", "undisclosed"),
    T("Gums bleed every time I brush. I'm a 45 year old bloke and I smoke. Special toothpaste, or something more serious?", "dentistry", "40~49", "male"),
    T("My elderly tenant (she's 81) showed me her dentures have gone loose and are rubbing a sore on her gum. Who does she see about that?", "dentistry", "80+", "female"),
    # dermatology
    T("I have a mole on my back that my wife says has got bigger and darker over the summer. I'm 57.", "dermatology", "50~59", "male"),
    T("Acne that just won't quit. I'm 17, a girl, and I've tried everything from the chemist. It's leaving marks now.", "dermatology", "10~19", "female"),
    T("Our chef has red scaly patches on his elbows and knees that flake off. He's 39 and it's getting worse. Psoriasis?", "dermatology", "30~39", "male"),
    T("Bald patches about the size of a coin appeared on my scalp in the last month. I'm 29. Smooth skin, no itch.", "dermatology", "20~29", "undisclosed"),
    # endocrinology
    T("I've got a lump at the front of my neck that moves when I swallow, plus I've lost weight and feel shaky and hot all the time. 33 year old woman.", "endocrinology", "30~39", "female"),
    T("Type 1 for 20 years, sugars all over the place since I started night shifts. I'm 41. Who can help adjust my insulin pump settings?", "endocrinology", "40~49", "undisclosed"),
    T("Calcium came back high on routine bloods twice (2.78). I'm a 62 year old woman and I've had kidney stones. Could it be my parathyroid?", "endocrinology", "60~69", "female"),
    T("I'm a man of 52, my GP says my testosterone is low and I'm tired all the time with no sex drive. What does a hormone specialist do?", "endocrinology", "50~59", "male"),
    # family-medicine
    T("Just want a general check-up. I'm 35 and haven't seen a doctor in about 10 years. What should they check?", "family-medicine", "30~39", "undisclosed"),
    T("Cold for a week, runny nose, bit of a cough, no fever. I'm 24 F. Anything I can take to shift it?", "family-medicine", "20~29", "female"),
    T("I just feel tired all the time, nothing specific. 48, male, work long hours in a warehouse. Where do I start?", "family-medicine", "40~49", "male"),
    T("Our housekeeper is 66 and says she hasn't had her blood pressure checked or any screening in years. Where does she start?", "family-medicine", "60~69", "female"),
    # gastroenterology
    T("Heartburn most nights for 6 months, antacids barely touch it. 55 M.", "gastroenterology", "50~59", "male"),
    T("Alternating diarrhoea and constipation with awful bloating for a year now. 31 female. Is it IBS?", "gastroenterology", "30~39", "female"),
    T("Blood on the toilet paper now and then and my bowel habit has changed over the last 2 months, looser and more often. I'm 63.", "gastroenterology", "60~69", "undisclosed"),
    T("My employee (he's 26) has had watery diarrhoea with mucus for 6 weeks and he's lost weight. He thinks it's IBS but his brother has Crohn's.", "gastroenterology", "20~29", "male"),
    # general-surgery
    T("Bulge in my groin that gets bigger when I cough and disappears when I lie down. 44 M, I lift boxes for a living.", "general-surgery", "40~49", "male"),
    T("Had three gallstone attacks this year and the GP says my gallbladder should come out. What's the operation like? 38F.", "general-surgery", "30~39", "female"),
    T("Soft lump under the skin on my back, moves when I push it, been growing slowly for years. Can it be removed? I'm in my 50s, female.", "general-surgery", "50~59", "female"),
    T("Painful lump near the top of my bum crack that keeps getting infected and draining. 21, male. Can it be cut out for good?", "general-surgery", "20~29", "male"),
    # hematology-oncology
    T("Bloods showed my platelets are 620. I feel fine. I'm a 67 year old woman. Why would they be high?", "hematology-oncology", "60~69", "female"),
    T("My neighbour's husband (he's 72) has been told he has CLL and they're 'watching and waiting'. What does that actually mean?", "hematology-oncology", "70~79", "male"),
    T("I'm 28, I bruise really easily and my periods are heavy, and my mum has von Willebrand disease. Should I get tested?", "hematology-oncology", "20~29", "female"),
    T("Swollen glands in my neck for 6 weeks, night sweats, itchy skin all over. I'm 19.", "hematology-oncology", "10~19", "undisclosed"),
    # infectious-diseases
    T("Got back from Nigeria 10 days ago and I've had fevers every other day with chills. I took the malaria tablets but not every day. 36 M.", "infectious-diseases", "30~39", "male"),
    T("Needle-stick injury at work (I'm a cleaner) from a needle someone left in a bin, 2 days ago. I'm 43. Do I need HIV and hepatitis tests?", "infectious-diseases", "40~49", "undisclosed"),
    T("I'm HIV positive, 50, male, thinking about changing my meds because of side effects. Who manages that?", "infectious-diseases", "50~59", "male"),
    T("Grandma was diagnosed with TB and my screening test came back positive for latent TB. I'm 15. Do I really need 3 months of pills?", "infectious-diseases", "10~19", "undisclosed"),
    # nephrology
    T("My kidney function (eGFR) has dropped from 60 to 41 in a year. I'm diabetic, 58 F. Who should I be seeing?", "nephrology", "50~59", "female"),
    T("Protein in my urine on the dipstick at a work medical, and my ankles have been puffy. 32 male.", "nephrology", "30~39", "male"),
    T("Our neighbour, 75, is on dialysis at the unit three times a week and asked me to find out whether she could switch to home dialysis.", "nephrology", "70~79", "female"),
    T("Polycystic kidney disease runs in my family, my dad had a transplant. I'm 25. Should I be scanned?", "nephrology", "20~29", "undisclosed"),
    # neurology
    T("Pins and needles in both feet, slowly creeping up my legs over months. 61, male, not diabetic.", "neurology", "60~69", "male"),
    T("My migraines are getting more frequent, about 12 a month now. 37 female, tried triptans. What's next?", "neurology", "30~39", "female"),
    T("My boss, late 40s, has a tremor in both hands when he holds a cup. Worse after coffee. He asked me to look into it.", "neurology", "40~49", "male"),
    T("I'm 23 and twice now I've lost a few seconds; people said I was staring and smacking my lips. Fine otherwise. Who do I see?", "neurology", "20~29", "undisclosed"),
]
