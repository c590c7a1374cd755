# Privacy items with identifiers, part 1 (hand-written, writer 134).
# (text, [(type, span) or (type, span, occurrence)], [quasi])
ITEMS = [
    (
        "Hello, my name is Linda Kowalski and I'm 58. My new Aetna card says member ID W284719365 but the pharmacy "
        "at CVS keeps saying my atorvastatin isn't covered. Can someone from the office call me at (614) 555-0187? "
        "Thank you.",
        [("name", "Linda Kowalski"), ("id_number", "W284719365"), ("phone", "(614) 555-0187")],
        [],
    ),
    (
        "I'm writing for my husband, Gary. He had a knee replacement three weeks ago and the incision is a little "
        "pink at the edges. Is that normal healing or should he come in? His MRN is 00738214 if that helps.",
        [("name", "Gary"), ("id_number", "00738214")],
        [],
    ),
    (
        "My daughter Brianna (DOB 04/11/2016) has had a rash on her cheeks for two days, like someone slapped her. "
        "She's acting fine otherwise. Her school nurse at Maple Grove Elementary said it might be fifth disease. "
        "Should I keep her home?",
        [("name", "Brianna"), ("date_of_birth", "04/11/2016")],
        ["Maple Grove Elementary"],
    ),
    (
        "Hi, this is Marcus Bell. I was seen at urgent care on Saturday for a sinus infection and they gave me "
        "amoxicillin. I'm now getting hives on my arms. Please email me back at mbell.portal@example.com, I'm at work "
        "and can't take calls.",
        [("name", "Marcus Bell"), ("email", "mbell.portal@example.com")],
        [],
    ),
    (
        "Could you please send my lab results to my new address? It's 2217 Willow Bend Court, Apt 4, Columbus, OH "
        "43215. The old one on file is wrong. Thank you, Patricia Nguyen",
        [("address", "2217 Willow Bend Court, Apt 4, Columbus, OH 43215"), ("name", "Patricia Nguyen")],
        [],
    ),
    (
        "My mom, Dolores Reyes, born March 9, 1949, needs a refill of her Eliquis before Friday. Her Medicare number "
        "is 1EG4-TE5-MK72. She uses the Walgreens on Central Ave. I'm her daughter Carmen and my cell is "
        "505-555-0143.",
        [("name", "Dolores Reyes"), ("date_of_birth", "March 9, 1949"), ("id_number", "1EG4-TE5-MK72"),
         ("name", "Carmen"), ("phone", "505-555-0143")],
        [],
    ),
    (
        "I'm a 34 year old teacher at Ridgeview Middle School and I've had a hoarse voice for about five weeks now. "
        "No cold, no fever. My name is Jessica Tran. Is this something ENT should look at?",
        [("name", "Jessica Tran")],
        ["Ridgeview Middle School"],
    ),
    (
        "Dr. Halvorsen told me to message if my blood pressure stayed over 150. It's been 152/94 and 149/91 this "
        "week. Should I up the lisinopril? - Ron",
        [("name", "Halvorsen"), ("name", "Ron")],
        [],
    ),
    (
        "Hi there. My son Tyler is 15 and plays football for Westfield High. He got hit in the knee Tuesday and it's "
        "swollen but he can walk. Our Blue Cross member number is XYP882034117. Can we get a sports medicine "
        "appointment this week?",
        [("name", "Tyler"), ("id_number", "XYP882034117")],
        ["Westfield High"],
    ),
    (
        "We set up a page to keep family updated on my dad's cancer treatment: "
        "www.caringbridge.org/visit/walterhenning. Is it okay if I share his chemo schedule there or should I "
        "keep that private?",
        [("url", "www.caringbridge.org/visit/walterhenning")],
        [],
    ),
    (
        "My wife Angela is 31 weeks pregnant and has been having swelling in her feet and hands the last few days. "
        "Her blood pressure at home was 138/88. Our OB is Dr. Fitzgerald at Lakeshore Women's Care. Should she "
        "call today or wait for Monday?",
        [("name", "Angela"), ("name", "Fitzgerald")],
        ["Lakeshore Women's Care"],
    ),
    (
        "Hello, I need a copy of my vaccine records for my new job. Name: Kevin O'Brien, date of birth 11/23/1990, "
        "employee ID 4471-0932 at Midstate Logistics. Fax is not an option, can you email kobrien90@example.net?",
        [("name", "Kevin O'Brien"), ("date_of_birth", "11/23/1990"), ("id_number", "4471-0932"),
         ("email", "kobrien90@example.net")],
        ["Midstate Logistics"],
    ),
    (
        "someone from your clinic left a voicemail for my grandma but didn't leave a callback number. her name is "
        "ruth and her number is 555-0119 (landline). she is hard of hearing so please speak up when you call",
        [("name", "ruth"), ("phone", "555-0119")],
        [],
    ),
    (
        "My brother Devin posts his workouts on Instagram as @devin_lifts_heavy and now he has a lump on his wrist "
        "that comes and goes. Could it be a ganglion cyst? He's 27.",
        [("name", "Devin"), ("handle", "@devin_lifts_heavy")],
        [],
    ),
    (
        "I was in a fender bender on I-70 yesterday. The other driver's plate was KJR 4417 and my neck is really "
        "stiff today. I'm not dizzy. Do I need an x-ray for insurance purposes?",
        [("licence_plate", "KJR 4417")],
        [],
    ),
    (
        "Good morning. I'm the caregiver for Mr. Harold Jennings, 84, who lives at 96 Old Mill Road, Brattleboro, VT "
        "05301. His home health nurse, Denise, noticed a red spot on his heel. Could the doctor look at a photo?",
        [("name", "Harold Jennings"), ("address", "96 Old Mill Road, Brattleboro, VT 05301"), ("name", "Denise")],
        [],
    ),
    (
        "Question about my Cigna claim. Claim number 2025-CL-0048813 was denied for my colonoscopy and the letter "
        "says it was coded as diagnostic. I'm 46 and it was a screening. Can your billing office resubmit? "
        "Thanks, Stephanie",
        [("id_number", "2025-CL-0048813"), ("name", "Stephanie")],
        [],
    ),
    (
        "My father is Eugene Park, DOB 2/14/1951. He's been more forgetful than usual, repeating questions and "
        "leaving the stove on. My sister Grace and I would like to get him evaluated. Who should we see?",
        [("name", "Eugene Park"), ("date_of_birth", "2/14/1951"), ("name", "Grace")],
        [],
    ),
    (
        "Hi, I'm Sam, 29. I have a mole on my back that my girlfriend Priya says has gotten darker. I can't see it "
        "well myself. Can I upload a picture here?",
        [("name", "Sam"), ("name", "Priya")],
        [],
    ),
    (
        "Please update my phone number. New number is +1 (312) 555-0164. Old one was 312-555-0108 and is "
        "disconnected. Patient: Alicia Moreno.",
        [("phone", "+1 (312) 555-0164"), ("phone", "312-555-0108"), ("name", "Alicia Moreno")],
        [],
    ),
    (
        "My son's teacher at Bright Beginnings Preschool says he squints at the board. He's 4. His name is "
        "Elijah Washington and our Medicaid ID is 72009348815. Can we get an eye exam referral?",
        [("name", "Elijah Washington"), ("id_number", "72009348815")],
        ["Bright Beginnings Preschool"],
    ),
    (
        "I've been having heartburn every night for a month. I take Tums but it keeps coming back. I'm 52, male, "
        "a bit overweight. - Doug Patterson, doug.patterson@example.com",
        [("name", "Doug Patterson"), ("email", "doug.patterson@example.com")],
        [],
    ),
    (
        "Hi Dr. Chen, this is Maria's mom. Maria has had an ear infection twice this month and finished the "
        "antibiotics Sunday. She's pulling at her ear again. Should she see an ENT for tubes?",
        [("name", "Chen"), ("name", "Maria")],
        [],
    ),
    (
        "My neighbor backed into my car in our driveway and I jammed my thumb on the steering wheel. His truck "
        "plate is 8FTW219. The thumb is bruised and I can bend it. Just want to document it.",
        [("licence_plate", "8FTW219")],
        [],
    ),
    (
        "I run a small support group on Facebook for people with long COVID, facebook.com/groups/"
        "longhaulersohio.example, and a few members asked whether the new booster is safe for them. Do you have "
        "guidance I can share? - Theresa",
        [("url", "facebook.com/groups/longhaulersohio.example"), ("name", "Theresa")],
        [],
    ),
    (
        "Hello. My mother-in-law Shirley lives with us at 4410 N. Cedar Lane, Tulsa, OK 74106 and she fell in the "
        "bathroom last night. She says she's fine but her wrist is swollen. We can bring her in this afternoon.",
        [("name", "Shirley"), ("address", "4410 N. Cedar Lane, Tulsa, OK 74106")],
        [],
    ),
    (
        "I'm a night shift nurse at St. Agnes and my employee badge number is 33107. Occupational health wants "
        "proof of my hep B titer. Can you fax it? Thank you, Renee Dubois RN",
        [("id_number", "33107"), ("name", "Renee Dubois")],
        ["St. Agnes"],
    ),
    (
        "My husband Bill keeps snoring and stopping breathing at night. I've timed it and it's like 10 seconds. "
        "He's 61. He hates doctors but I finally convinced him. Can we book a sleep study?",
        [("name", "Bill")],
        [],
    ),
    (
        "Patient portal won't let me log in. My login email is jmartinez1977@example.com and my MRN is 5520193. I'm trying "
        "to see my mammogram results from last Tuesday. - Josefina Martinez",
        [("email", "jmartinez1977@example.com"), ("id_number", "5520193"), ("name", "Josefina Martinez")],
        [],
    ),
    (
        "My 70 year old dad, Frank, had cataract surgery on the right eye with Dr. Abernathy last month. Now he sees "
        "floaters in that eye. Should he be worried?",
        [("name", "Frank"), ("name", "Abernathy")],
        [],
    ),
    (
        "Hi! My TikTok is @mamabear.kayla and I made a video about my son's eczema routine. A commenter said I should "
        "stop using Aquaphor. Is that true? He's 2.",
        [("handle", "@mamabear.kayla")],
        [],
    ),
    (
        "I am requesting a refill of sertraline 100 mg. Patient name Brandon Lee Hutchins, DOB 08-30-1988, "
        "pharmacy is the Walgreens on Route 9. Callback 781-555-0126.",
        [("name", "Brandon Lee Hutchins"), ("date_of_birth", "08-30-1988"), ("phone", "781-555-0126")],
        [],
    ),
    (
        "Our son Mateo was born premature and is now 6 months old. The pediatrician, Dr. Okafor, wants him to see "
        "a lung specialist. Is that common? We live out in the country, the white farmhouse at 18820 County Road "
        "12, Wakarusa, IN 46573, so the drive is far.",
        [("name", "Mateo"), ("name", "Okafor"), ("address", "18820 County Road 12, Wakarusa, IN 46573")],
        [],
    ),
    (
        "My wife's SSN is on the form but it's wrong, it should be 921-44-0173 not 921-44-0137. Her name is "
        "Jennifer Holt. Can you correct it before the insurance claim goes out?",
        [("id_number", "921-44-0173"), ("id_number", "921-44-0137"), ("name", "Jennifer Holt")],
        [],
    ),
    (
        "Hi, this is Pastor Dave from Grace Fellowship. One of our members, an older gentleman named Walter Simms, "
        "asked me to contact you because his hearing aid stopped working and he can't use the phone. Could someone "
        "mail a new appointment letter to him?",
        [("name", "Dave"), ("name", "Walter Simms")],
        ["Grace Fellowship"],
    ),
    (
        "My LinkedIn is linkedin.com/in/rachel-summers-pt and I'm a physical therapist. One of my patients asked me "
        "if she can return to running after a hip labral tear repair. What do your surgeons usually recommend?",
        [("url", "linkedin.com/in/rachel-summers-pt")],
        [],
    ),
    (
        "I'm 67 and on Medicare. My member ID is 7KQ2-HN1-XW40. I need a shingles shot but the pharmacy says Part D "
        "won't cover it at the clinic. Where should I get it? Thanks, Loretta",
        [("id_number", "7KQ2-HN1-XW40"), ("name", "Loretta")],
        [],
    ),
    (
        "Hey doc, it's Jake again. The ankle brace is helping but it still clicks when I go downstairs. My coach "
        "at Lincoln Tech wants a note saying I can play. Can you write one?",
        [("name", "Jake")],
        ["Lincoln Tech"],
    ),
    (
        "My aunt Beverly's GoFundMe for her transplant is gofundme.com/f/beverly-kidney-fund-example and people "
        "keep asking me what her odds are. She's on dialysis three times a week. How long is the usual wait?",
        [("name", "Beverly"), ("url", "gofundme.com/f/beverly-kidney-fund-example")],
        [],
    ),
    (
        "Please call my wife Cheryl at 303-555-0152 with my biopsy results, I give permission. My name is "
        "Robert Lindqvist and my date of birth is January 5, 1960.",
        [("name", "Cheryl"), ("phone", "303-555-0152"), ("name", "Robert Lindqvist"),
         ("date_of_birth", "January 5, 1960")],
        [],
    ),
]
