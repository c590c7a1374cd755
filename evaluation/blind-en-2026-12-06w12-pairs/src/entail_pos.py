# Hand-written entailment items (label 1, kind "entails"): answering the FAQ
# answers the main question of the consumer message. Each entry is (chq, faq).

ENTAILS = [
    ("Hi, my son is 9 and for the last two weeks he's been coughing at night and wheezing when he plays football. "
     "My husband had asthma as a kid so I'm wondering if that's it. The GP gave him a blue inhaler to try but he hates using it. "
     "How do doctors actually confirm whether a child has asthma?",
     "How is asthma diagnosed in children?"),
    ("I'm 34 and for about a year my hands have been really stiff in the mornings, it takes an hour before I can do up buttons. "
     "Both wrists and a few knuckles swell up. My aunt has lupus and I'm terrified of something like that. "
     "What could be causing this morning stiffness and swelling in my hands?",
     "What are the causes of joint stiffness and swelling in the hands?"),
    ("My mum is 78 and was just told she has atrial fibrillation after a routine check. She feels fine, no palpitations. "
     "The cardiologist wants to start her on apixaban but she's scared of bleeding because she bruises easily. "
     "Why would she need a blood thinner if she feels well?",
     "Why are anticoagulants prescribed for AF?"),
    ("so i've had these itchy red circles on my arm and one on my neck for about 3 weeks. they have a clearer middle and a raised edge. "
     "we got a new kitten last month if that matters. i tried some e45 and nothing. what is the best way to get rid of it",
     "How is ringworm treated?"),
    ("My daughter is 15 and her periods are so heavy she's bleeding through a super pad in an hour on the first two days. "
     "She's missed school twice this month and she looks pale. Her periods started at 12 and have always been heavy but it's getting worse. "
     "What treatments are there for heavy periods in a teenager?",
     "Treatment options for menorrhagia in adolescents"),
    ("I was diagnosed with type 2 diabetes last week, HbA1c 58. I'm 52, overweight, office job. "
     "The nurse gave me a leaflet but it's all a bit overwhelming. My brother reversed his with a diet apparently. "
     "Can type 2 diabetes really go into remission with weight loss?",
     "Can type 2 diabetes be reversed through weight loss?"),
    ("Hello. My husband (61) has started snoring very loudly and I've noticed he stops breathing for what feels like 20 seconds then gasps. "
     "He's exhausted all day and nodded off at the wheel at a red light last week which scared us both. "
     "What are the treatments for this kind of breathing problem in sleep? He hates the idea of a mask.",
     "What treatments are available for obstructive sleep apnoea?"),
    ("I'm 28 weeks pregnant with my first and keep getting this burning feeling in my chest after meals, even small ones. "
     "I'm sleeping propped up on three pillows. My midwife said it's common but it's making me miserable. "
     "Which heartburn remedies are safe to take while pregnant?",
     "Which indigestion medicines can be used during pregnancy?"),
    ("My 4 year old has had a runny nose for a few days and now she's pulling at her right ear and crying at night, temp 38. "
     "My partner thinks we should demand antibiotics. I've read they don't always help. "
     "Does an ear infection in a child need antibiotics or will it clear up by itself?",
     "Do children's middle ear infections need antibiotics?"),
    ("Been on sertraline 100mg for 18 months for depression and I feel a lot better. Me and my GP talked about coming off it. "
     "Last time I forgot a couple of doses on holiday I felt dizzy with these weird electric zaps in my head. "
     "How should I come off it safely so that doesn't happen?",
     "How to stop taking SSRIs without withdrawal symptoms"),
    ("hi all, 45 m, runner, I've had pain on the inside of my heel for 2 months. Its the worst when I get out of bed first thing, "
     "like stepping on glass, then eases after a few mins of walking. Had to stop my marathon training. "
     "what is causing this?",
     "What causes heel pain in the morning?"),
    ("My dad (70) has been diagnosed with shingles on his chest. The GP gave him aciclovir. He's in a lot of pain and can't sleep. "
     "My kids are 3 and 6 and haven't had chickenpox — we were supposed to visit at the weekend. "
     "Can my children catch something from him?",
     "Can you catch chickenpox from someone with shingles?"),
    ("Our 8 month old has had runny poos for 3 days, about 6 a day, but she's still feeding and has wet nappies. "
     "No temperature. Her brother had a tummy bug last week. I'm trying to work out when I should be worried. "
     "What are the signs of dehydration in a baby that mean we need to go to hospital?",
     "Signs of dehydration in infants"),
    ("My girlfriend and I had sex and the condom split. She's not on any other contraception. It was about 50 hours ago. "
     "We're both 22 and not ready for a baby. Is it too late for the morning after pill?",
     "How long after sex can emergency contraception be taken?"),
    ("For the past month my eyes have been really red, gritty and watery, especially when I'm on my computer. "
     "I'm 56 and just went through the menopause. Eye drops from the supermarket help a bit. "
     "What causes dry eyes like this?",
     "Causes of dry eye syndrome"),
    ("I got stung by a wasp on my hand yesterday at a BBQ and now my whole hand and wrist are swollen, hot and itchy. "
     "I can still breathe fine and no swelling on my face. Last time I was stung I was 10 and it was fine. "
     "Is this an allergic reaction and how should I treat it?",
     "How to treat a large local reaction to an insect sting"),
    ("My son is 17 and he's been really withdrawn since his exams. He sleeps all day, doesn't see friends, and last night said he doesn't see the point in anything. "
     "I don't want to overreact but I'm scared. His dad thinks it's just being a teenager. "
     "How can I tell if it's normal teenage moodiness or depression?",
     "What are the signs of depression in teenagers?"),
    ("i've got a cold sore coming, i can feel the tingle. i have a job interview in 3 days!! "
     "i usually get one or two a year. what's the fastest way to get rid of it",
     "Treatments for cold sores"),
    ("Hi, I'm 67 and was just prescribed alendronic acid after a bone scan showed osteoporosis. I've broken my wrist once. "
     "The instructions say something about sitting up and taking it with water on an empty stomach and I don't understand why. "
     "How am I supposed to take it?",
     "How should bisphosphonate tablets be taken?"),
    ("My partner (38) gets terrible headaches on one side behind his eye, every night around 2am, for weeks at a time, then nothing for months. "
     "His eye waters and his nose runs on that side. He paces around the room, can't keep still. "
     "We've tried paracetamol and it does nothing. What is this?",
     "What are cluster headaches?"),
    ("I'm off on a trek in Peru next month, going up to about 4,000 metres. I'm 41 and fairly fit. "
     "My friend got horrendously sick on the same trip last year and had to come down. I'm also taking malaria tablets maybe. "
     "How can I avoid getting altitude sickness?",
     "How can acute mountain sickness be prevented?"),
    ("My 2 year old has had a high temperature for 5 days now, red eyes, cracked red lips and her hands and feet look swollen. "
     "Now there's a rash on her body. GP said viral on day 2 but she's not getting better. "
     "Could this be something more serious?",
     "What are the symptoms of Kawasaki disease?"),
    ("My wife had a miscarriage at 9 weeks last month. It was our second pregnancy, we have a 3 year old. "
     "She's heartbroken and wants to try again straight away but her mum says you have to wait. "
     "How soon is it safe to try for another baby after a miscarriage?",
     "When can you try to conceive again after pregnancy loss?"),
    ("My elderly father (88) has become very confused over the past 2 days, seeing things that aren't there and not knowing where he is. "
     "He was fine last week. He's also been weeing a lot and it smells strong. He lives with us. "
     "Why would he suddenly become confused like this?",
     "What causes sudden confusion (delirium) in older people?"),
    ("Hi im 19 and ive had spots since I was 13. I've tried every face wash going and benzoyl peroxide which dried my skin out. "
     "They're leaving marks on my cheeks. My GP mentioned lymecycline. "
     "Does taking antibiotic tablets for acne actually work and how long till I see a difference?",
     "How effective are oral antibiotics for acne?"),
    ("My baby is 3 weeks old and has a yellowish tint to his skin and the whites of his eyes. He's breastfed and feeding well. "
     "His poos are yellow and his wee is clear. The midwife said it might be breast milk jaundice. "
     "Why is he still yellow at 3 weeks and is it harmful?",
     "Prolonged jaundice in breastfed babies"),
    ("I'm 30 and recently had a blood test because I've been exhausted. It showed my ferritin was 6. "
     "I'm vegetarian and have heavy periods. The doctor prescribed ferrous sulphate 3 times a day but it makes me feel sick and constipated. "
     "Is there anything I can do to make iron tablets easier to take?",
     "How to reduce side effects of iron supplements"),
    ("My husband has been told his blood pressure is 160/100 on three readings. He's 55, smokes, and likes his salt. "
     "He doesn't want to take tablets for the rest of his life. "
     "What can he change in his lifestyle to bring it down?",
     "Lifestyle changes to lower high blood pressure"),
    ("Two days ago I went over on my ankle playing 5-a-side. It's swollen on the outside and bruised, but I can walk on it with a limp. "
     "My mate says put heat on it. Another says ice. I'm confused. "
     "What should I be doing for it in the first few days?",
     "Home care for an ankle sprain"),
    ("My 6 year old daughter has had threadworms three times this year. We treat the whole family every time with mebendazole. "
     "I wash everything, I'm so embarrassed. Her school says it's common. "
     "Why do they keep coming back?",
     "Why do threadworm infections recur?"),
    ("I'm 42 and just had a smear test come back HPV positive with low grade changes. I've been with my husband for 15 years. "
     "I'm worried it means he's cheated or that I have cancer. "
     "What does an abnormal smear result with HPV actually mean?",
     "Understanding abnormal cervical screening results"),
    ("My little girl has a red, weepy, honey-coloured crusty patch around her nose and mouth. Started as a small spot 3 days ago and has spread. "
     "She's 5 and at school. The school sent her home. "
     "How is this treated and when can she go back?",
     "Impetigo treatment and school exclusion"),
    ("I'm 35 and trying for a baby for 14 months with no luck. My periods are irregular, sometimes 45 days apart. "
     "I've put on weight and have some extra hair on my chin. My sister has PCOS. "
     "Could irregular cycles be why I'm not getting pregnant?",
     "How do irregular periods affect fertility?"),
    ("My mum is 72 and has just been told she has macular degeneration, the dry type. She's struggling to read and do her crossword. "
     "She's also got cataracts in one eye. "
     "Is there any treatment for dry macular degeneration?",
     "Can dry AMD be treated?"),
    ("Hi, I have a 12 year old with type 1 diabetes who is going on his first school residential trip. "
     "He's on a pump. I'm anxious about lows at night when I'm not there. The teachers seem lovely but don't know much. "
     "What are the signs of a hypo that the staff need to look out for?",
     "Symptoms of hypoglycaemia"),
    ("i'm 24 and last night i had a kebab and about 6 hours later started throwing up and have had diarrhoea all night. "
     "my housemate who had the same is fine. i can keep small sips down. "
     "how long does food poisoning usually last?",
     "What is the typical duration of food poisoning?"),
    ("My son (14) has Osgood-Schlatter's according to the physio, there's a painful lump below his kneecap. He plays football 4 times a week. "
     "He's also growing really fast. "
     "Does he need to stop sport completely?",
     "Can children with Osgood-Schlatter disease continue playing sport?"),
    ("My father in law has been diagnosed with COPD. He's 69 and smoked for 50 years. He gets breathless walking to the shop. "
     "The family is wondering what the future holds. "
     "What is the life expectancy for someone with COPD?",
     "COPD prognosis"),
    ("After my second baby, I've had a leak when I cough, sneeze or jump on the trampoline with the kids. She's 8 months now. "
     "I'm 33 and thought it would go away. It's embarrassing at the gym. "
     "What can I do to fix this?",
     "Treatment for stress urinary incontinence after childbirth"),
    ("Hi, my boyfriend is 26 and he's been told he has an anal fissure. It's agony when he goes to the toilet and there's blood on the paper. "
     "He's too embarrassed to go back to the doctor. "
     "How long do these take to heal?",
     "How long does an anal fissure take to heal?"),
    ("I've been taking omeprazole 20mg every day for about 6 years for reflux. My new GP wants me to reduce it. "
     "I read online that long-term use can cause problems with bones. "
     "What are the risks of taking a PPI for years?",
     "Long-term side effects of proton pump inhibitors"),
    ("My 4 month old has a flat spot on the back of his head. He always sleeps on his back like we were told. "
     "My mum says we should have put him on his side. I feel so guilty. "
     "Will his head shape correct itself?",
     "Does positional plagiocephaly resolve on its own?"),
    ("Me and my wife are going to Kenya on safari in August, our first time in Africa. We're both 60. "
     "I take ramipril for blood pressure. The travel clinic appointment is in two weeks. "
     "Which antimalarial tablets are usually recommended for Kenya?",
     "Malaria prevention medication for travel to East Africa"),
    ("My 16 yo daughter fainted in assembly this morning. She'd skipped breakfast and it was hot. "
     "She was out for a few seconds and came round quickly. The school called an ambulance but the paramedics said she was fine. "
     "Why do teenagers faint like this?",
     "What causes fainting in adolescents?"),
    ("I'm 50 and my feet have started burning and tingling at night, and feeling numb like I'm walking on cotton wool. "
     "I'm diabetic but my control is not great, HbA1c 75. "
     "Is this nerve damage from the diabetes?",
     "Symptoms of diabetic peripheral neuropathy"),
    ("My husband has a vasectomy booked in for next month. He's 40 and we have three kids. "
     "He's nervous about the pain and how long he'll be off work — he's a builder. "
     "What is the recovery like after a vasectomy?",
     "Recovery after vasectomy"),
    ("My gran keeps falling. She's 85, lives alone, and has fallen 3 times this year — luckily no broken bones. "
     "She takes tablets for her blood pressure and a water tablet. She won't use her walking frame indoors. "
     "How can we stop her from falling?",
     "Falls prevention in elderly people"),
    ("hey so i started the combined pill (rigevidon) 5 days ago on day 10 of my cycle. my boyfriend and i want to stop using condoms. "
     "the leaflet is so confusing. when am i actually protected?",
     "When does the combined pill start working?"),
    ("My 10 year old son has started complaining of tummy aches most mornings before school. The GP checked him and found nothing wrong. "
     "He had a falling out with some boys in his class recently. We also moved house in the summer. "
     "Can anxiety cause stomach pain in children?",
     "Can worry cause abdominal pain in children?"),
    ("I've had a painful lump in my armpit for a week. It's red and hot and about the size of a grape. "
     "I shaved there recently. I'm 27 and otherwise well. Feeling a bit feverish today. "
     "What is this lump and does it need treating?",
     "Boils and skin abscesses: causes and treatment"),
    ("My 3 year old has been diagnosed with glue ear in both ears and the audiologist says his hearing is down. "
     "His speech is behind his friends. They want to wait 3 months and re-test. "
     "Will glue ear go away without grommets?",
     "Does otitis media with effusion resolve without surgery?"),
    ("My mother has had Parkinson's for 8 years. Lately she's been seeing people in the room who aren't there. "
     "She knows they aren't real but it frightens her. She's on co-careldopa and ropinirole. "
     "Why is she having these hallucinations?",
     "What causes hallucinations in Parkinson's disease?"),
    ("I'm 22 and I keep getting thrush. It's the 4th time this year. I've used Canesten each time and it goes but then comes back. "
     "I'm not diabetic as far as I know. I've got a new partner. "
     "Why does it keep coming back?",
     "Causes of recurrent vaginal yeast infections"),
    ("My toddler, 20 months, got into my handbag and I think she might have eaten a couple of my paracetamol tablets. "
     "She seems totally normal, running about. My husband says not to worry. "
     "How dangerous is paracetamol for a toddler and do I need to take her in?",
     "Paracetamol overdose in young children"),
    ("I work nights as a nurse, 3 or 4 nights a week. I can't sleep in the day at all, maybe 3 hours. "
     "I've put blackout blinds up. My husband and kids are noisy. "
     "How can I get better sleep during the day after a night shift?",
     "Sleep tips for shift workers"),
    ("My 7 year old has a lot of warts on her fingers, about 8 of them. She bites them and I think that's spreading them. "
     "We've tried the freezing spray from the chemist. "
     "Is it worth treating them or will they go on their own?",
     "Do warts in children go away without treatment?"),
    ("My husband had a heart attack 6 weeks ago and had a stent fitted. He's 58. He's doing the rehab classes. "
     "We're both nervous about... you know, being intimate again. We haven't asked the nurse because it's embarrassing. "
     "When is it safe to have sex after a heart attack?",
     "Sexual activity after myocardial infarction"),
    ("I've just been diagnosed with coeliac disease at 31 after years of bloating and anaemia. "
     "I'm overwhelmed. I love beer and bread. "
     "Which foods do I need to avoid now?",
     "What to eat on a gluten-free diet"),
    ("Hi there, my 6 month old got her jabs yesterday. Today there's a hard lump where the needle went in her thigh, it's a bit red. "
     "She's a bit grumpy but feeding. "
     "Is a lump after vaccination normal?",
     "Common reactions at the injection site after immunisation"),
    ("I'm 38 weeks pregnant and the baby is still bum down. My consultant has offered to try to turn the baby. "
     "I'm scared it'll hurt or harm the baby. My friend had a caesarean for breech. "
     "How does turning a breech baby work and is it safe?",
     "External cephalic version: what happens and risks"),
    ("I'm 19 and I think I might have an eating disorder. I make myself sick after eating a lot, maybe 4 times a week. "
     "Nobody knows. I'm a normal weight. I'm scared of getting fat. "
     "What help is available for this?",
     "Treatment for bulimia nervosa"),
    ("We are going to Spain with our 18 month old in July and it's going to be 35 degrees. "
     "He's a very fair redhead. My husband wants to take him to the beach every day. "
     "How do we keep a toddler safe in that heat?",
     "Protecting young children in hot weather"),
    ("Hi, 52 male. I've been getting up to pee 3 or 4 times a night for the last few months and my stream is weak. "
     "My dad had prostate cancer at 70. I'm worried. "
     "What could be causing this?",
     "Causes of night-time urination and a weak stream in older men"),
    ("I have hay fever every year and it's wrecking my exams. I've tried cetirizine and loratadine and I'm still sneezing and my eyes are streaming. "
     "I'm 17. My mum has asthma. "
     "What else can I try if antihistamines aren't enough?",
     "Treatment options for allergic rhinitis not controlled by antihistamines"),
    ("My nephew has just been diagnosed with autism at 4 and my sister is devastated. I want to support her. "
     "She keeps asking 'will he ever be able to live on his own'. "
     "What is the long-term outlook for autistic children?",
     "Outlook for children with autism spectrum disorder"),
    ("I've had a sore throat for 4 days, my tonsils are huge with white spots and I have a temp of 38.9. No cough. "
     "I'm 23. Can barely swallow. My flatmate says it's tonsillitis. "
     "Will I need antibiotics for this?",
     "When is tonsillitis treated with antibiotics?"),
    ("I'm 44 and my periods have become really irregular. I'm getting hot flushes and my sleep is bad. "
     "My GP said I'm probably in perimenopause. I've heard HRT causes breast cancer. "
     "Is HRT safe?",
     "Risks and benefits of hormone replacement therapy"),
    ("My husband, who is 66, has been diagnosed with early Alzheimer's. We've been told about donepezil. "
     "He's still working part time. "
     "What does donepezil actually do, will it stop it getting worse?",
     "How do cholinesterase inhibitors work in dementia?"),
    ("I cut my finger on a broken glass 2 days ago. Cleaned it and put a plaster on. "
     "Now there's a red line going up my arm from the cut and it's throbbing. "
     "Is a red streak from a cut a sign of infection?",
     "Lymphangitis: warning signs of a spreading skin infection"),
    ("I've got a 5 week old and I'm exclusively breastfeeding. My left nipple is cracked and bleeding, and feeding makes me cry. "
     "The health visitor said his latch looks fine but I don't think it is. "
     "How do I heal sore cracked nipples?",
     "Treating nipple damage during breastfeeding"),
    ("hello, im 35. been feeling my heart skip or flutter for a few weeks, usually in the evening when I'm relaxing. "
     "It lasts a second and goes. I drink a lot of coffee and energy drinks at work. "
     "is this something to worry about?",
     "Are heart palpitations dangerous?"),
    ("My 9 yo daughter has had a couple of episodes where she stares blankly for a few seconds in the middle of a conversation and doesn't respond. "
     "Her teacher noticed it too, several times a day. Then she carries on as normal. "
     "What could these staring spells be?",
     "What are absence seizures?"),
    ("My wife and I are considering getting our newborn son circumcised for religious reasons. He's 2 weeks old. "
     "My mother says it's simple but my wife is worried. "
     "What are the risks of circumcision for a baby?",
     "Complications of neonatal circumcision"),
    ("I have psoriasis on my elbows, knees and scalp. It's been bad since my divorce. I'm 40. "
     "I've used steroid creams for years. I'm fed up. "
     "Are there any stronger treatments when creams don't work?",
     "Systemic and light therapy for psoriasis"),
    ("My dad is 74 and has just been told he has an abdominal aortic aneurysm, 4.2cm, found on screening. "
     "They said they'll just scan him every year. He's worried it'll burst. "
     "Why aren't they operating now?",
     "When is surgery recommended for an abdominal aortic aneurysm?"),
    ("I'm 26 and I've been getting a rash of raised itchy welts all over my body almost daily for 2 months. They come and go within hours. "
     "I haven't changed soap or anything. Antihistamines help a bit. "
     "What causes hives that keep coming back?",
     "Causes of chronic urticaria"),
    ("Hi! Mum of twins aged 3. They're both still in nappies and show no interest in the potty. "
     "Everyone at nursery is potty trained. I'm feeling judged. "
     "How do you know when a child is ready to potty train?",
     "Signs of toilet training readiness"),
    ("I've had a cough for 3 weeks after a cold. It's dry and tickly and worse at night. I'm 45, non smoker. Otherwise I feel fine. "
     "My partner wants me to see someone. "
     "How long can a cough last after a cold?",
     "How long does a post-viral cough last?"),
    ("My brother (32) has been diagnosed with bipolar disorder after a manic episode. He's been started on lithium. "
     "We're worried about side effects, he's read about kidney problems. "
     "What are the side effects of lithium?",
     "Adverse effects of lithium therapy"),
    ("Last week my mum (68) had an episode where her face drooped and her speech was slurred for about 15 minutes, then it went back to normal. "
     "She didn't want to make a fuss so didn't go to the hospital. "
     "Does she need to see someone even though she's better?",
     "Why is urgent assessment needed after a transient ischaemic attack?"),
    ("I am 16 weeks pregnant and just found out I'm not immune to rubella. "
     "I work in a primary school. I had the MMR as a kid I think. "
     "What is the risk to my baby if I catch rubella?",
     "Effects of rubella infection in pregnancy"),
    ("I've been using a nasal decongestant spray for about 3 weeks and now I can't breathe through my nose without it. "
     "If I stop I'm totally blocked. I'm 29. "
     "How do I get off it?",
     "How to stop using decongestant nasal sprays (rebound congestion)"),
    ("my son is 11 and very overweight. the school nurse measured him and sent a letter home. he eats a lot of crisps and plays xbox all the time. "
     "I was a big child too. I don't want to upset him. "
     "How can I help him lose weight without making him feel bad?",
     "Helping an overweight child reach a healthy weight"),
    ("I've noticed a dark mole on my back that my wife says has got bigger and changed colour. It's a bit itchy. "
     "I'm 48 and spent years sunbathing. "
     "What are the warning signs that a mole might be cancerous?",
     "How to recognise melanoma"),
    ("Hi doc, I'm 63 and have just started amlodipine 5mg. Two weeks in, my ankles are really puffy by the evening. "
     "I'm on my feet all day in the shop. "
     "Is this from the new tablet?",
     "Can calcium channel blockers cause ankle swelling?"),
    ("My daughter is 14 and has been cutting her arms. I found out yesterday when I saw the marks. "
     "She says she does it when she's overwhelmed. She's seeing the school counsellor. I feel like I've failed her. "
     "How should I talk to her about it?",
     "How parents can respond to a teenager who self-harms"),
    ("I think I've got gout, my big toe joint went red, hot and so painful overnight that I can't bear the sheet on it. "
     "I'm 49, like a drink, and I've been eating a lot of red meat on holiday. "
     "How do I treat a gout attack?",
     "Treating an acute gout flare"),
    ("Our baby girl was born with a strawberry mark on her forehead. It was tiny but now at 2 months it's growing. "
     "My mother in law keeps staring at it. "
     "Will it go away?",
     "Natural course of infantile haemangiomas"),
    ("I'm 55 and have been diagnosed with fatty liver disease on an ultrasound. I hardly drink. I'm overweight with type 2 diabetes. "
     "The doctor said not to worry too much. "
     "Can a fatty liver get better?",
     "Is non-alcoholic fatty liver disease reversible?"),
    ("I had a tick on my leg after a walk in the New Forest 10 days ago. I pulled it off. "
     "Now there's a red expanding circle around the bite, about 8cm. I feel fluey. "
     "Could this be Lyme disease?",
     "Early signs of Lyme disease"),
    ("My son (8) has been stung by nettles and has a bumpy rash on his legs. He's crying. "
     "We're out in the countryside. "
     "What can I do to soothe it?",
     "Remedies for nettle stings"),
    ("My father is 80 and has been getting very constipated since he started co-codamol for his hip pain. He goes every 4-5 days and it's painful. "
     "He doesn't drink much water. "
     "What can help with constipation caused by painkillers?",
     "Managing opioid-induced constipation"),
    ("I'm 20 and a student. I've got glandular fever, diagnosed a week ago. I'm exhausted and have a sore throat. "
     "I have rugby trials in a month. "
     "When can I play contact sports again?",
     "Return to sport after infectious mononucleosis"),
    ("I'm 31, fit, and went for a long run yesterday. Today my pee is dark brown, like cola. My legs are extremely sore. "
     "I'm drinking lots of water. "
     "Why is my urine dark after exercise?",
     "Causes of dark urine after strenuous exercise"),
    ("Our 5 month old is on formula and we want to start weaning soon. He watches us eat and grabs food. "
     "Grandma wants to give him baby rice now. "
     "When should we start solid food?",
     "What is the right age to introduce solids to babies?"),
    ("I got a tattoo 5 days ago on my forearm. It's red and a bit raised and scabby, slight clear ooze. "
     "The artist said to use cling film for a day then cream. "
     "How can I tell if my tattoo is infected or just healing normally?",
     "Signs of an infected tattoo"),
    ("My grandmother is 90 and in a care home. She's stopped eating much and is losing weight. She has dementia. "
     "The staff are asking us about feeding tubes. We have no idea. "
     "Are feeding tubes helpful in advanced dementia?",
     "Tube feeding in people with late-stage dementia"),
    ("I recently started running and I get a sharp pain in my side after about 10 minutes. I'm 36. "
     "It goes if I stop. My friend says it's because I eat before running. "
     "What causes a stitch when running?",
     "Why does exercise-related abdominal pain (side stitch) occur?"),
    ("I've got a verruca on the sole of my foot that's been there for 6 months. It hurts when I walk. I'm a swimmer. "
     "My coach says I can't swim with it. "
     "Do I need to stay out of the pool with a verruca?",
     "Can you swim with a plantar wart?"),
    ("Hi, my 2 year old has had a barking cough since last night and a hoarse voice. Sounds like a seal. "
     "He makes a noise when he breathes in while crying. He had a cold a couple of days ago. "
     "What is this and how do I look after him at home?",
     "Croup in children: symptoms and home care"),
    ("I'm 40 and I have two children. My husband and I are done having kids. "
     "I'm thinking of having my tubes tied but my friend said the coil is better. "
     "What are the options for permanent contraception for women?",
     "Female sterilisation"),
    ("My 12 year old daughter has started her periods and the cramps are awful, she's doubled over. "
     "She's missed school. Paracetamol isn't helping. "
     "What is the best pain relief for period pain in young girls?",
     "Managing dysmenorrhoea in adolescents"),
]
