# Hand-written entailment items, label 0, five kinds.
# Answering the FAQ question does NOT answer the message's main question.
# Written one by one by writer 10.

OTHER_TYPE = [
    ("I'm 67 and I've got shingles on my left side, a band of blisters round my ribs. It started 2 days ago and it's really painful, burning. "
     "My neighbour says there's nothing you can do, it just has to run its course. Is there any treatment that will help?",
     "What causes shingles?"),
    ("My son is 9 and was just diagnosed with asthma after a few bad chest infections. We've been given a blue inhaler and a brown one. "
     "How does he use them and which one is for what?",
     "What are the symptoms of asthma in children?"),
    ("I was diagnosed with psoriasis at 30, I'm 36 now. It's on my elbows, knees and scalp and the creams have stopped working. "
     "What other treatments are there?",
     "Is psoriasis hereditary?"),
    ("My dad is 79 and the GP thinks he has heart failure after his ankles swelled and he got breathless. They're sending him for a scan. "
     "What's the outlook, how long do people live with it?",
     "What are the symptoms of heart failure?"),
    ("i think i have a UTI again, third one this year. burning, going all the time. i'm 27. "
     "why do i keep getting them?? is it something i'm doing?",
     "What antibiotics are used for a urinary tract infection?"),
    ("My daughter (22) was just diagnosed with endometriosis after a laparoscopy. She's been in agony with her periods for years. "
     "Will it affect her chances of having children later?",
     "How is endometriosis diagnosed?"),
    ("I've had gout twice in my big toe, both times after a weekend of beer and steak. I'm 48. "
     "What can I do to stop getting more attacks?",
     "What are the symptoms of a gout attack?"),
    ("My wife has been told she has an underactive thyroid and is starting levothyroxine. She's 35. "
     "What causes the thyroid to stop working like that? Nobody in her family has it.",
     "How should levothyroxine be taken?"),
    ("My 2 year old has had hand, foot and mouth for 3 days, blisters in her mouth and on her palms. She's miserable and not eating. "
     "How long does it usually last?",
     "How is hand, foot and mouth disease spread?"),
    ("I had a DVT in my calf after a long flight last year and was on blood thinners for 3 months. I'm 44. "
     "Am I more likely to get another one now?",
     "How is deep vein thrombosis treated?"),
    ("My mum (70) has just been told she has macular degeneration, the dry type. She's scared she'll go blind. "
     "What treatment is there for it?",
     "What are the risk factors for macular degeneration?"),
    ("i've been diagnosed with IBS, I'm 29. I get crampy pain and swing between constipation and diarrhoea. "
     "does IBS ever turn into anything more serious like cancer or crohns later on?",
     "What foods trigger irritable bowel syndrome?"),
    ("My son is 6 and has just been diagnosed with a squint, one eye turns in. The orthoptist is talking about patches. "
     "How does patching actually fix it?",
     "What causes a squint in children?"),
    ("I have hay fever every spring, I'm 33. I take cetirizine. "
     "Is hay fever something that can get better as you get older or will I have it forever?",
     "How are antihistamines used for hay fever?"),
    ("My husband (61) has been diagnosed with prostate cancer, caught early on a PSA test. The consultant mentioned surgery, radiotherapy or active monitoring. "
     "What are the side effects of surgery to remove the prostate?",
     "What are the early symptoms of prostate cancer?"),
    ("I'm 40 and I've got haemorrhoids, had them on and off since my pregnancies. They bleed a bit when I go. "
     "How can I get rid of them for good?",
     "What causes piles?"),
    ("My 15 year old has been diagnosed with glandular fever. His girlfriend is worried she'll catch it. "
     "How is it passed on? Can she get it from kissing him?",
     "How is glandular fever treated?"),
    ("I've had a frozen shoulder for 5 months, right side. I'm 52 and diabetic. Physio hasn't done much. "
     "How long does frozen shoulder last before it goes away?",
     "Why does diabetes increase the risk of frozen shoulder?"),
    ("My mum has just been diagnosed with Parkinson's at 68. The tremor in her hand is what made her go to the GP. "
     "What tablets will she be given and do they work?",
     "What are the first signs of Parkinson's disease?"),
    ("I had a migraine with aura for the first time last week and it scared me, I thought I was having a stroke. I'm 31. "
     "How do I know the difference between a migraine aura and a stroke?",
     "How can migraines be prevented?"),
    ("My 4 month old has eczema on her cheeks and in the creases of her arms. Our GP said it's atopic eczema. "
     "Is it caused by something she's eating through my breast milk?",
     "What moisturisers are best for eczema in babies?"),
    ("I'm 35 and have had tennis elbow for 3 months from my job as a plumber. "
     "Is it going to get better by itself if I keep working, or will it become permanent?",
     "What exercises help tennis elbow?"),
]

