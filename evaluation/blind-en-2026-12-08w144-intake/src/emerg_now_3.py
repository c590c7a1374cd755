# Emergencies (kind now), part 3 (written by hand, writer 144). (text, family)
ITEMS = [
    # choking
    ("My dad is choking on a bit of steak, he can't cough or speak, he's clutching his throat and going red. I've slapped his back a few times. Help", "choking"),
    ("Baby (8 months) was eating a grape and now she's silent, face going blue, not crying. I've turned her over and patted her back. Nothing's come out.", "choking"),
    ("My mum has dementia and something's gone down the wrong way at lunch, she's making a high squeaky noise trying to breathe and can't get any words out. It's been a couple of minutes.", "choking"),
    ("i think my little boy swallowed a marble, he was coughing and now he's drooling and making a wheezy sound with every breath and looks scared. he's 3", "choking"),
    ("Sorry, quick, my husband's got a fishbone or something stuck, he can barely breathe, he's gone purple round the lips and the back blows aren't working. What else can I try?", "choking"),
    # testicular_torsion
    ("My son is 14 and woke up an hour ago with really bad pain in one of his testicles, it's swollen and higher up than the other one, and he's been sick. Can he have ibuprofen and see the GP Monday?", "testicular_torsion"),
    ("Sudden agony in my left ball about 2 hours ago, came from nowhere while I was playing FIFA. It's swollen and I've thrown up. I'm 17. Embarrassed to tell my mum.", "testicular_torsion"),
    ("12 year old complaining of pain in his lower tummy and groin since he woke, now he admits it's his testicle and it's red and swollen. He's pale and been sick.", "testicular_torsion"),
    ("hi im 22 m, really severe pain in my right testicle started suddenly 40 mins ago, it feels like it's twisted and its sitting sideways. could it be an STI? can I get tested tomorrow", "testicular_torsion"),
    ("My little lad's 8 and crying with pain in his willy area, when I looked one side of his scrotum is swollen and very tender and he can't walk properly. Started after tea.", "testicular_torsion"),
    # ectopic_pregnancy
    ("I'm about 7 weeks pregnant, positive test last week. Since this afternoon I've had sharp pain low down on the left and a bit of brown bleeding, and now I've got a weird pain in the tip of my shoulder and feel dizzy when I stand.", "ectopic_pregnancy"),
    ("Haven't had a period for 6 weeks, did a test, it's positive. Now I've got terrible one sided pain and I fainted in the bathroom just now. I had chlamydia a few years ago.", "ectopic_pregnancy"),
    ("Hello, I'm having a miscarriage I think, 8 weeks, but the pain is only on the right side and it's got much worse in the last hour, I'm really pale and sweaty and my heart is pounding.", "ectopic_pregnancy"),
    ("my girlfriend is pregnant (early, maybe 6 weeks), she's doubled over with pain on one side, she's gone grey and keeps saying she needs to poo but can't. should i get her paracetamol", "ectopic_pregnancy"),
    ("I had IVF transfer 5 weeks ago and tested positive. Now sudden sharp pain in my lower tummy on the right, light spotting, and I nearly passed out on the stairs. Clinic is closed till Monday.", "ectopic_pregnancy"),
    # severe_dehydration_child
    ("My 1 year old has had sickness and diarrhoea for 2 days, hasn't had a wet nappy since yesterday evening, and is really floppy and sleepy. His eyes look sunken. He won't drink the Dioralyte.", "severe_dehydration_child"),
    ("Daughter is 4, vomiting everything for 24 hours, even sips of water, she's very pale, lips dry and cracked, and hard to wake up. She's not cried tears all day.", "severe_dehydration_child"),
    ("Baby 5 months has had diarrhoea all day and being sick after every feed, the soft spot on her head looks sunken and she's not really responding to me. Only one dry nappy today.", "severe_dehydration_child"),
    ("My son is 2, gastro bug, he's had nothing to drink for about 12 hours, he's breathing fast, his hands are cold and he's gone very quiet and drowsy. Is it just tiredness?", "severe_dehydration_child"),
    ("toddler been throwing up since last night, now she wont wake up properly, her skin stays pinched when i pinch it and no wee for 14 hours. we were told to keep pushing fluids but she wont", "severe_dehydration_child"),
    # chest_pain_other
    ("Sudden tearing pain in my chest going straight through to my back between the shoulder blades, started 15 min ago while lifting a heavy box. I have high blood pressure. I feel faint.", "chest_pain_other"),
    ("I'm 26 and took some cocaine at a party an hour ago. Now I've got crushing chest pain and my heart's pounding and I'm sweating buckets. Do I need to go in or will it pass?", "chest_pain_other"),
    ("Hit the steering wheel hard in a car crash about half an hour ago, the airbag didn't go off. Chest pain is getting worse, hurts to breathe in, and I feel light-headed. Paramedics didn't come because I said I was fine.", "chest_pain_other"),
    ("I've had a viral thing and now sharp chest pain for an hour, worse lying down, and my heart keeps skipping and racing. I just nearly blacked out standing up. 31, male.", "chest_pain_other"),
    ("my husband (Marfan syndrome) just said he has the worst chest pain of his life, ripping feeling into his back, and his left arm feels cold and numb. he's lying on the sofa.", "chest_pain_other"),
    # vision_loss_sudden
    ("I've suddenly lost the sight in my right eye, like a black curtain came down over it, about 20 minutes ago. No pain. Do I ring the optician in the morning?", "vision_loss_sudden"),
    ("My vision in my left eye has gone completely blurry and dark in the last hour and the eye is red and agony, I've got a headache and I've been sick. I'm 68.", "vision_loss_sudden"),
    ("I'm 74, I've had a headache at the temples and pain chewing for a couple of weeks, and just now I've lost the vision in one eye. Is it my glasses?", "vision_loss_sudden"),
    ("Woke up this morning and can't see out of the bottom half of my left eye at all, it's like a shadow. Got loads of new floaters and flashes last night. I'm very short sighted.", "vision_loss_sudden"),
    ("Got splashed in the face with bleach while cleaning, now I can't really see out of that eye, it's all white and hazy. Happened just now. Is an eye bath OK?", "vision_loss_sudden"),
    # blood_clot_PE
    ("I flew back from Australia 2 days ago and now I've suddenly got sharp pain in the side of my chest when I breathe in, I'm really out of breath and I coughed up a bit of blood. My calf has been achy too.", "blood_clot_PE"),
    ("I'm on the pill and had my leg in plaster for 4 weeks. Just now I came over all breathless climbing the stairs, heart racing at 130, and my chest hurts when I breathe in. Probably unfit?", "blood_clot_PE"),
    ("My wife had a baby a week ago and now she's suddenly short of breath sitting down, says her chest is tight and sharp, she's very pale and anxious. She had a swollen leg yesterday.", "blood_clot_PE"),
    ("I've got cancer and I'm on chemo. The last hour I've been gasping even at rest, sharp pain in my chest and I feel like I'm going to pass out. My oncology nurse is off today.", "blood_clot_PE"),
    ("had a knee op a week ago, calf went swollen and red yesterday, now i'm suddenly really breathless and coughing, pink stuff in my tissue. bit scared", "blood_clot_PE"),
    # cauda_equina
    ("My back's been bad for a week but today I noticed I can't feel the toilet paper when I wipe, it's all numb down there, and I haven't been able to wee since this morning. Is it just the pain killers?", "cauda_equina"),
    ("Slipped disc diagnosed last month. Since last night both legs are weak and tingling and I've wet myself without realising. Area between my legs feels numb. GP appointment is in 10 days.", "cauda_equina"),
    ("Hi, my husband has sciatica, but today he's lost control of his bowels and says his bottom and inner thighs feel numb like he's sitting on a saddle. He's mortified. Can this wait till Monday?", "cauda_equina"),
    ("Back pain down both legs now, used to be one side. I can't get a wee out although I feel full, and my private parts feel numb. Started this afternoon. I'm 45.", "cauda_equina"),
    ("Sorry for the TMI. Bad back since lifting at work, today I noticed numbness around my back passage and I can't tell when I need to wee. Both feet are going floppy too.", "cauda_equina"),
]
