# Emergency items (kind now), part 2 (hand-written). (family, kind, text)
ITEMS = [
    # severe_abdominal_pain
    ("severe_abdominal_pain", "now", "Mi belly a hurt mi bad bad, right side low, mi cyaan straighten up, mi vomit an mi have fever. It start las night round mi navel an move. Now mi cyaan walk. 19 year old."),
    ("severe_abdominal_pain", "now", "Worst stomach pain of my life, came on suddenly an hour ago, my belly is hard like a board and I can't move without screaming. I have an ulcer history."),
    ("severe_abdominal_pain", "now", "My dad 74 has terrible belly pain going through to his back, he's sweating and pale and nearly fainted in the bathroom. He has an aneurysm they were watching."),
    ("severe_abdominal_pain", "now", "Been vomiting green stuff all day, belly swollen and tight, haven't pooped or passed gas since yesterday, pain coming in waves getting worse. I had surgery on my bowel before."),
    ("severe_abdominal_pain", "now", "Husband rolling on the floor with pain in his upper belly, vomiting, it started after a big meal and drinks tonight and it's been 3 hours getting worse, he can't even talk."),
    # pregnancy_bleeding_or_pain
    ("pregnancy_bleeding_or_pain", "now", "Mi 32 week pregnant an blood a run dung mi foot, bright red, an mi belly hard an a hurt. It jus start. Nobody deh yah fi drive mi."),
    ("pregnancy_bleeding_or_pain", "now", "I'm 30 weeks and I've been having strong cramps every 5 minutes for the past hour and now some bleeding. This is too early."),
    ("pregnancy_bleeding_or_pain", "now", "36 weeks pregnant, fell down the steps 20 mins ago onto my belly, now I have constant pain and the baby hasn't moved since."),
    ("pregnancy_bleeding_or_pain", "now", "My wife is 34 weeks and suddenly has a terrible headache, seeing flashing spots, and pain under her ribs on the right. Her feet and face are puffy. Her BP on our machine is 170/112."),
    ("pregnancy_bleeding_or_pain", "now", "I gave birth at home 2 hours ago and I'm still bleeding heavy, soaking a towel every few minutes, and I feel dizzy and cold."),
    # diabetic_emergency
    ("diabetic_emergency", "now", "Mi son type 1, him 14, him a vomit from morning, him breath smell sweet sweet like fruit an him a breathe deep an fast. Di meter jus seh HI. Him sleepy."),
    ("diabetic_emergency", "now", "My grandfather's sugar is 1.8 and he's sweaty, confused and can't swallow the juice I'm trying to give him. He's on insulin."),
    ("diabetic_emergency", "now", "I'm type 1, sugar 32 mmol, ketones high on the stick, throwing up and can't keep fluids down, belly pain. Live by myself."),
    ("diabetic_emergency", "now", "Mummy sugar reading 38 (on the US meter, 38 mg/dL) and she's acting drunk, talking nonsense and sweating. We gave sugar water but she won't drink it."),
    ("diabetic_emergency", "now", "My aunt (diabetic, 66) has been extremely thirsty and peeing nonstop for days and now she's barely responding and her reading says 600+."),
    # sepsis_signs
    ("sepsis_signs", "now", "My mom had a UTI, now she's shaking with fever 39.9, confused, breathing fast, heart rate 130 on her watch, and her knees look mottled and blue. She's 70."),
    ("sepsis_signs", "now", "Mi fada foot sore get infect, now him hot wid fever, him shiver, him a talk foolishness an him pressure low low, 80/50 pon di machine. Him have sugar."),
    ("sepsis_signs", "now", "Had my c-section 5 days ago, now fever 39.5, heart racing, breathing fast, feel like I'm dying, wound smells bad. I can barely stand."),
    ("sepsis_signs", "now", "Partner has pneumonia on antibiotics but tonight he's burning hot then cold, skin clammy, really confused, and he hasn't peed all day."),
    ("sepsis_signs", "now", "Chemo patient, 58, temp 38.9 and shaking chills, feeling very weak and lightheaded. Last chemo was 8 days ago. The oncology line isn't answering."),
    # severe_burn
    ("severe_burn", "now", "Mi pickney pull di pot a hot water off di stove, it pour down her chest an belly an arm, skin a peel off. She 3. Wha fi put pon it?"),
    ("severe_burn", "now", "Gas stove blew up when I lit it, my face and both hands burned, hair singed, my voice is going hoarse. It just happened."),
    ("severe_burn", "now", "Husband got drain cleaner splashed across his eyes and face at work minutes ago, he's screaming his eyes are on fire. We're rinsing with water."),
    ("severe_burn", "now", "Fire in the kitchen, my dad's arm and leg are burned, big white and charred patches, he's shaking. The fire's out now."),
    ("severe_burn", "now", "My nephew grabbed a live wire at the construction site, there's a burn on his hand and foot where it came out, and he says his heart feels strange."),
    # choking
    ("choking", "now", "MY BABY IS CHOKING on a grape, she can't cry or make any noise, face going red!!! 10 months"),
    ("choking", "now", "Mi granny a choke pon fish bone, she cyaan talk, she a hold her throat an she a turn blue. Mi beat her back already."),
    ("choking", "now", "Husband choking on steak at dinner right now, can't breathe or cough, I did back blows and it's still stuck"),
    ("choking", "now", "My 4 year old swallowed a coin and now he's gagging and drooling and can barely breathe, noisy breathing."),
    ("choking", "now", "Old man at our table choking on a piece of chicken, he's silent, clutching his neck, can't get air. We're at a restaurant."),
    # testicular_torsion
    ("testicular_torsion", "now", "Mi son 13 wake up wid pain inna him private, one side, an it swell up an him vomit. Him seh it start sudden sudden a hour ago. Him cyaan walk."),
    ("testicular_torsion", "now", "sudden really bad pain in my left ball about 40 min ago, it's higher up than the other one and swollen, I threw up. 16M. I'm embarrassed to tell my parents"),
    ("testicular_torsion", "now", "My 11 year old got a sudden severe pain in his testicle during football practice, now his belly hurts and he's throwing up, the testicle looks red."),
    ("testicular_torsion", "now", "22M. woke up at 4am with agonising pain in right testicle, swollen, it's lying sideways. Tried ice. Pain getting worse, nausea. Can it wait till the urologist opens?"),
    ("testicular_torsion", "now", "My baby boy is 6 months and his scrotum on one side is suddenly swollen, purple and he screams when I touch it. Started this evening."),
    # ectopic_pregnancy
    ("ectopic_pregnancy", "now", "Positive test last week, about 7 weeks. Now sharp stabbing pain on my right lower side, pain in my shoulder tip, I nearly fainted on the toilet. Bit of spotting."),
    ("ectopic_pregnancy", "now", "Mi period late six week, test positive, now mi have pain one side pon di bottom a mi belly bad bad an mi feel fi faint, mi heart a race. Likkle blood."),
    ("ectopic_pregnancy", "now", "Girlfriend is early pregnant, just collapsed in the bathroom holding her lower left belly, very pale and sweaty. Doctor told her last week they couldn't see the baby in the womb."),
    ("ectopic_pregnancy", "now", "6 weeks pregnant with IVF, my belly is swelling up and really painful on one side, dizzy when I stand, and my shoulder hurts. The scan next week was to check location."),
    ("ectopic_pregnancy", "now", "I had an ectopic last year. Now pregnant again, 6 weeks, and the same one-sided pain started this morning, getting way worse, plus lightheaded and sweaty."),
    # severe_dehydration_child
    ("severe_dehydration_child", "now", "Mi baby a 10 month an she a run belly an vomit from yesterday. No wet diaper since las night, she nah cry tears, her eye dem sink in an she floppy."),
    ("severe_dehydration_child", "now", "My 18 month old has had diarrhea 15 times today, can't keep any fluids down, lips cracked, soft spot sunken, and he's barely waking up."),
    ("severe_dehydration_child", "now", "Son 3 with stomach bug, hasn't peed in 14 hours, super sleepy, cold hands and feet, and he won't drink at all. What do I do right now"),
    ("severe_dehydration_child", "now", "My 6 year old has been throwing up every time she drinks for 2 days, now she's lethargic, dry mouth, breathing fast and not making sense when she talks."),
    ("severe_dehydration_child", "now", "Baby is 4 months, vomiting after every feed since yesterday, only one dry-ish diaper today, skin stays tented when I pinch it, very listless."),
    # chest_pain_other
    ("chest_pain_other", "now", "Sudden tearing pain in my chest going straight through to my back between the shoulder blades, worst pain ever, started 10 mins ago. I have high blood pressure. 61M."),
    ("chest_pain_other", "now", "Tall skinny 19 year old here, sudden sharp pain on the right side of my chest and I can't take a full breath. Getting harder. Just happened while sitting."),
    ("chest_pain_other", "now", "Did cocaine at a party and now my chest is pounding and aching, heart racing like 160, sweating a lot. Been 30 mins."),
    ("chest_pain_other", "now", "Mi chest a hurt mi an mi heart a beat fast fast an irregular, mi feel fi drop, vision going dark. Mi 45. It a gwaan from 20 minute."),
    ("chest_pain_other", "now", "Kid got hit hard in the chest by a baseball and collapsed for a second, now he's up but his chest hurts and his heart is racing and he's pale. He's 12."),
    # vision_loss_sudden
    ("vision_loss_sudden", "now", "Just lost all the vision in my right eye, like a curtain came down, about 20 minutes ago. No pain. I'm 68."),
    ("vision_loss_sudden", "now", "Mi eye go black sudden sudden, lef eye, mi cyaan see nutten outta it. It happen while mi a read. Mi have sugar an pressure."),
    ("vision_loss_sudden", "now", "Seeing a shower of floaters and flashes and a dark shadow spreading in my left eye since this morning, getting bigger by the hour."),
    ("vision_loss_sudden", "now", "Red painful eye, vision blurry with halos, terrible headache and vomiting, started tonight. 58F. Feels like my eye is rock hard."),
    ("vision_loss_sudden", "now", "Grandma (79) says she can't see out of her left eye suddenly and her temple has been hurting and her jaw hurts when she chews."),
    # blood_clot_PE
    ("blood_clot_PE", "now", "Got off a 14 hour flight yesterday, now sudden sharp chest pain when I breathe in, short of breath, heart racing, coughed up a little blood. 42F on the pill."),
    ("blood_clot_PE", "now", "Mi foot did swell up from las week, now today mi cyaan catch mi breath an mi chest a stab mi when mi breathe. Mi heart a gallop."),
    ("blood_clot_PE", "now", "Two weeks after knee surgery and just now I got really breathless out of nowhere, chest pain, feeling faint. Oxygen on my finger thing says 86."),
    ("blood_clot_PE", "now", "New mom 10 days postpartum, suddenly can't breathe, chest pain on the left, calf has been swollen and sore. Happening right now."),
    ("blood_clot_PE", "now", "My dad has cancer, suddenly this morning he's breathing fast and shallow, sweaty, blue lips, says chest hurts when he breathes. His leg's been swollen for days."),
    # cauda_equina
    ("cauda_equina", "now", "Bad back pain for a week, but today I can't feel my bottom or private area when I wipe, and I can't pee even though I need to. Both legs weak. 45M."),
    ("cauda_equina", "now", "Mi back did a hurt mi from mi lif di cement, now mi cyaan feel mi backside an mi cyaan pass water from morning. Mi foot dem numb."),
    ("cauda_equina", "now", "Slipped disc known, but since this afternoon I've wet myself twice without knowing, and my inner thighs and bum are numb. 38F."),
    ("cauda_equina", "now", "Husband with back pain suddenly lost control of his bowels and now says both legs are going numb and weak, tripping over. Started today."),
    ("cauda_equina", "now", "Sciatica down both legs now instead of one, and numbness in the saddle area, and I haven't been able to pee since last night. 52."),
]
