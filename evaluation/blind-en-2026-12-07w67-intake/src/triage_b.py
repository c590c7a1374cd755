# Triage items, part B (11 departments x 4). Written by hand by writer 67.

def T(text, dept, age, gender):
    return {"text": text, "department": dept, "age_range": age, "gender": gender}

ITEMS = [
    # obstetrics-gynecology
    T("periods so heavy i flood thru pads every hour, 43", "obstetrics-gynecology", "40~49", "female"),
    T("22 wks pregnant n baby measuring small on scan, im 26, worried", "obstetrics-gynecology", "20~29", "female"),
    T("pelvic pain before n during my period for yrs, endo? 29", "obstetrics-gynecology", "20~29", "female"),
    T("post menopause bleeding, 62, just a little spotting but still", "obstetrics-gynecology", "60~69", "female"),
    # ophthalmology
    T("more floaters in my right eye over the last few months, 56, annoying when reading", "ophthalmology", "50~59", "undisclosed"),
    T("my 4yo squints n one eye turns in when shes tired", "ophthalmology", "0~9", "female"),
    T("eyes gritty n dry all day at the computer, 37 m", "ophthalmology", "30~39", "male"),
    T("grandad 81 says everything looks cloudy, cant read the paper anymore", "ophthalmology", "80+", "male"),
    # orthopedics
    T("knee gives way going downstairs since i twisted it skiing, 34 m, swollen still", "orthopedics", "30~39", "male"),
    T("hip aches deep in the groin, worse walking, 69 f", "orthopedics", "60~69", "female"),
    T("think i broke my toe, kicked the door, purple n fat, 18", "orthopedics", "10~19", "undisclosed"),
    T("bunion getting huge, shoes dont fit, 54 woman", "orthopedics", "50~59", "female"),
    # otolaryngology
    T("always blocked nose on one side, cant breathe thru it, 40 m", "otolaryngology", "40~49", "male"),
    T("hoarse voice for 5 wks now, smoker, 59", "otolaryngology", "50~59", "undisclosed"),
    T("my 6 yo son has tonsillitis like every month, do they still take tonsils out", "otolaryngology", "0~9", "male"),
    T("hearing going in one ear n ringing, 47 f", "otolaryngology", "40~49", "female"),
    # pediatrics
    T("my 18 month old has had a runny nose n cough for 2 wks, eating ok", "pediatrics", "0~9", "undisclosed"),
    T("baby girl 3 months not putting on weight, feeds are a struggle", "pediatrics", "0~9", "female"),
    T("5 yo son still wets the bed every night, is that normal", "pediatrics", "0~9", "male"),
    T("my 11 yo keeps getting tummy aches n headaches, school says shes pale", "pediatrics", "10~19", "female"),
    # psychiatry
    T("cant stop checking the locks n the oven, takes me an hour to leave the house, 26 f", "psychiatry", "20~29", "female"),
    T("low mood for months, no energy, dont enjoy anything, 44 m", "psychiatry", "40~49", "male"),
    T("hearing voices when no ones there, started a few wks ago, 21", "psychiatry", "20~29", "undisclosed"),
    T("panic attacks on the bus every day, 33 woman, cant get to work", "psychiatry", "30~39", "female"),
    # pulmonology
    T("short of breath walking to the shop now, ex smoker 40 yrs, 70 m", "pulmonology", "70~79", "male"),
    T("asthma not controlled even on the purple inhaler, 28 f", "pulmonology", "20~29", "female"),
    T("cough for 3 months, dry, chest xray said scarring, 64", "pulmonology", "60~69", "undisclosed"),
    T("sleep study said i stop breathing 30x an hour, 51 m, what now", "pulmonology", "50~59", "male"),
    # rehabilitation
    T("had a stroke 2 months ago, 73 m, right arm still weak, need help getting it working", "rehabilitation", "70~79", "male"),
    T("acl reconstruction 6 wks ago, 24 f, when can i run again, need a physio plan", "rehabilitation", "20~29", "female"),
    T("broke my wrist in jan, cast off now but it's stiff as anything, 60 yo", "rehabilitation", "60~69", "undisclosed"),
    T("after my hip replacement, 82, mum still cant walk w/o the frame, can she get more physio", "rehabilitation", "80+", "female"),
    # rheumatology
    T("fingers swollen n stiff every morning for over an hour, 36 f", "rheumatology", "30~39", "female"),
    T("lower back stiff in the mornings, better when i move, 27 m, years of it", "rheumatology", "20~29", "male"),
    T("butterfly rash on my face, joint pains, tired, 31", "rheumatology", "30~39", "undisclosed"),
    T("gout attacks every few weeks now, 55 man, allopurinol?", "rheumatology", "50~59", "male"),
    # urology
    T("up 4x a night to wee, weak stream, 66 m", "urology", "60~69", "male"),
    T("blood in my pee, no pain, 58", "urology", "50~59", "undisclosed"),
    T("kidney stone last yr, now the same pain on the other side, 39 m, not too bad yet", "urology", "30~39", "male"),
    T("leak a bit when i laugh or cough since having kids, 45 woman", "urology", "40~49", "female"),
    # nutrition
    T("want to go vegan, how do i get enough protein n b12, 23 f", "nutrition", "20~29", "female"),
    T("diet plan for my 14 yo son who plays rugby n is always hungry", "nutrition", "10~19", "male"),
    T("just diagnosed type 2, 57, what should i actually eat", "nutrition", "50~59", "undisclosed"),
    T("mum 85 losing weight, not eating much, what can we add to her meals", "nutrition", "80+", "female"),
]
