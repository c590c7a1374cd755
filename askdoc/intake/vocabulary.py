"""The words patients use for each department's problems, written for askdoc from medical knowledge.

The first version was written before the triage test set; a second pass of common lay words
(ADDITIONS) and the 4/3.5 tiers came after reading the misses on the DEV half only (docs/intake.md).
Weights: 4 = a name that settles the department even beside other organs' words ("baby teeth",
"after my stroke" for rehabilitation); 3 = a condition, test or organ that belongs to one department;
2 = a symptom that usually does; 1 = a weak hint shared with other departments. Phrases are matched
on normalised text (askdoc.intake.text) with simple plural/verb endings: write them in lower case,
without apostrophes.
"""

VOCABULARY: dict[str, dict[float, str]] = {
    "cardiology": {
        3: """heart attack, palpitations, palpitation, arrhythmia, atrial fibrillation, afib, a fib, heart murmur,
        murmur, angina, heart failure, cardiomyopathy, pacemaker, stent, stents, coronary, ecg, ekg,
        echocardiogram, echo test, holter, cardiologist, heart valve, mitral valve, aortic, tachycardia,
        bradycardia, skipped beats, skipping beats, extra beats, ectopic beats, heart racing, racing heart, heart
        pounding, pounding heart, heart flutter, fluttering in my chest, irregular heartbeat, irregular heart,
        heart rate, heartbeat, heart beat, blood pressure, hypertension, high blood pressure, low blood pressure,
        hypotension, statin, statins, bypass, pericarditis, myocarditis, troponin, stress test, angiogram, blood
        thinner, warfarin, beta blocker, bisoprolol, amlodipine, lisinopril, losartan""",
        2: """chest pain, chest tightness, chest pressure, swollen ankles, ankle swelling, cholesterol, ldl, pulse,
        short of breath climbing stairs, out of breath on stairs, fainting, fainted""",
        1: "chest, breathless, dizzy when standing, heart",
    },
    "dentistry": {
        4: "baby teeth, baby tooth, milk teeth, toothache, wisdom tooth, wisdom teeth, root canal",
        3: """tooth, teeth, toothache, tooth ache, dentist, dental, gum, gums, cavity, cavities, filling, fillings, root
        canal, wisdom tooth, wisdom teeth, molar, molars, braces, orthodontic, crown, crowns, denture, dentures,
        bleeding gums, gingivitis, periodontitis, plaque, tartar, enamel, tooth sensitivity, sensitive teeth, jaw
        clicking, tmj, tmd, grinding teeth, teeth grinding, bruxism, abscess tooth, tooth abscess, implant, dental
        implant, veneers, canker sore, mouth ulcer, retainer, chipped tooth, cracked tooth, bad breath, halitosis,
        overbite, underbite""",
        2: "jaw pain, mouth sore, tongue, gum swelling, mouthwash, floss, flossing, brushing",
        1: "mouth, jaw",
    },
    "dermatology": {
        4: "acne, psoriasis, eczema, rosacea, vitiligo, hives, mole, moles, warts, dandruff, alopecia, cystic acne",
        3.5: "toenail fungus, nail fungus, fungal nail",
        3: """rash, rashes, acne, pimple, pimples, eczema, psoriasis, hives, urticaria, mole, moles, wart, warts, skin,
        itchy skin, dermatitis, rosacea, vitiligo, melasma, dandruff, hair loss, hair falling out, alopecia, bald
        spot, bald patch, toenail, toenails, fungus, fungal, athletes foot, ringworm, blister, blisters, freckle,
        dark spots, pigmentation, sunburn, scar, scars, keloid, stretch marks, cyst on skin, boil, boils, ingrown
        hair, blackheads, whiteheads, cold sore, sweating too much, hyperhidrosis, itchy scalp, scalp, shingles
        rash, seborrheic, skin tag, skin tags, lichen, impetigo, scabies, birthmark, dermatologist, eczema cream,
        hydrocortisone, retinoid, tretinoin, isotretinoin, accutane, nails""",
        2: "itch, itchy, itching, red patches, flaky, peeling, bumps on, red spots, spots on, lump under the skin",
        1: "red, dry, bump, bumps, spot, spots",
    },
    "endocrinology": {
        4: """prolactin, overactive thyroid, underactive thyroid, thyroid nodule, hba1c, milky discharge, metformin,
        type 1 diabetic, type 2 diabetes, type 1 diabetes""",
        3: """diabetes, blood sugar, glucose, insulin, hba1c, a1c, metformin, thyroid, hypothyroidism, hyperthyroidism,
        hashimoto, graves, goiter, goitre, tsh, t4, levothyroxine, thyroid nodule, pcos, polycystic, adrenal,
        cortisol, cushing, addison, pituitary, prolactin, hormone, hormones, hormonal, testosterone, growth
        hormone, endocrinologist, prediabetes, pre diabetes, insulin resistance, hypoglycemia, low sugar, hypo,
        metabolic syndrome, calcium level, parathyroid, osteoporosis, bone density, gestational diabetes""",
        2: """diabetic, always thirsty, excessive thirst, peeing a lot at night, weight gain despite, cant lose weight,
        unexplained weight loss, feeling cold all the time, heat intolerance, sweaty and shaky""",
        1: "thirsty, metabolism, weight gain, fatigue, tired",
    },
    "family-medicine": {
        3: """check up, checkup, annual physical, physical exam, general practitioner, family doctor, common cold, flu,
        influenza, vaccine, vaccines, vaccination, flu shot, booster, tetanus shot, sick note, medical
        certificate, health check, general health, referral, prescription refill, blood test results, routine
        blood work, preventive, screening""",
        2: """cold, runny nose, stuffy nose, sniffles, sneezing, cough, coughing, mild fever, low grade fever, fever,
        body aches, feeling unwell, tired all the time, fatigue, exhausted, hiccups, hangover, motion sickness,
        travel, jet lag, smoking, quit smoking, stop smoking""",
        1: "sick, unwell, tired, sleep, headache, dizzy, pain, run down, blood tests",
    },
    "gastroenterology": {
        3: """sour taste, acid, burning in my chest after, food sticking, trouble swallowing, bowel movement, bowel,
        bowels, stool, stools, poop, poo, diarrhea, diarrhoea, constipation, constipated, bloating, bloated, gas,
        flatulence, acid reflux, reflux, gerd, heartburn, indigestion, gastritis, ulcer, stomach ulcer, ibs,
        irritable bowel, crohns, colitis, ulcerative colitis, celiac, coeliac, colonoscopy, endoscopy,
        gastroscopy, liver, fatty liver, hepatitis, cirrhosis, jaundice, gallbladder, gallstones, gallstone,
        pancreas, pancreatitis, nausea, vomiting, throwing up, blood in stool, black stool, rectal bleeding,
        bleeding when i wipe, piles, hemorrhoids, haemorrhoids, anal fissure, h pylori, helicobacter,
        gastroenterologist, burping, belching, difficulty swallowing, food stuck, esophagus, oesophagus, colon,
        polyps, liver enzymes, alt, ast, bilirubin""",
        2: """upset stomach, stomach ache, stomachache, cramps after eating, nauseous, loose stools, vomit, stomach,
        belly, tummy, abdomen, abdominal, after meals, after eating""",
        1: "eating, digestion, appetite",
    },
    "general-surgery": {
        3: """hernia, inguinal hernia, umbilical hernia, appendix, appendicitis, appendectomy, gallbladder removal,
        cholecystectomy, surgeon, surgical, belly button sticks out, belly button bulge, incision, stitches,
        sutures, wound healing, surgical wound, lump removal, lipoma, sebaceous cyst, abscess drainage, pilonidal,
        anal fistula, laparoscopic, keyhole surgery, after my operation, post op, post operative, breast lump
        removal, thyroid surgery, bariatric, gastric bypass, gastric sleeve, varicose veins, ingrown toenail,
        drain, scar after surgery""",
        2: "lump in my groin, bulge in my groin, bulge, lump, cut that, wound, infected wound, stitches came",
        1: "groin, removal, removed, biopsy, surgery, operation",
    },
    "hematology-oncology": {
        4: """dvt, deep vein thrombosis, blood clot in my leg, platelet count, low platelets, leukemia, leukaemia,
        lymphoma""",
        3: """cancer, tumor, tumour, malignant, benign, oncologist, chemotherapy, chemo, radiotherapy, radiation
        therapy, leukemia, leukaemia, lymphoma, hodgkin, myeloma, anemia, anaemia, iron deficiency, hemoglobin,
        haemoglobin, ferritin, platelets, platelet count, white blood cells, white cell count, red blood cells,
        blood count, cbc, full blood count, blood clot, clotting, dvt, deep vein thrombosis, thalassemia, sickle
        cell, hemophilia, haemophilia, metastasis, metastatic, tumor marker, psa level, biopsy results, mammogram,
        lymph nodes, swollen lymph node, bruise easily, bruising easily, easy bruising, unexplained bruises, night
        sweats, polycythemia, blood disorder, b12 deficiency, spleen""",
        2: "lump, unexplained weight loss, bruises, bruising, pale, iron, transfusion",
        1: "weight loss, tired, fatigue",
    },
    "infectious-diseases": {
        4: "latent tuberculosis, latent tb, tick bite, pep, prep, rabies",
        3: """infection, infections, infectious, hiv, aids, std, sti, sexually transmitted, chlamydia, gonorrhea,
        syphilis, herpes, genital herpes, hpv, hepatitis b, hepatitis c, tuberculosis, tb, malaria, dengue, covid,
        coronavirus, measles, mumps, chickenpox, chicken pox, shingles, lyme, tick bite, rabies, tetanus, typhoid,
        cholera, antibiotic, antibiotics, antiviral, viral, bacterial, virus, bacteria, fungal infection,
        parasite, parasites, worms, pinworms, mono, mononucleosis, epstein barr, cellulitis, mrsa, sepsis, prep,
        pep, exposure, unprotected sex, needle stick, needlestick, bitten by a dog, animal bite, travel vaccine,
        zika, ebola, monkeypox, mpox, scarlet fever, strep, whooping cough, food poisoning, salmonella, e coli,
        fever after travel, returned from, tick, bullseye, red ring""",
        2: "fever, high fever, contagious, caught, spread, swollen glands, chills",
        1: "temperature, sweats",
    },
    "nephrology": {
        3: """kidney, kidneys, renal, creatinine, egfr, gfr, dialysis, kidney failure, chronic kidney disease, ckd,
        protein in urine, proteinuria, albumin in urine, foamy urine, nephritis, nephrotic, glomerulonephritis,
        polycystic kidney, kidney function, nephrologist, urea, bun, potassium high, high potassium, kidney
        transplant, electrolytes, sodium level""",
        2: "swelling in legs, puffy eyes in the morning, swollen feet, blood in urine, kidney pain, flank pain",
        1: "urine, urinate, legs swelling",
    },
    "neurology": {
        4: "one side of my body, one side of my face, on one side of my body, room spins, room spinning, twitch",
        3: """headache, headaches, migraine, migraines, seizure, seizures, epilepsy, epileptic, numbness, numb,
        tingling, pins and needles, tremor, tremors, shaking hands, twitch, twitching, twitches, twitches, muscle
        twitching, fasciculations, parkinsons, parkinson, multiple sclerosis, stroke, tia, neuropathy, nerve pain,
        pinched nerve, sciatica, dizziness, vertigo, memory loss, memory problems, forgetful, forgetting things,
        dementia, alzheimers, concussion, neurologist, mri of my brain, brain mri, eeg, emg, nerve conduction,
        bells palsy, facial paralysis, facial twitching, eyelid twitching, restless legs, restless leg, carpal
        tunnel, trigeminal, neuralgia, myasthenia, als, motor neurone, motor neuron, spasms, involuntary
        movements, involuntary, brain fog, fainting spells, blackouts, cluster headache, tension headache,
        weakness in my arm, weakness in my leg, slurred speech, tics, tourette, narcolepsy, brain, spine, spinal
        cord""",
        2: "dizzy, lightheaded, light headed, weak grip, clumsy, balance problems, losing balance, cramps at night",
        1: "weakness, weak, shaking, memory, sleep, head",
    },
    "obstetrics-gynecology": {
        3: """pregnant, pregnancy, pregnancy test, period, periods, menstrual, menstruation, missed period, late period,
        irregular periods, heavy periods, painful periods, cramps during period, pms, pmdd, vaginal, vagina,
        vaginal discharge, discharge, yeast infection, thrush, bacterial vaginosis, ovary, ovaries, ovarian cyst,
        ovulation, ovulating, fertility, infertility, trying to conceive, ivf, uterus, womb, fibroids,
        endometriosis, cervix, cervical, pap smear, pap test, smear test, menopause, perimenopause, hot flashes,
        hot flushes, birth control, contraceptive, contraception, the pill, morning after pill, iud, coil, implant
        in my arm, miscarriage, ectopic, prenatal, antenatal, trimester, weeks pregnant, morning sickness, labor,
        labour, contractions, c section, caesarean, cesarean, postpartum, after giving birth, breastfeeding,
        breast feeding, lactation, spotting, bleeding between periods, gynecologist, gynaecologist, obstetrician,
        midwife, vulva, labia, pelvic pain, hrt, hormone replacement, abnormal cells""",
        2: "breast pain, breast lump, nipple discharge, cramps, cramping, bleeding after sex, pain during sex",
        1: "hormones, bleeding, breast",
    },
    "ophthalmology": {
        3: """eye, eyes, eyesight, vision, blurry vision, blurred vision, double vision, floaters, flashes of light,
        glasses, contact lens, contact lenses, cataract, cataracts, glaucoma, eye pressure, retina, retinal,
        detached retina, macular, macular degeneration, conjunctivitis, pink eye, red eye, dry eyes, dry eye,
        watery eyes, itchy eyes, stye, sty, chalazion, eyelid, eyelids, lazy eye, squint, strabismus, short
        sighted, nearsighted, long sighted, farsighted, astigmatism, myopia, lasik, eye drops, ophthalmologist,
        optometrist, eye test, pupil, pupils, cornea, corneal, eye strain, light sensitivity, sensitive to light,
        blind spot, tunnel vision, night vision""",
        2: "see clearly, cant see well, squinting, seeing spots, halos around lights",
        1: "reading",
    },
    "orthopedics": {
        3: """bone, bones, fracture, fractured, broken bone, broke my, broken, joint pain, sprain, sprained, twisted my
        ankle, ligament, acl, meniscus, tendon, tendonitis, tendinitis, achilles, rotator cuff, frozen shoulder,
        dislocated, dislocation, back pain, lower back pain, slipped disc, herniated disc, bulging disc, disc,
        spine, scoliosis, neck pain, stiff neck, osteoarthritis, arthritis in my knee, cartilage, torn ligament,
        torn muscle, torn tendon, tear in my, bunion, bunions, plantar fasciitis, heel pain, flat feet, shin
        splints, tennis elbow, golfers elbow, trigger finger, orthopedic, orthopaedic, orthopedist, x ray, cast,
        splint, knee replacement, hip replacement, sports injury, hamstring, groin strain, pulled muscle, muscle
        strain, whiplash""",
        2: """swollen knee, clicking, popping, locking, cant straighten, limp, limping, injury, injured, fell, knee,
        knees, hip, hips, shoulder, shoulders, elbow, wrist, ankle, ankles, heel, toe""",
        1: "pain, sore, stiff, stiffness, sports, gym, running, lifting",
    },
    "otolaryngology": {
        3: """ear, ears, earache, ear ache, ear infection, hearing, hearing loss, deaf, tinnitus, ringing in my ears,
        ringing in my ear, buzzing in my ear, earwax, ear wax, blocked ear, ear pressure, nose, nosebleed,
        nosebleeds, nose bleed, sinus, sinuses, sinusitis, nasal, blocked nose, stuffy nose, deviated septum,
        septum, polyps in my nose, nasal polyps, throat, sore throat, tonsils, tonsillitis, tonsil stones,
        adenoids, hoarse, hoarseness, voice, lost my voice, vocal cords, larynx, snoring, sleep apnea, sleep
        apnoea, smell, sense of smell, taste, loss of smell, postnasal drip, post nasal drip, swallowing, lump in
        throat, globus, ent, ear nose and throat, otolaryngologist, hay fever, allergic rhinitis, vertigo when i
        turn, snore, hearing aid, hearing aids, stop breathing at night""",
        2: "swollen glands in neck, lump in my neck, neck lump, dizzy spinning, runny nose for months",
        1: "neck, cold, allergies, congestion",
    },
    "pediatrics": {
        3: """my baby, baby, babies, infant, newborn, toddler, children, child, kids, pediatrician, paediatrician,
        pediatric, paediatric, breastfed, formula, bottle feeding, teething, nappy, diaper, diaper rash, nappy
        rash, colic, growth chart, milestones, crawling, walking late, not talking yet, speech delay, potty
        training, bedwetting, bed wetting, tantrums, kindergarten, preschool, daycare, school age, vaccinations
        for my baby, immunisations, hand foot and mouth, croup, roseola, adhd in my son, adhd in my daughter,
        month old, year old boy, year old girl, years old son, years old daughter""",
        2: """my son, my daughter, my child, my kid, my kids, growth, height for his age, height for her age, puberty,
        his teacher, her teacher""",
        1: "son, daughter",
    },
    "psychiatry": {
        4: """make myself throw up, make myself sick, purging, scared of gaining weight, worry about everything, mind
        wont switch off, cant switch off""",
        3.5: "feel down, feeling down, lost interest, no interest in anything, no joy, empty inside",
        3: """depression, depressed, anxiety, anxious, panic attack, panic attacks, panic, ocd, obsessive, compulsive,
        bipolar, mania, manic, schizophrenia, psychosis, hallucinations, hearing voices, paranoid, paranoia, ptsd,
        trauma, flashbacks, adhd, attention deficit, eating disorder, anorexia, bulimia, binge eating, insomnia,
        cant sleep, sleepless, nightmares, antidepressant, antidepressants, ssri, sertraline, fluoxetine,
        escitalopram, citalopram, venlafaxine, bupropion, lithium, quetiapine, benzodiazepine, xanax, therapist,
        therapy, counselling, counseling, psychiatrist, psychologist, mental health, mood, mood swings, stress,
        stressed, burnout, burned out, lonely, loneliness, grief, worthless, hopeless, suicidal, self harm,
        addiction, addicted, alcohol, drinking too much, gambling, phobia, social anxiety, nervous, worry,
        worrying, overthinking, racing thoughts, low mood""",
        2: "cry, crying, crying all the time, no motivation, no energy, irritable, angry all the time, scared",
        1: "sleep, tired, worried",
    },
    "pulmonology": {
        3: """lungs, lung nodule, nodule in my lung, asthma, asthmatic, inhaler, copd, emphysema, bronchitis, pneumonia,
        chronic cough, cough for weeks, cough for months, coughing up phlegm, phlegm, sputum, mucus, wheezing,
        wheeze, shortness of breath, short of breath, breathless, breathlessness, out of breath, spirometry, lung
        function, chest x ray, ct of my chest, lung nodule, pulmonary, pulmonologist, oxygen, oxygen levels,
        oxygen saturation, pulse oximeter, sarcoidosis, pulmonary embolism, pleurisy, pleural, tuberculosis,
        bronchiectasis, fibrosis, pulmonary fibrosis, smokers cough, vaping, nebulizer, nebuliser""",
        2: "cough, coughing, chest tightness, tight chest, cant take a deep breath, deep breath, breathing, lung",
        1: "chest, smoking, smoker",
    },
    "rehabilitation": {
        4: """rehab, rehabilitation, physiotherapy, physio, physical therapy, speech therapy, occupational therapy,
        after my stroke, after his stroke, after her stroke, since my stroke, since his stroke, since her stroke,
        spastic, spasticity, prosthesis, prosthetic, balance and strength, afraid of falling""",
        3: """rehabilitation, rehab, physiotherapy, physiotherapist, physio, physical therapy, physical therapist,
        occupational therapy, occupational therapist, speech therapy, exercises after, recovery after, recovering
        from, regain strength, regain movement, mobility, walker, walking aid, wheelchair, cane, crutches,
        prosthesis, prosthetic, amputation, spasticity, after my stroke, after his stroke, after her stroke, since
        the stroke, after surgery stiffness, range of motion, gait, relearn, strengthening exercises, stretching
        exercises, return to sport, back to work after, posture, ergonomic, chronic pain management, brace""",
        2: "exercises, stretches, stretching, recover, recovery, stiffness after, weak after, rebuild",
        1: "walk, walking, muscle, muscles, strength",
    },
    "rheumatology": {
        3: """rheumatoid, rheumatoid arthritis, lupus, sle, gout, uric acid, ankylosing spondylitis, spondylitis,
        psoriatic arthritis, arthritis, autoimmune, autoimmune disease, ana, ana test, antinuclear, rheumatoid
        factor, crp, esr, inflammation markers, fibromyalgia, sjogrens, sjogren, scleroderma, vasculitis,
        polymyalgia, raynauds, raynaud, dermatomyositis, myositis, rheumatologist, methotrexate,
        hydroxychloroquine, plaquenil, prednisone, biologics, joint swelling, swollen joints, morning stiffness,
        stiff in the morning, stiff joints, immune system, immunodeficiency, behcets, still disease""",
        2: "joints, joint, aching joints, hands swollen, swollen fingers, dry eyes and dry mouth, butterfly rash",
        1: "stiff, stiffness, swelling, ache, aches, inflammation, fatigue",
    },
    "urology": {
        4: "bag of worms, testicle, testicles, prostate, erectile dysfunction, kidney stone, kidney stones",
        3: """urine, urinate, urinating, urination, pee, peeing, bladder, uti, urinary tract infection, cystitis,
        burning when i pee, burning when peeing, painful urination, frequent urination, incontinence, leaking
        urine, overactive bladder, kidney stone, kidney stones, prostate, psa, enlarged prostate, bph, erectile
        dysfunction, erection, erections, impotence, premature ejaculation, ejaculation, testicle, testicles,
        testicular, scrotum, balls, penis, foreskin, circumcision, phimosis, vasectomy, urologist, catheter, weak
        stream, dribbling, blood in urine, blood in my pee, hematuria, varicocele, hydrocele, low sperm count,
        sperm""",
        2: "getting up at night to pee, lower abdominal pain when peeing, groin pain, flank pain",
        1: "groin, kidney",
    },
    "nutrition": {
        3: """diet, diets, dieting, nutrition, nutritionist, dietitian, dietician, meal plan, meal planning, calories,
        calorie, protein intake, protein, carbs, carbohydrates, low carb, keto, ketogenic, vegan, vegetarian,
        intermittent fasting, fasting, supplements, supplement, multivitamin, vitamin d, vitamin c, vitamins,
        omega 3, fish oil, fiber, fibre, healthy eating, eat healthy, what should i eat, what to eat, foods to
        avoid, junk food, sugar intake, salt intake, portion, portions, bmi, lose weight, losing weight, weight
        loss plan, gain weight, gaining weight, underweight, overweight, obesity, obese, picky eater, breakfast,
        lunch, dinner, snacks, snacking, meals, malnutrition, nutrients, minerals, magnesium, zinc, iron rich,
        collagen, protein powder, smoothie, juice cleanse, detox""",
        2: "drinking water, water intake, coffee, caffeine",
        1: "weight, healthy, energy, eat, eating, food, foods",
    },
}

