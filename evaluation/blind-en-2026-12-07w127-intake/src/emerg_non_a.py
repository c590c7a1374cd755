# Hand-written hard non-emergency items (part A): past_event, examined_or_treated.
# Each: (text, kind, family)

ITEMS = [
    # ---- past_event ----
    ("I had a heart attack in 2021 and got 2 stents at Milpark. I'm fine now, walking 5km a day. Can I go back to gym and lift weights?",
     "past_event", "heart_attack"),
    ("My mom had a small stroke last year, she recovered well except her handwriting is messy. Is it normal that she cries easily since then?",
     "past_event", "stroke"),
    ("Two years ago I swelled up and couldn't breathe after a bee sting and ended up in ICU. Now summer is coming. Should I be carrying "
     "an EpiPen always?", "past_event", "anaphylaxis"),
    ("eish last December my son had a fit from a high fever, it lasted 2 minutes, he was fine after. He's now 3 and healthy. "
     "Will he get epilepsy one day?", "past_event", "seizure"),
    ("When I was 19 I overdosed on my mom's pills and was in ICU for 3 days. That was 8 years ago. Does that damage the liver long term? "
     "I'm well now and in therapy.", "past_event", "overdose_poisoning"),
    ("I tried to end my life in 2019. I'm in a much better place now with my church and my meds. My question is whether I can come off "
     "sertraline slowly, my psychiatrist retired.", "past_event", "suicidal_intent"),
    ("I used to cut my arms as a teenager, I'm 30 now and haven't done it in 10 years. The scars are white and raised. "
     "Can laser help?", "past_event", "self_harm"),
    ("Last month I had a bad nosebleed that needed packing at casualty, lost a lot of blood. Now my Hb is 10. How long to build back up?",
     "past_event", "severe_bleeding"),
    ("I was knocked out in a rugby tackle in March, was in hospital overnight. Now 5 months later I still get headaches when I read long. "
     "Normal?", "past_event", "head_injury"),
    ("Ag, at a wedding last week I choked on a piece of steak and a guy did the Heimlich on me. Since then my ribs are sore when I "
     "cough. Did he crack something?", "past_event", "choking"),
    ("I had an ectopic pregnancy in 2022, they removed my right tube. Now we want to try again. What are my chances?", "past_event",
     "ectopic_pregnancy"),
    ("My son had testicular torsion at 13 and they saved the testicle with an op. He's 18 now. Will he be able to have kids?",
     "past_event", "testicular_torsion"),
    ("I had a clot in my lung after my caesarean 3 years ago. I'm pregnant again now at 8 weeks. What must be done differently?",
     "past_event", "blood_clot_PE"),
    ("My daughter was admitted at 3 weeks old with a fever and had a lumbar puncture, all clear. She's 1 now. "
     "Did that affect her development?", "past_event", "febrile_infant"),
    ("I survived bacterial meningitis at 20 and now I'm 35. My hearing in one ear never came back. Is a cochlear implant an option?",
     "past_event", "meningitis_signs"),
    ("I had sepsis from a kidney infection last year and was in ICU for 10 days. I'm home but still so tired and my hair fell out. "
     "Is that from the sepsis?", "past_event", "sepsis_signs"),
    ("My son burned his leg with boiling water when he was 2, he had skin grafts. Now he's 8 and the scar is tight when he runs.",
     "past_event", "severe_burn"),
    ("I went into DKA in January and was in hospital 4 days. Since then my sugars are ok. How do I prevent it happening again?",
     "past_event", "diabetic_emergency"),
    ("In my last pregnancy I bled at 28 weeks from a low placenta and had an emergency c-section. I'm pregnant again, 14 weeks, all fine "
     "so far. Will it happen again?", "past_event", "pregnancy_bleeding_or_pain"),
    ("I had surgery for cauda equina 2 years ago. I can walk fine but still have some numbness in my bum. Will that ever improve?",
     "past_event", "cauda_equina"),
    ("My uncle passed out at church last Sunday, came round after a minute. He went for tests and he's fine since. Should he be driving?",
     "past_event", "unconscious_unresponsive"),
    ("I was in hospital for a severe asthma attack in April, on oxygen. Now I'm on Symbicort and fine. Can I still play netball?",
     "past_event", "breathing_difficulty"),
    ("I had my appendix burst last year and had a big operation. Now the scar has a bulge when I cough. Hernia?", "past_event",
     "severe_abdominal_pain"),
    ("Last year I lost vision in one eye for about 10 minutes and it came back. They did scans and found nothing. "
     "What should I watch for?", "past_event", "vision_loss_sudden"),

    # ---- examined_or_treated ----
    ("Went to casualty last night with chest pain, they did 2 ECGs and troponin bloods, all normal, sent home with Nexium. "
     "Today I feel fine. How long must I take the Nexium?", "examined_or_treated", "chest_pain_other"),
    ("My dad had a TIA on Saturday, he was seen at Groote Schuur, had a CT, and they started him on aspirin and a statin. He's home and "
     "back to normal. When can he drive?", "examined_or_treated", "stroke"),
    ("My son (4) swallowed a coin, we went to the hospital, the x-ray showed it's in his stomach already and they said it will pass. "
     "How do I check it came out?", "examined_or_treated", "choking"),
    ("My daughter had an allergic reaction to peanuts at school, the ambulance gave adrenaline and she was watched for 6 hours at Red Cross, "
     "now home and fine. Which allergy tests should she get?", "examined_or_treated", "anaphylaxis"),
    ("I fell off the ladder and hit my head yesterday. Went to Life Fourways, CT scan was normal, they sent me home. I have a mild "
     "headache today. Can I go to work?", "examined_or_treated", "head_injury"),
    ("Eish, my boy drank a sip of Jik bleach yesterday, we rushed to the clinic and then Bara, they checked him and said it was a small "
     "amount, he's fine. Do I need to watch for anything later?", "examined_or_treated", "overdose_poisoning"),
    ("Had a fit at work on Tuesday, first ever, they did an EEG and MRI at Steve Biko, both normal, neuro said wait and see. "
     "Can I still drive for my job?", "examined_or_treated", "seizure"),
    ("My 6 week old had a fever last week and was admitted, bloods and urine and lumbar puncture were all clear, they discharged him "
     "after 48 hours. He's feeding well now. Should his vaccines be delayed?", "examined_or_treated", "febrile_infant"),
    ("I was bleeding at 10 weeks pregnant, went to the hospital, scan showed a heartbeat and a small bleed behind the sac. "
     "The bleeding has stopped. Can I exercise?", "examined_or_treated", "pregnancy_bleeding_or_pain"),
    ("My son (15) had pain in his testicle on Friday, we went to casualty straight away and the ultrasound showed good blood flow, they said "
     "it was epididymitis and gave antibiotics. It's better. How long till he can play rugby?", "examined_or_treated",
     "testicular_torsion"),
    ("The doctor at Tembisa Hospital stitched my hand after a deep cut from a bread knife, 6 stitches, bleeding stopped. When must the "
     "stitches come out?", "examined_or_treated", "severe_bleeding"),
    ("I was short of breath and they did a CT of my lungs at Mediclinic to rule out a clot - it was clear. They say it's anxiety. "
     "I feel better today. What now?", "examined_or_treated", "blood_clot_PE"),
    ("My gogo had a low sugar episode on Sunday, the paramedics gave her glucose and she came right, they checked her at Edendale and "
     "changed her insulin dose. What should her sugars be now?", "examined_or_treated", "diabetic_emergency"),
    ("My back went and I had numbness in my leg, the doctor examined me, checked my bladder and the feeling down there - all normal - and "
     "said it's sciatica. Physio starts Monday. How long to heal?", "examined_or_treated", "cauda_equina"),
    ("My 2 year old was at the hospital yesterday for vomiting and diarrhoea, they gave him a drip for a few hours and sent him home. "
     "He's drinking and peeing again. What should he eat?", "examined_or_treated", "severe_dehydration_child"),
    ("Pain in my lower right side, went to the ER, bloods and sonar were fine, they said not appendicitis, maybe ovulation pain. "
     "Today its almost gone.", "examined_or_treated", "severe_abdominal_pain"),
    ("I had a burn on my forearm from the geyser pipe, the clinic sister dressed it and gave Flamazine. It's healing, pink now. "
     "How do I prevent a scar?", "examined_or_treated", "severe_burn"),
    ("Went to the eye hospital yesterday for sudden floaters, they dilated my eyes and said it's a vitreous detachment, no tear. "
     "How long till the floaters settle?", "examined_or_treated", "vision_loss_sudden"),
    ("I was assessed by the crisis team last week after telling my GP I had suicidal thoughts. I'm seeing a psychologist and I feel "
     "safer now. Can antidepressants make it worse at first?", "examined_or_treated", "suicidal_intent"),
    ("My wife fainted at the mall, the paramedics checked her, BP and sugar normal, ECG normal. She's fine now, they said maybe "
     "she didn't eat. Should she see a GP?", "examined_or_treated", "unconscious_unresponsive"),
    ("I had a positive pregnancy test and pain, the doctor did a scan and bloods and confirmed the pregnancy is in the womb, 6 weeks. "
     "The pain is gone. Is mild cramping normal?", "examined_or_treated", "ectopic_pregnancy"),
    ("The GP examined my son for meningitis because of his headache and fever, no stiff neck, she said it's flu. He's playing now. "
     "Fever is down with Panado.", "examined_or_treated", "meningitis_signs"),
    ("Was treated for pneumonia at Chris Hani Baragwanath, 5 days of drip antibiotics, now home on tablets and much better. "
     "How long before the cough goes away?", "examined_or_treated", "sepsis_signs"),
    ("After my asthma attack on Tuesday the clinic gave me nebs and a course of prednisone. Breathing is normal now. "
     "Should I taper the prednisone?", "examined_or_treated", "breathing_difficulty"),
]
