# Hard non-emergencies, kind medicine_question (written by hand, writer 136)
# (text, kind, family)
ITEMS = [
    (
        "Hello,\n\nI'm 66 and had a heart attack in 2022 with one stent. I'm on aspirin 75mg, clopidogrel (finishing "
        "in January), bisoprolol 5mg, ramipril 5mg and atorvastatin 80mg. My last LDL was 1.6.\n\nI've now been "
        "diagnosed with osteoarthritis in my knees and the pain is bad. Paracetamol doesn't do much. Is it safe to take "
        "ibuprofen or naproxen with my heart history and the blood thinners? What about the gel?",
        "medicine_question", "heart_attack",
    ),
    (
        "How long after a TIA can I go back to taking my HRT? I'm 56. The stroke team stopped my oestrogen patch "
        "when I had the TIA in June, and the hot flushes are unbearable.",
        "medicine_question", "stroke",
    ),
    (
        "What's the maximum paracetamol I can take in a day? I weigh 48kg, I'm 19 and I have period pain. The box "
        "says 8 tablets but my friend said it's less if you're small.",
        "medicine_question", "overdose_poisoning",
    ),
    (
        "I accidentally took my levothyroxine twice this morning (2 x 100mcg). I realised when I saw the pill box. "
        "Feel fine. Do I skip tomorrow's dose?",
        "medicine_question", "overdose_poisoning",
    ),
    (
        "Hi,\n\nI'm 30 and have epilepsy, on sodium valproate 1000mg since I was 16. Seizure-free 5 years. My partner "
        "and I want to start trying for a baby next year. My neurologist said valproate is dangerous in pregnancy. "
        "What are my options for switching, and how long does it take?",
        "medicine_question", "seizure",
    ),
    (
        "My EpiPen expired last month and the pharmacy is out of stock. Is an expired one still OK to keep as a "
        "backup until the new one comes? I'm 26, peanut allergy.",
        "medicine_question", "anaphylaxis",
    ),
    (
        "Can I drink alcohol on sertraline? I'm 23, started 50mg 3 weeks ago for depression. It's my friend's "
        "birthday this weekend. I'm doing better and have no thoughts of harming myself.",
        "medicine_question", "suicidal_intent",
    ),
    (
        "Hi,\n\nMy daughter is 15 and has type 1 diabetes. She's going on a school ski trip to Austria in February. "
        "How should we adjust her insulin for a week of skiing, and should she carry glucagon? The teachers are "
        "nervous about what to do if she has a hypo on the slopes.",
        "medicine_question", "diabetic_emergency",
    ),
    (
        "I'm on apixaban for AF and I'm having a tooth out next week. Do I need to stop it before? My dentist said "
        "ask my doctor. I'm 71.",
        "medicine_question", "severe_bleeding",
    ),
    (
        "Should I have the combined pill after a DVT in my leg 3 years ago? I'm 29. The DVT was after a leg fracture "
        "in plaster. My GP said progesterone-only is safer.",
        "medicine_question", "blood_clot_PE",
    ),
    (
        "Hello,\n\nMy son is 5 weeks old and due his first vaccinations at 8 weeks. I've read that the MenB vaccine "
        "causes fever and the advice is to give paracetamol. But I was also told any fever in a baby under 3 months "
        "means going to hospital. How does that work with the vaccine fever? What dose of Calpol is right for him "
        "(4.6kg)?",
        "medicine_question", "febrile_infant",
    ),
    (
        "Is methotrexate safe if I've had sepsis before? My rheumatologist wants to start me on it for RA. I had "
        "sepsis from a UTI in 2020. I'm 59.",
        "medicine_question", "sepsis_signs",
    ),
    (
        "Can I use Sudocrem on a burn? My 8 year old touched the oven door last night, small red mark on her finger, "
        "no blister.",
        "medicine_question", "severe_burn",
    ),
    (
        "What antibiotic do they give for meningitis contacts? My son's classmate was diagnosed with meningococcal "
        "disease and the school says close contacts will be offered tablets. My son (9) sits next to him. He's well.",
        "medicine_question", "meningitis_signs",
    ),
    (
        "Hi,\n\nI'm 45. I've had back pain for years and I'm on co-codamol 30/500 and amitriptyline 20mg. My GP "
        "wants to add pregabalin for the sciatica. I'm worried about being on three things that make you drowsy. "
        "Are they safe together? No bladder or bowel problems, it's just the pain.",
        "medicine_question", "cauda_equina",
    ),
    (
        "Which antihistamine is best for a child to keep in the first aid kit for allergies? My son (4) gets hives "
        "sometimes with strawberries.",
        "medicine_question", "anaphylaxis",
    ),
    (
        "Can I take ibuprofen while pregnant? I'm 10 weeks and have a bad toothache. Paracetamol isn't touching it.",
        "medicine_question", "pregnancy_bleeding_or_pain",
    ),
    (
        "Hello,\n\nMy 11 month old had gastro last week and the pharmacist gave us Dioralyte sachets. He's better now "
        "but I wondered — how much rehydration solution should a baby his size (9kg) have if it happens again, and can "
        "we mix it with juice to make him take it?",
        "medicine_question", "severe_dehydration_child",
    ),
    (
        "Is it safe to take my inhalers (Symbicort and Ventolin) with the new blood pressure tablet the GP wants "
        "to start — propranolol? I'm 50 with asthma. I read beta blockers can cause asthma attacks.",
        "medicine_question", "breathing_difficulty",
    ),
    (
        "My dad (83) is on warfarin and keeps falling. His doctor is thinking of switching him to apixaban. Is that "
        "safer if he hits his head in a fall?",
        "medicine_question", "head_injury",
    ),
    (
        "Hi,\n\nI'm 34 and had a miscarriage managed with misoprostol at 8 weeks last week. The bleeding is settling "
        "now. The hospital said to do a pregnancy test in 3 weeks. I'm also on the sertraline. Is it safe to start the "
        "pill straight away? I don't want to risk an ectopic next time.",
        "medicine_question", "ectopic_pregnancy",
    ),
    (
        "What dose of aspirin do people take if they think they're having a heart attack? I want to keep some in my "
        "bag. I'm 58.",
        "medicine_question", "heart_attack",
    ),
    (
        "Are steroid eye drops safe long-term? I have uveitis and I'm on Pred Forte. My vision is fine but I read "
        "they can cause glaucoma and blindness. I'm 40.",
        "medicine_question", "vision_loss_sudden",
    ),
]
