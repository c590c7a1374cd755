"""Hand-written emergency / hard non-emergency items (zh-TW). Only writes JSONL."""
from common import write

# (family, text) -- all kind "now", emergency True
NOW = [
    # heart_attack
    ("heart_attack", "我爸現在胸口超悶 說像被大石頭壓住 一直冒冷汗 左手臂也麻麻的 已經快20分鐘了 怎麼辦啦 要不要叫救護車"),
    ("heart_attack", "剛剛搬完東西胸口突然很痛 痛到下巴跟背 喘不過氣 整個人在狂冒汗 我一個人在家"),
    ("heart_attack", "阿嬤說心臟那邊揪著痛 臉色好白 一直想吐 她有高血壓 現在坐在沙發上都不敢動"),
    ("heart_attack", "老公打球打到一半突然蹲下來說胸口好緊 講話斷斷續續 嘴唇有點紫紫的 現在還沒好 怎麼辦ㄚ"),
    # stroke
    ("stroke", "我媽剛剛吃飯筷子突然掉下來 右手舉不起來 講話含糊不清 嘴巴歪一邊"),
    ("stroke", "阿公早上起床講話怪怪的 一直說不出要說的詞 右邊臉垮下來 走路一直往同一邊倒 到現在還是這樣"),
    ("stroke", "同事剛剛突然說看東西變兩個 頭超暈站不穩 左邊手腳都沒力氣"),
    ("stroke", "爸爸在看電視 我們跟他講話他突然都聽不懂 一邊嘴角一直流口水 手也抬不起來 10分鐘前還好好的"),
    # breathing_difficulty
    ("breathing_difficulty", "我兒子氣喘發作 吸入劑噴了好幾下都沒用 現在喘到講不出完整的句子 嘴唇有點發紫"),
    ("breathing_difficulty", "阿嬤呼吸超急 每吸一口氣肩膀都在聳 說躺下去就會窒息 只能坐著 臉色越來越差"),
    ("breathing_difficulty", "我現在整個喘不過來 吸不到空氣 胸口好緊 手指開始發麻 講話都要停下來吸氣"),
    ("breathing_difficulty", "寶寶2歲 呼吸的時候肋骨那邊一直凹進去 一直發出咻咻聲 臉色灰灰的 好像很用力在吸"),
    # anaphylaxis
    ("anaphylaxis", "我剛吃了蝦子 現在全身起紅疹 嘴唇腫起來 喉嚨好緊 連吞口水都很困難"),
    ("anaphylaxis", "朋友爬山被虎頭蜂叮到 現在臉整個腫起來 說頭很暈想吐 呼吸有咻咻的聲音"),
    ("anaphylaxis", "兒子對花生過敏 剛剛不小心吃到有花生的餅乾 眼睛腫到睜不開 一直咳 聲音變很沙啞"),
    ("anaphylaxis", "吃了朋友給的新的止痛藥大概15分鐘 全身癢到不行 舌頭好像變大 整個人很虛 覺得快昏倒"),
    # severe_bleeding
    ("severe_bleeding", "我爸切菜切到手 血一直噴出來 用毛巾壓了10分鐘還是一直流 毛巾都濕透了"),
    ("severe_bleeding", "朋友騎車摔車 大腿被鐵片割開一個大洞 血流不停 地上一大灘 他臉越來越白"),
    ("severe_bleeding", "我在吐血 一大口一大口 鮮紅色的 現在頭很暈 手腳冰冰的"),
    ("severe_bleeding", "阿公剛剛大便整個馬桶都是血 黑黑的 現在臉很白 一站起來就要倒下去"),
    # suicidal_intent
    ("suicidal_intent", "我真的撐不下去了 藥都準備好了 今天晚上就要結束 不想再醒來"),
    ("suicidal_intent", "我現在在頂樓 不想活了 只是想跟誰說一聲再見"),
    ("suicidal_intent", "我女兒剛傳訊息說她要去死 已讀不回 打電話也不接 她之前就說過想自殺 我現在不在她身邊"),
    ("suicidal_intent", "遺書已經寫好了 等家人睡著我就要走 跟你們說也沒差了"),
    # self_harm
    ("self_harm", "我剛剛又拿美工刀割手 這次割太深 血一直流停不下來 傷口裡面看得到白白的"),
    ("self_harm", "我妹把自己關在廁所 一直拿刀劃自己 還在撞牆 我們在門外叫她都不開"),
    ("self_harm", "剛剛用菸頭燙自己 又割了好幾刀 現在頭好暈 床單上都是血"),
    # overdose_poisoning
    ("overdose_poisoning", "我兒子3歲 剛剛把阿嬤的降血壓藥吃掉了 大概半排 現在看起來一直想睡"),
    ("overdose_poisoning", "阿伯剛剛喝了農藥 嘴巴有很重的怪味 一直吐 叫他他會應但很虛"),
    ("overdose_poisoning", "我剛剛吞了一整罐普拿疼 大概30顆 現在有點後悔了 我會不會死ㄚ"),
    ("overdose_poisoning", "回家一開門就聞到怪味 好像在燒炭 我媽躺在床上叫不太醒 我自己也頭痛想吐"),
    # seizure
    ("seizure", "我老公突然倒在地上全身抽搐 眼睛往上吊 嘴巴吐白沫 已經超過5分鐘了還沒停"),
    ("seizure", "同學在教室突然翻白眼 手腳一直抖一直抖 叫不醒 她以前沒有這樣過"),
    ("seizure", "阿公剛剛抽筋完還沒醒過來 現在又開始抽第二次了"),
    # unconscious_unresponsive
    ("unconscious_unresponsive", "我媽倒在浴室 叫她都沒反應 好像有在呼吸但很淺 拍她也不會醒"),
    ("unconscious_unresponsive", "路邊有個阿伯倒在地上 叫他都不理 我看不太出來他有沒有在呼吸"),
    ("unconscious_unresponsive", "阿嬤剛剛坐著坐著頭突然垂下去 怎麼叫都叫不醒 臉色灰灰的"),
    # head_injury
    ("head_injury", "兒子從溜滑梯最上面摔下來 頭先著地 已經吐兩次了 現在一直想睡 叫他都恍恍惚惚的"),
    ("head_injury", "阿嬤在浴室滑倒撞到頭 她有在吃抗凝血的藥 現在說頭越來越痛 講話開始怪怪的"),
    ("head_injury", "前面車禍 騎士頭撞到地上 安全帽都裂了 耳朵在流血水 人昏昏沉沉的問什麼都答不出來"),
    # febrile_infant
    ("febrile_infant", "我的寶寶才7週大 剛剛量耳溫38.5 一直哭 都不喝奶"),
    ("febrile_infant", "新生兒出生20天 摸起來好燙 量肛溫38.2 睡很多 叫也叫不太醒"),
    ("febrile_infant", "女兒兩個月大 發燒38度多 手腳冰冰的 皮膚看起來花花的 一直哼哼"),
    # meningitis_signs
    ("meningitis_signs", "我發燒到39度 頭痛到快爆炸 脖子硬到頭低不下去 看到燈光就好刺眼 一直吐"),
    ("meningitis_signs", "兒子發燒 身上跑出一點一點紫紅色的斑 用杯子壓也不會退 人變得好沒精神"),
    ("meningitis_signs", "室友發燒頭痛一天 脖子很僵 現在開始講話亂七八糟 好像認不出我是誰"),
    # severe_abdominal_pain
    ("severe_abdominal_pain", "肚子右下痛到彎腰 輕輕碰一下就痛到叫出來 還發燒一直吐 痛了一整晚越來越嚴重"),
    ("severe_abdominal_pain", "老婆肚子突然超級劇痛 整個肚子硬邦邦 臉發白冒冷汗 動都不敢動"),
    ("severe_abdominal_pain", "阿公肚子脹超大 痛到在床上打滾 一直吐綠綠的東西 兩天都沒放屁沒大便"),
    # pregnancy_bleeding_or_pain
    ("pregnancy_bleeding_or_pain", "我懷孕32週 剛剛突然流好多血 肚子一直硬硬的在痛"),
    ("pregnancy_bleeding_or_pain", "懷孕7週 右下腹突然超痛 有一點出血 頭好暈覺得要昏倒"),
    ("pregnancy_bleeding_or_pain", "老婆懷孕36週 羊水好像破了 流出來的水綠綠的 她說寶寶都不太動了"),
    ("pregnancy_bleeding_or_pain", "懷孕20週 下面一直出血還有血塊 肚子一陣一陣絞痛 越來越密"),
    # diabetic_emergency
    ("diabetic_emergency", "我爸有糖尿病 打完胰島素沒吃飯 現在一直冒冷汗發抖 講話顛三倒四 叫他吃糖都不太會吞"),
    ("diabetic_emergency", "我是第一型糖尿病 血糖機一直顯示HI 一直吐 呼吸變得很深很快 家人說我嘴巴有水果味"),
    ("diabetic_emergency", "阿嬤血糖剛量是35 整個人呆呆的 叫她也叫不太醒"),
    # severe_burn
    ("severe_burn", "小孩打翻一鍋熱湯 整個胸口跟手臂都燙到 皮膚起一大片水泡 有些地方變白白的 哭到快沒聲音"),
    ("severe_burn", "家裡瓦斯氣爆 我爸的臉跟兩隻手都燒到 眉毛頭髮都焦了 聲音變啞 一直咳"),
    ("severe_burn", "工廠同事被強酸潑到手跟腳 皮膚變黑黑的 沖水沖了還是痛到一直叫"),
    # choking
    ("choking", "寶寶吃葡萄噎到 咳不出來 臉變紫色 都沒有聲音"),
    ("choking", "阿公吃麻糬卡住了 一直抓著喉嚨 講不出話 也咳不出來"),
    ("choking", "兒子把一顆彈珠吞下去卡住 一直乾嘔 吸氣有咻咻聲 很難吸進去"),
    ("choking", "朋友吃牛排噎到 臉漲紅 不能呼吸 拍背都沒用"),
]

