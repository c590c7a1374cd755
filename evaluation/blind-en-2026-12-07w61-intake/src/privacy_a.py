# Writer 61 - privacy items, file a: formal letters, signed contact blocks, insurance numbers.
# Each item: (text, [(type, exact substring), ...], [quasi strings])

ITEMS = [
    (
        "Dear Doctor,\n\nI am writing regarding my mother, Mrs. Teresa Alvarado, who has had swelling in both ankles since "
        "the beginning of March. Her cardiologist increased her furosemide to 40 mg but the swelling is the same. "
        "Should she ask for a different water pill?\n\nRespectfully,\nRicardo Alvarado\n1420 W. Ocotillo Rd, Apt 6B\n"
        "Phoenix, AZ 85013\n(602) 555-0147",
        [("name", "Teresa Alvarado"), ("name", "Ricardo Alvarado"), ("address", "1420 W. Ocotillo Rd, Apt 6B\nPhoenix, AZ 85013"),
         ("phone", "(602) 555-0147")],
        [],
    ),
    (
        "To whom it may concern: my name is Nguyen Thi Lan and I am 67. I take metformin 500 twice daily and my A1c was 7.9 "
        "in January. My Medicare number is 1EG4-TE5-MK72. Can I switch to the extended release kind because of stomach upset? "
        "My daughter Linh helps me write this. Thank you very much.",
        [("name", "Nguyen Thi Lan"), ("id_number", "1EG4-TE5-MK72"), ("name", "Linh")],
        [],
    ),
    (
        "hi i have a rash on my inner thighs for like 2 weeks, itchy, red with little bumps around the edge. my insurance "
        "card says Member ID W283-991-407 Group 00472B if that matters for whether a dermatologist is covered lol",
        [("id_number", "W283-991-407"), ("id_number", "00472B")],
        [],
    ),
    (
        "Good evening. I am a 44 year old woman in Mississauga. My OHIP number is 4521-889-306-KT and my family doctor "
        "retired last year so I have no one to ask. I have had heavy periods with clots for six months and I feel tired "
        "all the time. Is this something to worry about?\n-- Farhiya Warsame",
        [("id_number", "4521-889-306-KT"), ("name", "Farhiya Warsame")],
        [],
    ),
    (
        "My son Jean-Baptiste (DOB 04/17/2016) keeps waking at night with leg pains. His pediatrician at Little Harbor "
        "Pediatrics said growing pains but it has been every night this week. Our Medicaid ID is 00918273645. "
        "What else could it be? - Marie-Claude Étienne, 305-555-0183",
        [("name", "Jean-Baptiste"), ("date_of_birth", "04/17/2016"), ("id_number", "00918273645"),
         ("name", "Marie-Claude Étienne"), ("phone", "305-555-0183")],
        ["Little Harbor Pediatrics"],
    ),
    (
        "Sir/Madam,\nI, Ephraim Stoltzfus, of 2280 Mine Road, Paradise Township, write on behalf of my wife Rebecca who "
        "is expecting our seventh child. She has much swelling in her hands and a headache that comes and goes. We do not "
        "have a telephone at the house but a message can be left at the neighbor's, 717-555-0162. We pay our own bills "
        "and have no insurance. What should she watch for?",
        [("name", "Ephraim Stoltzfus"), ("address", "2280 Mine Road, Paradise Township"), ("name", "Rebecca"),
         ("phone", "717-555-0162")],
        [],
    ),
    (
        "question about my blood pressure meds. Been on lisinopril 10 for 3 yrs, bp was 148/92 at the pharmacy machine "
        "today. do I need to go up? you can reach me at dwayne.fairchild@example.com, Dwayne",
        [("email", "dwayne.fairchild@example.com"), ("name", "Dwayne")],
        [],
    ),
    (
        "Dear Dr. Okafor,\nThank you for seeing me last week. You asked me to send my home sugar readings. Fasting they have "
        "been 130 to 155. Patient: Amaka Obi, MRN 7730-4412, date of birth 11 February 1961. Please advise if the "
        "glipizide dose should change.\nAmaka",
        [("name", "Okafor"), ("name", "Amaka Obi"), ("id_number", "7730-4412"), ("date_of_birth", "11 February 1961"),
         ("name", "Amaka")],
        [],
    ),
    (
        "I'm writing from Winnipeg. My dad Bernard Sinclair is 78, Cree, lives on the reserve and his diabetes foot "
        "ulcer is not healing. His status card number is 2950147803 and his Manitoba health number is 116 204 559. The "
        "nursing station says to wait. Is 5 weeks too long for a sore to heal?",
        [("name", "Bernard Sinclair"), ("id_number", "2950147803"), ("id_number", "116 204 559")],
        [],
    ),
    (
        "Hello,\nMy name is Yitzchok Weiss. I'm 52 and had a colonoscopy at Maimonides last month, they found 2 polyps "
        "which were removed. The letter says tubular adenoma. When should I repeat? Reply to yweiss@example.org or call "
        "718-555-0129 (not on Shabbos please).",
        [("name", "Yitzchok Weiss"), ("email", "yweiss@example.org"), ("phone", "718-555-0129")],
        [],
    ),
    (
        "pls help my lil sister Jasmine keeps getting nosebleeds at school, like 3 a week. she's 9. nurse at Carver "
        "Elementary keeps calling me at work (I'm at the Dollar General on Route 9). is this normal?? - Keisha",
        [("name", "Jasmine"), ("name", "Keisha")],
        ["Carver Elementary", "Dollar General on Route 9"],
    ),
    (
        "Estimado doctor, my mother Guadalupe Ramírez Ortiz, 71, has pain in her right knee for two years. She lives with "
        "me at 88 Calle Las Flores, Laredo TX 78040. Her Medicaid number is 612-334-9087-01. Can she use the gel with "
        "diclofenac if she also takes warfarin? Gracias, Adriana",
        [("name", "Guadalupe Ramírez Ortiz"), ("address", "88 Calle Las Flores, Laredo TX 78040"),
         ("id_number", "612-334-9087-01"), ("name", "Adriana")],
        [],
    ),
    (
        "Claim number CLM-2023-0098812 was denied for my MRI of the lumbar spine. The insurer says it wasn't medically "
        "necessary. I have had sciatica down my left leg for 4 months. How do I get a doctor to write a letter for the "
        "appeal? Thanks, Gary Pruitt",
        [("id_number", "CLM-2023-0098812"), ("name", "Gary Pruitt")],
        [],
    ),
    (
        "Hi, I'm a student at Dalhousie, my student number is B00871234. Campus health is closed over the break. I've had a "
        "sore throat and white spots on my tonsils for 3 days, fever 38.6. Do I need antibiotics? - Priya",
        [("id_number", "B00871234"), ("name", "Priya")],
        ["Dalhousie"],
    ),
    (
        "Respected doctor, I am Mohamed Abdi Hassan, Somali, living in Minneapolis since 2009. I have pain in the heel "
        "in the morning when I first walk. Worse after standing at my job at the Cedar-Riverside halal market. My "
        "phone is 612 555 0191. Please reply, thank you, may God bless you.",
        [("name", "Mohamed Abdi Hassan"), ("phone", "612 555 0191")],
        ["Cedar-Riverside halal market"],
    ),
    (
        "So my wife thinks I snore and stop breathing at night. I'm 49, 260 lbs. My BCBS member # is XQH918204556 and "
        "group 88213. Can I get a home sleep test without a referral? -Tom Kowalczyk, Rural Route 2 Box 114, Wahpeton ND",
        [("id_number", "XQH918204556"), ("id_number", "88213"), ("name", "Tom Kowalczyk"),
         ("address", "Rural Route 2 Box 114, Wahpeton ND")],
        [],
    ),
    (
        "Dear Sir,\n\nPlease find below my information for your records.\n\nName: Rosalind Achterberg\nDate of Birth: "
        "1954-09-23\nBC PHN: 9876 543 210\nAddress: 4410 Marine Drive, Suite 1203, West Vancouver BC V7W 2N9\n\n"
        "I have been experiencing dizziness when rolling over in bed. It lasts under a minute. I was told it might be "
        "crystals in the ear. Is there an exercise I can do myself?",
        [("name", "Rosalind Achterberg"), ("date_of_birth", "1954-09-23"), ("id_number", "9876 543 210"),
         ("address", "4410 Marine Drive, Suite 1203, West Vancouver BC V7W 2N9")],
        [],
    ),
    (
        "hey doc its marisol. my bf Tony keeps getting these cold sores and now I have one too. can I get one down there "
        "from him? we're both 23. my ig is @marisol.vibes_ if u wanna dm lol",
        [("name", "marisol"), ("name", "Tony"), ("handle", "@marisol.vibes_")],
        [],
    ),
    (
        "My grandmother Bà Hoa is 84 and we think she's getting forgetful. She puts the rice cooker in the fridge. Her "
        "doctor Dr. Tran at Bellaire Family Clinic retired. Where do we start with a memory test? I'm Kevin, 713-555-0106.",
        [("name", "Hoa"), ("name", "Tran"), ("name", "Kevin"), ("phone", "713-555-0106")],
        ["Bellaire Family Clinic"],
    ),
    (
        "To the attending physician:\nRe: Leilani Kahananui, DOB 08/02/1990, Policy No. HMSA-55720193\nThe patient has "
        "recurrent urinary tract infections, four in the past year, each treated with nitrofurantoin. She requests a "
        "discussion of prophylaxis options.\nSubmitted by: Kimo Kahananui (spouse), kimo.k@example.net",
        [("name", "Leilani Kahananui"), ("date_of_birth", "08/02/1990"), ("id_number", "HMSA-55720193"),
         ("name", "Kimo Kahananui"), ("email", "kimo.k@example.net")],
        [],
    ),
    (
        "I work night shift at the Tyson plant in Garden City and my hands go numb and tingle, mostly thumb and first two "
        "fingers. My supervisor Luis said to ask a doctor. Employee ID is 00457219 if I need a work note. Im 38 female.",
        [("name", "Luis"), ("id_number", "00457219")],
        ["Tyson plant in Garden City"],
    ),
    (
        "Quebec here. Ma carte soleil number is TREM 6205 1514 (my mom's name is on the other line). I am 62, I have "
        "ringing in both ears since the winter. Is it from my aspirin? Merci - Louise Tremblay",
        [("id_number", "TREM 6205 1514"), ("name", "Louise Tremblay")],
        [],
    ),
    (
        "I'm a Filipino caregiver in Toronto. My SIN is 046 812 553, I need a medical form signed for my work permit "
        "renewal but my question is actually about my cough that won't go away after the flu, 5 weeks now, dry, worse "
        "at night. Can you help? Maricel D. Santos, +1 416 555 0175",
        [("id_number", "046 812 553"), ("name", "Maricel D. Santos"), ("phone", "+1 416 555 0175")],
        [],
    ),
    (
        "my dad Walter got a ticket on the way home from the ER because he was so dizzy he swerved, cop wrote down plate "
        "8KLM227 and said he should see a doctor before driving. He's 81. What causes dizziness and swerving like that?",
        [("name", "Walter"), ("licence_plate", "8KLM227")],
        [],
    ),
    (
        "Hello. I am Thomas Yellowhorse, 59, from Chinle, Arizona. Mailing address PO Box 1877, Chinle AZ 86503. I have "
        "been having trouble swallowing pills, they feel stuck in my chest. IHS clinic can't see me till next month. "
        "Is it serious?",
        [("name", "Thomas Yellowhorse"), ("address", "PO Box 1877, Chinle AZ 86503")],
        [],
    ),
    (
        "Rash after starting amoxicillin, my son is 4, it's flat and pink and doesn't itch. Started day 6. His chart number "
        "at Sick Kids is 10448297. Do we stop the medicine? Thanks, Aisha (mom)",
        [("id_number", "10448297"), ("name", "Aisha")],
        [],
    ),
    (
        "Dear Doctor Feldman, I hope this finds you well. I wanted to follow up about the lump on my neck you felt at my "
        "physical. The ultrasound is booked for May 3. Is there anything I should do before? My cell changed, it is now "
        "(514) 555-0138. Kind regards, Chaya Sura Lowenthal",
        [("name", "Feldman"), ("phone", "(514) 555-0138"), ("name", "Chaya Sura Lowenthal")],
        [],
    ),
    (
        "can u get pink eye from a pillow at a hotel? both my eyes crusty this morning. i'm a bus driver for Metro Transit "
        "badge 40992 and they won't let me drive like this. -DeShawn",
        [("id_number", "40992"), ("name", "DeShawn")],
        ["Metro Transit"],
    ),
    (
        "Re: my husband, Huynh Van Minh, age 73. Please call me at 408.555.0153. He has Parkinson's and now he chokes a "
        "little when drinking water. He is on carbidopa-levodopa 25/100 three times a day. Is there a swallow test?",
        [("name", "Huynh Van Minh"), ("phone", "408.555.0153")],
        [],
    ),
    (
        "I need help reading my lab results. Name on report: Brianna L. Carter. Accession 24-118-00563. TSH 6.8, free T4 "
        "normal. The nurse said subclinical. I am 31 and trying to get pregnant, does this matter?",
        [("name", "Brianna L. Carter"), ("id_number", "24-118-00563")],
        [],
    ),
    (
        "Good morning,\nI live at 16 Birch Lane, Unit 3, Whitehorse YT Y1A 4Z2. My Yukon health care number is "
        "003-482-917. My son is 15 and has a lot of acne on his back and face and he's getting teased. The pharmacy "
        "creams don't help. What are the next options?\nMargaret Dawson",
        [("address", "16 Birch Lane, Unit 3, Whitehorse YT Y1A 4Z2"), ("id_number", "003-482-917"),
         ("name", "Margaret Dawson")],
        [],
    ),
    (
        "Haitian Creole is my first language sorry for English. I am Wilner Joseph, 55 years, North Miami. I have pressure "
        "in my eyes the doctor said glaucoma. The drops (latanoprost) make my eyes red. Can I stop? Phone 786-555-0112. "
        "Mesi anpil.",
        [("name", "Wilner Joseph"), ("phone", "786-555-0112")],
        [],
    ),
    (
        "my driver's license got suspended after my seizure in february, license no. K552-4471-0923 (Wisconsin). "
        "Neurologist says 3 months seizure free. I've been on Keppra 750 twice a day and no seizures since. When can I "
        "drive again, does the doctor have to fill something? I'm Caleb, 27",
        [("id_number", "K552-4471-0923"), ("name", "Caleb")],
        [],
    ),
    (
        "We are Orthodox and my wife Miriam is 34 weeks pregnant with twins. Her OB Dr. Sarah Blum at Boro Park "
        "Women's Health wants to induce at 37 weeks. Is that normal for twins? Shlomo Katz, shlomo.katz@example.com",
        [("name", "Miriam"), ("name", "Sarah Blum"), ("name", "Shlomo Katz"), ("email", "shlomo.katz@example.com")],
        ["Boro Park Women's Health"],
    ),
    (
        "hello im 19 and i think i have an ingrown toenail it's swollen and there's a bit of pus. I go to Red River College, "
        "live at the residence on Princess St room 412. Can I soak it or do I need it cut?",
        [("address", "the residence on Princess St room 412")],
        ["Red River College"],
    ),
    (
        "Patient: Ahmed Yusuf Ali\nHealth card (Alberta): 12345-6789\nPhone: 780-555-0144\nConcern: blood in urine once, "
        "no pain, age 63, ex-smoker 30 years. Doctor ordered a CT but the wait is 10 weeks. Is that too long?",
        [("name", "Ahmed Yusuf Ali"), ("id_number", "12345-6789"), ("phone", "780-555-0144")],
        [],
    ),
    (
        "my cousin told me to post here. I'm Tuyet, 28, I work at the nail salon on Bolsa Ave (Lucky Nails) and my "
        "hands are cracking and bleeding from the acetone. gloves make it sweaty and worse. what cream?",
        [("name", "Tuyet")],
        ["Lucky Nails"],
    ),
    (
        "Dear Physician,\nMy name is Evangeline Pascual-Reyes. I was born on March 9, 1972. I have had hot flashes and "
        "night sweats for about a year. My sister in Manila takes soy pills for this. Are they safe with my history of "
        "breast cysts?\nContact: eva.pr72@example.com | 206-555-0190\nSeattle, WA",
        [("name", "Evangeline Pascual-Reyes"), ("date_of_birth", "March 9, 1972"), ("email", "eva.pr72@example.com"),
         ("phone", "206-555-0190")],
        [],
    ),
    (
        "Asking for my coworker Jolene at the Walmart Supercenter in Dothan because she doesnt have internet. She's 58 and "
        "gets chest tightness when she lifts the heavy boxes but it goes away when she rests. Her doctor says it's her "
        "weight. Should she get a second opinion?",
        [("name", "Jolene")],
        ["Walmart Supercenter in Dothan"],
    ),
    (
        "Please update the file for my father, Samuel Two Bulls, Medicaid ID SD48120377. He moved in with me at 1207 "
        "Kansas City St, Rapid City SD 57701. His question is whether he still needs the potassium pills now that he's "
        "off the water pill.",
        [("name", "Samuel Two Bulls"), ("id_number", "SD48120377"), ("address", "1207 Kansas City St, Rapid City SD 57701")],
        [],
    ),
    (
        "yo. 24M, got a tattoo 5 days ago and its red and warm around the edges. artist (insta: @inkbyrafa) says normal. "
        "i say it's getting bigger. who's right",
        [("handle", "@inkbyrafa")],
        [],
    ),
    (
        "Dear Doctor,\nI write regarding my daughter Sofia Martinez, age 12, student at Lincoln Middle School, 7th grade. She "
        "has been diagnosed with scoliosis, 22 degrees. The school nurse Mrs. Patterson noticed it. Will a brace help? "
        "\nRespectfully, Hector Martinez\n3901 Elm St Apt 2, Dallas TX 75226",
        [("name", "Sofia Martinez"), ("name", "Patterson"), ("name", "Hector Martinez"),
         ("address", "3901 Elm St Apt 2, Dallas TX 75226")],
        ["Lincoln Middle School"],
    ),
    (
        "Hi there - Anh here. My Aetna ID is W190455372 and I'm wondering why my stomach burns after I take ibuprofen for "
        "my back. I take 800 mg three times a day. Is that too much?",
        [("name", "Anh"), ("id_number", "W190455372")],
        [],
    ),
    (
        "I am a Mennonite farmer near Aylmer, Ontario, lot 14 concession 6. I cut my hand on a hay baler two weeks ago and "
        "it healed but now my finger won't straighten. My name is Abram Friesen. I have no phone, please write back.",
        [("address", "lot 14 concession 6"), ("name", "Abram Friesen")],
        [],
    ),
    (
        "Good afternoon. Can someone tell me about my mother's PET scan? Patient name Florence Baptiste, MRN 00-77-4192. "
        "It says FDG avid node 1.4 cm. She's 69. Her oncologist is Dr. Michel Désir. We are very scared.\nJacqueline",
        [("name", "Florence Baptiste"), ("id_number", "00-77-4192"), ("name", "Michel Désir"), ("name", "Jacqueline")],
        [],
    ),
    (
        "My Nova Scotia card number is 0012 345 678 and it expires next month. Unrelated, I've been having heartburn every "
        "night after supper. I'm 47. Thank you, Colin MacNeil, Sydney NS, 902-555-0171.",
        [("id_number", "0012 345 678"), ("name", "Colin MacNeil"), ("phone", "902-555-0171")],
        [],
    ),
    (
        "ok so my roommate Destiny (she's on tiktok as destinyxoxo_official lol) keeps saying I'm anemic bc I'm pale and "
        "tired. I'm vegetarian 22F. should I get a blood test or just take iron?",
        [("name", "Destiny"), ("handle", "destinyxoxo_official")],
        [],
    ),
    (
        "URGENT REPLY REQUESTED (not an emergency). I am Dr. Karen Whitfield, a dentist, asking about myself. I have had a "
        "rash on my hands from nitrile gloves. My license # DDS-34812 is with the Oregon board and I'm worried about "
        "work. Is patch testing available?",
        [("name", "Karen Whitfield"), ("id_number", "DDS-34812")],
        [],
    ),
    (
        "Doctor my baby Kalani is 7 months, she has a flat spot on the back of her head. Our pediatrician at Kapolei "
        "Keiki Clinic said helmet maybe. Is it necessary? mom's cell 808-555-0134",
        [("name", "Kalani"), ("phone", "808-555-0134")],
        ["Kapolei Keiki Clinic"],
    ),
    (
        "Im writing for my uncle Ba Thi (everyone calls him Uncle Bao), he is 66 and smokes 2 packs. He coughs blood "
        "a little in the morning for 2 weeks. He refuses to go. What do I tell him? His address is 77 Saigon Ct, "
        "Garden Grove CA if someone can visit.",
        [("name", "Ba Thi"), ("name", "Bao"), ("address", "77 Saigon Ct, Garden Grove CA")],
        [],
    ),
    (
        "Hi my name is Faduma, I am 31 and pregnant 12 weeks. My midwife Ms. Johansson said I have low iron (ferritin 9). "
        "The pills make me constipated. Is there an iron that doesn't? Whatsapp +1 (952) 555-0158",
        [("name", "Faduma"), ("name", "Johansson"), ("phone", "+1 (952) 555-0158")],
        [],
    ),
    (
        "Dear Sir or Madam,\nI am the legal guardian of Mr. Delbert Hoskins (DOB: Jan 5, 1948), who resides at Pine Ridge "
        "Manor, room 118. His facility number is PRM-0118. He has new confusion since Tuesday and the staff think a "
        "bladder infection. Is confusion common with UTIs in older men?\nYours faithfully,\nPatricia Hoskins-Lee\n"
        "Power of Attorney",
        [("name", "Delbert Hoskins"), ("date_of_birth", "Jan 5, 1948"), ("address", "Pine Ridge Manor, room 118"),
         ("id_number", "PRM-0118"), ("name", "Patricia Hoskins-Lee")],
        [],
    ),
]
