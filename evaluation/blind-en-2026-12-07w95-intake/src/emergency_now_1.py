# emergency items, kind now (part 1), written by hand by writer 95
ITEMS = [
    # heart_attack
    {"text": "my husband is 62 and has had crushing pain in his chest going down his left arm for 20 min, hes sweaty and grey, we're 40 min out of Dubbo what do i do", "emergency": True, "kind": "now", "family": "heart_attack"},
    {"text": "dad just went down in the cattle yards holding his chest. he's awake but says it's like an elephant sitting on him. he's 68 and had a stent a few years back", "emergency": True, "kind": "now", "family": "heart_attack"},
    {"text": "Typing this with one hand. Chest pressure and an ache in my jaw started half an hour ago while I was mowing. I'm 55, feel sick and clammy, and it's not going away sitting down.", "emergency": True, "kind": "now", "family": "heart_attack"},
    {"text": "Mum is 74 and diabetic. Since lunch she's been really unwell, short of breath, pain between her shoulder blades and feeling sick. She's never like this. I'm at her place with her now", "emergency": True, "kind": "now", "family": "heart_attack"},
    {"text": "chest pain on and off all day, now its constant and worse, sweating through my shirt and my left arm feels heavy. 48, smoker. should i just take an aspirin and wait for the clinic to open tomorrow?", "emergency": True, "kind": "now", "family": "heart_attack"},
    # stroke
    {"text": "nan's face has dropped on one side and her words are coming out all wrong, started about 10 minutes ago at the dinner table", "emergency": True, "kind": "now", "family": "stroke"},
    {"text": "My husband suddenly can't lift his right arm and he's talking gibberish. He was completely fine at breakfast, 20 minutes ago.", "emergency": True, "kind": "now", "family": "stroke"},
    {"text": "shearing mate just went weird on the board, his left side has gone floppy and his mouth is drooping, he can't stand up. we're in the shed on the property right now", "emergency": True, "kind": "now", "family": "stroke"},
    {"text": "I just woke up and my left arm and leg are numb and I can't see properly out of the left side. My speech sounds slurred to me. It's 6am and I'm on my own.", "emergency": True, "kind": "now", "family": "stroke"},
    {"text": "Poppy Ted is sitting in his chair and all of a sudden can't find his words and his right hand is weak, it started just now. He's on blood thinners.", "emergency": True, "kind": "now", "family": "stroke"},
    # breathing_difficulty
    {"text": "my son just got pulled out of the dam, he was under for a bit, he's coughing and breathing really fast and his lips look blue", "emergency": True, "kind": "now", "family": "breathing_difficulty"},
    {"text": "cant catch my breath, asthma puffer not helping, had about 10 puffs in the last hour, can only say a couple of words at a time", "emergency": True, "kind": "now", "family": "breathing_difficulty"},
    {"text": "Mate rolled the quad bike on the hill paddock and it landed on his chest. He's awake but struggling to breathe and one side of his chest isn't moving properly.", "emergency": True, "kind": "now", "family": "breathing_difficulty"},
    {"text": "My 2 year old is sucking in under her ribs with every breath and grunting, she's really pale. It's got worse over the last hour.", "emergency": True, "kind": "now", "family": "breathing_difficulty"},
    {"text": "Dad's COPD is much worse tonight, he's blue around the lips, confused and can't finish a sentence. His finger oxygen thing says 78.", "emergency": True, "kind": "now", "family": "breathing_difficulty"},
    {"text": "toddler fell in the backyard pool, we got him out quick and he coughed up water, but now he's wheezy, breathing fast and going sleepy on me", "emergency": True, "kind": "now", "family": "breathing_difficulty"},
    # anaphylaxis
    {"text": "stung by a bee out in the paddock 5 minutes ago and now my throat feels tight and my face is swelling up, hives everywhere", "emergency": True, "kind": "now", "family": "anaphylaxis"},
    {"text": "My daughter ate a satay stick at the party and she's allergic to peanuts. Now she's coughing, wheezy and her lips are swelling. We gave her EpiPen 5 min ago. What now?", "emergency": True, "kind": "now", "family": "anaphylaxis"},
    {"text": "Just got stung by a jack jumper, I reacted badly once before. I'm dizzy, my tongue feels thick and I'm itchy all over.", "emergency": True, "kind": "now", "family": "anaphylaxis"},
    {"text": "Took my first amoxicillin an hour ago and now I'm covered in welts, my voice has gone hoarse and I feel like I'm going to faint", "emergency": True, "kind": "now", "family": "anaphylaxis"},
    {"text": "my husband ate prawns at the pub and now he's vomiting, his face is puffing up and he's wheezing. he has no epipen. what do we do", "emergency": True, "kind": "now", "family": "anaphylaxis"},
    # severe_bleeding
    {"text": "cut my leg with the chainsaw, blood pumping out, towel on it is soaked through already, im on my own in the back paddock", "emergency": True, "kind": "now", "family": "severe_bleeding"},
    {"text": "My son sliced his wrist on a broken window, blood spurting with every heartbeat. We've been pressing on it for 10 minutes and it won't stop.", "emergency": True, "kind": "now", "family": "severe_bleeding"},
    {"text": "Quad bike crash, my brother's thigh has a deep gash and there's a lot of blood pooling under him, he's going pale and drowsy", "emergency": True, "kind": "now", "family": "severe_bleeding"},
    {"text": "nosebleed for 40 minutes that won't stop even pinching it properly, I'm on warfarin, blood going down my throat and I feel faint", "emergency": True, "kind": "now", "family": "severe_bleeding"},
    {"text": "I've vomited bright red blood twice in the last half hour, like a cupful each time, and I'm dizzy when I stand up", "emergency": True, "kind": "now", "family": "severe_bleeding"},
    # suicidal_intent
    {"text": "I've got the rifle out and I've written letters to my kids. I can't keep doing this. The drought has taken everything.", "emergency": True, "kind": "now", "family": "suicidal_intent"},
    {"text": "im standing on the bridge right now. just wanted to tell someone before i go", "emergency": True, "kind": "now", "family": "suicidal_intent"},
    {"text": "I've decided tonight is the night. The tablets are lined up on the bench. Nobody will miss me.", "emergency": True, "kind": "now", "family": "suicidal_intent"},
    {"text": "my best mate just texted me goodbye and said he's going to end it, now he won't answer his phone. he's got guns at his place out on the block", "emergency": True, "kind": "now", "family": "suicidal_intent"},
    {"text": "My daughter told me 10 minutes ago she has a plan to kill herself tonight and now she's locked herself in the bathroom", "emergency": True, "kind": "now", "family": "suicidal_intent"},
    # self_harm
    {"text": "i cut my arm deeper than i meant to and it's gaping open and still bleeding a lot, im by myself", "emergency": True, "kind": "now", "family": "self_harm"},
    {"text": "I just found my son in his room, he's cut his wrists, there's blood on the carpet. He's conscious and crying.", "emergency": True, "kind": "now", "family": "self_harm"},
    {"text": "I swallowed some razor blades on purpose about an hour ago. My stomach is starting to hurt.", "emergency": True, "kind": "now", "family": "self_harm"},
    {"text": "keep smashing my head into the wall and cant stop, there's blood coming from my head now and im seeing double", "emergency": True, "kind": "now", "family": "self_harm"},
    {"text": "My partner has just cut herself on the thigh, it's deep, I can see yellow fat. She won't let me near her and says she's going to keep going.", "emergency": True, "kind": "now", "family": "self_harm"},
    # overdose_poisoning
    {"text": "brown snake just bit my husband on the ankle in the hay shed, we've got a bandage on him and he's lying still, we're 60km from town what do we do", "emergency": True, "kind": "now", "family": "overdose_poisoning"},
    {"text": "my 2 year old got into nan's heart tablets, maybe 4 missing, we don't know for sure. she's acting sleepy", "emergency": True, "kind": "now", "family": "overdose_poisoning"},
    {"text": "took a whole packet of panadol about an hour ago. I'm scared now. I feel fine but I read it can kill you days later", "emergency": True, "kind": "now", "family": "overdose_poisoning"},
    {"text": "Dad was spraying the crop this morning and now he's sweating buckets, drooling, vomiting and his pupils are tiny.", "emergency": True, "kind": "now", "family": "overdose_poisoning"},
    {"text": "son got bitten by a snake bringing the cows in, didn't see what kind. now he's vomiting and says his vision is blurry and his eyelids are drooping", "emergency": True, "kind": "now", "family": "overdose_poisoning"},
    {"text": "friend took something at the festival and now she's burning hot, confused, jaw clenching, heart pounding and won't stop shaking", "emergency": True, "kind": "now", "family": "overdose_poisoning"},
]