PASSING_MENTION = [
    ("My mum has type 2 diabetes so I'm always careful about sugar. But my question is about me: I'm 34 and I've had a rash in my armpits and groin for 3 weeks, red and itchy with a clear edge. "
     "What could it be and what should I put on it?",
     "How is type 2 diabetes managed?"),
    ("I had glandular fever when I was 16, I'm 30 now. For the last week I've had a really sore throat, white spots on my tonsils and a high temperature. "
     "Do I need antibiotics for tonsillitis?",
     "What are the long-term effects of glandular fever?"),
    ("My husband has high blood pressure and takes amlodipine. Our 6 year old daughter has been complaining of tummy aches every morning before school for a month. She's fine at weekends. "
     "What could be causing her tummy aches?",
     "What are the side effects of amlodipine?"),
    ("My dad died of a heart attack at 70, so I'm a bit paranoid about my health. I'm 39 and I've been getting a sharp pain on the left side of my chest when I press on it or twist. "
     "Could this be a pulled muscle or costochondritis?",
     "What are the warning signs of a heart attack?"),
    ("I was treated for depression in my twenties, I'm 45 now and doing fine. I've recently started snoring and waking with a dry mouth and headaches. "
     "What could be causing the morning headaches?",
     "What are the signs of a depression relapse?"),
    ("My sister has coeliac disease, diagnosed last year. I've been getting a swollen, tender spot at the base of my big toe joint and a bunion is forming. I'm 50 and wear heels for work. "
     "What can I do about the bunion?",
     "What is coeliac disease?"),
    ("I'm 28 and had my appendix out as a child. I've just found out I'm 6 weeks pregnant, my first, and I've got no idea what to expect. "
     "When will I have my first scan?",
     "What happens during an appendectomy?"),
    ("My grandmother had Alzheimer's and I looked after her for years. Now my 10 year old son is having trouble reading, mixing up letters and he gets really frustrated. "
     "How do I find out if he's dyslexic?",
     "Is Alzheimer's disease inherited?"),
    ("My partner has epilepsy but it's well controlled. I'm asking for myself though: I'm 33 and I've had a ringing in my right ear for two weeks since a cold. "
     "Is it likely to go away?",
     "What should you do when someone has a seizure?"),
    ("I have an underactive thyroid which is well controlled on levothyroxine. I'm 41. I've been getting a sharp pain in my heel first thing in the morning for about 2 months. "
     "Is this plantar fasciitis and how do I treat it?",
     "What are the symptoms of an underactive thyroid?"),
    ("My brother had testicular cancer when he was 25 and he's fine now. I'm 29 and I want to lose weight before my wedding. "
     "Is intermittent fasting a safe way to do it?",
     "What are the symptoms of testicular cancer?"),
    ("My mum had breast cancer ten years ago and is in remission. I'm 36 and for the past few months I've been getting heavy periods with clots. "
     "What could be causing the heavy bleeding?",
     "What are the survival rates for breast cancer?"),
    ("I'm 24 and I had chickenpox really badly as a kid, still have scars. I'm going to Thailand and want to know about jabs. "
     "Which vaccines do I need for Southeast Asia?",
     "Can chickenpox scars be removed?"),
    ("My little girl had a febrile seizure at 18 months but she's 4 now and fine. She's got a wobbly tooth that's been loose for ages and the adult one is coming through behind it. "
     "Should I take her to the dentist to have the baby tooth pulled?",
     "What is a febrile convulsion?"),
    ("Our dog was diagnosed with Lyme disease last summer which made me nervous. But my question: I'm 52 and I've had a dry cough for 6 weeks since a cold. Not a smoker. "
     "When should a cough that won't go away be checked?",
     "What are the symptoms of Lyme disease in humans?"),
    ("My husband had a kidney stone last year and said it was the worst pain he's ever had. I'm 44 and my question is about me: I've been getting hot flushes and night sweats and my periods are all over the place. "
     "Should I think about HRT?",
     "How can kidney stones be prevented?"),
    ("I had a miscarriage two years ago but now I have a healthy 6 month old. He's started waking up every 2 hours at night again after sleeping well. "
     "Is this a sleep regression and how do I get him sleeping again?",
     "What causes early miscarriage?"),
    ("My father has COPD from years of smoking. I'm 37, non-smoker, and I've started getting really itchy eyes and sneezing every time I visit my friend who has cats. "
     "Can you develop a cat allergy as an adult?",
     "How is COPD treated?"),
    ("Ten years ago I had a bad episode of anorexia at university. I'm 31, recovered, and now trying for a baby. "
     "Should I be taking folic acid, and how much?",
     "What are the long-term health effects of anorexia?"),
    ("My mother-in-law has osteoporosis and is always telling me to drink milk. Our son is 2 and won't drink milk at all, he just refuses it. "
     "How else can he get enough calcium?",
     "How is osteoporosis diagnosed?"),
    ("I've had asthma since I was a kid but it's mild. I'm 27 and I've just started a new job on night shifts and I can't sleep during the day at all. "
     "How can I get better sleep when working nights?",
     "How is asthma managed in adults?"),
]

