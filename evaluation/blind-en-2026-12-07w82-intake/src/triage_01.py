from _helpers import T

ITEMS = [
    # cardiology
    T("Care home nurse. One of our gentlemen, 83, has an irregular pulse we picked up on the routine obs, about 110 and all over the place. He feels ok, bit tired. The GP wants a 24 hour tape. What are they looking for?", "cardiology", "80+", "male"),
    T("im 34 and female, get palpitations that last a few minutes a couple times a week, feels like my heart is flip flopping. ECG at the GP was normal. do i need a heart monitor", "cardiology", "30~39", "female"),
    T("My mum is 67 and was told she has a leaky mitral valve on her echo. She gets breathless on hills. Will she need surgery at some point?", "cardiology", "60~69", "female"),
    T("PE teacher here. One of my 16 year old lads was told at a screening he has a thickened heart muscle and must stop football. He's devastated. What does this diagnosis actually mean for him long term?", "cardiology", "10~19", "male"),
    # dentistry
    T("carer - one of our residents, 78, has a broken denture and her gums are sore where the edge rubs. she's not eating properly. who fixes dentures for people in homes", "dentistry", "70~79", "female"),
    T("My wisdom tooth on the bottom left keeps getting swollen gum over it every few months. I'm 24. Should it come out?", "dentistry", "20~29", "undisclosed"),
    T("Teacher: a 7 year old in my class has black front teeth and says they hurt when he drinks cold milk. Parents say baby teeth don't matter. Do they?", "dentistry", "0~9", "male"),
    T("51 yr old man, my gums bleed every time I brush and my teeth feel a bit loose. I smoke. is it too late to save them", "dentistry", "50~59", "male"),
    # dermatology
    T("i'm 19 and have had acne on my face and chest since I was 14, tried everything from boots, lymecycline did nothing. what's next", "dermatology", "10~19", "undisclosed"),
    T("Carer. A resident, 86, has a crusty scaly patch on the top of her ear that bleeds now and then and doesn't heal. she was a farmer's wife, out in the sun all her life", "dermatology", "80+", "female"),
    T("I'm a 45 year old man with a mole on my back that my wife says has got bigger and darker over the summer. Edges look a bit ragged.", "dermatology", "40~49", "male"),
    T("My partner (they're non-binary, 28) has had psoriasis on their scalp for years and it's flaking so badly now. Is there anything stronger than the tar shampoo?", "dermatology", "20~29", "other"),
    # endocrinology
    T("My daughter is 12 and hasn't grown in 2 years, she's the smallest in her class by a mile. GP did bloods, thyroid normal. Who do we see about growth?", "endocrinology", "10~19", "female"),
    T("I'm 38 female, my calcium keeps coming back high (2.8) and my PTH is also high. They mention a parathyroid gland thing. What happens next?", "endocrinology", "30~39", "female"),
    T("Nurse at a care home: one of our residents, 72, type 2 diabetic on insulin, his sugars swing from 3 to 20. His diabetes consultant isn't seeing him till spring. what adjustments are normally made?", "endocrinology", "70~79", "male"),
    T("I was told I have a nodule on my thyroid on an ultrasound they did for something else. 55, woman. Do they biopsy these?", "endocrinology", "50~59", "female"),
    # family-medicine
    T("Hi I'm 31 and I've had a cold for 10 days now, blocked nose, bit of a cough, no fever. When should I bother the doctor?", "family-medicine", "30~39", "undisclosed"),
    T("I'm 42 male and haven't had a check up in about 15 years. What should a general health check include at my age?", "family-medicine", "40~49", "male"),
    T("New job as a carer and they say I need a TB and hep B check before I start. I'm 23 female. Where do I get those done?", "family-medicine", "20~29", "female"),
    T("My husband is 64 and just feels 'run down' for a couple of months, tired, a bit achy, nothing specific. He's not one to complain. What should the GP check?", "family-medicine", "60~69", "male"),
    # gastroenterology
    T("26 yr old woman, bloating every day and alternating constipation and diarrhoea for a year. Coeliac test was negative. IBS?", "gastroenterology", "20~29", "female"),
    T("Resident at our home, 81, ferritin dropped to 9 and the GP wants a camera test both ends. she's frail. is there a gentler option?", "gastroenterology", "80+", "female"),
    T("I've had acid reflux for 20 years and I'm now 58. My doctor says I should have a scope to check for Barrett's. Is that necessary?", "gastroenterology", "50~59", "undisclosed"),
    T("my son is 17 and has had bloody diarrhoea on and off for 6 weeks and lost weight. GP sent bloods. could it be crohns or colitis?", "gastroenterology", "10~19", "male"),
]
