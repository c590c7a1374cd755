# Hand-written hard non-emergencies, part B: hypothetical_or_general, negated, figure_of_speech.

def item(text, kind, family):
    return (text, False, kind, family)

ITEMS = [
    # hypothetical_or_general
    item("Are the signs of a heart attack different in women? My friend said women don't always get chest pain.",
         "hypothetical_or_general", "heart_attack"),
    item("What does FAST stand for with strokes? The poster at the bus stop had it but I can't remember the T.",
         "hypothetical_or_general", "stroke"),
    item("At what point should you ring 999 for an asthma attack in a child? I want to be prepared, my boy's just been diagnosed.",
         "hypothetical_or_general", "breathing_difficulty"),
    item("If my daughter ever has a reaction, do I give the EpiPen first and then ring for the ambulance, or ring first? "
         "Nursery asked for our plan.", "hypothetical_or_general", "anaphylaxis"),
    item("Doing a first aid course for work next month. How do you actually use a tourniquet properly? Is it ever wrong to use one?",
         "hypothetical_or_general", "severe_bleeding"),
    item("How do you ask someone if they're thinking about suicide without putting the idea in their head? I'm a youth leader.",
         "hypothetical_or_general", "suicidal_intent"),
    item("What should you do if someone has a seizure in front of you? Do you put something in their mouth? I've heard both.",
         "hypothetical_or_general", "seizure"),
    item("How do you put someone in the recovery position? Asking for a babysitting course, I'm 15.",
         "hypothetical_or_general", "unconscious_unresponsive"),
    item("What are the warning signs after a knock to the head that mean you should go to A&E? My kids are always crashing into things.",
         "hypothetical_or_general", "head_injury"),
    item("Expecting our first in May. What temperature in a newborn means you have to take them in? And what thermometer should we buy?",
         "hypothetical_or_general", "febrile_infant"),
    item("How does the glass test for meningitis work, and does it work on dark skin?", "hypothetical_or_general", "meningitis_signs"),
    item("What's the difference between a hypo and a hyper? My new partner is type 1 and I want to know what to look for.",
         "hypothetical_or_general", "diabetic_emergency"),
    item("What are the signs of sepsis in kids? There was a piece on the news and now I'm paranoid every time they get a temperature.",
         "hypothetical_or_general", "sepsis_signs"),
    item("My nan says put butter on a burn. My husband says toothpaste. What's the actual first aid for a burn?",
         "hypothetical_or_general", "severe_burn"),
    item("How do you do back blows and chest thrusts on a baby? Want to know before mine starts weaning.",
         "hypothetical_or_general", "choking"),
    item("What is testicular torsion? The school sent a leaflet home saying boys should know about it. How would a boy know it's that?",
         "hypothetical_or_general", "testicular_torsion"),
    item("How can you tell when a toddler is getting dehydrated with a tummy bug? What are the red flags?",
         "hypothetical_or_general", "severe_dehydration_child"),
    item("We're flying Auckland to London with a stopover. What's the best way to avoid DVT on long flights? Are the flight socks worth it?",
         "hypothetical_or_general", "blood_clot_PE"),
    item("What does a detached retina actually look like from the inside? Is it painful? I'm very short-sighted and read it's more common.",
         "hypothetical_or_general", "vision_loss_sudden"),
    item("How many paracetamol is actually dangerous? I've always wondered because the packs are so small in the UK.",
         "hypothetical_or_general", "overdose_poisoning"),
    # negated
    item("Left arm has been aching since my session at the gym yesterday, but no chest pain, no breathlessness, no sweating or sickness. "
         "It hurts more when I lift it. Pulled muscle?", "negated", "heart_attack"),
    item("My face has been tingling on the left side on and off for a few weeks. No drooping, my speech is normal, arms and legs are "
         "strong, I checked in the mirror. I've been really anxious lately. Could that be it?", "negated", "stroke"),
    item("Got a chesty cold and I'm wheezy but I'm not short of breath, I can talk normally and my inhaler is working fine. Do I need "
         "steroids?", "negated", "breathing_difficulty"),
    item("Hives all over my tummy and back since changing washing powder. No swelling of lips or tongue, breathing fine, I feel well. "
         "Which antihistamine?", "negated", "anaphylaxis"),
    item("Period is heavy this month but I'm only changing a pad every three hours, not flooding, not dizzy or faint. Just worried "
         "because it's heavier than normal.", "negated", "severe_bleeding"),
    item("I want to be clear first that I'm not suicidal and I've got no plans to hurt myself. I've just been low since my divorce and "
         "want to know about talking therapy options in Dublin.", "negated", "suicidal_intent"),
    item("I've had urges to self-harm again this week but I haven't done anything and I'm safe tonight, my sister is staying. What can I "
         "do when the urges come?", "negated", "self_harm"),
    item("We thought our 2 year old had swallowed a button battery from the remote, but we've just found it under the sofa. All accounted "
         "for. Anything else we should check?", "negated", "overdose_poisoning"),
    item("Son's leg jerked a few times as he was falling asleep. He wasn't stiff, didn't lose awareness, answered me straight away. "
         "Just sleep starts?", "negated", "seizure"),
    item("Dad fell asleep in his chair and we couldn't rouse him for a second, but he woke right up, knew where he was and is chatting "
         "away. Is he just exhausted?", "negated", "unconscious_unresponsive"),
    item("Bumped my head getting into the car, didn't knock myself out, no vomiting, no headache, no blurred vision. Just a small tender "
         "lump. Anything to do?", "negated", "head_injury"),
    item("Baby is 7 weeks and felt warm to me, but the thermometer says 37.2, she's feeding well and has lots of wet nappies. "
         "Am I overthinking?", "negated", "febrile_infant"),
    item("A few red spots on my son's tummy but they fade when I press a glass on them, no temperature and he's running round the garden. "
         "What could they be?", "negated", "meningitis_signs"),
    item("28 weeks pregnant, no bleeding, no pain, baby kicking loads. Just wondering if it's really dangerous to sleep on my back?",
         "negated", "pregnancy_bleeding_or_pain"),
    item("Blood sugar was 14 after a birthday cake, no ketones, feel absolutely fine. Type 1. Should I correct or leave it?",
         "negated", "diabetic_emergency"),
    item("Slight ache in my left testicle after a long bike ride. It's not swollen, it didn't come on suddenly and I'm not feeling sick. "
         "Saddle issue?", "negated", "testicular_torsion"),
    item("Positive test, about 5 weeks. No pain at all, no bleeding. How would I know if it was ectopic? My friend had one.",
         "negated", "ectopic_pregnancy"),
    item("Sharp pain under my ribs on the left when I press on them. No breathlessness, no sweating, it doesn't spread anywhere. "
         "Started after moving house.", "negated", "chest_pain_other"),
    item("Calf has been aching after a hiking weekend. It's not swollen or red or hot and I'm not short of breath. Just stiff muscles?",
         "negated", "blood_clot_PE"),
    item("Sciatica down my right leg for two weeks. I know about the red flags - no numbness in the saddle area, my wee and poo are "
         "normal, both legs strong. How long does it usually take to settle?", "negated", "cauda_equina"),
    # figure_of_speech
    item("Mum nearly had a heart attack when she saw my new tattoo lol. Anyway, how long should I keep the cling film on it?",
         "figure_of_speech", "heart_attack"),
    item("I almost had a stroke when I saw the price of the private MRI. Is it worth paying or should I wait for the NHS one for my knee?",
         "figure_of_speech", "stroke"),
    item("Laughed so hard at my brother's wedding speech I literally couldn't breathe. Now a rib on the right hurts when I twist. "
         "Did I crack it laughing??", "figure_of_speech", "breathing_difficulty"),
    item("My husband goes into anaphylactic shock at the sight of a hoover haha. Serious question though: is house dust mite allergy "
         "making my sneezing worse?", "figure_of_speech", "anaphylaxis"),
    item("We're haemorrhaging money on private physio for my daughter's knee. Is there a set of exercises we could do at home instead?",
         "figure_of_speech", "severe_bleeding"),
    item("If I have to sit through one more parents' evening I'll kill myself lol. But my real question is whether my son's ADHD meds "
         "can be taken at the weekend only.", "figure_of_speech", "suicidal_intent"),
    item("I overdosed on Christmas chocolate and mince pies and now I'm bloated and windy. How long till my gut goes back to normal?",
         "figure_of_speech", "overdose_poisoning"),
    item("I'll have a fit if the waiting list for my hip gets any longer, it's been 70 weeks. Can I ask to be put on a cancellation list?",
         "figure_of_speech", "seizure"),
    item("My teenager is basically comatose until noon every weekend. Is it normal for a 15 year old to need that much sleep?",
         "figure_of_speech", "unconscious_unresponsive"),
    item("Banging my head against a brick wall trying to get a GP appointment at 8am. Can a pharmacist look at my earache instead?",
         "figure_of_speech", "head_injury"),
    item("Baby fever has hit our house - I'm 39 and broody. How much does fertility actually drop after 40?",
         "figure_of_speech", "febrile_infant"),
    item("That news was a punch in the gut - my job is going. I've been getting tension headaches all week. Best painkiller?",
         "figure_of_speech", "severe_abdominal_pain"),
    item("This caramel slice is going to put me in a diabetic coma, haha. I'm not diabetic but I've got a sweet tooth. How much sugar "
         "a day is too much?", "figure_of_speech", "diabetic_emergency"),
    item("Got absolutely roasted by the practice nurse about my weight. I'm 5'6 and 15 stone. What's a realistic target?",
         "figure_of_speech", "severe_burn"),
    item("I choked at my driving test again - nerves. Can beta blockers help with performance anxiety?",
         "figure_of_speech", "choking"),
    item("Watching the Wallabies lose gave me chest pains, I swear. But seriously, is one beer a night bad for my blood pressure?",
         "figure_of_speech", "chest_pain_other"),
    item("I was blind drunk on Saturday and I've felt rotten for three days since. Is it normal for hangovers to get worse in your 40s?",
         "figure_of_speech", "vision_loss_sudden"),
    item("It's been an absolute ball-ache getting this referral for my knee. Can I refer myself to physio in Scotland?",
         "figure_of_speech", "testicular_torsion"),
    item("Been on the sofa so long binge-watching that I'm amazed I haven't thrown a clot to my lungs, lol. Serious question: how many "
         "steps a day actually counts as active for a 50 year old?", "figure_of_speech", "blood_clot_PE"),
    item("I'm in labour with this dissertation lol, it's been 9 months. Sitting at a desk so long my lower back is killing me. Best "
         "chair set-up?", "figure_of_speech", "pregnancy_bleeding_or_pain"),
]
