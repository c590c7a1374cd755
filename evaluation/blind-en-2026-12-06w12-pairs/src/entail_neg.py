# Hand-written entailment items (label 0). Answering the FAQ does NOT answer
# the main question of the message. Each entry is (chq, faq), grouped by kind.

OTHER_TYPE = [
    ("I was diagnosed with plantar fasciitis 3 months ago. I'm 47 and a teacher so I'm on my feet all day. "
     "I've done the stretches every morning and bought new trainers with proper arch support but it's not getting better. "
     "What else can I do to treat it? Are steroid injections worth it?",
     "What causes plantar fasciitis?"),
    ("My daughter (6) has just been diagnosed with chickenpox, her whole class seems to have it. "
     "She's covered in spots, even in her mouth, and so itchy she's crying and can't sleep. "
     "I've tried calamine lotion but it just dries white and she picks at it. "
     "What can I give her to help with the itching?",
     "How is chickenpox spread?"),
    ("My husband has been told he has gallstones after an attack of pain under his ribs last month that sent him to A&E. He's 50. "
     "The surgeon wants to take his gallbladder out but he's scared of surgery because his brother had complications after a hernia op. "
     "Are there any other treatments apart from an operation?",
     "What are the symptoms of gallstones?"),
    ("I'm 29 and have had IBS for years, diagnosed after all the tests came back clear. "
     "Lately it's worse, lots of bloating and urgency, I've been late to work twice because I couldn't leave the toilet. "
     "I've cut out onions and garlic which helped a little. "
     "What treatments actually work for IBS?",
     "What causes irritable bowel syndrome?"),
    ("My dad was just diagnosed with prostate cancer at 71. The Gleason score is 7 and they say it hasn't spread. "
     "He has to choose between surgery and radiotherapy and he feels completely lost, the consultant was very rushed. "
     "Which treatment is better for someone his age?",
     "What are the risk factors for prostate cancer?"),
    ("hi, ive had eczema on my hands for ages, im a hairdresser so theyre in water and product all day. "
     "they crack and bleed across the knuckles and its agony with shampoo. i wear gloves when i can. "
     "which creams actually work? i've tried loads from the chemist",
     "Is eczema hereditary?"),
    ("My mother, 65, was diagnosed with rheumatoid arthritis last month after months of swollen hands. "
     "They want to start her on methotrexate once a week but she's read the leaflet and it mentions cancer drugs. "
     "She's worried about the side effects and I don't know what to tell her. "
     "What side effects does methotrexate have?",
     "How is rheumatoid arthritis diagnosed?"),
    ("I got shingles on my face near my left eye 3 days ago. I'm 58. "
     "The rash is really painful, like burning, and the eye is a bit red and watery. "
     "The out of hours doctor was very brief. How is it treated and should I see an eye doctor?",
     "Who is eligible for the shingles vaccine?"),
    ("My 14 year old son has been diagnosed with migraine by the paediatrician. "
     "He gets them about twice a month, with flashing lights then vomiting, and misses school each time. "
     "Ibuprofen helps if he takes it early. What can we do to stop them happening so often?",
     "What are the symptoms of migraine in children?"),
    ("My wife has just been diagnosed with hypothyroidism. She's 38 and had been feeling cold, exhausted and gaining weight for a year. "
     "She's been started on levothyroxine 50mcg but still feels wiped out after 2 weeks and is getting disheartened. "
     "How long until the levothyroxine starts working?",
     "What causes an underactive thyroid?"),
    ("My son is 3 and has been diagnosed with tonsillitis for the 6th time this year. "
     "Each time he's off nursery for a week, I'm off work, and he barely eats. "
     "We're fed up of antibiotics. Does he need his tonsils out?",
     "Is tonsillitis contagious?"),
    ("I was diagnosed with endometriosis after a laparoscopy in the spring. I'm 27. "
     "The pain is manageable now on the pill but my partner and I want to start a family next year. "
     "Will endometriosis stop me getting pregnant?",
     "How is endometriosis treated?"),
    ("My brother has type 1 diabetes and is 22, at uni. He drinks a lot at weekends and has had a couple of bad hypos the morning after. "
     "Once his flatmate found him confused and sweaty. He says he's careful. "
     "How does alcohol affect blood sugar in type 1 diabetes?",
     "What are the first signs of type 1 diabetes?"),
    ("I've been diagnosed with tinnitus after a hearing test. I'm 60, used to work in a factory. "
     "The ringing is constant, a high whistle, and it's driving me mad at night when it's quiet. "
     "Is there anything that helps me live with it?",
     "Why does tinnitus happen?"),
    ("My baby (2 months) has been diagnosed with reflux. She spits up after every feed, arches her back and cries. "
     "The doctor isn't offering medication because she's gaining weight fine. "
     "I'm going through 6 muslins a day. When will my baby grow out of reflux?",
     "How is reflux in babies diagnosed?"),
    ("I have had a kidney stone before, 3 years ago, 5mm, and it passed on its own after two days. "
     "It was the worst pain of my life, worse than childbirth. I'm 44 and work in a hot kitchen. "
     "How can I stop it happening again?",
     "What are the symptoms of kidney stones?"),
    ("My grandad (79) has been diagnosed with heart failure. His legs are swollen and he gets out of breath climbing the stairs. "
     "He's on furosemide and bisoprolol and the nurse visits weekly. "
     "The family wants to plan ahead. How long do people live with heart failure?",
     "What are the treatments for heart failure?"),
    ("I'm 33, just diagnosed with hypertension, bp 150/95 on a 24-hour monitor. "
     "My GP wants to start me on amlodipine. I feel too young for this. "
     "Is it possible to come off blood pressure medication once I start it?",
     "What causes high blood pressure in young adults?"),
    ("My daughter is 8 and has been diagnosed with ADHD after a long assessment. "
     "The paediatrician suggested methylphenidate. She's already a fussy eater and very skinny. "
     "What side effects does it have in children? We're worried about her appetite.",
     "How is ADHD diagnosed in children?"),
    ("I'm 25 with psoriasis on my scalp, diagnosed a couple of years ago. "
     "It's flaky and itchy and people notice the flakes on my black work shirt. "
     "Head and Shoulders does nothing. What shampoo or treatment works for scalp psoriasis?",
     "Is psoriasis contagious?"),
    ("My mum had a stroke 2 weeks ago. She's 71 and is still in hospital. "
     "She's got weakness on her right side and her speech is affected, she gets frustrated trying to find words. "
     "How much will she recover and how long does recovery take?",
     "How can strokes be prevented?"),
]

