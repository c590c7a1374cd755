# Extra hand-written entailment items (friends, grown children, partners, typos), written one by one.
ENTAILS_EXTRA = [
    ("writing for my best friend bc she's too embarassed. she's 23 and has these painful bumps and sores down there that showed up 4 days after being with a new guy. she had flu like feeling too. she's freaking out thinking her life is over. what is the treatment for this",
     "How is genital herpes treated?"),
    ("My mother is 79 and has been getting confused and agitated over the last two days, she's not herself at all, seeing bugs on the wall. She was fine last week. She also has been peeing a lot and it smells strong. Her doctor is on vacation. Could an infection really make an old person this confused?",
     "Can a urinary tract infection cause confusion in the elderly?"),
    ("Hey doc. My roomate is 20 and has had a fever, a stiff neck and a really bad headache since this afternoon, he says the lights hurt his eyes. He's in his first year at college living in the dorms. Everyone says it's just the flu going around. What signs would tell us it's meningitis?",
     "What are the symptoms of meningitis?"),
    ("I'm 34 and my partner says I've been grinding my teeth really loud at night for months. My jaw aches when I wake up and I get headaches at my temples. I've been super stressed with work. How do you stop this?",
     "How is bruxism treated?"),
    ("my dad is 68 and had his knee replaced 6 weeks ago. he's doing physio but still can barely bend it past 80 degrees and he's getting frustrated, says he wishes he never did it. he used to golf twice a week. how long does it take before he's fully back to normal",
     "How long is recovery after total knee replacement?"),
    ("Our son is 11 and has been losing weight, drinking gallons of water and getting up to pee all night, he even wet the bed which he never does. He's been really tired and cranky. My sister thinks it's a growth spurt. What are the signs of diabetes in kids?",
     "What are the symptoms of type 1 diabetes in children?"),
    ("I work in a warehouse and I'm 39. Two weeks ago I lifted a heavy box wrong and felt a pop in my lower back. Now it aches all the time and is worse when I bend. No numbness in my legs. My boss wants me back full duty. What helps a back strain heal faster?",
     "How is acute low back pain treated?"),
    ("hi, my husband (45) has had really itchy red eyes, sneezing and a runny nose every spring for years. this year it's worse than ever and he can't sleep. he's tried the cheap antihistamines from the store. is there something stronger or different that actually works for hay fever",
     "What are the treatment options for allergic rhinitis?"),
]

OTHER_TYPE_EXTRA = [
    ("My daughter is 19 and away at college. She just called me crying because the campus clinic said she has mono. She's exhausted, her throat is on fire and her glands are swollen. She has finals in three weeks and is terrified of failing. How long will she be this sick, when will she get her energy back?",
     "How is mononucleosis spread?"),
    ("hi, writing for my wife who's 36. she was just diagnosed with endometriosis after years of painful periods and a laparoscopy. the surgeon removed some of it. we'd like to have kids in the next couple years. her pain is better now but what treatment keeps it from coming back?",
     "What are the symptoms of endometriosis?"),
]

PASSING_MENTION_EXTRA = [
    ("My wife has MS, diagnosed 8 years ago, and she's been stable on her medication so I'm the one worrying about myself for a change. I'm 49 and the last month I've had a burning pain in my upper stomach, worse when hungry and better after I eat. I take ibuprofen most days for my knees. What could be causing this stomach pain?",
     "What are the early symptoms of multiple sclerosis?"),
    ("ok so my brother has schizophrenia and lives with me, which is a lot. But this question is about me. I'm 27 and for 3 weeks I've had a rash of small red rings on my stomach that itch, since I started using the gym's showers. What is it and what cream do I use?",
     "How is schizophrenia treated?"),
]

RELATED_CONDITION_EXTRA = [
    ("Hello, my son is 5 and the pediatrician said he has RSV, he's wheezing and coughing and has a runny nose. He was a preemie so I'm extra nervous. He's eating ok but coughing all night. The doctor said no antibiotics. How long does RSV last in a kid his age?",
     "How long does bronchiolitis last in infants?"),
    ("My girlfriend was prescribed doxycycline for acne and she's worried because her friend got a terrible sunburn on it. She's a lifeguard this summer. She's 21. Does doxycycline make you sensitive to the sun?",
     "Does isotretinoin cause sun sensitivity?"),
]

SIDE_QUESTION_EXTRA = [
    ("My father is 71 and since last night he's been short of breath even sitting still, his ankles are swollen like balloons and he had to sleep sitting up in his chair. He has a history of heart problems. Should he go to the ER or can it wait for his appointment Monday? He's also been asking if he can still have his one beer a night.",
     "Is moderate alcohol consumption safe for older adults?"),
    ("hi im 17 and i took like 20 of my moms sleeping pills about an hour ago because i was really upset but now im scared and feel weird and sleepy. what do i do. also will my mom find out",
     "Do doctors have to tell parents about a teenager's medical visit?"),
]

OTHER_POPULATION_EXTRA = [
    ("I'm 52, male, and I've been taking a baby aspirin every day for 5 years because my friend told me it prevents heart attacks. I've never had heart problems. My blood pressure and cholesterol are fine. Lately I've been bruising easily. Should someone like me actually be taking daily aspirin?",
     "Is low-dose aspirin recommended during pregnancy?"),
    ("My husband is 60 and has been told he needs a colonoscopy but he's terrified of the prep, he heard horror stories. He's otherwise healthy. His brother had polyps. What is the prep actually like and how bad is it?",
     "How do you prepare a child for a colonoscopy?"),
]
