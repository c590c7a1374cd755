# Privacy items with identifiers, part 3 (written by hand, writer 145)

ITEMS = [
    ("Since June my daughter June has been having headaches almost every afternoon. She's 10, wears glasses, and her optometrist said her prescription is fine. Could it be dehydration at day camp?",
     [("name", "June", 2)], []),

    ("Hope you can help. My daughter Hope (12) was diagnosed with scoliosis at her school screening. The curve is 22 degrees. Brace or wait?",
     [("name", "Hope", 2)], []),

    ("My son's EpiPen trainer got mixed up with the real one in his backpack and his friend Marco jabbed himself in the thumb with the real one at recess. Marco's fine now, thumb is white and cold though. Should his parents take him in? I have their number: 226-555-0187.",
     [("name", "Marco"), ("phone", "226-555-0187")], []),

    ("Hi, I'm Dr. Oyelaran's receptionist, no wait, I'm a parent, sorry, I also work there lol. My son Emeka (15) has had a swollen gland on his neck for 5 weeks, not painful. Dr. Oyelaran is away. Should we wait for her? I'm Ngozi, ngozi.fake@example.com.",
     [("name", "Oyelaran"), ("name", "Emeka"), ("name", "Ngozi"), ("email", "ngozi.fake@example.com")], []),

    ("My daughter (Avery Campbell, 13, born 30 January 2011) has been getting migraines with flashing lights before them. She plays volleyball at Ridgemont Middle and they get worse after practice.",
     [("name", "Avery Campbell"), ("date_of_birth", "30 January 2011")], ["Ridgemont Middle"]),

    ("Can Zyrtec and Flovent be taken together? My son Lucas is 10 and has both asthma and hay fever. His doctor, Dr. Amir Haddad, is on vacation. Insurance ID: GS-5590-1182-03.",
     [("name", "Lucas"), ("name", "Amir Haddad"), ("id_number", "GS-5590-1182-03")], []),

    ("hey doc. im brianna, 14. my mom doesnt know im writing. my chest is growing but only one side is bigger, is that normal?? please answer here dont email my mom lol her email is on my account (karen.fake.mom@example.com)",
     [("name", "brianna"), ("email", "karen.fake.mom@example.com")], []),

    ("My son Wyatt, 16, drives my truck (plate 4TRK 882, Alberta) and he fell asleep at a red light yesterday. He sleeps 10 hours and is still tired. Could it be narcolepsy or mono?",
     [("name", "Wyatt"), ("licence_plate", "4TRK 882")], []),

    ("I'm a grandmother raising my grandson Xavier, 9. His school (Holy Cross Elementary) says he can't sit still and wants him assessed for ADHD. I'm 66 and confused by all this. My address is 12 Fenwick Road, Moncton NB E1A 0A0. Phone 506-555-0144.",
     [("name", "Xavier"), ("address", "12 Fenwick Road, Moncton NB E1A 0A0"), ("phone", "506-555-0144")], ["Holy Cross Elementary"]),

    ("Hello I am writing from Lagos. My daughter Adaobi is 7 and has had fever on and off for 3 weeks. We tested for malaria twice, negative. Her doctor Dr. Eze is not sure. I am Chinedu, +234 803 555 0199.",
     [("name", "Adaobi"), ("name", "Eze"), ("name", "Chinedu"), ("phone", "+234 803 555 0199")], []),

    ("my kid ran into the goal post at soccer (we're the Burnaby Lakers U10) and has a goose egg the size of a golf ball. he's 8, name's Rory. no vomiting, he's chatty and wants pizza. should i wake him up at night?",
     [("name", "Rory")], []),

    ("Quick q: My daughter Anneliese got her ears pierced at the mall and one is crusty and red. She's 11. Is it infected? I'm at work (Mapleview Dental, I'm a hygienist) till 5, can someone call 519.555.0166?",
     [("name", "Anneliese"), ("phone", "519.555.0166")], ["Mapleview Dental"]),

    ("Dr. Hoffman wants my son Declan (14) to do a sleep study for snoring and daytime tiredness. He's 5'9\", 210 lbs. Is sleep apnea common in kids? His OHIP: 3344-556-677-LM.",
     [("name", "Hoffman"), ("name", "Declan"), ("id_number", "3344-556-677-LM")], []),

    ("I'm a youth pastor and one of our teens, Jasper, told me he's been thinking about suicide but 'wouldn't actually do it'. His parents know and he's seeing his doctor Thursday. What should I say to him in the meantime? You can reach me at pastor.dan.fake@example.org.",
     [("name", "Jasper"), ("email", "pastor.dan.fake@example.org")], []),

    ("Our teenage daughter Talia has been diagnosed with celiac. Her school cafeteria at Bayside Secondary isn't careful. She's 15. Any advice on what to tell them? I'm her dad, Aaron Friedman.",
     [("name", "Talia"), ("name", "Aaron Friedman")], ["Bayside Secondary"]),

    ("i'm 23 and my little brother (jamal, 12) lives with me. he keeps getting nosebleeds and bruises easily. i don't have his health card, only mine (5566-778-899-NP). can i bring him to a walk-in?",
     [("name", "jamal"), ("id_number", "5566-778-899-NP")], []),

    ("Update on Rosalie: the ENT, Dr. Bergeron, says her tubes fell out already. She's 4 and had them put in last spring. Her ears are draining again. We live at 8 Chemin du Lac, Sainte-Adèle QC.",
     [("name", "Rosalie"), ("name", "Bergeron"), ("address", "8 Chemin du Lac, Sainte-Adèle QC")], []),

    ("My son Eli (7) has a peanut and tree nut allergy. We're in a carpool with the Fischers and I want to give them an action plan. Can I get a printable one? My email: eli.family.fake@example.com. Their minivan is plate FXR 2219 if the school asks who picks him up lol.",
     [("name", "Eli"), ("name", "Fischers"), ("email", "eli.family.fake@example.com"), ("licence_plate", "FXR 2219")], []),

    ("Teacher here (Ms. Harriet Yoon, grade 3). One of my students, Lucy, has been coming in with bruises on her shins. Mom says she's clumsy. Lucy is also pale and tired. Who should I talk to at the school board about this?",
     [("name", "Harriet Yoon"), ("name", "Lucy")], []),

    ("My son got a concussion in gym class when Mr. Sorensen had them play dodgeball. He's 13, name is Aleksander Nowicki, DOB 2011/04/18. We need a note to keep him off screens at school. Is that a thing?",
     [("name", "Sorensen"), ("name", "Aleksander Nowicki"), ("date_of_birth", "2011/04/18")], []),

    ("Hey, it's Marcy from the pediatric dentist's office next door, no actually this is personal. My son Colton, 6, fell off the monkey bars and his front baby tooth is pushed up into his gum. Is that an emergency for a dentist? 705-555-0118",
     [("name", "Marcy"), ("name", "Colton"), ("phone", "705-555-0118")], []),

    ("My son's pediatrician (Dr. Lorraine Abebe) says his BMI is high and wants to refer him to a dietitian. He's 9 and eats mostly at his dad's. How do I handle this? I'm Krista, krista.m.fake@example.ca.",
     [("name", "Lorraine Abebe"), ("name", "Krista"), ("email", "krista.m.fake@example.ca")], []),

    ("Hello, I'm Mohammed, 58. I have type 2 diabetes and my feet are numb. My son Yousef brought me to Canada last year. My health card is 2468-135-790-AA. Address 45 Elm Grove Blvd, Mississauga.",
     [("name", "Mohammed"), ("name", "Yousef"), ("id_number", "2468-135-790-AA"), ("address", "45 Elm Grove Blvd, Mississauga")], []),

    ("my daughter georgia (13) got her braces off and one tooth has a white spot on it. the orthodontist office (Dr. Lam's) says it's decalcification. will it go away? she has her school pics at st. michael's next week lol",
     [("name", "georgia"), ("name", "Lam")], []),

    ("Good evening. I am Mrs. Esperanza Villanueva. My son Rafael, 18, is a lifeguard at the Parkdale community pool and his eyes are red and burning after every shift. Could it be the chlorine? Best contact: 647-555-0177.",
     [("name", "Esperanza Villanueva"), ("name", "Rafael"), ("phone", "647-555-0177")], ["Parkdale community pool"]),

    ("My son Kieran, 11, was bitten by a bat at the cottage maybe? We found one in his room this morning. No visible bite. We're on 22 Loon Bay Road near Haliburton. Do we need rabies shots??",
     [("name", "Kieran"), ("address", "22 Loon Bay Road near Haliburton")], []),

    ("Hi, this is Coach Alvarez from Clearview Jr Wildcats football. A player (Jonathan, 12) keeps getting leg cramps. His parents asked me to check with a doctor about electrolytes. Parent's email: jon.parents.fake@example.com",
     [("name", "Alvarez"), ("name", "Jonathan"), ("email", "jon.parents.fake@example.com")], []),

    ("My daughter Nadia (DOB: 2008-02-29, yes a leap year baby lol) is 16 and has had irregular periods and acne and some hair growth on her chin. Could it be PCOS? Her doctor is Dr. Francesca Russo.",
     [("name", "Nadia"), ("date_of_birth", "2008-02-29"), ("name", "Francesca Russo")], []),

    ("Hi. I'm Beth. I'm the mom of the kid who fainted at the Wednesday choir practice at Grace Lutheran, if anyone from there is reading. Charlie is 10. He fainted standing for a long time. ECG normal. Anything else?",
     [("name", "Beth"), ("name", "Charlie")], []),

    ("We found this doctor on a review site: ratemydoc.example.com/dr-f-ahmed-fake. Is it normal for a pediatrician to prescribe antibiotics for every cold? My son Zain (5) has had 6 courses this year.",
     [("url", "ratemydoc.example.com/dr-f-ahmed-fake"), ("name", "Zain")], []),

    ("Hi, my daughter Skylar's teacher, Mrs. Okoro, thinks Skylar can't see the board. She's 8. Our OHIP number for her is 1122-334-455-ZZ. Can we go straight to an optometrist?",
     [("name", "Skylar"), ("name", "Okoro"), ("id_number", "1122-334-455-ZZ")], []),

    ("I'm a dad of a 14-year-old figure skater (Juliette). Her coach, Viktor, weighs the girls weekly. She's started hiding food. I want to talk to someone before I talk to the club. I'm on signal at 438-555-0151.",
     [("name", "Juliette"), ("name", "Viktor"), ("phone", "438-555-0151")], []),

    ("Can you recommend a doctor near 3901 Oak Street, Vancouver? My son Ravi, 15, needs his second HPV dose, he missed it at school (Point Grey Secondary) because of a tournament.",
     [("address", "3901 Oak Street, Vancouver"), ("name", "Ravi")], ["Point Grey Secondary"]),

    ("so my daughter lexi (10) fell off her horse at riding camp, landed on her butt. now her tailbone hurts when she sits. camp instructor Megan said ice it. it's been 4 days. x-ray?",
     [("name", "lexi"), ("name", "Megan")], []),

    ("Sorry for the long message. I'm Anthony Russo, 47, father of four. I've had heartburn every night for 6 months. Tums don't help. I'm a bus driver for the Durham school board. My dad had stomach cancer at 60. Policy # DRH-7765-09.",
     [("name", "Anthony Russo"), ("id_number", "DRH-7765-09")], ["Durham school board"]),

    ("Hi I'm 17 and my mom thinks I have an eating disorder. I run cross country for Oakridge Secondary and I just eat healthy. she read my food journal on my finsta @runnergirl.private.fake and freaked out. is 1200 calories bad?",
     [("handle", "@runnergirl.private.fake")], ["Oakridge Secondary"]),

    ("My son Theo and his friend Sebastian both got pink eye at the same time. Sebastian's mom, Carmen, is asking if they can go to the birthday party Saturday. Both 7. Drops started yesterday.",
     [("name", "Theo"), ("name", "Sebastian"), ("name", "Carmen")], []),

    ("Hello, my name is Ayesha Siddiqui. My son Ibrahim (DOB 7 Nov 2012) has had stomach pain on the right side for a week on and off, no fever, eats fine. Our home is 401 Birchmount Rd, Scarborough. Does this sound like appendicitis?",
     [("name", "Ayesha Siddiqui"), ("name", "Ibrahim"), ("date_of_birth", "7 Nov 2012"), ("address", "401 Birchmount Rd, Scarborough")], []),

    ("My daughter plays for the Kelowna Heat U14 rep team. She tore her ACL last month. Her surgeon is Dr. Brent Kowalski. She's asking if she can still go to the team banquet on crutches haha. More seriously, when does physio start? My FB is facebook.com/kelownaheatmom.fake",
     [("name", "Brent Kowalski"), ("url", "facebook.com/kelownaheatmom.fake")], []),

    ("i coach a rec league and one of my 9 yr olds, deshawn, has really bad eczema on his hands, cracks and bleeds when he catches the ball. his grandma asked me to ask. her number 901-555-0162",
     [("name", "deshawn"), ("phone", "901-555-0162")], []),

    ("Hi, I'm Astrid's dad. Astrid is 11, has sickle cell, and is going to overnight camp for the first time. The camp wants a letter about her pain medicine. Our pediatric hematologist is Dr. Ocampo at SickKids. Who writes that?",
     [("name", "Astrid"), ("name", "Ocampo")], []),

    ("My 15yo son Mateus wants creatine for football. The trainer at his gym (Iron Temple Fitness) is selling it to him. Is it safe at his age? He's 165 lbs. I'm Adriana, adriana.s.fake@example.com.",
     [("name", "Mateus"), ("name", "Adriana"), ("email", "adriana.s.fake@example.com")], ["Iron Temple Fitness"]),

    ("I'm Ruth, I'm 72 and I look after my granddaughter Poppy after school. Poppy is 8. She told me her throat hurts and she has white spots. Her mum is at work. Our house is at 9 Primrose Hill Close, Guildford. Do I need to take her to the GP today?",
     [("name", "Ruth"), ("name", "Poppy"), ("address", "9 Primrose Hill Close, Guildford")], []),

    ("My son (Jeremiah Thompson, MRN 00457812 at Children's Mercy) had surgery for a hernia two weeks ago. The incision is a bit red. He's 6. Is that normal healing?",
     [("name", "Jeremiah Thompson"), ("id_number", "00457812")], []),

    ("Our 12-year-old was stung by a wasp at Scouts, hand swelled up to the elbow. Her Scout leader, Graham Pike, gave her Benadryl. No trouble breathing, just big swelling. That was this morning. Does she need an EpiPen in future?",
     [("name", "Graham Pike")], []),

    ("My son got caught vaping at school, he's 14. Principal Dr. Hendry suspended him. He says he's addicted and gets headaches without it. How do we help him quit? Pls text 204-555-0137.",
     [("name", "Hendry"), ("phone", "204-555-0137")], []),

    ("hi im sarah's mom (sarah kowalski, 6). she swallowed a penny at school. teacher saw. she's fine, eating lunch now. do we need an xray? teacher is ms. bright",
     [("name", "sarah"), ("name", "sarah kowalski"), ("name", "bright")], []),

    ("My partner Alex (they/them, 29) has had a rash on their hands since starting a new job at Greenleaf Bakery. Flour allergy? Alex's handle on instagram is @alex.bakes.fake if you want pics of the rash lol.",
     [("name", "Alex"), ("handle", "@alex.bakes.fake")], ["Greenleaf Bakery"]),

    ("Hi. My daughter Mei, 16, has had a heavy period for 12 days straight. She's tired and pale. Her iron at the last checkup (Dr. Tan) was low. Should we get a blood test? Our Alberta health number is 12345-6789.",
     [("name", "Mei"), ("name", "Tan"), ("id_number", "12345-6789")], []),

    ("Hey, I'm Josh (34), dad of 2. I tore something in my shoulder playing beer league hockey with the Dad Bods (our team name lol). Hurts to lift my kid. MRI? My cell (306) 555-0129.",
     [("name", "Josh"), ("phone", "(306) 555-0129")], []),

    ("My son Bastien is 15 and has a huge bump under his kneecap. He plays basketball for Collège Notre-Dame. His doctor Dr. Gauthier said Osgood-Schlatter. Does he have to stop playing? RAMQ: LEBB 0906 1512.",
     [("name", "Bastien"), ("name", "Gauthier"), ("id_number", "LEBB 0906 1512")], ["Collège Notre-Dame"]),

    ("Can a 10 year old take melatonin? My son Arlo can't fall asleep before midnight and gets up at 6:30 for school. I'm a shift worker at Bayview Long-Term Care so I'm not home at bedtime. Arlo's dad is Nathan, nathan.arlo.fake@example.com.",
     [("name", "Arlo"), ("name", "Nathan"), ("email", "nathan.arlo.fake@example.com")], ["Bayview Long-Term Care"]),

    ("hi!! my son finley (16) just got his learner's and the insurance company needs a vision check form signed. can dr obi do it online? his passport is GA123456 if they need photo ID",
     [("name", "finley"), ("name", "obi"), ("id_number", "GA123456")], []),

    ("Hi, my daughter Clementine (3) put a bead up her nose at preschool. Teacher Ms. Paige saw it go in. She's breathing fine through her mouth and happy. Can I try to get it out at home? We're at 61 Harbour View Rd, Dartmouth.",
     [("name", "Clementine"), ("name", "Paige"), ("address", "61 Harbour View Rd, Dartmouth")], []),

    ("I'm Lauren, 31, and I'm 24 weeks pregnant with my second. My first, Benny, is in JK at Oakwood Public. I've had Braxton Hicks for a week, not painful, not regular. Should I mention this to my OB, Dr. Kaur, at my next visit or call now?",
     [("name", "Lauren"), ("name", "Benny"), ("name", "Kaur")], ["Oakwood Public"]),

    ("Our family doctor retired and my kids need a new one. I'm in Saskatoon, 718 Spadina Crescent E. Kids are Hazel (5) and Otis (9). Both healthy, just need checkups. Is there a list of doctors taking patients? my email hazel.otis.mom.fake@example.com",
     [("address", "718 Spadina Crescent E"), ("name", "Hazel"), ("name", "Otis"), ("email", "hazel.otis.mom.fake@example.com")], []),

    ("My daughter was bullied on Snapchat by a girl who goes by lilmissperfect_fake22. Now she won't go to school and says her stomach hurts every morning. She's 12. Who should we see?",
     [("handle", "lilmissperfect_fake22")], []),

    ("Hi, this is Rick, I'm a dad in Tulsa. My son Cody broke his arm at the Tulsa Tigers tryouts. The other dad who drove him to urgent care had plate KLM-4823 and I never got his name to thank him lol. Anyway, cast is on, how long for a radius fracture at 12?",
     [("name", "Rick"), ("name", "Cody"), ("licence_plate", "KLM-4823")], []),

    ("my daughter olivia (14) keeps getting sent home from school by the nurse for 'fainting spells' but she's just dizzy for a sec. she's on the school website for some award lol: www.lakeviewms-fake.org/students/olivia-b. should we see cardiology?",
     [("name", "olivia"), ("url", "www.lakeviewms-fake.org/students/olivia-b")], []),
]
