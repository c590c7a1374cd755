# Triage items part A (written by hand, writer 141).
# (text, department, age_range, gender)

ITEMS = [
    # cardiology
    (
        "hi I'm sixty three and my smart watch keeps telling me I've got a fib A fib whatever it is irregular rhythm it's gone off four times this week I feel fine just a bit fluttery sometimes should I get it checked by a heart doctor",
        "cardiology", "60~69", "undisclosed",
    ),
    (
        "My husband is 48 and his cholesterol and blood pressure are both high, and his dad died of a heart attack at 52. His GP did an ECG which was normal. Should he have a proper heart scan or stress test?",
        "cardiology", "40~49", "male",
    ),
    (
        "I'm a 35 year old woman and I get palpitations when I lie on my left side at night, like my heart skips then thumps. It's been months. Caffeine doesn't seem to matter. Who should I see?",
        "cardiology", "30~39", "female",
    ),
    (
        "my mum is seventy eight and she was told she has a heart murmur and a narrow valve the aortic one comma she gets breathless going up the stairs slowly over the last year and they mentioned a tavi what's that",
        "cardiology", "70~79", "female",
    ),
    # dentistry
    (
        "my back tooth on the bottom left has a hole in it and it's sensitive to cold and sweet things for about a month now I'm twenty six and I haven't been to a dentist since uni",
        "dentistry", "20~29", "undisclosed",
    ),
    (
        "My gums bleed every time I brush and my breath is terrible. I'm a 44-year-old man, smoker. Is this gum disease and can it be reversed?",
        "dentistry", "40~49", "male",
    ),
    (
        "I'm 67 and my dentures have got loose since I lost weight, they rub a sore spot on my gum. Do I need new ones or can they be relined? I'm a retired nurse, she/her.",
        "dentistry", "60~69", "female",
    ),
    (
        "I grind my teeth at night so bad my jaw clicks and aches in the morning my partner says it sounds like gravel I'm thirty one female would a mouth guard help",
        "dentistry", "30~39", "female",
    ),
    # dermatology
    (
        "I'm 16 and my acne is really bad on my back and chest, I've tried all the washes from the chemist. I'm a boy if that matters. What else is there?",
        "dermatology", "10~19", "male",
    ),
    (
        "i've got this scaly pink patch on my elbows and knees that's been there for ages it flakes off like silver dandruff I'm fifty two and my dad had something similar",
        "dermatology", "50~59", "undisclosed",
    ),
    (
        "Woman, 38. New mole on my shoulder in the past 6 months, dark brown, slightly irregular edge, not itchy. My sister had a melanoma removed last year. I'd like it looked at.",
        "dermatology", "30~39", "female",
    ),
    (
        "hi doctor my grandfather is eighty four and he's got a crusty sore on the top of his bald head that bleeds when he scratches it and then scabs over again it's been about three months he was a farmer all his life",
        "dermatology", "80+", "male",
    ),
    # endocrinology
    (
        "I'm a 29 year old woman and I've lost 8 kilos without trying, my hands shake, I'm hot all the time and my heart races. A friend said thyroid. Who do I see?",
        "endocrinology", "20~29", "female",
    ),
    (
        "my husband's type two diabetes isn't controlled at all his sugars are in the teens most mornings he's on metformin and gliclazide and the GP wants a specialist opinion about insulin he's fifty seven",
        "endocrinology", "50~59", "male",
    ),
    (
        "They found a lump on my thyroid on a neck scan that was done for something else. 1.8 cm nodule. I'm 45, female. What happens now?",
        "endocrinology", "40~49", "female",
    ),
    (
        "I'm non-binary, 23, and I want to start testosterone, my GP said I need an endocrinologist to oversee it. What will they check first?",
        "endocrinology", "20~29", "other",
    ),
    # family-medicine
    (
        "hi I just need a general check up I'm forty and I haven't seen a doctor in about ten years nothing wrong that I know of just want my bloods and blood pressure checked",
        "family-medicine", "40~49", "undisclosed",
    ),
    (
        "Stuffy nose, sore throat, mild cough for four days. No fever. I'm a 33 year old guy. Anything I can take to get back to work quicker?",
        "family-medicine", "30~39", "male",
    ),
    (
        "I'm 71 and just feel tired and a bit off all the time lately, not sleeping great, no particular pain, my wife says I should get looked over. Where do I start?",
        "family-medicine", "70~79", "male",
    ),
    (
        "hey so I'm twenty and I need a doctor's note for uni because I had a bad cold last week and missed an exam can someone help with that",
        "family-medicine", "20~29", "undisclosed",
    ),
    # gastroenterology
    (
        "I've had heartburn almost every day for a year and the tablets from the chemist only take the edge off. I'm 50, male. My GP says I might need a camera test.",
        "gastroenterology", "50~59", "male",
    ),
    (
        "my stomach bloats up like I'm six months pregnant by the evening and I alternate between diarrhoea and constipation I'm a thirty four year old woman is this IBS or something else",
        "gastroenterology", "30~39", "female",
    ),
    (
        "My 17 year old son's blood test showed raised liver enzymes, ALT 98, after a sports physical. He doesn't drink. He feels fine. Who should follow this up?",
        "gastroenterology", "10~19", "male",
    ),
    (
        "I'm 62 and I've noticed my poo is looser than usual for about two months and sometimes there's mucus. No blood. My bowel screening kit came back negative last year. Should I still get it looked at?",
        "gastroenterology", "60~69", "undisclosed",
    ),
    # general-surgery
    (
        "I've got a bulge in my groin on the right side that comes out when I cough and goes back in when I lie down, it aches after work, I'm forty two and do heavy lifting",
        "general-surgery", "40~49", "undisclosed",
    ),
    (
        "Had gallstones on an ultrasound, three attacks of pain under the ribs in the last two months, all settled at home. I'm a woman, 39. I'd like to talk about having the gallbladder removed.",
        "general-surgery", "30~39", "female",
    ),
    (
        "my dad's got a lump on his back the size of a golf ball it's soft and moves around doesn't hurt the GP said lipoma he wants it cut out because it rubs on his chair he's sixty six",
        "general-surgery", "60~69", "male",
    ),
    (
        "I'm 27 and I have a painful lump near the top of my bum crack that keeps getting infected and leaking. My GP called it a pilonidal sinus. Can it be operated on? I'm a man.",
        "general-surgery", "20~29", "male",
    ),
    # hematology-oncology
    (
        "my blood test came back with low platelets 85 and the GP wants me to see a blood specialist I'm fifty five I bruise easily but otherwise feel okay",
        "hematology-oncology", "50~59", "undisclosed",
    ),
    (
        "I finished treatment for breast cancer two years ago. I'm 46. I'd like to know what follow-up scans I should be having and whether tamoxifen for ten years is needed.",
        "hematology-oncology", "40~49", "female",
    ),
    (
        "My father is 74 and his routine bloods showed a high white count, lymphocytes, and the GP mentioned CLL. He feels fine. What does this mean for him?",
        "hematology-oncology", "70~79", "male",
    ),
    (
        "I'm a 24 year old woman with sickle cell trait and I'm planning a pregnancy should my partner get tested and who do we talk to about it",
        "hematology-oncology", "20~29", "female",
    ),
    # infectious-diseases
    (
        "I got back from Ghana two weeks ago and I've had fevers and chills on and off, I did take my malaria tablets mostly, I'm thirty and male, I feel okay between the fevers",
        "infectious-diseases", "30~39", "male",
    ),
    (
        "I'm 52 and I tested positive for hepatitis C on a blood donation screen. I feel completely well. What's the treatment these days and who manages it?",
        "infectious-diseases", "50~59", "undisclosed",
    ),
    (
        "I'm HIV positive, 41, gay man, moving to a new city. Need to transfer my care and keep my meds going without a gap.",
        "infectious-diseases", "40~49", "male",
    ),
    (
        "my wife has had three courses of antibiotics for the same skin infection on her leg and the swab grew MRSA now they don't know what to give her she's sixty one",
        "infectious-diseases", "60~69", "female",
    ),
    # nephrology
    (
        "My kidney function test says eGFR 38 and stage 3b chronic kidney disease. I'm 69 with diabetes. Do I need to see a kidney specialist?",
        "nephrology", "60~69", "undisclosed",
    ),
    (
        "hi my urine is frothy all the time and my ankles are puffy and the GP found protein in my wee I'm a twenty eight year old man no other problems",
        "nephrology", "20~29", "male",
    ),
    (
        "My mother is 83 and has been told she may need dialysis within a year. She doesn't want it. What are the alternatives?",
        "nephrology", "80+", "female",
    ),
    (
        "I've got polycystic kidney disease like my mum had I'm thirty seven female and my blood pressure is creeping up is there a new drug that slows it down",
        "nephrology", "30~39", "female",
    ),
    # neurology
    (
        "I get migraines with flashing zigzag lights before them about four times a month now I'm thirty two female and the triptans help but I'm missing too much work",
        "neurology", "30~39", "female",
    ),
    (
        "My husband is 67 and his right hand has started shaking when it's resting, and his walking has got slower and shuffly over the past year. Could it be Parkinson's?",
        "neurology", "60~69", "male",
    ),
    (
        "I'm a 26 year old woman and I had blurred vision in one eye for a week last year that went away, and now I have numbness down one leg for a fortnight. My GP mentioned MS.",
        "neurology", "20~29", "female",
    ),
    (
        "pins and needles in both hands every night waking me up I'm fifty eight and diabetic and the GP wants nerve tests who does those",
        "neurology", "50~59", "undisclosed",
    ),
]
