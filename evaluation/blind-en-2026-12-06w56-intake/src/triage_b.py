ITEMS = [
# obstetrics-gynecology
{"text": "periods have gotten super heavy, soaking a pad every 2 hrs on day 2, and the ultrasound showed fibroids. 43 female. options besides hysterectomy?", "department": "obstetrics-gynecology", "age_range": "40~49", "gender": "female"},
{"text": "just got a positive pregnancy test!! first baby, 30 years old. when do i book my first prenatal visit and with who", "department": "obstetrics-gynecology", "age_range": "30~39", "gender": "female"},
{"text": "Hot flashes 10+ times a day and I can't sleep. Last period was 14 months ago. 52. Want to talk about HRT.", "department": "obstetrics-gynecology", "age_range": "50~59", "gender": "female"},
{"text": "irregular periods, acne, hair on my chin, trying to get pregnant for a year. 26, my friend thinks PCOS", "department": "obstetrics-gynecology", "age_range": "20~29", "gender": "female"},
# ophthalmology
{"text": "Vision getting cloudy and glare from headlights at night is awful. 72 male. Cataracts?", "department": "ophthalmology", "age_range": "70~79", "gender": "male"},
{"text": "diabetic 15 yrs and never had an eye exam with dilation. 48 f. who does the retina check", "department": "ophthalmology", "age_range": "40~49", "gender": "female"},
{"text": "my 4 year old's left eye turns inward when she's tired. is that lazy eye and do we need an eye specialist", "department": "ophthalmology", "age_range": "0~9", "gender": "female"},
{"text": "Eye pressure was 26 at the optometrist, they mentioned glaucoma risk. 61, my mother went blind from glaucoma", "department": "ophthalmology", "age_range": "60~69", "gender": "undisclosed"},
# orthopedics
{"text": "Knee pain both sides, worse on stairs, crunching when I bend. X-ray says moderate arthritis. 64 woman. Injections or replacement?", "department": "orthopedics", "age_range": "60~69", "gender": "female"},
{"text": "twisted my knee playing soccer, heard a pop, it swelled up and now it gives way when I pivot. 22M", "department": "orthopedics", "age_range": "20~29", "gender": "male"},
{"text": "Broke my wrist 3 weeks ago, they put a cast on at urgent care but said follow up with a bone doctor. never got a call. 55F", "department": "orthopedics", "age_range": "50~59", "gender": "female"},
{"text": "Shoulder pain for months, can't reach behind my back or sleep on that side. 47, carpenter, guy.", "department": "orthopedics", "age_range": "40~49", "gender": "male"},
# otolaryngology
{"text": "ringing in my left ear only and hearing worse on that side for 2 months. 50 male. should i see an ear specialist", "department": "otolaryngology", "age_range": "50~59", "gender": "male"},
{"text": "Hoarse voice for 6 weeks, no cold. I'm a smoker, 58, woman.", "department": "otolaryngology", "age_range": "50~59", "gender": "female"},
{"text": "Chronic sinus congestion for a year, can't smell anything, CT showed polyps. 36", "department": "otolaryngology", "age_range": "30~39", "gender": "undisclosed"},
{"text": "my 12 yo son gets strep throat like 6 times a year, tonsils huge, snores. should they come out?", "department": "otolaryngology", "age_range": "10~19", "gender": "male"},
# pediatrics
{"text": "My 18 month old has had a runny nose and a cough for a week, eating less but still playing. Temp 100.4 last night. What should I do?", "department": "pediatrics", "age_range": "0~9", "gender": "undisclosed"},
{"text": "4 yo daughter has had diarrhea for 3 days after daycare outbreak, drinking ok, peeing ok. how long until it passes", "department": "pediatrics", "age_range": "0~9", "gender": "female"},
{"text": "my son is 2 and only says about 5 words. my sister's kids were talking way more at that age. who do i talk to", "department": "pediatrics", "age_range": "0~9", "gender": "male"},
{"text": "11 year old boy with a stomach ache most mornings before school, fine on weekends. otherwise healthy", "department": "pediatrics", "age_range": "10~19", "gender": "male"},
# psychiatry
{"text": "I can't stop checking the stove and locks, like 30 times before leaving the house. making me late to work every day. 28F", "department": "psychiatry", "age_range": "20~29", "gender": "female"},
{"text": "Depression meds not working, tried 3 different SSRIs over 2 years. 45 male. want to see someone who can manage meds properly", "department": "psychiatry", "age_range": "40~49", "gender": "male"},
{"text": "my mom (79) has started seeing people in the house who aren't there and accusing us of stealing. no memory issues before. who evaluates this", "department": "psychiatry", "age_range": "70~79", "gender": "female"},
{"text": "Mood swings — weeks of barely sleeping and spending crazy money, then weeks I can't get out of bed. 33, they/them", "department": "psychiatry", "age_range": "30~39", "gender": "other"},
# pulmonology
{"text": "Been coughing for 3 months, dry, worse at night, never smoked. chest x-ray normal. 40 F", "department": "pulmonology", "age_range": "40~49", "gender": "female"},
{"text": "COPD, on Trelegy, still short of breath walking 1 block. 69 man, quit smoking 5 yrs ago. need a lung specialist?", "department": "pulmonology", "age_range": "60~69", "gender": "male"},
{"text": "CT for something else found a 7mm nodule in my right lung. 56, ex-smoker. who follows that up", "department": "pulmonology", "age_range": "50~59", "gender": "undisclosed"},
{"text": "asthma inhaler using it 4-5 times a day lately, waking at night wheezing. 19 male college student", "department": "pulmonology", "age_range": "10~19", "gender": "male"},
# rehabilitation
{"text": "My husband had a stroke 2 months ago, he's home now, right arm weak and he drags his foot. 66. Need to set up therapy to get him walking better", "department": "rehabilitation", "age_range": "60~69", "gender": "male"},
{"text": "had my hip replaced 3 weeks ago, doing the exercises from the handout but still using a walker. 77 woman. should I be doing more PT", "department": "rehabilitation", "age_range": "70~79", "gender": "female"},
{"text": "ACL reconstruction 6 weeks ago, 24M, want to get back to basketball. looking for a sports rehab program", "department": "rehabilitation", "age_range": "20~29", "gender": "male"},
{"text": "Recovering from a bad car accident last spring, multiple fractures, healed now but walking is still hard and I'm deconditioned. 82, female", "department": "rehabilitation", "age_range": "80+", "gender": "female"},
# rheumatology
{"text": "Both hands swollen and stiff every morning for over an hour, knuckles puffy, for 3 months. 38 female. RA?", "department": "rheumatology", "age_range": "30~39", "gender": "female"},
{"text": "Lower back pain and stiffness since my early 20s, better with exercise and worse with rest, wakes me at night. 29 male.", "department": "rheumatology", "age_range": "20~29", "gender": "male"},
{"text": "Had 3 attacks of gout in my big toe this year, uric acid 9.2. 53. Need long term treatment", "department": "rheumatology", "age_range": "50~59", "gender": "undisclosed"},
{"text": "my 12 yr old daughter has had swollen knee for 6 weeks, no injury, limping in the mornings. pediatrician mentioned juvenile arthritis", "department": "rheumatology", "age_range": "10~19", "gender": "female"},
# urology
{"text": "Getting up 4 times a night to pee and the stream is weak. 68 male.", "department": "urology", "age_range": "60~69", "gender": "male"},
{"text": "kidney stone passed last month, 2nd one this year. 41M. how do i stop getting them", "department": "urology", "age_range": "40~49", "gender": "male"},
{"text": "Leak urine when I cough, sneeze or jump. 3 kids. 50 female. pelvic floor exercises not enough", "department": "urology", "age_range": "50~59", "gender": "female"},
{"text": "saw blood in my pee twice this week, no pain. 73, former smoker", "department": "urology", "age_range": "70~79", "gender": "undisclosed"},
# nutrition
{"text": "Just diagnosed with celiac. 32F. I need help planning meals that are gluten free but not all junk food", "department": "nutrition", "age_range": "30~39", "gender": "female"},
{"text": "I want to lose 40 lbs the healthy way, 35 y/o man, I work night shifts and eat fast food a lot. looking for a meal plan", "department": "nutrition", "age_range": "30~39", "gender": "male"},
{"text": "my grandmother is 84 and barely eats, lost weight, what can we add to her meals to get more protein and calories", "department": "nutrition", "age_range": "80+", "gender": "female"},
{"text": "teen athlete, 16, swimmer, training 4 hours a day. what should I be eating? always hungry and tired", "department": "nutrition", "age_range": "10~19", "gender": "undisclosed"},
]
