# emergency items: real now-emergencies, part 3 (written by hand, writer 113)


def N(text, family):
    return {"text": text, "emergency": True, "kind": "now", "family": family}


ITEMS = [
    # choking
    N("MY WIFE IS CHOKING ON A PIECE OF MEAT SHE CANT SPEAK OR COUGH SHE IS GOING BLUE I AM 84 AND CANT DO THE SQUEEZE THING",
      "choking"),
    N("baby (8 months) put a grape in her mouth and now she's silent, red in the face, can't cry, i've done back blows and it's not out",
      "choking"),
    N("At the lunch club, an elderly gentleman has something stuck, he's clutching his throat and can't breathe or talk. We've slapped his back five times. What next?",
      "choking"),
    N("Dad (90, Parkinson's) is choking on his tablets and a bit of bread, he's making a high squeaky noise trying to breathe in and he's turning grey. I'm with him.",
      "choking"),
    N("my son (5) swallowed a marble and now he's coughing and gagging and can't get his breath, he's pointing at his throat and his lips are going a bit blue",
      "choking"),

    # testicular_torsion
    N("My grandson is 14 and staying with us. He woke up an hour ago with terrible pain in one testicle, it's swollen and sitting higher than the other and he's been sick. He's too embarrassed to let me look properly. Should he just have a warm bath?",
      "testicular_torsion"),
    N("15M, sudden really bad pain in my left ball started 40 mins ago during PE, now my stomach hurts and I feel sick. didn't get hit. don't want to tell my mum",
      "testicular_torsion"),
    N("my son is 12 and says his willy area hurts, when I asked more he said his right testicle, started suddenly at bedtime, it's really tender and red and he's crying. he's never like this",
      "testicular_torsion"),
    N("22M, woke up at 4am with horrendous pain in my right testicle, it's swollen and lying sideways and the pain goes into my groin. been going 2 hours. thought it'd settle. will ibuprofen help",
      "testicular_torsion"),
    N("17, playing footy, didn't get kicked, but suddenly my nut is agony and it's pulled right up tight, I've thrown up on the pitch. coach says ice it and sit out the second half",
      "testicular_torsion"),

    # ectopic_pregnancy
    N("I did a positive pregnancy test last week, about 6 weeks gone. Since this morning I've had a sharp pain low on my left side, now some brown bleeding and a weird pain in the tip of my shoulder. I nearly fainted on the loo. 29F.",
      "ectopic_pregnancy"),
    N("my girlfriend is 7 weeks pregnant and she's collapsed in the bathroom holding her stomach on one side, she's pale and sweaty and says her shoulder hurts. she's conscious. we're 20 and 21",
      "ectopic_pregnancy"),
    N("34F, missed period, positive test 3 days ago, I had an ectopic before. Now stabbing pain right side, getting worse over 2 hours, light bleeding, dizzy when I stand. Early pregnancy unit opens at 9am tomorrow, can I wait?",
      "ectopic_pregnancy"),
    N("I have the coil but I've just found out I'm pregnant. Tonight I've got severe one sided pain low down, I feel faint and my heart is racing. 26.",
      "ectopic_pregnancy"),
    N("My daughter (19) is staying with us. She has just told me she's pregnant, maybe 6 or 7 weeks, and she's got awful pain on her right side low down and she's gone grey and clammy and says her shoulder aches. She doesn't want her dad to know.",
      "ectopic_pregnancy"),

    # severe_dehydration_child
    N("My 1 year old has had diarrhoea and vomiting for 2 days. No wet nappy since last night, about 14 hours. He's very sleepy and floppy, his eyes look sunken and he's not making tears when he cries.",
      "severe_dehydration_child"),
    N("baby 5 months throwing up every feed since yesterday, soft spot on her head is sunken, lips cracked and dry, barely any wee, she's hard to wake up",
      "severe_dehydration_child"),
    N("I'm minding my grandchildren and the little one, she's 3, has had the tummy bug for 2 days. Now she won't drink even sips, she's limp and grey, cold hands, and hasn't been for a wee since yesterday teatime. Their mum is on a plane.",
      "severe_dehydration_child"),
    N("son 2 yrs vomiting everything even dioralyte, watery poo 10 times today, now very drowsy and breathing fast, skin stays pinched when I pinch it. what do I do",
      "severe_dehydration_child"),
    N("My 7 year old has had gastroenteritis for 3 days and today he's been very confused, he says weird things, his mouth is completely dry and he hasn't peed since morning. It's 10pm.",
      "severe_dehydration_child"),

    # chest_pain_other
    N("Sudden tearing pain in my chest that's gone straight through to my back between my shoulder blades, worst pain I've ever had, started 20 minutes ago. I'm 71 with high blood pressure. My left arm feels cold.",
      "chest_pain_other"),
    N("I'm 24, tall and skinny, and suddenly I've got a sharp pain on the right side of my chest and I'm really short of breath. Started while I was sitting watching telly 30 minutes ago. It's getting harder to breathe.",
      "chest_pain_other"),
    N("Dear Doctor, I am 80. Whilst at church this morning I developed pain in my chest which is still present now, three hours later. It is not crushing, more a sharp ache, but I feel rather faint and my pulse is racing and irregular at around 150. I came home and sat down but it has not settled. I did not wish to make a scene at the service.",
      "chest_pain_other"),
    N("chest pain right now after I took cocaine at a party an hour ago, 27M, heart pounding, sweating loads, pain is in the middle and going to my jaw",
      "chest_pain_other"),
    N("had a chest drain out yesterday after my lung collapsed. now at home and the pain's come back, really sharp, and i'm getting more and more breathless. 30M",
      "chest_pain_other"),

    # vision_loss_sudden
    N("About half an hour ago a black curtain came down over the top half of my right eye and it's still there. I've had flashing lights and floaters since yesterday. I'm 63. I was going to wait for the optician on Monday.",
      "vision_loss_sudden"),
    N("Dear Sir or Madam, I am 84 and on waking this morning I cannot see anything at all from my left eye. It is completely dark. I have had headaches and pain in my jaw when eating for the past fortnight. I have an optician's appointment next month. Should I bring it forward?",
      "vision_loss_sudden"),
    N("my eye suddenly went really painful and red about an hour ago, everything's gone blurry with halos round the lights, and I've been sick. I'm 68F. I've got paracetamol.",
      "vision_loss_sudden"),
    N("MY HUSBAND SAYS HE HAS GONE BLIND IN ONE EYE SUDDENLY 20 MINUTES AGO WHILE READING THE PAPER. NO PAIN. HE IS 77. HE SAYS IT WILL COME BACK",
      "vision_loss_sudden"),
    N("got splashed in the eye with bleach at work 5 mins ago, can't see anything out of it, burning like crazy. 35F",
      "vision_loss_sudden"),

    # blood_clot_PE
    N("I had my knee replaced 10 days ago, I'm 72. Since this morning I've been breathless just sitting, sharp pain in my chest when I breathe in and I coughed up a bit of blood. My calf on the operated leg is swollen and hot.",
      "blood_clot_PE"),
    N("got back from Australia yesterday, 24 hour flights, and now I suddenly can't catch my breath, heart racing, sharp pain in my side when I breathe. 45F, on HRT.",
      "blood_clot_PE"),
    N("Dear Doctor, my wife (79) has been in bed with a broken hip waiting for her operation. Today at home she has suddenly become very breathless, her lips look blue, and she says it hurts to take a deep breath. Her pulse is very fast. Should we ring the surgery when it opens?",
      "blood_clot_PE"),
    N("3 weeks after my c-section and I've suddenly gone so breathless I can't get up the stairs, chest pain when I breathe, feel faint. baby is with my mum. 32",
      "blood_clot_PE"),
    N("on the pill, 27F, left calf swollen for a few days and now in the last hour I've got chest pain stabbing when I breathe and I'm breathless walking to the kitchen",
      "blood_clot_PE"),

    # cauda_equina
    N("I've had bad back pain for a week, I'm 48. Since this morning both legs are weak and numb, I can't feel the toilet paper when I wipe, and I haven't been able to pass water all day though I need to. GP appointment is on Friday.",
      "cauda_equina"),
    N("Dear Doctor, I am 71. My sciatica has been bad for a while but today I have lost feeling around my bottom and private parts, I wet myself without knowing, and both my legs are going weak. I wondered whether to increase my tramadol.",
      "cauda_equina"),
    N("slipped disc flared up 3 days ago, now numb 'in the saddle area', peeing without control, and my right foot is dragging. 39M. physio appointment next week. is that soon enough?",
      "cauda_equina"),
    N("my husband is 58 and has had back pain since lifting the sofa. tonight he says his bum and inner thighs are numb and he can't wee at all, bladder feels full and hurts. he's insisting on waiting until the morning",
      "cauda_equina"),
    N("back surgery 2 weeks ago, now sudden numbness between my legs, can't tell if I need to go to the toilet, pooed myself and didn't feel it, legs heavy. 55F",
      "cauda_equina"),
]