PASSING_MENTION = [
    ("My dad had a heart attack at 55 so I'm careful about my health. I'm 40 now. "
     "I've been getting sharp pains in my lower right abdomen for 2 days, worse when I walk, and I feel sick and off my food. "
     "Could this be appendicitis and do I need to go to A&E?",
     "What are the warning signs of a heart attack?"),
    ("I had glandular fever at 16, which knocked me out for months. I'm 30 now. "
     "Recently my finger joints have been swollen and painful in the mornings and I struggle to open jars. "
     "What could cause swollen finger joints?",
     "How long does glandular fever last?"),
    ("My sister has coeliac disease so we're all a bit aware of it. "
     "My 10 month old son has had a red rash on his cheeks and the creases of his elbows for a couple of months, it's dry and he scratches until it bleeds. "
     "The GP said eczema. How can I treat his eczema?",
     "Is coeliac disease genetic?"),
    ("I'm 35. I had gestational diabetes with my son 5 years ago, but it went after the birth. "
     "Now I've got a burning pain when I pee and I'm going all the time, it started yesterday. "
     "Is this a UTI, and do I need antibiotics?",
     "Does gestational diabetes increase the risk of type 2 diabetes?"),
    ("My mum has Alzheimer's and I'm her main carer, which is stressful. "
     "Lately I've been getting terrible headaches at the end of the day, tightness like a band around my head. "
     "I'm 52 and don't usually get headaches. What can I take for these tension headaches?",
     "What are the stages of Alzheimer's disease?"),
    ("I broke my leg skiing 10 years ago and had a plate put in. "
     "I'm going for an MRI for my back pain next week and I'm claustrophobic. "
     "What happens during an MRI scan and how long does it take?",
     "How long does a broken tibia take to heal?"),
    ("We're going to Thailand in October for our honeymoon. My husband had hepatitis A as a child. "
     "I'm worried about getting dengue fever because I read there was an outbreak in the south. "
     "How can I protect myself from dengue?",
     "Is hepatitis A vaccine needed if you have had the infection?"),
    ("My 6 year old had grommets put in last year for glue ear and is fine now. "
     "Now he's had a high fever and vomiting for 24 hours, and he's really sleepy and floppy. "
     "When should I take him to hospital with a fever?",
     "How long do grommets stay in?"),
    ("I'm on the pill (Microgynon) and have been for 8 years. "
     "I have a really bad toothache, I think a wisdom tooth is coming through. The gum at the back is swollen and it hurts to chew. "
     "What can I do for the pain until I see the dentist next week?",
     "Long-term effects of taking the combined pill"),
    ("My grandad died of bowel cancer so I know that runs in some families. "
     "I'm 30 and have had heartburn most days for a month, burning in my chest after eating, especially pizza. "
     "What can I do to get rid of it?",
     "Is bowel cancer inherited?"),
    ("I have an underactive thyroid, well controlled on levothyroxine for years. "
     "I've just found out I'm 7 weeks pregnant and I've got horrendous morning sickness, vomiting 5 times a day. "
     "I can barely keep water down. How can I manage the sickness?",
     "What is the treatment for hypothyroidism?"),
    ("My son had Kawasaki disease when he was 2 and recovered completely. He's 12 now and plays football. "
     "He twisted his knee yesterday in a tackle, it's swollen and he can't straighten it. "
     "Does he need an x-ray?",
     "What are the long-term effects of Kawasaki disease?"),
    ("My wife has MS and takes a lot of medication, so I do most of the heavy lifting at home. "
     "I'm 45 and I've started getting pain in my shoulder when I lift my arm above my head. I also play tennis on Sundays. "
     "What is causing this shoulder pain?",
     "What are the early signs of multiple sclerosis?"),
    ("My mother had breast cancer 15 years ago and is fine now. I'm 38. "
     "I've been feeling low and tearful for months and can't enjoy anything, not even my kids. I'm not sleeping. "
     "Should I see my GP about depression?",
     "Breast cancer screening for women with a family history"),
    ("I had a DVT in my leg 4 years ago after a long flight but I'm off blood thinners now. "
     "I'm 50 and recently my hands go numb and tingly at night, especially my thumb and first two fingers. "
     "Shaking them helps. What could be causing the numbness?",
     "What is the risk of DVT after a long-haul flight?"),
    ("My toddler has a peanut allergy and we carry an EpiPen everywhere. "
     "He's 3 and has had diarrhoea for 10 days now. He's eating and drinking ok and playing. "
     "How long is too long for toddler diarrhoea?",
     "How to use an adrenaline auto-injector"),
    ("I'm 60. I had my gallbladder removed 5 years ago. "
     "For the past month I've been having trouble sleeping, I wake at 4 every morning and can't get back to sleep. "
     "I've retired recently if that matters. What can I do to sleep better?",
     "What are the long-term effects of having your gallbladder removed?"),
    ("My dad has type 2 diabetes and he's a nightmare about his diet, but that's another story. I'm his daughter, 27. "
     "I've got a sore, red, swollen eyelid, it's like a small lump on the edge near my lashes. "
     "How do I get rid of a stye?",
     "Diet advice for people with type 2 diabetes"),
    ("My husband had his appendix out last year. "
     "Our 4 month old baby has a cough and runny nose, and her breathing seems fast, I can see her tummy sucking in. "
     "When should I worry about a baby's breathing?",
     "Recovery time after appendix removal"),
    ("I had chickenpox badly as a child and still have a couple of scars on my forehead. "
     "I'm 22 and I've got a cold sore on my lip, it's the first one I've ever had and it's huge. "
     "How long will it take to go?",
     "Can chickenpox scars be removed?"),
    ("I was treated for chlamydia 2 years ago. "
     "Now my period is 10 days late and I've done two negative tests. I'm 24 and stressed about my new job. "
     "Why is my period late if I'm not pregnant?",
     "Can chlamydia cause infertility?"),
]

