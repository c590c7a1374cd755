# Emergency items, kind "now", part B (written by hand, writer 66)
from emergency_now_a import NOW

ITEMS = [
    # head_injury
    NOW("My 9 month old rolled off the bed onto a hard floor about an hour ago. At first she cried, now she's been sick twice and keeps falling asleep while I'm holding her.", "head_injury"),
    NOW("son fell off the climbing frame at the park, landed on his head. he's 6. he's awake but keeps asking the same questions over and over and doesn't remember getting here", "head_injury"),
    NOW("Toddler fell down the full flight of stairs in the baby walker. There's a soft squishy swelling on the side of his head and he's really quiet. He's 11 months.", "head_injury"),
    NOW("My dad (79, on warfarin) slipped in the garden and hit his head on the step. He says he's fine but now he's got a bad headache and is slurring his words a bit.", "head_injury"),
    NOW("Daughter banged her head at trampoline park, knocked out for about a minute. Now she's awake but says she can see double and she's vomited. She's 12.", "head_injury"),
    NOW("my 2yo pulled the TV down on himself, it hit his head. he's crying but there's clear fluid coming out of his nose and one pupil looks bigger", "head_injury"),
    # breathing_difficulty
    NOW("My 4 month old is breathing really fast and the skin between his ribs is sucking in with every breath. He's had a cold for 2 days. Won't take his bottle now.", "breathing_difficulty"),
    NOW("daughter (7) having an asthma attack, used blue inhaler 10 puffs through the spacer and she still can't finish a sentence. her lips look a bit grey", "breathing_difficulty"),
    NOW("My son is 2 and has croup, but tonight he's making the honking noise even when he's sitting still and he's really struggling, pulling in at his neck. Steam isn't helping.", "breathing_difficulty"),
    NOW("I can't catch my breath. I'm sitting still and it feels like breathing through a straw. I'm 34 and have asthma, inhaler not doing anything. typing this because I can't talk", "breathing_difficulty"),
    NOW("Mum's COPD is bad tonight, she's sitting forward gasping and her lips are going blue, she's confused about where she is. Her nebuliser isn't helping.", "breathing_difficulty"),
    NOW("baby is 6 weeks and keeps pausing his breathing, like 15-20 seconds at a time, then starts again. he's got a snotty cold. is this normal baby breathing?", "breathing_difficulty"),
    # anaphylaxis
    NOW("My son (5) just ate a cookie at a party that had nuts in, his lips are swelling and he's coughing and says his throat feels funny. We don't have an epipen.", "anaphylaxis"),
    NOW("baby had her first taste of egg 15 mins ago, now covered in hives, her face is puffy and she's wheezing a bit. should i give piriton?", "anaphylaxis"),
    NOW("Got stung by a wasp 10 mins ago and now I'm itchy everywhere, my tongue feels thick and I feel dizzy and faint. I'm 40. Never reacted before.", "anaphylaxis"),
    NOW("My daughter is allergic to peanuts and just had a reaction, I gave her the epipen 5 minutes ago and she's a bit better. Do I still need to do anything or can we just watch her?", "anaphylaxis"),
    NOW("Started amoxicillin an hour ago for an ear infection, now my 8 year old's face and eyes have blown up, she has a rash and she keeps saying she can't swallow properly.", "anaphylaxis"),
    NOW("My husband ate prawns at the restaurant and now his voice has gone hoarse and he's got red blotches all over and says he feels like he's going to pass out", "anaphylaxis"),
    # unconscious_unresponsive
    NOW("I can't wake my son up. He's 14, was gaming late, now he's breathing but won't respond when I shake him or shout. No idea what's wrong.", "unconscious_unresponsive"),
    NOW("Baby was asleep in her cot and when I went in she was limp and pale and I couldn't rouse her. She's breathing now after I picked her up but is really floppy.", "unconscious_unresponsive"),
    NOW("My mum just went grey, slumped in her chair and isn't answering me. She's breathing, I think. I'm on my own with her.", "unconscious_unresponsive"),
    NOW("found my flatmate on the floor, not moving, won't answer. there's an empty bottle of vodka next to him. his breathing is really slow and gurgly", "unconscious_unresponsive"),
    NOW("My 3 year old had a high temp this evening and now I can't get her to open her eyes, she just moans when I touch her.", "unconscious_unresponsive"),
    # severe_bleeding
    NOW("My son put his hand through the glass door. There's a deep cut on his wrist and blood is spurting out, soaked through 3 tea towels already. He's 10.", "severe_bleeding"),
    NOW("Cut my thigh with the chainsaw, it's bleeding a lot, pressing on it with a jumper but it's soaking through. Home alone, 52.", "severe_bleeding"),
    NOW("My daughter had her tonsils out 6 days ago and she's just started spitting out mouthfuls of bright red blood. She's 7.", "severe_bleeding"),
    NOW("Nosebleed that won't stop, been pinching for 40 minutes, it's pouring down the back of my throat and I've filled a bowl. I'm on blood thinners. 71.", "severe_bleeding"),
    NOW("Toddler fell with a glass in her hand and there's a cut on her neck that keeps gushing when I lift the cloth. She's crying. 2 years old.", "severe_bleeding"),
    # severe_burn
    NOW("My toddler pulled a cup of tea over himself, his chest and arm are red and blistering, the skin is peeling off in bits. Running cold water now. He's 18 months.", "severe_burn"),
    NOW("Son (9) got burnt on the bonfire, his trousers caught. The skin on his leg is white and leathery in places and he says it doesn't even hurt there.", "severe_burn"),
    NOW("Spilled the chip pan. Both my hands and forearms are blistered right up, it's agony, skin is coming away. I'm 45. Is cling film and paracetamol ok?", "severe_burn"),
    NOW("My 4 year old grabbed the hair straighteners and the burn goes right round her palm, it's big blisters and she's screaming. Cooling it for 10 mins now.", "severe_burn"),
    NOW("baby bath water was way too hot, her legs and bum are bright red and blistering. she's 10 months. did i do something terrible", "severe_burn"),
    # heart_attack
    NOW("Husband (58) has had a crushing pain in the middle of his chest for 20 minutes, going down his left arm, he's sweaty and pale. He says it's indigestion and won't let me call anyone.", "heart_attack"),
    NOW("My dad's been sick and has a horrible pressure in his chest and jaw since he carried the shopping in. He's 66, diabetic. Says it'll pass.", "heart_attack"),
    NOW("I'm 61 and I've had tightness across my chest for half an hour, feels like someone sitting on me, feeling clammy and sick. Should I take an aspirin and lie down?", "heart_attack"),
    NOW("Mum is 74 and just feels 'wrong', says she's very breathless, sweating and has an ache between her shoulder blades that came on suddenly. She's had a stent before.", "heart_attack"),
    NOW("right now i have chest pain spreading to both arms, started while shovelling snow, 20 mins, ive taken my GTN spray twice and its not going. male 55", "heart_attack"),
]
