# Hand-written privacy items WITH identifiers (part A).
# Each entry: (text, [(type, exact substring), ...], [quasi substrings])

IDS_A = [
    ("hi im priya, 29F. third UTI since august and the GP just keeps handing me nitrofurantoin. is there something preventative?? cranberry juice does nothing",
     [("name", "priya")], []),

    ("Anyone know if Sudafed is ok with sertraline 50mg? Stuffed up and miserable and the pharmacy's shut.\n\nThanks in advance,\nTom",
     [("name", "Tom")], []),

    ("Name: Olusegun Adebayo\nDOB: 14/03/1978\nNHS no: 485 777 3456\nMain problem: cough for 3 weeks, night sweats, lost about 4kg",
     [("name", "Olusegun Adebayo"), ("date_of_birth", "14/03/1978"), ("id_number", "485 777 3456")], []),

    ("my wife margaret has been really confused since her water infection started, she's 82, keeps asking where her mother is. is that normal with a uti??",
     [("name", "margaret")], []),

    ("Dr. Kowalczyk told my dad his ejection fraction is 30%. Dad (Henryk) wants to know if he can still fly to Kraków in May for my cousin's wedding. Is a 2 hour flight safe?",
     [("name", "Kowalczyk"), ("name", "Henryk")], []),

    ("Can someone from the clinic ring me back on 07700 900461 about my test results? The letter says 'abnormal' and nothing else and I'm panicking.",
     [("phone", "07700 900461")], []),

    ("Looking for a good endocrinologist in Austin who actually listens about PCOS. If you have a name please email me at jenny.tran84@fastmail.com, would be so grateful",
     [("email", "jenny.tran84@fastmail.com")], []),

    ("I live at 42 Birchwood Lane, Harrogate and the nearest surgery is 40 minutes away by bus. Can I get a home visit for my mum? She can't walk since her hip op.",
     [("address", "42 Birchwood Lane, Harrogate")], []),

    ("My insurance member ID is XJH448201937 and they keep rejecting the CPAP claim (claim no. 2023-CL-88412) saying my sleep study was 'insufficient'. AHI was 31. What do I appeal with?",
     [("id_number", "XJH448201937"), ("id_number", "2023-CL-88412")], []),

    ("Been documenting my psoriasis flare on insta @scaly_but_sassy and people keep telling me to try Skyrizi. Has anyone here been on it?",
     [("handle", "@scaly_but_sassy")], []),

    ("All my symptom logs are here if anyone wants to look: https://lymediary-kat.blogspot.com/2024/ — 14 months of joint pain, fatigue, brain fog. Every test 'negative'.",
     [("url", "https://lymediary-kat.blogspot.com/2024/")], []),

    ("The guy who rear-ended me was in a silver Civic, reg KX19 PWN, and since then my neck hurts whenever I turn left. Is whiplash supposed to get worse after a week?",
     [("licence_plate", "KX19 PWN")], []),

    ("Our son Bodhi (4) has had a barky seal cough two nights running, fine in the daytime. Steam shower helps a bit. When should we get him seen? - Ana, his mum",
     [("name", "Bodhi"), ("name", "Ana")], []),

    ("Mrs Patel next door swears turmeric cured her arthritis and now my mother wants to stop her methotrexate. Is there any evidence at all?",
     [("name", "Patel")], []),

    ("Will (my husband) snores like a freight train and my daughter noticed he stops breathing for like 20 seconds at a time. Do we need a sleep study or is that overkill?",
     [("name", "Will")], []),

    ("Rose says I should get this mole looked at — she's a nurse so she'd know. It's about 7mm, a bit itchy, two shades of brown. Is that one of the warning signs?",
     [("name", "Rose")], []),

    ("I teach Year 2 at Oakridge Primary and we've had nits going round... and now it's me. 34, long thick hair. What actually works? - Hannah",
     [("name", "Hannah")], ["Oakridge Primary"]),

    ("Student ID 20194471 — I need a medical note for missing my exam at the University of Leeds because of a migraine with aura. Can a GP backdate one?",
     [("id_number", "20194471")], ["University of Leeds"]),

    ("hey its Deshawn. my daughter Imani is 3 weeks old and the whites of her eyes are still yellow. her DOB is 02/11/2024 if that matters. is this still normal jaundice",
     [("name", "Deshawn"), ("name", "Imani"), ("date_of_birth", "02/11/2024")], []),

    ("Please call +1 (415) 555-0137 and ask for Gloria. My father has had hiccups for four days nonstop and can barely eat. He's 77.",
     [("phone", "+1 (415) 555-0137"), ("name", "Gloria")], []),

    ("My mother-in-law, Siobhán Ní Bhriain, was told at the Mater she has a 'shadow' on her lung and they want a CT. She never smoked. How worried should we be?",
     [("name", "Siobhán Ní Bhriain")], []),

    ("My SSN (512-44-8830) was printed on the lab requisition that got handed to the wrong patient in the waiting room. Who do I report that to? Also what does MCV 102 mean?",
     [("id_number", "512-44-8830")], []),

    ("lost my job at Greggs after telling my manager about my bipolar, is that even legal?? im Callum btw, 26, been stable on lithium for a year",
     [("name", "Callum")], ["Greggs"]),

    ("Colleague of mine, Dmitri, fainted at his desk yesterday. They said vasovagal and sent him home. He's back in today looking grey. Should he be here?",
     [("name", "Dmitri")], []),

    ("Me (Laura), my husband Ben and both kids (Ollie and Freya) all have norovirus. Day 2. How long until we're not contagious and can go back to work/school?",
     [("name", "Laura"), ("name", "Ben"), ("name", "Ollie"), ("name", "Freya")], []),

    ("Grandpa Jimbo is 88 and has fallen three times this month. His doctor, Dr. Achterberg, says it's 'just age'. Surely there's more to check?",
     [("name", "Jimbo"), ("name", "Achterberg")], []),

    ("asking for my friend Nguyễn Thị Hoa because her English isnt great. she had a miscarriage at 9 weeks and 2 weeks later she is still bleeding and cramping. should she go back to the hospital?",
     [("name", "Nguyễn Thị Hoa")], []),

    ("Patient: Kwame Mensah | MRN 00447281 | DOB 1961-07-22 | Referral reason: hoarse voice 6 weeks, ex-smoker. How long should he wait for ENT?",
     [("name", "Kwame Mensah"), ("id_number", "00447281"), ("date_of_birth", "1961-07-22")], []),

    ("Sandra's blood pressure was 170/100 at the chemist and she refuses to see anyone about it. She's my sister, 58, smokes. How do I convince her?",
     [("name", "Sandra")], []),

    ("Hi my name is Faith and I've had ringing in my ears since a concert in march. It's been 5 months. Is it permanent now?",
     [("name", "Faith")], []),

    ("Our little Autumn was born at 34 weeks and she's 6 months now (4 corrected) and not rolling yet. Is that behind?",
     [("name", "Autumn")], []),

    ("Is it ok for Sunny (my 2yo) to have honey yet? Grandma keeps putting it on his toast and I read something about botulism.",
     [("name", "Sunny")], []),

    ("Dr Rosenblatt at Beacon Family Practice upped my metformin to 1000mg twice a day and I've had diarrhoea every day since. Is the XR version any better?",
     [("name", "Rosenblatt")], ["Beacon Family Practice"]),

    ("my boyfriend jake passed out after giving blood today, he says hes fine now. hes 6'2 and only like 160 lbs. should he not be donating?",
     [("name", "jake")], []),

    ("8 weeks post ACL reconstruction and my knee still swells every evening. I'm documenting it all on TikTok (@acl.rebuild.mia) and people are saying that's normal?",
     [("handle", "@acl.rebuild.mia")], []),

    ("If anyone has been through an eating disorder with a 15 year old, please write to me at rchowdhury.family@gmail.com. I don't know where to start. Rubina",
     [("email", "rchowdhury.family@gmail.com"), ("name", "Rubina")], []),

    ("we're at 7 Carrow Road, the yellow house at the end, and my mums legs have swollen up like balloons. shes 90. the district nurse hasn't come. who do i ring",
     [("address", "7 Carrow Road")], []),

    ("Going to Kenya next month. The travel clinic form wants my passport number (532914877) before they'll even book me. Do I really need yellow fever and malaria tablets both?",
     [("id_number", "532914877")], []),

    ("HR want a doctor's letter quoting my employee ID (EMP-30918) for my sick leave after the gallbladder op. Do I ask the surgeon or my GP?",
     [("id_number", "EMP-30918")], []),

    ("Bupa policy 88120344-01 — does anyone know if it covers physio after an ACL repair or do I need a separate referral?",
     [("id_number", "88120344-01")], []),

    ("I park in the disabled bay with my blue badge (car reg LD68 XZA) while I'm at dialysis and still got a ticket. Unrelated-ish: is it normal to be this exhausted after every session?",
     [("licence_plate", "LD68 XZA")], []),

    ("I was born on 3 September 1990 and I've had acne since I was 12. At what age does it actually STOP?! Tried everything except Roaccutane.",
     [("date_of_birth", "3 September 1990")], []),

    ("my dad's date of birth is Jan 5th 1949 but the pharmacy label has a different date. could they have mixed his meds up with someone else's? hes on warfarin so im freaking out",
     [("date_of_birth", "Jan 5th 1949")], []),

    ("Writing on behalf of my neighbour Mr. Okafor, who is 79 and doesn't use the internet. His ankles are swollen and he gets out of breath on the stairs. Is that his heart?",
     [("name", "Okafor")], []),

    ("We set up gofundme.com/f/help-lena-beat-als for my sister's care. Does anyone know if NHS continuing healthcare covers a ventilator at home?",
     [("url", "gofundme.com/f/help-lena-beat-als")], []),

    ("I'm a community pharmacist (linkedin.com/in/marcus-oyelaran-pharmd) and my own GP won't discuss my statin side effects. Muscle pain on atorvastatin 40mg. Switch to rosuvastatin?",
     [("url", "linkedin.com/in/marcus-oyelaran-pharmd")], []),

    ("G'day, I'm Shaz, 0412 338 901 if a nurse can call. Got bitten by something in the garden in Cairns, leg's red and hot halfway up to my knee.",
     [("name", "Shaz"), ("phone", "0412 338 901")], []),

    ("My father in Bangalore has been having chest discomfort on walking. Doctor there wants angiography. Can someone call my brother on +91 98450 12763, he's with him and speaks English.",
     [("phone", "+91 98450 12763")], []),

    ("Bin Krankenschwester, frage für meinen Vater: can he take ibuprofen with ramipril 5mg? Bitte Rückruf unter 0171 4428391 wenn möglich.",
     [("phone", "0171 4428391")], []),

    ("Medicare number 2948 51736 1, I'm trying to claim the specialist rebate for my rheumatologist but it says 'not eligible'. Does anyone know why?",
     [("id_number", "2948 51736 1")], []),

    ("Mon numéro de sécu c'est 1 84 12 75 114 023 56, and the mutuelle still hasn't reimbursed my IRM. Also — is it normal for MS lesions to 'disappear' on the second scan?",
     [("id_number", "1 84 12 75 114 023 56")], []),

    ("My OHIP number is 4532-281-906-XL and the walk-in clinic said it's expired so they charged me $90. Unrelated: pinkeye in both eyes, do I need drops?",
     [("id_number", "4532-281-906-XL")], []),

    ("cross-posting from reddit (u/throwaway_ibs_2am) since nobody answered there: 3 months of alternating constipation and diarrhoea, 44M, blood once. colonoscopy worth it?",
     [("handle", "u/throwaway_ibs_2am")], []),

    ("If anyone wants to chat about cluster headaches my discord is migrainequeen#4471. I'm 36 and mine come every night at 1am like clockwork, oxygen helps a bit.",
     [("handle", "migrainequeen#4471")], []),

    ("Holly and I (we're roommates) both got food poisoning after the same takeaway. Hers stopped after a day, mine's on day 4. Why would that be?",
     [("name", "Holly")], []),

    ("My daughter Daisy-Mae is 7 and has a wart on her foot that won't shift with the freezing spray. Should we just leave it?",
     [("name", "Daisy-Mae")], []),

    ("Can anyone explain my dad's echo report? It says 'moderate aortic stenosis, peak velocity 3.6 m/s'. His name's on it, Reginald Thorne, so I know it's his. He's 81.",
     [("name", "Reginald Thorne")], []),

    ("question about my husband's (Arjun) cholesterol. LDL 4.2, he's 39, vegetarian, runs. His dad had a heart attack at 50. Statin now?",
     [("name", "Arjun")], []),

    ("Nurse practitioner Kelsey at Hill Country Women's Clinic said my pap was ASC-US and HPV positive. I'm 27. What happens next, do I need a colposcopy?",
     [("name", "Kelsey")], ["Hill Country Women's Clinic"]),

    ("Our team lead, Björn, keeps coughing all day in the open office — been 6 weeks. Could it be whooping cough? Several of us have young kids at home.",
     [("name", "Björn")], []),

    ("Fatima here, 22, hijabi, wondering if vitamin D deficiency could explain my bone pain. Level was 12 nmol/L. GP gave me 20,000 IU weekly.",
     [("name", "Fatima")], []),

    ("my best mate Gaz got glassed on Saturday and they glued his eyebrow at A&E. Now it's going red and oozy. Is that infected?",
     [("name", "Gaz")], []),

    ("Hey, Father O'Donnell from our parish asked me to post this for him: he's 68, just diagnosed with type 2, HbA1c 64. Is it reversible with diet?",
     [("name", "O'Donnell")], []),

    ("My grandson Tyrese (16) was diagnosed with Osgood-Schlatter. Is he going to need surgery? He's desperate to keep playing basketball.",
     [("name", "Tyrese")], []),

    ("Filling out the school medical form for Mateo García, DOB 17/06/2017, epipen for peanuts. Does the school nurse need the doctor's letter or just the pen?",
     [("name", "Mateo García"), ("date_of_birth", "17/06/2017")], []),

    ("Sarah-Jane, Mike, and I went on the same hike and only I got this itchy blistery rash on my arms. Poison ivy? Why not them?",
     [("name", "Sarah-Jane"), ("name", "Mike")], []),

    ("Is it normal for my son's epilepsy meds to make him aggressive? Leo's been on levetiracetam 3 weeks and he's like a different child. He's 8.",
     [("name", "Leo")], []),

    ("My husband's name is Dong-hyun, he's 45 and was told his liver enzymes are high (ALT 112). He drinks maybe 2 beers a week. What else could it be?",
     [("name", "Dong-hyun")], []),

    ("So Dr. Ferreira-Lindqvist wants me on a biologic for my eczema. I'm 19, at uni, terrified of injections. Anyone on Dupixent?",
     [("name", "Ferreira-Lindqvist")], []),

    ("address for the home visit: Flat 3B, 118 Queen Margaret Drive, Glasgow G20 8NZ. My wife can't get out of bed with her back.",
     [("address", "Flat 3B, 118 Queen Margaret Drive, Glasgow G20 8NZ")], []),

    ("im 19 and my insta is @kayla.lifts but please dont judge, I think I have an eating problem. I only eat 800 calories and I work out 2 hours a day",
     [("handle", "@kayla.lifts")], []),

    ("Our family GP, Dr. Chukwuemeka, retired and the new one won't refill my mum's diazepam. She's been on it 15 years. Can you just stop it?",
     [("name", "Chukwuemeka")], []),

    ("Asking for my colleague Precious — she's 31, 24 weeks pregnant and works on her feet all day at Tesco Extra. Her feet are really swollen by evening. Normal?",
     [("name", "Precious")], ["Tesco Extra"]),

    ("my mate ash cut his hand on a tin can yesterday, it's a deep-ish cut but stopped bleeding. does he need a tetanus jab? no idea when his last one was",
     [("name", "ash")], []),

    ("My son's IEP meeting is next week. Ezekiel is 11 and at Lincoln Middle School, newly diagnosed ADHD, starting methylphenidate. Should school know about the meds?",
     [("name", "Ezekiel")], ["Lincoln Middle School"]),

    ("Pls text me 917-555-0184 if anyone has a recommendation for a pelvic floor physio in Manhattan. Postpartum, 10 months, still leaking when I sneeze.",
     [("phone", "917-555-0184")], []),

    ("Contact email on file is m.haddad@outlook.com but I don't get the portal notifications. I just need to know whether my biopsy came back. It's been 3 weeks.",
     [("email", "m.haddad@outlook.com")], []),

    ("Dad is in room 12 at Willowbrook Care Home and the staff keep giving him his Sinemet late. Family name is Van der Merwe. Does timing really matter that much for Parkinson's?",
     [("name", "Van der Merwe")], ["Willowbrook Care Home"]),

    ("hi, Lakshmi again. my mom (Saraswati, 67) has the numbness in her feet I posted about. the neurologist did an EMG and said 'small fibre'. what causes that?",
     [("name", "Lakshmi"), ("name", "Saraswati")], []),

    ("I'm Dawn, 54, perimenopausal, and I haven't slept through the night in a year. HRT or sleeping tablets? My GP is reluctant on both.",
     [("name", "Dawn")], []),

    ("Miles (my partner, 37) has had a lump in his armpit for about a month. No pain. He won't go to the doctor. How do I get him to go?",
     [("name", "Miles")], []),
]
