# Emergency items, kind "now" (part B). Written by hand, writer 71.
from emergency_now_a import N

ITEMS = [
    # febrile_infant
    N("my baby is 6 weeks old and his temperature is 38.3 under the arm, he's a bit sleepier than normal and not finishing his feeds. is calpol ok for that age?", "febrile_infant"),
    N("2 month old feels really hot, thermometer says 39.1, and she's floppy and won't feed. she had her jabs 3 weeks ago so not that", "febrile_infant"),
    N("newborn (10 days) has a temp of 38 and is grunting a bit when she breathes. midwife isn't due till thursday", "febrile_infant"),
    N("our 7 week old is burning up, 38.6, and hasn't had a wet nappy since this morning. he keeps crying in this weird high pitch", "febrile_infant"),
    # meningitis_signs
    N("my flatmate has a crazy headache, can't look at the light, neck is stiff and she's got a rash on her legs that doesn't fade when i press a glass on it. she's 19", "meningitis_signs"),
    N("Started feeling rough this morning, now fever 39.5, neck is so stiff I can't touch chin to chest, vomiting and the light hurts my eyes. I'm in halls, 18", "meningitis_signs"),
    N("my 3 year old has a temperature and some little purple spots have just come up on her tummy, they don't go away under the glass. she's very grizzly and sleepy", "meningitis_signs"),
    N("boyfriend has been in bed all day with 'flu' but now he's confused and doesn't know what day it is and his hands and feet are freezing while he's burning up. he's got blotchy spots", "meningitis_signs"),
    N("my son came home from uni yesterday, he's in bed now all muddled, says it's the worst headache of his life, he can't bend his neck and keeps being sick", "meningitis_signs"),
    # severe_abdominal_pain
    N("pain in my lower right tummy since last night that's got so bad I can't stand up straight, fever, been sick twice. Walking is agony. 21 m", "severe_abdominal_pain"),
    N("My stomach is rock hard and the pain is the worst I've ever felt, I can't move at all without screaming. I've got an ulcer history. Started an hour ago", "severe_abdominal_pain"),
    N("my dad (74) has sudden awful pain in his belly going through to his back, he's pale and sweaty and says he feels like he's going to pass out", "severe_abdominal_pain"),
    N("I've been throwing up green stuff all day and my belly is really swollen and I haven't pooed or farted in 2 days. Pain comes in waves and it's getting worse", "severe_abdominal_pain"),
    # pregnancy_bleeding_or_pain
    N("i'm 30 weeks pregnant and there's suddenly loads of bright red blood, it's soaked through my jeans, and my bump feels really hard and painful", "pregnancy_bleeding_or_pain"),
    N("33 weeks, horrible headache that won't shift, seeing flashing lights and my face and hands have swollen up a lot today. pain under my ribs on the right", "pregnancy_bleeding_or_pain"),
    N("My waters broke and I can see the cord, I'm 35 weeks. What do I do", "pregnancy_bleeding_or_pain"),
    N("I'm 25 weeks and for the last hour I've been getting strong painful tightenings every few minutes and now there's blood when I wipe. Is this just Braxton Hicks?", "pregnancy_bleeding_or_pain"),
    # diabetic_emergency
    N("type 1 flatmate had a big night out and now he's breathing deep and fast, keeps vomiting, his breath smells like pear drops and he's not really making sense", "diabetic_emergency"),
    N("my girlfriend is diabetic and she's gone all sweaty and shaky and is talking nonsense, her meter says 2.1. she won't drink the juice i'm giving her, she keeps pushing it away", "diabetic_emergency"),
    N("Mum's sugar meter just says HI and she's really drowsy and has been weeing constantly and is so thirsty. She's type 2 on tablets. She's not making much sense", "diabetic_emergency"),
    N("My son (12, type 1) has been vomiting since this morning, his ketones are 4.2 and his tummy hurts and he's breathing weird", "diabetic_emergency"),
    N("coworker who's diabetic just went really strange, staring, sweating and now she's slumped and we can't get her to swallow anything", "diabetic_emergency"),
    # sepsis_signs
    N("had a uti for a few days, now shivering uncontrollably, temperature 39.8, heart racing and I feel like something's really wrong. skin looks mottled on my knees", "sepsis_signs"),
    N("My grandad had an operation last week and now he's really confused, breathing fast, hasn't weed since yesterday and his skin is cold and blotchy", "sepsis_signs"),
    N("the cut on my foot from the beach got infected and now there's red streaks going up my leg, I've got a fever and I'm so dizzy I can hardly stand. 23 f", "sepsis_signs"),
    N("I had a tattoo 5 days ago and the area is swollen and pus, now I'm freezing cold then boiling, heart is pounding and I can barely think straight", "sepsis_signs"),
    # severe_burn
    N("flatmate spilled the whole pan of boiling oil on his arm and chest cooking chips. it's all white and leathery in places and he's saying it doesn't hurt there which is weird", "severe_burn"),
    N("my toddler pulled a kettle down on herself, the burn covers her chest and one arm, skin is peeling off. I've got it under the cold tap", "severe_burn"),
    N("Barbecue flare up caught my mate's shirt on fire at the festival, his whole back is blistered and raw and he's shaking", "severe_burn"),
    N("got chemical drain cleaner splashed on my face and in one eye at work a minute ago, it's burning like hell and i can't open the eye", "severe_burn"),
    # choking
    N("my dad is choking on steak, he can't speak or cough and he's going red then purple, I've done back blows", "choking"),
    N("baby (8 months) put a grape in her mouth and now she's making no sound and her face is going dark, she's not crying", "choking"),
    N("mate tried to do the marshmallow challenge and now he's gripping his throat and can't breathe or talk, please", "choking"),
    N("My mum who has dementia is choking on her food, we got some out but she's still wheezing and struggling to get air and she's gone very grey", "choking"),
    # testicular_torsion
    N("woke up at 5am with really bad pain in my left ball, it's swollen and sitting higher than the other one, feel like throwing up. I'm 16", "testicular_torsion"),
    N("my son (13) came home from football and is doubled over with sudden pain in his testicle, he's been sick. he's embarrassed and wants to sleep it off", "testicular_torsion"),
    N("sharp sudden pain in my right testicle about an hour ago, no injury, it's swelling and the pain is going into my lower stomach. 19 m. should I ice it and wait?", "testicular_torsion"),
    N("right nut just started hurting really bad out of nowhere while I was at work, it's gone hard and tender and I'm sweating. been like 40 minutes", "testicular_torsion"),
    # ectopic_pregnancy
    N("positive test last week, about 6 weeks, now sharp stabbing pain on one side low down and pain in my shoulder tip, feel faint and dizzy", "ectopic_pregnancy"),
    N("I'm maybe 7 weeks pregnant and I've got bad pain on my left side, some brown spotting and I nearly passed out on the toilet. I'm on my own", "ectopic_pregnancy"),
    N("gf's period is late and she's got sudden awful pain low on one side, she's gone really pale and clammy and keeps needing to sit down. she says she did a test and it was faint positive", "ectopic_pregnancy"),
    N("i had an ectopic before, now pregnant again (6 wks) and the same one-sided pain is back, worse than last time, and i feel sick and lightheaded", "ectopic_pregnancy"),
    # severe_dehydration_child
    N("my 18 month old has had diarrhoea and vomiting for 2 days, no wet nappy since yesterday evening, her eyes look sunken and she's really floppy and sleepy", "severe_dehydration_child"),
    N("My son (4) can't keep even sips of water down, he's cried with no tears, his lips are cracked and he's barely responding to me", "severe_dehydration_child"),
    N("baby is 5 months, vomiting every feed for a day, the soft spot on her head looks sunken in and she's not really crying, just lying there", "severe_dehydration_child"),
    N("my daughter 6 has the sickness bug, hasn't weed in about 14 hours, hands and feet cold, she's drowsy and confused about where she is", "severe_dehydration_child"),
    # chest_pain_other
    N("sudden tearing pain in my chest going straight through to my back, worst pain ever. I'm 45 with high blood pressure. It started 10 mins ago", "chest_pain_other"),
    N("I'm 22 and tall and skinny and suddenly got sharp chest pain on one side and now I'm struggling to breathe properly. Came on when I was sitting in a lecture", "chest_pain_other"),
    N("my chest hurts really bad since I was in a car crash earlier, I'm finding it harder to breathe and one side isn't moving right. we didn't go to hospital at the time", "chest_pain_other"),
    N("chest pain since I took speed at the party like 2 hrs ago, it's sharp and heavy and I feel like my heart is skipping, I'm 20, can't calm down", "chest_pain_other"),
    # vision_loss_sudden
    N("just lost the vision in my right eye, like a curtain came down over it, about 10 minutes ago. No pain. I'm 64", "vision_loss_sudden"),
    N("seeing loads of new floaters and flashes in one eye and now there's a dark shadow creeping in from the side. it's getting bigger as i type", "vision_loss_sudden"),
    N("my eye is suddenly really painful and red, vision is blurry with halos around lights, I've got a headache and I'm throwing up. 58 f", "vision_loss_sudden"),
    N("went blind in both eyes for a few seconds then it came back, now one side is blurry and I have a bad headache. I'm 27 and on the pill", "vision_loss_sudden"),
    # blood_clot_PE
    N("flew back from Thailand 2 days ago, my calf was sore and now I'm suddenly really breathless and coughing a bit of blood, chest hurts when I breathe in", "blood_clot_PE"),
    N("I'm 3 weeks after a c-section and I suddenly can't get my breath, my heart is racing and I feel terrified, like something awful is happening", "blood_clot_PE"),
    N("on the pill, my leg has been swollen for a few days and now I've got a stabbing chest pain and i'm panting just sitting on the bed", "blood_clot_PE"),
    N("dad had knee surgery last week, sat in his chair most of the time, he just went very breathless, his lips are bluish and he nearly fainted going to the loo", "blood_clot_PE"),
    # cauda_equina
    N("my back has been bad for a week but today I've gone numb around my bum and between my legs and I couldn't feel myself wee. both legs are weak now", "cauda_equina"),
    N("disc problem in my lower back, tonight I can't pee at all even though my bladder feels full, and it's numb when I wipe. I'm 41", "cauda_equina"),
    N("Husband lifted a washing machine yesterday, today he's got severe back pain down both legs and he's wet himself without noticing and says his saddle area feels dead", "cauda_equina"),
    N("i'm a warehouse picker (28) and my sciatica got way worse today, now both legs tingly, numb in my private area and i've had an accident with my bowels. what is this", "cauda_equina"),
]
