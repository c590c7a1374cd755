# Hand-written entailment items, label 1 (kind: entails), part A.
ENTAILS_A = [
    ("Hi, my 6 year old son was sent home from school yesterday with a red sore throat and a fever of 38.5. "
     "The GP swabbed him and it came back as group A strep, so he's now on penicillin liquid. "
     "He says he feels a lot better already this morning and is bouncing off the walls. "
     "How soon can he go back to school without passing it on to the other kids?",
     "How long is strep throat contagious after starting antibiotics?"),
    ("i got bitten by my friends cat on the back of my hand two days ago. it was only two little puncture marks so i just washed it. "
     "now my hand is swollen, red up to the wrist and really throbbing, and the redness seems to be spreading. "
     "is this something that can wait or do i need to get it seen?",
     "When does an animal bite wound need urgent medical attention?"),
    ("My husband is 58 and was diagnosed with shingles on his chest on Monday. "
     "The doctor gave him aciclovir tablets but the pain is unbearable, much worse than the rash looks. "
     "He's not sleeping and paracetamol is doing nothing. We've read that the pain can go on for months after. "
     "What can actually be done for this nerve pain?",
     "What are the treatment options for shingles pain?"),
    ("Hello doctor. I'm 24 and I've had three water infections in the last six months, each treated with antibiotics. "
     "They always seem to start a day or two after I've been with my boyfriend. "
     "I drink plenty and I'm not diabetic. I'm fed up of being on antibiotics all the time. "
     "Is there anything I can do to stop them coming back?",
     "How can recurrent cystitis in women be prevented?"),
    ("We're going to Kenya on safari in March with our two teenagers. "
     "Friends have told us we need malaria tablets but I've heard stories about nightmares and side effects from some of them. "
     "My daughter is 15 and has mild asthma. Which tablets are actually used to stop you getting malaria and how do we choose?",
     "What medicines are used for malaria prophylaxis?"),
    ("I'm a nurse and I got a needlestick injury at work this afternoon from a used needle. "
     "I squeezed it and washed it under the tap straight away and reported it. "
     "I don't know the patient's status yet. Occupational health are closed until tomorrow and I'm panicking. "
     "What is actually supposed to happen next after an injury like this?",
     "What is the management of a sharps injury in a healthcare worker?"),
    ("So I've had this itchy ring shaped patch on my forearm for about 3 weeks. Its red at the edge and clearer in the middle. "
     "Our new kitten has a bald patch on her ear as well. I tried some E45 and it didnt help. "
     "What do i need to put on it to get rid of it?",
     "How is tinea corporis treated?"),
    ("My mother is 81 and lives in a care home. Over the last two days she has become really muddled, not recognising staff and trying to get out of bed at night. "
     "Before this she was sharp as a tack. The home think she might have a urine infection. "
     "Can an infection really make an elderly person this confused, and does it go back to normal?",
     "Can a urinary tract infection cause delirium in older adults?"),
    ("Three of us in the house have been throwing up and had diarrhoea since Saturday. "
     "We think it started with my youngest who caught it at nursery. "
     "I've been bleaching everything but my partner has just started being sick too. "
     "How do we stop it going round the whole family again?",
     "How can the spread of norovirus in the home be prevented?"),
    ("Hi, I was prescribed doxycycline for a chest infection, 100mg once a day for a week. "
     "The leaflet says something about not taking it with milk and avoiding sunlight. "
     "I normally take all my tablets with my breakfast cereal. I'm also going on holiday to Spain on Thursday. "
     "How exactly should I be taking this so it works properly?",
     "What are the instructions for taking doxycycline?"),
    ("My 16 month old had her MMR and other jabs yesterday. "
     "The nurse said she might get a rash or temperature but didn't say when. "
     "She seems fine so far apart from a sore leg. I'm going back to work next week and worried she'll get poorly then. "
     "When do the reactions usually happen after these vaccines?",
     "What is the timing of side effects after the MMR vaccine?"),
    ("I'm 32 and have been on citalopram 20mg for two years for anxiety. "
     "I feel really well now and my GP said we could think about coming off. "
     "A friend stopped hers overnight and had horrible dizziness and 'brain zaps'. I don't want that. "
     "What is the safest way to stop it?",
     "How should SSRI antidepressants be discontinued?"),
    ("My dad is 77, he takes warfarin for his heart rhythm and his INR is checked every few weeks. "
     "He's come down with a nasty cough and the out of hours doctor wants to give him clarithromycin. "
     "I remember the anticoagulation nurse saying some antibiotics mess with warfarin. "
     "Is this one safe with his warfarin or should we ask for something else?",
     "Does clarithromycin interact with warfarin?"),
    ("I've been taking ibuprofen 400mg three times a day for about 2 months for my bad back. "
     "Now I'm getting a burning pain at the top of my tummy, especially at night, and some indigestion. "
     "I'm 55 and otherwise healthy. Could the tablets be doing this?",
     "Can long-term NSAID use cause stomach problems?"),
    ("Our GP has started my 70 year old mum on amlodipine 5mg for her blood pressure. "
     "A week later her ankles have swollen up like balloons by the evening, although they're better in the morning. "
     "She's not short of breath. She's worried it's her heart. Is this from the new tablet?",
     "Does amlodipine cause ankle swelling?"),
    ("Hi. I'm 29 and on the combined pill (Microgynon). I took my pill at 8am yesterday as usual but was sick at about 10am, "
     "and I've had diarrhoea on and off since. I've had sex with my partner this week. "
     "Am I still protected or do I need to do something?",
     "Does vomiting affect the effectiveness of the combined contraceptive pill?"),
    ("My son is 9 and has ADHD. He's been on methylphenidate for 3 months and it has helped a lot at school. "
     "The problem is he hardly eats lunch and he's dropped a bit of weight. "
     "He also takes a while to fall asleep. Is this normal for this medicine and is there anything we can do about his appetite?",
     "How is appetite loss managed in children taking stimulant medication for ADHD?"),
    ("I'm 68 and take a lot of tablets: a statin, two for blood pressure, aspirin, omeprazole and something for my water. "
     "I've been reading that some of these shouldn't be taken together and that older people take too many pills. "
     "I'd like to know if I can cut some of them down. How do I go about getting my medicines looked at?",
     "What is a medication review?"),
    ("my gp has given me prednisolone 40mg for a week for my asthma flare up. "
     "i've had these before but only for 5 days. this time i've also been told i need to take them in the morning. "
     "why does the time of day matter? and can i just stop them after a week or do i have to cut down slowly?",
     "Do short courses of oral steroids need to be tapered?"),
    ("Hello, I am 45 and have type 2 diabetes. My doctor wants to add a new medicine called empagliflozin to my metformin. "
     "I looked it up and it makes you pass sugar in the urine. "
     "I'm a bit nervous about what it will do. What side effects should I watch out for?",
     "What are the side effects of SGLT2 inhibitors?"),
    ("My 4 year old fell off the sofa onto the wooden floor and banged the side of her head about an hour ago. "
     "She cried straight away and there's a big egg-shaped lump. She hasn't been sick and is playing normally now. "
     "But she seems a bit tired and it's nearly her nap time. Is it ok to let her sleep or should I keep her awake?",
     "Is it safe for a child to sleep after a head injury?"),
    ("I sliced my thumb while cutting a bagel this morning. The cut is about 1cm long, quite deep, and it bled a lot but has stopped with pressure. "
     "I can move my thumb and feel the tip fine. I haven't had a tetanus shot since school and I'm now 37. "
     "Do I need a booster?",
     "When is a tetanus booster needed after a wound?"),
    ("While we were camping my husband was stung by a wasp on the neck. "
     "Within ten minutes his lips started swelling, he came out in hives all over and said his throat felt tight. "
     "Someone had an EpiPen and the ambulance took him in and he's fine now. He's been stung before with no problem. "
     "How do we stop this happening again, is there a treatment for it?",
     "What is venom immunotherapy for insect sting allergy?"),
    ("My teenage son twisted his knee playing rugby. He heard a pop and it swelled up within an hour. "
     "He can put weight on it but it feels like it gives way when he turns. "
     "The A&E doctor mentioned the cruciate ligament and said to get an MRI. What is the injury they're worried about and what happens with it?",
     "What is an anterior cruciate ligament tear?"),
    ("I spilled a kettle of boiling water over my thigh about 20 minutes ago. "
     "I've had it under the cold tap for about 10 minutes and the skin is red and blistering in a patch bigger than my hand. "
     "I don't know whether to pop the blisters, cover it or go to hospital. What should I be doing right now?",
     "What is the first aid for scalds?"),
    ("My 70 year old mother tripped on the pavement and landed on her outstretched hand. "
     "Her wrist is swollen and looks a bit like a dinner fork from the side. "
     "The hospital put it in a cast and said it was a Colles fracture. She's also been told to have a bone scan. "
     "Why do they want a scan when she just had a fall?",
     "Why is bone density testing done after a wrist fracture in older women?"),
    ("hi i was at a festival and my mate took something and started acting really weird, hot and sweaty and his jaw was clenching. "
     "he drank like 4 litres of water and then was getting confused. we got him to the medical tent and he's ok now. "
     "the medics said drinking too much water was dangerous. how can water be dangerous??",
     "What is water intoxication (hyponatraemia) associated with MDMA?"),
    ("Last night my 2 year old got hold of my mum's handbag and we think he may have eaten one or two of her blood pressure tablets. "
     "We found the blister pack open but aren't sure how many were missing. "
     "He seems completely normal at the moment. What should we do?",
     "What should I do if a child swallows someone else's medicine?"),
    ("I work on a building site and got a splash of wet cement in my eye about half an hour ago. "
     "I rinsed it with a bottle of water but it's still stinging and red and my vision is a bit blurry. "
     "My foreman says it will be fine. Should I be worried?",
     "What is the emergency treatment for a chemical eye injury?"),
    ("My partner fell off a ladder cleaning the gutters and landed on his back. "
     "He says his back hurts but he can move his legs. I'm not sure whether I should help him up or leave him where he is until help arrives. "
     "What is the right thing to do when someone might have hurt their spine?",
     "What is the first aid for a suspected spinal injury?"),
    ("Hi, I'm 41 and I jammed my finger in a car door yesterday. "
     "There's a dark purple blood blister under the whole nail and it's throbbing so badly I can't sleep. "
     "Someone told me they can burn a hole in the nail to let the blood out. Is that a real thing and when is it done?",
     "How is a subungual haematoma treated?"),
    ("I'm a first time mum and my 7 week old has been very snuffly and now has a cough. "
     "Her older brother had a cold last week. She's feeding a bit less than usual but still having wet nappies. "
     "I'm worried about bronchiolitis as it's going around. When should I be taking her to hospital?",
     "What are the warning signs of severe bronchiolitis in babies?"),
    ("My 17 year old daughter is off to university in September. "
     "Her school friends have been talking about a meningitis jab and I'm not sure if she's had it. "
     "She had all her baby vaccinations. Does she need anything before she goes?",
     "Which vaccines are recommended for students starting university?"),
    ("Hello, I have been coughing for nearly two months now, sometimes bringing up a little blood. "
     "I've lost about 5 kilos without trying and I wake up drenched in sweat. "
     "I moved here from the Philippines last year. My friend says I should be tested for TB. "
     "How do they check for it?",
     "How is tuberculosis diagnosed?"),
    ("I've just found out my ex, who I was with until two months ago, has been diagnosed with gonorrhoea. "
     "I don't have any symptoms at all and feel completely fine. "
     "I'm now with someone new and we've been using condoms mostly. Is it possible to have it and not know?",
     "Can gonorrhoea be asymptomatic?"),
    ("My 3 year old has had a fever for 5 days now, up to 40. Her eyes are red, her lips are cracked and bright red and she has a rash on her tummy. "
     "Today her hands and feet look swollen. The GP said it was a virus on day 2. "
     "I read about Kawasaki disease online and it sounds similar. What are the signs of it?",
     "What are the symptoms of Kawasaki disease?"),
    ("I'm 52 and my gp prescribed nitrofurantoin for cystitis. I've been on it 2 days. "
     "I've noticed my wee has gone a dark yellow brown colour. I'm drinking loads of water. "
     "Is this the infection getting worse or is it the tablets?",
     "Does nitrofurantoin change the colour of urine?"),
    ("Hi all, I'm 27 weeks pregnant and my 3 year old has just come out in chickenpox spots. "
     "I don't remember having chickenpox as a child and my mum isn't sure either. "
     "I'm really scared about what it could do to the baby. What should I do now I've been exposed?",
     "What should a pregnant woman do after exposure to chickenpox?"),
    ("I'm 63 and recently started on a statin, atorvastatin 20mg. "
     "About a month in my thighs and shoulders have started aching, a bit like after a workout but I haven't been doing any. "
     "I don't want to stop a tablet that protects my heart. Are the aches from the statin?",
     "Can statins cause muscle pain?"),
    ("My son was just diagnosed with a peanut allergy after his lips swelled up eating a cereal bar. "
     "The allergy clinic gave us two adrenaline pens. I'm terrified I'll freeze if I ever have to use one. "
     "When exactly am I supposed to use the pen rather than just giving antihistamine?",
     "When should an adrenaline auto-injector be used?"),
]
