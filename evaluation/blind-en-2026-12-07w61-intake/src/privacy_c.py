# Writer 61 - privacy items, file c: names that are also words, mixed formats, identifiers mid-sentence.

ITEMS = [
    (
        "My daughter Faith is 14 and has had stomach aches every school morning since January. Pediatrician found nothing. "
        "Could it be anxiety? Hope someone can help.",
        [("name", "Faith")],
        [],
    ),
    (
        "Will and I (I'm Dawn) have been married 30 yrs and he's started acting out his dreams, punching in his sleep. He's "
        "65. Our GP said REM something. Is that linked to Parkinson's?",
        [("name", "Will"), ("name", "Dawn")],
        [],
    ),
    (
        "Jesús here, 47, construction. got a splinter of metal in my eye 2 days ago at work (Ramos Bros Framing) and it "
        "still feels scratchy, no blur. The foreman Frank flushed it. do I need an eye doctor?",
        [("name", "Jesús"), ("name", "Frank")],
        ["Ramos Bros Framing"],
    ),
    (
        "Posted for my wife Joy, 38, who has had a lump in her armpit for 3 weeks, painful, after she shaved. She is "
        "scared of cancer. We live at 6 Harbour View Cres, St. John's NL A1C 5K3. Thank you, Brendan.",
        [("name", "Joy"), ("address", "6 Harbour View Cres, St. John's NL A1C 5K3"), ("name", "Brendan")],
        [],
    ),
    (
        "Angel is my son's name, he's 10 and has asthma. His inhaler (albuterol) is running out faster, using it every "
        "day. Our Medicaid # is 441 902 3816. Who decides if he needs a controller?",
        [("name", "Angel"), ("id_number", "441 902 3816")],
        [],
    ),
    (
        "Hi, Summer here (22). I've had a UTI 3 times since I started dating my new bf. My friend Sky says to pee after. "
        "Anything else? Cranberry pills?",
        [("name", "Summer"), ("name", "Sky")],
        [],
    ),
    (
        "Grandma Rose (92) lives with us at 2503 Victoria Ave, Regina SK and has a bedsore on her tailbone, about the size "
        "of a quarter, red, not open. What do we do to stop it opening? Home care nurse comes Tuesdays.",
        [("name", "Rose"), ("address", "2503 Victoria Ave, Regina SK")],
        [],
    ),
    (
        "Bill (my husband, 71) has been peeing a lot at night, 4-5 times. His PSA was normal. He's on Lasix in the "
        "morning. Could it be his sugar? I'm Luz, text 956-555-0131",
        [("name", "Bill"), ("name", "Luz"), ("phone", "956-555-0131")],
        [],
    ),
    (
        "i'm Precious (yes thats my real name lol), 19, and i have these dark velvety patches on my neck. my mom says "
        "scrub harder. its not dirt. what is it?",
        [("name", "Precious")],
        [],
    ),
    (
        "Hello doctors, this is Pastor Emmanuel Desrosiers of the Église Baptiste in Spring Valley NY. A member of my "
        "congregation, Sister Magalie (age 40), has asked me to inquire about her fibroids. She bleeds heavily. Is "
        "surgery the only way? Church office 845-555-0177.",
        [("name", "Emmanuel Desrosiers"), ("name", "Magalie"), ("phone", "845-555-0177")],
        [],
    ),
    (
        "daughter has pinworms AGAIN (she's 5). do the whole family need the medicine? we're 6 people. our apt is 4C, "
        "1188 Grand Concourse, Bronx. thank u - Yesenia",
        [("address", "4C, 1188 Grand Concourse, Bronx"), ("name", "Yesenia")],
        [],
    ),
    (
        "hi im Hunter 16 and I broke my wrist skateboarding in june, cast came off 3 weeks ago. it's still stiff and I can't "
        "bend it back. My PT at Kinetic Rehab (Sheila) says be patient. how long?",
        [("name", "Hunter"), ("name", "Sheila")],
        ["Kinetic Rehab"],
    ),
    (
        "Name: Dương Thị Mai | DOB: 02-12-1958 | Phone: 617-555-0164 | Question: I have a cough from my blood pressure "
        "pill (lisinopril). Doctor at Dorchester clinic will change it but can't see me for a month. Can I stop it now?",
        [("name", "Dương Thị Mai"), ("date_of_birth", "02-12-1958"), ("phone", "617-555-0164")],
        [],
    ),
    (
        "Hi. I'm Ezra, 31. I got a positive TB skin test at my new job at Mount Sinai (I'm a tech). Chest X-ray normal. They "
        "want me to take rifampin for 4 months. Do I have to?",
        [("name", "Ezra")],
        ["Mount Sinai"],
    ),
    (
        "mother (Carmen, 69) has lost 20 lbs without trying since christmas, no appetite. She lives alone in Apartment 1207, "
        "Torre del Sol, 455 Biscayne Blvd, Miami. Her doctor is Dr. Iglesias. What tests should she ask for?",
        [("name", "Carmen"), ("address", "Apartment 1207, Torre del Sol, 455 Biscayne Blvd, Miami"), ("name", "Iglesias")],
        [],
    ),
    (
        "I was born 12/25/1985 and every Christmas my eczema flares lol. Right now my hands are cracked and weeping. "
        "Is it the cold or stress? Name is Noelle",
        [("date_of_birth", "12/25/1985"), ("name", "Noelle")],
        [],
    ),
    (
        "My husband Lance works for the county (Public Works, employee 88-1043) and got stung by a wasp and his whole "
        "arm swelled up to the elbow but no trouble breathing. That was yesterday. Does he need an EpiPen for next time?",
        [("name", "Lance"), ("id_number", "88-1043")],
        ["Public Works"],
    ),
    (
        "Hi I'm Tran, 24. My girlfriend Hannah wants me to ask: she gets really bad cramps (like can't get out of bed) "
        "every period. Ibuprofen doesn't touch it. Could it be endometriosis? She's 23.",
        [("name", "Tran"), ("name", "Hannah")],
        [],
    ),
    (
        "writing this for my nokomis (grandmother) Agnes Whitebird, 80, from Rainy River First Nation. she has cataracts, "
        "the eye doctor in Fort Frances says surgery. she is scared. her OHIP 7754-320-119-HN. is it safe at 80?",
        [("name", "Agnes Whitebird"), ("id_number", "7754-320-119-HN")],
        [],
    ),
    (
        "To Whom It May Concern,\nI am inquiring on behalf of my employee, Mr. Oleksandr Kovalenko, who has recently arrived "
        "from Ukraine and has no family doctor yet. He has high blood pressure and ran out of his medicine (the name is "
        "in Cyrillic). He works at our bakery, Sweet Mornings Bakery, 210 Main St. What should he do?\nSincerely,\n"
        "Linda Haugen, Owner\nlinda@sweetmornings.example.com",
        [("name", "Oleksandr Kovalenko"), ("name", "Linda Haugen"), ("email", "linda@sweetmornings.example.com")],
        ["Sweet Mornings Bakery"],
    ),
    (
        "this is Ky. my grandma (Bà Nội) has shingles on her face near her eye, started 2 days ago. she's 77. my number "
        "is (832) 555-0121. Does she need to see an eye doctor?",
        [("name", "Ky"), ("phone", "(832) 555-0121")],
        [],
    ),
    (
        "Hello I am Ilhan, 36, live in Columbus. Vitamin D level 8. Doctor gave 50,000 units weekly. I wear hijab so little "
        "sun. How long until I feel better? My insurance CareSource ID 106623948700",
        [("name", "Ilhan"), ("id_number", "106623948700")],
        [],
    ),
    (
        "My son Bear (his Lakota name, legal name is Matthew Eagle Heart) is 13 and grew 5 inches in a year and now his "
        "heels hurt when he plays basketball. What is it?",
        [("name", "Bear"), ("name", "Matthew Eagle Heart")],
        [],
    ),
    (
        "I found out my dad has a blood clot in his leg. He's 72. They gave him Xarelto. My name is Cody, I'm his son and "
        "his phone is 406-555-0151 if you can call him directly, he doesn't use email. How long will he take it?",
        [("name", "Cody"), ("phone", "406-555-0151")],
        [],
    ),
    (
        "Case/claim #: WSIB 30498812\nI hurt my shoulder at work lifting drywall. 6 weeks of physio and still can't lift "
        "overhead. Do I need an MRI? - Nikos",
        [("id_number", "30498812"), ("name", "Nikos")],
        [],
    ),
    (
        "my friend Precious told me about this site. I'm Blessing, 29, nigerian in houston. I have a bump on my earlobe "
        "where I got pierced that keeps growing. keloid? can it be removed?",
        [("name", "Precious"), ("name", "Blessing")],
        [],
    ),
    (
        "Submitted by: Rivka Schwartz (daughter)\nPatient: Chaim Schwartz, 86\nHome: 1540 52nd Street, Apt 3R, Brooklyn NY "
        "11219\nHe has been refusing to eat since his wife passed and has lost weight. He says he is just not hungry. "
        "Is this depression?",
        [("name", "Rivka Schwartz"), ("name", "Chaim Schwartz"), ("address", "1540 52nd Street, Apt 3R, Brooklyn NY 11219")],
        [],
    ),
    (
        "Sorry my english. I'm Rodel from Winnipeg, 42, work at Maple Leaf Foods. My left big toe swelled at night very "
        "painful, red hot. Today better. Gout? My wife Jennalyn said I eat too much dinuguan lol. Cell: 204-555-0145",
        [("name", "Rodel"), ("name", "Jennalyn"), ("phone", "204-555-0145")],
        ["Maple Leaf Foods"],
    ),
    (
        "Hi, I'm a 60-year-old man, Dale Eikenberry, farming outside Goshen IN. I mostly want to know if I need a "
        "shingles shot and where. You can reach me at dale.eik@example.net or 574.555.0104.",
        [("name", "Dale Eikenberry"), ("email", "dale.eik@example.net"), ("phone", "574.555.0104")],
        [],
    ),
    (
        "my patient portal username is mjohnson_1983 and I can't see my test results. but my real question, my potassium "
        "was 5.6 on the lab, is that dangerous? I'm on spironolactone. -Monique",
        [("handle", "mjohnson_1983"), ("name", "Monique")],
        [],
    ),
    (
        "Lately my son Ahmad (he's 7) is blinking a lot and making little throat noises. Teacher at Al-Noor Academy "
        "noticed it too. Is it tics? Should we worry?",
        [("name", "Ahmad")],
        ["Al-Noor Academy"],
    ),
    (
        "For Dr. Kim please. This is Hae-won Park, her patient, born 1979-06-30. My iron infusion was last Monday and now "
        "I have joint aches. Normal?",
        [("name", "Kim"), ("name", "Hae-won Park"), ("date_of_birth", "1979-06-30")],
        [],
    ),
    (
        "So my husband's PEI health card is 2107 8834 (it's an 8 digit one) and he's 54, he has a bump on his eyelid, "
        "like a pimple that won't go. Been 5 weeks. Stye?",
        [("id_number", "2107 8834")],
        [],
    ),
    (
        "Hi. Tiffany here, 40, truck stop waitress on I-80 exit 284. I'm on my feet 12 hours and now I have bulging veins "
        "on the backs of my calves that ache. compression socks?",
        [("name", "Tiffany")],
        [],
    ),
    (
        "My sister Nadia is 35 and has MS. Her neurologist Dr. Gutiérrez wants her to start Ocrevus. Her email is "
        "nadia.haddad@example.com if you want to send info directly. What are the risks?",
        [("name", "Nadia"), ("name", "Gutiérrez"), ("email", "nadia.haddad@example.com")],
        [],
    ),
    (
        "Hello - Moshe Friedman, 68. Had cataract surgery right eye at Wills on March 4. Now I see floaters. "
        "Called the office, they said normal. My other number is +1 215 555 0118. Is it normal?",
        [("name", "Moshe Friedman"), ("phone", "+1 215 555 0118")],
        [],
    ),
    (
        "i go by Lil Dre on soundcloud (soundcloud.com/lildre-example) and my voice has been hoarse for 6 weeks. i scream "
        "a lot in my songs. 20M. do i need a scope?",
        [("name", "Lil Dre"), ("url", "soundcloud.com/lildre-example")],
        [],
    ),
    (
        "Hello, I'm a Native elder, Lorraine Begay, 74, Shiprock NM. My sugar is high even with insulin. I live way "
        "out, HC 61 Box 3390, Shiprock NM 87420. The clinic is 2 hours. Can I do anything at home?",
        [("name", "Lorraine Begay"), ("address", "HC 61 Box 3390, Shiprock NM 87420")],
        [],
    ),
    (
        "We adopted our daughter Mei from China, she's now 4. Her records say hepatitis B carrier. Our pediatrician is "
        "Dr. Whitney Sloane. What monitoring does she need? - Greg & Alan, 303-555-0189",
        [("name", "Mei"), ("name", "Whitney Sloane"), ("name", "Greg"), ("name", "Alan"), ("phone", "303-555-0189")],
        [],
    ),
    (
        "Good morning doctor. I'm Salvador, 52, from El Salvador haha. I work at the Mission Produce warehouse in Oxnard. "
        "My hands are stiff in the morning for an hour and my knuckles swell. My mom had arthritis. What kind do I have?",
        [("name", "Salvador")],
        ["Mission Produce warehouse in Oxnard"],
    ),
    (
        "My NHS number from when I lived in England is 485 777 3456 - do I need it for anything in Canada? Also, since "
        "moving I've had bad hay fever for the first time. 33F. - Imogen",
        [("id_number", "485 777 3456"), ("name", "Imogen")],
        [],
    ),
    (
        "hello my baby is 2 weeks old, her name is Amara, she is yellow in the eyes and skin. We go home from hospital at "
        "day 2. The public health nurse Ms. Okonkwo is coming Friday. Should I wait? Mom: Chioma, 647-555-0126",
        [("name", "Amara"), ("name", "Okonkwo"), ("name", "Chioma"), ("phone", "647-555-0126")],
        [],
    ),
    (
        "Dr. Reyes at Northside Clinic (tiny place, just him and a nurse) told me my liver enzymes are high. I'm Ernesto, "
        "45. I drink on weekends. Do I have to quit fully?",
        [("name", "Reyes"), ("name", "Ernesto")],
        ["Northside Clinic"],
    ),
    (
        "Our family doctor is Dr. Paris Lambert (lol yes her first name is Paris). She said my son's heart murmur is "
        "innocent. He's 3. Should we get an echo anyway?",
        [("name", "Paris Lambert")],
        [],
    ),
    (
        "Ok so I'm Dakota and my sister is Cheyenne and we both got strep at the same time lol. I'm 12 she's 9. Mom "
        "says we have to finish all the pills even though we feel better, why?",
        [("name", "Dakota"), ("name", "Cheyenne")],
        [],
    ),
    (
        "From: Tuan Nguyen <tuan.nguyen.dds@example.com>\nSubject: hand tremor\nI'm a 39 y/o dentist and have a fine "
        "tremor when I hold instruments, worse after coffee. Is propranolol safe for this?",
        [("name", "Tuan Nguyen"), ("email", "tuan.nguyen.dds@example.com")],
        [],
    ),
    (
        "hiya, Shawnee here, 45, I'm on the Oneida reservation. my feet burn and tingle at night. diabetic 10 yrs. "
        "any cream? my tribal enrollment # is 4-11872 and IHS wants it for the podiatry referral",
        [("name", "Shawnee"), ("id_number", "4-11872")],
        [],
    ),
    (
        "Hi I'm Charity. My brother London (he's 28) keeps getting kidney stones. He's had 4 now. He drinks Mountain Dew "
        "all day. Is that why?",
        [("name", "Charity"), ("name", "London")],
        [],
    ),
    (
        "Re: patient Cruz, Manuel A. (MRN 55-20-9981). I'm his wife. After the knee replacement he is very constipated "
        "from the oxycodone, 5 days. What can he take?",
        [("name", "Cruz, Manuel A."), ("id_number", "55-20-9981")],
        [],
    ),
    (
        "Hello, is it safe to dye my hair while breastfeeding? Baby Elijah is 3 months. I'm Sadie, 29. I'm asking because "
        "my salon, Curl Up & Dye on Queen St, says ask my doctor lol",
        [("name", "Elijah"), ("name", "Sadie")],
        [],
    ),
    (
        "My mom lives at Apt 302, 1750 Rue Sainte-Catherine O, Montréal QC H3H 1M1 and doesn't speak English. She's 81, "
        "Vietnamese. She has ankles swelling and is short of breath walking up the stairs, for 2 months. Her doctor "
        "changed her pills last month. Could the pills do this?",
        [("address", "Apt 302, 1750 Rue Sainte-Catherine O, Montréal QC H3H 1M1")],
        [],
    ),
    (
        "Sophia (5) got her tonsils out Tuesday at Children's. Today day 5 and she won't drink much, ears hurt. Normal? "
        "I'm dad, Jake, 555-0173.",
        [("name", "Sophia"), ("name", "Jake"), ("phone", "555-0173")],
        [],
    ),
    (
        "Salut, c'est Réjean. Mon numéro d'assurance sociale est 512 338 090 but the form is asking for it and I don't "
        "know if I should give it out. Anyway I'm 63 and my right shoulder is frozen since October. Cortisone shot?",
        [("name", "Réjean"), ("id_number", "512 338 090")],
        [],
    ),
]
