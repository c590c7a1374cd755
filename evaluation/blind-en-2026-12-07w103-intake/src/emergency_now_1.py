# Emergency items happening now (kind "now"), part 1. Writer 103.
ITEMS = [
    # heart_attack
    {"text": "papa 62 is sweating a lot and says chest is heavy like someone sitting on it, pain going to left arm, started 20 min back. should I give sorbitrate?? pls reply fast", "emergency": True, "kind": "now", "family": "heart_attack"},
    {"text": "doctor ji abhi abhi husband ko seene mein tez dard utha, ulti bhi hui, paseene se bheeg gaye hain, 48 saal, smoker hain. kya karein", "emergency": True, "kind": "now", "family": "heart_attack"},
    {"text": "my chacha just sat down on the shop floor holding his chest, he is awake but looks grey and breathing fast, says pain is crushing. we are in Chandni Chowk", "emergency": True, "kind": "now", "family": "heart_attack"},
    {"text": "im 55, diabetic, since 30 min I have jaw pain and heaviness in chest with breathlessness and cold sweat, I think its gas only, took eno. any other tablet to take?", "emergency": True, "kind": "now", "family": "heart_attack"},
    {"text": "ammi ko 2019 mein heart attack hua tha. aaj phir wahi dard shuru hua hai 15 min se, bol rahi hain bilkul same feeling hai, left arm bhaari. kya karein", "emergency": True, "kind": "now", "family": "heart_attack"},
    # stroke
    {"text": "nani's mouth suddenly went crooked on one side while eating lunch just now and she can't lift her right hand, speech is slurred. she is 79", "emergency": True, "kind": "now", "family": "stroke"},
    {"text": "my husband 58 woke up 1 hr ago and can't speak properly, words coming out wrong, and his right leg is dragging. is it BP? he took his tablet", "emergency": True, "kind": "now", "family": "stroke"},
    {"text": "appa suddenly can't see on the left side and his left arm is numb and weak since 20 mins, BP showing 200/110", "emergency": True, "kind": "now", "family": "stroke"},
    {"text": "bhai, mummy achanak se bol nahi pa rahi, chehra ek taraf latak gaya, 10 min pehle tak bilkul theek thi. ghar pe koi dawai de sakte hai?", "emergency": True, "kind": "now", "family": "stroke"},
    {"text": "coworker at the desk next to me suddenly slurring, dropped his cup, one side of face drooping. he keeps saying he's fine just tired. what do I do", "emergency": True, "kind": "now", "family": "stroke"},
    # breathing_difficulty
    {"text": "my son 6 is having asthma attack, nebulizer given twice, still can't speak full sentences and his lips look bluish. what next", "emergency": True, "kind": "now", "family": "breathing_difficulty"},
    {"text": "dadi ko saans nahi aa rahi, baith ke haanf rahi hai, let nahi paa rahi, pair soojhe hue, 1 ghante se badhta ja raha", "emergency": True, "kind": "now", "family": "breathing_difficulty"},
    {"text": "I can barely breathe typing this, inhaler not working at all, chest tight, wheezing loud, cant finish words", "emergency": True, "kind": "now", "family": "breathing_difficulty"},
    {"text": "baby 8 months breathing very fast, skin between ribs sucking in with every breath, grunting and not feeding since morning", "emergency": True, "kind": "now", "family": "breathing_difficulty"},
    {"text": "papa covid positive, oximeter showing 84% now, he is breathless even while talking. we are home in isolation, what to do", "emergency": True, "kind": "now", "family": "breathing_difficulty"},
    # anaphylaxis
    {"text": "ate prawn curry at a wedding 15 min ago, now my lips are swelling and throat feels tight, hives all over, feel like fainting", "emergency": True, "kind": "now", "family": "anaphylaxis"},
    {"text": "son got a bee sting 10 min back and now his face is puffing up, he's wheezing and says throat itchy. cetirizine enough?", "emergency": True, "kind": "now", "family": "anaphylaxis"},
    {"text": "wife took an injection at the local clinic for fever, within minutes she became dizzy, rash everywhere and now breathing is difficult", "emergency": True, "kind": "now", "family": "anaphylaxis"},
    {"text": "my friend with peanut allergy ate a laddoo at the party, her voice is hoarse and she is vomiting, she has an epipen but is scared to use it", "emergency": True, "kind": "now", "family": "anaphylaxis"},
    {"text": "ammi ne antibiotic ki pehli goli li aur ab poora badan laal, aankhen aur honth soojh gaye aur saans phool rahi hai", "emergency": True, "kind": "now", "family": "anaphylaxis"},
    # severe_bleeding
    {"text": "papa cut his hand on broken glass, blood is spurting, 2 towels already soaked, we are pressing but it's not stopping", "emergency": True, "kind": "now", "family": "severe_bleeding"},
    {"text": "bhaiya ka bike accident hua, thigh se bahut khoon beh raha hai, hum road pe hain, kapda baandha par ruk nahi raha", "emergency": True, "kind": "now", "family": "severe_bleeding"},
    {"text": "my uncle is on warfarin, nose bleeding nonstop for 40 min, filled half a bowl, now looking pale and dizzy", "emergency": True, "kind": "now", "family": "severe_bleeding"},
    {"text": "father vomiting fresh red blood, two times in last half hour, a lot of it, he drinks daily. he says let it settle", "emergency": True, "kind": "now", "family": "severe_bleeding"},
    {"text": "kitchen knife slipped, deep cut on my wrist while cutting pumpkin, bleeding a lot and I feel faint, alone at home", "emergency": True, "kind": "now", "family": "severe_bleeding"},
    # suicidal_intent
    {"text": "i have collected all my sleeping pills and i am going to take them tonight after everyone sleeps. just want to know if it will be painless", "emergency": True, "kind": "now", "family": "suicidal_intent"},
    {"text": "my brother just sent me a goodbye message and isn't picking up the phone, he said he's on the roof of his building", "emergency": True, "kind": "now", "family": "suicidal_intent"},
    {"text": "no point living anymore. I'm standing near the railway track behind my house right now. sorry for wasting your time", "emergency": True, "kind": "now", "family": "suicidal_intent"},
    {"text": "doctor, my sister locked herself in her room with a dupatta and keeps saying she'll hang herself, she's crying, door won't open", "emergency": True, "kind": "now", "family": "suicidal_intent"},
    {"text": "i wrote the letter already. ammi abbu will be better without me. tonight. not asking for help just want someone to know", "emergency": True, "kind": "now", "family": "suicidal_intent"},
    # self_harm
    {"text": "I cut myself again, deeper this time, it won't stop bleeding and I can see something white inside", "emergency": True, "kind": "now", "family": "self_harm"},
    {"text": "my daughter 15 is cutting her arm in the bathroom right now, I can hear her crying, door is locked, she won't answer", "emergency": True, "kind": "now", "family": "self_harm"},
    {"text": "burned myself with the hot iron on purpose 10 min ago, skin is peeling off a big area on my thigh, don't know what to do", "emergency": True, "kind": "now", "family": "self_harm"},
    {"text": "my hostel friend keeps banging her head on the wall and now scratching her wrists with a blade, I'm with her, she's not listening", "emergency": True, "kind": "now", "family": "self_harm"},
    {"text": "swallowed some safety pins on purpose an hour ago, now stomach pain and spitting little blood", "emergency": True, "kind": "now", "family": "self_harm"},
    # overdose_poisoning
    {"text": "my 2 yr old just drank kerosene from a bottle, coughing a lot and breathing fast", "emergency": True, "kind": "now", "family": "overdose_poisoning"},
    {"text": "papa ne galti se 10 tablets glimepiride kha li, abhi 30 min hue hai, abhi toh theek lag rahe", "emergency": True, "kind": "now", "family": "overdose_poisoning"},
    {"text": "husband drank pesticide from the field shed after a fight, now vomiting, sweating, drooling and eyes are pin small", "emergency": True, "kind": "now", "family": "overdose_poisoning"},
    {"text": "I took 20 paracetamol 500 about an hour ago, feeling fine for now, do I really need to go anywhere?", "emergency": True, "kind": "now", "family": "overdose_poisoning"},
    {"text": "dadi ne confusion me BP ki goli 3 baar le li aaj, ab chakkar aa rahe aur pulse bahut dheemi hai, 40 ke aas paas", "emergency": True, "kind": "now", "family": "overdose_poisoning"},
    # seizure
    {"text": "my son is having fits for 7 minutes now, not stopping, his lips are turning blue", "emergency": True, "kind": "now", "family": "seizure"},
    {"text": "wife is epileptic, she had 2 fits back to back and didn't wake up in between, now 3rd starting", "emergency": True, "kind": "now", "family": "seizure"},
    {"text": "my father never had this before, fell down and started jerking, 3 min over, now breathing heavy and not talking to us", "emergency": True, "kind": "now", "family": "seizure"},
    {"text": "baby's eyes rolling up and whole body shaking for 4 mins, still going, what do I do", "emergency": True, "kind": "now", "family": "seizure"},
    {"text": "bhai ko jhatke aa rahe hain, munh se jhaag, 5 minute se zyada ho gaye, chammach daalein munh me?", "emergency": True, "kind": "now", "family": "seizure"},
    # unconscious_unresponsive
    {"text": "nanaji not waking up from afternoon nap, breathing but not responding to calling or pinching", "emergency": True, "kind": "now", "family": "unconscious_unresponsive"},
    {"text": "found my roommate on the floor, not responding when I shake him, snoring kind of breathing", "emergency": True, "kind": "now", "family": "unconscious_unresponsive"},
    {"text": "amma fainted in the temple queue and still not opening her eyes after 5 minutes, people splashing water", "emergency": True, "kind": "now", "family": "unconscious_unresponsive"},
    {"text": "my husband collapsed in the bathroom, he's not answering, just making gasping sounds every few seconds", "emergency": True, "kind": "now", "family": "unconscious_unresponsive"},
    {"text": "old uncle from 3rd floor found lying in the lift, I'm with him, he's not waking, pulse very weak", "emergency": True, "kind": "now", "family": "unconscious_unresponsive"},
    # head_injury
    {"text": "my son fell from the first floor balcony 30 min ago, vomited twice and now very sleepy", "emergency": True, "kind": "now", "family": "head_injury"},
    {"text": "papa slipped in bathroom and hit head, now confused, asking same question again and again, he is on blood thinner", "emergency": True, "kind": "now", "family": "head_injury"},
    {"text": "bike accident no helmet, my friend has blood coming from his ear and is very drowsy, we are on the roadside", "emergency": True, "kind": "now", "family": "head_injury"},
    {"text": "cricket ball hit my head at 2 pm, was ok, now severe headache getting worse, vomited, and my brother says one pupil looks bigger", "emergency": True, "kind": "now", "family": "head_injury"},
    {"text": "toddler fell from the bed onto marble floor, huge swelling, vomiting 3 times, not acting like herself", "emergency": True, "kind": "now", "family": "head_injury"},
    # febrile_infant
    {"text": "my baby is 6 weeks old and has temperature 100.8 F, feeding less than usual", "emergency": True, "kind": "now", "family": "febrile_infant"},
    {"text": "nawasi 2 mahine ki hai, bukhar 101, bahut sust hai, doodh nahi pi rahi. calpol de dein?", "emergency": True, "kind": "now", "family": "febrile_infant"},
    {"text": "newborn 18 days old feels hot, thermometer 38.2, very sleepy, hard to wake for feeds", "emergency": True, "kind": "now", "family": "febrile_infant"},
    {"text": "beta 5 weeks ka hai, fever 38.5 aur rash, rona bhi kamzor sa hai", "emergency": True, "kind": "now", "family": "febrile_infant"},
    {"text": "baby 10 weeks old, fever 39 since evening, only 1 wet nappy today, very floppy", "emergency": True, "kind": "now", "family": "febrile_infant"},
    # meningitis_signs
    {"text": "daughter 14 has fever 103, severe headache, neck is stiff she can't bend it, and light hurts her eyes", "emergency": True, "kind": "now", "family": "meningitis_signs"},
    {"text": "son 4 has fever and purple spots on legs that don't fade when I press a glass, he is very drowsy", "emergency": True, "kind": "now", "family": "meningitis_signs"},
    {"text": "hostel friend fever 103 since morning, vomiting, neck pain, now talking nonsense and doesn't know where he is", "emergency": True, "kind": "now", "family": "meningitis_signs"},
    {"text": "baby 8 months, soft spot on head is bulging, fever, high pitched cry, won't settle", "emergency": True, "kind": "now", "family": "meningitis_signs"},
    {"text": "I'm 22, worst headache of my life plus fever, stiff neck, and a rash appearing on my legs. Is crocin ok?", "emergency": True, "kind": "now", "family": "meningitis_signs"},
]
