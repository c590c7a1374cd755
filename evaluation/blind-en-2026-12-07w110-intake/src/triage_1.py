from h import T

ITEMS = [
    # cardiology
    T("papa 64 ke hain, seedhiyan chadhte waqt seene mein bhaaripan hota hai jo 2-3 min ruk ke chala jata hai. pichle 2 mahine se. TMT karwana chahiye?", "cardiology", "60~69", "male"),
    T("dil ki dhadkan achanak tez ho jaati hai baithe baithe, 150 tak, phir apne aap normal. 27 saal ki hoon, chai 5 cup peeti hoon", "cardiology", "20~29", "female"),
    T("Echo report says 'mild mitral regurgitation, EF 50%'. I'm 48 and get tired easily. What does this mean and do I need a heart specialist?", "cardiology", "40~49", "undisclosed"),
    T("ammi ki BP ki 3 goliyan chal rahi hain phir bhi 170/100 rehta hai. umar 71. koi aur option?", "cardiology", "70~79", "female"),
    # dentistry
    T("akal daad nikal rahi hai peeche, masoodhe sooj gaye hain, munh poora nahi khulta. 23 ka hoon", "dentistry", "20~29", "male"),
    T("My 8 year old son has brown spots on his front teeth, he brushes twice a day. Is it decay?", "dentistry", "0~9", "male"),
    T("thanda paani peete hi daant mein jhanjhanahat. 41 saal ki hoon. Sensodyne se kuch fark nahi", "dentistry", "40~49", "female"),
    T("nani ki battisi dheeli ho gayi hai, khana chabane mein dikkat, masoodhe mein zakham. 82 saal", "dentistry", "80+", "female"),
    # dermatology
    T("sar mein gol gol ganje daag ban gaye hain 2-3 jagah, 2 mahine se. 19 saal ka hoon, exam ka stress tha", "dermatology", "10~19", "male"),
    T("chehre pe bhoore dhabbe (jhaiyan) aa gaye hain pregnancy ke baad se, 33 saal. kaun si cream safe hai feeding mein?", "dermatology", "30~39", "female"),
    T("itchy rings on my thigh and groin that keep coming back even after the cream from the chemist. 29, gym every day", "dermatology", "20~29", "undisclosed"),
    T("dada ji ki kamar pe kaale masse badh rahe hain, ek mein se khoon bhi aaya tha rub hone se. 74 saal", "dermatology", "70~79", "male"),
    # endocrinology
    T("gale mein soojan hai saamne, thyroid ki report mein T4 high, TSH 0.01. wazan gir raha hai, haath kaanpte hain. 36 ki hoon", "endocrinology", "30~39", "female"),
    T("beta 13 saal ka hai aur class mein sabse chhota hai, height 132 cm. papa 5'10 hain. growth hormone ki kami to nahi?", "endocrinology", "10~19", "male"),
    T("Type 2 diabetes for 12 years, 58M, HbA1c 10.1 despite three tablets. GP mentioned insulin, I'm scared. Want a specialist view.", "endocrinology", "50~59", "male"),
    T("face pe baal aa rahe hain, periods irregular, wazan badh raha hai. 24 saal. doctor ne hormone test bola tha", "endocrinology", "20~29", "female"),
    # family-medicine
    T("bas ek general check up karwana hai, 45 ka hoon, kabhi koi test nahi karaya. kaun kaun se test?", "family-medicine", "40~49", "male"),
    T("2 din se sardi zukaam, halka sa gala kharab, bukhar nahi. 31. Office jaun ya ghar pe rahun?", "family-medicine", "30~39", "undisclosed"),
    T("thakaan rehti hai hamesha, neend bhi poori leti hoon. 52 saal ki hoon. pata nahi kis doctor ko dikhaun", "family-medicine", "50~59", "female"),
    T("need a fitness certificate for a new job, 22, no medical issues. who should i book with?", "family-medicine", "20~29", "undisclosed"),
    # gastroenterology
    T("har roz subah pet saaf nahi hota, 3-4 din mein ek baar. Isabgol bhi liya. 38 ki hoon", "gastroenterology", "30~39", "female"),
    T("Endoscopy mein H. pylori nikla, dawa ka course kar liya, ab bhi khatte dakaar aate hain. 44 saal mard", "gastroenterology", "40~49", "male"),
    T("mama ji ko fatty liver grade 3 hai aur SGPT 98. daaru kabhi nahi pee. 55 ke hain", "gastroenterology", "50~59", "male"),
    T("on and off loose stools with mucus for 4 months, lost 3 kg, 26F. stool test showed calprotectin raised", "gastroenterology", "20~29", "female"),
    # general-surgery
    T("naabhi ke paas ek ubhaar hai jo khansne pe bahar aata hai, let jaane pe andar. 47 saal, mard. hernia?", "general-surgery", "40~49", "male"),
    T("gallbladder mein pathri hai 1.5 cm, kabhi kabhi dard uthta hai tel wala khaane ke baad. 39 ki hoon. operation kab karwana chahiye?", "general-surgery", "30~39", "female"),
    T("pith ke upar ek naram gaanth hai 3 saal se, dheere dheere badi ho rahi hai, dard nahi. doctor ne lipoma bola. 50 saal", "general-surgery", "50~59", "undisclosed"),
    T("tailbone ke paas baar baar phoda ban jaata hai aur pus nikalta hai. 21 saal ka ladka hoon, bahut baal hain wahan", "general-surgery", "20~29", "male"),
    # hematology-oncology
    T("CBC mein WBC 28000 aaya routine test mein, doctor ne bola hematologist ko dikhao. 62 saal, koi takleef nahi", "hematology-oncology", "60~69", "undisclosed"),
    T("bete ko thalassemia major hai, 7 saal, har mahine khoon chadhta hai. bone marrow transplant ke baare mein jaanna hai", "hematology-oncology", "0~9", "male"),
    T("breast cancer ki chemo ke 4 cycle ho gaye, ab chhaati mein kuch naya nahi. next step hormone therapy kitne saal? 46 saal", "hematology-oncology", "40~49", "female"),
    T("gardan mein kai gaanthein, raat ko paseena, 6 kilo wazan kam 2 mahine mein. 34 ka hoon. TB ka test negative aaya", "hematology-oncology", "30~39", "male"),
    # infectious-diseases
    T("typhoid ho gaya tha, do antibiotic course ke baad bhi Widal positive aur halka bukhar aata hai shaam ko. 28 ki hoon", "infectious-diseases", "20~29", "female"),
    T("HIV test karwana hai chupke se, 30 saal ka hoon, kahin anonymous hota hai?", "infectious-diseases", "30~39", "male"),
    T("Going to Nigeria next month for work, 40, need advice on malaria tablets and yellow fever jab.", "infectious-diseases", "40~49", "undisclosed"),
    T("nanaji ko TB ki dawa shuru hui hai 2 mahine se, 73 ke hain, ab aankhon mein peelapan. dawa ka asar hai kya?", "infectious-diseases", "70~79", "male"),
    # nephrology
    T("creatinine 1.4 se 2.1 ho gaya ek saal mein, sugar aur BP dono hain. 61 ki hoon", "nephrology", "60~69", "female"),
    T("peshaab mein jhaag aata hai aur subah aankhon ke neeche soojan. urine protein 3+. 17 ka hoon", "nephrology", "10~19", "male"),
    T("abbu ki dialysis hafte mein 2 baar hoti hai, doctor ne fistula banwane ko bola. 68 saal. kya ye zaroori hai?", "nephrology", "60~69", "male"),
    T("Polycystic kidney runs in my family, my ultrasound showed cysts too. I'm 35. What should I do now?", "nephrology", "30~39", "undisclosed"),
    # neurology
    T("aadha sir dard hota hai mahine mein 6-7 baar, ulti jaisa lagta hai, roshni buri lagti hai. 26 ki hoon", "neurology", "20~29", "female"),
    T("mirgi ki dawa (Levipil 500) 5 saal se, 2 saal se daura nahi aaya. dawa band ho sakti hai? 32 saal, male", "neurology", "30~39", "male"),
    T("haath pair mein jhunjhunahat aur kamzori dheere dheere badh rahi hai 3 mahine se, 57 saal. B12 theek hai", "neurology", "50~59", "undisclosed"),
    T("dadi ka right haath kaampta hai jab wo aaram karti hain, chal bhi dheere rahi hain. 76 saal", "neurology", "70~79", "female"),
    # obstetrics-gynecology
    T("periods mein itna khoon jaata hai ki har 2 ghante pad badalna padta hai, 7 din tak. 42 ki hoon, fibroid?", "obstetrics-gynecology", "40~49", "female"),
    T("6 hafte pregnant hoon pehli baar, folic acid le rahi hoon. pehla scan kab karwana chahiye? 25 saal", "obstetrics-gynecology", "20~29", "female"),
    T("safed paani bahut aata hai aur badboo bhi, khujli. 30 saal, shaadi shuda", "obstetrics-gynecology", "30~39", "female"),
    T("menopause ke 2 saal baad phir se spotting hui, 55 saal. kya ye serious hai?", "obstetrics-gynecology", "50~59", "female"),
]
