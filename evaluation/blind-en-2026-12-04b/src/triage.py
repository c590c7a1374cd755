"""Hand-written non-emergency triage messages. Writes ../triage.jsonl.
The brief names 22 departments but the label file only spells out four of them;
the other 18 names below are this writer's choice (see README caveats)."""
from common import write

# (department, age_range, gender, text)
T = [
    # cardiology
    ("cardiology", "80+", "female", "I'm 81 and my blood pressure readings at home are around 165/90 most mornings even though I take amlodipine. Should the dose be changed?"),
    ("cardiology", "60~69", "female", "For a few weeks my heart flutters and races for a minute or two at random times, usually in the evening. Then it settles. I'm 63."),
    ("cardiology", "70~79", "male", "dad 74 gets puffy ankles by evening and needs 3 pillows now to sleep without feeling short of breath, been creeping on over a month"),
    ("cardiology", "30~39", "female", "GP heard a murmur at my check up and wants an echo. what does a murmur mean at 34 and should I avoid the gym till then?"),
    # neurology
    ("neurology", "30~39", "female", "I keep getting pins and needles that move around - left foot one week, right hand the next - and my vision in one eye went blurry for a few days last month. 31F."),
    ("neurology", "60~69", "male", "My right hand has started shaking when it's resting on my lap, and my wife says I've gone slower and my writing is getting smaller."),
    ("neurology", "10~19", "female", "my 13 yo daughter gets one-sided throbbing headaches 3-4 times a month, has to lie in a dark room and keeps missing school. painkillers barely help. is there something preventive?"),
    ("neurology", "40~49", "female", "Half of my face went numb and then tingly several times this month for a few minutes each time, I'm also getting weird burning in my feet at night"),
    # gastroenterology
    ("gastroenterology", "40~49", "male", "Heartburn most days for 6 months despite omeprazole, and lately food feels like it sticks halfway down."),
    ("gastroenterology", "20~29", "female", "bloated every afternoon, alternating between diarrhoea and constipation for about a year, worse when im stressed"),
    ("gastroenterology", "50~59", "female", "I'm 55 and there's been dark red blood mixed in with my stool on and off for a month, and my bowel habit has changed. Feel otherwise ok."),
    ("gastroenterology", "30~39", "male", "my liver blood test came back with raised enzymes on a routine check, i drink maybe 2 beers a week, slightly overweight. what next"),
    # pulmonology
    ("pulmonology", "60~69", "male", "Smoked 40 years, quit last year. I get breathless walking up one flight of stairs and I cough up phlegm every morning."),
    ("pulmonology", "40~49", "female", "I've had a dry cough for 4 months that won't shift, no cold before it, and I get short of breath on my usual walk now"),
    ("pulmonology", "30~39", "male", "wife says i stop breathing in my sleep and snore like crazy, i wake with headaches and fall asleep in meetings"),
    ("pulmonology", "70~79", "other", "CT for something else showed an 8mm nodule in my right lung. They said follow up. What does that mean and who do I see?"),
    # endocrinology
    ("endocrinology", "30~39", "female", "I've lost 6 kg without trying, my hands shake, I'm sweating all the time and my heart races even at rest."),
    ("endocrinology", "50~59", "male", "HbA1c went from 58 to 72 on metformin plus gliclazide. Do I need insulin now?"),
    ("endocrinology", "10~19", "female", "my daughter is 16 and still hasn't started her periods, she's quite short compared with her friends"),
    ("endocrinology", "40~49", "female", "round moon face, weight piling on round my middle, purple stretch marks on my belly and my BP has shot up over the last year"),
    # dermatology
    ("dermatology", "10~19", "male", "my son is 15 with acne all over his face and back, leaving scars, over the counter stuff has done nothing"),
    ("dermatology", "60~69", "male", "A mole on my back has got darker and bigger with an uneven edge over the past few months, my wife noticed it."),
    ("dermatology", "30~39", "female", "thick silvery scaly patches on my elbows and knees, itchy, and now my nails have little pits in them"),
    ("dermatology", "20~29", "other", "My hair is falling out in coin-sized smooth round patches on my scalp. No itch. Started 2 months ago."),
    # orthopedics
    ("orthopedics", "50~59", "female", "Knee pain for 2 years, worse on stairs, stiff in the morning for 10 minutes, and it clicks and sometimes gives way."),
    ("orthopedics", "20~29", "male", "twisted my knee playing footy 3 wks ago, heard a pop, swelled up, still feels unstable when i turn"),
    ("orthopedics", "70~79", "female", "Mum is 78, she's had groin pain on the right when walking for months now and has started limping, needs a stick."),
    ("orthopedics", "0~9", "female", "my 8 year old's right shoulder blade sticks out more than the left and her back looks curved when she bends forward to touch her toes"),
    # otolaryngology (ENT)
    ("otolaryngology", "40~49", "female", "Hearing in my left ear has been getting worse for a year with a constant ringing, and sometimes the room spins for hours."),
    ("otolaryngology", "0~9", "male", "my 5yo has had about 7 ear infections this year and he snores loudly and breathes through his mouth all night"),
    ("otolaryngology", "60~69", "male", "Hoarse voice for 2 months now. I'm a former smoker. No cold."),
    ("otolaryngology", "30~39", "undisclosed", "nose blocked on one side only for months, lost my sense of smell, constant postnasal drip"),
    # ophthalmology
    ("ophthalmology", "70~79", "male", "Things have gone cloudy and washed out in both eyes, and headlights at night dazzle me. I'm 76."),
    ("ophthalmology", "0~9", "female", "my 3 year old's left eye seems to turn inwards sometimes, especially when she's tired"),
    ("ophthalmology", "50~59", "female", "my eyes feel gritty and burn all day, worse on the computer, and they water in the wind"),
    ("ophthalmology", "60~69", "male", "Straight lines like door frames look wavy in my right eye when I close the left one. Noticed it over a few weeks."),
    # urology
    ("urology", "80+", "male", "my husband is 82, up 4 times a night to pee, weak stream, says he never feels finished"),
    ("urology", "30~39", "male", "There's a hard painless lump on my left testicle I found in the shower last week. It hasn't changed."),
    ("urology", "50~59", "female", "I leak when I cough or sneeze and also get sudden urges where I barely make it. 3 kids. It's getting me down."),
    ("urology", "40~49", "male", "my PSA came back at 6.8 at my work health check, no symptoms. what happens now"),
    # obstetrics-gynecology
    ("obstetrics-gynecology", "30~39", "female", "Periods are so heavy I flood through a super tampon and pad in an hour on day 2, and I'm always exhausted."),
    ("obstetrics-gynecology", "20~29", "female", "Trying for a baby for 14 months, cycles are all over the place (35-60 days), and I have a lot of facial hair."),
    ("obstetrics-gynecology", "30~39", "female", "I'm 12 weeks pregnant with my first and I'd like to know what tests and scans I should be booked in for"),
    ("obstetrics-gynecology", "40~49", "female", "Pain deep inside during sex and really painful periods that have got worse over the years, plus pain opening my bowels on my period"),
    # pediatrics
    ("pediatrics", "0~9", "male", "My 2 year old has had a runny nose, a cough and a temperature of 38 for 3 days. Eating less but drinking and playing."),
    ("pediatrics", "0~9", "female", "our 9 month old isn't sitting on her own yet and doesn't babble much, is she behind?"),
    ("pediatrics", "0~9", "female", "daughter (6) keeps getting tummy aches before school, no vomiting, eats fine at weekends"),
    ("pediatrics", "0~9", "male", "Son is 4 and has been wetting the bed again after being dry for a year, since his baby sister arrived."),
    # psychiatry
    ("psychiatry", "20~29", "female", "for months i can't get out of bed, nothing feels enjoyable, i've stopped seeing friends and i cry most days. no plans to hurt myself, just flat."),
    ("psychiatry", "30~39", "male", "I check the door locks and the hob 20+ times before I can leave the house, it's making me late for work every day"),
    ("psychiatry", "10~19", "undisclosed", "my 17 year old barely eats, has lost a lot of weight, exercises for hours and says they're fat"),
    ("psychiatry", "40~49", "female", "Panic attacks several times a week now - pounding heart, can't breathe, sure I'm going to die - always checked out fine by the GP. I've started avoiding supermarkets."),
    # rheumatology
    ("rheumatology", "40~49", "female", "Both hands are swollen and stiff for over an hour every morning, the small knuckles mainly, for about 3 months."),
    ("rheumatology", "20~29", "male", "lower back pain and stiffness that's worse in the morning and better when i move, been going on 2 yrs, im 26"),
    ("rheumatology", "30~39", "female", "joint pains, a rash across my cheeks when I'm in the sun, mouth ulcers and I'm exhausted all the time"),
    ("rheumatology", "70~79", "female", "I'm 72, my shoulders and hips are so stiff and sore in the mornings I can't lift my arms to do my hair, came on over a few weeks"),
    # nephrology
    ("nephrology", "60~69", "male", "Blood test shows my eGFR is 38 and dropping. I have diabetes and high blood pressure. What should I be doing?"),
    ("nephrology", "30~39", "female", "Urine dipstick at my check-up showed protein and blood, and my ankles have been a bit puffy. BP is up too."),
    ("nephrology", "50~59", "other", "my creatinine has gone up since starting a new blood pressure tablet, is my kidney function getting worse"),
    ("nephrology", "80+", "female", "my grandmother (83) was told she has stage 4 kidney disease and they mentioned dialysis. we want to understand the options"),
    # hematology
    ("hematology", "10~19", "female", "My 14 year old bruises really easily, her periods are very heavy and her gums bleed when she brushes. I was the same at her age."),
    ("hematology", "60~69", "male", "routine bloods showed my haemoglobin is high at 190 and my face is always red, I get itchy after a hot bath"),
    ("hematology", "30~39", "female", "Iron deficiency anaemia that keeps coming back despite tablets, ferritin 6 again. I'm vegetarian."),
    ("hematology", "50~59", "male", "they found my platelets were 60 on a blood test for something else, i feel fine. what could cause that"),
    # oncology
    ("oncology", "50~59", "female", "I finished chemo for breast cancer 3 months ago. What follow-up scans should I have and how often?"),
    ("oncology", "60~69", "male", "Just been told my prostate cancer has spread to my bones. What treatments are there now?"),
    ("oncology", "40~49", "female", "My biopsy came back as a melanoma on my calf, stage 2. What happens next?"),
    ("oncology", "70~79", "male", "dad (77) with bowel cancer on chemo, his appetite's gone and he's lost weight, is there anything to help with that while on treatment"),
    # infectious-disease
    ("infectious-disease", "30~39", "male", "Came back from Kenya 10 days ago and I've had fevers on and off with sweats and aches. I didn't take all my malaria tablets."),
    ("infectious-disease", "20~29", "female", "Had unprotected sex with a new partner 5 weeks ago and now I want to be tested for everything including HIV. Where do I start?"),
    ("infectious-disease", "40~49", "undisclosed", "I keep getting boils in my armpits and groin every few weeks, the GP swab said MRSA"),
    ("infectious-disease", "50~59", "male", "I'm HIV positive, undetectable on meds, moving cities and need to transfer my care"),
    # dentistry
    ("dentistry", "30~39", "female", "my back tooth throbs when i drink anything cold or hot and the pain lingers, worse at night"),
    ("dentistry", "0~9", "male", "My 6 year old has brown spots on his back teeth and says it hurts when he eats sweets."),
    ("dentistry", "20~29", "male", "Wisdom tooth coming through at the back, gum over it is swollen and sore, bad taste in my mouth"),
    ("dentistry", "60~69", "female", "My gums bleed every time I brush and some of my teeth feel a bit loose now"),
    # rehabilitation
    ("rehabilitation", "60~69", "male", "had a stroke 2 months ago, home now, my left arm is still weak and stiff, what exercises or therapy should i be doing"),
    ("rehabilitation", "40~49", "female", "My ankle fracture has healed and the cast came off last week, but I walk with a limp and the ankle is stiff. How do I get it moving again?"),
    ("rehabilitation", "70~79", "female", "Mum had a hip replacement 3 weeks ago and is scared to walk without the frame. How can we help her get confident again?"),
    ("rehabilitation", "20~29", "male", "ACL reconstruction 6 weeks ago, when can i start running and how do i rebuild my quad"),
    # family-medicine
    ("family-medicine", "30~39", "male", "I'm 38 and haven't seen a doctor in years. Which general check-ups and blood tests should I ask for at my age?"),
    ("family-medicine", "20~29", "female", "cold for 5 days, sore throat, blocked nose, a bit achy, no fever now. anything that helps it go quicker?"),
    ("family-medicine", "40~49", "undisclosed", "Just feel tired all the time for the past couple of months, nothing specific, sleep ok, work is busy."),
    ("family-medicine", "80+", "male", "I'm 84 and want to know which vaccines I should be having this winter, flu, covid, pneumonia, shingles?"),
    # nutrition
    ("nutrition", "30~39", "female", "I've just gone vegan. How do I make sure I get enough protein, B12 and iron?"),
    ("nutrition", "50~59", "male", "my cholesterol is a bit high and the GP says try diet first for 3 months. what should i actually eat and cut"),
    ("nutrition", "10~19", "male", "My 14 year old plays football 5 days a week and is always hungry. What should his meals and snacks look like?"),
    ("nutrition", "70~79", "female", "Recently diagnosed with type 2 diabetes, what's a good breakfast? I'm confused about carbs."),
]

DEPTS = sorted({d for d, *_ in T})
assert len(DEPTS) == 22, DEPTS
for d in DEPTS:
    assert sum(1 for x in T if x[0] == d) == 4, d

rows = [{"text": t, "age_range": a, "gender": g, "department": d} for d, a, g, t in T]
write("triage.jsonl", "c-t", rows, seed=43)
