# Triage items part C (written by hand, writer 136)
# (text, department, age_range, gender)
ITEMS = [
    # ophthalmology
    (
        "I'm 68 and my night driving has become really difficult over the past year — halos around headlights, "
        "glare, and everything looks a bit yellow. My glasses prescription has changed twice in 18 months. My "
        "optician mentioned cataracts starting in both eyes. At what point do they operate?",
        "ophthalmology", "60~69", "undisclosed",
    ),
    (
        "My daughter (4) squints a lot and tilts her head when watching TV. The nursery vision screening said she "
        "needs a full eye test. Her dad wore a patch as a child. Is it likely she needs glasses?",
        "ophthalmology", "0~9", "female",
    ),
    (
        "Hi,\n\nI'm a 53 year old man with diabetes since 2010. My retinal screening photos this year showed "
        "'maculopathy' in the right eye and they've referred me to the eye clinic. My vision seems fine to me. "
        "HbA1c 68. What does maculopathy mean and will I need injections?",
        "ophthalmology", "50~59", "male",
    ),
    (
        "dry gritty eyes for months, worse on the computer, red by the end of the day. tried hylo drops. 36, wear "
        "contacts. is there anything else",
        "ophthalmology", "30~39", "undisclosed",
    ),
    # orthopedics
    (
        "I'm 57, female. Pain in my right shoulder for 5 months, can't reach behind my back to do my bra up or lift "
        "my arm above my head. It's stiff as well as sore. Physio for 6 weeks hasn't helped. My GP mentioned frozen "
        "shoulder. I'm also diabetic. Would a steroid injection or surgery help?",
        "orthopedics", "50~59", "female",
    ),
    (
        "Hello. My husband (49) has had knee pain since a skiing twist in February. The knee locks sometimes and "
        "he has to wiggle it to straighten it. MRI shows a 'bucket handle tear of the medial meniscus'. Does this "
        "need an operation?",
        "orthopedics", "40~49", "male",
    ),
    (
        "Long question, sorry. I'm 74. I had a left hip replacement in 2008 and it's been great. For the last 6 months "
        "I've had groin pain on that side when I walk, and a clicking feeling. An X-ray at my GP says 'possible "
        "loosening of the acetabular component'. I'm otherwise healthy and still walk my dog daily. Does it need to be "
        "redone? Is revision surgery much harder than the first one?",
        "orthopedics", "70~79", "undisclosed",
    ),
    (
        "my son is 13 and plays a lot of football. he has a painful lump on the outside of his heel, worse after "
        "games, for about 2 months. he limps after training. is it a growth plate thing",
        "orthopedics", "10~19", "male",
    ),
    # otolaryngology
    (
        "I'm 29 and I've had tonsillitis 6 times this year, each time needing antibiotics and missing work. My "
        "tonsils are huge and I snore. Is it time to ask about having them out as an adult?",
        "otolaryngology", "20~29", "undisclosed",
    ),
    (
        "Hi,\n\nMy father is 82 and his hearing has got much worse, especially in noisy places. He has a constant "
        "ringing in both ears. He refuses to believe it, says everyone mumbles. His GP syringed his ears but it "
        "made no difference. How do we get a hearing test and hearing aids on the NHS?",
        "otolaryngology", "80+", "male",
    ),
    (
        "Blocked nose on one side only for 8 months, worse on the left. Also lost my sense of smell. Nasal spray "
        "(Flixonase) does nothing. I'm 46, female, asthmatic, and I can't take aspirin because it makes me wheeze. "
        "Could it be polyps?",
        "otolaryngology", "40~49", "female",
    ),
    (
        "My voice has been hoarse for 5 weeks. No cold, no pain. I'm a 61 year old man, ex smoker (quit 2010), I "
        "sing in a choir. GP says it should be checked with a camera. Who does that?",
        "otolaryngology", "60~69", "male",
    ),
    # pediatrics
    (
        "My son is 3 and has had a runny nose and cough for 10 days. He's eating a bit less but drinking fine, "
        "playing, sleeping OK, temperature normal. His sister (6) had the same. Do I need to bring him to the doctor "
        "or is it just a cold?",
        "pediatrics", "0~9", "male",
    ),
    (
        "Hello,\n\nMy daughter is 8 and she seems to be tired all the time, she's pale and has been getting lots of "
        "tummy aches for about 2 months. She's eating OK but she's a fussy eater — very little meat. School says "
        "she's falling asleep in the afternoons. She was a 31 week prem baby but has been healthy.\n\nCould she be "
        "anaemic? Does she need bloods?",
        "pediatrics", "0~9", "female",
    ),
    (
        "My 10 month old has had diarrhoea for 5 days, about 4 times a day. No vomiting now, lots of wet nappies, "
        "she's feeding and smiling. Nursery had a bug going round. Should I worry about dehydration or just keep "
        "up fluids?",
        "pediatrics", "0~9", "female",
    ),
    (
        "Our 11 year old is much shorter than his classmates — smallest in the class by far. He was average height "
        "until age 7. His growth chart has gone from the 50th to the 9th centile. He eats well and is otherwise "
        "well. Who should check him?",
        "pediatrics", "10~19", "male",
    ),
    # psychiatry
    (
        "Hi. I'm 34, non-binary (they/them), and I think I might have ADHD. I've always been disorganised, lose things, can't finish tasks, "
        "interrupt people. It's affecting my job. My nephew was just diagnosed. How do adults get assessed?",
        "psychiatry", "30~39", "other",
    ),
    (
        "Hello,\n\nMy wife is 38 and had our second baby 3 months ago. She's been very low, crying most days, not "
        "sleeping even when the baby sleeps, and she says she feels like a bad mother and that we'd be better off "
        "with someone else looking after the children. She says she would never hurt herself and she's still "
        "caring for the baby fine. She had depression after our first child too. Who should she see?",
        "psychiatry", "30~39", "female",
    ),
    (
        "I'm 19, male. For about a year I've been washing my hands until they bleed and checking the door lock 20 "
        "times before I can leave. It takes me an hour to leave the house. I know it's irrational. Is this OCD and "
        "can it be treated?",
        "psychiatry", "10~19", "male",
    ),
    (
        "My grandmother is 83 and has become very suspicious in the last few months, convinced the neighbours are "
        "stealing from her and listening through the walls. Her memory is fine otherwise. No previous mental health "
        "problems. Her GP ran bloods which were normal. What could this be?",
        "psychiatry", "80+", "female",
    ),
]
