# triage items, part 1 (11 departments x 4)
ITEMS = [
    # cardiology
    {"text": "Off-duty RN, 58F. Palpitations on and off x3/52, irregularly irregular on my own pulse check, HR ~110 when it happens, otherwise asymptomatic. No CP, no SOB. ?paroxysmal AF. Who do I need to see for a Holter and anticoag decision?", "department": "cardiology", "age_range": "50~59", "gender": "female"},
    {"text": "dad is 74, echo last month showed aortic stenosis, valve area 0.9, gradient 45. gets a bit puffed on hills but no blackouts. what's next, TAVI assessment?", "department": "cardiology", "age_range": "70~79", "gender": "male"},
    {"text": "Paramedic, 36M. Work ECG showed a short PR and a slurred upstroke, delta waves? Never had palpitations. Do I need an EP study or just leave it?", "department": "cardiology", "age_range": "30~39", "gender": "male"},
    {"text": "I'm 45. My cholesterol is 8.9 and my father had a heart attack at 48. I have no symptoms but I'd like a proper cardiovascular risk assessment, maybe a calcium score. Where do I start?", "department": "cardiology", "age_range": "40~49", "gender": "undisclosed"},
    # dentistry
    {"text": "HCA, 27F. Wisdom tooth lower L keeps getting gum swollen over it, bad taste, can't open mouth fully for a day or two then settles. Pericoronitis x3 this year. Extraction?", "department": "dentistry", "age_range": "20~29", "gender": "female"},
    {"text": "My 8 yr old chipped his front adult tooth on the playground yesterday, small corner gone, no pain, no bleeding. Does it need bonding or leave it?", "department": "dentistry", "age_range": "0~9", "gender": "male"},
    {"text": "Retired nurse, 71. Lower denture keeps rocking and rubbing a sore spot. Would implants work at my age? I'm on alendronate - is that an issue for implants?", "department": "dentistry", "age_range": "70~79", "gender": "undisclosed"},
    {"text": "teeth sensitive to cold for months, gums receding on the lower front. 43, brush hard apparently. sensodyne not doing much. do I need grafting?", "department": "dentistry", "age_range": "40~49", "gender": "undisclosed"},
    # dermatology
    {"text": "Care assistant, 52M. Scaly red plaques on elbows and knees, now nail pitting. Emollients and Dovobet from GP not cutting it. Next step - phototherapy?", "department": "dermatology", "age_range": "50~59", "gender": "male"},
    {"text": "my daughter is 15 and her acne is getting really bad, painful cysts on her jaw and it's leaving marks. 3 months of lymecycline hasn't worked. how do we get roaccutane", "department": "dermatology", "age_range": "10~19", "gender": "female"},
    {"text": "Pharmacist, 66. New pearly nodule on my nose with a tiny ulcer in the middle, 6 months, slowly growing. BCC? Mohs or standard excision?", "department": "dermatology", "age_range": "60~69", "gender": "undisclosed"},
    {"text": "I'm nonbinary, 24, on testosterone for 2 years and the acne on my back and chest is awful now. Is there anything that won't interfere with my T?", "department": "dermatology", "age_range": "20~29", "gender": "other"},
    # endocrinology
    {"text": "Nurse, 33F. Weight loss 5kg, tremor, heat intolerance, HR 104 resting. TSH <0.01, FT4 38, TRAb positive. Graves. Carbimazole or block and replace?", "department": "endocrinology", "age_range": "30~39", "gender": "female"},
    {"text": "Husband, 61, type 2 diabetic on metformin and gliclazide, HbA1c 78. GP mentioned insulin. He's a long distance driver. Any alternatives like the weekly injections?", "department": "endocrinology", "age_range": "60~69", "gender": "male"},
    {"text": "Incidental adrenal lesion 2.4cm on CT done for kidney stones. 49M. BP 150/95 on 2 meds. Need functional workup? Who orders the metanephrines?", "department": "endocrinology", "age_range": "40~49", "gender": "male"},
    {"text": "My calcium is 2.78 and PTH is high normal. I'm 57, postmenopausal, kidney stone last year. Primary hyperparathyroidism? Surgery?", "department": "endocrinology", "age_range": "50~59", "gender": "female"},
    # family-medicine
    {"text": "Just turned 40, HCA, haven't seen a doctor in about 10 years. Want a general health check, bloods, BP, the lot. How do I get one?", "department": "family-medicine", "age_range": "40~49", "gender": "undisclosed"},
    {"text": "Cold for 10 days now, blocked nose, mild cough, no fever, eating fine. 29M paramedic. Back at work Monday. Anything to speed it up or just ride it out?", "department": "family-medicine", "age_range": "20~29", "gender": "male"},
    {"text": "Tired all the time for a couple of months, 38F, nights and days mixed rota, two kids. No weight loss, periods normal. Where to start - bloods from GP?", "department": "family-medicine", "age_range": "30~39", "gender": "female"},
    {"text": "Mum's 83 and wants to know if she should still have the flu and covid jabs together and if she needs the pneumonia one again. She had the pneumo one at 65.", "department": "family-medicine", "age_range": "80+", "gender": "female"},
    # gastroenterology
    {"text": "ODP, 31M. Dysphagia to solids intermittently, food sticking mid-chest, hx of asthma and hay fever. ?eosinophilic oesophagitis. OGD with biopsies the way to go?", "department": "gastroenterology", "age_range": "30~39", "gender": "male"},
    {"text": "My wife is 47, had loose stools for 8 weeks, 4-5 a day, no blood, calprotectin 340. GP says refer. What will they do, colonoscopy?", "department": "gastroenterology", "age_range": "40~49", "gender": "female"},
    {"text": "I'm 55 and have had heartburn most days for 15 years on omeprazole. Never been scoped. Should I be screened for Barrett's?", "department": "gastroenterology", "age_range": "50~59", "gender": "undisclosed"},
    {"text": "liver tests off on my staff health screen, ALT 95, I'm 42F, BMI 34, no alcohol to speak of. fatty liver? fibroscan?", "department": "gastroenterology", "age_range": "40~49", "gender": "female"},
    # general-surgery
    {"text": "Lump in my groin that pops out when I cough and goes back in when I lie down, 3 months, aches after shifts. 46M porter. Hernia repair - how soon back to lifting?", "department": "general-surgery", "age_range": "40~49", "gender": "male"},
    {"text": "Recurrent pilonidal sinus, 22M, student paramedic, had it drained twice. Wants definitive surgery before final placement. Options?", "department": "general-surgery", "age_range": "20~29", "gender": "male"},
    {"text": "I'm a 64 y/o retired nurse with symptomatic gallstones, 3 attacks of biliary colic, USS shows multiple stones, CBD normal. Want a lap chole consult.", "department": "general-surgery", "age_range": "60~69", "gender": "undisclosed"},
    {"text": "Sebaceous cyst on my upper back that's been there for years, gets infected every few months. 35F. Want it cut out properly when it's calm.", "department": "general-surgery", "age_range": "30~39", "gender": "female"},
    # hematology-oncology
    {"text": "Dad, 69, bloods showed lymphocytes 18, otherwise well, no nodes he can feel. GP said probably CLL. What does the haematology referral involve?", "department": "hematology-oncology", "age_range": "60~69", "gender": "male"},
    {"text": "Nurse, 39F. Platelets 620 on repeat x3, no iron deficiency, no inflammation. JAK2 came back positive. ET? What's the plan usually?", "department": "hematology-oncology", "age_range": "30~39", "gender": "female"},
    {"text": "I finished treatment for breast cancer 2 years ago and I'm on letrozole. I'm 56. Joint pains are terrible. Can I switch to a different one? Who do I ask - oncology?", "department": "hematology-oncology", "age_range": "50~59", "gender": "female"},
    {"text": "Ferritin 1800, transferrin sats 78%, 44M. HFE C282Y homozygous. Venesection schedule - who manages that?", "department": "hematology-oncology", "age_range": "40~49", "gender": "male"},
    # infectious-diseases
    {"text": "Came back from Kenya 3 weeks ago, now intermittent fevers and sweats, malaria films x1 negative. 33M pharmacist. Want proper returning traveller workup, where?", "department": "infectious-diseases", "age_range": "30~39", "gender": "male"},
    {"text": "Needlestick from a source known HIV positive but undetectable, on PEP day 10, nauseous. 26F student nurse. Follow up testing schedule?", "department": "infectious-diseases", "age_range": "20~29", "gender": "female"},
    {"text": "Recurrent MRSA boils in the armpits and groin, 5 in a year. Decolonisation done twice. 51, HCA. Who looks at this long term?", "department": "infectious-diseases", "age_range": "50~59", "gender": "undisclosed"},
    {"text": "My husband's been diagnosed with latent TB on an IGRA for his new job as a care worker. 37. Does he have to have the 3 months of tablets?", "department": "infectious-diseases", "age_range": "30~39", "gender": "male"},
    # nephrology
    {"text": "eGFR 38, was 52 a year ago. I'm 67M, diabetic, hypertensive. uACR 85. Renal referral? What can slow it - the SGLT2s?", "department": "nephrology", "age_range": "60~69", "gender": "male"},
    {"text": "Polycystic kidneys, mum had them and was on dialysis. I'm 34F and just had my USS showing multiple cysts both kidneys. Tolvaptan?", "department": "nephrology", "age_range": "30~39", "gender": "female"},
    {"text": "Persistent microscopic haematuria and protein on dip at my work medicals, 2+ protein each time. ACR 70. 28, otherwise well. IgA nephropathy possible?", "department": "nephrology", "age_range": "20~29", "gender": "undisclosed"},
    {"text": "Mum's 81, CKD stage 4, eGFR 17 now. Team asking about dialysis vs conservative care. She's frail. How do people decide?", "department": "nephrology", "age_range": "80+", "gender": "female"},
    # neurology
    {"text": "Numbness down my R leg for 3 weeks, now L arm tingling, I had an episode of blurred vision in one eye 2 yrs ago that resolved. 31F. MS? MRI?", "department": "neurology", "age_range": "30~39", "gender": "female"},
    {"text": "Dad, 72, resting tremor R hand, slower walking, smaller handwriting over the last year. Parkinson's? GP referred, wait is long.", "department": "neurology", "age_range": "70~79", "gender": "male"},
    {"text": "Chronic migraine, 16 days a month, failed propranolol, amitriptyline, topiramate. 41M paramedic. Botox or the CGRP injections?", "department": "neurology", "age_range": "40~49", "gender": "male"},
    {"text": "My teenage son (17) had 2 episodes of jerks first thing in the morning, dropping his cereal spoon. One proper fit last month after a late night, now fine. JME? Who manages epilepsy diagnosis?", "department": "neurology", "age_range": "10~19", "gender": "male"},
]
