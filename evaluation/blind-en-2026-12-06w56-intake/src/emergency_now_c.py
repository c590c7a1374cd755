K = "now"
ITEMS = [
# choking
{"text": "my dad is choking on steak right now, he can't talk or cough, just grabbing his throat and turning red", "kind": K, "family": "choking"},
{"text": "baby (8 mo) choked on a grape piece, she's making no sound and going blue. I did back blows and it's still stuck", "kind": K, "family": "choking"},
{"text": "my 3 yr old swallowed a small toy and is gagging and drooling, can't swallow, breathing noisy", "kind": K, "family": "choking"},
{"text": "Grandma with dementia choked on bread at lunch, we did the Heimlich, something came out but she's still wheezing and her lips look dusky", "kind": K, "family": "choking"},
{"text": "i swallowed a fish bone and now i can't breathe properly and i'm coughing up blood streaks, it feels stuck high in my throat", "kind": K, "family": "choking"},
# testicular_torsion
{"text": "14 yo son woke up with sudden terrible pain in his left testicle, it's swollen and sitting higher than the other, he's throwing up", "kind": K, "family": "testicular_torsion"},
{"text": "Sharp sudden pain in my right ball about an hour ago after soccer, it's getting worse, feel sick. 17. too embarrassed to tell my mom", "kind": K, "family": "testicular_torsion"},
{"text": "my balls hurt so much I can barely walk, started suddenly 2 hours ago, one is hard and swollen. 22M. ice and ibuprofen?", "kind": K, "family": "testicular_torsion"},
{"text": "my 9 year old is crying about pain 'down there' that started suddenly at school, his testicle looks red and he vomited once", "kind": K, "family": "testicular_torsion"},
# ectopic_pregnancy
{"text": "6 weeks pregnant (no ultrasound yet), sudden sharp pain on my left side low down and my shoulder tip hurts, I feel faint and dizzy", "kind": K, "family": "ectopic_pregnancy"},
{"text": "positive test last week, now severe one sided cramping and some spotting, I almost passed out in the shower. 27", "kind": K, "family": "ectopic_pregnancy"},
{"text": "My girlfriend had a positive pregnancy test and now she's doubled over with pain on her right side and very pale, says she feels like she's going to faint", "kind": K, "family": "ectopic_pregnancy"},
{"text": "IVF transfer 5 weeks ago, HCG was rising slowly, now stabbing pain in lower belly, bleeding, and my heart is pounding. lightheaded", "kind": K, "family": "ectopic_pregnancy"},
# severe_dehydration_child
{"text": "my 1 yr old has had diarrhea and vomiting all day, no wet diaper since this morning (12 hours), eyes look sunken and she's really floppy", "kind": K, "family": "severe_dehydration_child"},
{"text": "toddler throwing up everything including pedialyte for 24 hrs, lips cracked and dry, crying with no tears, super sleepy now", "kind": K, "family": "severe_dehydration_child"},
{"text": "4 yr old with stomach flu, hasn't peed in 14 hours, cold hands and feet, breathing fast and won't wake up properly", "kind": K, "family": "severe_dehydration_child"},
{"text": "infant 5 months, diarrhea 10 times today, soft spot on his head is sunken, skin stays tented when i pinch it, really quiet", "kind": K, "family": "severe_dehydration_child"},
# chest_pain_other
{"text": "tall skinny 20 y/o, sudden sharp pain on the right side of my chest and now I'm super short of breath, started while sitting in class", "kind": K, "family": "chest_pain_other"},
{"text": "sudden ripping chest pain going to my back, worst pain ever, my arms have different pulses, 62 with high BP", "kind": K, "family": "chest_pain_other"},
{"text": "I did a bunch of cocaine at a party and now my chest is really painful and my heart is racing like crazy. 26", "kind": K, "family": "chest_pain_other"},
{"text": "chest pain that started an hour ago, sharp and getting worse, my heart rate is 170 and I'm lightheaded. I'm 35", "kind": K, "family": "chest_pain_other"},
{"text": "was in a car accident 30 min ago, steering wheel hit my chest, now it hurts to breathe and I'm getting more short of breath", "kind": K, "family": "chest_pain_other"},
# vision_loss_sudden
{"text": "I suddenly lost vision in my right eye, like a curtain came down, about 20 minutes ago. No pain. I'm 67", "kind": K, "family": "vision_loss_sudden"},
{"text": "my eye is super painful, red, the vision is blurry with halos and I'm throwing up. came on this evening. 58 woman", "kind": K, "family": "vision_loss_sudden"},
{"text": "Splashed bleach in my eye cleaning, rinsed a bit but can't see well out of it now and it burns like crazy", "kind": K, "family": "vision_loss_sudden"},
{"text": "I see tons of new floaters and flashing lights and now there's a dark shadow spreading over the bottom of my vision. started an hour ago", "kind": K, "family": "vision_loss_sudden"},
{"text": "my mom (80) suddenly can't see out of her left eye, she's had a bad headache and jaw pain when chewing for a week", "kind": K, "family": "vision_loss_sudden"},
# blood_clot_PE
{"text": "got home from a 14 hr flight yesterday, now sudden short of breath and sharp chest pain when I breathe in, coughing a little blood. calf was sore", "kind": K, "family": "blood_clot_PE"},
{"text": "2 weeks after knee surgery, just now I can't catch my breath, heart racing, and I feel like I'm going to pass out", "kind": K, "family": "blood_clot_PE"},
{"text": "on birth control pill, 29, my leg has been swollen for days and now suddenly I'm breathless and my chest hurts when breathing deep", "kind": K, "family": "blood_clot_PE"},
{"text": "postpartum 10 days, sudden shortness of breath and racing heart, O2 on my pulse ox is 88", "kind": K, "family": "blood_clot_PE"},
# cauda_equina
{"text": "bad back pain for days, and today I can't feel anything when I wipe, numb down there, and I haven't peed all day even though I need to", "kind": K, "family": "cauda_equina"},
{"text": "Herniated disc known, but since this morning both my legs are getting weak and I wet myself without noticing. 45M", "kind": K, "family": "cauda_equina"},
{"text": "numbness in my saddle area and inner thighs since lifting at work today, and I just had an accident with my bowels. back is killing me", "kind": K, "family": "cauda_equina"},
{"text": "sciatica got worse tonight, now both legs tingling and I can't start my pee stream at all. feels like my bladder is full. 38", "kind": K, "family": "cauda_equina"},
]
