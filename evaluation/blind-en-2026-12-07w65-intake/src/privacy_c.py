# Writer 65 - privacy items, file C (identifiers hidden among many traps: eponyms, brands, regiments, old place names)

ITEMS = [
    (
        "I was in the Black Watch in Korea and then Kenya, and I have had Raynaud's in my fingers since the winter of '52. Now at 92 I also have Dupuytren's and Heberden's nodes. "
        "My daughter Fiona says I should try the Parkinson's nurse because of my shaking but I do not have Parkinson's. Could the Raynaud's be getting worse with age?",
        [("name", "Fiona")],
        [],
    ),
    (
        "Married 60 years on Saturday to my lovely Joy. (Yes, that's her real name, and she has been one.) She has Sjögren's and takes Salagen and uses Hylo-Forte drops. "
        "Her mouth is very dry at night. Is there anything else? We're both 83. - Stan",
        [("name", "Joy"), ("name", "Stan")],
        [],
    ),
    (
        "I am 90 and was born in Rangoon when it was still Burma, my father was with the Burma Rifles. I've had Bell's palsy twice, in 1971 and 2003. This morning my face feels a bit stiff on the left "
        "again, but no droop in the mirror. My husband Bill says I'm imagining it. Dr Mehta is my GP.",
        [("name", "Bill"), ("name", "Mehta")],
        [],
    ),
    (
        "Will you please advise on my will - I mean my living will! I am 85 and want to write down that I don't want to be resuscitated. My solicitor, Mr Hargreaves, says I need a doctor's signature "
        "on the DNACPR form. Is that right? Hope to hear soon.",
        [("name", "Hargreaves")],
        [],
    ),
    (
        "My dad had the Whipple procedure at Addenbrooke's in 2020 and takes Creon with every meal. He's 76 now. Since Christmas he's lost weight again and his stools float. "
        "Dad is Maurice. Should he take more Creon? - Daughter",
        [("name", "Maurice")],
        [],
    ),
    (
        "Hope you can help. I'm 81 and was a Land Girl in the war. Since Mr Kipling stopped making the cakes I like, I've switched to Victoria sponge from the WI and my sugars are up. "
        "Ha! Seriously though, my HbA1c is 62. My nurse Heather Lindsay says I'm pre-diabetic no longer. Is it Type 2 now?",
        [("name", "Heather Lindsay")],
        [],
    ),
    (
        "Hello, I have Crohn's since 1979. Had a Hartmann's procedure in 1995 and the reversal in 1996. Now 72 and I have a new pain at the old stoma site when I cough. "
        "Could it be a hernia? I'm Geraldine, at Guy's they know me well.",
        [("name", "Geraldine")],
        [],
    ),
    (
        "I am 88. Dad was at Gallipoli with the ANZACs and lived to 96, so I expect to go on a while yet! But my Holter monitor showed 'Wolff-Parkinson-White pattern'. Nobody mentioned it before. "
        "Is it dangerous? My cardiologist is Dr Ravi Subramanian, I see him at the Royal Prince Alfred in March.",
        [("name", "Ravi Subramanian")],
        [],
    ),
    (
        "The wife (Iris) and I went to Lourdes last spring with the parish. Since then Iris has had a cough that won't quit. She's 79, never smoked, was a nurse at Great Ormond Street in the sixties. "
        "Chest X-ray was clear. What next?",
        [("name", "Iris")],
        [],
    ),
    (
        "Dr Zimmer - no relation to the frame, he joked - has asked me to try a walking frame. I'm 84, my name's Agatha. I don't want one, I think it makes me look old. Will it really help my balance?",
        [("name", "Zimmer"), ("name", "Agatha")],
        [],
    ),
    (
        "I have Addison's disease (since 1989) and take hydrocortisone and fludrocortisone. I'm 70. I'm going on a coach trip to the Rhine with the Royal British Legion. "
        "What should I pack for sick days? My emergency card says NHS 410 332 8819.",
        [("id_number", "410 332 8819")],
        [],
    ),
    (
        "Hi I'm June. I'm 67. In June I was told I have Barrett's oesophagus. I'm on omeprazole. I'd like to know how often I should be scoped. I had my last endoscopy on 3rd May.",
        [("name", "June")],
        [],
    ),
    (
        "Grandad was a Gurkha (2nd King Edward VII's Own Gurkha Rifles) and came to live with us in Aldershot when he was 80. Now he's 87. His name is Dil Bahadur Gurung. "
        "He has a bad cough with blood streaks. He had TB in Hong Kong in 1966. We are worried it's back.",
        [("name", "Dil Bahadur Gurung")],
        [],
    ),
    (
        "Gus the dog knocked me over (he's a Great Dane, not a small dog!) and I have a sore wrist. I'm 73. It's swollen at the base of the thumb. I don't think it's a Colles' fracture "
        "because it's not bent. My husband Gus - yes, the dog is named after him - says go to A&E. Is that overdoing it?",
        [("name", "Gus")],
        [],
    ),
    (
        "Dear Doctor, I'm 78, a retired Wesleyan minister, and for some months I've had an ache in my jaw when I chew, with headaches at my temples. My wife Constance read about giant cell arteritis. "
        "Should I be worried? My vision is fine.",
        [("name", "Constance")],
        [],
    ),
    (
        "I used to work for Hoover in Merthyr, on the washing machine line. I am now 80 and I think the noise damaged my ears. I've got hearing aids from the NHS. My wife, Bronwen, says "
        "I should claim. Is there a test that proves it was the factory?",
        [("name", "Bronwen")],
        ["Hoover in Merthyr"],
    ),
    (
        "I'm 69, Chester-born, and retired from the fire service. I have a Morton's neuroma in my right foot (ball of foot pain, like walking on a marble). "
        "The podiatrist, Ms Aoife Brennan-Walsh, offered an injection. Is steroid safe for diabetics?",
        [("name", "Aoife Brennan-Walsh")],
        [],
    ),
    (
        "Patience is not my strong suit! I've waited 18 months for a hip replacement at the Nuffield. I'm 74. Mr Okoro, the consultant, says I'm on the list. My other hip is now going. "
        "Can I ask him to do both together? - Gordon",
        [("name", "Okoro"), ("name", "Gordon")],
        [],
    ),
    (
        "Father served in the Royal Army Medical Corps at Tobruk and was captured. He's 101 now (yes!). He has Alzheimer's and lives with my brother Rob. He has stopped eating. "
        "We have a DNAR in place. I just want to know what to expect. - Carol",
        [("name", "Rob"), ("name", "Carol")],
        [],
    ),
    (
        "I'm 82, I have a Charcot foot on the right from my diabetes, wear a special boot from the orthotics dept at St George's. The boot is rubbing. Can I pad it myself? "
        "The orthotist, Mr Delacroix, is on leave till the 20th.",
        [("name", "Delacroix")],
        [],
    ),
    (
        "Please forgive an old woman's typing. I'm 91 and have had Graves' disease, then a thyroidectomy at the Royal Free in 1967. I've been on thyroxine ever since. My skin has become very dry. "
        "My granddaughter Rosie thinks I need more thyroxine. The last test was TSH 3.1.",
        [("name", "Rosie")],
        [],
    ),
    (
        "Mother used to take Carter's Little Liver Pills and Beecham's Powders for everything and lived to 99! I'm 75 and trying to cut down my tablets. My GP, Dr Winterbottom, agrees. "
        "Which ones are safe to stop first? I'm on aspirin, simvastatin, lansoprazole and amlodipine.",
        [("name", "Winterbottom")],
        [],
    ),
    (
        "Guillain-Barré in 1984 after a flu jab. I have refused all flu jabs since. I am 77 now and my GP wants me to have the Covid and flu jabs. Dr Kerr says it's safe. "
        "Is it really? Maureen",
        [("name", "Kerr"), ("name", "Maureen")],
        [],
    ),
    (
        "Stephen Hawking had MND and lived for decades, so I am trying to be hopeful. My husband has just been diagnosed with motor neurone disease at 72. The neurologist was Professor Ellingham. "
        "We live in Cambridge. How fast does it usually progress?",
        [("name", "Ellingham")],
        [],
    ),
    (
        "Having had Hodgkin's at 30 (treated with mantle radiation at the Christie), I'm now 71 and my GP says I should have heart checks. I feel fine. "
        "Is it really needed after 40 years? - Frances (Fran) Whitely",
        [("name", "Frances"), ("name", "Fran"), ("name", "Whitely")],
        [],
    ),
    (
        "I was a ward sister at the Radcliffe Infirmary until it closed, so forgive my jargon. I'm 80. Recent bloods: Na 131, K 5.4, eGFR 41, on ramipril 10mg and spironolactone 25mg. "
        "Dr Ibe wants to stop the spiro. Agree? Sister M. Doherty (ret'd)",
        [("name", "Ibe"), ("name", "M. Doherty")],
        [],
    ),
    (
        "Florence Nightingale would be ashamed of the state of the wards these days! Sorry, that's my frustration. My husband Wilfred, 86, got a bedsore on his heel in hospital. "
        "It's now black. The district nurse says 'eschar'. Should it come off?",
        [("name", "Wilfred")],
        [],
    ),
    (
        "We moved to Florida from Ohio (Columbus) for the winters. I'm 78 and have Peyronie's disease, which I'm embarrassed about. The urologist in Columbus was Dr. Halvorsen. "
        "Is Xiaflex still available? Please reply to bertram.ohlsson@example.com.",
        [("name", "Halvorsen"), ("email", "bertram.ohlsson@example.com")],
        [],
    ),
    (
        "I'm 76 and have Huntington's in the family (my mother died of it, and her brother). I've never been tested and have no symptoms. My son Dominic, 45, wants testing. "
        "Should I be tested first?",
        [("name", "Dominic")],
        [],
    ),
    (
        "Dr. Martens boots are the only ones that fit my bunions! I'm 70. But the bunions are worse and I can't get the boots on. The podiatrist at the Nightingale Clinic, Gemma, "
        "says surgery. Recovery time for a woman my age?",
        [("name", "Gemma")],
        ["Nightingale Clinic"],
    ),
    (
        "I am 86, a former Desert Rat (7th Armoured, El Alamein). Cushing's was the diagnosis for my late brother Arthur, and now my doctor says I may have it because of my steroid inhaler. "
        "Is that possible from an inhaler?",
        [("name", "Arthur")],
        [],
    ),
    (
        "Questions for the doctor from Mr Lionel Ashby-Trent: 1. Is Lanoxin the same as digoxin? 2. Can I take Rennies with it? 3. My pulse is 52, is that too slow? I'm 89. Thank you.",
        [("name", "Lionel Ashby-Trent")],
        [],
    ),
    (
        "So I'm 74 and I got a bill (a big one) from the ER after my wife Dot's fall. Her Medicare Advantage ID is XJ3-441-88029. They coded it wrong I think. Who do I call? Also her hip still hurts, 3 weeks on.",
        [("name", "Dot"), ("id_number", "XJ3-441-88029")],
        [],
    ),
    (
        "I'm a twin, born in Salisbury, Rhodesia in 1946. My twin sister Hester in Cape Town has just been diagnosed with breast cancer, BRCA2. Should I be tested? I'm 78.",
        [("name", "Hester")],
        [],
    ),
    (
        "To Whom It May Concern, I am Sergeant-Major (retd) Archibald Knox-Dunlop, 93, Royal Scots Greys, late of Palestine and Cyprus. My GP has stopped my Distalgesic years ago "
        "and my knee pain is now managed on nothing. What is the modern equivalent?",
        [("name", "Archibald Knox-Dunlop")],
        [],
    ),
    (
        "Frank question - I'm 72 and my wife Jackie and I haven't been intimate in 5 years because of my erectile problems. Viagra gave me headaches. Other choices?",
        [("name", "Jackie")],
        [],
    ),
    (
        "My Grandma went to the Mayo Clinic in 1988 for her Ménière's and she swore by it. I'm 70 and have it now too. Dr Scholl's insoles are irrelevant here, I know, but I'm having falls "
        "with my vertigo. My son, Dr Adebayo Okafor, is a vet, not much help!",
        [("name", "Adebayo Okafor")],
        [],
    ),
    (
        "Hello, Lewy body dementia, 79, my Mum. She sees small children and animals in the room at night. Quetiapine made her worse. Dr Tiwari at the memory clinic has suggested rivastigmine patches. "
        "Any experience with these? Her name is Hyacinth.",
        [("name", "Tiwari"), ("name", "Hyacinth")],
        [],
    ),
    (
        "I was at Dunkirk as a lad of 19 and am now 103. I'm told I'm the oldest man in the village. My eyes are going - macular degeneration, they said at Moorfields. "
        "My grand-niece Tamsin reads to me now. Is there anything I can take for the eyes? Lutein?",
        [("name", "Tamsin")],
        [],
    ),
    (
        "Hey, Sonny here. 68 years old, Vietnam vet, 101st Airborne. Had Agent Orange exposure, now have type 2 diabetes and neuropathy. Gabapentin makes me sleepy. Options?",
        [("name", "Sonny")],
        [],
    ),
    (
        "Worried about my Mum, she's 82 and her skin has gone yellowish. She's not in pain. Her doctor, Dr Rosalind Achebe, is on holiday. Gilbert's syndrome was mentioned once years ago. "
        "Could it be that? Mum takes Atorvastatin and Co-amilofruse.",
        [("name", "Rosalind Achebe")],
        [],
    ),
    (
        "I'm 84 and live at Bethany Lodge (room 4). I have had St Vitus dance as a girl (Sydenham's chorea, after rheumatic fever). Now my heart valve is leaking. Is that connected?",
        [("address", "Bethany Lodge (room 4)")],
        [],
    ),
    (
        "I'm an old Tommy (King's Own Scottish Borderers, Malaya 1950-53), 94 now. I've got a lump on the back of my hand that's grown in a month, crusty on top. The wife, Nellie, says leave it. "
        "What do you say?",
        [("name", "Nellie")],
        [],
    ),
    (
        "Queen Alexandra's nursing corps, 1959 to 1981, ending as a Major. I'm 87. I'm asking about my ex-colleague, Pauline, 85, who has Kaposi's sarcoma, unusual at her age and without HIV. "
        "Is that the classic type? She was born in Cyprus.",
        [("name", "Pauline")],
        [],
    ),
    (
        "My husband Vernon, 80, was at Porton Down as a volunteer in 1958 for what we were told was cold research. Now he has chronic lung trouble. Can it be linked? "
        "His service number was 22904871.",
        [("name", "Vernon"), ("id_number", "22904871")],
        [],
    ),
    (
        "Sorry it's long. Started with sore shoulders and hips in the mornings, couldn't get out of bed. I'm 71. Dr Kirkpatrick said polymyalgia rheumatica and started prednisolone 15mg. "
        "It worked like magic! Now how long do I need it? My husband, Tony, wants me off the steroids fast because of his sister's experience.",
        [("name", "Kirkpatrick"), ("name", "Tony")],
        [],
    ),
    (
        "Hello from Aunty Dot. 82. Had my Horlicks and Werther's Originals and went to bed. Woke with a sore throat, mild temp 37.6. Do I need antibiotics or is it a virus?",
        [("name", "Dot")],
        [],
    ),
    (
        "Epley manoeuvre - my physio, Ravinder, did it on me for my BPPV and it worked. I'm 76. The dizziness is back. Can I do it myself at home safely?",
        [("name", "Ravinder")],
        [],
    ),
    (
        "Hashimoto's diagnosed in Leningrad in 1975 when I was a student there. I am now 70, living in Bristol, and my new GP, Dr Pereira, says I may not have it because the antibodies are normal. "
        "Can it disappear?",
        [("name", "Pereira")],
        [],
    ),
    (
        "Re my Mum, Violet. 96. She has a leg ulcer which the nurses have been dressing since Easter. The ulcer clinic at St Thomas' want to try compression. Mum's legs are thin as sticks. Is that safe?",
        [("name", "Violet")],
        [],
    ),
    (
        "Dad was in the Coldstream Guards (did Trooping the Colour in 1953, Coronation year!). He's 91. His name is Percival but he'll only answer to Percy. He has a cataract but refuses surgery. "
        "Is it safe to leave it?",
        [("name", "Percival"), ("name", "Percy")],
        [],
    ),
    (
        "Austin Allegro in 1974, Morris Minor before that, now a mobility scooter - I'm 90! Can a scooter be used with a pacemaker? The shop man, Darren, thinks the motor might interfere.",
        [("name", "Darren")],
        [],
    ),
    (
        "I'm a widower, 79. My wife Mabel died of Creutzfeldt-Jakob disease in 1999. I still worry I might have caught it. Is that possible? I eat beef.",
        [("name", "Mabel")],
        [],
    ),
]
