# Writer 61 - emergency items, kind "now", file c. (text, kind, family)

ITEMS = [
    # sepsis_signs
    (
        "My mom (78) has had a UTI for a few days, now she's shaking with chills, temp 39.9, blood pressure 82/50 on her "
        "home machine, heart rate 125, and she's mixed up about where she is. Finish the antibiotics and see?",
        "now", "sepsis_signs",
    ),
    (
        "Chemo patient here, 3 days after my last round, fever just hit 38.6 and I'm shivering and feel awful. The "
        "oncology line said call if fever but it's 2 am and I don't want to wake anyone.",
        "now", "sepsis_signs",
    ),
    (
        "Cut on my leg from fishing got infected, now red streaks going up to my groin, fever 40, heart pounding, "
        "I feel faint and confused. 50M. Take leftover amoxicillin?",
        "now", "sepsis_signs",
    ),
    (
        "I had a c-section 6 days ago, now fever 39.5, heart racing, the wound is leaking pus and I'm breathing fast "
        "and feel like I'm going to pass out. Is this normal recovery?",
        "now", "sepsis_signs",
    ),
    (
        "Dad has pneumonia diagnosed 2 days ago, on pills, but today he's cold and clammy, skin mottled on his knees, "
        "barely peeing, and breathing really fast. He says he's just tired. 84.",
        "now", "sepsis_signs",
    ),
    # severe_burn
    (
        "Pot of boiling water fell on my toddler's chest and arm a few minutes ago, skin is peeling off in sheets, "
        "big area like the size of his whole chest. I put butter on it. What else?",
        "now", "severe_burn",
    ),
    (
        "Grease fire in the kitchen, my hand and forearm are white and leathery in places and it doesn't even hurt "
        "there, around it is blistered. Just happened. Aloe?",
        "now", "severe_burn",
    ),
    (
        "My husband was burning brush and the gas flashed up in his face. His eyebrows are gone, face is red and "
        "blistering, his voice is hoarse and he's coughing black stuff. It was 10 min ago.",
        "now", "severe_burn",
    ),
    (
        "electrician here, got zapped by 600 volts about 20 min ago, small burn on my hand and foot, but my heart feels "
        "like it's fluttering and my arm is weak. Coworkers say I'm fine cause I'm talking.",
        "now", "severe_burn",
    ),
    (
        "Spilled drain cleaner on my legs and it's burning through my jeans, skin underneath is grey and slippery. "
        "I rinsed for a minute. Now what? 33M",
        "now", "severe_burn",
    ),
    # choking
    (
        "my baby (8 months) is choking on a piece of apple, she's not making any sound and turning blue, what do i do",
        "now", "choking",
    ),
    (
        "My grandpa is choking on steak at the table, can't speak, grabbing his throat, we tried patting his back. "
        "HELP",
        "now", "choking",
    ),
    (
        "Swallowed a chicken bone about 30 min ago, it's stuck, I can't swallow my own spit, drooling, and it hurts "
        "to breathe in. 45F. Will bread push it down?",
        "now", "choking",
    ),
    (
        "My 4 year old swallowed a button battery, like 10 minutes ago. She seems fine, no coughing. Do we just wait "
        "for it to come out?",
        "now", "choking",
    ),
    (
        "I'm home alone and something got stuck in my throat, I can barely breathe, making a high squeaky sound. "
        "Typing because I can't talk",
        "now", "choking",
    ),
    # testicular_torsion
    (
        "14M, woke up at 5am with really bad pain in my left ball, it's swollen and higher than the other one and I "
        "threw up. Embarrassed to tell my mom. Will it go away if I ice it?",
        "now", "testicular_torsion",
    ),
    (
        "My son is 11 and he's been crying for an hour about pain 'down there', he finally showed me and one side is "
        "red and swollen and he can't walk right. Started suddenly at soccer.",
        "now", "testicular_torsion",
    ),
    (
        "sudden severe pain in my right testicle 2 hrs ago while sitting at my desk, no injury, now the whole scrotum "
        "is swollen and I feel sick. 19. Probably a pulled muscle?",
        "now", "testicular_torsion",
    ),
    (
        "Hi, my teenager (16, boy) says his testicle hurts a lot and it's turned sideways, started after he woke up. "
        "He's vomiting. We have a doctor's appt next Tuesday - is that soon enough?",
        "now", "testicular_torsion",
    ),
    (
        "Baby boy 3 months, suddenly screaming and his scrotum on the left is swollen, dark red/purple and hard. "
        "It came on this evening. Diaper rash?",
        "now", "testicular_torsion",
    ),
    # ectopic_pregnancy
    (
        "Positive pregnancy test last week, about 6 weeks along. Now sharp stabbing pain on my left lower side, "
        "shoulder tip pain, and I almost fainted in the shower. A little spotting. Normal cramping?",
        "now", "ectopic_pregnancy",
    ),
    (
        "I'm 7 weeks pregnant, ultrasound not done yet. Sudden horrible one-sided pain, I'm dizzy and pale, my "
        "heart is racing. My husband wants to wait until my OB opens tomorrow.",
        "now", "ectopic_pregnancy",
    ),
    (
        "Had an IUD and just found out I'm pregnant. Now very bad pain in the right side and feeling faint when I "
        "stand, started an hour ago. Should I take Advil?",
        "now", "ectopic_pregnancy",
    ),
    (
        "missed period, test positive, now i'm on the bathroom floor with sharp pain low on one side, can't stand up, "
        "feel like i'm going to pass out. 22. roommate is here. is it a miscarriage?",
        "now", "ectopic_pregnancy",
    ),
    (
        "Previous ectopic 2 years ago. Pregnant again, 6 weeks. Tonight sudden severe pain on the right and my "
        "shoulder hurts when I lie down. Blood pressure feels low, very lightheaded.",
        "now", "ectopic_pregnancy",
    ),
    # severe_dehydration_child
    (
        "My 1 year old has had diarrhea and vomiting for 2 days, no wet diaper since yesterday morning, eyes are sunken, "
        "no tears when she cries, and she's very sleepy and limp. Pedialyte she throws up. What else can I try?",
        "now", "severe_dehydration_child",
    ),
    (
        "Son is 3, stomach bug, can't keep even sips of water down since last night, hasn't peed in 14 hours, lips "
        "cracked, really lethargic and his hands are cold. Wait until morning?",
        "now", "severe_dehydration_child",
    ),
    (
        "Baby 6 months, vomiting every feed, 8 watery poops today, soft spot on head is sunken and she's barely "
        "responding. We're on a farm 1 hour from town.",
        "now", "severe_dehydration_child",
    ),
    (
        "My daughter (5) has the flu, hasn't drunk anything in a day, she's breathing fast, skin stays tented when I "
        "pinch it, and she's confused, calling me by her sister's name.",
        "now", "severe_dehydration_child",
    ),
    (
        "Toddler with rotavirus, no pee for 12 hours, super drowsy and won't wake up properly to drink, mouth is dry "
        "and sticky. The nurse line is busy. Keep trying?",
        "now", "severe_dehydration_child",
    ),
    # chest_pain_other
    (
        "Sudden ripping chest pain going through to my back, started 20 min ago, worst pain of my life. I have high "
        "blood pressure. Is it a pulled muscle from the gym?",
        "now", "chest_pain_other",
    ),
    (
        "Tall skinny 20 year old guy, sudden sharp pain on the right side of my chest and I can't take a full breath, "
        "getting more short of breath over the last hour. Just stretch it out?",
        "now", "chest_pain_other",
    ),
    (
        "Used cocaine a couple hours ago and now chest pain, heart pounding 150, sweating. I don't want to get in "
        "trouble. Will it pass if I lie down?",
        "now", "chest_pain_other",
    ),
    (
        "Chest pain and I feel like I'm going to faint, my heart is going really fast, 190 on my watch, it's been "
        "30 min and not slowing. I'm 39 with a history of 'SVT'. The vagal thing didn't work.",
        "now", "chest_pain_other",
    ),
    (
        "My mother (71) has chest pain that got much worse in the last hour after vomiting a lot, now pain in her "
        "neck and crackling feeling under the skin of her neck. Heartburn medicine?",
        "now", "chest_pain_other",
    ),
    # vision_loss_sudden
    (
        "Lost vision in my right eye completely about 20 min ago, like a black curtain came down. No pain. 67M. "
        "Should I book the optometrist?",
        "now", "vision_loss_sudden",
    ),
    (
        "Seeing a shower of new floaters and flashes in my left eye since this morning and now a shadow is creeping "
        "in from the side. I'm very nearsighted. 52F. Wait for Monday?",
        "now", "vision_loss_sudden",
    ),
    (
        "My eye is super painful and red, vision is blurry with halos around the lights, and I'm throwing up. "
        "Started tonight in a dark movie theater. 61F. Eye drops?",
        "now", "vision_loss_sudden",
    ),
    (
        "Splashed oven cleaner in my eye a few minutes ago, it's burning and I can't see well out of it. I rinsed "
        "a bit. Should I put in Visine?",
        "now", "vision_loss_sudden",
    ),
    (
        "Grandma (81) just said half of everything went dark in both eyes, she can't see things on her left side. "
        "She had a headache at her temple for a week and jaw pain when chewing.",
        "now", "vision_loss_sudden",
    ),
    # blood_clot_PE
    (
        "Flew back from Manila yesterday (16 hours), my left calf is swollen and now I suddenly can't catch my breath "
        "and coughed up a little blood. Heart racing. 48F. Jet lag?",
        "now", "blood_clot_PE",
    ),
    (
        "2 weeks after my hip replacement, sudden sharp chest pain when I breathe in, short of breath and my heart is "
        "going 120. I'm 70. Is this from the walker?",
        "now", "blood_clot_PE",
    ),
    (
        "On birth control, 26, sudden short of breath climbing 5 stairs which I never have trouble with, pain in my "
        "side when I breathe, lightheaded. Started this afternoon. Panic attack?",
        "now", "blood_clot_PE",
    ),
    (
        "Postpartum 10 days, my leg got swollen and red yesterday and tonight I feel like I can't get enough air and I "
        "nearly fainted going to the bathroom. My mom says it's just new mom stress.",
        "now", "blood_clot_PE",
    ),
    (
        "Cancer patient, on chemo, last 2 hours very short of breath, chest pain on one side, oxygen on my finger "
        "thing says 86%. Should I use my inhaler?",
        "now", "blood_clot_PE",
    ),
    # cauda_equina
    (
        "Bad back for years but today since lunch I can't feel my privates or my bum when I wipe, and I couldn't pee "
        "even though I need to. Both legs weak. 45M. Book my chiro?",
        "now", "cauda_equina",
    ),
    (
        "Herniated disc known, now suddenly numbness between my legs like I'm sitting on a saddle, and I wet myself "
        "without noticing this morning. 38F. Physio appointment is Friday.",
        "now", "cauda_equina",
    ),
    (
        "Lifted a heavy box this morning, back pain shooting down both legs, now my feet feel floppy and I haven't been "
        "able to pee since. Numb around my bottom. Heat pad?",
        "now", "cauda_equina",
    ),
    (
        "Had back surgery 5 days ago and since last night I've lost control of my bowels, can't feel the toilet paper "
        "and my legs are getting weaker. Surgeon's office is closed for the weekend.",
        "now", "cauda_equina",
    ),
    (
        "My husband (55) has sciatica in both legs now instead of one, says his groin is numb and he can't tell "
        "when he needs to pee. Started today. He's stubborn, says it's his back acting up.",
        "now", "cauda_equina",
    ),
]
