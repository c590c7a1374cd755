from _helpers import T

ITEMS = [
    # general-surgery
    T("I've got a bulge in my groin that comes out when I cough and goes back when I lie down. 47 male, labourer. Does it need an op?", "general-surgery", "40~49", "male"),
    T("Gallstones found on my scan after a few bouts of pain under my ribs after fatty meals. I'm 36, female. Should I have my gallbladder out or can I just change diet?", "general-surgery", "30~39", "female"),
    T("My grandad is 74 and has a lump near his belly button that's been there for years but it's getting bigger. it's soft and doesn't hurt. Surgery at his age?", "general-surgery", "70~79", "male"),
    T("I'm 22 and have a pilonidal cyst at the top of my bum crack that keeps flaring up and draining. Had it lanced twice. Is there a permanent fix?", "general-surgery", "20~29", "undisclosed"),
    # hematology-oncology
    T("My blood test showed a high white count (lymphocytes 9.5) and the GP said it might be CLL. I'm 66, man. What does that mean for me?", "hematology-oncology", "60~69", "male"),
    T("I'm 29 and female and my platelets were 65 on a routine test. No bleeding issues. What causes low platelets?", "hematology-oncology", "20~29", "female"),
    T("Carer. One of our residents, 88, has myeloma and is having monthly transfusions at the day unit. She asks us how long she's got. Is there a way to talk about prognosis?", "hematology-oncology", "80+", "female"),
    T("my 52 year old husband just finished chemo for bowel cancer, what follow up scans should he be having and how often", "hematology-oncology", "50~59", "male"),
    # infectious-diseases
    T("Came back from Ghana 10 days ago and now I have fevers every other day and sweats. 33 male, didn't take malaria tablets properly. It's mild but I'm worried", "infectious-diseases", "30~39", "male"),
    T("I'm 41, woman, recently diagnosed with hepatitis C after a blood test for work. What's the treatment these days? Is it curable?", "infectious-diseases", "40~49", "female"),
    T("Nurse at a care home. A resident, 77, keeps getting MRSA positive swabs from a leg wound. Decolonisation didn't work. Next steps?", "infectious-diseases", "70~79", "undisclosed"),
    T("I'm 25 and genderqueer, and I was just told my partner has syphilis. I have no symptoms. What test do I need and how is it treated?", "infectious-diseases", "20~29", "other"),
    # nephrology
    T("My eGFR has gone from 62 to 48 over two years. I'm 59, female, diabetic with high blood pressure. Should I see a kidney specialist?", "nephrology", "50~59", "female"),
    T("I'm 35 and my dad and aunt both had polycystic kidney disease. A scan showed I have cysts too. what now", "nephrology", "30~39", "undisclosed"),
    T("Resident, 82, on dialysis three times a week. He's very tired after each session and the staff want to know if he can skip one when he's low. Is that safe?", "nephrology", "80+", "male"),
    T("My urine has been foamy for weeks and my ankles puff up. The GP found a lot of protein. 44 year old man.", "nephrology", "40~49", "male"),
    # neurology
    T("I'm 27 female and get numbness down one side of my body that comes and goes over days, and my vision blurred in one eye last year for a couple of weeks. Could it be MS?", "neurology", "20~29", "female"),
    T("My dad is 71 and his walking has changed, small steps and he freezes in doorways. His face is less expressive too. Parkinson's?", "neurology", "70~79", "male"),
    T("Teacher here. A 13 year old girl in my class has had migraines with vomiting twice a month. she misses lots of school. Her GP says it's just migraine. Is there preventive treatment for kids?", "neurology", "10~19", "female"),
    T("I've had tingling and burning in both feet for a year, creeping up to the ankles. I'm 61 and drink a fair bit. Nerve damage?", "neurology", "60~69", "undisclosed"),
    # obstetrics-gynecology
    T("I'm 32 and we've been trying for a baby for 18 months without luck. My cycles are 40-50 days long. What tests should we ask for?", "obstetrics-gynecology", "30~39", "female"),
    T("I'm 48 and my periods have become really heavy with clots and they last 10 days. Is that perimenopause or something else?", "obstetrics-gynecology", "40~49", "female"),
    T("My 17 year old daughter has periods that are so painful she misses 2 days of school every month. Ibuprofen barely helps. Should she see a gynaecologist?", "obstetrics-gynecology", "10~19", "female"),
    T("I'm 63 and I've noticed a dragging feeling down below and a lump at the entrance to my vagina, worse at the end of the day. Prolapse?", "obstetrics-gynecology", "60~69", "female"),
]
