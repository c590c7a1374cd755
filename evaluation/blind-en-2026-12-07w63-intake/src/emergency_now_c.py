# Writer 63 - emergency items (kind now), file c
ITEMS = [
# choking
("""My dad is choking on a piece of steak, he can't speak or cough, he's going red and holding his throat. I've tried patting his back. He's 75. What else? Its happening now""", True, "now", "choking"),
("""toddler put a grape in his mouth and now he's making no sound, just flapping his arms and his lips are going blue. 19 months. help""", True, "now", "choking"),
("""Something went down the wrong way at dinner, a fish bone I think, I can breathe but I'm drooling, can't swallow my own spit and it hurts a lot, getting a bit harder to breathe in the last 10 minutes. Just drink some water?""", True, "now", "choking"),
("""My mum has dementia and she's just been eating biscuits, now she's coughing weakly, wheezing and can't get her breath, face is dusky. Carer here. Back blows didn't shift it.""", True, "now", "choking"),
("""My 5 year old swallowed a coin and a little magnet from his toy about 30 min ago, now he's drooling, retching and says it hurts in his chest when he swallows. He's breathing ok. Wait for it to come out the other end?""", True, "now", "choking"),
# testicular_torsion
("""14 year old son woke up 1 hour ago with really bad pain in his left testicle, it's swollen and sitting higher than the other, he's been sick. He's too embarrassed to go to hospital. Ibuprofen and wait?""", True, "now", "testicular_torsion"),
("""Got kicked playing football? no actually it came on by itself while I was sitting in class, sudden agonising pain in one ball going into my stomach, about 40 minutes ago. 16M. Should I wait till school finishes?""", True, "now", "testicular_torsion"),
("""hi, 22 year old, sudden severe pain in right testicle started at 6am (2 hours ago), it's swollen and I can't walk properly, threw up. Had a bit of this before that went away. Could it be an infection, can I get antibiotics online?""", True, "now", "testicular_torsion"),
("""My 9 year old is crying that his privates hurt, started suddenly about half an hour ago, one side is red and swollen, he's pale and vomited once. My partner thinks he pulled a muscle on the trampoline.""", True, "now", "testicular_torsion"),
# ectopic_pregnancy
("""Positive test last week, about 6 weeks. Since an hour ago sharp pain low on the left side and a weird pain at the tip of my shoulder, I feel faint and just nearly passed out on the loo. A bit of spotting. Is this a miscarriage?""", True, "now", "ectopic_pregnancy"),
("""Missed period 7 weeks, had an early scan booked for next week because of previous ectopic. Now I've got severe one-sided pain and I'm dizzy and clammy. I'll just wait for the scan right?""", True, "now", "ectopic_pregnancy"),
("""My girlfriend is 6 weeks pregnant and she's on the floor with horrible pain in her lower belly on the right, she's pale and says she feels like she's going to pass out. We're 19 and scared of our parents finding out.""", True, "now", "ectopic_pregnancy"),
("""I'm not sure if I'm pregnant, my period is 2 weeks late, but right now I have stabbing pain in my right lower abdomen, shoulder pain and I fainted in the shower. Coil fitted last year. Painkillers?""", True, "now", "ectopic_pregnancy"),
# severe_dehydration_child
("""My 11 month old has had diarrhoea and vomiting since yesterday, she's not had a wet nappy for 14 hours, eyes look sunken, no tears when she cries, very floppy now. We keep trying the bottle. What else?""", True, "now", "severe_dehydration_child"),
("""3 year old with a tummy bug, vomiting everything even sips of water for 24 hours, now he's really sleepy and hard to wake, lips cracked and dry, cold hands. Should I try flat lemonade?""", True, "now", "severe_dehydration_child"),
("""Baby 4 months, vomiting and watery poo for 2 days, the soft spot on her head is sunken, she's breathing fast and not interested in feeding at all. Health visitor said call if worried. I'm a bit worried.""", True, "now", "severe_dehydration_child"),
("""Our 6 yr old daughter is so weak she can't stand up after 2 days of diarrhoea, her skin stays tented when I pinch it, she hasn't peed since yesterday morning. We're in a rural area, hospital 40 min away. Dioralyte?""", True, "now", "severe_dehydration_child"),
# chest_pain_other
("""Sudden tearing pain in my chest that shot through to between my shoulder blades about 20 minutes ago, worst pain ever, I'm 58 with high blood pressure. Left arm feels weak. Could it be a pulled muscle from lifting?""", True, "now", "chest_pain_other"),
("""Tall skinny 20 year old, I was just sitting watching TV and got a sharp pain on the right side of my chest and now I'm quite short of breath, can't take a deep breath in, it's getting worse over the last hour.""", True, "now", "chest_pain_other"),
("""took some coke at a party and now my chest is really tight and painful and my heart is pounding like 160, left arm tingly, it's been 30 min. I'm 27. Don't want the police involved. Will it pass?""", True, "now", "chest_pain_other"),
("""My husband (45) got chest pain while jogging and then fainted for a few seconds, now he's awake, chest still hurts and his heart's pounding irregularly. He says he just needs water.""", True, "now", "chest_pain_other"),
("""Pain in my chest since I got stabbed with the scissors in an argument with my brother 10 minutes ago, small cut, not bleeding much, but I'm getting more and more breathless. Plaster enough?""", True, "now", "chest_pain_other"),
# vision_loss_sudden
("""Lost the vision in my right eye completely about 30 minutes ago, like a curtain came down, no pain. I'm 69. It hasn't come back. Optician opens at 9 tomorrow, should I go then?""", True, "now", "vision_loss_sudden"),
("""Suddenly seeing loads of new floaters and flashes in my left eye and now there's a dark shadow spreading from the side over the last hour. Short-sighted, -8. Can this wait till Monday?""", True, "now", "vision_loss_sudden"),
("""My eye is suddenly extremely painful and red, vision gone blurry with halos round the lights, I've got a headache and I'm being sick. Started this evening. Eye drops from the pharmacy?""", True, "now", "vision_loss_sudden"),
("""Got splashed in the eyes with oven cleaner 5 minutes ago, can't open them, everything's blurry, stinging like mad. Rinsed with a cup of water. Now what, ointment?""", True, "now", "vision_loss_sudden"),
("""I'm 74 and I've had a headache on my temple for a few days and tonight my vision in one eye went dim and blurry, it hurts to chew. Is this a migraine?""", True, "now", "vision_loss_sudden"),
# blood_clot_PE
("""Flew back from Australia 3 days ago, now my calf is swollen and since this morning I'm short of breath with a sharp pain in my chest when I breathe in, and I coughed up a bit of blood just now. 38, on the pill.""", True, "now", "blood_clot_PE"),
("""2 weeks after my knee replacement, suddenly can't catch my breath, heart racing 125, chest hurts when I breathe. I'm 67. Physio tomorrow, I'll mention it then?""", True, "now", "blood_clot_PE"),
("""Had a baby 10 days ago by c-section. Last hour I've become really breathless, feel like I can't get air, pain in the side of my chest, heart pounding. Is this anxiety? New mum stuff?""", True, "now", "blood_clot_PE"),
("""voice typed I have cancer and I'm on chemo I just got up from bed and suddenly I'm so breathless I had to sit on the floor my lips feel numb and my chest hurts when I breathe it started 20 minutes ago should I ring my chemo nurse in the morning""", True, "now", "blood_clot_PE"),
# cauda_equina
("""Back pain for a week from lifting, but since this morning I can't feel the area between my legs when I wipe, and I haven't been able to pee all day even though I need to. Both legs tingly. 44M. Physio on Thursday, wait?""", True, "now", "cauda_equina"),
("""Had a slipped disc for months, today it's suddenly much worse, both legs going weak and numb, and I wet myself without realising. 39F. Embarrassed. Is it just the disc?""", True, "now", "cauda_equina"),
("""My husband (52) has terrible sciatica in both legs since yesterday and says his bum feels numb like after a dental injection, and he can't get an erection or feel when he needs the toilet. He says it's just his back.""", True, "now", "cauda_equina"),
("""Lower back went this afternoon lifting a sofa, now I've lost control of my bowels and my inner thighs feel numb. Legs heavy. I'll take co-codamol and rest it yes?""", True, "now", "cauda_equina"),
# extra, pasted formats
("""CONTACT FORM
Reason for contact: other
Urgency (1-5): 2
Details: chest ache and left arm heavy since about 45 mins ago, bit breathless and sick, I'm 57, smoker. Sitting in the van at work. Probably pulled something loading.""", True, "now", "heart_attack"),
("""Teams, just now:
Gareth Lloyd 15:41: sorry cant rd the screen proprly
Gareth Lloyd 15:41: my hand wnt work rigt
Gareth Lloyd 15:42: fine tho
He's my colleague in the office next door, 58, he's not answering his phone. What should I do?""", True, "now", "stroke"),
("""Symptoms box on your form: "lips and eyes swelling after new hair dye 20 mins ago, throat feels thick, wheezy, itchy everywhere, feel faint". Age box: 31. I ticked 'non urgent' because I don't like fuss.""", True, "now", "anaphylaxis"),
("""voice note transcribed my baby is three weeks old she has been really hot tonight thermometer said thirty eight point six she's grunting when she breathes and she's not feeding my mum says wrap her up and sweat it out is that right""", True, "now", "febrile_infant"),
("""Email I was going to send to my asthma nurse, pasting here instead:
Subject: inhaler not working
Hi, since about 7pm I've been getting more and more tight, peak flow is 140 (my best is 450), can't really talk in sentences, used my reliever 12 times. Can I get a new inhaler prescription tomorrow?""", True, "now", "breathing_difficulty"),
]
