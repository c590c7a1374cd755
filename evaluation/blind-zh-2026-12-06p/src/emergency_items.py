# -*- coding: utf-8 -*-
# Hand-written emergency items: (text, emergency, kind, family)

NOW = [
    # heart_attack
    ("我爸現在胸口很痛，說像大石頭壓著，痛到左手臂跟下巴，一直冒冷汗，已經快半小時了，他說躺一下就好，要不要先讓他躺著？", True, "now", "heart_attack"),
    ("胸口超悶 喘不過氣 左手麻麻的 一直流汗 我52 剛剛在搬貨突然這樣 是不是太累了", True, "now", "heart_attack"),
    ("老公剛吃完飯說胃很不舒服，臉色好白，全身濕透又想吐，他有糖尿病跟高血壓，他說吃個胃藥就好，真的可以這樣嗎？", True, "now", "heart_attack"),
    ("媽媽65歲，十分鐘前開始說胸口緊緊的、很喘，嘴唇有點發白，她以前裝過支架，舌下含片含了一顆還是沒好", True, "now", "heart_attack"),
    ("同事在辦公室突然抓著胸口蹲下去，說很痛很痛，滿頭大汗，講話都有氣無力，我們現在要怎麼辦", True, "now", "heart_attack"),

    # stroke
    ("阿嬤剛剛吃飯吃到一半筷子突然掉下去，右手拿不起來，講話也含含糊糊的，嘴巴有點歪，她說只是累了想睡一下", True, "now", "stroke"),
    ("我老公起床後講話怪怪的，字都說不清楚，左邊臉垂下來，叫他舉雙手左手舉不起來，大概二十分鐘前發現的", True, "now", "stroke"),
    ("爸爸剛剛突然說右邊看不到東西，走路一直往一邊倒，頭很暈，現在坐在沙發上，要不要先觀察看看？", True, "now", "stroke"),
    ("我現在打字打好慢 右手一直不聽使喚 剛剛跟同事講話 他們說我在亂講 我頭有一點痛 應該是昨天沒睡好吧", True, "now", "stroke"),
    ("媽突然說頭痛欲裂，說是這輩子最痛的一次，然後就吐了，現在講話變很慢，眼睛也睜不太開", True, "now", "stroke"),

    # breathing_difficulty
    ("女兒氣喘發作，噴了三次吸入劑都沒用，現在講話講不完一句，肩膀一直聳起來在喘，嘴唇有點紫", True, "now", "breathing_difficulty"),
    ("爸爸肺不好，今天喘到躺不下來，坐著也喘，血氧機夾上去只有85，他一直說不要去醫院", True, "now", "breathing_difficulty"),
    ("兒子一歲，咳嗽咳得像狗叫，現在吸氣的時候喉嚨有很大聲的聲音，肋骨下面一直凹進去，很喘，臉色不太好", True, "now", "breathing_difficulty"),
    ("阿公今天一直喘，講兩三個字就要停下來吸氣，嘴唇跟指甲都有點紫，人也昏昏沉沉的", True, "now", "breathing_difficulty"),
    ("I can't breathe properly 我現在喘到不行 坐著也喘 剛剛走到廁所差點倒下去 之前從來沒有這樣過", True, "now", "breathing_difficulty"),

    # anaphylaxis
    ("剛吃完蝦子十分鐘，老婆全身起紅疹，嘴唇腫起來，說喉嚨很緊，聲音也變啞了", True, "now", "anaphylaxis"),
    ("兒子被蜜蜂叮到手，幾分鐘後全身開始癢起疹子，現在說呼吸不順，臉腫起來，有點想吐", True, "now", "anaphylaxis"),
    ("剛打完抗生素點滴回家不到一小時，現在全身癢、眼睛腫、喘、頭好暈快站不住，是正常的副作用嗎", True, "now", "anaphylaxis"),
    ("女兒對花生過敏，剛剛吃了同學給的餅乾，現在一直咳、嘴巴腫、說肚子痛又吐了，我們有腎上腺素筆但不知道要不要打", True, "now", "anaphylaxis"),
    ("我吃了一顆止痛藥半小時後，眼皮嘴巴都腫起來，全身起一塊一塊的風疹塊，喉嚨現在卡卡的吞口水怪怪的，先吃抗組織胺看看就好吧？", True, "now", "anaphylaxis"),

    # severe_bleeding
    ("爸爸切菜切到手，很深，血一直噴出來，用毛巾壓了十分鐘毛巾都濕透了還在流", True, "now", "severe_bleeding"),
    ("朋友剛剛被破玻璃割到大腿，血一直湧出來止不住，地上一大灘，他臉色好白", True, "now", "severe_bleeding"),
    ("媽媽剛剛突然吐了一大口血，鮮紅色的，還有血塊，現在頭暈站不穩", True, "now", "severe_bleeding"),
    ("老公剛剛拉了一大堆黑色像柏油的大便，又拉一次暗紅色的血，現在坐著就頭暈冒冷汗", True, "now", "severe_bleeding"),
    ("鼻血流了快四十分鐘了，捏著鼻子往前傾都止不住，一直從嘴巴流出來，我爸有在吃抗凝血劑", True, "now", "severe_bleeding"),

    # suicidal_intent
    ("我真的撐不下去了，藥都準備好了，今天晚上就要結束，只是想跟誰說一下而已", True, "now", "suicidal_intent"),
    ("男朋友剛剛傳訊息說他在頂樓，說對不起大家，然後就不接電話了", True, "now", "suicidal_intent"),
    ("我現在站在橋上 不想活了 不要勸我", True, "now", "suicidal_intent"),
    ("朋友說他遺書已經寫好了，今天要燒炭，我現在在他家門外，他不開門", True, "now", "suicidal_intent"),
    ("我媽剛剛說活著沒意思，拿著一條繩子進房間把門鎖上了，叫她都不回", True, "now", "suicidal_intent"),

    # self_harm
    ("我剛剛割腕割太深了 血一直流 止不住 不敢跟家人說 要怎麼止血", True, "now", "self_harm"),
    ("妹妹又在房間用美工刀劃手，這次傷口很深，看得到裡面白白的，一直在流血，她不讓我們碰", True, "now", "self_harm"),
    ("剛剛用打火機燒自己的手臂，燒了一大片，起水泡還有黑黑的，好痛但我不想去醫院", True, "now", "self_harm"),
    ("室友把自己關在浴室快一個小時，門縫有血流出來，她在裡面哭說不要管她", True, "now", "self_harm"),
    ("我剛剛吞了好幾個迴紋針跟別針，只是想懲罰自己，現在肚子很痛，吞口水也痛", True, "now", "self_harm"),

    # overdose_poisoning
    ("兒子兩歲，剛剛把阿嬤的降血壓藥打開吃了，不知道吃了幾顆，現在看起來還好，要催吐嗎", True, "now", "overdose_poisoning"),
    ("我剛剛把一整盒安眠藥都吃完了，現在開始很想睡", True, "now", "overdose_poisoning"),
    ("爸爸下午在田裡噴農藥，回家後一直流口水、冒汗、吐，瞳孔好小，現在手腳一直抽動", True, "now", "overdose_poisoning"),
    ("媽媽在浴室洗澡洗很久，熱水器裝在裡面，剛剛進去看她昏昏的叫不太醒，說頭痛想吐，我現在也有點頭暈", True, "now", "overdose_poisoning"),
    ("女兒誤喝了裝在寶特瓶裡的漂白水，喝了一大口，現在一直吐，說喉嚨跟胸口好痛", True, "now", "overdose_poisoning"),

    # seizure
    ("老公現在全身抽搐，眼睛往上吊，嘴巴在吐白沫，已經快五分鐘了還沒停", True, "now", "seizure"),
    ("同學剛剛在教室突然倒下去抽筋，抽完了但現在叫不醒，剛剛又開始抽了", True, "now", "seizure"),
    ("阿公抽筋停了又抽，已經第三次了，中間都沒有醒過來", True, "now", "seizure"),
    ("女兒2歲，燒到40度，剛剛全身抽，抽了快十分鐘，嘴唇發紫，現在停了但整個人很軟叫不醒", True, "now", "seizure"),
    ("姊姊有癲癇，平常發作一兩分鐘就停，今天已經抽了七八分鐘了還在抽，要等它自己停嗎？", True, "now", "seizure"),

    # unconscious_unresponsive
    ("我爸倒在浴室地上，叫他都沒有反應，有呼吸但很慢", True, "now", "unconscious_unresponsive"),
    ("媽媽午睡到現在叫不醒，拍她捏她都沒反應，打呼聲很大很怪", True, "now", "unconscious_unresponsive"),
    ("朋友喝酒喝到不省人事，吐了一地，現在怎麼叫都不醒，呼吸怪怪的，讓他睡一下就好了吧？", True, "now", "unconscious_unresponsive"),
    ("阿嬤剛剛坐著看電視，頭突然一歪就沒反應了，我摸不太到脈搏", True, "now", "unconscious_unresponsive"),
    ("路邊有個阿伯倒在機車旁邊，叫他都不回應，我現在在他旁邊，要先做什麼", True, "now", "unconscious_unresponsive"),

    # head_injury
    ("兒子從上鋪摔下來頭撞地，剛剛吐了兩次，現在一直想睡，叫他會張眼睛但又馬上閉上", True, "now", "head_injury"),
    ("爸爸騎車摔倒沒戴安全帽，頭撞到地，耳朵有流出水水的血，講話一直重複問同樣的問題", True, "now", "head_injury"),
    ("剛剛打籃球被撞到頭，昏過去一下下，現在頭超痛一直吐，看東西模糊模糊的", True, "now", "head_injury"),
    ("阿嬤有吃抗凝血劑，早上在浴室滑倒撞到後腦，腫一個包，現在說頭越來越痛，講話也變慢了", True, "now", "head_injury"),
    ("寶寶8個月從床上摔下來頭先著地，哭完之後就一直很想睡，還吐了，頭頂有一塊軟軟鼓鼓的", True, "now", "head_injury"),

    # febrile_infant
    ("寶寶出生40天，剛剛量肛溫38.3，喝奶喝得比平常少，要先觀察嗎還是明天再看", True, "now", "febrile_infant"),
    ("我女兒兩個月大，今天一直發燒38.5，很愛睡，叫都叫不太起來喝奶", True, "now", "febrile_infant"),
    ("新生兒三週，摸起來燙燙的，耳溫38，哭聲很小，不太想吸奶", True, "now", "febrile_infant"),
    ("baby剛滿月，今天體溫從37.9升到38.4，有點躁動。現在晚上11點，明天早上再帶去診所可以嗎", True, "now", "febrile_infant"),
    ("兒子出生十天，剛剛發燒38.2，皮膚看起來花花的，喝奶一直吐", True, "now", "febrile_infant"),

    # meningitis_signs
    ("大兒子高二，發燒39度，頭痛得很厲害，脖子硬到低不下頭，很怕光，剛剛還吐了", True, "now", "meningitis_signs"),
    ("女兒8歲，發燒頭痛一整天，現在身上出現一點一點紫紅色的，壓了也不會退，人有點迷迷糊糊", True, "now", "meningitis_signs"),
    ("室友發高燒、頭痛欲裂、脖子好僵，現在講話開始胡言亂語，我要先幫他冰敷嗎", True, "now", "meningitis_signs"),
    ("兒子6歲，發燒到40，說頭好痛，脖子不能彎，叫他反應很慢，腿上出現紫色的斑", True, "now", "meningitis_signs"),
    ("我自己現在發燒頭痛到不行，脖子轉不動，燈光刺到眼睛就痛，一直吐，想說吃個普拿疼睡一覺就好", True, "now", "meningitis_signs"),

    # severe_abdominal_pain
    ("老公肚子痛到在地上打滾，肚子硬得跟木板一樣，碰都不能碰，一直冒冷汗", True, "now", "severe_abdominal_pain"),
    ("我弟右下腹痛了一天，剛剛突然整個肚子都痛，發燒，走路直不起腰，一動就痛", True, "now", "severe_abdominal_pain"),
    ("媽媽上腹部劇痛穿到背，吐了好幾次，她有膽結石，現在痛到全身發抖", True, "now", "severe_abdominal_pain"),
    ("阿公肚子脹得跟球一樣，好幾天沒大便也沒放屁，現在一直吐黃綠色的東西", True, "now", "severe_abdominal_pain"),
    ("吃完大餐肚子劇痛，痛到站不起來，一直吐，已經三個小時越來越痛了，應該只是吃壞肚子吧…", True, "now", "severe_abdominal_pain"),

    # pregnancy_bleeding_or_pain
    ("懷孕8週，剛剛下面流很多血，有血塊，肚子一陣一陣很痛，一個小時換了兩片衛生棉都濕透", True, "now", "pregnancy_bleeding_or_pain"),
    ("老婆懷孕34週，肚子突然痛到硬邦邦的，下面在流血，她說寶寶好像都不動了", True, "now", "pregnancy_bleeding_or_pain"),
    ("月經晚了兩週，今天右下腹突然劇痛，痛到肩膀，剛剛上廁所差點暈倒", True, "now", "pregnancy_bleeding_or_pain"),
    ("懷孕30週，現在頭好痛，眼睛一直看到閃光，腳跟臉都腫得很厲害，血壓剛量160/110", True, "now", "pregnancy_bleeding_or_pain"),
    ("剛生完第三天回家，今天下面一直流血，一小時就濕透一片產墊，頭很暈心跳很快", True, "now", "pregnancy_bleeding_or_pain"),

    # diabetic_emergency
    ("我爸打完胰島素沒吃飯，現在全身冒冷汗、發抖，講話亂七八糟，血糖機測到38，餵他喝果汁他吞不下", True, "now", "diabetic_emergency"),
    ("女兒第一型糖尿病，這兩天一直吐、肚子痛，現在呼吸很深很快，嘴巴有一股水果味，血糖機顯示HI", True, "now", "diabetic_emergency"),
    ("阿嬤有糖尿病，今天叫不太醒，一直說口渴，剛剛血糖量到560", True, "now", "diabetic_emergency"),
    ("我自己血糖剛量45 手一直抖 全身濕透 眼前發黑 吃了兩顆糖還是一樣 家裡只有我", True, "now", "diabetic_emergency"),
    ("老公有糖尿病，早上發現他坐在床上眼神呆呆的，叫他不太回答，全身都是汗，昨晚有喝酒沒吃東西", True, "now", "diabetic_emergency"),

    # severe_burn
    ("小孩打翻熱湯，胸口到肚子整片燙到，皮膚起大水泡，有些地方白白的，一直哭", True, "now", "severe_burn"),
    ("爸爸在工廠被化學藥水噴到臉跟眼睛，沖了水還是睜不開，一直喊痛", True, "now", "severe_burn"),
    ("廚房起火，媽媽手臂跟脖子被燒到，皮膚焦黑，聲音有點沙啞，一直咳", True, "now", "severe_burn"),
    ("老公修電線被電到，手上有兩個黑黑的洞，現在說胸口怪怪的，心跳很亂", True, "now", "severe_burn"),
    ("我剛剛點瓦斯爐火噴出來，整張臉跟兩隻手臂都燒到，皮紅紅的一大片在脫皮，眉毛頭髮都燒焦，沖水沖多久就好？", True, "now", "severe_burn"),

    # choking
    ("兒子吃葡萄噎到，現在臉漲紅發不出聲音，一直抓脖子", True, "now", "choking"),
    ("阿公吃麻糬噎住了，咳不出來，臉開始發紫", True, "now", "choking"),
    ("寶寶九個月，把小玩具放進嘴巴，現在一直嗆咳，呼吸有咻咻聲，臉色不好", True, "now", "choking"),
    ("朋友吃牛排卡住，剛剛拍背沒用，他講不出話一直比喉嚨", True, "now", "choking"),
    ("女兒吞了一顆硬糖果，咳了一下就不咳了，可是現在發不出聲音，嘴唇越來越紫", True, "now", "choking"),
]

