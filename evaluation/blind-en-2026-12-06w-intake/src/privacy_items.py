# Hand-written privacy items.
# Each item: (text, [(identifier_type, exact_substring), ...], [quasi_substring, ...])
# Every item below was written by hand, one at a time.

PRIVACY_ITEMS = [
    # ---------------- items WITH identifiers ----------------
    ("Hi, my name is Oluwaseun and I've had a dry cough for about three weeks now. No fever, no weight loss. Is this something I should push for an X-ray for?",
     [("name", "Oluwaseun")], []),

    ("hello doctor my son Mateo is 4 and keeps waking at night scratching his bottom. could it be worms?? thanks, Lucía",
     [("name", "Mateo"), ("name", "Lucía")], []),

    ("Question about my mum's blood thinners. She's on warfarin and her INR was 4.1 last week. Dr Fenwick said to skip a dose but didn't say for how long. Can anyone advise? - Harriet",
     [("name", "Fenwick"), ("name", "Harriet")], []),

    ("Patient: Reza Tehrani\nDOB: 02/09/1971\nPhone: 07700 914 352\nConcern: burning when urinating, 3 days, no blood",
     [("name", "Reza Tehrani"), ("date_of_birth", "02/09/1971"), ("phone", "07700 914 352")], []),

    ("My husband Bill snores so loud I've moved to the spare room, and some nights he just stops breathing for a few seconds and then gasps. Is that sleep apnoea? He won't go to the doctor unless I've got proof lol",
     [("name", "Bill")], []),

    ("I'M WRITING FOR MY GRANDMOTHER ROSE, SHE IS 88 AND HAS STOPPED EATING MUCH SINCE HER FALL. SHE LIVES ALONE AT 27 HOLLY BANK ROAD, HUDDERSFIELD. SHOULD SOMEONE BE CHECKING ON HER EVERY DAY?",
     [("name", "ROSE"), ("address", "27 HOLLY BANK ROAD, HUDDERSFIELD")], []),

    ("can someone explain my blood results pls, nhs number 943 476 5919, my ferritin is 9 and GP hasn't called back in 2 weeks",
     [("id_number", "943 476 5919")], []),

    ("My daughter Grace (7) has a bright red rash on both cheeks like she's been slapped. Brackenfield Primary sent a letter home saying there's a virus going round her class. Does she need to stay off?",
     [("name", "Grace")], ["Brackenfield Primary"]),

    ("Hey, I'm Kwame, 34, work nights at the Tesco depot in Daventry. Back's been killing me for a fortnight and now my left leg feels a bit tingly down the outside. Physio or GP first?",
     [("name", "Kwame")], ["Tesco depot in Daventry"]),

    ("Follow-up re claim #CLM-20931-77 — my insurer says the allergy patch test wasn't covered because it was 'elective'. Is patch testing normally classed as diagnostic? I had a reaction to hair dye.",
     [("id_number", "CLM-20931-77")], []),

    ("my email is jess.okafor92@gmail.com if a nurse can reply privately, it's about a lump in my breast i found on sunday. pea sized, doesnt hurt",
     [("email", "jess.okafor92@gmail.com")], []),

    ("Re: my father, Tadeusz Wiśniewski, 79 — he has been confused since starting a new bladder tablet (oxybutynin). Is that a known side effect? His GP is Dr. Amara Osei at the Lindenfield Surgery, but she's away until the 20th.",
     [("name", "Tadeusz Wiśniewski"), ("name", "Amara Osei")], ["Lindenfield Surgery"]),

    ("Any advice appreciated!! You can follow my recovery journey on insta @hannah.runs.again 🏃‍♀️ 6 weeks post ACL reconstruction and my knee still won't fully straighten. Physio says keep going but I'm losing hope",
     [("handle", "@hannah.runs.again")], []),

    ("Hi, Priyanka here. I'm 29 weeks pregnant and my feet have swollen up like balloons since yesterday, plus a headache that paracetamol isn't touching. The midwife number goes to voicemail.",
     [("name", "Priyanka")], []),

    ("Submitted on behalf of employee ID 55-20418 (warehouse team). He cut his hand on a box cutter Tuesday, it was glued at the walk-in centre, now it's red, warm and a bit puffy. Does he need antibiotics?",
     [("id_number", "55-20418")], []),

    ("I have a question about Hunter's meds. Hunter is my 10 yr old, he takes methylphenidate 18mg in the morning and he can't fall asleep before midnight. Should we ask to lower it?",
     [("name", "Hunter")], []),

    ("Text me back on +61 412 387 905 please, my partner Sione has had diarrhoea for five days since coming back from Bali. Keeping fluids down ok.",
     [("phone", "+61 412 387 905"), ("name", "Sione")], []),

    ("Good evening. My name is Mrs. Adaeze Nwosu. I would like to ask about my haemoglobin which is 9.8 g/dL. Kindly respond to adaeze.nwosu@yahoo.co.uk. Thank you and God bless.",
     [("name", "Adaeze Nwosu"), ("email", "adaeze.nwosu@yahoo.co.uk")], []),

    ("lol so my buddy Dustin dared me to eat a ghost pepper and now my stomach is on fire 3 hrs later. will i live 💀",
     [("name", "Dustin")], []),

    ("Hello, I've been seeing Dr. Nakamura for my thyroid for years but she has retired. TSH is now 7.2 on 75mcg levothyroxine. Who do I see now, a GP or an endocrinologist?",
     [("name", "Nakamura")], []),

    ("Name: Siobhán Ní Bhriain / Date of birth: 17 April 1984 / PPS: 7314592TA / Reason for contact: repeat prescription for my brown inhaler, ran out Friday",
     [("name", "Siobhán Ní Bhriain"), ("date_of_birth", "17 April 1984"), ("id_number", "7314592TA")], []),

    ("My wife (Mei-Ling) has had a sore jaw for 2 weeks and now her ear hurts on the same side. Clicking when she chews. Dentist or ENT??",
     [("name", "Mei-Ling")], []),

    ("Can you pass this on to Dr Ahmed? I'm the patient from Tuesday with the knee — MRN 00482917. The swelling has come back since I went back to work.",
     [("name", "Ahmed"), ("id_number", "00482917")], []),

    ("We live at 4B Kestrel Court, Flat 12 and there's black mould all up the bedroom wall. The landlord won't do anything. My toddler has been coughing for a month. Can mould cause that?",
     [("address", "4B Kestrel Court, Flat 12")], []),

    ("hi im Jayden im 15 and i have like really bad acne on my back, my mom says its from sports and sweating. what can i use thats not expensive",
     [("name", "Jayden")], []),

    ("Reaching out for my colleague Francesca — she fainted at her desk this morning, came round quickly and insisted she's fine. I think she's diabetic. How worried should we be? We work at Halden & Rourke solicitors and she's gone back to work already.",
     [("name", "Francesca")], ["Halden & Rourke solicitors"]),

    ("Thank you Dr. Okonkwo-Baptiste for your earlier reply! I tried the saline rinses and the congestion is better, but my sense of smell still hasn't come back. Anything else I can try?",
     [("name", "Okonkwo-Baptiste")], []),

    ("[forwarded from whatsapp] Auntie Fatima says her sugar was 19 this morning after breakfast, she is on metformin 500. Is that too high? Please call her 0803 412 7765 she doesn't do email",
     [("name", "Fatima"), ("phone", "0803 412 7765")], []),

    ("i got my results on https://myportal.northvalehealth.org/u/kbrennan77 but i dont understand what 'mild hepatic steatosis' means. is it serious??",
     [("url", "https://myportal.northvalehealth.org/u/kbrennan77")], []),

    ("My son's name is Arjun, DOB 05.11.2016. He's been limping since the weekend and we don't know of any injury. No fever. Should we go to urgent care or wait?",
     [("name", "Arjun"), ("date_of_birth", "05.11.2016")], []),

    ("Driving question: I had a seizure two months ago and the car is still in my name (reg LK67 WRT). Do I have to tell the DVLA myself or does the hospital do it?",
     [("licence_plate", "LK67 WRT")], []),

    ("Hi there — Bongani, 52, from Durban. Been on amlodipine 10mg for a year, ankles swell up by evening. Is it the tablets?",
     [("name", "Bongani")], []),

    ("I'm posting for my brother Tomasz because his English isn't great. He's 41 and has had blood in his stool twice this week, bright red. His number is 0048 601 223 884 if a doctor could call.",
     [("name", "Tomasz"), ("phone", "0048 601 223 884")], []),

    ("My insurance member ID is UHX 4471 0923 and they keep denying my CGM. My endo Dr. Kaplan wrote a letter of medical necessity already. What else can I do??",
     [("id_number", "UHX 4471 0923"), ("name", "Kaplan")], []),

    ("Hey it's Summer. Random question but is it normal for a period to last 12 days? I'm 16 and it's only my second year having them",
     [("name", "Summer")], []),

    ("Had a check-up last month, cholesterol 6.8. Doc wants me on statins, I'd rather try diet first. Thoughts?\n\nCheers, Dave\n\nPS the wife says I should mention I get tight in the chest walking up hills",
     [("name", "Dave")], []),

    ("Our nanny Marisol noticed the baby's soft spot looks sunken. He's 8 months and had a tummy bug yesterday, still feeding. We're at 1180 Alder Ridge Dr, Boise if that matters for where to go.",
     [("name", "Marisol"), ("address", "1180 Alder Ridge Dr, Boise")], []),

    ("Please send the referral letter to my work email: d.abernathy@coldwater-logistics.com. I'm Declan Abernathy, I was seen on the 3rd about my inguinal hernia.",
     [("email", "d.abernathy@coldwater-logistics.com"), ("name", "Declan Abernathy")], []),

    ("u/lost_in_the_fog_22 here, cross-posting from the migraine sub. Does anyone else get the zigzag aura with no headache after? 31F",
     [("handle", "u/lost_in_the_fog_22")], []),

    ("Social security # 614-32-9087 was on the form they asked me to fill in — is that normal for a walk-in clinic? Also the rash on my back still hasn't gone after the cream.",
     [("id_number", "614-32-9087")], []),

    ("Mom (Guadalupe Reyes, 71) takes 6 different pills and keeps mixing them up, twice she took the water pill at night. Is there someone who can review all her meds at once?",
     [("name", "Guadalupe Reyes")], []),

    ("hi dr. my name is Ngozi. my baby girl Chiamaka is 3 weeks old and her eyes are still a bit yellow. she is breastfed. is that normal?",
     [("name", "Ngozi"), ("name", "Chiamaka")], []),

    ("I work with a guy, Ravi, who clears his throat literally all day — he says it's reflux. Could it be anything else? Asking partly because it's driving the whole office mad 😅",
     [("name", "Ravi")], []),

    ("DOB 1990-06-23, female, 5'6, 140lb. Started sertraline 50mg ten days ago and I feel more anxious not less. Does that settle?",
     [("date_of_birth", "1990-06-23")], []),

    ("This is Faisal's wife writing. Faisal had his gallbladder out on Monday at St George's and one of the wounds is weeping yellowish stuff. Is that normal?",
     [("name", "Faisal")], []),

    ("Hi, my passport number is on the travel vaccine form (X4817302) — do I need to bring the passport itself, or just the yellow fever certificate?",
     [("id_number", "X4817302")], []),

    ("thank u to everyone who donated — gofundme.com/f/help-marcus-walk-again — Marcus had his spinal surgery and starts physio next week. Any tips for the first few weeks?",
     [("url", "gofundme.com/f/help-marcus-walk-again"), ("name", "Marcus")], []),

    ("My twin sisters, Ayesha and Amina, both have really heavy periods with clots. Could it be something genetic? They're 19.",
     [("name", "Ayesha"), ("name", "Amina")], []),

    ("For context I'm Björn, 45, Swedish but living in Leeds. My GP Dr. Whitcombe says my liver enzymes are mildly up (ALT 78). I drink maybe 10 units a week. What else could cause it?",
     [("name", "Björn"), ("name", "Whitcombe")], []),

    ("please ring my landline 01632 960 118 after 5pm, I can't hear well on the mobile. It's about my hearing aid, funnily enough. It whistles constantly. — Edna",
     [("phone", "01632 960 118"), ("name", "Edna")], []),

    ("Kia ora from Aroha! My little one Nikau (2) has a barking cough at night, no temp. Croup?",
     [("name", "Aroha"), ("name", "Nikau")], []),

    ("Username on the forum is @grumpyknees_1958 but real name's Gerald. Osteoarthritis in both knees. Are the steroid injections worth it or do they wear off fast?",
     [("handle", "@grumpyknees_1958"), ("name", "Gerald")], []),

    ("Could the doctor who replied (Dr Sato) clarify whether I should stop the ibuprofen before my colonoscopy on the 14th?",
     [("name", "Sato")], []),

    ("My partner Alex and I have been trying to conceive for 14 months now. Alex is 36. At what point should we both get tested?",
     [("name", "Alex")], []),

    ("Name - Khadija Rahman\nAge - 33\nAddress - 15 Bellfield Terrace, Leith, Edinburgh EH6 4QP\nProblem - ringing in ears after a concert 2 weeks ago, won't stop",
     [("name", "Khadija Rahman"), ("address", "15 Bellfield Terrace, Leith, Edinburgh EH6 4QP")], []),

    ("So I'm a teacher at Greyfield Academy, my name's Colm, and I lose my voice by Thursday every single week. Is it just overuse or should I get my throat looked at?",
     [("name", "Colm")], ["Greyfield Academy"]),

    ("Calling all pharmacists: my mother-in-law Ines takes lisinopril and a different doctor has just prescribed her potassium supplements. Are they safe together?",
     [("name", "Ines")], []),

    ("Hi — my son Jamal goes to Westbrook Middle School and the school nurse said his blood pressure was 138/90. He's 12 and a bit overweight. Should we be worried?",
     [("name", "Jamal")], ["Westbrook Middle School"]),

    ("Got rear-ended at the lights yesterday — the other driver's plate was WX21 ONK and he just drove off. Today my neck is stiff and turning my head hurts. Whiplash? Do I need an X-ray for the police report?",
     [("licence_plate", "WX21 ONK")], []),

    ("Writing on behalf of Mr. Herbert Lomax (my neighbour, 84). He's got a weeping sore on his shin that hasn't healed in two months. His district nurse is Kelly but she only comes Fridays. What should we ask for?",
     [("name", "Herbert Lomax"), ("name", "Kelly")], []),

    ("My daughter's student ID is 2023-44817 and the uni health centre needs it for the meningitis jab. Does she need MenACWY again if she had it at 14?",
     [("id_number", "2023-44817")], []),

    ("my handle on the diabetes forum is t1d_tiff if anyone wants to DM — question is about my Libre reading way lower than fingerstick at night. like 3.1 vs 5.8",
     [("handle", "t1d_tiff")], []),

    ("I was born 30th Nov 1962 so I'm 61 — am I due for bowel screening? Never had a kit through the post.",
     [("date_of_birth", "30th Nov 1962")], []),

    ("Hi doc, Aleksandr here (Sasha to friends). Got bitten by a tick hiking in the Poconos, now there's a red ring round it about 6cm across. Antibiotics?",
     [("name", "Aleksandr"), ("name", "Sasha")], []),

    ("my boyfriend jose keeps getting nosebleeds like 3 times a week, he's 22. he does coke sometimes idk if that's related. pls dont judge",
     [("name", "jose")], []),

    ("Contact: wendy.h.price@outlook.com / 555-0134 (US). My father has Parkinson's and is falling more and more. Looking for a movement disorder neurologist near Tucson.",
     [("email", "wendy.h.price@outlook.com"), ("phone", "555-0134")], []),

    ("Our GP surgery (Marsh Lane Practice) told my husband Yusuf his PSA is 6.2. He's 58. What's the next step, biopsy straight away?",
     [("name", "Yusuf")], ["Marsh Lane Practice"]),

    ("HELP ME UNDERSTAND THIS LETTER: 'DEAR MR OBI, YOUR HBA1C IS 52 MMOL/MOL.' IS THAT DIABETES??",
     [("name", "OBI")], []),

    ("I'm Sunita's carer. Sunita is 67, has MS, and has had three UTIs this year. Her NHS number is 401 023 2137 if you need to look her up on the system.",
     [("name", "Sunita"), ("id_number", "401 023 2137")], []),

    ("Not sure where to post this. My LinkedIn is linkedin.com/in/samuel-adeyemi-rn if you want to verify I'm a nurse — question is about post-exposure protocol after I got a needlestick at work yesterday.",
     [("url", "linkedin.com/in/samuel-adeyemi-rn")], []),

    ("my name is Precious and i think i have a yeast infection but im not sure bc it doesnt itch much, just discharge. can i just buy canesten?",
     [("name", "Precious")], []),

    ("Dad is Li Wei, he's 76 and lives with us. He's been short of breath on the stairs for about a month. Our address for the home visit is 9 Wattle Grove, Box Hill North VIC 3129.",
     [("name", "Li Wei"), ("address", "9 Wattle Grove, Box Hill North VIC 3129")], []),

    ("Asking for a friend (literally — her name is Destiny lol). She's on the pill and has just finished antibiotics for a UTI. Is she still covered?",
     [("name", "Destiny")], []),

    ("hi! i'm sofía, 24, and every time I eat bread I bloat like crazy. could it be celiac? my cousin Valentina has it",
     [("name", "sofía"), ("name", "Valentina")], []),

    ("Policy no. PLH-0097-3312-B. Does travel insurance normally cover an asthma flare abroad if it's a pre-existing condition? Flying to Lisbon in May.",
     [("id_number", "PLH-0097-3312-B")], []),

    ("The kids' paediatrician, Dr. Ifeoma Chukwu, left the practice and now nobody will renew Zara's EpiPen. Zara is 9 with a peanut allergy. What do we do?",
     [("name", "Ifeoma Chukwu"), ("name", "Zara")], []),

    ("Hello. I am Hiroshi Tanaka, 58, diagnosed with Barrett's oesophagus last year. How often should I have the camera test?",
     [("name", "Hiroshi Tanaka")], []),

    ("Gonna be honest, I'm scared. My girlfriend Kayla is 8 weeks pregnant and has had some brownish spotting. No pain. She's seeing the midwife Thursday. Is that ok?",
     [("name", "Kayla")], []),

    ("Hi team, vehicle is a grey Corolla, plate 8KDM291 — I'm the one who parked in the disabled bay at the clinic because my knee gave out. Got a ticket. Can the doctor write a note?",
     [("licence_plate", "8KDM291")], []),

    ("My mum Parveen's date of birth is 12/03/1955 and the pharmacy keeps mixing her up with another lady. She got the wrong blood pressure pills twice now. What can we do?",
     [("name", "Parveen"), ("date_of_birth", "12/03/1955")], []),

    ("I'm a midwife at Rowan Birth Centre and I've had tennis elbow for months from all the charting. Name's Orla. Steroid shot or physio?",
     [("name", "Orla")], ["Rowan Birth Centre"]),

    ("Grandpa Eustace (92) has started not recognising us some days. Is it worth getting a dementia assessment at his age or is there no point?",
     [("name", "Eustace")], []),

    ("WHATSAPP ME +44 7911 204 556 — EAR BLOCKED SINCE SWIMMING IN SPAIN LAST WEEK, TRIED OLIVE OIL, NOTHING",
     [("phone", "+44 7911 204 556")], []),

    ("Our daughter Willow still has a lisp at 6. The school wants to refer her to speech therapy. Is that too early?",
     [("name", "Willow")], []),

    ("i'm on tiktok as @dancingwithlupus and i'm trying to figure out if my hair loss is the lupus or the hydroxychloroquine. anyone know?",
     [("handle", "@dancingwithlupus")], []),

    ("Employee number E-40917 — occupational health asked me for a fitness-to-work note after my hernia repair. Who writes that, GP or the surgeon?",
     [("id_number", "E-40917")], []),

    ("Dr. Patel told me my ferritin is low but Dr. Okoro says it's fine?? Ferritin 14. Who's right lol",
     [("name", "Patel"), ("name", "Okoro")], []),

    ("Mi nombre es Ximena, sorry my English. I have 31 years and my fingers go white and then blue in the cold. Is Raynaud?",
     [("name", "Ximena")], []),

    ("hey so me and my roommate Tyler both got food poisoning from the same taco truck, i'm better but he's still puking 2 days later. when does he need a doctor",
     [("name", "Tyler")], []),

    ("Address for the records transfer: 221 Magnolia Street, Apt 3C, Savannah, GA 31401. Attn: medical records. My name is Beatrice Holloway and I'm moving my care to a new cardiologist.",
     [("address", "221 Magnolia Street, Apt 3C, Savannah, GA 31401"), ("name", "Beatrice Holloway")], []),

    ("My wife Chidinma had a C-section 5 weeks ago and there's a small opening in the scar that's leaking clear fluid. Her email for any follow-up is chidi.eze.mum@gmail.com",
     [("name", "Chidinma"), ("email", "chidi.eze.mum@gmail.com")], []),

    ("Honestly just need reassurance. I'm Noor, 27, PhD student in the Ellison Lab, and my heart keeps skipping beats whenever I drink coffee.",
     [("name", "Noor")], ["Ellison Lab"]),

    ("my little brother Kofi (he's 17) rolled his ankle at football, it's purple and swollen but he can hobble. RICE or x-ray?",
     [("name", "Kofi")], []),

    ("Medicaid ID 7720-5518-03 — does that cover adult dental, specifically extractions? I have two broken molars.",
     [("id_number", "7720-5518-03")], []),

    ("Asking on behalf of Mrs Evangeline Mbeki-Harris, a resident I look after. She has new swelling in one leg only since yesterday. Do we call the GP or the out-of-hours line?",
     [("name", "Evangeline Mbeki-Harris")], []),

    ("this is my page https://www.facebook.com/tanya.derosa.942 — please look at the photo of my rash I posted there, it's easier than describing it",
     [("url", "https://www.facebook.com/tanya.derosa.942")], []),

    ("hi, Grandma Lotte again (the one with the cataracts). Surgery went well!! How soon can I drive again?",
     [("name", "Lotte")], []),

    ("Hey, I'm Rowan. He/him, 23. Started T six months ago and my acne is brutal. What do people do?",
     [("name", "Rowan")], []),

    ("To whom it may concern, my father Mr. Chukwuemeka Obi-Nwankwo (DOB 3 January 1949) is being discharged tomorrow and we were not told about his new medications. Who should we ask?",
     [("name", "Chukwuemeka Obi-Nwankwo"), ("date_of_birth", "3 January 1949")], []),

    ("Writing from work so quickly: my 2yo Oliver has had a fever of 39.2 since last night, drinking ok. Nursery won't take him. When should I worry?",
     [("name", "Oliver")], []),

    ("hi there it's Mo. my left eye has been twitching for a week, is it stress or something bad",
     [("name", "Mo")], []),

    ("From: Felicity Dunmore <fdunmore@brightmail.net>\nSubject: knee\n\nMy knee clicks when I go down stairs, no pain really. Should I worry?",
     [("name", "Felicity Dunmore"), ("email", "fdunmore@brightmail.net")], []),

    ("Ok so my mother in law (Mama Achieng) is visiting from Kisumu and says she has malaria symptoms. Fever and shivering on and off. Where do we go here in Manchester?",
     [("name", "Achieng")], []),

    ("My husband Sergio is type 1 and his Dexcom shows lows around 3am most nights. His endocrinologist Dr Lindqvist is on leave. Should he drop his long-acting?",
     [("name", "Sergio"), ("name", "Lindqvist")], []),

    ("Pls reply to me at 0412-998-017, it's about my son Lachlan's ear infection, 3rd one this year",
     [("phone", "0412-998-017"), ("name", "Lachlan")], []),

    ("Hello, Mrs. Dorothy Fairbrother here, 81. My GP Dr. Singh-Walker has retired and I need my thyroxine reviewed. Does anyone know a good practice near Harrogate?",
     [("name", "Dorothy Fairbrother"), ("name", "Singh-Walker")], []),

    ("(posting for my flatmate Imogen who doesn't have an account) she's had a UTI for a week and the antibiotics aren't working at all",
     [("name", "Imogen")], []),

    ("Hospital number: RXH 0091847. Apparently they lost my skin biopsy sample?! How long do results normally take when they don't lose it lol",
     [("id_number", "RXH 0091847")], []),

    ("Just found this profile for my dad's old doctor: https://www.ratemds.com/doctor-ratings/38821/Dr-Harold+Pennington — is this the same guy who put him on digoxin? Can we ask him for old records?",
     [("url", "https://www.ratemds.com/doctor-ratings/38821/Dr-Harold+Pennington")], []),

    ("My wife's name is Hope, and she's had postpartum depression since our son was born in March. She doesn't want meds because she's breastfeeding. Are there safe ones?",
     [("name", "Hope")], []),

    ("plate is YR70 LXA if that helps for the insurance — my dad was in a fender bender yesterday and now he keeps forgetting things. he's 74. the car's fine",
     [("licence_plate", "YR70 LXA")], []),

    ("Hi Dr. Mendel, this is Ana from your Tuesday clinic — I forgot to ask if I can take melatonin with my sertraline?",
     [("name", "Mendel"), ("name", "Ana")], []),

    ("Kindly assist. I am Emeka, 38. My fasting sugar level is 7.9. My late father Ikenna had diabetes. Am I diabetic?",
     [("name", "Emeka"), ("name", "Ikenna")], []),

    ("Hey y'all, Bubba here lol (real name Clarence). Got gout bad in my big toe again. What foods should I stop?",
     [("name", "Bubba"), ("name", "Clarence")], []),

    ("My insurance card says Member #: WEL 0028 4471 9 — is a sleep study normally covered or do I need prior auth?",
     [("id_number", "WEL 0028 4471 9")], []),

    ("hey, my sister lives at 48 Rue des Lilas, Montreuil and she's pregnant and can't find a GP who speaks English. her name's Elodie. any tips?",
     [("address", "48 Rue des Lilas, Montreuil"), ("name", "Elodie")], []),

    ("My son is on Instagram as @jake_lifts_heavy and I found posts about him taking SARMs. He's 17. What are the actual health risks?",
     [("handle", "@jake_lifts_heavy")], []),

    ("Dr Abiodun, thank you for seeing my mum last week. Her breathing is better on the new inhaler but now she has white patches in her mouth.",
     [("name", "Abiodun")], []),

    ("My name: Cheng Xiaoling. My date of birth: 1978/08/14. Symptom: heel pain in the morning, 2 months.",
     [("name", "Cheng Xiaoling"), ("date_of_birth", "1978/08/14")], []),

    ("so weird question. my boyfriend Hamish and i had unprotected sex and he's just told me he had chlamydia last year 'but it was treated'. do i need testing",
     [("name", "Hamish")], []),

    ("Pickup for my prescription: the car will be a blue van, reg BD14 KPF — my carer is collecting because I can't walk far since the hip surgery.",
     [("licence_plate", "BD14 KPF")], []),

    ("Parent portal link for my son's school medical form: https://forms.clearwaterpta.org/s/med/olusegun-a-2024 — they want his asthma action plan. What should it include?",
     [("url", "https://forms.clearwaterpta.org/s/med/olusegun-a-2024")], []),

    ("Can anyone translate this for me? Letter says 'Ms. Thandiwe Dlamini, findings consistent with PCOS.' That's me. What does that mean for having kids?",
     [("name", "Thandiwe Dlamini")], []),

    ("Mother: Anneliese (68). Father: Horst (71). Both had the old shingles vaccine. Should they get the new one too?",
     [("name", "Anneliese"), ("name", "Horst")], []),

    ("eh, name's Jack, 60, had a hip replacement in 2019. Now the other hip's going. Waiting list is 18 months. Go private?",
     [("name", "Jack")], []),

    ("my contact: mbuyi.k@protonmail.com — I'm a 30yo man and found a painless lump on one testicle. Too embarrassed to phone anyone.",
     [("email", "mbuyi.k@protonmail.com")], []),

    ("My carer Lindiwe comes in mornings only, and I keep missing my evening insulin. Any tips or gadgets? I'm 74 and my memory isn't what it was.",
     [("name", "Lindiwe")], []),

    ("Hey doc, Ibrahim here. My student number is S2218456 — the uni says I need a letter for an exam extension because of my migraines. Can a GP do that?",
     [("name", "Ibrahim"), ("id_number", "S2218456")], []),

    ("Our daughter Saoirse was born 02/02/2023 at 34 weeks. What's her corrected age for milestones? She isn't rolling yet.",
     [("name", "Saoirse"), ("date_of_birth", "02/02/2023")], []),

    ("Phone 021 445 8870 (Cape Town). My brother-in-law Pieter had a stroke last year and his speech therapy just stopped. Where can we get more?",
     [("phone", "021 445 8870"), ("name", "Pieter")], []),

    ("Hello!! I'm Anjali's mom. Anjali (6) swallowed a small coin two days ago but she's totally fine, eating, pooping. Do we still need an x-ray?",
     [("name", "Anjali")], []),

    ("dr. von Haller told me the mole is 'probably nothing' but it's grown since. should i get a second opinion",
     [("name", "von Haller")], []),

    ("I'm Kai, lifeguard at Sandown Leisure Centre. The chlorine makes my eyes and chest burn every shift. Could I have asthma?",
     [("name", "Kai")], ["Sandown Leisure Centre"]),

    ("Ok I'll be honest, I'm posting under my partner's account (@mattyboyo) — I'm Leah and I think I might have an eating disorder. Where do I even start?",
     [("handle", "@mattyboyo"), ("name", "Leah")], []),

    ("Dear doctor, my brother Rashid lives at Block 7, Flat 22, Al Nahda Street, Sharjah and he has kidney failure. Can he get dialysis while travelling?",
     [("name", "Rashid"), ("address", "Block 7, Flat 22, Al Nahda Street, Sharjah")], []),

    ("Quick q: is it ok to take ibuprofen with my naproxen? dentist told me to take it for my tooth - Terrence",
     [("name", "Terrence")], []),

    ("hi im Marguerite but everyone calls me Maggie. i'm 55 and the hot flushes are ruining my sleep. is HRT safe if my mom had breast cancer?",
     [("name", "Marguerite"), ("name", "Maggie")], []),

    ("Fill in: Name ___Delroy Campbell___ DOB ___14/07/1966___ GP ___Dr. Fraser___ Symptoms ___numb toes both feet, worse at night___",
     [("name", "Delroy Campbell"), ("date_of_birth", "14/07/1966"), ("name", "Fraser")], []),

    ("hi!! my kid Apple (yes really, like the fruit 🍎) has had a wobbly tooth for months and now the adult tooth is coming in behind it. dentist?",
     [("name", "Apple")], []),

    ("My mum's Medicare number is 2953 71846 1 and she's been billed for a scan that should have been bulk billed. Who do I call?",
     [("id_number", "2953 71846 1")], []),

    ("I'm Sven, 19, at Tollbridge Sixth Form. My hands shake when I'm nervous, like during presentations. Normal?",
     [("name", "Sven")], ["Tollbridge Sixth Form"]),

    ("my grandad Desmond lives at 3 Gorse Cottages, Little Wenham and the nearest surgery is 12 miles away. his leg ulcer needs dressing twice a week. what are the options",
     [("name", "Desmond"), ("address", "3 Gorse Cottages, Little Wenham")], []),

    ("Please email results to harpreet.gill.1987@gmail.com — my name is Harpreet, I'm 37 and I asked for thyroid and vitamin D.",
     [("email", "harpreet.gill.1987@gmail.com"), ("name", "Harpreet")], []),

    ("Reddit: u/BrokenWristBrenda (not my real name obv). Wrist fracture 8 weeks ago, cast off last week, can't bend it at all. Normal?",
     [("handle", "u/BrokenWristBrenda")], []),

    ("Good morning Dr Oyelaran, Temi's mum here. Temi is still wetting the bed at 8, is that something you'd refer?",
     [("name", "Oyelaran"), ("name", "Temi")], []),

    ("My colleague at Harrow Borough Council, Deepak, collapsed last week and the hospital said his sodium was low. He drinks loads of water. Can that cause it?",
     [("name", "Deepak")], ["Harrow Borough Council"]),

    ("Phone +1 (416) 555-0192, Toronto. Teen daughter Maya has fainted twice this month, both times standing in line at assembly.",
     [("phone", "+1 (416) 555-0192"), ("name", "Maya")], []),

    ("i'm a barista at Copperleaf Coffee and my wrists ache after every shift, my name's Luca btw. carpal tunnel at 26?",
     [("name", "Luca")], ["Copperleaf Coffee"]),

    ("I'm Agnieszka, 44, a cleaner at Fernhill Care Home. The gloves have made my hands cracked and bleeding. What cream actually works?",
     [("name", "Agnieszka")], ["Fernhill Care Home"]),

    ("Our son Eli, 5, just started at Little Acorns Nursery and has had 4 colds in 6 weeks. Is that normal or is his immune system weak?",
     [("name", "Eli")], ["Little Acorns Nursery"]),

    ("Hi, I drive for Swiftline Couriers, van plate GN19 ZTE. Lower back pain from 10 hour shifts. I'm Waleed. Any stretches I can do in the cab?",
     [("licence_plate", "GN19 ZTE"), ("name", "Waleed")], ["Swiftline Couriers"]),

    ("My wife Rukhsana works at Bramley Dental Clinic and thinks she caught something off a patient — sore throat and fever since Tuesday. She's 32.",
     [("name", "Rukhsana")], ["Bramley Dental Clinic"]),

    ("Firefighter at Station 14 in Redhill, name's Grant. Smoke inhalation at a house fire last week, still coughing up grey stuff. How long should that last?",
     [("name", "Grant")], ["Station 14 in Redhill"]),

    ("My daughter Nia boards at St Hilda's College and the school nurse says she's underweight (BMI 16.8). She's 15. How worried should I be?",
     [("name", "Nia")], ["St Hilda's College"]),

    ("Hi, Ignacio from the accounts team at Vantor Systems — I've had a headache every afternoon for a month. Could it be the screens?",
     [("name", "Ignacio")], ["Vantor Systems"]),

    ("I'm Ha-eun, on placement at Riverside Veterinary Practice, and a cat scratched me 3 days ago. Now the lymph node in my armpit is swollen. Cat scratch fever?",
     [("name", "Ha-eun")], ["Riverside Veterinary Practice"]),

    # ---------------- items WITHOUT identifiers (traps only) ----------------
    ("I was diagnosed with Crohn's in 2015 and my calprotectin just came back at 640. Is that a flare?", [], []),

    ("Is it safe to take Sudafed with sertraline 100mg? Blocked nose for a week and I can't sleep.", [], []),

    ("Born in 1968, so 56 now. Should I still be having smear tests?", [], []),

    ("My BP this morning was 162/98 and then 148/92 an hour later. Took my amlodipine at 8am as usual. Do I need to go up a dose?", [], []),

    ("Bell's palsy on the right side since Tuesday. Got prednisolone at A&E. How long till it goes away??", [], []),

    ("Will my hair grow back the same after chemo? Finished my last round on 3rd March and it's just fluff so far.", [], []),

    ("Hope someone can help. Mark on my shin about the size of a 5p coin, been there since January and it's getting darker.", [], []),

    ("Appointment at Addenbrooke's on the 22nd for a colposcopy. What actually happens? I'm terrified", [], []),

    ("5'4 and 210 lbs, 38F. Doctor mentioned Ozempic at my last visit. What are the side effects really like day to day?", [], []),

    ("Had my gallbladder out at the Royal Infirmary in Glasgow last month. Still getting pain after fatty meals. Is this normal?", [], []),

    ("Hashimoto's, TSH 0.3 on 100mcg. Feeling jittery and my heart's a bit fast. Too much thyroxine?", [], []),

    ("Will Lipitor make my muscles ache? Started 20mg two weeks ago and my thighs are sore.", [], []),

    ("april fools day is when this cough started lol and it's nearly june. smoker 20 yrs. should i get checked", [], []),

    ("Grace period on my repeat prescription ran out and the surgery says I need a review first. Can I get an emergency supply of Ventolin from a pharmacy?", [], []),

    ("My baby (4 months) had an Apgar of 9 at birth and is doing great, but now she has a flat spot on the back of her head. Helmet?", [], []),

    ("Just got back from Thailand, a monkey grabbed my arm at a temple in Lopburi. Tiny scratch only. Do I need rabies shots?", [], []),

    ("Has anyone had a Baker's cyst burst? Back of my knee was swollen and now my calf is bruised since Sunday.", [], []),

    ("Cholesterol 7.1, LDL 4.9, HDL 1.2, triglycerides 2.1. I'm 45. Do I need statins or can I try oats and exercise first?", [], []),

    ("been taking 40mg omeprazole for 3 years now. is that bad long term??", [], []),

    ("Been told I have Raynaud's. Fingers go white then purple when it's cold. Anything that helps besides gloves?", [], []),

    ("Does Tylenol bring a fever down faster than Advil in a 2 year old? He weighs 12kg.", [], []),

    ("Guillain-Barré after a flu shot — how real is that risk? Thinking about getting one for the first time at 62.", [], []),

    ("MRI booked at Guy's for 14 June. Can I have it with a copper IUD in?", [], []),

    ("Dr. told me I have Osgood-Schlatter. I'm 13 and play basketball every day. Do I have to stop?", [], []),

    ("Sugar 11.2 two hours after lunch, A1c 6.9%. I'm 51. Is metformin enough or will I need insulin next?", [], []),

    ("Rose hip powder for arthritis — does it actually work or is it nonsense?", [], []),

    ("is Mounjaro better than Wegovy for weight loss? BMI 37, tried everything else", [], []),

    ("Ferritin 8, Hb 10.9. Heavy periods. Iron tablets make me so constipated. Alternatives?", [], []),

    ("My grandmother is 94 and was just started on Eliquis 2.5mg twice a day. Is that the right dose for her age?", [], []),

    ("Went to Mayo Clinic in Rochester for a second opinion on my Sjögren's. They said it's mild. Should I still take Plaquenil?", [], []),

    ("Summer always makes my eczema better and winter makes it awful. Is that a humidity thing?", [], []),

    ("Heel pain for 3 months, worst on the first step in the morning. 6ft 2, 98kg. Plantar fasciitis? Do insoles help?", [], []),

    ("Tourette's diagnosis at age 9 — will the tics get better in his teens?", [], []),

    ("First symptoms were on 2 February: sore throat, then a sandpapery rash on the chest. Scarlet fever is going round. Antibiotics needed?", [], []),

    ("Does Accutane really cause depression? Starting 40mg next week and I'm 17.", [], []),

    ("Will my Cushing's make it hard to lose weight even after the surgery?", [], []),

    ("WHY DOES MY KNEE HURT WHEN IT RAINS. 58 YRS OLD, OLD RUGBY INJURY FROM THE 80S.", [], []),

    ("Is Addison's something I should be tested for if my 9am cortisol was 95 nmol/L?", [], []),

    ("so my HbA1c went from 48 to 41 in three months just cutting out juice and fizzy drinks. is that possible or a lab error", [], []),

    ("Follow-up at St Mary's next Thursday about the fibroids. Should I ask about an ablation or a hysterectomy?", [], []),

    ("Graves' disease, on carbimazole 20mg. My eyes feel gritty and look a bit bulgy in photos. Is that thyroid eye disease?", [], []),

    ("Is the Mediterranean diet actually good for the heart or is it just hype? 60, had a stent in 2021.", [], []),

    ("Parkinson's runs in my family. Is there a test I can do at 40 to see if I'll get it?", [], []),

    ("Ménière's — does cutting out salt actually help the vertigo or is that a myth?", [], []),

    ("Ear infection number 3 this winter for my 18-month-old. Amoxicillin again. At what point do they consider grommets?", [], []),

    ("Took 2 Nytol last night and I've felt groggy all day. Is that normal?", [], []),

    ("Epstein-Barr antibodies positive, I'm 20. Is that why I've been so wiped out for 2 months?", [], []),

    ("Blood pressure 118/76, pulse 52 at rest. I run about 40 miles a week. Is a low heart rate ok?", [], []),

    ("Had a Pap in March, results were ASCUS, HPV negative. Do I need anything else done?", [], []),

    ("Will bisoprolol 2.5mg make me tired? Started it after a fast heartbeat episode in the autumn.", [], []),

    ("Jack-knife pain in my lower back every time I bend forward. 35, desk job. Slipped disc?", [], []),

    ("My dad's 82 and his creatinine went from 110 to 160 after they started him on ramipril. Should it be stopped?", [], []),

    ("Tried Benadryl, Zyrtec and Claritin for hives, nothing works for more than a day. Next step?", [], []),

    ("Weighed 3.1kg at birth, now 2 weeks old and 3.0kg. Midwife says it's ok? Exclusively breastfed.", [], []),

    ("Asperger's suspected at 34 — is it worth getting officially diagnosed as an adult?", [], []),

    ("Will I get Alzheimer's because my mum had it at 70? I'm 48 and keep forgetting words.", [], []),

    ("Kawasaki disease at age 3 — my son is 10 now, does he still need heart checks?", [], []),

    ("Lyme test came back negative but I had a bullseye rash after hiking in Connecticut. Should I still get doxycycline?", [], []),

    ("PSA 4.5 at 62. Urology appointment on the 9th. What questions should I ask?", [], []),

    ("Penny-sized bald patch in my beard. Alopecia areata? 29M", [], []),

    ("Dexamethasone 4mg for 3 days after wisdom tooth removal — can I still drink coffee?", [], []),

    ("Will Imodium stop me needing to go on a long flight? IBS-D, flying to Singapore on Friday.", [], []),

    ("We found out at the 20 week scan that our baby has Down syndrome, due in August. What heart checks will be done after birth?", [], []),

    ("Had COVID in October, still can't smell properly. Any smell training tips that actually worked for people?", [], []),

    ("Sunny days give me a headache straight away. Light sensitivity migraines? I'm on propranolol 40mg.", [], []),

    ("iron 5.2 umol/L, transferrin saturation 6%. 41F. GP wants a gastroscopy. Why my stomach if it's obviously my periods?", [], []),

    ("Does the Pfizer booster interfere with my methotrexate? RA, 15mg weekly.", [], []),

    ("Will I ever be able to eat gluten again after a coeliac diagnosis or is it forever?", [], []),

    ("Heights: me 5'2, husband 6'3. Our son is 14 and only 4'10. Should we see someone about his growth?", [], []),

    ("Cardiologist at the Cleveland Clinic said my EF is 45%. Is that bad?", [], []),

    ("Started the Atkins diet and my breath smells like nail polish remover. Is that ketosis?", [], []),

    ("My period is 9 days late and tests are negative. Stress from exams?", [], []),

    ("GERD for years, now food sometimes sticks in my chest on the way down. Nexium 20mg not helping.", [], []),

    ("Does Harvard's 'healthy plate' count potatoes as a vegetable? Trying to sort my diet out after my MI.", [], []),

    ("Born 1979. Is it too late for me to get the HPV vaccine?", [], []),

    ("TIA in my mum last month (she's 77), now on clopidogrel 75mg and atorvastatin 80mg. What side effects should we watch for?", [], []),

    ("do Crocs make plantar fasciitis worse or better? lol serious question", [], []),

    ("Hodgkin lymphoma survivor, treated at the Christie in Manchester in 2010. Any long-term heart checks I should be doing?", [], []),

    ("My 6yo keeps saying his legs hurt at night. Growing pains or something else? He's fine during the day.", [], []),

    ("Are EpiPens or Jext better? Allergist appointment is 3 May and I want to know what to ask for.", [], []),

    ("I'm 70, 5ft 8, 61kg. Lost 6kg since Christmas without trying. Should I be worried?", [], []),

    ("Can I fly after a DVT? Diagnosed 10 days ago, on rivaroxaban 15mg twice daily.", [], []),

    ("Victoria sponge at every meeting at work is ruining my diet. how do i say no lol. prediabetic, HbA1c 44", [], []),

    ("Patience is running out. Been waiting 14 months for an ortho appointment at King's College Hospital for my meniscus.", [], []),

    ("Dawn is when my heart pounds the most, like 4-5am. Is that normal? Resting HR is about 70 during the day.", [], []),

    ("Bill from the private clinic came to £450 for one blood test panel. Is a full blood count, LFTs and a lipid panel really worth that much?", [], []),

    ("Will a Holter monitor pick up palpitations that only happen once a week? They've booked me a 24 hour one at the Royal Brompton.", [], []),

    ("Ivy League stress is real lol. 19, losing hair in patches since exams started. Telogen effluvium?", [], []),

    ("Doses question: prescribed amoxicillin 500mg three times a day but the pharmacy label says 250mg. Which one do I follow?", [], []),

    ("Max HR 196 on the treadmill test at 34, is that too high? The tech said it was fine but it felt like a lot.", [], []),

    ("Sister Act at my daughter's school and she faints every time she's on stage. Stage fright or something physical? She's 14.", [], []),
]
