# Privacy items with identifiers, part 2 (hand written, writer 143)

ITEMS = [
    ("right so um I'm ringing on behalf of my mother in law, she's uh Pauline Grealish, G R E A L I S H, born uh first of April nineteen fifty, and she's been told she has a a shadow on the lung and uh nobody's explained what happens next",
     [("name", "Pauline Grealish"), ("name", "G R E A L I S H"), ("date_of_birth", "first of April nineteen fifty")], []),

    ("hi im 17 and my name is zoe. my step dad keeps saying my acne is because i eat junk. is that true?? my insta is z.b.skincarejourney if u want to see",
     [("name", "zoe"), ("handle", "z.b.skincarejourney")], []),

    ("Hello, my name is Rajesh Kumar Iyer, date of birth 22 November 1969, and I'm a bus driver with Metroline. My DVLA medical form needs my diabetes doctor to sign it. Who should I ask?",
     [("name", "Rajesh Kumar Iyer"), ("date_of_birth", "22 November 1969")], ["Metroline"]),

    ("um yeah so ah my boy Jackson he's six and ah he fell off the trampoline yesterday arvo and his wrist is still a bit sore but he can move it fine, my number's oh four nine one five seven oh double two eight",
     [("name", "Jackson"), ("phone", "oh four nine one five seven oh double two eight")], []),

    ("Good evening. I'm writing about my father, Mr Ignatius Mbeki, who lives at 3 Wren Court, Halesowen, B62 0ZZ. He has Parkinson's and has started choking slightly on thin drinks. Would a speech therapist help?",
     [("name", "Ignatius Mbeki"), ("address", "3 Wren Court, Halesowen, B62 0ZZ")], []),

    ("ok so I'm gonna say it slow, the email is d r dot jim dot hale underscore seventy at yahoo dot com, and it's Jim Hale, I got the gout in my big toe again and the colchicine gives me the trots",
     [("email", "d r dot jim dot hale underscore seventy at yahoo dot com"), ("name", "Jim Hale")], []),

    ("My twin sister Mira and I both have endometriosis. She had surgery with Dr. Lindqvist and swears by it. I'm Anya. Should I get the same surgery even though my pain is milder?",
     [("name", "Mira"), ("name", "Lindqvist"), ("name", "Anya")], []),

    ("I'm a teacher at St Columba's Primary and I'm 3 months pregnant. There's been a case of slapped cheek in my class. Do I need a blood test? My name is Aoife Ní Bhriain, mobile 087 000 4412.",
     [("name", "Aoife Ní Bhriain"), ("phone", "087 000 4412")], ["St Columba's Primary"]),

    ("uh my name is uh Frank uh Frank Delvecchio and I'm sixty eight and I wanna know about the uh the shingles shot my wife Connie got hers and she was sick as a dog for two days is that normal",
     [("name", "Frank"), ("name", "Delvecchio"), ("name", "Connie")], []),

    ("Hi, the car that hit my daughter's scooter had the plate 8KLM492. Police have it. She's fine apart from grazes but one on her knee has yellow crust now. Does she need antibiotic cream? - Janelle",
     [("licence_plate", "8KLM492"), ("name", "Janelle")], []),

    ("um it's Nana Gwen here, my grandson put this thing on my tablet, um, I'm on the Eliquis and I cut my finger on the bread knife and it's taken ages to stop, is that the tablets",
     [("name", "Gwen")], []),

    ("hi so my bestie Precious and I want to do a juice cleanse for a week before her wedding. she's got type 1 diabetes tho. is that a terrible idea",
     [("name", "Precious")], []),

    ("Patient: Hamid Rahimi. Medicare number 2123 45670 1. Question: I'm 71 and had a TIA two years ago. Is it safe for me to fly to Kabul to visit family, which is about 18 hours?",
     [("name", "Hamid Rahimi"), ("id_number", "2123 45670 1")], []),

    ("yeah it's Siobhan S I O B H A N Kiely and uh I'm after getting a positive pregnancy test and I'm on the lithium for my bipolar, should I stop it, I'm not gonna do anything til I hear back, my email is siobhan kiely eighty eight at eircom dot net",
     [("name", "Siobhan"), ("name", "S I O B H A N"), ("name", "Kiely"), ("email", "siobhan kiely eighty eight at eircom dot net")], []),

    ("Hi there! My husband Bart is 58 and his snoring is epic. Dr Nakamura gave him a CPAP but he keeps ripping it off. Any tips? xx Lorraine",
     [("name", "Bart"), ("name", "Nakamura"), ("name", "Lorraine")], []),

    ("um yeah I live at flat two, sixty one Coburg Street, uh, Leith, and there's damp all up the walls and my wee girl's asthma is getting worse, can the doctor write a letter to the council",
     [("address", "flat two, sixty one Coburg Street, uh, Leith")], []),

    ("This is regarding claim number CLM-2024-000387 for my son Ezekiel's tonsillectomy. The insurer says it wasn't medically necessary. He had 8 infections in a year. Can a doctor write a letter?",
     [("id_number", "CLM-2024-000387"), ("name", "Ezekiel")], []),

    ("uh hi hello this is uh Mister Baptiste uh Lucien Baptiste uh I'm eighty one years old and my doctor uh Doctor Fairweather retired and the new one wants to stop my sleeping tablet the zopiclone I've been on it twenty years",
     [("name", "Baptiste"), ("name", "Lucien"), ("name", "Fairweather")], []),

    ("I found your site via my friend Bea's YouTube channel youtube.com/@beaslowliving, she talks about her chronic fatigue. I think I might have the same thing. I'm 33, exhausted for 8 months.",
     [("name", "Bea"), ("url", "youtube.com/@beaslowliving")], []),

    ("so yeah um my name's Declan and I play hurling with Ballinacurra GAA and I got a belt of a hurl on the hand and my knuckle's been swollen for a week uh can I keep training",
     [("name", "Declan")], ["Ballinacurra GAA"]),

    ("Hey Doc, it's me Tony again from last week (tony.marchetti.1962@example.com). The cough's almost gone but I'm still wheezing at night. Should I finish the inhaler?",
     [("name", "Tony"), ("email", "tony.marchetti.1962@example.com")], []),

    ("my daughter's name is Ngozi, date of birth the fifth of the fifth two thousand and nine, and uh she's been having really heavy periods like flooding through to her school uniform, um, she's at Holy Family Secondary",
     [("name", "Ngozi"), ("date_of_birth", "the fifth of the fifth two thousand and nine")], ["Holy Family Secondary"]),

    ("um so the the hospital gave me a number to quote, it's uh H C N zero four one, seven seven two, nine nine three, and uh I'm Agnes Roche, I was in for the gallbladder and the wound is weeping a bit",
     [("id_number", "H C N zero four one, seven seven two, nine nine three"), ("name", "Agnes Roche")], []),

    ("Hi, I'm Chen Wei, 45. My wife Lin thinks I should get my cholesterol checked because my father had a heart attack at 50. Is it worth it if I feel fine?",
     [("name", "Chen Wei"), ("name", "Lin")], []),

    ("My daughter Grace is 3 and still not talking in sentences. By the grace of God she's otherwise healthy. Her childminder Pam noticed first. Should we see a speech therapist?",
     [("name", "Grace"), ("name", "Pam")], []),

    ("right the reg on my van is uh one nine one dash D dash one two three four five and I need a letter from the doctor for the disabled parking permit because of my hips, I'm Eamon, Eamon Hurley",
     [("licence_plate", "one nine one dash D dash one two three four five"), ("name", "Eamon"), ("name", "Hurley")], []),

    ("hello my name is Fatima Al-Sayed and I'm writing for my son Yusuf who is 11. He gets terrible headaches after school. His school is Oakfield Academy and they said his eyes might be the problem.",
     [("name", "Fatima Al-Sayed"), ("name", "Yusuf")], ["Oakfield Academy"]),

    ("testing testing ok um this is Gordon, I'm seventy two, I'm a diabetic and my feet have gone numb on the bottoms, uh, the foot clinic said to ask, um, my number's zero one, five five five, zero one nine nine",
     [("name", "Gordon"), ("phone", "zero one, five five five, zero one nine nine")], []),

    ("Hi Dr! Can my partner Rowan and I both use the same tube of Canesten? We're both itchy lol. Asking for a friend (me). - Skye",
     [("name", "Rowan"), ("name", "Skye")], []),

    ("uh yes my passport number is uh P zero zero one two three four five six seven and I need the doctor to fill in the form that says I'm fit to travel, I'm thirty weeks pregnant, it's Lakshmi",
     [("id_number", "P zero zero one two three four five six seven"), ("name", "Lakshmi")], []),

    ("I'm Olumide, 39. I have a lump on my back that's been there 10 years, like a soft rubbery thing. My wife Funmi says get it removed. It doesn't hurt. Is it a lipoma?",
     [("name", "Olumide"), ("name", "Funmi")], []),

    ("ok so um it's Mrs Kathleen Bourke from the Bungalow, number four Cherry Orchard Drive, and um I need my repeat of the thyroxine, the hundred micrograms, because the chemist said the script ran out",
     [("name", "Kathleen Bourke"), ("address", "number four Cherry Orchard Drive")], []),

    ("hey, my boyfriend Kai has a weird red ring rash on his leg after we went hiking in Connecticut. It's not itchy. He's 27. We saw a tick on him. Should he get tested for Lyme?",
     [("name", "Kai")], []),

    ("Hello, I am Dmitri Volkov, and my son Artem plays for Eastfield Rovers under 12s. He gets knee pain below the kneecap after every match. The coach said Osgood-Schlatter. Is rest enough?",
     [("name", "Dmitri Volkov"), ("name", "Artem")], ["Eastfield Rovers"]),

    ("yes hi uh my late husband's doctor was Doctor Abernathy and uh I think I'm getting the same thing he had the uh the tremor in my hands, I'm Marjorie, I'm eighty, my date of birth is the the second of March nineteen forty four",
     [("name", "Abernathy"), ("name", "Marjorie"), ("date_of_birth", "the the second of March nineteen forty four")], []),

    ("hi, im nat, my gf and i are both 20 and she thinks she has a uti. can she just use my leftover nitrofurantoin or is that dumb",
     [("name", "nat")], []),

    ("Please reply to my work email sunita.reddy@kestrelanalytics.example.com rather than my personal one. I'm 44, and I want to ask about starting HRT with a history of migraines with aura.",
     [("email", "sunita.reddy@kestrelanalytics.example.com")], []),

    ("um my son um he's called Finn, F I double N, he's nineteen and he lives with us at uh eighteen Beaufort Terrace and I think he's smoking a lot of weed and he's gone very quiet and paranoid",
     [("name", "Finn"), ("name", "F I double N"), ("address", "eighteen Beaufort Terrace")], []),

    ("Hi Dr, quick one about my NHS number — 943 476 5919 — the app says I'm not registered for the RSV jab but I'm 76. Is that right? Regards, Clive",
     [("id_number", "943 476 5919"), ("name", "Clive")], []),

    ("hi there my granddaughter Saoirse made me this account, she's away at uni, um, and uh I have a facebook page for the knitting group facebook dot com slash knit and natter Kilkenny, would the doctor mind if I share what he says there about arthritis in the hands",
     [("name", "Saoirse"), ("url", "facebook dot com slash knit and natter Kilkenny")], []),
]
