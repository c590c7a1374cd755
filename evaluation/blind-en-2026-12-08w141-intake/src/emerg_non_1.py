# Hard non-emergencies, part 1: past_event and examined_or_treated. Written by hand, writer 141.
# (text, kind, family)

ITEMS = [
    # past_event
    (
        "had a heart attack two years ago they put two stents in and I've been fine since I do cardiac rehab and walk every day now I'm wondering if I can go back to playing squash",
        "past_event", "heart_attack",
    ),
    (
        "Last Tuesday my face went droopy on one side for about 10 minutes and my speech was slurred, then it all came back completely. I feel totally normal now, it's been a week. Should I mention it at my GP appointment next month?",
        "past_event", "stroke",
    ),
    (
        "when I was a kid I had a really bad asthma attack and ended up in intensive care comma I'm thirty now and haven't had asthma symptoms in years period do I still need to carry an inhaler",
        "past_event", "breathing_difficulty",
    ),
    (
        "Back in 2018 I had anaphylaxis to a bee sting and used my EpiPen. I haven't been stung since. Is the allergy likely to have gone away after this long?",
        "past_event", "anaphylaxis",
    ),
    (
        "I had a massive nosebleed on Sunday that took about forty minutes to stop it hasn't happened again since and today's Thursday should I get my blood pressure checked",
        "past_event", "severe_bleeding",
    ),
    (
        "I tried to take my own life when I was 19. I'm 34 now, happily married, and doing well. I'm starting a new job and the health form asks about past mental health. Do I have to disclose?",
        "past_event", "suicidal_intent",
    ),
    (
        "I used to self harm as a teenager and I've got a lot of white scars on my forearms I'm twenty eight now and haven't done it in ten years is there any laser treatment that helps the scars fade",
        "past_event", "self_harm",
    ),
    (
        "our dog ate some of my ibuprofen last month the vet sorted him out but it got me thinking, I accidentally doubled my own blood pressure pill yesterday morning and I've felt fine all day, is one double dose harmful",
        "past_event", "overdose_poisoning",
    ),
    (
        "My daughter had a febrile seizure at 18 months, about a year ago, and she's been completely fine since. She's got a cold now with a slight temperature. Is she more likely to have another?",
        "past_event", "seizure",
    ),
    (
        "I fainted at a concert three weeks ago it was really hot and I hadn't eaten I came round straight away and I've been fine since I'm seventeen do I need any tests",
        "past_event", "unconscious_unresponsive",
    ),
    (
        "I got concussed playing rugby about six weeks ago, nothing since, headaches have gone. How long should I wait before playing contact again?",
        "past_event", "head_injury",
    ),
    (
        "our son had a temperature of thirty eight at four weeks old and was in hospital for three days with a urine infection comma he's now six months and thriving period will he have kidney problems later",
        "past_event", "febrile_infant",
    ),
    (
        "I had bacterial meningitis when I was 12 and I've had hearing loss in one ear ever since. I'm now 40. Could the meningitis have caused other long term effects?",
        "past_event", "meningitis_signs",
    ),
    (
        "Two years ago I had my appendix burst and was really ill. I'm fine now but I've got adhesions apparently. Does that mean I'm likely to get a blockage one day?",
        "past_event", "severe_abdominal_pain",
    ),
    (
        "I had a bleed at twenty weeks in my last pregnancy it was a low lying placenta and everything turned out fine my son is three now we're thinking of trying again is it likely to happen again",
        "past_event", "pregnancy_bleeding_or_pain",
    ),
    (
        "i went into DKA when i was first diagnosed with type one at 14 im 25 now and my control is good but i still have nightmares about that hospital stay is that normal",
        "past_event", "diabetic_emergency",
    ),
    (
        "My mum had sepsis last year from a kidney infection and spent a week in ICU. She's recovered but she's still really tired and her hair fell out. Is that post-sepsis syndrome?",
        "past_event", "sepsis_signs",
    ),
    (
        "I burned my hand badly on a barbecue when I was a teenager and had skin grafts comma the skin's always been tight but lately it's got itchy is that normal after all these years",
        "past_event", "severe_burn",
    ),
    (
        "My 4 year old choked on a sweet at the weekend, I did back blows and it came straight out and he cried and was totally fine afterwards. That was Saturday. Do I need to get his chest checked?",
        "past_event", "choking",
    ),
    (
        "I had surgery for a twisted testicle when I was fifteen, they fixed both sides. I'm 30 now and we're trying for a baby. Could that have affected my fertility?",
        "past_event", "testicular_torsion",
    ),
    (
        "i had an ectopic pregnancy eighteen months ago and lost my left tube we're ready to try again what are the chances it happens again",
        "past_event", "ectopic_pregnancy",
    ),
    (
        "When my son was a baby he was admitted with dehydration from a tummy bug and had a drip. He's 5 now and has a bit of a stomach bug again, but he's drinking fine and weeing normally. Am I overreacting to be nervous?",
        "past_event", "severe_dehydration_child",
    ),
    (
        "last month I had a bad sharp chest pain for a few seconds when I bent down to tie my shoe it hasn't come back and I feel fine I'm twenty five should I get an ECG just in case",
        "past_event", "chest_pain_other",
    ),
    (
        "Three months ago I had a DVT in my calf after a long flight and I finished my blood thinners last week. I've got another long haul trip in the summer. What should I do differently?",
        "past_event", "blood_clot_PE",
    ),
    # examined_or_treated
    (
        "I was in A and E last night with chest pain they did two blood tests and an ECG and said it wasn't my heart probably a muscle strain and sent me home what else could it be it still aches a bit when I twist",
        "examined_or_treated", "heart_attack",
    ),
    (
        "My dad was discharged from the stroke unit yesterday after a small stroke. They've put him on clopidogrel and atorvastatin. Can he still have his evening whisky?",
        "examined_or_treated", "stroke",
    ),
    (
        "My toddler was kept in overnight with croup and had steroids. We're home now and the barky cough is much better, she's breathing easily. How long will the cough hang around?",
        "examined_or_treated", "breathing_difficulty",
    ),
    (
        "had an allergic reaction to cashews on saturday went to hospital and they gave me adrenaline and kept me for six hours I'm fine now they've referred me to an allergy clinic what should I avoid while I wait",
        "examined_or_treated", "anaphylaxis",
    ),
    (
        "I cut my finger with a bread knife yesterday and the urgent care glued it and put a dressing on. When can I get it wet?",
        "examined_or_treated", "severe_bleeding",
    ),
    (
        "My son was seen by the crisis team on Friday after telling us he was having suicidal thoughts. He has a safety plan and sees a psychiatrist on Wednesday. He's calmer now. What can we do at home to support him?",
        "examined_or_treated", "suicidal_intent",
    ),
    (
        "my daughter was stitched up in A&E for a cut on her arm she did to herself last week and the mental health nurse saw her and she's on a waiting list for CAMHS the stitches are itchy now when do they come out",
        "examined_or_treated", "self_harm",
    ),
    (
        "Our 3 year old swallowed some of grandma's tablets on Sunday, we went straight in, they monitored him for 12 hours and said he was fine. Are there any after effects we should watch for?",
        "examined_or_treated", "overdose_poisoning",
    ),
    (
        "I had my first seizure last month and the neurologist did an EEG and MRI which were both normal. He said wait and see. Can I still go swimming?",
        "examined_or_treated", "seizure",
    ),
    (
        "my grandad collapsed at home on Monday and the paramedics took him in they said it was his blood pressure dropping from his new tablets and they changed them he's back home now how long till he's steady on his feet",
        "examined_or_treated", "unconscious_unresponsive",
    ),
    (
        "Fell off a horse last week, had a CT scan of my head at the hospital which was clear. I still get headaches in the afternoon. Is that normal post-concussion?",
        "examined_or_treated", "head_injury",
    ),
    (
        "our six week old had a temp of thirty eight last night we took her straight to the children's hospital they did bloods and a urine test all clear and sent us home this morning with advice she's feeding well now how often should I check her temperature",
        "examined_or_treated", "febrile_infant",
    ),
    (
        "The GP saw my son this afternoon because he had a fever and a rash and she did the glass test and said it's a viral rash, he's running around now. The spots blanch. How long does a viral rash last?",
        "examined_or_treated", "meningitis_signs",
    ),
    (
        "Had my appendix out by keyhole surgery on Wednesday. Home since Friday. The wounds are a bit bruised. When can I drive?",
        "examined_or_treated", "severe_abdominal_pain",
    ),
    (
        "I had some spotting at 9 weeks so the early pregnancy unit did a scan today and saw a heartbeat and said everything looks fine. Is it normal to still have a tiny bit of brown discharge?",
        "examined_or_treated", "pregnancy_bleeding_or_pain",
    ),
    (
        "my husband had a hypo at work yesterday his colleagues called an ambulance and they gave him glucose and he was fine the diabetes nurse is reducing his insulin how do we stop it happening again",
        "examined_or_treated", "diabetic_emergency",
    ),
    (
        "My mum came out of hospital after being treated for sepsis from a chest infection. She's on oral antibiotics now and eating again. How long is recovery usually for someone her age (82)?",
        "examined_or_treated", "sepsis_signs",
    ),
    (
        "I burned my arm on the oven door on Monday, the burns clinic dressed it and said it's partial thickness and should heal in two weeks. It's really itchy under the dressing today. Is that healing?",
        "examined_or_treated", "severe_burn",
    ),
    (
        "the doctor at the walk-in checked my son's throat after he swallowed a coin and the x-ray showed it in his tummy so it'll pass they said how long does it take to come out",
        "examined_or_treated", "choking",
    ),
    (
        "My 13 year old had pain in his testicle on Sunday and we went to A&E. The ultrasound showed blood flow was normal and they said it was a torted appendix testis, not the testicle itself. It's still a bit sore. How long will that last?",
        "examined_or_treated", "testicular_torsion",
    ),
    (
        "I was treated with methotrexate injection for an ectopic last week and my hCG is going down nicely the nurse says how long before my levels are zero and when can we try again",
        "examined_or_treated", "ectopic_pregnancy",
    ),
    (
        "My daughter (2) was on a drip at the children's hospital overnight for dehydration from gastro. They sent us home this afternoon, she's drinking small sips and had a wet nappy. What should she eat tomorrow?",
        "examined_or_treated", "severe_dehydration_child",
    ),
    (
        "They did an eye test and a scan at the eye hospital after I had flashing lights and a new floater on Tuesday, they said it's a posterior vitreous detachment and no tear. How long do the floaters last?",
        "examined_or_treated", "vision_loss_sudden",
    ),
    (
        "I was diagnosed with a small PE last week and started on rivaroxaban, I'm home and breathing much better. Can I still go to the gym?",
        "examined_or_treated", "blood_clot_PE",
    ),
    (
        "I went to A and E with back pain and numbness in my legs on Saturday they did an urgent MRI and it wasn't cauda equina just a disc pressing on one nerve the pain is still bad what can I take",
        "examined_or_treated", "cauda_equina",
    ),
]
