# Privacy items with identifiers, part 3 (hand-written, writer 134).
ITEMS = [
    (
        "A woman in a silver Honda with plate 4GHP771 nearly ran me over in your parking garage this morning and I "
        "twisted my ankle jumping out of the way. It's swollen now. Do I come back in or go to urgent care?",
        [("licence_plate", "4GHP771")],
        [],
    ),
    (
        "I'm 45 and just got my first mammogram callback. The letter says 'additional imaging needed.' I'm "
        "terrified. My name is Rebecca Stanton and my phone is 860.555.0122. Can someone explain what that means?",
        [("name", "Rebecca Stanton"), ("phone", "860.555.0122")],
        [],
    ),
    (
        "Hello, I'm trying to get a handicap parking placard for my wife Louise. She has COPD and gets winded "
        "walking from the car. Our plate is PA ZKT-2281. Does the doctor fill out the state form?",
        [("name", "Louise"), ("licence_plate", "ZKT-2281")],
        [],
    ),
    (
        "Our son Caleb Jr. (we call him CJ) is 6 and keeps wetting the bed. He was dry for a year and now it "
        "started again after his baby sister was born. Is that a phase?",
        [("name", "Caleb"), ("name", "CJ")],
        [],
    ),
    (
        "I'm the business manager at Pine Ridge Veterinary and one of our techs, Courtney, was bitten by a cat "
        "yesterday. Her hand is red and puffy today. Her DOB is 3/3/1996 and she has Cigna through us. Can she be "
        "seen today?",
        [("name", "Courtney"), ("date_of_birth", "3/3/1996")],
        ["Pine Ridge Veterinary"],
    ),
    (
        "hey its marco. the physical therapist, jen, said to message you about my shoulder. still cant lift my arm "
        "over my head after 6 weeks of PT. she thinks i need another MRI",
        [("name", "marco"), ("name", "jen")],
        [],
    ),
    (
        "My father, Henry Osei, is visiting from Ghana and got sick here. He doesn't have US insurance. His "
        "passport number is G2094418. We're staying at my home at 1536 Birchwood Avenue, Silver Spring, MD 20901. "
        "Can he be seen and what will it cost?",
        [("name", "Henry Osei"), ("id_number", "G2094418"),
         ("address", "1536 Birchwood Avenue, Silver Spring, MD 20901")],
        [],
    ),
    (
        "I follow a doctor on Twitter, @DrHealthyHeartMD, who says statins are poison. My cholesterol is 260 and my "
        "own doctor wants me on one. Who's right?",
        [("handle", "@DrHealthyHeartMD")],
        [],
    ),
    (
        "Hi, Kim here. My partner Alex (they/them) needs a refill of their estradiol patch and the prior "
        "authorization expired. Alex's member ID is UHC 915503287. Can you resend the PA to UnitedHealthcare?",
        [("name", "Kim"), ("name", "Alex"), ("id_number", "915503287")],
        [],
    ),
    (
        "My mother is 79 and her handwriting has gotten tiny and she shuffles when she walks. Her name is Gloria "
        "Benedetti, date of birth August 18, 1946. Could this be Parkinson's? Her GP is Dr. Sandoval.",
        [("name", "Gloria Benedetti"), ("date_of_birth", "August 18, 1946"), ("name", "Sandoval")],
        [],
    ),
    (
        "I think the lab mixed up my results with someone else's. The printout says patient Teresa Gomez but my "
        "name is Theresa Gomes, MRN 6610028. My potassium was never that high.",
        [("name", "Teresa Gomez"), ("name", "Theresa Gomes"), ("id_number", "6610028")],
        [],
    ),
    (
        "Hello! I'm Brooke, 32, and I'm a hairstylist. My hands crack and bleed every winter from washing. "
        "I have a salon called Shear Bliss in Fargo. Any prescription creams that work better than Eucerin?",
        [("name", "Brooke")],
        ["Shear Bliss"],
    ),
    (
        "My dad was in the hospital last month and I'm trying to get the itemized bill. The claim number is 40039918-02. "
        "Name on the account is Raymond Ostrowski. It's over $14,000 and Medicare should've covered most of it.",
        [("id_number", "40039918-02"), ("name", "Raymond Ostrowski")],
        [],
    ),
    (
        "Good afternoon. This is Deacon Phil Mayfield. I'd like to get a prostate exam, I'm 55 and haven't had one. "
        "My wife Barb says I've been getting up to pee four times a night. Email is pmayfield@example.com.",
        [("name", "Phil Mayfield"), ("name", "Barb"), ("email", "pmayfield@example.com")],
        [],
    ),
    (
        "My son Ezra has a peanut allergy and his school, Oakwood Montessori, needs an updated allergy action plan "
        "signed by the doctor. He's 8. His birthday is 2/29/2016. Can I pick it up Friday?",
        [("name", "Ezra"), ("date_of_birth", "2/29/2016")],
        ["Oakwood Montessori"],
    ),
    (
        "I'm 37 and I've been feeling down for months. I don't want to hurt myself, I just feel flat. My therapist "
        "Lorraine suggested I ask about medication. I'd rather not get a call at work, please text 646-555-0135.",
        [("name", "Lorraine"), ("phone", "646-555-0135")],
        [],
    ),
    (
        "A man named Dwayne has been messaging my elderly mother on Facebook pretending to be a doctor from your "
        "clinic. His profile is facebook.com/dwayne.medicalhelp.example. Please warn your patients.",
        [("name", "Dwayne"), ("url", "facebook.com/dwayne.medicalhelp.example")],
        [],
    ),
    (
        "Hi, I'm a 60 year old man. My name is Tony and I've had blood in my urine twice this week, no pain. "
        "My urologist is Dr. Vasquez but he's booked out till next month. Can someone else see me sooner?",
        [("name", "Tony"), ("name", "Vasquez")],
        [],
    ),
    (
        "Please note my new address for billing: PO Box 448, Bozeman, MT 59771. My home address is 2 Antelope "
        "Ridge Ln, Bozeman, MT 59715. - Wesley Grant, DOB 04/04/1958",
        [("address", "2 Antelope Ridge Ln, Bozeman, MT 59715"), ("name", "Wesley Grant"),
         ("date_of_birth", "04/04/1958")],
        [],
    ),
    (
        "We adopted our daughter Mei from China when she was 2 and she's now 10. We don't know her family history. "
        "Her new doctor wants to do some blood work. Is there anything special we should ask for?",
        [("name", "Mei")],
        [],
    ),
    (
        "Hi this is Crystal, my Medicaid number is 110293847X and I need to find a dentist who takes it. I have a "
        "tooth that's been hurting on and off for a month. I'm in Lexington KY.",
        [("name", "Crystal"), ("id_number", "110293847X")],
        [],
    ),
    (
        "My coworker Stan at the Ford plant had a seizure on the line last year and now I'm worried about my own "
        "twitching eyelid. I'm 44. It's been going on for two weeks. Probably just stress, right?",
        [("name", "Stan")],
        ["Ford plant"],
    ),
    (
        "I'm so sorry to bother you on the weekend. My son, Joaquin, 19, is home from college and told me he's been "
        "seeing a counselor at school for panic attacks. He wants to continue over the summer here. His cell is "
        "(702) 555-0114.",
        [("name", "Joaquin"), ("phone", "(702) 555-0114")],
        [],
    ),
    (
        "I met another mom, Heather, in the NICU, and her baby's Instagram is @littlefighter_rowan. She asked me "
        "if our pediatric cardiologist takes new patients. Can I give her your number?",
        [("name", "Heather"), ("handle", "@littlefighter_rowan")],
        [],
    ),
    (
        "Hello, my wife and I are new to the area and want to establish care. I'm Omar Haddad, 47, and she is "
        "Layla Haddad, 44. We live at 820 Sycamore St, Ann Arbor, MI 48104. We both need physicals.",
        [("name", "Omar Haddad"), ("name", "Layla Haddad"), ("address", "820 Sycamore St, Ann Arbor, MI 48104")],
        [],
    ),
    (
        "Hi, I'm following up for my grandson Dakota. He's 13 and got braces last week and now he has sores inside "
        "his cheeks from the wires. His orthodontist is Dr. Lin at Smile Studio Orthodontics. Is there anything "
        "besides wax?",
        [("name", "Dakota"), ("name", "Lin")],
        ["Smile Studio Orthodontics"],
    ),
    (
        "I was given the wrong discharge papers. They have a different patient's info: Norma Jean Pickett, "
        "NHS number 943 476 5919, she must be a visitor from the UK. I'd like mine instead please.",
        [("name", "Norma Jean Pickett"), ("id_number", "943 476 5919")],
        [],
    ),
    (
        "My husband, Scott, 50, has a red, hot, swollen big toe that started overnight. He can't even put a sheet on "
        "it. He had shrimp and beer at his cousin Mike's birthday. Gout?",
        [("name", "Scott"), ("name", "Mike")],
        [],
    ),
    (
        "I'd like to change my preferred contact from email to text. Cell: 917-555-0189. Old email was "
        "lucille.b.james@example.com and I don't check it anymore. - Lucille James",
        [("phone", "917-555-0189"), ("email", "lucille.b.james@example.com"), ("name", "Lucille James")],
        [],
    ),
    (
        "My daughter goes by Sunny but her name on the chart is Soon-Yi Park. She's 22 and has been having "
        "migraines with flashing lights before them. Is it safe for her to stay on her birth control pill?",
        [("name", "Sunny"), ("name", "Soon-Yi Park")],
        [],
    ),
    (
        "Hello, I'm a driver for a medical transport company and I pick up Mrs. Opal Granger for dialysis. She "
        "wasn't home today at 15 Ridgecrest Ct, Macon, GA 31204 and didn't answer her phone. Who do I report "
        "that to?",
        [("name", "Opal Granger"), ("address", "15 Ridgecrest Ct, Macon, GA 31204")],
        [],
    ),
    (
        "my bf kyle has a rash all over his chest after we went hiking, little blisters in lines. poison ivy? "
        "he's 28 and stubborn about seeing anyone",
        [("name", "kyle")],
        [],
    ),
    (
        "I'm an adult with type 1 diabetes and I want to try a pump. My endocrinologist retired. My name is "
        "Naomi Feld, date of birth 07/12/1992, and my Blue Cross ID is XOF219448706. Who's taking new patients?",
        [("name", "Naomi Feld"), ("date_of_birth", "07/12/1992"), ("id_number", "XOF219448706")],
        [],
    ),
    (
        "Hi! My husband Ike and I are going on a cruise next month. He's 74 and has a pacemaker. Is there anything "
        "he needs to do about the security scanners? His Medicare number is 3TR8-KD4-PW19 if you need to look him up.",
        [("name", "Ike"), ("id_number", "3TR8-KD4-PW19")],
        [],
    ),
    (
        "My son was just hired at Amazon and the warehouse needs a TB test. His name is Jordan Ellis, DOB "
        "01-17-2004. Can he get it done at your walk-in clinic?",
        [("name", "Jordan Ellis"), ("date_of_birth", "01-17-2004")],
        ["Amazon"],
    ),
    (
        "Hey, it's Trish. Dr. Nakamura said she'd call with my thyroid results but I haven't heard anything. "
        "I'm at 423-555-0177 after 5. Thanks!",
        [("name", "Trish"), ("name", "Nakamura"), ("phone", "423-555-0177")],
        [],
    ),
    (
        "I'm writing on behalf of my uncle Leonard, who lives with me. He's 81 and a veteran. His VA ID is "
        "VA-2280193. He's been getting confused in the evenings. Would it be better to see someone at the VA or here?",
        [("name", "Leonard"), ("id_number", "VA-2280193")],
        [],
    ),
    (
        "My daughter's ex-boyfriend, Trevor, keeps showing up at her apartment, 44 Lakeside Dr #3B, Madison WI "
        "53703, and she's so anxious she can't sleep. She's 24. Would a therapist or a psychiatrist be better?",
        [("name", "Trevor"), ("address", "44 Lakeside Dr #3B, Madison WI 53703")],
        [],
    ),
    (
        "I'm a 31 year old woman, two months postpartum, and my hair is falling out in clumps. My OB, Dr. Esther "
        "Kaplan, said it's normal but it's scary. How long does it last? My name is Lindsey.",
        [("name", "Esther Kaplan"), ("name", "Lindsey")],
        [],
    ),
    (
        "Our teen son drove to the ER himself last night after an asthma attack. The hospital security tagged his "
        "car, a black Civic, plate 7BWZ315, for parking in the ambulance bay. Can the doctor write a note?",
        [("licence_plate", "7BWZ315")],
        [],
    ),
]
