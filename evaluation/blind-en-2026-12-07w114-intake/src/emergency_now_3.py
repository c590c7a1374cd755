# emergency items: real now-emergencies (part 3) -- written by hand, writer 114
from emergency_now_1 import N

ITEMS = [
    # choking
    N("my husband's choking on a bit of steak, can't talk or cough, going red then purple, hands on his throat. I've hit his back 3 times", "choking"),
    N("baby (9 mo) put a grape in her mouth and now she's silent and can't cry, just making a squeak, going blue", "choking"),
    N("Pop's choking on his dinner at the nursing home, he's coughing weakly and can't get a breath in, going grey. Staff are doing back blows. I'm typing this while they do it, what else should they do?", "choking"),
    N("mate swallowed a lolly the wrong way, now he's clutching his throat and can't make any sound, we've tried slapping his back. we're in the ute on the highway", "choking"),
    N("Son (4) swallowed a marble, was choking, then coughed a bit, now he's wheezing with each breath and drooling and can't swallow his spit.", "choking"),
    # testicular_torsion
    N("14 yo son woke up an hour ago with really bad pain in one of his balls, it's swollen and sitting higher than the other, he's vomited. He's embarrassed and wants to wait till morning.", "testicular_torsion"),
    N("bit embarrassing. sudden pain in my left nut came on 2 hours ago playing footy, not a knock, it's swollen and I feel sick as. 17. Ice pack and panadol?", "testicular_torsion"),
    N("Mate (19) is curled up on the floor at the camp holding his crotch, says his testicle suddenly started killing him about an hour ago, been spewing. No knock. He reckons it'll settle.", "testicular_torsion"),
    N("My 12 year old is crying with pain in his groin and testicle since he woke up at 5am, it's red and swollen on one side and he's vomited twice. Could it be a strain from soccer yesterday?", "testicular_torsion"),
    N("Severe pain in right testicle came on suddenly 90 min ago while I was sleeping. It's pulled up and very tender, belly sore too. 22M. It's 3am, should I wait for the GP to open?", "testicular_torsion"),
    # ectopic_pregnancy
    N("Positive pregnancy test last week, about 7 weeks. Now sharp pain low on the left side that's getting worse, a bit of spotting, and pain in the tip of my shoulder. Feel faint when I stand up.", "ectopic_pregnancy"),
    N("Partner's period was 6 weeks late, test positive yesterday. This arvo she's doubled over with right sided pain, pale and sweaty and just fainted in the bathroom.", "ectopic_pregnancy"),
    N("IVF, 6 weeks, the scan last week couldn't find the pregnancy in the uterus. Now sudden severe one sided pain and my heart is racing. At home alone.", "ectopic_pregnancy"),
    N("Had a tubal ligation years ago so didn't think I could be pregnant but test is positive and now stabbing pain on one side, shoulder pain, feel dizzy and sick. 38.", "ectopic_pregnancy"),
    N("wife is about 8 weeks pregnant, we're at the campsite, she's got severe cramping on one side and blood spotting, and now she's going grey and clammy. The nearest town is an hour away. Do we drive or wait?", "ectopic_pregnancy"),
    # severe_dehydration_child
    N("2yo with gastro since yesterday, vomits everything even sips, no wet nappy for 12 hours, eyes look sunken, really floppy and hard to wake.", "severe_dehydration_child"),
    N("Baby (5 months) has had watery poos 10 times today and keeps vomiting the bottle, the soft spot on her head looks sunken and she's crying with no tears. Lips dry.", "severe_dehydration_child"),
    N("4 year old boy, diarrhoea and vomiting 2 days, now won't drink at all, hasn't weed since this morning, hands cold, breathing fast and just lying there.", "severe_dehydration_child"),
    N("We're camping out past Coober Pedy, it's 45 degrees, our 6 yo has been spewing all day, stopped weeing, she's drowsy and her skin stays tented when I pinch it. We've got a sat phone.", "severe_dehydration_child"),
    N("My 18 month old won't stop vomiting, can't keep Hydralyte down, very sleepy, nappy dry since last night, mouth dry and sticky. Wait till morning GP?", "severe_dehydration_child"),
    # chest_pain_other
    N("Sharp tearing pain in my chest right through to between my shoulder blades, came on suddenly 15 min ago while lifting. 60M, high BP. Left arm feels cold. Probably a pulled muscle?", "chest_pain_other"),
    N("Tall skinny 19yo, sudden sharp pain in the right side of my chest while sitting in class, now short of breath and it hurts to breathe in. Happened 30 min ago.", "chest_pain_other"),
    N("got hit in the chest by the steering wheel when the ute rolled, now chest pain is getting worse and I'm struggling to breathe, one side not moving right. Mates pulled me out.", "chest_pain_other"),
    N("Bloke, 29, took a couple of lines of coke at the party, now my chest is really tight, heart's pounding at like 160 and I'm sweating. Been going 20 min. Will it wear off?", "chest_pain_other"),
    N("Chest pain and my heart is going really fast and irregular, I nearly blacked out just now, been going half an hour. 47. Just stress from work?", "chest_pain_other"),
    # vision_loss_sudden
    N("Lost the sight in my right eye completely about 20 min ago, just went black, like a blind came down. No pain. 67. Will it come back if I rest it?", "vision_loss_sudden"),
    N("seeing heaps of new floaters and flashes in my left eye since this morning and now there's a dark curtain coming across from the top. 55.", "vision_loss_sudden"),
    N("Woke up and my right eye is blurry and red and it's extremely painful, halos around lights, bad headache, spewing. 70F. Just take Panadol?", "vision_loss_sudden"),
    N("welding without my mask, something flew into my eye at high speed, now I can't see out of it, it's bleeding inside the eye I think. 30 min ago.", "vision_loss_sudden"),
    N("Husband, 74, suddenly can't see out of his left eye since breakfast, he's had jaw pain when chewing and a headache on that side for a couple of weeks.", "vision_loss_sudden"),
    # blood_clot_PE
    N("Flew back from Perth yesterday (5 hrs). Calf's been sore and swollen, and now suddenly I'm short of breath, sharp pain when I breathe in, and coughed a bit of blood. 52M.", "blood_clot_PE"),
    N("10 days after my knee op, leg's swollen and hot and now I've suddenly got chest pain and I'm really breathless just sitting here, heart racing. Surgeon's rooms closed.", "blood_clot_PE"),
    N("On the pill, 26F, long drive from Broome to Perth. Now sudden breathlessness, chest pain when breathing and I nearly fainted at the servo.", "blood_clot_PE"),
    N("Got a cast on my leg for a broken ankle 2 weeks ago, sitting round heaps. Just now got really short of breath out of nowhere, sharp pain in my side, feel faint. Probably just anxiety?", "blood_clot_PE"),
    N("Cancer patient, 64, on chemo. Left leg swelled up yesterday, now struggling for breath, lips look blue, heart pounding. At home.", "blood_clot_PE"),
    # cauda_equina
    N("Back's been crook for a week from lifting, but today I can't feel my bum or my bits when I wipe, and I haven't been able to wee since this morning. Legs are weak too. Just a bad back flare?", "cauda_equina"),
    N("Disc bulge at L5 known. Since last night numb around the saddle area, wet myself without knowing, both legs tingly and weak. 44.", "cauda_equina"),
    N("Severe back pain after moving the fridge, now both legs are going numb and floppy and I can't control my bowels. 38M, plumber.", "cauda_equina"),
    N("Bit of sciatica for a month, managed with Nurofen. Today it's both legs, numbness between my legs, and I've had to strain hard to pee, only dribbles. Probably fine to wait for the physio on Thursday?", "cauda_equina"),
    N("Husband's had back pain for days, now says he can't feel the toilet seat when he sits and his legs gave out on the stairs. He still wants to go to work.", "cauda_equina"),
]
