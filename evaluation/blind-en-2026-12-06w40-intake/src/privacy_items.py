# Hand-written privacy items. Each entry: (text, [(type, exact substring), ...], [quasi strings]).
# Every text below was typed by hand; nothing is generated.

ITEMS = []


def I(text, ids, quasi=None):
    ITEMS.append((text, ids, quasi or []))


def T(text):
    ITEMS.append((text, [], []))


# ---------------- items with identifiers ----------------
I("Hi, my name is Maria Guadalupe Renteria and I've had an itchy rash on both forearms since last Tuesday. Could it be the new Gain detergent? You can text me at (915) 555-0142.",
  [("name", "Maria Guadalupe Renteria"), ("phone", "(915) 555-0142")])
I("My dad Nguyen Van Thanh is 71 and keeps forgetting his Eliquis. His Medicare number is 4TE9-QR2-MK81 if you need it for the pharmacy. Is there a pill box that beeps?",
  [("name", "Nguyen Van Thanh"), ("id_number", "4TE9-QR2-MK81")])
I("Writing for my lola Corazon Dimaculangan, 82, who lives with us at 2218 Mabini Ct Apt 3B, Daly City, CA 94015. Her ankles have been puffy since Sunday and she's on amlodipine.",
  [("name", "Corazon Dimaculangan"), ("address", "2218 Mabini Ct Apt 3B, Daly City, CA 94015")])
I("Hodan Warsame here. My son has had a cough for two weeks and the doctor at Cedar Riverside Family Clinic says it's viral. Should I push for a chest X-ray? My email is hodan.warsame.mn@fastmail.com",
  [("name", "Hodan Warsame"), ("email", "hodan.warsame.mn@fastmail.com")], ["Cedar Riverside Family Clinic"])
I("Sat Sri Akal doctor ji, I am Gurpreet Kaur Sandhu, DOB 14/03/1979, living in Brampton. My fasting sugar is 9 to 11 every morning even on metformin 1000 twice a day.",
  [("name", "Gurpreet Kaur Sandhu"), ("date_of_birth", "14/03/1979")])
I("My grandson Jonah Tsosie fell off a horse at his uncle's place, Lot 14 Rural Route 2, Chinle AZ 86503, four days ago. He's walking fine but his wrist is still swollen and purple.",
  [("name", "Jonah Tsosie"), ("address", "Lot 14 Rural Route 2, Chinle AZ 86503")])
I("Bonjour, Geneviève Tremblay-Lavoie ici. My RAMQ card number is TREG 7956 1412, my pharmacist at Jean Coutu asked me to check: can I take Advil while on Xarelto?",
  [("name", "Geneviève Tremblay-Lavoie"), ("id_number", "TREG 7956 1412")])
I("I'm Yiannis Papadakis, 58, from Astoria. My cardiologist Dr. Eleni Karras wants me on a statin but Lipitor gave me muscle aches last time. Are there alternatives?",
  [("name", "Yiannis Papadakis"), ("name", "Eleni Karras")])
I("My wife Rania Haddad is 31 weeks along and her feet and hands are swelling. Her OB is Dr. Samir Khoury. Is that normal or something to worry about before Thursday's appointment?",
  [("name", "Rania Haddad"), ("name", "Samir Khoury")])
I("Park Ji-hoon here, 46. My Blue Shield member ID is XKH884120937. Does a screening colonoscopy at 46 usually get covered or only at 50?",
  [("name", "Park Ji-hoon"), ("id_number", "XKH884120937")])
I("Hey it's Lupe, my insta is @lupita.cose.bordados, I post my embroidery. Lately my thumb locks when I bend it, like it gets stuck and then pops. Trigger finger?",
  [("name", "Lupe"), ("handle", "@lupita.cose.bordados")])
I("Our daughter Aaliyah Abdi (DOB 2019-06-02) keeps getting ear infections, five this year. The school nurse at Roosevelt Elementary thinks she needs tubes. Who do we see?",
  [("name", "Aaliyah Abdi"), ("date_of_birth", "2019-06-02")], ["Roosevelt Elementary"])
I("Name: Tran Thi Bich Ngoc. Phone: 408-555-7719. Question: I have had heartburn every night for a month and Tums only help a little.",
  [("name", "Tran Thi Bich Ngoc"), ("phone", "408-555-7719")])
I("My coworker Mariel Santos keeps getting migraines on night shift at the Amazon warehouse in Eastvale. She asked me to ask: is it safe to take sumatriptan while breastfeeding?",
  [("name", "Mariel Santos")], ["Amazon warehouse in Eastvale"])
I("Can someone call me back? Farhiya Mohamed, 612-555-0398, I'm 27 and it has burned when I pee for three days, no fever.",
  [("name", "Farhiya Mohamed"), ("phone", "612-555-0398")])
I("Doctor, my brother Harjit Singh Dhillon drives truck for a living, his rig plate is PBX 4412 (Indiana). He nodded off twice at the wheel this week and snores like a train. Sleep apnea?",
  [("name", "Harjit Singh Dhillon"), ("licence_plate", "PBX 4412")])
I("Hi I'm Marisol Ibarra-Cruz, member #W27849013 on my Anthem card. I'm 29 and want to get off birth control to try for a baby. How long until my cycle is normal?",
  [("name", "Marisol Ibarra-Cruz"), ("id_number", "W27849013")])
I("My mom, Lan Pham, born 9/18/1955, is scheduled for cataract surgery on her left eye. She's on Plavix. Does she have to stop it before?",
  [("name", "Lan Pham"), ("date_of_birth", "9/18/1955")])
I("It's Rizalino here but everyone at church calls me Jun-Jun. I'm 63, diabetic, and my toe has a sore that hasn't healed for three weeks.",
  [("name", "Rizalino"), ("name", "Jun-Jun")])
I("I run a small cooking channel youtube.com/@AbuelaCocinaConAmor and my viewers keep asking if nopales really lower blood sugar. Is there any real evidence?",
  [("url", "youtube.com/@AbuelaCocinaConAmor")])
I("Ahmed Yusuf Farah, SSN 512-88-4037, sorry the form wanted it. I have lower back pain that shoots down my right leg after lifting boxes at the Target distribution center in Shakopee.",
  [("name", "Ahmed Yusuf Farah"), ("id_number", "512-88-4037")], ["Target distribution center in Shakopee"])