RELATED_CONDITION = [
    ("My 4 year old has a barking cough at night, sounds like a seal, and a hoarse voice. She's got a bit of a temperature. "
     "Is this croup and what should I do for her?",
     "How is whooping cough treated in children?"),
    ("I'm 31 and I've been diagnosed with ulcerative colitis. I'm on mesalazine. "
     "What should I eat during a flare?",
     "What diet is recommended for Crohn's disease?"),
    ("My husband has been prescribed apixaban for atrial fibrillation. He's 72. "
     "Does he need regular blood tests to check his levels?",
     "How often is INR monitored on warfarin?"),
    ("I'm 26 and I've got a cold sore on my lip, the first one I've ever had. "
     "How long am I contagious for?",
     "How long is genital herpes contagious?"),
    ("i've had really bad vertigo for 2 days, the room spins when I turn my head in bed. I'm 58. my doctor thinks it's BPPV. "
     "what exercises can I do to fix it?",
     "How is Meniere's disease treated?"),
    ("My son is 14 and I think he might have hay fever, sneezing and itchy eyes every June. "
     "What's the best antihistamine for a teenager?",
     "What is the treatment for allergic conjunctivitis from contact lenses?"),
    ("I'm 45 and my doctor has said I have prediabetes after a blood test. My HbA1c was 44. "
     "Can I reverse it before it turns into diabetes?",
     "Can type 1 diabetes be reversed?"),
    ("I'm 29, I've had a few episodes of pins and needles and numbness in my hand, mainly at night, thumb and first two fingers. I work on a computer all day. "
     "Could this be carpal tunnel syndrome?",
     "What are the symptoms of cubital tunnel syndrome?"),
    ("My mum is 66 and she's just been diagnosed with rheumatoid arthritis. The rheumatologist wants to start methotrexate. "
     "What side effects does methotrexate have?",
     "What are the side effects of hydroxychloroquine?"),
    ("I think I have a stye on my eyelid, it's red and sore at the edge near my eyelashes. I'm 34. "
     "How do I get rid of it?",
     "How is blepharitis treated?"),
    ("I'm 38 and have been diagnosed with an overactive thyroid, Graves' disease. I've lost weight and my heart races. "
     "What are the treatment options?",
     "How is Hashimoto's thyroiditis treated?"),
    ("My daughter is 19 and has been diagnosed with PCOS. Her periods are irregular and she has some facial hair. "
     "Will she be able to get pregnant when she wants to?",
     "Does endometriosis cause infertility?"),
    ("i'm on sertraline 100mg and my gp wants to switch me to something else because of side effects. "
     "what are the side effects of coming off sertraline?",
     "What are the withdrawal effects of stopping venlafaxine?"),
    ("I'm 55 and I've been told I have osteopenia on a bone density scan. I'm not on any treatment yet. "
     "Does it always turn into osteoporosis?",
     "What causes osteomalacia?"),
    ("My 6 year old has a scaly, round itchy patch on his arm that's getting bigger, with a clear middle. His friend at school had ringworm. "
     "What cream should I use?",
     "How is impetigo treated?"),
    ("I have a painful red swelling next to my fingernail, it's full of pus. I bite my nails. I'm 23. "
     "How do I treat a paronychia?",
     "How is a fungal nail infection treated?"),
    ("I'm 63 and my doctor has prescribed amlodipine for my blood pressure. I've heard they can cause swelling. "
     "What are the side effects of amlodipine?",
     "What are the side effects of bendroflumethiazide?"),
    ("My son is 3 and keeps getting tonsillitis, maybe 6 times this year. He snores a lot too. "
     "Will he need his tonsils out?",
     "When are adenoids removed in children?"),
    ("My partner was diagnosed with hepatitis C from a blood test. He's 42. "
     "Is there a cure for it now?",
     "Is there a cure for hepatitis B?"),
    ("I'm 70 and I have angina. I use a GTN spray when I get chest pain walking uphill. "
     "How often can I use the spray when I get an attack?",
     "How should isosorbide mononitrate tablets be taken?"),
    ("I've got a lump in my groin that pops out when I cough or lift things, then goes back in when I lie down. I'm 48, male. "
     "Is this an inguinal hernia and does it need an operation?",
     "How is a hiatus hernia treated?"),
]

