# Hand-written hard non-emergencies, part A: past_event, examined_or_treated, relative_history.

def item(text, kind, family):
    return (text, False, kind, family)

ITEMS = [
    # past_event
    item("Grandad collapsed with a heart attack at my wedding in 2019 and didn't make it. I still get flashbacks every time I see "
         "someone clutch their chest. Is that PTSD and can I get help for it?", "past_event", "heart_attack"),
    item("Mum told me today that about a month ago her arm went weak and her speech went funny for ten minutes and then it all came back. "
         "She never told anyone. She's fine now. Is it too late to do anything?", "past_event", "stroke"),
    item("Two weeks ago I had the worst asthma attack of my life at a mate's house with a cat, couldn't breathe for ages, but it settled "
         "with my inhaler. Never been that bad before. How do I stop it happening again?", "past_event", "breathing_difficulty"),
    item("Last summer my son had anaphylaxis after eating a cashew at a barbecue. He's 7 now. Do kids ever grow out of nut allergies?",
         "past_event", "anaphylaxis"),
    item("Back in 2018 I had a nosebleed that went on for two hours and they had to pack it. It never happened again until last night when "
         "I had a small one that stopped in 5 minutes. Should I get my nose cauterised?", "past_event", "severe_bleeding"),
    item("I tried to end my life five years ago. I'm in a genuinely good place now, working, engaged. I'm applying for a job in the "
         "police - do I have to disclose it on the medical form?", "past_event", "suicidal_intent"),
    item("I self-harmed as a teenager, I'm 29 now and haven't for over a decade. The scars on my forearms still bother me in summer. "
         "Does laser treatment work on old scars?", "past_event", "self_harm"),
    item("Yesterday morning my 4 year old drank a mouthful of the blue mouthwash. It's been over 30 hours and he's been totally normal, "
         "eating, playing, pooing. Can there be any delayed effect?", "past_event", "overdose_poisoning"),
    item("My daughter had a febrile convulsion when she was one, scariest day of my life. She's 4 now and has a cold with a bit of a "
         "temperature. Is she likely to have another one?", "past_event", "seizure"),
    item("I fainted at a concert last month, it was roasting and I hadn't eaten, came round in a few seconds and was fine. Do I need an ECG "
         "or is that overkill?", "past_event", "unconscious_unresponsive"),
    item("Whacked my head on the corner of the kitchen cupboard on Saturday, saw stars for a second, small bump. Been totally fine since, "
         "no headache. Can I play rugby this weekend?", "past_event", "head_injury"),
    item("When my first baby was 3 weeks old she had a fever and was admitted for a week, it was awful. I'm pregnant with my second now. "
         "Is there anything I can do to stop it happening again?", "past_event", "febrile_infant"),
    item("I had meningitis as a kid in the 90s, I was in intensive care in Temple Street. I'm 34 now and I've always been deaf in my left ear. "
         "Could that be the cause?", "past_event", "meningitis_signs"),
    item("In my last pregnancy I had a big bleed at 12 weeks but the baby was fine, she's 2 now. We're trying again. Is it likely to "
         "happen again?", "past_event", "pregnancy_bleeding_or_pain"),
    item("Had a hypo in the night last week, woke up drenched and shaky, sugar was 2.8, sorted it with juice and toast. Type 1. How do I "
         "stop night hypos?", "past_event", "diabetic_emergency"),
    item("I had sepsis two years ago from a kidney infection. I'm still knackered all the time and my hair fell out afterwards. "
         "Is post-sepsis syndrome a real thing?", "past_event", "sepsis_signs"),
    item("My son choked on a boiled sweet at Christmas. I did back blows and it flew out, and he was right as rain after. Looking back "
         "should he have been checked over?", "past_event", "choking"),
    item("When I was 15 I had a really bad pain in one testicle for about an hour that went away on its own and I never told anyone. "
         "I'm 20 now. Could that have damaged anything?", "past_event", "testicular_torsion"),
    item("I had an ectopic pregnancy two years ago and lost my right tube. What are my chances of it happening again with the other one?",
         "past_event", "ectopic_pregnancy"),
    item("I had a pulmonary embolism after my c-section in 2021. We're thinking about baby number two. Will I need injections the "
         "whole pregnancy?", "past_event", "blood_clot_PE"),
    # examined_or_treated
    item("Dad was discharged yesterday after a heart attack and two stents. He's 64. The leaflet is vague - when can he climb stairs "
         "and have a shower?", "examined_or_treated", "heart_attack"),
    item("Mum had the clot-busting drug for a stroke last week and she's made an amazing recovery, home already. She's booked to fly "
         "to Spain in 6 weeks. Is that allowed?", "examined_or_treated", "stroke"),
    item("Our 8 year old was in hospital overnight with an asthma attack and sent home on prednisolone for 3 days and the blue inhaler "
         "4 hourly. He's well now. When do we drop back to normal?", "examined_or_treated", "breathing_difficulty"),
    item("Had an allergic reaction to a wasp sting on Sunday, the ambulance gave me adrenaline and I was watched in A&E for 6 hours. "
         "Fine now. They said see my GP. Do I need an allergy clinic referral?", "examined_or_treated", "anaphylaxis"),
    item("Got 6 stitches in my palm at the minor injuries unit yesterday after a kitchen knife slip. It's throbbing a bit today. "
         "How long do they stay in on a hand?", "examined_or_treated", "severe_bleeding"),
    item("My daughter was seen in A&E on Friday after cutting herself, the mental health team assessed her and sent us home with a "
         "safety plan. CAMHS will 'be in touch'. What should I be doing in the meantime?", "examined_or_treated", "self_harm"),
    item("My husband took an overdose of paracetamol last week, he was on the drip in hospital for 21 hours, bloods came back normal "
         "and he was discharged. Does his liver need checking again?", "examined_or_treated", "overdose_poisoning"),
    item("Had my first ever seizure at work, taken to hospital, CT was normal and they've referred me to the first fit clinic. "
         "Told I can't drive for 6 months. Is that the law or advice?", "examined_or_treated", "seizure"),
    item("Our son fell off the climbing frame, we took him to A&E, he had a CT scan which was clear and we've been sent home with the head "
         "injury sheet. Can he go on his iPad tonight?", "examined_or_treated", "head_injury"),
    item("Our baby was admitted at 5 weeks with a temperature, they did a lumbar puncture and bloods which were all clear, 48 hours of "
         "antibiotics and home. She's 7 weeks now and fine. Will it affect her jabs?", "examined_or_treated", "febrile_infant"),
    item("Daughter (16) was treated for viral meningitis at Crumlin last week and discharged. She's tired and has headaches. How long "
         "should she be off school?", "examined_or_treated", "meningitis_signs"),
    item("Had my appendix out by keyhole 4 days ago. Wound sites look fine. When can I shower and when can I go back to my desk job?",
         "examined_or_treated", "severe_abdominal_pain"),
    item("I was in hospital last week with DKA, first time since diagnosis 8 years ago. Home now, sugars settling. The nurse said I need "
         "sick day rules - what are they?", "examined_or_treated", "diabetic_emergency"),
    item("Dad (80) came home yesterday after 10 days in hospital with sepsis from a chest infection. He's very weak and sleeping a lot. "
         "How long does recovery take at his age?", "examined_or_treated", "sepsis_signs"),
    item("My son was treated at the burns unit for a scald on his arm from a kettle. They see him twice a week for dressings. Will it scar? "
         "He's 3.", "examined_or_treated", "severe_burn"),
    item("Our 13 year old had emergency surgery for a twisted testicle two nights ago, they saved it and stitched both sides. "
         "When can he go back to PE?", "examined_or_treated", "testicular_torsion"),
    item("I was treated with methotrexate for an ectopic last month, my hCG is now under 5. How long do we have to wait before trying "
         "again?", "examined_or_treated", "ectopic_pregnancy"),
    item("Toddler was in hospital for IV fluids with a bad tummy bug. Home now and drinking but still has runny nappies. How much "
         "fluid should he be having a day? He's 12 kg.", "examined_or_treated", "severe_dehydration_child"),
    item("Diagnosed with a small PE in A&E yesterday, started on rivaroxaban and sent home. They called it 'low risk'. Can I go to "
         "the gym?", "examined_or_treated", "blood_clot_PE"),
    item("Had emergency surgery for cauda equina three months ago. My legs are much better but my bladder still doesn't feel right. "
         "Is that normal at this stage?", "examined_or_treated", "cauda_equina"),
    # relative_history
    item("My dad and his brother both had heart attacks in their 40s. I'm 38, male, feel fine. What tests should I ask for?",
         "relative_history", "heart_attack"),
    item("Mum had a stroke at 60 and dad's mum did too. I'm 35 and on the combined pill. Should I be worried?",
         "relative_history", "stroke"),
    item("My brother nearly died from an asthma attack when we were kids. Now my own daughter wheezes with colds. Does asthma run in "
         "families?", "relative_history", "breathing_difficulty"),
    item("My sister is anaphylactic to peanuts. My baby is 6 months and starting solids - should I avoid peanut or introduce it early?",
         "relative_history", "anaphylaxis"),
    item("My father died by suicide when I was 12. My own son is 15 now and very withdrawn. Is there an increased risk and what signs "
         "should I look out for?", "relative_history", "suicidal_intent"),
    item("My cousin died of an overdose last year, he was only 24. How do I talk to my teenagers about drugs without scaring them?",
         "relative_history", "overdose_poisoning"),
    item("My niece has epilepsy and my husband's uncle had it too. I'm 20 weeks pregnant. What are the chances our baby will have it?",
         "relative_history", "seizure"),
    item("My grandad collapsed and never woke up at 50, they said it was his heart. Dad has now been told he has a 'long QT'. Should "
         "the rest of us be tested?", "relative_history", "unconscious_unresponsive"),
    item("My brother had a bad head injury in a motorbike crash ten years ago and his personality has never been the same. Is it too late "
         "for any rehab to help?", "relative_history", "head_injury"),
    item("My cousin's little boy died of meningitis B at 18 months. Our kids are 1 and 4. Should they have the MenB jab privately?",
         "relative_history", "meningitis_signs"),
    item("My dad died from a burst aortic aneurysm at 66. I'm 58. Can I get screened before the NHS invites me at 65?",
         "relative_history", "severe_abdominal_pain"),
    item("My mum had a placental abruption with me and we both nearly died. I'm 12 weeks pregnant with my first. Am I higher risk?",
         "relative_history", "pregnancy_bleeding_or_pain"),
    item("My older sister went into a coma from DKA before anyone knew she had diabetes. My son is 6 and totally well. Is there a test "
         "to see if he'll get type 1?", "relative_history", "diabetic_emergency"),
    item("My aunt died of sepsis that started with a water infection. Mum gets UTIs a lot. What signs should we look out for?",
         "relative_history", "sepsis_signs"),
    item("My sister has had two ectopic pregnancies. I'm trying for a baby. Does that make me more likely to have one?",
         "relative_history", "ectopic_pregnancy"),
    item("Mum had a PE at 40 and it turned out she has factor V Leiden. I'm 18 and want to go on the pill. Should I be tested first?",
         "relative_history", "blood_clot_PE"),
    item("Dad went blind in one eye overnight from giant cell arteritis a few years ago. Is it something that runs in families?",
         "relative_history", "vision_loss_sudden"),
    item("My mum had cauda equina syndrome from a slipped disc. I've just been told I have a disc bulge in my lower back too. "
         "Is it hereditary?", "relative_history", "cauda_equina"),
    item("Grandad died choking on his food in his nursing home. Now mum has dementia and she coughs a bit at meals. How can we get her "
         "swallowing checked?", "relative_history", "choking"),
    item("My brother had an aortic dissection at 45 and they think he has Marfan syndrome. I'm 42 and tall and skinny like him. "
         "Should I be checked?", "relative_history", "chest_pain_other"),
]
