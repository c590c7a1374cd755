# -*- coding: utf-8 -*-
# Hand-written emergency items. Each entry: (text, emergency, family, kind).

T = True
F = False

ITEMS = [
    # ---------------- heart_attack ----------------
    ("我爸現在胸口很痛 說像被大石頭壓住 一直冒冷汗 左手也麻麻的 他說休息一下就好 要不要先等等看", T, "heart_attack", "now"),
    ("我自己 胸口悶到喘不過氣 痛到下巴 已經20幾分鐘了 人在公司廁所 應該是胃食道逆流吧??", T, "heart_attack", "now"),
    ("阿公剛剛吃完飯就說胸口很緊 臉色發白一直流汗 還想吐 他之前有裝過支架", T, "heart_attack", "now"),
    ("老公爬山爬到一半突然胸痛蹲下來 說像有東西勒住 現在還在步道上 手機訊號不太好 怎麼辦", T, "heart_attack", "now"),
    ("上個月半夜胸口痛了一下 大概一兩分鐘 後來就沒事了 要不要去做檢查", F, "heart_attack", "past_event"),
    ("昨天胸痛去掛急診 心電圖跟抽血都正常 醫生說是肋軟骨發炎 回家可以吃止痛藥嗎", F, "heart_attack", "examined_or_treated"),
    ("我爸50歲就心肌梗塞走了 我現在45 要做哪些檢查預防", F, "heart_attack", "relative_history"),
    ("心肌梗塞發作的時候 女生的症狀跟男生一樣嗎 聽說女生比較不典型", F, "heart_attack", "hypothetical_or_general"),
    ("看到這個月信用卡帳單 我心臟病都要發作了 順便問一下心悸要看哪科", F, "heart_attack", "figure_of_speech"),
    ("裝支架兩年了 每天吃阿斯匹靈 回診都說很穩定 可以去爬合歡山嗎", F, "heart_attack", "chronic_stable"),
    ("深呼吸的時候胸口右邊會刺一下 按壓那邊也會痛 幾秒鐘就好了", F, "heart_attack", "mild_symptom"),

    # ---------------- stroke ----------------
    ("我媽剛剛講話突然不清楚 嘴巴歪一邊 右手拿不住碗 大概十分鐘前開始的", T, "stroke", "now"),
    ("阿嬤早上起床右邊手腳都沒力 叫她笑一個臉歪歪的 我舅說讓她再睡一下看看", T, "stroke", "now"),
    ("我現在左邊臉跟左手突然麻掉 看東西變兩個 頭好暈 一個人在家 躺一下會好嗎", T, "stroke", "now"),
    ("我爸在看電視 突然講話都聽不懂 講的字亂七八糟 右腳也站不穩 他說只是太累", T, "stroke", "now"),
    ("去年我爸有一次手麻 講話卡卡的 幾分鐘就好了 當時沒看醫生 現在還需要檢查嗎", F, "stroke", "past_event"),
    ("奶奶中風住院一個禮拜 昨天出院了 回家以後我們要注意什麼", F, "stroke", "examined_or_treated"),
    ("我家族很多人中風 我才30 要吃什麼或做什麼預防", F, "stroke", "relative_history"),
    ("中風的黃金時間是幾小時啊 一般人要怎麼判斷", F, "stroke", "hypothetical_or_general"),
    ("早上起來手有點麻 但嘴巴沒歪 講話正常 走路也穩 應該是睡姿壓到吧", F, "stroke", "negated"),
    ("中風三年了 左手還是比較沒力 復健一直有在做 這樣還會再進步嗎", F, "stroke", "chronic_stable"),
    ("我媽說她快被我氣到腦中風 哈哈 不過她血壓真的偏高 145左右 要吃藥嗎", F, "stroke", "figure_of_speech"),

    # ---------------- breathing_difficulty ----------------
    ("兒子氣喘發作 吸了兩次藥還是很喘 嘴唇有點紫紫的 講話講不完一句", T, "breathing_difficulty", "now"),
    ("阿公現在喘到不能躺 一直坐著大口吸氣 講話斷斷續續 指甲有點黑 要等明天門診嗎", T, "breathing_difficulty", "now"),
    ("我突然喘不過氣 怎麼吸都吸不到空氣 胸口很緊 剛搭完長途飛機 小腿還腫一邊", T, "breathing_difficulty", "now"),
    ("老婆半夜喘醒 咳出粉紅色泡泡痰 現在一直坐在床邊喘 臉色好差", T, "breathing_difficulty", "now"),
    ("昨天晚上突然有點喘 今天早上就好了 是感冒的關係嗎", F, "breathing_difficulty", "past_event"),
    ("前天氣喘發作去急診打了類固醇 現在好多了 口服藥要吃多久", F, "breathing_difficulty", "examined_or_treated"),
    ("肺炎的人要喘到什麼程度才需要住院", F, "breathing_difficulty", "hypothetical_or_general"),
    ("老闆每天盯著 壓力大到都快不能呼吸了XD 這樣會不會變恐慌症", F, "breathing_difficulty", "figure_of_speech"),
    ("感冒好了以後一直咳 爬樓梯有點喘 平常走路還好", F, "breathing_difficulty", "mild_symptom"),
    ("COPD很多年了 用吸入劑都蠻穩定的 冬天要打哪些疫苗", F, "breathing_difficulty", "chronic_stable"),

    # ---------------- anaphylaxis ----------------
    ("女兒剛吃了花生餅乾 現在嘴唇腫起來 全身起疹子 一直咳 說喉嚨很緊", T, "anaphylaxis", "now"),
    ("剛剛在山上被虎頭蜂叮 現在全身癢 頭很暈 呼吸怪怪的 喉嚨卡卡 我應該下山再說嗎", T, "anaphylaxis", "now"),
    ("吃完蝦子十幾分鐘 臉跟眼睛腫起來 聲音變沙啞 覺得快吸不到氣", T, "anaphylaxis", "now"),
    ("媽媽剛在診所打完針回家 全身起紅疹 說頭昏 血壓機量85/50 人很虛", T, "anaphylaxis", "now"),
    ("小時候吃蝦過敏全身腫 現在長大了還要避開嗎", F, "anaphylaxis", "past_event"),
    ("昨天吃消炎藥過敏 臉腫 去急診打針就消了 醫生開了抗組織胺 要吃幾天", F, "anaphylaxis", "examined_or_treated"),
    ("過敏性休克用的腎上腺素筆 台灣買得到嗎 要自費嗎", F, "anaphylaxis", "hypothetical_or_general"),
    ("吃芒果嘴巴周圍有點癢癢紅紅的 沒有其他症狀", F, "anaphylaxis", "mild_symptom"),
    ("被蜜蜂叮到 手腫一包 沒有喘也沒有起疹子 冰敷就好嗎", F, "anaphylaxis", "negated"),
    ("我弟對花生嚴重過敏 送醫過兩次 我們出國玩要準備什麼", F, "anaphylaxis", "relative_history"),

    # ---------------- severe_bleeding ----------------
    ("我老公切菜切到手 血一直噴出來 用毛巾壓了十分鐘還是滲 整條毛巾都紅了", T, "severe_bleeding", "now"),
    ("我爸跌倒腳被玻璃割到 血流不停 地上一大灘 他臉色很白 說有點暈", T, "severe_bleeding", "now"),
    ("同事剛剛手被機器捲到 手指好像快斷了 血一直流 我們用衣服綁著", T, "severe_bleeding", "now"),
    ("我媽吐血 吐了一大碗 黑黑紅紅的 她說是胃不好 躺一下就好", T, "severe_bleeding", "now"),
    ("上週被美工刀割到手指 流了很多血 現在結痂了 需要打破傷風嗎", F, "severe_bleeding", "past_event"),
    ("昨天縫了五針 傷口有點滲血 紗布要多久換一次", F, "severe_bleeding", "examined_or_treated"),
    ("健檢自費項目好貴 整個大失血 那些腫瘤指標真的有必要做嗎", F, "severe_bleeding", "figure_of_speech"),
    ("刮鬍子刮到 流了一點血 壓一下就停了", F, "severe_bleeding", "mild_symptom"),
    ("大量出血的時候止血帶要怎麼綁 想先學起來 爬山用", F, "severe_bleeding", "hypothetical_or_general"),
    ("流鼻血壓了五分鐘就停了 最近比較常 天氣乾的關係嗎", F, "severe_bleeding", "mild_symptom"),

    # ---------------- suicidal_intent ----------------
    ("我真的撐不下去了 藥都準備好了 今晚就要結束這一切 不用回我", T, "suicidal_intent", "now"),
    ("朋友剛傳訊息說他在頂樓 說要跳下去 打電話都不接 我要怎麼辦", T, "suicidal_intent", "now"),
    ("女兒剛剛跟我說她不想活了 把自己鎖在房間 房間裡有一整罐安眠藥", T, "suicidal_intent", "now"),
    ("現在在橋上 看著下面的水 覺得跳下去就輕鬆了 問這個好像也沒意義", T, "suicidal_intent", "now"),
    ("高中的時候有想過自殺 現在好很多了 但偶爾還是會很低潮 可以去看身心科嗎", F, "suicidal_intent", "past_event"),
    ("明天要報告 我什麼都還沒做 想死 哈哈 有沒有提神的方法", F, "suicidal_intent", "figure_of_speech"),
    ("家人有憂鬱症 要怎麼看出他有沒有自殺的念頭", F, "suicidal_intent", "hypothetical_or_general"),
    ("上個月自殺未遂住院 現在出院了有固定回診 藥吃了一直很想睡 可以請醫生調嗎", F, "suicidal_intent", "examined_or_treated"),
    ("最近很低落 但我沒有想傷害自己 只是每天都好累 這樣算憂鬱症嗎", F, "suicidal_intent", "negated"),
    ("我媽以前自殺過 我會不會也遺傳到", F, "suicidal_intent", "relative_history"),
    ("工作累到快往生 每天加班到十一點 最近一直掉頭髮", F, "suicidal_intent", "figure_of_speech"),

    # ---------------- self_harm ----------------
    ("我剛剛又割了 這次割很深 血一直流 停不下來 不想讓家人知道", T, "self_harm", "now"),
    ("弟弟剛剛一直拿頭去撞牆 撞到流血 現在還在撞 我們拉不住他", T, "self_harm", "now"),
    ("室友在浴室用刀片割手 門縫下面都是血 她不開門 也不回話", T, "self_harm", "now"),
    ("手上的舊疤痕是以前割的 現在想去掉 有什麼雷射比較有效", F, "self_harm", "past_event"),
    ("兒子上週自殘去縫了幾針 現在有在看精神科 傷口要怎麼照顧", F, "self_harm", "examined_or_treated"),
    ("青少年自傷的警訊有哪些 我是國中導師 想多注意學生", F, "self_harm", "hypothetical_or_general"),
    ("我焦慮的時候會一直摳手指 摳到破皮 但沒有想傷害自己 要怎麼改", F, "self_harm", "negated"),
    ("有拔頭髮的習慣 頭頂禿了一小塊 要看哪一科", F, "self_harm", "mild_symptom"),

    # ---------------- overdose_poisoning ----------------
    ("我爸剛剛誤喝了裝在寶特瓶裡的農藥 喝一口就吐了 現在一直流口水 冒汗", T, "overdose_poisoning", "now"),
    ("兩歲兒子把阿嬤的降血壓藥吃了好幾顆 剛剛才發現 現在看起來還好 觀察就可以了嗎", T, "overdose_poisoning", "now"),
    ("我姊吞了一整盒普拿疼 大概30顆 現在說肚子不舒服 她不讓我叫救護車", T, "overdose_poisoning", "now"),
    ("家裡浴室熱水器 我媽洗澡洗很久 剛剛進去看她頭暈想吐 走路都站不穩 我也開始頭痛", T, "overdose_poisoning", "now"),
    ("普拿疼吃太多會傷肝 那一天最多安全劑量是多少", F, "overdose_poisoning", "medicine_question"),
    ("感冒藥跟止痛藥一起吃 會不會過量 兩個成分好像都有乙醯胺酚", F, "overdose_poisoning", "medicine_question"),
    ("昨天小孩誤食洗衣球 去急診觀察了一晚 沒事出院了 之後要注意什麼", F, "overdose_poisoning", "examined_or_treated"),
    ("一氧化碳中毒有什麼症狀 熱水器裝在陽台要注意什麼", F, "overdose_poisoning", "hypothetical_or_general"),
    ("去年安眠藥吃太多被送醫 現在要換藥 醫生說劑量要小心 這種藥會上癮嗎", F, "overdose_poisoning", "past_event"),
    ("不小心早上多吃了一顆綜合維他命 沒有其他藥 應該沒關係吧", F, "overdose_poisoning", "medicine_question"),
    ("血壓藥早上忘記吃了 晚上補吃會不會吃過量中毒", F, "overdose_poisoning", "medicine_question"),

    # ---------------- seizure ----------------
    ("兒子現在全身抽搐 眼睛往上吊 叫都叫不醒 已經超過五分鐘了", T, "seizure", "now"),
    ("同事剛剛在會議室突然倒下 手腳一直抖 嘴巴有白沫 現在還在抽", T, "seizure", "now"),
    ("老公癲癇又發作了 這次一次接一次 中間都沒有醒過來", T, "seizure", "now"),
    ("小時候發燒有抽筋過一次 長大就沒了 現在想懷孕 會不會遺傳給小孩", F, "seizure", "past_event"),
    ("昨天女兒熱痙攣送急診 醫生說是單純型 回家觀察就好 下次發燒要怎麼辦", F, "seizure", "examined_or_treated"),
    ("癲癇吃藥控制五年都沒發作了 可以考駕照嗎", F, "seizure", "chronic_stable"),
    ("看到有人癲癇發作 是不是要塞東西到他嘴巴裡", F, "seizure", "hypothetical_or_general"),
    ("左邊眼皮一直跳 跳好幾天了 是抽筋嗎", F, "seizure", "mild_symptom"),
    ("半夜小腿抽筋痛死了 抽到醒來 要補什麼", F, "seizure", "figure_of_speech"),

    # ---------------- unconscious_unresponsive ----------------
    ("我媽倒在浴室 叫她都沒反應 有在呼吸但很慢", T, "unconscious_unresponsive", "now"),
    ("阿公坐在椅子上睡著 可是怎麼搖都搖不醒 臉色灰灰的", T, "unconscious_unresponsive", "now"),
    ("朋友喝酒喝到昏過去 叫不醒 吐了一地 我們讓他睡一下就好嗎", T, "unconscious_unresponsive", "now"),
    ("我女友剛剛突然倒下 身體軟軟的 拍她都沒有回應 好像沒什麼在呼吸", T, "unconscious_unresponsive", "now"),
    ("前天早上站起來眼前一黑 昏倒了幾秒 之後就沒事了 要做什麼檢查", F, "unconscious_unresponsive", "past_event"),
    ("我爸上週昏倒送醫 心電圖跟腦部檢查都正常 出院了 還要追蹤嗎", F, "unconscious_unresponsive", "examined_or_treated"),
    ("累到直接昏迷 一覺睡了12小時 假日都這樣 是不是身體有問題", F, "unconscious_unresponsive", "figure_of_speech"),
    ("看到路人倒地叫不醒 CPR要怎麼做 要先叫人還是先壓", F, "unconscious_unresponsive", "hypothetical_or_general"),
    ("抽血的時候都會頭暈 快昏倒的感覺 躺一下就好", F, "unconscious_unresponsive", "mild_symptom"),

    # ---------------- head_injury ----------------
    ("兒子從上舖摔下來撞到頭 吐了兩次 一直想睡 叫他會回應但反應很慢", T, "head_injury", "now"),
    ("我老公騎車摔車 頭撞到地 安全帽都裂了 他現在一直重複問同一個問題", T, "head_injury", "now"),
    ("阿嬤剛剛跌倒撞到頭 她有在吃抗凝血藥 現在說頭很痛 講話有點怪怪的", T, "head_injury", "now"),
    ("昨天撞到頭去急診照了CT沒事 今天頭還是有點痛 正常嗎", F, "head_injury", "examined_or_treated"),
    ("三週前打球頭被撞到 當時有點暈 現在偶爾頭痛 要去看嗎", F, "head_injury", "past_event"),
    ("頭撞到櫃子 腫一個小包 沒有暈也沒吐 冰敷就好嗎", F, "head_injury", "mild_symptom"),
    ("小孩撞到頭 哪些情況一定要去急診", F, "head_injury", "hypothetical_or_general"),
    ("這題數學想到頭快爆炸 然後真的頭痛起來 太陽穴脹脹的", F, "head_injury", "figure_of_speech"),

    # ---------------- febrile_infant ----------------
    ("寶寶才兩個月 現在額溫38.3 耳溫也38 一直哭 奶喝得比較少", T, "febrile_infant", "now"),
    ("我家新生兒三週大 剛剛量肛溫38.5 手腳冰冰的 一直很想睡", T, "febrile_infant", "now"),
    ("女兒出生50天 今天發燒38度 我想說先觀察到明天再帶去看 可以嗎", T, "febrile_infant", "now"),
    ("兩個月大的寶寶前天發燒 住院抽血驗尿都正常 今天出院了 回家要注意什麼", F, "febrile_infant", "examined_or_treated"),
    ("三個月以下的寶寶發燒 為什麼一定要看急診", F, "febrile_infant", "hypothetical_or_general"),
    ("寶寶一個月大 摸起來有點熱 量了三次都36.9 是不是包太多", F, "febrile_infant", "negated"),
    ("寶寶滿月那週有發燒住院過 現在四個月了 打疫苗會不會又燒起來", F, "febrile_infant", "past_event"),
    ("6個月大 打完疫苗燒到37.8 精神很好 奶也照喝", F, "febrile_infant", "mild_symptom"),

    # ---------------- meningitis_signs ----------------
    ("兒子高燒 脖子硬硬的不能低頭 很怕光 身上出現一點一點紫色的斑 壓下去不會退", T, "meningitis_signs", "now"),
    ("室友發燒 頭痛到快爆炸 一直吐 脖子轉不了 現在講話有點混亂", T, "meningitis_signs", "now"),
    ("我在宿舍 發燒39度 頭超痛 脖子很僵 剛剛發現腿上一堆紫紅色小點", T, "meningitis_signs", "now"),
    ("要去當兵了 腦膜炎的疫苗需要自費打嗎", F, "meningitis_signs", "hypothetical_or_general"),
    ("表弟小時候得過腦膜炎 會不會傳染給我家小孩", F, "meningitis_signs", "relative_history"),
    ("落枕 脖子轉不過去 沒有發燒 睡醒就這樣了", F, "meningitis_signs", "mild_symptom"),
    ("上週懷疑腦膜炎做了腰椎穿刺 結果是病毒性的 出院了 頭還會痛 正常嗎", F, "meningitis_signs", "examined_or_treated"),
    ("頭痛又有點發燒 但脖子可以低頭 身上也沒紅點 應該是感冒吧", F, "meningitis_signs", "negated"),

    # ---------------- severe_abdominal_pain ----------------
    ("肚子右下痛到直不起腰 一按就痛 發燒 吐了好幾次 從昨晚痛到現在", T, "severe_abdominal_pain", "now"),
    ("老公肚子突然劇痛 硬得跟木板一樣 碰都不能碰 一直冒冷汗", T, "severe_abdominal_pain", "now"),
    ("阿嬤肚子脹很大 痛一整天了 沒放屁沒大便 一直吐綠色的東西", T, "severe_abdominal_pain", "now"),
    ("上禮拜肚子痛了一整晚 現在好了 會不會是盲腸炎", F, "severe_abdominal_pain", "past_event"),
    ("昨天肚子痛去急診 說是腸胃炎 打完點滴回家了 現在可以吃什麼", F, "severe_abdominal_pain", "examined_or_treated"),
    ("看綜藝節目笑到肚子痛死 隔天腹肌真的在痠 是拉傷嗎", F, "severe_abdominal_pain", "figure_of_speech"),
    ("月經來前小腹悶悶的痛 吃止痛藥就好", F, "severe_abdominal_pain", "mild_symptom"),
    ("胰臟炎之後都沒碰酒 現在肚子都不痛了 可以吃炸的東西嗎", F, "severe_abdominal_pain", "chronic_stable"),

    # ---------------- pregnancy_bleeding_or_pain ----------------
    ("懷孕32週 剛剛肚子一直痛 下面流了很多血 鮮紅色的", T, "pregnancy_bleeding_or_pain", "now"),
    ("太太懷孕10週 現在大量出血還有血塊 肚子痛到蹲在地上", T, "pregnancy_bleeding_or_pain", "now"),
    ("驗孕兩條線大概6週 右下腹突然痛得很厲害 肩膀也痛 頭暈快昏倒", T, "pregnancy_bleeding_or_pain", "now"),
    ("懷孕初期有少量出血 醫生說要安胎 現在已經20週了 還要注意什麼", F, "pregnancy_bleeding_or_pain", "past_event"),
    ("昨天懷孕出血去掛急診 超音波寶寶心跳正常 要躺多久", F, "pregnancy_bleeding_or_pain", "examined_or_treated"),
    ("懷孕的時候哪些出血要馬上去醫院", F, "pregnancy_bleeding_or_pain", "hypothetical_or_general"),
    ("懷孕24週 肚子偶爾會緊一下 不會痛 一天兩三次", F, "pregnancy_bleeding_or_pain", "mild_symptom"),
    ("我媽懷我的時候前置胎盤大出血 我現在懷孕會不會也這樣", F, "pregnancy_bleeding_or_pain", "relative_history"),

    # ---------------- diabetic_emergency ----------------
    ("我爸打完胰島素沒吃飯 現在一直冒冷汗 發抖 講話亂七八糟 叫他吃糖也吞不太下去", T, "diabetic_emergency", "now"),
    ("第一型糖尿病的女兒一直吐 呼吸很深很快 嘴巴有水果味 很想睡 血糖機測出來HI", T, "diabetic_emergency", "now"),
    ("阿嬤血糖剛剛測只有35 叫她反應很慢 眼神呆呆的", T, "diabetic_emergency", "now"),
    ("糖尿病十年了 控制得還不錯 糖化6.8 可以吃水果嗎", F, "diabetic_emergency", "chronic_stable"),
    ("胰島素不小心多打了2單位 要多吃點東西嗎 還是這樣算過量", F, "diabetic_emergency", "medicine_question"),
    ("上週半夜低血糖 吃了方糖就好了 要請醫生調藥嗎", F, "diabetic_emergency", "past_event"),
    ("肚子餓太久手會抖 吃東西就好了 我沒有糖尿病", F, "diabetic_emergency", "mild_symptom"),
    ("酮酸中毒是什麼 第一型糖尿病的小孩平常要注意什麼", F, "diabetic_emergency", "hypothetical_or_general"),

    # ---------------- severe_burn ----------------
    ("小孩打翻熱湯 胸口跟手臂都燙到 皮膚起大水泡 還有一塊白白的", T, "severe_burn", "now"),
    ("廚房油鍋起火 我老公整隻手跟臉都燒到 皮都掉下來了", T, "severe_burn", "now"),
    ("工廠化學藥劑噴到同事身上 大片皮膚發黑 他一直慘叫", T, "severe_burn", "now"),
    ("上個月被熱水燙到 現在留下紅紅的疤 要擦什麼", F, "severe_burn", "past_event"),
    ("煮飯被油噴到 手背一小塊紅紅的 沒有起水泡", F, "severe_burn", "mild_symptom"),
    ("燙傷的時候沖冷水要沖多久才夠", F, "severe_burn", "hypothetical_or_general"),
    ("在燒燙傷中心換藥換了兩週 醫生說要植皮 恢復期大概多久", F, "severe_burn", "examined_or_treated"),
    ("今天熱到快燒起來 曬到整個人烤熟 皮膚紅紅刺刺的", F, "severe_burn", "figure_of_speech"),

    # ---------------- choking ----------------
    ("寶寶吃葡萄卡到 現在發不出聲音 臉開始變紫", T, "choking", "now"),
    ("阿公吃麻糬噎到 一直抓喉嚨 不能講話 也咳不出來", T, "choking", "now"),
    ("我老公吃牛排卡住 臉漲紅 喘不過氣 拍背拍了沒用", T, "choking", "now"),
    ("昨天吃魚被魚刺卡到 吞了白飯 現在喉嚨還是有點刺刺的", F, "choking", "past_event"),
    ("小孩上週吃糖果噎到 已經去醫院夾出來了 現在還會咳 要再看嗎", F, "choking", "examined_or_treated"),
    ("哈姆立克怎麼做 一歲以下的寶寶是不是不一樣", F, "choking", "hypothetical_or_general"),
    ("喝水常常嗆到 咳一下就好 最近好像比較常", F, "choking", "mild_symptom"),
    ("剛剛吃飯好像有東西卡一下 但現在講話呼吸都正常 吞口水也沒感覺", F, "choking", "negated"),

    # ---------------- extra, mixed families ----------------
    ("救命 我女兒2歲吃花生噎住 現在咳不出來 臉紅紅的都沒聲音 我該怎麼做", T, "choking", "now"),
    ("我媽剛剛突然翻白眼 全身僵硬一直抖 抖快十分鐘了還沒停 她以前從來沒有這樣過", T, "seizure", "now"),
    ("老公有糖尿病 這幾天感冒都沒吃什麼 今天一直喊渴 尿很多 現在叫他都迷迷糊糊的 因該是太累吧", T, "diabetic_emergency", "now"),
    ("寶寶剛滿月 今天摸起來燙燙的 量了38.6 奶都不太喝 要等小兒科明天開門嗎ㄚ", T, "febrile_infant", "now"),
    ("女兒5歲 發燒一天 剛剛開始一直吐 說頭好痛 叫她低頭她就哭 很想睡 有點叫不太起來", T, "meningitis_signs", "now"),
    ("我懷孕36週 肚子突然整個硬硬的超痛 都不會放鬆 下面有出血 寶寶好像都不動了", T, "pregnancy_bleeding_or_pain", "now"),
    ("阿嬤在燒金紙 衣服著火 背跟手臂都燒到 火已經熄了 她說還好 可是皮都黑黑的", T, "severe_burn", "now"),
    ("我剛騎機車摔車 頭有撞到 耳朵流出一點水跟血 頭很暈想吐 我先騎回家休息好了", T, "head_injury", "now"),
]
