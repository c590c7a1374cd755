# Hand-written entailment items, label 0, kinds other_type and passing_mention.
OTHER_TYPE = [
    ("My 5 year old daughter has been scratching her bottom at night and last night I saw tiny white threads wriggling around her bum. "
     "I'm pretty sure they're threadworms. Her little brother is 2 and we have a baby on the way. "
     "What do we need to take to get rid of them, and does the whole house need treating?",
     "How are threadworms spread?"),
    ("I'm 29 and got diagnosed with chlamydia at the sexual health clinic this week after a routine test. "
     "I have no symptoms at all. They gave me a week of doxycycline. "
     "I'm really worried it might have already damaged my fertility. Could chlamydia have stopped me being able to have kids?",
     "How is chlamydia treated?"),
    ("My partner has had cold sores on and off for years. I've never had one. "
     "He's got one now and we've stopped kissing, but he's getting them every couple of months and it's getting us down. "
     "Is there any tablet he can take to stop them coming back so often?",
     "Is the cold sore virus contagious?"),
    ("i've had acid reflux for years and been on omeprazole for about 8 years now, 20mg a day. "
     "recently read online that taking it long term can thin your bones and cause other problems. "
     "im 61 and my mum had osteoporosis. what are the risks of staying on it this long?",
     "How does omeprazole work?"),
    ("My son is 12 and broke his forearm falling off his scooter. He's had it in a cast for four weeks. "
     "He's desperate to get back to football and swimming. The fracture clinic said it's healing well. "
     "How long after the cast comes off can he safely go back to contact sports?",
     "How are forearm fractures in children treated?"),
    ("I'm 44 and have been diagnosed with gallstones after a bad attack of pain under my right ribs. "
     "The surgeon has put me on the waiting list to have my gallbladder out. "
     "In the meantime, what can I eat and avoid to stop another attack?",
     "What causes gallstones?"),
    ("My 70 year old husband has been told he has early macular degeneration, the dry type, in both eyes. "
     "He can still drive and read with good light. "
     "He's asking what will happen to his sight over the next few years, will he go blind?",
     "What are the risk factors for age-related macular degeneration?"),
    ("I've just been told I have a stomach ulcer after a camera test and they found the H. pylori bug. "
     "I've been given three different tablets to take for a week, two antibiotics and a stomach acid one. "
     "Can this bug come back after treatment, and can I catch it again from my wife?",
     "What are the symptoms of a stomach ulcer?"),
    ("Hi doctor, I'm 34 and was diagnosed with hypothyroidism a year ago. I'm taking levothyroxine 75 mcg. "
     "My levels are now normal but I still feel tired and achy. "
     "We want to try for a baby later this year. Does my thyroid condition make pregnancy risky?",
     "What are the symptoms of hypothyroidism?"),
    ("My dad was just told he has an abdominal aortic aneurysm of 4.2 cm found at his screening. "
     "They said they'll just monitor it with scans every year. He's 66, smokes and has high blood pressure. "
     "What are the chances of it bursting at this size?",
     "How is an abdominal aortic aneurysm repaired?"),
    ("My 7 year old has been diagnosed with migraine after months of headaches with tummy ache and vomiting. "
     "They come about twice a month and he misses school. "
     "What medicine is safe to give a child when an attack starts?",
     "What triggers migraines in children?"),
    ("I'm 51 and had a DVT in my left calf after a long flight, found on a scan last week. "
     "I've been started on rivaroxaban. My leg is still swollen and aching. "
     "How long will I need to be on the blood thinner?",
     "What are the symptoms of deep vein thrombosis?"),
    ("Our 3 year old was diagnosed with hand, foot and mouth disease yesterday. He's got ulcers in his mouth and spots on his palms. "
     "He's refusing to eat and drink much because it hurts. "
     "What can I give him to help the mouth pain so he'll drink?",
     "How long is hand, foot and mouth disease contagious?"),
    ("I've been diagnosed with plantar fasciitis in my right foot. It's been 9 months and I've done the stretches, bought insoles and tried ice. "
     "I'm a teacher and on my feet all day. "
     "What's the next step when the usual treatments haven't worked? I've heard of shockwave therapy.",
     "What causes plantar fasciitis?"),
    ("My 80 year old mother was diagnosed with shingles on her forehead and around her eye three days ago. "
     "The rash is getting better but her eye is red and sore and she says it's blurry. "
     "Can shingles damage the eye and cause lasting problems?",
     "Is there a vaccine for shingles?"),
    ("hi, im 22 and just found out i have genital herpes after getting sores. it was my first outbreak and i took aciclovir. "
     "the sores have gone. i'm scared to start dating again. "
     "can i pass it on to someone when i don't have any sores?",
     "What does a first outbreak of genital herpes look like?"),
    ("My daughter aged 16 has anorexia and has been under the eating disorder team for six months. "
     "She's put some weight back on but is still very restrictive. "
     "What does recovery usually look like and how long does it take?",
     "What are the warning signs of anorexia?"),
    ("I was diagnosed with hay fever as a kid and it's got worse as an adult. "
     "Tablets and sprays don't really touch it in June and July. "
     "I've heard about an injection or tablet you can have to desensitise you. Does that work?",
     "What causes hay fever?"),
    ("My wife has been diagnosed with rheumatoid arthritis and the specialist wants to start methotrexate. "
     "She's 38 and we've been thinking of having another child. "
     "What side effects should she watch for and does it affect pregnancy plans?",
     "What is the difference between rheumatoid arthritis and osteoarthritis?"),
    ("I'm 27 and got told I had a perforated eardrum after a bad ear infection. "
     "The discharge has stopped and it doesn't hurt anymore. "
     "I'm a lifeguard and really need to get back in the pool. Will it heal on its own and how long will it take?",
     "What causes a perforated eardrum?"),
    ("I'm 57 and was told I have stage 2 high blood pressure. I've been on ramipril for a month. "
     "Since starting, I've had an irritating dry cough that won't go away. "
     "Is the tablet doing this and is there an alternative?",
     "What are the complications of untreated hypertension?"),
    ("My son has type 1 diabetes and has just started secondary school. "
     "He's 11 and has a pump. The school want a care plan. "
     "What should the school staff do if his sugar goes too low in class?",
     "What is the cause of type 1 diabetes?"),
]

