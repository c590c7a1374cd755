# Hand-written privacy items with NO identifiers, only traps (part A: parents).
# Each item: (text, [], [])

ITEMS = [
    ("LO is 7 wks, using Dr. Brown's bottles and still super gassy. switched to Similac Sensitive last week. Will gas drops (Mylicon) hurt her?",
     [], []),

    ("Can I give Tylenol and Motrin together?? DS is 26 lbs, 101.9 fever, the Tylenol was 160mg/5ml at 10pm. it's 1am now",
     [], []),

    ("Will she outgrow it? DD has Down syndrome and her pediatrician at Cincinnati Children's wants an echo. She's 4 months, 11 lbs 2 oz.",
     [], []),

    ("my 3 yo pees amber colored and only like twice a day since the stomach bug started on 3/12/2024. drinking Pedialyte popsicles ok",
     [], []),

    ("Grace period on our insurance ends Friday so trying to figure out if DS's ear needs a visit. He's 2, tugging at it, no fever. thoughts?",
     [], []),

    ("Pediatrician said Osgood-Schlatter for my 12 yo's knees. He plays travel soccer 5 days a week. Should he stop for the season?",
     [], []),

    ("baby born in 2023 at Texas Children's, now 10 mo. is it normal she only has 1 tooth? her 9 month checkup was fine",
     [], []),

    ("May I ask how much Benadryl for a 40 lb 5 year old? the box says ask a doctor under 6. hives from strawberries I think",
     [], []),

    ("Frank blood in my toddler's diaper this morning, like streaks on the outside of hard poop. she's been constipated. is this a fissure?",
     [], []),

    ("Our appt with the GI at Nationwide Children's is on June 14 but DS (8) has had belly pain every day since Easter. is that too long to wait?",
     [], []),

    ("DD's bili was 16.4 at 3 days old, they said it peaked. she goes back Thursday for another heel stick. What number is dangerous?",
     [], []),

    ("Honey for cough — is it safe at 11 months or do I really have to wait til 12? MIL says one spoonful won't hurt",
     [], []),

    ("Rose bush thorn went into my 6 yo's finger last week and now it's red and puffy around it. no streaks. Neosporin enough?",
     [], []),

    ("Hope this is the right place. 4 yo with pinworms, we did the Pin-X, do we need a second dose in 2 wks?",
     [], []),

    ("Kawasaki disease runs in my head now lol because of a Facebook post. DS had 3 days of fever, 102 max, now fine, eating, no rash. I'm overreacting right?",
     [], []),

    ("Ginger ale and saltines for a 5 year old with a stomach bug, or is Pedialyte better? she hates the taste of Pedialyte",
     [], []),

    ("Summer camp wants a physical form. DS is 9, no meds, had his Tdap? not sure. Do you do forms online?",
     [], []),

    ("Miles from the nearest ER (like 45 min). 18 month old fell down 3 stairs, cried right away, now playing. what signs would mean we go in",
     [], []),

    ("Our 2 yo's Apgar scores were 3 and 7 and now she's a little behind on walking. is that connected? she was born at 36 wks",
     [], []),

    ("DS's WBC was 18.2 and CRP 45 at urgent care, they said viral?? that seems high. He's 5 and feels better today",
     [], []),

    ("Reye's syndrome — is that why we can't give baby aspirin to kids? my grandpa gave my 7 yo a baby aspirin for a headache",
     [], []),

    ("Iris of my baby's left eye looks like it has a little keyhole shape. she's 3 months. Is that a thing? her eyes were checked at birth",
     [], []),

    ("my LO is 22 lbs and 29 inches at 12 months, pediatrician said 50th percentile. Is whole milk 16 oz a day too much or too little",
     [], []),

    ("Bill from the ER for DS's stitches was $2,300!! anyway the stitches come out in 7 days, can we do it at home?",
     [], []),

    ("DD (4) has Sever's disease in her heels, they said. Is that serious? Can she still do gymnastics?",
     [], []),

    ("Just gave my 8 month old 2.5 ml of Infants' Motrin (50mg/1.25ml) by mistake instead of 1.875. she's fine, is that dangerous?",
     [], []),

    ("Owlet alarm keeps going off saying O2 is 85 but baby is pink and fine when I check. He's 6 weeks. Do I trust it?",
     [], []),

    ("Stray cat scratched my 3 yo on the cheek at the park. shallow scratch. Neosporin and watch? He's had all his shots",
     [], []),

    ("Epstein pearls? little white bumps on the roof of my newborn's mouth. 9 days old. The nurse at Mass General said they'd go away",
     [], []),

    ("Art class at school used some glue and now DD's hands are itchy and red. 7 yo. Hydrocortisone ok?",
     [], []),

    ("16 month old with a fever of 104.1 for 2 days, drinking and peeing. We're visiting family in Ohio, his pediatrician is back home. Roseola maybe?",
     [], []),

    ("Graco car seat question kinda — DS is 38 inches and 35 lbs at 3.5 yrs. Our ped said rear facing as long as possible. is that for safety or just a suggestion",
     [], []),

    ("Children's Zyrtec 2.5 mg ok for a 2 yo with seasonal allergies? eyes watery every April",
     [], []),

    ("Is it Hirschsprung's? 4 week old only poops every 4-5 days but it's soft. EBF. Dr at Lurie Children's said no on the phone but I'm still nervous",
     [], []),

    ("DD woke up with a swollen lip, no new foods. she's 6. no trouble breathing. gave Benadryl at 7am. Should I still take her to school?",
     [], []),

    ("Our son (born 2016) was diagnosed with Asperger's before they changed the name. Now he's 8 and has trouble sleeping. Melatonin dose?",
     [], []),

    ("Sandy stools?? my 1 yo's diaper looks like it has grit in it. We were at the beach in Galveston all day so... probably actual sand right lol",
     [], []),

    ("Vicks on the feet — does it actually work? 3 yo has a cold, can't sleep. Is Vicks BabyRub ok under 2?",
     [], []),

    ("Crystal clear snot for a month in my 2 yo, no fever. Allergies or just daycare germs? we're in Atlanta and the pollen is insane",
     [], []),

    ("Mrs. Meyer's lavender soap gave my baby a rash I think. 5 months, red patches on tummy. Switch to Dove sensitive? Aveeno?",
     [], []),

    ("DS is 10 and has been diagnosed with Crohn's at Boston Children's last year. on Humira. can he get the nasal flu vaccine?",
     [], []),

    ("Bobbing head thing — my 4 month old can't hold his head steady yet, it bobs when I sit him up. Normal?",
     [], []),

    ("Newborn Moro reflex is so strong she wakes herself up every 20 min. Swaddle or the Snoo? she's 2 weeks, 7 lbs 8 oz",
     [], []),

    ("Chase the medicine with juice — is that ok for amoxicillin? 5 yo spits it out. 400mg/5ml, 6 ml twice a day",
     [], []),

    ("Heimlich vs back blows for a 10 month old — which one? I keep seeing different things on Instagram. just want to know before she starts table food",
     [], []),

    ("Mommy brain question: baby's 4 month shots were on 2/15 and now on 2/18 the leg has a hard lump. normal?",
     [], []),

    ("Christmas Eve he started limping, now it's Jan 2 and still limping sometimes. 3 yo, no fever, no fall. Perthes? toddler fracture?",
     [], []),

    ("Joy of parenting: all 3 kids with lice. Nix vs Licefreee vs going to a lice salon? Ages 9, 6, and 2",
     [], []),

    ("Dawn dish soap bath to get oil off my toddler's hair — is that ok for her skin? She has mild eczema.",
     [], []),

    ("Hunter green poop in an 8 month old after starting spinach puree. Totally normal right? she's eating well",
     [], []),

    ("Johnson's baby shampoo got in my baby's eyes and they're red now, 3 months. Rinse with water? Should I worry",
     [], []),

    ("St. Jude's website says childhood leukemia symptoms include bruising. My 5 yo has bruises on both shins. He's a wild kid. Overthinking?",
     [], []),

    ("DD's TSH came back 6.2 (ref 0.5-4.5). She's 11. Pediatrician mentioned Hashimoto's. What does that mean for her growth?",
     [], []),

    ("Little Remedies saline + NoseFrida several times a day on a 2 month old with a cold — too much? She sounds so stuffy",
     [], []),

    ("Violet colored lips for a second when my newborn cries hard, then pink again. She's 5 days old. Should we call someone?",
     [], []),
]
