# Emergency items: now (writer 92), part 2.


def E(text, kind, family):
    return {"text": text, "emergency": kind == "now", "kind": kind, "family": family}


ITEMS = [
    # unconscious_unresponsive
    E("my father fall in bathroom and now he not wake up, i shake him and call his name, he breathe but no answer. he is 79. what i do, wait for him to wake?", "now", "unconscious_unresponsive"),
    E("found my flatmate on the floor of his room, he won't wake up no matter what i do, his breathing is weird and there's vomit. i don't know what he took. help", "now", "unconscious_unresponsive"),
    E("grandma is in her chair and not responding, her eyes half open but she dont look at me, i pinch her hand nothing. she was fine at lunch. we try give her sugar water?", "now", "unconscious_unresponsive"),
    E("man collapsed in front of my shop, not breathing I think, no movement, his face going purple. I'm alone with him. What do I do I don't know CPR", "now", "unconscious_unresponsive"),
    E("my wife faint in the kitchen 10 minute ago and she still not wake up fully, she open eyes then close again and not talk to me. she is pregnant 5 month. is fainting normal for pregnancy?", "now", "unconscious_unresponsive"),
    # head_injury
    E("my son 9 fall from the bunk bed on his head 1 hour ago, now he vomit 3 times and very sleepy, he dont remember falling. can he sleep it off?", "now", "head_injury"),
    E("my mother 80 on blood thinner, she fall and hit her head on the stairs this morning, now she is confused and have bad headache getting worse. should i give her paracetamol and watch?", "now", "head_injury"),
    E("just crashed my bike, helmet cracked, I was knocked out for a minute, now clear fluid dripping from my nose and I keep asking the same question my friend says. Go home and rest?", "now", "head_injury"),
    E("my husband fall from the ladder at work 2 hour ago, hit head, now one pupil is bigger than the other and he talk slow and his left hand weak. the boss say go home. is ok?", "now", "head_injury"),
    E("baby 7 months roll off the changing table onto tile floor, big soft swelling on side of head, she cry then now very quiet and floppy, not interested to feed. watch her at home?", "now", "head_injury"),
    # febrile_infant
    E("my baby is 5 weeks old and now have fever 38.4 in the bottom, she is feeding less. is ok to give paracetamol and see tomorrow?", "now", "febrile_infant"),
    E("baby boy 6 weeks, temperature 38.7 tonight, he is sleepy and not want the breast, only small cry. my mother say cover him with blankets to sweat. should we do that?", "now", "febrile_infant"),
    E("my newborn is 12 days old and feels hot, the thermometer says 38.1 rectal. He's otherwise ok-ish but a bit floppy. Is this just from being wrapped too much?", "now", "febrile_infant"),
    E("bebê de 2 meses com febre 38.5 now, he vomiting after milk and crying not normal, like weak cry. we can wait for the pediatrician in the morning?", "now", "febrile_infant"),
    E("my 8 week old daughter got her vaccines yesterday and now she has 39.0 fever and is very pale, mottled skin on legs and hard to wake for feeds. vaccine fever normal right?", "now", "febrile_infant"),
    # meningitis_signs
    E("my son 17 very bad headache, neck so stiff he cant put chin on chest, light hurts his eyes, fever 39.5 and now purple spots on legs that dont go away with the glass. what is this?", "now", "meningitis_signs"),
    E("roommate at college has high fever, vomiting, says his neck hurts a lot and he's getting confused, doesn't know what day it is. We think flu. Tylenol and water enough?", "now", "meningitis_signs"),
    E("my daughter 3 fever and now small dark red dots on her tummy and arms, I press glass and they stay, she is very sleepy and cold hands. doctor office open at 8, we wait?", "now", "meningitis_signs"),
    E("baby 10 months with fever, the soft spot on top of his head is bulging, he is crying high pitch and don't want to be touched, stiff back. what to do?", "now", "meningitis_signs"),
    E("I'm 22, fever came on fast this afternoon, the worst headache I've ever had, can't bend my neck and the light kills my eyes. Just migraine? I'm alone in my dorm.", "now", "meningitis_signs"),
    # severe_abdominal_pain
    E("very strong pain in belly right side low, started around belly button last night and move there, now i cant walk straight, fever 38.6 and vomit. i am 19. take buscopan?", "now", "severe_abdominal_pain"),
    E("my father 72 have very bad belly pain sudden, go to his back, he is pale and sweaty and he say feel like fainting. he have aneurysm they watch before. wait for the GP?", "now", "severe_abdominal_pain"),
    E("stomach pain worst in my life, belly hard like wood, I can't move at all, I had ulcer before. it started 2 hours ago suddenly. I take antacid?", "now", "severe_abdominal_pain"),
    E("my husband no poop and no gas 3 days, belly very swollen and he vomit green now, strong cramp pain. he had surgery on belly before. laxative ok?", "now", "severe_abdominal_pain"),
    E("my son 2 years screaming with belly pain every 15 min and pull legs up, then quiet, and now his poop is like red jelly. is it something he ate?", "now", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    E("i am 32 weeks pregnant and now bleeding a lot, bright red, pad full in 10 minutes, and belly hard and pain. my husband at work. should i lie down and wait?", "now", "pregnancy_bleeding_or_pain"),
    E("my wife is 36 weeks and she have very bad headache, seeing flashing lights and pain under the ribs on right, her feet and face swollen. she want to sleep it off. ok?", "now", "pregnancy_bleeding_or_pain"),
    E("26 weeks pregnant and water just broke, gush of fluid, and now regular tightenings every 5 min. It's too early. Can I just rest with my feet up?", "now", "pregnancy_bleeding_or_pain"),
    E("pregnant 30 week, i fall on my belly on the stairs 1 hour ago, now the baby not moving and i have pain that don't go and little blood. what i do", "now", "pregnancy_bleeding_or_pain"),
    E("i give birth at home 30 min ago, baby ok, but i am still bleeding very heavy, the blood soak towels and i feel faint and heart fast. is normal after birth?", "now", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    E("my daughter 14 type 1 diabetes, she is vomiting all day, breathing deep and fast, breath smell like nail polish, sugar meter says HI. she is sleepy. give more insulin and wait?", "now", "diabetic_emergency"),
    E("my husband diabetic on insulin now sweating, shaking and talking nonsense, he cannot swallow juice properly, meter 2.1. what i do?", "now", "diabetic_emergency"),
    E("father 76 with diabetes, sugar 600 something for 2 days, he drink water all the time, now very confused and weak and cant stand. call his doctor monday?", "now", "diabetic_emergency"),
    E("I'm type 1 and my sugar is 28 mmol, ketones 4.2 on the blood meter, I've been throwing up since morning and my stomach hurts. Should I just do correction insulin at home?", "now", "diabetic_emergency"),
    E("the old man i take care of, he is diabetic, i find him on the bed sweating cold, not answering properly, sugar 38. i can't make him eat. what should i do?", "now", "diabetic_emergency"),
    # sepsis_signs
    E("my mother had chemo 8 days ago and now fever 38.9 and shaking chills, she is very weak. the oncology nurse line not answer. give paracetamol and wait for Monday?", "now", "sepsis_signs"),
    E("my father have urine infection 2 days, now he is confused, very fast breathing, skin cold and blotchy, and he not pee since morning. he is 81. what to do", "now", "sepsis_signs"),
    E("wound on my leg from 3 days is red and spreading fast, I have fever 39.8, heart racing 130, feel like I'm going to die, very dizzy when stand. antibiotic cream enough?", "now", "sepsis_signs"),
    E("after my c-section 5 days ago now high fever, shaking, fast heartbeat, I feel very unwell and confused a bit, the cut smells bad. my mother say is normal after surgery. is it?", "now", "sepsis_signs"),
    E("my wife have the flu but today she is much worse, her skin is grey and cold, lips blue, she breathing fast and she say she feel she will die. blood pressure machine show 80/45. wait?", "now", "sepsis_signs"),
    # severe_burn
    E("my son 4 pull the pot of boiling soup on himself now, his chest and arm skin peeling off, big area, he scream. we put cold water. what now, cream?", "now", "severe_burn"),
    E("gas explosion in kitchen just now, my face and both hands burned, hair burned, and my voice is getting hoarse and coughing black. should i put butter?", "now", "severe_burn"),
    E("at work hot oil from the fryer splash my whole leg, skin white and leathery and no feeling in middle, around very red and blisters big. boss say go home and put aloe. is ok?", "now", "severe_burn"),
    E("my grandmother's dress caught fire from the stove, we put it out, but her back and arm are burned badly, skin black in places, she is shaking. what do we do right now?", "now", "severe_burn"),
    E("Electric shock from an open wire at the construction site, my coworker has burns on the hand and foot where it came out, he says his chest feels weird. Burns are small so first aid enough?", "now", "severe_burn"),
]
