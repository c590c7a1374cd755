"""Prototype sentences for the emergency warning's semantic layer, written for askdoc from medical knowledge
(first-aid and triage guidance: the signs each emergency is known by), in the words patients use.

EMERGENCY maps a reason (the same wording as the rules' reasons) to sentences that describe it. NOT_URGENT
holds what is easily confused with them but is no emergency: a past event, a question about prevention or
risk, a mild or long-standing symptom. A sentence of the question that is closer to an emergency prototype
than to any of these, and close enough, raises the warning (askdoc.intake.emergency.semantic_reasons).
"""

EMERGENCY: dict[str, list[str]] = {
    "Possible heart attack signs": [
        "my chest feels crushed and the pain goes into my arm",
        "heavy pressure in the middle of my chest, I am sweating and feel sick",
        "it feels like an elephant is sitting on my chest",
        "tight band around my chest spreading to my jaw and left arm",
        "chest pain that started an hour ago and I feel clammy and grey",
        "my dad is clutching his chest and is pale and sweaty",
    ],
    "Possible stroke signs": [
        "her face is drooping and she can't lift her arm",
        "his speech is slurred and one side of his face has dropped",
        "suddenly my arm and leg on one side went weak and numb",
        "she suddenly can't find her words and talks nonsense",
        "his arm went limp and he is mumbling and confused all of a sudden",
        "my mouth is lopsided and my hand won't grip anything",
        "all of a sudden he cannot raise one arm and his speech sounds wrong",
    ],
    "Sudden severe headache (possible bleeding in the brain)": [
        "the worst headache of my life came on suddenly like a thunderclap",
        "a sudden explosion of pain in my head, nothing like my usual headaches",
        "out of nowhere a blinding headache hit me and I threw up",
        "sudden severe headache with a stiff neck and I can't stand light",
    ],
    "Sudden loss of vision": [
        "I suddenly went blind in one eye",
        "a dark curtain came down over my vision",
        "my sight went black in one eye a few minutes ago",
    ],
    "Possible severe allergic reaction (anaphylaxis)": [
        "my lips and tongue are swelling up after eating nuts",
        "my throat feels like it is closing and I have hives everywhere",
        "after the bee sting my face swelled and I am wheezing",
        "he took a new antibiotic and his face is puffing up and he can't breathe well",
        "swollen face and difficulty breathing after a new medicine",
    ],
    "Severe bleeding": [
        "the cut is bleeding heavily and won't stop even with pressure",
        "blood is spurting out of the wound",
        "I have soaked through several towels with blood",
        "bleeding a lot from a deep gash and feeling faint",
    ],
    "Vomiting or coughing up blood (possible internal bleeding)": [
        "I am throwing up blood",
        "my vomit looks like coffee grounds",
        "my poo is black and sticky like tar and I feel dizzy",
        "coughing up a lot of bright red blood",
    ],
    "Suicidal thoughts or self-harm": [
        "I want to kill myself",
        "I don't want to be alive anymore",
        "I have been saving up my pills to take them all at once",
        "I have a plan to end my life this weekend",
        "everyone would be better off without me and I want it to be over",
        "I am going to crash my car on purpose",
        "I keep cutting myself and last night it was deeper",
        "I can't go on living like this, I want to disappear for good",
        "I have written goodbye letters to my family",
    ],
    "Thoughts of harming someone else": [
        "I am scared I am going to hurt my baby",
        "I keep having urges to hurt someone and I can't control them",
    ],
    "Possible poisoning or overdose": [
        "I took too many pills",
        "my toddler swallowed some of my tablets",
        "she drank bleach",
        "he took a whole packet of paracetamol an hour ago",
        "my child swallowed a button battery",
        "the whole family has headaches and feels sick at home and the gas boiler is faulty",
        "I mixed my medicines with a lot of alcohol and now I feel very drowsy",
    ],
    "A young baby (under 3 months) with a fever": [
        "my baby is 6 weeks old and has a fever",
        "my newborn feels hot and has a temperature of 38",
        "my two month old has a high temperature and won't feed",
    ],
    "Severe difficulty breathing": [
        "I can't breathe properly and my lips are blue",
        "he is gasping for air and can't finish a sentence",
        "my asthma inhaler isn't helping and I can hardly breathe",
        "my child's ribs are sucking in with every breath and he's struggling to breathe",
        "she is choking on food and can't cough or speak",
        "I am struggling to get air in and feel like I am suffocating",
    ],
    "A seizure that is long, repeated or the first one": [
        "he has been fitting for more than five minutes",
        "she keeps having one seizure after another and doesn't wake up in between",
        "my child is shaking all over and won't respond",
    ],
    "Loss of consciousness": [
        "he is not waking up",
        "she collapsed and isn't responding",
        "my grandmother is unconscious on the floor",
        "we can't wake him and his breathing is strange",
    ],
    "Fainting with warning signs": [
        "I passed out while running and my heart was racing",
        "she fainted and had chest pain before it",
    ],
    "Severe head injury": [
        "after hitting his head he keeps vomiting and is very drowsy",
        "she fell and banged her head and now she is confused",
        "clear fluid is leaking from his nose after a blow to the head",
        "I hit my head and I am on blood thinners and the headache is getting worse",
    ],
    "Possible sepsis or meningitis": [
        "a rash of purple spots that don't fade when I press a glass on them",
        "high fever, stiff neck and he can't stand the light",
        "she has a high temperature, is confused and breathing very fast",
        "after my operation I have a fever, shivering, fast breathing and feel like I'm dying",
        "red streak spreading up my arm from the infected cut and I feel feverish",
        "very cold hands, mottled skin and not passing urine with a fever",
    ],
    "Severe abdominal pain or bleeding in pregnancy": [
        "I am pregnant and bleeding heavily",
        "I'm 30 weeks pregnant and the baby has stopped moving",
        "pregnant with a terrible headache, flashing lights and swollen face",
        "early pregnancy and sharp pain on one side with shoulder tip pain",
        "my waters have broken too early",
    ],
    "Sudden severe testicle pain (possible torsion)": [
        "sudden terrible pain in one testicle and it's swollen",
        "my son woke up with agonising pain in his testicle and is vomiting",
    ],
    "Severe abdominal pain": [
        "the worst stomach pain of my life, my belly is hard as a board",
        "agonising pain in my belly and I can't stand up straight",
    ],
    "Possible blood clot in the lungs": [
        "swollen painful calf and now I'm short of breath with chest pain",
        "after a long flight my leg is swollen and I suddenly can't catch my breath",
    ],
    "Possible diabetic emergency": [
        "my blood sugar meter says HI and I keep vomiting and breathing fast",
        "my breath smells fruity, my sugar is very high and I am drowsy",
        "he's diabetic, his sugar is very low and he's confused and sweaty and won't eat",
    ],
    "Serious burn or chemical injury": [
        "I splashed bleach in my eye",
        "a large burn on his whole arm with white leathery skin",
        "she got an electric shock from the mains",
    ],
}

NOT_URGENT: list[str] = [
    "I had a heart attack five years ago and I'm fine now",
    "my father had a stroke years ago, how do we prevent another one",
    "how can I lower my risk of a heart attack",
    "what are the warning signs of a stroke I should know about",
    "I'm looking for information about suicide prevention for my school",
    "a friend had sepsis last year, what should I watch out for",
    "mild chest tightness when I feel anxious that goes away when I relax",
    "I had a small nosebleed that stopped after a few minutes",
    "my baby is 8 months old and has a mild cold",
    "my toddler has a slight temperature but is playing and eating normally",
    "I have had headaches on and off for years",
    "I get a bit out of breath walking up hills",
    "mild hay fever with itchy eyes and sneezing every spring",
    "is it safe to take ibuprofen with my blood pressure tablets",
    "I fainted once as a teenager when I had blood taken",
    "a small cut on my finger that bled a little",
    "I feel low and tired lately but I'm coping",
    "how much paracetamol can I safely take in a day",
    "my stomach has been a bit upset after eating spicy food",
    "I bumped my head on a cupboard door and have a small lump, I feel fine",
    "my period is heavier than usual this month",
    "can I drink alcohol while taking antibiotics",
]
