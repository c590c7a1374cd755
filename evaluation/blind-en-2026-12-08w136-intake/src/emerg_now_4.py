# Emergency items (kind now), part 4 (written by hand, writer 136)
# (text, family)
ITEMS = [
    # diabetic_emergency
    (
        "My daughter is 14 and has type 1 diabetes since she was 9. She's been vomiting since last night with a "
        "tummy bug and hasn't kept anything down. Her sugar is 24 and her blood ketones are 4.2. She's breathing "
        "very deep and fast and she's drowsy. We've given correction insulin twice. What else can we do at home?",
        "diabetic_emergency",
    ),
    (
        "Hello. I look after my husband who is 73 with type 2 diabetes on insulin (Humulin I twice a day) and "
        "gliclazide. He has some memory problems so I do his injections. He had a bit of a cold this week and hasn't "
        "been eating much.\n\nI just found him sweaty, shaking and mumbling nonsense, and now he won't wake up "
        "properly. His sugar on the meter says 1.9. He can't swallow the juice I tried to give him, it just dribbles "
        "out. We don't have a glucagon kit. What should I try next?",
        "diabetic_emergency",
    ),
    (
        "i'm 20, type 1, been out drinking and forgot my long acting insulin yesterday. feel really sick, been "
        "throwing up for hours, stomach hurts, breath smells like nail polish remover my mate says. meter says HI. "
        "im so thirsty. should i just sleep it off",
        "diabetic_emergency",
    ),
    (
        "Dear doctor,\n\nMy mother is 84, diabetic on metformin and sitagliptin, lives in a care home. She's had a "
        "water infection for a few days and hasn't been drinking much. The home just rang me and said her sugar was "
        "'too high to read' and she's very drowsy and hard to wake, and they wanted to know if I'd like them to wait "
        "for the GP round tomorrow. I'm with her now. She's very dry. What should I tell them?",
        "diabetic_emergency",
    ),
    (
        "My colleague is type 1 and he's suddenly acting really weird at his desk, slurring, sweaty and angry, and "
        "now he's slumped and not answering properly. We found his meter: 2.1. He can't manage the glucose tablets, "
        "he's too out of it to chew. There's no-one here trained.",
        "diabetic_emergency",
    ),
    # sepsis_signs
    (
        "Hi,\n\nMy dad is 76. He had a bowel operation 10 days ago (part of his colon removed for cancer) at the "
        "Western General and came home on day 6. He was doing well, walking about. Also has type 2 diabetes and "
        "takes metformin.\n\nSince this morning he's been shivering uncontrollably, temp 39.2, now he's confused and "
        "says he feels like he's going to die. His skin is mottled and his breathing is fast, and he hasn't peed "
        "since morning. The wound is red and leaking. The surgical ward said to call if worried but it's Sunday — "
        "should we wait for the district nurse tomorrow?",
        "sepsis_signs",
    ),
    (
        "I've had a kidney infection for 2 days, was waiting to see the GP. Now I'm shaking violently, temp 40, "
        "heart racing at 135, very dizzy when I stand and my blood pressure on my home machine is 84/50. I'm 30. "
        "I'm on my own. Should I take more paracetamol?",
        "sepsis_signs",
    ),
    (
        "my nan (87) has a chest infection, GP gave antibiotics yesterday. today she's really confused, breathing "
        "really fast, her hands and lips have a blue tinge and she's cold and clammy. she barely knows who i am. "
        "she's on her second day of the tablets so they should kick in soon right?",
        "sepsis_signs",
    ),
    (
        "I'm having chemo for breast cancer, last cycle was 8 days ago. I've got a temperature of 38.7, I'm shivering "
        "and I feel really unwell. The chemo nurse said to call the hotline if my temperature goes up but I don't "
        "want to be a nuisance, it's 3am. I'm 47. Can I take paracetamol and call them in the morning?",
        "sepsis_signs",
    ),
    (
        "Hello doctor. My son is 8 and has had chickenpox for 4 days. Since last night one of the spots on his side has "
        "become a big red, hot, swollen area spreading quickly, and now he has a high fever, he's very sleepy and "
        "floppy, and his heart is going very fast. His hands are cold. He's hardly weed today. Could this be the "
        "chickenpox getting worse before it gets better?",
        "sepsis_signs",
    ),
    # severe_burn
    (
        "My toddler (2) pulled a mug of boiling tea off the table onto himself about 10 minutes ago. It's on his chest "
        "and down his arm, the skin is red and blistering, some of it's come off. I've put him in the shower with cool "
        "water. He's screaming. What cream do I put on it?",
        "severe_burn",
    ),
    (
        "Hi,\n\nI'm 52, work as a mechanic. I have psoriasis and mild diabetes, not on insulin. Never had any problems "
        "at work before.\n\nTwenty minutes ago a fuel line caught fire in the shop and I got it on my face and both "
        "hands. My eyebrows are singed, my face is burnt and blistering, and the skin on the backs of my hands is white "
        "and leathery and doesn't hurt much now. My voice has gone croaky and I'm coughing black stuff. My boss says "
        "get some aloe vera on it and go home.",
        "severe_burn",
    ),
    (
        "spilled a pan of hot oil down my leg cooking chips, thigh to knee. it's blistered all over, bigger than both "
        "my hands. it's been under the cold tap for 20 mins. im 38. can i pop the blisters and put savlon on",
        "severe_burn",
    ),
    (
        "My grandad (84) fell asleep against the electric heater and burnt his back. The area's about the size of a "
        "dinner plate, some of it dark and charred looking and he can't feel it when I touch. He's very shaky and "
        "confused. He's diabetic. We're at his house.",
        "severe_burn",
    ),
    (
        "I work in a cleaning company and I just splashed concentrated drain cleaner in my eye and on my neck. "
        "Neck skin is burning and peeling already. The eye is agony and I can't open it. It happened 5 minutes "
        "ago. Colleague is rinsing my eye with a bottle of water. Should I go to the pharmacy for eye drops?",
        "severe_burn",
    ),
    # choking
    (
        "My 1 year old is choking on a grape, she's not making any sound, her face is going purple. I've patted her "
        "back. What do I do??",
        "choking",
    ),
    (
        "Hello. My father is 83 and has Parkinson's. He has trouble swallowing and we've been told to cut his food "
        "small. At dinner just now he started coughing on a piece of steak, and now he's clutching his throat, can't "
        "speak or cough at all, and he's going blue around the lips. I'm hitting his back. Is there anything else?",
        "choking",
    ),
    (
        "My husband is choking on something, he's making a wheezy noise and can't talk, pointing at his throat. We're "
        "at a restaurant. Someone tried back blows. It's been a minute.",
        "choking",
    ),
    (
        "My 4 year old put a marble in her mouth and now she's coughing and gagging and can't breathe properly, "
        "she's drooling and can't swallow and she's scared. Her lips look a bit blue. It happened a couple of "
        "minutes ago.",
        "choking",
    ),
    (
        "Hi, bit of a long story. My mum (91) lives with us since her stroke in 2019; she's on pureed food per the "
        "speech therapist and she's usually fine. Tonight my brother gave her a bit of his sandwich without thinking.\n\n"
        "She's gone quiet, she's trying to cough but nothing comes out, she's grabbing at her throat and her face is "
        "going dusky. We've done five back slaps and she's still not breathing properly.",
        "choking",
    ),
    # testicular_torsion
    (
        "my son is 14 and woke up an hour ago with really bad pain in his left testicle, came on suddenly, he's been "
        "sick and he's crying. it looks higher up than the other one. he's embarrassed and wants to wait till it goes. "
        "should we see the gp on monday",
        "testicular_torsion",
    ),
    (
        "I'm 19, male. About 2 hours ago I got a sudden really severe pain in my right ball while I was playing "
        "basketball. It's swollen and very tender, and the pain goes into my stomach. I've thrown up. Ice doesn't "
        "help. Is it just a strain? I don't want to go in for nothing.",
        "testicular_torsion",
    ),
    (
        "Hello,\n\nMy son is 12. He's generally healthy, had grommets when he was 4 and he gets hay fever. He's been "
        "growing a lot this year.\n\nAt 6am he came into our room in tears. He said he'd woken with sudden severe "
        "pain in his groin and lower tummy. When I asked more he admitted it's his testicle — the right one is swollen, "
        "red and he can't bear to touch it. He's vomited once. It's now 7am. The pharmacy opens at 9 — should we ask "
        "them?",
        "testicular_torsion",
    ),
    (
        "23M. sudden bad pain in my left nut about 40 min ago, it's lying sideways and higher than normal. pain's 9/10 "
        "and i feel sick. i had a similar thing a few months ago that went away in half an hour. gonna give it an hour",
        "testicular_torsion",
    ),
    (
        "My 8 year old woke up screaming about pain 'down there'. His scrotum on one side is swollen and purplish and "
        "he won't let me touch it. It started 90 minutes ago. He hasn't fallen or hurt himself. He's throwing up. "
        "Could it be a hernia?",
        "testicular_torsion",
    ),
]
