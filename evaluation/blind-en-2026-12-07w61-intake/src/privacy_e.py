# Writer 61 - privacy items, file e: trap-only. Formal letters with no identifiers, service numbers, celebrities,
# places that are also names, insurance words without numbers, lab values.

ITEMS = [
    (
        "Dear Doctor,\n\nI am a 67 year old Filipino woman living in Daly City. I have taken amlodipine 5 mg and losartan "
        "50 mg for many years. This morning my reading was 162/98 and yesterday 155/90. Should I take an extra pill?\n\n"
        "Respectfully yours,\nA concerned patient",
        [], [],
    ),
    (
        "Celine Dion has stiff person syndrome and now I'm convinced I do too because my back muscles spasm. 44F. "
        "How is it diagnosed?",
        [], [],
    ),
    (
        "Michael J. Fox was young when he got Parkinson's. I'm 41 and my right hand has a tremor at rest. Could it be "
        "early onset?",
        [], [],
    ),
    (
        "I called 811 (HealthLink) and they told me to ask my family doctor, but I don't have one. Tooth pain radiating "
        "to my ear for 4 days, swelling under my jaw. Antibiotics?",
        [], [],
    ),
    (
        "Eugene, Oregon - we just moved here and my son (7) started wheezing at night. Never had asthma in Tucson. "
        "Could it be the grass seed fields?",
        [], [],
    ),
    (
        "Florence in South Carolina has one urologist lol. Kidney stone 6 mm seen on CT on the 2nd, still not passed. "
        "How long do I wait before they go in after it?",
        [], [],
    ),
    (
        "Tyler, Texas. 88 years old, my father. He has been hiccuping for 3 days after starting a new steroid. Is that "
        "a side effect?",
        [], [],
    ),
    (
        "My insurance is Medicaid (Texas STAR) and they said I need a referral for the allergist. Hives every day for "
        "8 weeks. Zyrtec twice a day helps a bit. What's the next medicine?",
        [], [],
    ),
    (
        "Blue Cross denied my Mounjaro. Now what? A1c 8.2, on metformin 1000 twice a day and Jardiance 25.",
        [], [],
    ),
    (
        "Dear Sir or Madam,\nIt is with some embarrassment that I write. I am a man of 74 years, of Scottish descent, "
        "and I have developed a bulge in the groin that disappears when I lie down. I walk two miles daily. Is "
        "surgery necessary, or may I wear a truss?\nYours sincerely,\nA retired schoolmaster in Nova Scotia",
        [], [],
    ),
    (
        "Is 988 the number for suicide? Not for me, it's a school assignment. My question is what happens when you call.",
        [], [],
    ),
    (
        "Pill is white, oval, says M367 on it. Found it in my teenager's room. What is it?",
        [], [],
    ),
    (
        "My son's ferritin is 4, hemoglobin 9.1, MCV 68. He's 2 and drinks about 40 oz of milk a day. Is that the cause?",
        [], [],
    ),
    (
        "Jasper national park trip last week, and now I have a bull's-eye rash on my thigh. 37M. Lyme in Alberta?",
        [], [],
    ),
    (
        "We're Amish and my mother is 82. She has sores on her shins that won't heal, brown skin around them, swelling. "
        "She won't go to the English doctor unless it's serious. What can we do at home?",
        [], [],
    ),
    (
        "Marion County health department said my TB test was positive. Born in the Philippines, got BCG as a baby. "
        "Does BCG cause a false positive?",
        [], [],
    ),
    (
        "Creatinine 1.6, eGFR 42, BUN 30. I'm 69, diabetic. Stage 3? Do I need a kidney doctor now?",
        [], [],
    ),
    (
        "Saint John, NB. Is there anywhere that does vasectomies without a 1 year wait? 38, three kids, done.",
        [], [],
    ),
    (
        "In our Orthodox community many families carry Tay-Sachs and Gaucher. My wife and I are both carriers of "
        "Gaucher. What are the chances for our baby?",
        [], [],
    ),
    (
        "St. Jude or a local hospital for a child with ALL? My nephew, 6, was just diagnosed in Memphis.",
        [], [],
    ),
    (
        "Dr. Google says I have lupus lol. Joint pain, tired, rash on my cheeks in the sun. 29F, Black. ANA not done yet.",
        [], [],
    ),
    (
        "Dear Doctor, I am writing on behalf of my elderly father who is 91. He lives with us on the farm near "
        "Steinbach. He has become very confused in the evenings, worse than the mornings. Is this sundowning? "
        "Thank you kindly.",
        [], [],
    ),
    (
        "Holland Bloorview did my son's botox for cerebral palsy in 2022. Now we moved to Kingston. Who does it here?",
        [], [],
    ),
    (
        "Heart rate 44 while sleeping on my Apple Watch. I'm 23, run marathons. Normal?",
        [], [],
    ),
    (
        "Cheyenne, Wyoming elevation giving me nosebleeds every morning. Humidifier? Vaseline? 31F.",
        [], [],
    ),
    (
        "I'm Somali, 54, and was told my vitamin D is 12 ng/mL and my calcium is 8.4. I take 1000 IU. Not enough?",
        [], [],
    ),
    (
        "Sincerely wondering: why does my pee smell like asparagus even when I don't eat asparagus? 30M.",
        [], [],
    ),
    (
        "Haitian here, my doctor prescribed me hydrochlorothiazide 25 mg and said black people do better on it. Is "
        "that true?",
        [], [],
    ),
    (
        "Ever since my Tdap at 28 weeks my arm has a hard lump. I'm 33 weeks now. Normal?",
        [], [],
    ),
    (
        "Victoria's Secret bra is digging into my ribs and I have a red itchy line. Contact dermatitis from the metal "
        "underwire? Lol I'm serious.",
        [], [],
    ),
    (
        "Naproxen 500 mg twice daily for 3 weeks for my Achilles tendonitis. Stomach burning now. Should I add "
        "omeprazole 20 mg?",
        [], [],
    ),
    (
        "Mercy hospital ER told me 'costochondritis' and sent me home. Pain is sharp when I press on my chest and when "
        "I breathe in. Follow up with who?",
        [], [],
    ),
    (
        "Lot number on my COVID vaccine card is smudged. Does it matter for my records? Also the arm hurt for a week.",
        [], [],
    ),
    (
        "Jordan almonds and Brazil nuts both make my mouth itch. Is that an allergy or oral allergy syndrome? 27F.",
        [], [],
    ),
    (
        "I was born in '72, so I'm 52. Colonoscopy never done. Do I need one or can I do the Cologuard stool test?",
        [], [],
    ),
    (
        "6 ft 1, 145 lbs, 17 years old male. My mom says I'm too thin but I eat a ton. Should I get tested for anything?",
        [], [],
    ),
    (
        "Ukrainian grandma remedy is vodka compresses for fever. My baby is 14 months, fever 38.9. Please tell me this "
        "is bad so I can show her lol.",
        [], [],
    ),
    (
        "Sacred Heart hospital in Pensacola said my appendix was 'borderline' on the CT and sent me home with "
        "antibiotics. Pain is better today. Will it come back?",
        [], [],
    ),
    (
        "Montefiore's sleep lab says my AHI is 12. Mild apnea. I'm 36, 190 lbs. CPAP or a mouth guard?",
        [], [],
    ),
    (
        "Hi doc, Vietnamese American, 60, had hepatitis B since birth. Viral load undetectable on Vemlidy. Can I ever "
        "stop?",
        [], [],
    ),
    (
        "Ms. or Mr. Doctor, whoever reads this: my leg cramps at night are so bad I cry. 70F. Quinine? Pickle juice?",
        [], [],
    ),
    (
        "Stephen King wrote about a character with his eyes doing this lol but seriously my left eyelid twitches for "
        "2 weeks. Too much coffee?",
        [], [],
    ),
    (
        "The Mennonite clinic in Kidron closed so I'm asking here. My baby girl is 10 months, still no teeth. Normal?",
        [], [],
    ),
    (
        "Chase bank app keeps logging me out while I try to pay the hospital bill, ugh. Anyway, my question: is "
        "a heart rate of 105 resting a problem after COVID? 3 weeks out.",
        [], [],
    ),
    (
        "Moncton to Halifax is a 3 hour drive for my chemo. Can I get the Neulasta shot closer to home? "
        "Breast cancer, cycle 3 of 6.",
        [], [],
    ),
    (
        "Iron level 25, TIBC 450, saturation 6%. Heavy periods. 40F. Pills or infusion?",
        [], [],
    ),
    (
        "My great-grandmother lived to 103 in Puerto Rico and ate lard every day. Now my cholesterol is LDL 190 at 35. "
        "Is it genetic? Statin this young?",
        [], [],
    ),
    (
        "Last week (the 18th) I started sertraline 25 mg. Today I feel more anxious than before. Normal in the first "
        "weeks?",
        [], [],
    ),
    (
        "Heard the Lord's Prayer in my head while I was under anesthesia? Weird dreams after surgery - is that the "
        "propofol? 55M.",
        [], [],
    ),
    (
        "Dakota Access pipeline protest was where I got hit by rubber bullet 2016 in the knee, now arthritis at 32. "
        "Can a young person get a knee replacement?",
        [], [],
    ),
    (
        "Kelowna walk-in said my son's cough is pertussis maybe. He's 11, vaccinated. Swab pending. Should his baby "
        "cousin stay away?",
        [], [],
    ),
    (
        "Brand names confuse me. Is Norvasc the same as amlodipine? Is Zestril the same as lisinopril? My pharmacy "
        "gave me different looking pills.",
        [], [],
    ),
]
