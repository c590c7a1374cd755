# Writer 65 - triage items, file A. Each item: (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("Dear Doctor, I am 78 and a widower. For the last two months I have noticed my heart gives a flutter and a thump when I lie on my left side at night, and my pulse on the wrist feels irregular, "
     "skipping then racing. My blood pressure machine keeps flashing a little heart symbol with 'IHB'. I feel otherwise well and still walk the dog. Should I be seeing a heart specialist?",
     "cardiology", "70~79", "male"),
    ("My wife is 84 and her new cardiologist's letter says 'severe aortic stenosis, for consideration of TAVI'. She gets breathless on the stairs and has to stop halfway, which has crept up over a year. "
     "What is a TAVI and is she too old for it?", "cardiology", "80+", "female"),
    ("im 66 and my blood pressure wont come down, 170/100 on three tablets (amlodipine, ramipril, indapamide). doctor keeps adding more. is there a specialist for this?", "cardiology", "60~69", "undisclosed"),
    ("Good morning. I'm a retired miner, 81, and the wife made me write this. My ankles have been swelling more each week and I'm sleeping on three pillows now because lying flat makes me cough. My GP said 'heart failure' and did a scan "
     "showing my pump is weak. I've not been given an appointment with the heart people yet. How long should I wait?", "cardiology", "80+", "male"),

    # dentistry
    ("My top denture has become loose since I lost weight after my illness and it clicks when I talk. I'm 87. Fixodent isn't holding it. Do I need a new set or can the old one be relined?", "dentistry", "80+", "undisclosed"),
    ("Dear Sir, I am a lady of 72 and one of my back teeth has broken off at the gum line while eating a toffee. It doesn't hurt but there's a sharp edge catching my tongue. Should I see my dentist this week?",
     "dentistry", "70~79", "female"),
    ("My husband, 79, has been on Fosamax for 8 years and his dentist wants to take out a tooth. He read something about jaw bone problems with these tablets. Should he stop them first?",
     "dentistry", "70~79", "male"),
    ("gums bleed when i brush and my breath is bad, wife complains. 68. havent been to a dentist since 2009 to be honest", "dentistry", "60~69", "male"),

    # dermatology
    ("I'm 76 and I have a mole on my back that my wife says has changed shape and got darker since last summer. It's about the size of a pea, a bit raised and one edge is blurry. It doesn't hurt. "
     "Who should look at this?", "dermatology", "70~79", "male"),
    ("Dear Doctor, I have had terrible itching all over for three months, worse at night, with no rash except where I've scratched. I'm 83. Creams from the chemist do nothing. My daughter thinks it's my washing powder.",
     "dermatology", "80+", "undisclosed"),
    ("My mother, 91, has rough scaly patches on her forehead and the backs of her hands that catch on her comb. She spent years gardening in the sun. The GP called them 'sun spots'. Can they be frozen off?",
     "dermatology", "80+", "female"),
    ("My granddaughter is 15 and lives with us. Her acne has got so bad this year - big painful lumps on her chin and forehead that leave marks - that she won't go to school without make-up "
     "and cries in the mirror. Over-the-counter washes haven't worked. Who can help her?", "dermatology", "10~19", "female"),

    # endocrinology
    ("I'm 71 and my thyroid blood test has come back with TSH 0.01 and high T4. I have lost a stone without trying, my hands shake and I feel hot all the time when everyone else is cold. "
     "My GP started carbimazole and is referring me. What happens next?", "endocrinology", "70~79", "undisclosed"),
    ("My husband, 82, has had type 2 diabetes for 20 years and now his sugar readings are all over the place, 4 in the mornings and 18 at tea time, on insulin twice a day. "
     "The practice nurse says he needs a specialist diabetes clinic. Is that right?", "endocrinology", "80+", "male"),
    ("Dear Doctor, my calcium came back high at 2.84 on a routine blood test and then my parathyroid hormone was also high. I am a woman of 68. I have been feeling very tired and thirsty. What does this mean?",
     "endocrinology", "60~69", "female"),
    ("At 74 I've been told I have osteoporosis after a scan (T-score -3.2) and I've already had two spinal fractures. Alendronate upset my stomach. I was told there are injections. Who prescribes those?",
     "endocrinology", "70~79", "undisclosed"),

    # family-medicine
    ("Hello. I have just moved into a retirement flat near my daughter and need to register somewhere. I'm 80 and reasonably well; I just take a blood pressure tablet and a statin. "
     "Do I need a new patient check-up and what do they usually do?", "family-medicine", "80+", "undisclosed"),
    ("I have had a head cold for 6 days, blocked nose, sore throat, a bit of a cough. No temperature. I'm 70 and otherwise well. Is there anything I should be taking besides paracetamol and honey and lemon?",
     "family-medicine", "70~79", "undisclosed"),
    ("My husband, 75, just seems tired all the time and a bit 'off', no particular complaint, eating and sleeping okay. He's due his annual review. What blood tests would be sensible to ask for?",
     "family-medicine", "70~79", "male"),
    ("I'm 65 and just retired. I'd like a general MOT - blood pressure, cholesterol, bowel screening, whatever's due at my age. Where do I start?", "family-medicine", "60~69", "undisclosed"),

    # gastroenterology
    ("Dear Doctor, I am 77 and for about 4 months my bowels have changed; I go three or four times a day now, looser, when I was always once a day regular as clockwork. No blood that I can see. "
     "I've lost a little weight. Should I have a camera test?", "gastroenterology", "70~79", "undisclosed"),
    ("My wife, 69, has had heartburn for years and now food sometimes sticks in her chest when she swallows meat. She takes omeprazole. Her GP wants an endoscopy. How soon should that be?",
     "gastroenterology", "60~69", "female"),
    ("I was told my liver blood tests are abnormal and the scan shows a fatty liver. I'm 58, a bit overweight, I don't drink much. What does it mean long term?", "gastroenterology", "50~59", "undisclosed"),
    ("I am 83 and have diverticular disease. I've had three flare ups this year with pain on the left low side and some loose bowels, each settling with antibiotics. Is there a way to stop them happening?",
     "gastroenterology", "80+", "undisclosed"),

    # general-surgery
    ("There's a lump in my right groin that pops out when I cough or lift the shopping and goes back when I lie down. It aches by evening. I'm a 73-year-old man. The GP says inguinal hernia. "
     "Who would repair it?", "general-surgery", "70~79", "male"),
    ("Dear Sir, I have had several attacks of pain under my right ribs after fatty meals, each lasting a couple of hours, and the ultrasound shows gallstones. I'm a woman of 61. "
     "Should I have my gallbladder out?", "general-surgery", "60~69", "female"),
    ("My father, 80, has a soft lump on his back the size of a golf ball that's been slowly growing for years. It's not painful. The doctor thinks it's a lipoma. Can it be removed?",
     "general-surgery", "80+", "male"),
    ("I had a hernia repaired 2 years ago at my belly button and now there is a new bulge just above the scar. I'm 67. It's not painful, just unsightly. Who should I see?", "general-surgery", "60~69", "undisclosed"),

    # hematology-oncology
    ("My blood count came back with a high white count, lymphocytes 18, and the GP says it might be chronic lymphocytic leukaemia. I'm 79 and feel fine. What happens next?", "hematology-oncology", "70~79", "undisclosed"),
    ("Dear Doctor, my wife, 74, was treated for breast cancer five years ago and has now been told there are spots on her bones on the scan. Her oncologist has retired. Who takes over her care?",
     "hematology-oncology", "70~79", "female"),
    ("I bruise very easily lately, big purple patches on my arms and legs without knocking them, and my gums bleed. My platelets were 40. I'm 68, male. The GP has referred me urgently. What could it be?",
     "hematology-oncology", "60~69", "male"),
    ("My husband, 86, has myeloma and is on treatment. He's very tired and his back aches. We've been asked whether he wants to continue chemotherapy. How do we decide?",
     "hematology-oncology", "80+", "male"),

    # infectious-diseases
    ("I'm 72 and just back from a safari in Tanzania. I took my malaria tablets but stopped them a few days early. I have no fever but I'm worried. How long should I watch for symptoms?",
     "infectious-diseases", "70~79", "undisclosed"),
    ("My grandmother, 88, has had three rounds of antibiotics for diarrhoea that keeps coming back after a hospital stay. They said C. diff. What else can be done?", "infectious-diseases", "80+", "female"),
    ("I have been HIV positive since 1996 and am now 66. My new GP isn't sure about my medicines interacting with the statin she wants to start. Who should advise on this?", "infectious-diseases", "60~69", "undisclosed"),
    ("Hello, I'm 75 and had a tick bite when walking in the New Forest three weeks ago. There's now a red ring about the size of my palm round the bite, not itchy. I feel fine. Lyme disease?",
     "infectious-diseases", "70~79", "undisclosed"),

    # nephrology
    ("My kidney function has been slowly dropping; my eGFR went from 45 to 32 over two years. I'm 76 with diabetes and high blood pressure. The GP is referring me to the kidney specialists. "
     "What will they do?", "nephrology", "70~79", "undisclosed"),
    ("My husband, 81, has been told he may need dialysis within a year. He's frail and we don't know if it's worth it. Are there other options?", "nephrology", "80+", "male"),
    ("Dear Doctor, my urine test showed protein, and my blood test showed a raised creatinine. I'm 54 and female. My ankles swell a bit. What could it be?", "nephrology", "50~59", "female"),
    ("My mother had polycystic kidneys and I'm 45 and just been told I have them too on a scan. My blood pressure is a bit high. What should I do now?", "nephrology", "40~49", "undisclosed"),

    # neurology
    ("I'm 69 and my right hand has a tremor when resting, my writing has got smaller and my wife says I shuffle. My face doesn't move as much as it did. Could this be Parkinson's?",
     "neurology", "60~69", "male"),
    ("My wife, 77, has been having episodes where she stares blankly for a minute and smacks her lips, then is confused for a few minutes after. It's happened four times this month. She is fine in between.",
     "neurology", "70~79", "female"),
    ("Dear Doctor, I have had numbness and pins and needles in both feet for a year, creeping up to my ankles. I'm 73 and not diabetic. My balance is a little worse in the dark.", "neurology", "70~79", "undisclosed"),
    ("I've had migraines since I was a girl but at 52 they're now weekly and painkillers don't touch them. I'm missing work. Are there new treatments?", "neurology", "50~59", "female"),
]
