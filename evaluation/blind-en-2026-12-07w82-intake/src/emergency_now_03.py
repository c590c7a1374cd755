from _helpers import E

ITEMS = [
    # choking
    E("Resident choking on a piece of meat at dinner, back blows not working, she can't cough or speak and she's going blue", "choking"),
    E("my 10 month old put something in his mouth and now he's silent, can't cry, face going red then purple. HELP", "choking"),
    E("Lunchtime at school, a Year 2 boy is choking on a grape, he's clutching his throat and can't breathe, we've done 5 back blows", "choking"),
    E("my dad's choking on a boiled sweet, he's coughing but it's getting weaker and he's going grey, he's 80", "choking"),
    E("Carer. My client with dementia stuffed a whole sandwich in her mouth and now she's gasping and making a high squeaky noise and can't get air in", "choking"),
    # testicular_torsion
    E("my son is 13 and woke up with really bad pain in his left testicle, it's swollen and sitting higher than the other one, he's been sick. started 1 hour ago", "testicular_torsion"),
    E("I'm 16 and got sudden agony in my ball during PE, it's getting worse not better and it's twisted up. feel like puking. is this normal after a knock?", "testicular_torsion"),
    E("Boarding school house parent. One of the boys (15) came to me in tears with severe pain in his scrotum that came on suddenly 40 minutes ago, no injury", "testicular_torsion"),
    E("my 20 year old just rang me, sudden awful pain in one testicle and lower belly, vomiting, he's too embarrassed to go to hospital", "testicular_torsion"),
    E("Dad here. My 9 year old is screaming that his privates hurt, one side is red and swollen, it came on while he was watching TV. no fall", "testicular_torsion"),
    # ectopic_pregnancy
    E("I'm about 6 weeks pregnant and I've got sharp stabbing pain on my left side low down and my shoulder tip hurts, now I feel faint when I stand", "ectopic_pregnancy"),
    E("My partner did a positive test last week and now she's on the floor with one sided pain and some brown bleeding, she's gone really pale and sweaty", "ectopic_pregnancy"),
    E("Period is 2 weeks late, test was faintly positive, and now I have terrible pain in my right lower tummy and I nearly passed out on the toilet", "ectopic_pregnancy"),
    E("I had an ectopic before and I'm pregnant again, 7 weeks, and the same pain has started on the right, worse than period pain, with spotting and I feel dizzy", "ectopic_pregnancy"),
    E("Teacher. A sixth former has confided she might be pregnant, and she's now in the medical room with awful pain low on one side, she's very pale and her pulse is racing", "ectopic_pregnancy"),
    # severe_dehydration_child
    E("My 14 month old has had diarrhoea and vomiting for 2 days, no wet nappy since last night, eyes are sunken and she's very floppy and won't wake properly", "severe_dehydration_child"),
    E("Childminder. A 2 year old I look after has been sick 10 times since this morning, won't drink, lips cracked and dry, crying without tears and now he's limp", "severe_dehydration_child"),
    E("my baby's soft spot on his head looks sunken and he's had runny poo all day, hasn't wet a nappy in 12 hours and is really drowsy. 7 months old", "severe_dehydration_child"),
    E("Son (4) has gastro and is throwing up every sip, hands and feet are cold, he's breathing fast and hasn't weed since yesterday, he's just lying there", "severe_dehydration_child"),
    E("Nursery: one of our toddlers has had watery diarrhoea 8 times today, now grey and sleepy, skin stays pinched up when I touch her tummy. Mum can't be reached", "severe_dehydration_child"),
    # chest_pain_other
    E("I'm 27, tall and thin, and suddenly got a sharp pain in the right side of my chest and I'm short of breath, it hurts more when I breathe in. came on while sitting at my desk", "chest_pain_other"),
    E("my husband has a tearing pain in his chest that's going through to his back, it came on suddenly, he has high blood pressure. he says it's the worst pain ever", "chest_pain_other"),
    E("Resident has chest pain and she's just vomited blood, about a cupful, dark red. She's on aspirin and naproxen", "chest_pain_other"),
    E("I took a load of coke last night and now I've got chest pain that won't go away and my heart is pounding. I'm 25", "chest_pain_other"),
    E("Coach. One of the players (17) got hit in the chest with a cricket ball, he dropped to the ground, now says chest hurts and his heart feels like it's skipping. he's pale", "chest_pain_other"),
    # vision_loss_sudden
    E("I suddenly lost vision in my left eye about 20 minutes ago, it's like a curtain came down. No pain. I'm 67", "vision_loss_sudden"),
    E("My eye is really painful and red, the vision is blurred with halos around lights, and I've been sick. Came on this evening. I'm 72", "vision_loss_sudden"),
    E("Resident says she can't see out of her right eye at all as of this morning, she's also had a headache and jaw pain when eating for the past few days. she's 80", "vision_loss_sudden"),
    E("Loads of new floaters and flashes in my right eye in the last hour and now there's a dark shadow creeping across from the side. I'm short sighted", "vision_loss_sudden"),
    E("Pupil got hit in the eye by a squash ball, now he says he can't see out of it and there's blood in the front of the eye", "vision_loss_sudden"),
    # blood_clot_PE
    E("Nurse on a ward, a post-op patient (day 3 after knee replacement) suddenly got breathless, sats 86%, heart rate 125 and sharp chest pain when he breathes in", "blood_clot_PE"),
    E("I flew back from Australia yesterday and my calf has been swollen and now I suddenly can't catch my breath and I coughed up some blood", "blood_clot_PE"),
    E("my mum is on the pill and just had a plaster cast off her leg, she's just got really short of breath and her chest hurts on one side, her heart is racing", "blood_clot_PE"),
    E("I'm 2 weeks post c-section and I've just gone really breathless going up the stairs and have a pain in my chest when I breathe, and I feel faint", "blood_clot_PE"),
    E("Care home. Resident, bedbound for a fortnight after a chest infection, has suddenly become very breathless, anxious, sats 84%, and his right leg is swollen and red", "blood_clot_PE"),
    # cauda_equina
    E("I've had back pain for a week but today I've got numbness around my bum and between my legs and I couldn't feel myself wee. Both legs feel weak", "cauda_equina"),
    E("My husband has a slipped disc and this morning he wet himself without knowing and says his bottom feels numb like after the dentist. He can hardly walk", "cauda_equina"),
    E("Nurse at a home. A resident with known spinal mets now can't feel her saddle area and hasn't passed urine in 12 hours, bladder feels full. New weakness in both legs since last night", "cauda_equina"),
    E("bad back since lifting at work, now I can't feel toilet paper when I wipe and I've lost control of my bowels once today. both legs tingling", "cauda_equina"),
    E("Coach here. One of my lifters (34) hurt his back deadlifting yesterday and tonight he says he can't pee and his groin and inner thighs are numb", "cauda_equina"),
]
