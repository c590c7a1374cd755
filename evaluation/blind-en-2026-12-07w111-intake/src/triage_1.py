from _h import T

ITEMS = [
    # cardiology
    T("doc my heart dey beat anyhow, like e dey skip then e go knock hard. e dey happen when I lie down for night. I be 46, man, I no dey smoke.", "cardiology", "40~49", "male"),
    T("My mother is 67, she has been on amlodipine for years but her BP is still 165/100 most mornings and now her ankles swell. Her GP wants to add another drug. Should she see a heart specialist?", "cardiology", "60~69", "female"),
    T("I'm 34 weeks post-partum... sorry, 34 years old and 5 months after delivery, and the echo showed my heart pumping is 'reduced', EF 40%. They said peripartum cardiomyopathy. What follow up do I need?", "cardiology", "30~39", "female"),
    T("heart murmur found at my school medical for uni admission. I'm 18, no symptoms, play football fine. what does it mean", "cardiology", "10~19", "undisclosed"),
    # dentistry
    T("my wisdom tooth don dey push comot since one week, the gum for back dey swell and I no fit open mouth well. I be 23 years", "dentistry", "20~29", "undisclosed"),
    T("Hello, I'm a 52 year old woman and my gums bleed every time I brush and two of my lower teeth are shaking. Is it too late to save them?", "dentistry", "50~59", "female"),
    T("I chew stick (atu) every morning instead of toothbrush and now my front teeth feel sensitive to cold water. I'm 40, male.", "dentistry", "40~49", "male"),
    T("My dentures from 10 years ago don't fit anymore, they slide when I eat. Grandad, 78.", "dentistry", "70~79", "male"),
    # dermatology
    T("I'm 27 and I used a 'glow' cream from the market for 2 years, now I have dark patches on my cheeks and small lines on my thighs. How do I repair my skin?", "dermatology", "20~29", "female"),
    T("razor bumps on my beard area, every time I barb it comes back. 31, guy. I have tried aftershave and spirit.", "dermatology", "30~39", "male"),
    T("white spots spreading on my hands and lips, 44 years, no itch. People are saying na leprosy, I'm scared to go out.", "dermatology", "40~49", "undisclosed"),
    T("My scalp has thick scaly patches and it itches, I'm 58 and I thought it was dandruff but selsun isn't working. Also my elbows. I'm a woman.", "dermatology", "50~59", "female"),
    # endocrinology
    T("Since I was diagnosed with type 2 diabetes at 49, my sugar has never been under control even on metformin and glibenclamide. HbA1c 10.2. I'm 53 now. Do I need insulin?", "endocrinology", "50~59", "undisclosed"),
    T("My neck has become big in front, like a goitre, and I'm losing weight although I eat well, heart racing. 36 yr old female", "endocrinology", "30~39", "female"),
    T("I'm a 24 year old woman with no period for 8 months, hair growing on my chin and my prolactin came back high on the test. Which specialist?", "endocrinology", "20~29", "female"),
    T("My dad is 71 and his calcium was high on a blood test and they said 'parathyroid'. What is that and who treats it?", "endocrinology", "70~79", "male"),
    # family-medicine
    T("catarrh and sneezing for 4 days, small sore throat, no fever. I'm 33. Should I just rest or take something?", "family-medicine", "30~39", "undisclosed"),
    T("I want to do a general medical check up, I'm 45 and I've never done one. Which tests should I ask for? Man, Lagos.", "family-medicine", "40~49", "male"),
    T("I feel tired all the time and sleep a lot. Not sure what is wrong. 29, female, no other complaint really.", "family-medicine", "20~29", "female"),
    T("Need a medical fitness certificate for my new job in Abuja. I'm 26. What does it involve?", "family-medicine", "20~29", "undisclosed"),
    # gastroenterology
    T("Ulcer dey worry me since years. Anytime I no chop early my upper belly dey burn, and now I dey belch sour water. 38 years, woman.", "gastroenterology", "30~39", "female"),
    T("My father is 61 and a scan showed his liver is 'coarse'. He has hepatitis B for years but never treated. What should he do?", "gastroenterology", "60~69", "male"),
    T("I've been having alternating diarrhoea and constipation for a year, lots of bloating, worse with beans. 35 yrs.", "gastroenterology", "30~39", "undisclosed"),
    T("I have heartburn that feels like chest pain after eating pepper soup at night. Heart tests at the clinic were all normal. 57, male.", "gastroenterology", "50~59", "male"),
    # general-surgery
    T("I have a swelling in my groin that comes out when I cough or lift bags of cement and goes back when I lie down. I'm 42, male, labourer.", "general-surgery", "40~49", "male"),
    T("I've had gallstones on scan for 6 months and every time I eat fried food the pain under my right ribs comes. They said I need operation. 48, woman.", "general-surgery", "40~49", "female"),
    T("Boil on my buttock that has been getting bigger for a week, full of pus, painful to sit. 30 yrs, I'm a man.", "general-surgery", "30~39", "male"),
    T("My grandmother, 83, has a lump on her neck that has been growing slowly for years. Not painful. She still goes to market every day. Who removes it?", "general-surgery", "80+", "female"),
    # hematology-oncology
    T("My son is 19 and has sickle cell SS. He's having more crises since he started uni. We want a haematologist to review him about hydroxyurea.", "hematology-oncology", "10~19", "male"),
    T("I was diagnosed with breast cancer at 44, I'm now 46 and done with chemo. How often should I do follow-up and who should I see?", "hematology-oncology", "40~49", "female"),
    T("My full blood count shows white cells very high, 85,000. The doctor says leukaemia possibly. I'm 63. Where do I go?", "hematology-oncology", "60~69", "undisclosed"),
    T("I get bruises without knowing how, and my gums bleed, and my platelet count was 40. I'm 31, female.", "hematology-oncology", "30~39", "female"),
    # infectious-diseases
    T("I tested HIV positive last week. I'm 28, male. I don't know where to start. Which clinic and what drugs?", "infectious-diseases", "20~29", "male"),
    T("I returned from Nigeria to London 5 days ago and now I have fever and chills on and off. I didn't take malaria prophylaxis. 39, female.", "infectious-diseases", "30~39", "female"),
    T("I've been treated for typhoid 4 times this year with different antibiotics and the Widal is still positive. Is it really typhoid? I'm 33.", "infectious-diseases", "30~39", "undisclosed"),
    T("My uncle was diagnosed with TB and I live in the same room as him. I'm 50, no cough yet. Do I need to be tested or take drugs?", "infectious-diseases", "50~59", "undisclosed"),
    # nephrology
    T("My creatinine has been going up over 2 years, now 210, and they said CKD stage 3. I'm 59 and hypertensive. Do I need dialysis?", "nephrology", "50~59", "undisclosed"),
    T("Protein in my urine +++ and my face is puffy in the morning, 22 year old man. What is wrong?", "nephrology", "20~29", "male"),
    T("My mum is 68 and on dialysis three times a week at Korle Bu. She wants to know about getting a kidney transplant in Ghana.", "nephrology", "60~69", "female"),
    T("I have had lupus for 5 years and now the doctor says it has affected my kidneys. I'm 30, female. Who should manage this part?", "nephrology", "30~39", "female"),
    # neurology
    T("My hand don dey shake when I wan hold cup, e no dey shake when I rest am. I be 66. Na Parkinson?", "neurology", "60~69", "undisclosed"),
    T("I've been having migraines with zigzag lines before them about twice a week. Paracetamol doesn't help. 32, woman.", "neurology", "30~39", "female"),
    T("My husband is 55 and has numbness and burning in both feet for a year, he isn't diabetic. Who should we see?", "neurology", "50~59", "male"),
    T("I had a fit 2 years ago and was put on carbamazepine. No fits since. I'm 25, male. Can I stop it now?", "neurology", "20~29", "male"),
]
