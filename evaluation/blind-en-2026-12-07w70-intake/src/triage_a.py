# Triage items, part A (hand-written, writer 70). Exactly 4 per department.
from _helpers import T

ITEMS = [
    # cardiology
    T("My heart does a funny flip-flop thing when I'm lying in bed at night, like it skips then thumps. Happens most nights for a few seconds. I'm a 47 year old bloke, wheat and sheep farmer, drink a fair bit of coffee.", "cardiology", "40~49", "male"),
    T("Mum's 78 and the GP heard a murmur and said it's probably her aortic valve. She gets puffed walking to the mailbox now. What does the heart specialist usually do for that?", "cardiology", "70~79", "female"),
    T("i get tight across the chest when i walk up the hill to the dairy but it goes away when i stop for a min. been like that 2 months. im 58, woman, ex smoker. not happening now.", "cardiology", "50~59", "female"),
    T("Had an ECG for my truck licence medical and they said I have atrial fibrillation. I feel totally fine. Do I need blood thinners? 64 years old.", "cardiology", "60~69", "undisclosed"),
    # dentistry
    T("Back tooth cracked on a bit of bone in a lamb chop. No pain yet but sharp edge cutting my tongue. Nearest dentist has a 6 week wait. I'm 35.", "dentistry", "30~39", "undisclosed"),
    T("My gums bleed every time I brush and my breath is rank according to my wife. Haven't been to a dentist in 15 years, I'm 52.", "dentistry", "50~59", "male"),
    T("Our 7 year old knocked her front adult tooth on the trampoline, a corner chipped off. It's a bit sensitive to cold. Does she need a filling?", "dentistry", "0~9", "female"),
    T("wisdom tooth coming through at the back, gum over it keeps getting sore and puffy every few weeks. 21 f. should it come out", "dentistry", "20~29", "female"),
    # dermatology
    T("Scaly rough patches on the backs of my hands and my bald head from years in the sun. They bleed if I knock them. I'm 69, was a fisherman all my life.", "dermatology", "60~69", "male"),
    T("I get itchy red rings on my arms every time we do the calves. The rings are spreading slowly. I'm 16 and I help dad on the farm.", "dermatology", "10~19", "undisclosed"),
    T("Severe acne on my face and chest, tried every cream from the chemist and two lots of antibiotics. I'm a 23 year old guy and it's leaving scars.", "dermatology", "20~29", "male"),
    T("Eczema on my hands has gone crazy since I started working at the vineyard. Cracked and weeping between fingers. 31, female.", "dermatology", "30~39", "female"),
    # endocrinology
    T("My thyroid blood test came back with TSH under 0.01 and high T4. I've lost 6kg without trying and my hands shake. I'm 38, female.", "endocrinology", "30~39", "female"),
    T("Type 2 diabetic for 10 years, now on 3 tablets and my sugar's still all over the place. GP says maybe insulin time. I'm 61, would like a specialist's view.", "endocrinology", "60~69", "undisclosed"),
    T("I'm 26 and I've been getting hair on my chin and chest like a man, and no periods for 5 months. Not pregnant.", "endocrinology", "20~29", "female"),
    T("Calcium came back high twice on bloods, 2.85. Doctor mentioned parathyroid. I'm 72 and have had kidney stones before.", "endocrinology", "70~79", "male"),
    # family-medicine
    T("Need a general check-up, haven't seen a doctor in about 8 years. I'm 45, male, no real problems just want to get the bloods and everything done.", "family-medicine", "40~49", "male"),
    T("Cold for 5 days, blocked nose, bit of a sore throat and cough, no fever. I'm 29 and have to keep working on the boats. Anything to help it along?", "family-medicine", "20~29", "undisclosed"),
    T("Just feel a bit rundown lately, tired, not sleeping great, nothing specific. I'm a 54 year old woman, busy on the farm, no big changes.", "family-medicine", "50~59", "female"),
    T("Want to know which vaccines I should have at 66. Flu, pneumonia, shingles? The country practice just says come in but it's a long way.", "family-medicine", "60~69", "undisclosed"),
    # gastroenterology
    T("Heartburn nearly every day for a year, the antacids don't do much any more and sometimes food feels like it sticks going down. I'm 57, male.", "gastroenterology", "50~59", "male"),
    T("I get bloating and cramps and go between constipation and runs. It's been about 2 years. 33 year old woman. No blood.", "gastroenterology", "30~39", "female"),
    T("Liver tests came back with ALT 140 on a routine check. I barely drink. Bit overweight. 42. What would they check next?", "gastroenterology", "40~49", "undisclosed"),
    T("My dad is 81 and the bowel screening kit came back positive. He's otherwise well. Will they want to do a colonoscopy at his age?", "gastroenterology", "80+", "male"),
    # general-surgery
    T("A lump in my groin pops out when I lift bales and goes back in when I lie down. Doesn't hurt much. I'm 50. Hernia?", "general-surgery", "50~59", "male"),
    T("Gallstones found on ultrasound after a few attacks of pain under my right ribs after greasy meals. Pain's gone for now. 44 female. Should they take it out?", "general-surgery", "40~49", "female"),
    T("I've had a cyst on my back for years that keeps getting infected and draining. I'm sick of it. 36, guy. Who cuts those out?", "general-surgery", "30~39", "male"),
    T("Pilonidal sinus at the top of my bum crack, third time it's flared this year. I'm 19 and ride motorbikes a lot for work.", "general-surgery", "10~19", "undisclosed"),
    # hematology-oncology
    T("Blood test showed my white cells are high, lymphocytes 18. The GP said it might be CLL and is referring me. I'm 68. What will the specialist do?", "hematology-oncology", "60~69", "undisclosed"),
    T("Finished chemo for breast cancer in March. Oncologist said follow-up every 3 months. I'm 49. Is it normal to still have numb fingers?", "hematology-oncology", "40~49", "female"),
    T("Iron is high, ferritin 1400, transferrin saturation 70%. I'm 34, Irish family. GP said haemochromatosis maybe.", "hematology-oncology", "30~39", "male"),
    T("Platelets came back at 650 on two tests. I'm 58 female, no symptoms. What does a high platelet count mean?", "hematology-oncology", "50~59", "female"),
    # infectious-diseases
    T("Came back from working on a farm in Papua New Guinea 3 weeks ago and I keep getting fevers every couple of days with sweats. Feel ok in between. 27, male.", "infectious-diseases", "20~29", "male"),
    T("I'm a shearer and I've had fevers, night sweats and aching for about a month. Q fever test pending. What else could it be? 41.", "infectious-diseases", "40~49", "undisclosed"),
    T("HIV test came back positive and the clinic in town said I need a specialist. I'm 31, female. Scared and don't know what happens now.", "infectious-diseases", "30~39", "female"),
    T("Got a boil that keeps coming back in different spots and the swab said MRSA. Whole family getting them. I'm 45, woman.", "infectious-diseases", "40~49", "female"),
    # nephrology
    T("My kidney function is dropping, eGFR 28 now, was 40 last year. I'm 73, diabetic. GP wants me to see a kidney doctor. Does this mean dialysis?", "nephrology", "70~79", "male"),
    T("Protein in my urine on two tests and my ankles swell. 39 years old. Blood pressure a bit high too.", "nephrology", "30~39", "undisclosed"),
    T("I have polycystic kidney disease like my dad. I'm 28 and my blood pressure is starting to go up. Is there anything that slows it?", "nephrology", "20~29", "female"),
    T("Dad's on dialysis three times a week and it's 200km each way. Is home dialysis a thing for someone who's 66 on a farm?", "nephrology", "60~69", "male"),
    # neurology
    T("Numbness and tingling in my feet for a year, now creeping up to my shins. Not diabetic. I'm 62, drank a lot when I was younger.", "neurology", "60~69", "undisclosed"),
    T("My hand has a tremor when I'm resting and my writing has gone tiny. I'm 67, male. Worried it's Parkinson's.", "neurology", "60~69", "male"),
    T("Had two blackouts in the last year where I lost a few minutes, my partner said I was staring and chewing. 24, female. Not happening now.", "neurology", "20~29", "female"),
    T("Migraines with zigzag lights before, 3-4 a month for years now. Triptans help but I'm using them a lot. 35F.", "neurology", "30~39", "female"),
]