RELATED_CONDITION = [
    ("My 2 year old has a temperature and blisters in her mouth and spots on her hands and feet. "
     "Nursery said there's a bug going round and the GP confirmed hand foot and mouth. "
     "I've got a newborn too. How long is hand foot and mouth disease contagious?",
     "How long is chickenpox contagious?"),
    ("I've been taking naproxen for my knee arthritis for a few months. I'm 62. "
     "I've started getting indigestion and a gnawing feeling in my upper stomach. "
     "Is naproxen bad for the stomach?",
     "Does paracetamol cause stomach ulcers?"),
    ("My son is 9 and his hay fever is terrible this year, sneezing, itchy eyes, runny nose. "
     "He's in the school football team and it's ruining his summer. "
     "Which antihistamine is best for children's hay fever?",
     "How is allergic conjunctivitis treated?"),
    ("I'm 45 and I think I've got a frozen shoulder, the physio thinks so too. "
     "I can't lift my arm to brush my hair and it aches terribly at night. "
     "How long does frozen shoulder last?",
     "How long does a rotator cuff tear take to heal?"),
    ("Hi, I'm 30 and I get these red, flushed cheeks and little bumps on my nose and cheeks. "
     "It's worse with wine and spicy food, and the dermatologist said rosacea. "
     "How do I treat rosacea?",
     "How is acne treated in adults?"),
    ("My mother takes warfarin for AF. She's 77. "
     "She loves grapefruit and cranberry juice and eats a lot of spinach from her garden. "
     "Are there foods she needs to avoid on warfarin?",
     "Foods to avoid when taking apixaban"),
    ("My husband (50) has been told he has type 2 diabetes. "
     "His feet are tingling and he's a roofer so he's on them all day in heavy boots. "
     "What is the best way to look after his feet?",
     "How is Raynaud's phenomenon treated?"),
    ("My 15 year old daughter has been diagnosed with anorexia. She's lost so much weight and is cold all the time. "
     "We've been referred to CAMHS. What treatment will she get?",
     "How is binge eating disorder treated?"),
    ("I'm 26 and I have ulcerative colitis. I've had a flare with blood in my poo for a week. "
     "My consultant has upped my mesalazine. "
     "What diet should I follow during a flare?",
     "Diet for Crohn's disease"),
    ("My mum has just been prescribed co-codamol for her back pain. She's 70. "
     "It works but she's scared of getting hooked. "
     "Is it safe to take co-codamol long term?",
     "Is it safe to take tramadol long term?"),
    ("I'm 33 weeks pregnant and I've been itching like mad on my hands and feet, especially at night. No rash. "
     "My sister had obstetric cholestasis with her second. "
     "Is it obstetric cholestasis, and how do they test for it?",
     "What is pre-eclampsia?"),
    ("My son is 4 and has had a barking cough and noisy breathing at night. "
     "The GP said croup and gave him a steroid. We're supposed to go to a birthday party on Saturday. "
     "Is croup contagious?",
     "Is whooping cough contagious?"),
    ("I'm 55 and have just been diagnosed with osteoarthritis in my knees. "
     "I'm a keen walker and don't want to give it up. "
     "What exercises can I do for knee osteoarthritis?",
     "Exercises for rheumatoid arthritis"),
    ("My dad has been told he had a TIA. He's 68 and his speech went funny for ten minutes. "
     "They've started him on clopidogrel and a statin. "
     "What is the risk of a stroke after a TIA?",
     "What is the risk of a heart attack after angina?"),
    ("I've been prescribed fluoxetine for depression. I'm 24. "
     "It's been 10 days and I don't feel any different, just a bit jittery. "
     "How long does fluoxetine take to start working?",
     "How long does it take for mirtazapine to work?"),
    ("My toddler (2) has a red rash on her cheeks like she's been slapped, and a bit of a cold. "
     "The pharmacist said slapped cheek. My sister is pregnant and was round last week. "
     "Is slapped cheek syndrome dangerous?",
     "Is scarlet fever dangerous?"),
    ("I'm 40 and have gout in my big toe, this is the third attack this year. "
     "The GP wants me on allopurinol for life. "
     "What are the side effects of allopurinol?",
     "What are the side effects of colchicine?"),
    ("I've had a sore throat and tiredness for 2 weeks. I'm 18. "
     "The blood test came back and the doctor said glandular fever. I start uni in a month. "
     "How long will glandular fever last?",
     "How long does strep throat last?"),
    ("My dad (66) has been diagnosed with COPD. He's been prescribed inhalers. "
     "The respiratory nurse mentioned a course at the local leisure centre. "
     "What is pulmonary rehabilitation and would it help?",
     "What is cardiac rehabilitation?"),
    ("My baby (7 weeks) has a thick, yellow, crusty scalp, it's flaking off onto her sheets. "
     "She doesn't seem bothered by it. "
     "How do you treat cradle cap?",
     "How is ringworm of the scalp treated?"),
    ("I'm 37 and just been diagnosed with an overactive thyroid (Graves'). My eyes are bulging a bit and I've lost half a stone. "
     "My heart races all the time. How is Graves' disease treated?",
     "How is Hashimoto's thyroiditis treated?"),
]

