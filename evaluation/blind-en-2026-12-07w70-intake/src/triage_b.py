# Triage items, part B (hand-written, writer 70). Exactly 4 per department.
from _helpers import T

ITEMS = [
    # obstetrics-gynecology
    T("I'm 29 and we've been trying for a baby for 18 months with no luck. My cycles are all over the place, 35 to 60 days. Where do we start?", "obstetrics-gynecology", "20~29", "female"),
    T("Hot flushes and no sleep, periods stopped 8 months ago. I'm 51 and farming full time, it's wrecking me. Is HRT safe?", "obstetrics-gynecology", "50~59", "female"),
    T("Pap smear came back with high grade changes and they want to do a colposcopy. What happens at one? I'm 33.", "obstetrics-gynecology", "30~39", "female"),
    T("I'm 12 weeks pregnant with my first, we live on a station 5 hours from the nearest maternity unit. How do antenatal checks work for people this remote? Feeling fine.", "obstetrics-gynecology", "20~29", "female"),
    # ophthalmology
    T("Getting cloudy vision in both eyes, bright lights glare badly when driving at night. I'm 74. The optometrist said cataracts.", "ophthalmology", "70~79", "undisclosed"),
    T("Got told I have high eye pressure at the optometrist, 28 in both eyes. Glaucoma? My dad went blind from it. 55, male.", "ophthalmology", "50~59", "male"),
    T("Our 4 year old's left eye turns in when she's tired. Preschool teacher noticed too. Does she need glasses or a patch?", "ophthalmology", "0~9", "female"),
    T("Fleshy growth creeping across the white of my eye toward the coloured part, from years on the water. Gets red and gritty. I'm 46.", "ophthalmology", "40~49", "undisclosed"),
    # orthopedics
    T("Knee's been bad for years, bone on bone on the xray. I'm 68 and can't walk the paddocks anymore. How do you know when it's time for a replacement?", "orthopedics", "60~69", "male"),
    T("Hurt my shoulder throwing bales 3 months ago, can't lift my arm above my head and it aches at night. 43, male.", "orthopedics", "40~49", "male"),
    T("I'm 15 and play rugby, my knee gave way in a tackle 2 weeks ago and it's been unstable since, keeps buckling.", "orthopedics", "10~19", "male"),
    T("Bunion on my right foot is getting worse and I can't fit my boots. I'm 57, female. Is surgery worth it?", "orthopedics", "50~59", "female"),
    # otolaryngology
    T("Constant ringing in my ears and muffled hearing, worse on the left. 30 years on tractors and chainsaws. 59 years old.", "otolaryngology", "50~59", "undisclosed"),
    T("Blocked nose on one side for 6 months, can't smell properly and sometimes a bit of blood. 48, guy. Polyps?", "otolaryngology", "40~49", "male"),
    T("Tonsillitis 6 times this year, I'm 22 and keep missing work at the meatworks. Should they come out?", "otolaryngology", "20~29", "female"),
    T("Hoarse voice for 2 months, no cold. I'm 63 and smoked till 5 years ago. Husband says I sound like a frog.", "otolaryngology", "60~69", "female"),
    # pediatrics
    T("My 3 year old has had a runny nose and cough on and off all winter, eating and playing fine, no fever now. Normal for daycare kids?", "pediatrics", "0~9", "undisclosed"),
    T("Our 18 month old boy isn't walking yet and only says 2 words. Our other kids were earlier. Should we be worried?", "pediatrics", "0~9", "male"),
    T("Son is 6 and has had a tummy ache and loose poos for 4 days since the school camp, drinking fine and running around.", "pediatrics", "0~9", "male"),
    T("Our 8 year old daughter wets the bed most nights still. Dry during the day. Is this something a doctor can help with?", "pediatrics", "0~9", "female"),
    # psychiatry
    T("I've been feeling flat and hopeless since the drought got bad, not enjoying anything, sleeping badly. I'm not going to hurt myself but I want help. 44, male.", "psychiatry", "40~49", "male"),
    T("My son is 19 and since he came back from working in the mines he's been paranoid, thinks the neighbours are watching him. He's been smoking a lot of weed.", "psychiatry", "10~19", "male"),
    T("I've got panic attacks in the supermarket and crowds, started after the bushfires. 37 year old woman. I avoid going to town now.", "psychiatry", "30~39", "female"),
    T("Been on lithium for bipolar for 12 years, my GP is retiring and the new one doesn't want to manage it. Need a psychiatrist. 52.", "psychiatry", "50~59", "undisclosed"),
    # pulmonology
    T("Short of breath walking up slopes for a year and a wet cough every morning. Smoked 40 years. I'm 66, man. COPD?", "pulmonology", "60~69", "male"),
    T("My asthma is getting worse even with the preventer, waking up wheezing 3 nights a week. 27, female.", "pulmonology", "20~29", "female"),
    T("Worked in a coal mine 25 years, the xray shows spots on my lungs. 61. Black lung? What tests next?", "pulmonology", "60~69", "male"),
    T("Dry cough for 3 months and I keep getting short of breath, I keep pigeons and have for years. 54.", "pulmonology", "50~59", "undisclosed"),
    # rehabilitation
    T("Dad had a stroke 6 weeks ago and is home now, his left side is weak and he's struggling to walk. He's 72. How do we get physio out here?", "rehabilitation", "70~79", "male"),
    T("Broke my ankle in a fall from a horse, cast came off last week. I'm 34, woman. Can't walk properly, what exercises now?", "rehabilitation", "30~39", "female"),
    T("After my knee replacement 4 weeks ago I'm struggling to bend past 90. I'm 81. Is it too late to improve?", "rehabilitation", "80+", "female"),
    T("Crushed my hand in a hydraulic press last year, had surgery, fingers still stiff. I'm 25 and want to get back to work as a mechanic.", "rehabilitation", "20~29", "male"),
    # rheumatology
    T("Swollen painful knuckles and wrists, stiff for 2 hours every morning. I'm 42, female. Blood test said rheumatoid factor positive.", "rheumatology", "40~49", "female"),
    T("Big toe swells up red and agonising every few months, especially after a few beers and a roast. 50, male. Gout?", "rheumatology", "50~59", "male"),
    T("Lower back stiffness that's worse in the mornings and better when I move, for about 2 years. I'm 28, man.", "rheumatology", "20~29", "male"),
    T("My shoulders and hips ache and are stiff every morning, can barely get out of bed. Came on over a few weeks. I'm 76.", "rheumatology", "70~79", "undisclosed"),
    # urology
    T("Getting up 4 times a night to wee and the stream is weak. I'm 69. Prostate?", "urology", "60~69", "male"),
    T("Had a kidney stone last year, now another one on the scan, 6mm, not hurting right now. 40. How do I stop getting them?", "urology", "40~49", "undisclosed"),
    T("My testicle has a painless lump on it I found in the shower a week ago. I'm 24.", "urology", "20~29", "male"),
    T("I leak urine when I cough or lift the feed buckets. 60 year old woman, had 4 kids. Is there a fix?", "urology", "60~69", "female"),
    # nutrition
    T("I want to lose about 15kg. I'm 39, shift worker on the boats, eat whatever's on board. Need a diet plan that works with that.", "nutrition", "30~39", "undisclosed"),
    T("Just been diagnosed with coeliac disease. What can I actually eat? We're 300km from a shop that stocks gluten free stuff. 17, female.", "nutrition", "10~19", "female"),
    T("My mum is 84 and just picks at food now, she's losing weight. What can I give her that's easy and builds her up?", "nutrition", "80+", "female"),
    T("Pregnant wife is vegetarian and I'm worried she's not getting enough iron and protein. She's 32. What should she be eating?", "nutrition", "30~39", "female"),
]
