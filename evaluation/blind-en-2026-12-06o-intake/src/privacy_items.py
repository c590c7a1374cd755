# Hand-written privacy items. Each entry: (text, [(type, exact_substring), ...], [quasi substrings])
# Written one by one; no templates, no generation.

ITEMS_WITH_IDS = [
    ("hi, my name's Tamsin and I'm 34. ever since my second baby I leak a bit when I sneeze or laugh or jump on the trampoline with the kids. is pelvic floor physio actually worth it or do people end up needing surgery anyway?",
     [("name", "Tamsin")], []),

    ("My dad, Gerald Whitcombe (DOB 14/03/1951), was started on warfarin last week after they found AF. Now his gums bleed every time he brushes and he had a nosebleed yesterday that took 15 min to stop. His INR was 3.8 on Tuesday. Is that too high? The anticoag clinic doesn't answer the phone.",
     [("name", "Gerald Whitcombe"), ("date_of_birth", "14/03/1951")], []),

    ("can someone explain my MRI report in normal words, it says 'mild disc desiccation L4-L5 with broad based posterior bulge'. I teach year 2 at Brookfield Primary so I'm on my feet and bending over tiny tables all day and my lower back is wrecked by 3pm.\n\n-- Aoife",
     [("name", "Aoife")], ["Brookfield Primary"]),

    ("Question about my son's ADHD meds. Noah is 9, on 18mg Concerta since September, and he's basically stopped eating lunch. The school nurse at Hollins Elementary keeps calling me about it. He eats a huge dinner though. Should we lower the dose? My cell is 555-214-8830 if a nurse can call back, I work days.",
     [("name", "Noah"), ("phone", "555-214-8830")], ["Hollins Elementary"]),

    ("My wife Ngozi has had a cough for about 3 weeks and this week she's been coughing up small streaks of blood in the mornings. She is 41 and has never smoked. We moved here from Lagos two years ago. Could this be TB? She says it's just a chest infection and she's too busy.",
     [("name", "Ngozi")], []),

    ("Hello I am writing for my mother Mrs. Kowalczyk, she is 78 and has dementia. Recently she don't sleep at night and she is shouting and trying to leave her room. The care home (Willow Lodge) want to give her quetiapine. Is it safe for old people? I read something about stroke risk. Please answer to my email anna.kowalczyk82@mailbox.test",
     [("name", "Kowalczyk"), ("email", "anna.kowalczyk82@mailbox.test")], ["Willow Lodge"]),

    ("NHS number 943 476 5919 - I keep getting letters about a colonoscopy I never had and a diabetes review when I'm not diabetic. I think my records have been merged with someone elses?? who do I even contact to fix this",
     [("id_number", "943 476 5919")], []),

    ("me and bill have been trying for a baby for 14 months now. I'm 36, cycles are regular-ish (28-33 days), he's 40 and had mumps as a kid if that matters. at what point do they refer you to fertility? the GP just said 'keep trying' lol",
     [("name", "bill")], []),

    ("My daughter Hope (7) has had warts on two fingers for about a year. We tried the freezing spray from Boots for weeks, nothing. She picks at them and now her friend has them too. Does the duct tape thing actually work or is that a myth?",
     [("name", "Hope")], []),

    ("Policy no. HX-22918475. Insurance denied the MRI on my knee as 'not medically necessary'. The orthopaedic guy said he's pretty sure it's a meniscus tear and it locks when I squat. What do I even write in an appeal letter?",
     [("id_number", "HX-22918475")], []),

    ("Hi all, our little boy is 3 and still isn't saying more than about 10 words. He understands everything, follows instructions, points at things. Health visitor says wait till he's 3 and a half. Is that too long to wait for speech therapy? We're both a bit anxious.\nThanks in advance, Marguerite & Paul",
     [("name", "Marguerite"), ("name", "Paul")], []),

    ("Name: Deshawn Carter\nAge: 27\nDOB: 02/11/1997\nSymptoms: sharp pain right side under ribs after eating fried food, 3 episodes this month, lasts 2-3 hours then goes\nPhone: (312) 555-0187",
     [("name", "Deshawn Carter"), ("date_of_birth", "02/11/1997"), ("phone", "(312) 555-0187")], []),

    ("my instagram is @sunny.days.with.lupus and I post about my flares, but lately my hair is falling out in clumps in the shower and I'm on hydroxychloroquine 200mg. is it the lupus or the meds?? anyone else",
     [("handle", "@sunny.days.with.lupus")], []),

    ("Got rear-ended at the lights yesterday, the other car's plate was KD19 XMR and the guy just drove off. Today my neck is stiff, can't turn it left properly, and there's a dull headache at the base of my skull. Do I need an x-ray or is this classic whiplash that goes away?",
     [("licence_plate", "KD19 XMR")], []),

    ("I wrote up my whole endometriosis story here https://www.mybumpyroad.blog/posts/excision-surgery for anyone who's interested. My gynae now wants me on Visanne (dienogest) after the excision to stop it coming back. Has anyone taken it long term? Worried about mood side effects.",
     [("url", "https://www.mybumpyroad.blog/posts/excision-surgery")], []),

    ("My grandma lives on her own at 17 Larkspur Close, Dunmore and she's fallen twice this month, once in the garden and once getting out of the bath. She's 84 and refuses to wear the pendant alarm. What kind of assessment should we be asking the GP for?",
     [("address", "17 Larkspur Close, Dunmore")], []),

    ("Student ID 20418837. The uni health centre email says I need the MenACWY jab before moving into halls but I'm sure I had a meningitis one at school when I was 14. Do I really need another one or are they different?",
     [("id_number", "20418837")], []),

    ("I work nights at Harrow Logistics (employee no. HL-0457), 4 on 4 off, and I cannot sleep in the day at all. Blackout blinds, earplugs, melatonin 3mg, nothing. Occupational health want a letter from a doctor. Is 'shift work disorder' an actual diagnosis or will they laugh at me?",
     [("id_number", "HL-0457")], ["Harrow Logistics"]),

    ("My kids Mateo and Lucía both brought home hand foot and mouth from nursery and now my husband Iván has blisters all down his throat and can barely swallow. I thought adults didn't get it this bad?? Also will Little Sprouts make us keep them off the whole week, I've got work",
     [("name", "Mateo"), ("name", "Lucía"), ("name", "Iván")], ["Little Sprouts"]),

    ("Dr. Abernathy's nurse rang and said my TSH was 6.2 and that's 'borderline, we'll recheck in 3 months'. But I feel like absolute garbage, freezing all the time and I've put on 5kg. Is it reasonable to push for treatment now?",
     [("name", "Abernathy")], []),

    ("my brother (we call him Bugsy lol, long story) hurt his ankle playing football 3 weeks ago and its STILL swollen and kind of purple on the outside bone. he can walk on it but limps. he refuses to go to a doctor. could it be broken and he's just walking on it?",
     [("name", "Bugsy")], []),

    ("Ma mère, Françoise, a 72 ans... sorry, I will write in English. My mother Françoise is 72 and since the doctor raised her amlodipine to 10mg she gets dizzy every time she stands up, and her ankles are swollen. Should she go back to 5mg herself?",
     [("name", "Françoise")], []),

    ("Me and my partner Rowan are both on PrEP. Last week Rowan got a rash on his palms and the soles of his feet, not itchy. Could that be syphilis even though we're on PrEP? I know it doesn't cover STIs, just want to know how worried to be.",
     [("name", "Rowan")], []),

    ("This is Sunita Raghavan, member ID 4482-991-03. I need to know if my plan covers the shingles vaccine (Shingrix) at 52, the pharmacy said it might not until 60. Is that right?",
     [("name", "Sunita Raghavan"), ("id_number", "4482-991-03")], []),

    ("pls reply to jonno.peters@fastmail.example, I don't check this site much. question: can I drink on amoxicillin?? it's my mate's wedding saturday and I'm on day 3 of 7 for a tooth infection",
     [("email", "jonno.peters@fastmail.example")], []),

    ("My mum Patience has sickle cell and she's in a pain crisis, mostly her back and legs. The tramadol she has at home isn't touching it. It's been about 2 days. She hates going to hospital because they treat her like a drug seeker. What else can she do at home?",
     [("name", "Patience")], []),

    ("MRN 00738215 at St Columba's. I had a breast biopsy 10 days ago and my follow up isn't for another 2 weeks. Am I legally allowed to request the pathology report before the appointment? The waiting is killing me.",
     [("id_number", "00738215")], []),

    ("hi its kayla again lol. so the doc said my ferritin is 9 and put me on ferrous sulfate 200mg 3x a day but it makes me sooo constipated and my poop is black?? is that normal. any tips",
     [("name", "kayla")], []),

    ("My colleague Deborah fainted at her desk today. We work at Finchley Accountancy, it's a tiny office. She's type 1 diabetic and we got some orange juice into her and she came round after a minute or two. She wants to finish her shift. Should someone drive her home or does she need to see a doctor today?",
     [("name", "Deborah")], ["Finchley Accountancy"]),

    ("Phone 0412 555 309, please text not call. My son got bitten by the neighbour's dog on the back of his calf, it broke the skin in two places. He had all his baby shots. Does he need a tetanus booster? He's 12.",
     [("phone", "0412 555 309")], []),

    ("I am Mr Adebayo Ogunleye, date of birth 22 July 1968. I have enlarged prostate and the doctor gave me tamsulosin 400mcg. It makes me very dizzy in the morning. Can I take it at night instead?",
     [("name", "Adebayo Ogunleye"), ("date_of_birth", "22 July 1968")], []),

    ("Posting for my girlfriend Sasha who doesn't have an account. She's 23, switched from Microgynon to Rigevidey because the pharmacy was out, and she's had spotting for 3 weeks straight. Is that just her body adjusting?",
     [("name", "Sasha")], []),

    ("My TikTok @kidneywarrior_dee has a lot of followers on dialysis and they keep asking me about food. Is it actually true that you can't eat bananas at all on haemodialysis? Or just not many?",
     [("handle", "@kidneywarrior_dee")], []),

    ("we live at Flat 3, 41 Canal Street and there's black mould all over the bathroom ceiling and behind the wardrobe. my toddler's cough has not gone away in 2 months and he's on his 3rd inhaler. could the mould be doing this? landlord won't do anything without 'proof'",
     [("address", "Flat 3, 41 Canal Street")], []),

    ("Grandad's carer (Joy, from the agency) noticed his ankles are really swollen, when you press they leave a dent. He's 88, on furosemide 40mg in the morning. Can we just give him an extra one?",
     [("name", "Joy")], []),

    ("So Dr Lindqvist said it's 'probably just a ganglion' on my wrist and to leave it. But it's doubled in size in 2 months and my fingers tingle now. Is it worth getting a second opinion?",
     [("name", "Lindqvist")], []),

    ("The pharmacy asked for my social security number (531-27-6604) before they'd fill my Adderall script. Is that a normal thing for controlled meds or is someone scamming me?",
     [("id_number", "531-27-6604")], []),

    ("Our son Kai was born 3rd February 2024 at 34 weeks and he's still not rolling over. Health visitor said use his corrected age but my mum keeps saying he's 'behind'. Which age do we go by for milestones?",
     [("name", "Kai"), ("date_of_birth", "3rd February 2024")], []),

    ("hey its me, Jules (she/her). been on estradiol patches 6 months now, my endo wants bloods every 3 months but I'm genuinely terrified of needles, I passed out last time. can they do hormone levels from a finger prick??",
     [("name", "Jules")], []),

    ("my partner ahmed has these episodes where his heart suddenly races to like 180 out of nowhere and then just stops after a few minutes. happened 4 times. the ECG they did was normal because he wasn't having one. what else can they do",
     [("name", "ahmed")], []),

    ("Referral letter says: 'Patient: Eleanor Voss, DOB 09.06.1959, NHS No 485 777 3456, referred urgently for suspected polymyalgia rheumatica.' What is that? And how long is the wait usually for rheumatology?",
     [("name", "Eleanor Voss"), ("date_of_birth", "09.06.1959"), ("id_number", "485 777 3456")], []),

    ("Claim #CLM-7730215-B was rejected because they say my physio wasn't 'pre-authorised'. I had 8 sessions after my ACL reconstruction and nobody told me I needed approval. Has anyone won one of these appeals?",
     [("id_number", "CLM-7730215-B")], []),

    ("If anyone from the Thursday support group sees this, it's Marisol! My oncologist, Dr. Hideo Tanaka, wants me to start Ibrance with letrozole. What side effects did you guys get? I'm scared of the fatigue.",
     [("name", "Marisol"), ("name", "Hideo Tanaka")], []),

    ("my son's fundraiser is at gofundme.com/f/help-liam-beat-leukemia. he's 6 and in induction chemo. the nurses say keep him away from infections but he has two big sisters at school. how do we actually do this at home",
     [("url", "gofundme.com/f/help-liam-beat-leukemia")], []),

    ("Text me on +44 7700 900412 if easier. My husband had a vasectomy 10 days ago and his scrotum is now really swollen and bruised, black and purple. He says it aches but it's not agony. Normal or go back?",
     [("phone", "+44 7700 900412")], []),

    ("me and Chantelle (my twin) both got diagnosed with PCOS the same year. our mum never got tested but she had irregular periods her whole life. does that mean it's genetic? should our younger sister get checked?",
     [("name", "Chantelle")], []),

    ("Parked outside the oncology unit for my dad's chemo and got a fine because it ran over 3 hours. The car is WX68 LPD. Can the hospital give me a letter for the council? They said it'd only be 2 hours.",
     [("licence_plate", "WX68 LPD")], []),

    ("Hi I'm Björn, 45, Swedish but living in Ohio now. Back home I was on Waran for a clot, what's that called here? And is the INR monitoring the same or do you have to go to a lab each time?",
     [("name", "Björn")], []),

    ("The address for the home visit is 9 Ashgrove Terrace, Bellmont, apartment 2B. My mother can't get down the stairs since her hip operation and needs the district nurse to change her dressing. Who do I ring to arrange it?",
     [("address", "9 Ashgrove Terrace, Bellmont, apartment 2B")], []),

    ("my teacher mrs okonkwo noticed i keep squinting at the board and told my mum. im 13. does that mean i need glasses or could it be something bad with my eyes. i get headaches after school too",
     [("name", "okonkwo")], []),

    ("Passport number for the travel clinic form: K4021776. Do I need yellow fever if I'm only transiting through Nairobi airport for 6 hours on the way to Zanzibar?",
     [("id_number", "K4021776")], []),

    ("Hi Dr. Ama, you treated my daughter Efua last spring for an ear infection. She's getting them nearly every month now and her hearing seems worse. Is it time to talk about grommets?",
     [("name", "Ama"), ("name", "Efua")], []),

    ("on reddit I'm u/tired_mom_of_3 if anyone wants to DM. question: my 3 year old still wakes up 4 or 5 times a night, every night, since birth. is that a sleep disorder or am I just unlucky",
     [("handle", "u/tired_mom_of_3")], []),

    ("Poppy is my daughter. She is 15. She has told me she has been making herself sick after meals for a few months. I only found out because her friend Maddie's mum rang me. What do I do first? I don't want to make it worse.",
     [("name", "Poppy"), ("name", "Maddie")], []),

    ("My husband Clive got bitten separating our two dogs, Biscuit and Pepper, yesterday. The bite on his hand is now red, hot and swollen up to the wrist, and there's a red line going up his arm. He's stubborn. How bad is this?",
     [("name", "Clive")], []),

    ("Three of us at work (me, Priyanka and Tom from accounts) all got sick after the team lunch at the Thai place on Friday. Vomiting, diarrhoea, and Tom has a fever of 38.5. Food poisoning or norovirus going round? Do we report it?",
     [("name", "Priyanka"), ("name", "Tom")], []),

    ("Patricia Nwosu-Hart here, 61, type 2 diabetic for 9 years. My A1c came back 8.9% even on metformin 1000mg twice a day. My doctor wants to add Jardiance. I'm worried about the thrush thing I've read about. Experiences?",
     [("name", "Patricia Nwosu-Hart")], []),

    ("call me at 212.555.0193 after 6pm please. my father in law keeps coughing and choking on thin drinks like tea since his stroke in the summer, and the speech therapist can't see him until next month. is there a thickener we can buy?",
     [("phone", "212.555.0193")], []),

    ("My address is 22B Wellington Road, Apt 5, Leeds LS6 9ZX. Can the pharmacy deliver my repeat prescription or do I have to pick it up myself? I'm housebound at the moment with my back.",
     [("address", "22B Wellington Road, Apt 5, Leeds LS6 9ZX")], []),

    ("insurance member # WPN 558 201 447 - does it cover Mounjaro for weight loss if I'm not diabetic? BMI 38, blood pressure borderline, sleep apnea. the rep on the phone had no clue",
     [("id_number", "WPN 558 201 447")], []),

    ("hannah and i broke up 2 weeks ago and i cant stop crying, barely eating, skipping lectures. is this depression or just heartbreak. im 19 and ive never felt like this",
     [("name", "hannah")], []),

    ("From: Tomasz (tomek_w@inbox.example)\nSubject: knee clicking\n\nMy right knee clicks loudly every time I climb stairs. No pain, no swelling. 38M, cycle to work every day. Should I stop cycling?",
     [("name", "Tomasz"), ("email", "tomek_w@inbox.example")], []),

    ("I'm a practice nurse at Glenmore Surgery and I got a needlestick from a used needle this morning, patient's HIV status unknown, they'd left before I realised. How fast do I need to start PEP? My name is Rhiannon if anyone from occ health reads this.",
     [("name", "Rhiannon")], ["Glenmore Surgery"]),

    ("Me (Kwame, 29) and my fiancée (Abena, 27) are both AS genotype. Our pastor and our doctor both said we should think carefully before having children. What are the actual chances our kids have sickle cell?",
     [("name", "Kwame"), ("name", "Abena")], []),

    ("my little brother Sonny is 11 and has started having these staring spells in class, like he just zones out for 10 seconds and doesn't answer. his teacher at St. Brigid's noticed first. he doesn't remember them. is this absence seizures?",
     [("name", "Sonny")], ["St. Brigid's"]),

    ("Hi, my wife's Hashimoto's seems to be getting worse, TSH 9.1 even on 100mcg levothyroxine. She's exhausted and her hair is thinning. Her name's Grace btw, she's 44. Should they be trying a different brand or adding T3?",
     [("name", "Grace")], []),

    ("Employee ID: 7731902, I work in the cafeteria at Mercy General. Got the flu jab at work yesterday and today my whole upper arm is red, hot and swollen down to the elbow. Is this a reaction or an infection?",
     [("id_number", "7731902")], ["Mercy General"]),

    ("I'm at 16 Orchard Way, the blue house at the end, and my neighbour's kid stays over a lot. He gets nosebleeds like 3 times a week, proper ones. He's 6. Is that something his parents should get checked or is it normal for kids?",
     [("address", "16 Orchard Way")], []),

    ("this is for my nan, Dorothy May Fletcher, she's 91 and her legs are weeping fluid through the bandages, soaking through to her slippers. the district nurse isn't coming till Monday. what can we do till then",
     [("name", "Dorothy May Fletcher")], []),

    ("My date of birth is 30/12/1985 and the pharmacy system has me as 1958, so they refused to hand over my HRT saying the details don't match. How do I get this corrected, is it the GP or the pharmacy?",
     [("date_of_birth", "30/12/1985")], []),

    ("linktree in bio: linktr.ee/ms_and_me_jen - I make videos about MS. question for others on Ocrevus: is it normal to still get the MS hug a few days before your infusion is due?",
     [("url", "linktr.ee/ms_and_me_jen")], []),

    ("tagging my cousin @leonie.runs because she had the exact same thing. anyway, has anyone had plantar fasciitis that lasted over a year? tried insoles, stretches, night splint. considering the shockwave therapy",
     [("handle", "@leonie.runs")], []),

    ("My mate Gazza reckons you can cure gout with cherry juice. I've got a flare in my big toe right now, can't even put a sock on. Uric acid was 520 last time. Is he talking rubbish?",
     [("name", "Gazza")], []),

    ("Son: Ethan Morales, 14\nSchool: Westbrook Middle\nIssue: concussion in football last Tuesday, still gets headaches when reading, light bothers him. Coach wants him back at practice Monday. Too soon?",
     [("name", "Ethan Morales")], ["Westbrook Middle"]),

    ("Can my GP, Dr Susan Pike, share my records with my husband without asking me? I found out he rang the surgery and she told him about my antidepressants. I'm 38, it's my information.",
     [("name", "Susan Pike")], []),

    ("The number on my medical alert bracelet is 800-555-0142 and my member ID is MA-33918. Is it even worth wearing one if I only have a mild penicillin allergy? I got a rash once as a kid.",
     [("phone", "800-555-0142"), ("id_number", "MA-33918")], []),

    ("Yusuf, 52, smoker 30 years. Coughing up grey stuff every morning, get breathless on the stairs to the bedroom. Is this COPD? My wife Leyla made me post this, she says I wheeze in my sleep.",
     [("name", "Yusuf"), ("name", "Leyla")], []),

    ("so me, jess and my mum all have the same thing, itchy little bumps on our wrists and between fingers, way worse at night. jess thinks it's scabies from her boyfriend's flat. do we all need treating even if my dad has no itch?",
     [("name", "jess")], []),

    ("Father: Raymond. He's 67 and 6 weeks after his knee replacement he can only bend it to about 80 degrees. The physio at Kinetic Physio Clinic says he's behind. Will he need that manipulation under anaesthetic thing?",
     [("name", "Raymond")], ["Kinetic Physio Clinic"]),

    ("Please could the pharmacist ring me on 020 7946 0321. My daughter accidentally had two of her melatonin gummies, about 2 hours apart. She's 8 and seems completely fine, a bit sleepy. Just want to double check.",
     [("phone", "020 7946 0321")], []),

    ("I'm Bea. 30 weeks pregnant and my feet and hands are so swollen my wedding ring won't come off. BP at the midwife was 138/88 last week. No headache. Is this just normal pregnancy swelling?",
     [("name", "Bea")], []),

    ("my husband's ex, Crystal, messaged him that she has herpes, after they'd already split up. we've been together 3 years and he's never had a single sore. should I get tested? should he?",
     [("name", "Crystal")], []),

    ("Delivery address for my CPAP supplies: 1204 Sycamore Ave, Unit 7, Fresno CA 93701. Also, is it normal for the mask to leave red marks on my nose that last all morning?",
     [("address", "1204 Sycamore Ave, Unit 7, Fresno CA 93701")], []),

    ("Medicare number 2953 48761 2. Do they bulk bill for skin checks? My wife Kylie says a mole on my back has changed shape and gone darker, I can't see it myself.",
     [("id_number", "2953 48761 2"), ("name", "Kylie")], []),

    ("Rang Dr. Fitzgerald-O'Brien's office four times about my son Cian's allergy test results and nobody calls back. He had a reaction to cashew. Is there a rule on how long they can take to give results?",
     [("name", "Fitzgerald-O'Brien"), ("name", "Cian")], []),

    ("My grandson Jayden (his TikTok is @jaydenhoops09) told me he's been vaping since he was 13. He's 16 now and gets out of breath at basketball practice and coughs at night. Can vaping cause asthma in young people?",
     [("name", "Jayden"), ("handle", "@jaydenhoops09")], []),

    ("hello, Olumide here. The doctor at Cedar Lane Medical Centre gave me ciprofloxacin for a UTI and now the back of my ankle hurts when I walk. Is that the tendon side effect they warn about? I have 2 days of tablets left.",
     [("name", "Olumide")], ["Cedar Lane Medical Centre"]),

    ("my whole POTS story is on my channel youtube.com/@chronicallyclaire. cardio now wants me on ivabradine since the beta blocker made me too tired. did it help anyone here?",
     [("url", "youtube.com/@chronicallyclaire")], []),

    ("licence plate LX21 BNT - that's my car, and it got clamped in the A&E car park while I was inside 6 hours with my daughter's broken arm. Anyone know how to complain? 6 hours!!",
     [("licence_plate", "LX21 BNT")], []),

    ("I'm writing on behalf of my employee, Zainab, who has epilepsy. She had a seizure at work yesterday, we're a small print shop (Hartley & Sons) and the guillotine is near her station. What reasonable adjustments should we make? She's mortified.",
     [("name", "Zainab")], ["Hartley & Sons"]),

    ("Mum's details if a nurse can call her: Margaret Ellis, 07700 900736, 4 Primrose Lane, Ashby. She's 80 and wants to know if she should get the RSV jab as well as flu and covid.",
     [("name", "Margaret Ellis"), ("phone", "07700 900736"), ("address", "4 Primrose Lane, Ashby")], []),

    ("I think I have Bell's palsy, my face was drooping on one side when I woke up, can't close my left eye properly. My husband Will wants me to go to A&E but it's only my face, no weakness in arms or legs and I can talk fine. Is a GP appointment enough?",
     [("name", "Will")], []),

    ("Doctor (Dr. Mehta) put me on Zoloft 50 mg for anxiety. After 10 days I feel worse, shaky and jittery and I can't sleep. Is this the 'gets worse before it gets better' thing people talk about?",
     [("name", "Mehta")], []),

    ("Policy: 88-4421-0097 / Group: 55120. My wife's IVF was only covered for 1 cycle and it failed. The clinic says a second cycle has a better chance. Can we appeal on medical grounds?",
     [("id_number", "88-4421-0097"), ("id_number", "55120")], []),

    ("My friend Dani (short for Daniela) keeps almost passing out when she stands up fast, like her vision goes black. She's 17 and really thin lately and I don't think she's eating. Should I tell her parents?",
     [("name", "Dani"), ("name", "Daniela")], []),

    ("kids are Sienna, Arlo and baby Wren. all three have had diarrhoea for 4 days since we got back from Spain. the older two are fine otherwise but Wren is 10 months. how do I know if she's getting dehydrated",
     [("name", "Sienna"), ("name", "Arlo"), ("name", "Wren")], []),

    ("You can email the results to r.mbeki.home@example.org. My MRN is ZH-5541092. I had a chest CT last week for pneumonia that isn't clearing and I'd like to see the report before my GP appointment.",
     [("email", "r.mbeki.home@example.org"), ("id_number", "ZH-5541092")], []),

    ("Name: Li Wei\nDOB: 1990-04-17\nIssue: blurry vision left eye for 2 days, a bit red, no pain. Wear monthly contacts, sometimes sleep in them (I know)",
     [("name", "Li Wei"), ("date_of_birth", "1990-04-17")], []),

    ("Hi, Fr. Dominic here from the parish. One of our elderly parishioners, Agnes, has been very muddled since she started a new water tablet last week, she didn't recognise me at mass. Her family lives away. Who should they contact?",
     [("name", "Dominic"), ("name", "Agnes")], []),

    ("My brother Mark's blood pressure was 190/110 on the pharmacy machine on Saturday. He says he feels fine and the machine was broken. He's 48 and smokes. How worried should I be?",
     [("name", "Mark")], []),

    ("My employer (Dunlow Engineering) wants my full medical history for the apprenticeship. I'm 17 and had depression at 15, I was on fluoxetine for a year. Do I have to tell them? Could they turn me down? my name is Callum Reid",
     [("name", "Callum Reid")], ["Dunlow Engineering"]),

    ("Pls reply by SMS +61 491 570 156. My husband, Shane, has terrible vertigo since his ear infection last week, the room spins every time he rolls over in bed and he's been sick twice. How long does this last?",
     [("phone", "+61 491 570 156"), ("name", "Shane")], []),

    ("Mrs Adeyemi, the nurse at my son's school (Oakfield Academy), says his eczema looks infected, there are yellow crusts on his elbows. His name is Tobi, he's 8. Can I use the steroid cream on infected bits?",
     [("name", "Adeyemi"), ("name", "Tobi")], ["Oakfield Academy"]),

    ("Hi Doc, Rosa here again about my 'old man' Enzo. He's 74, snores like a freight train and stops breathing in his sleep, I timed it, 20 seconds sometimes. He says I'm exaggerating. What's the test called?",
     [("name", "Rosa"), ("name", "Enzo")], []),

    ("Im a carer with Bright Horizons Home Care, one of my ladies is Mrs Beryl Hutchins, 93, and she keeps getting UTIs, 4 since summer. Are cranberry tablets actually any good or is that an old wives tale?",
     [("name", "Beryl Hutchins")], ["Bright Horizons Home Care"]),

    ("The pharmacist typed my date of birth as 5 Aug 1979 instead of 8 May 1979 on the label. Does that matter for my sertraline or is it only an admin thing?",
     [("date_of_birth", "5 Aug 1979"), ("date_of_birth", "8 May 1979")], []),

    ("hey it's Tank from the gym forum. Tore something in my pec on bench press, heard a pop, huge bruise going down my arm now. Do I need surgery or does it heal on its own?",
     [("name", "Tank")], []),

    ("My daughter's boyfriend Reece had glandular fever last month and now she's got it (I assume!). She's 16, exhausted, throat swollen, glands like golf balls. How long will she be off school?",
     [("name", "Reece")], []),

    ("Wondering how worried to be. My partner Sam is 33 and had a positive FIT test, the GP referred for colonoscopy but the wait is 6 weeks. Sam says it's probably piles. Is 6 weeks too long?",
     [("name", "Sam")], []),

    ("I need to update my address on file: old address 58 Ferncliffe Drive, new address 3 The Mews, Upper Harley. Also need to book a smear, I'm overdue by 2 years. Can I do both by phone?",
     [("address", "58 Ferncliffe Drive"), ("address", "3 The Mews, Upper Harley")], []),

    ("Patient ID#: 10048827-C. Trying to understand my pathology: 'tubular adenoma with low-grade dysplasia, completely excised'. Is that cancer? When do I need another colonoscopy?",
     [("id_number", "10048827-C")], []),

    ("its me Destiny 🙃 my psych upped my lamotrigine to 200 and now theres a rash on my chest and neck. is this THE rash they warned me about?? its a bit itchy, no blisters",
     [("name", "Destiny")], []),

    ("Contact: grace.okafor@nhsmail.example / 07700 900859. I'm the practice manager; one of our GPs, Dr. Okafor, asked me to post a patient's question: does it matter if atorvastatin is taken in the morning rather than at night?",
     [("email", "grace.okafor@nhsmail.example"), ("phone", "07700 900859"), ("name", "Okafor")], []),

    ("Marcus (my stepson) and I don't always get along but he's 15 and I found cuts on his forearms when he was washing up. His mum is away for work till Friday. How do I bring it up without him shutting me out?",
     [("name", "Marcus")], []),

    ("So my roommate's name is literally Summer and she got sun poisoning lol. Blisters all over her shoulders and she's got chills. Should she go in or just aloe and ibuprofen?",
     [("name", "Summer")], []),

    ("We adopted our son Dmitri from Ukraine last year, he's 5 now. His vaccination records are incomplete and partly in Cyrillic. Do they restart everything from scratch or can they test for immunity?",
     [("name", "Dmitri")], []),

    ("My wife María José had a C-section 9 days ago and the wound is oozing yellowish stuff and smells bad. She's 31, no fever yet. Wait for the midwife visit tomorrow or go in?",
     [("name", "María José")], []),

    ("Hi, I'm Priti's mum. Priti is 12 and was diagnosed with type 1 last week at Ridgeway Children's. We're overwhelmed. How do school lunches work with insulin, does she have to inject in front of everyone?",
     [("name", "Priti")], []),

    ("I coach the under-12s at Millfield Rovers and one of my lads, Ollie, gets nosebleeds nearly every time he heads the ball. His parents aren't bothered. Should I be?",
     [("name", "Ollie")], ["Millfield Rovers"]),

    ("Mum: Helen. Dad: Robert. Both in their 80s, both fell this winter, neither broke anything thank god. Is there an actual test for falls risk we can ask for?",
     [("name", "Helen"), ("name", "Robert")], []),

    ("my bf jamal has a lump in his armpit about the size of a grape, been there 3 weeks, doesn't hurt. he says it's just a swollen gland from shaving. how long before you get it looked at",
     [("name", "jamal")], []),

    ("Hi this is Siobhan, my number is 087 555 2194 (Ireland). Can I take ibuprofen while breastfeeding a 3 week old? Got mastitis I think, one boob is red and sore.",
     [("name", "Siobhan"), ("phone", "087 555 2194")], []),

    ("Auntie Fumiko is 77 and has just been prescribed Aricept, but she's also been taking oxybutynin for her bladder for years. Someone told me they cancel each other out. True?",
     [("name", "Fumiko")], []),

    ("Our surrogate, Kelsey, is 24 weeks and has just been diagnosed with gestational diabetes. As the intended parents, what can we do to support her without being overbearing?",
     [("name", "Kelsey")], []),

    ("I am Dr. Rafael Ortiz's patient and he's retiring at the end of the month. Can I get my records from his practice, Ortiz Family Health, sent to a new doctor? I'm 66 with a lot of history.",
     [("name", "Rafael Ortiz")], ["Ortiz Family Health"]),

    ("insta: @laylas_liver_journey. ALT 180 and AST 150 on my last bloods, Layla here, 23, don't drink at all. What else causes this? GP said fatty liver but I'm a size 8.",
     [("handle", "@laylas_liver_journey"), ("name", "Layla")], []),

    ("Vehicle reg for the blue badge application is BD70 KRF. What medical evidence do they want for someone with COPD who can walk maybe 50 metres before stopping?",
     [("licence_plate", "BD70 KRF")], []),

    ("Can't believe I'm posting this. My husband Pieter van der Berg has been drinking a bottle of vodka a day for a year and now the whites of his eyes are yellow. He's 56. What does that mean?",
     [("name", "Pieter van der Berg")], []),

    ("Hey, Nkechi here 👋🏾 my dermatologist Dr. Albrecht wants to start me on isotretinoin but I'm on the pill already, do I still need two forms of contraception? 24F",
     [("name", "Nkechi"), ("name", "Albrecht")], []),

    ("Sorry long post. My father-in-law, Hamish, is 79 and lives at Croft Cottage, Glen Arrach, way out past the village, about 40 minutes from any GP. He's had a cough with green phlegm for 2 weeks and won't drive. Is there any way to get a doctor out to him or a video appointment that actually works with bad signal? He's on inhalers for his chest already.",
     [("name", "Hamish"), ("address", "Croft Cottage, Glen Arrach")], []),

    ("Member No. 6641 2209 8813 (Bupa). I'm trying to claim for a private physio course after my rotator cuff repair. They want a 'referral from a specialist'. Can my GP do that?",
     [("id_number", "6641 2209 8813")], []),

    ("heyy im lottie, 15, and I have these purple stretch marks on my hips and thighs that came out of nowhere this year. mum says its growing but my friend said its a hormone thing?? can someone tell me honestly",
     [("name", "lottie")], []),

    ("My mother-in-law Chiamaka (everyone calls her Mama Chi) came to stay from Enugu and her feet are swollen after the flight and haven't gone down in 5 days. She's 68 and diabetic.",
     [("name", "Chiamaka"), ("name", "Mama Chi")], []),

    ("Carer here. Service user DOB 11/01/1940, name Walter, lives alone. Noticed bruises on both forearms and he says he doesn't know how he got them. On aspirin only. Do I report this as safeguarding or could it just be his skin?",
     [("date_of_birth", "11/01/1940"), ("name", "Walter")], []),

    ("can someone look at my facebook post facebook.com/marta.ruiz.photo/posts/8812 with the photo of my son's rash?? its spread from his tummy to his back and he has a slight temp. 2 years old",
     [("url", "facebook.com/marta.ruiz.photo/posts/8812")], []),

    ("I'm 29, nurse, and my hospital employee number is E-449102 if occupational health reads this forum. I've had 3 negative hep B antibody results even after 2 full courses of the vaccine. Am I a non-responder? Does that mean I can't do surgery placements?",
     [("id_number", "E-449102")], []),

    ("We're at the caravan site, pitch 14, Sandy Lane Holiday Park, Westcombe, and my son stood on a weever fish on the beach, his foot is in agony. Hot water is what they say right?? How hot?",
     [("address", "pitch 14, Sandy Lane Holiday Park, Westcombe")], []),

    ("My colleague Chen Jun and I both work at Quayside Dental and we both got conjunctivitis the same week. Is it contagious enough that we should stop seeing patients? We wear masks and visors.",
     [("name", "Chen Jun")], ["Quayside Dental"]),

    ("@the_real_dr_feelgood_88 on Instagram says ivermectin cured his long covid. I'm 47 and have had brain fog for a year. Is there any evidence at all? Please be honest.",
     [("handle", "@the_real_dr_feelgood_88")], []),

    ("Harvey is 9 months old and has a flat spot on the back of his head. Our paediatrician Dr. Nakamura says it'll round out but my sister paid for a helmet for her boy. Is it worth it?",
     [("name", "Harvey"), ("name", "Nakamura")], []),

    ("re my mum (Ivy Thornbury, born 2 March 1946): the hospital discharged her with 'new diagnosis heart failure, reduced ejection fraction 30%'. What does 30% mean? Is she dying? She seemed quite well on the ward.",
     [("name", "Ivy Thornbury"), ("date_of_birth", "2 March 1946")], []),

    ("my number: 555-0199-447? no wait, it's 555-019-4470. anyway my little girl Mia swallowed one of those small round magnets from her brother's toy an hour ago. she's totally fine and playing. do I need to do anything?",
     [("phone", "555-0199-447"), ("phone", "555-019-4470"), ("name", "Mia")], []),

    ("I'm Rahul, 35, work in IT at Pemberton Insurance. Been having tension headaches every afternoon for a month, in a band round my head. Blue light glasses? Or something worse?",
     [("name", "Rahul")], ["Pemberton Insurance"]),

    ("The pharmacy label says 'Kofi Mensah-Boateng, 1 tablet daily' but I've been taking it twice a day for a week because the doctor said twice. It's ramipril 2.5mg. Should I worry?",
     [("name", "Kofi Mensah-Boateng")], []),

    ("sweetpea (my 4yo, her real name is Eloise lol) keeps saying her wee stings and she's going every 10 minutes. no fever. can I get a urine test at the pharmacy for kids?",
     [("name", "sweetpea"), ("name", "Eloise")], []),

    ("ok so this is a long one, sorry. My mum (Bernadette, 74) lives with my stepdad Des in a bungalow about an hour from me. She had a fall in the garden in August and broke her wrist, and since then she's been getting so forgetful, leaving the gas on, calling me by my sister's name (Niamh), asking the same question five times in an hour. The GP at Kilbride Medical Practice did a memory test and she scored 22 out of 30. They've referred her to the memory clinic but the wait is 5 months. Des is 80 and honestly can't cope. Is there anything we can do in the meantime, and is it normal for it to come on this fast after a fall?",
     [("name", "Bernadette"), ("name", "Des"), ("name", "Niamh")], ["Kilbride Medical Practice"]),

    ("Hola, escribo por mi padre... sorry my English is not so good. My father Ernesto have 70 years, he have diabetes many years and now a wound under the foot that don't close since 1 month. The doctor in Guadalajara say maybe amputation of the toe?? Is possible to save the foot with other treatment?",
     [("name", "Ernesto")], []),
]


