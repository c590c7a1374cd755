# Privacy items with identifiers, part 3. Written by hand.

ITEMS = [
    ("me and my bf (his name's tyrone lol) both started on the same antidepressant and his side effects are way worse than mine, is that genetics? 20f",
     [("name", "tyrone")], []),

    ("Dr. Ahmadi retired and my new psychiatrist Dr. Felicity Crane wants to change all my meds at once. I've been stable on lithium and sertraline for 8 years. Is it normal to change everything together? I'm 50, male.",
     [("name", "Ahmadi"), ("name", "Felicity Crane")], []),

    ("I'm a teacher and one of my pupils, Connor (Year 9), wrote in his English essay that he'd 'be better off dead'. I've told our safeguarding lead Mrs. Haworth. What else should I be doing? School is Brookfield Academy.",
     [("name", "Connor"), ("name", "Haworth")], ["Brookfield Academy"]),

    ("Gran (Nana Pearl to us) keeps ringing me at 3am convinced someone is stealing from her flat. She's 87. Her number is 01632 960512 if the memory clinic needs it.",
     [("name", "Pearl"), ("phone", "01632 960512")], []),

    ("My colleague Brendan told me he's been taking his wife's diazepam to get through the working week. He's a mate. How do I help without getting him sacked? We both work at Tolland & Hart solicitors.",
     [("name", "Brendan")], ["Tolland & Hart"]),

    ("I'm 19, my name is Aaliyah, and I've got a psychiatrist appointment on 14 March. My birthday is 21/06/2005 and I'm worried they'll tell my mum because I'm on her insurance (member no. UHC 9981 2207).",
     [("name", "Aaliyah"), ("date_of_birth", "21/06/2005"), ("id_number", "UHC 9981 2207")], []),

    ("lol my therapist is literally called Dr. Payne. anyway she's great. question: is it normal to feel worse for a day or two after EMDR sessions? 35m",
     [("name", "Payne")], []),

    ("Mark my words, this is the last time I'm trying a new SSRI. Third one this year and they all make me feel like a zombie. My husband Mark says I'm being dramatic. Am I?",
     [("name", "Mark", 2)], []),

    ("My son (Rory, 14) got into a fight and hit his head last week, he was checked at A&E and it was fine. Since then he's irritable and low. His rugby club is Ravensdale RFC and the coach wants a clearance letter. Phone 07700 900145.",
     [("name", "Rory"), ("phone", "07700 900145")], ["Ravensdale RFC"]),

    ("I'm 61, recently retired, and I've been drinking a bottle of wine a night. My wife Annette found this site. Her email is annette.w.1963@example.com — please reply to her, she'll make me read it.",
     [("name", "Annette"), ("email", "annette.w.1963@example.com")], []),

    ("I run an instagram for people with OCD (@untangled.ocd) and someone DMed me saying they're going to stop their meds cold turkey. What should I tell them about SSRI discontinuation?",
     [("handle", "@untangled.ocd")], []),

    ("Had my bloods done at the Fernhill surgery. They say my TSH is 7.2. My doctor is Dr. Ilse Brandauer. I'm 42, female, and my mood has been rock bottom. Could the thyroid explain it?",
     [("name", "Ilse Brandauer")], ["Fernhill surgery"]),

    ("Hi it's Fatima again. the pharmacy gave me a box with someone else's name on it, Noreen Shah, and it was quetiapine instead of my sertraline. I took one before noticing. I'm fine just very sleepy, it was 25mg. Should I report it?",
     [("name", "Fatima"), ("name", "Noreen Shah")], []),

    ("For my records — Angus McTavish, 9 Loch View Crescent, Oban PA34 9ZZ, CHI number 0101019999. I've been in a low mood since the winter set in, every year the same. Is it SAD?",
     [("name", "Angus McTavish"), ("address", "9 Loch View Crescent, Oban PA34 9ZZ"), ("id_number", "0101019999")], []),

    ("My 16 year old's boyfriend drives a white Golf, LK66 WNT, and I'm worried he's getting her to take pills at parties. She's been paranoid and not sleeping. How can I tell if it's drug-induced psychosis?",
     [("licence_plate", "LK66 WNT")], []),

    ("I'm the mum of a 22 year old with autism and anxiety. His name is Benedict but he goes by Benny. His support worker Ms. Clarke says he needs a new assessment. Can adults get an ADHD assessment on the NHS?",
     [("name", "Benedict"), ("name", "Benny"), ("name", "Clarke")], []),

    ("hey so theres this guy on reddit u/sadboi_forever_99 who posted a month ago that he was going to do it on his birthday. his birthday was last week and he posted yesterday about a video game so I guess he's alive? I still feel sick about it. how do people cope with this online stuff",
     [("handle", "u/sadboi_forever_99")], []),

    ("Sorry, my email is wrong on the form. It should be p.okonjo-harris@example.org not the old one. Also my new GP is Dr. Liesel Vogt. Thanks.",
     [("email", "p.okonjo-harris@example.org"), ("name", "Liesel Vogt")], []),

    ("Birth date 1 January 2001 — I know it looks fake but it's real lol. I'm Nguyen Thi Lan, 23. Been having panic attacks at uni since second year.",
     [("date_of_birth", "1 January 2001"), ("name", "Nguyen Thi Lan")], []),

    ("So my psychiatrist (Dr. Benjamin Shore) won't prescribe Xanax, only sertraline. My friend Kat gets Xanax from her doctor. Why the difference? 27F",
     [("name", "Benjamin Shore"), ("name", "Kat")], []),

    ("Hi Dr. Sharma, it's Ben's dad. Ben's ADHD meds (Concerta 36) mean he doesn't eat lunch at all and he's dropping weight. He's 10. His school is Hollybrook Juniors. Contact 555-0124.",
     [("name", "Sharma"), ("name", "Ben"), ("phone", "555-0124")], ["Hollybrook Juniors"]),

    ("I was assaulted in 2021 and since then I can't go out alone. The officer on my case, PC Nolan, said victim support would call but they haven't. I'm 29f. You can reach me at quietfern29@example.com",
     [("name", "Nolan"), ("email", "quietfern29@example.com")], []),

    ("Hi, I'm a 38-year-old dad. My son Jayden was born on 3 March 2014 with a heart defect and now at 10 he's anxious about everything, especially dying. Is health anxiety common in kids with heart conditions?",
     [("name", "Jayden"), ("date_of_birth", "3 March 2014")], []),

    ("i'm at 4/21 Ocean Parade, Manly. my housemate ellie has been in her room for 3 days, eating but not talking, says she's 'just tired'. she's been off her meds since she ran out. shes 24. how do i get her to see someone",
     [("address", "4/21 Ocean Parade, Manly"), ("name", "ellie")], []),

    ("Can I add my partner as an emergency contact? His name is Tobias Lindgren and his phone is 070-555 01 23 (Swedish). I'm being admitted for ECT next week.",
     [("name", "Tobias Lindgren"), ("phone", "070-555 01 23")], []),

    ("My passport number is 000123456 and I'm travelling to Thailand with my lithium and quetiapine. Do I need a doctor's letter?",
     [("id_number", "000123456")], []),

    ("I'm Dr. Keisha Robinson's patient, she's on leave. My bipolar meds need a refill before Friday. Address on file: 608 Willow Creek Blvd, Apt 12, Austin TX 78701.",
     [("name", "Keisha Robinson"), ("address", "608 Willow Creek Blvd, Apt 12, Austin TX 78701")], []),

    ("Asking for my wife, Kerry-Ann, 33. She had a miscarriage 2 weeks ago and hasn't got out of bed since. I'm worried. Her obstetrician is Dr Faulkner.",
     [("name", "Kerry-Ann"), ("name", "Faulkner")], []),

    ("ugh my manager at Pinewood Garden Centre, steve, told everyone I'm 'off with stress'. I'm not ready to go back. 26m, GAD. can my doctor say something?",
     [("name", "steve")], ["Pinewood Garden Centre"]),

    ("I'm 72, retired nurse, Lilian. My neighbour's lad, Kyle, is 17 and keeps telling me he hears voices telling him he's worthless. His mum works nights. What can I do as a neighbour?",
     [("name", "Lilian"), ("name", "Kyle")], []),

    ("hiya I'm gemma, I post my recovery baking on @flourandfeelings and someone commented that I look 'skeletal'. I'm eating to my meal plan. Do I need to worry? 21",
     [("name", "gemma"), ("handle", "@flourandfeelings")], []),

    ("My dad Trevor threatens to 'end it all' whenever my mum talks about leaving him. He's done it for years and never actually tried anything. She's 64. Is this emotional abuse?",
     [("name", "Trevor")], []),

    ("Our GP practice (the little one on Marsh Lane, Dr. Ogunleye's) is closing. My son Efe is on risperidone and needs his monitoring bloods. Where do we go now?",
     [("name", "Ogunleye"), ("name", "Efe")], []),

    ("Please could someone from the perinatal team call Nicola on 07700 900666 — sorry, I'm Nicola, that's my husband's phone, mine is 07700 900667. I'm 8 months pregnant and the anxiety is through the roof.",
     [("name", "Nicola"), ("phone", "07700 900666"), ("phone", "07700 900667")], []),

    ("I'm Sipho, 40. My brother Thabo took his own life in 2019 and I've never really talked about it. Lately I think about him every day but I'm not going to do anything. Grief counselling or psychiatrist?",
     [("name", "Sipho"), ("name", "Thabo")], []),

    ("OK so my doctor is Doctor Love. genuinely. Dr. Marion Love. and she wants me on fluoxetine for my bulimia. is the high dose normal for bulimia? 60mg? im 18",
     [("name", "Love", 1), ("name", "Marion Love")], []),

    ("My hubby Gaz drives a lorry, reg on his cab is PO19 XCV, he's off work with depression and they're talking about his licence. Is that right? He's 47.",
     [("name", "Gaz"), ("licence_plate", "PO19 XCV")], []),

    ("i'm 15 and my friend maddie scratched her arm at school today with a pencil sharpener blade, not deep, the school nurse cleaned it. she made me promise not to tell. do i tell?",
     [("name", "maddie")], []),

    ("Hi, my NHS number is 999 801 2345 and my GP says I need to self-refer to Talking Therapies. I've got health anxiety, convinced I have MS. 30f",
     [("id_number", "999 801 2345")], []),

    ("After my overdose in 2022 I was under Dr. Whitlock's care. I'm 2 years clean now and want to come off the mirtazapine. Write to me at work please: Sam Okafor, c/o Brightline Printing, 7 Dock Road, Hull HU1 2ZZ.",
     [("name", "Whitlock"), ("name", "Sam Okafor"), ("address", "7 Dock Road, Hull HU1 2ZZ")], ["Brightline Printing"]),

    ("Hello my granddaughter is 3 months and my daughter is not bonding, she says she feels nothing. Daughter is Grace-Marie Owusu, 22. The baby is Adjoa. We live at 12 Palmer Street, Woolwich SE18 9ZZ.",
     [("name", "Grace-Marie Owusu"), ("name", "Adjoa"), ("address", "12 Palmer Street, Woolwich SE18 9ZZ")], []),

    ("Patient ID 70114-K at Cedar Grove Clinic. I need my records sent to my new psychiatrist and they keep saying fax. Who faxes in 2024.",
     [("id_number", "70114-K")], ["Cedar Grove Clinic"]),

    ("ok so my bf is Chris and my brother is also Chris so this is confusing but my BROTHER Chris has been acting paranoid. 25, smokes skunk daily, thinks the neighbours are filming him through the walls.",
     [("name", "Chris")], []),

    ("I'm a locum GP, Dr. Yusuf Adeleke, writing for myself not a patient for once. Burnt out, sleeping 4 hours, drinking. GMC number 7000123 — will asking for help go on my record?",
     [("name", "Yusuf Adeleke"), ("id_number", "7000123")], []),

    ("my sisters website is www.hollyhartcounselling.example.com, she's a counsellor and she keeps trying to diagnose me. I'm 33 and just sad sometimes. is that depression",
     [("url", "www.hollyhartcounselling.example.com")], []),

    ("This is awkward but my psychiatrist, Dr. Ian Frost, gave me his personal mobile 07700 900222 and texts me at night. Is that allowed? I'm 24 female with BPD.",
     [("name", "Ian Frost"), ("phone", "07700 900222")], []),

    ("My son is in Year 12 at St Aidan's College and was caught with his mother's oxycodone. His name is Lucas Ferreira, DOB 17/08/2007. Does he need a drug service or a psychiatrist?",
     [("name", "Lucas Ferreira"), ("date_of_birth", "17/08/2007")], ["St Aidan's College"]),

    ("I'm so sorry to bother you. Winston, 76. My wife Dolores has started hiding money in the freezer and accusing me of poisoning her tea. Is this dementia or something else?",
     [("name", "Winston"), ("name", "Dolores")], []),

    ("Number plate of the driver who hit my son's bike was GF12 RTA. My son (Noah, 11) is physically ok but won't go outside now and has started wetting himself. Could this be trauma?",
     [("licence_plate", "GF12 RTA"), ("name", "Noah")], []),

    ("Rosie again — surname Alcott — I forgot to say my psychiatrist is Dr Hargreaves at Elm Street Clinic and my DOB is 02.02.1999.",
     [("name", "Rosie"), ("name", "Alcott"), ("name", "Hargreaves"), ("date_of_birth", "02.02.1999")], ["Elm Street Clinic"]),

    ("My flatmate's handle is @notokaytoday__ and she posted a countdown last week. Last post said '3'. She's at her parents' this week and her mum says she's with her and fine. Do I report the account anyway?",
     [("handle", "@notokaytoday__")], []),

    ("I am writing on behalf of my uncle Mohammed, aged 59, who speaks limited English. He was recently diagnosed with diabetes and is very worried and cannot sleep. His phone is 0491 570 110.",
     [("name", "Mohammed"), ("phone", "0491 570 110")], []),
]
