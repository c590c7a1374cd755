# emergency items, kind "now". batch C
ITEMS = [
    # choking
    {"family": "choking", "text": "my dad is choking on a piece of steak, he can't talk or cough, he's grabbing his throat and turning red. I've hit his back a few times. HELP"},
    {"family": "choking", "text": "baby (10 months) put a grape in her mouth and now she's making no sound and her lips are going blue, i'm holding her face down"},
    {"family": "choking", "text": "Swallowed a fish bone an hour ago and now I can't swallow my own spit, drooling, and it hurts to breathe in. 50M."},
    {"family": "choking", "text": "My 4 y/o swallowed a button battery from the remote maybe 15 min ago, he's coughing and says his chest hurts. Do I wait for it to pass?"},
    {"family": "choking", "text": "Grandma choked on a biscuit and we got it out with the heimlich but now she's still coughing hard, wheezing and her colour is poor. She's 90."},

    # testicular_torsion
    {"family": "testicular_torsion", "text": "woke up at 4am with the worst pain in my left ball, its swollen and sitting higher than the other one, I threw up. 15. Im too embarrassed to wake my mum"},
    {"family": "testicular_torsion", "text": "My son (12) came in from football saying his testicle really hurts, sudden, he's pale and vomiting and it's been 2 hours. He doesn't want me to look."},
    {"family": "testicular_torsion", "text": "sudden severe pain in right testicle started 1 hour ago while sleeping, goes into my lower belly, nausea. 19M. no injury. ice?"},
    {"family": "testicular_torsion", "text": "22 y/o. Testicle pain that came on out of nowhere 45 minutes ago, it's twisted-feeling and the scrotum is going red and swollen. Had something like this a year ago that went away on its own. Should I wait again?"},

    # ectopic_pregnancy
    {"family": "ectopic_pregnancy", "text": "positive test 2 weeks ago, about 7 weeks now. sharp stabbing pain low on the right side that's getting worse, some brown spotting, and my shoulder tip hurts. just nearly fainted in the shower"},
    {"family": "ectopic_pregnancy", "text": "I'm 6 weeks pregnant (IVF), had a scan last week that 'couldn't find the sac yet'. Tonight severe one-sided pelvic pain, dizzy, heart racing, pale. Husband thinks it's gas."},
    {"family": "ectopic_pregnancy", "text": "my girlfriend is pregnant, maybe 8 weeks, and she just collapsed in the kitchen holding her lower left belly, says the pain is 10/10. she's awake now but very pale and sweaty"},
    {"family": "ectopic_pregnancy", "text": "Missed period, positive test this morning. Sudden sharp pain on my left lower side an hour ago, now it hurts all over my tummy and I feel like I need to poo constantly. Lightheaded. 27. I've had an ectopic before."},
    {"family": "ectopic_pregnancy", "text": "had a coil and got a positive test yesterday. today cramping on one side and spotting and the pain is so bad i'm on the floor and cant stand up straight"},

    # severe_dehydration_child
    {"family": "severe_dehydration_child", "text": "My 11 month old has had vomiting and watery diarrhea for 2 days. No wet nappy since yesterday evening, she's sleepy and hard to wake, her eyes look sunken and she cries with no tears."},
    {"family": "severe_dehydration_child", "text": "son is 3, gastro since Saturday, cant keep even sips of water down, hasn't peed in 14 hours, lips cracked and he's really floppy and grey now."},
    {"family": "severe_dehydration_child", "text": "baby 4 months throwing up every feed for a day, soft spot on his head is sunken, hands cold, very few wet diapers and just lying there not crying much."},
    {"family": "severe_dehydration_child", "text": "Our 6 year old has had cholera-like diarrhoea (rice water) 15 times today since we got back from the trip, now she's confused and her skin stays pinched up when I pinch it."},
    {"family": "severe_dehydration_child", "text": "toddler 20 months, diarrhoea for 3 days, refusing all fluids since this morning, no wee at all today, breathing fast and very drowsy. we're in a holiday cottage"},

    # chest_pain_other
    {"family": "chest_pain_other", "text": "Sudden sharp pain in my chest and I can't breathe in fully, right side, happened when I was sitting. I'm tall and skinny, 20M, smoker. Lips fine. Getting more breathless."},
    {"family": "chest_pain_other", "text": "ripping pain in my chest that went straight through to my back between the shoulder blades, came on suddenly 15 min ago. 66 and high blood pressure. Feel faint."},
    {"family": "chest_pain_other", "text": "Chest pain after snorting coke at a party an hour ago, heart racing, pain won't go away, I'm sweating. 24. Please don't judge."},
    {"family": "chest_pain_other", "text": "Got hit in the chest by a cricket ball 20 min ago, now I'm short of breath and one side of my chest isn't moving as much and it hurts like crazy to breathe."},
    {"family": "chest_pain_other", "text": "My daughter (16) has chest pain and her heart rate is 190 on her watch, it's been like that 30 minutes, she's dizzy and says her chest is pounding."},

    # vision_loss_sudden
    {"family": "vision_loss_sudden", "text": "Lost all the vision in my right eye about 20 min ago, like a curtain came down. No pain. 67M."},
    {"family": "vision_loss_sudden", "text": "Lots of new floaters and flashes in my left eye this evening and now there's a dark shadow creeping in from the side. I'm very short-sighted. 52."},
    {"family": "vision_loss_sudden", "text": "My eye is really painful and red and vision went blurry with halos around lights in the last hour, I've got a headache and threw up. 63F."},
    {"family": "vision_loss_sudden", "text": "Splashed oven cleaner in my eye 5 minutes ago, rinsed a little, it's burning and I can't see out of it properly"},
    {"family": "vision_loss_sudden", "text": "suddenly seeing double and half of everything is missing on the left side in both eyes, just started. 58, on BP tablets"},

    # blood_clot_PE
    {"family": "blood_clot_PE", "text": "I had knee surgery 10 days ago and just now got sudden pain in my chest when I breathe in and I'm really breathless, heart racing, and coughed a bit of blood. 45F."},
    {"family": "blood_clot_PE", "text": "Flew back from Australia 2 days ago, my calf has been swollen and tonight I'm suddenly gasping for breath, sharp chest pain, lightheaded. I'm on the pill. 33"},
    {"family": "blood_clot_PE", "text": "2 weeks postpartum, suddenly can't catch my breath walking to the bathroom, chest hurts, oxygen on the finger thing 88%. Is this anxiety?"},
    {"family": "blood_clot_PE", "text": "My mum has cancer and is on chemo, just now she's breathing really fast and says her chest is tight, heart 125, and her left leg is swollen and red since yesterday."},
    {"family": "blood_clot_PE", "text": "my leg was in a cast for 5 weeks, got it off yesterday. now sudden breathlessness, cant walk up the stairs, chest pain on the right side when i breathe. 29M"},

    # cauda_equina
    {"family": "cauda_equina", "text": "Bad back for a week but today I can't feel anything around my bum and between my legs when I wipe, and I haven't been able to pee since this morning. Both legs weak. 42."},
    {"family": "cauda_equina", "text": "Sciatica down both legs now (was just the left), I wet myself this afternoon without realising and my saddle area feels numb. 37F. GP appt is next Thursday."},
    {"family": "cauda_equina", "text": "After lifting a sofa 2 days ago, back pain, and today I noticed I can't tell if I need to poo and my privates feel numb. Legs feel heavy. 50M. Is it just a slipped disc?"},
    {"family": "cauda_equina", "text": "I had a disc prolapse diagnosed last month. Since this morning numbness in both inner thighs and around my back passage, and I can't start my wee. Weekend so no physio."},
    {"family": "cauda_equina", "text": "my husband (55) has had back pain for days and now he can't pee at all and says his groin and bottom are numb, his feet are dragging"},
]
