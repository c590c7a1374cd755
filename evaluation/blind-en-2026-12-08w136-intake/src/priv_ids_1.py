# Privacy items with identifiers, part 1 (written by hand, writer 136)
ITEMS = [
    (
        "Hi, I'm writing about my mum because she won't write herself.\n\n"
        "Background: she's 74, had a hip replacement at the Royal Derby in 2016 and a TIA in 2019. "
        "She takes amlodipine 5mg, atorvastatin 40mg and clopidogrel 75mg. Her last cholesterol was 4.1 and her "
        "kidney function (eGFR) came back at 52 in October.\n\n"
        "The problem now is she's been getting dizzy when she stands up, mostly in the mornings, and last week she "
        "sat down hard on the kitchen floor. She didn't hit her head. Should we push for the amlodipine to be reduced?\n\n"
        "Thanks,\nKaren Whitby (daughter)\n07700 900418",
        [("name", "Karen Whitby"), ("phone", "07700 900418")],
        [],
    ),
    (
        "My son Jaxon is 9 and has had a cough for 5 weeks now. He had pneumonia at age 4 and was admitted to "
        "Children's Mercy for 3 nights. Since then every cold goes to his chest. His pediatrician Dr. Okafor "
        "gave him an albuterol inhaler in September which helps a bit. We moved to a new address in Overland Park "
        "(4418 W 97th Terrace) so we need a new doctor anyway. Is it worth asking for an asthma test? He also snores "
        "really loud.",
        [("name", "Jaxon"), ("name", "Okafor"), ("address", "4418 W 97th Terrace")],
        [],
    ),
    (
        "hey so my gf priya keeps telling me to ask about this. i get really bad heartburn after like 9pm, been "
        "going on since uni. tried gaviscon and omeprazole 20 which works but if i stop it comes straight back. "
        "my dad had a barrett's oesophagus thing found at 55. im 31. do i need a camera test or am i overreacting",
        [("name", "priya")],
        [],
    ),
    (
        "Good evening,\n\nI am a 58 year old man with type 2 diabetes since 2011. Medications: metformin 1g twice "
        "daily, gliclazide 80mg in the mornings, ramipril 10mg. My HbA1c in August was 61 mmol/mol, up from 54 in "
        "February. I've also been told my feet have reduced sensation on the monofilament test.\n\n"
        "My question is whether I should be asking about one of the newer injections. My brother-in-law Graham "
        "lost a lot of weight on one and his sugars came right down.\n\n"
        "Regards,\nDesmond Achterberg\n22 Fernleigh Close, Basingstoke RG24 8XQ\nNHS no. 999 482 1173",
        [("name", "Graham"), ("name", "Desmond Achterberg"), ("address", "22 Fernleigh Close, Basingstoke RG24 8XQ"),
         ("id_number", "999 482 1173")],
        [],
    ),
    (
        "I had a miscarriage in March at 9 weeks (D&C at St Michael's, Toronto) and we've been trying again since "
        "June. My cycles have been all over the place, 24 days then 38 days. My family doctor Dr. Ruth Fenwick did "
        "bloodwork and said my TSH was 4.8 which she called 'borderline'. My sister Alanna had the same thing and "
        "ended up on levothyroxine before she could get pregnant. Should I be on it too? My OHIP number is "
        "4821-773-019-KT if anyone from the clinic needs to look me up, and I'm at 416-555-0187.",
        [("name", "Ruth Fenwick"), ("name", "Alanna"), ("id_number", "4821-773-019-KT"), ("phone", "416-555-0187")],
        [],
    ),
    (
        "Writing on behalf of my husband, Tony Castellano, DOB 11/02/1961. He had a triple bypass in 2018 and a "
        "stent in 2021. He's on Eliquis 5mg twice a day, metoprolol 50, and Entresto. His ejection fraction was 35% "
        "on the last echo.\n\n"
        "He keeps asking if he can go back to golf. He walks about a mile a day with no problems. His cardiologist "
        "is Dr. Hsu but we can't get in until February. Is golf OK or should he wait?",
        [("name", "Tony Castellano"), ("date_of_birth", "11/02/1961"), ("name", "Hsu")],
        [],
    ),
    (
        "Quick one — my daughter Matilda (7) got head lice AGAIN from school. We've done the permethrin lotion twice. "
        "Is there anything stronger? I'm sick of it. You can email me back at kirsty.doolan@example.com.au",
        [("name", "Matilda"), ("email", "kirsty.doolan@example.com.au")],
        [],
    ),
    (
        "Hello doctor. My name is Oluwaseun Adebayo-Grant and I am 44. In 2009 I had my gallbladder removed and in "
        "2015 I was diagnosed with hypertension, I take lisinopril 20mg. Lately I wake up with a headache most days "
        "and my wife Funmi says I stop breathing in my sleep. I drive a truck for work so I am worried about my "
        "licence. My employee ID at the depot is TRK-40918 and they have a health programme but I don't trust it. "
        "Can sleep apnea cause the morning headaches?",
        [("name", "Oluwaseun Adebayo-Grant"), ("name", "Funmi"), ("id_number", "TRK-40918")],
        [],
    ),
    (
        "My father-in-law Bernie (82) lives with us. He has Parkinson's since 2014, on Sinemet 25/100 four times a "
        "day. His neurologist Dr. Lindqvist at the movement disorders clinic upped it in the summer. Since then he "
        "has been seeing things — cats on the bed, people in the garden. He knows they aren't real. Is this the "
        "medicine? Also he's been falling asleep mid sentence. We live at 9 Banksia Court, Mornington VIC 3931 "
        "if a home visit is an option.",
        [("name", "Bernie"), ("name", "Lindqvist"), ("address", "9 Banksia Court, Mornington VIC 3931")],
        [],
    ),
    (
        "Hi. I'm 26 and my periods have stopped for 5 months. Not pregnant (3 tests plus a blood test). I've lost "
        "about 8kg since I started marathon training in January. My coach at Bayside Harriers says it's normal for "
        "female runners. My friend Tash said the same happened to her and she got stress fractures. I do feel "
        "tired. Instagram is @run.with.ellie if that matters lol, I post my training. Should I see someone?",
        [("name", "Tash"), ("handle", "@run.with.ellie")],
        ["Bayside Harriers"],
    ),
    (
        "I'm a nurse at Westbrook Family Practice and I've had a rash on my hands for 2 months now, red cracked "
        "and itchy especially after shifts. I'm using the hospital hand gel maybe 60 times a day. Hydrocortisone 1% "
        "helped for a while. My name is Dana Kowalczyk, 35, and my manager Phil says I need a note if it keeps "
        "going. Could this be an allergy to the gloves? I've never had eczema before, but my son does.",
        [("name", "Dana Kowalczyk"), ("name", "Phil")],
        ["Westbrook Family Practice"],
    ),
    (
        "Long story sorry.\n\n"
        "2012 - appendix out. 2017 - broke my wrist skiing, plate put in. 2020 - covid, pretty bad, off work 6 weeks. "
        "Since covid I get these heart racing episodes, 140-150 bpm sitting down, lasts 10 minutes then stops. "
        "Had a Holter monitor in 2022 which showed 'sinus tachycardia' and nothing else.\n\n"
        "My mum had AF diagnosed at 60. I'm 39. My GP Dr Anand Pillai said it's probably anxiety but I don't feel "
        "anxious when it happens. Could it be POTS? I've read about the tilt test.\n\n"
        "Liam Reardon\nliam.reardon84@example.co.uk",
        [("name", "Anand Pillai"), ("name", "Liam Reardon"), ("email", "liam.reardon84@example.co.uk")],
        [],
    ),
    (
        "my nan (Dot) is 91 and been really off her food since her fall in august, she barely eats half a sandwich "
        "a day now and shes gone so thin. the home says shes fine but i dont think so. her weight was 52kg in june "
        "and now 44. is there supplement drinks we can ask for? she hates the ensure ones",
        [("name", "Dot")],
        [],
    ),
    (
        "Hello, I'm enquiring about a mole on my back. My partner Sean took a photo of it and it's changed shape "
        "compared to one he took last year. It's about 7mm, darker on one side. I had a lot of sunburns growing up "
        "in Queensland and my dad had a melanoma removed from his shoulder at 60. Can I get it checked without a "
        "referral? I'm on Medicare, number 2123 45670 1. Thanks, Rhiannon",
        [("name", "Sean"), ("id_number", "2123 45670 1"), ("name", "Rhiannon")],
        [],
    ),
    (
        "I want to ask about my blood test. Ferritin 8, haemoglobin 108, MCV 74. I'm a 29 year old female with heavy "
        "periods since my Mirena was taken out last year. Dr. Goldschmidt prescribed ferrous sulphate 200mg three "
        "times a day and it's wrecking my stomach. Are there other options like an iron drip? I'm a primary teacher "
        "at Ashgrove Primary School so I can't keep running to the bathroom all day.",
        [("name", "Goldschmidt")],
        ["Ashgrove Primary School"],
    ),
    (
        "My 15 year old Callum was knocked off his bike by a car last Tuesday, the driver was in a silver Corolla, "
        "plate KX19 TBV, and drove off. Police have it. Callum had a CT at A&E which was clear and they sent him home. "
        "A week later he's still getting headaches, he's sensitive to light and can't concentrate on his GCSE "
        "revision. Is this concussion and how long does it last? Should he be back at school?",
        [("name", "Callum"), ("licence_plate", "KX19 TBV")],
        [],
    ),
    (
        "Hi, I'm 67. Prostate cancer treated with radiation in 2015 (Princess Margaret). PSA had been under 0.1 for "
        "years, now it's 0.4 then 0.7 three months apart. My urologist Dr Kamal said 'let's watch it'. My brother "
        "Ray died of prostate cancer at 71 so I'm not very relaxed about watching it. Is a PSMA scan worth pushing for?\n\n"
        "Gordon McAllister, Kingston ON, 613-555-0129",
        [("name", "Kamal"), ("name", "Ray"), ("name", "Gordon McAllister"), ("phone", "613-555-0129")],
        [],
    ),
    (
        "im 19 and i think i have an eating disorder. i dont want my parents to know. i throw up after dinner most "
        "nights since about year 11. my teeth are getting sensitive. can i talk to someone without them finding out? "
        "im on their insurance, member ID BCX881204577, would they see it on the statement?",
        [("id_number", "BCX881204577")],
        [],
    ),
    (
        "My husband Marcus was diagnosed with early-onset Alzheimer's at 57, two years ago. He's on donepezil 10mg. "
        "He's getting more agitated in the evenings, pacing, accusing me of moving things. Our daughter Imogen "
        "thinks he needs a care home but I'm not ready. Are there medicines for the sundowning that are safe? "
        "I've read antipsychotics are dangerous in dementia. I've started a blog about it at "
        "www.livingwithmarcus.example.net if that helps you see what we're dealing with.",
        [("name", "Marcus"), ("name", "Imogen"), ("url", "www.livingwithmarcus.example.net")],
        [],
    ),
    (
        "Dear Doctor,\n\nI'm 71 and I have had psoriasis since my 30s, mostly elbows and scalp. In 2019 my joints "
        "started to ache, mainly fingers and the left knee. A rheumatologist in Halifax, Dr. Meagan O'Rourke, said "
        "psoriatic arthritis and started methotrexate 15mg weekly with folic acid. My liver tests went up (ALT 88) "
        "so she stopped it. Now she wants me on a biologic injection and I am nervous about infections because I "
        "had shingles twice.\n\nMy wife Joan says to ask a second opinion. Is the risk of infection real?\n\n"
        "Yours, Fergus Lam",
        [("name", "Meagan O'Rourke"), ("name", "Joan"), ("name", "Fergus Lam")],
        [],
    ),
    (
        "Hi there, I'm a 33 year old man and I've had a lump in my left testicle for 3 weeks. It doesn't hurt. My "
        "mate Dazza had testicular cancer at 28 so I'm freaking out a bit. How fast can I get an ultrasound? I'm in "
        "Parramatta. Mobile 0491 570 156.",
        [("name", "Dazza"), ("phone", "0491 570 156")],
        [],
    ),
    (
        "I've been trying to get my son's records moved over from his old clinic. His name is Elijah Brandt-Nowak, "
        "born 23 July 2014, MRN 00482917 at the old place. He has type 1 diabetes since he was 6, on an Omnipod "
        "and a Dexcom. His A1c has been 7.8-8.2 for a year. The new clinic wants a letter from the old endocrinologist "
        "first. Is there anything I need to do about his insulin supplies in the meantime?",
        [("name", "Elijah Brandt-Nowak"), ("date_of_birth", "23 July 2014"), ("id_number", "00482917")],
        [],
    ),
    (
        "so basically my boyfriend jordan got a tattoo 4 days ago on his forearm and its gone red and hot and "
        "theres a bit of yellow stuff. the artist (insta is @inkbyvee_studio) told him its normal. he has no "
        "fever. is it infected or just healing",
        [("name", "jordan"), ("handle", "@inkbyvee_studio")],
        [],
    ),
    (
        "I'm the carer for my brother Stephen who has Down syndrome and is 48. Over the last year he's become more "
        "forgetful, he's stopped doing his jigsaws and he got lost walking back from his day centre at Oakfield "
        "Resource Centre which he has done for 20 years. I know people with Down syndrome can get dementia early. "
        "His thyroid was checked in May (normal). What other tests should we ask for? I'm Helen, 07700 900263.",
        [("name", "Stephen"), ("name", "Helen"), ("phone", "07700 900263")],
        ["Oakfield Resource Centre"],
    ),
    (
        "Hello,\n\nMy 4-month-old has had a flat spot on the back of her head since about 6 weeks. She always turns "
        "to the right. Our health visitor mentioned torticollis. We've been doing tummy time. Is a helmet worth it? "
        "They're very expensive privately.\n\nThanks, Bethany (mum of Aurelia)",
        [("name", "Bethany"), ("name", "Aurelia")],
        [],
    ),
    (
        "I am 52, post menopausal since 49. I was on HRT (Evorel 50 patch + Utrogestan) for 2 years then stopped "
        "because my mum had breast cancer at 68. My DEXA this year: T-score -2.6 at the spine. My GP Dr. Chen "
        "Weiling wants to start alendronic acid. I've read about jaw problems. I also have a dental implant planned "
        "with my dentist, Dr. Farouk, in April. Do I need to do the implant first?",
        [("name", "Chen Weiling"), ("name", "Farouk")],
        [],
    ),
    (
        "My wife's been off work (she's a paramedic) with back pain since she lifted a patient in September. "
        "MRI showed an L5/S1 disc bulge touching the nerve. Physio helps a little. She's on naproxen 500mg twice a day "
        "and gabapentin 300mg at night. The claim number from WorkSafe is WS-2023-0418826. They want her to see "
        "their doctor. Does she have to? Her name is Kirra Thompson if you need it. She has no bladder problems or "
        "numbness between the legs, I asked.",
        [("id_number", "WS-2023-0418826"), ("name", "Kirra Thompson")],
        [],
    ),
]
