# Emergencies (kind now), part 1. Written by hand, writer 141.
# (text, family)

ITEMS = [
    # heart_attack
    (
        "sorry to bother you my husband is sixty one he's been sat on the sofa for about forty minutes with a heavy feeling in his chest going down his left arm and he's gone a bit grey and sweaty he says it's just indigestion and doesn't want a fuss should he take a rennie",
        "heart_attack",
    ),
    (
        "I'm 58. Woke up about half an hour ago with a pressure in the middle of my chest like someone sitting on me, and my jaw aches. Feel sick. Took an antacid, no change. Probably nothing but thought I'd ask.",
        "heart_attack",
    ),
    (
        "my dad is sixty seven and while he was mowing just now he came in clutching his chest and now he's sweating buckets and says his arm feels numb and heavy he's had a stent before",
        "heart_attack",
    ),
    (
        "um I'm 49 female diabetic and for the last hour I've felt really unwell short of breath nauseous with this tightness across my upper back and chest I thought women didn't get the chest pain thing",
        "heart_attack",
    ),
    (
        "Typing this for my grandad, he's 80, he's got chest pain right now that he rates 8 out of 10, squeezing, started 20 minutes ago when he was watching telly. He's had angina before and took two sprays of his GTN but it hasn't gone.",
        "heart_attack",
    ),
    # stroke
    (
        "my mum's talking funny all of a sudden like her words are jumbled and the right side of her mouth is drooping she's seventy five it started maybe ten minutes ago while we were having tea is it worth waiting to see if it passes",
        "stroke",
    ),
    (
        "I'm 54 and about fifteen minutes ago my left arm and leg just went weak and I dropped my coffee. I can still type with my right hand. Feel a bit strange. Do I need to see someone today?",
        "stroke",
    ),
    (
        "husband just stood up from dinner and couldn't find his words comma he keeps saying the wrong words like chair instead of cup period his face looks lopsided on one side period he's sixty nine",
        "stroke",
    ),
    (
        "My friend (42) suddenly has the worst headache of her life, came on like a thunderclap while she was at the gym 10 minutes ago, and now she's being sick and can't look at the light. We're in the changing room.",
        "stroke",
    ),
    (
        "Grandma is at our house and she just went confused and can't lift her right arm, her face looks different, she's 88. It's been maybe 5 minutes. Should I give her an aspirin and let her lie down?",
        "stroke",
    ),
    # breathing_difficulty
    (
        "my son has asthma he's nine and he's used his blue inhaler like ten puffs in the last half hour and he's still struggling he can't finish a sentence and his lips look a bit blue",
        "breathing_difficulty",
    ),
    (
        "Can't catch my breath. Sitting up, leaning forward, it's getting worse over the last hour. I have COPD but this is way worse than normal and my lips are dusky. I'm 71. Typing is hard.",
        "breathing_difficulty",
    ),
    (
        "my baby is four months old and she's breathing really fast and the skin between her ribs is sucking in every breath and she's grunting she won't feed she had a cold yesterday",
        "breathing_difficulty",
    ),
    (
        "I'm 30, I've had a chest infection for a few days and now I'm so breathless I can't walk to the bathroom, my pulse ox from the pharmacy says 86. Is that ok to wait till the GP opens tomorrow?",
        "breathing_difficulty",
    ),
    (
        "hi my partner is sitting at the kitchen table wheezing really loud and now he's gone quiet and tired and can barely talk he says his inhaler isn't working he's thirty three",
        "breathing_difficulty",
    ),
    # anaphylaxis
    (
        "my daughter is allergic to peanuts she's eleven she just ate a cookie at a party and now her lips are swelling up and she says her throat feels tight and she's coughing she has an epi pen in her bag do I use it",
        "anaphylaxis",
    ),
    (
        "I got stung by a wasp about 10 minutes ago and now I'm covered in hives all over, my tongue feels thick and I'm dizzy. I'm 45. I've never been allergic before. Should I take an antihistamine and wait?",
        "anaphylaxis",
    ),
    (
        "just had my first dose of a new antibiotic amoxicillin an hour ago and now my face is puffing up and I'm wheezing and I feel like I'm going to pass out I'm alone at home",
        "anaphylaxis",
    ),
    (
        "Our son (7) ate some prawns at a restaurant. He's never had them. Within minutes he's got blotchy red skin, vomiting, and he's breathing noisily. We're in the car park. What do we do?",
        "anaphylaxis",
    ),
    (
        "my wife is allergic to shellfish she had some soup that must of had crab in it and her throat is closing she sounds hoarse she used her epipen five minutes ago and she's a bit better now do we still need to go in",
        "anaphylaxis",
    ),
    # severe_bleeding
    (
        "I cut my arm on a broken window pane the blood is spurting out in pulses and it's soaked through three tea towels I'm pressing hard but it won't stop I'm thirty",
        "severe_bleeding",
    ),
    (
        "my husband's on warfarin and he's had a nosebleed for an hour and a half, it's pouring down the back of his throat and he's filled a mixing bowl. He's going pale and says he feels faint. He's 76.",
        "severe_bleeding",
    ),
    (
        "Hi, I just vomited what looks like a lot of blood, bright red, maybe a cup full, and I feel light headed. I'm 52 and I drink quite a bit. Should I see my GP?",
        "severe_bleeding",
    ),
    (
        "my mate sliced his thigh open with a chainsaw about five minutes ago there's a lot of blood pooling under him we've got a belt round it what else do we do",
        "severe_bleeding",
    ),
    (
        "had my tonsils out eight days ago and I just coughed up a mouthful of fresh blood and it's still coming I'm spitting red every minute I'm twenty four",
        "severe_bleeding",
    ),
    # suicidal_intent
    (
        "I don't really know why I'm writing this here. I've got the tablets lined up on the table and I've written letters to my kids. I think tonight's the night. I just wanted someone to know.",
        "suicidal_intent",
    ),
    (
        "im at the top of the multi storey car park and ive been standing here for an hour i dont want to be here anymore i just wanted to ask if it hurts",
        "suicidal_intent",
    ),
    (
        "My brother is 19 and he just texted me goodbye and said he's sorry and now he won't answer his phone. He's been really depressed. He has access to my dad's shotgun. I'm at work 40 minutes away.",
        "suicidal_intent",
    ),
    (
        "I've decided I'm going to end it today after work. I've got a rope. I'm calm about it. I'm only asking because I want to know how to make sure my cat is looked after.",
        "suicidal_intent",
    ),
    (
        "my husband has locked himself in the garage with the car running and he's not answering he said this morning he'd be better off dead",
        "suicidal_intent",
    ),
    # self_harm
    (
        "I cut myself again tonight but it's deeper than usual, it's gaping open and I can see yellow stuff and it won't stop bleeding through the towel. I'm 17. Please don't tell my mum. Can I just use steri strips?",
        "self_harm",
    ),
    (
        "my daughter is sixteen and I just found her in the bathroom she's burned her arm with a lighter and cut her wrists there's blood everywhere and she's not really talking to me",
        "self_harm",
    ),
    (
        "I hit my head against the wall over and over about half an hour ago and now I'm being sick and seeing double. I do this when I get overwhelmed. I'm 23.",
        "self_harm",
    ),
    (
        "hi I swallowed some batteries on purpose like an hour ago the little round ones two of them I'm fifteen I feel ok is it fine to just wait for them to pass",
        "self_harm",
    ),
    (
        "I did something stupid, cut my thigh with a craft knife. It's pretty deep and spurting a bit when I move. I don't want to go to A&E because they'll judge me. What's the best way to close it at home?",
        "self_harm",
    ),
    # overdose_poisoning
    (
        "my two year old got into the cupboard and I think he's drunk some of the dishwasher liquid he's drooling and crying and coughing it was maybe five minutes ago",
        "overdose_poisoning",
    ),
    (
        "I took about twenty paracetamol three hours ago because I wanted to sleep forever but now I've changed my mind. I feel fine though. Do I still need to do anything?",
        "overdose_poisoning",
    ),
    (
        "my nan took her heart tablets twice this morning and then again at lunch because she forgot, digoxin, she's now saying everything looks yellow and she's being sick and her pulse is really slow",
        "overdose_poisoning",
    ),
    (
        "my flatmate took something at a party and now he's really sleepy and his breathing is slow like six breaths a minute and his pupils are tiny, I think it was pills someone said were oxy",
        "overdose_poisoning",
    ),
    (
        "We've got a gas boiler and all three of us have had headaches and been sick since this morning and now my husband is confused and sleepy. The dog's being sick too. Is it a bug going round?",
        "overdose_poisoning",
    ),
    # seizure
    (
        "my husband is having a fit right now on the floor shaking all over he's epileptic but it's been going for about six minutes now which is longer than his usual ones",
        "seizure",
    ),
    (
        "My 14 year old just had a seizure for the first time ever, he's stopped shaking but he's still not waking up properly and it's been 15 minutes. He's breathing. What do I do?",
        "seizure",
    ),
    (
        "man at the bus stop next to me has collapsed and is jerking and foaming at the mouth I've put my coat under his head nobody knows him",
        "seizure",
    ),
    (
        "my daughter has epilepsy and she had one seizure and came round and now she's having another one straight away without waking in between she's twenty",
        "seizure",
    ),
    (
        "I'm 34 weeks pregnant and my sister is with me, I just had a fit, she says I was shaking for a minute, I've had a pounding headache all day and my vision was sparkly",
        "seizure",
    ),
]
