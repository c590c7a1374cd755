# Hand-written emergency / hard non-emergency items.
# Each tuple: (text, emergency, family, kind)

NOW = [
    # heart_attack
    ("my dad (68) is sitting on the kitchen floor sweating buckets, says his chest feels like someone is standing on it and its going down his left arm. started about 20 min ago. should i just give him an aspirin and wait for the surgery to open??", True, "heart_attack", "now"),
    ("Woke up at 4am with a heavy squeezing in the middle of my chest, I feel sick and my jaw aches. 54, smoker. Probably indigestion but the antacids havent done a thing. Typing from bed", True, "heart_attack", "now"),
    ("husband 59 was mowing the lawn and just came inside grey and clammy. says his chest is tight and he cant get his breath, wants to lie down and sleep it off. is that ok??", True, "heart_attack", "now"),

    # stroke
    ("My mum's face has gone droopy on the left in the last half hour and her words are coming out slurred. She keeps saying she's fine, just tired. She is 74.", True, "stroke", "now"),
    ("cant lift my right arm properly and my writing has gone all wrong, started maybe 15 mins ago watching telly. mouth feels numb one side too. 61 m", True, "stroke", "now"),
    ("grandpa suddenly cant find his words at dinner, hes saying sentences that make no sense and his right leg just gave way when he stood up. my aunt thinks we should let him nap it off first", True, "stroke", "now"),

    # breathing_difficulty
    ("My 4 yr old is breathing super fast and the skin is sucking in between his ribs, he's too tired to even talk to me. His inhaler isnt doing anything", True, "breathing_difficulty", "now"),
    ("asthma attack going 40 mins now, used blue pump like 10 times. cant finish a sentence. lips look abit blue in the mirror. home alone", True, "breathing_difficulty", "now"),
    ("My wife has COPD and right now she's gasping, sitting bent forward, can barely say two words and seems muddled about where she is. The finger oxygen thing says 82.", True, "breathing_difficulty", "now"),

    # anaphylaxis
    ("ate a cookie at a party that must of had peanuts in it, throat feels tight and my tongue is getting fat, hives all over. dont have my epipen with me what do i do", True, "anaphylaxis", "now"),
    ("Got stung by a wasp ten minutes ago and now my face is puffing up, I feel dizzy and a bit wheezy. Never reacted before. Do I take a Benadryl and wait and see?", True, "anaphylaxis", "now"),
    ("My daughter (9) just had her first dose of amoxicillin, now big red welts everywhere, lips swelling and she says it's hard to swallow.", True, "anaphylaxis", "now"),

    # severe_bleeding
    ("cut my forearm on a broken window and blood is spurting out in pulses, soaking every towel, pressing as hard as i can and it wont stop", True, "severe_bleeding", "now"),
    ("My father is on warfarin and fell on the patio. Big gash on his scalp pouring blood, we've pressed for 15 minutes and it's still coming through the tea towel.", True, "severe_bleeding", "now"),
    ("chainsaw slipped. deep cut top of my thigh, bloods pooling on the ground quick. my mate is holding his shirt on it. what now", True, "severe_bleeding", "now"),

    # suicidal_intent
    ("i have the pills lined up on the table and ive written letters to my kids. i just wanted someone somewhere to know before i do it tonight", True, "suicidal_intent", "now"),
    ("My roommate just texted me she's going to jump off the bridge by our apartment and now she won't pick up. I honestly can't tell if she means it.", True, "suicidal_intent", "now"),
    ("I don't see the point anymore. The rope is in the garage and I've decided it's happening when everyone's out this evening. Not sure why I'm even writing here", True, "suicidal_intent", "now"),

    # self_harm
    ("I cut deeper than usual tonight and it's gaping open and wont stop bleeding, theres something whitish showing in it. please dont lecture me", True, "self_harm", "now"),
    ("my son 15 just told me he swallowed bits of a razor blade about an hour ago to hurt himself. hes spitting a little blood. he says its nothing", True, "self_harm", "now"),
    ("Burned my arm on purpose on the hob a few mins ago. the patch is white and leathery and big and im shaking and feel like fainting", True, "self_harm", "now"),

    # overdose_poisoning
    ("my 2 year old got into the cupboard and drank some of the dishwasher liquid, he's drooling loads and crying and coughing", True, "overdose_poisoning", "now"),
    ("Took about 30 paracetamol around 2 hours ago after a fight with my bf. I feel ok just a bit queasy and I regret it. will I be fine if I just sleep?", True, "overdose_poisoning", "now"),
    ("Grandma took her heart tablets twice this morning by mistake and I think doubled yesterday too. her pulse is 38 and she's very woozy, keeps nearly falling", True, "overdose_poisoning", "now"),

    # seizure
    ("my husband is having a fit right now its been over 5 minutes, jerking and foaming, not answering me", True, "seizure", "now"),
    ("Our son (6) had a seizure about 10 mins ago, it stopped and then started up again and he hasn't woken up in between.", True, "seizure", "now"),
    ("my friend whos never had a seizure just dropped at the gym and shook all over for like 2 minutes. now shes super confused and there's blood coming from her mouth", True, "seizure", "now"),

    # unconscious_unresponsive
    ("Came home and found my mother on the bathroom floor. She's breathing but won't wake up when I shout or shake her", True, "unconscious_unresponsive", "now"),
    ("colleague slumped over his desk and isnt responding to any of us, his breathing sounds weird like gurgling", True, "unconscious_unresponsive", "now"),
    ("Grandad dozed off in his chair after lunch and we can't rouse him now. very pale, only groans a bit when we squeeze his shoulder. He's 88.", True, "unconscious_unresponsive", "now"),

    # head_injury
    ("My 8 year old fell off the top of the climbing frame onto concrete, was knocked out maybe a minute, now he's vomited three times and is really sleepy", True, "head_injury", "now"),
    ("banged my head hard on a shelf 2 hrs ago and now I have the worst headache I've ever had, one of my pupils looks bigger than the other in the mirror and I keep throwing up", True, "head_injury", "now"),
    ("Dad, 80, on blood thinners, tripped and hit his head on the radiator this morning. Seemed fine but tonight he's confused and keeps asking the same thing over and over.", True, "head_injury", "now"),

    # febrile_infant
    ("our baby is 5 weeks old and her temp is 38.4 rectal, she's feeding less than normal. ok to give calpol and see how the night goes?", True, "febrile_infant", "now"),
    ("my newborn is 3 weeks and feels really hot, thermometer says 38.6, hes sleepier than usual", True, "febrile_infant", "now"),
    ("Infant 10 weeks old, fever 38.2 for the past few hours, otherwise seems ok just fussy. Should we wait for the pediatrician in the morning?", True, "febrile_infant", "now"),

    # meningitis_signs
    ("my teenager has a high fever, stiff neck, can't stand the light and now there are little purple dots on her legs that don't fade when i press a glass on them", True, "meningitis_signs", "now"),
    ("Uni student here, my flatmate has had a crazy headache since this morning, 39.5 fever, neck so stiff he can't get his chin to his chest, and he's started talking confused", True, "meningitis_signs", "now"),
    ("toddler has fever and a rash that doesnt go away with the glass test. hes floppy and wont drink anything", True, "meningitis_signs", "now"),

    # severe_abdominal_pain
    ("The pain in my belly is unbearable. Started around my belly button, now it's low on the right, I'm curled up and can't walk straight, I have a fever and keep throwing up.", True, "severe_abdominal_pain", "now"),
    ("my wife is doubled over with stomach pain, her belly is hard like a board and she just vomited something that looks like coffee grounds", True, "severe_abdominal_pain", "now"),
    ("sudden tearing pain in my stomach going straight through to my back. I am 70 and I feel like I'm about to pass out", True, "severe_abdominal_pain", "now"),

    # pregnancy_bleeding_or_pain
    ("I'm 32 weeks pregnant and suddenly bleeding bright red, a lot, soaking a pad every few minutes, and my bump is hard and really painful", True, "pregnancy_bleeding_or_pain", "now"),
    ("my girlfriend is 26 weeks and has had cramps every 5 minutes for the past hour plus some bleeding. is that just braxton hicks?", True, "pregnancy_bleeding_or_pain", "now"),
    ("20 wks along, just fell down the stairs, now really bad cramping and theres blood", True, "pregnancy_bleeding_or_pain", "now"),

    # diabetic_emergency
    ("my son is type 1, hes been vomiting all day, breathing deep and fast, breath smells kind of fruity and his meter just says HI", True, "diabetic_emergency", "now"),
    ("Husband is diabetic on insulin, he's sweaty, shaky, slurring and acting drunk, meter says 2.1 and he won't take anything by mouth.", True, "diabetic_emergency", "now"),
    ("mums sugar is 38 mg/dl and shes getting really drowsy, she cant swallow the juice properly its dribbling out", True, "diabetic_emergency", "now"),

    # sepsis_signs
    ("Dad's had a urine infection 3 days. Today he's shivering non stop, his knees look blotchy purple, he's confused and hasn't peed since this morning.", True, "sepsis_signs", "now"),
    ("had a c section last week and now fever 39.8, heart racing at 130, honestly feel like I'm dying, the wound is red and smells bad", True, "sepsis_signs", "now"),
    ("My mum is on chemo and her temp just hit 38.5, she feels awful, cold and clammy and shaky. Her next appointment isn't until Thursday.", True, "sepsis_signs", "now"),

    # severe_burn
    ("My toddler pulled a pan of boiling water over himself, his chest and arm are blistering and skin is peeling off, he's screaming", True, "severe_burn", "now"),
    ("grease fire in the kitchen, both my hands burned, the skin's gone white and I cant feel parts of it. bigger than both palms", True, "severe_burn", "now"),
    ("Got a shock off a cable at work, there's a burn where it went in at my hand and another on my foot where it came out. Foreman says just go home and rest.", True, "severe_burn", "now"),

    # choking
    ("My 1yr old is choking on a grape, can't cry or make any sound, back blows arent working", True, "choking", "now"),
    ("my grandma is choking at the table right now holding her throat, cant speak or cough, going red", True, "choking", "now"),
    ("Piece of steak stuck in my dads throat, he can't breathe properly, just a high squeaky noise and his face is going blue", True, "choking", "now"),

    # testicular_torsion
    ("my 14yo son woke up with really bad pain in one testicle, its swollen and sitting higher than the other one and hes throwing up", True, "testicular_torsion", "now"),
    ("Sudden severe pain in my left ball started an hour ago playing football, wasn't even hit there. Swollen and I feel sick. 17M. can I just ice it?", True, "testicular_torsion", "now"),
    ("right testicle pain came on out of nowhere 2 hrs ago, agony, it looks like its lying sideways. 22", True, "testicular_torsion", "now"),

    # ectopic_pregnancy
    ("Positive test two weeks ago. Now sharp stabbing pain low on my left, the tip of my shoulder hurts and I nearly fainted in the shower.", True, "ectopic_pregnancy", "now"),
    ("my partner is about 7 weeks pregnant, no scan yet, she suddenly went very pale and dizzy with pain on one side of her tummy and some spotting", True, "ectopic_pregnancy", "now"),
    ("i might be pregnant, period is 3 weeks late and theres severe pain on my right side low down, im lightheaded and my hearts racing", True, "ectopic_pregnancy", "now"),

    # severe_dehydration_child
    ("My 14 month old has had diarrhea and vomiting since yesterday, no wet nappy in 12 hours, her eyes look sunken and she's really floppy", True, "severe_dehydration_child", "now"),
    ("kid (3) has been throwing up everything for 2 days incl water, not peeing, lips all cracked and he hardly reacts when I talk to him", True, "severe_dehydration_child", "now"),
    ("Baby 8 months has a tummy bug, the soft spot on top of his head is sunken in, he cries with no tears and is very sleepy.", True, "severe_dehydration_child", "now"),

    # chest_pain_other
    ("Sudden ripping pain in my chest going through to my back between my shoulder blades, worst pain of my life, I have high blood pressure", True, "chest_pain_other", "now"),
    ("I'm 23, tall and skinny, suddenly got a sharp pain on one side of my chest and it's hard to get a full breath, started 30 min ago", True, "chest_pain_other", "now"),
    ("chest hurting really bad and my watch says my heart is at 190, feel faint and sweaty, been like this 20 mins sitting still", True, "chest_pain_other", "now"),

    # vision_loss_sudden
    ("Suddenly lost the vision in my right eye, like a curtain came down, about 20 minutes ago. No pain at all.", True, "vision_loss_sudden", "now"),
    ("my mom (66) says half of everything she looks at has just vanished since she woke up, she has a bit of a headache too", True, "vision_loss_sudden", "now"),
    ("eye suddenly super painful and red tonight, everything blurry with rainbow halos round the lights and ive been sick twice", True, "vision_loss_sudden", "now"),

    # blood_clot_PE
    ("Flew back from Sydney 2 days ago, my calf has been swollen and now I'm suddenly short of breath, sharp pain when I breathe in, coughed up a little blood", True, "blood_clot_PE", "now"),
    ("on the pill, leg's been swollen about a week and today all of a sudden I can't catch my breath and my heart is racing", True, "blood_clot_PE", "now"),
    ("had knee surgery 10 days ago. suddenly breathless walking to the bathroom, chest hurts when i breathe in deep, feel faint", True, "blood_clot_PE", "now"),

    # cauda_equina
    ("Back pain for a week but today I can't feel anything between my legs when I wipe and I wet myself without noticing", True, "cauda_equina", "now"),
    ("my husband's sciatica got much worse, now both legs are weak and he hasn't been able to pee since last night", True, "cauda_equina", "now"),
    ("known slipped disc. since this morning numb round my bum and privates and can't control my bowels", True, "cauda_equina", "now"),
]

