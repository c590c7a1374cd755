# Triage items (part B). Written by hand, writer 71.
from triage_a import T

ITEMS = [
    # obstetrics-gynecology
    T("Periods so heavy I'm changing a super tampon every hour on day 2, and I'm 42. Fibroids?", "obstetrics-gynecology", "40~49", "female"),
    T("found out i'm pregnant (6 weeks) and i'm 20. no problems, just want to know how to book in for antenatal care", "obstetrics-gynecology", "20~29", "female"),
    T("Smear test came back with HPV and 'low grade changes'. I'm 27. Now they want a colposcopy, what is that?", "obstetrics-gynecology", "20~29", "female"),
    T("Hot flushes, no period for 8 months, not sleeping. I'm 51. Want to talk about HRT.", "obstetrics-gynecology", "50~59", "female"),
    # ophthalmology
    T("Seeing lots of little floaters in my left eye for months, no flashes. I'm really short-sighted. 35.", "ophthalmology", "30~39", "undisclosed"),
    T("My dad is 79 and his vision is going cloudy and he's struggling with glare when driving at night. Cataracts?", "ophthalmology", "70~79", "male"),
    T("Contact lens wearer, 21, my right eye's been red and gritty for 4 days and light hurts a bit. Stopped wearing them. Still not better.", "ophthalmology", "20~29", "undisclosed"),
    T("Optician said my eye pressure is high at my last test and referred me. 48 year old woman. What does glaucoma testing involve?", "ophthalmology", "40~49", "female"),
    # orthopedics
    T("Twisted my knee playing 5-a-side, heard a pop, it swelled up overnight and now it gives way on stairs. 27 m.", "orthopedics", "20~29", "male"),
    T("Hip pain getting worse for years, 68 year old woman, x-ray says severe arthritis. Ready to talk about a replacement.", "orthopedics", "60~69", "female"),
    T("My 14 yo son has heel pain after football practice in both heels, limping after matches.", "orthopedics", "10~19", "male"),
    T("Fell on my outstretched hand roller skating last week, wrist still sore at the base of the thumb. X-ray in urgent care was 'clear' but they said come back.", "orthopedics", "20~29", "undisclosed"),
    # otolaryngology
    T("Snore loudly and my partner says I stop breathing at night. I'm 46, overweight. Also my nose is always blocked on one side.", "otolaryngology", "40~49", "undisclosed"),
    T("Recurring tonsillitis, 6 times this year, I'm 18 and keep missing college. Can I get my tonsils out?", "otolaryngology", "10~19", "undisclosed"),
    T("My voice has been hoarse for 5 weeks now and I'm a singer in a band. 32 female. Not a cold.", "otolaryngology", "30~39", "female"),
    T("Hearing in my left ear has gotten worse slowly over a year and there's a whooshing noise. 59 m.", "otolaryngology", "50~59", "male"),
    # pediatrics
    T("My 3 year old has had a runny nose and cough for 10 days, eating and playing ok, no high fever. Is that too long?", "pediatrics", "0~9", "undisclosed"),
    T("Our baby girl is 9 months and not crawling or sitting well without support yet. Should she be checked?", "pediatrics", "0~9", "female"),
    T("My son is 5 and wets the bed most nights still. He's dry in the day. Is this normal?", "pediatrics", "0~9", "male"),
    T("My 7 year old daughter gets tummy aches most mornings before school, no vomiting, fine at weekends.", "pediatrics", "0~9", "female"),
    # psychiatry
    T("I'm 24 and I think I have ADHD, can't focus at work, lose everything, always late. Want an assessment.", "psychiatry", "20~29", "undisclosed"),
    T("Low mood for months, not enjoying anything, sleeping loads. 19, uni student, male. Not suicidal, just flat. Counselling hasn't helped.", "psychiatry", "10~19", "male"),
    T("My wife (38) has been on lithium for bipolar for years and wants to come off to try for a baby. Who advises on that?", "psychiatry", "30~39", "female"),
    T("I check the door locks and the oven like 30 times before I can leave, and it's making me late for work every day. 41.", "psychiatry", "40~49", "undisclosed"),
    # pulmonology
    T("Been short of breath walking up hills for a year and have a dry cough. I'm 63 and worked with asbestos in the 80s.", "pulmonology", "60~69", "undisclosed"),
    T("My asthma isn't controlled even on the purple inhaler. Using blue one daily. 28 female. Need a review.", "pulmonology", "20~29", "female"),
    T("Chest CT for something else found a 6mm nodule in my lung. I'm 55 and an ex-smoker, man. What now?", "pulmonology", "50~59", "male"),
    T("I've had a cough with loads of phlegm every morning for years, 70 year old smoker. Getting more breathless.", "pulmonology", "70~79", "undisclosed"),
    # rehabilitation
    T("Had a stroke 3 months ago, I'm 64, left arm is still weak and I'm struggling with buttons. Want more therapy.", "rehabilitation", "60~69", "undisclosed"),
    T("ACL reconstruction 6 weeks ago, 22 f, want to make sure I'm doing the right exercises to get back to netball.", "rehabilitation", "20~29", "female"),
    T("My dad (82) is home after breaking his hip and is scared to walk. He needs help getting his strength back.", "rehabilitation", "80+", "male"),
    T("Broke my ankle in a motorbike crash, cast off last week, I'm 35 and it's stiff as anything. When can I start physio?", "rehabilitation", "30~39", "undisclosed"),
    # rheumatology
    T("Both hands stiff for over an hour every morning, knuckles swollen. 45 year old woman. My auntie has rheumatoid.", "rheumatology", "40~49", "female"),
    T("Big toe went red, hot and agonising overnight, third time this year. 50 m, like my beer.", "rheumatology", "50~59", "male"),
    T("Lower back pain and stiffness that's worse in the morning and better when I move, been going on since I was 20. I'm 26 now, guy.", "rheumatology", "20~29", "male"),
    T("Tired all the time, joint pains and a rash across my cheeks when I'm in the sun. 33. Lupus?", "rheumatology", "30~39", "undisclosed"),
    # urology
    T("Getting up 4 times a night to wee, weak stream. 66 year old man. Prostate?", "urology", "60~69", "male"),
    T("kidney stone last year, now getting the same dull ache on the right again. 37. How do I stop them coming back?", "urology", "30~39", "undisclosed"),
    T("I'm 19 and found a small hard lump on one testicle, not painful, been there a couple of weeks.", "urology", "10~19", "male"),
    T("Leaking a bit of wee when I cough or laugh since my second baby. I'm 44. Physio didn't fully fix it.", "urology", "40~49", "female"),
    # nutrition
    T("I want to go vegan but I'm worried about protein and B12. I'm 21 and do a lot of climbing. What should I eat?", "nutrition", "20~29", "undisclosed"),
    T("My son is 15 and only eats beige food, pasta, chips, chicken nuggets. He's fine otherwise. How do we get more veg in?", "nutrition", "10~19", "male"),
    T("I've been told I'm pre-diabetic at 52. What should I actually eat day to day? I'm a woman who loves bread.", "nutrition", "50~59", "female"),
    T("My nan is 86 and barely eats since grandad passed, lost weight. What foods or supplements can help her keep her strength?", "nutrition", "80+", "female"),
]
