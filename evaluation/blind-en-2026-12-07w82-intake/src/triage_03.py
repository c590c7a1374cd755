from _helpers import T

ITEMS = [
    # ophthalmology
    T("Care home carer - a resident aged 90 has cataracts in both eyes and keeps walking into things. Family asks if she's too old for the operation.", "ophthalmology", "80+", "female"),
    T("I'm 44 and I can't read my phone anymore without holding it far away. Normal at my age or should I get my eyes checked by a specialist?", "ophthalmology", "40~49", "undisclosed"),
    T("Year 1 teacher - one of my pupils, 5, has one eye that turns in when he's tired. Mum hasn't noticed. Should the school flag it?", "ophthalmology", "0~9", "male"),
    T("My grandad, 68, was told he has high pressure in his eyes at the optician. They want him to see someone about glaucoma. Is this urgent?", "ophthalmology", "60~69", "male"),
    # orthopedics
    T("I'm 56 female and my knee has been painful for a year, creaky, swells after walking. X-ray shows wear and tear. Is a knee replacement on the cards?", "orthopedics", "50~59", "female"),
    T("Football coach. One of my players, 19, twisted his knee, heard a pop, and it swelled up the next day. It gives way now. ACL?", "orthopedics", "10~19", "male"),
    T("I'm a carpenter, 38, and I've had a painful lump on the back of my wrist for months. GP says ganglion. Should it be removed?", "orthopedics", "30~39", "undisclosed"),
    T("My 72 yr old mum broke her wrist falling on ice. It's in a cast and the fracture clinic said it may need plating. Is surgery better at her age?", "orthopedics", "70~79", "female"),
    # otolaryngology
    T("I've had a blocked nose on one side only for 6 months and can't smell anything. 49 male. Nasal polyps?", "otolaryngology", "40~49", "male"),
    T("My voice has been hoarse for 5 weeks now. I'm a teacher, 35, woman. No cold. Do I need my vocal cords looked at?", "otolaryngology", "30~39", "female"),
    T("Nursery worker - a 3 year old girl in our room snores really loud and stops breathing for a few seconds at nap time. Mum says tonsils are huge.", "otolaryngology", "0~9", "female"),
    T("My hearing in my right ear has slowly got worse over a year and there's ringing too. 58 year old man. the left is fine.", "otolaryngology", "50~59", "male"),
    # pediatrics
    T("My 18 month old has had a runny nose, cough and a temperature of 38 on and off for 4 days. Eating less but drinking ok. Does he need to be seen?", "pediatrics", "0~9", "male"),
    T("Childminder. A 2 year old girl I look after isn't walking yet, she crawls and cruises but won't let go. Parents not worried. Should they be?", "pediatrics", "0~9", "female"),
    T("Our 7 year old keeps getting tummy aches and has been off food since a bug at school last week. No fever now. Worth a GP visit?", "pediatrics", "0~9", "undisclosed"),
    T("My son is 11 and constantly tired, pale and catches every bug going. He eats ok. What should the doctor check?", "pediatrics", "10~19", "male"),
    # psychiatry
    T("I'm 23, nonbinary, and I think I have ADHD. I could never focus at school, I lose everything, and I'm about to fail my degree. How do I get assessed?", "psychiatry", "20~29", "other"),
    T("Care home nurse. A resident, 79, with no dementia has become very low since her husband died, not eating, saying there's no point. Not actively suicidal. Who should assess her mood?", "psychiatry", "70~79", "female"),
    T("I'm 40, a man, and I've had panic attacks for 3 months, several a week, and now I'm scared to leave the house. What treatment works?", "psychiatry", "40~49", "male"),
    T("My 15 year old daughter checks the locks and washes her hands until they bleed. She gets upset if we interrupt. OCD?", "psychiatry", "10~19", "female"),
    # pulmonology (first of 4 here, rest in triage_04)
]
