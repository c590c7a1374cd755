# Hand-written privacy items WITH identifiers (part B).
# Each entry: (text, [(type, exact substring), ...], [quasi substrings])

IDS_B = [
    ("Full name Anneliese Brückner, born 28.02.1983, Versichertennummer A123456780. I need to know if my Hashimoto's blood test needs to be fasting.",
     [("name", "Anneliese Brückner"), ("date_of_birth", "28.02.1983"), ("id_number", "A123456780")], []),

    ("it's me again (kev). the antibiotics for my tooth aren't working and the swelling's gone up to my eye now. dentist can't see me till monday",
     [("name", "kev")], []),

    ("My granddaughter, Tallulah, had her MMR today and now she's grizzly with a temp of 38.1. She's 13 months. Calpol?",
     [("name", "Tallulah")], []),

    ("Wanted to thank Dr. Abernathy-Singh for taking my chest pain seriously last year. Stent in, feeling great. My question: how long do I stay on clopidogrel?",
     [("name", "Abernathy-Singh")], []),

    ("We live on the farm at 1400 County Road 17, Clay Center, and the closest ER is an hour. My husband cut his leg with a chainsaw a week ago and the stitches look weird. Who can we video-call?",
     [("address", "1400 County Road 17, Clay Center")], []),

    ("Patient name: Ahmed Al-Rashidi\nDate of birth: 9 November 1955\nHealth card: 7721 448 913\nQuestion: is it safe to fast for Ramadan on insulin?",
     [("name", "Ahmed Al-Rashidi"), ("date_of_birth", "9 November 1955"), ("id_number", "7721 448 913")], []),

    ("Hey guys, it's Bree from the IVF group. Transfer was on the 4th and I'm spotting brown today. Is that implantation or the end?",
     [("name", "Bree")], []),

    ("my sons name is River and hes 5. he keeps complaining of tummy aches but only on school days. could it be anxiety at that age??",
     [("name", "River")], []),

    ("Claim reference HC-77451029 was denied for my son's ADHD assessment. The insurer says 'not medically necessary'. Has anyone successfully appealed this?",
     [("id_number", "HC-77451029")], []),

    ("I've uploaded the photos of the rash here: imgur.com/a/pTq81Zx — my 3 year old, started on her tummy, spreading to her arms. Not bothering her much. Hand foot mouth?",
     [("url", "imgur.com/a/pTq81Zx")], []),

    ("Me and Jo (partner) are trying for a baby. I'm 41, AMH is 3.2 pmol/L. Is IVF even worth it at this point?",
     [("name", "Jo")], []),

    ("My sister Precious-Grace and her husband Obinna both have sickle cell trait. They want to know the odds for their baby before the 20 week scan.",
     [("name", "Precious-Grace"), ("name", "Obinna")], []),

    ("yo its big mo. 23, been vaping since 16 and now I wheeze at night. can vaping give you asthma or is this something worse",
     [("name", "big mo")], []),

    ("Our GP at the Riverside Surgery, Dr Mbeki, wants my 3-year-old to see a speech therapist. He only says about 20 words. Is that really delayed?",
     [("name", "Mbeki")], ["Riverside Surgery"]),

    ("PLEASE can someone from the asthma nurse team email back: tomasz.wrobel1972@wp.pl — my son's preventer ran out and the repeat isn't going through.",
     [("email", "tomasz.wrobel1972@wp.pl")], []),

    ("Teenage daughter (Scarlett) is 15 and hasn't had a period yet. She's slim, dances 15 hours a week. Should we be worried?",
     [("name", "Scarlett")], []),

    ("My wife Ngozi's blood sugar in pregnancy was 8.9 after the glucose drink. She's 32 weeks. Does gestational diabetes mean insulin for sure?",
     [("name", "Ngozi")], []),

    ("Gran lives at 22 Heather Close, Cumbernauld, on her own. She's 91 and has stopped eating properly since Grandad died. Who do I even ring about this?",
     [("address", "22 Heather Close, Cumbernauld")], []),

    ("I work night shifts at Amazon's distribution centre in Swindon and I've developed really bad acid reflux. 38, male, omeprazole isn't helping much. Thoughts? - Dean",
     [("name", "Dean")], ["Amazon's distribution centre in Swindon"]),

    ("I'm a carer for Mrs. Esposito, 84, and her feet have gone a purplish colour. Her daughter Carmela doesn't believe me. What could this be?",
     [("name", "Esposito"), ("name", "Carmela")], []),

    ("patient ID 334-9917-A on my wristband from last night's ER visit and they still haven't told me the CT result. kidney stone 6mm? is that gonna pass",
     [("id_number", "334-9917-A")], []),

    ("This is Hamid's wife writing. He had his gallbladder out yesterday and now the right shoulder hurts more than the belly. Is that the gas they pumped in?",
     [("name", "Hamid")], []),

    ("Dr. Yusuf at Greenway Medical Centre prescribed amitriptyline 10mg for my nerve pain. Honestly the grogginess is worse than the pain. Normal at first?",
     [("name", "Yusuf")], ["Greenway Medical Centre"]),

    ("My twin boys, Felix and Jasper, are 9 months. Felix has a flat spot on his head but Jasper doesn't. Does he need a helmet?",
     [("name", "Felix"), ("name", "Jasper")], []),

    ("I'm on YouTube as youtube.com/@ChronicallyCharlotte talking about POTS. Question for the community: does compression actually help your heart rate on standing?",
     [("url", "youtube.com/@ChronicallyCharlotte")], []),

    ("Anyone know the phone for the Bristol eating disorders service? Mine is 0117 496 0331 if someone from there sees this, my daughter Evie is getting worse",
     [("phone", "0117 496 0331"), ("name", "Evie")], []),

    ("Bonjour, je m'appelle Élodie, 26 ans. I have had pain in my right lower belly for 2 days, not so strong, no fever. Appendicitis or ovary?",
     [("name", "Élodie")], []),

    ("the bloke in the blue Transit (WU17 KGH) who dropped off my nan's prescriptions gave her the wrong bag — she took two of someone else's pills. Amlodipine 10mg. Is she ok?",
     [("licence_plate", "WU17 KGH")], []),

    ("Hello, I am Tatsuya Nakamura, 58 years old. Colonoscopy found 3 polyps, one 12mm. When do I need the next colonoscopy?",
     [("name", "Tatsuya Nakamura")], []),

    ("How do I explain to my kids that their dad (Derek) has early-onset Alzheimer's? He's 52. The twins are 10.",
     [("name", "Derek")], []),

    ("Emergency contact on my form is my brother Khalid at 07911 223 584. Is it normal that the hospital wants this for a day-case knee scope?",
     [("name", "Khalid"), ("phone", "07911 223 584")], []),

    ("Just had my first appointment with Dr. Oyelowo-Grant about my fibroids. She said my uterus is '16 weeks size'. What does that mean if I'm not pregnant?",
     [("name", "Oyelowo-Grant")], []),

    ("my mom's name is Guadalupe but everyone calls her Lupita. shes 63, diabetic, and has a sore on her foot that wont heal for a month. she doesnt want to bother the doctor",
     [("name", "Guadalupe"), ("name", "Lupita")], []),

    ("Our school (St. Bernadette's) had a confirmed case of measles. My son Cian is 10 and had both MMR doses. Is he safe?",
     [("name", "Cian")], ["St. Bernadette's"]),

    ("Registration No. AB 12 CD 3456 — my car got towed from the hospital car park while I was in labour. Silly, I know, but also: is it normal to still have contractions a week after birth?",
     [("licence_plate", "AB 12 CD 3456")], []),

    ("Contact me at +44 20 7946 0958 please, I'm the daughter. Mum's on the stroke ward at the Royal Free and we've been told she has aphasia. Will her speech come back?",
     [("phone", "+44 20 7946 0958")], []),

    ("Kaiser member number 000011223344 — do they cover gender-affirming hormones for a 17-year-old with parental consent? My kid is struggling.",
     [("id_number", "000011223344")], []),

    ("bestie Marisol and I did a 10 day water fast together and now I'm dizzy and my heart does a weird flip thing. she's fine. is that electrolytes?",
     [("name", "Marisol")], []),

    ("Our pharmacist Mr. Lindgren said I shouldn't take St John's wort with my pill. Is that true?",
     [("name", "Lindgren")], []),

    ("Hi. I am Esperanza Villalobos, DOB 04/12/1972. I have been on letrozole 2.5mg for 2 years and my joints are killing me. Can I switch?",
     [("name", "Esperanza Villalobos"), ("date_of_birth", "04/12/1972")], []),

    ("My wee boy Alfie (2) put a bead up his nose about an hour ago. He's breathing fine and playing. Can we try to get it out at home or do we go in?",
     [("name", "Alfie")], []),

    ("Posting for Grandma Bea: she's 86, on amlodipine, and her ankles swell every afternoon. Her doctor, Dr. Halvorsen, said it's the tablets. Can they switch?",
     [("name", "Bea"), ("name", "Halvorsen")], []),

    ("I play for Riverside Rovers under-16s and got hit in the nose on Sunday. It's crooked now. My coach says it'll straighten. I'm Kieran btw.",
     [("name", "Kieran")], ["Riverside Rovers"]),

    ("got a text from 'NHS' at 07451 882 019 saying my test result is ready and to click a link?? is that real or a scam",
     [("phone", "07451 882 019")], []),

    ("Dr. Olawale and Dr. Chen disagree — one says my daughter's heart murmur is innocent, the other wants an echo. She's 4. Who do I listen to?",
     [("name", "Olawale"), ("name", "Chen")], []),

    ("I run a support group at facebook.com/groups/longcovidmums and so many of us have tinnitus now. Is that a known long covid thing?",
     [("url", "facebook.com/groups/longcovidmums")], []),

    ("Hi team, Zainab from accounts here (yes, the work forum, sorry). Anyone else get a massive headache from the new fluorescent lights? Is that a migraine trigger?",
     [("name", "Zainab")], []),

    ("Pat (husband) keeps saying my snoring stops and starts. I'm a 48 year old woman, BMI 31. Can women have sleep apnoea too?",
     [("name", "Pat")], []),

    ("Insurance policy: GHI-4471-0093-22. Member: Thomas Okonkwo-Reid. They won't pay for his insulin pump supplies. He's 14. Ideas?",
     [("id_number", "GHI-4471-0093-22"), ("name", "Thomas Okonkwo-Reid")], []),

    ("Hannelore and Dieter (my in-laws) both have shingles at the same time?! Is it contagious between adults?",
     [("name", "Hannelore"), ("name", "Dieter")], []),

    ("Anyone recommend a dermatologist who deals with hidradenitis in Dublin? My handle on the HS forum is hs_warrior_aoife and you can DM me there.",
     [("handle", "hs_warrior_aoife")], []),

    ("Our address is 55 Rue des Lilas, 69003 Lyon and the SAMU said it would be 40 minutes. My father is ok now, it was a panic attack, but how do I know next time?",
     [("address", "55 Rue des Lilas, 69003 Lyon")], []),

    ("I'm Joy. Ironic, because I've been depressed for 2 years. Sertraline 100mg isn't doing anything anymore. Should I ask to switch or add something?",
     [("name", "Joy")], []),

    ("Just got back from my appointment with Dr. Ramanathan. She thinks it's endometriosis and wants a laparoscopy. I'm 24. Is surgery the only way to know?",
     [("name", "Ramanathan")], []),

    ("My step-son Kai and his friend Luca both got concussions in the same rugby game. Kai is fine, Luca still has headaches after 2 weeks. Why?",
     [("name", "Kai"), ("name", "Luca")], []),

    ("Date of birth 1 April 2001, height 170cm, weight 52kg. Student. Hair falling out since exams. Is it stress or thyroid?",
     [("date_of_birth", "1 April 2001")], []),

    ("My uncle Rustam had a stroke in Tashkent and is coming to live with us. What rehab options are there for someone who doesn't speak English?",
     [("name", "Rustam")], []),

    ("nurse at Maplewood Pediatrics said my daughter's weight is fine but I'm still worried, she's 4 and only eats pasta. — posted by Chloe's mum",
     [("name", "Chloe")], ["Maplewood Pediatrics"]),

    ("Emailing from my work address (s.ferguson@harbourlogistics.co.uk) sorry. Quick one: can you drink alcohol on doxycycline?",
     [("email", "s.ferguson@harbourlogistics.co.uk")], []),

    ("My daughter Ivy (12) and her best friend Harper both got their periods this year. Ivy gets awful cramps and misses school. What's safe for her age?",
     [("name", "Ivy"), ("name", "Harper")], []),

    ("Hello I'm Mr. Baptiste, a retired teacher, 74. Since my cataract surgery in the left eye I see floaters. Dr. Moreau says they're harmless. Are they?",
     [("name", "Baptiste"), ("name", "Moreau")], []),

    ("My Twitter is @sickofsickness_ben if anyone wants to follow my gastroparesis journey. Question: does domperidone work for anyone long term?",
     [("handle", "@sickofsickness_ben")], []),

    ("grandad bert is 93 and still drives, last week he bumped into a bollard and didn't notice. could this be dementia? his eyes are ok",
     [("name", "bert")], []),

    ("NHS Number 943 476 5919 — I moved to Wales and now can't get my repeat prescription of sertraline transferred. Who sorts this?",
     [("id_number", "943 476 5919")], []),

    ("Our nanny Wanjiru noticed my son Theo (18 months) pulls at his ear and won't sleep. No fever. Teething or ear infection?",
     [("name", "Wanjiru"), ("name", "Theo")], []),

    ("I'm a PE teacher at Hollins Park Academy and tore my calf demonstrating a sprint. 45 y/o. How long off work realistically?",
     [], ["Hollins Park Academy"]),
]
