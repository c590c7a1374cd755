# Hand-written privacy items for en25-intake.
# Each entry: (text, [(identifier_type, exact_substring), ...], [quasi_string, ...])
# Every text below was written individually by hand.

WITH_IDENTIFIERS = [
    (
        "Hi, my name is Oluwaseun and I've had a dry cough for three weeks now. No fever, no phlegm. "
        "Is that normal after a cold or should I be asking for a chest x-ray?",
        [("name", "Oluwaseun")],
        [],
    ),
    (
        "hey its mia again lol. the rash on my inner elbow is back, same as last summer. should i just "
        "use the hydrocortisone again or is that bad long term",
        [("name", "mia")],
        [],
    ),
    (
        "My daughter Priyanka (14) keeps getting nosebleeds at night, like 3-4 times a week. Dr. Feldstein "
        "said it's dry air and to get a humidifier but it's been 2 months and nothing has changed.",
        [("name", "Priyanka"), ("name", "Feldstein")],
        [],
    ),
    (
        "Please call me back on 07700 914382, I can't type much with this hand. Knee swelled up after I "
        "slipped on the ice yesterday, I can bend it but it feels tight and hot.",
        [("phone", "07700 914382")],
        [],
    ),
    (
        "I'm writing for my father, Tadeusz Wiśniewski, DOB 03/11/1948. Over the last month he gets "
        "confused in the evenings \u2014 thinks he has to go to work, doesn't recognise the kitchen. In the "
        "mornings he's completely himself. What could cause this pattern?",
        [("name", "Tadeusz Wiśniewski"), ("date_of_birth", "03/11/1948")],
        [],
    ),
    (
        "Name: Grace Achterberg\nDate of birth: 22 July 1987\nMember ID: HLX-4471-902-33\n"
        "Reason for enquiry: recurring UTIs (4 in the last six months), given nitrofurantoin each time. "
        "I would like to talk about prevention rather than another course.",
        [("name", "Grace Achterberg"), ("date_of_birth", "22 July 1987"), ("id_number", "HLX-4471-902-33")],
        [],
    ),
    (
        "MY HUSBAND DESMOND HAS NOT SLEPT PROPERLY IN 3 DAYS BECAUSE OF HIS LOWER BACK. DR OKAFOR GAVE HIM "
        "NAPROXEN BUT ITS NOT TOUCHING IT. WHAT ELSE CAN HE TAKE",
        [("name", "DESMOND"), ("name", "OKAFOR")],
        [],
    ),
    (
        "quick q \u2014 can I take ibuprofen with lisinopril? pharmacy was shut. easiest to reach me at "
        "rosie.tanaka88@fastmail.com",
        [("email", "rosie.tanaka88@fastmail.com")],
        [],
    ),
    (
        "Is it weird that my period is 10 days late? Not pregnant (tested twice, both negative). Been "
        "really stressed with exams. Thanks, Hope",
        [("name", "Hope")],
        [],
    ),
    (
        "My son Hunter fell off the trampoline yesterday. Wrist doesn't look swollen but he won't pick "
        "anything up with it and cries if I press just above the thumb. Is that worth an x-ray?",
        [("name", "Hunter")],
        [],
    ),
    (
        "We rent at 14 Larkspur Close, Amberley and there's black mould coming through the bedroom wall. "
        "My toddler has been wheezy pretty much since we moved in. Could it be connected? The landlord "
        "says it's just condensation and we should open windows.",
        [("address", "14 Larkspur Close, Amberley")],
        [],
    ),
    (
        "does anyone else get the metallic taste on metformin?? i posted about it on my tiktok "
        "(@sunny_side_stacy) and like 200 ppl said same. does it go away",
        [("handle", "@sunny_side_stacy")],
        [],
    ),
    (
        "I keep a flare diary on my blog https://www.livingwithlupus-jenna.net/diary \u2014 new thing this "
        "winter: my fingertips go white then blue when it's cold and throb when they warm up. Is this part "
        "of the lupus or something separate?",
        [("url", "https://www.livingwithlupus-jenna.net/diary")],
        [],
    ),
    (
        "Reg KP19 XWL \u2014 I was the one rear-ended at the lights on Tuesday, the other driver's insurer "
        "wants a medical report. My neck is stiff and I get headaches at the base of my skull by the "
        "afternoon. Who do I actually see for this?",
        [("licence_plate", "KP19 XWL")],
        [],
    ),
    (
        "My NHS number is 485 777 3456 if that helps anyone find it \u2014 the surgery has lost my "
        "dermatology referral for the second time. The mole on my back has changed shape. How long "
        "before I should be chasing?",
        [("id_number", "485 777 3456")],
        [],
    ),
    (
        "Hello. I am Fatima Al-Rashidi. My doctor, Dr. Henrik Lindqvist, changed my levothyroxine from "
        "50 to 75 mcg and since then I feel jittery and my heart races at night. Should I go back to the "
        "old dose myself or wait?",
        [("name", "Fatima Al-Rashidi"), ("name", "Henrik Lindqvist")],
        [],
    ),
    (
        "my wife Bao gets migraines with aura, the zigzag lines and then a headache about an hour later. "
        "she's 34 and wants to go on the combined pill. I read somewhere thats not safe with aura?",
        [("name", "Bao")],
        [],
    ),
    (
        "text me back 555-019-2847. my sister Marisol has had diarrhea since sunday, like 6 times a day, "
        "she's weak but still drinking. at what point does she need to be seen",
        [("phone", "555-019-2847"), ("name", "Marisol")],
        [],
    ),
    (
        "Student ID 2021-44871 (Halloway College). The health office says they need proof of MMR before I "
        "can enrol. Apparently I had measles as a kid \u2014 does that count or do I need the jab anyway?",
        [("id_number", "2021-44871")],
        ["Halloway College"],
    ),
    (
        "Name's Jax. 19. Got a tattoo 5 days ago on my calf, it's red and hot round the edges and kinda "
        "weeping clear stuff. normal healing or infected??",
        [("name", "Jax")],
        [],
    ),
    (
        "My mum, Siobhán, had a fall at home last night. She lives on her own at Flat 3, 27 Mercer Street "
        "and wasn't found till the carer came in at 8. She seems ok \u2014 bruised hip, walking on it. "
        "Should she still be checked over?",
        [("name", "Siobhán"), ("address", "Flat 3, 27 Mercer Street")],
        [],
    ),
    (
        "Dear doctor, I am Rajesh Venkataraman, 52 years, from Pune. Fasting sugar today 168, post lunch "
        "240. Taking metformin 500 twice daily. Is it high? Kindly advise what to change.",
        [("name", "Rajesh Venkataraman")],
        [],
    ),
    (
        "Hi!! Its Brooklyn \U0001F60A im 16 and i get really bad cramps every month, like i throw up and "
        "have to miss school. my mom says its normal?? is it",
        [("name", "Brooklyn")],
        [],
    ),
    (
        "ok so my ig is @kofi.lifts and ppl in the comments keep saying creatine wrecks your kidneys. my "
        "last creatinine was 1.3. should i actually stop taking it?",
        [("handle", "@kofi.lifts")],
        [],
    ),
    (
        "Patient: Hamid Karimi\nMRN: 00872331\nThe discharge letter from Ward 4B says 'urology follow-up "
        "in 6 weeks'. It has been 10 weeks and nobody has called. I still see a bit of blood in my urine "
        "sometimes. Who do I contact?",
        [("name", "Hamid Karimi"), ("id_number", "00872331")],
        [],
    ),
    (
        "Sorry, writing from my work email: d.mbeki@karoo-logistics.co.za \u2014 is a resting heart rate "
        "of 48 too low? I run about 50 km a week and feel fine.",
        [("email", "d.mbeki@karoo-logistics.co.za")],
        [],
    ),
    (
        "I'm Lucía, 31. I work nights at Parkview Care Home and I just can't sleep in the day any more, "
        "maybe 3 hours if I'm lucky. Is melatonin safe to take every day?",
        [("name", "Lucía")],
        ["Parkview Care Home"],
    ),
    (
        "Grandad was born 9 April 1939 and still insists on driving. His eyesight is clearly worse, he "
        "clips kerbs and misjudges junctions. How do we get him properly tested without a massive row?",
        [("date_of_birth", "9 April 1939")],
        [],
    ),
    (
        "Policy number GH-2290-118-7. My insurer is refusing to pay for the CPAP machine because my AHI "
        "was 'only' 14. What do I say to them, medically speaking?",
        [("id_number", "GH-2290-118-7")],
        [],
    ),
    (
        "Hi I'm Will. Left ear has been blocked for 2 weeks after swimming. No pain, just muffled and I "
        "can hear my own voice too loud. Olive oil drops haven't done much.",
        [("name", "Will")],
        [],
    ),
    (
        "My youngest (2) has eczema in the creases of her elbows and knees and the 1% hydrocortisone "
        "isn't doing anything any more. Is there something stronger we can ask for?\n\n"
        "Thanks in advance \u2014 Summer (mum of 3)",
        [("name", "Summer")],
        [],
    ),
    (
        "This is my friend Chidi's question, he doesn't have an account. He's 27, gets heartburn every "
        "single night even with omeprazole, and he's lost a bit of weight without trying. Should he push "
        "for a scope?",
        [("name", "Chidi")],
        [],
    ),
    (
        "Hi, I'm the carer for Mr. Pemberton (first name Arthur), 88. He has had a sore on his heel for "
        "about a month that won't heal. He's diabetic. Is this something the district nurse should look "
        "at or the GP?",
        [("name", "Pemberton"), ("name", "Arthur")],
        [],
    ),
    (
        "Pls reply to my number +44 7911 123 456 or WhatsApp. My baby is 9 months and has had a runny "
        "nose and slight temperature (37.9) for 3 days, eating a bit less. Calpol ok to keep giving?",
        [("phone", "+44 7911 123 456")],
        [],
    ),
    (
        "Address for the home visit: 5B Kowhai Road, Mt Albert, Auckland 1025. My husband can't get out "
        "of bed with his hip since Saturday. We were told to ask here first before booking.",
        [("address", "5B Kowhai Road, Mt Albert, Auckland 1025")],
        [],
    ),
    (
        "Employee ID: E-558102 (Carrow Freight). HR needs a note saying I'm fit to return after my "
        "gallbladder surgery (keyhole, 3 weeks ago). Can an online doctor write that or does it have to "
        "be my surgeon?",
        [("id_number", "E-558102")],
        ["Carrow Freight"],
    ),
    (
        "hello im Nguyen Thi Lan, my mother in law is 70 and her feet swell up every evening, it goes down "
        "overnight. she takes amlodipine. is this from the medicine?",
        [("name", "Nguyen Thi Lan")],
        [],
    ),
    (
        "To whom it may concern,\nMy name is Bartholomew Osei-Asante. I have had a persistent ringing in "
        "my right ear since a concert in March. It has not improved. I would be grateful for any advice "
        "on next steps.\nYours faithfully,\nB. Osei-Asante",
        [("name", "Bartholomew Osei-Asante"), ("name", "B. Osei-Asante")],
        [],
    ),
    (
        "So my doctor (Dr Yusuf at the Riverside practice) says my ferritin of 9 is 'low normal'?? I'm "
        "exhausted all the time and my hair is coming out. Should I push for iron?",
        [("name", "Yusuf")],
        ["Riverside practice"],
    ),
    (
        "my facebook is facebook.com/marguerite.delacroix.77 if you want to see the photo of the rash. "
        "it's on both shins, red raised lumps, really tender, came up after a sore throat.",
        [("url", "facebook.com/marguerite.delacroix.77")],
        [],
    ),
    (
        "DOB 14.02.1995, female. I've had spotting between periods for 3 cycles now. Smear was normal "
        "last year. Should I be worried?",
        [("date_of_birth", "14.02.1995")],
        [],
    ),
    (
        "Can you send the answer to j.okonkwo-reid@gmail.com as I'm not always logged in. Question: my "
        "7 yo son has started wetting the bed again after being dry for 2 years. Nothing has changed at "
        "home that I know of.",
        [("email", "j.okonkwo-reid@gmail.com")],
        [],
    ),
    (
        "Re: my mother Rosalind Fairweather (NHS no. 943 476 5919). She's on warfarin and the INR clinic "
        "changed her dose twice this month. Her INR was 4.2 then 1.8. Is that kind of swinging normal?",
        [("name", "Rosalind Fairweather"), ("id_number", "943 476 5919")],
        [],
    ),
    (
        "It's Pat here (Patricia really, nobody uses it). 63. My knees crack and ache going downstairs. "
        "Is glucosamine worth the money or a con?",
        [("name", "Pat"), ("name", "Patricia")],
        [],
    ),
    (
        "Hi! Kindly assist, I'm Abebe, 45, from Addis. I have pain under the right ribs after fatty food. "
        "Ultrasound report says 'sludge'. What is sludge and does it need operation?",
        [("name", "Abebe")],
        [],
    ),
    (
        "If anyone from the clinic sees this, my number changed, it's now 0412 558 903. Also my blood "
        "test from last week \u2014 is a TSH of 6.2 something they'd normally treat?",
        [("phone", "0412 558 903")],
        [],
    ),
    (
        "Home address is 221 Calloway Drive, Apt 4C, Tulsa, OK 74105 \u2014 I need the rehab referral "
        "sent there after my ACL repair, the old one went to my ex's place.",
        [("address", "221 Calloway Drive, Apt 4C, Tulsa, OK 74105")],
        [],
    ),
    (
        "My twins, Ezra and Noa, both have a barky cough tonight, worse when they cry. They're 3. Is this "
        "croup, and can they go to daycare tomorrow if they seem ok?",
        [("name", "Ezra"), ("name", "Noa")],
        [],
    ),
    (
        "reddit name is u/quietpixel_92 if anyone wants to DM. been on sertraline 6 weeks and my libido "
        "is completely gone. does it come back or is this forever",
        [("handle", "u/quietpixel_92")],
        [],
    ),
    (
        "Plate number 7KJL294, we were parked in the clinic lot Thursday and my mum fainted getting out of "
        "the car, security took our details. She's 81, seemed fine after a few minutes. Do we need "
        "follow-up?",
        [("licence_plate", "7KJL294")],
        [],
    ),
    (
        "So I (Thandiwe, 38) have this tremor in my right hand, only when I hold a cup or a pen. My aunt "
        "had Parkinson's. Is it that?",
        [("name", "Thandiwe")],
        [],
    ),
    (
        "My son's school nurse at Greenbank Primary rang to say Oscar has nits AGAIN. third time this "
        "term. what actually works??",
        [("name", "Oscar")],
        ["Greenbank Primary"],
    ),
    (
        "Grandma (Mei-Ling, born 12 December 1944) has been losing weight, about 6 kg in 3 months, "
        "without trying. She says her appetite is fine. What tests should she ask for?",
        [("name", "Mei-Ling"), ("date_of_birth", "12 December 1944")],
        [],
    ),
    (
        "hi dr. sorry for english. i am Mohammed. my wife is pregnant 28 weeks and she has itching very "
        "bad on hands and feet in the night. no rash. is normal?",
        [("name", "Mohammed")],
        [],
    ),
    (
        "forwarding this from my brother:\n> hey can u ask ur doctor website thing if its bad that my pee "
        "is really dark and foamy. been like that a week. \u2014 Marcus",
        [("name", "Marcus")],
        [],
    ),
    (
        "Insurance member no. UHC 9928 4471 02. Can the endocrinologist's nurse call me? My Dexcom keeps "
        "reading in the 40s at night but I feel fine when I check with a finger prick.",
        [("id_number", "UHC 9928 4471 02")],
        [],
    ),
    (
        "My doctor is Dr Anand Krishnamurthy but he's on leave. I was prescribed amoxicillin for a chest "
        "infection and broke out in hives on day 4. Should I stop it?",
        [("name", "Anand Krishnamurthy")],
        [],
    ),
    (
        "I'm Rose, 67, and I've had a cough with some blood streaks for a week. Never smoked. My GP "
        "appointment isn't till the 20th. Is that too long to wait?",
        [("name", "Rose")],
        [],
    ),
    (
        "Contact: kwame.asante@protonmail.com / 020 7946 0321\nRe: my daughter, 6, keeps complaining of "
        "tummy aches on school mornings but never at weekends. Could this be anxiety?",
        [("email", "kwame.asante@protonmail.com"), ("phone", "020 7946 0321")],
        [],
    ),
    (
        "Hi Dr. Ng, it's Samira again \u2014 the antibiotic drops worked for the left eye but now the "
        "right one is pink and sticky. Same thing again?",
        [("name", "Ng"), ("name", "Samira")],
        [],
    ),
    (
        "dad's name is Ignatius (everyone calls him Iggy), he's 74 and keeps choking a bit on water when "
        "he drinks. had a mini stroke last year. is this related??",
        [("name", "Ignatius"), ("name", "Iggy")],
        [],
    ),
    (
        "I'm posting for Auntie Comfort who is not online. She is 59 and gets chest tightness when she "
        "climbs the stairs at church, goes away when she rests. Her BP is 150/95.",
        [("name", "Comfort")],
        [],
    ),
    (
        "Found the old letter in a drawer: 'Patient: Declan Moriarty, Hospital No. RX4471920, diagnosis: "
        "mild aortic stenosis.' That was 2016. Should my dad have had a follow-up echo by now?",
        [("name", "Declan Moriarty"), ("id_number", "RX4471920")],
        [],
    ),
    (
        "PLEASE HELP MY NAME IS KATARZYNA AND I HAVE HAD HICCUPS FOR 2 DAYS STRAIGHT. CANT SLEEP CANT EAT "
        "PROPERLY. IS THERE ANYTHING",
        [("name", "KATARZYNA")],
        [],
    ),
    (
        "Lives at: Unit 12, 48 Harbour Parade, Fremantle WA 6160\nWho: my nan, 90\nProblem: keeps getting "
        "UTIs, the last one made her really confused for days. GP just keeps giving antibiotics.",
        [("address", "Unit 12, 48 Harbour Parade, Fremantle WA 6160")],
        [],
    ),
    (
        "I think I have a hernia. There's a bulge near my belly button when I cough. I'm a chef at "
        "Luigi's Trattoria and lift heavy pots all day. Do I need to stop work? - Giancarlo",
        [("name", "Giancarlo")],
        ["Luigi's Trattoria"],
    ),
    (
        "hi my username here is the same as on twitter, @dr_who_fan_liz \u2014 I'm 44 and getting hot "
        "flushes but my periods are still regular. Can that be perimenopause already?",
        [("handle", "@dr_who_fan_liz")],
        [],
    ),
    (
        "My license plate is WXD 4418 and I got a parking fine outside the hospital while I was in A&E "
        "for 6 hours with kidney stones. Can I get a doctor's letter to appeal it?",
        [("licence_plate", "WXD 4418")],
        [],
    ),
    (
        "Hi it's June. My thumb joint right at the base hurts when I open jars. I'm 58 and knit a lot. "
        "Is this arthritis?",
        [("name", "June")],
        [],
    ),
    (
        "They asked for my SSN (512-44-9083) on the form for the sleep study, is that normal? Also how "
        "long do sleep study results usually take?",
        [("id_number", "512-44-9083")],
        [],
    ),
    (
        "I am called Ayodele. My little brother Tunde, 11, has a swollen sore knee just below the kneecap "
        "after football and now he limps. No big fall. Is this Osgood-Schlatter?",
        [("name", "Ayodele"), ("name", "Tunde")],
        [],
    ),
    (
        "Reply to 0803 555 2190 please. I am 33 weeks pregnant and baby is moving less today than usual.",
        [("phone", "0803 555 2190")],
        [],
    ),
    (
        "Hey, it's Dawn from the Tuesday group \u2014 does anyone know if you can drink alcohol at all on "
        "naltrexone?",
        [("name", "Dawn")],
        [],
    ),
    (
        "email is mrs.b.henderson@btinternet.com. My husband was diagnosed with atrial fibrillation last "
        "month and started on apixaban. Can he still have his glass of red wine with dinner?",
        [("email", "mrs.b.henderson@btinternet.com")],
        [],
    ),
    (
        "LinkedIn: linkedin.com/in/arjun-mehta-pm \u2014 I'm a project manager and my shoulders and neck "
        "are constantly tight from desk work. Would physio help or is it just posture?",
        [("url", "linkedin.com/in/arjun-mehta-pm")],
        [],
    ),
    (
        "My kid's nickname is Bean \U0001F602 (real name Beatrix) \u2014 she's 18 months and only has 4 "
        "teeth. Is that late?",
        [("name", "Bean"), ("name", "Beatrix")],
        [],
    ),
    (
        "Member #: 0045-771-2236-A\nPlan: Silver Care\nQuestion: Does a colonoscopy count as preventive "
        "if I'm 45 with no symptoms at all?",
        [("id_number", "0045-771-2236-A")],
        [],
    ),
    (
        "me (Zainab) and my husband (Omar) have been trying for a baby for 18 months. I'm 33, regular "
        "cycles. At what point do we both get tested?",
        [("name", "Zainab"), ("name", "Omar")],
        [],
    ),
    (
        "Hi I live at 3 Birchwood Lane, Little Haxby (the farmhouse at the very end) and the nearest GP is "
        "40 minutes away. Is there a way to do blood pressure checks at home instead? Reading this "
        "morning was 162/98.",
        [("address", "3 Birchwood Lane, Little Haxby")],
        [],
    ),
    (
        "my dob is 30/06/2001 and the pharmacy said im too young for the shingles vaccine even though "
        "i've had shingles twice?? is that right",
        [("date_of_birth", "30/06/2001")],
        [],
    ),
    (
        "insta: @mama_of_three_boys_uk. asking here bc my youngest (Rory, 5) has a squint that's only "
        "noticeable when he's tired. Does he need glasses?",
        [("handle", "@mama_of_three_boys_uk"), ("name", "Rory")],
        [],
    ),
    (
        "Case reference: CLM-20931-KX (the car accident claim). The solicitor wants to know if my lower "
        "back pain is likely to be permanent. It's been 8 months.",
        [("id_number", "CLM-20931-KX")],
        [],
    ),
    (
        "hey!! im charlie (they/them) 22, been binding my chest for 3 yrs and now getting rib pain. "
        "should i stop or get checked?",
        [("name", "charlie")],
        [],
    ),
    (
        "Good morning. Mr Obi from flat 9 asked me to post for him \u2014 he is 76, his ankles and legs "
        "have been swelling and he is short of breath lying flat at night. He takes furosemide.",
        [("name", "Obi")],
        [],
    ),
    (
        "I'm Hana Kobayashi. I got a letter saying my mammogram needs 'further views'. The appointment is "
        "on the 15th. What are the chances it's cancer?",
        [("name", "Hana Kobayashi")],
        [],
    ),
    (
        "Dr. Mwangi prescribed me prednisolone 40mg for 5 days for my asthma. Can I just stop on day 5 "
        "or do I have to taper? \u2014 Esther",
        [("name", "Mwangi"), ("name", "Esther")],
        [],
    ),
    (
        "For the record my driver's licence says 1 March 1990 but the hospital has me as 3 January 1990, "
        "they've mixed my records up somehow. Meanwhile my actual question: is a potassium of 5.6 "
        "dangerous?",
        [("date_of_birth", "1 March 1990"), ("date_of_birth", "3 January 1990")],
        [],
    ),
    (
        "Pls ring my daughter Chiamaka on 07951 302 118, she manages my meds. I'm 80 and getting dizzy "
        "when I stand up.",
        [("name", "Chiamaka"), ("phone", "07951 302 118")],
        [],
    ),
    (
        "My profile: https://www.parentingcircle-forum.co.uk/members/heather-b1982 \u2014 my question is "
        "about my 2 year old's speech, she says maybe 10 words. Should I be worried?",
        [("url", "https://www.parentingcircle-forum.co.uk/members/heather-b1982")],
        [],
    ),
    (
        "MRN 4471-0092-3, I had a colonoscopy on Friday and they removed 3 polyps. The report says "
        "'tubular adenoma'. Is that cancer?",
        [("id_number", "4471-0092-3")],
        [],
    ),
    (
        "my ex's number was on my emergency contact, can you update to 0161 496 0773 (my brother "
        "Padraig). anyway unrelated, can iron tablets cause black poo?",
        [("phone", "0161 496 0773"), ("name", "Padraig")],
        [],
    ),
    (
        "Username on the running app is @trailrunner_mikko. After my half marathon my knee hurts on the "
        "outside, especially going downhill. IT band?",
        [("handle", "@trailrunner_mikko")],
        [],
    ),
    (
        "hi. i'm May. 24. i've been having panic attacks on the tube every morning. is there a medication "
        "i can take just when it happens?",
        [("name", "May")],
        [],
    ),
    (
        "Dear Sir, I am Venkatesh Iyer (Aadhaar 4821 7730 9156). My doctor in Chennai advised "
        "angiography. I want a second opinion. CT shows LAD blockage 70%.",
        [("name", "Venkatesh Iyer"), ("id_number", "4821 7730 9156")],
        [],
    ),
    (
        "my grandmother Eun-ji keeps saying her tongue burns all the time. She's 76 and wears dentures. "
        "Nothing visible in there.",
        [("name", "Eun-ji")],
        [],
    ),
    (
        "Vehicle reg: LD68 PMF. Bit odd but I got stung by a wasp while driving and had to pull over, my "
        "arm swelled up to the elbow. Next day it's still big and itchy. Is that an allergy?",
        [("licence_plate", "LD68 PMF")],
        [],
    ),
    (
        "Dr. Rosa Delgado is my doctor and she said my vitamin D is 18 \u2014 she's away now, what dose "
        "should I be on?",
        [("name", "Rosa Delgado")],
        [],
    ),
    (
        "Ahmed & Leila here (parents of baby Noor, 6 weeks). She's pooing green and frothy, exclusively "
        "breastfed. Is that ok?",
        [("name", "Ahmed"), ("name", "Leila"), ("name", "Noor")],
        [],
    ),
    (
        "Can I get my GP records sent to alex.p.wright@outlook.com? I'm moving to Canada and need proof "
        "of my asthma diagnosis for the new doctor.",
        [("email", "alex.p.wright@outlook.com")],
        [],
    ),
    (
        "We live at 502 Elm Street, Greenville (blue house, can't miss it). Our well water tested high "
        "for nitrates \u2014 is it safe to use for the baby's formula if we boil it?",
        [("address", "502 Elm Street, Greenville")],
        [],
    ),
    (
        "Hi it's Bill. Had shingles on my chest 3 months ago and the pain hasn't gone, burning all the "
        "time. Is this post-herpetic neuralgia?",
        [("name", "Bill")],
        [],
    ),
    (
        "Patient name: Olamide Adeyemi-Cole\nDOB: 17/09/1963\nNHS: 612 903 4478\nGP: Dr P. Sandhu, "
        "Elmfield Surgery\nQuery: can I have the flu jab while I'm on chemo?",
        [
            ("name", "Olamide Adeyemi-Cole"),
            ("date_of_birth", "17/09/1963"),
            ("id_number", "612 903 4478"),
            ("name", "P. Sandhu"),
        ],
        ["Elmfield Surgery"],
    ),
    (
        "My son Kaito, 17, made the school rugby team but has asthma \u2014 the coach at Westbrook High "
        "wants a doctor's note. What should it say?",
        [("name", "Kaito")],
        ["Westbrook High"],
    ),
    (
        "I work at Brennan & Fife Accountants, it's tax season, and I (Orla, 35) have had this twitching "
        "under my left eye for 2 weeks. Stress?",
        [("name", "Orla")],
        ["Brennan & Fife Accountants"],
    ),
    (
        "whatsapp +91 98450 22716. sir my father 68 has urine problem, he is going 10 times at night and "
        "flow is weak. PSA is 5.8. what to do",
        [("phone", "+91 98450 22716")],
        [],
    ),
    (
        "Hey, Raf here from the warehouse (Dunmore Distribution, Bay 6). Lifting boxes today I felt a pop "
        "in my lower back and now my left leg is tingling down to the foot. Go home or push through?",
        [("name", "Raf")],
        ["Dunmore Distribution"],
    ),
    (
        "Hi, I teach Year 2 at St Aidan's Primary and I keep losing my voice by Thursday every single "
        "week. I'm Niamh, 29. ENT or speech therapy?",
        [("name", "Niamh")],
        ["St Aidan's Primary"],
    ),
    (
        "My daughter Esperanza goes to Little Acorns Nursery and they've had a hand foot and mouth "
        "outbreak. She has spots on her palms now. How long does she have to stay home?",
        [("name", "Esperanza")],
        ["Little Acorns Nursery"],
    ),
    (
        "Name: Dmitri Volkov\nEmployer: Northgate Steelworks\nShift: nights\nIssue: constant hiss in both "
        "ears, worse after shifts. Is it too late for ear protection to help?",
        [("name", "Dmitri Volkov")],
        ["Northgate Steelworks"],
    ),
    (
        "i'm a student at Kestrel University, my student number is K2219047, and the campus clinic keeps "
        "telling me my chest pain is anxiety. it only happens when i run. is that anxiety?",
        [("id_number", "K2219047")],
        ["Kestrel University"],
    ),
    (
        "Hi everyone, I'm Gustavo. I'm a line cook at Café Bramble and burned my forearm on the fryer 4 "
        "days ago, now it's blistered and yellowish in the middle. Is this infected?",
        [("name", "Gustavo")],
        ["Café Bramble"],
    ),
    (
        "My father-in-law, Emeka, 66, was told at his check-up at the Hillcrest Family Clinic that his "
        "kidney function is 'stage 3'. What does that mean for him day to day?",
        [("name", "Emeka")],
        ["Hillcrest Family Clinic"],
    ),
    (
        "My sister works at Marlow & Sons bakery and her hands are cracked and bleeding from flour and "
        "constant washing. Her name's Annika if that matters. Any creams that actually work?",
        [("name", "Annika")],
        ["Marlow & Sons"],
    ),
    (
        "I'm a nurse at Oakridge Dialysis Unit (Mireille, 42) and I had a needlestick from a patient last "
        "night. Occupational health is closed till Monday. What do I need and how fast?",
        [("name", "Mireille")],
        ["Oakridge Dialysis Unit"],
    ),
    (
        "Can you reply to tomasz.zielinski@wp.pl. I am bus driver for Metrolink Coaches and I fall asleep "
        "at red lights. My wife says I snore terrible.",
        [("email", "tomasz.zielinski@wp.pl")],
        ["Metrolink Coaches"],
    ),
    (
        "Hello from Ms Adeleke, Year 9 form tutor at Hollins Park Academy. One of my students, Jayden, "
        "fainted in assembly this morning and his mum asked me to ask if that could be a heart thing. "
        "He's 14 and recovered quickly.",
        [("name", "Adeleke"), ("name", "Jayden")],
        ["Hollins Park Academy"],
    ),
    (
        "Profile link: https://www.strava.com/athletes/40918273 \u2014 you can see my heart rate spikes "
        "to 210 on easy runs. I'm 37. Is my watch broken or is it me?",
        [("url", "https://www.strava.com/athletes/40918273")],
        [],
    ),
    (
        "my tiktok is @its.just.lolaa and i posted about my hair falling out in clumps after covid, "
        "someone said telogen effluvium? will it grow back",
        [("handle", "@its.just.lolaa")],
        [],
    ),
    (
        "I have a little gardening channel, youtube.com/@grandpagardens (I'm Harold). Lately I get dizzy "
        "when I look up at the trees, the room spins for a few seconds. 79 years old.",
        [("url", "youtube.com/@grandpagardens"), ("name", "Harold")],
        [],
    ),
    (
        "Plate is NJ X47-TRB \u2014 they towed me from the ER lot while I was being seen for my asthma "
        "attack. Anyway, the ER gave me a steroid inhaler, do I use it every day or only when wheezy?",
        [("licence_plate", "X47-TRB")],
        [],
    ),
    (
        "The ambulance report says our car was YH21 KLO, whatever. I just want to know \u2014 my husband "
        "hit his head on the windscreen, CT was clear, how long should I keep an eye on him?",
        [("licence_plate", "YH21 KLO")],
        [],
    ),
    (
        "The courier who hit me had the plate B-MK 2290 (Berlin). My wrist is still painful 3 weeks "
        "later, x-ray said 'no fracture'. Could they have missed a scaphoid?",
        [("licence_plate", "B-MK 2290")],
        [],
    ),
    (
        "Ring me on 01632 960 552 if it's easier, I'm at work. My HbA1c came back 47 \u2014 does that "
        "mean I'm diabetic now?",
        [("phone", "01632 960 552")],
        [],
    ),
    (
        "I am Ibrahim Diallo, passport no. P48213907, travelling to Uganda next month. Which vaccines and "
        "malaria tablets do I need? I had yellow fever vaccine in 2015.",
        [("name", "Ibrahim Diallo"), ("id_number", "P48213907")],
        [],
    ),
    (
        "sorry for the late message \u2014 my neighbour (Mrs Kaur, lives at 16 Roseberry Avenue) asked me "
        "to ask if her swollen gums could be from her new blood pressure tablets. She's on amlodipine.",
        [("name", "Kaur"), ("address", "16 Roseberry Avenue")],
        [],
    ),
    (
        "kid's DOB: 02/05/2019. He snores really loudly and stops breathing for a few secs sometimes. "
        "Tonsils are huge. Does he need them out?",
        [("date_of_birth", "02/05/2019")],
        [],
    ),
    (
        "My doctor Dr. Faith Morrow keeps saying my blood pressure is fine but I get 150s at home every "
        "evening. Who's right?",
        [("name", "Faith Morrow")],
        [],
    ),
    (
        "My mum (Dolores, 72) broke her wrist in January and still can't grip anything. The hospital "
        "physio discharged her. Who can she see now? Her number is 0118 496 0245 if someone can call her.",
        [("name", "Dolores"), ("phone", "0118 496 0245")],
        [],
    ),
    (
        "Email: hkaur.physio@yahoo.co.uk. I'm a physio myself but asking as a patient \u2014 my own "
        "plantar fasciitis has lasted 14 months. Is shockwave worth trying?",
        [("email", "hkaur.physio@yahoo.co.uk")],
        [],
    ),
    (
        "Address on file is wrong \u2014 it should be 88 Canal Walk, Flat 12, Brentford TW8 0GX. Can you "
        "also tell me if the result of my chlamydia test is back?",
        [("address", "88 Canal Walk, Flat 12, Brentford TW8 0GX")],
        [],
    ),
    (
        "My husband's VA ID is 1V-44920-71 and they keep cancelling his PTSD appointments. He's not "
        "sleeping and drinking more. What else can we do?",
        [("id_number", "1V-44920-71")],
        [],
    ),
    (
        "Hi, this is Ramón. My wife Inés (DOB 5 Nov 1979) gets dizzy spells with ringing in one ear. The "
        "dizzy spells last hours. Ménière's?",
        [("name", "Ramón"), ("name", "Inés"), ("date_of_birth", "5 Nov 1979")],
        [],
    ),
    (
        "I'm asking for my colleague Piotr because his English isn't great. He's 50 and has a red, "
        "painful big toe, woke up with it. Can't even have the bedsheet on it.",
        [("name", "Piotr")],
        [],
    ),
    # --- more, varied positions and styles ---
    (
        "1) who: me, Siddharth\n2) age: 34\n3) problem: ringing in ears + dizzy when I stand\n"
        "4) meds: none\n5) best contact: sid.rao.1990@gmail.com",
        [("name", "Siddharth"), ("email", "sid.rao.1990@gmail.com")],
        [],
    ),
    (
        "my mom has been getting really bad nosebleeds lately (she's on blood thinners). she lives at 4410 "
        "W Palmetto Ave, Tampa and doesn't drive anymore \u2014 is there a home nurse thing for INR checks?",
        [("address", "4410 W Palmetto Ave, Tampa")],
        [],
    ),
    (
        "PATIENT: AMARA NWOSU. D.O.B. 19-08-1958. BLOOD SUGAR 14 THIS MORNING AFTER STEROID INJECTION IN "
        "KNEE. NORMAL??",
        [("name", "AMARA NWOSU"), ("date_of_birth", "19-08-1958")],
        [],
    ),
    (
        "My wife and I (Kenji and Aiko) both got the same stomach bug, she's fine in 2 days but I'm on "
        "day 6 of diarrhoea. Why would it last so much longer for me?",
        [("name", "Kenji"), ("name", "Aiko")],
        [],
    ),
    (
        "Hi \U0001F44B I'm a carer for a lovely lady called Winifred (96). She has started refusing food "
        "and sleeps most of the day. Family asked me to ask what to expect.",
        [("name", "Winifred")],
        [],
    ),
    (
        "Claim no. 77-30491-B with the travel insurer \u2014 I broke my ankle skiing in Austria and they "
        "want to know if I need a follow-up x-ray at home. Do I?",
        [("id_number", "77-30491-B")],
        [],
    ),
    (
        "My cousin Xochitl keeps fainting at church when she stands for long. She's 17. Her mom thinks "
        "it's low iron. Could it be something else?",
        [("name", "Xochitl")],
        [],
    ),
    (
        "I've posted my BP log on my blog if a doctor wants to see it: https://bpdiaries.wordpress.com/"
        "2024/log-march \u2014 mostly 140s/90s. 46M. Do I need medication?",
        [("url", "https://bpdiaries.wordpress.com/2024/log-march")],
        [],
    ),
    (
        "@the.real.mo.salah.fan on snapchat if u want pics. got a weird white patch on my tongue for like "
        "3 weeks, doesn't rub off. i vape a lot",
        [("handle", "@the.real.mo.salah.fan")],
        [],
    ),
]

