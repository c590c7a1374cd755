# Privacy items with identifiers, part 2 (written by hand, writer 136)
ITEMS = [
    (
        "Hi, I'm 45 and I've been getting migraines with aura since I was a teenager, maybe 2 a month. Since "
        "perimenopause started they're more like 8 a month. Sumatriptan 50mg works but I'm only allowed so many. "
        "My neurologist back in Calgary (Dr. Petra Vance) tried topiramate in 2020 and I couldn't find words, so we "
        "stopped. I moved to Victoria in the spring. Someone in my migraine Facebook group mentioned the monthly "
        "injections. Am I a candidate? Contact: michelle.ybarra@example.ca",
        [("name", "Petra Vance"), ("email", "michelle.ybarra@example.ca")],
        [],
    ),
    (
        "My dad Frank is 79. He's had COPD for 15 years, on Trelegy once a day and salbutamol when needed. He used "
        "to smoke 40 a day, stopped in 2004. His oxygen on the little finger monitor is usually 91-93%. He's been "
        "asking about going on holiday to see my sister in Perth which is a 17 hour flight from London. Is that "
        "safe? Does he need oxygen on the plane? His respiratory nurse Marie said to ask a doctor.",
        [("name", "Frank"), ("name", "Marie")],
        [],
    ),
    (
        "Hey, so this is awkward. I had unprotected sex with someone I met on Hinge 10 days ago and now it burns when "
        "I pee and there's discharge. I'm a 24 yo guy. He goes by @tyler_k_0412 on there. Should I tell him? "
        "I don't want to go to my family doctor because she knows my mum.",
        [("handle", "@tyler_k_0412")],
        [],
    ),
    (
        "Dear Sir or Madam,\n\nI'm writing for my mother, Mrs Agnes Pritchard, date of birth 2 April 1938. She was "
        "discharged from the Royal Gwent on Friday after a UTI and a week of confusion. They started her on "
        "nitrofurantoin and stopped her furosemide. Her ankles are now very swollen again. Nobody told us whether the "
        "furosemide should be restarted. The discharge letter just says 'GP to review'. The surgery can't see her "
        "until the 19th.\n\nCan you advise?\n\nGareth Pritchard\n14 Heol y Nant, Caerphilly CF83 2JP",
        [("name", "Agnes Pritchard"), ("date_of_birth", "2 April 1938"), ("name", "Gareth Pritchard"),
         ("address", "14 Heol y Nant, Caerphilly CF83 2JP")],
        [],
    ),
    (
        "i work nights at the Coles distribution centre in Eastern Creek and i cant sleep during the day no matter "
        "what. melatonin does nothing. its been 8 months. my name is bao, 30. is there something stronger that wont "
        "make me drowsy driving home",
        [("name", "bao")],
        ["Coles distribution centre in Eastern Creek"],
    ),
    (
        "I'm 63 and had a knee replacement (right) in June at Mount Sinai. Recovery went OK but I still can't bend it "
        "past 95 degrees and my surgeon Dr. Abernathy says if it isn't 110 by the 6 month visit we may need a "
        "manipulation under anaesthesia. I'm doing physio 3 times a week with Luis. Is there anything else I can do? "
        "I'm also diabetic if that matters. My claim number with the insurer is CLM-77310452.",
        [("name", "Abernathy"), ("name", "Luis"), ("id_number", "CLM-77310452")],
        [],
    ),
    (
        "My 2 year old (Noah) has had a temp of 38.4 on and off for 3 days. He's drinking, weeing, playing between "
        "doses of Calpol. Nursery sent him home. His older sister Ava had hand foot and mouth last week. Can this be "
        "the same thing even without spots? We're at 58 Claremont Road, Harrogate if anyone from the out of hours "
        "needs to come but I don't think it's that urgent.",
        [("name", "Noah"), ("name", "Ava"), ("address", "58 Claremont Road, Harrogate")],
        [],
    ),
    (
        "I have a question about my cholesterol. Total 7.2, LDL 5.1, HDL 1.3, triglycerides 1.8. I'm 41, not "
        "overweight, run 3 times a week, eat pretty well. My dad had a heart attack at 46 and his brother at 50. "
        "My doctor, Dr. Siobhan Keane, mentioned familial hypercholesterolaemia and wants me to start a statin. "
        "Should my kids (8 and 11) be tested too?\n\nThanks,\nConor\n+353 85 555 0193",
        [("name", "Siobhan Keane"), ("name", "Conor"), ("phone", "+353 85 555 0193")],
        [],
    ),
    (
        "Hello I am looking for advice for my grandmother. She is 88 and lives alone in a flat at 3/21 Acacia Avenue, "
        "Glenelg SA 5045. Her name is Evelyn. She has been getting a lot of falls, four since Christmas, and she "
        "refuses the personal alarm. Her GP says her blood pressure drops when she stands (130 sitting, 100 standing). "
        "She takes perindopril and a water tablet. What can we do?",
        [("address", "3/21 Acacia Avenue, Glenelg SA 5045"), ("name", "Evelyn")],
        [],
    ),
    (
        "Hi, I had gastric sleeve surgery in 2021 (lost 48 kg, from 131 to 83). Now my hair is falling out in clumps "
        "and I feel dizzy a lot. My surgeon's office said to take a multivitamin. I've also been getting really "
        "bad reflux which I never had before. My bariatric group coordinator Janelle said some people need to be "
        "converted to a bypass. I'm 38F. Is the hair loss from low protein? I'm on the clinic's records as patient "
        "number BSC-20913.",
        [("name", "Janelle"), ("id_number", "BSC-20913")],
        [],
    ),
    (
        "Not sure where to ask this. My husband Rahul has been getting nosebleeds, 3 or 4 a week, since he started "
        "the blood thinner (rivaroxaban 20mg) in July after a DVT in his calf. They last 15-20 mins. He's 54. "
        "Is this normal? He's also on the nasal spray for hay fever, does that matter?",
        [("name", "Rahul")],
        [],
    ),
    (
        "Hiya. Me again. Last time you said to get bloods, did that: vitamin D 21, B12 180, thyroid normal. I'm still "
        "shattered all the time. 34, two kids under 5, work part time at Greggs on Mill Lane. My partner Kyle does "
        "nights. Should I be on B12 injections or just tablets? Also is vitamin D 21 bad?\nCheers, Shannon Doyle",
        [("name", "Kyle"), ("name", "Shannon Doyle")],
        ["Greggs on Mill Lane"],
    ),
    (
        "My son is 17 and has Crohn's disease diagnosed at 13. He's been on Humira for 3 years. His gastroenterologist "
        "at SickKids is Dr. Moshe Abramovitz. Now he's turning 18 and has to move to adult services, and we have "
        "been told the wait is long. His last calprotectin was 380. He's got a bit of joint pain. How do we make "
        "sure he doesn't fall through the cracks? My email is l.ferreira.home@example.com and his health card is "
        "9902-114-387-AB.",
        [("name", "Moshe Abramovitz"), ("email", "l.ferreira.home@example.com"), ("id_number", "9902-114-387-AB")],
        [],
    ),
    (
        "i keep getting cold sores every month, like 6 times this year. aciclovir cream does nothing. my housemate "
        "ollie says theres tablets you can take every day. is that a thing? im 22 and a student",
        [("name", "ollie")],
        [],
    ),
    (
        "I've been asked to write down my history for the new GP so here it is and then my question.\n\n"
        "- Born 19/09/1972, Sheffield.\n- Asthma as a child, grew out of it.\n- 1998 road accident, broken pelvis, "
        "two ops at the Northern General.\n- 2005 depression after my divorce, sertraline 100mg for 3 years.\n"
        "- 2016 high blood pressure, now on losartan 50mg.\n- Father died of bowel cancer aged 66, mother alive with "
        "dementia.\n\nQuestion: I've had blood in my stool twice this month. Bright red, on the paper. I'm terrified "
        "because of Dad. I did the FIT test kit in 2022 and it was negative. Do I need a colonoscopy?\n\n"
        "Paul Hardcastle",
        [("date_of_birth", "19/09/1972"), ("name", "Paul Hardcastle")],
        [],
    ),
    (
        "Hi, my daughter Lily-Mae is 12 and she's got really bad acne on her forehead and chin. She's getting teased "
        "at school and she cries about it. We've tried the Differin gel and benzoyl peroxide wash for 3 months. "
        "Can she try antibiotic tablets at 12? Her brother Reuben was on doxycycline at 15 and it cleared up.",
        [("name", "Lily-Mae"), ("name", "Reuben")],
        [],
    ),
    (
        "I am a 36 year old man. I have had HIV since 2012 and I am well controlled on Biktarvy, undetectable for 8 years, "
        "CD4 740. My partner Mateo and I want to try for a baby with a surrogate. The fertility clinic (Bright Beginnings "
        "Fertility in Fitzroy) says they need a letter from my HIV doctor. My HIV doctor is Dr. Ayesha Malik. "
        "Is there any risk to the surrogate? Thank you.",
        [("name", "Mateo"), ("name", "Ayesha Malik")],
        ["Bright Beginnings Fertility in Fitzroy"],
    ),
    (
        "My mum is Vietnamese and speaks little English so I'm asking. She is 66, had a stroke in 2020, left side "
        "weakness. Now she gets really bad shoulder pain on the left side, can't lift her arm. She takes aspirin and "
        "atorvastatin. Could this be from the stroke? Her physio finished a year ago. Mum's name is Nguyen Thi Hoa. "
        "You can call me (her son Minh) on 0412 555 309.",
        [("name", "Nguyen Thi Hoa"), ("name", "Minh"), ("phone", "0412 555 309")],
        [],
    ),
    (
        "This is a bit embarrassing but I have had a lump near my bum for a while, it comes and goes and sometimes "
        "leaks. I'm 27 and quite hairy. I work as a long haul driver, sitting all day. My friend Deano had a "
        "pilonidal cyst and had it cut out. Is this what it is? I'm registered at the Parkside Medical Centre "
        "under the name Jamie Lowther.",
        [("name", "Deano"), ("name", "Jamie Lowther")],
        ["Parkside Medical Centre"],
    ),
    (
        "Hello, I'm 55, female. My thyroid was removed in 2018 for papillary cancer (Dr. Yusuf at Guy's did it). I've "
        "been on levothyroxine 150mcg since. My new GP lowered it to 125 because my TSH was 0.02 and now I'm "
        "exhausted and putting on weight. My endocrinologist said keep TSH suppressed. Who is right? My daughter Naomi "
        "runs my online patient account, login is under naomi.b.ruiz@example.com.",
        [("name", "Yusuf"), ("name", "Naomi"), ("email", "naomi.b.ruiz@example.com")],
        [],
    ),
    (
        "Hi doc, father of 3 here. Our youngest Oscar (6) got bitten by the neighbour's dog yesterday on the back of "
        "his hand, 2 small punctures, washed it out, put Savlon on. The dog is a family dog, vaccinated, lives at "
        "number 12. Does he need antibiotics? His tetanus is up to date (had the 4 year jabs).",
        [("name", "Oscar")],
        [],
    ),
    (
        "Hi, my name is Sunita Raghavan, I'm 61. I was diagnosed with atrial fibrillation last month after a routine "
        "ECG at the pharmacy. My heart rate is 90-110 most of the time. I was started on bisoprolol 2.5mg and apixaban. "
        "My husband is worried about the bleeding risk because I fell off a ladder last year. I also run a small "
        "shop, Raghavan's Pharmacy & Gifts on Queen Street, so I'm on my feet all day. Should I be worried about "
        "the apixaban?",
        [("name", "Sunita Raghavan")],
        ["Raghavan's Pharmacy & Gifts on Queen Street"],
    ),
    (
        "I'm asking on behalf of my aunt Rosalind. She's 70 and has lupus which has been quiet for years on "
        "hydroxychloroquine 200mg. Her ophthalmologist wants yearly eye checks but she says she has no eye problems. "
        "Does she really need them? She lives on her own at Flat 2, 17 Marchmont Crescent, Edinburgh EH9 1HN and hates "
        "going out in the winter.",
        [("name", "Rosalind"), ("address", "Flat 2, 17 Marchmont Crescent, Edinburgh EH9 1HN")],
        [],
    ),
    (
        "I got my results back from the sleep study: AHI 34, lowest oxygen 79%. They said severe obstructive sleep "
        "apnoea. The CPAP arrives next week. My question is about driving — I'm a bus driver with Metro (staff number "
        "MB-55102). Do I have to tell DVLA and my employer? How soon can I drive after starting CPAP? Name: Trevor Gayle, "
        "59.",
        [("id_number", "MB-55102"), ("name", "Trevor Gayle")],
        [],
    ),
    (
        "my little bro jayden (14) broke his arm playing footy in june. cast came off in august. his arm still looks a "
        "bit bent to me. the fracture clinic said it would remodel. is that true or should we go back",
        [("name", "jayden")],
        [],
    ),
    (
        "I've been on sertraline 100mg for 2 years for depression and anxiety. My psychiatrist Dr. Beaumont wants me to "
        "come off it slowly. Last time I tried (2021) I got brain zaps and cried every day. I'm 31, I work in HR at "
        "Halvorsen Logistics, and I've got a big restructure coming up. Is now really the time? I've been journaling "
        "about it at medium.com/@quietlyhopefulhannah — people there say never come off.",
        [("name", "Beaumont"), ("url", "medium.com/@quietlyhopefulhannah")],
        ["Halvorsen Logistics"],
    ),
]