SIDE_QUESTION = [
    ("I'm 35 and I've been getting terrible headaches every day for three weeks, worse in the morning, and sometimes I'm sick. I've never had headaches like this before. "
     "Should I be worried about this, do I need to see someone? Also, is it ok to take paracetamol and ibuprofen together in the meantime?",
     "Can you take paracetamol and ibuprofen at the same time?"),
    ("My 10 month old has been pulling at his ear and crying a lot, and he had a temperature of 38.5 last night. "
     "Does he need antibiotics for an ear infection? And by the way, when should his first tooth come through, there's still none?",
     "When do babies start teething?"),
    ("I'm 40 and I found out I'm pregnant with my third. I'm worried about the risks at my age, especially Down's syndrome. "
     "What tests are available to check for it? Also, can I still dye my hair?",
     "Is it safe to dye your hair during pregnancy?"),
    ("My dad is 82 and has become really confused over the last two days, he doesn't know where he is and is seeing things. He was fine last week. "
     "What could cause confusion to come on so suddenly? Separately, he's due his flu jab, should he still have it?",
     "Should older adults have the flu vaccine every year?"),
    ("i'm 19, been on the implant for 2 years. for the past 3 months ive been bleeding on and off pretty much constantly and its driving me mad. "
     "what can i do to stop the bleeding? also random q but does the implant expire after 3 years exactly?",
     "How long does the contraceptive implant last?"),
    ("My wife is 33 weeks pregnant and has really bad itching on her hands and feet, especially at night, no rash. "
     "Is this something serious? Oh and can she use bio-oil on her bump for stretch marks?",
     "Can stretch marks in pregnancy be prevented?"),
    ("I've just been told my cholesterol is 7.2 and my doctor wants me on a statin. I'm 58. I'm nervous about side effects. "
     "Do I really need a statin or can I lower it with diet alone? Also I heard grapefruit doesn't mix with statins?",
     "Does grapefruit interact with statins?"),
    ("My 3 year old has had a cough and a high temperature for 4 days, now she's breathing fast and her tummy sucks in under her ribs. "
     "Should I take her to hospital or wait for the GP tomorrow? We also have a cat, could that be making it worse?",
     "Can pet allergies cause coughing in children?"),
    ("I'm 45 and I've had blood in my poo on and off for a month, bright red, and my bowels have become looser. "
     "Could this be bowel cancer? I've also got piles, is it safe to use the cream from the chemist long term?",
     "Can haemorrhoid cream be used long-term?"),
    ("I'm 24 and I've been feeling really down for months, not enjoying anything, sleeping all day. I've started thinking there's no point. "
     "How do I get help for depression? Also, can St John's wort help?",
     "Is St John's wort effective for depression?"),
    ("My mum is 65 and has a sore red swollen calf after a long coach trip. It's warm and tender. "
     "Could it be a blood clot and what should she do? She also wants to know if compression socks are worth buying for the next trip.",
     "Do compression stockings help prevent blood clots when travelling?"),
    ("We just got back from Spain and my 8 year old has a red swollen eye, the lid's puffy and it hurts when he moves it, and he's got a temperature. "
     "Is this an emergency? Also, do kids need sunglasses for UV protection?",
     "Should children wear sunglasses?"),
    ("I'm 37 and I found a lump in my neck on the right side, it's been there for 5 weeks and isn't going down. Not painful. "
     "What could it be and do I need a scan? Random but my neck is also stiff from sleeping badly, any stretches?",
     "What exercises help relieve a stiff neck?"),
    ("My newborn is 10 days old and he's not been feeding well, very sleepy and he felt hot, 38.2. "
     "Is this something that needs the hospital? And how often should I be bathing him?",
     "How often should a newborn be bathed?"),
    ("i'm 52 and started getting chest tightness when I walk up hills, goes away when I stop. my dad had heart disease. "
     "is this angina and how urgent is it? also should I stop drinking coffee?",
     "Should people with heart disease avoid coffee?"),
    ("My 16 year old daughter hasn't had a period yet. She's very sporty and quite slim. All her friends started ages ago. "
     "Should we see a doctor about it? She also asked whether she can use tampons when she does start swimming on her period.",
     "Can teenagers use tampons?"),
    ("I've been diagnosed with gestational diabetes at 26 weeks. I'm 31. "
     "What will happen with my birth, will I need to be induced early? Also, are sweeteners like aspartame safe in pregnancy?",
     "Are artificial sweeteners safe during pregnancy?"),
    ("My 70 year old husband has suddenly lost vision in his left eye, like a curtain coming down, about an hour ago. "
     "What should we do? He also asked me if his cataract op next year will still go ahead.",
     "When is cataract surgery delayed or cancelled?"),
    ("I'm 28 and have been having really painful periods that make me miss work, and pain during sex. The pill hasn't helped. "
     "Could I have endometriosis and how is it diagnosed? Also I'm vegan, is that affecting my iron?",
     "How can vegans get enough iron?"),
    ("My 5 year old swallowed some of my iron tablets, maybe 4 or 5, about 20 minutes ago. He seems fine. "
     "What should I do? And where's the best place to keep medicines so this doesn't happen again?",
     "How should medicines be stored safely at home?"),
    ("I'm 44 and was bitten by a dog at the park, it broke the skin on my hand and it's bleeding. The owner said the dog is vaccinated. "
     "Do I need antibiotics or a tetanus jab? Also, is it normal for it to bruise?",
     "Why do bruises change colour?"),
]

