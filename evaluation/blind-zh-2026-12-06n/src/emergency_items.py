# -*- coding: utf-8 -*-
# Emergency items, written by hand one by one. Each entry: (text, emergency, family, kind).
# emergency True -> kind "now". False -> one of the hard-negative kinds.

ITEMS = [
    # ======================= TRUE: happening now =======================
    # heart_attack
    ("我爸現在胸口很痛 說像被大石頭壓住 痛到左手臂 一直冒冷汗 他說躺一下就好 要不要再觀察一下", True, "heart_attack", "now"),
    ("老公在客廳突然說胸悶喘不過氣 臉色超白 滿頭大汗。他有三高。他叫我不要大驚小怪 我現在該怎麼辦", True, "heart_attack", "now"),
    ("本人48男 剛剛搬完貨胸口悶到不行 連下巴都痛 已經二十分鐘了還在 有點想吐 應該是胃食道逆流吧?? 家裡有胃藥 先吃吃看?", True, "heart_attack", "now"),
    ("阿嬤說她胸口怪怪的 很喘 整個人很虛 剛剛還吐了一次 她糖尿病很多年 一直說沒事不要叫救護車 怕吵到鄰居不好意思", True, "heart_attack", "now"),

    # stroke
    ("我媽剛剛講話突然口齒不清 嘴巴歪一邊 右手拿不住杯子 大概十分鐘前開始的 現在怎麼辦", True, "stroke", "now"),
    ("老爸吃飯吃到一半筷子掉了 右半邊好像沒力 叫他笑一個 嘴角一邊垂下來。他說只是累了想去睡一下 讓他睡ok嗎", True, "stroke", "now"),
    ("同事剛剛開會講話講到一半突然卡住 一直講錯字 講的話我們都聽不懂 眼神怪怪的 到現在還是這樣 要先讓他去休息室躺嗎", True, "stroke", "now"),
    ("阿公今天早上起來左腳拖著走 左手舉不起來 講話含含糊糊 這樣可以等下午的門診嗎 還是", True, "stroke", "now"),

    # breathing_difficulty
    ("女兒氣喘發作 吸入劑噴了三次都沒用 現在講話只能一個字一個字講 嘴唇有點紫紫的", True, "breathing_difficulty", "now"),
    ("我現在喘到講不完一句話 坐著也喘 胸口很緊 一個人在家 手機快沒電了 不知道要不要麻煩救護車", True, "breathing_difficulty", "now"),
    ("阿嬤呼吸好快好淺 肩膀一聳一聳很用力在吸 叫她有回應但好累的樣子 手指甲變紫色 外籍看護一直哭", True, "breathing_difficulty", "now"),
    ("一歲兒子咳嗽像狗在叫 現在吸氣的時候有咻咻的怪聲 胸口下面一直凹進去 很喘 半夜兩點 我老公說開熱水蒸氣吸一吸就好", True, "breathing_difficulty", "now"),

    # anaphylaxis
    ("剛吃完蝦子 全身起紅疹 嘴唇腫起來 喉嚨緊緊的 聲音變怪 要先吃一顆抗組織胺看看嗎", True, "anaphylaxis", "now"),
    ("被蜜蜂叮到 才十分鐘整個臉腫起來 開始頭暈 呼吸有點困難 我們在山上步道 同伴問要不要慢慢走下山再說", True, "anaphylaxis", "now"),
    ("小孩第一次吃花生醬 現在一直咳 臉腫起來 剛剛吐了 身上一塊一塊紅紅的", True, "anaphylaxis", "now"),
    ("診所打完針回家的路上 我太太說喉嚨很緊 全身癢 現在臉色發白 快站不住了 要載回去診所嗎", True, "anaphylaxis", "now"),

    # severe_bleeding
    ("切菜切到手指 很深 壓了十分鐘 血還是一直噴出來 毛巾全濕了 自己騎車去醫院可以嗎", True, "severe_bleeding", "now"),
    ("我爸用電鋸割到大腿 血一直流 地上一大灘 他臉色越來越白 我用皮帶綁住了 接下來呢", True, "severe_bleeding", "now"),
    ("鼻血流了四十分鐘 捏著都沒停 吐出來一大坨血塊 頭暈暈的 我有在吃抗凝血劑 這樣還要繼續捏嗎", True, "severe_bleeding", "now"),
    ("朋友摔破玻璃 手腕割到 血一直湧出來 用衣服綁著還是滲透 他說不想去醫院怕花錢 叫我上網問怎麼處理", True, "severe_bleeding", "now"),

    # suicidal_intent
    ("遺書已經寫好了 藥也準備好了 今晚就會結束 只是想跟誰說一聲 不用回我", True, "suicidal_intent", "now"),
    ("男友剛傳訊息說他在頂樓 說活著沒意義 跟我說對不起 現在打電話都不接 我人在公司 離他家四十分鐘", True, "suicidal_intent", "now"),
    ("我現在站在橋上 不想再撐了 也不知道為什麼要發這篇", True, "suicidal_intent", "now"),
    ("室友把自己鎖在房間 剛剛傳LINE說再見 說謝謝我這幾年照顧她 敲門都沒回應 我是不是想太多", True, "suicidal_intent", "now"),

    # self_harm
    ("我剛剛割了 這次割太深 血一直流停不下來 不想讓家人知道 要怎麼自己止血", True, "self_harm", "now"),
    ("女兒在浴室用刀片劃手 我衝進去地上好多血 她現在一直哭 手上的傷口很深 開開的 我手在抖", True, "self_harm", "now"),
    ("剛剛又割了 割在大腿 很深 看得到白白黃黃的東西 血沒有在噴但一直滲 現在頭好暈 睡一下就好吧", True, "self_harm", "now"),

    # overdose_poisoning
    ("我媽剛剛吞了一整排安眠藥 大概20顆 現在叫她還會應 但講話很慢", True, "overdose_poisoning", "now"),
    ("三歲兒子把阿嬤的降血壓藥吃了 不知道吃幾顆 藥盒空了一半 現在好像很想睡", True, "overdose_poisoning", "now"),
    ("爸爸喝了農藥 說只是要嚇我們 現在在吐 嘴巴有怪味道 他說沒喝很多 叫我不要緊張", True, "overdose_poisoning", "now"),
    ("浴室用漂白水跟鹽酸一起刷 現在頭暈喘不過氣 眼睛好痛 咳不停 開窗戶有用嗎", True, "overdose_poisoning", "now"),
    ("剛剛吃了二十幾顆普拿疼 現在沒什麼感覺 是不是就沒事了 不想去醫院", True, "overdose_poisoning", "now"),

    # seizure
    ("老公突然全身抽搐 眼睛往上吊 口吐白沫 已經快五分鐘了還沒停!!!", True, "seizure", "now"),
    ("我弟有癲癇 剛剛抽完一次 還沒醒過來又開始抽第二次", True, "seizure", "now"),
    ("寶寶一歲半發燒 現在全身一直抖 叫都沒反應 眼睛翻白 嘴唇有點黑", True, "seizure", "now"),
    ("路邊有個阿伯倒在地上一直抽 頭撞到地板 我在他旁邊 不知道怎麼辦 要扶他起來嗎", True, "seizure", "now"),

    # unconscious_unresponsive
    ("阿公坐在椅子上叫不醒 拍他也沒反應 呼吸好像很慢很慢", True, "unconscious_unresponsive", "now"),
    ("朋友喝超多 現在躺在地上叫不醒 旁邊有吐 呼吸聲很怪 像在打呼又不太像 讓他睡一覺就好吧?", True, "unconscious_unresponsive", "now"),
    ("媽媽洗澡很久沒出來 打開門她倒在浴室地上 叫她只會哼一聲 眼睛都沒張開", True, "unconscious_unresponsive", "now"),
    ("同學體育課跑完突然倒下去 好像沒在呼吸 老師在壓胸 要打119嗎還是等校護過來", True, "unconscious_unresponsive", "now"),

    # head_injury
    ("兒子從上舖摔下來 後腦著地 剛剛吐了兩次 一直想睡 叫他反應有點慢", True, "head_injury", "now"),
    ("我爸騎車摔倒 沒戴安全帽 頭在流血 他一直重複問同樣的問題 問第三次了", True, "head_injury", "now"),
    ("阿嬤跌倒撞到頭 她有在吃抗凝血的藥 現在說頭很痛 一直想吐 越來越愛睏", True, "head_injury", "now"),
    ("打球被撞到頭 昏過去幾秒 醒來之後頭超痛 一直吐 看東西模糊 隊友說冰敷就好 是這樣嗎", True, "head_injury", "now"),

    # febrile_infant
    ("寶寶一個半月 剛剛量肛溫38.4 奶喝得比較少 一直睡 要先觀察嗎", True, "febrile_infant", "now"),
    ("出生20天的女兒摸起來好燙 耳溫38.2 一直哭哭不停 現在半夜三點 診所都關了", True, "febrile_infant", "now"),
    ("兒子兩個月大 發燒38.5 整個人軟軟的 不太想喝奶 明天早上再去診所可以嗎", True, "febrile_infant", "now"),

    # meningitis_signs
    ("高燒39.8 頭痛到爆 脖子硬到下巴碰不到胸口 看燈光很刺眼 腳上出現紫紫的小點", True, "meningitis_signs", "now"),
    ("大學室友發燒頭痛 一直吐 說脖子很僵 剛剛叫他 他迷迷糊糊的 講話也怪怪的", True, "meningitis_signs", "now"),
    ("五歲女兒發燒 腿上長出壓了不會退的紫紅色斑點 越來越多 整個人很沒精神 叫她都懶懶的", True, "meningitis_signs", "now"),

    # severe_abdominal_pain
    ("肚子痛到不能動 整個肚子硬梆梆的 碰一下就痛到叫 冒冷汗 吐了好幾次", True, "severe_abdominal_pain", "now"),
    ("右下腹痛了一整天 現在變整個肚子都痛 發燒39 走路都要彎著腰 我想說明天再去門診", True, "severe_abdominal_pain", "now"),
    ("老爸突然肚子劇痛 一路痛到背後 他說像被撕開 他有主動脈瘤在追蹤 臉色發白", True, "severe_abdominal_pain", "now"),
    ("吐出來黑黑的像咖啡渣 上腹劇痛 人一直頭暈 剛剛在廁所差點昏倒", True, "severe_abdominal_pain", "now"),

    # pregnancy_bleeding_or_pain
    ("懷孕八週 剛剛下腹一邊劇痛 有出血 頭很暈 連肩膀都在痛", True, "pregnancy_bleeding_or_pain", "now"),
    ("老婆懷孕34週 突然大量出血 床單都紅了 肚子硬硬的很痛", True, "pregnancy_bleeding_or_pain", "now"),
    ("懷孕30週 剛剛頭痛得很厲害 眼睛一直看到閃光 腳跟臉都腫 剛量血壓165/110 等明天產檢可以嗎", True, "pregnancy_bleeding_or_pain", "now"),
    ("孕婦28週 羊水好像破了 一直流 寶寶這一個小時都沒在動 我老公還在上班", True, "pregnancy_bleeding_or_pain", "now"),

    # diabetic_emergency
    ("我爸有在打胰島素 剛剛開始冒冷汗 手抖 講話亂七八糟 叫他吃糖他不肯 血糖機測38", True, "diabetic_emergency", "now"),
    ("女兒第一型糖尿病 這兩天一直吐 呼吸又深又快 嘴巴有一股水果味 很累一直睡", True, "diabetic_emergency", "now"),
    ("阿公的血糖機顯示HI 一直喊口渴 人越來越迷糊 叫他名字要叫好幾次才有反應", True, "diabetic_emergency", "now"),
    ("糖尿病的老公在沙發上叫不醒 全身濕透 早上有打針但是沒吃早餐", True, "diabetic_emergency", "now"),

    # severe_burn
    ("小孩打翻熱湯 整個胸口跟手臂都紅起來起水泡 範圍很大 一直哭 在沖水了 要沖多久", True, "severe_burn", "now"),
    ("煮油起火 老公的手跟臉被燒到 皮膚白白的 起大水泡 眉毛都燒掉了", True, "severe_burn", "now"),
    ("工廠鍋爐爆開 同事整條腿被熱水燙到 皮膚一片一片掉下來", True, "severe_burn", "now"),

    # choking
    ("阿公吃麻糬噎到 現在講不出話 一直抓喉嚨 臉脹紅", True, "choking", "now"),
    ("寶寶吃葡萄噎到 咳不出來 臉開始發紫!!!", True, "choking", "now"),
    ("老婆吃魚吃到一半突然不能呼吸 只能一直比手勢 咳不出聲音", True, "choking", "now"),

    # --- more TRUE items, longer / messier ---
    ("各位大大 我現在在公司廁所打這篇 從剛剛開會開始胸口就一直被揪住的感覺 左邊肩膀跟手都痠麻 冷汗一直流 襯衫都濕了。我才41 平常有在跑步 應該不可能是心臟吧?? 是不是太累 等一下還有一個會要開", True, "heart_attack", "now"),
    ("ㄚ嬤剛剛看電視看一看 突然右邊臉垮下來 叫她舉手 右手舉不起來 講話也糊糊的 我爸說老人家常這樣 叫她去睡覺就好 現在才九點 真的可以這樣嗎", True, "stroke", "now"),
    ("my mom 現在喘得很大力 她有心臟衰竭 這幾天腳很腫 剛剛躺下去就喘到不行 只能坐著 嘴唇有點灰灰的 她說等後天回診再講", True, "breathing_difficulty", "now"),
    ("吃了同事給的餅乾 裡面有腰果 我對堅果過敏忘了問 現在嘴巴舌頭都麻麻腫腫 喉嚨好像變窄 一直咳 EpiPen放家裡沒帶 同事說喝水壓一壓就好", True, "anaphylaxis", "now"),
    ("剛生完第二胎回家第五天 剛剛起床一站起來下面的血就一直流一直流 產褥墊十分鐘就全濕 還有很大塊的血塊 頭暈到要扶牆", True, "severe_bleeding", "now"),
    ("對不起 我撐不下去了 剛剛把家裡所有的藥都拿出來排在桌上 炭也買好了 室友今天出差 不會有人發現 我只是想知道會不會很痛", True, "suicidal_intent", "now"),
    ("家裡的熱水器好像怪怪的 我跟我妹洗完澡都頭很痛想吐 我妹剛剛在浴室昏倒 我自己也站不太穩 打字打好慢", True, "overdose_poisoning", "now"),
    ("室友在床上抽 一直抽 頭往後仰 嘴巴有血 應該是咬到舌頭 大概三分鐘了 我要把湯匙塞進去嗎??", True, "seizure", "now"),
    ("外送員倒在我們大樓門口 叫他沒反應 臉色發紫 我摸不太到脈搏 管理員叫我上網查一下怎麼辦", True, "unconscious_unresponsive", "now"),
    ("女兒從溜滑梯最上面摔下來 頭先著地 哭完之後就一直想睡 剛剛吐了 左邊的瞳孔好像比較大 老公說小孩跌倒很正常 叫我不要自己嚇自己", True, "head_injury", "now"),
    ("新手媽媽 寶寶出生第十天 剛剛摸起來熱熱的 量肛溫38.1 她還是有喝奶 只是比較睏。婆婆說是包太多 脫掉再量就好 我是不是太緊張了", True, "febrile_infant", "now"),
    ("兒子國一 今天燒到40 一直說頭好痛 脖子一動就痛 剛剛開始講話亂七八糟 叫他名字要叫很多次 這是中暑嗎", True, "meningitis_signs", "now"),
    ("我43 女 肚子右上跟中間痛到在地上打滾 已經三個小時 吐了四次 現在開始發抖發燒 眼睛好像有點黃 想說忍到天亮再去掛號", True, "severe_abdominal_pain", "now"),
    ("懷孕36週 剛剛肚子突然痛起來 不是一陣一陣的 是一直硬硬的痛 下面開始流血 寶寶好像動得很少 老公在開車回來的路上 要等他嗎", True, "pregnancy_bleeding_or_pain", "now"),
    ("阿嬤今天都沒吃東西 糖尿病的藥照吃 剛剛開始亂講話 說看到過世的阿公 手冰冰的一直冒汗 血糖測45 塞糖果給她她含著不吞", True, "diabetic_emergency", "now"),
    ("電線走火 我哥去拔插頭被電到 手掌有一個黑黑的洞 現在說胸口怪怪的 心跳很亂 他說沒事要去洗手", True, "severe_burn", "now"),
    ("阿嬤吃湯圓突然不講話 臉越來越紅變紫 拍背拍了好幾下都沒出來 她現在快站不住了", True, "choking", "now"),
    ("我媽剛剛突然說頭好痛 像被雷打到 是她這輩子最痛的一次 然後就吐了 現在叫她都迷迷糊糊 我哥說先給她吃普拿疼", True, "stroke", "now"),
    ("急 我老闆剛剛在辦公室倒下去 臉色灰白 叫不醒 好像沒在呼吸 公司有AED 可是沒人會用", True, "unconscious_unresponsive", "now"),
    ("朋友在KTV嗑了不知道什麼東西 現在全身發燙 一直抽 眼神很空 叫不太醒 大家都怕被警察抓不敢叫救護車", True, "overdose_poisoning", "now"),

    # ======================= FALSE: hard negatives =======================
    # past_event
    ("上個月有一天晚上胸口突然悶痛 大概一兩分鐘就好了 之後都沒再發生過 是不是要找時間去看心臟科 還是算了", False, "heart_attack", "past_event"),
    ("小時候吃果凍噎到過 被我爸倒吊拍背才吐出來 所以到現在都不敢吃果凍 哈 我這樣算心理創傷嗎", False, "choking", "past_event"),
    ("國中的時候有割過手 現在大學了 疤還是很明顯 夏天都穿長袖 雷射可以淡掉嗎 大概要幾次", False, "self_harm", "past_event"),
    ("前天下樓梯踩空 後腦撞了一下 腫一個包 當天頭有點痛 今天已經完全沒事了 包也消一半 還需要去照片子嗎", False, "head_injury", "past_event"),
    ("大學室友上學期在宿舍抽搐過一次 那次真的嚇死 後來她說是第一次 想先學起來 萬一又發生我要怎麼處理", False, "seizure", "past_event"),
    ("小時候吃芒果嘴巴腫過一次 之後就都不敢碰 現在30了 想知道過敏會不會自己好 可以去驗嗎", False, "anaphylaxis", "past_event"),
    ("上週在捷運上站太久 眼前一黑就昏倒了 幾秒就醒 旁邊的人扶我坐下 後來都好好的 那天沒吃早餐 是因為這樣嗎", False, "unconscious_unresponsive", "past_event"),
    ("去年煮飯被熱油噴到手臂 當時起了好幾個水泡 現在好了 但留下一大片疤 會癢 有什麼藥膏可以擦", False, "severe_burn", "past_event"),
    ("第一胎懷孕十週的時候大出血 後來流產了 現在第二胎七週 目前一切都正常 可是好怕又發生 每天都在看衛生紙", False, "pregnancy_bleeding_or_pain", "past_event"),
    ("我媽五年前中風過 恢復得不錯 只剩左手有點不靈活 最近想去日本玩 坐飛機ok嗎", False, "stroke", "past_event"),
    ("上次爬合歡山爬到一半喘到不行 蹲下來休息十分鐘就好了 那時候海拔三千多 下個月還要去 要準備什麼", False, "breathing_difficulty", "past_event"),
    ("去年那段時間我真的很想死 每天都在想怎麼結束 後來撐過來了 現在好很多 只是偶爾還會想起那時候 這樣還需要繼續看醫生嗎", False, "suicidal_intent", "past_event"),
    ("兩年前吃了一整瓶安眠藥被發現送醫 現在很穩定了 最近想換工作 新公司體檢會查得到以前的紀錄嗎", False, "overdose_poisoning", "past_event"),
    ("我兒子三週大的時候發燒住院過 現在都八個月了 很健康 想問那次住院會影響打疫苗嗎", False, "febrile_infant", "past_event"),

    # examined_or_treated
    ("昨晚胸痛跑去急診 抽血心電圖都正常 醫生說是肌肉拉傷 可是今天還是隱隱作痛 這樣正常嗎", False, "heart_attack", "examined_or_treated"),
    ("小孩跌倒撞到額頭 昨天急診照了電腦斷層說沒出血 叫我們回家觀察 今天活蹦亂跳 還要注意幾天", False, "head_injury", "examined_or_treated"),
    ("我媽昨天不小心多吃了一次血壓藥 已經打去醫院問過藥師 說量血壓觀察就好 現在118/70 這樣ok吧", False, "overdose_poisoning", "examined_or_treated"),
    ("上週吃蝦過敏 喉嚨腫起來 急診打了腎上腺素 醫生開了一支EpiPen給我 這要怎麼保存 夏天放車上可以嗎", False, "anaphylaxis", "examined_or_treated"),
    ("手被美工刀割到 去診所縫了五針 今天換藥的時候有一點點滲血 是正常的嗎", False, "severe_bleeding", "examined_or_treated"),
    ("老公前天抽搐被送急診 做完腦波跟MRI 醫生開了抗癲癇藥 吃了一直頭暈暈的 這是副作用嗎", False, "seizure", "examined_or_treated"),
    ("兩個月寶寶發燒 昨天住院做了腰椎穿刺 結果是泌尿道感染 打抗生素之後退燒了 大概要住幾天啊", False, "febrile_infant", "examined_or_treated"),
    ("上週盲腸炎開刀 傷口還有點痛 咳嗽會拉到 這樣正常嗎 什麼時候可以洗澡", False, "severe_abdominal_pain", "examined_or_treated"),
    ("懷孕12週 前天有一點出血去急診 超音波看寶寶心跳正常 醫生開了安胎藥 今天沒有再流血了 可以去上班嗎", False, "pregnancy_bleeding_or_pain", "examined_or_treated"),
    ("我爸昨晚低血糖被救護車載去 打了葡萄糖就醒了 今天血糖都正常 胰島素是不是要減量", False, "diabetic_emergency", "examined_or_treated"),
    ("女兒吃糖果卡住 我用哈姆立克弄出來了 之後帶去急診檢查說沒事 可是她現在說喉嚨有點刺刺的", False, "choking", "examined_or_treated"),
    ("上個月自殺未遂住院兩週 現在出院了 每週回診 還是很難熬 想問怎麼跟公司請長假 要開什麼證明", False, "suicidal_intent", "examined_or_treated"),
    ("前天被熱水燙到小腿 已經在燒燙傷中心處理過了 二度 每天回去換藥 可以碰水嗎", False, "severe_burn", "examined_or_treated"),
    ("室友上週腦膜炎住院 我們都被衛生所叫去吃預防的藥了 吃完之後尿變橘紅色 嚇死 這正常嗎", False, "meningitis_signs", "examined_or_treated"),

    # relative_history
    ("我爸跟我阿公都是五十幾歲心肌梗塞走的 我今年45 要做什麼檢查才安心", False, "heart_attack", "relative_history"),
    ("媽媽那邊家族很多人中風 我血壓也偏高 這樣我中風的機率會比較高嗎", False, "stroke", "relative_history"),
    ("我舅舅幾年前自殺走了 最近表弟也很憂鬱 整天不出門 這種東西會遺傳嗎", False, "suicidal_intent", "relative_history"),
    ("老公小時候有癲癇 現在沒在吃藥了 我們想生小孩 小孩會遺傳到嗎", False, "seizure", "relative_history"),
    ("我姐對花生嚴重過敏 過敏到休克過 我女兒要開始吃副食品了 花生要避開嗎 還是要早點吃", False, "anaphylaxis", "relative_history"),
    ("爸媽都有糖尿病 我爸還因為低血糖昏迷過 我最近體重一直上升 要多久驗一次血糖", False, "diabetic_emergency", "relative_history"),
    ("我表妹小時候得過腦膜炎 留下聽力問題 我兒子打疫苗可以預防嗎 自費的那種要打嗎", False, "meningitis_signs", "relative_history"),
    ("我媽以前主動脈剝離過 醫生說可能跟基因有關 我們兄弟姊妹要去檢查嗎", False, "severe_abdominal_pain", "relative_history"),
    ("我媽生我的時候胎盤早期剝離大出血 差點沒命 現在換我懷孕了 會不會也這樣", False, "pregnancy_bleeding_or_pain", "relative_history"),
    ("外婆以前吃太多止痛藥吃到洗腎 我偏頭痛常吃止痛藥 有點怕", False, "overdose_poisoning", "relative_history"),
    ("家裡好幾個人有氣喘 我哥還發作到插管過 我兒子三歲 常常咳 要檢查嗎", False, "breathing_difficulty", "relative_history"),
    ("我爸有血友病 以前受傷都流血流不停 我是女生 會帶因嗎 要驗什麼", False, "severe_bleeding", "relative_history"),

    # hypothetical_or_general
    ("如果寶寶吃東西噎到 哈姆立克要怎麼做 跟大人一樣嗎 想先學起來", False, "choking", "hypothetical_or_general"),
    ("中風的症狀有哪些 想教家裡的長輩 聽說有個口訣 微笑舉手什麼的", False, "stroke", "hypothetical_or_general"),
    ("心肌梗塞跟胃痛要怎麼分 萬一半夜胸口痛 要先打119還是先去診所", False, "heart_attack", "hypothetical_or_general"),
    ("新手爸爸問 三個月以下的寶寶發燒為什麼一定要去急診 幾度才算發燒 耳溫跟肛溫標準一樣嗎", False, "febrile_infant", "hypothetical_or_general"),
    ("如果在路上看到有人抽搐 要塞東西到他嘴巴嗎 網路上說法都不一樣", False, "seizure", "hypothetical_or_general"),
    ("萬一被熱水燙到 沖冷水要沖多久 可以擦牙膏嗎 我阿嬤都說擦牙膏", False, "severe_burn", "hypothetical_or_general"),
    ("EpiPen要怎麼打 打在大腿哪裡 可以隔著褲子打嗎 學校老師要培訓", False, "anaphylaxis", "hypothetical_or_general"),
    ("想問一下 如果朋友說他想死 要怎麼回應比較好 很怕講錯話讓他更糟", False, "suicidal_intent", "hypothetical_or_general"),
    ("家裡有小孩 藥應該怎麼收 萬一誤食要打哪支電話 毒藥物諮詢中心是24小時的嗎", False, "overdose_poisoning", "hypothetical_or_general"),
    ("小孩撞到頭之後 哪些症狀要特別注意 要觀察多久", False, "head_injury", "hypothetical_or_general"),
    ("懷孕期間如果出血 什麼情況要馬上去醫院 什麼情況可以等門診", False, "pregnancy_bleeding_or_pain", "hypothetical_or_general"),
    ("糖尿病的人低血糖的時候 家人要怎麼處理 給方糖還是果汁比較快", False, "diabetic_emergency", "hypothetical_or_general"),
    ("看到有人割腕流很多血 第一時間要怎麼壓 要綁止血帶嗎 想說當志工前先學", False, "severe_bleeding", "hypothetical_or_general"),

    # negated
    ("胸口有點悶 但不會痛 也沒有喘 沒有冒汗 手也沒有麻 應該只是壓力大吧 最近加班很多", False, "heart_attack", "negated"),
    ("早上起來覺得頭暈 但講話正常 手腳都有力 臉也沒歪 量血壓也還好 是不是睡不好", False, "stroke", "negated"),
    ("我很累 很想辭職 但我沒有想死 也不會傷害自己 只是想找人聊聊 要掛什麼科", False, "suicidal_intent", "negated"),
    ("一直咳嗽 但呼吸不會喘 嘴唇顏色正常 血氧機夾起來98 還需要去看嗎", False, "breathing_difficulty", "negated"),
    ("頭撞到櫃子 沒有昏倒 沒有吐 也沒有頭暈 只是腫一個包 冰敷就好了吧", False, "head_injury", "negated"),
    ("兩個月寶寶摸起來熱熱的 但量了三次肛溫都37.2 沒有發燒 可能是包太多?", False, "febrile_infant", "negated"),
    ("吃了蝦子手臂有幾顆小紅點 有點癢 但嘴唇沒腫 呼吸也正常 吃一顆抗組織胺可以嗎", False, "anaphylaxis", "negated"),
    ("刮鬍刀割到下巴 血流了一下 壓一分鐘就停了 沒事啦 只是想問要不要擦藥", False, "severe_bleeding", "negated"),
    ("剛剛以為沒吃早上的藥 本來想再吃一次 後來發現藥盒那格是空的 所以其實沒有多吃對吧 只是確認一下", False, "overdose_poisoning", "negated"),
    ("睡覺的時候腳會突然抖一下 把自己嚇醒 不是抽搐 也沒有失去意識 這是什麼", False, "seizure", "negated"),
    ("發燒38 頭有點痛 但脖子可以正常轉 沒有起疹子 也沒吐 應該是感冒吧", False, "meningitis_signs", "negated"),
    ("我手上的傷不是自己弄的啦 是貓抓的 我媽一直以為我自殘 要怎麼跟她解釋 傷口要擦什麼", False, "self_harm", "negated"),
    ("懷孕20週 肚子偶爾緊一下 沒有出血 沒有落紅 也沒有規律的痛 這樣是正常的嗎", False, "pregnancy_bleeding_or_pain", "negated"),
    ("跟同事吃火鍋 魚刺好像刮到喉嚨 但沒有卡住 吞口水ok 呼吸講話都正常 只是有點刺刺的", False, "choking", "negated"),

    # figure_of_speech
    ("今天被主管念到心臟病都要發作了 真的是氣到胸口痛 下班只想躺平", False, "heart_attack", "figure_of_speech"),
    ("期末考成這樣 我想死 XD 請問熬夜一直灌咖啡 心悸正常嗎", False, "suicidal_intent", "figure_of_speech"),
    ("這題數學想到頭要爆炸了 頭痛欲裂 有沒有什麼放鬆的方法 考前好焦慮", False, "head_injury", "figure_of_speech"),
    ("昨天加班到凌晨 今天整個人像死掉一樣 累到快往生 喝三杯咖啡還是沒用 要怎麼調整作息", False, "unconscious_unresponsive", "figure_of_speech"),
    ("麻辣鍋辣到嘴巴著火 整個燒起來 結果今天胃一直痛 屁股也痛 哈哈", False, "severe_burn", "figure_of_speech"),
    ("老闆一直丟工作過來 快窒息了 有推薦紓壓的方法嗎 肩頸超緊", False, "breathing_difficulty", "figure_of_speech"),
    ("看到我兒子的成績單 我差點中風 血壓都飆上來了 不過量起來130/85 這樣要吃藥嗎", False, "stroke", "figure_of_speech"),
    ("雙11買到大出血 錢包在淌血 不過說真的 最近刷牙牙齦一直流血要看哪科", False, "severe_bleeding", "figure_of_speech"),
    ("最近追劇追到中毒 一天看八小時 眼睛好乾 要點什麼眼藥水", False, "overdose_poisoning", "figure_of_speech"),
    ("我媽每次煮的飯都多到會噎死人 吃完肚子脹到不行 是不是消化不良", False, "choking", "figure_of_speech"),
    ("看到成績那一刻我整個抽搐 笑死 不過我眼皮是真的一直跳 跳一個禮拜了 缺什麼", False, "seizure", "figure_of_speech"),
    ("今天又手滑買了三杯珍奶 我真的是在自殘 體脂32 要怎麼戒手搖", False, "self_harm", "figure_of_speech"),
    ("我對數學過敏 一看到就休克 嗯 不過我真的對塵蟎過敏 鼻子每天早上狂打噴嚏", False, "anaphylaxis", "figure_of_speech"),
    ("婆婆來住一個月 我血壓高到快爆血管 哈哈哈 說真的 最近量都140幾 要看哪科", False, "stroke", "figure_of_speech"),

    # medicine_question
    ("普拿疼一天最多可以吃幾顆 吃太多會中毒嗎 我牙痛每四小時吃一顆", False, "overdose_poisoning", "medicine_question"),
    ("安眠藥吃多少會過量 我現在一天一顆史蒂諾斯 醫生說可以吃到兩顆 擔心會上癮", False, "overdose_poisoning", "medicine_question"),
    ("小孩退燒藥糖漿 體重12公斤 要餵幾cc 怕餵太多會中毒", False, "overdose_poisoning", "medicine_question"),
    ("吃降血糖藥會不會低血糖昏倒 要隨身帶糖嗎", False, "diabetic_emergency", "medicine_question"),
    ("阿斯匹靈說可以預防心肌梗塞 我50歲 可以自己買來每天吃嗎", False, "heart_attack", "medicine_question"),
    ("抗癲癇藥忘記吃一次 要補吃嗎 會不會突然發作", False, "seizure", "medicine_question"),
    ("盤尼西林過敏的人 吃頭孢類的會不會過敏性休克", False, "anaphylaxis", "medicine_question"),
    ("維他命D一天吃多少會中毒 我吃2000IU 加上綜合維他命", False, "overdose_poisoning", "medicine_question"),
    ("保栓通跟阿斯匹靈一起吃 會不會比較容易腦出血 醫生開的 我有點怕", False, "stroke", "medicine_question"),
    ("聽說吃抗憂鬱劑的前幾週會增加自殺的念頭 是真的嗎 我女兒剛開始吃 我要注意什麼", False, "suicidal_intent", "medicine_question"),
    ("鐵劑小孩吃太多會中毒嗎 家裡有一罐 要放多高才安全", False, "overdose_poisoning", "medicine_question"),
    ("胰島素打完沒吃飯會怎樣 要間隔多久吃 我早上常常來不及", False, "diabetic_emergency", "medicine_question"),
    ("普拿疼跟感冒糖漿一起吃 會不會重複吃到乙醯胺酚 過量傷肝 兩個成分表看不太懂", False, "overdose_poisoning", "medicine_question"),

    # chronic_stable
    ("我有癲癇 吃藥控制得很好 三年沒發作了 想問可以去考機車駕照嗎", False, "seizure", "chronic_stable"),
    ("心臟裝了兩根支架 五年了 平常都很穩定 可以去爬玉山嗎", False, "heart_attack", "chronic_stable"),
    ("COPD好多年 平常走路本來就會喘 一直都這樣 用吸入劑維持 冬天要打什麼疫苗", False, "breathing_difficulty", "chronic_stable"),
    ("糖尿病十年 血糖都控制在120左右 腳常常麻麻的好幾年了 要怎麼保養", False, "diabetic_emergency", "chronic_stable"),
    ("長期憂鬱症 吃藥好幾年 偶爾還是會有活著好累的念頭 但一直都這樣 沒有計畫 也跟醫生講過 想問有沒有支持團體", False, "suicidal_intent", "chronic_stable"),
    ("中風後遺症 左手一直沒什麼力 已經兩年 都有在復健 可以去游泳嗎", False, "stroke", "chronic_stable"),
    ("我有血小板低下 長期追蹤 身上常常有小瘀青 醫生說控制穩定 可以打疫苗嗎", False, "severe_bleeding", "chronic_stable"),
    ("我有邊緣性人格 在做辯證行為治療一年了 已經八個月沒有自傷 想問要怎麼維持下去", False, "self_harm", "chronic_stable"),
    ("克隆氏症 現在打生物製劑很穩定 偶爾肚子悶悶的 可以吃辣嗎", False, "severe_abdominal_pain", "chronic_stable"),
    ("十年前車禍腦傷 到現在記憶力還是比較差 常常忘東忘西 有什麼方法可以改善", False, "head_injury", "chronic_stable"),
    ("我有嚴重花生過敏 一直都隨身帶EpiPen 要出國 搭飛機要怎麼帶", False, "anaphylaxis", "chronic_stable"),
    ("我有低血壓 站起來常常眼前黑一下 好多年了 從來沒真的昏倒過 平常要多喝水嗎", False, "unconscious_unresponsive", "chronic_stable"),

    # mild_symptom
    ("感冒之後一直咳 晚上會咳醒 爬樓梯有一點點喘 但可以正常上班 已經一週", False, "breathing_difficulty", "mild_symptom"),
    ("深呼吸的時候左胸刺一下 按壓那個點也會痛 換個姿勢就好 20歲 常打電動", False, "heart_attack", "mild_symptom"),
    ("小孩頭撞到桌角 哭一下就好了 現在在玩 腫一小塊", False, "head_injury", "mild_symptom"),
    ("寶寶十個月 發燒38.2 精神很好 一直玩 奶也喝很多", False, "febrile_infant", "mild_symptom"),
    ("經血量好像比平常多一點 第二天都要換比較大的衛生棉 其他沒什麼不舒服", False, "severe_bleeding", "mild_symptom"),
    ("吃完麻辣鍋肚子絞痛 拉了兩次 拉完就好多了 現在只是有點悶", False, "severe_abdominal_pain", "mild_symptom"),
    ("懷孕六週 內褲上有一點點咖啡色分泌物 肚子不痛 要馬上去看嗎", False, "pregnancy_bleeding_or_pain", "mild_symptom"),
    ("拿烤盤被燙到手指 紅紅的 有一點點痛 沖了冷水 一個小水泡而已", False, "severe_burn", "mild_symptom"),
    ("喝水嗆到 咳了一陣子 現在還有點想咳 喉嚨卡卡的 講話正常", False, "choking", "mild_symptom"),
    ("最近右邊眼皮一直跳 跳好幾天了 會不會是中風前兆", False, "stroke", "mild_symptom"),
    ("落枕 脖子轉不過去 右邊很痛 早上起來就這樣", False, "meningitis_signs", "mild_symptom"),
    ("吃芒果之後嘴角有點癢 起幾顆小疹子", False, "anaphylaxis", "mild_symptom"),
    ("糖尿病 今天血糖測到250 比平常高一點 昨天吃了蛋糕 人沒什麼不舒服", False, "diabetic_emergency", "mild_symptom"),
    ("蹲太久站起來頭暈一下 眼前有點花 扶著牆幾秒就好了 常常這樣", False, "unconscious_unresponsive", "mild_symptom"),
]