I("Please email me back at kbenally.art@gmail.com. I'm Kateri Benally, 38, and for six months my fingers go white then blue when I wash dishes in cold water. What is that?",
  [("email", "kbenally.art@gmail.com"), ("name", "Kateri Benally")])
I("This is for my husband Stavros Georgiou, his Aetna policy is 1022984736-01. He had a kidney stone in March and now he has the same pain on the other side.",
  [("name", "Stavros Georgiou"), ("id_number", "1022984736-01")])
I("My roommate Duc Le got a tattoo on Saturday and now it's red, hot and itchy around the edges. He's 22. His number is 714-555-2380 if a nurse can call him.",
  [("name", "Duc Le"), ("phone", "714-555-2380")])
I("Joseph Nez, Lot 7, Navajo Route 12, Many Farms, AZ. Clinic is a long drive so asking here: my gout is flaring in my big toe, can I take extra colchicine?",
  [("name", "Joseph Nez"), ("address", "Lot 7, Navajo Route 12, Many Farms, AZ")])
I("Im Sokha, my TikTok is @sokhaeats_yyc, I do food reviews so I eat a LOT of spicy ramen lol. Now I have stomach pain after meals for two weeks. Ulcer??",
  [("name", "Sokha"), ("handle", "@sokhaeats_yyc")])
I("My baby Santiago Morales was born April 3, 2024 and still isn't rolling over. Is that late?",
  [("name", "Santiago Morales"), ("date_of_birth", "April 3, 2024")])
I("Hello, I'm Maria Theresa Buenaventura, RN, phone +1 (647) 555-0186. Asking for myself: my periods have become very heavy at 47, I soak a pad every hour on day two.",
  [("name", "Maria Theresa Buenaventura"), ("phone", "+1 (647) 555-0186")])
I("Hi, Deqa Hassan here. My son's student ID at Sheridan College is 991874520, they need a doctor's note for the exams he missed with mono. Who writes that?",
  [("name", "Deqa Hassan"), ("id_number", "991874520")], ["Sheridan College"])
I("Can you look at my photos here: https://photos.app.goo.gl/xT9kPq2LmW8 it's a mole on my back that my wife Thuy says is getting bigger.",
  [("url", "https://photos.app.goo.gl/xT9kPq2LmW8"), ("name", "Thuy")])
I("My dad Baldev Singh Gill is visiting from Punjab, his Indian mobile is +91 98140 55321. He has no insurance here and got chest tightness walking up the stairs yesterday, gone now.",
  [("name", "Baldev Singh Gill"), ("phone", "+91 98140 55321")])
I("Salam, Layla Nassar. I'm 24 and for 6 months my hair is falling out in clumps. My DOB is 11-02-2000 if you need to pull my record.",
  [("name", "Layla Nassar"), ("date_of_birth", "11-02-2000")])
I("My husband Minh slipped at work at the Costco on Bellaire and twisted his knee. His employee number is 000481236 for the workers comp claim. Swelling hasn't gone down in a week.",
  [("name", "Minh"), ("id_number", "000481236")], ["Costco on Bellaire"])
I("Kim Soo-yeon (Grace) here, 35. Since my second baby I leak a little every time I sneeze. Is pelvic floor PT worth it? email: grace.sykim@outlook.com",
  [("name", "Kim Soo-yeon"), ("name", "Grace"), ("email", "grace.sykim@outlook.com")])
I("G'day, Con Kyriakopoulos from Oakleigh. Medicare number 2953 18476 1. My GP retired and I need my blood pressure tablets renewed, who can do that?",
  [("name", "Con Kyriakopoulos"), ("id_number", "2953 18476 1")])
I("Bilal Saab here, I live at Unit 4/17 Jasmine Pde, Lakemba NSW 2195 with my mum. She's 76 and keeps falling at night going to the toilet. How can we make the house safer?",
  [("name", "Bilal Saab"), ("address", "Unit 4/17 Jasmine Pde, Lakemba NSW 2195")])
I("My ute rego is YKT-21F, got booked in the hospital carpark while my daughter was getting stitches lol. Anyway, when can the stitches on her chin come out? She's 6.",
  [("licence_plate", "YKT-21F")])
I("I'm Nicolás, 19, play soccer for my college. After a header last week I still get headaches when I look at screens. My coach Rafael Ortega says just rest. How long?",
  [("name", "Nicolás"), ("name", "Rafael Ortega")])
I("Please keep this private: my name is Ifrah Osman and I think I'm pregnant but my family can't know. I'm 20. Where can I get a test confidentially? Text only 206-555-0471.",
  [("name", "Ifrah Osman"), ("phone", "206-555-0471")])
I("Doctor please help, Vo Thi Hoa, 67, Medi-Cal ID 91234567A. My feet burn and tingle at night, worse than before. I have sugar for 20 years.",
  [("name", "Vo Thi Hoa"), ("id_number", "91234567A")])
I("Our son Ethan Reyes-Castillo, born 12/01/2016, was diagnosed with ADHD by the school psychologist at Maple Grove Elementary. Should we try medicine or therapy first?",
  [("name", "Ethan Reyes-Castillo"), ("date_of_birth", "12/01/2016")], ["Maple Grove Elementary"])
I("My Facebook is facebook.com/jessica.tsosie.92 if you want to see the pictures of my rash. I'm Jessica, 31, it started after hiking near Sedona.",
  [("url", "facebook.com/jessica.tsosie.92"), ("name", "Jessica")])
I("Fr. Arturo Mendoza is our parish priest and he's been coughing for a month and lost weight. He won't see a doctor. What should we tell him?",
  [("name", "Arturo Mendoza")])
I("I'm Abdirahman, 44, I drive a cab in Columbus, plate HJK 7720. My back is killing me from 12-hour shifts. Is a lumbar cushion enough?",
  [("name", "Abdirahman"), ("licence_plate", "HJK 7720")])
I("Mon fils Félix Gagnon-Bouchard, né le 7 mai 2018, has had a fever of 39 for three days. We called Info-Santé 811 but the line was long. Should he be seen?",
  [("name", "Félix Gagnon-Bouchard"), ("date_of_birth", "7 mai 2018")])
I("Hi, I'm Mai Anh. My son Bao (7) was prescribed amoxicillin for strep and broke out in hives on day 8. Is he allergic for life?",
  [("name", "Mai Anh"), ("name", "Bao")])
I("My MRN at Banner is 40018827. I'm Delbert Yazzie, 59, and my last A1c was 8.9. Should I start insulin?",
  [("id_number", "40018827"), ("name", "Delbert Yazzie")])