OTHER_POPULATION = [
    ("I'm 32 and I have a fever of 38.8, achy all over, and a cough. I think it's the flu. "
     "How long should I stay off work and what can I take to feel better?",
     "How is flu treated in young children?"),
    ("I'm 45 and I've been diagnosed with iron deficiency anaemia. I've been given ferrous sulphate. "
     "How long does it take for iron levels to come back up?",
     "How is iron deficiency anaemia treated in pregnancy?"),
    ("My husband is 50 and he's been struggling with insomnia for months, lying awake till 3am. "
     "Is melatonin a safe option for him to try?",
     "Is melatonin safe for children?"),
    ("I'm 27, not pregnant, and I've got really bad heartburn after meals. "
     "What can I take for it?",
     "What heartburn remedies are safe during pregnancy?"),
    ("My dad is 75 and has a UTI, he's been a bit confused and running a temperature. The GP has given antibiotics. "
     "How long should it take for him to get better?",
     "How are urinary tract infections treated in babies?"),
    ("I'm 34 and I've got a really bad back after lifting boxes when we moved house. "
     "What painkillers are best for back pain?",
     "Which painkillers can be used for back pain during pregnancy?"),
    ("My 70 year old mum has chickenpox, she never had it as a child and caught it from my son. "
     "Is it more dangerous at her age and does she need treatment?",
     "How can you ease chickenpox symptoms in children?"),
    ("I'm 38 and I want to start running again after years of being sedentary. I'm a bit overweight. "
     "How should I build up safely?",
     "How much physical activity do teenagers need?"),
    ("I'm 29 and I've been having constipation for a couple of weeks, only going every 4 days. I've changed jobs and my diet's gone downhill. "
     "What can I do to get things moving?",
     "How do you treat constipation in a baby?"),
    ("My partner is 41 and has had diarrhoea and vomiting since yesterday. Probably a stomach bug from work. "
     "How do I stop him getting dehydrated?",
     "How do you prevent dehydration in a toddler with diarrhoea?"),
    ("I'm 60 and just been told I need to take a daily low-dose aspirin after my heart stent. "
     "What side effects should I watch for?",
     "Why is aspirin given during pregnancy for pre-eclampsia?"),
    ("I'm a 30 year old man and I've been getting acne on my back and shoulders since I started going to the gym. "
     "What's the best way to treat it?",
     "How is acne treated in pregnancy?"),
    ("My 35 year old sister has just been diagnosed with hypothyroidism. "
     "What dose of levothyroxine do adults usually start on?",
     "How is congenital hypothyroidism treated in newborns?"),
    ("I'm 55 and I've got a cold sore outbreak every few months. "
     "Is there a tablet I can take to stop them coming back?",
     "What should you do if a newborn baby is exposed to a cold sore?"),
    ("I'm 26 and I've got hay fever. I usually take loratadine. "
     "Can I take it every day for the whole summer?",
     "Which antihistamines are safe while breastfeeding?"),
    ("My husband is 47 and his doctor says his BMI is 34. He's decided he needs to lose weight. "
     "What's a realistic amount to lose per week?",
     "How can parents help an overweight child lose weight?"),
    ("I'm 68 and have been told I need the shingles vaccine. "
     "Is it safe for someone my age and what side effects are there?",
     "When do children get the chickenpox vaccine?"),
    ("I'm 33, not pregnant or breastfeeding, and I've got a chest infection. The doctor gave me clarithromycin. "
     "Can I drink alcohol while taking it?",
     "Which antibiotics are safe to take while pregnant?"),
    ("My 72 year old father is losing weight without trying, about a stone over 4 months, and he's not eating much. "
     "When should we be worried about weight loss in someone his age?",
     "What does it mean if a baby is not gaining weight?"),
    ("I'm 36 and I've had thrush three times this year. "
     "What's the best treatment and can I buy it without a prescription?",
     "How is vaginal thrush treated in pregnancy?"),
    ("I'm 40 and I want to take a long-haul flight to Australia next month. I've had no health problems. "
     "How do I avoid DVT on a long flight?",
     "Is it safe to fly during pregnancy?"),
]
