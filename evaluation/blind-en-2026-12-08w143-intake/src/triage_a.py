# Triage items part A (hand written, writer 143)
# (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("um so I'm a sixty four year old man and uh my smartwatch keeps saying uh possible AFib, uh, a few times a week, I feel fine mostly, maybe a bit of a flutter, should I get it checked properly",
     "cardiology", "60~69", "male"),
    ("My cardiologist found a heart murmur on my echo, mild mitral regurgitation. I'm a 45-year-old woman and I run. Do I need to stop running?",
     "cardiology", "40~49", "female"),
    ("uh hi um my mam is seventy seven and her ankles swell up every evening and she gets breathless going up the stairs, the GP says it might be the heart failing a bit, what tests would they do",
     "cardiology", "70~79", "female"),
    ("I'm 33 and keep getting palpitations when I lie down at night, like skipped beats. Holter monitor showed 'ectopics'. Are they dangerous?",
     "cardiology", "30~39", "undisclosed"),

    # dentistry
    ("ok so uh my back tooth on the bottom has a hole in it and it's sensitive to cold, I'm uh twenty six, bloke, is it worth fixing or just pull it",
     "dentistry", "20~29", "male"),
    ("My 7 year old daughter's adult front tooth is coming in behind the baby tooth, which hasn't fallen out. Shark teeth? Does the baby one need pulling?",
     "dentistry", "0~9", "female"),
    ("um my gums bleed every time I brush and uh my breath is bad, my wife says, I'm fifty two, is that the gum disease",
     "dentistry", "50~59", "male"),
    ("I grind my teeth at night and my jaw clicks in the morning. I'm 38. Would a mouth guard help?",
     "dentistry", "30~39", "undisclosed"),

    # dermatology
    ("uh yeah I'm a sixty eight year old fella, I worked outdoors all me life, and I've got these rough scaly patches on the top of me head that won't go, are they the sun damage",
     "dermatology", "60~69", "male"),
    ("My daughter is 15 and has eczema in the creases of her elbows that is cracking and weeping a bit. Hydrocortisone isn't touching it. What's the next step?",
     "dermatology", "10~19", "female"),
    ("um hi, I'm twenty four, a girl, and I've got this mole on my back that my boyfriend says has changed shape, it's sort of two colours, how soon should I get it looked at",
     "dermatology", "20~29", "female"),
    ("I've had psoriasis on my elbows and knees for years and now it's on my scalp too. I'm 41. Are the new injections worth it?",
     "dermatology", "40~49", "undisclosed"),

    # endocrinology
    ("so um my thyroid bloods came back um TSH point oh one and they said it's overactive and I've lost weight and I'm shaky, I'm a thirty five year old woman, what's the treatment usually",
     "endocrinology", "30~39", "female"),
    ("I'm a 58 year old man with type 2 diabetes. A1c is 8.9 on metformin and gliclazide. My GP wants to refer me to an endocrinologist. What will they likely change?",
     "endocrinology", "50~59", "male"),
    ("uh my son is fourteen and he's much shorter than all the other boys in his class, like a head shorter, and no sign of puberty yet, is there a hormone test",
     "endocrinology", "10~19", "male"),
    ("Found a lump in my neck on the thyroid, the ultrasound said 'TI-RADS 3 nodule 1.8 cm'. I'm 47. Do I need a biopsy?",
     "endocrinology", "40~49", "undisclosed"),

    # family-medicine
    ("um hi I'm uh forty nine and I haven't been to a doctor in about fifteen years and my wife is nagging me to get a full check up, what should I ask for, like bloods and that",
     "family-medicine", "40~49", "male"),
    ("I've had a cold for 10 days now. Runny nose, tiredness, mild cough, no fever. I'm a 31 year old woman. When should I worry it's something more?",
     "family-medicine", "30~39", "female"),
    ("uh yeah just feeling a bit run down and tired for a few weeks, nothing specific, I'm twenty three, sleeping alright, do I just need bloods done",
     "family-medicine", "20~29", "undisclosed"),
    ("My mother is 72 and wants a general check-up before a long holiday abroad. She's well, no regular meds. What would a GP normally check?",
     "family-medicine", "70~79", "female"),

    # gastroenterology
    ("um so I've had on and off diarrhoea and cramps for about six months now and um some mucus, I'm a twenty seven year old woman, my GP said maybe IBS but my calprotectin was high, what does that mean",
     "gastroenterology", "20~29", "female"),
    ("I'm a 61 year old man and I've had heartburn nearly daily for years. Omeprazole works but my doctor mentioned a scope to check for Barrett's. Is it needed?",
     "gastroenterology", "60~69", "male"),
    ("uh my dad's eighty two and he's been constipated for weeks despite the Movicol and he's not really eating much, the doctor wants a colonoscopy but he's worried at his age",
     "gastroenterology", "80+", "male"),
    ("Been diagnosed with fatty liver on an ultrasound I had for something else. I'm 44. Liver enzymes slightly up. What does a liver specialist do for that?",
     "gastroenterology", "40~49", "undisclosed"),

    # general-surgery
    ("uh yeah I've got a lump in my groin that pops out when I cough and goes back when I lie down, I'm fifty five, a man, it aches after work, is that a hernia that needs the operation",
     "general-surgery", "50~59", "male"),
    ("I've had gallstones on ultrasound and 3 attacks of pain after fatty meals in the last year, all settled by themselves. I'm a 39-year-old woman. Should I have my gallbladder out?",
     "general-surgery", "30~39", "female"),
    ("um there's a a sebaceous cyst on my back that keeps getting infected and draining, I'm thirty, can they cut it out for good",
     "general-surgery", "30~39", "undisclosed"),
    ("My husband is 70 and has an umbilical hernia the size of a golf ball. It doesn't hurt. Does it need repairing at his age?",
     "general-surgery", "70~79", "male"),

    # hematology-oncology
    ("um my my bloods showed uh a low platelet count, uh, ninety, and the GP's repeating it, I'm a sixty year old woman, I bruise easily, what could cause that",
     "hematology-oncology", "60~69", "female"),
    ("I'm 34, male, and finished chemo for Hodgkin lymphoma last year. What follow-up scans should I expect for the next 5 years?",
     "hematology-oncology", "30~39", "male"),
    ("uh my mother is uh eighty five and she's been told she's got the uh the CLL, the leukaemia, but they're just watching it, is that normal not to treat it",
     "hematology-oncology", "80+", "female"),
    ("Had a blood test for tiredness and my white count is 15 with high lymphocytes for 3 months now. I'm 52. GP is referring to haematology. What are they looking for?",
     "hematology-oncology", "50~59", "undisclosed"),

    # infectious-diseases
    ("so um I got back from Ghana three weeks ago and I've had on and off fevers and sweats, I took the malaria tablets but I missed a few, I'm a twenty nine year old man, I feel ok between fevers",
     "infectious-diseases", "20~29", "male"),
    ("I've just been told I'm HIV positive. I'm 26 and female. What happens at the first clinic appointment?",
     "infectious-diseases", "20~29", "female"),
    ("um my husband's got uh a cough for two months and night sweats and he lost weight and uh his brother had TB, he's forty two, what test do we ask for",
     "infectious-diseases", "40~49", "male"),
    ("I keep getting MRSA boils on my thighs even after the decolonisation cream. I'm 37. Is there a specialist for recurrent infections like this?",
     "infectious-diseases", "30~39", "undisclosed"),

    # nephrology
    ("uh my kidney function is going down every year, eGFR thirty eight now, and uh the GP wants me to see a kidney doctor, I'm a seventy one year old man with diabetes, what will they do",
     "nephrology", "70~79", "male"),
    ("I'm 24 and my urine test keeps showing blood and protein. No pain, normal blood pressure. My GP mentioned IgA nephropathy. What's the next test?",
     "nephrology", "20~29", "undisclosed"),
    ("um my mum has the polycystic kidneys and so did her dad and I'm thirty five, a woman, should I get scanned for it",
     "nephrology", "30~39", "female"),
    ("My father, 66, has been on dialysis 3 times a week for a year. He's asking about getting onto the transplant list at his age. Is that possible?",
     "nephrology", "60~69", "male"),

    # neurology
    ("uh yeah so I've been having these migraines with the zig zag lines beforehand, like two or three a month, I'm a nineteen year old girl, is there a preventer I can take",
     "neurology", "10~19", "female"),
    ("My husband is 67 and his right hand has started shaking when it's resting, and his writing got small. Could it be Parkinson's?",
     "neurology", "60~69", "male"),
    ("um hi I'm fifty, I've had numbness and pins and needles down one side of my face and arm that comes and goes over months, the GP wants an MRI, what are they looking for",
     "neurology", "50~59", "undisclosed"),
    ("I'm a 28-year-old man and I had my first ever seizure last month (fully recovered, seen in A&E). EEG is booked. Can I drive in the meantime?",
     "neurology", "20~29", "male"),
]
