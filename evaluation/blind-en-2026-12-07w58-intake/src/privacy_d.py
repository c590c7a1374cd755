# privacy items, file d (mostly New Zealand, some odd formats). Hand written by writer 58.

ITEMS = [
    ("kia ora, im Aroha, 27, NHI ZKC4633. i've had a UTI 4 times this year and the after hours in Hamilton just keeps giving me trimethoprim. should i be seeing a specialist",
     [("name", "Aroha"), ("id_number", "ZKC4633")], []),

    ("my boy is 8 and has school sores (impetigo) on his face again, 3rd time since Feb. is it the bath water? we're out in Kaikohe",
     [], []),

    ("Hi, Wiremu Tipene here, 54, on the waiting list at Waikato for a knee replacement. ACC claim number 10047829331 was declined because they say its wear and tear. is there any way around it",
     [("name", "Wiremu Tipene"), ("id_number", "10047829331")], []),

    ("Is Pamol the same as Panadol? visiting from the UK and the chemist in Queenstown gave me Pamol for my toddler",
     [], []),

    ("my nana Mere (81) lives with us in Manurewa, 23 Roscommon Rd, shes been coughing for 3 weeks and wont go to the doctor. can someone ring my cell 021 555 0184 - Hemi",
     [("name", "Mere"), ("address", "23 Roscommon Rd"), ("phone", "021 555 0184"), ("name", "Hemi")], []),

    ("hey so i'm 16 and i think i might be pregnant, is Family Planning free in Wellington and do they tell your parents",
     [], []),

    ("Sione Fifita, 45, gout in my big toe again, third time this year, drinking heaps of water. gp is at the Otara clinic. what can i take for the flare, email is sione.fifita77 at example dot com",
     [("name", "Sione Fifita"), ("email", "sione.fifita77 at example dot com")], ["the Otara clinic"]),

    ("Does Starship take referrals for kids with bed wetting? daughter is 9 and still wet most nights, we've tried the alarm",
     [], []),

    ("Losa here, my baby Tavita (6 wks, NHI ZAB1274) has a sticky eye, yellow gunk every morning. is that conjunctivitis or blocked tear duct",
     [("name", "Losa"), ("name", "Tavita"), ("id_number", "ZAB1274")], []),

    ("I'm 38 and my ferritin came back 7. I'm a nurse at Christchurch Hospital and always knackered. Is an iron infusion better than tablets",
     [], ["Christchurch Hospital"]),

    ("hi im Manaia (they/them), 24, started testosterone 6 months ago through the gender clinic in Auckland and my haematocrit is 0.53. is that too high? my insta @manaia.moana",
     [("name", "Manaia"), ("handle", "@manaia.moana")], []),

    ("Reg KMT482, my car. parked at Middlemore for 9 hours with my dad who had a gall bladder attack. question is: can he eat fatty food before the surgery in 6 weeks?",
     [("licence_plate", "KMT482")], []),

    ("Bit worried about my Mum. She's 74, lives alone in Nelson, keeps forgetting to take her warfarin and then doubles up. Her INR is all over the place",
     [], []),

    ("can someone call Salote on 027 555 0162 between 3 and 5, she is my sister, 33, she has a lump in her breast, she is shy to ask. she cleans at Countdown Mangere at night",
     [("name", "Salote"), ("phone", "027 555 0162")], ["Countdown Mangere"]),

    ("Need advice. Kahu (my son, 13) got hit in the eye with a cricket ball at practice, eye is red and he says things look a bit blurry. went to the school nurse at Rangitoto College who put ice on it",
     [("name", "Kahu")], ["Rangitoto College"]),

    ("sweet as thanks for the last reply. the gout meds (allopurinol 100mg) are working but now i have a rash on my chest. should i stop them?",
     [], []),

    ("Dr Ruth Abernethy at Karori Medical said my son might have ADHD but the public wait for a paediatrician is 2 years. Hes 7. Can we go private in Wellington and what does it cost",
     [("name", "Ruth Abernethy")], ["Karori Medical"]),

    ("I was born in 1961 and have never had a colonoscopy, is the bowel screening programme for my age",
     [], []),

    ("my mate Rangi got a tattoo in Bali 2 weeks ago and now its swollen, hot and oozing pus. hes 23. he's the one who'll pay for it lol",
     [("name", "Rangi")], []),

    ("question for Healthline really but they're not answering. my 2 year old ate a silica gel sachet from a shoe box. is that poison",
     [], []),

    ("My details: Anahera Whaanga, date of birth 29 January 1990, living at 5 Kowhai Lane, Gisborne 4010. I had a miscarriage at 8 weeks and still bleeding 3 weeks later. GP wants a scan",
     [("name", "Anahera Whaanga"), ("date_of_birth", "29 January 1990"), ("address", "5 Kowhai Lane, Gisborne 4010")], []),

    ("are jandals bad for plantar fasciitis? i live in them all summer. 52 f",
     [], []),

    ("Hi I'm Priyanka Reddy, 29, software dev at a startup in Wynyard Quarter. migraines 3 times a week with aura. GP put me on propranolol but it makes me dizzy. cell +64 21 555 0130",
     [("name", "Priyanka Reddy"), ("phone", "+64 21 555 0130")], ["a startup in Wynyard Quarter"]),

    ("My grandmother is Samoan and has type 2 diabetes, I'm 19 and worried about getting it. Should I get my HbA1c checked?",
     [], []),

    ("is it alright to take my kid to kindy with hand foot and mouth? she's 3, spots on her hands, no fever. Little Acorns Kindy in Tauranga say no but she seems fine",
     [], ["Little Acorns Kindy"]),

    ("posting this for my flatmate Jono (Jonathan Hurihanganui) - he's got a bad cut from a broken bottle on the weekend, gp stitched it, now its weeping. his facebook is facebook.example.com/jono.huri.88",
     [("name", "Jono"), ("name", "Jonathan Hurihanganui"), ("url", "facebook.example.com/jono.huri.88")], []),

    ("What's the difference between Voltaren tablets and the gel? sore lower back after moving house in Dunedin",
     [], []),

    ("Tama is my husband, he's 60 and had a heart attack in 2019, stents put in. Now his cardiologist says his ejection fraction is 35%. What does that mean for him",
     [("name", "Tama")], []),

    ("my baby's NHI is ZHP8127 and we were told his hip is 'clicky' at his 6 week check. does he need a scan? he was breech",
     [("id_number", "ZHP8127")], []),

    ("Mild question lol. Is it normal to get a nosebleed after flying from Auckland to LA?",
     [], []),

    ("hello, I'm Nomvula, originally from Durban, now in Palmerston North. HIV positive since 2015, viral load undetectable. Pregnant 14 weeks. what do I tell the midwife",
     [("name", "Nomvula")], []),

    ("Can you have a tetanus jab while pregnant? stood on a rusty nail at the beach in Raglan, 22 weeks",
     [], []),

    ("numbers to reach me: home (09) 555 0177, cell oh two one, five five five, oh one nine nine. Im Bev, 69, my hip replacement from Dec is still stiff",
     [("phone", "(09) 555 0177"), ("phone", "oh two one, five five five, oh one nine nine"), ("name", "Bev")], []),

    ("Rose is 4 and keeps getting croup every winter, is it asthma? we use Redipred from the after hours",
     [("name", "Rose")], []),

    ("roses, lilies and daisies in the house give me a blocked nose and itchy eyes. 34 m. hayfever or allergy to something else?",
     [], []),

    ("our school, Ōwairaka Primary, has a measles case, my son is 5 and only had the first MMR. what should we do. he's Ezra, 5, we are the Cohen family",
     [("name", "Ezra"), ("name", "Cohen")], ["Ōwairaka Primary"]),

    ("PLEASE reply to mel.harrington@example.net not the old hotmail. My son has eczema that gets infected every few weeks, he's 18 months. The Dermatology clinic at Wellington Hospital is booked till March",
     [("email", "mel.harrington@example.net")], []),

    ("So apparently I have a Baker's cyst behind my knee. 58m. Can it burst? I walk my dog up Mt Eden every morning",
     [], []),

    ("hey doc its Kiri from the ward at Tauranga (I'm a HCA there). Our patient... no sorry, my question is about me. I'm 44 and have hot flushes and no period for 4 months. is it menopause",
     [("name", "Kiri")], ["the ward at Tauranga"]),

    ("chur for answering. last q: is it bad to have 6 coffees a day? 28 m, heart sometimes does a skip",
     [], []),

    ("Hi my name is Hannah and I'm 12. My mum said I can write here. I get really bad tummy pain before school every day. Is that anxiety",
     [("name", "Hannah")], []),
]
