# Writer 62 - privacy items, part C (teachers, school staff, office workers)

ITEMS = [
    (
        "Year 4 teacher at St Aidan's Primary. I lose my voice every term by week 3, hoarse and croaky, and it's getting "
        "worse. I'm 35. Is this nodules? Should I see ENT?",
        [],
        ["St Aidan's Primary"],
    ),
    (
        "Hi, Mr. Adeyemi here (that's what the kids call me lol, first name Tunde). I teach PE at Fernlea Academy. "
        "Tore something in my calf during the staff v students match, heard a pop. Can walk but limping. Achilles?",
        [("name", "Adeyemi"), ("name", "Tunde")],
        ["Fernlea Academy"],
    ),
    (
        "Teacher, 28, headaches every afternoon around 2pm. I drink maybe 2 coffees and no water because I can't leave "
        "the classroom. Dehydration or something else?",
        [],
        [],
    ),
    (
        "Head of maths at Rowan Park High, staff code RPH-0211. Diagnosed with hypertension last month 158/98, started on "
        "amlodipine 5mg, now my ankles are like balloons by the end of the school day. Normal?",
        [("id_number", "RPH-0211")],
        ["Rowan Park High"],
    ),
    (
        "Teaching assistant. A kid in my class has head lice and now my scalp itches like mad. Is it lice or am I imagining it? "
        "lol. Also is Hedrin safe when breastfeeding?",
        [],
        [],
    ),
    (
        "Hello. My name is Margaret Ellison-Boyd, I'm a school cook at Ashgrove Junior School. My email is "
        "m.ellisonboyd@ashgrove.example.sch.uk. I've had a burning pain in my tummy after eating for weeks and I'm "
        "losing weight without trying. 11 pounds in 2 months. I'm 64.",
        [("name", "Margaret Ellison-Boyd"), ("email", "m.ellisonboyd@ashgrove.example.sch.uk")],
        ["Ashgrove Junior School"],
    ),
    (
        "Chicken pox is going round my reception class. I'm 12 weeks pregnant and not sure I had it as a child. "
        "My mum thinks I did. Should I get a blood test?",
        [],
        [],
    ),
    (
        "Kindergarten teacher, Lincoln Elementary. Had a tummy bug sweep through the class - norovirus they think. Now I have "
        "had diarrhea 5 days. When should I be worried about dehydration? Cell 555-0134, Ms. Rivera (Lucia).",
        [("phone", "555-0134"), ("name", "Rivera"), ("name", "Lucia")],
        ["Lincoln Elementary"],
    ),
    (
        "Abraham Lincoln apparently had Marfan syndrome - my daughter's history teacher said so. She's very tall and "
        "long fingered, 14. Should we get her checked for Marfan?",
        [],
        [],
    ),
    (
        "Lecturer at the university, 52. Every time I give a big lecture I get a racing heart and sweaty hands, like 130bpm. "
        "Would propranolol help? My colleague takes it.",
        [],
        [],
    ),
    (
        "I'm a school nurse at Westmere Secondary and I'd like to check something about myself: I've had a metallic taste "
        "in my mouth for a month and my gums bleed. I'm on no meds. I'm Hannah, 0161 496 0732 is the school office.",
        [("name", "Hannah"), ("phone", "0161 496 0732")],
        ["Westmere Secondary"],
    ),
    (
        "Office worker, 9 to 5 on a laptop. Right elbow pain on the outside when I use the mouse. Tennis elbow even though I "
        "have never played tennis?",
        [],
        [],
    ),
    (
        "Accountant at Pryce & Hollings LLP. Staff ID 00721. It's tax season and I've had chest tightness and can't sleep, "
        "heart pounding at 3am. ECG 6 months ago fine. Anxiety or something physical?",
        [("id_number", "00721")],
        ["Pryce & Hollings LLP"],
    ),
    (
        "I work in HR so I know about confidentiality but still... I'm 33 and have been getting panic attacks in meetings. "
        "My GP offered citalopram. Does it show up on work drug screens?",
        [],
        [],
    ),
    (
        "Dear doctor, I am Ms. Farida Rahimi, a civil servant at the Ministry of Transport, staff number 2008-66431. "
        "Address 7 Linden Terrace, Ormsby OR4 2JT. I suffer from frequent migraines with flashing lights, about 4 a month. "
        "Topiramate made me feel foggy. What else is there?",
        [("name", "Farida Rahimi"), ("id_number", "2008-66431"), ("address", "7 Linden Terrace, Ormsby OR4 2JT")],
        ["Ministry of Transport"],
    ),
    (
        "Call centre agent, headset all day. My left ear has had a dull ache and itch for 3 weeks. No discharge. "
        "Could the headset give me an infection?",
        [],
        [],
    ),
    (
        "Software developer, 26M, working from home. Back of my neck and between shoulder blades always stiff. I do have a "
        "standing desk from IKEA but never use it lol. Is this posture or something worse?",
        [],
        [],
    ),
    (
        "hey doc, teacher at Bramblewood Prep, my twitter is @MrsHowardTeaches. One of my pupils has impetigo and I've now "
        "got a crusty yellow patch on my chin. Same thing? Fucidin?",
        [("handle", "@MrsHowardTeaches")],
        ["Bramblewood Prep"],
    ),
    (
        "Librarian. Dust from the old books gives me sneezing fits and my eyes stream. Is it worth doing allergy tests? "
        "I'm 41. Loratadine helps a bit.",
        [],
        [],
    ),
    (
        "I'm Dean of Students at a community college, so 'Dean' is my title not my name haha, my actual name is Rowena. "
        "My blood sugar was 6.4 fasting. Is that prediabetes? I'm 56.",
        [("name", "Rowena")],
        [],
    ),
    (
        "Dean was the name of my dad, he died of bowel cancer at 58. I'm 44 now. When should I start colonoscopies?",
        [],
        [],
    ),
    (
        "Receptionist at Harland Dental. Been feeling dizzy and sick when I turn my head quickly. 3 days now. I had a cold "
        "last week. Labyrinthitis? My name is Shona, you can reach me at shona.r@example.com",
        [("name", "Shona"), ("email", "shona.r@example.com")],
        ["Harland Dental"],
    ),
    (
        "Lawyer, 47, trial coming up. Had shingles last year on my forehead near my eye. Now I get nerve pain there when "
        "stressed. Is that postherpetic neuralgia? Gabapentin?",
        [],
        [],
    ),
    (
        "School caretaker at Holyrood Infants, age 59. Been getting cramps in my calf walking up the school drive, goes "
        "away when I stop. Smoked for 30 years. PAD? Payroll ref 44-1093-K.",
        [("id_number", "44-1093-K")],
        ["Holyrood Infants"],
    ),
    (
        "Exams officer at a college. Since I started HRT (Evorel patches) my breasts are tender and swollen. Is that normal? "
        "How long does it last?",
        [],
        [],
    ),
    (
        "My son Leo's teacher, Miss Khan, rang to say he was squinting at the board. He's 7. Do we go to an optician or the GP "
        "first?",
        [("name", "Leo"), ("name", "Khan")],
        [],
    ),
    (
        "Bank teller at Barclays on the high street - or was, until I went off sick with stress. Now I can't sleep, can't eat, "
        "lost 6kg. I'm 38. Is it ok to ask for sick note extension online?",
        [],
        ["Barclays"],
    ),
    (
        "Barclays app says I spent £400 on vitamins last year lol. Which ones are actually worth it for a 50 year old woman? "
        "Vitamin D, B12, omega 3?",
        [],
        [],
    ),
    (
        "University admin. My LinkedIn is linkedin.com/in/gareth-pryor-admin and I mention it because my employer's "
        "occupational health found it and asked about my back surgery?? Anyway my question: after a microdiscectomy in 2021 "
        "is it normal to still have a numb patch on my foot?",
        [("url", "linkedin.com/in/gareth-pryor-admin")],
        [],
    ),
    (
        "Supply teacher, so every week a different school. Cough after a cold for 7 weeks now, worse at night, no fever. "
        "Should I get a chest xray or is it post viral?",
        [],
        [],
    ),
    (
        "I teach music (violin) and my left hand fingers have started to lock up when I play. Not painful, just won't do what "
        "I tell them. I'm 49. Focal dystonia?",
        [],
        [],
    ),
    (
        "Secretary to the head at Kilmory Primary. My name is Eilidh MacLeod, DOB 02/05/1971. Had a hysterectomy 6 weeks ago "
        "and I'm supposed to go back to work Monday but I still get a dragging feeling when I stand long. Too early?",
        [("name", "Eilidh MacLeod"), ("date_of_birth", "02/05/1971")],
        ["Kilmory Primary"],
    ),
    (
        "Insurance claims handler (ironic I know). My own policy number is PLX-4471908-02 and they're asking for a medical "
        "report about my knee replacement. How long until I can kneel after a TKR?",
        [("id_number", "PLX-4471908-02")],
        [],
    ),
    (
        "Policy at my work says we can have 3 days self-certified sick. I have the flu, 39.1 fever, aching. Day 4 now. "
        "When do I need a doctor's note and when do I need to actually be seen?",
        [],
        [],
    ),
    (
        "hi im 16 and a sixth former at Cottonwood College, doing a saturday job at Boots. I've had acne for 3 years and "
        "nothing over the counter works. Can I get roaccutane without my parents?",
        [],
        ["Cottonwood College", "Boots"],
    ),
    (
        "Architect. Long hours at the computer. My eyes are dry and burning by evening. I use Optrex but it stings. "
        "What drops are better?",
        [],
        [],
    ),
    (
        "Office manager at Quayside Print Ltd, direct dial 020 7946 0381. Hi, I'm Neil. I was told my PSA is 5.8 at my "
        "work health check. I'm 57. Is that cancer?",
        [("phone", "020 7946 0381"), ("name", "Neil")],
        ["Quayside Print Ltd"],
    ),
    (
        "Journalist, constant deadlines, I drink about 6 cups of coffee and 2 Red Bulls a day. Now I get eyelid twitching "
        "non stop for 2 weeks. Myokymia? Dangerous?",
        [],
        [],
    ),
    (
        "Teacher in a special needs school. A student bit my forearm hard last week, broke the skin. I got it cleaned but "
        "didn't get anything else. Do I need hep B or tetanus? The school is Larchmont House School.",
        [],
        ["Larchmont House School"],
    ),
    (
        "Human resources asked me to get a fit note. I work at Delphine Insurance, employee 0093-551, and I had a miscarriage "
        "at 9 weeks last week. Physically how long should I take off? My partner Sunny thinks I should go back.",
        [("id_number", "0093-551"), ("name", "Sunny")],
        ["Delphine Insurance"],
    ),
    (
        "Sunny weather gives me a rash on my arms every spring, itchy little bumps, fades in a week. Polymorphic light "
        "eruption? I'm a teacher so I do playground duty a lot.",
        [],
        [],
    ),
    (
        "Head teacher here, 61. A parent complained I smelled of alcohol. I don't drink! But my breath smells fruity. "
        "I've also been weeing a lot and thirsty. Diabetes? My GP can't see me till the 23rd.",
        [],
        [],
    ),
    (
        "Graduate trainee at Halberd Consulting, my manager is Priyanka Sethi and she said I should get my fainting checked. "
        "I passed out twice standing in long client meetings. I'm 23, male. Heart?",
        [("name", "Priyanka Sethi")],
        ["Halberd Consulting"],
    ),
    (
        "Data analyst. Sit 10 hrs a day. Got a painful lump at the top of my bum crack, it's red and leaking. Pilonidal? "
        "Do I need surgery? 24, male.",
        [],
        [],
    ),
    (
        "Teaching assistant at Moorside Primary, 42, my student loan ref is irrelevant lol but my NHS no. is 485 777 3456. "
        "I've been told I have an underactive thyroid. I've put on 2 stone. Will levothyroxine make me lose it?",
        [("id_number", "485 777 3456")],
        ["Moorside Primary"],
    ),
    (
        "Civil engineer, travel a lot for site visits. After a 9 hour flight my left calf was sore for 2 days then got better. "
        "Should I have been worried about DVT? For next time do I need flight socks?",
        [],
        [],
    ),
    (
        "Customer service at Vodafone, call centre. Daily headaches by lunchtime, sometimes sick with them. I'm 30. "
        "I take paracetamol most days, maybe 5 days a week. Could that be causing them?",
        [],
        ["Vodafone"],
    ),
    (
        "My Vodafone bill says I called 111 nine times last month, all for my mum's dizziness. She's 83. Is there a better "
        "way to get her seen by someone about it?",
        [],
        [],
    ),
    (
        "I'm Bertie's mum (Bertram Oyelowo, DOB 17/09/2016), he's in year 3 at Cherry Lane School. He keeps wetting the bed "
        "again after being dry for 2 years. Teachers say he's fine at school. Should I worry?",
        [("name", "Bertie"), ("name", "Bertram Oyelowo"), ("date_of_birth", "17/09/2016")],
        ["Cherry Lane School"],
    ),
    (
        "Paralegal, I work for Judge & Co solicitors in town. Been having blood in my urine, "
        "painless, twice. 35F. Should I see urology?",
        [],
        ["Judge & Co"],
    ),
]
