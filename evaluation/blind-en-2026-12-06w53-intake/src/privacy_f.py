# Hand-written privacy items, part F (trap-only: no identifiers; longer rambling ones too).

ITEMS = [
    (
        "Long one sorry. Our youngest (she's 4) has been under the Evelina for a kidney thing since birth, vesicoureteric reflux they call it, "
        "and she's on trimethoprim every night as prevention. Her older brother (9) and sister (7) are both fine. My mother-in-law keeps "
        "telling me cranberry juice would do the same job and we could stop the antibiotic. Her next appointment is 17 March. "
        "Is there anything in the cranberry thing or should I just smile and nod?",
        [], [],
    ),
    (
        "Nelson Mandela Bay is where my sister lives and she's asked me to ask on here because the clinics over there are overwhelmed - "
        "she's 33 weeks pregnant with her second and has had itchy palms and soles for a week, especially at night. No rash.",
        [], [],
    ),
    (
        "Can you take Piriton and Benadryl together? Hayfever is brutal this year, pollen count 'very high' for Lincoln.",
        [], [],
    ),
    (
        "My dad has Parkinson's, diagnosed 2016, on co-careldopa 25/100 four times a day. He's started seeing little people in the corner "
        "of the room. He knows they aren't real. Is it the tablets?",
        [], [],
    ),
    (
        "Right, so, mum (79) got a letter from the Queen Elizabeth University Hospital saying she's been 'discharged to the care of her GP' "
        "after her Paget's disease follow up. She doesn't know if that means she's better or they've given up on her. Which is it usually?",
        [], [],
    ),
    (
        "Bill from the private hospital says 'excess $500' for my son's tonsillectomy. Is it normal to pay that in Australia even with "
        "private cover? Also how long off school is he going to need, he's 8.",
        [], [],
    ),
    (
        "Heather honey for sore throats - my nan swears by it. Any better than normal honey? Don't give to under ones I know.",
        [], [],
    ),
    (
        "I'm 71, male, had a PSA of 4.8 in 2022, then 5.6, now 6.9. The urology clinic at Freeman Hospital has me on 'active surveillance'. "
        "Is that rise fast?",
        [], [],
    ),
    (
        "Our whole family got the vomiting bug after Christmas dinner at my brother-in-law's. It's been 5 days and my 18 month old is still "
        "having loose nappies but eating and drinking. Dioralyte or just milk?",
        [], [],
    ),
    (
        "Chester Zoo trip and my son got stung by a wasp on the lip, it's swollen up like a balloon but he's fine otherwise and breathing "
        "normally. Should the swelling go down on its own?",
        [], [],
    ),
    (
        "Mum says I was a 'blue baby' when born in 1985 and I had a heart op as a toddler at Yorkhill. I've never had a follow up as an adult. "
        "Should I have?",
        [], [],
    ),
    (
        "Just back from the GP, BP 164/101. She's started me on amlodipine 5 mg and said recheck in 2 weeks. Is 5mg a low dose?",
        [], [],
    ),
    (
        "Does Gaviscon Advance work for a baby? Our health visitor recommended Infant Gaviscon but it's making him constipated.",
        [], [],
    ),
    (
        "Rob Roy country up here (Trossachs) and the nearest dentist taking NHS patients is 40 miles. Is an abscess an A&E thing?",
        [], [],
    ),
    (
        "Our daughter has Down syndrome and she's 11. Her thyroid bloods have been 'borderline' twice, TSH 5.8. When do they treat?",
        [], [],
    ),
    (
        "Stanley knife slipped while I was carpeting, cut about 2 cm on my thumb, stopped bleeding after 10 minutes pressure. Steri-strips "
        "or stitches?",
        [], [],
    ),
    (
        "Princess Alexandra Hospital rang to move my colonoscopy from the 9th to the 23rd. I've already started the low fibre diet. "
        "Do I keep going for two more weeks??",
        [], [],
    ),
    (
        "Ginger tea for morning sickness, does it actually do anything? 9 weeks with my first, vomiting about twice a day, keeping fluids down.",
        [], [],
    ),
    (
        "My Nana used to rub Vicks on our feet and put socks on for a cough. Is that an old wives' tale? My 3 yr old has a dry night cough.",
        [], [],
    ),
    (
        "The Fiona Stanley Hospital letter says my son has 'Perthes disease' in his left hip. He's 6. What is that in normal words?",
        [], [],
    ),
    (
        "Ruby red lips on my toddler with a temperature for 5 days, red eyes and a rash, peeling fingers now. We were told viral at the walk-in. "
        "Someone online said Kawasaki. Should we get a second opinion?",
        [], [],
    ),
    (
        "Weaning question: baby is 6 months, 7.8 kg, born at 37 weeks. Can we start with Weetabix or is it too much salt?",
        [], [],
    ),
    (
        "Our school (Sir Thomas Rich's) has a talk on knife crime and first aid next week. As a parent governor I'm curious - is it "
        "true you should never pull the knife out?",
        [], [],
    ),
    (
        "May I ask if Fybogel and Senokot can be taken together? I'm 74 and since starting my iron tablets I haven't been right.",
        [], [],
    ),
    (
        "Is Ménière's disease hereditary? My grandmother had it, and I'm now getting ringing and fullness in one ear at 44.",
        [], [],
    ),
    (
        "Doctor at the Mater said my husband's heart is 'Wenckebach' (or something like that) on the ECG. He's 35 and very fit. "
        "Is that serious?",
        [], [],
    ),
    (
        "Bob haircut was a mistake lol, but that's not why I'm writing. Since I cut my hair short I've noticed a round bald patch at the back. "
        "Alopecia areata? I'm 27.",
        [], [],
    ),
    (
        "Mrs. Brown's Boys was on and my dad (83) laughed so hard he wet himself, which he's been doing a bit lately anyway. "
        "Is bladder weakness normal at his age or something to get checked?",
        [], [],
    ),
    (
        "Wellington boots all day at work (farm) and my toenails have gone thick and yellow. Fungal? Over the counter stuff any good?",
        [], [],
    ),
    (
        "Is it ok to give Panadol and Nurofen to a 10 kg baby? Directions on the box confuse me, one is by weight, one by age.",
        [], [],
    ),
    (
        "Grandson (born 2019) has been referred to the John Hunter for a suspected Wilms tumour after a lump in his tummy. "
        "We're numb. What are the survival rates for kids?",
        [], [],
    ),
    (
        "The Austin Hospital in Melbourne has a spinal unit, right? My nephew fell off a trampoline and is having rehab there. How long does "
        "rehab for a broken neck usually last?",
        [], [],
    ),
    (
        "Hi. Morning sickness with my second is way worse. I'm 11 weeks, lost 4 kg, the GP has me on cyclizine. Is hyperemesis the same "
        "thing as what Princess Kate had?",
        [], [],
    ),
    (
        "Creatinine 132, eGFR 51 on my last bloods, was 68 a year ago. I'm 63 and on naproxen for my back. Is the naproxen doing that?",
        [], [],
    ),
    (
        "Moving to Napier from Leicester with our kids (3 and 6). Are NZ vaccination schedules different? Do they need catching up?",
        [], [],
    ),
    (
        "Summer holidays start Friday and my teenager wants to work at a fish and chip shop. He has bad eczema on his hands. Bad idea?",
        [], [],
    ),
    (
        "Joy of joys - my 14 year old has told me she's been having panic attacks at school. Sarcasm aside, where do we start? "
        "CAMHS waiting list is 18 months round here.",
        [], [],
    ),
    (
        "Can Dettol be used on a graze? My mother always did and the nurse at the school said no.",
        [], [],
    ),
    (
        "Jack Russell bit me on the ankle this afternoon, tiny puncture wound. It's the neighbour's dog and he's vaccinated. "
        "Do I need to see anyone?",
        [], [],
    ),
    (
        "Just read about Ehlers-Danlos and I tick every box - bendy joints, bruising, fainting. I'm 19. Who diagnoses it?",
        [], [],
    ),
    (
        "Our 12 year old at Ysgol Glan Clwyd has been sent home three times with tummy aches. No fever, eats fine at weekends. "
        "Is it anxiety or something physical?",
        [], ["Ysgol Glan Clwyd"],
    ),
    (
        "Iris of my left eye looks a bit lighter than the right in photos lately. I'm 48. Is that something?",
        [], [],
    ),
    (
        "My appointment at the Walton Centre is on 6 November at 10.40 for nerve conduction studies. Does it hurt? I've got carpal tunnel "
        "in both hands.",
        [], [],
    ),
    (
        "Hunter Valley weekend and too much wine. I'm 32, now on day 3 of a pounding headache and I can't drink water without feeling sick. "
        "Still a hangover??",
        [], [],
    ),
    (
        "Robin Hood's Bay walk yesterday and I've got the worst blisters on both heels. Compeed or leave them be?",
        [], [],
    ),
    (
        "Heard on the radio that a GP in Cork was struck off for prescribing Xanax online. Is Xanax even licensed in Ireland?",
        [], [],
    ),
    (
        "Our 3 week old is feeding every 90 mins, gaining well (3.9 kg, birth weight 3.4 kg). Cluster feeding or is something wrong?",
        [], [],
    ),
    (
        "Sale is where I work and Traralgon is where the hospital is, 40 minutes away. My husband has had a hernia for a year that "
        "goes back in when he lies down. Can it wait?",
        [], [],
    ),
    (
        "Hello doctor, I was born in 1958 in Kingston, Jamaica, living in Croydon 40 years. Blood test showed sickle cell trait. "
        "What does that mean for my grandchildren?",
        [], [],
    ),
    (
        "Drew blood three times and couldn't get a vein, the nurse said my veins are 'shy'. Any tips for next time? I'm dreading it.",
        [], [],
    ),
    (
        "Santa's grotto at the Westfield was a nightmare, and now my 2 year old has conjunctivitis, both eyes gunky. Can I use "
        "Optrex or does he need chloramphenicol?",
        [], [],
    ),
]
