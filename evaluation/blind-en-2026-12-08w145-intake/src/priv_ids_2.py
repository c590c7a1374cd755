# Privacy items with identifiers, part 2 (written by hand, writer 145)

ITEMS = [
    ("My son was nearly hit by a pickup truck on his bike outside school, plate 7KDM218 (California). He swerved and fell and his knee is scraped to the bone almost. Cleaned it. Does he need stitches or just steri strips? He's 11.",
     [("licence_plate", "7KDM218")], []),

    ("Hey doc, I'm Shawna, 41. My ex keeps showing up at my kids' school and I can't sleep, I'm having panic attacks almost daily. He drives a grey Silverado, plate BKT 4471. The school has his picture. How do I get help for the anxiety?",
     [("name", "Shawna"), ("licence_plate", "BKT 4471")], []),

    ("I run a blog for parents of kids with type 1 diabetes: https://t1d-hockey-parents-fake.blogspot.com. My son Nolan (13) keeps going low during the third period of his games. Should he eat something at intermission?",
     [("url", "https://t1d-hockey-parents-fake.blogspot.com"), ("name", "Nolan")], []),

    ("hi, our daycare provider Miss Rosie says my 3 year old Leo bit another kid and the other kid's mom is worried about hepatitis. Leo is fully vaccinated. Should we do anything? my number 778-555-0122",
     [("name", "Rosie"), ("name", "Leo"), ("phone", "778-555-0122")], []),

    ("My daughter is on the Lakeshore Stars competitive cheer team and she hurt her back doing a back walkover. She's 12. Coach Brittany says it's a pulled muscle. Pain for 3 weeks now. Her Insta is @lexi.cheers.fake so you can see what moves she does.",
     [("name", "Brittany"), ("handle", "@lexi.cheers.fake")], []),

    ("Hi, I am Mrs. Adaeze Nwosu, 52, living in Houston. My BP has been 150/95 for weeks despite amlodipine. My insurance member number is UHC 9048 1173 22. Should I ask my doctor, Dr. Patel, to change medicine?",
     [("name", "Adaeze Nwosu"), ("id_number", "UHC 9048 1173 22"), ("name", "Patel")], []),

    ("Teen son (17) passed out at a party Saturday, friends say he only had 3 beers. He's fine now. His friend Tyson drove him home in his car, plate ABXK 902 — I'm not sure Tyson was sober either. Should my son be checked for something heart related?",
     [("name", "Tyson"), ("licence_plate", "ABXK 902")], []),

    ("i'm so tired of my daughter's braces breaking. 4th bracket this month. orthodontist dr chen keeps charging us. she's 13. is there a way to stop it? also who do i complain to. my email tired.mom.fake@example.com",
     [("name", "chen"), ("email", "tired.mom.fake@example.com")], []),

    ("Hi, I'm writing from Melbourne. My son Jack, 9, has had a limp for a week with no injury. Our GP Dr. Fiona McKenzie ordered an X-ray. His Medicare card number is 2123 45670 1. Should I be worried about Perthes?",
     [("name", "Jack"), ("name", "Fiona McKenzie"), ("id_number", "2123 45670 1")], []),

    ("My son's school sent home a note about whooping cough in his class (Mrs. Harding's grade 2). He's had a cough for 5 days. He's 7. We're at 56 Beech Street, Halifax. Our doctor is Dr. Singh.",
     [("name", "Harding"), ("address", "56 Beech Street, Halifax"), ("name", "Singh")], []),

    ("I'm a 16 year old girl and I think I might be pregnant. I can't tell my parents. I go to Westlake Collegiate. Please reply to my school email only: j.moreno.fake@students.example.ca",
     [("email", "j.moreno.fake@students.example.ca")], ["Westlake Collegiate"]),

    ("Could someone look at my son's rash? I uploaded photos here: https://photos.example.com/share/owen-rash-fake-88 . He's 5, it started on his belly after a cold and now it's on his legs, small purple dots that don't fade when I press a glass on them. He's playing normally.",
     [("url", "https://photos.example.com/share/owen-rash-fake-88")], []),

    ("My 12yo Gabriel has bad anxiety about school, he vomits most mornings. His therapist is Ms. Joanne Fraser at Bright Path Counselling. We're wondering about medication. I'm Lucia, 289-555-0171.",
     [("name", "Gabriel"), ("name", "Joanne Fraser"), ("name", "Lucia"), ("phone", "289-555-0171")], ["Bright Path Counselling"]),

    ("Hiya, I'm Claire from Leeds. My lad Alfie (14) has Osgood-Schlatter, knees killing him after football. His NHS number 485 777 3456. Physio or rest? Text me 07700 900481.",
     [("name", "Claire"), ("name", "Alfie"), ("id_number", "485 777 3456"), ("phone", "07700 900481")], []),

    ("Our son Connor got a concussion at the Hamilton tournament. The team physio, Raj, sent us the return-to-play plan but Connor's headaches come back every time he does step 3. Should we go back to step 2? His birthday is 21/07/2010.",
     [("name", "Connor"), ("name", "Raj"), ("date_of_birth", "21/07/2010")], []),

    ("My daughter's tiktok (@sienna.eats.fake) is all about 'what I eat in a day' and she's lost 15 pounds in two months. She's 14, 5'3\" and 92 lbs now. Her dance teacher, Miss Carla, noticed too. Where do we start?",
     [("handle", "@sienna.eats.fake"), ("name", "Carla")], []),

    ("Mom of 3 here, I'm 35. I've had a lump in my left breast for a few weeks, I'm still breastfeeding my youngest (Ivy, 10 months). Is it probably a blocked duct? My name is Rachel Goldberg, phone 718-555-0158.",
     [("name", "Ivy"), ("name", "Rachel Goldberg"), ("phone", "718-555-0158")], []),

    ("Hello, I'm the school nurse at Eastbrook Middle. Student Jaden Cruz (DOB 05/19/2011) came in with a swollen lip after lunch. His plan says mild peanut allergy, antihistamine first. He's breathing fine and talking normally. His mom Rosa is on her way. Anything else to watch?",
     [("name", "Jaden Cruz"), ("date_of_birth", "05/19/2011"), ("name", "Rosa")], ["Eastbrook Middle"]),

    ("my boyfriend's kid (he's 10, name's Elijah) stays with us weekends and he always complains his pee burns. his mom says it's nothing. we live at 3318 W Cortland St, Chicago if u have a clinic near. i'm Destiny",
     [("name", "Elijah"), ("address", "3318 W Cortland St, Chicago"), ("name", "Destiny")], []),

    ("Dr. Abernathy referred my daughter Nora to a pediatric rheumatologist for joint pain but the wait is 9 months. Nora is 8, her knees swell in the morning. Insurance policy #: SLF-2207-5561. Is there anything we can do meanwhile?",
     [("name", "Abernathy"), ("name", "Nora"), ("id_number", "SLF-2207-5561")], []),

    ("I'm 27, male, just found out I'm going to be a dad. Girlfriend is 8 weeks. She has really bad morning sickness, can't keep water down for 2 days. Her name's Jasmine. What should she take? We're both from Winnipeg, she's at 85 Cathedral Ave.",
     [("name", "Jasmine"), ("address", "85 Cathedral Ave")], []),

    ("Hi, my son Kwame (7) has sickle cell and is going to camp for the first time, Camp Wanakita. The camp nurse is Bethany Ross, email bethany.ross.fake@example.org. What should she know about pain crises and hydration?",
     [("name", "Kwame"), ("name", "Bethany Ross"), ("email", "bethany.ross.fake@example.org")], []),

    ("Can my son play rugby with a heart murmur? His cardiologist Dr. Whitaker said it was 'innocent' when he was 6. He's 15 now, name is Hamish Douglas, born 2 March 2009.",
     [("name", "Whitaker"), ("name", "Hamish Douglas"), ("date_of_birth", "2 March 2009")], []),

    ("My daughter was at a sleepover at her friend Ruby's house (14 Willowdale Court, Oakville) and ate cookies with walnuts. She's allergic. She had hives, they gave Benadryl, hives gone now 3 hrs later. Do I still need to take her in?",
     [("name", "Ruby"), ("address", "14 Willowdale Court, Oakville")], []),

    ("i am 15 and i think my friend Kai is being abused at home. he has bruises and says he falls a lot. i dont know who to tell. our school counselor is mr delgado but kai begged me not to",
     [("name", "Kai"), ("name", "kai"), ("name", "delgado")], []),

    ("Father here. My son Mason, 10, was prescribed Strattera by Dr. Nowak. He's getting stomach aches and seems sad. Is it the med? Please reply by email, mason.dad.fake@example.com, I'm at work at Fairview Auto Body all day.",
     [("name", "Mason"), ("name", "Nowak"), ("email", "mason.dad.fake@example.com")], ["Fairview Auto Body"]),

    ("Posting for my brother-in-law Javier, 48. He's had blood in his stool twice this month. He won't go to the doctor. If I bring him, can he use my membership? My Kaiser MRN is 000-88-21345.",
     [("name", "Javier"), ("id_number", "000-88-21345")], []),

    ("Dear Dr, my daughter Amara, age 16, wants to donate blood at her school drive but she's only 110 lbs. She goes to Northgate High. Also she's been tired a lot. My WhatsApp is +1 647 555 0109.",
     [("name", "Amara"), ("phone", "+1 647 555 0109")], ["Northgate High"]),

    ("Hi I'm a camp counsellor, one of our campers, Ollie (age 9), stepped on a rusty nail at the lake. His parents (the Hendersons) said he's up to date on shots. Do we need to take him in? Camp phone is 705-555-0190.",
     [("name", "Ollie"), ("name", "Hendersons"), ("phone", "705-555-0190")], []),

    ("my son dylan has a youtube channel youtube.com/@dylan_plays_fake and he's on screens like 8 hours a day. he's 12 and getting headaches and his eyes twitch. could it be the screens or should we see an eye doctor",
     [("name", "dylan"), ("url", "youtube.com/@dylan_plays_fake")], []),

    ("Hi, I'm Meera, my husband Vikram and I are visiting our son in Vancouver. Vikram, 67, has had swelling in one ankle since the flight. We're staying at 1205 Nelson St, Apt 1903. Should he get it checked?",
     [("name", "Meera"), ("name", "Vikram"), ("address", "1205 Nelson St, Apt 1903")], []),

    ("My 17 year old son got his G2 and drove into a pole (car plate CJLW 307, the insurance guy wants it for some reason). Airbag went off and now he has a burn mark on his forearm and wrist pain. It was 2 days ago. X-ray needed?",
     [("licence_plate", "CJLW 307")], []),

    ("Our son Dominic's bedwetting at 9 is affecting his sleepovers. His pediatrician Dr. Chiu suggested DDAVP. Any side effects? You can find me on twitter @dom_mom_fake if easier.",
     [("name", "Dominic"), ("name", "Chiu"), ("handle", "@dom_mom_fake")], []),

    ("Hello from Dublin. I'm Siobhan, 33. I've had pins and needles in both hands at night since my pregnancy with my little one, Cian. Is it carpal tunnel? My PPS number is 1234567TA.",
     [("name", "Siobhan"), ("name", "Cian"), ("id_number", "1234567TA")], []),

    ("My son Hunter (8) at Cedar Hills Elementary has had 3 strep infections since September. Dr. Park mentioned taking his tonsils out. Our claim number with the insurer is CLM-00471182. What's the recovery like?",
     [("name", "Hunter"), ("name", "Park"), ("id_number", "CLM-00471182")], ["Cedar Hills Elementary"]),

    ("my daughter bella is 15 and she has a pic on her vsco (vsco.co/bella.xo-fake) where you can see her arms are all scratched up. she says it's from the cat. we don't have a cat. she's at school right now. i need help knowing what to say",
     [("name", "bella"), ("url", "vsco.co/bella.xo-fake")], []),

    ("Hi! My daughter's name is Mackenzie Lavoie and she's 11. She's getting underarm hair and body odor, is that early? Her older sister Brooke didn't start until 13. Call anytime 902-555-0125.",
     [("name", "Mackenzie Lavoie"), ("name", "Brooke"), ("phone", "902-555-0125")], []),

    ("I'm a high school football coach (Coach Tom Briggs, Eastside Eagles). A player's mom wants her son checked for sickle cell trait before conditioning camp. Is that standard? Player is Darnell, 16. Parent email darnell.mom.fake@example.net.",
     [("name", "Tom Briggs"), ("name", "Darnell"), ("email", "darnell.mom.fake@example.net")], []),

    ("I work nights at the Costco in Coquitlam and my daughter Ingrid (6) has had diarrhea for 4 days, no blood, drinking ok. Our MSP is 9012 345 678. Can she go back to her before-school program?",
     [("name", "Ingrid"), ("id_number", "9012 345 678")], ["Costco in Coquitlam"]),

    ("Hey, i'm tanner, 18, play junior A. Got my 4th concussion this season. team doc (dr. mcallister) says I'm cleared but I still get headaches. my insta @tanner_no17_fake has the hit if u want to see. should i quit?",
     [("name", "tanner"), ("name", "mcallister"), ("handle", "@tanner_no17_fake")], []),

    ("My mother-in-law, Mrs. Beatrice Ogunleye (DOB 11/11/1946), has been confused for two days, more than usual. She lives with us at 77 Kingfisher Drive, Brampton. She's on warfarin. Is this urgent or can it wait until Monday?",
     [("name", "Beatrice Ogunleye"), ("date_of_birth", "11/11/1946"), ("address", "77 Kingfisher Drive, Brampton")], []),

    ("My son Felix is 4 and still not talking much. Daycare (Bumblebee Early Learning) thinks he might be autistic. His pediatrician is Dr. Ahmadi. How long is the wait for assessment usually? I'm Heather.",
     [("name", "Felix"), ("name", "Ahmadi"), ("name", "Heather")], ["Bumblebee Early Learning"]),

    ("i think my son got food poisoning from the hot dogs at the Riverdale Ravens game. he's 14, puking since midnight but keeping sips of gatorade down now. his buddy Ethan's mom said same thing happened to Ethan. we're at 209 Queen St E.",
     [("name", "Ethan"), ("address", "209 Queen St E")], []),

    ("My 19-year-old daughter Priya is away at McGill and says she has a UTI. She's not sure how to see a doctor in Montreal. Her Ontario card is 7788-990-011-JK. Can she use it in Quebec?",
     [("name", "Priya"), ("id_number", "7788-990-011-JK")], []),

    ("Hi, I'm Nathaniel. My kids' swim coach, Coach Irina, says my daughter Mila might have swimmer's shoulder. She's 13, swims 6 days a week for the Markham Aquatic Club. I put her training log at drive.example.com/mila-swim-log-fake.",
     [("name", "Nathaniel"), ("name", "Irina"), ("name", "Mila"), ("url", "drive.example.com/mila-swim-log-fake")], []),
]
