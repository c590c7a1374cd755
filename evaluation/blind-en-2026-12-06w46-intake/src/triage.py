# Triage items, written by hand. (text, department, age_range, gender)
ITEMS = [
    # cardiology
    ("Every few weeks my heart suddenly starts racing, the watch says about 150, for ten minutes or so, and then it just switches off like a tap. No chest pain. I'm 58. What could it be?", "cardiology", "50~59", "undisclosed"),
    ("My husband is 72 and gets breathless walking up hills. The GP heard a murmur and mentioned aortic stenosis and wants him seen by a specialist. Which kind?", "cardiology", "70~79", "male"),
    ("I'm a 34 year old woman and since having covid my resting heart rate is around 110 and I go dizzy when I stand up. A friend mentioned POTS. Who tests for that?", "cardiology", "30~39", "female"),
    ("Had a stent put in two years ago after a heart attack. I'm 66 and female. Do I need to stay on clopidogrel forever or can I stop it now?", "cardiology", "60~69", "female"),
    # dentistry
    ("My 6-year-old's bottom front tooth is wobbly but the adult tooth is already coming through behind it. Do we need to have the baby tooth pulled?", "dentistry", "0~9", "undisclosed"),
    ("I'm 27, my gums bleed every time I floss and I have bad breath even after brushing twice a day. What's going on?", "dentistry", "20~29", "undisclosed"),
    ("Mum is 83 and her dentures have gone loose. She's got sore spots on her gums and is avoiding anything chewy.", "dentistry", "80+", "female"),
    ("Cracked a back molar on an olive stone at dinner. There's a sharp edge and it zings with cold drinks. 45 year old guy, no pain otherwise.", "dentistry", "40~49", "male"),
    # dermatology
    ("I'm a 15 year old boy and I've used benzoyl peroxide for 3 months but I still have big painful spots on my jaw and back. What's next?", "dermatology", "10~19", "male"),
    ("A mole on my back has got darker and bigger over the last year, my wife noticed it. I'm 62.", "dermatology", "60~69", "male"),
    ("I'm a 29 year old woman and my hair is falling out in round, coin-sized bald patches. The skin underneath looks normal.", "dermatology", "20~29", "female"),
    ("Thick scaly patches on my elbows and knees, silvery on top, I've had them for years and they're spreading to my scalp. I'm 41.", "dermatology", "40~49", "undisclosed"),
    # endocrinology
    ("My TSH came back as 0.01, I've lost 5 kg without trying, I'm sweating all the time and my hands shake. 36-year-old woman. Who should I see?", "endocrinology", "30~39", "female"),
    ("I'm 52 and have had type 1 diabetes for 30 years. My sugars swing from 3 to 20 every day even though I count carbs carefully. Should I ask about a pump?", "endocrinology", "50~59", "undisclosed"),
    ("A CT scan for something else found a 2 cm lump on my adrenal gland. I'm a 67 year old man. What tests will they want?", "endocrinology", "60~69", "male"),
    ("Blood tests showed my calcium is high (2.8) and my parathyroid hormone is high too. I'm 44. What does that mean?", "endocrinology", "40~49", "undisclosed"),
    # family-medicine
    ("I'm 35 and haven't seen a doctor in about ten years. I feel fine. What check-ups should someone my age have?", "family-medicine", "30~39", "undisclosed"),
    ("Got a cold for 5 days now, blocked nose, sore throat, slightly warm. I'm a 22 year old guy. Do I need antibiotics or just ride it out?", "family-medicine", "20~29", "male"),
    ("I'm 67 and just feel tired all the time, nothing specific. My wife keeps saying I should get a general check-up.", "family-medicine", "60~69", "male"),
    ("I'm a 45-year-old woman, I've been getting mild headaches and feel a bit run down for a few weeks, nothing dramatic. Where do I start?", "family-medicine", "40~49", "female"),
    # gastroenterology
    ("I've had heartburn almost every day for a year and lately food sometimes feels like it sticks halfway down. I'm 55.", "gastroenterology", "50~59", "undisclosed"),
    ("My bowels swing between diarrhoea and constipation and I'm bloated most evenings. 28 year old woman. Could this be IBS?", "gastroenterology", "20~29", "female"),
    ("Routine bloods showed my ALT is 110. I'm a 47 year old man and I drink about two beers a night. Should I see a specialist?", "gastroenterology", "40~49", "male"),
    ("I'm 71. The doctor found I'm anaemic and my home bowel screening kit came back positive. They've mentioned a colonoscopy. What's involved?", "gastroenterology", "70~79", "undisclosed"),
    # general-surgery
    ("There's a soft bulge next to my belly button that pops out when I cough and goes back when I lie down. I'm a 39 year old man.", "general-surgery", "30~39", "male"),
    ("Ultrasound showed gallstones after several bouts of pain under my right ribs after fatty meals. I'm a 52 year old woman. Do I need it out?", "general-surgery", "50~59", "female"),
    ("I've got a soft, rubbery lump under the skin on my shoulder that's slowly grown over several years. Doesn't hurt. I'm 60. Can it be removed?", "general-surgery", "60~69", "undisclosed"),
    ("Painful lump at the top of my bum crack that keeps getting infected and draining. 21 year old guy. Pilonidal?", "general-surgery", "20~29", "male"),
    # hematology-oncology
    ("A blood test showed my platelets are 48 and I've been bruising easily on my legs. I'm a 33 year old woman.", "hematology-oncology", "30~39", "female"),
    ("I'm 74, my white count has been high for a year with lymphocytes around 12, and the doctor mentioned CLL. Who follows that up?", "hematology-oncology", "70~79", "undisclosed"),
    ("My husband is 45 and just finished chemo for bowel cancer. How often will he need scans and blood tests now?", "hematology-oncology", "40~49", "male"),
    ("I'm 19 and I've had painless swollen glands in my neck for six weeks, plus drenching night sweats and weight loss.", "hematology-oncology", "10~19", "undisclosed"),
    # infectious-diseases
    ("Came back from Ghana two weeks ago and I've had fevers that come and go. The walk-in did a malaria test that was negative. 31 year old male. Still feel off.", "infectious-diseases", "30~39", "male"),
    ("I was diagnosed with HIV last month. I'm 26. What does treatment look like and will I be on it forever?", "infectious-diseases", "20~29", "undisclosed"),
    ("My mother is 80 and keeps getting C. diff after every course of antibiotics. This is the third time. Is there anything that stops it coming back?", "infectious-diseases", "80+", "female"),
    ("Tested positive for latent TB on a work screening. I'm a 42 year old woman, a nurse, and I feel totally well. Do I need treatment?", "infectious-diseases", "40~49", "female"),
    # nephrology
    ("My eGFR has dropped from 60 to 41 over two years. I'm 68 and diabetic. What does that mean for me?", "nephrology", "60~69", "undisclosed"),
    ("I'm a 33 year old man with polycystic kidneys, like my dad. What monitoring should I be having?", "nephrology", "30~39", "male"),
    ("Foamy pee and puffy eyes in the mornings, and the dipstick at the pharmacy showed protein 3+. I'm a 25 year old woman.", "nephrology", "20~29", "female"),
    ("My grandfather is 84 and on dialysis three times a week. He's struggling with the fluid limit and always thirsty. Any tips?", "nephrology", "80+", "male"),
    # neurology
    ("I've had migraines for years but now they're every other day and the triptans barely help. I'm a 38 year old woman.", "neurology", "30~39", "female"),
    ("My hands shake when I hold a cup or write, worse when I'm nervous. My dad had the same. I'm 61, male.", "neurology", "60~69", "male"),
    ("I've had two spells this year of numbness down one leg lasting a few weeks, and last year blurred vision in one eye that got better. I'm 29. Could it be MS?", "neurology", "20~29", "undisclosed"),
    ("I'm 76 and my wife says I shout and punch in my sleep, acting out dreams. I've also lost my sense of smell. Is that linked?", "neurology", "70~79", "male"),
    # obstetrics-gynecology
    ("I'm 12 weeks pregnant with my first baby and I'm 29. What scans and tests should I expect from here?", "obstetrics-gynecology", "20~29", "female"),
    ("My periods stopped 8 months ago and I get hot flushes all day. I'm 51. Is this menopause and what are my options?", "obstetrics-gynecology", "50~59", "female"),
    ("My smear came back with high-risk HPV and mild changes. I'm 33. What happens at a colposcopy?", "obstetrics-gynecology", "30~39", "female"),
    ("My daughter is 16 and has never had a period. She's otherwise healthy and developing normally. Should she be checked?", "obstetrics-gynecology", "10~19", "female"),
    # ophthalmology
    ("My eyes feel dry and gritty every evening and I'm on screens all day. I'm 64. Drops aren't doing much.", "ophthalmology", "60~69", "undisclosed"),
    ("Over the past couple of months I've noticed more floaters in my right eye. No flashes, no shadow, vision is otherwise fine. I'm 55 and very short-sighted.", "ophthalmology", "50~59", "undisclosed"),
    ("My 4 year old son's left eye turns inwards when he's tired. Will he grow out of it?", "ophthalmology", "0~9", "male"),
    ("Small painless bump on my upper eyelid for three weeks now. Warm compresses haven't shrunk it. I'm a 24 year old woman.", "ophthalmology", "20~29", "female"),
    # orthopedics
    ("Twisted my knee playing five-a-side 3 weeks ago. It still locks and gives way on stairs. 23 year old man.", "orthopedics", "20~29", "male"),
    ("My hip hurts when I walk, worse at the end of the day, and the X-ray showed arthritis. I'm 70. At what point is a replacement worth it?", "orthopedics", "70~79", "undisclosed"),
    ("My 12 year old daughter's back looks curved when she bends forward and one shoulder sits higher than the other.", "orthopedics", "10~19", "female"),
    ("Fell on my outstretched hand two weeks ago and it still hurts at the base of my thumb. The X-ray was normal. I'm 44.", "orthopedics", "40~49", "undisclosed"),
    # otolaryngology
    ("Constant ringing in my right ear only, and that side sounds muffled too. It's been two months. I'm 48, male.", "otolaryngology", "40~49", "male"),
    ("My 7-year-old has had tonsillitis six times this year and missed loads of school. Should the tonsils come out?", "otolaryngology", "0~9", "undisclosed"),
    ("My voice has been hoarse for six weeks and it's not getting better. I'm 66 and used to smoke.", "otolaryngology", "60~69", "undisclosed"),
    ("One side of my nose has been blocked for months and I can hardly smell anything. 35 year old woman, nasal sprays don't help.", "otolaryngology", "30~39", "female"),
    # pediatrics
    ("My 2 year old has had a runny nose and a temperature of 38.1 for two days. Still playing and drinking fine. Anything I should do?", "pediatrics", "0~9", "undisclosed"),
    ("My 9 month old son isn't gaining weight well. He was on the 50th centile and now he's dropped to the 9th.", "pediatrics", "0~9", "male"),
    ("My 5 year old daughter complains of tummy aches most school mornings but she's fine at weekends. Should she be checked?", "pediatrics", "0~9", "female"),
    ("My 11 year old has chickenpox. How long should he stay off school and what helps with the itch?", "pediatrics", "10~19", "male"),
    # psychiatry
    ("I've felt low for months, can't enjoy anything, and I wake at 4am every day. I'm a 42 year old man and I don't know where to start.", "psychiatry", "40~49", "male"),
    ("I'm 19 and I have to check the door locks about 30 times before I can leave the house. It's making me late for everything.", "psychiatry", "10~19", "undisclosed"),
    ("My mum, 78, has become very suspicious. She thinks the neighbours come in and move her things, but her memory is otherwise fine.", "psychiatry", "70~79", "female"),
    ("I get panic attacks on the train to work, heart pounding, I feel like I'm dying but it always passes. I'm a 27 year old woman.", "psychiatry", "20~29", "female"),
    # pulmonology
    ("I've had a cough for 3 months and I'm breathless on the stairs. I'm 63 and smoked for 40 years.", "pulmonology", "60~69", "undisclosed"),
    ("My asthma isn't controlled even on a high-dose inhaler, I'm using my reliever most days. 37 year old woman.", "pulmonology", "30~39", "female"),
    ("A CT found a 6 mm nodule in my lung. I'm a 55 year old man and I've never smoked. What happens now?", "pulmonology", "50~59", "male"),
    ("I'm 81 with COPD and my finger oxygen monitor sits at 90 to 91 at rest. Should I be on home oxygen?", "pulmonology", "80+", "undisclosed"),
    # rehabilitation
    ("My father is 74 and had a stroke two months ago. His right arm is still weak and he needs help getting dressed. What therapy should he get?", "rehabilitation", "70~79", "male"),
    ("I'm 28 and non-binary, and I had my ACL reconstructed six weeks ago. How do I get back to running safely?", "rehabilitation", "20~29", "other"),
    ("My pelvis was fractured in a car crash last year. It's healed, but at 46 I still can't walk more than a few hundred metres. Would more physio help?", "rehabilitation", "40~49", "undisclosed"),
    ("My 17 year old son just had his cast off after a broken ankle. It's stiff and weak and he wants to get back to basketball.", "rehabilitation", "10~19", "male"),
    # rheumatology
    ("Swollen, painful knuckles in both hands and I'm stiff for hours every morning. I'm a 45 year old woman.", "rheumatology", "40~49", "female"),
    ("Every few months my big toe goes red, hot and swollen for a week. I'm 53 and male.", "rheumatology", "50~59", "male"),
    ("Lower back stiffness that eases when I exercise but is worse in the second half of the night. I'm a 26 year old man.", "rheumatology", "20~29", "male"),
    ("I'm 72 and my shoulders and hips ache and are so stiff in the mornings I can't lift my arms to brush my hair. Started a month ago.", "rheumatology", "70~79", "undisclosed"),
    # urology
    ("I'm 66 and I get up 4 times a night to pee, and the stream is weak. Is it my prostate?", "urology", "60~69", "male"),
    ("Third kidney stone this year. I'm 38. Is there anything I can do to stop making them?", "urology", "30~39", "undisclosed"),
    ("I saw blood in my urine once last week, no pain at all. I'm a 59 year old woman and an ex-smoker.", "urology", "50~59", "female"),
    ("I've had trouble keeping an erection for about six months. I'm 49. Who should I talk to?", "urology", "40~49", "male"),
    # nutrition
    ("I want to go vegan. What do I need to supplement to stay healthy? I'm a 22 year old woman.", "nutrition", "20~29", "female"),
    ("Our 10 month old is a fussy eater. What finger foods should we be offering and how much?", "nutrition", "0~9", "undisclosed"),
    ("I'm 68 and have been told my cholesterol is high. What changes to my diet would make the biggest difference?", "nutrition", "60~69", "undisclosed"),
    ("I'm a 16 year old boy who plays rugby. How much protein should I eat to build muscle safely?", "nutrition", "10~19", "male"),
]
