# Emergency items, kind "now", part A (written by hand, writer 66)

def NOW(text, family):
    return {"text": text, "emergency": True, "kind": "now", "family": family}


ITEMS = [
    # febrile_infant
    NOW("My baby is 5 weeks old and feels really hot, thermometer says 38.3. She's a bit sleepier than usual but feeding a little. Is it ok to give Calpol and see how she is in the morning?", "febrile_infant"),
    NOW("6 week old, temp 38.6 under the arm, not interested in his bottle and sort of floppy when I pick him up. It's 3am, do I wait for the GP?", "febrile_infant"),
    NOW("newborn (11 days) is burning up and breathing fast, grunting a bit with each breath. mum is asleep, i'm the dad and don't know what to do", "febrile_infant"),
    NOW("Our 2 month old had her jabs yesterday and now it's 39.1 and she's mottled on her legs and won't wake properly for feeds. Is this just a jab reaction?", "febrile_infant"),
    NOW("baby is 7 weeks and has had a temperature of 38.0 since teatime, he's just not himself, whimpering rather than crying. everyone online says temps are normal with colds??", "febrile_infant"),
    NOW("I think my 10 week old has a fever, she's hot to touch and the ear thermometer says 38.4. She hasn't had a wet nappy since this morning.", "febrile_infant"),
    NOW("Is 38.1 a fever in a 3 week old? He's otherwise ok-ish, just a bit quiet. My mum says wrap him up and he'll sweat it out.", "febrile_infant"),
    # choking
    NOW("my son is choking on a grape i think, he's 2, he can't cough or make any sound, i've hit his back what do i do", "choking"),
    NOW("HELP baby 8 months put something in her mouth, now she's gagging and going blue around the lips, can't cry", "choking"),
    NOW("Dad was eating steak and suddenly grabbed his throat, he can't talk and he's going red then pale. I'm trying the Heimlich but nothing's coming up.", "choking"),
    NOW("my toddler is making a weird squeaky sound when he breathes in after he had popcorn, he's still coughing but it's not clearing and he looks scared", "choking"),
    NOW("She swallowed a coin and now she's drooling, can't swallow her spit and keeps retching. 3 years old. She's breathing but it sounds noisy.", "choking"),
    NOW("my 4 month old just choked on milk and went limp and grey for a few seconds then came back and is crying now but her breathing still sounds off", "choking"),
    NOW("Nan (89) choking on a bit of sandwich at the care home visit, the staff have gone for help but she's silent and clutching her neck. How do I do back blows on someone in a wheelchair?", "choking"),
    # severe_dehydration_child
    NOW("My 14 month old has had diarrhoea and vomiting for 2 days and hasn't had a wet nappy since yesterday afternoon. Her eyes look sunken and she's really sleepy. Is dioralyte enough?", "severe_dehydration_child"),
    NOW("son is 3, throwing up everything including water, 12 times today. now he's not crying any tears and his lips are cracked and he just lies there", "severe_dehydration_child"),
    NOW("Baby is 5 months, vomiting and watery poos all day. The soft spot on her head looks sunken in and her hands are cold. She's not crying much which is weird.", "severe_dehydration_child"),
    NOW("My 18 month old has had a tummy bug for 3 days. Today he's barely drunk anything, dry nappy for about 12 hours, and he's floppy and hard to wake.", "severe_dehydration_child"),
    NOW("daughter 6 has been sick all night and cant keep sips down, now says she's dizzy when she stands and her heart is going really fast. no wee since last night", "severe_dehydration_child"),
    NOW("Twins both have norovirus, one is ok but the other (2) has gone grey and lethargic and his mouth is totally dry. Only 1 wet nappy in 24 hours.", "severe_dehydration_child"),
    # seizure
    NOW("My son is shaking all over and his eyes are rolled back, it's been going for about 6 minutes now and he's not responding. He's 4. He's never done this before.", "seizure"),
    NOW("baby has gone stiff and her arms are jerking, she's hot, it started a minute ago. she's 15 months", "seizure"),
    NOW("My daughter has epilepsy and she's had 3 fits in a row without waking up in between. We gave the buccal midazolam 10 mins ago. She's 9.", "seizure"),
    NOW("husband just collapsed on the kitchen floor and is jerking, foaming a bit at the mouth, he has no history of this. it's still happening", "seizure"),
    NOW("My toddler had a febrile fit about 20 minutes ago and it stopped, but now she's having another one and her lips are blue.", "seizure"),
    NOW("My 11 year old's left arm and face are twitching and he can't talk to me, it's been about 5 minutes, he's awake but staring. What is this?", "seizure"),
    NOW("Teenage son found on the bathroom floor shaking and not answering, has been going a few minutes. He's breathing. Do I put something in his mouth?", "seizure"),
    # meningitis_signs
    NOW("My 2 year old has a high temp and now there are little purple dots on her tummy that don't go away when I press a glass on them. She's very drowsy.", "meningitis_signs"),
    NOW("Son is 17, at uni, rang me saying he has the worst headache of his life, can't look at light and his neck is really stiff. He's got a temp. I'm 200 miles away.", "meningitis_signs"),
    NOW("baby 9 months has a fever, high pitched cry that doesn't sound like her, and the soft spot is bulging. she doesn't want to be picked up", "meningitis_signs"),
    NOW("My daughter (5) had a cold, now she's vomiting, says her neck hurts to bend and there's a blotchy rash coming up on her legs. Cold hands and feet too.", "meningitis_signs"),
    NOW("flatmate has been in bed all day, temp 39.5, confused, keeps saying the light hurts. there are some dark red spots on his arms. is this just bad flu?", "meningitis_signs"),
    NOW("My 7yo has a temperature and is really floppy, and I've just noticed a few purplish spots on his chest. They looked like pinpricks an hour ago and now they're bigger.", "meningitis_signs"),
    # overdose_poisoning
    NOW("my 2 year old had one of those little round batteries from the car key in his mouth and now I can't find it. he seems fine, coughing a bit. do I just watch for it in his nappy?", "overdose_poisoning"),
    NOW("Just found my toddler with my iron tablets, the bottle is open and I think maybe 8-10 are missing. She's 20 months. She looks ok right now.", "overdose_poisoning"),
    NOW("daughter 3 drank some of the blue dishwasher liquid out of a pod, her mouth is red and she's drooling and crying. I've given her milk", "overdose_poisoning"),
    NOW("My 15 yo told me she took about 20 paracetamol a couple of hours ago after a fight with her boyfriend. She says she feels fine and doesn't want to go anywhere.", "overdose_poisoning"),
    NOW("I think my son swallowed a button battery from the kitchen scales about an hour ago. He's 4 and says his tummy hurts and he won't eat his tea.", "overdose_poisoning"),
    NOW("grandad has been taking his methadone and I think he's taken double, he's very sleepy and his breathing is slow and snory. i can't properly wake him", "overdose_poisoning"),
    NOW("The baby (11 months) got hold of my nicotine vape liquid and sucked on the bottle. She's been sick twice and seems sweaty and shaky.", "overdose_poisoning"),
]