# A second pass over the vocabulary from general knowledge: common lay words each department hears.
ADDITIONS: dict[str, tuple[float, str]] = {
    "cardiology": (
        2.0,
        """heart races, heart is racing, cardiac, cardio, blood pressure pills, bp, pounding in my chest, heart
        rhythm, heart rate monitor, smartwatch, resting heart rate, chest pains, cholesterol level""",
    ),
    "dentistry": (
        3.0,
        """tooth pain, teeth pain, dental pain, gum pain, jaw swelling, tooth extraction, extraction, tooth pulled,
        dry socket, loose tooth, loose teeth, tooth decay, decay, toothbrush, orthodontist, invisalign, whitening,
        bite, fillings, chewing""",
    ),
    "dermatology": (
        3.0,
        """itchy rash, lesion, sun spots, age spots, dry skin, oily skin, skin peeling, cuticle, heat rash, lump on
        my skin, hair thinning, thinning hair, receding hairline, chafing, callus, calluses, corns, flaky skin,
        scaly, patches, skin cream, cream, ointment, facial, complexion""",
    ),
    "endocrinology": (
        3.0,
        """thyroid levels, sugar levels, sugars, glucose meter, insulin pump, hormone levels, gland, hypothyroid,
        hyperthyroid, high sugar, sugar level, endocrine, t3, vitamin d level""",
    ),
    "family-medicine": (
        2.0,
        """not feeling well, feel sick, coughs and colds, over the counter, general advice, mild symptoms, a few
        days, common""",
    ),
    "gastroenterology": (
        3.0,
        """stomach pain, belly pain, abdominal pain, tummy pain, gassy, wind, hemorrhoid, anus, anal, rectum, rectal,
        bloody stool, stool test, liver function, hepatic, polyp, bowel habits, toilet, pooping, digestive,
        intestines, intestine, gut""",
    ),
    "general-surgery": (
        3.0,
        """lump removal, excision, keyhole, post surgery, after surgery, wound infection, surgical site, incision
        site, drain removal""",
    ),
    "hematology-oncology": (
        3.0,
        """tumor marker, mass, growth, oncology, blood cancer, bone marrow, low iron, iron levels, b12, lymph node,
        swollen lymph nodes, blood count, blood cells, anaemic, anemic, bleeding disorder, clots""",
    ),
    "infectious-diseases": (
        3.0,
        """virus, infected, hiv test, std test, sti test, vaccine for travel, parasite, travel clinic, tropical,
        incubation, exposure to, quarantine""",
    ),
    "nephrology": (
        3.0,
        """kidney numbers, kidney function test, kidney problems, kidney damage, kidney disease, nephrotic syndrome,
        creatinine level""",
    ),
    "neurology": (
        3.0,
        """dizzy spells, shaky hands, hand tremor, nerve damage, numb hands, numb feet, tingly, migraine aura, aura,
        pins and needles, twitchy, jerking, jerks, muscle weakness, brain scan, head scan, loss of balance,
        coordination""",
    ),
    "obstetrics-gynecology": (
        3.0,
        """menstrual cycle, cycle, uterine, pregnant again, trying for a baby, conceive, ovulate, bleeding after sex,
        vaginal bleeding, sex hurts, cramps during periods, gyno, obgyn, ob gyn, pap""",
    ),
    "ophthalmology": (
        3.0,
        """eye pain, eye infection, eye drop, vision problems, vision changes, reading glasses, prescription glasses,
        sight, seeing double, blurry, blurred, squints, eye doctor, optician""",
    ),
    "orthopedics": (
        3.0,
        """kneecap, knee pain, hip pain, shoulder pain, foot pain, ankle pain, wrist pain, elbow pain, back ache,
        backache, strain, sprained, ligaments, joint injury, bone pain, limping, torn""",
    ),
    "otolaryngology": (
        3.0,
        """ear pain, ear infections, ear tubes, grommets, blocked nose, nose bleeds, swallow, tonsil, hearing test,
        ear drum, eardrum, muffled, sinus pressure, throat clearing""",
    ),
    "pediatrics": (
        2.0,
        """my kid, my child, infant, school age, kindergartener, preschooler, boy, girl, little one, grown, baby boy,
        baby girl""",
    ),
    "psychiatry": (
        3.0,
        """sad, sadness, hopelessness, counselor, counsellor, intrusive thoughts, focus, concentrate, concentration,
        anger, motivation, emotional, emotions, feel empty, numb inside, panicky, nervous breakdown, mental,
        therapist, rituals, checking, compulsions, voices, mood swings, meltdown, drinking""",
    ),
    "pulmonology": (
        3.0,
        """breathe, breath, cough that wont go away, lung scan, lung x ray, asthma attack, puffer, oxygen level,
        shortness, crackles, inhalers""",
    ),
    "rehabilitation": (
        3.0,
        """recovering, regain, relearn to walk, walk again, exercise program, home exercises, physiotherapist,
        mobility aid, stiff after surgery, after surgery, return to work, return to sport, therapy after""",
    ),
    "rheumatology": (
        3.0,
        """joint aches, achy joints, swollen knuckles, knuckles, flare, flares, flare up, autoimmune condition,
        immune, inflammatory, inflammation marker, rheumatism, tender points""",
    ),
    "urology": (
        3.0,
        """pee often, peeing often, urinary, leak urine, leaking, bladder leaks, penile, scrotal, ejaculate, urine
        stream, libido, sex drive, semen""",
    ),
    "nutrition": (
        3.0,
        """eating habits, healthy diet, balanced diet, nutritional, nutrient, vitamin, minerals, sodium intake, salt,
        sugar, fats, carb, meal, recipes, dietary, eat more, eat less""",
    ),
}

def phrases() -> dict[str, list[tuple[str, float]]]:
    """{slug: [(phrase, weight)]} with the comma-separated blocks above split and cleaned."""
    table: dict[str, list[tuple[str, float]]] = {}
    for slug, blocks in VOCABULARY.items():
        entries = table.setdefault(slug, [])
        for weight, block in blocks.items():
            for phrase in block.replace("\n", " ").split(","):
                phrase = " ".join(phrase.split())
                if phrase:
                    entries.append((phrase, float(weight)))
    for slug, (weight, block) in ADDITIONS.items():
        known = {phrase for phrase, _ in table[slug]}
        table[slug].extend((p.strip(), weight) for p in block.split(",") if p.strip() and p.strip() not in known)
    return table
