# Writer 65 - privacy items, file E (trap-only: eponymous tests and implants, brand names with names in them,
# hospital/ward numbers, helpline numbers, non-home streets, dates and measurements)

ITEMS = [
    (
        "Dear Doctor, I had an Austin Moore hemiarthroplasty in 1999 after I broke my hip on the ice, and a Charnley on the other side in 2006. I am now 88. The Austin Moore side aches when I walk "
        "to the Co-op and back. Do these old implants wear out?",
        [],
        [],
    ),
    (
        "Gleason score 3+4=7, PSA 8.9, stage T2. I'm 74. The urologist at the Freeman offered surgery, radiotherapy or active surveillance. What would you choose at my age?",
        [],
        [],
    ),
    (
        "My husband is on Ward 23, Bed 4 at the General after his hip operation, he's 86. He has become very confused since Thursday night, pulling at his drip. The nurses say it's delirium. "
        "Will it pass?",
        [],
        [],
    ),
    (
        "The physio did a Romberg test and Tinel's sign and something called Phalen's. I'm 72. She thinks I have carpal tunnel in both wrists. Is the nerve conduction study painful?",
        [],
        [],
    ),
    (
        "I rang NHS 111 at 2am because my chest felt tight but they said it sounded like indigestion, and it was gone by morning. I'm 69. Should I mention it to my GP anyway? It happened on the 9th.",
        [],
        [],
    ),
    (
        "Uncle Ben's rice and Bird's Eye fish fingers are what I live on since my wife died. I'm 83. My daughter says my diet is poor. What is the least I should be eating at my age?",
        [],
        [],
    ),
    (
        "Harley Street charged me £250 for a 15-minute chat about my tinnitus! I'm 71. Before I spend more, is there any treatment that actually works? It's a high-pitched whine, both ears, since 2017.",
        [],
        [],
    ),
    (
        "Jack Daniel's every night, two fingers, for 50 years. I'm 78. The doctor says my liver tests are up - ALT 68, GGT 142. Do I have to give it up entirely?",
        [],
        [],
    ),
    (
        "Duke of Wellington's Regiment, Korea 1953, the Hook. I'm 91. My feet got frostbitten then and now I've got no feeling in my toes. Is it the old frostbite or diabetes? My sugar is normal.",
        [],
        [],
    ),
    (
        "Dr Oetker pizzas are not food, my granddaughter says. I'm 80, diabetic, and I like them. What's a sensible portion?",
        [],
        [],
    ),
    (
        "Good morning. I'm calling the Samaritans on 116 123 most nights because I'm lonely since the funeral. I'm 84. I'm not going to do anything silly, I just can't sleep. Can my doctor help with the loneliness?",
        [],
        [],
    ),
    (
        "The Snellen chart at the optician's: right eye 6/9, left eye 6/18. I'm 77. Cataract in the left, they say. Is that bad enough for an operation on the NHS?",
        [],
        [],
    ),
    (
        "Ronald McDonald House looked after us when our grandson was in hospital in 2019. Now it's me, 69, needing a heart bypass at Papworth. Is there somewhere similar for my wife to stay?",
        [],
        [],
    ),
    (
        "Bletchley Park was where I worked as a girl of 18, and I'm now 99. I don't need much from doctors! But I have a sore on my heel that won't heal since Easter. Diabetes is well controlled.",
        [],
        ["Bletchley Park"],
    ),
    (
        "Cleveland Clinic did my mitral valve repair in 2015, I was 63. Now 72 and there's a new murmur. Dr at our local clinic says 'moderate regurgitation'. Is another surgery likely?",
        [],
        [],
    ),
    (
        "I'm 85. Weight 48 kg in January, 45 kg in March, 44 kg now in May. Height 160 cm. I eat well. What could cause this?",
        [],
        [],
    ),
    (
        "Baker Street, Marylebone, is where I walk every morning, 3 miles. At 76 my knees are fine but I've got a pain in my left calf after about a mile that goes when I stop. Poor circulation?",
        [],
        [],
    ),
    (
        "Kaiser Permanente was our plan when we lived in California, now we're on Medicare Part D in Arizona and my Eliquis costs $500 a month. I'm 74. Is there a cheaper blood thinner that's as good?",
        [],
        [],
    ),
    (
        "Ishihara test at the optician showed I'm colour blind! At 70! Is that something new or have I always been?",
        [],
        [],
    ),
    (
        "Hello. Trooped the Colour in 1961 with the Grenadier Guards. 85 now. I've got a Baker's cyst behind the right knee and an ache in the calf. The GP said it's not a DVT after the scan on Monday. "
        "What else can I do for it?",
        [],
        [],
    ),
    (
        "Ilizarov frame for 9 months in 1993 after a motorbike smash. I'm 67 now. That leg is 2 cm shorter and my back hurts. Is a shoe raise worth trying?",
        [],
        [],
    ),
    (
        "Dukes' stage B bowel cancer, operated 2014, clear since. I'm 79. The hospital stopped following me up at 5 years. Should I still get colonoscopies?",
        [],
        [],
    ),
    (
        "I was born in 1931, so I'm 93, and I've had Tena Lady pads since my hysterectomy at the Jessop Wing in 1987. The leaking is getting worse. Is there anything other than pads?",
        [],
        [],
    ),
    (
        "Glasgow Royal Infirmary did my gallbladder in 1977 and I've been fine since. Now at 81 I get a pain under my right ribs after fatty food, like before. Can you get gallstones without a gallbladder?",
        [],
        [],
    ),
    (
        "Mr Muscle oven cleaner splashed on my hand yesterday. I'm 73. It's red and sore like a sunburn, not blistered. I ran it under the tap for 20 minutes. What cream should I use?",
        [],
        [],
    ),
    (
        "Aged 68, female, 5'6\", 182 lb. A1C 6.4, fasting glucose 118. My doctor said pre-diabetes. Can I reverse it?",
        [],
        [],
    ),
    (
        "Dear Sir, the Mohs surgery on my nose went well (basal cell carcinoma) at the Skin Centre on 11th March. The scar is lumpy. I'm 80. Will it flatten?",
        [],
        [],
    ),
    (
        "The Somme, Passchendaele, Ypres - my grandfather was at all of them and lived to 90 with a lung full of gas. I'm now 92 and my lungs are fine, but my heart isn't. "
        "Are they connected, family-wise?",
        [],
        [],
    ),
    (
        "Sainsbury's pharmacy gave me a different brand of my levothyroxine - Teva instead of Mercury Pharma - and I feel awful. I'm 70. Can the brand matter?",
        [],
        [],
    ),
    (
        "Holland & Barrett sell turmeric capsules which I've been taking for my arthritis. I'm 75 and on clopidogrel. Is that a problem?",
        [],
        [],
    ),
    (
        "Phoned 999 last Tuesday for my neighbour (not me), the paramedics were wonderful. Made me realise I should learn CPR at 72. Is it different for old people with brittle ribs?",
        [],
        [],
    ),
    (
        "Royal Signals, then 30 years at the Post Office. I'm 86. Never been ill. Now they've found I'm anaemic (Hb 104, MCV 72). They want a camera test. Is that necessary at my age?",
        [],
        [],
    ),
    (
        "Weber and Rinne tests at the ENT clinic showed I've got sensorineural loss in the left ear. I'm 74. Does that mean hearing aids won't help?",
        [],
        [],
    ),
    (
        "Georgia is where we moved to retire, and the heat is hard on me. I'm 77, on furosemide 40mg. How much water should I drink? The doctor said no more than 1.5 litres a day.",
        [],
        [],
    ),
    (
        "Florence, Venice and Rome - a wonderful trip, but I came home with an itchy rash on my legs. 70 years old. Was it the bedbugs in the hotel in Florence?",
        [],
        [],
    ),
    (
        "Johnnie Walker Black Label on the rocks is my one pleasure at 88. My new tablet, metronidazole for a gum infection, says no alcohol. Is a small one OK?",
        [],
        [],
    ),
    (
        "Do you know the Bristol Stool Chart? I'm type 1 and 2 all the time. I'm 79. I've had constipation since my hip operation in October. Lactulose makes me windy.",
        [],
        [],
    ),
    (
        "Wednesday 3rd, Friday 5th and Sunday 7th I had nosebleeds, each about 10 minutes. I'm 82 and take aspirin 75mg. Should I stop the aspirin?",
        [],
        [],
    ),
    (
        "Hi. 65F. Born 1959. Menopause at 52. Still getting night sweats. Tried Black Cohosh and Menopace. Is HRT too risky now?",
        [],
        [],
    ),
    (
        "Kellogg's All-Bran, prunes and Fybogel - and still nothing! I'm 84. It's been 5 days. Should I use a Dulcolax suppository?",
        [],
        [],
    ),
    (
        "The Christie in Manchester treated my bladder cancer with BCG. I'm 76. After each treatment I feel like I have flu for a day. Is that normal?",
        [],
        [],
    ),
    (
        "Stannah stairlift installed last month. I'm 87. Since then I've not climbed any stairs and my legs feel weaker. Should I still walk up sometimes?",
        [],
        [],
    ),
    (
        "Dettol in the bath is what Mum always did for a rash. I'm 72 and I've got a red itchy rash under my breasts, moist. I've tried Dettol and it stings. Fungal?",
        [],
        [],
    ),
    (
        "Peking, Shanghai, Canton - I lived in China from 1946 to 1949 as a child. I'm 86. I was told once I have a calcified spot on my lung from old TB. Now the GP has seen it again on an x-ray. Is that a worry?",
        [],
        [],
    ),
    (
        "National Service at Catterick, 1957. We had to wear wool battledress which gave me a terrible rash. Now at 86 I have eczema on my shins. Would the two be linked? Probably not, I know!",
        [],
        [],
    ),
    (
        "Tomorrow at 9.30 I have my colonoscopy at St Mark's. I'm 68. I've done the Moviprep and I'm still passing brown liquid. Is that clear enough?",
        [],
        [],
    ),
    (
        "Fisherman's Friend lozenges, Vicks VapoRub, Lemsip - I've had this cough 5 weeks. I'm 81. Never smoked. No fever. Should I get a chest x-ray?",
        [],
        [],
    ),
    (
        "I'm in Room 312 at the Marriott in Chicago for my grandson's wedding and my ankles have blown up after the flight. I'm 79. Compression socks? Should I go to an urgent care?",
        [],
        [],
    ),
    (
        "Robin redbreast at the bird table, and I couldn't see him clearly. At 78 I've been getting blurry, wavy lines in my right eye for 2 weeks. The optician said to ask about wet macular degeneration.",
        [],
        [],
    ),
    (
        "Stoke Mandeville spinal unit after my fall from a ladder in 1983. Paraplegic since. Now 72, I have repeated bladder infections with my catheter. How can I reduce them?",
        [],
        [],
    ),
    (
        "Pat, pat, pat - that's how I describe the fluttering in my chest. I'm 73. It lasts a few seconds, several times a day. ECG at the surgery was normal. Ectopics?",
        [],
        [],
    ),
    (
        "Ward 7, the Royal Victoria Infirmary, Newcastle, was where I was born in 1944 and where I'm going back for my angiogram on 15 July! I'm a bit nervous. What happens during an angiogram?",
        [],
        [],
    ),
]
