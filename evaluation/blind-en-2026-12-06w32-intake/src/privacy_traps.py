# Hand-written privacy items with NO identifiers (traps only). Each entry: (text, quasi list)

ITEMS = [
("My 4 year old was diagnosed with Kawasaki disease at Great Ormond Street in 2022 and had the IVIG. Her echo was normal. Now she has a high fever again for 3 days, 39.4, and red eyes. Could it come back??", []),

("hi so i was born in 1991 and ive had Hashimoto's since i was 20. my TSH last month was 6.2 on 75mcg levothyroxine. now im 10 weeks pregnant. does the dose need to go up", []),

("Will my baby be ok if I had two glasses of wine before I knew I was pregnant? I'm 6 weeks now. I will stop obviously, I just keep worrying", []),

("my mum has Parkinson's and Alzheimer's both and she's on Sinemet 25/100 four times a day plus donepezil 10mg. she's 81. her hallucinations are worse since they added the donepezil. is that a known thing", []),

("Grace period on my insurance ended so I'm paying cash lol. Anyway, I'm 42, BP at the pharmacy was 162/101 today and 158/99 yesterday. No symptoms. Do I need tablets or can I try diet first?", []),

("baby is 11 weeks, weighs 4.9kg, was 3.4kg at birth. shes in the 25th centile. health visitor seemed a bit concerned she dropped from the 50th. breastfed. should i top up with formula", []),

("Hope someone can help. My husband (57) was told he has Barrett's oesophagus after a scope at St James's in Dublin on 14 March. Does that mean cancer? He's been on omeprazole 40mg for years.", []),

("My son is 6ft 2 and only 15, is that normal? He's also really skinny, 58kg, long arms and fingers. A teacher mentioned Marfan syndrome to me. Should we get him checked?", []),

("Appointment with the cardiologist is on 22 June but I've been having palpitations every day since May. I'm 36, pregnant with my third. Is it ok to wait till June?", []),

("Normal for a 2 year old to have a resting heart rate of 120? We measured with a smartwatch, I know it's not accurate. He's playing and fine otherwise.", []),

("Rose Cottage care home (where my nan is) said she has a UTI and started trimethoprim 200mg twice a day. She is 92 and not eating. How long till antibiotics work in the elderly?", ["Rose Cottage care home"]),

("Ok, so I had a Bartholin's cyst drained at the Royal Infirmary about a year ago and now there's a lump in the same place again, not as sore. Do they come back? I'm 28", []),

("my haemoglobin is 98 and ferritin 6, im 24 weeks pregnant. midwife gave me ferrous fumarate 210mg but it makes me so constipated. any other iron options", []),

("pls help my toddler has hand foot and mouth disease, shes 20 months, she wont drink and has only had 2 wet nappies today. the blisters are in her mouth. can i give calpol and nurofen together", []),

("Mark on my baby's forehead is red and raised, started at 3 weeks old and now at 4 months it's bigger. Doctor said strawberry haemangioma. Do they need treatment? It's near her eye.", []),

("Bill from the hospital arrived today and I nearly fainted lol. Anyway my actual question - they gave my 8yo amoxicillin 250mg/5ml for strep throat and she has a rash all over her chest now. Allergy?", []),

("April last year I had a miscarriage at 9 weeks and now I'm pregnant again, 7 weeks, with some brown spotting. No pain. My early pregnancy unit appt is Thursday. Is brown blood normal?", []),

("We're in Cape Town. My dad, 74, was diagnosed with Paget's disease of bone in his pelvis. His ALP was 412. What does that actually mean for him? He still plays bowls.", []),

("im 19 and 5'4 and 47kg and people keep saying im too thin but i eat loads. could it be my thyroid? my mum had graves", []),

("Question about Ozempic - my GP started me on 0.25mg and I'm so nauseous I can't work. I'm 51, type 2, HbA1c 58. Does the nausea go away?", []),

("Frank question: is it normal for a 3 year old boy to still be in nappies? My health visitor says every child is different but everyone in my NCT group's kids are dry.", []),

("born at 28 weeks in 2019 my daughter now has mild cerebral palsy (diplegia) and walks on her toes. The physio at Alder Hey mentioned serial casting. Does it hurt?", []),

("Jack of all trades here lol, i do roofing, and i fell off a ladder about 6 feet in October and landed on my heel. Still hurts to walk 3 months later. x-ray was clear at the time. could something be missed", []),

("Dawn is the worst time, that's when my asthma is always bad. I'm 33 and use Ventolin about 6 times a day now and Clenil 100 twice. Is that too much?", []),

("Question for a pharmacist maybe: can I give my 7 month old Calpol infant (120mg/5ml) and Nurofen for children at the same time? He's teething and has a temp of 38.1.", []),

("my mum was told she has Raynaud's and also something called CREST. she's 49. her fingers go white then blue in the cold. is CREST the same as scleroderma?", []),

("Amber warning for heat here in Spain and my disabled son (22, wheelchair, non verbal) can't sweat properly because of his condition. How do I know if he's overheating?", []),

("Is it safe to fly at 34 weeks? We're going from Manchester to Lagos for a family wedding. Baby is breech at the moment and I had a low-lying placenta at 20 weeks that moved.", []),

("My 10 yo has Tourette's and ADHD and he's on methylphenidate 18mg (Concerta). His tics are much worse since starting. Is that the medicine?", []),

("Summer holidays coming and my daughter (14) has type 1 diabetes, she's going on a school trip to France for 5 days. How do we keep her insulin cold? She's on NovoRapid and Tresiba.", []),

("So my husband was diagnosed with Bell's palsy on Tuesday, left side of face drooping. He's 38. They gave prednisolone 60mg for 10 days. How long until his face goes back?", []),

("Hi! 12 weeks pregnant and my scan at Queen Charlotte's showed nuchal translucency of 3.2mm. They offered CVS. I'm 39. What are the miscarriage risks?", []),

("My dad has Addison's disease and takes hydrocortisone 10mg, 5mg, 5mg. He has the flu with vomiting. Do we double his dose? He's 69.", []),

("Carer here. The man I look after (70s, stroke 2021, aphasia) has started coughing after drinking tea. The SALT said level 1 thickened fluids but he hates it. Any alternatives?", []),

("Ivy league student here, lol, 20, at Harvard. Stressed, not sleeping, heart racing before exams. Is propranolol ok for exam anxiety?", ["Harvard"]),

("what is a normal blood sugar for a 5 year old? my son's was 11.8 two hours after his birthday cake. he's been weeing a lot too.", []),

("Patient is a 66 yo male, weight 92kg, height 178cm, BMI 29. Creatinine 145, eGFR 44. Is that stage 3 kidney disease? (copying from dad's letter)", []),

("Holly and ivy are poisonous to dogs right but what about toddlers? My 18 month old just chewed a holly berry off the decorations. He seems fine.", []),

("Our GP surgery in Harrogate said my baby's tongue tie is mild and doesn't need cutting but she clicks when feeding and my nipples are shredded. Where can I get a second opinion?", []),

("Dad has Cushing's syndrome from long term steroids (prednisolone for his COPD). He's 77. His skin tears so easily now. How do we dress the tears?", []),

("Mum is 58 and had a heart attack in 2020. She's on bisoprolol 2.5mg, ramipril 5mg, atorvastatin 80mg, clopidogrel 75mg. Her pulse is 48 today. Too low?", []),

("Pat on the back to the physios at my daughter's special school, they've been brilliant. Anyway, my daughter is 8, has Rett syndrome, and has started having breath holding episodes. Is this part of Rett?", []),

("in 2008 I had a DVT after a long haul flight, now im pregnant (16 wks) with my first. my mum had a PE too. should i be on clexane?", []),

("Hey so my 13 yr old son has been diagnosed with Osgood-Schlatter in both knees, he plays basketball 5 days a week. Does he have to stop? He's gutted.", []),

("anyone know if Gaviscon Advance is ok in pregnancy? 30 weeks and heartburn is unreal. tried Rennie, no good.", []),

("Sue the hospital? No, I just want answers. My son was born at 38 weeks at the Rotunda in 2023 and had a broken collarbone from delivery. Will it affect him long term?", []),

("Joy of joys, I have shingles at 31 and 20 weeks pregnant with our first. Is the baby at risk? I had chickenpox as a kid.", []),

("Victoria Hospital in Kirkcaldy said my mum needs a pacemaker after her 24 hour tape showed pauses of 4 seconds. She's 85. Is she too old for it?", []),

("Iron tablets turn my poo black, is that normal? I'm 29, on ferrous sulphate 200mg three times a day after a heavy bleed post partum.", []),

("Urgent-ish: my baby (8 weeks) has a blocked tear duct, yellow gunk every morning. He's on SMA Pro preterm formula from the hospital because he was tiny. Do I just massage it?", []),

("My husband was told he has Dupuytren's contracture in his right hand. He's 63 and a carpenter. Is surgery the only option?", []),

("Buzz me if this is the wrong place - I'm 45 and had a TIA in 2021, on aspirin 75 and atorvastatin 40. Can I take ibuprofen for my back?", []),

("Daisy chain of problems: my mum (60s) has lupus, she's on hydroxychloroquine 200mg and now her eye doctor wants yearly retina checks. Why?", []),

("Milton sterilising fluid - my 3 month old sucked on a dummy that hadn't been rinsed after sterilising. Is that harmful?", []),

("mum has Huntington's in her family and she's scared to get tested. she's 44, her dad died of it at 61. is the blood test reliable?", []),

("Charlie horse cramps in my calves every night since 28 weeks. Now 33 weeks. Magnesium ok in pregnancy?", []),

("My autistic son (17) has been prescribed risperidone 0.5mg for aggression and he's put on 9kg in 3 months. He's now 88kg and 175cm. Is that the risperidone?", []),

("Chelsea and Westminster did my daughter's hip ultrasound at 6 weeks and said her hips are immature, rescan at 12 weeks. Will she need a harness?", []),

("Hi. Ferritin 450, transferrin saturation 62%. I'm a 48 yo man, my GP mentioned haemochromatosis. Is it hereditary? My brothers are 45 and 51.", []),

("Mayo Clinic website says heart rate over 100 is tachycardia. My 6 month old is always at 130-140. Is the range different for babies?", []),

("Grandad (94, lives with us) has a pressure sore on his sacrum, grade 2 the district nurse said. We turn him every 2 hours. What else?", []),

("Newborn jaundice question - baby is 5 days old, bilirubin was 280 at the Whittington on day 3. She's yellow to the tummy now. Should I go back in or wait for the midwife tomorrow?", []),

("Guy at work said you can't take antibiotics and the pill together. Is that true? I'm 26 on Microgynon and just started doxycycline 100mg.", []),

("Reading about Crohn's vs ulcerative colitis - my daughter (16) has had bloody diarrhoea 6 times a day for 2 weeks and calprotectin 890. Which is it likely?", []),

("Baby born 6 weeks early in February, now 10 weeks old, still only drinking 60ml per feed. The NICU at Birmingham Women's said to expect slow. How slow is too slow?", []),

("Ruby red rash on my 3 yo's cheeks and lacy rash on her arms. The nursery said fifth disease is going round. I'm 24 weeks. Do I need a blood test?", []),

("Panadol, Nurofen and Voltaren all not helping my migraine. I'm 37 and on the mini pill (Cerazette). Can I try sumatriptan?", []),

("Sister in law is a nurse and said my 2 yo's blood pressure of 110/70 is high. Is it? He was crying when they took it.", []),

("Mother of 3 here (6, 4 and 8 months). All three have had the vomiting bug since Sunday. The baby has had 4 wet nappies in 24 hours. What's the minimum?", []),

("Mitral valve prolapse was found on my echo at 32. Now I'm 35 and 14 weeks pregnant. Does it make pregnancy risky?", []),

("Kings College Hospital transplant team said my dad's kidney function after transplant is 'stable'. Creatinine 160. He's 59. Is that good for a transplanted kidney?", []),

("Had a Pap smear on Monday and today I have light spotting. I'm 31. Normal?", []),

("My 7 yo has been diagnosed with Perthes disease in his left hip after limping for months. He's a football mad kid. How long until he can play again?", []),

("dose question - my 22kg 6 year old, how much ibuprofen can she have? The bottle is 100mg/5ml and says 7.5ml for 6-9 years.", []),

("Hereford hospital did my mum's bloods and her potassium was 6.1. She's on spironolactone 25mg and ramipril. She's 83. Should she stop something?", []),

("Faith healer at my in-laws' church told them to stop my father in law's insulin. He's 70 with type 2. They listened. His sugars are 20+. How do I convince them?", []),

("Heavy periods since my coil (Mirena) came out in 2023. I'm 42. Could it be perimenopause? Periods every 19 days.", []),

("Saw a specialist at the Mater in Brisbane about my son's undescended testicle. He's 10 months. They want to operate at 12 months. Is that the right age?", []),

("Mid 30s, male, 5'11, 112kg. Fatty liver on ultrasound. ALT 88. Does fatty liver go away if I lose weight?", []),

("Christmas Eve 2023 was when my eczema flared and it's never settled. I'm 29. Tried Eumovate, Dermovate, Protopic. Next step is what, dupilumab?", []),

("Sunny days make my 4 yo's face rash worse. Doctor thinks it could be polymorphic light eruption. Is that a thing in kids?", []),

("Pradaxa 150mg twice a day for AF. Mum (78) keeps forgetting the evening dose. How dangerous is missing one?", []),

("Hi I'm 17 and in year 12. Since September I get stomach pain and diarrhoea before every exam. Is that IBS or just nerves?", []),

("In 1998 I had rheumatic fever as a child in Fiji and now they say my mitral valve is narrowed. I'm 34 and want to get pregnant. Is it safe?", []),

("my 9 month old rolled off the bed last night (about 50cm). He cried straight away, fed, slept normally. Today he's his normal self. Do we need to get him seen?", []),

("Good Samaritan hospital told us my wife's preeclampsia bloods are borderline. Platelets 140, ALT 50. She's 35 weeks. Are they going to induce?", []),

("Teething at 4 months? My baby's drooling loads and chewing fists. Can I use Bonjela?", []),

("Stanford's website says ketogenic diet helps epilepsy in kids. My son (5) has Lennox-Gastaut. Would a dietitian help us try it?", []),

("Warfarin 5mg and my INR is 1.6. Was 2.8 two weeks ago. I've been eating loads of spinach. Is that it? I'm 65, mechanical valve.", []),

("Trying to figure out if my daughter (11) has Asperger's or just social anxiety. Her school SENCO said to ask the GP. Is it still called Asperger's?", []),

("April showers and hayfever season - my son (8) has eyes swollen shut every morning. Cetirizine 5mg not cutting it. Can he take more?", []),

("weight 61kg height 168cm age 23, my resting heart rate is 42. i run a lot. is that too low or just fitness", []),

("Chemo started on 3 October for my husband's bowel cancer (FOLFOX). He's 55. His fingers tingle when he touches cold things. Is that permanent?", []),

("Salford Royal did my dad's MRI and they said he has cauda equina stenosis but it's not urgent. He's 71. Isn't cauda equina always an emergency?", []),

("On 2 occasions this week my 3 week old has gone a bit blue around the mouth when feeding, then pinks up. Health visitor said it's normal. Is it??", []),

("My mum's a retired nurse and she says my 14 month old's fontanelle should be closed by now. Is it normal for it to still be open?", []),

("Every time I eat I get diarrhoea since my gallbladder was removed in January. I'm 44. Bile acid something?", []),

("Sophia Children's Hospital in Rotterdam diagnosed our son with Hirschsprung's at 2 weeks. Now he's 3 and still constipated after surgery. Normal?", []),

("March 2024 my son had the MMR and got a rash and fever 10 days later. Now he's due his second dose. Will that happen again?", []),

("Regarding my autistic teenager's diet: he only eats chicken nuggets, chips, and yoghurt. He's 15, 52kg. Should I be giving a multivitamin?", []),
("ok long one sorry\nmy daughter is 7, has cerebral palsy (spastic quadriplegia), epilepsy, and is PEG fed\nmeds: baclofen 5mg three times a day, keppra 250mg twice a day, omeprazole 10mg, movicol 1 sachet\nweight 17.2kg, height 112cm\nshe's had a chesty cough for 4 days, no temp, sats on our monitor 96-97%. her physio appointment isnt till the 14th. can we do chest physio ourselves at home?", []),

("baby due 3rd of august, currently 33+2, had a growth scan at St Michael's yesterday and baby is measuring on the 8th centile, they said 'small for dates' and want to scan again in 2 weeks. Is 8th centile really small? I'm 5ft 1 myself and was a small baby in 1994", []),

("Lyme disease question - we were camping in the New Forest 2 weeks ago and my husband has a round red rash on his thigh that's getting bigger, like a bullseye. He's 44. The GP appointment is on Friday. Is that soon enough?", []),

("Chasing the kids on their bikes broke my husband's wrist lol (long story, a kerb was involved). He's 39 and it's a scaphoid fracture, in a cast for 8 weeks. They said there's a risk it doesn't heal. What's the percentage?", []),

("Hi, Christmas Day 2024 I started getting pins and needles in my feet, now it's February and it's both hands too. I'm 53. B12 was 140, folate normal. Is that low enough to cause it? Started injections last week.", []),

("Newport Pagnell services is where my 5 yo threw up 4 times on our drive home from Milton Keynes, now he's asleep in the car seat and seems fine, no temperature. Car sickness or a bug?", []),

("Just did the Glasgow coma scale in my first aid course and got confused, what's the score for someone who opens their eyes to voice? Also is 15 the max? Asking for my own revision, I'm training to be a teaching assistant in a SEN school", []),
]
