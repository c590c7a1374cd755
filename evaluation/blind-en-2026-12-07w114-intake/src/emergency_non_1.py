# emergency items: hard non-emergencies (part 1: past_event, examined_or_treated) -- written by hand, writer 114
from emergency_now_1 import E


def X(text, kind, family):
    return E(text, False, kind, family)


ITEMS = [
    # past_event
    X("Back in March I had a seizure at work, first and only one. All the tests were normal. Now the mine wants a clearance letter before I go back underground. Who writes that?", "past_event", "seizure"),
    X("Had a heart attack 3 years ago, stent put in at Royal Adelaide. Been good since. Can I go back to shearing full time or is that pushing it?", "past_event", "heart_attack"),
    X("Few years back I took an overdose after my marriage ended. I'm in a good place now. Does that stay on my record and stop me getting a firearms licence?", "past_event", "overdose_poisoning"),
    X("My son choked on a lolly last Christmas and I had to do back blows, he was fine. Should I do a first aid course, and which one is best for parents?", "past_event", "choking"),
    X("Got knocked out in a league game 2 seasons ago. No issues since. Does one concussion put me at risk of the CTE thing they talk about?", "past_event", "head_injury"),
    X("Last winter my daughter had meningococcal and spent 2 weeks in PICU, she's fully recovered. Do the rest of us need the vaccine now?", "past_event", "meningitis_signs"),
    X("Had a DVT and a clot in the lung after my hip surgery in 2021. Off the blood thinners now. Flying to London next month, anything I should do?", "past_event", "blood_clot_PE"),
    X("Years ago (I was 19) I tried to end it. I'm 35 now, married, kids, doing well. My GP wants to put it on a form for life insurance. Do I have to disclose it?", "past_event", "suicidal_intent"),
    X("Bee sting 10 years ago puffed my whole arm up and I got an EpiPen then. Never used it, it expired. Do I still need one?", "past_event", "anaphylaxis"),
    X("I had an ectopic in 2022 and lost my left tube. Trying again now. What are the chances it happens again?", "past_event", "ectopic_pregnancy"),
    X("Had cauda equina surgery 18 months ago. Walking fine, bladder's mostly ok but I still get a bit of numbness down there. Will it ever fully come back?", "past_event", "cauda_equina"),
    X("Burnt my hand on the exhaust of the quad bike about 6 weeks ago, it's healed but the skin's shiny and tight. Will the scar settle?", "past_event", "severe_burn"),
    X("I had a stroke 4 years ago at 52, small one, no lasting damage except I get tired. Can I drink again? Just a couple of beers on the weekend.", "past_event", "stroke"),
    X("Used to cut myself when I was a teenager, the scars on my forearms are still pretty obvious. Is there any laser or anything that helps?", "past_event", "self_harm"),
    X("Our baby had a temp of 38.5 at 5 weeks and spent 3 days in hospital on IV antibiotics, all cultures came back negative. She's 4 months now. Does she need any follow up?", "past_event", "febrile_infant"),
    X("Lost a lot of blood when I cut my arm with a chainsaw in 2019, had 4 units. Can I donate blood now or am I banned?", "past_event", "severe_bleeding"),
    X("After a big week of drinking last year my sugars went through the roof and I ended up in ICU with DKA. Type 1. How do I stop it happening again?", "past_event", "diabetic_emergency"),
    X("Mate had a twisted testicle at 15 and had surgery. He's 30 now and they're trying for a baby. Will it affect his fertility?", "past_event", "testicular_torsion"),
    X("Kid was hospitalised for dehydration from rotavirus at 1. She's 3 now. Is she more likely to get it bad again?", "past_event", "severe_dehydration_child"),
    X("Had a retinal detachment repaired 2 years ago in my right eye. Vision's good. Can I go back to diving?", "past_event", "vision_loss_sudden"),
    X("Got pneumonia and sepsis two winters ago and nearly carked it. Fully recovered. Which vaccines should I get to avoid that again?", "past_event", "sepsis_signs"),
    X("Passed out at the Anzac Day march 2 years ago in the heat, they said it was a faint. Never happened again. Do I need to tell the licensing people?", "past_event", "unconscious_unresponsive"),
    X("Had my appendix burst when I was 12, bad peritonitis. I'm 40 now and get the odd adhesion pain. Should I get that looked at?", "past_event", "severe_abdominal_pain"),
    # examined_or_treated
    X("Had chest pain Monday, went to Dubbo ED, ECG and troponins all normal, they said probably reflux. Still a bit of burning after meals. Try Nexium?", "examined_or_treated", "chest_pain_other"),
    X("Took the young fella (10) to ED after he hit his head at footy, they watched him 4 hours and sent him home, said concussion. When can he go back to school and play?", "examined_or_treated", "head_injury"),
    X("Got stitches in my hand at the medical centre yesterday after a chisel slipped. Wound's bled a tiny bit through the dressing. Should I change it?", "examined_or_treated", "severe_bleeding"),
    X("Ambos came out last night for my wife's asthma attack, gave her nebs and she's fine now, they left her at home. What should we do to stop it happening again?", "examined_or_treated", "breathing_difficulty"),
    X("Was admitted for a TIA last week, had scans, now on aspirin and a statin. When can I drive the truck again?", "examined_or_treated", "stroke"),
    X("Baby was checked at the hospital for a fever at 7 weeks, all bloods and urine clear, they sent us home. She's still a bit warm 37.8 but feeding well. Keep an eye or?", "examined_or_treated", "febrile_infant"),
    X("I saw the crisis team yesterday after a really dark weekend. They've made a safety plan with me and I'm seeing a psych on Friday. Is it normal to feel numb on the new meds?", "examined_or_treated", "suicidal_intent"),
    X("Rolled the quad and got checked at the hospital, CT head and neck clear, just bruising. 2 days later still sore all over. How long will I be stiff?", "examined_or_treated", "head_injury"),
    X("Went to ED with a kidney stone, they gave me Endone and tamsulosin and sent me home to pass it. Still passing sandy bits. How do I catch it?", "examined_or_treated", "severe_abdominal_pain"),
    X("Poisons info line said my kid would be fine after chewing on one of my blood pressure tablets (half a tablet of amlodipine). Watched him for 6 hours, all good. Do I need to do anything else?", "examined_or_treated", "overdose_poisoning"),
    X("Was in ED for a massive nosebleed, they packed it and sent me home. Packing comes out tomorrow. Can I sleep on my side?", "examined_or_treated", "severe_bleeding"),
    X("Had surgery for a twisted testicle on Friday, they stitched both sides down. How long till I can play rugby?", "examined_or_treated", "testicular_torsion"),
    X("The eye hospital lasered a retinal tear yesterday. Still a few floaters. What should I avoid this week?", "examined_or_treated", "vision_loss_sudden"),
    X("Went to the ED at Gisborne for a first seizure, all scans fine, they said see a neuro. Meanwhile am I allowed to swim at the beach?", "examined_or_treated", "seizure"),
    X("Had a miscarriage scare at 9 weeks, bleeding, went to the early pregnancy unit, scan showed a heartbeat and they said it's a subchorionic bleed. Still spotting brown. Normal?", "examined_or_treated", "pregnancy_bleeding_or_pain"),
    X("Got burns on my forearm from a BBQ flare up, the burns unit dressed it with Acticoat, see them again Tuesday. Itches like mad. Can I take an antihistamine?", "examined_or_treated", "severe_burn"),
    X("Was treated for cellulitis with IV antibiotics for 3 days, home on tablets now. The red area is shrinking. When can I go back to the boats?", "examined_or_treated", "sepsis_signs"),
    X("GP checked my back and did the reflexes and the bum numbness test and said no red flags, just a disc. Any exercises?", "examined_or_treated", "cauda_equina"),
    X("Had a CT angiogram after a bit of chest pain, it showed no blockages, 'mild plaque'. Cardiologist said no stent needed. Should I still take aspirin?", "examined_or_treated", "heart_attack"),
]
