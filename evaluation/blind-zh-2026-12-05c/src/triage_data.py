# Hand-written fictional messages. Each tuple: (department, age_range, gender, text)
# age_range and gender describe the patient, not the writer.

ITEMS = [
    # cardiology
    ("cardiology", "60~69", "male", "我爸今年63 最近走一小段路就會喘 晚上要墊兩個枕頭才睡得著 腳踝也有點腫"),
    ("cardiology", "30~39", "female", "我38歲女生 最近常常心跳突然變超快 大概幾分鐘後又自己恢復 喝咖啡更明顯 這樣要看哪科"),
    ("cardiology", "70~79", "female", "我媽72歲 在家量血壓常常160幾 有時候頭暈暈的 醫生以前開的藥她都沒在吃"),
    ("cardiology", "50~59", "male", "本人男 55 快走或爬坡的時候胸口會悶悶的 停下來休息幾分鐘就好了 抽菸30年"),

    # dentistry
    ("dentistry", "20~29", "male", "右下面最裡面那顆牙齒喝冰ㄉ會酸痛 晚上有時候會抽痛 28歲男 是蛀牙ㄇ"),
    ("dentistry", "0~9", "female", "我女兒7歲 下排門牙還沒掉 後面又長出一顆新的牙齒 歪歪的 要拔掉嗎"),
    ("dentistry", "40~49", "male", "刷牙牙齦會流血 嘴巴一直有味道 老婆一直嫌我 我45"),
    ("dentistry", "80+", "female", "阿嬤的假牙戴起來會痛 吃東西都咬不動 她81歲了 還可以重做嗎"),

    # dermatology
    ("dermatology", "10~19", "female", "臉上一直冒痘痘 尤其下巴 月經前更嚴重 我高二女生 擦了好多東西都沒用"),
    ("dermatology", "50~59", "undisclosed", "背上有一顆痣最近變大 顏色不太均勻 邊邊也不太規則 我52歲"),
    ("dermatology", "40~49", "male", "我老公40歲 手肘跟膝蓋有一塊一塊紅紅的 上面有白色皮屑 很癢 抓了會掉屑"),
    ("dermatology", "20~29", "male", "腳趾縫很癢一直脫皮 有時候還會流湯 我是男生當兵中21歲 營區很潮濕"),

    # endocrinology
    ("endocrinology", "30~39", "female", "最近手會抖 心跳很快 吃很多卻一直瘦 很怕熱 我32歲女 脖子好像也粗粗的"),
    ("endocrinology", "50~59", "female", "我媽58歲 常常覺得很累 怕冷 體重一直增加 皮膚很乾 頭髮也掉很多"),
    ("endocrinology", "40~49", "male", "體檢空腹血糖118 醫生說要追蹤 我47男 平常很愛喝手搖 是要看哪裡"),
    ("endocrinology", "20~29", "other", "我是非二元 26歲 目前在打荷爾蒙 想問要定期驗哪些東西 要多久抽一次血"),

    # family-medicine
    ("family-medicine", "20~29", "female", "公司要員工體檢 想問一般體檢要做哪些項目 去哪裡做比較方便 我26歲女"),
    ("family-medicine", "30~39", "undisclosed", "感冒三天了 喉嚨癢 流鼻水 有點咳 沒發燒 上班族35歲 要看醫生還是多喝水就好"),
    ("family-medicine", "60~69", "male", "我爸61 最近常常說很累 睡不飽 也說不出哪裡不舒服 不知道要帶他看哪科"),
    ("family-medicine", "60~69", "female", "我媽今年66 65歲以上的老人家要打哪些疫苗 流感跟肺炎都要嗎"),

    # gastroenterology
    ("gastroenterology", "40~49", "male", "吃完飯常常胃酸逆流 喉嚨燒燒的 躺下更嚴重 我40歲男"),
    ("gastroenterology", "60~69", "male", "我爸68 最近大便習慣變了 有時候便秘有時候拉 偶爾衛生紙上有血"),
    ("gastroenterology", "20~29", "female", "常常肚子脹氣 一直打嗝 吃一點點就飽 我29歲女生"),
    ("gastroenterology", "30~39", "undisclosed", "體檢說B肝帶原 肝指數有點高 34歲 以後要怎麼追蹤"),

    # general-surgery
    ("general-surgery", "50~59", "male", "幫老公問 他50歲 右邊鼠蹊部有一個鼓起來的東西 站著會變大 躺下就消了 不會痛"),
    ("general-surgery", "10~19", "male", "屁股尾椎那邊長一顆腫腫的 會痛 有時候會流膿 我19歲男 坐著很不舒服"),
    ("general-surgery", "50~59", "female", "我媽55 吃完油的東西右上腹會痛 超音波說有膽結石 醫生說可以考慮開刀"),
    ("general-surgery", "20~29", "female", "肛門外面腫一顆 上廁所會流血 坐著很痛 27歲女 好尷尬不知道要看哪裡"),

    # hematology-oncology
    ("hematology-oncology", "30~39", "undisclosed", "最近脖子摸到好幾顆硬硬的 不會痛 晚上流很多汗 兩個月體重掉了5公斤 我33"),
    ("hematology-oncology", "40~49", "female", "我媽49 乳房腫瘤開完刀 接下來要做化療 想問副作用要怎麼處理"),
    ("hematology-oncology", "10~19", "female", "女兒16歲 常常頭暈 臉色很白 驗血說血紅素只有8 補鐵也沒什麼用"),
    ("hematology-oncology", "70~79", "male", "我爸70 身上常常莫名出現一塊一塊瘀青 刷牙牙齦也會流血 最近很容易累"),

    # infectious-diseases
    ("infectious-diseases", "20~29", "undisclosed", "從東南亞玩回來後開始發燒 發冷 全身痠痛 已經第三天 我24歲 有被蚊子叮很多包"),
    ("infectious-diseases", "10~19", "male", "兒子12歲 被路邊的流浪狗咬到小腿 有破皮 要打什麼針嗎"),
    ("infectious-diseases", "20~29", "male", "男 28 想做HIV篩檢 也想問PrEP要去哪裡諮詢"),
    ("infectious-diseases", "50~59", "female", "我媽59 反覆發燒兩週了 一直找不到原因 驗血說發炎指數很高"),

    # nephrology
    ("nephrology", "60~69", "male", "我爸66 體檢說腎功能不好 肌酸酐1.8 要注意什麼 要看哪一科"),
    ("nephrology", "30~39", "female", "尿尿一直有很多泡泡 早上眼皮腫腫的 腳也腫 我30歲女"),
    ("nephrology", "70~79", "male", "阿公78歲在洗腎 最近抽血說磷太高 醫生說要控制 降磷的藥要怎麼吃"),
    ("nephrology", "10~19", "female", "女兒15歲 學校健檢驗尿說有潛血跟蛋白尿 她自己完全沒感覺"),

    # neurology
    ("neurology", "20~29", "female", "常常頭痛 一邊一跳一跳那種 會想吐 很怕光 一個月好幾次 我27歲女 吃止痛藥只有一點點用"),
    ("neurology", "70~79", "female", "我媽75 最近常常忘東忘西 同樣的事問好幾次 上次出門還迷路"),
    ("neurology", "60~69", "male", "我爸69 手一直抖 靜止放著的時候也在抖 走路變很小步"),
    ("neurology", "50~59", "male", "手腳末端常常麻麻的 像戴手套一樣 我有糖尿病 52男"),

    # obstetrics-gynecology
    ("obstetrics-gynecology", "20~29", "female", "月經已經三個月沒來了 驗孕是陰性 我23歲 最近壓力有點大"),
    ("obstetrics-gynecology", "30~39", "female", "分泌物變多 有怪味 黃黃的 下面會癢 34歲女"),
    ("obstetrics-gynecology", "10~19", "female", "我19歲 想打HPV疫苗 順便問幾歲要開始做抹片"),
    ("obstetrics-gynecology", "50~59", "female", "我媽51 一直熱潮紅 晚上睡不好 月經也亂掉 是更年期到了嗎"),

    # ophthalmology
    ("ophthalmology", "70~79", "male", "我爸72 最近眼睛看東西霧霧的 晚上開車對面的燈光都散開"),
    ("ophthalmology", "0~9", "male", "兒子8歲 看電視都要很靠近 老師說他看黑板看不清楚"),
    ("ophthalmology", "20~29", "male", "眼睛紅紅的 一直有分泌物 早上起來眼睛黏住睜不開 我25歲男"),
    ("ophthalmology", "30~39", "undisclosed", "近視800度 眼前一直有黑黑的小點飄來飄去 好幾年了 好像越來越多 我36"),

    # orthopedics
    ("orthopedics", "60~69", "female", "我媽64 膝蓋上下樓梯會痛痛ㄉ 蹲下站起來還會喀喀響"),
    ("orthopedics", "10~19", "male", "16歲男 打籃球扭到腳踝 腫腫的 可以走但會痛 已經三天了"),
    ("orthopedics", "40~49", "male", "下背痛好幾個月 痛到屁股跟大腿後面 久坐更嚴重 我42男"),
    ("orthopedics", "80+", "female", "阿嬤80歲 跌倒的時候手撐地 之後手腕一直痛 轉的時候特別痛 有點腫"),

    # otolaryngology
    ("otolaryngology", "30~39", "undisclosed", "鼻塞好幾個月了 常常流黃鼻涕 臉頰那邊悶悶的 我31歲"),
    ("otolaryngology", "60~69", "male", "我爸60 耳朵一直有嗡嗡聲 安靜的時候更明顯 跟他講話也常常聽不清楚"),
    ("otolaryngology", "40~49", "male", "我46 睡覺打呼很大聲 老婆說我半夜會停止呼吸 白天開會一直想睡"),
    ("otolaryngology", "30~39", "female", "喉嚨沙啞兩個多月都沒好 我是國小老師 38歲女 每天講很多話"),

    # pediatrics
    ("pediatrics", "0~9", "male", "我兒子3歲 發燒兩天 流鼻水咳嗽 食慾差一點 精神還可以 要帶去看嗎還是在家觀察就好"),
    ("pediatrics", "0~9", "female", "女兒5歲 手掌腳底跟嘴巴長一顆一顆的小水泡 有點燒 不太想吃東西"),
    ("pediatrics", "0~9", "undisclosed", "寶寶10個月 拉肚子兩天 一天拉五六次 水水的 還是有在喝奶 尿布也濕濕的"),
    ("pediatrics", "0~9", "male", "6歲兒子晚上一直咳 白天比較好 幼稚園很多人感冒"),

    # psychiatry
    ("psychiatry", "20~29", "female", "最近每天都很低落，對什麼都提不起勁，睡不好，常常一直哭。我25歲女。朋友叫我去看醫生但我不知道要看哪一科。"),
    ("psychiatry", "30~39", "male", "出門一定要反覆檢查門有沒有鎖 瓦斯有沒有關 檢查十幾次 很困擾 30歲男"),
    ("psychiatry", "10~19", "male", "我兒子17歲 上課沒辦法專心 老師說他一直動來動去 成績一直掉"),
    ("psychiatry", "40~49", "undisclosed", "失眠好幾個月了 躺在床上腦袋一直轉停不下來 白天上班很沒精神 我44"),

    # pulmonology
    ("pulmonology", "50~59", "male", "我爸58 咳嗽咳了兩個月 有痰 抽菸二十幾年了"),
    ("pulmonology", "60~69", "female", "我媽62 體檢胸部X光說有一個小陰影 要再做電腦斷層 好擔心"),
    ("pulmonology", "20~29", "female", "季節變化就會咳到晚上睡不著 有時候胸口緊緊的 我22歲女"),
    ("pulmonology", "80+", "male", "阿公83 以前在礦坑工作 咳嗽很多年了 最近走路越來越容易喘"),

    # rehabilitation
    ("rehabilitation", "60~69", "male", "我爸67 中風三個月了 左手還是沒什麼力 走路要拿拐杖 想加強復健"),
    ("rehabilitation", "20~29", "male", "膝蓋開完前十字韌帶手術兩個月 還是彎不太下去 我24歲男"),
    ("rehabilitation", "30~39", "female", "車禍後脖子一直很緊 轉頭會痛 骨科說骨頭沒事 我37女"),
    ("rehabilitation", "80+", "female", "阿嬤82 髖關節骨折開完刀出院了 現在下床很怕 走不穩"),

    # rheumatology
    ("rheumatology", "50~59", "female", "我媽50 早上起床手指關節很僵硬 要一個多小時才會比較好 兩手都腫腫的"),
    ("rheumatology", "30~39", "male", "39男 腳大拇趾半夜突然紅腫熱痛 昨天吃了火鍋喝啤酒"),
    ("rheumatology", "20~29", "female", "臉頰兩邊有紅疹 曬太陽更嚴重 關節痠痛 嘴巴常常破 我21歲女"),
    ("rheumatology", "20~29", "male", "下背痛早上最嚴重 活動一下反而比較好 已經一年多了 我28歲男"),

    # urology
    ("urology", "70~79", "male", "我爸70 晚上要起來尿三四次 睡都睡不好 尿很細 要等很久才尿得出來"),
    ("urology", "20~29", "female", "尿尿會刺痛 一直想尿 每次只有一點點 23歲女 是不是uti"),
    ("urology", "40~49", "male", "體檢超音波說有腎結石0.5公分 目前沒什麼感覺 我45男 要處理嗎"),
    ("urology", "50~59", "female", "我媽57 打噴嚏咳嗽的時候會漏尿 生完兩胎後就這樣"),

    # nutrition
    ("nutrition", "30~39", "female", "想減肥 一天要吃多少熱量才對 我身高160 體重72 女生30歲"),
    ("nutrition", "0~9", "male", "兒子9歲很挑食。只吃白飯跟肉，完全不吃青菜，水果也只吃香蕉。身高在班上算矮的。要怎麼補充營養？需要吃綜合維他命嗎？"),
    ("nutrition", "20~29", "female", "懷孕了 飲食上要注意什麼 要額外補什麼 28歲"),
    ("nutrition", "70~79", "male", "阿公79 牙口不好吃很少 最近瘦很多 想問怎麼準備餐點比較有營養"),
]