I("Contact: m.salazar.tx@yahoo.com / 956-555-0127. My 14-year-old daughter Ximena has started skipping meals and lost 15 pounds. I'm worried about an eating disorder.",
  [("email", "m.salazar.tx@yahoo.com"), ("phone", "956-555-0127"), ("name", "Ximena")])
I("Asc, I'm Khadra Ali. My mother Halima Jama is 70 and only speaks Somali. Her knee pain is so bad she can't kneel for prayer anymore. Is there an injection?",
  [("name", "Khadra Ali"), ("name", "Halima Jama")])
I("Ate Joy told me to ask here. I'm Rowena Dela Cruz, caregiver in Winnipeg, employee ID 20-88431 at Sunrise Pines Lodge. My shoulder hurts from lifting residents.",
  [("name", "Joy"), ("name", "Rowena Dela Cruz"), ("id_number", "20-88431")], ["Sunrise Pines Lodge"])
I("Dimitra Alexiou, passport EK4719203. Travelling to Kenya next month for work: which vaccines do I need and is malaria prophylaxis needed?",
  [("name", "Dimitra Alexiou"), ("id_number", "EK4719203")])
I("My address is 1047 Rue Saint-Hubert, app. 5, Montréal QC H2L 3Y5 if you need to send a lab requisition. I'm 52 and want my cholesterol checked.",
  [("address", "1047 Rue Saint-Hubert, app. 5, Montréal QC H2L 3Y5")])
I("Hola, soy Esperanza Villanueva. I'm 66 and diabetic, and I live at Space 31, 4200 E Palo Verde Rd, Tucson AZ 85706. Is it ok to walk in this heat for exercise?",
  [("name", "Esperanza Villanueva"), ("address", "Space 31, 4200 E Palo Verde Rd, Tucson AZ 85706")])
I("33yo guy, I'm u/throwaway_pinoy_nurse on reddit, posting here too. My ring and pinky fingers went numb after the gym. Is it the ulnar nerve?",
  [("handle", "u/throwaway_pinoy_nurse")])
I("I'm 15 and I get really bad cramps that make me miss school every month. My mom doesn't know I'm asking, you can reach me on snap: bree.t.2009",
  [("handle", "bree.t.2009")])
I("I'm worried about my coworker Kulwinder, she keeps almost fainting on shift. She's 23 and skips meals.",
  [("name", "Kulwinder")])
I("Daughter's name is Amina Farah, Alberta health number 48213-7706. She's 9 and still wets the bed most nights. Is that normal?",
  [("name", "Amina Farah"), ("id_number", "48213-7706")])
I("I'm Tuan, 45, 5'6 and 190 lb. The ultrasound said my liver is fatty. Please answer to tuan.nguyen.hou@gmail.com",
  [("name", "Tuan"), ("email", "tuan.nguyen.hou@gmail.com")])
I("Please call my daughter Simran at 604-555-0193, she translates for me. I am Paramjit Kaur, 74, and I have pain in both knees for years.",
  [("name", "Simran"), ("phone", "604-555-0193"), ("name", "Paramjit Kaur")])
I("Mi nombre es Rigoberto Chavez Ruiz, I work in the fields in Salinas. My eyes are red and itchy from the spraying, and my foreman Don Chuy says use Visine. Is that ok?",
  [("name", "Rigoberto Chavez Ruiz"), ("name", "Chuy")])
I("I'm Lina Khoury-Abdallah, DOB March 12, 1990. I had my gallbladder out at St. Joseph's in January and still get diarrhea after fatty meals.",
  [("name", "Lina Khoury-Abdallah"), ("date_of_birth", "March 12, 1990")])
I("My partner Jae-won and I are doing IVF at Pacific Rim Fertility. Her AMH is 0.8 and she's 38. What are our odds?",
  [("name", "Jae-won")], ["Pacific Rim Fertility"])
I("I'm Alexandre Côté, 29, my Instagram is @alexcote.runs. Running 60 km a week, and my shin hurts in one spot. Stress fracture?",
  [("name", "Alexandre Côté"), ("handle", "@alexcote.runs")])
I("Here's my blog where I track my lupus flares: lupuswarriorlinh.wordpress.com. Does the pattern look linked to sun exposure?",
  [("url", "lupuswarriorlinh.wordpress.com")])
I("Mohamed Abdullahi Nur, 31, Uber driver, plate CVMF 902 (Ontario). Sitting all day, now I have a painful lump near my tailbone.",
  [("name", "Mohamed Abdullahi Nur"), ("licence_plate", "CVMF 902")])
I("Teresita here, 55, from Cebu but living in Vancouver. BC PHN 9073 418 552. Menopause hot flashes are making me miserable, is HRT safe?",
  [("name", "Teresita"), ("id_number", "9073 418 552")])
I("My little brother Eli Haddad, student number 320044781 at Eastwood High, got hit in the eye with a baseball. His eye is bloodshot but he can see okay.",
  [("name", "Eli Haddad"), ("id_number", "320044781")], ["Eastwood High"])
I("Hello I am Fatuma Dualeh, my husband Abdi works nights. Our address is 3320 Cedar Ave S, Apt 1207, Minneapolis MN 55407. Can a nurse visit for my blood pressure checks after delivery?",
  [("name", "Fatuma Dualeh"), ("name", "Abdi"), ("address", "3320 Cedar Ave S, Apt 1207, Minneapolis MN 55407")])
I("I'm Ignacio Herrera, everyone calls me Nacho, 61. Retired from the Ford plant in Hapeville. My PSA went from 3.1 to 5.4 in a year. Biopsy or wait?",
  [("name", "Ignacio Herrera"), ("name", "Nacho")], ["Ford plant in Hapeville"])
I("Could you forward this to Dr. Trinh? My name is Kevin Trinh (no relation lol), my Cigna ID is U4421087302. I need a dermatology referral for acne.",
  [("name", "Trinh"), ("name", "Kevin Trinh"), ("id_number", "U4421087302")])
I("My license plate is 8FGW317 and I have a disabled placard for my MS. Does the DMV need a new doctor's form every year?",
  [("licence_plate", "8FGW317")])
I("Đỗ Tuyết Nhung, 50, Garden Grove. Sorry for the accents. Phone (714) 555-6602. I have a lump in my neck that moves when I swallow.",
  [("name", "Đỗ Tuyết Nhung"), ("phone", "(714) 555-6602")])
