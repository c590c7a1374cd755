# Emergency items, kind "now", part A (hand-written, writer 75)


def E(text, family):
    return {"text": text, "emergency": True, "kind": "now", "family": family}


ITEMS = [
    # heart_attack
    E("my father 62 is sitting on the sofa sweating like anything, says his chest is heavy like an elephant sitting and pain going to left arm. started 20 mins back after dinner. he says it's gas. should i give Digene?", "heart_attack"),
    E("Sir my husband is having pain in chest and jaw since half hour, he is vomiting and cold clammy. He is diabetic and smoker. We are at home in Thane. What tablet to give?", "heart_attack"),
    E("I'm 55 and right now there is a squeezing in my chest that won't go, it's been 25 minutes, I'm short of breath and feel like I'll faint. Typing this from my bed.", "heart_attack"),
    E("Mama has been having 'acidity' since 1 hour but this time she is grey in colour and breathing fast, says pain is between her shoulder blades and chest. She has sugar and BP. Eno not helping at all", "heart_attack"),
    E("uncle collapsed on his knees at the shop holding his chest, now awake but says pain is crushing and he's all sweaty. he had stent before. we are with him", "heart_attack"),
    # stroke
    E("my mother's mouth has suddenly gone crooked to one side and her words are coming out jumbled, she dropped her cup 10 mins ago. BP shoot up maybe? what to do", "stroke"),
    E("Dad woke up from his afternoon nap and cannot lift his right arm, and his right leg is dragging. He's confused talking. He's 70. Happened just now", "stroke"),
    E("doctor my husband is talking nonsense suddenly while we were eating, he can understand me but words are wrong and his face is drooping on the left side. started 15 min ago", "stroke"),
    E("Lola suddenly can't see on her left side and she is bumping into the door, also her left hand is numb. We're in the house now. She's 81, high blood", "stroke"),
    E("my wife 48 got a sudden worst headache of her life while washing clothes, she vomited and now she is very drowsy and her speech is slurred", "stroke"),
    # breathing_difficulty
    E("My son's asthma is bad right now, he has used the blue inhaler 6 times in the last hour and he can barely speak a few words between breaths. His lips look a bit blue.", "breathing_difficulty"),
    E("My 2 yr old is breathing very fast and the skin between her ribs is sucking in with each breath. She's grunting. Cough since 3 days.", "breathing_difficulty"),
    E("grandfather has COPD, tonight he's sitting upright gasping, can't lie down at all, oxygen on the finger machine shows 82. his nebulizer is not helping", "breathing_difficulty"),
    E("I can't catch my breath at all, even sitting still. It started an hour ago. I'm 30, no asthma. Lips tingling. I'm alone at the hostel", "breathing_difficulty"),
    E("Mummy is making a whistling noise when breathing in and her face is going dusky, she is sitting forward holding the table. this is happening now please reply fast", "breathing_difficulty"),
    # anaphylaxis
    E("I ate prawn curry at a wedding 10 minutes back and now my lips and tongue are swelling, throat feels tight and I have rashes all over. Can I take Avil?", "anaphylaxis"),
    E("my son got stung by a bee in the garden just now, his face is puffing up and he is wheezing and says his throat is funny. He's 9.", "anaphylaxis"),
    E("Nurse gave my mother an injection for infection at the clinic and within minutes she became itchy all over, her BP machine shows 70/40 and she feels faint. We are still at the clinic.", "anaphylaxis"),
    E("After eating groundnut chin chin my daughter started coughing, hives all over her body and now she's vomiting and her voice is hoarse. She is 6.", "anaphylaxis"),
    E("I took an amoxicillin tablet 20 mins ago first time and now my eyes are swelling shut and I feel like I can't swallow", "anaphylaxis"),
    # severe_bleeding
    E("my husband cut his leg with the grass cutter, blood is spurting out and soaking through 3 towels, he is pale. We are pressing it. what next", "severe_bleeding"),
    E("Fell on broken glass, deep cut on my forearm, blood keeps pouring, I can see something white inside. Cloth is full already.", "severe_bleeding"),
    E("My father had a tooth pulled this morning and now blood is coming out of the mouth nonstop, he has filled half a bucket with spit and blood. He takes blood thinner.", "severe_bleeding"),
    E("brother vomiting bright red blood, a lot, like 3 times in the last 30 min, he drinks heavily. now he's dizzy and sweating", "severe_bleeding"),
    E("our neighbour's boy was hit by a motorbike, the wound on his thigh is gushing blood and he is getting sleepy. we're on the road side with him", "severe_bleeding"),
    # suicidal_intent
    E("i've decided tonight is the night. i've written letters to my ammi and sister. i have the rope. i just wanted someone to know", "suicidal_intent"),
    E("I am standing on the roof of my building. I don't see any reason to go on. Nobody will miss me.", "suicidal_intent"),
    E("my roommate just told me she has collected sleeping pills and plans to take them all after I leave for class. she's acting calm and gave away her laptop. I'm with her now", "suicidal_intent"),
    E("everything is finished, the loan people are coming tomorrow. I've kept the pesticide bottle next to me. I'm going to drink it tonight after the kids sleep", "suicidal_intent"),
    # self_harm
    E("I cut my wrist with a blade a few minutes ago, it's deeper than usual and it won't stop bleeding even after pressing for 15 mins. Please don't tell my parents", "self_harm"),
    E("my 15 yr old sister locked herself in the bathroom and we found blood on the floor under the door, she's cutting herself again and not answering", "self_harm"),
    E("I burnt my arm with a hot iron on purpose just now, the skin is white and peeling, big patch. I don't know why I did it", "self_harm"),
    # overdose_poisoning
    E("my 3 year old drank kerosene from a Coca-Cola bottle 10 min ago, he is coughing and breathing fast. should i make him vomit?", "overdose_poisoning"),
    E("Snake bite on my uncle's foot while working in the paddy field, 20 min back. Two fang marks, foot swelling fast and he says his eyelids feel heavy. We are tying a cloth.", "overdose_poisoning"),
    E("My friend took 20 tablets of Dolo 650 an hour ago after a fight with her boyfriend. She says she is fine and doesn't want to go hospital.", "overdose_poisoning"),
    E("Grandma accidentally drank the rat poison water thinking it was her medicine. She just told us. She looks ok now. 78 yrs.", "overdose_poisoning"),
    E("my dad sprayed the farm insecticide without mask, now he's drooling, sweating, pupils tiny and having loose motions and stomach cramps. started 1 hour ago", "overdose_poisoning"),
    # seizure
    E("my baby brother is having fits right now, his whole body is jerking and eyes rolled up, it's been 6 minutes. he has fever", "seizure"),
    E("Husband is fitting continuously, he had one fit, didn't wake up properly and now another one started. Total more than 10 mins. He is epileptic and missed tablets", "seizure"),
    E("a man in our office just fell down and is shaking all over, foam from mouth, he hit his head on the desk. we're around him. what do we do", "seizure"),
    E("My 8 months pregnant sister just had a fit — she had a headache and swelling since yesterday, BP was 160. Now she is sleepy and not answering properly.", "seizure"),
    # unconscious_unresponsive
    E("my mother is not waking up. she is breathing but snoring weirdly and I shook her and shouted, nothing. she took her sleeping tablet last night as usual", "unconscious_unresponsive"),
    E("found my husband lying on the bathroom floor, he isn't responding when I call him. his breathing is slow. how do I", "unconscious_unresponsive"),
    E("The old man in the bed next to my father in the general ward has stopped moving and his lips are blue, the nurse isn't here. I'm typing from the ward", "unconscious_unresponsive"),
    E("bro passed out after drinking at the party and we can't wake him up at all, he vomited and is lying on his back. his skin is cold", "unconscious_unresponsive"),
    # head_injury
    E("My son fell from the mango tree, about 10 feet, hit his head. He was knocked out for a minute, now vomiting twice and very sleepy. He is 11.", "head_injury"),
    E("dad slipped in the bathroom and hit the back of his head, he's on blood thinners. there's a big bump and now he's confused asking the same question again and again", "head_injury"),
    E("rider without helmet fell off the okada in front of my shop, he is awake but blood and clear water coming from his ear and nose. we have him lying down", "head_injury"),
    E("my toddler rolled off the bed onto the tiles 30 min ago and now one pupil is bigger than the other and she keeps falling asleep", "head_injury"),
    # febrile_infant
    E("my baby is 5 weeks old and her temperature is 38.6 on the thermometer, she's feeding less and very sleepy today", "febrile_infant"),
    E("Doc, 2 month old boy, fever 101 since this evening, crying weakly, hands and feet cold. Gave half a Calpol. Should I wait till morning?", "febrile_infant"),
    E("newborn 12 days old, feels hot, thermometer shows 38.2, not sucking well since afternoon. first baby please help", "febrile_infant"),
    E("my 6 week old daughter has fever 38.4 and is grunting when she breathes and looks mottled. it's 2am, should I give Dolo drops?", "febrile_infant"),
    # meningitis_signs
    E("my daughter 16 has high fever, terrible headache, she can't bend her neck forward and the light hurts her eyes. there are purple spots on her legs that don't fade when I press a glass", "meningitis_signs"),
    E("son 4 years, fever since morning, now very drowsy, neck is stiff and he screams when I move him. there's a rash starting on his tummy", "meningitis_signs"),
    E("I'm a student in hostel. My roommate has had fever and vomiting since evening, now he's confused, doesn't know what day it is, and complains his neck is stiff", "meningitis_signs"),
    E("Baby 9 months, soft spot on head is bulging, fever, high pitched cry, won't feed. just noticed in the last hour", "meningitis_signs"),
]