# (kind, family, text) -- emergency False
HARD = [
    # past_event
    ("past_event", "heart_attack", "我三年前心肌梗塞裝過支架 現在都沒什麼症狀 想問可以開始慢跑了嗎"),
    ("past_event", "stroke", "去年我媽中風過一次 後來復健恢復得不錯 想問平常要怎麼預防再中風"),
    ("past_event", "anaphylaxis", "小時候有一次吃花生全身腫起來被送急診 長大後就都不敢吃 想問可以做過敏原檢測嗎"),
    ("past_event", "unconscious_unresponsive", "上個月有一次在捷運上昏倒 大概幾秒就醒了 之後都沒再發生 這樣要看哪一科"),
    ("past_event", "self_harm", "國中的時候有割過手 現在手腕的疤還是很明顯 有辦法淡化嗎"),
    ("past_event", "seizure", "我小時候發高燒抽筋過一次 現在30歲了 以後生小孩會遺傳嗎"),
    ("past_event", "head_injury", "上禮拜打籃球頭被撞到 當下暈了一下下 這週都好好的 想確認一下需不需要去照片子"),
    ("past_event", "severe_burn", "去年被熱水燙傷的地方 現在疤還是紅紅的很癢 可以擦什麼"),
    ("past_event", "pregnancy_bleeding_or_pain", "前年流產的時候大出血過 現在又懷孕了 好怕 想問這次要特別注意什麼"),
    ("past_event", "suicidal_intent", "兩年前我曾經吞藥自殺過 現在已經很穩定在看身心科 想問這個藥可以長期吃嗎"),
    # examined_or_treated
    ("examined_or_treated", "heart_attack", "昨天晚上胸痛去掛急診 心電圖跟抽血都正常 醫生說是胃食道逆流 今天還是有一點悶悶的 要回診嗎"),
    ("examined_or_treated", "head_injury", "兒子昨天撞到頭 已經在急診照過電腦斷層 醫生說沒事 回家要觀察哪些東西"),
    ("examined_or_treated", "breathing_difficulty", "前天突然喘不過氣去急診 醫生說是過度換氣 休息一下就好了 想問以後要怎麼預防"),
    ("examined_or_treated", "febrile_infant", "寶寶一個半月發燒 已經住院在做檢查了 有抽脊髓液 想問報告大概要等多久"),
    ("examined_or_treated", "anaphylaxis", "前天被蜜蜂叮全身起疹子 在急診打過針已經消了 醫生開了腎上腺素筆給我 要怎麼用"),
    ("examined_or_treated", "severe_abdominal_pain", "昨天盲腸炎開完刀 今天傷口痛痛的 這樣正常嗎"),
    ("examined_or_treated", "self_harm", "上禮拜自己拿刀割手 已經去急診縫了8針 現在有在看心理師 傷口癢癢的 什麼時候可以拆線"),
    ("examined_or_treated", "stroke", "我媽中風已經送醫打了血栓溶解劑 現在在加護病房 想問之後大概多久可以開始復健"),
    ("examined_or_treated", "overdose_poisoning", "小孩誤吃大人的藥 已經在醫院處理完 醫生說可以回家觀察 想問要觀察多久"),
    ("examined_or_treated", "pregnancy_bleeding_or_pain", "懷孕10週有一點點出血 剛剛產檢照超音波說寶寶心跳正常 叫我多休息 這樣還需要吃安胎藥嗎"),
    # relative_history
    ("relative_history", "heart_attack", "我爸55歲就心肌梗塞走了 我現在35歲 是不是要開始做什麼檢查"),
    ("relative_history", "stroke", "阿嬤中風過 家裡好多人都高血壓 我以後會不會也比較容易中風"),
    ("relative_history", "diabetic_emergency", "我媽有糖尿病 以前還低血糖昏倒過好幾次 我要怎麼知道自己有沒有糖尿病"),
    ("relative_history", "seizure", "我哥有癲癇 我最近上課常常恍神 會不會也是那個"),
    ("relative_history", "suicidal_intent", "我舅舅是自殺過世的 聽說憂鬱症會遺傳 我有點擔心自己"),
    ("relative_history", "pregnancy_bleeding_or_pain", "我姊生小孩的時候大出血差點沒命 我下個月要生了 我的風險會比較高嗎"),
    ("relative_history", "meningitis_signs", "我叔叔年輕時得過腦膜炎 我們家其他人需要去打什麼疫苗嗎"),
    ("relative_history", "anaphylaxis", "我媽對盤尼西林過敏 打針打到休克過 我會不會也對它過敏"),
    ("relative_history", "choking", "爺爺以前是吃東西噎到走的 我現在在照顧奶奶 要怎麼預防她吃東西嗆到"),
    ("relative_history", "breathing_difficulty", "我爸小時候氣喘很嚴重常常住院 我的小孩會遺傳到嗎"),
    # hypothetical_or_general
    ("hypothetical_or_general", "heart_attack", "如果有人心臟病發作 在等救護車的時候旁邊的人可以先做什麼"),
    ("hypothetical_or_general", "stroke", "中風的徵兆有哪些?想教家裡的長輩認一下"),
    ("hypothetical_or_general", "choking", "萬一寶寶吃東西噎到 哈姆立克法要怎麼做 跟大人一樣嗎"),
    ("hypothetical_or_general", "severe_burn", "請問被燙傷的時候 第一時間要沖冷水沖多久"),
    ("hypothetical_or_general", "overdose_poisoning", "如果普拿疼吃太多會怎樣?一天最多可以吃幾顆"),
    ("hypothetical_or_general", "seizure", "小朋友發燒到幾度會熱痙攣?平常可以怎麼預防"),
    ("hypothetical_or_general", "suicidal_intent", "假如朋友跟我說他想自殺 我應該怎麼回比較好"),
    ("hypothetical_or_general", "pregnancy_bleeding_or_pain", "懷孕的時候如果出血 什麼情況一定要馬上去急診"),
    ("hypothetical_or_general", "diabetic_emergency", "糖尿病的人低血糖的時候吃什麼升得比較快"),
    ("hypothetical_or_general", "unconscious_unresponsive", "如果看到有人倒下沒反應 CPR要怎麼壓 一分鐘壓幾下"),
    # negated
    ("negated", "heart_attack", "有點胸悶但不會痛 也沒有冒冷汗 爬樓梯都還好 是不是焦慮"),
    ("negated", "anaphylaxis", "吃完海鮮嘴巴有一點點癢 但嘴唇沒腫也沒有喘 呼吸都正常"),
    ("negated", "head_injury", "小孩早上跌倒撞到額頭 腫一個包 沒有吐也沒有昏倒 現在在旁邊玩得很開心"),
    ("negated", "suicidal_intent", "我不是想自殺啦 只是最近真的好累 想找個人聊聊"),
    ("negated", "febrile_infant", "寶寶2個月 摸起來有點熱熱的 量了好幾次都36.9 沒有發燒 喝奶也正常"),
    ("negated", "severe_abdominal_pain", "肚子有點痛 但不是很劇烈 沒有發燒也沒有吐 拉完肚子就好一點了"),
    ("negated", "severe_bleeding", "切菜切到手指 沒有很深 壓一下血就停了 應該不用縫ㄅ"),
    ("negated", "pregnancy_bleeding_or_pain", "懷孕12週 內褲上有一點分泌物 不是血 肚子也不會痛 這樣正常嗎"),
    ("negated", "meningitis_signs", "頭痛兩天 但脖子不會stiff 也沒有發燒 應該不是腦膜炎吧"),
    ("negated", "stroke", "剛剛起來頭暈了一下 但沒有昏倒 手腳都可以動 講話也正常 嘴巴沒歪"),
    # figure_of_speech
    ("figure_of_speech", "heart_attack", "老闆今天又臨時叫加班 真的快被氣死 心臟病都要發作了哈哈 想問常常生氣對身體不好嗎"),
    ("figure_of_speech", "seizure", "寫論文寫到手都要抽筋了 右手腕一直痠痠的 要熱敷還是冰敷"),
    ("figure_of_speech", "breathing_difficulty", "這個月業績壓力大到快窒息 有什麼紓壓的方法嗎"),
    ("figure_of_speech", "suicidal_intent", "牙齒痛死了 痛到想死 台中有推薦ㄉ牙醫嗎"),
    ("figure_of_speech", "severe_burn", "昨天麻辣鍋辣到嘴巴都要燒起來 今天胃有點不舒服"),
    ("figure_of_speech", "unconscious_unresponsive", "看到這個月的信用卡帳單差點昏倒XD 順便問一下最近常常頭暈是不是貧血"),
    ("figure_of_speech", "severe_bleeding", "期末考難到吐血 考完頭痛一整天 這樣正常嗎"),
    ("figure_of_speech", "stroke", "婆婆每天唸 我快被唸到腦溢血了 最近肩頸超緊"),
    ("figure_of_speech", "severe_abdominal_pain", "昨天看綜藝節目笑到肚子痛死了 今天腹肌還在痠 是拉傷嗎"),
    ("figure_of_speech", "diabetic_emergency", "這台血糖機快把我搞瘋 量三次數字都不一樣 氣到血糖都要飆了"),
    # medicine_question
    ("medicine_question", "heart_attack", "我有在吃阿斯匹靈預防心臟病 下禮拜要拔牙 要先停藥嗎"),
    ("medicine_question", "anaphylaxis", "家裡的腎上腺素筆過期兩個月了 還可以用嗎 要去哪裡換"),
    ("medicine_question", "seizure", "抗癲癇的藥吃了白天很想睡 可以改成晚上吃嗎"),
    ("medicine_question", "overdose_poisoning", "醫生開的抗憂鬱藥吃兩週好像沒效 我可以自己多吃一顆嗎"),
    ("medicine_question", "diabetic_emergency", "胰島素筆不小心放在冰箱外面一天 還能打嗎"),
    ("medicine_question", "stroke", "我在吃warfarin 可以吃納豆跟綠色蔬菜嗎"),
    ("medicine_question", "heart_attack", "醫生開的NTG舌下錠 胸悶的時候一次可以含幾顆 要隔多久"),
    ("medicine_question", "breathing_difficulty", "氣管擴張劑跟類固醇吸入劑 哪一個要先噴"),
    ("medicine_question", "pregnancy_bleeding_or_pain", "懷孕初期醫生開黃體素 要吃到幾週才可以停"),
    ("medicine_question", "severe_burn", "燙傷藥膏可以擦在水泡破掉的地方嗎"),
    # chronic_stable
    ("chronic_stable", "heart_attack", "我心臟衰竭好幾年了 腳一直都有點腫 最近沒什麼變化 回診的時候要問醫生什麼"),
    ("chronic_stable", "breathing_difficulty", "我有COPD 平常走路就會喘 跟以前差不多 想問可以打流感疫苗嗎"),
    ("chronic_stable", "seizure", "癲癇控制得很穩 兩年都沒發作了 這樣可以去考駕照嗎"),
    ("chronic_stable", "diabetic_emergency", "糖尿病十年了 糖化血色素都維持在7左右 腳偶爾麻麻的 一直都這樣"),
    ("chronic_stable", "stroke", "中風後左手一直有點無力 已經復健半年 沒有變差也沒有變好"),
    ("chronic_stable", "suicidal_intent", "憂鬱症好幾年了 偶爾還是會有不想活的念頭 但沒有想要做什麼 有固定看醫生吃藥 想問要怎麼跟家人說"),
    ("chronic_stable", "severe_abdominal_pain", "我有克隆氏症 肚子常常悶悶痛痛的 這幾年都差不多 想問飲食要注意什麼"),
    ("chronic_stable", "severe_bleeding", "痔瘡好幾年了 上完廁所衛生紙偶爾有一點血 一直都是這樣"),
    ("chronic_stable", "meningitis_signs", "偏頭痛十幾年 每個月都會來幾次 都是老樣子 想問現在那個新的預防針"),
    ("chronic_stable", "anaphylaxis", "慢性蕁麻疹快一年 每天都會起一點 吃抗組織胺就會消"),
    # mild_symptom
    ("mild_symptom", "severe_bleeding", "小孩流鼻血 壓了五分鐘就停了 可是一週流兩次 正常嗎"),
    ("mild_symptom", "anaphylaxis", "被蚊子叮到腫一大包 好癢 小孩一直抓"),
    ("mild_symptom", "severe_burn", "煮飯被油噴到手背 紅紅一小塊 有點刺刺的 沒有起水泡"),
    ("mild_symptom", "choking", "最近吃飯常常嗆到 咳一咳就好 是不是吃太快ㄌ"),
    ("mild_symptom", "unconscious_unresponsive", "蹲久站起來的時候眼前會黑一下 幾秒就好了"),
    ("mild_symptom", "head_injury", "剛剛頭撞到櫃子 有點痛 沒有腫 要冰敷嗎"),
    ("mild_symptom", "severe_abdominal_pain", "這兩天胃脹氣 肚子悶悶的 一直打嗝"),
    ("mild_symptom", "stroke", "左眼皮一直跳一直跳 會不會是中風前兆啊"),
    ("mild_symptom", "febrile_infant", "寶寶5個月 打完疫苗有點低燒37.8 還是會喝奶會笑"),
    ("mild_symptom", "breathing_difficulty", "最近爬三樓會有點喘 應該是太久沒運動"),
]

rows = [{"text": t, "emergency": True, "family": f, "kind": "now"} for f, t in NOW]
rows += [{"text": t, "emergency": False, "family": f, "kind": k} for k, f, t in HARD]
write("emergency.jsonl", "cz-e", rows, seed=2026)