PASSING = [
    ("My mum had breast cancer 10 years ago and she's completely fine now. "
     "I'm 42 and for the last month I've had a sharp pain in my right heel when I first get up in the morning. "
     "It eases after walking around but comes back after sitting. I've recently started running. "
     "What is causing this heel pain?",
     "Is breast cancer hereditary?"),
    ("Background: I had glandular fever at uni about 8 years ago. "
     "Now I'm 27 and keep getting tonsillitis, at least 5 times this year, each time needing antibiotics and time off work. "
     "My GP says I might qualify for tonsillectomy. How many episodes do you need to have them taken out?",
     "What are the long-term effects of glandular fever?"),
    ("My dad has Parkinson's and lives with us. I'm his carer. "
     "The reason I'm writing is that my own 9 month old has had a high fever for 2 days and now has a rash all over his body which appeared as the fever broke. "
     "He seems much happier now. Is this rash something to worry about?",
     "How is Parkinson's disease treated?"),
    ("I'm 34 and had a miscarriage last year, now I'm pregnant again at 12 weeks and everything looks fine. "
     "My question is about my teeth: my gums have started bleeding every time I brush and they look puffy. "
     "Is this normal at this stage and what should I do?",
     "What are the chances of miscarriage after a previous miscarriage?"),
    ("My grandad died of a heart attack at 60 so I try to look after myself. "
     "I'm 30, play 5 a side and last week I went over on my ankle. It's bruised down the outside of my foot and I can walk on it but it's sore. "
     "How long before I can play again?",
     "Is heart disease inherited?"),
    ("I'm 65 and was treated for prostate cancer five years ago with radiotherapy and I'm in remission. "
     "Lately I've noticed my hearing is going. I struggle in restaurants and turn the TV up loud. "
     "Would hearing aids help, and how do I get tested?",
     "What are the long-term side effects of radiotherapy for prostate cancer?"),
    ("My younger brother has autism and I help look after him at weekends. "
     "I'm 24 and lately I've been getting a lot of dandruff and a red flaky rash around my eyebrows and the sides of my nose. "
     "Normal dandruff shampoo isn't doing much. What would help this?",
     "What are the signs of autism in adults?"),
    ("I had my appendix out when I was 12. "
     "I'm 38 now and for the past three weeks I've been having heartburn after dinner, plus I burp a lot. "
     "I've started drinking more coffee with a new job. What can I take for the heartburn?",
     "What are the complications of appendicectomy?"),
    ("My husband is on dialysis three times a week and it's been hard on all of us. "
     "I'm 55 and I've been having trouble sleeping, waking at 4am and not getting back off. "
     "I don't want to take sleeping tablets. What else can help with insomnia?",
     "How does haemodialysis work?"),
    ("I had gestational diabetes with my first pregnancy 3 years ago which went away after the birth. "
     "My question is about my son who is now 3. He's been constipated for weeks, cries when he tries to go and is holding it in. "
     "What can we do to help him?",
     "Does gestational diabetes increase the risk of type 2 diabetes later?"),
    ("My daughter had meningitis as a baby and recovered fully, thank goodness. "
     "She's 14 now and has recently started getting period pains so bad she misses school for a day each month. "
     "Paracetamol doesn't touch it. What else can she take?",
     "What are the long-term complications of meningitis in children?"),
    ("My best friend just got diagnosed with MS and it's really shaken me. "
     "I'm 31 and for the last two days I've had twitching in my left eyelid that won't stop. "
     "I've been doing late nights and a lot of coffee. Is this eye twitch anything serious?",
     "What are the early signs of multiple sclerosis?"),
    ("I've been on the pill for years with no problems. "
     "I'm 26 and I've just come back from a trip to Mexico and I've had diarrhoea for 10 days now, with cramps and a lot of wind. "
     "It isn't bloody. Should I get tested for something?",
     "What are the side effects of the contraceptive pill?"),
    ("My husband had a stroke two years ago and has made a good recovery. "
     "Our granddaughter, 6, stays with us often. She has had a lot of nits this term, we've treated her three times and they keep coming back. "
     "What are we doing wrong?",
     "What is the recovery time after a stroke?"),
    ("I was diagnosed with an underactive thyroid years ago and I take levothyroxine every morning. "
     "Last week I got a small splinter of glass in the sole of my foot and I couldn't get it out. "
     "It's now sore when I walk. Will it work its way out or do I need it removing?",
     "How should levothyroxine be taken?"),
    ("My mother-in-law has COPD and uses oxygen at home. We visit often. "
     "My 18 month old has been coughing at night for a week, mostly when lying down, and has a runny nose. "
     "She's eating and playing normally. Is there anything I can give her for the cough?",
     "What is the life expectancy with COPD?"),
    ("I'm 45 and had a hysterectomy 3 years ago for fibroids. "
     "Now I keep leaking a little urine when I cough, sneeze or jump on the trampoline with the kids. "
     "It's embarrassing. What exercises or treatments can fix it?",
     "What are fibroids?"),
    ("My dad has gout and is always complaining about his toe. "
     "But I'm writing about myself: I'm 28 and have had a painful swollen knee for a week after a weekend of hill walking. "
     "No injury that I remember. There's a squishy swelling at the front of the kneecap. What is it likely to be?",
     "What foods cause gout?"),
    ("Our son was born at 32 weeks and spent three weeks in special care but he's thriving now at 8 months. "
     "We're going on holiday in the summer and want to know what sunscreen is safe for him and how to protect him from the sun. "
     "He's very fair skinned like his dad.",
     "What are the long-term effects of premature birth?"),
    ("I had shingles last year on my back which cleared up. "
     "I'm 62 and recently my left shoulder has become very stiff, I can't reach behind my back or brush my hair with that arm. "
     "There was no injury. My doctor says frozen shoulder. How is it treated?",
     "Can you get shingles twice?"),
    ("My wife has polycystic ovaries and we had IVF for our twins. "
     "The twins are now 2 and one of them keeps getting ear infections, about 5 in the last year. "
     "He's had lots of antibiotics. Is there anything that can be done to stop them?",
     "Does PCOS affect fertility?"),
    ("My sister died of an asthma attack when she was 19, so I'm very anxious about health. "
     "I'm 37 and I've found a small soft painless lump under the skin on my back that moves when I press it. "
     "It's been there about a year and hasn't grown. Could this be cancer?",
     "Can you die from an asthma attack?"),
]
