# Triage items part B (written by hand, writer 66). 4 per department.
from triage_a import T

ITEMS = [
    # infectious-diseases
    T("Diagnosed HIV positive last month, I'm 36 and a guy. Clinic gave me a start date for meds but I have so many questions about side effects and whether my partner is at risk.", "infectious-diseases", "30~39", "male"),
    T("Going to Uganda for 3 months volunteering in January. I'm 22, female. Which vaccines and malaria tablets do I need and how far ahead?", "infectious-diseases", "20~29", "female"),
    T("Pulled a tick off my leg after a walk in the New Forest 10 days ago and now there's a big red ring round the spot, like a target. 50, male. Feel a bit fluey.", "infectious-diseases", "50~59", "male"),
    T("Letter from school: a child in my son's class has TB and all the kids need screening. He's 8 and totally well. What does the screening involve?", "infectious-diseases", "0~9", "male"),
    # nephrology
    T("My dad is 81 and his kidney function keeps dropping, eGFR went from 44 to 31 in a year. He's diabetic. GP says he should see the kidney team.", "nephrology", "80+", "male"),
    T("Urine dip at the practice showed protein, and my ankles are swollen by evening. I'm 45, female, blood pressure a bit up. They said repeat test but I'm anxious.", "nephrology", "40~49", "female"),
    T("Our 9 year old son has nephrotic syndrome and it's relapsed again, puffy eyes in the morning and protein on the dipstick. This is the 4th relapse. Steroids again?", "nephrology", "0~9", "male"),
    T("I'm 56 and on haemodialysis three times a week. Fluid limits are killing me, I'm thirsty all the time. Any tips or should I ask to change to home dialysis?", "nephrology", "50~59", "undisclosed"),
    # neurology
    T("Migraines 10-12 days a month now, with the zigzag lights before. I'm 30, female. Tried propranolol, didn't help. Is there anything newer?", "neurology", "30~39", "female"),
    T("My husband (65) has developed a shake in his right hand, mainly when it's resting on his lap. He's also walking slower and shuffling. Could this be Parkinson's?", "neurology", "60~69", "male"),
    T("Our daughter is 12 and her teacher says she 'zones out' several times a day, stares blankly for a few seconds then carries on like nothing happened. She doesn't remember it.", "neurology", "10~19", "female"),
    T("Two years ago I lost vision in one eye for a bit (optic neuritis they said). Now I've had tingling down both legs for 3 weeks. I'm 28. Worried about MS.", "neurology", "20~29", "undisclosed"),
    # obstetrics-gynecology
    T("20 week scan is next week. I'm 31 and this is my first. What exactly do they look at and can my partner come in?", "obstetrics-gynecology", "30~39", "female"),
    T("Periods are so heavy I'm flooding through overnight pads and have to change every hour on day 2. I'm 44. It's got worse over the last year.", "obstetrics-gynecology", "40~49", "female"),
    T("My 17 year old daughter is missing 2 days of college every month because of period pain. Ibuprofen barely touches it. Could it be endometriosis?", "obstetrics-gynecology", "10~19", "female"),
    T("53 and the hot flushes and night sweats are ruining my sleep. Periods stopped 8 months ago. Thinking about HRT but my mum had breast cancer. Who do I talk to?", "obstetrics-gynecology", "50~59", "female"),
    # ophthalmology
    T("My 3 year old's left eye turns inwards sometimes, more when she's tired. In photos it's obvious. Nursery noticed too.", "ophthalmology", "0~9", "female"),
    T("Mum is 82 and her eyesight has gone blurry in the middle, straight lines look wavy. Optician mentioned macular degeneration and said see the eye clinic.", "ophthalmology", "80+", "female"),
    T("I'm 50 and for a few months I've had more floaters than I used to, little squiggles drifting. No flashes, no curtain, vision otherwise fine. Optician appointment or hospital?", "ophthalmology", "50~59", "male"),
    T("Eyes feel gritty and burn by the end of every workday. I stare at screens 10 hours a day. Drops from the chemist help a bit. 24 years old.", "ophthalmology", "20~29", "undisclosed"),
    # orthopedics
    T("My son is 15 and did his knee in at rugby 6 weeks ago. MRI shows a torn ACL. He wants to play again next season. Does he need the operation?", "orthopedics", "10~19", "male"),
    T("Hip arthritis, 71, woman. Can barely walk to the corner shop now and the pain wakes me at night. Injections stopped working. Is it time for a replacement?", "orthopedics", "70~79", "female"),
    T("My 4 year old walks with feet turned in and trips a lot. Grandma says they need special shoes. Is this something a bone doctor should check?", "orthopedics", "0~9", "undisclosed"),
    T("Hurt my lower back lifting a washing machine 2 weeks ago. 38, male. No leg numbness, no trouble peeing. Just stiff and sore, especially mornings.", "orthopedics", "30~39", "male"),
    # otolaryngology
    T("Our boy is 2 and has had 7 ear infections this year. He doesn't respond to his name unless you're right next to him. Someone mentioned grommets.", "otolaryngology", "0~9", "male"),
    T("My 9 year old daughter snores like a train and sometimes stops breathing for a few seconds in her sleep, then gasps. Her tonsils are massive.", "otolaryngology", "0~9", "female"),
    T("Lost hearing in my left ear gradually over a year, plus a ringing that never stops. Right ear is fine. I'm 55, male.", "otolaryngology", "50~59", "male"),
    T("Blocked nose and face pressure pretty much all the time for 6 months, can't smell anything. I'm 41 (woman). Nasal spray isn't working anymore.", "otolaryngology", "40~49", "female"),
    # pediatrics
    T("My 10 month old has had a temperature around 38 for two days, runny nose, bit grumpy but still feeding and plenty of wet nappies. When should I get him seen?", "pediatrics", "0~9", "male"),
    T("3 year old daughter has a tummy bug, vomited twice this morning and has diarrhoea, but she's keeping small sips down and is watching telly happily now. What should I watch for?", "pediatrics", "0~9", "female"),
    T("My 6 week old isn't gaining much weight, only 150g in the last 2 weeks. Breastfed. He seems content. The health visitor suggested a doctor review.", "pediatrics", "0~9", "male"),
    T("My son is 12 and keeps getting headaches and tummy aches on school mornings, a few times a week. Eats fine, sleeps fine. Not sure if it's physical or worry.", "pediatrics", "10~19", "male"),
    # psychiatry
    T("My 16 year old daughter has been really low for months. Doesn't enjoy anything, sleeps all day at weekends, stopped seeing her friends. She agreed to get help.", "psychiatry", "10~19", "female"),
    T("Baby is 4 months and I still feel numb and tearful every day. I thought it would pass. I'm 34. I love her but I don't feel like myself at all.", "psychiatry", "30~39", "female"),
    T("School thinks our 8 year old son might have ADHD. He can't sit still, blurts out answers, loses everything. How do we get an assessment?", "psychiatry", "0~9", "male"),
    T("I'm 45 and I've been drinking a bottle of wine most nights to calm my nerves. I know it's too much. I want to stop and sort out the anxiety properly.", "psychiatry", "40~49", "undisclosed"),
    # pulmonology
    T("Smoked for 40 years, I'm 60 now, stopped last year. Cough every morning with phlegm and I get breathless on hills. GP said COPD after the blowing test. What now?", "pulmonology", "60~69", "undisclosed"),
    T("My asthma is terrible this year, 28 year old female. Using my blue inhaler 5 times a day even with the brown one. Waking at night wheezy.", "pulmonology", "20~29", "female"),
    T("A chest x-ray for something else showed a small nodule on my lung. I'm 52. They said follow-up CT in 3 months. Who's the right specialist for this?", "pulmonology", "50~59", "undisclosed"),
    T("Our daughter is 7 and has cystic fibrosis. She's had more chest infections lately and her physio routine isn't clearing the mucus like before.", "pulmonology", "0~9", "female"),
    # rehabilitation
    T("Dad had a stroke 6 weeks ago, he's 83. He's home now but his left arm is weak and he needs a frame to walk. The hospital physio stopped. How do we get more therapy?", "rehabilitation", "80+", "male"),
    T("Had my ACL reconstructed 3 weeks ago, I'm 25, woman. Need a physio plan to get back to netball. Knee still won't fully straighten.", "rehabilitation", "20~29", "female"),
    T("My son's cast came off after 8 weeks for a broken shin and he's limping badly and his leg looks thin. He's 11. Does he need physio?", "rehabilitation", "10~19", "male"),
    T("Car accident 2 months ago, whiplash. Neck's still stiff and I get headaches by the afternoon. I'm 48. Want to get back to work properly. Any rehab options?", "rehabilitation", "40~49", "undisclosed"),
    # rheumatology
    T("Both my hands are swollen and stiff for over an hour every morning, knuckles mostly. 35, female. My aunt has rheumatoid arthritis.", "rheumatology", "30~39", "female"),
    T("Fifth gout attack this year in my big toe, 50 year old man. Colchicine sorts it but I want to stop them happening. Allopurinol?", "rheumatology", "50~59", "male"),
    T("My 6 year old daughter's knee has been swollen for 2 months. No injury. She limps in the mornings and then it eases. Blood tests were normal.", "rheumatology", "0~9", "female"),
    T("Diagnosed with lupus at 39, I'm 42 now. Joint pain is flaring and I've got the rash across my cheeks again. My rheumatologist moved away.", "rheumatology", "40~49", "female"),
    # urology
    T("Up 4 times a night to pee and the stream is weak, takes ages to get going. 65, male. Wife says get it checked.", "urology", "60~69", "male"),
    T("At our son's 6-8 week check they found one testicle hasn't come down. He's now 9 months and it still hasn't. The GP said it needs a specialist.", "urology", "0~9", "male"),
    T("Third kidney stone in 3 years, 45 year old man. Passed this one myself but I want to know how to stop making them.", "urology", "40~49", "male"),
    T("We have 3 kids and I'm done. 38, bloke. Thinking about a vasectomy. How long is recovery and is it reversible?", "urology", "30~39", "male"),
    # nutrition
    T("What should a 10 month old actually be eating in a day? We do purees and some finger food but I've no idea about portions or how much milk.", "nutrition", "0~9", "undisclosed"),
    T("I'm 45 and about 4 stone overweight. Not after pills, I want a proper eating plan I can stick to. Where do I start?", "nutrition", "40~49", "undisclosed"),
    T("My 17 year old daughter went vegan 6 months ago. She's tired a lot. I want to make sure she's getting enough iron, B12 and protein. Any guidance?", "nutrition", "10~19", "female"),
    T("Just found out I'm pregnant with my first, I'm 29. Which foods should I avoid and do I need to eat for two?", "nutrition", "20~29", "female"),
]
