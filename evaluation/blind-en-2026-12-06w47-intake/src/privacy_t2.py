# Privacy trap-only items (no identifiers), part 2.

ITEMS = [
    "Copied from the cousins' chat:\nCousin: Nani's sugar was 310 after lunch\nMe: did she take Januvia\nCousin: "
    "she says only when she eats sweets\nNani is 76. Is that level an emergency or just needs a doctor this week?",
    "My wife had a Pap smear in February that showed ASC-US and HPV positive. The colposcopy is booked for 2 "
    "June. Should we be scared?",
    "Hi, I'm in Kumasi. Is it safe to give my 2 year old Paracetamol syrup 120mg/5ml, 5 ml every 6 hours?",
    "Forwarded from my daughter's boarding school in Nyeri: 'Several students have presented with conjunctivitis. "
    "Parents are advised to send eye drops.' Which drops should I buy?",
    "Summer in Darwin is killing my eczema. I'm 24 and use Advantan. Can I use it on my face?",
    "May I ask — is Down syndrome screening in the first trimester accurate? I'm 39 and the NIPT is expensive "
    "here in Manila.",
    "I had Covid in January 2022 and since then my heart rate jumps to 130 when I stand up. Cardiology at Mount "
    "Sinai mentioned POTS. Is salt loading safe?",
    "Just turned 50 and the letter from the NHS bowel screening programme arrived with the FIT kit. How accurate "
    "is that test?",
    "Is it true that Mounjaro causes hair loss? I'm down from 112 kg to 94 kg since March and my hair is coming "
    "out in clumps.",
    "My son's teacher wrote in his diary: 'He seems tired and pale in class.' He's 10, a picky eater, only eats "
    "white rice and milk. Anaemia?",
    "Sage advice needed: my 80 year old father in Colombo refuses to use his walking frame after his hip "
    "surgery at Lanka Hospitals. How do we encourage him?",
    "My doctor at Cleveland Clinic said I have Barrett's oesophagus. How often do I need scopes?",
    "Olive oil drops for earwax, how many days? My ears feel blocked since swimming at Bondi last week. I'm 45.",
    "Pearl-like bump on my nose that bleeds sometimes. I'm 63, worked outdoors in Queensland all my life. "
    "Basal cell?",
    "Chance of passing on Marfan syndrome if my husband has it? We want kids. He was diagnosed at Johns Hopkins "
    "at 19.",
    "Tourette's in my 8 year old: he started blinking and sniffing in September. Teacher says other kids are "
    "teasing. Is it likely to get worse?",
    "Our maid brought some Fansidar from home for my fever. I'm in Dubai, 35, no travel recently. Should I take "
    "it?",
    "Ruby red cheeks and fever in my 5 year old after school. Is this scarlet fever? Sandpaper rash on the chest "
    "too.",
    "My platelets were 98 on my routine bloods in Singapore, everything else normal. I'm 44. Repeat or worry?",
    "Holly berries — my toddler might have eaten one at my mum's in Cork. She's fine an hour later. Do I need to "
    "do anything?",
    "Sjögren's syndrome was suggested because my eyes and mouth are dry. I'm 52. What's the test?",
    "Appointment at the Royal Children's Hospital is on the 9th for my son's Perthes disease. He's 6. Will he need "
    "surgery?",
    "I've had Meniere's for five years. Betahistine 16 mg three times daily isn't helping anymore. What's next?",
    "Dad (born 1949) was told at Kenyatta National Hospital that his PSA is 12. They want a biopsy. Is that "
    "necessary at his age?",
    "Reply from the insurance: 'Your claim for physiotherapy is approved for 6 sessions.' I have Achilles "
    "tendinopathy. Is 6 sessions enough to fix it?",
    "Violet patches under my eyes since I started Xarelto 20 mg. Bruising or something else? I'm 58.",
    "Morning! Weighing 68 kg at 34 weeks, started pregnancy at 52 kg. Midwife in Christchurch says that's fine. "
    "Is 16 kg too much?",
    "Can I give my 9 year old Piriton and Calpol together for hay fever with a slight temperature?",
    "Sever's disease — the physio said my 11 year old footballer has it. Heel pain after training. Does he need "
    "to stop?",
    "We're an Indian family in Auckland. My mother-in-law (73) keeps taking Combiflam for her knees. Is it bad "
    "for her kidneys long term?",
    "Text from my husband: 'Doc at the clinic says it's shingles, gave me valacyclovir 1 g three times a day.' "
    "Can I catch it? I'm 28 weeks pregnant.",
    "Heather honey for sore throat — safe for my 10 month old? My granny swears by it.",
    "Is Dupuytren's contracture linked to drinking? My dad is 67, ring finger bent and he drinks most nights.",
    "A&E at Beaumont gave me Augmentin for cellulitis on my leg. Day 3 and the red area has shrunk a bit. Finish "
    "the course?",
    "Epstein-Barr virus test positive for my 16 year old, tired for 6 weeks. Can she go back to hockey?",
    "I'm 6'2 and 70 kg, always been skinny, 22 year old male. I want to gain weight healthily. How many calories?",
    "Hi doctor, Shaukat Khanum told my aunt her biopsy shows Paget's disease of the breast. What does that mean?",
    "Crystal-clear fluid dripping from my nose when I bend over, only one side, for 2 months. I'm 47. Allergy?",
    "Our church youth group is going to Fiji in December. What vaccines do teens need? They're 14 to 17.",
    "Ozempic 0.5 mg and my stomach is so slow I feel full all day. Should I ask to go back to 0.25?",
    "Had an Apgar score of 7 at birth then 9. Midwife said fine. Is 7 bad? Baby was born 12 April.",
    "Saw in a WhatsApp forward that eating raw garlic cures high blood pressure. My dad in Chittagong believes it. "
    "His BP is 160/100. True?",
    "The care home in Hamilton rang to say mum had a fall but no injury. She's 89 and on Lyrica. Could the Lyrica "
    "make her unsteady?",
    "Cushing's? My face has gone round and my stretch marks are purple. I've been on prednisolone 20 mg for "
    "asthma since October.",
    "Is it OK to do the Epley manoeuvre at home? Room spins when I roll to the left in bed, started Monday.",
    "My pharmacist in Penang said Zyrtec and Claritin are basically the same. Is one stronger for dust allergy?",
    "Holter monitor showed 'occasional ectopics' for my 31 year old son. Cardiologist at Sick Kids when he was "
    "little said he had a small VSD. Related?",
    "Dear doctor, school nurse sent a letter: 'Your child's vision was 6/12 in the right eye at screening.' He's "
    "7. What does 6/12 mean?",
    "Montgomery tubercles — I read about them and now I'm noticing bumps on my areola. I'm 6 weeks pregnant. "
    "Normal?",
    "I'm 58, teaching in Dhaka, and my HbA1c is 9.4. The endocrinologist at BIRDEM added gliclazide 80 mg. When "
    "will my sugar come down?",
    "Crestor 10 mg or Lipitor 20 mg, which is stronger? My cholesterol in Adelaide was 6.8.",
    "Osgood-Schlatter in both knees, 13, basketball. A bump below the kneecap. Will it go away?",
    "Dear sir, my grandfather in Multan has had a cough for 3 months. Chest x-ray at Nishtar shows a shadow. "
    "TB or cancer?",
]