ITEMS_NO_IDS = [
    ("Is Crohn's disease the same as ulcerative colitis? I'm 27 and have had bloody diarrhoea on and off since March, colonoscopy booked for the 19th.",
     [], []),

    ("Took 2 Advil and a Tylenol at 9pm for a tooth ache, can I take another Tylenol at 1am? adult, about 70kg",
     [], []),

    ("Will my Ozempic dose go up to 1mg after another 4 weeks? I've lost 6 kg on 0.5 and the nausea is finally settling, don't really want to rock the boat.",
     [], []),

    ("Hope someone can help. My TSH came back 0.02 and free T4 was 32, GP mentioned Graves' disease and wants to refer me. Heart is racing all the time. What happens at the endocrinology appointment?",
     [], []),

    ("Went to the Mayo Clinic in Rochester for a second opinion in May and they said my Raynaud's is primary. Does that mean it won't ever turn into scleroderma? My fingers go white then purple in the cold.",
     [], []),

    ("born 1962, female, never had a colonoscopy. too late to start? I did the poo test kit once in 2015 and it was fine",
     [], []),

    ("5'4 and 210 lbs, 38 years old. Is the gastric sleeve worth it or should I try Wegovy first? Insurance covers the surgery but not the drug, of course.",
     [], []),

    ("My appointment at St. Thomas' is on 14 October but the pain in my hip started on 2 September and is getting worse every week, now I can't sleep on that side. Can I ask to be seen sooner?",
     [], []),

    ("BP this morning 152/96, yesterday 148/92, day before 155/99. On lisinopril 10mg for a year. Should I ask for an increase or add something?",
     [], []),

    ("Mark my words, doctors never take women's pain seriously. I've had endometriosis symptoms for 11 years and only got diagnosed this year at 34. Rant over. Does anyone know if Ryeqo helps with the bowel pain?",
     [], []),

    ("Grace period for refilling insulin? My pharmacy is out of Lantus and I only have 2 days left. Can I switch to another long-acting one myself?",
     [], []),

    ("Rose-coloured patches on my chest and back, scaly around the edges, started with one bigger patch about 10 days ago. Mildly itchy. Pityriasis rosea? How long does it last?",
     [], []),

    ("Will Xanax show up on a pre-employment drug test? I take 0.5mg maybe twice a month for flying, prescribed.",
     [], []),

    ("Bill from the hospital just came in the post: $4,300 for an ER visit for a kidney stone, they gave me Toradol and an ultrasound. Is that normal in Texas??",
     [], []),

    ("Parkinson's runs in my family, my grandad had it from about 60. I'm 45 and lately my right hand trembles when I hold a cup of coffee. Could be the coffee itself I guess. Worried though.",
     [], []),

    ("Baker's cyst behind my knee, about the size of a golf ball now. Ortho said we can drain it or leave it. Anyone had it drained, did it come back?",
     [], []),

    ("Is Sjögren's syndrome the reason my eyes feel like sandpaper and my mouth is dry all the time? ANA was 1:320 speckled, waiting for the anti-Ro result.",
     [], []),

    ("had my 20 week scan at Royal Victoria on tuesday, they said low lying placenta and will rescan at 32 weeks. what does that mean for the birth, will i need a c section?",
     [], []),

    ("Can I have a drink on Keppra 500mg twice a day? Literally one glass of prosecco at Christmas, not planning a bender",
     [], []),

    ("Osgood-Schlatter in a 12 year old boy - does he have to stop football completely? He's devastated, he plays 4 times a week and the bump under his knee hurts after every game.",
     [], []),

    ("Jack up the dose or switch? Been on Lexapro 10mg for 8 weeks, sleep is better but still anxious most days. 31F",
     [], []),

    ("Ferritin 14, Hb 109, MCV 74. Female, 29, heavy periods. Do I need iron infusions or just tablets? Tablets make me sick",
     [], []),

    ("Does Humira increase the risk of TB? I'm from India originally and had the BCG as a child. The rheumatologist wants a quantiferon first.",
     [], []),

    ("Since 3 January my left ear has been ringing constantly and twice I've had spinning attacks lasting a couple of hours. Meniere's?",
     [], []),

    ("My 6 month old weighs 6.2kg and is on the 9th centile. Health visitor isn't concerned because she's following her line, but everyone else's babies look so chunky.",
     [], []),

    ("Faith healers at my mum's church told her to stop her metformin and pray instead. She's 70. How do I convince her without starting a war?",
     [], []),

    ("Can you get shingles twice?? Had it at 34, now 52 and there's a band of burning pain on my right side, no rash yet.",
     [], []),

    ("Am I too young for a hip replacement at 49? I have avascular necrosis from high-dose steroids I had for asthma.",
     [], []),

    ("Lipitor 40 mg vs Crestor 10 mg, which one is stronger? Cholesterol 7.1, LDL 4.8, doc wants to switch me because of muscle aches.",
     [], []),

    ("Iris and pupil look different sizes in photos, the left pupil is bigger. My mum says it's been like that since I was a baby. I'm 31. Anisocoria? Should I get it checked anyway?",
     [], []),

    ("Guillain-Barré after a flu jab, how real is the risk? I'm booked for mine on 12 November and I'm having second thoughts.",
     [], []),

    ("Penny-sized bruise appeared on my shin for no reason and my gums bleed when I brush. 58, not on any blood thinners. Should I ask for bloods?",
     [], []),

    ("Addison's disease patient here, on hydrocortisone 10/5/5. What are the sick day rules for a stomach bug? I keep forgetting if it's double or triple.",
     [], []),

    ("Saw a neurologist at Johns Hopkins last year for my tics. He said Tourette's. Now my 9 year old has started doing the same eye blinking and throat clearing. Is it passed on?",
     [], []),

    ("Sunny days make my face rash worse, butterfly shape across my cheeks. Lupus? I'm 26 and my joints ache too.",
     [], []),

    ("Is Barrett's oesophagus precancerous? Diagnosed at 61 on an endoscopy for heartburn, told to come back in 3 years. That seems like a long time if it could turn into cancer.",
     [], []),

    ("Cushing's or just being overweight, what tests actually tell them apart? My 9am cortisol was 690 and I've got purple stretch marks on my tummy.",
     [], []),

    ("Down syndrome screening came back 1 in 150. Should I have the amnio or the NIPT first? 39 years old, first baby.",
     [], []),

    ("Brown recluse bite?? I live in Missouri and found a spider in my shoe this morning, now there's a red ring on my ankle with a pale middle. It's sore.",
     [], []),

    ("Holly, ivy and mistletoe - which one is actually poisonous to toddlers? Decorating for Christmas and my 18 month old puts everything in his mouth.",
     [], []),

    ("Will the Pfizer booster interfere with my Eliquis? Bruise easily already.",
     [], []),

    ("Dawn and dusk are when my migraines hit hardest for some reason. Sumatriptan 50mg works but I'm needing it 3 times a week now. Is that rebound headache territory?",
     [], []),

    ("Autumn always brings my asthma flares. Peak flow drops from about 450 to 320. Should I be upping the preventer before it starts?",
     [], []),

    ("Ginger tea for morning sickness, does it actually work? 9 weeks pregnant, can't keep anything down except salty crackers and ice.",
     [], []),

    ("Sterling silver earrings make my ears weep and itch. Is that nickel allergy even in 925 silver?",
     [], []),

    ("Hunter's bump is what my mum called the lump on the back of my heel. Googled and found Haglund's deformity. Is that the same thing? Hurts in boots.",
     [], []),

    ("Is it safe to fly to Florida at 32 weeks with placenta previa? No bleeding so far.",
     [], []),

    ("Glasgow Coma Scale of 14 at the scene according to the paramedic notes after my car crash in June. What does 14 actually mean? I don't remember any of it.",
     [], []),

    ("A1c 5.9. Prediabetes at 24?? BMI 27, I eat pretty badly honestly. Can I reverse this or is it downhill from here",
     [], []),

    ("Born in 1971, don't think they did MMR in Nigeria back then. Should I get it now as an adult before I start working in a nursery?",
     [], []),

    ("Dr appointment tomorrow at 10:30 about a breast lump I found on Sunday. What questions should I ask? I know I'll panic and forget everything.",
     [], []),

    ("Kawasaki disease in a 3 year old, discharged after IVIG, echo at 6 weeks was normal. What's the long-term risk to his heart?",
     [], []),

    ("Reading the label on Benadryl, 25mg per tablet. What's the max in 24 hrs for a 60kg adult? Hives from something I ate.",
     [], []),

    ("Heather honey or manuka for a sore throat? I'm 60 and diabetic so don't want to go mad with sugar.",
     [], []),

    ("Victoria's Secret bras giving me a red itchy rash under the band. Fungal or contact dermatitis? It's worse in summer.",
     [], []),

    ("Hodgkin lymphoma survivor, 15 years out, had mantle field radiotherapy at 19. What screening should I be getting now? Nobody follows me up anymore.",
     [], []),

    ("Wilson's disease? copper levels slightly high in my 16 yo and her liver tests are off. Eye exam for Kayser-Fleischer rings booked next week. What else will they do?",
     [], []),

    ("Just got back from Bali 4 days ago and have a fever of 38.9, bad joint pain and a headache behind my eyes. Dengue? Anything I shouldn't take?",
     [], []),

    ("Haemoglobin 182 g/L, haematocrit 0.54. Smoker, 52, male. GP said polycythaemia and to repeat. Is it just the smoking?",
     [], []),

    ("MS or B12 deficiency? Tingling in both feet for 2 months and my B12 came back at 140. I'm vegetarian.",
     [], []),

    ("Dr. said come back in 6 weeks if the cough is still there. It's been 5. Should I just go now?",
     [], []),

    ("Sir/madam, my father is 81 and his creatinine was 210 last month, eGFR 24. Is dialysis next? He is very scared.",
     [], []),

    ("Frank blood in my urine after a long run yesterday, half marathon on a hot day. It's clear today. Normal or do I need to see someone?",
     [], []),

    ("Pat dry or air dry after changing a hidradenitis dressing? Also is Humira worth it, the flares are every few weeks now",
     [], []),

    ("Max dose of ibuprofen per day for a 16 year old? She's 55kg and gets terrible period cramps.",
     [], []),

    ("Sunday roast triggered the worst gout attack I've ever had. Uric acid 480 umol/L. Time to start allopurinol?",
     [], []),

    ("Jordan trip in April, what vaccines do I need? I'm 67 and on methotrexate 15mg weekly so can't have live ones apparently.",
     [], []),

    ("Chelsea boots rubbed my achilles raw on a night out, now the blister is red and weeping. Infected?",
     [], []),

    ("The GP at Riverside Family Practice (it's tiny, just two doctors) says my son's heart murmur is innocent. He's 4. Do we need an echo anyway just to be safe?",
     [], ["Riverside Family Practice"]),

    ("Crohn's flare again. Stools 8 times a day, calprotectin was over 1000. They want me on Stelara. Anyone been on it?",
     [], []),

    ("Ever since the Moderna booster in 2021 I get palpitations. Is that a thing or coincidence? Heart rate 95 resting.",
     [], []),

    ("Would a 2cm gallstone pass on its own? Surgeon at Addenbrooke's wants to take the gallbladder out but I'd rather not.",
     [], []),

    ("heyy random q but is it normal to get a nosebleed every time i fly? like every single flight since i was 12. im 20 now",
     [], []),

    ("Newly diagnosed with Hashimoto's at 33, started on 50mcg levothyroxine. Should I be gluten free? The internet says yes, my endo says no.",
     [], []),
    ("Sorry this is long. It started in February with what I thought was a UTI, burning and going every half hour. Took nitrofurantoin 100mg, cleared up, then it came back in April. Then June. In July my GP did an ultrasound and said the bladder wall is 'slightly thickened' and referred me to urology at the Royal Infirmary for a cystoscopy on 3 October. I'm 46, never smoked, drink loads of water. My sister says try D-mannose. Has anyone had a thickened bladder wall and was it anything bad? Trying very hard not to google.",
     [], []),
]
