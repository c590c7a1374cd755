# Emergency items, kind "now", part B (hand-written, writer 75)


def E(text, family):
    return {"text": text, "emergency": True, "kind": "now", "family": family}


ITEMS = [
    # severe_abdominal_pain
    E("my stomach pain started around the navel this morning and has moved to the right lower side, now I can't stand straight or walk, vomited twice and fever. i'm 19", "severe_abdominal_pain"),
    E("Husband rolling on the floor with stomach pain for 2 hours, belly is hard like a board and he can't even let me touch it. He takes painkillers for his back every day.", "severe_abdominal_pain"),
    E("Mother is 74, belly swollen and very painful since last night, she hasn't passed stool or gas and keeps vomiting green stuff", "severe_abdominal_pain"),
    E("sudden tearing pain in my tummy going through to my back, I'm 68 and have BP, I feel like I'm going to pass out. it's been 20 min", "severe_abdominal_pain"),
    E("Pain in upper stomach radiating to the back after a big party meal with drinks, I've vomited 6 times, can't keep water down, sweating. Buscopan did nothing", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    E("I'm 7 months pregnant and suddenly bleeding a lot, bright red, soaked 2 pads in half an hour, and my tummy is tight and painful", "pregnancy_bleeding_or_pain"),
    E("wife 34 weeks pregnant, severe pain in stomach that doesn't go away, baby has not moved since morning and she is feeling faint", "pregnancy_bleeding_or_pain"),
    E("Delivered at home 2 hours ago with the dai, now she's still bleeding heavily, clots coming, and she looks very pale and cold", "pregnancy_bleeding_or_pain"),
    E("I'm 36 weeks, water broke 10 minutes ago and I can feel something like a cord coming down. I'm alone with my 3 yr old", "pregnancy_bleeding_or_pain"),
    E("pregnant 30 wks, terrible headache, seeing flashing lights and pain under the ribs on the right. my BP machine shows 170/112 right now", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    E("My father's sugar low, glucometer says 38. He is sweating, confused and not able to swallow the sugar water properly. He took his insulin but skipped dinner", "diabetic_emergency"),
    E("My 13 yr old daughter has type 1, she has been vomiting all day, breathing deep and fast, and her breath smells like fruit. Sugar meter says HI", "diabetic_emergency"),
    E("Grandma is very drowsy and hardly responding, her sugar reads 560, she's been passing urine a lot and drinking water for 3 days", "diabetic_emergency"),
    E("Husband on Mixtard, sugar went down to 45 and he had a fit. Now he's not waking up fully. We gave honey on the gums", "diabetic_emergency"),
    # sepsis_signs
    E("My mother had a urine infection, now she is shivering with 104 fever, BP 80/50 on home machine, very confused and her hands are mottled", "sepsis_signs"),
    E("Dengue day 5, fever came down but now my son is vomiting again and again, severe stomach pain, bleeding from gums and very restless. Platelets 18,000 this morning", "sepsis_signs"),
    E("Dad had surgery on his leg 4 days ago, now wound is red and smelly, fever 103, heart racing at 130, he's not making sense", "sepsis_signs"),
    E("my 3 year old had a cut on the foot that got infected, now she's floppy, fast breathing, cold hands and feet and hasn't passed urine since morning", "sepsis_signs"),
    E("wife is on chemotherapy, now fever 39.2 and shaking chills, she looks very unwell and dizzy when standing. oncologist's number not picking", "sepsis_signs"),
    # severe_burn
    E("boiling oil from the kadai spilled on my wife's legs and stomach, big areas of skin peeling off, she's screaming. we poured water. what cream?", "severe_burn"),
    E("kerosene stove burst, my brother's face and chest are burnt, his voice is getting hoarse and eyebrows are singed", "severe_burn"),
    E("my baby pulled the hot tea flask onto himself, whole chest and arm are red and blisters forming, he is 1 year", "severe_burn"),
    E("electric shock from the wire while fixing the motor, burn on his hand where it entered and on his foot, he fell down and now says chest feels odd", "severe_burn"),
    # choking
    E("my baby is choking on a grape, she can't cry or cough, face turning red to blue. what do i do", "choking"),
    E("Grandpa is choking on a piece of meat at dinner, he's holding his throat and can't talk or breathe", "choking"),
    E("son swallowed a coin and now he's gagging and drooling, can't swallow his spit, he's making noisy breaths. 3 years old", "choking"),
    E("fish bone stuck while eating, now my mom cannot breathe properly and is coughing weakly, lips bluish", "choking"),
    # testicular_torsion
    E("I'm 15 and woke up an hour ago with really bad pain in my left ball, it's swollen and higher than the other one, I've been throwing up. too embarrassed to tell my parents", "testicular_torsion"),
    E("my son 12 got sudden pain in his private part while playing cricket, no injury, now his testicle is swollen and he's vomiting from pain. it started 2 hours ago", "testicular_torsion"),
    E("Sudden severe pain in right testicle since 40 mins, feels twisted, radiating to my stomach. 22 years. Should I take painkiller and sleep?", "testicular_torsion"),
    # ectopic_pregnancy
    E("My period is 6 weeks late and test was positive last week. Since an hour I have sharp pain on one side of my lower belly and pain in my shoulder tip, feel dizzy when standing", "ectopic_pregnancy"),
    E("wife fainted in the kitchen, she is 7 weeks pregnant, complaining of severe pain low in her stomach on the left. little spotting. she's very pale now", "ectopic_pregnancy"),
    E("Pregnant about 2 months, no scan yet. Sudden stabbing pain in my right side and now I'm sweating and my heart is racing", "ectopic_pregnancy"),
    # severe_dehydration_child
    E("my baby 10 months has loose motions and vomiting since yesterday, no wet nappy for 10 hours, eyes sunken and she is very lethargic, not even crying", "severe_dehydration_child"),
    E("Child 2 years, watery stools like rice water many times, lips very dry, cries without tears, and skin on belly stays up when pinched. ORS he is vomiting out", "severe_dehydration_child"),
    E("Son 4 years cholera-like diarrhoea since this morning in the camp, now he's drowsy, cold hands, breathing fast. We only have ORS", "severe_dehydration_child"),
    # chest_pain_other
    E("sudden ripping pain in my chest that went through to my back, worst pain I ever had, I'm 54 with BP. started while lifting a gas cylinder", "chest_pain_other"),
    E("I'm tall and thin 20 yr old, felt a pop in my chest while playing and now sharp pain on right side and it hurts to breathe, getting worse", "chest_pain_other"),
    E("Friend used coke at a party and now has chest pain and heart racing like crazy, he's 26 and sweating a lot. it's been 20 min", "chest_pain_other"),
    E("My chest pain started after a bad vomiting episode, it's severe behind the breastbone, and my neck is feeling crackly under the skin", "chest_pain_other"),
    # vision_loss_sudden
    E("Suddenly a black curtain came down over my right eye 20 minutes ago, I can't see anything from it now. I'm 64", "vision_loss_sudden"),
    E("My left eye became painful and red and vision blurry with halos, and I am vomiting. It started this evening at the movie hall. I'm 60", "vision_loss_sudden"),
    E("Mother lost vision in one eye suddenly this morning, before that she had jaw pain when chewing and headache on the temple for a week", "vision_loss_sudden"),
    # blood_clot_PE
    E("My right calf is swollen and painful since a few days after long bus journey, now suddenly I am short of breath and have sharp chest pain when I breathe in. coughed a bit of blood", "blood_clot_PE"),
    E("wife delivered by C-section 10 days ago, now suddenly breathless, heart racing and she feels like fainting. her leg was swollen yesterday", "blood_clot_PE"),
    E("On birth control pills, I just got sudden pain in my chest on breathing and I can't catch my breath, pulse 120. I'm 29", "blood_clot_PE"),
    # cauda_equina
    E("Back pain for a week after lifting, but since this morning I can't feel anything around my bottom and private area, and I couldn't pass urine properly. Both legs feel weak", "cauda_equina"),
    E("husband has known disc problem, today he wet himself without knowing and says the area between his legs feels numb like after dentist injection", "cauda_equina"),
    E("severe low back pain since 2 days and now numbness in the saddle area and I lost control of my bowels once. I'm 45", "cauda_equina"),
]