I("Reach me at abuelita.chela62@aol.com. My granddaughter Itzel (4) has white patches in her mouth and won't eat.",
  [("email", "abuelita.chela62@aol.com"), ("name", "Itzel")])
I("This is Nicholas Antonopoulos Sr. My Humana member number is H61923847. After my knee replacement the home PT stopped coming; who do I call?",
  [("name", "Nicholas Antonopoulos"), ("id_number", "H61923847")])
I("Georges Abi-Nader, 39, Laval. My wife Nadine says I snore and stop breathing in my sleep. How do I get a sleep study in Quebec?",
  [("name", "Georges Abi-Nader"), ("name", "Nadine")])
I("Contact my case worker Ms. Yolanda Pérez at (505) 555-0114. I'm 70, I live alone at Rural Route 1 Box 88, Crownpoint NM 87313, and my sugar has been dropping at night.",
  [("name", "Yolanda Pérez"), ("phone", "(505) 555-0114"), ("address", "Rural Route 1 Box 88, Crownpoint NM 87313")])
I("I post as @desimomofthree on Insta and my followers asked: is it safe to give my 2-year-old haldi doodh (turmeric milk) every night?",
  [("handle", "@desimomofthree")])
I("Hi! I'm Ha-eun, 26, grad student. My university health plan number is 70012-445-18. Is the HPV vaccine still worth it at my age?",
  [("name", "Ha-eun"), ("id_number", "70012-445-18")])
I("Asking for my uncle Bashir Hassan, 57, whose car ZKB-442 got reported for parking in an accessible bay. He has a heart condition, can a GP give him a permit?",
  [("name", "Bashir Hassan"), ("licence_plate", "ZKB-442")])
I("Pls call my mum Teresa on 0412 555 908. My sister (19) has had a fever and sore throat for a week and now a rash.",
  [("name", "Teresa"), ("phone", "0412 555 908")])
I("Hi there, I'm Vanessa Tsosie-Chee, DOB 08/30/1987, IHS chart number 557201. I need a refill on my levothyroxine.",
  [("name", "Vanessa Tsosie-Chee"), ("date_of_birth", "08/30/1987"), ("id_number", "557201")])
I("My dad Evangelos is 84 and lives alone at Unit 6, 12 Petros Lane, Marrickville NSW 2204. He has started to get confused in the evenings. Is it dementia or could it be an infection?",
  [("name", "Evangelos"), ("address", "Unit 6, 12 Petros Lane, Marrickville NSW 2204")])
I("email: rosario.b.lim@gmail.com, phone 0917 555 2041 (Philippine number, I'm on holiday). I'm 48 and got diarrhea since landing in Manila, can I take Imodium?",
  [("email", "rosario.b.lim@gmail.com"), ("phone", "0917 555 2041")])
I("I'm Mercedes, 37, and my GP Dr. Nikos Stamatis on the Danforth retired. My new doctor wants to stop my Ativan suddenly. Is that safe?",
  [("name", "Mercedes"), ("name", "Nikos Stamatis")])
I("My handle on the diabetes forum is @BrownSugarBhabi and people there keep telling me cinnamon cures diabetes. True?",
  [("handle", "@BrownSugarBhabi")])
I("I'm Samira Elhage, claim number CLM-2024-0087731 with Sun Life. They denied my physio after my car accident. Can a doctor write a letter?",
  [("name", "Samira Elhage"), ("id_number", "CLM-2024-0087731")])
I("My twins Liam and Noah Nguyen-Santos were born 02/14/2023. Liam has a flat spot on the back of his head. Does he need a helmet?",
  [("name", "Liam"), ("name", "Noah Nguyen-Santos"), ("date_of_birth", "02/14/2023")])
I("Asalaamu alaikum, I'm Sahra Egal, 45, I fast during Ramadan and take metformin. How should I change my dose? My cell is 780-555-0261.",
  [("name", "Sahra Egal"), ("phone", "780-555-0261")])
I("Please send the sick note to my work, hr@brightcleanservices.ca. My name is Luis Alberto Montes and I missed 3 days with the flu.",
  [("email", "hr@brightcleanservices.ca"), ("name", "Luis Alberto Montes")])
I("I'm Chau, 38, and our address is 15 Kingfisher Cres, Springvale VIC 3171. My son has asthma, can we get a spacer at the chemist without a script?",
  [("name", "Chau"), ("address", "15 Kingfisher Cres, Springvale VIC 3171")])
I("Mr. Ramón Delgado, 76, Medicare MBI 7KN2-WP4-XY19. Retired bus driver. My legs cramp every single night.",
  [("name", "Ramón Delgado"), ("id_number", "7KN2-WP4-XY19")])
I("I'm Jaspreet, 17, and my DOB is 21/11/2007. Can I get birth control without my parents in Ontario?",
  [("name", "Jaspreet"), ("date_of_birth", "21/11/2007")])
I("Hi my name is Noor and my husband Karim Mansour works at the Chrysler plant in Windsor. He got a metal shaving in his eye yesterday and it's still red.",
  [("name", "Noor"), ("name", "Karim Mansour")], ["Chrysler plant in Windsor"])
I("Hey doc, Ty Begaye here, I ride bulls. Website is www.tybegayerodeo.com. I've had four concussions. Should I quit?",
  [("name", "Ty Begaye"), ("url", "www.tybegayerodeo.com")])
I("Papou Kostas (Konstantinos Vlachos) is 91, Medicare 5108 77261 3, in aged care at Bayview Gardens in Preston. He has a pressure sore on his heel.",
  [("name", "Kostas"), ("name", "Konstantinos Vlachos"), ("id_number", "5108 77261 3")], ["Bayview Gardens"])
I("Our daughter Hana Yoon, 16, is in grade 11 at Ridgemont Secondary. She's been fainting in PE class and her heart rate goes to 150 when she stands up.",
  [("name", "Hana Yoon")], ["Ridgemont Secondary"])
I("Write back to phuong.nt1984@gmail.com please. Since my thyroid surgery my voice is hoarse, 2 months now.",
  [("email", "phuong.nt1984@gmail.com")])
I("I'm Carmen, 52. My address is 9 Callejón del Sol, Lot 22, Las Cruces NM 88005. The mail-order pharmacy keeps sending the wrong dose of my Synthroid.",
  [("name", "Carmen"), ("address", "9 Callejón del Sol, Lot 22, Las Cruces NM 88005")])
