# Triage items, part A (written by hand, writer 145)
# (text, department, age_range, gender)

ITEMS = [
    # cardiology
    ("My son is 15 and plays AA hockey. A few times this season he's said his heart 'flutters' on the bench, lasts maybe 30 seconds and goes away. He's never passed out. Should he see a heart specialist or is this normal for teens?",
     "cardiology", "10~19", "male"),
    ("At my daughter's 6 year checkup the doctor heard a murmur and wants an echocardiogram. She's totally active and fine. How worried should I be while we wait for the referral?",
     "cardiology", "0~9", "female"),
    ("I'm 58, male, on a statin for 3 years. My cardiologist wants a stress test because my calcium score came back at 240. What does that number mean and what will the test show?",
     "cardiology", "50~59", "male"),
    ("my mom is 76 and has afib, she's on apixaban. her apple watch keeps saying irregular rhythm and heart rate around 110 when she's sitting. she feels ok, a bit tired. does her dose need changing?",
     "cardiology", "70~79", "female"),

    # dentistry
    ("Our dentist found a cavity in one of my 7 year old son's back baby teeth. Is it worth filling a baby tooth if it's going to fall out anyway?",
     "dentistry", "0~9", "male"),
    ("My daughter is 17 and her wisdom teeth are coming in sideways on the X-ray. No pain yet. Do they have to come out before she leaves for university?",
     "dentistry", "10~19", "female"),
    ("I'm 34 and 5 months pregnant (second baby) and my gums bleed every time I brush. Is it safe to get a cleaning while pregnant?",
     "dentistry", "30~39", "female"),
    ("My 11 year old chipped a corner off a front adult tooth on the trampoline last week. No pain, just a sharp edge. Can it be bonded or do we wait till they're older?",
     "dentistry", "10~19", "undisclosed"),

    # dermatology
    ("My son is 14 and his acne is getting really bad on his back and chest. Over-the-counter benzoyl peroxide isn't working and he won't take his shirt off at the pool anymore.",
     "dermatology", "10~19", "male"),
    ("My 5 year old daughter has these little pearly bumps on her tummy and arm, maybe 20 of them. Daycare said molluscum. Do we treat them or wait?",
     "dermatology", "0~9", "female"),
    ("I'm a 45 year old mom and a mole on my shoulder seems darker than it used to be. My husband noticed it. It's not itchy or bleeding. Who should look at it?",
     "dermatology", "40~49", "female"),
    ("My 16 year old is non-binary (they/them) and just found two round bald patches on their scalp. Smooth skin, no itch. Could this be stress from school?",
     "dermatology", "10~19", "other"),

    # endocrinology
    ("My daughter is 7 and a half and she's started getting breast buds and some body odour. Isn't that too early? Her pediatrician says to see a specialist.",
     "endocrinology", "0~9", "female"),
    ("Son is 13, the shortest in his class by a lot and no signs of puberty at all. His bone age came back 2 years behind. Does he need hormones or will he catch up?",
     "endocrinology", "10~19", "male"),
    ("I'm 38 and an ultrasound found a 1.5 cm nodule on my thyroid. My TSH is normal. I'm a busy mom of three and really anxious about the biopsy. What are the next steps?",
     "endocrinology", "30~39", "female"),
    ("62 y/o man with type 2 diabetes, on metformin 1000 mg twice daily. My A1c went from 7.2 to 8.1 this year. My doctor mentioned adding a second drug, which ones are there?",
     "endocrinology", "60~69", "male"),

    # family-medicine
    ("I'm 27 and I work in a daycare so I catch every cold. This one has been 10 days, stuffy nose, mild cough, no fever. Do I need antibiotics at this point?",
     "family-medicine", "20~29", "female"),
    ("I'm a 35 year old dad and I haven't had a physical since high school. My wife is making me book one. What do they usually check at my age?",
     "family-medicine", "30~39", "male"),
    ("Mom of 3 here (44). The kids brought home a cold and now I have a sore throat, sinus pressure and I'm tired. It's day 4. Anything I can take that won't make me drowsy while driving the carpool?",
     "family-medicine", "40~49", "female"),
    ("My father is 71 and has a head cold, sniffles and a mild cough for 5 days, no fever. He wants to know if he can still babysit the grandkids this weekend or if he should wait.",
     "family-medicine", "70~79", "male"),

    # gastroenterology
    ("My 12 year old son gets stomach cramps and diarrhea after cereal with milk or pizza. It's been going on for months. Could he be lactose intolerant and how do we test?",
     "gastroenterology", "10~19", "male"),
    ("Daughter, 16, is bloated after almost every meal and has lost a bit of weight. Her aunt has celiac. Should she get a blood test before cutting out gluten?",
     "gastroenterology", "10~19", "female"),
    ("46 year old guy here. Heartburn almost every night for 6 months, worse with coffee and when I lie down. Pantoprazole helps but comes back when I stop. Do I need a scope?",
     "gastroenterology", "40~49", "male"),
    ("I'm a 55 year old woman and my older brother had colon polyps. I've never had a colonoscopy. Is the FIT test enough for me or should I ask for a scope?",
     "gastroenterology", "50~59", "female"),

    # general-surgery
    ("My 8 year old son has a soft bulge at his belly button that pops out when he coughs. It doesn't hurt and goes back in easily. Will it close on its own or does he need surgery?",
     "general-surgery", "0~9", "male"),
    ("I'm 39, female. Ultrasound showed gallstones after a few episodes of pain under my right ribs after greasy meals. The pain has settled now. Should I have my gallbladder taken out?",
     "general-surgery", "30~39", "female"),
    ("My son is 17 and has a painful lump at the top of his buttcrack that keeps draining. The walk-in said pilonidal cyst. It comes back every few months. What's the surgery like?",
     "general-surgery", "10~19", "male"),
    ("I'm a 64 year old man with a bulge in my right groin when I stand, goes away when I lie down. No pain really. My doctor says inguinal hernia. Repair now or wait?",
     "general-surgery", "60~69", "male"),

    # hematology-oncology
    ("My 6 year old daughter bruises really easily and a blood test showed her platelets at 60. She had a virus 3 weeks ago. She's acting completely normal. What could cause this?",
     "hematology-oncology", "0~9", "female"),
    ("My son is 15 and a distance runner. His ferritin was 8 and hemoglobin a bit low. Iron pills aren't bringing it up after 3 months. Should we see a blood specialist?",
     "hematology-oncology", "10~19", "male"),
    ("I'm 41, finished breast cancer treatment last year and I'm on tamoxifen. I get hot flashes and joint aches. How long do I have to stay on it and what follow-up scans should I have?",
     "hematology-oncology", "40~49", "female"),
    ("I'm 67 and was just told I have CLL. They said 'watch and wait'. My white count is 18. How often will they check my blood and what symptoms should I watch for?",
     "hematology-oncology", "60~69", "male"),

    # infectious-diseases
    ("My son, 9, came back from camp with a tick bite behind his knee. The camp nurse removed it. It was attached maybe a day. Does he need antibiotics to prevent Lyme?",
     "infectious-diseases", "0~9", "male"),
    ("My daughter is 19 and going to Ghana with her university volunteer group in 6 weeks. What vaccines and malaria pills does she need, and is it too late to start?",
     "infectious-diseases", "10~19", "female"),
    ("There's a measles case at my kids' school. I'm 33, born in Mexico, not sure if I had two MMR doses as a child. Do I need a booster or a blood test?",
     "infectious-diseases", "30~39", "female"),
    ("I'm 52, male, and my TB skin test for my new job as a school custodian came back positive. I feel healthy and my chest X-ray was normal. Do I need treatment?",
     "infectious-diseases", "50~59", "male"),

    # nephrology
    ("My 11 year old daughter had protein in her urine at a school sports physical. A repeat test still showed some. Her blood pressure is normal. What does this mean for her kidneys?",
     "nephrology", "10~19", "female"),
    ("My son is 7 and has nephrotic syndrome. His urine dipstick is showing protein again and his eyes look puffy in the morning. We're due to see the kidney team next week, should we restart prednisone before then?",
     "nephrology", "0~9", "male"),
    ("My mother is 58 and has stage 3 chronic kidney disease. Her creatinine went up again on her last blood test. Is there anything she can do to slow it down?",
     "nephrology", "50~59", "female"),
    ("I'm 45, male. My dad and his sister both had polycystic kidney disease. I've never been checked. My kids are 12 and 15. Should we all be screened?",
     "nephrology", "40~49", "male"),

    # neurology
    ("My 8 year old daughter's teacher says she 'zones out' in class several times a day for a few seconds and doesn't respond. At home I've noticed it too. Could these be seizures?",
     "neurology", "0~9", "female"),
    ("My son is 15 and gets migraines about once a week, often after school. He misses a lot of class. Ibuprofen helps a little. Is there a preventive medicine for teenagers?",
     "neurology", "10~19", "male"),
    ("I'm a 40 year old woman with tingling and numbness in both feet for about two months. It comes and goes. My friend said it could be MS and now I can't stop worrying.",
     "neurology", "40~49", "female"),
    ("My grandfather is 73 and his right hand shakes when he tries to hold his coffee cup. It's been getting worse over a year. Is this Parkinson's or something else?",
     "neurology", "70~79", "male"),
]
