# Privacy items with identifiers, part 1 (hand written, writer 143)
# (text, [(type, span) or (type, span, occurrence)], [quasi])

ITEMS = [
    ("um hi yeah this is margaret o'donnell calling about my my blood pressure tablets uh my date of birth is the third of june nineteen sixty one and um the number here is oh two oh seven double nine four four one two three full stop could someone ring me back",
     [("name", "margaret o'donnell"), ("date_of_birth", "the third of june nineteen sixty one"), ("phone", "oh two oh seven double nine four four one two three")], []),

    ("Hi, my son Liam (he's 7) has had a rash on his tummy for three days. We already saw Dr. Patel but it isn't clearing. You can email me at k.brennan.home@example.com if you want photos.",
     [("name", "Liam"), ("name", "Patel"), ("email", "k.brennan.home@example.com")], []),

    ("ok so uh my mum her name is Doreen that's D O R E E N Whitfield she's eighty four and she's been more forgetful since the summer, um, her NHS number is four eight five, seven seven three, two one nine oh if that helps you find her",
     [("name", "Doreen"), ("name", "D O R E E N"), ("name", "Whitfield"), ("id_number", "four eight five, seven seven three, two one nine oh")], []),

    ("um my husband Gerry had his knee done at the Mater last month and uh he's still on the crutches is that too slow question mark his MRN is zero zero four four seven one nine if you need it",
     [("name", "Gerry"), ("id_number", "zero zero four four seven one nine")], []),

    ("Hello, I'm Aiyana Redcloud, 34, pregnant with my second. My midwife Josie told me to ask about iron tablets because they make me sick. Best number is (406) 555-0143 after 5pm.",
     [("name", "Aiyana Redcloud"), ("name", "Josie"), ("phone", "(406) 555-0143")], []),

    ("yeah g'day so uh some bloke reversed into me in the car park at the shops and I jarred my neck pretty good, his rego was uh X Y Z dash four one two, I got it on the dashcam anyway, do I need an x-ray for whiplash or what, it's Bronwyn by the way",
     [("licence_plate", "X Y Z dash four one two"), ("name", "Bronwyn")], []),

    ("my daughter keeps posting about not eating on her tiktok, it's @skinnyminnie_0707 , she is 15 and her name's Kayla. how do I even bring it up with her without her shutting me out",
     [("handle", "@skinnyminnie_0707"), ("name", "Kayla")], []),

    ("Hi my name is Tomasz Nowak, I work nights at Kowalczyk Bakery on the ovens and I keep getting nosebleeds, maybe the heat? phone 07700 900318",
     [("name", "Tomasz Nowak"), ("phone", "07700 900318")], ["Kowalczyk Bakery"]),

    ("uh hello this is uh this is for my dad, Desmond Achebe, um, date of birth the the twelfth of February nineteen forty six, he's on warfarin and they want to start him on an antibiotic for his chest, is that safe",
     [("name", "Desmond Achebe"), ("date_of_birth", "the twelfth of February nineteen forty six")], []),

    ("Will my son Will need a tetanus booster after stepping on a rusty nail? He had all his baby jabs. Thanks, Ruth",
     [("name", "Will", 2), ("name", "Ruth")], []),

    ("write down email um p a d d y dot k e o g h at gmail dot com okay and the message is my back is at me again since I lifted the turf, what can I take with my blood pressure pills",
     [("email", "p a d d y dot k e o g h at gmail dot com")], []),

    ("My name is Priya Raghunathan and my insurance member ID is XKP-000-448-219. The pharmacy says my metformin isn't covered anymore, is there an alternative I can ask my GP about?",
     [("name", "Priya Raghunathan"), ("id_number", "XKP-000-448-219")], []),

    ("hey it's jules. my bf marco has had the runs for like 4 days after we got back from mexico, he won't go to a doctor lol. should he be worried",
     [("name", "jules"), ("name", "marco")], []),

    ("uh yes good morning I'm calling about my wife uh Sheila Sheila McAteer she had the stroke in March and she's at home now with us at um twenty two Ballymore Road Castlebar and I want to know about getting the physio to come out to the house",
     [("name", "Sheila"), ("name", "McAteer"), ("address", "twenty two Ballymore Road Castlebar")], []),

    ("Could Dr. Okonkwo look at my results again? I had bloods on the 4th and my ferritin came back at 9. My patient number is 55-210-0087. Thanks, Femi",
     [("name", "Okonkwo"), ("id_number", "55-210-0087"), ("name", "Femi")], []),

    ("so um the the baby is Harper, she's fourteen months, and her daycare is Little Acorns Early Learning, they keep sending her home with conjunctivitis like every two weeks, is that normal? my cell is two one four, five five five, oh one six seven",
     [("name", "Harper"), ("phone", "two one four, five five five, oh one six seven")],
     ["Little Acorns Early Learning"]),

    ("Hi Dr, I'm Nkechi, 28, I've had a cold sore on my lip that keeps coming back every month around my period. Is that hormonal? I post about it on Insta @nkechi.glows if you want to see the pics lol",
     [("name", "Nkechi"), ("handle", "@nkechi.glows")], []),

    ("ok Google send to askdoc um my name is Arthur Pennington P E N N I N G T O N I'm seventy nine and the new water tablet has me up five times a night comma is that normal question mark",
     [("name", "Arthur Pennington"), ("name", "P E N N I N G T O N")], []),

    ("I'm writing for my grandmother, Mrs. Evangelina Soto, DOB 09/14/1938. She lives alone at 1187 Cypress Hollow Dr, Apt 4, and her neighbor found her a bit dehydrated last week. How much water should someone her age drink?",
     [("name", "Evangelina Soto"), ("date_of_birth", "09/14/1938"), ("address", "1187 Cypress Hollow Dr, Apt 4")], []),

    ("uh the plate on the car that clipped my bike was uh L D one eight, uh, R W K, and I've got a big bruise on my hip and it's going yellow green now, how long do these last, Callum",
     [("licence_plate", "L D one eight, uh, R W K"), ("name", "Callum")], []),

    ("Hi I'm Maeve from Galway, 41, I've had tingling in my hands at night for months, my GP Dr Fitzgerald says maybe carpal tunnel. Is surgery the only fix? You can reach me at maeve.conneely@example.ie",
     [("name", "Maeve"), ("name", "Fitzgerald"), ("email", "maeve.conneely@example.ie")], []),

    ("hey so my roommate Dex and I both got food poisoning from the same taco truck on Friday. I'm better but he's still throwing up a bit. Whats the cutoff for him needing to see someone",
     [("name", "Dex")], []),

    ("this is a voice message um from Ivy, Ivy Chambers, my PPS number is uh one two three four five six seven T A, and I'm wondering about the flu vaccine do I need to pay for it at my age I'm sixty six",
     [("name", "Ivy"), ("name", "Chambers"), ("id_number", "one two three four five six seven T A")], []),

    ("My son's school nurse at Ridgeview Middle School said his blood pressure was high at the sports physical. Jaylen is 13 and plays football. Should we get it rechecked? Our number (555) 010-2234.",
     [("name", "Jaylen"), ("phone", "(555) 010-2234")], ["Ridgeview Middle School"]),

    ("Hello my partner Sam and I are trying for a baby. I'm Alex, 36. I had an ectopic three years ago and lost a tube. What are our chances now?",
     [("name", "Sam"), ("name", "Alex")], []),

    ("mm hi uh so I have the thrush again and it's the third time this year and um I'm on the pill, Yasmin, does that matter, oh and it's Chloe, Chloe Barrett, you can text me oh four nine one, five seven oh, one five six",
     [("name", "Chloe"), ("name", "Barrett"), ("phone", "oh four nine one, five seven oh, one five six")], []),

    ("I have a question about my employee health screening. Employee ID E-00912-44. The occupational health nurse at Fenwick Logistics said my liver enzymes were a bit raised, ALT 68. I drink maybe 10 beers a week. Is that it?",
     [("id_number", "E-00912-44")], ["Fenwick Logistics"]),

    ("um so my dad's name is Raymond and he lives at forty seven Hollis Street in um in Dorchester and he refuses to wear his hearing aids and I think it's making him depressed, what can we do",
     [("name", "Raymond"), ("address", "forty seven Hollis Street in um in Dorchester")], []),

    ("Kia ora, I'm Hemi. My nan is 90 and keeps falling at home. Her GP Dr Whaanga wants her in a rest home but she refuses. How do we make the house safer?",
     [("name", "Hemi"), ("name", "Whaanga")], []),

    ("hey doc! quick one, is it ok to get a tattoo if I'm on roaccutane? I'm 22. my artist's page is www.inkbyrosalind.example.com/portfolio if that matters haha. - Tash",
     [("url", "www.inkbyrosalind.example.com/portfolio"), ("name", "Tash")], []),

    ("uh yes hello uh my name is uh Benedict Osei O S E I and um I had the colonoscopy on the ninth and they took out two polyps and uh nobody rang me with the results yet, my hospital number is uh R H seven seven oh oh three two",
     [("name", "Benedict Osei"), ("name", "O S E I"), ("id_number", "R H seven seven oh oh three two")], []),

    ("I'm 52 and my periods have gone all over the place. My sister Orla went through menopause at 45. Is this perimenopause? I'm Deirdre btw.",
     [("name", "Orla"), ("name", "Deirdre")], []),

    ("Does anyone there speak Spanish? My mother Guadalupe Ortiz only speaks Spanish and needs to ask about her diabetes meds. Her Medicaid number is 000-MC-71-4420. I'm her daughter Leticia.",
     [("name", "Guadalupe Ortiz"), ("id_number", "000-MC-71-4420"), ("name", "Leticia")], []),

    ("ok um it's for my little boy Oisin, um O I S I N, he's four, and he's got these little pearly bumps on his arm, the creche said it might be molluscum, is it catching, he goes to Bright Sparks Creche in Swords",
     [("name", "Oisin"), ("name", "O I S I N")], ["Bright Sparks Creche"]),

    ("I've been reading the Reddit threads, my username there is u/tired_knees_77, and I still can't figure out if my knee clicking is arthritis or just age. I'm 47, not overweight, used to run marathons.",
     [("handle", "u/tired_knees_77")], []),

    ("hi my name's Kiri and I'm 19 and I think I might be depressed. My mate Jono says I should talk to someone but I don't want my parents to find out. Can you keep this confidential?",
     [("name", "Kiri"), ("name", "Jono")], []),

    ("This is Helen Vasquez-Reid, policy number HBR 55 0019 732, calling about whether my plan covers a sleep study. My husband snores so badly he stops breathing sometimes, according to me anyway!",
     [("name", "Helen Vasquez-Reid"), ("id_number", "HBR 55 0019 732")], []),

    ("uh hello, uh, my grandson set this up for me, um, I'm Winifred, and, and I wanted to ask about my eye drops for the glaucoma, the Xalatan, do they go in the fridge, uh, and my grandson's email is uh tyler dot b dot nineteen at hotmail dot com for the answer",
     [("name", "Winifred"), ("email", "tyler dot b dot nineteen at hotmail dot com")], []),

    ("Hi, I'm a student at Westbrook Community College, ID 2019-44817, and the campus clinic said I need a TB test before my nursing placement. Where can I get one without a GP? - Marisol",
     [("id_number", "2019-44817"), ("name", "Marisol")], ["Westbrook Community College"]),

    ("yeah hi uh my wife Bernadette she's the one with the MS and uh we want to ask about the Ocrevus infusions whether she can travel after, we live out at um Rathcoole, the house is number nine Fern Hill Lane, in case the nurse needs to come out",
     [("name", "Bernadette"), ("address", "number nine Fern Hill Lane")], []),
]