I("Hello this is Kiet Huynh, they wrote my license plate 7WLH904 on the ER form instead of my ID lol. Anyway they found a 6 mm kidney stone. Will it pass on its own?",
  [("name", "Kiet Huynh"), ("licence_plate", "7WLH904")])
I("Bryan Tolentino, nurse at Harbor Kidney Care in Carson, employee ID DVT-55812. Got a needlestick yesterday from a patient with hep C. What's my risk?",
  [("name", "Bryan Tolentino"), ("id_number", "DVT-55812")], ["Harbor Kidney Care"])
I("My cousin Kalani Kahananui (on IG as @kalani.surfs) got stung by a box jellyfish last week and the lines on his leg are still itchy and raised.",
  [("name", "Kalani Kahananui"), ("handle", "@kalani.surfs")])
I("I'm Ayaan Sheikh, 30, Oshawa, plate BRTW 551. I had a fender bender on the 401 yesterday, now my neck is stiff. Whiplash?",
  [("name", "Ayaan Sheikh"), ("licence_plate", "BRTW 551")])
I("Elias Saliba, 66, Montreal. RAMQ SALE 5412 0917. Since starting amlodipine my ankles swell by evening.",
  [("name", "Elias Saliba"), ("id_number", "SALE 5412 0917")])
I("My mom Norma Benavides is 80, DOB 1/6/1944. She has been seeing things at night, kids in the room that aren't there. She has Parkinson's.",
  [("name", "Norma Benavides"), ("date_of_birth", "1/6/1944")])
I("I'm Zainab, my Discord is zainab_draws#4821 if that's easier. I'm 18 and get chest flutters after energy drinks like Monster.",
  [("name", "Zainab"), ("handle", "zainab_draws#4821")])
I("Good morning. Please respond to my personal number 587-555-0390 not my work line. I'm Gloria Manalo and I think I have shingles on my side.",
  [("phone", "587-555-0390"), ("name", "Gloria Manalo")])
I("I'm Danh, my wife Yen and I run Pho Saigon Noodle House on Main. She burned her arm on the broth pot two days ago, now it's blistering. Should we pop the blisters?",
  [("name", "Danh"), ("name", "Yen")], ["Pho Saigon Noodle House"])
I("Student at UC Merced, ID 100482267, name Alondra Mejía. Campus clinic is closed for break. I've had a UTI feeling since last night.",
  [("id_number", "100482267"), ("name", "Alondra Mejía")], ["UC Merced"])
I("My name is Darnell Washington, I drive a delivery truck, plate RQT 8812 in Georgia. My knee swells up after long routes.",
  [("name", "Darnell Washington"), ("licence_plate", "RQT 8812")])
I("Hi, this is Sofía from Albuquerque. You can see my eczema pictures at imgur.com/a/Qm7ZtW2. The cream from the pharmacy stopped working.",
  [("name", "Sofía"), ("url", "imgur.com/a/Qm7ZtW2")])
I("I'm Nour Fares, my OHIP number is 4829-551-907-KT. I'm 28 and I have a lump in my breast that hurts before my period.",
  [("name", "Nour Fares"), ("id_number", "4829-551-907-KT")])
I("My son Andrés, 10, has Crohn's and his GI at CHOC wants to start Humira. I'm Claudia Esparza, phone 949-555-0172. Is it safe long term?",
  [("name", "Andrés"), ("name", "Claudia Esparza"), ("phone", "949-555-0172")])
I("I'm Quang, 70, Army veteran, VA claim number 27 843 910. Could my Agent Orange exposure cause my neuropathy?",
  [("name", "Quang"), ("id_number", "27 843 910")])
I("My halmeoni, Lee Soon-ja, 88, lives with us at 5521 Wilshire Blvd #1403, Los Angeles CA 90036. She won't drink water and gets UTIs a lot.",
  [("name", "Lee Soon-ja"), ("address", "5521 Wilshire Blvd #1403, Los Angeles CA 90036")])
I("Email me: dr.fixmycough@protonmail.com lol. Cough for 3 weeks after Covid, dry, worse at night.",
  [("email", "dr.fixmycough@protonmail.com")])
I("I'm Kenneth Yazzie, my buddies call me Kenny, 35, I work at the Red Mesa power plant. Ringing in my ears won't stop.",
  [("name", "Kenneth Yazzie"), ("name", "Kenny")], ["Red Mesa power plant"])
I("I'm Bich, 49, nail tech in Westminster. My hands crack and bleed from the acetone. What cream?",
  [("name", "Bich")])
I("Hi my name is Alejandro Nuñez, my daughter Camila was born 10/05/2021. She still isn't talking much, only about 10 words. Should we see a speech therapist?",
  [("name", "Alejandro Nuñez"), ("name", "Camila"), ("date_of_birth", "10/05/2021")])
I("Please call back: Mrs. Antonia Kallas, 02 9555 0143, about my husband's hearing aids whistling.",
  [("name", "Antonia Kallas"), ("phone", "02 9555 0143")])
I("Hi, Abdiaziz here, Columbus OH. Twitter is @abdiaziz_talks. I've had hiccups for three days nonstop. Is that dangerous?",
  [("name", "Abdiaziz"), ("handle", "@abdiaziz_talks")])
I("My mom Kim Loan Tran, her Optum Rx member ID is 8804-2219-50. She needs a cheaper alternative to Januvia.",
  [("name", "Kim Loan Tran"), ("id_number", "8804-2219-50")])
I("I'm Kamal Arora, 42, software developer in Mississauga. Back pain from sitting all day; would a standing desk help?",
  [("name", "Kamal Arora")])
I("I'm a seafarer, Renato Bautista, SIRB number C0492817. Home for 2 months, then back on ship. Can a doctor prescribe 9 months of my blood pressure meds?",
  [("name", "Renato Bautista"), ("id_number", "C0492817")])
I("Hi, I'm Amal, 29, and I run the Instagram account @amals.pcos.journey documenting my PCOS. Does inositol really help?",
  [("name", "Amal"), ("handle", "@amals.pcos.journey")])
I("My son Thomas Begay Jr., DOB 07/19/2010, has asthma and we live at HC 61 Box 1420, Kayenta AZ 86033 where the dust is bad. Should he wear a mask outside?",
  [("name", "Thomas Begay"), ("date_of_birth", "07/19/2010"), ("address", "HC 61 Box 1420, Kayenta AZ 86033")])
