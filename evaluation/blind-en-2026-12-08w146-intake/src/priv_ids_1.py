# Privacy items with identifiers, part 1 (mostly mental health). Written by hand.
# (text, [(type, span) or (type, span, occurrence)], [quasi])

ITEMS = [
    ("Hi, my name is Rachel Okafor and I've been on sertraline 100mg for about 8 months. My GP Dr. Hennessy wants to taper me off but I'm scared the panic attacks will come back. Can someone call me? 07700 900412 is my mobile.",
     [("name", "Rachel Okafor"), ("name", "Hennessy"), ("phone", "07700 900412")], []),

    ("writing for my son Tyler, he's 16 and hasn't eaten a proper meal in weeks, he says he's 'cutting weight' for wrestling but I think its more than that. his school counsellor Ms. Bramble said to reach out. you can email me at dana.whitlock74@example.com",
     [("name", "Tyler"), ("name", "Bramble"), ("email", "dana.whitlock74@example.com")], []),

    ("I was discharged from the Larkfield psychiatric unit on the 3rd after a 2 week stay. My discharge paperwork has my MRN as 40-118-2273 but the pharmacy says the lithium script is under a different number. Who do I talk to? - Peter Vasquez, DOB 14/02/1979",
     [("id_number", "40-118-2273"), ("name", "Peter Vasquez"), ("date_of_birth", "14/02/1979")], []),

    ("my girlfriend jess has been really low since her mum died, she keeps posting stuff on insta that scares me, her account is @moth.and.ink if that helps you see what I mean. is this depression or just grief",
     [("name", "jess"), ("handle", "@moth.and.ink")], []),

    ("Hello, I'm Graham (62). Since my wife Maureen passed in March I've not been sleeping and the GP put me on mirtazapine 15mg. I've put on nearly a stone. Is that normal? Home address if you need to send a letter: 14 Culver Lane, Thornbury, BS35 9ZZ.",
     [("name", "Graham"), ("name", "Maureen"), ("address", "14 Culver Lane, Thornbury, BS35 9ZZ")], []),

    ("Need advice re my daughter Priya (DOB 02/09/2008). She's been self harming on her thighs, we found out last week. CAMHS referral is in but the waiting list is 18 weeks. NHS number 999 014 7731 if that's useful.",
     [("name", "Priya"), ("date_of_birth", "02/09/2008"), ("id_number", "999 014 7731")], []),

    ("Hey so my therapist, Naomi Feld, is going on maternity leave and the practice wants to move me to someone else. I've been seeing her for PTSD for 3 years. Is it bad to just stop instead? I work nights at Brennan's Freight so daytime appointments are hard.",
     [("name", "Naomi Feld")], ["Brennan's Freight"]),

    ("Hi Dr, I'm 24 and was diagnosed bipolar II last year. The lamotrigine rash thing scares me, I got a few red spots on my arm today. Pics are on my blog at https://slowmendingjournal.example.net/spots — my name's Ellie Marsh btw.",
     [("url", "https://slowmendingjournal.example.net/spots"), ("name", "Ellie Marsh")], []),

    ("My husband Will keeps saying he wants to 'not wake up'. Will he get sectioned if I tell the GP? I don't want him taken away. He's 51.",
     [("name", "Will", 1)], []),

    ("Hope this is the right place. My daughter Hope has anorexia and her new meal plan from the dietitian says 2200 calories, she's crying at every meal. Is it ok to let her skip snacks sometimes?",
     [("name", "Hope", 2)], []),

    ("I'm a paramedic (employee no. EMS-55821) and after a bad call last month I keep seeing the kid's face when I close my eyes. Occupational health won't see me for 6 weeks. Is this PTSD already or too early to say? Please reply to k.adeyemi.ems@example.org",
     [("id_number", "EMS-55821"), ("email", "k.adeyemi.ems@example.org")], []),

    ("Claim no. CLM-2024-0098812 was rejected by my insurer, they say inpatient eating disorder treatment at Rosewood wasn't 'medically necessary' for my daughter even though her resting heart rate was 38. What documentation should her doctor provide? — Lorraine",
     [("id_number", "CLM-2024-0098812"), ("name", "Lorraine")], ["Rosewood"]),

    ("My mate Callum sent me a voice note at 3am saying he'd 'sorted everything out' and given away his guitar. I went round this morning and he's fine, laughing about it, says he was drunk. Should I still be worried? He's at 22 Harrow Street, flat 3 if anyone official needs to check on him.",
     [("name", "Callum"), ("address", "22 Harrow Street, flat 3")], []),

    ("I'm on clozapine and have to do blood tests every 4 weeks. My clinic card says CLZ-77341-B. I've moved to Leeds and need to register with a new clozapine clinic, how does that transfer work? My name is Anthony Greaves, born 30 June 1985.",
     [("id_number", "CLZ-77341-B"), ("name", "Anthony Greaves"), ("date_of_birth", "30 June 1985")], []),

    ("My son is 19 and was brought home by police last night after walking along the motorway talking about voices. The car he'd been in was reg KX19 LMP, it's his friend Dev's, police said it was left on the hard shoulder. Dev says Sam's been smoking a lot of weed. What happens now?",
     [("licence_plate", "KX19 LMP"), ("name", "Dev"), ("name", "Sam")], []),

    ("Text me pls 555-0173, I can't talk on the phone in front of my parents. im 15 and i think i have depression, how do i get help without them knowing",
     [("phone", "555-0173")], []),

    ("Dr Amara Nwosu at the Northgate practice said my anxiety is 'just stress'. I'm 34 and my heart races every morning before work. I teach year 3 at Millbrook Primary. Second opinion please?",
     [("name", "Amara Nwosu")], ["Millbrook Primary", "Northgate practice"]),

    ("My partner Alex (they/them) has been manic for a week — no sleep, spending thousands, talking about starting three businesses. Their psychiatrist is Dr. Lindqvist at Harbourview. Their patient number is HV-003218. Can I call the team on their behalf?",
     [("name", "Alex"), ("name", "Lindqvist"), ("id_number", "HV-003218")], ["Harbourview"]),

    ("Im 28f and my ex keeps making new accounts to message me after I blocked him, latest one is @n0t_ur_bad_guy. I get panic attacks every time my phone buzzes. Should I see a psychiatrist or a therapist first?",
     [("handle", "@n0t_ur_bad_guy")], []),

    ("Our daughter Maisie (7) has started pulling her hair out and has a bald patch. Her teacher at Oakhill Infants noticed first. We're at 3 Penrose Close, Redruth TR15 2ZZ and our GP is Dr Keane. Is this trichotillomania?",
     [("name", "Maisie"), ("address", "3 Penrose Close, Redruth TR15 2ZZ"), ("name", "Keane")], ["Oakhill Infants"]),

    ("Hi, this is Bernadette O'Rourke, I'm 71. I've felt flat and tearful since the hip operation. My daughter Siobhan thinks I'm depressed. Could you ring me on 021 455 0192? I don't do email.",
     [("name", "Bernadette O'Rourke"), ("name", "Siobhan"), ("phone", "021 455 0192")], []),

    ("My PPS number is 1234567TA if you need it for the referral. I've had OCD since I was a teenager, checking the cooker 40 times before bed. I just want to know if ERP therapy actually works for people my age (45).",
     [("id_number", "1234567TA")], []),

    ("so basically my roommate kayla took like 6 of my klonopin last weekend without asking and now she's acting weird about it and says she didn't. how do i bring this up. she's fine physically i think",
     [("name", "kayla")], []),

    ("I'm writing for my dad, Desmond Achterberg, born 11.03.1951. He's been on the older adults psych ward at St Luke's for 3 weeks and now they want to do ECT. Is ECT safe at 73? My email is m.achterberg@example.com",
     [("name", "Desmond Achterberg"), ("date_of_birth", "11.03.1951"), ("email", "m.achterberg@example.com")], []),

    ("I started a tiktok about my depression (@emptycupdiaries) and people keep commenting that I should get checked for bipolar because of my 'highs'. I'm 22. Is that something I should take seriously or is it tiktok nonsense?",
     [("handle", "@emptycupdiaries")], []),

    ("My brother Kofi Mensah was sectioned under section 2 on Friday. The ward says only his nearest relative can get information. Thats me, Ama Mensah. Phone +44 7700 900318. How do we apply to a tribunal?",
     [("name", "Kofi Mensah"), ("name", "Ama Mensah"), ("phone", "+44 7700 900318")], []),

    ("Dr. Patel, you saw me in clinic on Tuesday (I'm the one with panic disorder and the chest tightness). You said to message here. The propranolol makes me dizzy when I stand up. — Hannah Lee, member ID BCX-4471920",
     [("name", "Patel"), ("name", "Hannah Lee"), ("id_number", "BCX-4471920")], []),

    ("my gf's car is a red fiesta, reg YR63 TWZ, she drove off after our fight yesterday saying she doesn't want to be here anymore. she's texted since saying she's at her mums and ok and that she meant she didn't want to be in the flat. am i overreacting",
     [("licence_plate", "YR63 TWZ")], []),

    ("I'm a student at Carrow University (student ID 21048836) and the wellbeing service has a 10 week wait. I keep having intrusive thoughts about hurting people I love, which I would never do, and it's making me feel sick. Is this OCD?",
     [("id_number", "21048836")], ["Carrow University"]),

    ("Hi there I'm Marguerite, 58, on venlafaxine 225 for 6 years. Hot flushes or is it the tablets? Sweating buckets at night. Husband Ron says I'm unbearable lol",
     [("name", "Marguerite"), ("name", "Ron")], []),

    ("My social is 000-48-2291, the form keeps asking for it and I'm not comfortable giving it out. Is it required to get a psych eval for my disability claim? PTSD from the military, 2 tours.",
     [("id_number", "000-48-2291")], []),

    ("hi im nadia, 17, my parents want me to go to an eating disorder clinic but i think im fine im just healthy. my bmi is 16.1. my mum made me write this lol. her number is 0491 570 156 if you need to talk to an adult",
     [("name", "nadia"), ("phone", "0491 570 156")], []),

    ("Good morning. My late husband's psychiatrist, Dr. Harold Pemberton, prescribed him lithium for 30 years. I'm now wondering whether bipolar runs in families because our grandson Oliver, 14, is showing signs. We live at 88 Birchwood Drive, Dunedin 9010.",
     [("name", "Harold Pemberton"), ("name", "Oliver"), ("address", "88 Birchwood Drive, Dunedin 9010")], []),

    ("I'm a nurse at Fairlie Care Home and one of my residents keeps saying she wants to die. I'm struggling myself too tbh. Can staff use this service? My NMC PIN is 12A3456B",
     [("id_number", "12A3456B")], ["Fairlie Care Home"]),

    ("Here's my linktree with my art and the mood diary I keep for my therapist: https://linktr.ee/saltwater_sorrow_art. My therapist Jonah says sharing it might help you understand. I'm 19, bipolar, just started quetiapine",
     [("url", "https://linktr.ee/saltwater_sorrow_art"), ("name", "Jonah")], []),

    ("My mother Eileen, 84, has dementia and has started seeing children in the garden who aren't there. Her GP is Dr Ruth Mallory. Is this psychosis or part of the dementia? She lives with me at 5 Kestrel Way, Ballarat VIC 3350.",
     [("name", "Eileen"), ("name", "Ruth Mallory"), ("address", "5 Kestrel Way, Ballarat VIC 3350")], []),

    ("I'm trans (he/him), 20, and my gender clinic number is GIC-88120. I've been on T for a year and my mood swings are awful, my partner Rowan says I'm a different person. Could it be the dose?",
     [("id_number", "GIC-88120"), ("name", "Rowan")], []),

    ("Quick question - my psychiatrist Dr Osei increased my aripiprazole to 10mg and now I can't sit still, legs bouncing all day. I'm 38. Call 604-555-0148 after 5 please.",
     [("name", "Osei"), ("phone", "604-555-0148")], []),

    ("my ex (Jordan) keeps posting about me on his page facebook.com/profile.php?id=100099887766 and i've started having panic attacks again. Im 26. Do I need to go back on meds",
     [("name", "Jordan"), ("url", "facebook.com/profile.php?id=100099887766")], []),

    ("My daughter goes to Westbury High and was caught vaping, then admitted she vapes to calm her anxiety. She's 15, her name is Chloe Brandt. What's a safer way for a teen to manage anxiety?",
     [("name", "Chloe Brandt")], ["Westbury High"]),

    ("hey doc it's me again, Marcus. the citalopram is making me not able to, you know, finish in bed. wife (Tasha) thinks it's her fault. 41M.",
     [("name", "Marcus"), ("name", "Tasha")], []),

    ("I have PTSD after a car crash in 2019, the other driver's plate was BN07 KTR and I still freeze when I see a silver Astra. Is EMDR worth trying? I'm 33, female.",
     [("licence_plate", "BN07 KTR")], []),

    ("For the referral letter: Ms. Fiona Tiernan-Reid, 12 Marsh Road, Stoke Newington, London N16 0ZZ. Date of birth 7 April 1990. She has postnatal depression, baby is 4 months.",
     [("name", "Fiona Tiernan-Reid"), ("address", "12 Marsh Road, Stoke Newington, London N16 0ZZ"), ("date_of_birth", "7 April 1990")], []),

    ("I'm 67 and retired from Halvorsen Marine after 40 years. Since then I've been drinking more and feel useless. Wife Ingrid says it's depression. How do I bring this up with Dr. Aske without sounding like a whinger?",
     [("name", "Ingrid"), ("name", "Aske")], ["Halvorsen Marine"]),

    ("my friend ollie sent me this at 2am: 'thanks for everything, youre the best'. then nothing. he replied at 10 saying he was just being soppy. I dont know whether to tell his parents. I'm 16 too.",
     [("name", "ollie")], []),

    ("Hi, Sunita here. My son Arjun (12) had a panic attack at school during exams. Dr. Rao at the Lakeside Children's Clinic said to try breathing exercises but he's having them daily now. Is 12 too young for medication? sunita.r.mom@example.com",
     [("name", "Sunita"), ("name", "Arjun"), ("name", "Rao"), ("email", "sunita.r.mom@example.com")], ["Lakeside Children's Clinic"]),

    ("My mum was discharged from A&E after taking too many tablets last month, without anyone from psych seeing her. Her hospital number is RX7 448 192. Who do I complain to?",
     [("id_number", "RX7 448 192")], []),

    ("Been struggling w bulimia for 5 yrs, I'm 30 now. Here's the food diary my dietitian Claire set up, she said to share it with any doctor: https://docs.example.com/d/1xQ9-fooddiary-kb",
     [("name", "Claire"), ("url", "https://docs.example.com/d/1xQ9-fooddiary-kb")], []),

    ("On insulin and also on olanzapine — the olanzapine has sent my sugars through the roof. Patient ID at the diabetes centre is DC-20931. I'm 45, Kevin. Should I ask to switch antipsychotic?",
     [("id_number", "DC-20931"), ("name", "Kevin")], []),

    ("My wife Grace had postpartum psychosis with our first. We're expecting again in June. Grace's perinatal team is at the Elmhurst. Should she start meds before the birth? Our midwife Bev says to ask a psychiatrist.",
     [("name", "Grace"), ("name", "Bev")], []),

    ("My twitter is @quietstormmeg and I tweet a lot about my BPD. A follower said my DBT therapist shouldn't have discharged me. Is 18 months of DBT normal?",
     [("handle", "@quietstormmeg")], []),

    ("My daughter Isla, born 19/11/2016, has been wetting the bed since her dad moved out. Her school (St Columba's) says she's withdrawn. Should I see a child psychologist?",
     [("name", "Isla"), ("date_of_birth", "19/11/2016")], ["St Columba's"]),
]
