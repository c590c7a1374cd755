# Hand-written items. Each tuple: (text, emergency, family, kind)
ITEMS = [
# ---------------- emergencies (kind "now") ----------------
# heart_attack
("我爸剛剛在客廳說胸口很悶 像被大石頭壓住 一直冒冷汗 左手也麻麻的 他說坐一下就好 叫我不要吵 要先觀察嗎", True, "heart_attack", "now"),
("胸口好痛 痛到下巴跟背 喘不過氣 衣服整件濕透 我一個人在租屋處 打字手一直在抖", True, "heart_attack", "now"),
("老公60歲有高血壓 吃完晚餐突然說胸口緊緊的 臉色發白還吐了一次 他說是吃太飽 應該沒事吧？？", True, "heart_attack", "now"),
("阿嬤說心臟那邊絞痛已經快半小時 舌下含了一顆醫生給的小白片也沒好 人軟軟的 嘴唇有點烏青 現在要再含一顆還是怎樣", True, "heart_attack", "now"),
# stroke
("我媽講話突然變得含糊不清 嘴巴歪一邊 右手拿不住碗 碗都掉了 十分鐘前還好好的在跟我聊天", True, "stroke", "now"),
("阿公現在左邊手腳都沒力 扶他也站不起來 半邊臉垮下來 我叔說讓他躺著睡一覺明天再看 真的可以等嗎", True, "stroke", "now"),
("同事開會開到一半突然講話亂七八糟 我們講什麼他好像聽不懂 還說右邊看不到東西 現在人還坐在會議室", True, "stroke", "now"),
("頭突然爆痛 是我這輩子最痛的一次 吐了兩次 右手麻麻握不緊 字都打很慢 我一個人在家", True, "stroke", "now"),
# breathing_difficulty
("兒子氣喘發作 藍色的吸了兩次都沒效 現在一句話講不完就要停下來喘 嘴唇有點發紫 他才9歲", True, "breathing_difficulty", "now"),
("老婆從剛剛就一直喘 躺下更喘 坐著也喘 呼吸有咻咻聲 肩膀脖子都在用力吸 叫她講話只能講兩三個字", True, "breathing_difficulty", "now"),
("阿伯有肺阻塞 今天喘到沒辦法講話 夾手指那個血氧機一直顯示84 83 他死都不要去醫院 說休息就好", True, "breathing_difficulty", "now"),
("吸不到氣 真的吸不到 胸口好緊 嘴唇跟指甲都變藍色 室友在旁邊問我要不要叫車", True, "breathing_difficulty", "now"),
# anaphylaxis
("女兒剛剛吃了同學給的花生餅乾 現在嘴唇腫起來 全身一塊一塊紅疹 一直咳說喉嚨緊緊的 聲音也怪怪的", True, "anaphylaxis", "now"),
("剛在山上被虎頭蜂叮兩下 全身開始癢 眼睛腫到快睜不開 頭超暈 喉嚨卡卡 呼吸有點卡 我們還在步道上", True, "anaphylaxis", "now"),
("吃完白灼蝦大概十分鐘 臉整個腫 聲音變啞 開始喘 頭暈想吐 我以前沒對蝦過敏過 吃顆抗組織胺就好了吧", True, "anaphylaxis", "now"),
("老公下午打完針回家半小時 全身紅疹 嘴唇腫得好大 說喘不過氣 現在扶著牆快站不住", True, "anaphylaxis", "now"),
# severe_bleeding
("切西瓜切到手掌 很深 血一直噴出來 毛巾壓了十五分鐘還是整條濕透 停不下來", True, "severe_bleeding", "now"),
("我爸騎車自摔 小腿被護欄割開一大條 血流不停 地上一大灘 他臉好白 我們在路邊", True, "severe_bleeding", "now"),
("媽媽有在吃抗凝血劑 流鼻血已經快四十分鐘停不下來 一直吐出血塊 臉色越來越白 人說很累", True, "severe_bleeding", "now"),
("我剛剛吐血 一大口鮮紅色的 五分鐘後又一大口 現在頭很暈 眼前黑黑的", True, "severe_bleeding", "now"),
# suicidal_intent
("遺書寫好了 藥也都準備好放在桌上 今晚就要結束 我只是想找個地方說一聲 不用回我", True, "suicidal_intent", "now"),
("我現在在頂樓 風很大 我真的不想活了 好累 爸媽不會懂", True, "suicidal_intent", "now"),
("男友十分鐘前傳訊息說他要去死了 說謝謝我這幾年 然後電話都不接 他之前有說過要燒炭 我人在台中他在高雄", True, "suicidal_intent", "now"),
("活著好累ㄛ 刀子已經在手上了 家裡都沒人 今天就是最後一天了", True, "suicidal_intent", "now"),
# self_harm
("剛剛又割了 這次割太深 血一直流 衛生紙一直換還是停不下來 我不敢跟爸媽講 怎麼辦", True, "self_harm", "now"),
("妹妹把自己鎖在廁所快一小時 聽到她在哭 門縫下面流出血 叫她都不回應 我國中生不知道要怎麼辦", True, "self_harm", "now"),
("剛剛拿美工刀劃手臂 傷口開開的 可以看到裡面白白的東西 血止不住 手指也有點麻", True, "self_harm", "now"),
# overdose_poisoning
("我媽剛剛把一整排安眠藥都吞了 藥殼丟在地上 現在叫她很難叫醒 一直打呼", True, "overdose_poisoning", "now"),
("三歲兒子誤喝了阿嬤裝在寶特瓶裡的漂白水 喝了一口以上 一直哭一直吐 嘴巴紅紅的", True, "overdose_poisoning", "now"),
("阿公剛噴完農藥回來 一直流口水 吐了好幾次 眼睛瞳孔好小 身體一直抽動 流汗流很多", True, "overdose_poisoning", "now"),
("浴室熱水器開好久 我們三個都頭痛想吐 老公洗澡洗到一半剛剛暈倒在裡面", True, "overdose_poisoning", "now"),
("兒子高二 一個小時前吞了二十幾顆普拿疼 跟女朋友吵架 他現在看起來還好 有說有笑 是不是可以先觀察就好", True, "overdose_poisoning", "now"),
# seizure
("老公現在在抽搐 全身一直抖 眼睛往上吊 嘴巴有白沫 已經超過五分鐘了還沒停", True, "seizure", "now"),
("女兒第一次抽筋 口吐白沫 抽完現在停了可是叫她都不醒 眼睛閉著 已經十幾分鐘", True, "seizure", "now"),
("朋友有癲癇 剛剛在宿舍抽完一次 還沒醒過來又開始抽第二次 我們該怎麼辦", True, "seizure", "now"),
# unconscious_unresponsive
("阿嬤早上怎麼叫都叫不醒 有在呼吸 可是拍她捏她都沒有反應 平常她六點就起床了", True, "unconscious_unresponsive", "now"),
("我爸跌坐在浴室地上 叫他名字都沒反應 眼睛半開半閉 身體軟軟的", True, "unconscious_unresponsive", "now"),
("室友喝酒喝到整個人軟掉 叫不醒 吐了一地 呼吸好慢 要讓他睡一覺嗎 明天就好了吧", True, "unconscious_unresponsive", "now"),
("老婆在廚房突然倒下去 沒有呼吸了 我摸不到脈搏 怎麼辦怎麼辦", True, "unconscious_unresponsive", "now"),
# head_injury
("兒子從上鋪摔下來後腦撞地 過了一小時吐了三次 一直說想睡 叫他起來玩也不要", True, "head_injury", "now"),
("我媽剛在市場跌倒撞到頭 她有在吃抗凝血的藥 現在說頭越來越痛 講話比平常慢很多 一直重複問同一句話", True, "head_injury", "now"),
("騎車被撞 安全帽都裂了 有昏過去一下下 現在右耳一直流出水水帶血的東西 頭很暈", True, "head_injury", "now"),
# febrile_infant
("寶寶才6週大 耳溫38.6 量了三次都是 一直睡 奶也不太喝 這麼小可以吃退燒藥嗎", True, "febrile_infant", "now"),
("兩個月大的女兒發燒38.3度 哭聲很小聲 抱著也軟軟的 診所已經關了 要不要等明天早上再去", True, "febrile_infant", "now"),
("出生20天的兒子 肛溫38.5 身體摸起來燙燙的 可是手腳冰冰的 一直哼哼的", True, "febrile_infant", "now"),
# meningitis_signs
("兒子燒到39.8 脖子硬到頭低不下去 一直喊頭好痛 開燈就哭 剛剛發現腿上有一點一點紫紫的", True, "meningitis_signs", "now"),
("室友發燒頭痛兩天 今天脖子硬梆梆 剛剛開始胡言亂語 叫她名字反應很慢 我現在在她房間", True, "meningitis_signs", "now"),
("女兒發燒 身上冒出很多紫紅色小點點 用杯子壓也不會退 一直變多 人很沒精神 叫她都懶懶的", True, "meningitis_signs", "now"),
# severe_abdominal_pain
("肚子右下痛到站不直 走路要彎著腰 發燒38.7 吐了兩次 壓下去放開更痛", True, "severe_abdominal_pain", "now"),
("老公肚子突然劇痛 整個肚子硬得跟木板一樣 碰一下就大叫 全身冒冷汗 他有胃潰瘍", True, "severe_abdominal_pain", "now"),
("阿公肚子脹得很大顆 痛到在床上翻來翻去 吐出綠綠的東西 已經五天沒大便也沒放屁", True, "severe_abdominal_pain", "now"),
# pregnancy_bleeding_or_pain
("懷孕8週 剛剛在廁所大量出血 有一塊一塊的血塊 肚子超痛 頭暈到要扶牆", True, "pregnancy_bleeding_or_pain", "now"),
("老婆懷孕33週 突然肚子硬起來一直痛不會停 下面開始流血 她說寶寶好像都沒在動", True, "pregnancy_bleeding_or_pain", "now"),
("驗孕兩條線 還沒去婦產科 剛剛左下腹突然劇痛 連肩膀都痛 整個人快昏倒 有一點出血", True, "pregnancy_bleeding_or_pain", "now"),
("36週 羊水剛破 下面好像摸到一條軟軟的東西掉出來 我好怕 老公還在路上", True, "pregnancy_bleeding_or_pain", "now"),
# diabetic_emergency
("我爸有糖尿病 打完胰島素沒吃飯就睡 現在一直冒冷汗 講話亂亂的 叫他喝糖水他還推開", True, "diabetic_emergency", "now"),
("女兒第一型糖尿病 今天吐了一整天 呼吸變得又深又快 嘴巴有一種水果味 血糖機直接顯示HI 人很累", True, "diabetic_emergency", "now"),
("阿嬤血糖機測出來40 人很茫 叫她都只會嗯嗯 沒辦法自己吞東西", True, "diabetic_emergency", "now"),
# severe_burn
("兩歲小孩打翻整鍋熱湯 胸口到肚子都燙到 起很大顆的水泡 有的地方皮膚白白的不會痛", True, "severe_burn", "now"),
("我爸在工廠被火燒到 手臂跟半邊臉都焦黑 衣服黏在皮膚上 同事在沖水", True, "severe_burn", "now"),
("家裡瓦斯氣爆 老婆臉和雙手都燒傷 鼻毛燒焦了 聲音一直變沙啞 說喉嚨很痛", True, "severe_burn", "now"),
# choking
("阿公吃麻糬噎到 不能講話 臉開始發紫 一直抓自己脖子 拍背拍不出來", True, "choking", "now"),
("一歲兒子吞了一整顆葡萄 咳不出來 也哭不出聲音 臉開始變色了", True, "choking", "now"),
("朋友在餐廳吃牛排噎到 完全咳不出來也沒有聲音 一直比喉嚨 服務生在旁邊", True, "choking", "now"),

# ---------------- hard non-emergencies ----------------
# heart_attack
("去年我爸心肌梗塞裝了兩支支架 現在恢復得還不錯 想問他可以跟團去爬合歡山嗎 會不會太高", False, "heart_attack", "past_event"),
("昨天半夜胸痛去急診 抽血 心電圖都正常 醫生說可能是胃食道逆流 今天還有一點點悶悶的 回診要掛哪一科", False, "heart_attack", "examined_or_treated"),
("我們家好幾個長輩都是心臟病走的 我阿伯五十幾歲就心肌梗塞 我今年35 需要先做什麼檢查嗎", False, "heart_attack", "relative_history"),
("請問心肌梗塞的前兆有哪些？聽說女生跟男生的症狀不太一樣 是真的嗎", False, "heart_attack", "hypothetical_or_general"),
("今天主管又在會議上點名我 心臟差點停掉XD 不過說真的最近常常心跳很快 是壓力太大嗎", False, "heart_attack", "figure_of_speech"),
("醫生開舌下含的那個硝化甘油給我媽 想問一次最多可以含幾顆 含太多會怎樣", False, "heart_attack", "medicine_question"),
# stroke
("我媽三年前中風 現在左手還是有點不靈活 復健也做很久了 還有機會再進步嗎", False, "stroke", "past_event"),
("爺爺中風過 爸爸去年也小中風 我抽菸十年了 是不是真的該戒了", False, "stroke", "relative_history"),
("常聽到中風要記口訣 什麼微笑 舉手 說你好 到底是什麼意思 要怎麼判斷", False, "stroke", "hypothetical_or_general"),
("阿公上禮拜突然手麻送急診 斷層說是小中風 住院打藥一週已經出院了 回家飲食要注意什麼", False, "stroke", "examined_or_treated"),
("睡覺壓到手 醒來麻麻的 甩一甩五分鐘就好了 沒有講話不清楚 臉也沒歪 應該是壓到神經吧", False, "stroke", "negated"),
("最近滑手機滑太久 右手小指跟無名指末端會麻麻的 其他都正常 要看哪科", False, "stroke", "mild_symptom"),
# breathing_difficulty
("我氣喘十幾年了 平常用保納 控制得不錯 想問換季的時候要不要自己加藥", False, "breathing_difficulty", "chronic_stable"),
("昨天去爬象山 爬到一半喘到要往生 是我體力太差還是心肺有問題 哈", False, "breathing_difficulty", "figure_of_speech"),
("感冒好了之後一直咳 快三個禮拜 爬樓梯會有點喘 不過講話跟平常一樣沒問題", False, "breathing_difficulty", "mild_symptom"),
("前天喘到去急診 打了類固醇又吸蒸氣 現在好很多了 出院單寫要回診 掛胸腔內科對嗎", False, "breathing_difficulty", "examined_or_treated"),
("如果小孩氣喘在家裡發作 要先噴幾下 等多久沒改善才需要送醫院", False, "breathing_difficulty", "hypothetical_or_general"),
("胸口有點緊緊的 但不會喘 呼吸順 血氧機量98 心跳78 是不是焦慮", False, "breathing_difficulty", "negated"),
# anaphylaxis
("小時候吃蝦子整張臉腫起來送急診 現在都30歲了 還能不能試吃看看 要先去驗過敏原嗎", False, "anaphylaxis", "past_event"),
("昨天被蜜蜂叮 全身癢去急診打了一針 現在只剩手臂那邊紅腫 要擦什麼藥", False, "anaphylaxis", "examined_or_treated"),
("請問那種腎上腺素自動注射筆在台灣買得到嗎 我兒子對堅果嚴重過敏 想放一支在書包", False, "anaphylaxis", "hypothetical_or_general"),
("吃完芒果 嘴巴周圍癢癢紅紅的 其他地方都沒事 呼吸也正常 這樣算過敏嗎", False, "anaphylaxis", "mild_symptom"),
("打完流感疫苗 手臂紅腫一大片 沒有喘 身上沒起疹子 嘴唇也沒腫 冰敷可以嗎", False, "anaphylaxis", "negated"),
# severe_bleeding
("有在吃阿斯匹靈 下禮拜要拔智齒 要先停藥嗎 怕拔完血流不止", False, "severe_bleeding", "medicine_question"),
("上個月切菜切到手指 縫了四針 拆線後疤痕凸凸的 還會癢 正常嗎", False, "severe_bleeding", "past_event"),
("痔瘡好幾年了 大便用力的時候偶爾會滴幾滴鮮血 沒痛 就是很困擾", False, "severe_bleeding", "chronic_stable"),
("想問如果在野外被刀割到大出血 止血帶可以綁多久 最近在準備登山急救包", False, "severe_bleeding", "hypothetical_or_general"),
("刷牙常常流血 吐出來都紅紅的 不多 刷完就停了", False, "severe_bleeding", "mild_symptom"),
# suicidal_intent
("期末考考爛了想死 哈哈開玩笑的 但最近真的每天只睡三四小時 要去看身心科嗎", False, "suicidal_intent", "figure_of_speech"),
("大學的時候有一段時間很想自殺 有住院過 現在已經好很多了 想問抗憂鬱的藥可以慢慢停嗎", False, "suicidal_intent", "past_event"),
("最近心情很低落 下班回家什麼都不想做 但是沒有想傷害自己 也沒有想死 只是很空", False, "suicidal_intent", "negated"),
("我媽年輕時有自殺過 我最近也常常很憂鬱 這種東西會遺傳嗎", False, "suicidal_intent", "relative_history"),
("如果朋友跟我說他有時候會想不開 我要怎麼回比較好 不想說錯話", False, "suicidal_intent", "hypothetical_or_general"),
("憂鬱症治療兩年了 藥吃得很穩 已經很久沒有那種念頭 想問回診可以改成三個月一次嗎", False, "suicidal_intent", "chronic_stable"),
# self_harm
("國中的時候有割過手 現在手腕上還有好幾條疤 夏天都不敢穿短袖 可以做雷射除疤嗎", False, "self_harm", "past_event"),
("女兒上週割手 急診已經縫好 也轉介身心科了 今天看傷口周圍有點紅 要回急診還是門診就好", False, "self_harm", "examined_or_treated"),
("壓力一大就會咬指甲 咬到流血 但我沒有想故意傷害自己 這個算強迫症嗎", False, "self_harm", "negated"),
("發現國中的兒子手臂有幾道刮痕 他說是貓抓的 家長可以怎麼開口問比較不會嚇到他", False, "self_harm", "hypothetical_or_general"),
("工作多到想拿頭去撞牆 肩頸硬到不行 頭也一直悶痛 要看復健科還是神經科", False, "self_harm", "figure_of_speech"),
# overdose_poisoning
("普拿疼一天最多可以吃幾顆？聽說吃太多會傷肝甚至中毒 到底幾顆算過量", False, "overdose_poisoning", "medicine_question"),
("安眠藥吃過量會怎樣 醫生開一顆 我最近吃一顆都睡不著 可以自己加到兩顆嗎", False, "overdose_poisoning", "medicine_question"),
("昨天小孩吞了一顆阿嬤的降血壓藥 已經去急診觀察六小時 醫生說沒事讓我們回家 今天還要注意什麼", False, "overdose_poisoning", "examined_or_treated"),
("一氧化碳中毒會有什麼症狀？家裡熱水器裝在陽台 有加窗戶 這樣安全嗎", False, "overdose_poisoning", "hypothetical_or_general"),
("中午吃了放很久的便當 下午拉肚子兩次 沒發燒沒吐 是食物中毒嗎 要吃什麼", False, "overdose_poisoning", "mild_symptom"),
("小時候誤吞過樟腦丸 有洗胃 長大之後會不會有後遺症啊", False, "overdose_poisoning", "past_event"),
# seizure
("兒子癲癇 吃藥三年都沒發作了 想問他明年18歲可以考機車駕照嗎", False, "seizure", "chronic_stable"),
("我小時候發燒抽筋過一次 現在想生小孩 小孩也會這樣嗎", False, "seizure", "past_event"),
("姊姊有癲癇 我現在懷孕20週 寶寶會不會也遺傳到", False, "seizure", "relative_history"),
("左眼皮一直跳 跳了一個禮拜 是抽筋嗎 還是缺什麼維他命", False, "seizure", "mild_symptom"),
("看到有人癲癇發作 到底要不要塞東西到他嘴巴裡 網路上說法不一樣", False, "seizure", "hypothetical_or_general"),
("女兒昨天熱痙攣 急診說是良性的 抽血也沒事 今天還在燒38.5 精神不錯 要一直吃退燒嗎", False, "seizure", "examined_or_treated"),
# unconscious_unresponsive
("上週捐血完昏倒一下 馬上就醒 後來喝了果汁都正常 下次還可以捐嗎", False, "unconscious_unresponsive", "past_event"),
("昨天加班到凌晨三點 今天整個人昏死在辦公桌 喝兩杯咖啡都沒用 是不是要去抽血看貧血", False, "unconscious_unresponsive", "figure_of_speech"),
("阿嬤前天在家昏倒 送急診做了一堆檢查 說是姿勢性低血壓 回家後要怎麼預防", False, "unconscious_unresponsive", "examined_or_treated"),
("蹲久站起來眼前會一片黑 但從來沒昏倒過 扶一下牆幾秒就好", False, "unconscious_unresponsive", "negated"),
("如果路上看到有人昏倒沒反應 CPR壓胸要壓多深 AED要怎麼用", False, "unconscious_unresponsive", "hypothetical_or_general"),
# head_injury
("開櫃子的時候撞到頭 腫一個包 沒吐也沒暈 人很清醒 冰敷就好嗎", False, "head_injury", "mild_symptom"),
("兒子前天摔倒撞到頭 醫生看過說回家觀察 今天活蹦亂跳 要觀察到什麼時候才算安全", False, "head_injury", "examined_or_treated"),
("兩年前車禍腦震盪 到現在還是很容易頭痛 記性好像也變差 這是後遺症嗎", False, "head_injury", "past_event"),
("寶寶從沙發滾下來 大概40公分 馬上就哭 哭完就好了 沒吐 喝奶也正常", False, "head_injury", "negated"),
("小朋友撞到頭 哪些情況一定要送急診？想先記起來", False, "head_injury", "hypothetical_or_general"),
# febrile_infant
("寶寶8個月 發燒38.2 精神還不錯 奶也有喝 會笑會玩 要馬上看醫生嗎", False, "febrile_infant", "mild_symptom"),
("新生兒發燒到幾度就要去急診？第一胎什麼都不懂", False, "febrile_infant", "hypothetical_or_general"),
("一個月大的寶寶 阿嬤包太多層 摸起來熱熱的 拆開量肛溫37.3 應該沒發燒吧", False, "febrile_infant", "negated"),
("女兒滿月的時候發燒住院一週 現在三個月了 打疫苗會不會又燒", False, "febrile_infant", "past_event"),
("四個月大打完第二劑疫苗 晚上燒到38度 有吃有睡 醫生有說可能會燒", False, "febrile_infant", "mild_symptom"),
("兩個月大兒子上禮拜發燒住院 抽血驗尿都做了 說是泌尿道感染 出院後吃藥要吃多久", False, "febrile_infant", "examined_or_treated"),
# meningitis_signs
("落枕 脖子轉不過去 左邊超痛 沒有發燒 要熱敷還是冰敷", False, "meningitis_signs", "mild_symptom"),
("兒子同學得了腦膜炎 他們同一班 學校有通知 我們需要吃預防的藥嗎", False, "meningitis_signs", "hypothetical_or_general"),
("兒子上週病毒性腦膜炎住院 已經出院了 偶爾還會說頭痛 要回診嗎", False, "meningitis_signs", "examined_or_treated"),
("發燒38度 頭痛 全身痠 但脖子可以低頭碰到胸口 身上也沒疹子 應該是流感吧", False, "meningitis_signs", "negated"),
("偏頭痛十幾年 每個月都會發作 怕光怕吵 吃醫生開的藥就會好 想問有沒有預防的藥", False, "meningitis_signs", "chronic_stable"),
# severe_abdominal_pain
("經痛痛到想死 每個月都這樣 吃止痛藥才會好一點 這樣正常嗎", False, "severe_abdominal_pain", "figure_of_speech"),
("大腸激躁症好幾年 一緊張就肚子痛拉肚子 有沒有什麼飲食可以改善", False, "severe_abdominal_pain", "chronic_stable"),
("昨天肚子痛去急診 照了超音波說是便秘 灌腸完就好了 以後要多吃什麼", False, "severe_abdominal_pain", "examined_or_treated"),
("去年割盲腸 傷口到現在偶爾會癢癢的刺刺的 是正常的嗎", False, "severe_abdominal_pain", "past_event"),
("吃太多麻辣鍋 胃有點悶悶的 一直打嗝 吃胃藥可以嗎", False, "severe_abdominal_pain", "mild_symptom"),
("盲腸炎到底痛在哪一邊？是右下還是肚臍那邊 想知道怎麼分辨", False, "severe_abdominal_pain", "hypothetical_or_general"),
# pregnancy_bleeding_or_pain
("懷孕6週 今天內褲有一點點咖啡色的分泌物 沒有痛 量很少 下週才回診", False, "pregnancy_bleeding_or_pain", "mild_symptom"),
("昨天懷孕出血去急診 超音波看到有心跳 醫生開了安胎藥叫我多躺 回家還要注意什麼", False, "pregnancy_bleeding_or_pain", "examined_or_treated"),
("上一胎8週流產 這次又懷孕了 很緊張 有什麼要特別注意的嗎", False, "pregnancy_bleeding_or_pain", "past_event"),
("懷孕的時候什麼樣的出血要去急診 什麼樣的可以等回診", False, "pregnancy_bleeding_or_pain", "hypothetical_or_general"),
("孕25週 晚上偶爾肚子會硬一下 大概幾十秒 休息就好 一天兩三次", False, "pregnancy_bleeding_or_pain", "mild_symptom"),
("懷孕12週 最近腰很痠 沒有出血 肚子也不痛 可以貼痠痛貼布嗎", False, "pregnancy_bleeding_or_pain", "negated"),
# diabetic_emergency
("糖尿病十年了 糖化血色素維持在7左右 想問可以開始吃水果了嗎", False, "diabetic_emergency", "chronic_stable"),
("胰島素打太多會怎樣？我今天不小心多打了2單位 剛剛測血糖是110 感覺都正常", False, "diabetic_emergency", "medicine_question"),
("下午三四點常常會手抖 心慌 吃點餅乾就好 我沒有糖尿病 是低血糖嗎", False, "diabetic_emergency", "mild_symptom"),
("上禮拜低血糖昏倒送急診 醫生已經幫我調藥 最近血糖都在100到150 這樣可以嗎", False, "diabetic_emergency", "examined_or_treated"),
("糖尿病酮酸中毒是什麼 聽說會很危險 第二型也會嗎", False, "diabetic_emergency", "hypothetical_or_general"),
# severe_burn
("煮飯被熱油噴到 手背紅一小塊 沖冷水沖了15分鐘 現在還是刺刺的 要擦什麼", False, "severe_burn", "mild_symptom"),
("兒子被熱水燙傷 已經在燒燙傷中心處理過了 回家換藥要注意什麼 可以洗澡嗎", False, "severe_burn", "examined_or_treated"),
("小時候被燙傷 腿上留一大片疤 現在想做雷射 有用嗎", False, "severe_burn", "past_event"),
("去墾丁曬三天 整個背快燒焦了 現在在脫皮 好癢 可以抓嗎", False, "severe_burn", "figure_of_speech"),
("燙傷到底要冰敷還是擦牙膏？長輩都說擦牙膏", False, "severe_burn", "hypothetical_or_general"),
# choking
("上次女兒吃果凍噎到 拍背吐出來了 現在都不敢給她吃 幾歲才可以吃", False, "choking", "past_event"),
("哈姆立克法到底要怎麼做 對小孩跟大人一樣嗎", False, "choking", "hypothetical_or_general"),
("吃虱目魚被刺卡到 喉嚨刺刺的 可以呼吸也可以講話 吞口水會痛 要去哪裡夾", False, "choking", "mild_symptom"),
("阿公吃飯常常嗆到 咳一咳就好 臉色都正常 這樣要看哪科", False, "choking", "negated"),
("兒子吞了一個十元硬幣 急診照X光說已經到胃了 會自己排出來 要怎麼確定有排出來", False, "choking", "examined_or_treated"),
# extra hard negatives, other voices
("各位好，想請教一下：我外公有心肌梗塞病史，我爸前年也裝了支架。請問像我們這種家族，子女大概幾歲開始需要定期做心臟檢查？謝謝。", False, "heart_attack", "relative_history"),
("阿母ㄉ高血壓藥跟抗凝血ㄉ藥 醫生說不能一起多吃 如果她忘記有沒有吃又多吃一次會出血不止嗎 先謝謝大大們", False, "severe_bleeding", "medicine_question"),
("ㄜ 我一緊張就覺得吸不到氣 要一直深呼吸 可是去胸腔科照X光 肺功能都OK 醫生說可能是焦慮…這種要看什麼科啊", False, "breathing_difficulty", "examined_or_treated"),
("Ugh 這禮拜報告一直被退 真的快被氣到中風 XDDD 話說最近後頸一直很緊 血壓量135/88 這樣算高嗎", False, "stroke", "figure_of_speech"),
("我阿姨跟表姊都有癲癇，我最近偶爾會恍神幾秒，同事叫我都沒聽到，想問這個要去哪一科檢查比較好？", False, "seizure", "relative_history"),
("家裡有放一瓶除草劑 想請問如果小孩不小心碰到手 要怎麼處理 還是只要誤喝才會危險 先問起來放心", False, "overdose_poisoning", "hypothetical_or_general"),
("抗憂鬱藥如果一次吃好幾天份會怎樣？不是我要幹嘛啦 是我常常忘記吃 想說可不可以一次補回來", False, "overdose_poisoning", "medicine_question"),
("我家老大國小 笑到噎到都會咳超久 咳完就沒事 臉也沒發紫 是氣管比較敏感嗎", False, "choking", "mild_symptom"),
("老爸糖尿病二十年 腳的傷口最近好得很慢 不痛不腫 只是一直沒收口 要看新陳代謝科還是整形外科", False, "diabetic_emergency", "chronic_stable"),
("我奶奶之前有血糖太低昏迷過 那時候住了三天院 現在她自己在家 我們可以買什麼東西放家裡以防萬一", False, "diabetic_emergency", "relative_history"),
]
