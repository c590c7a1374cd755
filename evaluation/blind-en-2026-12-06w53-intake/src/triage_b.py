# Hand-written triage items, part B. Each item: (text, department, age_range, gender)

ITEMS = [
    # obstetrics-gynecology
    ("I'm 42 and my periods have got so heavy I'm flooding through a night pad and a tampon. Ferritin was low. What are my options apart "
     "from a hysterectomy?", "obstetrics-gynecology", "40~49", "female"),
    ("We've been trying for a baby for 14 months, I'm 34, periods regular. When can we get fertility tests on the public system?",
     "obstetrics-gynecology", "30~39", "female"),
    ("20 week scan today said I have a low-lying placenta. No bleeding or pain. They said rescan at 32 weeks. What does it mean for the "
     "birth? I'm 27.", "obstetrics-gynecology", "20~29", "female"),
    ("61, through the menopause years ago, and sex has become really painful because of dryness. Is vaginal oestrogen safe after "
     "my mum had breast cancer?", "obstetrics-gynecology", "60~69", "female"),
    # ophthalmology
    ("My eyes feel gritty and dry all day especially with the heating on. 64 F. Using drops from the chemist 6 times a day. Anything better?",
     "ophthalmology", "60~69", "female"),
    ("Our son is 8 and his short-sightedness is getting worse every year, -3.5 now. The optician mentioned special lenses or atropine "
     "drops to slow it. Worth it?", "ophthalmology", "0~9", "male"),
    ("I'm 72, on latanoprost for glaucoma, and the drops make my eyes red and my eyelashes long lol. Are there other drops?",
     "ophthalmology", "70~79", "undisclosed"),
    ("Stye on my upper eyelid that's been there 6 weeks, hard little lump now, not sore. 25, genderfluid if that matters for the form. "
     "Warm compresses aren't shifting it.", "ophthalmology", "20~29", "other"),
    # orthopedics
    ("Twisted my knee playing 5-a-side three weeks ago and now it locks, like it gets stuck and I have to wiggle it straight. "
     "23 M. Meniscus?", "orthopedics", "20~29", "male"),
    ("Mum is 68 and her hip arthritis is so bad she can't walk to the shops. X-ray says 'severe'. How do they decide who gets a "
     "replacement?", "orthopedics", "60~69", "female"),
    ("I'm a 45 year old woman with a bunion that's making every shoe painful. Is surgery worth it or do they come back?",
     "orthopedics", "40~49", "female"),
    ("School screening flagged our daughter (13) for possible scoliosis, one shoulder blade sticks out when she bends forward. "
     "What happens next?", "orthopedics", "10~19", "female"),
    # otolaryngology
    ("Primary teacher, 38F, voice has been hoarse for 4 weeks and goes completely by Friday. No cold. Could it be nodules?",
     "otolaryngology", "30~39", "female"),
    ("50 year old man, sinusitis 5 or 6 times a year, always blocked on the left side. Nasal spray isn't doing much anymore.",
     "otolaryngology", "50~59", "male"),
    ("Our 4 year old has glue ear, failed his hearing test twice. ENT has suggested grommets. Do they fall out on their own?",
     "otolaryngology", "0~9", "undisclosed"),
    ("I've noticed over the last couple of years my hearing in the left ear is worse than the right. I'm 63. Is that just age?",
     "otolaryngology", "60~69", "undisclosed"),
    # pediatrics
    ("Toddler (2) has had a runny nose, a bit of a cough and a red blotchy rash on her tummy since yesterday, temp 38.1. She's eating "
     "and playing and weeing normally. Just a virus?", "pediatrics", "0~9", "female"),
    ("4 month old boy with reflux, brings up milk after every feed and arches his back. Gaining weight fine. Will he grow out of it?",
     "pediatrics", "0~9", "male"),
    ("My 7 year old keeps complaining of tummy aches around her belly button, usually on school mornings. No vomiting, normal poos. "
     "Where do we start?", "pediatrics", "0~9", "female"),
    ("Baby is 9 months and not crawling or even trying, just sits and bum shuffles. Sits up well, babbles. Should I be worried?",
     "pediatrics", "0~9", "undisclosed"),
    # psychiatry
    ("33 M. Low mood most days for 6 months, lost interest in football and seeing mates. Not suicidal. Don't really want tablets. "
     "What else is there?", "psychiatry", "30~39", "male"),
    ("My daughter is 17 and washes her hands until they bleed, checks the door locks for ages before bed. She's upset by it herself. "
     "Is this OCD?", "psychiatry", "10~19", "female"),
    ("I'm 48, non-binary (they/them), with bipolar, on lithium for 10 years. My levels have been a bit high lately and my hands "
     "shake. Should the dose change?", "psychiatry", "40~49", "other"),
    ("Mum's 78 and since Dad passed 18 months ago she's anxious all day, won't leave the house, checks her pulse constantly. "
     "Is it more than grief now?", "psychiatry", "70~79", "female"),
    # pulmonology
    ("44 year old, asthma since childhood but the last year I'm using my blue inhaler every day even on the brown preventer. "
     "Is there something stronger?", "pulmonology", "40~49", "undisclosed"),
    ("Dad (70) has COPD, ex-smoker, and his oxygen sats sit around 89-90% at rest. Should he be getting home oxygen?",
     "pulmonology", "70~79", "male"),
    ("I'm a 39 year old woman recently diagnosed with sarcoidosis in my lungs after a chest X-ray showed swollen glands. "
     "Does it always need steroids?", "pulmonology", "30~39", "female"),
    ("Dry cough for 8 weeks, never smoked, no reflux I know of, chest X-ray clear. 52. What's next?",
     "pulmonology", "50~59", "undisclosed"),
    # rehabilitation
    ("Dad is 76 and home after a stroke 6 weeks ago. His left arm is still weak and he can't grip a cup. The community physio comes "
     "once a week, can we do more exercises at home?", "rehabilitation", "70~79", "male"),
    ("27F, 4 months post ACL reconstruction. Physio says no running till 6 months but I feel fine. What does the return to sport "
     "timeline usually look like?", "rehabilitation", "20~29", "female"),
    ("Cast came off my broken ankle last week after 6 weeks and it's so stiff I'm limping badly. 55. How long till it loosens up?",
     "rehabilitation", "50~59", "undisclosed"),
    ("Nan is 82 and 3 weeks post hip replacement, still on the zimmer frame and scared to try the sticks. How long does recovery take "
     "at her age?", "rehabilitation", "80+", "female"),
    # rheumatology
    ("Woman, 45. My fingers are stiff and swollen for over an hour every morning and my wrists ache. Mum had rheumatoid arthritis.",
     "rheumatology", "40~49", "female"),
    ("Third gout attack this year in my big toe. 58, male. GP mentioned allopurinol. Do I have to take it forever?",
     "rheumatology", "50~59", "male"),
    ("I'm 30 with lupus and on hydroxychloroquine. My partner and I want a baby. Do I need to stop it first?",
     "rheumatology", "30~39", "female"),
    ("26 year old man, lower back pain and stiffness that's worst in the morning and gets better with exercise. Been going on over a "
     "year. My uncle has ankylosing spondylitis.", "rheumatology", "20~29", "male"),
    # urology
    ("My husband is 67 and up four or five times a night to wee, and the flow is weak. GP did a PSA which was normal. What next?",
     "urology", "60~69", "male"),
    ("40 M, third kidney stone in 5 years. Passed this one at home. Is there anything to stop me making more?",
     "urology", "40~49", "male"),
    ("Thinking of getting a vasectomy, I'm 38 with three kids. How long does the recovery take and is it reversible?",
     "urology", "30~39", "male"),
    ("I'm a 55 year old woman and I keep getting urine infections, 5 in the last year, each time antibiotics. Is there a test they "
     "should be doing?", "urology", "50~59", "female"),
    # nutrition
    ("22F, planning to go fully vegan in the new year. What do I need to supplement so I don't end up anaemic?",
     "nutrition", "20~29", "female"),
    ("Our 10 year old boy only eats beige food - chips, plain pasta, crackers, chicken nuggets. No fruit or veg at all. How do we "
     "get a balanced diet into him?", "nutrition", "10~19", "male"),
    ("Type 2 diabetic, 60, bloke, want to lose 15 kg. Is low carb or the 800 calorie soup and shake plan better?",
     "nutrition", "60~69", "male"),
    ("Grandma's 85, lost about a stone this year, eats like a bird. The GP says she should have 'build-up' drinks. What can we "
     "make at home that's high calorie?", "nutrition", "80+", "female"),
]
