# triage items, part 2 (11 departments x 4)
ITEMS = [
    # obstetrics-gynecology
    {"text": "Nurse, 34, 2 yrs TTC, cycles 35-50 days, acne, hirsutism. ?PCOS. Day 21 progesterone low. Letrozole for ovulation induction - who prescribes?", "department": "obstetrics-gynecology", "age_range": "30~39", "gender": "female"},
    {"text": "Postmenopausal bleeding, one episode of spotting last week, I'm 61 and had my last period at 52. Not on HRT. I know it's 2WW, just want to know what the scan involves.", "department": "obstetrics-gynecology", "age_range": "60~69", "gender": "female"},
    {"text": "Wife is 27, 22 weeks with our first, anomaly scan said low-lying placenta. What restrictions, and when do they rescan?", "department": "obstetrics-gynecology", "age_range": "20~29", "gender": "female"},
    {"text": "HCA, 45F. Periods heavy, flooding through a pad an hour on day 1-2, USS shows 4cm fibroid. Hb 109. Mirena vs myomectomy vs hysterectomy?", "department": "obstetrics-gynecology", "age_range": "40~49", "gender": "female"},
    # ophthalmology
    {"text": "Paramedic, 52M. Optician found raised pressures 28 both eyes, discs look cupped. Referred. Should I be worried about driving?", "department": "ophthalmology", "age_range": "50~59", "gender": "male"},
    {"text": "Recurrent red painful eye with photophobia, 3rd episode, each time treated as anterior uveitis. I'm 29 and have back stiffness in the mornings too. Who coordinates this?", "department": "ophthalmology", "age_range": "20~29", "gender": "undisclosed"},
    {"text": "My mum, 78, has cataracts both eyes, struggling to read and watch TV, glare at night. GP says refer. Any point waiting?", "department": "ophthalmology", "age_range": "70~79", "gender": "female"},
    {"text": "Teen (14F) struggling with the board at school, new glasses -3.50 both eyes, was -2 a year ago. Myopia control - atropine drops, special lenses?", "department": "ophthalmology", "age_range": "10~19", "gender": "female"},
    # orthopedics
    {"text": "HCA, 63F. R hip OA, x-ray bone on bone, pain at night, can't do the stairs at work. Want THR referral.", "department": "orthopedics", "age_range": "60~69", "gender": "female"},
    {"text": "Twisted my knee playing 5-a-side 6 weeks ago, it locks and gives way. Swelled next day. 27M. MRI? Meniscal tear?", "department": "orthopedics", "age_range": "20~29", "gender": "male"},
    {"text": "Scaphoid fracture missed in A&E 2 months ago, now CT shows non-union. 19M student. What's the surgery?", "department": "orthopedics", "age_range": "10~19", "gender": "male"},
    {"text": "Shoulder pain for 6 months, can't lift arm above shoulder, night pain, painful arc. 55, pharmacist. Injection didn't last. Subacromial decompression still done?", "department": "orthopedics", "age_range": "50~59", "gender": "undisclosed"},
    # otolaryngology
    {"text": "Hoarse voice for 7 weeks, smoker, 59M. No cold before it. Need to have my cords looked at?", "department": "otolaryngology", "age_range": "50~59", "gender": "male"},
    {"text": "Chronic blocked nose, can't smell, polyps seen by GP. 38F, asthma. Nasal steroid drops helped a bit. Surgery?", "department": "otolaryngology", "age_range": "30~39", "gender": "female"},
    {"text": "Hearing loss in both ears gradually, I'm 68 and keep turning the TV up. Wife complains. Do I go to an audiologist or ENT first?", "department": "otolaryngology", "age_range": "60~69", "gender": "male"},
    {"text": "Recurrent tonsillitis 7 times in the last year, each time needing antibiotics, 21, student nurse, missing placement days. Tonsillectomy criteria?", "department": "otolaryngology", "age_range": "20~29", "gender": "undisclosed"},
    # pediatrics
    {"text": "My son is 3 and has had a runny nose and cough for 5 days, temp 38.1 yesterday, eating less but drinking ok, lots of wet nappies, playing. Just viral? When should he be seen?", "department": "pediatrics", "age_range": "0~9", "gender": "male"},
    {"text": "Daughter, 6, keeps getting tummy aches before school, no vomiting, normal poo, growing well. Constipation? Anxiety? Where do we start?", "department": "pediatrics", "age_range": "0~9", "gender": "female"},
    {"text": "Baby 9 months, weight dropped from 50th to 9th centile over 3 months, still happy. HV says refer. Faltering growth workup?", "department": "pediatrics", "age_range": "0~9", "gender": "undisclosed"},
    {"text": "11 y/o girl with recurrent chest infections and a cough that never quite goes. Her mum (my sister) is worried. Sweat test was normal as a baby.", "department": "pediatrics", "age_range": "10~19", "gender": "female"},
    # psychiatry
    {"text": "Mental health nurse, 40F. Low mood 3 months, early waking, not enjoying anything, no thoughts of harming myself. Sertraline 50 not helping at 6 weeks. Increase or switch?", "department": "psychiatry", "age_range": "40~49", "gender": "female"},
    {"text": "Paramedic, 34M, nightmares and flashbacks since a paediatric arrest job 4 months ago, avoiding the station where it happened. PTSD? EMDR?", "department": "psychiatry", "age_range": "30~39", "gender": "male"},
    {"text": "My 20 y/o son has become withdrawn, says people on TV are talking about him. Smokes a lot of weed. He's safe and at home but won't see anyone. Early intervention team?", "department": "psychiatry", "age_range": "20~29", "gender": "male"},
    {"text": "I'm 25 and genderqueer (they/them), struggling with anxiety and can't focus at work. Been like this since school honestly. ADHD assessment - how do I get one?", "department": "psychiatry", "age_range": "20~29", "gender": "other"},
    # pulmonology
    {"text": "Ex-smoker, 62M, breathless on one flight of stairs, FEV1/FVC 0.58, FEV1 55%. Inhalers? Pulmonary rehab?", "department": "pulmonology", "age_range": "60~69", "gender": "male"},
    {"text": "Dry cough 4 months, fine crackles at the bases per my colleague who listened, 67F, ex-farmer. ILD? HRCT?", "department": "pulmonology", "age_range": "60~69", "gender": "female"},
    {"text": "Asthma, 33, on Symbicort MART and still using it 6-8x a day, night waking twice a week. Eos 0.6. Biologics?", "department": "pulmonology", "age_range": "30~39", "gender": "undisclosed"},
    {"text": "Incidental 8mm lung nodule on a CT abdo. 48F non-smoker. What follow-up do they usually do?", "department": "pulmonology", "age_range": "40~49", "gender": "female"},
    # rehabilitation
    {"text": "Dad, 76, home 3 weeks after an ischaemic stroke, L sided weakness, walking with a frame. Community physio only twice a week. How do we get more intensive rehab?", "department": "rehabilitation", "age_range": "70~79", "gender": "male"},
    {"text": "ACL reconstruction 3 months ago, 24F, quads still weak, knee extension lacking 5 degrees. Return to netball - what rehab milestones?", "department": "rehabilitation", "age_range": "20~29", "gender": "female"},
    {"text": "After 6 weeks in ICU with covid I'm home, 53M, can barely walk to the end of the road, weak grip. ICU follow-up clinic? Rehab programme?", "department": "rehabilitation", "age_range": "50~59", "gender": "male"},
    {"text": "Fractured ankle ORIF 10 weeks ago, boot off, stiff and swollen. 41, HCA. Physio waiting list 12 weeks. What should I be doing meanwhile to get back to work?", "department": "rehabilitation", "age_range": "40~49", "gender": "undisclosed"},
    # rheumatology
    {"text": "Nurse, 36F. Hands stiff every morning for over an hour, MCPs swollen both sides, RF neg, anti-CCP 340. RA? How soon for DMARDs?", "department": "rheumatology", "age_range": "30~39", "gender": "female"},
    {"text": "Back pain since my 20s, worse in the morning, better with exercise, I'm 31M, HLA-B27 positive. Ankylosing spondylitis workup?", "department": "rheumatology", "age_range": "30~39", "gender": "male"},
    {"text": "Mum, 72, shoulder and hip girdle stiffness, can't get out of the chair in the mornings, ESR 68. PMR? Steroids from GP or rheum?", "department": "rheumatology", "age_range": "70~79", "gender": "female"},
    {"text": "Joint pains, malar-ish rash after sun, mouth ulcers, ANA positive 1:320, dsDNA pending. 26, HCA. Lupus clinic referral?", "department": "rheumatology", "age_range": "20~29", "gender": "undisclosed"},
    # urology
    {"text": "Pharmacist, 68M. Nocturia x4, poor stream, PSA 3.1, prostate felt smooth and enlarged. Tamsulosin helped a bit. Finasteride or TURP?", "department": "urology", "age_range": "60~69", "gender": "male"},
    {"text": "Kidney stone 7mm in the L ureter on CT last week, pain controlled, still not passed. 39M. Lithotripsy or ureteroscopy?", "department": "urology", "age_range": "30~39", "gender": "male"},
    {"text": "Vasectomy - I'm 42, 3 kids, sure I'm done. What's the referral process and recovery like for a physically demanding job?", "department": "urology", "age_range": "40~49", "gender": "male"},
    {"text": "Recurrent UTIs, 5 in 12 months, 57F, postmenopausal. Urine cultures E. coli each time. Cystoscopy? Vaginal oestrogen?", "department": "urology", "age_range": "50~59", "gender": "female"},
    # nutrition
    {"text": "Night shift nurse, 35F, eating nothing but vending machine food on shift. Want a proper meal plan that works with 12h nights. Any dietitian advice?", "department": "nutrition", "age_range": "30~39", "gender": "female"},
    {"text": "Newly diagnosed coeliac, 23, student paramedic. Need help planning a gluten-free diet that's affordable on a student budget.", "department": "nutrition", "age_range": "20~29", "gender": "undisclosed"},
    {"text": "Dad, 84, lost 6kg since Christmas, eating small portions, dentures loose. Not unwell otherwise. Build-up drinks or food first approach? How many calories does he need?", "department": "nutrition", "age_range": "80+", "gender": "male"},
    {"text": "Going vegan at 16, my daughter. I want to make sure she gets enough iron, B12, protein. She runs cross country. What should a plan look like?", "department": "nutrition", "age_range": "10~19", "gender": "female"},
]
