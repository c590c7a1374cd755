# Privacy items with identifiers, part C. Written by hand.

ITEMS = [
    ("Saskatchewan plate 512 KLM, thats my truck if anyone from the clinic needs to find me in the lot, I'll be sleeping in it lol. I'm coming in from Maple Creek for my scope on the 9th and they said no driving after. who drives me home??",
     [("licence_plate", "512 KLM")], []),

    ("DOB: November 2, 1966. Name: Earl Jessup. Occupation: retired coal miner, Harlan County. Problem: short of wind going up the porch steps for about 2 years now, slowly worse. Black lung? Got my papers from the mine.",
     [("date_of_birth", "November 2, 1966"), ("name", "Earl Jessup")], []),

    ("Hi im Shayla, my gofundme for my dad after his tractor accident is gofundme.com/f/help-ron-nakamura-walk-again, he is home now doing rehab. the physio wants him in a walker but he keeps using a pitchfork as a cane. how do I get him to listen",
     [("name", "Shayla"), ("url", "gofundme.com/f/help-ron-nakamura-walk-again")], []),

    ("Ontario plate CBXK 391. Someone hit my truck in the Tim Hortons lot and now my neck is stiff, turning my head left hurts. Its been 4 days. Do I need an xray for insurance?",
     [("licence_plate", "CBXK 391")], []),

    ("ok so Grandpa (Emil Lindqvist, born 30 August 1940) is 84 and wants to keep his drivers licence. Doctor in Wetaskiwin wants him to do a memory test. he is sharp as a tack but deaf as a post. Can they fail him for hearing",
     [("name", "Emil Lindqvist"), ("date_of_birth", "30 August 1940")], []),

    ("I post my cattle stuff on twitter as @ranchwife_mt and a lady messaged me saying my rash looks like ringworm from the calves. It's round, scaly, itchy, on my neck. Does that need a prescription",
     [("handle", "@ranchwife_mt")], []),

    ("hi i'm Kateri, 31, from Kahnawake. I do ironwork on high steel in Toronto. I've been getting dizzy when I look down lately which never happened before. No ear pain. My cell is 450-632-7781",
     [("name", "Kateri"), ("phone", "450-632-7781")], []),

    ("My husband Dieter's Alberta plate is BVN-2057 and he left it running in the shop with the door shut to warm it, I found him with a bad headache and he was sick to his stomach. He's fine now after fresh air, the ER checked his levels yesterday. How long do headaches last after",
     [("name", "Dieter"), ("licence_plate", "BVN-2057")], []),

    ("ya im Colt Briggs, rodeo and day work. broke my collarbone in Cheyenne in july. my profile on the PRCA site prorodeo.com/athletes/colt-briggs says it but anyway, its still clicking. when can I rope again",
     [("name", "Colt Briggs"), ("url", "prorodeo.com/athletes/colt-briggs")], []),

    ("I am Fatima Al-Sayed. I work in the greenhouse in Leamington, tomatoes. My hands are always red and peeling. My supervisor Jorge gave me lotion it doesn't help. phone 519 326 0044",
     [("name", "Fatima Al-Sayed"), ("name", "Jorge"), ("phone", "519 326 0044")], []),

    ("Hey, it's Brody. Snapchat is brody_bucks22. I'm 15 and got a knee brace from the ortho after football, but my mom wants me to go hunting with it. Is that ok",
     [("name", "Brody"), ("handle", "brody_bucks22")], []),

    ("Husband: Arnold Schellenberg, DOB 14.03.1955, farms 2000 acres near Winkler. Lately he's tired all the time, peeing a lot and drinking water like a horse. He says its the heat. Health # 121 554 809.",
     [("name", "Arnold Schellenberg"), ("date_of_birth", "14.03.1955"), ("id_number", "121 554 809")], []),

    ("My daughter Paisley is 4. She has a cough that sounds like a seal barking, only at night, fine in the day and playing. No fever. We're at 1107 Willow Ave, Estevan",
     [("name", "Paisley"), ("address", "1107 Willow Ave, Estevan")], []),

    ("work email is r.delacruz@keystonepipeline.com please reply there. I'm Roberto Dela Cruz, pipefitter. I have a tender bump on my wrist that comes and goes. Ganglion?",
     [("email", "r.delacruz@keystonepipeline.com"), ("name", "Roberto Dela Cruz")], []),

    ("writing for my brother Jimmy Sixkiller, he's 37. He lives at 402 N Cherokee Ave, Tahlequah OK. He drinks a lot and now his skin and eyes are kind of yellow. He won't go to IHS",
     [("name", "Jimmy Sixkiller"), ("address", "402 N Cherokee Ave, Tahlequah OK")], []),

    ("Student ID 200418873, U of S ag college. I'm 20, did a summer on a hog barn and now I have a cough that won't go away 6 weeks later. Im Haruto Sato",
     [("id_number", "200418873"), ("name", "Haruto Sato")], []),

    ("Im the wife of Bud Hargrove, hes 71, and he fell off the hay wagon last week, says only his pride is hurt. But he's been more forgetful since and slept a lot. Our email is budnmaxine@centurylink.net",
     [("name", "Bud Hargrove"), ("email", "budnmaxine@centurylink.net")], []),

    ("born on 1 January 1980, thats the real date not a placeholder lol, name Abdi Warsame, I drive truck out of Lethbridge. I'm getting hemorrhoids bad from sitting, bleeding a bit on the paper. how to fix on the road",
     [("date_of_birth", "1 January 1980"), ("name", "Abdi Warsame")], []),

    ("sorry my english, my name Dolores and my husband is Efraín, he work in dairy in Idaho. The cow kick him in the belly 3 weeks ago, now he have a bulge when he cough. Our number 208-734-5521",
     [("name", "Dolores"), ("name", "Efraín"), ("phone", "208-734-5521")], []),

    ("Hi, I'm a nurse at Grande Cache clinic, asking as a patient though. Cassandra Pruitt, 45. I've got hot flashes and no sleep for 6 months. What are my options besides hormones",
     [("name", "Cassandra Pruitt")], ["Grande Cache clinic"]),

    ("my little one Zainab is 7 and has eczema on her elbows and behind knees, worse in winter on the farm. we use Vaseline. Our address 3 Prairie Rose Dr, Neepawa MB R0J 1H0",
     [("name", "Zainab"), ("address", "3 Prairie Rose Dr, Neepawa MB R0J 1H0")], []),

    ("Hi I am Dmitri Volkov, 50, long haul. Insurance card says member no. 7781-220-9934, group 44012. Do they cover a sleep apnea machine",
     [("name", "Dmitri Volkov"), ("id_number", "7781-220-9934"), ("id_number", "44012")], []),

    ("Hey its Nate, dad is Nathaniel Running Bear. He got hit in the eye with a barbed wire end that snapped back, the hospital in Rapid City looked at it and stitched the eyelid. His vision is back to normal. How long before he can work cattle",
     [("name", "Nate"), ("name", "Nathaniel Running Bear")], []),

    ("Saskatchewan Health card 840 221 573, I'm Louise Fontaine, 58, and I need to know if the pain in my heel in the morning is plantar fasciitis. I walk the barn floor all day",
     [("id_number", "840 221 573"), ("name", "Louise Fontaine")], []),

    ("Im posting for Joe, thats what everybody at the auction mart calls him. His real name is Jozef Hrabchuk. He's 90 and still sorts cattle. He has a sore on his shin that won't heal 2 months",
     [("name", "Joe"), ("name", "Jozef Hrabchuk")], []),

    ("Please reply to my daughter Amara Obi, amara.obi88@gmail.com, she translates for me. I am 62. My right knee is swollen after I kneel to plant in the garden.",
     [("name", "Amara Obi"), ("email", "amara.obi88@gmail.com")], []),

    ("Our place is at 59112 Range Road 151, Yellowhead County. My son Logan is 12 and he keeps getting headaches after school, we think he needs glasses. Optometrist is in Edson, is it worth the drive",
     [("address", "59112 Range Road 151, Yellowhead County"), ("name", "Logan")], []),

    ("I'm Priya, 34, vet tech at the Countryside Animal Clinic in Taber. Got scratched by a barn cat two weeks ago and the lymph node in my armpit is swollen. Cat scratch?",
     [("name", "Priya")], ["Countryside Animal Clinic"]),

    ("Im Curtis, CDL driver. My DOT medical card number is MC-3390218. I got diagnosed with A-fib last month and on a blood thinner, can I still drive",
     [("name", "Curtis"), ("id_number", "MC-3390218")], []),

    ("youtube channel youtube.com/@DirtRoadDiaries_Kel shows my chainsaw cut from spring, it healed but I get shooting pain in the scar when I touch it. Kelly, 36",
     [("url", "youtube.com/@DirtRoadDiaries_Kel"), ("name", "Kelly")], []),

    ("ma fille Émilie, 10 ans, se plaint de mal au ventre every morning before school. Only school days. I'm wondering if it's anxiety. On peut me rejoindre au 819-762-4408",
     [("name", "Émilie"), ("phone", "819-762-4408")], []),

    ("Im Travis Oyelaran, linesman for SaskPower, age 42. Got a shock off a line 2 months ago, treated at Royal University Hospital and released. Now the skin on my palm where it went in is still tight",
     [("name", "Travis Oyelaran")], ["SaskPower"]),

    ("my husband Ryo, 38, drinks 6 monsters a day driving truck, gets heart flutters. his birthday is 25 Dec 1985 if you need it for the file",
     [("name", "Ryo"), ("date_of_birth", "25 Dec 1985")], []),

    ("My Mom Bernadette Sauvé, Bernie to her friends, 77, lives alone at RR 2 Site 11 Comp 4, Tofield. She is getting confused about her pills. Any tips for a blister pack from the pharmacy?",
     [("name", "Bernadette Sauvé"), ("name", "Bernie"), ("address", "RR 2 Site 11 Comp 4, Tofield")], []),

    ("Hi it's Sunita Rao, 44, accountant in Calgary but I help on my in-laws' farm on weekends. I got bitten by a tick yesterday near Sundre, took it off myself, head came out. Should I save it?",
     [("name", "Sunita Rao")], []),

    ("Hey doc, Tyrell here. My boy Malik is 11 and got a bad sunburn at the lake, blisters on his shoulders. He's mad at me lol. What do I put on it. 313-555-2741 is my cell",
     [("name", "Tyrell"), ("name", "Malik"), ("phone", "313-555-2741")], []),

    ("Name Gerhard Friesen, Health number 9 433 102 867 (BC). Ag pilot, spraying. I had a metallic taste and tiny pupils once after a tank leak, went to the ER and they gave me the antidote. I'm fine now, can I fly again?",
     [("name", "Gerhard Friesen"), ("id_number", "9 433 102 867")], []),
]
