# Triage items part A (written by hand, writer 66). 4 per department.

def T(text, department, age_range, gender):
    return {"text": text, "department": department, "age_range": age_range, "gender": gender}


ITEMS = [
    # cardiology
    T("At her school health check they heard a heart murmur in my 7 year old daughter. She's totally well, runs about, no fainting. GP said 'probably innocent' but wants it looked at properly. Who does that?", "cardiology", "0~9", "female"),
    T("I'm a 45 year old woman and a few times a week I get this fluttery, flip-floppy feeling in my chest for a few seconds. No pain. Coffee seems to make it worse. Should I get a heart tracing?", "cardiology", "40~49", "female"),
    T("Dad is 76, had a heart attack in 2019. Lately his ankles are puffy by the evening and he needs three pillows to sleep or he gets short of breath. His water tablet doesnt seem to be doing much.", "cardiology", "70~79", "male"),
    T("My smartwatch flagged 'possible atrial fibrillation' twice this month. I'm 63, on tablets for blood pressure. Feel fine. Do I need a specialist or is the watch just rubbish?", "cardiology", "60~69", "undisclosed"),
    # dentistry
    T("my toddler's top front teeth have brown bits at the gum line. she still has a bottle of milk to go to sleep. is that decay already?? she's only 2", "dentistry", "0~9", "female"),
    T("I'm 16 (boy) and my wisdom teeth are coming through and my gum at the back keeps swelling and tasting gross. Can't open my mouth very wide.", "dentistry", "10~19", "male"),
    T("Pregnant 24 weeks and my gums bleed every time I brush, sometimes when I eat an apple. I'm 34. Is it the pregnancy or do I need a dentist?", "dentistry", "30~39", "female"),
    T("Husband's dentures (he's 78) keep rubbing and he's got a sore spot under them that won't heal, been about a month. He just stops wearing them and eats soup.", "dentistry", "70~79", "male"),
    # dermatology
    T("I'm 15 and my acne is really bad on my cheeks and back, like painful lumps not just spots. I've tried every face wash from Boots. Mum says ask a doctor. I'm a girl if that matters", "dermatology", "10~19", "female"),
    T("Mole on my back — my wife says it's got bigger and darker and the edge is a bit ragged now. I'm 47. Doesn't hurt or bleed.", "dermatology", "40~49", "male"),
    T("My kid has about 6 warts on his fingers and they keep spreading. He's 6 and bites them. Freeze spray from the chemist did nothing.", "dermatology", "0~9", "male"),
    T("Round bald patch appeared on the side of my head, about the size of a 50p. Smooth skin. 28 year old, pretty stressed at work lately.", "dermatology", "20~29", "undisclosed"),
    # endocrinology
    T("My daughter is 7 and a half and has started developing breast buds and some body odour. That feels really early to me. Her cousin was 12. Who should see her?", "endocrinology", "0~9", "female"),
    T("TSH came back 9.8 on my bloods. I'm a 38 year old woman, always cold, hair falling out, gained weight without eating more. GP mentioned thyroid. Do I need a specialist?", "endocrinology", "30~39", "female"),
    T("Type 2 diabetes 6 years, on metformin and gliclazide, but my HbA1c keeps climbing, last one 74. I'm 52, male. What are the next options?", "endocrinology", "50~59", "male"),
    T("Our son is 14 and the shortest in his year by miles, hasn't had any growth spurt and no signs of puberty yet. Both of us are average height.", "endocrinology", "10~19", "male"),
    # family-medicine
    T("Haven't seen a doctor in about 10 years, I'm 25, male, feel fine. Should I be getting some sort of general check-up or blood tests at my age?", "family-medicine", "20~29", "male"),
    T("Got a stinking cold, day 4. Runny nose, sore throat, bit of a cough, no temperature. I'm 33 and otherwise healthy. Just want to know if there's anything worth taking or do I ride it out", "family-medicine", "30~39", "undisclosed"),
    T("I'm 47 and just feel run down all the time. Achy, tired, not sleeping great, no real appetite. Not sure if it's the menopause or something else. I don't even know which doctor to ask.", "family-medicine", "40~49", "female"),
    T("Need my blood pressure tablets renewed and the nurse said I'm due my annual review and flu jab. 61, man. Can I get all that done in one go?", "family-medicine", "60~69", "male"),
    # gastroenterology
    T("Heartburn nearly every night for about 6 months. I'm 42, female. Living on Gaviscon. Now I sometimes taste acid at the back of my throat when I wake up.", "gastroenterology", "40~49", "female"),
    T("29 year old guy here. On and off for a few months I've had loose stools and some blood mixed in, plus cramps. Lost a bit of weight. Not in agony, just worried.", "gastroenterology", "20~29", "male"),
    T("My father (66) says food feels like it sticks halfway down, mostly bread and meat. It's been getting gradually worse over a couple of months. He's also lost about half a stone.", "gastroenterology", "60~69", "male"),
    T("I've been diagnosed with IBS but the bloating is so bad by the afternoon I look pregnant. 35, woman. Peppermint capsules don't help. Is there a specialist for this?", "gastroenterology", "30~39", "female"),
    # general-surgery
    T("Lump in my right groin that pops out when I cough or lift and goes back in when I lie down. Slight ache. 44, male, work in a warehouse. Hernia?", "general-surgery", "40~49", "male"),
    T("Scan showed gallstones. I get awful pain under my right ribs after anything fatty, maybe once a fortnight. I'm 55 (woman). Want to talk about having the gallbladder out.", "general-surgery", "50~59", "female"),
    T("I keep getting a painful swelling at the top of my bum crack that drains pus every few months. Nurse called it a pilonidal sinus. I'm 27. Can it be removed for good?", "general-surgery", "20~29", "undisclosed"),
    T("There's a soft lump on my husband's back, under the skin, been there years but it's grown to the size of a golf ball. He's 68. Doesn't hurt. Doctor said lipoma but he wants it off.", "general-surgery", "60~69", "male"),
    # hematology-oncology
    T("Our son is 4 and was just diagnosed with leukaemia (ALL). He starts treatment next week. We're scared and want to understand what the next months will look like.", "hematology-oncology", "0~9", "male"),
    T("I'm 60 and have just been told my breast lump is cancer. Surgery first, then they said chemo. What side effects should I prepare for?", "hematology-oncology", "60~69", "female"),
    T("I have sickle cell and I'm 31. Getting pain crises more often this year, maybe every month. My haematologist retired. Need a new one.", "hematology-oncology", "30~39", "male"),
    T("Platelets came back low on routine bloods, 82. Repeated and still low. No bleeding, no bruising. I'm 45. What does this mean and who looks into it?", "hematology-oncology", "40~49", "undisclosed"),
]
