# Privacy items with identifiers, part 2 (hand-written, writer 134).
ITEMS = [
    (
        "Will the flu shot interfere with my son's ADHD medication? My son Will is 11 and takes Focalin in the "
        "morning.",
        [("name", "Will", 2)],
        [],
    ),
    (
        "I'm asking about my granddaughter Hope. I hope this is the right place. She's 3 and has had diarrhea for "
        "four days but is still drinking and peeing.",
        [("name", "Hope")],
        [],
    ),
    (
        "My husband goes by Butch but his legal name is Lawrence Pruitt. He's 72 and his ankles have been swelling "
        "up by evening. He's on amlodipine. Could that be the cause?",
        [("name", "Butch"), ("name", "Lawrence Pruitt")],
        [],
    ),
    (
        "hi my name is keisha and i been having bad cramps with my period every month since i stopped the pill. "
        "my friend monique said i should get checked for endometriosis. im 26",
        [("name", "keisha"), ("name", "monique")],
        [],
    ),
    (
        "Hello, I'm helping my father Arturo Delgado with his portal. His email is arturo.delgado52@example.com and "
        "his cell is (915) 555-0171. He lives alone at 310 Cactus Flower Dr, El Paso, TX 79912. He needs his "
        "diabetes supplies reordered.",
        [("name", "Arturo Delgado"), ("email", "arturo.delgado52@example.com"), ("phone", "(915) 555-0171"),
         ("address", "310 Cactus Flower Dr, El Paso, TX 79912")],
        [],
    ),
    (
        "My wife Peggy got a call from someone saying they were from your billing office and asked for her Social "
        "Security number. She gave them 918-20-3344 before I stopped her. Was that really you?",
        [("name", "Peggy"), ("id_number", "918-20-3344")],
        [],
    ),
    (
        "I'm 41 and work as a line cook at Rosie's Diner on Main. I burned my forearm on the fryer two days ago, it "
        "blistered and now one blister popped. My name is Luis Carrillo. How should I take care of it?",
        [("name", "Luis Carrillo")],
        ["Rosie's Diner"],
    ),
    (
        "Our little one, Penelope (we call her Nell), is 9 months and still has no teeth. Is that normal? "
        "Her pediatrician Dr. Lindgren didn't seem concerned but my mother-in-law is.",
        [("name", "Penelope"), ("name", "Nell"), ("name", "Lindgren")],
        [],
    ),
    (
        "My college roommate Kendra got diagnosed with mono and we share a bathroom and cups. I'm a student at "
        "Eastern Michigan, student ID E01938475. Should I get tested? I feel okay.",
        [("name", "Kendra"), ("id_number", "E01938475")],
        ["Eastern Michigan"],
    ),
    (
        "Hello, I'm following up on the referral for my father's cardiology consult. Patient: Thomas Aquino, "
        "MRN 88-104-557, DOB 6/19/1944. The cardiology office says they never received it.",
        [("name", "Thomas Aquino"), ("id_number", "88-104-557"), ("date_of_birth", "6/19/1944")],
        [],
    ),
    (
        "I've been posting about my weight loss on YouTube, youtube.com/@slimmingwithsherri, and some viewers are "
        "asking if I'm on Ozempic. I'm not, I'm just counting calories. But I have been dizzy lately when I stand up. "
        "Could I be eating too little?",
        [("url", "youtube.com/@slimmingwithsherri")],
        [],
    ),
    (
        "Hi, I'm Nadia. My son's best friend Oliver was at our house Saturday and today his mom texted that Oliver "
        "has strep. My son now has a sore throat. Can he be tested without an appointment?",
        [("name", "Nadia"), ("name", "Oliver")],
        [],
    ),
    (
        "I think someone hit my parked car outside the clinic during my appointment yesterday. The security guard "
        "wrote down the plate, 5RXM 902. I hurt my back a little lifting the bumper piece. Is ibuprofen fine?",
        [("licence_plate", "5RXM 902")],
        [],
    ),
    (
        "Dear Dr. Whitaker, thank you for seeing my mother Evelyn last week. She's been sleeping much better on the "
        "lower dose of trazodone. Should she continue it long term? - Susan Marsh",
        [("name", "Whitaker"), ("name", "Evelyn"), ("name", "Susan Marsh")],
        [],
    ),
    (
        "My teenage daughter has been posting about cutting on her Tumblr and her account is @sadgirl.autumnleaves. "
        "She doesn't know I found it. I want to get her help but I don't know how to bring it up. She's 15.",
        [("handle", "@sadgirl.autumnleaves")],
        [],
    ),
    (
        "Can I bring my service dog to my MRI appointment? My name is Corey Blackwood, DOB 12/02/1979, and the "
        "appointment is Thursday at 2 pm.",
        [("name", "Corey Blackwood"), ("date_of_birth", "12/02/1979")],
        [],
    ),
    (
        "My mom lives at Sunrise Village, 5500 Garden Terrace Blvd, Unit 212, Sarasota, FL 34232, and the staff "
        "there say she's been refusing her blood thinner. Her name is Marjorie Fenwick. Can her doctor call the "
        "nursing desk?",
        [("address", "5500 Garden Terrace Blvd, Unit 212, Sarasota, FL 34232"), ("name", "Marjorie Fenwick")],
        ["Sunrise Village"],
    ),
    (
        "Hi, my insurance changed from Humana to Blue Cross Blue Shield of Texas. New member ID is ZGH400731226. "
        "Please update it before my appointment on the 12th. Thanks, Darnell",
        [("id_number", "ZGH400731226"), ("name", "Darnell")],
        [],
    ),
    (
        "I'm the daughter of a patient, Mrs. Irene Kowal. She's 88, has dementia, and the nursing home called to say "
        "she has a UTI again. This is the third one since June. Is there anything to prevent them? You can reach "
        "me, Diane, at diane.kowal.home@example.org.",
        [("name", "Irene Kowal"), ("name", "Diane"), ("email", "diane.kowal.home@example.org")],
        [],
    ),
    (
        "My buddy Chris and I were splitting firewood and a chip hit his eye. He says it's scratchy and watering "
        "but he can see fine. We're at his cabin, the one at 77 Loon Lake Trail, Ely, MN 55731. Closest clinic is "
        "40 minutes away. Can it wait till tomorrow?",
        [("name", "Chris"), ("address", "77 Loon Lake Trail, Ely, MN 55731")],
        [],
    ),
    (
        "Mark my words, I'm not getting another colonoscopy prep like last time. My gastroenterologist Dr. Mark "
        "Feldman said there are pills now instead of the jug. Is that true? I'm 63.",
        [("name", "Mark Feldman")],
        [],
    ),
    (
        "My sister-in-law Bernadette keeps telling me my son has autism because he doesn't point yet. He's 14 "
        "months. His daycare, Little Acorns on 5th Street, hasn't mentioned anything. Should I be worried?",
        [("name", "Bernadette")],
        ["Little Acorns"],
    ),
    (
        "Hi, I'm Jolene Hardy. I'm a UPS driver and my supervisor needs a work restriction note for my back. "
        "My employee number is 6620418. Please send it to my email jhardy.ups@example.com. DOB 9/27/1985.",
        [("name", "Jolene Hardy"), ("id_number", "6620418"), ("email", "jhardy.ups@example.com"),
         ("date_of_birth", "9/27/1985")],
        ["UPS"],
    ),
    (
        "Hello, my father-in-law Vern drove himself home after his procedure even though they told him not to. "
        "A neighbor saw him swerving and got the plate, it's his truck, NDK-6630. He's home now and seems fine. "
        "Should we be worried about the sedation?",
        [("name", "Vern"), ("licence_plate", "NDK-6630")],
        [],
    ),
    (
        "Hi doctor, I'm 38 and my husband and I have been trying to conceive for 14 months. My name is Aisha "
        "Rahman and my husband is Farid. Do we both need to be tested? My cycles are regular.",
        [("name", "Aisha Rahman"), ("name", "Farid")],
        [],
    ),
    (
        "My son posted a video of himself doing the 'blackout challenge' on his account @zaynthegamer09. He says "
        "he didn't pass out but I'm terrified. He's 12. What should I say to him?",
        [("handle", "@zaynthegamer09")],
        [],
    ),
    (
        "Please send my records to my new primary care doctor, Dr. Imani Brooks at Cedar Hollow Family Practice. "
        "My patient number with you is 000412987 and my DOB is 05/05/1975. Name: Gregory Haines.",
        [("name", "Imani Brooks"), ("id_number", "000412987"), ("date_of_birth", "05/05/1975"),
         ("name", "Gregory Haines")],
        ["Cedar Hollow Family Practice"],
    ),
    (
        "I have a question about my twins, Ava and Ella. They're 7 and both have head lice again. I've used the "
        "over the counter stuff twice. Is there something stronger?",
        [("name", "Ava"), ("name", "Ella")],
        [],
    ),
    (
        "my girlfriend jas thinks I have sleep apnea. I'm 33, 240 lbs, and I fall asleep at red lights sometimes. "
        "my number is 414-555-0193 if someone can set up a test",
        [("name", "jas"), ("phone", "414-555-0193")],
        [],
    ),
    (
        "Hi, I wrote a blog post about my Hashimoto's journey at www.thyroidtalkswithtina.example.com/my-story and "
        "wanted to make sure what I said about selenium is accurate. Could a doctor take a look?",
        [("url", "www.thyroidtalkswithtina.example.com/my-story")],
        [],
    ),
    (
        "I'm writing about my husband, Reginald \"Reggie\" Coleman, 66. His Medicare Advantage plan is through "
        "Humana, member ID H55120984. He's been coughing for six weeks and he smoked for 40 years.",
        [("name", "Reginald"), ("name", "Reggie"), ("name", "Coleman"), ("id_number", "H55120984")],
        [],
    ),
    (
        "Hello! I'm a 29 year old graduate student at Ohio State and my passport number is 584319207. I'm going to "
        "Kenya in August for research. Which vaccines do I need and can you fill out the travel form? "
        "- Hannah Iverson",
        [("id_number", "584319207"), ("name", "Hannah Iverson")],
        ["Ohio State"],
    ),
    (
        "My dad's nickname is Smokey, which is ironic because he finally quit. He's 69. He wants to know if he "
        "qualifies for the lung cancer screening CT. His real name is Dale Whitfield.",
        [("name", "Smokey"), ("name", "Dale Whitfield")],
        [],
    ),
    (
        "Hi, I got a letter from your office addressed to someone else, a Miss Tanya Ruiz at 1209 Harbor View Rd, "
        "Norfolk, VA 23503. I don't know her. I just wanted to let you know so you can fix it.",
        [("name", "Tanya Ruiz"), ("address", "1209 Harbor View Rd, Norfolk, VA 23503")],
        [],
    ),
    (
        "I'm a home health aide with BrightPath Home Care and I take care of Mr. Albert Nguyen on weekdays. His "
        "sugar was 62 this morning and he was shaky. I gave him juice and now it's 110. Should his glipizide be "
        "changed? I'm Yolanda, my work phone is 210-555-0138.",
        [("name", "Albert Nguyen"), ("name", "Yolanda"), ("phone", "210-555-0138")],
        ["BrightPath Home Care"],
    ),
    (
        "My wife Kathleen and I both had COVID in January. She still can't taste anything. Her DOB is "
        "10/31/1967 and her Aetna member ID is W903355182. Is there a smell training program you recommend?",
        [("name", "Kathleen"), ("date_of_birth", "10/31/1967"), ("id_number", "W903355182")],
        [],
    ),
    (
        "The pharmacist at CVS, a nice guy named Raj, told me not to take my ciprofloxacin with my calcium "
        "supplement. How far apart do I need to space them?",
        [("name", "Raj")],
        [],
    ),
    (
        "Hi, this is Ginny from the front desk at Hollis Dental. We have a shared patient, Mr. Curtis Yoder, who is "
        "on Plavix and needs an extraction. Can his cardiologist let us know if he can hold it? Our fax is "
        "(717) 555-0160.",
        [("name", "Ginny"), ("name", "Curtis Yoder"), ("phone", "(717) 555-0160")],
        ["Hollis Dental"],
    ),
    (
        "My son Liam, 16, has a part-time job at the Kroger on Elm and got cut on the box cutter. They took him to "
        "urgent care and he got 4 stitches. When can he go back to work and when do the stitches come out?",
        [("name", "Liam")],
        ["Kroger on Elm"],
    ),
    (
        "My sister made an Instagram to track her chemo, instagram.com/fighting.with.fran, and it's been helping "
        "her a lot. But she's lost 20 pounds since starting. Should she see a dietitian?",
        [("url", "instagram.com/fighting.with.fran")],
        [],
    ),
]
