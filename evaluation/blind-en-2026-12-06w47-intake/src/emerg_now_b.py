# Emergency items (kind "now"), part 2. (text, family)

ITEMS = [
    # diabetic_emergency
    ("My husband is type 1 and he's sweaty, shaking and talking gibberish, he won't take the juice I'm giving "
     "him. His meter says 1.9. He's getting more drowsy.",
     "diabetic_emergency"),
    ("My 15 year old has been vomiting since last night, breathing deep and fast, her breath smells like nail "
     "polish remover and she's very sleepy. She's been so thirsty for weeks.",
     "diabetic_emergency"),
    ("Mum is 70 and diabetic, took her insulin but didn't eat, and now she's unconscious on the couch. We can "
     "still see her breathing.",
     "diabetic_emergency"),
    ("I'm type 1, my sugar meter just says HI and my ketones are 4.8, I've been throwing up for 6 hours and my "
     "stomach is killing me. Alone at home in Brisbane.",
     "diabetic_emergency"),
    # sepsis_signs
    ("My dad had a kidney infection and today he's shaking, confused, breathing really fast and his knees look "
     "blotchy purple. Temperature was 39.8, now it's 35.4.",
     "sepsis_signs"),
    ("Had a C-section 6 days ago, tonight I'm shivering violently, heart racing at 130, the wound is leaking "
     "pus and I feel like I'm going to die.",
     "sepsis_signs"),
    ("My son (4) is on chemo, he has a fever of 38.5 right now and he's very pale and quiet. The oncology nurse "
     "said to always ring but it's midnight.",
     "sepsis_signs"),
    ("Grandad has a leg wound that got red, now he's not making sense, hasn't peed all day, skin is cold and "
     "mottled, breathing fast. He's 88.",
     "sepsis_signs"),
    # severe_burn
    ("My toddler pulled a pot of boiling water onto herself, her chest and arm are blistering and the skin is "
     "peeling off. I've got her under the cold tap.",
     "severe_burn"),
    ("Gas cylinder flared up in the kitchen and my wife's face and both hands are burned, her eyebrows are gone "
     "and her voice is getting hoarse.",
     "severe_burn"),
    ("Dad got burned welding, a patch on his leg the size of a dinner plate is white and leathery and he says it "
     "doesn't even hurt there. Is that good?",
     "severe_burn"),
    ("Spilled hot oil from the kadai over my foot and up my shin, huge blisters already, skin looks waxy. I'm "
     "alone, it's throbbing like crazy.",
     "severe_burn"),
    # choking
    ("My baby is choking on a grape, she can't cry or cough, her face is going red then blue. What do I do?!",
     "choking"),
    ("My dad was eating steak and now he's clutching his throat, can't speak or breathe, I've hit his back "
     "twice.",
     "choking"),
    ("Grandma swallowed a fishbone and a big lump of rice, she's coughing weakly and making a high whistling "
     "sound when she tries to breathe in.",
     "choking"),
    ("My 4 year old put a marble in his mouth and now he's gagging and can't get air, he's panicking. Please.",
     "choking"),
    # testicular_torsion
    ("My 14 year old woke up with sudden terrible pain in one testicle, it's swollen and sitting higher, and he's "
     "thrown up. Started 2 hours ago.",
     "testicular_torsion"),
    ("I'm 17, got really bad pain in my left ball out of nowhere during football, now my stomach hurts and I feel "
     "sick. It's been an hour. Too embarrassed to tell my mum.",
     "testicular_torsion"),
    ("My son is 11 and says his 'private' hurts so much he can't walk, one side is red and swollen. Came on "
     "suddenly this evening.",
     "testicular_torsion"),
    ("20M, sudden severe scrotal pain on the right since about 45 minutes ago, lying still doesn't help, feeling "
     "nauseous. Can I just take ibuprofen and wait till the GP opens?",
     "testicular_torsion"),
    # ectopic_pregnancy
    ("Positive pregnancy test last week, about 7 weeks, and now sharp stabbing pain low on my left side, pain in "
     "my shoulder tip, and I nearly fainted on the toilet.",
     "ectopic_pregnancy"),
    ("My wife is 6 weeks pregnant, she just collapsed in the kitchen with severe lower belly pain on one side "
     "and a bit of brown bleeding. She's pale and dizzy.",
     "ectopic_pregnancy"),
    ("I had an IUD and a positive test, and right now I've got one-sided pelvic pain that's getting worse and "
     "I feel really faint and cold.",
     "ectopic_pregnancy"),
    ("8 weeks pregnant after IVF, sudden agonising pain on the right side of my pelvis, it hurts to breathe and "
     "my heart is pounding. No scan yet.",
     "ectopic_pregnancy"),
    # severe_dehydration_child
    ("My 1 year old has had diarrhoea and vomiting for two days, no wet nappy since yesterday afternoon, his eyes "
     "are sunken and he's floppy and hard to wake.",
     "severe_dehydration_child"),
    ("Our 3 year old can't keep even sips of ORS down, hasn't peed in 14 hours, lips are cracked and she's "
     "barely responding. We're in a village in Sindh.",
     "severe_dehydration_child"),
    ("Baby is 6 months and has watery poos every hour today, the soft spot on his head is sunken, he cries with "
     "no tears and his hands are cold.",
     "severe_dehydration_child"),
    ("Son is 7, gastro for three days, now he's very sleepy, breathing fast, skin stays tented when I pinch it "
     "and he hasn't peed since this morning.",
     "severe_dehydration_child"),
    # chest_pain_other
    ("Sudden tearing pain in my chest that goes straight through to between my shoulder blades, worst pain "
     "ever, started 15 minutes ago. I have high blood pressure. I'm 62.",
     "chest_pain_other"),
    ("I'm tall and skinny, 19, and suddenly got a sharp pain on the right side of my chest with breathlessness "
     "while sitting in class. It's getting harder to breathe.",
     "chest_pain_other"),
    ("My friend took cocaine at a club and now he's got crushing chest pain, heart going crazy fast, sweating, "
     "he's 26. He doesn't want the police involved.",
     "chest_pain_other"),
    ("Chest pain with my heart racing at 190 and I just blacked out for a second on the bus. I'm 35. It's still "
     "racing.",
     "chest_pain_other"),
    # vision_loss_sudden
    ("I just suddenly lost the sight in my right eye, like a black curtain came down from the top, ten minutes "
     "ago. No pain. I'm 64.",
     "vision_loss_sudden"),
    ("My mum says she can't see anything out of her left eye since she woke up, and she has a bad headache on "
     "that side and her scalp is tender when she brushes her hair. She's 76.",
     "vision_loss_sudden"),
    ("Splashed oven cleaner in my eye and now it's burning like hell and everything is blurry and going white. "
     "I've rinsed it a bit.",
     "vision_loss_sudden"),
    ("Saw a shower of new floaters and flashes an hour ago and now there's a shadow creeping across the side of "
     "my vision in one eye. I'm very short-sighted.",
     "vision_loss_sudden"),
    ("My eye suddenly got really painful and red, the vision is misty with rainbow halos round lights, and I'm "
     "vomiting. Started after leaving the cinema.",
     "vision_loss_sudden"),
    # blood_clot_PE
    ("Flew back from Johannesburg to London yesterday, my left calf has been swollen and sore, and now I'm "
     "suddenly breathless with a sharp pain when I breathe in. I coughed up some blood.",
     "blood_clot_PE"),
    ("Had knee surgery 10 days ago, now suddenly I can't get my breath, my heart is racing and I feel like I'm "
     "going to pass out. I'm on the pill too.",
     "blood_clot_PE"),
    ("My mum had her baby two weeks ago and just now she got sudden chest pain, breathing really fast and says she "
     "feels a sense of doom. Her lips look a bit blue.",
     "blood_clot_PE"),
    ("I'm on chemo and this morning my arm with the PICC line swelled up, and now I've got sudden shortness of "
     "breath at rest and sharp chest pain.",
     "blood_clot_PE"),
    # cauda_equina
    ("I've had back pain for a week but since this afternoon I can't feel the toilet paper when I wipe, my bum "
     "and inner thighs are numb, and I can't pee even though I need to.",
     "cauda_equina"),
    ("My husband has a slipped disc and today both his legs went weak and he just wet himself without realising. "
     "He's 44.",
     "cauda_equina"),
    ("Severe lower back pain with sciatica in both legs now, numbness around my private area since this morning "
     "and I've lost control of my bowels once. Physio told me to watch for this.",
     "cauda_equina"),
    ("Lifted a heavy box at work two days ago, back pain bad, but tonight I noticed I have no feeling in my "
     "saddle area and I haven't passed urine for 12 hours.",
     "cauda_equina"),
    # extras to strengthen some families
    ("I'm 50, having a burning pressure in my chest for 30 minutes with nausea and shortness of breath, and "
     "it's not easing with rest. My wife says take an antacid. We're in Auckland.",
     "heart_attack"),
    ("Just now my grandmother can't speak, can't understand what we say, and her right arm is floppy. It started "
     "20 min ago while she was cooking. She's 81.",
     "stroke"),
    ("My girlfriend's been drinking and now says she's taken her whole bottle of sleeping pills. She's slurring "
     "and drifting off.",
     "overdose_poisoning"),
    ("Toddler got into the dishwasher tablets and bit one, he's drooling, crying and has white patches in his "
     "mouth. Just happened.",
     "overdose_poisoning"),
    ("My daughter, 6, is breathing weirdly after a bee sting, hoarse voice, swollen face, and she's covered in "
     "hives. We don't have an EpiPen.",
     "anaphylaxis"),
    ("I've got the pills in front of me and I've decided. I just need to know how many to take so it works.",
     "suicidal_intent"),
    ("We were out hiking and my friend got chest pain then collapsed, he's not breathing normally, just "
     "occasional gasps. We're on the trail.",
     "unconscious_unresponsive"),
    ("My 9 year old has a fever and a headache, and now there's a blotchy purple rash spreading on her arms in "
     "the last hour and her hands and feet are icy.",
     "meningitis_signs"),
    ("I'm type 2 on gliclazide, feeling extremely shaky, sweating and confused, can't focus on the screen. I "
     "don't have sweets at work. My colleague is with me.",
     "diabetic_emergency"),
    ("Pregnant 10 weeks, heavy bleeding with big clots, soaking through two pads an hour, very dizzy and cold.",
     "pregnancy_bleeding_or_pain"),
]