NOT_NOW = [
    # past_event
    ("I had a heart attack in 2019 and got two stents. Feeling fine now. Is it ok to start jogging again or should I stick to walking?", False, "heart_attack", "past_event"),
    ("Three weeks ago I passed out at a wedding for a few seconds, came round straight away and nothing since. Is it worth getting looked at?", False, "unconscious_unresponsive", "past_event"),
    ("last winter my son had a febrile seizure with the flu, was fine after. will he keep getting them when hes older?", False, "seizure", "past_event"),
    ("Two months ago I had a bad reaction to prawns, swollen lips, it settled with antihistamines. Should I be carrying an epipen now?", False, "anaphylaxis", "past_event"),
    ("back in college i went through a phase of cutting myself. scars on my thighs are still really visible 10 yrs on. any cream that actually helps?", False, "self_harm", "past_event"),
    ("About a month ago my vision went black in one eye for maybe two minutes and then came back. Hasn't happened since. What could that have been?", False, "vision_loss_sudden", "past_event"),
    ("had a concussion from rugby in march, physio cleared me. still get a dull headache when im knackered. normal?", False, "head_injury", "past_event"),
    ("I had a miscarriage with heavy bleeding in January. We'd like to try again, how long should we wait?", False, "pregnancy_bleeding_or_pain", "past_event"),
    ("When i was 12 I nearly choked on a boiled sweet and ever since im scared to swallow pills. Im 35 now. Any tips??", False, "choking", "past_event"),
    ("spilled boiling tea on my hand about 6 weeks ago, its healed but the skin is shiny and darker. will it fade", False, "severe_burn", "past_event"),
    ("My wife had an ectopic two years ago and they removed one tube. What are our chances of getting pregnant naturally now?", False, "ectopic_pregnancy", "past_event"),
    ("I took too many sleeping pills once in 2015 and had my stomach pumped. Doing well now, but I worry it damaged my liver long term.", False, "overdose_poisoning", "past_event"),

    # examined_or_treated
    ("Went to A&E last night for chest pain, ECG and two blood tests were normal, they said probably muscular. Still sore when I press on it, is ibuprofen ok?", False, "chest_pain_other", "examined_or_treated"),
    ("had a CT scan for a suspected clot in my lung on tuesday, came back clear. doc said maybe anxiety. what now for getting puffed on the stairs", False, "blood_clot_PE", "examined_or_treated"),
    ("My 2 month old had a fever last week, we took him in and they did bloods and urine, all negative, he's fine now. Is it normal he's still a bit grizzly?", False, "febrile_infant", "examined_or_treated"),
    ("Was seen in the ER after a fall, head CT clear. The bump is still there after 4 days, when does that go down?", False, "head_injury", "examined_or_treated"),
    ("Urologist did an ultrasound of my testicle after the pain last month, blood flow normal, said epididymitis. Finished the antibiotics, still a dull ache. How long does that last?", False, "testicular_torsion", "examined_or_treated"),
    ("GP checked my son for meningitis yesterday because of his rash, said it blanches and is viral. It's on his arms too today but he's running around playing. Fine to keep watching?", False, "meningitis_signs", "examined_or_treated"),
    ("i had an MRI because of tingling down my leg, doctor said no cauda equina just a disc bulge at L5. which exercises are safe?", False, "cauda_equina", "examined_or_treated"),
    ("Paramedics came yesterday when my mum fainted, all her checks were fine so they didn't take her in. GP on Friday, what should I ask?", False, "unconscious_unresponsive", "examined_or_treated"),
    ("Early scan at 6 weeks confirmed the baby is in the womb, not ectopic. I still get little twinges on the left, is that normal", False, "ectopic_pregnancy", "examined_or_treated"),
    ("stroke clinic said my TIA scan was normal and started me on clopidogrel. does that interact with fish oil capsules", False, "stroke", "examined_or_treated"),
    ("Hospital confirmed it was a panic attack not a heart attack, ECG fine. How do I tell the difference next time so I dont panic more?", False, "heart_attack", "examined_or_treated"),
    ("Pediatrician saw my daughter after 2 days of vomiting and said she's only mildly dry, keep up the rehydration drinks. How much per hour for 18 kg?", False, "severe_dehydration_child", "examined_or_treated"),

    # relative_history
    ("My father died of a heart attack at 52. I'm 45. Which tests should I be asking my doctor for?", False, "heart_attack", "relative_history"),
    ("both my mum and her sister had strokes in their 60s, does that put me at higher risk and should i be on aspirin", False, "stroke", "relative_history"),
    ("My brother had a clot in his lung after a long flight and it turned out he has factor V Leiden. Should I get tested before starting the pill?", False, "blood_clot_PE", "relative_history"),
    ("my nan had type 1 and went into a diabetic coma once years ago. is diabetes passed down", False, "diabetic_emergency", "relative_history"),
    ("Sister had an ectopic pregnancy. Am I more likely to have one too?", False, "ectopic_pregnancy", "relative_history"),
    ("My uncle took his own life last year. My therapist mentioned family history matters. I'm not suicidal at all but it scares me, is it genetic?", False, "suicidal_intent", "relative_history"),
    ("My cousin's little one had anaphylaxis to peanuts. We're about to give peanut butter to our 6 month old for the first time, should we be worried?", False, "anaphylaxis", "relative_history"),
    ("my dad had epilepsy. my boy is 4, what signs would show if he has it too", False, "seizure", "relative_history"),
    ("Mum had an aortic dissection at 60 and survived surgery. Is that something that runs in families?", False, "chest_pain_other", "relative_history"),
    ("my older brother had a twisted testicle as a teen, should i be worried for my own son (7)?", False, "testicular_torsion", "relative_history"),
    ("My mother got sepsis from a kidney infection five years ago and nearly died. I get UTIs a lot, am I at risk of the same?", False, "sepsis_signs", "relative_history"),
    ("Dad lost the sight in one eye suddenly from a blocked vessel when he was 62. Im 40, how often should I get my eyes checked?", False, "vision_loss_sudden", "relative_history"),

    # hypothetical_or_general
    ("What are the signs of a stroke that I should teach my elderly parents?", False, "stroke", "hypothetical_or_general"),
    ("how do you tell if a rash is meningitis?? asking as a new mum", False, "meningitis_signs", "hypothetical_or_general"),
    ("At what temperature should a baby under 3 months go to hospital? Mine is 6 weeks and healthy, I just want to be ready.", False, "febrile_infant", "hypothetical_or_general"),
    ("What do you do if someone is choking and they're pregnant? Can you still do the Heimlich?", False, "choking", "hypothetical_or_general"),
    ("is it true women get different heart attack symptoms than men", False, "heart_attack", "hypothetical_or_general"),
    ("How can you tell if a toddler is getting dehydrated during a tummy bug?", False, "severe_dehydration_child", "hypothetical_or_general"),
    ("whats the difference between a hypo and a hyper? new boyfriend has type 1 and I want to know what to watch for", False, "diabetic_emergency", "hypothetical_or_general"),
    ("If someone has a seizure should you put something in their mouth? I've heard both.", False, "seizure", "hypothetical_or_general"),
    ("What does sepsis actually look like in an older person, what would I notice first?", False, "sepsis_signs", "hypothetical_or_general"),
    ("Going on a 14 hour flight next month, how do I avoid getting a DVT?", False, "blood_clot_PE", "hypothetical_or_general"),
    ("which burns need hospital and which can you treat at home", False, "severe_burn", "hypothetical_or_general"),
    ("How much bleeding is normal in early pregnancy and when is it a problem?", False, "pregnancy_bleeding_or_pain", "hypothetical_or_general"),

    # negated
    ("Tight feeling in my chest when I'm stressed. No pain going to my arm or jaw, no sweating, not short of breath, it goes away when I calm down. Anxiety?", False, "heart_attack", "negated"),
    ("bumped my head on the cupboard door this morning. didnt pass out, no vomiting, not confused, just a small lump. ice enough?", False, "head_injury", "negated"),
    ("My 4 month old has 38.1 after her jabs today, feeding well, alert and smiley, no rash. Ok to just watch?", False, "febrile_infant", "negated"),
    ("Back pain after lifting a sofa. No numbness in the groin, peeing and pooing normally, legs not weak. How long should I rest it?", False, "cauda_equina", "negated"),
    ("Ate a couple of cashews by accident, Im allergic but its always been mild. No lip or throat swelling, breathing fine, just an itchy mouth.", False, "anaphylaxis", "negated"),
    ("Headache and a slightly stiff neck from sleeping funny. No fever, no rash, light doesn't bother me.", False, "meningitis_signs", "negated"),
    ("8 weeks pregnant, some crampy feeling like period pain but no bleeding or spotting and no one-sided pain. normal?", False, "pregnancy_bleeding_or_pain", "negated"),
    ("I've felt low for months. To be clear I have no thoughts of hurting myself or ending my life, I just can't get out of bed. Where do I even start?", False, "suicidal_intent", "negated"),
    ("left leg a little achy after a long drive but not swollen, not red, not warm and Im not breathless", False, "blood_clot_PE", "negated"),
    ("Sugar 14 mmol this morning after too much birthday cake. No vomiting, ketone strip negative, feel ok. Just up my insulin a bit?", False, "diabetic_emergency", "negated"),
    ("Kid had a stomach bug but he's peeing normally, drinking, crying with real tears, just tired. Anything else I should do?", False, "severe_dehydration_child", "negated"),
    ("face felt odd after the dentist numbing. no drooping, can smile evenly, arms strong, speech fine. how long does it take to wear off", False, "stroke", "negated"),

    # figure_of_speech
    ("My heart nearly stopped when the dermatologist said the word biopsy lol. Anyway the mole is on my back, how long do results usually take?", False, "heart_attack", "figure_of_speech"),
    ("work is killing me, i want to die every monday morning haha. but seriously my neck and shoulders are like rocks, what stretches help", False, "suicidal_intent", "figure_of_speech"),
    ("I choked at my driving test again, so nervous my hands shake. Is propranolol ok for test nerves?", False, "choking", "figure_of_speech"),
    ("My boss is going to give me a stroke one day. BP at home was 128/82 though. Is that fine for 50?", False, "stroke", "figure_of_speech"),
    ("this period is murder, bleeding like a stuck pig every month. changing pads every 2 hrs on day 1 and 2. is that heavy?", False, "severe_bleeding", "figure_of_speech"),
    ("Totally burned out after a run of night shifts, running on fumes and sleeping through my days off. Would vitamins help?", False, "severe_burn", "figure_of_speech"),
    ("the kids wore me out so much i basically blacked out on the sofa at 7pm lol, slept 12 hours. normal to be this wrecked in the first trimester?", False, "unconscious_unresponsive", "figure_of_speech"),
    ("Suffocating in this humidity. My eczema is flaring in the creases of my elbows, what helps in summer?", False, "breathing_difficulty", "figure_of_speech"),
    ("my blood sugar crashes at 3pm every day lol, im not diabetic, just get dozy after lunch. normal?", False, "diabetic_emergency", "figure_of_speech"),
    ("Nearly had a seizure when I saw the bill for the x-ray. Anyway they said my wrist is sprained, how long till it heals?", False, "seizure", "figure_of_speech"),
    ("Grandma's mushroom casserole was pure poison honestly, I ate two plates to be polite. Now just a bit of heartburn, what can I take?", False, "overdose_poisoning", "figure_of_speech"),
    ("Revising for finals is making my head explode. I get a tight band headache behind my eyes every afternoon, could it be screen time?", False, "head_injury", "figure_of_speech"),

    # medicine_question
    ("What's the most paracetamol an adult can take in a day? I don't want to overdose by accident when I'm also having Lemsip.", False, "overdose_poisoning", "medicine_question"),
    ("can you overdose on vitamin D? i take 4000 IU a day", False, "overdose_poisoning", "medicine_question"),
    ("my kid is 20kg, how much ibuprofen can I give him without risking an overdose", False, "overdose_poisoning", "medicine_question"),
    ("Is it risky to take two different antihistamines together? I have a serious allergy and my allergist said I could double up in hay fever season.", False, "anaphylaxis", "medicine_question"),
    ("how long after the date does an epipen still work? ours expired in august", False, "anaphylaxis", "medicine_question"),
    ("What's the toxic dose of iron tablets for a child? We keep them up high but I want to know how careful to be.", False, "overdose_poisoning", "medicine_question"),
    ("Is there a bleeding risk if I take aspirin with ibuprofen for my back pain?", False, "severe_bleeding", "medicine_question"),
    ("mum takes warfarin, which foods mess with it? shes terrified of having a bleed", False, "severe_bleeding", "medicine_question"),
    ("My son is in recovery and his counsellor said we should keep naloxone nasal spray in the house in case of an overdose. How do you use it?", False, "overdose_poisoning", "medicine_question"),
    ("does metformin cause hypos if I skip breakfast", False, "diabetic_emergency", "medicine_question"),
    ("I take lamotrigine for epilepsy. If I miss one dose am I going to have a seizure?", False, "seizure", "medicine_question"),
    ("Can an overdose of melatonin hurt a teenager? My daughter takes 10mg some nights and I think that's a lot.", False, "overdose_poisoning", "medicine_question"),

    # chronic_stable
    ("I've had epilepsy 20 years, well controlled on Keppra, no seizures in 3 years. Is it ok to get a tattoo?", False, "seizure", "chronic_stable"),
    ("COPD for 10 years, breathless on the stairs same as always, nothing new. Is it safe to fly to Spain for a week?", False, "breathing_difficulty", "chronic_stable"),
    ("asthma since i was a kid, preventer twice a day, only need the reliever maybe once a month. do i need the flu jab", False, "breathing_difficulty", "chronic_stable"),
    ("I've had angina six years, the GTN spray works when I overdo it on hills, same as ever. Is it ok to use before sex?", False, "heart_attack", "chronic_stable"),
    ("Type 1 for 25 years, HbA1c 52, pump working well. Tips for marathon training without going low?", False, "diabetic_emergency", "chronic_stable"),
    ("had depression with suicidal thoughts years ago, stable now on sertraline 100mg for 4 years plus therapy. can i come off it slowly?", False, "suicidal_intent", "chronic_stable"),
    ("Long term sciatica, left leg tingles on and off like it has for years. Bladder and everything fine. Is there anything new to try?", False, "cauda_equina", "chronic_stable"),
    ("On lifelong blood thinners after two clots, INR steady around 2.5. Can I take turmeric supplements?", False, "blood_clot_PE", "chronic_stable"),
    ("My son has a severe nut allergy, well managed, carries 2 epipens. He's going on a school trip, what should the teachers know?", False, "anaphylaxis", "chronic_stable"),
    ("I have chronic pancreatitis, the tummy pain is at its usual level and managed with Creon. Can I have a glass of wine at my sister's wedding?", False, "severe_abdominal_pain", "chronic_stable"),
    ("Had a stroke 4 years ago, left hand still weak but I'm managing fine. Any newer therapies for hand function?", False, "stroke", "chronic_stable"),
    ("self harm urges under control 2 years now, DBT helped a lot. my old scars get itchy sometimes, what helps?", False, "self_harm", "chronic_stable"),

    # mild_symptom
    ("Tiny bit of bright red blood on the toilet paper after a hard poo, only once. Should I worry?", False, "severe_bleeding", "mild_symptom"),
    ("nose bled for like 3 minutes this morning then stopped, dry air maybe?", False, "severe_bleeding", "mild_symptom"),
    ("Gave myself a small burn on the oven tray, red patch about the size of a coin, no blister. Is aloe ok?", False, "severe_burn", "mild_symptom"),
    ("Drank water too fast and choked for a second but I'm totally fine, throat's just scratchy since. normal?", False, "choking", "mild_symptom"),
    ("bit of a stomach ache after a massive curry last night, mostly gone now, just bloated", False, "severe_abdominal_pain", "mild_symptom"),
    ("Felt a bit lightheaded when I stood up fast out of the bath, passed in a few seconds. Low blood pressure?", False, "unconscious_unresponsive", "mild_symptom"),
    ("My eyelid has been twitching for a few days, is that a kind of seizure?", False, "seizure", "mild_symptom"),
    ("Bee stung me on the back of my hand, it's red and a bit puffy around the spot, nothing else. What should I put on it?", False, "anaphylaxis", "mild_symptom"),
    ("small paper cut on my finger, bled a tiny bit and stopped. could that get infected and turn into sepsis?", False, "sepsis_signs", "mild_symptom"),
    ("Baby is 5 months and feels a little warm, 37.6 under the arm, happy and feeding normally.", False, "febrile_infant", "mild_symptom"),
    ("Light brownish spotting once at 10 weeks after sex, no pain, nothing since. Normal?", False, "pregnancy_bleeding_or_pain", "mild_symptom"),
    ("blurry vision for a moment when I first wake up, clears once I blink a few times", False, "vision_loss_sudden", "mild_symptom"),
]

ITEMS = NOW + NOT_NOW
