from _helpers import T

ITEMS = [
    # pulmonology
    T("I've had a cough for 10 weeks that won't shift, a bit of white phlegm, I'm 62 and an ex-smoker. Chest x-ray was normal. What else should they check?", "pulmonology", "60~69", "undisclosed"),
    T("I'm 29 and a woman, I get breathless and wheezy when I exercise and in the cold. Never diagnosed with asthma. How is it tested?", "pulmonology", "20~29", "female"),
    T("Care home. One resident, 84, has COPD and uses his inhalers wrong no matter how often we show him. Would a nebuliser be better?", "pulmonology", "80+", "male"),
    T("My CT scan showed a 6mm nodule in my lung. I'm 53, male, smoked 20 years. They want to repeat it in 3 months. Should I be worried?", "pulmonology", "50~59", "male"),
    # rehabilitation
    T("My mum, 76, had a stroke 2 months ago and her right arm is still weak. She's home now. How much more recovery can we expect and does physio help this late?", "rehabilitation", "70~79", "female"),
    T("I tore my ACL and had a reconstruction 6 weeks ago. I'm 21, male. I can't fully straighten my knee yet. Is my rehab going too slowly?", "rehabilitation", "20~29", "male"),
    T("Rugby coach. One of our players, 34, broke his ankle last season and had pins. He's back running but it swells after. What's a sensible return to play plan?", "rehabilitation", "30~39", "male"),
    T("I'm 45 and recovering from a bad car accident, back and hip injuries. Walking with a stick after 4 months. Is hydrotherapy worth it?", "rehabilitation", "40~49", "undisclosed"),
    # rheumatology
    T("My hands are stiff for about 2 hours every morning and the knuckles are swollen. I'm 39 and female. My CRP was raised. Rheumatoid?", "rheumatology", "30~39", "female"),
    T("I'm 27 male, lower back pain and stiffness for 2 years that is worse in the morning and better with exercise. My dad has ankylosing spondylitis.", "rheumatology", "20~29", "male"),
    T("Resident at our care home, 81, has pain and stiffness in both shoulders and hips, can't get out of bed in the mornings. Came on over a few weeks. Polymyalgia?", "rheumatology", "80+", "undisclosed"),
    T("I'm a 33 yr old woman with a butterfly rash on my face, joint pain and I'm exhausted. My ANA was positive. Lupus?", "rheumatology", "30~39", "female"),
    # urology
    T("I'm 67 and have to pee every hour during the day and 4 times a night, weak flow, dribbling. PSA was 4.8. What happens now?", "urology", "60~69", "male"),
    T("I had a kidney stone last year and now I get the same ache in my side again, no fever. I'm 37, male. Can they check if there's another stone?", "urology", "30~39", "male"),
    T("my son is 4 and only one of his testicles is in the scrotum, the other one can't be felt. Doctor said it should have come down by now. what's the treatment?", "urology", "0~9", "male"),
    T("I'm a 55 year old woman and I leak urine every time I cough or laugh or run. Pelvic floor exercises haven't worked. What are my options?", "urology", "50~59", "female"),
    # nutrition
    T("I'm 30, vegan for a year, and want to make sure I'm getting enough protein and B12 for running marathons. What should I eat daily?", "nutrition", "30~39", "undisclosed"),
    T("Cook at a care home. We have a resident, 87, who has lost weight and the GP says to fortify her food. What's the best way to add calories without more volume?", "nutrition", "80+", "female"),
    T("My 9 year old son is a very fussy eater, only eats beige food, pasta, chips, toast. Is he getting enough vitamins? Should I give supplements?", "nutrition", "0~9", "male"),
    T("I'm 46, a man, just told I have fatty liver and pre-diabetes. What kind of diet should I actually follow? I work shifts", "nutrition", "40~49", "male"),
]
