# Hand-written privacy items with identifiers (part A: mostly carers writing for someone else).
# Each item: (text, [(type, exact_text), ...], [quasi substrings])

ITEMS = [
    ("Hi, I'm writing for my dad Desmond Okafor, he's 81 and has vascular dementia. Since Tuesday he's been refusing his evening tablets and getting really agitated around 5pm. His NHS number is 485 777 3456 if that helps. Is this sundowning or could it be an infection? You can ring me on 07700 900461.",
     [("name", "Desmond Okafor"), ("id_number", "485 777 3456"), ("phone", "07700 900461")], []),

    ("im a care assistant at Willowbrook House and one of our residents, Mrs Edith Harrow, has a red patch on her heel that wont blanch. Nurse on shift is Kayode. what grade is this likely to be and should we get her a pressure mattress today",
     [("name", "Edith Harrow"), ("name", "Kayode")], ["Willowbrook House"]),

    ("My son Tyler has cerebral palsy and is fed through a PEG. Since we switched to the new feed his stools are very loose, 5-6 a day. His Medicaid ID is 91827364A. Our home nurse Rosalind said to ask here before calling the GI clinic. Email me at mandy.k.reeves@outlook.com",
     [("name", "Tyler"), ("id_number", "91827364A"), ("name", "Rosalind"), ("email", "mandy.k.reeves@outlook.com")], []),

    ("Mum (Gwendolyn Price, DOB 14/03/1939) had a stroke in January and her left arm still won't grip. Physio has stopped visiting. We live at 27 Larkspur Close, Swindon SN3 4PT. Can we self-refer for more rehab?",
     [("name", "Gwendolyn Price"), ("date_of_birth", "14/03/1939"), ("address", "27 Larkspur Close, Swindon SN3 4PT")], []),

    ("Writing on behalf of my brother Ravi who has Down syndrome, 34yo. He keeps pulling at his right ear and wont let anyone look. he doesnt really say when things hurt. GP surgery is Elmhurst Medical Practice, his patient number there is EMP-20417.",
     [("name", "Ravi"), ("id_number", "EMP-20417")], ["Elmhurst Medical Practice"]),

    ("Hello, home nurse here. Client is Mr. Bartholomew Szymański, 77, MS, wheelchair user, catheter bag has been cloudy and smelly for 2 days, temp 37.9. His Medicare number is 1EG4-TE5-MK73. Who should I contact, urology or his GP?",
     [("name", "Bartholomew Szymański"), ("id_number", "1EG4-TE5-MK73")], []),

    ("my nan Bridie keeps forgetting she's eaten and asks for breakfast 3 times a morning. she lives with me at Flat 4, 16 Harbour Road, Cobh. is this just age or should i get her assessed?",
     [("name", "Bridie"), ("address", "Flat 4, 16 Harbour Road, Cobh")], []),

    ("Key worker for Jamal (learning disability, non-verbal). Since Sunday he's been hitting his jaw with his fist. Dentist appt not till the 28th. Care plan ref CP-55190-J. Any advice on pain relief dosing for his weight (62kg)? Contact: jamal.support@brightpathcare.org.uk",
     [("name", "Jamal"), ("id_number", "CP-55190-J"), ("email", "jamal.support@brightpathcare.org.uk")], []),

    ("Dad's carer, Precious, noticed his ankles are massively swollen this week, both sides, and he's more breathless going up to bed. He's 88, heart failure. Call me back on +44 7911 123456, my name is Harriet.",
     [("name", "Precious"), ("phone", "+44 7911 123456"), ("name", "Harriet")], []),

    ("My mother in law Mrs. Yoko Tanaka (born 2 August 1944) is on warfarin and has started bruising on her arms. Her INR last week was 3.4. Could the new antibiotic be interacting?",
     [("name", "Yoko Tanaka"), ("date_of_birth", "2 August 1944")], []),

    ("I'm a support worker at Hazel Grove Day Centre. Service user Liam O'Sullivan, epilepsy and autism, has had more absence seizures than usual, 6 today vs normal 1-2. His mum's number is (617) 555-0142. should we be worried about his meds?",
     [("name", "Liam O'Sullivan"), ("phone", "(617) 555-0142")], ["Hazel Grove Day Centre"]),

    ("my daughter Amara is 9 and uses a wheelchair (spina bifida). she's got a sore on her bottom that's been weeping. her insurance member ID is 884 201 993. instagram where I document her care is @amaras_wheels_journey if you want to see photos lol",
     [("name", "Amara"), ("id_number", "884 201 993"), ("handle", "@amaras_wheels_journey")], []),

    ("Grandad Stanisław has Parkinson's and he's coughing and spluttering on thin drinks now. Speech therapist mentioned thickener but we haven't heard back. His hospital number is RX4471920.",
     [("name", "Stanisław"), ("id_number", "RX4471920")], []),

    ("hi its Marisol, I look after my aunt Consuelo who is 90 and bedbound. she's had no BM for 6 days even with the Senna. her address for a home visit is 1148 W Pico Blvd Apt 3, Los Angeles CA 90015.",
     [("name", "Marisol"), ("name", "Consuelo"), ("address", "1148 W Pico Blvd Apt 3, Los Angeles CA 90015")], []),

    ("Nurse at Oakridge Care Home writing: resident Walter Finch, DOB 11/30/1932, PEG fed, has a red, hot area round the stoma site. His MRN is 00483921. Please advise if this needs an antibiotic.",
     [("name", "Walter Finch"), ("date_of_birth", "11/30/1932"), ("id_number", "00483921")], ["Oakridge Care Home"]),

    ("My wife Ingrid had a stroke in 2021 and since then she cries at random moments, even at adverts. Is this normal? She's seen by Dr Helga Lindqvist at the stroke clinic but the next appointment is March.",
     [("name", "Ingrid"), ("name", "Helga Lindqvist")], []),

    ("Parent of a 14yo with Duchenne. Son's name is Kofi. His morning cough is getting wetter and he's tired. We live in Leeds. You can email kwame.asante77@gmail.com or text 07423 555 018.",
     [("name", "Kofi"), ("email", "kwame.asante77@gmail.com"), ("phone", "07423 555 018")], []),

    ("Hi doc. My dad Tommy Gallagher (Thomas on all his paperwork) is 79, dementia, and keeps getting out at night. Last night the police found him 2 miles away. His car reg is KV63 XRT and he still has a spare key hidden somewhere!! How do we get a proper assessment?",
     [("name", "Tommy Gallagher"), ("name", "Thomas"), ("licence_plate", "KV63 XRT")], []),

    ("Care-home manager here (Meadowview Lodge). A resident, Florence Adeyemi, 86, has had diarrhoea x4 since lunch and two other residents started vomiting. Is this likely norovirus and do we need to report it? My direct line 0161 496 0732.",
     [("name", "Florence Adeyemi"), ("phone", "0161 496 0732")], ["Meadowview Lodge"]),

    ("My sister Noor (27, severe learning disability) has started getting really hairy on her chin and her periods stopped 4 months ago. Her NHS no: 943 476 5919. Could this be PCOS? She can't tell us how she feels.",
     [("name", "Noor"), ("id_number", "943 476 5919")], []),

    ("Looking after my father Archibald who had a stroke. He's 74, right side weak. He keeps slumping to the right in his chair. Community OT is Bronwen, we've not seen her in 3 weeks. His date of birth is 5th June 1950 in case you need it to find records.",
     [("name", "Archibald"), ("name", "Bronwen"), ("date_of_birth", "5th June 1950")], []),

    ("hi i'm an agency carer visiting Mr Obi at 9 Brindley Street, Walsall, he's diabetic, on insulin, and his sugars are running 18-22 mmol all week. his daughter Chidinma said to post here. not sure who to tell",
     [("name", "Obi"), ("address", "9 Brindley Street, Walsall"), ("name", "Chidinma")], []),

    ("My autistic son (Ezra, 12) has stopped eating anything but plain crackers and he's lost 3kg. His school is Brookfield Academy. Dietitian referral? Member number 4410-882-17.",
     [("name", "Ezra"), ("id_number", "4410-882-17")], ["Brookfield Academy"]),

    ("Our mum Lakshmi Venkataraman is in a wheelchair after a hip fracture. She was born 12-09-1941. the red mark on her sacrum is now an open sore the size of a 10p. district nurse Gareth comes Thursdays only.",
     [("name", "Lakshmi Venkataraman"), ("date_of_birth", "12-09-1941"), ("name", "Gareth")], []),

    ("I am the son and main carer of Mrs Hanna Virtanen. She has Alzheimer's and has been on Aricept for 2 years. Lately she has very vivid dreams and shouts at night. My phone 040 123 4567 (Finland). Thanks, Mikko",
     [("name", "Hanna Virtanen"), ("phone", "040 123 4567"), ("name", "Mikko")], []),

    ("tube fed adult (my brother Dominic, 41, brain injury) - his feed keeps leaking around the button. we use a 14Fr mic-key. can i ask who changes these? his insurance policy number is BCBS-XJZ-448810.",
     [("name", "Dominic"), ("id_number", "BCBS-XJZ-448810")], []),

    ("Hello I'm Jun-ho, writing about my grandmother who lives with us. She is 92. She fell yesterday but seems ok, a bit sore on her hip, walking with her frame still. Should we get an xray? Our address is 302-1104 Hanbit Apt, 55 Dunsan-ro, Daejeon.",
     [("name", "Jun-ho"), ("address", "302-1104 Hanbit Apt, 55 Dunsan-ro, Daejeon")], []),

    ("My wife Margarethe has had MS for 20 yrs and the baclofen doesn't seem to be doing much for her leg spasms anymore. I can send her neuro letter, her ID at the hospital is MRN 7734215. - Pieter",
     [("name", "Margarethe"), ("id_number", "7734215"), ("name", "Pieter")], []),

    ("Home care nurse. Patient: Deborah Whitlock-Harris, 68, post stroke, R hemiparesis, on apixaban. Noticed blood in her urine bag this morning. Pt tel 020 7946 0958. Should she stop the apixaban?",
     [("name", "Deborah Whitlock-Harris"), ("phone", "020 7946 0958")], []),

    ("Mum's breathing is worse this winter (COPD) and she can't walk more than 20 metres now - can we ask about home oxygen? Also for the blue badge form I need a letter; her car reg is YA19 BKF. Her name is Agnes Mulvaney, I'm her daughter Clodagh.",
     [("licence_plate", "YA19 BKF"), ("name", "Agnes Mulvaney"), ("name", "Clodagh")], []),

    ("I care for a young man with Prader-Willi syndrome (Callum, 19). He got into the locked kitchen last night and ate most of a loaf and a tub of margarine. Tummy seems bloated today but he says it doesn't hurt. Manager is Yvonne on 01632 960 448.",
     [("name", "Callum"), ("name", "Yvonne"), ("phone", "01632 960 448")], []),

    ("Dad had a stroke 6 weeks ago, hes 66. his speech is still jumbled. the speech therapist gave us exercises but hes getting frustrated. Dad's name: Horace Bellamy. email for dad's care team updates horace.bellamy.care@gmail.com",
     [("name", "Horace Bellamy"), ("email", "horace.bellamy.care@gmail.com")], []),

    ("my little boy Mateo (4) has global developmental delay and hes been drooling way more and crying when eating. I wonder if it's teeth. Medicaid # 110293847. we're in Fresno.",
     [("name", "Mateo"), ("id_number", "110293847")], []),

    ("My grandmother, Mrs. Fatemeh Rahimi, birth date 21 March 1936, is in Rosehill Nursing Home. Staff say she's not drinking much and is more confused than usual. Could it be a UTI?",
     [("name", "Fatemeh Rahimi"), ("date_of_birth", "21 March 1936")], ["Rosehill Nursing Home"]),

    ("hey, posting for my partner Sam who has a spinal cord injury (T6). He gets a lot of bladder infections, 4 this year, from self-catheterising. Can he get prophylactic antibiotics? His urologist is Dr. Oyelaran.",
     [("name", "Sam"), ("name", "Oyelaran")], []),

    ("Please can someone ring me back: 0412 345 678. I'm Kylie, mum of Jaxon (7, non-verbal autism). He hasn't slept more than 3 hrs a night for two weeks and melatonin isn't working anymore.",
     [("phone", "0412 345 678"), ("name", "Kylie"), ("name", "Jaxon")], []),

    ("Writing for my elderly neighbour Mr Gerald Pike, I pop in daily. He's 85, lives alone at 4 Mill Lane, Kirkby Stephen CA17 4QR. His legs have gone very red and shiny and they weep. He won't call his GP himself.",
     [("name", "Gerald Pike"), ("address", "4 Mill Lane, Kirkby Stephen CA17 4QR")], []),

    ("Daughter of a dialysis patient here. Papa (Giuseppe Ferraro) keeps getting cramps during sessions. Unit is at St George's. His patient ID at the unit is DU-00937.",
     [("name", "Giuseppe Ferraro"), ("id_number", "DU-00937")], []),

    ("Hi I'm Aroha, my koro (grandfather) lives with us in Rotorua. He's 80 and has gout flaring in his big toe again. His NHI number is ZAC5361. Is it safe to give him ibuprofen with his kidneys?",
     [("name", "Aroha"), ("id_number", "ZAC5361")], []),

    ("I support a lady with learning disabilities, Shanice, 31, who has started losing weight and drinking loads of water. Her mum Paulette thinks it's just the heat. Team leader: Obinna Eze. DOB of service user 03/07/1993.",
     [("name", "Shanice"), ("name", "Paulette"), ("name", "Obinna Eze"), ("date_of_birth", "03/07/1993")], []),

    ("We're looking after Dad (Vikram Malhotra, 73) after his bypass. The wound at the top of his leg where they took the vein is oozing a bit. His Aetna member ID W283746501. Contact me on vikram.son.rohan@yahoo.com - Rohan",
     [("name", "Vikram Malhotra"), ("id_number", "W283746501"), ("email", "vikram.son.rohan@yahoo.com"), ("name", "Rohan")], []),

    ("Mum's in a care home (Cedar Court) and they've started giving her Fortisip 2x a day. She's 94 and weighs 39kg. Her key worker Lorraine said I could ask here if there's anything better for weight gain.",
     [("name", "Lorraine")], ["Cedar Court"]),

    ("My daughter Zainab has a gastrostomy and we blend her food. she's 6, cerebral palsy. can i add olive oil for extra calories? dietitian retired. our GP is at Canal Street Surgery and her NHS number is 612 883 0471.",
     [("name", "Zainab"), ("id_number", "612 883 0471")], ["Canal Street Surgery"]),

    ("nurse on nights at a residential home. Phyllis Honeywell, 89, keeps taking her pad off and her skin is breaking down in the groin. GP is Dr. Anand Iyer. Is there a barrier cream that works better than Cavilon?",
     [("name", "Phyllis Honeywell"), ("name", "Anand Iyer")], []),

    ("Brother (Hamish, 58) had a big stroke last year and is in a wheelchair. He's on clopidogrel and his gums bleed when he brushes. Is that the tablets? Also my cell 604-555-0199 if easier.",
     [("name", "Hamish"), ("phone", "604-555-0199")], []),

    ("Hello. I'm a carer for my husband, Oleksandr. He is 70 and has dementia with Lewy bodies. He sees little people in the garden. Doctor put him on quetiapine 25mg. He is sleeping all day now. Our home is 15 Vine Street, Apt 2B, Hoboken NJ 07030.",
     [("name", "Oleksandr"), ("address", "15 Vine Street, Apt 2B, Hoboken NJ 07030")], []),

    ("My son Bilal is 16 and has Duchenne, full-time wheelchair. His spine curve is getting worse and sitting is painful. Consultant at Great Ormond Street is Mr. Whitcombe. His GOSH number is 2093847.",
     [("name", "Bilal"), ("name", "Whitcombe"), ("id_number", "2093847")], []),

    ("Hi, its Grace. I look after my dad who has Huntington's. He is 55. he keeps losing weight even though he eats loads. the HD nurse said high calorie diet. twitter is @graceforHD if you wanna follow our journey",
     [("name", "Grace"), ("handle", "@graceforHD")], []),

    ("Mam's memory is going. She's 78 and keeps ringing me 20 times a day. Name is Myfanwy Pritchard, lives at Ty Gwyn, Heol y Bryn, Llandeilo SA19 6AA. Can I refer her to the memory clinic myself?",
     [("name", "Myfanwy Pritchard"), ("address", "Ty Gwyn, Heol y Bryn, Llandeilo SA19 6AA")], []),

    ("My twin boys Leon and Luca (both 11, autism + ADHD) are on methylphenidate. Leon has lost his appetite completely. The paediatrician's secretary gave me this portal link https://mychart.northwellhealth.org/patient/lcardoso88 but I can't log in.",
     [("name", "Leon"), ("name", "Luca"), ("url", "https://mychart.northwellhealth.org/patient/lcardoso88")], []),

    ("Caring for my father-in-law Ebenezer Asamoah, 83. Prostate cancer, on hormone injections. He's getting hot flushes all night. Insurance: Humana member H1234-5678-901.",
     [("name", "Ebenezer Asamoah"), ("id_number", "H1234-5678-901")], []),

    ("Dad's care package keeps missing visits. He's 87, diabetic, and he needs his insulin at 8am. Agency is short staffed. Care plan number 48817/LS. In the meantime can a relative be trained to give the insulin? - from Delroy (son)",
     [("id_number", "48817/LS"), ("name", "Delroy")], []),

    ("I'm a nurse at Sunnyside Residential. Resident Dorothy Ng (DOB 1 Jan 1930) had a fall at 3am, no injury found but now she is reluctant to walk. we've given paracetamol. Post-fall, when should we get an xray?",
     [("name", "Dorothy Ng"), ("date_of_birth", "1 Jan 1930")], ["Sunnyside Residential"]),

    ("My brother with Down's (Patrick, 45) is getting forgetful and his personality is changing. I read people with Down's get early Alzheimer's. His GP is Dr Fionnuala Byrne. Please help.",
     [("name", "Patrick"), ("name", "Fionnuala Byrne")], []),

    ("Looking after my mom after her stroke, she's 71. She keeps coughing when she drinks water. Is that aspiration? My name's Destiny, you can reach me at 214-555-0187 or destiny.monroe@icloud.com.",
     [("name", "Destiny"), ("phone", "214-555-0187"), ("email", "destiny.monroe@icloud.com")], []),
]
