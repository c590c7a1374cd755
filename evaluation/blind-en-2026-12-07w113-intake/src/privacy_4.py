# privacy items, part 4: trap-only items (no identifiers), written by hand, writer 113


def P(text, ids=(), quasi=()):
    return {"text": text,
            "identifiers": [{"type": t, "text": s} for t, s in ids],
            "quasi": list(quasi)}


ITEMS = [
    P("Dear Sir or Madam,\n\nI am 86 years of age and have been on warfarin since 2011 for atrial fibrillation. My INR at the clinic on the 3rd was 3.8 and the week before it was 2.2. The nurse could not explain the jump. I have not changed my diet, apart from a little cranberry juice my neighbour recommended. Could that be the cause?\n\nYours faithfully,\nA concerned patient"),

    P("WILL MY HEARING AID WORK WITH THE NEW WIRELESS MY SON BOUGHT ME. IT WHISTLES WHEN I PUT IT NEAR. I AM 91."),

    P("Is it true that Paget's disease of bone runs in families? My mother had it and I'm 78 now with an ache in my shin that won't go. Blood test showed alkaline phosphatase of 310."),

    P("my hubby is 84 he had a pacemaker put in at Glenfield Hospital in 2020 and now they want him to have a check every 6 months but the bus to Leicester takes 2 hours. can they check it from home"),

    P("I have been taking Voltarol gel for my knees and Gaviscon for the heartburn that the ibuprofen gave me. I'm 80. Is the gel safer than the tablets? Also I take Lansoprazole 30mg."),

    P("Dear Doctor, Please forgive the handwriting, my granddaughter is typing what I say. I am 5 foot 1 and 7 stone 12 and I have lost half a stone since Christmas without trying. I eat like a bird they tell me at the lunch club. Should I be worried?"),

    P("Grace before meals at the church lunch takes ages and by then my sugar is dropping. I'm type 2 on gliclazide 80mg twice a day. Should I eat a biscuit first? I'm 76."),

    P("I was born in 1939 and I've never been in hospital in my life until this year when they did my bowel. Now they want me to have a stoma nurse visit. What does she actually do?"),

    P("Frank question: at 82 is it normal to need to pass water every hour in the night? I've cut out tea after six. It's making me exhausted at the bowls."),

    P("hello my blood pressure at the chemist was 178/102 and the machine at home says 150/88. which one is right. im 73."),

    P("My wife has Bell's palsy since Friday, the right side of her face has dropped. The out of hours doctor at the Royal Victoria saw her on Saturday and gave her prednisolone. She's 74. How long does it usually take to get better?"),

    P("I live in sheltered housing in Scarborough and the warden says I should ask a doctor whether I can still use the communal laundry after my hip. I'm 81, 12 weeks post op."),

    P("May I ask whether I can have the shingles jab while I'm on methotrexate for my rheumatoid arthritis? I'm 72. My next appointment at the rheumatology clinic is 19 June."),

    P("I've had Dupuytren's in my left hand for years, now the little finger is bent right over and I can't put my hand in my coat pocket. I'm 79. Is the operation worth it at my age?"),

    P("Dear Sirs,\nI wish to enquire about the Covid booster for the over 75s. I am 88 and my husband is 90. We attended Holy Trinity church hall last autumn for our jabs. Will it be there again this year?\nYours faithfully"),

    P("the tablets are Bisoprolol 2.5, Ramipril 5, Atorvastatin 40, Apixaban 5 twice a day, Furosemide 40, Omeprazole 20 and Senna at night. im 87. is that too many tablets"),

    P("Hope you can help. Since the carol service at the cathedral last week my ears have been ringing. The organ was very loud. I wear hearing aids but took them out for the service. I'm 77."),

    P("I have Raynaud's and my fingers go white then blue at the allotment even in May. I'm 70. Is there anything other than gloves?"),

    P("Is Ensure or Complan better for putting weight on? My husband is 89 and down to 8 stone 2 after his chest infection. The dietitian at Pinderfields said one or the other but didn't say which."),

    P("My mother is 95 and Jack, her little dog, jumped up and caught her shin. It's a skin tear about 3 inches long. The district nurse dressed it Monday. It looks pink round the edges today. Should I get it seen again?"),

    P("EVERY TIME I GET UP OUT OF MY CHAIR THE ROOM SPINS FOR A FEW SECONDS. I AM 84 AND ON DOXAZOSIN 4MG. THE WIRELESS SAID IT COULD BE BPPV. WHAT IS THAT"),

    P("Rose hip capsules for arthritis, do they work? My friend at the bowling club swears by them. I'm 75 and on naproxen."),

    P("My husband was diagnosed with Parkinson's at Addenbrooke's in 2018. He's 81 now and his handwriting has gone tiny and he can't do up his shirt buttons. Is there anything to help with the buttons?"),

    P("Hello. I'm 92 and the oldest member of our Methodist chapel. I need to know if I can have my flu jab and pneumonia jab on the same day at Boots, or separately?"),

    P("Since moving to the bungalow in Bexhill my chest has been worse. Sea air is supposed to be good. I have COPD and my oxygen sats were 91% at the surgery on Tuesday. I'm 83."),

    P("Carol singers came round and I went to the door without my slippers and slipped on the step. Right wrist is swollen and bruised, three days ago. I'm 80. Can it be a Colles fracture even if I can move my fingers?"),

    P("Bill from the surgery came today, £25 for a letter saying I'm fit to drive. Is that normal? I'm 85 and need it for my licence renewal. Anyway while I'm asking, my eyesight is fine with glasses."),

    P("My husband is 88 and weighs 14 stone. He has a Baker's cyst behind his knee the size of a satsuma. The GP says leave it. It's getting bigger. Should we push for a scan?"),

    P("My HbA1c came back 52 last month and 61 the time before. The nurse says 'pre-diabetes range'. I'm 71. What does this mean and should I stop the Hobnobs?"),

    P("Good afternoon. At our bowling club's annual dinner in the Grand Hotel in Llandudno I ate prawns and had a red itchy rash on my chest within an hour. It went after a Piriton. I've eaten prawns for 70 years. Why now?"),

    P("I am 79 and I was given a Zimmer frame after my fall but it won't fit through the bathroom door of my flat. Who do I ask for a smaller one, the hospital or the council?"),

    P("Sue the hospital? No, I just want an explanation. My husband was sent home from the Northern General at 2am, aged 90, in a taxi, alone, with a catheter. He was in a terrible state. Who do I complain to?"),

    P("Can you take Night Nurse with warfarin? I have a stinking cold and I'm 77. INR last week was 2.6."),

    P("aged 84, Hashimoto's for years, levothyroxine 100mcg, TSH came back 0.05 last week. the doctor halved the dose. i feel shaky and hot. is it the tablets being too strong?"),

    P("My church friend says I have to tell the DVLA about my pacemaker. I had it fitted at the Freeman in Newcastle on 14 August and I've been told I can't drive for a week. Do I also have to tell my insurance? I'm 76."),

    P("I'm 70 years young and my doctor says my cholesterol is 7.1 but my HDL is good at 2.0. Do I need a statin? I walk the dog 3 miles a day up by Ilkley Moor."),

    P("Summer's coming and I worry about the heat with my heart failure. Last year I was really poorly in July. I'm 82 and on bumetanide. Should I drink more or less in hot weather?"),

    P("Is it Alzheimer's or vascular dementia? Mum's scan at St George's showed 'small vessel disease'. She's 87. We don't understand the letter."),

    P("The hospital said my husband's PSA is 12.4 and they want a biopsy. He's 79 and says he's too old to bother. What would happen if he didn't?"),

    P("I had the cataract done at Moorfields on the 2nd and now I see halos round the lights. I'm 74. Normal or not?"),

    P("Penny for your thoughts - is it worth me having the knee replaced at 88? My surgeon says he'll do it but my daughter thinks I'm mad. I walk with two sticks and can't get to church anymore."),

    P("The Macmillan nurse has been wonderful but she's on leave until Monday. My husband's pain patch is the 25 microgram one and he's still in pain at night. Can I give him the Oramorph as well? He is 86."),

    P("hello i am 90 and my sister is 93 and we both live in the same sheltered housing in Hove. she has got the shingles. can i catch it off her? i had chickenpox in 1941."),

    P("Dear Madam, My hearing aids are the NHS behind-the-ear ones from the audiology at the Queen Elizabeth. The tubes have gone yellow and hard. Do I have to go back to the hospital or can the chemist change them? I am 85."),

    P("Meniere's disease - my brother had it and now I get the same roaring in my ears and dizziness. I'm 73. Is it hereditary?"),

    P("i'm 72 and was told by the man in Holland & Barrett that turmeric would help my joints. i'm on clopidogrel after my stent. is it ok?"),

    P("Doctor, I have had a cough since Boxing Day, it's now the middle of February. I'm 81 and an ex-smoker. I had a chest x-ray in 2019 which was clear."),

    P("Is it safe for me to go in the hydrotherapy pool at the leisure centre with my pacemaker? I'm 79 and the instructor won't let me in without a doctor's say-so."),

    P("I'm told by my chiropodist that I have hammer toes and a bunion. I'm 76 and size 5 shoes feel like a size 3 now. Would surgery help or just wider shoes from Hotter?"),

    P("My dear wife has macular degeneration, the wet kind, and has the injections at the eye clinic in Bristol every 8 weeks. Last week she said the lines on the Amsler grid looked wavy again. Should we phone before her next one on 3 October?"),

    P("I am 78 and take Adcal-D3 twice a day. I read in the Daily Mail that calcium tablets cause heart attacks. Should I stop them?"),

    P("Victoria sponge at the WI every week and my sugars are all over the place. I'm 74, type 2, on metformin 500 mg three times a day. Is one slice a week alright?"),

    P("My husband, who is 83, has Crohn's and has been on azathioprine for 20 years. His blood count came back low. The letter says neutrophils 1.2. Is that dangerous?"),

    P("HOW DO I GET A NEW PACEMAKER CARD THE DOG CHEWED MINE. I AM 80."),

    P("I'm 71 and recently widowed. The bereavement group at St Luke's meets on Thursdays but I can't face it. I've lost interest in everything and don't want to go out. My daughter says I should talk to a doctor."),
]
