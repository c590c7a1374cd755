# Writer 65 - privacy items, file D (trap-only: no identifiers)

ITEMS = [
    (
        "Dear Doctor, I am 88 years of age and was born in 1936 in what was then Ceylon, where my father managed a tea estate. I have had Paget's disease of the skull since my sixties and "
        "lately my hat no longer fits! My GP surgery has me on Fosamax 70mg weekly and Adcal-D3 twice daily. Is the enlargement something to be concerned about? Yours faithfully.",
        [],
        [],
    ),
    (
        "Good afternoon. My husband, who is 91, served with the Royal Engineers at Arnhem. He has had Parkinson's for eleven years and is on Sinemet Plus four times a day and a Neupro patch. "
        "Since Tuesday 14th he has been freezing in doorways much more. His next appointment at the Walton Centre is on 3rd April. Should we bring it forward?",
        [],
        [],
    ),
    (
        "Grace before meals is a habit of ours, and lately my wife, 84, has trouble swallowing even the bread. It sticks half way down. She has lost 4 kilos since August (now 52 kg, 5 ft 2). "
        "Is this the oesophagus? We are both on Medicare and can see whoever we need to.",
        [],
        [],
    ),
    (
        "Bill from the dentist arrived today: £340 for a crown! Anyway, the question is not about money. I'm 77 and since the crown went on I have had a sharp pain on biting on that side. "
        "Is the crown too high? The practice is in Harrogate.",
        [],
        [],
    ),
    (
        "May I ask about my blood pressure readings? I'm 80. This week: Monday 152/88, Tuesday 148/86, Wednesday 161/92, Thursday 139/81, Friday 144/84. I take amlodipine 5mg and losartan 50mg. "
        "My target was said to be under 150/90. Am I doing all right?",
        [],
        [],
    ),
    (
        "My late husband had Alzheimer's and I am terrified of getting it. I'm 78. I lose my glasses and forget names at the WI. Is that normal ageing? My mother had 'hardening of the arteries' as they called it then.",
        [],
        [],
    ),
    (
        "Hello, I'm 69 and I take Warfarin (Coumadin when we lived in Boston). My INR was 4.1 last Thursday and 1.9 the Thursday before. The anticoagulant clinic changes my dose every week. "
        "Would I be better on one of the new ones like Eliquis or Xarelto?",
        [],
        [],
    ),
    (
        "Dear Sir, I served with the 14th Army in Burma (the Forgotten Army) and I am 99. I still get attacks of shivering and fever, perhaps once a year. Could it be the malaria from 1944? "
        "The last attack was at Whitsun.",
        [],
        [],
    ),
    (
        "Hope is what keeps me going. I'm 74 and have had Hodgkin lymphoma twice, the second time in 2011 at the Royal Marsden. I am in remission. Should I still have yearly scans?",
        [],
        [],
    ),
    (
        "Frank discussions with my children about care homes have not gone well. I'm 86 and I have early Lewy body dementia. Where do I start finding out what I'll need? "
        "I live alone in a bungalow in Cornwall.",
        [],
        [],
    ),
    (
        "I'm 72 and took Valium and Librium on and off since the 1970s. The new doctor wants me off diazepam entirely. I've been on 5mg at night for 20 years. "
        "How long should a taper take?",
        [],
        [],
    ),
    (
        "Victoria station, 8.15 this morning, I went dizzy on the platform and had to sit. I'm 81. I was fine within a minute or two. I'd skipped breakfast. I take bisoprolol 5mg. "
        "Was it just low sugar, or should I get checked?",
        [],
        [],
    ),
    (
        "My wife, 83, has had Bright's disease since girlhood (that's what they called it in Glasgow) and now her kidney doctor calls it chronic kidney disease stage 3b, eGFR 34. "
        "Is that the same thing?",
        [],
        [],
    ),
    (
        "Jack Russells are lively and mine pulled me over last week. I'm 79. I landed on my hip and it's bruised purple but I can walk. I take apixaban. Should I worry about bleeding inside?",
        [],
        [],
    ),
    (
        "Rose hip syrup was what we were given as children in the war for vitamin C. At 85, I wonder if I should take vitamin C now for my colds? I get three or four a winter.",
        [],
        [],
    ),
    (
        "Heartburn, every night, for six weeks. 76 years old. Gaviscon Advance helps a little. Rennies no good. Tagamet used to work in the 80s, is that still around?",
        [],
        [],
    ),
    (
        "Sir, I was diagnosed with Dupuytren's contracture in both hands at the Princess Elizabeth Orthopaedic Centre in Exeter. I'm 70. I've been offered needle fasciotomy. What's the success rate?",
        [],
        [],
    ),
    (
        "I'm 90, 5 foot 4, 7 stone 10. My daughter thinks I'm too thin. I eat a boiled egg for breakfast, soup at lunch and a small tea. I take Ensure once a day. Is that enough?",
        [],
        [],
    ),
    (
        "Dear Doctor, I was born in Bombay in 1940 and came to England in 1956. I have been told I have thalassaemia trait. I'm now 84 and my haemoglobin is 101. Is iron safe for me?",
        [],
        [],
    ),
    (
        "Carol singing with the church choir brings on my cough every December. I'm 73, ex-smoker (Senior Service, 20 a day, stopped 1990). My spirometry last year showed mild COPD. Inhaler advice?",
        [],
        [],
    ),
    (
        "I'm 82 and on Lanoxin 125 micrograms, Lasix 40, Slow-K and aspirin. I feel a bit sick in the mornings and my food tastes funny. Could it be the digoxin?",
        [],
        [],
    ),
    (
        "April showers and my knees ache! I'm 68 with osteoarthritis in both knees. I've tried glucosamine, cod liver oil, Voltarol gel. Is there any point in steroid injections?",
        [],
        [],
    ),
    (
        "Question from a retired Royal Marine, 79. I had a Nissen fundoplication in 2005 at Derriford. Now I can't burp or be sick and I feel bloated. Is this a long term effect?",
        [],
        [],
    ),
    (
        "My mother is 97 and lives in a care home in Harrogate. She has had three urine infections this year, the last one in September. The home wants her on a low dose antibiotic permanently. Is that wise?",
        [],
        [],
    ),
    (
        "In 1958 I worked at Windscale when there was the fire. I am now 86 and have thyroid nodules. Could that be the cause? I have an ultrasound booked for 12 November.",
        [],
        ["Windscale"],
    ),
    (
        "Sue the hospital? No, I don't want to. But I'd like to understand why my hip replacement dislocated twice in the first month. I'm 77. The operation was on 4 June. What went wrong?",
        [],
        [],
    ),
    (
        "Dear Sir, I'm a former Wren, aged 96, and I have macular degeneration (the dry kind). My reading glasses don't help any more. The eye clinic at the Royal Victoria has given me a magnifier. "
        "Are there any vitamins worth trying?",
        [],
        [],
    ),
    (
        "Tagamet, Zantac, Losec, Nexium - I've been on all of them in my 40 years of indigestion. I'm 75 now. Are any of these dangerous long term? I've heard they thin the bones.",
        [],
        [],
    ),
    (
        "Sugar levels: fasting 8.2, after dinner 11.4, bedtime 9.7. I'm 71, on metformin 500mg three times a day. Weight 98 kg, height 1.72 m. Should I ask to go up?",
        [],
        [],
    ),
    (
        "My husband, who was in the Parachute Regiment and did the Suez landing in 1956, is 89. He gets out of breath after 10 yards. He has heart failure, ejection fraction 30%. "
        "Is there anything more they can do?",
        [],
        [],
    ),
    (
        "Heather in the garden is blooming and my hay fever is terrible. I'm 70. Piriton makes me drowsy, Clarityn doesn't work. Beconase? Is a steroid nasal spray safe at my age?",
        [],
        [],
    ),
    (
        "Good morning. I had a Colles fracture of the left wrist on 2nd January. The plaster came off on 13th February. Now, 6 weeks later, my hand is swollen and shiny and very painful to touch. "
        "I'm 74. Is this normal healing?",
        [],
        [],
    ),
    (
        "Dear Doctor. Persia was where I spent my twenties (with the Anglo-Iranian Oil Company). Now 92. I have a chronic itch on my legs, worse in the bath. Dry skin? E45 cream doesn't help much.",
        [],
        ["Anglo-Iranian Oil Company"],
    ),
    (
        "Morris dancing was my hobby until my knees went. I'm 76, had both knees replaced in 2019 and 2021. The left one clicks. Is that normal or is it loose?",
        [],
        [],
    ),
    (
        "Dawn is when I wake with a pounding headache. I'm 79, 16 stone, and my wife says I snore like a tractor. Could that be sleep apnoea?",
        [],
        [],
    ),
    (
        "My father is 94. He served on HMS Belfast in the Arctic convoys. He now has Raynaud's phenomenon and chilblains every winter. Is there a tablet for that?",
        [],
        [],
    ),
    (
        "Bob haircut or not, my hair is thinning badly at 73. My GP says my thyroid and iron are fine. Could it be my blood pressure tablets (atenolol)?",
        [],
        [],
    ),
    (
        "Lincoln is where we retired to, and the GP surgery is very good. I'm 80, on home oxygen for pulmonary fibrosis, 2 litres a minute. Can I still fly to Spain? The flight is 2.5 hours.",
        [],
        [],
    ),
    (
        "I'm a woman of 85 and I take Premarin still. My GP says I should stop. I've been on it since 1978. What happens if I stop suddenly? Hot flushes again?",
        [],
        [],
    ),
    (
        "Good evening. Will my hearing get better now the wax is out? I'm 88. The nurse syringed both ears on Friday and it's better on the left but the right still feels full.",
        [],
        [],
    ),
    (
        "My husband was a Chelsea Pensioner until last year (he lived at the Royal Hospital Chelsea). He's now home with me, aged 90. He has recurring leg cellulitis. Is there any prevention?",
        [],
        [],
    ),
    (
        "Last year's bloods: cholesterol 6.8, LDL 4.2, HDL 1.3, triglycerides 2.1. This year: cholesterol 5.1, LDL 2.9. I'm 72, started atorvastatin 20mg in March. Should I go up to 40?",
        [],
        [],
    ),
    (
        "Joy comes from my allotment but my back aches terribly after digging. I'm 71. The pain goes down the back of my left leg to the knee. Sciatica? Is it safe to keep digging?",
        [],
        [],
    ),
    (
        "Hello, I'm 66 and just retired. I had the Pfizer and Moderna jabs and the AstraZeneca before that. Do I need the spring booster or only the autumn one?",
        [],
        [],
    ),
    (
        "Our village is Great Snoring in Norfolk, and it turns out I'm the snorer! I'm 68. Are there any nasal strips or mouth guards that work?",
        [],
        [],
    ),
    (
        "Dad, who is 89, was at the Burma Railway as a prisoner of war. He has had stomach trouble ever since. He's been tested for H. pylori twice, negative. What else could it be?",
        [],
        [],
    ),
    (
        "Stanmore orthopaedic hospital did my hip in 2008. Now I'm 80 and it's squeaking when I walk. Ceramic, they said. Is a squeak a sign of wear?",
        [],
        [],
    ),
    (
        "Ivy on the garden wall gave me a rash up both arms. It's blistery and itchy. I'm 75. Is it poison ivy? We're in Kent, do we even have that?",
        [],
        [],
    ),
    (
        "Mark my words, the new tablets are making me worse! I'm 79. Since starting mirtazapine 15mg I've put on half a stone and I sleep till 11. Should I stop it?",
        [],
        [],
    ),
    (
        "I'm 92 and take Aldomet (methyldopa) for blood pressure since my pregnancies. The chemist says nobody takes that anymore. Should I change?",
        [],
        [],
    ),
    (
        "Eight grandchildren, three great-grandchildren and a cold I can't shake! I'm 81. It's been 3 weeks. Sneezing, runny nose, a bit of a cough. No fever. Do I need anything?",
        [],
        [],
    ),
    (
        "Dear Doctor, my late husband worked at Cammell Laird shipyard in the fifties and died of mesothelioma. I washed his overalls. I'm 87 now and a little breathless. Should I be tested?",
        [],
        [],
    ),
]
