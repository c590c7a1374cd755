# Emergency items: now (writer 92), part 1.


def E(text, kind, family):
    return {"text": text, "emergency": kind == "now", "kind": kind, "family": family}


ITEMS = [
    # heart_attack
    E("my husband he is 58 he sit on sofa now very sweaty and grey colour, he say pressure in the chest like elephant and pain go to left arm and jaw, 20 minutes already. he say is only indigestion. what i do??", "now", "heart_attack"),
    E("pai está com dor forte no peito agora, he is 66, vomiting and cold sweat, it start when he carry the shopping 15 min ago. he have the nitro spray from before, he use 2 times no better. should i wait the GP tomorrow?", "now", "heart_attack"),
    E("I'm 49 and right now I have crushing chest pain spreading to my back and left arm, I'm nauseous and short of breath. Started half an hour ago at my desk. Could it be a pulled muscle?", "now", "heart_attack"),
    E("my mother 71 diabetic she just say she feel very strange, tight in chest and can't breath good, she is pale and sweating and her hand on chest. no pain before like this. we are at home alone", "now", "heart_attack"),
    E("he hold his chest and sit on the floor of the warehouse, colleague, maybe 50 years, say pain very bad like squeezing and his left arm numb, he sweat a lot. the boss say give him water and wait. is ok?", "now", "heart_attack"),
    # stroke
    E("my father face is drop on one side now, the mouth go down on the right, and he cannot lift right arm, he talk strange words not making sense. it start 10 min ago while eating. what we do?", "now", "stroke"),
    E("babcia suddenly cannot speak properly, she try to say something but words come wrong, and her left hand drop the spoon, she look confuse. 5 minutes ago she was normal. should we give aspirin and let her rest?", "now", "stroke"),
    E("Sudden worst headache of my life just now, like hit with a bat, and now I'm vomiting and my neck is stiff. I'm 44. Should I take paracetamol and sleep?", "now", "stroke"),
    E("my wife 62 just now she cannot see from the left side and her left leg is weak, she fall against wall. she say she is ok just dizzy. she refuse to go. what to do", "now", "stroke"),
    E("help my uncle talking slurred like drunk but he not drink anything, his arm is weak and his smile is crooked, it start maybe 30 min ago. we live far from hospital, can we drive him or wait morning?", "now", "stroke"),
    # breathing_difficulty
    E("my son 7 asthma attack now, the blue inhaler we give 10 puffs and he still can't talk full sentence, his lips are little blue and his ribs pull in. what else we can do at home?", "now", "breathing_difficulty"),
    E("i cannot breath, like drowning, i am sitting and still no air, my legs very swollen last days and i cough pink foam now. i am 70 with heart failure. should i take extra water pill?", "now", "breathing_difficulty"),
    E("my grandmother COPD, today her breathing very fast and she is confuse, her lips grey, the oxygen machine say 79. she dont want to go out in the rain. can we wait?", "now", "breathing_difficulty"),
    E("My daughter is 2 and is making a high-pitched noise when she breathes in, barking cough, and now she's drooling and won't lie down. She's struggling. Steam shower?", "now", "breathing_difficulty"),
    E("so sick for days with flu and now i am too out of breath to walk to bathroom, cant finish a sentence, my finger thing say 84%. live alone. is this normal for flu?", "now", "breathing_difficulty"),
    # anaphylaxis
    E("my friend eat cake with nuts at my party, he is allergic, now his lips and tongue swelling big and he say throat tight and voice change. he dont have the pen with him. give benadryl and wait?", "now", "anaphylaxis"),
    E("bee sting 10 min ago on my arm and now i have hives all body, my face swell and i feel dizzy like i will faint, breathing hard. i am alone in the garden. what do?", "now", "anaphylaxis"),
    E("baby 11 months first time eating egg, 15 min ago, now red rash everywhere, vomiting 3 times, and she is very floppy and pale. is it food poisoning?", "now", "anaphylaxis"),
    E("I just got the antibiotic injection at the clinic 20 minutes ago and I'm at the bus stop now, my throat feels closing, itching everywhere and my heart is racing. Should I go back to the clinic tomorrow?", "now", "anaphylaxis"),
    E("my husband used his EpiPen 10 min ago because shrimp, he is better a bit but his breath is getting worse again now and his face is very swollen. we have no second pen. what now?", "now", "anaphylaxis"),
    # severe_bleeding
    E("my brother cut his leg with the chainsaw now, blood is pumping out, we press a towel but it soak through in a minute. we are on the farm 40 min from town. what do we do??", "now", "severe_bleeding"),
    E("i fall on glass table, big cut on my arm and blood come out very fast, i press but it not stop 15 min, i feel dizzy and cold. how to close cut at home?", "now", "severe_bleeding"),
    E("my dad is on warfarin and he has nosebleed since 1 hour, blood running down throat, he vomit blood clots and he is going pale. pinch nose not working. wait more?", "now", "severe_bleeding"),
    E("work accident just now: coworker's hand caught in the press, two fingers nearly off, bleeding everywhere, he's shaking and white. we wrapped it in a shirt. should we drive him to the walk-in clinic?", "now", "severe_bleeding"),
    E("My mother is throwing up bright red blood right now, lots of it, a bowl full, she has liver problems. She feels faint. What should I do?", "now", "severe_bleeding"),
    # suicidal_intent
    E("i dont want to be here anymore. i have the pills on the table in front of me, all of them, and i write letter to my kids. i just wanted to tell someone before.", "now", "suicidal_intent"),
    E("my roommate just texted me goodbye and that he is on the bridge, he not answer phone now. he was very depressed. what do i do, i am not near", "now", "suicidal_intent"),
    E("tonight i will do it, i decided. i have the rope. nobody care since i come to this country, no job, no family. is there any reason to wait?", "now", "suicidal_intent"),
    E("My sister (19) locked herself in the bathroom and says she's going to kill herself, she has a razor and she won't open the door. Parents are out. Should I just give her space?", "now", "suicidal_intent"),
    E("I'm sitting in my car in the garage with the engine running. I don't know why I'm writing this. Maybe someone will read it.", "now", "suicidal_intent"),
    # self_harm
    E("i cut my arm again tonight but this time too deep, i see yellow fat and it is bleeding a lot, i cannot make it stop with the towel. i dont want my parents to know. how to stitch myself?", "now", "self_harm"),
    E("my daughter 15 just burned herself with the iron on purpose, big burn on thigh, skin white and peeling, she is crying and saying she deserve it. what to do now?", "now", "self_harm"),
    E("I just hit my head against the wall many times because I was so angry at myself, now I'm vomiting and the room is spinning. I did this to myself so I can't go to hospital right?", "now", "self_harm"),
    E("friend at school cut her wrist in the toilet during lunch, there is blood on the floor, she is very pale and sleepy. teacher not here. what we do??", "now", "self_harm"),
    E("i swallowed some batteries on purpose an hour ago, 2 small round ones, because i wanted to hurt myself. now my chest hurts when i swallow. will it pass out by itself?", "now", "self_harm"),
    # overdose_poisoning
    E("my son 3 years drink something from the bottle under sink, i think bleach or drain cleaner, his mouth is red and he is drooling and crying. should i make him vomit??", "now", "overdose_poisoning"),
    E("i take 30 tablets of paracetamol 2 hours ago because sad, now i regret, i feel ok only little nausea. if i feel ok can i stay home?", "now", "overdose_poisoning"),
    E("my mother take her sleeping pills and her blood pressure pills, whole box maybe, she is very sleepy now, hard to wake up, breathing slow. she is 65. what do i do", "now", "overdose_poisoning"),
    E("boyfriend took something at the party, maybe heroin, he is on the floor, lips blue, breathing like snoring then stops. someone has narcan but we're scared of police. please what do we do", "now", "overdose_poisoning"),
    E("we use charcoal grill inside the house for warm because electricity cut, now all family headache and vomiting and my daughter is confused and sleepy. is it the food?", "now", "overdose_poisoning"),
    # seizure
    E("my husband is shaking all over on the floor now, eyes rolled up, foam from mouth, it's been going 6 minutes and not stopping. he never had this before. what i do???", "now", "seizure"),
    E("my son epilepsy, now seizure one after another, 3 times in 20 minutes and he not wake up between. we give the rescue medicine in the cheek already. wait for more?", "now", "seizure"),
    E("my wife is pregnant 34 weeks and she just have a fit, shaking whole body 2 min, now she confused and she had big headache all day. is this normal in pregnancy?", "now", "seizure"),
    E("co-worker fell down on the kitchen floor and is jerking, he hit his head on the counter when falling and there is blood, still shaking, nobody knows if he has epilepsy. put a spoon in his mouth?", "now", "seizure"),
    E("my nephew, diabetic on insulin, he start shaking and jerking on the bed and not respond, he is sweating a lot. 3 minutes now. what we do first", "now", "seizure"),
]