NOT_NOW = [
    # past_event
    ("三年前中風過一次，後來復健恢復得很好，現在偶爾右手會比較沒力，這是後遺症嗎", False, "past_event", "stroke"),
    ("小時候有一次吃花生整個臉腫起來喘不過氣，之後就完全不敢碰，現在30歲了，想知道還會過敏嗎", False, "past_event", "anaphylaxis"),
    ("國中的時候割過手，現在手腕還有一條一條的疤，夏天都不敢穿短袖，可以雷射嗎", False, "past_event", "self_harm"),
    ("上個月喝醉斷片，朋友說我昏睡了好幾個小時叫不醒，現在都好了，只是想知道那樣會不會傷到腦", False, "past_event", "unconscious_unresponsive"),
    ("兒子兩年前發燒抽筋過一次，這次又發燒38.8，會不會再抽？要準備什麼", False, "past_event", "seizure"),
    ("以前有一段時間很想死，後來看醫生吃藥好了，現在停藥半年，想問要注意什麼", False, "past_event", "suicidal_intent"),
    ("去年夏天被熱油噴到手臂，燙傷是好了，但疤痕一直很癢很凸", False, "past_event", "severe_burn"),
    ("小時候被魚刺卡過喉嚨很嚴重，到現在吃魚都好怕，有辦法克服嗎", False, "past_event", "choking"),
    ("上禮拜有吐過一次黑黑的像咖啡渣的東西，之後就沒再吐了，大便也正常，還需要去檢查嗎", False, "past_event", "severe_bleeding"),
    ("兩年前騎車摔倒有輕微腦震盪，現在偶爾還是會頭痛，這是後遺症嗎", False, "past_event", "head_injury"),
    ("之前懷孕六週的時候有出血，後來胎心都正常，現在20週了，還會再出血嗎", False, "past_event", "pregnancy_bleeding_or_pain"),
    ("前年因為急性胰臟炎住院過，肚子痛到不行那種，現在可以喝一點點酒嗎", False, "past_event", "severe_abdominal_pain"),
    ("以前曾經低血糖昏倒在公司，那之後都隨身帶糖果，最近醫生幫我換藥了，要注意什麼", False, "past_event", "diabetic_emergency"),
    ("女兒三年前誤吃阿嬤的藥送急診洗胃，現在家裡的藥都鎖起來了，還有什麼要注意的", False, "past_event", "overdose_poisoning"),

    # examined_or_treated
    ("昨天胸痛去急診，心電圖跟抽血都正常，醫生說是肋間神經痛，今天還是有一點點痛，要再回去嗎", False, "examined_or_treated", "heart_attack"),
    ("昨晚寶寶兩個月大發燒送急診，抽血驗尿都做了，醫生說是泌尿道感染，現在住院打抗生素中，通常要住幾天？", False, "examined_or_treated", "febrile_infant"),
    ("我媽上週暈倒送急診，電腦斷層說沒有中風，叫我們掛神經內科，最快要等兩週，可以嗎", False, "examined_or_treated", "stroke"),
    ("兒子昨天撞到頭去急診照了斷層，說沒有出血，回家後要觀察哪些東西？", False, "examined_or_treated", "head_injury"),
    ("剛從急診回來，醫生說肚子痛是腸胃炎，打了點滴現在好多了，回家可以吃什麼", False, "examined_or_treated", "severe_abdominal_pain"),
    ("上週被虎頭蜂叮到送急診打針，醫生說以後要隨身帶腎上腺素筆，要去哪裡拿？", False, "examined_or_treated", "anaphylaxis"),
    ("爸爸昨天吐血住院，胃鏡止血了，醫生說是胃潰瘍，出院之後飲食要注意什麼", False, "examined_or_treated", "severe_bleeding"),
    ("女兒上週吞了一堆藥，洗胃之後在住院，現在醫生說要安排出院，我們很怕，回家要怎麼陪她", False, "examined_or_treated", "overdose_poisoning"),
    ("老公前天在急診被說是第一次癲癇發作，開了藥，他問之後還能開車嗎", False, "examined_or_treated", "seizure"),
    ("剛剛帶兒子去急診，他吃東西噎到，醫生已經夾出來了說沒事，可是他還一直說喉嚨痛", False, "examined_or_treated", "choking"),
    ("昨天燙傷去急診處理，上了藥包紮好，今天水泡破了，要怎麼換藥？", False, "examined_or_treated", "severe_burn"),
    ("氣喘發作前天住院，今天出院了，醫生開了新的吸入劑，要用多久？", False, "examined_or_treated", "breathing_difficulty"),
    ("上個月酮酸中毒住加護病房，現在出院回家了，要怎麼預防再發生", False, "examined_or_treated", "diabetic_emergency"),
    ("懷孕10週出血去急診，超音波有看到心跳，醫生開安胎藥叫我回家休息，現在還有一點褐色分泌物正常嗎", False, "examined_or_treated", "pregnancy_bleeding_or_pain"),

    # relative_history
    ("我爸跟爺爺都是心肌梗塞走的，我35歲了，要先做什麼檢查", False, "relative_history", "heart_attack"),
    ("媽媽50歲就中風，我現在45，會不會也這樣？平常要注意什麼", False, "relative_history", "stroke"),
    ("舅舅有癲癇，我兒子會不會遺傳到？他現在三歲都很正常", False, "relative_history", "seizure"),
    ("家族裡有好幾個長輩都是自殺走的，我讀到這方面的新聞就很怕，這會遺傳嗎", False, "relative_history", "suicidal_intent"),
    ("爸爸之前酮酸中毒住過院，我最近健檢血糖也開始偏高了，我該怎麼辦", False, "relative_history", "diabetic_emergency"),
    ("姊姊之前子宮外孕破掉大出血，我現在剛驗到兩條線，會不會也這樣？要多早去檢查", False, "relative_history", "pregnancy_bleeding_or_pain"),
    ("外婆是主動脈剝離過世的，聽說胸口會像被撕裂一樣痛，這個會遺傳嗎", False, "relative_history", "heart_attack"),
    ("弟弟對花生過敏嚴重到要打腎上腺素，我女兒一歲第一次吃花生醬要注意什麼", False, "relative_history", "anaphylaxis"),
    ("媽媽有氣喘，以前常常半夜喘到要送急診，我小孩最近也常晚上咳嗽，會不會是氣喘", False, "relative_history", "breathing_difficulty"),
    ("我阿姨年輕時是腦膜炎過世的，女兒班上有同學得腦膜炎，她需要打疫苗嗎", False, "relative_history", "meningitis_signs"),
    ("爺爺是胃出血過世的，我最近常胃痛，會不會也這樣", False, "relative_history", "severe_bleeding"),
    ("表哥是吃東西噎到走的，我爸中風後吞嚥也不好，我真的好怕，要怎麼準備他的食物", False, "relative_history", "choking"),
    ("爸爸有腦動脈瘤，醫生說可能跟家族有關，我們兄弟姊妹要去做檢查嗎", False, "relative_history", "stroke"),
    ("我媽以前割腕過好幾次，我最近情緒也很低落，會不會是遺傳的", False, "relative_history", "self_harm"),

    # hypothetical_or_general
    ("如果遇到有人心臟病發作倒下去，CPR要怎麼做？壓多深？", False, "hypothetical_or_general", "heart_attack"),
    ("中風的前兆有哪些？聽說有個口訣可以記", False, "hypothetical_or_general", "stroke"),
    ("為什麼三個月以下的寶寶發燒一定要去急診？大一點就不用嗎", False, "hypothetical_or_general", "febrile_infant"),
    ("小孩噎到要怎麼做哈姆立克法？一歲以下跟大人一樣嗎", False, "hypothetical_or_general", "choking"),
    ("如果朋友跟我說他想自殺，我要怎麼回才不會讓他更糟？", False, "hypothetical_or_general", "suicidal_intent"),
    ("癲癇發作的時候到底要不要塞東西到嘴巴裡？我看網路說法都不一樣", False, "hypothetical_or_general", "seizure"),
    ("燙傷真的要沖脫泡蓋送嗎？阿嬤說塗牙膏就好", False, "hypothetical_or_general", "severe_burn"),
    ("腦膜炎的症狀跟一般感冒差在哪裡？要怎麼分辨", False, "hypothetical_or_general", "meningitis_signs"),
    ("低血糖跟高血糖昏迷要怎麼分？家裡長輩有糖尿病想先了解一下", False, "hypothetical_or_general", "diabetic_emergency"),
    ("過敏性休克通常多快會發生？吃完多久沒事才算安全", False, "hypothetical_or_general", "anaphylaxis"),
    ("懷孕的時候出血，哪些情況要馬上去醫院？", False, "hypothetical_or_general", "pregnancy_bleeding_or_pain"),
    ("老人家跌倒撞到頭，什麼情況一定要去急診？", False, "hypothetical_or_general", "head_injury"),
    ("盲腸炎一定是右下腹痛嗎？要痛多久才需要去醫院", False, "hypothetical_or_general", "severe_abdominal_pain"),
    ("如果家裡有人突然昏倒叫不醒，在救護車來之前可以先做什麼？想先學起來", False, "hypothetical_or_general", "unconscious_unresponsive"),

    # negated
    ("胸口有點悶，但沒有痛、沒有冒冷汗、也不會喘，按壓那個地方才會痛，搬家之後才開始的", False, "negated", "heart_attack"),
    ("早上起來臉有點麻麻的，照鏡子沒有歪，講話正常，手腳也都有力，是不是睡姿壓到", False, "negated", "stroke"),
    ("小孩發燒39度，脖子可以自己低頭碰到胸口，沒有起疹子，精神還可以一直在玩", False, "negated", "meningitis_signs"),
    ("吃完蝦子嘴巴周圍有點癢，但沒有腫、沒有喘、身上也沒起疹子，這樣算過敏嗎", False, "negated", "anaphylaxis"),
    ("撞到頭起了一個包，沒有昏倒、沒有吐、也不會頭暈，冰敷就可以了嗎", False, "negated", "head_injury"),
    ("我有憂鬱症在吃藥，但沒有想傷害自己喔，只是想問這個藥會不會讓人變胖", False, "negated", "suicidal_intent"),
    ("懷孕16週，肚子偶爾緊緊的，沒有出血、沒有痛，躺一下就好了", False, "negated", "pregnancy_bleeding_or_pain"),
    ("孩子吃飯時嗆到咳了幾下，現在講話呼吸都正常，臉色也很好，還需要看醫生嗎", False, "negated", "choking"),
    ("昨天喝酒今天肚子有點不舒服，不是很痛，沒吐也沒拉，是不是胃發炎", False, "negated", "severe_abdominal_pain"),
    ("血糖機測到70，手沒有抖、沒冒汗、人很清醒，這樣算低血糖嗎", False, "negated", "diabetic_emergency"),
    ("刮鬍刀割到一小道，已經止血了，傷口也不深，要擦什麼", False, "negated", "severe_bleeding"),
    ("運動完有點喘，但休息兩分鐘就正常了，沒有胸痛也沒有頭暈，是體力太差嗎", False, "negated", "breathing_difficulty"),
    ("寶寶四週大，量耳溫37.3，應該沒有發燒吧？吃奶睡覺都跟平常一樣", False, "negated", "febrile_infant"),
    ("以前難過時會閃過想割自己的念頭，但從來沒有做過，現在也沒有想做，只是想找人談談，可以掛哪一科", False, "negated", "self_harm"),

    # figure_of_speech
    ("老闆今天又叫我加班，真的快被氣到心臟病發了，有沒有舒壓的方法", False, "figure_of_speech", "heart_attack"),
    ("期末報告寫到快中風，肩頸硬得跟石頭一樣，要去推拿還是復健", False, "figure_of_speech", "stroke"),
    ("這家麻辣鍋辣到我快不能呼吸哈哈哈，辣完隔天拉肚子正常嗎", False, "figure_of_speech", "breathing_difficulty"),
    ("減肥餐難吃到想死，有沒有好吃一點的低卡食譜可以推薦", False, "figure_of_speech", "suicidal_intent"),
    ("看到植牙報價真的會吐血，一顆要十萬？健保都不給付嗎", False, "figure_of_speech", "severe_bleeding"),
    ("昨天看脫口秀笑到肚子抽筋，今天腹肌還在痛，是拉傷嗎 😂", False, "figure_of_speech", "seizure"),
    ("熬夜追劇累到快往生，一天喝四杯咖啡會怎樣嗎", False, "figure_of_speech", "unconscious_unresponsive"),
    ("月經痛死了，每個月都痛到想撞牆，有沒有不傷胃的止痛藥", False, "figure_of_speech", "severe_abdominal_pain"),
    ("這週的deadline簡直讓我窒息，晚上都睡不好，可以吃褪黑激素嗎", False, "figure_of_speech", "choking"),
    ("我婆婆講話每次都讓我血壓飆到爆，我自己量130/85算正常嗎", False, "figure_of_speech", "heart_attack"),
    ("喝了兩杯全糖珍奶整個人血糖爆表快昏倒了哈哈，這樣喝會不會得糖尿病", False, "figure_of_speech", "diabetic_emergency"),
    ("小孩吵到我腦袋快炸開了，偏頭痛又來，吃什麼藥比較有效", False, "figure_of_speech", "head_injury"),
    ("我老公的腳臭可以毒死人了，到底要怎麼治", False, "figure_of_speech", "overdose_poisoning"),
    ("外面熱到快燒起來了，騎車曬到手臂紅紅的有點刺痛，要擦什麼", False, "figure_of_speech", "severe_burn"),

    # medicine_question
    ("普拿疼一天吃超過幾顆會傷肝中毒？我常常頭痛一吃就是兩顆", False, "medicine_question", "overdose_poisoning"),
    ("安眠藥吃多少會過量？我媽常忘記自己吃過沒，我怕她重複吃，要怎麼幫她分藥", False, "medicine_question", "overdose_poisoning"),
    ("降血糖的藥如果不小心多吃一顆，會不會低血糖？大概要注意多久", False, "medicine_question", "diabetic_emergency"),
    ("小孩的退燒藥水跟退燒塞劑可以一起用嗎？會不會過量", False, "medicine_question", "overdose_poisoning"),
    ("阿斯匹靈吃久了會胃出血嗎？要不要搭胃藥一起吃", False, "medicine_question", "severe_bleeding"),
    ("在吃抗凝血劑，流鼻血的時候要怎麼辦？什麼情況要停藥", False, "medicine_question", "severe_bleeding"),
    ("抗癲癇藥忘記吃一次，下一次可以吃兩倍補回來嗎", False, "medicine_question", "seizure"),
    ("腎上腺素筆過期了還能用嗎？平常要怎麼保存", False, "medicine_question", "anaphylaxis"),
    ("硝化甘油舌下含片一次最多可以含幾顆？隔幾分鐘？", False, "medicine_question", "heart_attack"),
    ("萬一胰島素打錯劑量打太多，應該怎麼處理？想先知道以防萬一", False, "medicine_question", "diabetic_emergency"),
    ("抗憂鬱的藥一次開一個月，吃太多會有中毒的危險嗎？要怎麼放比較安全", False, "medicine_question", "overdose_poisoning"),
    ("感冒藥跟止痛藥一起吃，會不會成分重複吃過量？", False, "medicine_question", "overdose_poisoning"),
    ("寶寶7個月，退燒藥水多久可以吃一次？幾毫升才不會過量", False, "medicine_question", "overdose_poisoning"),
    ("氣喘急救的吸入劑一天最多可以噴幾次？噴太多會心悸嗎", False, "medicine_question", "breathing_difficulty"),

    # chronic_stable
    ("我有心衰竭十年了，平常走快一點會喘，這幾年都很穩定，想問可以搭飛機出國嗎", False, "chronic_stable", "breathing_difficulty"),
    ("癲癇吃藥控制五年都沒有發作了，可以慢慢停藥嗎", False, "chronic_stable", "seizure"),
    ("肺阻塞好幾年了，平常爬樓梯都會喘，最近跟平常一樣，想問要打什麼疫苗", False, "chronic_stable", "breathing_difficulty"),
    ("糖尿病第十年，血糖都控制在120左右，腳有點麻麻的好幾年了，沒有變嚴重", False, "chronic_stable", "diabetic_emergency"),
    ("中風後遺症右手比較沒力已經三年了，最近跟以前一樣，想問可以去針灸嗎", False, "chronic_stable", "stroke"),
    ("我有慢性胃潰瘍，偶爾胃痛吃藥就好，這幾年都這樣，可以喝咖啡嗎", False, "chronic_stable", "severe_abdominal_pain"),
    ("憂鬱症好幾年了，以前有時候會閃過不想活的念頭，現在一年多沒有了，一直都有在回診，想問可以減藥嗎", False, "chronic_stable", "suicidal_intent"),
    ("狹心症吃藥控制，偶爾爬坡胸口悶一下，休息就好，好幾年都這樣，想問可以打高爾夫嗎", False, "chronic_stable", "heart_attack"),
    ("心房顫動吃抗凝血劑好幾年，刷牙偶爾流一點血，醫生說在可以接受的範圍", False, "chronic_stable", "severe_bleeding"),
    ("阿嬤失智臥床好幾年了，平常都在睡，叫她會睜眼看人，最近跟平常一樣，想問褥瘡要怎麼照顧", False, "chronic_stable", "unconscious_unresponsive"),
    ("偏頭痛二十年了，每次發作都一樣，一邊抽痛會想吐，吃藥睡一覺就好，最近頻率也沒變", False, "chronic_stable", "stroke"),
    ("長期氣喘控制得不錯，晚上偶爾咳一下，想問吸入型類固醇可以減量嗎", False, "chronic_stable", "breathing_difficulty"),
    ("子宮肌瘤好幾年了，每次月經量都比較多，醫生說定期追蹤就好，要補鐵嗎", False, "chronic_stable", "severe_bleeding"),
    ("我爸吞嚥不好好幾年，喝水偶爾會嗆一下，吞嚥治療師有教過，狀況一直都穩定，想問有沒有推薦的增稠劑", False, "chronic_stable", "choking"),

    # mild_symptom
    ("剛剛切菜切到手指，流了一點血，壓一下就停了，這樣需要縫嗎", False, "mild_symptom", "severe_bleeding"),
    ("寶寶五個月，打完疫苗晚上有點燒37.8，精神很好一直在笑", False, "mild_symptom", "febrile_infant"),
    ("被蚊子叮到腫一大包好癢，只有那一塊，有什麼藥膏比較有效", False, "mild_symptom", "anaphylaxis"),
    ("煮飯被鍋子燙到手指，紅紅的一小塊，沒起水泡，沖過冷水了", False, "mild_symptom", "severe_burn"),
    ("小孩跌倒撞到額頭，哭了一下就好了，現在又在跑跑跳跳", False, "mild_symptom", "head_injury"),
    ("吃太快肚子有點悶悶的，放個屁就好一點了", False, "mild_symptom", "severe_abdominal_pain"),
    ("蹲下去再站起來的時候會突然眼前一黑頭暈一下，幾秒就好，最近常這樣", False, "mild_symptom", "unconscious_unresponsive"),
    ("喉嚨好像卡了一根小魚刺，吞飯之後還是刺刺的，呼吸講話都正常", False, "mild_symptom", "choking"),
    ("心跳有時候會像漏一拍，一下下就好，喝咖啡的時候比較常這樣", False, "mild_symptom", "heart_attack"),
    ("感冒咳嗽有一點喘喘的，但可以正常走路講話，晚上睡得著", False, "mild_symptom", "breathing_difficulty"),
    ("懷孕7週，下腹有點悶悶的，像月經快來那種感覺，沒有出血", False, "mild_symptom", "pregnancy_bleeding_or_pain"),
    ("半夜小腿抽筋痛醒，拉一拉幾分鐘就好了，一個禮拜兩三次", False, "mild_symptom", "seizure"),
    ("早餐吃了一瓶過期兩天的優格，會不會食物中毒？目前沒什麼不舒服", False, "mild_symptom", "overdose_poisoning"),
    ("發燒37.9、喉嚨痛、頭有點痛，脖子轉來轉去都還好，只是肩頸痠痠的", False, "mild_symptom", "meningitis_signs"),
]
