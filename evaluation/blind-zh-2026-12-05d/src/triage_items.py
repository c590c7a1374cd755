# -*- coding: utf-8 -*-
# Hand-written triage items. Each entry: (text, age_range, gender, department). 5 per department.

ITEMS = [
    # cardiology
    ("最近爬兩層樓就喘 胸口悶悶的 停下來休息幾分鐘就好 我68歲 以前就有高血壓", "60~69", "undisclosed", "cardiology"),
    ("我媽72歲 最近心跳常常亂亂跳 摸脈搏好像會漏拍 有時候會頭暈", "70~79", "female", "cardiology"),
    ("老公45 公司健檢心電圖說有異常 叫我們去大醫院再檢查 可是他自己說沒什麼感覺", "40~49", "male", "cardiology"),
    ("阿公83了 最近躺平睡覺會喘 要墊兩個枕頭才睡得著 腳也腫腫的 按下去會凹", "80+", "male", "cardiology"),
    ("我28歲女生 常常心跳突然變超快 一分鐘快兩百下 過幾分鐘又自己停了 這是什麼", "20~29", "female", "cardiology"),

    # dentistry
    ("吃冰的牙齒就酸到不行ㄟ 連刷牙碰到都會 用了那個抗敏感牙膏也沒差 我35了 是不是牙齒有裂", "30~39", "undisclosed", "dentistry"),
    ("小弟20歲 最裡面的牙齒長一半 旁邊牙肉腫腫的 嘴巴張不太開", "20~29", "male", "dentistry"),
    ("兒子6歲 下面門牙還沒掉 後面新的牙就長出來了 變成兩排 要拔嗎", "0~9", "male", "dentistry"),
    ("阿嬤82歲 假牙戴了一直磨到痛 吃東西都咬不動 只能喝粥", "80+", "female", "dentistry"),
    ("我26 刷牙牙齦一直流血 男友還說我嘴巴有味道 好丟臉", "20~29", "female", "dentistry"),

    # dermatology
    ("臉上有一顆痣最近變大 顏色深淺不一 邊邊也不太整齊 我今年50", "50~59", "undisclosed", "dermatology"),
    ("退伍之後腳趾縫就一直癢 脫皮還會臭 夏天穿布鞋超嚴重 藥局買的藥膏擦了會好一點 停掉又復發 23歲男", "20~29", "male", "dermatology"),
    ("我高一女生 頭皮屑好多 頭皮紅紅癢癢的 洗頭也沒用 穿黑衣服都不敢", "10~19", "female", "dermatology"),
    ("手肘跟膝蓋有一塊一塊厚厚的白色皮 好幾年了 冬天更嚴重 45歲男", "40~49", "male", "dermatology"),
    ("我媽60歲 右邊腰那邊冒出一排小水泡 刺刺痛痛的 只有長一邊 她說晚上痛到睡不好 是不是皮蛇", "60~69", "female", "dermatology"),

    # endocrinology
    ("最近一直口渴 喝很多水 尿也很多 沒減肥體重卻掉了好幾公斤 我52", "50~59", "undisclosed", "endocrinology"),
    ("女 33歲 脖子前面好像腫腫的 手會抖 很怕熱 心跳很快 一直瘦", "30~39", "female", "endocrinology"),
    ("我爸66歲 吃糖尿病的藥吃十年了 醫生說要開始打針 他很排斥", "60~69", "male", "endocrinology"),
    ("我媽58歲 一直說很累 很怕冷 皮膚很乾 體重一直上升 還便秘", "50~59", "female", "endocrinology"),
    ("45歲男 糖化血色素9.2 藥一直加還是降不下來 不知道怎麼辦", "40~49", "male", "endocrinology"),

    # family-medicine
    ("剛滿40 想說該做一次比較完整的健檢了 可是網路上套餐從幾千到幾萬都有 到底哪些項目才是必要的啊", "40~49", "undisclosed", "family-medicine"),
    ("上班族30歲 感冒三天 流鼻水 喉嚨有點癢 沒發燒 可以去藥局買藥就好嗎", "30~39", "undisclosed", "family-medicine"),
    ("37歲女 最近常常覺得很累 睡很多也一樣 說不上哪裡不舒服 就是沒精神", "30~39", "female", "family-medicine"),
    ("剛畢業22歲 新公司要體檢報告 哪裡可以做比較快拿到", "20~29", "undisclosed", "family-medicine"),
    ("菸抽了二十年 我45 男 想戒但一直失敗 有沒有什麼門診可以幫忙", "40~49", "male", "family-medicine"),

    # gastroenterology
    ("我老公34 每天吃飽就說肚子脹 一直打嗝 晚上躺下去胃酸會衝上來 喉嚨燒燒的 他還是每天宵夜鹹酥雞配啤酒 講都講不聽", "30~39", "male", "gastroenterology"),
    ("我55 B肝帶原 醫生說每半年要追蹤 可是我已經三年沒去了 現在去還來得及嗎", "50~59", "undisclosed", "gastroenterology"),
    ("28歲女 拉肚子跟便秘一直輪流 壓力大就會 肚子悶痛 上完廁所就好", "20~29", "female", "gastroenterology"),
    ("本人42男 業務 三餐亂吃 上腹常常悶悶痛 肚子餓的時候特別痛 吃點東西會好一點 半夜也會痛醒ㄛ", "40~49", "male", "gastroenterology"),
    ("健檢說脂肪肝 肝指數80 可是我不喝酒 48歲男生", "40~49", "male", "gastroenterology"),

    # general-surgery
    ("我爸60歲 右邊鼠蹊部有一顆鼓鼓的 站著會跑出來 躺下去就不見", "60~69", "male", "general-surgery"),
    ("24歲男 屁股尾椎那邊長一顆 會痛會流膿 好了又長 反覆好幾次", "20~29", "male", "general-surgery"),
    ("我媽57 膽結石 醫生說要開刀拿掉膽囊 腹腔鏡要住院幾天", "50~59", "female", "general-surgery"),
    ("背上長了一顆軟軟的肉肉 推得動 不會痛 可是好像有越來越大 大概像一元硬幣那麼大了 我35歲女生 需要切掉嗎", "30~39", "female", "general-surgery"),
    ("41歲男 大便會流血 屁股有肉跑出來 要自己推回去 好困擾", "40~49", "male", "general-surgery"),

    # hematology-oncology
    ("38男 脖子摸到好幾顆腫腫的 不痛 一個多月都沒消 晚上會盜汗 瘦了三公斤", "30~39", "male", "hematology-oncology"),
    ("我29女生 很容易瘀青 抽血說血紅素只有8 補鐵也沒什麼改善", "20~29", "female", "hematology-oncology"),
    ("我爸63 大腸癌開完刀 醫生說接下來要做化療 副作用會很可怕嗎", "60~69", "male", "hematology-oncology"),
    ("女兒17歲 身上常常莫名其妙瘀青 刷牙會流血 月經量也很多", "10~19", "female", "hematology-oncology"),
    ("乳癌開完刀 醫生說要吃五年的荷爾蒙藥 我46 吃了會不會骨頭痠痛", "40~49", "female", "hematology-oncology"),

    # infectious-diseases
    ("30歲男 從東南亞回來以後一直發燒 全身痠痛 骨頭好痛 身上起紅疹", "30~39", "male", "infectious-diseases"),
    ("25歲男 不小心跟不認識的人沒戴套 想去篩檢 多久以後才驗得出來", "20~29", "male", "infectious-diseases"),
    ("上禮拜餵流浪貓被抓了一下 本來以為沒事 結果傷口一直紅紅腫腫 這兩天連腋下都摸到一顆腫起來 有點低燒 我42女", "40~49", "female", "infectious-diseases"),
    ("33男 感染者 病毒量測不到很久了 想問可以打帶狀疱疹疫苗嗎", "30~39", "male", "infectious-diseases"),
    ("我爸56 反覆發燒兩個禮拜 找不到原因 驗了好多東西都正常", "50~59", "male", "infectious-diseases"),

    # nephrology
    ("50歲男 尿尿很多泡泡 很久才散 腳踝也有點腫", "50~59", "male", "nephrology"),
    ("我65 女 健檢說腎功能不好 肌酸酐1.6 是要洗腎了嗎", "60~69", "female", "nephrology"),
    ("阿公81 洗腎好幾年 最近全身很癢 晚上抓到睡不著", "80+", "male", "nephrology"),
    ("我爸有多囊腎 我35歲女生 超音波也看到腎臟有好幾個水泡 要怎麼追蹤", "30~39", "female", "nephrology"),
    ("43歲男 血壓高 驗尿有蛋白尿 醫生叫我再去專科看", "40~49", "male", "nephrology"),

    # neurology
    ("頭痛又來了 都是痛一邊 一跳一跳的 痛起來會想吐 燈光都覺得好刺眼 一個月會來好幾次 止痛藥吃到怕 女生31歲", "30~39", "female", "neurology"),
    ("我爸70 最近手一直抖 休息的時候反而抖更明顯 走路變成小碎步 臉也比較沒表情 我媽說他越來越像機器人", "70~79", "male", "neurology"),
    ("阿嬤80了 常常忘東忘西 同一件事問好幾次 還會找不到回家的路", "80+", "female", "neurology"),
    ("兒子16歲 偶爾會發呆幾秒 叫他都沒反應 回神後自己也不記得", "10~19", "male", "neurology"),
    ("手腳麻麻的 尤其晚上 走路好像踩在棉花上 我72歲男", "70~79", "male", "neurology"),

    # obstetrics-gynecology
    ("42歲女 月經量超多 一小時就要換一片夜用 還有血塊 一直頭暈", "40~49", "female", "obstetrics-gynecology"),
    ("有點不好意思問 我27 最近分泌物變多 有一種魚腥味 下面也會癢癢的 是不是洗太乾淨還是不夠乾淨", "20~29", "female", "obstetrics-gynecology"),
    ("31歲 驗孕兩條線 第一次懷孕 什麼時候要去做產檢", "30~39", "female", "obstetrics-gynecology"),
    ("我55歲 停經三年了 這禮拜內褲上又有一點血", "50~59", "female", "obstetrics-gynecology"),
    ("33女 生完兩個不想再生了 想裝避孕器 會不會很痛", "30~39", "female", "obstetrics-gynecology"),

    # ophthalmology
    ("我65 男的 最近發現右眼看東西中間有一塊歪掉 看磁磚的線是彎的 左眼就正常", "60~69", "male", "ophthalmology"),
    ("我28歲女生 寫程式的 每天盯螢幕十幾個小時 眼睛好乾好澀 點人工淚液撐一下下就又乾了", "20~29", "female", "ophthalmology"),
    ("女兒7歲 看電視都湊很近 還會瞇眼睛", "0~9", "female", "ophthalmology"),
    ("近視800度 我35 眼前一直有黑點飄來飄去 好幾個月了", "30~39", "undisclosed", "ophthalmology"),
    ("我阿公76 一直說看東西霧霧的 像隔一層毛玻璃 晚上他還堅持自己開車 說對面的車燈都散開來", "70~79", "male", "ophthalmology"),

    # orthopedics
    ("阿嬤70 膝蓋上下樓梯就痛 蹲下去站不起來", "70~79", "female", "orthopedics"),
    ("45男 腰痛痛到屁股跟腳 坐久更嚴重 小腿外側麻麻的", "40~49", "male", "orthopedics"),
    ("17歲 打籃球手指被戳到 腫起來彎不下去 已經兩天了", "10~19", "undisclosed", "orthopedics"),
    ("剛生完 32歲 手腕靠大拇指那邊很痛 抱小孩就痛", "30~39", "female", "orthopedics"),
    ("56女 右肩膀舉不起來 穿衣服很難 晚上睡覺壓到會痛醒", "50~59", "female", "orthopedics"),

    # otolaryngology
    ("40男 一直鼻塞 鼻涕倒流到喉嚨 最近味道都聞不太到", "40~49", "male", "otolaryngology"),
    ("我媽50歲 三天前起床右耳突然一直嗡嗡叫 講電話右邊聽不太清楚 她說像隔一層膜 以為是耳屎塞住", "50~59", "female", "otolaryngology"),
    ("48男 打呼超大聲 老婆說會停止呼吸 白天開會都一直想睡", "40~49", "male", "otolaryngology"),
    ("我是國小老師 39 女 喉嚨沙啞一個多月 上課講話都很吃力", "30~39", "female", "otolaryngology"),
    ("20歲女 扁桃腺一年發炎好幾次 每次都燒 要不要割掉", "20~29", "female", "otolaryngology"),

    # pediatrics
    ("我兒子3歲 燒兩天了 大概38.5上下 吃退燒藥會退 流鼻水 在家還是跑來跑去 就是飯吃比較少 要帶去診所嗎", "0~9", "male", "pediatrics"),
    ("女兒1歲半 拉肚子三天 一天四五次 還有在喝奶 尿布也有濕", "0~9", "female", "pediatrics"),
    ("寶寶6個月 尿布包住的地方紅紅一片 還有一點一點的", "0~9", "undisclosed", "pediatrics"),
    ("4歲女兒很不愛吃飯 比同年齡的小朋友矮一截 要不要帶去看", "0~9", "female", "pediatrics"),
    ("8歲兒子咳一個月了 晚上比較嚴重 跑一跑也會咳", "0~9", "male", "pediatrics"),

    # psychiatry
    ("兩個月都睡不好 心情很低落 什麼都不想做 以前喜歡的東西也沒興趣 33女", "30~39", "female", "psychiatry"),
    ("27男 搭捷運會突然心跳超快 手麻 覺得自己快不行了 檢查心臟都正常", "20~29", "male", "psychiatry"),
    ("我今年19 每次碰到門把就一定要去洗手 洗一次不夠 要洗到心裡覺得乾淨了才行 手都洗到破皮流血 室友覺得我很怪", "10~19", "female", "psychiatry"),
    ("老公50歲 喝酒越喝越多 一天一瓶高粱 不喝就手抖 脾氣很差", "50~59", "male", "psychiatry"),
    ("國中女兒14歲 已經很瘦了還一直說自己胖 每餐只吃幾口", "10~19", "female", "psychiatry"),

    # pulmonology
    ("我阿爸58 菸抽30年了 這兩個月一直咳 早上起來咳最兇 都有痰 叫他去看他說抽菸的人都這樣", "50~59", "male", "pulmonology"),
    ("47女 健檢胸部X光說有一顆小結節 要怎麼追蹤", "40~49", "female", "pulmonology"),
    ("我55 女 不抽菸 低劑量電腦斷層說肺有毛玻璃 好緊張", "50~59", "female", "pulmonology"),
    ("阿公78 慢性肺阻塞 吸入劑好像都沒吸對 要怎麼用比較有效", "70~79", "male", "pulmonology"),
    ("36女 從小有氣喘 最近換季 晚上常咳 呼吸有咻咻聲", "30~39", "female", "pulmonology"),

    # rehabilitation
    ("我爸68 中風後左手左腳沒力 出院了 要怎麼繼續練", "60~69", "male", "rehabilitation"),
    ("半年前車禍小腿骨折開刀 上個月拆石膏 結果膝蓋卡卡的彎不下去 走路一拐一拐 我才23歲好崩潰", "20~29", "female", "rehabilitation"),
    ("阿嬤81 跌倒髖關節開刀後 走路一直不穩 要做什麼訓練", "80+", "female", "rehabilitation"),
    ("40男 脊髓損傷坐輪椅兩年 想問可以做哪些運動維持", "40~49", "male", "rehabilitation"),
    ("19歲男 十字韌帶重建完兩個月 想回去打球 要怎麼練才不會再受傷", "10~19", "male", "rehabilitation"),

    # rheumatology
    ("46女 早上起床手指關節僵硬 要一個多小時才鬆開 兩手都腫", "40~49", "female", "rheumatology"),
    ("25女 臉上兩邊紅紅的像蝴蝶 關節痛 掉頭髮 曬太陽更嚴重", "20~29", "female", "rheumatology"),
    ("38男 喝完啤酒吃完海鮮 隔天腳大拇趾紅腫熱痛 碰都不能碰", "30~39", "male", "rheumatology"),
    ("男 28 下背痛好幾年了 早上起來最僵硬 要動一動才比較鬆 休息反而更痛 跟一般腰痛好像不太一樣", "20~29", "male", "rheumatology"),
    ("52女 嘴巴很乾 眼睛也乾 要一直喝水 吃餅乾都吞不下去", "50~59", "female", "rheumatology"),

    # urology
    ("我爸67 尿尿很細 要等很久才尿出來 晚上起來好幾次", "60~69", "male", "urology"),
    ("41男 右邊腰痠痠的 驗尿有潛血 以前有過結石", "40~49", "male", "urology"),
    ("30歲女 這兩天尿尿會刺痛 一直想跑廁所 每次都只尿一點點 總覺得尿不乾淨 多喝水有用嗎", "30~39", "female", "urology"),
    ("26歲男 洗澡的時候摸到左邊睪丸有一顆硬硬的 不會痛 不知道是不是本來就長這樣 有點怕", "20~29", "male", "urology"),
    ("52男 最近那方面越來越不行 常常硬不起來 不好意思問別人", "50~59", "male", "urology"),

    # nutrition
    ("30歲上班族女生 想減肥 一天應該吃多少熱量 外食要怎麼挑", "30~39", "female", "nutrition"),
    ("我爸74 在洗腎 哪些水果不能吃 楊桃是不是不行", "70~79", "male", "nutrition"),
    ("32歲 懷孕檢查出妊娠糖尿病 三餐要怎麼吃", "30~39", "female", "nutrition"),
    ("5歲兒子超級挑食 每餐只吃白飯拌肉鬆 青菜水果一口都不碰 逼他吃就吐出來 要怎麼讓他營養均衡", "0~9", "male", "nutrition"),
    ("22男 健身想增肌 蛋白質一天要吃多少 高蛋白要喝幾杯", "20~29", "male", "nutrition"),
]
