# Hard non-emergencies, part 4: medicine_question and chronic_stable. Written by hand, writer 141.
# (text, kind, family)

ITEMS = [
    # medicine_question
    (
        "I had a heart attack last year and I'm on the usual bunch of tablets clopidogrel and a statin and bisoprolol can I take ibuprofen for my bad knee or will it interfere",
        "medicine_question", "heart_attack",
    ),
    (
        "Since my TIA I'm on clopidogrel. Is it safe to have a dental extraction without stopping it? The dentist wants me to check.",
        "medicine_question", "stroke",
    ),
    (
        "my brown inhaler is beclometasone and the pharmacy gave me a different brand with a different colour is it the same strength I don't want to get caught short",
        "medicine_question", "breathing_difficulty",
    ),
    (
        "My son's EpiPen expired last month. The new one won't be ready for a week. Is an expired one still better than nothing in the meantime?",
        "medicine_question", "anaphylaxis",
    ),
    (
        "I'm on apixaban for AF, is it okay to take turmeric supplements or do they thin the blood more? I bruise quite easily already.",
        "medicine_question", "severe_bleeding",
    ),
    (
        "the leaflet for my fluoxetine says it can cause suicidal thoughts in people under twenty five I'm twenty two and just started it I feel fine but should I be worried about that warning",
        "medicine_question", "suicidal_intent",
    ),
    (
        "what's the best antiseptic cream to keep in the house for small cuts I'm a recovering self harmer and I've been clean two years but my therapist said it's fine to have first aid stuff around",
        "medicine_question", "self_harm",
    ),
    (
        "My pharmacy gave me a naloxone kit with my methadone. If I used it on someone who turned out not to be on opioids, would it hurt them?",
        "medicine_question", "overdose_poisoning",
    ),
    (
        "how much paracetamol is safe for me in a day I'm fifty kilos and I drink most weekends I don't want to damage my liver",
        "medicine_question", "overdose_poisoning",
    ),
    (
        "my son's rescue medicine for his seizures is buccal midazolam and we're going on holiday to Spain can we take it on the plane and does it need to be kept cold",
        "medicine_question", "seizure",
    ),
    (
        "Can the new blood pressure tablet make you faint? I've only had a dizzy moment when I stood up this morning, nothing else. It's amlodipine 5 mg.",
        "medicine_question", "unconscious_unresponsive",
    ),
    (
        "After a concussion is it okay to take ibuprofen or only paracetamol? I was told at A&E last week but can't remember.",
        "medicine_question", "head_injury",
    ),
    (
        "is it okay to give Calpol to my baby after her eight week jabs the nurse mentioned it for fever but said something about ibuprofen not being allowed under three months",
        "medicine_question", "febrile_infant",
    ),
    (
        "I've been offered the MenACWY vaccine before starting university. Are there any side effects I should know about? I'm allergic to latex.",
        "medicine_question", "meningitis_signs",
    ),
    (
        "Can buscopan be taken with omeprazole? I get crampy stomach pains with my IBS.",
        "medicine_question", "severe_abdominal_pain",
    ),
    (
        "my midwife has put me on aspirin one fifty milligrams from twelve weeks because of preeclampsia risk isn't aspirin bad for pregnancy and bleeding",
        "medicine_question", "pregnancy_bleeding_or_pain",
    ),
    (
        "How do you use a glucagon kit? My teenage son has type 1 and we've never had to use it, I want to practise before school starts.",
        "medicine_question", "diabetic_emergency",
    ),
    (
        "do I really have to finish the whole course of antibiotics for my kidney infection I feel totally better after three days",
        "medicine_question", "sepsis_signs",
    ),
    (
        "what's the best cream for a healing burn scar now that it's closed over Bio Oil or silicone gel",
        "medicine_question", "severe_burn",
    ),
    (
        "Are these 'anti-choking' suction devices you see advertised actually recommended? Thinking of buying one for my elderly father who has swallowing problems.",
        "medicine_question", "choking",
    ),
    (
        "I'm on the methotrexate for an ectopic and the nurse said no folic acid and no alcohol for a while how long exactly",
        "medicine_question", "ectopic_pregnancy",
    ),
    (
        "Dioralyte or flat lemonade for a toddler with a tummy bug? My mum says lemonade. He's drinking and weeing okay.",
        "medicine_question", "severe_dehydration_child",
    ),
    (
        "does the GTN spray go out of date once you open it my dad's had one in the cupboard for three years and has never used it",
        "medicine_question", "chest_pain_other",
    ),
    (
        "I'm on the pill and have a family history of clots, would the mini pill be safer? I've got no symptoms, just planning ahead.",
        "medicine_question", "blood_clot_PE",
    ),
    (
        "My doctor prescribed me prednisolone for temporal arteritis and said not to stop it suddenly. My vision's fine. How long will I be on it?",
        "medicine_question", "vision_loss_sudden",
    ),
    # chronic_stable
    (
        "I've had stable angina for six years I get a bit of chest tightness if I walk fast uphill in the cold which goes away with rest or one puff of my spray same as always my cardiologist knows can I go on a cruise",
        "chronic_stable", "heart_attack",
    ),
    (
        "I had a stroke 4 years ago and I've still got some weakness in my left hand, it hasn't changed in years. Is there any new therapy that could help at this stage?",
        "chronic_stable", "stroke",
    ),
    (
        "I have COPD and I'm always a bit short of breath walking up hills it's been the same for years I'm on my inhalers is it worth trying pulmonary rehab again",
        "chronic_stable", "breathing_difficulty",
    ),
    (
        "I've lived with chronic hives for three years, they come and go daily and antihistamines keep them mostly under control. Never had swelling of the throat. Is there anything else to try?",
        "chronic_stable", "anaphylaxis",
    ),
    (
        "I've got von Willebrand disease and my periods have always been heavy but manageable with tranexamic acid. Is there a better long term option?",
        "chronic_stable", "severe_bleeding",
    ),
    (
        "I've had depression on and off for years and sometimes the thought 'what's the point' drifts in but I've never had a plan or intent, and my psychiatrist knows all about it. Is it normal for that to be the case even when I'm otherwise doing well?",
        "chronic_stable", "suicidal_intent",
    ),
    (
        "my epilepsy has been well controlled for three years on lamotrigine no seizures at all can I start driving again I'm in the UK",
        "chronic_stable", "seizure",
    ),
    (
        "I have vasovagal syncope and I've fainted maybe once a year since I was a teenager always at the sight of blood my GP knows about it I'm starting nursing school is that a problem",
        "chronic_stable", "unconscious_unresponsive",
    ),
    (
        "I get migraines three or four times a month and have done for twenty years. Same pattern always, one-sided, with nausea. I'm thinking of trying the new injections. Who can prescribe them?",
        "chronic_stable", "meningitis_signs",
    ),
    (
        "I have Crohn's and get crampy pains after meals most days, same as it's been for years, my gastro is happy with my bloods. Is there any diet that helps with the cramps?",
        "chronic_stable", "severe_abdominal_pain",
    ),
    (
        "I've been type 1 for 20 years, my A1c is 52 and I've had no severe hypos in a decade. I'm thinking about getting a pump. What are the pros and cons?",
        "chronic_stable", "diabetic_emergency",
    ),
    (
        "I have bronchiectasis and I cough up phlegm every day it's been the same for years the physio taught me the clearing exercises should I be on long term antibiotics",
        "chronic_stable", "sepsis_signs",
    ),
    (
        "My burn scars from a childhood accident have been stable for decades but they get tight in winter. Would physiotherapy still help at 50?",
        "chronic_stable", "severe_burn",
    ),
    (
        "my mum has had Parkinson's for ten years and she coughs a bit when she drinks tea it's been like that for ages the speech therapist gave her thickener but she hates it are there alternatives",
        "chronic_stable", "choking",
    ),
    (
        "I've had a varicocele on my left side for years, it aches a bit by the end of a long day, my urologist said leave it alone. Does it affect fertility?",
        "chronic_stable", "testicular_torsion",
    ),
    (
        "I've had endometriosis for years with pelvic pain every month that the pill mostly controls, it's the same as always. Will it stop after menopause?",
        "chronic_stable", "pregnancy_bleeding_or_pain",
    ),
    (
        "I've been on lifelong warfarin since my second clot and my INR has been stable between 2 and 3 for two years. Can I switch to one of the newer tablets?",
        "chronic_stable", "blood_clot_PE",
    ),
    (
        "I've had glaucoma in one eye for years and the field loss hasn't changed on my last three tests, the drops seem to be working. Do I still need checks every six months?",
        "chronic_stable", "vision_loss_sudden",
    ),
    (
        "I've had costochondritis for two years on and off sore spots on my breastbone when I press them my GP and cardiologist have checked everything is there anything that helps long term",
        "chronic_stable", "chest_pain_other",
    ),
    (
        "I've had chronic lower back pain with sciatica down my right leg for five years, same as always, bladder and bowels totally normal. Would a spinal cord stimulator be worth considering?",
        "chronic_stable", "cauda_equina",
    ),
    (
        "my son is on the autism spectrum and he has a long standing habit of biting his hand when he's frustrated it's been the same for years just leaves marks his OT is working on it any other ideas",
        "chronic_stable", "self_harm",
    ),
    (
        "I've had an enlarged aorta of 4.1 cm that has been stable on scans for five years. Can I lift weights at the gym?",
        "chronic_stable", "chest_pain_other",
    ),
    (
        "I've got sickle cell and get small pain crises now and then that I manage at home with my plan, I'm okay right now, but I want to ask about whether hydroxyurea would cut them down",
        "chronic_stable", "severe_abdominal_pain",
    ),
    (
        "I've had asthma all my life it's well controlled on my preventer I only need my blue inhaler once a month or so I'm pregnant now do I carry on with the same inhalers",
        "chronic_stable", "breathing_difficulty",
    ),
]