I("Je m'appelle Mathieu Pelletier, 33, Sherbrooke. Courriel: mpelletier.sherb@videotron.ca. Since my booster I feel flutters in my chest at night.",
  [("name", "Mathieu Pelletier"), ("email", "mpelletier.sherb@videotron.ca")])
I("Hello doctor, our baby girl Nhi was born on 1 August 2024 at 34 weeks. She's gaining slowly. When does catch-up growth happen?",
  [("name", "Nhi"), ("date_of_birth", "1 August 2024")])
I("I'm Efrain, 57, landscaper. My foreman saw a dark crusty spot on my ear. I'm in the sun all day.",
  [("name", "Efrain")])
I("My old doctor Dr. Fotini Dimas used to give me B12 shots. I'm Katerina Loukas, 61, moving from Tarpon Springs to Chicago. How do I keep getting them?",
  [("name", "Fotini Dimas"), ("name", "Katerina Loukas")])
I("Call or text 520-555-0199, I'm Ramona Tsinajinnie, 48, living in Tucson. My legs are swelling and my urine is foamy.",
  [("phone", "520-555-0199"), ("name", "Ramona Tsinajinnie")])
I("Fadumo here, my daughter Sagal is 3 and her vitamin D was 11. The doctor at Riverside Children's Clinic wants drops. How long until normal?",
  [("name", "Fadumo"), ("name", "Sagal")], ["Riverside Children's Clinic"])
I("My plate is FJK-2291 (Texas) and I got rear-ended at a red light on Westheimer two days ago. Neck and shoulder sore now.",
  [("licence_plate", "FJK-2291")])
I("Harpreet Grewal, 36, living with my in-laws at 44 Ravenscliffe Crt, Brampton ON L6X 4K2. My mother-in-law is 68 and snores, wakes up gasping.",
  [("name", "Harpreet Grewal"), ("address", "44 Ravenscliffe Crt, Brampton ON L6X 4K2")])
I("My son Jun Seo, 9, sees an allergist at Seoul Pediatrics in Fort Lee who wants to try oral immunotherapy for peanut. I'm his dad, Lee Dong-hyun, 201-555-0155. Is it safe?",
  [("name", "Jun Seo"), ("name", "Lee Dong-hyun"), ("phone", "201-555-0155")], ["Seoul Pediatrics"])
I("Email for results: the.real.tita.baby@gmail.com. I'm 44 and I can't feel my IUD strings anymore.",
  [("email", "the.real.tita.baby@gmail.com")])
I("I'm Jarrah Williams, 40, from Dubbo. My DOB is 03/05/1984. Diabetes runs in my mob and my sugar's been high. Should I get properly checked?",
  [("name", "Jarrah Williams"), ("date_of_birth", "03/05/1984")])
I("Our nanny Imelda is from Batangas, she's 58, and she's had a cough for 2 months. She's worried it's TB. Her phone is (312) 555-0184.",
  [("name", "Imelda"), ("phone", "(312) 555-0184")])
I("Hi, my Medicaid ID is 70048821934 (Texas). I'm pregnant with my 3rd. Name: Yesenia Garza. Can I keep taking my Zoloft?",
  [("id_number", "70048821934"), ("name", "Yesenia Garza")])
I("Antoine Bouchard, SIN 718 392 045 because the insurance asks. I had a DVT last year; how long do I stay on blood thinners?",
  [("name", "Antoine Bouchard"), ("id_number", "718 392 045")])
I("Send the info to my daughter-in-law Tuyen at tuyen.le.nails@gmail.com, she reads English better. I'm 72 and I have trouble swallowing pills.",
  [("name", "Tuyen"), ("email", "tuyen.le.nails@gmail.com")])
I("I'm Rocío, 23, and my partner Kai and I both got the same itchy rash after swimming in a lake in Wisconsin.",
  [("name", "Rocío"), ("name", "Kai")])
I("Mikey Pappas, 27, Chicago. LinkedIn: linkedin.com/in/michael-pappas-cpa. Burnout is real, I'm not sleeping during tax season. Is melatonin ok?",
  [("name", "Mikey Pappas"), ("url", "linkedin.com/in/michael-pappas-cpa")])
I("I'm Hassan Dirie, 50, cab driver in Seattle, license plate BZK9931. I pee a lot at night now, 4 or 5 times.",
  [("name", "Hassan Dirie"), ("licence_plate", "BZK9931")])
I("Father's DOB: 5 Feb 1948. His name is Panagiotis Manolis but he goes by Peter. He has a heart murmur they want to operate on. Is he too old?",
  [("date_of_birth", "5 Feb 1948"), ("name", "Panagiotis Manolis"), ("name", "Peter")])
I("I uploaded my mom's MRI report here: drive.google.com/file/d/1aXk92LpQ7vRmT4/view. Can you tell me what 'T2 hyperintensities' means? She's 69.",
  [("url", "drive.google.com/file/d/1aXk92LpQ7vRmT4/view")])
I("Our GoFundMe for my dad's dialysis is gofundme.com/f/help-papa-ruben-dialysis. Anyway, how many years can someone live on dialysis?",
  [("url", "gofundme.com/f/help-papa-ruben-dialysis")])
I("Check my food log: myfitnesspal.com/profile/binhtrang88. Is 1200 calories too low for a 5'2 woman who walks a lot?",
  [("url", "myfitnesspal.com/profile/binhtrang88")])
I("I'm Kyung-mi, 53. Hot flashes and palpitations every night. My daughter's number is 347-555-0128, she translates for me.",
  [("name", "Kyung-mi"), ("phone", "347-555-0128")])
I("Mateo Ramirez, age 8, student ID 2038471 at Cesar Chavez Elementary. The school needs an asthma action plan signed, where do I get one?",
  [("name", "Mateo Ramirez"), ("id_number", "2038471")], ["Cesar Chavez Elementary"])
I("Hi, Tony Khoury from Bankstown, mobile 0433 555 271. Had a cold for 2 weeks and now my sinuses hurt when I bend over.",
  [("name", "Tony Khoury"), ("phone", "0433 555 271")])
I("Hi, my name is Hope Begay and I'm 19 and I've never had a period. Is something wrong with me?",
  [("name", "Hope Begay")])
I("Our foster son Marcus, DOB 04/27/2012, just came to us and has never had any vaccines. Where do we start?",
  [("name", "Marcus"), ("date_of_birth", "04/27/2012")])
