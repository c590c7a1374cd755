# triage items, part 2 (written by hand, writer 113)


def T(text, department, age_range, gender):
    return {"text": text, "department": department, "age_range": age_range, "gender": gender}


ITEMS = [
    # obstetrics-gynecology
    T("I am 71 and went through the change twenty years ago. This month I have had some spotting twice. I am not on HRT. My friend at church said not to ignore it. Which clinic should I go to?",
      "obstetrics-gynecology", "70~79", "female"),
    T("20 weeks pregnant with my second, 31. Anomaly scan is next week, what do they actually check and can my husband come in?",
      "obstetrics-gynecology", "30~39", "female"),
    T("heavy periods with big clots, flooding through a pad in an hour on day 2, 46. scan said fibroids. what are my options other than the coil",
      "obstetrics-gynecology", "40~49", "female"),
    T("Dear Doctor, I am 84 and have a feeling of something coming down below, like a ball in the vagina, worse at the end of the day after I've been on my feet. Is this a prolapse and can anything be done at my age? Yours faithfully",
      "obstetrics-gynecology", "80+", "female"),

    # ophthalmology
    T("I'm a retired gentleman of 81 with cataracts in both eyes. Driving at night the headlights dazzle me terribly and I've stopped going to the bowls club evenings. How long is the waiting list for the operation?",
      "ophthalmology", "80+", "male"),
    T("dry gritty eyes for months, 55F, worse after a day at the computer, drops from the chemist barely help",
      "ophthalmology", "50~59", "female"),
    T("My wife is 78 and has injections for wet macular degeneration every eight weeks. She asks whether they go on for life, and whether she can have them at the community hospital nearer home.",
      "ophthalmology", "70~79", "female"),
    T("Our 12 year old son's glasses get stronger every year, now -4.5. The optician mentioned 'myopia control'. Is that something the hospital eye clinic does?",
      "ophthalmology", "10~19", "male"),

    # orthopedics
    T("Hip pain for two years, 77M, the x-ray shows severe arthritis and I can barely walk to the end of the road now. The GP asked if I want a referral for a new hip. What does the surgeon look for?",
      "orthopedics", "70~79", "male"),
    T("tore my ACL skiing in February, 34F, knee keeps giving way going down stairs. MRI confirmed the tear. do I need surgery or can I just strengthen it?",
      "orthopedics", "30~39", "female"),
    T("Fell off my bike three months ago and I still can't lift my right arm above my head. 63M. Rotator cuff tear?",
      "orthopedics", "60~69", "male"),
    T("bunion on my right foot is huge now and rubs in every shoe, 58. i've tried the toe spacers. is surgery worth it?",
      "orthopedics", "50~59", "undisclosed"),

    # otolaryngology
    T("MY HUSBAND IS 85 AND HIS HEARING AIDS KEEP WHISTLING AND HE SAYS THEY ARE NO GOOD. THE NURSE SAID HIS EARS ARE FULL OF WAX AND THE SURGERY DOESN'T SYRINGE ANY MORE. WHERE DO WE GO",
      "otolaryngology", "80+", "male"),
    T("My son is 15 and gets nosebleeds three or four times a week, usually at night, from the same side. They stop with pressure. Should someone look up there?",
      "otolaryngology", "10~19", "male"),
    T("Hoarse voice for six weeks now, 60F, ex-smoker, no cold. My singing group has noticed. Who looks at the voice box?",
      "otolaryngology", "60~69", "female"),
    T("big tonsils, snoring like a train, keep getting tonsillitis - 4 times this year. 38 yr old man. can adults have tonsils out?",
      "otolaryngology", "30~39", "male"),

    # pediatrics
    T("my 4 year old daughter has chickenpox, spots everywhere and she's scratching them raw. she's eating and playing. what can i give her for the itch?",
      "pediatrics", "0~9", "female"),
    T("baby is 9 months and has been constipated since we started solids, hard pellets and straining and crying. what can we give?",
      "pediatrics", "0~9", "undisclosed"),
    T("I look after my grandson, he's 6, while his mum works. He's had a cough every night for three weeks, fine in the day, running around. No temperature. What do you think?",
      "pediatrics", "0~9", "male"),
    T("My 11 year old gets tummy aches most school mornings, better at weekends. Eating ok, growing ok. Should we have it checked?",
      "pediatrics", "10~19", "undisclosed"),

    # psychiatry
    T("Since my husband died two years ago I cannot stop crying, I don't sleep and I've stopped going to the lunch club. I'm 79. I am not thinking of harming myself, I just feel empty. My daughter wants me to see someone.",
      "psychiatry", "70~79", "female"),
    T("keep getting panic attacks at work, 27M, heart racing, feel like i'm going to pass out, then it goes after 10 mins. GP checked my heart and said it's anxiety",
      "psychiatry", "20~29", "male"),
    T("My husband is 68 and drinks a bottle of whisky a day since he retired. He finally says he wants to stop. Where can he get help to come off it safely?",
      "psychiatry", "60~69", "male"),
    T("19, non-binary (they/them), I wash my hands until they crack and bleed and have to check the door locks 20 times before I leave. I think it's OCD. can I get a referral?",
      "psychiatry", "10~19", "other"),

    # pulmonology
    T("I'm a retired miner, 81, with COPD. I've used my rescue pack of steroids and antibiotics three times this winter. The nurse mentioned home oxygen. Who assesses for that?",
      "pulmonology", "80+", "male"),
    T("Asthma getting worse, 24F, using my blue inhaler 5 times a day even on the brown one. Getting breathless on the walk to work",
      "pulmonology", "20~29", "female"),
    T("Chronic cough bringing up phlegm every morning for years, 58F, never smoked. CT scan report says bronchiectasis. What now?",
      "pulmonology", "50~59", "female"),
    T("my wife says I stop breathing in my sleep and then gasp, and I fall asleep at red lights. 49M, 19 stone. is this sleep apnea and who tests for it",
      "pulmonology", "40~49", "male"),

    # rehabilitation
    T("I had a stroke six months ago, I'm 74 and my left arm is still weak. The community physio has finished. I want to get back to doing my own buttons and holding a cup. Is there more rehab I can have?",
      "rehabilitation", "70~79", "male"),
    T("Dear Sir or Madam, I am 82 and had my hip replaced at the end of March. I am walking with a frame indoors and two sticks outside. I should very much like to return to the bowling green this summer. Could I have more physiotherapy? Yours faithfully (Mrs)",
      "rehabilitation", "80+", "female"),
    T("Broke my ankle playing netball, cast came off two weeks ago. 33F. It's stiff and swollen and I'm limping. Do I need physio?",
      "rehabilitation", "30~39", "female"),
    T("Back at work 8 weeks after my heart attack and stent, 56M. I was offered cardiac rehab classes but missed the start date. Can I still join?",
      "rehabilitation", "50~59", "male"),

    # rheumatology
    T("Morning stiffness in my hands lasting two hours, knuckles puffy, 48F. My mum had rheumatoid arthritis.",
      "rheumatology", "40~49", "female"),
    T("third gout attack this year, big toe each time, 55M. I'd like to go on the preventive tablet. urate was 520",
      "rheumatology", "50~59", "male"),
    T("I am 76 and have polymyalgia. Each time the prednisolone is reduced below 7.5mg my shoulders and hips stiffen up again. I am a grandmother who likes her garden and I'm fed up.",
      "rheumatology", "70~79", "female"),
    T("Lower back stiff every morning since my twenties, better with exercise, worse with rest. 31M. Blood test came back HLA-B27 positive.",
      "rheumatology", "30~39", "male"),

    # urology
    T("PROSTATE TROUBLE. I AM 78 AND UP 4 TIMES A NIGHT, WEAK STREAM, PSA WAS 5.2. THE TABLETS HAVENT HELPED. WHAT NEXT",
      "urology", "70~79", "male"),
    T("Passed a kidney stone last month, 42M, second one in 3 years. How do I stop getting more?",
      "urology", "40~49", "male"),
    T("I'm a lady of 70 and I noticed blood in my water once last week, no pain at all. The GP has sent a referral to the haematuria clinic. What will they do?",
      "urology", "70~79", "female"),
    T("38 year old, married, 3 kids, I want a vasectomy. Does it go through the hospital or a clinic?",
      "urology", "30~39", "male"),

    # nutrition
    T("I am 87 and living alone since my wife died. I do not cook much, it is mostly toast and tea. My daughter worries I'm not eating properly. What should a man of my age be eating?",
      "nutrition", "80+", "male"),
    T("vegan for 2 years, 23F, worried about B12 and iron, what should i be eating and do I need supplements",
      "nutrition", "20~29", "female"),
    T("Newly diagnosed coeliac, 40F. The gastroenterologist confirmed it with a biopsy. I'm lost in the supermarket. What can I actually eat?",
      "nutrition", "40~49", "female"),
    T("Type 2 diabetes diagnosed at 60, I'm a man who's always had cereal and toast for breakfast. What breakfast is best for my sugars?",
      "nutrition", "60~69", "male"),
]
