from _mk import T

ITEMS = [
    # obstetrics-gynecology
    T("Period pain so bad I miss work, really heavy periods and pain during sex. I'm 29. Could it be endometriosis?", "obstetrics-gynecology", "20~29", "female"),
    T("We've been trying for a baby for 18 months, I'm 36 and my periods are irregular. When do we get referred?", "obstetrics-gynecology", "30~39", "female"),
    T("I'm 31 and 8 weeks pregnant with my first, feeling fine. When is the first scan and what tests happen?", "obstetrics-gynecology", "30~39", "female"),
    T("A tiny bit of spotting 4 years after my periods stopped. I'm 59. Do I need to see someone?", "obstetrics-gynecology", "50~59", "female"),
    # ophthalmology
    T("Seeing halos round lights at night and everything looks a bit cloudy. 74 male. Cataracts?", "ophthalmology", "70~79", "male"),
    T("Dry, gritty, burning eyes for months, the drops from the chemist don't help at all. I'm 30 and on screens all day.", "ophthalmology", "30~39", "undisclosed"),
    T("My 5 year old's left eye turns in when she's tired. Is that a squint?", "ophthalmology", "0~9", "female"),
    T("I'm diabetic, 47, and haven't had an eye check in 3 years. My glasses don't seem strong enough any more.", "ophthalmology", "40~49", "undisclosed"),
    # orthopedics
    T("Knee gives way when I turn, ever since I twisted it skiing 2 months ago. 27 male.", "orthopedics", "20~29", "male"),
    T("My hip hurts when I walk any distance, I'm a 69 year old woman and the x-ray shows arthritis. Is it time for a replacement?", "orthopedics", "60~69", "female"),
    T("Wrist still hurts 6 weeks after a fall, never had it x-rayed, sore at the base of the thumb. I'm 16.", "orthopedics", "10~19", "undisclosed"),
    T("My employee's shoulder has hurt for months when he lifts anything overhead, he's 54. Rotator cuff?", "orthopedics", "50~59", "male"),
    # otolaryngology
    T("Blocked nose on one side for 6 months and I've lost my sense of smell. 42. Polyps?", "otolaryngology", "40~49", "undisclosed"),
    T("Hoarse voice for 5 weeks now, I'm a teacher, 51 female. It's not getting better over the holidays.", "otolaryngology", "50~59", "female"),
    T("My son, 6, snores like an old man and his tonsils are huge. Does he need them out?", "otolaryngology", "0~9", "male"),
    T("Hearing has gone down in one ear with a ringing, came on over a few weeks. 65 M.", "otolaryngology", "60~69", "male"),
    # pediatrics
    T("My 18 month old has had a runny nose and a mild temp for 3 days and is eating less. When should she be seen?", "pediatrics", "0~9", "female"),
    T("Our 7 year old keeps getting tummy aches before school. GP found nothing. Who else could see her?", "pediatrics", "0~9", "female"),
    T("4 year old boy only has a few words, nursery are concerned. Who do we see?", "pediatrics", "0~9", "male"),
    T("My 11 year old has eczema and gets chest infections every winter, he always seems to be ill. Can someone give him a general check?", "pediatrics", "10~19", "male"),
    # psychiatry
    T("Low mood for months, can't enjoy anything, sleeping way too much. 34 M. Not suicidal, just flat.", "psychiatry", "30~39", "male"),
    T("My employee, 22, has panic attacks at work several times a week. She's asked me how she can get proper help.", "psychiatry", "20~29", "female"),
    T("I think I might have ADHD. I'm 40, always been disorganised and forgetful. How do I get assessed?", "psychiatry", "40~49", "undisclosed"),
    T("My neighbour's daughter (16) has been cutting down on food a lot and has lost loads of weight. Her mum asked me how to get her help.", "psychiatry", "10~19", "female"),
    # pulmonology
    T("Cough for 3 months, smoked for 40 years, 64 male, getting breathless on the stairs.", "pulmonology", "60~69", "male"),
    T("Asthma's not controlled even on my preventer, using the blue one every day. 26 F.", "pulmonology", "20~29", "female"),
    T("Wife says I snore and stop breathing at night. 49 M, always knackered. Who tests for sleep apnoea?", "pulmonology", "40~49", "male"),
    T("A CT for something else found a 5mm nodule in my lung. I'm 57. What's the follow-up?", "pulmonology", "50~59", "undisclosed"),
    # rehabilitation
    T("My dad had a stroke 2 months ago and his left arm is still weak. He's 73. How do we get him more physio?", "rehabilitation", "70~79", "male"),
    T("I'm 30, had ACL reconstruction 3 weeks ago. What exercises should I be doing now?", "rehabilitation", "30~39", "undisclosed"),
    T("Broke my femur in a car crash last year, it's healed but I still limp and get tired quickly. 45 F.", "rehabilitation", "40~49", "female"),
    T("Our team's goalkeeper, 19, is coming back from a broken ankle, cast came off last week. How do we rebuild strength safely?", "rehabilitation", "10~19", "undisclosed"),
    # rheumatology
    T("The joints in my fingers are swollen and stiff for about an hour every morning. 44 year old woman.", "rheumatology", "40~49", "female"),
    T("Lower back stiffness that's worse in the morning and better when I move about. I'm 26, male. Been going on a year.", "rheumatology", "20~29", "male"),
    T("My mum, 71, suddenly has stiff shoulders and hips and can't lift her arms in the mornings.", "rheumatology", "70~79", "female"),
    T("Gout attacks 4 times this year, 58 male, on and off colchicine. Is there a long-term plan?", "rheumatology", "50~59", "male"),
    # urology
    T("Up 4 times a night to pee, weak stream, takes ages to get going. 67 M.", "urology", "60~69", "male"),
    T("I passed a kidney stone last year and now I've got that dull ache in my side again. 38.", "urology", "30~39", "undisclosed"),
    T("Five UTIs this year. 52 female. Is there something underlying?", "urology", "50~59", "female"),
    T("Found a painless lump on my testicle in the shower. 24. Who should I see?", "urology", "20~29", "male"),
    # nutrition
    T("I'm going vegan, 19, female. How do I get enough iron and B12?", "nutrition", "10~19", "female"),
    T("I'm 60 and just been told I have type 2. What should I actually be eating?", "nutrition", "60~69", "undisclosed"),
    T("My 2 year old is a picky eater, only pasta and yoghurt. Any meal ideas to get more variety in?", "nutrition", "0~9", "undisclosed"),
    T("I'm 80 and my appetite's gone, slowly losing weight. GP checked me and found nothing serious. What foods help keep weight on?", "nutrition", "80+", "undisclosed"),
]
