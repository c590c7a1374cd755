# Emergency items, kind "now", part C (hand-written, writer 75)


def E(text, family):
    return {"text": text, "emergency": True, "kind": "now", "family": family}


ITEMS = [
    E("Amma's BP shoot up to 210/120 and now her one side of body is weak and she can't speak properly. Just 5 minutes ago she was fine", "stroke"),
    E("sugar low again, my son is type 1, he's shaking and sweating and not making sense, cannot hold the juice glass. reading 41", "diabetic_emergency"),
    E("Krait bite I think, my cousin was sleeping on the floor in the village and woke with stomach pain, now his eyelids are dropping and his voice is slurred. no marks seen", "overdose_poisoning"),
    E("my 5 year old ate some of her grandmother's BP tablets, maybe 6 of them, 30 mins ago. she seems sleepy now", "overdose_poisoning"),
    E("Dengue patient at home, my wife, she had warning signs the doctor told us about - stomach pain, vomiting, and now cold sweaty hands and she's very weak, can't sit up", "sepsis_signs"),
    E("Baby 3 months has fever 38.5 and won't stop crying, we gave Panadol drops half an hour ago but he is still hot and breathing fast", "febrile_infant"),
    E("my husband is breathing but I cannot wake him since 10 min, he went very quiet after complaining of headache. his eyes are half open", "unconscious_unresponsive"),
    E("I just swallowed a whole strip of my sleeping tablets and some of mummy's BP tabs. I'm feeling heavy. I don't know why I'm writing", "overdose_poisoning"),
    E("My chest is burning and pain going into my left arm and back, I'm at the office in Makati, 48 yrs, sweating even with aircon. Colleagues say it's just stress", "heart_attack"),
    E("sir there's blood coming from my nose nonstop for 40 minutes, I've pressed it, it's pouring down my throat too and I'm feeling dizzy. I'm on warfarin", "severe_bleeding"),
    E("my son, 8, is wheezing, tight chest and can't talk in full sentences, the puffer isn't helping and his ribs are pulling in", "breathing_difficulty"),
    E("Uncle ate cashew sweet at a function and now his throat is closing up, big welts on his skin and he's very dizzy. He has allergy to nuts but didn't know it had cashew", "anaphylaxis"),
    E("My 17 yr old just said goodbye to me in a weird way and now I found a note and she's not in her room, her phone is off", "suicidal_intent"),
    E("my friend just texted me that she swallowed all her antidepressants 10 min ago and she's alone at home in her flat. i'm on the way but 40 min away", "overdose_poisoning"),
    E("My little brother 10 yrs got a cricket ball on the temple, he was fine at first but now headache is worse, he vomited 3 times and is slurring words", "head_injury"),
    E("Pregnant 9 weeks, I am bleeding heavily with big clots, soaking a pad every 15 minutes, and feeling lightheaded", "pregnancy_bleeding_or_pain"),
    E("Boy of 14 complaining testicle pain suddenly at night, cannot walk, one side swollen, started 1 hour ago. Is Combiflam ok till morning?", "testicular_torsion"),
    E("my mom's chest suddenly hurts sharp on one side and she's gasping for air, her leg was in a plaster after fracture for 3 weeks", "blood_clot_PE"),
    E("Father is 80, his belly pain started an hour ago, he's very pale and his pulse is weak, the pain is terrible but his tummy feels soft. He has known aortic swelling", "severe_abdominal_pain"),
    E("my sister 27 is bleeding from down there and having cramps, she has a positive test but no scan yet, she just fainted in the toilet", "ectopic_pregnancy"),
    E("My toddler has been vomiting and purging since 2 days, now hardly any urine, very sleepy, and the soft spot on his head is sunken. He's 14 months", "severe_dehydration_child"),
    E("dad's chest pain is there since 30 min and he says it's sharp, worse when he lies back, better sitting forward, but now he's really breathless and his BP machine shows 85/60", "chest_pain_other"),
    E("I suddenly can't see out of both eyes properly, everything is double and blurry since 15 minutes, and my left arm is tingling. I'm 52", "vision_loss_sudden"),
    E("My niece swallowed a button battery 20 min ago, she's 2, she's drooling and crying. We saw her put it in her mouth", "overdose_poisoning"),
    E("fits started in my 4 yr old with fever 104, it's been 7 minutes and still jerking, we put him on his side", "seizure"),
    E("kid fell into the fire pit at the campsite, his hands and legs are burnt, skin is white and leathery, he's not crying much which scares me", "severe_burn"),
    E("My father's back pain is not new, but tonight he can't move both legs properly, cannot pass urine at all and says the bottom area is numb", "cauda_equina"),
    E("my 14 yr old just showed me his thighs, he cut them with a compass tonight, several cuts and one is gaping open and still bleeding, he is crying and says he wanted to feel something", "self_harm"),
]
