# Privacy items with identifiers, part 1 (medicines-heavy). Written by hand.
ITEMS = [
    ("Hi, my name is Gretchen Alvarez and I picked up my metformin refill at Walgreens yesterday but the label says 1000 mg twice a day when Dr. Patel told me 500. Rx number is 6012-3345-00. Can I just take half a tablet until I sort it out?",
     [("name", "Gretchen Alvarez"), ("name", "Patel"), ("id_number", "6012-3345-00")], []),

    ("my mum Sheila is 82 and I do her dosette box every sunday. I think I put her evening amlodipine in the morning slot too so she had 10mg instead of 5 today. she seems fine, BP 128/74. her NHS number is 485 777 3456 if you need it. call me on 07700 900 412",
     [("name", "Sheila"), ("id_number", "485 777 3456"), ("phone", "07700 900 412")], []),

    ("Pharmacist at Shoppers (guy named Raj) said I shouldn't take my Advil with the lisinopril. Is that true? I'm Tom Kowalczyk, DOB 14/03/1971, OHIP 1234-567-890-AB.",
     [("name", "Raj"), ("name", "Tom Kowalczyk"), ("date_of_birth", "14/03/1971"), ("id_number", "1234-567-890-AB")], []),

    ("Hello doctor, I am writing for my husband Anand. His warfarin dose was changed by Dr Helen Murray last week to 4mg and now his INR is 3.8. Can he still eat spinach and methi? Please reply to priya.anand.fake@example.com",
     [("name", "Anand"), ("name", "Helen Murray"), ("email", "priya.anand.fake@example.com")], []),

    ("ok so my bf jake took 2 of my sertraline by accident last night thinking they were his vitamins lol. he's totally fine this morning just a bit sleepy. does he need to do anything?? text me 555-0143",
     [("name", "jake"), ("phone", "555-0143")], []),

    ("Can you take Nurofen Plus and Panadeine together? Asking for my dad, Kevin O'Rourke, he's 67. His Medicare card number is 2123 45670 1 and we're at 14 Wattle Crescent, Toowoomba if the chemist needs to deliver.",
     [("name", "Kevin O'Rourke"), ("id_number", "2123 45670 1"), ("address", "14 Wattle Crescent, Toowoomba")], []),

    ("I'm on Ozempic 0.5 and missed my Sunday shot, it's now Thursday. Do I take it today or skip? I'm Lakshmi, 44, type 2. My insurance member ID is XQW884120017 with Aetna, prescriber is Dr. Feldman.",
     [("name", "Lakshmi"), ("id_number", "XQW884120017"), ("name", "Feldman")], []),

    ("Hi there, I'm a carer for Mr Douglas Pryce (born 02/11/1939). He refuses his Sinemet at lunchtime because it makes him nauseous. Is it alright to give it with a bit of yoghurt? His GP is Dr Anwen Rhys at Llandaff surgery.",
     [("name", "Douglas Pryce"), ("date_of_birth", "02/11/1939"), ("name", "Anwen Rhys")], ["Llandaff surgery"]),

    ("My daughter Mia weighs 14 kg and the Calpol box says 7.5 ml for her age but our pharmacist Fiona said go by weight. Which is right? Mia's NHS no. 999 123 4567.",
     [("name", "Mia"), ("name", "Fiona"), ("id_number", "999 123 4567")], []),

    ("Question about mixing alcohol with amoxicillin - I've got a wedding saturday. Also can someone at the practice ring me back re my repeat prescription, it's been 9 days. Name: Ciaran Walsh, mob 087 555 0192, PPS 1234567TA.",
     [("name", "Ciaran Walsh"), ("phone", "087 555 0192"), ("id_number", "1234567TA")], []),

    ("I'm writing on behalf of my grandmother Nonna Rosa (Rosa Bellini), she takes digoxin and her new cardiologist Dr Okafor added amiodarone. The leaflet says something about digoxin levels? She lives at 221 Dufferin St, Apt 5, Toronto.",
     [("name", "Rosa"), ("name", "Rosa Bellini"), ("name", "Okafor"), ("address", "221 Dufferin St, Apt 5, Toronto")], []),

    ("hey so i run a small page about living with lupus, instagram @lupus.and.latte_fake, and people keep asking me if hydroxychloroquine makes your hair fall out. mine kinda did?? is that a known thing",
     [("handle", "@lupus.and.latte_fake")], []),

    ("Dear Doctor, I am Mrs Adaeze Nwosu, my date of birth is 7th June 1958. My pharmacist at Boots in Peckham, Kwame, said my new simvastatin should be taken at night. I have been taking it in the morning for 3 weeks. Is it useless?",
     [("name", "Adaeze Nwosu"), ("date_of_birth", "7th June 1958"), ("name", "Kwame")], []),

    ("Need a refill of my albuterol inhaler sent to CVS on Main. I'm Jordan Reyes, patient portal says MRN 00482913. Dr. Castillo usually signs it. Thanks!!",
     [("name", "Jordan Reyes"), ("id_number", "00482913"), ("name", "Castillo")], []),

    ("My son Will is 9 and has ADHD, on Concerta 27mg. Will it stunt his growth? His school nurse at Hillcrest Primary keeps asking us about it.",
     [("name", "Will", 1)], ["Hillcrest Primary"]),

    ("Hello, I work night shifts at the Amazon warehouse in Swindon and I take melatonin to sleep during the day. Can I take it with my citalopram? I'm Becky Lane, 31. Phone 07700 900 781.",
     [("name", "Becky Lane"), ("phone", "07700 900 781")], ["Amazon warehouse in Swindon"]),

    ("I've written everything up on my blog at https://www.slowtaperdiaries-fake.net/marcus about coming off venlafaxine and the brain zaps. My doctor (Dr Liesl van der Merwe) wants me to go faster. Is 37.5mg every other day a safe step?",
     [("url", "https://www.slowtaperdiaries-fake.net/marcus"), ("name", "Liesl van der Merwe")], []),

    ("my nan keeps double dosing her levothyroxine because she forgets she took it. she's got a pill organiser but she doesnt trust it lol. her name's Joan Pickering, she lives on her own at 3 Mill Lane, Hebden Bridge. what should we do",
     [("name", "Joan Pickering"), ("address", "3 Mill Lane, Hebden Bridge")], []),

    ("Can St John's wort interact with the pill? I'm 22 and on Microgynon. Sorry, I'm Harriet. My uni email is h.lowther.fake@student.example.ac.uk if it's easier to reply there.",
     [("name", "Harriet"), ("email", "h.lowther.fake@student.example.ac.uk")], []),

    ("Re my claim: Blue Cross denied my Humira refill, claim no. BCX-2291-00471-F. Dr Nakamura's office says they sent the prior auth. I'm Derek Hollis, born April 3 1976. What are my options while I wait, can I skip a dose safely?",
     [("id_number", "BCX-2291-00471-F"), ("name", "Nakamura"), ("name", "Derek Hollis"), ("date_of_birth", "April 3 1976")], []),

    ("Our little boy Teddy (real name Edward) is 3, 15kg, and has a fever of 38.6. Can we alternate Panadol and Nurofen? Our chemist Mrs Tran said yes but my mother in law says no. Sorry for the essay!",
     [("name", "Teddy"), ("name", "Edward"), ("name", "Tran")], []),

    ("Is it normal that Eliquis gives you nosebleeds? Mine stopped after 10 mins. I'm 71, Gerald Finch, Medicare MBI 1EG4-TE5-MK72. My cardiologist is Dr Sandra Oyelaran.",
     [("name", "Gerald Finch"), ("id_number", "1EG4-TE5-MK72"), ("name", "Sandra Oyelaran")], []),

    ("Hiya, my pal Shona told me to ask here. I've been taking 2 co-codamol 30/500 four times a day for my back for about 5 weeks and now I can't poo. Is that the tablets? reach me on shonaspal.fake@example.co.uk",
     [("name", "Shona"), ("email", "shonaspal.fake@example.co.uk")], []),

    ("Dr. Kim at the walk-in clinic gave me prednisone 40mg for 5 days. Do I need to taper? I'm Alicia Moreno-Ruiz, 38, and I teach at Westbrook Middle School so I'd rather not be off sick.",
     [("name", "Kim"), ("name", "Alicia Moreno-Ruiz")], ["Westbrook Middle School"]),

    ("Patient: Hemi Parata. NHI: ZZZ0044. He's my koro, takes allopurinol 300 and colchicine when his gout flares. Pharmac changed his brand and now he says the new ones make him itchy. Should he go back to the old brand?",
     [("name", "Hemi Parata"), ("id_number", "ZZZ0044")], []),

    ("My Lyft driver today (plate 8XYZ123, a grey Prius) was coughing the whole time and now I'm worried because I'm on methotrexate and immunosuppressed. Should I take anything?",
     [("licence_plate", "8XYZ123")], []),

    ("Hi, I'm Moira. I help run the GoFundMe for my brother's meds, gofundme.com/f/fake-help-for-liams-insulin, because he's uninsured in Ohio. Is it safe for him to use Walmart ReliOn insulin instead of his Lantus?",
     [("name", "Moira"), ("url", "gofundme.com/f/fake-help-for-liams-insulin")], []),

    ("I think the pharmacy gave me someone elses tablets?? The box says Frances Delaney on it and I'm Francis Delaney, different birthday (mine is 21/08/1985). Took one already. It's lisinopril 10mg, I'm not on anything for BP.",
     [("name", "Frances Delaney"), ("name", "Francis Delaney"), ("date_of_birth", "21/08/1985")], []),

    ("Good evening. I'm asking for my wife Noura. She's 29 weeks pregnant and the obstetrician Dr. Haddad prescribed labetalol. Is it safe to breastfeed on it later? You can reach us at +1 (555) 014-2290.",
     [("name", "Noura"), ("name", "Haddad"), ("phone", "+1 (555) 014-2290")], []),

    ("hey doc its dmitri again lol. the gabapentin makes me feel drunk, is it ok to take just at night? my pharmacist tanya said ask you first",
     [("name", "dmitri"), ("name", "tanya")], []),

    ("Medication review request for resident Mrs Ivy Chambers, DOB 09-12-1931, Room 14, Rosewood Care Home. She's on 11 different tablets and the night nurse (Precious) thinks the lorazepam is making her fall. Contact: rosewood.nursing.fake@example.org",
     [("name", "Ivy Chambers"), ("date_of_birth", "09-12-1931"), ("name", "Precious"), ("email", "rosewood.nursing.fake@example.org")], ["Rosewood Care Home"]),

    ("Drove to the 24hr Walgreens to get Plan B and the pharmacist refused because of his beliefs. My car is the red Civic, plate 4KLM882, he literally watched me leave. Is it still effective if I take it tomorrow?",
     [("licence_plate", "4KLM882")], []),

    ("My son Oluwaseun is 16 and was prescribed isotretinoin by Dr Grace Mbeki. We have to do monthly blood tests. He's sad a lot lately, is that from the tablets? Our address is 19 Kestrel Way, Milton Keynes MK4 1ZZ.",
     [("name", "Oluwaseun"), ("name", "Grace Mbeki"), ("address", "19 Kestrel Way, Milton Keynes MK4 1ZZ")], []),

    ("I'm Paddy, 58, on ramipril and bisoprolol. Can I have a few pints at the match on Sunday? The missus (Bernie) says absolutely not haha.",
     [("name", "Paddy"), ("name", "Bernie")], []),

    ("I'm posting from my work email sorry - b.thornton.fake@harlowlogistics.example.com. My 4 year old swallowed a chewable vitamin C yesterday that was actually one of my iron tablets I think? She's been totally normal for 24h. Do I need to do anything now?",
     [("email", "b.thornton.fake@harlowlogistics.example.com")], []),

    ("Hello, my name is Fatima Zahra Benali. I take Yasmin and my new dentist, Dr Lucas Moreau, prescribed metronidazole for an abscess. Do I need backup contraception? My passport number for the travel insurance is 98XK45621.",
     [("name", "Fatima Zahra Benali"), ("name", "Lucas Moreau"), ("id_number", "98XK45621")], []),

    ("Looking for a second opinion. Dad (Winston Clarke, 74, lives at 8 Trelawny Road, Kingston 10) was started on tamsulosin and he's getting dizzy when he stands up. Local pharmacist Ms Beckford said take it after supper. Is that right?",
     [("name", "Winston Clarke"), ("address", "8 Trelawny Road, Kingston 10"), ("name", "Beckford")], []),

    ("my handle on the diabetes forum is T1D_Rach_fake, people there said you can take Humalog after you eat if you forget before. is that legit? I'm 19 btw",
     [("handle", "T1D_Rach_fake")], []),

    ("Hi, this is Sister Agnes from St Brigid's Convent - one of our elderly sisters, Sister Philomena, was given Oramorph by the GP (Dr Eamon Foley) and we're not sure how to measure 2.5 ml without the syringe. Can we use a teaspoon?",
     [("name", "Agnes"), ("name", "Philomena"), ("name", "Eamon Foley")], ["St Brigid's Convent"]),

    ("Is 3 grams of tylenol a day ok long term for arthritis? Im 66. Also Dr. Whitaker's office keeps losing my fax, my Humana ID is H71234567 and my number is (555) 010-7733.",
     [("name", "Whitaker"), ("id_number", "H71234567"), ("phone", "(555) 010-7733")], []),
]