NO_IDENTIFIERS = [
    "Does Crohn's disease always show up on a colonoscopy? Mine was clear in May but the cramping pain "
    "is back.",
    "I was diagnosed with Hashimoto's last year. TSH is now 4.9 on 75 mcg levothyroxine. Should the dose "
    "go up?",
    "Can I take Advil and Tylenol together for a toothache? I'm 34, about 70 kg.",
    "My BP this morning was 145/92 and then 138/88 an hour later. Is that high enough to need tablets?",
    "Will Ozempic make my hair fall out? Started 0.25 mg three weeks ago and my brush is full every "
    "morning \U0001F62C",
    "Mark on my shin that won't fade since I banged it in February. It's brown, flat, about 2 cm across.",
    "Frank blood in the toilet after a hard poo, bright red, on the paper too. No pain. Piles?",
    "grace period for a missed pill \u2014 is it 12 hours or 24 for Microgynon? took it 14 hours late",
    "Born in 1962, never had a colonoscopy. Is it too late to start screening now?",
    "I have an appointment at the Mayo Clinic on 14 June for my liver. What should I bring with me?",
    "Bell's palsy on the left side since Tuesday. They gave me prednisolone. How long until my smile "
    "comes back?",
    "Ferritin 12, haemoglobin 108. GP says iron tablets. Is 200 mg ferrous sulfate three times a day too "
    "much? It makes me so nauseous",
    "Hope someone can help. My Achilles has been sore every morning for 6 weeks, eases off once I've "
    "walked around a bit.",
    "Is a Baker's cyst dangerous? The ultrasound found a 3 cm one behind my knee.",
    "Had my first Zoloft today (50 mg) and feel weird and buzzy. Does that settle down?",
    "Moved from Lagos to Manchester in September and my skin has been so dry and itchy ever since. Is it "
    "the weather or the water?",
    "5'4, 190 lbs, 41 years old. My doctor says I'm prediabetic with an A1c of 6.1%. What's a realistic "
    "target weight?",
    "june is always my worst month for hay fever. would starting cetirizine in may help or is that too "
    "early",
    "Sunny days give me a rash on my arms \u2014 small itchy bumps, but only in spring. Polymorphic light "
    "eruption?",
    "Our 2 year old was seen at Great Ormond Street for a heart murmur in March, they said it's an "
    "innocent one. Does she need another check later?",
    "What's the difference between Type 1 and Type 2 diabetes? My dad (72) was just told he's type 2 "
    "and put on Jardiance 10 mg.",
    "Pat dry or air dry after putting the steroid cream on? the eczema is on the backs of my hands.",
    "Will the Nexplanon implant stop my periods completely? Had it put in on 2 January and I've been "
    "bleeding on and off since.",
    "Is an EpiPen that's out of date still usable in a pinch? Ours expired in August and the new "
    "prescription hasn't arrived.",
    "My Apple Watch says 'AFib possible', twice this week. I'm 56. Do I trust it?",
    "I was told at St Thomas' Hospital that I have Barrett's oesophagus. How often should I have a scope?",
    "Creatinine 142, eGFR 48, potassium 5.1. Is this kidney disease or just dehydration? I'd been on a "
    "long run the day before.",
    "Symptoms started on the 3rd of March \u2014 sore throat, then lost my sense of smell on the 6th. "
    "Still nothing now. Will it come back?",
    "Raynaud's in my fingers every winter. Is nifedipine worth taking or do I just stick with gloves?",
    "Dawn is the worst \u2014 I wake at 5am every day with my heart pounding. 48 years old, periods all "
    "over the place. Hormones?",
    "Sue the hospital? No, I just want to understand why my stitches came apart after the C-section. "
    "Day 9 and it's gaping a bit at one end.",
    "Does Benadryl work for a toddler's hives or do we need something else? She's 2, about 12 kg.",
    "Guillain-Barré after a flu shot \u2014 how real is that risk? I'm booked for mine on Friday.",
    "Has anyone here been treated at Johns Hopkins for Cushing's? Is it worth travelling from Ohio?",
    "Addison's disease and a stomach bug \u2014 do I double my hydrocortisone? I normally take 10/5/5.",
    "Penny-sized bald patch on the back of my head, smooth skin, appeared over a few weeks. Alopecia "
    "areata?",
    "april i had my gallbladder out and i still get the same pain under my ribs. how is that even "
    "possible",
    "Lipitor 40 mg and grapefruit \u2014 actually a problem or an old myth?",
    "My son has Down syndrome, he's 19, and his thyroid test came back TSH 7.8. Is that common?",
    "Alzheimer's runs in my family. Would a memory test now at 55 even show anything?",
    "Is 0.5 mg of Xanax as needed addictive if I only use it for flights twice a year?",
    "Joy has gone out of everything for me lately, even stuff I used to love. Not sad exactly, just "
    "flat. Is that depression?",
    "Faith in doctors is pretty low in my house after the last year \U0001F605 but I'll ask anyway: is a "
    "resting pulse of 102 bad?",
    "Drew blood three times before they found a vein this morning. Is that a sign I'm dehydrated? Both "
    "arms are bruised now.",
    "Kawasaki disease \u2014 my nephew had it at 3. If he has kids one day, are they more likely to get "
    "it?",
    "Sjögren's diagnosis last week. Dry eyes and mouth. What eye drops actually work? Systane doesn't "
    "last an hour.",
    "Ménière's or BPPV? The spinning lasts seconds and happens when I roll over in bed.",
    "Took 2 Nurofen Plus and then realised I'd had a Lemsip earlier. Is that a bad combination?",
    "Rose-coloured patches on my chest and back, scaly at the edges, started with one bigger patch a "
    "week before. Pityriasis rosea?",
    "Bill from the hospital lists 'CPT 99284' \u2014 what does that say about how serious they thought "
    "my chest pain was?",
    "How accurate are home pregnancy tests on the day of a missed period? Clearblue said not pregnant "
    "but I feel pregnant.",
    "Hodgkin's lymphoma survivor here, treated age 19, now 40. Should I be getting heart checks because "
    "of the chemo?",
    "Tourette's question: my son's tics get so much worse around Christmas and birthdays. Is excitement "
    "a trigger?",
    "Tested positive for COVID on Monday the 11th, still positive on Sunday. When can I visit my mum "
    "who's on chemo?",
    "My LDL is 4.6 mmol/L, HDL 1.1, triglycerides 2.3. 49M. Statin or diet first?",
    "Is Calpol the same as the supermarket infant paracetamol? Both say 120mg/5ml.",
    "We're in Toronto and OHIP doesn't cover my physio. Is it worth paying privately for a frozen "
    "shoulder or does it get better anyway?",
    "The Royal Infirmary said my scan on 22 October showed a 'small incidental thyroid nodule'. How "
    "small is small?",
    "woke up at 3am with the worst calf cramp of my life. 64F on a water tablet. magnesium??",
    "Asperger's in adults \u2014 how do you even get assessed at 38?",
    "Heavy periods since I turned 45. Last cycle I was going through 8 super tampons a day. Is that "
    "normal for my age?",
    "Is it ok to fly at 30 weeks pregnant? Flight to Dubai on 3 March, about 7 hours.",
    "Graves' disease treated with radioactive iodine in 2019, now hypothyroid. Put on 10 kg since. Is "
    "that normal?",
    "Summer camp wants an inhaler plan for my 9 year old. He only uses his Ventolin maybe twice a month.",
    "Tried the Atkins diet, lost 6 kg, now my breath smells like nail polish remover. Is that ketosis or "
    "something bad?",
    "Are Huntington's and Parkinson's related? My grandma had one of them and no one in the family is "
    "sure which.",
    "My 85 year old dad takes 75mg aspirin and 5mg amlodipine. Can he add turmeric capsules?",
    "Is it normal for a 6 month old to weigh 6.2 kg? She was 3.1 at birth.",
    "Mum's 78, HbA1c 8.9%, on gliclazide and Januvia. Her consultant wants to start insulin. She's "
    "terrified of needles.",
    "Sorry if this is TMI \u2014 since the Whipple in 2021 I get greasy pale stools. Is that a Creon dose "
    "issue?",
    "Will I always have asthma? Diagnosed at 8, I'm 26 now and barely touch my inhaler.",
    "Heart rate 178 on my Fitbit during spin class. I'm 52. Too high?",
    "can you get lyme disease in scotland? bitten by a tick in the highlands last week, no rash yet",
    "We moved from Karachi to Houston in 2020. My son (10) has had a cough every spring since. "
    "Allergies?",
    "Car jack slipped and crushed my finger, the nail is purple and lifting. Do they have to take the "
    "nail off?",
    "Mark my words, the booster gave me a sore arm for 2 weeks \U0001F602 is that a thing?",
    "Scheduled for cataract surgery on the 8th at Moorfields. Can I keep taking my clopidogrel?",
    "Victoria sponge at a party last night and my blood sugar is 14.2 this morning. Type 1, 17 years old. "
    "Correction dose?",
    "Is Wilson's disease something they'd test for when your liver enzymes are high at 24? ALT 140.",
    "MY DOCTOR SAID MY HEMOGLOBIN A1C IS 5.9 AND I'M 'BORDERLINE'. BORDERLINE WHAT??",
    "Appointment with the Addenbrooke's neurology clinic is on the 2nd but my migraines are daily now. "
    "Can I take sumatriptan every day till then?",
    "Weight 58 kg, height 165 cm, 23 years old, and I've not had a period since last summer. Could "
    "exercise be the cause?",
]
