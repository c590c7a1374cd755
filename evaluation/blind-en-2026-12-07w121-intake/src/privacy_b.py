# Privacy items with identifiers, part B. Written by hand.

ITEMS = [
    ("hello. My father Hamid Rezaei is 74 and came to live with us in Saskatoon last year. He has prostate problems, up 5 times a night. His health card number is 412 889 305 (Sask). He is shy to talk to a doctor, can he take something from the pharmacy?",
     [("name", "Hamid Rezaei"), ("id_number", "412 889 305")], []),

    ("yeah so my buddy Dwayne and me were cutting firewood and he says his shoulder has been clicking ever since he pulled the cord on the old saw. no big deal he says. hes 44. I'm asking for him cuz he wont",
     [("name", "Dwayne")], []),

    ("My mother in law, Esperanza Villalobos (dob 03/22/1951), has been having bad heartburn every night and sleeps sitting up in the recliner. She lives with us at 3106 Farm to Market Rd 1788, Midland TX. Is this her stomach or something else",
     [("name", "Esperanza Villalobos"), ("date_of_birth", "03/22/1951"), ("address", "3106 Farm to Market Rd 1788, Midland TX")], []),

    ("I was at the Tuesday sale barn and a steer pinned me against the gate. bruised hip, can walk fine. Anyway the wife wants me to ask so here I am. Wayne Kowalchuk 204-638-1190",
     [("name", "Wayne Kowalchuk"), ("phone", "204-638-1190")], []),

    ("Can a doctor please look at my blog where I track my sugars, i post every reading, its sugarfarmgirl.blogspot.com/2024/readings. My A1c is 9.1 and I'm only 23, feeling like a failure",
     [("url", "sugarfarmgirl.blogspot.com/2024/readings")], []),

    ("hi im Kiona, 16, I work weekends at my uncle Ray's feedlot. I keep getting nosebleeds when its dry in the barn. like 3 a week. is that normal?",
     [("name", "Kiona"), ("name", "Ray")], []),

    ("Hutterite colony, my name Rebecca Hofer, I do the cooking for 90 people. My wrists are swollen and sore in the morning, both sides, stiff for an hour. The minister says rest but there is no rest. Box 1440 Wolf Creek Colony Stirling AB",
     [("name", "Rebecca Hofer"), ("address", "Box 1440 Wolf Creek Colony Stirling AB")], []),

    ("insurance member id W88214397-01, Aetna. I need to know if I should push for an MRI. Back pain for 6 weeks since I lifted a tire off the rim at the shop, goes down my right leg to the knee. I can pee fine and everything is normal down there.",
     [("id_number", "W88214397-01")], []),

    ("Hi there, Mei Ling Chow, 41. I run the kitchen at our family restaurant in Swift Current. I burned my forearm on the fryer three days ago, blister popped, looks clean. How do I look after it? You can email mlchow.kitchen@gmail.com",
     [("name", "Mei Ling Chow"), ("email", "mlchow.kitchen@gmail.com")], []),

    ("this is about my grandpa Walt, hes 88, and lately he thinks its 1970 and keeps trying to go feed cows we sold years ago. He lives with my aunt Becky",
     [("name", "Walt"), ("name", "Becky")], []),

    ("Jean-Guy Tremblay ici. Ma carte soleil TREJ 6504 0811. I ride snowmobile and my thumb is numb since a month when I use the throttle. Is it nerve?",
     [("name", "Jean-Guy Tremblay"), ("id_number", "TREJ 6504 0811")], []),

    ("plz answer by text 701 580 3396. I got stung by a bunch of yellowjackets last week mowing the ditch, had hives after, went away with benadryl. now should I carry an epipen? im going bowhunting in 2 weeks",
     [("phone", "701 580 3396")], []),

    ("My son Liam McAllister was born 9 June 2011, he is on the junior rodeo circuit, got thrown off a bronc in July and has had headaches on and off since. Had a CT that was normal. When can he ride again",
     [("name", "Liam McAllister"), ("date_of_birth", "9 June 2011")], []),

    ("Hello doctor, I am Rosalinda Dimaculangan, caregiver in Fort McMurray. My employer's father who I care for has bed sores on his tailbone getting bigger. What dressing? My WhatsApp is +63 917 845 2031",
     [("name", "Rosalinda Dimaculangan"), ("phone", "+63 917 845 2031")], []),

    ("Its me again Cheyenne, the one with the horse that stepped on my foot. xray said no break. still purple and swollen 10 days. Should it still look like this. my username on here was barrelracer_chey",
     [("name", "Cheyenne"), ("handle", "barrelracer_chey")], []),

    ("I'm an oil field hand, employee ID 44-09182, the company nurse at Cenovus told me to ask here because I've got wax-looking bumps on my hands from the crude, no pain. Is it something to worry about",
     [("id_number", "44-09182")], ["Cenovus"]),

    ("Seamus here, I'm the one who always refuses the flu shot lol. My wife Aoife says I have to get the shingles one. Im 61. Is it worth it",
     [("name", "Seamus"), ("name", "Aoife")], []),

    ("our address is 16 Range Road 23, Lac Ste Anne County T0E 1A0 and the ambulance couldnt find us last time my husband had his fall. How do I set up a medical alert thing for rural people",
     [("address", "16 Range Road 23, Lac Ste Anne County T0E 1A0")], []),

    ("From Bo Nguyen, 35, drywaller in Houston. Sanding dust every day and now I wheeze at night, no asthma before. Work phone 832-447-9012, my boss Hector lets me take calls",
     [("name", "Bo Nguyen"), ("phone", "832-447-9012"), ("name", "Hector")], []),

    ("I'm Marguerite, I run a small goat dairy. Last month I had fevers and joint pain coming and going for weeks and my vet friend said ask about brucellosis because we drink raw milk. My health card 3326 781 442 MG (NB)",
     [("name", "Marguerite"), ("id_number", "3326 781 442 MG")], []),

    ("husband is Kwame Mensah, 47, born 1977. he drives combine for the custom crew from Texas up to Sask every summer. he gets heartburn all the time eating truck stop food. Contact me at abena.mensah@icloud.com",
     [("name", "Kwame Mensah"), ("email", "abena.mensah@icloud.com")], []),

    ("hello i am posting for Orville who lives in the trailer next to me at 88 Hwy 17 W Lot 12, Wawa. He is 79, fell on ice Thursday, he says his wrist is fine but it is fat and blue. He has no phone.",
     [("name", "Orville"), ("address", "88 Hwy 17 W Lot 12, Wawa")], []),

    ("Texas plate JBX-4412, I got a ticket for sleeping at a rest area too long lol not medical. OK real question: my right hand goes numb when I'm driving, mostly the thumb and first two fingers. Is this carpal tunnel",
     [("licence_plate", "JBX-4412")], []),

    ("Theres a picture of my sons arm on my linkedin linkedin.com/in/oakes-welding-fab. He welded without gloves and has little burn pits all over. Hes 19, my boy Brandon",
     [("url", "linkedin.com/in/oakes-welding-fab"), ("name", "Brandon")], []),

    ("I'm Yusuf, 33, I drive for Amazon out of Regina. dog bit me on a delivery, small puncture on my calf, cleaned it, the owner says the dog is vaccinated. Do I need shots? My driver ID is RGA-77410",
     [("name", "Yusuf"), ("id_number", "RGA-77410")], []),

    ("My name is Lorna Blackbird and my daughter Tia-Lynn is 3 months old. She has a flat spot on the back of her head. Nurse at the health station said ask a doctor. We are at 4 Lakeview Rd, Norway House",
     [("name", "Lorna Blackbird"), ("name", "Tia-Lynn"), ("address", "4 Lakeview Rd, Norway House")], []),

    ("hey I'm Hank. Got sawdust in my eye 2 days ago, flushed it, still feels like somethings in there and its red. I can see fine. Number is (406) 253-7789",
     [("name", "Hank"), ("phone", "(406) 253-7789")], []),

    ("Sukhdeep Gill here, DOB 1988-05-30. Two years driving team with my cousin Harpreet. I've put on 40 pounds and my doctor in Brampton says pre diabetes. What can I eat on the road",
     [("name", "Sukhdeep Gill"), ("date_of_birth", "1988-05-30"), ("name", "Harpreet")], []),

    ("asking for my dad Clarence, he is 66 and still runs the grain elevator in Kindersley. he coughs every morning and says its just the dust. his email cdmorrow@sasktel.net",
     [("name", "Clarence"), ("email", "cdmorrow@sasktel.net")], []),

    ("Yo its Trey, IG is @trey.dirtbikes, I laid my bike down on gravel last weekend and have road rash on my whole left side. its oozing yellow stuff. is that infection or healing?",
     [("name", "Trey"), ("handle", "@trey.dirtbikes")], []),

    ("Hi, I'm Ingrid Solberg, 55. I keep bees and I've been stung hundreds of times no problem but this year my whole arm swells up to the elbow every sting. I'm a bit worried about next season.",
     [("name", "Ingrid Solberg")], []),

    ("My Manitoba health number is 118 442 907 and PHIN 903 118 442. Which one do they need when I book with a specialist? Also I've got a hernia I think, bulge in my groin when I lift bales",
     [("id_number", "118 442 907"), ("id_number", "903 118 442")], []),

    ("Shane & Kelsey Brooks, we live at 2291 County Rd 12, Bancroft ON K0L 1C0. Our son got into the wood stove ash and ate some. He is 2. seems totally normal. Do we need to do anything",
     [("name", "Shane"), ("name", "Kelsey Brooks"), ("address", "2291 County Rd 12, Bancroft ON K0L 1C0")], []),

    ("Im Wei, I drive logging truck on Vancouver Island. I'm 48. My left knee gives out when I climb down from the cab. Plate on my rig is PR 8842 T, company makes me report injuries so I'm asking first",
     [("name", "Wei"), ("licence_plate", "PR 8842 T")], []),

    ("For my wife Anneliese, she is 39, she castrates the bull calves with me every spring and cut her palm on the knife, healed but now a hard lump in the scar. claim # WCB 2209-44173 from when it happened",
     [("name", "Anneliese"), ("id_number", "WCB 2209-44173")], []),

    ("pretty sure I have pink eye, both eyes goopy. I work at the day care in Olds and the kids all had it. Name is Destiny Lachance. 587-220-4519",
     [("name", "Destiny Lachance"), ("phone", "587-220-4519")], ["the day care in Olds"]),

    ("My dad is Tadeusz but everyone calls him Teddy, 83. He shakes when he holds his coffee, only when he holds something not at rest. Lives at 5 Elm Street, Vegreville. should he see a nerve doctor",
     [("name", "Tadeusz"), ("name", "Teddy"), ("address", "5 Elm Street, Vegreville")], []),

    ("this is Juanita from the roofing crew, 27. working in 100 degree heat all week and I get bad leg cramps at night. Is it salt? email juanita.r.roofs@gmail.com",
     [("name", "Juanita"), ("email", "juanita.r.roofs@gmail.com")], []),

    ("Quick one, my kid's school (Kipling School) said he needs a physical for football. He is 14. Anything I should ask about? Im Marcus Bellegarde",
     [("name", "Marcus Bellegarde")], ["Kipling School"]),

    ("He goes by Sarge at the rig, Leonard Tallman is his real name. Anyway he is 59 and his ankles swell every day, he is on his feet 12 hrs. Can he wear compression socks at work",
     [("name", "Sarge"), ("name", "Leonard Tallman")], []),
]
