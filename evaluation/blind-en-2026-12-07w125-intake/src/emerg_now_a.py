# Emergencies happening now, part A (hand-written). (text, family)
ITEMS = [
    # heart_attack
    ("My father 62 have chest pain like heavy stone on his chest, start 30 min ago, he is sweating and pain go to left arm. He is sitting now, grey color. What I do?", "heart_attack"),
    ("im having crushing chest pressure right now going into my jaw, feel sick and sweaty. 55 m. is this just indigestion?", "heart_attack"),
    ("Husband 49 suddenly pale, hold his chest, say it squeeze, vomited once. Still same after 20 minutes. We are at home.", "heart_attack"),
    ("Left arm heavy and pain in middle of chest since 1 hour, I'm 68 diabetic, short of breath now. Should I take aspirin and wait?", "heart_attack"),
    ("My mom is 74 and she says her chest feels tight and her back between the shoulder blades hurt, she is cold and clammy right now, never like this before.", "heart_attack"),
    # stroke
    ("My grandmother face droop on left side just now, she can't lift her left arm and her talking is strange. Start 15 minutes ago.", "stroke"),
    ("Husband speaking nonsense words suddenly at dinner, right hand drop the chopsticks, can't hold anything. What is happening??", "stroke"),
    ("I woke up and my right arm and leg are numb and weak, can't walk straight, my words come out slurry. 58f", "stroke"),
    ("Dad 66, suddenly cannot see his left side and walk into the door, mouth crooked when he smile. Just happened 10 min ago.", "stroke"),
    ("My coworker is slurring her words and one side of her smile isn't moving, she says she's fine but she can't raise her right arm. We're at the office.", "stroke"),
    # breathing_difficulty
    ("My son 5 having asthma attack, inhaler 4 puffs not helping, he can only say 2 words at a time, lips looking blue.", "breathing_difficulty"),
    ("Mother 80 can't breathe lying down, sitting up gasping, lips purple, bubbly cough. Right now.", "breathing_difficulty"),
    ("i cant catch my breath at all, chest is so tight, using ventolin every 10 min no help. alone at home", "breathing_difficulty"),
    ("Baby 4 months breathing very fast and the skin between ribs sucking in, grunting sound with each breath.", "breathing_difficulty"),
    ("Husband has COPD, oxygen on the finger machine 82% now and he is confused and struggling to talk.", "breathing_difficulty"),
    # anaphylaxis
    ("I ate shrimp at restaurant 10 min ago, now my lips and tongue swelling and throat feel closing, hives all body.", "anaphylaxis"),
    ("My daughter 7 has peanut allergy and ate a cookie, now vomiting, wheezing, face swelling. We have EpiPen, should I use?", "anaphylaxis"),
    ("Stung by bee in the garden, now whole body red itchy and I feel dizzy and my voice become hoarse. 40 male.", "anaphylaxis"),
    ("After first dose of amoxicillin 20 minutes ago my wife has swollen eyes and lips and can't breathe well.", "anaphylaxis"),
    ("Friend just took a bite of satay, he is allergic to peanuts, now he says his throat is tight and he is covered in welts, coughing. No epipen with us.", "anaphylaxis"),
    # severe_bleeding
    ("My husband cut his leg with chainsaw, blood pumping out fast, towel soaked in 1 minute.", "severe_bleeding"),
    ("Knife slipped while cutting mango, deep cut in my wrist, blood spurting and won't stop with pressing 15 min.", "severe_bleeding"),
    ("my dad is vomiting a lot of blood right now, like a bowl full, he is on warfarin and feels faint", "severe_bleeding"),
    ("Nose bleeding 40 minutes non stop, pouring, my mother 77 on blood thinner, now she is pale and dizzy.", "severe_bleeding"),
    ("Son fell through glass door, big gash in his thigh, blood everywhere on the floor, I'm pressing but it's still flowing.", "severe_bleeding"),
    # suicidal_intent
    ("I have the pills counted out on my table. I decided tonight is the night. I just wanted to tell someone.", "suicidal_intent"),
    ("My brother texted me goodbye and says he is on the bridge now. He is not answering call. I'm far away, what do I do?", "suicidal_intent"),
    ("I can't do this anymore, I bought charcoal and taped the windows. Sorry for writing here.", "suicidal_intent"),
    ("My roommate locked herself in bathroom and said she is going to end it, she has razor and she don't answer my knock.", "suicidal_intent"),
    ("Writing this from the rooftop of my building. I'm going to jump after I send this.", "suicidal_intent"),
    # self_harm
    ("I cut myself tonight deeper than usual, it's gaping open and wont stop bleeding, I can see something yellow inside.", "self_harm"),
    ("My daughter 14 burning her arm with lighter just now many times, she is crying and still trying to do more, I am holding her.", "self_harm"),
    ("I just cut my arm again and this time very deep, blood dripping to floor for 20 min, I feel dizzy.", "self_harm"),
    ("My son is hitting his head on the wall again and again on purpose right now, forehead bleeding, he won't stop.", "self_harm"),
    ("Friend is cutting her legs right now in the toilet at the party, there is a lot of blood, she won't open the door.", "self_harm"),
    # overdose_poisoning
    ("My 2 year old drank toilet cleaner just now, he is drooling and crying, mouth red and he vomited.", "overdose_poisoning"),
    ("I took 30 paracetamol about 2 hours ago, I feel okay but now I am scared. what happens", "overdose_poisoning"),
    ("Grandpa took 6 tablets of his digoxin by mistake this morning, now he vomiting and say everything look yellow, heart slow.", "overdose_poisoning"),
    ("Found my son 19 barely breathing, pupils tiny, there is a needle next to him.", "overdose_poisoning"),
    ("We used the charcoal grill inside the apartment for heating, now my wife and I have bad headache and she is vomiting and confused.", "overdose_poisoning"),
    # seizure
    ("My husband is shaking all over on the floor and foaming mouth, it has been 6 minutes and not stopping!!", "seizure"),
    ("Daughter 3 having convulsions, eyes rolled back, this is second one in 10 min, she not wake up between.", "seizure"),
    ("Coworker fell and is jerking, he has no epilepsy history, still shaking after 3 minutes, lips blue.", "seizure"),
    ("My mother is epileptic, she had one seizure, then another right away, now third one and she hasn't woken up in between.", "seizure"),
    ("Wife 36 weeks pregnant had a fit just now, whole body jerking, now very confused and headache.", "seizure"),
    # unconscious_unresponsive
    ("My dad collapsed in kitchen and not answering, eyes closed, I shake him no response. He is breathing I think.", "unconscious_unresponsive"),
    ("found my grandmother on the floor, she doesn't wake up when I call her name loudly, snoring breath.", "unconscious_unresponsive"),
    ("Friend drink too much soju, now not waking even when we pinch him, vomit on the floor next to him.", "unconscious_unresponsive"),
    ("Husband sitting on sofa suddenly go limp, not respond to me, breathing very slow and strange. What do I do first?", "unconscious_unresponsive"),
    ("Old man at the bus stop just fell down and is not responding to me, I am with him now.", "unconscious_unresponsive"),
    # head_injury
    ("My son 10 fell from tree onto his head 20 min ago, he vomited twice and now very sleepy, not making sense.", "head_injury"),
    ("Mom 79 on blood thinner slip in bathroom and hit back of head, now headache getting worse and she is confused.", "head_injury"),
    ("Hit my head hard playing rugby, blacked out for a minute, now my friend says one pupil is bigger than other, and I keep throwing up.", "head_injury"),
    ("Baby 8 months rolled off bed onto tile floor 30 minutes ago, big soft swelling on side of head and she keep vomiting, very drowsy.", "head_injury"),
    ("Motorbike accident just now, my friend hit his head no helmet, clear water coming from his nose and he is confused.", "head_injury"),
]
