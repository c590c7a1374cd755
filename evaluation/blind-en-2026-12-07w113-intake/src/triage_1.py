# triage items, part 1 (written by hand, writer 113)


def T(text, department, age_range, gender):
    return {"text": text, "department": department, "age_range": age_range, "gender": gender}


ITEMS = [
    # cardiology
    T("Dear Doctor,\nI am a retired gentleman of 84 and had my pacemaker fitted two years ago. At my last check the technician said the battery was fine, but I have become more breathless walking up to church and my ankles swell by the evening. My wife wonders whether the settings need changing or whether it is my heart itself. I would be grateful for your advice.\nYours faithfully",
      "cardiology", "80+", "male"),
    T("my heart does a funny skip a few times a day, 38F, worse when ive had coffee, my watch says heart rate is normal otherwise and the ECG at the GP was fine. who do i see about it",
      "cardiology", "30~39", "female"),
    T("HUSBAND IS 77 ON WARFARIN FOR THE AF, HIS PULSE IS ALWAYS ALL OVER THE PLACE AND THE GP SAYS HE SHOULD SEE SOMEONE ABOUT HAVING HIS HEART SHOCKED BACK INTO RHYTHM. WHICH DEPARTMENT DOES THAT",
      "cardiology", "70~79", "male"),
    T("Insurance medical picked up a heart murmur. I'm a 45 year old bloke, fit, cycle to work, no symptoms. They want an echo before they'll cover me. Where do I get that?",
      "cardiology", "40~49", "male"),

    # dentistry
    T("My top denture has gone loose since I lost weight and it clicks when I'm talking at the Women's Institute, most embarrassing. I'm a lady of 81. There's also a sore spot on the gum where it rubs.",
      "dentistry", "80+", "female"),
    T("wisdom tooth coming through at the back, gum all swollen over it and it hurts to chew. 20M",
      "dentistry", "20~29", "male"),
    T("My husband is 76 and on warfarin. He has broken a back tooth and the sharp edge is cutting his tongue. Can the dentist take it out while he's on warfarin or does he need to stop it first?",
      "dentistry", "70~79", "male"),
    T("teeth really sensitive to cold drinks since i used whitening strips for my sister's wedding, 26, she/her. will it go away",
      "dentistry", "20~29", "female"),

    # dermatology
    T("Dear Sir,\nAt 88 years of age I have developed a crusty scabby spot on the top of my head which bleeds when I comb what is left of my hair. I farmed all my life and never wore a hat, as my late wife often reminded me. It has been there since the spring.\nYours faithfully",
      "dermatology", "80+", "male"),
    T("itchy red rings on my groin and inner thigh, spreading out with a clear middle. 19, lad, go to the gym a lot",
      "dermatology", "10~19", "male"),
    T("Rosacea getting worse - I'm a 44 year old woman, red cheeks and little pimples, much worse after a glass of wine. What treatments are there?",
      "dermatology", "40~49", "female"),
    T("My mum is 72 and she's come up in big tense blisters on her legs and tummy, very itchy. The district nurse thinks it may be bullous pemphigoid and said she needs a skin specialist.",
      "dermatology", "70~79", "female"),

    # endocrinology
    T("Diagnosed with an overactive thyroid last week, 34F. I've lost a stone, my hands shake and I'm sweating all the time. GP started carbimazole and referred me on. What happens at the thyroid clinic?",
      "endocrinology", "30~39", "female"),
    T("My husband is 79 and has type 2 diabetes. His sugars are 15 to 20 even on metformin and gliclazide. The practice nurse says he may need insulin and he's terrified of needles. Who should he see?",
      "endocrinology", "70~79", "male"),
    T("routine bloods showed my calcium is high, 2.81, and the GP said something about the parathyroid gland. I'm a 61 year old woman and feel a bit tired but otherwise ok",
      "endocrinology", "60~69", "female"),
    T("Our son is 16 and still hasn't started puberty, no voice breaking, no growth spurt, he's the shortest in his year by miles and getting teased. GP did some bloods. Who specialises in this?",
      "endocrinology", "10~19", "male"),

    # family-medicine
    T("I've just retired at 70 and I haven't seen a doctor in fifteen years. I'd like a general check-up - blood pressure, bloods, prostate, whatever is usual for a man of my age. How do I go about it?",
      "family-medicine", "70~79", "male"),
    T("stinking cold for 4 days, blocked nose, sore head, 29. can i still go into work or am i contagious",
      "family-medicine", "20~29", "undisclosed"),
    T("Tired all the time. I'm a 45 year old woman, sleeping fine, periods normal, not depressed that I know of. Just exhausted by 3pm. Where do I start?",
      "family-medicine", "40~49", "female"),
    T("Dear Doctor,\nI am 92 and my daughter insists that I have what she calls a 'health MOT'. I feel perfectly well, thank you, and still walk to the post office every morning and do the flowers at chapel. What would such a check involve?\nYours faithfully,\n(Mrs)",
      "family-medicine", "80+", "female"),

    # gastroenterology
    T("Since I turned 80 I get indigestion every night, burning up into my throat, worse when I lie flat. The Gaviscon helps a little. I'm 82, a gentleman, and I've never had stomach trouble before.",
      "gastroenterology", "80+", "male"),
    T("25, bloated most days, flipping between diarrhoea and constipation for a year, worse when stressed. coeliac test negative. IBS?",
      "gastroenterology", "20~29", "undisclosed"),
    T("My wife is 74. Her bowel test kit from the screening came back positive and they have booked her for a colonoscopy. She is very anxious about the preparation. What is it like and how long is the procedure?",
      "gastroenterology", "70~79", "female"),
    T("Dad is 63 and he drinks a lot. His eyes have gone a bit yellow and his belly's got bigger these last few months though his arms are thin. He's walking about fine, just won't go to the doctor. Liver?",
      "gastroenterology", "60~69", "male"),

    # general-surgery
    T("Lump in my groin that pops out when I cough and goes back when I lie down. 68, male, not painful but it's getting bigger. Hernia? Who fixes those?",
      "general-surgery", "60~69", "male"),
    T("Gallstones showed up on my ultrasound, 47F, I've had three attacks of pain under my ribs after fatty meals. GP says I need to see a surgeon about having the gallbladder out.",
      "general-surgery", "40~49", "female"),
    T("I'm a lady of 81 and have had a soft lump on my back for years, the GP says a lipoma. It's now the size of a golf ball and catches on my bra strap. Can it be removed at my age?",
      "general-surgery", "80+", "female"),
    T("pilonidal cyst keeps coming back, 22M, draining again for the third time this year. antibiotics only work for a bit. want it sorted properly",
      "general-surgery", "20~29", "male"),

    # hematology-oncology
    T("My blood test showed platelets of 85 and the GP wants me to see haematology. 58 year old man, no bruising or bleeding. What might cause it?",
      "hematology-oncology", "50~59", "male"),
    T("Dear Doctor,\nI am 79 and have been told I have chronic lymphocytic leukaemia, found on a routine blood test. The specialist says 'watch and wait'. Surely I should be having treatment? I feel quite well and still play bowls twice a week.\nYours sincerely,\n(Mrs)",
      "hematology-oncology", "70~79", "female"),
    T("swollen glands in my neck for 6 weeks, not sore, plus drenching night sweats and I've lost half a stone. 28M. GP has requested bloods and a referral",
      "hematology-oncology", "20~29", "male"),
    T("Iron deficiency anaemia, ferritin 6, 34F. Periods are light and the camera tests on my stomach and bowel were clear. Oral iron makes me sick. Can I have an iron infusion?",
      "hematology-oncology", "30~39", "female"),

    # infectious-diseases
    T("Back from visiting family in Ghana 10 days ago and I've had fevers and shivering every other day. 40M. I took malaria tablets but missed a few. Still walking about and eating.",
      "infectious-diseases", "40~49", "male"),
    T("HIV positive 12 years, 57, man, viral load undetectable. I'd like to discuss switching to the two-monthly injections instead of tablets.",
      "infectious-diseases", "50~59", "male"),
    T("I'm 74 and this is my third bout of cellulitis in the same leg this year. Each time the GP gives me flucloxacillin. She wants a specialist opinion about long-term antibiotics. I'm a widow living on my own.",
      "infectious-diseases", "70~79", "female"),
    T("My TB skin test came back positive for my new job. No symptoms, chest x-ray fine. 27. Occupational health say I need to see someone about treating latent TB.",
      "infectious-diseases", "20~29", "undisclosed"),

    # nephrology
    T("Dear Sir,\nI am 86 and my kidney function, the eGFR, has fallen to 24. The GP mentioned that dialysis might be discussed. At my age I am not sure I want that. Who can I talk to about the options? I am a widower and live alone.\nYours faithfully",
      "nephrology", "80+", "male"),
    T("Protein in my urine on the dipstick three times now, 32F, blood pressure a bit high, not pregnant. GP wants a kidney specialist to see me.",
      "nephrology", "30~39", "female"),
    T("Polycystic kidney disease runs in my family, my mum was on dialysis. I'm a 41 year old man and my scan has just shown cysts on both kidneys. What happens now?",
      "nephrology", "40~49", "male"),
    T("my husband is 70 and goes to the dialysis unit three times a week. he's asking whether he's too old to go on the transplant list. who decides that?",
      "nephrology", "70~79", "male"),

    # neurology
    T("I'm 73 and my right hand shakes when it's resting on my knee, and I've got slower on my feet. My wife thinks it's Parkinson's. The GP is referring me. What tests will they do?",
      "neurology", "70~79", "male"),
    T("migraines with the zigzag lights before them are getting more frequent, 3 a month now. 29F, on the combined pill. Is that a problem?",
      "neurology", "20~29", "female"),
    T("Numbness and tingling in both feet creeping up towards my knees over the last year. 64M, not diabetic, I don't drink much. Bloods normal.",
      "neurology", "60~69", "male"),
    T("For three months the left side of my face twitches, the eyelid closes and the corner of my mouth pulls up. 52, female. GP said possibly hemifacial spasm.",
      "neurology", "50~59", "female"),
]