SIDE_QUESTION = [
    ("My son is 5 and has had a fever of 39.5 for 3 days. He's lethargic and not drinking much. "
     "I've been giving him Calpol, by the way do I need to wake him up at night to give it? "
     "Mostly I want to know when a fever in a child means we should go to the hospital.",
     "Should you wake a sleeping child to give fever medicine?"),
    ("I'm 34 and have been having panic attacks for 2 months, heart racing, can't breathe, feel like I'm dying. "
     "I've stopped drinking coffee, does caffeine even make anxiety worse? "
     "But my main question is what treatment is available for panic attacks.",
     "Does caffeine make anxiety worse?"),
    ("My mum is 80 and has just had a hip replacement. She's home now with a frame. "
     "She's asking if she can sleep on her side, I'm not sure. "
     "What I really need to know is how we can help her recover at home and get walking again.",
     "What position should you sleep in after a hip replacement?"),
    ("I have a 2 week old and I'm struggling with breastfeeding, it's so painful and he's not back to his birth weight yet. "
     "Also, can I drink coffee while breastfeeding? I'm running on empty. "
     "How can I tell if he's getting enough milk?",
     "Is it safe to drink caffeine while breastfeeding?"),
    ("I'm going to India for 3 weeks with work, Delhi and Mumbai. I had a hepatitis A jab years ago, does that need a booster? "
     "But what I really want to know is how to avoid getting traveller's diarrhoea, I got it badly in Egypt.",
     "Do you need a booster for the hepatitis A vaccine?"),
    ("I'm 28 and I have heavy periods that last 8 days, I'm always exhausted and flooding at night. "
     "I think I'm anaemic, I'm taking iron - should I be having it with orange juice? "
     "What can be done about heavy periods?",
     "Does vitamin C help iron absorption?"),
    ("My husband tore his calf muscle playing squash, heard a pop. He's 42. "
     "He's using crutches, is that right or should he walk on it? "
     "How long until he can play squash again? He's desperate to get back.",
     "Should you use crutches after a calf strain?"),
    ("My 6 year old has asthma and has been using her blue inhaler more this winter, nearly every day. "
     "She also had the flu vaccine this year, is the nasal spray one okay for asthmatic children? "
     "What can we do to get her asthma under better control?",
     "Can children with asthma have the nasal flu vaccine?"),
    ("I've just been diagnosed with high cholesterol, total 7.2. I'm 49. "
     "Can I still eat eggs? I have two every morning. "
     "My main question is whether I need to go on statins or if diet alone can lower it.",
     "Are eggs bad for cholesterol?"),
    ("My 3 month old has bad eczema on her face and body, it's red and weepy in places. "
     "Does she need special washing powder? "
     "What creams are safe to use on a baby with eczema?",
     "Which laundry detergent is best for eczema?"),
    ("I'm 65 and have been getting pain in my calves when I walk, which goes when I rest after a few minutes. I'm a smoker. "
     "Should I be wearing compression socks? "
     "What could be causing this pain in my legs when I walk?",
     "Do compression stockings help leg pain?"),
    ("I'm 31 and just found out I'm pregnant, about 5 weeks. I'd been drinking on weekends before I knew, a bottle of wine some nights. "
     "Can I still dye my hair? "
     "Will the alcohol I drank before I knew have harmed the baby?",
     "Is it safe to dye your hair during pregnancy?"),
    ("My teenage son has glandular fever. He's 16. He has exams in a month. "
     "Can he share drinks with his brother? "
     "How long will he feel this tired, will he be able to sit his exams?",
     "How is glandular fever spread?"),
    ("I've had lower back pain for 2 weeks after lifting a heavy box at work. I'm 38. "
     "Is a soft mattress or a firm one better for back pain? "
     "When should I see a doctor about back pain?",
     "What is the best mattress for back pain?"),
    ("My partner (29) had a seizure for the first time last night. He was out for about 2 minutes and bit his tongue. "
     "He's been told he can't drive for now, how long is that for? "
     "What could have caused a first seizure in an adult?",
     "Driving rules after a first seizure"),
    ("My 8 month old has a cold, snotty nose and cough. She's still feeding ok. "
     "Is it OK to use Vicks on a baby? "
     "How long does a cold last in babies?",
     "Is vapour rub safe for babies?"),
    ("I'm 52 and going through menopause. Hot flushes are the worst, 15 a day, I'm soaking my clothes at work. "
     "Will I put on weight? "
     "What are the best treatments for hot flushes?",
     "Does menopause cause weight gain?"),
    ("My father, 74, has been diagnosed with wet macular degeneration in one eye. "
     "Can he still drive? "
     "What is the treatment for wet macular degeneration?",
     "Can you drive with macular degeneration?"),
    ("I'm 27 and I have had diarrhoea and cramping for 3 weeks, sometimes with blood. "
     "I've lost some weight. I've stopped eating dairy, should I avoid spicy food too? "
     "What could cause blood in diarrhoea for this long?",
     "Foods to avoid with diarrhoea"),
    ("My daughter, 11, has been getting headaches every day after school for a month. "
     "Does she need her eyes tested? "
     "What causes daily headaches in children, and should I be worried?",
     "How often should children have an eye test?"),
    ("I'm 44 and I've been diagnosed with sciatica. The pain is shooting down my leg into my foot. "
     "Is it okay to fly on holiday next week with sciatica? "
     "What is the best treatment for sciatica?",
     "Is it safe to fly with sciatica?"),
]

