ITEMS = [
# cardiology
{"text": "my heart skips beats when i lie down at night, like a flip flop then a thud. been happening a few weeks. i'm 46 female, no meds, drink 3 coffees", "department": "cardiology", "age_range": "40~49", "gender": "female"},
{"text": "Dad is 74 and his ankles swell by evening, he gets winded walking to the mailbox and sleeps on 3 pillows now. He had a heart attack in 2015. Who should we see, his family doc says it's age", "department": "cardiology", "age_range": "70~79", "gender": "male"},
{"text": "BP has been 150s/95ish for months despite lisinopril 20. 58 y/o man. should i see a specialist about resistant hypertension", "department": "cardiology", "age_range": "50~59", "gender": "male"},
{"text": "Watch keeps flagging irregular rhythm a couple times a week, never felt anything. 63. Should I get a monitor?", "department": "cardiology", "age_range": "60~69", "gender": "undisclosed"},
# dentistry
{"text": "back molar hurts when i drink anything cold and the pain lingers for a minute. 29F. cracked filling maybe?", "department": "dentistry", "age_range": "20~29", "gender": "female"},
{"text": "My gums bleed every time I floss and my breath is terrible even after brushing. Guy, 37, smoker.", "department": "dentistry", "age_range": "30~39", "gender": "male"},
{"text": "my 7 year old's adult front tooth is coming in behind the baby tooth, like a shark tooth row. do we need to pull the baby one?", "department": "dentistry", "age_range": "0~9", "gender": "undisclosed"},
{"text": "I grind my teeth at night so bad my jaw clicks and one tooth chipped. 52 yo woman. Night guard from the drugstore ok or need a custom one", "department": "dentistry", "age_range": "50~59", "gender": "female"},
# dermatology
{"text": "Got these itchy round scaly patches on my elbows and knees, silvery on top. My mom has psoriasis. I'm 33, male.", "department": "dermatology", "age_range": "30~39", "gender": "male"},
{"text": "teen acne getting worse, painful cysts on my chin and jaw, tried proactiv and benzoyl peroxide. im 16 (she/her)", "department": "dermatology", "age_range": "10~19", "gender": "female"},
{"text": "New dark spot on my back that my wife says wasn't there last summer, uneven edges, 6mm or so. 68 years old.", "department": "dermatology", "age_range": "60~69", "gender": "male"},
{"text": "Hair thinning on the crown since my 20s, now 31 and it's obvious in photos. Minoxidil or something else? nonbinary, assigned male at birth", "department": "dermatology", "age_range": "30~39", "gender": "other"},
# endocrinology
{"text": "I'm always cold, gaining weight, hair falling out, TSH came back 9.8. My GP wants to 'recheck in 3 months'. 41F. Should I push to see someone?", "department": "endocrinology", "age_range": "40~49", "gender": "female"},
{"text": "type 1 for 20 yrs, on a pump, A1c creeping up to 8.6 and lots of lows overnight. need a new plan. 27 y/o man", "department": "endocrinology", "age_range": "20~29", "gender": "male"},
{"text": "Calcium keeps coming back high, 11.2 and 11.0, and PTH also high. Kidney stone last year. 57 woman", "department": "endocrinology", "age_range": "50~59", "gender": "female"},
{"text": "my son is 14 and the shortest in his class by far, 4'6. no growth spurt yet. both of us parents are average height. who checks growth hormone", "department": "endocrinology", "age_range": "10~19", "gender": "male"},
# family-medicine
{"text": "Haven't had a physical in like 6 years. 44 M, feel fine, just want bloodwork and whatever screenings I'm due for. Where do I start?", "department": "family-medicine", "age_range": "40~49", "gender": "male"},
{"text": "stuffy nose, sore throat, low grade temp 99.8 for 3 days. just a cold? i'm 25", "department": "family-medicine", "age_range": "20~29", "gender": "undisclosed"},
{"text": "I just feel tired all the time, not sick exactly, sleep 8 hours, no big changes. 36 yo mom of 2. Where do I even begin?", "department": "family-medicine", "age_range": "30~39", "gender": "female"},
{"text": "Need a form filled out for my new job saying I'm fit to work, plus my tetanus is probably out of date. 61, retired army, going back to work part time.", "department": "family-medicine", "age_range": "60~69", "gender": "male"},
# gastroenterology
{"text": "Heartburn almost every day for a year, now food feels like it sticks going down. 55 male. omeprazole isn't cutting it anymore", "department": "gastroenterology", "age_range": "50~59", "gender": "male"},
{"text": "bloating and cramps and diarrhea alternating with constipation since college, worse with stress. 23F. is this IBS and who diagnoses it", "department": "gastroenterology", "age_range": "20~29", "gender": "female"},
{"text": "My liver enzymes were elevated on two blood tests and the ultrasound said fatty liver. I don't drink. 47, woman. what's next", "department": "gastroenterology", "age_range": "40~49", "gender": "female"},
{"text": "Turning 45 and my brother had polyps. I want a colonoscopy. who do i book with?", "department": "gastroenterology", "age_range": "40~49", "gender": "undisclosed"},
# general-surgery
{"text": "There's a bulge in my groin that pops out when I cough or lift and goes back when I lie down. Aches at the end of the day. 39 y/o male, warehouse job.", "department": "general-surgery", "age_range": "30~39", "gender": "male"},
{"text": "Gallstones found on ultrasound, I get attacks after fatty meals maybe once a month, pain under right ribs for a couple hours. 42 female. do they just take it out?", "department": "general-surgery", "age_range": "40~49", "gender": "female"},
{"text": "I have a fatty lump (lipoma the doc said) on my shoulder that's grown to golf ball size and rubs on my bag strap. 50M. can it be removed", "department": "general-surgery", "age_range": "50~59", "gender": "male"},
{"text": "pilonidal cyst keeps coming back, third time drained. im 20 and sick of it, want it gone permanently. (he/him)", "department": "general-surgery", "age_range": "20~29", "gender": "male"},
# hematology-oncology
{"text": "Blood work showed low platelets, 88, and my white count a little low too. I bruise easily lately. 66 woman. my doctor said see a specialist but which one", "department": "hematology-oncology", "age_range": "60~69", "gender": "female"},
{"text": "i finished chemo for breast cancer last year and my oncologist moved. who does my follow up scans now? 49F", "department": "hematology-oncology", "age_range": "40~49", "gender": "female"},
{"text": "Painless swollen lymph nodes in my neck and armpit for 6 weeks, night sweats, lost 10 lbs without trying. 28 male.", "department": "hematology-oncology", "age_range": "20~29", "gender": "male"},
{"text": "My hemoglobin is high 18.5 and hematocrit 55, I don't smoke and I'm not on testosterone. Itchy after hot showers. 61 man.", "department": "hematology-oncology", "age_range": "60~69", "gender": "male"},
# infectious-diseases
{"text": "Came back from a trip to Ghana 2 weeks ago and now I get fevers every other day with chills. I'm 35 and I did take the malaria pills mostly.", "department": "infectious-diseases", "age_range": "30~39", "gender": "undisclosed"},
{"text": "just found out i'm HIV positive, 24 male, need to start treatment. who do i see and how quick", "department": "infectious-diseases", "age_range": "20~29", "gender": "male"},
{"text": "Recurrent MRSA boils on my thighs, 4 in the last year, each one drained. 44 woman. how do I stop them coming back?", "department": "infectious-diseases", "age_range": "40~49", "gender": "female"},
{"text": "Positive TB skin test at my new job screening, chest x-ray clear. They said latent TB and I need treatment. 31, male, from the Philippines.", "department": "infectious-diseases", "age_range": "30~39", "gender": "male"},
# nephrology
{"text": "My kidney function test eGFR went from 62 to 44 in a year. diabetic and high BP. 67M. Is it time to see a kidney doctor", "department": "nephrology", "age_range": "60~69", "gender": "male"},
{"text": "Protein in my urine on two dipsticks and my feet are puffy. 38 female, no diabetes. doctor mentioned nephrotic?", "department": "nephrology", "age_range": "30~39", "gender": "female"},
{"text": "Polycystic kidney disease runs in my family (dad and aunt were on dialysis). I'm 26 and my ultrasound showed cysts. Who should follow me?", "department": "nephrology", "age_range": "20~29", "gender": "undisclosed"},
{"text": "Mom, 81, creatinine 2.3, potassium 5.6, on lisinopril and spironolactone. Her GP wants a kidney specialist to weigh in on the meds", "department": "nephrology", "age_range": "80+", "gender": "female"},
# neurology
{"text": "Headaches most days for 2 months, throbbing on one side, light bothers me, sometimes I see zigzag lines first. 34 female", "department": "neurology", "age_range": "30~39", "gender": "female"},
{"text": "Tremor in my right hand at rest, handwriting getting tiny, wife says I don't swing my arm when I walk. 71 man.", "department": "neurology", "age_range": "70~79", "gender": "male"},
{"text": "numbness and tingling in both feet going up to the ankles, slowly getting worse over a year. 59, prediabetic", "department": "neurology", "age_range": "50~59", "gender": "undisclosed"},
{"text": "Had an episode of blurred vision in one eye that lasted 2 weeks and now my legs tingle when I bend my neck. 27F. MS?", "department": "neurology", "age_range": "20~29", "gender": "female"},
]
