# Privacy items with identifiers, part 2 (written by hand, writer 141).
# Mostly voice-dictated messages.

ITEMS = [
    (
        "Will this rash spread to his face question mark my son Will is three and he's got little red spots on his tummy since yesterday no fever he's eating fine",
        [("name", "Will", 2)],
        [],
    ),
    (
        "my sister May had her gallbladder out in May and she still gets pain under the ribs after fatty food is that normal she's forty one",
        [("name", "May", 1)],
        [],
    ),
    (
        "Hope is 6 and has been wetting the bed again after being dry for two years. Hope someone can tell me if this is a medical thing or just stress from the new baby.",
        [("name", "Hope", 1)],
        [],
    ),
    (
        "hi doctor my name is Anne Marie Kowalczyk that's K O W A L C Z Y K I live at one forty two Saint Clair Avenue West Toronto and I think I have shingles on my back it's on one side only and it burns",
        [("name", "Anne Marie Kowalczyk"), ("name", "K O W A L C Z Y K"), ("address", "one forty two Saint Clair Avenue West Toronto")],
        [],
    ),
    (
        "this is for my brother in law Pete period he fell off a ladder three weeks ago and his wrist still hurts when he turns a door handle period the urgent care said it wasn't broken but now he can't grip a mug period his mobile is oh four nine one five seven oh one five six",
        [("name", "Pete"), ("phone", "oh four nine one five seven oh one five six")],
        [],
    ),
    (
        "my doctor Dr Shaw Nessy I don't know how to spell it prescribed me something called met four min and it makes my stomach really upset do I take it with food",
        [("name", "Shaw Nessy")],
        [],
    ),
    (
        "Hello I am Francesca Bianchi date of birth fourteenth of March nineteen eighty two my GP surgery is Elmwood Medical Practice and they won't give me an appointment for three weeks so I'm asking here about heavy periods with clots",
        [("name", "Francesca Bianchi"), ("date_of_birth", "fourteenth of March nineteen eighty two")],
        ["Elmwood Medical Practice"],
    ),
    (
        "hey it's Jaxon my mom made me write this, I'm 14, I play rugby for the Westside Wolves under fifteens and I keep getting pain just below my knee at the bump, coach says it's growing pains",
        [("name", "Jaxon")],
        ["Westside Wolves"],
    ),
    (
        "my granddaughter Tilly she's nine months old and she's got the sniffles she goes to Sunny Days nursery on Hollins Road our phone is 0161 496 0000 we're in Oldham",
        [("name", "Tilly"), ("phone", "0161 496 0000")],
        ["Sunny Days nursery on Hollins Road"],
    ),
    (
        "Hi my username on your site is the same as my twitter @NanaJudeKnits and I'm 72. My question: my hands go white and then blue in the cold. Is this Raynaud's?",
        [("handle", "@NanaJudeKnits")],
        [],
    ),
    (
        "my wife Deb D E B and me both got the flu shot at the Walgreens on Elm last Thursday and her arm is swollen red and hot the size of a baseball is that an allergic reaction",
        [("name", "Deb"), ("name", "D E B")],
        [],
    ),
    (
        "this is Lachlan O'Rourke my Medicare card number is four zero zero zero one two three four five six and I've got a question about the shingles vaccine I'm sixty five is it free for me now",
        [("name", "Lachlan O'Rourke"), ("id_number", "four zero zero zero one two three four five six")],
        [],
    ),
    (
        "I'm writing for Mr. Archibald Penrose, he's my neighbour, 87, lives alone at 6 Rowan Terrace, Penzance. He's been very breathless walking up his stairs this week and his ankles are puffy. He won't call anyone himself.",
        [("name", "Archibald Penrose"), ("address", "6 Rowan Terrace, Penzance")],
        [],
    ),
    (
        "doc I'm Ray I'm 55 I work at Dunmore Steel on the furnace line and my hearing is going in my right ear mostly and there's a whistling noise all the time is that from work",
        [("name", "Ray")],
        ["Dunmore Steel"],
    ),
    (
        "Hi, my insurance member number is ZQH000118822 and my plan keeps denying my Ozempic. My endo Dr. Halvorsen says I need it for my diabetes, not weight loss. Can your doctors write a letter?",
        [("id_number", "ZQH000118822"), ("name", "Halvorsen")],
        [],
    ),
    (
        "my son Kai has had ear infections five times this year he's two and a half our ENT appointment is June 3rd but can I get him seen sooner our email is the dot nguyen dot family at example dot net",
        [("name", "Kai"), ("email", "the dot nguyen dot family at example dot net")],
        [],
    ),
    (
        "I am 34 female, name Ingrid Solberg, phone 555-0137. I had a miscarriage in January and my periods haven't come back yet. Is that normal at 10 weeks after?",
        [("name", "Ingrid Solberg"), ("phone", "555-0137")],
        [],
    ),
    (
        "question for a doctor my dad Stan he's 79 had a stroke in the spring he's home now but his left hand is still weak and curled up the physio at Brookvale Rehab Centre said keep going but is there anything else we can do",
        [("name", "Stan")],
        ["Brookvale Rehab Centre"],
    ),
    (
        "my nickname is Bubba everyone calls me that lol im 31 and ive got a lump in my armpit that's been there like a month it doesnt hurt should i get it looked at",
        [("name", "Bubba")],
        [],
    ),
    (
        "Hi I'm Aoife. My daughter Saoirse (5) has a temperature of 38.4 and a barking cough at night. She's due her booster on the 12th. Should we still go? Our Eircode is D00 X0X0, 3 Hawthorn Rise, Lucan.",
        [("name", "Aoife"), ("name", "Saoirse"), ("address", "3 Hawthorn Rise, Lucan"), ("address", "D00 X0X0")],
        [],
    ),
    (
        "ok so my patient portal login isn't working my MRN is M R N eight eight zero zero zero four one and I need to see my biopsy result from Dr Castellanos before Friday can somebody help",
        [("id_number", "eight eight zero zero zero four one"), ("name", "Castellanos")],
        [],
    ),
    (
        "Good afternoon. My name is Bernard Achterberg, born 30 September 1951. I was diagnosed with atrial fibrillation last month and started on apixaban. Can I still have a glass of red wine with dinner?",
        [("name", "Bernard Achterberg"), ("date_of_birth", "30 September 1951")],
        [],
    ),
    (
        "hey so its me Tayla again i forgot to say in my last message my boyfriend Jordo is the one with the rash not me haha he works at the car wash on Pacific Hwy and its on his hands",
        [("name", "Tayla"), ("name", "Jordo")],
        ["the car wash on Pacific Hwy"],
    ),
    (
        "I run a small youtube channel about living with MS, youtube.com/@msandme-test0000, and a viewer asked if fatigue gets worse in summer. I'm 45 and I've noticed it too. Is heat a known trigger?",
        [("url", "youtube.com/@msandme-test0000")],
        [],
    ),
    (
        "my mate Gazza got headbutted at the footy on Saturday and his nose is bent now it's not bleeding anymore does he need to get it reset and how soon",
        [("name", "Gazza")],
        [],
    ),
    (
        "hi there I'm writing for my aunt Lorna who's 66 and lives at unit 4 twelve Wattle Grove Bendigo she's got a cough that won't go away since she stopped smoking in February and she's losing weight her GP is Doctor Tan",
        [("name", "Lorna"), ("address", "unit 4 twelve Wattle Grove Bendigo"), ("name", "Tan")],
        [],
    ),
    (
        "My name is Chidi, I'm 26, I drive for a delivery app and last night a car clipped my scooter, plate LR70 ZZO, I didn't fall but my shoulder is sore today. Should I get it checked for insurance purposes?",
        [("name", "Chidi"), ("licence_plate", "LR70 ZZO")],
        [],
    ),
    (
        "this is Doreen Pickles I know it's a funny name my date of birth is the fifth of the fifth nineteen fifty three and I've been getting dizzy when I turn over in bed",
        [("name", "Doreen Pickles"), ("date_of_birth", "the fifth of the fifth nineteen fifty three")],
        [],
    ),
    (
        "Our son Ethan was diagnosed with type 1 last week at 11. His school, Maplewood Middle, says the nurse can't give insulin. Our phone is (604) 555-0190 if a diabetes educator can call.",
        [("name", "Ethan"), ("phone", "(604) 555-0190")],
        ["Maplewood Middle"],
    ),
    (
        "hi I'm Rosalind but my friends call me Roz and I'm 48 and my hot flashes are waking me up every hour at night comma what are my options if I can't take hormones because my mum had breast cancer",
        [("name", "Rosalind"), ("name", "Roz")],
        [],
    ),
    (
        "my husband's employee ID at the hospital is E 0 0 0 4 5 7 1 he's a porter there and he got stuck with a needle from a sharps bin yesterday they did bloods but what are the chances he caught something his name's Lenny",
        [("id_number", "E 0 0 0 4 5 7 1"), ("name", "Lenny")],
        [],
    ),
    (
        "Hi, it's Marisol Vega. I had a C-section 6 weeks ago and the scar is still numb. My OB, Dr. Whitcombe, said it's fine but it's been so long. My email marisol.vega.000@example.com.",
        [("name", "Marisol Vega"), ("name", "Whitcombe"), ("email", "marisol.vega.000@example.com")],
        [],
    ),
    (
        "my boy Hamish is 12 and he gets headaches every afternoon after school at Glenbrae Academy could it be his eyes he squints at the board",
        [("name", "Hamish")],
        ["Glenbrae Academy"],
    ),
    (
        "I'm a veteran my VA ID is 000 45 9910 and I'm 74 and my PTSD nightmares are back since my wife passed in the fall the name's Curtis Bell",
        [("id_number", "000 45 9910"), ("name", "Curtis Bell")],
        [],
    ),
    (
        "Please can someone ring me back on 07700 900 872 about my mum Brenda, she's 83 and she's stopped eating properly since her fall, she's lost about a stone.",
        [("phone", "07700 900 872"), ("name", "Brenda")],
        [],
    ),
    (
        "my daughter is at uni and her housemate Chloe has been diagnosed with glandular fever so should my daughter Ellie get tested she's had a sore throat since Monday",
        [("name", "Chloe"), ("name", "Ellie")],
        [],
    ),
    (
        "My facebook is facebook.com/gordie.mcbain.0000 - I posted a photo of the lump on my shin there. I'm Gordie, 57, keen golfer. It came up after I hit it on the trolley. Should it still be there after 2 months?",
        [("url", "facebook.com/gordie.mcbain.0000"), ("name", "Gordie")],
        [],
    ),
    (
        "hello my name is Vikram my wife name is Sunita she is 30 weeks with our first baby and her feet and hands are swelling a bit in the evening our address is flat 9 Oakfield Court 22 Station Road Leicester",
        [("name", "Vikram"), ("name", "Sunita"), ("address", "flat 9 Oakfield Court 22 Station Road Leicester")],
        [],
    ),
    (
        "I'm Jolene, 39, bartender at The Rusty Anchor in Galveston, on my feet 10 hours a night and I've got a big varicose vein coming up behind my knee. Is that dangerous?",
        [("name", "Jolene")],
        ["The Rusty Anchor in Galveston"],
    ),
    (
        "quick question my kid Noah broke his arm and the cast is itchy can I put a knitting needle down there my nan says no lol he's eight",
        [("name", "Noah")],
        [],
    ),
    (
        "this is for my father Desmond Oyelaran date of birth one nine four one oh six one five he's got Parkinson's and his tremor is worse in the mornings his neurologist is Dr Iqbal at the Walton Centre",
        [("name", "Desmond Oyelaran"), ("date_of_birth", "one nine four one oh six one five"), ("name", "Iqbal")],
        [],
    ),
    (
        "Dear doctor, I am Ms. Thandiwe Mokoena from Johannesburg, now living in Perth at 27 Banksia Way, Scarborough WA. I have lupus and I need to find a rheumatologist here. My phone is 0491 570 006.",
        [("name", "Thandiwe Mokoena"), ("address", "27 Banksia Way, Scarborough WA"), ("phone", "0491 570 006")],
        [],
    ),
]
