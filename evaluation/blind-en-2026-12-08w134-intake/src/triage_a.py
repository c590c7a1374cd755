# Triage items, part A (hand-written, writer 134). (text, department, age_range, gender)
ITEMS = [
    # cardiology
    ("I'm a 62 year old man and my smartwatch keeps telling me I have possible AFib. I feel a little fluttering "
     "sometimes but nothing dramatic. Who should I see about this?", "cardiology", "60~69", "male"),
    ("My mother is 74 and her ankles swell every evening and she gets winded going up the stairs, which is new over "
     "the last couple of months. Her GP mentioned her heart might not be pumping well. Can we get her an echo?",
     "cardiology", "70~79", "female"),
    ("I'm 35 and was told at a physical that I have a heart murmur. No one ever mentioned it before. I feel fine. "
     "Is this something that needs to be checked out?", "cardiology", "30~39", "undisclosed"),
    ("My husband is 57 and had two stents put in last year. His cholesterol is still high on Lipitor and his "
     "doctor mentioned a shot called Repatha. Is that safe with his other heart meds?", "cardiology", "50~59",
     "male"),
    # dentistry
    ("I'm 43 and my gums bleed every time I brush and floss. My breath has been bad too. I haven't been to a dentist "
     "in about five years, I'm embarrassed to say.", "dentistry", "40~49", "undisclosed"),
    ("My daughter is 7 and one of her adult molars came in with brown spots on it. She brushes twice a day. Is "
     "that a cavity already?", "dentistry", "0~9", "female"),
    ("I'm 68 and my lower denture keeps slipping when I eat. It's about eight years old. Should it be relined or "
     "replaced?", "dentistry", "60~69", "undisclosed"),
    ("I'm a 24 year old guy and my wisdom teeth are coming in sideways. The back of my jaw aches every few weeks. "
     "Do they all have to come out?", "dentistry", "20~29", "male"),
    # dermatology
    ("I'm 29 and still breaking out on my chin and jawline like a teenager, mostly around my period. I've tried "
     "everything at Target. What prescription options are there?", "dermatology", "20~29", "female"),
    ("My dad is 71 and has a rough, scaly spot on his forehead that won't go away. He was a mail carrier for 35 "
     "years and never wore sunscreen.", "dermatology", "70~79", "male"),
    ("I've had patches of thick, silvery skin on my elbows and knees for a year. They itch and sometimes crack. "
     "I'm 46. Could this be psoriasis?", "dermatology", "40~49", "undisclosed"),
    ("I'm 52 and losing hair in a round bald patch on the back of my head. My barber pointed it out. It's about "
     "the size of a quarter.", "dermatology", "50~59", "undisclosed"),
    # endocrinology
    ("My thyroid ultrasound showed a 2 cm nodule on the right side. I'm a 44 year old woman and my TSH is normal. "
     "What happens next?", "endocrinology", "40~49", "female"),
    ("I'm 31 and I've been gaining weight, I have dark patches on my neck, and my periods are all over the place. "
     "My doctor said something about insulin resistance and PCOS. Who manages that long term?", "endocrinology",
     "30~39", "female"),
    ("My husband is 66 and his type 2 diabetes is getting harder to control, A1c is 9.3 even on two pills. His "
     "family doctor thinks he needs insulin and wants a specialist to set it up.", "endocrinology", "60~69",
     "male"),
    ("My son is 15 and hasn't had his growth spurt. All his friends are taller and his voice hasn't changed. His "
     "pediatrician wants him to see a hormone specialist. Is that necessary?", "endocrinology", "10~19", "male"),
    # family-medicine
    ("I'm 38, healthy, and haven't had a physical in three years. I'd like to get a general check-up and whatever "
     "blood work I'm due for.", "family-medicine", "30~39", "undisclosed"),
    ("I've had a cold for about eight days, stuffy nose, sore throat, mild cough. No fever. I'm 27. Anything I "
     "should take besides DayQuil?", "family-medicine", "20~29", "undisclosed"),
    ("I'm a 55 year old woman and I've just been feeling run down for a couple of months. Not sick exactly, just "
     "tired and achy. Where do I start?", "family-medicine", "50~59", "female"),
    ("My dad is 80 and needs his yearly Medicare wellness visit and a refill on his blood pressure pills. He's "
     "doing well otherwise.", "family-medicine", "80+", "male"),
    # gastroenterology
    ("I'm 49 and I've had heartburn almost every day for a year, even on Prilosec. Sometimes food feels like it "
     "sticks on the way down. Do I need a scope?", "gastroenterology", "40~49", "undisclosed"),
    ("My wife is 34 and has been going back and forth between diarrhea and constipation for months, with a lot of "
     "bloating. Her doctor thinks IBS but wants a GI opinion.", "gastroenterology", "30~39", "female"),
    ("I'm 45 and due for my first colonoscopy. I've heard about Cologuard. Which one is better for someone with "
     "no family history?", "gastroenterology", "40~49", "undisclosed"),
    ("My liver enzymes came back high on routine labs, ALT 98. I'm a 58 year old man, I drink a couple beers on "
     "weekends and I'm overweight. Fatty liver?", "gastroenterology", "50~59", "male"),
    # general-surgery
    ("I have a bulge in my groin that pops out when I lift things at work and goes back in when I lie down. I'm "
     "a 40 year old man. I think it's a hernia.", "general-surgery", "40~49", "male"),
    ("My gallbladder ultrasound showed stones and I've had three attacks of pain after eating since spring. I'm "
     "a 37 year old woman. Do I need it out?", "general-surgery", "30~39", "female"),
    ("I'm 53 and I have a lump under the skin on my back, soft and movable, getting slowly bigger over two years. It's about "
     "the size of a golf ball now. My doctor says lipoma. Who removes those?", "general-surgery", "50~59",
     "undisclosed"),
    ("My son is 19 and has a painful cyst near his tailbone that keeps coming back and draining. Urgent care "
     "drained it twice and called it pilonidal. Does he need surgery to get rid of it for good?", "general-surgery",
     "10~19", "male"),
    # hematology-oncology
    ("My blood work showed my platelets are 520 on two tests a month apart. I'm 61 and feel fine. My doctor says "
     "I should see a blood specialist.", "hematology-oncology", "60~69", "undisclosed"),
    ("I was just diagnosed with stage 2 breast cancer at 47. The surgeon mentioned chemo before surgery. Who will "
     "be in charge of that part?", "hematology-oncology", "40~49", "female"),
    ("I'm 26 and I've been told I'm anemic three times now. Iron pills make me sick and my ferritin is still 6. "
     "Can I get IV iron?", "hematology-oncology", "20~29", "undisclosed"),
    ("My husband is 70 and his lymph nodes in his neck and armpits have been swollen for two months, no "
     "infection. He's been sweating at night and lost 15 pounds.", "hematology-oncology", "70~79", "male"),
    # infectious-diseases
    ("I'm traveling to Ghana for work next month. I'm 36. Which vaccines and malaria pills do I need, and should I "
     "see a travel clinic?", "infectious-diseases", "30~39", "undisclosed"),
    ("I was just diagnosed with HIV at 28. I'm scared but I want to start treatment right away. Who do I see?",
     "infectious-diseases", "20~29", "undisclosed"),
    ("I'm a 54 year old woman and I keep getting C. diff after antibiotics, this is the third time. I've heard "
     "about a fecal transplant. Is that something your infectious disease doctors do?", "infectious-diseases",
     "50~59", "female"),
    ("My father is 77 and his hip replacement got infected. He's on IV antibiotics at home and the surgeon said "
     "the infection doctors will follow him now. What should we expect?", "infectious-diseases", "70~79",
     "male"),
    # nephrology
    ("My kidney function was checked because of my blood pressure and my eGFR is 38. I'm a 65 year old woman. "
     "My doctor says I need a kidney doctor. What does stage 3b mean?", "nephrology", "60~69", "female"),
    ("I'm 42 and my urine has been foamy for a couple of months. A urine test showed a lot of protein. My ankles "
     "are a little puffy.", "nephrology", "40~49", "undisclosed"),
    ("My dad is 83 and on dialysis three days a week. He's tired of it and asking if there are other options like "
     "doing it at home.", "nephrology", "80+", "male"),
    ("My brother and my mom both have polycystic kidney disease. I'm 30 and want to know if I should be "
     "screened.", "nephrology", "30~39", "undisclosed"),
    # neurology
    ("I'm a 33 year old woman and I've had numbness and tingling in my left leg on and off for a month, and last "
     "year my vision was blurry in one eye for a week. My friend said that sounds like MS.", "neurology", "30~39",
     "female"),
    ("My husband is 68 and has had a tremor in his right hand for a year, and he's slower walking. His voice has "
     "gotten soft too.", "neurology", "60~69", "male"),
    ("I get migraines about 10 days a month now. I'm 39. Triptans help but I'm using them too often. Are there "
     "preventive shots?", "neurology", "30~39", "undisclosed"),
    ("My mom is 81 and she's been forgetting appointments and repeating stories more this past year. She still "
     "lives alone. Can she get a memory evaluation?", "neurology", "80+", "female"),
]