I("My mother's name is Socorro Magbanua and her PhilHealth ID is 01-025583921-7. She's visiting us in Edmonton and her blood pressure is 170/100 on her own machine.",
  [("name", "Socorro Magbanua"), ("id_number", "01-025583921-7")])
I("Dear doctor, my son-in-law Omar Abdikadir wants me to ask about his shoulder. He works at a turkey processing plant and lifts all day. It clicks and aches.",
  [("name", "Omar Abdikadir")])
I("Yiayia Vasiliki is 87 and lives at 31 Pappas Street, Apt 2, Tarpon Springs FL 34689. Her skin tears from the smallest bump. Any dressing we can buy?",
  [("name", "Vasiliki"), ("address", "31 Pappas Street, Apt 2, Tarpon Springs FL 34689")])
I("Hi it's Marie-Ève, 41, Gatineau. You can text me at 819-555-0167. My knees ache going down stairs, worse after pickleball.",
  [("name", "Marie-Ève"), ("phone", "819-555-0167")])
I("Trung Vo, born 23 October 1969, Medicare card 3381 20495 2. My GP in Cabramatta wants a colonoscopy, is it needed at 55 with no symptoms?",
  [("name", "Trung Vo"), ("date_of_birth", "23 October 1969"), ("id_number", "3381 20495 2")])
I("Is it normal for my 3-week-old to sneeze so much? Mom of baby Luz here, you can find me as @mamaluz.abq on Instagram.",
  [("name", "Luz"), ("handle", "@mamaluz.abq")])
I("I'm a student at Diné College and my email is shondiin.tso@gmail.com. My periods stopped for 4 months and I'm not pregnant.",
  [("email", "shondiin.tso@gmail.com")], ["Diné College"])
I("Ravinder Bains, 49, trucker, plate AZ 4RX-77K stuck in Winnipeg for repairs. Got a red swollen leg after driving 14 hours. Clinic or wait till home?",
  [("name", "Ravinder Bains"), ("licence_plate", "4RX-77K")])
I("My mom Rosa Linh Tran's chart number at the clinic is MRN 00728814. She's 75 and they want her to start Prolia for bones. Side effects?",
  [("name", "Rosa Linh Tran"), ("id_number", "00728814")])

