# Privacy items with identifiers, part 3 (hand written, writer 143)

ITEMS = [
    ("okay the uh the number for the pharmacy to call me is oh seven seven double oh nine double oh, four two seven, and uh I'm Walter, I'm on the amlodipine and my ankles are like balloons",
     [("phone", "oh seven seven double oh nine double oh, four two seven"), ("name", "Walter")], []),

    ("Hi I'm Bridget, my little one Ruairí is 9 months and has had a flat spot on the back of his head since birth. Should he have a helmet? Our public health nurse Carmel said it's fine but I'm worried.",
     [("name", "Bridget"), ("name", "Ruairí"), ("name", "Carmel")], []),

    ("I work at Harbourside Dental as a hygienist and I'm allergic to latex, I'm Jessamy Clarke, 31. Is there a test to check if I'm also allergic to avocado and kiwi? Call 0491 570 110.",
     [("name", "Jessamy Clarke"), ("phone", "0491 570 110")], ["Harbourside Dental"]),

    ("um it's for my uncle, Uncle Mick, he's seventy four and lives on his own at eleven Tarragon Avenue, Moonee Ponds, and he's stopped eating properly since Aunty Val died, what should we do",
     [("name", "Mick"), ("address", "eleven Tarragon Avenue, Moonee Ponds"), ("name", "Val")], []),

    ("My TikTok is @gluten_free_gabby and I post recipes because I have coeliac. Someone commented that I should also get my bones checked. Is that a thing? I'm Gabriella, 26.",
     [("handle", "@gluten_free_gabby"), ("name", "Gabriella")], []),

    ("yes hello I'm ringing about uh my husband Vincent he's uh he's got the dementia and the hospital said to quote his uh M R N which is uh zero seven seven, three four one, eight, and he's not sleeping at all at night",
     [("name", "Vincent"), ("id_number", "zero seven seven, three four one, eight")], []),

    ("hello. my name is Esperanza. i am 63. my doctor is Dr. Huang at the Sunnyside Family Clinic. she told me my A1c is 7.2. what food should i eat",
     [("name", "Esperanza"), ("name", "Huang")], ["Sunnyside Family Clinic"]),

    ("hey doc my name's Brayden, I'm 24, my buddy Tyrell and me got into a scrap and I think he busted my nose, it's not bleeding anymore but it's kinda crooked now. do I need to get it set",
     [("name", "Brayden"), ("name", "Tyrell")], []),

    ("um the email um is uh mary ellen dot fogarty at outlook dot ie and it's about the smear test, the letter said my smear was abnormal HPV positive and I'm terrified it's cancer",
     [("email", "mary ellen dot fogarty at outlook dot ie")], []),

    ("Hello, I'm Dr. Amara Eze's patient, my name is Chidi Okafor, born 30/01/1981. She's on leave and I need my lisinopril dose checked because my readings are 150/95 at home.",
     [("name", "Amara Eze"), ("name", "Chidi Okafor"), ("date_of_birth", "30/01/1981")], []),

    ("uh hi um quick question uh me and my wife Rosa we're both seventy and we want to go on a cruise and uh I had the stents last year, Dr Patterson put them in, so uh am I ok to go, Salvatore",
     [("name", "Rosa"), ("name", "Patterson"), ("name", "Salvatore")], []),

    ("i run a little page for people with ehlers danlos at https://www.zebrachats.example.org/members/la-hart and a member asked me about compression garments. are they actually useful? - lily",
     [("url", "https://www.zebrachats.example.org/members/la-hart"), ("name", "lily")], []),

    ("Dear doctor, I am Mrs Olga Petrenko. Social security number 000-12-3456. I have pain in my left heel every morning, first steps very painful. I am 57. What is it?",
     [("name", "Olga Petrenko"), ("id_number", "000-12-3456")], []),

    ("um the daughter is Niamh N I A M H and the son is Cian and they've both got headlice again and I've tried everything, the school is Scoil Mhuire, and the and the lotion isn't working anymore",
     [("name", "Niamh"), ("name", "N I A M H"), ("name", "Cian")], ["Scoil Mhuire"]),

    ("My name is Rebecca Thornbury and my date of birth is the 8th of August 1990. I had a miscarriage at 9 weeks in January. When is it safe to try again?",
     [("name", "Rebecca Thornbury"), ("date_of_birth", "the 8th of August 1990")], []),

    ("yo it's deshawn, 29, my discord is dsh_gaming#0042 if u need to message me, but basically I been having heartburn every night for like a month and tums aint cutting it",
     [("name", "deshawn"), ("handle", "dsh_gaming#0042")], []),

    ("um hello hello yes this is Beryl, B E R Y L, um, I'm ringing about um my feet, the toenails are gone all thick and yellow, I'm eighty six and I can't reach them to cut them, I'm at fourteen Marlowe Gardens",
     [("name", "Beryl"), ("name", "B E R Y L"), ("address", "fourteen Marlowe Gardens")], []),

    ("Hi, my daughter Imogen (age 16) has started fainting when she stands up quickly. Her cardiologist Dr Achterberg mentioned POTS. I'm Felicity, her mum. Can salt tablets help?",
     [("name", "Imogen"), ("name", "Achterberg"), ("name", "Felicity")], []),

    ("ok so the hospital gave me a bracelet with my number on it, it's uh I D seven, seven, four, oh, oh, nine, two, and uh I'm home now after the appendix and I have a question about showering",
     [("id_number", "seven, seven, four, oh, oh, nine, two")], []),

    ("Hey, I'm Marcus, I drive for UrbanFleet Couriers and my plate is WV21 XPT. I'm applying for a commercial licence and they want a doctor's letter about my sleep apnea. How does that work?",
     [("name", "Marcus"), ("licence_plate", "WV21 XPT")], ["UrbanFleet Couriers"]),

    ("im on the phone dictating so sorry about typos my name is cormac and my mother is ann marie and shes got a chest infection and were wondering if she should get the pneumonia vaccine after its cleared up",
     [("name", "cormac"), ("name", "ann marie")], []),

    ("This is for my partner, Jordan Ellis, they/them, 25. Date of birth 3 March 1999. They've been on testosterone for 2 years and their haemoglobin is 17.8. Is that too high?",
     [("name", "Jordan Ellis"), ("date_of_birth", "3 March 1999")], []),

    ("ah yeah good day it's uh Clarrie, uh, Clarence Bolton, uh, seventy seven, and uh, my home address is uh two forty Wattle Creek Road, Dubbo, and I need to know if I can drive after the cataract op",
     [("name", "Clarrie"), ("name", "Clarence Bolton"), ("address", "two forty Wattle Creek Road, Dubbo")], []),

    ("my little sister Jade is 14 and she's been cutting her arms, the cuts are old and healed, she told me not to tell mum. I'm 19. How do I help her?",
     [("name", "Jade")], []),

    ("Hello, I'm Sergio. My wife Maribel had a C-section 6 weeks ago at St. Luke's. Her scar is fine but she says she feels numb around it. Normal? Our number is +34 600 000 812.",
     [("name", "Sergio"), ("name", "Maribel"), ("phone", "+34 600 000 812")], []),

    ("ok uh insurance card says member I D uh W X Y, nine nine eight, seven seven oh, two one, uh, group number uh doesn't matter, I just want to know if the Ozempic is covered for weight loss, I'm Darlene",
     [("id_number", "W X Y, nine nine eight, seven seven oh, two one"), ("name", "Darlene")], []),

    ("I'm Professor Hargreaves's PA, Lucy. He asked me to send this: he's 66 and has had hiccups for 3 days continuously. He's otherwise fine. Anything to try at home?",
     [("name", "Hargreaves"), ("name", "Lucy")], []),

    ("um so my granny, um, Granny Peg, she's ninety two, she lives in the flat above us at 7A Drumcondra Road Upper, and she has a sore that won't heal on her shin",
     [("name", "Peg"), ("address", "7A Drumcondra Road Upper")], []),

    ("Hi! My husband Theo and I are adopting a baby girl from foster care, her name will be Luna. She has a heart murmur. Should we be worried? - Penelope",
     [("name", "Theo"), ("name", "Luna"), ("name", "Penelope")], []),

    ("yeah uh my name's Shane, S H A N E, I'm a brickie, and I work for Doyle and Sons Construction, I've had a pain in my elbow for weeks, tennis elbow the lads say, my email is shane bricks at gmail dot com",
     [("name", "Shane"), ("name", "S H A N E"), ("email", "shane bricks at gmail dot com")], ["Doyle and Sons Construction"]),

    ("Hello, I'm writing on behalf of my elderly neighbour Mr Ahmed who lives at 52 Sycamore Road. He asked me to find out if his new tablets, bisoprolol, could be why he feels so tired.",
     [("name", "Ahmed"), ("address", "52 Sycamore Road")], []),

    ("um, Alexa, message askdoc, um, my name is Edna, my date of birth is the nineteenth of October nineteen thirty nine, and I want to ask if I still need the bone tablets, I've been on them eleven years",
     [("name", "Edna"), ("date_of_birth", "the nineteenth of October nineteen thirty nine")], []),

    ("Hey, I'm Ravi, 31. My fiancée Anjali wants me to get a semen analysis before we try. My Snapchat is ravi_k_fit if the doctor prefers. Is this normal to do before trying?",
     [("name", "Ravi"), ("name", "Anjali"), ("handle", "ravi_k_fit")], []),

    ("so my friend Mo gave me some of his tramadol for my back. I'm 34. I took one and it helped but now I feel kind of sick. Is it dangerous to take another tomorrow?",
     [("name", "Mo")], []),

    ("uh yes uh this is Kwame, uh, I'm forty nine, and uh I'm a nurse at Brookvale Care Home, and I had a needle stick injury two weeks ago from a patient with hepatitis C, what's the follow up, my phone is two oh two, five five five, oh one three eight",
     [("name", "Kwame"), ("phone", "two oh two, five five five, oh one three eight")], ["Brookvale Care Home"]),

    ("Hello, my mother Dolores is 79. Her hospital number is RVH-0044-9182. She had a hip replacement and the physio says she needs a raised toilet seat. Where do we get one?",
     [("name", "Dolores"), ("id_number", "RVH-0044-9182")], []),

    ("um my car rego is uh one A B C two three, and uh they gave me a ticket in the hospital car park while I was in for chemo, um, can the doctor write something, I'm Noreen",
     [("licence_plate", "one A B C two three"), ("name", "Noreen")], []),

    ("hi doctor my daughter Ava just turned 2 and she still wakes at night screaming. My mum Patricia says it's night terrors. Is that possible at 2? You can text me at 07700 900661",
     [("name", "Ava"), ("name", "Patricia"), ("phone", "07700 900661")], []),

    ("uh the full name is uh Seamus Padraig O'Shaughnessy, that's O apostrophe S H A U G H N E S S Y, and uh I'm seventy and I'm getting awful cramps in my calves at night, would that be the statin",
     [("name", "Seamus Padraig O'Shaughnessy"), ("name", "O apostrophe S H A U G H N E S S Y")], []),

    ("My name is Kenji Watanabe and I'm 60. My employee number at Takeda Freight is 77-0192. I need my flu jab and the company says I get it free through the clinic. Can I have it with my cold?",
     [("name", "Kenji Watanabe"), ("id_number", "77-0192")], ["Takeda Freight"]),
]
