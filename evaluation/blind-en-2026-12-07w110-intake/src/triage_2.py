from h import T

ITEMS = [
    # ophthalmology
    T("padhte waqt akshar dhundhle dikhte hain, door ka theek hai. 44 ki hoon. chashma lagega ab?", "ophthalmology", "40~49", "female"),
    T("beti 6 saal ki hai, TV bahut paas se dekhti hai aur aankhein sikodti hai", "ophthalmology", "0~9", "female"),
    T("abbu ko motia hai dono aankhon mein, 69 saal, sugar bhi hai. operation ke liye sugar kitni honi chahiye?", "ophthalmology", "60~69", "male"),
    T("eyes dry and gritty all day, worse with the laptop, 37, wear contacts. drops from the chemist help a bit", "ophthalmology", "30~39", "undisclosed"),
    # orthopedics
    T("ghutne mein dard seedhi utarte waqt, kat kat ki awaaz aati hai. 58 ki hoon, wazan 80", "orthopedics", "50~59", "female"),
    T("cricket khelte waqt kandha utar gaya tha 3 baar ab tak. 22 saal ka hoon. operation ki zaroorat hai?", "orthopedics", "20~29", "male"),
    T("My 14 yo daughter's spine looks curved, one shoulder higher than the other. PE teacher noticed.", "orthopedics", "10~19", "female"),
    T("kalai toot gayi thi 6 hafte pehle, plaster khula, haath seedha nahi ho raha aur ek haddi ubhri hui lagti hai. x-ray mein galat jodi hai bola. 66 saal", "orthopedics", "60~69", "undisclosed"),
    # otolaryngology
    T("kaan mein seeti jaisi awaaz aati hai raat ko, left wala, aur sunai bhi kam. 49 ka hoon, factory mein kaam", "otolaryngology", "40~49", "male"),
    T("naak ki haddi tedhi hai, ek taraf se saans nahi aati, har mahine sinus. 31 ki hoon", "otolaryngology", "30~39", "female"),
    T("beta 5 saal ka, kharrate maarta hai, munh khol ke sota hai, tonsils bade hain bola", "otolaryngology", "0~9", "male"),
    T("Hoarse voice for 2 months, I teach and shout a lot. 53. No smoking.", "otolaryngology", "50~59", "undisclosed"),
    # pediatrics
    T("munna 18 mahine ka hai, abhi tak chalna shuru nahi kiya, khada ho jata hai pakad ke. normal hai?", "pediatrics", "0~9", "male"),
    T("bitiya 3 saal ki, baar baar sardi khansi, har mahine antibiotic. immunity kaise badhaye?", "pediatrics", "0~9", "female"),
    T("baby 4 months, having loose green stools twice a day but feeding well and happy. Formula fed. Worry?", "pediatrics", "0~9", "undisclosed"),
    T("bete ka wazan nahi badh raha, 9 saal ka hai 20 kilo. khana kam khata hai", "pediatrics", "0~9", "male"),
    # psychiatry
    T("kisi cheez mein mann nahi lagta, 2 mahine se, kaam pe bhi nahi jaata. 35 saal ka hoon. khud ko nuksaan ka koi iraada nahi, bas khaali khaali", "psychiatry", "30~39", "male"),
    T("haath baar baar dhoti hoon, 50-60 baar din mein, pata hai galat hai par ruk nahi paati. 28 ki hoon", "psychiatry", "20~29", "female"),
    T("beta 16 saal ka, ganja peene lag gaya hai doston ke saath aur bahut gussa karta hai. kahan dikhaye?", "psychiatry", "10~19", "male"),
    T("I'm 24 and non-binary, constant worry and racing thoughts, can't sit through lectures. Looking for an assessment for anxiety or ADHD.", "psychiatry", "20~29", "other"),
    # pulmonology
    T("dama hai bachpan se, ab 40 ki hoon, inhaler din mein 4 baar lena padta hai sardi mein. koi better dawa?", "pulmonology", "40~49", "female"),
    T("bidi peete the 40 saal, ab 67 ke hain papa, seedhi chadhne pe saans phoolti hai, subah balgam. COPD?", "pulmonology", "60~69", "male"),
    T("sukhi khansi 3 mahine se, chest x-ray normal, smoking nahi. 45 saal", "pulmonology", "40~49", "undisclosed"),
    T("CT mein lung mein 6mm ka nodule dikha accidentally, 59 saal male, purane smoker. follow up kaise?", "pulmonology", "50~59", "male"),
    # rehabilitation
    T("papa ko 3 mahine pehle lakwa (stroke) hua tha, ab right haath mein taakat aa rahi hai dheere dheere. ghar pe physio kaise continue karein? 72 saal", "rehabilitation", "70~79", "male"),
    T("ACL reconstruction hue 4 hafte ho gaye, 27 ki hoon, ghutna poora seedha nahi hota. kaun si exercises?", "rehabilitation", "20~29", "female"),
    T("After hip replacement surgery 2 months ago my mother (81) is scared to walk without the frame. How to build her confidence?", "rehabilitation", "80+", "female"),
    T("bike accident ke baad kandhe ki haddi judi, ab haath upar nahi jaata. 34 saal ka hoon. physio kitne din?", "rehabilitation", "30~39", "male"),
    # rheumatology
    T("subah uthte hi ungliyon ke jod akad jaate hain 1 ghanta, dono haath, soojan. RA factor positive. 39 ki hoon", "rheumatology", "30~39", "female"),
    T("pair ke angoothe mein achanak soojan aur laali, uric acid 9.2. 48 saal ka hoon, shaadi mein mutton khaya tha", "rheumatology", "40~49", "male"),
    T("kamar mein akdan subah, chalne se theek hoti hai, 25 saal ka hoon, HLA-B27 positive aaya", "rheumatology", "20~29", "male"),
    T("Butterfly rash on cheeks, joint pains, hair fall, ANA positive. I'm 31F. Lupus?", "rheumatology", "30~39", "female"),
    # urology
    T("raat ko 4 baar peshaab ke liye uthna padta hai, dhaar patli ho gayi hai. 66 saal, mard", "urology", "60~69", "male"),
    T("kidney mein 7mm ki pathri hai, dard abhi nahi hai. paani pe nikal jayegi ya laser karana padega? 37 saal", "urology", "30~39", "undisclosed"),
    T("Husband (42) and I trying for 2 years, his semen report says low count and motility. Who should he see?", "urology", "40~49", "male"),
    T("ammi ko khansne ya chheenkne pe peshaab nikal jaata hai, 63 saal ki hain. sharam ki wajah se bahar nahi jaati", "urology", "60~69", "female"),
    # nutrition
    T("beti 11 saal ki hai aur sirf maggi aur chips khaati hai. sabzi bilkul nahi. kya diet plan banaye?", "nutrition", "10~19", "female"),
    T("gym start kiya hai, 20 ka hoon, veg hoon, protein kahan se laun? paneer aur dal kaafi hai?", "nutrition", "20~29", "male"),
    T("doctor ne kaha wazan kam karo sugar ke liye. 50 saal ki hoon, chawal bahut pasand hai. kitna kha sakti hoon?", "nutrition", "50~59", "female"),
    T("What should a 75 year old eat to avoid losing muscle? Appetite is small. Vegetarian, lives alone.", "nutrition", "70~79", "undisclosed"),
]
