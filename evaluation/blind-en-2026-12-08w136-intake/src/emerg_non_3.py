# Hard non-emergencies, kind relative_history (written by hand, writer 136)
# (text, kind, family)
ITEMS = [
    (
        "Hi,\n\nMy father died suddenly of a heart attack at 49 — collapsed on the golf course, nothing could be done. "
        "His brother had a bypass at 52. I'm 44 now, male, and I'm starting to get anxious as I get close to that "
        "age. My cholesterol is 6.1, LDL 4.0, blood pressure 130/82. I'm a non-smoker and cycle to work.\n\nWhat "
        "screening would you recommend for me? Is a coronary calcium scan available on the NHS, or should I pay "
        "privately?",
        "relative_history", "heart_attack",
    ),
    (
        "My mum had a massive stroke at 63 and was left unable to speak. I'm 38. I've read that strokes can run in "
        "families. Is there anything I should be checking apart from blood pressure?",
        "relative_history", "stroke",
    ),
    (
        "Both my grandmother and my aunt had ectopic pregnancies, and my aunt nearly died from one. I'm 26 and "
        "planning to start trying for a baby next year. Is ectopic pregnancy hereditary? Should I have an early scan?",
        "relative_history", "ectopic_pregnancy",
    ),
    (
        "Dear doctor,\n\nMy brother took his own life in 2019, he was 31. My cousin also died by suicide. I'm 35 and "
        "I'm doing OK — I have some low patches but no thoughts of harming myself. My own son is 14 now and going "
        "through a rough time at school.\n\nIs there a genetic risk I should be aware of for him? What signs should "
        "I watch for?",
        "relative_history", "suicidal_intent",
    ),
    (
        "My grandad had an aortic aneurysm that burst when he was 70 and he died on the way to hospital. My dad is "
        "now 66. Should he be screened? He's had the men's screening at 65 I think but I'm not sure what the result "
        "was.",
        "relative_history", "severe_abdominal_pain",
    ),
    (
        "My sister had meningococcal meningitis at university last year and lost two fingers to it. She survived. "
        "I'm starting uni in September (I'm 18). Which vaccines should I have?",
        "relative_history", "meningitis_signs",
    ),
    (
        "Hello,\n\nMy mother has had three blood clots — a DVT in 2005, a PE in 2012 and another DVT in 2020. She was "
        "tested and has Factor V Leiden. She's on warfarin for life.\n\nI'm 24 and I'm about to start the combined "
        "pill. My GP didn't ask about family history. Should I be tested for Factor V Leiden before starting?",
        "relative_history", "blood_clot_PE",
    ),
    (
        "my cousin had a seizure while swimming and drowned when she was 15. my little brother (11) has just been "
        "diagnosed with epilepsy. is it safe for him to swim? he has absence seizures only",
        "relative_history", "seizure",
    ),
    (
        "Hello,\n\nMy uncle died of anaphylaxis to a wasp sting when he was 50. My mum has always been terrified of "
        "wasps because of it. I'm 33 and have been stung a few times — I just get a big swollen red patch. My son is "
        "3 and hasn't been stung yet.\n\nIs this kind of allergy genetic? Should we be carrying an adrenaline pen?",
        "relative_history", "anaphylaxis",
    ),
    (
        "My dad had cauda equina syndrome 5 years ago after a disc prolapse and was left incontinent. I'm 41 and I've "
        "had lower back pain on and off for years. Am I at higher risk? What symptoms would mean I need to go in?",
        "relative_history", "cauda_equina",
    ),
    (
        "Two of my cousins on my mum's side died in their twenties — one collapsed playing football, the other in his "
        "sleep. They said 'sudden cardiac death'. I'm 22. Should I get my heart checked?",
        "relative_history", "unconscious_unresponsive",
    ),
    (
        "Hi,\n\nMy grandmother went blind in one eye overnight when she was in her 70s — they said it was giant cell "
        "arteritis, diagnosed too late. My mum (now 68) has polymyalgia rheumatica and is on prednisolone. She's "
        "terrified of the same thing happening to her.\n\nWhat symptoms should my mum watch for? Is there a way to "
        "prevent it?",
        "relative_history", "vision_loss_sudden",
    ),
    (
        "My niece had type 1 diabetes diagnosed when she went into DKA at 6 — she was in intensive care. My son is 5 "
        "and I'm paranoid every time he's thirsty. How would I know if he was developing diabetes?",
        "relative_history", "diabetic_emergency",
    ),
    (
        "My nephew had his testicle removed at 14 because the torsion wasn't recognised in time. My son is 10. "
        "What should I tell him so he knows to tell us straight away if something happens?",
        "relative_history", "testicular_torsion",
    ),
    (
        "Hello,\n\nMy aunt died of sepsis from a urine infection at 72, she was dead within two days. My mum is 75 "
        "now and gets UTIs a couple of times a year. She's well at the moment.\n\nWhat signs would tell us a UTI "
        "is turning into sepsis? I want to be prepared.",
        "relative_history", "sepsis_signs",
    ),
    (
        "My brother is a heavy drinker and was rushed into hospital twice this year after vomiting blood. He's 45. I "
        "live in another city. He refuses to stop drinking. Is there anything I can do to help him from a distance?",
        "relative_history", "severe_bleeding",
    ),
    (
        "My sister had a placental abruption at 34 weeks with both her babies. I'm pregnant for the first time, "
        "20 weeks. Should I be on a higher risk pathway because of her history?",
        "relative_history", "pregnancy_bleeding_or_pain",
    ),
    (
        "Dear doctor,\n\nMy son's friend (they're both 16) cuts himself — my son told me. The friend's parents don't "
        "know. My son has been very upset about it. He says he would never do it himself.\n\nShould I tell the "
        "friend's parents or the school? How do I support my own son?",
        "relative_history", "self_harm",
    ),
    (
        "My dad died of a burst appendix in the 1970s in Nigeria — they didn't get him to hospital in time. My son "
        "gets tummy aches a lot and I panic. How can I tell the difference between a normal tummy ache and "
        "appendicitis?",
        "relative_history", "severe_abdominal_pain",
    ),
    (
        "My husband's mother died choking on food in her care home. He's asked me to learn what to do in case it "
        "happens to his dad who has dementia and is 85. Where can I learn the Heimlich properly?",
        "relative_history", "choking",
    ),
    (
        "Hi.\n\nMy mum had an emergency aortic dissection repair at 58 — it came out of nowhere, tearing pain in her "
        "chest and back. They told us afterwards she had a connective tissue disorder that might be inherited. I'm "
        "32 and my brother is 29.\n\nShould we have echocardiograms? Should we avoid heavy lifting at the gym?",
        "relative_history", "chest_pain_other",
    ),
    (
        "My nephew was born with a serious brain injury because he was shaken as a baby. My sister is raising him. He's "
        "now 6. What does the long-term future look like for children with shaken baby injuries?",
        "relative_history", "head_injury",
    ),
    (
        "My wife's cousin died of a burn from a hot water bottle bursting when she was on morphine — she didn't feel "
        "it. My wife now uses a hot water bottle every night for her back pain and takes pregabalin. Should she stop?",
        "relative_history", "severe_burn",
    ),
]
