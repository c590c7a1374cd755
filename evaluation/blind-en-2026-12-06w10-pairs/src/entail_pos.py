# Hand-written entailment items, label 1, kind "entails".
# The FAQ question, if answered, answers the message's main question.
# Written one by one by writer 10.

ITEMS = [
    ("Hi, my daughter Maisie is 3 and she's had a temperature on and off for two days. She's still eating a bit and playing in between. "
     "Tonight it went up to 39.4 and I gave her Calpol an hour ago but it's only come down a little. "
     "At what point should I take her to A&E or is it fine to keep going at home?",
     "When should a child with a fever see a doctor urgently?"),
    ("I'm 29 and I've been getting these awful one-sided headaches for about a year, with flashing zigzags before them and I have to lie in a dark room. "
     "My mum had them too. Paracetamol does nothing. What can I actually take to stop them once they start?",
     "What medications treat an acute migraine attack?"),
    ("so my gp put me on sertraline 50mg last week for anxiety. ive been feeling sick and a bit shaky and my sleep is all over the place, worse than before honestly. "
     "is this normal at the start and does it wear off?? i dont want to give up on it if it gets better",
     "What are the early side effects of SSRIs and how long do they last?"),
    ("My husband (58) was just told his blood pressure is 162/98 at a works health check. He smokes, drinks a bit and sits at a desk all day. "
     "He refuses tablets. Is there anything he can change in his lifestyle that would really bring the numbers down?",
     "Which lifestyle changes lower hypertension?"),
    ("Our son is 7 months and we've just started weaning. My brother has a nut allergy so I'm scared to give him anything with peanut in it. "
     "Should we be holding off until he's older or is it better to introduce it now?",
     "When and how should peanuts be introduced to infants?"),
    ("I've had a burning feeling when I pee since yesterday and I'm going every half hour. No fever, no back pain. I'm 31, not pregnant. "
     "I've had this once before years ago. Do I need to see someone for antibiotics or will it clear with cranberry juice and water?",
     "How is an uncomplicated bladder infection in women treated?"),
    ("Hello, my father is 76 and was diagnosed with atrial fibrillation in the spring. The cardiologist wants him on a blood thinner, apixaban. "
     "He's worried about bleeding because he's a keen gardener and always cutting himself. Why is it so important that he takes it?",
     "Why are anticoagulants prescribed for AF?"),
    ("i'm 16 and my skin is SO bad, spots all over my forehead and chin and some on my back. ive tried every face wash from the supermarket. "
     "my mum says its just my age. what actually works for acne like this?",
     "What are the treatment options for teenage acne?"),
    ("We're flying to my sister's wedding and I'll be 33 weeks pregnant by then. It's about a nine hour flight. "
     "I've had a straightforward pregnancy so far, no problems. Is it safe for me to fly that late, and will the airline let me?",
     "Can you travel by air in the third trimester?"),
    ("My 4 year old had chickenpox spots come up on Monday. Her nursery says she can't go back until she's no longer infectious. "
     "Some spots have scabbed but she's still getting a few new ones. When is she no longer contagious?",
     "How long is a child with varicella infectious?"),
    ("I've been feeling exhausted for months, I'm cold all the time, my hair is thinning and I've put on a stone without changing anything. "
     "My friend said it sounds like thyroid. I'm 44. What are the signs of an underactive thyroid? I want to know before I go to the doctor.",
     "What are the symptoms of hypothyroidism?"),
    ("My partner snores like a train and some nights he stops breathing for what feels like ages, then gasps. He's always knackered in the day and nods off in front of the telly. "
     "He's overweight and 52. Could this be sleep apnoea?",
     "What are the signs of obstructive sleep apnea?"),
    ("Quick one: I'm on the combined pill (Microgynon) and I've been prescribed doxycycline for a chest infection. "
     "Do I need to use condoms as well while I'm on the antibiotics?",
     "Do antibiotics reduce the effectiveness of combined oral contraceptives?"),
    ("My mum has just been diagnosed with type 2 diabetes at 67. She's in a bit of shock and asking me loads of questions. "
     "She loves her cakes and biscuits. What kind of diet should she be following now?",
     "What is the recommended eating plan for type 2 diabetes?"),
    ("Twisted my knee playing football on Saturday, heard a pop and it swelled up massively within an hour. I can walk but it feels like it's going to give way. "
     "I'm 26. Could I have torn my ACL?",
     "What are the signs of an anterior cruciate ligament tear?"),
    ("My grandson is 10 months and has been up all night with diarrhoea and being sick. My daughter is at work and I'm looking after him. "
     "He's still having some milk. How do I tell if he's getting dehydrated?",
     "What are the signs of dehydration in babies?"),
    ("I've noticed a mole on my back that my wife says has changed, it's got darker and a bit uneven at the edge. It doesn't hurt. "
     "I'm 49 and spent years working outdoors. What should I be looking for that would mean it's skin cancer?",
     "What are the warning signs of melanoma?"),
    ("i'm 22 and had sex with a new guy last weekend, condom came off. no symptoms but i'm worried about chlamydia and stuff. "
     "how soon after can i get tested and actually get an accurate result?",
     "How long after exposure should you test for STIs?"),
    ("My son (14) has been really withdrawn, staying in his room, not eating much, and his grades have dropped. He snapped at me when I asked if he was ok. "
     "His dad and I split up last year. How do I know if this is depression or just being a teenager?",
     "How can parents recognise depression in adolescents?"),
    ("Good evening. I am 71 and have been told I have osteoporosis after a scan. I had a wrist fracture last winter after a slip on ice. "
     "My doctor mentioned tablets but I would like to know what treatments there are.",
     "How is osteoporosis treated?"),
    ("Had my first baby 3 weeks ago. Breastfeeding is going ok but my left nipple is cracked and bleeding and it's agony every time she latches. "
     "I'm close to giving up. How can I make it heal and stop hurting?",
     "How do you treat sore, cracked nipples when breastfeeding?"),
    ("I'm going on a trek in Nepal in October and we'll go up to about 5000m. I've never been above 2000. "
     "I'm 38 and fit. How do I avoid getting altitude sickness?",
     "How can acute mountain sickness be prevented?"),
    ("My 8 year old has had a barking cough for two nights. Last night she had a bit of a wheeze too. She's had chesty coughs every winter since she was small and my husband has asthma. "
     "Could she have asthma?",
     "How is asthma recognised in children?"),
    ("ive had heartburn nearly every day for about 2 months. im 40, I drink quite a lot of coffee and have a glass of wine most nights. "
     "gaviscon helps for a bit. what can i do to make it stop?",
     "How is acid reflux managed?"),
    ("My dad is 80, lives alone and has had 3 falls this year. Nothing broken luckily. He's on tablets for blood pressure and water tablets. "
     "What can we do to stop him falling again?",
     "How can falls in older people be prevented?"),
    ("Hi all. My 2 year old has had a runny nose and now there's yellowy green snot. She's eating fine and no temperature. "
     "Does green snot mean she needs antibiotics?",
     "Does discoloured nasal mucus mean a bacterial infection?"),
    ("I'm 34 weeks pregnant and my feet and hands have got really puffy over the last two days, plus I've got a headache that won't shift. "
     "My rings don't fit. Is this just normal pregnancy swelling or something to worry about?",
     "When is swelling in pregnancy a sign of pre-eclampsia?"),
    ("I run about 30 miles a week training for a marathon and the outside of my knee has started hurting after about 5 miles every run. "
     "No injury, it just comes on. Someone at my club said IT band. What's the best way to treat it without stopping running completely?",
     "How is iliotibial band syndrome treated?"),
    ("My wife was just diagnosed with shingles on her side, very painful rash. We have a newborn at home, 5 weeks old. "
     "Can the baby catch it from her?",
     "Can someone with shingles infect a baby?"),
    ("I'm 19 and at uni. For the last few months I've been making myself sick after eating, sometimes several times a day. Nobody knows. "
     "I want to stop but I don't know how. What help is there for this?",
     "What treatments are available for bulimia nervosa?"),
    ("Hi, I'm a carer for my 84 year old mother who has Alzheimer's. Recently she's become agitated every evening around 5, pacing and trying to leave the house to 'go home'. "
     "It's exhausting. How can I help her calm down at that time of day?",
     "How can sundowning in dementia be managed?"),
    ("I'm 27 and I've had a rash on my hands for ages, red, dry, cracking around the knuckles, sometimes little blisters. I'm a hairdresser so my hands are always wet. "
     "What can I do to clear it up?",
     "How is hand dermatitis treated?"),
    ("My 11 year old cut his foot on a shell at the beach 3 days ago. Now it's red around the cut, warm and a bit swollen, and there's some yellow stuff. "
     "How do I know if it's infected and needs a doctor?",
     "What are the signs of an infected wound?"),
    ("my boyfriend and i have been trying for a baby for 14 months now. i'm 33, he's 35. periods are regular. "
     "everyone keeps saying relax and it'll happen. at what point should we go and get checked?",
     "When should a couple seek help for infertility?"),
    ("My newborn son is 4 days old and the midwife said he's a bit yellow. She's coming back tomorrow to check. "
     "He's feeding ok. What causes babies to go yellow like that?",
     "What causes jaundice in newborns?"),
    ("I've had a cold for a week and now my face is sore above my eyes and around my cheeks, worse when I bend over. Thick stuff coming down the back of my throat. "
     "I'm 45. Will this go on its own or do I need something?",
     "How is acute sinusitis treated?"),
    ("My father had a heart attack at 54 and my uncle had one at 50. I'm 42, male, and my cholesterol was 6.8 last time. "
     "I'm not overweight and don't smoke. Should I be on a statin?",
     "Who should take statins to prevent heart disease?"),
    ("Posting for my mum (62) who doesn't do the internet. She's been getting a lot of pain in her hands, especially the base of her thumbs, worse in the morning but only for 10 minutes. "
     "Her knuckles look a bit knobbly. The GP said it's probably wear and tear arthritis. What can she do for the pain?",
     "How is osteoarthritis of the hand managed?"),
    ("I'm on holiday in a hot country and my 6 year old got sunburnt on his shoulders. They're bright red and he says they sting. No blisters. "
     "We're here another week. How should I treat it?",
     "What is the treatment for sunburn in children?"),
    ("I'm 38 weeks and my waters just went but I'm not having contractions. It's clear fluid. It's 11pm. "
     "Do I need to go in now or wait for contractions to start?",
     "What should you do if your waters break before labour starts?"),
    ("I've got a holiday booked for Kenya in 6 weeks, safari and then beach. I've never taken malaria tablets before. "
     "My friend says they give you nightmares. Do I actually need them?",
     "Is malaria prophylaxis needed for travel to East Africa?"),
    ("my 3yo has a nasty cough and i gave her a spoon of honey in warm water. my mother in law said you cant give honey to kids. "
     "is that right? she's had it before and been fine.",
     "At what age can children safely have honey?"),
    ("I'm 55 and I've just been prescribed ramipril for blood pressure. The pharmacist said something about a cough. "
     "I've had a tickly dry cough for a week now. Is that the tablet?",
     "Can ACE inhibitors cause a persistent cough?"),
    ("My daughter is 16 and started on the pill a month ago for heavy periods. She gets migraines with aura, the sparkly vision. "
     "Her friend said the pill is dangerous with migraines. Is it ok for her to stay on it?",
     "Is the combined pill safe for people who have migraine with aura?"),
    ("I had a baby by c-section 6 weeks ago and I'm desperate to get back to running. My scar looks fine and I feel ok. "
     "When is it safe to start exercising again?",
     "When can you return to exercise after a caesarean?"),
    ("Bit embarrassed to ask. I'm 30, female, and I keep getting thrush, about 5 times in the last year. I use the cream from the chemist each time and it goes but comes back. "
     "Why does it keep coming back?",
     "What causes recurrent vaginal yeast infections?"),
    ("We're off to a campsite next month with the kids and there's lots of woodland and long grass. Last year my husband found a tick on his leg. "
     "What's the proper way to take a tick off if we find one?",
     "How do you safely remove a tick?"),
    ("My brother is 40 and has been diagnosed with coeliac disease. He has two kids, 8 and 11, both healthy as far as we know. "
     "Should the children be tested too?",
     "Should relatives of people with coeliac disease be screened?"),
    ("Hello, my 68 year old husband keeps getting up 4 or 5 times a night to pee and it takes him ages to get going. He's not in pain. "
     "He's too embarrassed to see the doctor. What could be causing this?",
     "What causes frequent night-time urination in older men?"),
    ("I'm 25 and I've been having panic attacks for a few months, racing heart, can't breathe, feel like I'm going to die. "
     "They come out of nowhere, in shops, on the bus. What can I do in the moment to get through one?",
     "What techniques help during a panic attack?"),
    ("my baby is 9 weeks old and has a flat spot on the back of her head. she always lies with her head to the right. "
     "is there anything i can do to help it round out?",
     "How is positional plagiocephaly managed in infants?"),
    ("I'm 47 and my periods have gone really irregular, some months heavy, some months nothing, and I wake up drenched in sweat. "
     "Could this be the start of the menopause even though I'm under 50?",
     "What are the signs of perimenopause?"),
    ("i was stung by a wasp on my hand 2 hours ago and now my whole forearm is swollen and red and itchy. no trouble breathing. "
     "i'm 36. is this an allergic reaction and what should i do?",
     "How should a large local reaction to an insect sting be treated?"),
    ("My friend's 5 year old has measles and my son played with him on Saturday. My son had his first MMR at 1 but not the second one yet, he's 3. "
     "Is he protected or could he get it?",
     "How effective is one dose of the MMR vaccine?"),
    ("Long time lurker. I've had lower back pain for 3 weeks after lifting a sofa. No numbness or anything, it's just stiff and sore. "
     "I've been lying down mostly. Is rest the best thing or should I be moving?",
     "Should you rest or stay active with acute low back pain?"),
    ("My 15 year old daughter wants to get her ears pierced again and her nose, and I'm worried about infection. She had an infected piercing once before. "
     "What's the best way to clean a new piercing so it doesn't get infected?",
     "How should you care for a new piercing?"),
    ("My mum, 73, has been prescribed alendronic acid but the instructions are confusing, something about taking it standing up and not eating. "
     "How exactly is she supposed to take it?",
     "How should alendronate tablets be taken?"),
    ("I've got a holiday coming up and I'm on my period then. I'm on the combined pill. "
     "Can I just run two packs together and skip the break so I don't bleed?",
     "Can you skip the pill-free week to delay a period?"),
    ("My 12 year old has been diagnosed with type 1 diabetes. We're learning about insulin. The nurse said we need to watch for hypos. "
     "What do I do if he has one?",
     "How do you treat low blood sugar in a child with diabetes?"),
    ("I'm 33 and have had IBS for years. Mostly bloating and diarrhoea. Someone at work mentioned a FODMAP diet. "
     "What does that involve and could it help me?",
     "What is the low FODMAP diet for irritable bowel syndrome?"),
    ("My gran is 90 and in a care home. The staff told us she's got a pressure sore on her heel. She hardly moves now. "
     "How can they stop it getting worse and stop new ones forming?",
     "How are pressure ulcers prevented and treated?"),
    ("My 6 month old has had his first cold and is so blocked up he can't feed properly. He's getting really frustrated. "
     "What can I do to clear his nose?",
     "How can you relieve nasal congestion in a baby?"),
    ("I get really bad hay fever every June. Antihistamines make me drowsy at work. I'm 28 and otherwise healthy. "
     "Are there any other treatments I could try?",
     "What are the treatment options for seasonal allergic rhinitis?"),
    ("I'm 60 and recently had a TIA, the mini stroke thing. My face drooped for 10 minutes and then went back to normal. They've started me on aspirin and a statin. "
     "What are my chances of having a full stroke now?",
     "What is the risk of stroke after a transient ischaemic attack?"),
    ("My partner has been drinking heavily for years and has decided to stop. He drinks maybe 10 cans a day. "
     "He wants to just stop tomorrow. Is it dangerous to stop suddenly like that?",
     "Is sudden alcohol withdrawal dangerous?"),
    ("hi. i'm 24 and i've got a lump in my testicle, noticed it in the shower. it's not painful. im freaking out. "
     "what could it be?",
     "What causes a painless lump in the testicle?"),
    ("I've been given a 5 day course of prednisolone for my asthma. I'm 35. My last one made me feel wired and I couldn't sleep. "
     "What other side effects should I look out for from a short course?",
     "What are the side effects of short-term oral steroids?"),
    ("My 18 month old son fell off the sofa onto a wooden floor and bumped his head. He cried straight away and now has a lump on his forehead. He's playing normally. "
     "What signs should I watch for that mean I need to take him in?",
     "What are warning signs after a head injury in a toddler?"),
    ("I'm 52 and I've got an appointment for my first bowel cancer screening test. It's the poo test you do at home. "
     "How does it work and what happens if it comes back positive?",
     "What is the FIT bowel screening test?"),
    ("Our daughter is 5 and still wets the bed most nights. She's dry during the day. Her older brother was dry at night by 3. "
     "Is this something we should worry about?",
     "Is bedwetting normal at age five?"),
    ("I've just been diagnosed with gestational diabetes at 28 weeks. I'm devastated. Will my baby be ok? "
     "What does it mean for the pregnancy?",
     "What are the risks of diabetes in pregnancy for the baby?"),
    ("I'm 31 and I broke my ankle skiing. I had surgery with plates and screws and I'm in a boot. "
     "When can I expect to be walking normally again?",
     "What is the recovery time for an operated ankle fracture?"),
    ("My sister (39) has just been told she has fibroids after her scan for heavy periods. She has three kids and doesn't want more. "
     "What are the options for getting rid of them?",
     "How are uterine fibroids treated?"),
    ("ive been taking ibuprofen for my knee for about 2 months, 400mg three times a day. now ive got stomach pain. "
     "can ibuprofen cause stomach problems if you take it a long time?",
     "What are the gastrointestinal risks of long-term NSAID use?"),
    ("My 7 year old has threadworms, I saw them in her poo. Really grossed out. We've got a 3 year old too. "
     "How do I get rid of them and stop them spreading to the rest of us?",
     "How is a pinworm infection treated in a household?"),
    ("I'm 42 and since my second baby I leak a bit of wee when I cough, sneeze or jump on the trampoline with the kids. "
     "Is there anything I can do about it without surgery?",
     "What are non-surgical treatments for stress incontinence?"),
    ("My son is 17 and has just been diagnosed with glandular fever. He's wiped out and sleeps all day. He has exams in 6 weeks. "
     "How long will it take him to recover?",
     "How long does recovery from infectious mononucleosis take?"),
    ("My dad is 74 and his GP said his kidneys aren't working as well as they should, stage 3. He's diabetic. "
     "What can he do to stop his kidneys getting worse?",
     "How can the progression of chronic kidney disease be slowed?"),
    ("i have a cold sore coming up, that tingly feeling, and im going to a wedding on saturday. "
     "is there anything that makes them go faster? i've heard about creams",
     "How are cold sores treated?"),
    ("I'm 66 and had my shingles vaccine last year. My neighbour says I should also get a pneumonia jab. "
     "Who's supposed to have the pneumonia vaccine?",
     "Who is eligible for the pneumococcal vaccine?"),
    ("I'm 20 and I'm a really heavy sweater, especially my armpits and hands. It soaks through my shirts even in winter and I'm so self-conscious. "
     "What can I do about it?",
     "How is hyperhidrosis treated?"),
    ("We've just moved to a new house with an open fire and my 2 year old has started coughing at night. "
     "Separately, I'm 29 and wondering about the COVID booster. "
     "Mostly though: can smoke from a wood fire indoors affect a toddler's breathing?",
     "How does indoor wood smoke affect children's lungs?"),
    ("My wife is 63 and was diagnosed with Parkinson's a year ago. She's started having trouble sleeping and acting out her dreams, thrashing around. "
     "Is this part of Parkinson's?",
     "Are sleep problems common in Parkinson's disease?"),
    ("I'm 37, training for a triathlon, and my doctor found my iron is low. I'm vegetarian. "
     "What foods should I eat to get my iron up?",
     "What are good dietary sources of iron for vegetarians?"),
    ("My little boy is 4 and has been diagnosed with glue ear after a hearing test at nursery. He says 'what' all the time. "
     "Will it get better on its own or does he need grommets?",
     "Does otitis media with effusion resolve without treatment?"),
    ("I've been feeling low since the clocks went back. Every winter the same thing, no energy, sleeping loads, craving carbs. It lifts in spring. "
     "I'm 35. Does a light box actually work for this?",
     "Is light therapy effective for seasonal affective disorder?"),
    ("I'm 44, overweight, and I want to lose about 3 stone. I've tried every diet going. My doctor mentioned the new weight loss injections. "
     "How do those injections work?",
     "How do GLP-1 medications help with weight loss?"),
    ("My baby was born at 35 weeks and is now 2 weeks old. The health visitor mentioned he might need extra vitamins. "
     "Do premature babies need vitamin supplements?",
     "What supplements do preterm infants need?"),
    ("I'm 50 and have had a dry, gritty feeling in my eyes for months, worse on the computer. I've tried some drops from the chemist. "
     "What else can I do for dry eyes?",
     "How is dry eye syndrome treated?"),
    ("I keep waking up with my jaw aching and my dentist said I grind my teeth at night. I'm 32 and quite stressed at work. "
     "How do I stop grinding?",
     "What are treatments for bruxism?"),
    ("My mum is 58 and has started getting a burning tongue, it feels scalded all the time but looks normal. She's postmenopausal. "
     "What could be causing it?",
     "What causes burning mouth syndrome?"),
    ("Hi, I've just been told I'm a carrier of hepatitis B after a blood test for my pregnancy. I'm 14 weeks. "
     "My main worry is my baby. Will my baby get it from me?",
     "How is mother-to-child transmission of hepatitis B prevented?"),
    ("My 13 year old son hurts just below his knee after football, a tender bony bump there. He's growing really fast. "
     "What is it and will it stop him playing?",
     "What is Osgood-Schlatter disease?"),
    ("I'm 39 and I've been told my smear came back with HPV and some abnormal cells, CIN2. I'm booked for a colposcopy. "
     "What happens at a colposcopy appointment?",
     "What happens during a colposcopy?"),
    ("My nephew is 19 and has epilepsy, well controlled. He wants to learn to drive. "
     "What are the rules about driving with epilepsy?",
     "Can people with epilepsy drive?"),
    ("I'm 70 and I've been told I have cataracts in both eyes. My vision is getting blurry for reading and driving at night is awful with the glare. "
     "What does the operation involve?",
     "What happens during cataract surgery?"),
    ("Hi, my 10 week old has little white patches in her mouth that don't wipe off, and she's fussy on the breast. I've got sore nipples too. "
     "What is it and how do I treat it?",
     "How is oral thrush treated in breastfed babies?"),
    ("I'm 46 and I've got gallstones, found on a scan after I had terrible pain under my right ribs after a takeaway. The surgeon mentioned removing my gallbladder. "
     "Can you live normally without a gallbladder?",
     "What are the effects of having your gallbladder removed?"),
    ("We're planning a trip to see family in India with our 18 month old. It'll be for a month, mostly staying in a city with some village visits. "
     "What vaccinations does she need before we go?",
     "What travel vaccines do young children need for South Asia?"),
    ("I'm 55 and went for a routine check and my liver tests came back slightly high. The GP asked how much I drink, it's about 30 units a week. "
     "Can the liver recover if I cut down?",
     "Is alcohol-related liver damage reversible?"),
    ("My 3 year old has eczema that flares every winter. Her cheeks and the backs of her knees are red raw. We use the cream the doctor gave us but it doesn't seem enough. "
     "What else can we do to control it?",
     "How is atopic eczema managed in young children?"),
    ("I'm 28 and I've had a lump in my breast for about a month. It's small, rubbery and moves around. My mum had breast cancer at 60. "
     "What could this lump be?",
     "What are the common causes of breast lumps in young women?"),
]