# ---------------- trap-only items (no identifiers) ----------------
T("Is it safe to take Tylenol and Advil together for a toothache? I'm 34 and weigh 140 lb.")
T("My 3 year old drank half a bottle of Pedialyte in one go, is that too much sugar for her?")
T("Since the Raiders game on Sunday my voice is gone from yelling. How long does laryngitis last?")
T("Can Ozempic cause hair loss? I started 0.25 mg in January and I'm on 1 mg now.")
T("My grandmother was born in 1941 and has Parkinson's. Should she still be driving?")
T("I watched an episode of Grey's Anatomy about Guillain-Barré and now I'm scared my tingling feet are that. It started on March 2 after a cold.")
T("Bell's palsy on the right side for 10 days now. Finished the prednisone. When does it improve?")
T("Is Vegemite high in salt? My BP was 148/92 at the chemist this morning.")
T("Went to Johns Hopkins for a second opinion on my Crohn's and they want me on Skyrizi. Anyone know if it works?")
T("Does an A1c of 6.1 count as prediabetes? I'm 45, 5'9 and 210 pounds.")
T("My son plays hockey for his high school team and has a Baker's cyst behind his knee. Should he stop skating?")
T("Does drinking Red Bull every day before my shift damage the heart? I'm 27.")
T("Since we moved near Sunset Boulevard the smog makes my asthma worse. Should I get an air purifier?")
T("Appointment with the rheumatologist is on June 14. What should I bring for suspected Sjögren's?")
T("Grace period on my insurance ended so I can't afford Jardiance anymore. Cheaper options?")
T("Will my Synthroid dose need to change when I get pregnant? TSH was 2.8 last month.")
T("Frank blood in my stool after eating beets? Or is it just the beets? No pain at all.")
T("My cardiologist at the Cleveland Clinic wants to add Lasix. My potassium was 3.4. Should I eat more bananas?")
T("Is it okay to eat Hot Cheetos every day? My 12 year old's stomach hurts after.")
T("Every time the Maple Leafs lose in the playoffs I eat a whole box of wings and get heartburn. Pepcid or Nexium?")
T("Took Benadryl 50 mg to sleep on the plane to Sydney and felt hungover the next day. Normal?")
T("Is Osgood-Schlatter something a 13 year old grows out of? He plays basketball 5 days a week.")
T("Does Tim Hortons coffee have more caffeine than Starbucks? My palpitations are worse with coffee.")
T("My mum was diagnosed with Hashimoto's in 2015. I'm 22 and tired all the time. Should I test my thyroid?")
T("Walking down Bourbon Street during Mardi Gras I got so hot and dizzy. Now I get lightheaded in heat. Why?")
T("Blood pressure 132/84 this morning and 118/76 tonight. Which one is real?")
T("May I ask if Claritin or Zyrtec is better for cat allergy? I've been allergic since childhood.")
T("April showers mean my hay fever is terrible. Flonase isn't cutting it.")
T("Dawn dish soap gave my hands a rash. What moisturizer is best for dermatitis?")
T("The cardiologist at SickKids said my son's murmur is innocent. Does he need any follow-up?")
T("Does the Royal Melbourne Hospital do vasectomies on the public list, or should I go private?")
T("Holidays in Lebanon meant too much labneh and knafeh; my cholesterol is 6.8 mmol/L now. How fast can diet drop it?")
T("Is Ensure okay for a 90 year old who barely eats? She drinks 2 a day.")
T("I was diagnosed with Raynaud's at 19. Now 35, my fingers turn white in the freezer aisle at Costco. Any meds for it?")
T("My pho habit: is the broth too salty for someone with kidney disease stage 3? eGFR 42.")
T("Since starting Zoloft 50 mg in October I can't orgasm. Would switching to Wellbutrin help?")
T("Rose hip tea and lisinopril together, any interaction?")
T("Summer in Phoenix, 115 degrees. How much water should a 70 year old on Lasix drink?")
T("The Habs lost again and I drank too much Molson. Now my big toe is red and hot. Gout from beer?")
T("Watching Bluey with my toddler and she won't stop coughing at night. Is honey okay at 2?")
T("Is Mounjaro covered by Medi-Cal? My A1c is 8.2 and I'm 54.")
T("Does Pepto-Bismol turn your stool black? Freaked out this morning.")
T("Born in 1988, is it too late for the HPV shots?")
T("Kimchi every day, good for the gut or too much sodium? BP 128/82.")
T("Madison Square Garden concert last night and my ears are still ringing. How long does that last?")
T("Can Addison's disease cause salt cravings? I eat pickles straight from the jar.")
T("Will Tums interfere with my iron pills? I take them both at breakfast.")
T("Is Takis dust bad for ulcers? My 16 year old has stomach pain after eating them.")
T("Ramadan starts in March; I'm on insulin glargine 20 units at night. How do I fast safely?")
T("Do Cheerios actually lower cholesterol? LDL is 4.1.")
T("My son's U12 team plays in the rain every weekend and he keeps getting colds. Does vitamin C help?")
T("Does Lipitor 40 mg cause memory problems? I'm 67 and forgetting words.")
T("Went to Mayo Clinic in Rochester in 2019 for my POTS. Do I need to go back every year?")
T("A chiropractor on Queen Street West said my hip is out. Is that a real thing?")
T("Metformin 500 mg gives me diarrhea. Is the XR version better?")
T("My hemoglobin was 10.8 and ferritin 6. I'm 29 and vegetarian. Iron pills or an infusion?")
T("Had my last period on 2 January and now it's 15 February. Test was negative. Why am I late?")
T("Celebrating Tết we eat so much bánh chưng and my reflux is terrible. Any tips?")
T("Can I give Children's Motrin and Children's Tylenol to my 4 year old at the same time? She weighs 17 kg.")
T("Cushing's was ruled out last year but I still have a round face on prednisone 10 mg. Will it go away?")
T("Is Gatorade or coconut water better for leg cramps after soccer?")
T("Tourette's in kids, does it get better by the teen years? Mine is 8 and blinks a lot.")
T("Dr Pepper gives me heartburn but Coke doesn't. Why would that be?")
T("Is Mrs. Dash seasoning safe for kidney patients or does it have potassium?")
T("My 2 year old weighs 11 kg and is 84 cm. Is that too small?")
T("I'm 41, 165 cm, 82 kg. Would the Mediterranean diet help with my fatty liver?")
T("Does Wegovy work better than Saxenda? Insurance only covers one.")
T("Sunday dinners with my Greek family are huge. Triglycerides 3.9. Is olive oil still good for me?")
T("Saw an episode of The Good Doctor and started wondering: what are early signs of autism in a 2 year old?")
T("Our Lady of Lourdes hospital said my gallbladder is full of stones. Surgery now or wait?")
T("St. Paul's Hospital in Vancouver has a long wait for the sleep clinic. Can a dentist make an apnea mouthguard?")
T("Detroit Lions fan here, 48, stress eating on game days. Triglycerides went up. Tips?")
T("Iris of my left eye has a small brown spot. Should an eye doctor look at it?")
T("Hope this isn't a silly question: can you get shingles twice? Had it at 52.")
T("Bill from the ER was $3,200 for a sprained ankle. Do I need ortho follow-up or can PT handle it?")
T("Mark on my son's arm from the BCG shot he got in Manila as a baby: is that why his TB skin test is positive?")
T("June 3 was when my fever started and it's June 9 now, still 38.2. Should I get tested?")
T("Sandy beaches at Bondi gave my toddler a rash on her bottom. Sand irritation or something else?")
T("Joy of having twins: I'm exhausted and my hair is falling out 4 months postpartum. Normal?")
T("Faith healers in my community say my diabetes can be cured with fasting. Is that dangerous?")
T("Hunter Valley wine trip last weekend and my psoriasis flared. Is alcohol a trigger?")
T("Lakers won and I jumped off the couch and tweaked my back. Heat or ice?")
T("Does Ativan 0.5 mg interact with Norco? My dentist gave me Norco for a root canal.")
T("My child is 6, 120 cm and 30 kg. The pediatrician says her BMI is high. What snacks instead of Doritos?")
T("Went to Kaiser Permanente in Oakland and they said my vitamin D is 18. 2000 IU or 5000 IU?")
T("Is soju worse for the liver than beer? ALT was 68.")
T("Medicare Part D won't cover Eliquis at my tier. What do other seniors do?")
T("What's Graves' disease vs Hashimoto's? My TSH is 0.01.")
T("Taking Plan B the morning after, does it still work if I weigh 85 kg?")
T("In 2003 I had my appendix out. Can adhesions cause pain 20 years later?")
T("My baby was born at 36 weeks in 2022; should she get the RSV shot this fall?")
T("Rogers Centre hot dogs gave me food poisoning I think. Vomited twice since midnight, keeping water down now.")
T("Is matcha okay while breastfeeding? I drink one latte a day.")
T("Ibuprofen 800 mg three times a day for 2 weeks for my back, is that too long?")
T("A1c went from 7.9 to 6.8 after walking every morning along the Embarcadero. Can I lower my metformin?")
T("The Packers lost, my husband threw the remote and it hit his shin. Bruise is huge and he's on Xarelto. Worry?")
T("Our clinic in Chinatown only gives 10-minute visits. How do I bring up memory concerns quickly? I'm 74.")
T("Tamiflu for a 5 year old, worth it on day 3 of flu?")
T("Doctor Who fan here lol. Is it normal to get nosebleeds every winter in Calgary with the dry air?")
T("Which is better for diaper rash, Desitin or Boudreaux's Butt Paste?")
T("Fenway Park bleachers, 4 hours in the sun, and my shoulders have sun blisters. How do I treat them?")
T("Jenny Craig vs Weight Watchers for a type 2 diabetic, which is better?")
T("Ben & Jerry's every night, is that why my triglycerides are 4.2?")
T("I work long hours on Bay Street and my eyelid twitches constantly. Stress or too much coffee?")
T("After walking all of Rodeo Drive in flip-flops my heel hurts first thing in the morning. Plantar fasciitis?")
T("Main Street at Disneyland was packed and my son had an asthma flare. Should he use his inhaler before we go next time?")
T("Watching House made me think my joint pain is lupus. Should I ask for an ANA test?")
T("Is Milo okay for a 7 year old every morning or too much sugar?")
T("My brother-in-law swears Tiger Balm fixes everything. Can I use it on my 5 year old's chest for a cold?")
T("Jollibee spaghetti every weekend, is that why my kid's cholesterol is 5.6? He's 11.")
T("Saw my GP on Collins Street in Melbourne and she said my iron is low. How long before I feel better on tablets?")