OTHER_POPULATION = [
    ("I'm 35 and I've had a bad chesty cough for 3 weeks. I'm a smoker, 10 a day. "
     "I'm coughing up green stuff and wheezing at night, and I get out of breath on the stairs. "
     "Do I need antibiotics for a chest infection?",
     "Chest infections in children: when are antibiotics needed?"),
    ("I'm 45 and my doctor said my blood pressure is high, 155/100 on three visits. "
     "I'm a bit overweight and work long hours. "
     "What is the usual first treatment they start with?",
     "Treating high blood pressure in pregnancy"),
    ("My husband (40) has a fever of 39 and is aching all over, probably the flu that's going round his office. "
     "He's being a terrible patient. "
     "Should he take paracetamol or ibuprofen?",
     "Paracetamol or ibuprofen for a baby with a fever?"),
    ("I'm 50 and a blood test showed I'm low in vitamin D. It's winter and I work indoors all day. "
     "The GP said to buy some over the counter. "
     "How much vitamin D should I take a day?",
     "Vitamin D supplements for babies and young children"),
    ("I'm 28 and I have terrible constipation, going once a week if I'm lucky. "
     "I eat a lot of white bread and don't drink much water. It's been like this for months. "
     "What can I do to get things moving?",
     "Constipation during pregnancy"),
    ("My dad is 82 and has a UTI, the GP has prescribed antibiotics. He lives alone and I'm an hour away. "
     "What are the signs that a UTI is getting worse and he needs to be seen again?",
     "Urinary tract infections in children: symptoms"),
    ("I'm a 30 year old man and I've been diagnosed with iron deficiency anaemia. "
     "They're investigating why, but meanwhile I'm on ferrous fumarate. "
     "How long do iron tablets take to work?",
     "Iron deficiency anaemia in pregnancy"),
    ("My mum is 75 and has a bad case of shingles round her waist. "
     "She's in so much pain and is worried about the nerve pain lasting. "
     "What is the treatment for shingles in older people?",
     "Shingles in pregnancy: risks and treatment"),
    ("I'm a 30 year old man with acne on my back and shoulders. "
     "I go to the gym a lot and it gets worse when I sweat. It's stopping me taking my top off on holiday. "
     "What treatments work for body acne?",
     "Acne in newborn babies"),
    ("I'm 60 and just had a bad bout of food poisoning after a wedding buffet. "
     "The vomiting stopped yesterday and I'm starving. "
     "When is it safe to eat normally again?",
     "Feeding a toddler after gastroenteritis"),
    ("My wife (32) has been feeling sad and anxious for months, she's not sleeping, she's lost interest in everything. "
     "We don't have children and she's never been pregnant. "
     "What treatments are there for depression?",
     "Treatment for postnatal depression"),
    ("I'm 18 and I think I have an ear infection, my ear hurts, it's blocked and I can't hear well on that side. "
     "I went swimming a lot last week. "
     "Do I need antibiotics?",
     "Ear infections in babies under 6 months"),
    ("My grandad is 86 and has started having nosebleeds a lot, three this week. "
     "He takes aspirin every day. "
     "How do you stop a nosebleed and when should we go to hospital?",
     "Nosebleeds in children: what to do"),
    ("I'm 40 and I've got a migraine that won't go away, it's been two days. "
     "I usually get one a month but this one is stubborn. "
     "What can I take for migraines?",
     "Migraine treatment during pregnancy"),
    ("I'm 25 and I've been diagnosed with chickenpox, caught it off my nephew. I feel awful, fever and spots everywhere. "
     "What can I do to get better quicker, do adults get antivirals?",
     "How to treat chickenpox in children"),
    ("My elderly mother (84) has a heat rash on her back and under her breasts since the hot weather started. "
     "She lives in a care home and the rooms are very warm. "
     "How do I treat it?",
     "Heat rash in babies"),
    ("I'm a 35 year old man and I've been getting heartburn every night after dinner. "
     "I've been swigging Gaviscon from the bottle. "
     "Can I take Gaviscon every day?",
     "Heartburn in pregnancy: safe remedies"),
    ("I'm 19 and I've had tonsillitis five times this year, my throat is so swollen each time. "
     "It's affecting my uni work. "
     "Should I have my tonsils removed?",
     "Tonsillectomy in children"),
    ("My husband (55) has a bad cold and can't sleep because of the blocked nose. "
     "He snores like a train with it. He takes nothing else regularly. "
     "Which decongestant is best?",
     "Blocked nose in newborns: how to help"),
    ("I'm 70 and I've been advised by the practice nurse to get vaccinated against pneumonia. "
     "I had the flu jab last month. "
     "Is the pneumonia vaccine safe and how often do I need it?",
     "Pneumococcal vaccine for babies"),
    ("I'm a 38 year old woman and I have a UTI, burning and going every half hour. "
     "I've had them before. "
     "What antibiotics are usually given?",
     "Antibiotics for UTIs during pregnancy"),
]

NEGATIVES = (
    [(c, f, "other_type") for c, f in OTHER_TYPE]
    + [(c, f, "passing_mention") for c, f in PASSING_MENTION]
    + [(c, f, "related_condition") for c, f in RELATED_CONDITION]
    + [(c, f, "side_question") for c, f in SIDE_QUESTION]
    + [(c, f, "other_population") for c, f in OTHER_POPULATION]
)
