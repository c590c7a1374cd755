# Emergencies (kind now), part 3. Written by hand, writer 141.
# (text, family)

ITEMS = [
    # choking
    (
        "my dad's choking on a piece of steak he can't talk or cough he's going red and grabbing his throat I've hit his back a few times",
        "choking",
    ),
    (
        "My toddler put a grape in her mouth and now she's making a squeaking noise and can't cry properly. Her lips are going a bit blue. What should I do?",
        "choking",
    ),
    (
        "hi my baby is eight months and she was playing with a small toy and now she's gagging and can't breathe properly there's no sound coming out",
        "choking",
    ),
    (
        "an old lady at the care home is choking on her sandwich and the back slaps aren't working she's going quiet now",
        "choking",
    ),
    (
        "Typing with one hand. My husband has a fish bone stuck and now he can't swallow his own spit and he's struggling to breathe, it's been ten minutes and it's getting worse.",
        "choking",
    ),
    # testicular_torsion
    (
        "my son is fourteen and he woke up an hour ago with really bad pain in one of his testicles and now he's being sick he's too embarrassed to let me look can I give him ibuprofen and see if it settles by morning",
        "testicular_torsion",
    ),
    (
        "I'm 17, sudden pain in my left ball started 30 mins ago playing football, it's swollen and sitting higher than the other one. I feel sick. Will it go away on its own?",
        "testicular_torsion",
    ),
    (
        "hey so I'm 22 and I just got this really sharp pain in my right nut out of nowhere while I was sitting at my desk it's been about 2 hours and it's getting worse and the pain goes into my stomach",
        "testicular_torsion",
    ),
    (
        "my little boy is nine and he's crying saying his private parts hurt one side is red and swollen it started after tea about an hour ago he hasn't had a fall or anything",
        "testicular_torsion",
    ),
    (
        "Woke at 3am with severe testicle pain on one side, vomiting now. I'm 19. Should I book a GP appointment for Monday?",
        "testicular_torsion",
    ),
    # ectopic_pregnancy
    (
        "I'm about six weeks pregnant by my dates and I've got a sharp stabbing pain low on my left side and some brown spotting and now my shoulder tip hurts really weird and I feel faint",
        "ectopic_pregnancy",
    ),
    (
        "Positive test last week, 7 weeks. Sudden severe pain on my right side about an hour ago, I nearly passed out on the toilet. My heart's racing. Partner wants me to rest and see the GP tomorrow.",
        "ectopic_pregnancy",
    ),
    (
        "hi I had the coil but I've just done a test and it's positive and I've had a lot of pain on one side since this afternoon and bleeding and I'm so dizzy I had to lie on the floor",
        "ectopic_pregnancy",
    ),
    (
        "my girlfriend is pregnant about five or six weeks and she's gone really pale and clammy with bad pain low in her tummy on the left she says it feels like she needs to poo all the time",
        "ectopic_pregnancy",
    ),
    (
        "I'm 8 weeks, they couldn't see the baby in the womb at my early scan yesterday and said to come back in a week. Now I have sudden sharp one-sided pain and I feel like I'm going to faint.",
        "ectopic_pregnancy",
    ),
    # severe_dehydration_child
    (
        "my son is eighteen months and he's had diarrhoea and vomiting for two days he hasn't had a wet nappy since last night his eyes look sunken and he's really floppy and not interested in anything",
        "severe_dehydration_child",
    ),
    (
        "My 3 year old has been vomiting everything, even sips of water, since yesterday. Her lips are cracked and dry, no tears when she cries, and she's very sleepy and hard to wake. Should I keep trying the rehydration sachets?",
        "severe_dehydration_child",
    ),
    (
        "baby is five months and she's had runny poos like water every hour today and now her soft spot is sunken in and she's not crying with tears and her hands and feet are cold",
        "severe_dehydration_child",
    ),
    (
        "my daughter is six and she's had a stomach bug since Friday she hasn't peed at all since this morning and she's breathing fast and she's really pale and weak she can't stand up on her own",
        "severe_dehydration_child",
    ),
    (
        "We're on holiday in Queensland and my 2 year old has been sick and had diarrhoea all day in the heat. He's limp, his mouth is dry and sticky and he hasn't had a wet nappy in 10 hours.",
        "severe_dehydration_child",
    ),
    # chest_pain_other
    (
        "I'm 55 with high blood pressure and I've just had a sudden tearing pain in my chest going straight through to between my shoulder blades, worst pain I've ever had. It started ten minutes ago.",
        "chest_pain_other",
    ),
    (
        "my son is twenty and he's tall and skinny and he suddenly got a sharp pain on one side of his chest while watching telly and he's short of breath and it hurts more when he breathes in",
        "chest_pain_other",
    ),
    (
        "ok so I took some coke at a party an hour ago and now my chest is really tight and painful and my heart is going crazy and my left arm tingles I'm 26 please don't tell anyone",
        "chest_pain_other",
    ),
    (
        "I was vomiting really hard after a big night out and now I have severe pain in my chest and upper back and it hurts to swallow and I feel a crackly feeling under the skin in my neck",
        "chest_pain_other",
    ),
    (
        "my wife was in a car crash about an hour ago, the airbag went off and she hit the steering wheel, she says her chest really hurts now and she's getting breathless and dizzy, she said she was fine at the scene",
        "chest_pain_other",
    ),
    # vision_loss_sudden
    (
        "about twenty minutes ago it was like a black curtain came down over my right eye and now I can't see anything out of the bottom half of it I'm sixty",
        "vision_loss_sudden",
    ),
    (
        "I'm 72. I just suddenly lost the sight in my left eye completely while reading the paper. No pain. My temples have been sore for a couple of weeks and my jaw aches when I chew.",
        "vision_loss_sudden",
    ),
    (
        "my husband just said he can't see out of one eye it went dark suddenly about half an hour ago it's come back a little bit but it's still blurry is it an eye infection",
        "vision_loss_sudden",
    ),
    (
        "Sudden shower of floaters in my right eye tonight and flashing lights at the edge, and now there's a grey shadow creeping in from the side. I'm very short-sighted. Can I see my optician next week?",
        "vision_loss_sudden",
    ),
    (
        "my eye suddenly got really painful red and the vision went misty and I can see halos round the lights and now I'm throwing up I'm sixty six and long sighted",
        "vision_loss_sudden",
    ),
    # blood_clot_PE
    (
        "I flew back from Australia two days ago and my left calf has been sore and swollen and now I've suddenly gone really short of breath and it hurts to take a deep breath",
        "blood_clot_PE",
    ),
    (
        "had my knee replaced ten days ago I'm sixty three and this morning I suddenly can't get my breath and I coughed up a bit of blood and my heart's racing",
        "blood_clot_PE",
    ),
    (
        "I'm on the combined pill, 28, and in the last hour I've become breathless just sitting here with a stabbing pain on the right side of my chest when I breathe in. My leg's been achy since the weekend.",
        "blood_clot_PE",
    ),
    (
        "I had a baby three weeks ago and I've just suddenly come over really breathless and faint, my chest hurts when I breathe and my pulse is over 120, I'm not sure if it's anxiety",
        "blood_clot_PE",
    ),
    (
        "my mum has cancer and she's on chemo and today she's suddenly struggling to breathe and she says she feels like something awful is going to happen her lips look a bit grey",
        "blood_clot_PE",
    ),
    # cauda_equina
    (
        "I've had back pain for a week but since this morning I can't feel anything when I wipe after the toilet, it's numb down there and in my inner thighs, and I haven't been able to pee since breakfast",
        "cauda_equina",
    ),
    (
        "I'm 45 with a slipped disc and today both my legs have gone weak and tingly and I wet myself without realising. I've got a physio appointment on Thursday, should I mention it then?",
        "cauda_equina",
    ),
    (
        "my husband hurt his back lifting a wardrobe this morning and now he says his bottom and his private parts feel numb and he can't feel himself peeing properly and his legs are weak",
        "cauda_equina",
    ),
    (
        "severe back pain since yesterday going down both legs and now I've noticed I can't control my bowels I had an accident and didn't feel it coming I'm fifty",
        "cauda_equina",
    ),
    (
        "Back pain has been bad for days and now there's a numb patch in the saddle area and my bladder feels full but nothing comes out. It's Saturday night. Can this wait for my GP on Monday?",
        "cauda_equina",
    ),
]
