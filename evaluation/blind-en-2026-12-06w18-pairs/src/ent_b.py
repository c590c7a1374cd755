# Hand-written entailment items, label 1 (kind: entails), part B.
ENTAILS_B = [
    ("I'm 35 and for the past month I've been seeing a wavy, distorted patch in the middle of my vision in my right eye. "
     "Straight lines like door frames look bent. I'm very short sighted, around -9. "
     "My optician wants me to see the hospital eye clinic urgently. What could cause straight lines to look wavy like this?",
     "What causes metamorphopsia?"),
    ("My 8 year old daughter keeps squinting at the TV and sitting really close to it. "
     "Her teacher says she can't read the board from the back of the class. "
     "Neither me nor her dad wear glasses. At what age should kids have their eyes tested and how often?",
     "How often should children have eye examinations?"),
    ("For the past two years I've had a blocked nose on both sides that never clears, and I've lost most of my sense of smell. "
     "Nasal sprays helped a bit at first. I also have asthma. "
     "The ENT doctor looked up my nose with a camera and said I have polyps. How are these treated?",
     "What is the treatment for nasal polyps?"),
    ("ive had a ringing in my left ear only for about 3 months, my right ear is fine. "
     "i also think i cant hear as well on the phone on that side. im 44, no loud music or anything. "
     "my wife says i'm making a fuss. should this be checked out?",
     "When should one-sided tinnitus be investigated?"),
    ("My father, 66, had a heart attack three weeks ago and had two stents put in. "
     "He's home and feeling well but he's frightened to do anything, even walk to the shops. "
     "He used to play golf twice a week. The hospital mentioned a rehab programme. "
     "How much activity is safe for him now and how should he build it up?",
     "What does cardiac rehabilitation involve after a heart attack?"),
    ("Hi, I'm 39 and I've started getting a fluttering in my chest and sometimes a feeling my heart skips a beat, mostly in the evening when I'm resting. "
     "I drink about 4 coffees a day and I'm under a lot of stress. I had an ECG at the GP which was normal. "
     "Are these extra beats something to worry about?",
     "Are ectopic beats dangerous?"),
    ("My home blood pressure readings are always around 125/80 but every time I go to the surgery it's 155/95. "
     "My doctor now wants to start me on tablets. I honestly think it's just nerves when I'm there. "
     "Is this a recognised thing, and how do doctors decide if it's real high blood pressure?",
     "What is white coat hypertension?"),
    ("I'm 71 and was told I have atrial fibrillation after a check-up found an irregular pulse. "
     "The doctor wants me to start a blood thinner called apixaban. I feel perfectly well and I'm worried about bleeding. "
     "Why do I need a blood thinner when my heart feels fine?",
     "Why is anticoagulation recommended in atrial fibrillation?"),
    ("Our 5 year old son has asthma and uses a brown and a blue inhaler with a spacer. "
     "He's had a cold for two days and tonight he's wheezy and coughing a lot. "
     "The asthma nurse gave us a plan but I've lost it. How many puffs of the blue one can I give him during a bad spell and when is it an emergency?",
     "How should an asthma attack in a child be managed at home?"),
    ("I'm a 60 year old ex smoker, stopped 5 years ago after 40 years. "
     "I get breathless going up one flight of stairs and have a cough with phlegm most mornings. "
     "The doctor has booked me for a breathing test and mentioned COPD. What is the test and what does it show?",
     "How is spirometry used to diagnose COPD?"),
    ("I had a chest infection a month ago and took antibiotics. The fever is long gone and I feel mostly fine. "
     "But I still have a dry tickly cough, mostly at night and when I talk a lot. It's driving my wife mad. "
     "How long is it normal for a cough to go on after a chest infection?",
     "How long does a post-infectious cough last?"),
    ("Hello, I'm 47 and have been getting burning in my chest and an acid taste in my mouth after meals for about a year. "
     "It's worse when I lie down or bend over. Gaviscon helps for a while. "
     "I'd rather not take tablets long term. What changes to my diet and habits would actually help?",
     "What lifestyle changes help with acid reflux?"),
    ("My 28 year old daughter has had diarrhoea, bloating and tummy cramps for months and she's lost weight. "
     "Her blood test came back positive for coeliac antibodies and she's been referred for a camera test. "
     "She's already cut out bread because she feels better without it. Should she keep eating gluten until the test?",
     "Should gluten be eaten before a coeliac disease biopsy?"),
    ("I've had IBS for years. My main problem is bloating and alternating constipation and loose stools. "
     "A friend said a low FODMAP diet helped her. I've looked it up and it seems very complicated. "
     "What is it exactly and how do you do it?",
     "What is the low FODMAP diet?"),
    ("Im 33 and had a sudden agonising pain in my right side going down to my groin last night. "
     "I was rolling around and couldn't get comfortable. A&E did a scan and found a 4mm kidney stone. "
     "They sent me home with painkillers and said it should pass. How long will it take to come out?",
     "How long does it take to pass a kidney stone?"),
    ("My mum is 74 and her recent blood test showed her kidney function is at stage 3. "
     "Nobody explained much, the GP just said to keep an eye on it. She's diabetic and has high blood pressure. "
     "We're worried she'll need dialysis. What does stage 3 actually mean?",
     "What is stage 3 chronic kidney disease?"),
    ("I'm 31 and I've been feeling shattered, cold all the time, my hair is thinning and I've put on half a stone without changing anything. "
     "My periods have also become heavier. My sister has an underactive thyroid. "
     "I've asked my GP for a blood test. What would they be looking for?",
     "What blood tests are used to diagnose hypothyroidism?"),
    ("My husband was diagnosed with type 2 diabetes last month. His HbA1c was 58. "
     "He's been told to lose weight and they've started metformin. He's heard people can get rid of diabetes with a diet. "
     "Is it really possible for type 2 to go away?",
     "Can type 2 diabetes go into remission?"),
    ("My 13 year old is quite a bit shorter than all her friends and hasn't started developing at all yet. "
     "I was a late bloomer too, I started my periods at 15. "
     "Her grandma keeps saying we should take her to a doctor. At what point is it considered late?",
     "What is delayed puberty in girls?"),
    ("For about 6 months I've had pain in both hands, especially the knuckles and wrists, and they're very stiff for over an hour each morning. "
     "Some days they're puffy too. I'm 42 and work as a hairdresser. "
     "My GP mentioned rheumatoid arthritis and did some bloods. How is it confirmed?",
     "How is rheumatoid arthritis diagnosed?"),
    ("I'm 56 and have had knee pain for years, worse on stairs. X ray shows osteoarthritis. "
     "My surgeon says I could have a knee replacement but I'm young and I'm scared of the operation. "
     "I've heard about steroid injections and physio. What are the options apart from surgery?",
     "What are non-surgical treatments for knee osteoarthritis?"),
    ("Hello, I'm 38 and have had low back pain for 4 days after lifting a heavy box. "
     "It doesn't go down my legs and I have no numbness, I can go to the toilet fine. "
     "My mum thinks I should stay in bed. My colleague says keep moving. What is the best thing to do?",
     "Is bed rest recommended for acute low back pain?"),
    ("I'm 49 and my periods have become all over the place. I'm getting hot flushes several times a day and waking up soaked. "
     "I'm irritable and I can't concentrate at work. My mum had breast cancer and I'm scared of HRT because of that. "
     "Is there anything other than hormones that helps with flushes?",
     "What are non-hormonal treatments for hot flushes?"),
    ("I'm 26, my periods have always been very painful, but in the last couple of years the pain starts before the bleeding and lasts after. "
     "Sex is painful deep inside and I get pain opening my bowels on my period. "
     "A friend with endometriosis said it sounds like hers. How do they find out if you have it?",
     "How is endometriosis diagnosed?"),
    ("My smear test came back as HPV positive with abnormal cells and I've been sent for a colposcopy. "
     "I'm 30 and terrified it means cancer. The letter doesn't say much. "
     "What happens at the appointment?",
     "What is a colposcopy?"),
    ("I'm 8 weeks pregnant with my first. I'm throwing up 5 or 6 times a day and can't keep even water down since yesterday. "
     "I feel dizzy when I stand up and I've hardly had a wee today. "
     "Everyone says morning sickness is normal but this feels extreme. When does it become dangerous?",
     "What is hyperemesis gravidarum?"),
    ("I'm 33 weeks pregnant and for the last few days my hands and feet have been itching like crazy, especially at night. "
     "There's no rash. My midwife wants a blood test for my liver. "
     "Why would itching mean something's wrong with my liver?",
     "What is obstetric cholestasis?"),
    ("We had our 20 week scan and they said the placenta is low lying, covering the cervix. "
     "I've had no bleeding. I'm worried I'll need a C-section. "
     "Does it usually move up on its own by the end?",
     "Does a low-lying placenta move up later in pregnancy?"),
    ("My son is 10 days old and breastfed. He seems to feed every hour in the evenings and is unsettled. "
     "My mother in law keeps saying I don't have enough milk and should give formula. "
     "He has plenty of wet nappies and yellow poos. How can I tell whether he is getting enough?",
     "How do I know if my breastfed baby is getting enough milk?"),
    ("Our daughter is 11 months old and still not crawling. She sits up really well and bum shuffles everywhere at top speed. "
     "My friend's baby was crawling at 7 months. The health visitor isn't worried but I keep comparing. "
     "Is it a problem if a baby never crawls?",
     "Is it normal for babies to skip crawling?"),
    ("My 2 and a half year old says only about 10 words. He understands everything we say, follows instructions, and points at things he wants. "
     "His hearing was checked at birth. My older daughter was talking in sentences at his age. "
     "Should I be worried about his speech?",
     "When is a toddler's speech delay a concern?"),
    ("My 4 year old had a febrile seizure last night with a high temperature from an ear infection. "
     "It lasted about 2 minutes and the ambulance came. The hospital checked him and sent him home. "
     "I'm terrified it will happen every time he gets a fever. Will he have more of these?",
     "What is the risk of recurrence of febrile seizures?"),
    ("My 15 year old daughter has started cutting her arms. I found out when I saw the scars in the summer. "
     "She says it helps her cope and she doesn't want to die. She won't talk to me about why. "
     "I don't know how to talk to her without making it worse. What should a parent do?",
     "How can parents support a teenager who self-harms?"),
    ("I've been feeling low for about four months since I lost my job. "
     "I'm not enjoying anything, I'm sleeping 12 hours and still tired and I've stopped seeing friends. "
     "I don't want to take antidepressants if I can help it. Are talking therapies actually effective for this?",
     "Is cognitive behavioural therapy effective for depression?"),
    ("Every time I'm in a supermarket queue my heart starts pounding, I feel like I can't breathe and I'm convinced I'm going to collapse. "
     "It lasts 10 minutes and then passes. I've had my heart checked and it's fine. "
     "Now I avoid shops completely and my husband does all the shopping. What is happening to me?",
     "What is panic disorder with agoraphobia?"),
    ("My wife had our baby 5 weeks ago. Since then she barely sleeps even when the baby does, she's convinced people are watching the house and she's talking really fast. "
     "Yesterday she said the baby is not really ours. She's never had mental health problems before. "
     "Is this just exhaustion or something serious?",
     "What is postpartum psychosis?"),
    ("I'm 45 and for the last month I've had tingling and numbness in my feet, like walking on cotton wool. "
     "I drink quite a lot, probably 5 or 6 pints a night. I've also been diagnosed with borderline diabetes. "
     "What can cause numb feet like this?",
     "What are the causes of peripheral neuropathy?"),
    ("My 72 year old dad has developed a tremor in his right hand that's worse when he's resting and watching TV. "
     "He's also walking slower with small steps and his writing has got tiny. "
     "The GP wants to refer him to a neurologist. What are the early signs of Parkinson's?",
     "What are the first symptoms of Parkinson's disease?"),
    ("I've been having headaches nearly every day for 3 months. I've been taking paracetamol or co-codamol most days to get through work. "
     "They seem to be getting worse not better. A pharmacist said the tablets might be making it worse. "
     "Is that possible?",
     "What is medication overuse headache?"),
    ("I am 67. Yesterday for about 10 minutes I couldn't get my words out and my right hand went weak. "
     "It all went back to normal and I feel fine now. My daughter wants me to go to hospital but I don't want to waste their time. "
     "Was this a mini stroke and is it urgent if I'm back to normal?",
     "Why is a transient ischaemic attack a medical emergency?"),
    ("I've got a scaly red patch on my scalp and thick silvery plaques on my elbows and knees. "
     "My dad has psoriasis so I think that's what it is. I've tried moisturiser but it's not enough. "
     "What treatments are there for it?",
     "What are the treatments for plaque psoriasis?"),
    ("I'm 40 and I've noticed a mole on my back has changed, it's got bigger and has two different shades of brown now with a jagged edge. "
     "My wife spotted it. I've always been fair and burned a lot as a kid. "
     "What are the warning signs that a mole might be cancer?",
     "What are the signs of melanoma?"),
    ("my 19 year old has really bad acne on his face and back, with deep painful lumps that leave scars. "
     "he's been on antibiotics and creams for over a year and nothing has worked. "
     "the gp mentioned referring to a dermatologist for something stronger. what would that be?",
     "What is isotretinoin used for?"),
    ("My baby is 4 months old and has dry red patches on her cheeks and behind her knees that she scratches. "
     "We've changed to non bio washing powder. My husband has asthma and hay fever. "
     "What's the best way to look after her skin?",
     "How is eczema in babies managed?"),
    ("My 80 year old grandmother had a fall at home last week, luckily only bruises. "
     "She's on lots of tablets, uses a stick and her eyesight isn't great. "
     "We're all worried she will fall again and break a hip. What can we do to make it less likely?",
     "How can falls in older people be prevented?"),
    ("My dad, 84, has been getting more forgetful over two years, repeating himself and getting lost driving to familiar places. "
     "He has now been diagnosed with Alzheimer's. My mum is trying to cope at home. "
     "What is likely to happen over the next few years?",
     "What are the stages of Alzheimer's disease?"),
    ("Hi, I'm 23 and recently started a new job in an office. My eyes are dry, gritty and tired by the end of every day. "
     "They're worse with the air conditioning and staring at my screen all day. "
     "Is there anything I can do to ease this?",
     "How can dry eye from computer use be relieved?"),
    ("I'm 58 and was told at my check-up that I have glaucoma. I didn't notice anything wrong at all with my sight. "
     "I've been given eye drops to use every night. Do I really need to use them for ever if I can see fine?",
     "Why is lifelong treatment needed for glaucoma?"),
    ("My 6 year old has had glue ear for months. His hearing test showed he's quite deaf in both ears and his teacher says he's not listening. "
     "The ENT consultant has suggested grommets. I'm not keen on an operation. "
     "What are grommets and do they really help?",
     "What are ear tubes used for in children?"),
    ("i keep getting swollen lumps in my neck when i eat, under my jaw on the right side, and it's painful then goes down after an hour. "
     "sometimes a nasty taste comes into my mouth. my dentist said it could be a stone in the saliva gland. "
     "how is that sorted out?",
     "How are salivary gland stones treated?"),
    ("I'm 50 and my cholesterol came back at 7.2. My GP has calculated my heart risk and wants me on a statin. "
     "I don't smoke and I'm a bit overweight. I'd rather know what my actual risk is before I decide. "
     "How do they work out whether someone needs a statin?",
     "How is cardiovascular risk assessed before starting statins?"),
    ("Hello, my son is 14 and plays a lot of football. He's got a painful bony lump just below his kneecap that hurts more after training. "
     "The physio mentioned Osgood-Schlatter. He's worried he'll have to give up the sport. "
     "Will this go away?",
     "What is the outlook for Osgood-Schlatter disease?"),
    ("My husband has been snoring for years but now I notice he stops breathing for a few seconds then gasps. "
     "He's exhausted in the day and nearly fell asleep driving last week. He's 52 and overweight. "
     "What would the doctors do to test him?",
     "How is obstructive sleep apnoea diagnosed?"),
    ("I had my gallbladder removed 3 months ago because of gallstones. "
     "Since then I've had loose stools after fatty meals and urgency to get to the toilet. "
     "The pain I had before is gone. Is this diarrhoea something that happens after the operation?",
     "Can gallbladder removal cause diarrhoea?"),
    ("I'm 36 and I've been told I have a hernia in my groin after noticing a lump when I cough. "
     "It's not painful and goes back in when I lie down. I'm a builder and lift heavy stuff all day. "
     "Does it have to be operated on?",
     "Does an inguinal hernia always need surgery?"),
    ("My 9 month old has been vomiting and has had watery diarrhoea 8 times today. "
     "He's still taking some milk but less than usual and he seems sleepy. "
     "I'm not sure how many wet nappies he's had. How do I know if he's getting dangerously dry?",
     "What are the signs of dehydration in a baby with gastroenteritis?"),
    ("Hi, I am 19 and had unprotected sex two nights ago when the condom split. "
     "I'm not on any contraception. I've heard of the morning after pill but it's been over 48 hours. "
     "Is it too late to stop a pregnancy now?",
     "How long after sex does emergency contraception work?"),
    ("My wife and I have been trying for a baby for 14 months with no luck. She's 34 and her periods are regular. "
     "I'm 37 and I've never had any problems that I know of. We have sex two or three times a week. "
     "When should we ask for fertility tests and what do they involve?",
     "When should a couple be investigated for infertility?"),
    ("I'm 62 and have to get up four times a night to pass urine. My stream is weak and I dribble after I finish. "
     "My brother had prostate cancer so I'm a bit anxious. My doctor says it's probably just an enlarged prostate. "
     "What treatments are there for that?",
     "How is benign prostatic hyperplasia treated?"),
    ("I'm a carer for my mother who has advanced dementia and is now bed bound. "
     "She's been coughing when she drinks and eats, and the nurse said she's at risk of chest infections. "
     "What can we do to make eating and drinking safer for her?",
     "How is dysphagia managed in people with dementia?"),
    ("My 3 year old grandson has had a bald patch appear on his scalp in the last two weeks. "
     "The skin looks scaly and a bit flaky and there are broken hairs. They have a cat. "
     "His mum put some cream on it from the chemist but it's getting bigger. What does he need?",
     "How is tinea capitis treated in children?"),
    ("I'm a keen hiker and fell on some rocks last weekend. I have a deep graze on my knee that I cleaned out. "
     "Today it's more red, warm and oozing yellow fluid and the redness is spreading up my thigh. "
     "I feel a bit shivery too. What does this mean?",
     "What are the symptoms of cellulitis?"),
]
