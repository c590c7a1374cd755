# Privacy items with identifiers, part 4 (written by hand, writer 141).

ITEMS = [
    (
        "I work as a parking attendant at the hospital and a car with plate number BN 00 XYZ sat with its engine running in the ambulance bay for an hour with a dog inside, the dog seemed fine but I breathed in the fumes all morning and now I've got a headache, could it be carbon monoxide",
        [("licence_plate", "BN 00 XYZ")],
        [],
    ),
    (
        "hi my name is Shaniqua Barnes and I'm 25 and I got my blue badge form but it needs a doctor to sign my car reg is W A zero zero S H N I have EDS and my joints dislocate",
        [("name", "Shaniqua Barnes"), ("licence_plate", "W A zero zero S H N")],
        [],
    ),
    (
        "My neighbour's kid reversed into my mum in the driveway, Ontario plate CAAA 000, she's 79 and says her hip is just bruised but she's limping. Her name is Ilse. Should she get an X-ray even if she can walk?",
        [("licence_plate", "CAAA 000"), ("name", "Ilse")],
        [],
    ),
    (
        "So I'm a rideshare driver, name's Ahmed, my car is the grey Prius 0XYZ 999 and I've been getting pins and needles in my right foot after long shifts, is that a nerve thing or circulation I'm 46",
        [("name", "Ahmed"), ("licence_plate", "0XYZ 999")],
        [],
    ),
    (
        "the hospital parking permit needs my plate which is seven F O X zero zero zero and a letter from my oncologist Doctor Lindgren saying I'm in treatment can you help me get that I'm having radiotherapy every day for five weeks",
        [("licence_plate", "seven F O X zero zero zero"), ("name", "Lindgren")],
        [],
    ),
    (
        "I did a podcast episode about my endometriosis journey, link: podcasts.example.com/show/pelvic-truths-000/ep12 - I'm Nadia, 31. People keep asking if excision surgery is better than ablation. What's your view?",
        [("url", "podcasts.example.com/show/pelvic-truths-000/ep12"), ("name", "Nadia")],
        [],
    ),
    (
        "my gofundme for my son's surgery is gofundme.com/f/help-baby-leo-heart-000 his name is Leo he's 8 months and has a hole in his heart the surgeon says he needs it closed before he's one is that normal timing",
        [("url", "gofundme.com/f/help-baby-leo-heart-000"), ("name", "Leo")],
        [],
    ),
    (
        "I keep a food and symptom diary on a shared google doc, docs.example.com/d/1AbCDeFg000000zz/edit, my dietician Marnie can see it. I'm 27, IBS-D. Can you have a look at what might be triggering it?",
        [("url", "docs.example.com/d/1AbCDeFg000000zz/edit"), ("name", "Marnie")],
        [],
    ),
    (
        "My Etsy shop is etsy.com/shop/ClayKilnStudio000 and I'm a potter so I'm worried about the lead in glazes, I'm Penny, 54, and my hands have been tingling. Could it be lead poisoning?",
        [("url", "etsy.com/shop/ClayKilnStudio000"), ("name", "Penny")],
        [],
    ),
    (
        "hey doc im on reddit as u/throwaway_knee_000 and i posted my mri report there but nobody could explain it. it says grade 2 chondromalacia patella. im 24 and i run a lot. is that bad",
        [("handle", "u/throwaway_knee_000")],
        [],
    ),
    (
        "you can find me on Twitter as @grumpy_gp_000, I'm not a doctor, that's a joke name from my mates lol. I'm Stu, 38, and I've had a twitching eyelid for 3 weeks. Stress?",
        [("handle", "@grumpy_gp_000"), ("name", "Stu")],
        [],
    ),
    (
        "my daughter Freya posts about her eating on tiktok under at freya dot eats dot nothing and her friend showed me and I'm really scared she's fifteen and she's stopped having periods",
        [("name", "Freya"), ("handle", "at freya dot eats dot nothing")],
        [],
    ),
    (
        "i'm lola on discord moonbytes#0000 and this is embarassing but i think i have a yeast infection and i'm 18 and i don't want my parents to know can i buy the cream myself",
        [("name", "lola"), ("handle", "moonbytes#0000")],
        [],
    ),
    (
        "Hi! Gabriela here, 44. Email gabi.ferreira@example.com.br. Is it safe to dye my hair while on methotrexate for rheumatoid arthritis?",
        [("name", "Gabriela"), ("email", "gabi.ferreira@example.com.br")],
        [],
    ),
    (
        "send the forms to my daughter's email please its a n n a k dot 0 0 at example dot co dot uk thank you I am Albert I am 86 and I have a hernia that the surgeon wants to fix",
        [("email", "a n n a k dot 0 0 at example dot co dot uk"), ("name", "Albert")],
        [],
    ),
    (
        "Hi this is Coach Bianca from the Eastbrook Under 12s. One of my players, Kiera, had a clash of heads today and her mum picked her up. Kiera seemed fine but what signs should I tell her mum to look out for tonight?",
        [("name", "Bianca"), ("name", "Kiera")],
        ["Eastbrook Under 12s"],
    ),
    (
        "my mum's address is number nine Kookaburra Court Toowoomba and she won't go to the doctor about her chest, her name is Valerie, she's sixty nine, she gets a tight feeling when she gardens that goes away when she sits",
        [("address", "number nine Kookaburra Court Toowoomba"), ("name", "Valerie")],
        [],
    ),
    (
        "I'm ringing for Mr. Dimitrios Papadakis. I'm his carer. His date of birth is 19/04/1936 and his phone is 0491 570 159. He has a leg ulcer that's getting bigger and smells.",
        [("name", "Dimitrios Papadakis"), ("date_of_birth", "19/04/1936"), ("phone", "0491 570 159")],
        [],
    ),
    (
        "ok my name is Brandon Kesler K E S L E R my birthday is August twenty second two thousand and three and I need a sports physical for the Fairview Hawks wrestling team before the 10th",
        [("name", "Brandon Kesler"), ("name", "K E S L E R"), ("date_of_birth", "August twenty second two thousand and three")],
        ["Fairview Hawks"],
    ),
    (
        "hi so my gp is Dr Fitzgerald and she's gone on maternity leave and the locum keeps changing my antidepressant I'm on citalopram now and I feel worse can I switch back my name is Orla",
        [("name", "Fitzgerald"), ("name", "Orla")],
        [],
    ),
    (
        "My husband Kenji's employer is sending him to Kenya for work at Nairobi Agritech. He's 39. Which vaccines and malaria tablets does he need? His company email is k.watanabe@example-agritech.test if you need to send a form.",
        [("name", "Kenji"), ("email", "k.watanabe@example-agritech.test")],
        ["Nairobi Agritech"],
    ),
    (
        "hello my name is Sister Mary Clare I'm a nun at Our Lady of Mercy Convent and I'm 74 and my blood sugar has been high in the mornings even though I don't eat after supper",
        [("name", "Mary Clare")],
        ["Our Lady of Mercy Convent"],
    ),
    (
        "my name is Darnell my cousin Keon had a seizure last year and they said epilepsy now he wants to get his driver's license back he's 23 how long does he have to wait in Ohio",
        [("name", "Darnell"), ("name", "Keon")],
        [],
    ),
    (
        "Hello I am Ludmila, 58. My claim number with the insurer is CLM/000/884210 and they want a doctor to confirm my frozen shoulder is not from my fall at work. Can an online consultation do that?",
        [("name", "Ludmila"), ("id_number", "CLM/000/884210")],
        [],
    ),
    (
        "my girl Jade is 10 and she has curly hair and she's scratching her head constantly and I found little white things near her scalp, her best friend Tia had nits last week",
        [("name", "Jade"), ("name", "Tia")],
        [],
    ),
    (
        "this is Reverend Ossie Fairbrother from Saint Columba's church writing for one of my parishioners who asked me to she's called Winifred she's ninety three she's had a cold sore on her lip for a month",
        [("name", "Ossie Fairbrother"), ("name", "Winifred")],
        [],
    ),
    (
        "I have an appointment with Dr. Esterhazy next Tuesday but I want a second opinion first. I'm Clive, born 2nd February 1960, and the scan shows a 4 cm aortic aneurysm. Is that big?",
        [("name", "Esterhazy"), ("name", "Clive"), ("date_of_birth", "2nd February 1960")],
        [],
    ),
    (
        "my kids Mia and Mason and Mila all have chickenpox at once and I'm losing my mind comma Mila's the baby she's 10 months and has the most spots how do I stop her scratching",
        [("name", "Mia"), ("name", "Mason"), ("name", "Mila")],
        [],
    ),
    (
        "Hi I'm Hemi from Rotorua, living in Brisbane now, 33. I've got a rash on my tattoo - the new ink is red and raised. The tattoo place is Inkwell Studio on Brunswick St. Is it infected or an allergy?",
        [("name", "Hemi")],
        ["Inkwell Studio on Brunswick St"],
    ),
    (
        "please call me on five five five triple oh four two at home I don't have a mobile I'm eighty and my eyes have gone blurry on and off since Christmas I'm Mavis",
        [("phone", "five five five triple oh four two"), ("name", "Mavis")],
        [],
    ),
    (
        "I'm Ifeoma, a PhD student at the Northgate Institute lab, student ID NI-000-3317. I've been working with mice and I've developed itchy eyes and wheezing at the lab. Is this an allergy and can I keep working?",
        [("name", "Ifeoma"), ("id_number", "NI-000-3317")],
        ["Northgate Institute"],
    ),
    (
        "hey so me and my boyfriend joel broke up and i stopped my pill and now my skin has gone crazy with spots is that because i stopped it. im 20",
        [("name", "joel")],
        [],
    ),
    (
        "My wife Ruth's birthday is 3 March 1955, she's 69, and she has a ringing in one ear only. The audiologist Mr. Granger says she needs an MRI. Why an MRI for an ear?",
        [("name", "Ruth"), ("date_of_birth", "3 March 1955"), ("name", "Granger")],
        [],
    ),
    (
        "testing testing ok this is Bev from Swindon my husband Nigel is fifty seven and he's been on the toilet all night with blood in his poo not loads just on the paper he's had piles before",
        [("name", "Bev"), ("name", "Nigel")],
        [],
    ),
    (
        "My name is Anders Lund. My Canadian health number is 0000-111-222-XY. My walk-in clinic doctor, Dr. Oyeniyi, wants me to see a dermatologist about my psoriasis but the wait is 9 months. Any treatment ideas?",
        [("name", "Anders Lund"), ("id_number", "0000-111-222-XY"), ("name", "Oyeniyi")],
        [],
    ),
    (
        "Hi, my mum Carmel lives at 12a Seaview Parade, Glenelg, and her doctor is Dr Russo. She's 88 and has started choking a bit on thin drinks like tea. What tests should she have?",
        [("name", "Carmel"), ("address", "12a Seaview Parade, Glenelg"), ("name", "Russo")],
        [],
    ),
    (
        "hi my name is Tiff I'm 28 I'm a hairdresser at Snip Snip Salon in Croydon and the dye is making my hands crack and bleed even with gloves",
        [("name", "Tiff")],
        ["Snip Snip Salon in Croydon"],
    ),
    (
        "Good morning, I'm Cedric's wife. Cedric, 71, is on methotrexate and has mouth sores. The rheumatology nurse line is closed till Monday. His hospital ID is 0007 4456 X. Should he stop the tablets?",
        [("name", "Cedric"), ("id_number", "0007 4456 X")],
        [],
    ),
    (
        "my lad Connor and his mate Liam both fell off the trampoline this arvo, Liam's gone home but Connor's wrist is swollen and he won't use it. Connor's seven. Do we need an xray tonight or tomorrow",
        [("name", "Connor"), ("name", "Liam")],
        [],
    ),
    (
        "new message ok um my name is Tomasz Zielinski the T O M A S Z and my date of birth is twenty third of the eleventh eighty seven I'm getting a lot of chest burning after food and I'm burping all day",
        [("name", "Tomasz Zielinski"), ("name", "T O M A S Z"), ("date_of_birth", "twenty third of the eleventh eighty seven")],
        [],
    ),
]
