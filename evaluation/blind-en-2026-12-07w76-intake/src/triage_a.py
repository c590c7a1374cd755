from helpers import T

ITEMS = [
    # cardiology
    T("Holter results copied from portal: 'Sinus rhythm, frequent PVCs, burden 14%. No sustained arrhythmia.' I'm a 47 yo woman, feel skipped beats mostly lying down at night. Is 14% a lot? Do I need an ablation or just less coffee?", "cardiology", "40~49", "female"),
    T("dad 74 had a TAVI done last year, the follow up echo letter says 'mild paravalvular leak'. he's well, walks the dog daily. does that need anything done or just watch it", "cardiology", "70~79", "male"),
    T("1) 33 years old\n2) BP readings at home avg 150/100 for a month\n3) no meds\n4) both parents had high BP young\nwho should I see about this, is it too early for tablets", "cardiology", "30~39", "undisclosed"),
    T("I'm a 58 year old man, been told I have a heart murmur at a routine visit. Echo shows moderate aortic stenosis. I get a bit more puffed on hills than my mates. How often should this be checked?", "cardiology", "50~59", "male"),
    # dentistry
    T("my gums bleed every time i brush and floss, have done for months, and one bottom front tooth feels a little wobbly. i'm 42 and smoke. mouthwash?", "dentistry", "40~49", "undisclosed"),
    T("Daughter is 8, her adult front tooth came in behind the baby tooth which is still firmly there. Shark teeth? Does the baby one need pulling?", "dentistry", "0~9", "female"),
    T("Crown fell off my back molar while eating toffee (of course). No pain, I kept the crown. I'm 66, male. Can I glue it back with the pharmacy kit till I get in?", "dentistry", "60~69", "male"),
    T("Wisdom tooth lower left half erupted, gum over it keeps getting sore and swollen every few weeks, bad taste. 23F. Does it need to come out?", "dentistry", "20~29", "female"),
    # dermatology
    T("Scalp is flaky and itchy with thick silvery patches behind my ears and along the hairline. Tried Head & Shoulders and T/Gel. 36 year old guy. Psoriasis?", "dermatology", "30~39", "male"),
    T("Mum, 81, has a scaly pink patch on her nose that bleeds when she wipes it and never heals. Been 4 months. she's had a lot of sun in her life", "dermatology", "80+", "female"),
    T("warts on the soles of both feet, 15 yo, tried freezing spray from the pharmacy 3 times. they're spreading and hurt in trainers. what's next?", "dermatology", "10~19", "undisclosed"),
    T("I've got these dark velvety patches on the back of my neck and armpits. 27, overweight. Someone said it's linked to insulin? Also some skin tags. Which clinic deals with this first, skin?", "dermatology", "20~29", "undisclosed"),
    # endocrinology
    T("Copied: 'Calcium 2.78 mmol/L (2.2-2.6), PTH 9.8 pmol/L (1.6-6.9)'. Doctor said possible hyperparathyroidism. 62, female, kidney stone last year. What's the treatment?", "endocrinology", "60~69", "female"),
    T("my son is 17 and has been told he has a prolactinoma after they checked why he wasn't developing properly. we're devastated. who manages this long term?", "endocrinology", "10~19", "male"),
    T("I'm 52, type 2, on metformin and gliclazide, A1c stuck at 9%. Doc says insulin next. Are there other options like those weekly injections first?", "endocrinology", "50~59", "undisclosed"),
    T("ultrasound found a 2.3cm nodule in my thyroid. TSH normal. 39F. They said maybe a needle biopsy. What are the chances it's cancer and who does the biopsy?", "endocrinology", "30~39", "female"),
    # family-medicine
    T("Hi I'm 45 and haven't had any kind of check-up in about 10 years. What should a general health check include at my age? Male, no known problems.", "family-medicine", "40~49", "male"),
    T("cold for 6 days, blocked nose, sore throat, slight cough, no fever. 29. Can I go to work, and does it need antibiotics?", "family-medicine", "20~29", "undisclosed"),
    T("Just tired all the time lately, 56 yr old woman. Sleep ok, diet ok, nothing obvious. Where do I even start? Blood tests?", "family-medicine", "50~59", "female"),
    T("Need a form signed saying I'm fit to do a charity skydive. 68, on one BP tablet, otherwise well. Who does this?", "family-medicine", "60~69", "undisclosed"),
    # gastroenterology
    T("Bloating, alternating constipation and diarrhoea for 2 yrs, worse with stress. 31F. Coeliac bloods negative. FODMAP helped a bit. Is this IBS for sure or should I be scoped?", "gastroenterology", "30~39", "female"),
    T("From my endoscopy report: 'Barrett's oesophagus, 3cm segment, no dysplasia.' 57 year old male. How often do I need re-scopes and can the PPI stop it getting worse?", "gastroenterology", "50~59", "male"),
    T("Liver bloods up on a routine test: ALT 112 (ref <40), GGT 180. I drink 2-3 glasses of wine a night, 44 yrs. Fatty liver? What tests next?", "gastroenterology", "40~49", "undisclosed"),
    T("my grandma (83) has had black-ish stools on and off but she's on iron tablets. No pain. Her hb has dropped from 118 to 104 in 3 months. Does she need looking into?", "gastroenterology", "80+", "female"),
    # general-surgery
    T("lump in my groin that pops out when I cough or lift and goes back when I lie down. 38M, works in construction. No pain really. Do hernias always need an op?", "general-surgery", "30~39", "male"),
    T("Gallstones found on scan, 3 attacks of pain under right ribs this year after fatty food. 49, female. Should I have my gallbladder removed or just change diet?", "general-surgery", "40~49", "female"),
    T("pilonidal cyst at the top of my bum crack keeps getting infected, 19 yo, had it lanced twice. is there a permanent fix?", "general-surgery", "10~19", "undisclosed"),
    T("Lipoma on my back about the size of an egg, getting bigger slowly over 3 years. 61. It's annoying under the rucksack. Can it be removed?", "general-surgery", "60~69", "undisclosed"),
    # hematology-oncology
    T("Routine bloods showed platelets 620 (ref 150-400) on two occasions. 54 y/o man, feel well. GP mentioned 'JAK2 test'. What is that looking for?", "hematology-oncology", "50~59", "male"),
    T("I finished chemo for Hodgkin lymphoma 2 years ago, 28F, in remission. What follow-up should I still be having? Also worried about fertility.", "hematology-oncology", "20~29", "female"),
    T("My father, 77, has CLL on 'watch and wait'. Lymphocytes now 48. Lymph nodes in neck bigger. When do they usually start treatment?", "hematology-oncology", "70~79", "male"),
    T("I bruise really easily and my periods have always been very heavy. 16 years old. My mum thinks it might be von Willebrand like her sister. Which specialist tests that?", "hematology-oncology", "10~19", "female"),
    # infectious-diseases
    T("Came back from a 3 week trip to Kenya 10 days ago, now getting fevers every other day with shivers. I'm 34, took malaria tablets but missed some. Who should test me?", "infectious-diseases", "30~39", "undisclosed"),
    T("HIV positive for 12 years, 51, male, undetectable on Biktarvy. Want to switch to the injectable every 2 months. Is it right for me?", "infectious-diseases", "50~59", "male"),
    T("Recurrent MRSA boils in my thighs and bum for a year, 26F. Had decolonisation once. Keeps coming back. Who specialises in this?", "infectious-diseases", "20~29", "female"),
    T("Latent TB found on my work screening (QuantiFERON positive). 41. Chest x-ray clear. Do I really need 3 or 6 months of tablets if I feel fine?", "infectious-diseases", "40~49", "undisclosed"),
    # nephrology
    T("eGFR 38 and ACR 45 mg/mmol on my last bloods. 64, diabetic and high BP. GP says refer to kidneys. What will they do that she can't?", "nephrology", "60~69", "undisclosed"),
    T("Polycystic kidney disease runs in my family. My scan at 30 showed a few cysts, I'm now 35F and BP creeping up. Is there a drug to slow it?", "nephrology", "30~39", "female"),
    T("My husband is 71, on peritoneal dialysis at home. He's keen to go on a cruise. Is that doable with PD?", "nephrology", "70~79", "male"),
    T("Protein in my urine on a dipstick at the gym health check, 22 years old male, otherwise healthy, go to the gym 5x a week and take creatine. Is it the creatine?", "nephrology", "20~29", "male"),
    # neurology
    T("Numbness and tingling in my left leg came and went over 3 weeks last spring, now my vision in one eye went blurry for a week. 29F. I'm scared it's MS. Who do I see?", "neurology", "20~29", "female"),
    T("Migraines 12-15 days a month despite topiramate. 43. Heard about the new monthly injections (CGRP). How do I get them?", "neurology", "40~49", "undisclosed"),
    T("Dad, 69, has a tremor in his right hand when resting, walks with short steps and his writing's got tiny. GP thinks Parkinson's. Who confirms it?", "neurology", "60~69", "male"),
    T("Teenager (14, boy) has had jerky movements of his arms in the mornings for a few months, drops his cereal spoon. Doctor said could be juvenile myoclonic epilepsy. What happens next?", "neurology", "10~19", "male"),
]
