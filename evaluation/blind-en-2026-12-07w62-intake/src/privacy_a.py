# Writer 62 - privacy items, part A (nurses, care staff, hospital workers)
# Each item: (text, [(type, exact_substring), ...], [quasi strings])

ITEMS = [
    (
        "hi im a staff nurse on ward 7 at Kingsbridge General, name is Tamsin Okafor, staff no. KG-448213. "
        "for about 3 weeks ive had this rash on both hands, red and cracking, worse after long shifts with the gloves on. "
        "is this latex allergy or just all the hand gel?",
        [("name", "Tamsin Okafor"), ("id_number", "KG-448213")],
        ["Kingsbridge General"],
    ),
    (
        "Night shift HCA here. Since March I've had terrible trouble sleeping on my days off, like my body clock is broken. "
        "I take melatonin 3mg but it does nothing. Is shift work disorder a real thing?",
        [],
        [],
    ),
    (
        "My manager, Sister Brennan, told me to ask someone about this before my occupational health appointment on the 14th. "
        "I got a needlestick injury last tuesday from a used insulin pen on the diabetic ward. "
        "I had bloods taken same day. how long till I know if I'm ok? you can reach me on 07700 900418, I'm Priya.",
        [("name", "Brennan"), ("phone", "07700 900418"), ("name", "Priya")],
        [],
    ),
    (
        "Sister on our ward says my ankles swelling is from standing 12 hours. I'm 34, no heart problems that I know of. "
        "BP last check was 128/82. Should I worry?",
        [],
        [],
    ),
    (
        "I work as a care assistant at Meadowview Lodge care home. my back has been killing me since I lifted a resident "
        "without the hoist (I know I know). Its been 10 days. Ibuprofen 400mg helps a little. do i need an xray?",
        [],
        ["Meadowview Lodge"],
    ),
    (
        "question about hep B vaccine. my employer (Brightwater Community Clinic) needs proof of immunity. my titre came back "
        "as 8 mIU/mL which they say is too low. I had the 3 doses back in 2009. do I need all 3 again? "
        "Email is d.achterberg@brightwater-clinic.example.org if easier",
        [("email", "d.achterberg@brightwater-clinic.example.org")],
        ["Brightwater Community Clinic"],
    ),
    (
        "Hi doctor, my name's Joy and I'm a theatre nurse. I keep getting headaches after long cases under the lights, "
        "always behind my eyes. Could it be my glasses? Last eye test was 2021.",
        [("name", "Joy")],
        [],
    ),
    (
        "Joy is a strange thing to feel after a diagnosis but I honestly felt relief when they named it Hashimoto's. "
        "Now on levothyroxine 50mcg. TSH was 9.2 in January. how long till I feel normal?",
        [],
        [],
    ),
    (
        "Paramedic, 41, male. Been getting heart palpitations on and off during night shifts, mostly after energy drinks "
        "(Monster, 2-3 a shift). ECG at work looked normal per our crew medic. cut down or get a holter?",
        [],
        [],
    ),
    (
        "i'm a student nurse at Greyfield University, student ID 20419877, on placement at the renal unit. ive been "
        "getting recurring UTIs - 4 since september. the GP keeps giving nitrofurantoin. is there something else to check",
        [("id_number", "20419877")],
        ["Greyfield University"],
    ),
    (
        "On behalf of my mum Rosa Delgado (DOB 03/11/1958), she worked 30 years as a hospital cleaner and now has a cough "
        "that won't go away. her NHS number is 943 476 5919 if that helps you look her up. She says it's nothing.",
        [("name", "Rosa Delgado"), ("date_of_birth", "03/11/1958"), ("id_number", "943 476 5919")],
        [],
    ),
    (
        "Been a midwife 15 yrs. Born 1977. Lately getting hot flushes during deliveries and it's embarrassing, I'm dripping. "
        "Is HRT safe with a history of migraine with aura?",
        [],
        [],
    ),
    (
        "Hello, I'm the practice nurse at Oakhurst Family Practice. Asking for myself though - I have had a dull ache in my "
        "right side under the ribs for 2 weeks. ALT 67, AST 44 on my last bloods. I don't drink much. Could it be fatty liver?",
        [],
        ["Oakhurst Family Practice"],
    ),
    (
        "pls call me back on work line 555-0163 ext 2207 between 2 and 4, I'm Marguerite from pharmacy. "
        "question is about my own blood pressure meds - lisinopril making me cough all the time.",
        [("phone", "555-0163 ext 2207"), ("name", "Marguerite")],
        [],
    ),
    (
        "Addison's disease runs in my family (my aunt has it). I'm a phlebotomist and feel exhausted all the time, salt cravings, "
        "darker skin on my knuckles. Cortisol test worth asking for?",
        [],
        [],
    ),
    (
        "My colleague Femi and I both work in ICU at Harrowgate Royal and we both got shingles within a month of each other?? "
        "Mine is on my left side of my chest. Is that contagious between adults or coincidence",
        [("name", "Femi")],
        ["Harrowgate Royal"],
    ),
    (
        "I'm an agency nurse so I move around a lot, this week St Columba's, next week somewhere else. "
        "Keep getting cold sores every time I'm run down. Aciclovir cream barely works. Tablets better?",
        [],
        ["St Columba's"],
    ),
    (
        "Staff health record no: OH/2291/774. Name: Gregory Mwangi. Porter, Dalebrook Hospital. "
        "Problem: left knee gave way pushing a bed last week, now swelling every evening. Can I keep working?",
        [("id_number", "OH/2291/774"), ("name", "Gregory Mwangi")],
        ["Dalebrook Hospital"],
    ),
    (
        "Matron asked all of us to get the flu jab but I'm 22 weeks pregnant. Is the flu vaccine ok in pregnancy? "
        "Also the covid booster?",
        [],
        [],
    ),
    (
        "Im the healthcare assistant Bev (Beverley) at the GP surgery on Marsh Lane - well that's where I work - "
        "I've had swollen lymph nodes in my neck for 5 weeks, no cold. I'm 52. My own GP is away. how worried should i be?",
        [("name", "Bev"), ("name", "Beverley")],
        [],
    ),
    (
        "Our charge nurse Major is actually his surname haha, anyway he said I look yellow. I've been tired and itchy. "
        "Bilirubin not tested yet. I'm 29 female. what tests should I ask for?",
        [("name", "Major")],
        [],
    ),
    (
        "Major surgery on my shoulder was in 2022, rotator cuff repair. I'm an ODP and the lifting at work is making it ache "
        "again. Is it possible to re-tear it years later?",
        [],
        [],
    ),
    (
        "hi there, i'm a dental nurse. for the past month my wrists tingle at night, thumb and first two fingers, wakes me up. "
        "Is this carpal tunnel from suction holding all day?",
        [],
        [],
    ),
    (
        "Name: Siobhan Fairweather\nDOB: 14 July 1990\nJob: community nurse, Eastvale district team\nMobile: +44 7700 900152\n"
        "Question: I was bitten by a patient's dog on a home visit yesterday on my calf. Cleaned it. Need antibiotics?",
        [("name", "Siobhan Fairweather"), ("date_of_birth", "14 July 1990"), ("phone", "+44 7700 900152")],
        ["Eastvale district team"],
    ),
    (
        "My mentor Dr. Oyelaran (I'm a junior doctor) thinks I'm burnt out and should talk to someone. I have no energy, "
        "crying in the car park after shifts, not sleeping. Is that depression or just the job?",
        [("name", "Oyelaran")],
        [],
    ),
    (
        "I'm an ICU nurse, 45. my resting heart rate on my Garmin has gone from 58 to 74 over 6 months. I feel fine mostly. "
        "Thyroid? Or just stress from the rota?",
        [],
        [],
    ),
    (
        "I work at Cedar Hill Nursing Home and we've had a scabies outbreak. I'm itchy now too, worst between my fingers at night. "
        "Do I need permethrin even if my skin looks clear?? My husband Kwame is itchy too.",
        [("name", "Kwame")],
        ["Cedar Hill Nursing Home"],
    ),
    (
        "Physio asking for herself: I've had plantar fasciitis pain in my right heel since january. Tried stretching, "
        "insoles from Boots, nothing. Steroid injection worth it?",
        [],
        [],
    ),
    (
        "hello this is Nurse Patience, I mean Patience is my name not a joke lol. Home address 18 Wrenfield Close, Aldbury, "
        "in case you send letters. I've got a lump in my armpit, pea sized, moves around, 3 weeks.",
        [("name", "Patience"), ("address", "18 Wrenfield Close, Aldbury")],
        [],
    ),
    (
        "Patience is running out honestly. 8 months of IBS symptoms, bloating, diarrhoea then constipation. I'm a ward clerk "
        "so I sit all day. Tried Buscopan and Fybogel. Colonoscopy?",
        [],
        [],
    ),
    (
        "I am a radiographer and worried about radiation. I got my dosimeter badge results back and they were normal "
        "(0.2 mSv) but I've had low platelets 128 on a routine test. Connected?",
        [],
        [],
    ),
    (
        "My wife Grace works nights as a nurse at Ridgeway Hospice and she's been having chest tightness when climbing stairs. "
        "she won't go to the doctor. she's 58. what should I tell her? my number is 555-0147",
        [("name", "Grace"), ("phone", "555-0147")],
        ["Ridgeway Hospice"],
    ),
    (
        "Union rep at the hospital suggested I ask. I'm a cleaner on the wards, RCN member no. 7718264 (they cover support staff too?). "
        "Chemicals we use make my chest wheezy. Could this be occupational asthma?",
        [("id_number", "7718264")],
        [],
    ),
    (
        "Since starting at the lab I've had itchy eyes and sneezing around the lab mice. I'm a research tech. Cetirizine helps "
        "a bit. Can this turn into asthma?",
        [],
        [],
    ),
    (
        "re my recent visit to the walk in centre - the nurse practitioner there (Ahmed I think?) said my ear infection should "
        "clear in a week but it's been 2 and still muffled. I'm a bus driver so I need my hearing.",
        [("name", "Ahmed")],
        [],
    ),
    (
        "Care worker, doing home visits all day in my car. I get pins and needles in my left foot when driving long stretches. "
        "Sciatica? I'm 38 and overweight (BMI 33).",
        [],
        [],
    ),
    (
        "Hi I'm Ngozi, ward sister, my MRN at our own hospital is RX00451298 (I was admitted there in 2020 with appendicitis). "
        "Now I get sharp pains near the scar when I bend. Adhesions?",
        [("name", "Ngozi"), ("id_number", "RX00451298")],
        [],
    ),
    (
        "Parkinson's nurse specialist here (asking for a relative not a patient). My uncle's hands shake only when he holds "
        "a cup, not at rest. Is that Parkinson's or essential tremor?",
        [],
        [],
    ),
    (
        "I'm a hospital chaplain, not medical at all. Since my covid in 2023 I get breathless walking up to the chapel on the "
        "third floor. Sats are 97% on the ward's machine. What could it be?",
        [],
        [],
    ),
    (
        "Can you email me the answer at nightowl.nurse@example.com? Nurse on nights, always get heartburn around 3am after "
        "my break. Omeprazole 20mg makes me bloated. Alternatives?",
        [("email", "nightowl.nurse@example.com")],
        [],
    ),
    (
        "my daughter Keziah is a student midwife at Hollins College and fainted twice this week during placements at "
        "the birthing centre. she's 20, skinny, skips breakfast. Should she get her heart checked?",
        [("name", "Keziah")],
        ["Hollins College"],
    ),
    (
        "Consultant told me my ferritin was 6 and I need iron. I'm a nurse so I should know but do the tablets really cause "
        "this much constipation? Ferrous sulfate 200mg twice a day.",
        [],
        [],
    ),
    (
        "Bank staff (nurse) at Pinegate Medical Centre, employee number E-30917. Had a TB contact at work last month, "
        "the patient was diagnosed after 3 days on our ward. My skin test is booked but I have a cough now. Could it be TB already?",
        [("id_number", "E-30917")],
        ["Pinegate Medical Centre"],
    ),
    (
        "I'm a veterinary nurse, got scratched by a cat 10 days ago, now there's a swollen lump in my armpit on the same side. "
        "Cat scratch fever? I'm 27.",
        [],
        [],
    ),
    (
        "Hello, writing for my father, Mr. Harold Pemberton, who was a hospital porter until he retired. DOB 22.02.1949. "
        "He is getting more forgetful - repeating questions, got lost driving to Tesco. How do we get a memory assessment?",
        [("name", "Harold Pemberton"), ("date_of_birth", "22.02.1949")],
        [],
    ),
    (
        "Tesco pharmacist said I should ask a doctor about my mole rather than rely on her opinion. It's 7mm, two colours, "
        "on my back. I'm a theatre nurse and pale so I burn easily.",
        [],
        [],
    ),
    (
        "Hi - occupational therapist here, 31 F. My periods have been really heavy since I had the Mirena taken out in May. "
        "Flooding through super plus tampons in an hour. Is this normal after removal?",
        [],
        [],
    ),
    (
        "Please reply to my work email t.vasquez@northdale-nhs.example.net - I'm Teodora, theatre manager. I have really "
        "bad varicose veins from standing in theatre 20 years, left leg aches and itches. Any treatment on the NHS?",
        [("email", "t.vasquez@northdale-nhs.example.net"), ("name", "Teodora")],
        [],
    ),
    (
        "Hi doctor. I work reception at a dental practice (Smile Studio on Kings Road). I've had a sore throat with white "
        "spots for 4 days and a temp of 38.4. Do I need penicillin?",
        [],
        ["Smile Studio"],
    ),
    (
        "Sister Agnes at my church (she's a retired nurse, a nun actually) told me my swollen ankles might be my amlodipine. "
        "I take 10mg. Is she right?",
        [("name", "Agnes")],
        [],
    ),
    (
        "HCA at Larkfield Hospital, my staff ID is 0048817 and my manager is Denise Holt. I keep getting nosebleeds at work, "
        "3 this week, each about 15 min. The ward is very dry and hot. Should I get my blood checked?",
        [("id_number", "0048817"), ("name", "Denise Holt")],
        ["Larkfield Hospital"],
    ),
]
