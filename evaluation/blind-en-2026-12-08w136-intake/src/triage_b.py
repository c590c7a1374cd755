# Triage items part B (written by hand, writer 136)
# (text, department, age_range, gender)
ITEMS = [
    # general-surgery
    (
        "I've had a lump in my right groin for about six months. It pops out when I cough or lift and goes back in "
        "when I lie down. No pain really, just a dragging feeling at the end of the day. I'm a 48 year old man and "
        "work in a warehouse. My father had a hernia repair in his 50s. I assume I'll need an operation — how long "
        "would I be off work?",
        "general-surgery", "40~49", "male",
    ),
    (
        "My gallbladder is full of stones per the ultrasound. Three attacks of pain under my right ribs after fatty "
        "meals this year, each lasting a few hours and settling by itself. I'm 39, female. Currently pain free. "
        "Should I have it removed or wait?",
        "general-surgery", "30~39", "female",
    ),
    (
        "Hi there,\n\nI'm 63. I've had a soft lump on my upper back for years that's slowly grown to the size of a "
        "tangerine. It doesn't hurt, but it catches on my chair and my shirts. My GP thinks it's a lipoma. I'd like "
        "it taken out. Is that done under local anaesthetic? I take aspirin 75mg after a TIA in 2020 — will I have to "
        "stop it?",
        "general-surgery", "60~69", "undisclosed",
    ),
    (
        "my uncle (he's 71) has a belly button hernia thats getting bigger, size of an egg now. it doesnt hurt and goes "
        "back in. he's asking if at his age its worth fixing",
        "general-surgery", "70~79", "male",
    ),
    # hematology-oncology
    (
        "Hello,\n\nMy father is 78. A routine blood test showed a white cell count of 28, lymphocytes 24. The GP "
        "said it's likely chronic lymphocytic leukaemia and has referred him to haematology. He feels completely "
        "well — plays golf twice a week. His neck glands are slightly swollen.\n\nDoes CLL always need treatment? "
        "He's worried about chemo.",
        "hematology-oncology", "70~79", "male",
    ),
    (
        "I'm 29 and my blood test shows I'm a carrier for beta thalassaemia (HbA2 raised, MCV 64). My partner is "
        "getting tested. We want kids. What happens if we're both carriers?",
        "hematology-oncology", "20~29", "undisclosed",
    ),
    (
        "I finished chemo for breast cancer (FEC-T) 6 months ago and had radiotherapy after. Now I'm on letrozole. "
        "I'm 55. My follow-up plan from the oncology team says mammogram yearly and 'see GP if any concerns'. I have "
        "a new ache in my left hip for a month. I don't want to panic but who do I call — my oncologist or GP?",
        "hematology-oncology", "50~59", "female",
    ),
    (
        "My 34 year old brother has had swollen lumps in his neck for 2 months, night sweats that soak the sheets, "
        "and he's lost about 6kg without trying. He's also itchy everywhere. GP did bloods and a scan and wants him "
        "seen by the lymphoma team. How quickly do they usually see people?",
        "hematology-oncology", "30~39", "male",
    ),
    # infectious-diseases
    (
        "Hello. I returned from 6 months volunteering in Malawi in September. I took doxycycline for malaria "
        "prevention. Since coming home I've had intermittent fevers every 2-3 days and feel rundown, but malaria "
        "tests at my GP were negative twice. Also some blood in my urine once after swimming in Lake Malawi. I'm "
        "26, female. What else should be tested?",
        "infectious-diseases", "20~29", "female",
    ),
    (
        "I'm 45 and was told my hepatitis B surface antigen is positive on a routine test before surgery. I was born "
        "in China, my mother has hepatitis B too. Liver tests are normal. What are the next steps? Do I need "
        "treatment?",
        "infectious-diseases", "40~49", "undisclosed",
    ),
    (
        "Diagnosed HIV positive last week at a sexual health clinic. 31M. Feel fine, CD4 count pending. Scared. How "
        "soon do people start the medication and what's life expectancy like now?",
        "infectious-diseases", "30~39", "male",
    ),
    (
        "My mum, 67, has had a urine infection 5 times in the past year, each time with a different antibiotic. The "
        "last culture said 'ESBL E. coli, resistant to trimethoprim, cefalexin and ciprofloxacin'. The GP is running "
        "out of tablets to try. She's otherwise well between infections. Who should she see about resistant bugs?",
        "infectious-diseases", "60~69", "female",
    ),
    # nephrology
    (
        "I'm 58, type 2 diabetic for 15 years. My kidney function has dropped: eGFR 62 two years ago, 48 last year, "
        "37 this month. Urine ACR 45. My GP says I have chronic kidney disease stage 3b. I'm on metformin, which she "
        "halved. Should I be seeing a kidney specialist now? What can slow it down?",
        "nephrology", "50~59", "undisclosed",
    ),
    (
        "Polycystic kidney disease runs in my family — my mother was on dialysis at 55. I'm 33, female, and an "
        "ultrasound at 25 showed a few cysts. My blood pressure is now 145/95. I heard about a medicine called "
        "tolvaptan. Am I eligible?",
        "nephrology", "30~39", "female",
    ),
    (
        "Dear Doctor,\n\nMy husband is 81. His kidney function is 16 and the renal team has started talking about "
        "dialysis. He is frail and has heart failure. He doesn't want to spend three days a week in a dialysis "
        "unit. They mentioned 'conservative care'. What does that involve and how long do people live with it?",
        "nephrology", "80+", "male",
    ),
    (
        "Frothy urine and swollen ankles for a month. Urine dipstick at the pharmacy showed protein +++. I'm a 22 "
        "year old guy, no medical problems. Albumin in blood was low (24). GP sent off more tests and mentioned "
        "nephrotic syndrome. Who treats that?",
        "nephrology", "20~29", "male",
    ),
    # neurology
    (
        "I'm 61 and for a year my right hand has a tremor at rest — when it's in my lap it shakes, when I pick up a "
        "cup it stops. My handwriting has got smaller and my wife says I don't swing my right arm when I walk. My "
        "sense of smell went years ago. Is this Parkinson's? Who do I need to see?",
        "neurology", "60~69", "male",
    ),
    (
        "Hi, 27F. Two episodes in the past year of blurry vision in one eye with pain moving it, lasting a few weeks "
        "each, and now tingling in both legs for 3 weeks. My optician said optic neuritis the first time. I'm worried "
        "about MS. What tests are needed?",
        "neurology", "20~29", "female",
    ),
    (
        "My son is 15 and has had three 'zoning out' episodes in class, staring and not responding for about 20 "
        "seconds, then carrying on. His teacher noticed them. He also jerks sometimes in the morning and drops his "
        "cereal spoon. No big fits. Could this be a type of epilepsy?",
        "neurology", "10~19", "male",
    ),
    (
        "I have had headaches nearly every day for 4 months, a pressure band around my head, worse by evening. I take "
        "paracetamol or co-codamol most days. I'm 44. Eye test fine, blood pressure fine. Someone mentioned "
        "'medication overuse headache'. Is that a real thing?",
        "neurology", "40~49", "undisclosed",
    ),
    # obstetrics-gynecology
    (
        "I'm 41 and my periods have become very heavy over the last year — flooding through a super tampon and a pad "
        "in an hour on day 2, clots the size of a 50p. My haemoglobin is 104. Ultrasound shows two fibroids, 5cm and "
        "3cm. What are the options apart from hysterectomy?",
        "obstetrics-gynecology", "40~49", "female",
    ),
    (
        "Hi. We've been trying to conceive for 14 months. I'm 33, cycles are regular, 28-30 days. My partner had a "
        "semen analysis which was normal. Day 21 progesterone confirmed ovulation. What's the next step?",
        "obstetrics-gynecology", "30~39", "female",
    ),
    (
        "Hello, my mum is 58 and has been having some spotting, a little pink on the tissue, twice this month. Her "
        "periods stopped 6 years ago. She isn't on HRT. She's embarrassed to go. I've told her she should get it "
        "checked. Is this something to be seen quickly for?",
        "obstetrics-gynecology", "50~59", "female",
    ),
    (
        "I'm 16 weeks pregnant with my second. My first was born by caesarean in 2021 because she was breech. I'd "
        "like to try for a vaginal birth this time. I'm 30. What are the risks of VBAC and who do I discuss it with?",
        "obstetrics-gynecology", "30~39", "female",
    ),
]
