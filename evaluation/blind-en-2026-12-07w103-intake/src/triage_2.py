# Triage items, part 2 (11 departments x 4). Writer 103.
ITEMS = [
    # neurology
    {"text": "migraine 3-4 times a month with vomiting, 30 F, Naxdom not working now", "department": "neurology", "age_range": "30~39", "gender": "female"},
    {"text": "hands shaking when writing or holding tea cup, 45 M, no alcohol, getting worse slowly", "department": "neurology", "age_range": "40~49", "gender": "male"},
    {"text": "papa 67, forgetting recent things, asking same question again and again, since 1 year. dementia test?", "department": "neurology", "age_range": "60~69", "gender": "male"},
    {"text": "tingling and burning in both feet at night, like ants walking, 55 yrs, diabetic. which doctor", "department": "neurology", "age_range": "50~59", "gender": "undisclosed"},
    # obstetrics-gynecology
    {"text": "periods come every 45-50 days, pimples and weight gain, 22 F, unmarried. PCOS test?", "department": "obstetrics-gynecology", "age_range": "20~29", "gender": "female"},
    {"text": "8 weeks pregnant, vomiting 3-4 times daily but keeping water down, 27. Doxinate safe?", "department": "obstetrics-gynecology", "age_range": "20~29", "gender": "female"},
    {"text": "white discharge with itching and curd like, 35 F, happens after every antibiotic course", "department": "obstetrics-gynecology", "age_range": "30~39", "gender": "female"},
    {"text": "hot flashes and night sweats, periods irregular, 51 F. menopause treatment options?", "department": "obstetrics-gynecology", "age_range": "50~59", "gender": "female"},
    # ophthalmology
    {"text": "my child, 7, squints to see the blackboard, teacher complained. eye test where?", "department": "ophthalmology", "age_range": "0~9", "gender": "undisclosed"},
    {"text": "cataract in left eye told by optician, 74 M, reading is difficult, when to operate?", "department": "ophthalmology", "age_range": "70~79", "gender": "male"},
    {"text": "eyes dry and burning after long laptop hours, 28 F, using lubricant drops 4 times", "department": "ophthalmology", "age_range": "20~29", "gender": "female"},
    {"text": "diabetic 15 years, never got eye check done, 58 M, vision seems ok. still needed?", "department": "ophthalmology", "age_range": "50~59", "gender": "male"},
    # orthopedics
    {"text": "knee pain climbing stairs and sitting on floor for pooja, 56 F, crackling sound", "department": "orthopedics", "age_range": "50~59", "gender": "female"},
    {"text": "lower back pain going down left leg to calf, 38 M, desk job, 3 weeks, walking fine", "department": "orthopedics", "age_range": "30~39", "gender": "male"},
    {"text": "my son 12 fell in cricket, wrist pain 2 days, can move fingers but swollen. xray?", "department": "orthopedics", "age_range": "10~19", "gender": "male"},
    {"text": "heel pain in morning first steps, 43 M, overweight, walking more since new year", "department": "orthopedics", "age_range": "40~49", "gender": "male"},
    # otolaryngology
    {"text": "ear blocked since flight 4 days ago, 33 F, little pain, hearing muffled", "department": "otolaryngology", "age_range": "30~39", "gender": "female"},
    {"text": "son 9 ke tonsils baar baar soojh jaate hai, 6 times this year. operation karwana chahiye?", "department": "otolaryngology", "age_range": "0~9", "gender": "male"},
    {"text": "nose block on one side always, doctor said deviated septum, 25 M, snoring also", "department": "otolaryngology", "age_range": "20~29", "gender": "male"},
    {"text": "hearing slowly going down in both ears, 70 F, TV volume full. hearing aid?", "department": "otolaryngology", "age_range": "70~79", "gender": "female"},
    # pediatrics
    {"text": "1 year baby loose motion 4 times a day since 2 days, drinking well, playful, peeing ok", "department": "pediatrics", "age_range": "0~9", "gender": "undisclosed"},
    {"text": "daughter 5 yrs gets cough and cold every month since she joined school, immunity kaise badhaye", "department": "pediatrics", "age_range": "0~9", "gender": "female"},
    {"text": "beta 3 saal ka weight nahi badh raha, 11 kg hai, bahut nakhre khane me. check karwana hai", "department": "pediatrics", "age_range": "0~9", "gender": "male"},
    {"text": "newborn 10 days, cord fell yesterday, little yellow oozing at belly button, baby feeding fine", "department": "pediatrics", "age_range": "0~9", "gender": "undisclosed"},
    # psychiatry
    {"text": "cant sleep before 3 am, overthinking about boards, heart racing in exam hall, 17 M", "department": "psychiatry", "age_range": "10~19", "gender": "male"},
    {"text": "my wife, 32, not interested in anything since delivery 4 months ago, crying, not bonding with baby", "department": "psychiatry", "age_range": "30~39", "gender": "female"},
    {"text": "papa 60 drinks daily half bottle, wants to quit now, hands shake in morning. de-addiction where?", "department": "psychiatry", "age_range": "60~69", "gender": "male"},
    {"text": "panic attacks in metro, heart racing, feel trapped, 27, non-binary (they/them). therapy or meds?", "department": "psychiatry", "age_range": "20~29", "gender": "other"},
    # pulmonology
    {"text": "asthma, need inhaler 4-5 times a day now compared to once a week before, 30 F", "department": "pulmonology", "age_range": "30~39", "gender": "female"},
    {"text": "smoker 25 years, 58 M, morning cough with phlegm every day, slight breathless on walking fast", "department": "pulmonology", "age_range": "50~59", "gender": "male"},
    {"text": "loud snoring, wife says I stop breathing, sleepy in office, 46 M. sleep study?", "department": "pulmonology", "age_range": "40~49", "gender": "male"},
    {"text": "dry cough 6 weeks after covid, no fever, 39 yrs. chest xray normal. what next?", "department": "pulmonology", "age_range": "30~39", "gender": "undisclosed"},
    # rehabilitation
    {"text": "papa had stroke 2 months ago, 65, right hand still weak, cannot hold spoon. physio at home enough?", "department": "rehabilitation", "age_range": "60~69", "gender": "male"},
    {"text": "ACL surgery 6 weeks back, knee bending only 90 degree, 24 M, physio painful. normal?", "department": "rehabilitation", "age_range": "20~29", "gender": "male"},
    {"text": "amma 78 had hip fracture surgery, now walking with walker, how to make her walk independently", "department": "rehabilitation", "age_range": "70~79", "gender": "female"},
    {"text": "spinal cord injury 1 year ago, 35, wheelchair user now. exercises to keep shoulders strong?", "department": "rehabilitation", "age_range": "30~39", "gender": "undisclosed"},
    # rheumatology
    {"text": "morning stiffness in fingers 1 hour, both hands swollen, RA factor positive, 42 F", "department": "rheumatology", "age_range": "40~49", "gender": "female"},
    {"text": "lower back stiffness worse in morning, better after exercise, 26 M, HLA B27 positive", "department": "rheumatology", "age_range": "20~29", "gender": "male"},
    {"text": "rash on cheeks in sun, joint pains, hair fall, ANA positive, 23 F. lupus?", "department": "rheumatology", "age_range": "20~29", "gender": "female"},
    {"text": "gout attacks in big toe 3 times this year, uric acid 9, 50 M, on febuxostat sometimes", "department": "rheumatology", "age_range": "50~59", "gender": "male"},
    # urology
    {"text": "getting up 4 times at night to urinate, weak stream, 66 M, PSA not done", "department": "urology", "age_range": "60~69", "gender": "male"},
    {"text": "kidney stone 6 mm on left side, pain comes and goes, 35 M, drinking 3 litres water", "department": "urology", "age_range": "30~39", "gender": "male"},
    {"text": "burning urination, 3rd UTI this year, 29 F, newly married. why again and again?", "department": "urology", "age_range": "20~29", "gender": "female"},
    {"text": "erection problem since 6 months, 40 M, sugar normal, stress at work. which doctor?", "department": "urology", "age_range": "40~49", "gender": "male"},
    # nutrition
    {"text": "diet chart for weight loss, pure vegetarian, 28 F, 80 kg, no onion garlic on Tuesdays", "department": "nutrition", "age_range": "20~29", "gender": "female"},
    {"text": "starting solids for my 7 month baby, what to give first, ragi or dal water?", "department": "nutrition", "age_range": "0~9", "gender": "undisclosed"},
    {"text": "diabetic diet for my father 62, he loves rice 3 times a day, can't stop fully", "department": "nutrition", "age_range": "60~69", "gender": "male"},
    {"text": "going gym, how much protein per day for vegetarian, 19 M, 60 kg, paneer and soya enough?", "department": "nutrition", "age_range": "10~19", "gender": "male"},
]
