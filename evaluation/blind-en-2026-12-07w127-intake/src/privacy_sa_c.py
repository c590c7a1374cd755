# Hand-written privacy items, South African writers, with identifiers (part C).

ITEMS = [
    ("yoh doc. Thabiso here. im 33 and my wife says i snore like a truck and stop breathing. i fall asleep driving the taxi (GP reg "
     "KLM 778 GP) at the robots. 0829914405",
     [("name", "Thabiso"), ("licence_plate", "KLM 778 GP"), ("phone", "0829914405")], []),

    ("Morning. Carmen Jacobs, 46. I'm a sister at a private clinic in Paarl and I keep getting eczema from the gloves. "
     "Its on both hands. carmen.j.rn@gmail.com. SANC no 13904287",
     [("name", "Carmen Jacobs"), ("email", "carmen.j.rn@gmail.com"), ("id_number", "13904287")], []),

    ("Ke kopa thuso. My daughter Dineo is 2 years, she has white patches in her mouth and wont eat. Her birth date 11 Oct 2022. "
     "We are at 6612 Mokoena Street, Botshabelo Section H.",
     [("name", "Dineo"), ("date_of_birth", "11 Oct 2022"), ("address", "6612 Mokoena Street, Botshabelo Section H")], []),

    ("my man Jabu is a long distance truckie, truck reg NCK 2231 ZN, he keeps getting a sore chest after eating spicy food "
     "and burping a lot. hes 50. I'm Sbongile 0725513908",
     [("name", "Jabu"), ("licence_plate", "NCK 2231 ZN"), ("name", "Sbongile"), ("phone", "0725513908")], []),

    ("Hi, Nadia Hendricks. ID 9201300145087. I had a miscarriage in March and since then my periods are so irregular. "
     "I'm 32. reply on nadia.hendricks@gmail.com pls",
     [("name", "Nadia Hendricks"), ("id_number", "9201300145087"), ("email", "nadia.hendricks@gmail.com")], []),

    ("Hello, my boy Bandile is 13 and has a sore on his lip that keeps coming back when he is stressed. "
     "He's at Kwa-Thema Secondary. I am his father Mzwandile, cell +27 78 332 9014",
     [("name", "Bandile"), ("name", "Mzwandile"), ("phone", "+27 78 332 9014")], ["Kwa-Thema Secondary"]),

    ("Doc my feet are cracking badly and bleeding a bit. Im Sarel, 66, farmer near Vryburg. Plaas Doornbult, Vryburg district. "
     "Landbou Medical number 880412",
     [("name", "Sarel"), ("address", "Plaas Doornbult, Vryburg district"), ("id_number", "880412")], []),

    ("hi please help me, im Mbali and im 18. I think i have BV, there is a fishy smell. i cant tell my mom. "
     "my insta is @mbali.xo_ and my number is 063 880 2211",
     [("name", "Mbali"), ("handle", "@mbali.xo_"), ("phone", "063 880 2211")], []),

    ("good morning my name is Moses Baloyi born 15/05/1952 from Malamulele. My doctor Dr Maluleke gave me warfarin and now I have bruises. "
     "my grandson helps me type",
     [("name", "Moses Baloyi"), ("date_of_birth", "15/05/1952"), ("name", "Maluleke")], []),

    ("Sorry to trouble. Mrs Ntsiki Majola, 59. I have a painful heel in the morning when i step out of bed. "
     "Medical aid - Sizwe Hosmed no. 0002241899. Tel 043 722 0561 (East London)",
     [("name", "Ntsiki Majola"), ("id_number", "0002241899"), ("phone", "043 722 0561")], []),

    ("Hey, my son Ethan's school sports photos are on our family blog www.vandermerwe-family.co.za/ethan and you can see his back curving. "
     "Is it scoliosis? He is 12. - Ilse",
     [("name", "Ethan"), ("url", "www.vandermerwe-family.co.za/ethan"), ("name", "Ilse")], []),

    ("Eish my partner Sipho Mthethwa (29) was stabbed in the arm last year and the scar is now big and lumpy, growing. "
     "is that a keloid? we stay at B1142 Section B, Mamelodi West",
     [("name", "Sipho Mthethwa"), ("address", "B1142 Section B, Mamelodi West")], []),

    ("Hi its Rethabile. My passport is Lesotho RA0912247, I work in Ladybrand. I have a lump on my neck that moves when I swallow. "
     "I'm 37. Phone +266 5882 1190 or +27 73 905 4421",
     [("name", "Rethabile"), ("id_number", "RA0912247"), ("phone", "+266 5882 1190"), ("phone", "+27 73 905 4421")], []),

    ("Ma'am i am Sinethemba, my baby Iminathi born on 2 February 2024 has a big belly button that pops out when she cries. "
     "Clinic sister said its a hernia. Our home 45 Mazwai Street, Zwide, Gqeberha",
     [("name", "Sinethemba"), ("name", "Iminathi"), ("date_of_birth", "2 February 2024"), ("address", "45 Mazwai Street, Zwide, Gqeberha")], []),

    ("Yes doctor, Leon Swart, my Discovery no. is 180 334 521, I'm 60 and had a stent in 2021. I want to know if I can stop clopidogrel now. "
     "leon.swart@iafrica.com",
     [("name", "Leon Swart"), ("id_number", "180 334 521"), ("email", "leon.swart@iafrica.com")], []),

    ("hi my sister Kholofelo is 26 and she hears voices telling her things, since she stopped her pills. She wont go to Weskoppies. "
     "She stays with us at 3320 Mahwelereng Zone 2. Call me, Matome 0157 491 228",
     [("name", "Kholofelo"), ("address", "3320 Mahwelereng Zone 2"), ("name", "Matome"), ("phone", "0157 491 228")], []),

    ("Greetings. Ruan le Roux, 28, Stellenbosch. I have small painful blisters on my lip every time I go in the sun. "
     "Dr Steyn said cold sores. My student ID 21934456",
     [("name", "Ruan le Roux"), ("name", "Steyn"), ("id_number", "21934456")], []),

    ("Hey, writing for gogo Nozipho Gumede ID 4208220345083 - she is 82. Her blood pressure reading today was 180/100 on the home machine "
     "but she feels fine, the clinic said keep taking the pills. Address 11 Khumalo Road, Clermont.",
     [("name", "Nozipho Gumede"), ("id_number", "4208220345083"), ("address", "11 Khumalo Road, Clermont")], []),

    ("hello doc, im Keabetswe, 21, and I have been losing my hair at the edges from braids. Is it permanent? "
     "my hair page: instagram.com/keabraids_pta",
     [("name", "Keabetswe"), ("url", "instagram.com/keabraids_pta")], []),

    ("Good evening. My dad Gerrit is 72 and was stopped at a roadblock, the traffic officer said his eyes were not focusing. "
     "His car is CAW 88213. He does have cataracts. Email us: gerrit.and.sanna@gmail.com",
     [("name", "Gerrit"), ("licence_plate", "CAW 88213"), ("email", "gerrit.and.sanna@gmail.com")], []),

    ("ek soek net raad. My kind Jaco is 4 en het n rooi oog met geel goed in die oggend (red eye with yellow gunk). "
     "Ek is Mariska, 084 551 2087",
     [("name", "Jaco"), ("name", "Mariska"), ("phone", "084 551 2087")], []),

    ("Please help my uncle Simphiwe, he is 45, he was circumcised at initiation school last month and the wound is still open. "
     "He's from Lusikisiki. Call his wife Nomalanga on 0710448275",
     [("name", "Simphiwe"), ("name", "Nomalanga"), ("phone", "0710448275")], []),

    ("Hi doc, it's Zinhle Nkosi. DOB 06/06/1994. I've had a rash on my face that gets worse in the sun and my joints hurt. "
     "Sister at Lillian Ngoyi CHC said maybe lupus?? Reach me at @zinhle_nk on twitter",
     [("name", "Zinhle Nkosi"), ("date_of_birth", "06/06/1994"), ("handle", "@zinhle_nk")], []),

    ("Im Ashwin Govender, 39. After eating at a wedding in Chatsworth I had a runny stomach, 3 days now but better. "
     "87 Road 701, Montford, Chatsworth. 031 403 2219",
     [("name", "Ashwin Govender"), ("address", "87 Road 701, Montford, Chatsworth"), ("phone", "031 403 2219")], []),

    ("yo doc its Lwandile from Langa. my ex posted my pics on facebook.com/lwandile.mkhabela.33 and i've been not sleeping, "
     "anxious every day. i'm 24. can i get something?",
     [("name", "Lwandile"), ("url", "facebook.com/lwandile.mkhabela.33")], []),

    ("Hi, my name is Dikgang Mooketsi, I am 57, I was diagnosed with gout. My employee number at Impala Platinum is IMP-448102. "
     "Which foods must I avoid?",
     [("name", "Dikgang Mooketsi"), ("id_number", "IMP-448102")], ["Impala Platinum"]),

    ("my baby girl Onthatile is 1 year, born 2023/09/30. She has a fever 38.3 and pulls her ear. Is Panado ok for her? "
     "I'm Lesego at 19 Tau Street, Seshego Zone 1",
     [("name", "Onthatile"), ("date_of_birth", "2023/09/30"), ("name", "Lesego"), ("address", "19 Tau Street, Seshego Zone 1")], []),

    ("Morning Doctor. I am Mrs Venter, Hettie. My husband Koos was told by Dr Olivier his kidneys are at 40 percent. "
     "We are both 70. Our number 018 297 4410",
     [("name", "Venter"), ("name", "Hettie"), ("name", "Koos"), ("name", "Olivier"), ("phone", "018 297 4410")], []),

    ("Hello, I'm Thulani, I drive a metered taxi (reg DZK 441 MP) in Mbombela. I have cramps in my legs every night. 53 years. "
     "thulanim.taxi@gmail.com",
     [("name", "Thulani"), ("licence_plate", "DZK 441 MP"), ("email", "thulanim.taxi@gmail.com")], []),

    ("Ngicela usizo. I'm Nompumelelo, 30, working at the Spar in Pietermaritzburg. I have a lump on the side of my head under the hair. "
     "ID no. 9403040767085. My cell 0604482731",
     [("name", "Nompumelelo"), ("id_number", "9403040767085"), ("phone", "0604482731")], ["the Spar in Pietermaritzburg"]),
]
