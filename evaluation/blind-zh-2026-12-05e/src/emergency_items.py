# Hand-written emergency items: (text, emergency, family, kind)

ITEMS = [
    # ---------- now-emergencies ----------
    # heart_attack
    ("我爸現在胸口很痛 說像大石頭壓著 一直冒冷汗 痛到左手臂 已經快二十分鐘了 要先給他吃什麼嗎", True, "heart_attack", "now"),
    ("老公剛剛吃完飯說胸悶 臉色好白 汗一直流 還想吐 他說休息一下就好 應該沒事吧", True, "heart_attack", "now"),
    ("本人52歲男，現在胸口緊緊的，下巴跟左肩也痠，有點喘不過來。我在公司，可以撐到下班再去看嗎？", True, "heart_attack", "now"),
    ("媽媽有糖尿病 剛才突然說好喘好累 胸口怪怪的 整個人冒汗 坐著也不舒服 要再觀察看看嗎", True, "heart_attack", "now"),
    # stroke
    ("阿嬤剛剛講話突然變得不清楚 嘴巴歪一邊 右手拿不住碗 碗都掉地上了", True, "stroke", "now"),
    ("我老公十分鐘前看電視看一看 突然左邊手腳沒力 站不起來 他說是坐太久麻掉 叫我不要大驚小怪", True, "stroke", "now"),
    ("我現在右邊臉麻麻的 講話舌頭好像打結 看東西右邊一半看不到 這是什麼情況 打字也打很慢", True, "stroke", "now"),
    ("爸爸剛剛突然說頭超痛 說這輩子最痛的一次 然後一直吐 現在叫他反應很慢", True, "stroke", "now"),
    # breathing_difficulty
    ("小孩氣喘發作 吸了藥都沒用 嘴唇有點紫 講話講不完一句話", True, "breathing_difficulty", "now"),
    ("我阿公現在喘到躺不下去 一直坐著張嘴呼吸 指甲有點黑黑的 血氧機量到85", True, "breathing_difficulty", "now"),
    ("現在呼吸好困難 吸不到氣 胸口好緊 噴劑已經噴三次了 手在抖 打字好難", True, "breathing_difficulty", "now"),
    ("寶寶一歲 呼吸很快 肋骨下面一直凹進去 鼻孔一張一張的 還在發燒 這樣是不是要等明天看醫生", True, "breathing_difficulty", "now"),
    # anaphylaxis
    ("剛吃完蝦子 全身起疹子 嘴唇腫起來 喉嚨好像變很緊 聲音都變了", True, "anaphylaxis", "now"),
    ("爬山被蜜蜂叮 現在臉整個腫起來 頭暈想吐 呼吸有點喘 我們還在步道上", True, "anaphylaxis", "now"),
    ("女兒吃了含花生的餅乾 五分鐘後開始一直咳 眼皮腫起來 一直抓脖子說吞不下去", True, "anaphylaxis", "now"),
    ("我剛打完針回家 半小時後開始全身癢 頭超暈 站起來眼前發黑 心跳好快 躺一下會好嗎", True, "anaphylaxis", "now"),
    # severe_bleeding
    ("切菜切到手 血一直噴出來 壓了十幾分鐘還是止不住 毛巾都濕透了", True, "severe_bleeding", "now"),
    ("我爸有在吃抗凝血的藥 剛剛在浴室跌倒 頭撞破 血一直流不停 地上一大灘", True, "severe_bleeding", "now"),
    ("他剛剛開始吐血 一大口一大口鮮紅色的 現在臉色很白 手很冰", True, "severe_bleeding", "now"),
    # suicidal_intent
    ("遺書已經寫好了 藥也準備好了 今天晚上就結束 只是想找個地方說一聲", True, "suicidal_intent", "now"),
    ("我朋友剛剛傳訊息說她站在頂樓 跟我說再見 現在打給她都不接 怎麼辦", True, "suicidal_intent", "now"),
    ("真的撐不下去了 我現在人在橋上 一直看著下面的水 很想跳下去", True, "suicidal_intent", "now"),
    ("我哥剛剛說他要去死 把自己鎖在房間裡 門縫飄出燒木炭的味道", True, "suicidal_intent", "now"),
    # self_harm
    ("我剛剛又割了 這次割很深 血一直流停不下來 不敢跟家人講", True, "self_harm", "now"),
    ("室友在浴室用刀片劃手 地上都是血 她叫我不要管她 我現在站在門外", True, "self_harm", "now"),
    ("女兒剛剛用美工刀割手腕 傷口很深 看得到裡面白白的 她現在一直哭 我先用毛巾壓著", True, "self_harm", "now"),
    # overdose_poisoning
    ("我媽剛剛把一整排安眠藥都吃了 現在叫不太醒 只會嗯嗯兩聲", True, "overdose_poisoning", "now"),
    ("兩歲小孩剛剛打開櫃子喝了漂白水 嘴巴紅紅的 一直哭一直吐", True, "overdose_poisoning", "now"),
    ("我一口氣吞了二十顆普拿疼 現在有點後悔 但是沒什麼感覺 應該沒事吧", True, "overdose_poisoning", "now"),
    ("阿公把農藥當成酒喝了一口 現在一直流口水 全身冒汗 眼睛瞳孔變很小", True, "overdose_poisoning", "now"),
    # seizure
    ("我老公現在全身抽搐 眼睛往上吊 口吐白沫 已經五分鐘了還沒停", True, "seizure", "now"),
    ("兒子剛剛抽筋完 現在又開始抽了 中間都沒有醒過來", True, "seizure", "now"),
    ("同事突然倒地全身抖 咬到舌頭流血 現在不抖了但是叫不醒 呼吸聲很大", True, "seizure", "now"),
    ("女友剛剛突然全身僵硬然後一直抖 大概兩分鐘 現在醒了但不知道自己在哪 她以前從來沒這樣過 要帶她去看門診嗎", True, "seizure", "now"),
    # unconscious_unresponsive
    ("我爸倒在廁所 叫他都沒反應 有在呼吸 但是怎麼拍都不醒", True, "unconscious_unresponsive", "now"),
    ("奶奶午睡到現在都叫不醒 嘴唇有點紫 摸起來手冰冰的", True, "unconscious_unresponsive", "now"),
    ("朋友喝超多 現在躺在地上叫不醒 吐了一地 我們想說讓他睡一下", True, "unconscious_unresponsive", "now"),
    ("路邊有一個阿伯倒在機車旁邊 完全沒反應 我看不出來他有沒有在呼吸", True, "unconscious_unresponsive", "now"),
    # head_injury
    ("兒子從上舖摔下來 頭撞到地板 已經吐兩次了 一直說想睡覺", True, "head_injury", "now"),
    ("剛剛騎車自摔 安全帽都裂了 頭很痛 剛才好像有昏過去一下 現在想吐 朋友說回家睡一覺就好", True, "head_injury", "now"),
    ("阿嬤跌倒撞到後腦勺 現在講話怪怪的 一邊的瞳孔好像比較大", True, "head_injury", "now"),
    # febrile_infant
    ("寶寶出生45天 剛剛量耳溫38.3 很愛睡 奶也喝比較少 可以等明天早上看門診嗎", True, "febrile_infant", "now"),
    ("兩個月大的兒子發燒38.5 一直哭 怎麼哄都哄不停 臉紅通通的", True, "febrile_infant", "now"),
    ("新生兒三週大 肛溫38.1 其他看起來都還好 觀察就好吧？", True, "febrile_infant", "now"),
    # meningitis_signs
    ("女兒發高燒 脖子硬硬的 頭往前彎就痛到哭 身上出現紫紅色的小點點 壓下去不會退", True, "meningitis_signs", "now"),
    ("我發燒39度 頭痛到爆炸 脖子很僵 不能低頭 很怕光 剛剛又吐了", True, "meningitis_signs", "now"),
    ("室友發燒一天 現在講話顛三倒四 一直喊頭痛 脖子完全轉不動", True, "meningitis_signs", "now"),
    # severe_abdominal_pain
    ("肚子右下面痛到直不起腰 一碰就痛 發燒38.5 走路都要彎著", True, "severe_abdominal_pain", "now"),
    ("我爸肚子突然像刀割一樣痛 肚子摸起來硬得像木板 冒冷汗 臉發白", True, "severe_abdominal_pain", "now"),
    ("肚子整個脹起來 痛到在床上打滾 一直吐 吐出來綠綠的 兩天沒放屁也沒大便", True, "severe_abdominal_pain", "now"),
    # pregnancy_bleeding_or_pain
    ("懷孕8週 現在肚子一邊好痛 下面在流血 頭很暈 連肩膀都在痛", True, "pregnancy_bleeding_or_pain", "now"),
    ("老婆懷孕32週 剛剛突然大量出血 床單都是血 肚子硬硬的很痛", True, "pregnancy_bleeding_or_pain", "now"),
    ("懷孕30週 頭一直痛 眼睛看出去一閃一閃的 胃那邊也痛 剛剛量血壓170/110", True, "pregnancy_bleeding_or_pain", "now"),
    # diabetic_emergency
    ("我爸有在打胰島素 現在一直冒冷汗 手在抖 講話亂七八糟 叫他吃糖他也不吃", True, "diabetic_emergency", "now"),
    ("女兒是第一型糖尿病 這兩天一直吐 現在呼吸很深很快 嘴巴有一種水果味 血糖機測出來顯示HI", True, "diabetic_emergency", "now"),
    ("阿嬤吃完降血糖藥沒吃飯 現在叫不太醒 剛剛測血糖42", True, "diabetic_emergency", "now"),
    # severe_burn
    ("小孩打翻熱湯 整個胸口跟手臂都起水泡 皮都掉了 哭到沒力", True, "severe_burn", "now"),
    ("我老公在工廠被化學藥劑潑到臉 眼睛睜不開 臉上的皮膚白白的", True, "severe_burn", "now"),
    ("廚房起火 我媽的手跟臉被燒到 皮膚變黑黑的 她說不太會痛 這樣是不是還好", True, "severe_burn", "now"),
    # choking
    ("阿公吃麻糬噎到 現在講不出話 臉變紫 一直抓喉嚨", True, "choking", "now"),
    ("寶寶吃葡萄卡住 咳不出聲音 臉在變色", True, "choking", "now"),
    ("朋友吃牛排卡住 一直比喉嚨 不能呼吸 我拍背拍了沒用", True, "choking", "now"),

    # ---------- hard non-emergencies ----------
    # heart_attack
    ("去年心臟病發作 放了兩根支架 現在恢復得不錯 想問可以去爬玉山嗎", False, "heart_attack", "past_event"),
    ("我爺爺跟我爸都是五十幾歲心肌梗塞走的 我現在40 要做什麼檢查比較保險", False, "heart_attack", "relative_history"),
    ("今天股票跌停 心臟差點停了哈哈 不過說真的 壓力大會不會讓血壓變高", False, "heart_attack", "figure_of_speech"),
    ("沒有胸痛也沒有喘 只是左邊胸口按下去會痛 轉身也會痛 這應該不是心臟的問題吧", False, "heart_attack", "negated"),
    ("昨晚胸悶去急診 心電圖跟心肌酵素都正常 醫生說是胃食道逆流 讓我回家 今天還要注意什麼", False, "heart_attack", "examined_or_treated"),
    ("心肌梗塞的時候要怎麼自救 網路上說用力咳嗽可以撐到救護車來 是真的嗎", False, "heart_attack", "hypothetical_or_general"),
    # stroke
    ("我媽去年中風 現在左手還是沒什麼力 在家可以做什麼運動", False, "stroke", "past_event"),
    ("阿公中風過兩次 我爸也有高血壓 我才三十歲 會遺傳到我嗎", False, "stroke", "relative_history"),
    ("怎麼判斷是不是中風 好像有個口訣 微笑 舉手 說你好之類的 可以教一下嗎", False, "stroke", "hypothetical_or_general"),
    ("早上起來臉有點腫 但是沒有歪 講話正常 手腳都有力 應該只是沒睡好吧", False, "stroke", "negated"),
    ("中風後吃抗血小板藥五年了 一直都很穩定 牙醫說拔牙前要停藥 要停幾天", False, "stroke", "chronic_stable"),
    ("睡覺壓到手 起來整隻麻麻的 甩一甩幾分鐘就好了 最近常常這樣", False, "stroke", "mild_symptom"),
    # breathing_difficulty
    ("我有氣喘 平常用保養型吸入劑 最近控制得都不錯 換季要不要加藥", False, "breathing_difficulty", "chronic_stable"),
    ("這天氣熱到不能呼吸 台北盆地真的會悶死人 有沒有不吹冷氣也能消暑的方法", False, "breathing_difficulty", "figure_of_speech"),
    ("爬完四樓有點喘 休息一下就好 是不是太久沒運動了", False, "breathing_difficulty", "mild_symptom"),
    ("昨天喘到去急診 吸了藥也打了類固醇 現在好很多了 回家的藥一定要吃完嗎", False, "breathing_difficulty", "examined_or_treated"),
    ("小時候有氣喘 長大後就沒發作過了 現在想開始跑馬拉松 會不會有問題", False, "breathing_difficulty", "past_event"),
    ("下個月要去合歡山 如果高山症喘不過來要怎麼辦 需要先準備藥嗎", False, "breathing_difficulty", "hypothetical_or_general"),
    # anaphylaxis
    ("我小時候吃花生全身腫被送急診 後來都沒再吃 現在想驗過敏原 要去哪裡驗", False, "anaphylaxis", "past_event"),
    ("今天吃海鮮嘴唇腫 去急診打了一針 醫生開了抗組織胺 現在已經消了 以後還可以吃螃蟹嗎", False, "anaphylaxis", "examined_or_treated"),
    ("醫生開了腎上腺素筆給我 要打在哪裡 過期了還能用嗎", False, "anaphylaxis", "medicine_question"),
    ("吃芒果嘴巴旁邊有點癢癢紅紅的 沒有腫 也不會喘 還可以吃嗎", False, "anaphylaxis", "mild_symptom"),
    ("被蚊子咬腫好大一包 可是沒有喘 也沒有全身起疹子 就只是很癢", False, "anaphylaxis", "negated"),
    # severe_bleeding
    ("刮鬍子刮破 流了一下血 壓一壓就停了 會不會留疤", False, "severe_bleeding", "mild_symptom"),
    ("這個月信用卡大失血 哈哈 說正經的 月經量很大要吃什麼補", False, "severe_bleeding", "figure_of_speech"),
    ("上個月流鼻血流了快半小時 後來自己停了 這陣子都沒再流 需要檢查嗎", False, "severe_bleeding", "past_event"),
    ("我有血友病 都有定期打凝血因子 最近很穩定沒出血 想問可以打羽球嗎", False, "severe_bleeding", "chronic_stable"),
    ("昨天手被玻璃割到 去急診縫了六針 今天紗布上有一點點滲血 這樣正常嗎", False, "severe_bleeding", "examined_or_treated"),
    # suicidal_intent
    ("期末考考爛了我想死 哈哈開玩笑的啦 只是想問熬夜讀書一直頭痛怎麼辦", False, "suicidal_intent", "figure_of_speech"),
    ("大學有一段時間很想死 後來有去看身心科 現在都好了 想問藥可以慢慢停嗎", False, "suicidal_intent", "past_event"),
    ("我舅舅是自殺走的 我媽說憂鬱症會遺傳 我需要擔心嗎", False, "suicidal_intent", "relative_history"),
    ("如果朋友跟我說他有時候想不開 我要怎麼回才不會讓他更難過", False, "suicidal_intent", "hypothetical_or_general"),
    ("最近很累很煩 但我沒有想傷害自己 只是想找人聊 這樣要看身心科嗎", False, "suicidal_intent", "negated"),
    ("上個月因為想不開住院 現在已經出院回家 醫生開的藥吃了一直想睡 這樣正常嗎", False, "suicidal_intent", "examined_or_treated"),
    # self_harm
    ("國中的時候有割過手 現在手腕還有疤 有沒有辦法淡化", False, "self_harm", "past_event"),
    ("女兒前幾天割傷手 已經去醫院縫好了 也有在看心理師 傷口要怎麼換藥", False, "self_harm", "examined_or_treated"),
    ("發現孩子手臂上好像有自己劃的痕跡 家長要怎麼開口問比較好", False, "self_harm", "hypothetical_or_general"),
    ("手上的傷是貓抓的 不是自己弄的 可是一直紅腫 要擦什麼藥", False, "self_harm", "negated"),
    ("頭髮剪壞了 氣到想砍自己 哈哈 說正經的 頭皮一直出油怎麼辦", False, "self_harm", "figure_of_speech"),
    # overdose_poisoning
    ("普拿疼吃多少會過量傷肝 我一天吃四顆會不會太多", False, "overdose_poisoning", "medicine_question"),
    ("安眠藥跟酒一起吃會怎樣 我沒有要吃 只是看新聞好奇", False, "overdose_poisoning", "hypothetical_or_general"),
    ("上禮拜誤吃了老婆的降血壓藥一顆 當時有點頭暈 後來就好了 還要檢查嗎", False, "overdose_poisoning", "past_event"),
    ("小孩昨天誤吃兩顆我的維他命 有打去毒藥物諮詢專線 他們說劑量沒問題 今天還要注意什麼", False, "overdose_poisoning", "examined_or_treated"),
    ("家裡有小小孩 清潔劑要怎麼收比較安全 萬一誤食的話第一時間可以做什麼", False, "overdose_poisoning", "hypothetical_or_general"),
    ("兒童退燒藥水如果不小心多餵了半格 算不算過量中毒 一般的安全範圍是多少", False, "overdose_poisoning", "medicine_question"),
    # seizure
    ("我有癲癇 吃藥控制 已經三年沒發作了 可以去考駕照嗎", False, "seizure", "chronic_stable"),
    ("小孩去年發燒的時候抽筋過一次 之後就沒有了 這樣以後會變成癲癇嗎", False, "seizure", "past_event"),
    ("我姐有癲癇 我現在懷孕了 寶寶會不會也有", False, "seizure", "relative_history"),
    ("眼皮一直跳 抽個不停 快被它搞瘋 是缺什麼營養嗎", False, "seizure", "mild_symptom"),
    ("看到有人癲癇發作 是不是要塞東西到他嘴巴 才不會咬到舌頭", False, "seizure", "hypothetical_or_general"),
    ("兒子剛剛熱性痙攣 已經送急診 醫生檢查完說可以回家 回家後要注意什麼", False, "seizure", "examined_or_treated"),
    # unconscious_unresponsive
    ("上次捐血完突然眼前一黑昏倒 幾秒就醒了 之後都沒事 這樣還可以捐血嗎", False, "unconscious_unresponsive", "past_event"),
    ("加班加到快往生 一回家就昏迷式睡眠 一睡十二小時 這樣正常嗎", False, "unconscious_unresponsive", "figure_of_speech"),
    ("阿公上週在家昏倒 送醫檢查說心跳太慢 已經裝了節律器 回家後可以洗澡嗎", False, "unconscious_unresponsive", "examined_or_treated"),
    ("蹲久站起來眼前會黑一下 扶著牆幾秒就好 要補血嗎", False, "unconscious_unresponsive", "mild_symptom"),
    ("如果看到有人倒在路邊 CPR要先壓胸還是先吹氣 現在的標準是怎樣", False, "unconscious_unresponsive", "hypothetical_or_general"),
    # head_injury
    ("小孩撞到頭 昨天去急診照電腦斷層正常 醫生說觀察24小時 今天有點頭痛可以吃普拿疼嗎", False, "head_injury", "examined_or_treated"),
    ("起身撞到櫃子角 腫一個包 沒有暈也沒有吐 冰敷就可以了嗎", False, "head_injury", "mild_symptom"),
    ("兩年前車禍腦震盪 之後記性好像變差 有關係嗎", False, "head_injury", "past_event"),
    ("報告寫到想拿頭去撞牆 頭痛欲裂 連續一週只睡四小時 這樣會傷腦嗎", False, "head_injury", "figure_of_speech"),
    ("小孩從沙發跌下來 大概40公分高 哭一下就好了 沒有吐 現在在玩 精神很好", False, "head_injury", "negated"),
    # febrile_infant
    ("我快生了想先知道 新生兒發燒是不是一定要馬上去急診 還是可以先觀察", False, "febrile_infant", "hypothetical_or_general"),
    ("兩個月大寶寶前天發燒 住院檢查做了腰椎穿刺 結果都正常 今天出院 回家要注意什麼", False, "febrile_infant", "examined_or_treated"),
    ("兩個月寶寶包太多 量到37.6 拆開包巾半小時後再量37.0 這樣算發燒嗎", False, "febrile_infant", "mild_symptom"),
    ("一個月大寶寶打完B肝第二劑 沒有發燒 體溫36.8 就是比較愛睡 正常嗎", False, "febrile_infant", "negated"),
    ("女兒一個月大的時候發燒住院過 現在已經一歲了 以後會比較容易生病嗎", False, "febrile_infant", "past_event"),
    # meningitis_signs
    ("落枕 脖子轉不過來 沒有發燒 睡一覺起來就這樣了 要去推拿嗎", False, "meningitis_signs", "mild_symptom"),
    ("表弟小時候得過腦膜炎 後來聽力受損 這種家族會有容易得的體質嗎", False, "meningitis_signs", "relative_history"),
    ("要去中東工作 腦膜炎疫苗要打嗎 去哪裡打", False, "meningitis_signs", "hypothetical_or_general"),
    ("上週因為病毒性腦膜炎住院 出院後還是偶爾會頭痛 要多久才會完全好", False, "meningitis_signs", "examined_or_treated"),
    ("發燒頭痛 但是脖子可以自由轉 下巴碰得到胸口 身上也沒有疹子 應該只是流感吧", False, "meningitis_signs", "negated"),
    # severe_abdominal_pain
    ("看完那部喜劇笑到肚子痛死 哈哈 不過說真的 最近吃飽都會脹氣", False, "severe_abdominal_pain", "figure_of_speech"),
    ("月經來第一天肚子悶悶痛 吃了止痛藥就好 每個月都這樣", False, "severe_abdominal_pain", "mild_symptom"),
    ("昨天肚子痛去急診 照超音波說是腸胃炎 打了點滴回家 今天還有點痛 可以吃什麼", False, "severe_abdominal_pain", "examined_or_treated"),
    ("去年盲腸開刀 最近傷口那邊偶爾會抽一下 會不會是沾黏", False, "severe_abdominal_pain", "past_event"),
    ("大腸激躁症很多年了 一緊張就肚子痛拉肚子 跟以前一樣 有沒有新的藥可以試", False, "severe_abdominal_pain", "chronic_stable"),
    # pregnancy_bleeding_or_pain
    ("上次懷孕8週流產 現在又懷孕了 要注意什麼", False, "pregnancy_bleeding_or_pain", "past_event"),
    ("懷孕10週有點出血 昨天去婦產科照超音波 寶寶心跳正常 醫生開了安胎藥 需要一直躺著嗎", False, "pregnancy_bleeding_or_pain", "examined_or_treated"),
    ("懷孕20週 肚子偶爾會緊一下 幾秒鐘就鬆開 一天兩三次 不會痛", False, "pregnancy_bleeding_or_pain", "mild_symptom"),
    ("懷孕的時候如果出血 怎樣的情況算要馬上去醫院", False, "pregnancy_bleeding_or_pain", "hypothetical_or_general"),
    ("我媽說她懷我的時候前置胎盤大出血 我現在懷孕會不會也這樣", False, "pregnancy_bleeding_or_pain", "relative_history"),
    # diabetic_emergency
    ("糖尿病吃藥十年 糖化血色素一直都在6.5左右 可以減藥嗎", False, "diabetic_emergency", "chronic_stable"),
    ("餓太久會手抖 吃東西就好了 我沒有糖尿病 這樣是低血糖嗎", False, "diabetic_emergency", "mild_symptom"),
    ("如果打完胰島素來不及吃飯 一般建議怎麼處理 要補吃多少", False, "diabetic_emergency", "medicine_question"),
    ("我爸上個月低血糖昏倒過 送醫後有調藥 現在都還好 身上要準備什麼比較安全", False, "diabetic_emergency", "past_event"),
    ("這家的珍奶甜到我血糖要爆表 糖尿病前期的人一週可以喝一杯嗎", False, "diabetic_emergency", "figure_of_speech"),
    # severe_burn
    ("煮飯被油噴到手背 紅紅的一小點 沖完冷水還是刺刺的", False, "severe_burn", "mild_symptom"),
    ("上週燙傷去燒燙傷中心處理過 現在換藥的時候傷口很癢 可以抓嗎", False, "severe_burn", "examined_or_treated"),
    ("吃了地獄辣麵 嘴巴燒起來了 今天一直拉肚子 屁股也在燒", False, "severe_burn", "figure_of_speech"),
    ("被熱水燙到 要先沖冷水還是先擦牙膏 長輩都說擦牙膏", False, "severe_burn", "hypothetical_or_general"),
    ("小時候被熱水燙傷 腿上的疤一直很癢 有辦法處理嗎", False, "severe_burn", "past_event"),
    # choking
    ("昨天吃魚被刺卡到 後來配飯吞下去了 現在沒感覺了 還要去檢查嗎", False, "choking", "past_event"),
    ("哈姆立克法對一歲以下的寶寶可以用嗎 要怎麼做才對", False, "choking", "hypothetical_or_general"),
    ("阿公中風後吃東西會嗆 已經在用增稠劑 狀況一直差不多 這樣還需要插鼻胃管嗎", False, "choking", "chronic_stable"),
    ("喝水嗆到咳了好久 現在已經好了 只是喉嚨有點痛", False, "choking", "mild_symptom"),
    ("被主管一句話噎到說不出話 哈哈 不過最近吞東西真的有點卡卡的", False, "choking", "figure_of_speech"),
    # extra hard negatives
    ("吃了綜合感冒藥又吃普拿疼 兩個好像都有乙醯胺酚 會不會重複吃到過量 中間要隔多久", False, "overdose_poisoning", "medicine_question"),
    ("我媽的安眠藥醫生說一次一顆 她說睡不著想吃兩顆 這樣算過量嗎 會不會中毒", False, "overdose_poisoning", "medicine_question"),
    ("癲癇藥早上忘記吃 晚上想起來 要補吃嗎 一次吃兩顆會不會太多", False, "seizure", "medicine_question"),
    ("醫生開給我舌下含的硝化甘油 胸痛的時候最多可以含幾顆 平常要怎麼保存才不會失效", False, "heart_attack", "medicine_question"),
    ("鼻塞超嚴重 不過呼吸沒有困難 用嘴巴呼吸都還順 血氧98 只是睡不好", False, "breathing_difficulty", "negated"),
    ("小孩剛剛吃飯咳了一下 不過有哭有講話 臉色也正常 現在又繼續吃了 這樣OK吧", False, "choking", "negated"),
    ("我有姿勢性低血壓好幾年了 一直有吃藥 控制得還可以 夏天是不是要多喝水", False, "unconscious_unresponsive", "chronic_stable"),
    ("我爸媽都有糖尿病 我媽以前還酮酸中毒住過加護病房 我現在30歲要怎麼預防", False, "diabetic_emergency", "relative_history"),
    ("我哥之前腸子破洞緊急開刀 醫生說是憩室炎 這個會家族遺傳嗎", False, "severe_abdominal_pain", "relative_history"),
    ("腦部有一顆小小的血管瘤 追蹤五年都沒變大 醫生說不用處理 可以坐飛機嗎", False, "stroke", "chronic_stable"),
]
