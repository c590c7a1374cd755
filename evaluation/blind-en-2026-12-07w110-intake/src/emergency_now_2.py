from h import E

N = "now"
ITEMS = [
    # diabetic_emergency
    E("abbu ka sugar 38 aaya hai, paseene mein hain, ulta seedha bol rahe hain, kuch kha nahi pa rahe, munh mein daalo to thook dete hain", N, "diabetic_emergency"),
    E("beti type 1 hai, 14 saal, 2 din se ulti, saans gehri gehri aur tez, munh se fruity sa smell, glucometer HI dikha raha", N, "diabetic_emergency"),
    E("My husband is on insulin and I can't wake him properly, he's clammy and mumbling. Meter says 2.1. He skipped dinner.", N, "diabetic_emergency"),
    E("glucometer reads 540, I'm so thirsty, been peeing constantly, now throwing up and really drowsy. type 2 and ran out of metformin last week", N, "diabetic_emergency"),
    E("nani ne insulin ki dose do baar laga di galti se, ab kaanp rahi hain aur hosh kho rahi hain, sugar 45", N, "diabetic_emergency"),
    # sepsis_signs
    E("ammi ko peshaab ka infection tha, aaj tez bukhar, kaanp rahi hain, BP 80/50, bahut confused baatein kar rahi hain aur haath pair neele se", N, "sepsis_signs"),
    E("had my appendix out 5 days ago, now the wound is red and oozing, I'm shivering, heart racing at 130, and I feel like something awful is happening", N, "sepsis_signs"),
    E("dad (78) has a chest infection, today he's breathing really fast, skin is mottled and he hasn't peed since morning. he just seems 'off'", N, "sepsis_signs"),
    E("chemo ke 8ve din papa ko 103 bukhar aur kampkampi, bahut kamzor lag rahe hain. oncologist ne bola tha bukhar ho to batana", N, "sepsis_signs"),
    E("pair pe chhota sa kaata laga tha 3 din pehle, ab laal dhaari upar tak ja rahi hai, tez bukhar, saans fool rahi, chakkar", N, "sepsis_signs"),
    # severe_burn
    E("chhotu pe khaulti chai ulat gayi, seene aur pet pe, chamdi utar rahi hai, bahut ro raha hai. 2 saal ka hai", N, "severe_burn"),
    E("cylinder se aag lagi, bhabhi ka haath aur chehra jal gaya, baal bhi jal gaye, awaaz bhaari ho rahi hai. abhi abhi", N, "severe_burn"),
    E("my mum's sari caught fire on the stove, we put it out, her whole leg and hip are burnt, white and leathery in places", N, "severe_burn"),
    E("spilled boiling oil down my arm and chest while frying pakoras, large areas are blistered and peeling. ran it under the tap for 20 min", N, "severe_burn"),
    E("electrician here, just took a shock from a live wire, there's a burn at my hand and another at my foot where it came out. feel odd, heart fluttery", N, "severe_burn"),
    # choking
    E("baby ke gale mein kuch atak gaya, awaaz nahi nikal rahi, chehra laal se neela ho raha hai", N, "choking"),
    E("my dad is choking on a piece of meat at dinner, he can't talk or cough, just holding his throat", N, "choking"),
    E("beta 3 saal, sikka nigal gaya, khaans raha hai aur saans se seeti ki awaaz aa rahi, bol nahi pa raha theek se", N, "choking"),
    E("nani ko roti ka tukda atak gaya, peeth pe maara, nikla nahi, ab unka rang badal raha hai", N, "choking"),
    E("my 1 yr old had a grape and now he's silent, mouth open, not crying, trying to breathe", N, "choking"),
    # testicular_torsion
    E("beta 13 saal ka, neend se utha andkosh mein bahut tez dard le ke, ek taraf ooncha aur sooja hai, ulti bhi ki. sharam se batane mein der kar di, 1 ghanta hua", N, "testicular_torsion"),
    E("16M, sudden severe pain in my left ball about 40 min ago playing football, no hit, it's swollen and I feel sick", N, "testicular_torsion"),
    E("my son (11) is crying with pain in his testicle and lower tummy since he woke up, it's red and sits higher than the other. he didn't want to tell me", N, "testicular_torsion"),
    E("22 saal, achanak right testis mein itna dard ki khada nahi ho pa raha, pet mein bhi. koi chot nahi lagi. abhi 2 ghante se", N, "testicular_torsion"),
    # ectopic_pregnancy
    E("pregnancy test positive aaya 1 hafte pehle, ab pet ke left side bahut tez dard aur kandhe ki nok mein dard, chakkar aa rahe, halki spotting", N, "ectopic_pregnancy"),
    E("6 weeks pregnant (no scan yet), sudden sharp pain low on one side and I nearly fainted on the toilet. pale and sweaty", N, "ectopic_pregnancy"),
    E("period 2 hafte late tha, test positive, ab pet mein ek taraf chubhne wala dard, behosh hote hote bachi. copper T lagi hai", N, "ectopic_pregnancy"),
    E("IVF transfer was 4 weeks ago, bleeding a little and now really bad pain on the right with pain at the tip of my shoulder, feel dizzy standing", N, "ectopic_pregnancy"),
    # severe_dehydration_child
    E("beta 1 saal ka, subah se 10 baar dast aur ulti, 12 ghante se peshaab nahi kiya, aankhein andar dhansi, bahut sust hai, ro bhi nahi raha", N, "severe_dehydration_child"),
    E("my 2 year old has had vomiting and diarrhoea all day, lips dry and cracked, no wet nappy since last night, now floppy and hard to wake", N, "severe_dehydration_child"),
    E("bachi 8 mahine ki, ulti dast 2 din se, sir ka taalu andar dhansa hua, hath pair thande, ORS bhi ulti kar deti hai", N, "severe_dehydration_child"),
    E("5 year old with a tummy bug, can't keep even sips down, hasn't peed in 14 hours, breathing fast and very drowsy, cold hands", N, "severe_dehydration_child"),
    # chest_pain_other
    E("achanak seene mein chaaku jaisa dard, peeth tak cheerta hua, papa 66, BP ke mareez, haath ka BP alag alag aa raha hai", N, "chest_pain_other"),
    E("tall skinny 20 yo, sudden sharp pain on the right side of my chest and I can't take a full breath, started while sitting in class", N, "chest_pain_other"),
    E("took some coke at a party an hour ago and now I have crushing chest pain and my heart is pounding out of my chest, 26M", N, "chest_pain_other"),
    E("seene mein dard hai jo lete hue badh raha hai, bukhar, aur dil ki dhadkan bahut tez, saans fool rahi. viral ke baad hua. dard bahut zyada hai", N, "chest_pain_other"),
    E("chest pain started 30 min ago after I got kicked in the chest by a cow in the shed, now breathing hurts a lot and I feel faint", N, "chest_pain_other"),
    # vision_loss_sudden
    E("ek aankh se achanak kuch nahi dikh raha, jaise kala parda gir gaya ho, 20 minute pehle. dard nahi hai", N, "vision_loss_sudden"),
    E("lots of new floaters and flashes in my left eye this afternoon and now a grey curtain coming down from the top", N, "vision_loss_sudden"),
    E("ammi ki aankh mein tez dard, laal, roshni ke chaaron taraf rainbow dikh raha, ulti, aur dikhna achanak kam. abhi shaam se", N, "vision_loss_sudden"),
    E("My mum, 74, has a bad headache at the temples, jaw hurts chewing and this morning she suddenly lost vision in her right eye", N, "vision_loss_sudden"),
    E("woke up and the bottom half of everything in my right eye is just gone, no pain at all. diabetic, 63. is it ok to wait till my optician opens at 10?", N, "vision_loss_sudden"),
    # blood_clot_PE
    E("3 din pehle knee replacement hua, aaj achanak saans phool rahi hai aur seene mein chubhan saans lete waqt, dhadkan 120", N, "blood_clot_PE"),
    E("got off a 10 hour flight from Lahore yesterday, my calf was swollen and now I'm suddenly breathless and coughing a bit of blood", N, "blood_clot_PE"),
    E("delivery ko 2 hafte hue, bahu ko achanak saans lene mein dikkat, seene mein dard, chakkar. pair pehle se sooja tha", N, "blood_clot_PE"),
    E("on the pill, 31, sudden sharp chest pain when breathing in and I feel like I can't get enough air, heart racing. started an hour ago", N, "blood_clot_PE"),
    E("pindli laal aur sooji hui thi 2 din se, ab achanak saans chadh gayi aur behoshi jaisi. chacha 60 ke, plaster laga hai pair pe", N, "blood_clot_PE"),
    # cauda_equina
    E("kamar dard purana hai par aaj se dono pairon mein sunnpan, peshaab mehsoos hi nahi ho raha, aur jahan baithte hain wahan sunn", N, "cauda_equina"),
    E("slipped disc known, since this morning I can't pee properly, numb between my legs when I wipe, and both legs weak", N, "cauda_equina"),
    E("back pain after lifting a sofa, now numbness in my bum and groin and I wet myself without noticing. 44M", N, "cauda_equina"),
    E("ammi ko kamar dard tha, aaj se pair utha nahi pa rahi dono, aur latrine ka pata nahi chal raha. kal MRI ka appointment hai, tab tak ruk jaayen?", N, "cauda_equina"),
    # extras, varied families
    E("dadi bath room mein giri, hip mein dard, khadi nahi ho sakti, aur ab hosh kam hai, baat nahi kar rahi theek se. sar pe gumad", N, "head_injury"),
    E("my wife is 9 weeks pregnant and bleeding heavily with clots, soaking a pad every 15 minutes, she's dizzy and pale", N, "pregnancy_bleeding_or_pain"),
    E("bhai ne gussa ho ke chuhe maarne wali dawa kha li abhi 10 minute pehle, bol raha hai thik hai", N, "overdose_poisoning"),
    E("husband 45, left sided chest pain radiating to his back and arm, he's vomiting, started while shoveling snow. he wants to drive himself", N, "heart_attack"),
    E("beta 10 saal, ghar ke bahar khelte waqt ek kutte ne gardan pe kaata, gehra ghaav, khoon lagataar beh raha hai", N, "severe_bleeding"),
    E("my 11 week old has a fever of 38.5 and a cough, she's not herself, bit mottled", N, "febrile_infant"),
]
